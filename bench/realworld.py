"""Cleaning and structure recognition on real web input: the hand-labelled corpus of
``bench/realworld/labels`` (see ``bench/realworld/README.md``).

    python bench/realworld.py                 # figures per set (tune/held/fresh…fresh42), per form
    python bench/realworld.py -v              # and every miss, document by document
    python bench/realworld.py --set tune --form pasted --id sc-163_1
    python bench/realworld.py --json          # the figures as JSON
    python bench/realworld.py show ID         # a label resolved against the files on disk
    python bench/realworld.py dump FORM       # numbered reference text of a file (for labelling):
                                              #   shared:pages/163_1.html or tests/fixtures/...
    python bench/realworld.py check           # resolve every label (hash guards), count the corpus
    python bench/realworld.py unlabelled      # lines of prose docgen dropped that no label names
    python bench/realworld.py fields          # salutations and speakers the labels name, found or not

Runs docgen through its public API only (``docgen.api.parse``).  Texts are compared after NFKC,
removing all whitespace and making half-width ``,:;()!?`` full width.  Always exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realworld"))

import rwlib  # noqa: E402
from rwlib import norm  # noqa: E402

FORM_ORDER = ("saved", "pasted", "partial", "txt", "messy")
META_KEYS = ("title", "subtitle", "date", "occasion", "speaker", "issuer", "document_number")


# ----------------------------------------------------------------------------- one run of docgen

def printed(speech) -> tuple[list[str], list[tuple[int, str]]]:
    """What docgen would print: meta lines and every block's text; and the headings it found."""
    from docgen.model import Article, Heading, Paragraph

    meta = speech.meta
    lines = [getattr(meta, k) for k in META_KEYS]
    if meta.date:  # printed as one line under the title: （date occasion）
        lines[META_KEYS.index("date")] = f"（{meta.date}{meta.occasion or ''}）"
        lines[META_KEYS.index("occasion")] = None
    lines = [x for x in lines if x]
    if meta.printed_by or meta.printed_date:  # the 版记's 印发 line: office, date and 印发
        lines.append(f"{meta.printed_by or ''}{meta.printed_date or ''}{'印发' if meta.printed_date else ''}")
    heads = []
    for b in speech.blocks:
        if isinstance(b, Paragraph):
            lines.append(b.full_text)
            if b.lead is not None and b.lead.kind == "heading":
                heads.append((b.lead.level or 0, b.lead.text))
        elif isinstance(b, Article):
            lines.append((b.number or "") + b.text)
        else:
            lines.append(b.text)
            if isinstance(b, Heading):
                heads.append((b.level, b.text))
    return lines, heads


def run_docgen(label: rwlib.Label, form: str):
    """-> (speech or None, error message or None, the input's lines as the bench sees them)."""
    from docgen.api import parse
    from docgen.errors import DocgenError

    if form == "partial":
        text = rwlib.partial_text(label)
        src_lines = [rwlib.strip(x) for x in text.splitlines()]
        source, kw = text.encode("utf-8"), {"name": f"{label.id}.txt", "input_format": "text"}
    else:
        path = rwlib.resolve_path(label.forms[form])
        src_lines = [rwlib.strip(x) for x in rwlib.form_lines(label.forms[form])]
        source, kw = path, {}
    try:
        return parse(source, **kw), None, src_lines
    except DocgenError as err:
        return None, f"{type(err).__name__}: {err.problem}", src_lines
    except Exception as err:
        return None, f"CRASH {type(err).__name__}: {err}", src_lines


# ----------------------------------------------------------------------------- scoring

class Score:
    FIELDS = ("docs", "refused", "keep_ok", "keep_n", "drop_ok", "drop_n", "title_ok", "title_n",
              "head_tp", "head_pred", "head_gold")

    def __init__(self):
        self.c = Counter()

    def add(self, other: Score):
        self.c.update(other.c)

    def figures(self) -> dict:
        c = self.c

        def pct(a, b):
            return None if not c[b] else 100.0 * c[a] / c[b]
        p = None if not c["head_pred"] else c["head_tp"] / c["head_pred"]
        r = None if not c["head_gold"] else c["head_tp"] / c["head_gold"]
        if (p is None and r is None) or (not c["head_gold"] and not c["head_pred"]):
            f = None
        else:
            f = 0.0 if not c["head_tp"] else 2 * p * r / (p + r)
        return {"docs": c["docs"], "refused": c["refused"],
                "keep_pct": pct("keep_ok", "keep_n"), "keep": [c["keep_ok"], c["keep_n"]],
                "drop_pct": pct("drop_ok", "drop_n"), "drop": [c["drop_ok"], c["drop_n"]],
                "title_pct": pct("title_ok", "title_n"), "title": [c["title_ok"], c["title_n"]],
                "head_p": p, "head_r": r, "head_f1": f,
                "head": [c["head_tp"], c["head_pred"], c["head_gold"]]}


