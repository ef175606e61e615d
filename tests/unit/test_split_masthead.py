"""A 版头 whose issuer mark a copy set over two lines apart by a blank line, and whose 发文字号
it cut after the count (the 号 lost)."""

from __future__ import annotations

import docgen


def test_a_mark_over_two_lines_apart_and_a_cut_number_make_the_masthead():
    text = ("某某行业协会\n\n某某专业委员会文件\n\n某专委（2030）第012\n\n关于推迟召开年会的通知\n\n"
            "各会员单位：\n\n原定于5月召开的年会推迟举行。\n\n某某专业委员会\n\n2030年5月1日\n")
    speech = docgen.parse_text(text)
    assert speech.meta.issuer == "某某行业协会、某某专业委员会文件"
    assert speech.meta.document_number == "某专委〔2030〕第012"
    assert speech.meta.title == "关于推迟召开年会的通知"


def test_a_bracketed_year_without_a_count_is_no_number_under_a_mark():
    text = "某某局文件\n\n某某局（2030）\n\n关于开展检查的通知\n\n各科室：\n\n现开展检查。\n"
    assert docgen.parse_text(text).meta.document_number is None
