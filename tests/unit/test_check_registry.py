"""The findings of ``docgen check``: every id in the registry is in docs/check.md with its
level, and the page lists no id the registry lacks; the rule files of the text conventions
each add one id; the tolerances are GB/T 9704's."""

from __future__ import annotations

import re

from helpers.documents import ROOT

from docgen.check import patterns, registry
from docgen.check.conventions import conventions

DOC = (ROOT / "docs" / "check.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `([a-z0-9-]+)` \| (error|warning|note) \| (\w+) \|", re.M)


def test_the_documentation_lists_every_id_with_its_level_and_no_other():
    documented = {m.group(1): (m.group(2), m.group(3)) for m in ROW.finditer(DOC)}
    registered = {c.id: (c.level, c.area) for c in registry.CHECKS.values()}
    assert documented == registered


def test_ids_are_stable_words():
    for check in registry.CHECKS.values():
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", check.id), check.id
        assert check.meaning and check.clause


def test_every_rule_file_adds_its_id_and_applies_to_a_type():
    rules = conventions()
    assert {r.type for r in rules} >= {"请示", "通知", "报告", "批复", "函"}
    for rule in rules:
        assert registry.CHECKS[rule.check.id] is rule.check and rule.check.level == "warning"
        assert rule.title_ends and (rule.ending or rule.forbidden or rule.formula)


def test_the_tolerances_are_the_standards():
    assert abs(patterns.GEOMETRY / patterns.MM - 1.0) < 1e-9    # ±1 mm (GB/T 9704 §6.1)
    assert patterns.SIZE == 0.5 and patterns.CHARS == 0.5
    low, high = 28.95 - patterns.PITCH_BELOW, (225 * patterns.MM - 16) / 21 + patterns.PITCH_ABOVE
    assert round(low, 1) == 28.0 and round(high, 1) == 30.2       # §12 of the notes: 28.0–30.2 pt
