"""How the PDF's streams are encoded: Flate at a fast level, no ASCII-85.

Most of a docgen PDF is embedded font data (about 800 KB of glyph outlines before
compression for a 5,000-character speech).  reportlab compresses every stream at zlib's
default level 6 and wraps page streams in ASCII-85; level 1 takes less than half the time
for files about 6 % larger, and a binary PDF needs no ASCII armour.  reportlab chooses the
encoding through two module settings, so they are switched for the duration of one
rendering and restored afterwards.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

#: zlib level for every stream: the fastest, whose output is still within a few percent of
#: the default's.
LEVEL = 1


class FastFlate:
    """A FlateDecode filter at :data:`LEVEL` (the interface of reportlab's stream filters)."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        if isinstance(text, str):
            text = text.encode("utf-8")
        return zlib.compress(text, LEVEL)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


@contextmanager
def fast_streams() -> Iterator[None]:
    """Within the block, reportlab writes level-1 Flate streams without ASCII-85."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    saved = pdfdoc.PDFZCompress, rl_config.useA85
    pdfdoc.PDFZCompress, rl_config.useA85 = FastFlate(), 0
    try:
        yield
    finally:
        pdfdoc.PDFZCompress, rl_config.useA85 = saved
