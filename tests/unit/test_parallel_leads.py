"""A work report's second layer: siblings whose first sentences are a series of couplet
headings (two clauses of like length apart by a comma, all opening or all closing alike) are
run-in headings however long; long first sentences of a list that are no such series stay the
items' own sentences.  Every text is made up for the test."""

from __future__ import annotations

import docgen
from docgen.model import Paragraph

REST = "全年围绕目标任务持续用力，各项工作取得新的进展，群众获得感不断增强，发展基础更加牢固。"


def leads(*lines: str) -> list[str | None]:
    speech = docgen.parse_text("\n".join(["某某市政府工作报告", "一、今年重点工作", *lines]))
    return [b.lead.text if b.lead else None for b in speech.blocks if isinstance(b, Paragraph) and b.full_text.startswith("（")]


def test_a_series_of_long_couplet_leads_opening_alike_are_run_in_headings():
    found = leads(f"（一）突出扩大有效需求战略基点，更大力度统筹促进消费扩大投资。{REST}",
                  f"（二）突出科技创新全链条发力，加紧培育壮大发展新动能新优势。{REST}",
                  f"（三）突出壮大实体经济发展根基，加快建设现代化产业体系。{REST}")
    assert found == ["（一）突出扩大有效需求战略基点，更大力度统筹促进消费扩大投资。",
                     "（二）突出科技创新全链条发力，加紧培育壮大发展新动能新优势。",
                     "（三）突出壮大实体经济发展根基，加快建设现代化产业体系。"]


def test_a_series_closing_alike_is_one_too():
    found = leads(f"（一）着力贯彻落实新发展理念，在全面推动经济提质增效上开新局。{REST}",
                  f"（二）着眼完善社会主义市场经济体制，在全面深化改革上开新局。{REST}",
                  f"（三）聚焦加强生态环境保护治理，在全面促进绿色低碳发展上开新局。{REST}")
    assert all(lead is not None for lead in found)


def test_long_first_sentences_that_are_no_series_stay_the_items_own():
    found = leads(f"（一）全年地区生产总值增长百分之五点二，高于全国平均水平零点三个百分点。{REST}",
                  f"（二）新增城镇就业人数达到十二万人以上，城镇调查失业率保持在较低水平。{REST}",
                  f"（三）居民人均可支配收入稳步提高，农村居民收入增速继续快于城镇居民。{REST}")
    assert found == [None, None, None]


def test_unbalanced_clauses_opening_alike_are_no_couplets():
    found = leads(f"（一）请各单位于5月20日前将本单位参加培训的人员名单报送至办公室，逾期不候。{REST}",
                  f"（二）请各单位于5月22日前将本单位参加考试的人员名单报送至组织部，逾期不候。{REST}",
                  f"（三）请各单位于5月25日前将本单位参加评议的人员名单报送至人事处，逾期不候。{REST}")
    assert found == [None, None, None]
