"""Text conventions, checked on the document's parts as docgen's parser finds them, all as
warnings: heading numbers in order and without gaps (what the parser reports), placeholders
left (XX, ××), the form of the 成文日期 and of the 附件说明, and the closing formulas of each
document type — one rule file per type in ``conventions/`` (a 请示 ends with a request for
instruction; 特此通知, when used, is a 通知's last paragraph …)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .. import diagnostics as C
from ..model import AttachmentNote, Block, Closing, Paragraph, SignatureDate
from . import registry as R
from .findings import Finding
from .textroles import Parsed

#: Where a finding about a paragraph (0-based) lies: pages, line, paragraph number and box.
Locate = Callable[[int], dict]

#: The parser's diagnostics that are text findings.
FROM_PARSER: dict[str, R.Check] = {
    C.PLACEHOLDER.name: R.TEXT_PLACEHOLDER, C.NUMBERING_GAP.name: R.TEXT_NUMBERING_GAP,
    C.NUMBERING_REPEAT.name: R.TEXT_NUMBERING_ORDER, C.LEVEL_SKIPPED.name: R.TEXT_LEVEL_SKIPPED,
    C.NUMBERING_MIXED.name: R.TEXT_NUMBERING_MIXED, C.HEADING_END_PUNCTUATION.name: R.TEXT_HEADING_PUNCTUATION,
    C.ATTACHMENT_NUMBER.name: R.TEXT_ATTACHMENT_FORM, C.ATTACHMENT_COUNT.name: R.TEXT_ATTACHMENT_FORM,
    C.ATTACHMENT_TITLE.name: R.TEXT_ATTACHMENT_FORM,
}
#: A date as GB/T 9704 §7.3.5.4 writes it: Arabic numerals, the year in full, no zero padding.
DATE_FORM = re.compile(r"\d{4}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日")
#: What a date line looks like, in whatever numerals.
DATE_LIKE = re.compile(r"[\d〇○零一二三四五六七八九十OＯ０-９]{2,4}\s*年\s*[\d〇○零一二三四五六七八九十０-９]{1,3}\s*月"
                       r"\s*[\d〇○零一二三四五六七八九十０-９]{1,3}\s*日")
#: The 附件说明's first line: 附件 and a full-width colon …
ATTACHMENT_LABEL = re.compile(r"附件[:：\s]")
#: … the number of each of several attachments: a digit and a half-width full stop.
ATTACHMENT_NUMBER_FORMS = re.compile(r"^(附件[:：]\s*)?(\d+)([.．、,，)）])")
#: How much of a line a finding quotes.
QUOTED = 24
#: Marks that end an attachment's name by mistake (§7.3.4: 附件名称后不加标点符号).
NAME_END_MARKS = "。，；、.,;"


@dataclass(frozen=True, slots=True)
class Convention:
    """One document type's rule file."""

    check: R.Check
    type: str
    title_ends: tuple[str, ...]
    ending: tuple[re.Pattern[str], ...] = ()
    within: int = 2
    ending_message: str = ""
    forbidden: tuple[re.Pattern[str], ...] = ()
    forbidden_message: str = ""
    formula: str = ""
    formula_form: re.Pattern[str] | None = None
    formula_message: str = ""


def _folder() -> Path:
    return Path(str(resources.files("docgen.check") / "conventions"))


@cache
def conventions() -> tuple[Convention, ...]:
    """The rule files, each registering its finding id."""
    return tuple(_load(path) for path in sorted(_folder().glob("*.toml")))


def _load(path: Path) -> Convention:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    check = R.CHECKS.get(data["id"]) or R.register(data["id"], "warning", "text", data["clause"], data["meaning"])
    ending, forbidden, formula = data.get("ending", {}), data.get("forbidden", {}), data.get("formula", {})
    return Convention(check, data["type"], tuple(data["title_ends"]),
                      tuple(re.compile(p) for p in ending.get("any", ())), int(ending.get("within", 2)),
                      ending.get("message", ""), tuple(re.compile(p) for p in forbidden.get("any", ())),
                      forbidden.get("message", ""), formula.get("text", ""),
                      re.compile(formula["form"]) if "form" in formula else None, formula.get("message", ""))


def check_text(parsed: Parsed, locate: Locate) -> list[Finding]:
    found = [check(_said(d.message, d.text), **_at(locate, d.line))
             for d in parsed.speech.diagnostics if (check := FROM_PARSER.get(d.code)) is not None]
    found.extend(_dates(parsed, locate))
    found.extend(_attachments(parsed, locate))
    found.extend(_closings(parsed, locate))
    return found


