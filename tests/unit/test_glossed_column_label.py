"""A page converted to traditional characters with a converter's pinyin glosses in brackets
after some characters (``聞(wén)``): the column's label the page sets beside its breadcrumb
(``鄉(xiāng)村振(zhèn)興``) is measured without its glosses — a label of a few characters, passed over for
the headline under it, however long the glosses make it.  Made-up pages."""

from __future__ import annotations

import docgen

BODY = ("本報訊 某某縣(xiàn)第十屆運動會日前在縣(xiàn)體育場開幕,來自全縣(xiàn)各鄉(xiāng)鎮(zhèn)的"
        "八百余名運動員參加比賽。\n"
        "本屆運動會設(shè)田徑、籃球、拔河等十個項目,將持續(xù)三天。(某某)\n")


def test_glossed_column_label_beside_the_breadcrumb_is_passed_over():
    s = docgen.parse_text("首頁>專(zhuān)題(tí)>鄉(xiāng)村振(zhèn)興 鄉(xiāng)村振(zhèn)興\n"
                          "某某縣(xiàn)第十屆運動會隆重開幕\n" + BODY)
    assert s.meta.title == "某某縣（xiàn）第十屆運動會隆重開幕"


def test_glossed_column_label_alone_over_the_headline_is_passed_over():
    s = docgen.parse_text("鄉(xiāng)村振(zhèn)興\n某某縣(xiàn)第十屆運動會隆重開幕\n" + BODY)
    assert s.meta.title == "某某縣（xiàn）第十屆運動會隆重開幕"


def test_glossed_short_headline_over_a_longer_one_stays_the_title():
    # seven characters without their glosses: a headline of its own, not a column's label
    s = docgen.parse_text("運(yùn)動會隆重開幕了\n某某縣(xiàn)第十屆運動會在縣(xiàn)體育場舉行\n" + BODY)
    assert s.meta.title == "運（yùn）動會隆重開幕了"
