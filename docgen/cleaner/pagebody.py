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
from collections.abc import Collection

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from . import patterns as P
from .context import Context
from .pageheader import (
    cross_head_under_headline,
    header_start,
    headline_over_metadata,
    headline_under_its_label,
    is_button,
    kind_under_broken_title,
    list_under_byline,
    spaced_heading,
    title_candidate,
)
from .pagejudge import Judged, ends_article, judge, line_above, list_heads, mark_entries, menu_items, toolbar_buttons
from .pagetail import advice_box, document_date, series_end, tail_end
from .repeats import compare_key, summarises_below
from .textrules import settled


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
    judged = _named_contacts(list_heads(mark_entries(menu_items(toolbar_buttons([judge(settled(line.text))
                                                                               for line in lines])))))
    barriers = _barriers(lines, ctx.removed)
    core = _core(judged, barriers)
    if core is None:
        return lines
    section = _next_section(judged, core)
    ends = barriers if section is None else barriers | {section}  # the text ends there, whatever follows
    core = core if section is None else (core[0], section)
    listed = list_under_byline(judged, core[0])
    (top, tools), bottom = header_start(judged, core[0], ctx.title_hint, listed), tail_end(judged, core[1], ends)
    crossed = cross_head_under_headline(judged, core[0])
    if crossed is not None and listed is None and not ctx.title_hint:  # the cross-head opens the body
        core, top, tools = (crossed + 1, core[1]), crossed, set()
    bottom = series_end(judged, core[0], bottom, ends)
    headline = None if ctx.title_hint else headline_over_metadata(judged, lines, ctx.removed, core[0], barriers)
    # the walk stopped in the text's own lines below it — not at the text's own title, which the
    # page's headline holds (``政府工作报告`` under ``2026年某某省政府工作报告``)
    if headline is not None and headline < top and compare_key(judged[top].text) not in compare_key(judged[headline].text):
        top, tools = header_start(judged, core[0], judged[headline].text, listed)
    links = listed[1] if listed is not None and listed[0] >= top else []
    # a list under the byline, and the page's tools or sharing row under its title, are signs as well
    above = judged[:top] + [judged[i] for i in sorted({*links, *tools})]
    below = judged[core[1]:]  # a closing block kept under the body (its date, its contact lines) is a sign as well
    if _evidence(above) + _evidence(below) + (_menu_run(above) >= P.PAGE_MENU_EVIDENCE) \
            + _removed_evidence(lines, (top, bottom), ctx.removed) < P.PAGE_MIN_EVIDENCE:
        bar = _bracketed_bar(judged, tools)  # a bar of buttons in its brackets is one in any copy
        return _drop_tools(lines, bar, ctx) if bar else lines
    protected = _protected(judged, core, barriers)
    first = top + 1 if headline_under_its_label(judged, top) else top  # the headline, whatever it is like
    dropped = _page_lines(judged, range(first, core[0]), ctx, lines)
    for i in links:
        ctx.drop(lines[i], "between the title's byline and the main text (a list of links)")
        dropped.add(i)
    for i in sorted(tools):
        ctx.drop(lines[i], _TOOLS_REASON)
        dropped.add(i)
    for i in _account_names(judged, range(top + 1, core[0])):
        ctx.drop(lines[i], "between the title and the main text (an account's name beside its follow button)")
        dropped.add(i)
    texts = [j.text for j in judged]
    for i in range(top + 1, core[0]):
        if texts[i] and i not in dropped and summarises_below(texts, i):
            ctx.drop(lines[i], "between the title and the main text (a summary repeating the lines under it)")
            dropped.add(i)
    if _chrome_region(judged[:top]) or _evidence([judged[i] for i in tools]):  # a page's own sharing row under its title
        dropped |= _outside(judged, range(top), "above the title", ctx, lines, barriers, protected)
    if _chrome_region(judged[bottom:]) or _evidence(below) > _evidence(judged[bottom:]):
        dropped |= _outside(judged, range(bottom, len(lines)), "below the main text", ctx, lines, barriers,
                            protected)
    return [line for i, line in enumerate(lines) if i not in dropped]


