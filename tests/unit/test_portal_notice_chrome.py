"""Pages copied as text (written for the tests): a county portal's notice with its welcome
banner, its row of user links with the IPv6 badge, a note under the date whose separators were
lost, and the portal's list of interpretations under it; a download link named by its date; a
forum's prompt to sign in over a post; a label of an article's menu under its title, a link to a
picture in a new window, and the disclaimers of copying sites; a 范文 site's repost of a notice
with its kind tagged in corner brackets before the headline and an account's steps to follow it;
a notice's formal title with a time of day in it over its first sentence."""

from __future__ import annotations

import docgen
from docgen.model import Speech

PORTAL = """欢迎访问某某县人民政府!
登录/注册 用户中心 支持IPV6
当前位置: 首页>政务公开>通知公告
某某县人民政府关于加强冬季防火工作的通告

为切实做好今冬明春防火工作,保障人民群众生命财产安全,根据有关法律法规,结合我县实际,现就有关事项通告如下。
各乡镇、各部门要压实责任,加强巡查,发现火情及时报告,确保不发生重大火灾。

特此通告。


某某县人民政府

20301105

(此件公开发布)


部门解读:

某某县人民政府关于加强冬季防火工作的通告的政策解读

媒体视角:

【冬季防火】某某县人民政府关于加强冬季防火工作的通告的政策问答
"""

DOWNLOAD = """某某县人民政府森林防火令

鉴于近期持续干旱少雨,森林火险等级较高,为有效预防森林火灾,保障人民群众生命财产安全,现发布森林防火令。
各乡镇要加强巡山护林,严禁一切野外用火,确保森林资源安全。

某某县人民政府

2030年11月5日

 20301105-(2030年第2号)某某县人民政府森林防火令
"""

FORUM = """马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。
您需要 登录 才可以下载或查看,没有账号?立即注册
x
9月8日,某某中学举行教师节表彰大会,全校师生参加活动,表彰了一批优秀教师。
会上,优秀教师代表发言,表示要不忘初心,潜心育人,为学校发展贡献力量。
"""

ARTICLE = """某某学院举行新生开学典礼

内容导航:

9月1日,某某学院在体育馆举行新生开学典礼,学院领导和全体新生参加。
点此在新窗口浏览图片
院长在讲话中希望新同学珍惜时光,刻苦学习,早日成长为有用之才。
本内容不代表本网观点和政治立场,如有侵犯你的权益请联系我们处理。
版权声明:此文自动收集于网络,若有来源错误请与我们联系。
"""

SPEECH = """在某某县对口帮扶工作座谈会上的讲话

欢迎访问团莅临某某县人民政府!
今天,我们在这里召开座谈会,共商对口帮扶工作,我代表县委、县政府对各位的到来表示热烈欢迎。
政策解读:
下面,我就政策的主要内容作简要说明,请大家结合实际抓好落实。
"""

REPOST = """1500字范文,内容丰富有趣,写作好帮手!
1500字范文 > 「通告」某某县人民政府关于禁止燃放烟花爆竹的通告

「通告」某某县人民政府关于禁止燃放烟花爆竹的通告

时间:2030-01-13 07:58:25

点击“某某县妇联”

关注我哟

点击…按钮

分享至朋友圈

为保障人民群众生命财产安全,改善大气环境质量,根据有关法律法规,结合我县实际,现就禁止燃放烟花爆竹有关事项通告如下。

在县城建成区范围内全年禁止燃放烟花爆竹,违者由公安机关依法处罚。

特此通告。

某某县人民政府

1月10日

网友评论
"""

TIMED = """某某路停水
明天凌晨,某某路沿线将会停水,请居民们提前做好储水准备,合理安排生活用水。
关于2030年3月7日22:00至3月8日6:00前某某区某某路给水管道改造工程项目的停水通知
因某某路给水管道施工,我司将于2030年3月7日22:00至3月8日6:00对某某路沿线暂停供水,请用户提前储水。
因施工带来的不便,敬请谅解。
某某市自来水有限公司
2030年3月5日
"""

GUIDE = """某某事项网上办理指南

一、登录系统后进入申报页面。
二、按提示填写信息后,
点击“提交”
完成申报。
"""


def _parse(text: str) -> Speech:
    return docgen.parse(text.encode("utf-8"), input_format="text")


def _joined(speech: Speech) -> str:
    return "\n".join(block.text for block in speech.blocks if hasattr(block, "text"))


def test_a_portals_banner_user_row_and_interpretations_go_and_the_note_stays() -> None:
    speech = _parse(PORTAL)
    assert speech.meta.title == "某某县人民政府关于加强冬季防火工作的通告"
    joined = _joined(speech)
    for chrome in ("欢迎访问", "IPV6", "部门解读", "媒体视角", "政策解读", "政策问答"):
        assert chrome not in joined, chrome
    for kept in ("特此通告。", "20301105", "此件公开发布"):
        assert kept in joined, kept


def test_a_download_link_named_by_its_date_is_dropped() -> None:
    joined = _joined(_parse(DOWNLOAD))
    assert "20301105-" not in joined
    assert "确保森林资源安全。" in joined


def test_a_forums_sign_in_prompt_is_dropped_and_is_no_title() -> None:
    speech = _parse(FORUM)
    joined = _joined(speech)
    assert "您需要" not in joined and "您需要" not in (speech.meta.title or "")
    assert "为学校发展贡献力量。" in joined


def test_a_menu_label_a_picture_link_and_disclaimers_are_dropped() -> None:
    speech = _parse(ARTICLE)
    assert speech.meta.title == "某某学院举行新生开学典礼"
    joined = _joined(speech)
    for chrome in ("内容导航", "新窗口", "不代表本网", "版权声明"):
        assert chrome not in joined, chrome
    assert "早日成长为有用之才。" in joined


def test_a_welcome_to_a_delegation_and_a_label_over_a_sentence_are_kept() -> None:
    joined = _joined(_parse(SPEECH))
    assert "欢迎访问团莅临某某县人民政府" in joined
    assert "政策解读" in joined


def test_a_notices_kind_tagged_in_corner_brackets_is_left_out_of_its_title() -> None:
    speech = _parse(REPOST)
    assert speech.meta.title == "某某县人民政府关于禁止燃放烟花爆竹的通告"
    joined = _joined(speech)
    for chrome in ("妇联", "关注我哟", "按钮", "不代表"):
        assert chrome not in joined, chrome
    assert "违者由公安机关依法处罚。" in joined


def test_a_formal_title_with_a_time_of_day_is_not_glued_to_the_first_sentence() -> None:
    lines = _joined(_parse(TIMED)).split("\n")
    assert "关于2030年3月7日22:00至3月8日6:00前某某区某某路给水管道改造工程项目的停水通知" in lines
    assert any(line.startswith("因某某路给水管道施工") for line in lines)


def test_a_step_naming_a_button_in_a_text_is_kept() -> None:
    assert "点击“提交”" in _joined(_parse(GUIDE)).replace("\n", "")
