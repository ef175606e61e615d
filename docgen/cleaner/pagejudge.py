"""Lines of a whole page as the page-body finder (:mod:`docgen.cleaner.pagebody`) judges them:
prose, a line of a chrome family, or another short line, and the marks that make a short line a
menu item, the head of a list of links, an entry of a list or a button of the page's toolbar."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .. import chars
from ..shapes import patterns as S
from ..shapes.chrome import TOOLS_FAMILY, Family, family_named, family_of
from . import patterns as P

#: How many lines' judgements are kept (a long document has a few thousand lines).
JUDGED_CACHE = 8192


@dataclass(frozen=True, slots=True)
class Judged:
    """A line as the finder sees it."""

    text: str
    family: Family | None
    prose: bool
    content: bool = False

    @property
    def weight(self) -> int:
        """Prose counts for its characters; a line of a list's entries (:func:`mark_entries`)
        for nothing; every other line against them."""
        if self.prose:
            return len(self.text)
        if not self.text or self.content:
            return 0
        cost = P.PAGE_FAMILY_COST if self.family else P.PAGE_LINE_COST
        return -(cost + len(self.text))

    @property
    def evidence(self) -> bool:
        """Is the line a sign of a whole page (chrome other than a page number)?"""
        return self.family is not None and not self.family.page_break


@functools.lru_cache(maxsize=JUDGED_CACHE)
def judge(text: str) -> Judged:
    """The line as the finder sees it: judged without the glyphs of an icon font (private-use
    characters a page draws its eye, thumb and comment icons with: ``\ue60e4`` is a count).
    (The line rules run twice on a text whose broken lines were joined: the answers are kept.)"""
    text = S.ICON_GLYPHS.sub("", text).strip()
    family = family_of(text, ("line", "page")) if text else None
    return Judged(text, family, family is None and is_prose(text))


def line_above(judged: list[Judged], i: int) -> Judged | None:
    """The last line with text above line ``i``, or None."""
    return next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)


def row_above(texts: Sequence[str], i: int) -> int | None:
    """The index of the last line with text above line ``i``, or None."""
    return next((k for k in range(i - 1, -1, -1) if texts[k]), None)


def text_above(texts: Sequence[str], i: int) -> str:
    """The text of the last line with text above line ``i``, or ""."""
    k = row_above(texts, i)
    return "" if k is None else texts[k]


def row_below(texts: Sequence[str], i: int) -> int | None:
    """The index of the first line with text below line ``i``, or None."""
    return next((k for k in range(i + 1, len(texts)) if texts[k]), None)


def text_below(texts: Sequence[str], i: int) -> str:
    """The text of the first line with text below line ``i``, or ""."""
    k = row_below(texts, i)
    return "" if k is None else texts[k]


def toolbar_buttons(judged: list[Judged]) -> list[Judged]:
    """``judged``, with a comment area's label that is a button of a toolbar (评论 over its
    count and the sharing buttons, as pages set them above the headline) judged as a page
    tool: it does not end the article, so the article under the toolbar can be the body."""
    tools = family_named(TOOLS_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not ends_article(j):
            continue
        after = [k for k in judged[i + 1:i + 4] if k.text][:2]
        if len(after) == 2 and all(k.family is not None and k.family.name in P.PAGE_TOOLBAR_FAMILIES for k in after):
            found[i] = Judged(j.text, tools, False)
    return found


def menu_items(judged: list[Judged]) -> list[Judged]:
    """``judged``, with a short line of a family that ends the article (``评论``, a channel's
    name) judged as an item of the site's menu when it stands in a run of menu items — at least
    :data:`~docgen.cleaner.patterns.PAGE_MENU_NEIGHBOURS` short items of a menu right above it
    and as many right under it (:func:`_menu_item`): a comment area's label stands under an
    article, by its tools, never among the channels of a menu."""
    menu = family_named(P.PAGE_MENU_ITEM_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not ends_article(j) or len(j.text) > P.PAGE_COLUMN_LABEL_MAX:
            continue
        above = [k for k in judged[:i] if k.text][-P.PAGE_MENU_NEIGHBOURS:]
        below = [k for k in judged[i + 1:] if k.text][:P.PAGE_MENU_NEIGHBOURS]
        if len(above) == len(below) == P.PAGE_MENU_NEIGHBOURS and all(map(_menu_item, above + below)):
            found[i] = Judged(j.text, menu, False)
    return found


def _menu_item(j: Judged) -> bool:
    """A short line, no prose, of no family or of a menu's (``首页``, ``要闻``, ``视频``): an
    item of a menu (or a label)."""
    return ((j.family is None or j.family.name in P.PAGE_MENU_FAMILIES) and not j.prose
            and len(j.text) <= P.PAGE_COLUMN_LABEL_MAX)


def mark_entries(judged: list[Judged]) -> list[Judged]:
    """``judged``, with the lines of a list of entries marked as content: the fields of an
    entry (``label：value`` with a figure in the value — a price, a phone number, a time —,
    or a note: ``备注：…``) and a numbered entry's name right above its fields
    (``1、某某景区`` over ``成人票原价：100元``).  They are the body's, though no prose: they
    weigh nothing (neither for nor against the body), so a notice that lists its entries keeps
    them with the paragraphs around them.  A line of a site's contact box is no field."""
    fields = [_field(j) for j in judged]
    found = list(judged)
    for i, j in enumerate(judged):
        if fields[i] or _entry_name(judged, fields, i):
            found[i] = Judged(j.text, j.family, j.prose, True)
    return found


