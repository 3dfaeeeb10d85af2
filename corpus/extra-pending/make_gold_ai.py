#!/usr/bin/env python3
"""Hand-written gold for the blind set AI (corpusAI) of corpus/extra-pending
(see README.md, section "Blind set (corpusAI)").
Run: python3 make_gold_ai.py

Same conventions and tooling as make_gold_ah.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCP, CENV, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def saint_gervais_budget():
    """BUDGET PRIMITIF délibération of a commune with two ALIGNED TABLES
    (section | dépenses | recettes with a TOTAL row; chapitre | libellé |
    crédits votés with two TOTAL rows), bare numbers under "(€)" headers;
    a VOTE PER SECTION in prose ("La section de fonctionnement est adoptée
    par 14 voix pour, 3 contre et 1 abstention.") and a vote on the whole
    ("Sur l'ensemble, … est adopté par …")."""
    d = DocH("commune-saint-gervais-des-landelles-budget-primitif-2026-018")
    pres = d.P("M. Hervé LEMARCHAND", at="sous la présidence")
    present = d.persons("M. Hervé LEMARCHAND", "Mme Sophie ANGOT", "M. Pierre-Yves BRIÈRE",
                        "Mme Odile CHESNEL", "M. Fabrice DROUET", "Mme Martine FOUQUÉ",
                        "M. Gérard HAMELIN", "Mme Laëtitia JOUAULT", "M. Antoine LECORNU",
                        "Mme Brigitte MAUDUIT", "M. Stéphane NOËL", "Mme Isabelle PRÉVEL",
                        "M. Jacky ROUSSEL", "Mme Valérie SOREL", "M. Thierry TOUTAIN",
                        "Mme Nadège POTTIER", at="Présents : M.")
    d.reset("Absents excusés ayant donné pouvoir")
    x1 = d.P("Mme Claire VAUTIER")
    h1 = d.P("M. Hervé LEMARCHAND")
    x2 = d.P("M. Loïc DUTERTRE")
    h2 = d.P("Mme Sophie ANGOT")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = [d.P("M. Julien GODEFROY", at="Absent :")]
    sec = d.P("Mme Nadège POTTIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, proxies, in_office=19, present_n=16,
                     represented=2, voting=18)
    session = {"date": "2026-03-24", "place": "mairie, salle du conseil",
               "convened_on": "2026-03-17", "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 1612-1 à L. 1612-20 et L. 2311-1 ;"),
             d.clause("Vu l'instruction budgétaire et comptable M57 ;"),
             d.clause("Vu la délibération n° 2026-006 du 10 février 2026 prenant acte du débat "
                      "d'orientation budgétaire ;"),
             d.clause("Vu l'avis de la commission des finances réunie le 12 mars 2026 ;")]
    cons = [d.clause("Considérant le projet de budget primitif 2026 présenté par M. le Maire, "
                     "qui s'équilibre en dépenses et en recettes comme suit :"),
            d.clause("Considérant le détail des crédits votés par chapitre :")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'adopter le budget primitif",
                "aux tableaux ci-dessus."),
            art(d, "2", None, "Article 2 :", "De reprendre par anticipation",
                "pour 150 000 € au compte 1068."),
            art(d, "3", None, "Article 3 :", "D'autoriser M. le Maire",
                "présent budget.")]
    votes = [d.vote("La section de fonctionnement est adoptée par 14 voix pour, 3 contre et "
                    "1 abstention.", for_=14, against=3, abstention=1),
             d.vote("La section d'investissement est adoptée par 13 voix pour et 5 contre.",
                    for_=13, against=5),
             d.vote("Sur l'ensemble, le budget primitif 2026 est adopté par 13 voix pour, "
                    "4 contre et 1 abstention.", for_=13, against=4, abstention=1)]
    sigs = [d.signature("Le Maire,", "Hervé LEMARCHAND", "Le Maire", "Hervé LEMARCHAND",
                        "Saint-Gervais-des-Landelles", "2026-03-26", at="Pour extrait certifié")]
    d.reset("Section               Dépenses")
    amounts = [d.amount("2 418 650,00", 2418650), d.amount("2 418 650,00", 2418650),
               d.amount("1 036 200,00", 1036200), d.amount("1 036 200,00", 1036200),
               d.amount("3 454 850,00", 3454850), d.amount("3 454 850,00", 3454850),
               d.amount("742 300,00", 742300), d.amount("968 500,00", 968500),
               d.amount("214 850,00", 214850), d.amount("38 000,00", 38000),
               d.amount("455 000,00", 455000), d.amount("2 418 650,00", 2418650),
               d.amount("24 000,00", 24000), d.amount("312 700,00", 312700),
               d.amount("587 500,00", 587500), d.amount("112 000,00", 112000),
               d.amount("1 036 200,00", 1036200),
               d.amount("187 420,35 €", 187420.35), d.amount("150 000 €", 150000)]
    d.reset()
    dates = [d.date("mardi 24 mars 2026", "2026-03-24"),
             d.date("L'an deux mille vingt-six, le vingt-quatre mars", "2026-03-24"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("10 février 2026", "2026-02-10"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("27/03/2026", "2026-03-27"),
             d.date("27/03/2026", "2026-03-27")]
    d.reset("Le Conseil municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 1612-1 à L. 1612-20 et L. 2311-1", code=CGCT,
                  articles=["L.1612-1", "L.1612-20", "L.2311-1"]),
            d.ref("deliberation", "délibération n° 2026-006 du 10 février 2026",
                  number="2026-006", date="2026-02-10")]
    d.reset()
    ids = [d.ident("postal_code", "61470", "61470"),
           d.ident("phone", "02 33 84 51 27", "0233845127"),
           d.ident("email", "mairie@st-gervais-landelles.fr", "mairie@st-gervais-landelles.fr"),
           d.ident("acte", "061-216103473-20260324-2026_018-DE",
                   "061-216103473-20260324-2026_018-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-GERVAIS-DES-LANDELLES",
             "body": "CONSEIL MUNICIPAL"},
            "2026-018", "Budget primitif 2026 du budget principal – Vote par section",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_d_ervelle_dsp():
    """CONTRAT DE CONCESSION DE SERVICE PUBLIC (camping municipal) between a
    commune and an SAS: "Contrat n° …" top right; two-line capital heading;
    "ENTRE LES SOUSSIGNÉS :" the parties with SIRET, capital, RCS number
    (SIREN), representatives; two "Vu" before "IL A ÉTÉ CONVENU CE QUI
    SUIT :"; "Article n – Heading" with the body below; sub-clauses "3.1",
    "3.2"; HT amount with the TTC in words in brackets; a TARIFF TABLE with
    "Prix HT" / "Prix TTC" columns (€ in each cell); "sept (7) ans";
    "Fait à …, le lundi …, en deux exemplaires originaux."; TWO SIGNATURE
    BLOCKS one under the other (two role lines each)."""
    d = DocH("commune-val-d-ervelle-contrat-dsp-camping-2026-02")
    d.reset("ENTRE LES SOUSSIGNÉS")
    visas = [d.clause("Vu le code de la commande publique, et notamment ses articles "
                      "L. 3114-1 à L. 3114-8 et R. 3126-1 ;"),
             d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 1411-5 ;")]
    verb = d.span("IL A ÉTÉ CONVENU CE QUI SUIT")
    arts = [art(d, "1", "Objet", "Article 1 – Objet", "La Commune confie",
                "chemin de la Prairie à Val-d'Ervelle."),
            art(d, "2", "Durée", "Article 2 – Durée", "Le présent contrat est conclu",
                "sans possibilité de tacite reconduction."),
            art(d, "3", "Redevance", "Article 3 – Redevance", "3.1 Le Concessionnaire verse",
                "le 31 octobre 2026."),
            art(d, "4", "Tarifs", "Article 4 – Tarifs", "Les tarifs applicables",
                "l'accord préalable de la Commune."),
            art(d, "5", "Investissements", "Article 5 – Investissements",
                "Le Concessionnaire réalise", "renouvellement du bloc sanitaire."),
            art(d, "6", "Contrôle", "Article 6 – Contrôle", "Le Concessionnaire remet",
                "du code de la commande publique."),
            art(d, "7", "Litiges", "Article 7 – Litiges", "Les litiges nés",
                "tribunal administratif de Nantes.")]
    sigs = [d.signature("Pour l'Autorité concédante,", "Catherine LEBRETON",
                        "Pour l'Autorité concédante, La Maire de Val-d'Ervelle",
                        "Catherine LEBRETON", "Val-d'Ervelle", "2026-03-02",
                        at="en deux exemplaires originaux."),
            d.signature("Pour le Concessionnaire,", "Mathieu GUÉRINEAU",
                        "Pour le Concessionnaire, Le Président de la SAS Campings du Haut-Anjou",
                        "Mathieu GUÉRINEAU", "Val-d'Ervelle", "2026-03-02",
                        at="en deux exemplaires originaux.")]
    d.reset()
    amounts = [d.amount("80 000 €", 80000),
               d.amount("12 500,00 €", 12500, tax="HT"),
               d.amount("quinze mille euros", 15000, tax="TTC"),
               d.amount("310 000 €", 310000, tax="HT"),
               d.amount("18,18 €", 18.18), d.amount("20,00 €", 20),
               d.amount("4,55 €", 4.55), d.amount("5,00 €", 5),
               d.amount("545,45 €", 545.45), d.amount("600,00 €", 600),
               d.amount("240 000 €", 240000, tax="HT"),
               d.amount("288 000 €", 288000, tax="TTC")]
    d.reset()
    dates = [d.date("26 février 2026", "2026-02-26"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("31 mars 2033", "2033-03-31"),
             d.date("31 octobre 2026", "2026-10-31"),
             d.date("30/06/2028", "2028-06-30"),
             d.date("lundi 2 mars 2026", "2026-03-02")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du conseil municipal n° 2026-031 du "
                  "26 février 2026", number="2026-031", date="2026-02-26"),
            d.ref("code", "code de la commande publique, et notamment ses articles "
                  "L. 3114-1 à L. 3114-8 et R. 3126-1", code=CCP,
                  articles=["L.3114-1", "L.3114-8", "R.3126-1"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 1411-5", code=CGCT, articles=["L.1411-5"]),
            d.ref("code", "article L. 3131-5 du code de la commande publique", code=CCP,
                  articles=["L.3131-5"])]
    d.reset()
    ids = [d.ident("postal_code", "53320", "53320"),
           d.ident("phone", "02 43 69 14 50", "0243691450"),
           d.ident("email", "dsp@val-ervelle.fr", "dsp@val-ervelle.fr"),
           d.ident("siret", "215 308 628 00019", "21530862800019"),
           d.ident("postal_code", "49500", "49500"),
           d.ident("siren", "482 917 366", "482917366"),
           d.ident("siret", "482 917 366 00023", "48291736600023")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAL-D'ERVELLE", "body": None},
            "DSP-2026-02",
            "CONTRAT DE CONCESSION DE SERVICE PUBLIC EXPLOITATION DU CAMPING MUNICIPAL "
            "« LES RIVES DE L'ERVELLE »",
            visas=visas, dec={"verb": "IL A ÉTÉ CONVENU CE QUI SUIT", "span": verb},
            arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def ploumeur_pv():
    """PROCÈS-VERBAL of a Breton commune's conseil municipal with a
    BILINGUAL HEADING (Breton line above each French one: "KUMUN …" /
    "COMMUNE DE …", "KUZUL-KÊR" / "CONSEIL MUNICIPAL", "PROSEZ-VERBAL …" /
    "PROCÈS-VERBAL …"; bilingual labels "Pgz. / Tél.", "Postel /
    Courriel"); five voted items (minutes, two délibérations, a MOTION
    adopted, a VŒU rejected) each with its own vote line in a different
    form; a final "QUESTIONS ORALES / GOULENNOÙ DIOUZH GENOU" part (no
    vote); side-by-side signatures."""
    d = DocH("commune-ploumeur-kerhuel-pv-2026-02-12")
    pres = d.P("M. Yannick LE GOFF", at="sous la")
    present = d.persons("M. Yannick LE GOFF", "Mme Annaïg KERBRAT", "M. Erwan QUÉRÉ",
                        "Mme Gwenola LE BIHAN", "M. Loïc CARADEC", "Mme Maïwenn TANGUY",
                        "M. Ronan JÉZÉQUEL", "Mme Soizic PRIGENT", "M. Tanguy LE MEUR",
                        "Mme Nolwenn GUILLOU", "M. Hervé CLOAREC", "Mme Katell MORVAN",
                        "M. Gaël STÉPHAN", "Mme Enora LE ROUX", "M. Mikaël KERVELLA",
                        at="Présents : M.")
    d.reset("Absents excusés ayant donné pouvoir")
    x1 = d.P("Mme Rozenn PENNEC")
    h1 = d.P("Mme Annaïg KERBRAT")
    x2 = d.P("M. Goulven LE DANTEC")
    h2 = d.P("M. Yannick LE GOFF")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = d.persons("M. Pierrick SALAÜN", "Mme Typhaine BOZEC", at="Absents : M.")
    sec = d.P("Mme Katell MORVAN", at="Secrétaire de séance :")
    att = attendance(present, [x1, x2], absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-02-12", "place": "mairie, salle Anjela-Duval",
               "convened_on": "2026-02-05", "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    votes = [d.vote("Adopté à l'unanimité.", unanimous=True)]
    d.reset("2. Délibération")
    verb = d.span("FIXE")
    votes.append(d.vote("Pour : 15 – Contre : 2 – Abstention : 0.", for_=15, against=2,
                        abstention=0))
    votes.append(d.vote("Adopté par 16 voix pour et 1 abstention.", for_=16, abstention=1))
    votes.append(d.vote("La motion est adoptée par 14 voix pour, 0 contre et 3 abstentions.",
                        for_=14, against=0, abstention=3))
    votes.append(d.vote("Le vœu est rejeté par 5 voix pour, 11 contre et 1 abstention.",
                        for_=5, against=11, abstention=1, result="rejected"))
    sigs = [d.signature("Le Maire,", "Yannick LE GOFF", "Le Maire", "Yannick LE GOFF",
                        None, None, at="la séance est levée"),
            d.signature("La Secrétaire de séance,", "Katell MORVAN",
                        "La Secrétaire de séance", "Katell MORVAN", None, None,
                        at="la séance est levée")]
    d.reset("2. Délibération")
    amounts = [d.amount("3,85 €", 3.85), d.amount("4,60 €", 4.6),
               d.amount("7 860 €", 7860, tax="TTC"), d.amount("96 500 €", 96500, tax="HT")]
    d.reset()
    dates = [d.date("JEUDI 12 FÉVRIER 2026", "2026-02-12"),
             d.date("5 février 2026", "2026-02-05"),
             d.date("L'an deux mille vingt-six, le douze février", "2026-02-12"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("1er mars 2026", "2026-03-01"),
             d.date("22 juin 2023", "2023-06-22"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("lundi 13 avril 2026", "2026-04-13"),
             d.date("dimanche 17 mai 2026", "2026-05-17"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("23/03/2026", "2026-03-23")]
    d.reset("1. Approbation")
    refs = [d.ref("deliberation", "Délibération n° 2026-05", number="2026-05"),
            d.ref("deliberation", "Délibération n° 2026-06", number="2026-06"),
            d.ref("deliberation", "délibération n° 2023-044 du 22 juin 2023",
                  number="2023-044", date="2023-06-22"),
            d.ref("deliberation", "Délibération n° 2026-07", number="2026-07"),
            d.ref("deliberation", "Délibération n° 2026-08", number="2026-08")]
    d.reset()
    ids = [d.ident("postal_code", "29740", "29740"),
           d.ident("phone", "02 98 51 36 72", "0298513672"),
           d.ident("email", "kuzul@ploumeur-kerhuel.bzh", "kuzul@ploumeur-kerhuel.bzh")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE PLOUMEUR-KERHUEL", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 12 FÉVRIER 2026",
            session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def arguenelle_comite():
    """COMITÉ SYNDICAL of a SYNDICAT MIXTE with WEIGHTED VOTES: a
    pondération table (membre | délégués | voix, Total row); counts of
    delegates on two lines then "Voix en exercice : 100 – Voix représentées
    : 84"; "Délégués titulaires présents :", "Délégués suppléants siégeant
    avec voix délibérative : X, suppléant de Y ; …", "Délégués excusés ayant
    donné pouvoir : X à Y ;", "Délégués absents :", "Assistaient sans voix
    délibérative :" (names + functions); "Vote (voix pondérées) :" then
    "Pour : 70 voix (13 délégués) – Contre : 8 voix (2 délégués) –
    Abstention : 6 voix (1 délégué)" and "La délibération est adoptée à la
    majorité des voix exprimées."."""
    d = DocH("sm-vallee-arguenelle-comite-2026-014")
    pres = d.P("M. Alain MÉNARD", at="sous la présidence")
    present = d.persons("M. Alain MÉNARD", "Mme Françoise HERVÉ", "M. Jean-Paul LE MOAL",
                        "Mme Sylvie BOUGEARD", "M. Dominique RAULT", "Mme Marie-Laure JAGOREL",
                        "M. Patrice ORHAN", "Mme Chantal LE BOUDEC", "M. Olivier GUÉGUEN",
                        "Mme Catherine RIOU", "M. Serge PLÉDRAN", "Mme Annie TRÉHOREL",
                        at="Délégués titulaires présents")
    present.append(d.P("M. Bruno COLLET", at="Délégués suppléants siégeant"))
    present.append(d.P("Mme Isabelle DANIEL"))
    d.reset("Délégués excusés ayant donné pouvoir")
    x1 = d.P("M. Christian LE BRAS")
    h1 = d.P("M. Alain MÉNARD")
    x2 = d.P("Mme Laurence TOUDIC")
    h2 = d.P("Mme Françoise HERVÉ")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = d.persons("M. Frédéric BERTHELOT", "Mme Armelle NICOLAS", at="Délégués absents")
    adv = d.persons("M. Pascal GUILLEMOT", "Mme Julie ROBIN", at="Assistaient sans voix")
    sec = d.P("Mme Catherine RIOU", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, proxies, adv_p=adv, in_office=18,
                     present_n=14, represented=2, voting=16)
    session = {"date": "2026-03-10", "place": "siège du syndicat",
               "convened_on": "2026-03-02", "president": pres, "secretary": sec}
    d.reset("Le Comité syndical,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 5711-1 et L. 5721-2 ;"),
             d.clause("Vu le code de l'environnement, et notamment son article L. 211-7 ;"),
             d.clause("Vu l'arrêté préfectoral n° 2018-DDTM-0415 du 14 décembre 2018 portant "
                      "modification des statuts du syndicat ;"),
             d.clause("Vu la délibération n° CS-2025-041 du 9 décembre 2025 approuvant le débat "
                      "d'orientation budgétaire ;")]
    cons = [d.clause("Considérant que le programme, d'un montant total de 2,4 M€ TTC sur cinq "
                     "ans, est éligible aux aides de l'agence de l'eau à hauteur de 50 % ;")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le programme pluriannuel",
                "2026-2030 est approuvé."),
            art(d, "2", None, "Article 2 :", "Le plan de financement",
                "97 200 € de la Région."),
            art(d, "3", None, "Article 3 :", "Le Président est autorisé",
                "relative à ce programme.")]
    votes = [d.vote("Pour : 70 voix (13 délégués) – Contre : 8 voix (2 délégués) – Abstention : "
                    "6 voix (1 délégué) La délibération est adoptée à la majorité des voix "
                    "exprimées.", for_=70, against=8, abstention=6)]
    sigs = [d.signature("Le Président,", "Alain MÉNARD", "Le Président", "Alain MÉNARD",
                        "Saint-Méen-sur-Arguenelle", "2026-03-12", at="Pour extrait certifié")]
    d.reset("Considérant que")
    amounts = [d.amount("2,4 M€", 2400000, tax="TTC"), d.amount("486 000 €", 486000, tax="HT"),
               d.amount("243 000 €", 243000), d.amount("97 200 €", 97200)]
    d.reset()
    dates = [d.date("mardi 10 mars 2026", "2026-03-10"),
             d.date("dix mars deux mille vingt-six", "2026-03-10"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("14 décembre 2018", "2018-12-14"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("13/03/2026", "2026-03-13"),
             d.date("13/03/2026", "2026-03-13")]
    d.reset("Le Comité syndical,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 5711-1 et L. 5721-2", code=CGCT,
                  articles=["L.5711-1", "L.5721-2"]),
            d.ref("code", "code de l'environnement, et notamment son article L. 211-7",
                  code=CENV, articles=["L.211-7"]),
            d.ref("arrete", "arrêté préfectoral n° 2018-DDTM-0415 du 14 décembre 2018",
                  number="2018-DDTM-0415", date="2018-12-14"),
            d.ref("deliberation", "délibération n° CS-2025-041 du 9 décembre 2025",
                  number="CS-2025-041", date="2025-12-09")]
    d.reset()
    ids = [d.ident("postal_code", "22390", "22390"),
           d.ident("siren", "252 904 180", "252904180"),
           d.ident("phone", "02 96 47 83 10", "0296478310"),
           d.ident("acte", "022-252904180-20260310-CS2026_014-DE",
                   "022-252904180-20260310-CS2026_014-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DE LA VALLÉE DE L'ARGUENELLE",
             "body": "COMITÉ SYNDICAL"},
            "CS-2026-014",
            "Programme pluriannuel de restauration des cours d'eau 2026-2030 – Approbation "
            "et plan de financement",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


ALL = ["saint_gervais_budget", "val_d_ervelle_dsp", "ploumeur_pv", "arguenelle_comite"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
