"""Take docs/serve.png: the page of ``kommunlint serve`` with a checked draft.

    python scripts/serve_screenshot.py [--output docs/serve.png] [--lang sv]

Starts the server on a free port of 127.0.0.1, opens Debian's headless Chromium
(``/usr/bin/chromium``) through Playwright, pastes ``examples/hango/personal-data-
vastaus-bad.txt``, checks it and saves a PNG of the page down to the third finding
(1000 CSS pixels wide). Exits 2 with one line when playwright or chromium is missing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(ROOT / "docs" / "serve.png"))
    parser.add_argument("--lang", default="sv", choices=("sv", "fi", "en"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("serve_screenshot: playwright is not installed (pip install playwright)", file=sys.stderr)
        return 2
    if not Path(args.chromium).exists():
        print(f"serve_screenshot: {args.chromium} is missing (apt-get install chromium)", file=sys.stderr)
        return 2
    proc = subprocess.Popen([sys.executable, "-m", "kommunlint", "serve", "--no-browser", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        url = re.search(r"http://\S+/", proc.stdout.readline()).group(0)
        draft = (ROOT / "examples/hango/personal-data-vastaus-bad.txt").read_text(encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1000, "height": 800}, locale={"sv": "sv-FI", "fi": "fi-FI", "en": "en-GB"}[args.lang])
            page.goto(url)
            page.select_option("#profile", "hango")
            page.fill("#draft", draft)
            page.click("#check")
            page.wait_for_selector("#findings li")
            page.evaluate("() => document.activeElement.blur()")
            # from the top to the end of the third finding: settings, draft, underlines, clauses
            bottom = page.evaluate("() => document.querySelector('#findings > li:nth-child(3)').getBoundingClientRect().bottom + window.scrollY + 16")
            page.screenshot(path=args.output, full_page=True, clip={"x": 0, "y": 0, "width": 1000, "height": bottom})
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
