"""Parsing: from cleaned lines to the typed speech model.

:func:`parse_lines` is deterministic and explainable: every decision is a named pattern of
:mod:`docgen.parser.patterns`, and what it could not decide cleanly is a diagnostic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .. import diagnostics as C
from ..model import Diagnostic, Meta, Speech
from ..shapes import Line
from .attachments import check_attachments
from .body import parse_body
from .colophon import read_colophon
from .header import document_number, parse_header
from .levels import assign_levels
from .patterns import UNTITLED_FORMATS
from .titles import unled, unstopped, with_issuer


def parse_lines(lines: Iterable[Line], meta: Meta = Meta(),  # noqa: B008 - Meta is frozen
                diagnostics: Iterable[Diagnostic] = (), overrides: Meta | None = None,
                no_title: bool = False, block_title: str | None = None, removed: Iterable[Line] = ()) -> Speech:
    """Build a :class:`Speech` from cleaned ``lines``.

    ``meta`` is what earlier stages found (page title, source …); ``overrides`` are the
    user's own values (``--title`` …) and win over anything found; ``no_title`` says the text
    has no title line, so its first line is never taken for one.  ``block_title`` is the
    title the text's header block gives (``标题: ……``): it wins as the user's own does, unless
    the text prints the same title with its issuer's name before it.  ``removed`` are the lines
    cleaning took out (a page's byline under its headline is one).
    """
    lines = tuple(lines)
    header_notes: tuple[Diagnostic, ...]
    start = 0
    below = False
    kept: tuple[Line, ...] = ()
    if no_title:
        header_meta, consumed, header_notes = replace(meta, title=None), 0, ()
    else:
        header = parse_header(lines, meta, {line.number: line.text for line in removed if line.text.strip()})
        header_meta, consumed, header_notes = header.meta, header.consumed, header.diagnostics
        start, below = header.start, header.below
        kept = lines[header.kept[0]:header.kept[1]]
    if header_meta.document_number:  # also one the cleaner found in a page's index fields
        header_meta = replace(header_meta, document_number=document_number(header_meta.document_number))
    blocks, level_notes = assign_levels(parse_body(lines[:start] + kept + lines[consumed:]))
    colophon, blocks = read_colophon(blocks)
    header_meta = replace(header_meta, **{k: v for k, v in colophon.items() if getattr(header_meta, k) is None})
    if header_meta.title:  # GB/T 9704 sets no full stop after a title, no colon before it (the user's or the front matter's stays)
        header_meta = replace(header_meta, title=unstopped(unled(header_meta.title)))
    if block_title and not (header_meta.title and with_issuer(header_meta.title, block_title)):
        header_meta = replace(header_meta, title=block_title)
    if overrides is not None:
        header_meta = replace(header_meta, **{k: v for k, v in overrides.to_dict().items() if v})
    notes = (*diagnostics, *header_notes, *_above_title(lines[:start] if not below else ()), *level_notes, *check_attachments(blocks))
    if not header_meta.title and not no_title and blocks and header_meta.format not in UNTITLED_FORMATS:
        notes = (*notes, _no_title(meta.title))
    if not blocks:
        notes = (*notes, C.NO_BODY("no body text found"))
    return Speech(meta=header_meta, blocks=tuple(blocks), diagnostics=tuple(notes))


def _above_title(lines: tuple[Line, ...]) -> tuple[Diagnostic, ...]:
    """A warning for lines that stand above the title and are kept at the start of the body
    (the tail of another text a copy took in): nothing is dropped, the user decides."""
    kept = [line for line in lines if line.text]
    if not kept:
        return ()
    return (C.TEXT_ABOVE_TITLE(f"{len(kept)} line(s) above the title kept at the start of the body: "
                               "delete them if they belong to another text", kept[0].number, kept[0].text),)


def _no_title(hint: str | None) -> Diagnostic:
    if hint:
        return C.NO_TITLE(f"no title found in the text; the page calls itself ‘{hint}’ "
                          "(set it with --title if that is the title)")
    return C.NO_TITLE("no title found in the text (set one with --title)")


__all__ = ["parse_lines"]
