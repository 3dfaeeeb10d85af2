#!/usr/bin/env python3
"""Hand-written gold for the blind set CC (corpusCC) of corpus/extra-pending
(see README.md, section "Blind set (corpusCC)"): four RECUEILS holding
several acts. Run: python3 make_gold_cc.py

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
from _goldlib import (CASF, CCP, CENV, CGCT, CTRA, CVR, DocH, art,  # noqa: E402
                      attendance, doc)

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CROUTE = "Code de la route"


def at(d, t, n=1):
    """byte offset of the n-th occurrence of t"""
    return d.b(d.locate(t, n=n, seq=False)[0])


def raa_prefecture():
    """RAA of a préfecture: cover + SOMMAIRE, three arrêtés, running headers."""
    d = DocH("prefecture-haute-varenne-raa-2026-042")
    col = "PRÉFET DE LA HAUTE-VARENNE"
    s1, s2, s3 = (at(d, "PRÉFET DE LA HAUTE-VARENNE", n) for n in (2, 3, 4))
    end = len(d.raw)
    # cover
    d.reset()
    dates = [d.date("15 mars 2026", "2026-03-15"), d.date("10 mars 2026", "2026-03-10"),
             d.date("11 mars 2026", "2026-03-11"), d.date("12 mars 2026", "2026-03-12")]
    d.reset()
    refs = [d.ref("arrete", "Arrêté n° 13-2026-03-10-001 du 10 mars 2026", "13-2026-03-10-001",
                  "2026-03-10"),
            d.ref("arrete", "Arrêté n° 13-2026-03-11-004 du 11 mars 2026", "13-2026-03-11-004",
                  "2026-03-11"),
            d.ref("arrete", "Arrêté n° 13-2026-03-12-002 du 12 mars 2026", "13-2026-03-12-002",
                  "2026-03-12")]
    ids = [d.ident("url", "www.haute-varenne.gouv.fr", "www.haute-varenne.gouv.fr")]
    cover = doc(d, "other", [0, s1], {"collectivity": col, "body": None}, "13-2026-042",
                "RECUEIL DES ACTES ADMINISTRATIFS", dates=dates, refs=refs, ids=ids)
    sig_role = "Pour le préfet et par délégation, le directeur départemental des territoires"
    # arrêté 1
    d.cursor = d.locate("Arrêté n° 13-2026-03-10-001 du 10 mars 2026", n=2, seq=False)[0]
    visas = [d.clause("Vu le code de la voirie routière, notamment son article L. 131-3 ;"),
             d.clause("Vu le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des\n"
                      "préfets, à l'organisation et à l'action des services de l'État dans les\n"
                      "régions et départements ;"),
             d.clause("Vu la demande présentée le 2 mars 2026 par la société TRAVAUX DU VAL,\n"
                      "SIRET 419 573 167 00022, 4 rue des Tanneurs, 13870 Rognac-la-Varenne ;")]
    cons = [d.clause("Considérant que les travaux de renforcement de la chaussée imposent une\n"
                     "circulation alternée ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er –", "La société", "3 avril 2026."),
            art(d, "2", None, "Article 2 –", "Le montant", "pétitionnaire."),
            art(d, "3", None, "Article 3 –", "Le directeur", "présent arrêté.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Marc OLLIVIER", sig_role,
                        "Marc OLLIVIER", "Varennes", "2026-03-10")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-10-001 du 10 mars 2026", n=2, seq=False)[0]
    dates = [d.date("10 mars 2026", "2026-03-10"), d.date("29 avril 2004", "2004-04-29"),
             d.date("2 mars 2026", "2026-03-02"), d.date("16 mars 2026", "2026-03-16"),
             d.date("3 avril 2026", "2026-04-03"), d.date("10 mars 2026", "2026-03-10")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-10-001 du 10 mars 2026", n=2, seq=False)[0]
    refs = [d.ref("code", "code de la voirie routière, notamment son article L. 131-3", code=CVR,
                  articles=["L.131-3"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", "2004-374", "2004-04-29")]
    ids = [d.ident("siret", "419 573 167 00022", "41957316700022"),
           d.ident("postal_code", "13870", "13870")]
    amounts = [d.amount("84 500,00 €", 84500, tax="HT")]
    a1 = doc(d, "arrete", [s1, s2], {"collectivity": col, "body": "Le préfet"},
             "13-2026-03-10-001", "portant autorisation de travaux sur la route départementale n° 12",
             visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs, ids=ids)
    # arrêté 2
    d.cursor = d.locate("Arrêté n° 13-2026-03-11-004 du 11 mars 2026", n=2, seq=False)[0]
    visas = [d.clause("Vu le code des transports, notamment ses articles L. 4241-1 et\n"
                      "R. 4241-38 ;"),
             d.clause("Vu l'arrêté préfectoral n° 13-2025-06-30-011 du 30 juin 2025 portant\n"
                      "règlement particulier de police de la navigation ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er –", "La navigation", "à 18 heures."),
            art(d, "2", None, "Article 2 –", "Toute infraction", "au plus.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Marc OLLIVIER", sig_role,
                        "Marc OLLIVIER", "Varennes", "2026-03-11",
                        at="Fait à Varennes, le 11 mars")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-11-004 du 11 mars 2026", n=2, seq=False)[0]
    dates = [d.date("11 mars 2026", "2026-03-11"), d.date("30 juin 2025", "2025-06-30"),
             d.date("20 mars 2026", "2026-03-20"), d.date("22 mars 2026", "2026-03-22"),
             d.date("11 mars 2026", "2026-03-11")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-11-004 du 11 mars 2026", n=2, seq=False)[0]
    refs = [d.ref("code", "code des transports, notamment ses articles L. 4241-1 et\nR. 4241-38",
                  code=CTRA, articles=["L.4241-1", "R.4241-38"]),
            d.ref("arrete", "arrêté préfectoral n° 13-2025-06-30-011 du 30 juin 2025",
                  "13-2025-06-30-011", "2025-06-30")]
    amounts = [d.amount("1 500 euros", 1500)]
    a2 = doc(d, "arrete", [s2, s3], {"collectivity": col, "body": "Le préfet"},
             "13-2026-03-11-004", "portant interdiction temporaire de la navigation sur la Varenne",
             visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs)
    # arrêté 3
    d.cursor = d.locate("Arrêté n° 13-2026-03-12-002 du 12 mars 2026", n=2, seq=False)[0]
    visas = [d.clause("Vu le code de l'environnement, notamment ses articles R. 341-16 à\n"
                      "R. 341-25 ;"),
             d.clause("Vu l'arrêté n° 13-2023-04-18-006 du 18 avril 2023 portant composition de\n"
                      "la commission ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er –", "Mme Claire", "Jean-Paul RIBOT."),
            art(d, "2", None, "Article 2 –", "Le présent", "deux mois.")]
    sigs = [d.signature("Le préfet,\nThierry", "Thierry MARCHAIS", "Le préfet",
                        "Thierry MARCHAIS", "Varennes", "2026-03-12")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-12-002 du 12 mars 2026", n=2, seq=False)[0]
    dates = [d.date("12 mars 2026", "2026-03-12"), d.date("18 avril 2023", "2023-04-18"),
             d.date("12 mars 2026", "2026-03-12")]
    d.cursor = d.locate("Arrêté n° 13-2026-03-12-002 du 12 mars 2026", n=2, seq=False)[0]
    refs = [d.ref("code", "code de l'environnement, notamment ses articles R. 341-16 à\nR. 341-25",
                  code=CENV, articles=["R.341-16", "R.341-25"]),
            d.ref("arrete", "arrêté n° 13-2023-04-18-006 du 18 avril 2023", "13-2023-04-18-006",
                  "2023-04-18")]
    a3 = doc(d, "arrete", [s3, end], {"collectivity": col, "body": "Le préfet"},
             "13-2026-03-12-002",
             "portant composition de la commission départementale de la nature, des paysages et "
             "des sites",
             visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
             dates=dates, refs=refs)
    for x in (cover, a1, a2, a3):
        check_inside(x)
    d.write([cover, a1, a2, a3])


def recueil_departement():
    """recueil of a département: cover + sommaire by direction (table rows
    number / date / act), a CP délibération then a président's arrêté."""
    d = DocH("departement-haute-sauldre-recueil-actes-2026-03")
    col = "DÉPARTEMENT DE LA HAUTE-SAULDRE"
    s1 = at(d, "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération")
    s2 = at(d, "ARRÊTÉ DU PRÉSIDENT DU CONSEIL DÉPARTEMENTAL")
    end = len(d.raw)
    d.reset()
    dates = [d.date("31 mars 2026", "2026-03-31"), d.date("04/03/2026", "2026-03-04"),
             d.date("16/03/2026", "2026-03-16")]
    d.reset("SOMMAIRE PAR")
    refs = [d.ref("arrete", "AP-2026-0118   04/03/2026   Arrêté du Président", "AP-2026-0118",
                  "2026-03-04"),
            d.ref("deliberation", "CP-2026-03-021 16/03/2026   Délibération de la commission "
                  "permanente", "CP-2026-03-021", "2026-03-16")]
    d.reset()
    ids = [d.ident("postal_code", "18320", "18320")]
    cover = doc(d, "other", [0, s1], {"collectivity": col, "body": None}, "2026-03",
                "RECUEIL DES ACTES ADMINISTRATIFS DU DÉPARTEMENT", dates=dates, refs=refs,
                ids=ids)
    # délibération CP
    d.reset("COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération")
    pres = d.P("Mme Hélène GIRAUDET", at="sous la présidence de")
    session = {"date": "2026-03-16", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    att = attendance(in_office=18, present_n=14, represented=2, voting=16)
    d.reset("Nombre de membres")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment son article\n"
                      "L. 3211-2 ;"),
             d.clause("Vu le code de l'action sociale et des familles, notamment son article\n"
                      "L. 421-2 ;"),
             d.clause("Vu la délibération n° CD-2025-12-007 du 15 décembre 2025 portant\n"
                      "délégation d'attributions à la commission permanente ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'attribuer", "puériculture."),
            art(d, "2", None, "Article 2 :", "D'inscrire", "budget départemental 2026.")]
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Présidente du conseil départemental,\nHélène", "Hélène GIRAUDET",
                        "La Présidente du conseil départemental", "Hélène GIRAUDET",
                        "Sauldre-sur-Cher", "2026-03-16")]
    d.reset("COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération")
    amounts = [d.amount("600 €", 600), d.amount("36 000 €", 36000)]
    d.reset("COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération")
    dates = [d.date("16 mars 2026", "2026-03-16"), d.date("16 mars 2026", "2026-03-16"),
             d.date("15 décembre 2025", "2025-12-15"), d.date("16 mars 2026", "2026-03-16")]
    d.reset("COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment son article\n"
                  "L. 3211-2", code=CGCT, articles=["L.3211-2"]),
            d.ref("code", "code de l'action sociale et des familles, notamment son article\n"
                  "L. 421-2", code=CASF, articles=["L.421-2"]),
            d.ref("deliberation", "délibération n° CD-2025-12-007 du 15 décembre 2025",
                  "CD-2025-12-007", "2025-12-15")]
    a1 = doc(d, "deliberation", [s1, s2],
             {"collectivity": col, "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
             "CP-2026-03-021", "Aide à l'équipement des assistants familiaux", session=session,
             att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes,
             sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    # arrêté du président
    d.reset("ARRÊTÉ DU PRÉSIDENT DU CONSEIL DÉPARTEMENTAL")
    visas = [d.clause("Vu le code de la route, notamment ses articles R. 411-8 et R. 411-25 ;"),
             d.clause("Vu le code général des collectivités territoriales, notamment son article\n"
                      "L. 3221-4 ;")]
    cons = [d.clause("Considérant la nécessité de réduire la vitesse à l'approche du giratoire\n"
                     "de Boisvert ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "ARTICLE 1 –", "La vitesse", "9 mars 2026."),
            art(d, "2", None, "ARTICLE 2 –", "Le présent", "du Département.")]
    sigs = [d.signature("Pour la Présidente et par délégation,", "Franck LABESSE",
                        "Pour la Présidente et par délégation, Le Directeur des routes et des "
                        "mobilités", "Franck LABESSE", "Sauldre-sur-Cher", "2026-03-04")]
    d.reset("ARRÊTÉ DU PRÉSIDENT DU CONSEIL DÉPARTEMENTAL")
    dates = [d.date("4 mars 2026", "2026-03-04"), d.date("9 mars 2026", "2026-03-09"),
             d.date("4 mars 2026", "2026-03-04")]
    d.reset("ARRÊTÉ DU PRÉSIDENT DU CONSEIL DÉPARTEMENTAL")
    refs = [d.ref("code", "code de la route, notamment ses articles R. 411-8 et R. 411-25",
                  code=CROUTE, articles=["R.411-8", "R.411-25"]),
            d.ref("code", "code général des collectivités territoriales, notamment son article\n"
                  "L. 3221-4", code=CGCT, articles=["L.3221-4"])]
    a2 = doc(d, "arrete", [s2, end],
             {"collectivity": col, "body": "La Présidente du conseil départemental"},
             "AP-2026-0118", "Réglementation de la circulation sur la route départementale 940",
             visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
             sigs=sigs, dates=dates, refs=refs)
    for x in (cover, a1, a2):
        check_inside(x)
    d.write([cover, a1, a2])


def recueil_commune():
    """commune's recueil des actes réglementaires for a trimester: table of
    the délibérations, two délibérations, one arrêté."""
    d = DocH("commune-saint-vorles-en-auxois-recueil-actes-reglementaires-2026-t1")
    col = "COMMUNE DE SAINT-VORLES-EN-AUXOIS"
    s1 = at(d, "DÉLIBÉRATION N° 2026-001")
    s2 = at(d, "DÉLIBÉRATION N° 2026-007")
    s3 = at(d, "ARRÊTÉ MUNICIPAL N° A-2026-014")
    end = len(d.raw)
    d.reset()
    ids = [d.ident("postal_code", "21390", "21390"),
           d.ident("phone", "03 80 64 21 17", "0380642117")]
    d.reset("RECUEIL DES ACTES")
    dates = [d.date("8 avril 2026", "2026-04-08"), d.date("22/01/2026", "2026-01-22"),
             d.date("22/01/2026", "2026-01-22"), d.date("19/03/2026", "2026-03-19"),
             d.date("19/03/2026", "2026-03-19")]
    d.reset("RECUEIL DES ACTES")
    refs = [d.ref("code", "article R. 2121-10 du code général des\ncollectivités territoriales",
                  code=CGCT, articles=["R.2121-10"])]
    cover = doc(d, "other", [0, s1], {"collectivity": col, "body": None}, None,
                "RECUEIL DES ACTES RÉGLEMENTAIRES", dates=dates, refs=refs, ids=ids)
    body = {"collectivity": col, "body": "CONSEIL MUNICIPAL"}
    # délibération 2026-001
    d.reset("DÉLIBÉRATION N° 2026-001")
    pres = d.P("M. Bernard COLLOT", at="DÉLIBÉRATION N° 2026-001")
    d.reset("DÉLIBÉRATION N° 2026-001")
    present = d.persons("M. Bernard COLLOT", "Mme Agnès PERRIN", "M. Luc VOISIN",
                        "Mme Nadia\nBOURGEOIS", "M. Hervé JACQUIN", "Mme Élise MONNOT",
                        "M. Simon RAGOT", "Mme Laure\nDUCHÊNE", "M. Paul GROSJEAN",
                        at="Présents : M. Bernard")
    x1 = d.P("Mme Sophie LAMBERT")
    p1 = d.proxy(x1, "M. Luc VOISIN")
    absent = [d.P("M. Kévin ROYER")]
    sec = d.P("Mme Agnès PERRIN")
    att = attendance(present, [x1], absent, [p1], in_office=11, present_n=9, voting=10)
    session = {"date": "2026-01-22", "place": "mairie", "convened_on": "2026-01-15",
               "president": pres, "secretary": sec}
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("FIXE")
    sigs = [d.signature("Le Maire,\nBernard", "Bernard COLLOT", "Le Maire", "Bernard COLLOT",
                        None, None, at="DÉLIBÉRATION N° 2026-001")]
    d.reset("DÉLIBÉRATION N° 2026-001")
    amounts = [d.amount("180 €", 180), d.amount("320 €", 320)]
    d.reset("DÉLIBÉRATION N° 2026-001")
    dates = [d.date("22 janvier 2026", "2026-01-22"),
             d.date("vingt-deux janvier deux mille vingt-six", "2026-01-22"),
             d.date("15 janvier 2026", "2026-01-15"), d.date("1er février 2026", "2026-02-01")]
    a1 = doc(d, "deliberation", [s1, s2], body, "2026-001", "Tarifs de la salle polyvalente",
             session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
             sigs=sigs, amounts=amounts, dates=dates)
    # délibération 2026-007
    pres = d.P("M. Bernard COLLOT", at="DÉLIBÉRATION N° 2026-007")
    absent = [d.P("M. Kévin ROYER")]
    sec = d.P("M. Simon RAGOT")
    att = attendance(absent=absent, in_office=11, present_n=10, voting=10)
    session = {"date": "2026-03-19", "place": "mairie", "convened_on": "2026-03-12",
               "president": pres, "secretary": sec}
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles\n"
                      "L. 2213-8 et L. 2223-1 ;")]
    votes = [d.vote("par 8 voix pour et\n2 abstentions", for_=8, abstention=2)]
    verb = d.span("APPROUVE")
    sigs = [d.signature("Le Maire,\nBernard", "Bernard COLLOT", "Le Maire", "Bernard COLLOT",
                        None, None, at="DÉLIBÉRATION N° 2026-007")]
    d.reset("DÉLIBÉRATION N° 2026-007")
    dates = [d.date("19 mars 2026", "2026-03-19"),
             d.date("dix-neuf mars deux mille vingt-six", "2026-03-19"),
             d.date("12 mars 2026", "2026-03-12"), d.date("1er avril 2026", "2026-04-01")]
    d.reset("DÉLIBÉRATION N° 2026-007")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles\n"
                  "L. 2213-8 et L. 2223-1", code=CGCT, articles=["L.2213-8", "L.2223-1"])]
    a2 = doc(d, "deliberation", [s2, s3], body, "2026-007", "Règlement du cimetière communal",
             session=session, att=att, visas=visas, dec={"verb": "APPROUVE", "span": verb},
             votes=votes, sigs=sigs, dates=dates, refs=refs)
    # arrêté
    d.reset("ARRÊTÉ MUNICIPAL N° A-2026-014")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles\n"
                      "L. 2212-2 et L. 2213-1 ;"),
             d.clause("Vu la délibération n° 2026-008 du 19 mars 2026 ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1 :", "Le stationnement", "1er avril 2026."),
            art(d, "2", None, "Article 2 :", "Le présent", "affiché en mairie.")]
    sigs = [d.signature("Le Maire,\nBernard", "Bernard COLLOT", "Le Maire", "Bernard COLLOT",
                        "Saint-Vorles-en-Auxois", "2026-03-24", at="ARRÊTÉ MUNICIPAL")]
    d.reset("ARRÊTÉ MUNICIPAL N° A-2026-014")
    dates = [d.date("19 mars 2026", "2026-03-19"), d.date("1er avril 2026", "2026-04-01"),
             d.date("24 mars 2026", "2026-03-24")]
    d.reset("ARRÊTÉ MUNICIPAL N° A-2026-014")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles\n"
                  "L. 2212-2 et L. 2213-1", code=CGCT, articles=["L.2212-2", "L.2213-1"]),
            d.ref("deliberation", "délibération n° 2026-008 du 19 mars 2026", "2026-008",
                  "2026-03-19")]
    a3 = doc(d, "arrete", [s3, end], {"collectivity": col, "body": "Le Maire"}, "A-2026-014",
             "portant réglementation du stationnement place de l'Église", visas=visas,
             dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs, dates=dates, refs=refs)
    for x in (cover, a1, a2, a3):
        check_inside(x)
    d.write([cover, a1, a2, a3])


