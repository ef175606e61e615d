"""A page's heading over an official text — its title with a note in brackets after it (the
gazette issue it was printed in) — over the text's own title set on two lines; the title in
traditional characters (批復 ends it as 批复 does) and its document number with 號.  The texts
are written for the tests."""

from __future__ import annotations

import docgen
from docgen.cleaner import clean

HEAD = "某某省人民政府關於同意某某縣撤縣設市的批復"
TEXT = (HEAD + "(2030年5號)\n"
        "某某省人民政府關於同意某某縣\n"
        "撤縣設市的批復\n"
        "某政函〔2030〕12號\n"
        "某某市人民政府:\n"
        "你市《關於某某縣撤縣設市的請示》收悉。經研究,同意撤銷某某縣,設立縣級某某市。\n"
        "某某省人民政府\n"
        "2030年3月1日\n")


def test_the_noted_page_heading_is_dropped_and_the_two_line_title_kept():
    texts = [line.text for line in clean(TEXT.splitlines()).lines if line.text]
    assert not any("5號" in t for t in texts), texts
    assert texts[:2] == ["某某省人民政府關於同意某某縣", "撤縣設市的批復"], texts


def test_the_title_is_the_texts_own_and_the_number_is_its_number():
    meta = docgen.parse(TEXT.encode("utf-8"), input_format="text").meta
    assert meta.title == HEAD
    assert meta.document_number == "某政函〔2030〕12號"


def test_a_heading_noted_with_a_document_number_stays_for_its_number():
    text = TEXT.replace("(2030年5號)", "(某政函〔2030〕12號)").replace("某政函〔2030〕12號\n某某市", "某某市")
    texts = [line.text for line in clean(text.splitlines()).lines if line.text]
    assert any("12號" in t for t in texts), texts
