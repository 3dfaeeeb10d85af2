#!/usr/bin/env python3
"""Hand-written gold for the blind set BD (corpusBD) of corpus/extra-pending
(see README.md, section "Blind set (corpusBD)").
Run: python3 make_gold_bd.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. The set is the VOTE reader's torture test.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CCP, CGCT, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def delib_refs(d, nums):
    return [d.ref("deliberation", "DÉLIBÉRATION N° " + n, number=n) for n in nums]


def saint_aurele_pv():
    """municipal PV of a city of 49 members: votes BY POLITICAL GROUP, named
    dissenters, a member not voting, an AMENDMENT before the main question."""
    d = DocH("commune-saint-aurele-sur-morve-pv-2026-05")
    pres = d.P("Mme Nathalie FERRAND", at="présidence de")
    sec = d.P("M. Karim BENSALEM", at="Secrétaire de séance")
    att = attendance(in_office=49, present_n=44, represented=4, voting=48)
    session = {"date": "2026-05-28", "place": "hôtel de ville",
               "convened_on": "2026-05-21", "president": pres, "secretary": sec}
    d.reset("1 – DÉLIBÉRATION")
    verb = d.span("APPROUVE")
    d.reset("1 – DÉLIBÉRATION")
    votes = [
        d.vote("par 36 voix pour, 8 voix contre et 4 abstentions",
               for_=36, against=8, abstention=4),
        d.vote("l'amendement est rejeté : Pour : 8 (groupe « Ensemble pour\n"
               "Saint-Aurèle ») – Contre : 36 – Abstentions : 4 (groupe « Agir autrement »)",
               for_=8, against=36, abstention=4,
               for_groups=["groupe « Ensemble pour Saint-Aurèle »"],
               result="rejected"),
        d.vote("Adopté par 40 voix pour et 8 voix contre", for_=40, against=8),
        d.vote("Adopté à l'unanimité des suffrages exprimés (47 voix)", for_=47,
               not_voting=1, unanimous=True),
        d.vote("Vote : Pour : groupes « Saint-Aurèle Demain » et « Ensemble pour\n"
               "Saint-Aurèle », M. Henri VASSAL (non inscrit) ; Contre : néant ;\n"
               "Abstention : groupe « Agir autrement ».\nLe vœu est ADOPTÉ",
               against=0,
               for_groups=["Saint-Aurèle Demain", "Ensemble pour Saint-Aurèle"]),
        d.vote("Adopté à l'unanimité", unanimous=True, at="5 – DÉLIBÉRATION"),
    ]
    place, date = "Saint-Aurèle-sur-Morve", "2026-06-02"
    sigs = [d.signature("La Maire,", "Nathalie FERRAND", "La Maire", "Nathalie FERRAND",
                        place, date, at="Fait à"),
            d.signature("Le secrétaire de séance,", "Karim BENSALEM",
                        "Le secrétaire de séance", "Karim BENSALEM", place, date,
                        at="Fait à")]
    d.reset()
    amounts = [d.amount("3 412 600,00 €", 3412600), d.amount("0,90 €", 0.9),
               d.amount("1,10 €", 1.1), d.amount("12 500 €", 12500)]
    d.reset()
    dates = [d.date("28 MAI 2026", "2026-05-28"), d.date("21 mai 2026", "2026-05-21"),
             d.date("2 juin 2026", "2026-06-02")]
    d.reset()
    refs = delib_refs(d, ["2026-071", "2026-072", "2026-073"])
    refs.append(d.ref("code", "article L.2311-7 du CGCT", code=CGCT,
                      articles=["L.2311-7"]))
    refs += delib_refs(d, ["2026-074", "2026-075"])
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "VILLE DE SAINT-AURÈLE-SUR-MORVE",
             "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU 28 MAI 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def sictom_pv():
    """comité syndical PV with the tallies printed in EVERY STYLE, a vote
    REJECTED and a question ADJOURNED (no vote)."""
    d = DocH("sictom-val-dorvane-pv-comite-2026-04")
    pres = d.P("M. Gérard POULAIN", at="présidence de")
    sec = d.P("Mme Martine COLLET", at="Secrétaire de séance")
    att = attendance(in_office=30, present_n=21, represented=3, voting=24)
    session = {"date": "2026-04-22", "place": "salle des fêtes d'Orvane-le-Bourg",
               "convened_on": "2026-04-14", "president": pres, "secretary": sec}
    d.reset("POINT 2")
    verb = d.span("DÉCIDE")
    d.reset("POINT 1")
    votes = [
        d.vote("POUR : 21\nCONTRE : 2\nABSTENTION(S) : 1\n"
               "Le compte administratif 2025 est approuvé", for_=21, against=2,
               abstention=1),
        d.vote("adoptée par 21 voix pour, 2 voix contre et 1 abstention",
               for_=21, against=2, abstention=1),
        d.vote("Adopté à l'unanimité moins 2 abstentions", abstention=2,
               unanimous=True),
        d.vote("Adopté à l'unanimité des suffrages exprimés (3 abstentions)",
               abstention=3, unanimous=True),
        d.vote("adoptée par vingt et une voix pour et trois contre", for_=21,
               against=3),
        d.vote("rejetée par 14 voix contre, 8 voix pour et 2 abstentions", for_=8,
               against=14, abstention=2, result="rejected"),
        d.vote("Approuvé sans observation, à l'unanimité des membres présents et\n"
               "représentés", unanimous=True),
    ]
    place, date = "Orvane-le-Bourg", "2026-04-24"
    sigs = [d.signature("Le Président,", "Gérard POULAIN", "Le Président",
                        "Gérard POULAIN", place, date, at="À Orvane-le-Bourg, le"),
            d.signature("La secrétaire de séance,", "Martine COLLET",
                        "La secrétaire de séance", "Martine COLLET", place, date,
                        at="À Orvane-le-Bourg, le")]
    d.reset()
    amounts = [d.amount("214 380,55 €", 214380.55), d.amount("3,20 €", 3.2),
               d.amount("1 280 000 €", 1280000, tax="HT")]
    d.reset()
    dates = [d.date("MERCREDI 22 AVRIL 2026", "2026-04-22"),
             d.date("14 avril 2026", "2026-04-14"), d.date("4 mars 2026", "2026-03-04"),
             d.date("24 avril 2026", "2026-04-24")]
    d.reset()
    refs = [d.ref("code", "articles L.2124-2 et R.2124-2 du code de la commande publique",
                  code=CCP, articles=["L.2124-2", "R.2124-2"])]
    d.reset()
    ids = [d.ident("postal_code", "71460", "71460"),
           d.ident("siret", "512 345 679 00017", "51234567900017")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL DE COLLECTE ET DE TRAITEMENT DES "
                             "ORDURES MÉNAGÈRES DU VAL D'ORVANE (SICTOM)",
             "body": "COMITÉ SYNDICAL"},
            None, "PROCÈS-VERBAL DE LA RÉUNION DU MERCREDI 22 AVRIL 2026",
            session=session, att=att, dec={"verb": "DÉCIDE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lauzac_pv():
    """conseil communautaire PV: a SECRET BALLOT in two rounds (no vote) and
    a SCRUTIN PUBLIC with the roll call of each side."""
    d = DocH("cc-pays-de-lauzac-pv-conseil-2026-07")
    pres = d.P("Mme Ghislaine AUBRY", at="présidence de")
    sec = d.P("M. Rémi TEYSSIER", at="Secrétaire de séance")
    att = attendance(in_office=27, present_n=23, represented=2, voting=25)
    session = {"date": "2026-07-09", "place": "salle du Foirail de Lauzac",
               "convened_on": "2026-07-02", "president": pres, "secretary": sec}
    d.reset("Second tour")
    verb = d.span("PROCLAME")
    d.reset("2. DÉLIBÉRATION")
    votes = [d.vote("par 15 voix pour, 8 voix contre et 2 abstentions", for_=15,
                    against=8, abstention=2),
             d.vote("adopté à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Présidente,", "Ghislaine AUBRY", "La Présidente",
                        "Ghislaine AUBRY", "Lauzac", "2026-07-10", at="Fait à")]
    d.reset()
    amounts = [d.amount("45 000 €", 45000)]
    d.reset()
    dates = [d.date("JEUDI 9 JUILLET 2026", "2026-07-09"),
             d.date("2 juillet 2026", "2026-07-02"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("10 juillet 2026", "2026-07-10")]
    d.reset()
    refs = [d.ref("deliberation", "DÉLIBÉRATION N° 2026-058", number="2026-058"),
            d.ref("code", "l'article L.2121-21 du CGCT".replace("l'", ""), code=CGCT,
                  articles=["L.2121-21"]),
            d.ref("deliberation", "DÉLIBÉRATION N° 2026-059", number="2026-059")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE LAUZAC-EN-QUERCY",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 9 JUILLET 2026",
            session=session, att=att, dec={"verb": "PROCLAME", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def sorne_cp():
    """commission permanente PV: unanimity lines, a VOTE TABLE per rapport
    (Pour | Contre | Abstention | NPPV | Résultat), a rapport WITHDRAWN."""
    d = DocH("departement-val-de-sorne-cp-pv-2026-06-15")
    pres = d.P("M. Jean-Baptiste ROCHER", at="présidence de")
    sec = d.P("Mme Laure CASTEL", at="Secrétaire de séance")
    att = attendance(in_office=42, present_n=36, represented=4, voting=40)
    session = {"date": "2026-06-15", "place": "Hôtel du Département",
               "convened_on": "2026-06-05", "president": pres, "secretary": sec}
    d.reset("I. RAPPORTS")
    votes = [d.vote("Adopté à l'unanimité", unanimous=True) for _ in range(3)]
    votes += [
        d.vote("CP-2026-06-104  |  30  |    6   |      4     |   –  | Adopté",
               for_=30, against=6, abstention=4, not_voting=0),
        d.vote("CP-2026-06-105  |  34  |    0   |      4     |   2  | Adopté",
               for_=34, against=0, abstention=4, not_voting=2),
        d.vote("CP-2026-06-106  |  24  |   16   |      0     |   –  | Adopté",
               for_=24, against=16, abstention=0, not_voting=0),
        d.vote("CP-2026-06-107  |  18  |   20   |      2     |   –  | Rejeté",
               for_=18, against=20, abstention=2, not_voting=0, result="rejected"),
    ]
    sigs = [d.signature("Le Président du Conseil départemental,", "Jean-Baptiste ROCHER",
                        "Le Président du Conseil départemental", "Jean-Baptiste ROCHER",
                        "Sorne-la-Ville", "2026-06-16", at="Fait à")]
    d.reset()
    amounts = [d.amount("2 450 000 €", 2450000, tax="TTC"), d.amount("18 000 €", 18000),
               d.amount("2 100 000 €", 2100000)]
    d.reset()
    dates = [d.date("LUNDI 15 JUIN 2026", "2026-06-15"),
             d.date("lundi 15 juin 2026", "2026-06-15"),
             d.date("5 juin 2026", "2026-06-05"),
             d.date("8 décembre 2025", "2025-12-08"),
             d.date("16 juin 2026", "2026-06-16")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2025-214 du\n8 décembre 2025",
                  number="2025-214", date="2025-12-08")]
    d.reset()
    ids = [d.ident("siret", "512 345 679 00017", "51234567900017")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU VAL-DE-SORNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            None, "PROCÈS-VERBAL DE LA RÉUNION DU LUNDI 15 JUIN 2026",
            session=session, att=att, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_aurele_pv()
    sictom_pv()
    lauzac_pv()
    sorne_cp()
