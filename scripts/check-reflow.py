#!/usr/bin/env python3
"""Checks that every page of a built site reflows at 320 CSS pixels wide
(WCAG 2.1, 1.4.10): the page itself never scrolls sideways; a wide table
may scroll inside its own region. Uses the headless Chromium that
../shared/tools/sitecheck/install.sh installs.

    python3 scripts/check-reflow.py site [--width 320]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--width", type=int, default=320)
    args = parser.parse_args()
    pages = sorted(Path(args.site).resolve().rglob("*.html"))
    driver = sitecheck.start_browser()
    failures = []
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": args.width, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        for page in pages:
            driver.get(page.as_uri())
            width = driver.execute_script("return document.documentElement.scrollWidth")
            if width > args.width:
                wide = driver.execute_script("""
                    const limit = arguments[0];
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > limit + 1 && !e.closest('.table-scroll'))
                      .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
                """, args.width)
                failures.append(f"{page.relative_to(Path(args.site).resolve())}: {width}px wide ({', '.join(wide)})")
    finally:
        driver.quit()
    for failure in failures:
        print("reflow:", failure)
    print(f"reflow: {len(pages)} pages at {args.width}px, {len(failures)} scroll sideways; {'FAIL' if failures else 'PASS'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
