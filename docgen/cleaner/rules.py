"""The cleaning rules, one small function each, applied in the order of :data:`RULES`.

Every rule takes the current lines and a :class:`Context`, returns the new lines, and records
each line it removed or changed in the context.  Each docstring shows one before/after example
(``before`` → ``after``; ∅ means the line is removed).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Callable

from .. import chars
from ..model import Diagnostic
from . import patterns as P


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text with the number of the source line it started on (1-based)."""

    number: int
    text: str


@dataclass
class Context:
    """What rules report: diagnostics, metadata found in the text, and removed lines."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    removed: list[Line] = field(default_factory=list)

    def drop(self, line: Line, reason: str) -> None:
        self.removed.append(line)
        self.diagnostics.append(Diagnostic("info", "boilerplate-removed", reason, line.number, line.text))

    def change(self, line: Line, new_text: str, code: str, reason: str) -> Line:
        before, after = excerpt(line.text, new_text)
        self.diagnostics.append(
            Diagnostic("info", code, f"{reason}: {before} → {after}", line.number, line.text))
        return Line(line.number, new_text)


def excerpt(old: str, new: str, context: int = 8) -> tuple[str, str]:
    """The part of ``old`` and ``new`` that differs, with a little context on each side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    lo = max(0, start - context)

    def cut(text: str) -> str:
        hi = min(len(text), len(text) - end + context)
        return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")

    return cut(old), cut(new)


