#!/usr/bin/env python3
"""Hand-written gold for the blind set AN (corpusAN) of corpus/extra-pending
(see README.md, section "Blind set (corpusAN)").
Run: python3 make_gold_an.py

Same conventions and tooling as make_gold_am.py (corpus/extra/_goldlib.py,
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

CEXP = "Code de l'expropriation pour cause d'utilité publique"
CRUR = "Code rural et de la pêche maritime"


def kirschwiller_ca():
    """ALSACE-MOSELLE (Moselle) délibération approving the compte
    administratif: the local counts in a LEFT MARGIN COLUMN beside the
    séance sentence ("Nombre de conseillers / élus : 23 / en fonction : 22 /
    présents : 16 / procurations : 3", the right column running on), the
    L. 2541-13 presidency of the point by the first adjoint (the maire
    withdraws for the vote), "Membres absents excusés : X (procuration à
    Y), …", "Membres absents non excusés :", a results table with a
    NEGATIVE cell, the loi of 1895, "Suivent les signatures au registre."."""
    d = DocH("commune-kirschwiller-les-sarre-compte-administratif-2026-014")
    present = d.persons("M. Jean-Paul WEBER", "Mme Christiane MULLER", "M. Gérard SCHMITT",
                        "Mme Sabine HOFFMANN", "M. Denis KLEIN", "Mme Monique BECKER",
                        "M. Thierry WAGNER", "Mme Nathalie FISCHER", "M. Olivier ZIMMERMANN",
                        "Mme Brigitte LANG", "M. Patrick SCHNEIDER", "Mme Céline KOCH",
                        "M. Raymond HEIN", "Mme Laetitia GANGLOFF", "M. Frédéric STAUB",
                        "Mme Valérie BRUCKER", at="Présents : M. Jean-Paul")
    assert len(present) == 16
    e1 = d.P("Mme Anne-Marie LEHMANN", at="Membres absents excusés")
    h1 = d.P("M. Gérard SCHMITT")
    e2 = d.P("M. Bernard WOLFF")
    h2 = d.P("Mme Monique BECKER")
    e3 = d.P("M. Christophe HUBER")
    h3 = d.P("Mme Christiane MULLER")
    e4 = d.P("Mme Isabelle THIEL")
    absent = d.persons("M. Kevin FRANCK", "Mme Jessica ROTH", at="Membres absents non excusés")
    sec = d.P("Mme Céline KOCH", at="Secrétaire de séance")
    # the point was presided by the first adjoint elected under L. 2541-13
    pres = d.P("M. Gérard SCHMITT", at="Le conseil municipal, après en avoir délibéré, sous")
    att = attendance(present, [e1, e2, e3, e4], absent,
                     [d.proxy(e1, h1), d.proxy(e2, h2), d.proxy(e3, h3)],
                     in_office=22, present_n=16, represented=3, voting=None)
    session = {"date": "2026-03-09", "place": "mairie, salle des délibérations",
               "convened_on": "2026-03-02", "president": pres, "secretary": sec}
    d.reset("Les restes à réaliser")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L. 2541-12, L. 2541-13 et L. 1612-12 ;"),
             d.clause("Vu la loi du 6 juin 1895 portant code municipal d'Alsace-Lorraine ;"),
             d.clause("Vu la délibération n° 2025-006 du 17 mars 2025 approuvant le budget "
                      "primitif 2025 ;"),
             d.clause("Vu le compte de gestion 2025 transmis par le comptable public le "
                      "12 février 2026 ;")]
    cons = [d.clause("Considérant que le compte administratif est conforme au compte de gestion ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "d'approuver le compte administratif",
                "175 368,85 € ;"),
            art(d, "2", None, "Article 2 :", "de constater", "du comptable public ;"),
            art(d, "3", None, "Article 3 :", "de reconnaître", "restes à réaliser.")]
    votes = [d.vote("Pour : 15 – Contre : 0 – Abstentions : 3 (Mme Brigitte LANG, M. Raymond "
                    "HEIN, M. Christophe HUBER représenté) – M. le Maire ne prend pas part au vote.",
                    for_=15, against=0, abstention=3, not_voting=1)]
    sigs = [d.signature("Le Maire,", "Jean-Paul WEBER", "Le Maire", "Jean-Paul WEBER",
                        "Kirschwiller-lès-Sarre", "2026-03-11", at="Pour extrait conforme")]
    d.reset("Les résultats de l'exercice")
    amounts = [d.amount("1 482 306,17 €", 1482306.17), d.amount("1 731 940,52 €", 1731940.52),
               d.amount("249 634,35 €", 249634.35), d.amount("612 480,90 €", 612480.9),
               d.amount("538 215,40 €", 538215.4), d.amount("-74 265,50 €", -74265.5),
               d.amount("2 094 787,07 €", 2094787.07), d.amount("2 270 155,92 €", 2270155.92),
               d.amount("175 368,85 €", 175368.85), d.amount("96 400,00 €", 96400),
               d.amount("58 000,00 €", 58000),
               d.amount("175 368,85 €", 175368.85, at="Article 1er :")]
    d.reset()
    dates = [d.date("lundi 9 mars 2026", "2026-03-09"),
             d.date("L'an deux mille vingt-six, le neuf mars", "2026-03-09"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("2 mars 2026", "2026-03-02", at="la convocation a été affichée"),
             d.date("17 mars 2025", "2025-03-17", at="Le conseil municipal a adopté"),
             d.date("22 septembre 2025", "2025-09-22"),
             d.date("6 juin 1895", "1895-06-06"),
             d.date("17 mars 2025", "2025-03-17"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("11 mars 2026", "2026-03-11"),
             d.date("12/03/2026", "2026-03-12")]
    d.reset()
    refs = [d.ref("code", "article L. 2541-2 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2541-2"]),
            d.ref("code", "article L. 2541-13 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2541-13"]),
            d.ref("deliberation", "délibération n° 2025-006 du 17 mars 2025", number="2025-006",
                  date="2025-03-17"),
            d.ref("deliberation", "délibération n° 2025-041 du 22 septembre 2025",
                  number="2025-041", date="2025-09-22"),
            d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 2541-12, L. 2541-13 et L. 1612-12", code=CGCT,
                  articles=["L.2541-12", "L.2541-13", "L.1612-12"]),
            d.ref("loi", "loi du 6 juin 1895", date="1895-06-06"),
            d.ref("deliberation", "délibération n° 2025-006 du 17 mars 2025", number="2025-006",
                  date="2025-03-17")]
    d.reset()
    ids = [d.ident("postal_code", "57410", "57410"),
           d.ident("phone", "03 87 09 46 12", "0387094612"),
           d.ident("email", "mairie@kirschwiller-les-sarre.fr", "mairie@kirschwiller-les-sarre.fr"),
           d.ident("siren", "215 706 144", "215706144"),
           d.ident("acte", "057-215706144-20260309-2026_014-DE",
                   "057-215706144-20260309-2026_014-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE KIRSCHWILLER-LÈS-SARRE", "body": "CONSEIL MUNICIPAL"},
            "2026-014", "Approbation du compte administratif 2025 du budget principal",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def haut_armancon_cessibilite():
    """ARRÊTÉ PRÉFECTORAL DE CESSIBILITÉ with a LONG ANNEX: "ANNEXE – ÉTAT
    PARCELLAIRE" / "Vu pour être annexé à l'arrêté … n° … du …" (the act's
    own number), two commune blocks of a blank-aligned parcel table
    (N° / Section / Numéro / Lieu-dit / Contenance / Emprise / Reste /
    Compte, surfaces in "ha a ca"), a TOTAL line, then "Identité des
    propriétaires" by compte: surname first, BIRTH DATES ("né le 14 mars
    1951", "né le 30/11/1972", "nés respectivement le … et le …"), SIREN /
    SIRET of a GAEC and a SCI, postal codes."""
    d = DocH("prefecture-haut-armancon-arrete-cessibilite-2026-0031")
    d.reset("La préfète du Haut-Armançon")
    visas = [d.clause("VU le code de l'expropriation pour cause d'utilité publique, notamment ses "
                      "articles L. 132-1, L. 132-2 et R. 131-1 à R. 132-4 ;"),
             d.clause("VU le décret n° 2004-374 du 29 avril 2004 modifié relatif aux pouvoirs des "
                      "préfets, à l'organisation et à l'action des services de l'État dans les "
                      "régions et départements ;"),
             d.clause("VU le décret du 15 janvier 2025 portant nomination de Mme Claire "
                      "ROUSSILLON en qualité de préfète du Haut-Armançon ;"),
             d.clause("VU l'arrêté préfectoral n° DDT-SJF-2024-0617 du 18 novembre 2024 déclarant "
                      "d'utilité publique les travaux d'aménagement d'un créneau de dépassement sur "
                      "la route départementale 917 ;"),
             d.clause("VU la délibération n° CP-2025-09-114 de la commission permanente du conseil "
                      "départemental du 22 septembre 2025 sollicitant l'ouverture de l'enquête "
                      "parcellaire ;"),
             d.clause("VU l'arrêté préfectoral n° DDT-SJF-2025-0388 du 6 octobre 2025 prescrivant "
                      "l'ouverture d'une enquête parcellaire du lundi 3 novembre 2025 au mercredi "
                      "19 novembre 2025 inclus dans les communes de Vergy-le-Bas et de "
                      "Chassenay-sur-Armançon ;"),
             d.clause("VU le rapport et les conclusions du commissaire enquêteur en date du "
                      "2 décembre 2025 ;")]
    cons = [d.clause("CONSIDÉRANT que les propriétaires ont été régulièrement avisés du dépôt du "
                     "dossier d'enquête parcellaire en mairie par lettre recommandée avec demande "
                     "d'avis de réception ;"),
            d.clause("CONSIDÉRANT que le commissaire enquêteur a émis un avis favorable sur "
                     "l'emprise des ouvrages projetés ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", "Cessibilité", "Article 1er – Cessibilité", "Sont déclarés cessibles",
                "1 ha 28 a 65 ca."),
            art(d, "2", "Délai de validité", "Article 2 – Délai de validité", "Le présent arrêté",
                "il sera caduc."),
            art(d, "3", "Notification", "Article 3 – Notification", "Le présent arrêté",
                "à l'état parcellaire."),
            art(d, "4", "Délais et voies de recours", "Article 4 – Délais et voies de recours",
                "Le présent arrêté", "www.telerecours.fr."),
            art(d, "5", "Exécution", "Article 5 – Exécution", "Le secrétaire général",
                "de la préfecture.")]
    sigs = [d.signature("Pour la préfète et par délégation,", "Thomas DELAVIGNE",
                        "Pour la préfète et par délégation, Le secrétaire général",
                        "Thomas DELAVIGNE", "Auxonne-sur-Armançon", "2026-01-12",
                        at="Fait à Auxonne-sur-Armançon")]
    d.reset()
    dates = [d.date("12 janvier 2026", "2026-01-12"),
             d.date("29 avril 2004", "2004-04-29"),
             d.date("15 janvier 2025", "2025-01-15"),
             d.date("18 novembre 2024", "2024-11-18"),
             d.date("22 septembre 2025", "2025-09-22"),
             d.date("6 octobre 2025", "2025-10-06"),
             d.date("lundi 3 novembre 2025", "2025-11-03"),
             d.date("mercredi 19 novembre 2025", "2025-11-19"),
             d.date("2 décembre 2025", "2025-12-02"),
             d.date("12 janvier 2026", "2026-01-12", at="Fait à Auxonne"),
             d.date("12 janvier 2026", "2026-01-12", at="Vu pour être annexé"),
             d.date("14 mars 1951", "1951-03-14"),
             d.date("2 août 1946", "1946-08-02"),
             d.date("30/11/1972", "1972-11-30"),
             d.date("9 février 1958", "1958-02-09"),
             d.date("21 juin 1960", "1960-06-21"),
             d.date("5 mai 1984", "1984-05-05"),
             d.date("17/10/1949", "1949-10-17")]
    d.reset("La préfète du Haut-Armançon")
    refs = [d.ref("code", "code de l'expropriation pour cause d'utilité publique, notamment ses "
                  "articles L. 132-1, L. 132-2 et R. 131-1 à R. 132-4", code=CEXP,
                  articles=["L.132-1", "L.132-2", "R.131-1", "R.132-4"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret du 15 janvier 2025", date="2025-01-15"),
            d.ref("arrete", "arrêté préfectoral n° DDT-SJF-2024-0617 du 18 novembre 2024",
                  number="DDT-SJF-2024-0617", date="2024-11-18"),
            d.ref("deliberation", "délibération n° CP-2025-09-114 de la commission permanente du "
                  "conseil départemental du 22 septembre 2025", number="CP-2025-09-114",
                  date="2025-09-22"),
            d.ref("arrete", "arrêté préfectoral n° DDT-SJF-2025-0388 du 6 octobre 2025",
                  number="DDT-SJF-2025-0388", date="2025-10-06")]
    d.reset("Article 4 –")
    ids = [d.ident("postal_code", "21000", "21000"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr"),
           d.ident("postal_code", "89420", "89420", at="Compte 1 :"),
           d.ident("siren", "442 189 031", "442189031"),
           d.ident("postal_code", "89420", "89420"),
           d.ident("postal_code", "89420", "89420"),
           d.ident("postal_code", "89000", "89000"),
           d.ident("siret", "832 417 554 00017", "83241755400017"),
           d.ident("postal_code", "89390", "89390"),
           d.ident("postal_code", "89420", "89420"),
           d.ident("postal_code", "89420", "89420"),
           d.ident("postal_code", "21000", "21000"),
           d.ident("postal_code", "89390", "89390")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFÈTE DU HAUT-ARMANÇON", "body": "La préfète"},
            "DDT-SJF-2026-0031",
            "portant cessibilité des terrains nécessaires à l'aménagement d'un créneau de "
            "dépassement sur la route départementale 917 entre Vergy-le-Bas et "
            "Chassenay-sur-Armançon, au profit du département du Haut-Armançon",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def arbeltze_garai_bilingue():
    """Municipal délibération with a BILINGUAL BASQUE / FRENCH heading SIDE
    BY SIDE (Basque left column, French right column on the same lines:
    "ARBELTZE-GARAIKO HERRIA   COMMUNE D'ARBELTZE-GARAI", the registre
    heading over two lines in each column), bilingual LABELS "Basque /
    French" inline ("Bilkura / Séance du", "Erabakia / Délibération n°",
    "Gaia / Objet :", "Bertan / Présents :", the counts line, the
    verb line "ERABAKITZEN DU / DÉCIDE :", the vote line "Bozketa / Vote :
    Alde / Pour : 11 – Kontra / Contre : 1 – Abstentzioak / Abstentions :
    2 (…)", the role "Auzapeza / La Maire," and the ACTES line)."""
    d = DocH("commune-arbeltze-garai-signaletique-bilingue-2026-027")
    pres = d.P("Mme Maite ETCHEVERRY", at="sous la présidence de")
    present = d.persons("Mme Maite ETCHEVERRY", "M. Peio IRIGOYEN", "Mme Amaia HARRIAGUE",
                        "M. Beñat ELISSALDE", "Mme Maddi OÇAFRAIN", "M. Jean-Baptiste BERHOUET",
                        "M. Xabi LARRALDE", "Mme Élisabeth SALLABERRY", "M. Txomin ITHURBIDE",
                        "Mme Nahia GOYHENETCHE", "M. Michel DUHALDE", "Mme Arantxa URRUTY",
                        at="Bertan / Présents :")
    x1 = d.P("M. Ramuntxo HARAMBOURE", at="Excusés ayant donné pouvoir")
    h1 = d.P("Mme Maite ETCHEVERRY")
    x2 = d.P("Mme Kattalin MINABERRY")
    h2 = d.P("M. Peio IRIGOYEN")
    ab = d.P("M. Laurent CAMOU", at="Kanpoan / Absent")
    sec = d.P("Mme Maddi OÇAFRAIN", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], [ab], [d.proxy(x1, h1), d.proxy(x2, h2)],
                     in_office=15, present_n=12, represented=2, voting=14)
    session = {"date": "2026-04-16", "place": "mairie, salle Xalbador",
               "convened_on": "2026-04-09", "president": pres, "secretary": sec}
    d.reset("Le reste à")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment son article "
                      "L. 2121-29 ;"),
             d.clause("Vu la loi n° 2021-641 du 21 mai 2021 relative à la protection "
                      "patrimoniale des langues régionales et à leur promotion ;"),
             d.clause("Vu la délibération n° 2025-058 du 18 septembre 2025 ;"),
             d.clause("Vu l'avis de la commission « Euskara eta kultura / Langue basque et "
                      "culture » du 7 avril 2026 ;")]
    cons = [d.clause("Considérant que la présence de la langue basque dans l'espace public "
                     "participe à sa transmission ;")]
    verb = d.span("DÉCIDE", at="ERABAKITZEN DU")
    arts = [art(d, "1", None, "Article 1 –", "d'approuver", "18 600,00 € HT ;"),
            art(d, "2", None, "Article 2 –", "de solliciter", "convention correspondante ;"),
            art(d, "3", None, "Article 3 –", "de fixer", "des travaux.")]
    votes = [d.vote("Pour : 11 – Kontra / Contre : 1 – Abstentzioak / Abstentions : 2 "
                    "(M. Michel DUHALDE, Mme Arantxa URRUTY).",
                    for_=11, against=1, abstention=2)]
    sigs = [d.signature("Auzapeza / La Maire,", "Maite ETCHEVERRY", "La Maire",
                        "Maite ETCHEVERRY", "Arbeltze-Garai", "2026-04-17", at="Fait à Arbeltze")]
    d.reset("Mme la Maire rappelle")
    amounts = [d.amount("18 600,00 €", 18600, tax="HT"),
               d.amount("22 320,00 €", 22320, tax="TTC"),
               d.amount("9 300,00 €", 9300),
               d.amount("3 720,00 €", 3720),
               d.amount("5 580,00 €", 5580, tax="HT"),
               d.amount("18 600,00 €", 18600, tax="HT", at="Article 1 –"),
               d.amount("9 300,00 €", 9300)]
    d.reset()
    dates = [d.date("16 avril 2026", "2026-04-16"),
             d.date("L'an deux mille vingt-six, le seize avril", "2026-04-16"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("18 septembre 2025", "2025-09-18"),
             d.date("21 mai 2021", "2021-05-21"),
             d.date("18 septembre 2025", "2025-09-18"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("17 avril 2026", "2026-04-17"),
             d.date("20/04/2026", "2026-04-20")]
    d.reset("Mme la Maire rappelle")
    refs = [d.ref("deliberation", "délibération n° 2025-058 du 18 septembre 2025",
                  number="2025-058", date="2025-09-18"),
            d.ref("code", "code général des collectivités territoriales, notamment son article "
                  "L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("loi", "loi n° 2021-641 du 21 mai 2021", number="2021-641", date="2021-05-21"),
            d.ref("deliberation", "délibération n° 2025-058 du 18 septembre 2025",
                  number="2025-058", date="2025-09-18")]
    d.reset()
    ids = [d.ident("postal_code", "64240", "64240"),
           d.ident("phone", "05 59 29 61 48", "0559296148"),
           d.ident("email", "herriko-etxea@arbeltze-garai.eus",
                   "herriko-etxea@arbeltze-garai.eus"),
           d.ident("acte", "064-216400929-20260416-2026_027-DE",
                   "064-216400929-20260416-2026_027-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE D'ARBELTZE-GARAI", "body": "CONSEIL MUNICIPAL"},
            "2026-027",
            "Signalétique bilingue français-basque des voies et bâtiments communaux – plan de "
            "financement et convention avec l'Office public de la langue basque",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montagne_du_puech():
    """Délibération of the COMMISSION SYNDICALE of a SECTION DE COMMUNE
    (biens sectionnaux, CGCT L. 2411-x): letterhead "COMMUNE DE … / SECTION
    DE COMMUNE DE …", "REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION
    SYNDICALE", "Réunion du samedi … – Délibération n° CS-2026-03" on one
    line, counts "Membres de la commission syndicale : 6 – Présents : 4 –
    Pouvoir : 1 – / Votants : 5", séance sentence "Le six juin …" (no
    "L'an") held in a BURON, "Membres présents :" / "Membre excusé ayant
    donné pouvoir :" / "Membre absent :", TWO ADVISORY MEMBERS "sans voix
    délibérative" (the maire of the commune de rattachement and a chambre
    d'agriculture adviser) in one sentence, "Secrétaire :" label, a
    candidates table (a SIRET in a cell), a member leaving the room, price
    per hectare, "Ne prend pas part au vote : 1 (M. X)"."""
    d = DocH("section-montagne-du-puech-commission-syndicale-2026-03")
    pres = d.P("M. Aimé CALMELS", at="sous la présidence de")
    present = d.persons("M. Aimé CALMELS", "Mme Josiane BOUSQUET", "M. Henri VIDAL",
                        "M. Cyril ALBOUY", at="Membres présents :")
    x1 = d.P("M. Francis RIGAL", at="Membre excusé ayant donné pouvoir")
    h1 = d.P("M. Aimé CALMELS")
    ab = d.P("Mme Odette FABRE", at="Membre absent")
    adv = d.persons("M. Rémi LACAZE", "Mme Claudine MAUREL", at="sans voix délibérative")
    sec = d.P("Mme Josiane BOUSQUET", at="Secrétaire :")
    att = attendance(present, [x1], [ab], [d.proxy(x1, h1)], adv_p=adv,
                     in_office=6, present_n=4, represented=1, voting=5)
    session = {"date": "2026-06-06", "place": "buron du Puech",
               "convened_on": "2026-05-27", "president": pres, "secretary": sec}
    d.reset("ne prend part ni au débat")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L. 2411-2, L. 2411-6 et L. 2411-10 ;"),
             d.clause("Vu le code rural et de la pêche maritime, notamment ses articles L. 411-1 "
                      "et L. 411-11 ;"),
             d.clause("Vu l'arrêté préfectoral n° 12-2025-07-0219 du 22 juillet 2025 fixant les "
                      "valeurs locatives des terres nues et des bâtiments d'exploitation ;"),
             d.clause("Vu l'avis du conseil municipal de Saint-Géry-de-Viadène du 28 mai 2026 ;")]
    cons = [d.clause("Considérant que le GAEC DU PUECH remplit les conditions de priorité fixées "
                     "par l'article L. 2411-10 du code général des collectivités territoriales ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "de consentir", "30 avril 2035 ;"),
            art(d, "2", None, "Article 2 :", "de fixer", "indice national des fermages ;"),
            art(d, "3", None, "Article 3 :", "d'autoriser", "le bail.")]
    votes = [d.vote("Pour : 3 – Contre : 0 – Abstention : 1 – Ne prend pas part au vote : 1 "
                    "(M. Cyril ALBOUY).", for_=3, against=0, abstention=1, not_voting=1)]
    sigs = [d.signature("Le Président de la commission syndicale,", "Aimé CALMELS",
                        "Le Président de la commission syndicale", "Aimé CALMELS",
                        "Saint-Géry-de-Viadène", "2026-06-08", at="Fait à Saint-Géry")]
    d.reset()
    amounts = [d.amount("48,50 €", 48.5), d.amount("3 996,40 €", 3996.4),
               d.amount("3 996,40 €", 3996.4, at="Article 2 :")]
    d.reset()
    dates = [d.date("samedi 6 juin 2026", "2026-06-06"),
             d.date("six juin deux mille vingt-six", "2026-06-06"),
             d.date("27 mai 2026", "2026-05-27"),
             d.date("1er mai 2017", "2017-05-01"),
             d.date("30 avril 2026", "2026-04-30"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("3 avril 2026", "2026-04-03"),
             d.date("22 juillet 2025", "2025-07-22"),
             d.date("28 mai 2026", "2026-05-28"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("30 avril 2035", "2035-04-30"),
             d.date("8 juin 2026", "2026-06-08"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("10/06/2026", "2026-06-10")]
    d.reset("ne prend part ni au débat")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 2411-2, L. 2411-6 et L. 2411-10", code=CGCT,
                  articles=["L.2411-2", "L.2411-6", "L.2411-10"]),
            d.ref("code", "code rural et de la pêche maritime, notamment ses articles L. 411-1 "
                  "et L. 411-11", code=CRUR, articles=["L.411-1", "L.411-11"]),
            d.ref("arrete", "arrêté préfectoral n° 12-2025-07-0219 du 22 juillet 2025",
                  number="12-2025-07-0219", date="2025-07-22"),
            d.ref("code", "article L. 2411-10 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2411-10"])]
    d.reset()
    ids = [d.ident("postal_code", "12210", "12210"),
           d.ident("phone", "05 65 44 21 83", "0565442183"),
           d.ident("siret", "509 173 829 00029", "50917382900029"),
           d.ident("acte", "012-211202155-20260606-CS2026_03-DE",
                   "012-211202155-20260606-CS2026_03-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SECTION DE COMMUNE DE LA MONTAGNE DU PUECH",
             "body": "COMMISSION SYNDICALE"},
            "CS-2026-03",
            "Location des pâturages sectionnaux de la Montagne du Puech par bail rural de neuf ans",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    kirschwiller_ca()
    haut_armancon_cessibilite()
    arbeltze_garai_bilingue()
    montagne_du_puech()
