"""Readable views of a parsed document for the terminal: the structure tree and the record of
cleaning changes."""

from __future__ import annotations

import unicodedata

from .model import Diagnostic, Heading, Paragraph, Speech

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
    lines = [_meta_line(speech)]
    depth = 0
    for block in speech.blocks:
        if isinstance(block, Heading):
            depth = block.level - 1
            label = f"heading {block.level}"
        elif isinstance(block, Paragraph) and block.lead is not None and block.lead.kind == "heading":
            depth = (block.lead.level or 1) - 1
            label = f"paragraph (run-in heading {block.lead.level})"
        else:
            label = block.type_name.replace("_", " ")
        indent = "  " * (depth + (0 if isinstance(block, Heading) else 1) if label != "salutation" else 0)
        where = f"L{block.line}" if block.line else ""
        text = _block_text(block)
        head = f"{where:<6}{indent}{label}: "
        lines.append(head + clip(text, max(10, width - display_width(head))))
    lines.extend(_diagnostics_section(speech.diagnostics, width))
    return "\n".join(lines)


def _block_text(block) -> str:
    if isinstance(block, Paragraph):
        spans = f" [{len(block.spans)} enumeration lead(s)]" if block.spans else ""
        lead = f"«{block.lead.text}» " if block.lead else ""
        return f"{lead}{block.text}{spans}"
    return block.text


def _meta_line(speech: Speech) -> str:
    meta = speech.meta.to_dict()
    shown = [f"{k}: {v}" for k, v in meta.items() if v]
    return ("  ".join(shown) if shown else "(no title or other metadata found)") + "\n"


def _diagnostics_section(diagnostics, width: int) -> list[str]:
    notable = [d for d in diagnostics if d.level != "info" or d.code not in _CLEANING_CODES
               and not d.code.startswith("header-") and d.code != "encoding"]
    if not notable:
        return []
    out = ["", f"diagnostics ({len(notable)}):"]
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
