"""Chrome of Taiwanese news and government pages as a browser's text of the page keeps it, in
traditional characters and half-width punctuation: accessibility links, a reading marker, the
label over the rules of replies, a counter of views, a reporter's credit with a slash, a
picture's alternative text and a news site's promotions.  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

BODY = ("今年以來,某某縣持續推動各項民生工程,鄉親對公共服務的滿意度明顯提升。\n\n"
        "下一步,縣府將繼續完善公共服務體系,努力為鄉親辦好更多實事。\n")



def test_page_tools_credits_and_promotions_of_a_taiwanese_page_are_dropped():
    page = ("跳到主要內容區塊\n"
            "按Enter到主內容區\n"
            "某某縣民生工程見實效\n"
            "[某某/台中報導]\n"
            "記者: 某某某/綜合報導。\n"
            "點閱率:1024\n"
            + BODY +
            "照片\n"
            "↓請繼續閱讀↓\n"
            "最HOT話題在這!想跟上時事,快點我加入某某新聞LINE好友!\n"
            "◤某某永續生活◢\n"
            "👉保養品最低49折\n"
            "回應文章建議規則:\n"
            "回頁首\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    rest = [t for t in texts if not t.startswith(("今年以來", "下一步", "某某縣民生"))]
    assert rest == []


def test_a_credit_in_brackets_is_dropped_from_the_start_of_its_paragraph():
    page = ("某某縣民生工程見實效\n\n"
            "【某報記者某某/臺南報導】今年以來,某某縣持續推動各項民生工程,鄉親滿意度明顯提升。\n\n"
            "下一步,縣府將繼續完善公共服務體系,努力為鄉親辦好更多實事。\n")
    texts = kept(page)
    assert not any("報導" in t for t in texts)
    assert any(t.startswith("今年以來") for t in texts)


def test_a_bracket_at_a_paragraphs_start_that_is_no_credit_stays():
    texts = kept("某某縣民生工程見實效\n\n【重要提示】今年以來,某某縣持續推動各項民生工程,鄉親滿意度明顯提升。\n")
    assert any(t.startswith("【重要提示】今年以來") for t in texts)


def test_an_agencys_dateline_at_a_paragraphs_start_stays():
    texts = kept("某某縣民生工程見實效\n\n（某某社記者某某桃園19日電）某某縣持續推動各項民生工程,鄉親滿意度明顯提升。\n")
    assert any(t.startswith("（某某社記者某某桃園19日電）") for t in texts)


def test_a_notice_boards_poster_labels_alone_are_dropped():
    page = ("某某縣民生工程見實效\n\n一般公告 / 張貼者\n發佈單位\n\n" + BODY)
    texts = kept(page)
    assert not any("張貼者" in t or "發佈單位" in t for t in texts)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2


def test_a_poster_label_goes_with_its_value_under_it():
    page = ("某某縣民生工程見實效\n\n一般公告 / 張貼者\n某某主任\n發佈單位\n某某服務課\n" + BODY)
    texts = kept(page)
    assert not any(t in {"某某主任", "某某服務課"} for t in texts)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2


def test_credits_with_a_post_two_names_or_an_outlet_before_the_name_are_dropped():
    for credit in ("[記者 王某/李某某 某投報導]", "記者某某某/報導", "某竹苗特派員 何某某∕報導",
                   "【某政時報 馬某某/某園報導】"):
        texts = kept("某某縣民生工程見實效\n\n" + credit + "\n\n" + BODY)
        assert not any("報導" in t for t in texts), credit
        assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2


def test_a_sentence_about_a_reporters_report_is_no_credit():
    texts = kept("某某縣民生工程見實效\n\n記者某某某/報導指出,會議已經召開。\n\n" + BODY)
    assert any(t.startswith("記者某某某/報導指出") for t in texts)
