#!/usr/bin/env python3
"""Hand-written gold for the blind set G (corpusG) of corpus/extra-pending
(see README.md, section "Blind set (corpusG)").
Run: python3 make_gold_g.py

Same conventions and tooling as make_gold_f.py (it uses
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


# ---------------------------------------------------------------- (b)
def agglo_conseil():
    """délibération of a communauté d'agglomération's conseil communautaire:
    attendance as a three-column table "TITULAIRES PRÉSENTS / SUPPLÉANTS /
    POUVOIRS" flattened by pdftotext (each name followed by its commune in
    parentheses, each pouvoir on two lines "X (commune)" / "à Y"), then
    "Absents excusés :" / "Absents :" with communes, "Rapporteur :", dash
    list decision, "Adopté à la majorité (30 pour, 4 contre, 2
    abstentions).", "Fait à" above "Pour extrait certifié conforme," """
    d = DocB("agglo-falaises-caux-conseil-2024-147")
    d.reset("sous la")
    pres = d.P("M. Thierry GRENET")
    # the table is read column by column (the order of each list as
    # printed); the "(commune)" after each name is outside the name
    tit = ["M. Thierry GRENET", "Mme Sophie BÉNARD", "M. Arnaud LECOURT", "Mme Nadège FRÉMONT",
           "M. Jean-Pierre AUVRAY", "Mme Colette DUBUC", "M. Patrick HAUCHECORNE",
           "M. Didier QUESNEL", "Mme Brigitte LEMESLE", "M. Alain DELAMARE",
           "Mme Françoise VASSE", "M. Rémi LEFRANÇOIS", "M. Hubert de LA HOUSSAYE",
           "Mme Murielle CARPENTIER", "M. Laurent BOUTEILLER", "Mme Christelle OSMONT",
           "M. Gérard LE GUILLOU", "Mme Annick TOUTAIN", "M. Bruno MAUGER",
           "M. Yves-Marie PICARD", "Mme Sandrine HÉBERT-LOUVEL", "M. Olivier COQUIN",
           "M. Jacky FLEURY", "Mme Liliane DUHAMEL", "M. Stéphane ROUSSELIN",
           "Mme Karine LETELLIER", "M. Michel BRUMENT", "M. Franck LAHAYE"]
    present = []
    for t in tit:
        # the name followed by its "(": the same name may be printed
        # earlier in the POUVOIRS column ("à Mme Christelle OSMONT")
        d.reset("TITULAIRES PRÉSENTS")
        d.cursor = d.locate(t + " (")[0]
        if t == "M. Gérard LE GUILLOU":
            present.append(d.S(t, "M.", "Gérard", "LE GUILLOU"))
        else:
            present.append(d.P(t))
    d.reset("TITULAIRES PRÉSENTS")
    present += [d.P("M. Henri LECOQ"), d.P("Mme Paule DUVAL"), d.P("M. Joël MALANDAIN")]
    px = []
    for a, b in (("Mme Nadine HAUGUEL", "à M. Thierry GRENET"),
                 ("M. Éric LEVASSEUR", "à M. Jean-Pierre AUVRAY"),
                 ("Mme Agnès VIMBERT", "à M. Rémi LEFRANÇOIS"),
                 ("M. Christian DEHAIS", "à Mme Brigitte LEMESLE"),
                 ("Mme Josiane CORBLIN", "à Mme Christelle OSMONT")):
        d.reset("TITULAIRES PRÉSENTS")
        f = d.P(a)
        d.locate(b)
        d.cursor -= len(b) - 2
        t = d.P(b[2:])
        px.append({"from": f, "to": t, "span": [f["span"][0], t["span"][1]]})
    d.reset("Absents excusés :")
    exc = [d.P("Mme Odile GUÉRARD"), d.P("M. Fabrice ANQUETIL")]
    d.reset("Absents : M.")
    absent = [d.P("M. Sébastien DROUET"), d.P("Mme Laëtitia BOSSET")]
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Christelle OSMONT")
    # the rapporteur is no attendance
    d.reset("Vice-président chargé des finances")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.5216-5 et "
        "L.5215-26 ;",
        "Vu l'arrêté préfectoral n° 76-2016-12-14-011 du 14 décembre 2016 portant création de la "
        "Communauté d'agglomération Falaises et Vallées de Caux ;",
        "Vu la délibération n° DC-2023-212 du 14 décembre 2023 adoptant le règlement des fonds de "
        "concours ;",
        "Vu les demandes des communes concernées ;")]
    cons = [d.clause("Considérant que chaque fonds de concours n'excède pas la part du "
                     "financement assurée, hors subventions, par la commune bénéficiaire ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    votes = [d.vote("Adopté à la majorité (30 pour, 4 contre, 2 abstentions).", 30, 4, 2)]
    # "Pour extrait certifié conforme," is not part of the role (saint-herve)
    sigs = [d.signature("Le Président,", "Thierry GRENET", "Le Président", "Thierry GRENET",
                        "Valmont-sur-Durdent", "2024-09-27", at="Pour extrait certifié")]
    d.reset()
    dates = [d.date("jeudi 26 septembre 2024", "2024-09-26"),
             d.date("19 septembre 2024", "2024-09-19"), d.date("19 septembre 2024", "2024-09-19"),
             d.date("L'an deux mille vingt-quatre, le vingt-six septembre", "2024-09-26"),
             d.date("14 décembre 2016", "2016-12-14"), d.date("14 décembre 2023", "2023-12-14"),
             d.date("27 septembre 2024", "2024-09-27"), d.date("30/09/2024", "2024-09-30"),
             d.date("30/09/2024", "2024-09-30")]
    d.reset("DÉCIDE :")
    amounts = [d.amount("18 500 €", 18500), d.amount("42 000 €", 42000),
               d.amount("65 300 €", 65300), d.amount("125 800 €", 125800)]
    d.reset("Vu le code général")
    # the arrêté's number holds no date (val-de-gascogne); "chapitre 204" is
    # a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.5216-5 et L.5215-26", code=CGCT,
                  articles=["L.5216-5", "L.5215-26"]),
            d.ref("arrete", "arrêté préfectoral n° 76-2016-12-14-011 du 14 décembre 2016",
                  number="76-2016-12-14-011", date="2016-12-14"),
            d.ref("deliberation", "délibération n° DC-2023-212 du 14 décembre 2023",
                  number="DC-2023-212", date="2023-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "76450", "76450"),
           d.ident("phone", "02 35 97 41 20", "0235974120"),
           d.ident("email", "assemblees@agglo-falaises-caux.fr",
                   "assemblees@agglo-falaises-caux.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION FALAISES ET VALLÉES DE CAUX",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "DC-2024-147",
            "Fonds de concours aux communes membres – Programme 2024 – Attribution",
            session={"date": "2024-09-26", "place": "salle polyvalente de Bréville-en-Caux",
                     "convened_on": "2024-09-19", "president": pres, "secretary": sec},
            att=attendance(present, exc, absent, px, in_office=40, present_n=31,
                           represented=5, voting=36),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    agglo_conseil()
