"""The web package's pure helpers: the forms' lists, names for display and download, the page's
embedded data, zip member labels."""

from __future__ import annotations

import zipfile

import pytest
from webhelpers import require_web

from docgen.model import Meta
from docgen.web.forms import HEADER_FIELDS, STYLE_VALUES, overrides_meta, style_settings

require_web()

from docgen.web.page import _script_json, strings  # noqa: E402
from docgen.web.responses import attachment  # noqa: E402
from docgen.web.unzip import member_label  # noqa: E402
from docgen.web.validation import display_name, safe_stem  # noqa: E402


def test_the_header_form_is_built_from_meta_s_fields():
    keys = [f.key for f in HEADER_FIELDS]
    assert keys[:4] == ["title", "subtitle", "date", "speaker"]
    assert "document_number" in keys and "issuer" in keys
    assert all(hasattr(Meta(), key) for key in keys)  # 签发人/密级 appear once Meta has them


def test_overrides_meta_takes_only_filled_known_fields():
    assert overrides_meta({"title": "  ", "date": ""}) is None
    meta = overrides_meta({"title": " 关于……的通知 ", "speaker": "张三", "nonsense": "x"})
    assert meta == Meta(title="关于……的通知", speaker="张三")


def test_style_settings_from_the_form():
    assert style_settings({}) == ()
    assert style_settings({"page.margins.top": "35", "body.size": "小二", "grid.lines": " 20 ",
                           "page.margins.left": "2.8cm", "page_number.placement": ""}) == (
        "page.margins.top=35mm", "page.margins.left=2.8cm", "body.size=小二", "grid.lines=20")
    with pytest.raises(KeyError):
        style_settings({"typefaces.fangsong.font": "/etc/passwd"})
    with pytest.raises(ValueError):
        style_settings({"body.size": "16pt\nname=x"})
    assert len({v.key for v in STYLE_VALUES}) == len(STYLE_VALUES) >= 8


def test_every_style_value_is_a_key_docgen_accepts():
    from docgen.style import load_style

    style = load_style("gbt9704", [f"{v.key}={v.current(load_style('gbt9704'))}" for v in STYLE_VALUES
                                   if v.kind != "mm"])
    assert style.grid.lines == 22 and style.roles.body.size == 16


def test_names():
    assert display_name("C:\\Users\\张三\\讲话.txt") == "讲话.txt"
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("a\x00b\n.txt") == "ab.txt"
    assert display_name("") == "input.txt"
    assert safe_stem('关于/../"防汛"*的通知?') == "关于..防汛的通知"
    assert safe_stem("  ..  ") == "docgen"
    assert len(safe_stem("长" * 200)) == 80


def test_content_disposition_keeps_chinese_names_and_has_an_ascii_fallback():
    value = attachment("讲话 2024.pdf")
    assert value.startswith('attachment; filename="2024.pdf"') or 'filename="' in value
    assert "filename*=UTF-8''%E8%AE%B2%E8%AF%9D%202024.pdf" in value
    assert attachment("讲话.pdf").startswith('attachment; filename="docgen.pdf"')


def test_embedded_page_data_cannot_close_its_script():
    text = _script_json({"description": "</script><script>alert(1)</script> & <!--"})
    assert "</script" not in text and "<!--" not in text and "<" not in text


def test_both_languages_have_every_string():
    table = strings()
    assert set(table["zh"]) == set(table["en"])
    assert table["zh"]["setting_grid.lines"] == "每页行数" and table["en"]["setting_grid.lines"] == "Lines per page"


def test_zip_member_labels():
    utf8 = zipfile.ZipInfo("材料/讲话.txt")
    utf8.flag_bits |= 0x800
    assert member_label(utf8) == "讲话.txt"
    gbk = zipfile.ZipInfo("通知.txt".encode("gbk").decode("cp437"))
    assert member_label(gbk) == "通知.txt"  # its GBK bytes are valid UTF-8 too
    for name in ("关于做好防汛工作的通知.docx", "讲话稿（定稿）.txt"):
        assert member_label(zipfile.ZipInfo(name.encode("gbk").decode("cp437"))) == name
        assert member_label(zipfile.ZipInfo(name.encode("utf-8").decode("cp437"))) == name  # no flag
    assert member_label(zipfile.ZipInfo("..\\..\\x.txt")) == "x.txt"
