"""A disk cache of parsed TrueType fonts, so that a fresh process starts in a fraction of a second.

reportlab parses a font's ``cmap``, ``hmtx`` and ``loca`` tables in Python: 40–90 ms for each
CJK font, several hundred milliseconds for the four or five fonts a document uses — most of
the time of a one-file ``docgen convert``.  The parsed tables are plain dicts and lists of
numbers; they are stored with :mod:`marshal` (about four times faster to load than to parse)
in the user's cache folder, keyed by the font file's path, size and modification time and by
the reportlab version.  The font file itself is mapped into memory, not read: subsetting
touches only the glyphs a document uses.

Anything unexpected — no cache folder, a stale or foreign entry, another reportlab — means
parsing the font as usual; the cache can only make loading faster, never different.
``DOCGEN_CACHE_DIR`` chooses the folder; ``DOCGEN_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import tempfile
from pathlib import Path

#: Bumped whenever what is stored changes.
FORMAT = 2
#: Attributes rebuilt on load instead of stored: the file's bytes, a scaling function, and the
#: glyph → characters map, which reportlab uses only to shape text (docgen places every glyph
#: itself and turns shaping off) and which is the largest table of all.
_REBUILT = ("_ttf_data", "_pdfScale", "glyphToChar")
#: Attributes that hold reportlab's name strings (a bytes subclass marshal cannot store).
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")


def cache_dir() -> Path | None:
    chosen = os.environ.get("DOCGEN_CACHE_DIR")
    if chosen:
        return None if chosen.lower() in ("off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "docgen"


def load_ttfont(name: str, path: Path, index: int = 0):
    """A reportlab ``TTFont`` named ``name`` for face ``index`` of ``path``, from the cache
    when it holds this file, else parsed (and then cached)."""
    from reportlab.pdfbase.ttfonts import TTFont

    entry = _entry(path, index)
    if entry is not None:
        font = _from_cache(entry, name, path)
        if font is not None:
            return font
    font = TTFont(name, str(path), subfontIndex=index)
    font.shapable = False
    if entry is not None:
        _store(entry, font.face)
    return font


def _entry(path: Path, index: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    from reportlab import Version

    key = f"{FORMAT}|{path.resolve()}|{index}|{stat.st_size}|{stat.st_mtime_ns}|{Version}"
    return folder / f"{path.stem}-{index}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.fontinfo"


def _from_cache(entry: Path, name: str, path: Path):
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    try:
        state = marshal.loads(entry.read_bytes())
        with open(path, "rb") as fh:
            data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or "charToGlyph" not in state:
        return None
    for key in _NAMES:
        if isinstance(state.get(key), bytes):
            state[key] = TTFNameBytes(state[key])
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    face.glyphToChar = {}
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    return _font(name, face)


def _font(name: str, face):
    """A ``TTFont`` around an already parsed face: what ``TTFont.__init__`` does after parsing."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False
    return font


def _store(entry: Path, face) -> None:
    state = {k: v for k, v in vars(face).items() if k not in _REBUILT}
    for key in _NAMES:
        if isinstance(state.get(key), bytes):
            state[key] = bytes(state[key])
    try:
        blob = marshal.dumps(state)
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, entry)
    except (OSError, ValueError):  # a read-only home, an unexpected attribute: no cache
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
