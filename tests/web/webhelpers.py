"""Constants and helpers of the web page tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
#: The seed with site chrome to clean, a title and two heading levels.
SEED = EXAMPLES / "004_03ac6da94b10d2cb.txt"
SEED_TITLE = "在全区党政办公室主任会议上的讲话"
SEED_HEADINGS = ("第一，牢牢把握正确工作方向", "一是要绝对忠诚。")
#: The port the test apps believe they serve on (the Host header must name it).
PORT = 9704
BASE = f"http://127.0.0.1:{PORT}"

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


#: What ``docgen serve`` needs (the ``[web]`` extra): import name → distribution.
WEB_REQUIREMENTS = {"starlette": "starlette", "uvicorn": "uvicorn", "python_multipart": "python-multipart",
                    "pypdfium2": "pypdfium2"}


def require_web() -> None:
    """Skip the calling test module, with the reason, when the web stack or the test client
    (httpx2, or httpx for Starlette before 1.0) is not installed."""
    import importlib.util

    for module, dist in WEB_REQUIREMENTS.items():
        pytest.importorskip(module, reason=f"docgen serve needs {dist}: pip install '.[web]'")
    if importlib.util.find_spec("httpx2") is None and importlib.util.find_spec("httpx") is None:
        pytest.skip("Starlette's TestClient needs httpx2 (or httpx): pip install httpx2", allow_module_level=True)


def make_client(pool: Any, **limits: Any) -> Any:
    """A client of an app with other limits (sharing the session's workers)."""
    from starlette.testclient import TestClient

    from docgen.web.app import create_app
    from docgen.web.limits import Limits

    return TestClient(create_app(port=PORT, pool=pool, limits=Limits(**limits)), base_url=BASE,
                      raise_server_exceptions=False)


def http_get(url: str, host: str | None = None, timeout: float = 5) -> tuple[int, str]:
    """GET ``url`` on a real socket, with another ``Host`` header when given: (status, text)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        connection.putrequest("GET", parts.path or "/", skip_host=host is not None)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


# --------------------------------------------------------------------------- PDF checks


def pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def pdf_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font the PDF's pages use → whether its font program is embedded."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    fonts: dict[str, bool] = {}
    for page in PDFPage.create_pages(document):
        for font in (resolve1(page.resources.get("Font")) or {}).values():
            font = resolve1(font)
            name = str(resolve1(font.get("BaseFont")))
            descendants = resolve1(font.get("DescendantFonts"))
            target = resolve1(descendants[0]) if descendants else font
            descriptor = resolve1(target.get("FontDescriptor")) or {}
            fonts[name] = any(key in descriptor for key in ("FontFile", "FontFile2", "FontFile3"))
    return fonts


