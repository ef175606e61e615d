"""The main text of a whole page copied as text (select all, copy, paste): the body region
found by the density of its prose, the header block just above it, and the chrome around both.

A saved page is cut down to its main text by the HTML reader, which sees the page's elements;
a page pasted as text has only its lines.  Each line is judged on its own — prose (it ends a
sentence or a clause, or runs on with several marks inside), a line of a chrome family
(:mod:`docgen.shapes.chrome`), or another short line (a menu item, a heading, a label) — and
weighed: prose by its characters, the others against it.  The body is the stretch of lines of
the largest weight: it takes in a heading or a picture caption between paragraphs, never a
menu of twenty items.  Above it, the header block reaches up to the title (past the date,
byline, document number, speaker and salutation lines); below it, the text goes on to the
first chrome line (the signature and date of an official text stay).

What lies outside is dropped only on evidence that the text is a whole page — chrome lines
there — so a plain text is never cut.  Prose outside the body (a passage cut off by a block of
links) is kept and reported, unless comments or a footer stand before it (under a list's
heading, only a passage of real prose: several sentences in long lines); and the paragraphs of
a stretch after the body that is clearly heavier than it are kept and reported wherever they
stand — the line that seemed to end the article over them may not have.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import TOOLS_FAMILY, Family, family_named, family_of, fold
from ..shapes.meta import meta_fields
from . import patterns as P
from .context import Context
from .repeats import compare_key
from .textrules import settled


@dataclass(frozen=True, slots=True)
class Judged:
    """A line as the finder sees it."""

    text: str
    family: Family | None
    prose: bool
    content: bool = False

    @property
    def weight(self) -> int:
        """Prose counts for its characters; a line of a list's entries (:func:`_entries`)
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


def page_body(lines: list[Line], ctx: Context) -> list[Line]:
    """Cut a whole page copied as text down to its document: keep the body (the stretch of
    densest prose) and the header block above it (title, 发文字号, date, speaker,
    salutation), drop the navigation, lists, comments and footers around them.  A text that
    shows no chrome outside its body is left as it is.

    Example::

        首页
        新闻中心
        学校公告
        校长专栏
        家长开放日讲话稿
        发布时间：2020年10月29日
        各位家长：
        首先，我代表学校，对大家的到来表示热烈的欢迎！
        下面我向大家介绍学校一年来的工作。
        再次感谢大家！
        上一篇：新学期家长会通知
        网站地图
        某某中学 版权所有 浙ICP备00000000号
        →
        家长开放日讲话稿
        发布时间：2020年10月29日
        各位家长：
        首先，我代表学校，对大家的到来表示热烈的欢迎！
        下面我向大家介绍学校一年来的工作。
        再次感谢大家！
    """
    judged = _list_heads(_entries(_menu_items(_toolbar_buttons([_judge(settled(line.text)) for line in lines]))))
    barriers = _barriers(lines, ctx.removed)
    core = _core(judged, barriers)
    if core is None:
        return lines
    listed = _list_under_byline(judged, core[0])
    (top, tools), bottom = _header_start(judged, core[0], ctx.title_hint, listed), _tail_end(judged, core[1], barriers)
    bottom = _series_end(judged, core[0], bottom, barriers)
    headline = None if ctx.title_hint else _headline_over_metadata(judged, lines, ctx.removed, core[0], barriers)
    # the walk stopped in the text's own lines below it — not at the text's own title, which the
    # page's headline holds (``政府工作报告`` under ``2026年某某省政府工作报告``)
    if headline is not None and headline < top and compare_key(judged[top].text) not in compare_key(judged[headline].text):
        top, tools = _header_start(judged, core[0], judged[headline].text, listed)
    links = listed[1] if listed is not None and listed[0] >= top else []
    # a list under the byline, and the page's tools or sharing row under its title, are signs as well
    above = judged[:top] + [judged[i] for i in sorted({*links, *tools})]
    below = judged[core[1]:]  # a closing block kept under the body (its date, its contact lines) is a sign as well
    if _evidence(above) + _evidence(below) + (_menu_run(above) >= P.PAGE_MENU_EVIDENCE) \
            + _removed_evidence(lines, (top, bottom), ctx.removed) < P.PAGE_MIN_EVIDENCE:
        bar = _bracketed_bar(judged, tools)  # a bar of buttons in its brackets is one in any copy
        return _drop_tools(lines, bar, ctx) if bar else lines
    protected = _protected(judged, core, barriers)
    dropped = _page_lines(judged, range(top, core[0]), ctx, lines)
    for i in links:
        ctx.drop(lines[i], "between the title's byline and the main text (a list of links)")
        dropped.add(i)
    for i in sorted(tools):
        ctx.drop(lines[i], _TOOLS_REASON)
        dropped.add(i)
    for i in _account_names(judged, range(top + 1, core[0])):
        ctx.drop(lines[i], "between the title and the main text (an account's name beside its follow button)")
        dropped.add(i)
    if _chrome_region(judged[:top]) or _evidence([judged[i] for i in tools]):  # a page's own sharing row under its title
        dropped |= _outside(judged, range(top), "above the title", ctx, lines, barriers, protected)
    if _chrome_region(judged[bottom:]) or _evidence(below) > _evidence(judged[bottom:]):
        dropped |= _outside(judged, range(bottom, len(lines)), "below the main text", ctx, lines, barriers,
                            protected)
    return [line for i, line in enumerate(lines) if i not in dropped]


_TOOLS_REASON = ("between the title and the main text (a button of the page's tools or sharing row, "
                 "or a piece of a byline set a line each)")


def _bracketed_bar(judged: list[Judged], tools: set[int]) -> set[int]:
    """The buttons among ``tools`` when they are a bar in its brackets (``【字体：`` / ``大`` /
    ``中`` / ``小】``): a run of one-character buttons with a bracket of the bar on one of them."""
    buttons = {i for i in tools if _button(judged[i])}
    if len(buttons) >= P.PAGE_BUTTONS_MIN and any(set(judged[i].text) & set(P.PAGE_BUTTON_BRACKETS) for i in buttons):
        return buttons
    return set()


def _drop_tools(lines: list[Line], tools: set[int], ctx: Context) -> list[Line]:
    for i in sorted(tools):
        ctx.drop(lines[i], _TOOLS_REASON)
    return [line for i, line in enumerate(lines) if i not in tools]


