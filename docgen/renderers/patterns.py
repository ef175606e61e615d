"""Patterns the renderers use to lay out parts of a block's text (the parser classified the
block; these only find where its label ends)."""

from __future__ import annotations

import re

#: The label of the first attachment note, GB/T 9704 §7.3.4: "附件：" and, with several
#: attachments, the number of the first ("附件：1." / "附件：1．" / "附件：1、").  Continuation
#: lines align with the first character of the name after it.
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[：:]\s*(?:\d+\s*[.．、]\s*)?")
#: The number of a further attachment note ("2." …), set under the first one's number.
ATTACHMENT_NUMBER = re.compile(r"^\d+\s*[.．、]\s*")
#: The label part of a first note, without its number: the width further notes are set in by.
ATTACHMENT_WORD = re.compile(r"^附\s*件\s*[：:]\s*")
