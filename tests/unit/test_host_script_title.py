"""A host's script whose title, naming the part of the script after its genre word, runs into
the first host's opening address on one line.  The texts are written for the tests."""

from __future__ import annotations

import pytest

import docgen


def parse(text: str) -> docgen.Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


@pytest.mark.parametrize("mark", ["女:", "男：", "主持人甲:"])
@pytest.mark.parametrize("part", ["主持词开场白", "主持词", "主持詞結束語"])
def test_a_script_title_run_into_a_hosts_address_is_the_title(mark: str, part: str):
    text = (f"某某小学文艺汇演{part} {mark}尊敬的各位来宾, \n"
            "男:亲爱的同学们:你们好! 女:五月的校园,鲜花盛开。 男:让我们唱起歌来。\n")
    parsed = parse(text)
    assert parsed.meta.title == f"某某小学文艺汇演{part}"
    texts = " ".join(getattr(b, "text", "") for b in parsed.blocks)
    assert "尊敬的各位来宾" in texts and "鲜花盛开" in texts


def test_a_line_that_only_names_a_role_after_the_space_is_not_split():
    parsed = parse("某某小学文艺汇演主持词 女:好的, 我们开始\n男:同学们好。\n")
    assert parsed.meta.title != "某某小学文艺汇演主持词"
