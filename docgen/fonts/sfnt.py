"""A small reader of TrueType/OpenType font files: names, embedding rights, outlines, coverage.

Only what choosing a font needs is read — the table directory, the ``name`` table (family
names in every language: 仿宋_GB2312 and FangSong_GB2312 are the same font), ``OS/2``
(weight, bold/italic flags, the ``fsType`` embedding rights) and ``head`` (style bits).  Reading
a font's description takes a few small reads, so hundreds of installed fonts can be examined
in a fraction of a second, and the full parse (reportlab's) is done only for the fonts used.
(The ``cmap`` lookup is in :mod:`docgen.fonts.cmap`.)

Collections (``.ttc``/``.otc``) hold several faces; each face is described separately with
its index in the collection.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

#: Name IDs read (OpenType ``name`` table): 16 typographic family (the family without weight
#: names: "FandolFang", not "FandolFang R"), 1 family, 2 subfamily, 4 full name, 6 PostScript
#: name, 16/17 typographic family/subfamily, 21 WWS family.  A font is found by any of its
#: family, full or PostScript names.
_FAMILY_IDS = (16, 1, 21)
_OTHER_IDS = (4, 6)
_SUBFAMILY_IDS = (2, 17)
#: Encodings of ``name`` strings by (platform, encoding); old Chinese fonts store their names
#: in GBK (Windows encoding 3, "PRC") or Big5 (4) with the bytes packed in 16-bit units.
_UTF16 = {(0, e) for e in range(7)} | {(3, 0), (3, 1), (3, 10)}
_PACKED = {(3, 3): "gbk", (3, 4): "big5"}
_MAC = {(1, 0): "mac_roman", (1, 25): "gbk", (1, 2): "big5"}

#: ``OS/2.fsType`` bits (OpenType spec): 0x2 restricted-licence embedding, 0x4 preview &
#: print, 0x8 editable; when several of the low bits are set the least restrictive applies.
#: 0x100 forbids subsetting, 0x200 allows embedding bitmaps only: docgen embeds subsets of
#: outlines, so both rule a font out (reportlab refuses exactly these fonts).
FS_RESTRICTED, FS_PRINT, FS_EDITABLE = 0x0002, 0x0004, 0x0008
FS_NO_SUBSETTING, FS_BITMAP_ONLY = 0x0100, 0x0200
#: ``OS/2.fsSelection`` and ``head.macStyle`` bits.
_SEL_ITALIC, _SEL_BOLD = 0x0001, 0x0020
_MAC_BOLD, _MAC_ITALIC = 0x0001, 0x0002
#: Largest ``name`` / ``OS/2`` / ``head`` table read (a name table is a few KB; guards
#: against a damaged file claiming gigabytes).
_MAX_TABLE = 1 << 20


class FontFileError(Exception):
    """The file is not a font this reader understands (or is damaged)."""


class FaceInfo(NamedTuple):
    """What docgen needs to know about one face of a font file.  (A named tuple: hundreds are
    made when fonts are scanned, and a dataclass costs a millisecond at start-up.)"""

    path: Path
    index: int  # type: ignore[assignment]  # face index in a collection (shadows tuple.index)
    families: tuple[str, ...]    # every family name, in every language, first the English one
    names: tuple[str, ...]       # full and PostScript names
    subfamily: str               # "Regular", "Bold", "常规" …
    weight: int                  # OS/2 usWeightClass (400 regular, 700 bold)
    bold: bool
    italic: bool
    outlines: str                # "truetype", "cff" or "none" (bitmaps only)
    fs_type: int

    @property
    def family(self) -> str:
        """The family name shown to users: the Chinese one where there is one."""
        chinese = next((f for f in self.families if any("\u4e00" <= c <= "\u9fff" for c in f)), None)
        return chinese or (self.families[0] if self.families else self.path.stem)

    def matches(self, name: str) -> bool:
        key = name_key(name)
        return any(name_key(n) == key for n in (*self.families, *self.names))

    def embedding_problem(self) -> str | None:
        """Why docgen cannot embed this face in a PDF, or None."""
        if self.outlines == "cff":
            return "PostScript (CFF) outlines: only TrueType-outline fonts can be embedded"
        if self.outlines != "truetype":
            return "no outlines (a bitmap-only font)"
        return fs_type_problem(self.fs_type)


def fs_type_problem(fs_type: int) -> str | None:
    """The embedding restriction an ``OS/2.fsType`` value states, or None."""
    if fs_type & FS_RESTRICTED and not fs_type & (FS_PRINT | FS_EDITABLE):
        return f"its licence forbids embedding (OS/2 fsType {fs_type:#06x})"
    if fs_type & FS_BITMAP_ONLY:
        return f"its licence allows embedding bitmaps only (OS/2 fsType {fs_type:#06x})"
    if fs_type & FS_NO_SUBSETTING:
        return f"its licence forbids embedding a subset (OS/2 fsType {fs_type:#06x})"
    return None


def name_key(name: str) -> str:
    """Family names compare as fontconfig compares them: ignoring case and spaces."""
    return "".join(name.split()).casefold()


# --------------------------------------------------------------------------- reading


class Reader:
    """An open font file, read piece by piece: its faces' table directories and tables."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.fh = open(path, "rb")  # noqa: SIM115 - kept open by the reader, closed by close()
        except OSError as exc:
            raise FontFileError(f"cannot read: {exc.strerror or exc}") from None

    def close(self) -> None:
        self.fh.close()

    def read(self, offset: int, length: int) -> bytes:
        self.fh.seek(offset)
        data = self.fh.read(length)
        if len(data) != length:
            raise FontFileError("truncated file")
        return data

    def face_offsets(self) -> list[int]:
        head = self.read(0, 12)
        if head[:4] != b"ttcf":
            return [0]
        count = struct.unpack(">L", head[8:12])[0]
        if not 0 < count <= 1024:
            raise FontFileError("damaged font collection header")
        return list(struct.unpack(f">{count}L", self.read(12, 4 * count)))

    def tables(self, offset: int) -> tuple[bytes, dict[str, tuple[int, int]]]:
        version, count = struct.unpack(">4sH", self.read(offset, 6))
        if version not in (b"\0\1\0\0", b"true", b"OTTO", b"typ1") or count > 512:
            raise FontFileError("not a TrueType or OpenType font")
        raw = self.read(offset + 12, 16 * count)
        out = {}
        for i in range(count):
            tag, _checksum, at, length = struct.unpack_from(">4sLLL", raw, 16 * i)
            out[tag.decode("latin-1")] = (at, length)
        return version, out

    def table(self, tables: dict[str, tuple[int, int]], tag: str) -> bytes | None:
        entry = tables.get(tag)
        if entry is None:
            return None
        at, length = entry
        return self.read(at, min(length, _MAX_TABLE))


