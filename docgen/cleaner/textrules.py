"""Rules that change characters inside lines: entities and stray controls, HTML tags left in
text, spaces, full-width letters and digits, punctuation — and the placeholder report.

None of them touches a redaction placeholder (``XX``, ``××``, ``**``): the punctuation and
width rules only change characters those placeholders never contain.
"""

from __future__ import annotations

import functools
import html
import re

from .. import chars
from .. import diagnostics as C
from ..shapes import Line
from . import patterns as P
from .context import Context
from .punctuation import normalise


def entities(lines: list[Line], ctx: Context) -> list[Line]:
    """Decode HTML entities left in text (also escaped twice) and remove stray control
    characters, zero-width marks and soft hyphens.

    Example::

        “办公室&nbsp;工作”&hellip;&hellip;&amp;ldquo;
        →
        “办公室 工作”……“
    """
    out = []
    for line in lines:
        text = line.text
        for _ in range(3):  # ``&amp;nbsp;`` needs two rounds; more is never seen
            if "&" not in text or not P.ENTITY.search(text):
                break
            text = html.unescape(text)
        text = P.STRAY_CONTROL.sub("", text).replace("\u00a0", " ")
        out.append(ctx.change(line, text, C.TEXT_NORMALISED, "entities/control characters")
                   if text != line.text else line)
    return out


def markup(lines: list[Line], ctx: Context) -> list[Line]:
    """Turn HTML tags left in copied text into line breaks (``<br>``, ``<p>``) or remove them
    (``<span>``, ``<strong>`` …), and split lines at escaped line ends (``x0dx0a``).

    Example::

        同志们：<br />今天我们召开会议。<strong>会议</strong>很重要。
        →
        同志们：
        今天我们召开会议。会议很重要。
    """
    out: list[Line] = []
    for line in lines:
        if "{" in line.text:
            line = _without_stylesheet(line, ctx)
            if not line.text:  # nothing but the stylesheet
                continue
        if not _may_hold_markup(line.text):
            out.append(line)
            continue
        text = P.MARKUP_TAG.sub("", line.text)
        text = P.MARKUP_BREAK.sub("\n", text)
        text = P.LITERAL_LINE_END_IN_TEXT.sub("\n", text)
        if text == line.text:
            out.append(line)
            continue
        parts = [part.strip() for part in text.split("\n")]
        ctx.note(C.TEXT_NORMALISED, f"HTML tags or escaped line ends removed "
                 f"({len(parts)} line(s))", line.number, line.text)
        out.extend(Line(line.number, part) for part in parts if part)
    return out


def _without_stylesheet(line: Line, ctx: Context) -> Line:
    """``line`` without the stylesheet a document converter left at its start
    (``@page { size: … } p.cjk { font-family: … }``); a line asked to be kept stays."""
    m = None if line.number in ctx.keep else P.STYLESHEET_RUN.match(line.text)
    if m is None:
        return line
    return ctx.change(line, line.text[m.end():].strip(), C.BOILERPLATE_REMOVED,
                      "a converter's stylesheet left as text")


def _may_hold_markup(text: str) -> bool:
    """Whether ``text`` has what a tag or an escaped line end starts with: ``<``, ``x0dx0a``
    or ``\\n`` (most lines have none, and the patterns need not look at them)."""
    return "<" in text or "x0dx0a" in text or "\\n" in text


def spaces(lines: list[Line], ctx: Context) -> list[Line]:
    """Strip indentation (ASCII, no-break or full-width spaces) and trailing spaces.  (Spaces
    between Chinese characters inside a sentence go with ``punctuation``, after lines are
    rejoined.)

    Example::

        　　同志们：
        　　今天我们召开会议。　　
        →
        同志们：
        今天我们召开会议。
    """
    out = []
    for line in lines:
        # What P.EDGE_SPACE matches is exactly what str.isspace() is true of, at either end:
        # str.strip() removes the same, without trying the pattern at every character.
        text = line.text.strip()
        if "?" in text and P.LOST_SPACES.search(text):
            text = P.LOST_SPACES.sub("", text).strip()
        if P.INDENT.match(line.text):
            ctx.indented.add(line.number)
            ctx.indent_widths[line.number] = chars.display_width(line.text[:len(line.text) - len(line.text.lstrip())])
        out.append(ctx.change(line, text, C.SPACES_TRIMMED, "spaces") if text != line.text else line)
    return out


