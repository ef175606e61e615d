"""Lines that repeat other lines: a table of contents, the title repeated at the top of the
body, and teasers (a summary that repeats the start of the body and breaks off with dots).

Both compare lines by a *key* that ignores what copies of a text change (spaces, widths,
quote and bracket forms, dots, dashes), taken from the line as the character rules will leave
it.  And both are written so that the lines they keep hold no more repeats for them to find,
however later rules join those lines: cleaning their output again drops nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import islice

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.titles import repeat_candidate
from . import patterns as P
from .context import Context
from .textrules import settled


def compare_key(text: str) -> str:
    """What two copies of a line have in common: ``“五个坚持”（2024年）`` and
    ``"五个坚持"(2024年)`` have the same key.  The key of two lines joined is the two keys
    joined."""
    return P.COMPARE_DROP.sub("", unicodedata.normalize("NFKC", settled(text)))


# --------------------------------------------------------------------------- contents


def contents(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop a table of contents: a ``目录`` line and the headings listed under it, when the text
    then starts over with the first of them.  (A typeset official text has no table of
    contents, and a copied one has lost its page numbers or kept wrong ones.)

    Example::

        目 录
        1 总则
        1.1 编制目的
        2 组织体系
        1 总 则
        1.1 编制目的
        →
        1 总 则
        1.1 编制目的
    """
    for start, line in enumerate(lines):
        if P.CONTENTS_HEADING.match(settled(line.text)):
            end = _contents_end(lines, start)
            if end is not None:
                for dropped in lines[start:end]:
                    if dropped.text:
                        ctx.drop(dropped, "table of contents")
                return lines[:start] + contents(lines[end:], ctx)
    return lines


def _contents_end(lines: list[Line], start: int) -> int | None:
    """Where the text starts over after the contents under ``lines[start]``: the index of the
    line that repeats the first entry, or None when the lines are no table of contents."""
    entries: list[str] = []
    for index in range(start + 1, min(len(lines), start + 1 + P.CONTENTS_MAX_ENTRIES)):
        text = settled(lines[index].text)
        if not text:
            continue
        key = _entry_key(text)
        if entries and key == entries[0]:
            return index if len(entries) >= P.CONTENTS_MIN_ENTRIES else None
        if len(text) > P.CONTENTS_ENTRY_MAX_CHARS or chars.ends_sentence(text) or not key:
            return None
        entries.append(key)
    return None


def _entry_key(text: str) -> str:
    """An entry without its number, page number and spaces: ``1 总 则`` and ``总则……3`` agree."""
    return P.CONTENTS_PAGE.sub("", P.CONTENTS_NUMBER.sub("", P.CONTENTS_SPACES.sub("", text)))


# --------------------------------------------------------------------------- the title repeated


