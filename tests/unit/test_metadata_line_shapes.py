"""Metadata lines and bylines in the shapes pages print them, copied or saved as text: fields run
together without spaces and with empty values, a list mark before the fields, labels in
traditional characters or with the pinyin glosses a script converter put after each character, a
byline without its colon, a reporters' credit in brackets, a platform's name with the date; a
list of an archive's years under an article; a press release's rules of asterisks and the name of
the service under its time of issue.  Made-up text in those shapes; the body stays whole, in both
widths of punctuation."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean
from docgen.shapes.meta import label_key, meta_fields

TITLE = "某某学院举办春季运动会"
BODY = ["4月8日上午，某某学院春季运动会在学院体育场开幕，全院师生两千余人参加。",
        "本次运动会设田径、球类等项目，历时两天。"]


def texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def body_stays(out: list[str], body: list[str] = BODY) -> None:
    joined = "\n".join(out)
    for passage in body:
        assert passage in joined


@pytest.mark.parametrize("line", [
    "上传日期：2020-05-06 作者：某某 点击数：",
    "文字作者:图片作者:稿件来源:某某学院发布时间:2012-03-04浏览量:123",
    "- 发布日期: 2019-07-08 阅读次数:次 【关闭窗口】",
    "供稿單位:",
    "發佈時間：2019-07-08 閱讀次數：",
    "發(fā)布時間:2008-12-31",
    "閱讀次數(shù):",
    "發（fā）布時間：2008-12-31",
    "终审:某某公司",
    "初审：王某 复审：李某 终审：张某",
    "信息发布者:某某某",
    "信息发布人：张某",
])
def test_fields_run_together_empty_listed_traditional_or_glossed_make_a_metadata_line(line):
    assert meta_fields(line) is not None


def test_the_values_of_fields_run_together_are_kept_apart():
    found = meta_fields("文字作者:王某图片作者:稿件来源:某某学院发布时间:2012-03-04浏览量:123")
    assert found == {"author": "王某", "source": "某某学院", "published": "2012-03-04"}


def test_a_traditional_or_glossed_label_keeps_its_value_as_written():
    assert meta_fields("發(fā)布單位:某某學院 發文字號:某政辦〔2022〕2號") == {"document_number": "某政辦〔2022〕2號"}
    assert label_key("發(fā)布時間") == "发布时间"


@pytest.mark.parametrize("line", [
    "发(fā)展是第一要务：这是全会的结论。",   # a gloss in a sentence of the text, no label
    "- 发展经济：要坚持稳中求进。",            # a list item of the body with a colon
    "時間：2019年7月8日上午9時",               # a weak label alone: a notice's meeting time
])
def test_lines_of_a_text_are_no_metadata_line(line):
    assert meta_fields(line) is None


@pytest.mark.parametrize("byline", [
    "上传日期：2020-05-06 作者：某某 点击数：",
    "文字作者:图片作者:稿件来源:某某学院发布时间:2012-03-04浏览量:123",
    "- 发布日期: 2019-07-08 阅读次数:次 【关闭窗口】",
    "發(fā)布時間:2008-12-31",
    "责任编辑 张某某",
    "（某某日报记者组）",
    "(本报记者 王某 通讯员 李某)",
    "某某学习平台 2021年07月07日",
])
def test_a_byline_under_the_title_goes_and_the_body_stays(byline):
    out = texts([TITLE, byline, "", *BODY])
    assert byline not in out
    assert out[0] == TITLE
    body_stays(out)


@pytest.mark.parametrize("byline", ["责任编辑 张某某", "（某某日报记者组）", "供稿單位:", "閱讀次數(shù):"])
def test_a_byline_under_the_body_goes(byline):
    out = texts([TITLE, "", *BODY, "", byline])
    assert byline not in out
    body_stays(out)


def test_a_signature_with_its_date_on_one_line_stays():
    out = texts(["关于某某工作的通知", "", "各有关单位：", *BODY, "", "某某县人民政府 2021年07月07日"])
    assert "某某县人民政府 2021年07月07日" in out


def test_a_list_of_an_archives_years_goes():
    years = [f"• {year}" for year in range(2015, 2021)]
    out = texts([TITLE, "", *BODY, "", *years])
    assert not any(line in out for line in years)
    body_stays(out)


def test_a_year_alone_over_a_chronicles_entries_stays():
    chronicle = ["• 2018", "3月，某某学院新校区奠基。", "• 2019", "9月，新校区启用。"]
    out = texts([TITLE, "", *BODY, "", *chronicle])
    assert "• 2018" in "\n".join(out) and "• 2019" in "\n".join(out)


def test_a_press_releases_rules_and_service_name_go_and_its_date_stays():
    release = ["某某署长明日赴北京出席会议", "**************",
               "  某某署长明日（七月二十四日）下午将前赴北京，出席有关会议。",
               "  他离港期间，由副署长署理署长职务。", "",
               "2025年7月23日（星期三）", "香港时间18时00分", "即日新闻"]
    out = texts(release)
    assert out[0] == "某某署长明日赴北京出席会议"
    assert "**************" not in out and "即日新闻" not in out
    assert "2025年7月23日（星期三）" in out
    body_stays(out, ["某某署长明日（七月二十四日）下午将前赴北京，出席有关会议。",
                     "他离港期间，由副署长署理署长职务。"])


def test_a_short_last_line_under_no_time_of_issue_stays():
    out = texts([TITLE, "", *BODY, "", "2025年7月23日", "特此通知"])
    assert "特此通知" in out


def test_the_editor_of_a_release_is_a_label_of_its_own_not_part_of_the_date_before_it():
    found = meta_fields("稿件来源:某某信息网  发布时间:2030-09-14  发稿编辑:王某某")
    assert found == {"source": "某某信息网", "published": "2030-09-14"}


def test_a_record_row_led_by_a_label_of_its_own_with_the_date_published_goes():
    row = "征集部门:某某公务网 发布日期:2030-09-01 截止日期:2030-09-30"
    assert meta_fields(row) is not None and meta_fields(row)["published"].startswith("2030-09-01")
    out = texts([TITLE, "", *BODY, "", row])
    assert row not in out
    body_stays(out)


@pytest.mark.parametrize("line", [
    "报名时间:2030年9月1日 截止时间:2030年9月30日",   # a notice's own fields: no date published
    "征集部门:某某局,发布日期:2030-09-01。",          # a sentence
])
def test_rows_of_a_notices_own_fields_stay(line):
    assert meta_fields(line) is None
