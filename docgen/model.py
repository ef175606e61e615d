"""The speech model: what a document *is*, independent of where it came from or how it is set.

Every reader/cleaner/parser produces a :class:`Speech`; every renderer consumes one.  All
classes are frozen dataclasses, so a model can be shared between stages (and processes) freely.

The JSON dump (:func:`to_dict` / :func:`from_dict`) is a public, versioned interface::

    {"docgen_model": 4,
     "meta": {"title": ..., "subtitle": ..., "date": ..., "speaker": ..., "occasion": ..., "source": ...,
              "issuer": ..., "document_number": ..., "signer": ..., "copies_to": ..., ...},
     "blocks": [{"type": "salutation", "text": "同志们："}, ...],
     "diagnostics": [{"level": "info", "code": "...", "line": 1, "text": "...", "message": "..."}]}

Source line numbers (``line``) are kept for reports but are not part of a block's identity: two
models that say the same thing compare equal even when their sources were laid out differently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

MODEL_VERSION = 4

#: Dump versions :meth:`Speech.from_dict` reads.  Version 2 added ``meta.issuer``,
#: ``meta.document_number`` and the ``article`` and ``document_title`` blocks; version 3 the
#: ``attachment_label`` and ``attachment_title`` blocks of attachments printed after the text
#: (which version 2 read as an ``attachment`` note and a ``document_title``); version 4 the
#: other fields of the 版头 and the 版记 (``copy_number``, ``secrecy``, ``urgency``,
#: ``signer``, ``copies_to``, ``printed_by``, ``printed_date``, ``format``) and the
#: ``attendance`` block of minutes.  An older dump is a valid newer one without them; its
#: ``distribution`` blocks stay blocks (version 4 reads the 抄送 and 印发 lines into the fields).
READABLE_VERSIONS = (1, 2, 3, 4)

#: The formats of GB/T 9704 a document may ask for (``meta.format``): 下行文 and 上行文 (§7),
#: 信函, 命令（令） and 纪要 (§10).
DOCUMENT_FORMATS = ("下行文", "上行文", "信函", "命令", "纪要")

Level = Literal["info", "warning", "error"]
LEVELS: tuple[Level, ...] = ("info", "warning", "error")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One thing a stage noticed, changed or could not do, with the source line it concerns."""

    level: Level
    code: str
    message: str
    line: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "code": self.code, "line": self.line,
                "text": self.text, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Diagnostic:
        return cls(level=data["level"], code=data["code"], message=data.get("message", ""),
                   line=data.get("line"), text=data.get("text"))


@dataclass(frozen=True, slots=True)
class Meta:
    """Document metadata — 标题、副标题、日期、讲话人、场合、来源.

    ``date`` is the date of the speech or document (成文日期), not the date a web page was
    updated; the latter goes to ``published``.  ``issuer`` is the issuing body named in the
    header (发文机关标志 ``……文件``, or the body named under a regulation's title) and
    ``document_number`` the 发文字号 (``湘政办发〔2009〕24号``).  Joint issuers are named in
    their order, apart by ``、`` (``中共某某县委、某某县人民政府文件``).

    The other fields of the 版头 (GB/T 9704 §7.2): ``copy_number`` (份号, ``000001``),
    ``secrecy`` (密级和保密期限, ``机密★1年``), ``urgency`` (紧急程度, ``特急``) and ``signer``
    (签发人 of a 上行文, several apart by ``、``).  The fields of the 版记 (§7.4):
    ``copies_to`` (抄送机关 without the label, ``县委办公室，县人大常委会办公室。``),
    ``printed_by`` (印发机关) and ``printed_date`` (印发日期, without 印发).  ``format`` is the
    format the document asks for, one of :data:`DOCUMENT_FORMATS`.
    """

    title: str | None = None
    subtitle: str | None = None
    date: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    issuer: str | None = None
    document_number: str | None = None
    copy_number: str | None = None
    secrecy: str | None = None
    urgency: str | None = None
    signer: str | None = None
    copies_to: str | None = None
    printed_by: str | None = None
    printed_date: str | None = None
    format: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meta:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True, slots=True)
class Lead:
    """A run-in lead at the start of a paragraph — 段首标题 / 一是… 句.

    ``kind`` is ``"heading"`` for a numbered heading run into its paragraph
    (``一、……。正文``) and ``"enumeration"`` for an enumeration lead (``一是……。``).
    ``text`` is the lead as printed, number and closing punctuation included.
    """

    kind: Literal["heading", "enumeration"]
    text: str
    number: str | None = None
    level: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "level": self.level, "number": self.number, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Lead:
        return cls(kind=data["kind"], text=data["text"], number=data.get("number"),
                   level=data.get("level"))


@dataclass(frozen=True, slots=True)
class Span:
    """An emphasised stretch inside a paragraph's ``text`` — e.g. an enumeration lead
    (``二要坚决做到令行禁止。``) that does not start the paragraph.  Offsets are in characters
    of the paragraph's ``text`` (after the lead)."""

    kind: Literal["enumeration"]
    start: int
    end: int
    number: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "number": self.number}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(kind=data["kind"], start=data["start"], end=data["end"],
                   number=data.get("number"))


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Block:
    """Base of all body blocks.  Subclasses set ``type_name`` (the JSON ``type``)."""

    type_name: ClassVar[str] = ""
    text: str
    line: int | None = field(default=None, compare=False, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type_name}
        for f in fields(self):
            if f.name == "line":
                continue
            out[f.name] = _dump_value(getattr(self, f.name))
        out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class Salutation(Block):
    """称呼 / 主送机关 — ``同志们：``, ``各乡镇人民政府，县政府各部门：``; set flush left."""

    type_name: ClassVar[str] = "salutation"


