#!/usr/bin/env python3
"""Hand-written gold for the blind set BX (corpusBX) of corpus/extra-pending
(see README.md, section "Blind set (corpusBX)"): boards of public
establishments attached to communes (CCAS, caisse des écoles, EHPAD,
centre de gestion).
Run: python3 make_gold_bx.py

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
from _goldlib import CASF, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CGFP = "Code général de la fonction publique"


def bellerive_ccas():
    """CCAS délibération: élus / nommés lists SEMICOLON-separated on one
    label line each, quorum sentence with the count, aides facultatives."""
    d = DocH("ccas-bellerive-sur-ance-ca-2026-12")
    ids = [d.ident("postal_code", "71290", "71290"),
           d.ident("siret", "267 105 526 00011", "26710552600011")]
    pres = d.P("M. Bernard CHAUVEAU", at="sous la présidence")
    present = d.persons("M. Bernard CHAUVEAU", "Mme Josiane MERCIER", "M. Fabrice DELORME",
                        "Mme Annick\nVALLET", "Mme Geneviève TARDY", "M. Raymond PELLETIER",
                        "Mme Yvette GRANGER", at="MEMBRES ÉLUS")
    x1 = d.P("M. Stéphane BOUVIER", at="Excusés :")
    p1 = d.proxy(x1, "Mme Josiane MERCIER")
    x2 = d.P("Mme Laure DUCHÊNE")
    absent = d.persons("M. Kévin AUBRY", "Mme Paulette RIVIÈRE", at="Absents :")
    sec = d.P("Mme Annick VALLET", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1], in_office=11, present_n=7,
                     represented=None, voting=8)
    session = {"date": "2026-04-15", "place": "salle Jean-Moulin", "convened_on": "2026-04-07",
               "president": pres, "secretary": sec}
    d.reset("Secrétaire de séance")
    visas = [d.clause("Vu le code de l'action sociale et des familles, notamment ses articles\n"
                      "L. 123-5 et R. 123-21 ;"),
             d.clause("Vu la délibération n° 2025-09 du 10 juin 2025 portant règlement des aides\n"
                      "facultatives ;")]
    cons = [d.clause("Considérant la hausse du coût de l'énergie et des denrées alimentaires ;"),
            d.clause("Considérant la demande de la commission permanente d'aide sociale ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "Les montants", "par repas."),
            art(d, "2", None, "Article 2 –", "La dépense", "du CCAS."),
            art(d, "3", None, "Article 3 –", "Le règlement", "présente délibération.")]
    votes = [d.vote("Pour : 7 – Contre : 0 – Abstention : 1 (M. Raymond PELLETIER)",
                    for_=7, against=0, abstention=1)]
    sigs = [d.signature("Le Président du CCAS,", "Bernard CHAUVEAU", "Le Président du CCAS",
                        "Bernard CHAUVEAU", "Bellerive-sur-Ance", "2026-04-16")]
    d.reset("DÉCIDE")
    amounts = [d.amount("120 €", 120), d.amount("250 €", 250), d.amount("320 €", 320),
               d.amount("1,50 €", 1.5),
               d.amount("dix-huit mille six cents euros", 18600)]
    d.reset()
    dates = [d.date("mercredi 15 avril 2026", "2026-04-15"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("mercredi 15 avril 2026", "2026-04-15"),
             d.date("10 juin 2025", "2025-06-10"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("16 avril 2026", "2026-04-16")]
    d.reset()
    refs = [d.ref("code", "code de l'action sociale et des familles, notamment ses articles\n"
                  "L. 123-5 et R. 123-21", code=CASF, articles=["L.123-5", "R.123-21"]),
            d.ref("deliberation", "délibération n° 2025-09 du 10 juin 2025", number="2025-09",
                  date="2025-06-10")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CCAS DE BELLERIVE-SUR-ANCE", "body": "CONSEIL D'ADMINISTRATION"},
            "2026-12",
            "Règlement des aides facultatives – Revalorisation des montants pour l'année 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lusigny_caisse():
    """caisse des écoles PV: numbered points "1." each with its vote in a
    different shape, SIDE-BY-SIDE signatures."""
    d = DocH("caisse-des-ecoles-lusigny-la-vallee-pv-2026-02")
    ids = [d.ident("postal_code", "10270", "10270")]
    pres = d.P("Mme Martine LEBRUN", at="présidence de")
    present = d.persons("Mme Martine LEBRUN", "M. Gérald PAYEN", "Mme Sandrine COLLET",
                        "Mme Hélène ROBIN", "M. Thierry VAILLANT", "Mme Nadège BOULANGER",
                        at="Présents (6)")
    p1 = d.proxy("M. Christian MARCHAL", "Mme Sandrine COLLET", at="Pouvoir (1)")
    excused = [d.P("Mme Clarisse HOARAU", at="Excusée :")]
    absent = [d.P("M. Yoann LEGRAND", at="Absent :")]
    sec = d.P("Mme Hélène ROBIN", at="Absent :")
    att = attendance(present, excused, absent, [p1], in_office=9, present_n=6,
                     represented=1, voting=None)
    session = {"date": "2026-03-09", "place": "hôtel de ville", "convened_on": "2026-03-02",
               "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("ADOPTE")
    votes += [d.vote("5 pour, 0 contre, 1 abstention (Mme Nadège BOULANGER)",
                     for_=5, against=0, abstention=1),
              d.vote("par 7 voix pour", for_=7),
              d.vote("vote : unanimité", unanimous=True),
              d.vote("pour 6, contre 1 (M. Thierry VAILLANT), abstention 0",
                     for_=6, against=1, abstention=0)]
    sigs = [d.signature("La présidente,", "Martine LEBRUN", "La présidente", "Martine LEBRUN",
                        None, None),
            d.signature("La secrétaire de séance,", "Hélène ROBIN", "La secrétaire de séance",
                        "Hélène ROBIN", None, None, at="La présidente,")]
    d.reset()
    amounts = [d.amount("4 312,58 €", 4312.58), d.amount("62 480,00 €", 62480),
               d.amount("55 000 €", 55000), d.amount("38 €", 38), d.amount("90 €", 90)]
    d.reset()
    dates = [d.date("lundi 9 mars 2026", "2026-03-09"),
             d.date("lundi neuf mars deux mille vingt-six", "2026-03-09"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("8 décembre 2025", "2025-12-08")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "CAISSE DES ÉCOLES DE LUSIGNY-LA-VALLÉE", "body": "COMITÉ"},
            None, "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ Séance du lundi 9 mars 2026",
            session=session, att=att, dec={"verb": "ADOPTE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, ids=ids)
    check_inside(a)
    d.write([a])


def vauclerc_ehpad():
    """EHPAD délibération: present members in DASH BULLETS PER COLLEGE
    (commune, département, usagers, personnel, personne qualifiée), the
    directeur advisory AND secretary, DOT-LEADER tariff tables in articles
    with headings."""
    d = DocH("ehpad-les-glycines-vauclerc-sur-droue-ca-2026-05")
    ids = [d.ident("postal_code", "28260", "28260"),
           d.ident("siret", "262 800 410 00017", "26280041000017")]
    pres = d.P("Mme Françoise DELACOUR", at="Sous la présidence")
    d.reset("représentants de la commune")
    present = [d.P("Mme Françoise DELACOUR"), d.P("M. Olivier BRISSET"),
               d.P("Mme Agnès FOUCAULT"), d.P("M. Patrice LANGLOIS"), d.P("Mme Jeanne MOULIN"),
               d.P("M. Robert TESSIER"), d.P("Mme Karima BENSAÏD"),
               d.S("Dr Michel ARNAUD", "Dr", "Michel", "ARNAUD")]
    x1 = d.P("M. Serge COUDERC", at="Excusés :")
    p1 = d.proxy(x1, "M. Patrice LANGLOIS")
    x2 = d.P("Mme Irène FAYOLLE")
    absent = d.persons("M. Dylan MARTINEAU", "Mme Odette\nCHARPENTIER", at="Absents :")
    adv = [d.P("M. Laurent GIRAUDEAU", at="Avec voix consultative"), d.P("Mme Sylvie ROUSSEL"),
           d.S("Dr Anne LECLERC", "Dr", "Anne", "LECLERC")]
    sec = adv[0]
    att = attendance(present, [x1, x2], absent, [p1], adv_p=adv, in_office=12, present_n=8,
                     represented=1, voting=9)
    session = {"date": "2026-11-25", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Le conseil d'administration,\n\nVu")
    visas = [d.clause("Vu le code de l'action sociale et des familles, et notamment ses articles\n"
                      "L. 315-12, R. 314-182 et R. 314-185 ;"),
             d.clause("Vu l'arrêté du président du conseil départemental n° 2025-DAS-412 du "
                      "18 décembre\n2025 fixant les tarifs de l'exercice 2026 ;"),
             d.clause("Vu l'avis du conseil de la vie sociale du 13 novembre 2026 ;")]
    cons = [d.clause("Considérant l'évolution des charges de personnel et d'alimentation ;")]
    verb = d.span("ADOPTE")
    arts = [art(d, "1", "Tarifs hébergement", "Article 1er :", "Chambre individuelle",
                "84,20 € TTC par jour"),
            art(d, "2", "Tarifs dépendance", "Article 2 :", "GIR 1-2", "6,13 € par jour"),
            art(d, "3", None, "Article 3 :", "Le directeur", "conseil départemental.")]
    votes = [d.vote("Adoptée par 8 voix pour et 1 voix contre", for_=8, against=1)]
    sigs = [d.signature("La Présidente du conseil d'administration,", "Françoise DELACOUR",
                        "La Présidente du conseil d'administration", "Françoise DELACOUR",
                        "Vauclerc-sur-Droue", "2026-11-26"),
            d.signature("Le Directeur, secrétaire de séance,", "Laurent GIRAUDEAU",
                        "Le Directeur, secrétaire de séance", "Laurent GIRAUDEAU",
                        "Vauclerc-sur-Droue", "2026-11-26")]
    d.reset("Article 1er :")
    amounts = [d.amount("63,45 €", 63.45, tax="TTC"), d.amount("58,10 €", 58.1, tax="TTC"),
               d.amount("66,90 €", 66.9, tax="TTC"), d.amount("84,20 €", 84.2, tax="TTC"),
               d.amount("22,75 €", 22.75), d.amount("14,44 €", 14.44), d.amount("6,13 €", 6.13)]
    d.reset()
    dates = [d.date("25 NOVEMBRE 2026", "2026-11-25"),
             d.date("18 décembre\n2025", "2025-12-18"),
             d.date("13 novembre 2026", "2026-11-13"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("26 novembre 2026", "2026-11-26")]
    d.reset()
    refs = [d.ref("code", "code de l'action sociale et des familles, et notamment ses articles\n"
                  "L. 315-12, R. 314-182 et R. 314-185", code=CASF,
                  articles=["L.315-12", "R.314-182", "R.314-185"]),
            d.ref("arrete", "arrêté du président du conseil départemental n° 2025-DAS-412 du "
                  "18 décembre\n2025", number="2025-DAS-412", date="2025-12-18")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "ÉTABLISSEMENT D'HÉBERGEMENT POUR PERSONNES ÂGÉES DÉPENDANTES "
                             "« RÉSIDENCE LES GLYCINES » DE VAUCLERC-SUR-DROUE",
             "body": "CONSEIL D'ADMINISTRATION"},
            "2026/05",
            "portant fixation des tarifs hébergement et dépendance pour l'exercice 2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ADOPTE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def meusine_cdg():
    """centre de gestion délibération: counts on one SEMICOLON line BEFORE
    the lists, present by COLLÈGE sub-label, a "PROCURATION" block, the
    giver again in "EXCUSÉS", "ARTICLE PREMIER", a rate in %, ACTES stamp."""
    d = DocH("cdg-meusine-ca-deliberation-2026-022")
    ids = [d.ident("postal_code", "55300", "55300"),
           d.ident("phone", "03 29 41 62 00", "0329416200"),
           d.ident("email", "contact@cdg-meusine.fr", "contact@cdg-meusine.fr")]
    present = d.persons("M. Jean-Pierre HUMBERT", "Mme Catherine VOISIN", "M. André LAURENT",
                        "Mme Nathalie PERRIN", "M. Bruno GAILLARD", "Mme Sylvie\nCORDIER",
                        "M. Michel TISSERAND", "Mme Pauline MAROT", "M. Hugues\nRAVENEL",
                        "Mme Ghislaine FOURNIER", at="ÉTAIENT PRÉSENTS")
    pres = present[0]
    p1 = d.proxy("M. Yves CHARDIN", "M. André LAURENT", at="PROCURATION")
    excused = d.persons("M. Yves CHARDIN", "Mme Odile BARBIER", "M. Frédéric JACQUOT",
                        at="EXCUSÉS :")
    absent = d.persons("M. Thomas HENRY", "Mme Laetitia ROCHE", at="ABSENTS :")
    adv = [d.P("Mme Claire DUVERNOY", at="Assistait")]
    sec = d.P("Mme Pauline MAROT", at="Le quorum")
    att = attendance(present, excused, absent, [p1], adv_p=adv, in_office=15, present_n=10,
                     represented=1, voting=11)
    session = {"date": "2026-07-03", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Le Conseil d'administration,\n\nVu")
    visas = [d.clause("Vu le code général de la fonction publique, notamment ses articles L. 452-1,\n"
                      "L. 452-26 et L. 452-30 ;"),
             d.clause("Vu le décret n° 85-643 du 26 juin 1985 relatif aux centres de gestion ;"),
             d.clause("Vu la délibération n° 2025-DCA-031 du 4 décembre 2025 fixant le taux de la\n"
                      "cotisation additionnelle pour 2026 ;")]
    cons = [d.clause("Considérant le développement des missions facultatives de médecine\n"
                     "préventive et de conseil en organisation ;")]
    votes = [d.vote("à l'unanimité des\nmembres présents et représentés", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "ARTICLE PREMIER –", "Le taux", "1er janvier 2027."),
            art(d, "2", None, "ARTICLE 2 –", "Les prestations", "jour d'intervention."),
            art(d, "3", None, "ARTICLE 3 –", "Le Président est chargé", "présente délibération.")]
    sigs = [d.signature("Le Président,", "Jean-Pierre HUMBERT", "Le Président",
                        "Jean-Pierre HUMBERT", "Bar-sur-Meusine", "2026-07-06",
                        at="Pour extrait certifié")]
    ids.append(d.ident("acte", "055-285500179-20260706-2026DCA022-DE",
                       "055-285500179-20260706-2026DCA022-DE"))
    d.reset()
    amounts = [d.amount("420 €", 420)]
    d.reset()
    dates = [d.date("vendredi 3 juillet 2026", "2026-07-03"),
             d.date("26 juin 1985", "1985-06-26"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("6 juillet 2026", "2026-07-06"),
             d.date("07/07/2026", "2026-07-07")]
    d.reset()
    refs = [d.ref("code", "code général de la fonction publique, notamment ses articles L. 452-1,\n"
                  "L. 452-26 et L. 452-30", code=CGFP,
                  articles=["L.452-1", "L.452-26", "L.452-30"]),
            d.ref("decret", "décret n° 85-643 du 26 juin 1985", number="85-643",
                  date="1985-06-26"),
            d.ref("deliberation", "délibération n° 2025-DCA-031 du 4 décembre 2025",
                  number="2025-DCA-031", date="2025-12-04")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA "
                             "MEUSINE", "body": "CONSEIL D'ADMINISTRATION"},
            "2026-DCA-022",
            "Taux de la cotisation additionnelle des collectivités affiliées pour l'année 2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    bellerive_ccas()
    lusigny_caisse()
    vauclerc_ehpad()
    meusine_cdg()
