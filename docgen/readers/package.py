"""The parts of a Word package, read as a stream of XML events under the limits.

A ``.docx`` is a ZIP archive, and a small archive can inflate to gigabytes (a zip bomb).  So a
part is never inflated whole and never parsed into a tree: its declared size is checked
against what is left of the ``inflated-bytes`` limit before it is opened, the bytes actually
inflated are counted as they come (a declared size can lie), and the XML is parsed as events
(:func:`events`), counting elements and nesting.  What a caller keeps of an element it must
take at the element's end; :func:`events` then clears it.  Internal entities are expanded
(libxml2 refuses exponential expansion); external ones are never read.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from typing import IO

from lxml import etree

from ..errors import InputError
from ..limits import Counter, exceeded, value

#: Entities: internal definitions expanded, external ones never loaded.  lxml before 5 knows
#: only True (which loads external entities too) and False.
RESOLVE_ENTITIES = "internal" if etree.LXML_VERSION >= (5,) else False

#: What the ZIP and zlib modules raise for a damaged, encrypted or unsupported archive.
ARCHIVE_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
                  RuntimeError, ValueError, KeyError, OSError)


class Package:
    """An open Word package: its parts, read under one ``inflated-bytes`` budget and one
    ``xml-elements`` count."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive, self.name = archive, name
        self.inflated = Counter("inflated-bytes", name, "the Word file inflates to more than {limit}")
        self.elements = Counter("xml-elements", name, "the Word file's XML has more than {limit} elements")

    def has(self, part: str) -> bool:
        return part in self.archive.NameToInfo

    def open(self, part: str) -> _Counted:
        """``part`` as a stream whose inflated bytes count against the budget; a declared
        size past what is left of it is refused before anything is inflated."""
        info = self.archive.getinfo(part)
        if info.file_size > self.inflated.most - self.inflated.count:
            raise self.inflated.error()
        return _Counted(self.archive.open(info), self.inflated)


class _Counted:
    """A read-only stream that counts what it hands out."""

    def __init__(self, stream: IO[bytes], counter: Counter) -> None:
        self.stream, self.counter = stream, counter

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size is not None and size >= 0 else 1 << 16)
        self.counter.add(len(data))
        return data

    def close(self) -> None:
        self.stream.close()


def events(package: Package, part: str, unit: int) -> Iterator[tuple[str, etree._Element, int]]:
    """(``"start"``/``"end"``, element, depth) for the elements of ``part``, the root at depth
    1.  An element at depth ``unit`` — what the caller takes whole at its end: a paragraph,
    a style — is cleared once the caller has seen its end, and taken out of its parent."""
    nesting = value("nesting")
    depth = 0
    stream = package.open(part)
    try:
        for event, element in etree.iterparse(stream, events=("start", "end"), resolve_entities=RESOLVE_ENTITIES,
                                              huge_tree=False, no_network=True, load_dtd=False):
            if event == "start":
                depth += 1
                package.elements.add()
                if depth > nesting:
                    raise exceeded("nesting", package.name, f"the Word file's XML nests elements more than "
                                                            f"{nesting} deep")
                yield event, element, depth
                continue
            yield event, element, depth
            if depth == unit:
                _forget(element)
            depth -= 1
    finally:
        stream.close()


def _forget(element: etree._Element) -> None:
    """Free an ended element and the siblings before it (their content was taken)."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def unreadable(error: BaseException, name: str) -> InputError:
    """The input error for an archive or XML error met while reading a Word file."""
    if isinstance(error, InputError):
        return error
    if isinstance(error, etree.XMLSyntaxError):
        text = str(error)
        if "depth" in text.lower():
            nesting = value("nesting")
            return exceeded("nesting", name, f"the Word file's XML nests elements more than {nesting} deep")
        if "too long" in text or "huge" in text.lower():
            return InputError("not a readable Word (.docx) file (a run of its text is longer than 10 MB, "
                              "the most the XML parser takes)", name)
        if "not defined" in text:
            return InputError("not a readable Word (.docx) file (its XML uses an entity it does not define; "
                              "external entities are never read)", name)
        return InputError(f"not a readable Word (.docx) file (its XML is malformed: {_first_line(text)})", name)
    if isinstance(error, zlib.error | EOFError | zipfile.BadZipFile):
        return InputError("not a readable Word (.docx) file (its compressed data is damaged)", name)
    if isinstance(error, RuntimeError) and "encrypted" in str(error):
        return InputError("not a readable Word (.docx) file (it is encrypted; save it without a password)", name)
    return InputError(f"not a readable Word (.docx) file ({type(error).__name__}: {_first_line(str(error))})", name)


def _first_line(text: str) -> str:
    return text.splitlines()[0][:200] if text else "unknown error"
