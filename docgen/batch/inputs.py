"""What a batch converts, and where each output goes.

Inputs are files, folders (walked recursively, hidden entries and the output folder itself
left out) and list files (one path per line).  Each input gets an output *key*: its path
relative to the folder it was found in (a file named directly keeps only its name), without
suffix.  Outputs are ``OUTDIR/<key>.pdf`` / ``.docx`` — so the output tree mirrors the input
tree — and a key can never climb out of OUTDIR: it is built from names inside the walked
folder, never from ``..``, and the resolved output folder is checked to lie inside OUTDIR
(a symlinked sub-folder of OUTDIR that points elsewhere is refused for that file).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import UsageError
from ..formats import OutputFormat, suffix

#: File names a folder walk picks up when no ``--include`` is given: the formats docgen reads.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.htm", "*.html", "*.shtml", "*.xhtml", "*.docx")

@dataclass(frozen=True, slots=True)
class Job:
    """One input file and the outputs it is to produce."""

    source: Path                          # the file as named or found (not resolved)
    key: str                              # output path relative to OUTDIR, without suffix
    outputs: tuple[tuple[OutputFormat, Path], ...]  # (format, path)
    problem: str | None = None             # set when the file cannot be converted at all

    @property
    def input(self) -> str:
        """The input as recorded: absolute, but with symlinks as named."""
        return os.path.abspath(self.source)

    @property
    def names(self) -> tuple[str, ...]:
        """The outputs relative to the output folder, as the manifest records them."""
        return tuple(self.key + suffix(fmt) for fmt, _ in self.outputs)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files a folder walk takes: ``include``/``exclude`` are glob patterns matched
    against the name and against the path relative to the folder."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()

    def takes(self, relative: PurePosixPath) -> bool:
        def matches(patterns: Iterable[str]) -> bool:
            return any(fnmatch.fnmatch(relative.name, p) or fnmatch.fnmatch(str(relative), p)
                       for p in patterns)
        return matches(self.include) and not matches(self.exclude)


def find_jobs(inputs: Iterable[str], lists: Iterable[str], outdir: Path, formats: tuple[OutputFormat, ...],
              selection: Selection = Selection()) -> Iterator[Job]:
    """The jobs for ``inputs`` (files and folders) and the paths listed in ``lists``, in a
    stable order; a key met twice makes the later job a failure, never an overwrite."""
    root = outdir.resolve()
    seen: dict[str, Path] = {}
    for source, key in _sources(inputs, lists, root, selection):
        if key in seen:
            yield Job(source, key, (), f"has the same output name as {seen[key]}; "
                                       "convert it separately or rename it")
            continue
        seen[key] = source
        yield _job(source, key, root, outdir, formats)


def _job(source: Path, key: str, root: Path, outdir: Path, formats: tuple[OutputFormat, ...]) -> Job:
    outputs = tuple((fmt, outdir / (key + suffix(fmt))) for fmt in formats)
    for _, path in outputs:
        if not _inside(path, root):
            return Job(source, key, (), f"its output {path} would be written outside {outdir}")
    return Job(source, key, outputs)


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path`` stays inside ``root`` once existing symlinks on the way are followed."""
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    resolved = parent.resolve()
    return resolved == root or root in resolved.parents


def _sources(inputs: Iterable[str], lists: Iterable[str], root: Path,
             selection: Selection) -> Iterator[tuple[Path, str]]:
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, root, selection)
        elif path.exists() or path.is_symlink():
            yield path, _stem(PurePosixPath(path.name))
        else:
            raise UsageError("no such file or folder", name)
    for listed in lists:
        for entry in _listed(listed):
            yield entry, _stem(PurePosixPath(entry.name))


def _walk(folder: Path, root: Path, selection: Selection) -> Iterator[tuple[Path, str]]:
    """Files under ``folder`` in sorted order; symlinked folders are not followed (they could
    loop or lead anywhere), hidden entries and the output folder are skipped."""
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _same(here / d, root))
        for name in sorted(files):
            if name.startswith("."):
                continue
            relative = PurePosixPath((here / name).relative_to(folder).as_posix())
            if selection.takes(relative):
                yield here / name, _stem(relative)


def _same(path: Path, root: Path) -> bool:
    try:
        return path.resolve() == root
    except OSError:
        return False


def _stem(relative: PurePosixPath) -> str:
    return str(relative.with_suffix("")) if relative.suffix else str(relative)


def _listed(list_file: str) -> Iterator[Path]:
    """Paths named in a list file, one per line (``#`` starts a comment), relative to the
    list file's folder; ``-`` reads the list from standard input."""
    if list_file == "-":
        import sys

        text, base = sys.stdin.read(), Path.cwd()
    else:
        try:
            text = Path(list_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"cannot read the list: {getattr(exc, 'strerror', None) or exc}",
                             list_file) from None
        base = Path(list_file).parent
    for line in text.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            yield base / entry
