"""The body of a document: each line becomes one block.

Classification happens here and only here: salutation, standalone heading, paragraph with or
without a run-in lead (and enumeration spans inside it), article, closing, signature, note,
attachment note, distribution line, the title of a document printed after a notice's
signature, and the label and title of each attachment printed after the text
(:mod:`docgen.parser.attachments`).  Heading levels are assigned afterwards by :mod:`docgen.parser.levels`.
"""

from __future__ import annotations

from .. import chars
from ..model import (
    Article,
    AttachmentLabel,
    AttachmentNote,
    AttachmentTitle,
    Attendance,
    Block,
    Distribution,
    DocumentTitle,
    Heading,
    Lead,
    Note,
    Paragraph,
    Salutation,
    SignatureDate,
)
from ..shapes import Line
from ..shapes.chrome import unglossed
from ..shapes.titles import title_like
from . import patterns as P
from .attachments import attachment_start
from .ending import ending_kinds
from .items import settle_items
from .levels import Numbered, numbered
from .spans import Run, inline_spans
from .titles import complete, join_title


def parse_body(lines: tuple[Line, ...]) -> list[Block | Numbered]:
    texts = [part for line in lines if line.text for part in _split_run_in_article(line)]
    kinds = ending_kinds(texts)
    signature_dates = [i for i, kind in kinds.items() if kind is SignatureDate]
    families = _families_used(texts)
    articles = sum(1 for line in texts if P.ARTICLE.match(line.text))
    out: list[Block | Numbered] = []
    run = Run()
    index = 0
    while index < len(texts):
        line = texts[index]
        if index in kinds:
            out.append(kinds[index](line.text, line=line.number))
            index += 1
            continue
        attachment = attachment_start(texts, index, out, any(i > index for i in signature_dates))
        if attachment is not None:  # 附件2 / ……汇总表 — an attachment's label and title
            out.extend(attachment[0])
            run.reset()
            index = attachment[1]
            continue
        if out and isinstance(_last(out), (SignatureDate, Note)):
            joined = join_title(tuple(texts), index)
            if joined is not None and joined[1] < len(texts):
                out.append(DocumentTitle(joined[0], line=line.number))
                run.reset()
                index = joined[1]
                continue
        if articles >= P.CHAPTER_TITLE_MIN_ARTICLES and _chapter_title(texts, index, out, families):
            run.reset()
            _add_chapter_title(line, out)
        elif (_open_salutation(texts, index, out) or _bare_salutation(texts, index, out)
              or _colonless_addressees(texts, index, out) or _exclaimed_salutation(line.text, out)):
            out.append(Salutation(line.text, line=line.number))
        else:
            line = _run_in_salutation(line, out)
            out.append(_classify(line, out, run, families))
        index += 1
    return settle_items(out)


def _split_run_in_article(line: Line) -> tuple[Line, ...]:
    """``第一章　总则　　第一条　为规范……`` → the chapter's heading and its first article, each a
    line of its own (both keep the source line's number)."""
    m = P.CHAPTER_WITH_ARTICLE.match(line.text)
    if m is None:
        return (line,)
    heading, article = (m.group("heading"), m.group("article")) if m.group("heading") else (
        m.group("heading2"), m.group("article2"))
    return Line(line.number, heading.strip()), Line(line.number, article.strip())


def _families_used(texts: list[Line]) -> frozenset[str]:
    found = (P.match_number(line.text) for line in texts)
    used = {f.name for f, _ in filter(None, found)}
    if P.padded_numbering(line.text for line in texts):
        used.add(P.PADDED.name)
    return frozenset(used)


def _number(text: str, families: frozenset[str]) -> tuple[P.Family, str] | None:
    """The numbering family and number ``text`` starts with, counting a family that needs
    another one (``1 总则`` needs ``1.1``) only when the text uses that other one, and
    two-digit numbers run on to a heading (``01综合``) only in a text numbered so from ``01``."""
    found = P.match_number(text)
    if found is None and P.PADDED.name in families and (m := P.PADDED.pattern.match(text)):
        return P.PADDED, m.group("number")
    if found is None or (found[0].requires and found[0].requires not in families):
        return None
    return found


