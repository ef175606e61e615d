"""What ``docgen fonts`` shows: the font of every typeface role and where it came from, what
was passed over and why, and — for an input — which characters need another font.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..chars import display_width
from ..fonts import Font, FontSet
from ..style import Style
from ..style.schema import ROLE_NAMES, TYPEFACE_NAMES, TypefaceName


@dataclass(frozen=True, slots=True)
class CharUse:
    """One distinct character of a role's text and the font that draws it (None: no font)."""

    ch: str
    role: str
    font: Font | None


@dataclass(slots=True)
class RoleCoverage:
    chars: set[str] = field(default_factory=set)
    fallback: dict[str, Font] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)


def role_label(typeface: str, bold: bool) -> str:
    return f"{typeface} bold" if bold else typeface


def used_faces(style: Style) -> list[tuple[TypefaceName, bool]]:
    """Every typeface role, regular, and the bold ones the preset's parts use."""
    faces: list[tuple[TypefaceName, bool]] = [(name, False) for name in TYPEFACE_NAMES]
    for role in (style.roles.get(name) for name in ROLE_NAMES):
        if role.bold:
            faces += [(role.typeface, True), ("latin", True)]
    return list(dict.fromkeys(faces))


def coverage(fonts: FontSet, runs: Iterable[tuple[str, TypefaceName, bool, bool]]) -> dict[str, RoleCoverage]:
    """Per role label, the distinct characters, those drawn in a fallback font and those no
    font has — for ``runs`` of (character, typeface, bold, Latin?)."""
    out: dict[str, RoleCoverage] = {}
    for ch, typeface, bold, latin in dict.fromkeys(runs):
        chosen = fonts.choose(ch, typeface, bold, latin)
        in_latin = latin and chosen is fonts.font("latin", bold)  # Latin letters and digits
        entry = out.setdefault(role_label("latin" if in_latin else typeface, bold), RoleCoverage())
        entry.chars.add(ch)
        if chosen is None:
            entry.missing.add(ch)
        elif chosen is not fonts.font(typeface, bold) and not in_latin:
            entry.fallback[ch] = chosen
    return out


def fonts_table(style: Style, fonts: FontSet) -> str:
    """The role → family, source, file table, and the notes of resolving them."""
    rows: list[tuple[str, ...]] = [("role", "family", "source", "file")]
    for typeface, bold in used_faces(style):
        file = fonts.file(typeface, bold)
        face = f"#{file.index}" if file.index else ""
        rows.append((role_label(typeface, bold), file.family, file.source, f"{file.path}{face}"))
    installed = fonts.resolver.installed
    lines = [f"Fonts for the PDF (style {style.name}); installed fonts: {len(installed)} faces "
             f"from {installed.origin}", "", *_table(rows)]
    notes = fonts.diagnostics()
    if notes:
        lines += ["", "Notes:"] + [f"  {d.level}: {d.message}" for d in notes]
    if installed.problems:
        lines += ["", "Font files that could not be read:"]
        lines += [f"  {path}: {problem}" for path, problem in installed.problems]
    return "\n".join(lines)


def coverage_report(name: str, fonts: FontSet, runs: Iterable[tuple[str, TypefaceName, bool, bool]]) -> str:
    """The characters of an input per role, and those that need another font or have none."""
    found = coverage(fonts, runs)
    order = [role_label(name, bold) for bold in (False, True) for name in TYPEFACE_NAMES]
    roles = {label: found[label] for label in sorted(found, key=order.index)}
    total = len({ch for entry in roles.values() for ch in entry.chars})
    rows: list[tuple[str, ...]] = [("role", "characters", "in its font", "fallback", "no font")]
    for label, entry in roles.items():
        fallback, lacking = len(entry.fallback), len(entry.missing)
        rows.append((label, str(len(entry.chars)), str(len(entry.chars) - fallback - lacking),
                     str(fallback), str(lacking)))
    lines = [f"Characters of {name}: {total} distinct", "", *_table(rows)]
    fallbacks = [(ch, label, font) for label, entry in roles.items() for ch, font in sorted(entry.fallback.items())]
    if fallbacks:
        lines += ["", "Drawn in a fallback font (same size, same baseline):"]
        lines += [f"  {ch}  U+{ord(ch):04X}  {label}  {font.file.label}" for ch, label, font in fallbacks]
    missing = [(ch, label) for label, entry in roles.items() for ch in sorted(entry.missing)]
    if missing:
        lines += ["", "No font has (left blank in the PDF; install a font that has them):"]
        lines += [f"  {ch}  U+{ord(ch):04X}  {label}" for ch, label in missing]
    if not fallbacks and not missing:
        lines += ["", "Every character is in its role's font."]
    return "\n".join(lines)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths)]
        out.append("  ".join(cells).rstrip())
    return out
