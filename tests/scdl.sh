#!/bin/sh
# scdl.sh - the SCDL "Deliberations" CSV export (--format scdl) of the
# corpus, parsed back with Python's csv module: the header, one row per
# deliberation, RFC 4180 quoting, and the values of the row of
# corpus/cd62-cp-2022-418.txt checked against the document itself:
#   "DEPARTEMENT DU PAS-DE-CALAIS" (first line), "(N°2022-418)",
#   "REUNION DU 17 OCTOBRE 2022", the title block, "Pour : 42 voix",
#   "Contre : 0 voix", "Abstention : 0 voix"; no ACTES stamp and no
#   printed "en exercice"/"votants" counts, so PREF_* and VOTE_EFFECTIF/
#   VOTE_REEL are empty; its annexes (two conventions, a rapport) give no
#   row.  The SIRET passed with --siret is the department's, printed in
#   the annexed convention ("N° SIRET : 226 200 012 00012").
#
# Environment (set by make check): EXTRACT, top_srcdir.
# Exit: 0 pass, 1 failure, 77 no python3.

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
: "${EXTRACT:=$top_builddir/cli/extract}"
command -v python3 > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
cd "$top_srcdir" || exit 99

tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-scdl.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

"$EXTRACT" --format scdl --jobs 2 --siret 22620001200012 --collectivity "Not used" \
    corpus/*.txt > "$tmp/all.csv" 2> "$tmp/err"
rc=$?
if [ $rc -ne 0 ]; then
    echo "FAIL  extract --format scdl corpus exited with $rc"
    cat "$tmp/err"
    exit 1
fi
"$EXTRACT" --format scdl corpus/cd62-cp-2022-418.txt > "$tmp/one.csv" || exit 1
# A deliberation with no collectivity line, its title with a comma and
# double quotes: --collectivity fills COLL_NOM, the cell is quoted.
printf 'D\303\211LIB\303\211RATION DU CONSEIL MUNICIPAL\nS\303\251ance du 3 mars 2024\n\nD\303\251lib\303\251ration n\302\260 2024-99\n\nOBJET : Travaux, voirie et "place" du march\303\251\n\nLe Conseil Municipal, apr\303\250s en avoir d\303\251lib\303\251r\303\251,\nD\303\211CIDE\nArticle 1 : de faire.\n' > "$tmp/q.txt"
"$EXTRACT" --format scdl --collectivity "Commune de Testville" "$tmp/q.txt" > "$tmp/q.csv" || exit 1

python3 - "$tmp/all.csv" "$tmp/one.csv" "$tmp/q.csv" << 'EOF'
import csv, sys

failed = 0
def check(name, cond):
    global failed
    print(("ok    " if cond else "FAIL  ") + name)
    failed += not cond

COLUMNS = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
           "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
           "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
           "VOTE_ABSTENTION", "DELIB_URL"]

raw = open(sys.argv[1], "rb").read()
check("UTF-8 without a byte order mark", not raw.startswith(b"\xef\xbb\xbf") and bool(raw.decode("utf-8")))
check("rows end with CRLF (RFC 4180)", raw.count(b"\r\n") == raw.count(b"\n") and raw.endswith(b"\r\n"))
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
check("header: the 17 SCDL columns in order", rows[0] == COLUMNS)
check("every row has 17 cells", all(len(r) == 17 for r in rows))
recs = [dict(zip(COLUMNS, r)) for r in rows[1:]]
check("one row per deliberation of the corpus (at least one per deliberation file)", len(recs) >= 5)

cd62 = [r for r in recs if r["DELIB_ID"] == "2022-418"]
check("cd62: exactly one row (its conventions and rapport give none)", len(cd62) == 1)
r = cd62[0] if cd62 else {c: None for c in COLUMNS}
expect = {
    "COLL_NOM": "DEPARTEMENT DU PAS-DE-CALAIS",   # the text wins over --collectivity
    "COLL_SIRET": "22620001200012",               # from --siret: the text has none of its own
    "DELIB_ID": "2022-418",
    "DELIB_DATE": "2022-10-17",
    "DELIB_MATIERE_CODE": "",
    "DELIB_MATIERE_NOM": "",
    "DELIB_OBJET": "STRATÉGIE DE PRÉVENTION ET DE LUTTE CONTRE LA PAUVRETÉ DANS LE "
                   "PAS-DE-CALAIS - CONVENTION BASSIN MINIER - ENGAGEMENT DU DÉPARTEMENT "
                   "AU TITRE DE 2022",
    "BUDGET_ANNEE": "",
    "BUDGET_NOM": "",
    "PREF_ID": "",
    "PREF_DATE": "",
    "VOTE_EFFECTIF": "",
    "VOTE_REEL": "",
    "VOTE_POUR": "42",
    "VOTE_CONTRE": "0",
    "VOTE_ABSTENTION": "0",
    "DELIB_URL": "",
}
for c in COLUMNS:
    check("cd62: %s = %r (got %r)" % (c, expect[c], r[c]), r[c] == expect[c])

# A row with an ACTES stamp: commune-extrait-2023-36 ("Envoyé en
# préfecture le 16/10/2023", "Reçu en préfecture le 16/10/2023",
# "053-215328105-20231012-2023_36-DE", "En exercice : 15", "Votants : 14").
ext = [r for r in recs if r["DELIB_ID"] == "2023-36"]
check("extrait 2023-36: one row", len(ext) == 1)
if ext:
    e = ext[0]
    check("extrait 2023-36: PREF_ID is the ACTES id", e["PREF_ID"] == "053-215328105-20231012-2023_36-DE")
    check("extrait 2023-36: PREF_DATE is the reception date", e["PREF_DATE"] == "2023-10-16")
    check("extrait 2023-36: VOTE_EFFECTIF 15, VOTE_REEL 14",
          (e["VOTE_EFFECTIF"], e["VOTE_REEL"]) == ("15", "14"))
    check("extrait 2023-36: the SIRET given is used (the text has none)", e["COLL_SIRET"] == "22620001200012")

# A proces-verbal: one row per deliberation item.
pv = [r for r in recs if r["PREF_ID"].startswith("062-216274308-20240328-")]
check("proces-verbal of 2024-03-28: one row per item (3)", len(pv) == 3)

# Quoting survives a round trip: a title with a comma and double quotes.
qraw = open(sys.argv[3], "rb").read().decode("utf-8")
check("quoting: the cell is quoted, quotes doubled",
      '"Travaux, voirie et ""place"" du marché"' in qraw)
with open(sys.argv[3], newline="", encoding="utf-8") as f:
    q = list(csv.reader(f))
check("quoting: read back whole", len(q) == 2 and q[1][6] == 'Travaux, voirie et "place" du marché')
check("--collectivity fills COLL_NOM when the text has none",
      len(q) == 2 and q[1][0] == "Commune de Testville")
check("synthetic: DELIB_ID and DELIB_DATE", len(q) == 2 and q[1][2:4] == ["2024-99", "2024-03-03"])

with open(sys.argv[2], newline="", encoding="utf-8") as f:
    one = list(csv.reader(f))
check("one file: header and one row", len(one) == 2 and one[0] == COLUMNS)
check("one file without --siret: COLL_SIRET empty", len(one) == 2 and one[1][1] == "")
sys.exit(1 if failed else 0)
EOF
