"""Scanning font folders: for platforms without fontconfig, and for ``DOCGEN_FONT_DIRS``.

Every font file in the folders and their sub-folders is described by its ``name`` table
(:mod:`docgen.fonts.sfnt`).  What was read is kept in the cache folder (see
:mod:`docgen.fonts.facecache`) keyed by each file's size and modification time, so a later run
reads only new or changed files: walking a folder of a thousand fonts then takes milliseconds.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..cache import cache_file, write_cache_file
from .listing import FONT_SUFFIXES, InstalledFonts, Listing
from .sfnt import FontFileError, read_faces

#: Bumped whenever the on-disk index changes shape.
_CACHE_FORMAT = 1


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
    listings: list[Listing] = []
    problems: list[tuple[Path, str]] = []
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
    return cache_file("installed-fonts.json")


def _load_cache(path: Path | None) -> dict[str, list]:
    import json

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
    """Keep the index (a read-only cache folder: scan again next time)."""
    import json

    data = json.dumps({"format": _CACHE_FORMAT, "files": records}, ensure_ascii=False)
    write_cache_file(path, data.encode("utf-8"))
