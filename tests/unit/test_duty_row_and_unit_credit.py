"""Credits a news page prints under its text: a paper's row of the edition's duty chief and its
editors (``总值班: 张某 李某 编辑: 王某``), and the unit that filed the item on a line of its own
(``稿件单位:某某镇``).  The texts below are made up for the test in those shapes."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import family_of

NEWS = ["某某市举行消防宣传月启动仪式",
        "8日上午，某某市举行消防宣传月启动仪式。副市长某某出席仪式并致辞。",
        "活动强调，要全力保障人民群众生命财产安全。（记者 张某某）"]


def _printed(lines: list[str]) -> list[str]:
    return [b.text for b in docgen.parse_text("\n".join(lines)).blocks]


def test_a_duty_chief_and_editor_row_is_a_credit():
    assert family_of("总值班: 王某 李某 编辑: 赵某某") is not None
    assert family_of("值班总编：钱某 责编：孙某 校对：周某") is not None


def test_a_duty_row_under_the_text_goes_and_is_not_run_onto_its_last_paragraph():
    printed = _printed([*NEWS, "总值班: 王某 李某 编辑: 赵某某"])
    assert not any("总值班" in p or "赵某某" in p for p in printed), printed
    assert any(p.startswith("活动强调") for p in printed), printed


def test_a_duty_chief_alone_in_a_holiday_roster_stays():
    assert family_of("总值班：张某 李某") is None
    printed = _printed(["某某单位国庆节值班安排", "国庆节期间，各科室要严格落实值班制度。", "总值班：张某某（局长）"])
    assert "总值班：张某某（局长）" in printed, printed


def test_the_filing_unit_on_its_own_line_goes():
    printed = _printed([*NEWS, "稿件单位:某某镇"])
    assert not any("稿件单位" in p for p in printed), printed
    assert len(printed) == 2, printed


def test_a_sentence_about_the_filing_unit_stays():
    printed = _printed([*NEWS, "稿件单位要对内容的真实性负责。"])
    assert any("稿件单位要对内容的真实性负责。" in p for p in printed), printed
