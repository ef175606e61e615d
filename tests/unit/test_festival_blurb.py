"""A site's blurb on the festival appended under a company's holiday notice: a head naming the
festival's lore (``什么是中秋节``, ``中秋节的由来``) or a paragraph of that lore right under the
notice's closing formula, with what follows it to the end of the text.  The notice's own lines,
a greeting after its closing, and lore that the notice's signature and date follow stay; so does
a text that is no holiday notice.  Every text is made up for the test."""

from __future__ import annotations

from docgen.api import parse_text
from docgen.cleaner import clean

NOTICE = ["某某科技2031年中秋节放假通知", "", "公司全体员工：",
          "根据国务院办公厅通知精神，中秋节是我国的传统节日，现将放假安排通知如下：",
          "9月20日至22日放假，共3天，9月23日正常上班。"]
LORE = "中秋节，又称月夕、秋节、仲秋节，时在农历八月十五，是我国的传统节日之一，由来已久。"


def kept(lines: list[str]) -> list[str]:
    return [line.text for line in clean(lines).lines if line.text]


def test_a_lore_head_and_its_paragraph_under_a_holiday_notice_are_the_sites_blurb():
    out = kept([*NOTICE, "", "什么是中秋节", "", LORE])
    assert out == [t for t in NOTICE if t]


def test_a_lore_paragraph_right_under_the_closing_formula_is_the_sites_blurb():
    out = kept([*NOTICE, "特此通知！", "", LORE, "那么，中秋节有哪些小知识呢？我们一起来看一下吧。"])
    assert out == [t for t in NOTICE if t] + ["特此通知！"]


def test_the_notices_own_festival_sentence_and_a_greeting_after_its_closing_stay():
    lines = [*NOTICE, "特此通知。", "祝大家中秋节快乐，阖家幸福！"]
    assert kept(lines) == [t for t in lines if t]


def test_lore_that_the_notices_signature_and_date_follow_stays():
    lines = [*NOTICE, "特此通知。", LORE, "某某科技有限公司", "2031年9月15日"]
    assert LORE in kept(lines)


def test_a_text_that_is_no_holiday_notice_keeps_its_lore_heads():
    lines = ["传统文化进校园活动举行", "9月18日，某某小学举办传统文化进校园活动。", "中秋节的由来", LORE]
    assert kept(lines) == lines


HEADLINE = "2031年端午节放假期间门诊安排"
ABOVE_LORE = ["端午节，又称端阳节、龙舟节、重午节，时在农历五月初五，由来已久。",
              "端午节是集拜神祭祖、祈福辟邪、欢庆娱乐和饮食为一体的民俗大节，各地至今传承不辍。"]
OWN = ["放 假 通 知", "根据国家法定节假日的规定，结合本院实际，现将端午节放假安排通知如下：",
       "6月1日至3日放假，共3天。6月4日（星期一）正常上班。", "放假期间急诊、住院正常接诊。"]


def test_lore_between_the_headline_and_the_notices_own_title_is_the_sites_blurb():
    out = kept([HEADLINE, "", *ABOVE_LORE, "", *OWN])
    assert out == [HEADLINE, *OWN]


def test_the_headline_and_a_letter_spaced_notice_title_under_it_stay_two_lines():
    speech = parse_text("\n".join([HEADLINE, "", *OWN]))
    assert speech.meta.title == HEADLINE
    assert "放 假 通 知" in [block.text for block in speech.blocks if hasattr(block, "text")]


def test_a_notice_that_opens_with_the_festival_keeps_it_above_its_own_title():
    lines = [*ABOVE_LORE, "", *OWN]
    assert kept(lines) == [t for t in lines if t]


def test_prose_above_the_lore_that_names_no_festival_stays():
    plain = "本院门诊楼已完成改造，患者可从东门进入，请留意院内指示牌。"
    out = kept([HEADLINE, "", plain, ABOVE_LORE[0], "", *OWN])
    assert out == [HEADLINE, plain, *OWN]


