"""Tiny helper used to write the hand-made gold files of corpus/extra.

The *content* of each gold file (which dates, amounts, references... and
their values) is decided by hand in make_gold.py; this module only locates
the chosen source strings in the .txt file and turns character positions
into byte offsets (spans), and collapses blanks for text values.
"""
import hashlib
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


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
        self.path = os.path.join(HERE, name + ".txt")
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
             result="adopted", at=None):
        return {"for": for_, "against": against, "abstention": abstention,
                "not_voting": not_voting,
                "absent_without_proxy": absent_without_proxy,
                "unanimous": unanimous, "for_groups": [], "result": result,
                "span": self.span(t, at)}

    def signature(self, role_first, name_text, role, name, place, date,
                  at=None):
        i, _ = self.locate(role_first, at, seq=False)
        j = self.s.index(name_text, i) + len(name_text)
        return {"role": role, "name": name, "place": place, "date": date,
                "span": [self.b(i), self.b(j)]}

    def proxy(self, frm, to, at=None):
        f = self.person(*frm, at=at)
        t = self.person(*to)
        return {"from": f, "to": t, "span": [f["span"][0], t["span"][1]]}

    # ---- output ----------------------------------------------------------
    def write(self, documents):
        out = {
            "schema_version": 1,
            "generator": "gold (hand-verified)",
            "source": {"path": "corpus/extra/" + self.name + ".txt",
                       "size": len(self.raw), "encoding": "utf-8",
                       "sha256": hashlib.sha256(self.raw).hexdigest()},
            "documents": documents,
            "diagnostics": [],
        }
        check(self, out)
        with open(os.path.join(HERE, self.name + ".gold.json"), "w",
                  encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")


def check(doc, out):
    """Every span must print its text (modulo blanks); lists in text order."""
    raw = doc.raw

    def txt(sp):
        return raw[sp[0]:sp[1]].decode("utf-8")

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
                assert collapse(txt(p["span"])) == p["text"], (key, p)
        for pr in att["proxies"]:
            for p in (pr["from"], pr["to"]):
                assert collapse(txt(p["span"])) == p["text"], p
        for k in ("president", "secretary"):
            p = d["session"][k]
            if p:
                assert collapse(txt(p["span"])) == p["text"], p
        if d["decision"]["verb"]:
            assert txt(d["decision"]["span"]) == d["decision"]["verb"]
