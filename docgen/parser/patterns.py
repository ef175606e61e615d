"""Every pattern and threshold the parser uses to recognise the parts of a document, named and
commented in one place.  The line shapes it shares with the cleaner (numbering families,
salutations, dates, closings, document numbers, genre words) are defined in
:mod:`docgen.shapes.patterns` and imported here, so the parser's modules find them all under
one name.  The modules of :mod:`docgen.parser` hold logic only."""

from __future__ import annotations

import re

from .. import chars
from ..shapes.patterns import (  # noqa: F401 - shared shapes, used through this module
    ADDRESSEE_END,
    ADDRESSEE_PARTS,
    ADDRESSEE_SEPARATORS,
    ARTICLE,
    ATTACHMENT,
    ATTACHMENT_START,
    ATTENDANCE,
    BODY_SUFFIX,
    BROKEN_CLAUSE,
    CLOSING,
    CN_NUMERAL,
    DATE,
    DATE_LINE,
    DISTRIBUTION,
    DOCUMENT_NUMBER,
    FAMILIES,
    GENRE,
    GENRE_NEAR_END,
    GENRE_WORDS,
    GREETING,
    MONTH_DAY,
    NOTE,
    NUMBER_YEAR,
    OCCASION_LINE,
    PADDED,
    POST_LINE,
    SALUTATION,
    SPEAKER,
    SPEAKER_CUE,
    SPEAKER_RUN_IN,
    SPEAKERS,
    SUBTITLE,
    TITLE_ABOUT,
    TITLE_LABEL,
    TITLE_MAX_CHARS,
    TITLE_MAX_LINES,
    TITLE_SERIAL_NUMBER,
    UNBRACKETED_DATE_LINE,
    Family,
    addressed,
    both_scripts,
    compact,
    exclaimed_address,
    greeted_address,
    match_number,
    number_value,
    open_salutation,
    padded_numbering,
    uncued,
)

#: A speaker's line with a bullet before it or the date and time of the speech after it in
#: brackets (``·某某市委书记张三（2024年10月23日下午）``): the speaker and the bracket's inside.
SPEAKER_MARKED = re.compile(r"^(?:(?P<bullet>[·•●▪]\s*))?(?P<speaker>[^（()）·•●▪\s][^（()）]{1,28}?)\s*"
                            r"(?:[（(](?P<inner>[^（()）]*?(?:" + DATE.pattern + r")[^（()）]*)[）)])?$")
#: A salutation with the first words of the speech run on after its colon (``同志们：大家好！``,
#: ``尊敬的各位来宾：今天……``): the form of address, a list of short names, and the rest.
SALUTATION_RUN_IN = re.compile(both_scripts(r"^(?P<address>(?:尊敬的|敬爱的|亲爱的|各位|同志们|女士们|先生们|朋友们|老师们|同学们)"
                                            r"[^。！？!?：:]{0,60}[：:])\s*(?P<rest>\S.*)$"))
#: The same without a form of address before it: a list of two or more short names, each of
#: people addressed (``主任、副主任、各位代表：非常感谢……``), and the rest.
LISTED_RUN_IN = re.compile(r"^(?P<address>[^。！？!?：:，,、；;\s]{1,12}(?:[，,、][^。！？!?：:，,、；;\s]{1,12}){1,5}[：:])"
                           r"\s*(?P<rest>\S.*)$")
#: The same with one name alone, of people in the plural (``广大居民朋友们：新春……``, ``全体村民们：……``):
#: the name, 们 last before the colon, and the rest (``今天我们：`` names nobody: a pronoun's 们).
PLURAL_RUN_IN = re.compile(both_scripts(r"^(?P<address>[\u4e00-\u9fff]{2,12}(?<![我你您他她它咱])们[：:])\s*(?P<rest>\S.*)$"))
#: … or one name alone opened by 广大 (``广大市民朋友：又是……``): the people at large addressed, whatever
#: word ends the name (the name is checked to be of people addressed).
BROAD_RUN_IN = re.compile(both_scripts(r"^(?P<address>广大[\u4e00-\u9fff]{2,12}[：:])\s*(?P<rest>\S.*)$"))
#: Forms of address whose 的 belongs to the salutation, not to a sentence.
FORMS_OF_ADDRESS = re.compile(both_scripts("尊敬的|敬爱的|亲爱的"))
#: A line of a salutation set over several ends in a comma; the last in a colon.
OPEN_SALUTATION_ENDS = ("，", ",")
#: The short lines over a body are a passage set a phrase a line, no headline, when this many
#: of them break off inside a sentence or hold a clause's comma inside (:data:`BROKEN_CLAUSE`).
BROKEN_PROSE_LINES = 3
#: A headline over a passage hard-wrapped at a fixed width (a teaser under a news headline) is at
#: most this share of the passage's width: a line of the passage itself fills it.
HEADLINE_OVER_WRAP_MAX_SHARE = 0.7
#: A salutation that lost its colon (``各位老师，同学``): a form of address and the names of the
#: people addressed, ending in no mark — one only right over a greeting (``下午好``).
BARE_SALUTATION = re.compile(both_scripts(r"^(?:尊敬的|敬爱的|亲爱的|各位)(?P<names>[^。！？!?：:；;]{1,40}[^\W\d_])$"))

#: A form of address set over several voices' lines of a script is read over at most this many
#: lines, its greeting among them (see :func:`address_over_greeting`).
VOICED_ADDRESS_MAX_LINES = 6


def bare_address(text: str) -> str | None:
    """The form of address and names of a line that holds nothing else (``各位老师，同学``, see
    BARE_SALUTATION), every name one of people addressed, its speaker's cue taken off; a line
    opened by a cue may close with a comma or a full stop, as a voice's line of a script does
    (``男：尊敬的各位来宾。``).  None for any other line."""
    bare = uncued(text)
    if bare != text:
        bare = bare.rstrip("，,。")
    m = BARE_SALUTATION.match(bare)
    return bare if m is not None and addressed(m["names"]) else None


def address_over_greeting(texts: list[str], i: int) -> bool:
    """Is ``texts[i]`` (the lines with text, in order) a salutation that lost its colon right over
    the speech's greeting (``下午好``)?  In a script the form of address may be set over several
    voices' lines, each opened by its cue (``甲：各位领导`` / ``乙：亲爱的同学们，`` over
    ``合：大家好！``): each of them stands so over the greeting."""
    if bare_address(texts[i]) is None:
        return False
    below = i + 1
    while below < len(texts) and SPEAKER_CUE.match(texts[i]) and SPEAKER_CUE.match(texts[below]):
        if bare_address(texts[below]) is None:
            break
        below += 1  # a further voice's part of the form of address
    return below < len(texts) and bool(GREETING.match(uncued(texts[below])))
#: What a script converter prints for a character it could not convert (a line's first
#: character, a BOM or a mark of its own): no part of the text around it.
LOST_CHARACTER_MARKS = "?？"
#: A reporter's lead opening a news item's first sentence (``记者某某6月5日报道称，……``,
#: ``本报通讯员某某讯：……``): the text's first words, a clause run on after the reporter's
#: name, never a headline.
REPORTER_LEAD = re.compile(r"^(?:本报|本台|本网)?(?:记者|通讯员|通讯员和记者|记者和通讯员)\s*[\u4e00-\u9fff·]{2,12}?\s*"
                           r"(?:\d{1,2}月\d{1,2}日)?\s*(?:报道称|报道|报导|讯|获悉|了解到)[，,：:]")
#: A news item's lead opening with its paper's wire credit and the bracket of its reporters'
#: credit (``本报讯（记者 某某``, ``某某晚报讯(融媒体记者某某 通讯员某某)……``): the text's first
#: words, also when a stray line break cuts the credit before its bracket closes — never a headline.
WIRE_CREDIT_LEAD = re.compile(r"^[【\[]?[\u4e00-\u9fff]{1,10}?(?:报|网|台|社|刊)讯[】\]]?\s*[（(]")
#: A host's cue with its stage direction in brackets (``颁奖（由于……比较多，我们只……）``): a word
#: or two of the programme, then a note of clauses apart by commas on how it is done — a line of
#: the script, no headline (a headline's bracketed aside is a word or a date, no clauses).
STAGE_DIRECTION = re.compile(r"^[\u4e00-\u9fff]{1,3}[（(][^（()）]{4,}[，,][^（()）]{4,}[）)]$")


#: A letter's addressee line opened by 致 (``致：某某研究会``, ``致某某协会``): a name alone, no
#: sentence, no 的 (``致全市人民的一封信`` is a title), no verb 致敬/致辞/致谢 ….
ADDRESSED_TO = re.compile(r"^致(?![敬辞词谢力富以使])[：:]?[ \u3000]*[^\s。！？!?，,；;：:的]{2,30}$")
#: The second line of a letter's title set over two (``某某组委会`` / ``致各会员的一封信``): 致, those
#: it is written to and the kind of letter — the body's name above is the subject of 致.
#: The kinds of letter a title ends with (``……慰问信``, ``……倡议书``): under a site's headline of
#: the same kind, the letter's own title set over its salutation is the document's.
LETTER_KIND_END = re.compile(r"(?:一封信|公开信|公開信|慰问信|慰問信|感谢信|感謝信|倡议书|倡議書|贺信|賀信|贺电|賀電|慰问电|"
                             r"表扬信|表揚信|致敬信)$")
#: A site's headline that puts the sender before a letter's own ``致……`` title (see
#: titles.signed_in_headline): the sender's name at least this long, and so the words the
#: headline keeps of the title's between 致 and the kind of letter …
SENDER_BEFORE_LETTER_MIN_CHARS = 4
#: … and those words at least this share of the title's: a shortening, not another letter.
SIGNED_HEADLINE_MIN_SHARE = 0.6
LETTER_TO_LINE = re.compile(r"^致[^\s。！？!?，,；;：:]{1,30}?的?(?:一封信|公开信|慰问信|感谢信|倡议书|信)$")
#: The arrow a portal's teaser headline ends with, pointing down at the item it opens
#: (``……开学时间有调整→``, ``……点击查看👇``): a document's own title never points past itself.
TEASER_ARROW_END = re.compile(r"[→↓⬇➡👇]\s*$")
#: Lines left of a header before a salutation are at most this long (see body._header_leftover).
HEADER_LEFTOVER_MAX_CHARS = 100

#: A label alone before the salutation, its value not copied (``内容导航：``, ``正文：``): a few
#: characters and a colon, nothing it introduces (``……如下：`` introduces the text's items).
LABEL_BEFORE_SALUTATION = re.compile(r"^[\u4e00-\u9fff]{2,6}(?<!如下)(?<!以下)[：:]$")
#: The kinds of sample a Q&A or model-text page gives under its own words (``……倡议书如下：``).
SAMPLE_KINDS = ("倡议书", "倡議書", "公开信", "公開信", "一封信", "感谢信", "感謝信", "慰问信", "慰問信", "贺信", "賀信",
                "讲话稿", "講話稿", "发言稿", "發言稿", "演讲稿", "演講稿", "致辞", "致辭", "致词", "致詞", "范文", "範文")
#: A page's lead into such a sample, naming its kind (``小学倡议书如下：``, ``国庆致辞范文如下：``): the
#: sample starts under it, so a form of address there is its salutation, whatever the page's words above.
SAMPLE_LEAD = re.compile(r"^[^。！？!?，,；;：:]{0,16}(?:" + "|".join(SAMPLE_KINDS) + r")(?:范文|範文|例文|模板)?如下[：:]$")

