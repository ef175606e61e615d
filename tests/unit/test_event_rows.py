"""A block of an event's details over a post (its date, time and place rows, in either
script, with their English labels after a bar or not) is the post's own; a post that labels
its fields in both languages gives its own English version under the Chinese one, which stays.
The pages are written for the test, with half-width punctuation as a search index keeps it."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

ROWS = ("日期 | Date:2031.5.4\n\n"
        "時間 | Time:9:00~10:30a.m.(初中部 | Junior Section)\n\n"
        "10:30~11:45a.m.(高中部 | Senior Section)\n\n"
        "地點 | Venue:B2禮堂 | B2 Hall\n\n")
CHINESE = ("本校於日前舉行了初中結業禮,是次典禮分兩場舉行,師生全程配戴口罩,典禮在莊嚴的氣氛中進行。\n\n"
           "兩場典禮均由祈禱揭開序幕,校長致詞勉勵同學,並為同學頒發結業證書及各類獎項。\n\n")
ENGLISH = ("The Closing Ceremony for the Junior Section was held in two parts this year, and all "
           "teachers and students wore masks during the whole ceremony.\n\n"
           "Both parts started with a prayer, followed by a speech by the Principal, who encouraged "
           "the students and presented the certificates and awards.\n")


def _parsed(text: str) -> docgen.Speech:
    return docgen.parse_text(text)


def test_the_event_rows_over_the_post_stay_and_are_no_title():
    speech = _parsed("zh_TW\n\n" + ROWS + CHINESE)
    whole = "\n".join(b.text for b in speech.blocks)
    for row in ("Date:2031.5.4", "Time:9:00~10:30", "10:30~11:45", "Venue:B2禮堂"):
        assert row in whole, whole
    assert speech.meta.title is None


def test_a_date_row_alone_is_no_block():
    from docgen.cleaner.edges import _event_rows
    lone = ["日期:2031年1月1日", "", "本校舉行典禮,師生出席。"]
    assert _event_rows(lone, range(len(lone))) == set()
    block = ["日期:2031年1月1日", "", "地点:礼堂", "正文。"]
    assert _event_rows(block, range(len(block))) == {0, 2}
    assert _event_rows(block[:3], range(3)) == {0, 2}  # a block that ends the lines looked at


def test_a_bilingual_posts_english_version_stays():
    whole = "\n".join(b.text for b in _parsed(ROWS + CHINESE + ENGLISH).blocks)
    assert "The Closing Ceremony" in whole and "Both parts started" in whole, whole


def test_without_bilingual_labels_the_appended_english_still_goes():
    whole = "\n".join(b.text for b in _parsed(CHINESE + ENGLISH).blocks)
    assert "The Closing Ceremony" not in whole, whole


def test_a_row_with_a_colon_is_no_menu_line_and_a_locale_code_is_a_language_switch():
    assert family_of("地點 | Venue:B2禮堂 | B2 Hall", ("line", "page")) is None
    assert family_of("zh_TW", ("line", "page")) is not None
