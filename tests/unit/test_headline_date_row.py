"""A page's date row right under a headline (``日期: …``) is the page's field when the notice's
own date stands under its signature; a memo's ``日期 :`` among its fields stays.  Made-up pages."""

from __future__ import annotations

import docgen

BODY = "本会总部即日起暂停对外开放,进行全面消毒。\n如有紧急事务,请于办公时间内致电查询。\n"


def _whole(text: str) -> str:
    speech = docgen.parse_text(text)
    return "\n".join([speech.meta.title or "", *(b.text for b in speech.blocks)])


def test_a_date_row_under_the_headline_goes_when_the_notice_is_dated_below():
    whole = _whole("某某协会总部暂停开放\n日期: 2021年3月2日\n" + BODY + "某某协会谨启\n2021年3月2日\n")
    assert "日期" not in whole, whole
    assert "某某协会谨启" in whole and "暂停对外开放" in whole, whole


def test_a_memos_date_field_stays():
    whole = _whole("秘书长通告12\n致 :全体会员\n由 :秘书长某某\n日期 :2021年3月2日\n理事会成员提名\n" + BODY)
    assert "日期" in whole, whole
