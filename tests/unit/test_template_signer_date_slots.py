"""A template's empty slots for its signer and, under it, its date (``签名：`` / ``日期：``) are
the sample's own last lines: kept, though a page's date field with nothing after it (``日期：``)
is the same label and still goes where no signer's slot stands over it.  Made-up texts."""

from __future__ import annotations

import pytest

from docgen.cleaner import clean

PLEDGE = ["安全文明乘车保证书",
          "为了自己和他人的安全,我保证做到以下几点:",
          "每天按时到站候车,排队上车,不推不挤,不在车厢内追逐打闹。",
          "乘车时系好安全带,不把头和手伸出窗外,听从随车老师的安排。",
          "本人保证:",
          "认真遵守以上要求,做一名文明小乘客。"]
RELATED = ["【安全文明乘车保证书】相关文章:", "安全乘车保证书范文05-12", "文明乘车保证书03-18",
           "学生乘车安全保证书11-02", "乘车安全承诺书精选09-27"]


def _texts(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines]


@pytest.mark.parametrize("slots", [("签名:", "日期:"), ("学生签字：", "", "日期："), ("承诺人（签字）：", "签字日期：")])
def test_a_templates_empty_date_under_its_empty_signer_stays(slots: tuple[str, ...]) -> None:
    out = _texts([*PLEDGE, *slots, *RELATED])
    assert [s.replace(":", "：") for s in slots if s][-1] in out
    assert "文明乘车保证书03-18" not in out


def test_the_template_slots_stay_on_a_short_text_too() -> None:
    out = _texts([*PLEDGE, "签名:", "日期:"])
    assert out[-2:] == ["签名：", "日期："]


def test_a_pages_empty_date_field_under_no_signer_still_goes() -> None:
    out = _texts([*PLEDGE, "日期:", *RELATED])
    assert "日期：" not in out
    assert "认真遵守以上要求，做一名文明小乘客。" in out
