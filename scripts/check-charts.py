#!/usr/bin/env python3
"""Checks the chart files of a built site (grafieken/ or charts/): every SVG
is well-formed XML, stands alone (the SVG namespace, a size and a viewBox,
its own style, nothing it loads or links to) and is accessible (role="img",
a <title> and a <desc> first); its CSV is beside it; and opened on its own
in headless Chromium every text sits inside the picture, so nothing is cut
off when it goes into a slide. Uses the headless Chromium that
../shared/tools/sitecheck/install.sh installs.

    python3 scripts/check-charts.py site
"""
import argparse
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"

# Every text's box against the picture's, in the picture's own pixels.
OUTSIDE = """
const root = document.documentElement;
const width = root.width.baseVal.value, height = root.height.baseVal.value;
const outside = [];
for (const text of root.querySelectorAll('text')) {
  const box = text.getBoundingClientRect();
  if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5)
    outside.push(text.textContent + ' at ' + [box.left, box.top, box.right, box.bottom].map(Math.round).join(','));
}
return outside;
"""


def static_problems(path):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        return [f"not well-formed XML: {error}"]
    problems = []
    if root.tag != SVG + "svg":
        problems.append("the root is not an <svg> in the SVG namespace")
    for attribute in ("width", "height", "viewBox"):
        if not root.get(attribute):
            problems.append(f"the root has no {attribute}")
    if root.get("role") != "img":
        problems.append('the root has no role="img"')
    children = list(root)
    if len(children) < 2 or children[0].tag != SVG + "title" or not (children[0].text or "").strip():
        problems.append("the first element is not a <title> with text")
    elif children[1].tag != SVG + "desc" or not (children[1].text or "").strip():
        problems.append("the <title> is not followed by a <desc> with text")
    if root.find(SVG + "style") is None:
        problems.append("no <style> of its own")
    for element in root.iter():
        for name in element.attrib:
            if name == "href" or name.endswith("}href"):
                problems.append(f"<{element.tag.removeprefix(SVG)}> points outside the file ({name})")
    if not path.with_suffix(".csv").is_file():
        problems.append("no CSV of its figures beside it")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    charts = sorted(chart for folder in ("grafieken", "charts") for chart in (site / folder).rglob("*.svg"))
    if not charts:
        print(f"check-charts: no chart files under {site}/grafieken or {site}/charts; FAIL")
        return 1
    failures = {}
    for chart in charts:
        problems = static_problems(chart)
        if problems:
            failures[chart] = problems
    driver = sitecheck.start_browser()
    try:
        for chart in charts:
            if chart in failures:
                continue
            driver.get(chart.as_uri())
            outside = driver.execute_script(OUTSIDE)
            if outside:
                failures[chart] = [f"text outside the picture: {text}" for text in outside]
    finally:
        driver.quit()
    for chart, problems in failures.items():
        for problem in problems:
            print(f"{chart.relative_to(site)}: {problem}")
    verdict = "FAIL" if failures else "PASS"
    print(f"check-charts: {len(charts)} chart files, {len(failures)} with problems; {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