#: The colon between a post and a name on a speaker's line (``总经理：张三``).
SPEAKER_COLON = re.compile(r"[ \u3000]*[：:][ \u3000]*")

WHITESPACE_RUN = re.compile(r"[ \u3000]+")


#: A chapter heading without a number (``总　则``, ``附　则``, ``法律责任``) in a text of
#: articles: a short line without punctuation standing right before an article or a 第X节,
#: or right after a 第X章 line that has no title of its own (then the two are one heading).
#: The text must have at least CHAPTER_TITLE_MIN_ARTICLES articles.
#: Not a line naming a body (a signature) or starting ``关于``, nor one ending with a genre word
#: that is longer than CHAPTER_TITLE_GENRE_MAX_CHARS (``某某市城市供水管理办法`` is a title;
#: ``会议制度`` may be a chapter).
CHAPTER_TITLE_MAX_CHARS = 12
CHAPTER_TITLE_GENRE_MAX_CHARS = 6
CHAPTER_TITLE_MIN_ARTICLES = 2

#: The separator after a number (``1.`` / ``1、`` / ``1．``): two in one family is reported.
NUMBER_SEPARATOR = re.compile(r"[.．、﹒，,：:]$")

#: Enumeration leads inside a paragraph: ``一是`` / ``二要`` after the start of the text or a
#: clause mark.  A comma is allowed before one (``具体来讲，一要……``) because only runs that
#: count up from the first number are kept (see :mod:`docgen.parser.spans`).
INLINE_ENUMERATION = re.compile(
    rf"(?:^|(?<=[。！？；：，]))(?P<number>(?P<value>{CN_NUMERAL}{{1,2}})(?P<word>[是要]))(?![的否求素点闻])")

#: Words of a 首先/其次/再次/最后 sequence, in their order; inside a paragraph they count only when
#: at least :data:`SEQUENCE_MIN_WORDS` of them follow one another.
SEQUENCE_WORDS = ("首先", "其次", "再次", "最后")
INLINE_SEQUENCE = re.compile(r"(?:^|(?<=[。！？；]))(?P<number>首先|其次|再次|最后)(?=[，,])")
SEQUENCE_MIN_WORDS = 2

#: A chapter or section heading with its first article run in on one line, as law databases
#: print them: ``第一章　总则　　第一条　为规范……`` (the heading, then the article).
#: Copies that lost the spaces (``第一章总则第一条为规范……``) keep the heading's title between.
CHAPTER_WITH_ARTICLE = re.compile(
    rf"^(?P<heading>第{CN_NUMERAL}+[章节](?:[\s　]+[^\s　].{{0,20}}?)?)[\s　]+(?P<article>第{CN_NUMERAL}+条.*)$"
    rf"|^(?P<heading2>第{CN_NUMERAL}+[章节][^\s　，。；：、“”第]{{1,20}}?)(?P<article2>第{CN_NUMERAL}+条.+)$")

#: Longest standalone heading, in characters.  Headings are one line of at most 28 字 as a
#: rule; two-line headings exist, three-line ones are paragraphs.
HEADING_MAX_CHARS = 60

#: An enumeration word followed by one of these (``首先，`` / ``最后，``) opens a sentence as an
#: adverb: a line that is that one sentence is never a heading.
OPENER_COMMAS = "，,"

#: A numbered line that is one whole sentence (``一是要绝对忠诚。``) is a heading only when it is
#: this short (characters after the number) and has at most :data:`SENTENCE_HEADING_MAX_COMMAS`
#: commas; longer numbered sentences (``2.各乡镇……要及早安排好……工作。``) are items of a list.
SENTENCE_HEADING_MAX_CHARS = 18
SENTENCE_HEADING_MAX_COMMAS = 1
#: A numbered line opening with a clock time (``一、上午10:00-11:00，开幕式``, ``2. 14：30 分组讨论``)
#: is an entry of a timetable: an item of a list, never a heading.
SCHEDULE_ENTRY = re.compile(r"\s*(?:[上下中早晚]午|早上|晚上|凌晨|傍晚|夜间)?\s*\d{1,2}[：:]\d{2}")
#: A numbered line ending in a colon with more commas than this is a running sentence that
#: leads into a list (``1.某某申报单位为物业公司，清运单位为某某，由某某落实管理，具体工作如下：``),
#: not a heading (``二、参观须知：``).
COLON_HEADING_MAX_COMMAS = 1
#: … and a 一是 sentence is one only in a text that does not number its headings as GB/T 9704
#: does (一、 and （一）, families of :data:`FAMILIES`): there its one-sentence 一是/一要 lines are
#: the enumerations of a part (``一是加快某某建设。`` over the paragraph that says how).
STANDARD_HEADING_FAMILIES = frozenset({"cn-comma", "cn-paren"})

#: The end of a clause and the spaces after it, where a list run together on one line goes on
#: to its next item (``（一）时间：某日；（二）……``).
SIBLING_AFTER = re.compile(r"[；;。][\s\u3000]*")

#: A run-in heading (the first clause of a numbered paragraph, ``一、……。正文``) is at most this
#: long (characters, its number counted, its quotation marks and final mark not) with at most
#: :data:`LEAD_MAX_COMMAS` commas; a longer first clause is the paragraph's first sentence, and
#: the paragraph is a numbered item.
LEAD_MAX_CHARS = 24
#: … but a series of at least PARALLEL_LEADS_MIN siblings whose first sentences are couplet
#: headings (two clauses of like length — the shorter at least COUPLET_BALANCE of the longer, see
#: also COUPLET_BALANCE_ALIKE —
#: apart by one comma, at most PARALLEL_LEAD_MAX_CHARS characters past the number, no other
#: mark, at least PARALLEL_REST_MIN_CHARS of paragraph after them), all opening or all closing
#: with the same PARALLEL_WORD characters (``突出……``, ``……开新局``), are run-in headings however long.
PARALLEL_LEADS_MIN = 3
PARALLEL_LEAD_MAX_CHARS = 36
PARALLEL_REST_MIN_CHARS = 20
PARALLEL_WORD = 2
COUPLET_BALANCE = 0.6
#: … or of COUPLET_BALANCE_ALIKE when the series both opens and closes with the same words.
COUPLET_BALANCE_ALIKE = 0.4
PARALLEL_LEAD_MARKS = "、；;：:！？!?“”（）()《》"
COMMA_SPLIT = re.compile(r"[，,]")
LEAD_UNCOUNTED = re.compile(r"[“”‘’\"']")
#: … nor a short note in brackets at its end (the count of measures under it: ``（4项）``).
LEAD_NOTE = re.compile(r"[（(][^（）()]{1,6}[）)]$")
#: What follows a numbered sentence's full stop when it is only a note in brackets (``2、某某人群。
#: （第一针后3~8周内）``): no text under a lead, the line one sentence with its note.
NOTE_AFTER_SENTENCE = re.compile(r"[ \u3000]*[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)][ \u3000]*")
LEAD_MAX_COMMAS = 2
#: A first clause ending in a semicolon is a lead only without commas and this short: list items
#: (``3. 对于……的单位和个人，给予通报表扬；……``) end their first clause with one.
SEMICOLON_LEAD_MAX_CHARS = 16

#: A glossary's term after its number: a short name, often quoted, and a colon
#: (``“某某计划”：``); at least GLOSSARY_MIN numbered terms in a series make a glossary, whose
#: terms are items, not headings.
GLOSSARY_TERM = re.compile(r"[^，。；：,;:！？!?]{1,24}[：:]")
GLOSSARY_MIN = 4
#: … at least this share of the terms quoted (coined names: ``“某某计划”``); a series of
#: unquoted ``1、以人为本：`` leads states principles and is headed.
GLOSSARY_QUOTED_SHARE = 0.5

#: A numbered part of a script that opens with who speaks it (``（2）主持人：……``, ``3. 男主持：……``,
#: ``甲：``, ``合：``): the words said after the tag are the part, the tag is no heading.
SPEAKER_TAG = re.compile(both_scripts(r"[ \u3000]*(?:[男女]?主持人?|主讲人|[男女]声?|[甲乙丙丁]|合|齐)[甲乙丙丁AB1-9]?[：:]"))

#: A 批复's provisions open with its decision (``一、同意……，组建……。``, ``二、原则同意……``):
#: whole sentences of the reply, items, never headings.
PROVISION_OPENER = re.compile(r"[ \u3000]*(?:原则上?)?(?:同意|批准)")

#: A line of a bulleted list: a bullet mark right before its text — a question mark too, the
#: bullet lost in an encoding (``?1月21日（除夕）``, ``●上午9:00开馆``).  A colon lead standing
#: over BULLETED_UNDER_MIN such lines has lower-level lines under it: it heads text.
BULLETED_LINE = re.compile(r"^[?？•·●○◆◇■□▪▶►★☆](?=[0-9A-Za-z\u4e00-\u9fff])")
BULLETED_UNDER_MIN = 2
#: The mark that opens an entry of an unnumbered list: a bullet (``●``, ``?``) or a symbol font's
#: bullet read as a Latin letter before a space (Wingdings' ● as ``l 5月1日``).  Numbered lines
#: set between two entries opening with the same mark are the list under the first entry.
ENTRY_MARK = re.compile(r"^(?P<mark>[?？•·●○◆◇■□▪▶►➢★☆]|[A-Za-z](?=[ \u3000]+[0-9\u4e00-\u9fff]))")
#: A step of a page's location list set as a bulleted item (``• 关于……的通知``), the bullet
#: and the text after it.
BULLETED_STEP = re.compile(r"^\s*[•·●]\s*(?P<text>\S.*?)\s*$")
#: The family of a breadcrumb's line (``当前位置：首页 >``), as the chrome families name it.
LOCATION_FAMILY = "location"

#: The chrome family of an e-paper's page label (``第A06版:要闻``).
EPAPER_PAGE_FAMILY = "epaper-page"

#: A numbered line opening with a label closed by a colon, its value after it, no clause mark
#: before the colon (brackets aside: ``二、某科夜诊（19:00-22:00）：……``), however long the
#: label (``五、中医、康复科、……普通门诊：……``): among siblings that are all run-in colon leads,
#: such a line's label is a run-in heading like theirs.
LABEL_LEAD = re.compile(r"^(?:[^，。；,;！？!?：:（(）)]|[（(][^（）()]{0,20}[）)]){2,60}[：:](?=\S)")

#: At least this many sibling run-in leads ending in a colon, of more than one length, make the
#: labels of numbered paragraphs rather than headings (see :mod:`docgen.parser.items`).
LABEL_LEADS_MIN = 2
#: … or of one length where each names a field of a notice by its head noun (``一、报名时间：``,
#: ``二、注意事项：``, ``三、管制措施：``; in either script, ``一、管制時間：``) — parallel principles
#: (``一、以人为本：``) name none.  An event's theme (``二、活动主题：``, ``2.主题：……``) is such a
#: field, like a 题目: its value, a slogan, reads like a title but is the field's datum.
FIELD_LABEL = re.compile(both_scripts(r"(?:时间|日期|期间|地点|地址|对象|条件|方式|内容|范围|题目|主题|格式|提醒|事项|"
                                      r"须知|说明|费用|名额|人数|办法|程序|流程|材料|措施)[：:]$"))

#: … of them, the fields whose value is a datum (a time, a place): such a field heads nothing
#: below it, whatever its value's line holds.
DATUM_FIELD_LABEL = re.compile(both_scripts(r"(?:时间|日期|期间|地点|地址)[：:]$"))

