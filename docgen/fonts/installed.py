"""The fonts installed on this machine, found by family name.

Where docgen looks:

* ``DOCGEN_FONT_DIRS`` set — only the folders it lists (separated by ``os.pathsep``: ``:`` on
  Linux and macOS, ``;`` on Windows; empty = no installed fonts at all), scanned as below;
* otherwise, where fontconfig is installed (Linux, and macOS with Homebrew fontconfig) — every
  font fontconfig knows, from one ``fc-list`` run, remembered until a font folder changes
  (:mod:`docgen.fonts.fontconfig`);
* otherwise the standard font folders of the platform (Windows: ``%WINDIR%\\Fonts`` and the
  per-user fonts folder; macOS: ``/System/Library/Fonts``, ``/Library/Fonts``,
  ``~/Library/Fonts``; others: ``/usr/share/fonts``, ``/usr/local/share/fonts``, ``~/.fonts``,
  ``~/.local/share/fonts``), walked recursively (:mod:`docgen.fonts.folders`).

The index is built once per process, the first time a font is looked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .sfnt import name_key

#: The environment variable naming the folders to search instead of the standard ones.
FONT_DIRS_ENV = "DOCGEN_FONT_DIRS"
#: Font file name endings.  ``.otf``/``.otc`` are usually CFF-outlined and cannot be
#: embedded, but they are listed so that ``docgen fonts`` can say why a font is not used.
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")


class Listing(NamedTuple):
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
        from .fontconfig import faces_with

        wanted = faces_with(self.fc_list, code)
        if wanted is None:
            return list(self.listings)
        return [item for item in self.listings if (str(item.path), item.index) in wanted]


@cache
def installed_fonts() -> InstalledFonts:
    """The installed fonts of this machine (see the module's description), once per process."""
    chosen = os.environ.get(FONT_DIRS_ENV)
    if chosen is None:
        from .fontconfig import fontconfig_fonts

        listed = fontconfig_fonts()
        if listed is not None:
            return listed
    from .folders import scan_folders

    if chosen is not None:
        folders = [Path(p).expanduser() for p in chosen.split(os.pathsep) if p.strip()]
        return scan_folders(folders, f"{FONT_DIRS_ENV}: {chosen or '(empty)'}")
    folders = standard_folders()
    return scan_folders(folders, "font folders: " + os.pathsep.join(map(str, folders)))


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