def _chapter_title(texts: list[Line], index: int, out: list[Block | Numbered],
                   families: frozenset[str]) -> bool:
    """Is line ``index`` a chapter heading without a number (``总　则``) in a text of articles:
    short, without punctuation, right after a 第X章 line without a title of its own or right
    before an article or a 第X节?"""
    text = P.compact(texts[index].text)
    if (len(text) > P.CHAPTER_TITLE_MAX_CHARS or any(c in chars.PUNCTUATION for c in text)
            or P.DATE.fullmatch(text) or _number(text, families) or P.ARTICLE.match(text)
            or P.BODY_SUFFIX.search(text) or P.TITLE_ABOUT.match(text)
            or (complete(text) and len(text) > P.CHAPTER_TITLE_GENRE_MAX_CHARS)):
        return False  # a body (signature, 人民政府令) or a document's title, not a chapter
    if _bare_chapter(out):
        return True
    following = texts[index + 1].text if index + 1 < len(texts) else ""
    found = _number(following, families)
    return bool(P.ARTICLE.match(following) or (found and found[0].name == SECTION_FAMILY))


#: The families of 第X章 and 第X节 (see :data:`~docgen.parser.patterns.FAMILIES`): a chapter
#: title without a number takes the level of the chapters.
CHAPTER_FAMILY = "di-chapter"
SECTION_FAMILY = "di-section"


def _bare_chapter(out: list[Block | Numbered]) -> bool:
    """Is the last block a 第X章 heading with no title after its number?"""
    item = out[-1] if out else None
    return (isinstance(item, Numbered) and isinstance(item.block, Heading)
            and item.family == CHAPTER_FAMILY and item.block.text == item.block.number)


def _add_chapter_title(line: Line, out: list[Block | Numbered]) -> None:
    """``第一章`` + ``总　则`` → one heading ``第一章　总　则``; alone, ``总　则`` is a heading of the
    chapters' level (its family)."""
    if _bare_chapter(out):
        chapter = numbered(out.pop()).block
        assert isinstance(chapter, Heading)
        heading = Heading(f"{chapter.text}\u3000{line.text}", number=chapter.number, line=chapter.line)
    else:
        heading = Heading(line.text, number=None, line=line.number)
    out.append(Numbered(heading, CHAPTER_FAMILY))


def _last(out: list[Block | Numbered]) -> Block:
    item = out[-1]
    return item.block if isinstance(item, Numbered) else item


def _classify(line: Line, out: list[Block | Numbered], run: Run,
              families: frozenset[str]) -> Block | Numbered:
    text = line.text
    if _is_salutation(text, out):  # without a converter's mark for a character it lost before it
        return Salutation(text.lstrip(P.LOST_CHARACTER_MARKS), line=line.number)
    if (P.ATTACHMENT.match(text) or P.ATTACHMENT_LABEL.match(text)
            or (out and isinstance(_last(out), AttachmentNote)
                and (_number(text, families) or P.ATTACHMENT_ITEM.match(text)
                     or (P.ATTACHMENT_LABEL.match(_last(out).text) and title_like(text))))):
        return AttachmentNote(text, line=line.number)  # 附件：1. …… and its further names
    if P.DISTRIBUTION.match(text):
        return Distribution(text, line=line.number)
    attendance = P.ATTENDANCE.match(text)
    if attendance:  # 出席：…… of minutes (GB/T 9704 §10.3)
        return Attendance(attendance.group("names").strip(), label=P.compact(attendance.group("label")),
                          line=line.number)
    article = P.ARTICLE.match(text)
    if article:
        run.reset()
        rest = article.group("text")
        return Article(rest, number=article.group("number"), spans=inline_spans(rest, run),
                       line=line.number)
    return _numbered_or_paragraph(line, run, families)


