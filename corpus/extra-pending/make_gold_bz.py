#!/usr/bin/env python3
"""Hand-written gold for the blind set BZ (corpusBZ) of corpus/extra-pending
(see README.md, section "Blind set (corpusBZ)"): four BUDGET DOCUMENTS.
Run: python3 make_gold_bz.py

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
from _goldlib import CGCT, CGI, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def amounts_seq(d, items):
    return [d.amount(t, v) for t, v in items]


def brevilliers_bp():
    """BUDGET PRIMITIF voted by chapter: one blank-aligned table with both
    sections stacked, a vote TABLE per section."""
    d = DocH("commune-brevilliers-sur-aube-budget-primitif-2026-014")
    pres = d.P("Mme Hélène VARIN", at="présidence de")
    present = d.persons("Mme Hélène VARIN", "M. Gérard BOUCHON", "Mme Lucie THIERRY",
                        "M. Alain\nCOLLET", "Mme Sandrine MAILLARD", "M. Patrice JOLY",
                        "Mme Nadège PERRIN", "M. Rémi\nGALLOIS", "Mme Chantal BÉGUIN",
                        "M. Xavier DELORME", "Mme Manon RICHET", "M. Fabien\nLAURENT",
                        at="Présents :")
    x1 = d.P("M. Didier HUSSON", at="Absents excusés")
    p1 = d.proxy(x1, "Mme Hélène VARIN")
    x2 = d.P("Mme Élodie CARRÉ")
    p2 = d.proxy(x2, "M. Gérard BOUCHON")
    absent = [d.P("M. Thomas VIARD", at="Absent :")]
    sec = d.P("Mme Manon RICHET", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-03-26", "place": "mairie", "convened_on": "2026-03-19",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 2311-1 à L. 2343-2 ;"),
             d.clause("Vu l'instruction budgétaire et comptable M57 ;"),
             d.clause("Vu la délibération n° 2026-006 du 12 février 2026 relative au débat d'orientation\n"
                      "budgétaire ;")]
    cons = [d.clause("Considérant le projet de budget primitif 2026 présenté par chapitre, dont la\n"
                     "balance s'établit comme suit (montants en euros) :")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'adopter", "640 000,00 €."),
            art(d, "2", None, "Article 2 :", "D'autoriser", "présent budget.")]
    votes = [d.vote("Fonctionnement         11       2           1", for_=11, against=2,
                    abstention=1),
             d.vote("Investissement         14       0           0", for_=14, against=0,
                    abstention=0)]
    sigs = [d.signature("La Maire,", "Hélène VARIN", "La Maire", "Hélène VARIN",
                        "Brévilliers-sur-Aube", "2026-03-27", at="La Maire,\nHélène")]
    d.reset("SECTION DE FONCTIONNEMENT")
    amounts = amounts_seq(d, [
        ("1 254 300,00", 1254300), ("1 618 000,00", 1618000), ("312 450,00", 312450),
        ("41 250,00", 41250), ("274 000,00", 274000), ("236 500,00", 236500),
        ("2 487 300,00", 2487300), ("776 200,00", 776200), ("3 500 000,00", 3500000),
        ("3 500 000,00", 3500000), ("128 000,00", 128000), ("512 000,00", 512000),
        ("96 000,00", 96000), ("270 000,00", 270000), ("274 000,00", 274000),
        ("640 000,00", 640000), ("640 000,00", 640000), ("3 500 000,00 €", 3500000),
        ("640 000,00 €", 640000)])
    d.reset()
    dates = [d.date("jeudi 26 mars 2026", "2026-03-26"),
             d.date("L'an deux mille vingt-six, le vingt-six mars", "2026-03-26"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("27 mars 2026", "2026-03-27"),
             d.date("30/03/2026", "2026-03-30"),
             d.date("30/03/2026", "2026-03-30")]
    d.reset("Le Conseil municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 2311-1 à L. 2343-2", code=CGCT, articles=["L.2311-1", "L.2343-2"]),
            d.ref("deliberation", "délibération n° 2026-006 du 12 février 2026",
                  number="2026-006", date="2026-02-12")]
    d.reset()
    ids = [d.ident("postal_code", "10270", "10270")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BRÉVILLIERS-SUR-AUBE", "body": "CONSEIL MUNICIPAL"},
            "2026-014", "Vote du budget primitif 2026 de la commune",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montfaucon_ca():
    """COMPTE ADMINISTRATIF + affectation du résultat: the maire leaves, the
    doyen presides the CA vote with its own counts; results table with
    negative cells; R 002 / 1068 / D 001."""
    d = DocH("commune-montfaucon-les-vignes-compte-administratif-2026-021")
    pres = d.P("M. Raymond\nGUÉRIN", at="présidence de")
    present = d.persons("M. Raymond GUÉRIN", "Mme Josiane LEBLANC", "M. Bernard FOUCHER",
                        "Mme Martine DUCHÊNE", "M. Olivier SAUVAGE", "Mme Pauline MARCHAL",
                        "M. Jérôme PONSARD", "Mme Véronique ADAM", "M. Yannick HENRIOT",
                        "Mme Cécile NOLOT", "M. Stéphane BRUNET", "Mme Aurore JACQUIER",
                        "M. Franck PIERSON", "Mme Laetitia MOUTON", "M. Damien RIGAULT",
                        "Mme Sophie DROUET", at="Étaient présents")
    x1 = d.P("Mme Brigitte CHARLIER", at="Excusés :")
    p1 = d.proxy(x1, "M. Raymond GUÉRIN")
    x2 = d.P("M. Kévin PAYEN")
    p2 = d.proxy(x2, "Mme Josiane LEBLANC")
    x3 = d.P("M. Lionel FAVRE")
    sec = d.P("Mme Aurore JACQUIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2, x3], [], [p1, p2], in_office=19, present_n=16,
                     represented=2, voting=18)
    session = {"date": "2026-04-07", "place": "salle des fêtes", "convened_on": "2026-03-31",
               "president": pres, "secretary": sec}
    d.reset("Secrétaire de séance")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 1612-12, L. 2121-14 et L. 2311-5 ;"),
             d.clause("Vu la délibération n° 2025-012 du 25 mars 2025 approuvant le budget primitif 2025 ;"),
             d.clause("Vu le compte de gestion 2025 dressé par le comptable public, dont les écritures\n"
                      "sont conformes à celles du compte administratif ;")]
    arts = [art(d, "1", "Approbation du compte administratif",
                "ARTICLE 1 – Approbation du compte administratif", "Le compte administratif",
                # (the "Vote :" line under it is no part of the text: the
                # convention of corpus/extra, e.g. ccas-morvilliers-ca-2024-09)
                "présenté\nci-dessus."),
            art(d, "2", "Affectation du résultat", "ARTICLE 2 – Affectation du résultat",
                "Le résultat de clôture", "adopté à l'unanimité.")]
    d.reset("ARTICLE 1 –")
    votes = [d.vote("Pour : 14 – Contre : 0 – Abstentions : 2 (M. Stéphane BRUNET, Mme Sophie\n"
                    "DROUET)", for_=14, against=0, abstention=2),
             d.vote("adopté à l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Maire,", "Raymond GUÉRIN", "Le Maire", "Raymond GUÉRIN",
                        "Montfaucon-lès-Vignes", "2026-04-08", at="Ainsi fait"),
            d.signature("Le doyen de l'assemblée,", "Bernard FOUCHER", "Le doyen de l'assemblée",
                        "Bernard FOUCHER", "Montfaucon-lès-Vignes", "2026-04-08",
                        at="Ainsi fait")]
    d.reset("Présentation du compte")
    amounts = [d.amount("1 842 615,20", 1842615.2), d.amount("734 208,45", 734208.45),
               d.amount("2 011 930,75", 2011930.75), d.amount("618 560,10", 618560.1),
               d.amount("169 315,55", 169315.55), d.amount("- 115 648,35", -115648.35),
               d.amount("48 200,00", 48200), d.amount("53 348,35", 53348.35),
               d.amount("217 515,55", 217515.55), d.amount("- 62 300,00", -62300),
               d.amount("41 700,00 €", 41700), d.amount("12 400,00 €", 12400),
               d.amount("217 515,55 €", 217515.55), d.amount("91 600,00 €", 91600),
               d.amount("125 915,55 €", 125915.55), d.amount("62 300,00 €", 62300)]
    d.reset()
    dates = [d.date("mardi 7 avril 2026", "2026-04-07"),
             d.date("sept avril deux mille vingt-six", "2026-04-07"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("25 mars 2025", "2025-03-25"),
             d.date("8 avril 2026", "2026-04-08"),
             d.date("10/04/2026", "2026-04-10"),
             d.date("10/04/2026", "2026-04-10")]
    d.reset("Secrétaire de séance")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 1612-12, L. 2121-14 et L. 2311-5", code=CGCT,
                  articles=["L.1612-12", "L.2121-14", "L.2311-5"]),
            d.ref("deliberation", "délibération n° 2025-012 du 25 mars 2025", number="2025-012",
                  date="2025-03-25"),
            d.ref("code", "article L. 2121-14 du code général des collectivités\nterritoriales",
                  code=CGCT, articles=["L.2121-14"])]
    d.reset()
    ids = [d.ident("postal_code", "51390", "51390"),
           d.ident("siren", "215 103 474", "215103474")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE MONTFAUCON-LÈS-VIGNES", "body": "CONSEIL MUNICIPAL"},
            "2026-021",
            "COMPTE ADMINISTRATIF 2025 ET AFFECTATION DU RÉSULTAT – BUDGET PRINCIPAL",
            session=session, att=att, visas=visas, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def castelrouge_dm2():
    """DÉCISION MODIFICATIVE N° 2: signed virements table (+/-), article
    codes with "-041", tax rates with dot leaders; present list not printed."""
    d = DocH("commune-castelrouge-sur-tarn-dm2-2026-117")
    p1 = d.proxy("M. Julien CABROL", "M. Pascal ESTÈVE", at="Pouvoirs :")
    p2 = d.proxy("Mme Nathalie ROQUES", "Mme\nFlorence ALBERT")
    p3 = d.proxy("M. Jean-Luc FABRE", "Mme Sylvie COSTES")
    absent = [d.P("M. Antoine BARTHE", at="Absent :")]
    sec = d.P("M. Quentin VIGUIER", at="Secrétaire de séance")
    pres = d.P("M. Pascal ESTÈVE", at="Sous la présidence")
    att = attendance([], [], absent, [p1, p2, p3], in_office=29, present_n=25,
                     represented=3, voting=28)
    session = {"date": "2026-09-24", "place": None, "convened_on": "2026-09-17",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("VU le code général des collectivités territoriales, notamment ses articles L. 1612-11\n"
                      "et L. 2312-2 ;"),
             d.clause("VU le code général des impôts, notamment son article 1639 A ;"),
             d.clause("VU la délibération n° 2026/031 du 2 avril 2026 adoptant le budget primitif 2026 ;"),
             d.clause("VU la délibération n° 2026/078 du 25 juin 2026 approuvant la décision modificative\n"
                      "n° 1 ;")]
    cons = [d.clause("CONSIDÉRANT la nécessité d'ajuster les crédits ouverts au budget primitif pour tenir\n"
                     "compte de la réparation de la toiture de l'école Jules-Ferry et de l'intégration\n"
                     "des frais d'études suivis de travaux ;")]
    d.reset("ARTICLE 1 :")
    verb = d.span("APPROUVE")
    d.reset("APRÈS EN AVOIR")
    arts = [art(d, "1", None, "ARTICLE 1 :", "APPROUVE la décision", "virements                        0,00"),
            art(d, "2", None, "ARTICLE 2 :", "RAPPELLE que", "4 816 500 €."),
            art(d, "3", None, "ARTICLE 3 :", "CHARGE Monsieur", "présente délibération.")]
    votes = [d.vote("ADOPTÉ PAR 21 VOIX POUR, 4 VOIX CONTRE ET 3 ABSTENTIONS", for_=21, against=4,
                    abstention=3)]
    sigs = [d.signature("Pour le Maire et par délégation,", "Florence ALBERT",
                        "Pour le Maire et par délégation, L'adjointe aux finances",
                        "Florence ALBERT", "Castelrouge-sur-Tarn", "2026-09-25",
                        at="Castelrouge-sur-Tarn, le")]
    d.reset("ARTICLE 1 :")
    amounts = [d.amount("- 15 000,00", -15000), d.amount("+ 15 000,00", 15000),
               d.amount("+ 8 400,00", 8400), d.amount("- 8 400,00", -8400),
               d.amount("- 3 250,00", -3250), d.amount("+ 3 250,00", 3250),
               d.amount("0,00", 0), d.amount("4 816 500 €", 4816500)]
    d.reset()
    dates = [d.date("24 SEPTEMBRE 2026", "2026-09-24"),
             d.date("17/09/2026", "2026-09-17"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("25 juin 2026", "2026-06-25"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("25 septembre 2026", "2026-09-25"),
             d.date("28/09/2026", "2026-09-28")]
    d.reset("Le Conseil municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles L. 1612-11\n"
                  "et L. 2312-2", code=CGCT, articles=["L.1612-11", "L.2312-2"]),
            d.ref("code", "code général des impôts, notamment son article 1639 A", code=CGI,
                  articles=["1639A"]),
            d.ref("deliberation", "délibération n° 2026/031 du 2 avril 2026", number="2026/031",
                  date="2026-04-02"),
            d.ref("deliberation", "délibération n° 2026/078 du 25 juin 2026", number="2026/078",
                  date="2026-06-25")]
    d.reset()
    ids = [d.ident("postal_code", "81160", "81160"),
           d.ident("phone", "05 63 48 27 10", "0563482710"),
           d.ident("email", "finances@castelrouge-sur-tarn.fr", "finances@castelrouge-sur-tarn.fr"),
           d.ident("acte", "081-218102937-20260925-2026-117-DE",
                   "081-218102937-20260925-2026-117-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE CASTELROUGE-SUR-TARN", "body": "CONSEIL MUNICIPAL"},
            "2026/117",
            "BUDGET PRINCIPAL 2026 – DÉCISION MODIFICATIVE N° 2 ET RAPPEL DES TAUX DE "
            "FISCALITÉ DIRECTE LOCALE",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "APPROUVE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def haute_sorne_apcp():
    """AP/CP of a département: multi-year table in M€ (AP, CP 2026/2027/2028,
    TOTAL), an intitulé wrapped on a second row."""
    d = DocH("departement-haute-sorne-ap-cp-2026-045")
    pres = d.P("M. Hervé MAZIÈRES", at="Sous la présidence")
    x1 = d.P("Mme Claire ROUSSEL", at="Excusés ayant donné")
    p1 = d.proxy(x1, "M. Hervé MAZIÈRES")
    x2 = d.P("M. Didier\nLECLERC")
    p2 = d.proxy(x2, "Mme Odile PRÉVOT")
    x3 = d.P("Mme Yasmina BELKACEM")
    p3 = d.proxy(x3, "M. Marc TESSIER")
    x4 = d.P("M. Paul\nVIDAL")
    p4 = d.proxy(x4, "Mme Anne-Sophie GRAND")
    absent = d.persons("M. Joël MERCIER", "Mme Estelle NAUD", at="Absents :")
    att = attendance([], [x1, x2, x3, x4], absent, [p1, p2, p3, p4], in_office=42,
                     present_n=36, represented=4, voting=40)
    session = {"date": "2026-12-14", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("LE CONSEIL DÉPARTEMENTAL,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 3312-4 et R. 3312-3 ;"),
             d.clause("Vu la délibération n° CD-2025-12-038 du 15 décembre 2025 portant règlement\n"
                      "budgétaire et financier du Département ;"),
             d.clause("Vu le rapport du Président du Conseil départemental ;"),
             d.clause("Vu l'avis de la commission des finances du 30 novembre 2026 ;")]
    cons = [d.clause("Considérant que le programme pluriannuel d'investissement représente un montant\n"
                     "total de 24,5 M€ sur la période 2026-2028 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "De créer", "11,5 M€      8,5 M€"),
            art(d, "2", None, "Article 2 :", "Les crédits", "budgets correspondants."),
            art(d, "3", None, "Article 3 :", "Le Président", "entre exercices.")]
    votes = [d.vote("Pour : 32 – Contre : 0 – Abstentions : 6 – Ne prennent pas part au vote : 2\n"
                    "La délibération est adoptée", for_=32, against=0, abstention=6,
                    not_voting=2)]
    sigs = [d.signature("Le Président du Conseil départemental,", "Hervé MAZIÈRES",
                        "Le Président du Conseil départemental", "Hervé MAZIÈRES",
                        "Vernelle", "2026-12-14", at="Fait à Vernelle")]
    d.reset("Considérant")
    M = 1000000
    cells = [("24,5 M€", 24.5), ("12,5 M€", 12.5), ("2,0 M€", 2), ("6,5 M€", 6.5),
             ("4,0 M€", 4), ("7,8 M€", 7.8), ("1,3 M€", 1.3), ("3,5 M€", 3.5),
             ("3,0 M€", 3), ("4,2 M€", 4.2), ("1,2 M€", 1.2), ("1,5 M€", 1.5),
             ("1,5 M€", 1.5), ("24,5 M€", 24.5), ("4,5 M€", 4.5), ("11,5 M€", 11.5),
             ("8,5 M€", 8.5)]
    amounts = [d.amount(t, int(round(v * M))) for t, v in cells]
    amounts.append(d.amount("4 500 000 €", 4500000))
    d.reset()
    dates = [d.date("lundi 14 décembre 2026", "2026-12-14"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("30 novembre 2026", "2026-11-30"),
             d.date("14 décembre 2026", "2026-12-14", at="Fait à"),
             d.date("16/12/2026", "2026-12-16")]
    d.reset("LE CONSEIL DÉPARTEMENTAL,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 3312-4 et R. 3312-3", code=CGCT, articles=["L.3312-4", "R.3312-3"]),
            d.ref("deliberation", "délibération n° CD-2025-12-038 du 15 décembre 2025",
                  number="CD-2025-12-038", date="2025-12-15")]
    d.reset()
    ids = [d.ident("postal_code", "95870", "95870"),
           d.ident("siret", "229 500 012 00005", "22950001200005"),
           d.ident("url", "www.haute-sorne.fr", "www.haute-sorne.fr"),
           d.ident("acte", "095-229500012-20261214-CD2026-12-045-DE",
                   "095-229500012-20261214-CD2026-12-045-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-SORNE", "body": "CONSEIL DÉPARTEMENTAL"},
            "CD-2026-12-045",
            "Gestion pluriannuelle des investissements – Création et révision des "
            "autorisations de programme et répartition des crédits de paiement 2026-2028",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    brevilliers_bp()
    montfaucon_ca()
    castelrouge_dm2()
    haute_sorne_apcp()
