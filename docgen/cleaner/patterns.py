"""Every pattern the cleaner uses, named and commented in one place."""

from __future__ import annotations

import re

from ..shapes.patterns import DOCUMENT_NUMBER, GENRE_WORDS, both_scripts


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

#: No-break spaces a page's text lost in a wrong decoding, each left as an ASCII ``?``: a run of
#: them leads a line where its indent was (``????一、……``, a signature's ``??????……``), or
#: follows the colon that ends it (``各市、县人民政府: ?``) — a colon never ends a question.
#: Stripped like the spaces they stood for; one ``?`` at the start of a line stays.
LOST_SPACES = re.compile(r"^\?{2,}(?=[^?]|$)|(?<=[:：])[ \u00a0]*\?+$")

#: ASCII spaces between two Chinese characters or marks inside a sentence (``我们 要 坚持``),
#: as PDF and OCR extraction leave them.  Applied only to lines of prose (see PROSE_LINE).
#: Full-width spaces are typed on purpose (``第一条　为了……``, ``张　三``) and stay.
#: The space before an author's name and a date in figures that end a line (``……大会 张三 2017-10-28``,
#: a headline with its byline run on) stays: it is where the headline ends.
INNER_SPACE = re.compile(r"(?<=[\u3001-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…—])[ \u00a0]+"
                         r"(?![\u4e00-\u9fff]{2,4}[ \u00a0]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$)"
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

#: A document converter's stylesheet left as text at a line's start, before the document's
#: own text (``l> [标签:标题] @page { size: 8.27in 11.69in; … } p.cjk { font-family: "宋体"; … }``):
#: a short lead without sentence marks, then two or more rules ``selector { property: value … }``.
#: Everything up to the last rule's ``}`` goes; a line with a single rule (a sentence that
#: happens to quote one) stays.
STYLESHEET_RUN = re.compile(
    r"[^{}。，；！？]{0,40}?"                         # a fragment of a tag before it (``l> [标签:标题]``)
    r"(?:[@\w.#:>*,\- ]+\{\s*[-a-z]+\s*:[^{}]*\}\s*){2,}")  # selector { property: value; … }

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

#: A widget's value left at the top of the text (``普通``): at most this long, held by at least
#: this many dropped lines above it, the nearest of them at most this many lines up.
ECHO_MAX_CHARS = 4
ECHO_MIN_COPIES = 3
ECHO_REACH = 6

#: A bare mailbox line, a generic label and the address alone (``電子信箱:someone@example.com``):
#: the one a news site prints under every article when it ends the text under a paragraph of
#: prose (see ``rules._site_mailbox_tail``).
SITE_MAILBOX_LINE = re.compile(r"(?:电子信箱|電子信箱|电子邮箱|電子郵箱|邮箱|郵箱|信箱|(?i:e-?mail))\s*[:：]\s*"
                               r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: The shortest paragraph of prose over such a line (a signature or a contact field is shorter).
SITE_MAILBOX_PARAGRAPH_MIN = 40
#: Words of a paragraph that sends the reader to a mailbox or names a contact: the mailbox
#: under it is the text's own.
MAIL_MENTION = re.compile(r"邮箱|郵箱|信箱|邮件|郵件|(?i:e-?mail)|联系|聯繫|聯絡|发送|發送|投稿|报名|報名|咨询|諮詢|来函|來函")

#: Separators that glue a site name to its address in a banner: ``中词库 / www.zciku.com``.
BANNER_SEPARATORS = re.compile(r"[\s/|｜\-—_·•:：,，()（）【】\[\]<>《》]+")

#: The shortest last paragraph over a site's name and address that signs the text over its
#: date (see ``rules._signer_over_date``).
SIGNER_PARAGRAPH_MIN = 20

#: Longest site name (in characters, address excluded) a banner line may carry.
BANNER_MAX_NAME = 16

#: Longest site name a banner sets before its address in brackets (``某某市人民政府网（www.…）``):
#: longer words before a bracketed address are a sentence giving it as a note
#: (``考生须到省考试院指定网站报名（http://…）``), which is the text's.
BANNER_NOTE_NAME_MAX = 10
#: Opening brackets of an address given as a note to the words before it.
BANNER_NOTE_OPEN = ("（", "(")
#: The number that leads an item of a text (``二、公示方式：某某网站：http://…``, ``（一）``): a
#: banner never has one, the line is the text's own.
BANNER_ITEM_LEAD = re.compile(r"^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、，,]|[（(][一二三四五六七八九十\d]{1,3}[）)])")

#: Marks (both widths, and the ellipsis) that make the text around an address a sentence.
SENTENCE_MARKS = frozenset("。！？；，,;!?…")

#: Labels of contact lines that give an address as content, kept in the body:
#: ``网址：www.example.gov.cn`` under a notice is part of the notice.
CONTACT_LABELS = frozenset(("网址", "网站", "邮箱", "电子邮箱", "电子信箱", "邮件", "E-mail", "Email",
                            "email", "联系邮箱", "投稿邮箱", "官网", "官方网站", "网站地址", "下载地址",
                            "下载链接"))
#: Longest name before a contact label (``报名表下载地址：…``, ``申报系统网址：…``).
CONTACT_MAX_PREFIX = 8
#: Labels that open a notice's contact line whatever address follows: ``联系人：张三
#: Email-zhang@example.com`` names a person (the address may even swallow its own label).
CONTACT_LEAD_LABELS = ("联系人", "联系电话", "联系方式", "联系邮箱", "咨询电话")
#: Longest line over a bare address that can give it as a notice's channel (a label or a
#: sentence sending the reader there); a longer paragraph over an address is no lead to it.
CHANNEL_LEAD_MAX = 60
#: A sentence, its colon off, that sends the reader to the address under it: ``请登录以下网站``,
#: ``可通过以下网址访问``, ``也可登录``.  The verb follows a word that asks or allows, so a
#: site's own ``手机访问`` / ``欢迎访问`` is none.
CHANNEL_SENTENCE = re.compile(r"(?:请|可|可以|须|需|均可|或|也可)[\u4e00-\u9fff]{0,6}?(?:登录|登陆|访问|通过|进入)")
#: A field of a notice's contact block: ``联系电话：``, ``通信地址：``, ``举报邮箱：``, ``传真：``.
CONTACT_FIELD = re.compile(r"^(?:联系|咨询|举报|投诉|监督|通信|通讯|办公|邮寄)?"
                           r"(?:电话|地址|传真|邮编|邮政编码|邮箱|信箱|热线|人)[ \u3000]*[：:]")

# --------------------------------------------------------------------------- page chrome

# The families of site chrome (navigation, page tools, bylines, footers …) are data:
# ``docgen/shapes/chrome.toml``, read by :mod:`docgen.shapes.chrome`.

#: Longest line taken for an item of a related-articles list (the short title-like lines
#: under a heading such as ``相关范文：``, up to a blank line or a sentence).
RELATED_ITEM_MAX = 50

#: The cleaning record's reason for an item of a related-articles list.
RELATED_ITEM_REASON = "item of a related-articles list"

#: Longest line taken for the teaser under an item of a related-articles list (the start of
#: the other article, cut off with dots).
RELATED_TEASER_MAX = 200

#: A bracketed date line (``（2023年5月）``, ``（2024年3月5日）``) under a document's title or
#: issuer: a list of links ends above it and above the line right over it (the text of a
#: document starts there, not another item).
BRACKETED_DATE_LINE = re.compile(r"^[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（）()]{0,40}[)）]$")

#: The name of the site's own system or portal alone on the last line, right under the text's
#: last sentence (``某某学院教务管理系统``, ``某某集团门户网站``): what a page prints in its footer
#: and a copy of the whole page keeps under the article (never a signature: no body's name
#: ends so, and a signature stands over its date).
TRAILING_SITE_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,20}?(?:(?:管理|信息|服务|办公|业务|教务|学工|综合|办事)系统"
                                r"|(?:服务|信息|管理|综合|办事)平台|门户网站|官方网站|网站|门户|官网)$")

#: The site's name and its column's banner (``某某协会`` over ``新闻资讯某某协会``) are looked for
#: among the first SITE_BANNER_HEAD_LINES lines of the text before its first line of prose, the
#: banner at most SITE_BANNER_REACH lines under the name, the name at least SITE_BANNER_NAME_MIN
#: characters long.
SITE_BANNER_HEAD_LINES = 8
SITE_BANNER_REACH = 3
SITE_BANNER_NAME_MIN = 4

#: A user name alone on the last line, right under the text's last sentence: lower-case Latin
#: letters and figures (``someone88``, ``site_editor``), at least four — a blog's writer as its
#: page prints the name under the post.  (A signature in Latin letters is a name with capitals.)
TRAILING_HANDLE = re.compile(r"[a-z][a-z0-9_.]{3,19}")

#: The family of an item of a list of articles with its date (``……[02-28]``, ``……（11-29）``).
#: A line of it is the headline with the date its site prints after it when it is the page's
#: title as the reader found it, or when no other such item stands within
#: DATED_HEADLINE_WINDOW lines of it, no list heading right above it, and the text right
#: under it (a sentence, a salutation, a byline).
DATED_ITEM_FAMILY = "dated-item"
#: A body's signature with its date in brackets on one line (``某某小学教务处(2031-4-30)``): a
#: body's name (two to PAGE_DATED_SIGNER_MAX characters, ending as a body's does) and a full date
#: in figures.  As the text's last line, right under its last sentence, it signs the text —
#: an item of a list of articles is a headline, which ends in no body's name.
PAGE_DATED_SIGNER_MAX = 14
PAGE_DATED_SIGNER = re.compile(
    rf"[\u4e00-\u9fff]{{1,{PAGE_DATED_SIGNER_MAX - 1}}}?(?:办|室|处|局|厅|委|部|院|校|园|所|站|中心|政府|委员会|工会|协会|学会|学生会|公司|集团|支部)"
    r"\s*[(（]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）]")
#: The family of the lines a text ends with on some sites (``更多信息请关注……``): a sentence of it
#: is the text's own when its last paragraph, signature and date follow within
#: TRAILER_CLOSING_REACH lines (``感谢您的理解和支持！`` / ``某某图书馆`` / ``2030年10月1日``).
SITE_TRAILER_FAMILY = "site-trailer"
#: The family of a unit news page's byline row (``报道：某某中心``), and the date field its page
#: prints right under it (``日期：2019年5月23日``, the value a date alone): the row's date, chrome
#: with it — never alone, where such a field may be a notice's own.
BYLINE_ROW_FAMILY = "news-byline-row"
BYLINE_DATE_FIELD = re.compile(r"(?:日期|發佈日期|发布日期)\s*[:：]\s*(?P<date>\S.*)")
TRAILER_CLOSING_REACH = 3
#: Families of the lines that follow a comment button in a page's toolbar: its count, the
#: buttons beside it (分享, 收藏) and the sharing targets (see ``page-body``).
PAGE_TOOLBAR_FAMILIES = frozenset({"counts", "page-tools", "share"})
#: The family of a breadcrumb (``当前位置：首页 > 某某栏目``): a short line under it that repeats
#: its last item is the page's own heading (see ``page-body``).
BREADCRUMB_FAMILY = "location"
#: The family of a Q&A page's placeholder for a question asked with no details (``如题所述``):
#: the line right above it, a line of at most QUESTION_MAX_CHARS characters that ends no
#: statement, is the question it stands for — the page's own heading, chrome with it.
QUESTION_PLACEHOLDER_FAMILY = "qa-placeholder"
QUESTION_MAX_CHARS = 60
#: One step of a path after ``>>`` and nothing more (``>>链接·6种自动投案情况``): between two
#: paragraphs of a text it is the text's cross-head, not the rest of a breadcrumb.
SINGLE_STEP_PATH = re.compile(r"\s*(?:>{2}|＞{2}|»)\s*[^。，；！？!?;>»›＞\s]{2,30}")
#: A sharing row set a line each under a title's date (``Facebook`` / ``Twitter`` / ``开心网`` /
#: ``打印文稿``): targets of at most PAGE_SHARE_TARGET_MAX characters without a mark, at least
#: PAGE_SHARE_TARGETS of them of the sharing family SHARE_FAMILY (the others it does not know).
#: A line of Latin letters alone (``virion-serion``, ``News Center``): over a title in Chinese it
#: is the site's or a column's tag, never a line of the title.
#: (A word of two letters at least: a page tool's button, ``A-``, is none.)
PAGE_LATIN_LABEL = re.compile(r"[A-Za-z]{2,}(?:[-'&. ][A-Za-z0-9]+){0,6}")
SHARE_FAMILY = "share"
PAGE_SHARE_TARGET_MAX = 10
PAGE_SHARE_TARGETS = 2
#: The bullet a page may set each target of such a row behind, as the items of a list
#: (``• 微信好友`` / ``• QQ空间``): the target is read without it.
PAGE_ITEM_BULLET = re.compile(r"[•·●▪◦]\s*(?=\S)")
#: A breadcrumb with the page's heading after it on the same line, apart by a space
#: (``当前位置：首页 - 学校简介 - 校长寄语 校长寄语``): the heading one word of a few characters,
#: which the breadcrumb ends with (see ``breadcrumb-headings``).
HEADING_BESIDE_CRUMB = re.compile(r"^(?P<crumb>.+?)[ \u3000]+(?P<heading>[^\s>»›＞\-–—|｜/:：]{2,20})$")
DATED_HEADLINE_WINDOW = 4

# --------------------------------------------------------------------------- a whole page pasted

#: Weights of the lines of a pasted page (see :mod:`docgen.cleaner.pagebody`): prose counts
#: for its characters, any other line against them with its characters and this much more —
#: more for a line of a chrome family.
PAGE_LINE_COST = 8
PAGE_FAMILY_COST = 16

#: A line of prose is at least this long and ends a sentence or one of these clause marks ...
PAGE_PROSE_MIN_CHARS = 4
PAGE_CLAUSE_END = frozenset("，、；：,;:")
#: ... or is at least this long with this many of these marks inside.
PAGE_RUNNING_MIN_CHARS = 20
PAGE_RUNNING_MIN_MARKS = 2
PAGE_MARKS = frozenset("，。；！？、,;!?")
#: A short phrase in quotation marks: its marks are a name's (关于做好“禁烟，保健康”工作的通知,
#: a headline in a list), never a sign of running text.
PAGE_QUOTED = re.compile(r"“[^“”]{1,20}”|「[^「」]{1,20}」")

#: A body holds at least this much weight (prose characters minus the rest) — and this share
#: of the heaviest stretch of the page, when it comes before it (the prose after an article's
#: end is other articles').
PAGE_MIN_BODY_CHARS = 30
PAGE_FIRST_BODY_SHARE = 0.25

#: A text is taken for a whole page only with at least this many lines of chrome families
#: outside its body.
PAGE_MIN_EVIDENCE = 2

#: A short line of a family that ends the article (``评论``) with this many short lines right
#: above it and right under it that are menu items (of no family, or of one of
#: PAGE_MENU_FAMILIES: ``首页``, ``要闻``, ``视频``) is an item of the site's menu (a channel
#: named 评论), judged as one of PAGE_MENU_ITEM_FAMILY.
PAGE_MENU_NEIGHBOURS = 2
PAGE_MENU_FAMILIES = frozenset({"column-menu", "home-links", "media"})
PAGE_MENU_ITEM_FAMILY = "column-menu"

#: The fields of an entry in a list (``成人票原价：279元``, ``咨询电话：58792888``,
#: ``备注：……``): a short label, a colon and a value — with a figure in it, or under a label
#: of a note (PAGE_ENTRY_NOTE).
PAGE_ENTRY_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fffA-Za-z]{1,10})\s*[:：]\s*(?P<value>\S.{0,200})$")
PAGE_ENTRY_NOTE = re.compile(r"备注|附注|注|说明|提示|注意")