#: … a run-in lead closed by a full stop that is such a name, no sentence (``二、某某办理程序。``):
#: it heads its paragraph among plain numbered sentences.
NAMED_PART_LEAD = re.compile(both_scripts(r"^[^，,；;：:]*(?:时间|日期|地点|对象|条件|方式|内容|范围|事项|须知|"
                                          r"办法|程序|流程|材料|措施)。$"))

#: Families whose number is also an adverb opening a sentence (``第一，……``): alone in a text,
#: with no heading above it, such a number is no heading.
ADVERB_FAMILIES = frozenset({"di-ordinal"})

#: At least this many numbered sentences of a family, each standing alone over a paragraph of
#: its own, make them headings (see :mod:`docgen.parser.items`).
OPENER_MIN = 2

#: When at least :data:`ITEM_MAJORITY_MIN` and this share of the numbered paragraphs of one
#: family are plain numbered sentences, the rest of them are numbered sentences too.
ITEM_MAJORITY = 2 / 3
ITEM_MAJORITY_MIN = 2
#: … but not one whose run-in lead is a task set as a directive verb and its object, closed by a
#: full stop (``（3）搞好会议记录。坚持……``): at most this many characters after the number, no
#: comma, the paragraph going on after it — a lead, where an item's first sentence states a fact
#: (``1、标的物有抵押。``) or names a thing (``7、成长思维。``).
PHRASE_LEAD_MAX_CHARS = 8
PHRASE_LEAD = re.compile(r"^(?:做好|搞好|抓好|办好|管好|实行|落实|加强|强化|严格|健全|完善|规范|建立|坚持|确保)"
                         r"[^，,；;。]{1,6}。$")
#: At least this many sibling headings standing one right under the other are a list even when
#: the last has a paragraph after it (the parent's text going on, or a heading whose number was
#: lost): a heading heads text, and all but the last head none.
BARE_LIST_MIN = 3
#: At least this many siblings, each a sentence ending in a colon over lines of a lower layer,
#: make those sentences headings (see :mod:`docgen.parser.items`): one alone may be a sentence
#: leading into a list inside a list of provisions.
COLON_SENTENCE_HEADINGS_MIN = 2
#: At least this many sibling headings that are titles with no mark at their end make a whole
#: sentence among them (``四、各部门于某日前将名单报办公室。``) a provision, not a heading.
TITLE_SIBLINGS_MIN = 3
#: Marks a numbered line runs on past (a clause after a comma or a semicolon): in a list that a
#: line ending in a colon introduces, such a line is an item, and so are its neighbours.
RUNNING_MARKS = ("，", "；", ",", ";")
#: The longest label (colon included) that introduces a list that way (``报名方式：``, ``注意事项：``).
LIST_LABEL_MAX_CHARS = 12
#: A field's label and its value after a colon (``其他：无``, ``截止时间为：某年某月某日``): in a
#: list of numbered clauses such a line is one clause like the others, not a heading.
FIELD_VALUE = re.compile(r"[：:]\s*\S")
#: A note in round brackets inside a line (``（主持人：支部书记）``): who or what a step names, its
#: colon no field of the line's own.
BRACKETED_NOTE = re.compile(r"[（(][^（）()]{0,30}[)）]")

#: A value after a colon written all in Latin letters, digits and signs, with a digit or an
#: ``@`` in it — a mail address, a telephone number, a web address (``邮箱：someone@example.cn``,
#: ``电话：0000-1234567``): a field's value, never the second half of a heading's title.
CODE_VALUE = re.compile(r"\s*(?=[!-~]*[0-9@])[!-~]+\s*$")

#: The first line of the body ending in a colon is the addressee line (主送机关) when it names
#: addressees with one of these words and is no longer than :data:`ADDRESSEE_MAX_CHARS`
#: (``市政府直属各单位：``, ``县人大常委会：``), or the people of a body, a place or a site
#: (``机关党支部全体党员：``, ``某某全体师生：``, ``网友老乡：``), or ends in the name of a society or of people by
#: what they do or use (``某某宗亲联谊会：``, ``全县教育工作者：``, ``某某区域各用水户：``), or
#: people by what they are, 人士 last before the colon (``社会各界爱心人士：``), or firms and those who
#: run them, 企业 or 企业家 last before the colon (``辖区各企业：``, ``全市各企业、企业家：``), or people
#: named in the plural, 们 last before it (``广大住户街坊们：``; ``我们：`` names nobody): the word for
#: those a 倡议书 or an open letter calls on.
ADDRESSEE_WORDS = re.compile(both_scripts(r"单位|部门|机构|政府|委员会|常委会|组委会|党委|办公室|办公厅|同志|同胞|代表|委员|领导|来宾|局|厅|院|协会|学会|学校|老师|教师|学生|师生|同学|家长|校友|员工|职工|"
                                          r"同事|同仁|朋友|嘉宾|贵宾|党员|团员|会员|乡亲|老乡|网友|村民|居民|市民|群众|"
                                          r"(?:[^\s大]会|工作者|户|人士|企业家?|[^\s我你您他她它咱]们)[：:]$"))
ADDRESSEE_MAX_CHARS = 150
#: … or every name of its list names a body whole by the word that ends a body's name
#: (``某某县委组织部：``, ``机关党工委、各党总支、直属党支部：``, ``某某幼儿园：``).  Words that also end a field's
#: label (``单位``, ``处``, ``所``, ``室``, ``会``) are left out: ``主办单位：`` heads a value.
ADDRESSED_BODY_END = re.compile(both_scripts(r"(?:部|院|委|局|厅|署|办|府|中心|党组|支部|总支|公司|集团|委员会|"
                                             r"协会|学会|商会|学校|幼儿园)$"))
#: A 主送 line whose colon was lost (``各乡镇（街道）、县直有关单位``): opened by the 各 of a
#: notice's addressees, two names or more in a list, no mark that ends a clause, the last name
#: ending in a body's name or a word for units — short, and right over a paragraph of prose.
COLONLESS_ADDRESSEES = re.compile(both_scripts(
    r"^各[^\s。！？!?：:；;，,、]{1,30}(?:[、，,][^\s。！？!?：:；;，,、]{2,30}){1,8}$"))
COLONLESS_ADDRESSEES_LAST = re.compile(both_scripts(r"(?:单位|部门|机构|企业|学校|部|院|委|局|厅|署|办|府|中心|党组|支部|总支|公司|集团)$"))
#: … and the paragraph under it is prose: it holds a full stop, or runs this long.
COLONLESS_ADDRESSEES_PROSE_CHARS = 40
#: … each such name at least this long: ``本部`` / ``总部`` are words.
ADDRESSED_BODY_MIN_CHARS = 3
#: A sentence leading into what follows (``……，医院决定春节放假安排如下：``) is no addressee line,
#: whatever body it names.
LEADS_INTO = re.compile(r"(?:如下|以下|下列)[：:]$")
#: Each name in a salutation or addressee list (between ``，`` ``、`` ``；``) is at most this long;
#: a longer part is a clause of a sentence that happens to end in a colon.
ADDRESSEE_PART_MAX_CHARS = 30

#: A title line with its date line and speaker run into it:
#: ``……的讲话（2024年3月5日在……上）国务院总理 李强``.
MERGED_TITLE = re.compile(
    r"^(?P<title>[^（）()]{4,}?)[（(](?P<inner>[^（）()]*?(?:" + DATE.pattern + r")[^（）()]*)[）)]"
    r"(?P<speaker>[^（）()。，]{0,24})$")

#: A personal name alone on the line under a title (``蒋巨峰``): two to four Han characters
#: that do not end like the name of a body (see :data:`BODY_SUFFIX`).
BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

#: The label of a page's section that holds the text, set under its title (``项目信息``,
#: ``活动简介``): a short noun ending in a word for information, never a person's name.
PAGE_SECTION_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}(?:信息|简介|详情|概况)")

#: A body's name over a title whose issuer starts with at least this many of its last
#: characters (``……某某部`` over ``某某部办公厅关于……``) is the owner's name, not part of the title.
OWNER_MIN_CHARS = 2
#: A line that starts with the name of a government body (``平凉市崆峒区人民政府工作规则``)
#: starts a title of its own: it does not continue a line above that names no body (a site's
#: name such as ``甘肃崆峒``), which is page furniture then.
STARTS_WITH_BODY = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:人民政府|人民代表大会常务委员会|委员会|办公室|办公厅|"
                              r"人民法院|人民检察院)")
#: Longest line above a title that is taken for page furniture that way.
FURNITURE_ABOVE_TITLE_MAX_CHARS = 12

#: Longest line naming the issuing body under a title (characters).
ISSUER_MAX_CHARS = 24
#: Last lines of a document searched for the body that signs it (a name alone on its line).
SIGNATURE_SCAN_LINES = 8
#: The number a list's first item carries (``1、``, ``一、``, ``（一）``): a line over such an item
#: opens the list — as its group's label when another such line opens a list again below.
FIRST_NUMBERS = frozenset({"1", "１", "一"})
#: Blank lines that set a body's name alone apart from a ``关于……`` title under it as the
#: document's 版头 (the issuing body's line), not the first line of the title: a title set
#: over lines has at most one blank line between them.
ISSUER_LINE_GAP = 2

#: 发文机关标志: the red header line ``湖南省人民政府办公厅文件``.
ISSUER_MARK = re.compile(r"^(?P<issuer>[\u4e00-\u9fff（）()、 　]{2,40}文件)$")

#: What follows a document number at the start of a line when the line is a sentence citing it
#: (``根据某发〔2016〕9号文件《……》要求，各单位……``), no page heading over the title
#: (``某发〔2014〕20号《……意见》``): a clause mark past the cited title (or with none cited).
CITING_SENTENCE = re.compile(r"^[^《]*[，,；;。]|》[^《》]*[，,；;。]")

#: A 发文字号 the copy cut short (``某府发〔20248`` for 某府发〔2024〕8号: the closing bracket or the
#: 号 lost with the marks a page set apart), alone on its line: the issuer's short name, the
#: 六角 or square bracket and a year, then the serial's digits at most — never a title or a
#: sentence (those have words after the year), nor round brackets (``……规划（2021``).
CUT_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]?\s*\d{0,4}\s*[号號]?")
#: A title line ending with its document number in brackets: ``……的通知（岳办发〔2017〕2号）``.
TITLE_WITH_NUMBER = re.compile(r"^(?P<title>.+?)[（(](?P<number>" + DOCUMENT_NUMBER.pattern + r")[）)]$")
#: A document number at the end of a line, after a space or straight after the title's genre
#: word (a page's title and number run together: ``……的通知 瑞政办〔2011〕129号``).
TRAILING_NUMBER = re.compile(r"(?P<number>" + DOCUMENT_NUMBER.pattern + r")$")

#: A title line with its date, occasion and speaker run in after a dash:
#: ``政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强``.
FUSED_TITLE = re.compile(
    r"^(?P<title>[^（）()—]{2,60}?)\s*(?:——|—|--)\s*(?P<date>" + DATE.pattern + r")"
    r"(?P<occasion>在[^（）()。，]{2,60}?(?:上|会上|会议上|仪式上|大会上))?(?P<speaker>[^（）()。，]{0,30})$")

#: A title line with its subtitle run in after a dash: ``决胜全面建成小康社会 夺取……伟大胜利——在中国
#: 共产党第十九次全国代表大会上的报告`` (the subtitle names the occasion: ``——在……上的讲话``).
#: The speaker may stand between the dash and 在 (``——某某校长在……上的讲话``).
#: Or it names the moment it was written for (``——写在……创刊100期之际``), as a congratulation's does.
_OCCASION = (r"——\s*(?:(?:[\u4e00-\u9fff·]{2,24}?)?在[^—]{2,60}?(?:上|会上|时)的\S{0,6}"
             r"(?:讲话|报告|致辞|发言|主持词|开幕词|闭幕词|讲话提纲)"
             r"|写在[^—。，；！？]{2,60}?(?:之际|之时|前夕|时))")
