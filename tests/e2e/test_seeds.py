"""The five example texts parse into the structure a reader sees in them.

The expectations below were written by reading each source text, not by running the parser.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from helpers.documents import SEEDS, seed

import docgen
from docgen.chars import is_cjk
from docgen.model import MODEL_VERSION, Closing, Heading, Paragraph, Salutation

RALLY = "“树党办标杆、当发展先锋”，过硬的"

EXPECTED = {
    "000": {
        "title": None,
        "salutation": "同志们：",
        "headings": [],
        "heading_leads": [(1, f"一、{RALLY}政治能力是前提。"), (1, f"二、{RALLY}学习能力是基础。"),
                          (1, f"三、{RALLY}协调能力是关键。"), (1, f"四、{RALLY}担当能力是根本。"),
                          (1, f"五、{RALLY}执行能力保障。")],
        "enumeration_leads": [],
        "closing": "我就讲这些，谢谢大家！",
    },
    "001": {
        "title": "在县委办党支部2022年度组织生活会上的讲话",
        "salutation": "同志们：",
        "headings": [(1, "一、围绕固本抓理论学习，进一步汲取信仰之力"),
                     (1, "二、围绕目标抓问题整改，进一步夯实工作之基"),
                     (1, "三、围绕职能抓服务提升，进一步引领作风之变"),
                     (1, "四、围绕细节抓防微杜渐，进一步担好落实之责")],
        "heading_leads": [],
        "enumeration_leads": [],
        "closing": None,
    },
    "002": {
        "title": None,
        "salutation": "同志们：",
        "headings": [],
        "heading_leads": [(1, "一、争做政治坚定的忠诚哨兵。"), (1, "二、争做勤勉敬业的参谋助手。"),
                          (1, "三、争做素质过硬的业务骨干。"), (1, "四、争做作风优良的廉政模范。")],
        "enumeration_leads": [],
        "closing": None,
    },
    "003": {
        "title": None,
        "salutation": "同志们：",
        "headings": [(1, "一、提高思想认识，增强学习的自觉性和主动性"),
                     (1, "二、聚焦多维并重，提升工作的能动性和质效性"),
                     (2, "（一）坚定理想信念，做绝对忠诚的政治标兵"),
                     (2, "（二）强化服务职能，做保障有力的后勤卫士"),
                     (2, "（三）突出能力建设，做履职担当的业务达人"),
                     (2, "（四）严守纪律界限，做作风建设的道德先锋"),
                     (1, "三、严格纪律学风，确保培训的严肃性和实效性")],
        "heading_leads": [],
        "enumeration_leads": ["一是顺应XX高质量发展的必然要求。", "二是提升新时代“三服务”能力的客观需要。",
                              "三是有利于加强办公室系统干部队伍建设。"],
        "closing": "谢谢大家！",
    },
    "004": {
        "title": "在全区党政办公室主任会议上的讲话",
        "salutation": None,
        "headings": [(1, "第一，牢牢把握正确工作方向"),
                     (2, "一是要绝对忠诚。"), (2, "二是要坚决服从。"), (2, "三是要恪守纪律。"),
                     (2, "四是要促进落实。"),
                     (1, "第二，全力围绕中心服务大局"),
                     (2, "一是综合协调要“好”。"), (2, "二是信息处理要“快”。"), (2, "三是办文办会要“精”。"),
                     (2, "四是调查研究要“深”。"), (2, "五是督查督办要“实”。"), (2, "六是机要保密要“细”。"),
                     (2, "七是后勤保障要“优”。"),
                     (1, "第三，坚持事业立身道德立世")],
        "heading_leads": [],
        "enumeration_leads": ["一要加强学习持恒心。", "二要担当奉献讲热心。", "三要保持定力须安心。",
                              "四要敬畏法德莫乱心。"],
        "closing": None,
    },
}


def _structure(speech):
    blocks = speech.blocks
    salutations = [b.text for b in blocks if isinstance(b, Salutation)]
    closings = [b.text for b in blocks if isinstance(b, Closing)]
    return {
        "title": speech.meta.title,
        "salutation": salutations[0] if salutations else None,
        "headings": [(b.level, b.text) for b in blocks if isinstance(b, Heading)],
        "heading_leads": [(b.lead.level, b.lead.text) for b in blocks
                          if isinstance(b, Paragraph) and b.lead and b.lead.kind == "heading"],
        "enumeration_leads": [b.lead.text for b in blocks
                              if isinstance(b, Paragraph) and b.lead and b.lead.kind == "enumeration"],
        "closing": closings[0] if closings else None,
    }


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_structure(key):
    assert _structure(docgen.parse(seed(key))) == EXPECTED[key]


def test_every_seed_is_covered():
    assert sorted(p.name[:3] for p in SEEDS) == sorted(EXPECTED)


def test_enumeration_spans_inside_paragraphs():
    speech = docgen.parse(seed("002"))
    para = next(b for b in speech.blocks if isinstance(b, Paragraph) and b.lead
                and b.lead.text.startswith("一、"))
    assert [para.text[s.start:s.end] for s in para.spans] == [
        "一要坚持对党绝对忠诚。", "二要坚决做到令行禁止。", "三要强化创新理论武装。"]


def test_salutation_is_first_and_closing_last():
    for path in SEEDS:
        speech = docgen.parse(path)
        if any(isinstance(b, Salutation) for b in speech.blocks):
            assert isinstance(speech.blocks[0], Salutation), path.name
        if any(isinstance(b, Closing) for b in speech.blocks):
            assert isinstance(speech.blocks[-1], Closing), path.name


def test_boilerplate_of_seed_004_is_gone():
    speech = docgen.parse(seed("004"))
    body = "\n".join(b.to_dict().get("text", "") for b in speech.blocks)
    for junk in ("zciku", "中词库", "bookmark", "来源：", "作者：", "更新时间", "..."):
        assert junk not in body
    first = speech.blocks[0]
    assert isinstance(first, Paragraph) and first.text.startswith("这次会议，是经区委区政府同意召开的")
    assert body.count("在全区党政办公室主任会议上的讲话") == 0
    assert speech.meta.source == "网络" and speech.meta.author == "心旷神怡"
    assert speech.meta.published == "2024-08-28" and speech.meta.date is None


def test_lines_broken_mid_sentence_are_rejoined():
    speech = docgen.parse(seed("004"))
    texts = [b.text for b in speech.blocks]
    assert any("此时此刻，我想借用“秉烛夜谈”这个词来突出今晚的主题" in t for t in texts)
    assert any("确保“写之有物”。问策能对" in t for t in texts)
    assert not any(t.startswith("“秉烛夜谈”") for t in texts)


def test_half_width_commas_between_chinese_become_full_width():
    speech = docgen.parse(seed("002"))
    assert any("对中办工作的要求，也是对全国" in b.text for b in speech.blocks)
    assert not any(re.search(r"[\u4e00-\u9fff],[\u4e00-\u9fff]", b.text) for b in speech.blocks)


def _model_text(speech) -> str:
    meta = speech.meta
    parts = [meta.title or "", meta.subtitle or "", meta.date or "", meta.occasion or "",
             meta.speaker or ""]
    for block in speech.blocks:
        parts.append(block.full_text if isinstance(block, Paragraph) else block.text)
    return "".join(parts)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_sentence_is_lost(path):
    """Every Chinese character of the source survives, in order, except those on removed lines."""
    speech = docgen.parse(path)
    removed = {d.line for d in speech.diagnostics if d.code == "boilerplate-removed"}
    source_lines = path.read_text(encoding="utf-8").splitlines()
    kept = "".join(line for number, line in enumerate(source_lines, 1) if number not in removed)
    assert [c for c in _model_text(speech) if is_cjk(c)] == [c for c in kept if is_cjk(c)]


def test_removed_lines_in_seed_004_are_exactly_the_boilerplate():
    speech = docgen.parse(seed("004"))
    removed = sorted(d.line for d in speech.diagnostics if d.code == "boilerplate-removed")
    assert removed == [1, 3, 4, 5]  # banner, 来源/作者 line, teaser, repeated title


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_inspect_json_has_the_public_shape(path):
    out = subprocess.run([sys.executable, "-m", "docgen", "inspect", str(path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    assert data["docgen_model"] == MODEL_VERSION == 4
    assert {"title", "subtitle", "date", "speaker", "occasion", "source"} <= set(data["meta"])
    for block in data["blocks"]:
        assert isinstance(block["type"], str) and isinstance(block["text"], str)
        if block["type"] == "heading":
            assert block["level"] in (1, 2, 3, 4) and block["text"].startswith(block["number"])
        if block["type"] == "paragraph" and block["lead"]:
            assert block["lead"]["kind"] in ("heading", "enumeration")
    for d in data["diagnostics"]:
        assert set(d) >= {"level", "code", "line", "text", "message"}
