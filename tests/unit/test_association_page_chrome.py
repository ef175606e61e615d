"""Chrome of association and local-news pages in traditional characters as a browser's text of
the page keeps it: a logo's alternative text, a bare counter label, a link to the e-paper and
the note a template prints where a mail address is hidden from robots.  The texts are written
for the tests."""

from __future__ import annotations

from helpers.cleaning import kept

BODY = ("今年以來,某某協會持續推動各項會員服務,會員對服務的滿意度明顯提升。\n\n"
        "下一步,協會將繼續完善服務體系,努力為會員辦好更多實事。\n")



def test_logo_counter_epaper_link_and_hidden_address_are_dropped():
    page = ("LOGO2\n"
            "數字報\n"
            "某某協會會員服務見實效\n"
            "人氣\n"
            + BODY +
            "email : Email住址會使用灌水程式保護機制。你需要啟動Javascript才能觀看它\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    rest = [t for t in texts if not t.startswith(("今年以來", "下一步", "某某協會會員"))]
    assert rest == []


def test_a_sentence_about_counters_or_logos_is_kept():
    page = "某某協會會員服務見實效\n\n人氣很旺，大家都來了。\n\nLOGO設計大賽開始報名了。\n" + BODY
    texts = kept(page)
    assert "人氣很旺，大家都來了。" in texts
    assert "LOGO設計大賽開始報名了。" in texts


def test_a_blogs_date_views_row_and_the_sites_blurb_are_dropped_under_the_text():
    page = (BODY +
            "某某日報提供某某每日在地新聞、時事專欄評論、專題報導、旅遊動態報導、印刷服務等!\n"
            "星期五, 3月 3, 2023 Views 文章分類: 地方新聞\n")
    texts = kept(page)
    assert len([t for t in texts if t.startswith(("今年以來", "下一步"))]) == 2
    assert [t for t in texts if not t.startswith(("今年以來", "下一步"))] == []


def test_a_list_of_services_in_a_sentence_is_kept():
    page = "某某公司服務見實效\n\n" + BODY + "\n公司提供餐飲、住宿、交通、導遊等服務。\n"
    assert "公司提供餐飲、住宿、交通、導遊等服務。" in kept(page)
