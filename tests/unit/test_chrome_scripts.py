"""Site chrome in either script: the families' patterns are written in simplified characters and
recognise the same chrome on pages in traditional characters (相關新聞, 延伸閱讀, 留言板規則),
because a line is matched with its traditional characters folded (``[fold]`` in
``docgen/shapes/chrome.toml``).  The page below is written for the test in the shape of a news
page in traditional characters: print and font-size tools under the headline, the article, the
comment box with its rules, related lists, an app prompt and a footer."""

from __future__ import annotations

import docgen
from docgen.shapes.chrome import _family, family_of, fold

TRADITIONAL_PAGE = """首頁
社會
某某市民宅昨起火 鄰居合力救出獨居老翁
友善列印
小字型
中字型
大字型
分享至Facebook
2024年01月02日 10:00 某某報
記者王某某／某某報導

某某市某某區一處民宅昨天下午發生火警，鄰居發現後合力破門，將受困的獨居老翁救出，老翁僅受輕傷。
消防局表示，起火原因仍在調查中，呼籲民眾注意用電安全，出門前務必關閉電源，家中宜裝設住警器。
老翁的鄰居說，平時大家就會互相照應，這次能及時救出老人家，全靠大家同心協力。

發表意見
留言板規則
請勿重覆刊登一樣的文章，或大意內容相同、類似的文章
請不要刊登與主題無相關之內容
為避免留言區變成口水版，請勿轉貼新聞性文章、報導或相關連結
違反上述規定者，本站有權刪除留言，或者直接封鎖帳號！請使用者在發言前，務必先閱讀留言板規則。
相關新聞
某某市又傳火警 一家三口平安逃生
冬季用電量大增 消防局提醒注意安全
延伸閱讀
老翁獨居無人照顧 社工定期訪視
關鍵字：
火警
獨居
追蹤某某新聞網 :
加入
訂閱
下載「某某日報APP」
客服專線：0800-000-000
版權所有 © 2024 某某報
"""

BODY = [
    "某某市某某區一處民宅昨天下午發生火警，鄰居發現後合力破門，將受困的獨居老翁救出，老翁僅受輕傷。",
    "消防局表示，起火原因仍在調查中，呼籲民眾注意用電安全，出門前務必關閉電源，家中宜裝設住警器。",
    "老翁的鄰居說，平時大家就會互相照應，這次能及時救出老人家，全靠大家同心協力。",
]


def test_folding_writes_traditional_characters_in_simplified_form_character_for_character():
    assert fold("相關新聞") == "相关新闻"
    assert fold("延伸閱讀 留言板規則") == "延伸阅读 留言板规则"
    text = "某某報導：請勿轉貼新聞性文章"
    assert len(fold(text)) == len(text)
    assert fold("相关新闻") == "相关新闻"  # simplified text is left as it is


def test_a_family_written_in_simplified_characters_recognises_the_traditional_line():
    for simplified, traditional in [("相关新闻", "相關新聞"), ("延伸阅读", "延伸閱讀"), ("关键字：", "關鍵字："),
                                    ("上一条 下一条", "上一條 下一條"), ("字号减小 字号增大", "字號減小 字號增大")]:
        found = family_of(traditional, ("line", "page"))
        assert found is not None, traditional
        assert found is family_of(simplified, ("line", "page"))


def test_folding_makes_no_body_line_of_either_script_chrome():
    for line in ["消防局表示，起火原因仍在調查中，呼籲民眾注意用電安全。", "相關部門要加強協調配合。",
                 "請勿在公共場所吸菸。", "為確保安全，請勿在樓道內堆放雜物。"]:
        assert family_of(line, ("line",)) is None, line
        assert family_of(line, ("line", "page")) is None, line


def test_a_pattern_written_with_traditional_characters_matches_either_script():
    """Patterns are folded as the lines are: one written with 點 still matches 点 and 點."""
    family = _family({"name": "x", "reason": "x", "scope": "line", "patterns": ["上午\\d{1,2}點"]})
    assert family.matches("上午10點") and family.matches("上午10点")


def test_a_pasted_page_in_traditional_characters_is_cut_down_to_its_article():
    speech = docgen.parse_text(TRADITIONAL_PAGE)
    printed = [b.text for b in speech.blocks]
    assert speech.meta.title == "某某市民宅昨起火 鄰居合力救出獨居老翁"
    for passage in BODY:
        assert passage in printed, passage
    chrome = ["友善列印", "小字型", "留言板規則", "請勿重覆", "請不要刊登", "為避免留言區", "違反上述規定", "相關新聞",
              "又傳火警", "延伸閱讀", "社工定期訪視", "關鍵字", "追蹤", "訂閱", "下載", "客服專線", "版權所有"]
    for piece in chrome:
        assert not any(piece in text for text in printed), (piece, printed)


def test_a_special_disclaimer_in_traditional_characters_is_the_same_chrome_as_in_simplified():
    """特別聲明 (别 written 別) heads a platform's disclaimer under an account's article as 特别声明
    does: folded, the traditional line is the note the simplified one is."""
    simplified = "特别声明：以上内容为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。"
    traditional = "特別聲明：以上內容為自媒體平臺“某某號”用戶上傳并發布，本平臺僅提供信息存儲服務。"
    assert fold(traditional) == simplified
    found = family_of(traditional, ("line",))
    assert found is not None and found is family_of(simplified, ("line",))


def test_a_body_line_with_the_traditional_bie_stays_text():
    for line in ["特別是要加強協調配合，確保各項工作落到實處。", "各部門要特別聲明工作紀律，嚴禁弄虛作假。"]:
        assert family_of(line, ("line", "page")) is None, line
