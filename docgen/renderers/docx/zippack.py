"""Writing a ZIP package (a DOCX) from parts compressed once and reused.

A DOCX is a ZIP of XML parts, and most of them — styles, settings, fonts, theme, footers —
are the same for every document of a style.  :func:`pack` compresses a part into a
:class:`Member` once; :func:`write` lays members out as a ZIP file, copying their compressed
bytes as they are.  Only the parts that change per document (the body, the core properties)
are compressed per document.  Entries carry a fixed timestamp, so equal parts give equal
bytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

#: 1980-01-01 00:00, the earliest time a ZIP entry can hold (DOS date and time fields).
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
_DEFLATED = 8
_VERSION = 20  # 2.0: deflate


@dataclass(frozen=True, slots=True)
class Member:
    """One compressed part of a package."""

    name: str
    payload: bytes   # raw deflate data
    crc: int
    size: int        # uncompressed size


def pack(name: str, data: bytes, level: int = 6) -> Member:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    payload = compressor.compress(data) + compressor.flush()
    return Member(name, payload, zlib.crc32(data), len(data))


def write(members: Iterable[Member]) -> bytes:
    """The ZIP file holding ``members`` in the given order."""
    out, directory, offset = [], [], 0
    for member in members:
        name = member.name.encode("utf-8")
        fields = (_VERSION, 0x0800, _DEFLATED, _DOS_TIME, _DOS_DATE, member.crc,
                  len(member.payload), member.size, len(name))
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + name
        directory.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", _VERSION, *fields, 0, 0, 0, 0,
                                     0, offset) + name)
        out += [local, member.payload]
        offset += len(local) + len(member.payload)
    central = b"".join(directory)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(directory), len(directory),
                      len(central), offset, 0)
    return b"".join(out) + central + end
