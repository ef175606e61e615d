"""Make the whole-page paste of a saved page: what select-all and copy give in a browser.

Renders the page in headless Chromium with nothing fetched from the network and writes
``document.body.innerText`` next to it as ``NAME.paste.txt`` (UTF-8)::

    python bench/realworld/mkpaste.py tests/fixtures/realworld/pages/*.html

Needs /usr/bin/chromium (Debian package ``chromium``).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
HOOK = (b"<script>document.addEventListener('DOMContentLoaded',function(){"
        b"var t=document.body?document.body.innerText:'';"
        b"document.documentElement.innerHTML='<body><pre id=\"__paste__\"></pre></body>';"
        b"document.getElementById('__paste__').textContent=t;});</script>")


def paste(page: Path) -> str:
    data = page.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ("page" + page.suffix)
        copy.write_bytes(data + b"\n" + HOOK + b"\n")
        profile = Path(tmp) / "profile"
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
               "--blink-settings=imagesEnabled=false", "--virtual-time-budget=3000",
               "--dump-dom", copy.as_uri()]
        out = subprocess.run(cmd, capture_output=True, timeout=120).stdout.decode("utf-8", "replace")
    m = re.search(r'<pre id="__paste__">(.*?)</pre>', out, re.S)
    if not m:
        raise SystemExit(f"{page}: no innerText captured")
    return html.unescape(m.group(1))


def main(argv: list[str]) -> None:
    for name in argv:
        page = Path(name)
        text = paste(page)
        out = page.with_name(page.stem + ".paste.txt")
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"{out}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
