"""The sieve of the chrome families looks at a line only through the patterns its length, its
first and last characters and the strings it holds leave (``docgen/shapes/chrome.py``): it must
answer as the sieve of every pattern joined in one did, and :func:`family_of` as it did with
that sieve — for every example and counter-example of the file, and for lines made up of them."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

import pytest

from docgen.shapes import chrome
from docgen.shapes.chrome import LOST_INDENT, TOOLS_FAMILY, bare, families, family_of, fold, unglossed
from docgen.shapes.meta import CHROME_TOKEN

# The sieve as it was first written — every pattern in one — kept here as the reference the
# sieve must answer as.

#: Flags set for a whole pattern (``(?i)…``), which can only stand at the start of one.
_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def _scoped(pattern: str) -> str:
    """``pattern`` with its flags for the whole (``(?i)x``) made flags of a group (``(?i:x)``),
    so that it can stand among others in one pattern."""
    flags = _GLOBAL_FLAGS.match(pattern)
    return f"(?{flags.group(1)}:{pattern[flags.end():]})" if flags else f"(?:{pattern})"


@cache
def _joined_sieve() -> _JoinedSieve:
    """The sieve as it was first written — every pattern in one."""

    def joined(search: bool) -> re.Pattern[str] | None:
        parts = [_scoped(fold(p)) for f in families() if f.search == search for p in f.sources]
        return re.compile("|".join(parts)) if parts else None

    return _JoinedSieve(joined(False), joined(True))


@dataclass(frozen=True, slots=True)
class _JoinedSieve:
    """The patterns of several families in two patterns, those matched against the whole
    line and those searched for in it."""

    whole: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    def matches(self, text: str) -> bool:
        return bool((self.whole is not None and self.whole.fullmatch(text))
                    or (self.anywhere is not None and self.anywhere.search(text)))


def _rest(text: str) -> str:
    rest = bare(fold(unglossed(text)))
    return LOST_INDENT.sub("", rest) if rest.startswith("??") else rest


def _as_before(text: str, scopes: tuple[chrome.Scope, ...]) -> chrome.Family | None:
    """What :func:`family_of` said with the sieve of every pattern joined in one."""
    if not text:
        return None
    rest = _rest(text)
    if rest and not _joined_sieve().matches(rest):
        return None
    for family in families():
        if family.scope in scopes and (family.name == TOOLS_FAMILY if not rest else family.matches_folded(rest)):
            return family
    return None


def _lines() -> list[str]:
    """Every example and counter-example of the file, and a few hundred lines made of them:
    cut, joined, wrapped in text, in the other case, with a traditional character."""
    given = [t for f in families() for t in (*f.examples, *f.counterexamples)]
    draw = random.Random(20240513)
    made = []
    for _ in range(600):
        text = draw.choice(given)
        how = draw.randrange(7)
        if how == 0:
            start = draw.randrange(len(text))
            text = text[start:draw.randrange(start, len(text)) + 1]
        elif how == 1:
            text = f"{text} {draw.choice(given)}"
        elif how == 2:
            text = f"{draw.choice(['关于', '（', '2024年', '记者 ', '【'])}{text}{draw.choice(['。', '）', '】', ' 12', ''])}"
        elif how == 3:
            text = text.swapcase()
        elif how == 4:
            text = text.replace("关", "關").replace("阅", "閱").replace("号", "號")
        elif how == 5:
            text = f"{text}，{draw.choice(given)}。"
        else:
            text = text[1:] + text[:1]
        made.append(text)
    return given + made + [
        "首页 | 新闻 | 公告", "COPYRIGHT 2024", "Page 3 of 9", "各单位：", "正文内容。", "",
        "今天是我们学校建校一百周年的日子。", "第一条 为了规范管理，制定本办法。", "??? □記者 某某 報(bào)道",
        "【打印】【关闭】", "字体：大 中 小", "some_imgsome_img", "ΣΑΣ ſign \u212aelvin İstanbul",
    ]


LINES = _lines()


@pytest.mark.parametrize("scopes", [("line",), ("line", "page")])
def test_family_of_answers_as_with_every_pattern_joined(scopes):
    assert len(LINES) > 1000
    assert [family_of(t, scopes) for t in LINES] == [_as_before(t, scopes) for t in LINES]


def test_the_sieve_answers_as_every_pattern_joined():
    new, old = chrome._sieve(), _joined_sieve()
    rests = [r for r in map(_rest, LINES) if r]
    assert [new.matches(r) for r in rests] == [old.matches(r) for r in rests]
    assert sum(old.matches(r) for r in rests) > 500
    assert new.matches("") == old.matches("")


def test_folding_and_baring_a_line_that_needs_neither_leave_it_as_it_is():
    table = chrome._fold_table()
    for text in LINES:
        assert fold(text) == text.translate(table)
        assert bare(text) == CHROME_TOKEN.sub("", text).strip(chrome._EDGES)


def test_the_patterns_of_the_families_that_fit_a_line_are_those_the_sieve_keeps_to():
    entries, every = chrome._sieve().entries, families()
    for rest in [r for r in map(_rest, LINES) if r] + ["很" * n + end for n in (3, 16, 17, 41, 401) for end in ("", "。")]:
        mask = chrome._fitting().mask(rest)
        assert [bool(mask >> i & 1) for i in range(len(entries))] == [every[e.family].fits(rest) for e in entries]