def repeated_title(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the title repeated at the top of the body: among the short title-like lines the
    text starts with (before its first sentence, salutation or heading with a colon), a line
    or a run of lines that repeats earlier lines — also when the copy breaks the title
    differently.  A line further down that happens to repeat the title (the issuing body in
    a signature) stays; the title as the document's file name (``……的讲话.docx``) goes wherever
    it stands.

    Example::

        在全区党政办公室主任会议上的讲话
        来源：网络
        在全区党政办公室主任会议上的讲话
        →
        在全区党政办公室主任会议上的讲话
        来源：网络

    Example::

        某某市人民政府办公室关于做好防汛工作的通知
        某某市人民政府办公室
        关于做好防汛工作的通知
        各县区人民政府：
        某某市人民政府办公室
        →
        某某市人民政府办公室关于做好防汛工作的通知
        各县区人民政府：
        某某市人民政府办公室
    """
    kept = _noted_heading(_closing_repeat(_echoed_widget(_file_names(list(lines), ctx), ctx), ctx), ctx)
    while True:
        head = _head(kept)
        found = _first_repeat([_head_key(kept[i].text) for i in head])
        if found is None:
            return _keyword_variant(_title_under_salutation(kept, ctx), ctx)
        start, end = found
        for i in head[start:end]:
            ctx.drop(kept[i], "title repeated at the top of the body")
        gone = set(head[start:end])
        kept = [line for i, line in enumerate(kept) if i not in gone]


def _file_names(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the lines that are the name of the document's file, the title with a file's
    extension (``【讲话稿】在某某会议上的讲话.docx``, a site's category in brackets before it
    perhaps): the link to download the text that a sharing site prints with it, wherever it
    stands.  A file of another name (an attachment's) stays.

    Example::

        在某某会议上的讲话
        同志们：今天的会议很重要。
        【讲话稿】在某某会议上的讲话.docx
        →
        在某某会议上的讲话
        同志们：今天的会议很重要。
    """
    named = [i for i, line in enumerate(lines)
             if "." in (tail := line.text[-6:]) and tail.rstrip().lower().endswith(P.FILE_NAME_ENDS)]
    if not named:
        return lines
    titles = {key for i in _head(lines) if len(key := compare_key(lines[i].text)) >= TITLE_MIN}
    gone = set()
    for i in named:
        found = P.FILE_NAME_LINE.fullmatch(settled(lines[i].text).strip())
        if found is not None and compare_key(found["stem"]) in titles:
            ctx.drop(lines[i], "the document's file name: its title with the file's extension")
            gone.add(i)
    return [line for i, line in enumerate(lines) if i not in gone]


def _echoed_widget(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the text's first line when it is a widget's short value left over from a run of
    dropped page lines right above it that held it again and again (``普通`` after five
    districts' air-quality readings, each ending in ``普通``): the run's last cell, no title."""
    rows = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(rows) < 2:
        return lines
    first = lines[rows[0]]
    key = compare_key(settled(first.text))
    if not 0 < len(key) <= P.ECHO_MAX_CHARS or any(c in P.SENTENCE_MARKS for c in key):
        return lines
    copies = [line.number for line in ctx.removed
              if line.number < first.number and compare_key(settled(line.text)) == key]
    if len(copies) < P.ECHO_MIN_COPIES or first.number - max(copies) > P.ECHO_REACH:
        return lines
    ctx.drop(first, "a page widget's value repeated from the dropped lines above")
    return lines[:rows[0]] + lines[rows[0] + 1:]


def _title_under_salutation(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the title printed again right under the salutation (a 范文 site repeats its
    headline there): the lines right after the salutation among the first lines whose key is
    the first line's.  (Lines shaped like teasers are passed over, as :func:`_head` passes over
    them, so that dropping a teaser later changes nothing here.)"""
    rows = list(islice((i for i, line in enumerate(lines) if line.text.strip() and not P.TEASER_END.search(line.text)),
                       HEAD_LINES))
    if len(rows) < 4:
        return lines
    key = compare_key(settled(lines[rows[0]].text))
    if len(key) < TITLE_MIN:
        return lines
    for n in range(1, len(rows) - 2):
        if S.SALUTATION.match(settled(lines[rows[n]].text)):
            copies = []
            for below in rows[n + 1:]:  # every copy in a row, so that a second cleaning finds none
                if compare_key(settled(lines[below].text)) != key:
                    break
                copies.append(below)
            for below in copies:
                ctx.drop(lines[below], "title repeated under the salutation")
            return [line for i, line in enumerate(lines) if i not in copies]
    return lines


def _noted_heading(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the page's heading over the text: the title with a note in brackets after it
    (:data:`~docgen.cleaner.patterns.NOTED_HEADING`), when the lines under it are the title
    itself, whole or set over up to three lines.  A note that is a document number stays (with
    its heading: the number may be printed nowhere else).

    Example::

        某某省人民政府关于某某事项的批复(2004年3号)
        某某省人民政府关于
        某某事项的批复
        →
        某某省人民政府关于
        某某事项的批复
    """
    head = _head(lines)
    noted = P.NOTED_HEADING.match(settled(lines[head[0]].text)) if len(head) > 1 else None
    if noted is None or S.DOCUMENT_NUMBER.search(noted["note"]):
        return lines
    key, joined = compare_key(noted["title"]), ""
    for i in head[1:4]:
        joined += compare_key(lines[i].text)
        if len(key) >= TITLE_MIN and joined == key:
            ctx.drop(lines[head[0]], "the page's heading: the title below with a note in brackets")
            return lines[:head[0]] + lines[head[0] + 1:]
        if not key.startswith(joined):
            break
    return lines


def _keyword_variant(lines: list[Line], ctx: Context) -> list[Line]:
    """Take off the note in brackets after the headline that only repeats the title's words
    with a few more (the site's keyword variant of it): no part of the title.

    Example::

        开工仪式致辞(项目开工仪式致辞)
        →
        开工仪式致辞
    """
    head = _head(lines)
    noted = P.NOTED_HEADING.match(settled(lines[head[0]].text)) if head else None
    if noted is None:
        return lines
    key = compare_key(noted["title"])
    note = compare_key(noted["note"])
    # a note with a year or a number (``2024年政府工作报告``) says more than the title: it stays
    if len(key) < TITLE_MIN or key not in note or any(c.isdigit() for c in note):
        return lines
    changed = ctx.change(lines[head[0]], noted["title"], C.MARKER_REMOVED,
                         "the site's keyword variant of the title in brackets after it removed")
    return [*lines[:head[0]], changed, *lines[head[0] + 1:]]


def _closing_repeat(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the page's closing block under the text: the article's number on the last line,
    and the headline repeated (the title of its share or print box) over it.  (The headline
    repeated alone stays: it may be the issuing body's signature.)

    Example::

        某某县发布森林防火令
        当前正处于森林火灾高风险期，县政府决定发布森林防火令。
        某某县发布森林防火令
        29132150
        →
        某某县发布森林防火令
        当前正处于森林火灾高风险期，县政府决定发布森林防火令。
    """
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    if len(filled) < 2 or not _article_number(lines[filled[-1]].text, lines[filled[-2]].text):
        return lines
    first, repeat, number = (lines[i] for i in (filled[0], filled[-2], filled[-1]))
    ctx.drop(number, "the article's number in the page's closing block")
    if not (len(filled) >= 4 and len(compare_key(first.text)) >= TITLE_MIN
            and compare_key(repeat.text) == compare_key(first.text)):
        return [line for i, line in enumerate(lines) if i != filled[-1]]
    ctx.drop(repeat, "the headline repeated in the page's closing block")
    return [line for i, line in enumerate(lines) if i not in (filled[-2], filled[-1])]


def _article_number(text: str, above: str) -> bool:
    """Is the text's last line ``text`` the page's article number: figures alone, no date that
    lost its marks (``2022911``), no value of a label ending the line above (``电话：``)?"""
    text = text.strip()
    return (bool(P.ARTICLE_NUMBER.fullmatch(text)) and not P.BARE_DATE_DIGITS.fullmatch(text)
            and not above.rstrip().endswith(("：", ":")))


#: Only this many title-like lines from the top are searched for a repeated title.
HEAD_LINES = 12
#: A summary says again at most this many lines under it (:func:`summarises_below`).
SUMMARY_MAX_LINES = 4
#: A repeat is at least this many characters long (key characters); a title line is at
#: most :data:`~docgen.shapes.titles.REPEAT_MAX_CHARS` long.
TITLE_MIN = 6
#: A title line ending so (``某某委员会关于``) goes on in the next line, which is no repeat
#: even when it is the short title a page heading printed above.
TITLE_GOES_ON = ("关于",)


def _head(lines: list[Line]) -> list[int]:
    """Indexes of the title-like lines the text starts with (blank lines, lines shaped like
    teasers and a summary of the body's first sentences are passed over, so that dropping them
    later changes nothing here)."""
    head: list[int] = []
    summary = _summary_over_body(lines)
    for i, line in enumerate(lines):
        if not line.text or P.TEASER_END.search(line.text) or i == summary:
            continue
        if not repeat_candidate(settled(line.text)) or len(head) == HEAD_LINES:
            break
        head.append(i)
    return head


def _head_key(text: str) -> str:
    """The key of a line at the top of the text, without the number a 范文 site gives a piece
    (``某某讲话篇1`` repeats ``某某讲话``: the piece's label under the page's headline)."""
    return compare_key(P.PIECE_LABEL_END.sub("", text))


def _first_repeat(keys: list[str]) -> tuple[int, int] | None:
    """The first run of lines ``keys[start:end]`` that repeats a run of lines wholly before
    it (joined keys equal), longest first; None when there is none."""
    for start in range(1, len(keys)):
        if keys[start - 1].endswith(TITLE_GOES_ON):
            continue  # ``某某委员会关于`` over the rest: one title set over lines, not a repeat
        earlier = {"".join(keys[a:b]) for a in range(start) for b in range(a + 1, start + 1)}
        for end in range(len(keys), start, -1):
            joined = "".join(keys[start:end])
            if len(joined) >= TITLE_MIN and joined in earlier:
                return start, end
    return None


# --------------------------------------------------------------------------- teasers


def teasers(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop a summary line that repeats the start of the body and breaks off with dots — or
    repeats the title above it (with its date) and breaks off so — and a first line that
    repeats the text's first paragraphs run together, up to where it breaks off.

    Example::

        讲话这次会议，是经区委区政府同意召开的一次十分重要的会议...
        这次会议，是经区委区政府同意召开的一次十分重要的会议。我们要开好。
        →
        这次会议，是经区委区政府同意召开的一次十分重要的会议。我们要开好。

    Example::

        某某县人民政府关于做好春耕生产工作的意见
        某某县人民政府关于做好春耕生产工作的意见（2024年1月2日）...
        （2024年1月2日）
        各乡镇人民政府，县政府各部门：
        →
        某某县人民政府关于做好春耕生产工作的意见
        （2024年1月2日）
        各乡镇人民政府，县政府各部门：
    """
    kept = list(lines)
    # From the bottom up, so that each line is compared with the text as it will stay.
    for i in range(len(kept) - 1, -1, -1):
        line = kept[i]
        if not P.TEASER_END.search(line.text) or _twin_below(line.text, kept[i + 1:i + 1 + P.TEASER_TWIN_LINES]):
            continue
        if _repeats_following(line.text, kept[i + 1:]):
            ctx.drop(line, "teaser repeating the start of the body")
            del kept[i]
        elif _repeats_title_above(line.text, kept[:i]):
            ctx.drop(line, "teaser repeating the title")
            del kept[i]
    first = _joined_opening(kept)
    if first is not None:
        ctx.drop(kept[first], "teaser repeating the first paragraphs run together")
        del kept[first]
    first = _cut_opening(kept)
    if first is not None:
        ctx.drop(kept[first], "teaser cut out of the text below across a line's end")
        del kept[first]
    summary = _summary_over_body(kept)
    if summary is not None:
        ctx.drop(kept[summary], "summary repeating the first sentences of the body")
        del kept[summary]
    return kept


def summarises_below(texts: Sequence[str], i: int) -> bool:
    """Does line ``i`` say again, run together, the two to SUMMARY_MAX_LINES lines right under it
    (blank lines between them passed over): a page's summary of the lines it stands over
    (``刚刚 某某公布了 某某安排`` over ``刚刚`` / ``某某公布了`` / ``某某安排``)?  The lines under it
    say all it says.  (On a text's first lines the repeated-title rule keeps the first copy; the
    page-body rule drops such a summary between a page's headline and its text.)"""
    text = texts[i].lstrip()
    below = [k for k in range(i + 1, min(len(texts), i + 1 + 2 * SUMMARY_MAX_LINES)) if texts[k].strip()]
    below = below[:SUMMARY_MAX_LINES]
    if len(below) < 2 or text[:1] != texts[below[0]].lstrip()[:1]:
        return False  # (most lines: the next one starts otherwise)
    key = compare_key(text)
    if len(key) < TITLE_MIN:
        return False
    joined = ""
    for n, k in enumerate(below):
        joined += compare_key(texts[k])
        if joined == key:
            return n > 0
        if not key.startswith(joined):
            return False
    return False


def _joined_opening(lines: list[Line]) -> int | None:
    """The index of the text's first line when, without dots, it repeats the start of the
    text under it over more than one line — its next line whole and at least
    TEASER_MIN_OVERLAP characters of the line after, run together (a page's summary of the
    text); None otherwise."""
    filled = [k for k, line in enumerate(lines) if line.text][:2]
    if len(filled) < 2:
        return None
    key, below = compare_key(lines[filled[0]].text), compare_key(lines[filled[1]].text)
    if len(below) < P.TEASER_MIN_OVERLAP or len(key) < len(below) + P.TEASER_MIN_OVERLAP:
        return None
    stream, _ = _stream(lines[filled[1]:], len(key))
    return filled[0] if stream.startswith(key) else None


def _cut_opening(lines: list[Line]) -> int | None:
    """The index of the text's first line when, without dots, it says again a stretch of the
    text under it that starts inside one line and runs on past that line's end into the next
    (``……通知如下：1. 对象：……。`` over ``……现将有关事项通知如下：`` / ``1. 对象：……。``): a
    window a page's description cut out of the text, blind to where its lines begin and end.
    A stretch within one line (a slogan the text quotes) or from a line's start is no such
    cut, and a title-like line (a headline printed again after a counter glued to it) none
    either; None otherwise."""
    filled = [k for k, line in enumerate(lines) if line.text]
    if len(filled) < 3:
        return None
    key = compare_key(lines[filled[0]].text)
    if len(key) < P.TEASER_CUT_MIN or repeat_candidate(settled(lines[filled[0]].text)):
        return None
    stream, starts = _stream(lines[filled[1]:], P.TEASER_WINDOW + len(key))
    at = stream.find(key, 0, P.TEASER_WINDOW + len(key))
    if at < 0 or at in starts:
        return None
    ends = [start for start in starts if start > at] + [len(stream)]
    return filled[0] if at + len(key) > ends[0] else None


def _summary_over_body(lines: list[Line]) -> int | None:
    """The index of a line at the top of the text, under title-like lines only, that says
    again whole sentences and nothing more with which a longer paragraph below it starts, only
    title-like lines between the two (a page's summary field over the title printed again:
    ``生命重于泰山，……。`` over ``某某协会`` / ``致……的倡议书`` and ``生命重于泰山，……。广大……``) —
    or, as the text's first line, that a paragraph below says again whole, the page's copy of
    the text over its headline (``本报讯 某某……。`` over ``某某活动举行`` and ``本报讯 某某……。``
    again); None otherwise."""
    filled = [k for k, line in enumerate(lines) if line.text]
    for n, k in enumerate(filled[:P.SUMMARY_TOP_LINES]):
        text = settled(lines[k].text)
        if not repeat_candidate(text):
            if len(compare_key(text)) < P.TEASER_MIN_OVERLAP or not chars.ends_sentence(text):
                return None
            for m in filled[n + 1:]:
                below = settled(lines[m].text)
                if below.startswith(text) and (len(below) > len(text) or (n == 0 and _whole_twin(text, filled[1:m]))):
                    return k  # its closing mark too: a caption that leaves it off repeats no sentence
                if not repeat_candidate(below):
                    return None
            return None
    return None


def _whole_twin(text: str, between: list[int]) -> bool:
    """May a paragraph said again whole under the title-like lines ``between`` be the text and
    ``text``, the first line over them, its page's copy: a headline stands between the two (a
    few lines, no row of captions), and ``text`` is a paragraph (SUMMARY_TWIN_MIN long at least),
    not a short line a text may say twice?"""
    return 0 < len(between) <= P.SUMMARY_TWIN_HEAD_LINES and len(compare_key(text)) >= P.SUMMARY_TWIN_MIN


def _twin_below(text: str, below: list[Line]) -> bool:
    """Does a line below say ``text`` again whole, dots and all?  A teaser breaks off where the
    text it repeats goes on."""
    return any(line.text.strip() == text.strip() for line in below)


def _repeats_title_above(text: str, preceding: list[Line]) -> bool:
    """Is ``text`` (its dots, a date at its end and a label taken off) the start of one of the
    last few lines above it — the title it repeats — and at least TEASER_MIN_OVERLAP long?"""
    body = _teaser_key(text)
    if len(body) < P.TEASER_MIN_OVERLAP:
        return False
    # Other teasers above (dots and all) are no lines the title may be among: they go too.
    above = [line for line in preceding if line.text and not P.TEASER_END.search(line.text)][-P.TEASER_TITLE_LINES:]
    return any(compare_key(line.text).startswith(body) for line in above)


def _teaser_key(text: str) -> str:
    return compare_key(P.TEASER_DATE.sub("", P.TEASER_END.sub("", P.TEASER_LABEL.sub("", text))))


def _repeats_following(text: str, following: list[Line]) -> bool:
    """Does the text after ``text``, from the start of one of its next lines, begin with the
    end of ``text`` (from where the two first agree on TEASER_MIN_OVERLAP characters) — or, for
    a short teaser (``各位代表：...``), with all of it?

    The following lines are read as one stream, so that joining them changes nothing; a line
    starting with a mark that never starts a line (a continuation) starts no repeat."""
    body = _teaser_key(text)
    stream, starts = _stream(following, P.TEASER_WINDOW + len(body))
    if P.TEASER_MIN_WHOLE <= len(body) < P.TEASER_MIN_OVERLAP:  # ``各位代表：...``: a line's start
        return any(stream.startswith(body, start) for start in starts)
    for start in starts:
        probe = stream[start:start + P.TEASER_MIN_OVERLAP]
        if len(probe) < P.TEASER_MIN_OVERLAP:
            continue
        at = body.find(probe)
        if at >= 0 and stream.startswith(body[at:], start):
            return True
    return False


def _stream(following: list[Line], size: int) -> tuple[str, list[int]]:
    """The keys of the lines after a teaser as one text of at least ``size`` characters (when
    the text has them), and where the lines that may start a repeat begin in it (within the
    first TEASER_WINDOW characters)."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for line in following:
        if length >= size:
            break
        text = settled(line.text)
        if not text:
            continue
        if length < P.TEASER_WINDOW and text[0] not in S.CONTINUING_START:
            starts.append(length)
        key = compare_key(line.text)
        parts.append(key)
        length += len(key)
    return "".join(parts), starts
