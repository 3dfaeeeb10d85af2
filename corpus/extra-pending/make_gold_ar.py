#!/usr/bin/env python3
"""Hand-written gold for the blind set AR (corpusAR) of corpus/extra-pending
(see README.md, section "Blind set (corpusAR)").
Run: python3 make_gold_ar.py

Same conventions and tooling as make_gold_aq.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCP, CGCT, CTRA, URBA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def haut_segala_cao():
    """PROCÈS-VERBAL DE LA COMMISSION D'APPEL D'OFFRES: "Titulaires :" /
    "Suppléant : X (en remplacement de Y)" present lines, "Membre excusé :",
    "Membres avec voix consultative présents :" (comptable public, DGCCRF,
    each with a long office after the comma), visas AFTER the attendance,
    a TABLE OF OFFERS (candidate, SIRET, HT, TTC, rank), "DÉCIDE" alone on
    its line with the choice under it."""
    d = DocH("cc-haut-segala-pv-cao-2026-03")
    pres = d.P("M. Gilbert\nROUQUETTE", at="sous la présidence de")
    present = d.persons("M. Gilbert ROUQUETTE", "Mme Josette CAYLA", "M. Rémi FABRE",
                        "Mme Nicole BOUSQUET", "M. Francis MAZARS", at="Titulaires :")
    excused = [d.P("M. Serge ALBOUY", at="Membre excusé")]
    adv = [d.P("Mme Carole VIGUIER", at="voix consultative présents"),
           d.P("M. Olivier DELMAS")]
    att = attendance(present, excused, [], [], adv_p=adv)
    session = {"date": "2026-03-17", "place": "siège de la communauté, salle Lucien-Vabre",
               "convened_on": "2026-03-09", "president": pres, "secretary": None}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 1411-5 et L. 1414-2 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L. 2124-2,\n"
                      "R. 2161-2 à R. 2161-5 et R. 2152-7 ;"),
             d.clause("Vu la délibération du conseil communautaire n° 2026-014 du 29 janvier\n"
                      "2026 portant élection des membres de la commission d'appel d'offres ;"),
             d.clause("Vu l'avis d'appel public à la concurrence publié au BOAMP le 12 janvier\n"
                      "2026 (avis n° 26-4172), date limite de remise des offres le 20 février\n"
                      "2026 à 12 h ;"),
             d.clause("Vu le rapport d'analyse des offres établi par le maître d'œuvre le\n"
                      "6 mars 2026.")]
    votes = [d.vote("à l'unanimité des membres à voix\ndélibérative", unanimous=True,
                    at="Après en avoir délibéré")]
    verb = d.span("DÉCIDE", at="délibérative,\n")
    sigs = [d.signature("Le Président de la commission d'appel d'offres,", "Gilbert ROUQUETTE",
                        "Le Président de la commission d'appel d'offres", "Gilbert ROUQUETTE",
                        "Naucelle-Gare", "2026-03-17", at="Fait à Naucelle")]
    d.reset()
    amounts = [d.amount("214 650,00 €", 214650), d.amount("257 580,00 €", 257580),
               d.amount("198 900,00 €", 198900), d.amount("238 680,00 €", 238680),
               d.amount("231 480,00 €", 231480), d.amount("277 776,00 €", 277776),
               d.amount("246 000,00 €", 246000), d.amount("295 200,00 €", 295200),
               d.amount("220 000,00 €", 220000, tax="HT"),
               d.amount("214 650,00 €", 214650, tax="HT"),
               d.amount("257 580,00 €", 257580, tax="TTC")]
    d.reset()
    dates = [d.date("mardi 17 mars 2026", "2026-03-17"),
             d.date("9 mars 2026", "2026-03-09"),
             d.date("29 janvier\n2026", "2026-01-29"),
             d.date("12 janvier\n2026", "2026-01-12"),
             d.date("20 février\n2026", "2026-02-20"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("17 mars 2026", "2026-03-17", at="Fait à")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 1411-5 et L. 1414-2", code=CGCT,
                  articles=["L.1411-5", "L.1414-2"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2124-2,\n"
                  "R. 2161-2 à R. 2161-5 et R. 2152-7", code=CCP,
                  articles=["L.2124-2", "R.2161-2", "R.2161-5", "R.2152-7"]),
            d.ref("deliberation", "délibération du conseil communautaire n° 2026-014 du 29 "
                  "janvier\n2026", number="2026-014", date="2026-01-29"),
            d.ref("code", "article\nR. 2181-1 du code de la commande publique", code=CCP,
                  articles=["R.2181-1"])]
    d.reset()
    ids = [d.ident("postal_code", "12800", "12800"),
           d.ident("siren", "200 072 528", "200072528"),
           d.ident("phone", "05 65 47 18 30", "0565471830"),
           d.ident("siret", "418 623 740 85433", "41862374085433"),
           d.ident("siret", "503 199 655 97407", "50319965597407"),
           d.ident("siret", "792 042 921 41862", "79204292141862"),
           d.ident("siret", "831 576 244 16242", "83157624416242"),
           d.ident("postal_code", "31240", "31240")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU HAUT-SÉGALA",
             "body": "COMMISSION D'APPEL D'OFFRES"},
            "CAO-2026-03",
            "Marché de travaux de réhabilitation de la piscine intercommunale de "
            "Saint-Just-sur-Viaur – lot n° 2 « Traitement de l'eau » – choix de l'attributaire",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


COMMUNES = [("Bellegarde-sur-Osse", "\n23 février 2026", "2026-02-23"),
            ("Castéra-Astarac", "\n02/03/2026", "2026-03-02"),
            ("Ciadoux-le-Haut", "\n1er mars 2026", "2026-03-01"),
            ("d'Esclassan", " 6 mars 2026", "2026-03-06"),
            ("Labéjan-sur-Baïse", "\n09.03.2026", "2026-03-09"),
            ("Lamaguère", "\nlundi 9 mars 2026", "2026-03-09"),
            ("Monclar-d'Astarac", "\n12 mars 2026", "2026-03-12"),
            ("Pouy-Loubrin", "\n13/03/26", "2026-03-13"),
            ("Saint-Arroman-de-Gers", "\ndu 19 mars 2026", "2026-03-19"),
            ("Sarraguzan", "\nvingt-six mars deux mille vingt-six", "2026-03-26"),
            ("Tachoires", "\n30 mars 2026", "2026-03-30"),
            ("Villefranche-d'Astarac", "\ndu 2 avril 2026", "2026-04-02")]


def gers_statuts():
    """ARRÊTÉ PRÉFECTORAL portant modification des statuts of a communauté
    de communes: Marianne letterhead, "LA PRÉFÈTE DU GERS," + order line,
    four visas then TWELVE "Vu la délibération du conseil municipal de X en
    date du …" visas, one per commune, the date in SEVEN FORMS (words,
    "02/03/2026", "09.03.2026", "13/03/26", "1er mars", a weekday, "en date
    / du" cut), three considérants, "Sur proposition", bare "ARRÊTE",
    "Article 1er :", place-date line "Auch, le …" without "Fait à"."""
    d = DocH("prefecture-gers-arrete-statuts-cc-coeur-astarac-2026")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles\n"
                      "L. 5211-17, L. 5211-20 et L. 5214-16 ;"),
             d.clause("Vu la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités ;"),
             d.clause("Vu l'arrêté préfectoral n° 32-2016-12-19-00031 du 19 décembre 2016 portant\n"
                      "création de la communauté de communes Cœur d'Astarac, modifié ;"),
             d.clause("Vu la délibération n° 2026-018 du conseil communautaire de la communauté de\n"
                      "communes Cœur d'Astarac en date du 5 février 2026 approuvant la modification\n"
                      "de ses statuts ;")]
    for name, dt, _ in COMMUNES:
        head = "de " + name if not name.startswith("d'") else name
        visas.append(d.clause("Vu la délibération du conseil municipal " + head + " en date"
                              + ("" if dt.startswith("\ndu") else " du") + dt + " ;"))
    cons = [d.clause("Considérant que la délibération du conseil communautaire a été notifiée\n"
                     "aux maires des quatorze communes membres le 10 février 2026 ;"),
            d.clause("Considérant que douze conseils municipaux se sont prononcés favorablement,\n"
                     "que les conseils municipaux de Durban-sur-Arrats et de Moncorneil ne se\n"
                     "sont pas prononcés dans le délai de trois mois et que leur avis est réputé\n"
                     "favorable ;"),
            d.clause("Considérant que les conditions de majorité qualifiée requises par\n"
                     "l'article L. 5211-17 du code général des collectivités territoriales sont\n"
                     "réunies ;")]
    verb = d.span("ARRÊTE", at="préfecture du Gers,\n")
    arts = [art(d, "1", None, "Article 1er :", "L'article 6 des statuts", "code des transports »."),
            art(d, "2", None, "Article 2 :", "Les statuts modifiés", "au présent arrêté."),
            art(d, "3", None, "Article 3 :", "Le présent arrêté", "de sa publication."),
            art(d, "4", None, "Article 4 :", "Le secrétaire général", "de la\npréfecture.")]
    sigs = [d.signature("Pour la préfète et par délégation,", "Matthieu LACOSTE-BRUNET",
                        "Pour la préfète et par délégation, Le secrétaire général",
                        "Matthieu LACOSTE-BRUNET", "Auch", "2026-05-12", at="Auch, le")]
    d.reset()
    dates = [d.date("24 décembre 2019", "2019-12-24"),
             d.date("19 décembre 2016", "2016-12-19"),
             d.date("5 février 2026", "2026-02-05")]
    for _, dt, iso in COMMUNES:
        t = dt.strip()
        if t.startswith("du "):
            t = t[3:]
        dates.append(d.date(t, iso))
    dates += [d.date("10 février 2026", "2026-02-10"),
              d.date("12 mai 2026", "2026-05-12")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles\n"
                  "L. 5211-17, L. 5211-20 et L. 5214-16", code=CGCT,
                  articles=["L.5211-17", "L.5211-20", "L.5214-16"]),
            d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24"),
            d.ref("arrete", "arrêté préfectoral n° 32-2016-12-19-00031 du 19 décembre 2016",
                  number="32-2016-12-19-00031", date="2016-12-19"),
            d.ref("deliberation", "délibération n° 2026-018 du conseil communautaire de la "
                  "communauté de\ncommunes Cœur d'Astarac en date du 5 février 2026",
                  number="2026-018", date="2026-02-05")]
    for name, dt, iso in COMMUNES:
        head = "de " + name if not name.startswith("d'") else name
        refs.append(d.ref("deliberation", "délibération du conseil municipal " + head + " en date"
                          + ("" if dt.startswith("\ndu") else " du") + dt, date=iso))
    refs += [d.ref("code", "article L. 5211-17 du code général des collectivités territoriales",
                   code=CGCT, articles=["L.5211-17"]),
             d.ref("code", "article L. 1231-1 du code des transports", code=CTRA,
                   articles=["L.1231-1"])]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFÈTE DU GERS", "body": "LA PRÉFÈTE"},
            "32-2026-05-12-00007",
            "portant modification des statuts de la communauté de communes Cœur d'Astarac "
            "(compétence « mobilité »)",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def montredon_dm2():
    """DÉCISION MODIFICATIVE N° 2 délibération: counts on one dash line,
    present / excused with "(pouvoir à …)" / absent / secretary, SECTION
    TABLES "SECTION DE FONCTIONNEMENT / Dépenses / Recettes" and "SECTION
    D'INVESTISSEMENT" whose lines are "Chap. 011 – D 6068 – Autres
    matières …" with SIGNED AMOUNTS "+   3 200,00 €" / "-   4 500,00 €"
    (sign apart from the number) and Total rows; vote "Par 13 voix pour, 0
    voix contre et 1 abstention (name)," on its own line before APPROUVE;
    two signatures one under the other after "les jour, mois et an
    susdits"."""
    d = DocH("commune-montredon-sur-vere-dm2-2026-058")
    pres = d.P("M. Bernard ESCANDE", at="sous la présidence de")
    present = d.persons("M. Bernard ESCANDE", "Mme Lucie AZAÏS", "M. Thierry CAUSSE",
                        "Mme Odile MIQUEL", "M. Patrick SÉGUIER", "Mme Annie FOURNIALS",
                        "M. Alain\nROUANET", "Mme Sandrine PUECH", "M. Jérôme BARTHE",
                        "Mme Estelle GAYRAUD", "M. Didier CABROL", "Mme Nadia BENKHALED",
                        at="Présents :")
    x1 = d.P("Mme Hélène VIDAL", at="Absents excusés")
    p1 = d.proxy(x1, d.P("M. Bernard ESCANDE"))
    x2 = d.P("M. Yannick ALQUIER")
    p2 = d.proxy(x2, d.P("Mme Lucie AZAÏS"))
    absent = [d.P("M. Kevin ROQUES", at="Absent :")]
    sec = d.P("Mme Estelle GAYRAUD", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=12,
                     voting=14)
    session = {"date": "2026-09-24", "place": "mairie", "convened_on": "2026-09-17",
               "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 1612-11 et L. 2312-1 ;"),
             d.clause("Vu l'instruction budgétaire et comptable M57 ;"),
             d.clause("Vu la délibération n° 2026-019 du 7 avril 2026 adoptant le budget\n"
                      "primitif 2026 ;"),
             d.clause("Vu la délibération n° 2026-041 du 30 juin 2026 adoptant la décision\n"
                      "modificative n° 1 ;")]
    cons = [d.clause("Considérant la nécessité d'ajuster les crédits pour financer la\n"
                     "réparation du pont de la Bastide endommagé par l'orage du 14 août 2026 ;")]
    votes = [d.vote("Par 13 voix pour, 0 voix contre et 1 abstention (M. Didier CABROL)",
                    for_=13, against=0, abstention=1)]
    verb = d.span("APPROUVE", at="CABROL),\n")
    sigs = [d.signature("Le Maire,", "Bernard ESCANDE", "Le Maire", "Bernard ESCANDE",
                        None, "2026-09-24", at="mois et an susdits"),
            d.signature("Le secrétaire de séance,", "Estelle GAYRAUD", "Le secrétaire de séance",
                        "Estelle GAYRAUD", None, "2026-09-24", at="mois et an susdits")]
    d.reset("SECTION DE FONCTIONNEMENT")
    cells = [("+   3 200,00 €", 3200), ("+   6 800,00 €", 6800), ("-   4 500,00 €", -4500),
             ("-   1 500,00 €", -1500), ("+   4 000,00 €", 4000), ("+   1 200,00 €", 1200),
             ("+   2 800,00 €", 2800), ("+   4 000,00 €", 4000), ("+  18 500,00 €", 18500),
             ("-   2 000,00 €", -2000), ("+  16 500,00 €", 16500), ("+  18 000,00 €", 18000),
             ("-  1 500,00 €", -1500), ("+  16 500,00 €", 16500)]
    amounts = [d.amount(t, v) for t, v in cells]
    d.reset()
    dates = [d.date("24 septembre 2026", "2026-09-24"),
             d.date("L'an deux mille vingt-six, le vingt-quatre septembre", "2026-09-24"),
             d.date("17 septembre 2026", "2026-09-17"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("14 août 2026", "2026-08-14"),
             d.date("28/09/2026", "2026-09-28")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 1612-11 et L. 2312-1", code=CGCT,
                  articles=["L.1612-11", "L.2312-1"]),
            d.ref("deliberation", "délibération n° 2026-019 du 7 avril 2026",
                  number="2026-019", date="2026-04-07"),
            d.ref("deliberation", "délibération n° 2026-041 du 30 juin 2026",
                  number="2026-041", date="2026-06-30")]
    d.reset()
    ids = [d.ident("postal_code", "81140", "81140"),
           d.ident("acte", "081-218101749-20260924-2026058-DE",
                   "081-218101749-20260924-2026058-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MONTREDON-SUR-VÈRE", "body": "CONSEIL MUNICIPAL"},
            "2026-058", "Budget principal 2026 – Décision modificative n° 2",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saves_convention():
    """CONVENTION between a COMMUNE and its COMMUNAUTÉ DE COMMUNES (service
    commun ADS): EPCI letterhead, "Convention n° …" right-aligned, two-line
    capital heading, "Entre les soussignés :" / "Et" with right-aligned
    "d'une part," / "d'autre part,", each party's habilitating délibération
    and SIRET, two "Vu" AFTER the parties, "Il a été convenu ce qui suit :",
    "Article n – Heading" with the body on the next lines, "31 décembre"
    without a year, and TWO SIGNATURE BLOCKS SIDE BY SIDE ("Pour la
    commune,   Pour la communauté de communes," / "Le Maire,   Le
    Président," / two names on one line) under one "Fait à" line."""
    d = DocH("cc-coteaux-du-saves-convention-ads-2026-07")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 5211-4-2 ;"),
             d.clause("Vu le code de l'urbanisme, et notamment ses articles L. 422-1, L. 422-8\n"
                      "et R. 423-15 ;")]
    verb = d.span("Il a été convenu ce qui suit")
    arts = [art(d, "1", "Objet", "Article 1 – Objet", "La présente convention a pour objet",
                "territoire de la commune."),
            art(d, "2", "Répartition des tâches", "Article 2 – Répartition", "La commune assure",
                "délivrer les\nautorisations."),
            art(d, "3", "Dispositions financières", "Article 3 – Dispositions",
                "La commune verse", "31 décembre de chaque année."),
            art(d, "4", "Durée", "Article 4 – Durée", "La présente convention prend effet",
                "préavis de six mois."),
            art(d, "5", "Litiges", "Article 5 – Litiges", "Les litiges",
                "tribunal administratif de Toulouse.")]
    sigs = [d.signature("Pour la commune,", "Martine SALLES", "Pour la commune, Le Maire",
                        "Martine SALLES", "Saint-Lys-de-Savès", "2026-06-03", at="Fait à Saint"),
            d.signature("Pour la communauté de communes,", "Jean-Louis PEYRAFITTE",
                        "Pour la communauté de communes, Le Président", "Jean-Louis PEYRAFITTE",
                        "Saint-Lys-de-Savès", "2026-06-03", at="Fait à Saint")]
    d.reset()
    amounts = [d.amount("180,00 €", 180), d.amount("240,00 €", 240), d.amount("75,00 €", 75),
               d.amount("9 600 €", 9600)]
    d.reset()
    dates = [d.date("14 avril 2026", "2026-04-14"),
             d.date("28 avril 2026", "2026-04-28"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("3 juin 2026", "2026-06-03")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du conseil municipal n° 2026-033\ndu 14 avril 2026",
                  number="2026-033", date="2026-04-14"),
            d.ref("deliberation", "délibération du\nconseil communautaire n° CC-2026-052 du 28 "
                  "avril 2026", number="CC-2026-052", date="2026-04-28"),
            d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 5211-4-2", code=CGCT, articles=["L.5211-4-2"]),
            d.ref("code", "code de l'urbanisme, et notamment ses articles L. 422-1, L. 422-8\n"
                  "et R. 423-15", code=URBA, articles=["L.422-1", "L.422-8", "R.423-15"])]
    d.reset()
    ids = [d.ident("postal_code", "31470", "31470"),
           d.ident("phone", "05 61 91 44 20", "0561914420"),
           d.ident("email", "urbanisme@coteaux-du-saves.fr", "urbanisme@coteaux-du-saves.fr"),
           d.ident("siret", "213 105 174 00022", "21310517400022"),
           d.ident("siret", "243 100 138 00060", "24310013800060")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES COTEAUX DU SAVÈS", "body": None},
            "2026-ADS-07",
            "CONVENTION D'ADHÉSION AU SERVICE COMMUN D'INSTRUCTION DES AUTORISATIONS DU "
            "DROIT DES SOLS",
            visas=visas, dec={"verb": "Il a été convenu ce qui suit", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    haut_segala_cao()
    gers_statuts()
    montredon_dm2()
    saves_convention()
