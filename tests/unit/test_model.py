"""The speech model and its JSON dump."""

from __future__ import annotations

import json

from helpers.documents import ROOT, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

import docgen
from docgen.model import BLOCK_TYPES, Speech
from docgen.parser import parse_lines
from docgen.renderers.paragraphs import HANDLERS
from docgen.shapes import Line


def test_every_block_class_has_a_renderer_handler():
    assert set(BLOCK_TYPES.values()) == set(HANDLERS)


def test_json_dump_loads_back_into_an_equal_model():
    for path in SEEDS:
        speech = docgen.parse(path)
        again = Speech.from_json(speech.to_json())
        assert again == speech
        assert again.to_dict() == json.loads(speech.to_json())


def test_unknown_version_is_refused():
    import pytest

    with pytest.raises(ValueError, match="version"):
        Speech.from_dict({"docgen_model": 99, "meta": {}, "blocks": []})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="同志们：一二三、（）1.。，是要谢谢大家！在会议上的讲话第，年月日XX" + "中国人民政府工作",
                        max_size=40), max_size=12))
def test_parsing_never_crashes_and_round_trips(lines):
    speech = parse_lines(Line(i, t) for i, t in enumerate(lines, 1))
    assert Speech.from_json(speech.to_json()) == speech


def test_every_diagnostic_code_is_documented_with_its_level_and_meaning():
    from docgen.diagnostics import CODES

    doc = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): [cell.strip() for cell in line.split("|")[2:4]]
            for line in doc.splitlines() if line.startswith("| `")}
    assert rows == {name: [code.level, code.meaning] for name, code in CODES.items()}


def test_every_code_a_stage_creates_is_in_the_registry():
    """Diagnostics are made through the registry's codes: no module writes a code string."""
    import re

    from docgen.diagnostics import CODES

    for path in (ROOT / "docgen").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for call in re.findall(r'Diagnostic\(\s*"(?:info|warning|error)",\s*"([a-z-]+)"', source):
            assert call in CODES, f"{path.name}: code {call!r} is not in docgen/diagnostics.py"
