"""A news site's bare mailbox line under its article (電子信箱:… after the last paragraph) is the
site's; a notice's mailbox, under a sentence that sends the reader to it or in its contact block,
is the text's own (all written for the tests, half-width punctuation)."""

from __future__ import annotations

import docgen

NEWS = """某某商業同業公會於3月8日舉行會員大會,新任理事長在致詞中表示,將推動會員合作與互助,提升產業競爭力,並加強與地方政府的合作。

大會最後在熱烈掌聲中圓滿落幕,公會表示未來將持續為會員創造更多價值,為產業發展注入新動能。

電子信箱:someone@example.com
"""

NOTICE = """各村委会:

为做好今年的评选工作,请各村于3月20日前填写推荐表,并将电子版发送至以下邮箱,逾期不再受理,请相互转告。

电子邮箱:someone@example.com
"""


def _joined(text: str) -> str:
    speech = docgen.parse(text.encode("utf-8"), input_format="text")
    return "\n".join(b.text for b in speech.blocks if hasattr(b, "text"))


def test_a_news_sites_mailbox_under_the_article_is_dropped() -> None:
    joined = _joined(NEWS)
    assert "someone@example.com" not in joined
    assert "圓滿落幕" in joined


def test_a_mailbox_the_text_sends_the_reader_to_stays() -> None:
    assert "someone@example.com" in _joined(NOTICE)
