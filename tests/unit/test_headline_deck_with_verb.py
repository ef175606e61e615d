"""A news headline set over two lines (``某某局2030年第3次局务会`` / ``暨理论学习中心组学习会议召开``)
with its deck under it, a clause saying what someone did with a genre word as its verb
(``张三主持会议并讲话``): the deck's 讲话 names no kind of text, so it closes no title broken over
lines — the headline is the title, the deck its subtitle.  A one-line headline that ends so is
the title itself.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen

BODY = ["3月5日上午，某某局2030年第3次局务会暨理论学习中心组学习会议召开，传达学习有关文件精神。",
        "会议指出，要提高站位，抓紧抓细各项工作任务，持续推动整改整治。"]


def parse(*lines: str) -> docgen.Speech:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


@pytest.mark.parametrize("deck", ["张三主持会议并讲话", "李四出席并致辞"])
def test_a_deck_with_a_genre_word_as_its_verb_is_the_subtitle(deck: str) -> None:
    speech = parse("某某局2030年第3次局务会", "暨理论学习中心组学习会议召开", deck, *BODY)
    assert speech.meta.title == "某某局2030年第3次局务会暨理论学习中心组学习会议召开"
    assert speech.meta.subtitle == deck


def test_a_deck_under_a_one_line_headline_too() -> None:
    speech = parse("某某局召开2030年第3次局务会", "张三主持会议并讲话", *BODY)
    assert speech.meta.title == "某某局召开2030年第3次局务会"
    assert speech.meta.subtitle == "张三主持会议并讲话"


def test_a_one_line_headline_ending_so_is_the_title() -> None:
    assert parse("张三主持召开局务会并讲话", *BODY).meta.title == "张三主持召开局务会并讲话"


def test_a_title_broken_over_lines_that_ends_with_its_genre_word_is_joined() -> None:
    speech = parse("张三同志在某某局2030年", "工作会议上的讲话", *BODY)
    assert speech.meta.title == "张三同志在某某局2030年工作会议上的讲话"
