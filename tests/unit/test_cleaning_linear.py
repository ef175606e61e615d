"""Cleaning is linear: the punctuation steps pass over each character a bounded number of
times whatever the input (a count of the characters passed over, not a timing), and the
pieces a long line is normalised in come out as the whole line would."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docgen.cleaner import clean
from docgen.cleaner.punctuation import MAX_PIECE, MAX_STEPS, WORK, normalise, normalise_whole

#: What a line of a pasted text may hold: Han characters, marks of both widths, every kind of
#: quote and parenthesis, dots and dashes, Latin letters, digits, spaces, an address, a
#: placeholder, a number label.
_PIECES = st.sampled_from([*"中文会议我们的工作", *"，。、；：？！,.;:?!", *"\"“”'‘’()（）", "...", "--", "…",
                           " ", "　", "a", "1", "www.gov.cn", "XX", "王**", "一."])
_LINE = st.lists(_PIECES, min_size=1, max_size=12).map("".join)

def _bound(lines: list[str]) -> int:
    """What the steps may pass over: for each line a few passes over itself and over the
    unfinished piece of the paragraph before it (at most MAX_PIECE characters; a few dozen
    where quotes and parentheses are paired) — never over the whole paragraph again, which
    grows with every line joined to it."""
    return 4 * MAX_STEPS * sum(len(line) + MAX_PIECE for line in lines)


def _work(lines: list[str]) -> int:
    before = WORK.characters
    clean(lines)
    return WORK.characters - before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=40, max_size=300), st.sampled_from(["，", "", "。"]))
def test_the_passes_over_a_line_are_bounded_whatever_the_input(lines, end):
    # lines ending with a comma are all joined into one paragraph, the case that was quadratic
    lines = [line + end for line in lines]
    assert _work(lines) <= _bound(lines)


@pytest.mark.parametrize("start", ["", '"(开始，'])  # a quote and a parenthesis never closed
def test_a_paragraph_joined_from_many_lines_is_passed_over_a_bounded_number_of_times(start):
    # one sentence broken after every comma, 400 times: one line of 8,000 characters
    lines = [start, *["他说\"我们要把这项工作做好\"，", "并且(认真)落实'责任'，"] * 200]
    work = _work(lines)
    assert work <= _bound(lines)
    # five times the text is about five times the work, not twenty-five
    assert _work([start, *lines[1:] * 5]) <= 6 * work


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=150).map("".join))
def test_pieces_normalise_as_the_whole_line(text):
    assert len(text) < MAX_PIECE
    # growing, as a paragraph does while lines are joined to it (pieces are taken over)
    for end in range(len(text) // 4, len(text) + 1, max(len(text) // 4, 1)):
        assert normalise(text[:end]) == normalise_whole(text[:end])
