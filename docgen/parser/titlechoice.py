"""Choosing the title among the lines at the top of a text, when none of them is a title by
the shapes of official documents (a genre word, ``关于``, a date line under it).

A news headline, a speech's title without its genre word, a title line of a whole page: the
candidates are the short lines before the body starts (its first sentence, its salutation, its
first heading).  The title is the candidate that agrees with the page's own title as the
reader found it (``<h1>``, ``<title>``), else the first candidate that is not a line of the
site (a column label, a site's name, a menu, a line of site chrome), when nothing
but such lines and short lines of the site (no sentence, no address) stand before it.  What is
printed around a title on the web is taken off it: a site's name after a separator
(``… - 中国科普网``), a bracketed prefix (``[广告]……``), the ``《》全文`` of a page heading.  The
choice says how sure it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from .. import chars
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import family_of, fold, unglossed
from ..shapes.meta import META_FIELD, meta_fields
from ..shapes.titles import header_line_like, site_name, strip_date_suffix, strip_site_suffix, title_key, title_like
from . import patterns as P
from .titles import complete, group_label, join_title, no_headline, removed_between, stands_under_headline, with_issuer

Sureness = Literal["sure", "likely"]


@dataclass(frozen=True, slots=True)
class TitleChoice:
    """The title found at ``index``; ``skipped`` are the candidates above it passed over
    (column labels)."""

    index: int
    title: str
    sureness: Sureness
    why: str
    skipped: tuple[int, ...] = ()
    end: int | None = None  # the index after the title's last line, when it goes on below ``index``


def choose_title(lines: tuple[Line, ...], start: int, hint: str | None,
                 removed: Mapping[int, str] = MappingProxyType({})) -> TitleChoice | None:
    """The title among the lines from ``start`` to the body's start, or None; a headline set
    over two lines is joined (:func:`_carried_on`).  ``removed`` are the source numbers of the
    lines cleaning took out (:func:`stopped_headline`)."""
    candidates = _candidates(lines, start, removed)
    choice = _choose(lines, start, hint, candidates, removed) or _formal_under_prompt(lines, start)
    if choice is None:
        return None
    choice = _broken_in_name(lines, _held_below(lines, choice, candidates), candidates, removed)
    return _carried_on(lines, _fuller_below(lines, _wrapped_below(lines, choice, candidates), candidates), candidates, removed)


def _formal_under_prompt(lines: tuple[Line, ...], start: int) -> TitleChoice | None:
    """A whole official title (``关于……的说明``) over its salutation, under the one line of a form
    it was typed into: the field's prompt, ending in a colon (``1、……的，说明情况：``) — the
    title, and the prompt no line of the text."""
    shown = [k for k in range(start, min(len(lines), start + P.TITLE_CANDIDATE_LINES)) if lines[k].text][:3]
    if len(shown) < 3:
        return None
    prompt, title, salutation = (lines[k].text.strip() for k in shown)
    flat = P.compact(title)
    if (prompt[-1:] not in ("：", ":") or S.SALUTATION.match(prompt) or not S.SALUTATION.match(salutation)
            or not (P.FORMAL_ABOUT.match(flat) and complete(flat))):
        return None
    return TitleChoice(shown[1], title, "sure", "it is a whole 关于…… title under a form's prompt", (shown[0],))


def _held_below(lines: tuple[Line, ...], choice: TitleChoice, candidates: list[int]) -> TitleChoice:
    """The headline on the next line when the chosen one is that headline whole with a page's tag
    run in before it — a column's name set apart by a separator (``社区日历-某某社区-……`` over
    ``某某社区 ……``) or a column and a place (``北部新闻某某市某某宫举办……`` over ``某某宫举办……``):
    the page's heading for the item, the item's own headline under it.  An issuer's name before
    a title (``某某局关于……``) is no tag: that whole title is the document's own."""
    following = next_line(lines, choice.index)
    if choice.end is not None or following is None or following not in candidates:
        return choice
    own = page_title(lines[following].text)
    whole, held = title_key(choice.title), title_key(own)
    tag = whole[: len(whole) - len(held)]
    if (len(held) < P.HELD_HEADLINE_MIN_CHARS or not whole.endswith(held) or not P.HEADLINE_TAG.fullmatch(tag)
            or with_issuer(choice.title, own)):
        return choice
    at = 0
    for c in tag:  # the tag's end in the line (past the spaces and marks the keys leave out)
        at = choice.title.find(c, at) + 1
        if not at:
            return choice
    if not (choice.title[at:at + 1] in P.HEADLINE_TAG_SEPARATORS or P.PLACE_END.search(tag)):
        return choice  # run into the headline without a separator, and no place: the headline's own words
    return replace(choice, index=following, title=own, sureness="likely", skipped=(*choice.skipped, choice.index),
                   why="the line above is this headline with a page's tag run in before it")


def _wrapped_below(lines: tuple[Line, ...], choice: TitleChoice, candidates: list[int]) -> TitleChoice:
    """The headline on the next line when the chosen one only wraps it in brackets at its end:
    a page's own headline that carries the article's after it (``某某披露……过程（……诞生）`` over
    ``……诞生``) — the article's headline is the title."""
    following = next_line(lines, choice.index)
    wrapped = P.BRACKETED_TAIL.search(choice.title)
    if choice.end is not None or following is None or following not in candidates or wrapped is None:
        return choice
    inner, own = title_key(wrapped.group("inner")), page_title(lines[following].text)
    if len(inner) < P.TITLE_CANDIDATE_MIN_CHARS or inner != title_key(own):
        return choice
    return replace(choice, index=following, title=own, sureness="likely", skipped=(*choice.skipped, choice.index),
                   why="the headline above only wraps it in brackets")


def _fuller_below(lines: tuple[Line, ...], choice: TitleChoice, candidates: list[int]) -> TitleChoice:
    """The choice, or the headline on the next line when that one holds the whole of it as one
    of its parts set apart by a space: a short headline set over the full one that repeats its
    part (``某某期望……`` over ``某某商会举行春节酒会 某某期望……``)."""
    following = next_line(lines, choice.index)
    if choice.end is not None or following is None or following not in candidates:
        return choice
    short, full = title_key(choice.title), page_title(lines[following].text)
    parts = full.split()
    if (len(short) < P.TITLE_CANDIDATE_MIN_CHARS or len(parts) < 2 or short not in map(title_key, parts)
            or not title_like(full)):
        return choice  # the full headline holds the short one as a part of its own, set apart by a space
    return replace(choice, index=following, title=full, skipped=(*choice.skipped, choice.index))