def in_lines(text: str, nlines: list[str], joined: str) -> bool:
    """Is a labelled line present in a form's input?"""
    return text in joined


#: An attachment's label on a line of its own, with a colon (``附件1：``): GB/T 9704 §8 sets it at
#: the head of the attachment without the colon, as docgen prints it.


def _headline_in(title: str, line: str) -> bool:
    """Does ``line`` hold ``title`` (both normalised) as a headline — not as a clause of a
    sentence, a comma before or after it (``3月1日，某某会议召开，部署……``)?"""
    at = line.find(title)
    while at >= 0:
        before, after = line[at - 1:at], line[at + len(title):at + len(title) + 1]
        if before not in CLAUSE_MARKS and after not in CLAUSE_MARKS:
            return True
        at = line.find(title, at + 1)
    return False


#: Marks that join clauses of one sentence (after normalisation).
CLAUSE_MARKS = frozenset("，、；")
ATTACHMENT_LABEL = re.compile(r"^(附件\s*[0-9０-９一二三四五六七八九十]*)\s*[:：]$")


def _attachment_label_kept(passage: str, out: list[str]) -> bool:
    """Is a keep passage that is an attachment's label with a colon printed as the label alone?"""
    m = ATTACHMENT_LABEL.match(passage.strip())
    return m is not None and norm(m.group(1)) in {norm(x) for x in out}


#: A speaker's line of a post and a name apart by a colon (``校长:某某某``): docgen prints the
#: speaker as the post and the name apart by a space (``校长 某某某``), as GB/T 9704's layout of a
#: speech sets it.
SPEAKER_WITH_COLON = re.compile(r"^\s*([^\s:：，,。]{1,12})[:：]\s*([^\s:：，,。]{2,8})\s*$")


def _speaker_line_kept(passage: str, out: list[str]) -> bool:
    """Is a keep passage that is a speaker's post and name apart by a colon printed with a space
    instead (the post and the name one line, the colon gone)?"""
    m = SPEAKER_WITH_COLON.match(passage)
    return m is not None and norm(m.group(1) + m.group(2)) in {norm(x) for x in out}


#: A reporter's credit in brackets run into the start of a paragraph (``【记者某某/某地报道】``,
#: ``(特派记者某某/采访报导)``, ``（某某社记者某某某地9日电）``): the labels keep it with the paragraph
#: (a line cannot be half kept), docgen may cut it off — either way the paragraph is kept.
LEADING_CREDIT = re.compile(r"^[（(【\[][^）)】\]，,。]{0,8}(?:记者|記者|通讯员|通訊員)[^）)】\]，,。]{0,30}[）)】\]]")


#: … and an editor's or reviewer's credit run onto the end of a paragraph after a space, perhaps
#: closed by a layout bar (``……保障。 審核:某某 |``): likewise; so a correspondent's or reporter's
#: credit, its name after a colon or a space (``……拍手称快。 通讯员 某某 |``).
TRAILING_CREDIT = re.compile(r"(?<=[。！？!?”」）)])\s+(?:(?:审核|審核|初审|初審|终审|終審|责任编辑|責任編輯|责编|責編|编辑|編輯|"
                             r"校对|校對)\s*[:：]|(?:通讯员|通訊員|记者|記者)(?:\s*[:：]|\s))"
                             r"\s*[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3}\s*[|｜]?\s*$")


def _kept_without_credit(passage: str, printed_text: str) -> bool:
    """Is a keep passage that opens with a reporter's credit, or ends with an editor's, printed
    without it?"""
    text = passage.strip()
    m = LEADING_CREDIT.match(text)
    if m is not None:
        text = text[m.end():]
    else:
        m = TRAILING_CREDIT.search(text)
        if m is None:
            return False
        text = text[:m.start()]
    return len(norm(text)) > 0 and norm(text) in printed_text


