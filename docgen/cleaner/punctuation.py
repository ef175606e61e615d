"""Punctuation normalisation for Chinese text (GB/T 15834-2011 full-width forms).

Only marks standing in Chinese context change: ``1,000``, ``10:30``, ``f(x)``, ``e.g.``,
URLs, e-mail addresses and Latin text keep their half-width forms, and redaction
placeholders are never touched.  Straight quotes become curly ones by pairing (a quote
followed by a comma or full stop closes, one after a colon opens, otherwise they alternate),
and a pair is converted whole.  Each step only ever turns a half-width form into a full-width
one, and the steps are repeated until nothing changes, so normalising twice changes nothing.
"""

from __future__ import annotations

import re

from ..chars import FULLWIDTH_OF, is_cjk_context
from . import patterns as P

#: Private-use characters standing in for protected spans while marks are normalised:
#: URLs and e-mail addresses count as Latin text, placeholders as Chinese text.
_LATIN_MASK = 0xE000
_CHINESE_MASK = 0xE800
_MASK_SLOTS = 0x800

#: After these a straight quote opens; before these it closes.
_OPENS_AFTER = frozenset("：:，,、（(《[【；;—")
_CLOSES_BEFORE = frozenset("，。、；：？！,.;:?!）)》]】…—")

_DOTS = re.compile(r"\.{3,}|。{3,}|[·・]{3,}")
_ELLIPSIS_RUN = re.compile(r"…+")
_FAKE_DASH = re.compile(r"[-－─]{2,}")
_SPACE_BY_MARK = re.compile(r"(?<=[，。、；：？！])[ \u00a0]+|[ \u00a0]+(?=[，。、；：？！])")


#: Something a step below could change: a half-width mark, quote, parenthesis or full stop,
#: a dash or dot run, an ellipsis, a space.  Most lines of Chinese text hold none of them and
#: are returned as they are, without the character-by-character passes.
_MAY_CHANGE = re.compile(r"[,;:?!.()\"'\-－─·・…\u00a0 ]|。。。")


def normalise(text: str) -> str:
    if _MAY_CHANGE.search(text) is None or not any(is_cjk_context(c) for c in text):
        return text
    masked, spans = _mask(text)
    for _ in range(5):
        before = masked
        masked = _pass(masked)
        if masked == before:
            break
    return _unmask(masked, spans)


def _pass(text: str) -> str:
    text = _ellipses(text)
    text = _dashes(text)
    text = _parentheses(text)
    text = _quotes(text, '"', "“", "”")
    text = _quotes(text, "'", "‘", "’")
    text = _marks(text)
    text = _full_stops(text)
    return _SPACE_BY_MARK.sub(lambda m: "" if _space_between_chinese(m) else m.group(), text)


# --------------------------------------------------------------------------- protected spans


def _mask(text: str) -> tuple[str, list[str]]:
    if any(_LATIN_MASK <= ord(c) < _CHINESE_MASK + _MASK_SLOTS for c in text):
        return text, []  # the text uses these code points itself: protect nothing
    spans: list[str] = []

    def keep(base: int):
        def sub(m: re.Match[str]) -> str:
            if len(spans) >= _MASK_SLOTS:
                return m.group()
            spans.append(m.group())
            return chr(base + len(spans) - 1)
        return sub

    text = P.URL.sub(keep(_LATIN_MASK), text)
    text = P.EMAIL.sub(keep(_LATIN_MASK), text)
    text = P.PLACEHOLDER.sub(keep(_CHINESE_MASK), text)
    return text, spans


def _unmask(text: str, spans: list[str]) -> str:
    if not spans:
        return text
    out = []
    for ch in text:
        cp = ord(ch)
        for base in (_LATIN_MASK, _CHINESE_MASK):
            if base <= cp < base + len(spans):
                ch = spans[cp - base]
                break
        out.append(ch)
    return "".join(out)


def _chinese(ch: str) -> bool:
    return bool(ch) and (is_cjk_context(ch) or _CHINESE_MASK <= ord(ch) < _CHINESE_MASK + _MASK_SLOTS)


def _latin(ch: str) -> bool:
    return bool(ch) and ((ch.isascii() and ch.isalnum()) or _LATIN_MASK <= ord(ch) < _CHINESE_MASK)


def _space_between_chinese(m: re.Match[str]) -> bool:
    text, start, end = m.string, m.start(), m.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return _chinese(before) and _chinese(after)


# --------------------------------------------------------------------------- steps


