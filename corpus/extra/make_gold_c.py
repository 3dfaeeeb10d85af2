#!/usr/bin/env python3
"""Hand-written gold for the blind set of corpus/extra (corpusC; see
README.md, section "Blind set (corpusC)").
Run: python3 make_gold_c.py

Same conventions and tooling as make_gold.py: _goldlib.Doc finds each chosen
string and turns positions into byte spans.  The whitespace-tolerant locator
and the checks of _goldlib.DocB (shared with make_gold_b) are used.  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
from _goldlib import CASF, CGCT, EMPTY_SESSION, DocB, attendance


# ---------------------------------------------------------------- (a)
def region_ap():
    """plenary assembly of a conseil régional: no name lists (counts only),
    EU regulations with and without "n°", group vote "Pour : groupes A, B,
    C (52 voix)", table of subsidies with a "Montant (€)" column"""
    d = DocB("region-hautes-terres-ap-2024-0412")
    d.reset("sous la")
    president = d.P("Mme Agnès VERCHÈRE-DUMAS")
    d.reset("La liste des conseillers")
    visas = [d.clause(t) for t in (
        "VU le code général des collectivités territoriales, et notamment ses articles L.1511-2, L.4211-1 et L.4221-1 ;",
        "VU le code du tourisme, et notamment ses articles L.131-1 à L.131-3 ;",
        "VU le règlement (UE) n° 651/2014 de la Commission du 17 juin 2014 déclarant certaines catégories "
        "d'aides compatibles avec le marché intérieur, dit « RGEC », modifié par le règlement (UE) "
        "2023/1315 de la Commission du 23 juin 2023 ;",
        "VU le règlement (UE) 2023/2831 de la Commission du 13 décembre 2023 relatif aux aides de minimis ;",
        "VU la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République ;",
        "VU la délibération n° 22-AP-0105 du Conseil régional du 16 décembre 2022 adoptant le schéma "
        "régional de développement du tourisme et des loisirs ;",
        "VU la délibération du 8 février 2024 adoptant le budget primitif de l'exercice 2024 ;",
        "VU l'avis de la commission Tourisme, Thermalisme et Montagne réunie le 4 mars 2024 ;")]
    cons = [d.clause(t) for t in (
        "CONSIDÉRANT que la modernisation du parc d'hébergements marchands constitue une priorité du "
        "schéma régional, en particulier dans les territoires de moyenne montagne ;",
        "CONSIDÉRANT que les aides accordées aux entreprises doivent respecter les plafonds fixés par la "
        "réglementation européenne ;")]
    d.reset("Après en avoir délibéré,")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    table = ("Bénéficiaire Commune Projet Montant (€) "
             "SARL Les Chalets du Puy Griou Saint-Jacques-des-Blats Rénovation énergétique 45 000 "
             "Camping municipal Les Sagnes Murat Sanitaires accessibles 32 500 "
             "SAS Auberge de la Haute-Dore Ambert Extension (6 chambres) 60 000 "
             "Association Gîtes des Combrailles Pontaumur Labellisation et équipement 50 000 "
             "TOTAL 187 500")
    arts = [
        d.article("1", None, "Article premier :",
                  "D'adopter le règlement d'intervention du « Fonds régional pour l'hébergement "
                  "touristique durable », doté de 2,5 M€ en autorisation de programme pour la période 2024-2026."),
        d.article("2", None, "Article 2 :",
                  "D'attribuer les subventions d'investissement figurant dans le tableau ci-dessous, pour "
                  "un montant total de 187 500 € : " + table),
        d.article("3", None, "Article 3 :",
                  "D'autoriser la Présidente à signer les conventions attributives correspondantes."),
        d.article("4", None, "Article 4 :",
                  "Les aides attribuées aux entreprises relèvent du règlement (UE) 2023/2831 précité."),
    ]
    # "groupes A, B, C": one group per name, the shared plural "groupes" left
    # out (as a civility group prefix is left out of each person)
    votes = [d.vote("Pour : groupes Union pour les Hautes-Terres, Écologie et Solidarités, Territoires et "
                    "Ruralité (52 voix) Contre : groupe Rassemblement Hautes-Terres (12 voix) Abstention : "
                    "groupe Gauche citoyenne (5 voix) La délibération est adoptée.",
                    52, 12, 5,
                    for_groups=["Union pour les Hautes-Terres", "Écologie et Solidarités",
                                "Territoires et Ruralité"])]
    # no "Fait à" line: place and date null
    sigs = [d.signature("La Présidente du Conseil régional,", "Agnès VERCHÈRE-DUMAS",
                        "La Présidente du Conseil régional", "Agnès VERCHÈRE-DUMAS",
                        None, None)]
    d.reset()
    # table cells under "Montant (€)" are euro amounts, text = the cell
    amounts = [d.amount("2,5 M€", 2500000), d.amount("187 500 €", 187500),
               d.amount("45 000", 45000), d.amount("32 500", 32500),
               d.amount("60 000", 60000), d.amount("50 000", 50000),
               d.amount("187 500", 187500)]
    d.reset()
    dates = [d.date("22/03/2024", "2024-03-22"), d.date("22/03/2024", "2024-03-22"),
             d.date("jeudi 14 mars 2024", "2024-03-14"),
             d.date("14 mars 2024", "2024-03-14"),
             d.date("17 juin 2014", "2014-06-17"),
             d.date("23 juin 2023", "2023-06-23"),
             d.date("13 décembre 2023", "2023-12-13"),
             d.date("7 août 2015", "2015-08-07"),
             d.date("16 décembre 2022", "2022-12-16"),
             d.date("8 février 2024", "2024-02-08"),
             d.date("4 mars 2024", "2024-03-04"),
             d.date("22 mars 2024", "2024-03-22"),
             d.date("25 mars 2024", "2024-03-25")]
    d.reset("La liste des conseillers")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles "
                  "L.1511-2, L.4211-1 et L.4221-1", code=CGCT,
                  articles=["L.1511-2", "L.4211-1", "L.4221-1"]),
            d.ref("code", "code du tourisme, et notamment ses articles L.131-1 à L.131-3",
                  code="code du tourisme", articles=["L.131-1", "L.131-3"]),
            d.ref("reglement", "règlement (UE) n° 651/2014 de la Commission du 17 juin 2014",
                  number="651/2014", date="2014-06-17"),
            d.ref("reglement", "règlement (UE) 2023/1315 de la Commission du 23 juin 2023",
                  number="2023/1315", date="2023-06-23"),
            d.ref("reglement", "règlement (UE) 2023/2831 de la Commission du 13 décembre 2023",
                  number="2023/2831", date="2023-12-13"),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("deliberation", "délibération n° 22-AP-0105 du Conseil régional du 16 décembre 2022",
                  number="22-AP-0105", date="2022-12-16"),
            d.ref("deliberation", "délibération du 8 février 2024", date="2024-02-08"),
            d.ref("reglement", "règlement (UE) 2023/2831", number="2023/2831")]
    d.reset()
    ids = [d.ident("postal_code", "63033", "63033"),
           d.ident("acte", "063-200084523-20240314-24_AP_0412-DE", "063-200084523-20240314-24_AP_0412-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "RÉGION HAUTES-TERRES",
                   "body": "ASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL"},
        "number": "24-AP-0412",
        "title": "Fonds régional pour l'hébergement touristique durable – Règlement d'intervention "
                 "et première programmation 2024",
        "session": {"date": "2024-03-14", "place": "Hôtel de Région", "convened_on": None,
                    "president": president, "secretary": None},
        "attendance": attendance(in_office=73, present_n=58, represented=11, voting=69),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (b)
def smictom_cs():
    """syndicat mixte: vertical "Membres présents :" list, one per line,
    "– titulaire" / "– suppléant de M. X" marks, "Quorum : 6 – Quorum
    atteint.", "Vote : unanimité des membres présents et représentés." """
    d = DocB("smictom-pays-de-braye-cs-2024-017")
    d.reset("sous la présidence de")
    president = d.P("M. Gilles DARRIGADE")
    d.reset("Membres présents :")
    # marks after the name ("– titulaire", "– suppléant de M. X") are not
    # part of it; the replaced titulaire is listed only where printed
    # (here in "Membres excusés")
    present = [d.P(t) for t in (
        "M. Gilles DARRIGADE", "Mme Annie LAFITTE", "M. Jean-Claude BARBE",
        "Mme Hélène DUPOUY", "M. Francis LABADIE", "M. Thierry CAZENAVE",
        "Mme Corinne SAINT-MARTIN", "M. Pierre LALANNE")]
    d.reset("Mme Nathalie DESCLAUX")
    present.append(d.P("Mme Nathalie DESCLAUX"))
    d.reset("Membres excusés :")
    excused = [d.P("M. Serge POMAREZ"), d.P("Mme Odette BARRÈRE"),
               d.P("M. Didier LAGARDÈRE")]
    d.reset("titulaire (pouvoir à")
    proxies = [d.proxy(excused[2], d.P("M. Gilles DARRIGADE"))]
    d.reset("Membre absent :")
    absent = [d.P("M. Laurent DUCOURNAU")]
    d.reset("Secrétaire de séance :")
    secretary = d.P("Mme Hélène DUPOUY")
    d.reset("Vu le code")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment ses articles L.2224-13, L.2333-78 et L.5711-1 ;",
        "Vu le code de l'environnement, notamment son article L.541-1 ;",
        "Vu l'arrêté préfectoral du 12 juillet 2019 portant modification des statuts du SMICTOM ;")]
    d.reset("après en avoir délibéré,")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    votes = [d.vote("Vote : unanimité des membres présents et représentés.", unanimous=True)]
    sigs = [d.signature("Le Président,\nGilles", "Gilles DARRIGADE", "Le Président",
                        "Gilles DARRIGADE", "Castets", "2024-10-10")]
    d.reset()
    amounts = [d.amount("214 €", 214, "HT"), d.amount("235,40 €", 235.4, "TTC"),
               d.amount("3,20 €", 3.2, "HT"), d.amount("180,00 €", 180, "HT")]
    d.reset()
    dates = [d.date("9 octobre 2024", "2024-10-09"),
             d.date("1er octobre 2024", "2024-10-01"),
             d.date("neuf octobre deux mille vingt-quatre", "2024-10-09"),
             d.date("23 mars 2016", "2016-03-23"),
             d.date("12 juillet 2019", "2019-07-12"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("10 octobre 2024", "2024-10-10"),
             d.date("11/10/2024", "2024-10-11")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° CS-2016-009 du 23 mars 2016",
                  number="CS-2016-009", date="2016-03-23"),
            d.ref("code", "article L.2333-78 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2333-78"]),
            d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.2224-13, L.2333-78 et L.5711-1", code=CGCT,
                  articles=["L.2224-13", "L.2333-78", "L.5711-1"]),
            d.ref("code", "code de l'environnement, notamment son article L.541-1",
                  code="code de l'environnement", articles=["L.541-1"]),
            d.ref("arrete", "arrêté préfectoral du 12 juillet 2019", date="2019-07-12")]
    d.reset()
    ids = [d.ident("postal_code", "40260", "40260"),
           d.ident("siren", "254 007 313", "254007313"),
           d.ident("phone", "05 58 55 21 40", "0558552140"),
           d.ident("email", "accueil@smictom-braye.fr", "accueil@smictom-braye.fr"),
           d.ident("acte", "040-254007313-20241009-CS2024_017-DE", "040-254007313-20241009-CS2024_017-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "SYNDICAT MIXTE DE COLLECTE ET DE TRAITEMENT DES ORDURES "
                                   "MÉNAGÈRES DU PAYS DE BRAYE (SMICTOM)",
                   "body": "COMITÉ SYNDICAL"},
        "number": "CS-2024-017",
        "title": "REDEVANCE SPÉCIALE DES PROFESSIONNELS – TARIFS 2025",
        "session": {"date": "2024-10-09", "place": "siège du syndicat",
                    "convened_on": "2024-10-01", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, in_office=11,
                                 present_n=9, represented=1, voting=10),
        "visas": visas, "considerants": [], "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (c)
def neuvy_cr():
    """"compte rendu" of a municipal council: 5 short items headed
    "Délibération 2024-31 : …" (no "n°"), each with "Vote : Pour 15 –
    Contre 2 – Abstentions 0" or "Vote : Unanimité"; "Absents excusés ayant
    donné procuration : X (procuration à Y)"; side-by-side signatures with no
    "Fait à" line"""
    d = DocB("commune-neuvy-le-bois-cr-2024-06-12")
    d.reset("sous la présidence de")
    president = d.P("M. Jean-Pierre RABIER")
    d.reset("Présents :")
    present = [d.P(t) for t in (
        "M. Jean-Pierre RABIER", "Mme Sylvie MOREAU", "M. Thierry AUCLAIR",
        "Mme Nadine PÉRON", "M. Guy DESCHAMPS", "Mme Karine BONNIN",
        "M. Olivier TROTIGNON", "Mme Marie-Thérèse GIRAULT", "M. Fabrice AUGRAS",
        "Mme Valérie CHAUVET", "M. Cédric LEFEVRE", "Mme Aurélie BRUNAUD",
        "M. Stéphane POIRIER", "Mme Julie MARCHAND", "M. Benoît ROBIN")]
    assert len(present) == 15
    # "Absents excusés ayant donné procuration": excused AND proxies
    d.reset("ayant donné procuration :")
    colin = d.P("Mme Annick COLIN")
    p1 = d.proxy(colin, d.P("M. Jean-Pierre RABIER"))
    villain = d.P("M. Éric VILLAIN")
    p2 = d.proxy(villain, d.P("Mme Sylvie MOREAU"))
    d.reset("Absents excusés :")
    excused = [colin, villain, d.P("Mme Lydie GUÉRIN"), d.P("M. Jérôme AUFRÈRE")]
    d.reset("Secrétaire de séance :")
    secretary = d.P("M. Thierry AUCLAIR")
    d.reset("Délibération 2024-34")
    visas = [d.clause("Vu l'article L.2113-6 du code de la commande publique ;")]
    d.reset("Délibération 2024-31")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    d.reset()
    votes = [d.vote("Vote : Pour 15 – Contre 2 – Abstentions 0", 15, 2, 0),
             d.vote("Vote : Pour 14 – Contre 0 – Abstentions 3", 14, 0, 3),
             d.vote("Vote : Pour 13 – Contre 3 – Abstentions 1", 13, 3, 1),
             d.vote("Vote : Unanimité", unanimous=True),
             d.vote("Vote : Pour 17 – Contre 0 – Abstentions 0", 17, 0, 0)]
    # "Affiché le 14 juin 2024" is a posting date, not a place/date of
    # signature: both signatures have place and date null
    sigs = [d.signature("Le Maire,", "Jean-Pierre RABIER", "Le Maire", "Jean-Pierre RABIER",
                        None, None, at="Affiché le"),
            d.signature("Le secrétaire de séance,", "Thierry AUCLAIR", "Le secrétaire de séance",
                        "Thierry AUCLAIR", None, None, at="Affiché le")]
    d.reset()
    amounts = [d.amount("3,60 €", 3.6), d.amount("6,20 €", 6.2), d.amount("1 500 €", 1500),
               d.amount("48 250,00 €", 48250, "HT"), d.amount("57 900,00 €", 57900, "TTC")]
    d.reset()
    # "du 1er juillet au 31 août 2024": a range gives two dates
    dates = [d.date("mercredi 12 juin 2024", "2024-06-12"),
             d.date("5 juin 2024", "2024-06-05"),
             d.date("15 mai 2024", "2024-05-15"),
             d.date("1er juillet", "2024-07-01"),
             d.date("31 août 2024", "2024-08-31"),
             d.date("samedi 22 juin 2024", "2024-06-22"),
             d.date("14 juin 2024", "2024-06-14")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération 2024-31", number="2024-31"),
            d.ref("deliberation", "Délibération 2024-32", number="2024-32"),
            d.ref("deliberation", "Délibération 2024-33", number="2024-33"),
            d.ref("deliberation", "Délibération 2024-34", number="2024-34"),
            d.ref("code", "article L.2113-6 du code de la commande publique",
                  code="code de la commande publique", articles=["L.2113-6"]),
            d.ref("deliberation", "Délibération 2024-35", number="2024-35")]
    d.reset()
    ids = [d.ident("postal_code", "36230", "36230"),
           d.ident("siret", "213 600 448 00012", "21360044800012")]
    doc = {
        "type": "proces_verbal", "span": [0, len(d.raw)],
        # the letterhead line as printed, "(Indre)" kept (as "(SMICTOM)" is
        # kept in smictom_cs: parentheses on the name line are not dropped)
        "issuer": {"collectivity": "Commune de Neuvy-le-Bois", "body": "CONSEIL MUNICIPAL"},
        "number": None,
        "title": "COMPTE RENDU DU CONSEIL MUNICIPAL Séance ordinaire du mercredi 12 juin 2024",
        "session": {"date": "2024-06-12", "place": "salle du conseil",
                    "convened_on": "2024-06-05", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, [], [p1, p2], in_office=19,
                                 present_n=15, represented=2, voting=17),
        "visas": visas, "considerants": [], "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (d)
def indre_arrete():
    """individual arrêté of the président of a conseil départemental:
    ACTES stamp right of the letterhead ("Affiché le" on the letterhead
    line), "ARTICLE 1er :", amounts in words and digits, signature "Pour le
    Président … et par délégation, Le Directeur général des services" """
    d = DocB("departement-indre-arrete-2024-0187")
    d.reset("LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL,")
    visas = [d.clause(t) for t in (
        "VU le code général des collectivités territoriales, notamment ses articles L.3211-2, L.3221-3 et L.3221-9 ;",
        "VU le code de l'action sociale et des familles, notamment ses articles L.113-1-3 et L.232-3 ;",
        "VU la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec "
        "les administrations, notamment son article 10 ;",
        "VU le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi "
        "n° 2000-321 du 12 avril 2000 ;",
        "VU la délibération du Conseil départemental n° CD-2021-07-01 du 1er juillet 2021 donnant délégation "
        "au Président pour l'attribution des subventions inférieures à 23 000 € ;",
        "VU la demande présentée le 15 janvier 2024 par l'association « Répit Aidants Berry » ;")]
    cons = [d.clause("CONSIDÉRANT l'intérêt départemental des actions de répit et d'accompagnement des proches "
                     "aidants de personnes âgées en perte d'autonomie ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "ARTICLE 1er :",
                  "Une subvention de fonctionnement d'un montant de dix-huit mille cinq cents euros "
                  "(18 500 €) est attribuée pour l'année 2024 à l'association « Répit Aidants Berry », dont le "
                  "siège est 12 rue de la Gare, 36000 Châteauroux (SIRET : 817 452 360 00016)."),
        d.article("2", None, "ARTICLE 2 :",
                  "La subvention sera versée en deux fois : un acompte de 70 %, soit douze mille neuf "
                  "cent cinquante euros (12 950 €), à la notification du présent arrêté, et le solde de 5 550 € sur "
                  "présentation du bilan d'activité avant le 31 mars 2025."),
        d.article("3", None, "ARTICLE 3 :",
                  "La dépense sera imputée sur le budget départemental 2024, chapitre 65, "
                  "article 6574, fonction 538."),
        d.article("4", None, "ARTICLE 4 :",
                  "Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal "
                  "administratif de Limoges dans un délai de deux mois à compter de sa notification."),
        d.article("5", None, "ARTICLE 5 :",
                  "Le Directeur général des services du Département est chargé de l'exécution du "
                  "présent arrêté, qui sera notifié à l'association bénéficiaire."),
    ]
    sigs = [d.signature("Pour le Président du Conseil départemental", "Marc-Antoine BONNEFOY",
                        "Pour le Président du Conseil départemental et par délégation, "
                        "Le Directeur général des services",
                        "Marc-Antoine BONNEFOY", "Châteauroux", "2024-04-03")]
    d.reset()
    amounts = [d.amount("23 000 €", 23000),
               d.amount("dix-huit mille cinq cents euros", 18500), d.amount("18 500 €", 18500),
               d.amount("douze mille neuf cent cinquante euros", 12950), d.amount("12 950 €", 12950),
               d.amount("5 550 €", 5550)]
    d.reset()
    dates = [d.date("04/04/2024", "2024-04-04"), d.date("04/04/2024", "2024-04-04"),
             d.date("05/04/2024", "2024-04-05"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("6 juin 2001", "2001-06-06"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("15 janvier 2024", "2024-01-15"),
             d.date("31 mars 2025", "2025-03-31"),
             d.date("3 avril 2024", "2024-04-03")]
    d.reset("LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL,")
    # "chapitre 65, article 6574, fonction 538" (article 3) is a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.3211-2, L.3221-3 et L.3221-9", code=CGCT,
                  articles=["L.3211-2", "L.3221-3", "L.3221-9"]),
            d.ref("code", "code de l'action sociale et des familles, notamment ses articles "
                  "L.113-1-3 et L.232-3", code=CASF, articles=["L.113-1-3", "L.232-3"]),
            d.ref("loi", "loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs "
                  "relations avec les administrations, notamment son article 10",
                  number="2000-321", date="2000-04-12", articles=["10"]),
            d.ref("decret", "décret n° 2001-495 du 6 juin 2001", number="2001-495", date="2001-06-06"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000",
                  number="2000-321", date="2000-04-12", articles=["10"]),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2021-07-01 du 1er juillet 2021",
                  number="CD-2021-07-01", date="2021-07-01")]
    d.reset()
    ids = [d.ident("acte", "036-223600016-20240403-AR2024_0187-AI", "036-223600016-20240403-AR2024_0187-AI"),
           d.ident("phone", "02 54 08 36 36", "0254083636"),
           d.ident("postal_code", "36000", "36000"),
           d.ident("siret", "817 452 360 00016", "81745236000016")]
    doc = {
        "type": "arrete", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "DÉPARTEMENT DE L'INDRE",
                   "body": "LE PRÉSIDENT DU CONSEIL DÉPARTEMENTAL"},
        "number": "2024-SOL-0187",
        "title": "portant attribution d'une subvention de fonctionnement à l'association "
                 "« Répit Aidants Berry » au titre de l'année 2024",
        "session": dict(EMPTY_SESSION),
        "attendance": attendance(),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": [], "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (e)
def lavalette_dm():
    """budget délibération (décision modificative n° 1): capitals without
    accents in the heading, table of budget lines chapitre/article/libellé/
    amounts, HT/TTC, vote inside the decision sentence "à la majorité (17
    voix pour, 2 contre)", "- APPROUVE" verb list, "A …, le …" place line"""
    d = DocB("commune-lavalette-dm1-2024-052")
    d.reset("sous la")
    president = d.P("Mme Françoise ALBARET")
    d.reset("Présents : Mme")
    present = [d.P(t) for t in (
        "Mme Françoise ALBARET", "M. Rémi CASTAN", "Mme Josiane VIDAL", "M. Henri BOUSQUET",
        "Mme Laetitia ROUQUETTE", "M. Patrice GELY", "Mme Christine FABRE", "M. Bernard SABATIER",
        "Mme Émilie COMBES", "M. Julien PAGÈS", "Mme Monique AZAÏS", "M. Kévin MARTY",
        "Mme Sandrine ESTÈVE", "M. Lionel BOUDET", "Mme Carole ROQUES", "M. Yannick SÉGUIER",
        "Mme Agnès VIALA")]
    assert len(present) == 17
    d.reset("Pouvoirs :")
    proxies = [d.proxy("M. Claude TEISSIER", "Mme Françoise ALBARET"),
               d.proxy("Mme Léa MOULIN", "M. Rémi CASTAN")]
    d.reset("Absents :")
    absent = [d.P(t) for t in ("M. Gérard CROS", "Mme Élodie BRUN", "M. Hugo FERRIÈRES",
                               "Mme Paule SALLES")]
    d.reset("Secrétaire :")
    secretary = d.P("Mme Émilie COMBES")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment ses articles L.1612-11 et L.2312-1 ;",
        "Vu l'instruction budgétaire et comptable M57 ;",
        "Vu la délibération n° 2024/018 du 4 avril 2024 adoptant le budget primitif 2024 ;")]
    cons = [d.clause(t) for t in (
        "Considérant l'attribution d'un marché de réfection de la toiture de l'école Jules-Ferry pour un "
        "montant de 86 400,00 € HT, soit 103 680,00 € TTC, supérieur de 38 000 € aux crédits inscrits ;",
        "Considérant la notification d'une subvention de la Région de 25 000 € pour cette opération ;")]
    d.reset("après en avoir délibéré, à la majorité")
    votes = [d.vote("à la majorité (17 voix pour, 2 contre)", 17, 2)]
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    # "Pour copie conforme," is not part of the role
    sigs = [d.signature("Le Maire,\nFrançoise", "Françoise ALBARET", "Le Maire", "Françoise ALBARET",
                        "Lavalette-sur-Lergue", "2024-09-27")]
    d.reset()
    amounts = [d.amount("86 400,00 €", 86400, "HT"), d.amount("103 680,00 €", 103680, "TTC"),
               d.amount("38 000 €", 38000), d.amount("25 000 €", 25000),
               d.amount("38 000,00 €", 38000), d.amount("13 000,00 €", 13000),
               d.amount("25 000,00 €", 25000), d.amount("2 500,00 €", 2500),
               d.amount("2 500,00 €", 2500), d.amount("1 248 600,00 €", 1248600),
               d.amount("2 315 400,00 €", 2315400)]
    d.reset()
    dates = [d.date("26 septembre 2024", "2024-09-26"),
             d.date("L'an deux mille vingt-quatre, le vingt-six septembre", "2024-09-26"),
             d.date("19 septembre 2024", "2024-09-19"),
             d.date("4 avril 2024", "2024-04-04"),
             d.date("27 septembre 2024", "2024-09-27"),
             d.date("30/09/2024", "2024-09-30")]
    d.reset()
    # the M57 instruction has no number or date; "décision modificative n° 1"
    # is this act's subject; chapitres/articles of the tables are budget lines
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses articles "
                  "L.1612-11 et L.2312-1", code=CGCT, articles=["L.1612-11", "L.2312-1"]),
            d.ref("deliberation", "délibération n° 2024/018 du 4 avril 2024",
                  number="2024/018", date="2024-04-04")]
    d.reset()
    ids = [d.ident("siret", "213 402 191 00018", "21340219100018"),
           d.ident("acte", "034-213402191-20240926-2024_052-DE", "034-213402191-20240926-2024_052-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "MAIRIE DE LAVALETTE-SUR-LERGUE", "body": "CONSEIL MUNICIPAL"},
        "number": "2024/052",
        "title": "Budget principal 2024 – Décision modificative n° 1",
        "session": {"date": "2024-09-26", "place": "salle polyvalente",
                    "convened_on": "2024-09-19", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, [], absent, proxies, in_office=23,
                                 present_n=17, represented=2, voting=19),
        "visas": visas, "considerants": cons, "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:] or ["region_ap", "smictom_cs", "neuvy_cr",
                              "indre_arrete", "lavalette_dm"]:
        globals()[f]()
