"""docgen's cache folder: what is slow to derive from a font file and the same every time —
parsed font tables, compressed glyph outlines, the list of installed fonts — kept between runs.

An entry is named from what it is derived from, so a stale entry is never read: it is simply
not found.  Anything unexpected (no folder, no permission, a foreign entry) means working
without the cache, never failing.  ``DOCGEN_CACHE_DIR`` chooses the folder;
``DOCGEN_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .files import atomic_write


def cache_dir() -> Path | None:
    """The cache folder (``$DOCGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/docgen``, else
    ``~/.cache/docgen``), or None when the cache is turned off."""
    chosen = os.environ.get("DOCGEN_CACHE_DIR")
    if chosen:
        return None if chosen.lower() in ("off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "docgen"


def cache_file(name: str) -> Path | None:
    """The cache file called ``name``, or None without a cache folder."""
    folder = cache_dir()
    return None if folder is None else folder / name


def cache_entry(path: Path, index: int, suffix: str, *key: object) -> Path | None:
    """The file in the cache folder for what is derived from face ``index`` of the font file
    ``path`` (``suffix`` says what): named from the font file's path, size and modification
    time, the reportlab version and ``key``.  None without a cache folder, or for a font file
    that cannot be read."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    from reportlab import Version

    parts = (path.resolve(), index, stat.st_size, stat.st_mtime_ns, Version, *key)
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    return folder / f"{path.stem}-{index}-{digest}{suffix}"


def write_cache_file(entry: Path, data: bytes) -> None:
    """Write ``data`` to ``entry`` atomically; a cache folder that cannot be written means no
    cache."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(entry, data, prefix=".")
    except OSError:
        pass
