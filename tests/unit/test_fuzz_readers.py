"""Fuzzing the readers: whatever bytes come in — random, or a valid Word file, web page or text
mutated — reading ends in a :class:`~docgen.readers.Source` of lines or in an
:class:`InputError` with a one-line message, never in another exception.

Each target runs a bounded number of examples (``DOCGEN_FUZZ_EXAMPLES``, default 150), so it
runs in CI on every change; set it higher to fuzz for longer.  A failure prints the input that
caused it.
"""

from __future__ import annotations

import os

from helpers.hostile import NOTICE, plain_docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from docgen.chars import is_cjk
from docgen.errors import InputError
from docgen.readers import read_bytes
from docgen.readers.encoding import common_hanzi

EXAMPLES = int(os.environ.get("DOCGEN_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def read(data: bytes, name: str = "x", fmt: str | None = None) -> None:
    """Read ``data``; an input error must be one line naming the input."""
    try:
        source = read_bytes(data, name, fmt)
    except InputError as exc:
        assert exc.source == name and "\n" not in str(exc), str(exc)
        return
    assert source.lines and all("\n" not in line and "\r" not in line for line in source.lines)


# --------------------------------------------------------------------------- random bytes


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([None, "text", "html", "docx"]))
def test_random_bytes(data, fmt):
    read(data, "x", fmt)


# --------------------------------------------------------------------------- mutated Word files

DOCX = plain_docx(*NOTICE)


@st.composite
def mutated(draw, original: bytes):
    """``original`` with a few bytes overwritten, inserted or cut."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["set", "insert", "cut"]))
        if action == "set":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at:at + draw(st.integers(1, 64))]
    return bytes(data)


@FUZZ
@given(mutated(DOCX))
def test_mutated_word_files(data):
    read(data, "x.docx")


XML_PIECES = ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:br/>", "<w:tab/>", "<w:tbl>", "</w:tbl>",
              "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:del>", "</w:del>", "<w:ins>", "</w:ins>",
              "&amp;", "&lt;", "&#x4e00;", "&bad;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "正文", "，", "。",
              "<w:drawing/>", "<w:footnoteReference/>", "<w:pPr><w:jc w:val='center'/></w:pPr>", "\x00", "\ufffd"]


@FUZZ
@given(st.lists(st.sampled_from(XML_PIECES), max_size=60))
def test_word_files_of_random_markup(pieces):
    from helpers.hostile import document, docx_package

    read(docx_package(document("".join(pieces).encode("utf-8", "surrogatepass"))), "x.docx")


# --------------------------------------------------------------------------- web pages

TAGS = ["div", "p", "span", "a href='x.doc'", "a href='#'", "table", "tr", "td", "ul", "li", "br", "h1", "h2",
        "script", "style", "noscript", "template", "embed", "source", "wbr", "iframe", "header", "nav", "footer",
        "div class=share", "div style='display:none'", "article", "font", "b", "title", "meta charset=gbk", "svg"]
WORDS = ["关于做好工作的通知", "各单位：", "现将有关事项通知如下，请认真贯彻执行。", "附件：", "分享到", "上一篇",
         "&nbsp;", "&lt;", "2024年3月5日", "x", " ", "\n", "<!-- c -->", "<?xml version='1.0'?>", "<!DOCTYPE html>"]


@st.composite
def pages(draw):
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 80))):
        choice = draw(st.integers(0, 2))
        if choice == 0:
            tag = draw(st.sampled_from(TAGS))
            parts.append(f"<{tag}>")
            open_tags.append(tag.split()[0])
        elif choice == 1 and open_tags:
            parts.append(f"</{open_tags.pop()}>")
        else:
            parts.append(draw(st.sampled_from(WORDS)))
    return "".join(parts)


@FUZZ
@given(pages(), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_web_pages_of_random_markup(page, encoding):
    read(page.encode(encoding, "replace"), "x.html")


# --------------------------------------------------------------------------- texts


@FUZZ
@given(st.text(max_size=400), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                               "utf-32", "gb18030", "big5"]))
def test_texts_in_any_encoding(text, encoding):
    read(text.encode(encoding, "replace"), "x.txt")


COMMON_HANZI = sorted(ch for ch in common_hanzi() if is_cjk(ch))


@FUZZ
@given(st.lists(st.sampled_from(COMMON_HANZI), min_size=12, max_size=300, unique=True).map("".join),
       st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be", "utf-16", "big5"]))
# all bytes ASCII, some of them control codes, none zero: once read as UTF-8 (the first) or
# refused as binary (the second); all bytes ASCII and no control code but tab, CR and LF, every
# second one an N (the third)
@example("不丢三上传倡倣倥丁七伉倦", "utf-16-le")
@example("丁七万丈三上下不与丐丑专", "utf-16-le")
@example("不丢两严並丧个丫中三上丰", "utf-16-le")
# some bytes above ASCII (务 is A1 52), the rest ASCII with tab and line feeds: read as GB18030
# it is ASCII lines; every second byte is a Han high byte
@example("丢两严並丧务不个传三上丫", "utf-16-le")
def test_chinese_text_is_read_back_as_written(text, encoding):
    """Text of common Han characters comes back as it was, whatever the encoding — UTF-16
    without a byte-order mark and without a single ASCII character included.  (Characters
    differ: twelve 一 in GB18030 are also valid UTF-8, which is taken first.)"""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # a simplified character Big5 does not have
        return
    assert read_bytes(data, "x.txt").lines == (text,)
