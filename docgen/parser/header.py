"""The header of a document: title, subtitle, date/occasion line, speaker, issuer and number.

The header is the run of short lines before the body starts.  Web-page furniture the cleaner
left (breadcrumbs, index fields, download links) is skipped there and reported.  A document
that starts with its salutation or its first paragraph has no header, and no title is
invented for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from .. import chars
from .. import diagnostics as C
from ..diagnostics import Code
from ..model import Diagnostic, Meta
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import family_of, fold, unglossed
from ..shapes.meta import HEADLINE_DATELINE, NEWS_WIRE_LEAD, label_value_like
from ..shapes.titles import header_line_like, headline_end, site_name, title_like
from . import patterns as P
from .masthead import masthead_line
from .titlechoice import (
    TitleChoice,
    choose_title,
    greeted_salutation,
    headline_under_text,
    joint_line,
    kicker_over_listed_headline,
    letter_title_below,
    next_line,
    occasion_kicker,
    page_title,
    salutation_over_greeting,
    stated_title,
    stopped_headline,
    teaser_over_title,
    title_source,
    without_injected_brand,
    without_injected_lead,
    without_topic_tag,
)
from .titles import (
    complete,
    glossed_number,
    group_label,
    held_in_headline,
    join_title,
    listed_under_badge,
    no_headline,
    owner_above,
    place_swapped_in_headline,
    plausible,
    removed_between,
    removed_family,
    renamed_in_headline,
    restated_in_headline,
    signed_in_headline,
    split_number,
    starts_title,
    unspaced,
    with_issuer,
    with_place,
    with_short_issuer,
)


@dataclass(frozen=True, slots=True)
class Header:
    meta: Meta
    consumed: int  # number of lines (from the top) that belong to the header
    diagnostics: tuple[Diagnostic, ...] = ()
    start: int = 0  # lines above it (another text's tail over a Markdown title) stay the body's
    kept: tuple[int, int] = (0, 0)  # lines inside it that stay the body's, ahead of it (a memo's fields)
    below: bool = False  # the title stands under the text, which is the body (no other text's tail)


@dataclass
class _State:
    found: dict[str, str] = field(default_factory=dict)
    notes: list[Diagnostic] = field(default_factory=list)
    fallback_title: str | None = None
    after_label: bool = False  # the previous line was an index label with its value below
    web: bool = False  # the title is a headline the chooser found (a news page, a post)
    speech: bool = False  # … and the body under it starts with a salutation
    memo: bool = False  # a memo's serial number was read: its fields (to, from, date) follow
    kept: tuple[int, int] = (0, 0)  # the lines of a memo's fields, kept as the body's first lines
    removed: Mapping[int, str] = field(default_factory=dict)  # the lines cleaning took out, by number
    headline: str = ""  # the chosen title's line as printed, before page_title took its marks off

    def note(self, code: Code, line: Line, message: str | None = None) -> None:
        kind = code.name.removeprefix("header-")
        self.notes.append(code(message or f"{kind} line", line.number, line.text))

    def set(self, key: str, value: str | None) -> None:
        if value and key == "document_number":
            value = document_number(value)  # as printed: a converter's pinyin glosses stay, as in the title
        if value and key == "signer" and key in self.found:  # joint 上行文: one signer a line
            self.found[key] = f"{self.found[key]}、{value}"
        elif value and key not in self.found:
            self.found[key] = value


def document_number(text: str) -> str:
    """A 发文字号 in the form of GB/T 9704 §7.2.5: the year in 〔〕, no spaces
    (``瑞政办(2011) 129号`` → ``瑞政办〔2011〕129号``)."""
    return P.NUMBER_YEAR.sub(lambda m: f"〔{m.group('year')}〕", P.compact(text))


def parse_header(lines: tuple[Line, ...], meta: Meta, removed: Mapping[int, str] = MappingProxyType({})) -> Header:
    """Read the header from the top of ``lines``; ``meta`` holds what the reader/cleaner knew.
    Its title (a page's title as the reader found it) is a hint: the title is a line of the
    text, or there is none.  ``removed`` are the lines cleaning took out, by their source numbers."""
    state = _State(removed=removed)
    i = _walk(lines, 0, state)
    if "title" not in state.found and not state.fallback_title and state.found.get("format") not in P.UNTITLED_FORMATS:
        choice = choose_title(lines, i, meta.title, removed)
        if choice is not None:
            _take(lines, i, choice, state)
            after = choice.end or choice.index + 1
            state.speech = _salutation_opens(lines, after)
            i = _walk(lines, after, state)
    if "title" not in state.found and state.fallback_title:
        state.found["title"] = state.fallback_title
    if "title" not in state.found:
        i = _untitled_speech_head(lines, i, state)
    untitled = replace(meta, title=None)
    if "title" not in state.found and not state.fallback_title and state.found.get("format") not in P.UNTITLED_FORMATS:
        below = _markdown_title_below(lines, meta) or _headline_under_text(lines, meta)
        if below is not None:
            return below
        _stated_title(removed, state)
    if "title" in state.found and len(state.found) == 1 and not any(line.text for line in lines[i:]):
        return Header(untitled, 0)  # a lone short line with nothing after it is the whole text
    if not state.found and not any(d.code == C.HEADER_FURNITURE.name for d in state.notes):
        return Header(untitled, 0)
    if "title" in state.found:
        state.set("source", title_source(state.found["title"]))
        state.found["title"] = _unsubtitled(_undated(unspaced(page_title(state.found["title"])), state), state)
        state.found["title"] = without_injected_brand(without_topic_tag(state.found["title"], lines, i), lines, i)
        state.found["title"] = without_injected_lead(state.found["title"], lines, i)
        if family_of(state.found["title"], ("line",)) is not None:
            del state.found["title"]  # the page's tools with its byline run on: nothing of a title is left
    merged = replace(untitled, **{k: v for k, v in state.found.items()
                                  if getattr(untitled, k) is None or k == "title"})
    return Header(merged, i, tuple(state.notes), kept=state.kept)


def _stated_title(removed: Mapping[int, str], state: _State) -> None:
    """The title a page states in a labelled line of its own (``本文标题：……`` in its footer,
    see :func:`~docgen.parser.titlechoice.stated_title`), when no line above the text is one:
    cleaning took that line out with the page's footer, but what it names is the article's title."""
    stated = stated_title(removed)
    if stated is None:
        return
    number, title = stated
    state.found["title"] = title
    state.notes.append(C.HEADER_TITLE("title (stated by a line of the page that cleaning took out)", number, removed[number]))


def _untitled_speech_head(lines: tuple[Line, ...], i: int, state: _State) -> int:
    """A speech copied without its title starts with its date line and its speaker
    (``（2014年12月21日）`` over ``某某协会党组书记 张三``) right above the salutation: they are the
    header's date and speaker.  Anything else above the salutation, or no salutation, and the
    lines stay the body's."""
    taken: list[tuple[str, Line]] = []
    j = i
    while j < len(lines) and len(taken) < 2:
        line = lines[j]
        text = line.text.strip()
        if not text:
            j += 1
            continue
        if P.DATE_LINE.match(text) and not any(kind == "date" for kind, _ in taken):
            taken.append(("date", line))
        elif ((P.speaker_line(text) or P.marked_speaker_line(text) or P.POST_LINE.match(text))
              and not any(kind == "speaker" for kind, _ in taken)):
            taken.append(("speaker", line))
        else:
            break
        j += 1
    following = next((line.text.strip() for line in lines[j:] if line.text.strip()), "")
    if not taken or not (P.SALUTATION.match(following) or P.SALUTATION_RUN_IN.match(following)):
        return i
    for kind, line in taken:
        if kind == "date":
            m = P.DATE_LINE.match(line.text.strip())
            _date_line(m.group("inner") if m else line.text.strip(), state)
        else:
            state.set("speaker", _speaker_text(line.text.strip(), state))
        state.note(C.HEADER_KINDS[kind], line)
    return j


def _undated(title: str, state: _State) -> str:
    """The title without the date run in before a speech's occasion (``1951年11月1日在……上致闭幕词``),
    which becomes the date when the header has none."""
    dated = P.DATED_OCCASION_TITLE.match(title)
    if dated is None:
        return title
    state.set("date", P.WHITESPACE_RUN.sub("", dated.group("date")))
    return dated.group("title")


def _unsubtitled(title: str, state: _State) -> str:
    """The title without the subtitle run in after a dash, once the page's byline and date run
    on after it are gone (``百尺竿头——写在……之际 发布时间:……``): the subtitle becomes the
    header's when it has none; an alumnus's class and name run in so (``……——85届某某班张三``)
    become the speaker's."""
    byline = P.FUSED_COHORT_BYLINE.match(title)
    if byline is not None and "speaker" not in state.found and title_like(byline.group("title").strip()):
        state.set("speaker", byline.group("speaker").strip())
        return byline.group("title").strip()
    fused = P.FUSED_SUBTITLE.match(title)
    if fused is None or "subtitle" in state.found or not title_like(fused.group("title").strip()):
        return title
    state.set("subtitle", fused.group("subtitle").strip())
    return fused.group("title").strip()


def _markdown_title_below(lines: tuple[Line, ...], meta: Meta) -> Header | None:
    """The title line of Markdown (``# ……``) that stands a few lines down in a text that starts
    with prose (the tail of another text before it, in a chunk of a converted file): the
    header is that line alone — the prose above it is kept as the body's, ahead of the text
    under the title, and nothing under it is taken for the header's.  Only the text's one
    heading of the first level, not numbered, is its title so."""
    k = next((k for k in range(min(len(lines), P.TITLE_CANDIDATE_LINES)) if P.MARKDOWN_TITLE.match(lines[k].text)), 0)
    title = page_title(lines[k].text) if k else ""
    if (not title or not title_like(title) or len(P.compact(title)) < P.TITLE_CANDIDATE_MIN_CHARS
            or P.match_number(title) or sum(1 for line in lines if P.MARKDOWN_TITLE.match(line.text)) > 1):
        return None  # a numbered heading, or one of the text's parts: no title of the whole
    note = C.HEADER_TITLE("title line (a Markdown title under the lines of another text)", lines[k].number, lines[k].text)
    return Header(replace(meta, title=title), k + 1, (note,), k)


def _headline_under_text(lines: tuple[Line, ...], meta: Meta) -> Header | None:
    """A news item's headline that the page's text prints under the item (see
    :func:`~docgen.parser.titlechoice.headline_under_text`): the header is that line alone, the
    text above it the body."""
    k = headline_under_text(lines)
    if k is None:
        return None
    note = C.HEADER_TITLE("title line (a headline printed under its text)", lines[k].number, lines[k].text)
    return Header(replace(meta, title=page_title(lines[k].text)), k + 1, (note,), k, below=True)


def _walk(lines: tuple[Line, ...], i: int, state: _State) -> int:
    """Read header lines from ``i`` on; the index where the body starts."""
    while i < min(len(lines), P.HEADER_MAX_LINES):
        if not lines[i].text:
            i += 1
            continue
        step = _before_title(lines, i, state) if "title" not in state.found else _after_title(lines, i, state)
        if step is None:
            break
        i = step
    return i


def _take(lines: tuple[Line, ...], start: int, choice: TitleChoice, state: _State) -> None:
    """Take the title the chooser found; the lines above it are page furniture (column labels,
    lines of the site)."""
    for k in range(start, choice.index):
        if lines[k].text:
            what = "column label above the title" if k in choice.skipped else "line above the title"
            state.note(C.HEADER_FURNITURE, lines[k], what)
    state.found["title"] = choice.title
    state.headline = lines[choice.index].text
    state.web = True
    state.note(C.HEADER_TITLE, lines[choice.index], f"title line ({choice.sureness}: {choice.why})")


def _before_title(lines: tuple[Line, ...], i: int, state: _State) -> int | None:
    """Handle line ``i`` while no title has been found; the next index, or None: body starts."""
    line = lines[i]
    text = line.text
    masthead = masthead_line(lines, i, lambda key: key in state.found)
    if masthead is not None:
        for key, value in masthead.fields:
            state.set(key, value)
        for used, kind in zip(lines[i:masthead.end], masthead.kinds):
            state.note(C.HEADER_KINDS[kind], used)
        return masthead.end
    if state.found.get("format") == "纪要" and S.OFFICE_AND_DATE.match(text):
        return None  # the office and date under the mark of minutes: a line of the text
    field = P.NUMBER_FIELD.match(text)
    if field:  # a record's field (``发布文号：……``) above the text: its number, no title
        state.set("document_number", field.group("value"))
        state.note(C.HEADER_DOCUMENT_NUMBER, line, "document number under a record's label")
        return i + 1
    crumb = _title_in_location_list(lines, i, state)
    if crumb is not None:
        state.found["title"] = crumb
        state.note(C.HEADER_TITLE, line, "title line (the last step of the page's location list; the page prints no headline)")
        return i + 1
    if _furniture(line, state):
        return i + 1
    if P.LATIN_CODE.match(text):
        state.note(C.HEADER_FURNITURE, line, "registration or index number above the title")
        return i + 1
    if P.LATIN_DATE.match(text):
        state.note(C.HEADER_FURNITURE, line, "date in Latin letters above the title")
        return i + 1
    intro = P.NEWS_DATELINE_INTRO.match(text)
    dateline = P.NEWS_DATELINE.match(text) or (intro if intro and _title_under_intro(lines, i + 1) else None)
    if dateline:
        state.set("source", dateline.group("source"))
        state.note(C.HEADER_FURNITURE, line, "news dateline above the title")
        return i + 1
    if P.CONTACT_LINE.match(text) and _title_after_contacts(lines, i):
        state.note(C.HEADER_FURNITURE, line, "contact line above the title")
        return i + 1
    if P.MEMO_NUMBER.match(text.strip()) and "document_number" not in state.found:
        state.set("document_number", text.strip())
        state.memo = True
        state.note(C.HEADER_DOCUMENT_NUMBER, line, "memo's serial number above its fields")
        return i + 1
    if state.memo and P.MEMO_FIELD.match(text.strip()):  # the memo's own lines: kept, its subject below
        state.kept = (state.kept[0] or i, i + 1)
        return i + 1
    number = glossed_number(text)  # also with a converter's pinyin glosses (``……發(fā)〔2003〕61號(hào)``)
    if number and P.CITING_SENTENCE.search(number[1]):
        number = None  # ``根据某发〔2016〕9号文件《……》要求，……``: the text's first sentence, citing it
    if number and not number[1]:
        state.set("document_number", number[0])
        state.note(C.HEADER_DOCUMENT_NUMBER, line)
        return i + 1
    if number:  # a page heading: ``鲁政发〔2014〕20号《……意见》`` — the real title follows
        state.set("document_number", number[0])
        state.fallback_title = state.fallback_title or _named_after_number(number[1])
        state.note(C.HEADER_FURNITURE, line, "page heading with the document number")
        return i + 1
    if P.CUT_DOCUMENT_NUMBER.fullmatch(text.strip()) and "document_number" not in state.found:
        state.set("document_number", text.strip())  # as the copy has it: the cut-off digits are not guessed
        state.note(C.HEADER_DOCUMENT_NUMBER, line, "document number cut short in the copy")
        return i + 1
    if P.MOMENT_KICKER.fullmatch(text.strip()) and _headline_below(lines, i):
        state.note(C.HEADER_FURNITURE, line, "kicker above the headline (写在……之际)")
        return i + 1
    if "speaker" not in state.found and _speaker_over_body(lines, i):
        state.set("speaker", _speaker_text(text.strip(), state))  # a post and a name: never the title
        state.note(C.HEADER_SPEAKER, line, "speaker line above the text (a post and a name)")
        return i + 1
    if _issuer_line_apart(lines, i):
        state.set("issuer", text)
        state.note(C.HEADER_ISSUER, line, "issuing body's line set apart above the title")
        return i + 1
    if _banner_of_another_body(lines, i):
        state.note(C.HEADER_FURNITURE, line, "a body's name over the title that does not sign the document (the site's banner)")
        return i + 1
    return _title(lines, i, state)


def _title_in_location_list(lines: tuple[Line, ...], i: int, state: _State) -> str | None:
    """The whole official title (``关于……的通知``) that line ``i`` holds after a bullet
    (``• 关于……的通知``) when it is the last step of the page's location list — a breadcrumb
    (``当前位置：首页 >``) cleaning took out above it — and the body starts under it (a
    salutation, or a line that is no title): a page that prints no headline of its own names the
    document there alone.  None otherwise: a bulleted line is the page's furniture."""
    step = P.BULLETED_STEP.match(lines[i].text)
    if step is None:
        return None
    title, flat = step.group("text"), P.compact(step.group("text"))
    if not (P.FORMAL_ABOUT.match(flat) or (P.TITLE_ABOUT.match(flat) and complete(flat))):
        return None
    top = lines[i].number
    if not any((family := removed_family(text)) is not None and family.name == P.LOCATION_FAMILY
               for text in removed_between(state.removed, 0, top)):
        return None
    following = next((line.text for line in lines[i + 1:] if line.text), "")
    return title if following and (P.SALUTATION.match(following) or not title_like(following)) else None


def _named_after_number(rest: str) -> str:
    """The document's name that a page heading prints after its number, without the marks
    around it: the title marks (``鲁政发〔2014〕20号《……意见》``) or the brackets a file name
    wraps the whole of it in (``某办发〔2022〕5号（……纪要）``) — GB/T 9704 sets a title bare."""
    name = rest.strip(" 《》")
    whole = P.BRACKETED_WHOLE.fullmatch(name)
    return whole.group("inner").strip() if whole else name


def _speaker_over_body(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a speaker's post and name (``某某幼儿园园长 张三``, apart by a space) right over the body's first
    paragraph (a sentence, no title): a speech copied without its title, the line its speaker's?"""
    spaced = P.SPEAKER.match(lines[i].text.strip())
    if spaced is None or not P.POST_LINE.match(spaced.group("office")):
        return False  # a post run into a word (``总裁致辞``) is a column's title
    following = next((line.text for line in lines[i + 1:] if line.text), "")
    return bool(following) and not title_like(following)


def _title_under_intro(lines: tuple[Line, ...], i: int) -> bool:
    """Does a title start at the first non-blank line from ``i`` on — a whole one, or a headline
    over its subtitle — under a dateline that announces the text?"""
    following = next((k for k in range(i, len(lines)) if lines[k].text), None)
    return following is not None and (_title_follows(lines, following) or _over_subtitle(lines, following) is not None)


def _issuer_line_apart(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a body's name alone (``某某市教育局``) set apart by
    :data:`~docgen.parser.patterns.ISSUER_LINE_GAP` blank lines or more of the source (the
    cleaner keeps one of them) from a whole ``关于……`` title under it: the document's 版头,
    not the title's first line?"""
    text = P.compact(lines[i].text)
    if not _body_name_alone(text):
        return False
    following = next_line(lines, i)
    if following is None or lines[following].number - lines[i].number - 1 < P.ISSUER_LINE_GAP:
        return False
    return _about_title_at(lines, following) is not None


def _about_title_at(lines: tuple[Line, ...], k: int | None) -> tuple[str, int] | None:
    """The whole ``关于……`` title starting at line ``k`` (set over lines perhaps) and the index after
    its last line, or None when no such title starts there."""
    joined = join_title(lines, k) if k is not None else None
    if joined is None or not complete(joined[0]) or not P.TITLE_ABOUT.match(P.compact(joined[0])):
        return None
    return joined


def _body_name_alone(text: str) -> bool:
    """Is ``text`` a body's name alone on its line (``某某市教育局``), as an issuer's line or a
    signature prints it?"""
    return (len(text) <= P.ISSUER_MAX_CHARS and bool(P.BODY_SUFFIX.search(text)) and "关于" not in text
            and not any(c in chars.PUNCTUATION for c in text))


def _banner_of_another_body(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a body's name alone over a whole ``关于……`` title while the document's
    closing is signed by another body (``某某市农业农村局`` over a notice signed ``某某市农业局``):
    the site's banner of the department, not the first line of the title?  GB/T 9704's title
    names the body that signs."""
    text = P.compact(lines[i].text)
    if not _body_name_alone(text):
        return False
    joined = _about_title_at(lines, next_line(lines, i))
    if joined is None:
        return False
    below = [P.compact(line.text) for line in lines[joined[1]:] if line.text]
    signers = [x for x in below[max(0, len(below) - P.SIGNATURE_SCAN_LINES):] if _body_name_alone(x)]
    return bool(signers) and not any(text in x or x in text for x in signers)


def _title(lines: tuple[Line, ...], i: int, state: _State) -> int | None:
    line = lines[i]
    if greeted_salutation(line.text.strip()) or salutation_over_greeting(lines, i):
        return None  # a salutation with its greeting run on after a comma (``……同学们，大家好``): the speech's first words
    if P.REPORTER_LEAD.match(line.text.strip()) or P.WIRE_CREDIT_LEAD.match(line.text.strip()):
        return None  # ``记者某某6月5日报道称，……``, ``本报讯（记者某某``: a news item's first sentence, though it names a genre word
    fused = P.FUSED_TITLE.match(line.text)
    if fused and title_like(fused.group("title").strip()):
        state.found["title"] = fused.group("title").strip()
        state.set("date", fused.group("date").replace(" ", ""))
        state.set("occasion", (fused.group("occasion") or "").strip())
        state.set("speaker", " ".join(fused.group("speaker").split()))
        state.note(C.HEADER_TITLE, line, "title line with its date, occasion and speaker run in, split apart")
        return i + 1
    with_subtitle = P.FUSED_SUBTITLE.match(line.text)
    if with_subtitle and title_like(with_subtitle.group("title").strip()):
        state.found["title"] = with_subtitle.group("title").strip()
        state.set("subtitle", with_subtitle.group("subtitle").strip())
        state.note(C.HEADER_TITLE, line, "title line with its subtitle run in, split apart")
        return i + 1
    over_speech = _over_speech_line(lines, i)
    if over_speech is not None:
        state.found["title"], k = over_speech
        state.set("subtitle", lines[k].text)
        for used in lines[i:k]:
            if used.text:
                state.note(C.HEADER_TITLE, used)
        state.note(C.HEADER_SUBTITLE, lines[k], "subtitle line (the speech's speaker and occasion)")
        return k + 1
    headline = _message_headline_under(lines, i)
    if headline is not None:
        state.note(C.HEADER_FURNITURE, line, "column label above the title")
        state.found["title"] = lines[headline].text.strip()
        state.note(C.HEADER_TITLE, lines[headline], "a message's headline, a sentence under its genre label")
        return headline + 1
    if _column_label_above(lines, i) or _label_over_stopped_headline(lines, i, state.removed):
        state.note(C.HEADER_FURNITURE, line, "column label above the title")
        return i + 1
    paged = _issue_over_page_label(lines, i, state.removed)
    if paged is not None:
        for used in lines[i:paged]:
            if used.text:
                state.note(C.HEADER_FURNITURE, used, "an e-paper's column and issue date above its page label")
        return paged
    merged = P.MERGED_TITLE.match(line.text)
    if merged and title_like(merged.group("title").strip()):
        state.found["title"] = merged.group("title").strip()
        _date_line(merged.group("inner"), state)
        state.set("speaker", merged.group("speaker").strip())
        state.note(C.HEADER_TITLE, line, "title line with its date and speaker run in, split apart")
        return i + 1
    stopped = _title_with_full_stop(line.text)
    if stopped is not None:
        state.found["title"] = stopped
        state.note(C.HEADER_TITLE, line, "title line with a full stop after it (an entry's lead), taken off")
        return i + 1
    numbered = split_number(line.text)
    if numbered and title_like(numbered[0]) and plausible(numbered[0]):
        state.found["title"] = numbered[0]
        state.set("document_number", numbered[1])
        state.note(C.HEADER_TITLE, line, "title line with its document number, split apart")
        return i + 1
    if letter_title_below(lines, i):
        state.note(C.HEADER_FURNITURE, line, "a site's headline over the letter's own title")
        return i + 1
    if teaser_over_title(lines, i):
        state.note(C.HEADER_FURNITURE, line, "a portal's teaser headline (ending in an arrow) over the document's own title")
        return i + 1
    if kicker_over_listed_headline(lines, i, state.removed):
        state.note(C.HEADER_FURNITURE, line, "kicker above the headline (the page's list of headlines names the headline alone)")
        return i + 1
    if occasion_kicker(lines, i):
        state.note(C.HEADER_FURNITURE, line, "kicker above the headline (the occasion it marks)")
        return i + 1
    joined = join_title(lines, i, removed=state.removed) or _over_subtitle(lines, i)
    if joined is None and ((_above_title(lines, i) and starts_title(lines, i + 1))
                           or (site_name(P.compact(line.text)) and _title_follows(lines, i + 1))):
        state.note(C.HEADER_FURNITURE, line, "line above the title (a site's name)")
        return i + 1
    if (joined is None and _bare_title(line.text) and _header_follows(lines, i) and not group_label(lines, i)
            and not no_headline(line.text)):
        joined = (line.text, i + 1)
    if joined is None:
        return None
    joint = joint_line(lines, next_line(lines, joined[1] - 1))
    if joint is not None:  # the headline goes on with a second event (``暨……``)
        joined = (joined[0] + joint, (next_line(lines, joined[1] - 1) or 0) + 1)
    state.found["title"] = joined[0]
    for used in lines[i:joined[1]]:
        if used.text:
            state.note(C.HEADER_TITLE, used)
    return joined[1]


def _title_with_full_stop(text: str) -> str | None:
    """A whole official title (``某某办公厅关于……的复函``, in either script: a body's name, if any,
    before 关于) with a full stop after it and nothing else, as a wiki's entry opens with its
    name: the title without the stop."""
    bare = text.rstrip()
    if not bare.endswith("。"):
        return None
    bare, flat = bare[:-1], fold(P.compact(bare[:-1]))
    issuer = flat[: flat.find("关于")]
    if not title_like(bare) or not P.FORMAL_ABOUT.match(flat) or (issuer and not P.BODY_SUFFIX.search(issuer)):
        return None  # a sentence naming a title (``各单位要学习关于……的通知。``) is no title
    return bare


def _title_after_contacts(lines: tuple[Line, ...], i: int) -> bool:
    """Does a title start under the run of contact lines from ``i`` (``地址：……`` / ``电话：……``,
    a side box of the page over the title)?  Without one, they are the text's own lines."""
    following = next((k for k in range(i, len(lines)) if lines[k].text and not P.CONTACT_LINE.match(lines[k].text)),
                     None)
    return following is not None and join_title(lines, following) is not None


def _message_headline_under(lines: tuple[Line, ...], i: int) -> int | None:
    """The index of a message's headline under line ``i`` when ``i`` is a column's label that is
    a genre word alone (``致辞``) and the next line is one sentence ending in 。 (``作为……，我们将……。``)
    over a longer paragraph: the page's message, whose headline is that sentence; else None."""
    if P.compact(lines[i].text) not in P.GENRE_WORDS:
        return None  # a post before the genre (``总经理致辞``) makes the label the title itself
    k = next((n for n in range(i + 1, len(lines)) if lines[n].text), None)
    if k is None:
        return None
    after = next((line.text for line in lines[k + 1:] if line.text), "")
    sentence = lines[k].text.strip()
    if (not sentence.endswith("。") or sentence.count("。") != 1 or S.GREETING.match(sentence)
            or not P.MESSAGE_HEADLINE_MIN_CHARS <= len(sentence) <= P.MESSAGE_HEADLINE_MAX_CHARS):
        return None
    return k if len(after) > len(sentence) and after.rstrip()[-1:] in "。！？!?" else None


def _column_label_above(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a column's name above the title (``校长专栏``): a short line that names no
    body and does not start a title (``关于``), over a line that is a whole title itself — or,
    when the short line names only a genre (``领导致辞``, :data:`~docgen.parser.patterns.GENRE_LABEL`),
    over a headline with a subtitle, a date, a speaker or the body under it?  A line below with
    no Chinese character is no headline."""
    text = P.compact(lines[i].text)
    if len(text) > P.COLUMN_LABEL_MAX_CHARS or P.BODY_SUFFIX.search(text) or "关于" in text:
        return False
    following = next_line(lines, i)
    if following is None:
        return False
    joined = join_title(lines, following)
    if joined is not None and complete(joined[0]):
        return True
    headline = lines[following].text
    if not any(chars.is_cjk(c) for c in headline):
        return False  # figures alone (a row of tabs, ``123456``), no headline: the short line is the title
    return (bool(P.GENRE_LABEL.match(text)) and _bare_title(headline) and not _posted_speaker(headline)
            and _header_follows(lines, following))


def _label_over_stopped_headline(lines: tuple[Line, ...], i: int, removed: Mapping[int, str]) -> bool:
    """Is line ``i`` a column's name (``最新消息``: short, naming no body) over a headline closed by
    a full stop (:func:`~docgen.parser.titlechoice.stopped_headline`)?"""
    text = P.compact(lines[i].text)
    following = next_line(lines, i)
    return (len(text) <= P.COLUMN_LABEL_MAX_CHARS and not P.BODY_SUFFIX.search(text) and following is not None
            and stopped_headline(lines, following, removed))


def _issue_over_page_label(lines: tuple[Line, ...], i: int, removed: Mapping[int, str]) -> int | None:
    """The index of the line under an e-paper's page label, when line ``i`` is a column's name
    (short, naming no body) with the issue's date alone under it and cleaning took out the
    page's label (``第A06版:要闻``) between that date and the next line: an e-paper prints its
    column and its issue over the page, the article's headline under it, so neither of the two
    lines is the title.  None otherwise."""
    text = P.compact(lines[i].text)
    date = next_line(lines, i)
    if len(text) > P.COLUMN_LABEL_MAX_CHARS or P.BODY_SUFFIX.search(text) or date is None:
        return None
    headline = next_line(lines, date)
    if headline is None or not P.DATE.fullmatch(lines[date].text.strip()):
        return None
    low, high = lines[date].number, lines[headline].number
    return headline if any(map(_page_label, removed_between(removed, low, high))) else None


def _page_label(text: str) -> bool:
    """An e-paper's page label (``第A06版:要闻``)."""
    family = family_of(text.strip())
    return family is not None and family.name == P.EPAPER_PAGE_FAMILY


def _marked_speaker(text: str, state: _State) -> str:
    """The speaker of a speaker's line, without a bullet; the date in brackets after it is the
    document's date (its time the occasion), unless a date was found already."""
    marked = P.marked_speaker(text)
    if marked is None:
        return text
    if marked["inner"] and "date" not in state.found:
        _date_line(marked["inner"], state)
    return marked["speaker"]


def _speaker_text(text: str, state: _State) -> str:
    """The speaker of a speaker's line as the header prints it: without a bullet or a bracketed
    date (see :func:`_marked_speaker`), a post and a name apart by a space, not a colon
    (``总经理：张三`` → ``总经理 张三``)."""
    speaker = _marked_speaker(text, state)
    return P.SPEAKER_COLON.sub(" ", speaker) if P.SPEAKERS.match(speaker) else speaker


def _posted_speaker(text: str) -> bool:
    """A speaker's line that names a post (``某某集团董事长 李四``, ``某某中学校长张三``) — not two
    phrases of a headline apart by a space (``乘风破浪 再创佳绩``)."""
    marked = P.marked_speaker(text)
    if marked is not None:
        text = marked["speaker"]
    spaced = P.SPEAKER.match(text)
    return bool(P.SPEAKER_RUN_IN.match(text) or P.SPEAKERS.match(text)
                or (spaced and P.POST_LINE.match(spaced.group("office"))))


def _over_subtitle(lines: tuple[Line, ...], i: int) -> tuple[str, int] | None:
    """A title without a genre word set over lines, with the subtitle of a speech or a report
    under it (``高举……旗帜`` / ``为……而团结奋斗`` / ``——在……上的报告``): the title lines joined, and
    the index of the subtitle's line."""
    parts: list[str] = []
    for k in range(i, min(len(lines), i + 2 * P.TITLE_MAX_LINES)):
        text = lines[k].text
        if not text:
            continue
        if P.SUBTITLE.match(text):
            return (" ".join(parts), k) if parts and P.OCCASION_SUBTITLE.match(text) else None  # two halves, as one line writes them
        if len(parts) == P.TITLE_MAX_LINES or not _bare_title(text) or P.PAGE_FURNITURE.match(text):
            return None
        parts.append(text)
    return None


def _over_speech_line(lines: tuple[Line, ...], i: int) -> tuple[str, int] | None:
    """A headline without a genre word, set over up to
    :data:`~docgen.parser.patterns.TITLE_MAX_LINES` lines, over a speech's occasion line that
    names its speaker (``奋进新征程`` / ``某某董事长在……大会上的讲话``): the headline lines joined,
    and the index of the occasion line, which is the subtitle.  The occasion line is no part
    of the title, nor is the headline a column's name above it."""
    parts: list[str] = []
    for k in range(i, min(len(lines), i + 2 * P.TITLE_MAX_LINES)):
        text = lines[k].text
        if not text:
            continue
        if P.SPEAKER_OCCASION.match(P.compact(text)):
            return (" ".join(parts), k) if parts else None
        if len(parts) == P.TITLE_MAX_LINES or not _headline_phrase(text):
            return None
        parts.append(text)
    return None


def _headline_phrase(text: str) -> bool:
    """A line of a headline without a genre word: title-like, no page furniture nor a site's
    name, and longer than a column's name — unless letter-spaced for display (``赢 第 一``)."""
    flat = P.compact(text)
    return (title_like(text) and not P.GENRE.search(flat) and not P.PAGE_FURNITURE.match(text)
            and not site_name(flat) and (len(flat) > P.COLUMN_LABEL_MAX_CHARS or bool(P.LETTER_SPACED.match(text))))


def _headline_below(lines: tuple[Line, ...], i: int) -> bool:
    """Is the first non-blank line after ``i`` a headline's phrase?"""
    following = next((line.text for line in lines[i + 1:] if line.text), "")
    return bool(following) and _headline_phrase(following)


def _title_follows(lines: tuple[Line, ...], i: int) -> bool:
    """Does a whole title (one that ends with its genre word) start at the first non-blank line
    from ``i`` on?"""
    following = next((k for k in range(i, len(lines)) if lines[k].text), None)
    joined = join_title(lines, following) if following is not None else None
    return joined is not None and complete(joined[0])


def _above_title(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i`` a site's name over a title: short and naming no body, or naming the body
    the title's issuer belongs to (:func:`~docgen.parser.titles.owner_above`)?"""
    text = lines[i].text
    if len(P.compact(text)) <= P.FURNITURE_ABOVE_TITLE_MAX_CHARS and not P.BODY_SUFFIX.search(text):
        return True
    following = next((line.text for line in lines[i + 1:] if line.text), "")
    return owner_above(text, following)


def _bare_title(text: str) -> bool:
    """Could a line without a genre word be a title: title-like, at least a headline's few
    characters (or a three-character address's name, ``发刊词``), and not only the name of a site
    (``频道``, ``手机客户端`` are no titles)?"""
    flat = P.compact(text)
    return title_like(text) and (len(flat) >= P.TITLE_CANDIDATE_MIN_CHARS or bool(P.SHORT_GENRE_TITLE.fullmatch(flat))
                                 ) and not site_name(flat)


def _header_follows(lines: tuple[Line, ...], i: int) -> bool:
    """Is the line after ``i`` a subtitle, date line or speaker line — or the body's start
    (salutation, a line that is no title: not a headline ending in ！ or ？ nor a menu), so
    that a title without a genre word is a title all the same?"""
    following = next((line.text for line in lines[i + 1:] if line.text), "")
    return bool(P.SUBTITLE.match(following) or P.DATE_LINE.match(following) or P.OCCASION_LINE.match(following)
                or P.speaker_line(following) or P.SALUTATION.match(following)
                or (following and not title_like(following) and not S.item_row(following)
                    and not (headline_end(following) and header_line_like(following))))


def _after_title(lines: tuple[Line, ...], i: int, state: _State) -> int | None:
    """Handle line ``i`` under the title; the next index, or None when the body starts."""
    line = lines[i]
    text = line.text
    if _section_label_over_salutation(lines, i):
        state.note(C.HEADER_FURNITURE, line, "a page's section label between the title and the salutation")
        return i + 1
    kind = _under_title_kind(text, state)
    own = _own_title_below(lines, i, state) if kind in (None, "issuer") else None
    if own is not None:
        state.found["title"] = own[0]
        for used in lines[i:own[1]]:
            if used.text:
                state.note(C.HEADER_TITLE, used, "title line (the document's own title under a page heading that shortens or holds it)")
        return own[1]
    if kind is None:
        return None
    if kind == "date" and _page_date_over_news_lead(lines, i, state):
        state.set("published", text.strip())
        state.note(C.HEADER_FURNITURE, line, "the page's date under a news headline, over a lead that gives the day")
        return i + 1
    if kind == "subtitle":
        state.set("subtitle", text)
    elif kind == "date":
        m, fused = P.DATE_LINE.match(text), P.OCCASION_LINE.match(text)
        _date_line(m.group("inner") if m else fused.group("occasion") if fused else text, state)
        if fused and fused.group("speaker") and "speaker" not in state.found:
            state.set("speaker", fused.group("speaker"))  # ``…会议上 某某省省长 张三``
    elif kind in ("speaker", "issuer", "document_number", "author"):
        state.set(kind, _speaker_text(text, state) if kind == "speaker" else text)
    if kind in ("repeat", "furniture"):
        state.note(C.HEADER_FURNITURE, line, "title repeated" if kind == "repeat" else "web-page furniture")
    else:
        state.note(C.HEADER_KINDS[kind], line)
    return i + 1


def _page_date_over_news_lead(lines: tuple[Line, ...], i: int, state: _State) -> bool:
    """Is line ``i``, a date alone under the title (``2030年5月2日``, no brackets, no occasion),
    the day the page published a news item: the title names no genre, no salutation opens the
    text, and the paragraph under the date (:func:`_lead_under`) opens with the day of its event
    (``5月1日，……``) or with its paper's wire credit (``本报讯``, ``某某晚报讯（记者 某某）……``)?
    A speech or a document that names its kind prints its own date under its title; a news item
    gives its day in its lead, and the date over it is the page's."""
    if state.speech or not P.DATE.fullmatch(lines[i].text.strip()):
        return False
    if P.GENRE.search(P.compact(page_title(state.found["title"]))):
        return False
    lead = _lead_under(lines, i)
    return lead is not None and bool(HEADLINE_DATELINE.match(lead) or NEWS_WIRE_LEAD.match(lead))


def _lead_under(lines: tuple[Line, ...], i: int) -> str | None:
    """The first paragraph under line ``i``: the next line with text, or the one after it when
    that is a picture's caption (``图为……``, ``◀……``) set between — None when there is none."""
    first = next_line(lines, i)
    if first is None or not P.CAPTION.match(lines[first].text.strip()):
        return lines[first].text if first is not None else None
    second = next_line(lines, first)
    return lines[second].text if second is not None else None


def _section_label_over_salutation(lines: tuple[Line, ...], i: int) -> bool:
    """Is line ``i``, under the title, the label of the page's section that holds the text
    (``项目信息``, ``活动简介``: a noun of information alone, no name of a person) with the
    salutation right under it?  A page sets such a label over the letter it shows; a speaker's
    or an issuer's line is a name, never 信息 or 简介."""
    following = next_line(lines, i)
    return (following is not None and P.PAGE_SECTION_LABEL.fullmatch(P.compact(lines[i].text)) is not None
            and P.SALUTATION.match(lines[following].text) is not None)


def _own_title_below(lines: tuple[Line, ...], i: int, state: _State) -> tuple[str, int] | None:
    """The document's own title starting at line ``i`` under a page heading that is its short
    form without the issuer (``关于……的通知`` over the 文号 line and ``某某委员会关于……`` /
    ``……的通知`` set over lines), or a whole ``关于……的通告`` under a portal's headline that holds an
    exclamation (``暂缓……！某某镇发布公告``) or restates it (``2031年某某市发布某某镇关于……公告``), or a title
    under a headline that names another place in the place of its own (``某市高新区公共场所……须知`` over
    ``某某县公共场所……须知``), or a letter's own title over its salutation under a headline of the
    same kind (:func:`_letter_of_its_kind`) or under one that puts its sender before it
    (``某某研究会致……贺信`` over ``致……贺信``, see :func:`signed_in_headline`), or a title under a paid
    site's badged listing of the same kind (``VIP ……主持稿``, see :func:`listed_under_badge`): the whole title, ending with the heading, and the index
    just after its last line; None when no longer title ending so starts there."""
    headline = page_title(state.found["title"])
    if title_like(lines[i].text) and place_swapped_in_headline(lines[i].text, headline):
        return lines[i].text, i + 1  # its own place's name says it is the document's own, genre word or none
    joined = join_title(lines, i)
    letter = joined or ((lines[i].text, i + 1) if title_like(lines[i].text) else None)
    if letter is not None and (_letter_of_its_kind(lines, letter, headline) or signed_in_headline(letter[0], headline)
                               or listed_under_badge(letter[0], state.headline or state.found["title"])):
        return letter
    if joined is None or not complete(joined[0]):
        return None
    held = held_in_headline(joined[0], state.found["title"])
    exclaimed = bool(P.EXCLAIMED.search(headline)) and bool(P.FORMAL_ABOUT.match(P.compact(joined[0])))
    restated = restated_in_headline(page_title(joined[0]), headline)
    return joined if (held or exclaimed or restated or with_issuer(joined[0], headline) or with_place(headline, joined[0])
                   or with_short_issuer(headline, joined[0]) or renamed_in_headline(joined[0], headline)) else None


def _letter_of_its_kind(lines: tuple[Line, ...], joined: tuple[str, int], headline: str) -> bool:
    """Is the title ``joined`` (ending just before its index) a letter's own title set right
    over its salutation, of the kind the page's headline names too (``……慰问信`` under the
    site's ``致某某全体医师慰问信``): the letter's own title, the headline the site's listing?"""
    kind = P.LETTER_KIND_END.search(P.compact(joined[0]))
    if kind is None or not P.compact(headline).endswith(kind.group()):
        return False
    following = next((line.text for line in lines[joined[1]:] if line.text), "")
    return bool(P.SALUTATION.match(following))


def _under_title_kind(text: str, state: _State) -> str | None:
    flat = P.compact(text)
    if P.match_number(text) or P.ARTICLE.match(text) or P.SALUTATION.match(text):
        return None
    if state.after_label and _furniture_text(text, state):
        return "furniture"
    if flat in (P.compact(page_title(state.found["title"])), P.compact(state.found.get("issuer", "")),
                P.compact(state.fallback_title or "")):
        return "repeat"
    if (P.SUBTITLE.match(text) or _deck(text)) and "subtitle" not in state.found:
        return "subtitle"
    if ((P.DATE_LINE.match(text) or P.DATE.fullmatch(text) or P.UNBRACKETED_DATE_LINE.match(text)
         or P.OCCASION_LINE.match(text)) and "date" not in state.found):
        return "date"
    if P.DOCUMENT_NUMBER.fullmatch(unglossed(text)) or (P.TITLE_SERIAL_NUMBER.match(text) and "document_number" not in state.found):
        return "document_number"
    if P.PAGE_COUNT.fullmatch(S.ICON_GLYPHS.sub("", flat)) and (state.web or S.ICON_GLYPHS.search(flat)):
        return "furniture"  # a count of the page's readers under a headline: ``4``, an icon and ``4``
    if "speaker" not in state.found and (P.marked_speaker_line(text) or P.SPEAKERS.match(text)):
        return "speaker"  # a post names a speaker, not an author's byline
    if state.web and _byline(text, state.speech):
        return "author"
    if state.web and P.LABEL_VALUE.match(text) and len(text) <= P.TEMPLATE_FIELD_MAX_CHARS:
        return "furniture"  # a field of the page's template: ``学校: 某某中学``
    if _writer_under_news_headline(text, state):
        return "author"
    if "speaker" not in state.found and (P.speaker_line(text) or (
            P.BARE_NAME.match(text) and not P.BODY_SUFFIX.search(text)) or P.marked_speaker_line(text)):
        return "speaker"
    if ("issuer" not in state.found and len(text) <= P.ISSUER_MAX_CHARS
            and P.BODY_SUFFIX.search(text) and not any(c in chars.PUNCTUATION for c in text)):
        return "issuer"
    if _furniture_text(text, state):
        return "furniture"
    return None


def _deck(text: str) -> bool:
    """Is a line under the title a headline's deck saying what someone did, a genre word its
    verb (``某某主持会议并讲话``): one short clause, no sentence mark — the subtitle, no
    paragraph of the text?"""
    flat = P.compact(text)
    return (len(flat) <= P.TITLE_CANDIDATE_MAX_CHARS and bool(P.GENRE_AS_VERB_END.search(flat))
            and not any(c in chars.PUNCTUATION for c in flat))


def _writer_under_news_headline(text: str, state: _State) -> bool:
    """Is a name alone (``王某某``) under the title its writer's credit: the title a news
    headline reporting an event held (:data:`~docgen.parser.patterns.REPORTED_EVENT`, no genre
    word) and no salutation opening the text?  A news item is written, not spoken: the name is
    its author (a field, not printed), while under a speech's title it is the speaker's."""
    if state.speech or "speaker" in state.found or not P.BARE_NAME.match(text) or P.BODY_SUFFIX.search(text):
        return False
    title = P.compact(page_title(state.found["title"]))
    return bool(P.REPORTED_EVENT.search(title)) and not P.GENRE.search(title)


#: The kinds of notice a short heading ends in (``某某宫公告``, ``停水通知``).
_NOTICE_KINDS = ("公告", "通告", "通知", "公示", "启事", "声明", "聲明")


def _byline(text: str, speech: bool) -> bool:
    """Is a line under a headline of the web its byline: the name of a site, a paper or an
    account (``新华社``, ``某某发布``); a short line without punctuation that is no person's name
    (``某某之家``, ``加拿大头条``: a name of two to four characters may be a speaker's); a name
    with the author's post after it (not over a speech, where it is the speaker's)?"""
    flat = P.compact(text)
    if site_name(flat):
        return True
    if P.CAPTION.match(flat) or any(c in chars.PUNCTUATION or c in ",.;:!?()[]" for c in flat) or P.match_number(text):
        return False
    if P.MONTH_DAY.search(flat):
        return False  # a day named (``7月12日起``): when a notice applies, no site's or writer's name
    if P.SPEAKER.match(text) or P.BODY_SUFFIX.search(flat):
        return False  # a speaker (``校长 张三``) or an issuing body (``国务院``)
    if len(flat) > 2 and fold(flat).endswith(_NOTICE_KINDS):
        return False  # a notice's heading (``某某宫公告``): the kind of a document, not a byline
    if len(flat) <= P.BYLINE_MAX_CHARS and not P.BARE_NAME.match(flat):
        return True
    return not speech and bool(P.AUTHOR_BIO.match(flat))


def _salutation_opens(lines: tuple[Line, ...], start: int) -> bool:
    """Does a salutation (``同志们：``) stand among the first lines from ``start``?"""
    return any(P.SALUTATION.match(line.text) for line in lines[start:start + P.TITLE_CANDIDATE_LINES] if line.text)


def _furniture(line: Line, state: _State) -> bool:
    if not _furniture_text(line.text, state):
        return False
    state.note(C.HEADER_FURNITURE, line, "web-page furniture")
    return True


def _furniture_text(text: str, state: _State) -> bool:
    """Page furniture (in either script: ``來源：……``), or the value under an index label of a
    portal (``• 发文机构:`` then ``县政府网站``); a document number found there is kept."""
    value = state.after_label and label_value_like(text)
    state.after_label = False
    if not (value or P.PAGE_FURNITURE.match(fold(text))):
        return False
    if value and P.DOCUMENT_NUMBER.fullmatch(text):
        state.set("document_number", text)
    # a label ends with its colon; a line of colons alone (a skip link's ``:::``) labels nothing
    state.after_label = text.rstrip().endswith((":", "：")) and any(c.isalnum() for c in text)
    return True


def _date_line(inner: str, state: _State) -> None:
    date = P.DATE.search(inner)
    state.set("date", date.group().replace(" ", "") if date else inner)
    rest = (inner[: date.start()] + inner[date.end():]).strip() if date else ""
    state.set("occasion", rest)