def _is_salutation(text: str, out: list[Block | Numbered]) -> bool:
    """称呼 / 主送: before any paragraph, heading or article of the (current) document — short
    lines that end no sentence may stand before it (what is left of a header: ``（内部公开版）``,
    ``（某政办〔2022〕6号）``, ``（根据录音整理）``), and so may the first lines of a salutation set
    over several (``尊敬的某某总统，`` / ``女士们，先生们，朋友们：``), and a label alone over one that
    opens with a form of address (``内容导航：`` over ``各位……：``, its value not copied).  A page's
    lead into a sample of a kind it names (``小学倡议书如下：``, see SAMPLE_LEAD) starts a document:
    a form of address under it is the sample's salutation, whatever paragraphs stand above.  The marks
    may be the small forms some pages set (``﹑``, ``﹐``, ``﹕``)."""
    for item in reversed(out):
        block = item.block if isinstance(item, Numbered) else item
        if isinstance(block, (DocumentTitle, AttachmentLabel, AttachmentTitle)):
            break
        if isinstance(block, Paragraph) and P.SAMPLE_LEAD.match(block.text) and P.SALUTATION.match(text):
            break  # ``小学倡议书如下：`` — a page's lead into a sample: the sample starts under it
        if isinstance(block, Salutation) and (block.text.endswith(P.OPEN_SALUTATION_ENDS)
                                               or P.SPEAKER_CUE.match(block.text)):
            continue  # a salutation set over several lines, or over several voices' lines
        if isinstance(block, Paragraph) and not isinstance(item, Numbered) and (
                _header_leftover(block.text) or (P.LABEL_BEFORE_SALUTATION.match(block.text) and P.SALUTATION.match(text))):
            continue
        if isinstance(item, Numbered) or isinstance(block, (Paragraph, Article, Heading, Salutation)):
            return False
    text = unglossed(text).translate(chars.SMALL_FORMS)  # 各鎮(zhèn)鄉(xiāng)： — a converter's pinyin is no part of the names
    text = text.lstrip(P.LOST_CHARACTER_MARKS)  # ``？各縣……：``: a converter's mark for a character it lost
    if not _list_of_addressees(text) or P.ARTICLE.match(text):
        return False
    if P.SALUTATION.match(text) or P.ADDRESSED_TO.match(text) or P.greeted_address(text) or _to_address(text):
        return True
    return (text[-1:] in ("：", ":") and len(text) <= P.ADDRESSEE_MAX_CHARS
            and not any(c in text for c in "。！？!?；;《")
            and bool(P.ADDRESSEE_WORDS.search(text) or _bodies_addressed(text[:-1]))
            and not P.LEADS_INTO.search(text)
            and P.match_number(text) is None)


def _to_address(text: str) -> bool:
    """Is ``text`` a letter's salutation opened by 致 before a form of address (``致全体女神：``,
    ``致亲爱的家长朋友们：``)?  致 says whom the letter is for, and the form of address after it
    makes the rest a salutation whatever the names (not only words for people addressed)."""
    return text.startswith("致") and bool(P.SALUTATION.match(text[1:]))


def _bodies_addressed(names: str) -> bool:
    """Is ``names`` a list of bodies, each named whole (``某某县委组织部``, ``机关党工委、各党总支``):
    a 主送 line of bodies whatever their kind.  A field's label (``主办单位``, ``会议地点``) ends
    in no body's name, and a name of two characters (``本部``) is a word, not a body."""
    parts = [part.strip() for part in P.ADDRESSEE_PARTS.split(names)]
    return all(len(part) >= P.ADDRESSED_BODY_MIN_CHARS and P.ADDRESSED_BODY_END.search(part) for part in parts)


def _header_leftover(text: str) -> bool:
    """A short line that ends no sentence and has none in it: a header's line the header did not
    take (a note in brackets, a speaker, a repeated title, a page's headline closed by ``！``:
    ``某某公司春节放假通知！``), never a paragraph of the text."""
    if text.endswith(("！", "!")):  # a headline's exclamation: one phrase, no clause before it
        text = text[:-1] if not any(c in text[:-1] for c in "，,") else text
    return (len(text) <= P.HEADER_LEFTOVER_MAX_CHARS and not any(c in text for c in "。！？!?；;")
            and not text.endswith(("：", ":")))


