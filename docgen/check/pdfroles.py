"""The parts of a PDF (its paragraphs as :class:`.pdflayout.Measures` rebuilds and parses
them) and each part's size and typeface compared with the preset's — the body's size and font, the title's,
the headings' (黑体 一、, 楷体 （一） …), the signature's, the 版记's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..style.schema import RoleName
from . import registry as R
from .context import PdfContext, pt
from .findings import Finding
from .patterns import SIZE
from .pdflayout import Para, is_fullwidth
from .typefaces import describe, typefaces_of

#: Roles whose size and typeface are checked on the page (the 版头's mark is checked by its
#: own rules; run-in leads and names inside lines are not paragraphs).
CHECKED_ROLES: tuple[RoleName, ...] = (
    "title", "subtitle", "date_line", "speaker", "salutation", "heading1", "heading2", "heading3", "heading4",
    "body", "closing", "signature", "signature_date", "attachment", "attachment_label", "attachment_title",
    "note", "distribution", "document_number")


def role_formats(ctx: PdfContext) -> list[Finding]:
    paras, result = ctx.measures.paragraphs, ctx.measures.parsed
    by_role: dict[RoleName, list[Para]] = {}
    for index, role in result.roles.items():
        if role in CHECKED_ROLES and not all(row.is_red() for _, row in paras[index].rows):
            by_role.setdefault(role, []).append(paras[index])
    found: list[Finding] = []
    for role, members in by_role.items():
        found.extend(_role_size(ctx, role, members))
        found.extend(_role_font(ctx, role, members))
    return found


def _glyphs(members: list[Para]):
    return [(sheet, row, g) for p in members for sheet, row in p.rows for g in row.glyphs if is_fullwidth(g.text)]


def _role_size(ctx: PdfContext, role: RoleName, members: list[Para]) -> list[Finding]:
    glyphs = _glyphs(members)
    if not glyphs or role == "body":  # the body's size is body-size
        return []
    size = Counter(round(g.size * 2) / 2 for _, _, g in glyphs).most_common(1)[0][0]
    wanted = ctx.style.roles.get(role).size
    if abs(size - wanted) <= SIZE:
        return []
    sheet, row = next((s, r) for p in members for s, r in p.rows if abs(r.size - size) <= SIZE)
    return [R.ROLE_SIZE(f"{_label(role)} “{_short(members[0].text)}” is set in {pt(size)}", measured=pt(size),
                        expected=f"{pt(wanted)} ± 0.5 pt", pages=(sheet.number,), line=sheet.line_of(row),
                        box=row.box, source=ctx.source)]


def _role_font(ctx: PdfContext, role: RoleName, members: list[Para]) -> list[Finding]:
    glyphs = _glyphs(members)
    if not glyphs:
        return []
    font = Counter(g.font for _, _, g in glyphs).most_common(1)[0][0]
    wanted = ctx.style.roles.get(role).typeface
    if wanted in typefaces_of(font, ctx.style):
        return []
    sheet, row = next((s, r) for s, r, g in glyphs if g.font == font)
    check = R.BODY_FONT if role == "body" else R.ROLE_FONT
    return [check(f"{_label(role)} “{_short(members[0].text)}” is set in {font}", measured=font,
                  expected=describe(ctx.style, wanted), pages=(sheet.number,), line=sheet.line_of(row),
                  box=row.box, source=ctx.source)]


#: How findings name the parts.
LABELS: dict[str, str] = {
    "title": "the title (标题)", "subtitle": "the subtitle", "date_line": "the date line", "speaker": "the speaker line",
    "salutation": "the 主送机关", "heading1": "a level-1 heading (一、)", "heading2": "a level-2 heading (（一）)",
    "heading3": "a level-3 heading (1.)", "heading4": "a level-4 heading (（1）)", "body": "the body text (正文)",
    "closing": "the closing", "signature": "the signature (发文机关署名)", "signature_date": "the 成文日期",
    "attachment": "the 附件说明", "attachment_label": "an attachment label (附件)",
    "attachment_title": "an attachment title", "note": "the 附注", "distribution": "the 版记",
    "document_number": "the 发文字号",
}


def _label(role: str) -> str:
    return LABELS.get(role, role)


def _short(text: str) -> str:
    return text[:14] + "…" if len(text) > 14 else text


CHECKS: tuple[Callable[[PdfContext], list[Finding]], ...] = (role_formats,)