#: … and a layout bar run on after a space at the end of a passage (``……问候。 某某部党支部 2030年5月1日 |``):
#: the page's table leaves it there, docgen may print it or take it off; either way the passage is kept.
TRAILING_BAR = re.compile(r"\s+[|｜]\s*$")


def _kept_without_bar(passage: str, printed_text: str) -> bool:
    """Is a keep passage that ends with a layout bar after a space printed without the bar?"""
    m = TRAILING_BAR.search(passage)
    return m is not None and len(norm(passage[:m.start()])) > 0 and norm(passage[:m.start()]) in printed_text


def _printed_often_enough(passage: str, keeps: list[str], printed_text: str) -> bool:
    """Is a keep passage printed as often as the keep passages hold it?  A short passage (a
    signer's name, a date) may stand inside a longer one too (the salutation naming the same
    body): found once in the output, it is only the longer one's, and the line of its own was
    lost.  A passage of marks alone (``……``) is only looked for: joined to the line before, its
    dots run into that line's and are counted as one run."""
    n = norm(passage)
    if not any(c.isalnum() for c in n):
        return n in printed_text
    return printed_text.count(n) >= sum(norm(other).count(n) for other in keeps)


def evaluate(label: rwlib.Label, form: str, speech, error, src_lines) -> tuple[Score, list[str]]:
    s, misses = Score(), []
    s.c["docs"] += 1
    nsrc = [norm(x) for x in src_lines if x]
    joined = "".join(nsrc)
    nsrc_set = set(nsrc)
    if speech is None:
        s.c["refused"] += 1
        misses.append(f"REFUSED {error}")
        out, heads = [], []
    else:
        out, heads = printed(speech)
    nout = [norm(x) for x in out]
    nout_joined = "".join(nout)

    # must-keep passages present in this form
    keeps = [k for k in label.keep if norm(k) and norm(k) in joined]
    absent = len(label.keep) - len(keeps)
    for k in keeps:
        s.c["keep_n"] += 1
        if (_printed_often_enough(k, keeps, nout_joined) or _attachment_label_kept(k, out) or _speaker_line_kept(k, out)
                or _kept_without_credit(k, nout_joined) or _kept_without_bar(k, nout_joined)):
            s.c["keep_ok"] += 1
        else:
            misses.append(f"LOST     {k[:70]}")
    if absent and form not in ("partial",):
        misses.append(f"(note: {absent} keep passage(s) not in this form's input)")

    # must-drop chrome lines present in this form
    protected = [norm(x) for x in label.keep + [h.text for h in label.headings] + [label.title or ""] if x]
    seen = set()
    for src, d in label.drop:
        nd = norm(d)
        if not nd or (src != label.reference and src != form and not (form == "partial" and src == label.partial["from"])):
            continue
        if nd in seen:
            continue
        if not (nd in nsrc_set or (len(nd) >= 6 and any(nd in x for x in nsrc))):
            continue
        if any(nd == p or (len(nd) >= 6 and nd in p) for p in protected):
            continue  # chrome that repeats document text (a headline in a related list): not scored
        seen.add(nd)
        s.c["drop_n"] += 1
        kept = any(nd == x or (len(nd) >= 6 and nd in x) for x in nout)
        if kept:
            misses.append(f"KEPT     {d[:70]}")
        else:
            s.c["drop_ok"] += 1

    # title
    # (in a partial copy, the title is there when a line holds it as a headline would — not when
    # its words only recur inside a paragraph's sentence)
    nt = norm(label.title)
    title_in_form = label.title is None or (nt in joined and (
        form != "partial" or any(_headline_in(nt, x) for x in nsrc) or not any(nt in x for x in nsrc)))
    if (form != "partial" or (label.title is not None and title_in_form)) and title_in_form:
        s.c["title_n"] += 1
        got = speech.meta.title if speech is not None else None
        if speech is None:
            pass
        elif (label.title is None and not got) or (label.title is not None and norm(got) == norm(label.title)):
            s.c["title_ok"] += 1
        else:
            misses.append(f"TITLE    expected {label.title!r:.80} got {got!r:.80}")

    # headings
    gold = Counter((h.level, norm(h.text)) for h in label.headings if norm(h.text) in joined)
    pred = Counter((lvl, norm(t)) for lvl, t in heads)
    tp = sum((gold & pred).values())
    s.c["head_tp"] += tp
    s.c["head_pred"] += sum(pred.values())
    s.c["head_gold"] += sum(gold.values())
    gold_text = {t: lvl for lvl, t in gold}
    for (lvl, t), _n in (pred - gold).items():
        why = f"level {gold_text[t]} expected" if t in gold_text else "not a heading"
        misses.append(f"HEAD+    L{lvl} {t[:60]}  ({why})")
    pred_text = {t: lvl for lvl, t in pred}
    for (lvl, t), _n in (gold - pred).items():
        if t in pred_text:
            continue  # reported above as a level error
        misses.append(f"HEAD-    L{lvl} {t[:60]}")
    return s, misses


