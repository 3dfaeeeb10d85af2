#!/usr/bin/env python3
"""Hand-written gold for the blind set AD (corpusAD) of corpus/extra-pending
(see README.md, section "Blind set (corpusAD)").
Run: python3 make_gold_ad.py

Same conventions and tooling as make_gold_ac.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CCP, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def vallonne_convention():
    """CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS between a DÉPARTEMENT
    and an association: number top right ("Convention n° 2025-CPO-0142"),
    letterhead + service line + address; two-line capital heading block;
    "ENTRE LES SOUSSIGNÉS :" / parties with SIRET, addresses, representative,
    the habilitating délibération of the Commission permanente, "ci-après
    dénommé(e) « … »", right-aligned "d'une part," / "d'autre part,", "ET :";
    three "Vu" (article 10 of a loi, a décret, the projet associatif with a
    date); "IL A ÉTÉ CONVENU CE QUI SUIT :"; "Article n – Heading" with the
    body on the next lines; duration "pour une durée de trois ans à compter
    du 1er janvier 2026"; subsidy "36 000 € (trente-six mille euros)",
    "40000 euros" without separator; instalments as a dash list with
    percentages ("une avance de 60 %, soit 21 600 €, … au plus tard le
    15 février 2026", "le solde de 40 %, soit 14 400,00 €, … le
    30/09/2026"); "arrêté du 11 octobre\\n2006"; "Fait à …, le …, en deux
    exemplaires originaux."; two signature blocks side by side."""
    d = DocH("departement-vallonne-convention-cpo-2025-0142")
    d.reset("ENTRE LES SOUSSIGNÉS")
    visas = [d.clause("Vu l'article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux "
                      "droits des citoyens dans leurs relations avec les administrations ;"),
             d.clause("Vu le décret n° 2001-495 du 6 juin 2001 relatif à la transparence "
                      "financière des aides octroyées par les personnes publiques ;"),
             d.clause("Vu le projet associatif présenté par l'Association le 3 septembre "
                      "2025 ;")]
    verb = d.span("IL A ÉTÉ CONVENU CE QUI SUIT")
    arts = [art(d, "1", "Objet", "Article 1 – Objet", "Par la présente convention",
                "ce programme d'intérêt général."),
            art(d, "2", "Durée", "Article 2 – Durée", "La présente convention est conclue",
                "Elle prend fin le 31 décembre 2028."),
            art(d, "3", "Montant de la subvention", "Article 3 – Montant de la subvention",
                "Le Département attribue", "des crédits au budget départemental."),
            art(d, "4", "Modalités de versement", "Article 4 – Modalités de versement",
                "La subvention de l'année 2026", "avant le 31 mars de chaque année."),
            art(d, "5", "Obligations de l'Association",
                "Article 5 – Obligations de l'Association", "L'Association fournit",
                "son rapport d'activité."),
            art(d, "6", "Résiliation", "Article 6 – Résiliation", "En cas de non-respect",
                "des sommes versées."),
            art(d, "7", "Litiges", "Article 7 – Litiges", "Les litiges nés",
                "territorialement compétent.")]
    sigs = [d.signature("Pour le Département de la Vallonne,", "Gérald VAUCORET",
                        "Pour le Département de la Vallonne, Le Président du Conseil "
                        "départemental", "Gérald VAUCORET", "Vallonne-la-Ville", "2025-12-09",
                        at="Fait à Vallonne-la-Ville"),
            d.signature("Pour l'Association,", "Odette FRANCHEMONT-LAIR",
                        "Pour l'Association, La Présidente", "Odette FRANCHEMONT-LAIR",
                        "Vallonne-la-Ville", "2025-12-09", at="Fait à Vallonne-la-Ville")]
    d.reset("Article 3 –")
    amounts = [d.amount("36 000 €", 36000), d.amount("trente-six mille euros", 36000),
               d.amount("40000 euros", 40000), d.amount("21 600 €", 21600),
               d.amount("14 400,00 €", 14400)]
    d.reset("ENTRE LES SOUSSIGNÉS")
    dates = [d.date("24 novembre 2025", "2025-11-24"), d.date("1er juillet 1901", "1901-07-01"),
             d.date("12 avril 2000", "2000-04-12"), d.date("6 juin 2001", "2001-06-06"),
             d.date("3 septembre 2025", "2025-09-03"), d.date("1er janvier 2026", "2026-01-01"),
             d.date("31 décembre 2028", "2028-12-31"), d.date("15 février 2026", "2026-02-15"),
             d.date("30/09/2026", "2026-09-30"), d.date("11 octobre 2006", "2006-10-11"),
             d.date("9 décembre 2025", "2025-12-09")]
    d.reset("ENTRE LES SOUSSIGNÉS")
    refs = [d.ref("deliberation", "délibération de la Commission permanente n° CP-2025-11-087 "
                  "du 24 novembre 2025", number="CP-2025-11-087", date="2025-11-24"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"]),
            d.ref("decret", "décret n° 2001-495 du 6 juin 2001", number="2001-495",
                  date="2001-06-06"),
            d.ref("arrete", "arrêté du 11 octobre 2006", date="2006-10-11")]
    d.reset()
    ids = [d.ident("postal_code", "58140", "58140"),
           d.ident("siret", "225 800 010 00012", "22580001000012"),
           d.ident("postal_code", "58140", "58140"),
           d.ident("siret", "812 457 935 00029", "81245793500029"),
           d.ident("postal_code", "58230", "58230")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA VALLONNE",
             "body": "Direction de la culture et de la vie associative"},
            "2025-CPO-0142",
            "CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS AVEC L'ASSOCIATION « LES "
            "TRÉTEAUX DU MORVANDIAU »",
            visas=visas, dec={"verb": "IL A ÉTÉ CONVENU CE QUI SUIT", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def riberal_decision():
    """DÉCISION DU PRÉSIDENT of a communauté de communes taken by delegation:
    letterhead with SIRET and phone on one line; centred "DÉCISION DU
    PRÉSIDENT" / "Décision n° DP-2025-084 du 14 octobre 2025" / "prise par
    délégation du conseil communautaire"; two-line "Objet :"; "Le Président
    de la Communauté de communes …,"; five "Vu" (CGCT L. 5211-10, code de la
    commande publique with a range "R. 2123-1 à R. 2123-7", the delegation
    délibération, the budget délibération, an avis d'appel public à la
    concurrence); three "Considérant" (one with "310 000 €"); "DÉCIDE :";
    "Article n : body"; the attributaire with address and SIRET; "248 625,50
    € HT, soit 298 350,60 € TTC (… euros et soixante centimes)"; "inscrite
    au registre … il en sera rendu compte au prochain conseil"; "Fait à …,
    le …" without final period; "Transmis au représentant de l'État le :
    dd/mm/yyyy" / "Publié le : …" / "Identifiant :" ACTES id (-AU)."""
    d = DocH("cc-coteaux-riberal-decision-president-dp-2025-084")
    d.reset("Le Président de la Communauté")
    visas = [d.clause("Vu le Code général des collectivités territoriales et notamment son "
                      "article L. 5211-10 ;"),
             d.clause("Vu le Code de la commande publique et notamment ses articles L. 2123-1 "
                      "et R. 2123-1 à R. 2123-7 ;"),
             d.clause("Vu la délibération n° 2020-058 du 16 juillet 2020 portant délégation "
                      "d'attributions au Président, et notamment son alinéa 4 ;"),
             d.clause("Vu la délibération n° 2025-019 du 3 avril 2025 approuvant le budget "
                      "primitif 2025 ;"),
             d.clause("Vu l'avis d'appel public à la concurrence publié le 28 juillet 2025 sur "
                      "le profil d'acheteur de la Communauté de communes ;")]
    cons = [d.clause("Considérant que trois offres ont été reçues avant la date limite fixée "
                     "au 5 septembre 2025 à 12 heures ;"),
            d.clause("Considérant qu'au regard des critères de jugement énoncés dans le "
                     "règlement de la consultation, l'offre de la société TRAVAUX PUBLICS DU "
                     "RIBÉRAL est économiquement la plus avantageuse ;"),
            d.clause("Considérant que les crédits nécessaires, soit 310 000 €, sont inscrits "
                     "au budget principal de l'exercice ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le marché de travaux",
                "soixante centimes)."),
            art(d, "2", None, "Article 2 :", "Le délai d'exécution",
                "démarrage des travaux."),
            art(d, "3", None, "Article 3 :", "La dépense sera imputée", "opération 0412."),
            art(d, "4", None, "Article 4 :", "La présente décision sera inscrite",
                "au prochain conseil communautaire."),
            art(d, "5", None, "Article 5 :", "Le Directeur général des services",
                "de la présente décision.")]
    sigs = [d.signature("Le Président,", "Jean-Baptiste CAZAUBON", "Le Président",
                        "Jean-Baptiste CAZAUBON", "Montesquiou-Ribéral", "2025-10-14",
                        at="Fait à Montesquiou-Ribéral")]
    d.reset("Considérant que les crédits")
    amounts = [d.amount("310 000 €", 310000), d.amount("248 625,50 €", 248625.5, tax="HT"),
               d.amount("298 350,60 €", 298350.6, tax="TTC"),
               d.amount("deux cent quatre-vingt-dix-huit mille trois cent cinquante euros et "
                        "soixante centimes", 298350.6)]
    d.reset()
    dates = [d.date("14 octobre 2025", "2025-10-14"), d.date("16 juillet 2020", "2020-07-16"),
             d.date("3 avril 2025", "2025-04-03"), d.date("28 juillet 2025", "2025-07-28"),
             d.date("5 septembre 2025", "2025-09-05"),
             d.date("14 octobre 2025", "2025-10-14", at="Fait à"),
             d.date("15/10/2025", "2025-10-15"), d.date("16 octobre 2025", "2025-10-16")]
    d.reset("Le Président de la Communauté")
    refs = [d.ref("code", "Code général des collectivités territoriales et notamment son "
                  "article L. 5211-10", code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "Code de la commande publique et notamment ses articles L. 2123-1 et "
                  "R. 2123-1 à R. 2123-7", code=CCP,
                  articles=["L.2123-1", "R.2123-1", "R.2123-7"]),
            d.ref("deliberation", "délibération n° 2020-058 du 16 juillet 2020",
                  number="2020-058", date="2020-07-16"),
            d.ref("deliberation", "délibération n° 2025-019 du 3 avril 2025",
                  number="2025-019", date="2025-04-03")]
    d.reset()
    ids = [d.ident("postal_code", "32190", "32190"),
           d.ident("siret", "200 041 812 00013", "20004181200013"),
           d.ident("phone", "05 62 64 38 10", "0562643810"),
           d.ident("postal_code", "32190", "32190", at="14, route de Vic"),
           d.ident("siret", "532 918 448 00038", "53291844800038"),
           d.ident("acte", "032-200041812-20251014-DP2025084-AU",
                   "032-200041812-20251014-DP2025084-AU")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES COTEAUX DU RIBÉRAL",
             "body": "Le Président"},
            "DP-2025-084",
            "Marché public de travaux – Aménagement de la voie verte du Ribéral (tranche 2) – "
            "Attribution du marché",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def vaucelles_election():
    """PROCÈS-VERBAL of the installation of a municipal council and the
    election of the maire and adjoints: three-line heading block with
    "Séance du samedi …"; "L'an deux mille vingt-six, le vingt-huit mars";
    counts one a line ("Procuration : 1"); "Étaient présents :" 18 names on
    several lines; "Absent ayant donné procuration : X à Y."; numbered
    items; the doyen d'âge presides ("sous la présidence de M. X, le plus
    âgé des membres"); "Secrétaire :" / "Assesseurs :" lines; SECRET BALLOT
    tallies per round ("Nombre de conseillers présents n'ayant pas pris part
    au vote : 0" / "Nombre de votants : 19" / "… nuls ou blancs : 2" /
    "… exprimés : 17" / "Majorité absolue : 9", candidates with dotted
    leaders "15 voix (quinze voix)"); item 3 "Délibération n° 2026-014 –
    …" with "DÉCIDE :" + a dash point and a show-of-hands vote "Pour : 17,
    Contre : 0, Abstentions : 2" / "La délibération est adoptée."; a list
    ballot "Liste conduite par M. X : 15 voix"; "1er adjoint : …"; code
    citations "du CGCT", "du même code", "article\\nL. …"; "Fait à …, le
    …."; THREE signature blocks side by side; "Affiché … le …"."""
    d = DocH("commune-vaucelles-la-riviere-election-maire-2026-03-28")
    present = d.persons("M. Bernard CHASTAGNOL", "Mme Lucie ROUMIGNAC", "M. Jean-Pierre DEVEIX",
                        "Mme Ghislaine FAURIE", "M. Patrice LACHÈZE",
                        "Mme Sandrine BESSE-MONTEIL", "M. Alain VIALLE",
                        "Mme Corinne TEYSSANDIER", "M. Yannick DELPEUCH", "Mme Hélène MAZEYRIE",
                        "M. Thierry ESTRADE", "Mme Nadège POUMEAU", "M. Kévin LAVAL",
                        "Mme Marie-Claude JAUBERTIE", "M. Didier SOUTEYRAT",
                        "Mme Élodie CHAMBON", "M. Henri BOURDARIAS", "Mme Anaïs PEYRAMAURE",
                        at="Étaient présents")
    proxies = [d.proxy("M. Olivier TRONCHE", "Mme Lucie ROUMIGNAC",
                       at="Absent ayant donné procuration")]
    pres = d.P("M. Henri BOURDARIAS", at="sous la présidence de")
    sec = d.P("Mme Anaïs PEYRAMAURE", at="Secrétaire :")
    att = attendance(present, (), (), proxies, in_office=19, present_n=18, represented=1,
                     voting=19)
    session = {"date": "2026-03-28", "place": "salle du conseil de la mairie",
               "convened_on": "2026-03-23", "president": pres, "secretary": sec}
    verb = d.span("DÉCIDE", at="3. Délibération")
    votes = [d.vote("Pour : 17, Contre : 0, Abstentions : 2 La délibération est adoptée.",
                    for_=17, against=0, abstention=2)]
    sigs = [d.signature("Le doyen d'âge,", "Henri BOURDARIAS", "Le doyen d'âge",
                        "Henri BOURDARIAS", "Vaucelles-la-Rivière", "2026-03-28",
                        at="Fait à Vaucelles"),
            d.signature("La maire,", "Lucie ROUMIGNAC", "La maire", "Lucie ROUMIGNAC",
                        "Vaucelles-la-Rivière", "2026-03-28", at="Fait à Vaucelles"),
            d.signature("La secrétaire de séance,", "Anaïs PEYRAMAURE",
                        "La secrétaire de séance", "Anaïs PEYRAMAURE", "Vaucelles-la-Rivière",
                        "2026-03-28", at="Fait à Vaucelles")]
    d.reset()
    dates = [d.date("samedi 28 mars 2026", "2026-03-28"),
             d.date("L'an deux mille vingt-six, le vingt-huit mars", "2026-03-28"),
             d.date("15 mars 2026", "2026-03-15"), d.date("23 mars 2026", "2026-03-23"),
             d.date("28 mars 2026", "2026-03-28", at="Fait à"),
             d.date("30 mars 2026", "2026-03-30")]
    d.reset("L'an deux mille")
    refs = [d.ref("code", "articles L. 2121-10 et L. 2122-8 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2121-10", "L.2122-8"]),
            d.ref("code", "article L. 2122-8 du CGCT", code=CGCT, articles=["L.2122-8"]),
            d.ref("code", "article L. 2121-17 du même code", code=CGCT, articles=["L.2121-17"]),
            d.ref("code", "articles L. 2122-4 et L. 2122-7 du CGCT", code=CGCT,
                  articles=["L.2122-4", "L.2122-7"]),
            d.ref("deliberation", "Délibération n° 2026-014", number="2026-014"),
            d.ref("code", "article L. 2122-2 du CGCT", code=CGCT, articles=["L.2122-2"]),
            d.ref("code", "article L. 2122-7-2 du CGCT", code=CGCT, articles=["L.2122-7-2"]),
            d.ref("code", "article L. 1111-1-1 du CGCT", code=CGCT, articles=["L.1111-1-1"])]
    d.reset()
    ids = [d.ident("postal_code", "19460", "19460")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAUCELLES-LA-RIVIÈRE", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL ET DE L'ÉLECTION DU MAIRE "
            "ET DES ADJOINTS Séance du samedi 28 mars 2026",
            session=session, att=att, dec={"verb": "DÉCIDE", "span": verb}, votes=votes,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    d.write([a])


def grand_fond_deliberation():
    """Délibération of the CONSEIL MUNICIPAL of a commune of GUADELOUPE:
    "RÉPUBLIQUE FRANÇAISE / Département de la Guadeloupe", letterhead with
    "Hôtel de Ville", postal code 97127, phone "0590 84 12 60" and e-mail;
    registre heading; "Séance du lundi 3 novembre 2025"; "Délibération n°
    DCM-2025-117"; two-line "Objet :"; "Le lundi 3 novembre 2025 à 18 h 30,
    …"; counts one a line; "Présent(e)s :" 19 names with créole-style
    hyphenated given names (names cut by line breaks); "Absent(e)s
    excusé(e)s :" 5 names; "Procurations : X à Y ; …" (4, one cut by a line
    break); "Absent(e)s :" 3; "Secrétaire de séance :"; exposé with a total;
    visas (CGCT, loi, délibération); one considérant; "DÉCIDE :"; article 1
    holds a space-aligned TABLE of 10 subsidies (Association / Objet /
    Montant, one "12 000 €", a TOTAL row); "quarante-sept mille trois cent
    cinquante euros (47350 €)"; vote "Vote : Pour : 21 – Contre : 0 –
    Abstentions : 2 (names)" / "La délibération est adoptée."; "Pour extrait
    certifié conforme, / À …, le …"; "Le Maire certifie sous sa
    responsabilité le caractère exécutoire de cet acte." / "Transmis au
    contrôle de légalité le …" / "Publié le d/mm/yyyy" / "Identifiant :"."""
    d = DocH("commune-grand-fond-les-mangles-deliberation-2025-117")
    pres = d.P("M. Jean-Claude BELLEMARE-CÉLESTIN", at="la présidence de")
    present = d.persons("M. Jean-Claude BELLEMARE-CÉLESTIN", "Mme Marie-Line DÉSIRÉ",
                        "M. Jean-Max LUBIN", "Mme Rose-Aimée BAPTISTE", "M. Guy-Albert NAGAU",
                        "Mme Marie-Josée RAMASSAMY", "M. Jean-Louis CLAIRVILLE",
                        "Mme Lise-Marie THÉODORE", "M. Serge-Patrick LAURIETTE",
                        "Mme Félicité ZÉNON", "M. Harry-Max BORDELAIS",
                        "Mme Mireille-Rose SAINT-AIMÉ", "M. José-Michel DAMASE",
                        "Mme Gisèle CALIXTE", "M. Marc-Olivier LAMBOURDIÈRE",
                        "Mme Suzette-Marie MONDÉSIR", "M. Éric CORNÉLIE",
                        "Mme Rosette-Line PHARAMOND", "M. Daniel VITALIEN", at="Présent(e)s :")
    excused = d.persons("M. Jean-Hilaire GOMBAUD", "Mme Marie-Flore ANSELME",
                        "M. Max-Henri LUREL-JOACHIM", "Mme Line-Rose CÉLIGNY", "M. Ruddy PAVADÉ",
                        at="Absent(e)s excusé(e)s")
    d.reset("Procurations :")
    proxies = [d.proxy("M. Jean-Hilaire GOMBAUD", "Mme Marie-Line DÉSIRÉ"),
               d.proxy("Mme Marie-Flore ANSELME", "M. Jean-Max LUBIN"),
               d.proxy("M. Max-Henri LUREL-JOACHIM", "Mme Rose-Aimée BAPTISTE"),
               d.proxy("Mme Line-Rose CÉLIGNY", "M. Guy-Albert NAGAU")]
    absent = d.persons("M. Fred-Alix MOUNIEN", "Mme Josette-Aude DAMBURY", "M. Willy SYLVESTRE",
                       at="Absent(e)s :")
    sec = d.P("Mme Lise-Marie THÉODORE", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=27, present_n=19,
                     represented=4, voting=23)
    session = {"date": "2025-11-03", "place": "Hôtel de Ville, salle des délibérations",
               "convened_on": "2025-10-27", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 2121-29 et L. 2311-7 ;"),
             d.clause("Vu la loi n° 2021-1109 du 24 août 2021 confortant le respect des "
                      "principes de la République ;"),
             d.clause("Vu la délibération n° DCM-2025-032 du 7 avril 2025 portant adoption du "
                      "budget primitif de l'exercice 2025 ;")]
    cons = [d.clause("Considérant que les associations bénéficiaires ont souscrit le contrat "
                     "d'engagement républicain ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'attribuer les subventions",
                "TOTAL 47 350 €"),
            art(d, "2", None, "Article 2 :", "De dire que la dépense",
                "budget principal de l'exercice 2025."),
            art(d, "3", None, "Article 3 :", "D'autoriser le Maire",
                "de la présente délibération.")]
    votes = [d.vote("Pour : 21 – Contre : 0 – Abstentions : 2 (M. Harry-Max BORDELAIS, "
                    "Mme Félicité ZÉNON) La délibération est adoptée.", for_=21, against=0,
                    abstention=2)]
    sigs = [d.signature("Le Maire,", "Jean-Claude BELLEMARE-CÉLESTIN", "Le Maire",
                        "Jean-Claude BELLEMARE-CÉLESTIN", "Grand-Fond-les-Mangles",
                        "2025-11-05", at="Pour extrait certifié conforme")]
    d.reset("Le Maire expose")
    amounts = [d.amount("47 350 €", 47350)]
    d.reset("Article 1 :")
    for t, v in [("8 500 €", 8500), ("4 200 €", 4200), ("3 150 €", 3150), ("12 000 €", 12000),
                 ("5 500 €", 5500), ("2 800 €", 2800), ("1 500 €", 1500), ("3 700 €", 3700),
                 ("4 000 €", 4000), ("2 000 €", 2000), ("47 350 €", 47350)]:
        amounts.append(d.amount(t, v))
    amounts += [d.amount("quarante-sept mille trois cent cinquante euros", 47350),
                d.amount("47350 €", 47350)]
    d.reset()
    dates = [d.date("lundi 3 novembre 2025", "2025-11-03"),
             d.date("lundi 3 novembre 2025", "2025-11-03"),
             d.date("27 octobre 2025", "2025-10-27"), d.date("16 octobre 2025", "2025-10-16"),
             d.date("24 août 2021", "2021-08-24"), d.date("7 avril 2025", "2025-04-07"),
             d.date("5 novembre 2025", "2025-11-05"), d.date("6 novembre 2025", "2025-11-06"),
             d.date("6/11/2025", "2025-11-06")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 2121-29 et L. 2311-7", code=CGCT, articles=["L.2121-29", "L.2311-7"]),
            d.ref("loi", "loi n° 2021-1109 du 24 août 2021", number="2021-1109",
                  date="2021-08-24"),
            d.ref("deliberation", "délibération n° DCM-2025-032 du 7 avril 2025",
                  number="DCM-2025-032", date="2025-04-07")]
    d.reset()
    ids = [d.ident("postal_code", "97127", "97127"),
           d.ident("phone", "0590 84 12 60", "0590841260"),
           d.ident("email", "courrier@ville-grandfond-mangles.fr",
                   "courrier@ville-grandfond-mangles.fr"),
           d.ident("acte", "971-219711272-20251103-DCM2025117-DE",
                   "971-219711272-20251103-DCM2025117-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE GRAND-FOND-LES-MANGLES", "body": "CONSEIL MUNICIPAL"},
            "DCM-2025-117",
            "Attribution de subventions de fonctionnement aux associations au titre de "
            "l'exercice 2025 (deuxième répartition)",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["vallonne_convention", "riberal_decision", "vaucelles_election",
       "grand_fond_deliberation"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
