#!/usr/bin/env python3
"""Hand-written gold for the blind set BF (corpusBF) of corpus/extra-pending
(see README.md, section "Blind set (corpusBF)").
Run: python3 make_gold_bf.py

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
from _goldlib import CASF, CCP, CGCT, CTRA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def haut_verdon_cp():
    """COMMISSION PERMANENTE of a département, cd62-like export: ACTES stamp
    beside the letterhead, Dossier/Rapport lines, group vote block,
    annex table of beneficiaries over two pages."""
    d = DocH("departement-haut-verdon-cp-2026-0588")
    pres = d.S("MADAME ISABELLE FERRAND-MAUGER", "Mme", "ISABELLE", "FERRAND-MAUGER",
               at="PRÉSIDENCE DE")
    sec = d.P("M. Thierry BOURDAIS", at="Secrétaire :")
    present = d.persons("Mme Isabelle FERRAND-MAUGER", "M. Jean-Paul CASTAING",
                        "Mme Nadine ROUSSILHE", "M. Bernard VIGUIÉ",
                        "Mme Sandrine LAPORTE-CAZALS", "M. Thierry BOURDAIS",
                        "Mme Hélène MAZIÈRES", "M. Gilles ESTRADE", "Mme Corinne DELPECH",
                        "M. Alain FABRE-MONTEIL", "Mme Valérie SOUBIRAN", "M. Didier COMBRET",
                        "Mme Laetitia VAYSSE", "M. Francis LACAZE", "Mme Monique BALAYÉ",
                        "M. Patrick ROUQUETTE", "Mme Aurélie CASSAGNE", "M. Henri DELMAS",
                        "Mme Jocelyne TEYSSIÉ", "M. Olivier GRANIER", at="Étaient présents")
    x1 = d.P("M. Laurent CAUSSE", at="Excusé(s) ayant")
    p1 = d.proxy(x1, "Mme Nadine ROUSSILHE")
    x2 = d.P("Mme Stéphanie ALBOUY")
    p2 = d.proxy(x2, "M. Gilles ESTRADE")
    x3 = d.P("M. Raymond PÉLISSIER", at="Excusé(s) :")
    absent = [d.P("Mme Chantal IZARD", at="Absent(s) :"), d.P("M. Marc BOUSQUET")]
    adv = [d.P("M. Rémi CANCEL", at="Assistait")]
    att = attendance(present, [x1, x2, x3], absent, [p1, p2], adv_p=adv)
    session = {"date": "2026-06-15", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("La Commission Permanente du Conseil")
    visas = [d.clause("Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3211-1,\n"
                      "L.3212-3 et L.1111-10 ;"),
             d.clause("Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la\n"
                      "République ;"),
             d.clause("Vu la délibération n° 2021-214 du Conseil départemental en date du 01/07/2021\n"
                      "« Délégation d'attributions à la Commission Permanente » ;"),
             d.clause("Vu la délibération n° 2025-398 du Conseil départemental en date du 15/12/2025 « Règlement\n"
                      "du Fonds départemental d'équipement des territoires 2026-2028 » ;"),
             d.clause("Vu la délibération n° CP-2026-03-0211 de la Commission Permanente en date du 16/03/2026\n"
                      "« FDET - 1ère répartition 2026 » ;"),
             d.clause("Vu le rapport du Président du Conseil départemental ;"),
             d.clause("Vu l'avis favorable de la 3ème commission « Territoires, ruralité et aménagement » rendu\n"
                      "lors de sa réunion du 2 juin 2026 ;")]
    cons = [d.clause("Considérant que les dossiers présentés répondent aux critères d'éligibilité du règlement\n"
                     "du fonds ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer", "702 300,00 € HT."),
            art(d, "2", None, "Article 2 :", "D'autoriser", "arrêtés attributifs\ncorrespondants."),
            art(d, "3", None, "Article 3 :", "De préciser", "montant de 1,2 M€.")]
    votes = [d.vote("Pour : 18 voix (Groupe Gauche Solidaire et Écologiste ; Groupe Haut-Verdon\n"
                    "Avenir ; Non-inscrit)\nContre : 0 voix\nAbstention : 4 voix (Groupe Union de la "
                    "Droite et du Centre)\nAbsents sans délégation de vote : 3 (Groupe Union de la "
                    "Droite et du Centre)\n\n(Adopté)", for_=18, against=0, abstention=4,
                    absent_without_proxy=3,
                    for_groups=["Groupe Gauche Solidaire et Écologiste", "Groupe Haut-Verdon Avenir",
                                "Non-inscrit"])]
    sigs = [d.signature("LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL,", "Isabelle FERRAND-MAUGER",
                        "LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL", "Isabelle FERRAND-MAUGER",
                        "SAINT-ALVÈRE", "2026-06-15"),
            d.signature("Pour la Présidente du Conseil départemental,", "Christophe LABARTHE",
                        "Pour la Présidente du Conseil départemental, Le Directeur Général des Services",
                        "Christophe LABARTHE", "SAINT-ALVÈRE", "2026-06-15")]
    d.reset("Article 1er :")
    amounts = [d.amount("174 835,00 €", 174835), d.amount("702 300,00 €", 702300, tax="HT"),
               d.amount("1,2 M€", 1200000)]
    d.reset("ANNEXE À LA DÉLIBÉRATION")
    for c, s in (("84 500,00 €", "21 125,00 €"), ("62 800,00 €", "18 840,00 €"),
                 ("248 000,00 €", "49 600,00 €"), ("131 000,00 €", "32 750,00 €"),
                 ("57 400,00 €", "17 220,00 €"), ("71 600,00 €", "17 900,00 €"),
                 ("28 000,00 €", "9 800,00 €"), ("19 000,00 €", "7 600,00 €"),
                 ("702 300,00 €", "174 835,00 €")):
        for t in (c, s):
            amounts.append(d.amount(t, float(t[:-2].replace(" ", "").replace(",", "."))))
    for a in amounts:
        if a["value"] == int(a["value"]):
            a["value"] = int(a["value"])
    d.reset()
    dates = [d.date("18/06/2026", "2026-06-18", at="Envoyé en"),
             d.date("18/06/2026", "2026-06-18"),
             d.date("19/06/2026", "2026-06-19"),
             d.date("15 juin 2026", "2026-06-15", at="Réunion du"),
             d.date("7 août 2015", "2015-08-07"),
             d.date("01/07/2021", "2021-07-01"),
             d.date("15/12/2025", "2025-12-15"),
             d.date("16/03/2026", "2026-03-16"),
             d.date("2 juin 2026", "2026-06-02"),
             d.date("15 juin 2026", "2026-06-15", at="SAINT-ALVÈRE, le"),
             d.date("18/06/2026", "2026-06-18", at="Certifié exécutoire"),
             d.date("19/06/2026", "2026-06-19")]
    d.reset("La Commission Permanente du Conseil")
    refs = [d.ref("code", "Code Général des Collectivités Territoriales et notamment ses articles L.3211-1,\n"
                  "L.3212-3 et L.1111-10", code=CGCT, articles=["L.3211-1", "L.3212-3", "L.1111-10"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("deliberation", "délibération n° 2021-214 du Conseil départemental en date du 01/07/2021",
                  number="2021-214", date="2021-07-01"),
            d.ref("deliberation", "délibération n° 2025-398 du Conseil départemental en date du 15/12/2025",
                  number="2025-398", date="2025-12-15"),
            d.ref("deliberation", "délibération n° CP-2026-03-0211 de la Commission Permanente en date "
                  "du 16/03/2026", number="CP-2026-03-0211", date="2026-03-16")]
    d.reset()
    ids = [d.ident("acte", "087-224908459-20260615-CP_2026_0588-DE",
                   "087-224908459-20260615-CP_2026_0588-DE"),
           d.ident("postal_code", "87312", "87312")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU HAUT-VERDON",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-06-0588",
            "AIDE AUX COMMUNES ET À LEURS GROUPEMENTS - FONDS DÉPARTEMENTAL D'ÉQUIPEMENT DES "
            "TERRITOIRES (FDET) - 2ÈME RÉPARTITION 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def littoral_ap():
    """RÉGION, ASSEMBLÉE PLÉNIÈRE: the RAPPORT DU PRÉSIDENT (own document)
    BEFORE the délibération; two amendments voted; final vote by group."""
    d = DocH("region-littoral-et-piemonts-ap-2026-0112")
    cut = d.b(d.s.index("\fRÉGION LITTORAL-ET-PIÉMONTS") + 1)
    title = ("ADOPTION DU SCHÉMA RÉGIONAL DES MOBILITÉS ACTIVES ET DU VÉLO (SRMAV) 2026-2032")
    # --- document 1: the rapport
    sig_r = [d.signature("Le Président du Conseil régional,", "Julien MARTY-LACOMBE",
                         "Le Président du Conseil régional", "Julien MARTY-LACOMBE", None, None)]
    d.reset()
    am_r = [d.amount("148,5 M€", 148500000), d.amount("62 M€", 62000000),
            d.amount("18 500 000 €", 18500000), d.amount("34 M€", 34000000),
            d.amount("19,5 M€", 19500000), d.amount("8,5 M€", 8500000),
            d.amount("5 200 000 €", 5200000), d.amount("18 500 000 €", 18500000)]
    d.reset()
    dt_r = [d.date("jeudi 25 juin 2026", "2026-06-25"),
            d.date("12 décembre 2024", "2024-12-12"),
            d.date("24 décembre 2019", "2019-12-24"),
            d.date("3 février 2025", "2025-02-03"),
            d.date("30 avril 2025", "2025-04-30"),
            d.date("31 décembre 2028", "2028-12-31"),
            d.date("9 juin 2026", "2026-06-09"),
            d.date("14 mars 2026", "2026-03-14")]
    d.reset()
    rf_r = [d.ref("deliberation", "délibération n° AP-2024-12-0287 du 12 décembre 2024",
                  number="AP-2024-12-0287", date="2024-12-12"),
            d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24")]
    d.reset()
    id_r = [d.ident("postal_code", "33901", "33901"),
            d.ident("siren", "237 756 960", "237756960")]
    r = doc(d, "rapport", [0, cut],
            {"collectivity": "RÉGION LITTORAL-ET-PIÉMONTS",
             "body": "Direction des Mobilités – Pôle Transports et Intermodalité"},
            "12", title,
            session={"date": "2026-06-25", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            sigs=sig_r, amounts=am_r, dates=dt_r, refs=rf_r, ids=id_r)
    check_inside(r)
    # --- document 2: the délibération
    d.reset("DÉLIBÉRATION N° AP-2026-06-0112")
    pres = d.P("M. Julien MARTY-LACOMBE", at="sous la présidence")
    att = attendance(in_office=121, present_n=99, represented=19, voting=117)
    session = {"date": "2026-06-25", "place": "Hôtel de Région", "convened_on": "2026-06-09",
               "president": pres, "secretary": None}
    d.reset("Présents : 99")
    visas = [d.clause("Vu le Code général des collectivités territoriales, notamment ses articles L.4221-1 et\n"
                      "L.4251-1 à L.4251-11 ;"),
             d.clause("Vu le Code des transports, notamment son article L.1231-1 ;"),
             d.clause("Vu la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités ;"),
             d.clause("Vu le décret n° 2021-1490 du 17 novembre 2021 relatif aux schémas régionaux ;"),
             d.clause("Vu la délibération n° AP-2024-12-0287 du 12 décembre 2024 engageant l'élaboration du\n"
                      "schéma ;"),
             d.clause("Vu la délibération n° AP-2025-12-0301 du 18 décembre 2025 relative au budget primitif 2026 ;"),
             d.clause("Vu l'avis du Conseil économique, social et environnemental régional du 9 juin 2026 ;"),
             d.clause("Vu le rapport du Président n° 12 ;"),
             d.clause("Vu l'avis de la commission sectorielle n° 5 « Mobilités et infrastructures » du\n"
                      "11 juin 2026 ;")]
    cons = [d.clause("Considérant que le vélo constitue un levier majeur de décarbonation des déplacements\n"
                     "du quotidien ;")]
    votes = [d.vote("Mis aux voix, l'amendement est rejeté.\nPour : 21 voix (Groupe Rassemblement "
                    "régional) – Contre : 84 voix – Abstention : 12 voix", for_=21, against=84,
                    abstention=12, for_groups=["Groupe Rassemblement régional"], result="rejected"),
             d.vote("Mis aux voix, l'amendement est adopté à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'adopter", "présente délibération."),
            art(d, "2", None, "Article 2 :", "D'ouvrir", "au chapitre 908."),
            art(d, "3", None, "Article 3 :", "D'approuver", "le 15 octobre 2026."),
            art(d, "4", None, "Article 4 :", "D'autoriser", "présente délibération.")]
    votes.append(d.vote("Pour : 84 voix (Groupe Socialistes, Radicaux et Apparentés ; Groupe "
                        "Écologistes et\nSolidaires ; Groupe Communistes et Citoyens)\nContre : 21 "
                        "voix (Groupe Rassemblement régional)\nAbstention : 12 voix (Groupe Union "
                        "des Territoires)\nNe prend pas part au vote : 1 (Mme Carole DUTHIL, "
                        "présidente de l'association Vélo-Piémonts)\n\nLa délibération est adoptée",
                        for_=84, against=21, abstention=12, not_voting=1,
                        for_groups=["Groupe Socialistes, Radicaux et Apparentés",
                                    "Groupe Écologistes et Solidaires",
                                    "Groupe Communistes et Citoyens"]))
    sigs = [d.signature("Le Président du Conseil régional,", "Julien MARTY-LACOMBE",
                        "Le Président du Conseil régional", "Julien MARTY-LACOMBE", "Bordemont",
                        "2026-06-25", at="Fait à Bordemont")]
    d.reset("DÉLIBÉRATION N° AP-2026-06-0112")
    amounts = [d.amount("18 500 000 €", 18500000), d.amount("9 000 000 €", 9000000),
               d.amount("18 500 000 €", 18500000),
               d.amount("dix-huit millions\ncinq cent mille euros", 18500000)]
    d.cursor = d.s.index("\fRÉGION LITTORAL-ET-PIÉMONTS") + 1
    dates = [d.date("jeudi 25 juin 2026", "2026-06-25"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("jeudi 25 juin 2026", "2026-06-25"),
             d.date("24 décembre 2019", "2019-12-24"),
             d.date("17 novembre 2021", "2021-11-17"),
             d.date("12 décembre 2024", "2024-12-12"),
             d.date("18 décembre 2025", "2025-12-18"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("11 juin 2026", "2026-06-11"),
             d.date("15 octobre 2026", "2026-10-15"),
             d.date("25 juin 2026", "2026-06-25", at="Fait à Bordemont"),
             d.date("29/06/2026", "2026-06-29"),
             d.date("29/06/2026", "2026-06-29"),
             d.date("30/06/2026", "2026-06-30")]
    d.reset("Présents : 99")
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment ses articles L.4221-1 et\n"
                  "L.4251-1 à L.4251-11", code=CGCT, articles=["L.4221-1", "L.4251-1", "L.4251-11"]),
            d.ref("code", "Code des transports, notamment son article L.1231-1", code=CTRA,
                  articles=["L.1231-1"]),
            d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24"),
            d.ref("decret", "décret n° 2021-1490 du 17 novembre 2021", number="2021-1490",
                  date="2021-11-17"),
            d.ref("deliberation", "délibération n° AP-2024-12-0287 du 12 décembre 2024",
                  number="AP-2024-12-0287", date="2024-12-12"),
            d.ref("deliberation", "délibération n° AP-2025-12-0301 du 18 décembre 2025",
                  number="AP-2025-12-0301", date="2025-12-18")]
    ids = [d.ident("acte", "033-237756960-20260625-AP_2026_06_0112-DE",
                   "033-237756960-20260625-AP_2026_06_0112-DE")]
    a = doc(d, "deliberation", [cut, len(d.raw)],
            {"collectivity": "RÉGION LITTORAL-ET-PIÉMONTS",
             "body": "CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE"},
            "AP-2026-06-0112", title, session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([r, a])


def severac_metropole():
    """MÉTROPOLE conseil: 80 present in one comma list, "X à Y" pouvoirs,
    arrivals "(à partir du point n° …)", group vote with guillemets,
    tariff annex."""
    sys.path.insert(0, HERE)
    d = DocH("metropole-grand-severac-deliberation-tarifs-2026-0147")
    F = ["Sophie LAMARQUE-DELORME", "Nathalie AUBRY", "Claire BESNARD", "Isabelle CHAUVIN",
         "Martine DELAUNAY", "Sylvie ÉTIENNE", "Françoise GAILLARD", "Catherine HÉBERT",
         "Véronique JOUBERT", "Anne-Marie LECLERC", "Christine MAILLARD", "Patricia NOËL",
         "Valérie OLIVIER", "Sandrine POIRIER", "Karine RÉMY", "Laurence SCHMITT",
         "Émilie TESSIER", "Céline VALLÉE", "Aurélie WEBER", "Julie ARNAUD", "Marion BAUDRY",
         "Camille COLIN", "Pauline DESCHAMPS", "Manon FOURNIER", "Léa GILLET", "Chloé HUMBERT",
         "Inès JACOB", "Sarah KLEIN", "Fatima LAHLOU", "Océane MARCHAL", "Yasmina NAÏT-SAÏD",
         "Agnès PERROT", "Brigitte QUENTIN", "Danielle ROLLIN", "Élodie SAUVAGE",
         "Mireille TOURNIER", "Hélène VIDAL", "Josiane ZIMMER", "Lucie BARBIER",
         "Noémie CARPENTIER"]
    M = ["Jean-Luc ANDRÉ", "Pierre BERTIN", "Michel CARON", "Philippe DUPUIS", "Alain FERRAND",
         "Patrick GUILLOT", "Christophe HENRY", "Laurent JULLIEN", "Éric LANGLOIS",
         "Frédéric MERCIER", "Nicolas NAVARRO", "Olivier PASQUIER", "Stéphane RENAUD",
         "Thierry SÉGUIN", "Pascal TEXIER", "David VASSEUR", "Sébastien WAGNER", "Julien BRUNET",
         "Romain CHARPENTIER", "Mathieu DUMAS", "Antoine ÉVRARD", "Guillaume FLEURY",
         "Hugo GRONDIN", "Maxime HOARAU", "Karim BENSAÏD", "Yannick LE BIHAN", "Franck MOULIN",
         "Gérard PAYET", "Bruno RIVIÈRE", "Denis SIMONET", "Jacques TOUSSAINT", "Marcel VERDIER",
         "Rachid AMRANI", "Benoît BOUCHER", "Cédric DEVAUX", "Didier FONTAINE", "Emmanuel GODIN",
         "François HUET", "Gilles IMBERT", "Hervé LOISEAU"]
    names = []
    for i in range(40):
        names += ["Mme " + F[i], "M. " + M[i]]
    pres = d.P("Mme Sophie LAMARQUE-DELORME", at="sous la présidence")
    present = d.persons(*names, at="Présents :")
    assert len(present) == 80
    pairs = [("M. Vincent ABADIE", "Mme Nathalie AUBRY"), ("Mme Géraldine BLANC", "M. Pierre BERTIN"),
             ("M. Serge CLÉMENT", "Mme Claire BESNARD"), ("Mme Ludivine DAVID", "M. Michel CARON"),
             ("M. Jérôme ÉGAL", "Mme Isabelle CHAUVIN"), ("Mme Nadia FERHAT", "M. Philippe DUPUIS"),
             ("M. Raphaël GARCIA", "Mme Martine DELAUNAY"), ("Mme Hélène HAMEL", "M. Alain FERRAND"),
             ("M. Ibrahim DIALLO", "Mme Sylvie ÉTIENNE")]
    d.reset("Absents ayant donné pouvoir")
    proxies = [d.proxy(a, b) for a, b in pairs]
    excused = d.persons("Mme Paule JANVIER", "M. Arnaud KELLER", at="Absents excusés")
    absent = [d.P("M. Tony LEBRETON", at="Absent :")]
    sec = d.P("Mme Camille COLIN", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=92, present_n=80,
                     represented=9, voting=89)
    session = {"date": "2026-06-29", "place": "Hôtel de Métropole, salle des délibérations",
               "convened_on": "2026-06-22", "president": pres, "secretary": sec}
    d.reset("Le Conseil de Métropole,")
    visas = [d.clause("Vu le Code général des collectivités territoriales, notamment ses articles L.5217-2 et\n"
                      "L.1231-1 ;"),
             d.clause("Vu le Code des transports, notamment ses articles L.1221-3 et L.1221-5 ;"),
             d.clause("Vu la délibération n° 2021-0233 du 28 juin 2021 approuvant le contrat de délégation de\n"
                      "service public du réseau Sévéria conclu avec la SPL Sévéria Mobilités ;"),
             d.clause("Vu la délibération n° 2025-0189 du 30 juin 2025 fixant les tarifs applicables au\n"
                      "1er septembre 2025 ;"),
             d.clause("Vu l'avis de la commission Mobilités et déplacements du 15 juin 2026 ;")]
    cons = [d.clause("Considérant la hausse de 4,2 % de l'indice des coûts d'exploitation constatée en 2025 ;"),
            d.clause("Considérant la volonté de la Métropole de maintenir la gratuité pour les moins de 11 ans\n"
                     "et d'étendre le tarif solidaire aux bénéficiaires de la complémentaire santé solidaire ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Les tarifs", "1er septembre 2026."),
            art(d, "2", None, "Article 2 :", "Le ticket", "maintenu à 42,00 €."),
            art(d, "3", None, "Article 3 :", "Le manque", "contrat de délégation."),
            art(d, "4", None, "Article 4 :", "La Présidente", "présente délibération.")]
    votes = [d.vote("Adopté à la majorité :\nPour : 74 voix (groupes « Majorité métropolitaine », "
                    "« Socialistes et apparentés » et\n« Écologie et solidarités ») ;\nContre : 12 voix "
                    "(groupe « Métropole citoyenne ») ;\nAbstention : 3 voix (groupe « Indépendants et "
                    "territoires »)", for_=74, against=12, abstention=3,
                    for_groups=["Majorité métropolitaine", "Socialistes et apparentés",
                                "Écologie et solidarités"])]
    sigs = [d.signature("La Présidente,", "Sophie LAMARQUE-DELORME", "La Présidente",
                        "Sophie LAMARQUE-DELORME", "Séverac", "2026-06-29", at="Pour extrait conforme")]
    d.reset("Article 2 :")
    amounts = [d.amount("1,60 €", 1.6), d.amount("1,70 €", 1.7), d.amount("42,00 €", 42),
               d.amount("385 000 €", 385000)]
    d.reset("Titre de transport")
    for t in ("1,60 €", "1,70 €", "13,50 €", "14,00 €", "4,50 €", "4,80 €", "42,00 €", "42,00 €",
              "21,00 €", "21,00 €", "420,00 €", "430,00 €", "5,00 €", "5,00 €", "50,00 €",
              "55,00 €"):
        v = float(t[:-2].replace(",", "."))
        amounts.append(d.amount(t, int(v) if v == int(v) else v))
    d.reset()
    dates = [d.date("lundi 29 juin 2026", "2026-06-29", at="Séance du"),
             d.date("1ER SEPTEMBRE 2026", "2026-09-01"),
             d.date("22 juin 2026", "2026-06-22"),
             d.date("lundi 29 juin 2026", "2026-06-29"),
             d.date("28 juin 2021", "2021-06-28", at="Le Conseil de Métropole,"),
             d.date("30 juin 2025", "2025-06-30"),
             d.date("1er septembre 2025", "2025-09-01"),
             d.date("15 juin 2026", "2026-06-15"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("29 juin 2026", "2026-06-29", at="Fait à Séverac"),
             d.date("02/07/2026", "2026-07-02"),
             d.date("02/07/2026", "2026-07-02"),
             d.date("03/07/2026", "2026-07-03"),
             d.date("1ER SEPTEMBRE 2026", "2026-09-01", at="ANNEXE –"),
             d.date("01/09/2026", "2026-09-01"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("31 décembre 2026", "2026-12-31")]
    d.reset("Le Conseil de Métropole,")
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment ses articles L.5217-2 et\n"
                  "L.1231-1", code=CGCT, articles=["L.5217-2", "L.1231-1"]),
            d.ref("code", "Code des transports, notamment ses articles L.1221-3 et L.1221-5", code=CTRA,
                  articles=["L.1221-3", "L.1221-5"]),
            d.ref("deliberation", "délibération n° 2021-0233 du 28 juin 2021", number="2021-0233",
                  date="2021-06-28"),
            d.ref("deliberation", "délibération n° 2025-0189 du 30 juin 2025", number="2025-0189",
                  date="2025-06-30")]
    d.reset()
    ids = [d.ident("postal_code", "12104", "12104"),
           d.ident("phone", "05 65 73 40 00", "0565734000"),
           d.ident("url", "www.grandseverac-metropole.fr", "www.grandseverac-metropole.fr"),
           d.ident("siret", "807 939 491 00054", "80793949100054"),
           d.ident("acte", "012-247158199-20260629-2026_0147-DE", "012-247158199-20260629-2026_0147-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MÉTROPOLE GRAND SÉVERAC", "body": "CONSEIL DE MÉTROPOLE"},
            "2026-0147",
            "RÉSEAU SÉVÉRIA – TARIFS DES TRANSPORTS COLLECTIFS URBAINS APPLICABLES AU "
            "1ER SEPTEMBRE 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_d_auzon_arrete():
    """ARRÊTÉ of a président de conseil départemental: délégation de
    signature to many agents, headed articles, recours with Télérecours."""
    d = DocH("departement-val-d-auzon-arrete-delegation-signature-2026-0412")
    d.reset("Le Président du Conseil départemental du Val")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses articles L.3221-3 et\n"
                      "L.3221-11 ;"),
             d.clause("Vu le Code de l'action sociale et des familles, et notamment ses articles L.121-1, L.221-1\n"
                      "et L.232-1 ;"),
             d.clause("Vu le Code de la commande publique ;"),
             d.clause("Vu l'élection de M. Bernard CHASTAGNOL en qualité de Président du Conseil départemental\n"
                      "le 1er juillet 2021 ;"),
             d.clause("Vu la délibération n° CD-2021-07-03 du Conseil départemental du 1er juillet 2021 portant\n"
                      "délégation d'attributions au Président ;"),
             d.clause("Vu la délibération n° CD-2025-11-204 du 17 novembre 2025 portant organisation des\n"
                      "services départementaux ;"),
             d.clause("Vu l'arrêté n° 2025-DRH-0987 du 2 décembre 2025 portant nomination de Mme Nathalie\n"
                      "GERBAUD en qualité de Directrice générale adjointe des solidarités ;"),
             d.clause("Vu l'arrêté n° 2026-DRH-0118 du 12 février 2026 portant délégation de signature au sein\n"
                      "de la Direction générale adjointe des solidarités ;")]
    cons = [d.clause("Considérant la nomination de M. Yohan PEYRAT en qualité de directeur de l'autonomie à\n"
                     "compter du 4 mai 2026 ;"),
            d.clause("Considérant qu'il convient, pour la bonne marche des services, de mettre à jour les\n"
                     "délégations de signature consenties au sein de la Direction générale adjointe des\n"
                     "solidarités ;")]
    verb = d.span("ARRÊTE", at="Sur proposition")
    arts = [art(d, "1", "Délégation générale", "Article 1er – Délégation générale", "Délégation est",
                "supérieur à 90 000 € HT."),
            art(d, "2", "Délégation aux directeurs", "Article 2 – Délégation aux directeurs", "En cas",
                "et infantile."),
            art(d, "3", "Délégation aux chefs de service", "Article 3 – Délégation aux chefs de service",
                "Délégation est", "inférieur à 4 000 € HT."),
            art(d, "4", "Abrogation", "Article 4 – Abrogation", "L'arrêté", "du présent arrêté."),
            art(d, "5", "Délais et voies de recours", "Article 5 – Délais et voies de recours",
                "Le présent", "www.telerecours.fr."),
            art(d, "6", "Exécution", "Article 6 – Exécution", "Le Directeur", "notifié aux intéressés.")]
    sigs = [d.signature("Le Président du Conseil départemental,", "Bernard CHASTAGNOL",
                        "Le Président du Conseil départemental", "Bernard CHASTAGNOL",
                        "Auzon-la-Ville", "2026-05-04", at="Fait à Auzon")]
    d.reset("ARRÊTE\n")
    amounts = [d.amount("90 000 €", 90000, tax="HT"), d.amount("30 000 €", 30000),
               d.amount("90 000 €", 90000, tax="HT"), d.amount("15 000 €", 15000, tax="HT"),
               d.amount("4 000 €", 4000, tax="HT")]
    d.reset()
    dates = [d.date("05/05/2026", "2026-05-05"),
             d.date("06/05/2026", "2026-05-06"),
             d.date("1er juillet 2021", "2021-07-01", at="Vu l'élection"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("17 novembre 2025", "2025-11-17"),
             d.date("2 décembre 2025", "2025-12-02"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("4 mai 2026", "2026-05-04"),
             d.date("20 janvier 2025", "2025-01-20"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("4 mai 2026", "2026-05-04", at="Fait à Auzon"),
             d.date("05/05/2026", "2026-05-05"),
             d.date("6 mai 2026", "2026-05-06")]
    d.reset("Le Président du Conseil départemental du Val")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.3221-3 et\n"
                  "L.3221-11", code=CGCT, articles=["L.3221-3", "L.3221-11"]),
            d.ref("code", "Code de l'action sociale et des familles, et notamment ses articles L.121-1, L.221-1\n"
                  "et L.232-1", code=CASF, articles=["L.121-1", "L.221-1", "L.232-1"]),
            d.ref("code", "Code de la commande publique", code=CCP),
            d.ref("deliberation", "délibération n° CD-2021-07-03 du Conseil départemental du 1er juillet 2021",
                  number="CD-2021-07-03", date="2021-07-01"),
            d.ref("deliberation", "délibération n° CD-2025-11-204 du 17 novembre 2025",
                  number="CD-2025-11-204", date="2025-11-17"),
            d.ref("arrete", "arrêté n° 2025-DRH-0987 du 2 décembre 2025", number="2025-DRH-0987",
                  date="2025-12-02"),
            d.ref("arrete", "arrêté n° 2026-DRH-0118 du 12 février 2026", number="2026-DRH-0118",
                  date="2026-02-12"),
            d.ref("arrete", "arrêté n° 2026-DRH-0118 du 12 février 2026", number="2026-DRH-0118",
                  date="2026-02-12")]
    d.reset()
    ids = [d.ident("acte", "043-224364844-20260504-2026_DRH_0412-AR",
                   "043-224364844-20260504-2026_DRH_0412-AR"),
           d.ident("postal_code", "43012", "43012"),
           d.ident("phone", "04 71 07 43 43", "0471074343"),
           d.ident("email", "actes@valdauzon.fr", "actes@valdauzon.fr"),
           d.ident("siren", "224 364 844", "224364844"),
           d.ident("postal_code", "63033", "63033"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU VAL-D'AUZON",
             "body": "Le Président du Conseil départemental"},
            "2026-DRH-0412",
            "portant délégation de signature aux responsables de la Direction générale adjointe "
            "des solidarités",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    haut_verdon_cp()
    littoral_ap()
    severac_metropole()
    val_d_auzon_arrete()
