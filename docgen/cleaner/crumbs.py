"""A page's heading floated beside its breadcrumb: the template sets both in one element, so the
copy gives them as one line (``当前位置：首页 - 学校简介 - 校长寄语 校长寄语``).  The heading is set
on a line of its own, so that the breadcrumb can go as chrome and the heading stay as the
title."""

from __future__ import annotations

from ..shapes import Line
from ..shapes.chrome import family_of
from . import patterns as P
from .context import Context
from .repeats import compare_key


def breadcrumb_headings(lines: list[Line], ctx: Context) -> list[Line]:
    """Set the page's heading that follows, after a space, the breadcrumb ending with it on a
    line of its own.

    Example::

        当前位置： 首页 - 学校简介 - 校长寄语 校长寄语
        每一个学生都是珍贵的存在。
        当前位置：首页 > 新闻中心
        →
        当前位置： 首页 - 学校简介 - 校长寄语
        校长寄语
        每一个学生都是珍贵的存在。
        当前位置：首页 > 新闻中心
    """
    return ctx.split_each(lines, _split, "the page's heading beside its breadcrumb, set on a line of its own")


def _split(text: str) -> tuple[str, str] | None:
    """``(breadcrumb, heading)`` when ``text`` is a breadcrumb whose last item is repeated after
    a space; else None."""
    text = text.strip()
    if " " not in text and "\u3000" not in text:  # no space: no heading set beside anything
        return None
    m = P.HEADING_BESIDE_CRUMB.match(text)
    if m is None:
        return None
    crumb, heading = m.group("crumb").rstrip(), m.group("heading")
    key, crumb_key = compare_key(heading), compare_key(crumb)
    family = family_of(crumb, ("line", "page"))
    if not key or len(crumb_key) <= len(key) or not crumb_key.endswith(key):
        return None
    return (crumb, heading) if family is not None and family.name == P.BREADCRUMB_FAMILY else None
