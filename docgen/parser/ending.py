"""Blocks recognised by their place: signature blocks, the closing words, notes.

A signature block is a date alone on its line (成文日期) with up to three short lines naming
the issuing bodies above it (落款).  It ends the text, or the notice part of a 印发 notice,
whose issued document follows; a 附注 in parentheses may follow the date.  The closing words
(结束语) are among the last two lines before the end, a signature block or an attachment's
label.
"""

from __future__ import annotations

from .. import chars
from ..model import Block, Closing, Note, Signature, SignatureDate
from ..shapes import Line
from . import patterns as P


def ending_kinds(texts: list[Line]) -> dict[int, type[Block]]:
    """Index of a line → the block class its place gives it."""
    kinds: dict[int, type[Block]] = {}
    for index, line in enumerate(texts):
        if index and P.DATE.fullmatch(line.text.strip("（）() ")):
            _signature_block(texts, index, kinds)
    ends = [i for i, k in kinds.items() if k is SignatureDate]
    first_signature = min((i for i in kinds if kinds[i] in (Signature, SignatureDate)),
                          default=len(texts))
    for stop in sorted({first_signature, len(texts)} | set(ends) | set(_labels(texts))):
        for index in range(max(0, stop - 2), stop):
            if index not in kinds and P.CLOSING.match(texts[index].text):
                kinds[index] = Closing
    return kinds


def _labels(texts: list[Line]) -> list[int]:
    """Lines that may be an attachment's label (``附件2`` alone, not the ``附件：`` of a note
    with its names under it): the text before them may end with closing words."""
    return [i for i, line in enumerate(texts) if P.ATTACHMENT_START.match(line.text)
            and not (i + 1 < len(texts) and P.ATTACHMENT_ITEM.match(texts[i + 1].text))]


def _signature_block(texts: list[Line], index: int, kinds: dict[int, type[Block]]) -> None:
    kinds[index] = SignatureDate
    above = index
    while (above > 1 and index - above < P.SIGNATURE_MAX_LINES and above - 1 not in kinds
           and _signature_like(texts[above - 1].text)
           and not P.ATTACHMENT_LABEL.match(texts[above - 2].text)):  # 附件： then its one name
        above -= 1
        kinds[above] = Signature
    following = index + 1
    if following < len(texts) and P.NOTE.match(texts[following].text):
        kinds[following] = Note


def _signature_like(text: str) -> bool:
    return (len(text) <= P.SIGNATURE_MAX_CHARS and P.match_number(text) is None
            and not any(c in chars.PUNCTUATION for c in text.replace("（", "").replace("）", ""))
            and not P.SALUTATION.match(text) and not P.CLOSING_FORMULA.match(text))
