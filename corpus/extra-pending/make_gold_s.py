#!/usr/bin/env python3
"""Hand-written gold for the blind set S (corpusS) of corpus/extra-pending
(see README.md, section "Blind set (corpusS)"); the métropole and the
syndicat d'énergies moved to ../extra/make_gold_s.py in session 17.
Run: python3 make_gold_s.py

Same conventions and tooling as make_gold_r.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


# ---------------------------------------------------------------- (c)
CLECT_TABLE = [  # the table's cells as printed, row by row (EUR, tax null)
    ("1 245 300", 1245300), ("96 420", 96420), ("1 148 880", 1148880),
    ("318 750", 318750), ("41 200", 41200), ("277 550", 277550),
    ("207 400", 207400), ("38 150", 38150), ("169 250", 169250),
    ("154 980", 154980), ("27 630", 27630), ("127 350", 127350),
    ("562 100", 562100), ("209 400", 209400), ("352 700", 352700),
    ("2 488 530", 2488530), ("412 800", 412800), ("2 075 730", 2075730)]


def ca_grand_verdoyer_clect():
    """RAPPORT of a CLECT (commission locale d'évaluation des charges
    transférées) of a communauté d'agglomération: letterhead with BP,
    international phone "+33 (0)3 …", bare e-mail and SIREN on one line;
    centred "RAPPORT DE LA CLECT N° 2025-02" and "Réunion du vendredi trois
    octobre deux mille vingt-cinq" (weekday + day in words, no "L'an");
    "Objet :" on two lines with guillemets; convocation numeric; members as
    a DASH LIST "– Commune : M. Prénom NOM" (commune FIRST); "Membre
    représenté : X (commune), pouvoir à Y"; "Participaient à titre
    consultatif :"; counts "Membres de la commission (…) : 12 / Présents : 10
    – Représenté : 1 – Absent : 1"; numbered SECTIONS (no Vu, no articles, no
    verb); CGI article "1609 nonies C" cut by a line break, "du II de
    l'article L.5211-5 du CGCT"; amounts "1 985 000 € TTC", "412,8 k€",
    words; a table of attributions de compensation with bare numbers under
    "(montants en €)" and a TOTAL row; the vote in a sentence "la commission
    adopte le présent rapport par 9 voix pour, 1 voix contre (…) et 1
    abstention (…)"; "Fait à"; a transmission line with a weekday date"""
    d = DocB("ca-grand-verdoyer-rapport-clect-2025-02")
    d.reset("sous la présidence de")
    pres = d.P("M. Bruno ALLARD")
    d.reset("Membres présents :")
    present = d.persons("M. Bruno ALLARD", "Mme Corinne BAUDET", "M. Damien CASTEL",
                        "Mme Estelle DUVIVIER", "M. François LEGRAND", "Mme Ghislaine HOCQUET",
                        "M. Henri IDZIAK", "Mme Jeanne KOWALCZYK", "M. Louis MAHIEU",
                        "Mme Noémie OBERT")
    # "Membre représenté : X, pouvoir à Y": proxies only (as "Absents ayant
    # donné procuration"), X is neither excused nor absent
    px = [d.proxy("Mme Agathe CORNU", "M. Bruno ALLARD", at="Membre représenté")]
    absent = [d.P("M. Xavier LEPRINCE", at="Membre absent")]
    adv = d.persons("Mme Julie FERRAND", "M. Olivier PRUVOST", at="Participaient")
    votes = [d.vote("adopte le présent rapport par 9 voix pour, 1 voix contre (Mme Corinne "
                    "BAUDET) et 1 abstention (M. Louis MAHIEU)", 9, 1, 1)]
    sigs = [d.signature("Le Président de la CLECT,", "Bruno ALLARD",
                        "Le Président de la CLECT", "Bruno ALLARD", "Verdoyer", "2025-10-06")]
    d.reset("2. ÉVALUATION")
    amounts = [d.amount("1 985 000 €", 1985000, tax="TTC"),
               d.amount("412,8 k€", 412800),
               d.amount("quatre cent douze mille huit cents euros", 412800)]
    d.reset("Commune (montants en €)")
    amounts += [d.amount(t, v) for t, v in CLECT_TABLE]
    d.reset()
    # "de 2015 à 2024", "exercice 2024", "AC 2025" are no dates
    dates = [d.date("vendredi trois octobre deux mille vingt-cinq", "2025-10-03"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("22/09/2025", "2025-09-22"),
             d.date("12 mars 2025", "2025-03-12"),
             d.date("12 mars 2025", "2025-03-12"),
             d.date("3 août 2018", "2018-08-03"),
             d.date("19 décembre 2024", "2024-12-19"),
             d.date("6 octobre 2025", "2025-10-06"),
             d.date("lundi 13 octobre 2025", "2025-10-13")]
    d.reset("1. CADRE JURIDIQUE")
    # "1609 nonies C" without spaces, as "1530 bis" -> "1530bis"
    refs = [d.ref("deliberation", "délibération n° 2025-031 du conseil communautaire du 12 "
                  "mars 2025", number="2025-031", date="2025-03-12"),
            d.ref("code", "article 1609 nonies C du code général des impôts",
                  code="Code général des impôts", articles=["1609noniesC"]),
            d.ref("loi", "loi n° 2018-702 du 3 août 2018", number="2018-702",
                  date="2018-08-03"),
            d.ref("arrete", "arrêté préfectoral n° 2024-DCL-318 du 19 décembre 2024",
                  number="2024-DCL-318", date="2024-12-19"),
            d.ref("code", "article L.5211-5 du CGCT", code=CGCT, articles=["L.5211-5"])]
    d.reset()
    ids = [d.ident("postal_code", "62870", "62870"),
           d.ident("phone", "+33 (0)3 21 47 90 00", "+33321479000"),
           d.ident("email", "clect@grandverdoyer.fr", "clect@grandverdoyer.fr"),
           d.ident("siren", "200 069 128", "200069128"),
           d.ident("siret", "443 819 073 00018", "44381907300018")]
    a = doc(d, "rapport", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND VERDOYER",
             "body": "Commission locale d'évaluation des charges transférées (CLECT)"},
            "2025-02",
            "Évaluation des charges transférées au titre de la compétence « gestion des eaux "
            "pluviales urbaines » (transfert au 1er janvier 2025)",
            session={"date": "2025-10-03", "place": "siège communautaire, salle Vauban",
                     "convened_on": "2025-09-22", "president": pres, "secretary": None},
            att=attendance(present, [], absent, px, adv, [], in_office=12, present_n=10,
                           represented=1, voting=None),
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["ca_grand_verdoyer_clect"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
