"""Punctuation normalisation for Chinese text (GB/T 15834-2011 full-width forms).

Only marks standing in Chinese context change: ``1,000``, ``10:30``, ``f(x)``, ``e.g.``,
URLs, e-mail addresses and Latin text keep their half-width forms, and redaction
placeholders are never touched.  Straight quotes become curly ones by pairing (a quote
followed by a comma or full stop closes, one after a colon opens, otherwise they alternate),
and a pair is converted whole.  Each step only ever turns a half-width form into a full-width
one, and the steps are repeated until nothing changes, so normalising twice changes nothing.

A long line is normalised in pieces, each remembered: joining broken lines asks for the same
line again and again as it grows (a paragraph of a hundred lines, a hundred times), and
only the new end of it is normalised then, so every character is passed over a bounded
number of times (:data:`WORK` counts them).  A line is cut only where nothing of one piece
can change the other: between a Han character and a full stop, comma or Han character
before it, where no straight quote or parenthesis is waiting for its partner (or none can
come after it) — so the pieces come out as the whole line would.  A stretch of more than
:data:`MAX_PIECE` characters without such a place (a straight quote or parenthesis left
open, with more of its kind to come) is cut all the same: a pair further apart than that is
not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_FAKE_DASH = re.compile(r"[-－─―]{2,}")
_SPACE_BY_MARK = re.compile(r"(?<=[，。、；：？！])[ \u00a0]+|[ \u00a0]+(?=[，。、；：？！])")


#: Something a step below could change: a half-width mark, quote, parenthesis or full stop,
#: a dash or dot run, an ellipsis, a space.  Most lines of Chinese text hold none of them and
#: are returned as they are, without the character-by-character passes.
_MAY_CHANGE = re.compile(r"[,;:?!.()\"'\-－─―·・…\u00a0 ]|。。。")


def normalise(text: str) -> str:
    if _MAY_CHANGE.search(text) is None or not any(is_cjk_context(c) for c in text):
        return text
    protect = _PRIVATE_USE.search(text) is None  # the text uses the mask code points itself
    return "".join([_piece(piece, protect)[0] for piece in _pieces(text, protect)])


def normalise_whole(text: str) -> str:
    """:func:`normalise` without pieces: the whole line at once (what the pieces must equal)."""
    if _MAY_CHANGE.search(text) is None or not any(is_cjk_context(c) for c in text):
        return text
    return _normalised(text, _PRIVATE_USE.search(text) is None)[0]


# --------------------------------------------------------------------------- pieces

#: Steps passed over a text until nothing changes, at most this many times.
MAX_STEPS = 5
#: A stretch without a place to cut is cut all the same after this many characters (no
#: text of the corpus has one; a quotation that long is set in curly quotes, which pair alone).
MAX_PIECE = 512
#: Pieces normalised and remembered (cleared when full; a long document has a few thousand).
PIECE_CACHE = 65536


@dataclass
class Work:
    """Characters passed over by the steps (each pass over a text counts its length)."""

    characters: int = 0


WORK = Work()

#: The places a line may be cut, found as the ends of segments of at most 128 characters:
#: a sentence end before a Han character, else the last Han character, comma, colon or full
#: stop before a Han character, else (no such place within 128) the first one.
_SEGMENT = re.compile(
    r"(?s).{0,127}?[。！？；](?=[\u3400-\u9fff])"
    r"|.{0,127}[\u3400-\u9fff，、：。！？；](?=[\u3400-\u9fff])"
    r"|.+?[\u3400-\u9fff，、：。！？；](?=[\u3400-\u9fff])"
    r"|.+")
_PRIVATE_USE = re.compile(f"[{chr(_LATIN_MASK)}-{chr(_CHINESE_MASK + _MASK_SLOTS - 1)}]")
#: The characters of each kind of pair: a kind left open at a cut must not occur after it.
_KINDS = ('"“”', "'‘’", ")）")

_PIECES: dict[tuple[str, bool], tuple[str, tuple[bool, bool, bool]]] = {}


def _pieces(text: str, protect: bool) -> list[str]:
    """``text`` cut where the pieces normalise as the whole does.  A line growing by lines
    joined to it starts where a line cut before ended: its cuts are taken over up to the
    last one, and only the rest is looked at."""
    done, start = _resumed(text, protect)
    segments = _SEGMENT.findall(text, start)
    last = [max(text.rfind(c) for c in kind) for kind in _KINDS]
    pieces, at, kept, lasting = [], start, 0, True
    for segment in segments[:-1]:
        at += len(segment)
        WORK.characters += len(segment)
        piece = text[start:at]
        forced = at - start >= MAX_PIECE
        closed = (True, True, True) if forced else _piece(piece, protect)[1]
        if forced or (_LABEL_AT.match(text, at) is None
                      and all(ok or after < at for ok, after in zip(closed, last))):
            pieces.append(piece)
            start = at
            lasting = lasting and all(closed)  # cuts that more text after them cannot undo
            if lasting:
                kept = len(pieces)
    pieces.append(text[start:])
    if kept:
        head = done + pieces[:kept]
        _CUT.insert(0, ("".join(head), protect, head))
        del _CUT[_CUT_MEMORY:]
    return done + pieces


#: The lines most recently cut: the text up to the last cut, and the pieces before it.
_CUT: list[tuple[str, bool, list[str]]] = []
_CUT_MEMORY = 8


def _resumed(text: str, protect: bool) -> tuple[list[str], int]:
    """The pieces of the longest line recently cut that ``text`` starts with (up to its
    last cut), and where they end."""
    for head, protected, pieces in _CUT:
        at = len(head)
        if (protected == protect and at < len(text) and text.startswith(head)
                and _HAN.match(text, at) and _LABEL_AT.match(text, at) is None):
            return list(pieces), at
    return [], 0


#: What must follow a cut (see :data:`_SEGMENT`).
_HAN = re.compile(r"[\u3400-\u9fff]")


def forget() -> None:
    """Empty the pieces and cuts remembered so far, as for a process that has cleaned nothing
    yet (the speed bench's first look)."""
    _PIECES.clear()
    _CUT.clear()


def _piece(text: str, protect: bool) -> tuple[str, tuple[bool, bool, bool]]:
    """A piece normalised, remembered."""
    key = (text, protect)
    found = _PIECES.get(key)
    if found is None:
        if len(_PIECES) >= PIECE_CACHE:
            _PIECES.clear()
        found = _PIECES[key] = _normalised(text, protect)
    return found


def _normalised(text: str, protect: bool) -> tuple[str, tuple[bool, bool, bool]]:
    """``text`` normalised, and for each kind of pair (double quotes, single quotes,
    parentheses) whether none was left open at the end of the text before any pass."""
    masked, spans = _mask(text) if protect else (text, [])
    closed = (True, True, True)
    for _ in range(MAX_STEPS):
        closed = tuple(a and b for a, b in zip(closed, _closed(masked)))  # type: ignore[assignment]
        before = masked
        masked = _pass(masked)
        if masked == before:
            break
    else:
        closed = tuple(a and b for a, b in zip(closed, _closed(masked)))  # type: ignore[assignment]
    return _unmask(masked, spans), closed


_QUOTE_CHARS = re.compile("[\"“”'‘’]")
_PARENTHESES = re.compile("[(（)）]")


def _closed(text: str) -> tuple[bool, bool, bool]:
    """Whether no double quote, single quote or parenthesis is left open at the end of
    ``text`` as the steps pair them."""
    if _QUOTE_CHARS.search(text) is None:
        quotes = (True, True)
    else:
        chars = list(text)
        quotes = tuple(not roles or roles[-1][1] == "close"  # type: ignore[assignment]
                       for roles in (_quote_roles(chars, *kind) for kind in (('"', "“", "”"), ("'", "‘", "’"))))
    depth = 0
    for m in _PARENTHESES.finditer(text):
        depth = depth + 1 if m.group() in "(（" else max(depth - 1, 0)
    return quotes[0], quotes[1], depth == 0


def _pass(text: str) -> str:
    WORK.characters += len(text)
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
        if m.group().strip("―") == "":  # horizontal bars: a dash as GBK texts decode it, Chinese anywhere
            return "—" * len(m.group())
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
    marks = [i for i, ch in enumerate(chars) if ch in ",;:?!"]
    # forwards, then backwards: a run of marks next to Chinese (``::::——``) turns whole in one pass
    for i in marks + marks[::-1]:
        ch = chars[i]
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
#: The same label at a place a line might be cut (a piece starting with it would take it for one).
_LABEL_AT = re.compile(r"[一二三四五六七八九十]+\.")


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