#: The head of a list of links, known by its shape: a line of PAGE_LIST_HEAD_MIN to
#: PAGE_LIST_HEAD_MAX characters (a word such as 此外 or 附件 is shorter) over at least PAGE_LIST_HEAD_ITEMS headlines in a row (each PAGE_LIST_ITEM_MIN to
#: RELATED_ITEM_MAX long), judged as a line of PAGE_LIST_HEAD_FAMILY.
PAGE_LIST_HEAD_MIN = 4
PAGE_LIST_HEAD_MAX = 8
PAGE_LIST_HEAD_ITEMS = 4
PAGE_LIST_ITEM_MIN = 8
PAGE_LIST_HEAD_FAMILY = "related"

#: The date of an item of a list of links, in brackets on a line of its own under the item
#: (``十月份 某某`` / ``(2014-02-15)``): when the line two above it is such a date too, the lines
#: are a list of other articles, never the dates under a title.
PAGE_ITEM_DATE = re.compile(r"^[(（\[［【]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）\]］】]$")
#: The header block is looked for among this many lines above the body.
PAGE_HEADER_WINDOW = 16
#: A title under its field label alone (``法规名称：`` over ``某某法``) may be shorter than a title
#: found by its shape: this many characters at least, of letters alone (no mark, no digit).
PAGE_LABELLED_VALUE_MIN = 2
PAGE_LABELLED_VALUE = re.compile(r"[\u4e00-\u9fff]+")
#: A title line that names itself with a field's label, the label glued on or before a colon,
#: perhaps a board's tag in brackets after it (``标题[新闻] ……``, ``標題：……``): a post's
#: header gives its subject so, an encyclopedia its entry (``词条 ……``); the header block reaches
#: up to it.
#: A headline further up that holds the top title line's words (at least this many characters of
#: them) starts the header block when the walk up has taken its most title lines.
PAGE_FULLER_HEADLINE_MIN = 8
PAGE_LABELLED_TITLE = re.compile(r"^(?:(?:标题|標題)\s*(?:[:：﹕]|(?=[\[【［]))|(?:词条|詞條|条目|條目)(?:\s*[:：﹕]|\s+)\S)")
#: A headline right over the page's metadata line (an earlier rule dropped it) is looked for
#: among this many lines above the body (blank lines too): the text's short lines (a notice's
#: fields and numbered headings) may stand between them.
PAGE_METADATA_TITLE_WINDOW = 60
#: A date line in the header is at most this long (``2020年10月29日上午``).
PAGE_DATE_LINE_MAX = 30
#: A short ``label: value`` line in the header (``学校: 某某中学``) …
PAGE_LABEL_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*\S.{0,30}$")
#: … and a bracketed note (``（2024年3月5日）``, ``（此件公开发布）``).
PAGE_NOTE = re.compile(r"^[（(][^（）()]{1,40}[)）]$")
#: A title line is this long; a line above the title at most PAGE_COLUMN_LABEL_MAX long is a
#: column label or a menu item, never part of the title.
PAGE_TITLE_MIN_CHARS = 4
PAGE_TITLE_MAX_CHARS = 90
PAGE_COLUMN_LABEL_MAX = 6
#: At least this many buttons in a row under a title's byline or tools are the buttons of the
#: page's tools (``字号`` / ``大`` / ``中`` / ``小``); a button of Latin letters and signs is
#: at most PAGE_BUTTON_MAX_LATIN long (``A+``).
PAGE_BUTTONS_MIN = 2
PAGE_BUTTON_MAX_LATIN = 3
#: Brackets of a bar of buttons (``【字体：大 中 小】``) that stay on a button's line when the bar
#: is set a button a line.
PAGE_BUTTON_BRACKETS = "【】[]"
#: A byline that the page sets in pieces, each a line of its own under the headline (``2019`` /
#: ``09/07`` / ``19:02`` / ``某某`` / ``某某号``): a run of at most PAGE_BYLINE_PIECES short lines
#: with a piece of a date or a time among them (PAGE_DATE_PIECE), right under a title line.
PAGE_BYLINE_PIECES = 8
PAGE_DATE_PIECE = re.compile(r"^(?:\d{4}|\d{4}\s*年|\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|"
                             r"\d{1,2}:\d{2}(?::\d{2})?)$")
