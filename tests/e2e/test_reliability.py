"""The reliability suite: docgen against a matrix of hostile and faulty inputs and conditions —
files that are not text, damaged and malicious Word packages (zip bombs, broken compressed
data, entities, path traversal), web pages built to be slow, texts in awkward encodings,
awkward files and paths, outputs that must not or cannot be written, pipes, signals, time
limits and batches that meet each other.

Each case runs docgen in a subprocess under resource limits the test sets (address space and
CPU time, :data:`BOUNDS`: the kernel stops a process that goes past them, which fails the
case) and asserts the exit code, the one-line message (or the quiet exit), no traceback and
no warning, no partial or stray file, every input untouched, and whole outputs.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers.hostile import (
    NOTICE,
    Bounds,
    billion_laughs,
    document,
    docx_of,
    docx_package,
    nested_html,
    paragraph,
    patched,
    plain_docx,
    run_limited,
    sibling_html,
    with_broken_deflate,
    zip_bomb,
)

#: What every case may use: 512 MB of address space and 30 s of CPU time.
BOUNDS = Bounds(memory_mb=512, cpu_seconds=30)

TEXT = ("\n\n".join(NOTICE) + "\n").encode()
PAGE = ("<html><head><meta charset=utf-8><title>" + NOTICE[0] + "</title></head><body><div class=article>"
        + "".join(f"<p>{t}</p>" for t in NOTICE) + "</div></body></html>").encode()


@dataclass(frozen=True)
class Case:
    """One hostile input or condition and what docgen must do with it.

    ``setup`` makes the case's files in the working folder and returns docgen's arguments;
    ``says`` is a fragment of the one-line message ("" for a quiet failure); ``outputs`` the
    files the run leaves (whole); ``changes`` files present before that the run may replace;
    ``drive`` runs the process itself (signals, pipes) instead of :func:`run_limited`."""

    name: str
    setup: Callable[[Path], list[str]]
    code: int
    says: str = ""
    outputs: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    lines: int = 1
    env: dict[str, str] = field(default_factory=dict)
    drive: Callable[[list[str], Path, dict[str, str]], subprocess.CompletedProcess] | None = None
    check: Callable[[Path], None] | None = None


def given(name: str, data: bytes | Callable[[], bytes], *args: str) -> Callable[[Path], list[str]]:
    """A file ``name`` holding ``data``; docgen runs ``convert NAME -o out.pdf``, or ``args``
    (``{}`` standing for the file's name)."""
    def setup(folder: Path) -> list[str]:
        (folder / name).write_bytes(data() if callable(data) else data)
        return [a.format(name) for a in args] if args else ["convert", name, "-o", "out.pdf"]
    return setup


def converted(name: str, data: bytes, out: str = "out.pdf", **kw) -> dict:
    return {"setup": given(name, data), "code": 0, "outputs": (out,), **kw}


def refused(name: str, data: bytes | Callable[[], bytes], says: str, code: int = 1) -> dict:
    return {"setup": given(name, data), "code": code, "says": says}


# --------------------------------------------------------------------------- builders


def _random(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for member, data in members.items():
            z.writestr(member, data)
    return out.getvalue()


def _docx_text_in_output(*fragments: str) -> Callable[[Path], None]:
    def check(folder: Path) -> None:
        import docx

        text = "\n".join(p.text for p in docx.Document(str(folder / "out.docx")).paragraphs)
        for fragment in fragments:
            assert fragment in text, text[:500]
    return check


def _entity_docx() -> bytes:
    return docx_package(document(b"".join(map(paragraph, NOTICE[:3])) + paragraph("请&org;各部门认真执行。"),
                                 prolog='<!DOCTYPE w:document [<!ENTITY org "某某县人民政府">]>'.encode()))


def _void_page(tags: tuple[str, ...]) -> bytes:
    paragraphs = [f"<p>第{i}段正文，内容完整，不能丢失。</p>" for i in range(16)]
    for i, tag in enumerate(tags):
        paragraphs.insert(3 + 4 * i, f"<{tag} src='a.swf'>")
    return ("<html><head><title>通知</title></head><body><div>" + "".join(paragraphs)
            + "</div></body></html>").encode()


def _flat_page(count: int) -> bytes:
    return b"<html><body><p>" + NOTICE[2].encode() + b"</p>" + b"<i></i>" * count + b"</body></html>"


def _many_lines(count: int) -> bytes:
    return ("关于做好工作的通知\n各单位：\n" + "".join(f"{i}、这是第{i}行，内容很短。\n" for i in range(count))).encode()


def _sparse(name: str, size: int) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        with (folder / name).open("wb") as handle:
            handle.truncate(size)
        return ["convert", name, "-o", "out.pdf"]
    return setup


def _linked(kind: str) -> Callable[[Path], list[str]]:
    """Input files reached through links: loops, dangling links, links to the input."""
    def setup(folder: Path) -> list[str]:
        if kind == "loop":
            (folder / "a.txt").symlink_to("b.txt")
            (folder / "b.txt").symlink_to("a.txt")
            return ["convert", "a.txt", "-o", "out.pdf"]
        if kind == "dangling":
            (folder / "a.txt").symlink_to("nowhere.txt")
            return ["convert", "a.txt", "-o", "out.pdf"]
        (folder / "s.docx").write_bytes(docx_of())
        if kind == "hard":
            os.link(folder / "s.docx", folder / "out.docx")
        else:
            (folder / "out.docx").symlink_to("s.docx")
        return ["convert", "s.docx", "-o", "out.docx"]
    return setup


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe.txt")
    return ["convert", "pipe.txt", "-o", "out.pdf"]


#: A seal with transparency, and a text signed under it (so that the seal is drawn).
_SEAL_PNG = (Path(__file__).parents[2] / "examples" / "seal-specimen.png").read_bytes()
_SIGNED = (Path(__file__).parents[2] / "examples" / "notice-downward.txt").read_bytes()


def _with_seal(picture: bytes) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / "a.txt").write_bytes(_SIGNED)
        (folder / "seal.png").write_bytes(picture)
        return ["convert", "a.txt", "-o", "out.pdf", "--seal", "seal.png"]
    return setup


def _existing_output(mode: int, *extra: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / "a.txt").write_bytes(TEXT)
        (folder / "out.pdf").write_bytes(b"an older output")
        (folder / "out.pdf").chmod(mode)
        return ["convert", "a.txt", "-o", "out.pdf", *extra]
    return setup


def _pipe_as_output(folder: Path) -> list[str]:
    (folder / "a.txt").write_bytes(TEXT)
    os.mkfifo(folder / "out.pdf")
    return ["convert", "a.txt", "-o", "out.pdf"]


def _still_a_pipe(folder: Path) -> None:
    assert stat.S_ISFIFO((folder / "out.pdf").lstat().st_mode), "the pipe was replaced"


def _mode_is(name: str, mode: int) -> Callable[[Path], None]:
    def check(folder: Path) -> None:
        assert stat.S_IMODE((folder / name).stat().st_mode) == mode
    return check


def _batch_folder(files: dict[str, bytes], *args: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / "in").mkdir()
        for name, data in files.items():
            (folder / "in" / name).write_bytes(data)
        return ["batch", "in", *args]
    return setup


def _looped_batch(folder: Path) -> list[str]:
    (folder / "in").mkdir()
    (folder / "in" / "good.txt").write_bytes(TEXT)
    (folder / "in" / "loop.txt").symlink_to("loop.txt")
    return ["batch", "in", "-o", "out", "-q"]


# --------------------------------------------------------------------------- drivers: pipes, signals, other processes

Driver = Callable[[list[str], Path, dict[str, str]], subprocess.CompletedProcess]


def _stdin_file(name: str) -> Driver:
    """Standard input redirected from the file ``name`` of the case's folder (or a device)."""
    def drive(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
        with (folder / name).open("rb") as stdin:
            return run_limited(argv, folder, bounds=BOUNDS, env=env, stdin=stdin)
    return drive


def _stdout_to(target: str) -> Driver:
    """Standard output into ``/dev/full`` (a full disk) or a pipe whose reader is gone."""
    def drive(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
        if target == "full":
            with open("/dev/full", "wb") as full:
                return run_limited(argv, folder, bounds=BOUNDS, env=env, stdout=full)
        read, write = os.pipe()
        os.close(read)
        try:
            return run_limited(argv, folder, bounds=BOUNDS, env=env, stdout=write)
        finally:
            os.close(write)
    return drive


def _signalled(signum: int, after: float) -> Driver:
    """``signum`` sent ``after`` seconds into the run (the input takes several seconds)."""
    def drive(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
        from helpers.hostile import _limit

        proc = subprocess.Popen([sys.executable, "-m", "docgen", *argv], cwd=folder, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env={**os.environ, **env},
                                preexec_fn=_limit(BOUNDS))
        time.sleep(after)
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=120)
        return subprocess.CompletedProcess(argv, proc.returncode, out, err)
    return drive


def _locked_folder(folder: Path) -> list[str]:
    (folder / "a.txt").write_bytes(TEXT)
    (folder / "out").mkdir()
    (folder / "out" / ".docgen-batch.lock").write_text("process 4242, started 2024-01-01 09:00:00\n")
    return ["batch", "a.txt", "-o", "out"]


def _twice_at_once(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Two runs of the same command at the same time: both end well, the output is whole."""
    from helpers.hostile import _limit

    procs = [subprocess.Popen([sys.executable, "-m", "docgen", *argv], cwd=folder, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env={**os.environ, **env},
                              preexec_fn=_limit(BOUNDS)) for _ in range(2)]
    errors = b"".join(proc.communicate(timeout=120)[1] for proc in procs)
    codes = {proc.returncode for proc in procs}
    return subprocess.CompletedProcess(argv, codes.pop() if len(codes) == 1 else -1, b"", errors)


def _while_locked(argv: list[str], folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Another batch holds the output folder (its lock, as a running batch holds it)."""
    import fcntl

    with (folder / "out" / ".docgen-batch.lock").open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        return run_limited(argv, folder, bounds=BOUNDS, env=env)


# --------------------------------------------------------------------------- the matrix

MB = 1 << 20
SEVERAL_SECONDS = _many_lines(40_000)   # a text that takes several seconds to convert

CASES = [
    # ---- not text at all
    Case("empty file", **refused("a.txt", b"", "empty")),
    Case("whitespace only", **refused("a.txt", b" \r\n\t\n  ", "empty")),
    Case("random binary data", **refused("a.txt", _random(8192), "not a text file")),
    Case("a PNG image named .txt", **refused("a.txt", b"\x89PNG\r\n\x1a\n" + _random(500), "PNG image")),
    Case("a PDF named .txt", **refused("a.txt", b"%PDF-1.4\n" + _random(500), "PDF file")),
    Case("an old Word file named .docx", **refused("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(900),
                                                  "old-style Word")),
    Case("a ZIP archive named .docx", **refused("a.docx", _zip({"a/b.txt": b"x"}), "a ZIP archive")),
    Case("an Excel workbook", **refused("a.xlsx", _zip({"xl/workbook.xml": b"<workbook/>"}), "Excel")),
    Case("a program", **refused("a.txt", b"\x7fELF" + _random(300), "program")),
    # ---- Word packages: damaged
    Case("a Word file cut short", **refused("a.docx", lambda: plain_docx(*NOTICE * 30)[:700], "damaged")),
    Case("broken compressed data", **refused("a.docx", lambda: with_broken_deflate(plain_docx(*NOTICE * 40)),
                                              "damaged")),
    Case("malformed XML", **refused("a.docx", lambda: docx_package(document(b"<w:p><w:r><w:t>x</w:r>")),
                                    "malformed")),
    Case("XML nested 300 deep", **refused("a.docx", lambda: docx_package(document(
        b"<w:sdt><w:sdtContent>" * 300 + paragraph("正文。") + b"</w:sdtContent></w:sdt>" * 300)), "limit: nesting")),
    Case("a declared size smaller than the data", **refused("a.docx", lambda: patched(
        plain_docx(*NOTICE * 20), declared=100), "damaged")),
    Case("an encrypted part", **refused("a.docx", lambda: patched(plain_docx(), flags=1), "encrypted")),
    Case("an unknown compression method", **refused("a.docx", lambda: patched(plain_docx(), method=99),
                                                     "not a readable Word")),
    Case("a newer ZIP version", **refused("a.docx", lambda: patched(plain_docx(), version=64), "damaged ZIP")),
    Case("only a table", **refused("a.docx", lambda: docx_package(document(
        b"<w:tbl><w:tr><w:tc>" + paragraph("单元格") + b"</w:tc></w:tr></w:tbl>")), "holds no text")),
    # ---- Word packages: malicious
    Case("a zip bomb of paragraphs (100 MB)", **refused("a.docx", lambda: zip_bomb(100 * MB), "limit: lines")),
    Case("a zip bomb in one run (210 MB)", **refused("a.docx", lambda: zip_bomb(210 * MB, one_run=True),
                                                      "limit: inflated-bytes")),
    Case("a zip bomb in one run (190 MB)", **refused("a.docx", lambda: zip_bomb(190 * MB, one_run=True),
                                                      "longer than 10 MB")),
    Case("a part declared as 300 MB", **refused("a.docx", lambda: patched(plain_docx(), declared=300 * MB),
                                                 "limit: inflated-bytes")),
    Case("one paragraph of 900,000 elements", **refused("a.docx", lambda: docx_package(document(
        b"<w:p><w:r>" + b"<w:t>x</w:t><w:br/>" * 450_000 + b"</w:r></w:p>")), "limit: lines")),
    Case("a zip bomb as styles", **refused("a.docx", lambda: plain_docx(extra={
        "word/styles.xml": b"<w:styles xmlns:w='x'>" + b"<w:style/>" * 1_100_000 + b"</w:styles>"}),
        "limit: xml-elements")),
    Case("billion laughs", **refused("a.docx", lambda: docx_package(document(paragraph("&lol9;"),
                                                                             prolog=billion_laughs())),
                                     "not a readable Word")),
    Case("an external entity (XXE)", **refused("a.docx", lambda: docx_package(document(paragraph("&x;"), prolog=(
        b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'))), "external")),
    Case("member names climbing out (path traversal)", **converted("a.docx", plain_docx(extra={
        "../../evil.txt": b"x", "/tmp/evil-absolute.txt": b"x", "word/../../../evil2.txt": b"x"}))),
    Case("an entity inside a run", setup=given("a.docx", _entity_docx(), "convert", "{}", "-o", "out.docx"),
         code=0, outputs=("out.docx",), check=_docx_text_in_output("请某某县人民政府各部门认真执行。")),
    # ---- web pages
    Case("8,000 nested divs", **refused("a.html", nested_html(8000), "limit: nesting")),
    Case("20,000 nested divs", **refused("a.html", nested_html(20000), "limit: nesting")),
    Case("240 nested divs with text", **converted("a.html", nested_html(240, text_every=6))),
    Case("20,000 sibling share divs", **converted("a.html", sibling_html(20000))),
    Case("8,000 sibling hidden divs", **converted("a.html", PAGE.replace(
        b"<div class=article>", b"<div style='display:none'>x</div>" * 8000 + b"<div class=article>"))),
    Case("10,000 comments", **converted("a.html", PAGE.replace(b"<p>", b"<!-- c --><p>" + b"<!-- x -->" * 2500))),
    Case("250,000 elements", **refused("a.html", _flat_page(250_000), "limit: html-elements")),
    Case("an embed in mid-text", setup=given("a.html", _void_page(("embed",)), "convert", "{}", "-o", "out.docx"),
         code=0, outputs=("out.docx",), check=_docx_text_in_output("第15段正文")),
    Case("source, track and wbr in mid-text", setup=given("a.html", _void_page(("source", "track", "wbr")),
                                                          "convert", "{}", "-o", "out.docx"),
         code=0, outputs=("out.docx",), check=_docx_text_in_output("第15段正文")),
    Case("an XML declaration", **converted("a.html", b'<?xml version="1.0" encoding="utf-8"?>' + PAGE)),
    Case("a charset that lies", **converted("a.html", PAGE.replace(b"charset=utf-8", b"charset=gb2312"))),
    Case("a page in UTF-16", **converted("a.html", PAGE.decode().replace("utf-8", "utf-16").encode("utf-16"))),
    Case("only navigation", **refused("a.html", b"<html><body><nav><a href=x>\xe9\xa6\x96\xe9\xa1\xb5</a></nav>"
                                                b"<ul><li><a href=y>a</a></li></ul></body></html>", "no main text")),
    Case("the text only inside noscript", **refused("a.html", PAGE.replace(b"<div class=article>", b"<noscript>")
                                                    .replace(b"</div></body>", b"</noscript></body>") * 1,
                                                    "no main text")),
    Case("entities defined in a DOCTYPE", **converted("a.html", billion_laughs().replace(b"w:document", b"html")
                                                      + PAGE.replace(b"</title>", b"&lol9;</title>"))),
    Case("references to the network", **converted("a.html", PAGE.replace(b"<body>", (
        b"<body><iframe src='http://example.com/f'></iframe><img src='https://example.com/p.jpg'>"
        b"<script src='http://example.com/a.js'></script><link rel=stylesheet href='http://example.com/c.css'>")))),
    # ---- texts
    Case("UTF-16 LE without a byte-order mark", **converted("a.txt", TEXT.decode().encode("utf-16-le"))),
    Case("UTF-16 BE without a byte-order mark", **converted("a.txt", TEXT.decode().encode("utf-16-be"))),
    Case("UTF-16 with a byte-order mark", **converted("a.txt", TEXT.decode().encode("utf-16"))),
    Case("UTF-32 with a byte-order mark", **converted("a.txt", TEXT.decode().encode("utf-32"))),
    Case("GB18030", **converted("a.txt", TEXT.decode().encode("gb18030"))),
    Case("Big5", **converted("a.txt", TEXT.decode().encode("big5", "replace"))),
    Case("a cut last character", **converted("a.txt", TEXT + "。".encode()[:2])),
    Case("bytes no encoding explains", **refused("a.txt", TEXT + bytes(range(0x80, 0x100)) * 40, "cannot decode")),
    Case("zero bytes in a Latin text", **refused("a.txt", b"abc\x00def\x00" * 300, "binary")),
    Case("2,000,000 empty lines", **refused("a.txt", TEXT + b"\n" * 2_000_000 + TEXT, "limit: lines")),
    Case("one line of a million characters", **converted("a.txt", NOTICE[0].encode() + b"\n"
                                                         + NOTICE[4].encode() * 40_000)),
    Case("control characters and escapes", **converted("a.txt", (TEXT * 10).replace(b"\xe3\x80\x82", b"\x1b[2J\x07\x08", 1))),
    Case("a text named .docx", **converted("a.docx", TEXT)),
    Case("a text named .html", **converted("a.html", TEXT)),
    Case("a page named .txt", **converted("a.txt", PAGE)),
    # ---- files and paths
    Case("over 20 MB", setup=_sparse("a.txt", 50 * MB), code=1, says="limit: input-bytes"),
    Case("a symbolic link loop", setup=_linked("loop"), code=1, says="symbolic links"),
    Case("a dangling symbolic link", setup=_linked("dangling"), code=1, says="no such file"),
    Case("a folder", setup=lambda folder: ["convert", ".", "-o", "out.pdf"], code=1, says="folder"),
    Case("a missing file", setup=lambda folder: ["convert", "nope.txt", "-o", "out.pdf"], code=1, says="no such file"),
    Case("a named pipe nobody writes", setup=_fifo, code=1, says="empty"),
    Case("an endless device", setup=lambda folder: ["convert", "/dev/zero", "-o", "out.pdf"], code=1,
         says="limit: input-bytes"),
    Case("a name with a terminal escape", setup=given("a\x1b[2Jb.txt", b"", "convert", "{}", "-o", "out.pdf"),
         code=1, says="a\\x1b[2Jb.txt"),
    Case("endless standard input", setup=lambda folder: ["convert", "-", "-o", "out.pdf"], code=1,
         says="limit: input-bytes", drive=_stdin_file("/dev/zero")),
    # ---- outputs
    Case("a Word input converted next to itself", setup=given("s.docx", docx_of(), "convert", "{}"), code=3,
         says="is the input"),
    Case("-o naming the input", setup=given("s.docx", docx_of(), "convert", "{}", "-o", "{}"), code=3,
         says="is the input"),
    Case("an output hard-linked to the input", setup=_linked("hard"), code=3, says="is the input"),
    Case("an output linked to the input", setup=_linked("symbolic"), code=3, says="is the input"),
    Case("standard input redirected from the output", setup=lambda folder: (
        (folder / "s.docx").write_bytes(docx_of()), ["convert", "-", "-o", "s.docx"])[1],
        code=3, says="is the input", drive=_stdin_file("s.docx")),
    Case("a read-only output", setup=_existing_output(0o444), code=3, says="read-only"),
    Case("a read-only output, forced", setup=_existing_output(0o444, "--force"), code=0, outputs=("out.pdf",),
         changes=("out.pdf",), check=_mode_is("out.pdf", 0o444)),
    Case("a private output", setup=_existing_output(0o600), code=0, outputs=("out.pdf",), changes=("out.pdf",),
         check=_mode_is("out.pdf", 0o600)),
    Case("an output that is a named pipe", setup=_pipe_as_output, code=3, says="not a regular file",
         check=_still_a_pipe),
    Case("a missing output folder", setup=given("a.txt", TEXT, "convert", "{}", "-o", "no/out.pdf"), code=3,
         says="does not exist"),
    Case("an output under a device", setup=given("a.txt", TEXT, "convert", "{}", "-o", "/dev/null/out.pdf"),
         code=3, says="does not exist"),
    Case("an output name of 256 bytes", setup=given("a.txt", TEXT, "convert", "{}", "-o", "讲" * 84 + ".pdf"),
         code=3, says="255 bytes"),
    Case("an output name of 244 bytes", setup=given("a.txt", TEXT, "convert", "{}", "-o", "讲" * 80 + ".pdf"),
         code=0, outputs=("讲" * 80 + ".pdf",)),
    Case("an input name of 255 bytes", setup=given("a" * 251 + ".txt", TEXT, "convert", "{}"), code=3,
         says="255 bytes"),
    Case("standard output on a full disk", setup=given("a.txt", TEXT, "convert", "{}", "-o", "-", "-f", "pdf"),
         code=3, says="No space left on device", drive=_stdout_to("full")),
    Case("standard output closed", setup=given("a.txt", TEXT, "convert", "{}", "-o", "-", "-f", "pdf"), code=3,
         says="", drive=_stdout_to("closed")),
    Case("rules into a closed pipe", setup=lambda folder: ["rules"], code=3, says="", drive=_stdout_to("closed")),
    Case("inspect onto a full disk", setup=given("a.txt", TEXT, "inspect", "{}"), code=3, says="No space left",
         drive=_stdout_to("full")),
    # ---- options that do not fit
    Case("-o x.pdf with --format docx", setup=given("a.txt", TEXT, "convert", "{}", "-o", "x.pdf", "-f", "docx"),
         code=2, says="names a PDF file"),
    Case("an impossible --set", setup=given("a.txt", TEXT, "convert", "{}", "-o", "out.pdf", "--set",
                                            "page.width=0mm"), code=2, says="--set page.width=0mm"),
    Case("a bad DOCGEN_LIMITS", setup=given("a.txt", TEXT), code=2, says="DOCGEN_LIMITS",
         env={"DOCGEN_LIMITS": "speed=3"}),
    Case("a seal picture cut short", setup=_with_seal(_SEAL_PNG[:3000]), code=2,
         says="the seal's picture cannot be read: image file is truncated"),
    Case("a seal picture that is a PNG signature and noise", setup=_with_seal(_SEAL_PNG[:8] + _random(2000)),
         code=2, says="the seal's picture cannot be read"),
    # ---- time and signals
    Case("past the time limit", setup=given("a.txt", SEVERAL_SECONDS), code=1, says="limit: seconds = 1 s",
         env={"DOCGEN_LIMITS": "seconds=1"}),
    Case("interrupted (Ctrl-C)", setup=given("a.txt", SEVERAL_SECONDS), code=130, says="interrupted",
         drive=_signalled(signal.SIGINT, 1.5)),
    Case("terminated (SIGTERM)", setup=given("a.txt", SEVERAL_SECONDS), code=130, says="interrupted",
         drive=_signalled(signal.SIGTERM, 1.5)),
    Case("killed (SIGKILL)", setup=given("a.txt", SEVERAL_SECONDS), code=-signal.SIGKILL, says="",
         drive=_signalled(signal.SIGKILL, 1.5)),
    Case("two converts into one output at once", setup=given("a.txt", _many_lines(3000), "convert", "{}", "-o",
                                                             "out.pdf", "-q"),
         code=0, outputs=("out.pdf",), drive=_twice_at_once),
    # ---- other commands
    Case("inspect a zip bomb", setup=given("a.docx", lambda: zip_bomb(100 * MB), "inspect", "{}"), code=1,
         says="limit: lines"),
    Case("fonts of a page nested 8,000 deep", setup=given("a.html", nested_html(8000), "fonts", "{}"), code=1,
         says="limit: nesting"),
    # ---- batches
    Case("a batch of hostile and good files", setup=_batch_folder({
        "good.txt": TEXT, "bomb.docx": zip_bomb(100 * MB), "deep.html": nested_html(8000), "empty.txt": b"",
        "binary.txt": _random(4000), "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "page.html": sibling_html(5000)}, "-o", "out", "-q"),
        code=1, says="limit: lines", lines=5, outputs=("out/good.pdf", "out/page.pdf", "out/docgen-manifest.json")),
    Case("a batch into its own folder over Word files", setup=_batch_folder(
        {"a.txt": TEXT, "b.docx": docx_of()}, "-o", "in", "-f", "docx"), code=3, says="is the input file"),
    Case("a batch while another batch writes there", setup=_locked_folder, code=3,
         says="another docgen batch is writing into this folder (process 4242", drive=_while_locked),
    Case("a batch with a symbolic link loop", setup=_looped_batch, code=1, says="symbolic links",
         outputs=("out/good.pdf", "out/docgen-manifest.json")),
    Case("a batch over a read-only output", setup=lambda folder: (
        (folder / "a.txt").write_bytes(TEXT), (folder / "out").mkdir(), (folder / "out" / "a.pdf").write_bytes(b"old"),
        (folder / "out" / "a.pdf").chmod(0o444), ["batch", "a.txt", "-o", "out", "-q"])[-1],
        code=1, says="read-only", outputs=("out/docgen-manifest.json",)),
    Case("a batch over a read-only output, forced", setup=lambda folder: (
        (folder / "a.txt").write_bytes(TEXT), (folder / "out").mkdir(), (folder / "out" / "a.pdf").write_bytes(b"old"),
        (folder / "out" / "a.pdf").chmod(0o444), ["batch", "a.txt", "-o", "out", "-q", "--force"])[-1],
        code=0, outputs=("out/a.pdf", "out/docgen-manifest.json"), changes=("out/a.pdf",),
        check=_mode_is("out/a.pdf", 0o444)),
    Case("a batch into a file", setup=lambda folder: ((folder / "out").write_bytes(b"x"),
                                                      (folder / "a.txt").write_bytes(TEXT),
                                                      ["batch", "a.txt", "-o", "out"])[-1],
         code=2, says="must be a folder"),
]


# --------------------------------------------------------------------------- the assertions


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` (links as links): its content and mode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if stat.S_ISREG(info.st_mode):
            found[str(path.relative_to(folder))] = (path.read_bytes(), stat.S_IMODE(info.st_mode))
    return found


def assert_whole(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path
    elif path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None and "word/document.xml" in z.namelist(), path
    elif path.suffix == ".json":
        import json

        json.loads(data)


def assert_message(case: Case, stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and "Warning" not in stderr, stderr
    assert not any((ch < " " and ch != "\n") or "\x7f" <= ch <= "\x9f" for ch in stderr), repr(stderr)
    lines = stderr.splitlines()
    if case.code == 0:
        assert len(lines) <= 1, stderr  # the summary line
    elif case.code < 0 or not case.says:
        assert stderr == "", stderr        # killed, or a quiet exit
    else:
        assert len(lines) == case.lines, stderr
        head = "docgen: interrupted" if case.code == 130 else "docgen: error: "
        assert all(line.startswith(head) for line in lines[:case.lines]), stderr
        assert case.says in stderr, stderr


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_input(case: Case, tmp_path: Path):
    folder = tmp_path / "work"
    folder.mkdir()
    argv = case.setup(folder)
    before = snapshot(tmp_path)
    drive = case.drive or (lambda argv, folder, env: run_limited(argv, folder, bounds=BOUNDS, env=env))
    result = drive(argv, folder, case.env)

    assert result.returncode == case.code, result.stderr.decode(errors="replace")[-2000:]
    assert_message(case, result.stderr.decode(errors="replace"))
    after = snapshot(tmp_path)
    assert not [name for name in after if name.endswith(".part")], "a partial file was left"
    for name, (data, mode) in before.items():       # every file there before is untouched
        if name.removeprefix("work/") not in case.changes:
            assert after.get(name) == (data, mode), f"{name} was changed"
    new = sorted(set(after) - set(before))
    expected = sorted(f"work/{name}" for name in case.outputs if f"work/{name}" not in before)
    assert new == expected, f"files written: {new}"
    for name in case.outputs:
        assert_whole(folder / name)
    if case.check is not None:
        case.check(folder)


def test_the_matrix_is_large_and_covers_every_family():
    names = [case.name for case in CASES]
    assert len(names) == len(set(names)) >= 60
    assert sum(case.code == 0 for case in CASES) >= 15 and sum(case.code != 0 for case in CASES) >= 45