# ----------------------------------------------------------------------------- driver

def load_all(ids=None):
    labels, errors = [], []
    for p in rwlib.all_labels():
        if ids and p.stem not in ids:
            continue
        try:
            labels.append(rwlib.load_label(p))
        except (rwlib.LabelError, OSError, KeyError, ValueError) as err:
            errors.append(f"{p.name}: {err}")
    return labels, errors


def forms_of(label: rwlib.Label) -> list[str]:
    forms = [f for f in FORM_ORDER if f in label.forms]
    if label.partial:
        forms.insert(forms.index("pasted") + 1 if "pasted" in forms else len(forms), "partial")
    return forms


def fmt(x, pct=False):
    if x is None:
        return "   -  "
    return f"{x:6.1f}" if pct else f"{x:6.3f}"


def table(results: dict, out=sys.stdout):
    hdr = f"{'set':5} {'form':8} {'docs':>4} {'refus':>5} {'kept%':>6} {'(n)':>6} {'drop%':>6} {'(n)':>6} " \
          f"{'title%':>6} {'(n)':>4} {'h-prec':>6} {'h-rec':>6} {'h-F1':>6} {'(gold)':>6}"
    print(hdr, file=out)
    print("-" * len(hdr), file=out)
    for (st, form), sc in results.items():
        f = sc.figures()
        print(f"{st:5} {form:8} {f['docs']:4d} {f['refused']:5d} {fmt(f['keep_pct'], True)} {f['keep'][1]:6d} "
              f"{fmt(f['drop_pct'], True)} {f['drop'][1]:6d} {fmt(f['title_pct'], True)} {f['title'][1]:4d} "
              f"{fmt(f['head_p'])} {fmt(f['head_r'])} {fmt(f['head_f1'])} {f['head'][2]:6d}", file=out)


def corpus_counts(labels) -> dict:
    forms = Counter()
    for lb in labels:
        for f in forms_of(lb):
            forms[f] += 1
    return {"documents": len(labels), "sites": len({lb.site for lb in labels}),
            "sets": dict(Counter(lb.set for lb in labels)),
            "sites_per_set": {s: len({lb.site for lb in labels if lb.set == s}) for s in rwlib.SETS},
            "forms": dict(forms), "genres": dict(Counter(lb.genre for lb in labels)),
            "categories": dict(Counter(lb.category for lb in labels)),
            "sources": dict(Counter("shared" if lb.shared else "in-repo" for lb in labels))}


def set_errors(labels) -> list[str]:
    """Labels whose site is missing from sites.toml or whose set is not the one it gives them
    (an untouched set, fresh…, for a site of those sets, else the held-back rule's tune or held)."""
    sites, errors = rwlib.load_sites(), []
    for lb in labels:
        if lb.site not in sites:
            errors.append(f"{lb.id}: site {lb.site} missing from sites.toml")
            continue
        want = rwlib.expected_set(lb.site, sites)
        if lb.set != want:
            errors.append(f"{lb.id}: set = {lb.set!r} but sites.toml and the held-back rule say {want!r}")
    return errors