def _broken_in_name(lines: tuple[Line, ...], choice: TitleChoice, candidates: list[int],
                    removed: Mapping[int, str]) -> TitleChoice:
    """The choice with the line right above it joined when that line, passed over as the site's
    (an organisation's name alone, a banner), belongs to the headline: the chosen line opens with
    the rest of the name (``深圳市某某商会`` / ``联合会成立``), or the page prints the two as one line
    below (``某某医院`` / ``医师节活动小结`` and ``某某医院医师节活动小结`` under them; cleaning may have
    taken that line out as the title repeated)."""
    above = choice.index - 1
    if above < 0 or above not in candidates:
        return choice
    name = P.ORGANISATION_NAME.fullmatch(fold(P.compact(lines[above].text))) is not None
    whole = P.compact(lines[above].text + choice.title)
    if not ((name and P.NAME_GOES_ON.match(choice.title))
            or _printed_below(lines, choice.index, removed, lambda text: P.compact(text) == whole)):
        return choice
    return replace(choice, index=above, title=page_title(lines[above].text) + choice.title,
                   skipped=tuple(k for k in choice.skipped if k != above), end=choice.end or choice.index + 1)


def _carried_on(lines: tuple[Line, ...], choice: TitleChoice, candidates: list[int],
                removed: Mapping[int, str] = MappingProxyType({})) -> TitleChoice:
    """The choice with the next line joined when the headline goes on there: its first line
    ends with a verb of holding and the next names the event (``某某中学举行`` / ``……捐款仪式``),
    or its first line opens a quotation that the next closes (``协会召开“一届三次理事会`` /
    ``暨成立一周年”大会``), or its first line names the event and the next when it will be held
    (``某某区人大四次会议`` / ``将于3月25日召开``), or the page prints the two lines again as one
    below (:func:`_restated_as_one`), or a body's name is set over the ``致……的一封信`` it writes."""
    following = next_line(lines, choice.end - 1 if choice.end else choice.index)
    joint = joint_line(lines, following)
    if joint is not None and following is not None:
        return replace(choice, title=choice.title + joint, end=following + 1)
    if following is None or following not in candidates:
        return choice
    second = page_title(lines[following].text)
    quoted = _quote_left_open(choice.title) and _quote_closed(second)
    when = bool(P.EVENT_END.search(choice.title) and P.WHEN_HELD.match(second.strip()))
    if (_parallel_couplet(choice.title, second) or _restated_as_one(lines, choice.title, second, following, removed)
            or _letter_to(choice.title, second) or _qualifier_goes_on(choice.title, second)):
        return replace(choice, title=choice.title + second, end=following + 1)
    if not (quoted or when) and (not P.HOLDING_VERB_END.search(choice.title) or not P.EVENT_END.search(second)
                                 or P.HOLDING_VERB_END.search(second)):
        return choice
    if _furniture_like(second):
        return choice
    return replace(choice, title=choice.title + second, end=following + 1)


def letter_title_below(lines: tuple[Line, ...], i: int) -> bool:
    """Does a letter's own title set over two lines (``某某组委会`` / ``致各会员的一封信``) stand
    right under line ``i``, right over its salutation?  Line ``i`` is then the site's headline
    for the post, not the letter's title."""
    first = next_line(lines, i)
    second = next_line(lines, first) if first is not None else None
    greeting = next_line(lines, second) if second is not None else None
    return (greeting is not None and first is not None and second is not None
            and _letter_to(lines[first].text, lines[second].text)
            and bool(S.SALUTATION.match(lines[greeting].text.strip())))


def teaser_over_title(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a portal's teaser headline over the document it opens (``重要通知！某某学校
    开学时间有调整→`` over ``某某县教育局关于……的公告``): it ends with an arrow pointing on
    (:data:`~docgen.parser.patterns.TEASER_ARROW_END`), and a whole title — its genre word at
    the end — starts on the next line with text?  A title never points past itself, so the line
    is the page's headline for the item, neither the title nor its first line."""
    if not P.TEASER_ARROW_END.search(lines[i].text):
        return False
    below = next_line(lines, i)
    joined = join_title(lines, below) if below is not None else None
    return joined is not None and complete(joined[0])


def _letter_to(first: str, second: str) -> bool:
    """Is the headline a letter's title set over two lines, the body that writes it over ``致……的
    一封信`` (``某某协会组委会`` / ``致各会员的一封信``)?"""
    return bool(P.BODY_SUFFIX.search(P.compact(first)) and P.LETTER_TO_LINE.match(P.compact(second)))


def joint_line(lines: tuple[Line, ...], k: int | None) -> str | None:
    """The rest of a headline set on line ``k`` when that line opens with 暨, joining a second event
    to the first (``……庆祝中秋节`` / ``暨成立四周年茶聚会。 张三撰文``): 暨 never opens a line of
    its own.  Without what the web prints after a headline (a writer's credit) and the full stop
    a page closed it with; None when line ``k`` is no such line."""
    if k is None or not P.JOINT_LINE.match(lines[k].text.strip()):
        return None
    second = page_title(lines[k].text).strip()
    bare = second.removesuffix("。")
    return bare if title_like(bare) and len(bare) >= P.TITLE_CANDIDATE_MIN_CHARS else None


def _qualifier_goes_on(first: str, second: str) -> bool:
    """Is the headline broken before the bracketed word that qualifies the meeting or the text
    it names (``某某县委传达市委十七届四次全委`` / ``（扩大）会议精神``, ``……管理办法`` / ``（试行）的
    通知``): the first line open, no mark at its end, the second that word in brackets and the
    rest of the name after it?  A line never opens with such a word of its own."""
    return (first.strip()[-1:] not in P.LINE_END_MARKS and bool(P.QUALIFIER_OPENS.match(second.strip()))
            and title_like(second.strip()))


def _parallel_couplet(first: str, second: str) -> bool:
    """Two lines set as a couplet headline (``再见了老朋友，感谢您！`` / ``欢迎您新朋友，新期许！``):
    each two clauses apart by a comma, closed by the same exclamation mark, the clauses of one
    as long as those of the other."""
    one, two = P.EXCLAIMED_COUPLET_LINE.fullmatch(first.strip()), P.EXCLAIMED_COUPLET_LINE.fullmatch(second.strip())
    return (one is not None and two is not None and one.group("mark") == two.group("mark")
            and len(one.group("a")) == len(two.group("a")) and len(one.group("b")) == len(two.group("b")))


