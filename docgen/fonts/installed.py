"""The fonts installed on this machine, found by family name.

Where docgen looks:

* ``DOCGEN_FONT_DIRS`` set — only the folders it lists (separated by ``os.pathsep``: ``:`` on
  Linux and macOS, ``;`` on Windows; empty = no installed fonts at all), scanned as below;
* otherwise, where fontconfig is installed (Linux, and macOS with Homebrew fontconfig) — every
  font fontconfig knows, from one ``fc-list`` run (fontconfig keeps its own cache, so this
  takes milliseconds even with thousands of fonts);
* otherwise the standard font folders of the platform (Windows: ``%WINDIR%\\Fonts`` and the
  per-user fonts folder; macOS: ``/System/Library/Fonts``, ``/Library/Fonts``,
  ``~/Library/Fonts``; others: ``/usr/share/fonts``, ``/usr/local/share/fonts``, ``~/.fonts``,
  ``~/.local/share/fonts``), walked recursively; every font file's ``name`` table is read with
  :mod:`docgen.fonts.sfnt`.  What was read is kept in the cache folder (see
  :mod:`docgen.fonts.facecache`), keyed by each file's size and modification time, so a later
  run reads only new or changed files.

The index is built once per process, the first time a font is looked for.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .sfnt import FontFileError, name_key, read_faces

#: The environment variable naming the folders to search instead of the standard ones.
FONT_DIRS_ENV = "DOCGEN_FONT_DIRS"
#: Font file name endings looked at in folders.  ``.otf``/``.otc`` are usually CFF-outlined
#: and cannot be embedded, but they are listed so that ``docgen fonts`` can say why a font
#: the user has is not used.
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
#: ``fc-list`` output: file, face index, family names, full names, PostScript name.
_FC_FORMAT = "%{file}\\t%{index}\\t%{family}\\t%{fullname}\\t%{postscriptname}\\n"
#: fontconfig separates the names of a list with commas and escapes a comma in a name.
_FC_LIST_SPLIT = re.compile(r"(?<!\\),")
#: Seconds ``fc-list`` may take before docgen gives up on it and scans the folders itself.
_FC_TIMEOUT = 20
#: Bumped whenever the on-disk index changes shape.
_CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Listing:
    """One installed face: its file, its index in a collection, and the names it is known by."""

    path: Path
    index: int
    names: tuple[str, ...]


class InstalledFonts:
    """An index of installed faces by family, full and PostScript name."""

    def __init__(self, listings: Iterable[Listing], origin: str,
                 problems: Iterable[tuple[Path, str]] = (), fc_list: str | None = None) -> None:
        self.listings = tuple(sorted(listings, key=lambda item: (str(item.path), item.index)))
        self.origin = origin              # shown by `docgen fonts`: where the list came from
        self.fc_list = fc_list            # the fc-list program, when the list came from it
        self.problems = tuple(problems)   # font files that could not be read, and why
        self._by_name: dict[str, list[Listing]] = {}
        for listing in self.listings:
            for name in dict.fromkeys(name_key(n) for n in listing.names):
                self._by_name.setdefault(name, []).append(listing)

    def find(self, name: str) -> list[Listing]:
        return self._by_name.get(name_key(name), [])

    def __len__(self) -> int:
        return len(self.listings)

    def covering(self, code: int) -> list[Listing]:
        """The faces that may have the character ``code``: those fontconfig says have it, or
        (without fontconfig) every face, for the caller to ask each one's ``cmap``."""
        if self.fc_list is None:
            return list(self.listings)
        try:
            done = subprocess.run([self.fc_list, "-f", "%{file}\\t%{index}\\n", f":charset={code:x}"],
                                  capture_output=True, timeout=_FC_TIMEOUT, check=True)
        except (OSError, subprocess.SubprocessError):
            return list(self.listings)
        wanted = {tuple(line.split("\t")[:2]) for line in done.stdout.decode("utf-8", "replace").splitlines()}
        return [item for item in self.listings if (str(item.path), str(item.index)) in wanted]