def _judge(text: str) -> Judged:
    """The line as the finder sees it: judged without the glyphs of an icon font (private-use
    characters a page draws its eye, thumb and comment icons with: ``\ue60e4`` is a count)."""
    text = S.ICON_GLYPHS.sub("", text).strip()
    family = family_of(text, ("line", "page")) if text else None
    return Judged(text, family, family is None and _prose(text))


def _toolbar_buttons(judged: list[Judged]) -> list[Judged]:
    """``judged``, with a comment area's label that is a button of a toolbar (评论 over its
    count and the sharing buttons, as pages set them above the headline) judged as a page
    tool: it does not end the article, so the article under the toolbar can be the body."""
    tools = family_named(TOOLS_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not _ends_article(j):
            continue
        after = [k for k in judged[i + 1:i + 4] if k.text][:2]
        if len(after) == 2 and all(k.family is not None and k.family.name in P.PAGE_TOOLBAR_FAMILIES for k in after):
            found[i] = Judged(j.text, tools, False)
    return found


def _menu_items(judged: list[Judged]) -> list[Judged]:
    """``judged``, with a short line of a family that ends the article (``评论``, a channel's
    name) judged as an item of the site's menu when it stands in a run of menu items — at least
    :data:`~docgen.cleaner.patterns.PAGE_MENU_NEIGHBOURS` short items of a menu right above it
    and as many right under it (:func:`_menu_item`): a comment area's label stands under an
    article, by its tools, never among the channels of a menu."""
    menu = family_named(P.PAGE_MENU_ITEM_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not _ends_article(j) or len(j.text) > P.PAGE_COLUMN_LABEL_MAX:
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


def _entries(judged: list[Judged]) -> list[Judged]:
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


def _list_heads(judged: list[Judged]) -> list[Judged]:
    """``judged``, with the head of a list of links judged as one of a family that heads a
    list (:data:`~docgen.cleaner.patterns.PAGE_LIST_HEAD_FAMILY`), known by its shape whatever
    its words (``延伸阅读``, ``编辑推荐``, ``社会 TOP 10``): a short label (:func:`_list_head`) over
    at least :data:`~docgen.cleaner.patterns.PAGE_LIST_HEAD_ITEMS` headlines in a row
    (:func:`_headline`)."""
    head = family_named(P.PAGE_LIST_HEAD_FAMILY)
    found = list(judged)
    for i, j in enumerate(judged):
        if not _list_head(j):
            continue
        items = [k for k in judged[i + 1:i + 1 + 2 * P.PAGE_LIST_HEAD_ITEMS] if k.text][:P.PAGE_LIST_HEAD_ITEMS]
        if len(items) == P.PAGE_LIST_HEAD_ITEMS and all(map(_headline, items)):
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


def _headline(j: Judged) -> bool:
    """An item of a list of links: a headline of no family, no sentence (no 。, no mark that goes
    on at its end), no numbered line, no body's name (a list of offices under a label), no
    entry of a list."""
    text = j.text
    return (j.family is None and not j.content and P.PAGE_LIST_ITEM_MIN <= len(text) <= P.RELATED_ITEM_MAX
            and "。" not in text and text[-1] not in P.PAGE_GOES_ON and text[-1] not in "：:"
            and S.match_number(text) is None and not S.BODY_SUFFIX.search(text) and not S.DATE.search(text))


def _prose(text: str) -> bool:
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


def _ends_article(j: Judged) -> bool:
    return j.family is not None and j.family.ends_article


def _barriers(lines: list[Line], removed: list[Line]) -> set[int]:
    """Indexes of the lines just after a line that ended an article (the editor's line, a
    footer) and that an earlier rule dropped already."""
    ends = sorted(line.number for line in removed if _ends_article(_judge(settled(line.text))))
    found = set()
    for i in range(1, len(lines)):
        at = bisect.bisect_right(ends, lines[i - 1].number)
        if at < len(ends) and ends[at] < lines[i].number:
            found.add(i)
    return found


def _core(judged: list[Judged], barriers: Collection[int] = ()) -> tuple[int, int] | None:
    """The body: the stretch of lines ``[start, end)`` of the largest weight (prose minus the
    rest) that takes in no line ending an article (comments, a footer, the editor's line — also
    one an earlier rule dropped, before the lines at ``barriers``).  Of the stretches between
    such lines, the first that holds a good share of the heaviest is the body (the prose under
    the comments is other articles'); None when there is too little prose for a body."""
    stretches = _stretches(judged, barriers)
    if not stretches:
        return None
    heaviest = max(weight for weight, _ in stretches)
    for weight, (first, end) in stretches:
        if weight >= max(P.PAGE_MIN_BODY_CHARS, heaviest * P.PAGE_FIRST_BODY_SHARE):
            while not judged[first].text:
                first += 1
            return first, end
    return None


def _stretches(judged: list[Judged], barriers: Collection[int]) -> list[tuple[int, tuple[int, int]]]:
    """The heaviest stretch between each two lines that end an article, in order, with its
    weight."""
    found: list[tuple[int, tuple[int, int]]] = []
    best, best_span = 0, None
    run, start = 0, 0
    for i, j in enumerate(judged):
        if i in barriers or _ends_article(j):
            if best_span is not None:
                found.append((best, best_span))
            best, best_span = 0, None
            run, start = 0, i + (1 if _ends_article(j) else 0)
            if _ends_article(j):
                continue
        if run <= 0:
            run, start = 0, i
        run += j.weight
        if run > best:
            best, best_span = run, (start, i + 1)
    if best_span is not None:
        found.append((best, best_span))
    return found


def _header_start(judged: list[Judged], start: int, hint: str | None,
                  listed: tuple[int, list[int]] | None) -> tuple[int, set[int]]:
    """The first line of the header block above the body at ``start``, and the lines in it
    that are the buttons of the page's tools (``字号`` / ``大`` / ``中`` / ``小``: see
    :func:`_button_run`).

    The block reaches up to the title: the line the reader took for the page's title
    (``hint``) when one above the body repeats it, else the title lines found going up past
    the lines that stand between a title and its body (dates, bylines, page tools, metadata,
    subtitle, speaker, salutation, 发文字号, opening headings), a list of links (the lines it
    took for titles were its items) and the text of a cover note.  It stops at navigation (a
    chrome line that is none of those, two short lines in a row) and after the third title
    line."""
    hinted = _hinted_title(judged, start, hint)
    if hinted is not None:
        return _title_top(judged, hinted), _buttons(judged, hinted, start)
    if listed is not None:  # the list of links under the byline (:func:`_list_under_byline`)
        return _title_top(judged, listed[0]), set()
    top, titles = start, 0
    seen = 0
    buttons: set[int] = set()
    for i in range(start - 1, -1, -1):
        j = judged[i]
        if not j.text or i in buttons:
            continue
        seen += 1
        if j.family is not None and j.family.starts_list:
            titles = 0  # the lines under it were the items of a list of links
        elif titles == 0 and (run := _button_run(judged, i) or _byline_pieces(judged, i) or _share_row(judged, i)):
            buttons |= run
        elif titles == 0 and (heading := _heading_over_breadcrumb(judged, i)) is not None:
            top = heading
            break
        elif titles == 0 and (headline := _headline_over_breadcrumb(judged, i)) is not None:
            top = _title_top(judged, headline)
            break
        elif titles and P.PAGE_LATIN_LABEL.fullmatch(j.text) and not P.PAGE_LATIN_LABEL.fullmatch(judged[top].text):
            break  # a site's or column's tag in Latin letters over a title in Chinese (``virion-serion``)
        elif seen > P.PAGE_HEADER_WINDOW or titles >= S.TITLE_MAX_LINES or (
                _stops_header(judged, i) and not (titles == 0 and (_heading_of_breadcrumb(judged, i)
                                                                   or (seen == 1 and _heading_over_body(judged, i))))):
            break
        elif not _transparent(j) and _title_candidate(j.text):
            titles += 1
        top = i
    return top, {k for k in buttons if k >= top}


def _button_run(judged: list[Judged], i: int) -> set[int]:
    """The buttons in the run of short lines going up from line ``i``, under a title's byline
    or among its tools: lines of a character or two (``大`` / ``中`` / ``小``, ``A``) in a run of
    at least two with short lines of page tools (``字号``, ``A+``), or with a byline, a date or
    a line of tools above them.  Empty when there is no such run."""
    run: set[int] = set()
    tools = False
    k = i
    while k >= 0 and (not judged[k].text or _button(judged[k]) or _tool(judged[k])):
        if judged[k].text:
            run.add(k)
            tools = tools or _tool(judged[k])
        k -= 1
    buttons = {j for j in run if _button(judged[j])}
    if not buttons or len(run) < P.PAGE_BUTTONS_MIN:
        return set()
    above = judged[k] if k >= 0 else None
    byline = above is not None and (_tool(above) or _transparent(above))
    return buttons if tools or byline else set()


def _byline_pieces(judged: list[Judged], i: int) -> set[int]:
    """The pieces of a byline set a line each (``2019`` / ``09/07`` / ``19:02`` / ``某某`` /
    ``某某号``) in the run of short lines going up from line ``i``: at most
    :data:`~docgen.cleaner.patterns.PAGE_BYLINE_PIECES` short lines, a piece of a date or a
    time among them, and a title line right above them.  Empty when there is no such run (a
    menu has no time in it, and no title under it)."""
    run: set[int] = set()
    k = i
    while k >= 0 and len(run) <= P.PAGE_BYLINE_PIECES and (not judged[k].text or _piece(judged[k])):
        if judged[k].text:
            run.add(k)
        k -= 1
    dated = any(P.PAGE_DATE_PIECE.match(judged[j].text) for j in run)
    above = judged[k] if k >= 0 else None
    if not dated or len(run) > P.PAGE_BYLINE_PIECES or above is None:
        return set()
    titled = above.family is None and _title_candidate(above.text) and len(above.text) > P.PAGE_COLUMN_LABEL_MAX
    return run if titled else set()


def _share_row(judged: list[Judged], i: int) -> set[int]:
    """The targets of a sharing row set a line each, going up from line ``i`` (``Facebook`` /
    ``Twitter`` / ``开心网`` / ``转寄朋友`` / ``打印文稿``): short lines without a mark, at least
    :data:`~docgen.cleaner.patterns.PAGE_SHARE_TARGETS` of them of the sharing family (the
    others are targets it does not know), right under the title's date or byline.  Empty when
    there is no such row (a menu stands under no byline)."""
    run: set[int] = set()
    known = 0
    k = i
    while k >= 0 and (not judged[k].text or _share_target(judged[k])):
        if judged[k].text:
            run.add(k)
            known += judged[k].family is not None
        k -= 1
    above = judged[k] if k >= 0 else None
    if known < P.PAGE_SHARE_TARGETS or above is None or not _transparent(above):
        return set()
    return run


def _share_target(j: Judged) -> bool:
    if j.family is not None:
        return j.family.name == P.SHARE_FAMILY and len(j.text) <= P.PAGE_SHARE_TARGET_MAX
    return (not j.prose and len(j.text) <= P.PAGE_SHARE_TARGET_MAX and not _transparent(j)
            and not any(c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END for c in j.text))


def _piece(j: Judged) -> bool:
    """A short line that may be a piece of a byline: no prose, no line that ends an article
    or heads a list of links."""
    return (len(j.text) <= P.PAGE_COLUMN_LABEL_MAX and not j.prose
            and not (j.family is not None and (j.family.ends_article or j.family.starts_list)))


def _button(j: Judged) -> bool:
    """A button of the page's tools as a line of its own: one character (``大``), or a mark of
    a few Latin letters and signs (``A``) — never a name, which has two characters or more."""
    text = j.text.strip(P.PAGE_BUTTON_BRACKETS) or j.text  # ``小】``: the bar's closing bracket run on
    return (j.family is None and not j.prose and not _transparent(j)
            and (len(text) == 1 or (len(text) <= P.PAGE_BUTTON_MAX_LATIN and text.isascii())))


def _tool(j: Judged) -> bool:
    """A short line of a family that stands under a title (``字号``, ``A+``, ``打印``, ``微信``)."""
    return (j.family is not None and j.family.in_header and len(j.text) <= P.PAGE_COLUMN_LABEL_MAX)


def _buttons(judged: list[Judged], title: int, start: int) -> set[int]:
    """The buttons between the title at ``title`` and the body at ``start``."""
    found: set[int] = set()
    for i in range(start - 1, title, -1):
        if i not in found and judged[i].text:
            found |= _button_run(judged, i)
    return found


def _list_under_byline(judged: list[Judged], start: int) -> tuple[int, list[int]] | None:
    """A list of links between a headline's byline and the body (the headline, its date line,
    then short lines without a sentence, more of them headline-like than a title has lines,
    going up from the body: an ad column's items): the headline's line and the list's lines,
    or None.  The headline is the
    first line above the byline longer than a column's name, past at most one short one (a
    button: ``举报/反馈``)."""
    items: list[int] = []
    i = start - 1
    while i >= 0 and len(items) <= P.PAGE_HEADER_WINDOW:
        j = judged[i]
        if j.text and _transparent(j):
            break
        if j.text and not _list_line(j.text):
            return None
        items += [i] if j.text else []
        i -= 1
    byline = judged[i] if i >= 0 else None
    if byline is None or byline.family is None \
            or sum(_title_candidate(judged[k].text) for k in items) <= S.TITLE_MAX_LINES:
        return None  # fewer headlines than a title has lines (buttons: 【字体： / 大 / 中 / 小 / 】)
    above = [k for k in range(i - 1, max(-1, i - 4), -1) if judged[k].text and not _transparent(judged[k])]
    short = [k for k in above if len(judged[k].text) <= P.PAGE_COLUMN_LABEL_MAX]
    title = next((k for k in above if len(judged[k].text) > P.PAGE_COLUMN_LABEL_MAX), None)
    if title is None or not _title_candidate(judged[title].text) or judged[title].family is not None \
            or len([k for k in short if k > title]) > 1:
        return None
    return title, items


def _list_line(text: str) -> bool:
    """A line of a list of links: a short headline without a sentence or a date, a short name,
    or the list's head (``栏目关注：``).  (A line with a date is the header's: an occasion line.)"""
    if S.DATE.search(text):
        return False
    head = text.rstrip("：:")
    if head != text:
        return len(head) <= P.PAGE_COLUMN_LABEL_MAX
    return not _prose(text) and (_title_candidate(text) or len(text) <= P.PAGE_COLUMN_LABEL_MAX)


def _headline_over_metadata(judged: list[Judged], lines: list[Line], removed: list[Line], start: int,
                            barriers: Collection[int]) -> int | None:
    """The last headline above the body at ``start`` that stood right over the page's metadata
    line (``发布日期：… 浏览数：… 字号：…``), which an earlier rule dropped: the text's title, however
    many of the text's own short lines (fields, numbered headings) stand between it and the body's
    prose.  A line of chrome or an article's end between them stops the search; None when there is
    no such line."""
    numbers = sorted(line.number for line in removed if meta_fields(settled(line.text)) is not None)
    if not numbers:
        return None
    below = lines[start].number if start < len(lines) else None
    for i in range(start - 1, max(-1, start - P.PAGE_METADATA_TITLE_WINDOW), -1):
        j = judged[i]
        if i + 1 in barriers or _ends_article(j):
            return None
        if j.text and j.family is None and not j.prose and _title_candidate(j.text) \
                and len(j.text) > P.PAGE_COLUMN_LABEL_MAX:
            at = bisect.bisect_right(numbers, lines[i].number)
            if at < len(numbers) and (below is None or numbers[at] < below):
                return i  # the metadata line stood between it and the next line of text
        if j.text:
            below = lines[i].number
    return None


def _hinted_title(judged: list[Judged], start: int, hint: str | None) -> int | None:
    """The last line above ``start`` that is the page's title as the reader found it."""
    if not hint:
        return None
    key = compare_key(hint)
    return next((i for i in range(start - 1, -1, -1) if judged[i].text and compare_key(judged[i].text) == key),
                None)


def _stops_header(judged: list[Judged], i: int) -> bool:
    """Does line ``i`` end the header block going up: navigation (a chrome line that does
    not stand between a title and its body), or a short line under another short line or
    navigation (a menu, a column label)?"""
    j = judged[i]
    if _transparent(j):
        return False
    if j.family is not None or P.PAGE_CONTACT_LINE.match(j.text):
        return True
    if len(j.text) <= P.PAGE_COLUMN_LABEL_MAX:
        if _title_candidate(j.text) and _over_subtitle(judged, i):
            return False  # a short title (``政府工作报告``) over its subtitle or occasion line
        above = next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)
        return above is None or (not _transparent(above) and (
            above.family is not None or len(above.text) <= P.PAGE_COLUMN_LABEL_MAX))
    return False


def _over_subtitle(judged: list[Judged], i: int) -> bool:
    """Does line ``i`` stand right over a line that only ever stands under a title: a subtitle
    (``——2024年3月5日在……上``) or a date and occasion line (``2024年3月5日在……会议上``)?
    A column label or a menu item never does."""
    below = next((judged[k].text for k in range(i + 1, len(judged)) if judged[k].text), "")
    return bool(S.SUBTITLE.match(below) or S.DATE_LINE.match(below) or S.OCCASION_LINE.match(below))


def _heading_of_breadcrumb(judged: list[Judged], i: int) -> bool:
    """Is the short line ``i`` the page's own heading under the breadcrumb that ends with it
    (``您现在的位置：首页 > 总经理致辞`` over ``总经理致辞``)?  Right over the body, it is the
    title; over a headline, the column's name (``校长专栏``)."""
    above = next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)
    key = compare_key(judged[i].text)
    return (bool(key) and above is not None and above.family is not None
            and above.family.name == P.BREADCRUMB_FAMILY and compare_key(above.text).endswith(key))


