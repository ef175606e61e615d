"""The members of a dropped zip, read in memory within limits.

Nothing is extracted: a member's name is only a label shown on the page (its last part, with
the names of Chinese Windows zips decoded from GBK).  A member is read through a bounded read,
so a header that lies about its size, or a zip bomb, stops at the limit.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .limits import Limits

#: What docgen reads (the formats of ``docgen batch``'s folders).
READABLE_SUFFIXES = frozenset((".txt", ".text", ".md", ".htm", ".html", ".shtml", ".xhtml", ".docx"))
_ARCHIVE_SUFFIXES = frozenset((".zip", ".rar", ".7z", ".gz", ".tar", ".tgz", ".bz2", ".xz"))
_UTF8_FLAG = 0x800


class ZipRefused(Exception):
    """The whole zip is refused: ``key`` names the message, ``fields`` fill it in."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


@dataclass
class Unpacked:
    files: list[tuple[str, bytes]] = field(default_factory=list)      # (label, data)
    skipped: list[tuple[str, str, dict[str, object]]] = field(default_factory=list)  # (label, key, fields)


def member_label(info: zipfile.ZipInfo) -> str:
    """The member's file name, for display: the last part of its path, decoded as the zip's
    maker meant it (zip tools on Chinese Windows write GBK names without the UTF-8 flag)."""
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            raw = None
        if raw is not None:
            name = _likeliest(raw, name)
    last = PurePosixPath(name.replace("\\", "/")).name
    cleaned = "".join(ch for ch in last if ch.isprintable())
    return cleaned[:200] or "?"


def _plausible(text: str) -> float:
    """The share of a file name's characters that look like what Chinese office staff name
    files with: ASCII, Han characters, CJK and full-width punctuation."""
    good = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
               or "\uff00" <= ch <= "\uffef")
    return good / max(1, len(text))


def _likeliest(raw: bytes, fallback: str) -> str:
    """``raw`` decoded as UTF-8 or GB18030, whichever reads more like a name (short GBK names
    can be valid UTF-8 too: 通知 is)."""
    candidates = []
    for encoding in ("utf-8", "gb18030"):
        try:
            candidates.append(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return max(candidates, key=_plausible, default=fallback)


def _hidden(info: zipfile.ZipInfo) -> bool:
    parts = PurePosixPath(info.filename.replace("\\", "/")).parts
    return any((p.startswith(".") and p not in (".", "..")) or p == "__MACOSX" for p in parts)


def unpack(data: bytes, limits: Limits) -> Unpacked:
    """The readable members of the zip ``data``; the others listed with the reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ZipRefused("err_zip_bad") from None
    members = [i for i in infos if not i.is_dir() and not _hidden(i)]
    if len(members) > limits.zip_members:
        raise ZipRefused("err_zip_too_many", n=limits.zip_members)
    out = Unpacked()
    total = 0
    for info in members:
        label = member_label(info)
        suffix = PurePosixPath(label).suffix.lower()
        if suffix in _ARCHIVE_SUFFIXES:
            out.skipped.append((label, "err_member_nested", {}))
            continue
        if suffix not in READABLE_SUFFIXES:
            out.skipped.append((label, "err_member_unsupported", {}))
            continue
        if info.flag_bits & 0x1:
            out.skipped.append((label, "err_member_encrypted", {}))
            continue
        if info.file_size > limits.file_bytes:
            out.skipped.append((label, "err_member_too_large", {"mb": limits.file_mb}))
            continue
        try:
            with archive.open(info) as member:
                content = member.read(limits.file_bytes + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            out.skipped.append((label, "err_zip_bad", {}))
            continue
        if len(content) > limits.file_bytes:
            out.skipped.append((label, "err_member_too_large", {"mb": limits.file_mb}))
            continue
        total += len(content)
        if total > limits.zip_bytes:
            raise ZipRefused("err_zip_too_big", mb=limits.zip_bytes // (1024 * 1024))
        out.files.append((label, content))
    if not out.files and not out.skipped:
        raise ZipRefused("err_zip_empty")
    return out