#: The tags of an article: at least this many short lines without a mark in a row under its
#: last paragraph, with a line of chrome under them.
PAGE_TAG_RUN = 4
#: The name of an account over its follow button (``某某号`` / ``关注``) is at most this long.
PAGE_ACCOUNT_MAX_CHARS = 16
#: The issuer's mark above a title (``湖南省人民政府办公厅文件``).
PAGE_ISSUER_MARK = re.compile(r"^[\u4e00-\u9fff（）()、 　]{2,40}文件$")

#: A line of a site's contact box (``+ 邮箱：…``, ``地址：…``, ``传真：…``): never a line between a
#: title and its body — the header block stops at it.  (Not the contact lines of a notice,
#: ``联系人：``, ``联系电话：``, nor a meeting's ``地点：``, which stand in documents.)
PAGE_CONTACT_LINE = re.compile(r"^[+＋•·●■▪◆]?\s*(?:地\s*址|邮\s*箱|电子邮箱|E-?mail|传\s*真|邮\s*编|邮政编码|QQ|"
                               r"(?:公司)?总机|客服电话|服务电话|客服热线|服务热线|客服邮箱|服务邮箱)\s*[:：].{1,80}$",
                               re.I)
#: A mailbox under its label (``邮箱：someone@example.com``), and the line of a contact block
#: that names the person to contact (``联系人：某某``): under such a line the mailbox is the
#: notice's own contact, no sign of a page (a site's box gives its address, post code, phone).
PAGE_LABELLED_MAILBOX = re.compile(r"^(?:[邮郵]\s*箱|[电電]子[邮郵][箱件]|E-?mail)\s*[:：]\s*\S+@\S+$", re.I)
#: The person's line of a contact block, in either script or both mixed (a page in traditional
#: characters may write 聯系人), and as 联络人 as well as 联系人.
PAGE_CONTACT_PERSON = re.compile(r"^(?:[联聯]\s*[系繫络絡]\s*人|[咨諮]\s*[询詢]\s*人)\s*[:：]\s*\S")
#: How many lines above a mailbox its contact block may reach for the person's line.
PAGE_CONTACT_BLOCK_REACH = 4
#: Below the body, right above the page's footer, a block of the site's contact and place lines
#: (``地点：…``, ``某某校区：…`` under the name of an office) — at least PAGE_FOOTER_CONTACTS
#: ``label：value`` lines of a contact or a place, none a notice's (``联系人：``) …
PAGE_FOOTER_LABEL_LINE = re.compile(r"^[+＋•·●■▪◆]?\s*[\u4e00-\u9fffA-Za-z]{1,8}\s*[:：]\s*\S.{0,60}$")
PAGE_FOOTER_PLACE = re.compile(r"^[+＋•·●■▪◆]?\s*(?:\S{0,6}校区|\S{0,6}地点|\S{0,6}地址)\s*[:：]")
PAGE_NOTICE_CONTACT = re.compile(r"联系人|联系电话|联系方式|咨询电话|报名")
#: … and the further lines of its address, an address alone (``某某市某某路1号（某某校区）``): a
#: road and a house number, no mark of running text.
PAGE_FOOTER_STREET = re.compile(r"^\S{2,20}(?:路|街|大道|巷)\S{0,8}?\d+号[^，。；、：:]{0,16}$")
#: A ``label：value`` line of a notice's contact block (``电话（传真）：0512-…``, ``E-mail：…``,
#: ``联系人：张三``): a label of a few characters, a colon, a value.  Such a block right under a
#: line that introduces it (ending with a colon: ``七、联系方法：``) and naming a contact person
#: or line (PAGE_NOTICE_CONTACT) is the text's, whatever family one of its lines has.
PAGE_LABEL_VALUE_LINE = re.compile(r"^[^\s:：，。；]{1,8}(?:\s+[^\s:：，。；]{1,4})?\s*[:：]\s*\S.{0,80}$")
PAGE_INTRO_END = frozenset("：:")
#: The bar that closes the layout cell of a page's table holding the text, after a space at the
#: end of its last line (``……平安。（某某） |``): what stands under it is outside the text's cell.
PAGE_CELL_CLOSED = re.compile(r"\s[|｜]$")
#: A label of the text's own right over its body, closed by a colon (``說明：``, ``主旨：``): two to
#: five characters, none of them a mark.
PAGE_OPENING_LABEL = re.compile(r"[\u4e00-\u9fff]{2,5}[：:]")
#: A line of a chrome family under the body that ends a sentence or a clause with one of these
#: (``咨询电话：0793-…（工作时间）。``, ``投寄地址：…；传真：…；``) is a sentence of the notice, not
#: a footer's line, when the text goes on under it (:func:`~docgen.cleaner.pagetail.tail_end`).
PAGE_OWN_SENTENCE_END = frozenset("。；;！!")
#: At most this many lines under a sentence ending in a colon are the items it introduces.
PAGE_INTRODUCED_ITEMS = 30
#: A row of a table copied as text with its cell bars (``4月29日 | 周六 | 全天门诊 |``): a line
#: with PAGE_TABLE_BARS_MIN bars at least.  Right under a sentence ending in a colon (``……安排
#: 如下：``), a run of such rows of which PAGE_DATED_ROWS_MIN name a day in a cell is the
#: notice's own table of dates and arrangements, however much its header row (``日期 | 星期 |
#: 安排 |``) looks like a menu bar; a bar alone under the rows is the table's closing rule.
PAGE_TABLE_BAR = re.compile(r"[|｜]")
PAGE_TABLE_BARS_MIN = 2
PAGE_TABLE_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:星期|周|礼拜)[一二三四五六日天]")
PAGE_DATED_ROWS_MIN = 2
#: A table appended under a text as a browser copies one a cell a line, each cell closed by its
#: bar (``时间 |`` / ``人数 |`` / ``3月1日 |``): a short cell and one bar at its end.  At least
#: PAGE_APPENDIX_CELLS_MIN such lines one under the other, right under an appendix's label alone
#: (``附：``, ``附件1``) or under the caption set below the label (PAGE_APPENDIX_CAPTION_LINES
#: lines at most), are the document's own attachment.
PAGE_APPENDIX_CELL = re.compile(r"[^|｜]{1,30}?\s*[|｜]")
PAGE_APPENDIX_LABEL = re.compile(r"附\s*[：:]")
PAGE_APPENDIX_CELLS_MIN = 3
PAGE_APPENDIX_CAPTION_LINES = 1
#: A step of a flowchart set in lines (``備齊⇓送``, ``符合⇒發文給……``): a line with an arrow
#: between its steps or before one. At least PAGE_FLOW_ARROWS_MIN of them in a run right under
#: the body make the run the text's own (a procedure's steps, not a list of other articles).
PAGE_FLOW_ARROW = re.compile(r"[⇓⇒↓→⟹➔➜➝➞⬇➡]")
PAGE_FLOW_ARROWS_MIN = 3
#: The lead of a reminder box closing a news item in its own voice (``警方提醒您`` /
#: ``民警提醒广大市民：`` / ``温馨提示``): a short line ending in a prompt to the reader — a speaker
#: reminding, warning or appealing, and whom —, a colon or mark after it allowed.  Under it, at
#: least PAGE_ADVICE_LINES_MIN short lines (PAGE_ADVICE_LINE_MAX at most, no date, no link, no
#: chrome family) are the advice itself (``陌生来电不轻信`` / ``如遇诈骗请报警``), not a list.
PAGE_ADVICE_LEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,10}(?:提醒|提示|忠告|告诫|呼吁)"
    r"(?:您|你|大家|广大[\u4e00-\u9fff]{1,6}|市民|群众|居民|家长)?(?:朋友们?)?[：:！!]?$")
PAGE_ADVICE_LINES_MIN = 2
PAGE_ADVICE_LINE_MAX = 30
#: At most this many lines of advice under its lead.
PAGE_ADVICE_LINES_MAX = 12
# A table set a cell a line under the body (``1`` / ``3月1日`` / ``某村、某村`` / ``2`` / ……):
# its row numbers alone on their lines, counting up from 1, at least this many rows …
PAGE_TABLE_ROWS_MIN = 2
#: A line printed a character apart (``第 五 章 會 議``): single characters between spaces, and
#: the spaces between them.
PAGE_SPACED_OUT = re.compile(r"\S(?:[ \u3000]{1,2}\S)+")
PAGE_SPACED_OUT_GAP = re.compile(r"[ \u3000]+")
PAGE_TABLE_ROW_NUMBER = re.compile(r"[1-9]\d?")
# … and its cells short lines (a longer line is the text going on under the table)
PAGE_TABLE_CELL_MAX = 40
PAGE_FOOTER_CONTACTS = 2
#: … also a line of the site's telephone or switchboard (``电话：…``, ``总　　机：…``: in such a
#: block only, as a notice's closing lines and an entry's fields have them too), …
PAGE_FOOTER_PHONE_LINE = re.compile(r"^(?:电\s*话|总\s*机)\s*[:：].{1,80}$")
#: … also a line of several of the site's contact fields side by side, each a label naming an
#: address, a phone, a fax, a hotline or a mailbox and its value (``公司地址:某某路1号  企业邮箱：
#: a@b.com``, ``电话热线：400-000-0000  传真：000-0000000``), and the label of such a field
#: with its value left empty (``地址：`` alone: a template's field the site never filled in) — in
#: such a block only.
PAGE_FOOTER_FIELD = (r"[\u4e00-\u9fffA-Za-z]{0,4}(?:地\s*址|邮\s*箱|电\s*话|热\s*线|传\s*真|邮\s*编|总\s*机|E-?mail)"
                     r"[\u4e00-\u9fff]{0,2}\s*[:：]")