def _heading_over_body(judged: list[Judged], i: int) -> bool:
    """Is line ``i``, the first one right over the body (blank lines between at most), the
    page's own heading set alone under a line of chrome: a short title of no chrome family
    (``校长寄语`` under the site's player prompt)?  The last item of a menu or of a row of tabs
    or tools stands under another of its short lines (``公司分布`` over ``招聘信息``)."""
    j = judged[i]
    if j.family is not None or not _title_candidate(j.text):
        return False
    above = next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)
    return above is not None and above.family is not None and not _transparent(above)


def _headline_over_breadcrumb(judged: list[Judged], i: int) -> int | None:
    """The headline right over line ``i`` when that is a breadcrumb set between a headline and
    its text (``46城将实施…`` over ``首页 > 某某网 > 国内新闻`` over the page's tools and the
    text): a title longer than a column's name, of no chrome family.  None otherwise."""
    j = judged[i]
    if j.family is None or j.family.name != P.BREADCRUMB_FAMILY:
        return None
    k = next((k for k in range(i - 1, -1, -1) if judged[k].text), None)
    if k is None:
        return None
    above = judged[k]
    headline = (above.family is None and not above.prose and not _transparent(above)
                and _title_candidate(above.text) and len(above.text) > P.PAGE_COLUMN_LABEL_MAX)
    return k if headline else None


