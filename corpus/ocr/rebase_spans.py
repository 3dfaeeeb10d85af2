#!/usr/bin/env python3
"""Re-base the element spans of corpus/ocr/*.gold.json onto the OCR'd text.

The OCR golds hold the clean document's values (corpus/NAME.txt, or
corpus/extra/NAME.txt for the documents taken from there); their
documents[].span already index the OCR'd text corpus/ocr/NAME.QUALITY.txt,
but their element spans were copied from the clean gold.  This script
aligns the clean text with the OCR'd text and moves every element span
(every "span" key below documents[], except documents[].span itself) to the
stretch of the OCR'd text that prints the same part of the page.  Values
and texts are left as they are.

Run by maintainers (not by make check), from anywhere:

    python3 corpus/ocr/rebase_spans.py            # rewrite the 14 gold files
    python3 corpus/ocr/rebase_spans.py --check    # only print the table
    python3 corpus/ocr/rebase_spans.py --check --show 0.8
                                    # also list the elements below 0.8
    python3 corpus/ocr/rebase_spans.py --check --first-run
                                    # on golds not yet re-based: also check
                                    # that each element's current span is
                                    # the clean gold's

The clean span of each element is always taken from the clean gold
corpus/NAME.gold.json (elements are paired with it by walking both files
in parallel; lists are paired by sequence alignment of their elements
without spans, since the hand-check removed or changed a few), so a second
run gives byte-identical files.  Output keeps the files' format (json,
indent 1, UTF-8).

Method (python3 stdlib only):
 1. Both texts are decoded (UTF-8) and folded per character: lower case,
    accents stripped, 0->o, 1->l, every blank -> " ".  The anchor sequence
    keeps only letters and digits (blanks, punctuation and OCR specks are
    left out, so re-wrapped lines and glued words still match).
 2. Anchors: k-grams (k = 10) of the anchor sequence that occur exactly
    once in each text, kept in increasing order on both sides (longest
    increasing subsequence).  Between two consecutive anchors the same is
    done again inside the gap with k = 7, 5, 4, 3 (unique within the gap),
    so lost or added lines do not disturb their neighbours.  The anchored
    letters form runs; a run is cut where the punctuation between two of
    its letters differs in the two texts, and pieces of fewer than 3
    letters are dropped (the e of "programme ;" must not anchor on the OCR
    speck "è" that precedes the next "Considérant"), as is a fragment of
    fewer than 3 letters at a piece's end that is a word of its own in one
    text and part of a longer word in the other (the A of "ARRÊTE\n
    Article" must not anchor on the speck "a" of "ARRÊTE a ee : Fo ;").
 3. Between two consecutive anchored letters the characters are aligned
    by edit distance (DP over the folded characters): equal 0, two blanks
    1, insertion or deletion 4 (2 for a blank: the OCR drops and adds
    blanks freely), substitution within a class 6 (letters,
    digits and symbols: "é" read "ë", "€" read "D" is printed in place),
    substitution across classes (blank, punctuation, other) 10, i.e.
    never; inserting OCR characters between two non-blank clean characters
    (or deleting clean characters between two non-blank OCR characters)
    costs 1 more each, so of two equal paths the one that keeps words
    whole wins ("publique ;" printed "publique ee": the e stays on the
    first e).  Gaps over DP_CELLS cells would be mapped proportionally and
    reported; none occurs in the corpus.
 4. A clean span [s, e) maps to [m(first), m(last) + 1) where first/last
    are the first/last non-blank clean characters of the span that have an
    OCR counterpart (matched or substituted).  An OCR word cut by the span
    takes in its letters that print no clean character ("GOURIOU" printed
    "on").  Blanks are trimmed at both ends and the span is clipped to its
    document's span; offsets are bytes of the OCR file, on UTF-8 character
    boundaries.  A span none of whose characters has a counterpart would
    become an empty span where it would have been printed (none occurs).
 5. Check: for every element, the similarity (difflib ratio, blanks
    folded) between the OCR bytes at the new span and the clean bytes at
    the old span; per file: count, median, count < 0.8, count < 0.5.
    documents[].span are checked (they tile the OCR file; each boundary is
    within 200 bytes of where the clean boundary maps) but never changed.
"""

import bisect
import difflib
import glob
import json
import os
import re
import statistics
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

K_LEVELS = (10, 7, 5, 4, 3)
DP_CELLS = 400000
BLANKS = " \t\r\n\f\v\u00a0\u202f\u2009\u2007\ufeff"


