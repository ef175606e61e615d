"""Rejoining paragraphs broken in the middle of a sentence, and collapsing blank lines.

A line is joined to the one before it on evidence, strongest first:

1. it starts with a mark that cannot start a line (``，。、；：？！`` or a closing quote or
   bracket), or the line before ends with ``，`` ``、`` or an opening quote or bracket;
2. the text is hard-wrapped (most long lines have nearly the same width and end in the
   middle of a sentence) and the line before is a full one;
3. the text indents its paragraphs and this line is not indented;
4. the line before is prose (long, with commas inside) that does not end a sentence — never
   a row of short items apart by spaces (a menu pasted as one line), however long.

Headings, salutations, date, subtitle, speaker, closing and signature lines are never glued
to a neighbour (the parser's own patterns say which lines those are), and the title lines at
the top are only joined on evidence 1.  Decisions look at the lines as the character rules
will leave them (:func:`~docgen.cleaner.textrules.settled`).  A line that is judged before
its own continuations are joined to it (a salutation followed by a closing quote) is judged
again, joined, when the line rules take their second look (:func:`docgen.cleaner.clean`).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import unglossed
from ..shapes.titles import header_line_like, markdown_heading
from . import patterns as P
from .context import Context
from .textrules import settled

#: Words that never start a sentence (structural particles, plural and aspect suffixes): a
#: line starting with one continues the line before.
JOIN_START_WORDS = frozenset("的地得了着过们吗呢吧么")

#: A speech's date and occasion line under its title, broken before its end: the dash or the
#: opening bracket, a date, 在 and the occasion's start (``——2026年1月26日在某某省第十四届``) …
OCCASION_OPEN = re.compile(r"^(?:——|--|—|[（(])\s*\d{4}\s*年[^，。；：,;:（）()]*?在[^，。；：,;:（）()]*$")
#: … and the rest of it on the next line (``人民代表大会第五次会议上``, ``……会议上的讲话``, ``……上）``).
OCCASION_REST = re.compile(r"^[^\s，。；：,;:（）()]{2,40}(?:上|时)(?:的\S{0,6}(?:讲话|报告|致辞|发言|主持词))?[）)]?$")
OCCASION_END = re.compile(r"(?:上|时|讲话|报告|致辞|发言|主持词|[）)])$")

#: A line of prose at least this long (characters) that does not end a sentence goes on.
PROSE_MIN_CHARS = 20
#: Without a comma inside, a line must be this long to count as prose.
LONG_LINE_CHARS = 40

#: Hard-wrapped text: at least WRAP_MIN_LINES long lines, WRAP_SHARE of them within
#: WRAP_BAND display columns of the widest, most of them ending mid-sentence.
WRAP_MIN_LINES = 6
WRAP_SHARE = 0.4
WRAP_BAND = 4
WRAP_MIN_WIDTH = 30
#: The rows of a table drawn with box-drawing characters (``│備考│……│``) are no lines of the
#: wrapped text: their width is the table's.
TABLE_DRAWING = re.compile(r"[\u2500-\u257f]")

#: A text indents its paragraphs when INDENT_SHARE of the lines after a sentence end are
#: indented and at least INDENT_MIN_LINES lines are.
INDENT_SHARE = 0.7
INDENT_MIN_LINES = 3

#: A numbering whose lines are paragraphs: at least this many lines, this share of them
#: ending a sentence (a text broken at random leaves many of them without their end; the
#: lines of a numbering of headings end none).
PARAGRAPH_FAMILY_MIN = 5
PARAGRAPH_FAMILY_SHARE = 0.4
#: A series of a numbering (its lines from a first number, ``（一）``/``1.``, to the next
#: first number) of at least this many lines of which fewer than PARAGRAPH_FAMILY_SHARE end
#: a sentence is a series of headings, also in a text whose other series of that numbering
#: are paragraphs (a report's ``（一）`` paragraphs in one part, its ``（一）`` headings in
#: another): its lines are never taken for broken paragraphs.
HEADING_SERIES_MIN = 3
#: The number that starts a series: one, however written.
FIRST_NUMBER = re.compile(r"^\D*?(?:0?1|一|壹|①|⑴|Ⅰ)\D*$")
#: A sentence's end with a note in brackets after it: ``。（持续推进，牵头单位：某某局）``.
NOTE_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*[（(][^（）()]{1,80}[)）]$")

#: The last item of an enumeration apart by 、 is a phrase at most this long; a line with none
#: of SENTENCE_MARKS after it is no part of it.
ENUMERATION_ITEM_MAX = 12
SENTENCE_MARKS = frozenset("，。；：、！？,;:!?")

#: A field of a list set a line each: a label of a few characters, a colon and its value
#: (``组长：某某``, ``成员：某某、某某``, ``秘书：某某``), or a contact's label in Latin letters
#: (``E-mail：``, ``Tel:``, ``QQ：``).  Two of them in a row are two lines, however the first
#: ends: a list of names under a label is no sentence broken off.
FIELD_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z-]{1,7})[ \u3000]*[：:][ \u3000]*\S")

#: A whole official title on a line of its own: ``关于……的`` and a genre word at its end (``关于暂缓……的
#: 通告``), an issuer's name before 关于 allowed, and a word of what the notice is about before the
#: genre word (``……的停水通知``); no sentence mark inside, but for the colon of a time of day
#: (``23:00``).  It is a line of its own under a portal's headline and over the text's first
#: sentence: never glued to either.
WHOLE_FORMAL_TITLE = re.compile(r"^[^，。！？!?：:；;]{0,30}关于(?:[^，。！？!?；;：:]|(?<=\d)[:：](?=\d)){2,60}的"
                                r"[\u4e00-\u9fff]{0,4}(?:" + "|".join(sorted(S.GENRE_WORDS, key=len, reverse=True)) + r")$")

#: A question mark that opens a line right before a digit or a character, on at least
#: LOST_BULLET_MIN lines of a text, is a list's bullet lost in an encoding (``?1月21日（除夕）``):
#: those lines are items of their own, not the rest of the line before.
LOST_BULLET = re.compile(r"^[?？](?=[0-9\u4e00-\u9fff])")
LOST_BULLET_MIN = 3

#: A text of which at least this many lines open with a speaker's cue (``甲：``, ``男：``, ``合：``)
#: is a script for several voices: a line that opens with a cue is a new voice's, never the
#: rest of the line above, however that one ends (``乙：亲爱的……，`` over ``合：大家好！``).
SCRIPT_CUES_MIN = 3

#: A short line without commas after a finished sentence is a line of its own (a signature).
STANDALONE_MAX_CHARS = 20

#: Lines whose kind (standing alone, special) and width are kept: each line is asked about as
#: itself and as the line before the next, in both looks of the line rules.
LINE_CACHE = 8192


@dataclass(frozen=True, slots=True)
class Layout:
    wrap_width: int | None
    indents: bool
    indented: frozenset[int]  # source lines that started with indentation
    padded: bool = False  # parts numbered 01综合 / 02农业: such a line is a heading of its own
    #: numbering families whose lines are paragraphs (most of them end a sentence): one of
    #: them that breaks off mid-clause goes on in the next line
    paragraph_families: frozenset[str] = frozenset()
    #: numbered lines of a series of headings (see HEADING_SERIES_MIN)
    heading_series: frozenset[str] = frozenset()
    lost_bullets: bool = False  # lines open with a lost bullet (see LOST_BULLET)
    script: bool = False  # a script for several voices (see SCRIPT_CUES_MIN)


def broken_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Rejoin a paragraph that was broken in the middle of a sentence — but never glue a
    heading, a salutation or a signature to its neighbour.

    Example::

        这次会议十分重要。此时此刻，我想借用
        “秉烛夜谈”这个词来突出今晚的主题，
        这就是我们的工作。
        一、提高思想认识
        →
        这次会议十分重要。此时此刻，我想借用“秉烛夜谈”这个词来突出今晚的主题，这就是我们的工作。
        一、提高思想认识
    """
    layout = _layout(lines, ctx.indented)
    out: list[Line] = []
    header = True
    for line in lines:
        prev = out[-1] if out else None
        reason = None
        if prev is not None and prev.text and line.text:
            indented = line.number in layout.indented or bool(P.INDENT.match(line.text))
            reason = _join_reason(settled(prev.text), settled(line.text), layout, header, indented,
                                  _hanging(prev, line, ctx.indent_widths))
        if reason and prev is not None and _apart(prev, line, ctx):
            out += [Line(line.number, ""), line]  # a blank line keeps them apart when cleaned again
        elif reason and prev is not None:
            ctx.note(C.LINES_JOINED, reason, line.number, line.text)
            out[-1] = Line(prev.number, chars.glue(prev.text, line.text))
        else:
            out.append(line)
        # (a title's length is judged without a converter's pinyin glosses: ``關(guān)于……通報(bào)``)
        if header and out and not header_line_like(unglossed(last := settled(out[-1].text))) and not S.item_row(last):
            header = False  # a menu above the title leaves the title block ahead
    return out


