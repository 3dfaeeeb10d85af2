#!/usr/bin/env python3
"""Hand-written gold for the blind set BR (corpusBR) of corpus/extra-pending
(see README.md, section "Blind set (corpusBR)").
Run: python3 make_gold_br.py

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
from _goldlib import CGCT, CEDUC, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CCIV = "Code civil"
CGFP = "Code général de la fonction publique"


def montreval():
    """EXTRAIT DU REGISTRE with the side block of counts, rapporteur,
    POUR / CONTRE / ABSTENTION(S) line, exécutoire sentence."""
    d = DocH("commune-montreval-sur-agout-deliberation-2026-042")
    pres = d.P("M. Bernard SOULIÉ", at="présidence de")
    present = d.persons(
        "M. Bernard SOULIÉ", "Mme Hélène CASTEX", "M. Pierre DELPECH",
        "Mme Martine GAYRAUD", "M. Francis ALBOUY", "Mme Nathalie CABROL",
        "M. Didier\nROUQUETTE", "Mme Sandrine FABRE", "M. Olivier MAUREL",
        "Mme Corinne BONNAFOUS", "M. Jérôme CALMETTES", "Mme Valérie ESTÈVE",
        "M. Serge BOUSQUET", "Mme Karine\nLAFON", "M. Alain PUECH",
        "Mme Isabelle TESTAS", "M. Christophe VIDAL", "Mme\nAurélie MARTY",
        "M. Cédric ROQUES", "Mme Laetitia GAU", "M. Patrick SÉGUIER",
        "Mme Céline BALSAN", "M. Vincent CARAYON", "Mme Marion ALQUIER",
        "M. Yannick\nTRÉMOULET", "Mme Sophie AZAÏS", at="Présents :")
    excused, proxies = [], []
    first = True
    for frm, to in [("Mme Josiane RIEUX", "M. Pierre\nDELPECH"),
                    ("M. Gilles BARTHE", "Mme Hélène CASTEX"),
                    ("Mme Émilie COSTES", "M. Olivier MAUREL"),
                    ("M. Henri LACOMBE", "M. Bernard SOULIÉ"),
                    ("Mme Laure\nPONS", "Mme Karine LAFON")]:
        x = d.P(frm, at="Absents excusés ayant" if first else None)
        first = False
        excused.append(x)
        proxies.append(d.proxy(x, to))
    absent = d.persons("M. Julien TOURNIER", "Mme Farida BENSAÏD", at="Absents :")
    sec = d.P("Mme Aurélie MARTY", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=33, voting=31)
    session = {"date": "2026-03-12", "place": "Hôtel de Ville", "convened_on": "2026-03-05",
               "president": pres, "secretary": sec}
    d.reset("Rapporteur")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2252-1 et L. 2252-2 ;"),
             d.clause("Vu l'article 2298 du code civil ;"),
             d.clause("Vu le contrat de prêt n° 158742 en date du 20 janvier 2026 signé entre\n"
                      "Agout Habitat (SIREN 278 100 045), ci-après l'emprunteur, et la Caisse\n"
                      "des dépôts et consignations ;")]
    cons = [d.clause("Considérant que l'opération de réhabilitation thermique des 64 logements\n"
                     "de la résidence Les Tilleuls répond aux objectifs du programme local de\n"
                     "l'habitat ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'accorder", "625 000,00 €."),
            art(d, "2", None, "Article 2 :", "la garantie", "remboursement de celui-ci."),
            art(d, "3", None, "Article 3 :", "d'autoriser", "au contrat de prêt.")]
    votes = [d.vote("POUR : 27      CONTRE : 4      ABSTENTION(S) : 0", for_=27, against=4,
                    abstention=0)]
    sigs = [d.signature("Le Maire,", "Bernard SOULIÉ", "Le Maire", "Bernard SOULIÉ",
                        "Montréval-sur-Agout", "2026-03-13", at="Le Maire,\n")]
    d.reset()
    amounts = [d.amount("1 250 000,00 euros", 1250000), d.amount("625 000,00 €", 625000)]
    d.reset()
    dates = [d.date("jeudi 12 mars 2026", "2026-03-12"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("L'an deux mille vingt-six, le douze mars", "2026-03-12"),
             d.date("20 janvier 2026", "2026-01-20"),
             d.date("13 mars 2026", "2026-03-13"),
             d.date("16/03/2026", "2026-03-16"),
             d.date("17/03/2026", "2026-03-17")]
    d.reset("Rapporteur")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2252-1 et L. 2252-2", code=CGCT,
                  articles=["L.2252-1", "L.2252-2"]),
            d.ref("code", "article 2298 du code civil", code=CCIV, articles=["2298"]),
            d.ref("convention", "contrat de prêt n° 158742 en date du 20 janvier 2026",
                  number="158742", date="2026-01-20")]
    ids = [d.ident("siren", "278 100 045", "278100045")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE MONTRÉVAL-SUR-AGOUT", "body": "CONSEIL MUNICIPAL"},
            "2026-042",
            "Garantie d'emprunt accordée à l'office public de l'habitat Agout Habitat pour "
            "la réhabilitation de la résidence Les Tilleuls",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_jory():
    """TABLE-LIKE header block (labels in a left column, names wrapped in the
    right column), ACTES id in the footer."""
    d = DocH("commune-saint-jory-des-coteaux-deliberation-2026-031")
    pres = d.P("M. Thierry ESCANDE", at="Président de séance")
    sec = d.P("Mme Laure BOUSQUET", at="Secrétaire de séance")
    present = d.persons(
        "M. Thierry ESCANDE", "Mme Laure BOUSQUET", "M. Rémi CAZENEUVE",
        "Mme Odile FOURCADE", "M. Jean-Paul SABATHIÉ", "Mme Chloé DARROUX",
        "M. Fabien LAPORTE", "Mme Muriel SENTENAC", "M. Arnaud DUPUY",
        "Mme Stéphanie BERGÉ", "M. Guy SOUBIRAN", "Mme Agnès CAUBET",
        "M. Lionel FERRÉ", "Mme Patricia MOULIS", "M. Sébastien ABADIE",
        "Mme Nicole CASSAGNE", "M. Damien PÉRÈS", "Mme Julie TOUZET",
        "M. Bruno SAINT-LARY", "Mme Hélène DOUMENG", "M. Kévin LAGARDE",
        "Mme Anne-Marie BAYLAC", at="Présents :")
    excused, proxies = [], []
    first = True
    for frm, to in [("Mme Maryse CAMPISTRON", "M. Thierry ESCANDE"),
                    ("M. Philippe LAFFONT", "Mme Odile FOURCADE"),
                    ("Mme Sylvie DARMANI", "M. Rémi\n                               CAZENEUVE"),
                    ("M. Loïc BERNADET", "Mme Laure BOUSQUET")]:
        x = d.P(frm, at="Excusés ayant donné" if first else None)
        first = False
        excused.append(x)
        proxies.append(d.proxy(x, to))
    absent = d.persons("M. Franck ESPARBÈS", "Mme Inès LABORDE", "M. Matthieu CARRÈRE",
                       at="Absents :")
    att = attendance(present, excused, absent, proxies, in_office=29, voting=26)
    session = {"date": "2026-03-12", "place": "Salle du conseil, Hôtel de Ville",
               "convened_on": None, "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales ;"),
             d.clause("Vu le code général de la fonction publique, et notamment ses articles\n"
                      "L. 313-1 et L. 332-8 ;"),
             d.clause("Vu la délibération n° 2025-118 du 11 décembre 2025 fixant le tableau des\n"
                      "effectifs de la commune ;"),
             d.clause("Vu l'avis du comité social territorial du 3 mars 2026 ;")]
    cons = [d.clause("Considérant l'ouverture du second groupe scolaire au 1er septembre 2026\n"
                     "et la nécessité de renforcer l'équipe d'entretien des bâtiments ;")]
    votes = [d.vote("par 24 voix pour et 2 abstentions", for_=24, abstention=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "de créer", "1er septembre 2026."),
            art(d, "2", None, "Article 2 :", "de modifier", "présente délibération."),
            art(d, "3", None, "Article 3 :", "d'inscrire", "du budget principal.")]
    sigs = [d.signature("Le Maire,", "Thierry ESCANDE", "Le Maire", "Thierry ESCANDE",
                        "Saint-Jory-des-Coteaux", "2026-03-13", at="Le Maire,\nThierry")]
    d.reset()
    amounts = [d.amount("68 400 €", 68400)]
    d.reset()
    dates = [d.date("jeudi 12 mars 2026", "2026-03-12"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("13 mars 2026", "2026-03-13"),
             d.date("16/03/2026", "2026-03-16"),
             d.date("16/03/2026", "2026-03-16")]
    d.reset("Le Conseil municipal,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("code", "code général de la fonction publique, et notamment ses articles\n"
                  "L. 313-1 et L. 332-8", code=CGFP, articles=["L.313-1", "L.332-8"]),
            d.ref("deliberation", "délibération n° 2025-118 du 11 décembre 2025",
                  number="2025-118", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "31790", "31790"),
           d.ident("phone", "05 61 35 48 20", "0561354820"),
           d.ident("email", "accueil@saintjory-coteaux.fr", "accueil@saintjory-coteaux.fr"),
           d.ident("acte", "031-213100555-20260312-DEL2026_031-DE",
                   "031-213100555-20260312-DEL2026_031-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-JORY-DES-COTEAUX", "body": "CONSEIL MUNICIPAL"},
            "DEL2026_031",
            "Modification du tableau des effectifs – création de deux postes d'adjoint "
            "technique territorial",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def pezenac():
    """LONG EXPOSÉ "Mes chers collègues," in the first person, "Il vous est
    proposé :" and a dash list, vote "Adopté à la majorité (6 voix contre :
    names)"."""
    d = DocH("commune-pezenac-les-vignes-deliberation-2026-027")
    pres = d.P("Mme Claire ARNAUD", at="présidence de")
    proxies = [d.proxy("M. Henri GUIRAUD", "Mme Claire ARNAUD", at="Procurations :"),
               d.proxy("Mme Lucie PAGÈS", "M. Marc BOUDET"),
               d.proxy("M. Yves BARTHE", "Mme Anne ROQUES")]
    sec = d.P("M. Marc BOUDET", at="Secrétaire de séance")
    att = attendance(proxies=proxies, in_office=29, present_n=24, represented=3, voting=27)
    session = {"date": "2026-03-18", "place": "salle Molière", "convened_on": "2026-03-11",
               "president": pres, "secretary": sec}
    d.reset("Mes chers")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment son\n"
                      "article L. 2121-29 ;"),
             d.clause("Vu le code de l'éducation, notamment son article R. 531-52 ;")]
    verb = d.span("APPROUVE")
    votes = [d.vote("Adopté à la majorité (6 voix contre : M. Luc FABRE, Mme Anne ROQUES,\n"
                    "M. Yves BARTHE, Mme Inès COMBES, M. Paul MARTY, Mme Léa VIDAL)", against=6)]
    sigs = [d.signature("Le Maire,", "Claire ARNAUD", "Le Maire", "Claire ARNAUD",
                        "Pézenac-les-Vignes", "2026-03-19", at="Le Maire,\nClaire")]
    d.reset()
    amounts = [d.amount("3,40 €", 3.4), d.amount("9,85 €", 9.85), d.amount("3,00 €", 3),
               d.amount("1,00 €", 1), d.amount("42 000 €", 42000), d.amount("1,00 €", 1),
               d.amount("600 €", 600), d.amount("2,20 €", 2.2), d.amount("600 €", 600),
               d.amount("1 000 €", 1000), d.amount("3,40 €", 3.4), d.amount("1 001 €", 1001),
               d.amount("1 500 €", 1500), d.amount("4,10 €", 4.1)]
    d.reset()
    dates = [d.date("mercredi 18 mars 2026", "2026-03-18"),
             d.date("11 mars 2026", "2026-03-11"),
             d.date("5 juillet 2021", "2021-07-05"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("20 mars 2026", "2026-03-20")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2021-064 du 5 juillet 2021",
                  number="2021-064", date="2021-07-05"),
            d.ref("code", "code général des collectivités territoriales, notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "code de l'éducation, notamment son article R. 531-52", code=CEDUC,
                  articles=["R.531-52"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Ville de Pézenac-les-Vignes", "body": "Conseil municipal"},
            "2026/027", "Restauration scolaire : mise en place d'une tarification sociale",
            session=session, att=att, visas=visas,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def villefranche():
    """DÉCISION MODIFICATIVE with a budget TABLE (chapitre / article /
    libellé / montant, a negative cell) and an ELECTRONIC SIGNATURE block."""
    d = DocH("commune-villefranche-d-olt-deliberation-2026-058")
    pres = d.P("M. Jean-Marc VIGUIER", at="présidence de")
    present = d.persons(
        "M. Jean-Marc VIGUIER", "Mme Brigitte COUDERC", "M. Thierry\nLACAZE",
        "Mme Nadine SERRES", "M. Raymond CARRIÈRE", "Mme Élodie BOUYSSOU",
        "M. Joël MARRE", "Mme Danielle VERNHET", "M. Fabrice AYGALENQ", "Mme Cécile\nGINESTET",
        "M. Hervé SOLIGNAC", "Mme Véronique TRUEL", "M. Laurent MAZARS",
        "Mme Sabine ROUS", "M. Stéphane BEC", "Mme Pauline FOUILLADE", "M. Romain\nCAYLA",
        "Mme Justine RAYNAL", "M. Bastien DAURES", "Mme Margot CABANTOUS",
        "M. Quentin BONAL", at="Présents : M.")
    proxies = [d.proxy("Mme Renée ALAUX", "M. Thierry LACAZE", at="Pouvoirs : Mme"),
               d.proxy("M. Gérard LAPEYRE", "M. Jean-Marc VIGUIER"),
               d.proxy("Mme Sylvie CAUSSE", "Mme Nadine SERRES"),
               d.proxy("M. Jacques\nVIDALENC", "Mme Brigitte COUDERC")]
    absent = d.persons("M. Alexis FRAYSSE", "Mme Océane BROUSSY", at="Absents :")
    sec = d.P("Mme Justine RAYNAL", at="Secrétaire de séance")
    att = attendance(present, [], absent, proxies, in_office=27, present_n=21,
                     represented=4, voting=25)
    session = {"date": "2026-03-26", "place": "salle des fêtes", "convened_on": "2026-03-19",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 1612-11 et L. 2312-1 ;"),
             d.clause("Vu la délibération n° 2025-097 du 15 décembre 2025 adoptant le budget\n"
                      "primitif 2026 ;")]
    cons = [d.clause("Considérant la notification, le 3 mars 2026, d'une subvention de la\n"
                     "Région de 18 000,00 € pour la rénovation de la toiture de l'école\n"
                     "Jean-Jaurès ;"),
            d.clause("Considérant l'attribution du marché de travaux le 17 mars 2026 pour un\n"
                     "montant de 54 600,00 € HT ;")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("APPROUVE")
    sigs = [d.signature("Signé électroniquement par", "Jean-Marc VIGUIER", "Maire",
                        "Jean-Marc VIGUIER", "Villefranche-d'Olt", "2026-03-30")]
    d.reset("Le Conseil municipal,\n\nVu")
    amounts = [d.amount("18 000,00 €", 18000), d.amount("54 600,00 €", 54600, tax="HT"),
               d.amount("65 520,00 €", 65520), d.amount("18 000,00 €", 18000),
               d.amount("26 000,00 €", 26000), d.amount("21 520,00 €", 21520),
               d.amount("21 520,00 €", 21520), d.amount("-21 520,00 €", -21520),
               d.amount("3 412 870,00 €", 3412870)]
    d.reset()
    dates = [d.date("26 MARS 2026", "2026-03-26"),
             d.date("vingt-six mars deux mille vingt-six", "2026-03-26"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("30/03/2026", "2026-03-30"),
             d.date("31/03/2026", "2026-03-31"),
             d.date("31/03/2026", "2026-03-31")]
    d.reset("Le Conseil municipal,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 1612-11 et L. 2312-1", code=CGCT,
                  articles=["L.1612-11", "L.2312-1"]),
            d.ref("deliberation", "délibération n° 2025-097 du 15 décembre 2025",
                  number="2025-097", date="2025-12-15")]
    d.reset()
    ids = [d.ident("siret", "212 810 047 00010", "21281004700010")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE VILLEFRANCHE-D'OLT", "body": "CONSEIL MUNICIPAL"},
            "2026-058", "BUDGET PRINCIPAL 2026 – DÉCISION MODIFICATIVE N° 1",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    montreval()
    saint_jory()
    pezenac()
    villefranche()