def read_faces(path: Path) -> list[FaceInfo]:
    """Every face of the font file at ``path``."""
    reader = Reader(path)
    try:
        return [_face(reader, index, offset) for index, offset in enumerate(reader.face_offsets())]
    except (struct.error, UnicodeError, ValueError) as exc:
        raise FontFileError(f"damaged font ({exc})") from None
    finally:
        reader.close()


@lru_cache(maxsize=1024)
def read_face(path: Path, index: int = 0) -> FaceInfo:
    """Face ``index`` of the font file at ``path`` (read once per process)."""
    faces = read_faces(path)
    if not 0 <= index < len(faces):
        raise FontFileError(f"has no face {index} (it holds {len(faces)})")
    return faces[index]


def _face(reader: Reader, index: int, offset: int) -> FaceInfo:
    version, tables = reader.tables(offset)
    names = _names(reader.table(tables, "name") or b"")
    os2 = reader.table(tables, "OS/2") or b""
    head = reader.table(tables, "head") or b""
    weight, fs_type, selection = 400, 0, 0
    if len(os2) >= 64:
        weight, fs_type = struct.unpack_from(">H", os2, 4)[0], struct.unpack_from(">H", os2, 8)[0]
        selection = struct.unpack_from(">H", os2, 62)[0]
    mac_style = struct.unpack_from(">H", head, 44)[0] if len(head) >= 46 else 0
    if "glyf" in tables and "loca" in tables:
        outlines = "truetype"
    elif version == b"OTTO" or "CFF " in tables or "CFF2" in tables:
        outlines = "cff"
    else:
        outlines = "none"
    families = _ordered(names, _FAMILY_IDS)
    subfamily = next(iter(_ordered(names, _SUBFAMILY_IDS)), "")
    return FaceInfo(reader.path, index, families, _ordered(names, _OTHER_IDS), subfamily,
                    weight, bool(selection & _SEL_BOLD or mac_style & _MAC_BOLD),
                    bool(selection & _SEL_ITALIC or mac_style & _MAC_ITALIC), outlines, fs_type)


def _ordered(names: dict[int, list[tuple[bool, str]]], ids: tuple[int, ...]) -> tuple[str, ...]:
    """The names with ``ids``, English ones first, without repeats."""
    found = [(not english, text) for name_id in ids for english, text in names.get(name_id, [])]
    found.sort(key=lambda item: item[0])  # stable: keeps the ID order within each group
    return tuple(dict.fromkeys(text for _, text in found if text))


def _names(data: bytes) -> dict[int, list[tuple[bool, str]]]:
    """name ID → [(English?, text)] from a ``name`` table."""
    if len(data) < 6:
        return {}
    _format, count, storage = struct.unpack_from(">HHH", data, 0)
    out: dict[int, list[tuple[bool, str]]] = {}
    wanted = set(_FAMILY_IDS + _OTHER_IDS + _SUBFAMILY_IDS)
    for i in range(count):
        if 6 + 12 * (i + 1) > len(data):
            break
        platform, encoding, language, name_id, length, at = struct.unpack_from(">6H", data, 6 + 12 * i)
        if name_id not in wanted:
            continue
        raw = data[storage + at:storage + at + length]
        text = _decode(raw, platform, encoding)
        if text:
            english = (platform == 3 and language & 0xFF == 0x09) or (platform == 1 and language == 0)
            out.setdefault(name_id, []).append((english, text))
    return out


def _decode(raw: bytes, platform: int, encoding: int) -> str | None:
    key = (platform, encoding)
    try:
        if key in _UTF16:
            text = raw.decode("utf-16-be")
        elif key in _PACKED:
            text = bytes(b for b in raw if b).decode(_PACKED[key])
        elif key in _MAC:
            text = raw.decode(_MAC[key])
        else:
            return None
    except UnicodeDecodeError:
        return None
    text = text.replace("\0", "").strip()
    return text if text.isprintable() else None
