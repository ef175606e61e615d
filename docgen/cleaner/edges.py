"""A page's furniture that no chrome family names, at the edges of a text cut from a page: the
lines above its first sentence and below its last that the line score
(:mod:`docgen.shapes.linescore`) rates as chrome with confidence.

The chrome families and the page-body finder drop what they know; what is left around a
page's text is mostly the header block (title, date, byline, salutation) above the first
paragraph and the closing (signature, date) below the last — and, on a site nobody wrote a
family for, its own furniture: a site's name or slogan over the title, an app's prompt, an
editor's credit in a form no family has, a generator's note after the text.  Here each such
line is weighed by the score, learned from labelled pages, and dropped only when

* it stands outside the text's prose (above the first line of running text, or below the last
  and below the text's date and the note under it, if they follow — unless the last ends in a
  colon: what follows are the items it introduces),
* the text shows it came from a page (some chrome was dropped already, or two lines at the
  edges score as chrome, or one scores :data:`MIN_ALONE_SCORE`),
* its score is at least :data:`MIN_SCORE` (a line rated that high was chrome on the labelled
  pages far more often than text) — or, for a short line, :data:`MIN_NEAR_SCORE` when its
  neighbour on the page was furniture (dropped by an earlier rule, or here: a menu's items, a
  counter's label and a button come in runs), and
* it has none of the shapes a document's own lines have there: a date, a subtitle, an
  occasion, a speaker and office, a salutation or a vocative (``小伙伴们``), a greeting or
  closing formula, a numbered heading, a document number, an attachment's label, a field that
  holds the title (``信件标题：……``), an issuer's mark (``……文件``), a sample's slot for its
  signer or date in brackets (``[你的名字]``, ``[具体日期]``), a table appended under an
  appendix's label a cell a line (``附：`` / ``时间 |`` / ``人数 |``), and below the text a name
  alone (a signature's shape: a common surname first, or a unit's short name),
  two clauses apart by a comma (a sentence that lost its last mark) or a sentence with more
  run on after it (a credit).

An attachment's label alone below the text (``附件:``) goes with the furniture dropped under it
when nothing of the text is left after it, and alone as the text's last line with nothing under
it at all: the page's box of attached files, left empty; a
single file's link as the last line under the text's date (``附件:……的通知.pdf``) is the page's
download link, the document's own attachment note standing over its signature and date.  A
number alone below the text (``1``) is the page's pager or a counter, dropped on the same
evidence that the text came from a page.  The name of a site's column alone as the text's last line
(``通知公告``) is the page's menu or the column's link, and evidence of a page by itself.

Lines between paragraphs are never weighed: the score decides nothing inside a text — nor
between two lines read as text above it, right under the one and over the other (a passage set
a phrase a line, as posts set their opening).  Nor are
the lines of the page's title as the reader found it, the line most likely to be the title (one
with Chinese characters in it) and the lines of a formal title broken over lines with it (unless
its score is far higher), or a line that opens a bracket it does not close (part of a title or
sentence broken across lines).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import family_of
from ..shapes.linescore import chrome_score
from ..shapes.meta import META_FIELD
from . import patterns as P
from .context import Context
from .joining import blank_lines
from .pageheader import title_candidate
from .pagejudge import is_prose, row_below
from .pagetail import advice_box, appendix_table, bare_date, closing_date, template_slots
from .repeats import compare_key
from .textrules import settled

#: A line at a text's edges is dropped from this score up (a log-odds: the labelled pages
#: had many times more chrome lines than text lines scoring this high).
MIN_SCORE = 4.0

#: The line most likely to be the title (see :func:`_probable_title`) is dropped only from
#: this score up: a headline has words in common with a site's slogan and a column's name.
MIN_TITLE_SCORE = 10.0

#: A probable title has this many Chinese characters at least (not ``LOGO2``, ``Untitled Document``).
MIN_TITLE_HAN = 2

#: A title run on into its byline on one line has this many characters before it at least
#: (a column's name or a breadcrumb's last step is shorter).
MIN_FUSED_TITLE = 8

#: A line next to a page's furniture — the line over or under it on the page was dropped as
#: chrome, or is dropped here — is dropped from this lower score up: furniture comes in runs
#: (a menu, a byline's rows, a footer's), a document's own lines stand next to its text.
MIN_NEAR_SCORE = 2.5

#: Only a short line is dropped for its neighbours (a menu's item, a counter, a button), not a
#: headline in a column's brackets.
MAX_NEAR_CHARS = 12

#: Without chrome dropped before, this many lines at the edges must score as chrome for the
#: text to count as cut from a page.
MIN_EDGE_LINES = 2

#: Or one line scoring this high (a site's search box, a comment form's rule) — not the line
#: right under the probable title, a byline's place (``新华社``: the header takes it for the
#: author): measured on the first runs of eight untouched sets with weights learned without
#: them, no document's own line at a text's edges scored as high.
MIN_ALONE_SCORE = 6.0

#: The text's own date stands this many lines under its last sentence at most (a contact line,
#: the issuer, the date: what stands over it is the text's own).
CLOSING_LINES = 4

#: A name alone: two to four characters, a space inside at most (a signature's shape).
_NAME = re.compile(S.PERSON_NAME)

#: The last character of a unit's short name signing a text (``团委``, ``教务处``, ``党政办``).
_UNIT_ENDS = frozenset("处處室办辦委会會部局院校园園村社站所组組队隊团團厅廳科馆館司")

#: Two clauses apart by a comma (``如有疑问,可随时拨打……``): below the text, a sentence of it
#: that lost its last mark, whatever it speaks of.
_CLAUSE = re.compile(r"[\u4e00-\u9fff][，,][\u4e00-\u9fff]")

#: A sentence's end after a few words, with more run on after it (``……开始吧!(某某小学 李某)``):
#: below the text, its last sentence with a credit run on.
_SENTENCE_INSIDE = re.compile(r"[\u4e00-\u9fff]{6}[。！？!?].")

#: A number alone on a line (``1``, ``86``): below a page's text, its pager or a counter, never
#: a line of the text (a document's own number below its text has a mark or a word with it).
_COUNTER = re.compile(r"\d{1,3}")

#: A vocative on its own line, a salutation without its colon (``小伙伴们``, ``各位同仁``).
_VOCATIVE = re.compile(r"[\u4e00-\u9fff]{1,8}们[！!，,]?|(?:各位|亲爱的|敬爱的|尊敬的)[\u4e00-\u9fff、]{1,20}[！!，,]?")

#: A line set as an item of a list, behind a dash or a bullet and a space (``- 加入收藏``,
#: ``• 2017-02-16``): a page's tools and byline fields listed under its title, never the title.
_LIST_ITEM = re.compile(r"[-*•·●▪◦]\s+(?=\S)")

#: The lines of a speech's header: subtitle, date and occasion, speaker (with the office).
_HEADER_SHAPES = (S.SUBTITLE, S.OCCASION_LINE, S.SPEAKERS, S.SPEAKER_RUN_IN, S.POST_LINE)

#: Brackets and quotation marks that open and close in one line of a title or a sentence.
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"), ("【", "】"), ("「", "」"))

#: A line and the page's title as the reader found it are compared when both have this many
#: characters.
MIN_HINT_CHARS = 4

#: A line of running text shorter than this is a sentence only when it ends with one.
MIN_PROSE_CHARS = 20

#: A line rated below this reads as text: a line rated as furniture between two such lines,
#: right under the one and over the other, is a line of the text set a phrase a line.
MAX_TEXT_NEIGHBOUR_SCORE = 1.0

#: Longer lines are not weighed (a paragraph is never furniture to this rule).
MAX_CHARS = 80


def edge_chrome(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop lines above a page's text and below it that the line score rates as chrome.

    Example::

        某某新闻网 专题频道
        某某县召开秋季防火工作会议
        10月8日，某某县召开秋季森林防火工作会议，安排部署全县秋季森林防火工作。
        会议要求，各乡镇要压紧压实责任，确保不发生重大森林火灾。
        本篇文章字数356字
        →
        某某县召开秋季防火工作会议
        10月8日，某某县召开秋季森林防火工作会议，安排部署全县秋季森林防火工作。
        会议要求，各乡镇要压紧压实责任，确保不发生重大森林火灾。
    """
    texts = [settled(line.text).strip() for line in lines]  # as the character rules leave them
    first = next((i for i, text in enumerate(texts) if _sentence(text)), None)
    if first is None:
        return lines
    last = next(i for i in range(len(texts) - 1, first - 1, -1) if _sentence(texts[i]))
    if texts[last].endswith(("：", ":")):
        last = len(lines)  # the lines under a sentence that introduces them are its items
    # (a date whose separators were lost, ``2024830``, is one right under the signature)
    date = next((i for i in range(last + 1, min(last + 1 + CLOSING_LINES, len(lines)))
                 if bare_date(texts[i]) or closing_date(texts, i)), None)
    if date is not None:
        last = date  # what stands over the text's date is its own (a contact line, the signature)
        note = row_below(texts, last)
        if note is not None and S.NOTE.match(texts[note]):
            last = note  # and the note under the date (附注: ``（此件公开发布）``)
    about = _about_label_first(texts, first)
    if about is not None and lines[about].number not in ctx.keep:
        ctx.drop(lines[about], "the label of the site's \"about\" menu item (关于 + its short name) over a news item")
        lines, texts = _without(about, lines, texts)
        first, last = first - 1, last - 1
        date = None if date is None else date - 1
    own = _event_rows(texts, range(first)) | _event_rows(texts, range(last + 1, len(texts)))
    own.update(advice_box(texts, last + 1))  # a reminder box closing the text in its own voice
    own.update(template_slots(texts, last + 1))  # a template's empty signer and date (``签名：`` / ``日期：``)
    own.update(appendix_table(texts, last + 1))  # a table appended a cell a line under ``附：``
    edges = [i for i in (*range(first), *range(last + 1, len(lines)))
             if lines[i].number not in ctx.keep and i not in own and _weighed(texts[i], i > last)]
    scored = {i: chrome_score(texts[i]) for i in edges}
    high = {i for i, score in scored.items() if score >= MIN_SCORE}
    high |= _near_furniture(lines, texts, scored, high, ctx.removed)
    high -= _between_text_lines(lines, texts, scored, high, first)
    high -= _hinted(texts, high, ctx.title_hint)
    title = _probable_title(texts, first, scored)
    if title is not None and (scored[title] < MIN_TITLE_SCORE or _fused_title(texts[title])):
        high -= _title_lines(texts, title)
    strong = [scored[i] for i in high if scored[i] >= MIN_SCORE]  # not those taken for their neighbours
    byline = row_below(texts, title) if title is not None else None  # a byline's place: ``新华社``
    alone = any(scored[i] >= MIN_ALONE_SCORE for i in high if i != byline)
    counters = {i for i in edges if i > last and _COUNTER.fullmatch(texts[i])} - high
    link = _attachment_link_last(texts, last)
    if link is not None and lines[link].number not in ctx.keep:
        ctx.drop(lines[link], "the page's download link of an attachment, under the text's date")
        lines, texts = _without(link, lines, texts)
        high, counters = _shifted(high, link), _shifted(counters, link)
    bare = _bare_attachments_last(texts, last)
    if bare is not None and lines[bare].number not in ctx.keep:  # no file under it: nothing of the text
        ctx.drop(lines[bare], "the label of a page's attachments alone as the last line, no file under it")
        lines, texts = _without(bare, lines, texts)
        high, counters = _shifted(high, bare), _shifted(counters, bare)
    column = _column_label_last(texts, last, set(edges) - high - counters)
    if column is not None:  # the label shows the text came from a page by itself
        ctx.drop(lines[column], "the name of a site's column alone as the last line, below the text")
        lines, texts = _without(column, lines, texts)
        high, counters = _shifted(high, column), _shifted(counters, column)
    if not (high or counters) or (not ctx.removed and len(strong) < MIN_EDGE_LINES and not alone):
        return lines
    empty = _empty_attachments(texts, last, high | counters)
    out = []
    for i, line in enumerate(lines):
        if i in high:
            ctx.drop(line, f"a line rated as a page's furniture (score {scored[i]:.1f})")
        elif i in counters:
            ctx.drop(line, "a number alone below the text: the page's pager or counter")
        elif i == empty:
            ctx.drop(line, "the label of a page's attachments with none under it, the page's furniture below")
        else:
            out.append(line)
    return blank_lines(out, ctx)