def _open_salutation(texts: list[Line], index: int, out: list[Block | Numbered]) -> bool:
    """Is line ``index`` the first part of a salutation set over lines, each a list of people
    addressed ending in a comma (``尊敬的某某总统，`` / ``尊敬的各国同事，`` / ``女士们，先生们，朋友们：``),
    where the last line is a salutation?  A line of a form of address and names alone
    (``尊敬的各位领导，``) is one whatever follows it."""
    first = texts[index].text
    if P.open_salutation(first) and _is_salutation(first[:-1] + "：", out):
        return True
    j = index
    while j < len(texts) and texts[j].text.endswith(P.OPEN_SALUTATION_ENDS):
        if not (P.addressed(texts[j].text[:-1]) and _is_salutation(texts[j].text[:-1] + "：", out)):
            return False
        j += 1
    if j == index or j >= len(texts):
        return False
    last = texts[j].text
    run_in = P.SALUTATION_RUN_IN.match(last)
    return bool(P.SALUTATION.match(last) or (run_in and P.addressed(run_in["address"][:-1])))


def _bare_salutation(texts: list[Line], index: int, out: list[Block | Numbered]) -> bool:
    """Is line ``index`` a salutation without its colon (``各位老师，同学``), right over the
    speech's greeting (``下午好``) — each perhaps opened by a script's speaker's cue (``合：``),
    the form of address perhaps set over several voices' lines (see
    :func:`~docgen.parser.patterns.address_over_greeting`)?"""
    text = P.bare_address(texts[index].text)
    return (text is not None and _is_salutation(text + "：", out)
            and P.address_over_greeting([line.text for line in texts[index:index + P.VOICED_ADDRESS_MAX_LINES]], 0))


def _exclaimed_salutation(text: str, out: list[Block | Numbered]) -> bool:
    """Is ``text`` a salutation said aloud, closed by ！ instead of a colon (``尊敬的各位来宾！``,
    ``尊敬的来宾，家长们！``), perhaps opened by a script's speaker's cue (``主持人1：``) — in a
    salutation's place, before the text's first paragraph?  A greeting (``各位晚上好！``) names
    no one: it is the speech's first words."""
    uncued = P.uncued(text)
    return P.exclaimed_address(uncued) and not P.GREETING.match(uncued) and _is_salutation(uncued.rstrip("！!") + "：", out)


def _colonless_addressees(texts: list[Line], index: int, out: list[Block | Numbered]) -> bool:
    """Is line ``index`` a notice's 主送 line that lost its colon (``各乡镇（街道）、县直有关单位``):
    a list of bodies opened by 各, in the place of a salutation, right over a paragraph of prose?
    A heading of the text (``各部门职责``) names no list of bodies, and one over a further short
    line is left as it is."""
    text = texts[index].text
    m = P.COLONLESS_ADDRESSEES.match(text)
    if m is None or not P.COLONLESS_ADDRESSEES_LAST.search(P.BRACKETED_NOTE.sub("", text)):
        return False
    following = next((line.text for line in texts[index + 1:] if line.text), "")
    prose = "。" in following or len(following) >= P.COLONLESS_ADDRESSEES_PROSE_CHARS
    return prose and P.match_number(following) is None and _is_salutation(text + "：", out)


def _run_in_salutation(line: Line, out: list[Block | Numbered]) -> Line:
    """A salutation with the speech's first words run on after its colon (``同志们：大家好！``,
    one name in the plural ``全体村民们：新春……``), or a letter's to the body it is sent to (``某某联合会：欣闻……``, an organisation's name): the
    salutation is added to ``out`` as a block of its own, and the rest of the line returned;
    any other line is returned as it is.  The names are read through a converter's pinyin glosses
    (``全體運(yùn)動(dòng)員、同學(xué)們：大家好！``): the salutation is printed as the line has it."""
    text = unglossed(line.text)
    m = (P.SALUTATION_RUN_IN.match(text) or P.LISTED_RUN_IN.match(text) or P.PLURAL_RUN_IN.match(text)
         or P.BROAD_RUN_IN.match(text))
    if m is None or not P.addressed(m["address"][:-1]):
        m = P.ORGANISATION_RUN_IN.match(text)
    if m is None or not _is_salutation(m["address"], out):
        return line
    if text != line.text:  # the address has no colon but its last: cut the line there
        end = min(at for at in (line.text.find("："), line.text.find(":")) if at >= 0) + 1
        address, rest = line.text[:end], line.text[end:].lstrip()
    else:
        address, rest = m["address"], m["rest"]
    out.append(Salutation(address, line=line.number))
    return Line(line.number, rest)


