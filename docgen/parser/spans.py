"""Enumeration leads inside paragraphs — ``……。一是……。二是……`` — as character spans.

Only runs that really enumerate count: each lead's number must be the next one of its word
(是 / 要), or the same again (``五是……。五是……`` as written), starting from 一 — in the same
paragraph, in the paragraph's own lead, or in the paragraph before (a list can go on in the
next paragraph).  So a lone ``二要`` or a ``统一是`` is never taken for a lead.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span
from . import patterns as P


@dataclass
class Run:
    """Where an enumeration stands: its word (是/要) and the last number seen."""

    word: str | None = None
    last: int = 0

    def reset(self) -> None:
        self.word, self.last = None, 0

    def start(self, number: str) -> None:
        """A paragraph led by ``number`` (``一是``) starts or continues a run."""
        value = P.number_value(number)
        if number and number[-1] in "是要" and value is not None:
            self.word, self.last = number[-1], value


def inline_spans(text: str, run: Run) -> tuple[Span, ...]:
    """The enumeration leads in ``text``, continuing ``run`` (which is updated)."""
    found: list[Span] = []
    for m in P.INLINE_ENUMERATION.finditer(text):
        value = P.number_value(m.group("value"))
        word = m.group("word")
        if value is None:
            continue
        continues = run.word == word and value in (run.last, run.last + 1)
        if value != 1 and not continues:
            continue
        run.word, run.last = word, value
        found.append(_span(text, m.start(), m.end(), m.group("number")))
    return tuple(found) + _sequence_spans(text, found)


def _sequence_spans(text: str, taken: list[Span]) -> tuple[Span, ...]:
    """首先……其次……最后 inside a paragraph, when at least two of the words follow in order."""
    words = list(P.INLINE_SEQUENCE.finditer(text))
    order = [P.SEQUENCE_WORDS.index(m.group("number")) for m in words]
    if len(words) < P.SEQUENCE_MIN_WORDS or order != sorted(order) or len(set(order)) != len(order):
        return ()
    if any(s.start <= m.start() < s.end for m in words for s in taken):
        return ()
    return tuple(_span(text, m.start(), m.end(), m.group("number")) for m in words)


def _span(text: str, start: int, number_end: int, number: str) -> Span:
    end = P.clause_end(text, number_end)
    return Span("enumeration", start, end if end is not None else len(text), number)