PAGE_FOOTER_FIELDS_LINE = re.compile(r"^" + PAGE_FOOTER_FIELD + r"\s*\S{1,40}(?:\s+" + PAGE_FOOTER_FIELD
                                     + r"\s*\S{1,40}){1,3}$", re.I)
PAGE_FOOTER_EMPTY_FIELD = re.compile(r"^" + PAGE_FOOTER_FIELD + r"$", re.I)
#: … a telephone number alone with its country or area code (``+886-4-00000000``,
#: ``0510-00000000``) or a postal address alone (a city, county or district, a road and a
#: number: ``某某市某某区某某路100号（某校区）``) — in such a block only, as a notice's text
#: sets them too.
PAGE_FOOTER_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?\d{1,4}[\s-]?\d{6,8}|[(（]?0\d{2,3}[)）]?[\s-]?\d{7,8}(?:[\s-]\d{1,4})?)")
PAGE_FOOTER_ADDRESS = re.compile(r"(?:[\u4e00-\u9fff]{0,4}\d{5,6})?[\u4e00-\u9fff]{1,12}[市县区][\u4e00-\u9fff]{1,12}[路街道巷]"
                                 r"[\u4e00-\u9fff]{0,4}\d{1,5}号[\s\u4e00-\u9fff\d（）()]{0,24}")
#: … or a column of the footer's links: at least PAGE_LINK_COLUMN short lines without a mark or
#: a digit, none a body's name (a signature) nor a date, fewer than half of them as short as a
#: person's name (PAGE_NAME_MAX_CHARS: signers' names, a list of names, are no links).
#: A column of links may end with the site's contact lines under them (links, then 地址：…).
#: Neither block stands under a line ending with one of PAGE_GOES_ON: the text goes on in it.
PAGE_GOES_ON = frozenset("，、；,;")
PAGE_LINK_COLUMN = 3
PAGE_LINK_ITEM_MAX = 12
PAGE_NAME_MAX_CHARS = 4
#: … or a column of at least PAGE_BODY_COLUMN names of bodies (外交部 / 某某省生态环境厅 …): the
#: links a government page lists to other bodies' sites, more than a joint text's signers.
PAGE_BODY_COLUMN = 6
#: … or a block of at least PAGE_HEADLINE_COLUMN headlines of other articles, one under the other
#: with no blank line among them, right above the footer and under a paragraph that ends a
#: sentence (a related list whose head a paste lost: 往期回顾 was hidden).
PAGE_HEADLINE_COLUMN = 4
#: A block that holds both (a column of links, then the contact lines) is one when its items
#: are not a list of names: fewer than half of them as short as a person's name
#: (PAGE_PERSON_NAME_MAX_CHARS; a 4-character item is a menu's, 关于我们).
PAGE_PERSON_NAME_MAX_CHARS = 3
#: A column of links (PAGE_LINK_COLUMN or more, none as short as a person's name) right above
#: a pager of these families is the menu beside a list's pages (科室介绍 / 科室信息 / 优秀医生 over
#: 跳转到：): a text's signers or its closing words never stand over a pager.
PAGE_PAGER_FAMILIES = frozenset({"pager-jump"})
#: The label of a page's attachments alone (``附件:``): with the page's chrome right under it,
#: no file is listed, and the chrome starts at it.
PAGE_EMPTY_ATTACHMENTS = re.compile(r"(?:相关)?附件\s*[:：]?")
#: The word by which a text speaks of its attachments (``详见附件``, ``附件1``).
ATTACHMENT_WORD = "附件"
#: … and a file's name listed under it, numbered (``1.某某表``, ``2. 某某计划表``, ``（1）某某``)
ATTACHMENT_ITEM = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])\s*\S")
#: A page's download link of one attachment: the label, then a single file's name, unnumbered,
#: with its extension (``附件:关于印发……的通知.pdf``).
ATTACHMENT_FILE_LINK = re.compile(r"附件\s*[:：]\s*(?![\d（(])[^\s:：]{2,80}\.(?i:pdf|docx?|xlsx?|wps|ofd|zip|rar)")

#: A date at the start of a line (in words or in figures), as a page prints it over its tools
#: (``2030年01月02日 【字号:``).
LEADING_PAGE_DATE = re.compile(r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))")
#: At the end of a text, a line that is a bare date (no label, no hour: ``2025-05-15``) right
#: under its last paragraph or under a signature line (a short line without a mark, at most
#: PAGE_SIGNATURE_MAX_CHARS long) is the document's date, not the page's timestamp.
PAGE_BARE_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
#: A date whose separators were lost in copying (``202341`` for 2023年4月1日, ``20230401``): a date
#: only right under a signature line, where a document's date stands.
PAGE_RUN_TOGETHER_DATE = re.compile(r"(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])")
PAGE_SIGNATURE_MAX_CHARS = 30
#: A page's view count alone on a line (``741``): a bare date right over it is the page's date
#: row (date, then count), never the document's own date.
PAGE_COUNT_LINE = re.compile(r"\d{1,7}")

#: Below a page's main text, the formula that closes a notice (``特此通告``, ``特此通知。``,
#: ``此复``): up to PAGE_FORMULA_REACH lines of prose over it (the notice's last paragraph,
#: whatever a chrome family makes of its words) and its signature and date under it are the
#: text's own, never the page's.
PAGE_CLOSING_FORMULA = re.compile(r"(?:特此|专此|此复|此致)\S{0,4}[。！!]?")
PAGE_FORMULA_REACH = 3
#: How far down a text the page's post date over its counter is looked for (its headline, the
#: date and the counter row are its first three lines, perhaps under blank lines).
POSTED_DATE_SEARCH_LINES = 8
#: The second half of a letter's closing formula on its own line under ``此致`` (``敬礼！``,
#: ``致以崇高的敬禮``): the signature and date follow it.
PAGE_FORMULA_SECOND = re.compile(r"(?:致以)?(?:崇高的|诚挚的)?敬[礼禮][。！!]?")
#: Under a closing formula, how many signature lines may stand over the date: a signer's label
#: over the name (``写信人`` / ``某某``), or two signers (a body over its head's name).
PAGE_SIGNATURE_LINES_MAX = 2
#: A document's date with a form's next label run on after it, the copy of a form losing the
#: break between a field's last line and the next field's label
#: (``2023年12月30日其他需要说明的情况:``): the date still closes the text.
PAGE_DATE_RUN_ON_LABEL = re.compile(r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)[^\s\d，。；,;]{2,16}[:：]")
#: The signature and the date of a text set on one line: ``某某支队 2020年9月24日``.
PAGE_SIGNED_DATE = re.compile(r"[^\s。，；：:,;]{2,30}\s+(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)")

#: A stretch outside the body with this many short lines in a row is a menu; a menu of
#: PAGE_MENU_EVIDENCE short lines above the title is a sign of a whole page by itself (below
#: a text, short lines may be a list of names).
PAGE_MENU_RUN = 3
PAGE_MENU_EVIDENCE = 6

#: Prose outside the body amounting to this many characters is kept (and reported) rather
#: than dropped, unless comments or a footer stand before it.
PAGE_KEEP_PROSE_CHARS = 40
#: A passage set a phrase a line (a repost from a phone: ``根据国务院办公厅发布的`` /
#: ``在春节、清明节、劳动节、``) right over the text's title is kept outside the main text when
#: it runs at least PAGE_BROKEN_RUN_LINES lines, no blank line between them, and at least
#: PAGE_BROKEN_CLAUSES of them break off at a clause (a comma, an enumeration comma, a
#: particle ``的``) or hold a comma inside: a menu's items are names, never clauses.
PAGE_BROKEN_RUN_LINES = 6
PAGE_BROKEN_CLAUSES = 3
#: Under a list's heading (its items are headlines, its teasers a sentence or two) a passage of
#: real prose is still kept and reported: a run of prose lines, nothing else between them, at
#: least PAGE_PASSAGE_LINES lines with PAGE_PASSAGE_SENTENCES sentence ends
#: (PAGE_SENTENCE_END_RUN) and PAGE_PASSAGE_CHARS characters, PAGE_PASSAGE_LINE_CHARS a line on
#: average.
PAGE_PASSAGE_LINES = 2
PAGE_PASSAGE_SENTENCES = 3
PAGE_PASSAGE_CHARS = 120
PAGE_PASSAGE_LINE_CHARS = 30
#: After the body, a stretch clearly heavier than it (PAGE_HEAVIER_SHARE times its weight: a
#: body a little lighter than another article under it is still the page's first article) is
#: kept and reported when it holds paragraphs:
#: at least PAGE_PARAGRAPH_LINES prose lines in a row (a live feed sets each item under its
#: name and time).
PAGE_PARAGRAPH_LINES = 2
PAGE_HEAVIER_SHARE = 1.5
#: ... unless a line of these families (a comment's time, its 举报 / 回复 row) stands right
#: under it: it is a reader's comment.
PAGE_COMMENT_FAMILIES = frozenset({"comments", "comment-tools", "comment-times"})
#: A notice's field naming a body that runs the event (``承办单位：某某大学教务处``): the shape of a
#: site's operator line (chrome family ``site-operator``), a field of the text when it stands in
#: a run of the text's ``label：value`` lines (:data:`PAGE_LABEL_VALUE_LINE`) under its heading.
NOTICE_OPERATOR_FIELD = re.compile(r"^(?:主办|承办|协办|支持|指导)(?:单位)?\s*[:：]")
PAGE_SENTENCE_END_RUN = re.compile(r"[。！？!?]+")