def cmd_run(args):
    t0 = time.time()
    labels, errors = load_all(set(args.id) if args.id else None)
    errors += set_errors(labels)
    results: dict[tuple[str, str], Score] = {}
    detail = []
    for lb in labels:
        if args.set and lb.set != args.set:
            continue
        for form in forms_of(lb):
            if args.form and form not in args.form:
                continue
            try:
                speech, error, src = run_docgen(lb, form)
            except rwlib.LabelError as err:
                errors.append(str(err))
                continue
            sc, misses = evaluate(lb, form, speech, error, src)
            keys = [(lb.set, form), (lb.set, "ALL")]
            if lb.set not in rwlib.UNTOUCHED:  # "both" = tune + held, comparable with earlier runs
                keys += [("both", form), ("both", "ALL")]
            for key in keys:
                results.setdefault(key, Score()).add(sc)
            detail.append({"id": lb.id, "set": lb.set, "form": form, "figures": sc.figures(), "misses": misses})
            if args.verbose and misses:
                print(f"--- {lb.id} [{lb.set}] {form}")
                for m in misses:
                    print("   ", m)
    order = {name: i for i, name in enumerate((*rwlib.SETS, "both"))}
    forder = {f: i for i, f in enumerate((*FORM_ORDER[:2], "partial", *FORM_ORDER[3:], "ALL"))}
    results = dict(sorted(results.items(), key=lambda kv: (order[kv[0][0]], forder[kv[0][1]])))
    counts = corpus_counts(labels)
    if args.json:
        print(json.dumps({"counts": counts, "errors": errors,
                          "results": {f"{s}/{f}": sc.figures() for (s, f), sc in results.items()},
                          "documents": detail if args.verbose else None}, ensure_ascii=False, indent=1))
        return
    if args.verbose:
        print()
    table(results)
    print()
    per_set = ", ".join(f"{k} {n}" for k, n in counts["sites_per_set"].items())
    print(f"documents {counts['documents']} ({counts['sources']}), sites {counts['sites']} "
          f"({per_set}), "
          f"sets {counts['sets']}")
    print("forms   " + ", ".join(f"{k} {v}" for k, v in sorted(counts["forms"].items())))
    print("genres  " + ", ".join(f"{k} {v}" for k, v in sorted(counts["genres"].items())))
    if errors:
        print(f"\n{len(errors)} label problem(s):")
        for e in errors:
            print("  ", e)
    print(f"\n({time.time() - t0:.0f} s; kept% = must-keep passages printed, drop% = chrome lines not "
          "printed, title% = meta.title exact, h-* = headings (level, text) against the labels)")


def cmd_show(args):
    path = rwlib.LABELS / f"{args.id}.toml"
    lb = rwlib.load_label(path)
    print(f"{lb.id}  site {lb.site} ({lb.category})  genre {lb.genre}  set {lb.set}")
    for f, spec in lb.forms.items():
        print(f"  form {f:7} {spec}{'   <- reference' if f == lb.reference else ''}")
    if lb.partial:
        p = lb.partial
        print(f"  partial  lines {p['lines'][0]}-{p['lines'][1]} of {p['from']}")
    if lb.notes:
        print(f"  notes: {lb.notes}")
    print(f"\nTITLE   {lb.title if lb.title is not None else '(none: the document has no title)'}")
    for k, v in lb.fields.items():
        print(f"{k.upper():8}{v}")
    print(f"\nHEADINGS ({len(lb.headings)})")
    for h in lb.headings:
        print(f"  L{h.level} {'standalone' if h.standalone else 'run-in    '} {h.text}")
    print(f"\nKEEP ({len(lb.keep)})")
    for k in lb.keep:
        print(f"  + {k if args.full else k[:100]}")
    print(f"\nDROP ({len(lb.drop)})")
    for src, d in lb.drop:
        print(f"  - {'' if src == lb.reference else '[' + src + '] '}{d[:100]}")
    if lb.partial and args.full:
        print("\nPARTIAL COPY")
        print(rwlib.partial_text(lb))


def cmd_dump(args):
    for i, line in enumerate(rwlib.form_lines(args.form), 1):
        s = rwlib.strip(line)
        if s:
            print(f"{i:5d}  {s}")


#: A line of prose for ``unlabelled``: this long at least, with this many of ，。； inside.
PROSE_MIN_CHARS = 25
PROSE_MIN_MARKS = 2


def cmd_unlabelled(args):
    """Lines of prose that docgen did not print and that no label names, neither to keep nor to
    drop: the scores count only labelled lines, so a passage lost where the labeller wrote
    nothing would pass unseen.  Each is printed for a reader to judge (a photo caption is
    unlabelled by the conventions; a lost paragraph is a miss)."""
    labels, _ = load_all(args.id)
    found = 0
    for lb in labels:
        if args.set and lb.set != args.set:
            continue
        named = [norm(text) for _, text in lb.drop] + [norm(text) for text in lb.keep]
        for form in forms_of(lb):
            speech, _, src_lines = run_docgen(lb, form)
            if speech is None:
                continue
            printed_text = norm("".join(printed(speech)[0]))
            for line in src_lines:
                key = norm(line)
                if (len(line) < PROSE_MIN_CHARS or sum(map(line.count, "，。；")) < PROSE_MIN_MARKS
                        or key in printed_text or any(key in n or n in key for n in named if n)):
                    continue
                found += 1
                print(f"{lb.id} [{lb.set}] {form}: {line[:100]}")
    print(f"{found} line(s) of prose dropped that no label names")