def _apart(prev: Line, line: Line, ctx: Context) -> bool:
    """Do ``prev`` and ``line`` stand on either side of the edge of a page's main text (prose the
    page-body finder kept outside it, unsure)?  They are not joined then — but for a line that
    starts with a mark no sentence starts with (``”……``), which goes on wherever it stands."""
    return ((prev.number in ctx.outside) != (line.number in ctx.outside)
            and settled(line.text)[:1] not in S.CONTINUING_START)


def _join_reason(prev: str, text: str, layout: Layout, header: bool, indented: bool,
                 hanging: bool = False) -> str | None:
    if _occasion_goes_on(prev, text):
        return "a speech's date and occasion line broken before its end"
    if _stands_alone(text) or (layout.padded and S.PADDED.pattern.match(text)):
        return None
    if layout.script and S.SPEAKER_CUE.match(text):
        return None  # a new voice's line in a script
    if text[0] in S.CONTINUING_START and not (layout.lost_bullets and LOST_BULLET.match(text)):
        return f"line broken before ‘{text[0]}’"
    if prev[-1] in S.CONTINUING_END and not _special(prev):
        return f"line broken after ‘{prev[-1]}’"
    if S.COPIES_TO.match(prev) and not chars.ends_sentence(prev):
        return "the 抄送 list goes on (it ends with a full stop)"
    if header or _special(prev) or _own_line_after_sentence(prev, text):
        return None
    if text[0] in JOIN_START_WORDS and not _stands_alone(prev) and not chars.ends_sentence(prev):
        return f"line broken before ‘{text[0]}’, which never starts a sentence"
    if (layout.wrap_width and _width(prev) >= layout.wrap_width - WRAP_BAND
            and not (layout.indents and indented and not hanging)):  # an indented line starts a paragraph
        return f"hard-wrapped text ({layout.wrap_width // 2} characters a line)"
    if layout.indents and not indented:
        return "continuation line (paragraphs are indented, this line is not)"
    if _broken_item(prev, layout):
        return "a numbered paragraph broken mid-clause (the others of its numbering end a sentence)"
    if _stands_alone(prev) or chars.ends_sentence(prev) or prev[-1] in "：:；;|｜":
        return None  # (``…谢谢！ |``: a table's row ends at its last cell's bar)
    if text[0] in chars.OPENING and len(prev) >= PROSE_MIN_CHARS // 2:
        return "line broken before an opening quote or bracket"
    if _prose(prev) and not _after_enumeration(prev, text) and not _field_pair(prev, text):
        return "line broken mid-sentence"
    return None