def _restated_as_one(lines: tuple[Line, ...], first: str, second: str, following: int,
                     removed: Mapping[int, str]) -> bool:
    """Is the headline set over two lines (``某某当家人居民选`` / ``选好当家人为居民``) printed again
    a few lines below on one line, its two parts apart by a space (under the byline, at the
    article's top; cleaning may have taken that line out as the title repeated): one headline
    in two parts, not a headline and a line of the page?"""
    parts = [first.strip(), second.strip()]
    if min(map(len, parts)) < P.TITLE_CANDIDATE_MIN_CHARS:
        return False
    return _printed_below(lines, following, removed, lambda text: text.split() == parts)


def _printed_below(lines: tuple[Line, ...], last: int, removed: Mapping[int, str],
                   same: Callable[[str], bool]) -> bool:
    """Is a line that ``same`` accepts printed within the few lines under line ``last``, or among
    the lines cleaning took out there (a headline restated at the article's top)?"""
    shown = [k for k in range(last + 1, len(lines)) if lines[k].text][: P.TITLE_CANDIDATE_LINES]
    if any(same(lines[k].text) for k in shown):
        return True
    end = lines[shown[-1]].number if shown else lines[last].number + P.TITLE_CANDIDATE_LINES
    return any(map(same, removed_between(removed, lines[last].number, end)))


def next_line(lines: tuple[Line, ...], i: int) -> int | None:
    """The index of the first line with text under line ``i``, or None."""
    return next((k for k in range(i + 1, len(lines)) if lines[k].text), None)


def _quote_left_open(text: str) -> bool:
    """Does ``text`` open a quotation it does not close (``协会召开“一届三次理事会``)?"""
    return text.count("“") > text.count("”")


def _quote_closed(text: str) -> bool:
    """Does ``text`` close a quotation opened above it (``暨成立一周年”大会``): its first quote
    mark a closing one?"""
    marks = [c for c in text if c in "“”"]
    return bool(marks) and marks[0] == "”"


def _choose(lines: tuple[Line, ...], start: int, hint: str | None, candidates: list[int],
            removed: Mapping[int, str] = MappingProxyType({})) -> TitleChoice | None:
    """The title's first line among the candidates, or None."""
    if not candidates or _broken_prose(lines, start):
        return None
    site = _of_the_site(lines, candidates)
    if hint:
        key = title_key(page_title(hint))
        agreeing = [i for i in candidates if title_key(page_title(lines[i].text)) == key
                    and not _label_over_headline(lines, candidates, site, i)]
        if agreeing:
            i = agreeing[0]
            return TitleChoice(i, page_title(lines[i].text), "sure", "it is the page's own title",
                               tuple(k for k in candidates if k < i))
    listed = _listed_under_kicker(lines, candidates, removed)
    if listed is not None:
        return TitleChoice(listed, page_title(lines[listed].text), "likely",
                           "the page's list of headlines names it, not the line over it",
                           tuple(k for k in candidates if k < listed))
    formal = _formal_below(lines, candidates)
    if formal is not None:
        k, title, end = formal
        return TitleChoice(k, title, "sure", "it is a whole 关于…… title",
                           tuple(c for c in candidates if c < k), end)
    skipped: list[int] = []
    titles = [k for k in candidates if k not in site]
    for i in range(start, candidates[-1] + 1):
        text = lines[i].text
        if not text:
            continue
        if not skipped and P.PHOTO_CAPTION.match(text):
            return None  # a picture's caption first: the copy starts at the pictures, under the headline
        above = any(k > i for k in titles) or (not titles and any(k > i for k in candidates))
        passed = (i in site or _couplet_kicker(lines, i, candidates) or occasion_kicker(lines, i)) if i in candidates else _passable(text) or _site_line(text) or _kicker(text)
        if above and passed:
            skipped.append(i)
            continue
        if i not in candidates:
            return None  # text that is no title stands before the candidates: no title above the body
        if group_label(lines, i):
            return None  # the label of a list's first group: an item of the text, no title
        if no_headline(text):
            return None  # a label in English or a photo's caption alone above the body: no title
        if post_over_salutation(lines, i):
            return None  # the speaker's post over the salutation: the speaker, no title
        title = page_title(text)
        sure = bool(P.GENRE.search(P.compact(title)) or P.TITLE_ABOUT.match(title))
        why = "it names the genre" if sure else "it is the first headline-like line above the body"
        return TitleChoice(i, title, "sure" if sure else "likely", why, tuple(skipped))
    return None


def _listed_under_kicker(lines: tuple[Line, ...], candidates: list[int], removed: Mapping[int, str]) -> int | None:
    """The second of the first two candidates, set right under the first, when the page's list
    of its headlines above them — which cleaning took out (``removed``) — names it and not the
    first: a newspaper's page lists its articles by their headlines, so the line over the headline
    is its 引题 (``2026年某某安排公布`` over ``明年春节连休9天``).  None otherwise."""
    if len(candidates) < 2 or next_line(lines, candidates[0]) != candidates[1]:
        return None
    return candidates[1] if kicker_over_listed_headline(lines, candidates[0], removed) else None


def kicker_over_listed_headline(lines: tuple[Line, ...], i: int, removed: Mapping[int, str]) -> bool:
    """Is line ``i`` a 引题 over the headline set right under it: the page's list of its
    headlines above them — which cleaning took out (``removed``) — names the line under it and
    not line ``i`` (an e-paper lists its articles by their headlines alone)?  The line under it
    is a headline's shape: a paragraph under a headline that cleaning took out above it too (the
    page's copy of the text over its headline) makes no kicker of the headline."""
    below = next_line(lines, i)
    if below is None or not removed or not header_line_like(lines[below].text.strip()):
        return False
    top = lines[i].number
    listed = {title_key(text.strip()) for text in removed_between(removed, 0, top)}
    kicker, headline = (title_key(page_title(lines[k].text)) for k in (i, below))
    return bool(headline) and headline in listed and kicker not in listed


