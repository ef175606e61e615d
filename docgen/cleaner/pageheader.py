"""The header block over a page's main text (:mod:`docgen.cleaner.pagebody`): how far up from the
body's first line the title, date, byline, document number, speaker and salutation reach, past
the page's tools and sharing rows, a list of links under a byline and a breadcrumb."""

from __future__ import annotations

import bisect
from collections.abc import Collection

from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.meta import meta_fields
from . import patterns as P
from .pagejudge import Judged, ends_article, is_prose, judge, line_above
from .repeats import compare_key, summarises_below
from .textrules import settled


def header_start(judged: list[Judged], start: int, hint: str | None,
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
    if hinted is None:
        hinted = _labelled_title(judged, start)
    if hinted is not None:
        return _title_top(judged, hinted), _buttons(judged, hinted, start)
    if listed is not None:  # the list of links under the byline (:func:`list_under_byline`)
        return _title_top(judged, listed[0]), set()
    top, titles = start, 0
    seen = 0
    texts = [j.text for j in judged]
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
        elif _dated_item(judged, i):
            break  # the date of an item of a list of links over the title: the list ends the block
        elif titles and P.PAGE_LATIN_LABEL.fullmatch(j.text) and not P.PAGE_LATIN_LABEL.fullmatch(judged[top].text):
            break  # a site's or column's tag in Latin letters over a title in Chinese (``virion-serion``)
        elif seen > P.PAGE_HEADER_WINDOW or titles >= S.TITLE_MAX_LINES or (
                _stops_header(judged, i) and not (titles == 0 and (_heading_of_breadcrumb(judged, i)
                                                                   or (seen == 1 and _heading_over_body(judged, i))
                                                                   or (seen == 1 and _label_over_body(judged, i))
                                                                   or (seen == 1 and _kind_the_body_names(judged, i, start))
                                                                   or (seen == 1 and _kind_over_salutation(judged, i, start))
                                                                   or headline_under_its_label(judged, i)))):
            if titles >= S.TITLE_MAX_LINES:
                top = _fuller_headline(judged, top, i)
            break
        elif summarises_below(texts, i):
            pass  # a summary of the lines under it, between the headline and the text: no title line
        elif not _transparent(j) and title_candidate(j.text):
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
    while k >= 0 and (not judged[k].text or is_button(judged[k]) or _tool(judged[k])):
        if judged[k].text:
            run.add(k)
            tools = tools or _tool(judged[k])
        k -= 1
    buttons = {j for j in run if is_button(judged[j])}
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
    titled = above.family is None and title_candidate(above.text) and len(above.text) > P.PAGE_COLUMN_LABEL_MAX
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
            known += _unbulleted(judged[k]).family is not None
        k -= 1
    above = judged[k] if k >= 0 else None
    if known < P.PAGE_SHARE_TARGETS or above is None or not _transparent(above):
        return set()
    return run


def _unbulleted(j: Judged) -> Judged:
    """Line ``j`` judged without the bullet a page sets its row's targets behind as the items of
    a list (``• 微信好友`` / ``• QQ空间``); ``j`` itself when it opens with no bullet."""
    if j.family is not None or not P.PAGE_ITEM_BULLET.match(j.text):
        return j
    return judge(P.PAGE_ITEM_BULLET.sub("", j.text, count=1))


def _share_target(j: Judged) -> bool:
    j = _unbulleted(j)
    if j.family is not None:
        return j.family.name == P.SHARE_FAMILY and len(j.text) <= P.PAGE_SHARE_TARGET_MAX
    return (not j.prose and len(j.text) <= P.PAGE_SHARE_TARGET_MAX and not _transparent(j)
            and not any(c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END for c in j.text))


def _piece(j: Judged) -> bool:
    """A short line that may be a piece of a byline: no prose, no line that ends an article
    or heads a list of links."""
    return (len(j.text) <= P.PAGE_COLUMN_LABEL_MAX and not j.prose
            and not (j.family is not None and (j.family.ends_article or j.family.starts_list)))


def is_button(j: Judged) -> bool:
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


def list_under_byline(judged: list[Judged], start: int) -> tuple[int, list[int]] | None:
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
            or sum(title_candidate(judged[k].text) for k in items) <= S.TITLE_MAX_LINES:
        return None  # fewer headlines than a title has lines (buttons: 【字体： / 大 / 中 / 小 / 】)
    above = [k for k in range(i - 1, max(-1, i - 4), -1) if judged[k].text and not _transparent(judged[k])]
    short = [k for k in above if len(judged[k].text) <= P.PAGE_COLUMN_LABEL_MAX]
    title = next((k for k in above if len(judged[k].text) > P.PAGE_COLUMN_LABEL_MAX), None)
    if title is None or not title_candidate(judged[title].text) or judged[title].family is not None \
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
    return not is_prose(text) and (title_candidate(text) or len(text) <= P.PAGE_COLUMN_LABEL_MAX)


def headline_over_metadata(judged: list[Judged], lines: list[Line], removed: list[Line], start: int,
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
        if i + 1 in barriers or ends_article(j):
            return None
        if j.text and j.family is None and not j.prose and title_candidate(j.text) \
                and len(j.text) > P.PAGE_COLUMN_LABEL_MAX:
            at = bisect.bisect_right(numbers, lines[i].number)
            if at < len(numbers) and (below is None or numbers[at] < below):
                return i  # the metadata line stood between it and the next line of text
        if j.text:
            below = lines[i].number
    return None


def _dated_item(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` the bracketed date of an item of a list of links: a date alone in
    brackets, with another such date two lines above it (an item's line between them)?"""
    if not P.PAGE_ITEM_DATE.match(judged[i].text.strip()):
        return False
    above = [k for k in range(i - 1, max(-1, i - 2 * P.PAGE_HEADER_WINDOW), -1) if judged[k].text][:2]
    return len(above) == 2 and bool(P.PAGE_ITEM_DATE.match(judged[above[1]].text.strip()))


def _hinted_title(judged: list[Judged], start: int, hint: str | None) -> int | None:
    """The last line above ``start`` that is the page's title as the reader found it."""
    if not hint:
        return None
    key = compare_key(hint)
    return next((i for i in range(start - 1, -1, -1) if judged[i].text and compare_key(judged[i].text) == key),
                None)


def _fuller_headline(judged: list[Judged], top: int, i: int) -> int:
    """Where the header block starts when the walk up from the body has taken its most title lines
    at ``top`` and stands at line ``i``: at a headline a few lines further up that holds the top
    line's words (a post's headline ``注意！某某禁止种植农作物！请尽快清理`` over the short lines that
    open it: ``小伙伴们注意啦！`` / ``某某禁止种植农作物`` / ``如果你有这种行为`` …), else at ``top``."""
    key = compare_key(judged[top].text)
    for k in range(i, max(i - P.PAGE_HEADER_WINDOW, -1), -1):
        j = judged[k]
        if not j.text or _transparent(j):
            continue
        if j.family is not None or not title_candidate(j.text):
            return top
        if len(key) >= P.PAGE_FULLER_HEADLINE_MIN and key in compare_key(j.text) and len(j.text) > len(judged[top].text):
            return k
    return top


def _labelled_title(judged: list[Judged], start: int) -> int | None:
    """The line a few lines above ``start`` that labels itself the title (``标题[新闻] ……``)."""
    window = range(start - 1, max(start - 1 - P.PAGE_HEADER_WINDOW, -1), -1)
    return next((i for i in window if P.PAGE_LABELLED_TITLE.match(judged[i].text)), None) \
        or next((k for i in window if (k := _value_of_bare_label(judged, i, start)) is not None), None)


def _value_of_bare_label(judged: list[Judged], i: int, start: int) -> int | None:
    """The line under line ``i`` when that is a title's field label alone (``法规名称：`` over
    ``某某法``, a database's fields set a line each) and the line under it is a title of no
    chrome family above the body at ``start``.  None otherwise."""
    label = S.TITLE_LABEL.match(judged[i].text)
    if label is None or label.end() != len(judged[i].text):
        return None
    k = next((k for k in range(i + 1, start) if judged[k].text), None)
    if k is None or judged[k].family is not None or _transparent(judged[k]):
        return None
    value = judged[k].text  # the label says it is the title: a law's short name (``某某法``) too
    short = len(value) >= P.PAGE_LABELLED_VALUE_MIN and P.PAGE_LABELLED_VALUE.fullmatch(value) is not None
    return k if title_candidate(value) or short else None


def _stops_header(judged: list[Judged], i: int) -> bool:
    """Does line ``i`` end the header block going up: navigation (a chrome line that does
    not stand between a title and its body), or a short line under another short line or
    navigation (a menu, a column label)?"""
    j = judged[i]
    if _transparent(j) or kind_under_broken_title(judged, i):
        return False
    if j.family is not None or P.PAGE_CONTACT_LINE.match(j.text):
        return True
    if len(j.text) <= P.PAGE_COLUMN_LABEL_MAX:
        if title_candidate(j.text) and _over_subtitle(judged, i):
            return False  # a short title (``政府工作报告``) over its subtitle or occasion line
        above = line_above(judged, i)
        return above is None or (not _transparent(above) and (
            above.family is not None or len(above.text) <= P.PAGE_COLUMN_LABEL_MAX))
    return False


def kind_under_broken_title(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` a genre word alone (``公告``) right under a title line broken off after its
    ``的`` (``关于……项目的`` / ``公告``): the title's last line, not the column of a site's menu
    that has the same name?"""
    above = line_above(judged, i)
    return (judged[i].text in S.GENRE_WORDS and above is not None and above.family is None
            and not above.prose and above.text.endswith("的"))


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
    above = line_above(judged, i)
    key = compare_key(judged[i].text)
    return (bool(key) and above is not None and above.family is not None
            and above.family.name == P.BREADCRUMB_FAMILY and compare_key(above.text).endswith(key))


def _heading_over_body(judged: list[Judged], i: int) -> bool:
    """Is line ``i``, the first one right over the body (blank lines between at most), the
    page's own heading set alone under a line of chrome: a short title of no chrome family
    (``校长寄语`` under the site's player prompt)?  The last item of a menu or of a row of tabs
    or tools stands under another of its short lines (``公司分布`` over ``招聘信息``)."""
    j = judged[i]
    if j.family is not None or not title_candidate(j.text):
        return False
    above = line_above(judged, i)
    return above is not None and above.family is not None and not _transparent(above)


def _kind_the_body_names(judged: list[Judged], i: int, start: int) -> bool:
    """Is line ``i``, the first one right over the body at ``start``, a short title ending with
    the kind the body names itself by (``搬迁公告`` over ``……现将有关事项公告如下`` or
    ``特此公告``), though a site's menu has columns so named (``最新公告``)?  A menu's item stands
    among its fellows: not under another line a page-wide family takes for one."""
    j = judged[i]
    if j.family is None or j.family.scope != "page" or not title_candidate(j.text):
        return False
    word = max((w for w in S.GENRE_WORDS if j.text.endswith(w)), key=len, default=None)
    above = line_above(judged, i)
    if word is None or (above is not None and above.family is not None and above.family.scope == "page"):
        return False
    return any(word + "如下" in x.text or x.text.startswith("特此" + word) for x in judged[start:])


def _kind_over_salutation(judged: list[Judged], i: int, start: int) -> bool:
    """Is line ``i``, the first one right over the body at ``start``, a kind's name alone
    (``倡议书``, ``公开信``) with the body opening on its salutation (``全体居民朋友们：``) and
    nothing but chrome above it: a letter's own title, set alone over its addressee?  A menu's
    column of that name stands among its fellows or over a headline, never alone between
    the navigation and a salutation."""
    j, body = judged[i], judged[start]
    if j.family is not None or j.text not in S.GENRE_WORDS or not S.salutation_line(body.text):
        return False
    above = line_above(judged, i)
    return above is None or (above.family is not None and not _transparent(above))


def _label_over_body(judged: list[Judged], i: int) -> bool:
    """Is line ``i``, the first one right over the body (blank lines between at most), a label
    of the text's own closed by a colon that opens it (``說明：`` over ``一、……``, ``主旨：``):
    a word or two of no chrome family, no sentence?  It stands in the header block, whatever
    stands over it."""
    j = judged[i]
    return j.family is None and not j.prose and P.PAGE_OPENING_LABEL.fullmatch(j.text) is not None


def cross_head_under_headline(judged: list[Judged], start: int) -> int | None:
    """The headline over the text's own cross-head set alone right over the body at ``start``:
    a short line only a page-wide family of few words takes for a menu item (``某某宫公告``, no
    sentence), under a title of no family that the page's title line above it repeats
    (``标题 – 某某站`` / ``标题`` / ``某某宫公告``).  None when there is no such line: a menu's
    item stands in a run of its fellows, never alone between a headline and its text."""
    i = next((k for k in range(start - 1, -1, -1) if judged[k].text), None)
    if i is None:
        return None
    j = judged[i]
    if j.family is None or j.family.scope != "page" or not j.family.no_sentence or not title_candidate(j.text):
        return None
    k = next((k for k in range(i - 1, -1, -1) if judged[k].text), None)
    if k is None or judged[k].family is not None or not title_candidate(judged[k].text):
        return None
    page_title = line_above(judged, k)
    key = compare_key(judged[k].text)
    return k if page_title is not None and key != "" and key in compare_key(page_title.text) else None


def headline_under_its_label(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` a short headline under its column's label that says the same words
    (``停水公告`` over ``停水公告``): a notice whose title is its column's name — the lower line
    is the headline, the one above it the label?"""
    j = judged[i]
    if not title_candidate(j.text):
        return False
    above = line_above(judged, i)
    return above is not None and compare_key(above.text) == compare_key(j.text) != ""


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
                and title_candidate(above.text) and len(above.text) > P.PAGE_COLUMN_LABEL_MAX)
    return k if headline else None


def _heading_over_breadcrumb(judged: list[Judged], i: int) -> int | None:
    """The page's own heading right over the breadcrumb at line ``i`` that ends with it
    (``总裁致辞`` over ``首页 – 集团概况 – 总裁致辞``), the breadcrumb right over the body: the
    title, set above its breadcrumb.  None when line ``i`` is no such breadcrumb."""
    j = judged[i]
    if j.family is None or j.family.name != P.BREADCRUMB_FAMILY:
        return None
    above = next((k for k in range(i - 1, -1, -1) if judged[k].text), None)
    if above is None or judged[above].family is not None or not title_candidate(judged[above].text):
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
        elif (lines_taken < S.TITLE_MAX_LINES and j.family is None and title_candidate(j.text)
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
    if spaced_heading(text):
        return True  # ``第 五 章 會 議``: a heading set a character apart, no menu of one-character items
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


def spaced_heading(text: str) -> bool:
    """Is ``text`` a numbered heading printed with a space between its characters
    (``第 五 章 會 議``, ``第 一 章  总 则``)?"""
    return bool(P.PAGE_SPACED_OUT.fullmatch(text)) and S.match_number(P.PAGE_SPACED_OUT_GAP.sub("", text)) is not None


def title_candidate(text: str) -> bool:
    """Could the line be (part of) the title: not too short or long, not a sentence ending
    in 。, not a line that goes on, not a salutation or a numbered line — a table's cell read
    without its bars (``| 三、 |`` is a number's cell)."""
    text = text.strip("|｜ \u3000") or text
    return (P.PAGE_TITLE_MIN_CHARS <= len(text) <= P.PAGE_TITLE_MAX_CHARS
            and "。" not in text and text[-1] not in "，,；;：:、…"
            and not S.SALUTATION.match(text) and S.match_number(text) is None
            and not S.ARTICLE.match(text))
