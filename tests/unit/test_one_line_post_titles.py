"""A post copied into one line: its headline and its text run on after a space.  An official title
whose text opens with a 公文's first words is split off in either script (``……的通告 根據《……》``),
with a converter's glosses in it; a news headline is split off the text's first line when the
text's first sentence says it again, as a lead restates its headline — never a news outlet's
lead (``某某网讯``), a phrase that leaves a bracket open, or a line further down.  The texts are
written for the tests."""

from __future__ import annotations

import docgen

REST = ("县委书记出席会议并讲话，副县长主持会议。会上，有关部门负责同志作了表态发言，"
        "会议要求各乡镇各部门进一步统一思想，落实责任，确保各项工作顺利完成。")


def parsed(text: str):
    return docgen.parse(text.encode("utf-8"), input_format="text")


def texts(speech) -> list[str]:
    return [getattr(b, "text", "") for b in speech.blocks]


def test_a_news_headline_on_the_posts_one_line_is_split_off_when_the_lead_restates_it():
    line = "某某县召开2031年秋收秸秆禁烧工作动员会 9月21日上午，某某县召开2031年秋收秸秆禁烧工作动员会。" + REST
    speech = parsed(line)
    assert speech.meta.title == "某某县召开2031年秋收秸秆禁烧工作动员会"
    assert texts(speech)[0].startswith("9月21日上午，某某县召开")


def test_a_phrase_the_lead_does_not_restate_stays_in_the_text():
    line = "某某县召开2031年秋收工作会议 9月21日上午，全县干部齐聚一堂，共商秋收大计。" + REST
    assert parsed(line).meta.title is None


def test_a_news_outlets_lead_is_no_headline():
    line = "某某网-某某客户端讯 今（9）日，某某网-某某客户端记者从某某区公安分局了解到有关情况。" + REST
    assert parsed(line).meta.title is None


def test_a_phrase_that_leaves_a_bracket_open_is_no_headline():
    first = "会议开幕，气氛热烈。"
    line = "会议审议了县人民政府办理落实《关于贯彻实施< 某某法>审议意见》情况的报告，会议审议了县人民政府办理落实的情况。" + REST
    assert not any(t == "会议审议了县人民政府办理落实《关于贯彻实施<" for t in texts(parsed(first + "\n" + line)))
    assert parsed(line).meta.title is None


def test_only_the_texts_first_line_gives_a_headline():
    first = "会议开幕，气氛热烈，各界代表踊跃参会。"
    line = "某某县召开2031年秋收秸秆禁烧工作动员会 9月21日上午，某某县召开2031年秋收秸秆禁烧工作动员会。" + REST
    assert "某某县召开2031年秋收秸秆禁烧工作动员会" not in texts(parsed(first + "\n\n" + line))


def test_an_official_title_and_its_text_after_a_space_in_traditional_characters_are_split():
    line = ("某某市某某區(qū)人民政府關(guān)于發(fā)布森林禁火令的通告 根據(jù)《森林防火條例》的規(guī)定，"
            "為有效預(yù)防和控制森林火災(zāi)，全區(qū)林區(qū)自即日起禁止一切野外用火。特此通告。")
    speech = parsed(line)
    assert speech.meta.title == "某某市某某區（qū）人民政府關（guān）于發（fā）布森林禁火令的通告"
    assert texts(speech)[0].startswith("根據（jù）《森林防火條例》")


def test_a_speech_title_run_into_its_salutation_with_no_space_is_split_off():
    line = "国庆联欢会厂长致辞各位来宾、职工朋友们:今天,我们欢聚一堂,共同庆祝祖国的生日。" + REST
    speech = parsed(line)
    assert speech.meta.title == "国庆联欢会厂长致辞"
    assert texts(speech)[0] == "各位来宾、职工朋友们："


def test_a_sentence_naming_a_speech_before_a_colon_is_not_split():
    line = "会上，厂长致辞各位来宾:今天我们欢聚一堂，共同庆祝祖国的生日。" + REST
    speech = parsed(line)
    assert speech.meta.title != "会上，厂长致辞"
    assert any(t.startswith("会上，厂长致辞") for t in texts(speech))


def test_a_news_headline_run_straight_into_its_dated_lead_is_split_off():
    line = "某某集团召开2030年终总结大会2031年1月13日，某某集团2030年终总结大会在总部会议室召开。" + REST
    speech = parsed(line)
    assert speech.meta.title == "某某集团召开2030年终总结大会"
    assert texts(speech)[0].startswith("2031年1月13日，某某集团")


def test_a_phrase_run_into_a_dated_lead_that_does_not_restate_it_stays_in_the_text():
    line = "某某集团召开2030年终总结大会2031年1月13日，全体员工齐聚一堂，共话发展。" + REST
    assert parsed(line).meta.title is None


def test_a_news_headline_run_into_its_papers_wire_credit_is_split_off():
    line = ("百名志愿者 荒坡种新绿 本报讯 3月12日上午，百余名志愿者来到城郊荒坡参加义务植树活动，"
            "共栽种侧柏树苗三百余棵。" + REST)
    speech = parsed(line)
    assert speech.meta.title == "百名志愿者 荒坡种新绿"
    assert texts(speech)[0].startswith("本报讯 3月12日上午") or texts(speech)[0].startswith("本报讯3月12日上午")


def test_a_sentence_that_runs_into_a_wire_credit_stays_in_the_text():
    line = "据了解，百名志愿者来到荒坡 本报讯 3月12日上午，百余名志愿者来到城郊荒坡参加义务植树活动。" + REST
    assert parsed(line).meta.title != "据了解，百名志愿者来到荒坡"