def _ellipses(text: str) -> str:
    def dots(m: re.Match[str]) -> str:
        run = m.group()
        if run[0] == ".":
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if not (_chinese(before) or _chinese(after)):
                return run
        return "……"

    text = _DOTS.sub(dots, text)
    return _ELLIPSIS_RUN.sub(lambda m: "……" if len(m.group()) in (1, 3) else
                             "…" * (len(m.group()) - len(m.group()) % 2), text)


def _dashes(text: str) -> str:
    def dash(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        return "——" if _chinese(before) or _chinese(after) else m.group()

    return _FAKE_DASH.sub(dash, text)


def _parentheses(text: str) -> str:
    chars = list(text)
    stack: list[int] = []
    for i, ch in enumerate(chars):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）" and stack:
            start = stack.pop()
            if _chinese_parentheses(chars, start, i):
                chars[start], chars[i] = "（", "）"
    return "".join(chars)


def _chinese_parentheses(chars: list[str], start: int, end: int) -> bool:
    if "（" in (chars[start], chars[end]) or "）" in (chars[start], chars[end]):
        return True  # one half is full-width already: make the pair match
    if any(_chinese(c) for c in chars[start + 1:end]):
        return True
    before = chars[start - 1] if start else ""
    after = chars[end + 1] if end + 1 < len(chars) else ""
    return _chinese(before) or (_chinese(after) and not _latin(before))


def _quotes(text: str, straight: str, opening: str, closing: str) -> str:
    if straight not in text:
        return text
    chars = list(text)
    roles = _quote_roles(chars, straight, opening, closing)
    open_at: int | None = None
    for i, role in roles:
        if role == "open":
            open_at = i
        elif open_at is not None:
            if _chinese_pair(chars, open_at, i):
                chars[open_at] = opening if chars[open_at] == straight else chars[open_at]
                chars[i] = closing if chars[i] == straight else chars[i]
            open_at = None
    return "".join(chars)


def _quote_roles(chars: list[str], straight: str, opening: str, closing: str) -> list[tuple[int, str]]:
    """Each quote's role, ``open`` or ``close``: curly quotes say it; a straight one closes
    before a mark and opens after a colon or comma, and otherwise alternates."""
    roles = []
    inside = False
    for i, ch in enumerate(chars):
        if ch not in (straight, opening, closing):
            continue
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if straight == "'" and ch == "'" and _latin(prev) and _latin(nxt):
            continue  # an apostrophe: don't, it's
        if ch == opening:
            role = "open"
        elif ch == closing or ((not nxt or nxt in _CLOSES_BEFORE) and inside):
            role = "close"
        elif (not prev or prev in _OPENS_AFTER or prev == " ") and not inside:
            role = "open"
        else:
            role = "close" if inside else "open"
        inside = role == "open"
        roles.append((i, role))
    return roles


def _chinese_pair(chars: list[str], start: int, end: int) -> bool:
    before = chars[start - 1] if start else ""
    after = chars[end + 1] if end + 1 < len(chars) else ""
    inner = chars[start + 1:end]
    return (any(_chinese(c) for c in inner) or _chinese(before) or _chinese(after)
            or chars[start] not in "\"'" or chars[end] not in "\"'")


def _marks(text: str) -> str:
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch not in ",;:?!":
            continue
        prev = _neighbour(chars, i, -1)
        nxt = _neighbour(chars, i, 1)
        if prev.isdigit() and (nxt.isdigit() or not nxt):
            continue  # 1,000 / 10:30 / 3:2
        if _chinese(prev) or _chinese(nxt):  # "Python, Java" has Chinese on neither side
            chars[i] = FULLWIDTH_OF[ch]
    return "".join(chars)


#: A half-width full stop ending a Chinese sentence: after a Han character (not a number
#: label such as ``一.`` at the start), before the end, a space or more Chinese text.
_HALF_STOP = re.compile(r"(?<=[\u3400-\u9fff”’）])\.(?=$|\s|[\u3400-\u9fff“‘（])")
_NUMBER_LABEL = re.compile(r"^[一二三四五六七八九十]+\.")


def _full_stops(text: str) -> str:
    label = _NUMBER_LABEL.match(text)
    start = label.end() if label else 0
    return text[:start] + _HALF_STOP.sub("。", text[start:])


def _neighbour(chars: list[str], i: int, step: int) -> str:
    """The nearest character before (step -1) or after (+1) position ``i``, past spaces."""
    j = i + step
    while 0 <= j < len(chars) and chars[j] == " ":
        j += step
    return chars[j] if 0 <= j < len(chars) else ""
