"""Glyph outlines compressed one by one, kept for the life of the process and in the cache folder.

Most of a PDF's bytes are the outlines of the glyphs its fonts embed.
:mod:`.embed` compresses each glyph's outline on its own — a run of
deflate blocks ending on a byte boundary, so that pieces put together make one valid stream —
and keeps the pieces: a batch compresses a glyph once, not once per document, and the bytes of
a document never depend on the documents before it.  A fresh process would still compress
the 1,000–1,500 glyphs of a speech anew, about 25 ms or a tenth of a one-file convert; so the
pieces are also kept in the cache folder (:func:`docgen.cache.cache_dir`), one file
per font face, named like its parsed font and by zlib's version and the compression level
(a piece is zlib's exact output).  A later process reads them back in about a millisecond.

A face's file is written with its first pieces, then again when a document brings at least
:data:`MIN_NEW` pieces that it lacks — not for the few rare characters of each new text.  Two processes writing at once
lose only each other's new pieces, which are compressed again another time.
``DOCGEN_CACHE_DIR=off`` keeps the pieces in memory only.
"""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path
from weakref import WeakKeyDictionary

from ...cache import cache_entry, write_cache_file
from ...fonts import Font
from .streams import LEVEL

#: New pieces that make it worth writing a face's file again.
MIN_NEW = 32


class GlyphPieces:
    """The compressed outlines of one face's glyphs, by glyph ID (an empty outline: ``b""``)."""

    def __init__(self, entry: Path | None) -> None:
        self.entry = entry
        self.pieces: dict[int, bytes] = _read(entry)
        self._stored = len(self.pieces)

    def save(self) -> None:
        """Store the pieces in the cache folder: the first ones, then when enough are new."""
        new = len(self.pieces) - self._stored
        if self.entry is not None and new > 0 and (new >= MIN_NEW or not self._stored):
            write_cache_file(self.entry, marshal.dumps(self.pieces))
            self._stored = len(self.pieces)


#: Font face → its pieces, for the life of the face.
_BY_FACE: WeakKeyDictionary = WeakKeyDictionary()


def pieces_of(font: Font) -> GlyphPieces:
    """The pieces of ``font``'s face: read from the cache folder when first asked for."""
    found = _BY_FACE.get(font.key)
    if found is None:
        entry = cache_entry(font.file.path, font.file.index, ".pieces", LEVEL,
                            zlib.ZLIB_RUNTIME_VERSION)
        found = _BY_FACE[font.key] = GlyphPieces(entry)
    return found


def _read(entry: Path | None) -> dict[int, bytes]:
    if entry is None:
        return {}
    try:
        pieces = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if isinstance(pieces, dict) and all(type(g) is int and type(p) is bytes for g, p in pieces.items()):
        return pieces
    return {}