def _heading_over_breadcrumb(judged: list[Judged], i: int) -> int | None:
    """The page's own heading right over the breadcrumb at line ``i`` that ends with it
    (``总裁致辞`` over ``首页 – 集团概况 – 总裁致辞``), the breadcrumb right over the body: the
    title, set above its breadcrumb.  None when line ``i`` is no such breadcrumb."""
    j = judged[i]
    if j.family is None or j.family.name != P.BREADCRUMB_FAMILY:
        return None
    above = next((k for k in range(i - 1, -1, -1) if judged[k].text), None)
    if above is None or judged[above].family is not None or not _title_candidate(judged[above].text):
        return None
    key = compare_key(judged[above].text)
    return above if key and compare_key(j.text).endswith(key) else None


def _title_top(judged: list[Judged], title: int) -> int:
    """The first line of the title block whose last title line is ``title``: further title
    lines above it (a title set over lines, a 主题 above its 副题, a repeat), a 发文字号 or an
    issuer's mark — never a column label (a short line), a line of chrome, or a line that only
    stands under a title (a date, a ``label：value`` line: ``新闻：0351-… 广告：0351-…``)."""
    top = title
    lines_taken = 1
    i = title - 1
    while i >= 0:
        j = judged[i]
        if not j.text:
            i -= 1
            continue
        if S.DOCUMENT_NUMBER.fullmatch(j.text) or P.PAGE_ISSUER_MARK.match(j.text):
            top = i
        elif (lines_taken < S.TITLE_MAX_LINES and j.family is None and _title_candidate(j.text)
              and len(j.text) > P.PAGE_COLUMN_LABEL_MAX and not _transparent(j)):
            top, lines_taken = i, lines_taken + 1
        else:
            break
        i -= 1
    return top