def _without(k: int, lines: list[Line], texts: list[str]) -> tuple[list[Line], list[str]]:
    """The lines and their texts without line ``k`` (one this rule dropped on its own evidence)."""
    return lines[:k] + lines[k + 1:], texts[:k] + texts[k + 1:]


def _shifted(indexes: set[int], k: int) -> set[int]:
    """``indexes`` (none of them ``k``) as they stand once line ``k`` is taken out."""
    return {i - (i > k) for i in indexes}


def _empty_attachments(texts: list[str], last: int, high: set[int]) -> int | None:
    """The last line with text below the text's last sentence ``last``, when it is an
    attachment's label alone (``附件:``) and all that stands under it is furniture dropped here:
    the page's box of attached files left empty, not a label over the files' names."""
    rest = [i for i in range(last + 1, len(texts)) if texts[i] and i not in high]
    if not rest or not P.PAGE_EMPTY_ATTACHMENTS.fullmatch(texts[rest[-1]]):
        return None
    label = rest[-1]
    return label if any(i > label for i in high) else None


def _bare_attachments_last(texts: list[str], last: int) -> int | None:
    """The last line with text, when it stands below the text's last sentence ``last`` and is an
    attachment's label alone (``附件:``) with nothing at all under it, and the text above it never
    speaks of an attachment: the page's box of attached files, left empty.  (A text that sends
    its reader to its attachments, ``见附件``, owns the label, its files lost in the copy.)"""
    rest = [i for i in range(last + 1, len(texts)) if texts[i]]
    if not rest or not P.PAGE_EMPTY_ATTACHMENTS.fullmatch(texts[rest[-1]]):
        return None
    return None if any(P.ATTACHMENT_WORD in text for text in texts[:rest[-1]]) else rest[-1]


