"""A disk cache of parsed TrueType fonts, so that a fresh process starts in a fraction of a second.

reportlab parses a font's ``cmap``, ``hmtx`` and ``loca`` tables in Python: 40–90 ms for each
CJK font, several hundred milliseconds for the four or five fonts a document uses — most of
the time of a one-file ``docgen convert``.  What docgen keeps of a parsed font
(:func:`~docgen.fonts.compactface.compact_state`: a few numbers and names, and the large tables
as the bytes of arrays) is stored with :mod:`marshal` in the user's cache folder, keyed by
the font file's path, size and modification time and by the reportlab version; loading an
entry is little more than reading it.  The font file itself is mapped into memory, not read:
subsetting touches only the glyphs a document uses.

Anything unexpected — no cache folder, a stale or foreign entry, another reportlab — means
parsing the font as usual; the cache can only make loading faster, never different: a font
just parsed is built from the same state as one loaded from the cache.
The cache folder is :func:`docgen.cache.cache_dir`.
"""

from __future__ import annotations

import marshal
import mmap
import sys
from pathlib import Path

from ..cache import cache_entry, write_cache_file
from .compactface import CompactFace, compact_state

#: Bumped whenever what is stored changes.
FORMAT = 3
#: Attributes that hold reportlab's name strings (a bytes subclass marshal cannot store): a
#: face keeps them as plain bytes.
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")


def load_face(path: Path, index: int = 0) -> CompactFace:
    """Face ``index`` of ``path``, from the cache when it holds this file (without importing
    reportlab), else parsed by reportlab (and then cached).  Raises ``ValueError`` for a file
    reportlab cannot read as a TrueType face."""
    entry = _entry(path, index)
    state = _from_cache(entry) if entry is not None else None
    if state is not None:
        try:
            return CompactFace.from_state(state, _mapped(path))
        except (KeyError, TypeError, ValueError):  # an entry of another shape: parse again
            pass
    state = _parsed(path, index)
    if entry is not None:
        _store(entry, state)
    return CompactFace.from_state(state, _mapped(path))


def _parsed(path: Path, index: int) -> dict:
    from reportlab.pdfbase.ttfonts import TTFError, TTFontFace

    try:
        parsed = TTFontFace(str(path), subfontIndex=index)
    except TTFError as exc:
        raise ValueError(str(exc)) from None
    try:
        state = compact_state(parsed)
    except OverflowError:
        raise ValueError(f"{path}: character map out of range") from None
    return {**state, **{key: bytes(state[key]) for key in _NAMES if isinstance(state.get(key), bytes)}}


def _entry(path: Path, index: int) -> Path | None:
    return cache_entry(path, index, ".fontinfo", FORMAT, sys.byteorder)


def _from_cache(entry: Path) -> dict | None:
    try:
        state = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return state if isinstance(state, dict) else None


def _mapped(path: Path) -> mmap.mmap:
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def _store(entry: Path, state: dict) -> None:
    try:
        blob = marshal.dumps(state)
    except ValueError:  # an attribute marshal cannot store: no cache
        return
    write_cache_file(entry, blob)