#: How many lines' settled forms are kept (a long document has a few thousand lines).
SETTLED_CACHE = 8192


@functools.lru_cache(maxsize=SETTLED_CACHE)
def settled(text: str) -> str:
    """``text`` as the character rules (``alphanumerics``, ``punctuation``) will leave it.
    Rules that decide on a line before those rules run decide on this form, so that cleaning
    their output again decides the same way.  (Several rules ask for the same line, and the
    line rules run twice: the answers are kept.)"""
    return punctuated(_fullwidth_number_marks(_half_width(text)))


def punctuated(text: str) -> str:
    """``text`` with full-width punctuation in Chinese context and, in a line of prose, no
    spaces between Chinese characters (repeated until nothing changes)."""
    for _ in range(3):
        before = text
        text = normalise(text)
        if (" " in text or "\u00a0" in text) and P.PROSE_LINE.search(text):
            text = P.INNER_SPACE.sub("", text)
        if text == before:
            break
    return text


def _half_width(text: str) -> str:
    return P.FULLWIDTH_ALNUM.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)


def alphanumerics(lines: list[Line], ctx: Context) -> list[Line]:
    """Write full-width digits and Latin letters half-width (GB/T 15834 uses Arabic digits
    in their ordinary form); ``ＸＸ`` placeholders stay as they are.

    Example::

        ２０２３年ＧＤＰ增长５．２％，ＸＸ县
        →
        2023年GDP增长5.2%，ＸＸ县
    """
    out = []
    for line in lines:
        text = _fullwidth_number_marks(_half_width(line.text))
        out.append(ctx.change(line, text, C.TEXT_NORMALISED, "full-width letters/digits")
                   if text != line.text else line)
    return out


def _fullwidth_number_marks(text: str) -> str:
    """``５．２％`` → ``5.2%``: a full-width point between digits and a percent sign after one."""
    if "．" not in text and "％" not in text:
        return text

    def half(m: re.Match[str]) -> str:
        at = m.start()
        if not (at and text[at - 1].isdigit()):
            return m.group()
        if m.group() == "％":
            return "%"
        return "." if at + 1 < len(text) and text[at + 1].isdigit() else m.group()

    return _NUMBER_MARK.sub(half, text)


#: The full-width marks that follow a digit in a number (looked at only where they occur).
_NUMBER_MARK = re.compile("[．％]")


def punctuation(lines: list[Line], ctx: Context) -> list[Line]:
    """Use the full-width forms of punctuation in Chinese text (GB/T 15834); numbers, dates,
    times, URLs and Latin text keep their half-width forms.  In lines of prose, spaces between
    Chinese characters (left by PDF extraction) are removed.

    Example::

        今天 , 我们 召开 会议 。
        →
        今天，我们召开会议。

    Example::

        这不仅是对中办工作的要求,也是对全国的要求(2014年);"五个坚持"。。。
        会议于10:30开始,详见 http://www.gov.cn/a,b.html 。
        →
        这不仅是对中办工作的要求，也是对全国的要求（2014年）；“五个坚持”……
        会议于10:30开始，详见 http://www.gov.cn/a,b.html 。
    """
    out = []
    for line in lines:
        text = punctuated(line.text)
        out.append(ctx.change(line, text, C.PUNCTUATION_NORMALISED, "punctuation")
                   if text != line.text else line)
    return out


def placeholders(lines: list[Line], ctx: Context) -> list[Line]:
    """Change nothing, but list the redaction placeholders (``XX``, ``××``, ``**``,
    ``王**``, ``X月X日``, ``____``) as warnings: the user must fill them in.

    Example::

        一会儿，王**还要讲话，XX县要抓好落实。
        →
        一会儿，王**还要讲话，XX县要抓好落实。
    """
    for line in lines:
        for m in P.PLACEHOLDER.finditer(line.text):
            ctx.note(C.PLACEHOLDER, f"placeholder {m.group()!r} to fill in",
                     line.number, m.group())
    return lines
