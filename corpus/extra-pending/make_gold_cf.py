#!/usr/bin/env python3
"""Hand-written gold for the blind set CF (corpusCF) of corpus/extra-pending
(see README.md, section "Blind set (corpusCF)").
Run: python3 make_gold_cf.py

Same conventions and tooling as make_gold_cd.py (corpus/extra/_goldlib.py,
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
from _goldlib import CGCT, URBA, DocH, art, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def sde_haute_arveze():
    """SDE comité syndical: counts as a two-column Délégués / Voix table,
    roll call as a table by member (voix, titulaire, situation)."""
    d = DocH("sde-haute-arveze-comite-2026-033")
    pres = d.P("M. Bernard CHASSAGNE", at="sous la présidence")
    d.reset("Appel des délégués")
    p = d.persons("M. Bernard CHASSAGNE", "Mme Lucie FAYE", "M. Hervé MOUTARDE")
    x1 = d.P("M. Alain TIXIER")
    p.append(d.P("Mme Claire BOUDET"))
    x2 = d.P("Mme Nadine LAGRANGE")
    pr1 = d.proxy(x2, "M. Hervé MOUTARDE")
    p += d.persons("M. Gérard VERGNIER", "Mme Sophie DUMONTEIL")
    ab = d.P("M. Karim BELKACEM")
    p += d.persons("M. Louis PERRIN", "Mme Paule ROUGERIE")
    x3 = d.P("M. Jacques MAZAUD")
    p.append(d.P("M. Daniel CHAPUT"))
    sec = d.P("Mme Paule ROUGERIE", at="Secrétaire de séance")
    att = attendance(p, [x1, x3], [ab], [pr1], in_office=12, present_n=9,
                     represented=1, voting=10)
    session = {"date": "2026-03-12", "place": "salle polyvalente de Lavaurette",
               "convened_on": "2026-03-03", "president": pres, "secretary": sec}
    d.reset("Le Comité syndical,")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 2224-31 et L. 5711-1 et suivants ;"),
             d.clause("Vu le décret n° 2020-1561 du 10 décembre 2020 relatif aux aides pour "
                      "l'électri- fication rurale ;"),
             d.clause("Vu les statuts du syndicat approuvés par l'arrêté préfectoral n° "
                      "23-2024-06-117 du 18 juin 2024, et notamment leurs articles 8 et 9 "
                      "fixant le nombre de voix de chaque membre ;"),
             d.clause("Vu la délibération n° 2024-051 du 14 novembre 2024 fixant la clé de "
                      "répartition des travaux entre secteurs d'énergie ;")]
    cons = [d.clause("Considérant que le quorum, apprécié en délégués et en voix, est "
                     "atteint ;")]
    votes = [d.vote("Pour : 41 voix (9 délégués) – Contre : 6 voix (1 délé- gué) – "
                    "Abstention : 0 voix. La délibération est adoptée à la majorité des voix "
                    "exprimées.", for_=41, against=6, abstention=0)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le programme", "par le syndicat."),
            art(d, "2", None, "Article 2 :", "L'enveloppe", "présente délibération."),
            art(d, "3", None, "Article 3 :", "Le Président", "présente délibération.")]
    sigs = [d.signature("Le Président,", "Bernard CHASSAGNE", "Le Président",
                        "Bernard CHASSAGNE", "Lavaurette", "2026-03-13",
                        at="Le Président,\n")]
    d.reset("Le Président rappelle")
    amounts = [d.amount("1 845 000 €", 1845000), d.amount("615 000 €", 615000),
               d.amount("2 460 000 €", 2460000, tax="HT"),
               d.amount("1 845 000 €", 1845000), d.amount("615 000 €", 615000)]
    d.reset("Annexe –")
    for t, v in (("312 000 €", 312000), ("268 500 €", 268500), ("241 000 €", 241000),
                 ("295 500 €", 295500), ("198 000 €", 198000), ("402 000 €", 402000),
                 ("221 000 €", 221000), ("187 000 €", 187000), ("335 000 €", 335000),
                 ("2 460 000 €", 2460000)):
        amounts.append(d.amount(t, v))
    d.reset()
    dates = [d.date("jeudi 12 mars 2026", "2026-03-12"),
             d.date("douze mars deux mille vingt-six", "2026-03-12"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("10 décembre 2020", "2020-12-10"),
             d.date("18 juin 2024", "2024-06-18"),
             d.date("14 novembre 2024", "2024-11-14"),
             d.date("13 mars 2026", "2026-03-13"),
             d.date("16/03/2026", "2026-03-16"),
             d.date("16/03/2026", "2026-03-16")]
    d.reset("Le Comité syndical,")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses "
                  "articles L. 2224-31 et L. 5711-1", code=CGCT,
                  articles=["L.2224-31", "L.5711-1"]),
            d.ref("decret", "décret n° 2020-1561 du 10 décembre 2020", number="2020-1561",
                  date="2020-12-10"),
            d.ref("arrete", "arrêté préfectoral n° 23-2024-06-117 du 18 juin 2024",
                  number="23-2024-06-117", date="2024-06-18"),
            d.ref("deliberation", "délibération n° 2024-051 du 14 novembre 2024",
                  number="2024-051", date="2024-11-14")]
    d.reset()
    ids = [d.ident("postal_code", "23740", "23740"),
           d.ident("phone", "05 55 61 40 27", "0555614027"),
           d.ident("email", "contact@sde-haute-arveze.fr", "contact@sde-haute-arveze.fr"),
           d.ident("siret", "257 312 462 00019", "25731246200019")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT DÉPARTEMENTAL D'ÉNERGIES DE LA HAUTE-ARVÈZE",
             "body": "COMITÉ SYNDICAL"},
            "2026-033",
            "Programme 2026 de travaux d'électrification rurale – répartition de "
            "l'enveloppe par secteur d'énergie",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sdis_monts_d_arlanc():
    """SDIS conseil d'administration: attendance by collège with
    suppléants siégeant, ranks as titles of advisory members, quorum
    sentence, vote table by collège."""
    d = DocH("sdis-monts-d-arlanc-ca-2026-018")
    pres = d.P("Mme Josiane CROZE", at="sous la présidence")
    d.reset("COLLÈGE DU DÉPARTEMENT")
    p = d.persons("Mme Josiane CROZE", "M. Paul ROCHE", "Mme Martine VIALLE",
                  "M. Serge BONNEFOY", "Mme Élise CHARBONNIER", "M. Yann PEYRARD",
                  "Mme Odette LAURENSON", "M. Thierry JOUVE")
    x1 = d.P("Mme Agnès DUPIN", at="Excusés :")
    pr1 = d.proxy(x1, "M. Paul ROCHE")
    x2 = d.P("M. Rémi SABY")
    p.append(d.P("M. Henri FAURIE"))
    ab = d.P("M. Lucien GIBERT")
    p += d.persons("Mme Sylvie BRUN", "M. Jean-Baptiste DELORME", "Mme Nadia OULD-ALI")
    adv = [d.S("Éric VALETTE", None, "Éric", "VALETTE", at="voix consultative présents"),
           d.S("Anne TERRASSE", None, "Anne", "TERRASSE"),
           d.S("Luc BERTHON", None, "Luc", "BERTHON")]
    adv_x = [d.P("M. Olivier SAUZET")]
    sec = d.P("M. Yann PEYRARD", at="Secrétaire de séance")
    att = attendance(p, [x1, x2], [ab], [pr1], adv, adv_x, in_office=15, present_n=12,
                     represented=1, voting=13)
    session = {"date": "2026-03-20", "place": "salle Chabrier de la direction "
               "départementale", "convened_on": "2026-03-06", "president": pres,
               "secretary": sec}
    d.reset("Le conseil d'administration,")
    visas = [d.clause("VU le code général des collectivités territoriales, et notamment ses "
                      "articles L. 1424-24 à L. 1424-35 ;"),
             d.clause("VU la loi n° 2021-1520 du 25 novembre 2021 visant à consolider notre "
                      "modèle de sécurité civile et valoriser le volontariat des "
                      "sapeurs-pompiers et les sapeurs- pompiers professionnels ;"),
             d.clause("VU la délibération du conseil départemental n° 2025-DEP-144 du 15 "
                      "décembre 2025 fixant la contribution du Département au budget du "
                      "SDIS ;"),
             d.clause("VU le schéma départemental d'analyse et de couverture des risques "
                      "arrêté le 2 février 2024 ;")]
    cons = [d.clause("CONSIDÉRANT que la convention sécurise le financement des "
                     "investissements du SDIS, estimés à 9,6 M€ sur trois ans ;")]
    votes = [d.vote("Pour Contre Abstention Département 9 0 0 Communes 1 0 0 EPCI 1 1 1 "
                    "---- ------ ---------- Total 11 1 1", for_=11, against=1,
                    abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "D'approuver", "en 2028."),
            art(d, "2", None, "Article 2 –", "D'autoriser", "avenants."),
            art(d, "3", None, "Article 3 –", "La présente", "sa publication.")]
    sigs = [d.signature("La Présidente du conseil d'administration,", "Josiane CROZE",
                        "La Présidente du conseil d'administration", "Josiane CROZE",
                        "Le Puy-d'Arlanc", "2026-03-23")]
    d.reset()
    amounts = [d.amount("9,6 M€", 9600000), d.amount("14 250 000 €", 14250000),
               d.amount("14 535 000 €", 14535000), d.amount("14 825 700 €", 14825700)]
    d.reset()
    dates = [d.date("vendredi 20 mars 2026", "2026-03-20"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("25 novembre 2021", "2021-11-25"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("2 février 2024", "2024-02-02"),
             d.date("23 mars 2026", "2026-03-23"),
             d.date("24/03/2026", "2026-03-24")]
    d.reset("Le conseil d'administration,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 1424-24 à L. 1424-35", code=CGCT,
                  articles=["L.1424-24", "L.1424-35"]),
            d.ref("loi", "loi n° 2021-1520 du 25 novembre 2021", number="2021-1520",
                  date="2021-11-25"),
            d.ref("deliberation", "délibération du conseil départemental n° 2025-DEP-144 "
                  "du 15 décembre 2025", number="2025-DEP-144", date="2025-12-15"),
            d.ref("other", "schéma départemental d'analyse et de couverture des risques "
                  "arrêté le 2 février 2024", date="2024-02-02")]
    d.reset()
    ids = [d.ident("postal_code", "43012", "43012"),
           d.ident("phone", "04 71 05 18 00", "0471051800"),
           d.ident("acte", "043-284300017-20260320-2026018-DE",
                   "043-284300017-20260320-2026018-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DES MONTS "
             "D'ARLANC", "body": "CONSEIL D'ADMINISTRATION"},
            "2026-018",
            "Convention pluriannuelle de financement entre le Département et le SDIS pour "
            "la période 2026-2028",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def symtod_loussine():
    """déchets syndicat mixte PV: collèges urbain/rural, weighted voix,
    votes per collège with a total, one item rejected, the émargement list
    by member collectivity in an annex after the signatures."""
    d = DocH("symtod-val-de-loussine-pv-comite-2026-02")
    pres = d.P("M. Philippe LEMAIRE", at="sous la présidence")
    sec = d.P("Mme Hélène RAGOT", at="Secrétaire de séance")
    d.reset("ANNEXE –")
    p = d.persons("M. Philippe LEMAIRE", "Mme Hélène RAGOT")
    ab = d.P("M. Didier COUTANT")
    p += d.persons("M. Romain PIAU", "Mme Fatima AZOUGAGH", "M. Jean-Claude BOUTET")
    x = d.P("Mme Sylvie GAUTREAU")
    pr1 = d.proxy(x, d.S("M. BOUTET", "M.", None, "BOUTET"))
    p.append(d.P("M. Alain PROUST"))
    ex = d.P("M. Bruno VAILLANT")
    p += d.persons("Mme Michèle DESHAYES", "M. Gilles TAFFOREAU")
    att = attendance(p, [ex], [ab], [pr1], in_office=10, present_n=8, represented=1,
                     voting=9)
    session = {"date": "2026-04-08",
               "place": "centre de valorisation de Oucques-la-Loussine",
               "convened_on": "2026-03-27", "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    votes = [d.vote("à l'unanimité des voix exprimées (72 voix)", for_=72, unanimous=True)]
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2224-13 ;")]
    verb = d.span("DÉCIDE")
    votes.append(d.vote("Collège urbain : 30 voix pour, 12 voix contre Collège rural : 30 "
                        "voix pour, 0 voix contre Total : 60 voix pour, 12 voix contre, 0 "
                        "abstention – adopté", for_=60, against=12, abstention=0))
    votes.append(d.vote("Collège urbain : 0 voix pour, 42 voix contre Collège rural : 30 "
                        "voix pour, 0 voix contre Total : 30 voix pour, 42 voix contre – "
                        "rejeté", for_=30, against=42, result="rejected"))
    votes.append(d.vote("à l'unanimité des voix (72 voix)", for_=72, unanimous=True))
    sigs = [d.signature("Le Président,", "Philippe LEMAIRE", "Le Président",
                        "Philippe LEMAIRE", None, None, at="Le Président,  "),
            d.signature("La secrétaire de séance,", "Hélène RAGOT",
                        "La secrétaire de séance", "Hélène RAGOT", None, None)]
    d.reset()
    amounts = [d.amount("118,40 €", 118.4, tax="HT"), d.amount("126,90 €", 126.9, tax="HT"),
               d.amount("126,90 €", 126.9, tax="HT"), d.amount("742 000 €", 742000, tax="HT"),
               d.amount("58 000 €", 58000)]
    d.reset()
    dates = [d.date("mercredi 8 avril 2026", "2026-04-08"),
             d.date("mercredi 8 avril 2026", "2026-04-08"),
             d.date("27 mars 2026", "2026-03-27"),
             d.date("11 février 2026", "2026-02-11"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("10 décembre 2025", "2025-12-10")]
    d.reset("1. Approbation")
    refs = [d.ref("deliberation", "Délibération n° 2026-011", number="2026-011"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2224-13", code=CGCT, articles=["L.2224-13"]),
            d.ref("deliberation", "Délibération n° 2026-012", number="2026-012"),
            d.ref("deliberation", "Délibération n° 2026-013", number="2026-013")]
    d.reset()
    ids = [d.ident("postal_code", "41290", "41290"),
           d.ident("siren", "254 318 595", "254318595"),
           d.ident("phone", "02 54 23 71 90", "0254237190"),
           d.ident("email", "secretariat@symtod-loussine.fr",
                   "secretariat@symtod-loussine.fr"),
           d.ident("siret", "200 081 438 00018", "20008143800018")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "SYMTOD du Val de Loussine", "body": "COMITÉ SYNDICAL"},
            "2026-02", "PROCÈS-VERBAL DU COMITÉ SYNDICAL Séance du mercredi 8 avril 2026",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def scot_brevenne():
    """syndicat mixte de SCoT: delegates in prose grouped by EPCI with
    their voix, suppléant "siégeant pour", quorum in voix, qualified
    majority with the dissenters named, ARRÊTE, article cut by a page
    break."""
    d = DocH("sm-scot-pays-de-brevenne-comite-2026-07")
    pres = d.P("Mme Armelle DUCRUET", at="sous la prési")
    d.reset("Étaient présents ou représentés")
    p = d.persons("Mme Armelle DUCRUET", "M. Noël GRANJON", "M. Patrice VERNAY",
                  "M. Cédric BOIRON")
    p += d.persons("M. Roland MICHALLET", "Mme Stéphanie PONCET", at="Haut-Lyzon (36")
    pr1 = d.proxy("Mme Ginette BESSON-RIVOIRE", "M. Roland MICHALLET")
    p += d.persons("M. François THIOLLIÈRE", "M. Didier COQUARD")
    ex = d.P("M. Jérôme LAFAY", at="Était excusé")
    sec = d.P("Mme Stéphanie PONCET", at="Mme Stéphanie PONCET est désignée")
    att = attendance(p, [ex], [], [pr1], in_office=10, present_n=8, represented=1,
                     voting=None)
    session = {"date": "2026-06-02", "place": "Maison de l'intercommunalité",
               "convened_on": "2026-05-22", "president": pres, "secretary": sec}
    d.reset("désignée secrétaire")
    visas = [d.clause("Vu le code général des collectivités territoriales ;"),
             d.clause("Vu le code de l'urbanisme, et notamment ses articles L. 103-2 à L. "
                      "103-6, L. 141-1 et suivants et L. 143-20 ;"),
             d.clause("Vu l'arrêté inter-préfectoral n° 69-2019-03-12-004 du 12 mars 2019 "
                      "portant création du syndicat mixte ;"),
             d.clause("Vu la délibération n° CS 2022/14 du 28 juin 2022 prescrivant la "
                      "révision du SCoT et fixant les modalités de la concertation ;"),
             d.clause("Vu le débat sur les orientations du projet d'aménagement stratégique "
                      "tenu en comité syndical le 16 octobre 2025 ;")]
    cons = [d.clause("Considérant que la concertation s'est déroulée du 5 septembre 2022 au "
                     "31 mars 2026 conformément aux modalités fixées, et que son bilan est "
                     "annexé ;"),
            d.clause("Considérant que l'article 12 des statuts impose, pour l'arrêt du "
                     "projet, une majorité des deux tiers des voix exprimées ;")]
    votes = [d.vote("à la majorité qualifiée des deux tiers des voix exprimées, par 69 voix "
                    "pour (7 délégués), 22 voix contre (2 dé- légués : M. Noël GRANJON, M. "
                    "Didier COQUARD) et 0 abstention", for_=69, against=22, abstention=0)]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1 :", "Le bilan", "est approuvé."),
            art_cut(d, "2", None, "Article 2 :", "Le projet", "sur l'exercice 2026.",
                    "Le projet de schéma de cohérence territoriale révisé du Pays de Brévenne "
                    "et du Haut-Lyzon est arrêté tel qu'il est annexé à la présente "
                    "délibération. Le coût total des études de révision s'élève à 286 400 € "
                    "HT, dont 48 000 € restant à mandater sur l'exercice 2026."),
            art(d, "3", None, "Article 3 :", "Le projet arrêté", "en feront la demande."),
            art(d, "4", None, "Article 4 :", "La présente", "établissements membres.")]
    sigs = [d.signature("La Présidente,", "Armelle DUCRUET", "La Présidente",
                        "Armelle DUCRUET", "Sainte-Foy-en-Brévenne", "2026-06-04")]
    d.reset()
    amounts = [d.amount("286 400 €", 286400, tax="HT"), d.amount("48 000 €", 48000)]
    d.reset()
    dates = [d.date("2 juin 2026", "2026-06-02"),
             d.date("22 mai 2026", "2026-05-22"),
             d.date("mardi 2 juin 2026", "2026-06-02"),
             d.date("12 mars 2019", "2019-03-12"),
             d.date("28 juin 2022", "2022-06-28"),
             d.date("16 octobre 2025", "2025-10-16"),
             d.date("5 septembre 2022", "2022-09-05"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("4 juin 2026", "2026-06-04"),
             d.date("05/06/2026", "2026-06-05"),
             d.date("05/06/2026", "2026-06-05")]
    d.reset("désignée secrétaire")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("code", "code de l'urbanisme, et notamment ses articles L. 103-2 à L. "
                  "103-6, L. 141-1 et suivants et L. 143-20", code=URBA,
                  articles=["L.103-2", "L.103-6", "L.141-1", "L.143-20"]),
            d.ref("arrete", "arrêté inter-préfectoral n° 69-2019-03-12-004 du 12 mars 2019",
                  number="69-2019-03-12-004", date="2019-03-12"),
            d.ref("deliberation", "délibération n° CS 2022/14 du 28 juin 2022",
                  number="CS 2022/14", date="2022-06-28"),
            d.ref("code", "articles L. 132-7 et L. 132-8 du code de l'urbanisme", code=URBA,
                  articles=["L.132-7", "L.132-8"])]
    d.reset()
    ids = [d.ident("postal_code", "69610", "69610"),
           d.ident("siret", "200 072 957 00018", "20007295700018"),
           d.ident("email", "scot@pays-brevenne.fr", "scot@pays-brevenne.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DU SCHÉMA DE COHÉRENCE TERRITORIALE DU PAYS DE "
             "BRÉVENNE ET DU HAUT-LYZON", "body": "Comité syndical"},
            "CS 2026/07",
            "Bilan de la concertation et arrêt du projet de schéma de cohérence "
            "territoriale (SCoT) révisé",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ARRÊTE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    sde_haute_arveze()
    sdis_monts_d_arlanc()
    symtod_loussine()
    scot_brevenne()
