"""Screenshots of the ``docgen serve`` page for docs/web/, taken with headless Chromium.

    python docs/web/screenshots.py            # writes docs/web/*.png

Starts ``python -m docgen.web`` on a free port, pastes a seed text, waits for the previews and
takes: the Chinese page (serve-zh.png), the same scrolled to what cleaning removed with the
main style values open (serve-zh-cleaning.png), several dropped files with one that fails
(serve-zh-files.png) and the English page (serve-en.png).  Needs the ``[web]`` extra,
Playwright and Chromium at /usr/bin/chromium (or $DOCGEN_CHROMIUM); never downloads a browser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = ROOT / "examples" / "004_03ac6da94b10d2cb.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
READY = """() => { const b = document.getElementById('previews');
  return b.querySelectorAll('figure img').length > 0 && !b.classList.contains('busy'); }"""
DECODED = "() => Promise.all([...document.querySelectorAll('#previews img')].slice(0, 3).map((i) => i.decode()))"


def start_server(log: Path) -> tuple[subprocess.Popen[bytes], str]:
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "docgen.web", "--port", "0", "--no-browser"],
                                   stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    for _ in range(300):
        match = re.search(r"http://127\.0\.0\.1:\d+/", log.read_text())
        if match:
            time.sleep(1.5)  # the workers start
            return process, match.group(0)
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"docgen serve did not start:\n{log.read_text()}")


def main() -> None:
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("DOCGEN_CHROMIUM", "/usr/bin/chromium")
    work = Path(tempfile.mkdtemp(prefix="docgen-shots-"))
    process, url = start_server(work / "serve.log")
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(work / "profile"), executable_path=executable, headless=True, args=FLAGS,
                viewport={"width": 1440, "height": 900}, device_scale_factor=1, locale="zh-CN")
            page = context.new_page()
            page.goto(url + "?lang=zh")
            page.wait_for_selector("html.ready")
            page.fill("#paste", SEED.read_text(encoding="utf-8"))
            page.wait_for_function(READY, timeout=60_000)
            page.evaluate(DECODED)
            page.evaluate("() => document.getElementById('paste').scrollTop = 0")
            page.screenshot(path=str(HERE / "serve-zh.png"))

            page.click("#settings-box summary")
            page.evaluate("() => document.getElementById('cleaning').scrollIntoView({block: 'start'})")
            page.evaluate("() => document.querySelector('.col-structure').scrollBy(0, -40)")
            page.screenshot(path=str(HERE / "serve-zh-cleaning.png"))
            page.click("#settings-box summary")

            page.click("#lang-switch")
            page.evaluate("() => document.querySelector('.col-structure').scrollTop = 0")
            page.evaluate(DECODED)
            page.screenshot(path=str(HERE / "serve-en.png"))
            page.click("#lang-switch")

            files = page.context.new_page()
            files.goto(url + "?lang=zh")
            files.wait_for_selector("html.ready")
            names = sorted((ROOT / "examples").glob("00[0-3]_*.txt"))
            buffers = [{"name": p.name[:3] + ".txt", "mimeType": "text/plain", "buffer": p.read_bytes()} for p in names]
            buffers.append({"name": "扫描件.png", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n" + bytes(64)})
            files.set_input_files("#file-input", buffers)
            files.wait_for_function("() => !document.querySelector('#files li.status-working, #files li.status-pending')",
                                    timeout=60_000)
            files.wait_for_function(READY, timeout=60_000)
            files.evaluate(DECODED)
            files.screenshot(path=str(HERE / "serve-zh-files.png"))
            context.close()
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    for name in ("serve-zh.png", "serve-zh-cleaning.png", "serve-en.png", "serve-zh-files.png"):
        print(HERE / name)


if __name__ == "__main__":
    main()
