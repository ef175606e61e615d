"""Titles in texts copied from pages: a letter's short title over its author's credit framed by dashes."""

from __future__ import annotations

import docgen


def test_a_credit_framed_by_dashes_under_a_short_title_is_no_title():
    text = ("亲爱的老师\n\n"
            "── 某某中学校友  王某某 ──\n\n"
            "今年春天我回到了母校,看到校园里的一草一木,想起了您当年的教诲。\n\n"
            "您的形影,您的典范,会长存在我的心中。\n")
    speech = docgen.parse_text(text)
    assert speech.meta.title == "亲爱的老师"
