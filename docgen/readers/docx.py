"""Word files: the text of each paragraph of the main story, in order."""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError
from ..model import Diagnostic
from . import Source


def read_docx(data: bytes, name: str) -> Source:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable Word (.docx) file ({exc.__class__.__name__})", name) from None
    lines = tuple(p.text for p in document.paragraphs)
    if not any(line.strip() for line in lines):
        raise InputError("the document holds no text", name)
    notes: list[Diagnostic] = []
    if document.tables:
        notes.append(Diagnostic("warning", "docx-tables-dropped",
                                f"{len(document.tables)} table(s) not carried over"))
    images = len(document.inline_shapes)
    if images:
        notes.append(Diagnostic("warning", "docx-images-dropped",
                                f"{images} image(s) not carried over"))
    return Source(name=name, format="docx", lines=lines, diagnostics=tuple(notes))
