#!/usr/bin/env python3
"""Hand-written gold for the blind set AT (corpusAT) of corpus/extra-pending
(see README.md, section "Blind set (corpusAT)").
Run: python3 make_gold_at.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. Amounts in F CFP / francs pacifique / XPF have currency
"XPF" (amt() below; DocB.amount() only writes EUR).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CENV, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def amt(d, t, value, currency):
    a = d.amount(t, value)
    a["currency"] = currency
    return a


def polynesie_apf():
    """délibération of the ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE: number with
    the "APF" suffix on a centred heading line holding the date in
    capitals, a loi organique, amounts in F CFP / francs pacifique / XPF
    (and one in euros), counts and vote sentence BEFORE a bare "ADOPTE :",
    "Article 1er.—", two stacked signatures."""
    d = DocH("assemblee-polynesie-francaise-deliberation-2026-31")
    pres = d.P("M. Moerani TEHAAMATAI", at="sous la présidence")
    att = attendance(in_office=57, present_n=51, represented=4)
    session = {"date": "2026-04-14", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("L'ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE,")
    visas = [d.clause("Vu la loi organique n° 2004-192 du 27 février 2004 modifiée portant statut\n"
                      "d'autonomie de la Polynésie française ;"),
             d.clause("Vu la loi n° 2004-193 du 27 février 2004 complétant le statut d'autonomie de\n"
                      "la Polynésie française ;"),
             d.clause("Vu la délibération n° 2025-88 APF du 12 décembre 2025 approuvant le budget\n"
                      "général de la Polynésie française pour l'exercice 2026 ;"),
             d.clause("Vu l'arrêté n° 412 CM du 20 mars 2026 soumettant un projet de délibération à\n"
                      "l'assemblée de la Polynésie française ;"),
             d.clause("Vu le rapport n° 47-2026 du 2 avril 2026 de la commission de l'équipement,\n"
                      "de l'aménagement et des transports ;")]
    cons = [d.clause("Considérant que les quais de Rurutu et de Tubuai, dont la réfection a été\n"
                     "estimée en 2024 à 380 000 000 F CFP, présentent des désordres structurels qui\n"
                     "compromettent la desserte maritime des îles Australes ;"),
            d.clause("Considérant que l'État participe au programme au titre du contrat de\n"
                     "développement et de transformation 2021-2027 ;")]
    votes = [d.vote("par 42 voix pour et 13 abstentions", for_=42, abstention=13)]
    verb = d.span("ADOPTE", at="13 abstentions.")
    arts = [art(d, "1", None, "Article 1er.—", "Est approuvée", "3 456 750 euros."),
            art(d, "2", None, "Article 2.—", "La participation", "par l'État."),
            art(d, "3", None, "Article 3.—", "La dépense", "signature de la convention."),
            art(d, "4", None, "Article 4.—", "Le Président de la Polynésie",
                "officiel de la Polynésie française.")]
    sigs = [d.signature("Le secrétaire de l'assemblée,", "Hinatea VAIANUI-TEMAURI",
                        "Le secrétaire de l'assemblée", "Hinatea VAIANUI-TEMAURI",
                        "Papeete", "2026-04-15", at="Fait à Papeete"),
            d.signature("Le président de l'assemblée de la Polynésie française,",
                        "Moerani TEHAAMATAI",
                        "Le président de l'assemblée de la Polynésie française",
                        "Moerani TEHAAMATAI", "Papeete", "2026-04-15", at="VAIANUI-TEMAURI")]
    d.reset()
    amounts = [amt(d, "380 000 000 F CFP", 380000000, "XPF"),
               amt(d, "412 500 000 F CFP", 412500000, "XPF"),
               amt(d, "3 456 750 euros", 3456750, "EUR"),
               amt(d, "165 000 000 francs pacifique", 165000000, "XPF"),
               amt(d, "247 500 000 XPF", 247500000, "XPF"),
               amt(d, "16 500 000 F CFP", 16500000, "XPF")]
    d.reset()
    dates = [d.date("14 AVRIL 2026", "2026-04-14"),
             d.date("27 février 2004", "2004-02-27"),
             d.date("27 février 2004", "2004-02-27"),
             d.date("12 décembre 2025", "2025-12-12"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("15 avril 2026", "2026-04-15")]
    d.reset("L'ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE,")
    refs = [d.ref("loi_organique", "loi organique n° 2004-192 du 27 février 2004",
                  number="2004-192", date="2004-02-27"),
            d.ref("loi", "loi n° 2004-193 du 27 février 2004", number="2004-193",
                  date="2004-02-27"),
            d.ref("deliberation", "délibération n° 2025-88 APF du 12 décembre 2025",
                  number="2025-88 APF", date="2025-12-12"),
            d.ref("arrete", "arrêté n° 412 CM du 20 mars 2026", number="412 CM",
                  date="2026-03-20")]
    d.reset()
    ids = [d.ident("postal_code", "98713", "98713")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "POLYNÉSIE FRANÇAISE",
             "body": "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE"},
            "2026-31 APF",
            "portant approbation de la convention de financement du programme de réfection "
            "des quais de desserte des îles Australes",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ADOPTE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def loyaute_bureau():
    """délibération of the BUREAU of the assemblée of the PROVINCE DES ÎLES
    LOYAUTÉ (Nouvelle-Calédonie): number "2026-112/BAPIL du 9 mars 2026" on
    one line, a NC 6-DIGIT PHONE, Kanak names with APOSTROPHES and
    diaeresis ("HNA'OUMÉ", "ITHUPÖ"), "loi organique modifiée n° 99-209",
    F CFP amounts with "soit 83 800 €", a dash list of tribus."""
    d = DocH("province-iles-loyaute-bureau-deliberation-2026-112")
    pres = d.P("M. Jacques WAHNYAMALLA", at="sous la présidence")
    present = d.persons("M. Jacques WAHNYAMALLA", "M. Éloi HNA'OUMÉ",
                        "Mme Marie-Noëlle TJIBOUÉ", "M. Boniface XULUÉ-WAKOUMÉ",
                        "Mme Wanaka ITHUPÖ", at="Étaient présents")
    x1 = d.P("M. Rock WENITHÉ", at="Absent excusé")
    p1 = d.proxy(x1, "M. Éloi HNA'OUMÉ")
    sec = d.P("Mme Marie-Noëlle TJIBOUÉ", at="Secrétaire de séance")
    att = attendance(present, [x1], [], [p1], in_office=6, present_n=5, represented=1)
    session = {"date": "2026-03-09", "place": "hôtel de la province à Wé",
               "convened_on": None, "president": pres, "secretary": sec}
    d.reset("Secrétaire de séance")
    visas = [d.clause("Vu la loi organique modifiée n° 99-209 du 19 mars 1999 relative à la\n"
                      "Nouvelle-Calédonie ;"),
             d.clause("Vu la loi n° 99-210 du 19 mars 1999 relative à la Nouvelle-Calédonie ;"),
             d.clause("Vu la délibération n° 2024-05/API du 30 mai 2024 portant délégation de\n"
                      "compétences de l'assemblée de la province au bureau ;"),
             d.clause("Vu l'avis de la commission des affaires coutumières du 2 mars 2026 ;")]
    cons = [d.clause("Considérant les demandes présentées par les conseils des chefs de clan des\n"
                     "tribus de Hnathalo, de Tadine et de Fayaoué ;"),
            d.clause("Considérant que les crédits inscrits au budget primitif 2026 de la province\n"
                     "s'élèvent à 15 000 000 F CFP ;")]
    votes = [d.vote("à l'unanimité des membres présents et représentés", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Une aide", "2 300 000 F CFP."),
            art(d, "2", None, "Article 2 :", "L'aide est versée", "31 décembre 2026."),
            art(d, "3", None, "Article 3 :", "Le président de l'assemblée",
                "Journal officiel de la Nouvelle-Calédonie.")]
    sigs = [d.signature("Le président de l'assemblée de la province des Îles Loyauté,",
                        "Jacques WAHNYAMALLA",
                        "Le président de l'assemblée de la province des Îles Loyauté",
                        "Jacques WAHNYAMALLA", "Wé", "2026-03-09", at="Fait à Wé")]
    d.reset()
    amounts = [amt(d, "15 000 000 F CFP", 15000000, "XPF"),
               amt(d, "10 000 000 F CFP", 10000000, "XPF"),
               amt(d, "83 800 €", 83800, "EUR"),
               amt(d, "4 500 000 F CFP", 4500000, "XPF"),
               amt(d, "3 200 000 F CFP", 3200000, "XPF"),
               amt(d, "2 300 000 F CFP", 2300000, "XPF")]
    d.reset()
    dates = [d.date("9 mars 2026", "2026-03-09"),
             d.date("lundi\n9 mars 2026", "2026-03-09"),
             d.date("19 mars 1999", "1999-03-19"),
             d.date("19 mars 1999", "1999-03-19"),
             d.date("30 mai 2024", "2024-05-30"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("9 mars 2026", "2026-03-09")]
    d.reset()
    refs = [d.ref("loi_organique", "loi organique modifiée n° 99-209 du 19 mars 1999",
                  number="99-209", date="1999-03-19"),
            d.ref("loi", "loi n° 99-210 du 19 mars 1999", number="99-210", date="1999-03-19"),
            d.ref("deliberation", "délibération n° 2024-05/API du 30 mai 2024",
                  number="2024-05/API", date="2024-05-30")]
    d.reset()
    ids = [d.ident("postal_code", "98820", "98820"),
           d.ident("phone", "45 52 00", "455200"),
           d.ident("email", "secretariat.bureau@province-iles.nc",
                   "secretariat.bureau@province-iles.nc")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "PROVINCE DES ÎLES LOYAUTÉ",
             "body": "BUREAU DE L'ASSEMBLÉE DE LA PROVINCE"},
            "2026-112/BAPIL",
            "relative à l'attribution d'aides aux tribus pour la réhabilitation des cases "
            "communes",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def mayotte_cp():
    """délibération of the COMMISSION PERMANENTE of the CONSEIL
    DÉPARTEMENTAL DE MAYOTTE: number "CP/2026/0187", Mahorais names ("BEN
    ALI" two-word surname, "ATTOUMANI épouse / MADI" cut by the line end,
    "Ali Hamada DJANFAR" two given names), two proxies, the vote with a
    named abstainer, an association's SIRET in article 1, an ACTES stamp."""
    d = DocH("departement-mayotte-commission-permanente-deliberation-2026-0187")
    pres = d.P("M. Abdou-Rahamane BEN ALI", at="sous la présidence")
    present = d.persons("M. Abdou-Rahamane BEN ALI", "Mme Zaïnaba ATTOUMANI épouse\nMADI",
                        "M. Houssamoudine AHAMADA", "Mme Echati SOILIHI", "M. Nassur MADI",
                        "Mme Anfani BACAR", "M. Djamal-Eddine ABDALLAH", at="Étaient présents")
    p1 = d.proxy("Mme Roukia SAÏD-OMAR", "Mme Echati SOILIHI", at="Absents ayant donné")
    p2 = d.proxy("M. Soidiki HAMIDOU", "M. Abdou-Rahamane BEN ALI")
    absent = [d.P("M. Ali Hamada DJANFAR", at="Absent :")]
    sec = d.P("Mme Anfani BACAR", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2], in_office=10, present_n=7,
                     represented=2, voting=9)
    session = {"date": "2026-03-17",
               "place": "hémicycle du Conseil départemental à Mamoudzou",
               "convened_on": "2026-03-10", "president": pres, "secretary": sec}
    d.reset("La Commission permanente,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 3211-2 et L. 3511-1 ;"),
             d.clause("Vu l'article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux droits\n"
                      "des citoyens dans leurs relations avec les administrations ;"),
             d.clause("Vu la délibération n° CD/2021/0045 du 1er juillet 2021 portant délégation\n"
                      "d'attributions du Conseil départemental à la Commission permanente ;"),
             d.clause("Vu la demande de l'association Maecha Bora en date du 3 février 2026 ;")]
    cons = [d.clause("Considérant que le projet de l'association concourt à la politique\n"
                     "départementale en faveur de la jeunesse et du sport ;")]
    votes = [d.vote("par 8 voix pour, 0 contre et 1 abstention\n(M. Nassur MADI)",
                    for_=8, against=0, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer", "au titre de l'année 2026."),
            art(d, "2", None, "Article 2 :", "La subvention", "avant le 30 novembre 2026."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "avec l'association."),
            art(d, "4", None, "Article 4 :", "La présente délibération", "de sa publication.")]
    sigs = [d.signature("Le Président du Conseil départemental,", "Abdou-Rahamane BEN ALI",
                        "Le Président du Conseil départemental", "Abdou-Rahamane BEN ALI",
                        "Mamoudzou", "2026-03-17", at="Fait et délibéré")]
    d.reset()
    amounts = [d.amount("45 000 €", 45000), d.amount("27 000 €", 27000),
               d.amount("18 000 €", 18000)]
    d.reset()
    dates = [d.date("mardi 17 mars 2026", "2026-03-17"),
             d.date("L'an deux mille vingt-six, le dix-sept mars", "2026-03-17"),
             d.date("10 mars 2026", "2026-03-10"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("3 février 2026", "2026-02-03"),
             d.date("30 novembre 2026", "2026-11-30"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("20/03/2026", "2026-03-20"),
             d.date("23/03/2026", "2026-03-23")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 3211-2 et L. 3511-1", code=CGCT, articles=["L.3211-2", "L.3511-1"]),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"]),
            d.ref("deliberation", "délibération n° CD/2021/0045 du 1er juillet 2021",
                  number="CD/2021/0045", date="2021-07-01")]
    d.reset()
    ids = [d.ident("postal_code", "97600", "97600"),
           d.ident("siret", "229 760 186 00010", "22976018600010"),
           d.ident("phone", "02 69 64 90 00", "0269649000"),
           d.ident("siret", "813 472 651 00013", "81347265100013"),
           d.ident("acte", "976-229760186-20260317-CP20260187-DE",
                   "976-229760186-20260317-CP20260187-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE MAYOTTE", "body": "COMMISSION PERMANENTE"},
            "CP/2026/0187",
            "Subvention à l'association Maecha Bora de Mtsapéré pour l'accueil des "
            "sélections de football des jeunes",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def martinique_assemblee():
    """délibération of the ASSEMBLÉE DE MARTINIQUE (collectivité
    territoriale unique): number "26-114-1", capital two-line title, date
    in words, counts on one dash line, a "Procurations :" list of four (no
    present list), "Conseil exécutif", vote "par 38 voix pour, 5
    abstentions" (no "contre"), "DÉLIBÈRE :", "ARTICLE n :", "12,6 M€"."""
    d = DocH("collectivite-territoriale-martinique-deliberation-2026-114")
    pres = d.P("Mme Marie-Josée LUCIEN-BELROSE", at="sous la présidence")
    p1 = d.proxy("M. Fred-Éric SAINTE-ROSE", "Mme Ginette DESROSES", at="Procurations :")
    p2 = d.proxy("Mme Lise-Marie CÉSAIRE-BALTUS", "M. Ludovic NOËL-JOSEPH")
    p3 = d.proxy("M. Rodrigue MONTOUT", "Mme Marie-Josée LUCIEN-BELROSE")
    p4 = d.proxy("Mme Sandrine LA-MAISON", "M. Daniel RENÉ-CORAIL")
    sec = d.P("M. Ludovic NOËL-JOSEPH", at="Secrétaire de séance")
    att = attendance((), (), (), [p1, p2, p3, p4], in_office=51, present_n=39,
                     represented=4, voting=43)
    session = {"date": "2026-04-16", "place": "Hôtel de la Collectivité à Fort-de-France",
               "convened_on": "2026-04-07", "president": pres, "secretary": sec}
    d.reset("L'ASSEMBLÉE DE MARTINIQUE,")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles\n"
                      "L. 7211-1 et suivants et L. 7221-1 ;"),
             d.clause("Vu le code de l'environnement, notamment son article L. 541-1 ;"),
             d.clause("Vu la loi n° 2011-884 du 27 juillet 2011 relative aux collectivités\n"
                      "territoriales de Guyane et de Martinique ;"),
             d.clause("Vu la délibération n° 25-398-1 du 18 décembre 2025 de l'Assemblée de\n"
                      "Martinique portant budget primitif 2026 ;"),
             d.clause("Vu le rapport du Président du Conseil exécutif de Martinique ;"),
             d.clause("Vu l'avis de la commission Environnement et cadre de vie du 8 avril 2026 ;")]
    cons = [d.clause("Considérant que les échouements massifs d'algues sargasses constatés depuis\n"
                     "2011 imposent une action coordonnée du Conseil exécutif, des communes et de\n"
                     "l'État ;")]
    votes = [d.vote("par 38 voix pour, 5 abstentions", for_=38, abstention=5)]
    verb = d.span("DÉLIBÈRE")
    arts = [art(d, "1", None, "ARTICLE 1 :", "Le plan territorial", "12,6 M€."),
            art(d, "2", None, "ARTICLE 2 :", "La participation", "l'exercice 2026."),
            art(d, "3", None, "ARTICLE 3 :", "Le Président du Conseil exécutif",
                "de la présente délibération."),
            art(d, "4", None, "ARTICLE 4 :", "La présente délibération",
                "représentant de l'État.")]
    sigs = [d.signature("La Présidente de l'Assemblée de Martinique,",
                        "Marie-Josée LUCIEN-BELROSE",
                        "La Présidente de l'Assemblée de Martinique",
                        "Marie-Josée LUCIEN-BELROSE", "Fort-de-France", "2026-04-16",
                        at="Fait à Fort")]
    d.reset()
    amounts = [d.amount("12,6 M€", 12600000), d.amount("4 200 000 euros", 4200000),
               d.amount("1 400 000 €", 1400000)]
    d.reset()
    dates = [d.date("L'an deux mille vingt-six, le seize avril", "2026-04-16"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("27 juillet 2011", "2011-07-27"),
             d.date("18 décembre 2025", "2025-12-18"),
             d.date("8 avril 2026", "2026-04-08"),
             d.date("16 avril 2026", "2026-04-16")]
    d.reset("L'ASSEMBLÉE DE MARTINIQUE,")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles\n"
                  "L. 7211-1 et suivants et L. 7221-1", code=CGCT,
                  articles=["L.7211-1", "L.7221-1"]),
            d.ref("code", "code de l'environnement, notamment son article L. 541-1", code=CENV,
                  articles=["L.541-1"]),
            d.ref("loi", "loi n° 2011-884 du 27 juillet 2011", number="2011-884",
                  date="2011-07-27"),
            d.ref("deliberation", "délibération n° 25-398-1 du 18 décembre 2025",
                  number="25-398-1", date="2025-12-18")]
    d.reset()
    ids = [d.ident("postal_code", "97201", "97201")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COLLECTIVITÉ TERRITORIALE DE MARTINIQUE",
             "body": "ASSEMBLÉE DE MARTINIQUE"},
            "26-114-1",
            "PORTANT ADOPTION DU PLAN TERRITORIAL DE LUTTE CONTRE LES SARGASSES 2026-2028",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉLIBÈRE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    polynesie_apf()
    loyaute_bureau()
    mayotte_cp()
    martinique_assemblee()
