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
A4 = {"width": 794, "height": 1123}  # CSS pixels at 96 dpi


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
    """The top A4 page's worth of the page as print media shows it."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        **A4, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    driver.get(page.as_uri())
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "clip": {"x": 0, "y": 0, **A4, "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def shrink(path):
    """Fewer colours, far fewer bytes; skipped when Pillow is not installed."""
    try:
        from PIL import Image
    except ImportError:
        return
    Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)


if __name__ == "__main__":
    main()