FUSED_SUBTITLE = re.compile(r"^(?P<title>[^—]{4,60}?)\s*(?P<subtitle>" + _OCCASION + r")$")
#: A title with its author run in after a dash, named by the class an alumnus graduated with
#: (``致母校——85届机械系某某班张三``, ``……——2003级中文系李四``): the part after the dash is the
#: speaker, no subtitle.  The class is its year (two or four digits) and 届 or 级, then the
#: department or class (ending in 系, 班 or 专业), then the name; a theme after the year
#: (``——2015级迎新有感``) is a subtitle of the title.
FUSED_COHORT_BYLINE = re.compile(r"^(?P<title>[^—]{4,60}?)\s*——\s*(?P<speaker>(?:\d{2}|\d{4})\s*[届级]"
                                 r"[^—，。！？、,!?\s]{0,24}?(?:系|班|专业)\s*[\u4e00-\u9fff·]{2,4})$")
#: The subtitle of a speech or a report, naming its occasion (``——在……上的报告``): the title
#: lines above it, however many phrases (``高举……旗帜`` / ``为……而团结奋斗``), are one title.  (A
#: news headline's ``——`` line describes; the lines above it are its 主题 and 副题.)
OCCASION_SUBTITLE = re.compile(r"^" + _OCCASION + r"$")
#: A speech's occasion line used as its title with the date it was given in front
#: (``1951年11月1日在……会议上致闭幕词``): the date is the speech's date, the rest its title.
DATED_OCCASION_TITLE = re.compile(
    r"^(?P<date>" + DATE.pattern + r")\s*(?P<title>在[^—。，,]{2,60}?(?:上|会上|时)的?\S{0,6}"
    r"(?:讲话|报告|致辞|发言|主持词|开幕词|闭幕词|讲话提纲|講話|報告|致詞|發言|開幕詞|閉幕詞))$")
#: A speech's occasion line without the dash, naming its speaker first
#: (``某某董事长在集团年度大会上的讲话``): under a headline of a few words (``奋进新征程``) it is the
#: subtitle, and the headline is the title.
SPEAKER_OCCASION = re.compile(r"^[\u4e00-\u9fff·]{2,24}?在[^—。，]{2,60}?(?:上|会上|时)的\S{0,6}"
                              r"(?:讲话|报告|致辞|发言|主持词|开幕词|闭幕词|讲话提纲)$")
#: A short headline letter-spaced for display (``赢 第 一``, ``2013 新 年 致 辞``: three Chinese
#: characters or more, each apart by spaces, perhaps after a number or a Latin word): a title,
#: not a column's name — and set solid when it is the title.
LETTER_SPACED = re.compile(r"^(?:[0-9A-Za-z]+[ \u3000]+)?[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){2,}$")
#: A kind of writing named alone, two characters and 书 (``倡议书``, ``承诺书``, ``提倡书``; a phrase
#: ``天天读书`` names none): on a line of its own under a headline's words (``禁止燃放烟花爆竹`` /
#: ``倡议书``), the title's last line.
WRITING_KIND = re.compile(r"[\u4e00-\u9fff]{2}书")
#: A genre word said as a verb after 并 at a line's end (``某某主持会议并讲话``, ``……出席并致辞``):
#: what someone did, as a headline's deck says it, never the kind of the text a title names.
GENRE_AS_VERB_END = re.compile(r"并(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言)$")
#: What a title's line ends with where the title goes on on the next line (``……文书的``
#: over ``指  导  意  见``): a letter-spaced line under it is the title's own.
TITLE_LINE_GOES_ON = ("的", "关于", "和", "及", "与", "、", "暨")

#: Where the title is chosen among the lines at the top (see :mod:`docgen.parser.titlechoice`):
#: the headline-like lines among the first TITLE_CANDIDATE_LINES, each so long …
TITLE_CANDIDATE_LINES = 6
TITLE_CANDIDATE_MIN_CHARS = 4
#: … but a headline of a word or two (``选举``) is one as the text's first line, right over the
#: byline or date that cleaning took out (see ``_short_headline_over_byline``).
SHORT_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: … save a three-character title naming a periodical's or an occasion's address by its kind
#: (``发刊词``, ``續刋詞``, ``开幕词``, ``欢迎辞``): shorter than a headline, a title all the same.
SHORT_GENRE_TITLE = re.compile(r"(?:[发發创創续續复復][刊刋]|开幕|開幕|闭幕|閉幕|欢迎|歡迎|答谢|答謝|祝酒)[词辞詞辭]")
TITLE_CANDIDATE_MAX_CHARS = 80
#: … and save a law's short name (``某某法``, ``民法``) right over an article's number alone
#: (``第 15 條``), as a law database prints one article under the law's name.
SHORT_LAW_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}法")
ARTICLE_NUMBER_ALONE = re.compile(r"第\s*[0-9０-９一二三四五六七八九十百千零〇]+\s*[条條](?:\s*之\s*[0-9一二三四五六七八九十]+)?")
#: A news item's headline printed under its text (see
#: :func:`docgen.parser.titlechoice.headline_under_text`): the text has at least so many lines,
#: the headline so many characters, and says again a run of so many characters of the first
#: lines of the text.
HEADLINE_UNDER_MIN_LINES = 3
HEADLINE_UNDER_MIN_CHARS = 8
#: A page's line that states its article's title after a label (``本文标题：……``,
#: :func:`docgen.parser.titlechoice.stated_title`).
STATED_TITLE = re.compile(r"^\s*(?:本文|文章)(?:标题|標題)\s*[:：]\s*(?P<title>\S.*?)\s*$")
HEADLINE_UNDER_OPENING_LINES = 2
RESTATED_RUN_CHARS = 6
#: A salutation hard-wrapped into its greeting on the next line (``……與會的各`` / ``位貴賓大家好，……``):
#: the marks that end a line that is not broken off, the breaks that end the next line's first
#: clause, and how long its greeting glued on at the clause's end may be (``大家晚上好！``).
LINE_END_MARKS = "。！？!?：:；;，,、…)）」』”\""
GREETING_CLAUSE_BREAK = re.compile(r"[，,。！!？?；;：:]")
GREETING_MAX_CHARS = 8
#: … and a line this long or longer with this many commas or more is a sentence of the text run
#: on over several clauses (``……之后，就有……，都会问我，说，……呢？``), never a headline, which
#: states its matter in one or two.
RUN_ON_SENTENCE_MIN_CHARS = 40
RUN_ON_SENTENCE_MIN_COMMAS = 4
#: … or this many commas when it ends on an exclamation (``……即将到来，我代表……问候，祝……，节日愉快！``):
#: a wish said over clauses, where a headline that exclaims (``热烈庆祝……！``) has one or two.
RUN_ON_EXCLAIMED_MIN_COMMAS = 3
#: … a line at most this long above another candidate being a column's name (``校长专栏``),
#: and one at most PASSABLE_MAX_CHARS long without a sentence or an address a line of the site.
COLUMN_LABEL_MAX_CHARS = 6
PASSABLE_MAX_CHARS = 12
#: A telephone number alone on a line (``0755-22980686``, ``400 123 4567``, ``+86-10-12345678``):
#: the site's hotline under its label above a title, as passable as a short line of the site.
PHONE_ALONE = re.compile(r"^\s*(?:\+?\d{1,3}[-\s])?(?:\(?\d{2,4}\)?[-\s]?)?\d{3,4}[-\s]?\d{4}(?:[-\s]\d{1,4})?\s*$")
#: A column's name in English alone on its line (``News Center``, ``About Us``): over a
#: headline in Chinese it is the site's label, not the title.
LATIN_LABEL = re.compile(r"[A-Za-z][A-Za-z'&.\- ]{1,40}")
#: … the same in small letters only (``media center``): a label styled by the page, which a
#: headline in English never is — no title even with no other line above the body.
LOWERCASE_LABEL = re.compile(r"[a-z][a-z'&.\- ]{1,40}")
#: … or one word in Latin letters alone (``News``, ``NOTICE``): a column's label in English,
#: which a Chinese text's headline never is on its own.
LATIN_WORD_LABEL = re.compile(r"[A-Za-z]{2,16}")
#: A photo's caption left in a page's text (``图为活动现场``, ``动员大会现场``): a picture's
#: label, never a headline, even when nothing else stands above the body.
PHOTO_CAPTION = re.compile(r"^\s*(?:图为[^\s，。,；;]{2,20}|[^\s，。,；;：:]{2,12}现场)\s*$")
#: A column's label with its name in English after it (``党建工作 Party Building``,
#: ``新闻动态 News``): the label of the page's column, never a headline, even when nothing else
#: stands above the body.
BILINGUAL_COLUMN_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s+[A-Z][A-Za-z&'-]*(?:\s+[A-Za-z&'-]+){0,4}\s*")
#: A series note wholly in round brackets (``（某某系列报道之五）``, ``（专题访谈之三）``): the
#: place of the item in its series, no headline.
SERIES_NOTE = re.compile(r"\s*[（(][^（）()]{2,30}之[一二三四五六七八九十百\d]{1,4}[）)]\s*")
#: Lines of verse run together with slashes where the page broke them (``长亭外/古道边/芳草碧连天/……``):
#: four or more short phrases (a song's or a poem's lines), a quotation set over a text, no headline.
#: A row of a table's cells, three or more set apart by bars (``公开目录 | 乡镇信息 | 发布日期``): the
#: fields of a disclosure index or a record's header, no headline (a page title keeps one bar at
#: most once its site's name is taken off).
BARRED_CELLS_ROW = re.compile(r"\s*[^|｜]+(?:\s*[|｜]\s*[^|｜]+){2,}\s*[|｜]?\s*")
#: A table's field row a text copy keeps with its cell bars: a label closed by a colon in its
#: first cell, the value in the next (``| 地址： | 某某路12号 |``, ``｜日期：｜2019年1月17日｜``): a
#: record's field (an event's, a file's), never a headline, passed over above the title.
BARRED_FIELD_ROW = re.compile(r"\s*[|｜]\s*[^|｜:：]{1,12}[:：]\s*[|｜][^|｜]+(?:[|｜].*)?")
SLASHED_VERSE = re.compile(r"\s*[^/／|｜\s]{2,12}(?:\s*[/／]\s*[^/／|｜\s]{2,12}){3,}\s*")
#: The running time after an item of a list of videos (``某某夜市爆人潮 01:16``): a line of
#: the page's video column, not a headline.
#: Two short names joined by a middle dot (``某某 · 智慧党建``, ``某某·融媒``): a site's banner —
#: its place or owner and its brand — or a column's kicker, never a headline, which says what
#: happened; passed over when a title stands below it.
DOTTED_BANNER = re.compile(r"[\u4e00-\u9fff]{2,6}[ \u3000]*[·•・][ \u3000]*[\u4e00-\u9fff]{2,6}")
MEDIA_DURATION = re.compile(r"[ \u3000]\d{1,2}:\d{2}(?::\d{2})?$")
#: A column's name that names a genre (``领导致辞``, ``校长讲话``, ``董事长致辞``): a genre word at
#: the end of a short line, with at most this many characters before it (a post, a season) — a
#: column label when a headline of its own stands under it.
#: A 范文 site's tag after a title that ends with its kind (``……嘉宾致辞范文``, ``……致辞范文（精选3篇）``,
#: ``……的一封信作文``, with the piece's length in characters ``……致辞范文1200字``, or as the site's
#: example or collection ``……倡议书范文示例``, ``……致辞范文大全``): "a sample text", "a composition" are the site's words for its page, no part
#: of the title.  So are its other words for a sample and its length (``……倡議書例子``, ``……致辞范例``,
#: ``……開幕詞例文``, ``……通知模板``, ``……比赛致辞简短``): a text names its kind last, never "an example" or
#: "short" after it.
SAMPLE_TAG_END = re.compile(r"(?:(?:范文|範文|作文)(?:示例|大全)?|例子|例文|范例|範例|范本|範本|模板|简短|簡短)"
                            r"(?:\s*\d{2,5}\s*字)?(?:\s*[（(]\s*(?:精选|精選|通用)?\s*\d+\s*篇\s*[)）])?\s*$")
