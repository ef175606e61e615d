"""A Chinese numeral with a colon for its separator (``一：某某``) numbers a heading as ``一、`` does,
never a ratio or a score (``三：二``).  Made-up rules."""

from __future__ import annotations

from helpers.structure import headings

import docgen
from docgen.shapes import patterns as S

RULES = ("某某社区议事会章程\n"
         "一：议事会由下列人员组成\n(1)社区党组织成员\n(2)由居民推选产生的代表\n"
         "二：议事会的职责\n(1)审议社区年度工作计划。\n(2)审议社区财务收支报告。\n"
         "三：议事会每季度召开一次会议，由社区居委会召集，会议纪要报街道备案。\n"
         "四：议事会作出的决定应当在社区公开栏中公布，接受居民监督。\n")


def test_a_numeral_with_a_colon_numbers_a_heading():
    s = docgen.parse_text(RULES)
    assert s.meta.title == "某某社区议事会章程"
    assert headings(s) == ["一：议事会由下列人员组成", "二：议事会的职责"]


def test_a_ratio_or_a_score_is_no_number():
    assert S.match_number("一：议事会的职责") is not None
    assert S.match_number("三：二战胜对手，晋级决赛。") is None
    assert S.match_number("一：1的比例尺") is None