def _formal_below(lines: tuple[Line, ...], candidates: list[int]) -> tuple[int, str, int | None] | None:
    """The first candidate that is a whole official title (``关于……的公示``, its genre word at
    the end; or such a title set over two lines, ``关于……`` / ``……的通告``) when no candidate above
    it ends with a genre word (a body's name alone, a column, the portal's own headline for the
    item, which may hold an exclamation): the document's title, not the lines of the page over
    it, as ``(index, title, end)`` (``end`` after a title's last line when it goes on below); None
    when there is no such candidate or the first candidate is one."""
    for n, k in enumerate(candidates):
        flat = P.compact(page_title(lines[k].text))
        if P.FORMAL_ABOUT.match(flat) or (P.TITLE_ABOUT.match(flat) and complete(flat)):
            return (k, page_title(lines[k].text), None) if n else None
        joined = _formal_over_lines(lines, k, flat)
        if joined is not None:
            return (k, *joined) if n else None
        if complete(flat) and not P.EXCLAIMED.search(flat):
            return None  # a whole title above it is the one (a headline's exclamation is none)
    return None


#: The first two lines shown more source lines apart than this: cleaning took out a line
#: between them with the blank lines around it (a double-spaced copy), such as the headline's
#: byline.
BYLINE_GAP = 3


def _broken_prose(lines: tuple[Line, ...], start: int) -> bool:
    """Are the lines from ``start`` to the body's start (its first sentence; at most
    :data:`~docgen.parser.patterns.HEADER_MAX_LINES`) a passage set a phrase a line
    (``根据国务院办公厅发布的`` / ``另外，打算在元旦假期``): at least
    :data:`~docgen.parser.patterns.BROKEN_PROSE_LINES` of them break off inside a sentence or
    hold a clause's comma, under the first (a headline may hold a comma)?  A headline set over
    lines breaks at most once."""
    kept = [line for line in lines[start:start + P.HEADER_MAX_LINES] if line.text.strip()]
    shown = [line.text.strip() for line in kept]
    if len(shown) > 1 and (META_FIELD.search(shown[1]) or kept[1].number - kept[0].number > BYLINE_GAP):
        # a headline over its byline (a source, a date field; or the byline cleaning took out,
        # lines gone between the two): an article, not a post's phrases
        return False
    broken = 0
    for text in shown[1:]:  # the first may be a headline with a comma in it
        if _body_starts(text):
            break
        broken += bool(P.BROKEN_CLAUSE.search(text))
    return broken >= P.BROKEN_PROSE_LINES and not _headline_over_wrap(shown[:broken + 2])


def _headline_over_wrap(shown: list[str]) -> bool:
    """Is the first of ``shown`` a short headline over a passage hard-wrapped at a fixed width
    (at least :data:`~docgen.parser.patterns.BROKEN_PROSE_LINES` lines of one length, give or take
    a character): the headline well short of that width, so no line of the passage?"""
    widths = [len(text) for text in shown[1:P.BROKEN_PROSE_LINES + 1]]
    if len(widths) < P.BROKEN_PROSE_LINES or max(widths) - min(widths) > 1:
        return False
    return len(shown[0]) <= min(widths) * P.HEADLINE_OVER_WRAP_MAX_SHARE


def _formal_over_lines(lines: tuple[Line, ...], k: int, flat: str) -> tuple[str, int] | None:
    """The whole official title that starts with the unfinished ``关于……`` line ``k`` and ends
    on a line below, with the index after its last line; or None."""
    if not P.TITLE_ABOUT.match(flat) or complete(flat):
        return None
    joined = join_title(lines, k)
    if joined is None or joined[1] <= k + 1 or not P.FORMAL_ABOUT.match(P.compact(joined[0])):
        return None
    return joined


def _label_over_headline(lines: tuple[Line, ...], candidates: list[int], site: set[int], i: int) -> bool:
    """Is candidate ``i`` a column's label (``新闻资讯详情``) with a headline of the document's
    under it: a page whose own title is the label of its column, not the article's?"""
    return _column_label(lines[i].text) and any(k > i and k not in site for k in candidates)


