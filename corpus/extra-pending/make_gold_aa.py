#!/usr/bin/env python3
"""Hand-written gold for the blind set AA (corpusAA) of corpus/extra-pending
(see README.md, section "Blind set (corpusAA)").
Run: python3 make_gold_aa.py

Same conventions and tooling as make_gold_z.py
(corpus/extra/_goldlib.py, pointed at this directory with use_dir()).
Every value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CASF, CGCT, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def ccas_saint_loup():
    """CCAS CONSEIL D'ADMINISTRATION: letterhead on two lines + address,
    phone, e-mail; body line then "Délibération n° CCAS-2025-14" then
    "Séance du jeudi …"; date in words with a weekday and no "L'an"; the
    maire président de droit "empêché", the séance presided by the
    vice-présidente; counts on one dash line ("Administrateurs en exercice
    : 12 – Présents : 8 – Pouvoirs : 2 – Votants : 10"); present lists by
    COLLEGE with the label on the list's line ("Collège des élus –
    présents : …"); "Excusés :" with a bracketed role and semicolons; proxies
    "pouvoir de X à Y" and "X (pouvoir à Y)" on a separate "Pouvoirs :"
    line; "Absente :"; secretary in a sentence; the Bureau's meeting (an
    avis, no reference); CASF article in the séance sentence and a CASF
    range; vote "à l'unanimité des membres présents et représentés" in the
    deciding sentence; amounts in words then digits; "Pour le Président
    empêché, / La Vice-présidente du CCAS,"; ACTES "Identifiant de
    télétransmission :"."""
    d = DocH("ccas-saint-loup-des-vignes-ca-2025-14")
    pres = d.P("Mme Hélène MARCHETTI", at="présidée par")
    d.reset("Collège des élus")
    present = d.persons("Mme Hélène MARCHETTI", "M. Loïc BERTHOMIER", "Mme Agathe ROUVIÈRE",
                        "M. Serge PALLUAU", "Mme Denise FOURCAUD", "M. Abdelkader BENSALAH",
                        "Mme Paulette GIRONDE", "M. Vincent LEBRETON-CASSAGNE")
    d.reset("Excusés :")
    excused = d.persons("M. Jean-Pierre DUCLOUX", "Mme Sylvie TARDIVAT", "M. René COUFFIGNAL")
    proxies = [d.proxy("Mme Sylvie TARDIVAT", "M. Loïc BERTHOMIER", at="Pouvoirs : pouvoir de"),
               d.proxy("M. René COUFFIGNAL", "Mme Denise FOURCAUD")]
    absent = [d.P("Mme Nadia OUAHRANI", at="Absente :")]
    sec = d.P("Mme Agathe ROUVIÈRE", at="Mme Agathe ROUVIÈRE est désignée")
    att = attendance(present, excused, absent, proxies, in_office=12, present_n=8,
                     represented=2, voting=10)
    session = {"date": "2025-06-12", "place": "salle des commissions de l’hôtel de ville",
               "convened_on": "2025-06-04", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code de l’action sociale et des familles, notamment ses articles "
                      "L. 123-5 et R. 123-7 à R. 123-15 ;"),
             d.clause("Vu le décret n° 2016-824 du 21 juin 2016 relatif aux centres communaux "
                      "et intercommunaux d’action sociale ;"),
             d.clause("Vu la délibération n° CCAS-2024-21 du 5 décembre 2024 adoptant le budget "
                      "primitif 2025 du CCAS ;"),
             d.clause("Vu l’avis favorable du Bureau du 27 mai 2025 ;")]
    cons = [d.clause("Considérant que l’analyse des besoins sociaux fait apparaître une hausse "
                     "de 18 % des demandes de secours d’urgence entre 2023 et 2024 ;")]
    votes = [d.vote("à l’unanimité des membres présents et représentés", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1 :", "Le montant maximal du secours d’urgence est "
                      "porté de 250 € à 300 € par foyer et par an ; il est majoré de 50,00 € par "
                      "enfant à charge."),
            d.article("2", None, "Article 2 :", "L’allocation communale de rentrée scolaire est "
                      "fixée à quatre-vingts euros (80 €) par collégien et à 120 € par lycéen, "
                      "pour les foyers dont le quotient familial est inférieur ou égal à 750 €."),
            d.article("3", None, "Article 3 :", "La dépense, estimée à 14 600 euros pour "
                      "l’exercice 2025, est imputée au compte 6562 du budget du CCAS."),
            d.article("4", None, "Article 4 :", "La Vice-présidente est chargée de l’exécution "
                      "de la présente délibération.")]
    sigs = [d.signature("Pour le Président empêché,", "Hélène MARCHETTI",
                        "Pour le Président empêché, La Vice-présidente du CCAS",
                        "Hélène MARCHETTI", "Saint-Loup-des-Vignes", "2025-06-13",
                        at="Fait à")]
    d.reset("DÉCIDE")
    amounts = [d.amount("250 €", 250), d.amount("300 €", 300), d.amount("50,00 €", 50),
               d.amount("quatre-vingts euros", 80), d.amount("80 €", 80),
               d.amount("120 €", 120), d.amount("750 €", 750),
               d.amount("14 600 euros", 14600)]
    d.reset()
    dates = [d.date("jeudi 12 juin 2025", "2025-06-12"),
             d.date("jeudi douze juin deux mille vingt-cinq", "2025-06-12"),
             d.date("4 juin 2025", "2025-06-04"), d.date("27 mai 2025", "2025-05-27"),
             d.date("21 juin 2016", "2016-06-21"), d.date("5 décembre 2024", "2024-12-05"),
             d.date("27 mai 2025", "2025-05-27"), d.date("13 juin 2025", "2025-06-13"),
             d.date("16/06/2025", "2025-06-16"), d.date("16/06/2025", "2025-06-16")]
    d.reset()
    refs = [d.ref("code", "article L. 123-6 du code de l’action sociale et des familles",
                  code=CASF, articles=["L.123-6"]),
            d.ref("code", "code de l’action sociale et des familles, notamment ses articles "
                  "L. 123-5 et R. 123-7 à R. 123-15", code=CASF,
                  articles=["L.123-5", "R.123-7", "R.123-15"]),
            d.ref("decret", "décret n° 2016-824 du 21 juin 2016", number="2016-824",
                  date="2016-06-21"),
            d.ref("deliberation", "délibération n° CCAS-2024-21 du 5 décembre 2024",
                  number="CCAS-2024-21", date="2024-12-05")]
    d.reset()
    ids = [d.ident("postal_code", "71490", "71490"),
           d.ident("phone", "03 85 49 27 10", "0385492710"),
           d.ident("email", "ccas@saintloupdesvignes.fr", "ccas@saintloupdesvignes.fr"),
           d.ident("acte", "071-267102408-20250612-CCAS202514-DE",
                   "071-267102408-20250612-CCAS202514-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE COMMUNAL D’ACTION SOCIALE DE SAINT-LOUP-DES-VIGNES",
             "body": "CONSEIL D’ADMINISTRATION"},
            "CCAS-2025-14",
            "Aides sociales facultatives – Revalorisation du secours d’urgence et de "
            "l’allocation communale de rentrée scolaire",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def beaumont_voirie():
    """ARRÊTÉ of a maire "portant permission de stationnement sur le domaine
    public" (échafaudage + benne) for a company: letterhead with service line,
    postal code and phone; centred "ARRÊTÉ N° VOI-2025-118" + two centred
    title lines; "Le Maire de …,"; visas CGCT (three articles), code de la
    voirie routière, CGPPP with a range, a délibération fixing the tariffs
    ("délibération du conseil municipal n° … du …"), the company's request
    with its SIRET and a second postal code; two considérants; bare
    "ARRÊTE"; HEADED articles "Article 1er – Bénéficiaire et objet" (body on
    the next line); a FEE TABLE in article 3 (Surface / Tarif (€/m²/jour) /
    Durée / Montant, a Total row) then the total in words with centimes;
    "Article 7 – Voies et délais de recours" (code de justice
    administrative "articles R. 421-1 et suivants", telerecours url);
    "Fait à …, le 1er octobre 2025"; "Ampliation :" dash list after the
    signature (one person in it)."""
    d = DocH("commune-beaumont-sur-orvanne-arrete-voirie-2025-118")
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 2213-1, L. 2213-6 et L. 2215-4 ;"),
             d.clause("Vu le code de la voirie routière, notamment ses articles L. 113-2 et "
                      "R. 116-2 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, notamment "
                      "ses articles L. 2122-1 à L. 2122-3 et L. 2125-1 ;"),
             d.clause("Vu la délibération du conseil municipal n° 2024-087 du 9 décembre 2024 "
                      "fixant les tarifs des droits de voirie pour l’année 2025 ;"),
             d.clause("Vu la demande présentée le 22 septembre 2025 par la société TOITURES DE "
                      "L’ORVANNE, SARL immatriculée sous le SIRET 852 614 726 00028, dont le "
                      "siège est 7, chemin des Perrières, 89140 Beaumont-sur-Orvanne, "
                      "représentée par M. Fabrice GUILLOTEAU, gérant ;")]
    cons = [d.clause("Considérant que la réfection de la toiture de l’immeuble situé 14, rue "
                     "des Tanneurs nécessite l’installation d’un échafaudage et d’une benne sur "
                     "le trottoir ;"),
            d.clause("Considérant qu’il y a lieu d’assurer la sécurité des piétons pendant la "
                     "durée du chantier ;")]
    verb = d.span("ARRÊTE")
    table = ("Occupation Surface Tarif (€/m²/jour) Durée Montant Échafaudage 12 m² 0,45 € "
             "26 jours 140,40 € Benne à gravats 6 m² 0,80 € 26 jours 124,80 € Total 265,20 €")
    arts = [d.article("1", "Bénéficiaire et objet", "Article 1er – Bénéficiaire et objet",
                      "La société TOITURES DE L’ORVANNE est autorisée à occuper le domaine public "
                      "communal au droit du 14, rue des Tanneurs, pour y installer un échafaudage "
                      "de pied et une benne à gravats, dans les conditions fixées par le présent "
                      "arrêté."),
            d.article("2", "Durée de la permission", "Article 2 – Durée de la permission",
                      "La permission est accordée du lundi 6 octobre 2025 au vendredi 31 octobre "
                      "2025 inclus. Elle est personnelle, précaire et révocable à tout moment "
                      "pour un motif d’intérêt général, sans indemnité."),
            d.article("3", "Redevance", "Article 3 – Redevance",
                      "L’occupation donne lieu au paiement d’une redevance calculée comme suit : "
                      + table + " La redevance, soit deux cent soixante-cinq euros et vingt "
                      "centimes, est payable à réception du titre de recettes émis par la "
                      "commune."),
            d.article("4", "Signalisation et sécurité", "Article 4 – Signalisation et sécurité",
                      "Le bénéficiaire met en place, de jour comme de nuit, une signalisation "
                      "conforme à la réglementation et réserve aux piétons un passage d’au moins "
                      "1,40 mètre."),
            d.article("5", "Remise en état des lieux", "Article 5 – Remise en état des lieux",
                      "À l’expiration de la permission, le bénéficiaire remet le domaine public "
                      "en l’état. Les dégradations constatées sont réparées à ses frais."),
            d.article("6", "Droits des tiers", "Article 6 – Droits des tiers",
                      "La présente permission est délivrée sous réserve des droits des tiers."),
            d.article("7", "Voies et délais de recours",
                      "Article 7 – Voies et délais de recours",
                      "Le présent arrêté peut faire l’objet d’un recours gracieux auprès du Maire "
                      "ou d’un recours contentieux devant le tribunal administratif de Dijon dans "
                      "un délai de deux mois à compter de sa notification, conformément aux "
                      "articles R. 421-1 et suivants du code de justice administrative. Le "
                      "tribunal peut être saisi par l’application « Télérecours citoyens » sur "
                      "le site www.telerecours.fr."),
            d.article("8", "Exécution", "Article 8 – Exécution",
                      "Le Directeur général des services et le chef de la police municipale sont "
                      "chargés, chacun en ce qui le concerne, de l’exécution du présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Catherine VERDONNET", "Le Maire", "Catherine VERDONNET",
                        "Beaumont-sur-Orvanne", "2025-10-01", at="Fait à")]
    d.reset("Article 3 – Redevance")
    amounts = [d.amount("0,45 €", 0.45), d.amount("140,40 €", 140.4),
               d.amount("0,80 €", 0.8), d.amount("124,80 €", 124.8),
               d.amount("265,20 €", 265.2),
               d.amount("deux cent soixante-cinq euros et vingt centimes", 265.2)]
    d.reset("Vu le code")
    dates = [d.date("9 décembre 2024", "2024-12-09"), d.date("22 septembre 2025", "2025-09-22"),
             d.date("lundi 6 octobre 2025", "2025-10-06"),
             d.date("vendredi 31 octobre 2025", "2025-10-31"),
             d.date("1er octobre 2025", "2025-10-01")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 2213-1, L. 2213-6 et L. 2215-4", code=CGCT,
                  articles=["L.2213-1", "L.2213-6", "L.2215-4"]),
            d.ref("code", "code de la voirie routière, notamment ses articles L. 113-2 et "
                  "R. 116-2", code="Code de la voirie routière",
                  articles=["L.113-2", "R.116-2"]),
            d.ref("code", "code général de la propriété des personnes publiques, notamment ses "
                  "articles L. 2122-1 à L. 2122-3 et L. 2125-1",
                  code="Code général de la propriété des personnes publiques",
                  articles=["L.2122-1", "L.2122-3", "L.2125-1"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2024-087 du "
                  "9 décembre 2024", number="2024-087", date="2024-12-09"),
            d.ref("code", "articles R. 421-1 et suivants du code de justice administrative",
                  code="Code de justice administrative", articles=["R.421-1"])]
    d.reset()
    ids = [d.ident("postal_code", "89140", "89140"),
           d.ident("phone", "03 86 64 18 52", "0386641852"),
           d.ident("siret", "852 614 726 00028", "85261472600028"),
           d.ident("postal_code", "89140", "89140"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BEAUMONT-SUR-ORVANNE", "body": "Le Maire"},
            "VOI-2025-118",
            "portant permission de stationnement sur le domaine public au droit du 14, rue des "
            "Tanneurs",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def vaulx_budget():
    """BUDGET PRIMITIF délibération of a commune: "Département de …" line,
    "COMMUNE DE …" + address; "EXTRAIT DU REGISTRE …"; "Séance du …" and
    "Délibération n° 2025-021" on two lines; "Objet :"; counts on one dash
    line ("Membres en exercice : 23 – Présents : 18 – Représentés : 3 –
    Votants : 21"); date in words "L'an …, le trois avril"; president's
    name cut by a line break; "Représentés : X par Y, …" (proxies with
    "par"); a considérant ending "comme suit :" followed by a CHAPTER TABLE
    in two sections (Chapitre / Libellé / Dépenses (€) / Recettes (€), bare
    numbers, a row with both columns, TOTAL rows); "3797600 €" without
    separators; "par un vote au niveau du chapitre," / "DÉCIDE :"; infinitive
    articles, the total in words (millions); vote block on lines "Vote : /
    Pour : 17 / Contre : 4 (names over two lines) / Abstention : 0";
    "Pour extrait certifié conforme, / À …, le …"; "Accusé de réception en
    préfecture le …" then the bare ACTES id."""
    d = DocH("commune-vaulx-les-armances-budget-primitif-2025-021")
    pres = d.P("M. Thierry CAMBRELENG", at="sous la présidence")
    d.reset("Présents : M.")
    present = d.persons("M. Thierry CAMBRELENG", "Mme Véronique HUSSENOT", "M. Olivier LESAGE",
                        "Mme Martine GRANDJEAN", "M. Philippe COLLARDEY", "Mme Aurore BRIZION",
                        "M. Denis THIÉBAUDEL", "Mme Carine MOUGINOT", "M. Régis VAUTRIN",
                        "Mme Josette PERNOT", "M. Anthony DIDIERLAURENT",
                        "Mme Lucie JACQUOT-ROBERT", "M. Gilles PERRAUDIN",
                        "Mme Nathalie ESCOFFIER", "M. Yves MOREL-JOLY", "Mme Sabine TROUILLET",
                        "M. Franck BARBIER", "Mme Elsa GODARD")
    proxies = [d.proxy("Mme Claudine MAIROT", "M. Olivier LESAGE", at="Représentés : Mme"),
               d.proxy("M. Bruno HUMBLOT", "Mme Véronique HUSSENOT"),
               d.proxy("Mme Inès CHEVALLIER", "M. Régis VAUTRIN")]
    absent = [d.P("M. Laurent PETITJEAN", at="Absents :"), d.P("Mme Corinne ROUSSEL")]
    sec = d.P("Mme Aurore BRIZION", at="Secrétaire de séance :")
    att = attendance(present, (), absent, proxies, in_office=23, present_n=18,
                     represented=3, voting=21)
    session = {"date": "2025-04-03", "place": "salle du conseil de la mairie",
               "convened_on": "2025-03-27", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 1612-1 et L. 2311-1 à L. 2343-2 ;"),
             d.clause("Vu la loi n° 82-213 du 2 mars 1982 relative aux droits et libertés des "
                      "communes, des départements et des régions ;"),
             d.clause("Vu l’instruction budgétaire et comptable M57 ;"),
             d.clause("Vu la délibération n° 2025-009 du 6 février 2025 relative au débat "
                      "d’orientation budgétaire ;"),
             d.clause("Vu l’avis de la commission des finances réunie le 24 mars 2025 ;")]
    cons = [d.clause("Considérant le projet de budget primitif 2025 présenté par M. Olivier "
                     "LESAGE, adjoint délégué aux finances, et arrêté par chapitre comme "
                     "suit :")]
    verb = d.span("DÉCIDE", at="par un vote au niveau")
    arts = [d.article("1", None, "Article 1 :", "D’adopter le budget primitif 2025 du budget "
                      "principal tel que présenté ci-dessus, arrêté à la somme de trois millions "
                      "sept cent quatre-vingt-dix-sept mille six cents euros en dépenses et en "
                      "recettes."),
            d.article("2", None, "Article 2 :", "De fixer à 450 000 € le montant maximal de "
                      "l’emprunt d’équilibre inscrit au chapitre 16."),
            d.article("3", None, "Article 3 :", "D’autoriser le Maire à signer toute pièce "
                      "nécessaire à l’exécution de la présente délibération.")]
    votes = [d.vote("Pour : 17 Contre : 4 (M. Gilles PERRAUDIN, Mme Nathalie ESCOFFIER, "
                    "M. Yves MOREL-JOLY, Mme Sabine TROUILLET) Abstention : 0", for_=17,
                    against=4, abstention=0, at="Vote :")]
    sigs = [d.signature("Le Maire,", "Thierry CAMBRELENG", "Le Maire", "Thierry CAMBRELENG",
                        "Vaulx-les-Armances", "2025-04-04", at="Pour extrait")]
    d.reset("SECTION DE FONCTIONNEMENT")
    cells = [("612 400,00", 612400), ("1 085 000,00", 1085000), ("214 300,00", 214300),
             ("38 700,00", 38700), ("296 600,00", 296600), ("186 500,00", 186500),
             ("1 562 500,00", 1562500), ("498 000,00", 498000),
             ("2 247 000,00", 2247000), ("2 247 000,00", 2247000),
             ("142 000,00", 142000), ("450 000,00", 450000), ("388 600,00", 388600),
             ("1 020 000,00", 1020000), ("296 600,00", 296600), ("184 000,00", 184000),
             ("620 000,00", 620000), ("1 550 600,00", 1550600), ("1 550 600,00", 1550600)]
    amounts = [d.amount(t, v) for t, v in cells]
    amounts += [d.amount("3797600 €", 3797600),
                d.amount("trois millions sept cent quatre-vingt-dix-sept mille six cents euros",
                         3797600),
                d.amount("450 000 €", 450000)]
    d.reset()
    dates = [d.date("3 avril 2025", "2025-04-03"),
             d.date("L’an deux mille vingt-cinq, le trois avril", "2025-04-03"),
             d.date("27 mars 2025", "2025-03-27"), d.date("2 mars 1982", "1982-03-02"),
             d.date("6 février 2025", "2025-02-06"), d.date("24 mars 2025", "2025-03-24"),
             d.date("4 avril 2025", "2025-04-04"), d.date("07/04/2025", "2025-04-07")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 1612-1 et L. 2311-1 à L. 2343-2", code=CGCT,
                  articles=["L.1612-1", "L.2311-1", "L.2343-2"]),
            d.ref("loi", "loi n° 82-213 du 2 mars 1982", number="82-213", date="1982-03-02"),
            d.ref("deliberation", "délibération n° 2025-009 du 6 février 2025",
                  number="2025-009", date="2025-02-06")]
    d.reset()
    ids = [d.ident("postal_code", "52210", "52210"),
           d.ident("acte", "052-215520602-20250403-2025_021-DE",
                   "052-215520602-20250403-2025_021-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAULX-LES-ARMANCES", "body": "CONSEIL MUNICIPAL"},
            "2025-021", "Vote du budget primitif 2025 – Budget principal",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def roche_flavignac_pv():
    """PROCÈS-VERBAL of a conseil municipal: letterhead with postal code,
    phone and e-mail; two heading lines (the date with a weekday on the
    second); counts on two lines ("Nombre de conseillers en exercice : 19"
    / "Présents à l'ouverture : 15 – Pouvoirs : 2 – Votants : 17"); date in
    words "Le seize septembre …" (no "L'an"); place "à la mairie, salle
    …"; "Étaient présents :"; "Pouvoirs : X a donné pouvoir à Y ; …";
    items numbered "1." … "6."; item 1 the ELECTION of the secretary (no
    vote line); a LATE ARRIVAL line with counts in brackets; items
    "Délibération n° 2025-04x – title" each with "Votes : 15 pour, 2
    contre, 1 abstention." / "Votes : adoptée à l'unanimité (18 voix
    pour)." / "Votes : 14 pour, 3 contre (names), 0 abstention."; a
    DEPARTURE WITHOUT PROXY ("quitte la séance … sans donner de pouvoir");
    a "Vu le décret …" inside an item's sentence; "Informations du maire"
    and "Questions diverses" without vote (an arrêté préfectoral whose
    number holds a date; an amount HT); side-by-side signatures without
    place/date; "Procès-verbal arrêté le … et publié … le …"."""
    d = DocH("commune-la-roche-flavignac-pv-2025-09-16")
    pres = d.P("Mme Brigitte LAFFARGUE", at="sous la présidence")
    d.reset("Étaient présents")
    present = d.persons("Mme Brigitte LAFFARGUE", "M. Jean-Claude PEYRAT", "Mme Sylvie DUMAS",
                        "M. Kévin DUROUX", "Mme Monique BARJOU", "M. Patrick VEYSSIÈRE",
                        "Mme Sandrine LACHAUD", "M. Alain FAUCHER", "Mme Christelle NOUHAUD",
                        "M. Julien MAZAUD", "Mme Odette BESSE", "M. Thierry LAVAUD",
                        "Mme Karine PRÉVOST", "M. Stéphane CHABAUD", "Mme Émilie GRANET")
    d.reset("Pouvoirs : Mme")
    proxies = [d.proxy("Mme Annie TEILLET", "Mme Brigitte LAFFARGUE"),
               d.proxy("M. Louis RAYNAUD", "M. Jean-Claude PEYRAT")]
    absent = [d.P("Mme Laetitia FERRAND", at="Absents :"), d.P("M. Rémi DESBORDES")]
    sec = d.P("M. Kévin DUROUX", at="En application de l’article")
    att = attendance(present, (), absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2025-09-16", "place": "mairie, salle Jean-Moulin",
               "convened_on": "2025-09-09", "president": pres, "secretary": sec}
    d.reset("2. Délibération")
    verb = d.span("FIXE")
    votes = [d.vote("Votes : 15 pour, 2 contre, 1 abstention.", for_=15, against=2,
                    abstention=1),
             d.vote("Votes : adoptée à l’unanimité (18 voix pour).", for_=18, unanimous=True,
                    at="3. Délibération"),
             d.vote("Votes : 14 pour, 3 contre (M. Thierry LAVAUD, Mme Karine PRÉVOST, "
                    "M. Stéphane CHABAUD), 0 abstention.", for_=14, against=3, abstention=0,
                    at="4. Délibération")]
    sigs = [d.signature("La Maire,", "Brigitte LAFFARGUE", "La Maire", "Brigitte LAFFARGUE",
                        None, None, at="la séance est levée"),
            d.signature("Le secrétaire de séance,", "Kévin DUROUX", "Le secrétaire de séance",
                        "Kévin DUROUX", None, None, at="la séance est levée")]
    d.reset("2. Délibération")
    amounts = [d.amount("3,85 €", 3.85), d.amount("6,20 €", 6.2),
               d.amount("douze mille cinq cents euros", 12500), d.amount("12 500 €", 12500),
               d.amount("8500 €", 8500), d.amount("3 200 €", 3200, tax="HT")]
    d.reset()
    dates = [d.date("mardi 16 septembre 2025", "2025-09-16"),
             d.date("seize septembre deux mille vingt-cinq", "2025-09-16"),
             d.date("9 septembre 2025", "2025-09-09"), d.date("29 juin 2006", "2006-06-29"),
             d.date("1er octobre 2025", "2025-10-01"),
             d.date("samedi 4 octobre 2025", "2025-10-04"),
             d.date("14 août 2025", "2025-08-14"),
             d.date("23 septembre 2025", "2025-09-23"),
             d.date("24 septembre 2025", "2025-09-24")]
    d.reset("1. Élection")
    refs = [d.ref("code", "article L. 2121-15 du CGCT", code=CGCT, articles=["L.2121-15"]),
            d.ref("deliberation", "Délibération n° 2025-041", number="2025-041"),
            d.ref("decret", "décret n° 2006-753 du 29 juin 2006", number="2006-753",
                  date="2006-06-29"),
            d.ref("deliberation", "Délibération n° 2025-042", number="2025-042"),
            d.ref("code", "article L. 2241-1 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2241-1"]),
            d.ref("deliberation", "Délibération n° 2025-043", number="2025-043"),
            d.ref("arrete", "arrêté préfectoral n° 87-2025-08-14-003 du 14 août 2025",
                  number="87-2025-08-14-003", date="2025-08-14")]
    d.reset()
    ids = [d.ident("postal_code", "87370", "87370"),
           d.ident("phone", "05 55 71 30 48", "0555713048"),
           d.ident("email", "mairie@laroche-flavignac.fr", "mairie@laroche-flavignac.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LA ROCHE-FLAVIGNAC", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL du mardi 16 septembre 2025",
            session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["ccas_saint_loup", "beaumont_voirie", "vaulx_budget", "roche_flavignac_pv"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
