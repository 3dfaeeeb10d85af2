#!/usr/bin/env python3
"""Hand-written gold for the blind set AO (corpusAO) of corpus/extra-pending
(see README.md, section "Blind set (corpusAO)").
Run: python3 make_gold_ao.py

Same conventions and tooling as make_gold_am.py (corpus/extra/_goldlib.py,
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
from _goldlib import CGCT, CGPPP, CVR, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def frf(d, t, value, tax=None):
    a = d.amount(t, value, tax=tax)
    a["currency"] = "FRF"
    return a


def lestrade_pv():
    """PROCÈS-VERBAL of a conseil municipal whose ATTENDANCE CHANGES during
    the séance (a late arrival "arrive à 19 h 15 et prend part aux votes à
    partir du point n° 3", a departure "quitte la séance avant le vote du
    point n° 5 et donne pouvoir à M. X"), opening counts on a line
    "À l'ouverture de la séance : présents : 11 – représentés : 2 –
    votants : 13", five items "Point n° k – Délibération n° 2026-03k" over
    a title line, EACH WITH ITS OWN TALLY LINE "Votants : n – Pour : n –
    Contre : n – Abstention : n" then a result sentence."""
    d = DocH("commune-lestrade-en-bauges-pv-2026-05-19")
    pres = d.P("M. Bernard CHAPPAZ", at="sous\nla présidence de")
    present = d.persons("M. Bernard CHAPPAZ", "Mme Odile GIROD", "M. Yannick DUNAND",
                        "Mme Carole PERRIER", "M. Fabrice BOUVIER", "Mme Léa MOLLARD",
                        "M. Henri TOCHON", "Mme Josiane BLANC-GONNET", "M. Patrice VIBERT",
                        "Mme Sandrine COUTAZ", "M. Kévin RAVIER", at="Présents : M. Bernard")
    x1 = d.P("Mme Martine BURDIN", at="Excusés ayant donné pouvoir")
    t1 = d.P("Mme Odile GIROD")
    x2 = d.P("M. Laurent MIGUET")
    t2 = d.P("M. Bernard CHAPPAZ")
    absent = d.persons("M. Julien PACCARD", "Mme Émilie DOMENGE", at="Absents :")
    sec = d.P("Mme Léa MOLLARD", at="Secrétaire de séance")
    x3 = d.P("Mme Carole PERRIER", at="Mme Carole PERRIER quitte")
    t3 = d.P("M. Fabrice BOUVIER")
    proxies = [d.proxy(x1, t1), d.proxy(x2, t2), d.proxy(x3, t3)]
    att = attendance(present, [x1, x2], absent, proxies, in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-05-19", "place": "salle polyvalente",
               "convened_on": "2026-05-12", "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment son article "
                      "L. 2334-33 ;")]
    verb = d.span("ATTRIBUE", at="après en avoir délibéré, ATTRIBUE")
    d.reset()
    votes = [d.vote("Votants : 13 – Pour : 13 – Contre : 0 – Abstention : 0 Le procès-verbal est "
                    "approuvé à l'unanimité.", for_=13, against=0, abstention=0, unanimous=True),
             d.vote("Votants : 13 – Pour : 12 – Contre : 0 – Abstention : 1 (M. Henri TOCHON, "
                    "membre du bureau de l'association) La délibération est adoptée.",
                    for_=12, against=0, abstention=1),
             d.vote("Votants : 14 – Pour : 14 – Contre : 0 – Abstention : 0 La délibération est "
                    "adoptée à l'unanimité.", for_=14, against=0, abstention=0, unanimous=True),
             d.vote("Votants : 14 – Pour : 11 – Contre : 2 (Mme Sandrine COUTAZ, M. Kévin RAVIER) "
                    "– Abstention : 1 La délibération est adoptée.",
                    for_=11, against=2, abstention=1),
             d.vote("Votants : 14 – Pour : 14 – Contre : 0 – Abstention : 0 La délibération est "
                    "adoptée à l'unanimité.", for_=14, against=0, abstention=0, unanimous=True)]
    place = "Lestrade-en-Bauges"
    sigs = [d.signature("Le Maire,", "Bernard CHAPPAZ", "Le Maire", "Bernard CHAPPAZ", place,
                        "2026-05-26", at="Fait à Lestrade"),
            d.signature("La secrétaire de séance,", "Léa MOLLARD", "La secrétaire de séance",
                        "Léa MOLLARD", place, "2026-05-26", at="Fait à Lestrade")]
    d.reset()
    amounts = [d.amount("1 500 €", 1500),
               d.amount("84 600,00 €", 84600, tax="HT"),
               d.amount("33 840,00 €", 33840),
               d.amount("50 760,00 €", 50760),
               d.amount("18,50 €", 18.5, tax="TTC"),
               d.amount("240,00 €", 240, tax="TTC"),
               d.amount("4 120,00 €", 4120)]
    d.reset()
    dates = [d.date("MARDI 19 MAI 2026", "2026-05-19"),
             d.date("L'an deux mille vingt-six, le dix-neuf mai", "2026-05-19"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("16 août 2026", "2026-08-16"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("26 mai 2026", "2026-05-26"),
             d.date("27/05/2026", "2026-05-27")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération n° 2026-031", number="2026-031"),
            d.ref("deliberation", "Délibération n° 2026-032", number="2026-032"),
            d.ref("deliberation", "Délibération n° 2026-033", number="2026-033"),
            d.ref("code", "code général des collectivités territoriales, notamment son article "
                  "L. 2334-33", code=CGCT, articles=["L.2334-33"]),
            d.ref("deliberation", "Délibération n° 2026-034", number="2026-034"),
            d.ref("deliberation", "Délibération n° 2026-035", number="2026-035")]
    d.reset()
    ids = [d.ident("postal_code", "73340", "73340"),
           d.ident("phone", "04 79 54 62 18", "0479546218"),
           d.ident("email", "mairie@lestrade-en-bauges.fr", "mairie@lestrade-en-bauges.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LESTRADE-EN-BAUGES", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 19 MAI 2026",
            session=session, att=att, visas=visas,
            dec={"verb": "ATTRIBUE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def villefranche_voirie():
    """ARRÊTÉ of a maire "PORTANT PERMISSION DE VOIRIE ET AUTORISATION
    D'OCCUPATION TEMPORAIRE DU DOMAINE PUBLIC" (a trench + a materials
    deposit) for a company: number with slashes "2026/VOI/045", a
    bracketed lower-case third heading line, "Vu la demande en date du …
    présentée par la société …, SAS au capital de 150 000 €, … SIRET …",
    "Article n – Heading" with the body below, a DATE RANGE WITH WEEKDAYS
    "du lundi 8 juin 2026 au vendredi\\n26 juin 2026 inclus", a redevance
    computed inline ("20 m² x 19 jours = 456,00 €") with the total in
    figures then words in brackets, "Fait à …" / "Le Maire," / name, then
    an "Ampliation :" dash list with two postal codes and "Notifié … le …"."""
    d = DocH("commune-villefranche-sur-aurenne-arrete-voirie-2026-045")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2212-1, L. 2212-2 et L. 2213-1 ;"),
             d.clause("Vu le code de la voirie routière, et notamment ses articles L. 113-2 et "
                      "R. 141-13 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et notamment "
                      "ses articles L. 2122-1 à L. 2122-3 et L. 2125-1 ;"),
             d.clause("Vu la délibération du conseil municipal n° 2025-118 du 9 décembre 2025 "
                      "fixant les tarifs des redevances d'occupation du domaine public pour "
                      "l'année 2026 ;"),
             d.clause("Vu la demande en date du 21 avril 2026 présentée par la société AQUITAINE "
                      "RÉSEAUX TRAVAUX, SAS au capital de 150 000 €, dont le siège est situé 14, "
                      "avenue de la Gare – 47000 Agen, immatriculée sous le numéro SIRET 812 450 "
                      "674 00021, représentée par M. Damien LAFFARGUE, conducteur de travaux ;")]
    cons = [d.clause("Considérant que les travaux de raccordement nécessitent l'ouverture d'une "
                     "tranchée sous le trottoir de la rue des Tanneurs et qu'il convient d'en "
                     "fixer les conditions ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", "Objet", "Article 1er – Objet", "La société AQUITAINE",
                "place Jasmin."),
            art(d, "2", "Durée", "Article 2 – Durée", "La présente autorisation",
                "19 juin 2026."),
            art(d, "3", "Prescriptions techniques", "Article 3 – Prescriptions techniques",
                "Le permissionnaire remettra", "à compter de la réception."),
            art(d, "4", "Redevance", "Article 4 – Redevance", "En application",
                "émis par la commune."),
            art(d, "5", "Responsabilité", "Article 5 – Responsabilité", "Les droits des tiers",
                "résulter de ses travaux."),
            art(d, "6", "Recours", "Article 6 – Recours", "Le présent arrêté peut",
                "de sa notification."),
            art(d, "7", "Exécution", "Article 7 – Exécution", "Le Directeur général",
                "présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Christiane DELBOS", "Le Maire", "Christiane DELBOS",
                        "Villefranche-sur-Aurenne", "2026-05-04", at="Fait à Villefranche")]
    d.reset()
    amounts = [d.amount("150 000 €", 150000),
               d.amount("1,20 €", 1.2),
               d.amount("456,00 €", 456),
               d.amount("150,00 €", 150),
               d.amount("606,00 €", 606),
               d.amount("six cent six euros", 606)]
    d.reset()
    dates = [d.date("9 décembre 2025", "2025-12-09"),
             d.date("21 avril 2026", "2026-04-21"),
             d.date("lundi 8 juin 2026", "2026-06-08"),
             d.date("vendredi 26 juin 2026", "2026-06-26"),
             d.date("19 juin 2026", "2026-06-19"),
             d.date("4 mai 2026", "2026-05-04"),
             d.date("6 mai 2026", "2026-05-06")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2212-1, L. 2212-2 et L. 2213-1", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1"]),
            d.ref("code", "code de la voirie routière, et notamment ses articles L. 113-2 et "
                  "R. 141-13", code=CVR, articles=["L.113-2", "R.141-13"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment "
                  "ses articles L. 2122-1 à L. 2122-3 et L. 2125-1", code=CGPPP,
                  articles=["L.2122-1", "L.2122-3", "L.2125-1"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2025-118 du 9 décembre "
                  "2025", number="2025-118", date="2025-12-09"),
            d.ref("deliberation", "délibération n° 2025-118", number="2025-118",
                  at="Article 4 – Redevance")]
    d.reset()
    ids = [d.ident("postal_code", "47310", "47310"),
           d.ident("phone", "05 53 41 27 90", "0553412790"),
           d.ident("postal_code", "47000", "47000"),
           d.ident("siret", "812 450 674 00021", "81245067400021"),
           d.ident("postal_code", "47000", "47000", at="Ampliation :"),
           d.ident("postal_code", "47916", "47916")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE VILLEFRANCHE-SUR-AURENNE", "body": "Le Maire"},
            "2026/VOI/045",
            "PORTANT PERMISSION DE VOIRIE ET AUTORISATION D'OCCUPATION TEMPORAIRE DU DOMAINE "
            "PUBLIC (réalisation d'une tranchée pour raccordement au réseau de fibre optique)",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def haute_veze_cp():
    """Délibération of a DÉPARTEMENT's COMMISSION PERMANENTE with an ANNEX
    TABLE of ten subsidies laid out in SPACE-ALIGNED COLUMNS (Bénéficiaire /
    Commune / SIRET / RNA / Objet / Montant) MIXING SIRET AND RNA NUMBERS
    ("W191002345") in one column, a TOTAL row; "Absents excusés ayant donné
    pouvoir" (3) and "Absents" (2), no present list; a vote line with
    "Ne prend pas part au vote : 1 (Mme X, …)" cut by a line break; the
    ACTES lines "Accusé de réception en préfecture : <id>" + "Date de
    réception : dd/mm/yyyy – Date de publication : dd/mm/yyyy"."""
    d = DocH("departement-haute-veze-cp-subventions-2026-07-214")
    pres = d.P("M. Gilles MAZEYRIE", at="sous la présidence de")
    x1 = d.P("Mme Chantal ROUFFIAC", at="Absents excusés ayant donné")
    t1 = d.P("M. Pascal VEYSSIÈRE")
    x2 = d.P("M. Thierry LAGARDE")
    t2 = d.P("Mme Nathalie BESSE")
    x3 = d.P("Mme Anne-Sophie DUMOND")
    t3 = d.P("M. Gilles MAZEYRIE")
    absent = d.persons("M. Francis BOURDARIE", "Mme Isabelle CHASTANG", at="Absents : M.")
    att = attendance([], [x1, x2, x3], absent,
                     [d.proxy(x1, t1), d.proxy(x2, t2), d.proxy(x3, t3)],
                     in_office=24, present_n=19, represented=3, voting=22)
    session = {"date": "2026-07-06",
               "place": "Hôtel du Département, salle Marcelle-Tinayre",
               "convened_on": "2026-06-26", "president": pres, "secretary": None}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 3211-1 et L. 3211-2 ;"),
             d.clause("Vu l'article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux droits "
                      "des citoyens dans leurs relations avec les administrations ;"),
             d.clause("Vu la délibération n° CD-2026-03-012 du 30 mars 2026 portant délégation "
                      "d'attributions du Conseil départemental à la Commission permanente ;"),
             d.clause("Vu la délibération n° CD-2025-12-101 du 15 décembre 2025 approuvant le "
                      "budget primitif 2026 ;"),
             d.clause("Vu le rapport n° 3.07 du Président du Conseil départemental ;")]
    cons = [d.clause("Considérant les demandes présentées par les associations et communes "
                     "figurant au tableau annexé, instruites par la Direction de la culture, des "
                     "sports et de la vie associative ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'attribuer", "montant total de 30 200 €."),
            art(d, "2", None, "Article 2 :", "Les crédits", "budget départemental 2026."),
            art(d, "3", None, "Article 3 :", "Les subventions seront", "d'une convention.")]
    votes = [d.vote("Pour : 21 – Contre : 0 – Abstention : 0 – Ne prend pas part au vote : 1 "
                    "(Mme Nathalie BESSE, présidente du Théâtre du Pont-Vieux) La délibération "
                    "est adoptée.", for_=21, against=0, abstention=0, not_voting=1)]
    sigs = [d.signature("Le Président du Conseil départemental,", "Gilles MAZEYRIE",
                        "Le Président du Conseil départemental", "Gilles MAZEYRIE", "Tulvès",
                        "2026-07-06", at="Fait à Tulvès")]
    d.reset()
    amounts = [d.amount("30 200 €", 30200),
               d.amount("23 000 €", 23000)]
    d.reset("Bénéficiaire   ")
    for t, v in [("2 500 €", 2500), ("1 800 €", 1800), ("3 200 €", 3200), ("4 750 €", 4750),
                 ("6 000 €", 6000), ("5 400 €", 5400), ("1 200 €", 1200), ("950 €", 950),
                 ("3 600 €", 3600), ("800 €", 800), ("30 200 €", 30200)]:
        amounts.append(d.amount(t, v))
    d.reset()
    dates = [d.date("lundi 6 juillet 2026", "2026-07-06"),
             d.date("26 juin 2026", "2026-06-26"),
             d.date("6 juillet 2026", "2026-07-06"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("30 mars 2026", "2026-03-30"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("31 mars 2027", "2027-03-31"),
             d.date("6 juillet 2026", "2026-07-06", at="Fait à Tulvès"),
             d.date("08/07/2026", "2026-07-08"),
             d.date("09/07/2026", "2026-07-09")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 3211-1 et L. 3211-2", code=CGCT,
                  articles=["L.3211-1", "L.3211-2"]),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"]),
            d.ref("deliberation", "délibération n° CD-2026-03-012 du 30 mars 2026",
                  number="CD-2026-03-012", date="2026-03-30"),
            d.ref("deliberation", "délibération n° CD-2025-12-101 du 15 décembre 2025",
                  number="CD-2025-12-101", date="2025-12-15")]
    d.reset()
    ids = [d.ident("postal_code", "19012", "19012"),
           d.ident("acte", "019-221900343-20260706-CP2026_07_214-DE",
                   "019-221900343-20260706-CP2026_07_214-DE"),
           d.ident("siret", "77561230200015", "77561230200015"),
           d.ident("siret", "43290871300022", "43290871300022"),
           d.ident("siret", "52918364200014", "52918364200014"),
           d.ident("siret", "39076125200027", "39076125200027")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-VÈZE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-07-214",
            "Fonds départemental d'animation des territoires – soutien à la vie associative "
            "locale – troisième répartition 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_privat_1968():
    """OLD TYPED délibération of 1968 (lower case WITH accents, unlike the
    capital typewriter acts of sets P / AJ): two-column letterhead
    "DÉPARTEMENT DE … / ARRONDISSEMENT DE … / COMMUNE DE …" beside
    "RÉPUBLIQUE FRANÇAISE"; centred registre heading and "Séance du 14 mars
    1968"; "L'an mil neuf cent soixante-huit, le quatorze mars, …"; NO
    counts, NO number; "Présents : MM. ROUVIÈRE, BOULET, …" (SURNAMES ONLY
    under one group civility), "Absents excusés : MM. …", secretary in a
    sentence ("M. SALVAN a été désigné pour remplir les fonctions de
    secrétaire."); "Objet :" with a hanging indent; the address "Messieurs,"
    and the Maire's exposé; NEW-FRANCS AMOUNTS WITH DOT THOUSANDS "86.400 F",
    "25.920 francs" and in capitals "VINGT-CINQ MILLE FRANCS (25.000 F)";
    "Le Conseil, / Ouï l'exposé … / Vu la loi du 5 avril 1884 …, / Après en
    avoir délibéré, / À l'unanimité des membres présents," then a
    "1°) Approuve … 4°) Donne …" list; "Au registre sont les signatures.";
    right-indented "Pour copie conforme, / Le Maire, / (signé) ROUVIÈRE";
    the PREFECTORAL APPROVAL block of the tutelle era ("Reçu à la
    Sous-Préfecture de Mende le 22 MARS 1968" / "Vu et approuvé, Mende, le
    2 avril 1968" / "Pour le Préfet, le Sous-Préfet," / "(signé)
    ILLISIBLE")."""
    d = DocH("commune-saint-privat-des-combes-deliberation-1968")
    pres = d.S("M. ROUVIÈRE Émile", "M.", "Émile", "ROUVIÈRE", at="présidence de")
    present = [d.S(n, "M.", None, n, at="Présents : MM." if i == 0 else None)
               for i, n in enumerate(["ROUVIÈRE", "BOULET", "CHABERT", "FABRE", "MAURIN",
                                      "PAGÈS", "SALVAN", "TEISSIER"])]
    excused = [d.S(n, "M.", None, n, at="Absents excusés : MM." if i == 0 else None)
               for i, n in enumerate(["ASTRUC", "VIDAL"])]
    sec = d.S("M. SALVAN", "M.", None, "SALVAN", at="M. SALVAN a été")
    att = attendance(present, excused)
    session = {"date": "1968-03-14", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu la loi du 5 avril 1884 sur l'organisation municipale,")]
    votes = [d.vote("À l'unanimité des membres présents", unanimous=True)]
    verb = d.span("Approuve", at="1°) Approuve")
    sigs = [d.signature("Le Maire,", "ROUVIÈRE", "Le Maire", "ROUVIÈRE", None, None,
                        at="Pour copie conforme")]
    d.reset()
    amounts = [frf(d, "86.400 F", 86400),
               frf(d, "43.200 F", 43200),
               frf(d, "17.280 F", 17280),
               frf(d, "25.920 francs", 25920),
               frf(d, "25.000 F", 25000),
               frf(d, "920 F", 920),
               frf(d, "86.400 F", 86400),
               frf(d, "VINGT-CINQ MILLE FRANCS", 25000),
               frf(d, "25.000 F", 25000)]
    d.reset()
    dates = [d.date("14 mars 1968", "1968-03-14"),
             d.date("L'an mil neuf cent soixante-huit, le quatorze mars", "1968-03-14"),
             d.date("28 mai 1964", "1964-05-28"),
             d.date("20 décembre 1967", "1967-12-20"),
             d.date("5 avril 1884", "1884-04-05"),
             d.date("22 MARS 1968", "1968-03-22"),
             d.date("2 avril 1968", "1968-04-02")]
    d.reset()
    refs = [d.ref("decret", "décret n° 64-486 du 28 mai 1964", number="64-486",
                  date="1964-05-28"),
            d.ref("loi", "loi du 5 avril 1884", date="1884-04-05")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-PRIVAT-DES-COMBES", "body": "CONSEIL MUNICIPAL"},
            None,
            "Électrification rurale – Extension du réseau au hameau de Combettes – Emprunt "
            "auprès de la Caisse Nationale de Crédit Agricole.",
            session=session, att=att, visas=visas,
            dec={"verb": "Approuve", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lestrade_pv()
    villefranche_voirie()
    haute_veze_cp()
    saint_privat_1968()
