"""A font-size row of bracketed sizes (``[大][中][小]``) copied from a page whose size links broke
the line: the byline row ends with the row's label and its first bracket (``字号:[``) and each
size goes on a line of its own (``大][`` / ``中][`` / ``小]``).  The pieces are page tools wherever
the row is broken: none is kept, none read as the title.  Made-up pages."""

from __future__ import annotations

import pytest
from helpers.cleaning import kept

import docgen

BODY = ("据某某日报 3月5日上午，某某县召开春季植树动员会，部署今年的国土绿化工作。\n"
        "会议要求各乡镇抓住植树的有利时机，确保完成全年造林任务。\n")


@pytest.mark.parametrize("pieces", [["大][", "中][", "小]"], ["大][中][", "小]"], ["大][", "中][小]"]])
def test_the_pieces_of_a_broken_font_size_row_go(pieces: list[str]) -> None:
    text = "发布日期:2030年03月06日 来源:某某日报 作者:某某 字号:[\n" + "\n".join(pieces) + "\n" + BODY
    assert kept(text) == BODY.splitlines()
    assert docgen.parse_text(text).meta.title is None


def test_a_whole_row_of_bracketed_sizes_goes() -> None:
    assert kept("【大】【中】【小】\n" + BODY) == BODY.splitlines()


@pytest.mark.parametrize("line", ["[中]某某中学", "大][中][小]学生"])
def test_a_bracketed_size_that_runs_into_words_stays(line: str) -> None:
    assert kept(line + "\n" + BODY)[0] == line
