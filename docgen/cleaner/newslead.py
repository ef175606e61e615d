"""A news agency's lead above a report or speech copied from a news page: ``5月22日上午9时，
十三届全国人大三次会议在人民大会堂开幕，听取国务院总理李克强关于政府工作的报告……`` — a
paragraph that tells, in the third person, of the meeting where the text was given, standing
before the text's own start (its salutation or first heading)."""

from __future__ import annotations

from ..shapes import Line
from ..shapes import patterns as S
from ..shapes.titles import header_line_like
from . import patterns as P
from .context import Context
from .textrules import settled


def news_lead(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop a news agency's lead that reports the meeting the text was given at, above the
    text's salutation or first heading — never the text's own only paragraph: a body
    paragraph must follow somewhere below it (a news item whose one paragraph reports a
    meeting, above only a signature or a page's "close" line, keeps it).

    Example::

        5月22日上午9时，十三届全国人大三次会议在人民大会堂开幕，听取国务院总理李克强关于政府工作的报告。
        (blank)
        一、2019年和今年以来工作回顾
        去年，我国发展面临诸多困难挑战。
        →
        (blank)
        一、2019年和今年以来工作回顾
        去年，我国发展面临诸多困难挑战。
    """
    texts = [(i, settled(line.text)) for i, line in enumerate(lines) if line.text]
    for n, (i, text) in enumerate(texts[: P.NEWS_LEAD_SEARCH_LINES]):
        if P.NEWS_LEAD.match(text):
            following = texts[n + 1][1] if n + 1 < len(texts) else ""
            if _text_starts(following) and _body_below(texts[n + 1:]):
                ctx.drop(lines[i], "news lead reporting the meeting the text was given at")
                return lines[:i] + lines[i + 1:]
            return lines
        if not header_line_like(text):
            return lines
    return lines


def _text_starts(text: str) -> bool:
    """Does the text itself start with this line: a salutation, a numbered heading, a title?"""
    return bool(text) and bool(S.SALUTATION.match(text) or S.match_number(text) or (
        header_line_like(text) and not S.DATE.search(text)))


def _body_below(below: list[tuple[int, str]]) -> bool:
    """Is there a text below the lead for it to stand over: a line that is not header-like (a
    body paragraph)? A "lead" above only short lines (a signature, a page's close button) is the
    text's own paragraph."""
    return any(not header_line_like(text) for _, text in below)