TITLE_GENRE_END = re.compile("(?:" + "|".join(sorted(
    (*GENRE_WORDS, "一封信", "感谢信", "感謝信", "慰问信", "发言稿", "讲话稿", "演讲稿", "主持稿", "慰問信", "發言稿", "講話稿",
     "承诺书", "保证书", "决心书", "申请书", "开幕词", "闭幕词"), key=len, reverse=True)) + ")$")
GENRE_LABEL = re.compile(r"^.{0,3}(?:" + "|".join(sorted(GENRE_WORDS, key=len, reverse=True)) + r")$")
#: A message's headline under its column's genre label (``致辞`` / ``作为……，我们将……。``): one
#: sentence ending in 。 of this many characters (a slogan's length; a message's first sentence
#: under a label that is the title, ``总经理致辞``, runs longer), over a longer paragraph.
MESSAGE_HEADLINE_MIN_CHARS = 12
MESSAGE_HEADLINE_MAX_CHARS = 40
#: A news agency's dateline standing alone on a line above a speech's or an article's title
#: (``某某社某地4月28日电``, ``某某网某地2015年4月28日电（记者 某某）``): the source's line, never
#: the title's first part.
NEWS_DATELINE = re.compile(
    r"^\s*(?P<source>[\u4e00-\u9fff]{1,10}?(?:社|网|台|报|客户端))\s*[\u4e00-\u9fff]{2,8}?\s*"
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电\s*(?:[（(][^（）()]{0,30}[）)])?\s*$")
#: The same dateline run into the sentence that announces the text under it (``某某社某地9月12日电
#: 某某在……上的致辞全文如下：``): the agency's release line over a speech's title, never its text.
NEWS_DATELINE_INTRO = re.compile(
    r"^\s*(?P<source>[\u4e00-\u9fff]{1,10}?(?:社|网|台|报|客户端))\s*[\u4e00-\u9fff]{2,8}?\s*"
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电[\s\u3000]*[^。！？!?]{2,80}如下\s*[:：]\s*$")
#: The serial number of a memo an office sends round (``秘書長通告2477``, ``会长通函 No.35``): its
#: name for the series, a genre word, and a bare count (no 第……号), alone on the line over the
#: memo's fields (``致：``, ``由：``) and its subject line — the memo's number, never its title.
MEMO_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:通告|通函|通知|通訊|通讯)\s*(?:[Nn][Oo]\.?\s*)?\d{2,6}$")
#: A field of a memo's head under its number: whom it goes to, whom from, its date, its
#: copies (``致：全體會員``, ``由：秘書長某某``, ``日期：2023年12月15日``).
MEMO_FIELD = re.compile(r"^(?:致|由|發件人|发件人|收件人|受文者|日期|副本|抄送)\s*[：:]\s*\S")
#: The number of an order over the law it promulgates (``中华人民共和国国务院令第444号``, ``某某市人民政府令
#: 第 12 号``): a line of the order, like a document number, never the law's title.
ORDER_NUMBER = re.compile(r"^\s*\S{0,30}令\s*[（(〔]?\s*第\s*[\d０-９一二三四五六七八九十百零〇]{1,5}\s*号\s*[）)〕]?\s*$")
#: A field of a legal database's record over the text (``【法规文号】444``, ``【效力状态】现行有效``,
#: ``【正文】``): its number, dates, body, validity or class — never the title.
DATABASE_FIELD = re.compile(r"^\s*【(?:[\u4e00-\u9fff]{0,4}(?:文号|字号|日期|部门|机关|等级|级别|状态|分类|类别|"
                            r"时效性|编号|引证码)|正文|全文|附件)】")
#: A whole official title by its shape: ``关于……的`` and a short name of its kind at the end
#: (``关于……的公示``, ``关于……的实施意见``), an issuer's name before 关于 allowed.
FORMAL_ABOUT = re.compile(r"^[^，。！？!?：:；;]{0,30}关于[^，。！？!?；;]{2,}的[\u4e00-\u9fff]{2,5}$")
#: The name of a kind a portal's retold headline ends with after a notice's matter
#: (``……的通知`` for ``……的通告``): ``的`` and a short word.
RENAMED_KIND = re.compile(r"的?[\u4e00-\u9fff]{2,4}")
#: The longest place name a city portal sets before a notice's own title in its headline
#: (``某市某某镇人民政府关于……的通告`` over ``某某镇人民政府关于……的通告``): a city's name.
PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A page's tag run in before an item's headline that the next line prints alone (see
#: :func:`docgen.parser.titlechoice._held_below`): a column's name, a place or both, of this
#: many characters, set apart from the headline by one of the separators — or ending with a
#: place's kind (``北部新闻某某市``); the headline it holds is at least so long.
HEADLINE_TAG = re.compile(r"[\u4e00-\u9fff]{2,10}")
HEADLINE_TAG_SEPARATORS = frozenset("-－–—|｜_:：·• \u3000")
PLACE_END = re.compile(r"(?:省|市|县|縣|区|區|乡|鄉|镇|鎮)$")
#: A place's name a headline or a title opens with (``某某县``, ``某某高新区``), and the fewest
#: characters of the words both share after it when a site's headline names another place than
#: the document's own title under it (``某市高新区公共场所……须知`` over ``某某县公共场所……须知``).
LEADING_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|县|縣|区|區|乡|鄉|镇|鎮)")
SWAPPED_PLACE_MIN_CHARS = 8
HELD_HEADLINE_MIN_CHARS = 8
#: An organisation's name alone (``某某市青少年体育舞蹈协会``, ``某某科技有限公司``): a society, a
#: company or a government body by the word its name ends with — never an event (``……动员会``,
#: ``……联欢会``), which a headline may end with.  Over a headline it is the site's banner.
ORGANISATION_NAME = re.compile(r"[\u4e00-\u9fff]{2,24}(?:协会|学会|商会|联合会|促进会|研究会|基金会|同乡会|校友会|"
                               r"公司|集团|人民政府|委员会)")
#: An organisation's name as a letter's salutation with the letter's first words run on after its
#: colon (``某某市归国华侨联合会：欣闻……``): the body addressed, and the rest.
ORGANISATION_RUN_IN = re.compile(r"^(?P<address>" + ORGANISATION_NAME.pattern + r"[：:])\s*(?P<rest>\S.*)$")
#: A headline line that opens with the rest of a body's name (``联合会成立`` under ``深圳市某某商会``):
#: the headline was broken inside the name, the line above is its first line.
NAME_GOES_ON = re.compile(r"(?:联合会|委员会|协会|分会|总会|学会|研究会|促进会|基金会|理事会|工会|党委|党支部)"
                          r"[\u4e00-\u9fff]")
#: A line that is one quotation of three clauses or more apart by commas (a line of a song or a
#: saying the text opens with, ``“正月里来是新年，大年初一头一天，家家团圆会！”``): said, not a headline.
QUOTED_SAYING = re.compile(r"^[“\"][^“”\"]*?(?:[，,][^“”\"，,]*){2,}[”\"]$")
#: An exclamation mark at a line's end or inside it: a portal's headline for an item (``……放假通知！``,
#: ``……通告：今年取消！``, ``暂缓……！某某镇发布公告``) may hold one, an official document's title never does.
EXCLAIMED = re.compile(r"[!！]")
#: The verbs of an event held (``某某中学举行……``, ``我县召开……``), shared by the patterns below.
HELD_VERBS = ("举行", "举办", "召开", "开展")
#: The verb a headline's first line may end with when its object, an event, is set on the next
#: line (``某某中学举行`` / ``“……”捐款仪式``): such a line cannot end the headline.
HOLDING_VERBS = (*HELD_VERBS, "启动", "组织", "开启", "迎来", "进行")
HOLDING_VERB_END = re.compile("(?:" + "|".join(HOLDING_VERBS) + ")$")
#: A headline that reports an event held (``某某区人大常委会召开第五次会议``, ``我校举行毕业典礼``):
#: a holding verb inside it and no genre word (a speech's ``在……召开的……会议上的讲话`` names its
#: kind) — a news item's headline, under which a name alone is its writer's credit, not a speaker.
REPORTED_EVENT = re.compile("(?:" + "|".join(HELD_VERBS) + ")")
#: A line naming an event at its end (``……捐款仪式``, ``……专题讲座``, ``……入团仪式活动``): the object
#: of a holding verb at the end of the line above.
EVENT_END = re.compile(r"(?:仪式|活动|典礼|大会|会议|座谈会|比赛|竞赛|讲座|培训|晚会|演出|论坛|展览|运动会|联欢会)[”」』\"]?$")
#: The second line of a headline whose first names the event (``某某区人大四次会议`` /
#: ``将于3月25日召开``): when it will be held, and the verb of holding it, as a whole line.
WHEN_HELD = re.compile(r"^(?:将于|定于|拟于|将在|于)[^，。！？!?,；;：:]{1,20}"
                       r"(?:举行|举办|召开|开幕|闭幕|开展|启动|进行)$")
#: A code of letters and figures alone, in groups joined by dashes or slashes (a registration
#: or index number ``ABDR-2012-00006``, ``X1-2020/15``): a field of the record, never a title.
LATIN_CODE = re.compile(r"^\s*(?=[^\u4e00-\u9fff]*\d)[A-Za-z0-9]+(?:\s*[-—–－‐_/]+\s*[A-Za-z0-9]+)+\s*$")
#: The byline a page's heading runs on with after a space (``…… 来源：新华社 作者：``).
TRAILING_BYLINE = re.compile(r"\s+(?:来源|作者|发布时间|发表时间|时间|日期|编辑|责任编辑|稿源|发布日期)\s*[:：]")
#: An author's name and a date in figures run on after a headline, each after a space
#: (``……召开大会 张三 2017-10-28``): the byline, no part of the title.
TRAILING_NAME_DATE = re.compile(r"[ \u00a0]+[\u4e00-\u9fff]{2,4}[ \u00a0]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
#: A writer's credit run on after a headline after a space or its closing full stop (``…… 张三撰文``,
#: ``……。李四供稿``; cleaning takes the space out of a line of prose): the byline, no part of the title.
TRAILING_WRITER_CREDIT = re.compile(r"(?:[ \u3000\u00a0]+|(?<=。))[\u4e00-\u9fff·]{2,5}(?:撰文|撰稿|供稿)\s*$")
#: A headline's second line that joins a second event to the first (``……庆祝中秋节`` / ``暨成立四周年
#: 茶聚会``): 暨 never opens a line of its own, nor a title.
JOINT_LINE = re.compile(r"^暨[\u4e00-\u9fff“「《]")
#: The date line a page's heading runs on with, no space between them (``……道歉更新时间 2012年12月10日``):
#: a label of the page's time followed by a year.
RUN_ON_DATE_LINE = re.compile(r"\s*(?:更新|发布|发表|修改)(?:时间|日期)\s*[:：]?\s*\d{4}\s*[年\-/.]")
#: The date a page runs on after its headline after a space, a whole date of its own
#: (``……的通知 20230615``, ``……的通知 2023-06-15``, ``……的通知 2023年6月15日``): the day it was posted, no
#: part of the title (a title names a year or a span of years, never a day, at its end).
RUN_ON_DAY_END = re.compile(r"[ \u3000\t]+(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                            r"|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")
#: The issue line of a newsletter run on after its headline after a space (``…… 2013/2014
#: 年度十二月份通訊``, ``…… 2024年3月号校讯``): the periodical's issue, a subtitle, no part of the title.
RUN_ON_ISSUE_LINE = re.compile(r"[ \u3000\t]+(?:\d{4}(?:\s*[/／\-–]\s*\d{2,4})?\s*年度?\s*)?[^\s，。,]{0,6}?(?:月份|月号|月號|期)"
                               r"\s*(?:通訊|通讯|簡報|简报|校訊|校讯|月刊|期刊|會訊|会讯|家長信|家长信)$")
#: The names of commentary columns a site prints before an opinion piece's headline.
OPINION_COLUMN = r"(?:网评|时评|短评|快评|锐评|社评|热评|微评|评论|论评)"
#: The name of a series in two parts joined by a middle dot, the program's and the series' own
#: (``近镜头·某某的家国情``, ``十年两会·某某记忆``): Chinese words only on either side.
DOTTED_SERIES = r"[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,12}"
#: The name of a series a site prints before its headlines with a vertical bar
#: (``十年两会·某某记忆丨“……”``, or a box-drawing bar ``某某评·漫评│……``): a short tag, no part of
#: the title.  Before a half-width bar with no spaces only the name of a commentary column counts
#: (``网评|……``), or a series' name in two parts joined by a middle dot (``近镜头·某某的家国情|……``):
#: a bar of a keyboard also parts a headline's own halves, but a headline's half names no program
#: over its series.
SERIES_TAG = re.compile(r"^\s*(?:(?:[^\s丨｜│|，。,]{2,12}|" + DOTTED_SERIES + r")\s*[丨｜│]|(?:" + OPINION_COLUMN + "|"
                        + DOTTED_SERIES + r")\|(?=[^|｜丨]*$))\s*")
#: A topic of two to four Han characters run straight into a keyboard bar before a headline
#: (``疫情|某市两家医院……``): no part of the title when the text it heads speaks of that topic
#: (the word recurs below); a column's own name (``某某|……``, a word the text never uses) stays.
#: Halves of a headline parted by a bar are longer or set off by spaces.
TOPIC_TAG = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,4})\|(?=[^|｜丨\s][^|｜丨]*$)")
#: A longer topic (a campaign's name, ``禁燃禁放禁售烟花爆竹 | 致……的一封信``), the bar perhaps set
#: off by spaces: a tag only when the text below names it again in several lines
#: (:data:`LONG_TOPIC_MIN_LINES`), as a campaign's letter does; a headline's own first half rarely
#: recurs so.
LONG_TOPIC_TAG = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{5,12})\s?[|｜]\s?(?=[^|｜丨\s][^|｜丨]*$)")
LONG_TOPIC_MIN_LINES = 2
#: The brand of a betting site that a hijacked page injects before its headline and again into
#: its text (``188比分直播做好……的通知``, ``《188比分直播某某规定》``): a number or letters and a
#: word of the trade (比分直播, 娱乐城, 彩票网 …), no part of the title when the text below holds it
#: again — a headline that is about such a site names it once.
INJECTED_BRAND = re.compile(
    r"^(?P<brand>[0-9A-Za-z]{1,8}[\u4e00-\u9fff]{0,2}(?:比分直播|体育直播|足球直播|篮球直播|娱乐城|娱乐平台"
    r"|彩票网|彩票平台|体育官网|体育平台|真人娱乐|真人视讯|百家乐|博彩|棋牌))")
