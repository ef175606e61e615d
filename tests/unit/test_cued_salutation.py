"""A host script for several voices whose lines open with the speaker's cue (``合：``, ``甲：``,
``A：``): the first line a salutation that lost its colon over the greeting — the script's
first words, no title, read as the salutation with its cue.  And the same salutation without
cues.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.model import Salutation

SCRIPT = ("合:尊敬的各位家长、各位嘉宾,亲爱的同学们\n"
          "合:大家上午好!\n"
          "甲:金秋时节,我们在这里举行某某中学第五届艺术节开幕式。\n"
          "乙:首先,请允许我介绍出席今天开幕式的各位嘉宾。\n"
          "甲:第一项,请校长致辞。\n")


def _parsed(text: str) -> docgen.model.Document:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def test_a_cued_salutation_over_a_cued_greeting_is_no_title_but_the_salutation():
    doc = _parsed(SCRIPT)
    assert doc.meta.title is None
    assert isinstance(doc.blocks[0], Salutation)
    assert doc.blocks[0].text == "合：尊敬的各位家长、各位嘉宾，亲爱的同学们"


def test_a_salutation_without_its_colon_over_the_greeting_is_no_title():
    doc = _parsed(SCRIPT.replace("合:", "").replace("甲:", "").replace("乙:", ""))
    assert doc.meta.title is None
    assert isinstance(doc.blocks[0], Salutation)


def test_a_headline_over_a_cued_script_stays_the_title():
    doc = _parsed("某某中学第五届艺术节开幕式主持词\n" + SCRIPT)
    assert doc.meta.title == "某某中学第五届艺术节开幕式主持词"
