"""Chrome of Hong Kong, Macao and Taiwan pages, blogs and bulletin boards as a browser's text of
the page keeps it, in traditional or simplified characters and either punctuation width: a
bulletin board post's header, signature and push comments, an e-paper's page line and markup
residue, a blog's footer, tags after a small colon, font-size and picture tools.  The texts are
written for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

import docgen

BODY = ("今年以来,某某縣堅持以人民為中心的發展思想,扎實推進各項民生工程,群眾獲得感明顯增強。\n\n"
        "下一步,該縣將繼續完善公共服務體系,努力為群眾辦好更多實事。\n")



def test_a_bulletin_board_posts_header_signature_and_pushes_are_dropped():
    page = ("作者someone (某某)\n看板SomeBoard\n標題[新聞] 某某縣民生工程見實效\n"
            "時間Tue Mar 02 10:11:12 2030\n\n" + BODY +
            "--\n※ 發信站: 某某站(example.cc)\n◆ From: 203.0.113.5\n"
            "1F:推 abc123:好消息 03/02 10:30\n2F:→ xyz_9:支持 03/02 11:02\n")
    texts = kept(page)
    assert not any(t.startswith(("作者", "看板", "時間", "※", "◆", "1F", "2F")) for t in texts), texts
    assert any(t.startswith(("今年以來", "今年以来")) for t in texts)
    assert any("下一步" in t for t in texts)


def test_an_epaper_and_blogs_furniture_is_dropped():
    page = ("第A03版:要聞\n\n" + BODY +
            "\n相關字詞﹕某某 民生\n\n上 / 下一篇新聞\n\n"
            "2030-03-02 1 1 某某日報 content_123.html 1 某某縣民生工程見實效 /enpproperty-->\n\n"
            "someone 發表在 某某部落格 留言(0) 人氣()\n\n全站熱搜\n")
    texts = kept(page)
    assert len(texts) == 2, texts
    assert "下一步" in texts[1]


def test_tools_between_a_title_and_its_body_are_dropped_and_the_title_kept():
    page = ("某某縣民生工程見實效\n\n某某新聞網 2030年03月02日 10:08 A-A+ 二維碼\n扫一扫 手机阅读\n\n"
            "原標題:\n\n字體: 放大 還原 縮小\n放大圖片\n\n" + BODY)
    texts = kept(page)
    # a whole page's cleaning may take the title out as the page's title
    rest = texts[1:] if texts and texts[0] == "某某縣民生工程見實效" else texts
    assert len(rest) == 2 and "下一步" in rest[1], texts


def test_the_time_a_site_prints_after_a_headline_is_not_part_of_the_title():
    page = "即時新聞\n\n某某縣民生工程見實效 (08:15)\n\n" + BODY
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == "某某縣民生工程見實效"


def test_a_board_posts_subject_is_its_title_without_the_label_and_the_boards_tag():
    page = ("作者someone (某某)\n看板SomeBoard\n标题[新闻] 某某县民生工程见实效\n"
            "时间Tue Mar 02 10:11:12 2030\n某某报的即时新闻\n\n" + BODY + "--\n※ 发信站: 某某站(example.cc)\n")
    assert docgen.parse(page.encode("utf-8"), input_format="text").meta.title == "某某县民生工程见实效"