#: A short cry closed by an exclamation mark that a content farm injects before a headline
#: (``某某精选！……``, ``速看！……``): no part of the title when the text prints the rest of the
#: headline as its own title right below, over a line or two (:data:`INJECTED_LEAD_TITLE_LINES`).
INJECTED_LEAD = re.compile(r"^[^\s，,。！!？?：:；;、]{2,8}[！!]")
INJECTED_LEAD_TITLE_LINES = 3
#: A tag run into a bar before a headline that holds the tag whole (``放假通知|某某医院2024年
#: 春节放假通知``): the column's or the page's short name for the piece, which the headline after
#: the bar says in full — no part of the title.
REPEATED_TAG = re.compile(r"^(?P<tag>[^|｜丨\s]{2,16})\s*[|｜丨]\s*(?P<title>[^|｜丨]+)$")
#: A request that closes a forwarded notice's post title, after a comma (``……第二號通報，請 查照。``,
#: ``……，请查照。``): the title of a bulletin board's post, no sentence of the body — the formula and
#: its full stop alone, the words before it one clause (a headline).
REQUEST_CLOSED_TITLE = re.compile(r"^[^。！？!?，,；;]{4,40}[，,]\s*(?:请|請)\s*(?:查\s*照|知\s*照|轉\s*知|转\s*知)[^。]{0,6}。$")
#: A picture's caption over a headline, with the photographer's credit at its end in brackets
#: (``▲某某会长交接。(图/某某摄)``): the page's lead picture, passed over on the way to the title,
#: not the body's first sentence.
CREDITED_CAPTION = re.compile(r"^.{2,60}[（(]\s*(?:图|圖)\s*[/／:：]\s*[^()（）]{1,20}[)）]$")
#: A bracketed prefix of a page title (``[某某商品]……``, ``【独家】……``) — a tag or the name of a
#: series a site prints before its headlines (``【某某专题】……``, a forum's ``• 【某某】……``), no part of the title — is
#: left out …
BRACKETED_PREFIX = re.compile(r"^\s*(?:[•·]\s*)?(?:[\[［]\s*[^\]］]{1,16}\s*[\]］]|【\s*[^】]{1,16}\s*】"
                              r"|(?P<star>[★☆◆◇])[^★☆◆◇]{1,16}(?P=star))\s*")  # also between two stars: ``★某某公告★``
#: … and the name of the news organ or site a headline is reposted from, before a colon
#: (``某某日报：……``, ``某某网：……``, ``某某新闻：……``): a source, no part of the title (kept as the
#: source).  The name ends with a media word; ``……网`` after 联, 电, 管, 路, 光 or 天 is a network
#: (``工业互联网：……``), a topic, not a site; a paper's ``……报`` (``某某报：……``) is none of the
#: kinds of report a line may open with (通报, 简报, 喜报, 汇报, 预报 …); a person's name before a
#: colon (``某某：……``) stays.
_MEDIA_NAME = (r"(?=[\u4e00-\u9fff]{3})[\u4e00-\u9fff]{1,10}(?:新闻|日报|晚报|早报|时报|商报|通讯社|新闻社|"
               r"电视台|广播电台|卫视|客户端|(?<![联电管路光天])网|(?<![通简快喜捷情海举申预汇公年月周季战画学党警电板])报)")
