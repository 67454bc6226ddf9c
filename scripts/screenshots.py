#!/usr/bin/env python3
"""Screenshots of the overview, a theme page and a profile, desktop
(1280x2000) and mobile (390x1800), and the first printed A4 page of a
handout, into docs/screenshots/ (or --out). Uses the headless Chromium that
../shared/tools/sitecheck/install.sh installs.

    python3 scripts/screenshots.py [site] [--out docs/screenshots]
"""
import argparse
import base64
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared/tools/sitecheck"))
import sitecheck  # noqa: E402

PAGES = {
    "overview": "index.html",
    "theme": "zorg-en-veiligheid/index.html",
    "profile": "gemeenten/raalte/index.html",
}
HANDOUT = "gemeenten/raalte/ondermijning/index.html"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", nargs="?", default=ROOT / "site")
    parser.add_argument("--out", default=ROOT / "docs/screenshots")
    args = parser.parse_args()
    site, out = Path(args.site).resolve(), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    driver = sitecheck.start_browser()
    try:
        for name, page in PAGES.items():
            for path in sitecheck.screenshots(driver, site / page, str(out / f"{name}.png")):
                shrink(Path(path))
                print(path)
        if (site / HANDOUT).is_file():
            print_screenshot(driver, site / HANDOUT, out / "handout-print.png")
            shrink(out / "handout-print.png")
            print(out / "handout-print.png")
        else:
            print(f"screenshots: no {HANDOUT}, so no handout-print.png")
    finally:
        driver.quit()


def print_screenshot(driver, page, path):
    """The first page as Chromium prints it on A4, rendered with pypdfium2
    and Pillow (pip install pypdfium2 pillow)."""
    import pypdfium2
    driver.get(page.as_uri())
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})
    pypdfium2.PdfDocument(base64.b64decode(pdf["data"]))[0].render(scale=96 / 72).to_pil().save(path)


def shrink(path):
    """Fewer colours, far fewer bytes; skipped when Pillow is not installed."""
    try:
        from PIL import Image
    except ImportError:
        return
    Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)


if __name__ == "__main__":
    main()
