"""A letter's closing under its body — ``此致`` / ``敬礼！``, the signature and the date, perhaps
with a form's next label run on after the date — stays with the text above a form's footer."""

from docgen.cleaner.pagejudge import judge
from docgen.cleaner.pagetail import tail_end

BODY = ["您好！关于我会无法按期召开年度会员大会的情况说明如下。",
        "感谢各位领导一直以来对我会工作的关心和支持，我们将继续努力。"]
FOOTER = ["字数限制在800字内。字数包含中文、英文、数字、标点符号等所有内容。"]


def _end(closing: list[str]) -> int:
    texts = BODY + closing + FOOTER
    return tail_end([judge(t) for t in texts], len(BODY))


def test_closing_with_a_form_label_run_on_after_the_date_stays() -> None:
    closing = ["此致", "敬礼!", "某某市某某协会", "2023年12月30日其他需要说明的情况:"]
    assert _end(closing) == len(BODY) + len(closing)


def test_closing_with_a_bare_date_stays() -> None:
    closing = ["此致", "敬禮！", "某某市某某协会", "2023年12月30日"]
    assert _end(closing) == len(BODY) + len(closing)
