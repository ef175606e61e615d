"""Turn a compact labelling spec into label files (bench/realworld/labels/<id>.toml).

A spec file holds one block per document; the labeller writes line numbers of the reference text
(see ``python bench/realworld.py dump FORM-SPEC``), this tool fills in the SHA-1 guards (for
shared-corpus documents) or the text itself (for in-repo documents)::

    @ id=sc-people_1 site=people.com.cn genre=news saved=shared:pages/people_1.html pasted=shared:pages-pasted/people_1.txt
    T 6                 # title = reference line 6   (T 3-4: lines joined; T 1:12 first 12 chars; T 9:+5 all but the first 5;
                        #   T 4:+12-1 all but the first 12 and the last 1, in-repo documents only; T none)
    K 10-11 17 44       # must-keep passages (every non-empty line of each range)
    D 1-5 7-9 45-91     # must-drop chrome lines
    D@messy 1-4         # chrome that only one form has (numbered in that form's file)
    H 1 12              # heading level 1 = line 12 (standalone)
    H 2 50:8            # run-in heading: first 8 characters of line 50
    P pasted 10-60      # partial copy = lines 10-60 of the pasted form
    F date 7            # a header field (date, speaker, salutation, signature, document_number, ...)
    N free-text note

Usage: python bench/realworld/mklabel.py SPEC [--force]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import rwlib


def q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def ranges(tokens):
    for tok in tokens:
        chars = None
        if ":" in tok:
            tok, c = tok.split(":", 1)
            if c.startswith("+") and "-" in c:
                head, tail = c[1:].split("-")
                chars = (int(head), int(tail))
            else:
                chars = int(c) if c.isdigit() else -int(c[1:]) if c.startswith("+") else c
            # a number: first N characters; +N: all but the first N; else: up to this character
        a, _, b = tok.partition("-")
        yield int(a), int(b or a), chars


def sites() -> dict:
    import tomllib
    return tomllib.loads((rwlib.HERE / "sites.toml").read_text(encoding="utf-8"))


class Doc:
    def __init__(self, head: str):
        self.attrs = dict(kv.split("=", 1) for kv in head.split())
        self.forms = {k: v for k, v in self.attrs.items() if k in rwlib.FORMS}
        self.reference = self.attrs.get("reference", "saved" if "saved" in self.forms else "txt")
        self.shared = any(v.startswith("shared:") for v in self.forms.values())
        self.cache: dict[str, list[str]] = {}
        self.out: dict[str, list[str]] = {"keep": [], "drop": [], "headings": [], "fields": []}
        self.title = None
        self.partial = None
        self.notes = []

    def lines(self, form):
        if form not in self.cache:
            self.cache[form] = rwlib.form_lines(self.forms[form])
        return self.cache[form]

    def entry(self, form, a, b, chars=None, extra=""):
        got = [rwlib.strip(x) for x in self.lines(form)[a - 1:b]]
        got = [x for x in got if x]
        if not got:
            raise SystemExit(f"{self.attrs['id']}: {form} {a}-{b} is empty")
        if isinstance(chars, str):
            if not all(chars in x for x in got):
                raise SystemExit(f"{self.attrs['id']}: {chars!r} not in line {a}")
            chars = got[0].index(chars) + len(chars)
        skip = 0
        if isinstance(chars, tuple):
            if self.shared:
                raise SystemExit(f"{self.attrs['id']}: a cut at both ends is for in-repo documents only")
            head, tail = chars
            got, chars = [x[head:len(x) - tail] for x in got], None
        if isinstance(chars, int) and chars < 0:
            skip, chars = -chars, None
            got = [x[skip:] for x in got]
        if chars:
            got = [x[:chars] for x in got]
        if not self.shared:
            return [q(x) if not extra and form == self.reference else
                    "{ text = %s%s%s }" % (q(x), extra, "" if form == self.reference else f', in = "{form}"')
                    for x in got]
        where = "" if form == self.reference else f'in = "{form}", '
        pos = f"line = {a}" if a == b else f"lines = [{a}, {b}]"
        ch = (f", chars = {chars}" if chars else "") + (f", skip = {skip}" if skip else "")
        return ["{ %s%s%s, sha = \"%s\"%s }" % (where, pos, ch, rwlib.sha("\n".join(got)), extra)]

    def line(self, raw: str):
        kind, _, rest = raw.partition(" ")
        form = self.reference
        if "@" in kind:
            kind, form = kind.split("@")
        toks = rest.split()
        if kind == "T":
            if toks[0] == "none":
                self.title = None
                self.notitle = True
                return
            (a, b, c), = ranges(toks[:1])
            parts = self.entry(form, a, b, c)
            if self.shared:
                self.title = parts[0]
            else:
                self.title = q("".join(json.loads(x) for x in parts))
        elif kind in ("K", "D"):
            key = "keep" if kind == "K" else "drop"
            for a, b, c in ranges(toks):
                self.out[key].extend(self.entry(form, a, b, c))
        elif kind == "H":
            level = int(toks[0])
            for a, b, c in ranges(toks[1:]):
                for e in self.entry(form, a, b, c):
                    if self.shared:
                        self.out["headings"].append(e[:-2] + f", level = {level} }}")
                    else:
                        txt = json.loads(e) if e.startswith('"') else None
                        if txt is None:
                            raise SystemExit("in-repo heading must be in the reference form")
                        sa = "true" if c is None else "false"
                        self.out["headings"].append("{ level = %d, text = %s, standalone = %s }" % (level, q(txt), sa))
        elif kind == "P":
            if toks[0][0].isdigit():  # reference lines A-B: mapped onto the pasted form by text
                (ra, rb, _), = ranges(toks[:1])
                if "pasted" in self.forms:
                    src = "pasted"
                    a, b = self.map_lines(ra, rb)
                else:
                    src, a, b = self.reference, ra, rb
            else:
                src = toks[0]
                (a, b, _), = ranges(toks[1:2])
            got = [rwlib.strip(x) for x in self.lines(src)[a - 1:b] if rwlib.strip(x)]
            self.partial = '{ from = "%s", lines = [%d, %d], sha = "%s" }' % (src, a, b, rwlib.sha("\n".join(got)))
        elif kind == "F":
            name = toks[0]
            (a, b, c), = ranges(toks[1:2])
            e = self.entry(form, a, b, c)
            self.out["fields"].append(f"{name} = " + (e[0] if self.shared or len(e) == 1 else q("".join(json.loads(x) for x in e))))
        elif kind == "N":
            self.notes.append(rest)
        else:
            raise SystemExit(f"unknown spec line {raw!r}")

    def map_lines(self, ra, rb):
        ref, pasted = self.lines(self.reference), self.lines("pasted")
        na, nb = rwlib.norm(ref[ra - 1]), rwlib.norm(ref[rb - 1])
        pn = [rwlib.norm(x) for x in pasted]
        def find(target, start, last=False):
            hits = [i for i in range(start, len(pn)) if pn[i] and (pn[i] == target)]
            if not hits:
                hits = [i for i in range(start, len(pn)) if pn[i] and (target in pn[i] or pn[i] in target) and len(pn[i]) >= 4]
            if not hits:
                raise SystemExit(f"{self.attrs['id']}: reference line {ra if not last else rb} not found in pasted")
            return (hits[-1] if last else hits[0]) + 1
        a = find(na, 0)
        b = find(nb, a - 1, last=True)
        return a, b

    def toml(self, site_info: dict) -> str:
        a = self.attrs
        site = a["site"]
        if site not in site_info:
            raise SystemExit(f"{a['id']}: site {site} not in sites.toml")
        out = [f'id = "{a["id"]}"', f'site = "{site}"', f'category = "{site_info[site]["category"]}"',
               f'genre = "{a["genre"]}"', f'set = "{rwlib.expected_set(site, site_info)}"',
               f'reference = "{self.reference}"']
        if self.notes:
            out.append(f"notes = {q(' '.join(self.notes))}")
        out.append(f"title = {self.title}" if self.title else "# no title: the document has none")
        if self.partial:
            out.append(f"partial = {self.partial}")
        out.append("")
        out.append("[forms]")
        out += [f"{k} = {q(v)}" for k, v in self.forms.items()]
        if self.out["fields"]:
            out += ["", "[fields]", *self.out["fields"]]
        out.append("")
        # arrays after tables are not allowed at top level in TOML; use a [lists] table
        out.append("[lists]")
        for key in ("keep", "drop", "headings"):
            out.append(f"{key} = [")
            out += [f"  {e}," for e in self.out[key]]
            out.append("]")
        return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args(argv)
    info = sites()
    doc = None
    docs = []
    for raw in Path(args.spec).read_text(encoding="utf-8").splitlines():
        raw = raw.split(" #", 1)[0].rstrip() if not raw.startswith("N ") else raw
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            doc = Doc(raw[1:])
            docs.append(doc)
        else:
            doc.line(raw.strip())
    for d in docs:
        path = rwlib.LABELS / f"{d.attrs['id']}.toml"
        if path.exists() and not args.force:
            print(f"{path.name} exists (use --force)")
            continue
        path.write_text(d.toml(info), encoding="utf-8")
        rwlib.load_label(path)  # resolves every entry: fails loudly on a bad spec
        print("wrote", path.relative_to(rwlib.ROOT))


if __name__ == "__main__":
    main()
