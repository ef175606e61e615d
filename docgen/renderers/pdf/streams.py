"""How the PDF's streams are encoded: Flate at a fast level.

Most of a docgen PDF is embedded font data (about 800 KB of glyph outlines before
compression for a 5,000-character speech).  zlib's level 1 takes less than half the time of
its default level 6 for files about 6 % larger; and the glyph outlines, compressed once per
glyph and kept (:mod:`.glyphpieces`), are most of the bytes anyway.
"""

from __future__ import annotations

#: zlib level for every stream: the fastest, whose output is still within a few percent of
#: the default's.
LEVEL = 1
