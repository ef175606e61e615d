"""The 版头 at the top of a document (GB/T 9704 §7.2, §10): 份号, 密级和保密期限 and 紧急程度,
the issuing body's mark (one body or several, ``……文件``, an order's ``……令``, minutes'
``……纪要``, a letter's name alone), the 发文字号 and the 签发人 of a 上行文.

:func:`masthead_line` looks at one line above the title and says how many lines of the
版头 start there; what it finds goes into the header's fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import chars
from ..shapes import Line
from ..shapes import patterns as S
from . import patterns as P

#: Spaces or 、 between the names of joint issuers written on one line.
_NAME_SEPARATORS = re.compile(r"[\s\u3000、]+")
#: Longest name of one issuing body in a joint mark (characters).
ISSUER_NAME_MAX_CHARS = 24
#: Most bodies in a joint mark.
JOINT_MAX_ISSUERS = 6
#: A 信函's number names it a letter: 函 in its 机关代字 (``某政办函〔2024〕8号``).  A body's
#: name alone over such a number is a 信函's mark (§10.1: the name without 文件).
LETTER_NUMBER = re.compile(r"函\s*[〔\[（(【]\s*\d{4}")

#: A 发文字号 a copy cut after its count (``某协〔2013〕第008``, the 号 lost): under a mark it is
#: the document's number; ``第`` before the count says it counts, so a year in brackets alone is none.
CUT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*第\s*\d{1,4}")


@dataclass(frozen=True, slots=True)
class Found:
    """What a run of 版头 lines gives: fields (meta name → value), the index after the run,
    and the kind of each line taken (for the header's record)."""

    fields: tuple[tuple[str, str], ...]
    end: int
    kinds: tuple[str, ...]


def masthead_line(lines: tuple[Line, ...], i: int, has: Callable[[str], bool]) -> Found | None:
    """The 版头 lines starting at ``lines[i]`` (above the title), or None.  ``has`` says
    whether a field was already found (a number under a mark, a signer's second line)."""
    text = lines[i].text.strip()
    elements = _elements(text)
    if elements:
        return Found(elements, i + 1, ("masthead",))
    letter = _letter_row(text)
    if letter:
        return Found(letter, i + 1, ("masthead",))
    with_signer = S.NUMBER_WITH_SIGNER.match(text)
    if with_signer:
        return Found((("document_number", with_signer.group("number")),
                      ("signer", signer_names(with_signer.group("names")))), i + 1, ("document_number",))
    if has("issuer") and (S.SERIAL_NUMBER.match(text) or S.DOCUMENT_NUMBER.fullmatch(text) or CUT_NUMBER.fullmatch(text)):
        return Found((("document_number", text),), i + 1, ("document_number",))
    return _mark(lines, i)


def _elements(text: str) -> tuple[tuple[str, str], ...]:
    """份号, 密级 and 紧急程度 (and a 签发人) on one line, alone or several apart by spaces."""
    whole = S.masthead_field(text)
    if whole is not None:
        return (_normalised(*whole),)
    parts = [part for part in re.split(r"[\s\u3000]{2,}|\u3000", text) if part]
    found = [S.masthead_field(part) for part in parts]
    if len(parts) > 1 and all(found):
        return tuple(_normalised(*f) for f in found if f is not None)
    return ()


def _letter_row(text: str) -> tuple[tuple[str, str], ...]:
    """A 信函's row under its rule (GB/T 9704 §10.1): 份号, 密级 or 紧急程度 left and the
    发文字号 right, apart by spaces."""
    number = S.DOCUMENT_NUMBER.search(text)
    if number is None or number.end() != len(text) or number.start() == 0:
        return ()
    head = text[: number.start()]
    if head == head.rstrip():  # no space between: the number's own 机关代字
        return ()
    elements = _elements(head.strip()) or (
        (S.masthead_field(head.strip()),) if S.masthead_field(head.strip()) else ())
    if not elements or any(e is None for e in elements):
        return ()
    return (*(e for e in elements if e is not None), ("document_number", number.group()))


def _numbered(text: str) -> bool:
    """Is ``text`` a line with a document number: the number alone (or an order's or
    minutes' 第X号), with a 上行文's 签发人, or after a 信函's 份号 …?"""
    return bool(S.SERIAL_NUMBER.match(text) or S.DOCUMENT_NUMBER.fullmatch(text)
                or S.NUMBER_WITH_SIGNER.match(text) or _letter_row(text))


def _normalised(key: str, value: str) -> tuple[str, str]:
    if key == "secrecy":
        return key, re.sub(r"[\s\u3000]+", "", value).translate(str.maketrans("☆*＊", "★★★"))
    if key == "signer":
        return key, signer_names(value)
    return key, value


def signer_names(text: str) -> str:
    """Names of signers as the model keeps them: apart by ``、``.  A two-character name
    spaced out (``张　三``) stays one name."""
    parts = [p for p in _NAME_SEPARATORS.split(text.strip()) if p]
    if len(parts) > 1 and all(len(p) == 1 for p in parts):
        return "".join(parts)
    return "、".join(parts)


def _mark(lines: tuple[Line, ...], i: int) -> Found | None:
    """An issuing body's mark starting at line ``i``: ``……文件`` (the names of joint issuers
    on it or on the lines above it, or ``文件`` alone after them), ``……令`` or ``……纪要`` with
    its number under it, or a body's name alone with a document number under it (a
    信函)."""
    names: list[str] = []
    j = i
    while j < len(lines) and len(names) < JOINT_MAX_ISSUERS:
        text = lines[j].text.strip()
        mark = P.ISSUER_MARK.match(text)
        if mark:
            issuer = joint_mark([*names, text.removesuffix("文件")], "文件")
            return Found((("issuer", issuer),), j + 1, ("issuer",) * (j + 1 - i))
        if text == "文件" and names:
            return Found((("issuer", joint_mark(names, "文件")),), j + 1, ("issuer",) * (j + 1 - i))
        if not _body_name(text):
            break
        names.append(text)
        j += 1
        if j + 1 < len(lines) and not lines[j].text.strip() and lines[j + 1].text.strip():
            j += 1  # a copy sets the lines of a mark apart by a blank line: one is stepped over
    return _named_mark(lines, i)


def _named_mark(lines: tuple[Line, ...], i: int) -> Found | None:
    """An order's ``……令``, minutes' ``……纪要`` or a letter's body name, each with a number
    on the next line."""
    text = lines[i].text.strip()
    following = next((line.text.strip() for line in lines[i + 1:] if line.text), "")
    if not _numbered(following) or len(text) > P.ISSUER_MAX_CHARS * 2 or any(c in chars.PUNCTUATION for c in text):
        return None
    if text.endswith(("命令", "令")) and S.SERIAL_NUMBER.match(following):
        return Found((("issuer", text), ("format", "命令")), i + 1, ("issuer",))
    if text.endswith("纪要"):
        return Found((("issuer", text), ("format", "纪要")), i + 1, ("issuer",))
    if _body_name(text) and not S.SERIAL_NUMBER.match(following):
        letter = (("format", "信函"),) if LETTER_NUMBER.search(following) else ()
        return Found((("issuer", text), *letter), i + 1, ("issuer",))
    return None


def _body_name(text: str) -> bool:
    """A line naming one body: short, without punctuation, ending like a body's name."""
    return (0 < len(text) <= ISSUER_NAME_MAX_CHARS and not any(c in chars.PUNCTUATION for c in text)
            and bool(P.BODY_SUFFIX.search(text)) and P.match_number(text) is None)


def joint_mark(names: list[str], suffix: str) -> str:
    """The mark of one or several bodies as the model keeps it: the names apart by ``、``,
    then ``suffix`` (``中共某某县委、某某县人民政府文件``).  Names written on one line apart by
    spaces are split; a name spaced out character by character is one name."""
    parts: list[str] = []
    for name in names:
        pieces = [p for p in _NAME_SEPARATORS.split(name.strip()) if p]
        if len(pieces) > 1 and min(len(p) for p in pieces) == 1:
            pieces = ["".join(pieces)]
        parts.extend(pieces)
    return "、".join(parts) + suffix
