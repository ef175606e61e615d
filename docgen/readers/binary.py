"""Recognising files that are not text, so that they are refused at once with a message that
says what they are (and, where there is one, what to do instead)."""

from __future__ import annotations

import io
import zipfile

#: Leading bytes of common non-text formats, and what to tell the user.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", ""),  # checked further in describe(): "BM" also starts ordinary words
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF file; docgen reads text, HTML and Word (.docx) files — copy its text "
               "into a .txt file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Word (.doc) or Excel file, or an "
                                         "encrypted Office file; save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"MZ", ""),  # checked further: a Windows program
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"wOFF", "a font file"),
    (b"\x00\x01\x00\x00\x00", "a font file"),
    (b"OTTO", "a font file"),
    (b"ID3", "an MP3 audio file"),
)

#: Zip members that say which office format a ZIP container holds.
ZIP_KINDS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", "docx"),
    ("xl/workbook.xml", "an Excel (.xlsx) workbook; docgen reads text, HTML and Word (.docx) files"),
    ("ppt/presentation.xml", "a PowerPoint (.pptx) file; docgen reads text, HTML and Word (.docx) files"),
    ("content.xml", "an OpenDocument file; save it as .docx"),
    ("META-INF/container.xml", "an EPUB book; docgen reads text, HTML and Word (.docx) files"),
)


def describe(data: bytes) -> str | None:
    """Why ``data`` cannot be read as a document, or None when it may be one.

    ``"docx"`` is returned for a Word container (a ZIP with ``word/document.xml``)."""
    head = data[:16]
    for magic, what in SIGNATURES:
        if head.startswith(magic):
            if what:
                return what
            if magic == b"BM" and len(data) > 14 and data[6:10] == b"\x00\x00\x00\x00":
                return "a BMP image"
            if magic == b"MZ" and b"This program cannot be run in DOS mode" in data[:512]:
                return "a Windows program"
    if head.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "an image, audio or video file (RIFF)"
    if data[4:8] == b"ftyp":
        return "an image, audio or video file (MP4/HEIF)"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    return None


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError,
            RuntimeError, KeyError):  # what a damaged or foreign directory makes the ZIP module raise
        return "a damaged ZIP archive"
    for member, kind in ZIP_KINDS:
        if member in names:
            return kind
    return "a ZIP archive"
