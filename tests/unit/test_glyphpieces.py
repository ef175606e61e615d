"""Glyph outlines compressed one by one and kept in the cache folder: read back as written,
written with a face's first pieces and then only when enough are new, ignored when damaged
(the PDF made from stored pieces: tests/test_facecache.py)."""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path

from docgen.renderers.pdf.glyphpieces import MIN_NEW, GlyphPieces


def piece(gid: int) -> bytes:
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    return compressor.compress(bytes([gid % 256]) * 40) + compressor.flush(zlib.Z_SYNC_FLUSH)


def test_pieces_are_written_first_then_when_enough_are_new(tmp_path: Path):
    entry = tmp_path / "face.pieces"
    store = GlyphPieces(entry)
    assert store.pieces == {}
    store.pieces.update({1: piece(1), 2: b""})  # an empty outline is an empty piece
    store.save()
    assert GlyphPieces(entry).pieces == {1: piece(1), 2: b""}

    again = GlyphPieces(entry)
    again.pieces.update((gid, piece(gid)) for gid in range(10, 10 + MIN_NEW - 1))
    again.save()  # a few rare characters: not worth writing
    assert len(GlyphPieces(entry).pieces) == 2
    again.pieces[100] = piece(100)
    again.save()
    assert GlyphPieces(entry).pieces == again.pieces
    assert len(again.pieces) == 2 + MIN_NEW


def test_without_a_cache_folder_pieces_stay_in_memory(tmp_path: Path):
    store = GlyphPieces(None)
    store.pieces[5] = piece(5)
    store.save()
    assert not list(tmp_path.iterdir())


def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path):
    entry = tmp_path / "face.pieces"
    for content in (b"\x00garbage", marshal.dumps([1, 2]), marshal.dumps({"1": b"x"}),
                    marshal.dumps({1: "text"})):
        entry.write_bytes(content)
        assert GlyphPieces(entry).pieces == {}
