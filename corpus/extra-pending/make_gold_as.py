#!/usr/bin/env python3
"""Hand-written gold for the blind set AS (corpusAS) of corpus/extra-pending
(see README.md, section "Blind set (corpusAS)").
Run: python3 make_gold_as.py

Same conventions and tooling as make_gold_ar.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCH, CGCT, CGI, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def saint_vrain_taux():
    """délibération VOTING THE TAUX D'IMPOSITION: a space-aligned TAX TABLE
    (base €, taux 2025 %, taux 2026 %, produit €, a TOTAL row, one row label
    on two lines), the rates again as a dash list in article 1, "état 1259
    COM", a coefficient correcteur, CGI articles "1636 B sexies"."""
    d = DocH("commune-saint-vrain-des-landes-deliberation-taux-2026-012")
    pres = d.P("Mme Nathalie GIRARDEAU", at="sous la présidence")
    present = d.persons("Mme Nathalie GIRARDEAU", "M. Philippe BOUTET", "Mme Sylvie RAMBAUD",
                        "M. Laurent CHAIGNEAU", "Mme Martine POUPIN", "M. Didier AUDEBERT",
                        "Mme Céline TEXIER", "M. Olivier BARANGER", "Mme Justine MORISSET",
                        "M. Hervé GUILLOTEAU", "Mme Pascale AIRAULT", "M. Quentin BRUNETEAU",
                        at="Présents : Mme")
    x1 = d.P("M. Jean-Claude PROUST", at="Absents excusés")
    p1 = d.proxy(x1, "Mme Nathalie GIRARDEAU")
    x2 = d.P("Mme Isabelle NAUD")
    p2 = d.proxy(x2, "M. Philippe BOUTET")
    absent = [d.P("M. Romain DUPUIS", at="Absent :")]
    sec = d.P("Mme Justine MORISSET", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-03-31", "place": "mairie", "convened_on": "2026-03-24",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2331-3 ;"),
             d.clause("Vu le code général des impôts, et notamment ses articles 1379, 1407,\n"
                      "1636 B sexies et 1639 A ;"),
             d.clause("Vu la loi n° 2019-1479 du 28 décembre 2019 de finances pour 2020 ;"),
             d.clause("Vu l'état de notification des bases prévisionnelles 2026 ;"),
             d.clause("Vu la délibération n° 2025-009 du 8 avril 2025 fixant les taux 2025 ;")]
    cons = [d.clause("Considérant que le budget primitif 2026 a été voté le 31 mars 2026 en\n"
                     "équilibre avec un produit fiscal de 547 110 € ;")]
    votes = [d.vote("par 13 voix pour et 1 abstention (M. Quentin\nBRUNETEAU)",
                    for_=13, abstention=1)]
    verb = d.span("DÉCIDE", at="BRUNETEAU),\n")
    arts = [art(d, "1", None, "Article 1er :", "de fixer ainsi",
                "résidences secondaires : 14,86 %."),
            art(d, "2", None, "Article 2 :", "de charger", "avant le 15 avril\n2026.")]
    sigs = [d.signature("La Maire,", "Nathalie GIRARDEAU", "La Maire", "Nathalie GIRARDEAU",
                        "Saint-Vrain-des-Landes", "2026-04-01", at="Pour extrait conforme")]
    d.reset("Taxe                ")
    amounts = [d.amount("1 248 300 €", 1248300), d.amount("480 845 €", 480845),
               d.amount("86 400 €", 86400), d.amount("45 075 €", 45075),
               d.amount("142 600 €", 142600), d.amount("21 190 €", 21190),
               d.amount("547 110 €", 547110), d.amount("547 110 €", 547110),
               d.amount("540 200 euros", 540200), d.amount("547 110 €", 547110)]
    d.reset()
    dates = [d.date("mardi 31 mars 2026", "2026-03-31"),
             d.date("L'an deux mille vingt-six, le trente et un mars", "2026-03-31"),
             d.date("24 mars 2026", "2026-03-24"),
             d.date("28 décembre 2019", "2019-12-28"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("28 décembre 2019", "2019-12-28"),
             d.date("8 avril 2025", "2025-04-08"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("15 avril\n2026", "2026-04-15"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("02/04/2026", "2026-04-02"),
             d.date("02/04/2026", "2026-04-02")]
    d.reset()
    refs = [d.ref("loi", "loi n° 2019-1479 du 28 décembre 2019", number="2019-1479",
                  date="2019-12-28"),
            d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2331-3", code=CGCT, articles=["L.2331-3"]),
            d.ref("code", "code général des impôts, et notamment ses articles 1379, 1407,\n"
                  "1636 B sexies et 1639 A", code=CGI,
                  articles=["1379", "1407", "1636Bsexies", "1639A"]),
            d.ref("loi", "loi n° 2019-1479 du 28 décembre 2019", number="2019-1479",
                  date="2019-12-28"),
            d.ref("deliberation", "délibération n° 2025-009 du 8 avril 2025",
                  number="2025-009", date="2025-04-08")]
    d.reset()
    ids = [d.ident("postal_code", "79130", "79130"),
           d.ident("siret", "219 075 116 00026", "21907511600026"),
           d.ident("phone", "05 49 63 27 14", "0549632714")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-VRAIN-DES-LANDES", "body": "CONSEIL MUNICIPAL"},
            "2026-012",
            "Vote des taux d'imposition des taxes directes locales pour l'année 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def brevonne_installation():
    """PROCÈS-VERBAL D'INSTALLATION of a CONSEIL COMMUNAUTAIRE: séance
    sentence without "L'an" and without "sous la présidence de", the
    present list with each member's COMMUNE IN BRACKETS after the name,
    the président sortant opening, then the DOYEN D'ÂGE presiding the
    election of the président; SECRET-BALLOT rounds printed IN ONE
    SENTENCE ("1er tour de scrutin : nombre de votants 20, bulletins blancs
    ou nuls 2, …; M. X : 15 voix, Mme Y : 3 voix"), three vice-présidents
    (one in two rounds), a show-of-hands item with "DÉCIDE de fixer …",
    three signatures one under the other."""
    d = DocH("cc-terres-de-brevonne-pv-installation-2026-04-14")
    present = d.persons("M. Jean-Marc AUBRY", "Mme Colette VAUTRIN", "M. Gérard HUMBLOT",
                        "Mme Anne-Sophie LECLERC", "M. Fabrice JACQUOT", "M. Armand PERRIN",
                        "Mme Laetitia GARNIER", "M. Bruno THIÉBAUT", "Mme Odile MARCHAL",
                        "M. Yves COLLIN", "M. Pascal RENAUDIN", "Mme Marie-Claude BARBIER",
                        "M. Thierry VOILLEMIN", "Mme Agnès DROUOT", "M. Sébastien MOUGEOT",
                        "M. Claude LAMBERT", "Mme Virginie FLORENTIN", "M. Daniel BOICHOT",
                        "M. Romain GUENIOT", at="Étaient présents")
    p1 = d.proxy("Mme Hélène DIDIER", "M. Jean-Marc AUBRY", at="Absente ayant donné")
    absent = [d.P("M. Lucien PETITJEAN", at="Absent :")]
    pres = d.P("M. Armand PERRIN", at="M. Armand PERRIN, doyen")
    sec = d.P("Mme Laetitia GARNIER", at="Mme Laetitia GARNIER, benjamine")
    att = attendance(present, [], absent, [p1], in_office=21, present_n=19,
                     represented=1, voting=20)
    session = {"date": "2026-04-14", "place": "salle polyvalente d'Arc-sur-Brévonne",
               "convened_on": "2026-04-07", "president": pres, "secretary": sec}
    d.reset("Le conseil communautaire,")
    visas = [d.clause("Vu l'article L. 5211-10 du code général des collectivités territoriales ;")]
    cons = [d.clause("Considérant que le nombre de vice-présidents ne peut excéder 20 % de\n"
                     "l'effectif du conseil, soit quatre, sans pouvoir être inférieur à deux ;")]
    votes = [d.vote("par 19 voix pour, 0 voix contre et 1 abstention",
                    for_=19, against=0, abstention=1)]
    verb = d.span("DÉCIDE", at="1 abstention,\n")
    sigs = [d.signature(r, n, r.rstrip(","), n, "Arc-sur-Brévonne", "2026-04-14",
                        at="Fait à Arc")
            for r, n in (("Le doyen d'âge,", "Armand PERRIN"),
                         ("Le Président,", "Jean-Marc AUBRY"),
                         ("La secrétaire de séance,", "Laetitia GARNIER"))]
    d.reset()
    dates = [d.date("Mardi 14 avril 2026", "2026-04-14"),
             d.date("quatorze avril deux mille vingt-six", "2026-04-14"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("14 avril 2026", "2026-04-14", at="Fait à Arc"),
             d.date("17/04/2026", "2026-04-17")]
    d.reset("1. Installation du conseil")
    refs = [d.ref("code", "article L. 5211-9 du code général des\ncollectivités territoriales",
                  code=CGCT, articles=["L.5211-9"]),
            d.ref("deliberation", "Délibération n° 2026-030", number="2026-030"),
            d.ref("code", "articles L. 5211-2, L. 5211-9 et L. 2122-7 du CGCT", code=CGCT,
                  articles=["L.5211-2", "L.5211-9", "L.2122-7"]),
            d.ref("deliberation", "Délibération n° 2026-031", number="2026-031"),
            d.ref("code", "article L. 5211-10 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-10"]),
            d.ref("deliberation", "Délibération n° 2026-032", number="2026-032"),
            d.ref("code", "article L. 2122-7 du CGCT", code=CGCT, articles=["L.2122-7"]),
            d.ref("code", "article L. 5211-2 du même code", code=CGCT, articles=["L.5211-2"]),
            d.ref("code", "article\nL. 1111-1-1 du CGCT", code=CGCT, articles=["L.1111-1-1"])]
    d.reset()
    ids = [d.ident("postal_code", "52210", "52210"),
           d.ident("siren", "248 718 033", "248718033"),
           d.ident("phone", "03 25 84 16 90", "0325841690")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES TERRES DE BRÉVONNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None,
            "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL COMMUNAUTAIRE "
            "Mardi 14 avril 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_ferreol_securite():
    """ARRÊTÉ DE MISE EN SÉCURITÉ, PROCÉDURE ORDINAIRE (after the
    contradictory phase), modern "Le Maire de la commune de …," form: the
    heading "ARRÊTÉ N° … / DE MISE EN SÉCURITÉ – PROCÉDURE ORDINAIRE /
    portant … / sis …", CCH RANGES (three), the cadastre "section AB
    n° 123" twice, the SCI owner with its SIREN and seat in article 1,
    "dans un délai de / 2 mois", an astreinte "50 € par jour", "du même /
    code", a one-paragraph "Ampliation :" list."""
    d = DocH("commune-saint-ferreol-des-cayres-arrete-mise-en-securite-2026-044")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2131-1, L. 2212-2 et L. 2213-24 ;"),
             d.clause("Vu le code de la construction et de l'habitation, et notamment ses articles\n"
                      "L. 511-1 à L. 511-22, L. 521-1 à L. 521-4 et R. 511-1 à R. 511-13 ;"),
             d.clause("Vu l'ordonnance n° 2020-1144 du 16 septembre 2020 relative à\n"
                      "l'harmonisation et à la simplification des polices des immeubles, locaux et\n"
                      "installations ;"),
             d.clause("Vu le décret n° 2020-1711 du 24 décembre 2020 relatif à la procédure\n"
                      "applicable aux polices de la sécurité et de la salubrité des immeubles ;"),
             d.clause("Vu le rapport de visite du technicien des services municipaux en date du\n"
                      "19 janvier 2026, constatant l'effondrement partiel de la charpente et la\n"
                      "fissuration de la façade sur rue de l'immeuble sis 12, rue des Tanneurs,\n"
                      "cadastré section AB n° 123 ;"),
             d.clause("Vu le courrier du 3 février 2026 adressé à la SCI LES TILLEULS, propriétaire,\n"
                      "l'informant de la procédure engagée et l'invitant à présenter ses\n"
                      "observations dans un délai d'un mois ;"),
             d.clause("Vu l'absence d'observations de la SCI LES TILLEULS dans le délai imparti ;")]
    cons = [d.clause("Considérant que l'état de la charpente et de la façade de l'immeuble fait\n"
                     "courir un risque pour la sécurité des occupants et des passants ;"),
            d.clause("Considérant qu'il y a lieu de prescrire les mesures de nature à mettre fin\n"
                     "durablement au danger ;")]
    verb = d.span("ARRÊTE", at="durablement au danger")
    arts = [art(d, "1", None, "Article 1er –", "La SCI LES TILLEULS", "parties effondrées."),
            art(d, "2", None, "Article 2 –", "Dans l'attente", "de\nl'habitation."),
            art(d, "3", None, "Article 3 –", "Faute pour", "à ses frais."),
            art(d, "4", None, "Article 4 –", "La mainlevée", "homme de l'art."),
            art(d, "5", None, "Article 5 –", "Le présent arrêté sera notifié",
                "aux frais du propriétaire."),
            art(d, "6", None, "Article 6 –", "Le présent arrêté peut",
                "compter de sa notification.")]
    sigs = [d.signature("Le Maire,", "Christian LABARTHE", "Le Maire", "Christian LABARTHE",
                        "Saint-Ferréol-des-Cayres", "2026-03-16", at="Fait à Saint")]
    d.reset()
    amounts = [d.amount("50 €", 50)]
    d.reset()
    dates = [d.date("16 septembre 2020", "2020-09-16"),
             d.date("24 décembre 2020", "2020-12-24"),
             d.date("19 janvier 2026", "2026-01-19"),
             d.date("3 février 2026", "2026-02-03"),
             d.date("16 mars 2026", "2026-03-16"),
             d.date("17/03/2026", "2026-03-17"),
             d.date("18/03/2026", "2026-03-18")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2131-1, L. 2212-2 et L. 2213-24", code=CGCT,
                  articles=["L.2131-1", "L.2212-2", "L.2213-24"]),
            d.ref("code", "code de la construction et de l'habitation, et notamment ses articles\n"
                  "L. 511-1 à L. 511-22, L. 521-1 à L. 521-4 et R. 511-1 à R. 511-13", code=CCH,
                  articles=["L.511-1", "L.511-22", "L.521-1", "L.521-4", "R.511-1",
                            "R.511-13"]),
            d.ref("ordonnance", "ordonnance n° 2020-1144 du 16 septembre 2020",
                  number="2020-1144", date="2020-09-16"),
            d.ref("decret", "décret n° 2020-1711 du 24 décembre 2020", number="2020-1711",
                  date="2020-12-24"),
            d.ref("code", "articles L. 521-1 à L. 521-3-2 du code de la construction et de\n"
                  "l'habitation", code=CCH, articles=["L.521-1", "L.521-3-2"]),
            d.ref("code", "article L. 511-15 du même\ncode", code=CCH, articles=["L.511-15"])]
    d.reset()
    ids = [d.ident("postal_code", "33790", "33790"),
           d.ident("phone", "05 56 71 40 22", "0556714022"),
           d.ident("email", "urbanisme@saint-ferreol-des-cayres.fr",
                   "urbanisme@saint-ferreol-des-cayres.fr"),
           d.ident("siren", "810 658 948", "810658948"),
           d.ident("postal_code", "33000", "33000")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE SAINT-FERRÉOL-DES-CAYRES", "body": "Le Maire"},
            "2026-AP-044",
            "portant mise en demeure de réaliser des travaux sur l'immeuble sis 12, rue des "
            "Tanneurs",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def amblene_titularisation():
    """ARRÊTÉ INDIVIDUEL of a SIVU's PRÉSIDENT (titularisation of an agent)
    under the OLD STATUTE (loi n° 84-53, décret n° 87-1107 …, 2021): two
    letterhead lines, SIRET, "Arrêté n° 2021-017" in lower case, two
    "portant …" lines naming the agent, eight visas (two lois, four décrets,
    the nomination arrêté, a rapport de fin de stage), a birth date,
    "indice brut 356 / indice majoré 332", "(28/35e)", "Ampliation : Centre
    de gestion …, Trésorerie …", a blank "Notifié le : ……" line."""
    d = DocH("sivu-ecoles-val-d-amblene-arrete-titularisation-2021-017")
    visas = [d.clause("Vu la loi n° 83-634 du 13 juillet 1983 modifiée portant droits et\n"
                      "obligations des fonctionnaires ;"),
             d.clause("Vu la loi n° 84-53 du 26 janvier 1984 modifiée portant dispositions\n"
                      "statutaires relatives à la fonction publique territoriale ;"),
             d.clause("Vu le décret n° 87-1107 du 30 décembre 1987 modifié portant organisation\n"
                      "des carrières des fonctionnaires territoriaux de catégorie C ;"),
             d.clause("Vu le décret n° 92-1194 du 4 novembre 1992 modifié fixant les dispositions\n"
                      "communes applicables aux fonctionnaires stagiaires de la fonction publique\n"
                      "territoriale ;"),
             d.clause("Vu le décret n° 2006-1691 du 22 décembre 2006 modifié portant statut\n"
                      "particulier du cadre d'emplois des adjoints techniques territoriaux ;"),
             d.clause("Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des\n"
                      "carrières des fonctionnaires de catégorie C de la fonction publique\n"
                      "territoriale ;"),
             d.clause("Vu l'arrêté n° 2020-021 du 24 août 2020 portant nomination de Mme Sandrine\n"
                      "FOUCAULT en qualité d'adjoint technique territorial stagiaire à compter du\n"
                      "1er septembre 2020 ;"),
             d.clause("Vu le rapport de fin de stage établi le 2 juillet 2021 par la directrice\n"
                      "de l'école de Cernay-sur-Amblène, supérieure hiérarchique de l'intéressée ;")]
    cons = [d.clause("Considérant que Mme Sandrine FOUCAULT a accompli son stage d'une durée\n"
                     "d'un an dans des conditions satisfaisantes ;")]
    verb = d.span("ARRÊTE", at="conditions satisfaisantes")
    arts = [art(d, "1", None, "Article 1 :", "Mme Sandrine FOUCAULT, née",
                "à compter du 1er septembre 2021."),
            art(d, "2", None, "Article 2 :", "L'intéressée est classée", "d'entretien des écoles."),
            art(d, "3", None, "Article 3 :", "L'intéressée percevra", "de son temps de travail."),
            art(d, "4", None, "Article 4 :", "Le présent arrêté peut", "sa notification."),
            art(d, "5", None, "Article 5 :", "Le Secrétaire du Syndicat",
                "au représentant de\nl'État.")]
    sigs = [d.signature("Le Président,", "Gilles MORIN-DUVAL", "Le Président",
                        "Gilles MORIN-DUVAL", "Cernay-sur-Amblène", "2021-08-30",
                        at="Fait à Cernay")]
    d.reset()
    dates = [d.date("13 juillet 1983", "1983-07-13"),
             d.date("26 janvier 1984", "1984-01-26"),
             d.date("30 décembre 1987", "1987-12-30"),
             d.date("4 novembre 1992", "1992-11-04"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("24 août 2020", "2020-08-24"),
             d.date("1er septembre 2020", "2020-09-01"),
             d.date("2 juillet 2021", "2021-07-02"),
             d.date("11 février 1989", "1989-02-11"),
             d.date("1er septembre 2021", "2021-09-01"),
             d.date("1er septembre 2021", "2021-09-01"),
             d.date("30 août 2021", "2021-08-30")]
    d.reset()
    refs = [d.ref("loi", "loi n° 83-634 du 13 juillet 1983", number="83-634", date="1983-07-13"),
            d.ref("loi", "loi n° 84-53 du 26 janvier 1984", number="84-53", date="1984-01-26"),
            d.ref("decret", "décret n° 87-1107 du 30 décembre 1987", number="87-1107",
                  date="1987-12-30"),
            d.ref("decret", "décret n° 92-1194 du 4 novembre 1992", number="92-1194",
                  date="1992-11-04"),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("decret", "décret n° 2016-596 du 12 mai 2016", number="2016-596",
                  date="2016-05-12"),
            d.ref("arrete", "arrêté n° 2020-021 du 24 août 2020", number="2020-021",
                  date="2020-08-24")]
    d.reset()
    ids = [d.ident("postal_code", "45530", "45530"),
           d.ident("siret", "206 462 889 00075", "20646288900075")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE DES ÉCOLES DU VAL "
                             "D'AMBLÈNE", "body": "Le Président"},
            "2021-017",
            "portant titularisation de Mme Sandrine FOUCAULT, adjoint technique territorial",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_vrain_taux()
    brevonne_installation()
    saint_ferreol_securite()
    amblene_titularisation()
