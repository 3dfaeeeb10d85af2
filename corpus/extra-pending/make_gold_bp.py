#!/usr/bin/env python3
"""Hand-written gold for the blind set BP (corpusBP) of corpus/extra-pending
(see README.md, section "Blind set (corpusBP)"): administrative paperwork
that is NOT an act (convocation, certificat d'affichage, ACTES accusé de
réception + bordereau d'envoi, compte rendu sommaire).
Run: python3 make_gold_bp.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def lavernoux_convocation():
    """CONVOCATION with its ORDRE DU JOUR (numbered items, Questions
    diverses), séance date/time/place, signature, sending date."""
    d = DocH("commune-lavernoux-convocation-2026-03")
    sigs = [d.signature("Le Maire,", "Bernard FOUCHÉCOURT", "Le Maire",
                        "Bernard FOUCHÉCOURT", "Lavernoux", "2026-03-12",
                        at="Le Maire,\n")]
    d.reset()
    amounts = [d.amount("412 300,00 €", 412300), d.amount("1 500 €", 1500)]
    d.reset()
    dates = [d.date("JEUDI 19 MARS 2026", "2026-03-19"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("12 mars 2026", "2026-03-12", at="Fait à"),
             d.date("12 mars 2026", "2026-03-12", at="Convocation adressée"),
             d.date("13 mars 2026", "2026-03-13")]
    d.reset()
    refs = [d.ref("code", "articles L. 2121-10 et L. 2121-12 du code général des\n"
                  "collectivités territoriales", code=CGCT,
                  articles=["L.2121-10", "L.2121-12"]),
            d.ref("code", "article L. 2122-22 du CGCT", code=CGCT, articles=["L.2122-22"])]
    d.reset()
    ids = [d.ident("postal_code", "71490", "71490"),
           d.ident("phone", "03 85 42 17 60", "0385421760"),
           d.ident("email", "mairie@lavernoux.fr", "mairie@lavernoux.fr")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LAVERNOUX", "body": "Le Maire"},
            None, "CONVOCATION AU CONSEIL MUNICIPAL",
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_firmin_certificat():
    """CERTIFICAT D'AFFICHAGE ET DE PUBLICATION: "Je soussigné … certifie
    que la délibération n° … a été affichée du … au … / publiée … le …"."""
    d = DocH("commune-saint-firmin-d-orvale-certificat-affichage-2026-031")
    sigs = [d.signature("Le Maire,", "Jean-Claude MARTINOT", "Le Maire",
                        "Jean-Claude MARTINOT", "Saint-Firmin-d'Orvale", "2026-05-18",
                        at="Le Maire,\nJean")]
    d.reset()
    dates = [d.date("12 mars 2026", "2026-03-12"),
             d.date("16 mars 2026", "2026-03-16"),
             d.date("16 mai 2026", "2026-05-16"),
             d.date("16/03/2026", "2026-03-16"),
             d.date("7 octobre 2021", "2021-10-07"),
             d.date("13 mars 2026", "2026-03-13"),
             d.date("13/03/2026", "2026-03-13"),
             d.date("18 mai 2026", "2026-05-18")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2026-031 du 12 mars 2026",
                  number="2026-031", date="2026-03-12"),
            d.ref("code", "article L. 2131-1 du code\n général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2131-1"]),
            d.ref("decret", "décret n° 2021-1311\n du 7 octobre 2021",
                  number="2021-1311", date="2021-10-07")]
    d.reset()
    ids = [d.ident("siren", "212 401 236", "212401236"),
           d.ident("url", "https://www.saint-firmin-orvale.fr/deliberations",
                   "https://www.saint-firmin-orvale.fr/deliberations")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-FIRMIN-D'ORVALE", "body": "Le Maire"},
            None, "CERTIFICAT D'AFFICHAGE ET DE PUBLICATION",
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def bressac_ar_bordereau():
    """ACTES ACCUSÉ DE RÉCEPTION as exported (label: value lines, page
    footer, form feed) then a BORDEREAU D'ENVOI table of four acts."""
    d = DocH("commune-bressac-le-haut-accuse-reception-bordereau-2026-03")
    s2 = d.span("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")[0]
    ff = d.raw.index(b"\x0c")
    d.reset()
    dates1 = [d.date("12/03/2026", "2026-03-12"),
              d.date("16/03/2026", "2026-03-16"),
              d.date("12/03/2026", "2026-03-12", at="Date de la version")]
    d.reset()
    ids1 = [d.ident("acte", "024-212401236-20260312-2026_031-DE",
                    "024-212401236-20260312-2026_031-DE"),
            d.ident("siren", "212401236", "212401236", at="Émetteur")]
    a1 = doc(d, "other", [0, ff],
             {"collectivity": "COMMUNE DE BRESSAC-LE-HAUT", "body": None},
             None, "Accusé de réception d'un acte en préfecture",
             dates=dates1, ids=ids1)
    d.reset("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")
    sigs = [d.signature("Pour le Maire et par délégation,", "Sylvie RANCOULE",
                        "Pour le Maire et par délégation, La secrétaire générale",
                        "Sylvie RANCOULE", None, None, at="Pour le Maire et par")]
    d.reset("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")
    amounts = [d.amount("1 254 800,00 €", 1254800)]
    d.reset("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")
    dates2 = [d.date("lundi 16 mars 2026", "2026-03-16"),
              d.date("12/03/2026", "2026-03-12"),
              d.date("12/03/2026", "2026-03-12"),
              d.date("12/03/2026", "2026-03-12"),
              d.date("10/03/2026", "2026-03-10")]
    d.reset("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")
    refs = [d.ref("deliberation", "Délibération n° 2026-029", number="2026-029"),
            d.ref("deliberation", "Délibération n° 2026-030", number="2026-030"),
            d.ref("deliberation", "Délibération n° 2026-031", number="2026-031"),
            d.ref("arrete", "Arrêté n° A-2026-014", number="A-2026-014")]
    d.reset("COMMUNE DE BRESSAC-LE-HAUT\nSecrétariat")
    ids2 = [d.ident("postal_code", "24310", "24310"),
            d.ident("phone", "05 53 91 40 22", "0553914022")]
    a2 = doc(d, "other", [s2, len(d.raw)],
             {"collectivity": "COMMUNE DE BRESSAC-LE-HAUT", "body": None},
             None, "BORDEREAU D'ENVOI DES ACTES AU CONTRÔLE DE LÉGALITÉ",
             sigs=sigs, amounts=amounts, dates=dates2, refs=refs, ids=ids2)
    check_inside(a1)
    check_inside(a2)
    d.write([a1, a2])


def vallieres_crs():
    """COMPTE RENDU SOMMAIRE: one line per délibération, BARE NUMBER first
    ("2026-031 – Objet – adopté à l'unanimité"), vote wrapped to a second
    line, a rejected item, a withdrawn item without number or vote."""
    d = DocH("commune-vallieres-sur-dronne-compte-rendu-sommaire-2026-03-19")
    pres = d.P("M. Olivier DESCHAMPS", at="présidée par")
    sec = d.P("Mme Laure PEYRONNET", at="Secrétaire de séance")
    att = attendance(in_office=19, present_n=15, represented=3, voting=18)
    session = {"date": "2026-03-19", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Délibérations examinées")
    votes = [d.vote("adopté à l'unanimité", unanimous=True),
             d.vote("adopté par 15 voix pour et 3 abstentions", for_=15, abstention=3),
             d.vote("adopté (14 pour, 3 contre, 1 abstention)", for_=14, against=3,
                    abstention=1),
             d.vote("adopté à l'unanimité", unanimous=True),
             d.vote("rejeté\n (6 pour, 12 contre)", for_=6, against=12, result="rejected"),
             d.vote("adopté à\n l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Maire,", "Olivier DESCHAMPS", "Le Maire", "Olivier DESCHAMPS",
                        None, None, at="Le Maire,\nOlivier")]
    d.reset()
    amounts = [d.amount("24 000 €", 24000)]
    d.reset()
    dates = [d.date("23/03/2026", "2026-03-23"),
             d.date("JEUDI 19 MARS 2026", "2026-03-19"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("jeudi 9 avril 2026", "2026-04-09")]
    d.reset()
    refs = [d.ref("code", "article L. 2121-25 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-25"]),
            d.ref("decision", "décisions du Maire n° D-2026-004 à D-2026-007",
                  number="D-2026-004"),
            d.ref("code", "article L. 2122-22 du CGCT", code=CGCT, articles=["L.2122-22"])]
    d.reset()
    ids = [d.ident("url", "www.vallieres-sur-dronne.fr", "www.vallieres-sur-dronne.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VALLIÈRES-SUR-DRONNE", "body": "CONSEIL MUNICIPAL"},
            None, "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 19 MARS "
            "2026", session=session, att=att, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lavernoux_convocation()
    saint_firmin_certificat()
    bressac_ar_bordereau()
    vallieres_crs()
