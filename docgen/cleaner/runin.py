"""Headings run into their section's text after a space (``一、时间安排 2021年1月23日起，……``):
the heading on a line of its own, the text on the next, so that neither the parser's run-in
leads (a first clause up to its mark) nor the removal of spaces between Chinese characters
takes the text for part of the heading."""

from __future__ import annotations

import functools

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.chrome import fold
from . import patterns as P
from .context import Context

#: Lines whose split is kept (the line rules look at most lines twice).
LINE_CACHE = 8192


def run_in_headings(lines: list[Line], ctx: Context) -> list[Line]:
    """Set a numbered heading (一、 / （一）) that its section's text follows on the same line
    after a space on a line of its own — and a title in 【】 that the salutation follows, a
    spaced-out title of the document's kind (``通 告``) that its text follows.

    The text's first line may also be a news headline with the text run on after a space, its
    first sentence restating it (a forum's post copied into one line), or a speech's title with
    its salutation run on with no space (a page saved on one line), or the document's kind alone
    (``倡议书``) with its salutation run on after it.

    Example::

        一、时间安排 2024年1月20日起，每天8:00-22:00开放。
        二、坚定信心 奋发有为
        →
        一、时间安排
        2024年1月20日起，每天8:00-22:00开放。
        二、坚定信心 奋发有为
    """
    out: list[Line] = []
    first = next((k for k, line in enumerate(lines) if line.text.strip()), None)
    second = _line_under_headline(lines, first)
    for k, line in enumerate(lines):
        found = _first_line_split(line.text) if k == first else None
        if k == second:
            found = _own_title_split(line.text)
        if found is not None:
            head, rest, reason = found
            ctx.note(C.TEXT_NORMALISED, reason, line.number, line.text)
            out.append(Line(line.number, head))
            line = Line(line.number, rest)
        parts, notes = _parts(line.text)
        for reason, part in notes:
            ctx.note(C.TEXT_NORMALISED, reason, line.number, part)
        out.extend([line] if len(parts) == 1 else [Line(line.number, part) for part in parts])
    return out


