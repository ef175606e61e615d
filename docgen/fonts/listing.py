"""The index of installed faces: each face's file, index and names, found by name.

Built by :mod:`docgen.fonts.fontconfig` (from ``fc-list``) or :mod:`docgen.fonts.folders`
(by scanning font folders); :func:`docgen.fonts.installed.installed_fonts` chooses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
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
    index: int  # type: ignore[assignment]  # face index in a collection (shadows tuple.index)
    names: tuple[str, ...]


class InstalledFonts:
    """An index of installed faces by family, full and PostScript name."""

    def __init__(self, listings: Iterable[Listing], origin: str,
                 problems: Iterable[tuple[Path, str]] = (), fc_list: str | None = None,
                 faces_with: Callable[[int], set[tuple[str, int]] | None] | None = None) -> None:
        self.listings = tuple(sorted(listings, key=lambda item: (str(item.path), item.index)))
        self.origin = origin              # shown by `docgen fonts`: where the list came from
        self.fc_list = fc_list            # the fc-list program, when the list came from it
        self.problems = tuple(problems)   # font files that could not be read, and why
        #: Asks which faces have a character (fontconfig can tell without opening them).
        self._faces_with = faces_with
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
        if self._faces_with is None:
            return list(self.listings)
        wanted = self._faces_with(code)
        if wanted is None:
            return list(self.listings)
        return [item for item in self.listings if (str(item.path), item.index) in wanted]


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
