"""The families of site chrome are data (``docgen/shapes/chrome.toml``): each example the file
gives is recognised by its own family, each counter-example is body text that no family
recognises as chrome wherever it stands, and the file is checked for what it may hold."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from docgen.shapes.chrome import DATA_FILE, _family, bare, families, family_of

FAMILIES = families()


def test_the_data_file_is_shipped_in_the_package_and_holds_many_families():
    text = resources.files("docgen.shapes").joinpath(DATA_FILE).read_text(encoding="utf-8")
    entries = tomllib.loads(text)["family"]
    assert len(entries) == len(FAMILIES) >= 30
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert {f.scope for f in FAMILIES} == {"line", "page"}


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_every_family_has_examples_and_recognises_each(family):
    assert family.examples, f"{family.name} has no example"
    for example in family.examples:
        tokens_only = not bare(example) and family.name == "page-tools"  # 字号：大 中 小　视力保护色：
        assert family.matches(example) or family.matches(bare(example)) or tokens_only, example
        assert family_of(example, ("line", "page")) is not None, example


def _one_by_one(text, scopes):
    """What :func:`family_of` says, asked of each family in turn (no look at all at once)."""
    rest = bare(text)
    return next((f for f in FAMILIES if f.scope in scopes
                 and (f.name == "page-tools" if not rest else f.matches(rest))), None)


@pytest.mark.parametrize("scopes", [("line",), ("line", "page")])
def test_looking_at_all_families_at_once_changes_no_answer(scopes):
    texts = [t for f in FAMILIES for t in (*f.examples, *f.counterexamples)]
    texts += ["首页 | 新闻 | 公告", "COPYRIGHT 2024", "Page 3 of 9", "各单位：", "正文内容。"]
    assert [family_of(t, scopes) for t in texts] == [_one_by_one(t, scopes) for t in texts]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_no_counter_example_is_chrome(family):
    for text in family.counterexamples:
        assert family_of(text, ("line",)) is None, (text, family_of(text, ("line",)))
        if family.scope == "page":
            assert family_of(text, ("line", "page")) is None, text


@pytest.mark.parametrize("line", [
    "今天是我们学校建校一百周年的日子。",
    "各网站要按规定办理ICP备案手续。",
    "原则上不再新增。",
    "记者从市政府获悉，今年全市将新建学校20所。",
    "请扫描二维码填写报名表。",
    "某品牌 Phone X20 系列手机正式发布",
    "2024年5月13日",
    "（2024年5月13日）",
    "第一条 为了规范管理，制定本办法。",
    "一、总体要求",
    "视频会议要按时召开。",
    "下载“皖事通”APP进行申报。",
    "附公开信全文：",  # a news item's lead-in to the text it quotes whole
])
def test_lines_of_documents_are_no_chrome_wherever_they_stand(line):
    assert family_of(line, ("line",)) is None


def test_an_unknown_field_or_scope_in_the_data_is_refused():
    with pytest.raises(ValueError, match="unknown field"):
        _family({"name": "x", "reason": "x", "scope": "line", "patterns": ["x"], "pattern": "x"})
    with pytest.raises(ValueError, match="scope"):
        _family({"name": "x", "reason": "x", "scope": "everywhere", "patterns": ["x"]})


def test_a_line_of_chrome_tokens_alone_is_page_tools():
    family = family_of("【打印】【关闭】")
    assert family is not None and family.name == "page-tools"


def test_the_families_the_cleaner_names_exist():
    from docgen.cleaner import patterns as P
    from docgen.shapes.chrome import TOOLS_FAMILY, family_named

    for name in (TOOLS_FAMILY, P.DATED_ITEM_FAMILY, *P.PAGE_TOOLBAR_FAMILIES):
        assert family_named(name).name == name
    with pytest.raises(KeyError):
        family_named("no-such-family")
