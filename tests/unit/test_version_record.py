"""A 公文's version record under its date (主题词, 抄送, the issuing office) is the text's own,
while the same field among a disclosure page's index lines is the page's.  The texts are written
for the tests."""

from __future__ import annotations

from docgen.cleaner import clean

NOTICE = ("各乡镇、各有关单位:\n"
          "现将今年春季防火工作的有关事项通知如下,请认真贯彻执行。\n"
          "二○三○年三月一日\n")


def kept(text: str) -> list[str]:
    return [line.text.replace("：", ":") for line in clean(text.splitlines()).lines if line.text]


def test_a_notices_own_subject_line_is_kept_in_either_width():
    for colon in (":", "："):
        texts = kept(NOTICE + f"主题词{colon}防火 春季 通知\n抄{colon}市林业局,县委办。\n某某县林业局办公室\n")
        assert "主题词:防火 春季 通知" in texts, texts


def test_the_subject_field_among_a_pages_index_lines_goes():
    texts = kept("索引号:001/2030-01\n主题词:防火 通知\n发布机构:某某县林业局\n\n" + NOTICE)
    assert not any(t.startswith(("索引号", "主题词", "发布机构")) for t in texts), texts
