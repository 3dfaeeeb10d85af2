#!/usr/bin/env python3
"""Hand-written gold for the blind set AU (corpusAU) of corpus/extra-pending
(see README.md, section "Blind set (corpusAU)").
Run: python3 make_gold_au.py

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
CGFP = "Code général de la fonction publique"


def labarthe_indemnites():
    """délibération fixing the INDEMNITÉS DE FONCTION DES ÉLUS: rates in % of
    the IB 1027, a TABLE "Fonction / Taux (% IB 1027) / Montant brut mensuel"
    with € cells, one row label on two lines, a Total row."""
    d = DocH("commune-labarthe-sur-garaude-indemnites-elus-2026-031")
    pres = d.P("M. Thierry ESCANDE", at="sous la présidence")
    present = d.persons("M. Thierry ESCANDE", "Mme Corinne DELPECH", "M. Alain SOULA",
                        "Mme Véronique CAZENAVE", "M. Patrick MOULIS", "Mme Nadine FOURCADE",
                        "M. Éric LAFFONT", "Mme Sandrine PUJOL", "M. Jérôme BAYLAC",
                        "Mme Aurélie SANS", "M. Christophe DUCLOS", "Mme Laure ABADIE",
                        "M. Mathieu ROUGÉ", "Mme Émilie SARRAN", "M. Julien CASTEX",
                        "Mme Claire VIDAL", at="Présents : M.")
    p1 = d.proxy("M. Bernard GALY", "M. Thierry ESCANDE", at="Absents représentés")
    p2 = d.proxy("Mme Josiane TOURNIER", "Mme Corinne DELPECH")
    absent = [d.P("M. Kevin MARTRES", at="Absent :")]
    sec = d.P("Mme Aurélie SANS", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2], in_office=19, present_n=16,
                     represented=2, voting=18)
    session = {"date": "2026-04-09", "place": "salle du conseil", "convened_on": "2026-04-02",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 2123-20 à L. 2123-24-1 ;"),
             d.clause("Vu le décret n° 82-1105 du 23 décembre 1982 relatif aux indices de la "
                      "fonction publique ;"),
             d.clause("Vu l'élection du maire et de cinq adjoints le 29 mars 2026 ;"),
             d.clause("Vu les arrêtés du maire du 31 mars 2026 portant délégation de fonctions "
                      "aux adjoints et aux conseillers municipaux délégués ;")]
    cons = [d.clause("Considérant que le total des indemnités allouées, soit 145,8 % de l'IB "
                     "1027, ne dépasse\npas l'enveloppe maximale autorisée ;")]
    votes = [d.vote("par 14 voix pour, 0 voix contre et 4 abstentions",
                    for_=14, against=0, abstention=4)]
    verb = d.span("DÉCIDE", at="4 abstentions,\n")
    arts = [art(d, "1", None, "Article 1er :", "À compter du 29 mars", "145,8 %              5 957,26 €"),
            art(d, "2", None, "Article 2 :", "Les indemnités suivront", "fonction publique."),
            art(d, "3", None, "Article 3 :", "Les crédits nécessaires",
                "annexé à la présente délibération.")]
    sigs = [d.signature("Le Maire,", "Thierry ESCANDE", "Le Maire", "Thierry ESCANDE",
                        "Labarthe-sur-Garaude", "2026-04-10", at="Labarthe-sur-Garaude, le 10")]
    d.reset("Le Maire rappelle")
    amounts = [d.amount("4 085,91 €", 408591 / 100), d.amount("6 153,38 €", 6153.38),
               d.amount("2 108,33 €", 2108.33), d.amount("809,01 €", 809.01),
               d.amount("637,40 €", 637.4), d.amount("245,15 €", 245.15),
               d.amount("5 957,26 €", 5957.26)]
    d.reset()
    dates = [d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("L'an deux mille vingt-six, le neuf avril", "2026-04-09"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("23 décembre 1982", "1982-12-23"),
             d.date("29 mars 2026", "2026-03-29"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("29 mars 2026", "2026-03-29"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("14/04/2026", "2026-04-14"),
             d.date("14/04/2026", "2026-04-14")]
    d.reset("Le Conseil municipal,\n")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 2123-20 à L. 2123-24-1", code=CGCT, articles=["L.2123-20", "L.2123-24-1"]),
            d.ref("decret", "décret n° 82-1105 du 23 décembre 1982", number="82-1105",
                  date="1982-12-23"),
            d.ref("arrete", "arrêtés du maire du 31 mars 2026", date="2026-03-31"),
            d.ref("code", "article L. 2123-20-1 du CGCT", code=CGCT, articles=["L.2123-20-1"])]
    d.reset()
    ids = [d.ident("siret", "213 107 428 00004", "21310742800004")]
    ids.insert(0, d.ident("postal_code", "31410", "31410", at="1, place de la Mairie"))
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LABARTHE-SUR-GARAUDE", "body": "CONSEIL MUNICIPAL"},
            "2026-031",
            "Indemnités de fonction du maire, des adjoints et des conseillers municipaux délégués",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vernosc_effectifs():
    """délibération CREATING A POST and modifying the TABLEAU DES EFFECTIFS:
    a space-aligned table GRADE / CAT. / OUVERTS / POURVUS / DURÉE HEBDO. /
    ETP (fractions "28/35e", decimals "3,20"), a TOTAL row, dash-list
    verbs, two signatures side by side, one IFSE ceiling in €."""
    d = DocH("commune-vernosc-les-tilleuls-tableau-effectifs-2026-058")
    pres = d.P("Mme Hélène VIGIER", at="sous la présidence")
    present = d.persons("Mme Hélène VIGIER", "M. Serge LAGARDE", "Mme Odile FAURE",
                        "M. Didier MAZEAU", "Mme Pascale BONNEVAL", "M. Franck DELMAS",
                        "Mme Agnès ROUSSARIE", "M. Régis LACOSTE", "Mme Monique CHASSAIN",
                        "M. Ludovic BRUGÈRE", "Mme Karine PEYROT", "M. Cédric TEILLET",
                        "Mme Sophie GAUTHIER", at="Étaient présents")
    x1 = d.P("M. Yannick BORIE", at="Excusés :")
    p1 = d.proxy(x1, "M. Serge LAGARDE")
    x2 = d.P("M. Paul REYNAUD")
    sec = d.P("M. Cédric TEILLET", at="M. Cédric TEILLET a été élu")
    att = attendance(present, [x1, x2], [], [p1], in_office=15, present_n=13,
                     represented=None, voting=14)
    session = {"date": "2026-06-25", "place": "mairie", "convened_on": "2026-06-18",
               "president": pres, "secretary": sec}
    d.reset("Madame le Maire expose")
    visas = [d.clause("Vu le code général des collectivités territoriales ;"),
             d.clause("Vu le code général de la fonction publique, et notamment ses articles "
                      "L. 313-1 et\nL. 332-8 ;"),
             d.clause("Vu le décret n° 2006-1691 du 22 décembre 2006 portant statut particulier "
                      "du cadre\nd'emplois des adjoints techniques territoriaux ;"),
             d.clause("Vu la délibération n° 2025-112 du 11 décembre 2025 fixant le tableau des "
                      "effectifs ;"),
             d.clause("Vu l'avis du comité social territorial en date du 16 juin 2026 ;")]
    votes = [d.vote("à l'unanimité", unanimous=True, at="après en avoir délibéré")]
    verb = d.span("DÉCIDE", at="- DÉCIDE")
    sigs = [d.signature("Le Maire,", "Hélène VIGIER", "Le Maire", "Hélène VIGIER",
                        None, "2026-06-25", at="Au registre"),
            d.signature("Le secrétaire de séance,", "Cédric TEILLET", "Le secrétaire de séance",
                        "Cédric TEILLET", None, "2026-06-25", at="Au registre")]
    d.reset()
    amounts = [d.amount("11 340 €", 11340)]
    d.reset()
    dates = [d.date("25 JUIN 2026", "2026-06-25"),
             d.date("18/06/2026", "2026-06-18"),
             d.date("vingt-cinq juin deux mille vingt-six", "2026-06-25"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("16 juin 2026", "2026-06-16"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("29/06/2026", "2026-06-29"),
             d.date("30/06/2026", "2026-06-30")]
    d.reset("Madame le Maire expose")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("code", "code général de la fonction publique, et notamment ses articles "
                  "L. 313-1 et\nL. 332-8", code=CGFP, articles=["L.313-1", "L.332-8"]),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("deliberation", "délibération n° 2025-112 du 11 décembre 2025",
                  number="2025-112", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "24210", "24210"),
           d.ident("phone", "05 53 07 41 26", "0553074126"),
           d.ident("email", "mairie@vernosc-les-tilleuls.fr", "mairie@vernosc-les-tilleuls.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VERNOSC-LES-TILLEULS", "body": "CONSEIL MUNICIPAL"},
            "2026-058",
            "CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE ET MODIFICATION DU TABLEAU DES EFFECTIFS",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def brizac_dob():
    """DÉBAT D'ORIENTATION BUDGÉTAIRE: a numbered rapport synthesis full of
    amounts in M€, k€, "millions d'euros", "euros" cut from its number by
    the line end, percentages; "PREND ACTE, à l'unanimité,"; no names list
    (annexed)."""
    d = DocH("commune-brizac-sur-ourne-debat-orientation-budgetaire-2026-094")
    pres = d.P("Mme Florence CABANÈS", at="sous la présidence")
    sec = d.P("Mme Léa BOUYSSOU", at="Mme Léa BOUYSSOU a")
    att = attendance(in_office=29, present_n=24, represented=3, voting=27)
    session = {"date": "2026-11-30", "place": "hôtel de ville", "convened_on": "2026-11-23",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son article\n"
                      "L. 2312-1 ;"),
             d.clause("Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation "
                      "territoriale de la\nRépublique ;"),
             d.clause("Vu le décret n° 2016-841 du 24 juin 2016 relatif au contenu ainsi qu'aux "
                      "modalités de\npublication et de transmission du rapport d'orientation "
                      "budgétaire ;"),
             d.clause("Vu le rapport d'orientation budgétaire 2027 transmis aux conseillers le "
                      "23 novembre 2026 ;"),
             d.clause("Vu l'avis de la commission des finances du 19 novembre 2026 ;")]
    cons = [d.clause("Considérant que le débat d'orientation budgétaire doit se tenir dans les "
                     "dix semaines\nprécédant l'examen du budget primitif ;")]
    verb = d.span("PREND ACTE")
    votes = [d.vote("à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Maire,", "Florence CABANÈS", "La Maire", "Florence CABANÈS",
                        "Brizac-sur-Ourne", "2026-12-01", at="Fait à Brizac")]
    d.reset("SYNTHÈSE DU RAPPORT")
    amounts = [d.amount("12,4 M€", 12400000), d.amount("1 250 000\neuros", 1250000),
               d.amount("5 680 000 €", 5680000), d.amount("1,46 M€", 1460000),
               d.amount("4,3 millions d'euros", 4300000),
               d.amount("1 850 000 €", 1850000, tax="HT"), d.amount("850 k€", 850000),
               d.amount("420 000 €", 420000), d.amount("1,1 M€", 1100000),
               d.amount("900 000 €", 900000), d.amount("8 920 000 €", 8920000),
               d.amount("1 073 €", 1073)]
    d.reset()
    dates = [d.date("LUNDI 30 NOVEMBRE 2026", "2026-11-30"),
             d.date("lundi trente novembre deux mille vingt-six", "2026-11-30"),
             d.date("23 novembre 2026", "2026-11-23"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("7 août 2015", "2015-08-07"),
             d.date("24 juin 2016", "2016-06-24"),
             d.date("23 novembre 2026", "2026-11-23"),
             d.date("19 novembre 2026", "2026-11-19"),
             d.date("1er décembre 2026", "2026-12-01"),
             d.date("03/12/2026", "2026-12-03")]
    d.reset("Le Conseil municipal,\n")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son article\n"
                  "L. 2312-1", code=CGCT, articles=["L.2312-1"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("decret", "décret n° 2016-841 du 24 juin 2016", number="2016-841",
                  date="2016-06-24")]
    d.reset()
    ids = [d.ident("postal_code", "46300", "46300"),
           d.ident("siren", "212 405 617", "212405617"),
           d.ident("acte", "046-212405617-20261130-DEL2026094-DE",
                   "046-212405617-20261130-DEL2026094-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE BRIZAC-SUR-OURNE", "body": "CONSEIL MUNICIPAL"},
            "DEL-2026-094", "DÉBAT D'ORIENTATION BUDGÉTAIRE 2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "PREND ACTE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sauvagnac_tarifs():
    """SYNDICAT MIXTE comité syndical with WEIGHTED VOTES: each member
    followed by "(n voix)", "Nombre de voix présentes ou représentées : 42
    sur 57", the tally in voix on one line after the majority phrase, unit
    prices in € HT per m³."""
    d = DocH("sm-eau-plateau-de-sauvagnac-comite-tarifs-2026-27")
    pres = d.P("M. Roland ALBOUY", at="sous la présidence")
    present = d.persons("M. Roland ALBOUY", "Mme Christine BOUSQUET", "M. Gilles CAUSSÉ",
                        "M. Hervé ESQUIROL", "Mme Martine FABRE", "M. Lionel GINESTE",
                        "Mme Danielle ALBERT", "M. Jacques BARTHE", "Mme Nicole CROS",
                        "M. Damien FOULQUIER", "Mme Sabine GAYRAUD", "M. Michel MIQUEL",
                        "Mme Yvette RAYNAL", "M. Olivier SÉGUIER", "Mme Josette VIALA",
                        at="Délégués présents (avec")
    x1 = d.P("M. Alain TERRAL", at="Délégués excusés")
    p1 = d.proxy(x1, "M. Roland ALBOUY")
    x2 = d.P("Mme Brigitte COSTES")
    p2 = d.proxy(x2, "Mme Martine FABRE")
    absent = d.persons("M. Henri BOYER", "M. Fabien CARRIÈRE", "Mme Lucie MARTY",
                       "M. Thomas PAGÈS", at="Délégués absents")
    sec = d.P("Mme Nicole CROS", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=21, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-11-26", "place": "salle des fêtes de Sauvagnac",
               "convened_on": "2026-11-16", "president": pres, "secretary": sec}
    d.reset("Le Comité syndical,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 2224-12-1 à L. 2224-12-4 et L. 5721-2 ;"),
             d.clause("Vu les statuts du syndicat approuvés par arrêté préfectoral n° "
                      "81-2019-03-12-004 du\n12 mars 2019 ;"),
             d.clause("Vu l'avis du bureau syndical du 5 novembre 2026 ;")]
    cons = [d.clause("Considérant la nécessité de financer le renouvellement de la canalisation "
                     "de\nPuech-Auriol, estimé à 1 340 000 € HT ;")]
    votes = [d.vote("Pour : 39 voix, Contre : 3 voix (M. Gilles CAUSSÉ), Abstention : 0 voix",
                    for_=39, against=3, abstention=0)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "À compter du 1er janvier 2027",
                "1,76 € HT le m³."),
            art(d, "2", None, "Article 2 –", "Le Président est chargé",
                "notifiée aux communes membres.")]
    sigs = [d.signature("Le Président,", "Roland ALBOUY", "Le Président", "Roland ALBOUY",
                        "Sauvagnac", "2026-11-27", at="À Sauvagnac")]
    d.reset("Le Président présente")
    amounts = [d.amount("46,00 €", 46, tax="HT"), d.amount("48,00 €", 48, tax="HT"),
               d.amount("1,58 €", 1.58, tax="HT"), d.amount("1,62 €", 1.62, tax="HT"),
               d.amount("1,71 €", 1.71, tax="HT"), d.amount("1,76 €", 1.76, tax="HT"),
               d.amount("96 500 €", 96500, tax="HT"), d.amount("1 340 000 €", 1340000, tax="HT"),
               d.amount("48,00 €", 48, tax="HT"), d.amount("1,62 €", 1.62, tax="HT"),
               d.amount("1,76 €", 1.76, tax="HT")]
    d.reset()
    dates = [d.date("JEUDI 26 NOVEMBRE 2026", "2026-11-26"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("jeudi vingt-six novembre deux mille vingt-six", "2026-11-26"),
             d.date("16 novembre 2026", "2026-11-16"),
             d.date("12 mars 2019", "2019-03-12"),
             d.date("5 novembre 2026", "2026-11-05"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("27 novembre 2026", "2026-11-27"),
             d.date("30/11/2026", "2026-11-30")]
    d.reset("Le Comité syndical,\n")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 2224-12-1 à L. 2224-12-4 et L. 5721-2", code=CGCT,
                  articles=["L.2224-12-1", "L.2224-12-4", "L.5721-2"]),
            d.ref("arrete", "arrêté préfectoral n° 81-2019-03-12-004 du\n12 mars 2019",
                  number="81-2019-03-12-004", date="2019-03-12")]
    d.reset()
    ids = [d.ident("postal_code", "81220", "81220"),
           d.ident("siret", "254 601 933 00008", "25460193300008"),
           d.ident("phone", "05 63 42 18 90", "0563421890")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE D'EAU POTABLE DU PLATEAU DE SAUVAGNAC",
             "body": "COMITÉ SYNDICAL"},
            "27/2026", "Tarifs de l'eau potable applicables au 1er janvier 2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    labarthe_indemnites()
    vernosc_effectifs()
    brizac_dob()
    sauvagnac_tarifs()
