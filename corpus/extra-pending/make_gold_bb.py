#!/usr/bin/env python3
"""Hand-written gold for the blind set BB (corpusBB) of corpus/extra-pending
(see README.md, section "Blind set (corpusBB)").
Run: python3 make_gold_bb.py

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
from _goldlib import CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
ROUTE = "Code de la route"


def saint_aubin_bs():
    """BUDGET SUPPLÉMENTAIRE délibération, amounts in every spelling."""
    d = DocH("commune-saint-aubin-des-olmes-budget-supplementaire-2026-041")
    pres = d.P("M. Gilles PONCET", at="sous la")
    present = d.persons("M. Gilles PONCET", "Mme Annie FAYOLLE", "M. Régis BONNEFOY",
                        "Mme Karine DUCREUX", "M. Thierry GARDETTE", "Mme Sandrine VIALLON",
                        "M. Maxime CHAVAGNEUX", "Mme Odile PEYRON", "M. Alain BRUYÈRE",
                        "Mme Lucie MATHEVON", "M. Patrice ROCHETTE", "Mme Élodie GUILLOT",
                        at="Présents (12)")
    p1 = d.proxy("Mme Brigitte SOUVIGNET", "M. Gilles PONCET", at="Procurations (2)")
    p2 = d.proxy("M. Fabien RIVOLLIER", "Mme Annie FAYOLLE")
    absent = [d.P("M. Jérôme TISSOT", at="Absent (1)")]
    sec = d.P("Mme Lucie MATHEVON", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2], in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-06-25", "place": "mairie", "convened_on": "2026-06-18",
               "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 1612-11 et L. 2311-1 ;"),
             d.clause("Vu la délibération n° 2026-012 du 26 mars 2026 adoptant le budget\n"
                      "primitif 2026 ;"),
             d.clause("Vu la délibération n° 2026-029 du 28 mai 2026 approuvant le compte\n"
                      "administratif 2025 ;")]
    cons = [d.clause("Considérant que le budget supplémentaire reprend les résultats de\n"
                     "l'exercice 2025 et ajuste les crédits votés au budget primitif ;")]
    votes = [d.vote("par 12 voix pour et\n2 voix contre (M. Alain BRUYÈRE, Mme Élodie GUILLOT)",
                    for_=12, against=2)]
    verb = d.span("DÉCIDE", at="GUILLOT),")
    arts = [art(d, "1", None, "Article 1er :", "D'adopter", "section d'investissement."),
            art(d, "2", None, "Article 2 :", "D'affecter", "au compte 1068."),
            art(d, "3", None, "Article 3 :", "D'attribuer", "enveloppe de 6 000 €."),
            art(d, "4", None, "Article 4 :", "De fixer", "1er juillet 2026.")]
    sigs = [d.signature("Le Maire,", "Gilles PONCET", "Le Maire", "Gilles PONCET",
                        "Saint-Aubin-des-Olmes", "2026-06-26", at="Fait à Saint")]
    d.reset("EXPOSÉ DES MOTIFS")
    amounts = [d.amount("1.250.000 €", 1250000), d.amount("1 250 000,00 EUR", 1250000),
               d.amount("1,25 million d'euros", 1250000),
               d.amount("612 €", 612), d.amount("748 €", 748),
               d.amount("1,2 Md€", 1200000000), d.amount("5 €", 5),
               d.amount("3 500 €", 3500, tax="HT"),
               d.amount("500", 500, at="comprises entre"), d.amount("1 000 €", 1000),
               d.amount("10 000", 10000, at="qui passe de"), d.amount("15 000 euros", 15000),
               d.amount("0,45 €", 0.45), d.amount("15000 euros", 15000),
               d.amount("1 312 400,00 €", 1312400), d.amount("1 498 250,00 €", 1498250),
               d.amount("1.250.000 €", 1250000),
               d.amount("500 €", 500), d.amount("1 000 €", 1000), d.amount("6 000 €", 6000),
               d.amount("0,45 €", 0.45)]
    d.reset()
    dates = [d.date("jeudi 25 juin 2026", "2026-06-25"),
             d.date("vingt-cinq juin deux mille vingt-six", "2026-06-25"),
             d.date("18 juin 2026", "2026-06-18"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("28 mai 2026", "2026-05-28"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("26 juin 2026", "2026-06-26"),
             d.date("29/06/2026", "2026-06-29")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 1612-11 et L. 2311-1", code=CGCT,
                  articles=["L.1612-11", "L.2311-1"]),
            d.ref("deliberation", "délibération n° 2026-012 du 26 mars 2026",
                  number="2026-012", date="2026-03-26"),
            d.ref("deliberation", "délibération n° 2026-029 du 28 mai 2026",
                  number="2026-029", date="2026-05-28")]
    d.reset()
    ids = [d.ident("postal_code", "42510", "42510"),
           d.ident("siret", "214 209 181 00012", "21420918100012"),
           d.ident("acte", "042-214209181-20260625-2026041-DE",
                   "042-214209181-20260625-2026041-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-OLMES", "body": "Conseil municipal"},
            "2026-041", "Budget principal – Budget supplémentaire de l'exercice 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montfaucon_marche():
    """ARRÊTÉ of a marché de plein vent, dates in every spelling."""
    d = DocH("commune-montfaucon-sur-veyre-arrete-marche-plein-vent-2026-017")
    d.reset("Le Maire de la Ville")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2212-2, L. 2213-1 et L. 2224-18 ;"),
             d.clause("Vu le code de la route, et notamment son article R. 417-10 ;"),
             d.clause("Vu l'arrêté municipal n° PM-2025-044 du 01.03.2025 portant règlement\n"
                      "général des marchés ;"),
             d.clause("Vu la délibération n° 2025-118 du 2025-12-11 fixant les droits de place\n"
                      "pour l'exercice 2026 ;"),
             d.clause("Vu la demande de l'Union des commerçants non sédentaires reçue en mairie\n"
                      "le 12/02/26 ;")]
    cons = [d.clause("Considérant que le marché de plein vent de printemps se tiendra du 1er au\n"
                     "15 mars 2026 sur la place du Champ-de-Foire ;"),
            d.clause("Considérant que les travaux de reprise du réseau d'eau pluviale programmés\n"
                     "lundi 2 et mardi 3 mars 2026 imposent le déplacement de certains étals ;"),
            d.clause("Considérant qu'il appartient au Maire d'assurer la sûreté et la commodité\n"
                     "du passage dans les voies publiques ;")]
    verb = d.span("ARRÊTE", at="voies publiques")
    arts = [art(d, "1", "Horaires", "Article 1er – Horaires", "Du 01.03.2026",
                "au plus tard."),
            art(d, "2", "Stationnement", "Article 2 – Stationnement", "Le stationnement",
                "« Marché 2026 »."),
            art(d, "3", "Déplacement des étals", "Article 3 – Déplacement", "Lundi 2",
                "de 7h à 13h."),
            art(d, "4", "Droits de place", "Article 4 – Droits", "Les droits",
                "1er avril prochain."),
            art(d, "5", "Recours", "Article 5 – Recours", "Le présent arrêté",
                "Télérecours citoyens."),
            art(d, "6", "Exécution", "Article 6 – Exécution", "Le Directeur",
                "23.02.2026.")]
    sigs = [d.signature("Le Maire,", "Bernard CHAMBARD", "Le Maire", "Bernard CHAMBARD",
                        "Montfaucon-sur-Veyre", "2026-02-20", at="Fait à Montfaucon")]
    d.reset()
    dates = [d.date("2026-03-01", "2026-03-01"),
             d.date("01.03.2025", "2025-03-01"),
             d.date("2025-12-11", "2025-12-11"),
             d.date("12/02/26", "2026-02-12"),
             d.date("1er", "2026-03-01", at="se tiendra du"),
             d.date("15 mars 2026", "2026-03-15"),
             d.date("lundi 2", "2026-03-02"),
             d.date("mardi 3 mars 2026", "2026-03-03"),
             d.date("01.03.2026", "2026-03-01"),
             d.date("15/03/26", "2026-03-15"),
             d.date("dimanche 1er mars 2026", "2026-03-01"),
             d.date("dimanche 15 mars 2026", "2026-03-15"),
             d.date("Lundi 2", "2026-03-02"),
             d.date("mardi 3 mars 2026", "2026-03-03"),
             d.date("23.02.2026", "2026-02-23"),
             d.date("20 février 2026", "2026-02-20")]
    d.reset("Le Maire de la Ville")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2212-2, L. 2213-1 et L. 2224-18", code=CGCT,
                  articles=["L.2212-2", "L.2213-1", "L.2224-18"]),
            d.ref("code", "code de la route, et notamment son article R. 417-10", code=ROUTE,
                  articles=["R.417-10"]),
            d.ref("arrete", "arrêté municipal n° PM-2025-044 du 01.03.2025",
                  number="PM-2025-044", date="2025-03-01"),
            d.ref("deliberation", "délibération n° 2025-118 du 2025-12-11",
                  number="2025-118", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "38270", "38270"),
           d.ident("phone", "04 74 58 21 30", "0474582130"),
           d.ident("email", "police@montfaucon-sur-veyre.fr", "police@montfaucon-sur-veyre.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE MONTFAUCON-SUR-VEYRE", "body": "Le Maire"},
            "PM-2026-017",
            "portant réglementation du stationnement et de la circulation pendant le "
            "marché de plein vent de printemps 2026",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def orgeval_rgpd():
    """délibération of a SYNDICAT MIXTE designating its DPO, references in
    every spelling."""
    d = DocH("sm-numerique-val-d-orgeval-deliberation-rgpd-2026-09")
    pres = d.P("Mme Hélène VARENNE", at="sous la présidence")
    present = d.persons("Mme Hélène VARENNE", "M. Patrick DESCOMBES", "Mme Chantal LAURENCIN",
                        "M. Olivier MAZOYER", "Mme Nadia BOUCHOT", "M. Rémi PAQUELIN",
                        "M. Julien THOMASSET", at="Délégués présents")
    x1 = d.P("M. Guy CORTOT", at="Excusé ayant")
    p1 = d.proxy(x1, "Mme Hélène VARENNE")
    x2 = d.P("Mme Sylvie GRIVEAUD", at="Excusée :")
    sec = d.P("M. Julien THOMASSET", at="Secrétaire :")
    att = attendance(present, [x1, x2], [], [p1], in_office=9, present_n=7,
                     represented=1, voting=8)
    session = {"date": "2026-04-09", "place": "siège du syndicat",
               "convened_on": "2026-03-31", "president": pres, "secretary": sec}
    d.reset("Le comité syndical,\n")
    visas = [d.clause("Vu le règlement (UE) 2016/679 du 27 avril 2016 relatif à la protection\n"
                      "des personnes physiques à l'égard du traitement des données à caractère\n"
                      "personnel (RGPD), et notamment ses articles 37 à 39 ;"),
             d.clause("Vu la directive 2006/123/CE relative aux services dans le marché\n"
                      "intérieur ;"),
             d.clause("Vu la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique,\n"
                      "aux fichiers et aux libertés ;"),
             d.clause("Vu l'ordonnance n° 2021-1310 du 7 octobre 2021 portant réforme des règles\n"
                      "de publicité, d'entrée en vigueur et de conservation des actes pris par\n"
                      "les collectivités territoriales ;"),
             d.clause("Vu le décret n° 2022-1234 portant diverses dispositions relatives à la\n"
                      "protection des données ;"),
             d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2121-29 à L. 2121-34 et L. 5211-1 ;"),
             d.clause("Vu la délibération n° CS-2024-21 du 12 décembre 2024 portant délégation\n"
                      "d'attributions au Président (CGCT art. L2122-22 4°) ;"),
             d.clause("Vu la circulaire NOR : INTB2012345C relative à la mise en conformité des\n"
                      "collectivités avec le RGPD ;")]
    cons = [d.clause("Considérant que l'article 1er de la loi du 6 janvier 1978 dispose que\n"
                     "l'informatique doit être au service de chaque citoyen ;"),
            d.clause("Considérant que la désignation d'un délégué à la protection des données\n"
                     "est obligatoire pour les autorités publiques en application de\n"
                     "l'article 37 du règlement (UE) 2016/679 ;")]
    votes = [d.vote("à l'unanimité des suffrages exprimés", unanimous=True)]
    verb = d.span("DÉCIDE", at="suffrages exprimés,")
    arts = [art(d, "1", None, "Article 1 :", "De désigner", "dpo@numerique-orgeval.fr."),
            art(d, "2", None, "Article 2 :", "D'adopter", "https://www.numerique-orgeval.fr."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "s'y rapportant.")]
    sigs = [d.signature("La Présidente,", "Hélène VARENNE", "La Présidente", "Hélène VARENNE",
                        "Montceau-les-Forges", "2026-04-10", at="Pour extrait")]
    d.reset()
    dates = [d.date("9 AVRIL 2026", "2026-04-09"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("27 avril 2016", "2016-04-27"),
             d.date("6 janvier 1978", "1978-01-06"),
             d.date("7 octobre 2021", "2021-10-07"),
             d.date("12 décembre 2024", "2024-12-12"),
             d.date("6 janvier 1978", "1978-01-06"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("14/04/2026", "2026-04-14")]
    d.reset("Le comité syndical,\n")
    # the articles after the title ("(RGPD), et notamment ses articles 37
    # à 39") belong to the règlement, as the loi's "…, et notamment son
    # article 94" of corpus/extra (Nièvre, Indre): text to the articles,
    # both ends of the range (corrected after the first run)
    refs = [d.ref("reglement", "règlement (UE) 2016/679 du 27 avril 2016 relatif à la protection\n"
                  "des personnes physiques à l'égard du traitement des données à caractère\n"
                  "personnel (RGPD), et notamment ses articles 37 à 39", number="2016/679",
                  date="2016-04-27", articles=["37", "39"]),
            d.ref("directive", "directive 2006/123/CE", number="2006/123/CE"),
            d.ref("loi", "loi n° 78-17 du 6 janvier 1978", number="78-17", date="1978-01-06"),
            d.ref("ordonnance", "ordonnance n° 2021-1310 du 7 octobre 2021",
                  number="2021-1310", date="2021-10-07"),
            d.ref("decret", "décret n° 2022-1234", number="2022-1234"),
            d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2121-29 à L. 2121-34 et L. 5211-1", code=CGCT,
                  articles=["L.2121-29", "L.2121-34", "L.5211-1"]),
            d.ref("deliberation", "délibération n° CS-2024-21 du 12 décembre 2024",
                  number="CS-2024-21", date="2024-12-12"),
            d.ref("code", "CGCT art. L2122-22", code=CGCT, articles=["L2122-22"]),
            d.ref("circulaire", "circulaire NOR : INTB2012345C", number="INTB2012345C"),
            d.ref("loi", "article 1er de la loi du 6 janvier 1978", date="1978-01-06",
                  articles=["1er"]),
            d.ref("reglement", "article 37 du règlement (UE) 2016/679", number="2016/679",
                  articles=["37"])]
    d.reset()
    ids = [d.ident("postal_code", "71300", "71300"),
           d.ident("siren", "213 802 770", "213802770"),
           d.ident("phone", "03 85 57 12 40", "0385571240"),
           d.ident("email", "dpo@numerique-orgeval.fr", "dpo@numerique-orgeval.fr"),
           d.ident("url", "https://www.numerique-orgeval.fr", "https://www.numerique-orgeval.fr"),
           d.ident("acte", "071-213802770-20260409-CS2026_09-DE",
                   "071-213802770-20260409-CS2026_09-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE NUMÉRIQUE DU VAL D'ORGEVAL",
             "body": "COMITÉ SYNDICAL"},
            "CS-2026-09",
            "Désignation du délégué à la protection des données et adoption de la "
            "politique de protection des données personnelles",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_cyr_convention():
    """CONVENTION commune / SAS, identifiers in every spelling."""
    d = DocH("commune-saint-cyr-des-monts-convention-paiement-en-ligne-2026-052")
    verb = d.span("IL A ÉTÉ CONVENU CE QUI SUIT")
    arts = [art(d, "1", "OBJET", "ARTICLE 1 – OBJET", "Le Prestataire met",
                "saint-cyr-des-monts.fr/factures."),
            art(d, "2", "DURÉE", "ARTICLE 2 – DURÉE", "La convention", "1er juin 2026."),
            art(d, "3", "CONDITIONS FINANCIÈRES", "ARTICLE 3 –", "La Commune verse",
                "7890 185."),
            art(d, "4", "ASSISTANCE", "ARTICLE 4 –", "Le Prestataire assure",
                "finances@saint-cyr-des-monts.fr)."),
            art(d, "5", "DONNÉES PERSONNELLES", "ARTICLE 5 –", "Le Prestataire agit",
                "paylocal-services.fr/rgpd."),
            art(d, "6", "RÉSILIATION ET LITIGES", "ARTICLE 6 –", "Chaque partie",
                "Lyon Cedex 03.")]
    sigs = [d.signature("Pour la Commune,", "François DUMONTET", "Pour la Commune, Le Maire",
                        "François DUMONTET", "Saint-Cyr-des-Monts", "2026-05-20",
                        at="Fait à Saint"),
            d.signature("Pour le Prestataire,", "Claire VERNAY",
                        "Pour le Prestataire, La Présidente", "Claire VERNAY",
                        "Saint-Cyr-des-Monts", "2026-05-20", at="Fait à Saint")]
    d.reset()
    amounts = [d.amount("40 000 €", 40000), d.amount("1 800,00 €", 1800, tax="HT"),
               d.amount("0,25 €", 0.25, tax="HT")]
    d.reset()
    dates = [d.date("12 mai 2026", "2026-05-12"), d.date("1er juin 2026", "2026-06-01"),
             d.date("27 avril 2016", "2016-04-27"),
             d.date("20 mai 2026", "2026-05-20")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nn° 2026-052 du 12 mai 2026", number="2026-052",
                  date="2026-05-12"),
            d.ref("reglement", "article 28\ndu règlement (UE) 2016/679 du 27 avril 2016",
                  number="2016/679", date="2016-04-27", articles=["28"]),
            d.ref("deliberation", "délibération n° 2026-052", number="2026-052",
                  at="Convention annexée")]
    d.reset()
    ids = [d.ident("postal_code", "69290", "69290"),
           d.ident("phone", "04 78 45 20 90", "0478452090"),
           d.ident("phone", "04.78.45.20.99", "0478452099"),
           d.ident("email", "mairie@saint-cyr-des-monts.fr", "mairie@saint-cyr-des-monts.fr"),
           d.ident("url", "www.saint-cyr-des-monts.fr", "www.saint-cyr-des-monts.fr"),
           d.ident("siret", "216 904 128 00016", "21690412800016"),
           d.ident("postal_code", "69290", "69290"),
           d.ident("siren", "803 472 158", "803472158"),
           d.ident("siret", "80347215800010", "80347215800010"),
           d.ident("postal_code", "69002", "69002"),
           d.ident("url", "https://paiement.saint-cyr-des-monts.fr/factures",
                   "https://paiement.saint-cyr-des-monts.fr/factures"),
           d.ident("iban", "FR76 3000 1007 9412 3456 7890 185", "FR7630001007941234567890185"),
           d.ident("phone", "+33 (0)4 72 38 15 60", "+33472381560"),
           d.ident("phone", "04.72.38.15.61", "0472381561"),
           d.ident("email", "support@paylocal-services.fr", "support@paylocal-services.fr"),
           d.ident("url", "www.paylocal-services.fr/aide", "www.paylocal-services.fr/aide"),
           d.ident("phone", "04 78 45 20 93", "0478452093"),
           d.ident("email", "finances@saint-cyr-des-monts.fr",
                   "finances@saint-cyr-des-monts.fr"),
           d.ident("url", "https://www.paylocal-services.fr/rgpd",
                   "https://www.paylocal-services.fr/rgpd"),
           d.ident("postal_code", "69433", "69433"),
           d.ident("acte", "069-216904128-20260512-2026_052-DE",
                   "069-216904128-20260512-2026_052-DE")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-CYR-DES-MONTS", "body": None},
            "CONV-2026-052",
            "CONVENTION DE SERVICE POUR LA MISE EN PLACE D'UN PORTAIL DE PAIEMENT EN LIGNE "
            "DES FACTURES MUNICIPALES",
            dec={"verb": "IL A ÉTÉ CONVENU CE QUI SUIT", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_aubin_bs()
    montfaucon_marche()
    orgeval_rgpd()
    saint_cyr_convention()
