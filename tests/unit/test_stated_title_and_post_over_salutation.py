"""A speech copied without its title from a document site: its date line and its speaker's
post alone (no name) over the salutation are the header's date and speaker, not a title; the
title is the one the page states in a labelled line of its footer (``本文标题：……``), which
cleaning takes out with the footer.  A headline printed above the text stays the title, and a
labelled line that names no title's shape gives none.  The cases are made up in the shape real
pages have."""

from __future__ import annotations

import docgen
from docgen.model import Meta

SPEECH = ["各位代表，同志们：",
          "今天，大会选举我担任某某县人民政府县长。这份信任沉甸甸，我将始终牢记使命，不负重托，尽心尽力为全县人民服务。",
          "过去一年，我走遍了全县各个乡镇，走访了许多企业和村居，深切感受到大家对美好生活的期盼，也看到了发展中的短板。"]
FOOTER = ["", "扫一扫在手机阅读、分享本文", "本文标题：在县九届人大三次会议闭幕式上的讲话",
          "链接地址：http://www.example-wenku.com/article/detail/12345.html", "版权声明",
          "作者原创，不允许二次传播，一经发现收回会员权益，追究法律责任。", "联系客服"]


def meta_of(*lines: str) -> Meta:
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text").meta


def test_the_title_a_footer_states_is_the_title_and_the_post_over_the_salutation_the_speaker() -> None:
    meta = meta_of("（2025年3月2日）", "某某县县长", *SPEECH, *FOOTER)
    assert meta.title == "在县九届人大三次会议闭幕式上的讲话"
    assert meta.speaker == "某某县县长"


def test_a_post_alone_over_the_salutation_is_no_title() -> None:
    meta = meta_of("（2025年3月2日）", "某某县县长", *SPEECH)
    assert meta.title is None
    assert meta.speaker == "某某县县长"


def test_a_headline_above_the_text_stays_the_title() -> None:
    meta = meta_of("在某某县项目推进会上的讲话", "（2025年3月2日）", *SPEECH, *FOOTER)
    assert meta.title == "在某某县项目推进会上的讲话"


def test_a_labelled_line_that_names_a_sentence_gives_no_title() -> None:
    footer = [line if not line.startswith("本文标题") else "本文标题：请登录后查看，本文仅供会员阅读。" for line in FOOTER]
    assert meta_of("（2025年3月2日）", *SPEECH, *footer).title is None
