"""Every tag list, attribute pattern and threshold the HTML reader uses, named in one place."""

from __future__ import annotations

import re

#: Elements whose content is never part of the document text.  ``form`` is not among them:
#: many CMS pages wrap the whole body in one ``<form>``; nor is ``label`` (see FORM_LABEL_*).
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
             "embed", "applet", "svg", "canvas", "map", "select", "option", "button", "input",
             "textarea", "audio", "video", "source", "track", "link", "meta", "head")

#: A ``<label>`` is the caption of a form's control — dropped — when it names one (``for=``),
#: holds one, or is short; a browser shows a label as text all the same, and some templates
#: set a whole article in one (its paragraphs broken by ``<br>``): a label with more text
#: than FORM_LABEL_MAX_CHARS and no control is text of the page.
FORM_LABEL_TAG = "label"
FORM_CONTROLS = ("input", "select", "textarea", "button")
FORM_LABEL_MAX_CHARS = 40
#: A caption over a picture that is all it introduces (``<h4>毕业证样本：</h4><img …>`` and nothing
#: after): an element of these tags, its text at most PICTURE_CAPTION_MAX_CHARS long and ending
#: in a colon.  The picture is not carried over, so the caption would introduce nothing.
PICTURE_CAPTION_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "b", "span")
PICTURE_CAPTION_MAX_CHARS = 16

#: Of the elements dropped, those that can hide a document's text (a page that shows its
#: article only with scripts on puts it in ``<noscript>``): prose dropped with them is reported.
TEXT_HIDING_TAGS = ("noscript", "template", "textarea", "object", "iframe", "frame", "applet",
                    "audio", "video", "canvas", "svg", "map")
#: ... when it comes to this many Chinese characters of prose (a paragraph), not a line such
#: as 请启用浏览器的脚本功能。
DROPPED_PROSE_CHARS = 100

