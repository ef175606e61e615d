"""A date alone under a news headline is the day the page published it when the lead under it
opens as a report's does: with its paper's wire credit (``某某晚报讯（记者 某某）……``), also past a
picture's caption set between (``◀……``).  The texts below are made up for the test in those
shapes."""

from __future__ import annotations

import docgen

HEAD = ["二十余名退役军人共迎“八一”", "", "2030年07月31日", "", "◀书法家创作军旅题材作品", ""]
SECOND = ["", "与会人员分享了各自在自主创业等方面的经验。"]


def test_a_date_over_a_caption_and_a_wire_lead_is_the_pages():
    lead = "某某晚报讯(记者 张某)“我将永葆军人本色。”7月29日上午，某某县退役军人座谈会举行，二十余名退役军人代表齐聚一堂。"
    doc = docgen.parse_text("\n".join([*HEAD, lead, *SECOND]))
    assert doc.meta.date is None
    assert doc.meta.published == "2030年07月31日"


def test_a_date_right_over_a_wire_lead_is_the_pages():
    lead = "本报讯 近日，某某县退役军人座谈会举行，二十余名退役军人代表齐聚一堂，共同庆祝建军节。"
    doc = docgen.parse_text("\n".join(["二十余名退役军人共迎“八一”", "2030年07月31日", lead, "与会人员分享了各自的经验。"]))
    assert doc.meta.date is None


def test_a_date_over_a_lead_without_a_wire_credit_stays_the_texts():
    lead = "“我将永葆军人本色。”二十余名退役军人代表齐聚一堂，共同庆祝建军节。"
    doc = docgen.parse_text("\n".join([*HEAD, lead, *SECOND]))
    assert doc.meta.date == "2030年07月31日"
