#!/usr/bin/env python3
"""Hand-written gold for the blind set AQ (corpusAQ) of corpus/extra-pending
(see README.md, section "Blind set (corpusAQ)").
Run: python3 make_gold_aq.py

Same conventions and tooling as make_gold_ap.py (corpus/extra/_goldlib.py,
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
from _goldlib import CASF, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CROUTE = "Code de la route"


def cias_montbrelle():
    """Délibération of a CIAS CONSEIL D'ADMINISTRATION: president de droit
    (président of the communauté) named only in the séance sentence, TWO
    PRESENT LISTS "Membres élus par le conseil communautaire présents :" /
    "Membres nommés par le Président présents :" (office and association
    in brackets after names), "(élu)" / "(nommée)" tags in the proxy and
    absent lines, one advisory person."""
    d = DocH("cias-pays-de-montbrelle-ca-2026-11")
    pres = d.P("M. Bernard VILLEDIEU", at="sous la présidence de")
    present = d.persons("Mme Odile PERRAULT", "M. Hervé GUÉRINEAU", "Mme Sandrine LEBAS",
                        "M. Patrice\nCOCHIN", "Mme Line MARCHAIS",
                        at="Membres élus par le conseil")
    present += d.persons("M. Jacques DELAUNAY", "Mme Farida BOUZIANE", "M. Luc RENOUARD",
                         "Mme Agnès TROUVÉ", at="Membres nommés par le Président")
    x1 = d.P("M. Gérard POUPARD", at="Excusés ayant donné")
    p1 = d.proxy(x1, d.P("Mme Odile\nPERRAULT"))
    x2 = d.P("Mme Claire VANNIER")
    p2 = d.proxy(x2, d.P("M. Luc RENOUARD"))
    absent = [d.P("Mme Yvette LORIOT", at="Absente :")]
    adv = [d.P("Mme Nadège\nFOUCHER", at="Assistait également")]
    sec = d.P("Mme Sandrine LEBAS", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], adv_p=adv, in_office=13,
                     present_n=10, represented=2, voting=12)
    session = {"date": "2026-04-16",
               "place": "siège de la communauté de communes, salle du Conseil",
               "convened_on": "2026-04-08", "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code de l'action sociale et des familles, et notamment ses articles\n"
                      "L. 123-5, L. 123-6 et R. 123-21 ;"),
             d.clause("Vu la délibération du conseil communautaire n° 2015-064 du 24 septembre\n"
                      "2015 portant création du CIAS du Pays de Montbrelle ;"),
             d.clause("Vu la délibération n° CA-2023-07 du 30 mars 2023 adoptant le règlement\n"
                      "intérieur des aides facultatives ;")]
    cons = [d.clause("Considérant la hausse des demandes de secours d'urgence constatée en 2025\n"
                     "(312 dossiers contre 241 en 2024) ;"),
            d.clause("Considérant l'avis favorable de la commission permanente du CIAS réunie le\n"
                     "2 avril 2026 ;")]
    votes = [d.vote("à l'unanimité", unanimous=True, at="Après en avoir délibéré")]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [art(d, "1", None, "Article 1er :", "Le montant maximal", "par trimestre."),
            art(d, "2", None, "Article 2 :", "L'aide à la facture", "au fournisseur."),
            art(d, "3", None, "Article 3 :", "Le règlement intérieur", "de 48 000 €.")]
    sigs = [d.signature("Le Président du CIAS,", "Bernard VILLEDIEU", "Le Président du CIAS",
                        "Bernard VILLEDIEU", "Montbrelle", "2026-04-17", at="Fait à Montbrelle")]
    d.reset()
    amounts = [d.amount("150 €", 150), d.amount("200 €", 200), d.amount("350,00 €", 350),
               d.amount("48 000 €", 48000)]
    d.reset()
    dates = [d.date("jeudi 16 avril 2026", "2026-04-16"),
             d.date("seize avril deux mille vingt-six", "2026-04-16"),
             d.date("8 avril 2026", "2026-04-08"),
             d.date("24 septembre\n2015", "2015-09-24"),
             d.date("30 mars 2023", "2023-03-30"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("17 avril 2026", "2026-04-17"),
             d.date("20/04/2026", "2026-04-20"),
             d.date("21/04/2026", "2026-04-21")]
    d.reset()
    refs = [d.ref("code", "code de l'action sociale et des familles, et notamment ses articles\n"
                  "L. 123-5, L. 123-6 et R. 123-21", code=CASF,
                  articles=["L.123-5", "L.123-6", "R.123-21"]),
            d.ref("deliberation", "délibération du conseil communautaire n° 2015-064 du "
                  "24 septembre\n2015", number="2015-064", date="2015-09-24"),
            d.ref("deliberation", "délibération n° CA-2023-07 du 30 mars 2023",
                  number="CA-2023-07", date="2023-03-30")]
    d.reset()
    ids = [d.ident("postal_code", "28170", "28170"),
           d.ident("siret", "262 804 172 00019", "26280417200019"),
           d.ident("phone", "02 37 51 64 90", "0237516490")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE MONTBRELLE",
             "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2026-11",
            "Attribution des aides facultatives – révision du règlement intérieur des "
            "secours d'urgence",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_julien_circulation():
    """ARRÊTÉ TEMPORAIRE of circulation AND stationnement (braderie +
    roadworks): "ARTICLE PREMIER –" / "ARTICLE n –" in capitals, a DASH
    STREET LIST with HOUSE-NUMBER RANGES "(du n° 2 au n° 48)", DATE-TIME
    RANGES OVER MIDNIGHT "Du samedi 12 septembre 2026 à 5 h au dimanche /
    13 septembre 2026 à 1 h", hours "de 7 h 30 / à 18 h", "Le présent
    arrêté sera affiché …", an "Ampliation adressée à :" dash list."""
    d = DocH("commune-saint-julien-des-orves-arrete-circulation-2026-073")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6 ;"),
             d.clause("Vu le code de la route, et notamment ses articles R. 411-8 et R. 417-10 ;"),
             d.clause("Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la\n"
                      "signalisation des routes et autoroutes ;"),
             d.clause("Vu la demande de l'association « Les Commerçants Orvais » du 3 août 2026 ;"),
             d.clause("Vu la demande de l'entreprise TP BEAUCERONS (SIRET 812 473 098 00018) du\n"
                      "10 août 2026 ;")]
    cons = [d.clause("Considérant qu'il y a lieu d'assurer la sécurité des usagers et des\n"
                     "exposants pendant la braderie et la durée du chantier ;")]
    verb = d.span("ARRÊTE", at="chantier ;\n")
    arts = [art(d, "1", None, "ARTICLE PREMIER –", "Du samedi 12", "l'impasse du Lavoir."),
            art(d, "2", None, "ARTICLE 2 –", "Le stationnement", "parking de la Poste."),
            art(d, "3", None, "ARTICLE 3 –", "Du lundi 14", "à 30 km/h."),
            art(d, "4", None, "ARTICLE 4 –", "Une déviation", "chargée des travaux."),
            art(d, "5", None, "ARTICLE 5 –", "Tout véhicule", "du propriétaire."),
            art(d, "6", None, "ARTICLE 6 –", "Le présent arrêté", "de deux mois.")]
    sigs = [d.signature("Le Maire,", "Thierry CHAMPEAU", "Le Maire", "Thierry CHAMPEAU",
                        "Saint-Julien-des-Orves", "2026-08-28", at="Fait à Saint")]
    d.reset()
    amounts = [d.amount("130,50 €", 130.5)]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("3 août 2026", "2026-08-03"),
             d.date("10 août 2026", "2026-08-10"),
             d.date("samedi 12 septembre 2026", "2026-09-12"),
             d.date("dimanche\n13 septembre 2026", "2026-09-13"),
             d.date("vendredi 11 septembre\n2026", "2026-09-11"),
             d.date("dimanche 13 septembre 2026", "2026-09-13"),
             d.date("lundi 14 septembre 2026", "2026-09-14"),
             d.date("vendredi 25 septembre 2026", "2026-09-25"),
             d.date("28 août 2026", "2026-08-28")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-6"]),
            d.ref("code", "code de la route, et notamment ses articles R. 411-8 et R. 417-10",
                  code=CROUTE, articles=["R.411-8", "R.417-10"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("code", "article R. 417-10 du code de la route", code=CROUTE,
                  articles=["R.417-10"])]
    d.reset()
    ids = [d.ident("postal_code", "28330", "28330"),
           d.ident("phone", "02 37 29 40 11", "0237294011"),
           d.ident("email", "police.municipale@saint-julien-des-orves.fr",
                   "police.municipale@saint-julien-des-orves.fr"),
           d.ident("siret", "812 473 098 00018", "81247309800018"),
           d.ident("postal_code", "28000", "28000"),
           d.ident("postal_code", "28800", "28800")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-JULIEN-DES-ORVES", "body": "Le Maire"},
            "PM-2026-073",
            "PORTANT RÉGLEMENTATION DE LA CIRCULATION ET DU STATIONNEMENT À L'OCCASION DE "
            "LA BRADERIE D'AUTOMNE ET DE TRAVAUX DE VOIRIE",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vallieres_formulaire():
    """Délibération on the PRINTED FORM: a LEFT COLUMN of counts and dates
    ("Nombre de membres / afférents au Conseil : 19", "En exercice : 19",
    "Qui ont pris part / à la délibération : 17", "Date de la convocation :
    / 26 février 2026", "Date d'affichage : / 26 février 2026") printed ON
    THE SAME LINES as the séance sentence and the present list of the right
    column (names cut by a line end with left-column text between their
    halves); "Pouvoirs : X à Y", "Secrétaire :"; number and Objet AFTER the
    attendance; a dot-leader financing plan; vote "par 15 voix pour et / 2
    voix contre (names)"; dash verbs."""
    d = DocH("commune-vallieres-sur-ousse-deliberation-2026-014")
    pres = d.person_cols("Mme Hélène", "MARCHETTI", "Mme Hélène MARCHETTI",
                         at="sous la présidence de")
    d.reset("Présents :")
    present = [d.P("Mme Hélène MARCHETTI"),
               d.person_cols("M. Olivier", "DUBREUIL", "M. Olivier DUBREUIL"),
               d.P("Mme Catherine HUET"),
               d.P("M. Pascal\n                               LEMAIRE"),
               d.P("Mme Nathalie GIRARDEAU"),
               d.person_cols("M. Yves", "BARRAULT", "M. Yves BARRAULT"),
               d.P("Mme Monique CHAUVEAU"),
               d.person_cols("M. Didier", "PELLETIER", "M. Didier PELLETIER"),
               d.P("Mme Aurélie ROGER"),
               d.P("M. Sébastien\n                               HAMELIN"),
               d.P("Mme Sylvie BOURDON"),
               d.P("M. Julien\n                               FOUQUET"),
               d.P("Mme Laure TESSIER"),
               d.P("M. Christophe\n                               GAUTIER"),
               d.P("Mme Émilie NOËL")]
    proxies = [d.proxy("M. Alain MOREL", "Mme Hélène\n                               MARCHETTI",
                       at="Pouvoirs :"),
               d.proxy("Mme Josiane PICHON", "M. Olivier\n                               DUBREUIL")]
    absent = [d.P("M. Bruno LECOMTE", at="Absents :"),
              d.P("M. Kévin\n                               ROUSSEL")]
    sec = d.P("Mme Aurélie ROGER", at="Secrétaire :")
    att = attendance(present, [], absent, proxies, in_office=19, voting=17)
    session = {"date": "2026-03-05", "place": "mairie", "convened_on": "2026-02-26",
               "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2334-32 à L. 2334-39 ;"),
             d.clause("Vu la circulaire préfectorale du 12 janvier 2026 relative à la DETR ;")]
    votes = [d.vote("par 15 voix pour et\n2 voix contre (M. Didier PELLETIER, Mme Laure TESSIER)",
                    for_=15, against=2)]
    verb = d.span("APPROUVE", at="- APPROUVE")
    sigs = [d.signature("Le Maire,", "Hélène MARCHETTI", "Le Maire", "Hélène MARCHETTI",
                        "Vallières-sur-Ousse", "2026-03-06", at="Pour extrait")]
    d.reset()
    amounts = [d.amount("264 000,00 €", 264000, tax="HT"),
               d.amount("92 400,00 €", 92400),
               d.amount("52 800,00 €", 52800),
               d.amount("118 800,00 €", 118800),
               d.amount("264 000,00 €", 264000, tax="HT"),
               d.amount("92 400,00 €", 92400)]
    d.reset()
    dates = [d.date("5 mars 2026", "2026-03-05"),
             d.date("L'an deux mille vingt-six, le cinq mars", "2026-03-05"),
             d.date("26 février 2026", "2026-02-26"),
             d.date("26 février 2026", "2026-02-26"),
             d.date("12 janvier 2026", "2026-01-12"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("09/03/2026", "2026-03-09")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2334-32 à L. 2334-39", code=CGCT,
                  articles=["L.2334-32", "L.2334-39"]),
            d.ref("circulaire", "circulaire préfectorale du 12 janvier 2026", date="2026-01-12")]
    d.reset()
    ids = [d.ident("acte", "028-212801963-20260305-2026014-DE",
                   "028-212801963-20260305-2026014-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VALLIÈRES-SUR-OUSSE", "body": "CONSEIL MUNICIPAL"},
            "2026-014",
            "Rénovation énergétique de l'école Jules-Ferry – demande de subvention au titre "
            "de la DETR 2026",
            session=session, att=att, visas=visas,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def brezolles_decision():
    """DÉCISION DU MAIRE prise par délégation (L. 2122-22, 5°: louage de
    choses): "DÉCISION DU MAIRE N° DM-…" over "prise par délégation du
    conseil municipal" and a BRACKETED CODE LINE, "Le Maire de …,", four
    "Vu" (one a candidature), "DÉCIDE :", "Article n –", and after the
    signature a "COMPTE RENDU AU CONSEIL MUNICIPAL lors de sa séance du …"
    line with the L. 2122-23 article, then transmission / publication."""
    d = DocH("commune-brezolles-la-foret-decision-2026-dm-012")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2122-22, 5°, et L. 2122-23 ;"),
             d.clause("Vu la délibération n° 2020-031 du 28 mai 2020 par laquelle le conseil\n"
                      "municipal a délégué au Maire le pouvoir de décider de la conclusion et de\n"
                      "la révision du louage de choses pour une durée n'excédant pas douze ans ;"),
             d.clause("Vu la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les rapports\n"
                      "locatifs ;"),
             d.clause("Vu la candidature de Mme Laëtitia BRUNEAU reçue en mairie le 2 février\n"
                      "2026 ;")]
    cons = [d.clause("Considérant que le logement communal de type T3 est vacant depuis le\n"
                     "1er janvier 2026 ;")]
    verb = d.span("DÉCIDE", at="janvier 2026 ;")
    arts = [art(d, "1", None, "Article 1 –", "Le logement communal", "du 1er mars\n2026."),
            art(d, "2", None, "Article 2 –", "Le loyer mensuel", "signature du bail."),
            art(d, "3", None, "Article 3 –", "La recette", "budget communal."),
            art(d, "4", None, "Article 4 –", "La présente décision", "comptable public.")]
    sigs = [d.signature("Le Maire,", "Jean-Michel ROUSSELET", "Le Maire", "Jean-Michel ROUSSELET",
                        "Brézolles-la-Forêt", "2026-02-16", at="Fait à Brézolles")]
    d.reset()
    amounts = [d.amount("540,00 €", 540), d.amount("540 €", 540)]
    d.reset()
    dates = [d.date("28 mai 2020", "2020-05-28"),
             d.date("6 juillet 1989", "1989-07-06"),
             d.date("2 février\n2026", "2026-02-02"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("1er mars\n2026", "2026-03-01"),
             d.date("16 février 2026", "2026-02-16"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("17/02/2026", "2026-02-17"),
             d.date("17/02/2026", "2026-02-17")]
    d.reset()
    refs = [d.ref("code", "article L. 2122-22 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2122-22"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2122-22, 5°, et L. 2122-23", code=CGCT,
                  articles=["L.2122-22", "L.2122-23"]),
            d.ref("deliberation", "délibération n° 2020-031 du 28 mai 2020",
                  number="2020-031", date="2020-05-28"),
            d.ref("loi", "loi n° 89-462 du 6 juillet 1989", number="89-462",
                  date="1989-07-06"),
            d.ref("code", "article L. 2122-23 du CGCT", code=CGCT, articles=["L.2122-23"])]
    d.reset()
    ids = [d.ident("postal_code", "28270", "28270"),
           d.ident("email", "mairie@brezolles-la-foret.fr", "mairie@brezolles-la-foret.fr")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BRÉZOLLES-LA-FORÊT", "body": "Le Maire"},
            "DM-2026-012",
            "Location du logement communal situé 6 rue de l'Église",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    cias_montbrelle()
    saint_julien_circulation()
    vallieres_formulaire()
    brezolles_decision()