def fold_char(ch):
    if ch in BLANKS or ch.isspace():
        return " "
    d = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in d if not unicodedata.combining(c)).lower()
    c = base[:1] if base else ch.lower()
    return {"0": "o", "1": "l", "œ": "o", "æ": "a"}.get(c, c)


class Text:
    def __init__(self, raw):
        self.raw = raw
        self.s = raw.decode("utf-8")
        # byte offset of each character, plus the end
        self.off = [0] * (len(self.s) + 1)
        o = 0
        for i, ch in enumerate(self.s):
            self.off[i] = o
            o += len(ch.encode("utf-8"))
        self.off[len(self.s)] = o
        self.fold = [fold_char(ch) for ch in self.s]
        # anchor sequence: letters and digits only
        self.apos = [i for i, c in enumerate(self.fold) if c.isalnum()]
        self.aseq = "".join(self.fold[i] for i in self.apos)

    def char_at_byte(self, b):
        """index of the character starting at byte b (or the next one)"""
        return bisect.bisect_left(self.off, b)


def lis(pairs):
    """longest subsequence of pairs (sorted by a) strictly increasing in
    both a and b"""
    tails, tails_i, prev = [], [], [None] * len(pairs)
    for n, (a, b) in enumerate(pairs):
        # strictly increasing b; equal a never happens within one call
        j = bisect.bisect_left(tails, b)
        if j > 0:
            prev[n] = tails_i[j - 1]
        if j == len(tails):
            tails.append(b)
            tails_i.append(n)
        else:
            tails[j] = b
            tails_i[j] = n
    out = []
    n = tails_i[-1] if tails_i else None
    while n is not None:
        out.append(pairs[n])
        n = prev[n]
    out.reverse()
    return out


def unique_kgrams(seq, lo, hi, k):
    seen = {}
    for i in range(lo, hi - k + 1):
        g = seq[i:i + k]
        seen[g] = -1 if g in seen else i
    return seen


def anchor_gap(A, B, a0, a1, b0, b1, level, out):
    """anchors (folded-sequence index pairs, each the start of a k-gram,
    k = K_LEVELS[level]) in A.aseq[a0:a1] x B.aseq[b0:b1]; recursive"""
    if level >= len(K_LEVELS) or a1 - a0 <= 0 or b1 - b0 <= 0:
        return
    k = K_LEVELS[level]
    if a1 - a0 < k or b1 - b0 < k:
        anchor_gap(A, B, a0, a1, b0, b1, level + 1, out)
        return
    ua = unique_kgrams(A.aseq, a0, a1, k)
    ub = unique_kgrams(B.aseq, b0, b1, k)
    cand = sorted((i, ub[g]) for g, i in ua.items()
                  if i >= 0 and ub.get(g, -1) >= 0)
    chain = lis(cand)
    # keep anchors whose k-grams do not overlap the previous one's on a
    # different diagonal
    kept = []
    for a, b in chain:
        if kept:
            pa, pb = kept[-1]
            if (a - pa) != (b - pb) and (a < pa + k or b < pb + k):
                continue
        kept.append((a, b))
    ca, cb = a0, b0
    for a, b in kept:
        anchor_gap(A, B, ca, a, cb, b, level + 1, out)
        for j in range(k):
            out.append((a + j, b + j))
        ca, cb = a + k, b + k
    anchor_gap(A, B, ca, a1, cb, b1, level + 1, out)


def char_class(c):
    """blank, punctuation or other (letters, digits, symbols such as €):
    a substitution across classes is never "printed in place" """
    if c == " ":
        return 0
    return 1 if unicodedata.category(c)[0] == "P" else 2