@functools.lru_cache(maxsize=LINE_CACHE)
def _parts(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The parts a line is split into, and for each split the reason and the part it cut (the
    line rules look at most lines twice: the answer is kept)."""
    parts = [text]
    notes: list[tuple[str, str]] = []
    for split, reason in _SPLITS:
        cut: list[str] = []
        for part in parts:
            found = split(part) if part else None
            if found is None:
                cut.append(part)
            else:
                notes.append((reason, part))
                cut.extend(found)
        parts = cut
    return tuple(parts), tuple(notes)


def _split_title(text: str) -> tuple[str, str] | None:
    """A title in 【】 and the salutation run on after it (``【某某致辞】尊敬的各位老师：``), or None."""
    text = text.strip()
    if not text.startswith("【"):
        return None
    m = P.BRACKETED_TITLE_RUN_IN.match(text)
    if m is None or not S.SALUTATION.match(m.group("rest")):
        return None
    return m.group("title"), m.group("rest")


def _split_speech_title(text: str) -> tuple[str, str] | None:
    """A speech's title and its text's first sentences run on after a space
    (``某某校长新年致辞 岁月如梭，……。``), or None.  A title printed twice before the space
    (``某某致辞某某致辞 尊敬的……``) is the title once."""
    text = text.strip()
    head = text[:P.SPEECH_TITLE_RUN_IN_REACH * 2]
    if " " not in head and "\u3000" not in head:
        return None
    doubled = P.DOUBLED_TITLE_RUN_IN.match(text)
    if doubled is not None:
        text = text[doubled.end(1):]
    elif " " not in text[:P.SPEECH_TITLE_RUN_IN_REACH] and "\u3000" not in text[:P.SPEECH_TITLE_RUN_IN_REACH]:
        return None
    m = P.SPEECH_TITLE_RUN_IN.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    if not any(ch.isalnum() for ch in rest):
        return None  # a mark alone after the title (``……的讲话　。``) is no text run on
    if not P.SENTENCE_STOP.search(rest[: P.SPEECH_TITLE_RUN_IN_SENTENCE]) and not _host_address(rest):
        return None  # (``。``, or the half-width stop a copy leaves after a character: ``我们要.``)
    return m.group("title"), rest


def _host_address(text: str) -> bool:
    """Does ``text`` open with a host's part mark and a form of address (``女:尊敬的各位领导,``)?"""
    mark = P.HOST_PART_MARK.match(text)
    if mark is None:
        return False
    address = P.HOST_ADDRESS_END.split(text[mark.end():], maxsplit=1)[0].strip()
    return bool(address) and bool(S.SALUTATION.match(address + "："))


def _split_official_title(text: str) -> tuple[str, str] | None:
    """An official text's title and its text run on after it with no space
    (``……的公示根据《……》规定，……。``), or None."""
    text = text.strip()
    if "的" not in text[:P.OFFICIAL_TITLE_RUN_IN_REACH]:
        return None
    m = P.OFFICIAL_TITLE_RUN_IN.match(text)
    if m is None or len(m.group("rest")) < P.OFFICIAL_TITLE_RUN_IN_REST_MIN:
        return None
    if not any(c in "，,。" for c in m.group("rest")[: P.OFFICIAL_TITLE_RUN_IN_SENTENCE]):
        return None
    return m.group("title"), m.group("rest")


def _line_under_headline(lines: list[Line], first: int | None) -> int | None:
    """The index of the next line with text under the text's first line when that one is a
    headline (a phrase: no mark of a sentence or a colon in it), or None."""
    if first is None or any(c in "。！？!?：:" for c in lines[first].text):
        return None
    return next((k for k in range(first + 1, len(lines)) if lines[k].text.strip()), None)


def _own_title_split(text: str) -> tuple[str, str, str] | None:
    """A letter's own title that names its kind last (``致某某的一封信``, see KIND_NAMED_LAST) run
    into its addressees and text (:func:`_split_title_addressees`) on the line under a page's
    headline, which names the page (``致某某及某某的一封信`` over ``致某某的一封信各位亲友：大家好！……``):
    the head, the rest and the reason, or None."""
    found = _split_title_addressees(text)
    if found is None or not P.KIND_NAMED_LAST.search(found[0]):
        return None
    return found[0], found[1], "a letter's own title under the page's headline run into its addressees, set on a line of its own"


def _first_line_split(text: str) -> tuple[str, str, str] | None:
    """The text's first line cut by the first of :data:`_FIRST_LINE_SPLITS` that cuts it: the
    head, the rest and the reason, or None."""
    for split, reason in _FIRST_LINE_SPLITS:
        parts = split(text)
        if parts is not None:
            return parts[0], parts[1], reason
    return None


def _split_news_headline(text: str) -> tuple[str, str] | None:
    """A news headline and its text run on after a space, the text's first sentence restating it
    (``某某县召开……动员会 9月21日上午，某某县召开……动员会。……``), or None.  A news outlet's lead
    (``某某网讯``, ``……日电``) is no headline, nor a phrase that leaves a bracket open."""
    text = text.strip()
    head = text[:P.NEWS_HEADLINE_RUN_IN_REACH]
    if " " not in head and "\u3000" not in head:
        return None
    m = P.NEWS_HEADLINE_RUN_IN.match(text)
    if m is None or S.match_number(text) is not None:
        return None
    return _restated_headline(m.group("title"), m.group("rest"))


def _split_wire_headline(text: str) -> tuple[str, str] | None:
    """A news headline run on after a space into its paper's wire credit, with which the text
    opens (``某某市民 山上播绿 本报讯 3月10日上午，……。``), or None.  The text goes on past a
    sentence of its own."""
    m = P.WIRE_HEADLINE_RUN_IN.match(text.strip())
    if m is None or S.match_number(m.group("title")) is not None:
        return None
    rest = m.group("rest")
    if len(rest) < P.OFFICIAL_TITLE_RUN_IN_REST_MIN or "。" not in rest[:P.NEWS_HEADLINE_RUN_IN_SENTENCE]:
        return None
    if any(m.group("title").count(a) > m.group("title").count(b) for a, b in P.BRACKET_PAIRS):
        return None
    return m.group("title"), rest


def _split_dated_headline(text: str) -> tuple[str, str] | None:
    """A news headline run straight on with no space into its text, which opens with the date
    and restates the headline in its first sentence (``某某集团召开年终总结大会2031年1月13日，
    某某集团年终总结大会在……召开。……``, a page saved on one line), or None."""
    m = P.NEWS_HEADLINE_DATE_RUN_IN.match(text.strip())
    if m is None or S.match_number(text.strip()) is not None:
        return None
    return _restated_headline(m.group("title"), m.group("rest"))


def _restated_headline(title: str, rest: str) -> tuple[str, str] | None:
    """``title`` and ``rest`` when ``rest`` is a text whose first sentence restates the headline
    ``title`` (a run of its characters); None when the headline is a news outlet's lead, leaves a
    bracket open, or no sentence ends near the start of the text."""
    if title.endswith(("讯", "訊", "电", "電")) or any(title.count(a) > title.count(b) for a, b in P.BRACKET_PAIRS):
        return None
    first = rest[:P.NEWS_HEADLINE_RUN_IN_SENTENCE].split("。", 1)[0]
    if len(rest) < P.OFFICIAL_TITLE_RUN_IN_REST_MIN or first == rest[:P.NEWS_HEADLINE_RUN_IN_SENTENCE]:
        return None  # no sentence ends near the start: no text run on
    n = P.RESTATED_RUN_CHARS
    if not any(title[k:k + n] in first for k in range(len(title) - n + 1)):
        return None
    return title, rest


def _split_official_number(text: str) -> tuple[str, ...] | None:
    """An official text's title, its document number run on after a space and its text after
    another (``关于……的通告 某府通〔2024〕2号 为……，……。``), or None."""
    text = text.strip()
    if "关于" not in text[:P.OFFICIAL_TITLE_RUN_IN_REACH]:
        return None
    m = P.OFFICIAL_TITLE_OVER_NUMBER.match(text)
    if m is None or len(m.group("rest")) < P.RUN_IN_REST_MIN:
        return None
    if not any(c in P.RUN_IN_REST_MARKS for c in m.group("rest")):
        return None
    return m.group("title"), m.group("number"), m.group("rest")


def _split_speech_salutation(text: str) -> tuple[str, str] | None:
    """A speech's title and its salutation run on with no space, the text after them
    (``某某会议校长发言稿各位领导、老师们：今天，……``), or None: the title ends with a speech's
    kind word and no mark of a sentence stands in it; what follows it is a form of address up to
    a colon, and text after that.  Only the text's first line is asked."""
    text = text.strip()
    for kind in P.SPEECH_KIND.finditer(text, 0, P.SPEECH_TITLE_RUN_IN_REACH):
        title, rest = text[: kind.end()], text[kind.end():]
        if len(title) < 4 or any(c in "，。,：:；;！？!? \u3000" for c in title):
            return None
        colon = next((k for k, c in enumerate(rest[: P.SALUTATION_RUN_IN_REACH]) if c in "：:"), -1)
        if colon > 0 and S.SALUTATION.match(rest[:colon] + "：") and len(rest) - colon >= P.RUN_IN_REST_MIN:
            return title, rest
    return None


def _split_title_addressees(text: str) -> tuple[str, str] | None:
    """A title run into the addressees, the text after their colon (``某某倡议书广大市民朋友：又是……``,
    a page saved on one line), or None: no mark stands before the colon; the addressees open with
    a form of address (see ADDRESS_OPENER) after a title of four characters or more that opens
    with none, straight on with no space whatever its words, or after a space where the title
    names its kind last (``某某的感谢信 尊敬的家长朋友：……``, see KIND_NAMED_LAST); and they end in
    words for people addressed (a 的 of a phrase among them, ``广大市民朋友的一封信……``, makes
    them part of the title).  Words that end as a body's name do not end a title there: they
    name the body whose people are addressed (``某某部全体员工同志们：``).  A title printed twice
    before the space (``某某致辞某某致辞 尊敬的……``) is the title once."""
    text = text.strip()
    colon = next((k for k, c in enumerate(text[: P.TITLE_ADDRESSEES_REACH]) if c in "：:"), -1)
    if colon < 0 or len(text) - colon < P.RUN_IN_REST_MIN or any(c in P.RUN_IN_REST_MARKS or c in "。！？!?" for c in text[:colon]):
        return None
    if P.ADDRESS_OPENER.match(text):
        return None  # the line opens with a form of address: a salutation, no title before it
    for opener in P.ADDRESS_OPENER.finditer(text, P.RUN_IN_TITLE_MIN, colon):
        head, names = text[: opener.start()], text[opener.start():colon]
        title = head.rstrip(" \u3000")
        if S.BODY_SUFFIX.search(title):
            return None
        if _spaced(title) or _spaced(names) or (title != head and not P.KIND_NAMED_LAST.search(title)):
            continue
        if "的" not in names.replace(opener.group(), "", 1) and S.salutation_line(names + "：") and S.addressed(names):
            doubled = P.DOUBLED_TITLE_RUN_IN.match(head)  # ``某某致辞某某致辞 尊敬的……``: the title once
            return (title if doubled is None else doubled.group(1)), text[opener.start():]
    return None


def _spaced(text: str) -> bool:
    """Does ``text`` hold a space (an ideographic one too)?"""
    return " " in text or "\u3000" in text


def _split_letter_title(text: str) -> tuple[str, str] | None:
    """A letter's title ending with its kind run straight into its text, the whole letter on one
    line closed by its signer and date (``某某倡议书森林资源是……。……。某某局2017年4月``), or None."""
    m = P.LETTER_TITLE_RUN_IN.match(text.strip())
    if m is None:
        return None
    rest = m.group("rest")
    if rest.count("。") < P.LETTER_RUN_IN_SENTENCES or not P.LETTER_CLOSING_DATE.search(rest):
        return None
    return m.group("title"), rest


def _split_kind_salutation(text: str) -> tuple[str, str] | None:
    """The document's kind alone as its title and the salutation run on after it with no space,
    closing the line (``倡议书亲爱的同学们：``, a page's heading run into the letter's first line),
    or None: the line is a genre word of two characters or more (read through the traditional
    script, ``倡議書``) and a form of address up to its colon, nothing after it.  A genre word that
    opens a sentence (``建议各单位：加强……``) has text after the colon and is left alone."""
    text = text.strip()
    if not text.endswith(("：", ":")):
        return None
    folded = fold(text)
    for kind in S.GENRE_WORDS:
        if len(kind) >= 2 and folded.startswith(kind):
            rest = text[len(kind):]
            if len(rest) > 1 and S.SALUTATION.fullmatch(rest[:-1] + "："):
                return text[:len(kind)], rest
    return None


def _split_official_salutation(text: str) -> tuple[str, str] | None:
    """An official text's title and its addressees run on after a space, the text after them
    (``关于……的通知 各区、各部门：……。``), or None."""
    text = text.strip()
    if "的" not in text[:P.OFFICIAL_TITLE_RUN_IN_REACH]:
        return None
    m = P.OFFICIAL_TITLE_OVER_SALUTATION.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    colon = next((k for k, c in enumerate(rest) if c in "：:"), -1)
    if colon < 0 or not S.SALUTATION.match(rest[:colon] + "：") or len(rest) - colon < P.RUN_IN_REST_MIN:
        return None
    return m.group("title"), rest


def _split_spaced_genre(text: str) -> tuple[str, str] | None:
    """A document's kind spaced out as its title and the text run on after it after a space
    (``通 告 某某村委会：经调查，……``), or None."""
    m = P.SPACED_GENRE_RUN_IN.match(text.strip())
    if m is None or "".join(m.group("title").split()) not in S.GENRE_WORDS:
        return None
    rest = m.group("rest")
    if len(rest) < P.RUN_IN_REST_MIN or not any(c in P.RUN_IN_REST_MARKS for c in rest):
        return None
    return m.group("title"), rest


def _split(text: str) -> tuple[str, str] | None:
    """The heading and the text of a line that runs one into the other, or None."""
    m = P.RUN_IN_HEADING.match(text.strip())
    if m is None:
        return None
    title, rest = m.group("title"), m.group("rest").strip()
    if not (P.RUN_IN_TITLE_MIN <= len(title) <= P.RUN_IN_TITLE_MAX) or len(rest) < P.RUN_IN_REST_MIN:
        return None
    if not chars.ends_sentence(rest) or not any(c in P.RUN_IN_REST_MARKS for c in rest[:-1]):
        return None
    return m.group("heading"), rest



#: The splits of :func:`run_in_headings` tried on the text's first line only, in order, each
#: with the reason it is noted with.
_FIRST_LINE_SPLITS = (
    (_split_news_headline, "news headline run into its text, which restates it, set on a line of its own"),
    (_split_dated_headline, "news headline run into its dated text, which restates it, set on a line of its own"),
    (_split_wire_headline, "news headline run into its paper's wire credit, set on a line of its own"),
    (_split_speech_salutation, "speech title run into its salutation, set on a line of its own"),
    (_split_kind_salutation, "the document's kind run into its salutation, set on a line of its own"),
    (_split_title_addressees, "title run into its addressees, set on a line of its own"),
    (_split_letter_title, "letter's title run into its text, the whole letter on one line, set on a line of its own"),
)

#: The splits of :func:`run_in_headings`, in order, each with the reason it is noted with.
_SPLITS = (
    (_split_title, "title in 【】 run into the salutation, set on a line of its own"),
    (_split_speech_title, "speech title run into its text, set on a line of its own"),
    (_split_official_title, "official title run into its text, set on a line of its own"),
    (_split_official_number, "official title run into its document number and text, each set on a line of its own"),
    (_split_official_salutation, "official title run into its addressees, set on a line of its own"),
    (_split_spaced_genre, "spaced-out title of the document's kind run into its text, set on a line of its own"),
    (_split, "heading run into its section's text, set on a line of its own"),
)
