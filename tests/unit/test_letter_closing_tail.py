"""A letter's closing under its body — ``此致`` / ``敬礼！``, the signature and the date, perhaps
with a form's next label run on after the date — stays with the text above a form's footer."""

from docgen.cleaner import clean
from docgen.cleaner.pagejudge import judge
from docgen.cleaner.pagetail import closing_date, tail_end

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


def test_a_signers_label_over_the_name_and_the_date_under_a_closing_formula_stay() -> None:
    closing = ["特此敬礼", "来信人", "某某某", "2031.3.14"]
    assert _end(closing) == len(BODY) + len(closing)


def test_two_signers_over_the_date_under_a_letters_salute_stay() -> None:
    closing = ["此致", "敬礼！", "某某市某某协会", "某某某", "2031年3月14日"]
    assert _end(closing) == len(BODY) + len(closing)


def test_a_label_and_a_name_with_no_date_under_them_keep_the_first_line_only() -> None:
    closing = ["特此敬礼", "来信人", "某某某"]
    assert _end(closing) == len(BODY) + 2


def test_a_date_under_a_signers_label_and_name_is_the_letters_own() -> None:
    texts = [*BODY, "特此敬礼", "来信人", "某某某", "2031.3.14"]
    assert closing_date(texts, len(texts) - 1)
    kept = [line.text for line in clean(texts).lines if line.text]
    assert kept[-3:] == ["来信人", "某某某", "2031.3.14"]


def test_a_date_under_a_headline_and_a_column_label_is_no_letters_date() -> None:
    texts = ["某某网首页", "新闻中心", "某某活动圆满举行", "2031.3.14"]
    assert not closing_date(texts, len(texts) - 1)
