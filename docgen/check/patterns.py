"""The tolerances and patterns of ``docgen check``, named, with where each comes from.

Tolerances are those of the conformance table of GB/T 9704 (±1 mm for every geometric
figure, §6.1) and of the measuring conventions docgen's own tests use; the expected values
come from the preset checked against (``gbt9704`` unless ``--style`` says otherwise).
"""

from __future__ import annotations

import re

MM = 72 / 25.4  # points in a millimetre

# --------------------------------------------------------------------------- tolerances

#: ±1 mm: the error allowed on every geometric figure (GB/T 9704 §6.1: 版心不斜, 误差不超过 1 mm).
GEOMETRY = 1.0 * MM
#: ±1.5 mm on the vertical figures of LibreOffice's rendering of a DOCX: it sets a line's
#: glyphs about 1 mm lower in an exact-height line than docgen's PDF (measured: the first
#: baseline 8.3 mm under the top margin, not 7.3 mm); the DOCX's margins are checked exactly.
OFFICE_VERTICAL = 1.5 * MM
#: ±1 mm on the paper size (§6.3 allows ±2 mm for the trim; a PDF has no trim).
PAPER = 1.0 * MM
#: ±0.5 pt on font sizes (a size between two 号 is another size).
SIZE = 0.5
#: ±0.5 character on the characters of a full line (a half-width digit counts half).
CHARS = 0.5
#: … on at least this share of the full lines: a line where a break was forbidden holds one
#: character more or fewer (GB/T 15834 §5.1), so the rest may differ.
CHARS_SHARE = 0.3
#: Line pitch: from 0.95 pt under the smaller of the preset's pitches (its line boxes and the
#: em model's) to 0.6 pt over the larger — 28.0–30.2 pt for the 22 lines of GB/T 9704.
PITCH_BELOW, PITCH_ABOVE = 0.95, 0.6
#: The gap between a page number and the side of the text block: from 1 mm under the preset's
#: gap to 1 mm over one 3号 字 (templates use one 4号 or one 3号 character: 3.9–6.6 mm).
FOLIO_GAP_BELOW, FOLIO_GAP_ABOVE = 1.0 * MM, 1.0 * MM
FOLIO_GAP_WIDEST = 16.0  # pt: one 3号 character
#: A 一字线 is at least 0.8 em wide (a hyphen or an en dash is not one).
DASH_WIDTH = 0.8
#: The em box of a character: 0.88 of its size above the baseline, 0.12 below (the measuring
#: convention of GB/T 9704's figures, independent of each font's ascent and descent).
EM_ASCENT, EM_DESCENT = 0.88, 0.12

# --------------------------------------------------------------------------- measuring the page

#: Rows of one line: characters whose baselines lie within this of the row's first (pt).
SAME_LINE = 1.0
#: A row belongs to the body when its size is within this of the body size (pt).
BODY_SIZE_MATCH = 0.6
#: Rows that start within this of the text block's left edge are flush left (pt).
FLUSH = 0.5 * MM
#: A row is full when it ends within this many ems of the text block's right edge.
FULL_LINE_EM = 0.6
#: A row inside a paragraph ends short of the right edge (not justified) when its gap is
#: more than this many ems; the text counts as not justified when more than this share of
#: such rows (and at least two) do.
SHORT_LINE_EM, SHORT_LINE_SHARE = 0.5, 0.05
#: A cluster of left edges or line ends counts when it holds at least this share of the
#: body rows (and at least two rows).
EDGE_SHARE = 0.05
#: Text this much bigger than the body is title-size: a page with such text is not full.
TITLE_SIZE_ABOVE = 4.0
#: A rule is a horizontal stroke or a filled rectangle at most this high (pt) …
RULE_HEIGHT = 1.0 * MM
#: … and a long rule (版头 separator, 版记 rule) at least this long.
LONG_RULE = 100 * MM
#: The two rules of a double rule (信函, GB/T 9704 §10.1) lie at most this far apart, edge to
#: edge (docgen: 1 pt; practice: about 0.1–1 mm).
DOUBLE_RULE_GAP = 2.0 * MM
#: Red: much more red than green or blue (the 版头 is Y80 M80 on the press, #FF0000 on screen).
RED_MIN, RED_OTHERS_MAX = 0.6, 0.35
#: Black: no channel lighter than this (0 = black, 1 = white).
BLACK_MAX = 0.2
#: The page numbers' rows lie in the bottom part of the page, below the text block.
FOLIO_ZONE = 0.8  # of the page height, from the top
#: A page number row: digits with dashes, spaces, 第/页/共, a slash or "Page … of …" around.
FOLIO_ROW = re.compile(r"[-—―–－~～_‐\s第页共/|.·PpAaGgEeOoFf]*\d{1,4}[-—―–－~～_‐\s第页共/|.·PpAaGgEeOoFf\d]*")
#: The 发文字号 of a 版头: 代字〔2024〕5号 (and the wrong brackets, which are found to be warned about).
DOCUMENT_NUMBER = re.compile(r"[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*第?(\d+)\s*号")
DOCUMENT_NUMBER_FORM = re.compile(r"〔\d{4}〕[1-9]\d*号")

# --------------------------------------------------------------------------- GB/T 15834 §5.1

#: Marks that never start a line: 句号 问号 叹号 逗号 顿号 分号 冒号, the closing halves of
#: quotation marks, brackets and book-title marks, 间隔号 and the signs that follow a number.
NO_LINE_START = frozenset("。，、；：？！”’）》〉」』〕】］｝·%％℃")
#: Marks that never end a line while the paragraph goes on: the opening halves.
NO_LINE_END = frozenset("“‘（《〈「『〔【［｛")
#: Marks that take two cells and are never split across lines.
DOUBLED = frozenset("—…")
