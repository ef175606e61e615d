"""Lines that make no headline: a paper's wire credit whose reporters' bracket a line break
cuts (``本报讯（记者某某`` / ``通讯员某某）……``); a host's cue with its stage direction in brackets
(``抽奖（因……，……）``).  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import title_of


def test_a_wire_credit_broken_before_its_bracket_closes_is_no_title() -> None:
    text = ["本报讯(全媒体记者张某某", "通讯员李某某)3月2日上午,某某镇召开春季森林防火工作会议,部署当前防火工作。",
            "会议要求,各村要落实巡山护林责任,确保不发生森林火灾。"]
    assert title_of(*text) is None


def test_a_headline_over_a_wire_credit_stays() -> None:
    text = ["某某镇部署春季防火工作", "本报讯(全媒体记者张某某", "通讯员李某某)3月2日上午,某某镇召开春季森林防火工作会议,部署当前防火工作。"]
    assert title_of(*text) == "某某镇部署春季防火工作"


SCRIPT = ["(1)请获得本届比赛一等奖的选手上台领奖;", "(2)请获得本届比赛二等奖的选手上台领奖;",
          "现在进行第五项:请某某公司总经理致辞!", "现在我宣布:某某公司第三届职工趣味运动会闭幕!"]


def test_a_hosts_cue_with_its_stage_direction_is_no_title() -> None:
    assert title_of("抽奖(因为奖品数量比较多,我们只抽取一等奖,其余奖项会后到前台领取)", *SCRIPT) is None


def test_a_headline_with_a_short_aside_in_brackets_stays() -> None:
    assert title_of("某某公司第三届职工运动会闭幕(附获奖名单)", *SCRIPT) == "某某公司第三届职工运动会闭幕（附获奖名单）"
