"""Chrome that school and company sites print around an article: the credit of its picture
among the editors' lines, a field of the content system under the title with its label spaced
out, the reporters' team's slogan in brackets under the text, the site's own name alone under
it.  The texts are written for the tests."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

BODY = ("今年以来，某某学院坚持立德树人根本任务，深化教育教学改革，人才培养质量稳步提升。\n\n"
        "学院将继续完善教学评价制度，努力为师生创造更好的学习和工作条件。\n")


def kept(text: str) -> list[str]:
    return [line.text for line in clean(text.splitlines()).lines if line.text]


def test_a_pictures_credit_among_the_editors_lines_is_dropped():
    texts = kept("某某学院召开教学工作会议\n\n" + BODY + "\n题图：某某某\n\n编辑：张某 李某\n\n审核：王某\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts


def test_a_template_field_with_its_label_spaced_out_under_the_title_is_dropped():
    text = "关于召开某某工作会议的通知\n\n单 位：某某处\n各学院、各部门：\n" + BODY
    texts = kept(text)
    assert "单 位：某某处" not in texts and "单位：某某处" not in texts, texts
    assert docgen.parse(text.encode("utf-8"), input_format="text").meta.title == "关于召开某某工作会议的通知"


def test_a_teams_slogan_in_brackets_under_the_text_is_dropped():
    texts = kept("某某学院举行毕业晚会\n\n" + BODY + "\n【学院故事由你书写，学院风采由我们记录，新闻中心竭诚为您服务】\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts


def test_the_sites_system_name_alone_under_the_text_is_dropped():
    reposted = BODY.rstrip("\n") + " 来源：某某报"  # a paragraph with its credit run on
    texts = kept("某某学院举行毕业晚会\n\n" + reposted + "\n\n\n某某学院综合办公系统\n")
    assert texts[-1].startswith("学院将继续完善教学评价制度"), texts
    signed = kept("某某学院举行毕业晚会\n\n" + BODY + "\n某某学院办公室\n")
    assert signed[-1] == "某某学院办公室"