@dataclass(frozen=True, slots=True)
class Heading(Block):
    """A standalone heading line — 标题 (一、 / （一） / 1. / （1） …).

    ``text`` is the heading as printed, number included; ``level`` is 1–4.
    """

    type_name: ClassVar[str] = "heading"
    level: int = 1
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph(Block):
    """A body paragraph — 正文段落.  ``text`` is what follows the run-in ``lead`` (if any)."""

    type_name: ClassVar[str] = "paragraph"
    lead: Lead | None = None
    spans: tuple[Span, ...] = ()

    @property
    def full_text(self) -> str:
        return (self.lead.text if self.lead else "") + self.text


@dataclass(frozen=True, slots=True)
class Article(Block):
    """A numbered article of a regulation — 条 (``第一条 为了……``).

    ``number`` is ``第一条`` as printed; ``text`` is what follows it; ``spans`` mark enumeration
    leads inside the text as in a :class:`Paragraph`.
    """

    type_name: ClassVar[str] = "article"
    number: str = ""
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentTitle(Block):
    """The title of a document printed inside the text — the measures, rules or opinion that a
    印发 notice issues, after the notice's signature (``濮阳市……管理暂行办法``)."""

    type_name: ClassVar[str] = "document_title"


@dataclass(frozen=True, slots=True)
class Closing(Block):
    """结束语 — ``谢谢大家！``, ``我就讲这些，谢谢大家！``."""

    type_name: ClassVar[str] = "closing"


@dataclass(frozen=True, slots=True)
class Signature(Block):
    """落款 — the issuing body or signer at the end (one block per line), set right."""

    type_name: ClassVar[str] = "signature"


@dataclass(frozen=True, slots=True)
class SignatureDate(Block):
    """成文日期 under the signature — ``2023年6月12日``, set right."""

    type_name: ClassVar[str] = "signature_date"


@dataclass(frozen=True, slots=True)
class AttachmentNote(Block):
    """附件说明 — ``附件：1. ……`` (one block per line)."""

    type_name: ClassVar[str] = "attachment"


@dataclass(frozen=True, slots=True)
class AttachmentLabel(Block):
    """附件标识 — ``附件`` or ``附件2`` alone on its line, starting an attachment printed after
    the main text (GB/T 9704 §7.3.7).  ``text`` is the label in the standard's form, without a
    colon or spaces; ``number`` is its 顺序号 (None for the one attachment of a text)."""

    type_name: ClassVar[str] = "attachment_label"
    number: int | None = None


@dataclass(frozen=True, slots=True)
class AttachmentTitle(Block):
    """附件标题 — the title of an attachment, under its label (one to three source lines
    joined, as a document's title).  The attachment's body follows it, its heading levels
    counted anew."""

    type_name: ClassVar[str] = "attachment_title"


@dataclass(frozen=True, slots=True)
class Note(Block):
    """附注 — ``（此件公开发布）``, in parentheses on the line below the date."""

    type_name: ClassVar[str] = "note"


@dataclass(frozen=True, slots=True)
class Distribution(Block):
    """版记 lines other than those read into the fields of :class:`Meta`: ``主送：……。`` (moved
    down, GB/T 9704 §7.4.2), ``抄报：……``, ``分送：……`` and the print count of older documents
    (``共印60份``).  A dump of version 3 or older also holds its ``抄送`` and ``印发`` lines here."""

    type_name: ClassVar[str] = "distribution"


@dataclass(frozen=True, slots=True)
class Attendance(Block):
    """A line of the attendance of minutes (纪要, GB/T 9704 §10.3): ``label`` is 出席, 请假 or
    列席 (as printed, without the colon), ``text`` the units and names after the colon."""

    type_name: ClassVar[str] = "attendance"
    label: str = "出席"


BLOCK_TYPES: dict[str, type[Block]] = {
    cls.type_name: cls
    for cls in (Salutation, Heading, Paragraph, Article, DocumentTitle, Closing, Signature,
                SignatureDate, AttachmentNote, AttachmentLabel, AttachmentTitle, Note, Distribution,
                Attendance)
}


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True, slots=True)
class Speech:
    """A whole document: metadata, body blocks in reading order, and what was noticed on the way."""

    meta: Meta = Meta()
    blocks: tuple[Block, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docgen_model": MODEL_VERSION,
            "meta": self.meta.to_dict(),
            "blocks": [b.to_dict() for b in self.blocks],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speech:
        version = data.get("docgen_model")
        if version not in READABLE_VERSIONS:
            raise ValueError(f"unsupported docgen_model version {version!r} "
                             f"(readable: {', '.join(map(str, READABLE_VERSIONS))})")
        return cls(
            meta=Meta.from_dict(data.get("meta") or {}),
            blocks=tuple(block_from_dict(b) for b in data.get("blocks", [])),
            diagnostics=tuple(Diagnostic.from_dict(d) for d in data.get("diagnostics", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> Speech:
        return cls.from_dict(json.loads(text))

    def counts(self) -> dict[Level, int]:
        """Number of diagnostics per level."""
        out: dict[Level, int] = dict.fromkeys(LEVELS, 0)
        for d in self.diagnostics:
            out[d.level] += 1
        return out


def block_from_dict(data: dict[str, Any]) -> Block:
    try:
        cls = BLOCK_TYPES[data["type"]]
    except KeyError:
        raise ValueError(f"unknown block type {data.get('type')!r}") from None
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "lead" and value is not None:
            value = Lead.from_dict(value)
        elif f.name == "spans":
            value = tuple(Span.from_dict(s) for s in value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _dump_value(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_dump_value(v) for v in value]
    return value