def _list_of_addressees(text: str) -> bool:
    """A salutation is a list of short names (``各位领导、同志们：``), not a sentence ending in a
    colon (``按照……的要求，……特制定如下实施方案：``).  The 的 of a form of address (``尊敬的``,
    ``亲爱的``) is no sign of a sentence: a long list of them is still a salutation, and so is one
    whose every name with a 的 in it ends in a word for people addressed (``……，全区的父老乡亲们：``,
    ``各镇（街道）、市直各单位、住某市的政协委员：``)."""
    names = text.rstrip("：:")
    parts = P.ADDRESSEE_SEPARATORS.split(names)
    return all(len(part) <= P.ADDRESSEE_PART_MAX_CHARS for part in parts) and (
        "的" not in P.FORMS_OF_ADDRESS.sub("", text) or len(text) <= P.ADDRESSEE_PART_MAX_CHARS
        or all(P.addressed(part) for part in parts if "的" in P.FORMS_OF_ADDRESS.sub("", part)))


def _numbered_or_paragraph(line: Line, run: Run, families: frozenset[str]) -> Block | Numbered:
    text = line.text
    found = _number(text, families)
    if found is None:
        return Paragraph(text, spans=inline_spans(text, run), line=line.number)
    family, number = found
    start = family.pattern.match(text)
    assert start is not None, "the family was found by this pattern"
    body_start = start.end()
    if family.kind == "heading" and P.SPEAKER_TAG.match(text, body_start):
        return _item(line, family, number, run)  # （2）主持人：…… — a script's part, said by its speaker
    if family.kind == "heading" and P.PROVISION_OPENER.match(text, body_start):
        return _item(line, family, number, run)  # 一、同意……。 — a provision of a 批复
    if family.kind == "heading" and P.SCHEDULE_ENTRY.match(text, body_start):
        return _item(line, family, number, run)  # 一、上午10:00-11:00，开幕式 — a timetable's entry
    end = P.clause_end(text, body_start)
    if family.name == P.PADDED.name:  # its pattern takes only a part's title line: all of it
        run.reset()
        return Numbered(Heading(text, number=number, line=line.number), family.name)
    if end is not None and family.kind == "heading" and P.NOTE_AFTER_SENTENCE.fullmatch(text, end):
        return _item(line, family, number, run)  # 2、某某人群。（第一针后3~8周内） — a sentence and its note
    if end is None or end >= len(text) or _titled_heading(text, end):
        return _single_clause(line, family, number, body_start, run, families)
    if family.kind == "heading" and _runs_into_sibling(text, family, number):
        return _item(line, family, number, run)  # （一）时间：……；（二）…… — a list run together on one line
    lead_text = text[:end]
    if family.kind == "heading" and not _lead_like(lead_text, body_start):
        return _item(line, family, number, run)
    rest = text[end:]
    if family.kind == "enumeration":
        run.reset()
        run.start(number)
        return Paragraph(rest, lead=Lead("enumeration", lead_text, number),
                         spans=inline_spans(rest, run), line=line.number)
    run.reset()
    paragraph = Paragraph(rest, lead=Lead("heading", lead_text, number),
                          spans=inline_spans(rest, run), line=line.number)
    return Numbered(paragraph, family.name)


