#!/usr/bin/env python3
"""Checks the layout in Chromium. At 1280x900 every table wider than its
container sits in a .table-scroll with role="region" and an accessible
name, and a table matching a --must-fit selector is never wider than its
container (closed <details> are opened first). At 390x844 (a phone) the
overview's #municipality-picker starts in the first 900 px. Uses the
headless Chromium that ../shared/tools/sitecheck/install.sh installs.

    python3 scripts/check-layout.py site [--must-fit table.records ...] [--list]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402

PICKER_BELOW = 900

TABLES = """
const mustFit = arguments[0];
document.querySelectorAll('details').forEach(d => { d.open = true; });
const heading = t => document.evaluate(
  'preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]',
  t, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
const name = (t, i) => {
  const label = t.caption || heading(t);
  return label && label.textContent.trim() ? label.textContent.trim().replace(/\\s+/g, ' ') : `table ${i + 1}`;
};
const scroller = t => {
  for (let e = t.parentElement; e; e = e.parentElement)
    if (getComputedStyle(e).overflowX !== 'visible') return e;
  return null;
};
const named = r => {
  const ids = (r.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
  return (ids.length > 0 && ids.every(id => (document.getElementById(id)?.textContent || '').trim()))
    || !!(r.getAttribute('aria-label') || '').trim();
};
return [...document.querySelectorAll('table')].map((t, i) => {
  const width = t.getBoundingClientRect().width, room = t.parentElement.clientWidth;
  const s = scroller(t), region = t.closest('.table-scroll');
  return {name: name(t, i), width: Math.round(width), room,
          wide: width > room + 1 || (s !== null && s.scrollWidth > s.clientWidth + 1),
          region: region !== null && region.getAttribute('role') === 'region' && named(region),
          mustFit: mustFit.find(selector => t.matches(selector)) || null};
});
"""


def metrics(driver, width, height, mobile):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--must-fit", action="append", default=[], metavar="CSS",
                        help="tables matching this selector may not be wider than their container")
    parser.add_argument("--list", action="store_true", help="list the tables that scroll at 1280 px")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    pages = sorted(site.rglob("*.html"))
    failures, scrolling = [], []
    driver = sitecheck.start_browser()
    try:
        metrics(driver, 1280, 900, False)
        for page in pages:
            driver.get(page.as_uri())
            where = page.relative_to(site).as_posix()
            for table in driver.execute_script(TABLES, args.must_fit):
                what = f"{where}: table \"{table['name']}\" is {table['width']} px wide in {table['room']} px"
                if table["mustFit"] and table["wide"]:
                    failures.append(f"{what}, and must fit ({table['mustFit']})")
                elif table["wide"] and not table["region"]:
                    failures.append(f"{what}, not in a .table-scroll with role=\"region\" and a name")
                elif table["wide"]:
                    scrolling.append(what)
        metrics(driver, 390, 844, True)
        driver.get((site / "index.html").as_uri())
        top = driver.execute_script("""
            const picker = document.getElementById('municipality-picker');
            return picker ? Math.round(picker.getBoundingClientRect().top + window.scrollY) : null""")
    finally:
        driver.quit()
    if top is None:
        failures.append("index.html at 390px: no #municipality-picker")
    elif top >= PICKER_BELOW:
        failures.append(f"index.html at 390px: #municipality-picker starts at {top} px (must be < {PICKER_BELOW})")
    if args.list:
        for table in scrolling:
            print("layout: scrolls:", table)
    for failure in failures:
        print("layout:", failure)
    picker = "missing" if top is None else f"top {top} px"
    print(f"layout: {len(pages)} pages at 1280px, {len(scrolling)} tables scroll in labelled regions, "
          f"{len(failures)} failures; picker at 390px: {picker}; {'FAIL' if failures else 'PASS'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