def _transparent(j: Judged) -> bool:
    """Lines that stand between a title and its body: dates, bylines, metadata, page tools,
    subtitle, speaker (also a speaker's office on a line of its own), salutation, 发文字号, a
    short ``label: value``, a bracketed note — and the headings that open the body (``一、总则``,
    ``第一章``)."""
    text = j.text
    if j.family is not None:
        return j.family.in_header
    if P.PAGE_CONTACT_LINE.match(text):
        return False  # a line of the site's contact box: never between a title and its body
    return bool(
        meta_fields(text) is not None
        or S.DATE_LINE.match(text) or S.UNBRACKETED_DATE_LINE.match(text)
        or (S.DATE.search(text) and len(text) <= P.PAGE_DATE_LINE_MAX)
        or S.DOCUMENT_NUMBER.fullmatch(text) or P.PAGE_ISSUER_MARK.match(text) or S.SUBTITLE.match(text)
        or S.SPEAKER.match(text) or S.POST_LINE.match(text)
        or S.SALUTATION.match(text) or P.PAGE_LABEL_VALUE.match(text) or P.PAGE_NOTE.match(text)
        or S.match_number(text) is not None or S.ARTICLE.match(text))


def _title_candidate(text: str) -> bool:
    """Could the line be (part of) the title: not too short or long, not a sentence ending
    in 。, not a line that goes on, not a salutation or a numbered line."""
    return (P.PAGE_TITLE_MIN_CHARS <= len(text) <= P.PAGE_TITLE_MAX_CHARS
            and "。" not in text and text[-1] not in "，,；;：:、…"
            and not S.SALUTATION.match(text) and S.match_number(text) is None
            and not S.ARTICLE.match(text))


def _tail_end(judged: list[Judged], end: int, barriers: Collection[int] = ()) -> int:
    """Where the page's chrome starts below the body ending at ``end``: the first line of a
    chrome family, or the first line after one that ended the article and an earlier rule
    dropped (the editor's line) — the signature, date and notes of an official text go on to
    it."""
    for i in range(end, len(judged)):
        if _document_date(judged, i):
            return i + 1  # the document's date closes it
        closing = _closing_block(judged, i)
        if closing is not None:
            return closing
        contacts = _introduced_contacts(judged, i) if judged[i].evidence else None
        if contacts is not None:
            return contacts
        if judged[i].evidence or _ends_article(judged[i]) or i in barriers or _tag_run(judged, i) \
                or _empty_attachments(judged, i):
            return _footer_block(judged, end, i) if judged[i].evidence else i
    return len(judged)


def _series_end(judged: list[Judged], start: int, bottom: int, barriers: Collection[int]) -> int:
    """Where the text ends when the numbering its main text ``[start, bottom)`` started goes on
    below ``bottom`` (``一、`` in it, ``二、`` / ``三、`` … under a line that seemed to end it, a
    notice's ``承办单位：`` field): the headings of its own series are the text's, and so is
    what stands between them — the text then ends where the page's chrome starts under the
    last of them (:func:`_tail_end`).  ``bottom`` itself when the series does not go on."""
    series = _first_series(judged, start, bottom)
    if series is None:
        return bottom
    family, expected = series[0], series[1] + 1
    last = None
    for i in range(bottom, len(judged)):
        if i in barriers:
            break
        if _numbered(judged[i].text, family) == expected:
            last, expected = i, expected + 1
    return bottom if last is None else max(bottom, _tail_end(judged, last + 1, barriers))


def _first_series(judged: list[Judged], start: int, end: int) -> tuple[str, int] | None:
    """The family of the first numbered heading of ``[start, end)`` (``一、``, ``（一）``,
    ``1.`` …) and the highest number of that family there."""
    family, highest = None, 0
    for i in range(start, end):
        found = S.match_number(judged[i].text)
        if found is None or found[0].kind != "heading" or (family is not None and found[0].name != family):
            continue
        family = found[0].name
        highest = max(highest, _numeral_value(found[1]) or 0)
    return (family, highest) if family is not None and highest else None


def _numbered(text: str, family: str) -> int | None:
    """The number of a line of numbering ``family``, else None."""
    found = S.match_number(text)
    return _numeral_value(found[1]) if found is not None and found[0].name == family else None


def _numeral_value(number: str) -> int | None:
    """The value of a heading number up to 99 (``（三）`` 3, ``十二、`` 12, ``4.`` 4)."""
    digits = "".join(c for c in number if c.isdecimal())
    if digits:
        return int(digits)
    cn = "".join(c for c in number if c in P.PAGE_CN_DIGIT_VALUES or c == "十")
    tens, ten, units = cn.partition("十")
    if not cn or len(tens) > 1 or len(units) > 1:
        return None
    if not ten:
        return P.PAGE_CN_DIGIT_VALUES[tens]
    return (P.PAGE_CN_DIGIT_VALUES[tens] if tens else 1) * 10 + (P.PAGE_CN_DIGIT_VALUES[units] if units else 0)


