"""The real-world bench counts a keep passage that ends with a layout bar after a space kept
whether docgen prints the bar or takes it off; a passage that loses more than the bar is not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "realworld"))

import realworld
from rwlib import norm

PASSAGE = "在此向各位同事表示感谢。 某某科室 2030年3月4日 |"


def test_a_passage_printed_without_its_trailing_bar_is_kept():
    assert realworld._kept_without_bar(PASSAGE, norm("在此向各位同事表示感谢。某某科室 2030年3月4日"))


def test_a_passage_printed_without_its_date_is_not_kept():
    assert not realworld._kept_without_bar(PASSAGE, norm("在此向各位同事表示感谢。某某科室"))