# --------------------------------------------------------------------------- a news lead

#: The label of a site's "about" menu item: 关于 and the site's short name alone (``关于某通``,
#: ``关于我们``), no 的 and nothing more — a title that starts with 关于 goes on to say about what
#: (``关于做好……的通知``), set over two lines when long.
ABOUT_MENU_LABEL = re.compile(r"关于(?:(?!的)[\u4e00-\u9fffA-Za-z]){2,4}")

#: A news agency's lead above a report or a speech: a dateline (``5月22日上午9时，``), a
#: meeting opening or held, and what it heard or where someone spoke (``听取……的报告``,
#: ``……发表重要讲话``).
NEWS_LEAD = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上|凌晨)?(?:\d{1,2}时(?:\d{1,2}分)?)?[，,]"
    r".{2,80}?(?:开幕|闭幕|举行|召开|开幕会|全体会议)"
    r".{0,200}?(?:听取|审议|审查|发表|作了?)[^。]{0,400}?(?:报告|讲话|说明|致辞)")
#: It is looked for among the first lines of a text (above them only title-like lines).
NEWS_LEAD_SEARCH_LINES = 4

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
#: What follows an address at the start of a line that is a signature, not a site's banner: the
#: office of a body whose name a copy site replaced by its own address (``某某.com办公室``).
OFFICE_AFTER_ADDRESS = re.compile(r"[\u4e00-\u9fff]{0,8}(?:办公室|委员会|人民政府|政府|局|厅|处|科|办)")
#: An article's number on a line alone (the page's id under its closing headline): figures
#: only, six or more.
ARTICLE_NUMBER = re.compile(r"\d{6,}")
#: … but not a date whose marks a page's markup lost (``2022911``, ``20230615``).
BARE_DATE_DIGITS = re.compile(r"(?:19|20)\d{4,6}")
#: The link to the whole article may follow the dots, cut off or not: ``...[详细]``, ``...[詳``,
#: ``……【全文】``, ``…>>``.
TEASER_END = starting_with(".…。·", r"(?:\.{2,}|…+|。{3,}|·{3,})\s*"
                           r"(?:[\[【(（]\s*(?:详细|詳細|详情|詳情|全文|更多|详|詳)\s*(?:>>|»)?\s*[\]】)）]?|>>|»)?\s*$")

#: Shortest stretch of text a teaser must share with the body start to count as a repeat;
#: a shorter teaser (``各位代表：...``, at least TEASER_MIN_WHOLE characters) counts when a line
#: after it starts with all of it.
TEASER_MIN_OVERLAP = 12
TEASER_MIN_WHOLE = 4
#: A first line cut out of the text below across a line's end is at least this long (key
#: characters): a window a page's description takes, no phrase the text says twice.
TEASER_CUT_MIN = 2 * TEASER_MIN_OVERLAP

#: A teaser repeats the start of one of the lines that begin within this many characters
#: after it (a repeated title or a date line may stand between it and the body).
TEASER_WINDOW = 300

#: A teaser may repeat one of this many lines above it: the title (set over one or two lines,
#: under a site's breadcrumb and byline).
TEASER_TITLE_LINES = 3
#: A page's summary field prints the body's first sentences whole, no dots, among the text's
#: first SUMMARY_TOP_LINES lines (under the headline, over the title printed again).
SUMMARY_TOP_LINES = 4
#: … or the whole paragraph, the same line printed as the text's first line, over the headline,
#: and again under it: a paragraph this long at least (characters of its key), not a short line
#: a text may say twice, …
SUMMARY_TWIN_MIN = 30
#: … with this many lines at most between the two copies (a headline set over one or two lines,
#: its date): more short lines are the captions of pictures, a headline perhaps above them.
SUMMARY_TWIN_HEAD_LINES = 3
#: A line ending in dots that comes again whole, dots and all, within this many lines below is
#: a line of a form said over (``执行主席××××……`` under each entry of a list): no teaser.
TEASER_TWIN_LINES = 4

#: The date a teaser of a title ends with before its dots (``关于……的通知 2024-05-13...``).
TEASER_DATE = re.compile(r"\s*[\[(（]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\])）]?\s*$")

#: Labels a teaser line may start with: ``摘要：`` ``导读：``.
TEASER_LABEL = re.compile(r"^(?:摘要|导读|内容提要|提要|简介|核心提示)\s*[:：]\s*")

#: A line that is a document's file name: a site's category in brackets perhaps, the name, a
#: text document's extension (``【讲话稿】在某某会议上的讲话.docx``); FILE_NAME_ENDS are the line
#: ends looked at first (a line's end is cheap to test, most lines end otherwise).
FILE_NAME_ENDS = (".doc", ".docx", ".pdf", ".wps", ".txt", ".rtf")
FILE_NAME_LINE = re.compile(r"(?:[【\[［(（][^】\]］)）]{1,12}[】\]］)）]\s*)?(?P<stem>\S.{1,78}?)\.(?i:docx?|pdf|wps|txt|rtf)")

#: Characters ignored when two lines are compared as repeats (after NFKC, which folds the
#: widths): spaces, quote and bracket forms, dots and dashes, which copies of a title often
#: change and which punctuation normalisation spells differently in a line and in two lines
#: joined.
COMPARE_DROP = re.compile(r"[\s\u3000\u00a0《》〈〉“”\"'‘’「」『』.。…·\-—–]+")
#: The number a 范文 site gives each piece it prints under one headline, at the end of the
#: piece's label (``某某讲话篇1``, ``某某发言稿 篇二``): no part of the text the label repeats.
PIECE_LABEL_END = re.compile(r"\s*篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*$")
#: A page's heading over a text: its title with a note in brackets after it (the gazette issue
#: it was printed in: ``……的批复(2004年3号)``), the title itself set on the lines below.  The
#: note is the last bracketed group; a title's own brackets (a gloss ``批复(fù)``) stay in it.
NOTED_HEADING = re.compile(r"^(?P<title>.+?)\s*[（(](?P<note>[^（）()]{1,20})[）)]\s*$")

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

#: A sample's slot for the signer or the date, alone on its line in brackets (``[你的名字]``,
#: ``【具体日期】``, ``（您的姓名）``, ``[学校名称]``) or in a template's doubled brackets or braces
#: (``[[单位名称]]``, ``{{日期}}``): the 范文's own text, printed for the user to fill in like
#: ``XXX`` — never a page's button, whose brackets hold a verb (``[打印]``, ``【关闭】``).
FILL_IN_SLOT = re.compile(
    r"(?:\[\[|\{\{|[\[［【(（])\s*(?:你的|您的|你|您|本人|具体|填写|落款)?\s*"
    r"(?:[\u4e00-\u9fff]{1,4}名称|名字|姓名|署名|日期|单位|学校|班级)\s*(?:\]\]|\}\}|[\]］】)）])"
)

#: A template's empty slot for its signer, a label with nothing after it (``签名：``,
#: ``考生签字：``, ``承诺人（签字）：``, ``申请人：____``): where the one who signs the sample writes.
SIGNER_SLOT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:签名|签字|签章|承诺人|申请人|保证人|责任人)"
                         r"(?:\s*[(（][\u4e00-\u9fff]{1,4}[)）])?\s*[:：]\s*[_＿]*")
#: … and its empty slot for the date under it (``日期：``, ``签字日期：____``): the sample's own
#: date line, though a page's date field alone (``日期：``) is the same label.
DATE_SLOT = re.compile(r"(?:签字|签名|填写|承诺|申请)?日期\s*[:：]\s*[_＿]*")

# --------------------------------------------------------------------------- run-in headings

#: A speech's title, ending with its genre word, that the text's first sentences follow on the
#: same line after a space (``某某中学校长新年致辞 岁月如梭，……。``), as a page saved on one
#: line gives it: the title goes on a line of its own.  The text after the space starts with
#: no dash or bracket (a subtitle, a note) and holds a full stop within its first
#: SPEECH_TITLE_RUN_IN_SENTENCE characters.  A 范文 site's tag may follow the genre word
#: (``……奠基仪式主持词范文 尊敬的……``), and a host's script may name its part after the genre word
#: (``……主持词开场白``).  The text after the space may also be a host's opening address instead of
#: a sentence: a part's mark (HOST_PART_MARK) before a form of address (``女:尊敬的各位领导,``).
#: A run of three full stops in the title is the ellipsis the punctuation rule writes ``……``
#: (``在。。。会议上的讲话``), as that rule will leave it.
SPEECH_TITLE_RUN_IN = re.compile(
    r"^(?P<title>(?:[^\s，。,：:；;！？!?、]|。{3,}){2,30}(?:讲话稿|讲话|致辞|致词|发言稿|发言|演讲稿|演讲|贺词|寄语|欢迎辞|欢迎词"
    r"|答谢辞|答谢词|主持词|开幕词|闭幕词|講話|致辭|致詞|發言|演講|賀詞|主持詞|開幕詞|閉幕詞)"
    r"(?:开场白|開場白|结束语|結束語|串词|串詞)?(?:范文)?)"
    r"[ \u3000]+(?P<rest>[^\s—\-－(（【\[《].*)$")