def _empty_attachments(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` the label of a page's attachments with none listed (``附件:`` alone, the
    page's chrome right under it)?"""
    if not P.PAGE_EMPTY_ATTACHMENTS.fullmatch(judged[i].text):
        return False
    following = next((j for j in judged[i + 1:] if j.text), None)
    return following is not None and following.evidence


def _introduced_contacts(judged: list[Judged], i: int) -> int | None:
    """Where the notice's contact block that line ``i`` stands in ends: a run of ``label：value``
    lines, no blank line between, right under the line that introduces it (``七、联系方法：``),
    one of them naming a contact person or line (``联系人：``) — the text's, whatever family one
    of its lines has (``E-mail：…@qq.com``).  None when line ``i`` stands in no such block."""
    def row(k: int) -> bool:
        return bool(P.PAGE_LABEL_VALUE_LINE.match(judged[k].text))

    if not row(i):
        return None
    first = i
    while first > 0 and row(first - 1):
        first -= 1
    last = i + 1
    while last < len(judged) and row(last):
        last += 1
    if first == 0 or judged[first - 1].text[-1:] not in P.PAGE_INTRO_END:
        return None
    named = any(P.PAGE_NOTICE_CONTACT.search(judged[k].text) for k in range(first, last))
    return last if named else None


def notice_field(texts: Sequence[str], i: int) -> bool:
    """Is line ``i``, shaped as a site's operator line (``承办单位：某某大学教务处``), a field of
    the text instead: one of a run of ``label：value`` lines (no blank line between) under a
    line that opens them — a numbered heading (``一、竞赛信息``) or a line ending with a colon
    —, with a line of the run of no chrome family above it (``参赛对象：…`` over it)?"""
    if not P.NOTICE_OPERATOR_FIELD.match(texts[i]):
        return False
    k = i
    while k > 0 and P.PAGE_LABEL_VALUE_LINE.match(texts[k - 1]) and family_of(texts[k - 1]) is None:
        k -= 1
    if k == i or k == 0:
        return False
    opener = texts[k - 1]
    found = S.match_number(opener)
    return (found is not None and found[0].kind == "heading") or opener[-1:] in P.PAGE_INTRO_END


def _document_date(judged: list[Judged], i: int) -> bool:
    return _bare_date(judged[i].text) and closing_date([j.text for j in judged], i)


def _bare_date(text: str) -> bool:
    """A date alone on its line (``2025-05-15``, ``2025年4月23日``): no label, no hour."""
    return bool(P.PAGE_BARE_DATE.fullmatch(text) or S.DATE.fullmatch(text))


def closing_date(texts: list[str], i: int) -> bool:
    """Is line ``i`` the document's own date at the end of a text: a bare date (``2025-05-15``,
    ``2025年4月23日``, no label, no hour) right under the last paragraph, or right under a signature line (a short
    line without a mark, no blank line between) that follows it — with no prose right below it?"""
    if not _bare_date(texts[i]):
        return False
    above = [k for k in range(i - 1, -1, -1) if texts[k]][:2]
    below = next((t for t in texts[i + 1:] if t), "")
    if not above or _prose(below):
        return False
    if _prose(texts[above[0]]):
        return True
    return above[0] == i - 1 and _signature(_judge(texts[above[0]])) and len(above) > 1 and _prose(texts[above[1]])


def _closing_block(judged: list[Judged], i: int) -> int | None:
    """Where a notice's closing block starting at line ``i`` ends: its own contact lines
    (``label：value`` with a number in it: ``监督电话：023-…``, at least one), then its
    signature line and its date, with nothing else between — they end the text, whatever
    family the contact lines have.  None when no such block starts at ``i``."""
    if not _notice_contact(judged[i].text):
        return None  # (a blank line: the block is found at its first line)
    rows = [k for k in range(i, len(judged)) if judged[k].text]
    n = 0
    while n < len(rows) and _notice_contact(judged[rows[n]].text):
        n += 1
    if n == 0 or n + 2 > len(rows):
        return None
    signature, date = judged[rows[n]], judged[rows[n + 1]].text
    return rows[n + 1] + 1 if _signature(signature) and _bare_date(date) else None


def _notice_contact(text: str) -> bool:
    return bool(P.PAGE_FOOTER_LABEL_LINE.match(text)) and any(c.isdigit() for c in text)


def _signature(j: Judged) -> bool:
    """A signature line: short, no mark, of no chrome family."""
    return (0 < len(j.text) <= P.PAGE_SIGNATURE_MAX_CHARS and j.family is None and not j.prose
            and not any(c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END for c in j.text))


def _footer_block(judged: list[Judged], end: int, footer: int) -> int:
    """Where the footer starting at line ``footer`` really starts: at a block of the site's
    contact and place lines right above it (``地点：…``, ``+ 邮箱：…``), or at a column of its
    links (``业务资料`` / ``用户注册申请表`` …; fewer than half of them as short as a person's
    name, so that the names of signers or of a list are never taken for one), when such a
    block stands between the body's end ``end`` and it, under no line that goes on (``，、；``)
    — else ``footer`` itself.  A column of links to other bodies' sites (``外交部`` /
    ``某某省生态环境厅`` …) is one too when it is long (see :func:`_bodies_column`)."""
    k, kinds = _footer_column(judged, end, footer, bodies=False)
    if _goes_on_above(judged, k):
        return footer  # the sentence above goes on in them: ``一份祝福、`` / ``一顿午餐``
    if kinds["contact"] and _goes_on_above(judged, k, P.PAGE_INTRO_END):
        return footer  # the text introduces them: ``请拨打领事保护热线：`` over its numbers
    items = [judged[i].text for i in range(k, footer) if judged[i].text]
    if kinds["contact"] >= P.PAGE_FOOTER_CONTACTS and not kinds["link"]:
        return k
    names = sum(len(t) <= P.PAGE_NAME_MAX_CHARS for t in items)
    # the site's contact lines under the links make it the footer whatever their length
    short = names * 2 >= len(items) and kinds["contact"] < P.PAGE_FOOTER_CONTACTS
    if kinds["link"] >= P.PAGE_LINK_COLUMN and not short and _contacts_last(judged, k, footer):
        return k
    persons = sum(len(t) <= P.PAGE_PERSON_NAME_MAX_CHARS for t in items)
    if kinds["link"] >= P.PAGE_LINK_COLUMN and kinds["contact"] and persons * 2 < len(items):
        return k  # the site's menu again over its contact lines: 关于我们 / … / 地址：…
    return _bodies_column(judged, end, footer)


def _contacts_last(judged: list[Judged], k: int, footer: int) -> bool:
    """Do the contact lines of the footer column ``[k, footer)``, if any, all stand under its
    links (the site's links, then its address: never an address between two lists)?"""
    kinds = [_footer_line(judged[i]) for i in range(k, footer) if judged[i].text]
    first = kinds.index("contact") if "contact" in kinds else len(kinds)
    return "link" not in kinds[first:]


def _bodies_column(judged: list[Judged], end: int, footer: int) -> int:
    """Where a column of the names of bodies (and of links among them) starts right above the
    footer at ``footer``: the links a government page lists to other bodies' sites, at least
    :data:`~docgen.cleaner.patterns.PAGE_BODY_COLUMN` of them — more than a joint text's
    signers, which a date closes before the footer is reached — else ``footer``."""
    k, kinds = _footer_column(judged, end, footer, bodies=True)
    if kinds["body"] >= P.PAGE_BODY_COLUMN and not kinds["contact"] and not _goes_on_above(judged, k):
        return k
    return footer


def _footer_column(judged: list[Judged], end: int, footer: int, *, bodies: bool) -> tuple[int, Counter[str]]:
    """The first line of the run of footer lines (:func:`_footer_line`, blank lines among
    them; a body's name too when ``bodies``) right above ``footer`` and below ``end``, and
    how many of each kind it holds."""
    k, kinds = footer, Counter[str]()
    while k > end:
        kind = _footer_line(judged[k - 1]) if judged[k - 1].text else ""
        if kind is None or (kind == "body" and not bodies):
            break
        kinds[kind] += 1
        k -= 1
    return k, kinds


def _goes_on_above(judged: list[Judged], k: int, marks: Collection[str] = P.PAGE_GOES_ON) -> bool:
    """Does the last line of text above line ``k`` go on in the lines under it (``，、；``, or
    the other ``marks``)?"""
    above = next((judged[i].text for i in range(k - 1, -1, -1) if judged[i].text), "")
    return bool(above) and above[-1:] in marks


def _footer_line(j: Judged) -> str | None:
    """``contact`` for a line of a site's contact box, ``link`` for an item of a column of
    links (short, no mark, no digit, no body's name), ``body`` for such a line naming a body,
    else None — never an attachment's label (the names listed under an attachment's title
    are no links)."""
    text = j.text
    if j.prose or j.family is not None or P.PAGE_NOTICE_CONTACT.search(text) or S.ATTACHMENT_START.match(text):
        return None
    if (P.PAGE_CONTACT_LINE.match(text) or P.PAGE_FOOTER_STREET.match(text)
            or (P.PAGE_FOOTER_LABEL_LINE.match(text) and P.PAGE_FOOTER_PLACE.match(text))
            or P.PAGE_FOOTER_PHONE_LINE.match(text) or P.PAGE_FOOTER_PHONE.fullmatch(text)
            or P.PAGE_FOOTER_ADDRESS.fullmatch(fold(text))):
        return "contact"
    if (len(text) <= P.PAGE_LINK_ITEM_MAX and not any(c.isdigit() or c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END
                                                      or c in "：:（）()" for c in text)
            and not S.DATE.search(text)):
        return "body" if S.BODY_SUFFIX.search(text) else "link"
    return None


def _tag_run(judged: list[Judged], i: int) -> bool:
    """Do the article's tags start at line ``i``: a run of at least
    :data:`~docgen.cleaner.patterns.PAGE_TAG_RUN` short lines without a mark, one after the
    other under the last line of prose, with a line of chrome right under them (``独立游戏`` /
    ``策略游戏`` / ``设计`` / ``收藏``)?  (The names under an attachment's title follow no prose.)"""
    before = next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)
    if before is None or not before.prose:
        return False
    k = i
    while k < len(judged) and _tag(judged[k]):
        k += 1
    return k - i >= P.PAGE_TAG_RUN and k < len(judged) and judged[k].evidence


def _tag(j: Judged) -> bool:
    """A tag: a short line (a Latin letter counting half: ``Windows``) without a mark."""
    width = sum(0.5 if c.isascii() else 1 for c in j.text)
    return (0 < width <= P.PAGE_COLUMN_LABEL_MAX and j.family is None and not j.prose
            and not any(c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END for c in j.text))


def _evidence(region: list[Judged]) -> int:
    """How many lines of chrome families (not page numbers) a stretch holds."""
    return sum(j.evidence for j in region)


def _removed_evidence(lines: list[Line], kept: tuple[int, int], removed: list[Line]) -> int:
    """How many lines of chrome families (not page numbers) an earlier rule dropped outside the
    lines ``kept`` (the header block and the body: ``采写：…`` / ``责任编辑：`` under the article
    are a page's, though gone already)."""
    top, bottom = kept
    if not lines or bottom <= top:
        return 0
    first, last = lines[top].number, lines[bottom - 1].number
    return sum(1 for line in removed if not first <= line.number <= last and _judge(settled(line.text)).evidence)


def _chrome_region(region: list[Judged]) -> bool:
    """Is a stretch outside the body the page's chrome: a line of a chrome family in it, or
    a run of short lines (a menu)?"""
    return _evidence(region) > 0 or _menu_run(region) >= P.PAGE_MENU_RUN


def _menu_run(region: list[Judged]) -> int:
    """The longest run of short lines in a stretch (blank lines between them allowed)."""
    longest = run = 0
    for j in region:
        if j.text:
            run = run + 1 if len(j.text) <= P.PAGE_COLUMN_LABEL_MAX and not j.prose else 0
            longest = max(longest, run)
    return longest


def _account_names(judged: list[Judged], span: range) -> list[int]:
    """The lines of ``span`` (the header block under its first line) that name an account: a
    short line, no title and no date, just above a follow button (``某某号`` over ``关注``)."""
    found = []
    for i in span:
        j = judged[i]
        if not j.text or j.prose or j.family is not None or len(j.text) > P.PAGE_ACCOUNT_MAX_CHARS:
            continue
        following = next((judged[k] for k in range(i + 1, span.stop) if judged[k].text), None)
        if following is not None and following.family is not None and following.family.names_account:
            found.append(i)
    return found


def _page_lines(judged: list[Judged], span: range, ctx: Context, lines: list[Line]) -> set[int]:
    """Drop the lines of ``span`` (the header block) that are chrome of a whole page only (sign-in
    links, counts of shares and comments): the text is one."""
    dropped = set()
    for i in span:
        family = judged[i].family
        if family is not None and family.scope == "page":
            ctx.drop(lines[i], f"between the title and the main text ({family.reason})")
            dropped.add(i)
    return dropped


def _outside(judged: list[Judged], span: range, where: str, ctx: Context, lines: list[Line],
             barriers: Collection[int], protected: dict[int, str]) -> set[int]:
    """Drop the lines of ``span``, outside the body, and return their indexes — except prose
    there that may be a passage of the document (:func:`_unsure_prose`, and the ``protected``
    lines with the reason they are): that is kept, and reported."""
    keep = dict.fromkeys(_unsure_prose(judged, span, barriers), "")
    keep.update((i, why) for i, why in protected.items() if i in span)
    keep.update(dict.fromkeys(_closing_under(judged, span, keep), " (the date, and signature, closing the prose above)"))
    dropped = set()
    for i in span:
        if i in keep:
            ctx.note(C.PAGE_BODY_UNSURE, f"prose {where}, outside the main text, kept{keep[i]}", lines[i].number,
                     lines[i].text)
        elif lines[i].text:
            family = judged[i].family
            ctx.drop(lines[i], f"{where}, outside the main text" + (f" ({family.reason})" if family else ""))
            dropped.add(i)
    return dropped


def _closing_under(judged: list[Judged], span: range, kept: Collection[int]) -> list[int]:
    """The lines of ``span`` that close a passage kept there: a document's date
    (:func:`closing_date`) right under it, and the signature line between them."""
    found = []
    for i in span:
        if not _document_date(judged, i):
            continue
        above = [k for k in range(i - 1, span.start - 1, -1) if judged[k].text][:2]
        if above and above[0] in kept:
            found.append(i)
        elif len(above) == 2 and above[1] in kept:
            found += [above[0], i]
    return found


def _unsure_prose(judged: list[Judged], span: range, barriers: Collection[int]) -> set[int]:
    """The prose lines of ``span`` that may belong to the document: those before any line that
    ends an article (comments, a footer, the editor's line) — under a line that heads a list
    of links only a passage of real prose (:func:`_passages`: its items and their teasers are
    headlines and a sentence or two, never paragraphs) —, when together they make a passage
    (:data:`~docgen.cleaner.patterns.PAGE_KEEP_PROSE_CHARS`) — never the teaser of another
    article under its headline (:func:`_teaser`); with them, the lines of a list's
    entries among them (:func:`_entries`: ``1、某某`` over ``票价：10元``), which are no prose
    but no chrome either."""
    found: list[int] = []
    entries: list[int] = []
    passages = _passages(judged, span)
    listed = False
    for i in span:
        j = judged[i]
        if i in barriers or _ends_article(j):
            break
        listed = listed or (j.family is not None and j.family.starts_list)
        if j.prose and (not listed or i in passages) and not _teaser(judged, i):
            found.append(i)
        elif j.content and not listed:
            entries.append(i)
    if sum(len(judged[i].text) for i in found) < P.PAGE_KEEP_PROSE_CHARS:
        return set()
    return {*found, *entries}



def _teaser(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` the teaser of an article in a list: its first words cut off with an
    ellipsis (``……`` / ``...``), right under its headline (a line of no family, no prose, no
    numbered line)?"""
    if not P.TEASER_END.search(judged[i].text):
        return False
    above = next((judged[k] for k in range(i - 1, -1, -1) if judged[k].text), None)
    return (above is not None and above.family is None and not above.prose and not above.content
            and _title_candidate(above.text))


def _protected(judged: list[Judged], core: tuple[int, int], barriers: Collection[int]) -> dict[int, str]:
    """The prose lines after the body that are never dropped without a warning, with the
    reason: the paragraphs of a stretch that weighs more than the body (the body was taken as
    the first stretch of a good share, and the line that seemed to end the article over that
    stretch — a comment button, say — may not have)."""
    return dict.fromkeys(_heavier_later(judged, core, barriers),
                         " (more prose than the text taken for the main text)")


def _heavier_later(judged: list[Judged], core: tuple[int, int], barriers: Collection[int]) -> set[int]:
    """The prose lines of the stretches after the body at ``core`` that weigh more than it and
    hold paragraphs (:func:`_passages` of one line or more; not items, each over its name or
    time, as a live feed sets them)."""
    stretches = _stretches(judged, barriers)
    body = max((weight for weight, (first, end) in stretches if first <= core[0] and end == core[1]), default=0)
    found: set[int] = set()
    for weight, (first, end) in stretches:
        if first >= core[1] and weight > body * P.PAGE_HEAVIER_SHARE and not _comment(judged, end):
            found |= _passages(judged, range(first, end), P.PAGE_PARAGRAPH_LINES)
    return found


def _comment(judged: list[Judged], end: int) -> bool:
    """Does a stretch ending at ``end`` stand over a comment's tools (its time, 举报 / 回复):
    it is a reader's comment, named by the comment area."""
    after = next((j for j in judged[end:] if j.text), None)
    return after is not None and after.family is not None and after.family.name in P.PAGE_COMMENT_FAMILIES


def _passages(judged: list[Judged], span: range, lines_min: int = 0) -> set[int]:
    """The lines of ``span`` in passages of prose: runs of prose lines that end a sentence
    (blank lines between them allowed, no other line: a player's blurb or its controls end in
    a button's name) — of at least ``lines_min`` lines, else passages of real prose
    (:func:`_real_prose`)."""
    found: set[int] = set()
    run: list[int] = []
    for i in [*span, None]:
        if i is not None and judged[i].prose and chars.ends_sentence(judged[i].text):
            run.append(i)
        elif i is None or judged[i].text:
            texts = [judged[k].text for k in run]
            if (len(run) >= lines_min) if lines_min else _real_prose(texts):
                found.update(run)
            run = []
    return found


def _real_prose(texts: list[str]) -> bool:
    """Several sentences in long lines: at least
    :data:`~docgen.cleaner.patterns.PAGE_PASSAGE_LINES` lines,
    :data:`~docgen.cleaner.patterns.PAGE_PASSAGE_SENTENCES` sentences and
    :data:`~docgen.cleaner.patterns.PAGE_PASSAGE_CHARS` characters, the lines
    :data:`~docgen.cleaner.patterns.PAGE_PASSAGE_LINE_CHARS` long on average."""
    size = sum(len(t) for t in texts)
    sentences = sum(len(P.PAGE_SENTENCE_END_RUN.findall(t)) for t in texts)
    return (len(texts) >= P.PAGE_PASSAGE_LINES and sentences >= P.PAGE_PASSAGE_SENTENCES
            and size >= P.PAGE_PASSAGE_CHARS and size >= P.PAGE_PASSAGE_LINE_CHARS * len(texts))
