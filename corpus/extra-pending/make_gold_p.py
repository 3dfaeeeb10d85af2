#!/usr/bin/env python3
"""Hand-written gold for the blind set P (corpusP) of corpus/extra-pending
(see README.md, section "Blind set (corpusP)").
Run: python3 make_gold_p.py

Same conventions and tooling as make_gold_o.py (corpus/extra/_goldlib.py,
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


# ---------------------------------------------------------------- (a)
def villers_aubras_typewritten():
    """old TYPEWRITTEN délibération (2002) entirely in capitals WITHOUT
    accents: "DEPARTEMENT / ARRONDISSEMENT / CANTON / COMMUNE" letterhead
    beside "REPUBLIQUE FRANCAISE", "EXTRAIT DU REGISTRE DES DELIBERATIONS",
    "SEANCE DU 8 MARS 2002", counts with dot leaders ("EN EXERCICE
    .......... 11"), "L'AN DEUX MIL DEUX, LE HUIT MARS", convened "LE
    PREMIER MARS DEUX MIL DEUX", "ETAIENT PRESENTS : MM. … MMES …" (given
    names in capitals too), "ABSENTS EXCUSES : X (POUVOIR A Y)", secretary
    in a sentence, "N." for N° (no degree sign on the typewriter), code
    articles "L 2121-29" with a blank, an euro amount in words and digits
    "EUROS" plus its FRANCS equivalent, a postal code in brackets, "POUR
    EXTRAIT CONFORME, A …, LE …" and a sous-préfecture reception stamp"""
    d = DocB("commune-villers-les-aubras-deliberation-2002-14")
    d.reset("SOUS LA PRESIDENCE DE")
    pres = d.S("M. ROGER FAIVRE-PIERRET", "M.", "ROGER", "FAIVRE-PIERRET")
    # civility groups "MM. …, MMES …": each name gets the group civility,
    # its span without the prefix; given names in capitals are given
    # (first word), the family name the last word
    d.reset("ETAIENT PRESENTS")
    present = [d.S("ROGER FAIVRE-PIERRET", "M.", "ROGER", "FAIVRE-PIERRET"),
               d.S("ANDRE COLLILIEUX", "M.", "ANDRE", "COLLILIEUX"),
               d.S("MICHEL GRANDJEAN", "M.", "MICHEL", "GRANDJEAN"),
               d.S("LUCIEN VAUTHIER", "M.", "LUCIEN", "VAUTHIER"),
               d.S("GILBERT MOUGENOT", "M.", "GILBERT", "MOUGENOT"),
               d.S("JEANNINE PETITCOLIN", "Mme", "JEANNINE", "PETITCOLIN"),
               d.S("ODETTE BOILLOT", "Mme", "ODETTE", "BOILLOT"),
               d.S("SIMONE DEMESMAY", "Mme", "SIMONE", "DEMESMAY")]
    # "ABSENTS EXCUSES : X (POUVOIR A Y)": X excused AND in proxies
    d.reset("ABSENTS EXCUSES")
    g1 = d.S("M. MARCEL GUYOT", "M.", "MARCEL", "GUYOT")
    h1 = d.S("M. ANDRE COLLILIEUX", "M.", "ANDRE", "COLLILIEUX")
    g2 = d.S("MME HUGUETTE CLERGET", "Mme", "HUGUETTE", "CLERGET")
    h2 = d.S("MME ODETTE BOILLOT", "Mme", "ODETTE", "BOILLOT")
    excused = [g1, g2]
    px = [d.proxy(g1, h1), d.proxy(g2, h2)]
    d.reset("ABSENT : M.")
    absent = [d.S("M. DANIEL ROUSSEY", "M.", "DANIEL", "ROUSSEY")]
    sec = d.S("MME SIMONE DEMESMAY", "Mme", "SIMONE", "DEMESMAY")
    visas = [d.clause(t) for t in (
        "VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SES ARTICLES L 2121-29 ET "
        "L 2241-1 ;",
        "VU LA LOI N. 95-127 DU 8 FEVRIER 1995 RELATIVE AUX MARCHES PUBLICS ET DELEGATIONS DE "
        "SERVICE PUBLIC ;",
        "VU L'AVIS DU SERVICE DES DOMAINES EN DATE DU 12 FEVRIER 2002 ;")]
    cons = [d.clause(t) for t in (
        "CONSIDERANT QUE LE PRIX PROPOSE EST CONFORME A L'ESTIMATION DU SERVICE DES DOMAINES ;",
        "CONSIDERANT QUE L'AMENAGEMENT PROJETE EST NECESSAIRE A LA SECURITE DES ELEVES ;")]
    votes = [d.vote("A L'UNANIMITE DES MEMBRES PRESENTS ET REPRESENTES", unanimous=True)]
    dec = {"verb": "DECIDE", "span": d.span("DECIDE")}
    # the dash points are no articles
    sigs = [d.signature("LE MAIRE,", "ROGER FAIVRE-PIERRET", "LE MAIRE", "ROGER FAIVRE-PIERRET",
                        "VILLERS-LES-AUBRAS", "2002-03-11", at="POUR EXTRAIT CONFORME")]
    d.reset("DECIDE :")
    amounts = [d.amount("DEUX MILLE SIX CENT CINQUANTE EUROS", 2650),
               d.amount("2 650,00 EUROS", 2650),
               d.amount("17 382,86 FRANCS", 17382.86)]
    # francs: ISO 4217 FRF
    amounts[2]["currency"] = "FRF"
    d.reset()
    dates = [d.date("8 MARS 2002", "2002-03-08"),
             d.date("L'AN DEUX MIL DEUX, LE HUIT MARS", "2002-03-08"),
             d.date("PREMIER MARS DEUX MIL DEUX", "2002-03-01"),
             d.date("8 FEVRIER 1995", "1995-02-08"),
             d.date("12 FEVRIER 2002", "2002-02-12"),
             d.date("11 MARS 2002", "2002-03-11"),
             d.date("13 MARS 2002", "2002-03-13")]
    d.reset("VU LE CODE")
    # the avis des Domaines is no cited act; "SECTION ZB N. 47", "CHEMIN
    # RURAL N. 6" and "ARTICLE 2111 DU BUDGET" are no references
    refs = [d.ref("code", "CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SES ARTICLES "
                  "L 2121-29 ET L 2241-1", code=CGCT, articles=["L2121-29", "L2241-1"]),
            d.ref("loi", "LOI N. 95-127 DU 8 FEVRIER 1995", number="95-127", date="1995-02-08")]
    d.reset()
    ids = [d.ident("postal_code", "70800", "70800")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VILLERS-LES-AUBRAS", "body": "CONSEIL MUNICIPAL"},
            "14/2002",
            "ACQUISITION DE LA PARCELLE CADASTREE SECTION ZB N. 47 AU LIEU-DIT \"LES CHAMPS "
            "BRULES\"",
            session={"date": "2002-03-08", "place": "MAIRIE", "convened_on": "2002-03-01",
                     "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=11, present_n=8,
                           represented=None, voting=10),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])

if __name__ == "__main__":
    for f in sys.argv[1:] or ["villers_aubras_typewritten"]:
        globals()[f]()
