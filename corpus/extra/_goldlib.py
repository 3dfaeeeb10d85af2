"""Tiny helper used to write the hand-made gold files of corpus/extra.

The *content* of each gold file (which dates, amounts, references... and
their values) is decided by hand in make_gold*.py; this module only locates
the chosen source strings in the .txt file and turns character positions
into byte offsets (spans), collapses blanks for text values, and holds the
builders the make_gold*.py scripts share (attendance(), EMPTY_SESSION,
CGCT, Doc, DocB).
"""
import hashlib
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
# where the documents are and the source path the gold names: corpus/extra
# by default; a script of another directory (corpus/extra-pending) calls
# use_dir() before making its documents
DIR = HERE
PREFIX = "corpus/extra/"


def use_dir(directory, prefix):
    global DIR, PREFIX
    DIR, PREFIX = directory, prefix

EMPTY_SESSION = {"date": None, "place": None, "convened_on": None,
                 "president": None, "secretary": None}
CGCT = "Code général des collectivités territoriales"
# the other codes the builders cite (one spelling for all sets)
CASF = "Code de l'action sociale et des familles"
CCP = "Code de la commande publique"
CGPPP = "Code général de la propriété des personnes publiques"
CENV = "Code de l'environnement"
CGI = "Code général des impôts"
CVR = "Code de la voirie routière"
CCOM = "Code des communes"
URBA = "Code de l'urbanisme"
CTRA = "Code des transports"
CRPA = "Code des relations entre le public et l'administration"
CEDUC = "Code de l'éducation"
CCH = "Code de la construction et de l'habitation"


def attendance(present=(), excused=(), absent=(), proxies=(), adv_p=(),
               adv_e=(), in_office=None, present_n=None, represented=None,
               voting=None):
    return {"present": list(present), "excused": list(excused),
            "absent": list(absent), "proxies": list(proxies),
            "advisory_present": list(adv_p), "advisory_excused": list(adv_e),
            "counts": {"in_office": in_office, "present": present_n,
                       "represented": represented, "voting": voting}}


def collapse(t):
    # line-end hyphenation: "pau-\nvreté" -> "pauvreté" (lower-case both sides),
    # otherwise keep the hyphen ("Nouvelle-\nAquitaine", "Jean-\nMarc")
    def hy(m):
        a, b = m.group(1), m.group(2)
        if a.islower() and b.islower():
            return a + b
        return a + "-" + b
    t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", hy, t)
    t = " ".join(t.split())
    return unicodedata.normalize("NFC", t)


