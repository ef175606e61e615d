"""The document's file name (its title with a file's extension, a sharing site's category in
brackets before it perhaps) goes wherever it stands; the name of another file stays.  The texts
are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

SPEECH = ("在某某考察团欢迎宴会上的致辞\n"
          "同志们、朋友们:\n"
          "今天,我们迎来了远道而来的各位领导和朋友,相聚一起,畅叙友情,感到格外高兴。\n"
          "现在,我提议:为两市的发展和各位同志的身体健康,干杯!\n")


def test_the_title_as_a_file_name_under_the_text_goes() -> None:
    texts = kept(SPEECH + "【讲话致辞】在某某考察团欢迎宴会上的致辞.docx\n")
    assert texts[-1].endswith("干杯！")
    assert not any(t.endswith(".docx") for t in texts)


def test_the_title_as_a_file_name_over_the_text_goes() -> None:
    texts = kept("在某某考察团欢迎宴会上的致辞.doc\n" + SPEECH)
    assert texts[0] == "在某某考察团欢迎宴会上的致辞"
    assert not any(t.endswith(".doc") for t in texts)


def test_another_files_name_stays() -> None:
    texts = kept(SPEECH + "某某市与某某市合作框架协议.docx\n")
    assert texts[-1] == "某某市与某某市合作框架协议.docx"