def page_title(text: str) -> str:
    """A title line without what the web prints around it: the label of a portal's index
    (``标题：``), a site's name after a separator, the date it prints after a headline in
    brackets (``…… （11-29）``), the byline, date line or newsletter's issue line run on after it
    (``…… 来源：新华社 作者：``, ``……更新时间 2012年…``, ``…… 2013/2014 年度十二月份通訊``, ``……的通知 20230615``), a bracketed prefix or a series tag (``【某某专题】……``, ``某某记忆丨……``), a footnote mark or a
    status after it (``……公报[1]``, ``……公告[文件获取中]``), the bars of a table's empty cells after
    it (``…… | |``) or of its cell before it (``| …… |``), a date behind a bar (``…… | 2024-04-26 04:41``), a 范文 site's piece number (``…… 篇1``, ``…… 『范文3』``, ``……讲话稿（一）``), a read counter (``…… ——閱讀人次： 858``), emoji or a box of ornaments round it (``🚨……🚨``, ``○ …… ○``) and its tag (or its shelf, ``……的讲话（领导讲话稿）``) after a title that ends with its kind (``……致辞范文``), a column's name after it in round
    brackets (``……（某某观察）``), the question marks a converter left for lost spaces before it,
    an advertiser's name and address injected before it (``某某医院 http://……/……``), a paid site's
    member badge before it (``VIP ……``), a field's label between bullets before it (``• 会议题目 • ……``), an attachment's label (``附件3：……``),
    the ``《》全文`` of a page heading, the 《》 round a formal title (``《……的通报》``), an example's number before its title in 《》 (``实例12《……》``), the name of the news organ it is reposted from
    (``某某日报：……``, ``某某网 ……``), a news column's name before a colon (``世界聚焦：……``), a place's label before a ``关于`` title (``某某市：某某镇关于……``), the heading
    mark of a text saved from Markdown (``# ……``), a lone ornament before it (``◎……``), a notice's
    kind as a tag before it (``公告：……``), a pager's spaced page number after it
    (``…… （ 二 ）``) or its page number after a title that ends with its kind (``……的致辞（2）``), a 范文
    page's count of pieces (``……开幕词（一篇）``), a forum's doubled angle brackets round it (``<<……>>``), a tag before a bar
    that the headline after it holds whole (``放假通知|……春节放假通知``)."""
    text = P.MARKDOWN_HEADING_MARK.sub("", text.strip())
    text = _without_repeated_tag(strip_date_suffix(strip_site_suffix(P.TITLE_LABEL.sub("", text))))
    text = P.EMOJI_EDGES.sub("", text)
    framed = P.ORNAMENT_FRAME.match(text)
    if framed and len(framed.group("title")) >= P.TITLE_CANDIDATE_MIN_CHARS:
        text = framed.group("title")
    for end in (P.BARRED_DATE_END, P.TABLE_BARS_END, P.FOOTNOTE_MARK_END, P.STATUS_TAG_END, P.COLUMN_TAG_END, P.PIECE_NUMBER_END,
                P.SAMPLE_NUMBER_END, P.DRAFT_NUMBER_END, P.READ_COUNT_END, P.PAGE_NUMBER_END):
        mark = end.search(text)
        if mark and mark.start() >= P.TITLE_CANDIDATE_MIN_CHARS:
            text = text[: mark.start()]
    counted = P.PIECE_COUNT_END.search(text)
    if counted and counted.start() >= P.TITLE_CANDIDATE_MIN_CHARS:
        text = text[: counted.start()]
    text = _cut_after_kind(text, P.KIND_PAGE_NUMBER_END)  # ``……的致辞（2）``: the copy's page, not a part of the speech
    text = _cut_after_kind(text, P.KIND_SITE_SUFFIX)  # ``……的通告 -某某app``: the mirror's words
    text = _untagged_sample(text)
    for trailer in (P.TRAILING_BYLINE, P.TRAILING_NAME_DATE, P.TRAILING_WRITER_CREDIT, P.RUN_ON_DATE_LINE,
                    P.RUN_ON_ISSUE_LINE, P.RUN_ON_DAY_END):
        found = trailer.search(text)
        if found and found.start() >= P.TITLE_CANDIDATE_MIN_CHARS:
            text = text[: found.start()]
    for tag in (P.TABLE_BARS_PREFIX, P.INJECTED_LINK_PREFIX, P.MEMBER_BADGE_PREFIX, P.LOST_SPACES_PREFIX, P.ATTACHMENT_LABEL_PREFIX,
                P.BULLETED_LABEL_PREFIX, P.MEDIA_SOURCE_PREFIX, P.MEDIA_SOURCE_SPACED_PREFIX, P.BRACKETED_PREFIX,
                P.ORNAMENT_PREFIX, P.NOTICE_KIND_PREFIX, P.COLUMN_NAME_PREFIX, P.SERIES_TAG, P.MOMENT_KICKER_PREFIX, P.PLACE_LABEL_PREFIX):
        prefix = tag.match(text)
        if prefix and len(text) - prefix.end() >= P.TITLE_CANDIDATE_MIN_CHARS:
            text = text[prefix.end():]
    wrapped = (P.WHOLE_TEXT_HEADING.match(text) or P.NUMBERED_EXAMPLE_HEADING.match(text)
               or P.ANGLED_WHOLE_TITLE.match(text))
    quoted = P.QUOTED_WHOLE_TITLE.match(text)
    if not wrapped and quoted and P.TITLE_GENRE_END.search(fold(unglossed(quoted.group("title")))):
        wrapped = quoted  # a formal title in 《》 (also with a converter's glosses): the marks go
    return wrapped.group("title") if wrapped else text


def _untagged_sample(text: str) -> str:
    """``text`` without a 范文 site's tag (or a speech's shelf) after a title that ends with its
    kind (``……嘉宾致辞范文`` → ``……嘉宾致辞``), also when the site sets the tagged title twice,
    apart by a space, with another tag the second time (``……倡议书范文 ……倡议书范文示例`` →
    ``……倡议书``): the site's copy for its page, not the title repeated."""
    parts = text.split()
    if len(parts) == 2:
        bare = [_untagged(part) for part in parts]
        if bare[0] == bare[1] and bare != parts:
            return bare[0]
    return _untagged(text)


def _untagged(text: str) -> str:
    """``text`` without a 范文 site's tag, a speech's shelf or a writing site's count of
    characters (``……承诺书-450字``) after a title that ends with its kind."""
    for tagged in (P.SAMPLE_TAG_END, P.SCRIPT_TAG_END, P.LENGTH_TAG_END):
        text = _cut_after_kind(text, tagged)  # ``……嘉宾致辞范文``: the site's tag, not the speech's title
    return text


def _cut_after_kind(text: str, after: re.Pattern[str]) -> str:
    """``text`` without what ``after`` finds at its end when the words before it are a title that
    ends with its kind (read through the traditional script: ``……倡議書``).  A headline of phrases
    apart by a comma (``企业年会致辞,企业年会致辞简短``) is a site's string of search words, no title
    of one text: it is left as it is."""
    found = after.search(text)
    if (found and found.start() >= P.TITLE_CANDIDATE_MIN_CHARS and not any(c in "，," for c in text[: found.start()])
            and P.TITLE_GENRE_END.search(fold(text[: found.start()]))):
        return text[: found.start()]
    return text


def _without_repeated_tag(text: str) -> str:
    """``text`` without a tag before a bar that the headline after it holds whole
    (``放假通知|某某医院春节放假通知`` → ``某某医院春节放假通知``)."""
    tagged = P.REPEATED_TAG.match(text)
    if tagged is None:
        return text
    tag, title = tagged.group("tag"), tagged.group("title").strip()
    return title if tag in title and len(title) > len(tag) else text


def without_topic_tag(title: str, lines: tuple[Line, ...], below: int) -> str:
    """``title`` without a topic run into a bar before it (``疫情|……``) when the text from line
    ``below`` on speaks of that topic: a tag of the page.  A column's own name the text cites as
    a publication (``对《某某》表示``) stays."""
    tag = P.TOPIC_TAG.match(title)
    needed = 1
    if tag is None:
        tag, needed = P.LONG_TOPIC_TAG.match(title), P.LONG_TOPIC_MIN_LINES
    if tag is None or len(title) - tag.end() < P.TITLE_CANDIDATE_MIN_CHARS:
        return title
    topic, cited = tag.group("topic"), f"《{tag.group('topic')}》"
    body = [line.text for line in lines[below:]]
    if any(cited in text for text in body) or sum(topic in text for text in body) < needed:
        return title
    return title[tag.end():]

