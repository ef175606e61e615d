"""敬爱的 is a form of address as 尊敬的 and 亲爱的 are (``敬爱的老师们``): a line of it alone over
the greeting is a salutation that lost its colon — also set over several voices' lines of a host
script — and never a title.  Made-up texts."""

from __future__ import annotations

import docgen
from docgen.model import Salutation


def _salutations(text: str) -> list[str]:
    return [b.text for b in docgen.parse_text(text).blocks if isinstance(b, Salutation)]


_BODY = ["春风送暖，万物复苏，新的学期开始了。", "让我们一起努力，迎接崭新的未来。", ""]


def test_a_revered_address_over_the_greeting_is_the_salutation_and_no_title():
    doc = docgen.parse_text("\n".join(["敬爱的各位家长", "大家上午好！", *_BODY]))
    assert _salutations("\n".join(["敬爱的各位家长", "大家上午好！", *_BODY])) == ["敬爱的各位家长"]
    assert doc.meta.title in (None, "")


def test_a_revered_address_set_over_two_voices_is_the_salutation():
    text = "\n".join(["男：敬爱的爷爷奶奶们", "女：亲爱的小朋友们", "合：大家好！",
                      "男：金秋时节，我们欢聚一堂，", "女：共同度过这个美好的午后。", ""])
    assert _salutations(text) == ["男：敬爱的爷爷奶奶们", "女：亲爱的小朋友们"]
    assert docgen.parse_text(text).meta.title in (None, "")


def test_a_revered_address_said_aloud_is_the_salutation():
    assert _salutations("\n".join(["敬爱的各位长辈！", *_BODY])) == ["敬爱的各位长辈！"]


def test_a_headline_opened_by_revered_words_over_prose_stays_the_title():
    text = "\n".join(["敬爱的老师，您辛苦了", "", "今天是教师节，全校师生欢聚一堂，向老师们致以节日的问候。", ""])
    assert _salutations(text) == []
