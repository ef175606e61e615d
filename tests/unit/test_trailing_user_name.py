"""A blog's writer named by the user name alone under the text (``someone88``, lower-case Latin
letters), the platform's disclaimer perhaps under it, goes; a signature in Latin letters (a name
with capitals) stays.  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

BODY = ("適逢國慶佳節,某某聯會贊助兩千個福袋送予區內長者,場面溫馨。\n\n"
        "會長表示,施比受更有福,今天帶同青年義工隊參與社區服務,意義非凡。\n\n")


def test_a_user_name_under_the_text_goes() -> None:
    texts = kept(BODY + "lisawong\n")
    assert len(texts) == 2 and texts[-1].startswith("會長表示")


def test_a_user_name_over_the_platforms_disclaimer_goes() -> None:
    texts = kept(BODY + "lisawong\n\n** 博客文章文責自負,不代表本公司立場 **\n")
    assert len(texts) == 2 and texts[-1].startswith("會長表示")


def test_a_signature_in_latin_letters_stays() -> None:
    texts = kept(BODY + "Sandra\n")
    assert texts[-1] == "Sandra"
