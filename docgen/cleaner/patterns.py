"""Every pattern the cleaner uses, named and commented in one place."""

from __future__ import annotations

import re


def starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for ``first``, the characters any of its
    matches can start with.  The matches are the same; the search is many times faster,
    because the engine skips positions by that one character class instead of trying every
    alternative at every position of a long line."""
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)

# --------------------------------------------------------------------------- characters

#: Characters removed wherever they occur: C0/C1 controls (except tab), zero-width marks,
#: bidi controls, the soft hyphen and a byte-order mark left inside text.
STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e"
                           r"\u2060-\u2064\ufeff\ufff9-\ufffb]")

#: Spaces of any kind (ASCII, no-break, ideographic, tab) at the start or end of a line.
EDGE_SPACE = re.compile(r"^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$")

#: Leading space that counts as a paragraph indent: two or more spaces, or one full-width one.
INDENT = re.compile(r"^(?:[ \u00a0]{2,}|\t|\u3000)")

#: ASCII spaces between two Chinese characters or marks inside a sentence (``我们 要 坚持``),
#: as PDF and OCR extraction leave them.  Applied only to lines of prose (see PROSE_LINE).
#: Full-width spaces are typed on purpose (``第一条　为了……``, ``张　三``) and stay.
INNER_SPACE = re.compile(r"(?<=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…—])[ \u00a0]+"
                         r"(?=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…—])")

#: A line of running text: it has a comma or a full stop (of either width: punctuation
#: normalisation may make them full-width later, and the decision must not change then).
PROSE_LINE = re.compile(r"[，。,]|(?<=[\u3400-\u9fff])\.")

#: Entities that survive decoding once because they were escaped twice (``&amp;nbsp;``).
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}\d{0,2});", re.I)

#: HTML tags left in text copied from page source: line breaks and paragraph ends split the
#: line; the others are removed.  Only well-known tag names, so ``a<b`` stays text.
MARKUP_BREAK = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li|/tr|tr|/h[1-6]|h[1-6])(?:\s[^<>]*)?/?\s*>", re.I)
MARKUP_TAG = re.compile(r"<\s*/?\s*(?:span|font|strong|b|i|em|u|a|img|sup|sub|small|big|center|"
                        r"table|tbody|td|th|ul|ol|section|article|o:p)(?:\s[^<>]*)?/?\s*>", re.I)

#: Escaped line ends left as text by broken scrapers (``x0dx0a``, ``\r\n``, ``\n``), recognised
#: only right after Chinese text or a mark, so that Latin text and paths keep theirs.
LITERAL_LINE_END_IN_TEXT = re.compile(r"(?<=[\u3400-\u9fff。，；：！？”）])\s*(?:x0dx0a|\\r\\n|\\n)+")

#: Full-width ASCII letters and digits (``２０２３``, ``ＧＤＰ``), turned half-width.  Ｘ and
#: ｘ are left alone: ``ＸＸ`` is a placeholder.
FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-ＷＹＺａ-ｗｙｚ]")

# --------------------------------------------------------------------------- markers and banners

#: Text-extractor markers left by tools that turn Word/PDF/HTML into text:
#: ``[bookmark: _Toc1]``, ``[image: 图片1.png]``, ``[Image]``, ``[图片]``, ``[pic]``.
EXTRACTOR_MARKER = re.compile(
    r"\[(?:bookmark|image|img|picture|pic|photo|figure|anchor|pagebreak|page ?break|"
    r"footnote ?ref|comment|chart|shape|object|media)\d*(?::[^\]\n]*)?\]"
    r"|\[(?:图片|图像|插图|照片|图)\d*(?:[:：][^\]\n]*)?\]|【(?:图片|图像|插图|照片)\d*】",
    re.I,
)

#: A host name or URL (``www.zciku.com``, ``https://example.gov.cn/a/b.html``), in ASCII, not
#: taking a final mark that ends the sentence around it (``见www.gov.cn。``).
URL = re.compile(
    r"(?:https?://|ftp://|www\.)[\w\-.~%/?#=&+:;,@!$'()*\[\]]*[\w\-~%/#=&+@$*]"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|top|cc|vip|xyz|site|wang|ltd)"
    r"(?:\.cn)?\b(?::\d+)?(?:/[\w\-.~%/?#=&+:;,@!$'()*]*[\w\-~%/#=&+@$*])?",
    re.I | re.ASCII,
)

#: An e-mail address: never taken apart by punctuation rules.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)

#: Separators that glue a site name to its address in a banner: ``中词库 / www.zciku.com``.
BANNER_SEPARATORS = re.compile(r"[\s/|｜\-—_·•:：,，()（）【】\[\]<>《》]+")

#: Longest site name (in characters, address excluded) a banner line may carry.
BANNER_MAX_NAME = 16

#: Marks (both widths, and the ellipsis) that make the text around an address a sentence.
SENTENCE_MARKS = frozenset("。！？；，,;!?…")

#: Labels of contact lines that give an address as content, kept in the body:
#: ``网址：www.example.gov.cn`` under a notice is part of the notice.
CONTACT_LABELS = frozenset(("网址", "网站", "邮箱", "电子邮箱", "电子信箱", "邮件", "E-mail", "Email",
                            "email", "联系邮箱", "投稿邮箱", "官网", "官方网站", "网站地址", "下载地址",
                            "下载链接"))
#: Longest name before a contact label (``报名表下载地址：…``, ``申报系统网址：…``).
CONTACT_MAX_PREFIX = 8

# --------------------------------------------------------------------------- page chrome

#: Whole lines of navigation, sharing, comments, footer and page counters.  The value after
#: ``上一篇：`` may be long (an article title).
CHROME_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一页|下一页|上一条|下一条|上篇|下篇|前一篇|后一篇)(?:\s*[:：].{0,80})?$"
    r"|^(?:返回顶部|返回列表|返回首页|回到顶部|返回|打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|"
    r"收藏本文|收藏|加入收藏|设为首页|网站地图|联系我们|关于我们|我要纠错|纠错|点赞|分享|"
    r"扫一扫|微信扫一扫|扫码分享|手机版|电脑版|无障碍|长者模式|繁体|简体|繁體|"
    r"阅读全文|展开全文|查看全文|查看更多|加载更多|点击加载更多|更多|更多>+|（完）|\(完\)|【完】|"
    r"文档下载|下载文档|下载本文|下载全文|复制全文|全文阅读已结束|本文档下载|点击下载|免费下载|"
    r"网友评论|发表评论|我要评论|评论|相关评论|热门评论|最新评论)\s*[>»]*$"
    r"|^(?:相关(?:阅读|文章|推荐|链接|新闻|范文|资料|文档|内容|专题|搜索)|推荐(?:阅读|文章)|延伸阅读|"
    r"热门(?:文章|推荐|阅读|范文)|猜你喜欢|精彩推荐|最新(?:文章|范文)|大家都在看|你可能感兴趣的)"
    r"(?:\s*[:：].{0,80})?$"
    r"|^(?:分享到|分享至)\s*[:：]?.{0,40}$"
    # 当前位置： / 您现在的位置是： / 您当前所在的位置：
    r"|^(?:您|你)?(?:当前|现在|目前)?(?:所在|所处)?的?位置(?:是)?\s*[:：].{0,80}$"
    r"|^(?:网站)?首页\s*[>»/→]\s*.{0,80}$"
    r"|^(?:下载地址|下载链接|附件下载)\s*[:：]?\s*(?:点击此处下载|点此下载|点击下载|立即下载|下载)?$"
    r"|^(?:栏目导航|网站导航|导航|常用范文)$"
    r"|^(?:朗读|全文朗读|语音播报|听全文|听新闻)$"
    # the chevrons of a page's navigation: ``<``, ``»`` (not ↓ or →, which draw a flow)
    r"|^[<>«»‹›\s]+$"
    r"|^(?:评论|网友评论)\s*[(（]\s*\d+\s*[)）]$|^共有?\s*\d+\s*条评论.{0,20}$"
    r"|^免责声明.*$|^版权(?:所有|声明)(?!.*[。！？]\s*$).{0,120}$"
    r"|^(?:主办|承办|主办单位|承办单位|技术支持|技术维护|运行维护|网站维护|网站标识码)\s*[:：].{0,100}$",
    re.I,
)

#: A breadcrumb: two to nine short items of a site's path separated by ``>``, ``>>``, ``»``,
#: ``›`` or ``＞`` (``首页 > 政务公开 > 通知公告``, ``常用范文 > ……讲话``), with no sentence mark.
#: (``→`` is left out: a process flow ``申请→受理→办结`` is body text.)
BREADCRUMB = re.compile(
    r"^[^。，；！？!?;>»›＞\s][^。，；！？!?;>»›＞]{0,19}"
    r"(?:\s*(?:>{1,2}|»|›|＞{1,2})\s*[^。，；！？!?;>»›＞]{1,60}){1,8}\s*(?:>{1,2}|»|›|＞)?$")

#: A line of page tools only, two or more of them: ``【打印本页】 【关闭窗口】``,
#: ``打印本页 关闭窗口``, ``[收藏] [打印] [关闭]``.
TOOL_WORDS = re.compile(
    r"^(?:[【\[［]?\s*(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|加入收藏|"
    r"返回顶部|返回|分享|纠错|我要纠错|保存|推荐|评论)\s*[】\]］]?[\s|｜/、]*){2,}$")

#: The heading of a list of links to other articles (``相关范文：``); the short title-like
#: lines that follow it, up to a blank line or a sentence, are the list.
RELATED_HEADING = re.compile(
    r"^[【\[]?(?:相关|推荐|热门|延伸|精彩|更多|最新)(?:阅读|文章|推荐|链接|新闻|范文|资料|文档|内容|专题)"
    r"[】\]]?\s*[:：]?$|^(?:猜你喜欢|大家都在看|你可能感兴趣的)\s*[:：]?$")
#: Longest line taken for an item of such a list.
RELATED_ITEM_MAX = 50

#: Footer marks found anywhere in a short line that is not a sentence: copyright, ICP
#: licence and public-security filing numbers, site identification codes.
FOOTER_MARK = starting_with("cC©(aAiI公网政建分",
                            r"copyright|©|\(c\)\s*\d{4}|all rights reserved|ICP[备证]|公网安备|网安备|"
                            r"网站标识码|政府网站标识|建议使用.{0,20}浏览器|分辨率", re.I)
#: Longest line FOOTER_MARK may drop.
FOOTER_MAX_CHARS = 150

#: Page counters and page numbers left by extractors: ``第1页 共3页``, ``1/3页``, ``— 2 —``.
PAGE_COUNTER = re.compile(
    r"^(?:第\s*\d+\s*页\s*[/，,、]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[/，,、]?\s*第\s*\d+\s*页|"
    r"\d+\s*/\s*\d+\s*页|第\s*\d+\s*页|page\s*\d+\s*(?:of\s*\d+)?|"
    r"[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}\s*/\s*\d{1,4}|"
    r"(?:[<«‹]?\s*上一页\s*)?(?:\d{1,3}\s+){2,}\d{1,3}(?:\s*下一页\s*[>»›]?)?)$",
    re.I,
)

#: A menu line: three or more short items separated by bars, ``首页 | 新闻 | 公开 | 服务``.
MENU_LINE = re.compile(r"^\s*[^|｜丨。，；！？]{1,10}(?:\s*[|｜丨]\s*[^|｜丨。，；！？]{1,10}){2,}\s*$")

#: Lines a text ends with on 范文 sites: ``以上就是……的全部内容``, ``本文由……整理``.
SITE_TRAILER = re.compile(
    r"^(?:本文由.{0,30}(?:整理|发布|提供|上传|原创)|以上(?:就是|是).{0,40}(?:全部内容|内容)|"
    r"感谢(?:您的|你的)?(?:阅读|浏览|支持)|(?:更多|查看更多).{0,30}(?:请|敬请)?(?:访问|关注|点击|登录)|"
    r"温馨提示\s*[:：].{0,80}(?:下载|可编辑|阅读|复制)|本(?:文|站)(?:部分)?内容.{0,40}(?:侵权|删除))"
    r".{0,60}$"
)

# --------------------------------------------------------------------------- tables of contents

#: The heading of a table of contents: ``目录``, ``目　录``, ``目 录``.
CONTENTS_HEADING = re.compile(r"^目\s*录\s*[:：]?$")
#: The number an entry starts with (``1.1``, ``第一章``, ``一、``, ``（一）``) and the page
#: number or leader dots it may end with — left out when entries are compared with headings.
CONTENTS_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|第[一二三四五六七八九十百零〇]+[章节条部分篇]|"
                             r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])")
CONTENTS_PAGE = re.compile(r"[.…·．\-—\d]*$")
#: A table of contents lists at least CONTENTS_MIN_ENTRIES and at most CONTENTS_MAX_ENTRIES
#: short lines (CONTENTS_ENTRY_MAX_CHARS each) before the text starts with the first again.
CONTENTS_MIN_ENTRIES = 3
CONTENTS_MAX_ENTRIES = 150
CONTENTS_ENTRY_MAX_CHARS = 40
#: Spaces inside an entry (``1 总 则``), left out too.
CONTENTS_SPACES = re.compile(r"[\s\u3000]+")


# --------------------------------------------------------------------------- teasers and titles

#: A line that ends with an ellipsis written as dots: the sign of a teaser / summary.
TEASER_END = starting_with(".…。·", r"(?:\.{2,}|…+|。{3,}|·{3,})\s*$")

#: Shortest stretch of text a teaser must share with the body start to count as a repeat.
TEASER_MIN_OVERLAP = 12

#: A teaser repeats the start of one of the lines that begin within this many characters
#: after it (a repeated title or a date line may stand between it and the body).
TEASER_WINDOW = 300

#: Labels a teaser line may start with: ``摘要：`` ``导读：``.
TEASER_LABEL = re.compile(r"^(?:摘要|导读|内容提要|提要|简介|核心提示)\s*[:：]\s*")

#: Characters ignored when two lines are compared as repeats (after NFKC, which folds the
#: widths): spaces, quote and bracket forms, dots and dashes, which copies of a title often
#: change and which punctuation normalisation spells differently in a line and in two lines
#: joined.
COMPARE_DROP = re.compile(r"[\s\u3000\u00a0《》〈〉“”\"'‘’「」『』.。…·\-—–]+")

# --------------------------------------------------------------------------- placeholders

#: Redaction placeholders the author left for the user to fill in.
PLACEHOLDER = starting_with(
    "XＸ×✕╳xｘ*＊□■△▲◇◆○_＿",
    # XX县, ××, ＸＸ, xx镇 — two or more, not inside a Latin word (``XXL``, ``Exxon``).
    r"(?<![A-Za-z])[XＸ×✕╳]{2,}(?![A-Za-z])|(?<![A-Za-z])[xｘ]{2,}(?=[\u3400-\u9fff])"
    # 王**, ＊＊
    r"|\*{2,}|＊{2,}"
    # □□, ■■, △△ (but not ○○ in a year written with ○ for 〇: 二○○八年)
    r"|[□■△▲◇◆]{2,}|(?<![〇零一二三四五六七八九十])○{2,}(?![〇零一二三四五六七八九年])"
    # X月X日, 第X次: one X where a number belongs.
    r"|(?<![A-Za-z\d])[XＸ×](?=[年月日号时次届期])|(?<=第)[XＸ×](?![A-Za-z])"
    # ____年__月__日: blanks to write in.
    r"|_{3,}|＿{2,}"
)
