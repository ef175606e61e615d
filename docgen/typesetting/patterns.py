"""Character classes and word lists of the typesetter, as named data.

The line-start and line-end classes themselves (GB/T 15834-2011 §5.1) live in
:mod:`docgen.chars`, shared with the cleaner and the parser; what is here only matters for
setting type.
"""

from __future__ import annotations

#: Full-width marks whose glyph sits in the left half of the cell, leaving the right half
#: blank (GB/T 15834 §5.1.1: 。，、；： "居左下"; the closing halves of paired marks), so the
#: right half can be given up.  ？ and ！ are left out: some Chinese fonts (FandolFang among
#: them) centre ？, and squeezing it would clip the next character.
BLANK_RIGHT = frozenset("，。、；：”’）》〉」』〕】］｝")

#: Opening halves of paired marks: their glyph sits in the right half of the cell.
BLANK_LEFT = frozenset("“‘（《〈「『〔【［｛")

#: Marks that are one unbreakable unit of two cells (GB/T 15834 §4.9 破折号, §4.11 省略号;
#: §5.1.4: never split across lines).
DOUBLED = ("——", "……")

#: Characters that take a cell and count as punctuation when deciding which marks stand
#: next to each other (CLReq's "consecutive punctuation": 。” ），“《 …).
PUNCTUATION_CELLS = BLANK_RIGHT | BLANK_LEFT | frozenset("？！·…—")

#: Characters written before a number that belong to it (第3次, 第12届): no break between.
NUMBER_PREFIXES = frozenset("第约近")

# ------------------------------------------------------------------------------ titles

#: Words that introduce what follows and must not end a title line (GB/T 9704 §7.3.1: do not
#: leave 关于 dangling), prepositions and conjunctions of the "在……上的讲话" pattern.
TITLE_LEADING_WORDS = frozenset({
    "关于", "在", "对", "对于", "为", "为了", "与", "和", "及", "暨", "同", "向", "就", "把",
    "以", "从", "于", "致", "给", "按照", "根据", "围绕", "面向", "进一步", "全面", "切实",
})

#: Words that attach to what precedes them and must not start a title line: the particles
#: of "……上的讲话" (GB/T 9704 §7.3.1: do not leave 的 dangling) and postpositions.
TITLE_TRAILING_WORDS = frozenset({
    "的", "上", "中", "下", "之", "时", "后", "前", "里", "间", "等", "们", "地", "得", "了",
    "之际", "期间", "以来", "方面",
})

#: Words that may not stand alone at the end of a title (a last line made of only these,
#: like "的讲话" or "讲话", reads as a fragment).
TITLE_GENRE_WORDS = frozenset({
    "讲话", "发言", "致辞", "报告", "通知", "意见", "决定", "办法", "方案", "规定", "通报",
    "请示", "批复", "函", "纪要", "总结", "汇报", "讲稿", "演讲", "说明", "公告", "通告",
})

#: Terms of official texts that the general word list lacks or splits (it predates many of
#: them), each kept whole when a title is broken.  Multi-word phrases are listed when a break
#: inside them would read badly (营商|环境).
OFFICIAL_TERMS = frozenset({
    "营商环境", "高质量发展", "新时代", "新征程", "中国式现代化", "全面从严治党", "从严治党",
    "两个确立", "两个维护", "四个意识", "四个自信", "主题教育", "党史学习教育", "乡村振兴",
    "共同富裕", "纪检监察", "党风廉政", "党风廉政建设", "基层党组织", "新质生产力", "数字经济",
    "防范化解", "安全生产", "生态环境", "生态文明", "民营经济", "稳中求进", "征求意见",
    "征求意见稿", "实施细则", "实施方案", "实施意见", "工作要点", "工作方案", "述职报告",
    "工作会议", "动员大会", "推进会议", "座谈会", "研讨会", "表彰大会", "党代会", "人代会",
    "全会", "全委会", "常委会", "中心组", "理论学习", "专题研讨", "民主生活会", "组织生活会",
    "巡视整改", "巡察整改", "作风建设", "能力建设", "优化营商环境", "招商引资", "项目建设",
    "城市更新", "文明城市", "疫情防控", "应急管理", "社会治理", "基层治理", "网格化",
    "放管服", "一网通办", "数字政府", "党建引领", "机关党建", "意识形态", "统一战线",
    "政法工作", "平安建设", "法治政府", "依法行政", "全过程人民民主", "二十大", "二十届",
    "三中全会", "四中全会", "五中全会", "六中全会", "十四五", "十五五", "一把手",
})

# ------------------------------------------------------------------------------ page turns

#: Marks after which a kept-together paragraph may turn the page when no sentence (。！？…)
#: ends in the room left: the 分号 between the long parallel clauses of official prose, which
#: reads as a pause where a comma does not.
CLAUSE_BREAKS = frozenset("；;")