def _occasion_goes_on(prev: str, text: str) -> bool:
    """Is ``text`` the rest of a date and occasion line broken before its end (``——2026年1月26日
    在某某省第十四届`` / ``人民代表大会第五次会议上``; a bracket opened before the date is closed
    by the rest)?"""
    if not OCCASION_OPEN.match(prev) or OCCASION_END.search(prev) or not OCCASION_REST.match(text):
        return False
    return (prev[0] in "（(") == (text[-1] in "）)")


def _hanging(prev: Line, line: Line, widths: dict[int, int]) -> bool:
    """Is ``line`` indented deeper than the numbered line ``prev`` above it, which ends no
    sentence — the hanging indent of a hard-wrapped numbered paragraph (``  一、某某……`` over
    ``      某某……``), not the first-line indent of a new paragraph?"""
    return (widths.get(line.number, 0) > widths.get(prev.number, 0) and bool(S.match_number(prev.text))
            and not chars.ends_sentence(prev.text))


def _field_pair(prev: str, text: str) -> bool:
    """Are ``prev`` and ``text`` two fields of a list set a line each (see :data:`FIELD_LINE`)?"""
    return bool(FIELD_LINE.match(prev) and FIELD_LINE.match(text))


def _after_enumeration(prev: str, text: str) -> bool:
    """Does ``text`` start something new after an enumeration that ``prev`` ends: its items
    apart by ``、``, the last a short phrase without a mark (``一份祝福、一条短信、一顿午餐``),
    and ``text`` a short line without a mark (the caption of a picture under the passage,
    ``小学部节日慰问``)?"""
    if "、" not in prev[:-1] or any(c in SENTENCE_MARKS for c in text) or len(text) > STANDALONE_MAX_CHARS:
        return False
    last = prev.rsplit("、", 1)[1]
    return 0 < len(last) <= ENUMERATION_ITEM_MAX and not any(c in SENTENCE_MARKS for c in last)


