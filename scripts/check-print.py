#!/usr/bin/env python3
"""Checks how pages print on A4 (Chromium's Page.printToPDF, read with
pypdf). A handout (<body class="handout">) fits on --max-pages pages, none
of them blank. A profile (<body class="profile">) starts and ends with a
page that has text, and its last page is not the footer alone. Uses the
headless Chromium that ../shared/tools/sitecheck/install.sh installs, and
pypdf (pip install pypdf==7.1.1).

    python3 scripts/check-print.py site [--max-pages 2] [--list]
"""
import argparse
import base64
import io
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402

A4 = {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True}


def body_classes(page):
    body = re.search(r"<body\b[^>]*?\sclass=\"([^\"]*)\"", page.read_text(encoding="utf-8"))
    return body.group(1).split() if body else []


def n_pages(n):
    return f"{n} page" + ("" if n == 1 else "s")


def lines(text):
    """The non-blank lines of a text, each with its whitespace collapsed."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def print_pages(driver, page):
    """The text of each A4 page that Chromium prints of the page."""
    driver.get(page.as_uri())
    pdf = driver.execute_cdp_cmd("Page.printToPDF", A4)
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(base64.b64decode(pdf["data"]))).pages]


def check_handout(texts, max_pages):
    problems = []
    if len(texts) > max_pages:
        problems.append(f"{len(texts)} pages (at most {max_pages})")
    blank = [str(n) for n, text in enumerate(texts, 1) if not text.strip()]
    if blank:
        problems.append(f"no text on page {', '.join(blank)}")
    return problems


def check_profile(texts, footer):
    problems = []
    if not texts[0].strip():
        problems.append("no text on the first page")
    last = lines(texts[-1])
    if not last:
        problems.append(f"no text on the last page ({len(texts)})")
    elif all(line in footer for line in last):
        problems.append(f"the last page ({len(texts)}) has only the footer")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--max-pages", type=int, default=2, help="pages a handout may have (default 2)")
    parser.add_argument("--list", action="store_true", help="print each page's number of pages")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    lengths = {"handout": [], "profile": []}
    failures = []
    driver = sitecheck.start_browser()
    try:
        for page in sorted(site.rglob("*.html")):
            kind = next((c for c in body_classes(page) if c in lengths), None)
            if not kind:
                continue
            texts = print_pages(driver, page)
            name = page.relative_to(site).as_posix()
            lengths[kind].append(len(texts))
            if kind == "handout":
                problems = check_handout(texts, args.max_pages)
            else:
                footer = driver.execute_script(
                    "const f = document.querySelector('footer'); return f ? f.innerText : ''")
                problems = check_profile(texts, " ".join(lines(footer)))
            failures += [f"{name}: {problem}" for problem in problems]
            if args.list:
                print(f"print: {name}: {kind}, {n_pages(len(texts))}")
    finally:
        driver.quit()
    handouts, profiles = lengths["handout"], lengths["profile"]
    if not handouts or not profiles:
        failures.append("no page has <body class=\"handout\"> or none has <body class=\"profile\">: nothing was checked")
    for failure in failures:
        print("print:", failure)
    summary = f"{len(handouts)} handouts" + "".join(
        f", {n_pages(n)}: {k}" for n, k in sorted(Counter(handouts).items()))
    summary += f"; {len(profiles)} profiles"
    if profiles:
        summary += f", {'–'.join(map(str, sorted({min(profiles), max(profiles)})))} pages"
    print(f"print: {summary}; {'FAIL' if failures else 'PASS'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