MEDIA_SOURCE_PREFIX = re.compile(rf"^\s*(?P<source>{_MEDIA_NAME})\s*[:：]\s*")
#: … or before a space (``某某网 ……``), as a column of reposts marks each headline with the
#: outlet's name: the headline after it opens with no figure (``某某晚报 2018-09-30 08:48`` is a
#: byline's source and date).
MEDIA_SOURCE_SPACED_PREFIX = re.compile(rf"^\s*{_MEDIA_NAME}[ \t\u3000]+(?=[^\s\d])")
#: … and the name of a news column before a colon (``世界聚焦：……``, ``财经观察：……``, ``两会直击：……``):
#: a few words that end with a column's word, the site's section, no part of the headline after it.
#: A column's word alone (``观察：……``) or a longer phrase before the colon (a headline's own
#: first half, ``某某市聚焦民生实事：……``) is not taken.  A news-flash column (``环球时讯：……``)
#: is one such name: the kicker reposting sites put before a headline.
COLUMN_NAME_PREFIX = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}(?:聚焦|观察|视点|焦点|速递|快讯|时讯|看点|直击|专栏|时评)\s*[:：﹕]\s*")
#: … and the heading mark of a text saved from Markdown (``# 标题``, ``## 标题 ##``).
MARKDOWN_HEADING_MARK = re.compile(r"^\s*#{1,6}[ \t]+(?=\S)")
#: A title of a text saved from Markdown: a heading of the first level (``# 标题``).
MARKDOWN_TITLE = re.compile(r"^\s*#[ \t]+\S")
#: … and a footnote mark after a title printed in a text (``……统计公报[1]``, ``……公报［1］``,
#: ``……报告¹``): the note it calls is the text's, the mark no part of the title.
FOOTNOTE_MARK_END = re.compile(r"\s*(?:[\[［]\s*(?:注\s*)?\d{1,2}\s*[\]］]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
#: … and a status a trading platform or a portal prints after a headline in square brackets
#: (``……招标公告[文件获取中]``, ``……［已结束］``): words, no number, no part of the title.
STATUS_TAG_END = re.compile(r"\s*[\[［]\s*[\u4e00-\u9fff]{2,8}\s*[\]］]$")
#: … and the number a 范文 site gives each of the pieces it prints under one title
#: (``……发言稿 篇1``, ``……讲话稿 篇二``), after a space: the piece's place in the page, no part of
#: the title …
PIECE_NUMBER_END = re.compile(r"\s+篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$")
#: … and the numbered 范文 tag such a site sets after a title in corner or square brackets
#: (``……公告 『范文3』``, ``……讲话稿【範文 2】``): the piece's label, no part of the title …
SAMPLE_NUMBER_END = re.compile(r"\s*[『「【\[［]\s*(?:范文|範文)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[』」】\]］]$")
#: … and a forum's or portal's read counter run on after a headline, behind an optional dash
#: (``…… ——閱讀人次： 858``, ``…… 阅读量:12``): the page's count, no part of the title …
READ_COUNT_END = re.compile(r"\s*[—－―-]*\s*(?:閱讀|阅读|瀏覽|浏览|點閱|点阅)(?:人次|次數|次数|數|数|量)?\s*[:：]\s*\d+\s*$")
#: … and the emoji a social account sets round a headline (``🚨……🚨``): pictographs (and the
#: joiners and variation selectors that build them) at a title's edges, no part of its words.
EMOJI_EDGES = re.compile(r"^[\U0001F000-\U0001FAFF\uFE0F\u200D\s]+|[\U0001F000-\U0001FAFF\uFE0F\u200D\s]+$")
#: … and a pager's page number after a title, spaced inside its brackets (``……怎么写？（ 二 ）``,
#: ``…… ( 3 )``): the page of a split article, no part of its title (a title's own part number,
#: ``……（二）``, has no spaces inside) …
PAGE_NUMBER_END = re.compile(r"\s*[（(][ \u3000]+(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]+[)）]$")
#: … and a pager's page number in Arabic figures after a title that ends with its kind
#: (``……团拜会上的致辞（2）``): a speech, a notice or a letter is never published in numbered
#: parts, so the figure is the page of the copy, no part of the title (a series' own part
#: number, ``……体会（二）``, follows no kind word) …
KIND_PAGE_NUMBER_END = re.compile(r"[（(]\d{1,2}[)）]$")
#: … and what a mirror or a site runs on after a title that ends with its kind, behind a space and
#: a hyphen or an underscore (``……的通告 -某某首页app``, ``……的通知 _某某``): a document's title ends
#: with its kind, so the words after the separator are the page's, no part of it (a speech's
#: subtitle opens with a long dash ``——``, and a headline's deck stands behind a bar,
#: ``……停水通知 | 将于……开始``: neither is taken) …
KIND_SITE_SUFFIX = re.compile(r"[ \u3000]+[-－–_]{1,2}[ \u3000]*[^-－–_\s][^-－–_]{0,30}$")
#: … and the number a 范文 site gives a sample after a draft's name (``……讲话稿（一）``,
#: ``……发言稿(2)``): a speech is published as a 讲话, a 发言 — only a site of samples names it a
#: draft (稿) and numbers its drafts, so the number is the sample's, no part of the title (a
#: series' own part number, ``……体会（二）``, ``……的讲话（二）``, follows no draft word) …
DRAFT_NUMBER_END = re.compile(r"(?<=[讲講]话稿|[发發]言稿|演[讲講]稿|主持稿|致辞稿|致辭稿)[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]$")
#: A paid site's member badge set before its listing's headline by a space (``VIP 某某主持稿``):
#: the site's mark of the items it sells, no word of the title.
MEMBER_BADGE_PREFIX = re.compile(r"^S?VIP[ \u3000]+(?=[\u4e00-\u9fff])", re.IGNORECASE)
#: A link a page injects before a headline, run on into it: a name and a web address
#: (``某某医院 http://example.com/……的通知``) — an advertiser's link, no part of the title (a
#: title never opens with an address behind a space).
INJECTED_LINK_PREFIX = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,20}[ \u3000]+https?://[A-Za-z0-9.\-]+(?::\d{1,5})?(?:/[A-Za-z0-9._\-~%/?=&]*)?(?=[\u4e00-\u9fff])")
#: … and the count of pieces a 范文 site prints after the heading of a page of samples
#: (``……开幕词（一篇）``, ``……发言稿(3篇)``): the page's count, no part of the title, and
#: the heading's last line — the lines under it (a counter, the first piece's own numbered
#: title) never go on with it.  A count with a word of the site's (``（精选3篇）``) is not one.
PIECE_COUNT_END = re.compile(r"[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})篇[)）]$")
#: … and the date (and time) a site prints after a headline behind a bar
#: (``……开幕式致辞 | 2024-04-26 04:41:06``): the page's date, no part of the title …
BARRED_DATE_END = re.compile(r"\s*[|｜丨]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
#: … and the bars of a table's empty cells a text copy keeps after a title set in a table's first
#: cell (``……致辞 | |``, ``……的公告 | ||||``): no part of the title.
TABLE_BARS_END = re.compile(r"\s*(?:[|｜]\s*)+$")
#: … and the name of a column or a category a site prints after a headline in round brackets
#: (``……的一天（某某观察）``, ``……讲话（高校）``): a short tag of words, no part of the title —
#: unless it says what kind of text or which part of one the title names (``（试行）``,
#: ``（征求意见稿）``, ``（第二批）``, ``（节选）``, ``（文字实录）``, ``（上）``, a span of years), which a
#: title keeps.
COLUMN_TAG_END = re.compile(
    r"\s*[（(]\s*(?![^）)]*(?:试行|暂行|草案|修订|修正|送审|征求|讨论|节选|节录|删节|摘要|摘编|全文|续|第|批|期|号|版|"
    r"年|届|次|部分|篇|章|卷|册|附|代|简称|施行|实施|纲要|要点|提纲|选编|译|試行|暫行|稿|修訂|送審|徵求|討論|節選|節錄|刪節|"
    r"摘編|續|號|屆|冊|簡稱|實施|綱要|要點|選編|譯|实录|實錄|纪要|紀要|速记|記錄|记录|文字|原文|说明|說明|解读|解讀|问答|問答|"
    r"[上中下一二三四五六七八九十]))"
    r"[\u4e00-\u9fff]{2,6}\s*[)）]$")
#: … and a 范文 site's category after a title that ends with its kind, in round brackets and
#: naming a kind of script (``……仪式上的讲话（领导讲话稿）``, ``……的致辞（开幕致辞稿）``): the site's
#: shelf, no part of the title.  A drafting stage (``（征求意见稿）``, ``（讨论稿）``, ``（送审稿）``)
#: names no kind of speech and stays.
SCRIPT_TAG_END = re.compile(r"\s*[（(]\s*[\u4e00-\u9fff]{0,4}(?:讲话|講話|发言|發言|演讲|演講|致辞|致詞|主持)稿\s*[)）]$")
#: … and a writing site's count of the piece's characters after a title that ends with its
#: kind, behind a hyphen or a dash or none (``……承诺书-450字``, ``……倡议书 800字``): the
#: site's label for its page, no part of the title.
LENGTH_TAG_END = re.compile(r"\s*[-－—_]?\s*\d{2,5}\s*字$")
#: A title a page prints in a box of ornaments, one on either side (``○  “某某节”……的致辞  ○``,
#: ``★ 关于……的通知 ★``): the decoration goes, the words inside are the title.
ORNAMENT_FRAME = re.compile(r"^\s*(?P<mark>[○◎●◇◆□■☆★※])[ \u3000]*(?P<title>[^○◎●◇◆□■☆★※]+?)[ \u3000]*(?P=mark)\s*$")
#: A field's label set between bullets before a title on its line (``• 会议题目 • ……``,
#: ``● 标题 ● ……``): the template's label, no part of the title.
BULLETED_LABEL_PREFIX = re.compile(r"^\s*(?P<mark>[•·●◆■▪◇□])\s*[^\s•·●◆■▪◇□，。,]{2,8}\s*(?P=mark)\s*")
#: A run of question marks before a title where a converter lost the full-width spaces that
#: indented it (``？？？？关于……的通知``): no part of the title.
LOST_SPACES_PREFIX = re.compile(r"^\s*[?？]{2,}\s*")
#: The bars of a table's cells before a title set in a row of a table copied as text
#: (``| 某某街道开展……活动 |``): the layout's, no part of the title.
TABLE_BARS_PREFIX = re.compile(r"^\s*(?:[|｜]\s*)+(?=[\u4e00-\u9fff0-9A-Za-z「“《【])")
#: A lone ornament a page sets before its headline (``◎某某鎮舉辦……``, ``※……``, ``■……``): a
#: decoration, no part of the title.  A star or a diamond is left: it may open a tag left unclosed (``★某某公告……``).
ORNAMENT_PREFIX = re.compile(r"^\s*[◎※●■□]\s*(?=[\u4e00-\u9fff0-9A-Za-z「“《])")
#: The kind of notice a board prints before the headline as a tag with a colon (``公告：本所……時間表``,
#: ``公示:……``), or in corner brackets (``「通告」某某县人民政府关于……的通告``): the board's label, no
#: part of the title (in either width of colon).
NOTICE_KIND_PREFIX = re.compile(r"^\s*(?:(?:公\s*告|通\s*告|公\s*示|通\s*知)\s*[:：﹕]|「\s*(?:公告|通告|公示|通知)\s*」)\s*(?=\S)")
#: The label of an attachment before the title it carries (``附件3：关于……的通知``): the file's
#: place among the attachments, no part of its title.
ATTACHMENT_LABEL_PREFIX = re.compile(r"^\s*附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[:：﹕]\s*")
#: A formal title wholly in book-title marks, as a page heading repeats it (``《某某市人民政府关于……的通报》``):
#: the marks are no part of the title when what they hold ends with a genre word (:data:`TITLE_GENRE_END`).
QUOTED_WHOLE_TITLE = re.compile(r"^《(?P<title>[^《》]{4,160})》$")
#: … and the doubled angle brackets a forum types for book-title marks round a whole title line
#: (``<<某某的毕业演讲>>``): the marks go, whatever the title's kind.
ANGLED_WHOLE_TITLE = re.compile(r"^<<(?P<title>[^<>《》]{2,78})>>$")
#: … and the book-title marks and ``全文`` of a page heading (``《某某发展之路》全文``).
WHOLE_TEXT_HEADING = re.compile(r"^《(?P<title>[^《》]{2,78})》\s*[（(]?(?:全文|原文|全文发布)[）)]?$")
#: … and the number a book or collection gives its example before the title in book-title marks
#: (``实例12《某某》``, ``例3、《某某》``), the author's mark in brackets after it (``（佚名）``) too.
NUMBERED_EXAMPLE_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,3}\s*\d{1,4}\s*[、.．:：]?\s*《(?P<title>[^《》]{2,78})》"
                                      r"\s*(?:[（(][^（）()]{1,8}[）)])?$")
#: A web or mail address: a line holding one (a site's banner) is no title.
WEB_ADDRESS = re.compile(r"https?://|www\.|@|\b[\w-]+\.(?:com|cn|net|org|gov)\b", re.I | re.A)
#: A line of a site's or a person's contact (``地址：某某路1号``, ``电话：0000-00000000``,
#: ``邮箱：a@example.com``) is never a title; above the title it is a line of the site.
CONTACT_LINE = re.compile(r"^(?:(?:联系|通讯|通信|办公)?地址|(?:联系|办公|咨询|值班)?电话|手机|(?:电子)?邮箱|"
                          r"E-?mail|传真|邮编|邮政编码|联系人|QQ|微信号?)\s*[:：]\s*\S", re.I)
#: A kicker naming the moment a feature was written for (``写在……之际``), set over the headline
#: without a dash (a 引题): passed over when a headline stands below it, taken off the front of a
#: headline it is set with after a space.
MOMENT_KICKER = re.compile(r"写在[^—。，；！？,;!?\s]{2,60}?(?:之际|之时|前夕)")
MOMENT_KICKER_PREFIX = re.compile(r"^\s*" + MOMENT_KICKER.pattern + r"[ \u3000]+")
#: A kicker naming the occasion a news item marks (``纪念……一百周年``, ``庆祝……成立七十周年``), set
#: over the headline without a mark between them (a 引题): a phrase that opens with the verb of
#: the occasion and holds no sentence, no space and no genre word of a title.
OCCASION_KICKER = re.compile(r"(?:热烈|隆重)?(?:纪念|庆祝|庆贺|喜迎|迎接|献礼)[^—。，；！？,;!?\s]{2,40}")
#: A news headline that says who held what (``某某协会举行报告会``, ``我县召开某某大会``): a doer,
#: then the verb of holding, then the event — under an occasion kicker, a whole headline of its
#: own.  (``座谈会在京举行``, the event first and the verb last, goes on from the line above.)
DOER_HOLDS_EVENT = re.compile(r"[^—。，；！？,;!?\s]{2,20}?(?:隆重|正式|胜利)?(?:" + "|".join((*HELD_VERBS, "启动")) + ")"
                              r"[^—。，；！？,;!?\s]{2,30}")
#: A place's name as a label before a whole ``关于`` title, a colon after it (``某某市：某某镇关于……的
#: 公告``), as a city portal files the items of its towns: the place, no part of the title.
#: A county or city is also named without its 县 or 市 (``交城：关于……的通告``): a bare name of two
#: characters (a town's or a village's, ``某镇``, is the notice's issuer and stays) is taken only
#: with ``关于`` right after its colon.
PLACE_LABEL_PREFIX = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗)\s*[:：]\s*(?=[^，。！？!?：:；;]{0,30}关于)"
                                r"|[\u4e00-\u9fff]{2}(?<![镇乡村])\s*[:：]\s*(?=关于))")
