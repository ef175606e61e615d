"""Chrome of Taiwanese, Hong Kong and overseas pages as a browser's text of the page keeps it, in
traditional characters and half-width punctuation: credits with a bullseye or in brackets with a
date, a comment board's label over its numbered rules, a disclaimer about users' posts, a thread
view switch, a news module's English page tools, a blog's categories, a list row with its hit
count, an app's update prompt, a forum post's author row, an ODF notice and a processing status.
The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

BODY = ("今年以來,某某縣持續推動各項民生工程,鄉親對公共服務的滿意度明顯提升。\n\n"
        "下一步,縣府將繼續完善公共服務體系,努力為鄉親辦好更多實事。\n")



def rest_of(texts: list[str]) -> list[str]:
    return [t for t in texts if not t.startswith(("今年以來", "下一步", "某某縣民生"))]


def test_credits_tools_and_prompts_of_an_overseas_page_are_dropped():
    page = ("某某縣民生工程見實效\n"
            "記者王小明◎臺中報導\n"
            "【记者 李大同/彰化 报导】 2024/07/01\n"
            "Posted in 新聞內容, 生活綜合\n"
            "作者: SomeUser (某某某) 2021-07-23 19:59:00\n"
            + BODY +
            "Printer Friendly Page 將這個故事寄給朋友 Create a PDF from the article\n"
            "《某某頭條》APP經已推出最新版本,請立即更新,以獲取更佳體驗:https://bit.ly/abc\n"
            "本所提供使用者有文書軟體選擇的權利,本網站文件皆為ODF開放文件格式,如需閱讀請下載軟體\n"
            "資料處理中\n"
            "Search\n"
            "**\n"
            "某某處 某某組長 - 重要公告 | 2023-05-12 | 點閱數: 87\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    assert rest_of(texts) == []


def test_a_comment_board_and_its_numbered_rules_go_after_the_text():
    page = ("某某縣民生工程見實效\n\n"
            + BODY +
            "\n留言\n"
            "1、留言勿涉及人身攻擊、侮辱或有違社會善良風俗,否則自負法律責任。\n"
            "2、讀者留言內容不代表《某某報》立場\n"
            "3、《某某報》也會刪除未能遵守上述規定者的留言。\n"
            "FB留言\n"
            "網友個人意見,不代表本站立場,對於發言內容,由發表者自負責任。\n"
            "樹狀展開\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    assert rest_of(texts) == []


def test_a_notices_own_numbered_items_stay():
    items = ["1、報名者請於截止日前繳交資料。", "2、留言板開放時間另行公告。",
             "3、未依規定報名者，不予受理。"]
    page = "某某縣民生工程見實效\n\n" + BODY + "\n注意事項:\n" + "\n".join(items) + "\n"
    texts = kept(page)
    assert all(item in texts for item in items)
