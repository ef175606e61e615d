"""Keyword links a page inserts into a body sentence, each on its own line: the sentence is cut
at its commas, the piece before a link ends with ``,`` and the piece after it starts with ``,``,
and between them stands a short run of words with no punctuation (``产品代销``, ``网路行销顾问``)."""

from __future__ import annotations

import re

from ..shapes import Line
from ..shapes import patterns as S
from .context import Context

#: Longest inserted link (characters): a keyword or two, never a sentence.
MAX_LINK_CHARS = 12

#: Fewest such links a text must hold before any is dropped: one short line between two comma
#: pieces may be the text's own word; three are a page's inserted keywords.
MIN_LINKS = 3

#: A link: letters, digits and spaces only — no punctuation of either width (a heading or list
#: item carries its number's mark, a sentence its stop).
_LINK = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9 \u3000]+$")

#: A sentence piece cut before a link (ends in a comma) and one cut after it (starts with one).
_CUT_BEFORE = (",", "，")
_CUT_AFTER = (",", "，")


def inserted_links(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop keyword links inserted into body sentences: three or more short unpunctuated lines
    each standing between a line that ends in a comma and one that starts with one.

    Example::

        台风逼近本岛,
        产品代销
        ,沿海昨天已宣布停课,
        网路行销顾问
        ,今天影响区域更近。时值开学前,
        泡菜料理
        ,如果宣布停课,
        →
        台风逼近本岛,
        ,沿海昨天已宣布停课,
        ,今天影响区域更近。时值开学前,
        ,如果宣布停课,
    """
    texts = [(i, line.text.strip()) for i, line in enumerate(lines) if line.text.strip()]
    found = [texts[n][0] for n in range(1, len(texts) - 1)
             if _link(texts[n][1]) and texts[n - 1][1].endswith(_CUT_BEFORE)
             and texts[n + 1][1].startswith(_CUT_AFTER)]
    if len(found) < MIN_LINKS:
        return lines
    for i in found:
        ctx.drop(lines[i], "keyword link inserted into a sentence")
    gone = set(found)
    return [line for i, line in enumerate(lines) if i not in gone]


def _link(text: str) -> bool:
    """Short, unpunctuated, and no heading (no number of a heading's shape)."""
    return (len(text) <= MAX_LINK_CHARS and bool(_LINK.match(text))
            and S.match_number(text) is None)