def _named_contacts(judged: list[Judged]) -> list[Judged]:
    """``judged``, with a mailbox under its label taken for no chrome when a line of its contact
    block names the person to contact (``联系人：某某`` / ``联系电话：…`` / ``邮箱：…``): the
    notice's own contact, where a site's box gives its address and post code instead."""
    found = list(judged)
    for i, j in enumerate(judged):
        if j.family is None or not P.PAGE_LABELLED_MAILBOX.match(j.text):
            continue
        block = judged[max(0, i - P.PAGE_CONTACT_BLOCK_REACH):i]
        if any(P.PAGE_CONTACT_PERSON.match(k.text) for k in block):
            found[i] = Judged(j.text, None, j.prose, j.content)
    return found


_TOOLS_REASON = ("between the title and the main text (a button of the page's tools or sharing row, "
                 "or a piece of a byline set a line each)")


def _next_section(judged: list[Judged], core: tuple[int, int]) -> int | None:
    """The first short line in the body at ``core`` that repeats an item of a menu above it
    (``英雄事迹`` in the page's menu, then over the next block of a home page): the menu names
    the page's sections, and the next one starts there.  None when there is none, or too little
    prose before it for a body."""
    items = _menu_items(judged[:core[0]])
    weight = 0
    for i in range(core[0], core[1] if items else core[0]):
        j = judged[i]
        if i > core[0] and not j.prose and j.text in items:
            return i if weight >= P.PAGE_MIN_BODY_CHARS else None
        weight += j.weight
    return None


def _menu_items(region: list[Judged]) -> set[str]:
    """The texts of the lines of the menus in a stretch: runs of at least
    :data:`~docgen.cleaner.patterns.PAGE_MENU_RUN` short lines (blank lines between them
    allowed)."""
    items: set[str] = set()
    run: list[str] = []
    for j in [*region, None]:
        if j is not None and not j.text:
            continue
        if j is not None and len(j.text) <= P.PAGE_COLUMN_LABEL_MAX and not j.prose:
            run.append(j.text)
            continue
        if len(run) >= P.PAGE_MENU_RUN:
            items.update(run)
        run = []
    return items


def _bracketed_bar(judged: list[Judged], tools: set[int]) -> set[int]:
    """The buttons among ``tools`` when they are a bar in its brackets (``【字体：`` / ``大`` /
    ``中`` / ``小】``): a run of one-character buttons with a bracket of the bar on one of them."""
    buttons = {i for i in tools if is_button(judged[i])}
    if len(buttons) >= P.PAGE_BUTTONS_MIN and any(set(judged[i].text) & set(P.PAGE_BUTTON_BRACKETS) for i in buttons):
        return buttons
    return set()


def _drop_tools(lines: list[Line], tools: set[int], ctx: Context) -> list[Line]:
    for i in sorted(tools):
        ctx.drop(lines[i], _TOOLS_REASON)
    return [line for i, line in enumerate(lines) if i not in tools]


def _barriers(lines: list[Line], removed: list[Line]) -> set[int]:
    """Indexes of the lines just after a line that ended an article (the editor's line, a
    footer) and that an earlier rule dropped already."""
    ends = sorted(line.number for line in removed if ends_article(judge(settled(line.text))))
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
        if i in barriers or ends_article(j):
            if best_span is not None:
                found.append((best, best_span))
            best, best_span = 0, None
            run, start = 0, i + (1 if ends_article(j) else 0)
            if ends_article(j):
                continue
        if run <= 0:
            run, start = 0, i
        run += j.weight
        if run > best:
            best, best_span = run, (start, i + 1)
    if best_span is not None:
        found.append((best, best_span))
    return found


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
    return sum(1 for line in removed if not first <= line.number <= last and judge(settled(line.text)).evidence)


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
        if (family is not None and family.scope == "page" and not spaced_heading(judged[i].text)
                and not kind_under_broken_title(judged, i)):
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
    if span.start == 0:
        numbered = _numbering_into_text(judged, span)
        keep.update(dict.fromkeys(numbered, " (a heading whose numbering goes on in the text)"))
        keep.update(dict.fromkeys(_title_over_numbering(judged, numbered), " (the title over those headings)"))
    dropped = set()
    for i in span:
        if i in keep:
            ctx.note(C.PAGE_BODY_UNSURE, f"prose {where}, outside the main text, kept{keep[i]}", lines[i].number,
                     lines[i].text)
            ctx.outside.add(lines[i].number)
        elif lines[i].text:
            family = judged[i].family
            ctx.drop(lines[i], f"{where}, outside the main text" + (f" ({family.reason})" if family else ""))
            dropped.add(i)
    return dropped