def _attachment_link_last(texts: list[str], last: int) -> int | None:
    """The last line with text, when it is the link to download one attachment (``附件:`` and a
    single file's name with its extension, unnumbered) and a closing date opens one of the
    :data:`CLOSING_LINES` lines with text above it (the date at the start, whatever a joining ran
    on after it), from the text's last sentence ``last`` on:
    a document's own attachment note stands over its signature and date, so a file's link
    under the date is the page's."""
    rest = [i for i in range(last, len(texts)) if texts[i]]
    if len(rest) < 2 or not P.ATTACHMENT_FILE_LINK.fullmatch(texts[rest[-1]]):
        return None
    above = rest[-1 - CLOSING_LINES:-1]
    return rest[-1] if any(S.DATE.match(texts[i]) for i in above) else None


def _column_label_last(texts: list[str], last: int, weighed: set[int]) -> int | None:
    """The last line with text, when it stands below the text's last sentence ``last`` and is
    the name of a site's column alone (``通知公告``, ``学院新闻``): a page's menu or the column's
    link under the article — a text never ends on a column's name with nothing of it below."""
    rest = [i for i in range(last + 1, len(texts)) if texts[i]]
    if not rest or rest[-1] not in weighed:
        return None
    found = family_of(texts[rest[-1]], ("page",))
    return rest[-1] if found is not None and found.name == P.PAGE_MENU_ITEM_FAMILY else None


