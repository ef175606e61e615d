"""Chrome of hijacked and news pages: lottery keyword runs, font-size and bookmark rows, a
read-aloud button behind a bullet, a site's registration number without ICP."""

from docgen.cleaner import clean
from docgen.shapes.chrome import family_of

SCOPES = ("line", "page")


def _name(line: str) -> str | None:
    family = family_of(line, SCOPES)
    return None if family is None else family.name


def test_lottery_keyword_run_is_spam():
    line = "某地今晚九点开奖直播,2031某某特马开奖记录,2031某地免费资料,2031年某地资料大全最新版"
    assert _name(line) == "keyword-spam-run"


def test_lottery_words_in_a_sentence_or_a_short_list_are_text():
    assert _name("福彩中心提醒,本期开奖结果以公告为准,资料大全请到大厅查阅,谢谢配合。") is None
    assert _name("开奖公告,开奖视频") is None


def test_lottery_keyword_run_over_a_headline_is_dropped_not_joined_to_it():
    spam = "某地今晚开奖图片,2031某某特马开奖结果,2031某地免费正版资料,2031年某地正版资料大全免费"
    headline = "关于文明养犬的倡议书"
    body = ["全体居民朋友们：", "为营造整洁有序的居住环境，我们倡议大家依法文明养犬，共建和谐家园。"]
    result = clean([spam, "", headline, "", *body])
    texts = [line.text for line in result.lines]
    assert spam not in texts and not any("开奖" in t for t in texts)
    assert headline in texts


def test_font_size_and_bookmark_row():
    assert _name("加大字体 缩小字体 收藏 取消收藏 打印") == "page-tools"
    assert _name("加大字体 收藏 取消收藏") == "page-tools"
    assert _name("加大字体可以方便老年人阅读。") is None


def test_read_aloud_button_behind_a_bullet():
    assert _name("- 语音阅读") == "page-tools"
    assert _name("• 语音阅读") == "page-tools"
    assert _name("- 语音阅读功能已上线，欢迎试用。") is None


def test_site_registration_number_without_icp():
    assert _name("某城网备案号:309900001") == "site-registration-number"
    assert _name("某某在线网站备案号：A3099-0001") == "site-registration-number"
    assert _name("药品备案号：309900001") is None
    assert _name("网站备案号要在首页底部标明。") is None