def _numbering_into_text(judged: list[Judged], span: range) -> list[int]:
    """The headings above the text (``span``, from the page's top) whose numbering goes on into
    it (``一、接種對象`` / …… / ``二、接種時間`` over ``三、`` in the text): a line of no chrome family
    led by a heading's number, whose next heading of the same numbering below is the next number
    and is in the text or itself such a heading."""
    found: list[int] = []
    nxt: dict[str, tuple[int, int]] = {}  # family → (its value, index) of the nearest heading below
    for i in range(len(judged) - 1, span.start - 1, -1):
        j = judged[i]
        number = S.match_number(j.text) if j.family is None and j.text else None
        if number is None or number[0].kind != "heading":
            continue
        value = S.number_value(number[1])
        below = nxt.get(number[0].name)
        if i in span and value is not None and below is not None and below[0] == value + 1 \
                and (below[1] >= span.stop or below[1] in found):
            found.append(i)
        if value is not None:
            nxt[number[0].name] = (value, i)
    return found


def _title_over_numbering(judged: list[Judged], numbered: list[int]) -> list[int]:
    """The title right over the first of the headings whose numbering goes on into the text
    (``某某卫生院疫苗接种指南`` over ``一、接种对象``): the line above the topmost of them, of no
    chrome family, headline-like and longer than a column's label — as an empty list when there
    is none."""
    if not numbered:
        return []
    k = next((k for k in range(min(numbered) - 1, -1, -1) if judged[k].text), None)
    if k is None or judged[k].family is not None or len(judged[k].text) <= P.PAGE_COLUMN_LABEL_MAX \
            or not title_candidate(judged[k].text):
        return []
    return [k]


