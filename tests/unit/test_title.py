"""Title line breaking on its own (GB/T 9704 §7.3.1): between words, no dangling 的/关于,
lines no wider than the text block, a 梯形 or 菱形 shape."""

from __future__ import annotations

import pytest

from docgen.typesetting.title import break_title, estimate_measure

MM = 72 / 25.4
WIDTH = 156 * MM
SIZE = 22.0  # 2号: 20 characters fit in 156 mm
MEASURE = estimate_measure(SIZE)

#: (title, words and names that must not be split across lines) — read off each title.
TITLES = [
    ("在全县上下深入学习贯彻省第十二次党代会精神暨2023年XX工作会议上的讲话",
     ["第十二次", "党代会", "2023年", "会议上的讲话", "贯彻"]),
    ("关于进一步加强和改进新形势下全市机关党的建设工作的实施意见",
     ["关于进一步加强", "新形势", "实施意见", "建设"]),
    ("在庆祝中华人民共和国成立75周年暨全市先进集体和先进个人表彰大会上的讲话提纲",
     ["中华人民共和国", "75周年", "先进集体", "先进个人", "表彰大会"]),
    ("在市委理论学习中心组“学习贯彻党的二十届三中全会精神”专题研讨会上的发言",
     ["“学习贯彻党的二十届三中全会精神”", "中心组", "研讨会上的发言"]),
    ("习近平在中国共产党第二十次全国代表大会上的报告学习辅导百问读本心得体会",
     ["习近平", "中国共产党", "第二十次", "全国代表大会", "心得体会"]),
    ("关于印发《XX市党政机关公文处理工作实施细则（试行）》的通知",
     ["关于印发", "（试行）", "的通知", "实施细则"]),
    ("XX县委书记在全县2024年经济工作会议暨优化营商环境动员大会上的讲话",
     ["2024年", "营商环境", "动员大会", "讲话"]),
    ("坚定不移推动高质量发展奋力谱写中国式现代化建设的崭新篇章——在市委十四届五次全会上的讲话",
     ["——在市委", "高质量发展", "现代化", "十四届"]),
]


def lengths(lines):
    return [MEASURE(line) / SIZE for line in lines]


def test_a_title_that_fits_stays_on_one_line():
    assert break_title("在全区党政办公室主任会议上的讲话", WIDTH, MEASURE) == ("在全区党政办公室主任会议上的讲话",)
    assert break_title("", WIDTH, MEASURE) == ()


@pytest.mark.parametrize("title,words", TITLES, ids=lambda v: v[:8] if isinstance(v, str) else "")
def test_long_titles_break_between_words_into_lines_that_fit(title, words):
    lines = break_title(title, WIDTH, MEASURE)
    assert len(lines) >= 2 and "".join(lines) == title
    assert all(MEASURE(line) <= WIDTH + 1e-6 for line in lines)
    for word in words:
        assert any(word in line for line in lines), (word, lines)


@pytest.mark.parametrize("title,words", TITLES, ids=lambda v: v[:8] if isinstance(v, str) else "")
def test_no_dangling_particles_and_no_fragment_for_a_last_line(title, words):
    lines = break_title(title, WIDTH, MEASURE)
    for line in lines[:-1]:
        assert not line.endswith(("的", "关于", "在", "暨", "和", "“", "《", "（")), lines
    for line in lines[1:]:
        assert not line.startswith(("的", "上的", "”", "》", "）")), lines
    assert lines[-1] not in ("讲话", "的讲话", "上的讲话", "通知", "的通知") and len(lines[-1]) >= 4


@pytest.mark.parametrize("title,words", TITLES, ids=lambda v: v[:8] if isinstance(v, str) else "")
def test_lines_form_a_trapezoid_or_a_diamond_never_an_hourglass(title, words):
    sizes = lengths(break_title(title, WIDTH, MEASURE))
    if len(sizes) == 3:
        assert not (sizes[1] < sizes[0] - 0.5 and sizes[1] < sizes[2] - 0.5), sizes
    # balanced: no line less than half as long as the longest
    assert min(sizes) >= max(sizes) / 2, sizes


def test_fewest_lines_that_fit():
    title = TITLES[0][0]  # 35 characters: two lines of at most 20
    assert len(break_title(title, WIDTH, MEASURE)) == 2


def test_a_title_without_any_break_point_inside_its_quotes_still_fits():
    title = "关于《" + "国" * 30 + "》的说明"
    lines = break_title(title, WIDTH, MEASURE)
    assert "".join(lines) == title and all(MEASURE(line) <= WIDTH + 1e-6 for line in lines)


def test_a_dash_starts_the_line_of_what_it_introduces():
    lines = break_title(TITLES[-1][0], WIDTH, MEASURE)
    assert lines[-1].startswith("——在") and not lines[-2].endswith("—")
