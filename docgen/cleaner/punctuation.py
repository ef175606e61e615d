"""Punctuation normalisation for Chinese text (GB/T 15834-2011 full-width forms).

Only marks standing in Chinese context change: ``1,000``, ``10:30``, ``e.g.`` and URLs keep
their half-width forms.  Straight quotes become curly ones by pairing, not by blind
replacement.
"""

from __future__ import annotations

import re

from ..chars import FULLWIDTH_OF, is_cjk_context
from . import patterns as P

_NUMBERED_PAREN = re.compile(r"^\((\d{1,2})\)(?=[^\x00-\x7f])")


def normalise(text: str) -> str:
    if not any(is_cjk_context(c) for c in text):
        return text
    text = _ellipses(text)
    text = P.FAKE_DASH.sub("——", text)
    text = _NUMBERED_PAREN.sub(r"（\1）", text)
    text = _parentheses(text)
    text = _marks(text)
    text = _double_quotes(text)
    return _single_quotes(text)


def _ellipses(text: str) -> str:
    text = re.sub(r"\.{3,}|。{3,}|·{3,}", "……", text)
    text = re.sub(r"(?<!…)…(?!…)", "……", text)
    return re.sub(r"…{3,}", "……", text)


def _marks(text: str) -> str:
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch not in ",;:?!":
            continue
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if _chinese_side(prev) or (_chinese_side(nxt) and not _ascii_word(prev)):
            chars[i] = FULLWIDTH_OF[ch]
    return "".join(chars)


def _parentheses(text: str) -> str:
    chars = list(text)
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            inner = chars[start + 1:i]
            if any(is_cjk_context(c) for c in inner):
                chars[start], chars[i] = "（", "）"
    return "".join(chars)


def _double_quotes(text: str) -> str:
    if '"' not in text:
        return text
    out = []
    opening = True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _single_quotes(text: str) -> str:
    if "'" not in text:
        return text
    chars = list(text)
    opening = True
    for i, ch in enumerate(chars):
        if ch != "'":
            continue
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if _ascii_word(prev) and _ascii_word(nxt):  # an apostrophe: don't
            continue
        if opening and (_chinese_side(nxt) or _chinese_side(prev)):
            chars[i] = "‘"
            opening = False
        elif not opening:
            chars[i] = "’"
            opening = True
    return "".join(chars)


def _chinese_side(ch: str) -> bool:
    return bool(ch) and is_cjk_context(ch)


def _ascii_word(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()
