"""``docgen styles learn``: a preset measured from a sample DOCX — its paper and margins, its
grid (the body's line pitch and character spacing: lines a page, characters a line), the
size, typeface, weight, alignment and first-line indent of its title, headings and body, and
its page numbers (form, size, typeface, side) — written as a commented preset like ``docgen
styles new`` writes, each measured key saying what it was measured from, the rest taken from
a base preset; with the list of what could not be measured."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from ..style import Style
from ..style.export import new_preset
from ..style.resolved import KeyPath
from ..style.schema import ROLE_NAMES, TYPEFACE_NAMES, RoleName, TypefaceName
from ..style.units import parse_size, size_name
from .docxcheck import first_indent, pitch_of
from .docxread import DocxDocument, DocxParagraph, FooterLine, Section, read_docx
from .patterns import MM
from .textroles import parse_paragraphs
from .typefaces import typefaces_of

#: The roles learned from the sample's paragraphs.
LEARNED_ROLES: tuple[RoleName, ...] = ("title", "heading1", "heading2", "heading3", "heading4", "body")
#: ``w:jc`` → a role's alignment.
ALIGN = {"both": "justify", "distribute": "justify", "center": "center", "right": "right", "end": "right",
         "left": "left", "start": "left"}


@dataclass
class Learned:
    """What was measured: ``--set`` settings, a note for each key, and what was not."""

    settings: list[str] = field(default_factory=list)
    notes: dict[KeyPath, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def set(self, key: str, value: str, note: str) -> None:
        self.settings.append(f"{key}={value}")
        self.notes[tuple(key.split("."))] = note


def learn(data: bytes, name: str, base: Style) -> Learned:
    """Measure the sample ``data`` (a DOCX) against ``base``."""
    document = read_docx(data, name)
    out = Learned()
    if not document.sections:
        out.missing.append("the page: the sample has no section properties")
        return out
    section = document.sections[-1]
    _page(section, out)
    texts = [p for p in document.paragraphs if p.text.strip()]
    roles = parse_paragraphs([p.text for p in texts]).roles
    by_role: dict[RoleName, list[DocxParagraph]] = {}
    for index, role in roles.items():
        by_role.setdefault(role, []).append(texts[index])
    body = by_role.get("body", [])
    cell = base.char_pitch
    if body:
        chars = _grid(section, body[0], out)
        cell = (section.width - section.left - section.right) / max(chars, 1)
    else:
        out.missing.append("the grid: the sample has no body paragraph")
    for role in LEARNED_ROLES:
        if role in by_role:
            _role(role, by_role[role][0], base, cell, out)
        else:
            out.missing.append(f"roles.{role}: the sample has no {role.replace('heading', 'level-')} paragraph; "
                               "kept from the base")
    _page_number(document, section, base, out)
    _roomy(base, out)
    return out


def _roomy(base: Style, out: Learned) -> None:
    """Roles bigger than the learned pitch (a title of 22 pt on the 16 pt lines of a sample
    in single spacing) take as many grid lines as they need, so that the preset is valid."""
    settings = dict(item.split("=", 1) for item in out.settings)
    pitch = settings.get("grid.line_pitch", "").strip('"').removesuffix("twip")
    if not pitch.isdigit():
        return
    points = int(pitch) / 20
    for role in ROLE_NAMES:
        learned = settings.get(f"roles.{role}.size")
        size = parse_size(learned.strip('"')) if learned else base.roles.get(role).size
        if size > points:
            out.set(f"roles.{role}.line_pitch", f'"{math.ceil(size / points)}行"',
                    f"adjusted: {size:g} pt lines need {math.ceil(size / points)} lines of the learned grid")


def _mm(points: float) -> str:
    return f"{round(points / MM, 1):g}mm"


def _page(section: Section, out: Learned) -> None:
    for key, value, what in (("page.width", section.width, "the paper's width"),
                             ("page.height", section.height, "the paper's height"),
                             ("page.margins.top", section.top, "w:pgMar top"),
                             ("page.margins.bottom", section.bottom, "w:pgMar bottom"),
                             ("page.margins.left", section.left, "w:pgMar left"),
                             ("page.margins.right", section.right, "w:pgMar right")):
        out.set(key, f'"{_mm(value)}"', f"measured: {what}, {value * 20:.0f} twips")


def _grid(section: Section, body: DocxParagraph, out: Learned) -> int:
    """Learn the grid from the body; the characters a line."""
    pitch, exact = pitch_of(body, section)
    height = section.height - section.top - section.bottom
    width = section.width - section.left - section.right
    twips = round(pitch * 20)
    how = "the body's exact line spacing" if body.para.get("line_rule") == "exact" else "the document grid"
    if not exact:
        out.missing.append("grid.line_pitch: the body has single line spacing and no grid: estimated from its size")
    out.set("grid.line_pitch", f'"{twips}twip"', f"measured: {how}, {twips / 20:g} pt")
    lines = math.floor(height / pitch + 0.02)
    out.set("grid.lines", str(lines), f"measured: {height / MM:.1f} mm of text block / {twips / 20:g} pt")
    spacing = body.run.get("spacing", 0.0)
    cell = body.run.get("size", 10.5) + spacing
    if section.grid_type in ("linesAndChars", "snapToChars") and section.char_space is not None:
        cell = body.run.get("size", 10.5) + section.char_space / 4096
    chars = math.floor(width / cell + 0.02)
    out.set("grid.chars", str(chars), f"measured: {width / MM:.1f} mm of text width / {cell:g} pt a character")
    out.set("docx.char_spacing", f'"{spacing:g}pt"', "measured: the body's character spacing (w:spacing)")
    return chars


def _size(points: float) -> str:
    return f'"{size_name(points) or f"{points:g}pt"}"'


def typeface_of(font: str, base: Style, fallback: TypefaceName) -> TypefaceName:
    """The base's typeface that ``font`` is (the one whose DOCX name it is, first)."""
    found = typefaces_of(font, base)
    exact = [t for t in TYPEFACE_NAMES if base.typeface(t).docx == font]
    return (exact or sorted(found, key=TYPEFACE_NAMES.index) or [fallback])[0]


