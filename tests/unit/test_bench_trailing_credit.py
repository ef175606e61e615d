"""The real-world bench counts a keep passage that ends with a correspondent's or reporter's
credit run on after a space (``……。 通讯员 某某 |``) kept whether docgen prints the credit or
cuts it off, as it does for an editor's credit; a passage that loses more than the credit, or
whose tail only begins like a credit, is not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "realworld"))

import realworld
from rwlib import norm

PASSAGE = "全村上下一片欢声笑语。 通讯员 某某某 |"


def test_a_passage_printed_without_its_correspondents_credit_is_kept():
    assert realworld._kept_without_credit(PASSAGE, norm("全村上下一片欢声笑语。"))
    assert realworld._kept_without_credit("活动圆满结束。 记者：某某 某某某", norm("活动圆满结束。"))


def test_a_passage_printed_without_more_than_the_credit_is_not_kept():
    assert not realworld._kept_without_credit(PASSAGE, norm("全村上下一片欢声"))


def test_a_tail_that_only_begins_like_a_credit_is_no_credit():
    assert not realworld._kept_without_credit("会议结束了。 通讯员队伍不断壮大", norm("会议结束了。"))
