#!/usr/bin/env python3
"""Hand-written gold for the blind set BH (corpusBH) of corpus/extra-pending
(see README.md, section "Blind set (corpusBH)"): four texts DENSE WITH LEGAL
REFERENCES cited in every way.
Run: python3 make_gold_bh.py

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
from _goldlib import CCP, CGCT, CGI, CGPPP, URBA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

ROUTE = "Code de la route"
PENAL = "Code pénal"


def villemagne_arrete():
    """arrêté du maire (police de la circulation) with DASH-PREFIXED "- Vu"
    and "- Considérant" lines and "Art. 1er. –" articles."""
    d = DocH("commune-villemagne-sur-arize-arrete-circulation-2026-0412")
    d.reset("Le Maire de la commune")
    visas = [d.clause("Vu les articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6-1 du\n"
                      "code général des collectivités territoriales ;"),
             d.clause("Vu l'article R. 411-8 du code de la route ;"),
             d.clause("Vu les articles R. 610-5 et R. 632-1 du code pénal ;"),
             d.clause("Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la\n"
                      "signalisation des routes et des autoroutes ;"),
             d.clause("Vu l'instruction interministérielle sur la signalisation routière\n"
                      "(livre I, 8e partie – signalisation temporaire) ;"),
             d.clause("Vu l'arrêté préfectoral n° 2026-DDT-SR-045 du 3 février 2026 portant\n"
                      "réglementation des manifestations sur les routes départementales ;"),
             d.clause("Vu l'arrêté municipal n° 2025/118 du 12 juillet 2025 portant\n"
                      "réglementation permanente du stationnement place du Foirail ;"),
             d.clause("Vu la demande présentée par le comité des fêtes le 2 juin 2026 ;")]
    cons = [d.clause("Considérant que la fête locale attire chaque année plus de trois mille\n"
                     "visiteurs et qu'il importe d'assurer la sécurité des piétons ;"),
            d.clause("Considérant qu'il y a lieu, pendant la durée de la fête, de suspendre\n"
                     "les articles 1er et 2 de l'arrêté susvisé ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Art. 1er. –", "Du vendredi", "départementale n° 15."),
            art(d, "2", None, "Art. 2. –", "Pendant la même", "sont suspendus."),
            art(d, "3", None, "Art. 3. –", "Une déviation", "techniques\nmunicipaux."),
            art(d, "4", None, "Art. 4. –", "Les infractions", "du même\ncode."),
            art(d, "5", None, "Art. 5. –", "Le présent arrêté peut", "www.telerecours.fr."),
            art(d, "6", None, "Art. 6. –", "Le commandant", "du présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Bernard CAZALS", "Le Maire", "Bernard CAZALS",
                        "Villemagne-sur-Arize", "2026-07-20", at="Le Maire,\n\nBernard")]
    d.reset()
    amounts = [d.amount("38 €", 38)]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("3 février 2026", "2026-02-03"),
             d.date("12 juillet 2025", "2025-07-12"),
             d.date("2 juin 2026", "2026-06-02"),
             d.date("vendredi 14 août 2026", "2026-08-14"),
             d.date("dimanche 16 août\n2026", "2026-08-16"),
             d.date("20 juillet 2026", "2026-07-20")]
    d.reset("Le Maire de la commune")
    refs = [d.ref("code", "articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6-1 du\n"
                  "code général des collectivités territoriales", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-6-1"]),
            d.ref("code", "article R. 411-8 du code de la route", code=ROUTE,
                  articles=["R.411-8"]),
            d.ref("code", "articles R. 610-5 et R. 632-1 du code pénal", code=PENAL,
                  articles=["R.610-5", "R.632-1"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967",
                  date="1967-11-24"),
            d.ref("arrete", "arrêté préfectoral n° 2026-DDT-SR-045 du 3 février 2026",
                  number="2026-DDT-SR-045", date="2026-02-03"),
            d.ref("arrete", "arrêté municipal n° 2025/118 du 12 juillet 2025",
                  number="2025/118", date="2025-07-12"),
            d.ref("code", "article R. 417-10 du code de la\nroute", code=ROUTE,
                  articles=["R.417-10"]),
            d.ref("arrete", "articles 1er et 2 de\nl'arrêté municipal n° 2025/118",
                  number="2025/118", articles=["1er", "2"]),
            d.ref("code", "articles L. 325-1 à L. 325-3 du même\ncode", code=ROUTE,
                  articles=["L.325-1", "L.325-3"])]
    d.reset()
    ids = [d.ident("postal_code", "09350", "09350"),
           d.ident("phone", "05 61 69 42 10", "0561694210"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VILLEMAGNE-SUR-ARIZE", "body": "Le Maire"},
            "2026-0412",
            "réglementant temporairement la circulation et le stationnement rue du "
            "Pont-Vieux et place du Foirail pendant la fête locale",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def breche_rgpd():
    """délibération of a COMMUNAUTÉ URBAINE whose visas are GROUPED UNDER
    SUB-HEADINGS ("Textes européens" / "Textes nationaux"), counts on one
    line separated by "|", EU and national texts."""
    d = DocH("cu-val-de-breche-deliberation-2026-118")
    pres = d.P("M. Thierry VAUDREY", at="présidence de")
    sec = d.P("Mme Claire ODIN", at="Secrétaire de séance")
    att = attendance(in_office=64, present_n=52, represented=7, voting=59)
    session = {"date": "2026-06-25", "place": None, "convened_on": "2026-06-19",
               "president": pres, "secretary": sec}
    d.reset("Textes européens")
    visas = [d.clause("Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27\n"
                      "avril 2016 relatif à la protection des personnes physiques à l'égard du\n"
                      "traitement des données à caractère personnel (RGPD) ;"),
             d.clause("Vu la directive 2014/24/UE du Parlement européen et du Conseil du 26\n"
                      "février 2014 sur la passation des marchés publics ;"),
             d.clause("Vu la loi du 29 juillet 1881 sur la liberté de la presse ;"),
             d.clause("Vu la loi organique n° 2021-467 du 19 avril 2021 relative à la\n"
                      "simplification des expérimentations locales ;"),
             d.clause("Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l'engagement dans la\n"
                      "vie locale et à la proximité de l'action publique, dite « Engagement et\n"
                      "proximité » ;"),
             d.clause("Vu l'ordonnance n° 2018-1074 du 26 novembre 2018 portant partie\n"
                      "législative du code de la commande publique ;"),
             d.clause("Vu le décret n° 2018-1075 du 3 décembre 2018 portant partie réglementaire\n"
                      "du code de la commande publique ;"),
             d.clause("Vu le code de la commande publique, notamment ses articles L. 2113-6 à\n"
                      "L. 2113-8 et R. 2162-1 ;"),
             d.clause("Vu le code général des collectivités territoriales, notamment son article\n"
                      "L. 5211-10 ;"),
             d.clause("Vu la circulaire NOR : TERB2100000C du 15 mars 2021 relative à la mise en\n"
                      "œuvre de la loi « Engagement et proximité » ;"),
             d.clause("Vu la délibération n° 2020-074 du 16 juillet 2020 portant délégation\n"
                      "d'attributions au Bureau communautaire ;")]
    cons = [d.clause("Considérant que l'article 37 du règlement précité impose la désignation\n"
                     "d'un délégué à la protection des données à toute autorité publique ;"),
            d.clause("Considérant que la mutualisation de cette mission avec les communes\n"
                     "membres permet d'en réduire le coût ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "coordonnateur."),
            art(d, "2", None, "Article 2 :", "De fixer", "par an."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "son exécution."),
            art(d, "4", None, "Article 4 :", "De publier", "www.cu-valdebreche.fr.")]
    votes = [d.vote("Adoptée par 55 voix pour, 1 voix contre et 3 abstentions",
                    for_=55, against=1, abstention=3)]
    sigs = [d.signature("Le Président,", "Thierry VAUDREY", "Le Président", "Thierry VAUDREY",
                        "Brèche-la-Ville", "2026-06-26", at="Le Président,\nThierry")]
    d.reset()
    amounts = [d.amount("48 000 €", 48000, tax="HT"), d.amount("12 000 €", 12000, tax="HT")]
    d.reset()
    dates = [d.date("jeudi 25 juin 2026", "2026-06-25"),
             d.date("19 juin 2026", "2026-06-19"),
             d.date("27\navril 2016", "2016-04-27"),
             d.date("26\nfévrier 2014", "2014-02-26"),
             d.date("29 juillet 1881", "1881-07-29"),
             d.date("19 avril 2021", "2021-04-19"),
             d.date("27 décembre 2019", "2019-12-27"),
             d.date("26 novembre 2018", "2018-11-26"),
             d.date("3 décembre 2018", "2018-12-03"),
             d.date("15 mars 2021", "2021-03-15"),
             d.date("16 juillet 2020", "2020-07-16"),
             d.date("26 juin 2026", "2026-06-26"),
             d.date("29/06/2026", "2026-06-29")]
    d.reset("Textes européens")
    refs = [d.ref("reglement", "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27\n"
                  "avril 2016", number="2016/679", date="2016-04-27"),
            d.ref("directive", "directive 2014/24/UE du Parlement européen et du Conseil du 26\n"
                  "février 2014", number="2014/24/UE", date="2014-02-26"),
            d.ref("loi", "loi du 29 juillet 1881", date="1881-07-29"),
            d.ref("loi_organique", "loi organique n° 2021-467 du 19 avril 2021",
                  number="2021-467", date="2021-04-19"),
            d.ref("loi", "loi n° 2019-1461 du 27 décembre 2019", number="2019-1461",
                  date="2019-12-27"),
            d.ref("ordonnance", "ordonnance n° 2018-1074 du 26 novembre 2018",
                  number="2018-1074", date="2018-11-26"),
            d.ref("decret", "décret n° 2018-1075 du 3 décembre 2018", number="2018-1075",
                  date="2018-12-03"),
            d.ref("code", "code de la commande publique, notamment ses articles L. 2113-6 à\n"
                  "L. 2113-8 et R. 2162-1", code=CCP,
                  articles=["L.2113-6", "L.2113-8", "R.2162-1"], at="Vu le code de la"),
            d.ref("code", "code général des collectivités territoriales, notamment son article\n"
                  "L. 5211-10", code=CGCT, articles=["L.5211-10"]),
            d.ref("circulaire", "circulaire NOR : TERB2100000C du 15 mars 2021",
                  number="TERB2100000C", date="2021-03-15"),
            d.ref("deliberation", "délibération n° 2020-074 du 16 juillet 2020",
                  number="2020-074", date="2020-07-16"),
            d.ref("code", "articles L. 2113-6 à L. 2113-8 du\ncode de la commande publique",
                  code=CCP, articles=["L.2113-6", "L.2113-8"])]
    d.reset()
    ids = [d.ident("postal_code", "60600", "60600"),
           d.ident("siren", "245 001 284", "245001284"),
           d.ident("url", "www.cu-valdebreche.fr", "www.cu-valdebreche.fr"),
           d.ident("acte", "060-245001284-20260625-2026118-DE",
                   "060-245001284-20260625-2026118-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ URBAINE DU VAL DE BRÈCHE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2026-118",
            "Protection des données personnelles – adhésion à un groupement de commandes "
            "pour la mission de délégué à la protection des données (DPO)",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def aubrac_abbrev():
    """délibération of a cc with LOWER-CASE "vu" / "considérant" / "décide"
    lines and ABBREVIATED or RELATIVE references (CGCT/CGI/CGPPP, "art.",
    "et s.", "même code", "loi précitée", two délibérations in one phrase)."""
    d = DocH("cc-hautes-terres-d-aubrac-deliberation-2026-044")
    pres = d.P("Mme Hélène TRIADOU", at="présidence de")
    present = d.persons("Mme Hélène TRIADOU", "M. Jean-Luc BOUNIOL", "Mme Marie\nALDEBERT",
                        "M. Rémi GALTIER", "Mme Sandrine MOULY", "M. Yves FABRE",
                        "M. Patrick CHASSANG", at="Présents :")
    x1 = d.P("M. Gérard ROUSTAN", at="Excusé :")
    p1 = d.proxy(x1, "Mme Marie ALDEBERT")
    absent = [d.P("Mme Odile PRADAL", at="Absente :")]
    sec = d.P("M. Rémi GALTIER", at="Secrétaire de séance")
    att = attendance(present, [x1], absent, [p1], in_office=9, present_n=7,
                     voting=8)
    session = {"date": "2026-04-09", "place": "salle des fêtes de Nasbinals",
               "convened_on": "2026-04-02", "president": pres, "secretary": sec}
    d.reset("le conseil communautaire,\nvu")
    visas = [d.clause("vu le CGCT, notamment ses art. L.2121-29 et L.2122-21 ;"),
             d.clause("vu le CGI (art. 1407 et s.) ;"),
             d.clause("vu le CGPPP, art. L. 2125-1 ;"),
             d.clause("vu le même code, notamment son article R. 2124-1 ;"),
             d.clause("vu la loi n° 2014-366 du 24 mars 2014 pour l'accès au logement et un\n"
                      "urbanisme rénové ;"),
             d.clause("vu l'article 5 de la loi précitée ;"),
             d.clause("vu le code de l'urbanisme et notamment ses articles L. 151-1 et suivants ;"),
             d.clause("vu ses délibérations n° 2024-031 du 4 avril 2024 et n° 2025-012 du 6\n"
                      "février 2025 fixant les tarifs des redevances ;")]
    cons = [d.clause("considérant que la délibération du 4 avril 2024 prévoyait une révision\n"
                     "annuelle des tarifs ;"),
            d.clause("considérant que la décision du Président n° DP-2026-07 a suspendu, à\n"
                     "titre provisoire, la redevance des terrasses saisonnières ;")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("décide")
    arts = [art(d, "1", None, "ARTICLE 1", "Les tarifs", "perception : 150 €."),
            art(d, "2", None, "ARTICLE 2", "Les délibérations", "n° DP-2026-07."),
            art(d, "3", None, "ARTICLE 3", "Les recettes", "budget principal.")]
    sigs = [d.signature("La Présidente,", "Hélène TRIADOU", "La Présidente", "Hélène TRIADOU",
                        "Nasbinals", "2026-04-10", at="La Présidente,\nHélène")]
    d.reset()
    amounts = [d.amount("15,00 €", 15), d.amount("40 €", 40), d.amount("150 €", 150)]
    d.reset()
    dates = [d.date("9 avril 2026", "2026-04-09"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("Le neuf avril deux mille vingt-six", "2026-04-09"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("24 mars 2014", "2014-03-24"),
             d.date("4 avril 2024", "2024-04-04"),
             d.date("6\nfévrier 2025", "2025-02-06"),
             d.date("4 avril 2024", "2024-04-04"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("10 avril 2026", "2026-04-10")]
    d.reset("le conseil communautaire,\nvu")
    refs = [d.ref("code", "CGCT, notamment ses art. L.2121-29 et L.2122-21", code=CGCT,
                  articles=["L.2121-29", "L.2122-21"]),
            d.ref("code", "CGI (art. 1407", code=CGI, articles=["1407"]),
            d.ref("code", "CGPPP, art. L. 2125-1", code=CGPPP, articles=["L.2125-1"]),
            d.ref("code", "même code, notamment son article R. 2124-1", code=CGPPP,
                  articles=["R.2124-1"]),
            d.ref("loi", "loi n° 2014-366 du 24 mars 2014", number="2014-366",
                  date="2014-03-24"),
            d.ref("code", "code de l'urbanisme et notamment ses articles L. 151-1", code=URBA,
                  articles=["L.151-1"]),
            d.ref("deliberation", "délibérations n° 2024-031 du 4 avril 2024 et n° 2025-012 du 6\n"
                  "février 2025"),
            d.ref("deliberation", "délibération du 4 avril 2024", date="2024-04-04"),
            d.ref("decision", "décision du Président n° DP-2026-07", number="DP-2026-07"),
            d.ref("deliberation", "délibérations n° 2024-031 et n° 2025-012"),
            d.ref("decision", "article 2 de la décision du Président n° DP-2026-07",
                  number="DP-2026-07", articles=["2"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Communauté de communes des Hautes Terres d'Aubrac",
             "body": "Conseil communautaire"},
            "2026-044",
            "redevances d'occupation du domaine public communautaire – tarifs "
            "applicables au 1er mai 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "décide", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def saint_brice_convention():
    """convention d'objectifs et de mise à disposition with "VU" visas AFTER
    THE PARTIES, articles grouped under "TITRE I / TITRE II" headings, two
    signatures one under the other."""
    d = DocH("commune-saint-brice-en-vaudelle-convention-ess-2026-08")
    d.reset("d'autre part,")
    visas = [d.clause("VU le code général de la propriété des personnes publiques ;"),
             d.clause("VU le décret n° 2001-495 du 6 juin 2001 pris pour l'application de\n"
                      "l'article 10 de la loi n° 2000-321 du 12 avril 2000 et relatif à la\n"
                      "transparence financière des aides octroyées par les personnes publiques ;"),
             d.clause("VU la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale\n"
                      "et solidaire (ESS) ;"),
             d.clause("VU le règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013\n"
                      "relatif aux aides de minimis ;")]
    verb = d.span("IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT")
    arts = [art(d, "1", "Objet", "Article 1er – Objet", "La présente convention définit",
                "la Commune lui apporte."),
            art(d, "2", "Subvention", "Article 2 – Subvention", "La Commune verse",
                "sur trois exercices."),
            art(d, "3", "Locaux", "Article 3 – Locaux", "La Commune met",
                "intérêt général poursuivi."),
            art(d, "4", "Durée", "Article 4 – Durée", "La présente convention prend",
                "cette date.")]
    sigs = [d.signature("Pour la Commune,", "Olivier RENOUF", "Pour la Commune, Le Maire",
                        "Olivier RENOUF", "Saint-Brice-en-Vaudelle", "2026-04-20",
                        at="Pour la Commune,\nLe"),
            d.signature("Pour l'Association,", "Nadia CHERKAOUI",
                        "Pour l'Association, La Présidente", "Nadia CHERKAOUI",
                        "Saint-Brice-en-Vaudelle", "2026-04-20", at="Pour l'Association,\nLa")]
    d.reset()
    amounts = [d.amount("24 500 €", 24500), d.amount("23 000 €", 23000),
               d.amount("200 000 €", 200000), d.amount("6 000 €", 6000),
               d.amount("1 200 €", 1200)]
    d.reset()
    dates = [d.date("9 avril 2026", "2026-04-09"),
             d.date("1er juillet 1901", "1901-07-01"),
             d.date("6 juin 2001", "2001-06-06"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("31 juillet 2014", "2014-07-31"),
             d.date("18 décembre 2013", "2013-12-18"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("2 janvier 2024", "2024-01-02"),
             d.date("15 mars 2025", "2025-03-15"),
             d.date("20 avril 2026", "2026-04-20")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nn° 2026-027 du conseil municipal du 9 avril 2026",
                  number="2026-027", date="2026-04-09"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("code", "code général de la propriété des personnes publiques", code=CGPPP),
            d.ref("decret", "décret n° 2001-495 du 6 juin 2001", number="2001-495",
                  date="2001-06-06"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"]),
            d.ref("loi", "loi n° 2014-856 du 31 juillet 2014", number="2014-856",
                  date="2014-07-31"),
            d.ref("reglement", "règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013",
                  number="1407/2013", date="2013-12-18"),
            d.ref("loi", "article 10 de\nla loi n° 2000-321", number="2000-321", articles=["10"]),
            d.ref("convention", "convention du 2 janvier 2024", date="2024-01-02"),
            d.ref("convention", "avenant n° 1 du 15 mars 2025", number="1", date="2025-03-15")]
    d.reset()
    ids = [d.ident("postal_code", "79420", "79420"),
           d.ident("siren", "217 902 873", "217902873"),
           d.ident("siret", "805 124 674 00013", "80512467400013"),
           d.ident("postal_code", "79420", "79420")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-BRICE-EN-VAUDELLE", "body": None},
            "2026-CONV-08",
            "CONVENTION D'OBJECTIFS ET DE MISE À DISPOSITION DE LOCAUX AVEC L'ASSOCIATION "
            "« LA RECYCLERIE DU VAUDELLE »",
            visas=visas, dec={"verb": "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT", "span": verb},
            arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    villemagne_arrete()
    breche_rgpd()
    aubrac_abbrev()
    saint_brice_convention()
