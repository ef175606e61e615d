"""Subsets of a font file under another family name, for embedding in a document.

A word processor that opens a document with embedded fonts looks them up by the name the
document gives them (the DOCX names 仿宋_GB2312, the bundled file is FandolFang), so the
subset carries that name as its family: what LibreOffice does itself when it loads an
embedded font, and what a reader looking the font up by its own name needs.  The original's
copyright and licence records stay; nothing but the family, style and full names changes,
and the weight is set to the face the subset stands for (regular or bold).

Subsetting uses fontTools (the ``embed`` extra), imported only when a subset is made: its
subsetter keeps the glyphs of the characters asked for (and the components of composite
glyphs), the hinting tables the glyphs' instructions use, and a ``cmap`` of those
characters only.  The file's own timestamps are kept, so the same characters give the same
bytes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..version import DISTRIBUTION

#: Tables a document's text does not need: glyph positioning and substitution (a word
#: processor lays Chinese out on the em box), vertical metrics, a style table, a baseline
#: table, the tools' own records.
DROPPED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "STAT", "vhea", "vmtx", "VORG", "kern",
                  "FFTM", "DSIG", "hdmx", "LTSH", "VDMX", "PCLT")
#: Name records rewritten for the new family: family, style, unique ID, full name,
#: PostScript name, typographic family and style, WWS family and style, variations prefix.
RENAMED_IDS = (1, 2, 3, 4, 6, 16, 17, 21, 22, 25)
#: Windows platform, Unicode BMP encoding; US English and PRC Chinese records.
_WINDOWS, _UNICODE_BMP, _LANGUAGES = 3, 1, (0x0409, 0x0804)
#: ``OS/2.fsSelection`` bits: italic, bold, regular; ``head.macStyle`` bits: bold, italic.
_FS_ITALIC, _FS_BOLD, _FS_REGULAR = 0x0001, 0x0020, 0x0040
_MAC_BOLD, _MAC_ITALIC = 0x0001, 0x0002


@dataclass(frozen=True, slots=True)
class Subset:
    """A font file cut down to ``characters`` (those it has) and named ``family``."""

    data: bytes
    characters: frozenset[str]   # the characters asked for that the font has
    missing: frozenset[str]      # the characters asked for that it lacks


def can_subset() -> bool:
    return importlib.util.find_spec("fontTools") is not None


def require_subsetter(purpose: str) -> None:
    """Raise a one-line error naming the extra to install when fontTools is missing."""
    if not can_subset():
        raise UsageError(f"{purpose} needs fontTools: install {DISTRIBUTION}[embed] "
                         "(from a clone: pip install '.[embed]')")


def subset_font(path: Path, characters: Iterable[str], family: str, bold: bool = False,
                label: str = "") -> Subset:
    """The glyphs of ``characters`` in the font file ``path``, as a TrueType font whose family
    is ``family`` and whose face is regular (or bold); ``label`` (ASCII, e.g. the typeface
    role) goes into its PostScript name."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), lazy=True, recalcTimestamp=False, recalcBBoxes=False)
    cmap = font.getBestCmap() or {}
    wanted = frozenset(characters)
    present = frozenset(c for c in wanted if ord(c) in cmap)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables = [*options.drop_tables, *DROPPED_TABLES]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in present))
    subsetter.subset(font)
    _rename(font, family, bold, _postscript_name(label or family, family, bold, present))
    _set_weight(font, bold)
    out = io.BytesIO()
    font.save(out)
    return Subset(out.getvalue(), present, wanted - present)


def _postscript_name(label: str, family: str, bold: bool, characters: frozenset[str]) -> str:
    """An ASCII PostScript name of at most 63 characters, from ``label`` and unique to the
    family and the set of characters (a family name in Chinese has no PostScript form)."""
    ascii_label = "".join(c for c in label.title() if c.isascii() and c.isalnum())[:30] or "Embedded"
    digest = hashlib.sha1((family + "".join(sorted(characters))).encode("utf-8")).hexdigest()[:8]
    return f"Docgen{ascii_label}-{digest}-{'Bold' if bold else 'Regular'}"


def _rename(font, family: str, bold: bool, postscript: str) -> None:
    """Replace the names that identify the face; keep copyright, licence, designer and the
    rest, on the Windows platform (records of other platforms would name the old family)."""
    table = font["name"]
    original = table.getDebugName(4) or table.getDebugName(1) or ""
    table.names = [n for n in table.names if n.platformID == _WINDOWS and n.nameID not in RENAMED_IDS]
    style = "Bold" if bold else "Regular"
    full = f"{family} Bold" if bold else family
    for language in _LANGUAGES:
        for name_id, value in ((1, family), (2, style), (4, full)):
            table.setName(value, name_id, _WINDOWS, _UNICODE_BMP, language)
    table.setName(f"{postscript}; subset of {original}", 3, _WINDOWS, _UNICODE_BMP, _LANGUAGES[0])
    table.setName(postscript, 6, _WINDOWS, _UNICODE_BMP, _LANGUAGES[0])


def _set_weight(font, bold: bool) -> None:
    """The subset is the regular (or bold) face of its family, whatever the original was:
    the title's stand-in is the bold cut of Noto Serif SC, embedded as 小标宋's regular face."""
    os2 = font["OS/2"]
    os2.usWeightClass = 700 if bold else 400
    selection = os2.fsSelection & ~(_FS_ITALIC | _FS_BOLD | _FS_REGULAR)
    os2.fsSelection = selection | (_FS_BOLD if bold else _FS_REGULAR)
    head = font["head"]
    head.macStyle = (head.macStyle & ~(_MAC_BOLD | _MAC_ITALIC)) | (_MAC_BOLD if bold else 0)
