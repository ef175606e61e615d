"""A picture's caption as the text's first line (``签约仪式现场``): the copy starts at the
text's pictures, under its headline, so the short lines under the caption, before the text's
first sentence, are more captions (who did what in each picture), not a headline.  A caption
under a headline leaves the headline the title, and a column's label over a headline is passed
over as before.  The texts are written for the tests."""

from __future__ import annotations

import docgen

CAPTIONS = ["签约仪式现场", "某某局局长王某某介绍合作项目情况", "副局长李某某宣读合作协议"]
BODY = ["5月8日，某某局与某某大学举行合作签约仪式，双方将在人才培养、技术研发等方面开展合作。",
        "仪式上，双方负责人分别致辞，表示将以此次签约为契机，推动合作走深走实。"]
HEADLINE = "某某局与某某大学签署合作协议"


def parse(*lines: str) -> docgen.Speech:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def test_captions_under_a_picture_caption_first_are_no_title() -> None:
    speech = parse(*CAPTIONS, *BODY)
    assert speech.meta.title is None
    texts = [getattr(block, "text", "") for block in speech.blocks]
    assert CAPTIONS[1] in texts and BODY[0] in texts


def test_a_caption_under_the_headline_leaves_it_the_title() -> None:
    assert parse(HEADLINE, *CAPTIONS, *BODY).meta.title == HEADLINE


def test_a_column_label_over_the_headline_is_still_passed_over() -> None:
    assert parse("要闻动态", HEADLINE, *BODY).meta.title == HEADLINE
