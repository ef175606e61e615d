"""A headline closed by a full stop — a news headline, a board's subject line — right over the
page's byline, credit or tools that cleaning takes out is the title (printed without the stop):
a page prints those under its headline, never under the text's first sentence.  Nothing taken
out under it, nothing under them, or a picture's caption: no title.  The cases are made up in the
shape real pages have."""

from __future__ import annotations

from helpers.cleaning import title_of

BODY = ["某某協進會日前舉辦新舊任理事長交接典禮，由現任理事長交接給新任理事長，市長出席監交並致詞。",
        "市長表示，協進會多年來帶領會員共度難關，期許新任理事長持續為工商界服務。"]


def test_a_headline_closed_by_a_full_stop_over_its_credit_is_the_title() -> None:
    title = title_of("某某協進會理事長交接 攜手合作，再創佳績。", "[某某/台中報導]", *BODY)
    assert title == "某某協進會理事長交接攜手合作，再創佳績"  # (cleaning sets a line of prose solid)


def test_a_subject_line_under_its_column_over_the_pages_tools_is_the_title() -> None:
    lines = [":::", "", "最新消息", "", "某某鎮某某堂與某某堂納骨塔謹訂於4月4日（星期五）上午9點舉辦本年度清明春季祭典法會。", "", "|", "瀏覽人數: 6人",
             "一、本年度清明法會於4月4日辦理，誦經祈福儀式於上午9點整舉行，請家屬提早到場並配合現場工作人員指引。",
             "二、祭祀期間車流量大，請遵從交通指揮人員引導，並請多加利用入口處大型停車場，以免造成周邊道路壅塞。",
             "三、配合環保響應紙錢集中焚燒政策，法會當天現場不開放民眾燃燒紙錢或其他供品，統一集中後由本所處理。",
             "四、為維護參拜環境及避免火災，請勿持香進入室內櫃位區，也請勿將香插於紙錢上，紙錢統一集中處理。",
             "五、納骨塔將於清明前夕在塔前廣場搭設棚架及供桌供民眾祭祀使用，除晉塔外請多利用戶外區域祭拜；另為避免"
             "交通、人潮阻塞，敬請民眾提前參拜分流祭祖。",
             "", "分享給朋友 Line Line 列印 列印"]
    assert title_of(*lines) == "某某鎮某某堂與某某堂納骨塔謹訂於4月4日（星期五）上午9點舉辦本年度清明春季祭典法會"


def test_a_first_sentence_with_nothing_taken_out_under_it_is_no_title() -> None:
    assert title_of("某某協進會理事長交接典禮圓滿舉行。", *BODY) is None


def test_a_one_sentence_text_over_its_editors_line_is_no_title() -> None:
    assert title_of("某某協進會理事長交接典禮圓滿舉行。", "（責任編輯：某某）") is None


def test_a_pictures_caption_over_its_credit_is_no_title() -> None:
    assert title_of("▲新任理事長接下印信。", "[某某/台中報導]", *BODY) is None