class Doc:
    def __init__(self, name):
        self.name = name
        self.path = os.path.join(DIR, name + ".txt")
        self.raw = open(self.path, "rb").read()
        self.s = self.raw.decode("utf-8")
        self.cursor = 0
        self.log = []

    def b(self, i):
        return len(self.s[:i].encode("utf-8"))

    def locate(self, t, at=None, n=1, seq=True):
        if at is not None:
            start = self.s.index(at)
        elif seq:
            start = self.cursor
        else:
            start = 0
        i = start - 1
        for _ in range(n):
            i = self.s.index(t, i + 1)
        if seq:
            self.cursor = i + len(t)
        return i, i + len(t)

    def reset(self, at=None):
        self.cursor = 0 if at is None else self.s.index(at)

    def span(self, t, at=None, n=1, seq=True):
        i, j = self.locate(t, at, n, seq)
        self.log.append((self.b(i), t))
        return [self.b(i), self.b(j)]

    # ---- element builders -------------------------------------------
    def person(self, t, civ, given, family, at=None, n=1, seq=True):
        return {"civility": civ, "given": given, "family": family,
                "text": collapse(t), "span": self.span(t, at, n, seq)}

    def amount(self, t, value, tax=None, at=None, n=1):
        d = {"value": value, "currency": "EUR", "text": collapse(t),
             "span": self.span(t, at, n)}
        if tax:
            d["tax"] = tax
        return d

    def date(self, t, value, at=None, n=1):
        return {"value": value, "text": collapse(t), "span": self.span(t, at, n)}

    def ref(self, kind, t, number=None, date=None, code=None, articles=(),
            at=None, n=1):
        return {"kind": kind, "number": number, "date": date, "code": code,
                "articles": list(articles), "text": collapse(t),
                "span": self.span(t, at, n)}

    def ident(self, kind, t, value, at=None, n=1):
        return {"kind": kind, "value": value, "text": t,
                "span": self.span(t, at, n)}

    def clause(self, t, at=None, n=1):
        return {"text": collapse(t), "span": self.span(t, at, n)}

    def article(self, number, heading, head, body, at=None):
        """head: the printed heading line text up to the body; body: the
        body text exactly as in the file (may hold page furniture,
        given clean in `clean`)."""
        i, _ = self.locate(head, at)
        j = self.s.index(body, i)
        assert j >= i + len(head), (head, body)
        end = j + len(body)
        self.cursor = end
        return {"number": number, "heading": heading, "text": collapse(body),
                "span": [self.b(i), self.b(end)]}

    def vote(self, t, for_=None, against=None, abstention=None,
             not_voting=None, absent_without_proxy=None, unanimous=False,
             result="adopted", for_groups=(), at=None):
        return {"for": for_, "against": against, "abstention": abstention,
                "not_voting": not_voting,
                "absent_without_proxy": absent_without_proxy,
                "unanimous": unanimous, "for_groups": list(for_groups),
                "result": result, "span": self.span(t, at)}

    def signature(self, role_first, name_text, role, name, place, date,
                  at=None):
        i, _ = self.locate(role_first, at, seq=False)
        j = self.s.index(name_text, i) + len(name_text)
        return {"role": role, "name": name, "place": place, "date": date,
                "span": [self.b(i), self.b(j)]}

    def proxy(self, frm, to, at=None):
        f = self.person(*frm, at=at)
        t = self.person(*to)
        return {"from": f, "to": t, "span": self.proxy_span(f, t)}

    def proxy_span(self, f, t):
        # from the giver's name to the holder's; "X (pouvoir à Y)" takes
        # the closing bracket in (as the shared corpus' gold does)
        a, b = f["span"][0], t["span"][1]
        seg = self.raw[a:b]
        if seg.count(b"(") > seg.count(b")") and self.raw[b:b + 1] == b")":
            b += 1
        return [a, b]

    # ---- output ----------------------------------------------------------
    def verify(self, out):
        check(self, out)

    def write(self, documents):
        out = {
            "schema_version": 1,
            "generator": "gold (hand-verified)",
            "source": {"path": PREFIX + self.name + ".txt",
                       "size": len(self.raw), "encoding": "utf-8",
                       "sha256": hashlib.sha256(self.raw).hexdigest()},
            "documents": documents,
            "diagnostics": [],
        }
        self.verify(out)
        with open(os.path.join(DIR, self.name + ".gold.json"), "w",
                  encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")


def check(doc, out, ok_person=None, tails=False):
    """Every span must print its text (modulo blanks); lists in text order.
    ok_person(p): a person's span prints its text (the default; DocB's
    names cut by a column differ); tails: articles and signatures end with
    their text and name (DocB)."""
    raw = doc.raw

    def txt(sp):
        return raw[sp[0]:sp[1]].decode("utf-8")

    if ok_person is None:
        def ok_person(p):
            return collapse(txt(p["span"])) == p["text"]

    for d in out["documents"]:
        for key in ("amounts", "dates", "references", "identifiers",
                    "visas", "considerants", "articles", "votes",
                    "signatures"):
            starts = [x["span"][0] for x in d[key]]
            assert starts == sorted(starts), (doc.name, key, "order")
        for key in ("amounts", "dates", "references", "identifiers",
                    "visas", "considerants"):
            for x in d[key]:
                assert collapse(txt(x["span"])) == x["text"], (key, x)
        att = d["attendance"]
        for key in ("present", "excused", "absent", "advisory_present",
                    "advisory_excused"):
            for p in att[key]:
                assert ok_person(p), (key, p)
        for pr in att["proxies"]:
            for p in (pr["from"], pr["to"]):
                assert ok_person(p), p
        for k in ("president", "secretary"):
            p = d["session"][k]
            if p:
                assert ok_person(p), p
        if d["decision"]["verb"]:
            assert txt(d["decision"]["span"]) == d["decision"]["verb"]
        if tails:
            for a in d["articles"]:
                assert collapse(txt(a["span"])).endswith(a["text"]), a
            for s in d["signatures"]:
                assert s["name"] is None or collapse(txt(s["span"])).endswith(s["name"]), s


# ---------------------------------------------------------------------
# DocB (make_gold_b.py, make_gold_c.py): Doc with
# - locate() matching the chosen string with any run of blanks/line breaks
#   where the string has one blank (the chosen strings are written on one
#   line; the span still covers the source exactly), and text values taken
#   from the source slice (collapsed);
# - person_cols(): a name cut by a line break in a two-column page that
#   pdftotext flattened, so that text of the other column sits inside the
#   name's span (as in corpus/epci-...-057 present[7]).  Its `text` is the
#   name without the other column; check_b() verifies the name's words
#   appear in order inside the span.
CIV = {"M.": "M.", "Mme": "Mme", "Monsieur": "M.", "Madame": "Mme",
       "MONSIEUR": "M.", "MADAME": "Mme", "Mlle": "Mlle"}
PARTICLES = {"de", "du", "des", "d'", "le", "la"}


def check_inside(a):
    """every mention of the document a lies inside its span"""
    for key in ("amounts", "dates", "references", "identifiers", "visas",
                "considerants", "articles", "votes", "signatures"):
        for e in a[key]:
            assert a["span"][0] <= e["span"][0] and e["span"][1] <= a["span"][1], (key, e)


def split_name(t):
    """'M. Jean-Marie PONSARD' -> ('M.', 'Jean-Marie', 'PONSARD'): given
    name(s) first, family name in capitals (with a lower-case particle
    before it).  Only used for names written in that order; every other
    form is given by hand (DocB.S)."""
    w = collapse(t).split()
    civ = CIV.get(w[0])
    if civ:
        w = w[1:]
    k = next(i for i, x in enumerate(w)
             if x.upper() == x and any(c.isalpha() for c in x))
    if k > 0 and w[k - 1] in PARTICLES:
        k -= 1
    given = " ".join(w[:k]) or None
    return civ, given, " ".join(w[k:])


class DocB(Doc):
    def __init__(self, name):
        super().__init__(name)
        self.col_persons = set()

    def locate(self, t, at=None, n=1, seq=True):
        if at is not None:
            start = self.locate(at, seq=False)[0]
        elif seq:
            start = self.cursor
        else:
            start = 0
        pat = re.compile(r"\s+".join(re.escape(x) for x in t.split()))
        m = None
        pos = start
        for _ in range(n):
            m = pat.search(self.s, pos)
            if m is None:
                raise ValueError("not found: %r after %d" % (t, start))
            pos = m.start() + 1
        if seq:
            self.cursor = m.end()
        return m.start(), m.end()

    def reset(self, at=None):
        self.cursor = 0
        if at is not None:
            self.cursor = self.locate(at, seq=False)[0]

    def span(self, t, at=None, n=1, seq=True):
        i, j = self.locate(t, at, n, seq)
        return [self.b(i), self.b(j)]

    def src(self, sp):
        return self.raw[sp[0]:sp[1]].decode("utf-8")

    # text values are taken from the source slice (collapsed), so a string
    # written here on one line prints as the file has it
    def person(self, t, civ=None, given=None, family=None, at=None, n=1,
               seq=True, auto=True):
        if auto and family is None:
            civ, given, family = split_name(t)
        sp = self.span(t, at, n, seq)
        return {"civility": civ, "given": given, "family": family,
                "text": collapse(self.src(sp)), "span": sp}

    def P(self, t, **kw):
        return self.person(t, **kw)

    def persons(self, *names, at=None):
        """the persons of a list printed in this order (split_name() forms),
        the first one looked for after `at`: [P(names[0], at=at), P(...)]"""
        return [self.P(t, at=at if i == 0 else None) for i, t in enumerate(names)]

    def S(self, t, civ, given, family, **kw):
        """a name printed surname first, or any irregular form"""
        return self.person(t, civ, given, family, auto=False, **kw)

    def person_cols(self, first, last, text, at=None):
        i, _ = self.locate(first, at)
        j0, j = self.locate(last)
        sp = [self.b(i), self.b(j)]
        civ, given, family = split_name(text)
        self.col_persons.add(tuple(sp))
        return {"civility": civ, "given": given, "family": family,
                "text": text, "span": sp}

    def proxy(self, frm, to, at=None):
        f = self.P(frm, at=at) if isinstance(frm, str) else frm
        t = self.P(to) if isinstance(to, str) else to
        return {"from": f, "to": t, "span": self.proxy_span(f, t)}

    def amount(self, t, value, tax=None, at=None, n=1):
        sp = self.span(t, at, n)
        d = {"value": value, "currency": "EUR", "text": collapse(self.src(sp)),
             "span": sp}
        if tax:
            d["tax"] = tax
        return d

    def date(self, t, value, at=None, n=1):
        sp = self.span(t, at, n)
        return {"value": value, "text": collapse(self.src(sp)), "span": sp}

    def ref(self, kind, t, number=None, date=None, code=None, articles=(),
            at=None, n=1):
        sp = self.span(t, at, n)
        return {"kind": kind, "number": number, "date": date, "code": code,
                "articles": list(articles), "text": collapse(self.src(sp)),
                "span": sp}

    def ident(self, kind, t, value, at=None, n=1):
        sp = self.span(t, at, n)
        return {"kind": kind, "value": value, "text": self.src(sp),
                "span": sp}

    def clause(self, t, at=None, n=1):
        sp = self.span(t, at, n)
        return {"text": collapse(self.src(sp)), "span": sp}

    def article(self, number, heading, head, body, at=None):
        i, _ = self.locate(head, at)
        j, end = self.locate(body)
        assert j >= i + len(head.strip()), (head, body)
        return {"number": number, "heading": heading,
                "text": collapse(self.s[j:end]),
                "span": [self.b(i), self.b(end)]}

    def signature(self, role_first, name_text, role, name, place, date,
                  at=None):
        i, _ = self.locate(role_first, at, seq=False)
        save = self.cursor
        self.cursor = i
        _, j = self.locate(name_text)
        self.cursor = save
        return {"role": role, "name": name, "place": place, "date": date,
                "span": [self.b(i), self.b(j)]}

    def verify(self, out):
        check_b(self, out)


def check_b(doc, out):
    """check(), with the two-column names (their words in order) and the
    article and signature tails."""
    def ok_person(p):
        sp = tuple(p["span"])
        src = collapse(doc.src(p["span"]))
        if sp in doc.col_persons:
            pos = 0
            for w in p["text"].replace("-", " ").split():
                k = src.find(w, pos)
                assert k >= 0, (p, src)
                pos = k + len(w)
            return True
        return src == p["text"]

    check(doc, out, ok_person, tails=True)


def doc(d, type_, span, issuer, number, title, session=None, att=None,
        visas=(), cons=(), dec=None, arts=(), votes=(), sigs=(), amounts=(),
        dates=(), refs=(), ids=()):
    """One document of the gold (d, the DocB, is unused: kept so that the
    calls read as one per document)."""
    return {
        "type": type_, "span": span, "issuer": issuer, "number": number,
        "title": title, "session": session or dict(EMPTY_SESSION),
        "attendance": att or attendance(),
        "visas": list(visas), "considerants": list(cons),
        "decision": dec or {"verb": None, "span": None},
        "articles": list(arts), "votes": list(votes), "signatures": list(sigs),
        "amounts": list(amounts), "dates": list(dates),
        "references": list(refs), "identifiers": list(ids)}


# an article cut by page furniture (corpus/extra-pending make_gold_h.py)
class DocH(DocB):
    """DocB whose tail check (article text ends its span) skips the
    articles cut by page furniture (art_cut), whose span ends with their
    text but holds the furniture inside"""
    def __init__(self, name):
        super().__init__(name)
        self.cut = set()

    def verify(self, out):
        saved = []
        for d in out["documents"]:
            for a in d["articles"]:
                if tuple(a["span"]) in self.cut:
                    src = collapse(self.src(a["span"]))
                    assert src.endswith(a["text"][-40:]), (a, src)
                    saved.append((a, a["text"]))
                    a["text"] = src[src.index(a["text"][:20]):]
        try:
            super().verify(out)
        finally:
            for a, t in saved:
                a["text"] = t


def art(d, number, heading, head, first, last):
    """an article: span from its heading line `head` to the end of `last`;
    text the body from `first` (its first words) to `last` (its last
    words), collapsed as the contract says"""
    i, _ = d.locate(head)
    j, _ = d.locate(first)
    _, end = d.locate(last)
    assert j >= i + len(head)
    return {"number": number, "heading": heading, "text": collapse(d.s[j:end]),
            "span": [d.b(i), d.b(end)]}


def art_cut(d, number, heading, head, first, last, text):
    """an article whose body is cut by page furniture: the span runs from
    the heading line to the end of `last`; `text` is the body without the
    furniture (given by hand, checked against the two ends)"""
    i, _ = d.locate(head)
    j, _ = d.locate(first)
    _, end = d.locate(last)
    assert j >= i + len(head)
    assert text.startswith(collapse(first)) and text.endswith(collapse(last)), text
    d.cut.add((d.b(i), d.b(end)))
    return {"number": number, "heading": heading, "text": text,
            "span": [d.b(i), d.b(end)]}
