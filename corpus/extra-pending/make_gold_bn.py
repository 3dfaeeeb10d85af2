#!/usr/bin/env python3
"""Hand-written gold for the blind set BN (corpusBN) of corpus/extra-pending
(see README.md, section "Blind set (corpusBN)").
Run: python3 make_gold_bn.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. The four acts DECIDE LITTLE: a motion / vœu, a prise
d'acte without vote, an avis with réserves, report / retrait / refus /
sursis à statuer.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, URBA, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def saint_maurin_motion():
    """MOTION adopted with NAMED OPPONENTS, the motion's text in «quotes»
    over four paragraphs with SOUTIENT / DEMANDE inside, then ÉMET LE VŒU."""
    d = DocH("commune-saint-maurin-des-landes-motion-2026-027")
    pres = d.P("M. Bernard LAFITTE", at="présidence de")
    present = d.persons("M. Bernard LAFITTE", "Mme Josiane DARRIGADE", "M. Pierre LABORDE",
                        "Mme Nadine CASTAGNET", "M. Francis DUPOUY", "Mme Hélène BERGEZ",
                        "M. Alain LESCOUTE", "Mme Sandrine PUYO", "M. Jérôme DUCASSE",
                        "Mme Corinne LABAT", "M. Thierry SARRAUTE",
                        "Mme Émilie HARGUINDEGUY", "M. Didier LALANNE",
                        "Mme Martine CABANNES", "M. Julien DESCLAUX", "Mme Laure MONTAUT",
                        at="Présents : M.")
    x1 = d.P("Mme Paule DUBERN", at="Excusés ayant donné")
    p1 = d.proxy(x1, "M. Bernard LAFITTE")
    x2 = d.P("M. Yves LARRIEU")
    p2 = d.proxy(x2, "Mme Corinne LABAT")
    absent = [d.P("M. Kévin TASTET", at="Absent :")]
    sec = d.P("Mme Laure MONTAUT", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=19, present_n=16,
                     represented=2, voting=18)
    session = {"date": "2026-03-13", "place": "salle du conseil de la mairie",
               "convened_on": "2026-03-06", "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2121-29 ;"),
             d.clause("Vu la loi n° 90-568 du 2 juillet 1990 relative à l'organisation du\n"
                      "service public de la poste et à France Télécom, et notamment son\n"
                      "article 6 ;")]
    votes = [d.vote("par 14 voix pour, 3 voix contre (M. Alain LESCOUTE, Mme Sandrine PUYO,\n"
                    "M. Jérôme DUCASSE) et 1 abstention (Mme Émilie HARGUINDEGUY)",
                    for_=14, against=3, abstention=1)]
    verb = d.span("ADOPTE")
    sigs = [d.signature("Le Maire,", "Bernard LAFITTE", "Le Maire", "Bernard LAFITTE",
                        "Saint-Maurin-des-Landes", "2026-03-16", at="Le Maire,\nBernard")]
    d.reset()
    amounts = [d.amount("1 250 €", 1250)]
    d.reset()
    dates = [d.date("vendredi 13 mars 2026", "2026-03-13"),
             d.date("L'an deux mille vingt-six, le treize mars", "2026-03-13"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("2 février 2026", "2026-02-02"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("2 juillet 1990", "1990-07-02"),
             d.date("16 mars 2026", "2026-03-16"),
             d.date("17/03/2026", "2026-03-17")]
    d.reset("Le Conseil municipal,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("loi", "loi n° 90-568 du 2 juillet 1990", number="90-568",
                  date="1990-07-02", articles=["6"])]
    d.reset()
    ids = [d.ident("postal_code", "40420", "40420"),
           d.ident("siren", "213 105 471", "213105471")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-MAURIN-DES-LANDES",
             "body": "CONSEIL MUNICIPAL"},
            "2026-027",
            "Motion pour le maintien du bureau de poste de plein exercice et des services "
            "publics de proximité en milieu rural",
            session=session, att=att, visas=visas,
            dec={"verb": "ADOPTE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lavernose_prise_acte():
    """PRISE D'ACTE of two annual reports (RPQS eau potable, rapport
    d'activité of the EPCI), "ne donne pas lieu à vote": NO VOTE."""
    d = DocH("commune-lavernose-sur-arize-prise-acte-rpqs-2026-041")
    pres = d.P("Mme Christine ESCAICH", at="présidence de")
    d.reset("Étaient présents")
    present = [d.S(t, None, t.split()[0], t.split()[1]) for t in
               ("Christine ESCAICH", "Gérard PUJOL", "Anne SOUM", "Michel RIVIÈRE",
                "Sylvie GALY", "Jean-Paul AUDOUY", "Marie FAURÉ", "Patrick ROUCH",
                "Agnès MARTY", "Laurent BONZOM", "Claire VIGNAUX")]
    p1 = d.proxy("M. Henri CAZAUX", "Mme Christine ESCAICH", at="Pouvoirs :")
    p2 = d.proxy("Mme Lucie PONS", "M. Gérard PUJOL")
    excused = d.persons("M. Olivier DEJEAN", "Mme Nathalie SOULA", at="Absents excusés")
    sec = d.P("M. Laurent BONZOM", at="M. Laurent BONZOM a été")
    att = attendance(present, excused, [], [p1, p2], in_office=15, present_n=11,
                     represented=None, voting=13)
    session = {"date": "2026-06-22", "place": "mairie", "convened_on": "2026-06-15",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses\n"
                      "articles L. 2224-5, D. 2224-1 à D. 2224-5 et L. 5211-39 ;"),
             d.clause("Vu le décret n° 2007-675 du 2 mai 2007 pris pour l'application de\n"
                      "l'article L. 2224-5 du code général des collectivités territoriales ;")]
    verb = d.span("PREND ACTE")
    sigs = [d.signature("La Maire,", "Christine ESCAICH", "La Maire", "Christine ESCAICH",
                        "Lavernose-sur-Arize", "2026-06-24", at="La Maire,\nChristine")]
    d.reset()
    amounts = [d.amount("2,47 €", 2.47, tax="TTC"),
               d.amount("296,40 €", 296.4, tax="TTC"),
               d.amount("6,8 M€", 6800000)]
    d.reset()
    dates = [d.date("22 JUIN 2026", "2026-06-22"),
             d.date("15 juin 2026", "2026-06-15"),
             d.date("vingt-deux juin deux mille vingt-six", "2026-06-22"),
             d.date("28 mai 2026", "2026-05-28"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("2 mai 2007", "2007-05-02"),
             d.date("24 juin 2026", "2026-06-24"),
             d.date("25/06/2026", "2026-06-25"),
             d.date("25/06/2026", "2026-06-25")]
    d.reset()
    refs = [d.ref("code", "article L. 2224-5 du code\ngénéral des collectivités territoriales",
                  code=CGCT, articles=["L.2224-5"]),
            d.ref("code", "article L. 5211-39 du même code", code=CGCT,
                  articles=["L.5211-39"]),
            d.ref("code", "code général des collectivités territoriales, notamment ses\n"
                  "articles L. 2224-5, D. 2224-1 à D. 2224-5 et L. 5211-39", code=CGCT,
                  articles=["L.2224-5", "D.2224-1", "D.2224-5", "L.5211-39"]),
            d.ref("decret", "décret n° 2007-675 du 2 mai 2007", number="2007-675",
                  date="2007-05-02"),
            d.ref("code", "article L. 2224-5 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2224-5"]),
            d.ref("code", "article L. 1411-13 du CGCT", code=CGCT, articles=["L.1411-13"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LAVERNOSE-SUR-ARIZE", "body": "CONSEIL MUNICIPAL"},
            "041/2026",
            "COMMUNICATION DU RAPPORT ANNUEL SUR LE PRIX ET LA QUALITÉ DU SERVICE PUBLIC "
            "D'EAU POTABLE (RPQS) 2025 DU SYNDICAT DES EAUX DU MOYEN-ARIZE ET DU RAPPORT "
            "D'ACTIVITÉ 2025 DE LA COMMUNAUTÉ DE COMMUNES",
            session=session, att=att, visas=visas,
            dec={"verb": "PREND ACTE", "span": verb}, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def orbize_avis():
    """AVIS of a conseil communautaire on a SCoT: "ÉMET UN AVIS FAVORABLE
    …, assorti des réserves suivantes : 1° … 2° … 3° …", then "ÉMET UN AVIS
    DÉFAVORABLE" on one prescription; one pipe count line; lists annexed."""
    d = DocH("cc-coteaux-de-l-orbize-avis-scot-2026-063")
    pres = d.P("M. Raymond ALBOUY", at="présidence de")
    sec = d.P("Mme Véronique CALMETTES", at="Secrétaire de séance")
    att = attendance(in_office=34, present_n=29, represented=3, voting=32)
    session = {"date": "2026-07-09", "place": "salle polyvalente de Valmérac",
               "convened_on": "2026-07-02", "president": pres, "secretary": sec}
    d.reset("Le Conseil communautaire,\n\nVu")
    visas = [d.clause("Vu le code de l'urbanisme, notamment ses articles L. 143-20 et\n"
                      "R. 143-4 ;"),
             d.clause("Vu la loi n° 2021-1104 du 22 août 2021 portant lutte contre le\n"
                      "dérèglement climatique et renforcement de la résilience face à ses\n"
                      "effets ;"),
             d.clause("Vu l'avis de la commission aménagement du 24 juin 2026 ;")]
    cons = [d.clause("Considérant que le projet traduit l'objectif de réduction de moitié de\n"
                     "la consommation d'espaces naturels, agricoles et forestiers ;"),
            d.clause("Considérant toutefois que la répartition de l'enveloppe foncière\n"
                     "pénalise les communes rurales de l'est du territoire ;")]
    votes = [d.vote("Pour : 24 – Contre : 5 – Abstentions : 3", for_=24, against=5,
                    abstention=3)]
    verb = d.span("ÉMET UN AVIS FAVORABLE")
    sigs = [d.signature("Le Président,", "Raymond ALBOUY", "Le Président", "Raymond ALBOUY",
                        "Valmérac", "2026-07-10", at="Le Président,\nRaymond")]
    d.reset()
    dates = [d.date("JEUDI 9 JUILLET 2026", "2026-07-09"),
             d.date("14 AVRIL 2026", "2026-04-14"),
             d.date("jeudi neuf juillet deux mille vingt-six", "2026-07-09"),
             d.date("2 juillet 2026", "2026-07-02"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("22 avril 2026", "2026-04-22"),
             d.date("22 août 2021", "2021-08-22"),
             d.date("24 juin 2026", "2026-06-24"),
             d.date("22 juillet 2026", "2026-07-22"),
             d.date("10 juillet 2026", "2026-07-10")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2026-11\ndu 14 avril 2026",
                  number="2026-11", date="2026-04-14"),
            d.ref("code", "code de l'urbanisme, notamment ses articles L. 143-20 et\nR. 143-4",
                  code=URBA, articles=["L.143-20", "R.143-4"]),
            d.ref("loi", "loi n° 2021-1104 du 22 août 2021", number="2021-1104",
                  date="2021-08-22")]
    d.reset()
    ids = [d.ident("postal_code", "81340", "81340"),
           d.ident("siret", "248 102 931 00016", "24810293100016"),
           d.ident("phone", "05 63 41 27 90", "0563412790"),
           d.ident("email", "contact@cc-orbize.fr", "contact@cc-orbize.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES COTEAUX DE L'ORBIZE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2026-063",
            "AVIS SUR LE PROJET DE SCHÉMA DE COHÉRENCE TERRITORIALE (SCoT) DU PAYS "
            "ALBIGEOIS-ORBIZE ARRÊTÉ LE 14 AVRIL 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ÉMET UN AVIS FAVORABLE", "span": verb}, votes=votes, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def brassac_report():
    """REPORT, RETRAIT, REFUS, SURSIS À STATUER: a question withdrawn from
    the ordre du jour (no vote), three capital verbs each preceded by its
    own tally, a REJECTED amendment after them."""
    d = DocH("commune-brassac-les-combes-report-retrait-2026-052")
    pres = d.P("M. Guy FOURCADE", at="présidence de")
    present = d.persons("M. Guy FOURCADE", "Mme Odile SERRES", "M. Jacques AMIEL",
                        "Mme Rose BARTHE", "M. Lucien CAUJOLLE", "Mme Hélène RUMEAU",
                        "M. Marc DEDIEU", "Mme Anne SARDA", "M. Paul ESTRADE",
                        "Mme Inès GALINIER", "M. Yann MIR", "Mme Julie CARRIÈRE",
                        "M. Hugo LAFFONT", "Mme Élise DELPECH", "M. Noël BRUSTIER",
                        "Mme Fanny ROQUES", "M. Rémi VERGÉ", "Mme Camille ALBERT",
                        at="Présents : M.")
    proxies = [d.proxy("M. Sylvain PAGÈS", "M. Guy FOURCADE", at="Représentés : M."),
               d.proxy("Mme Maud CLERMONT", "Mme Odile SERRES"),
               d.proxy("M. Éric TOURNIÉ", "M. Marc DEDIEU")]
    absent = d.persons("M. Bruno SOUQUET", "Mme Léa ICART", at="Absents :")
    sec = d.P("Mme Inès GALINIER", at="Secrétaire :")
    att = attendance(present, [], absent, proxies, in_office=23, present_n=18,
                     represented=3, voting=21)
    session = {"date": "2026-09-29", "place": None, "convened_on": "2026-09-22",
               "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2121-29 et L. 2241-1 ;"),
             d.clause("Vu le code de l'urbanisme, et notamment son article L. 424-1 ;"),
             d.clause("Vu la délibération n° 2025-118 du 15 décembre 2025 prescrivant la\n"
                      "révision du plan local d'urbanisme ;")]
    cons = [d.clause("Considérant que le prix proposé est inférieur de plus de 22 % à\n"
                     "l'estimation du Domaine ;"),
            d.clause("Considérant que le projet d'aménagement et de développement durables\n"
                     "du futur plan local d'urbanisme, débattu le 16 juin 2026, pourrait\n"
                     "modifier la vocation du secteur des Graves ;")]
    votes = [d.vote("À l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE DE REPORTER")
    votes += [d.vote("À la majorité (15 voix pour, 4 voix contre, 2 abstentions)", for_=15,
                     against=4, abstention=2),
              d.vote("Par 17 voix pour et 4 voix contre", for_=17, against=4),
              d.vote("rejeté par 4 voix pour et 17 voix contre", for_=4, against=17,
                     result="rejected")]
    sigs = [d.signature("Le Maire,", "Guy FOURCADE", "Le Maire", "Guy FOURCADE",
                        "Brassac-les-Combes", "2026-09-30", at="Le Maire,\nGuy")]
    d.reset()
    amounts = [d.amount("154 000 €", 154000), d.amount("198 000 €", 198000),
               d.amount("62 500 €", 62500, tax="HT"), d.amount("154 000 €", 154000),
               d.amount("175 000 €", 175000)]
    d.reset()
    dates = [d.date("MARDI 29 SEPTEMBRE 2026", "2026-09-29"),
             d.date("L'an deux mil vingt-six, le vingt-neuf septembre", "2026-09-29"),
             d.date("22 septembre 2026", "2026-09-22"),
             d.date("3 septembre 2026", "2026-09-03"),
             d.date("10 août 2026", "2026-08-10"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("16 juin 2026", "2026-06-16"),
             d.date("30 septembre 2026", "2026-09-30")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2121-29 et L. 2241-1", code=CGCT,
                  articles=["L.2121-29", "L.2241-1"]),
            d.ref("code", "code de l'urbanisme, et notamment son article L. 424-1", code=URBA,
                  articles=["L.424-1"]),
            d.ref("deliberation", "délibération n° 2025-118 du 15 décembre 2025",
                  number="2025-118", date="2025-12-15")]
    d.reset()
    ids = [d.ident("postal_code", "09200", "09200"),
           d.ident("siret", "210 903 118 00011", "21090311800011"),
           d.ident("siren", "200 043 750", "200043750")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE BRASSAC-LES-COMBES", "body": "CONSEIL MUNICIPAL"},
            "2026-052",
            "Projet de cession du terrain communal cadastré AB 214 (lieu-dit « Les Graves ») "
            "à la SARL Combes Habitat – report, refus et sursis à statuer",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE DE REPORTER", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_maurin_motion()
    lavernose_prise_acte()
    orbize_avis()
    brassac_report()
