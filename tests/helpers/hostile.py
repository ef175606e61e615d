"""Hostile and faulty inputs, built in memory or in a test's folder: Word packages (zip bombs,
broken compressed data, XML nested too deep, entities), web pages (deep nesting, thousands of
siblings, void elements), texts in awkward encodings — and :func:`run_limited`, which runs
docgen in a subprocess under resource limits that the test sets (address space and CPU
seconds), so that a runaway ends as a failed test instead of a stuck machine."""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>")

PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/>'
    b"</Relationships>")

#: A short official text, as the paragraphs of a document.
NOTICE = ("关于做好年度工作的通知", "各单位：", "现将有关事项通知如下，请认真贯彻执行。",
          "一、总体要求", "坚持问题导向，突出工作重点，确保各项任务落到实处。")


def paragraph(text: str) -> bytes:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'.encode()


def document(body: bytes | Iterable[bytes], prolog: bytes = b"") -> Iterator[bytes]:
    """The chunks of a ``word/document.xml`` around ``body`` (bytes, or an iterable of
    chunks: a huge body is never held in memory)."""
    yield b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog
    yield f'<w:document xmlns:w="{W}"><w:body>'.encode()
    yield from ([body] if isinstance(body, bytes) else body)
    yield b"</w:body></w:document>"


def docx_package(chunks: Iterable[bytes], *, extra: dict[str, bytes] | None = None,
                 level: int = 6) -> bytes:
    """A Word package whose ``word/document.xml`` is ``chunks``, written through the ZIP
    writer as they come."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            for chunk in chunks:
                member.write(chunk)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def docx_of(*texts: str, prolog: bytes = b"") -> bytes:
    """A Word document holding ``texts`` as paragraphs."""
    return docx_package(document(b"".join(map(paragraph, texts or NOTICE)), prolog))


def zip_bomb(inflated: int, *, one_run: bool = False) -> bytes:
    """A small Word file whose ``document.xml`` inflates to about ``inflated`` bytes: the
    notice, then the same paragraph over and over (or, ``one_run``, one paragraph whose run
    is padded with spaces)."""
    head = b"".join(map(paragraph, NOTICE))
    if one_run:
        pad = 1 << 20
        body = [head, b'<w:p><w:r><w:t xml:space="preserve">',
                *(b" " * pad for _ in range(inflated // pad)), b"</w:t></w:r></w:p>"]
        return docx_package(document(body), level=1)
    unit = paragraph("坚持问题导向，突出工作重点。") * 1000
    return docx_package(document([head, *(unit for _ in range(inflated // len(unit)))]), level=1)


def plain_docx(*texts: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A Word document written with the ZIP module's defaults (no ZIP64 fields), whose
    headers :func:`patched` can change."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        z.writestr("word/document.xml", b"".join(document(b"".join(map(paragraph, texts or NOTICE)))))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def patched(data: bytes, member: str = "word/document.xml", *, flags: int = 0, method: int | None = None,
            declared: int | None = None, version: int | None = None) -> bytes:
    """``data`` with ``member``'s headers (local and central) changed: ``flags`` or-ed into
    its flags (1: encrypted), its compression ``method``, its ``declared`` inflated size, the
    ZIP ``version`` needed to extract it (64: 6.4)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        local = z.getinfo(member).header_offset
    name = member.encode()
    central = data.index(b"PK\x01\x02")
    while True:
        length, extra, comment = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46:central + 46 + length] == name:
            break
        central = data.index(b"PK\x01\x02", central + 46 + length + extra + comment)
    out = bytearray(data)
    for header, version_at, flag_at, method_at, size_at in ((local, 4, 6, 8, 22), (central, 6, 8, 10, 24)):
        if version is not None:
            struct.pack_into("<H", out, header + version_at, version)
        (old,) = struct.unpack_from("<H", out, header + flag_at)
        struct.pack_into("<H", out, header + flag_at, old | flags)
        if method is not None:
            struct.pack_into("<H", out, header + method_at, method)
        if declared is not None:
            struct.pack_into("<L", out, header + size_at, declared)
    return bytes(out)


def with_broken_deflate(data: bytes, member: str = "word/document.xml") -> bytes:
    """``data`` with bytes in the middle of ``member``'s compressed data overwritten: the ZIP
    directory is intact, the inflated data is not."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    broken = bytearray(data)
    middle = start + info.compress_size // 2
    broken[middle:middle + 16] = b"\xff" * 16
    return bytes(broken)


def stored_member_sizes(data: bytes) -> dict[str, tuple[int, int]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: (i.compress_size, i.file_size) for i in z.infolist()}


def nested_html(depth: int, tag: str = "div", text_every: int = 0) -> bytes:
    """A page whose main text sits inside ``depth`` nested ``tag`` elements (with a
    sentence at every ``text_every``-th level)."""
    opening = []
    for level in range(depth):
        words = f"第{level}层的内容，用于检验深层嵌套。" if text_every and level % text_every == 0 else ""
        opening.append(f"<{tag}>{words}")
    body = "".join(opening) + "".join(f"<p>{t}</p>" for t in NOTICE) + f"</{tag}>" * depth
    return f"<html><head><title>{NOTICE[0]}</title></head><body>{body}</body></html>".encode()


def sibling_html(count: int, cls: str = "share") -> bytes:
    """A page with its main text and ``count`` sibling chrome elements named ``cls``."""
    chrome = f'<div class="{cls}"><a href="#">分享到微信</a></div>' * count
    article = "".join(f"<p>{t}</p>" for t in NOTICE)
    return (f"<html><head><title>{NOTICE[0]}</title></head><body>{chrome}"
            f"<div class=article>{article}</div></body></html>").encode()


def billion_laughs(levels: int = 10) -> bytes:
    entities = ['<!ENTITY lol0 "哈哈">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return f'<!DOCTYPE w:document [{"".join(entities)}]>'.encode()


def utf16_without_bom(text: str, order: str = "le") -> bytes:
    return text.encode(f"utf-16-{order}")


# --------------------------------------------------------------------------- running under limits


@dataclass(frozen=True)
class Bounds:
    """What a hostile case may use: address space (MB) and CPU seconds (user + system)."""

    memory_mb: int = 1024
    cpu_seconds: int = 60


def _limit(bounds: Bounds):
    def apply() -> None:
        memory = bounds.memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (bounds.cpu_seconds, bounds.cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return apply


def run_limited(args: Iterable[object], cwd: Path, *, bounds: Bounds = Bounds(),
                stdin: bytes | IO[bytes] | int | None = None, stdout: IO[bytes] | int | None = None,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``python -m docgen ARGS`` under ``bounds``, with ``stdin`` (bytes, a file, or nothing:
    the null device) and ``stdout`` (a file, or captured).  A process that goes past the
    bounds is killed by the kernel (SIGXCPU, SIGKILL) or fails to allocate: a negative or
    unexpected exit code the caller's assertions catch.  The wall-clock timeout only guards
    against a process that waits forever without using CPU."""
    feed = {"input": stdin} if isinstance(stdin, bytes) else {"stdin": subprocess.DEVNULL if stdin is None else stdin}
    return subprocess.run([sys.executable, "-m", "docgen", *map(str, args)], cwd=cwd, preexec_fn=_limit(bounds),
                          stdout=subprocess.PIPE if stdout is None else stdout, stderr=subprocess.PIPE,
                          env={**os.environ, **(env or {})}, timeout=bounds.cpu_seconds * 10, **feed)


def peak_memory_mb() -> float:
    """The largest resident size of any child process waited for so far, in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
