"""Readable views of a parsed document for the terminal: the structure tree and the record of
cleaning changes."""

from __future__ import annotations

import unicodedata

from collections import Counter

from .model import Article, Diagnostic, DocumentTitle, Heading, Paragraph, Speech

_CLEANING_CODES = frozenset(("boilerplate-removed", "marker-removed", "lines-joined",
                             "punctuation-normalised", "text-normalised", "spaces-trimmed"))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


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
    its text cut to the terminal — then the diagnostics with their line and code."""
    lines = _meta_lines(speech)
    depth = 0
    for block in speech.blocks:
        if isinstance(block, Heading):
            depth = block.level - 1
        elif isinstance(block, DocumentTitle):
            depth = -1
        elif isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
            depth = (block.lead.level or 1) - 1
        indent = "  " * max(0, depth + (0 if isinstance(block, (Heading, DocumentTitle)) else 1))
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
    by_code = Counter(d.code for d in diagnostics if d.level == "warning")
    total = sum(by_code.values())
    if not total:
        return "no warnings"
    detail = ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in by_code.most_common())
    return f"{total} warning{'s' if total > 1 else ''} ({detail})"


def _diagnostics_section(diagnostics, width: int) -> list[str]:
    notable = [d for d in diagnostics if d.level != "info" or d.code not in _CLEANING_CODES
               and not d.code.startswith("header-") and d.code != "encoding"]
    if not notable:
        return []
    by_code = Counter(d.code for d in notable)
    summary = ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in by_code.most_common())
    out = ["", f"diagnostics ({len(notable)}: {summary}):"]
    out.extend(_diagnostic_line(d, width) for d in notable)
    return out


def _diagnostic_line(d: Diagnostic, width: int) -> str:
    where = f"L{d.line}" if d.line else "  "
    return clip(f"  {d.level:<7} {where:<5} {d.code}: {d.message}", width)


def changes_report(speech: Speech) -> str:
    """Every line cleaning removed or changed, with the rule's reason."""
    changes = [d for d in speech.diagnostics if d.code in _CLEANING_CODES or d.code == "encoding"]
    if not changes:
        return "cleaning changed nothing"
    out = []
    for d in changes:
        where = f"line {d.line}" if d.line else "input"
        if d.code == "boilerplate-removed":
            out.append(f"{where}: removed ({d.message}): {d.text}")
        elif d.code == "lines-joined":
            out.append(f"{where}: joined to the line before (broken mid-sentence): {clip(d.text or '', 60)}")
        else:
            out.append(f"{where}: {d.code}: {d.message}")
    return "\n".join(out)
