"""What stands before or after a title's own words on a copied page or text: the name of the
news organ a headline is reposted from, a subtitle with its speaker after a dash, a Markdown
heading mark, a news agency's dateline above the title.  Each case is made up for the test in
the shape real pages and texts have."""

from __future__ import annotations

import pytest

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"
SPEECH_BODY = ("同志们：", "今天我们召开这次大会，主要任务是总结过去一年的工作，部署今年的任务。")


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


# --------------------------------------------------------------------------- a news organ's name


@pytest.mark.parametrize("line, title, source", [
    ("某省日报：某某县加快发展特色农业助力增收", "某某县加快发展特色农业助力增收", "某省日报"),
    ("某某新闻：某某镇建成十座光伏电站", "某某镇建成十座光伏电站", "某某新闻"),
    ("某某网：【最美人物】张某某：让荒山变成果园", "张某某：让荒山变成果园", "某某网"),
    ("某某电视台：某某大学举行毕业典礼", "某某大学举行毕业典礼", "某某电视台"),
    ("某光明报：某某医院召开护理工作表彰会", "某某医院召开护理工作表彰会", "某光明报"),
])
def test_the_name_of_the_news_organ_before_a_headline_is_the_source_not_the_title(line, title, source):
    meta = parsed(line, BODY).meta
    assert (meta.title, meta.source) == (title, source)


@pytest.mark.parametrize("line", [
    "张某某：让荒山变成果园",  # a person's name before a colon is part of the headline
    "工业互联网：赋能制造业转型升级",  # a network, a topic
    "喜报：某某学校荣获省级奖项",  # a short label, no organ
    "安全生产情况通报：某某镇排查隐患十二处",  # a kind of report, no paper
    "工作简报：某某镇排查隐患十二处",
])
def test_a_name_before_a_colon_that_is_no_news_organ_stays_in_the_title(line):
    assert parsed(line, BODY).meta.title == line


@pytest.mark.parametrize("line, title", [
    ("某某网 一封写在药盒上的感谢信", "一封写在药盒上的感谢信"),
    ("某省日报\u3000某某县建成十座光伏电站", "某某县建成十座光伏电站"),
])
def test_the_name_of_the_news_organ_before_a_space_is_no_part_of_the_headline(line, title):
    assert parsed(line, BODY).meta.title == title


@pytest.mark.parametrize("line", [
    "某某晚报 2031年国庆节特刊出版",  # figures after the name: a byline's date, or the title's own year
    "工业互联网 赋能制造业转型升级",  # a network, a topic
    "张某某 让荒山变成果园",  # a person's name, no organ
])
def test_a_name_before_a_space_that_is_no_news_organ_or_before_figures_stays_in_the_title(line):
    assert parsed(line, BODY).meta.title == line


# --------------------------------------------------------------------------- a news column's name


@pytest.mark.parametrize("line, title", [
    ("国际聚焦：某某发表新春致辞：兔年万事顺遂", "某某发表新春致辞：兔年万事顺遂"),
    ("财经观察:某某县特色农业带动增收", "某某县特色农业带动增收"),
    ("两会直击：代表委员热议乡村振兴", "代表委员热议乡村振兴"),
    ("国内时讯：某某商会在某市成立", "某某商会在某市成立"),  # a news-flash column's kicker
])
def test_the_name_of_a_news_column_before_a_headline_is_no_part_of_the_title(line, title):
    assert parsed(line, BODY).meta.title == title


@pytest.mark.parametrize("line", [
    "观察：某某县特色农业带动增收",  # a column's word alone: a label the headline may hold
    "某某市聚焦民生实事：十件实事全部完成",  # the headline's own first half
    "张某某：聚焦主业不放松",  # a person's name before the colon
    "时讯：某某商会在某市成立",  # the column's word alone
])
def test_a_phrase_before_a_colon_that_is_no_column_name_stays_in_the_title(line):
    assert parsed(line, BODY).meta.title == line


# --------------------------------------------------------------------------- a speaker's subtitle


@pytest.mark.parametrize("dash", ["——", "──"])
def test_a_subtitle_naming_its_speaker_run_into_the_title_after_a_dash_is_split_off(dash):
    line = f"不忘初心，砥砺前行{dash}某某某校长在2020届毕业典礼上的讲话"
    meta = parsed(line, *SPEECH_BODY).meta
    assert meta.title == "不忘初心，砥砺前行"
    assert meta.subtitle is not None and "某某某校长在2020届毕业典礼上的讲话" in meta.subtitle


# --------------------------------------------------------------------------- Markdown


@pytest.mark.parametrize("mark", ["# ", "## ", "###### "])
def test_a_markdown_heading_mark_is_no_part_of_the_title(mark):
    assert parsed(f"{mark}某某在年度工作会议上的讲话", *SPEECH_BODY).meta.title == "某某在年度工作会议上的讲话"


def test_a_hash_sign_without_a_space_stays():
    assert parsed("#某某话题#工作会议上的讲话", *SPEECH_BODY).meta.title == "#某某话题#工作会议上的讲话"


# --------------------------------------------------------------------------- a dateline


@pytest.mark.parametrize("dateline", ["某某社北京5月4日电", "某某网某市2020年5月4日电（记者 张三）"])
def test_a_news_dateline_above_a_speech_title_is_no_part_of_it(dateline):
    meta = parsed(dateline, "在纪念某某大会上的讲话", "（2020年5月4日）", *SPEECH_BODY).meta
    assert meta.title == "在纪念某某大会上的讲话"
    assert meta.source is not None and meta.source.startswith("某某")


def test_a_dateline_that_opens_a_paragraph_stays_in_the_body():
    speech = parsed("某某县召开工作会议", "某某社某市5月4日电 某某县日前召开工作会议，部署全年任务。", BODY)
    assert speech.meta.title == "某某县召开工作会议"
    assert any("5月4日电" in text for text in (getattr(b, "text", "") for b in speech.blocks))
