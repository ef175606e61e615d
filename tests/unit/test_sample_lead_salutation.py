"""A form of address under a Q&A page's lead into a sample it names (``……倡议书如下：``), paragraphs
of the answer above it, is the sample's salutation.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation


def _salutations(text: str) -> list[str]:
    blocks = docgen.parse(text.encode("utf-8"), input_format="text", no_title=True).blocks
    return [b.text for b in blocks if isinstance(b, Salutation)]


ANSWER = ("倡议书是就某件事向大家提出建议、发起行动的一种书信,下面举一个例子。\n"
          "{lead}\n"
          "亲爱的队员们:\n"
          "春天来了,让我们一起走进公园,捡起一片纸屑,守护身边的绿色。\n")


def test_a_form_of_address_under_a_lead_into_a_sample_is_its_salutation():
    assert _salutations(ANSWER.format(lead="环保倡议书如下:")) == ["亲爱的队员们："]


def test_a_form_of_address_under_a_sentence_of_prose_stays_a_paragraph():
    # near miss: a lead into items of the text, not a sample of a kind
    assert _salutations(ANSWER.format(lead="具体安排如下:")) == []
