#!/usr/bin/env python3
"""Hand-written gold for the blind set J (corpusJ) of corpus/extra-pending
(see README.md, section "Blind set (corpusJ)"): the document still
pending, lyon-7e-conseil-arrondissement-pv-2024-10-08 (the other three
moved to corpus/extra/make_gold_j.py).
Run: python3 make_gold_j.py

Same conventions and tooling as make_gold_i.py (it uses
corpus/extra/_goldlib.py, pointed at this directory with use_dir()).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


# ---------------------------------------------------------------- (a)
def lyon_arrondissement():
    """procès-verbal of a conseil d'arrondissement (Lyon 7e): letterhead
    "VILLE DE LYON / Mairie du 7e arrondissement", body line "CONSEIL DU 7e
    ARRONDISSEMENT", counts on one line, names cut by a line break ("M.
    Étienne / CHAMBON"), "Excusés ayant donné pouvoir : X (pouvoir à Y)",
    four numbered items (three "DÉLIBÉRATION N° 2024/7/0nn –", one "AVIS
    SUR LE RAPPORT N° …"), a member interested who "ne prend pas part au
    vote", a member leaving mid-séance "quitte la séance à 20 h 15 et donne
    pouvoir à …" between items, verbs in capitals inside sentences
    (APPROUVE, DÉCIDE, ÉMET, PROPOSE), "Avis favorable : 27 pour, 2
    abstentions.", hyphenated line ends ("subven-/tions", "terri-/
    toriales"), side-by-side signatures without "Fait à" """
    d = DocB("lyon-7e-conseil-arrondissement-pv-2024-10-08")
    d.reset("sous la présidence de")
    pres = d.P("Mme Claire-Anne MOURGUES")
    d.reset("Présents :")
    present = [d.P(t) for t in (
        "Mme Claire-Anne MOURGUES", "M. Karim BOUAZIZ", "Mme Lucie VERNAY", "M. Étienne CHAMBON",
        "Mme Hélène DUMONTET", "M. Théo LAMBERT", "Mme Sarah BENHAMOU", "M. Olivier PRADEL",
        "Mme Inès MARTINET", "M. Grégoire FAYOLLE", "Mme Amandine ROUX-CHAPUIS",
        "M. Nicolas GUILLERMIN", "Mme Fatou DIALLO", "M. Benoît REYNAUD", "Mme Cécile VIALLON",
        "M. Maxime TERRASSON", "Mme Julie BONNAMOUR", "M. Rachid HAMMADI", "Mme Océane PERRET",
        "M. Jérôme DESCOURS", "Mme Laure GIRAUDET", "M. Victor ARNAUD", "Mme Mathilde COTTET",
        "M. Hugo BERTHELIER", "Mme Nadia CHERIF", "M. Antoine GRANGE")]
    # "Excusés ayant donné pouvoir : X (pouvoir à Y)": X in excused and proxies
    d.reset("Excusés ayant donné pouvoir")
    excused = [d.P("Mme Agnès MOLLARD"), d.P("M. Paul DUFAUD"), d.P("Mme Solène TISSOT")]
    d.reset("Excusés ayant donné pouvoir")
    px = [d.proxy("Mme Agnès MOLLARD", "M. Karim BOUAZIZ"),
          d.proxy("M. Paul DUFAUD", "Mme Hélène DUMONTET"),
          d.proxy("Mme Solène TISSOT", "M. Théo LAMBERT")]
    absent = [d.P("M. Franck OLLIVIER")]
    sec = d.P("M. Théo LAMBERT")
    # judgement: the member leaving mid-séance and giving a proxy is a proxy
    # printed in the text (it holds for items 3 and 4); he stays in present
    d.reset("quitte la séance")
    px.append(d.proxy(d.P("M. Étienne CHAMBON", at="M. Étienne CHAMBON quitte"),
                      "Mme Lucie VERNAY"))
    d.reset("1. DÉLIBÉRATION")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    votes = [d.vote("Adopté à l'unanimité.", unanimous=True),
             d.vote("M. Karim BOUAZIZ, président de l'association Les Jardins de Gerland, ne "
                    "prend pas part au vote. Adopté par 25 voix pour et 3 voix contre.",
                    25, 3, None, not_voting=1),
             d.vote("Avis favorable : 27 pour, 2 abstentions.", 27, None, 2),
             d.vote("Adopté par 20 voix pour, 6 voix contre et 3 abstentions.", 20, 6, 3)]
    sigs = [d.signature("La Maire du 7e arrondissement,", "Claire-Anne MOURGUES",
                        "La Maire du 7e arrondissement", "Claire-Anne MOURGUES", None, None),
            d.signature("Le Secrétaire de séance,", "Théo LAMBERT", "Le Secrétaire de séance",
                        "Théo LAMBERT", None, None, at="La séance est levée")]
    d.reset()
    amounts = [d.amount("1 500 €", 1500), d.amount("2 000 €", 2000), d.amount("800 €", 800),
               d.amount("4 300 €", 4300), d.amount("310 000 €", 310000, tax="TTC"),
               d.amount("120 000 €", 120000)]
    d.reset()
    dates = [d.date("mardi 8 octobre 2024", "2024-10-08"),
             d.date("1er octobre 2024", "2024-10-01"),
             d.date("mardi 8 octobre 2024", "2024-10-08"),
             d.date("17 juin 2024", "2024-06-17"),
             d.date("17 juin 2024", "2024-06-17"),
             d.date("11 décembre 2023", "2023-12-11")]
    d.reset("1. DÉLIBÉRATION")
    # item headings naming délibérations are `deliberation` references (PV
    # convention); the rapport of item 3 is no reference (creuse), nor the
    # procès-verbal of the previous séance (a record)
    refs = [d.ref("deliberation", "DÉLIBÉRATION N° 2024/7/021", number="2024/7/021"),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024/7/022", number="2024/7/022"),
            d.ref("code", "article L.2511-38 du code général des collectivités terri- toriales",
                  code=CGCT, articles=["L.2511-38"]),
            d.ref("deliberation", "délibération du Conseil municipal n° 2023/3891 du 11 décembre "
                  "2023", number="2023/3891", date="2023-12-11"),
            d.ref("code", "article L.2511-13 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2511-13"]),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024/7/023", number="2024/7/023")]
    d.reset()
    ids = [d.ident("postal_code", "69007", "69007"),
           d.ident("phone", "04 72 73 68 00", "0472736800")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "VILLE DE LYON", "body": "CONSEIL DU 7e ARRONDISSEMENT"},
            None, "PROCÈS-VERBAL DE SÉANCE Séance du mardi 8 octobre 2024",
            session={"date": "2024-10-08",
                     "place": "salle du conseil de la mairie d'arrondissement",
                     "convened_on": "2024-10-01", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=30, present_n=26,
                           represented=3, voting=29),
            dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    lyon_arrondissement()
