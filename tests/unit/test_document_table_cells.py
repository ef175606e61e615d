"""A row of a page's document table copied as text (``| 文号： | …… | 文件名称： | …… |``): a
field's value ends at its cell's bar, though the next cell's label ends in a label of ours
(``文件名称`` in ``名称``).  The rows are written for the tests."""

from __future__ import annotations

from docgen.shapes.meta import meta_fields


def test_a_value_in_a_document_table_ends_at_its_cell():
    row = "| 文 号: | 某院办发〔2030〕7号 | 文件名称: | 某院办发〔2030〕7号(第三次院长办公会纪要) |"
    assert meta_fields(row) == {"document_number": "某院办发〔2030〕7号"}


def test_a_value_with_a_bar_of_its_own_run_together_stays_whole():
    assert meta_fields("来源:某某网|某某频道 作者:王某") == {"source": "某某网|某某频道", "author": "王某"}
