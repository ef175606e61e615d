"""A notice's own mailbox line (``电子邮箱：…@…``) under the line that names whom to contact is
the text's, not a sign-in box's: the closing block under it (attachments, signature, date)
stays with the text above the page's footer — whichever script, or mix of scripts, the person's
line is written in (``聯系人``, ``联络人``).  A mailbox under no such line is still the page's."""

import pytest

from docgen.cleaner import clean

HEAD = ["关于报送年度会员信息的通知", "", "各会员单位：", "",
        "为做好年度会员信息统计工作，现将有关事项通知如下，请各单位按时报送，不得延误。", "",
        "各单位请于2031年3月1日前将信息表（电子版）报协会秘书处。", ""]
CLOSING = ["附件1：会员信息统计表", "附件2：会员联系人名单", "某某市某某协会", "2031年2月1日"]


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def _page(person: list[str], mailbox: str) -> list[str]:
    closing = [x for line in CLOSING for x in (line, "")]
    return [*HEAD, *[x for line in person for x in (line, "")], mailbox, "", *closing, "微信分享"]


@pytest.mark.parametrize("person", ["聯系人:某某", "聯絡人：某某", "联络人：某某", "联系人：某某"])
def test_a_mailbox_under_the_person_to_contact_keeps_the_closing_block(person):
    texts = kept(_page([person, "联系电话：0000-0000000"], "电子邮箱：someone@example.com"))
    assert texts[-5:] == ["电子邮箱：someone@example.com", *CLOSING]
    assert "微信分享" not in texts


def test_a_mailbox_in_the_other_script_under_a_mixed_person_line_stays_too():
    texts = kept(_page(["聯系人:某某", "聯系電話:0000-0000000"], "電子郵箱:someone@example.com"))
    assert texts[-1] == "2031年2月1日" and any(t.startswith("電子郵箱") for t in texts)


def test_a_mailbox_under_no_person_to_contact_still_ends_the_text():
    texts = kept(_page(["地址：某某市某某路1号"], "电子邮箱：someone@example.com"))
    assert "电子邮箱：someone@example.com" not in texts
