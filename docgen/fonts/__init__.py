"""Fonts: finding them (installed or bundled), reading them, and choosing which font draws each
character of a style's roles.

The facade: :class:`FontSet` (the fonts of one style), :class:`Font` (one loaded font, as
renderers see it), :class:`FontFile` (where a font comes from) and :func:`load_font`.
Discovery lives in :mod:`.installed`, :mod:`.listing`, :mod:`.fontconfig` and
:mod:`.folders`; reading font files in :mod:`.sfnt` and :mod:`.cmap`; resolution in
:mod:`.resolve`; the parsed faces and their disk cache in :mod:`.compactface` and
:mod:`.facecache`.
"""

from .face import Font, Metrics, is_blank, load_font
from .fontset import FALLBACK_FILES, FontSet
from .resolve import FontFile, Resolution, Skipped, Source

__all__ = ["FALLBACK_FILES", "Font", "FontFile", "FontSet", "Metrics", "Resolution", "Skipped", "Source",
           "is_blank", "load_font"]
