"""The fonts fontconfig knows: one ``fc-list`` run, remembered until a font folder changes.

``fc-list`` lists every installed face with its file, face index and names in a few
milliseconds — but starting it is a good part of a one-file ``docgen convert``, and with
thousands of fonts its output takes longer still.  So the list is kept in the cache folder
(:func:`docgen.cache.cache_dir`) with the modification times of what decides it, the
way fontconfig validates its own caches: every folder holding a listed font, the folders
between those and the standard font folders, the standard font folders themselves, and
fontconfig's configuration.  Adding, removing or replacing a font changes the modification
time of its folder, and the next run lists the fonts again.
"""

from __future__ import annotations

import marshal
import os
from functools import partial
from pathlib import Path

from ..cache import cache_file, write_cache_file
from .listing import InstalledFonts, Listing, standard_folders

#: ``fc-list`` output: file, face index, family names, full names, PostScript name.
_FORMAT = "%{file}\\t%{index}\\t%{family}\\t%{fullname}\\t%{postscriptname}\\n"
#: fontconfig separates the names of a list with commas and escapes a comma in a name.
_COMMA, _ESCAPED_COMMA = ",", "\\,"
#: Seconds ``fc-list`` may take before docgen gives up on it and scans the folders itself.
_TIMEOUT = 20
#: fontconfig's configuration files and folders (besides ``FONTCONFIG_FILE``/``_PATH``).
_CONFIG = ("/etc/fonts", "/etc/fonts/conf.d", "~/.config/fontconfig", "~/.config/fontconfig/conf.d",
           "~/.fonts.conf", "~/.fonts.conf.d")
#: Environment variables that change what fontconfig lists.
_ENVIRONMENT = ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "XDG_DATA_HOME",
                "XDG_CONFIG_HOME", "HOME")
#: Bumped whenever what is stored changes.
_CACHE_FORMAT = 1
ORIGIN = "fontconfig (fc-list)"


def fontconfig_fonts() -> InstalledFonts | None:
    """Every font fontconfig knows, or None when fontconfig is not there or fails."""
    import shutil

    program = shutil.which("fc-list")
    if program is None:
        return None
    key = [_CACHE_FORMAT, program, *(os.environ.get(name, "") for name in _ENVIRONMENT)]
    cache = _cache_file()
    listings = _cached(cache, key)
    if listings is None:
        listings = _run_fc_list(program)
        if listings is None:
            return None
        _store(cache, key, listings)
    return InstalledFonts(listings, ORIGIN, fc_list=program, faces_with=partial(faces_with, program))


def _run_fc_list(program: str) -> list[Listing] | None:
    import subprocess

    try:
        done = subprocess.run([program, "-f", _FORMAT], capture_output=True, timeout=_TIMEOUT, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_fc_list(done.stdout.decode("utf-8", "replace"))


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
        names = tuple(n for field in parts[2:] for n in _names(field))
        listings[(parts[0], index)] = Listing(Path(parts[0]), index, names)
    return list(listings.values())


def _names(field: str) -> list[str]:
    """The names of one fc-list field: ``A\\, B,C`` → ``["A, B", "C"]``."""
    marker = "\0"
    parts = field.replace(_ESCAPED_COMMA, marker).split(_COMMA)
    return [p.replace(marker, _COMMA).strip() for p in parts if p.strip()]


def faces_with(program: str, code: int) -> set[tuple[str, int]] | None:
    """(file, face index) of the fonts fontconfig says have the character ``code``."""
    import subprocess

    try:
        done = subprocess.run([program, "-f", "%{file}\\t%{index}\\n", f":charset={code:x}"],
                              capture_output=True, timeout=_TIMEOUT, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    out = set()
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        path, _, index = line.partition("\t")
        if index.isdigit():
            out.add((path, int(index)))
    return out


# --------------------------------------------------------------------------- the cache


def watched(listings: list[Listing]) -> list[str]:
    """The folders and files whose modification times decide what fontconfig lists."""
    roots = [str(p) for p in standard_folders()]
    config = [os.path.expanduser(p) for p in _CONFIG]
    config += [os.environ[v] for v in ("FONTCONFIG_FILE", "FONTCONFIG_PATH") if os.environ.get(v)]
    folders = set(roots) | set(config)
    for listing in listings:
        folder = os.path.dirname(str(listing.path))
        while folder not in folders:  # up to the standard folder it is in, if any
            folders.add(folder)
            if not any(folder.startswith(root + os.sep) for root in roots):
                break
            folder = os.path.dirname(folder)
    return sorted(folders)


def _stamps(paths: list[str]) -> list[int]:
    out = []
    for path in paths:
        try:
            out.append(os.stat(path).st_mtime_ns)
        except OSError:
            out.append(-1)
    return out


def _cache_file() -> Path | None:
    return cache_file("fontconfig-fonts.marshal")


def _cached(path: Path | None, key: list) -> list[Listing] | None:
    if path is None:
        return None
    try:
        state = marshal.loads(path.read_bytes())
        if state["key"] != key or _stamps(state["watched"]) != state["stamps"]:
            return None
        return [Listing(Path(file), index, tuple(names)) for file, index, names in state["listings"]]
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def _store(path: Path | None, key: list, listings: list[Listing]) -> None:
    """Keep the list (a read-only cache folder: list the fonts again next time)."""
    if path is None:
        return
    folders = watched(listings)
    state = {"key": key, "watched": folders, "stamps": _stamps(folders),
             "listings": [(str(x.path), x.index, list(x.names)) for x in listings]}
    write_cache_file(path, marshal.dumps(state))
