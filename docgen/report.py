"""Readable views of a parsed document for the terminal: the structure tree and the record of
cleaning changes."""

from __future__ import annotations

from collections import Counter

from . import diagnostics as C
from .chars import display_width
from .diagnostics import stage_of
from .model import (
    Article,
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Attendance,
    Diagnostic,
    DocumentTitle,
    Heading,
    Paragraph,
    Speech,
)

#: Blocks that start a document of their own inside the text: set flush left, and the headings
#: under them counted from level 1 again.
_DOCUMENT_STARTS = (DocumentTitle, AttachmentLabel, AttachmentTitle)

#: What the cleaning rules changed in the text (blank lines and placeholders are reported
#: apart).
_CHANGES = frozenset(code.name for code in (C.BOILERPLATE_REMOVED, C.MARKER_REMOVED, C.LINES_JOINED,
                                            C.PUNCTUATION_NORMALISED, C.TEXT_NORMALISED, C.SPACES_TRIMMED))
#: Changes shown as "changed lines".
_LINE_CHANGES = frozenset(code.name for code in (C.MARKER_REMOVED, C.PUNCTUATION_NORMALISED,
                                                 C.TEXT_NORMALISED))


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, with … when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def tree(speech: Speech, width: int = 100) -> str:
    """The header fields, then one line per block — source line, indentation by heading level,
    the block's kind (``heading 2``, ``paragraph (run-in heading 1)``, ``article 第三条`` …) and
    its text cut to the terminal — then the diagnostics with their line and code.  Each
    attachment (附件) starts after a blank line, flush left with its title."""
    lines = _meta_lines(speech)
    depth = 0
    for block in speech.blocks:
        if isinstance(block, Heading):
            depth = block.level - 1
        elif isinstance(block, _DOCUMENT_STARTS):
            depth = -1
        elif isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
            depth = (block.lead.level or 1) - 1
        if isinstance(block, AttachmentLabel):
            lines.append("")
        indent = "  " * max(0, depth + (0 if isinstance(block, (Heading, *_DOCUMENT_STARTS)) else 1))
        if block.type_name == "salutation":
            indent = ""
        where = f"L{block.line}" if block.line else ""
        head = f"{where:<6}{indent}{_label(block)}: "
        lines.append(head + clip(_block_text(block), max(10, width - display_width(head))))
    lines.extend(_diagnostics_section(speech.diagnostics, width))
    return "\n".join(lines)


def _label(block) -> str:
    spans = getattr(block, "spans", ())
    marks = f" [{len(spans)} enumeration lead{'s' if len(spans) > 1 else ''}]" if spans else ""
    if isinstance(block, Heading):
        return f"heading {block.level}"
    if isinstance(block, Article):
        return f"article {block.number}{marks}"
    if isinstance(block, AttachmentLabel):
        return "attachment" + (f" {block.number}" if block.number is not None else "")
    if isinstance(block, AttachmentNote):
        return "attachment note"
    if isinstance(block, Attendance):
        return f"attendance {block.label}"
    if isinstance(block, Paragraph) and block.lead is not None:
        kind = f"run-in heading {block.lead.level}" if block.lead.kind == "heading" else "enumeration lead"
        return f"paragraph ({kind}){marks}"
    return block.type_name.replace("_", " ") + marks


def _block_text(block) -> str:
    if isinstance(block, Paragraph) and block.lead:
        return f"«{block.lead.text}» {block.text}"
    return block.text


def _meta_lines(speech: Speech) -> list[str]:
    shown = [(k, v) for k, v in speech.meta.to_dict().items() if v]
    if not shown:
        return ["(no title or other metadata found)", ""]
    width = max(len(k) for k, _ in shown)
    return [f"{k.replace('_', ' '):<{width}}  {v}" for k, v in shown] + [""]


def warning_summary(diagnostics) -> str:
    """``3 warnings (placeholder ×2, numbering-gap)`` or ``no warnings``."""
    warnings = [d for d in diagnostics if d.level == "warning"]
    if not warnings:
        return "no warnings"
    return f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''} ({_codes(warnings)})"


def _codes(diagnostics) -> str:
    """The codes of ``diagnostics``, most frequent first, each with its count when it recurs:
    ``placeholder ×2, numbering-gap``."""
    by_code = Counter(d.code for d in diagnostics)
    return ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in by_code.most_common())


