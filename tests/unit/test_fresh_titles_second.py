"""Titles and the last chrome of pages copied as a search index keeps their browser text: a
范文 site's intro under the title, a law database's print view of one article (the law's short
name under its field label, a note sending the reader elsewhere, the article's number alone), a whole notice run into one line (title, document number, text).
The pages are written for the test."""

from __future__ import annotations

import docgen

FANWEN_PAGE = """- ·上一篇文章:学校停课通知书
- ·下一篇文章:学校开学返校通知
学校停水通知怎么写
学校停水通知怎么写呢,小编为大家整理了关于学校停水的几个通知范本。以下这篇是学校停水通知怎么写文章,供大家参考。
学校停水通知怎么写:
一、全校停水通知
一般是因为管网检修等原因,才会有此类停水。需要写明停水的原因、停水的范围和停水的时间。
由于全校停水,影响面较广,应提前数天通知,以便师生作好储水准备,通知的格式应当规范。
二、临时停水通知
各类小型检修、突发故障排除,可发公告或通知,格式与上面相同,但要求不严格。
更多学校的通知范文请点击:学校通知大全
"""

LAW_PAGE = """列印時間:113/05/02 10:15
:::
現在位置:
首頁
所有條文
條文內容
友善列印
加入資料夾:
儲存
條文內容
法規名稱:
漁會法
EN
法規類別:
行政 > 某某部 > 漁業目
※如已配合機關改造,公告變更管轄之法規條文,請詳見沿革
第 8 條
漁會會員代表任期為四年,連選得連任,其名額由主管機關依會員人數定之。
漁會會員代表不得兼任漁會聘、雇人員,違者當然解任。
資料來源:某某法規資料庫
"""


def _read(text: str) -> tuple[str | None, list[str]]:
    speech = docgen.parse_text(text)
    return speech.meta.title, [b.text for b in speech.blocks]


def test_a_fanwen_sites_intro_under_the_title_leaves_the_title():
    title, printed = _read(FANWEN_PAGE)
    assert title == "学校停水通知怎么写"
    assert not any("小编" in text for text in printed), printed
    assert "二、临时停水通知" in printed or any("临时停水通知" in t for t in printed), printed


def test_a_law_databases_article_page_takes_the_laws_name_as_title():
    title, printed = _read(LAW_PAGE)
    assert title == "漁會法"
    assert "漁會會員代表不得兼任漁會聘、雇人員，違者當然解任。" in printed, printed
    assert not any("沿革" in text for text in printed), printed


ONE_LINE_NOTICE = ("关于春节期间禁止在城区燃放烟花爆竹的通告 某府通〔2030〕3号 为减少环境污染,确保人民群众"
                   "生命财产安全,根据有关法律法规,现就有关事项通告如下: 一、春节期间城区范围内禁止燃放烟花爆竹。"
                   " 二、违反本通告的,由公安机关依法处理。 此告\n某某市人民政府 2030年1月21日\n")


def test_a_notice_run_into_one_line_gives_its_title_and_document_number():
    speech = docgen.parse_text(ONE_LINE_NOTICE)
    assert speech.meta.title == "关于春节期间禁止在城区燃放烟花爆竹的通告"
    assert speech.meta.document_number == "某府通〔2030〕3号"
    assert any(b.text.startswith("为减少环境污染") for b in speech.blocks), [b.text for b in speech.blocks]


NEWS_PAGE = """某某縣長出席縣農會會員代表大會與農民共勉
某某縣政府新聞參考資料 130.03.17
date 2030-03-17 縣長與會員代表合影留念。（記者某某某攝）
某某縣農會於本日上午假該會大禮堂舉行年度會員代表大會,有來自全縣各鄉鎮農會的會員代表出席。
縣長表示,縣農會是全縣各級農會的龍頭,平日就扮演著領頭羊的角色,帶領各鄉鎮農會為農民服務。
"""


def test_a_press_release_row_and_a_dated_picture_caption_are_dropped():
    title, printed = _read(NEWS_PAGE)
    assert title == "某某縣長出席縣農會會員代表大會與農民共勉"
    assert any(text.startswith("縣長表示") for text in printed), printed
    assert not any("參考資料" in text or "攝" in text for text in printed), printed
