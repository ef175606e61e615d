"""Which format of GB/T 9704 a document is printed in, what its mark says, and which of
its fields the preset leaves unprinted (a warning each: a field found is never dropped
silently)."""

from __future__ import annotations

from .. import diagnostics as C
from ..model import Diagnostic, Meta
from ..shapes.patterns import TITLE_SERIAL_NUMBER, mark_names
from ..style import Style
from ..style.schema import FormatLayout, FormatName

#: The format a text's 格式 field names → the format's table under ``[masthead]``.
FORMAT_TABLES: dict[str, FormatName] = {"下行文": "down", "上行文": "up", "信函": "letter",
                                        "命令": "order", "纪要": "minutes"}
#: The same, the other way round, for messages.
FORMAT_WORDS: dict[FormatName, str] = {table: word for word, table in FORMAT_TABLES.items()}
#: The fields of the 版头 besides the mark and the number, with their names in messages.
ELEMENT_NAMES = {"copy_number": "份号", "secrecy": "密级和保密期限", "urgency": "紧急程度"}


def mark_shown(meta: Meta) -> bool:
    """Does the text have an issuing body's mark: a name ending like a mark (……文件, ……令,
    ……纪要), or a name with a document number or a format given (a 信函's name alone)?  A
    公报's or 公告's number alone (``（第五号）``) makes no mark: it is printed under the title.
    An issuing body named under a regulation's title alone is no mark: it is printed under
    the title, as the text has it."""
    if not meta.issuer:
        return False
    numbered = bool(meta.document_number) and not TITLE_SERIAL_NUMBER.match(meta.document_number or "")
    return bool(mark_names(meta.issuer)[1]) or numbered or bool(meta.format)


def chosen_format(meta: Meta, style: Style) -> FormatName | None:
    """The format whose 版头 the document gets, or None (no mark, or a preset without one)."""
    chosen = style.masthead.format
    if chosen == "none" or not mark_shown(meta):
        return None
    if chosen != "auto":
        return chosen
    if meta.format in FORMAT_TABLES:
        return FORMAT_TABLES[meta.format]
    return "up" if meta.signer else "down"


def mark_text(meta: Meta, layout: FormatLayout) -> tuple[list[str], str]:
    """The names of the mark and the word after them in this format: the text's own word
    when it has one that is not 文件 (an order's 命令), else the format's (a 信函: none)."""
    names, suffix = mark_names(meta.issuer or "")
    if layout.mark_suffix == "" or suffix in ("", "文件"):
        return names, layout.mark_suffix
    return names, suffix


def unprinted(meta: Meta, style: Style) -> list[Diagnostic]:
    """A warning for each field of the 版头 and the 版记 that ``style`` does not print."""
    name = chosen_format(meta, style)
    why = _why_not(meta, style, name)
    out = [C.FIELD_NOT_PRINTED(f"{field} {value!r} is not printed: {why}")
           for field, value in _masthead_fields(meta, name) if value]
    if name is not None:
        layout = style.masthead.layout(name)
        if meta.signer and layout.number != "left":
            out.append(C.FIELD_NOT_PRINTED(f"签发人 {meta.signer!r} is not printed: only a 上行文 prints "
                                           f"it, this is a {FORMAT_WORDS[name]} (use --style upward)"))
        if not layout.print_line:
            out.extend(C.FIELD_NOT_PRINTED(f"{field} {value!r} is not printed: a {FORMAT_WORDS[name]} has "
                                           "no 印发 line (GB/T 9704 §10.1)")
                       for field, value in (("印发机关", meta.printed_by), ("印发日期", meta.printed_date)) if value)
        if meta.format in FORMAT_TABLES and FORMAT_TABLES[meta.format] != name:
            out.append(C.FIELD_NOT_PRINTED(f"the text asks for the {meta.format} format, the preset "
                                           f"{style.name!r} prints a {FORMAT_WORDS[name]}"))
    return out


def _masthead_fields(meta: Meta, name: FormatName | None) -> list[tuple[str, str | None]]:
    """The fields that only a 版头 prints, when the document gets none."""
    if name is not None:
        return []
    fields = [(ELEMENT_NAMES[key], getattr(meta, key)) for key in ELEMENT_NAMES]
    fields.append(("签发人", meta.signer))
    if mark_shown(meta):  # without a mark the issuer and the number are printed under the title
        fields = [("发文机关标志", meta.issuer), ("发文字号", meta.document_number), *fields]
        if meta.format:
            fields.append(("格式", meta.format))
    return fields


def _why_not(meta: Meta, style: Style, name: FormatName | None) -> str:
    if name is not None:
        return ""
    if style.masthead.format == "none":
        return f"the preset {style.name!r} prints no 版头 (use --style gbt9704)"
    return "the text has no issuing body's mark for a 版头 (give one with --issuer)"
