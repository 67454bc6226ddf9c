#!/usr/bin/env python3
"""Screenshots of the overview, a theme page and a profile, desktop
(1280x2000) and mobile (390x1800), into docs/screenshots/. Uses the
headless Chromium that ../shared/tools/sitecheck/install.sh installs.

    python3 scripts/screenshots.py [site]
"""
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


def main():
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site").resolve()
    out = ROOT / "docs/screenshots"
    out.mkdir(parents=True, exist_ok=True)
    driver = sitecheck.start_browser()
    try:
        for name, page in PAGES.items():
            for path in sitecheck.screenshots(driver, site / page, str(out / f"{name}.png")):
                shrink(Path(path))
                print(path)
    finally:
        driver.quit()


def shrink(path):
    """Fewer colours, far fewer bytes; skipped when Pillow is not installed."""
    try:
        from PIL import Image
    except ImportError:
        return
    Image.open(path).convert("RGB").quantize(colors=128).save(path, optimize=True)


if __name__ == "__main__":
    main()