def _entry_name(judged: list[Judged], fields: list[bool], i: int) -> bool:
    """Is line ``i`` a numbered entry's name right above its fields?"""
    j = judged[i]
    if j.family is not None or j.prose or len(j.text) > P.PAGE_TITLE_MAX_CHARS or S.match_number(j.text) is None:
        return False
    nxt = next((k for k in range(i + 1, len(judged)) if judged[k].text), None)
    return nxt is not None and fields[nxt]


def _field(j: Judged) -> bool:
    """A field of an entry: ``label：value`` with a figure in the value, or a note."""
    if j.family is not None or P.PAGE_CONTACT_LINE.match(j.text):
        return False
    m = P.PAGE_ENTRY_FIELD.match(j.text)
    return m is not None and (any(c.isdigit() for c in m.group("value"))
                              or P.PAGE_ENTRY_NOTE.fullmatch(m.group("label")) is not None)


def list_heads(judged: list[Judged]) -> list[Judged]:
    """``judged``, with the head of a list of links judged as one of a family that heads a
    list (:data:`~docgen.cleaner.patterns.PAGE_LIST_HEAD_FAMILY`), known by its shape whatever
    its words (``延伸阅读``, ``编辑推荐``, ``社会 TOP 10``): a short label (:func:`_list_head`) over
    at least :data:`~docgen.cleaner.patterns.PAGE_LIST_HEAD_ITEMS` headlines in a row
    (:func:`headline`)."""
    head = family_named(P.PAGE_LIST_HEAD_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not _list_head(j):
            continue
        items = [k for k in judged[i + 1:i + 1 + 2 * P.PAGE_LIST_HEAD_ITEMS] if k.text][:P.PAGE_LIST_HEAD_ITEMS]
        if len(items) == P.PAGE_LIST_HEAD_ITEMS and all(map(headline, items)):
            found[i] = Judged(j.text, head, False)
    return found


def _list_head(j: Judged) -> bool:
    """Could the line head a list of links: a short label of no family, no prose, no label
    with a colon, no numbered line, no attachment's label (``附件`` over the names of its
    files)?"""
    return (j.family is None and not j.prose and not j.content
            and P.PAGE_LIST_HEAD_MIN <= len(j.text) <= P.PAGE_LIST_HEAD_MAX
            and not any(c in "：:" for c in j.text) and S.match_number(j.text) is None
            and not S.ATTACHMENT_START.match(j.text))


def headline(j: Judged) -> bool:
    """An item of a list of links: a headline of no family, no sentence (no 。, no mark that goes
    on at its end), no numbered line, no body's name (a list of offices under a label), no
    entry of a list."""
    text = j.text
    return (j.family is None and not j.content and P.PAGE_LIST_ITEM_MIN <= len(text) <= P.RELATED_ITEM_MAX
            and "。" not in text and text[-1] not in P.PAGE_GOES_ON and text[-1] not in "：:"
            and S.match_number(text) is None and not S.BODY_SUFFIX.search(text) and not S.DATE.search(text))


def is_prose(text: str) -> bool:
    """A line of running text: it ends a sentence or a clause, or has several marks inside
    (not those of a short phrase in quotation marks, a name's)."""
    if len(text) < P.PAGE_PROSE_MIN_CHARS:
        return False
    if (chars.ends_sentence(text) and not text.endswith("…")) or text[-1] in P.PAGE_CLAUSE_END:
        return True
    if len(text) < P.PAGE_RUNNING_MIN_CHARS or _marks(text) < P.PAGE_RUNNING_MIN_MARKS:
        return False
    if "“" not in text and "「" not in text:
        return True
    return _marks(P.PAGE_QUOTED.sub("", text)) >= P.PAGE_RUNNING_MIN_MARKS


#: The marks of running text (:data:`~docgen.cleaner.patterns.PAGE_MARKS`), each counted over a
#: line in one pass in C.
_MARKS = "".join(sorted(P.PAGE_MARKS))


def _marks(text: str) -> int:
    """How many marks of running text (，。；！？、) the line has."""
    return sum(map(text.count, _MARKS))


def ends_article(j: Judged) -> bool:
    return j.family is not None and j.family.ends_article