def without_injected_brand(title: str, lines: tuple[Line, ...], below: int) -> str:
    """``title`` without a betting site's brand injected before it (``188比分直播做好……的通知``)
    when the text from line ``below`` on holds the brand again: a hijacked page's insertion,
    not the headline's words."""
    brand = P.INJECTED_BRAND.match(title)
    if brand is None or len(title) - brand.end() < P.TITLE_CANDIDATE_MIN_CHARS:
        return title
    name = brand.group("brand")
    if not any(name in line.text for line in lines[below:]):
        return title
    return title[brand.end():]


def without_injected_lead(title: str, lines: tuple[Line, ...], below: int) -> str:
    """``title`` without a short cry closed by an exclamation mark before it (``某某精选！……``)
    when the text from line ``below`` on opens with the rest of the headline, set over up to
    :data:`~docgen.parser.patterns.INJECTED_LEAD_TITLE_LINES` lines: the document's own title
    printed without the cry, which the page put before it."""
    lead = P.INJECTED_LEAD.match(title)
    if lead is None or len(title) - lead.end() < P.TITLE_CANDIDATE_MIN_CHARS:
        return title
    rest = P.compact(title[lead.end():])
    shown = [P.compact(line.text) for line in lines[below:] if line.text.strip()][: P.INJECTED_LEAD_TITLE_LINES]
    opening = ""
    for text in shown:
        opening += text
        if opening == rest:
            return title[lead.end():].strip()
    return title


def stated_title(removed: Mapping[int, str]) -> tuple[int, str] | None:
    """The line number and the title of the first line cleaning took out (``removed``) that
    states the article's title after a label (``本文标题：……``, a page's footer or share box),
    or None: what it names must be a title's shape (no sentence, not a line of the site)."""
    for number in sorted(removed):
        m = P.STATED_TITLE.match(removed[number])
        if m is None:
            continue
        title = page_title(m.group("title"))
        if title_like(title) and family_of(title, ("line", "page")) is None:
            return number, title
    return None


def title_source(text: str) -> str | None:
    """The name of the news organ or site a headline names before a colon as its source
    (``某某日报：……`` → ``某某日报``), or None."""
    text = P.MARKDOWN_HEADING_MARK.sub("", text.strip())
    prefix = P.MEDIA_SOURCE_PREFIX.match(text)
    return prefix.group("source") if prefix and len(text) - prefix.end() >= P.TITLE_CANDIDATE_MIN_CHARS else None


def _candidates(lines: tuple[Line, ...], start: int, removed: Mapping[int, str] = MappingProxyType({})) -> list[int]:
    """Indexes of the headline-like lines from ``start`` up to the body's start (at most
    :data:`~docgen.parser.patterns.TITLE_CANDIDATE_LINES` lines looked at); the last may be a
    headline closed by a full stop (:func:`stopped_headline`)."""
    found = []
    looked = 0
    for i in range(start, len(lines)):
        text = lines[i].text
        if not text:
            continue
        looked += 1
        if P.CREDITED_CAPTION.match(text) and looked == 1:
            continue  # the lead picture's caption over the headline
        if looked <= P.TITLE_CANDIDATE_LINES and stopped_headline(lines, i, removed):
            found.append(i)
            break
        if (looked > P.TITLE_CANDIDATE_LINES or _body_starts(text) or _wraps_into_greeting(lines, i)
                or salutation_over_greeting(lines, i)):
            break
        if looked == 1 and _short_headline_over_byline(lines, i, removed):
            found.append(i)
            continue
        if (_headline_like(text) and not P.ARTICLE_NUMBER_ALONE.fullmatch(text)) or _law_over_article(lines, i):
            found.append(i)
    return found


def stopped_headline(lines: tuple[Line, ...], i: int, removed: Mapping[int, str]) -> bool:
    """Is line ``i`` a headline closed by a full stop (``……理事长交接 互相合作，再创佳绩。``, a
    subject line ``某某纳骨塔谨订于……举办清明法会。``): one sentence, its only mark of a sentence
    the 。 at its end, headline-like but for it — right over a line that cleaning took out of
    those that stand between a title and its body (a byline, a credit, a date, the page's tools),
    with the text going on under them?  A page prints those under its headline, never under the
    text's first sentence.  A picture's caption (``▲……。``) is none."""
    text = lines[i].text.strip()
    below = next_line(lines, i)
    if (below is None or not text.endswith("。") or text.count("。") != 1 or any(c in text for c in "！？!?；;")
            or P.CAPTION.match(text) or not _headline_like(text[:-1])):
        return False
    return any(map(_under_headline, removed_between(removed, lines[i].number, lines[below].number)))


def _short_headline_over_byline(lines: tuple[Line, ...], i: int, removed: Mapping[int, str]) -> bool:
    """Is line ``i``, the text's first, a headline of a word or two (``选举``, shorter than a
    candidate's least: :data:`~docgen.parser.patterns.SHORT_HEADLINE`) right over a line that
    cleaning took out of those that stand between a title and its body (a byline, a date, the
    page's tools), with the text's first sentence under them?  A page prints those under its
    headline; a column's name over them would stand over a headline, not over the text."""
    if not P.SHORT_HEADLINE.fullmatch(lines[i].text.strip()):
        return False
    below = next_line(lines, i)
    return (below is not None and _body_starts(lines[below].text)
            and any(map(_under_headline, removed_between(removed, lines[i].number, lines[below].number))))


def _under_headline(text: str) -> bool:
    """A line that stands between a headline and its text: a page's field of its metadata or a
    line of a chrome family that stands there (a byline, a credit, a date, the page's tools)."""
    return stands_under_headline(text) or meta_fields(text.strip()) is not None


