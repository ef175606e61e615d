"""Credits run on after a text's last sentence, after a space, as a page's browser text leaves
them (``……万事如意! 来源:某某 |``), and credits, review chains and footers on lines of their
own in either script and punctuation width.  The texts below are made up for the test."""

from __future__ import annotations

import docgen

BODY = ["某某镇召开年度工作会议", "",
        "会议总结了过去一年的工作,部署了今年的重点任务。", "",
        "会议要求,各村要把各项工作抓紧抓实,确保取得实效。"]


def _printed(lines: list[str]) -> list[str]:
    speech = docgen.parse_text("\n".join(lines))
    return [speech.meta.title or "", *(b.text for b in speech.blocks)]


def test_a_source_credit_run_on_after_the_last_sentence_goes_and_the_sentence_stays():
    printed = _printed([*BODY[:-1], "最后,祝大家新春快乐、万事如意! 来源:某某磐石 |"])
    assert any(p.endswith("万事如意！") for p in printed), printed
    assert not any("来源" in p for p in printed), printed


def test_a_papers_credit_with_its_reporter_run_on_after_the_text_goes():
    printed = _printed([*BODY[:-1], "校长提出了新学期的新希望。 □某某晚报 | 某某教育 记者 王某"])
    assert any(p.endswith("新希望。") for p in printed), printed
    assert not any("记者" in p for p in printed), printed


def test_a_signature_run_on_after_the_last_sentence_stays():
    printed = _printed([*BODY[:-1], "祝大家新春快乐! 校长 张某某"])
    assert any("张某某" in p for p in printed), printed


def test_credits_review_chains_and_notes_on_lines_of_their_own_go():
    chrome = ["全媒體記者:王某 李某", "編審:熊某某", "二审:周某 三审:唐某某", "(齐某某)", "(校办)", "文 章来源",
              "某某新闻报料:0000-0000000 某某新闻网,未经授权不得转载"]
    printed = _printed([*BODY, "", *chrome])
    assert any(p.startswith("会议要求") for p in printed), printed
    for line in chrome:
        assert not any(line[1:4] in p for p in printed), (line, printed)


def test_a_site_and_its_authors_under_the_headline_go():
    printed = _printed([BODY[0], "", "某某监委网站 张某 李某某", "", *BODY[2:]])
    assert printed[0] == "某某镇召开年度工作会议", printed
    assert not any("张某" in p for p in printed), printed


def test_a_credit_in_brackets_run_on_after_the_last_sentence_is_the_items_own_and_stays():
    printed = _printed([*BODY[:-1], "代表们参观了医院的康复中心。 （张某某/文 李某/摄）"])
    assert any(p.endswith("摄）") and "张某某/文" in p for p in printed), printed


def test_the_papers_own_headline_under_the_pages_headline_goes():
    printed = _printed([BODY[0], "", "《某某法制报》努力开创各项工作新局面", "", *BODY[2:]])
    assert printed[0] == "某某镇召开年度工作会议", printed
    assert not any("法制报" in p for p in printed), printed


def test_an_uploaders_name_over_a_bullet_and_the_page_time_goes_and_a_speakers_name_stays():
    body = ["在教师节来临之际,我们向老师们致以崇高的敬意。", "", "祝老师们节日快乐!"]
    uploaded = docgen.parse_text("\n".join(["庆祝教师节讲话", "张某某", "•", "2025-03-25 11:22:00", "", *body]))
    printed = [uploaded.meta.speaker or "", *(b.text for b in uploaded.blocks)]
    assert not any("张某某" in p for p in printed), printed
    speech = docgen.parse_text("\n".join(["庆祝教师节讲话", "张某某", "", *body]))
    assert "张某某" in " ".join([speech.meta.speaker or "", *(b.text for b in speech.blocks)])
