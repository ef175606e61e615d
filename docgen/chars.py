"""Character classes of Chinese text, shared by the cleaner, the parser and the typesetter.

The punctuation sets follow GB/T 15834-2011 (标点符号用法); §5.1 of that standard gives the
line-start and line-end rules used by :mod:`docgen.typesetting`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Sentence-final marks: 句号、问号、叹号 (full and half width) and the ellipsis.
SENTENCE_END = frozenset("。！？!?…")

#: Marks after which a clause ends (used to find the end of a run-in lead).
CLAUSE_END = frozenset("。！？；：!?;:")

#: Opening halves of paired marks (引号、括号、书名号…): never at the end of a line.
OPENING = frozenset("“‘（《〈「『〔【［｛([{")

#: Closing halves of paired marks: never at the start of a line.
CLOSING = frozenset("”’）》〉」』〕】］｝)]}")
_CLOSING_CHARS = "".join(sorted(CLOSING))

#: Marks that never start a line (GB/T 15834 §5.1): 句号 逗号 顿号 分号 冒号 问号 叹号,
#: the closing halves, 连接号 and 间隔号.
NO_LINE_START = frozenset("。，、；：？！.,;:?!…‥%％℃·・–～-") | CLOSING

#: Marks that never end a line.
NO_LINE_END = OPENING

#: Full-width forms a half-width mark takes between Chinese characters.
FULLWIDTH_OF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

#: The small form variants of the marks (U+FE50…U+FE57, ``﹐﹑﹕``, as some pages typed in
#: traditional characters use them) folded to the full-width marks they stand for.
SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗", "，、。；：？！")

PUNCTUATION = frozenset("。，、；：？！…—·“”‘’（）《》〈〉「」『』〔〕【】［］｛｝～－") | frozenset(
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def is_cjk(ch: str) -> bool:
    """True for a Han character (any CJK ideograph block, BMP or supplementary)."""
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3FFFF or cp == 0x3007)


def is_fullwidth(ch: str) -> bool:
    """True for characters that take a whole 字 cell: Han, kana, hangul, CJK punctuation
    and full-width forms."""
    cp = ord(ch)
    return (is_cjk(ch) or 0x3000 <= cp <= 0x30FF or 0xFF01 <= cp <= 0xFF60
            or 0xFFE0 <= cp <= 0xFFE6 or 0xAC00 <= cp <= 0xD7AF or ch in "“”‘’—…·")


def is_cjk_context(ch: str) -> bool:
    """True for characters around which punctuation should be full-width."""
    return is_fullwidth(ch) and ch != " "


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence (allowing closing quotes/brackets after the mark)?"""
    stripped = text.rstrip().rstrip(_CLOSING_CHARS)
    return bool(stripped) and stripped[-1] in SENTENCE_END  # (``……`` ends with ``…``)


def glue(left: str, right: str) -> str:
    """Two pieces of one line that was broken apart, joined again: Chinese text joins without
    a space, two Latin words or numbers on either side of the break are kept apart by one."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


class _Widths(dict):
    """Character → columns, filled in as characters are met (a few thousand at most)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_column_width = _Widths().__getitem__


#: Blocks every character of which is wide or full-width in every Unicode version: CJK symbols
#: and punctuation up to U+303E (U+303F is narrow), the unified ideographs, the full-width
#: forms of ASCII.  A run of them is taken out of a line at once rather than looked up
#: character by character.
_ALWAYS_WIDE = "\u3000-\u303e\u4e00-\u9fff\uff01-\uff60"


@functools.cache
def _wide_runs() -> re.Pattern[str]:
    """Runs of :data:`_ALWAYS_WIDE` characters (compiled on first use: a CJK range costs a
    little to compile, and not every command measures text)."""
    return re.compile(f"[{_ALWAYS_WIDE}]+")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or a plain-text file: 2 for a wide or full-width
    character (Unicode East Asian Width W or F), 1 for any other.  The characters of the
    blocks of :data:`_ALWAYS_WIDE` (most of a Chinese line) count 2 without a look each; the
    others are looked up one by one."""
    if text.isascii():
        return len(text)
    rest = _wide_runs().sub("", text)
    return 2 * (len(text) - len(rest)) + sum(map(_column_width, rest))


#: What must not reach a document's one-line fields (title, metadata) or a terminal raw: a
#: terminal escape sequence (``ESC [ … letter``, ``ESC x``) as a whole, C0 and C1 control
#: characters, DEL, and the bidirectional embedding, override and isolate controls (which
#: can make a name read backwards).
CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_SPACE = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")


def without_controls(text: str) -> str:
    """``text`` as one printable line: tabs and line ends become a space, terminal escape
    sequences and control characters are removed."""
    return CONTROLS.sub("", _LINE_SPACE.sub(" ", text))


def for_terminal(text: str) -> str:
    """``text`` (a message naming a file) safe to print: each control character shown as
    an escape, ``\\x1b``, so that a file name cannot move the cursor or clear the screen."""
    return CONTROLS.sub(lambda m: "".join(_escape(ch) for ch in m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    return ch if code < 0x7F else f"\\u{code:04x}"  # the printable part of an escape sequence
