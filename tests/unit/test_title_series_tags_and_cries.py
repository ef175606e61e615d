"""What a page puts before a headline: a series' name in two parts joined by a middle dot, run
into a keyboard bar before it (``某某视点·某某的春天|……``); a short cry closed by an exclamation
mark that a page injects before a headline the text prints again as its own title below it
(``今日精选！……``).  The texts are written for the tests."""

from __future__ import annotations

from helpers.cleaning import title_of

NEWS = ["", "3月2日上午,某某镇召开春季森林防火工作会议,部署当前防火工作。", "",
        "会议要求,各村要落实巡山护林责任,确保不发生森林火灾。"]


def test_a_dotted_series_name_before_a_keyboard_bar_is_no_part_of_the_title() -> None:
    assert title_of("田野视点·某某的春耕故事|春风吹绿万亩田", *NEWS) == "春风吹绿万亩田"


def test_a_headline_parted_by_a_spaced_bar_stays_whole() -> None:
    assert title_of("春耕时节·田野新景 | 春风吹绿万亩田", *NEWS) == "春耕时节·田野新景 | 春风吹绿万亩田"


def test_a_headline_parted_by_a_bar_without_a_dotted_name_stays_whole() -> None:
    assert title_of("春耕备耕正当时|春风吹绿万亩田", *NEWS) == "春耕备耕正当时|春风吹绿万亩田"


LETTER = ["", "家园,因节水而美丽", "", "(资料图)", "", "日子,因节约更长久", "", "——致全体居民的一封信", "", "全体居民朋友们:", "",
          "水是生命之源,节约用水是每个人的责任。为此,我们倡议:", "", "让我们从现在做起,从身边的小事做起!"]


def test_a_cry_before_a_headline_the_text_prints_below_is_no_part_of_the_title() -> None:
    assert (title_of("今日精选!家园,因节水而美丽 日子,因节约更长久", *LETTER) or "").replace(" ", "") == "家园，因节水而美丽日子，因节约更长久"


def test_a_cry_before_a_headline_the_text_does_not_print_stays() -> None:
    assert title_of("好消息!某某镇春季防火会议召开", *NEWS) == "好消息！某某镇春季防火会议召开"
