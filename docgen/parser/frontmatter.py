"""The header block a user may write at the top of a text: the fields of the 版头 and the
版记 that the text itself does not show, between two lines of three dashes::

    ---
    发文机关：某某县人民政府办公室
    发文字号：某政办发〔2024〕12号
    抄送：县委办公室，县人大常委会办公室。
    印发日期：2024年3月1日
    ---

Keys are Chinese or English (:data:`KEYS`), ``：`` or ``:`` after them.  A field given here
wins over what the parser finds in the text; a command-line option wins over it.  An
unknown key or a value that cannot be a field's is reported and left out; the block never
becomes part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import diagnostics as C
from ..model import DOCUMENT_FORMATS, Diagnostic, Meta
from ..shapes import patterns as S
from .header import document_number
from .masthead import signer_names

#: The line that opens and closes the block.
FENCE = re.compile(r"^\s*-{3,}\s*$")
#: ``key：value``.
FIELD = re.compile(r"^\s*(?P<key>[^:：]{1,20}?)\s*[:：]\s*(?P<value>.*?)\s*$")
#: Longest block (lines between the fences): a longer run is text, not a header block.
MAX_LINES = 30

#: Key as written (lower case, ``_`` for ``-``) → field of :class:`~docgen.model.Meta`.
KEYS: dict[str, str] = {
    "发文机关": "issuer", "发文机关标志": "issuer", "issuer": "issuer",
    "发文字号": "document_number", "文号": "document_number", "令号": "document_number",
    "number": "document_number", "document_number": "document_number",
    "签发人": "signer", "signer": "signer",
    "密级": "secrecy", "密级和保密期限": "secrecy", "secrecy": "secrecy",
    "紧急程度": "urgency", "urgency": "urgency",
    "份号": "copy_number", "copy_number": "copy_number",
    "抄送": "copies_to", "抄送机关": "copies_to", "copies_to": "copies_to",
    "印发机关": "printed_by", "printed_by": "printed_by",
    "印发日期": "printed_date", "printed_date": "printed_date",
    "格式": "format", "format": "format", "doc_format": "format",
    "标题": "title", "title": "title",
    "成文日期": "date", "日期": "date", "date": "date",
    "讲话人": "speaker", "speaker": "speaker",
}

#: The names a format may be given by → the format (:data:`~docgen.model.DOCUMENT_FORMATS`).
FORMAT_NAMES: dict[str, str] = {
    "下行文": "下行文", "down": "下行文", "downward": "下行文",
    "上行文": "上行文", "up": "上行文", "upward": "上行文",
    "信函": "信函", "函": "信函", "letter": "信函",
    "命令": "命令", "令": "命令", "命令（令）": "命令", "order": "命令",
    "纪要": "纪要", "会议纪要": "纪要", "minutes": "纪要",
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields of a header block, the text's lines with the block blanked out (so that
    line numbers stay those of the file), and what was reported."""

    meta: Meta
    lines: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


def front_matter(lines: Sequence[str]) -> FrontMatter:
    """Read the header block at the top of ``lines``, if there is one."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not FENCE.match(lines[start]):
        return FrontMatter(Meta(), tuple(lines))
    end = next((i for i in range(start + 1, min(len(lines), start + MAX_LINES + 2))
                if FENCE.match(lines[i])), None)
    if end is None:
        return FrontMatter(Meta(), tuple(lines))
    values: dict[str, str] = {}
    notes: list[Diagnostic] = []
    for number in range(start + 1, end):
        _field(lines[number], number + 1, values, notes)
    blanked = tuple("" if start <= i <= end else line for i, line in enumerate(lines))
    return FrontMatter(Meta(**values), blanked, tuple(notes))


def _field(line: str, number: int, values: dict[str, str], notes: list[Diagnostic]) -> None:
    if not line.strip():
        return
    found = FIELD.match(line)
    key = found.group("key").strip().lower().replace("-", "_").replace(" ", "_") if found else ""
    if found is None or key not in KEYS:
        notes.append(C.HEADER_BLOCK_FIELD(
            f"not a field of the header block ({', '.join(sorted({k for k in KEYS if k.isascii()}))} "
            "or their Chinese names): left out", number, line.strip()))
        return
    name, value = KEYS[key], found.group("value")
    checked = field_value(name, value)
    if checked is None:
        notes.append(C.HEADER_BLOCK_FIELD(f"{value!r} is not a value of {name}: left out", number, line.strip()))
        return
    values[name] = checked
    notes.append(C.HEADER_BLOCK(f"{name} from the header block", number, line.strip()))


def field_value(name: str, value: str) -> str | None:
    """A field's value as the model keeps it, or None when it cannot be one: a format by its
    name, a document number with 〔〕, signers apart by ``、``, an issuer's mark with
    ``文件`` unless it ends with a mark's word already (``……令``, ``……纪要``)."""
    value = value.strip()
    if not value:
        return None
    if name == "format":
        return FORMAT_NAMES.get(value.lower())
    if name == "document_number":
        return document_number(value)
    if name == "signer":
        return signer_names(value)
    if name == "issuer":
        return value if value.endswith(S.MARK_SUFFIXES) else value + "文件"
    if name == "printed_date":
        return value.removesuffix("印发").strip() or None
    return value


__all__ = ["DOCUMENT_FORMATS", "FORMAT_NAMES", "KEYS", "FrontMatter", "field_value", "front_matter"]