def _said(message: str, text: str | None) -> str:
    """A parser's message, with the text it is about (shortened) when the message lacks it."""
    if not text or text in message:
        return message
    return f"{message}: “{text[:QUOTED]}{'…' if len(text) > QUOTED else ''}”"


def _at(locate: Locate, line: int | None) -> dict:
    return {"source": "text", **(locate(line - 1) if line else {})}


def _dates(parsed: Parsed, locate: Locate) -> list[Finding]:
    found = []
    for block in parsed.speech.blocks:
        if isinstance(block, SignatureDate) or _is_date(block):
            found.extend(_date(parsed.original(block.line, block.text), "the 成文日期", locate, block.line))
    printed = parsed.speech.meta.printed_date
    if printed:
        found.extend(_date(printed, "the 印发日期", locate, None))
    return found


def _is_date(block: Block) -> bool:
    """A paragraph that is a date alone (a 成文日期 the parser did not take for one, as in
    Chinese numerals)."""
    return isinstance(block, Paragraph) and DATE_LIKE.fullmatch(_text(block)) is not None


def _date(text: str, what: str, locate: Locate, line: int | None) -> list[Finding]:
    compact = "".join(text.split()).removesuffix("印发")
    if DATE_FORM.fullmatch(compact) or not DATE_LIKE.search(compact):
        return []
    return [R.TEXT_DATE_FORM(f"{what} reads “{compact}”", measured=compact, expected="2024年3月5日: Arabic numerals, "
                             "the year in full, no zero padding", **_at(locate, line))]


def _attachments(parsed: Parsed, locate: Locate) -> list[Finding]:
    notes = [b for b in parsed.speech.blocks if isinstance(b, AttachmentNote)]
    found: list[Finding] = []
    for index, block in enumerate(notes):
        text = "".join(parsed.original(block.line, block.text).split())
        problems = []
        if index == 0 and ATTACHMENT_LABEL.match(text) and not text.startswith("附件："):
            problems.append("附件 is not followed by a full-width colon （：）")
        number = ATTACHMENT_NUMBER_FORMS.match(text)
        if number and number.group(3) != ".":
            problems.append(f"its number is written “{number.group(2)}{number.group(3)}”, not “{number.group(2)}.”")
        if text.endswith(tuple(NAME_END_MARKS)):
            problems.append(f"the name ends with “{text[-1]}”")
        if problems:
            found.append(R.TEXT_ATTACHMENT_FORM(f"the 附件说明 “{text[:20]}”: {'; '.join(problems)}", measured=text[:24],
                                                expected="附件：1. 名称 (no mark after the name)",
                                                **_at(locate, block.line)))
    return found


def _closings(parsed: Parsed, locate: Locate) -> list[Finding]:
    title = "".join((parsed.speech.meta.title or "").split())
    body = [b for b in parsed.speech.blocks if isinstance(b, (Paragraph, Closing)) and not _is_date(b)]
    found: list[Finding] = []
    for rule in conventions():
        if title and title.endswith(rule.title_ends) and body:
            found.extend(_closing(rule, body, locate))
    return found


def _text(block: Block) -> str:
    return "".join((block.full_text if isinstance(block, Paragraph) else block.text).split())


def _closing(rule: Convention, body: Sequence[Block], locate: Locate) -> list[Finding]:
    last = body[-rule.within:]
    if rule.ending and not any(p.search(_text(b)) for b in last for p in rule.ending):
        return [rule.check(rule.ending_message, measured=_text(body[-1])[-20:], expected=rule.type,
                           **_at(locate, body[-1].line))]
    for block in body:
        if any(p.search(_text(block)) for p in rule.forbidden):
            return [rule.check(rule.forbidden_message, measured=_text(block)[:24], **_at(locate, block.line))]
    if rule.formula and rule.formula_form is not None:
        using = [b for b in body if rule.formula in _text(b)]
        if using and (using[-1] is not body[-1] or not rule.formula_form.fullmatch(_text(using[-1]))):
            return [rule.check(rule.formula_message, measured=_text(using[-1])[:24], expected=rule.formula_form.pattern,
                               **_at(locate, using[-1].line))]
    return []


conventions()  # every rule file's id is in the registry as soon as the checker is loaded
