"""The page in a real browser: headless Chromium (Debian's) driven by Playwright, against
``docgen serve`` started as a user starts it.  Skipped, with the reason, when Playwright or
Chromium is missing (see conftest.py)."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest
from webhelpers import EXAMPLES, SEED, SEED_HEADINGS, SEED_TITLE, pdf_fonts, pdf_pages, pdf_text, require_web

require_web()

TIMEOUT = 120_000  # ms: a preview of every page takes about a second here; shared CI machines are slower

DROP = """({files}) => {
  const transfer = new DataTransfer();
  for (const f of files) {
    const bytes = f.b64 !== undefined ? Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0)) : new Uint8Array(f.size);
    transfer.items.add(new File([bytes], f.name, {type: f.type || ""}));
  }
  const zone = document.getElementById("dropzone");
  zone.dispatchEvent(new DragEvent("dragenter", {bubbles: true, dataTransfer: transfer}));
  zone.dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: transfer}));
}"""

PREVIEW_READY = """() => {
  const box = document.getElementById("previews");
  return box.querySelectorAll("figure img").length > 0 && !box.classList.contains("busy");
}"""


def drop(page, *files: tuple[str, bytes | int]) -> None:
    """Drop files on the page as a user drags them from a folder: (name, bytes or a size)."""
    payload = [{"name": name, "b64": base64.b64encode(data).decode()} if isinstance(data, bytes)
               else {"name": name, "size": data} for name, data in files]
    page.evaluate(DROP, {"files": payload})


def paste_seed(page, path: Path = SEED) -> None:
    page.fill("#paste", path.read_text(encoding="utf-8"))
    page.wait_for_function(PREVIEW_READY, timeout=TIMEOUT)


def shown_pages(page) -> int:
    return int(page.get_attribute("#page-count", "data-pages") or 0)


@pytest.fixture(scope="module")
def seed_pages() -> dict[str, int]:
    """The PDF page count of the seed with each preset, from the library itself."""
    from docgen.api import parse, render

    speech = parse(SEED.read_bytes(), name=SEED.name)
    return {preset: pdf_pages(render(speech, preset, "pdf")) for preset in ("gbt9704", "large-print")}


def test_pasting_a_seed_shows_its_structure_and_every_page(page, seed_pages):
    paste_seed(page)
    assert page.text_content('dd[data-meta="title"]') == SEED_TITLE
    headings = page.locator(".block.type-heading .block-text").all_text_contents()
    assert headings[:2] == list(SEED_HEADINGS)
    assert page.locator(".block.type-heading .block-kind").first.text_content() == "一级标题"
    assert shown_pages(page) == seed_pages["gbt9704"]
    assert page.locator("#previews figure img").count() == seed_pages["gbt9704"]
    assert page.text_content("#page-count") == f"共 {seed_pages['gbt9704']} 页"
    item = page.locator("#files li.file.active")
    assert "粘贴的文本" in item.text_content() and f"{seed_pages['gbt9704']} 页" in item.text_content()
    # what cleaning removed, each line with its rule
    line1 = page.locator('.removed-line[data-line="1"]')
    assert "网站横幅" in line1.text_content() and "zciku" in line1.text_content()
    # the placeholder warnings
    assert "XX" in page.text_content("#warnings")
    # every preview image is a real PNG of an A4 page
    natural = page.evaluate("() => { const i = document.querySelector('#previews img');"
                            " return [i.naturalWidth, i.naturalHeight]; }")
    assert natural[0] > 500 and abs(natural[0] / natural[1] - 210 / 297) < 0.01


def test_switching_the_preset_changes_the_preview(page, seed_pages):
    paste_seed(page)
    first = page.get_attribute("#previews figure img", "src")
    page.select_option("#preset", "large-print")
    page.wait_for_function(f"() => document.getElementById('page-count').dataset.pages == '{seed_pages['large-print']}'",
                           timeout=TIMEOUT)
    page.wait_for_function(PREVIEW_READY, timeout=TIMEOUT)
    assert page.locator("#previews figure img").count() == seed_pages["large-print"] > seed_pages["gbt9704"]
    assert page.get_attribute("#previews figure img", "src") != first
    assert "大字版" in page.text_content("#preset-description")
    assert page.get_attribute('[data-setting="grid.lines"]', "placeholder") == "16"


def test_downloads_of_pdf_and_docx(page, seed_pages):
    paste_seed(page)
    with page.expect_download(timeout=TIMEOUT) as info:
        page.click("#dl-pdf")
    download = info.value
    assert download.suggested_filename == f"{SEED_TITLE}.pdf"
    pdf = Path(download.path()).read_bytes()
    assert pdf_pages(pdf) == seed_pages["gbt9704"] == shown_pages(page)
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), f"fonts not embedded: {fonts}"
    assert SEED_TITLE in pdf_text(pdf).replace("\n", "")
    with page.expect_download(timeout=TIMEOUT) as info:
        page.click("#dl-docx")
    download = info.value
    assert download.suggested_filename == f"{SEED_TITLE}.docx"
    from docx import Document

    texts = [p.text for p in Document(download.path()).paragraphs]
    assert SEED_TITLE in texts and any(SEED_HEADINGS[0] in t for t in texts)


def test_header_fields_and_keep_a_removed_line(page):
    paste_seed(page)
    before = page.get_attribute("#previews figure img", "src")
    assert page.get_attribute('[data-field="title"]', "placeholder") == SEED_TITLE
    page.fill('[data-field="title"]', "在全区办公室系统工作会议上的讲话")
    page.fill('[data-field="speaker"]', "区委书记 张三")
    page.wait_for_function("() => document.querySelector('dd[data-meta=\"speaker\"]')?.textContent === '区委书记 张三'",
                           timeout=TIMEOUT)
    page.wait_for_function(PREVIEW_READY, timeout=TIMEOUT)
    assert page.text_content('dd[data-meta="title"]') == "在全区办公室系统工作会议上的讲话"
    assert page.get_attribute("#previews figure img", "src") != before
    page.click('.removed-line[data-line="1"] button.keep')
    page.wait_for_selector(".kept-line", timeout=TIMEOUT)
    page.wait_for_function("() => !document.querySelector('.removed-line[data-line=\"1\"]')", timeout=TIMEOUT)
    assert "zciku" in page.text_content(".kept-line")
    assert "zciku" in page.text_content("#structure")
    page.click(".kept-line button.undo")
    page.wait_for_selector('.removed-line[data-line="1"]', timeout=TIMEOUT)
    assert page.locator(".kept-line").count() == 0


def test_a_bad_style_value_shows_docgen_s_message(page):
    paste_seed(page)
    page.click("#settings-box summary")
    page.fill('[data-setting="grid.chars"]', "40")
    page.wait_for_selector("#style-error:not([hidden])", timeout=TIMEOUT)
    message = page.text_content("#style-error")
    assert "grid.chars" in message and "28" in message
    page.click("#reset-settings")
    page.wait_for_selector("#style-error", state="hidden", timeout=TIMEOUT)
    assert page.input_value('[data-setting="grid.chars"]') == ""


def test_a_binary_file_dropped_gets_a_message_for_that_file(page):
    drop(page, ("扫描件.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4))
    item = page.locator("#files li.file", has_text="扫描件.png")
    item.locator(".file-status", has_text="not a text file").wait_for(timeout=TIMEOUT)
    assert "失败" in item.text_content()
    assert "not a text file" in page.text_content("#doc-error")
    assert page.is_disabled("#dl-pdf")


def test_an_oversized_file_gets_the_size_message(page):
    drop(page, ("大文件.txt", 21 * 1024 * 1024))
    item = page.locator("#files li.file", has_text="大文件.txt")
    item.wait_for(timeout=TIMEOUT)
    assert "大文件.txt：文件超过 20 MB，无法处理" in item.text_content()
    assert page.is_disabled("#dl-docx")


def test_many_files_and_a_zip_give_a_zip_with_a_summary(page):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("材料/002.txt", (EXAMPLES / "002_d5175bd5635a341e.txt").read_bytes())
        z.writestr("材料/封面.png", b"\x89PNG\r\n\x1a\n")
    drop(page, ("000.txt", (EXAMPLES / "000_504764e108e64df3.txt").read_bytes()),
         ("001.txt", (EXAMPLES / "001_b4912c15c8048628.txt").read_bytes()),
         ("材料.zip", archive.getvalue()), ("图.png", b"\x89PNG\r\n\x1a\n" + bytes(200)))
    page.wait_for_function("() => document.querySelectorAll('#files li.file').length === 5", timeout=TIMEOUT)
    page.wait_for_function("() => !document.querySelector('#files li.status-working, #files li.status-pending')",
                           timeout=TIMEOUT)
    assert "来自 材料.zip" in page.text_content("#files")
    assert "不支持的文件类型" in page.locator("#files li.file", has_text="封面.png").text_content()
    assert page.text_content("#dl-zip") == "全部下载（zip，5 个文件）"
    with page.expect_download(timeout=TIMEOUT) as info:
        page.click("#dl-zip")
    result = zipfile.ZipFile(info.value.path())
    names = set(result.namelist())
    assert {"000.pdf", "000.docx", "001.pdf", "001.docx", "002.pdf", "002.docx", "summary.txt"} <= names
    summary = {r["input"]: r for r in json.loads(result.read("summary.json"))["files"]}
    assert summary["000.txt"]["ok"] and summary["000.txt"]["pages"] == pdf_pages(result.read("000.pdf"))
    assert not summary["图.png"]["ok"] and "not a text file" in summary["图.png"]["error"]
    assert not summary["封面.png"]["ok"] and "不支持" in summary["封面.png"]["error"]


def test_the_english_switch(page):
    paste_seed(page)
    page.click("#lang-switch")
    assert page.get_attribute("html", "lang") == "en"
    assert page.text_content("#dl-pdf") == "Download PDF"
    assert "Structure found" in page.text_content(".col-structure")
    assert page.locator(".block.type-heading .block-kind").first.text_content() == "Heading 1"
    assert page.text_content("#page-count").endswith("pages")
    assert page.get_attribute("#paste", "placeholder").startswith("Paste a speech")
    page.click("#lang-switch")
    assert page.get_attribute("html", "lang") == "zh-CN"
    assert page.text_content("#dl-pdf") == "下载 PDF"