def dp_align(A, B, i0, i1, j0, j1):
    """edit-distance alignment of A.s[i0:i1] with B.s[j0:j1] (folded);
    -> list of (i, j) matched or substituted"""
    fa = A.fold[i0:i1]
    fb = B.fold[j0:j1]
    ka = [char_class(c) for c in fa]
    kb = [char_class(c) for c in fb]
    n, m = len(fa), len(fb)
    INF = 1 << 30
    # cost: equal 0, insertion or deletion GAP, substitution SUB within a
    # class (a misread letter, € read as D: printed in place; SUB < 2 GAP)
    # and XSUB across classes (a blank or a punctuation mark for anything
    # else: XSUB > 2 GAP, never chosen over an insertion and a deletion,
    # so "42 181 €" vs "42181€ :" keeps € on €); two blanks match at a
    # small cost, a printed character for free, so that among equal paths
    # the one matching more printed characters wins
    # a blank is inserted or deleted at half cost: the OCR drops and adds
    # blanks freely ("L.2213-2 ;" printed "122132; sa ne ." keeps ; on ;)
    SUB, XSUB, GAP, BLANK = 6, 10, 4, 1
    ga = [GAP // 2 if k == 0 else GAP for k in ka]
    gb = [GAP // 2 if k == 0 else GAP for k in kb]

    def sub(x, y):
        if fa[x] == fb[y]:
            return BLANK if ka[x] == 0 else 0
        return SUB if ka[x] == kb[y] else XSUB
    # inserting OCR characters inside a clean word (between two of its
    # non-blank characters) costs one more per character, and so does deleting clean
    # characters inside an OCR word: of two equal paths, the one that
    # leaves the words whole wins ("publique ;" printed "publique ee": the
    # e of publique stays on the first e)
    def inword(T, i):
        return 0 < i < len(T.fold) and T.fold[i - 1] != " " and \
            T.fold[i] != " "
    ia = [1 if inword(A, i0 + x) else 0 for x in range(n + 1)]
    ib = [1 if inword(B, j0 + y) else 0 for y in range(m + 1)]
    first = [0]
    for y in range(m):
        first.append(first[-1] + gb[y] + ia[0])
    D = [first]
    for x in range(1, n + 1):
        row = [D[-1][0] + ga[x - 1] + ib[0]] + [INF] * m
        prow = D[-1]
        gx = ga[x - 1]
        ix = ia[x]
        for y in range(1, m + 1):
            c = prow[y - 1] + sub(x - 1, y - 1)
            d = prow[y] + gx + ib[y]
            if d < c:
                c = d
            d = row[y - 1] + gb[y - 1] + ix
            if d < c:
                c = d
            row[y] = c
        D.append(row)
    pairs = []
    x, y = n, m
    while x > 0 and y > 0:
        cur = D[x][y]
        if cur == D[x - 1][y - 1] + sub(x - 1, y - 1):
            pairs.append((i0 + x - 1, j0 + y - 1))
            x -= 1
            y -= 1
        elif cur == D[x - 1][y] + ga[x - 1] + ib[y]:
            x -= 1
        else:
            y -= 1
    pairs.reverse()
    return pairs


def trusted(A, B, pairs):
    """anchored letters come in runs (consecutive letters on both sides);
    a run is cut where what lies between two of its letters differs in
    the two texts by more than blanks (the letters of "programme ;\n
    Considérant" are consecutive, and so are those of the OCR's "programme
    ; ' | ue : 1. è\nConsidérant": the e of programme must not anchor on
    è); pieces shorter than MIN_RUN letters are left to the DP"""
    MIN_RUN = 3

    def between(T, i, j):
        return "".join(c for c in T.fold[i + 1:j] if c != " ")
    def alnum_at(T, i):
        return 0 <= i < len(T.fold) and T.fold[i].isalnum()

    def trim(run):
        """drop a fragment of fewer than 3 letters at either end of a run
        that is a word of its own in one text and part of a longer word
        in the other ("ARRÊTE\nArticle" vs "ARRÊTE a ee : Fo ;\nArticle":
        the A of Article must not anchor on the speck a)"""
        for t in range(len(run) - 1, max(0, len(run) - 3), -1):
            a, b = run[t]
            if not alnum_at(A, a - 1) and not alnum_at(B, b - 1):
                la, lb = run[-1]
                if alnum_at(A, la + 1) != alnum_at(B, lb + 1):
                    run = run[:t]
                break
        for t in range(0, min(len(run) - 1, 2)):
            a, b = run[t]
            if not alnum_at(A, a + 1) and not alnum_at(B, b + 1):
                fa, fb = run[0]
                if alnum_at(A, fa - 1) != alnum_at(B, fb - 1):
                    run = run[t + 1:]
                break
        return run

    out, run = [], []
    for p in pairs + [None]:
        if run and (p is None or
                    not consecutive(A, run[-1][0], p[0]) or
                    not consecutive(B, run[-1][1], p[1]) or
                    between(A, run[-1][0], p[0]) !=
                    between(B, run[-1][1], p[1])):
            run = trim(run)
            if len(run) >= MIN_RUN:
                out += run
            run = []
        if p is not None:
            run.append(p)
    return out


def consecutive(T, i, j):
    """no letter or digit between characters i and j of T"""
    return not any(c.isalnum() for c in T.fold[i + 1:j])


def align(A, B, stats):
    """-> list m: m[i] = OCR char index of clean char i, or None"""
    anchors = []
    anchor_gap(A, B, 0, len(A.aseq), 0, len(B.aseq), 0, anchors)
    pairs = sorted(set((A.apos[a], B.apos[b]) for a, b in anchors))
    pairs = lis(pairs)
    pairs = trusted(A, B, pairs)
    stats["anchored"] = len(pairs)
    m = [None] * len(A.s)
    prev = (-1, -1)
    for p in pairs + [(len(A.s), len(B.s))]:
        i0, j0 = prev[0] + 1, prev[1] + 1
        i1, j1 = p
        if i1 > i0 and j1 > j0:
            if (i1 - i0) * (j1 - j0) <= DP_CELLS:
                for i, j in dp_align(A, B, i0, i1, j0, j1):
                    m[i] = j
            else:
                stats["proportional"].append((i1 - i0, j1 - j0))
                for i in range(i0, i1):
                    m[i] = j0 + (i - i0) * (j1 - j0) // (i1 - i0)
        if p[0] < len(A.s):
            m[p[0]] = p[1]
        prev = p
    return m


def word_char(c):
    return c.isalnum()


def map_span(A, B, m, span, doc, used=None):
    """clean byte span -> OCR byte span inside doc (OCR byte span)"""
    s = A.char_at_byte(span[0])
    e = A.char_at_byte(span[1])
    idx = [i for i in range(s, e) if m[i] is not None
           and A.fold[i] != " "]
    ds, de = B.char_at_byte(doc[0]), B.char_at_byte(doc[1])
    if idx:
        os_, oe = m[idx[0]], m[idx[-1]] + 1
        if oe < os_:
            oe = os_
    else:
        # nothing printed: empty span where it would have been
        k = s - 1
        while k >= 0 and m[k] is None:
            k -= 1
        os_ = oe = (m[k] + 1) if k >= 0 else 0
    if idx and used is not None:
        # a word of the OCR text is cut by the span: take in its letters
        # that print no clean character ("GOURIOU" printed "on": the
        # span ends after "on", not after "o")
        while os_ > ds and word_char(B.fold[os_ - 1]) and \
                word_char(B.fold[os_]) and not used[os_ - 1]:
            os_ -= 1
        while oe < de and word_char(B.fold[oe]) and \
                word_char(B.fold[oe - 1]) and not used[oe]:
            oe += 1
    os_ = min(max(os_, ds), de)
    oe = min(max(oe, os_), de)
    while os_ < oe and B.fold[os_] == " ":
        os_ += 1
    while oe > os_ and B.fold[oe - 1] == " ":
        oe -= 1
    return [B.off[os_], B.off[oe]]


def blank_fold(s):
    return re.sub(r"\s+", " ", s).strip()


def similarity(a, b):
    a, b = blank_fold(a), blank_fold(b)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def label(x):
    for k in ("text", "name", "verb", "role"):
        if isinstance(x.get(k), str):
            return x[k]
    return ""


def clean_dir(base):
    """the directory of the clean document: corpus/, else corpus/extra/"""
    for d in (CORPUS, os.path.join(CORPUS, "extra")):
        if os.path.exists(os.path.join(d, base + ".gold.json")):
            return d
    return CORPUS


def rebase(gold_path, write, show):
    name = os.path.basename(gold_path)[:-len(".gold.json")]
    base = name.rsplit(".", 1)[0]
    cdir = clean_dir(base)
    with open(os.path.join(cdir, base + ".txt"), "rb") as f:
        A = Text(f.read())
    with open(os.path.join(HERE, name + ".txt"), "rb") as f:
        B = Text(f.read())
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    with open(os.path.join(cdir, base + ".gold.json"), encoding="utf-8") as f:
        clean = json.load(f)
    stats = {"proportional": []}
    m = align(A, B, stats)
    used = [False] * (len(B.s) + 1)
    for j in m:
        if j is not None:
            used[j] = True
    problems = []
    gdocs, cdocs = gold["documents"], clean["documents"]
    if len(gdocs) != len(cdocs):
        problems.append("document count %d, clean %d"
                        % (len(gdocs), len(cdocs)))
    # documents[].span: must tile the OCR file; compare with the mapped
    # clean boundaries
    end = 0
    for n, d in enumerate(gdocs):
        sp = d["span"]
        if sp[0] != end:
            problems.append("doc %d starts at %d, previous ends at %d"
                            % (n, sp[0], end))
        end = sp[1]
        if n < len(cdocs) and n > 0:
            mb = map_span(A, B, m, [cdocs[n]["span"][0], A.off[-1]],
                          [0, B.off[-1]])[0]
            if abs(mb - sp[0]) > 200:
                problems.append("doc %d starts at %d, clean start maps to %d"
                                % (n, sp[0], mb))
    if end != len(B.raw):
        problems.append("last doc ends at %d, file has %d bytes"
                        % (end, len(B.raw)))
    sims, low = [], []
    for n, d in enumerate(gdocs):
        pairs = []
        pair_up(d, cdocs[n] if n < len(cdocs) else {}, "", pairs, problems)
        for path, x, cx in pairs:
            if not write and "--first-run" in sys.argv and x["span"] != cx["span"]:
                problems.append("doc %d %s: span %s is not the clean %s"
                                % (n, path, x["span"], cx["span"]))
            old = cx["span"]
            new = map_span(A, B, m, old, d["span"], used)
            csrc = A.raw[old[0]:old[1]].decode("utf-8")
            osrc = B.raw[new[0]:new[1]].decode("utf-8")
            r = similarity(csrc, osrc)
            sims.append(r)
            if r < show:
                low.append((r, n, path, old, new, label(x), csrc, osrc))
            if write:
                x["span"] = new
    if write:
        with open(gold_path, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return name, sims, low, problems, stats


def strip_span(x):
    if isinstance(x, dict):
        return {k: strip_span(v) for k, v in x.items() if k != "span"}
    if isinstance(x, list):
        return [strip_span(v) for v in x]
    return x


def key(x):
    return json.dumps(strip_span(x), sort_keys=True, ensure_ascii=False)


def pair_up(x, cx, path, out, problems):
    """walk the OCR gold element x and the clean gold element cx in
    parallel; out gets (path, x, cx) for every dict x with a list span.
    Lists are paired by sequence alignment on the elements without their
    spans (the hand-check removed or changed a few elements): equal runs
    pair up, a replaced run of the same length pairs index by index, a
    replaced run of another length pairs by best text similarity."""
    if isinstance(x, dict):
        if not isinstance(cx, dict):
            problems.append("%s: no clean counterpart" % path)
            return
        if isinstance(x.get("span"), list) and path:
            if isinstance(cx.get("span"), list):
                out.append((path, x, cx))
            else:
                problems.append("%s: clean counterpart has no span" % path)
        for k, v in x.items():
            if isinstance(v, (dict, list)) and k != "span":
                pair_up(v, cx.get(k), path + "." + k if path else k, out,
                        problems)
    elif isinstance(x, list):
        if not isinstance(cx, list):
            problems.append("%s: no clean counterpart" % path)
            return
        ka, kb = [key(v) for v in x], [key(v) for v in cx]
        sm = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
                for i, j in zip(range(i1, i2), range(j1, j2)):
                    pair_up(x[i], cx[j], "%s[%d]" % (path, i), out, problems)
            elif op in ("replace", "insert"):
                used = set()
                for i in range(i1, i2):
                    best, bj = 0.0, None
                    for j in range(j1, j2):
                        if j in used:
                            continue
                        r = difflib.SequenceMatcher(None, ka[i], kb[j]).ratio()
                        if r > best:
                            best, bj = r, j
                    if bj is None or best < 0.5:
                        problems.append("%s[%d]: no clean counterpart"
                                        % (path, i))
                        continue
                    used.add(bj)
                    pair_up(x[i], cx[bj], "%s[%d]" % (path, i), out,
                            problems)


def main(argv):
    write = "--check" not in argv
    show = 0.5
    if "--show" in argv:
        show = float(argv[argv.index("--show") + 1])
    files = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    rows = []
    allsims = []
    for gp in files:
        name, sims, low, problems, stats = rebase(gp, write, show)
        allsims += sims
        rows.append((name, len(sims), statistics.median(sims),
                     sum(r < 0.8 for r in sims), sum(r < 0.5 for r in sims)))
        for p in problems:
            print("%s: PROBLEM %s" % (name, p), file=sys.stderr)
        for g in stats["proportional"]:
            print("%s: proportional mapping over a %d x %d gap"
                  % (name, g[0], g[1]), file=sys.stderr)
        for r, n, path, old, new, lab, csrc, osrc in sorted(low):
            print("%s: %.2f d%d %s %s -> %s\n    clean: %r\n    ocr:   %r"
                  % (name, r, n, path, old, new, blank_fold(csrc)[:300],
                     blank_fold(osrc)[:300]), file=sys.stderr)
    print("| file | elements | median similarity | < 0.8 | < 0.5 |")
    print("|------|---------:|------------------:|------:|------:|")
    for name, c, med, l8, l5 in rows:
        print("| %s | %d | %.3f | %d | %d |" % (name, c, med, l8, l5))
    print("| all | %d | %.3f | %d | %d |"
          % (len(allsims), statistics.median(allsims),
             sum(r < 0.8 for r in allsims), sum(r < 0.5 for r in allsims)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