#: A date written in Latin letters (``20 January 2018``, ``Jan. 20, 2018``, ``Saturday, January 20, 2018``),
#: as a blog prints it over a post: never a title, passed over above one.
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
LATIN_DATE = re.compile(r"^\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+" + _MONTHS + r",?\s+\d{4}|"
                        + _MONTHS + r"\s+\d{1,2},?\s+\d{4})\s*$")
#: What a page's headline carries in brackets at its end (``某某披露……过程（……诞生）``): the
#: title chooser takes the line below for the title when it is that text.
BRACKETED_TAIL = re.compile(r"[（(](?P<inner>[^（()）]+)[）)]\s*$")
#: A line that opens with the bracketed word qualifying the meeting or the text named on the
#: line above (``（扩大）会议精神``, ``（试行）的通知``) and goes on with the rest of the name:
#: the second line of a headline broken before the bracket.
QUALIFIER_OPENS = re.compile(r"[（(](?:扩大|擴大|试行|試行|暂行|暫行|草案|修订|修訂|修订稿|修訂稿|征求意见稿|徵求意見稿"
                             r"|送审稿|送審稿|讨论稿|討論稿)[）)][\u4e00-\u9fff]{2,}")
#: A name wrapped whole in one pair of brackets, none inside (``（……纪要）``).
BRACKETED_WHOLE = re.compile(r"[（(](?P<inner>[^（()）]+)[）)]")
#: Two phrases of Chinese apart by spaces, as a couplet kicker over a headline is set (each
#: from four to nine characters; the chooser checks that they are as long, or that a longer
#: headline stands below).
# A credit framed by dashes on both sides (``── 某某小学校友  张三 ──``), printed under a letter's
# or an essay's title: the author's line, never a headline itself.
FRAMED_CREDIT = re.compile(r"^[─—━\-]{2,}\s*[^─—━\-。！？!?]{2,30}?\s*[─—━\-]{2,}$")
#: One line of a couplet headline: two clauses of Chinese apart by a comma, closed by an
#: exclamation mark (``再见了老朋友，感谢您！``); two such lines of equal clauses are one headline.
EXCLAIMED_COUPLET_LINE = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,12})[，,](?P<b>[\u4e00-\u9fff]{2,12})(?P<mark>[！!])")
COUPLET = re.compile(r"([\u4e00-\u9fff]{4,9})[ \u3000]+([\u4e00-\u9fff]{4,9})")
#: A short ``label: value`` line of a page's template (``学校: 某某中学``, with the colon
#: of a keyboard) is never a title; a headline has its colon full-width (``王文：……``).
LABEL_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*:\s*\S")
#: A field of a record whose value is a document number (``发布文号：某府[2030]9号``), in
#: either width, a stray mark a converter left after it allowed: the page's field, never a title.
NUMBER_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]\s*(?P<value>(?:" + DOCUMENT_NUMBER.pattern + r")\s*[?？]?)\s*$")
#: Under a headline of the web, such a line at most this long is a field of the page's template.
TEMPLATE_FIELD_MAX_CHARS = 30
#: A number alone under a headline of the web (or after an icon's glyph) is a count of the page
#: (readers, comments).
PAGE_COUNT = re.compile(r"\d{1,7}")

#: Under a headline of the web (a title the chooser found), before the body: a line without
#: punctuation shorter than a headline (:data:`~docgen.shapes.titles.HEADLINE_MIN_CHARS`) that
#: is no speaker, date or heading is its byline — the author, the source or the account that
#: posted it (``某某之家``, ``加拿大头条``); a longer one is a second title line …
BYLINE_MAX_CHARS = 7
#: … never a picture's caption (``图为会议现场``, ``◀某某在创作``: a mark pointing at it) …
CAPTION = re.compile(r"^(?:图为|图片|图\s*[:：]|[▲△↑◀▶▼▽◁▷])")
#: … and so is a name with the author's post after it (``王某某某大学某某研究院执行院长``), unless
#: the body starts with a salutation (a speech: then it is the speaker).
AUTHOR_BIO = re.compile(r"^[\u4e00-\u9fff·]{2,4}[\s\u3000]*[\u4e00-\u9fff]{2,30}"
                        r"(?:院长|所长|主任|教授|研究员|学者|专家|记者|编辑|主编|作者|博士|主席|秘书长|会长|"
                        r"理事长|总裁|董事长|总经理|总监|分析师|评论员|律师|医生|教师|老师)$")

#: Formats whose mark stands for the title (GB/T 9704 §10.2–10.3: an order's ``……令`` and its
#: 令号, minutes' ``……纪要`` and their number): no line under them is chosen for a title.
UNTITLED_FORMATS = ("命令", "纪要")

#: How many lines from the top the header may take (page furniture included).
HEADER_MAX_LINES = 30

#: Lines of web-page furniture the cleaner may have left around the header: breadcrumbs,
#: ``label：value`` index fields of government portals, download links, bare labels, the
#: values under them and navigation words (a line after a bullet, but for a field's label set
#: between bullets before a title: ``• 会议题目 • ……``, and for a sentence after a bullet, a notice's
#: opening one: ``• 根据……。为……，通告如下：``; a row of a table's empty cells, but for a
#: title in one cell before them, as long as a title may be with a reading glossed after each
#: character: ``……致辞 | |``; never a row whose first cell holds a sentence:
#: a record's text, ``信件内容：……。谢谢！ | |``).  A breadcrumb's ``>`` comes before any mark of a
#: sentence and is no bracket of ``<……>`` (``根据《关于修改<……办法>的决定》，……`` is a sentence),
#: nor one closing a title inside a ``《`` still open before it, whatever stands for its ``<``
#: (a scan's look-alike: ``根据《实施く……法>办法》，……``); a ``《……》`` closed before it may stand in a crumb.
PAGE_FURNITURE = re.compile(
    r"^(?:.*(?:当前位置|您的位置|您现在的位置|所在位置)"
    r"|(?:[^，。；！？<《]|《[^》，。；！？]*》)*[>»＞].*|(?![^|｜]*[。！？!?])(?:.*(?:\s*[|｜]\s*[^\s|｜]\S*){2,}\s*[|｜]?\s*"
    r"|(?![^\s|｜]{4,100}\s[|｜])\S.*\s[|｜](?:\s*[|｜])+\s*)|\s*[|｜](?:\s*[|｜])+\s*"
    r"|[•·]?\s*(?:索引号|主题分类|组配分类|信息分类|发文机构|发布机构|发文字号|文号|发文日期|成文日期|生成日期|"
    r"生效时间|废止时间|有效性|发布日期|发布时间|归档时间|内容概述|名称|信息来源|来源|关键词|主题词|公文目录|"
    r"浏览次数|浏览量|访问次数|下载地址|字体|字号|视力保护色|时间|作者|责任编辑|[\u4e00-\u9fff]{0,4}热线)(?:\s*[:：]|\s+\S).*"
    r"|[•·](?!\s*[^\s•·]{2,8}\s*[•·]\s*\S)(?!\s*【[^】]{1,16}】\s*\S)(?![^。！？!?]*[。！？!?]).*|栏目导航|常用范文|返回顶部|打印本页|关闭窗口|首页.*|Top|TOP"
    r"|[\d/\-:： 年月日]+|[\w-]+/\d{4}-\d+)$"
)


#: The label alone, ``附件：`` / ``附件2``, at the head of an attachment printed after the
#: signature (GB/T 9704 §8): the attachment's title follows on the next line.
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d*\s*[：:]?$")
#: A further item of an attachment note, also when its number runs straight into a year
#: (``2.2010年度……计划表``), which is no heading number.
ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、﹒]")
#: One name of an attachment note, with the note's label and its number where it has them:
#: ``附件：1.工作任务分解表`` / ``2.标准清单`` / ``附件：工作须知`` (the name as ``name``).
ATTACHMENT_NOTE_NAME = re.compile(r"^(?:附\s*件?\s*[：:]\s*)?(?:(?P<number>\d{1,2})\s*[.．、﹒]\s*)?(?P<name>.*)$")

#: Words that end the title of an attachment besides the genre words of documents
#: (:data:`GENRE_WORDS`): attachments are often forms, lists and instructions
#: (``……汇总表``, ``……名单``, ``工作须知``).  A title broken over lines is complete with one.
ATTACHMENT_GENRE_WORDS = ("表", "名单", "清单", "名录", "目录", "须知", "指南", "指引", "流程", "样式",
                          "格式", "范本", "模板", "回执", "一览", "承诺书", "申请书", "推荐书", "协议",
                          "合同", "说明书", "任务书", "责任书")
ATTACHMENT_GENRE = re.compile("(?:" + "|".join(sorted(GENRE_WORDS + ATTACHMENT_GENRE_WORDS, key=len, reverse=True)) + ")")
#: A row of a table copied as text (``序号 姓名 单位 职务``): three or more short cells apart by
#: spaces, one of them at least two characters (a title spaced out character by character,
#: ``工 作 须 知``, is no row).  Never an attachment's title.
TABLE_ROW = re.compile(r"^(?=.*\S{2})\S{1,10}(?:[ \u3000\t]+\S{1,10}){2,}$")

#: The formula that ends the text of a notice, a circular or a reply (``特此通知``, ``此复``): the
#: end of the body, never part of the signature under it.
CLOSING_FORMULA = re.compile(r"^(?:特此|专此|此复|此致)\S{0,4}[。！!]?$")

#: The issuing body in a signature block: a short name without punctuation.
SIGNATURE_MAX_CHARS = 30
SIGNATURE_MAX_LINES = 3


def clause_end(text: str, start: int = 0) -> int | None:
    """Index just after the first clause-ending mark (。！？；：) at bracket depth 0.  A colon
    between digits is a clock time's (``上午10:00``, ``10：30``), no clause's end."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in chars.OPENING:
            depth += 1
        elif ch in chars.CLOSING:
            depth = max(0, depth - 1)
        elif ch in chars.CLAUSE_END and depth == 0 and not _time_colon(text, i):
            end = i + 1
            while end < len(text) and text[end] in chars.CLOSING:
                end += 1
            return end
    return None


def _time_colon(text: str, i: int) -> bool:
    """Is the mark at ``i`` the colon of a clock time, a digit on either side?"""
    return text[i] in "：:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def commas(text: str) -> int:
    """Number of commas (full or half width) in ``text``."""
    return text.count("，") + text.count(",")


def speaker_line(text: str) -> bool:
    """A speaker's line: office and name apart by a space, or the name run on after the post;
    also several speakers on one line, or a post and a name behind a colon."""
    return bool(SPEAKER.match(text) or SPEAKER_RUN_IN.match(text) or SPEAKERS.match(text))


def marked_speaker(text: str) -> re.Match[str] | None:
    """A speaker's line with a bullet before it or the speech's date in brackets after it
    (``·某某市委书记张三（2024年10月23日下午）``): its match of SPEAKER_MARKED, else None."""
    marked = SPEAKER_MARKED.match(text)
    return marked if marked and (marked["bullet"] or marked["inner"]) and speaker_line(marked["speaker"]) else None


def marked_speaker_line(text: str) -> bool:
    """Is ``text`` a speaker's line with a bullet or a bracketed date (see :func:`marked_speaker`)?"""
    return marked_speaker(text) is not None

#: The marks that close a line of a list or a sentence: a numbered line ending in none of them
#: after siblings ending in ``；`` is the list's last clause that lost its mark.
CLAUSE_END_MARKS = "。！？!?；;：:，,、…"
