"""Shared code of the real-world benchmark: reading the corpus, the reference text of a page,
resolving labels.  Uses no docgen code (the labels must not depend on what is being measured).
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
SHARED = Path(os.environ.get("DOCGEN_SHARED_CORPUS", ROOT.parent / "shared" / "corpus"))

FORMS = ("saved", "pasted", "partial", "txt", "messy")

# ----------------------------------------------------------------------------- text basics

_STRIP = " \t\r\n\f\v\u3000\u2002\u2003\u00a0\ufeff\u200b"


def strip(line: str) -> str:
    return line.strip(_STRIP)


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
                       # the year of a 发文字号 goes in 〔〕 (GB/T 9704 §7.2.4), whatever the page wrote
                       "〔": "（", "〕": "）", "[": "（", "]": "）", "［": "（", "］": "）",
                       "【": "（", "】": "）"})
_SPACE = re.compile(r"\s+")
_ELLIPSES = re.compile(r"(?:…|。{3,}|\.{3,}|[·・]{3,})+")  # 。。。, ..... and ······ are written as …… by cleaning


_DROPCH = re.compile("[\"'\u201c\u201d\u2018\u2019\u300c\u300d\\-\u2010-\u2015\u2212\u2500\u2501\u2e3a\u2e3b\u200b\ufeff]")


#: A half-width full stop after a Chinese character or closing mark (what cleaning writes as 。).
_CJK_STOP = re.compile(r"([\u3400-\u9fff\uff09\u201d\u300b])\.(?![0-9])")


def norm(text: str | None) -> str:
    """NFKC, every whitespace character (U+3000 too) removed, half-width ,:;()!? made full width
    and the brackets 〔〕 [] ［］ 【】 written as （） (docgen sets a 发文字号's year in 〔〕);
    quotation marks and dashes are removed too (cleaning may turn "" into “” and -- or a box-drawing ── into ——),
    a run of ellipses is one (cleaning turns a lone …, 。。。, ..... and a run of middle dots ······ into ……), and a half-width full stop
    after a Chinese character is 。 (cleaning makes it one; 1.5 and a.b keep theirs)."""
    if not text:
        return ""
    text = _ELLIPSES.sub("…", unicodedata.normalize("NFKC", text))
    text = _CJK_STOP.sub("\\1。", _DROPCH.sub("", _SPACE.sub("", text)))
    return text.translate(_FULL)


def decode(data: bytes) -> str:
    """BOM, then strict UTF-8, then GB18030 — the bytes decide, never a declared charset."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


# ----------------------------------------------------------------------------- reference text of a page

_BLOCK = frozenset(["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "option", "optgroup"])
_SKIP = frozenset(["script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math", "select", "textarea", "input", "audio", "video", "canvas", "map"])
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_XMLDECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_ENDTAGS = re.compile(r"</(?:html|body)\s*>", re.I)  # browsers ignore them; libxml2 stops at them


def html_reference(data: bytes) -> list[str]:
    """The canonical text of a saved page: an approximation of ``document.body.innerText`` without
    CSS, computed with lxml.  Block elements and ``<br>`` break lines, inline elements run on, table
    cells of a row are joined with a space, elements hidden by an inline style or ``hidden`` are
    left out; each line is whitespace-collapsed and stripped, empty lines are dropped."""
    import lxml.html

    text = _ENDTAGS.sub("", _XMLDECL.sub("", decode(data)))
    try:
        root = lxml.html.document_fromstring(text)
    except Exception:
        return []
    body = root.find("body")
    if body is None:
        body = root
    out: list[str] = []

    def walk(el, pre: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if not tag:  # comment or processing instruction
            if el.tail:
                out.append(el.tail if pre else _SPACE.sub(" ", el.tail))
            return
        hidden = (tag in _SKIP or el.get("hidden") is not None
                  or _HIDDEN.search(el.get("style") or "") is not None)
        if not hidden:
            inner_pre = pre or tag in ("pre", "textarea", "listing", "plaintext")
            block = tag in _BLOCK
            if block or tag == "br":
                out.append("\n")
            if tag in ("td", "th"):
                out.append(" ")
            if el.text and tag != "br":
                out.append(el.text if inner_pre else _SPACE.sub(" ", el.text))
            for child in el:
                walk(child, inner_pre)
            if block:
                out.append("\n")
            if tag in ("td", "th"):
                out.append(" ")
        if el.tail:
            out.append(el.tail if pre else _SPACE.sub(" ", el.tail))

    walk(body, False)
    lines = []
    for line in "".join(out).split("\n"):
        line = strip(_SPACE.sub(" ", line))
        if line:
            lines.append(line)
    return lines


# ----------------------------------------------------------------------------- documents and forms

def resolve_path(spec: str) -> Path:
    if spec.startswith("shared:"):
        return SHARED / spec[len("shared:"):]
    return ROOT / spec


def form_lines(spec: str) -> list[str]:
    """Lines of a form's file as the labels number them (1-based): the reference text for .html,
    ``str.splitlines()`` of the decoded file for anything else."""
    path = resolve_path(spec)
    data = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm", ".xhtml", ".jsp", ".aspx", ".php"):
        return html_reference(data)
    return decode(data).splitlines()


class LabelError(Exception):
    pass


@dataclass
class Heading:
    level: int
    text: str
    standalone: bool


@dataclass
class Label:
    id: str
    path: Path
    site: str
    category: str
    genre: str
    set: str
    forms: dict[str, str]
    reference: str
    title: str | None
    keep: list[str] = field(default_factory=list)
    drop: list[tuple[str, str]] = field(default_factory=list)  # (form it was labelled in, text)
    headings: list[Heading] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    partial: dict | None = None
    notes: str = ""

    @property
    def shared(self) -> bool:
        return any(v.startswith("shared:") for v in self.forms.values())


class _Resolver:
    def __init__(self, label_id: str, forms: dict[str, str], reference: str):
        self.label_id, self.forms, self.reference = label_id, forms, reference
        self.cache: dict[str, list[str]] = {}

    def lines(self, form: str) -> list[str]:
        if form not in self.cache:
            if form not in self.forms:
                raise LabelError(f"{self.label_id}: no form {form!r}")
            self.cache[form] = form_lines(self.forms[form])
        return self.cache[form]

    def get(self, entry, many: bool = False) -> list[str]:
        """A label entry -> the stripped line(s) it stands for."""
        if isinstance(entry, str):
            return [entry]
        if "text" in entry:
            return [entry["text"]]
        form = entry.get("in", self.reference)
        lines = self.lines(form)
        if "line" in entry:
            first = last = entry["line"]
        else:
            first, last = entry["lines"]
        if not (1 <= first <= last <= len(lines)):
            raise LabelError(f"{self.label_id}: line(s) {first}-{last} outside {form} ({len(lines)} lines)")
        got = [strip(x) for x in lines[first - 1:last]]
        got = [x for x in got if x]
        if "skip" in entry:
            got = [x[entry["skip"]:] for x in got]
        if "chars" in entry:
            got = [x[:entry["chars"]] for x in got]
        if "sha" in entry and sha("\n".join(got)) != entry["sha"]:
            raise LabelError(f"{self.label_id}: {form} line(s) {first}-{last} changed "
                             f"(sha {sha(chr(10).join(got))} != {entry['sha']}): file differs from the labelled one")
        if not many and len(got) != 1:
            raise LabelError(f"{self.label_id}: entry {entry} must name one non-empty line")
        return got


def load_label(path: Path) -> Label:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    forms = dict(data["forms"])
    reference = data.get("reference", "saved" if "saved" in forms else "txt")
    r = _Resolver(data["id"], forms, reference)
    title = None
    if data.get("title") is not None:
        parts = r.get(data["title"], many=True)
        title = "".join(parts)
    lists = data.get("lists", {})
    keep = [t for e in lists.get("keep", []) for t in r.get(e, many=True)]
    drop = []
    for e in lists.get("drop", []):
        src = e.get("in", reference) if isinstance(e, dict) else reference
        drop.extend((src, t) for t in r.get(e, many=True))
    headings = []
    for h in lists.get("headings", []):
        text = h["text"] if "text" in h else r.get(h)[0]
        headings.append(Heading(int(h["level"]), text, bool(h.get("standalone", "chars" not in h))))
    fields_ = {k: "".join(r.get(v, many=True)) for k, v in data.get("fields", {}).items()}
    partial = data.get("partial")
    return Label(id=data["id"], path=path, site=data["site"], category=data["category"],
                 genre=data["genre"], set=data["set"], forms=forms, reference=reference, title=title,
                 keep=keep, drop=drop, headings=headings, fields=fields_, partial=partial,
                 notes=data.get("notes", ""))


def partial_text(label: Label) -> str | None:
    """The partial copy of a document: a line range of one of its forms, cut at run time."""
    p = label.partial
    if not p:
        return None
    lines = form_lines(label.forms[p["from"]])
    first, last = p["lines"]
    cut = lines[first - 1:last]
    got = [strip(x) for x in cut if strip(x)]
    if "sha" in p and sha("\n".join(got)) != p["sha"]:
        raise LabelError(f"{label.id}: partial range {first}-{last} of {p['from']} changed")
    return "\n".join(cut) + "\n"


# Sets of documents labelled after the rules had been written and never looked at while writing
# them: outside the held-back rule, each reported on its own row.  Each was labelled after the one
# before it had been inspected; a new one is added at the end.
UNTOUCHED = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
             "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
             "fresh16", "fresh17", "fresh18",
             "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
             "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
             "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42")
SETS = ("tune", "held", *UNTOUCHED)
FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31, FRESH32, FRESH33, FRESH34, FRESH35, FRESH36, FRESH37, FRESH38, FRESH39, FRESH40, FRESH41, FRESH42 = UNTOUCHED


def fresh_sites(sites: dict) -> set[str]:
    """Sites marked with an untouched set (``set = "fresh"`` … ``"fresh42"``) in sites.toml: their
    documents were labelled after the set before it (held for fresh) had been inspected and were
    never looked at while writing rules.  The hash rule below does not apply to them, and they do
    not take part in it (adding them moves no other site)."""
    return {s for s, v in sites.items() if v.get("set") in UNTOUCHED}


def expected_set(site: str, sites: dict) -> str:
    """The set a document of ``site`` belongs to: its own for a site of an untouched set (fresh,
    fresh2 …), else the held rule's."""
    if site in fresh_sites(sites):
        return str(sites[site]["set"])
    return "held" if site in held_sites(sites) else "tune"


def held_sites(sites: dict) -> set[str]:
    """The held-back rule (decided before any label was written; see README): a site is held
    back when the first 8 hex digits of SHA-1 of its key, read as a number, are divisible by 3.
    Then, per category: if none of its sites is held, the one with the smallest hash is held;
    if all are held, the one with the largest hash is released to tuning.  Fresh sites are left
    out of the rule altogether."""
    def h(site):
        return int(hashlib.sha1(site.encode("utf-8")).hexdigest()[:8], 16)
    sites = {s: v for s, v in sites.items() if v.get("set") not in UNTOUCHED}
    held = {s for s in sites if h(s) % 3 == 0}
    for cat in sorted({v["category"] for v in sites.values()}):
        members = sorted((s for s, v in sites.items() if v["category"] == cat), key=h)
        if not any(s in held for s in members):
            held.add(members[0])
        if len(members) > 1 and all(s in held for s in members):
            held.discard(members[-1])
    return held


def load_sites() -> dict:
    return tomllib.loads((HERE / "sites.toml").read_text(encoding="utf-8"))


def all_labels() -> list[Path]:
    return sorted(LABELS.glob("*.toml"))