def _role(role: RoleName, para: DocxParagraph, base: Style, cell: float, out: Learned) -> None:
    """Learn a role from its first paragraph; ``cell`` is one 字 of the learned grid."""
    key = f"roles.{role}"
    where = f"paragraph {para.number} (style {para.style})"
    size = para.run.get("size", 10.5)
    out.set(f"{key}.size", _size(size), f"measured: {where}, {size:g} pt")
    font = str(para.run.get("eastAsia", ""))
    if font and not font.startswith("theme:"):
        typeface = typeface_of(font, base, base.roles.get(role).typeface)
        out.set(f"{key}.typeface", f'"{typeface}"', f"measured: {where} is set in {font}")
        if font != base.typeface(typeface).docx and not typefaces_of(font, base):
            out.set(f"typefaces.{typeface}.docx", f'"{font}"', f"measured: {where} is set in {font}")
    else:
        out.missing.append(f"{key}.typeface: the sample leaves the Chinese font to the theme ({font or 'unset'})")
    out.set(f"{key}.bold", "true" if para.run.get("bold") else "false", f"measured: {where}")
    out.set(f"{key}.align", f'"{ALIGN.get(para.para.get("jc", "left"), "left")}"',
            f"measured: {where}, w:jc {para.para.get('jc', 'left')}")
    indent = first_indent(para)
    cells = indent / cell
    value = f'"{round(cells)}字"' if abs(cells - round(cells)) < 0.1 else f'"{indent:.2f}pt"'
    out.set(f"{key}.first_indent", value.replace('"0字"', '"0"'), f"measured: {where}, {indent:.1f} pt")


def _page_number(document: DocxDocument, section: Section, base: Style, out: Learned) -> None:
    lines = {kind: next((line for line in document.footers.get(part, ()) if line.has_page), None)
             for kind, part in section.footers.items()}
    odd, even = lines.get("default"), lines.get("even")
    if odd is None:
        out.missing.append("page_number: no footer with a PAGE field; kept from the base")
        return
    out.set("page_number.format", f'"{odd.text.strip()}"', "measured: the odd pages' footer")
    out.set("page_number.size", _size(odd.run.get("size", 10.5)), "measured: the footer's page number")
    font = str(odd.run.get("eastAsia") or odd.run.get("ascii") or "")
    if font and not font.startswith("theme:"):
        out.set("page_number.typeface", f'"{typeface_of(font, base, base.page_number.typeface)}"',
                f"measured: the page number is set in {font}")
    out.set("page_number.placement", f'"{_placement(odd, even, document.even_and_odd)}"',
            "measured: the alignment of the odd and even footers")
    gap = odd.para.get("right", 0.0) if odd.para.get("jc") in ("right", "end") else odd.para.get("left", 0.0)
    out.set("page_number.gap", f'"{gap:g}pt"', "measured: the footer's indent on the number's side")
    out.missing.append("page_number.offset: where the number's line lies depends on the font's height; "
                       "kept from the base")


def _placement(odd: FooterLine, even: FooterLine | None, even_and_odd: bool) -> str:
    side = ALIGN.get(odd.para.get("jc", "left"), "left")
    if side == "center":
        return "center"
    if even_and_odd and even is not None and ALIGN.get(even.para.get("jc", "left")) == "left" and side == "right":
        return "outside"
    return side if side in ("left", "right") else "center"


def learn_preset(name: str, sample: Path, base: Style, base_name: str, output: str | None) -> tuple[Path, Learned]:
    """Measure ``sample`` and write the preset ``name``; where it went, and what was learned."""
    learned = learn(sample.read_bytes(), str(sample), base)
    header = [f"{name} — a preset learned from the sample {sample.name} by `docgen styles learn`.",
              f"Measured keys say what they were measured from; the others come from {base_name}.",
              *(["", "Not measured:"] + [f"  {line}" for line in learned.missing] if learned.missing else [])]
    path = new_preset(name, base_name, output, learned.settings, header=header, notes=learned.notes,
                      description=f"learned from {sample.name}")
    return path, learned
