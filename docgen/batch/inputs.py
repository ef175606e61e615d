"""What a batch converts, and where each output goes.

Inputs are files, folders (walked recursively; hidden entries, the output folder itself and
the outputs an earlier batch recorded in a manifest left out) and list files (one path per
line).  A folder walk also lists the documents docgen cannot read (``.doc``, ``.wps``,
``.pdf`` …) as failures with what to do about them, rather than pass over them in silence.  Each input gets an output *key*: its path
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
from .manifest import FILENAME as MANIFEST
from .manifest import recorded_outputs

#: File names a folder walk picks up when no ``--include`` is given: the formats docgen reads.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.htm", "*.html", "*.shtml", "*.xhtml", "*.docx")

#: Documents a folder walk finds that docgen cannot read, and what to do with each: listed
#: as failures (when no ``--include`` is given), never passed over in silence.  A PDF beside
#: a readable file of the same name is taken for docgen's own output and left out.
UNREADABLE = {
    ".doc": "an old-style Word (.doc) file; save it as .docx",
    ".wps": "a WPS (.wps) document; save it as .docx",
    ".pdf": "a PDF file; docgen reads text, HTML and Word (.docx) files — copy its text into a .txt file",
    ".rtf": "an RTF file; save it as .docx or .txt",
    ".odt": "an OpenDocument text (.odt); save it as .docx",
    ".ofd": "an OFD document; docgen reads text, HTML and Word (.docx) files — copy its text into a .txt file",
    ".ceb": "a CEB document; docgen reads text, HTML and Word (.docx) files — copy its text into a .txt file",
}

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
        return _matches(relative, self.include) and not _matches(relative, self.exclude)

    def unreadable(self, relative: PurePosixPath) -> str | None:
        """Why a file the walk does not take is worth a failure: a document docgen cannot
        read, found with the default ``--include`` and not excluded."""
        if self.include != DEFAULT_INCLUDE or _matches(relative, self.exclude):
            return None
        return UNREADABLE.get(relative.suffix.lower())


def _matches(relative: PurePosixPath, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(relative.name, p) or fnmatch.fnmatch(str(relative), p) for p in patterns)


def find_jobs(inputs: Iterable[str], lists: Iterable[str], outdir: Path, formats: tuple[OutputFormat, ...],
              selection: Selection = Selection()) -> Iterator[Job]:
    """The jobs for ``inputs`` (files and folders) and the paths listed in ``lists``, in a
    stable order; a key met twice makes the later job a failure, never an overwrite."""
    root = outdir.resolve()
    seen: dict[str, Path] = {}
    for source, key, problem in _sources(inputs, lists, root, selection):
        if problem is not None:
            yield Job(source, key, (), problem)
            continue
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
             selection: Selection) -> Iterator[tuple[Path, str, str | None]]:
    """(file, key, why it cannot be converted or None)."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, root, selection)
        elif path.exists() or path.is_symlink():
            yield path, _stem(PurePosixPath(path.name)), None
        else:
            raise UsageError("no such file or folder", name)
    for listed in lists:
        for entry in _listed(listed):
            yield entry, _stem(PurePosixPath(entry.name)), None


def _walk(folder: Path, root: Path, selection: Selection) -> Iterator[tuple[Path, str, str | None]]:
    """Files under ``folder`` in sorted order; symlinked folders are not followed (they could
    loop or lead anywhere); hidden entries, the output folder and the outputs a manifest
    records are skipped; documents docgen cannot read come with the reason."""
    outputs: set[str] = set()
    for current, dirs, files in os.walk(folder):
        here = Path(current)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _same(here / d, root))
        if MANIFEST in files:  # an earlier batch wrote here: its outputs are not inputs
            outputs.update(os.path.normpath(here / p) for p in recorded_outputs(here / MANIFEST))
        names = [n for n in sorted(files) if not n.startswith(".") and os.path.normpath(here / n) not in outputs]
        relatives = {n: PurePosixPath((here / n).relative_to(folder).as_posix()) for n in names}
        taken = {n for n in names if selection.takes(relatives[n])}
        stems = {Path(n).stem for n in taken}
        for name in names:
            relative = relatives[name]
            if name in taken:
                yield here / name, _stem(relative), None
            elif (why := selection.unreadable(relative)) and not (relative.suffix.lower() == ".pdf"
                                                                 and relative.stem in stems):
                yield here / name, str(relative), why


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