def _diagnostics_section(diagnostics, width: int) -> list[str]:
    notable = [d for d in diagnostics if d.level != "info" or (
        stage_of(d) not in ("cleaning", "header") and d.code != C.ENCODING.name)]
    if not notable:
        return []
    out = ["", f"diagnostics ({len(notable)}: {_codes(notable)}):"]
    out.extend(_diagnostic_line(d, width) for d in notable)
    return out


def _diagnostic_line(d: Diagnostic, width: int) -> str:
    where = f"L{d.line}" if d.line else "  "
    return clip(f"  {d.level:<7} {where:<5} {d.code}: {d.message}", width)


def _rule_and_reason(message: str) -> tuple[str, str]:
    rule, sep, reason = message.partition(": ")
    return (rule, reason) if sep and " " not in rule else ("", message)


def changes_report(speech: Speech, width: int = 100) -> str:
    """Everything reading and cleaning left out, removed, joined or changed, with the rule
    that did it (the name to give ``--skip-rule``) and its reason."""
    ds = speech.diagnostics
    out = [_read_line(ds), _meta_found(speech)]
    out += _section("left out by the reader", [d for d in ds if stage_of(d) == "reading"
                                               and d.code != C.ENCODING.name],
                    lambda d: f"  {d.level}: {d.message}" + (f"\n      {clip(d.text, width - 6)}" if d.text else ""))
    out += _section("removed lines", [d for d in ds if d.code == C.BOILERPLATE_REMOVED.name],
                    lambda d: _entry(d, width, f"{_reason(d)}: {d.text}"))
    out += _section("lines kept as asked", [d for d in ds if d.code == C.LINE_KEPT.name],
                    lambda d: _entry(d, width, f"{_reason(d)}: {d.text}"))
    out += _section("lines joined to the line before", [d for d in ds if d.code == C.LINES_JOINED.name],
                    lambda d: _entry(d, width, f"{_reason(d)}: {d.text}"))
    spaces = [d for d in ds if d.code == C.SPACES_TRIMMED.name]
    changed = [d for d in ds if d.code in _LINE_CHANGES]
    out += _section("changed lines", changed, lambda d: _entry(d, width, _reason(d)))
    blanks = [d for d in ds if d.code == C.BLANK_LINE_REMOVED.name]
    if blanks:
        out += ["", f"blank-lines: {len(blanks)} repeated blank line(s) removed"]
    if spaces:
        numbers = ", ".join(str(d.line) for d in spaces[:12]) + (", …" if len(spaces) > 12 else "")
        out += ["", f"spaces: indentation, trailing or inner spaces removed on {len(spaces)} "
                f"line(s): {numbers}"]
    out += _placeholders([d for d in ds if d.code == C.PLACEHOLDER.name], width)
    if len(out) == 2 and not any(d.code in _CHANGES for d in ds):
        out.append("cleaning changed nothing")
    return "\n".join(line for line in out if line is not None)


def _read_line(diagnostics) -> str:
    how = [d.message for d in diagnostics if d.code in (C.ENCODING.name, C.ENCODING_DAMAGED.name)]
    return "input: " + ("; ".join(how) if how else "read")


def _meta_found(speech: Speech) -> str | None:
    meta = {k: v for k, v in speech.meta.to_dict().items() if v and k in ("source", "author", "published")}
    return ("metadata kept: " + ", ".join(f"{k} {v}" for k, v in meta.items())) if meta else None


def _section(title: str, items, render) -> list[str]:
    if not items:
        return []
    return ["", f"{title} ({len(items)}):", *(render(d) for d in items)]


def _reason(d: Diagnostic) -> str:
    rule, reason = _rule_and_reason(d.message)
    reason = reason.removeprefix(f"{rule}: ") if rule else reason
    return f"[{rule}] {reason}" if rule else reason


def _entry(d: Diagnostic, width: int, what: str) -> str:
    where = f"line {d.line}" if d.line else "input"
    return clip(f"  {where:<9} {what}", width)


def _placeholders(items: list[Diagnostic], width: int) -> list[str]:
    """One line per placeholder text, with the lines it stands on."""
    if not items:
        return []
    where: dict[str, list[int]] = {}
    for d in items:
        where.setdefault(d.text or "", []).append(d.line or 0)
    out = ["", f"placeholders to fill in ({len(items)}):"]
    for text, lines in where.items():
        shown = ", ".join(map(str, dict.fromkeys(lines)))
        out.append(clip(f"  {text}  (line {shown})", width))
    return out
