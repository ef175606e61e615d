"""The document's kind alone as a page's heading (``倡议书``) run straight into the letter's
salutation on the first line (``倡议书亲爱的同学们：``): the kind is the title, the rest the
salutation.  Made-up texts in the shape real pages have."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

BODY = ("春天到了，校园里的花草树木都发芽了，需要我们大家共同爱护。",
        "为此，我们向全体同学发出倡议：",
        "1. 不踩踏草坪。",
        "2. 不攀折花木。")


def _parsed(first: str):
    return docgen.parse_text("\n".join((first, *BODY)))


def _salutation(doc) -> str | None:
    return next((b.text for b in doc.blocks if isinstance(b, Salutation)), None)


def test_the_kind_run_into_the_salutation_is_the_title_over_it():
    doc = _parsed("倡议书亲爱的同学们：")
    assert doc.meta.title == "倡议书"
    assert _salutation(doc) == "亲爱的同学们："


def test_the_kind_in_traditional_script_run_into_the_salutation_is_split_too():
    doc = _parsed("倡議書各位老師、同學們:")
    assert doc.meta.title == "倡議書"
    assert _salutation(doc) == "各位老師、同學們："


def test_a_sentence_opened_by_a_genre_word_with_text_after_its_colon_is_left_whole():
    doc = docgen.parse_text("建议各单位：加强春季校园绿化管理，做好花木养护工作。\n" + "\n".join(BODY))
    assert doc.meta.title != "建议"
    assert _salutation(doc) is None