SPEECH_TITLE_RUN_IN_SENTENCE = 80
#: A speech's kind word (``……发言稿``) that may end its title run straight into the salutation
#: with no space (``……校长发言稿各位领导、老师们：今天，……``), as a page saved on one line gives it.
SPEECH_KIND = re.compile(r"讲话稿|讲话|致辞|致词|发言稿|发言|演讲稿|演讲|贺词|欢迎辞|欢迎词|答谢辞|答谢词|主持词|开幕词|闭幕词"
                         r"|講話|致辭|致詞|發言|演講|賀詞|主持詞|開幕詞|閉幕詞")
#: The farthest a salutation's colon stands after such a title (``各位领导、老师们：``).
SALUTATION_RUN_IN_REACH = 24
#: A form of address that opens the addressees a title is run straight into with no space
#: (``……倡议书广大市民朋友：……``, a page saved on one line): where the title ends, whatever its words.
ADDRESS_OPENER = re.compile(both_scripts(r"尊敬的|亲爱的|各位|全体|广大"))
#: … its colon stands within these many characters (a title's 30 and a salutation's 24).
TITLE_ADDRESSEES_REACH = 54
#: A title that names its kind last: a letter (``……的感谢信``, ``……一封信``), a writing of a kind
#: (``……倡议书``, ``……承诺书``) or a genre word (``……的通知``, ``……致辞``, see GENRE_WORDS).  Such a
#: title may be set apart from the addressees run in after it by a space (``……感谢信 尊敬的……：``),
#: or stand as a letter's own title at the head of the line under a page's headline.
KIND_NAMED_LAST = re.compile(both_scripts(r"(?:信|书|"
                                          + "|".join(sorted((w for w in GENRE_WORDS if len(w) > 1), key=len, reverse=True))
                                          + r")$"))
#: A letter's title, ending with its kind (``……倡议书``, ``……公开信``, ``……感谢信``), run straight into
#: its text with no space, as a document site's converter flattens a whole file into one line:
#: the title is the shortest phrase without a mark that ends with such a kind.
LETTER_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[^\s，。,：:；;！？!?、“”《》（）()]{2,30}?(?:倡议书|倡議書|公开信|公開信|承诺书|承諾書|建议书|建議書"
    r"|决心书|決心書|感谢信|感謝信|慰问信|慰問信))(?P<rest>[^\s，。,：:；;！？!?、].*)$")
#: … and the line closes as a letter does: its signer run straight into the date (``……火灾。某某局2017年4月``,
#: the year perhaps masked ``XX年``), no mark between them.
LETTER_CLOSING_DATE = re.compile(r"[^\s，。,：:；;！？!?、]\s*(?:\d{4}|[XxＸ×]{2,4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
#: … and holds a whole letter: at least so many full stops.
LETTER_RUN_IN_SENTENCES = 3
#: The same title printed twice before the space, as a page saved on one line gives its heading
#: and the article's own headline (``某某致辞某某致辞 尊敬的……``): one copy is the title.
DOUBLED_TITLE_RUN_IN = re.compile(r"^(\S{4,30}?)\1(?=[ \u3000])")
#: The mark of a host's part opening a line of a script (``女:``, ``男：``, ``合:``, ``主持人甲:``):
#: the role and a colon of either width, what follows it the words said.
HOST_PART_MARK = re.compile(r"^(?:[男女合甲乙]|主持人[甲乙丙丁ABCD]?|主持[甲乙])[:：]")
#: Where a form of address after a host's part mark ends: its first comma, colon or exclamation.
HOST_ADDRESS_END = re.compile(r"[，,：:！!]")
#: A full stop, also the half-width one a copy leaves after a Chinese character (``我们要.``),
#: which the punctuation rule later writes as ``。``.
SENTENCE_STOP = re.compile(r"。|(?<=[\u4e00-\u9fff])\.(?!\d)")
#: … its title (at most 30 characters and a genre word) and the space after it stand within these many.
SPEECH_TITLE_RUN_IN_REACH = 40

#: An official text's title, ending with 的 and its genre word, that its text follows on the same
#: line with no space or after one (``……初审情况的公示根据《……》规定，……。``), as a page copied
#: into one line gives it: the text opens with a word that opens a 公文's first sentence (in
#: either script: 根據) and is a sentence — at least OFFICIAL_TITLE_RUN_IN_REST_MIN characters, a
#: comma or a full stop (of either width) within its first OFFICIAL_TITLE_RUN_IN_SENTENCE.  The
#: title goes on a line of its own.
OFFICIAL_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[^\s。，,；;：:！？!?]{6,60}?的(?:公示|通知|公告|通告|决定|意见|通报|批复|函))[ \u3000]?"
    r"(?P<rest>(?:根据|根據|依据|依據|依照|按照|为了|為了|为|為|经|經|现将|現將|近日|鉴于|鑒於|鑑於)[^\s].*)$")
OFFICIAL_TITLE_RUN_IN_SENTENCE = 200
#: … and a formal title (``关于……的通告``, perhaps after its issuer, its last word perhaps lost in
#: a repost) with its document number run on after a space and the text after another, as a
#: whole notice copied into one line gives it: title, number and text each get a line.
OFFICIAL_TITLE_OVER_NUMBER = re.compile(
    r"^(?P<title>[^\s。，,；;：:！？!?]{0,20}关于[^\s。，,；;：:！？!?]{4,80})[ \u3000]+"
    r"(?P<number>" + DOCUMENT_NUMBER.pattern + r")[ \u3000]+(?P<rest>\S.*)$")
#: … and such a title with its addressees run on after a space (``关于……的通知 各区、各部门：……``),
#: as a whole notice copied into one line gives it: the part after the space opens with a
#: salutation (checked up to its first colon of either width) that the text follows.
OFFICIAL_TITLE_OVER_SALUTATION = re.compile(
    r"^(?P<title>[^\s。，,；;：:！？!?]{6,60}?的(?:公示|通知|公告|通告|决定|意见|通报|批复|函))"
    r"[ \u3000]+(?P<rest>\S.*)$")
OFFICIAL_TITLE_RUN_IN_REST_MIN = 40
#: … its title's 的 stands within these many characters.
OFFICIAL_TITLE_RUN_IN_REACH = 61

#: A news headline that its text follows on the same line after a space, as a forum's post copied
#: into one line gives it (``某某县召开……动员会 9月21日上午，某某县召开……动员会。……``): a headline
#: of 8 to 40 characters, no mark of a clause in it, before a text of
#: OFFICIAL_TITLE_RUN_IN_REST_MIN characters or more whose first sentence (up to its 。, within
#: NEWS_HEADLINE_RUN_IN_SENTENCE characters) says it again — a run of RESTATED_RUN_CHARS of its
#: characters, as a news item's lead restates its headline.  The headline goes on a line of its own.
NEWS_HEADLINE_RUN_IN = re.compile(r"^(?P<title>[^\s，。,：:；;！？!?、]{8,40})[ \u3000]+(?P<rest>[^\s（(【\[].*)$")
#: … or run straight on with no space into its lead's date (``某某集团召开年终总结大会2031年1月13日，
#: 某某集团年终总结大会在……召开。``), as a page saved on one line gives it: the headline is the
#: shortest phrase before a full date that opens the text.
NEWS_HEADLINE_DATE_RUN_IN = re.compile(r"^(?P<title>[^\s，。,：:；;！？!?、]{8,40}?)"
                                       r"(?P<rest>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\s。]*。.*)$")
NEWS_HEADLINE_RUN_IN_REACH = 41  # (the headline and the space after it stand within so many)
#: … or run on after a space into its paper's wire credit (``某某市民 山上播绿 本报讯 3月10日上午，……``,
#: ``…… 某某晚报讯（记者 某某）……``), as an e-paper's page copied into one line gives it: the
#: credit opens a news item's text, so the phrase before it (4 to 40 characters, its halves
#: perhaps apart by a space, no mark of a clause) is its headline.
WIRE_HEADLINE_RUN_IN = re.compile(r"^(?P<title>[^\s，。,：:；;！？!?、（(【\[][^，。,：:；;！？!?、]{3,39}?)[ \u3000]+"
                                  r"(?P<rest>[\u4e00-\u9fff]{1,10}?(?:报|网|台|社)讯(?:[ \u3000]+|(?=[（(【\[])).*)$")
#: Paired marks a headline closes when it opens them (a phrase that leaves one open goes on).
BRACKET_PAIRS = (("（", "）"), ("(", ")"), ("《", "》"), ("〈", "〉"), ("<", ">"), ("【", "】"), ("“", "”"), ("「", "」"))
NEWS_HEADLINE_RUN_IN_SENTENCE = 120
RESTATED_RUN_CHARS = 10

#: A title in 【】 with the salutation run on after it on one line (``【某某致辞】尊敬的各位老师：``):
#: the title (without the brackets) and the salutation are set on lines of their own.
BRACKETED_TITLE_RUN_IN = re.compile(r"^【(?P<title>[^【】\s]{4,40})】\s*(?P<rest>\S[^。！？!?]{0,60}[：:])$")

