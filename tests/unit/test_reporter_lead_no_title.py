"""A news item reprinted without its headline: its first line the reporter's lead, a long
sentence run on after the reporter's name (``记者某某5月3日报道称，……``), its full stop lost —
no title, though it names a genre word (规划).  The texts are written for the tests."""

from __future__ import annotations

import docgen

LEAD = "记者李某某5月3日报道称,入夏以来,某某县某某镇全面规划、分片包干,切实抓好防汛备汛各项工作,确保了群众安全度汛"
REST = "\n\n该镇首先组织镇村干部排查隐患,落实责任人,层层签订责任书,形成上下联动的工作机制。\n"


def _title(text: str) -> str | None:
    return docgen.parse(text.encode("utf-8"), input_format="text").meta.title


def test_a_reporters_lead_over_the_text_is_no_title():
    assert _title(LEAD + REST) is None


def test_a_headline_over_the_reporters_lead_stays_the_title():
    assert _title("某某镇全面打好防汛备汛战\n\n" + LEAD + "。" + REST) == "某某镇全面打好防汛备汛战"