#: Void elements of HTML5 that the HTML parser (libxml2's, which knows HTML 4) takes for
#: containers of everything after them — so that dropping ``<embed>`` would drop the rest of
#: the page.  They hold no text: they are taken out of the markup before it is parsed (a
#: ``<wbr>`` inside a word joins its halves, as a browser shows them).
UNKNOWN_VOID_TAG = re.compile(r"""</?(?:embed|source|track|wbr|keygen)\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)

#: The end tags of ``<body>`` and ``<html>``, which a browser ignores (what follows them is
#: still shown as part of the body) but libxml2 obeys, putting the text after a stray
#: ``</html>`` — a template's header closed too early — outside ``<body>``, where the reader
#: would not look: they are taken out of the markup before it is parsed.
BODY_END_TAG = re.compile(r"</(?:body|html)\s*>", re.I)

#: Page chrome by its HTML5 element: dropped wherever it stands ...
#: The page's title: inside the body (a page pasted into another's markup, a preview window
#: in a ``<pre>``) a browser does not show it either; it is dropped there.
TITLE_TAG = "title"
#: The label of a title field in a record over the text, alone in its cell (``【法规标题】``,
#: ``标题：``); the title is in the next cell (FIELD_CELLS) of the row or list.
TITLE_FIELD_LABEL = re.compile(r"^\s*(?:【(?:法规|文件|文章)?(?:标题|標題|名称|名稱)】|(?:标\s*题|標\s*題|题\s*名)\s*[:：]?)\s*$")
FIELD_CELLS = ("td", "th", "dd", "dt", "span", "div", "li")
CHROME_TAGS = ("nav", "aside", "footer", "menu", "dialog")
#: ... and page headers, except inside an article or a section (where they hold its title and
#: dates, as ``<section><header><h2>标题</h2>…`` does).
HEADER_TAG = "header"
ARTICLE_TAGS = ("article", "main", "section")

#: Elements that start a new line of text.
BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption", "section", "article", "main",
    "blockquote", "pre", "hr", "center", "address", "figure", "figcaption", "details", "summary",
    "header", "body", "html", "form", "fieldset", "legend",
))

#: Elements that can be the container of the main text.
CONTAINER_TAGS = frozenset(("div", "article", "main", "section", "td", "body", "center", "form",
                            "table", "tbody", "font", "span", "blockquote"))

#: Class or id words of page chrome, matched against whole words of the attribute
#: (``class="share-box"`` → ``share``, ``box``).  Pinyin initials used by Chinese CMSs are
#: included: ``xgwz`` 相关文章, ``xgxw`` 相关新闻, ``ewm`` 二维码.  Two-letter words are left
#: out: utility classes (``pl-3``, ``d-flex``) use them.  ``header`` is left out too: an
#: article's own header holds its title and dates.
CHROME_WORDS = frozenset((
    "nav", "navbar", "navigation", "menu", "menubar", "topbar", "footer", "foot",
    "bottom", "sidebar", "side", "aside", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "position", "location", "weizhi", "dqwz", "share", "sharing", "fenxiang", "bdshare",
    "social", "print", "dayin", "related", "relate", "relation", "xgwz", "xgxw", "xgyd",
    "recommend", "tuijian", "hot", "hotnews", "rank", "ranking", "comment", "comments", "pinglun",
    "reply", "copyright", "banquan", "ad", "ads", "advert", "advertisement", "guanggao",
    "login", "search", "sousuo", "toolbar", "tools", "qrcode", "ewm", "erweima", "weixin",
    "wechat", "pagination", "pager", "prevnext", "jammer", "skip", "sitemap", "friendlink",
    "links", "yqlj", "subscribe", "popup", "modal", "cookie", "gotop", "backtop",
))

#: Class or id substrings that mark chrome even inside a longer word (``bdsharebuttonbox``).
CHROME_SUBSTRINGS = ("share", "comment", "copyright", "breadcrumb", "sidebar", "footer",
                     "advert", "qrcode", "jammer", "pinglun", "fenxiang", "banquan")

#: Splits a class/id value into words: separators and camelCase humps.
ATTRIBUTE_WORD = re.compile(r"[A-Za-z][a-z]*|[a-z]+|\d+")

#: Inline styles and attributes that hide an element from readers.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px)?\s*(?:;|$)", re.I)

#: A chrome-named element is kept anyway when it holds at least this share of the page's
#: punctuated text: then the name lies (``<div id="bottom_content">`` around the article).
CHROME_KEEP_SHARE = 0.3
#: ... but never an element named as a comment area (its class or id has one of
#: COMMENT_AREA_WORDS as a whole word) that stands after at least COMMENT_AREA_AFTER_PROSE
#: characters of prose outside it: it is the comment area under the article, however much
#: prose it holds (its rules, its comments).
COMMENT_AREA_WORDS = frozenset(("comment", "comments", "pinglun", "reply", "replies"))
COMMENT_AREA_AFTER_PROSE = 50

#: Punctuation that marks running prose (not ``：``, which labels and menus use too).
PROSE_MARKS = frozenset("，。；！？、,;!?")

#: A text block counts as prose when it has at least one prose mark per this many characters.
PROSE_CHARS_PER_MARK = 50

#: ... and at most this share of its characters inside links.
PROSE_MAX_LINK_SHARE = 0.3

#: A block inside the chosen container is pruned as a link list when this share of its text
#: is link text and it holds no prose.
LINK_LIST_SHARE = 0.5

#: Linked text that is part of the document all the same: the attachment lines of a 公文
#: (``附件：…``, and items linking to a document file).
#: The closing block a text sets apart from its body (``<div class="text-right">`` under the
#: article's ``<div class="content">``): a bare date (``2025-05-15``, ``2025年5月15日``, no label,
#: no hour) in the block right after the main text's element, or a signature (at most
#: CLOSING_SIGNATURE_MAX_CHARS, no mark, no link) and such a date in the next two.
CLOSING_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                          r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
CLOSING_SIGNATURE_MAX_CHARS = 30
CLOSING_SIGNATURE_MARKS = frozenset("，。；：！？、,;:!?|｜>《》“”")
#: A linked line among the text's paragraphs is kept as one of them (not pruned as a list of
#: links) when it has at least this many characters of its own besides the link
#: (``▶ 典型案例丨<a>…</a>``; a bare link, ``▶ <a>…</a>``, has none).
LINE_OWN_CHARS = 3
#: A linked line opening the main text, this long and set in bold or as a heading, is the
#: text's heading (a link to the whole text), never a list of links.
LINKED_HEADING_CHARS = (8, 60)
LINKED_HEADING_TAGS = ("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6")
ATTACHMENT_START = re.compile(r"^附\s*件")
FILE_LINK = re.compile(r"\.(?:docx?|wps|pdf|ofd|xlsx?|et|pptx?|zip|rar|7z|txt|ceb|tiff?)(?:$|[?#])", re.I)

#: The container's score is its prose characters minus this weight times its other
#: characters: a container grows to take in more prose only while the chrome it takes in
#: with it is smaller.
CHROME_WEIGHT = 1.0

#: A short block without links standing between two blocks of prose (a phrase of an article
#: written a phrase a paragraph, WeChat style) is at most this long: it counts as neither prose
#: nor chrome, so that the phrases of such a passage do not weigh it out of the main text.
BRIDGE_MAX_CHARS = 30
#: Marks that end a sentence or a clause, after which a phrase goes on.
CLAUSE_END = frozenset("，。；：！？、,;:!?")

#: A page with fewer prose characters than this has no main text.
MIN_MAIN_CHARS = 20
#: The one ``<article>`` element of the element found for the main text is the main text
#: when it holds at least this share of that element's prose.
ARTICLE_MIN_SHARE = 0.25

#: A page with less prose than this by the density test is read again with sentences as the
#: test: a block is prose when it ends a sentence and has at least LENIENT_MIN_SENTENCE
#: characters of its own, or has a prose mark and at least LENIENT_MIN_CHARS (a short official
#: text — a 决议 of one long sentence — has too few commas for the density test; the items of
#: a list of headlines are short and end no sentence).  The second reading wins when its main
#: text has LENIENT_GAIN times the prose of the first.
SHORT_PAGE_PROSE = 200
LENIENT_MIN_SENTENCE = 8
#: A sentence read so may have up to this share of its characters in links (the name of a law
#: or a bill linked to its text, in a resolution of one sentence); an item of a link list ends
#: no sentence.
LENIENT_MAX_LINK_SHARE = 0.8
LENIENT_MIN_CHARS = 40
LENIENT_GAIN = 2
#: Marks that end a sentence.
SENTENCE_END = frozenset("。！？!?")

#: Blocks looked at for metadata lines and the 发文字号 between the title and the main text
#: (when no title element is known: before the main text) ...
HEAD_BLOCKS = 6
#: A block there with more of its text in links than this share is navigation; and blocks
#: there with LEAD_TABLE_LABELS or more of them at most LEAD_LABEL_MAX_CHARS long are the
#: labels and values of an index table, not a lead.
LEAD_MAX_LINK_SHARE = 0.5
LEAD_LABEL_MAX_CHARS = 4
LEAD_TABLE_LABELS = 2
#: ... and above the title, for a 发文字号 printed there.
NUMBER_ABOVE_BLOCKS = 3

#: Headings that may hold a page's title; one of them right over the main text (or opening
#: it), of at least HEADING_MIN_CHARS characters, is the title rather than one of the same
#: rank elsewhere on the page that the page's ``<title>`` agrees with.
TITLE_HEADINGS = ("h1", "h2", "h3")
HEADING_MIN_CHARS = 2

#: Most blocks the element around an inline title may hold (the title broken by ``<br>``,
#: or the title and its 发文字号); each becomes a line of its own.
TITLE_BLOCKS = 2

#: ``<meta>`` names (lower case) that carry the article's title, source, author and date.
META_TITLE_NAMES = ("articletitle", "og:title", "twitter:title", "title", "dc.title")
META_FIELD_NAMES: dict[str, str] = {
    "contentsource": "source", "source": "source", "og:article:source": "source",
    "author": "author", "article:author": "author", "dc.creator": "author",
    "pubdate": "published", "publishdate": "published", "publish_date": "published",
    "article:published_time": "published", "og:release_date": "published",
    "firstpublishedtime": "published", "dc.date": "published", "date": "published",
}

#: Elements that may hold the article title besides ``<h1>``–``<h3>``: class/id words.
TITLE_WORDS = frozenset(("title", "biaoti", "bt", "headline", "tit", "articletitle"))
#: … also a word run on after ``title`` with no separator (``titlecon`` = title content,
#: ``titletext``), but never one of a list's or a bar's (``titlelist``, ``titlebar``).
TITLE_RUN_ON = re.compile(r"title(?!list|bar|nav|menu|s$)[a-z]{1,8}")
#: Class or id words of the site's logo, which is no article's title.
LOGO_WORDS = frozenset(("logo", "sitename", "brand"))
#: A link to the site's home page: ``/``, ``./``, ``index.html``, ``http://host/``.
HOME_LINK = re.compile(r"(?:(?:https?:)?//[^/\s]+)?(?:\.{0,2}/)*(?:index\.\w{2,5})?[?#]?", re.I)
#: A page's ``<title>`` that is only a body's name this long at most (``某某市人民政府``) names
#: the site, not the article.
SITE_NAME_MAX_CHARS = 16

#: Separators between the article title and the column and site names in ``<title>``:
#: ``标题_栏目_网站``, ``标题 - 网站``, ``标题|网站``.  A dash without spaces is part of
#: the title (``2023-2025年``), and so are ``——`` and a longer run of hyphens standing for it
#: (``主题----副题``).
TITLE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—－]\s+|\s*(?<!-)--(?!-)\s*|\s*－\s*")

#: Declared character set: ``<meta charset=…>``, ``<meta http-equiv … content="…; charset=…">``
#: or ``<?xml … encoding="…"?>``.
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)

#: Declared labels mapped to the codec that reads them best (supersets).
CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030",
                   "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
                   "utf8": "utf-8", "unicode": "utf-8", "big5-hkscs": "big5hkscs", "x-big5": "big5"}
