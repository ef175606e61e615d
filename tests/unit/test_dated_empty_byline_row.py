"""A page's byline row of its date and fields left empty (``来源:``, ``作者:``), a counter of
readers that lost its number (``阅读次数: 次``) and the close button (``[ 关 闭 ]``) is the page's
furniture, also right under the title of a copy that holds nothing else of the page; a row
whose fields hold names is left to the families that read them.  Made-up pages."""

from __future__ import annotations

from docgen.cleaner import clean
from docgen.shapes.chrome import family_of

_TEXT = ["某某县开展春季植树活动",
         "",
         "编辑日期:2031-03-12   来源:  作者:  阅读次数: 次  [ 关 闭 ]",
         "",
         "  3月12日,某某县组织干部群众在城郊荒山开展义务植树活动,共栽下树苗两千余株。",
         "",
         "  活动现场,大家分工协作,挖坑、扶苗、培土、浇水,干劲十足。"]


def test_a_dated_row_of_empty_fields_under_the_title_is_dropped():
    kept = [line.text for line in clean(_TEXT).lines]
    assert not any("编辑日期" in text for text in kept)
    assert any(text.startswith("3月12日") for text in kept)
    assert any(text.startswith("活动现场") for text in kept)


def test_a_dated_row_whose_fields_hold_names_is_not_read_as_empty():
    family = family_of("编辑日期:2031-03-12 来源:某某县融媒体中心 作者:张某")
    assert family is None or family.name != "byline-fields-empty"