def salutation_found(label_text: str, speech) -> bool:
    """Does docgen find a labelled salutation: the label up to its colon (a greeting run on after
    it, ``同志们：大家好！``, is the text's first words) — or the whole label, a host script's line
    with its speaker's cue (``合：尊敬的各位领导……``) — equals one salutation block, or the lines
    of one set over several, joined?"""
    from docgen.model import Salutation

    want = {norm(re.match(r"[^：:]*[：:]?", label_text).group()), norm(label_text)}  # or whole: a cued line (``合：尊敬的……``)
    runs, run = [], ""
    for block in speech.blocks:
        if isinstance(block, Salutation):
            run += norm(block.text)
            runs.append(norm(block.text))
            runs.append(run)
        else:
            run = ""
    return bool(want & set(runs))


def speaker_found(label_text: str, speech) -> bool:
    """Is docgen's speaker the labelled one?  The label may hold a bullet, a bracketed date or a
    label's colon with it: docgen's speaker is found in it."""
    got = norm(speech.meta.speaker or "")
    return len(got) >= 2 and got in norm(label_text).replace("：", "")


def cmd_fields(args):
    """Salutations and speakers the labels name (informative fields, on each document's
    reference form) against what docgen finds."""
    labels, _ = load_all(set(args.id) if args.id else None)
    tally: dict[tuple[str, str], list[int]] = {}
    for lb in labels:
        if args.set and lb.set != args.set:
            continue
        wanted = [(k, lb.fields[k]) for k in ("salutation", "speaker") if lb.fields.get(k)]
        if not wanted:
            continue
        speech, _, _ = run_docgen(lb, lb.reference)
        for key, text in wanted:
            ok = speech is not None and (salutation_found if key == "salutation" else speaker_found)(text, speech)
            for group in (lb.set, "ALL"):
                counts = tally.setdefault((group, key), [0, 0])
                counts[0] += ok
                counts[1] += 1
            if args.verbose and not ok:
                got = "" if speech is None else (speech.meta.speaker if key == "speaker" else " / ".join(
                    b.text for b in speech.blocks if type(b).__name__ == "Salutation"))
                print(f"{lb.id} [{lb.set}] {key}: expected {text[:60]!r} got {got!r:.60}")
    order = {name: i for i, name in enumerate((*rwlib.SETS, "ALL"))}
    for (group, key), (ok, n) in sorted(tally.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
        print(f"{group:8} {key:10} {ok:4d} of {n:4d}  {100.0 * ok / n:5.1f} %")


def cmd_check(args):
    labels, errors = load_all()
    errors += set_errors(labels)
    for lb in labels:
        for f in lb.forms.values():
            if not rwlib.resolve_path(f).exists():
                errors.append(f"{lb.id}: missing {f}")
        if lb.partial:
            try:
                rwlib.partial_text(lb)
            except rwlib.LabelError as err:
                errors.append(str(err))
    print(json.dumps(corpus_counts(labels), ensure_ascii=False, indent=1))
    for e in errors:
        print("ERROR", e)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", choices=rwlib.SETS)
    ap.add_argument("--form", action="append", choices=FORM_ORDER)
    ap.add_argument("--id", action="append")
    ap.add_argument("--json", action="store_true")
    sh = sub.add_parser("show")
    sh.add_argument("id")
    sh.add_argument("--full", action="store_true")
    du = sub.add_parser("dump")
    du.add_argument("form")
    sub.add_parser("check")
    sub.add_parser("unlabelled")
    sub.add_parser("fields")
    args = ap.parse_args(argv)
    if args.cmd == "show":
        cmd_show(args)
    elif args.cmd == "dump":
        cmd_dump(args)
    elif args.cmd == "check":
        cmd_check(args)
    elif args.cmd == "unlabelled":
        cmd_unlabelled(args)
    elif args.cmd == "fields":
        cmd_fields(args)
    else:
        cmd_run(args)
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        main()
    sys.exit(0)