RuleFunc = Callable[[list[Line], Context], list[Line]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    func: RuleFunc

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


# --------------------------------------------------------------------------- rules


def entities_and_controls(lines: list[Line], ctx: Context) -> list[Line]:
    """Decode HTML entities left in text and remove stray control characters.

    ``“办公室&nbsp;工作”&hellip;`` → ``“办公室 工作”…``
    """
    out = []
    for line in lines:
        text = line.text
        if "&" in text:
            text = html.unescape(text)
        text = P.STRAY_CONTROL.sub("", text).replace("\u00a0", " ")
        out.append(ctx.change(line, text, "text-normalised", "entities/control characters")
                   if text != line.text else line)
    return out


def edge_spaces(lines: list[Line], ctx: Context) -> list[Line]:
    """Strip indentation (ASCII, no-break or full-width spaces) and trailing spaces.

    ``　　同志们：`` → ``同志们：``
    """
    out = []
    changed = 0
    for line in lines:
        text = P.EDGE_SPACE.sub("", line.text)
        changed += text != line.text
        out.append(Line(line.number, text))
    if changed:
        ctx.diagnostics.append(Diagnostic("info", "spaces-trimmed",
                                          f"leading/trailing spaces removed on {changed} line(s)"))
    return out


def extractor_markers(lines: list[Line], ctx: Context) -> list[Line]:
    """Remove markers that text extractors leave behind.

    ``[bookmark: _Toc1]在全区党政办公室主任会议上的讲话`` → ``在全区党政办公室主任会议上的讲话``
    """
    out = []
    for line in lines:
        text = P.EXTRACTOR_MARKER.sub("", line.text).strip()
        if text == line.text:
            out.append(line)
        elif not text:
            ctx.drop(line, "text-extractor marker")
        else:
            out.append(ctx.change(line, text, "marker-removed", "text-extractor marker removed"))
    return out


def site_banners(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop lines that are only a web address, or a short site name with its address.

    ``中词库 / www.zciku.com`` → ∅
    """
    out = []
    for line in lines:
        if line.text and _is_banner(line.text):
            ctx.drop(line, "site banner or address")
        else:
            out.append(line)
    return out


def _is_banner(text: str) -> bool:
    if not P.URL.search(text):
        return False
    rest = P.BANNER_SEPARATORS.sub("", P.URL.sub("", text))
    return len(rest) <= P.BANNER_MAX_NAME and not any(c in rest for c in "。！？；")


def meta_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop the page's metadata lines; keep useful values (来源, 作者, 发布时间) as metadata.

    ``来源：网络  作者：心旷神怡  更新时间：2024-08-28`` → ∅ (source=网络, author=心旷神怡,
    published=2024-08-28)
    """
    out = []
    for line in lines:
        found = _meta_fields(line.text)
        if found is None:
            out.append(line)
            continue
        for key, value in found.items():
            ctx.meta.setdefault(key, value)
        ctx.drop(line, "page metadata line")
    return out


def _meta_fields(text: str) -> dict[str, str] | None:
    """The fields of a line made only of ``label：value`` pairs, or None."""
    matches = list(P.META_FIELD.finditer(text))
    if not matches or text[: matches[0].start()].strip(" 【[|｜"):
        return None
    found: dict[str, str] = {}
    for m in matches:
        key = P.META_LABELS[m.group("label")]
        value = m.group("value").strip(" 】]|｜")
        if len(value) > 40:  # a sentence, not a field value: this is body text
            return None
        if key and value:
            found.setdefault(key, value)
    return found


def chrome_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop navigation, sharing, copyright and page-counter lines.

    ``上一篇：关于做好……的通知`` → ∅;  ``第1页 共3页`` → ∅
    """
    out = []
    for line in lines:
        if line.text and P.CHROME_LINE.match(line.text):
            ctx.drop(line, "page navigation or footer")
        else:
            out.append(line)
    return out


def teasers(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop a summary line that repeats the start of the body and breaks off with dots.

    ``讲话这次会议，是经区委区政府同意召开的……不得不开...`` followed by
    ``这次会议，是经区委区政府同意召开的……`` → the first line is removed.
    """
    out = []
    for i, line in enumerate(lines):
        if P.TEASER_END.search(line.text) and _repeats_following(line.text, lines[i + 1:i + 6]):
            ctx.drop(line, "teaser repeating the start of the body")
        else:
            out.append(line)
    return out


def _repeats_following(text: str, following: list[Line]) -> bool:
    body = P.TEASER_END.sub("", text).rstrip("…. ")
    for other in following:
        probe = other.text[: P.TEASER_MIN_OVERLAP]
        if len(probe) < P.TEASER_MIN_OVERLAP:
            continue
        at = body.find(probe)
        if at >= 0 and other.text.startswith(body[at:]):
            return True
    return False


def repeated_title(lines: list[Line], ctx: Context) -> list[Line]:
    """Drop a heading-like line near the top that repeats an earlier line word for word.

    ``在全区党政办公室主任会议上的讲话`` (again, under the page metadata) → ∅
    """
    out: list[Line] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        key = line.text.replace(" ", "")
        if key and key in seen and index < _HEAD_LINES:
            ctx.drop(line, "title repeated at the top of the body")
            continue
        if key and len(key) <= _TITLE_MAX and not chars.ends_sentence(key):
            seen.add(key)
        out.append(line)
    return out


#: Only this many lines from the top are searched for a repeated title.
_HEAD_LINES = 12
#: Longest line that can be a title (characters).
_TITLE_MAX = 80


def broken_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Rejoin a paragraph that was broken in the middle of a sentence.

    ``……此时此刻，我想借用`` + ``“秉烛夜谈”这个词来突出今晚的主题……``
    → ``……此时此刻，我想借用“秉烛夜谈”这个词来突出今晚的主题……``
    """
    from ..parser.patterns import starts_like_block

    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev.text, line.text, starts_like_block):
            ctx.diagnostics.append(Diagnostic(
                "info", "lines-joined", "line broken mid-sentence rejoined", line.number, line.text))
            out[-1] = Line(prev.number, prev.text + line.text)
        else:
            out.append(line)
    return out


#: A line shorter than this that does not end a sentence may be a title or heading, so it is
#: joined only when the next line cannot start a line at all.
_JOIN_MIN_CHARS = 40


def _continues(prev: str, text: str, starts_like_block: Callable[[str], bool]) -> bool:
    if not prev or not text or chars.ends_sentence(prev) or prev[-1] in "：:；;":
        return False
    if starts_like_block(prev) or starts_like_block(text):
        return False
    if text[0] in chars.NO_LINE_START or prev[-1] in chars.NO_LINE_END:
        return True
    return len(prev) >= _JOIN_MIN_CHARS


def punctuation(lines: list[Line], ctx: Context) -> list[Line]:
    """Use the full-width forms of punctuation in Chinese text; keep numbers and Latin text.

    ``这不仅是对中办工作的要求,也是……`` → ``这不仅是对中办工作的要求，也是……``;
    ``"五个坚持"`` → ``“五个坚持”``;  ``不得不开。。。`` → ``不得不开……``
    """
    from .punctuation import normalise

    out = []
    for line in lines:
        text = normalise(line.text)
        out.append(ctx.change(line, text, "punctuation-normalised", "punctuation")
                   if text != line.text else line)
    return out


def placeholders(lines: list[Line], ctx: Context) -> list[Line]:
    """Leave redaction placeholders alone, but list them for the user to fill in.

    ``王**还要讲话`` → unchanged, with a warning naming ``**``
    """
    for line in lines:
        for m in P.PLACEHOLDER.finditer(line.text):
            ctx.diagnostics.append(Diagnostic(
                "warning", "placeholder", f"placeholder {m.group()!r} to fill in", line.number, m.group()))
    return lines


def blank_lines(lines: list[Line], ctx: Context) -> list[Line]:
    """Collapse runs of blank lines into one and drop blank lines at the start and end.

    ``标题`` ``""`` ``""`` ``同志们：`` → ``标题`` ``""`` ``同志们：``
    """
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out


RULES: tuple[Rule, ...] = (
    Rule("entities", entities_and_controls),
    Rule("spaces", edge_spaces),
    Rule("markers", extractor_markers),
    Rule("banners", site_banners),
    Rule("meta-lines", meta_lines),
    Rule("chrome", chrome_lines),
    Rule("teasers", teasers),
    Rule("repeated-title", repeated_title),
    Rule("blank-lines", blank_lines),
    Rule("broken-lines", broken_lines),
    Rule("punctuation", punctuation),
    Rule("placeholders", placeholders),
)

RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in RULES)
