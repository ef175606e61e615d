"""The end of a page's main text (:mod:`docgen.cleaner.pagebody`): how far down the text goes past
its last paragraph (a numbering it started going on, a notice's contact block, its closing date
and signature) and where the site's footer starts (contact and place lines, a column of links,
the names of other bodies)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from itertools import islice, takewhile

from .. import chars
from ..shapes import patterns as S
from ..shapes.chrome import family_of, fold
from . import patterns as P
from .pagejudge import Judged, ends_article, headline, is_prose, judge, line_above, row_above, text_below


def tail_end(judged: list[Judged], end: int, barriers: Collection[int] = ()) -> int:
    """Where the page's chrome starts below the body ending at ``end``: the first line of a
    chrome family, or the first line after one that ended the article and an earlier rule
    dropped (the editor's line) — the signature, date and notes of an official text go on to
    it (:func:`_formula_end`: past a notice's closing formula)."""
    closed = _formula_end(judged, end, barriers)
    if closed is not None:
        return closed
    texts = [j.text for j in judged]
    own = dated_table_end(texts, end, barriers)  # the notice's table under its lead
    for i in range(end, len(judged)):
        if document_date(judged, i):
            return _note_end(judged, i + 1)  # the document's date closes it (with its 附注)
        if date_slot(texts, i):
            return i + 1  # a template's empty date under its empty signer: its last line
        if i < own:
            continue
        own = _own_lines(judged, i) if judged[i].evidence else i
        if own > i:
            continue
        closing = _closing_block(judged, i)
        if closing is not None:
            return closing
        contacts = _introduced_contacts(judged, i) if judged[i].evidence else None
        if contacts is not None:
            return contacts
        if judged[i].evidence or ends_article(judged[i]) or i in barriers or tag_run(judged, i) \
                or _empty_attachments(judged, i):
            return _footer_block(judged, end, i) if judged[i].evidence else i
    return len(judged)


def dated_table_end(texts: Sequence[str], end: int, barriers: Collection[int] = ()) -> int:
    """Where the table right under line ``end - 1`` ends, when that line is a sentence ending in
    a colon (``……门诊安排如下：``) and the lines under it are the rows of a table copied with its
    cell bars (``日期 | 星期 | 安排 |`` / ``5月1日 | 周一 | 休息 |``),
    :data:`~docgen.cleaner.patterns.PAGE_DATED_ROWS_MIN` of them naming a day: the notice's own
    table of dates and arrangements, with the bar alone that closes it — a site's menu bar
    names no days and stands under no such lead.  ``end`` when there is no such table."""
    above = row_above(texts, end)
    lead = texts[above] if above is not None else ""
    if lead[-1:] not in P.PAGE_INTRO_END or not is_prose(lead) or family_of(lead) is not None:
        return end
    last, dated = end, 0
    for i in range(end, len(texts)):
        text = texts[i].strip()
        if not text:
            continue
        if i in barriers:
            break
        if len(P.PAGE_TABLE_BAR.findall(text)) < P.PAGE_TABLE_BARS_MIN \
                and not (dated and P.PAGE_TABLE_BAR.fullmatch(text)):
            break
        dated += bool(P.PAGE_TABLE_DAY.search(text))
        last = i + 1
    return last if dated >= P.PAGE_DATED_ROWS_MIN else end


def _own_lines(judged: list[Judged], i: int) -> int:
    """Where the run of the notice's own lines starting at line ``i`` ends, when they only look
    like a footer's (``咨询电话：0793-…（工作时间）。``, ``（二）拨打电话：0534-…，反馈意见。``,
    ``更多信息请关注某某微信公众平台。``): lines that end a sentence or a clause
    (:data:`~docgen.cleaner.patterns.PAGE_OWN_SENTENCE_END`), or that go on a numbering from the
    line above (``（三）邮箱：…`` under ``（二）…``) — and the text goes on right under the run: a
    line of prose of no chrome family, its attachments, or its date.  ``i`` when there is no such
    run (a site's footer is no sentence, and nothing of the text follows it).  The run holds the
    lines of a chrome family only: the first of no family is the text going on."""
    above = next((n for n in range(i - 1, -1, -1) if judged[n].text), None)
    k, last = i, above
    while k < len(judged):
        if judged[k].text:
            if not judged[k].evidence or not _own_sentence(judged, k, last):
                break
            last = k
        k += 1
    if last == above:
        return i
    following = next((n for n in range(k, len(judged)) if judged[n].text), None)
    if following is None:
        return i
    j = judged[following]
    goes_on = (j.prose and not j.evidence and not ends_article(j)) or bool(S.ATTACHMENT.match(j.text)) \
        or document_date(judged, following)
    return k if goes_on else i


def _own_sentence(judged: list[Judged], k: int, previous: int | None) -> bool:
    """Is line ``k`` one of a notice's own lines: it ends a sentence or a clause, or it goes on
    the numbering of the line ``previous`` (the run's line above)?"""
    text = judged[k].text
    if own_sentence_end(text):
        return True
    if previous is None:
        return False
    found, above = S.match_number(text), S.match_number(judged[previous].text)
    return (found is not None and above is not None and found[0].name == above[0].name
            and S.number_value(found[1]) == (S.number_value(above[1]) or 0) + 1)


def own_sentence_end(text: str) -> bool:
    """Does ``text`` end a sentence or a clause with one mark (a run of them, ``。。。``, is an
    ellipsis a later step writes as one)?"""
    return text[-1:] in P.PAGE_OWN_SENTENCE_END and text[-2:-1] not in P.PAGE_OWN_SENTENCE_END


def _formula_end(judged: list[Judged], end: int, barriers: Collection[int]) -> int | None:
    """Where the text ends when a notice's closing formula (``特此通告``) stands below the body
    ending at ``end``, under at most :data:`~docgen.cleaner.patterns.PAGE_FORMULA_REACH` lines of
    prose (its last paragraph, whatever family its words seem of) or of its own fields
    (``举报电话：110``: a label and its value, as a footer's hotline looks, but a site's footer
    stands under no closing formula) and no line that ends an article: after the formula and the
    signature and date lines under it.  None without one."""
    rows = [i for i in range(end, len(judged)) if judged[i].text][:P.PAGE_FORMULA_REACH + 1]
    for i in rows:
        text = judged[i].text
        if i in barriers:
            return None
        if P.PAGE_CLOSING_FORMULA.fullmatch(text):
            return _signed_end(judged, i + 1)
        if P.PAGE_LABEL_VALUE_LINE.match(text):
            continue  # the notice's own field, if the formula follows
        if ends_article(judged[i]) or not is_prose(text):
            return None
    return None


def _signed_end(judged: list[Judged], start: int) -> int:
    """The end of a text's signature and date from line ``start`` on: up to
    :data:`~docgen.cleaner.patterns.PAGE_SIGNATURE_LINES_MAX` signature lines (a signer's label
    over the name, ``写信人`` / ``某某``; two signers) and a bare date (or one whose separators the
    copy lost, ``2021521``, under the signature), a date alone, or both on one line (``某某支队
    2020年9月24日``) — else the first signature line, or ``start`` when there is none."""
    rows = [i for i in range(start, len(judged)) if judged[i].text][:P.PAGE_SIGNATURE_LINES_MAX + 2]
    if rows and P.PAGE_FORMULA_SECOND.fullmatch(judged[rows[0]].text):
        start, rows = rows[0] + 1, rows[1:]  # ``敬礼！`` under ``此致``
    rows = rows[:P.PAGE_SIGNATURE_LINES_MAX + 1]
    if rows and (P.PAGE_SIGNED_DATE.fullmatch(judged[rows[0]].text) or _closing_date_text(judged[rows[0]].text)):
        return _note_end(judged, rows[0] + 1)
    dated = _signed_date(judged, rows)
    if dated is not None:
        return _note_end(judged, dated + 1)
    return rows[0] + 1 if rows and _signature(judged[rows[0]]) else start


def _signed_date(judged: list[Judged], rows: list[int]) -> int | None:
    """The first of the lines ``rows`` that is a date under the signature lines above it, the
    first line one of them (a date whose separators were lost, ``202341``, counts only there:
    right under a signature) — None when a line that is neither comes first."""
    for n, i in enumerate(rows):
        text = judged[i].text
        if n and (_closing_date_text(text) or P.PAGE_RUN_TOGETHER_DATE.fullmatch(text)):
            return i
        if not _signature(judged[i]):
            return None
    return None


def _note_end(judged: list[Judged], end: int) -> int:
    """Past the 附注 right under a text's date ending at ``end`` (``（此件公开发布）``: a short
    remark in parentheses, GB/T 9704's note and the document's own): ``end`` when the next line
    is no such note, or one of a chrome family (``（责任编辑：某某）``)."""
    below = next((i for i in range(end, len(judged)) if judged[i].text), None)
    if below is None or judged[below].evidence or not S.NOTE.match(judged[below].text):
        return end
    return below + 1


def _closing_date_text(text: str) -> bool:
    """A bare date, or a date with a form's next label run on after it (``2023年12月30日其他需要
    说明的情况:``)."""
    return bare_date(text) or bool(P.PAGE_DATE_RUN_ON_LABEL.fullmatch(text))


def series_end(judged: list[Judged], start: int, bottom: int, barriers: Collection[int]) -> int:
    """Where the text ends when the numbering its main text ``[start, bottom)`` started goes on
    below ``bottom`` (``一、`` in it, ``二、`` / ``三、`` … under a line that seemed to end it, a
    notice's ``承办单位：`` field): the headings of its own series are the text's, and so is
    what stands between them — the text then ends where the page's chrome starts under the
    last of them (:func:`tail_end`).  ``bottom`` itself when the series does not go on."""
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
    return bottom if last is None else max(bottom, tail_end(judged, last + 1, barriers))


def _first_series(judged: list[Judged], start: int, end: int) -> tuple[str, int] | None:
    """The family of the first numbered heading of ``[start, end)`` (``一、``, ``（一）``,
    ``1.`` …) and the highest number of that family there."""
    family, highest = None, 0
    for i in range(start, end):
        found = S.match_number(judged[i].text)
        if found is None or found[0].kind != "heading" or (family is not None and found[0].name != family):
            continue
        family = found[0].name
        highest = max(highest, S.number_value(found[1]) or 0)
    return (family, highest) if family is not None and highest else None


def _numbered(text: str, family: str) -> int | None:
    """The number of a line of numbering ``family``, else None."""
    found = S.match_number(text)
    return S.number_value(found[1]) if found is not None and found[0].name == family else None


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


def advice_box(texts: Sequence[str], start: int) -> list[int]:
    """The lines of a reminder box from line ``start`` on, closing a news item in its own voice
    as police and fire news print one under the text (``警方提醒您`` / ``陌生来电不轻信`` /
    ``如遇诈骗请报警``): past bars and ornaments set between (lines with no word or figure), a
    lead ending in a prompt to the reader (:data:`~docgen.cleaner.patterns.PAGE_ADVICE_LEAD`)
    over at least :data:`~docgen.cleaner.patterns.PAGE_ADVICE_LINES_MIN` short lines of no
    chrome family, no date and no link — the lead and those lines, up to the first line that is
    none of them (a footer's, a list's).  Its lines read like a page's (short, no sentence's
    end, a link named as a thing to shun): a list of links has no such lead, and its headlines
    no reader to remind.  An empty list when there is no lead, or too few lines under it."""
    lead = next((i for i in range(start, len(texts)) if any(c.isalnum() for c in texts[i])), None)
    if lead is None or judge(texts[lead]).family is not None or not P.PAGE_ADVICE_LEAD.match(texts[lead]):
        return []
    found = [lead]
    for i in range(lead + 1, len(texts)):
        text = texts[i]
        if not text:
            continue
        if (len(found) > P.PAGE_ADVICE_LINES_MAX or len(text) > P.PAGE_ADVICE_LINE_MAX
                or judge(text).family is not None or S.DATE.search(text) or P.URL.search(text)):
            break
        found.append(i)
    return found if len(found) > P.PAGE_ADVICE_LINES_MIN else []


def appendix_table(texts: Sequence[str], start: int) -> set[int]:
    """The lines from ``start`` on of a table appended to the text, copied a cell a line with its
    bars (:data:`~docgen.cleaner.patterns.PAGE_APPENDIX_CELL`): the run of cells right under an
    appendix's label alone (``附：``, ``附件1``), or under its caption set below the label
    (``……安排表``), with that caption — the attachment the text refers to, however much its
    short cells look like a menu's items.  A run of cells under no such label is no part of it."""
    for i in range(start, len(texts)):
        if _appendix_label(texts[i].strip()):
            return _appendix_cells(texts, i + 1)
    return set()


def _appendix_label(text: str) -> bool:
    """Is ``text`` an appendix's label alone (``附：``, ``附件``, ``附件2：``)?"""
    return bool(P.PAGE_APPENDIX_LABEL.fullmatch(text) or S.ATTACHMENT_START.match(text))


def _appendix_cells(texts: Sequence[str], start: int) -> set[int]:
    """The caption and the cells of a table copied a cell a line from line ``start`` on (see
    :func:`appendix_table`); empty when fewer than
    :data:`~docgen.cleaner.patterns.PAGE_APPENDIX_CELLS_MIN` cells follow."""
    rows = [k for k in range(start, len(texts)) if texts[k].strip()]
    head = next((n for n, k in enumerate(rows) if _cell(texts[k])), None)
    if head is None or head > P.PAGE_APPENDIX_CAPTION_LINES:
        return set()
    run = list(takewhile(lambda k: _cell(texts[k]), rows[head:]))
    return set(rows[:head]) | set(run) if len(run) >= P.PAGE_APPENDIX_CELLS_MIN else set()


def _cell(text: str) -> bool:
    """Is ``text`` a table's cell copied alone on its line with its bar (``约4000人 |``)?"""
    return P.PAGE_APPENDIX_CELL.fullmatch(text.strip()) is not None


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


def document_date(judged: list[Judged], i: int) -> bool:
    """Is line ``i`` the document's date (:func:`closing_date`) — a date that looks like a line
    of chrome (``2021年 10 月 29 日`` spaced out like a menu's words) also one blank line under its
    signature in a text set double-spaced, as between all its lines.  Sentences of a chrome family
    below it (a site's statement on reprinting) are the page's: no prose of a list going on
    under the date."""
    text = judged[i].text
    if not (bare_date(text) or P.PAGE_RUN_TOGETHER_DATE.fullmatch(text)):
        return False  # (the lines' texts are gathered only for a date)
    texts = [j.text if k <= i or not (j.evidence and is_prose(j.text)) else "" for k, j in enumerate(judged)]
    return closing_date(texts, i, spaced=judged[i].family is not None)


def template_slots(texts: Sequence[str], start: int) -> set[int]:
    """The lines from ``start`` on that are a template's empty slots for its signer and its date
    under it (:func:`date_slot`): the sample's own last lines, however bare they look."""
    found: set[int] = set()
    for i in range(start, len(texts)):
        signer = _signer_slot_above(texts, i)
        if signer is not None:
            found.update((signer, i))
    return found


def date_slot(texts: Sequence[str], i: int) -> bool:
    """Is line ``i`` a template's empty slot for its date (``日期：``) right under its empty slot
    for the signer (``签名：``, ``承诺人（签字）：``), a blank line between at most: the places a
    sample leaves for the one who signs it and the day, its own closing lines — a page's date
    field with nothing after it stands under no signer's slot."""
    return _signer_slot_above(texts, i) is not None


def _signer_slot_above(texts: Sequence[str], i: int) -> int | None:
    """The signer's slot over line ``i`` when ``i`` is a template's date slot (:func:`date_slot`)."""
    if not P.DATE_SLOT.fullmatch(texts[i].strip()):
        return None
    above = next((k for k in (i - 1, i - 2) if k >= 0 and texts[k].strip()), None)
    return above if above is not None and P.SIGNER_SLOT.fullmatch(texts[above].strip()) else None


def bare_date(text: str) -> bool:
    """A date alone on its line (``2025-05-15``, ``2025年4月23日``): no label, no hour — but for
    the bar of a table's cell a page's text may keep after it (``2011/10/17 |``)."""
    text = text.rstrip(" |｜")
    return bool(P.PAGE_BARE_DATE.fullmatch(text) or S.DATE.fullmatch(text))


def closing_date(texts: list[str], i: int, spaced: bool = False) -> bool:
    """Is line ``i`` the document's own date at the end of a text: a bare date (``2025-05-15``,
    ``2025年4月23日``, no label, no hour) right under the last paragraph, or right under a signature line (a short
    line without a mark, no blank line between) that follows it — with no prose right below it, nor
    another bare date (a column of dates: the dates of a list of other articles, their links lost)?
    A date whose separators were lost (``202341``) is one only right under a signature line."""
    bare = bare_date(texts[i])
    run_together = not bare and bool(P.PAGE_RUN_TOGETHER_DATE.fullmatch(texts[i]))
    if not bare and not run_together:
        return False
    above = list(islice((k for k in range(i - 1, -1, -1) if texts[k].strip()), 3))
    below = text_below(texts, i)
    if not above or is_prose(below) or bare_date(below) or P.PAGE_COUNT_LINE.fullmatch(below):
        return False  # (a column of bare dates: what is left of a list of other articles; a count)
    if run_together:
        return _signature(judge(texts[above[0]]))
    if is_prose(texts[above[0]]):
        return True
    under = above[0] == i - 1 or (spaced and _double_spaced(texts, above[0], i))
    if not (under and _signature(judge(texts[above[0]])) and len(above) > 1):
        return False
    return (is_prose(texts[above[1]]) or bool(S.ATTACHMENT.match(texts[above[1]]))
            or _signer_over_name(texts, above))


def _signer_over_name(texts: list[str], above: list[int]) -> bool:
    """Do the lines ``above`` a date (nearest first) hold a second signature line right over the
    first — a signer's label over the name (``写信人`` / ``某某``), a body over its head's name —
    under a letter's closing formula (``特此敬礼``, ``敬礼！``) or its last paragraph?"""
    if len(above) < 3 or above[1] != above[0] - 1 or not _signature(judge(texts[above[1]])):
        return False
    top = texts[above[2]]
    return is_prose(top) or bool(P.PAGE_CLOSING_FORMULA.fullmatch(top) or P.PAGE_FORMULA_SECOND.fullmatch(top))


def _double_spaced(texts: list[str], above: int, i: int) -> bool:
    """Does line ``i`` stand under line ``above`` with the one blank line a text set
    double-spaced puts between all its lines (one over ``above`` too)?"""
    return above == i - 2 and above > 0 and not texts[above - 1].strip()


def _closing_block(judged: list[Judged], i: int) -> int | None:
    """Where a notice's closing block starting at line ``i`` ends: its own contact lines
    (``label：value`` with a number or a mailbox in it: ``监督电话：023-…``, at least one), its
    list of attachments if any (``附件：`` over ``1.某某表``), then its signature line and its
    date, with nothing else between — they end the text, whatever
    family the contact lines have.  None when no such block starts at ``i``."""
    if not _notice_contact(judged[i].text):
        return None  # (a blank line: the block is found at its first line)
    rows = [k for k in range(i, len(judged)) if judged[k].text]
    n = 0
    while n < len(rows) and _notice_contact(judged[rows[n]].text):
        n += 1
    n = _attachment_list_end(judged, rows, n)
    if n == 0 or n + 2 > len(rows):
        return None
    signature, date = judged[rows[n]], judged[rows[n + 1]].text
    return rows[n + 1] + 1 if _signature(signature) and bare_date(date) else None


def _attachment_list_end(judged: list[Judged], rows: list[int], n: int) -> int:
    """Past the attachment list that row ``n`` may open (``附件：`` alone, then its numbered
    file names ``1.某某表``), as a notice sets it between its contact lines and its signature;
    ``n`` itself when none opens there (or nothing is listed under the label)."""
    if n == 0 or n >= len(rows) or not P.PAGE_EMPTY_ATTACHMENTS.fullmatch(judged[rows[n]].text):
        return n
    k = n + 1
    while k < len(rows) and P.ATTACHMENT_ITEM.match(judged[rows[k]].text):
        k += 1
    return k if k > n + 1 else n


def _notice_contact(text: str) -> bool:
    """A contact line: ``label：value`` with a number or a mailbox in it."""
    return bool(P.PAGE_FOOTER_LABEL_LINE.match(text)) and ("@" in text or any(c.isdigit() for c in text))


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
    past = _contacts_past_cell(judged, end, footer)
    if past is not None:
        return past
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
    if kinds["link"] >= P.PAGE_LINK_COLUMN and not persons and _pager(judged[footer]):
        return k  # the side menu of a list's pages over their pager
    return min(_bodies_column(judged, end, footer), _headlines_column(judged, end, footer))


def _contacts_past_cell(judged: list[Judged], end: int, footer: int) -> int | None:
    """The first of the contact lines (``联系电话：0435-…``) that alone stand between the body
    ending at ``end`` and the footer at ``footer``, when the body's last line is prose that
    closes the layout cell holding the text with a bar after a space (``……平安。（某某） |``):
    the text's cell ended above them, so they are the site's, not a notice's own contact.
    None when there are none, or another line stands among them."""
    rows = [i for i in range(end, footer) if judged[i].text]
    above = line_above(judged, end)
    if not rows or above is None or not above.prose or not P.PAGE_CELL_CLOSED.search(above.text):
        return None
    return rows[0] if all(_notice_contact(judged[i].text) for i in rows) else None


def _headlines_column(judged: list[Judged], end: int, footer: int) -> int:
    """Where a block of other articles' headlines starts right above the footer at ``footer``:
    at least :data:`~docgen.cleaner.patterns.PAGE_HEADLINE_COLUMN` of them one under the other,
    no blank line among them, under a paragraph that ends a sentence (a related list whose head
    the paste lost) — else ``footer``."""
    k = footer
    while k > end and judged[k - 1].text and headline(judged[k - 1]) and not chars.ends_sentence(judged[k - 1].text):
        k -= 1
    above = line_above(judged, k)
    if footer - k < P.PAGE_HEADLINE_COLUMN or above is None or not above.prose or not chars.ends_sentence(above.text):
        return footer
    return k


def _pager(j: Judged) -> bool:
    """Is the line a pager's jump box (``跳转到：``, ``页码``)?"""
    return j.family is not None and j.family.name in P.PAGE_PAGER_FAMILIES


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
    above = line_above(judged, k)
    return above is not None and above.text[-1:] in marks


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
            or P.PAGE_FOOTER_FIELDS_LINE.match(text) or P.PAGE_FOOTER_EMPTY_FIELD.match(text)
            or P.PAGE_FOOTER_ADDRESS.fullmatch(fold(text))):
        return "contact"
    if (len(text) <= P.PAGE_LINK_ITEM_MAX and not any(c.isdigit() or c in P.PAGE_MARKS or c in P.PAGE_CLAUSE_END
                                                      or c in "：:（）()" for c in text)
            and not S.DATE.search(text)):
        return "body" if S.BODY_SUFFIX.search(text) else "link"
    return None


def tag_run(judged: list[Judged], i: int) -> bool:
    """Do the article's tags start at line ``i``: a run of at least
    :data:`~docgen.cleaner.patterns.PAGE_TAG_RUN` short lines without a mark, one after the
    other under the last line of prose, with a line of chrome right under them (``独立游戏`` /
    ``策略游戏`` / ``设计`` / ``收藏``)?  (The names under an attachment's title follow no prose.)"""
    before = line_above(judged, i)
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
