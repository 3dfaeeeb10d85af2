#!/usr/bin/env python3
"""Hand-written gold for the blind set E of corpus/extra (corpusE; see
README.md, section "Blind set (corpusE)").
Run: python3 make_gold_e.py

Same conventions and tooling as make_gold_d.py (_goldlib.DocB).  Every value
below was decided by hand from the text and /work/shared/spec/output.md,
before the tool was run on these files.
"""
from _goldlib import CCP, CGCT, CGI, EMPTY_SESSION, DocB, attendance, doc


# ---------------------------------------------------------------- (a)
def plesse_registre():
    """extract of the registre holding TWO délibérations of one séance back
    to back, each with its own letterhead/ACTES stamp, header, attendance
    (changed between them: a late arrival, a member leaving with a proxy)
    and vote"""
    d = DocB("commune-plesse-registre-2024-03-26")
    B = d.locate("COMMUNE DE PLESSÉ Envoyé en préfecture", seq=False)[0]
    mid = d.b(B)
    issuer = {"collectivity": "COMMUNE DE PLESSÉ", "body": "CONSEIL MUNICIPAL"}
    members = ["M. Aymeric LE BRETON", "Mme Solène GUÉRIN", "M. Thierry JOUAN",
               "Mme Annick PERRAUD", "M. Loïc DANIEL", "Mme Maryvonne HAMON",
               "M. Bruno LE CALVEZ", "Mme Élodie BRIAND", "M. Jean-Yves POTIRON",
               "Mme Catherine MAHÉ", "M. Fabrice ROLLAND", "Mme Gwenaëlle THOMAS",
               "M. Hervé GICQUEL", "Mme Laëtitia BERTHO", "M. Ronan LE GOFF",
               "Mme Isabelle CHEVALIER", "M. Patrice NOBLET"]
    proxies3 = [("Mme Delphine ORAIN", "Mme Solène GUÉRIN"),
                ("M. Yannick PÉRON", "M. Thierry JOUAN"),
                ("M. Sébastien BOUVIER", "M. Aymeric LE BRETON")]

    # -- délibération 2024-045 (the file's start up to the second letterhead)
    d.reset("sous la présidence de")
    pres1 = d.P("M. Aymeric LE BRETON")
    d.reset("Présents (18) :")
    present1 = [d.P(t) for t in members + ["Mme Nathalie SIMON"]]
    d.reset("Pouvoirs (3) :")
    px1 = [d.proxy(a, b) for a, b in proxies3]
    d.reset("Absents (2) :")
    absent1 = [d.P("M. Julien MOISAN"), d.P("Mme Chantal LERAY")]
    d.reset("Secrétaire de séance :")
    sec1 = d.P("Mme Élodie BRIAND")
    visas1 = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment son article L.2311-1 ;",
        "Vu le code général des impôts, et notamment ses articles 1636 B sexies et 1639 A ;",
        "Vu la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024 ;",
        "Vu l'état de notification des bases prévisionnelles d'imposition pour 2024 ;")]
    cons1 = [d.clause("Considérant que le budget primitif 2024, adopté le 12 mars 2024, requiert un "
                      "produit fiscal attendu de 1 482 600 € ;")]
    dec1 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts1 = [
        d.article("1", None, "Article 1er :",
                  "De maintenir pour l'année 2024 les taux d'imposition suivants : - taxe foncière sur "
                  "les propriétés bâties : 38,52 % ; - taxe foncière sur les propriétés non bâties : "
                  "61,07 % ; - taxe d'habitation sur les résidences secondaires : 16,87 %."),
        d.article("2", None, "Article 2 :",
                  "De charger Monsieur le Maire de notifier la présente délibération aux services "
                  "fiscaux.")]
    # "Ont voté contre : …" names are no attendance
    votes1 = [d.vote("Pour : 18 Contre : 3 Abstention : 0", 18, 3, 0)]
    sigs1 = [d.signature("Le Maire,", "Aymeric LE BRETON", "Le Maire", "Aymeric LE BRETON",
                         "Plessé", "2024-03-27", at="Fait à Plessé")]
    d.reset()
    dates1 = [d.date("29/03/2024", "2024-03-29"), d.date("29/03/2024", "2024-03-29"),
              d.date("mardi 26 mars 2024", "2024-03-26"), d.date("19 mars 2024", "2024-03-19"),
              d.date("L'an deux mille vingt-quatre, le vingt-six mars", "2024-03-26"),
              d.date("29 décembre 2023", "2023-12-29"), d.date("12 mars 2024", "2024-03-12"),
              d.date("27 mars 2024", "2024-03-27")]
    # the date in words keeps "L'an" (saint-herve convention)
    d.reset()
    amounts1 = [d.amount("1 482 600 €", 1482600)]
    d.reset("Vu le code général")
    refs1 = [d.ref("code", "code général des collectivités territoriales, et notamment son article "
                   "L.2311-1", code=CGCT, articles=["L.2311-1"]),
             d.ref("code", "code général des impôts, et notamment ses articles 1636 B sexies et 1639 A",
                   code=CGI, articles=["1636Bsexies", "1639A"]),
             d.ref("loi", "loi n° 2023-1322 du 29 décembre 2023", number="2023-1322",
                   date="2023-12-29")]
    d.reset()
    ids1 = [d.ident("acte", "044-214401283-20240326-2024_045-DE",
                    "044-214401283-20240326-2024_045-DE")]
    a = doc(d, "deliberation", [0, mid], issuer, "2024-045",
            "Vote des taux d'imposition des taxes directes locales pour l'année 2024",
            session={"date": "2024-03-26", "place": "mairie, salle du conseil",
                     "convened_on": "2024-03-19", "president": pres1, "secretary": sec1},
            att=attendance(present1, [], absent1, px1, in_office=23, present_n=18,
                           represented=3, voting=21),
            visas=visas1, cons=cons1, dec=dec1, arts=arts1, votes=votes1, sigs=sigs1,
            amounts=amounts1, dates=dates1, refs=refs1, ids=ids1)

    # -- délibération 2024-046 (from the second letterhead to the end)
    d.reset("DÉLIBÉRATION N° 2024-046")
    pres2 = d.P("M. Aymeric LE BRETON")
    # the two narrative lines (arrival, departure with proxy) are notes: the
    # lists printed under them hold the state at the vote; the proxy
    # Simon -> Noblet is counted once (from the Pouvoirs list)
    d.reset("Présents (18) : M. Aymeric LE BRETON, Mme Solène GUÉRIN, M. Thierry JOUAN, Mme Annick "
            "PERRAUD, M. Loïc DANIEL, Mme Maryvonne HAMON, M. Bruno LE CALVEZ, Mme Élodie BRIAND, "
            "M. Jean-Yves POTIRON, Mme Catherine MAHÉ, M. Fabrice ROLLAND, Mme Gwenaëlle THOMAS, "
            "M. Hervé GICQUEL, Mme Laëtitia BERTHO, M. Ronan LE GOFF, Mme Isabelle CHEVALIER, "
            "M. Patrice NOBLET, M. Julien MOISAN")
    present2 = [d.P(t) for t in members + ["M. Julien MOISAN"]]
    d.reset("Pouvoirs (4) :")
    px2 = [d.proxy(a_, b_) for a_, b_ in proxies3 + [("Mme Nathalie SIMON", "M. Patrice NOBLET")]]
    d.reset("Absente (1) :")
    absent2 = [d.P("Mme Chantal LERAY")]
    d.reset("Votants : 22")
    sec2 = d.P("Mme Élodie BRIAND")
    visas2 = [d.clause(t) for t in (
        "Vu le code de la commande publique, et notamment ses articles L.2123-1 et R.2123-1 ;",
        "Vu la délibération n° 2023-112 du 12 décembre 2023 approuvant le programme de rénovation "
        "énergétique de l'école Jules-Verne ;",
        "Vu l'avis de la commission d'appel d'offres réunie le 20 mars 2024 ;")]
    cons2 = [d.clause("Considérant que les offres retenues sont les offres économiquement les plus "
                      "avantageuses au regard des critères fixés par le règlement de la consultation ;")]
    dec2 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts2 = [
        d.article("1", None, "Article 1er :",
                  "D'attribuer les lots du marché comme suit : - lot 1 « Isolation thermique par "
                  "l'extérieur » à la SARL ISOLBAT 44, pour un montant de 148 250,00 € HT ; - lot 2 "
                  "« Menuiseries extérieures » à la société MENUISERIES GUILLET SAS, pour un montant de "
                  "96 480,50 € HT, soit un montant total de 244 730,50 € HT (293 676,60 € TTC)."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser Monsieur le Maire à signer les marchés et toutes les pièces s'y "
                  "rapportant. Les crédits sont inscrits au budget primitif 2024, opération 215.")]
    votes2 = [d.vote("adopté par 19 voix pour, 0 contre et 3 abstentions (M. Ronan LE GOFF, Mme "
                     "Isabelle CHEVALIER, M. Hervé GICQUEL).", 19, 0, 3)]
    sigs2 = [d.signature("Le Maire,", "Aymeric LE BRETON", "Le Maire", "Aymeric LE BRETON",
                         "Plessé", "2024-03-27", at="opération 215")]
    d.reset("COMMUNE DE PLESSÉ Envoyé en préfecture")
    dates2 = [d.date("29/03/2024", "2024-03-29"), d.date("29/03/2024", "2024-03-29"),
              d.date("mardi 26 mars 2024", "2024-03-26"), d.date("19 mars 2024", "2024-03-19"),
              d.date("26 mars 2024", "2024-03-26"), d.date("12 décembre 2023", "2023-12-12"),
              d.date("20 mars 2024", "2024-03-20"), d.date("27 mars 2024", "2024-03-27")]
    d.reset("Article 1er : D'attribuer")
    amounts2 = [d.amount("148 250,00 €", 148250, tax="HT"), d.amount("96 480,50 €", 96480.5, tax="HT"),
                d.amount("244 730,50 €", 244730.5, tax="HT"),
                d.amount("293 676,60 €", 293676.6, tax="TTC")]
    d.reset("Vu le code de la commande publique")
    # "la présente délibération" and the document's own number are no
    # references; "opération 215" is a budget line
    refs2 = [d.ref("code", "code de la commande publique, et notamment ses articles L.2123-1 et "
                   "R.2123-1", code=CCP, articles=["L.2123-1", "R.2123-1"]),
             d.ref("deliberation", "délibération n° 2023-112 du 12 décembre 2023", number="2023-112",
                   date="2023-12-12")]
    d.reset("COMMUNE DE PLESSÉ Envoyé en préfecture")
    ids2 = [d.ident("acte", "044-214401283-20240326-2024_046-DE",
                    "044-214401283-20240326-2024_046-DE")]
    b = doc(d, "deliberation", [mid, len(d.raw)], issuer, "2024-046",
            "Attribution des lots 1 et 2 du marché de travaux de rénovation énergétique de l'école "
            "Jules-Verne",
            session={"date": "2024-03-26", "place": None, "convened_on": "2024-03-19",
                     "president": pres2, "secretary": sec2},
            att=attendance(present2, [], absent2, px2, in_office=23, present_n=18,
                           represented=4, voting=22),
            visas=visas2, cons=cons2, dec=dec2, arts=arts2, votes=votes2, sigs=sigs2,
            amounts=amounts2, dates=dates2, refs=refs2, ids=ids2)
    d.write([a, b])