CUT_LORE = ("阳”有“阳气最盛”的意思，因此这一天又称“端阳”。端午节，时在农历五月初五，"
            "起源于古代的龙图腾祭祀，后来又用以纪念诗人屈原。")
UNTITLED = ["根据国家法定节假日安排，结合本公司实际，现将端午节放假安排通知如下：",
            "6月1日至3日放假，共3天，6月4日正常上班。", "某某科技有限公司", "2031年5月28日"]


def test_lore_cut_by_the_copy_above_an_untitled_notices_opening_is_the_sites_blurb():
    assert kept([CUT_LORE, "", *UNTITLED]) == UNTITLED


def test_whole_lore_opening_an_untitled_notice_stays_its_own():
    whole = "端午节，又称端阳节，时在农历五月初五，起源于古代的龙图腾祭祀，后来又用以纪念诗人屈原。"
    assert kept([whole, "", *UNTITLED]) == [whole, *UNTITLED]


NAMED_TITLE = "2031年中秋节放假通知"
NAMED_OWN = ["中秋将至，为便于大家安排假期，现将放假安排通知如下：",
             "9月20日至22日放假，共3天。", "9月23日（星期一）正常上班。"]
OPENING_LORE = "中秋节是我国的传统佳节，又称团圆节，赏月、吃月饼的习俗流传至今，各地都有庆贺的活动。"


def test_lore_opening_the_text_over_a_headline_naming_the_festival_is_the_sites_blurb():
    out = kept([OPENING_LORE, NAMED_TITLE, *NAMED_OWN])
    assert out == [NAMED_TITLE, *NAMED_OWN]
    assert parse_text("\n".join([OPENING_LORE, NAMED_TITLE, *NAMED_OWN])).meta.title == NAMED_TITLE


def test_such_lore_in_traditional_script_with_a_converters_glosses_is_read_so_too():
    lore = "中秋節(jié)是我國(guó)的傳統(tǒng)佳節(jié),又稱團(tuán)圓節(jié),賞月、吃月餅的習(xí)俗流傳至今。"
    title = "2031年中秋節(jié)放假通知"
    out = kept([lore, title, *NAMED_OWN])
    assert len(out) == 1 + len(NAMED_OWN) and out[0].startswith("2031年中秋節")  # the gloss's brackets made full


def test_lore_opening_the_text_that_speaks_of_the_days_off_stays():
    own = "中秋节是我国的传统佳节，按照国家规定，公司中秋节放假三天，请各部门提前做好安排。"
    lines = [own, NAMED_TITLE, *NAMED_OWN]
    assert kept(lines) == lines


def test_lore_opening_the_text_over_a_headline_of_another_festival_stays():
    lines = [OPENING_LORE, "2031年国庆节放假通知", *NAMED_OWN]
    assert kept(lines) == lines


GREETING = "后天就是端午节了，某某电子有限公司全体员工恭祝大家端午节安康，幸福美满。"
LEAD = "按国家规定，某某电子2031年端午节放假安排如下："


def test_lore_under_the_notices_greeting_to_its_readers_is_the_notices_own():
    lines = [HEADLINE, GREETING, *ABOVE_LORE, LEAD, "6月1日至3日放假，共3天。"]
    assert kept(lines) == lines


def test_a_greeting_right_over_a_titled_notice_stays_and_so_does_lore_under_it():
    lines = [HEADLINE, GREETING, ABOVE_LORE[0], *OWN]
    assert kept(lines) == lines


def test_lore_wishing_no_reader_above_the_notice_is_still_the_sites_blurb():
    lore = "端午节，又称端阳节，时在农历五月初五，人们挂艾草、吃粽子，祝愿家人安康，由来已久。"
    out = kept([HEADLINE, "", lore, ABOVE_LORE[1], "", *OWN])
    assert out == [HEADLINE, *OWN]
