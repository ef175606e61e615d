"""The labels' heading levels follow the document's own hierarchy (bench/realworld/relevel.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "realworld"))

import relevel  # noqa: E402


def levels(*texts: str) -> list[int]:
    families = [relevel.family_of(t) for t in texts]
    assert None not in families, families
    return relevel.levels_by_order(families)  # type: ignore[arg-type]


def test_a_first_layer_numbered_1_is_level_1():
    assert levels("1.加强组织领导", "2.强化督促检查") == [1, 1]


def test_1_directly_under_yi_is_level_2_and_the_four_gbt_layers_are_1_to_4():
    assert levels("一、总体要求", "1、加强组织领导", "二、主要任务", "2、强化督促检查") == [1, 2, 1, 2]
    assert levels("一、总体要求", "（一）指导思想", "1.加强领导", "（1）明确责任") == [1, 2, 3, 4]
    assert levels("第一章　总则", "一、目的", "第二章　职责") == [1, 2, 1]


def test_separators_of_one_family_are_one_layer():
    assert levels("1.加强领导", "2、明确责任", "3．强化督查") == [1, 1, 1]


def test_only_the_level_numbers_of_the_headings_are_rewritten():
    source = 'title = "x"\n[lists]\nkeep = [ { line = 3, level = 9 } ]\nheadings = [\n' \
             '  { line = 4, sha = "ab", level = 3 },\n  { level = 3, text = "1.某某", standalone = true },\n]\n'
    out = relevel._rewrite(source, [1, 2])
    assert out == source.replace('sha = "ab", level = 3', 'sha = "ab", level = 1').replace(
        "level = 3, text", "level = 2, text")