#: A level-1 or level-2 heading with its section's text run on after a space, as a page that
#: breaks lines inside its paragraphs leaves it: ``一、时间安排 2021年1月23日起，……。``.  The
#: heading's title is RUN_IN_TITLE_MIN to RUN_IN_TITLE_MAX characters without a mark (an ellipsis
#: of either width, ``...`` or ``……``, is one) or digit (shorter words apart by spaces are what a
#: PDF's extraction leaves in any sentence); the
#: text after it is at least RUN_IN_REST_MIN characters, has a mark inside and ends a
#: sentence — a heading of two phrases apart by a space (``一、坚定信心 奋发有为``) does not.
RUN_IN_HEADING = re.compile(
    r"^(?P<heading>(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[ \u3000]*"
    r"(?P<title>[^\s\d，。；：、！？,.;:!?…（）()“”\"《》]+))[ \u3000]+(?P<rest>\S.*)$")
#: A document's kind alone as its title, its characters spaced out (``通 告``, ``公　告``,
#: ``倡 议 书``), and the text run on after it on the same line after a space: at least
#: RUN_IN_REST_MIN characters with a mark inside.
SPACED_GENRE_RUN_IN = re.compile(r"^(?P<title>[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2})[ \u3000]+(?P<rest>\S.*)$")
RUN_IN_TITLE_MIN = 4
RUN_IN_TITLE_MAX = 14
RUN_IN_REST_MIN = 10
RUN_IN_REST_MARKS = frozenset("，。；：、,;:")

# --------------------------------------------------------------------------- forums, portals and account mirrors

#: A site's ``<title>`` (its name and slogan joined by ``_``, ending in 网/网站/门户/平台) that a
#: page runs on after every paragraph of its text, right after the sentence's end mark:
#: ``……发布新闻。某某传媒网_中国某某产业综合性门户网站`` (an underscore never stands in Chinese
#: prose).  Searched only in lines that hold an underscore.
RUN_ON_SITE_TITLE = re.compile(
    r"(?<=[。！？!?”])\s*[^\s_。，,！？!?”]{2,30}(?:_[^\s_。，,！？!?]{2,40})*_[^\s_。，,！？!?]{0,40}"
    r"(?:网|网站|门户|平台|官网)\s*$")

#: A forum's anti-copy noise run into a paragraph (the lines of it alone are the chrome family
#: ``anti-copy-noise``): six or more runs of one or two ASCII characters, marks among them, at
#: the end of a line after its last sentence (``……号召性。, z! m5 Q* m# I6 K$ y$ b; b- c2``) or at
#: its start before its text (``* e# d- O: N. G/ N闭幕词……``).  Searched only in lines with
#: ``RUN_IN_NOISE_SPACES`` spaces or more, the tail within ``RUN_IN_NOISE_REACH`` characters.
_NOISE_MARK = r"!-/:-@\[-`{-~"
RUN_IN_NOISE_TAIL = re.compile(
    rf"(?:(?<=[。！？”])|(?<=[\u3400-\u9fff][!?]))\s*(?:[，、；]\s*)?(?=(?:[^{_NOISE_MARK}]*[{_NOISE_MARK}]){{3}})(?=.*[A-Za-z]\d)"
    r"(?:[!-~]{1,2}\s+){5,}[!-~]{1,2}\s*$")
RUN_IN_NOISE_HEAD = re.compile(
    rf"^(?=(?:[^{_NOISE_MARK}\u3400-\u9fff]*[{_NOISE_MARK}]){{4}})"
    r"(?:[!-~]{1,2}\s+){5,}[!-~]{1,2}(?=[\u3400-\u9fff])")
RUN_IN_NOISE_SPACES = 5
RUN_IN_NOISE_REACH = 120

#: An e-paper's note that the article goes on (or came from) another page, run on at the end of
#: a paragraph where the page cut it: ``……坚持守正创新,(下转第二版)``.  Searched only in lines
#: that end with a closing bracket.
RUN_ON_JUMP_NOTE = re.compile(
    r"\s*[(（]\s*(?:下转|上接|转|接)\s*第?\s*[A-Za-z]{0,2}\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]\s*$")

#: A portal's name and its channel's, run into the first paragraph of an item as its lead
#: (``某某网 某某频道：按照……``, in either script and punctuation width): the names are chrome,
#: the rest of the line is the paragraph.  Only at a line's start, a space between the two names,
#: and a paragraph after them; looked for only in lines that hold 频道 or 頻道 near their start.
RUN_IN_CHANNEL = re.compile(r"^[\u4e00-\u9fff]{2,10}[网網]\s+[\u4e00-\u9fff]{2,10}[频頻]道\s*[:：]\s*(?=\S.{20,})")
RUN_IN_CHANNEL_REACH = 26

#: A document site's page marker and its note on the file's format, which its converter runs
#: into the text wherever a page of the file began, also in the middle of a sentence:
#: ``……作好第2页共2页本文格式为Word版下载后可任意编辑和复制预备。``  Searched only in lines that
#: hold ``下载后``; the note is needed (a bare ``第1页共2页`` inside prose stays).
RUN_IN_FORMAT_NOTE = re.compile(
    r"(?:第\s*\d{1,3}\s*页\s*[/，,]?\s*共\s*\d{1,3}\s*页\s*)?"
    r"本(?:文|文档|资料)格式为\s*(?:Word|WORD|word|PDF|pdf|WPS|wps|doc|docx)\s*版?\s*[，,]?\s*"
    r"下载后(?:可|您可)(?:任意|随意|自由)?(?:编辑|修改)(?:[和或、](?:修改|复制|打印|编辑))?")

#: A site's name and address that a page inserts between two sentences of the text, with no
#: mark of its own: ``……大家上午好。某某网http://www.example.com首先感谢……``.  Searched only
#: in lines that hold ``://``; an address a sentence gives (``请登录某某网http://…查询``) does
#: not stand right after a sentence's end, and stays.
RUN_IN_SITE_LINK = re.compile(
    r"(?<=[。！？!?])\s*[\u4e00-\u9fff]{1,8}网\s*https?://[0-9A-Za-z./_-]+(?=[\u4e00-\u9fff])")

#: The link to the page's own address run on after the text's last sentence:
#: ``……提高活动的效果。 本文来源:https://www.example.com/doc/1.html``.  Searched only in lines
#: that hold ``://``; only at the line's end.
RUN_ON_SOURCE_LINK = re.compile(
    r"(?<=[。！？!?])[ \u3000]*(?:本文来源|文章来源|原文链接|原文地址|本文地址|本文链接)\s*[:：]\s*https?://[!-~]+\s*$")

#: A page's tag links run on after the text's last sentence, apart by spaces and closed by the
#: bar of a link row: ``……我们相约在六月。 校长新年致辞 高中校长新年致辞 校长寄语 |``.  Searched
#: only in lines that end with ``|``; without the bar (a signature ``校长 张三``) nothing goes.
RUN_ON_TAG_LINKS = re.compile(
    r"(?<=[。！？!?])(?:\s+[^\s。，,；;！？!?：:|]{2,12}){2,8}\s*[|｜]\s*$")

#: A credit run on after the text's last sentence, after a space (``……万事如意！ 来源：某某 |``,
#: ``……新的希望。 □某某报 | 某某 记者 王某``): the short tail after the last sentence mark, dropped
#: only when it is wholly a line of one of the credit families below (a signature ``校长 张三``
#: is of none of them and stays).
#: A document's closing date ends its text as a sentence does (``……2013年12月27日 作者: 来源: |``).
RUN_ON_CREDIT = re.compile(r"(?:(?<=[。！？!?])|(?<=\d日))[ \u3000]+(?P<tail>[^\s（(].{1,29})$")

#: A reporter's credit in brackets run into the start of a paragraph, before its first sentence
#: (``【某报记者某某/台南报导】今年以来，……``, ``（记者某某/澎湖报导）某某典礼……``): the bracketed head,
#: dropped only when it is wholly a line of one of RUN_IN_CREDIT_FAMILIES and text follows it.
#: It ends with 报导 / 报道: an agency's dateline (``（某某社记者某某桃园19日电）``) opens the lead
#: and stays.
RUN_IN_CREDIT = re.compile(r"^(?P<head>[（(【\[［][^（）()【】\[\]［］。，,；;！？!?]{2,26}[报報][导導道][）)】\]］])(?=[^\s（(【\[［]{8})")
RUN_IN_CREDIT_FAMILIES = frozenset({"slash-credit", "bare-byline"})

#: A notice board's poster or issuing unit as a label alone over its value (``發佈單位`` over
#: ``某某課``, ``一般公告 / 張貼者`` over ``輔導主任``): the label is a line of the chrome family
#: POSTER_LABEL_FAMILY, the value under it a short name (POSTER_VALUE) — both go.
POSTER_LABEL_FAMILY = "poster-label"
POSTER_LABEL_MAX_CHARS = 16
POSTER_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")

#: How far from a line's end the space before a run-on credit may stand (the tail's most).
RUN_ON_CREDIT_REACH = 31

#: The chrome families whose line may stand run on after a text's last sentence: credits, an
#: empty byline row, and the link to the next item (``…… 下条新闻:某某``).
RUN_ON_CREDIT_FAMILIES = frozenset({"credit", "source-credit", "editor", "bare-editor", "review-credit",
                                    "byline-fields-empty", "prev-next"})

#: Of those, the ones that may stand run on after a closing date instead of a sentence: an
#: empty byline row only (a date and its source, ``2024年03月01日 来源：某某日报``, is a byline
#: line of its own, left whole to the rules for it).
RUN_ON_AFTER_DATE_FAMILIES = frozenset({"byline-fields-empty"})