# ---------------------------------------------------------------- (b)
def saint_gaudens_decision():
    """décision du maire taken by delegation (L.2122-22 CGCT) awarding a
    marché: "DÉCISION DU MAIRE N° …", "Le Maire de …," then Vu/Considérant,
    "DÉCIDE :", HT/TTC/TVA amounts, SIRET, the marché's own n°, the
    transmission mentions and ACTES id after the signature"""
    d = DocB("ville-saint-gaudens-decision-maire-2024-038")
    d.reset("Le Maire de la Ville")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.2122-22 et "
        "L.2122-23 ;",
        "Vu le code de la commande publique, et notamment ses articles L.2124-2, R.2124-2 et "
        "R.2161-2 à R.2161-5 ;",
        "Vu la délibération n° 2020-047 du Conseil municipal du 10 juillet 2020 portant délégation "
        "d'attributions au Maire pour la durée du mandat ;",
        "Vu l'avis d'appel public à la concurrence publié au BOAMP le 12 février 2024 (annonce "
        "n° 24-18734) ;",
        "Vu le rapport d'analyse des offres du 2 avril 2024 ;")]
    cons = [d.clause("Considérant que trois offres ont été reçues dans les délais et que l'offre de la "
                     "société RESTAUVAL SAS est économiquement la plus avantageuse au regard des "
                     "critères de prix (40 %) et de valeur technique (60 %) fixés par le règlement de "
                     "la consultation ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "Le marché n° 2024-012 relatif à la fourniture et à la livraison de repas en liaison "
                  "froide est attribué à la société RESTAUVAL SAS, 14 avenue de l'Occitanie, 31800 "
                  "Saint-Gaudens, SIRET 532 187 945 00029, pour un montant annuel estimatif de "
                  "186 450,00 € HT, soit 196 704,75 € TTC (TVA à 5,5 % : 10 254,75 €)."),
        d.article("2", None, "Article 2 :",
                  "Le marché est un accord-cadre à bons de commande conclu pour une durée d'un an à "
                  "compter du 1er septembre 2024, reconductible tacitement trois fois. Le montant "
                  "maximum annuel est fixé à 230 000,00 € HT."),
        d.article("3", None, "Article 3 :",
                  "La dépense sera imputée au budget principal, chapitre 011, article 6042."),
        d.article("4", None, "Article 4 :",
                  "La présente décision sera inscrite au registre des décisions du Maire. Il en sera "
                  "rendu compte au Conseil municipal lors de sa prochaine séance, conformément à "
                  "l'article L.2122-23 du code général des collectivités territoriales."),
        d.article("5", None, "Article 5 :",
                  "Le Directeur général des services et le Comptable public sont chargés, chacun en ce "
                  "qui le concerne, de l'exécution de la présente décision.")]
    sigs = [d.signature("Le Maire,", "Jean-Yves DUCLOS", "Le Maire", "Jean-Yves DUCLOS",
                        "Saint-Gaudens", "2024-04-08", at="Fait à Saint-Gaudens")]
    d.reset("DÉCIDE")
    amounts = [d.amount("186 450,00 €", 186450, tax="HT"), d.amount("196 704,75 €", 196704.75, tax="TTC"),
               d.amount("10 254,75 €", 10254.75), d.amount("230 000,00 €", 230000, tax="HT")]
    d.reset()
    dates = [d.date("10 juillet 2020", "2020-07-10"), d.date("12 février 2024", "2024-02-12"),
             d.date("2 avril 2024", "2024-04-02"), d.date("1er septembre 2024", "2024-09-01"),
             d.date("8 avril 2024", "2024-04-08"), d.date("09/04/2024", "2024-04-09"),
             d.date("10/04/2024", "2024-04-10")]
    d.reset()
    # the marché n° 2024-012 is the object this act awards (it does not
    # exist before it), not a cited act: no reference; the BOAMP annonce
    # n° is an avis, no reference
    refs = [d.ref("code", "article L.2122-22 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2122-22"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses articles "
                  "L.2122-22 et L.2122-23", code=CGCT, articles=["L.2122-22", "L.2122-23"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L.2124-2, R.2124-2 "
                  "et R.2161-2 à R.2161-5", code=CCP,
                  articles=["L.2124-2", "R.2124-2", "R.2161-2", "R.2161-5"]),
            d.ref("deliberation", "délibération n° 2020-047 du Conseil municipal du 10 juillet 2020",
                  number="2020-047", date="2020-07-10"),
            d.ref("code", "article L.2122-23 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2122-23"])]
    d.reset()
    ids = [d.ident("postal_code", "31806", "31806"),
           d.ident("phone", "05 61 94 78 00", "0561947800"),
           d.ident("email", "commande.publique@mairie-saintgaudens.fr",
                   "commande.publique@mairie-saintgaudens.fr"),
           d.ident("postal_code", "31800", "31800"),
           d.ident("siret", "532 187 945 00029", "53218794500029"),
           d.ident("acte", "031-213104821-20240408-DM2024_038-AU",
                   "031-213104821-20240408-DM2024_038-AU")]
    # type: a décision du maire is neither a body's decision (deliberation)
    # nor an ARRÊTÉ: `other`
    x = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "VILLE DE SAINT-GAUDENS", "body": "Le Maire"}, "DM-2024-038",
            "Marché n° 2024-012 – Fourniture et livraison de repas en liaison froide pour la "
            "restauration scolaire et l'accueil de loisirs – Attribution",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([x])