@functools.lru_cache(maxsize=LINE_CACHE)
def _stands_alone(text: str) -> bool:
    """Lines the parser reads as blocks of their own: numbered ones, articles (第X条), the
    special lines and a sample's slot for its signer or date alone (``[[单位名称]]``, ``[日期]``):
    two slots one under the other are two lines to fill in, no bracket that goes on."""
    return (bool(S.match_number(text)) or bool(S.ARTICLE.match(text))
            or _special(text) or P.FILL_IN_SLOT.fullmatch(text.strip()) is not None)


@functools.lru_cache(maxsize=LINE_CACHE)
def _special(text: str) -> bool:
    """Salutation, date, subtitle, speaker, closing and attachment lines, the caption of a
    table or a figure and its unit line, a heading of a text saved from Markdown, a whole
    ``关于……的通知`` title; an attachment's label alone (``附件1``) and a 附注 in parentheses; the lines of the 版头 (份号, 密级,
    紧急程度, 签发人) and of the 版记 (抄送, 印发), and the attendance of minutes (出席：)."""
    pp = S
    return bool(pp.SALUTATION.match(text) or pp.open_salutation(text) or pp.DATE_LINE.match(text) or pp.SUBTITLE.match(text)
                or pp.UNBRACKETED_DATE_LINE.match(text)
                or pp.SPEAKER.match(text) or pp.CLOSING.match(text) or pp.ATTACHMENT.match(text)
                or pp.DATE.fullmatch(text.strip("（）() ")) or pp.ATTACHMENT_START.match(text)
                or pp.NOTE.match(text) or pp.DISTRIBUTION.match(text) or pp.ATTENDANCE.match(text)
                or pp.CAPTION.match(text) or markdown_heading(text) or WHOLE_FORMAL_TITLE.match(text)
                or pp.masthead_field(text) is not None)


def _broken_item(prev: str, layout: Layout) -> bool:
    """Is ``prev`` a numbered paragraph broken off mid-clause: of a numbering whose lines are
    paragraphs in this text, running text (a comma or 、 inside after its number — ``五、`` has
    one of its own —, PROSE_MIN_CHARS long), and
    ending neither a sentence nor a clause that leads on (``：``, ``；``) — a heading has no
    commas, or is set as its numbering's others are."""
    found = S.match_number(prev)
    return (found is not None and found[0].name in layout.paragraph_families and prev not in layout.heading_series
            and len(prev) >= PROSE_MIN_CHARS
            and any(c in "，、," for c in prev[len(found[1]):-1]) and not _ends_paragraph(prev) and prev[-1] not in "：:；;）)")


def _ends_paragraph(text: str) -> bool:
    """Does ``text`` end a sentence, or a sentence and a note in brackets after it
    (``……落实落地。（5月底完成，牵头单位：某某局）``)?"""
    return chars.ends_sentence(text) or bool(NOTE_AFTER_SENTENCE.search(text))


def _numbered(texts: list[str]) -> list[tuple[str, str, str]]:
    """The numbered lines of ``texts``, in order: (text, family's name, number)."""
    found = []
    for text in texts:
        match = S.match_number(text) if text else None
        if match is not None:
            found.append((text, match[0].name, match[1]))
    return found


def _paragraph_families(numbered: list[tuple[str, str, str]]) -> frozenset[str]:
    """The numbering families whose lines are paragraphs: at least PARAGRAPH_FAMILY_MIN lines,
    PARAGRAPH_FAMILY_SHARE of them ending a sentence."""
    ends: dict[str, list[bool]] = {}
    for text, family, _ in numbered:
        ends.setdefault(family, []).append(_ends_paragraph(text))
    return frozenset(name for name, ended in ends.items()
                     if len(ended) >= PARAGRAPH_FAMILY_MIN and sum(ended) >= PARAGRAPH_FAMILY_SHARE * len(ended))