def _about_label_first(texts: list[str], first: int) -> int | None:
    """The first line with text, when it is the label of a site's "about" menu item alone
    (``关于某通``: 关于 and a short name, :data:`~docgen.cleaner.patterns.ABOUT_MENU_LABEL`) right
    over the text's first sentence ``first``, and that sentence opens a news item with its date
    (``2030年1月13日下午,集团……``): the menu item the copy of a company's page took along.  A
    news item's headline says what happened, never 关于 and a name alone; a 关于……的通知 title
    set over two lines has its second line under it, not a dated paragraph."""
    top = next((i for i, text in enumerate(texts) if text), None)
    if top is None or top >= first or row_below(texts, top) != first:
        return None
    if not P.ABOUT_MENU_LABEL.fullmatch(texts[top]) or not S.MONTH_DAY.match(texts[first]):
        return None
    return top


def _event_rows(texts: list[str], among: range) -> set[int]:
    """The rows of a block of an event's details (:data:`~docgen.shapes.patterns.EVENT_ROW`)
    among the lines ``among``: lines one under the other (blank lines apart at most) that give
    its date, time and place — two kinds of label or more — with the lines that go on with a
    row's times. A date row alone is no such block."""
    found: set[int] = set()
    run: list[int] = []
    kinds: set[str] = set()
    for i in among:
        text = texts[i]
        if not text:
            continue
        row = S.EVENT_ROW.fullmatch(text)
        if row or (run and S.EVENT_ROW_MORE.fullmatch(text)):
            run.append(i)
            if row:
                kinds.update(k for k, v in row.groupdict().items() if v)
            continue
        if len(kinds) >= 2:
            found.update(run)
        run, kinds = [], set()
    return found | set(run) if len(kinds) >= 2 else found