def registre_epci():
    """EPCI registre des décisions du président: four short décisions."""
    d = DocH("cc-val-de-brize-registre-decisions-2026")
    col = "COMMUNAUTÉ DE COMMUNES DU VAL DE BRIZE"
    iss = {"collectivity": col, "body": "Le Président"}
    starts = [0] + [at(d, "DÉCISION N° 2026-03%d" % k) for k in (2, 3, 4)] + [len(d.raw)]
    deleg = "délibération n° 2024-088 du 11 juillet 2024"
    deleg_v = ("Vu la délibération n° 2024-088 du 11 juillet 2024 portant délégation\n"
               "d'attributions au Président ;")

    def sig(h, date):
        return d.signature("Le Président,\nJacques", "Jacques FOUQUERAY", "Le Président",
                           "Jacques FOUQUERAY", "Brize-le-Château", date, at=h)

    out = []
    # 031
    h = "DÉCISION N° 2026-031"
    d.reset()
    refs0 = [d.ref("code", "article L. 5211-10 du code général des collectivités territoriales",
                   code=CGCT, articles=["L.5211-10"])]
    d.reset()
    ids = [d.ident("siren", "732 829 320", "732829320")]
    d.reset(h)
    visas = [d.clause(deleg_v),
             d.clause("Vu le code de la commande publique, notamment son article R. 2123-1 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article unique :", "Le marché", "27 900,00 € HT.")]
    d.reset(h)
    amounts = [d.amount("27 900,00 €", 27900, tax="HT")]
    d.reset(h)
    dates = [d.date("11 juillet 2024", "2024-07-11"), d.date("2 avril 2026", "2026-04-02")]
    d.reset(h)
    refs = refs0 + [d.ref("deliberation", deleg, "2024-088", "2024-07-11"),
                    d.ref("code", "code de la commande publique, notamment son article "
                          "R. 2123-1", code=CCP, articles=["R.2123-1"])]
    out.append(doc(d, "other", starts[0:2], iss, "2026-031",
                   "Attribution du marché d'entretien des espaces verts", visas=visas,
                   dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
                   sigs=[sig(h, "2026-04-02")], amounts=amounts, dates=dates, refs=refs,
                   ids=ids))
    # 032
    h = "DÉCISION N° 2026-032"
    d.reset(h)
    visas = [d.clause(deleg_v)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "De solliciter", "territoires ruraux."),
            art(d, "2", None, "Article 2 :", "D'autoriser", "pièce utile.")]
    d.reset(h)
    amounts = [d.amount("96 000 €", 96000)]
    d.reset(h)
    dates = [d.date("11 juillet 2024", "2024-07-11"), d.date("7 avril 2026", "2026-04-07")]
    d.reset(h)
    refs = [d.ref("deliberation", deleg, "2024-088", "2024-07-11")]
    out.append(doc(d, "other", starts[1:3], iss, "2026-032",
                   "Demande de subvention au titre de la DETR 2026", visas=visas,
                   dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
                   sigs=[sig(h, "2026-04-07")], amounts=amounts, dates=dates, refs=refs))
    # 033
    h = "DÉCISION N° 2026-033"
    d.reset(h)
    visas = [d.clause(deleg_v),
             d.clause("Vu la demande du collège Jules-Ferry du 30 mars 2026 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "De conclure", "6 juillet 2027."),
            art(d, "2", None, "Article 2 :", "La mise", "titre gratuit.")]
    d.reset(h)
    dates = [d.date("11 juillet 2024", "2024-07-11"), d.date("30 mars 2026", "2026-03-30"),
             d.date("1er septembre 2026", "2026-09-01"), d.date("6 juillet 2027", "2027-07-06"),
             d.date("14 avril 2026", "2026-04-14")]
    d.reset(h)
    refs = [d.ref("deliberation", deleg, "2024-088", "2024-07-11")]
    out.append(doc(d, "other", starts[2:4], iss, "2026-033",
                   "Convention de mise à disposition du gymnase intercommunal", visas=visas,
                   dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
                   sigs=[sig(h, "2026-04-14")], dates=dates, refs=refs))
    # 034
    h = "DÉCISION N° 2026-034"
    d.reset(h)
    visas = [d.clause("Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion\n"
                      "budgétaire et comptable publique ;"),
             d.clause("Vu la décision n° 2025-112 du 3 décembre 2025 instituant la régie ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le montant", "2 500 €."),
            art(d, "2", None, "Article 2 :", "La présente", "n° 2025-112.")]
    d.reset(h)
    amounts = [d.amount("2 500 €", 2500)]
    d.reset(h)
    dates = [d.date("7 novembre 2012", "2012-11-07"), d.date("3 décembre 2025", "2025-12-03"),
             d.date("21 avril 2026", "2026-04-21")]
    d.reset(h)
    refs = [d.ref("decret", "décret n° 2012-1246 du 7 novembre 2012", "2012-1246", "2012-11-07"),
            d.ref("decision", "décision n° 2025-112 du 3 décembre 2025", "2025-112",
                  "2025-12-03"),
            d.ref("decision", "décision n° 2025-112", "2025-112", None)]
    out.append(doc(d, "other", starts[3:5], iss, "2026-034",
                   "Régie de recettes de l'office de tourisme – modification", visas=visas,
                   dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
                   sigs=[sig(h, "2026-04-21")], amounts=amounts, dates=dates, refs=refs))
    for x in out:
        check_inside(x)
    d.write(out)


if __name__ == "__main__":
    raa_prefecture()
    recueil_departement()
    recueil_commune()
    registre_epci()
