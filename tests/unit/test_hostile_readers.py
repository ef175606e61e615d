"""The readers against hostile and faulty files: Word packages that inflate without end, broken
compressed data, XML nested too deep, entities; web pages with void elements the HTML parser
does not know, nested thousands deep or with thousands of chrome siblings; texts in UTF-16
without a byte-order mark.  Each limit of :mod:`docgen.limits` is met with a one-line
:class:`InputError` naming it, before the memory is spent."""

from __future__ import annotations

import tracemalloc
import warnings

import pytest
from helpers.documents import SEEDS
from helpers.hostile import (
    NOTICE,
    billion_laughs,
    document,
    docx_of,
    docx_package,
    nested_html,
    paragraph,
    patched,
    plain_docx,
    sibling_html,
    utf16_without_bom,
    with_broken_deflate,
    zip_bomb,
)

from docgen import limits
from docgen.errors import InputError
from docgen.readers import read_bytes


def lines_of(data: bytes, name: str = "x") -> tuple[str, ...]:
    return read_bytes(data, name).lines


# --------------------------------------------------------------------------- Word files


def test_a_zip_bomb_is_refused_before_it_is_inflated(monkeypatch):
    bomb = zip_bomb(30 << 20)
    assert len(bomb) < 400_000
    monkeypatch.setenv("DOCGEN_LIMITS", "inflated-bytes=10MB")
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=r"limit: inflated-bytes = 10 MB") as caught:
            read_bytes(bomb, "bomb.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "\n" not in str(caught.value)
    assert peak < 4 << 20, f"{peak / 1e6:.1f} MB taken before refusing"


def test_a_word_file_is_read_as_a_stream_not_as_a_tree(monkeypatch):
    """Below the inflated-size limit, reading a large document keeps one paragraph at a time
    in memory: the lines are what it costs."""
    bomb = zip_bomb(20 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=r"limit: lines = "):
            read_bytes(bomb, "bomb.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 << 20, f"{peak / 1e6:.1f} MB"


def test_one_huge_run_is_refused_by_the_inflated_size(monkeypatch):
    monkeypatch.setenv("DOCGEN_LIMITS", "inflated-bytes=5MB")
    with pytest.raises(InputError, match="inflated-bytes"):
        read_bytes(zip_bomb(8 << 20, one_run=True), "run.docx")


@pytest.mark.parametrize("name", ["lines", "xml-elements", "nesting"])
def test_each_word_limit_gives_an_input_error_naming_it(monkeypatch, name):
    monkeypatch.setenv("DOCGEN_LIMITS", {"lines": "lines=50", "xml-elements": "xml-elements=500",
                                         "nesting": "nesting=20"}[name])
    if name == "nesting":
        data = docx_package(document(b"<w:sdt><w:sdtContent>" * 25 + paragraph("正文。")
                                     + b"</w:sdtContent></w:sdt>" * 25))
    else:
        data = docx_of(*(f"第{i}段。" for i in range(200)))
    with pytest.raises(InputError, match=f"limit: {name} = ") as caught:
        read_bytes(data, "x.docx")
    assert caught.value.source == "x.docx" and "\n" not in str(caught.value)


def test_xml_nested_deeper_than_the_parser_allows_is_an_input_error():
    data = docx_package(document(b"<w:sdt><w:sdtContent>" * 300 + paragraph("正文。")
                                 + b"</w:sdtContent></w:sdt>" * 300))
    with pytest.raises(InputError, match="limit: nesting"):
        read_bytes(data, "deep.docx")


def test_broken_compressed_data_is_an_input_error():
    data = with_broken_deflate(docx_of(*NOTICE * 50))
    with pytest.raises(InputError, match=r"not a readable Word \(\.docx\) file"):
        read_bytes(data, "broken.docx")


@pytest.mark.parametrize("change", [{"flags": 1}, {"method": 99}, {"version": 64}, {"declared": 10}],
                         ids=["encrypted", "unknown method", "newer version", "size that lies"])
def test_a_package_the_zip_module_cannot_open_is_an_input_error(change):
    with pytest.raises(InputError, match=r"docx|ZIP"):
        read_bytes(patched(plain_docx(*NOTICE * 5), **change), "odd.docx")


@pytest.mark.parametrize("xml", [b"<w:p><w:r><w:t>unclosed</w:r></w:p>", b"<w:p>&undefined;</w:p>",
                                 b"\x00\x01<<<"])
def test_malformed_xml_is_an_input_error(xml):
    data = docx_package(document(xml))
    with pytest.raises(InputError, match=r"not a readable Word \(\.docx\) file"):
        read_bytes(data, "bad.docx")


def test_an_entity_inside_a_run_keeps_the_rest_of_the_run():
    data = docx_package(document(paragraph("请&org;各部门认真执行。"),
                                 prolog='<!DOCTYPE w:document [<!ENTITY org "某某县人民政府">]>'.encode()))
    assert lines_of(data, "x.docx") == ("请某某县人民政府各部门认真执行。",)


def test_billion_laughs_is_refused_without_expanding():
    data = docx_package(document(paragraph("&lol9;"), prolog=billion_laughs()))
    with pytest.raises(InputError, match=r"\.docx"):
        read_bytes(data, "laughs.docx")


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    data = docx_package(document(paragraph("正文&x;结束。"),
                                 prolog=f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'.encode()))
    with pytest.raises(InputError, match="external"):
        read_bytes(data, "xxe.docx")


# --------------------------------------------------------------------------- web pages


@pytest.mark.parametrize("tag", ["embed", "source", "track", "wbr", "keygen", "EMBED"])
def test_void_elements_the_html_parser_does_not_know_keep_the_text_after_them(tag):
    paragraphs = [f"第{i}段正文，内容完整，不能丢失。" for i in range(12)]
    body = "".join(f"<p>{p}</p>" + (f'<{tag} src="a.swf" title="a>b">' if i == 3 else "")
                   for i, p in enumerate(paragraphs))
    page = f"<html><head><title>通知</title></head><body><div>{body}</div></body></html>".encode()
    lines = lines_of(page, "x.html")
    assert [line for line in lines if line.startswith("第")] == paragraphs


def test_a_word_break_opportunity_joins_its_word():
    page = "<html><body><p>社会主义<wbr>现代化国家，全面建设。</p><p>第二段，继续。</p></body></html>".encode()
    assert "社会主义现代化国家，全面建设。" in lines_of(page, "x.html")


def test_text_dropped_with_an_element_that_holds_prose_is_reported():
    article = "".join(f"<p>第{i}段正文，内容完整，不能丢失。</p>" for i in range(10))
    page = (f"<html><body><noscript>{article}</noscript><div><p>本页需要启用脚本才能浏览，请在浏览器的设置中"
            f"启用脚本，然后刷新本页。</p></div></body></html>").encode()
    source = read_bytes(page, "x.html")
    assert any(d.code == "html-text-dropped" and d.level == "warning" for d in source.diagnostics)
    alone = f"<html><body><noscript>{article}</noscript></body></html>".encode()
    with pytest.raises(InputError, match=r"no main text found on the page, but 1\d\d Chinese characters"):
        read_bytes(alone, "x.html")


@pytest.mark.parametrize("name", ["html-elements", "nesting", "lines"])
def test_each_html_limit_gives_an_input_error_naming_it(monkeypatch, name):
    monkeypatch.setenv("DOCGEN_LIMITS", f"{name}=40")
    page = nested_html(60, text_every=1)
    with pytest.raises(InputError, match=f"limit: {name} = 40"):
        read_bytes(page, "x.html")


def test_deep_nesting_under_the_limit_is_read_without_recursion_trouble():
    lines = lines_of(nested_html(limits.value("nesting") - 8, text_every=7), "deep.html")
    assert NOTICE[2] in lines and any(line.startswith("第") for line in lines)


def test_deep_nesting_past_the_limit_is_refused_by_name():
    with pytest.raises(InputError, match="limit: nesting"):
        read_bytes(nested_html(8000), "deep.html")


def test_thousands_of_chrome_siblings_are_dropped():
    lines = lines_of(sibling_html(3000), "x.html")
    assert NOTICE[2] in lines and not any("分享" in line for line in lines)


def test_a_page_starting_with_an_xml_declaration_gives_no_warning():
    page = ('<?xml version="1.0" encoding="utf-8"?><html><body><p>现将有关事项通知如下，'
            '请认真贯彻执行。</p><p>特此通知。各单位要认真落实。</p></body></html>').encode()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "现将有关事项通知如下，请认真贯彻执行。" in lines_of(page, "x.html")


# --------------------------------------------------------------------------- text


TEXT = "\n".join(NOTICE) + "\n一是统一思想，提高认识。二是加强领导，统一部署。\n"


@pytest.mark.parametrize("order", ["le", "be"])
def test_utf16_chinese_without_a_byte_order_mark_is_read(order):
    source = read_bytes(utf16_without_bom(TEXT, order), "x.txt")
    assert source.lines[:5] == NOTICE
    assert f"utf-16-{order}" in source.diagnostics[0].message


@pytest.mark.parametrize("order", ["le", "be"])
def test_utf16_without_a_byte_order_mark_or_any_ascii_is_read(order):
    text = "".join(NOTICE).replace("：", "，") * 3
    assert read_bytes(utf16_without_bom(text, order), "x.txt").lines == (text,)


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_the_examples_in_utf16_without_a_byte_order_mark_are_read(path, order):
    text = path.read_text(encoding="utf-8-sig")
    source = read_bytes(utf16_without_bom(text, order), path.name)
    assert source.lines == read_bytes(text.encode(), path.name).lines


def test_gb18030_text_is_not_taken_for_utf16():
    source = read_bytes(TEXT.encode("gb18030"), "x.txt")
    assert source.lines[:5] == NOTICE and "gb18030" in source.diagnostics[0].message


def test_the_line_limit_is_checked_before_the_text_is_split(monkeypatch):
    monkeypatch.setenv("DOCGEN_LIMITS", "lines=1000")
    with pytest.raises(InputError, match="limit: lines = 1,000"):
        read_bytes(("标题\n" + "\n" * 5000 + "正文。").encode(), "x.txt")
