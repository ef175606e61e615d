"""What a pattern's matches hold, how long they are and what they begin and end with, read from
the parsed pattern (``docgen/shapes/prefilter.py``): each fact must hold for every match, which
is checked here on made-up patterns — sequences, branches, lookarounds, small classes, repeats
that may be absent, case-insensitive parts, anchors — with strings they match, written and
drawn at random, and on every pattern of the chrome families with the examples they match."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import random
import re
from re import _casefix  # type: ignore[attr-defined]

import pytest

from docgen.shapes import prefilter
from docgen.shapes.chrome import bare, families, fold, unglossed
from docgen.shapes.prefilter import Words, facts


def _holds(pattern: str, text: str, search: bool = False) -> None:
    """``text`` is matched by ``pattern`` (searched for, or matched whole): every fact of the
    pattern holds of it."""
    compiled = re.compile(pattern)
    found = compiled.search(text) if search else compiled.fullmatch(text)
    assert found is not None, (pattern, text)
    known = facts(pattern)
    low = text.lower()
    for words in known.needs:
        assert words.known
        assert words.held(text, low), (pattern, text, words)
    matched = found.group()
    assert known.shortest <= len(matched) <= known.longest, (pattern, text)
    if matched:
        for chars, char in ((known.first, matched[0]), (known.last, matched[-1])):
            assert chars is None or chars.takes(char), (pattern, text, chars)
        ends = prefilter.Ends(), prefilter.Ends()
        ends[0].add(known.first, 1)
        ends[1].add(known.last, 1)
        assert ends[0].mask(matched[0]) == 1 and ends[1].mask(matched[-1]) == 1, (pattern, text)


#: Made-up patterns and strings each matches whole.
MADE_UP = [
    ("ab(?:cd|ef)g", ["abcdg", "abefg"]),
    ("(?:本文)?(?:原标题|原题)\\s*[:：]", ["原标题：", "本文原题 :", "原题:"]),
    (".{2,6}?(?:\\.{2,}|…+|。{3,})", ["两个字..", "某某某…", "某某。。。。"]),
    ("(?=.*(?:转载|来源))(?!第\\S{1,6}条).{0,20}版权", ["来源不明版权", "转载须知版权"]),
    ("(?<=甲)乙丙|丁", ["丁"]),
    ("[xyz]\\d{2}", ["x12", "z00"]),
    ("(?:ab)*c", ["c", "abc", "ababc"]),
    ("(?:ab)+c", ["abc", "ababc"]),
    ("(?:ab){2,3}c?", ["abab", "abababc"]),
    ("x(?:ab){0,2}y", ["xy", "xaby", "xababy"]),
    ("^首页$", ["首页"]),
    ("\\b(?:news|about)\\b", ["news", "about"]),
    ("(?i)copyright\\s*\\d{4}", ["Copyright 2024", "COPYRIGHT2024", "copyright 1999"]),
    ("(?i:ICP)备\\d+号", ["ICP备12号", "icp备3号", "Icp备45号"]),
    ("(?i)(?:Kelvin|sign)", ["\u212aelvin", "KELVIN", "SIGN", "ſign"]),
    ("(?i)[a-c]\\d", ["A1", "b2"]),
    ("(?i:views?)\\s*\\d+\\s*(?i:comments?)", ["Views 3 Comments", "view2comment"]),
    ("([a-z]{2,4}_[a-z]{2,4})\\1+", ["ab_cdab_cd", "xyz_wvxyz_wvxyz_wv"]),
    ("(?>ab|a)c", ["abc"]),
    ("a*+b", ["aab", "b"]),
    ("[^，。]{1,4}(?:\\s+[^，。]{1,4}){2,}", ["首页 新闻 公告", "a b c d"]),
    ("\\S{0,4}(?:代码|代号)\\s*[:：]\\s*\\d{1,3}", ["行政代码：12", "代号:1"]),
    ("(?:第\\s*\\d+\\s*页|共\\s*\\d+\\s*页)", ["第 3 页", "共12页"]),
    ("[\u4e00-\u9fff]{2,4}\\s+[A-Z][a-z]+", ["新闻 News", "关于我们 About"]),
    ("\\W{0,3}(?:篇幅|字数)(?:有限|所限)", ["（篇幅有限", "字数所限"]),
    ("(?:a|b|)c", ["c", "ac", "bc"]),
    ("(?:)", [""]),
]


@pytest.mark.parametrize(("pattern", "texts"), MADE_UP, ids=[p for p, _ in MADE_UP])
def test_every_fact_holds_of_the_strings_a_made_up_pattern_matches(pattern, texts):
    for text in texts:
        _holds(pattern, text)
        _holds(pattern, text, search=True)
        if re.search(pattern, f"前{text}后"):
            _holds(pattern, f"前{text}后", search=True)


@pytest.mark.parametrize(("pattern", "texts"), MADE_UP, ids=[p for p, _ in MADE_UP])
def test_every_fact_holds_of_random_strings_a_made_up_pattern_matches(pattern, texts):
    chars = sorted({c for t in texts for c in t} | set("aAbB1 ._，。:：\u212aſıİ前"))
    draw = random.Random(pattern)
    compiled = re.compile(pattern)

    def piece() -> str:
        if draw.random() < 0.5:
            return draw.choice(chars)
        text = draw.choice(texts)
        start = draw.randrange(len(text) + 1)
        return text[start:draw.randrange(start, len(text) + 1)] if draw.random() < 0.5 else text

    for _ in range(3000):
        text = "".join(piece() for _ in range(draw.randrange(0, 5)))
        text = text.swapcase() if draw.random() < 0.2 else text
        if compiled.fullmatch(text):
            _holds(pattern, text)
        if compiled.search(text):
            _holds(pattern, text, search=True)


def _needs(pattern: str) -> set[frozenset[str]]:
    return {n.words for n in facts(pattern).needs}


def test_what_a_sequence_branch_repeat_and_lookaround_hold():
    assert frozenset({"abcdg", "abefg"}) in _needs("ab(?:cd|ef)g")
    assert frozenset({"原标题", "原题"}) in _needs("(?:本文)?(?:原标题|原题)")  # 本文原标题 holds 原标题
    assert frozenset({"..", "…", "。。。"}) in _needs(".{4,180}?(?:\\.{2,}|…+|。{3,})")
    assert frozenset({"转载", "来源"}) in _needs("(?=.*(?:转载|来源)).{0,20}版权")
    assert frozenset({"甲"}) in _needs("(?<=甲)乙")
    assert frozenset({"x", "y", "z"}) in _needs("[xyz]\\d")
    assert _needs("(?:ab)*c") == {frozenset({"c"})}  # a repeat that may be absent holds nothing
    assert _needs("(?!不)要") == {frozenset({"要"})}  # nor does a negative lookahead
    assert _needs("\\d+\\s*") == set()  # nothing known: the pattern is always tried
    assert _needs("([a-z]+)_\\1") == {frozenset({"_"})}


def test_a_pattern_without_regard_to_case_is_compared_lowered_and_never_by_i_or_s():
    found = facts("(?i)Copyright|All rights").needs
    assert found and all(n.folded for n in found)
    assert all("i" not in w and "s" not in w for n in found for w in n.words)
    assert Words(frozenset({"cp备"}), True) in facts("(?i:CP)备").needs  # ICP: no i


def test_what_a_match_is_long_and_begins_and_ends_with():
    known = facts("(?:本文)?原标题[:：]")
    assert (known.shortest, known.longest) == (4, 6)
    assert known.first is not None and known.first.plain == {"本", "原"}
    assert known.last is not None and known.last.plain == {":", "："}
    assert facts(".{0,3}X").first is None
    assert facts("\\d+").first is not None and facts("\\d+").first.takes("٣")
    upper = facts("(?i)ab").first
    assert upper is not None and upper.takes("A") and not upper.takes("甲")


def test_lowering_tells_every_character_the_engine_takes_for_a_foldable_one():
    lowered = [_sre.unicode_tolower(c) for c in range(0x110000)]
    foldable = {lowered[ord(c)] for c in map(chr, range(0x110000))
                if _sre.unicode_iscased(ord(c)) and prefilter.foldable(c)}
    assert {chr(c) for c in foldable} >= set("abcxyz") and not {"i", "s"} & {chr(c) for c in foldable}
    for code, low in enumerate(lowered):
        if low in foldable:
            assert chr(code).lower() == chr(low), hex(code)
        # a character without case stands for itself alone, without regard to case too
        assert low == code or _sre.unicode_iscased(low), hex(code)
    assert all(_sre.unicode_iscased(c) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v))


@pytest.mark.parametrize("family", families(), ids=lambda f: f.name)
def test_every_fact_of_a_chrome_pattern_holds_of_the_examples_it_matches(family):
    for text in (*family.examples, *family.counterexamples):
        rest = bare(fold(unglossed(text)))
        for source in family.sources:
            pattern = fold(source)
            compiled = re.compile(pattern)
            if (compiled.search if family.search else compiled.fullmatch)(rest):
                _holds(pattern, rest, search=family.search)
