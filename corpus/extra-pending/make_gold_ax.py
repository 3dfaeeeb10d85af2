#!/usr/bin/env python3
"""Hand-written gold for the blind set AX (corpusAX) of corpus/extra-pending
(see README.md, section "Blind set (corpusAX)").
Run: python3 make_gold_ax.py

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
from _goldlib import CGCT, CGPPP, CVR, DocH, art, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

ACTES = "058-215803164-20260511-2026_041-DE"


def varennes_stamped():
    """pdftotext -layout of a platform-stamped PDF: the ACTES STAMP block
    (Envoyé / Reçu / Publié / ID) REPEATED at the top right of each of the
    three pages, "Page n/3" footers, body indented, a TWO-COLUMN attendance
    block (present on the left; excused with proxies, absents, secretary on
    the right), an article cut by the page break."""
    d = DocH("commune-varennes-sur-louesse-deliberation-2026-041")
    pres = d.P("M. Gérard BOUCHARD", at="sous la présidence")
    present = d.persons("M. Gérard BOUCHARD", "Mme Claire MOUTON", "M. Alain PERRAUDIN",
                        "Mme Sandrine GUYOT", "M. Thierry CHAMBON", "Mme Florence DUBOIS",
                        "M. Jacques LORIOT", "Mme Audrey BERTHIER", "M. Olivier NAULIN",
                        "Mme Josiane PICARD", "M. Romain TISSIER", at="Présents : Absents excusés")
    x1 = d.P("Mme Hélène RAVIER", at="Absents excusés")
    p1 = d.proxy(x1, "M. Gérard BOUCHARD")
    x2 = d.P("M. Patrick LEBLANC")
    p2 = d.proxy(x2, "Mme Claire MOUTON")
    absent = d.persons("Mme Nadège POULAIN", "M. Kévin MARTINAT", at="Absents :")
    sec = d.P("Mme Audrey BERTHIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=11,
                     represented=None, voting=13)
    session = {"date": "2026-05-11", "place": "mairie", "convened_on": "2026-05-04",
               "president": pres, "secretary": sec}
    d.reset("Le plan de financement")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2121-29 et L. 2334-32 à L. 2334-39 ;"),
             d.clause("Vu la circulaire préfectorale du 6 janvier 2026 relative à la DETR et "
                      "à la DSIL ;"),
             d.clause("Vu la délibération n° 2025_067 du 8 décembre 2025 ;")]
    cons = [d.clause("Considérant que l'opération est éligible à la DETR et à la DSIL au titre "
                     "de la rénovation thermique des bâtiments scolaires ;"),
            d.clause("Considérant que le montant des aides publiques ne peut excéder 80 % du "
                     "coût hors taxes de l'opération ;")]
    votes = [d.vote("par 12 voix pour, 0 voix contre et 1 abstention (M. Jacques LORIOT)",
                    for_=12, against=0, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'approuver l'avant-projet",
                "412 800,00 € HT."),
            art_cut(d, "2", None, "Article 2 :", "D'approuver le plan",
                    "pour 82 560,00 €, au titre de la rénovation thermique des bâtiments scolaires.",
                    "D'approuver le plan de financement prévisionnel figurant ci-dessus et "
                    "de solliciter l'État au titre de la DETR pour 123 840,00 € et au titre "
                    "de la DSIL pour 82 560,00 €, au titre de la rénovation thermique des "
                    "bâtiments scolaires."),
            art(d, "3", None, "Article 3 :", "D'autoriser le Maire", "des entreprises."),
            art(d, "4", None, "Article 4 :", "Les crédits nécessaires", "principal 2026.")]
    sigs = [d.signature("Le Maire,", "Gérard BOUCHARD", "Le Maire", "Gérard BOUCHARD",
                        "Varennes-sur-Louesse", "2026-05-11", at="Fait à Varennes")]
    d.reset("Monsieur le Maire rappelle")
    amounts = [d.amount("412 800,00 €", 412800, tax="HT"),
               d.amount("495 360,00 €", 495360, tax="TTC"),
               d.amount("123 840,00 €", 123840), d.amount("82 560,00 €", 82560),
               d.amount("103 200,00 €", 103200), d.amount("103 200,00 €", 103200),
               d.amount("412 800,00 €", 412800, tax="HT"),
               d.amount("412 800,00 €", 412800, tax="HT"),
               d.amount("123 840,00 €", 123840), d.amount("82 560,00 €", 82560)]

    def stamp_dates():
        return [d.date("12/05/2026", "2026-05-12"), d.date("12/05/2026", "2026-05-12"),
                d.date("13/05/2026", "2026-05-13")]
    d.reset()
    dates = stamp_dates()
    dates += [d.date("lundi 11 mai 2026", "2026-05-11"),
              d.date("L'an deux mille vingt-six, le onze mai", "2026-05-11"),
              d.date("4 mai 2026", "2026-05-04")]
    dates += stamp_dates()
    dates += [d.date("8 décembre 2025", "2025-12-08"),
              d.date("14 avril 2026", "2026-04-14"),
              d.date("6 janvier 2026", "2026-01-06"),
              d.date("8 décembre 2025", "2025-12-08")]
    dates += stamp_dates()
    dates += [d.date("11 mai 2026", "2026-05-11", at="Fait à Varennes")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2025_067 du 8 décembre 2025",
                  number="2025_067", date="2025-12-08"),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2121-29 et L. 2334-32 à L. 2334-39", code=CGCT,
                  articles=["L.2121-29", "L.2334-32", "L.2334-39"]),
            d.ref("circulaire", "circulaire préfectorale du 6 janvier 2026",
                  date="2026-01-06"),
            d.ref("deliberation", "délibération n° 2025_067 du 8 décembre 2025",
                  number="2025_067", date="2025-12-08")]
    d.reset()
    ids = [d.ident("acte", ACTES, ACTES),
           d.ident("postal_code", "58270", "58270"),
           d.ident("phone", "03 86 58 21 47", "0386582147"),
           d.ident("email", "mairie.varennes-louesse@orange.fr",
                   "mairie.varennes-louesse@orange.fr"),
           d.ident("acte", ACTES, ACTES),
           d.ident("acte", ACTES, ACTES)]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VARENNES-SUR-LOUESSE", "body": "CONSEIL MUNICIPAL"},
            "2026_041",
            "Rénovation énergétique du groupe scolaire Paul-Bert – approbation de "
            "l'avant-projet définitif et du plan de financement",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_medard_pv():
    """PROCÈS-VERBAL with WORDS HYPHENATED AT LINE ENDS ("légale- / ment",
    "Mon- / sieur" inside the president's name, "délibé- / ration" inside a
    visa and its reference, a REAL hyphen "DUPONT- / MOREL" in a present
    name) and a RUNNING HEADER "Conseil municipal du 3 mars 2026 - PV" at
    the top of each page (page 1 included) after each form feed; three
    délibérations, one rejected."""
    d = DocH("commune-saint-medard-en-breviere-pv-2026-03-03")
    pres = d.S("Mon- sieur Bernard LACOMBE", "M.", "Bernard", "LACOMBE",
               at="présidence de Mon")
    present = [d.P("M. Bernard LACOMBE", at="Présents :"),
               d.P("Mme Nicole FAURIE"), d.P("M. Jean-Pierre VEYSSIÈRE"),
               d.P("Mme Élodie CHASTANG"),
               d.S("M. Marc DUPONT- MOREL", "M.", "Marc", "DUPONT-MOREL"),
               d.P("Mme Sylvie BORIE"), d.P("M. Christian MAZEAUD"), d.P("Mme Laure PEYRAT"),
               d.P("M. Hugo SAGNE"), d.P("Mme Monique TRONCHE"), d.P("M. Fabien DELPY")]
    x1 = d.P("Mme Sophie LAVAUD", at="Absents excusés")
    p1 = d.proxy(x1, "Mme Nicole FAURIE")
    x2 = d.P("M. Éric CHAMBRE")
    p2 = d.proxy(x2, "M. Bernard LACOMBE")
    absent = [d.P("Mme Valérie COUDERT", at="Absente :")]
    sec = d.P("Mme Laure PEYRAT", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=14, present_n=11,
                     represented=None, voting=13)
    session = {"date": "2026-03-03", "place": "mairie", "convened_on": "2026-02-24",
               "president": pres, "secretary": sec}
    d.reset("Délibération n° 2026-008")
    visas = [d.clause("Vu la délibé- ration n° 2025-071 du 9 décembre 2025 fixant les tarifs "
                      "des services périscolaires ;"),
             d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2311-7 ;"),
             d.clause("Vu le code de la voirie routière, et notamment son article L. 141-3 ;")]
    d.reset("Délibération n° 2026-009")
    cons = [d.clause("Considérant l'intérêt de la manifestation pour l'animation de la "
                     "commune ;")]
    d.reset("Délibération n° 2026-008")
    verb = d.span("DÉCIDE")
    d.reset("Délibération n° 2026-008")
    votes = [d.vote("par 10 voix pour, 2 voix contre (M. Hugo SAGNE, Mme Monique TRONCHE) "
                    "et 1 abstention (M. Fabien DELPY)", for_=10, against=2, abstention=1),
             d.vote("à l'unanimité des votants (12 voix pour)", for_=12, unanimous=True),
             d.vote("par 7 voix contre, 5 voix pour et 1 abstention", for_=5, against=7,
                    abstention=1, result="rejected")]
    sigs = [d.signature(r, n, r.rstrip(","), n, "Saint-Médard-en-Brévière", "2026-03-10",
                        at="Fait à Saint")
            for r, n in (("Le Maire,", "Bernard LACOMBE"),
                         ("La secrétaire de séance,", "Laure PEYRAT"))]
    d.reset("Délibération n° 2026-008")
    amounts = [d.amount("3,85 €", 3.85), d.amount("6,20 €", 6.2),
               d.amount("3,85 €", 3.85), d.amount("6,20 €", 6.2),
               d.amount("1,00 €", 1), d.amount("6 800 €", 6800),
               d.amount("1 500 €", 1500), d.amount("1 500 €", 1500),
               d.amount("2 400,00 €", 2400)]
    d.reset("Séance du mardi")
    dates = [d.date("mardi 3 mars 2026", "2026-03-03"),
             d.date("L'an deux mille vingt-six, le trois mars", "2026-03-03"),
             d.date("24 février 2026", "2026-02-24"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("14 juin 2026", "2026-06-14"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("samedi 21 mars 2026", "2026-03-21"),
             d.date("10 mars 2026", "2026-03-10")]
    d.reset("Le quorum")
    refs = [d.ref("deliberation", "Délibération n° 2026-008", number="2026-008"),
            d.ref("deliberation", "délibé- ration n° 2025-071 du 9 décembre 2025",
                  number="2025-071", date="2025-12-09"),
            d.ref("deliberation", "délibération du 9 décembre 2025", date="2025-12-09"),
            d.ref("deliberation", "Délibération n° 2026-009", number="2026-009"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2311-7", code=CGCT, articles=["L.2311-7"]),
            d.ref("deliberation", "Délibération n° 2026-010", number="2026-010"),
            d.ref("code", "code de la voirie routière, et notamment son article L. 141-3",
                  code=CVR, articles=["L.141-3"])]
    d.reset()
    ids = [d.ident("postal_code", "19250", "19250"),
           d.ident("phone", "05 55 94 30 12", "0555943012"),
           d.ident("email", "mairie@saint-medard-en-breviere.fr",
                   "mairie@saint-medard-en-breviere.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-MÉDARD-EN-BRÉVIÈRE", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL Séance du mardi 3 mars 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_julien_terrasse():
    """ARRÊTÉ pasted from a word processor: TAB between label and value in
    the letterhead, "Nº" (U+00BA), "nº", "n°", NBSP / NARROW NBSP inside
    amounts, dates, article numbers and before ":" ";" "€", BULLETS "•"
    (visas), "–" (considérants, prescriptions), Wingdings "" (U+F0A7) and
    "o" (sub-lists), smart quotes and apostrophes, "Article n : Heading"
    with a tab before the heading, an amount also in words."""
    d = DocH("commune-saint-julien-du-tertre-arrete-terrasse-2026-112")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2212-1, L. 2212-2 et L. 2213-6 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et "
                      "notamment ses articles L. 2122-1 à L. 2122-3 et L. 2125-1 ;"),
             d.clause("Vu la délibération du conseil municipal nº 2025-087 du 9 décembre "
                      "2025 fixant les tarifs des droits de place et d’occupation du domaine "
                      "public pour l’année 2026 ;"),
             d.clause("Vu la demande présentée le 2 mars 2026 par Mme Isabelle RENOU, gérante "
                      "de la SARL “Les Tilleuls”, SIRET : 853 247 195 00011, sollicitant "
                      "l’autorisation d’installer une terrasse devant son établissement ;")]
    cons = [d.clause("Considérant qu’il convient de réglementer l’occupation du domaine public "
                     "afin de garantir la sécurité et la commodité du passage des piétons ;"),
            d.clause("Considérant que la largeur du trottoir permet de maintenir un "
                     "cheminement libre d’au moins 1,40 m ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", "Objet", "Article 1er : Objet", "La SARL", "de 8 h à 23 h."),
            art(d, "2", "Redevance", "Article 2 : Redevance", "L’occupation est",
                "émis par la commune."),
            art(d, "3", "Prescriptions", "Article 3 : Prescriptions", "Le bénéficiaire",
                "sans indemnité."),
            art(d, "4", "Caractère de l’autorisation",
                "Article 4 : Caractère de l’autorisation", "La présente autorisation",
                "ni sous-louée."),
            art(d, "5", "Recours", "Article 5 : Recours", "Le présent arrêté peut",
                "www.telerecours.fr."),
            art(d, "6", "Exécution", "Article 6 : Exécution", "Le Directeur général",
                "notifié à l’intéressée.")]
    sigs = [d.signature("Le Maire,", "Philippe GODARD", "Le Maire", "Philippe GODARD",
                        "Saint-Julien-du-Tertre", "2026-03-16", at="Fait à Saint")]
    d.reset("Article 2")
    amounts = [d.amount("18,50 €", 18.5), d.amount("444,00 €", 444),
               d.amount("600,00 €", 600), d.amount("1 044,00 €", 1044),
               d.amount("mille quarante-quatre euros", 1044)]
    d.reset()
    dates = [d.date("9 décembre 2025", "2025-12-09"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("31 octobre 2026", "2026-10-31"),
             d.date("16 mars 2026", "2026-03-16")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2212-1, L. 2212-2 et L. 2213-6", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-6"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment "
                  "ses articles L. 2122-1 à L. 2122-3 et L. 2125-1", code=CGPPP,
                  articles=["L.2122-1", "L.2122-3", "L.2125-1"]),
            d.ref("deliberation", "délibération du conseil municipal nº 2025-087 du 9 "
                  "décembre 2025", number="2025-087", date="2025-12-09"),
            d.ref("deliberation", "délibération n° 2025-087", number="2025-087")]
    d.reset()
    ids = [d.ident("postal_code", "37190", "37190"),
           d.ident("phone", "02\u00a047\u00a045\u00a018\u00a062", "0247451862"),
           d.ident("email", "domaine.public@saint-julien-du-tertre.fr",
                   "domaine.public@saint-julien-du-tertre.fr"),
           d.ident("siret", "853\u00a0247\u00a0195\u00a000011", "85324719500011"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    for i in ids:  # NBSP inside the printed number: text collapsed to plain blanks
        i["text"] = _goldlib.collapse(i["text"])
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE SAINT-JULIEN-DU-TERTRE", "body": "Le Maire"},
            "2026-DP-112",
            "portant autorisation d’occupation temporaire du domaine public (terrasse "
            "commerciale « Le Café des Tilleuls »)",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def servance_annexe():
    """conseil communautaire délibération followed by its ANNEX TABLE laid
    out in blanks (Commune / Population / Contribution 2026, thousands
    separated by NARROW NBSP U+202F, NBSP before €) that CONTINUES OVER A
    PAGE BREAK WITH ITS HEADER ROW (and rule) REPEATED, "- n -" footers, a
    TOTAL row."""
    d = DocH("cc-pays-de-servance-deliberation-2026-052")
    pres = d.P("M. Jean-Luc MOUGENOT", at="sous la présidence")
    present = d.persons("M. Jean-Luc MOUGENOT", "Mme Odile GRANDJEAN", "M. Patrice VUILLEMIN",
                        "Mme Annie CUENOT", "M. Denis PERRIN", "Mme Colette BOURGEOIS",
                        "M. Hervé MOUGIN", "Mme Brigitte LAURENT", "M. Gilles RAPENNE",
                        "Mme Nathalie CLAUDEL", "M. Franck GALMICHE", "Mme Chantal BRIOT",
                        "M. Sylvain PHEULPIN", "Mme Karine DEMOUGE", at="Présents : M.")
    p1 = d.proxy("M. Michel COURTOIS", "M. Jean-Luc MOUGENOT", at="Pouvoirs :")
    p2 = d.proxy("Mme Irène VALDENAIRE", "Mme Odile GRANDJEAN")
    absent = d.persons("M. Bernard HUMBERT", "M. Laurent JACQUOT", at="Absents :")
    sec = d.P("Mme Karine DEMOUGE", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2], in_office=18, present_n=14,
                     represented=2, voting=16)
    session = {"date": "2026-03-19", "place": "salle du conseil du siège",
               "convened_on": "2026-03-12", "president": pres, "secretary": sec}
    d.reset("Secrétaire de séance")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 5211-4-2 ;"),
             d.clause("Vu l'arrêté préfectoral n° 70-2025-11-28-004 du 28 novembre 2025 "
                      "portant modification des statuts de la communauté de communes ;"),
             d.clause("Vu la délibération n° CC-2025-118 du 11 décembre 2025 portant création "
                      "du service commun de lecture publique ;")]
    cons = [d.clause("Considérant que le coût net du service pour 2026, soit 30 003,20 €, est "
                     "réparti entre les communes membres au prorata de leur population, soit "
                     "3,20 € par habitant ;")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver la répartition",
                "annexé à la présente délibération."),
            art(d, "2", None, "Article 2 :", "Les contributions", "30 juin 2026."),
            art(d, "3", None, "Article 3 :", "Le Président est autorisé",
                "la présente délibération.")]
    sigs = [d.signature("Le Président,", "Jean-Luc MOUGENOT", "Le Président",
                        "Jean-Luc MOUGENOT", "Servance-les-Forges", "2026-03-19",
                        at="Fait à Servance")]
    d.reset("Considérant que le coût")
    amounts = [d.amount("30 003,20 €", 30003.2), d.amount("3,20 €", 3.2),
               d.amount("3,20 €", 3.2, at="ANNEXE")]
    for t, v in (("7 737,60 €", 7737.6), ("3 603,20 €", 3603.2), ("1 094,40 €", 1094.4),
                 ("1 657,60 €", 1657.6), ("2 774,40 €", 2774.4), ("4 176,00 €", 4176),
                 ("684,80 €", 684.8), ("499,20 €", 499.2), ("1 315,20 €", 1315.2),
                 ("2 198,40 €", 2198.4), ("3 337,60 €", 3337.6), ("924,80 €", 924.8),
                 ("30 003,20 €", 30003.2)):
        amounts.append(d.amount(t, v))
    d.reset()
    dates = [d.date("jeudi 19 mars 2026", "2026-03-19"),
             d.date("dix-neuf mars deux mille vingt-six", "2026-03-19"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("28 novembre 2025", "2025-11-28"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("19 mars 2026", "2026-03-19", at="Fait à Servance"),
             d.date("23/03/2026", "2026-03-23")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 5211-4-2", code=CGCT, articles=["L.5211-4-2"]),
            d.ref("arrete", "arrêté préfectoral n° 70-2025-11-28-004 du 28 novembre 2025",
                  number="70-2025-11-28-004", date="2025-11-28"),
            d.ref("deliberation", "délibération n° CC-2025-118 du 11 décembre 2025",
                  number="CC-2025-118", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "70310", "70310"),
           d.ident("siren", "247 000 417", "247000417"),
           d.ident("phone", "03 84 20 47 15", "0384204715")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE SERVANCE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "CC-2026-052",
            "Service commun de lecture publique – répartition des contributions "
            "communales pour 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    varennes_stamped()
    saint_medard_pv()
    saint_julien_terrasse()
    servance_annexe()