#: A 范文 page's poster row: a bar, then the poster's short name, on a line of its own
#: (``| 小龙``).  (The chrome families see lines without the bars at their ends, and a name
#: alone is no chrome; the bar before it is what shows it.)
POSTER_ROW = re.compile(r"[|｜]\s*[\u4e00-\u9fff]{2,4}")

#: A site's machine translation appended under a Chinese text: a paragraph wholly in Latin
#: script (letters, digits, spaces and ASCII or curly marks, no Chinese character) of at least
#: TRANSLATION_MIN_WORDS words, standing after a line with at least TRANSLATION_HAN_ABOVE Chinese
#: characters; only such paragraphs that end the text go, never Latin text between Chinese ones.
TRANSLATION_PARAGRAPH = re.compile(r"[A-Za-z\d\"'“‘(][\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2026]*")
TRANSLATION_MIN_WORDS = 12
TRANSLATION_HAN_ABOVE = 20
#: A bilingual text renders its lines one by one: at least RENDERED_LINES_MIN lines of Chinese
#: (RENDERED_LINE_MIN_HAN characters at least) each with a line wholly in Latin script of
#: RENDERING_MIN_WORDS words or more right under it; the English that ends it is its own.
RENDERED_LINES_MIN = 2
RENDERED_LINE_MIN_HAN = 4
RENDERING_MIN_WORDS = 2

#: A page's own bilingual label, a Chinese word with its English after a bar and a colon
#: (``日期 | Date:``, ``地點｜Venue：``): a page that labels its fields in both languages
#: gives its own English version, so Latin paragraphs under its Chinese text are no widget's
#: machine translation.
BILINGUAL_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[|｜]\s*[A-Za-z][A-Za-z ]{1,15}[:：]")


#: A forum archive's pager split over two lines: its label ``页:`` alone over the page
#: numbers, the current one in brackets (``[1]``, ``[1] 2 3``, ``1 [2] 3``) — only the pair goes.
SPLIT_PAGER_LABEL = re.compile(r"页\s*[:：]")
SPLIT_PAGER_NUMBERS = re.compile(r"(?:\d+\s*)*\[\d+\](?:\s*\d+)*(?:\s*\.\.\.\s*\d+)?")

#: A page's date row under a headline (``日期: 2020年12月16日``): the page's field, not the
#: text's, when the line above is no field (no colon) and a date alone stands lower in the text
#: (the notice's own, under its signature); a memo's ``日期 :`` among its fields stays.
HEADLINE_DATE_ROW = re.compile(r"日期\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
HEADLINE_DATE_ROW_MAX_ABOVE = 40

#: A forum's reply quoting an earlier post: the quoted poster's name and the post's stamp
#: (``某某网友 发表于 2030-1-2 18:57``), with a time — a line of a thread's replies under its
#: first post, wherever in the line it stands (an archive view runs replies and quotes together),
#: after a sentence's end or a space (cleaning takes the space before the stamp out).
QUOTED_POST_STAMP = re.compile(r"(?:^|(?<=[\s。！？!?]))[^\s。，；！？,;!?：:]{1,20}\s*发表于\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")

#: A platform's blurb appended under a document's closing date: a label ``关于春节：`` naming
#: a topic, on a line of its own, over at most APPENDED_BLURB_MAX_LINES lines of prose that end
#: the text.
APPENDED_BLURB_LABEL = re.compile(r"关于[^\s，。；：:、]{1,8}[:：]")
APPENDED_BLURB_MAX_LINES = 2

#: A site's blurb on the festival appended under a holiday notice (a company's 放假通知): a head
#: naming the festival's lore (``什么是端午节``, ``春节名称由来``, ``春节习俗文化``), or a paragraph
#: of that lore right under the notice's closing formula (``……春节是中华民族最隆重的传统佳节……``).
#: The notice says what it is among its first HOLIDAY_NOTICE_SEARCH_LINES lines.
HOLIDAY_NOTICE = re.compile(r"放假(?:的)?(?:通知|安排|公告)")
HOLIDAY_NOTICE_SEARCH_LINES = 8
_FESTIVAL = (r"(?:春节|元旦|元宵节?|清明节?|端午节?|中秋节?|国庆节?|劳动节|五一劳动节|重阳节?|七夕节?|腊八节?|"
             r"冬至|除夕|小年|新年|圣诞节?)")
OCCASION_LORE_HEAD = re.compile(rf"(?:什么是{_FESTIVAL}[？?]?|{_FESTIVAL}的?(?:名称)?(?:由来|起源|来历|习俗(?:文化)?|"
                                rf"传说|简介|小知识|知识|介绍)[：:]?)")
OCCASION_LORE = re.compile(rf"{_FESTIVAL}(?:[^。！？]{{0,12}}(?:传统(?:佳)?节日?|传统佳节|起源于|又称|小知识|的由来|习俗))")
#: … or set above the notice's own title (``放 假 通 知``, spaces and all, under the page's
#: headline): the lines of that lore between the headline and the notice, each naming the
#: festival.  The notice's title is looked for among its first HOLIDAY_NOTICE_SEARCH_LINES lines.
HOLIDAY_NOTICE_TITLE = re.compile(r"[^。！？，,；;：:]{0,20}放假(?:的)?(?:通知|安排|公告)")
#: … or above the notice's opening sentence when it has no title of its own (``根据……，现将端午节
#: 放假安排通知如下：``), the lore then running up to the text's first line only where that line
#: opens inside the blurb, cut by the copy (see :func:`~docgen.cleaner.rules._opens_cut`).
HOLIDAY_NOTICE_LEAD = re.compile(r".{0,80}放假(?:的)?(?:通知|安排|公告)[^。！？]{0,12}如下[：:]")
FESTIVAL = re.compile(_FESTIVAL)
#: … and lore that opens the text goes above a headline that names the festival only when it
#: speaks of no days off or work: the words of a notice's own sentence.
HOLIDAY_WORDS = re.compile(r"放假|休假|调休|上班|值班|假期")
#: … and none of it when a line above the lore wishes the readers well in the writer's voice
#: (``……全体员工恭祝大家端午节快乐！``): lore tells of the festival, it greets no one, and the lore
#: under such a greeting is the notice's own, written between its greeting and its arrangements.
#: The wish is addressed (大家, 各位, 您 …): lore's ``祝愿家人团圆`` wishes no reader.
READER_WISH = re.compile(r"(?:恭祝|敬祝|谨祝|祝福|祝愿|预祝|祝)(?:大家|各位|全体|您|你们|广大)[^。！？!?]{0,16}?"
                         r"(?:快乐|团圆|幸福|安康|吉祥|如意|愉快|健康|顺利)")

#: A site's footer menu left at the end of a whole page's text: a run of at least
#: FOOTER_MENU_MIN_ITEMS short items (letters only: no digit, no mark), one under the other,
#: the first of which the page's menu above the title holds too (``走进某某网`` / ``平台介绍`` /
#: ``主办单位``).
FOOTER_MENU_ITEM = re.compile(r"[^\W\d_]{2,8}")
FOOTER_MENU_MIN_ITEMS = 3

#: An account's prompt to follow it, the account's name in its group: ``……，欢迎关注某某风云！``.
#: A line that is only that name, anywhere in the text, is the account's name over or under
#: its post.
FOLLOW_PROMPT = re.compile(r"欢迎(?:大家)?关注([^。，,！!\s]{2,16})")

#: A list of other articles' headlines under a text's closing date, their links lost: the date
#: (a bar after it, as a list's cell prints it), then at least DATED_HEADLINES_MIN lines that end
#: the text, each a headline (no sentence mark, no colon, no numbering), some of them a main
#: headline and its subtitle joined by a dash (``保护文化根脉 筑牢团结基石——某某特区全域铺开……``).
DATED_HEADLINES_DATE = re.compile(r".*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[|｜]?")
DATED_HEADLINE = re.compile(r"(?![\d一二三四五六七八九十（(【\[])[^。！？!?；;：:]{10,40}")
DATED_HEADLINES_MIN = 3
#: How many of them at least are a headline with its subtitle after a dash.
DATED_HEADLINES_DASHED_MIN = 2

#: A credit of the text's source alone on a line (``来源：某某报``), as a repost ends with it.
SOURCE_CREDIT = re.compile(r"(?:来源|稿源|出处|转自|转载自)\s*[:：]\s*[^\s。，；：]{1,20}")

#: Under a source credit, the headlines of other articles that a repost shows as teasers: at
#: least TEASER_RUN_MIN short lines in a row (over blank lines), each ending in ！ and holding
#: no 。 — a text never closes with two exclamations standing alone under its credit.
TEASER_RUN_MIN = 2
TEASER_MAX_CHARS = 40

#: A page's credits set label over value at the text's end, each on a line of its own
#: (``编辑`` / ``张某`` / ``审核`` / ``李某``): the role alone (the first may stand run on after
#: a caption, ``某某小知识编辑``) over one to four names.  At least SPLIT_CREDIT_MIN_PAIRS
#: pairs, so that a lone name under a line ending in 编辑 stays.
SPLIT_CREDIT_ROLE = re.compile(r"(?:编辑|责编|审核|审校|审稿|校对|校稿|[一二三]审|初审|复审|终审|撰稿|供稿|摄影|排版|美编)")
SPLIT_CREDIT_LEAD = re.compile(r"[^\s。，；！？]{0,16}" + SPLIT_CREDIT_ROLE.pattern)
SPLIT_CREDIT_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,3}")
SPLIT_CREDIT_MIN_PAIRS = 2

#: A page's view count left alone on the text's last line, under a sentence (``……深受感动。`` /
#: ``1143``): two to six digits, not a year (a date's year broken off its line stays).
TRAILING_COUNT = re.compile(r"(?!(?:19|20)\d\d$)\d{2,6}")