def _runs_into_sibling(text: str, family: P.Family, number: str) -> bool:
    """Does the numbered line, number one of its family, run on past a clause of its own into
    number two (``（一）封闭时间：某日至某日；（二）封闭期间，……``), right after a clause's end?
    The series starts run together on one line, as a page may print a list: its items do not
    stand each at the start of a line of its own, so the first is no heading.  (A later number
    run on after its sibling's text, ``（二）……。（三）……`` under ``（一）`` on a line of its own, is
    a copy that lost a line break: the series is read by its first.)"""
    if P.number_value(number) != 1:
        return False  # a later number on a line of its own: the series' lines are its items' own
    for mark in P.SIBLING_AFTER.finditer(text, 0):
        found = P.match_number(text[mark.end():])
        if found is not None and found[0].name == family.name and P.number_value(found[1]) == 2:
            return True
    return False


def _titled_heading(text: str, end: int) -> bool:
    """A heading line whose title has a colon in it (``一、新价值形态：追求人民至上``): short,
    the colon its only clause mark, no sentence after it.  A field's label with its value after
    the colon (``一、活动时间：某月某日至某月某日``; read through a converter's pinyin glosses,
    ``一、管制時（shí）間：……``) is no title: a run-in lead up to the colon, and
    neither is a label over an address or a number (``（三）邮箱：someone@example.cn``), nor a
    label whose value a copy cut off with an ellipsis (``2、某某奖：表彰在某某方面……``): a title
    is whole."""
    return (text[end - 1] in "：:" and len(text) <= P.HEADING_MAX_CHARS and P.clause_end(text, end) is None
            and text[-1] not in "，,、…" and not P.FIELD_LABEL.search(unglossed(text[:end]))
            and not P.CODE_VALUE.match(text, end))


def _single_clause(line: Line, family: P.Family, number: str, body_start: int,
                   run: Run, families: frozenset[str]) -> Block | Numbered:
    """A numbered line that is one clause: a standalone heading, or a numbered list item."""
    text = line.text
    content = text[body_start:]
    if family.kind == "enumeration" and content[:1] in P.OPENER_COMMAS and (
            chars.ends_sentence(text) or text[-1] in "：:"):
        return _item(line, family, number, run)  # 最后，与会人员合影留念。/ 最后，我提议： — a sentence
    if family.kind == "enumeration" and chars.ends_sentence(text) and families & P.STANDARD_HEADING_FAMILIES:
        return _item(line, family, number, run)  # 一是……。 under 一、/（一） headings: an enumeration
    if chars.ends_sentence(text) or text[-1] in "；;，,":
        heading = (text[-1] not in "；;，," and len(content) <= P.SENTENCE_HEADING_MAX_CHARS
                   and P.commas(content) <= P.SENTENCE_HEADING_MAX_COMMAS)
    else:  # a running sentence leading into a list with a colon is no heading
        heading = len(text) <= P.HEADING_MAX_CHARS and not (
            text[-1] in "：:" and P.commas(content) > P.COLON_HEADING_MAX_COMMAS)
    if not heading:
        return _item(line, family, number, run)
    run.reset()
    if family.kind == "enumeration":
        run.start(number)
    return Numbered(Heading(text, number=number, line=line.number), family.name)


def _item(line: Line, family: P.Family, number: str, run: Run) -> Block | Numbered:
    """A numbered sentence that is no heading: a paragraph keeping its number in its text.  Its
    number still takes part in the numbering checks."""
    paragraph = Paragraph(line.text, spans=inline_spans(line.text, run), line=line.number)
    if family.kind == "enumeration":
        return paragraph
    return Numbered(paragraph, family.name, item=True)


def _lead_like(lead: str, body_start: int) -> bool:
    """Is a first clause short enough to be a run-in heading?  Measured with its number,
    without its quotation marks, the mark that ends it and a converter's pinyin glosses
    (``從現（xiàn）在做起``)."""
    content = lead[body_start:]
    if content.endswith(("；", ";")):
        return len(content) <= P.SEMICOLON_LEAD_MAX_CHARS and P.commas(content) == 0
    counted = P.LEAD_NOTE.sub("", lead[:-1] if lead[-1] in chars.CLAUSE_END else lead)
    size = len(P.LEAD_UNCOUNTED.sub("", unglossed(counted)))  # a converter's pinyin glosses are no part of it
    return size <= P.LEAD_MAX_CHARS and P.commas(content) <= P.LEAD_MAX_COMMAS
