#!/usr/bin/env python3
"""Hand-written gold for the blind set BC (corpusBC) of corpus/extra-pending
(see README.md, section "Blind set (corpusBC)").
Run: python3 make_gold_bc.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCP, CGCT, URBA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def vernay_pv():
    """PROCÈS-VERBAL with ARRIVALS AND DEPARTURES during the séance and the
    counts reprinted after each movement."""
    d = DocH("commune-vernay-sur-ource-pv-2026-03")
    pres = d.P("M. Gilles PERNOT", at="présidence de")
    present = d.persons("M. Gilles PERNOT", "Mme Claire VASSEUR", "M. Henri BLONDEL",
                        "Mme Odette RICHARD", "M. Marc FAUCHER", "Mme Lise CARON",
                        "M. Paul THIBAUT", "Mme Anne GUÉRIN", "M. Louis BARRÉ",
                        "Mme Emma ROLLAND", "M. Jules MASSON", "Mme Inès PICARD",
                        "M. Hugo LEMAIRE", "Mme Rose FONTAINE", "M. Noël CHEVALIER",
                        "Mme Alice GAUTHIER", "M. Bruno PERRET", "Mme Julie BRUN",
                        "M. Léo RENARD", "Mme Sarah DUMONT", at="Présents à l'ouverture")
    x1 = d.P("Mme Agathe LECOMTE", at="Absents excusés")
    p1 = d.proxy(x1, "M. Gilles PERNOT")
    x2 = d.P("M. Denis COLAS")
    p2 = d.proxy(x2, "Mme Claire VASSEUR")
    absent = [d.P("M. Yves MOREL", at="Absent :")]
    sec = d.P("Mme Lise CARON", at="Secrétaire de séance")
    p3 = d.proxy("M. Hugo LEMAIRE", "Mme Inès PICARD", at="M. Hugo LEMAIRE quitte")
    att = attendance(present, [x1, x2], absent, [p1, p2, p3], in_office=23, present_n=20,
                     represented=2, voting=22)
    session = {"date": "2026-03-12", "place": "mairie", "convened_on": "2026-03-05",
               "president": pres, "secretary": sec}
    d.reset("Point n° 1")
    verb = d.span("APPROUVE")
    d.reset("Point n° 1")
    votes = [d.vote("à l'unanimité", unanimous=True),
             d.vote("par 21 voix pour, 1 voix contre (M. Léo RENARD)\n"
                    "et 1 abstention (Mme Sarah DUMONT)", for_=21, against=1, abstention=1),
             d.vote("par 19 voix pour et 4 voix contre", for_=19, against=4),
             d.vote("à l'unanimité des votants", unanimous=True)]
    sigs = [d.signature("Le Maire,", "Gilles PERNOT", "Le Maire", "Gilles PERNOT",
                        None, None, at="Le Maire,\nGilles"),
            d.signature("La secrétaire de séance,", "Lise CARON", "La secrétaire de séance",
                        "Lise CARON", None, None, at="La secrétaire de séance,")]
    d.reset()
    amounts = [d.amount("2 500 €", 2500), d.amount("48 600,00 €", 48600, tax="HT"),
               d.amount("180 €", 180)]
    d.reset()
    dates = [d.date("JEUDI 12 MARS 2026", "2026-03-12"),
             d.date("L'an deux mille vingt-six, le douze mars", "2026-03-12"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("19/03/2026", "2026-03-19")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VERNAY-SUR-OURCE", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 12 MARS 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates)
    check_inside(a)
    d.write([a])


def saint_aubin_proxies():
    """délibération extract with EVERY PROXY PHRASING and the combined
    labels."""
    d = DocH("commune-saint-aubin-des-rivaux-deliberation-2026-021")
    pres = d.P("M. René GODARD", at="présidence de")
    present = d.persons("M. René GODARD", "Mme Paule BRETON", "M. Luc HAMON",
                        "Mme Léa COSTE", "M. Jean ROUX", "Mme Anaïs FERRAND",
                        "M. Tom GIRAUD", "Mme Nina LAMBERT", at="Présents : M.")
    x1 = d.P("Mme Sophie MARCHAND", at="Absents excusés")
    p1 = d.proxy(x1, "M. René GODARD")
    x2 = d.P("M. Alain PRÉVOST")
    p2 = d.proxy(x2, "Mme Paule BRETON")
    x3 = d.P("Mme Carole DUVAL", at="Excusés sans pouvoir")
    x4 = d.P("M. Hervé LACROIX")
    absent = [d.P("M. Kevin BOYER", at="Absents non excusés")]
    p3 = d.proxy("M. Olivier DELMAS", "M. Luc HAMON", at="M. Olivier DELMAS")
    p4 = d.proxy("Mme Camille HUET", "M. Jean ROUX", at="Pouvoir de Mme")
    sec = d.P("Mme Léa COSTE", at="Secrétaire de séance")
    att = attendance(present, [x1, x2, x3, x4], absent, [p1, p2, p3, p4], in_office=15,
                     present_n=8, represented=4, voting=12)
    session = {"date": "2026-04-24", "place": "mairie", "convened_on": "2026-04-17",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 5211-4-2 ;"),
             d.clause("Vu le code de l'urbanisme, et notamment son article R. 423-15 ;")]
    cons = [d.clause("Considérant que la commune ne dispose pas des moyens d'instruire seule\n"
                     "les demandes d'autorisation d'urbanisme ;")]
    votes = [d.vote("à l'unanimité des votants", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'adhérer", "1er juin 2026."),
            art(d, "2", None, "Article 2 :", "d'inscrire", "3 200 €.")]
    sigs = [d.signature("Le Maire,", "René GODARD", "Le Maire", "René GODARD", None, None,
                        at="Le Maire,\nRené")]
    d.reset()
    amounts = [d.amount("3 200 €", 3200)]
    dates = [d.date("24 avril 2026", "2026-04-24", at="Séance du"),
             d.date("Le vingt-quatre avril deux mille vingt-six", "2026-04-24"),
             d.date("17 avril 2026", "2026-04-17"),
             d.date("1er juin 2026", "2026-06-01")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 5211-4-2", code=CGCT, articles=["L.5211-4-2"]),
            d.ref("code", "code de l'urbanisme, et notamment son article R. 423-15",
                  code=URBA, articles=["R.423-15"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-RIVAUX", "body": "CONSEIL MUNICIPAL"},
            "2026-021",
            "Adhésion au service commun d'instruction des autorisations d'urbanisme",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def lestrac_names():
    """délibération with PLURAL CIVILITIES, a COUPLE "M. et Mme BERNARD",
    PARTICLES and APOSTROPHES, SURNAME-FIRST names."""
    d = DocH("commune-lestrac-deliberation-2026-034")
    pres = d.P("Mme Anne de LA TOUR\nD'AUVERGNE", at="présidence de")
    d.reset("Étaient présents")
    present = [d.P("Mme Anne de LA TOUR D'AUVERGNE"),
               d.S("Pierre DURAND", "M.", "Pierre", "DURAND"),
               d.S("Jacques MARTIN", "M.", "Jacques", "MARTIN"),
               d.S("Paul PETIT", "M.", "Paul", "PETIT"),
               d.S("Hélène LEROY", "Mme", "Hélène", "LEROY"),
               d.S("Sylvie MOREAU", "Mme", "Sylvie", "MOREAU"),
               d.S("M. et\nMme BERNARD", "M.", None, "BERNARD", seq=False, at="M. et\nMme"),
               d.S("M. et\nMme BERNARD", "Mme", None, "BERNARD"),
               d.P("M. Yann LE GOFF"),
               d.P("Mme Aïssatou N'DIAYE"),
               d.S("M. Jean-Marc MAC\nARTHUR", "M.", "Jean-Marc", "MAC ARTHUR"),
               d.S("M. Éric DU PONT DE LIGONNÈS", "M.", "Éric", "DU PONT DE LIGONNÈS")]
    x1 = d.S("LEFEBVRE Martine", None, "Martine", "LEFEBVRE", at="Excusés :")
    p1 = d.proxy(x1, d.S("DURAND Pierre", None, "Pierre", "DURAND"))
    x2 = d.S("GARNIER Paul", None, "Paul", "GARNIER")
    absent = [d.P("Mme Gwenaëlle KERBRAT", at="Absente :")]
    sec = d.P("M. Yann LE GOFF", at="Secrétaire :")
    att = attendance(present, [x1, x2], absent, [p1], in_office=15, present_n=12,
                     represented=1, voting=13)
    session = {"date": "2026-06-09", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2121-29 ;")]
    cons = [d.clause("Considérant l'achèvement des travaux de la place de la Halle ;")]
    votes = [d.vote("par 12 voix pour et 1 abstention", for_=12, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "de dénommer", "aux Toiles »."),
            art(d, "2", None, "Article 2 :", "d'en informer", "impôts fonciers.")]
    sigs = [d.signature("La Maire,", "Anne de LA TOUR D'AUVERGNE", "La Maire",
                        "Anne de LA TOUR D'AUVERGNE", "Lestrac", "2026-06-11",
                        at="Lestrac, le 11")]
    d.reset()
    dates = [d.date("mardi 9 juin 2026", "2026-06-09"),
             d.date("Le neuf juin deux mille vingt-six", "2026-06-09"),
             d.date("11 juin 2026", "2026-06-11")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LESTRAC", "body": "CONSEIL MUNICIPAL"},
            "2026-034", "Dénomination de la place de la Halle",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def sornay_suppleants():
    """EPCI délibération with SUPPLÉANTS replacing TITULAIRES, a proxy to a
    suppléant, advisory attendees and a late arrival."""
    d = DocH("cc-pays-de-sornay-deliberation-2026-016")
    pres = d.P("M. Alain CORBIN", at="présidence de")
    d.reset("Présents : M.")
    present = d.persons("M. Alain CORBIN", "Mme Denise ROYER", "M. Xavier PONS",
                        "M. Paul\nAUBERT", "Mme Chantal DUBOIS", "M. Étienne FLEURY",
                        "Mme Nadia BENALI", "M. Simon ROCHE", "M. Marcel GIRON")
    excused = [d.P("Mme Brigitte VIAL", at="Excusés :"), d.P("M. Roger\nMEUNIER")]
    x3 = d.P("M. Gérard FAURE", at="Excusé ayant")
    excused.append(x3)
    p1 = d.proxy(x3, "M. Xavier PONS")
    absent = [d.P("M. Thierry LAFONT", at="Absent :")]
    adv = [d.P("Mme Lucie BERTRAND", at="Assistaient"), d.P("M. Denis VIGNAL")]
    sec = d.P("Mme Nadia BENALI", at="Secrétaire de séance")
    att = attendance(present, excused, absent, [p1], adv_p=adv, in_office=12, present_n=9,
                     represented=1, voting=10)
    session = {"date": "2026-05-18", "place": "salle du conseil de Sornay",
               "convened_on": "2026-05-11", "president": pres, "secretary": sec}
    d.reset("Le Conseil communautaire,\n\nVu")
    visas = [d.clause("Vu le code de la commande publique ;"),
             d.clause("Vu l'avis de la commission d'appel d'offres du 5 mai 2026 ;")]
    cons = [d.clause("Considérant que l'offre de la société Collectes de l'Est est la\n"
                     "mieux-disante ;")]
    votes = [d.vote("par 9 voix pour et 1 voix contre", for_=9, against=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'attribuer", "412 800,00 € HT."),
            art(d, "2", None, "Article 2 :", "d'autoriser", "signer le marché.")]
    sigs = [d.signature("Le Président,", "Alain CORBIN", "Le Président", "Alain CORBIN",
                        "Sornay", "2026-05-20", at="Sornay, le 20")]
    d.reset()
    amounts = [d.amount("412 800,00 €", 412800, tax="HT")]
    d.reset()
    dates = [d.date("lundi 18 mai 2026", "2026-05-18"),
             d.date("Le dix-huit mai deux mille vingt-six", "2026-05-18"),
             d.date("11 mai 2026", "2026-05-11"),
             d.date("5 mai 2026", "2026-05-05"),
             d.date("20 mai 2026", "2026-05-20")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nn° 2026-015", number="2026-015",
                  at="présent à partir"),
            d.ref("code", "code de la commande publique", code=CCP)]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE SORNAY",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2026-016", "Attribution du marché de collecte des déchets ménagers",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    vernay_pv()
    saint_aubin_proxies()
    lestrac_names()
    sornay_suppleants()