def _law_over_article(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a law's short name (``某某法``) right over an article's number alone?"""
    k = next_line(lines, i)
    return (P.SHORT_LAW_NAME.fullmatch(lines[i].text) is not None and k is not None
            and P.ARTICLE_NUMBER_ALONE.fullmatch(lines[k].text) is not None)


def _body_starts(text: str) -> bool:
    """Does the body start with this line: a sentence (or a long line of many clauses, or one
    opened by a reporter's lead or a paper's wire credit), a salutation (or a form of address said aloud, ``尊敬的……！``, or one with its greeting run on), a
    numbered line?"""
    if P.REPORTER_LEAD.match(text) or P.WIRE_CREDIT_LEAD.match(text):
        return True  # ``记者某某6月5日报道称，……``, ``本报讯（记者某某``: a news item's first sentence, its stop perhaps lost
    cue = P.SPEAKER_CUE.match(text)
    if cue and _body_starts(text[cue.end():]):
        return True  # a script's line with its speaker's cue (``合：尊敬的……：``)
    unlabelled = P.BULLETED_LABEL_PREFIX.sub("", text, count=1)  # a field's label is no list's bullet
    return bool(("。" in text and not P.REQUEST_CLOSED_TITLE.match(text)) or S.SALUTATION.match(text) or S.exclaimed_address(text) or S.GREETING.match(text)
                or S.match_number(unlabelled) or S.ARTICLE.match(text) or S.ARTICLE_ALONE.match(text)
                or (len(text) > P.TITLE_CANDIDATE_MAX_CHARS and text[-1] in "。！？!?；;…") or _run_on_sentence(text)
                or greeted_salutation(text))


def headline_under_text(lines: tuple[Line, ...]) -> int | None:
    """The index of a news item's headline that a page's text prints under the item instead of
    over it, or None: the text's last line, apart from the text above by a blank line, headline-like
    (no sentence, no date, no field), saying again in a run of at least
    :data:`~docgen.parser.patterns.RESTATED_RUN_CHARS` characters what the text's first lines say,
    though not a name the text holds whole (a signature's issuer)."""
    shown = [k for k, line in enumerate(lines) if line.text.strip()]
    if len(shown) < P.HEADLINE_UNDER_MIN_LINES or shown[-1] - shown[-2] < 2:
        return None  # no blank line sets the last line apart
    k = shown[-1]
    title = P.compact(lines[k].text)
    if not chars.ends_sentence(lines[shown[-2]].text.strip()):
        return None  # under a caption or a list, not under the text's last paragraph
    if (not title_like(title) or len(title) < P.HEADLINE_UNDER_MIN_CHARS or any(c in title for c in "：:，,")
            or family_of(title, ("line", "page")) is not None):
        return None
    opening = P.compact("".join(lines[j].text for j in shown[:P.HEADLINE_UNDER_OPENING_LINES]))
    whole = P.compact("".join(lines[j].text for j in shown[:-1]))
    if title in whole or not _restated(title, opening):
        return None
    return k


def _restated(title: str, text: str) -> bool:
    """Does ``text`` hold a run of :data:`~docgen.parser.patterns.RESTATED_RUN_CHARS` characters
    of ``title``?"""
    n = P.RESTATED_RUN_CHARS
    return any(title[j:j + n] in text for j in range(len(title) - n + 1))


def _wraps_into_greeting(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a salutation hard-wrapped mid-word into its greeting on the next line
    (``……及與會的各`` / ``位貴賓大家好，我是……``): no mark at its end, and with the next line's
    first clause (its greeting glued on, no comma before it) a salutation with its greeting?"""
    text = lines[i].text.strip()
    k = next_line(lines, i)
    if k is None or not text or text[-1] in P.LINE_END_MARKS:
        return False
    clause = P.GREETING_CLAUSE_BREAK.split(lines[k].text.strip(), maxsplit=1)[0]
    return any(S.GREETING.match(clause[g:]) and greeted_salutation(f"{text}{clause[:g]}，{clause[g:]}")
               for g in range(max(1, len(clause) - P.GREETING_MAX_CHARS), len(clause)))


def post_over_salutation(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a post alone, with no name (``某某区区长``, ``某某公司总经理``), right over
    the salutation?  A speech copied without its title prints its speaker so above the
    salutation: the line names who speaks, not what the text is."""
    k = next_line(lines, i)
    return (k is not None and bool(S.POST_LINE.match(lines[i].text.strip()))
            and bool(S.SALUTATION.match(lines[k].text.strip())))


def salutation_over_greeting(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a salutation that lost its colon (``尊敬的各位来宾，同学们``) right over the
    speech's greeting (``大家上午好！``) — also in a script for several voices, each line opened
    by its speaker's cue (``合：尊敬的……`` / ``合：大家上午好！``), the form of address perhaps
    set over several of them (``甲：各位领导`` / ``乙：亲爱的同学们，`` / ``合：大家好！``)?  The
    speech's first words, never a title."""
    texts = [line.text.strip() for line in lines[i:] if line.text.strip()][:P.VOICED_ADDRESS_MAX_LINES]
    return bool(texts) and P.address_over_greeting(texts, 0)


def greeted_salutation(text: str) -> bool:
    """A salutation with its greeting run on after the colon (``尊敬的各位老师，亲爱的同学们：大家下午好！``),
    or after a comma of either width where the colon was left out (``……亲爱的同学们，大家下午好！``),
    also behind a clause run on before it (an answer's lead-in, ``关于这个问题，尊敬的……``):
    the speech's first words, never a title.  Also the names of people addressed with no form of
    address before them, a comma and a greeting (``各位家长、来宾、老师、同学们，大家好``)."""
    if S.greeted_address(text):
        return True
    colon = next((k for k, c in enumerate(text) if c in "：:"), -1)
    if colon < 0:
        colon = max(text.rfind("，"), text.rfind(","))
    if colon <= 0 or not S.GREETING.match(text[colon + 1:].strip()):
        return False
    starts = [0, *(k + 1 for k in range(colon) if text[k] in "，,")]  # after a lead-in run on before it
    return any(S.SALUTATION.match(text[k:colon].strip() + "：") for k in starts)


def _run_on_sentence(text: str) -> bool:
    """A long line of many clauses apart by commas: a sentence of the text, not a headline."""
    commas = text.count("，") + text.count(",")
    least = P.RUN_ON_EXCLAIMED_MIN_COMMAS if text.endswith(("！", "!")) else P.RUN_ON_SENTENCE_MIN_COMMAS
    return len(text) >= P.RUN_ON_SENTENCE_MIN_CHARS and commas >= least


def _headline_like(text: str) -> bool:
    """Could the line be a title of the web: short, no 。, not a line that goes on, not a
    date, subtitle, speaker, document number or page furniture, not a quotation of many clauses
    (a song's line the text opens with)."""
    title = page_title(text)
    return (P.TITLE_CANDIDATE_MIN_CHARS <= len(title) <= P.TITLE_CANDIDATE_MAX_CHARS
            and title.rstrip(".…")[-1:] not in ("，", ",", "；", ";", "：", ":", "、", "—", "")
            and title.rstrip(" ?？")[-1:] not in ("：", ":")  # ``各单位：？``: a converter's mark for a lost character
            and not P.PAGE_FURNITURE.match(fold(text)) and not P.WEB_ADDRESS.search(text)
            and not P.QUOTED_SAYING.match(title) and not P.FRAMED_CREDIT.match(text.strip())
            and not (P.DATE_LINE.match(text) or P.DATE.fullmatch(text) or P.UNBRACKETED_DATE_LINE.match(text)
                     or P.SUBTITLE.match(text) or P.SPEAKER.match(text) or P.SPEAKERS.match(text)
                     or P.marked_speaker_line(text) or P.DOCUMENT_NUMBER.fullmatch(text)
                     or P.LABEL_VALUE.match(text) or P.NUMBER_FIELD.match(text) or P.CONTACT_LINE.match(text)
                     or P.DATABASE_FIELD.match(text) or P.ORDER_NUMBER.match(text) or P.LATIN_CODE.match(text)
                     or P.BARRED_FIELD_ROW.fullmatch(text)))


def _passable(text: str) -> bool:
    """A short line of the site above the title (``中国新闻网 国内新闻``): no sentence, no address
    — or a line of its contact (``邮箱：a@example.com``, ``地址：……``, a hotline's number alone), or
    a table's field row (``| 地址： | …… |``)."""
    contact = P.CONTACT_LINE.match(text) and not any(c in "。！？!?" for c in text)
    return bool(contact or P.CREDITED_CAPTION.match(text) or P.PHONE_ALONE.match(text) or P.BARRED_FIELD_ROW.fullmatch(text)) or (
        len(P.compact(text)) <= P.PASSABLE_MAX_CHARS and not P.WEB_ADDRESS.search(text)
        and not any(c in "。，；！？,;!?" for c in text) and not S.salutation_line(text))


def _kicker(text: str) -> bool:
    """A headline's kicker running into it with a dash (``某某县某某镇——``): it goes on in the
    headline below, however long, and holds no sentence."""
    return text.rstrip().endswith("—") and not any(c in "。！？!?" for c in text)


def _couplet_kicker(lines: tuple[Line, ...], i: int, candidates: list[int]) -> bool:
    """A kicker set over a news headline as a couplet: two phrases of as many characters apart
    by a space (``某某迎春辞旧岁 某某纳福启新程``) — passed over when a headline stands below it;
    or two slogans of unequal length (``爱我中华 祖国伟大我自强``), naming no genre, over a
    headline longer than both together."""
    text = lines[i].text.strip()
    halves = P.COUPLET.fullmatch(text)
    if halves is None:
        return False
    if len(halves.group(1)) == len(halves.group(2)):
        return True
    below = next((k for k in candidates if k > i), None)
    flat = P.compact(text)
    return (below is not None and not P.GENRE.search(flat)
            and len(P.compact(page_title(lines[below].text))) > len(flat))


def occasion_kicker(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a kicker naming the occasion a news item marks (``纪念某某成立一百周年``),
    set right over a headline that says who held what (``某某协会举行报告会``)?  The headline
    is whole without it: the kicker is a 引题, no line of the title.  Not a title's first line
    broken before its event (``纪念……周年`` over ``座谈会在京举行``), nor a line that names a
    genre itself."""
    text = P.compact(lines[i].text)
    below = next_line(lines, i)
    if below is None or not P.OCCASION_KICKER.fullmatch(text) or P.GENRE.search(text):
        return False
    headline = page_title(lines[below].text)
    return title_like(headline) and P.DOER_HOLDS_EVENT.fullmatch(P.compact(headline)) is not None


def _of_the_site(lines: tuple[Line, ...], candidates: list[int]) -> set[int]:
    """The candidates that are the site's rather than the document's: those furniture-like by
    their shape, and those in a run of the site's lines — a line of navigation under them (a
    menu run together, then ``登录``) — when a candidate that is in no such run stands below."""
    shaped = {k for k in candidates if _furniture_like(lines[k].text)}
    in_run = {k for k in candidates if k not in shaped and _navigation_follows(lines, k)}
    clear = [k for k in candidates if k not in shaped and k not in in_run]
    return shaped | {k for k in in_run if any(c > k for c in clear)}


def _navigation_follows(lines: tuple[Line, ...], k: int) -> bool:
    """Is the next line after ``k`` a line of the site's navigation: a menu row, or a line of
    a chrome family that does not stand between a title and its body as dates, bylines and
    page tools do (nor a site's or an account's name alone, which is a byline there)?"""
    following = next((line.text.strip() for line in lines[k + 1:] if line.text), "")
    if not following:
        return False
    family = family_of(following, ("line", "page"))
    return S.item_row(following) or (family is not None and not family.in_header)


def _furniture_like(text: str) -> bool:
    """A headline-like line that is more likely the site's than the document's: a column label,
    a line of the site (:func:`_site_line`), an organisation's name alone (``某某市某某协会``: the
    site's owner in its banner, a headline names what it did) or an item of a list of videos with
    its running time (``…… 01:16``) — passed over when a title stands below it."""
    return (_column_label(text) or _site_line(text) or bool(P.ORGANISATION_NAME.fullmatch(fold(P.compact(text))))
            or bool(P.DOTTED_BANNER.fullmatch(text.strip()))
            or bool(P.MEDIA_DURATION.search(text)))


def _site_line(text: str) -> bool:
    """A line of the site above a title: the name of a site, a paper, an app or an account
    (``新华网``, ``手机客户端``), a row of menu items, or a line of a family of site chrome
    (``百度首页 登录``) — judged without the date a site prints after a headline, which
    makes it look like an item of a list of articles.  (Not a body's name: ``……动员会`` is a title as often as a body.)"""
    return (site_name(P.compact(text)) or S.item_row(text)
            or family_of(strip_date_suffix(text.strip()), ("line", "page")) is not None)


def _column_label(text: str) -> bool:
    """A column's name above the title (``校长专栏``, ``领导致辞``): a short line — or one in
    English alone (``News Center``), which a Chinese page prints as a label, not a headline.
    Counted without the pinyin glosses a converter put after its characters (``要聞(wén)``): they
    are no part of the name, and would make a label of three characters seem a headline."""
    return len(P.compact(unglossed(text))) <= P.COLUMN_LABEL_MAX_CHARS or bool(P.LATIN_LABEL.fullmatch(text.strip()))
