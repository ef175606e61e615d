"""A page whose text stands in a ``<pre>`` block keeps the block's line breaks, as a browser
shows them: each line of the block is a line of the text.  Made-up page."""

from __future__ import annotations

import docgen
from docgen.model import Heading
from docgen.readers import read_bytes

TEXT = ("\u3000\u3000某某协会是由某某行业的企事业单位组成的行业性、非营利性社会团体，协助政府从事行业管理。\n"
        "一、入会资格\n"
        "\u3000\u3000从事某某服务的各类企事业单位，愿意遵守协会章程、按时缴纳会费的，均可申请入会。\n"
        "二、入会程序\n"
        "\u3000\u3000填写入会申请表，经协会审核批准后缴纳会费，颁发会员证。\n")
PAGE = ("<html><head><meta charset='utf-8'><title>入会须知</title></head><body>"
        f"<div class=box><h2>某某协会入会须知</h2><pre class=mid>{TEXT}</pre></div>"
        "<p>© 2016 某某协会</p></body></html>").encode()


def test_the_lines_of_a_pre_block_are_lines_of_the_text():
    lines = [line.strip() for line in read_bytes(PAGE, "pre.html").lines]
    assert "一、入会资格" in lines and "二、入会程序" in lines


def test_headings_in_a_pre_block_are_found():
    speech = docgen.parse(PAGE, name="pre.html")
    assert [b.text for b in speech.blocks if isinstance(b, Heading)] == ["一、入会资格", "二、入会程序"]