def _closing_under(judged: list[Judged], span: range, kept: Collection[int]) -> list[int]:
    """The lines of ``span`` that close a passage kept there: a document's date
    (:func:`closing_date`) right under it, and the signature line between them."""
    found = []
    for i in span:
        if not document_date(judged, i):
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
    entries among them (:func:`mark_entries`: ``1、某某`` over ``票价：10元``), which are no prose
    but no chrome either."""
    found: list[int] = []
    entries: list[int] = []
    passages = _passages(judged, span)
    listed = False
    for i in span:
        j = judged[i]
        if i in barriers or ends_article(j):
            break
        listed = listed or (j.family is not None and j.family.starts_list)
        if j.prose and (not listed or i in passages) and not _teaser(judged, i):
            found.append(i)
        elif j.content and not listed:
            entries.append(i)
    broken = _broken_passage(judged, span)
    if sum(len(judged[i].text) for i in found) < P.PAGE_KEEP_PROSE_CHARS:
        return broken
    return {*found, *entries, *broken}


def _broken_passage(judged: list[Judged], span: range) -> set[int]:
    """The lines of a passage set a phrase a line at the end of ``span``, right over the text's
    title (``根据国务院办公厅发布的`` / ``在春节、清明节、劳动节、`` / ``国庆节4个……``): a run of
    at least :data:`~docgen.cleaner.patterns.PAGE_BROKEN_RUN_LINES` lines of no chrome family
    (a phrase over short lines looks like a list's heading: it is only a guess), no blank line
    between them, of which
    :data:`~docgen.cleaner.patterns.PAGE_BROKEN_CLAUSES` or more break off at a clause or hold
    one's mark inside (a menu's or a list's items are names, never clauses cut off)."""
    run: list[int] = []
    for i in range(span.stop - 1, span.start - 1, -1):
        j = judged[i]
        if not j.text and not run:
            continue  # the blank line a first look set between the passage kept and the title
        if not j.text or (j.family is not None and j.family.name != P.PAGE_LIST_HEAD_FAMILY):
            break
        run.append(i)
    clauses = sum(1 for i in run if S.BROKEN_CLAUSE.search(judged[i].text))
    if len(run) < P.PAGE_BROKEN_RUN_LINES or clauses < P.PAGE_BROKEN_CLAUSES:
        return set()
    return set(run) if sum(len(judged[i].text) for i in run) >= P.PAGE_KEEP_PROSE_CHARS else set()


def _teaser(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` the teaser of an article in a list: its first words cut off with an
    ellipsis (``……`` / ``...``), right under its headline (a line of no family, no prose, no
    numbered line)?"""
    if not P.TEASER_END.search(judged[i].text):
        return False
    above = line_above(judged, i)
    return (above is not None and above.family is None and not above.prose and not above.content
            and title_candidate(above.text))


def _protected(judged: list[Judged], core: tuple[int, int], barriers: Collection[int]) -> dict[int, str]:
    """The prose lines after the body that are never dropped without a warning, with the
    reason: the paragraphs of a stretch that weighs more than the body (the body was taken as
    the first stretch of a good share, and the line that seemed to end the article over that
    stretch — a comment button, say — may not have)."""
    protected = dict.fromkeys(_heavier_later(judged, core, barriers),
                              " (more prose than the text taken for the main text)")
    protected.update(dict.fromkeys(_introduced_items(judged, core[1]), " (the items a sentence of the text introduces)"))
    protected.update(dict.fromkeys(_table_cells(judged, core[1]), " (the cells of a table set a cell a line)"))
    protected.update(dict.fromkeys(_flowchart_steps(judged, core[1]), " (the steps of a flowchart set in lines)"))
    protected.update(dict.fromkeys(_closing_advice(judged, core[1]), " (the advice closing the text in its own voice)"))
    return protected


def _table_cells(judged: list[Judged], end: int) -> list[int]:
    """The lines right under the body ending at ``end`` that are a table set a cell a line, as
    a page's text gives it (``1`` / ``3月1日`` / ``某村、某村`` / ``2`` / ……), with prose of the
    text going on under it: short lines of no chrome family but the row numbers alone on their
    lines, which count up from 1 (at least
    :data:`~docgen.cleaner.patterns.PAGE_TABLE_ROWS_MIN` rows), each row holding a cell — and
    the sentence under them, where the text goes on."""
    run: list[int] = []
    rows: list[int] = []
    last_row = -1
    for i in range(end, len(judged)):
        j = judged[i]
        if not j.text:
            continue
        if (j.prose and chars.ends_sentence(j.text)) or len(j.text) > P.PAGE_TABLE_CELL_MAX:
            ok = j.prose and j.family is None and len(rows) >= P.PAGE_TABLE_ROWS_MIN
            return [*run, i] if ok and rows == list(range(1, len(rows) + 1)) else []
        if P.PAGE_TABLE_ROW_NUMBER.fullmatch(j.text):
            if rows and run[-1] == last_row:
                return []  # a row with no cell: a list of numbers, no table
            rows.append(int(j.text))
            run.append(i)
            last_row = i
            continue
        if j.family is not None or j.evidence:
            return []
        run.append(i)  # a cell (a list of names broken off after its comma too)
    return []


def _flowchart_steps(judged: list[Judged], end: int) -> list[int]:
    """The lines right under the body ending at ``end`` that set out a procedure as a flowchart,
    a step a line with arrows between (``申請人備齊資料`` / ``⇓送`` / ``公所初審`` / ……): a run of
    lines each with an arrow (:data:`~docgen.cleaner.patterns.PAGE_FLOW_ARROW`) or of no chrome
    family and no page's sign, with PAGE_FLOW_ARROWS_MIN arrows at least; none otherwise."""
    run: list[int] = []
    arrows = 0
    for i in range(end, len(judged)):
        j = judged[i]
        if not j.text:
            continue
        if P.PAGE_FLOW_ARROW.search(j.text):
            arrows += 1
        elif j.family is not None or j.evidence:
            break
        run.append(i)
    return run if arrows >= P.PAGE_FLOW_ARROWS_MIN else []


def _closing_advice(judged: list[Judged], end: int) -> list[int]:
    """The lines right under the body ending at ``end`` that close it with a reminder box in the
    text's own voice (:func:`~docgen.cleaner.pagetail.advice_box`) — when the body's last line
    is prose."""
    last = line_above(judged, end)
    if last is None or not last.prose:
        return []
    return advice_box([j.text for j in judged], end)


def _introduced_items(judged: list[Judged], end: int) -> list[int]:
    """The short lines right under the body ending at ``end`` when its last line is a sentence
    ending in a colon (``……请各班积极组织报名：`` over ``男子一百米`` / ``女子跳高``): the items it
    introduces, up to the first blank line or line of a chrome family.  (A label such as
    ``友情链接：`` is no sentence: the links under it stay outside.)"""
    last = line_above(judged, end)
    if last is None or not last.prose or last.family is not None or last.text[-1:] not in P.PAGE_INTRO_END:
        return []
    found = []
    for i in range(end, min(len(judged), end + P.PAGE_INTRODUCED_ITEMS)):
        j = judged[i]
        if not j.text or j.family is not None or j.evidence:
            break
        found.append(i)
    return found


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