# ---------------------------------------------------------------- (c)
def val_de_gascogne_arrete():
    """arrêté du président of an EPCI (délégation de fonction et de
    signature): name of the EPCI on two lines cut by the ACTES stamp column,
    "L. 5211-9" with a blank, "Article 1er – Heading" then the body on the
    next line, notification signed by the intéressée, Ampliation list,
    "Certifié exécutoire" with the ACTES id printed again"""
    d = DocB("cc-val-de-gascogne-arrete-delegation-2024-057")
    d.reset("Le Président de la Communauté")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L. 5211-9 et "
        "L. 5211-10 ;",
        "Vu l'arrêté préfectoral n° 47-2016-12-19-004 du 19 décembre 2016 portant création de la "
        "Communauté de communes Val de Gascogne ;",
        "Vu les statuts de la Communauté de communes ;",
        "Vu la délibération n° 2020-078 du Conseil communautaire du 15 juillet 2020 portant élection "
        "du Président ;",
        "Vu la délibération n° 2020-081 du 15 juillet 2020 fixant à six le nombre des "
        "vice-présidents ;",
        "Vu l'élection de Mme Sandrine LACAZE en qualité de 4e vice-présidente lors de la même "
        "séance ;")]
    cons = [d.clause("Considérant qu'il convient, pour la bonne marche de l'administration "
                     "communautaire, de donner délégation de fonction et de signature à Mme Sandrine "
                     "LACAZE dans le domaine des mobilités ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", "Délégation de fonction", "Article 1er – Délégation de fonction",
                  "Délégation de fonction est donnée à Mme Sandrine LACAZE, 4e vice-présidente, pour "
                  "les affaires relevant de la compétence « mobilités » : transport à la demande, "
                  "transport scolaire, itinéraires cyclables d'intérêt communautaire et plan de "
                  "mobilité simplifié."),
        d.article("2", "Délégation de signature", "Article 2 – Délégation de signature",
                  "Dans la limite de la délégation prévue à l'article 1er, Mme Sandrine LACAZE reçoit "
                  "délégation pour signer les courriers, les bons de commande dont le montant "
                  "n'excède pas 25 000 € HT et les conventions de partenariat sans incidence "
                  "financière. Les marchés publics d'un montant supérieur à 90 000 € HT demeurent "
                  "signés par le Président."),
        d.article("3", "Abrogation", "Article 3 – Abrogation",
                  "Le présent arrêté abroge l'arrêté n° AP-2020-112 du 22 juillet 2020."),
        d.article("4", "Exécution et publicité", "Article 4 – Exécution et publicité",
                  "Le Directeur général des services est chargé de l'exécution du présent arrêté, qui "
                  "sera notifié à l'intéressée, transmis au représentant de l'État et publié. Il peut "
                  "faire l'objet d'un recours devant le tribunal administratif de Bordeaux dans un "
                  "délai de deux mois à compter de sa publication.")]
    # the notification receipt signed by the intéressée is a second
    # signature; the one "Fait à" line applies to every signature
    sigs = [d.signature("Le Président,", "Michel DARRIET", "Le Président", "Michel DARRIET",
                        "Nérac", "2024-07-16", at="Fait à Nérac"),
            d.signature("L'intéressée,", "Sandrine LACAZE", "L'intéressée", "Sandrine LACAZE",
                        "Nérac", "2024-07-16", at="Notifié à l'intéressée")]
    d.reset()
    amounts = [d.amount("25 000 €", 25000, tax="HT"), d.amount("90 000 €", 90000, tax="HT")]
    d.reset()
    dates = [d.date("16/07/2024", "2024-07-16"), d.date("16/07/2024", "2024-07-16"),
             d.date("19 décembre 2016", "2016-12-19"), d.date("15 juillet 2020", "2020-07-15"),
             d.date("15 juillet 2020", "2020-07-15"), d.date("22 juillet 2020", "2020-07-22"),
             d.date("16 juillet 2024", "2024-07-16"), d.date("17/07/2024", "2024-07-17"),
             d.date("16/07/2024", "2024-07-16"), d.date("17/07/2024", "2024-07-17")]
    d.reset("Le Président de la Communauté")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles "
                  "L. 5211-9 et L. 5211-10", code=CGCT, articles=["L.5211-9", "L.5211-10"]),
            d.ref("arrete", "arrêté préfectoral n° 47-2016-12-19-004 du 19 décembre 2016",
                  number="47-2016-12-19-004", date="2016-12-19"),
            d.ref("deliberation", "délibération n° 2020-078 du Conseil communautaire du 15 juillet "
                  "2020", number="2020-078", date="2020-07-15"),
            d.ref("deliberation", "délibération n° 2020-081 du 15 juillet 2020", number="2020-081",
                  date="2020-07-15"),
            d.ref("arrete", "arrêté n° AP-2020-112 du 22 juillet 2020", number="AP-2020-112",
                  date="2020-07-22")]
    d.reset()
    ids = [d.ident("acte", "047-200068930-20240716-AP2024_057-AR",
                   "047-200068930-20240716-AP2024_057-AR"),
           d.ident("postal_code", "47600", "47600"),
           d.ident("phone", "05 53 65 21 40", "0553652140"),
           d.ident("acte", "047-200068930-20240716-AP2024_057-AR",
                   "047-200068930-20240716-AP2024_057-AR")]
    x = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES VAL DE GASCOGNE", "body": "Le Président"},
            "AP-2024-057",
            "portant délégation de fonction et de signature à Mme Sandrine LACAZE, 4e "
            "vice-présidente, en matière de mobilités",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([x])


