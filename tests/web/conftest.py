"""Fixtures of the web page tests: an app with its worker pool for the HTTP tests, a running
``docgen serve`` and a headless Chromium for the browser tests.

The web stack is the optional ``[web]`` extra: without it every test here is skipped, with the
reason shown.  The browser tests also need Playwright (the Python package) and Debian's
Chromium (``/usr/bin/chromium``, or ``$DOCGEN_CHROMIUM``); they are skipped, with the reason,
when either is missing.  ``playwright install`` is never run: the system's Chromium is used.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import pytest
from webhelpers import BASE, CHROMIUM_FLAGS, PORT, ROOT, SEED, http_get, require_web


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def pool() -> Iterator[Any]:
    """One pool of two workers for every HTTP test (starting workers takes a second)."""
    from docgen.web.pool import WorkerPool

    workers = WorkerPool(workers=2, time_limit=60)
    workers.start()
    yield workers
    workers.close()


@pytest.fixture(scope="session")
def client(pool: Any) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from docgen.web.app import create_app

    app = create_app(port=PORT, pool=pool)
    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as test_client:
        yield test_client


# --------------------------------------------------------------------------- the browser


def chromium_path() -> str | None:
    path = os.environ.get("DOCGEN_CHROMIUM") or "/usr/bin/chromium"
    if os.path.exists(path):
        return path
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``docgen serve`` running as a user starts it (``python -m docgen.web``), on a free port."""
    require_web()
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([sys.executable, "-m", "docgen.web", "--port", "0", "--no-browser"],
                                   stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    url = None
    deadline = time.monotonic() + 30
    while True:
        if url is None:
            match = re.search(r"http://127\.0\.0\.1:\d+/", log_path.read_text())
            url = match.group(0) if match else None
        try:
            if url is not None and http_get(url, timeout=2)[0] == 200:
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"docgen serve did not start:\n{log_path.read_text()}")
        time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.fixture(scope="session")
def browser_context() -> Iterator[object]:
    """A headless Chromium (Debian's, driven by Playwright) with a fresh profile; the test is
    skipped, with the reason, when Playwright or Chromium is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", exc_type=ImportError,
                                   reason="the browser tests need playwright (pip install playwright; "
                                   "the system Chromium is used, never `playwright install`)")
    executable = chromium_path()
    if executable is None:
        pytest.skip("the browser tests need Chromium at /usr/bin/chromium (apt-get install chromium) "
                    "or $DOCGEN_CHROMIUM")
    profile = tempfile.mkdtemp(prefix="docgen-chromium-")
    downloads = tempfile.mkdtemp(prefix="docgen-downloads-")
    manager = sync_api.sync_playwright().start()
    try:
        context = manager.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            accept_downloads=True, downloads_path=downloads, viewport={"width": 1440, "height": 900},
            locale="zh-CN")
    except Exception as exc:  # a Chromium that cannot start here: say why, do not fail
        manager.stop()
        pytest.skip(f"Chromium at {executable} did not start: {str(exc).splitlines()[0]}")
    yield context
    context.close()
    manager.stop()
    shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(downloads, ignore_errors=True)


@pytest.fixture()
def page(browser_context, server):  # type: ignore[no-untyped-def]
    """A fresh tab on the page, in Chinese; page errors of the script fail the test."""
    tab = browser_context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(server + "?lang=zh")
    tab.wait_for_selector("html.ready")
    yield tab
    tab.close()
    assert not errors, f"script errors on the page: {errors}"