def _near_furniture(lines: list[Line], texts: list[str], scored: dict[int, float], high: set[int],
                    removed: list[Line]) -> set[int]:
    """The lines of ``scored`` rated at least :data:`MIN_NEAR_SCORE` whose neighbour on the page
    is furniture (not one right over a byline, a headline's place, ``「迎光，飞翔」`` over
    ``报导日期：……``): the nearest line with text over or under it was dropped by an earlier rule
    (told by the source line numbers), or is in ``high`` — or joins it here, line by line."""
    gone_text = {line.number: settled(line.text).strip() for line in removed if line.text.strip()}
    gone = sorted(gone_text)
    shown = [i for i, text in enumerate(texts) if text]
    place = {i: at for at, i in enumerate(shown)}

    def shown_below(i: int) -> int | None:
        """The index of the next line with text under line ``i``."""
        at = place[i] + 1
        return shown[at] if at < len(shown) else None

    def number_of(i: int | None) -> float:
        """The source line number of line ``i``; past the text's end, infinity."""
        return float("inf") if i is None else lines[i].number

    def dropped_next_to(i: int) -> bool:
        at = place[i]
        above = lines[shown[at - 1]].number if at else -1
        k, j = bisect_left(gone, lines[i].number), bisect_right(gone, lines[i].number)
        return (k > 0 and above < gone[k - 1]) or (j < len(gone) and gone[j] < number_of(shown_below(i)))

    def over_byline(i: int) -> bool:
        """Does line ``i`` stand right over a byline (the next line on the page, still there or
        dropped before, has a date or a field in it) — a headline's place, however short?"""
        below = shown_below(i)
        k = bisect_right(gone, lines[i].number)
        nearest = gone_text[gone[k]] if k < len(gone) and gone[k] < number_of(below) else (texts[below] if below is not None else "")
        return bool(S.DATE.search(nearest) or META_FIELD.search(nearest))

    def beside(i: int, found: set[int]) -> bool:
        at = place[i]
        return (at > 0 and shown[at - 1] in found) or (at + 1 < len(shown) and shown[at + 1] in found)

    near = {i for i, score in scored.items()
            if MIN_NEAR_SCORE <= score < MIN_SCORE and len(texts[i]) <= MAX_NEAR_CHARS and not over_byline(i)}
    found = {i for i in near if dropped_next_to(i)}
    grown = True
    while grown:
        more = {i for i in near - found if beside(i, found | high)}
        grown = bool(more)
        found |= more
    return found


def _between_text_lines(lines: list[Line], texts: list[str], scored: dict[int, float], high: set[int],
                        first: int) -> set[int]:
    """Those of ``high`` above the text's first sentence ``first`` that stand between two lines
    read as text, right under the one and right over the other on the page (no blank line, no
    line dropped between), each rated as text (below :data:`MAX_TEXT_NEIGHBOUR_SCORE`) or of a
    document's own shape the score does not weigh (the first sentence, a date, a vocative): a
    line of a passage set a phrase a line (``今年`` over ``是……周年``), not furniture — a page's
    furniture comes in runs, or stands apart from the text."""
    def text_line(k: int) -> bool:
        return bool(texts[k]) and k not in high and scored.get(k, MAX_TEXT_NEIGHBOUR_SCORE - 1) < MAX_TEXT_NEIGHBOUR_SCORE

    found = set()
    for i in high:
        if (0 < i < first and scored[i] < MIN_ALONE_SCORE
                and lines[i].number - lines[i - 1].number == 1 and lines[i + 1].number - lines[i].number == 1
                and text_line(i - 1) and text_line(i + 1)):
            found.add(i)
    return found


def _hinted(texts: list[str], lines: set[int], hint: str | None) -> set[int]:
    """Those of ``lines`` that hold the page's title as the reader found it, or part of it."""
    key = compare_key(hint) if hint else ""
    if len(key) < MIN_HINT_CHARS:
        return set()
    found = set()
    for i in lines:
        line = compare_key(texts[i])
        if len(line) >= MIN_HINT_CHARS and (line in key or key in line):
            found.add(i)
    return found