@cache
def installed_fonts() -> InstalledFonts:
    """The installed fonts of this machine (see the module's description), once per process."""
    chosen = os.environ.get(FONT_DIRS_ENV)
    if chosen is not None:
        folders = [Path(p).expanduser() for p in chosen.split(os.pathsep) if p.strip()]
        return scan_folders(folders, f"{FONT_DIRS_ENV}: {chosen or '(empty)'}")
    listed = fontconfig_fonts()
    if listed is not None:
        return listed
    folders = standard_folders()
    return scan_folders(folders, "font folders: " + os.pathsep.join(map(str, folders)))


# --------------------------------------------------------------------------- fontconfig


def fontconfig_fonts() -> InstalledFonts | None:
    """Every font fontconfig knows, or None when fontconfig is not there or fails."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        done = subprocess.run([program, "-f", _FC_FORMAT], capture_output=True, timeout=_FC_TIMEOUT,
                              check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return InstalledFonts(parse_fc_list(done.stdout.decode("utf-8", "replace")), "fontconfig (fc-list)",
                          fc_list=program)


def parse_fc_list(output: str) -> list[Listing]:
    listings: dict[tuple[str, int], Listing] = {}
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0]:
            continue
        try:
            index = int(parts[1] or 0)
        except ValueError:
            continue
        if index >> 16:  # a named instance of a variable font: its base face is listed too
            continue
        names = tuple(n.replace("\\,", ",").strip() for field in parts[2:]
                      for n in _FC_LIST_SPLIT.split(field) if n.strip())
        listings[(parts[0], index)] = Listing(Path(parts[0]), index, names)
    return list(listings.values())


# --------------------------------------------------------------------------- folders


def standard_folders() -> list[Path]:
    """The platform's font folders (whether or not they exist)."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts",
                Path("/Network/Library/Fonts")]
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts", data / "fonts"]


def scan_folders(folders: list[Path], origin: str) -> InstalledFonts:
    """The fonts in ``folders`` and their sub-folders, reading only files not in the cache."""
    cache_file = _cache_file()
    known = _load_cache(cache_file)
    records: dict[str, list] = {}
    for path in _font_files(folders):
        try:
            stat = path.stat()
        except OSError:
            continue
        key = str(path)
        record = known.get(key)
        if not (isinstance(record, list) and len(record) == 4
                and record[:2] == [stat.st_size, stat.st_mtime_ns]):
            record = [stat.st_size, stat.st_mtime_ns, *_read_record(path)]
        records[key] = record
    if records != known and cache_file is not None:
        _store_cache(cache_file, records)
    listings, problems = [], []
    for key, (_size, _mtime, faces, problem) in records.items():
        if problem:
            problems.append((Path(key), problem))
        listings.extend(Listing(Path(key), index, tuple(names)) for index, names in faces)
    return InstalledFonts(listings, origin, problems)


def _font_files(folders: list[Path]):
    seen: set[str] = set()
    for folder in folders:
        for root, dirs, files in os.walk(folder, followlinks=True):
            real = os.path.realpath(root)
            if real in seen:  # a symbolic link back up the tree
                dirs[:] = []
                continue
            seen.add(real)
            dirs.sort()
            for name in sorted(files):
                if name.lower().endswith(FONT_SUFFIXES):
                    yield Path(root) / name


def _read_record(path: Path) -> list:
    """[[index, names] per face], problem — what the cache keeps of a font file."""
    try:
        faces = read_faces(path)
    except FontFileError as exc:
        return [[], str(exc)]
    return [[[face.index, [*face.families, *face.names]] for face in faces], None]


def _cache_file() -> Path | None:
    from .facecache import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "installed-fonts.json"


def _load_cache(path: Path | None) -> dict[str, list]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _store_cache(path: Path, records: dict[str, list]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"format": _CACHE_FORMAT, "files": records}, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:  # a read-only cache folder: scan again next time
        pass
