"""The shortcuts that keep the line rules fast give what the plain rules give: a line that
cannot hold metadata fields, markup or edge spaces is passed over, and the width of
hard-wrapped text is found by counting in sorted widths — each checked against the plain
computation on generated input."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from docgen.chars import display_width, ends_sentence
from docgen.cleaner import patterns as P
from docgen.cleaner.joining import WRAP_BAND, WRAP_MIN_LINES, WRAP_MIN_WIDTH, WRAP_SHARE, _wrap_width
from docgen.cleaner.textrules import _may_hold_markup
from docgen.shapes import meta as M
from docgen.shapes import patterns as S

_LABELS = sorted(M.META_LABELS) + sorted(M.INDEX_LABELS)
#: Pieces of lines: labels, colons, chrome tokens that put spaces where they stood, bullets,
#: dates, prose, markup and escaped line ends, spaces of every kind.
_PIECES = st.sampled_from([*_LABELS, "：", ":", " ", "　", "\u00a0", "\t", "【打印】", "【字体：大 中 小】",
                           "字号：大 中 小", "关闭 打印", "•", "2024年03月05日 18:20", "某政办发〔2024〕12号",
                           "正文内容，", "我们要坚持。", "文", "号", "<br>", "<span>", "x0dx0a", "\\n", "\\r\\n",
                           "<", "a"])
_LINE = st.lists(_PIECES, max_size=10).map("".join)
#: Lines made of fields: a label, a colon of either width or none, a short value.
_FIELD = st.tuples(st.sampled_from(["", "【打印】", "•", " "]), st.sampled_from(_LABELS),
                   st.sampled_from(["：", ":", " ", ""]), st.sampled_from(["", "新华社", "001008", "2024-03-05", "某政发〔2024〕1号"]))
_FIELDS = st.lists(_FIELD.map("".join), min_size=1, max_size=4).map(" ".join)


def _meta_fields_plain(text: str, index_fields: int) -> dict[str, str] | None:
    """:func:`docgen.shapes.meta.meta_fields` without its first look for a colon or a label."""
    text = M.SPACED_LABEL.sub(lambda m: S.compact(m.group()), M.LIST_MARK.sub("", text))
    text = M.LEADING_TOOLS.sub("", M.CHROME_TOKEN.sub(" ", M.META_LEADING_URL.sub("", text)).strip(M.META_WRAPPERS))
    leading = M.META_LEADING_DATE.match(text)
    if leading:
        text = text[leading.end():]
    found = M._colon_fields(text)
    if found is None and not leading:
        found = M._spaced_fields(text, index_fields)
    if found is not None and leading:
        found.setdefault("published", leading.group("date"))
    return found


@settings(max_examples=600, deadline=None)
@given(st.one_of(_LINE, _FIELDS), st.sampled_from([1, 2]))
@example("签署日期  文：", 1)  # a spaced-out label: compacted by both
def test_a_line_passed_over_for_fields_has_none(text, least):
    assert M.meta_fields(text, least) == _meta_fields_plain(text, least)


def test_a_label_made_to_stand_apart_by_a_chrome_token_still_counts():
    text = "【打印】索引号 001008 文号 瑞政办〔2011〕129号"
    assert M.meta_fields(text) == _meta_fields_plain(text, 2) == {"document_number": "瑞政办〔2011〕129号"}


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_a_line_passed_over_for_markup_holds_none(text):
    changed = P.LITERAL_LINE_END_IN_TEXT.sub("\n", P.MARKUP_BREAK.sub("\n", P.MARKUP_TAG.sub("", text)))
    assert _may_hold_markup(text) or changed == text


_SPACES = st.sampled_from([" ", "\u3000", "\u00a0", "\t", "\n", "\x1c", "\u2028", "\u200b", "\ufeff"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_SPACES, _PIECES), max_size=12).map("".join))
def test_edge_spaces_are_what_strip_removes(text):
    assert P.EDGE_SPACE.sub("", text) == text.strip()


def test_the_edge_space_class_is_whitespace():
    edge = re.compile(P.EDGE_SPACE.pattern.split("|")[0].lstrip("^").rstrip("+"))
    assert all(bool(edge.fullmatch(chr(c))) == chr(c).isspace() for c in range(0x110000))


def _wrap_width_plain(texts: list[str]) -> int | None:
    """The width of hard-wrapped text, every band counted by looking at every line."""
    widths = [(w, t) for t in texts if (w := display_width(t)) >= WRAP_MIN_WIDTH]
    if len(widths) < WRAP_MIN_LINES:
        return None
    best: int | None = None
    best_band: list[str] = []
    for w in sorted({w for w, _ in widths}):
        band = [t for x, t in widths if w - WRAP_BAND <= x <= w]
        if len(band) > len(best_band):
            best, best_band = w, band
    wider = sum(1 for x, _ in widths if best is not None and x > best)
    mid_sentence = sum(1 for t in best_band if not ends_sentence(t))
    if (len(best_band) >= max(WRAP_MIN_LINES, WRAP_SHARE * len(widths)) and wider <= len(widths) * 0.1
            and mid_sentence >= len(best_band) * 0.5):
        return best
    return None


_WRAPPED = st.tuples(st.integers(0, 45), st.sampled_from(["", "a", "。", "，"])).map(lambda p: "字" * p[0] + p[1])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WRAPPED, max_size=40))
def test_the_wrap_width_counted_in_sorted_widths_is_the_plain_one(texts):
    assert _wrap_width(texts) == _wrap_width_plain(texts)



def test_a_byline_with_half_width_colons_naming_the_publisher_and_the_original_author_is_metadata():
    """``发布:某某专业 原作者:张三``: 发布 next to another label, 原作者 a label of its own (never
    ``作者`` with ``原`` left on the value before it)."""
    assert M.meta_fields("发布:某某专业 原作者:张三") == {"author": "张三"}
    assert M.meta_fields("来源：某某学院 原作者：张三") == {"source": "某某学院", "author": "张三"}
    assert M.meta_fields("发布：新的管理办法") is None
