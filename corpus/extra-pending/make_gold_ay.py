#!/usr/bin/env python3
"""Hand-written gold for the blind set AY (corpusAY) of corpus/extra-pending
(see README.md, section "Blind set (corpusAY)"): four public-procurement
layouts.
Run: python3 make_gold_ay.py

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
from _goldlib import CCP, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def vareilles_attribution():
    """délibération ATTRIBUTING A MARCHÉ DE TRAVAUX BY LOTS: a space-aligned
    LOTS TABLE (lot n°, intitulé ON TWO LINES, attributaire with its SIRET IN
    BRACKETS ON THE NEXT LINE, montant HT, TVA 20 %, montant TTC) with a
    TOTAL row; BOAMP "avis n° 26-12345"; CCP visa "notamment ses articles
    L. 2124-2 et / R. 2124-2"; the CAO's meeting date; vote "par 12 voix pour
    et 1 voix contre (M. X)"."""
    d = DocH("commune-vareilles-sur-dourbie-attribution-marche-2026-047")
    pres = d.P("M. Bernard ALIBERT", at="sous la présidence")
    present = d.persons("M. Bernard ALIBERT", "Mme Christine MAZARS", "M. Patrick ROUQUET",
                        "Mme Sandrine VIDAL", "M. Francis BOUSQUET", "Mme Élodie CAUSSE",
                        "M. Jérôme LAFON", "Mme Nadine FABRE", "M. Thierry GALTIER",
                        "Mme Aurélie BRUNEL", "M. Kévin SÉGUIER", at="Présents : M.")
    x1 = d.P("Mme Josiane PUECH", at="Absents excusés")
    p1 = d.proxy(x1, "M. Bernard ALIBERT")
    x2 = d.P("M. Alain CARRIÈRE")
    p2 = d.proxy(x2, "Mme Christine MAZARS")
    absent = d.persons("M. Didier ROQUES", "Mme Laure VERNHET", at="Absents :")
    sec = d.P("Mme Aurélie BRUNEL", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-06-11", "place": "mairie", "convened_on": "2026-06-04",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2121-29 ;"),
             d.clause("Vu le code de la commande publique, notamment ses articles L. 2124-2 et\n"
                      "R. 2124-2 ;"),
             d.clause("Vu la délibération n° 2026-012 du 19 février 2026 approuvant "
                      "l'avant-projet\ndéfinitif ;"),
             d.clause("Vu le rapport d'analyse des offres et l'avis de la commission d'appel\n"
                      "d'offres réunie le 28 mai 2026 ;")]
    cons = [d.clause("Considérant que les crédits nécessaires sont inscrits au budget primitif\n"
                     "2026, opération 214 ;")]
    votes = [d.vote("par 12 voix pour et 1 voix contre (M. Kévin\nSÉGUIER)",
                    for_=12, against=1)]
    verb = d.span("DÉCIDE", at="SÉGUIER),\n")
    arts = [art(d, "1", None, "Article 1er :", "d'attribuer", "564 900,60 € TTC."),
            art(d, "2", None, "Article 2 :", "d'autoriser", "s'y rapportant."),
            art(d, "3", None, "Article 3 :", "de dire", "budget\ncommunal.")]
    sigs = [d.signature("Le Maire,", "Bernard ALIBERT", "Le Maire", "Bernard ALIBERT",
                        "Vareilles-sur-Dourbie", "2026-06-12", at="Pour extrait conforme")]
    d.reset("Monsieur le Maire rappelle")
    amounts = [d.amount("610 000,00 €", 610000, tax="HT")]
    for t, v in (("238 450,00 €", 238450), ("47 690,00 €", 47690), ("286 140,00 €", 286140),
                 ("96 300,00 €", 96300), ("19 260,00 €", 19260), ("115 560,00 €", 115560),
                 ("74 820,50 €", 74820.5), ("14 964,10 €", 14964.1), ("89 784,60 €", 89784.6),
                 ("61 180,00 €", 61180), ("12 236,00 €", 12236), ("73 416,00 €", 73416),
                 ("470 750,50 €", 470750.5), ("94 150,10 €", 94150.1),
                 ("564 900,60 €", 564900.6)):
        amounts.append(d.amount(t, v))
    amounts += [d.amount("470 750,50 €", 470750.5, tax="HT"),
                d.amount("564 900,60 €", 564900.6, tax="TTC")]
    d.reset()
    dates = [d.date("jeudi 11 juin 2026", "2026-06-11"),
             d.date("L'an deux mille vingt-six, le onze juin", "2026-06-11"),
             d.date("4 juin 2026", "2026-06-04"),
             d.date("19 février\n2026", "2026-02-19"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("28 mai 2026", "2026-05-28"),
             d.date("19 février 2026", "2026-02-19"),
             d.date("28 mai 2026", "2026-05-28"),
             d.date("12 juin 2026", "2026-06-12"),
             d.date("15/06/2026", "2026-06-15"),
             d.date("15/06/2026", "2026-06-15")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2026-012 du 19 février\n2026",
                  number="2026-012", date="2026-02-19"),
            d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "code de la commande publique, notamment ses articles L. 2124-2 et\n"
                  "R. 2124-2", code=CCP, articles=["L.2124-2", "R.2124-2"]),
            d.ref("deliberation", "délibération n° 2026-012 du 19 février 2026",
                  number="2026-012", date="2026-02-19")]
    d.reset()
    ids = [d.ident("postal_code", "12230", "12230"),
           d.ident("siret", "218 131 233 00023", "21813123300023"),
           d.ident("phone", "05 65 62 18 40", "0565621840"),
           d.ident("siret", "867 892 945 00082", "86789294500082"),
           d.ident("siret", "511 078 156 00052", "51107815600052"),
           d.ident("siret", "510 138 019 00029", "51013801900029"),
           d.ident("siret", "342 092 327 00069", "34209232700069")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAREILLES-SUR-DOURBIE", "body": "CONSEIL MUNICIPAL"},
            "2026-047",
            "Réhabilitation et extension de l'école Jules-Ferry – Attribution des lots du "
            "marché de travaux",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lavagnac_avenant():
    """DÉCISION DU PRÉSIDENT of a communauté de communes (délégation,
    L. 5211-10 CGCT) concluding an AVENANT to a marché de travaux: the
    financial incidence as a DASH LIST "montant initial du marché : … € HT",
    "avenant n° 1 : + 12 290,00 € HT, soit + 5,00 %" (SIGNED AMOUNT and
    SIGNED PERCENTAGE), "nouveau montant : … € HT, soit … € TTC"; the amended
    marché cited "marché n° 2025-TR-04 notifié le 14 octobre 2025"; "10 %"
    threshold of R. 2194-8."""
    d = DocH("cc-causse-de-lavagnac-decision-avenant-2026-031")
    d.reset("Le Président de la Communauté")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 5211-10 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L. 2194-1,\n"
                      "R. 2194-7 et R. 2194-8 ;"),
             d.clause("Vu la délibération n° CC-2026-018 du 5 février 2026 portant délégation\n"
                      "d'attributions du conseil communautaire au Président ;"),
             d.clause("Vu le marché n° 2025-TR-04 notifié le 14 octobre 2025 à la SAS\n"
                      "TERRASSEMENTS QUERCY (SIRET 559 951 421 00002) ;")]
    cons = [d.clause("Considérant que des travaux supplémentaires de reprise de "
                     "l'assainissement\npluvial, rendus nécessaires par les intempéries de "
                     "janvier 2026, doivent\nêtre réalisés sur la section Marcilhac – Sauliac ;"),
            d.clause("Considérant que l'avenant ne modifie pas la nature globale du marché et "
                     "que\nson montant est inférieur au seuil de 10 % fixé par l'article "
                     "R. 2194-8 du\ncode de la commande publique ;")]
    verb = d.span("DÉCIDE", at="commande publique ;\n")
    arts = [art(d, "1", None, "Article 1 –", "De conclure", "309 708,00 € TTC."),
            art(d, "2", None, "Article 2 –", "Le délai", "trois semaines."),
            art(d, "3", None, "Article 3 –", "La dépense", "budget\nprincipal 2026."),
            art(d, "4", None, "Article 4 –", "La présente décision", "prochaine séance.")]
    sigs = [d.signature("Le Président,", "Jean-Pierre DELPECH", "Le Président",
                        "Jean-Pierre DELPECH", "Lavagnac", "2026-03-23", at="Fait à Lavagnac")]
    d.reset("Article 1 –")
    amounts = [d.amount("245 800,00 €", 245800, tax="HT"),
               d.amount("+ 12 290,00 €", 12290, tax="HT"),
               d.amount("258 090,00 €", 258090, tax="HT"),
               d.amount("309 708,00 €", 309708, tax="TTC")]
    d.reset()
    dates = [d.date("5 février 2026", "2026-02-05"),
             d.date("14 octobre 2025", "2025-10-14"),
             d.date("23 mars 2026", "2026-03-23"),
             d.date("24/03/2026", "2026-03-24"),
             d.date("24/03/2026", "2026-03-24")]
    d.reset()
    refs = [d.ref("code", "article L. 5211-10 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 5211-10", code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2194-1,\n"
                  "R. 2194-7 et R. 2194-8", code=CCP,
                  articles=["L.2194-1", "R.2194-7", "R.2194-8"]),
            d.ref("deliberation", "délibération n° CC-2026-018 du 5 février 2026",
                  number="CC-2026-018", date="2026-02-05"),
            d.ref("convention", "marché n° 2025-TR-04 notifié le 14 octobre 2025",
                  number="2025-TR-04", date="2025-10-14"),
            d.ref("code", "article R. 2194-8 du\ncode de la commande publique", code=CCP,
                  articles=["R.2194-8"])]
    d.reset()
    ids = [d.ident("postal_code", "46260", "46260"),
           d.ident("siren", "248 799 504", "248799504"),
           d.ident("phone", "05 65 31 72 09", "0565317209"),
           d.ident("email", "marches@cc-lavagnac.fr", "marches@cc-lavagnac.fr"),
           d.ident("siret", "559 951 421 00002", "55995142100002"),
           d.ident("postal_code", "46100", "46100")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU CAUSSE DE LAVAGNAC",
             "body": "Le Président"},
            "DP-2026-031",
            "Aménagement de la voie verte du Célé – Avenant n° 1 au marché de travaux "
            "conclu avec la SAS TERRASSEMENTS QUERCY",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def orvalle_collecte():
    """délibération of a SMICTOM's COMITÉ SYNDICAL attributing a marché de
    collecte, FOLLOWED BY its ANNEX "RAPPORT D'ANALYSE DES OFFRES
    (synthèse)" (a second document, type rapport): weighting "Prix : 60 %" /
    "Valeur technique : 40 %" as a dash list, a formula line, a table of
    candidates with SIRET, annual HT price and MARKS "17,5/20", "19,05/20"
    and a RANK column; the proposal with HT and TTC "(TVA à 10 %)"."""
    d = DocH("sm-smictom-haute-orvalle-attribution-collecte-2026-022")
    cut = d.s.index("ANNEXE À LA DÉLIBÉRATION")
    cut_b = d.b(cut)
    pres = d.P("Mme Françoise GUYOT", at="sous la présidence")
    present = d.persons("Mme Françoise GUYOT", "M. Hubert BILLEREY", "M. Jacques MOUGIN",
                        "Mme Annick JEANNEROT", "M. Rémi CUENOT", "Mme Sylvie PERROT",
                        "M. Gilles FAIVRE", "M. Olivier BOURGEOIS", "Mme Hélène MAIROT",
                        "M. Christophe TISSOT", "Mme Josette ROY", "M. Denis GRANDJEAN",
                        "Mme Pascale COURVOISIER", "M. Julien VUILLEMIN", at="Présents : Mme")
    x1 = d.P("M. Roland PERRIN", at="Excusés ayant donné")
    p1 = d.proxy(x1, "Mme Françoise GUYOT")
    x2 = d.P("Mme Odile CLERC")
    p2 = d.proxy(x2, "M. Hubert BILLEREY")
    absent = d.persons("M. Marc DÉTRIE", "Mme Laurence BOILLOT", at="Absents :")
    sec = d.P("M. Julien VUILLEMIN", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=18, present_n=14,
                     represented=2, voting=16)
    session = {"date": "2026-05-12", "place": "salle du conseil du siège",
               "convened_on": "2026-05-05", "president": pres, "secretary": sec}
    d.reset("Le comité syndical,")
    visas = [d.clause("Vu le code général des collectivités territoriales ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L. 2124-2,\n"
                      "R. 2124-2 et R. 2161-2 à R. 2161-5 ;"),
             d.clause("Vu le rapport d'analyse des offres ;"),
             d.clause("Vu l'avis de la commission d'appel d'offres réunie le 4 mai 2026 ;")]
    cons = [d.clause("Considérant que l'offre de la société COLLECTE FRANCHE-COMTÉ SERVICES est\n"
                     "économiquement la plus avantageuse ;")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE", at="à l'unanimité,\n")
    arts = [art(d, "1", None, "Article 1 :", "d'attribuer", "1 184 600,00 € HT ;"),
            art(d, "2", None, "Article 2 :", "d'autoriser", "afférentes.")]
    sigs = [d.signature("La Présidente,", "Françoise GUYOT", "La Présidente", "Françoise GUYOT",
                        "Pesmes-sur-Orvalle", "2026-05-12", at="Fait à Pesmes")]
    d.reset()
    amounts = [d.amount("1 184 600,00 €", 1184600, tax="HT", at="La Présidente expose"),
               d.amount("1 184 600,00 €", 1184600, tax="HT", at="Article 1 :")]
    d.reset()
    dates = [d.date("mardi 12 mai 2026", "2026-05-12"),
             d.date("mardi douze mai deux mille vingt-six", "2026-05-12"),
             d.date("5 mai 2026", "2026-05-05"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("20 janvier 2026", "2026-01-20"),
             d.date("4 mai 2026", "2026-05-04"),
             d.date("1er juillet\n2026", "2026-07-01"),
             d.date("12 mai 2026", "2026-05-12", at="Fait à Pesmes")]
    d.reset("Le comité syndical,")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2124-2,\n"
                  "R. 2124-2 et R. 2161-2 à R. 2161-5", code=CCP,
                  articles=["L.2124-2", "R.2124-2", "R.2161-2", "R.2161-5"])]
    d.reset()
    ids = [d.ident("postal_code", "70140", "70140"),
           d.ident("siret", "252 080 494 00088", "25208049400088"),
           d.ident("phone", "03 84 31 26 57", "0384312657"),
           d.ident("siret", "811 363 142 00035", "81136314200035")]
    a = doc(d, "deliberation", [0, cut_b],
            {"collectivity": "SYNDICAT MIXTE DE COLLECTE ET DE TRAITEMENT DES DÉCHETS DE LA "
                             "HAUTE-ORVALLE (SMICTOM)", "body": "COMITÉ SYNDICAL"},
            "CS-2026-022",
            "Marché de collecte des déchets ménagers en porte-à-porte – Attribution",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    # the annex: the rapport d'analyse des offres
    d.reset("ANNEXE À LA DÉLIBÉRATION")
    sigs2 = [d.signature("Le responsable du service", "Mathieu RENAUD",
                         "Le responsable du service de la commande publique", "Mathieu RENAUD",
                         "Pesmes-sur-Orvalle", "2026-04-28",
                         at="Le responsable du service")]
    d.reset("2. Offres reçues")
    amounts2 = [d.amount("1 184 600,00 €", 1184600), d.amount("1 243 900,00 €", 1243900),
                d.amount("1 318 250,00 €", 1318250),
                d.amount("1 184 600,00 €", 1184600, tax="HT"),
                d.amount("1 303 060,00 €", 1303060, tax="TTC")]
    d.reset("ANNEXE À LA DÉLIBÉRATION")
    dates2 = [d.date("28 avril 2026", "2026-04-28")]
    d.reset("ANNEXE À LA DÉLIBÉRATION")
    refs2 = [d.ref("deliberation", "DÉLIBÉRATION N° CS-2026-022", number="CS-2026-022")]
    d.reset("2. Offres reçues")
    ids2 = [d.ident("siret", "811 363 142 00035", "81136314200035"),
            d.ident("siret", "542 592 985 00098", "54259298500098"),
            d.ident("siret", "319 445 698 00024", "31944569800024"),
            d.ident("postal_code", "25220", "25220")]
    b = doc(d, "rapport", [cut_b, len(d.raw)],
            {"collectivity": "SMICTOM DE LA HAUTE-ORVALLE",
             "body": "Service de la commande publique"},
            None, "Marché de collecte des déchets ménagers en porte-à-porte",
            sigs=sigs2, amounts=amounts2, dates=dates2, refs=refs2, ids=ids2)
    check_inside(b)
    d.write([a, b])


def saint_benoit_groupement():
    """CONVENTION CONSTITUTIVE DE GROUPEMENT DE COMMANDES between THREE
    COMMUNES ("Entre les soussignés : A … Et B … Et C …", each represented by
    its maire "dûment habilité(e) par délibération … n° … du …" with its
    SIRET), the coordinator designated, articles "Article n – Heading" with
    the body on the next line, a dash list of each member's needs in € HT,
    THREE SIGNATURE BLOCKS one under the other ("Pour la commune de X, / Le
    Maire, / name"; one "La Maire")."""
    d = DocH("commune-saint-benoit-des-ormes-convention-groupement-commandes-2026-03")
    verb = d.span("Il est convenu ce qui suit")
    arts = [art(d, "1", "Objet", "Article 1 – Objet", "La présente convention constitue",
                "éclairage public à LED."),
            art(d, "2", "Coordonnateur", "Article 2 – Coordonnateur", "La commune de",
                "pour ce qui le concerne."),
            art(d, "3", "Commission d'appel d'offres", "Article 3 – Commission",
                "La commission", "collectivités\nterritoriales."),
            art(d, "4", "Besoins et répartition financière", "Article 4 – Besoins",
                "Les besoins", "(400 € chacun)."),
            art(d, "5", "Durée", "Article 5 – Durée", "La présente convention prend",
                "31 décembre 2030."),
            art(d, "6", "Litiges", "Article 6 – Litiges", "Tout litige", "de Poitiers.")]
    place, date = "Saint-Benoît-des-Ormes", "2026-05-05"
    sigs = [d.signature("Pour la commune de Saint-Benoît-des-Ormes,", "Philippe MARTINAUD",
                        "Pour la commune de Saint-Benoît-des-Ormes, Le Maire",
                        "Philippe MARTINAUD", place, date, at="originaux."),
            d.signature("Pour la commune de Lussac-la-Forêt,", "Véronique DESBORDES",
                        "Pour la commune de Lussac-la-Forêt, La Maire", "Véronique DESBORDES",
                        place, date, at="originaux."),
            d.signature("Pour la commune de Chaunay-les-Brandes,", "Laurent BOUTIN",
                        "Pour la commune de Chaunay-les-Brandes, Le Maire", "Laurent BOUTIN",
                        place, date, at="originaux.")]
    d.reset("Article 4 –")
    amounts = [d.amount("84 000 €", 84000, tax="HT"), d.amount("52 500 €", 52500, tax="HT"),
               d.amount("38 500 €", 38500, tax="HT"), d.amount("175 000 €", 175000, tax="HT"),
               d.amount("1 200 €", 1200), d.amount("400 €", 400)]
    d.reset()
    dates = [d.date("7 avril 2026", "2026-04-07"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("31 décembre 2030", "2030-12-31"),
             d.date("5 mai 2026", "2026-05-05")]
    d.reset()
    refs = [d.ref("code", "articles L. 2113-6 et L. 2113-7 du code de la commande publique",
                  code=CCP, articles=["L.2113-6", "L.2113-7"]),
            d.ref("deliberation", "délibération du conseil\nmunicipal n° 2026-028 du 7 avril "
                  "2026", number="2026-028", date="2026-04-07"),
            d.ref("deliberation", "délibération du conseil municipal\nn° 2026-019 du 9 avril "
                  "2026", number="2026-019", date="2026-04-09"),
            d.ref("deliberation", "délibération du conseil municipal n° 15/2026\ndu 14 avril "
                  "2026", number="15/2026", date="2026-04-14"),
            d.ref("code", "articles L. 2113-6 et\nL. 2113-7 du code de la commande publique",
                  code=CCP, articles=["L.2113-6", "L.2113-7"]),
            d.ref("code", "article L. 1414-3 du code général des collectivités\nterritoriales",
                  code=CGCT, articles=["L.1414-3"])]
    d.reset()
    ids = [d.ident("postal_code", "86350", "86350"),
           d.ident("phone", "05 49 87 21 60", "0549872160"),
           d.ident("siret", "214 590 960 00008", "21459096000008"),
           d.ident("siret", "219 616 117 00046", "21961611700046"),
           d.ident("siret", "212 951 750 00083", "21295175000083")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE SAINT-BENOÎT-DES-ORMES", "body": None},
            "GC-2026-03",
            "CONVENTION CONSTITUTIVE D'UN GROUPEMENT DE COMMANDES pour la fourniture et la "
            "pose de luminaires d'éclairage public à LED",
            dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    vareilles_attribution()
    lavagnac_avenant()
    orvalle_collecte()
    saint_benoit_groupement()
