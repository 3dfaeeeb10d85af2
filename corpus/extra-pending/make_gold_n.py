#!/usr/bin/env python3
"""Hand-written gold for the blind set N (corpusN) of corpus/extra-pending
(see README.md, section "Blind set (corpusN)").
Run: python3 make_gold_n.py

Same conventions and tooling as make_gold_m.py (corpus/extra/_goldlib.py,
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

ROUTE = "code de la route"


# ---------------------------------------------------------------- (a)
def saint_aubin_circulation():
    """arrêté temporaire de police de la circulation (travaux de voirie):
    letterhead with postal code and phone, rubric "POLICE DE LA
    CIRCULATION" over "Arrêté temporaire n° VOI-2025-017", two-line
    "Objet :", "Le Maire de la commune de …," as the body line, visas in
    capitals "VU" citing two codes, an arrêté interministériel and an
    instruction approved by an arrêté, the pétitionnaire with SIRET and a
    market amount HT inside a visa, one "CONSIDÉRANT", LETTER-SPACED verb
    "A R R Ê T E", articles abbreviated "ART. n :", a weekday period
    "Du lundi … au vendredi …", numeric signature date, "Ampliation :" dash
    list, "Acte rendu exécutoire après transmission en préfecture le …"
    and "Identifiant :" ACTES id"""
    d = DocB("commune-saint-aubin-lauzes-arrete-circulation-2025-017")
    d.reset("Le Maire de la commune")
    visas = [d.clause(t) for t in (
        "VU le code général des collectivités territoriales, notamment ses articles L.2213-1 à "
        "L.2213-6 ;",
        "VU le code de la route, notamment ses articles R.411-8 et R.417-10 ;",
        "VU l'arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des "
        "routes et autoroutes ;",
        "VU l'instruction interministérielle sur la signalisation routière, huitième partie, "
        "approuvée par l'arrêté du 6 novembre 1992 ;",
        "VU la demande présentée le 10 février 2025 par l'entreprise TP Bazois Réseaux, 4 rue du "
        "Canal, 58800 Corbigny (SIRET 529 147 381 00014), titulaire du marché de travaux d'un "
        "montant de 86 420,00 € HT ;")]
    cons = [d.clause(
        "CONSIDÉRANT que les travaux de renouvellement de la conduite d'eau potable nécessitent de "
        "réglementer la circulation afin d'assurer la sécurité des usagers et du personnel de "
        "chantier ;")]
    # the verb as printed, letter-spaced (contract: "as printed")
    dec = {"verb": "A R R Ê T E", "span": d.span("A R R Ê T E")}
    arts = [
        d.article("1", None, "ART. 1 :",
                  "Du lundi 3 mars 2025 au vendredi 14 mars 2025 inclus, de 8 h 00 à 17 h 30, la "
                  "circulation de tous les véhicules sera alternée par feux tricolores route de "
                  "Beaumont, entre le n° 12 et le carrefour de la rue des Vignes."),
        d.article("2", None, "ART. 2 :",
                  "Le stationnement sera interdit et considéré comme gênant, au sens de l'article "
                  "R.417-10 du code de la route, au droit du chantier pendant toute la durée des "
                  "travaux."),
        d.article("3", None, "ART. 3 :",
                  "La signalisation réglementaire sera mise en place et entretenue par l'entreprise "
                  "TP Bazois Réseaux, sous le contrôle des services techniques municipaux."),
        d.article("4", None, "ART. 4 :",
                  "Toute infraction au présent arrêté sera constatée et poursuivie conformément aux "
                  "lois et règlements en vigueur."),
        d.article("5", None, "ART. 5 :",
                  "Monsieur le Commandant de la brigade de gendarmerie de Corbigny et les agents de "
                  "la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du "
                  "présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,\nGérard", "Gérard PONCELET", "Le Maire", "Gérard PONCELET",
                        "Saint-Aubin-des-Lauzes", "2025-02-21", at="Fait à Saint-Aubin")]
    d.reset()
    amounts = [d.amount("86 420,00 €", 86420, tax="HT")]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("6 novembre 1992", "1992-11-06"),
             d.date("10 février 2025", "2025-02-10"),
             d.date("lundi 3 mars 2025", "2025-03-03"),
             d.date("vendredi 14 mars 2025", "2025-03-14"),
             d.date("21/02/2025", "2025-02-21"),
             d.date("24/02/2025", "2025-02-24")]
    d.reset("Le Maire de la commune")
    # the instruction has no number or date of its own: the arrêté that
    # approved it is the cited act; "RD 132" is a road, not a reference
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.2213-1 à L.2213-6", code=CGCT, articles=["L.2213-1", "L.2213-6"]),
            d.ref("code", "code de la route, notamment ses articles R.411-8 et R.417-10", code=ROUTE,
                  articles=["R.411-8", "R.417-10"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("arrete", "arrêté du 6 novembre 1992", date="1992-11-06"),
            d.ref("code", "article R.417-10 du code de la route", code=ROUTE,
                  articles=["R.417-10"])]
    d.reset()
    ids = [d.ident("postal_code", "58270", "58270"),
           d.ident("phone", "03 86 58 21 47", "0386582147"),
           d.ident("postal_code", "58800", "58800"),
           d.ident("siret", "529 147 381 00014", "52914738100014"),
           d.ident("acte", "058-215804329-20250221-VOI2025017-AR",
                   "058-215804329-20250221-VOI2025017-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-LAUZES", "body": "Le Maire"},
            "VOI-2025-017",
            "Réglementation de la circulation et du stationnement – travaux de renouvellement du "
            "réseau d'eau potable, route de Beaumont (RD 132)",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    for f in sys.argv[1:] or ["saint_aubin_circulation"]:
        globals()[f]()