def _heading_series(numbered: list[tuple[str, str, str]]) -> frozenset[str]:
    """The numbered lines of the series of headings (see HEADING_SERIES_MIN)."""
    runs = [[numbered[i][0] for i in run] for run in S.number_series(
        (i, family, bool(FIRST_NUMBER.match(number))) for i, (_, family, number) in enumerate(numbered))]
    return frozenset(text for run in runs if len(run) >= HEADING_SERIES_MIN
                     and sum(map(_ends_paragraph, run)) < PARAGRAPH_FAMILY_SHARE * len(run) for text in run)


def _own_line_after_sentence(prev: str, text: str) -> bool:
    return (chars.ends_sentence(prev) and len(text) <= STANDALONE_MAX_CHARS
            and not any(c in "，。；,;" for c in text))


def _prose(text: str) -> bool:
    if S.item_row(text):
        return False
    if len(text) >= LONG_LINE_CHARS:
        return True
    return len(text) >= PROSE_MIN_CHARS and any(c in "，。；、" for c in text[:-1])


def _layout(lines: list[Line], indented: set[int]) -> Layout:
    indented_here = frozenset(line.number for line in lines
                              if line.number in indented or P.INDENT.match(line.text))
    texts = [settled(line.text) for line in lines]
    numbered = _numbered(texts)
    return Layout(_wrap_width(texts), _indents(lines, indented_here), indented_here,
                  S.padded_numbering(texts), _paragraph_families(numbered), _heading_series(numbered),
                  sum(1 for text in texts if LOST_BULLET.match(text)) >= LOST_BULLET_MIN,
                  sum(1 for text in texts if S.SPEAKER_CUE.match(text)) >= SCRIPT_CUES_MIN)


_width = functools.lru_cache(maxsize=LINE_CACHE)(chars.display_width)


def _wrap_width(texts: list[str]) -> int | None:
    """The width most long lines share (within WRAP_BAND columns below it: the narrowest
    such width when several bands are as full) when the text is hard-wrapped, else None."""
    widths = [(w, t) for t in texts if (w := _width(t)) >= WRAP_MIN_WIDTH and not TABLE_DRAWING.search(t)]
    if len(widths) < WRAP_MIN_LINES:
        return None
    ordered = sorted(w for w, _ in widths)
    best, best_count = ordered[0], 0
    for w in sorted(set(ordered)):  # the lines of each band counted in the sorted widths
        count = bisect_right(ordered, w) - bisect_left(ordered, w - WRAP_BAND)
        if count > best_count:
            best, best_count = w, count
    best_band = [t for x, t in widths if best - WRAP_BAND <= x <= best]
    wider = len(ordered) - bisect_right(ordered, best)
    mid_sentence = sum(1 for t in best_band if not chars.ends_sentence(t))
    if (len(best_band) >= max(WRAP_MIN_LINES, WRAP_SHARE * len(widths)) and wider <= len(widths) * 0.1
            and mid_sentence >= len(best_band) * 0.5):
        return best
    return None


def _indents(lines: list[Line], indented: frozenset[int]) -> bool:
    if len(indented) < INDENT_MIN_LINES:
        return False
    after_end: list[Line] = []
    continuing: list[Line] = []
    for prev, line in zip(lines, lines[1:]):
        if prev.text and line.text:
            (after_end if chars.ends_sentence(prev.text) else continuing).append(line)
    if not after_end or not any(line.number not in indented for line in continuing):
        return False
    return sum(1 for line in after_end if line.number in indented) >= INDENT_SHARE * len(after_end)


def blank_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Collapse runs of blank lines into one and drop blank lines at the start and end.

    Example::

        (blank)
        标题
        (blank)
        (blank)
        同志们：
        (blank)
        →
        标题
        (blank)
        同志们：
    """
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            ctx.note(C.BLANK_LINE_REMOVED, "repeated blank line", line.number, "")
            continue
        out.append(line)
    while out and not out[-1].text:
        ctx.note(C.BLANK_LINE_REMOVED, "blank line at the end", out[-1].number, "")
        out.pop()
    return out
