"""Every pattern the cleaner uses, named and commented in one place."""

from __future__ import annotations

import re

#: Text-extractor markers left by tools that turn Word/PDF/HTML into text:
#: ``[bookmark: _Toc1]``, ``[image: 图片1.png]``, ``[Image]``, ``[图片]``.
EXTRACTOR_MARKER = re.compile(
    r"\[(?:bookmark|image|img|picture|figure|anchor|pagebreak|page ?break)(?::[^\]\n]*)?\]"
    r"|\[(?:图片|图像|插图)[^\]\n]*\]",
    re.I,
)

#: A host name or URL (``www.zciku.com``, ``https://example.gov.cn/a/b.html``).
URL = re.compile(
    r"(?:https?://|www\.)[\w\-.~%/?#=&+:;,@!$'()*]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu|info|top|cc|vip|xyz)(?:\.cn)?\b(?:/\S*)?",
    re.I,
)

#: Separators that glue a site name to its address in a banner: ``中词库 / www.zciku.com``.
BANNER_SEPARATORS = re.compile(r"[\s/|｜\-—_·•:：,，()（）]+")

#: Longest site name (in characters, address excluded) a banner line may carry.
BANNER_MAX_NAME = 16

#: Labels of the metadata lines that pages put under the title, mapped to the ``meta`` field
#: their value goes to (``None``: dropped without keeping the value).
META_LABELS: dict[str, str | None] = {
    "来源": "source", "文章来源": "source", "信息来源": "source", "稿件来源": "source",
    "作者": "author", "撰稿": "author", "撰稿人": "author",
    "发布时间": "published", "发布日期": "published", "更新时间": "published",
    "更新日期": "published", "发表时间": "published", "时间": "published", "日期": "published",
    "责任编辑": None, "编辑": None, "审核": None, "校对": None, "浏览次数": None, "浏览": None,
    "阅读": None, "阅读量": None, "点击": None, "点击数": None, "字号": None, "访问量": None,
}

#: One ``label：value`` field of a metadata line.  Values run to the next label or the end.
META_FIELD = re.compile(
    r"(?P<label>" + "|".join(sorted(map(re.escape, META_LABELS), key=len, reverse=True)) + r")"
    r"\s*[：:]\s*(?P<value>.*?)\s*(?=(?:"
    + "|".join(sorted(map(re.escape, META_LABELS), key=len, reverse=True))
    + r")\s*[：:]|$)"
)

#: Text that appears on a page only as navigation or footer chrome; a line made of these
#: alone is dropped.
CHROME_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一页|下一页|返回顶部|返回列表|返回首页|打印本页|打印|关闭窗口|关闭|"
    r"【?(?:字体|字号)[:：]?\s*[大中小\s]+】?|分享到.*|相关(?:阅读|文章|推荐|链接|新闻).*|"
    r"免责声明.*|版权(?:所有|声明).*|copyright.*|©.*|.*ICP[备证]\S*.*|"
    r"第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*/\s*\d+\s*页)"
    r"(?:[:：]\s*\S.{0,40})?$",
    re.I,
)

#: A line that ends with an ellipsis written as dots: the sign of a teaser / summary.
TEASER_END = re.compile(r"(?:\.{2,}|…+|。{3,})\s*$")

#: Shortest stretch of text a teaser must share with the body start to count as a repeat.
TEASER_MIN_OVERLAP = 12

#: Redaction placeholders the author left for the user to fill in: ``XX县``, ``××``, ``王**``.
PLACEHOLDER = re.compile(r"[X×Ｘ]{2,}|\*{2,}|＊{2,}|○{2,}|□{2,}")

#: Dots and full stops written in place of an ellipsis: ``...``, ``。。。``, ``···``.
FAKE_ELLIPSIS = re.compile(r"\.{3,}|。{3,}|·{3,}|…(?!…)")

#: Two or more hyphens used for a dash between Chinese text.
FAKE_DASH = re.compile(r"(?<=[^\x00-\x7f])-{2,}|-{2,}(?=[^\x00-\x7f])")

#: Characters removed wherever they occur: C0/C1 controls (except tab), zero-width marks
#: and the byte-order mark left inside text.
STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]")

#: Spaces of any kind (ASCII, no-break, ideographic) at the start or end of a line.
EDGE_SPACE = re.compile(r"^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$")
