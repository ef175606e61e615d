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
from functools import cache
from pathlib import Path

from .folders import scan_folders
from .fontconfig import fontconfig_fonts
from .listing import FONT_DIRS_ENV, InstalledFonts, standard_folders


@cache
def installed_fonts() -> InstalledFonts:
    """The installed fonts of this machine (see the module's description), once per process."""
    chosen = os.environ.get(FONT_DIRS_ENV)
    if chosen is None:
        listed = fontconfig_fonts()
        if listed is not None:
            return listed
    if chosen is not None:
        folders = [Path(p).expanduser() for p in chosen.split(os.pathsep) if p.strip()]
        return scan_folders(folders, f"{FONT_DIRS_ENV}: {chosen or '(empty)'}")
    folders = standard_folders()
    return scan_folders(folders, "font folders: " + os.pathsep.join(map(str, folders)))