# ---------------------------------------------------------------- (d)
def saint_laurent_pv():
    """procès-verbal with CRLF line ends and form feeds (pdftotext page
    breaks), running page headers "Commune de … – Conseil municipal du … –
    Page n/3", a roll-call table "NOM Prénom  Présent  Absent  Pouvoir à"
    with X marks, items "Point n° k :", four vote forms"""
    d = DocB("commune-saint-laurent-pree-pv-2024-06-11")
    d.reset("sous la présidence de")
    pres = d.P("M. Gérard BONNIN")
    d.reset("NOM Prénom")
    rows = [("BONNIN Gérard", "Gérard", "BONNIN"), ("FAVREAU Lucie", "Lucie", "FAVREAU"),
            ("PAPIN Loïc", "Loïc", "PAPIN"), ("DUBREUIL Anne", "Anne", "DUBREUIL"),
            ("ROY Didier", "Didier", "ROY"), ("POUPIN Karine", "Karine", "POUPIN"),
            ("MERLET Franck", "Franck", "MERLET"), ("GAUTHIER Sandrine", "Sandrine", "GAUTHIER"),
            ("BOUYER Jean-Pierre", "Jean-Pierre", "BOUYER"), ("RENAUD Céline", "Céline", "RENAUD"),
            ("CHAIGNEAU Patrice", "Patrice", "CHAIGNEAU"),
            ("TEXIER Véronique", "Véronique", "TEXIER"), ("MORIN Stéphane", "Stéphane", "MORIN"),
            ("GUILLOT Nadège", "Nadège", "GUILLOT"), ("BIRAUD Thierry", "Thierry", "BIRAUD"),
            ("COUTANT Émilie", "Émilie", "COUTANT")]
    present = [d.S(t, None, g, f) for t, g, f in rows]
    # a row "X" in Absent with a "Pouvoir à" name is a proxy only (as
    # "Absents ayant donné procuration : X (pouvoir à Y)"); a row absent
    # without a proxy is `absent`
    px = [d.proxy(d.S("ARNAUD Régis", None, "Régis", "ARNAUD"),
                  d.S("BONNIN Gérard", None, "Gérard", "BONNIN")),
          d.proxy(d.S("PELLETIER Marina", None, "Marina", "PELLETIER"),
                  d.S("FAVREAU Lucie", None, "Lucie", "FAVREAU")),
          d.proxy(d.S("SAUVAGET Olivier", None, "Olivier", "SAUVAGET"),
                  d.S("PAPIN Loïc", None, "Loïc", "PAPIN"))]
    absent = [d.S("LE ROUX Maëlle", None, "Maëlle", "LE ROUX"),
              d.S("DUPUY Bernard", None, "Bernard", "DUPUY")]
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Lucie FAVREAU")
    d.reset("Point n° 1")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    votes = [d.vote("Adopté à l'unanimité des membres présents et représentés (19 voix).", 19,
                    unanimous=True),
             d.vote("Adopté par 17 voix pour. M. Loïc PAPIN et Mme Anne DUBREUIL, membres du bureau "
                    "de l'association « Les Amis de la Prée », ne prennent pas part au vote.", 17,
                    not_voting=2),
             d.vote("Pour : 14 – Contre : 3 (M. Didier ROY, Mme Karine POUPIN, M. Franck MERLET) – "
                    "Abstentions : 2 Adopté.", 14, 3, 2),
             d.vote("Rejeté par 6 voix pour, 11 voix contre et 2 abstentions.", 6, 11, 2,
                    result="rejected")]
    sigs = [d.signature("Le Maire,", "Gérard BONNIN", "Le Maire", "Gérard BONNIN", None, None,
                        at="la séance est levée"),
            d.signature("La Secrétaire de séance,", "Lucie FAVREAU", "La Secrétaire de séance",
                        "Lucie FAVREAU", None, None, at="la séance est levée")]
    d.reset("Point n° 2")
    amounts = [d.amount("1 200 €", 1200), d.amount("850 €", 850), d.amount("2 300 €", 2300),
               d.amount("4 350 €", 4350), d.amount("3,45 €", 3.45), d.amount("6,10 €", 6.1)]
    d.reset()
    # page headers "… Conseil municipal du 11 juin 2024 – Page 2/3" are
    # furniture: no date
    dates = [d.date("mardi 11 juin 2024", "2024-06-11"),
             d.date("onze juin deux mille vingt-quatre", "2024-06-11"),
             d.date("4 juin 2024", "2024-06-04"),
             d.date("14 mai 2024", "2024-05-14"), d.date("14 mai 2024", "2024-05-14"),
             d.date("28 mai 2024", "2024-05-28"), d.date("1er septembre 2024", "2024-09-01")]
    x = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-LAURENT-DE-LA-PRÉE", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL Séance du mardi 11 juin 2024",
            session={"date": "2024-06-11", "place": "salle polyvalente", "convened_on": "2024-06-04",
                     "president": pres, "secretary": sec},
            att=attendance(present, [], absent, px, in_office=21, present_n=16, represented=3,
                           voting=19),
            dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates)
    d.write([x])


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:] or ["plesse_registre", "saint_gaudens_decision",
                              "val_de_gascogne_arrete", "saint_laurent_pv"]:
        globals()[f]()