def _unbalanced(text: str) -> bool:
    """Does the line open a bracket or quotation it does not close, or close one it did not
    open (a line of a title or a sentence broken across lines)?"""
    return any(text.count(a) != text.count(b) for a, b in _PAIRS)


def _sentence(text: str) -> bool:
    """A line of the text's running prose: a sentence, or a long line of running text (not a
    short label ending in a colon, ``通版阅读请点击：``)."""
    return is_prose(text) and (len(text) >= MIN_PROSE_CHARS or text[-1] in "。！？!?")


def _probable_title(texts: list[str], first: int, scored: dict[int, float]) -> int | None:
    """The line above the text's first sentence that is most likely its title: the nearest
    that could be a title (a headline breaking off with ``……`` too), passing over the byline's
    lines (a date or a field in them), the lines rated as furniture beyond doubt and the items
    of a list (see :data:`_LIST_ITEM`)."""
    for i in range(first - 1, -1, -1):
        text = texts[i]
        if not text:
            continue
        if S.DATE.search(text) or META_FIELD.search(text):
            if _fused_title(text):  # rated by its byline's words, whatever the score
                return i if i in scored else None
            continue
        if (i in scored and scored[i] >= MIN_TITLE_SCORE) or _LIST_ITEM.match(text):
            continue
        if not title_candidate(text.rstrip("…")) or len(S.HAN.findall(text)) < MIN_TITLE_HAN:
            continue
        return i if i in scored else None
    return None


def _fused_title(text: str) -> bool:
    """Does a line with a byline's date or field in it open with a title, run on before them
    (``某某村致村民的公开信 发布日期:…``)? The words before it, in one run."""
    byline = [m.start() for m in (S.DATE.search(text), META_FIELD.search(text)) if m is not None]
    head = text[:min(byline)].rstrip()
    return " " not in head and len(head) >= MIN_FUSED_TITLE and title_candidate(head)


def _title_lines(texts: list[str], title: int) -> set[int]:
    """The probable title's line, and the lines right over it (a blank line between at most, as
    a double-spaced copy sets them) that it goes on from: a formal title broken over lines,
    ``某某管委会关于`` / ``对某某等……`` / ``……予以表彰的决定`` (a 关于 in the lines joined, a genre
    word at the end)."""
    found = {title}
    if not S.GENRE.search(texts[title][-S.GENRE_NEAR_END:]):
        return found
    run = [title]
    i = title - 1
    while len(run) < S.TITLE_MAX_LINES and i >= 0:
        if texts[i]:
            run.append(i)
        elif i > 0 and not texts[i - 1]:
            break  # two blank lines: another block
        i -= 1
    for top in range(1, len(run)):
        if S.TITLE_ABOUT.match("".join(texts[i] for i in reversed(run[:top + 1]))):
            found.update(run[:top + 1])
    return found


def _weighed(text: str, below: bool) -> bool:
    """Is the line one the score may decide (short, and none of a document's own shapes)?
    ``below``: the line stands below the text."""
    if not text or len(text) > MAX_CHARS:
        return False
    if ((below and (_signature_name(text) or _CLAUSE.search(text) or _SENTENCE_INSIDE.search(text)))
            or _unbalanced(text)):
        return False
    return not (bare_date(text) or S.DATE_LINE.match(text) or _VOCATIVE.fullmatch(text) or S.TITLE_LABEL.match(text)
                or S.SALUTATION.match(text) or S.open_salutation(text) or S.GREETING.match(text) or S.CLOSING.match(text)
                or S.match_number(text) or S.DOCUMENT_NUMBER.search(text) or P.PAGE_ISSUER_MARK.match(text)
                or S.ATTACHMENT.match(text) or S.ATTACHMENT_START.match(text) or P.FILL_IN_SLOT.fullmatch(text)
                or any(p.match(text) for p in _HEADER_SHAPES) or _speaker(text))


def _signature_name(text: str) -> bool:
    """A line of two to four characters that can sign a text: a person's name (a common
    surname first) or a unit's short name (``团委``) — not a page's button or link (``首页``,
    ``上一版``, ``放大``)."""
    return bool(_NAME.fullmatch(text)) and (text[0] in S.COMMON_SURNAMES or text[-1] in _UNIT_ENDS)


def _speaker(text: str) -> bool:
    """An office with a post and a name (``国务院总理 李某某``), not any two words apart."""
    found = S.SPEAKER.match(text)
    return bool(found and S.POST_LINE.match(found["office"]))
