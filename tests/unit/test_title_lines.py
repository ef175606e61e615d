"""Lines at the top of a text that are no title, or only part of one: a form of address said
aloud, a headline set over two lines, an issuer's name over a ``关于……`` title, a registration
number.  Each case is made up for the test in the shape real pages have."""

from __future__ import annotations

import docgen

BODY = "会议指出，今年各项工作任务重、要求高，各单位要提高认识，认真抓好落实。"


def parsed(*lines: str):
    return docgen.parse("\n".join(lines).encode("utf-8"), input_format="text")


def test_a_form_of_address_closed_by_an_exclamation_mark_is_no_title():
    story = parsed("尊敬的各位嘉宾、各位朋友！", "", "亲爱的小区居民们！", "", "大家晚上好！", "",
                   "文艺演出在广场上准时开始", "", BODY)
    assert story.meta.title is None
    texts = [getattr(b, "text", "") for b in story.blocks]
    assert any("尊敬的各位嘉宾、各位朋友！" in t for t in texts)


def test_a_headline_with_a_comma_and_an_exclamation_mark_stays_a_title():
    story = parsed("亲爱的同学，欢迎回家！", "", BODY)
    assert story.meta.title == "亲爱的同学，欢迎回家！"


def test_a_bodys_name_and_the_portals_headline_over_a_whole_about_title_are_no_title():
    notice = parsed("某某县人民政府", "", "信息公开", "", "公示！某某县拟入选示范县", "",
                    "关于某某省拟推荐示范县名单的公示", "", "根据有关文件要求，现将名单予以公示，接受社会监督。")
    assert notice.meta.title == "关于某某省拟推荐示范县名单的公示"


def test_a_registration_number_over_the_title_is_no_title():
    order = parsed("ABDR-2019-00012", "", "某某县人民政府", "", "秸秆禁烧令", "",
                   "为保护大气环境，根据有关法律法规，特发布如下禁烧令：")
    assert order.meta.title == "某某县人民政府秸秆禁烧令"


def test_a_sites_welcome_banner_over_the_headline_is_dropped_and_no_title():
    story = parsed("欢迎访问某某物流招聘网!", "", "某某公司开展结对帮扶活动", "",
                   "发布时间：2020-05-01", "", BODY)
    assert story.meta.title == "某某公司开展结对帮扶活动"
    assert not any("欢迎访问" in getattr(b, "text", "") for b in story.blocks)


def test_a_headline_whose_first_line_ends_with_a_holding_verb_goes_on_with_the_event():
    story = parsed("首页", "新闻动态", "正文", "某某县实验小学举行", "“书香校园——经典诵读”展演活动",
                   "学校: 某某县实验小学", "", BODY)
    assert story.meta.title == "某某县实验小学举行“书香校园——经典诵读”展演活动"
    assert not any("展演活动" in getattr(b, "text", "") for b in story.blocks)


def test_a_whole_headline_over_another_headline_line_is_not_joined():
    story = parsed("首页", "新闻动态", "正文", "学习新思想开启新征程", "我校举行第三届读书节颁奖仪式",
                   "学校: 某某县实验小学", "", BODY)
    assert story.meta.title == "学习新思想开启新征程"


def test_a_newsletters_issue_line_run_on_after_its_headline_is_no_part_of_the_title():
    letter = parsed("春風化雨 桃李芬芳 2019/2020 年度三月份通訊", "各位親愛的家長：",
                    "新學期開始了，感謝各位家長一直以來的支持。")
    assert letter.meta.title == "春風化雨 桃李芬芳"


MENU = ["首頁", "學校簡介", "辦學理念", "辦學宗旨", "校董會", "校長的話", "教職員", "學校發展", "校園設施", "校曆表",
        "校服樣式", "午膳安排", "校車服務", "校歌", "學與教", "中國語文", "English", "數學", "常識科", "音樂科",
        "學生成長", "家長教師會", "校友會", "首頁 > 學校簡介 > 校長的話"]


def test_a_list_of_letters_with_their_dates_over_the_headline_is_the_pages_not_the_letters():
    items = ["四月份 春風化雨 桃李芬芳", "三月份 同心同行 共創未來", "二月份 新春快樂 萬事如意"]
    listed = [line for item in items for line in (item, "(2020-04-20)")]
    page = parsed(*MENU, *listed, "春風化雨 桃李芬芳", "各位親愛的家長：", "",
                  "新學期開始了，感謝各位家長一直以來的支持。本月學校將舉辦多項活動，歡迎各位家長踴躍參加。", "",
                  "近日天氣轉涼，希望各位同學作息定時，注意健康，保重身體，在家裏也要積極學習。", "",
                  "校長 某某某", "二零二零年四月一日",
                  "網頁連結\t\t網頁指南\t\t聯絡我們\t\t網上報名", "Links\tSite Map\tContact Us\tOnline Registration")
    assert page.meta.title == "春風化雨 桃李芬芳"
    texts = " ".join(getattr(b, "text", "") for b in page.blocks)
    assert "(2020-04-20)" not in texts and "同心同行" not in texts
    assert "聯絡我們" not in texts and "Contact Us" not in texts
    assert "感謝各位家長" in texts


def test_a_headline_broken_inside_a_bodys_name_is_joined_not_cut_at_the_banner():
    # ``某某市外地商会`` alone would be the site's banner over a headline; the line under it
    # opens with the rest of the name (``联合会成立``): one headline over two lines
    story = parsed("某某市外地商会", "联合会成立", "", "来源：某某日报", "", BODY)
    assert story.meta.title == "某某市外地商会联合会成立"


def test_an_organisations_banner_over_a_headline_of_its_own_stays_apart():
    story = parsed("某某市外地商会", "", "商会举办迎新春联谊会", "", BODY)
    assert story.meta.title == "商会举办迎新春联谊会"


def test_a_banner_line_over_a_short_headline_that_the_page_prints_whole_below_is_the_titles_first_line():
    # the page's headline block is ``某某医院`` / ``医师节活动小结``; the item's own headline under
    # the counters prints the two as one line: the name belongs to the title
    story = parsed("某某医院", "医师节活动小结", "• 1024", "• 2031/8/19 15:12:58", "某某医院医师节活动小结", BODY)
    assert story.meta.title == "某某医院医师节活动小结"
    assert sum("医师节活动小结" in getattr(b, "text", "") for b in story.blocks) == 0
