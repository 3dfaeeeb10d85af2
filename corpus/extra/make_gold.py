#!/usr/bin/env python3
"""Hand-written gold for corpus/extra (see README.md). Run: python3 make_gold.py"""
from _goldlib import CGCT, EMPTY_SESSION, Doc, attendance


# ---------------------------------------------------------------- (a)
def arrete_prefectoral():
    d = Doc("prefecture-gironde-arrete-secheresse-2024")
    s = d.s
    visas_src = [
        "VU le code de l'environnement, et notamment ses articles L.211-3, L.215-7 et R.211-66 à R.211-70 ;",
        "VU le code général des collectivités territoriales, et notamment son article L.2215-1 ;",
        "VU le décret n° 2021-795 du 23 juin 2021 relatif à la gestion quantitative de la ressource en eau et à la\ngestion des situations de crise liées à la sécheresse ;",
        "VU le décret du 20 juillet 2022 portant nomination de M. Henri MARCILLAC, préfet de la région Nouvelle-\nAquitaine, préfet de la zone de défense et de sécurité Sud-Ouest, préfet de la Gironde ;",
        "VU l'arrêté préfectoral n° 33-2024-01-08-00003 du 8 janvier 2024 portant délégation de signature à\nM. Jean-Baptiste VERDIER-LASSALLE, secrétaire général de la préfecture de la Gironde ;",
        "VU l'arrêté cadre interdépartemental du 3 avril 2024 définissant les mesures de restriction des usages\nde l'eau en période de sécheresse sur le bassin de la Garonne ;",
        "VU l'avis du comité départemental ressource en eau réuni le 14 juin 2024 ;",
    ]
    cons_src = [
        "CONSIDÉRANT que le débit moyen journalier mesuré à la station hydrométrique d'Eymet est inférieur au\ndébit d'alerte renforcée depuis le 10 juin 2024 ;",
        "CONSIDÉRANT que les prévisions météorologiques ne laissent pas envisager d'amélioration durable de la\nsituation hydrologique et qu'il convient de préserver les usages prioritaires, notamment l'alimentation en\neau potable ;",
    ]
    visas = [d.clause(t) for t in visas_src]
    d.reset(); cons = [d.clause(t) for t in cons_src]
    verb = "ARRÊTE"
    d.reset("SUR proposition")
    dec = {"verb": verb, "span": d.span(verb)}
    arts = [
        d.article("1", "Objet", "Article 1er – Objet\n",
                  "Les mesures de limitation des usages de l'eau définies au présent arrêté s'appliquent sur le territoire des\ncommunes listées en annexe, du jeudi 20 juin 2024 à 8 heures au dimanche 15 septembre 2024 inclus, sauf\nlevée anticipée par arrêté préfectoral."),
        d.article("2", "Usages interdits", "Article 2 - Usages interdits\n",
                  "Sont interdits, sur l'ensemble des communes concernées : l'arrosage des pelouses, des espaces verts\npublics et privés et des jardins d'agrément entre 9 heures et 20 heures ; le lavage des véhicules hors des\nstations professionnelles ; le remplissage des piscines privées de plus de 1 m³. Les prélèvements agricoles\nen cours d'eau sont réduits de 50 % en volume hebdomadaire."),
        d.article("3", "Sanctions", "Article 3 - Sanctions\n",
                  "Tout contrevenant s'expose à la peine d'amende prévue pour les contraventions de la cinquième classe, d'un\nmontant maximal de 1 500 €, conformément à l'article R.216-9 du code de l'environnement. Ce montant est\nporté à 3 000 € en cas de récidive."),
        d.article("4", "Voies et délais de recours", "Article 4 – Voies et délais de recours\n",
                  "Le présent arrêté peut faire l'objet d'un recours contentieux devant le Tribunal administratif de Bordeaux,\n9 rue Tastet, CS 21490, 33063 BORDEAUX Cedex, dans un délai de deux mois à compter de sa publication,\ny compris par l'application Télérecours citoyens accessible sur le site www.telerecours.fr."),
        d.article("5", "Exécution", "Article 5 - Exécution\n",
                  "Le secrétaire général de la préfecture de la Gironde, le directeur départemental des territoires et de la\nmer, le commandant du groupement de gendarmerie départementale et les maires des communes\nconcernées sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté, qui sera publié au\nrecueil des actes administratifs de la préfecture de la Gironde."),
    ]
    sigs = [d.signature("Pour le Préfet et par délégation,", "Jean-Baptiste VERDIER-LASSALLE",
                        "Pour le Préfet et par délégation, Le Secrétaire général",
                        "Jean-Baptiste VERDIER-LASSALLE", "Bordeaux", "2024-06-18")]
    d.reset()
    amounts = [d.amount("1 500 €", 1500), d.amount("3 000 €", 3000)]
    d.reset()
    dates = [d.date("18 juin 2024", "2024-06-18"),
             d.date("23 juin 2021", "2021-06-23"),
             d.date("20 juillet 2022", "2022-07-20"),
             d.date("8 janvier 2024", "2024-01-08"),
             d.date("3 avril 2024", "2024-04-03"),
             d.date("14 juin 2024", "2024-06-14"),
             d.date("10 juin 2024", "2024-06-10"),
             d.date("jeudi 20 juin 2024", "2024-06-20"),
             d.date("dimanche 15 septembre 2024", "2024-09-15"),
             d.date("18 juin 2024", "2024-06-18")]
    d.reset()
    refs = [
        d.ref("code", "code de l'environnement, et notamment ses articles L.211-3, L.215-7 et R.211-66 à R.211-70",
              code="code de l'environnement", articles=["L.211-3", "L.215-7", "R.211-66", "R.211-70"]),
        d.ref("code", "code général des collectivités territoriales, et notamment son article L.2215-1",
              code="code général des collectivités territoriales", articles=["L.2215-1"]),
        d.ref("decret", "décret n° 2021-795 du 23 juin 2021", number="2021-795", date="2021-06-23"),
        d.ref("decret", "décret du 20 juillet 2022", date="2022-07-20"),
        d.ref("arrete", "arrêté préfectoral n° 33-2024-01-08-00003 du 8 janvier 2024",
              number="33-2024-01-08-00003", date="2024-01-08"),
        d.ref("arrete", "arrêté cadre interdépartemental du 3 avril 2024", date="2024-04-03"),
        d.ref("code", "article R.216-9 du code de l'environnement",
              code="code de l'environnement", articles=["R.216-9"]),
    ]
    d.reset()
    ids = [d.ident("phone", "05 56 93 31 40", "0556933140"),
           d.ident("email", "ddtm-sen@gironde.gouv.fr", "ddtm-sen@gironde.gouv.fr"),
           d.ident("postal_code", "33063", "33063"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    doc = {
        "type": "arrete", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "PRÉFET DE LA GIRONDE", "body": "Le Préfet"},
        "number": "DDTM-SEN-2024-0412",
        "title": "portant limitation provisoire des usages de l'eau dans le bassin versant du Dropt et des affluents girondins de la Garonne",
        "session": dict(EMPTY_SESSION), "attendance": attendance(),
        "visas": visas, "considerants": cons, "decision": dec,
        "articles": arts, "votes": [], "signatures": sigs,
        "amounts": amounts, "dates": dates, "references": refs,
        "identifiers": ids,
    }
    d.write([doc])




# ---------------------------------------------------------------- (b)
def sivom():
    d = Doc("sivom-haute-sarthe-comite-2024-07")
    d.reset("sous la présidence de")
    president = d.person("M. Roland PERCHERON", "M.", "Roland", "PERCHERON")
    d.reset("Délégués titulaires présents")
    tit = [("M. Roland PERCHERON", "M.", "Roland", "PERCHERON"),
           ("Mme Odile BRETEAU", "Mme", "Odile", "BRETEAU"),
           ("M. Jean-Pierre COSNARD", "M.", "Jean-Pierre", "COSNARD"),
           ("Mme Micheline HUREL", "Mme", "Micheline", "HUREL"),
           ("M. Alain BOULAY", "M.", "Alain", "BOULAY"),
           ("M. Christophe LE BIHAN", "M.", "Christophe", "LE BIHAN"),
           ("Mme Nathalie GOUGEON", "Mme", "Nathalie", "GOUGEON"),
           ("M. Marcel\nVOVARD", "M.", "Marcel", "VOVARD"),
           ("Mme Sandrine PLANCHAIS", "Mme", "Sandrine", "PLANCHAIS"),
           ("M. Daniel RONCERAY", "M.", "Daniel", "RONCERAY"),
           ("Mme Chantal FOURMY", "Mme", "Chantal", "FOURMY"),
           ("M. Guy LEPROUST", "M.", "Guy", "LEPROUST"),
           ("M. Stéphane CORBIN", "M.", "Stéphane", "CORBIN"),
           ("Mme Yvette DUCHESNE", "Mme", "Yvette", "DUCHESNE"),
           ("M. Bernard MÉZIÈRE", "M.", "Bernard", "MÉZIÈRE"),
           ("M. Thierry LAIGNEAU", "M.", "Thierry", "LAIGNEAU"),
           ("Mme Agnès\nPAVARD-LECOMTE", "Mme", "Agnès", "PAVARD-LECOMTE"),
           ("M. Joël RIBOT", "M.", "Joël", "RIBOT"),
           ("M. Loïc HAMON", "M.", "Loïc", "HAMON"),
           ("Mme Denise LAUNAY", "Mme", "Denise", "LAUNAY")]
    present = [d.person(*p) for p in tit]
    assert len(present) == 20
    d.reset("Absents excusés")
    excused = [d.person("M. Gérard FOUQUET", "M.", "Gérard", "FOUQUET"),
               d.person("Mme Paulette GOUPIL", "Mme", "Paulette", "GOUPIL"),
               d.person("M. Yves CHEVREUIL", "M.", "Yves", "CHEVREUIL"),
               d.person("Mme Anne-Sophie\nGUILLOU", "Mme", "Anne-Sophie", "GUILLOU")]
    proxies = [d.proxy(("M. Yves CHEVREUIL", "M.", "Yves", "CHEVREUIL"),
                       ("M. Roland PERCHERON", "M.", "Roland", "PERCHERON")),
               d.proxy(("Mme Anne-Sophie GUILLOU", "Mme", "Anne-Sophie", "GUILLOU"),
                       ("Mme Odile BRETEAU", "Mme", "Odile", "BRETEAU"))]
    d.reset("Absents :")
    absent = [d.person("M. Franck TESSÉ", "M.", "Franck", "TESSÉ"),
              d.person("M. Hervé LORIOT", "M.", "Hervé", "LORIOT")]
    d.reset("Secrétaire de séance")
    secretary = d.person("Mme Odile BRETEAU", "Mme", "Odile", "BRETEAU")
    d.reset()
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses articles L.5212-1 et suivants ;"),
             d.clause("Vu l'arrêté préfectoral n° 2019-DCL-0147 du 14 novembre 2019 portant modification des statuts du SIVOM ;"),
             d.clause("Vu la délibération n° CS-2024-03 du 30 janvier 2024 approuvant le budget primitif 2024 ;")]
    cons = [d.clause("Considérant que l'état de la voirie intercommunale justifie un programme de travaux pluriannuel ;"),
            d.clause("Considérant que les crédits nécessaires sont inscrits au budget primitif 2024 ;")]
    d.reset("Après en avoir délibéré")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    votes = [d.vote("Adopté à l'unanimité.", unanimous=True)]
    sigs = [d.signature("Le Président,\nRoland", "Roland PERCHERON", "Le Président",
                        "Roland PERCHERON", "Fresnay-le-Vicomte", "2024-03-07")]
    d.reset()
    amounts = [d.amount("2,5 M€", 2500000),
               d.amount("un million d'euros", 1000000, "HT"),
               d.amount("420 000,00 €", 420000, "HT"),
               d.amount("150 k€", 150000),
               d.amount("200 000 €", 200000),
               d.amount("mille deux cents euros", 1200),
               d.amount("1 200 €", 1200),
               d.amount("un million d'euros", 1000000, "HT"),
               d.amount("150 k€", 150000),
               d.amount("200 000 €", 200000)]
    d.reset()
    dates = [d.date("08/03/2024", "2024-03-08"),
             d.date("08/03/2024", "2024-03-08"),
             d.date("5 mars 2024", "2024-03-05"),
             d.date("L'an deux mille vingt-quatre, le cinq mars", "2024-03-05"),
             d.date("27 février 2024", "2024-02-27"),
             d.date("12 décembre 2023", "2023-12-12"),
             d.date("14 novembre 2019", "2019-11-14"),
             d.date("30 janvier 2024", "2024-01-30"),
             d.date("7 mars 2024", "2024-03-07")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° CS-2023-22 du\n12 décembre 2023", number="CS-2023-22", date="2023-12-12"),
            d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.5212-1 et suivants",
                  code="Code général des collectivités territoriales", articles=["L.5212-1"]),
            d.ref("arrete", "arrêté préfectoral n° 2019-DCL-0147 du 14 novembre 2019", number="2019-DCL-0147", date="2019-11-14"),
            d.ref("deliberation", "délibération n° CS-2024-03 du 30 janvier 2024", number="CS-2024-03", date="2024-01-30")]
    d.reset()
    ids = [d.ident("postal_code", "72130", "72130"),
           d.ident("siren", "257 201 236", "257201236"),
           d.ident("phone", "02 43 33 27 81", "0243332781"),
           d.ident("email", "sivom.hautesarthe@orange.fr", "sivom.hautesarthe@orange.fr"),
           d.ident("acte", "072-257201236-20240305-CS_2024_07-DE", "072-257201236-20240305-CS_2024_07-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DU PAYS DE LA HAUTE-SARTHE",
                   "body": "COMITÉ SYNDICAL"},
        "number": "CS-2024-07",
        "title": "PROGRAMME PLURIANNUEL DE VOIRIE INTERCOMMUNALE 2024-2026 – PLAN DE FINANCEMENT ET RECOURS À L'EMPRUNT",
        "session": {"date": "2024-03-05", "place": "salle polyvalente de Saint-Aubin-des-Landes",
                    "convened_on": "2024-02-27", "president": president, "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, in_office=24, present_n=20,
                                 represented=2, voting=22),
        "visas": visas, "considerants": cons, "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (c)
def pv_cc():
    d = Doc("cc-coeur-ornain-pv-2024-05-16")
    d.reset("sous la présidence de")
    president = d.person("Mme Sylvie MANGEOT", "Mme", "Sylvie", "MANGEOT")
    d.reset("Membres présents")
    names = [("Mme Sylvie MANGEOT", "Mme", "Sylvie", "MANGEOT"),
             ("M. Patrice LHOMME", "M.", "Patrice", "LHOMME"),
             ("Mme Annick ROUYER", "Mme", "Annick", "ROUYER"),
             ("M. Didier\nCOLLIGNON", "M.", "Didier", "COLLIGNON"),
             ("Mme Hélène THIÉBAUT", "Mme", "Hélène", "THIÉBAUT"),
             ("M. Francis ANDRÉ", "M.", "Francis", "ANDRÉ"),
             ("Mme Karine BAUDOT", "Mme", "Karine", "BAUDOT"),
             ("M. Jérôme BERTRAND", "M.", "Jérôme", "BERTRAND"),
             ("Mme Evelyne CLAUDE", "Mme", "Evelyne", "CLAUDE"),
             ("M. Michel DIDELOT", "M.", "Michel", "DIDELOT"),
             ("M. Gaëtan DUPONT-HUMBERT", "M.", "Gaëtan", "DUPONT-HUMBERT"),
             ("Mme Martine FRANÇOIS", "Mme", "Martine", "FRANÇOIS"),
             ("M. Jacky GÉRARD", "M.", "Jacky", "GÉRARD"),
             ("Mme Isabelle HENRIONNET", "Mme", "Isabelle", "HENRIONNET"),
             ("M. Sébastien JACQUOT", "M.", "Sébastien", "JACQUOT"),
             ("Mme Colette LAMBINET", "Mme", "Colette", "LAMBINET"),
             ("M. Pierre-Yves MARCHAL", "M.", "Pierre-Yves", "MARCHAL"),
             ("Mme Odette MATHIEU", "Mme", "Odette", "MATHIEU"),
             ("M. Rémy NICOLAS", "M.", "Rémy", "NICOLAS"),
             ("Mme Brigitte PERRIN", "Mme", "Brigitte", "PERRIN"),
             ("M. Alain\nRAULIN", "M.", "Alain", "RAULIN"),
             ("Mme Laurence SIMONIN", "Mme", "Laurence", "SIMONIN"),
             ("M. Cyril THOMAS", "M.", "Cyril", "THOMAS"),
             ("Mme Denise VARNIER", "Mme", "Denise", "VARNIER"),
             ("M. Lionel VIARD", "M.", "Lionel", "VIARD"),
             ("Mme Marie\nWAGNER", "Mme", "Marie", "WAGNER"),
             ("M. Jean-Claude ZINS", "M.", "Jean-Claude", "ZINS")]
    present = [d.person(*p) for p in names]
    assert len(present) == 27
    d.reset("Pouvoirs : M.")
    proxies = [d.proxy(("M. Benoît AUBRY", "M.", "Benoît", "AUBRY"), ("M. Michel DIDELOT", "M.", "Michel", "DIDELOT")),
               d.proxy(("Mme Aline CORDIER", "Mme", "Aline", "CORDIER"), ("M. Didier COLLIGNON", "M.", "Didier", "COLLIGNON"))]
    d.reset("Absents :")
    absent = [d.person("M. Bernard HUSSON", "M.", "Bernard", "HUSSON"),
              d.person("Mme Nadège LEROY", "Mme", "Nadège", "LEROY"),
              d.person("M. Kévin PIERSON", "M.", "Kévin", "PIERSON")]
    d.reset("Kévin PIERSON")
    secretary = d.person("M. Sébastien JACQUOT", "M.", "Sébastien", "JACQUOT")
    d.reset()
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses articles L.1612-12 et L.2121-14 ;"),
             d.clause("Vu le Code de la commande publique, et notamment ses articles L.2113-6 à L.2113-8 ;"),
             d.clause("Vu la délibération n° 2018-096 du 27 septembre 2018 portant adhésion au groupement de commandes\nanimé par le syndicat départemental d’énergie ;"),
             d.clause("Vu le Code général des collectivités territoriales, et notamment son article L.1531-1 ;")]
    d.reset()
    cons = [d.clause("Considérant que le marché actuel de fourniture d’électricité arrive à échéance le 31 décembre 2024 ;"),
            d.clause("Considérant le besoin de trésorerie de la SPL lié au portage de la zone d’activités des Grands Prés ;")]
    d.reset("après en avoir délibéré, APPROUVE")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    d.reset()
    votes = [d.vote("Adopté par 25 voix pour, 2 contre et 1 abstention.", 25, 2, 1),
             d.vote("Adopté à l’unanimité des membres présents.", unanimous=True),
             d.vote("Adopté par 27 voix pour, 0 contre et 1 abstention ; M. Patrice LHOMME, administrateur de la SPL, ne\nprend pas part au vote.",
                    27, 0, 1, not_voting=1)]
    sigs = [d.signature("La Présidente,", "Sylvie MANGEOT", "La Présidente", "Sylvie MANGEOT",
                        "Ligny-en-Ornain", "2024-05-21"),
            d.signature("Le secrétaire de séance,", "Sébastien JACQUOT", "Le secrétaire de séance",
                        "Sébastien JACQUOT", "Ligny-en-Ornain", "2024-05-21")]
    d.reset()
    amounts = [d.amount("1 843 276,14 €", 1843276.14), d.amount("612 480,92 €", 612480.92),
               d.amount("850 €", 850), d.amount("300 000 €", 300000)]
    d.reset()
    dates = [d.date("JEUDI 16 MAI 2024", "2024-05-16"),
             d.date("L’an deux mille vingt-quatre, le seize mai", "2024-05-16"),
             d.date("7 mai 2024", "2024-05-07"),
             d.date("4 avril 2024", "2024-04-04"),
             d.date("27 septembre 2018", "2018-09-27"),
             d.date("31 décembre 2024", "2024-12-31"),
             d.date("30/06/2027", "2027-06-30"),
             d.date("21 mai 2024", "2024-05-21")]
    d.reset()
    refs = [d.ref("deliberation", "DÉLIBÉRATION N° 2024-031", number="2024-031"),
            d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.1612-12 et L.2121-14",
                  code=CGCT, articles=["L.1612-12", "L.2121-14"]),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024-032", number="2024-032"),
            d.ref("code", "Code de la commande publique, et notamment ses articles L.2113-6 à L.2113-8",
                  code="Code de la commande publique", articles=["L.2113-6", "L.2113-8"]),
            d.ref("deliberation", "délibération n° 2018-096 du 27 septembre 2018", number="2018-096", date="2018-09-27"),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024-033", number="2024-033"),
            d.ref("code", "Code général des collectivités territoriales, et notamment son article L.1531-1",
                  code=CGCT, articles=["L.1531-1"])]
    d.reset()
    ids = [d.ident("postal_code", "55000", "55000"),
           d.ident("phone", "03 29 78 45 10", "0329784510"),
           d.ident("email", "accueil@cc-coeurdornain.fr", "accueil@cc-coeurdornain.fr"),
           d.ident("siren", "200 067 858", "200067858")]
    doc = {
        "type": "proces_verbal", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNAUTÉ DE COMMUNES DU CŒUR D’ORNAIN", "body": "CONSEIL COMMUNAUTAIRE"},
        "number": None,
        "title": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU JEUDI 16 MAI 2024",
        "session": {"date": "2024-05-16", "place": "espace culturel Jean Ferrat de Ligny-en-Ornain",
                    "convened_on": "2024-05-07", "president": president, "secretary": secretary},
        "attendance": attendance(present, [], absent, proxies, in_office=32, present_n=27,
                                 represented=2, voting=29),
        "visas": visas, "considerants": cons, "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (d)
def commune_sjv():
    d = Doc("commune-saint-julien-verdier-2024-08")
    d.reset("sous la présidence de")
    president = d.person("M. Henri FAURIE", "M.", "Henri", "FAURIE")
    d.reset("Étaient présents")
    # civility groups: the person's span leaves out the group prefix
    present = [d.person("Henri FAURIE", "M.", "Henri", "FAURIE"),
               d.person("Bruno VIALLE", "M.", "Bruno", "VIALLE"),
               d.person("Lucien SOUBEYRAND", "M.", "Lucien", "SOUBEYRAND"),
               d.person("Rémi TESTUD", "M.", "Rémi", "TESTUD"),
               d.person("Josette\nCHAZAL", "Mme", "Josette", "CHAZAL"),
               d.person("Amandine ROUX", "Mme", "Amandine", "ROUX"),
               d.person("Ginette BOUVIER-LAFFONT", "Mme", "Ginette", "BOUVIER-LAFFONT"),
               d.person("Sylvie MOUNIER", "Mme", "Sylvie", "MOUNIER"),
               d.person("M. Olivier DEYDIER", "M.", "Olivier", "DEYDIER")]
    d.reset("Excusés :")
    excused = [d.person("M. Paul ARNAUD", "M.", "Paul", "ARNAUD")]
    d.reset("Excusés :")
    proxies = [d.proxy(("M. Paul ARNAUD", "M.", "Paul", "ARNAUD"), ("M. Henri FAURIE", "M.", "Henri", "FAURIE"))]
    excused.append(d.person("Mme Lucie ROCHE", "Mme", "Lucie", "ROCHE"))
    d.reset("Secrétaire :")
    secretary = d.person("Mme Amandine ROUX", "Mme", "Amandine", "ROUX")
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses articles L.2121-29 et L.2122-22 ;"),
             d.clause("Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République\n(NOTRe) ;"),
             d.clause("Vu le décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics ;"),
             d.clause("Vu la délibération n° 2020/21 du 10 juillet 2020 portant délégation d'attributions au maire ;")]
    d.reset("par 9 voix pour")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    d.reset()
    votes = [d.vote("par 9 voix pour et 1 contre", 9, 1)]
    sigs = [d.signature("Le Maire,\nHenri", "Henri FAURIE", "Le Maire", "Henri FAURIE",
                        "Saint-Julien-du-Verdier", "2024-03-04")]
    d.reset()
    amounts = [d.amount("4,35 €", 4.35, "HT"), d.amount("21 750 €", 21750, "HT")]
    d.reset()
    dates = [d.date("1er mars 2024", "2024-03-01"),
             d.date("23/02/24", "2024-02-23"),
             d.date("L'an deux mille vingt-quatre, le premier mars", "2024-03-01"),
             d.date("5 avril 2024", "2024-04-05"),
             d.date("15/01/24", "2024-01-15"),
             d.date("15", "2024-01-15", at="publié du 15 au"),
             d.date("31 janvier 2024", "2024-01-31"),
             d.date("12 février 2024", "2024-02-12"),
             d.date("8 avril 2024", "2024-04-08"),
             d.date("7 août 2015", "2015-08-07"),
             d.date("25 mars 2016", "2016-03-25"),
             d.date("10 juillet 2020", "2020-07-10"),
             d.date("4 mars 2024", "2024-03-04"),
             d.date("05/03/2024", "2024-03-05"),
             d.date("05/03/2024", "2024-03-05")]
    d.reset()
    refs = [d.ref("decision", "décision du 15/01/24", date="2024-01-15"),
            d.ref("code", "article L.2122-22 du CGCT", code=CGCT, articles=["L.2122-22"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses articles L.2121-29 et L.2122-22",
                  code="code général des collectivités territoriales", articles=["L.2121-29", "L.2122-22"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("decret", "décret n° 2016-360 du 25 mars 2016", number="2016-360", date="2016-03-25"),
            d.ref("deliberation", "délibération n° 2020/21 du 10 juillet 2020", number="2020/21", date="2020-07-10")]
    d.reset()
    ids = [d.ident("postal_code", "07310", "07310"),
           d.ident("phone", "04.75.29.61.18", "0475296118"),
           d.ident("email", "mairie.stjulienduverdier@wanadoo.fr", "mairie.stjulienduverdier@wanadoo.fr"),
           d.ident("siret", "218 070 120 00017", "21807012000017"),
           d.ident("postal_code", "07160", "07160"),
           d.ident("siret", "823 456 781 00017", "82345678100017")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "Commune de Saint-Julien-du-Verdier", "body": "CONSEIL MUNICIPAL"},
        "number": "2024/08",
        "title": "Restauration scolaire – attribution du marché de fourniture et livraison de repas",
        "session": {"date": "2024-03-01", "place": "mairie", "convened_on": "2024-02-23",
                    "president": president, "secretary": secretary},
        "attendance": attendance(present, excused, [], proxies, in_office=11, present_n=9,
                                 represented=None, voting=10),
        "visas": visas, "considerants": [], "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (e)
def convention():
    d = Doc("convention-tassin-jardins-guillotiere-2024")
    d.reset("Il est convenu")
    dec = {"verb": "Il est convenu ce qui suit", "span": d.span("Il est convenu ce qui suit")}
    arts = [
        d.article("1", "OBJET", "ARTICLE 1 – OBJET\n",
                  "La présente convention a pour objet de définir les conditions dans lesquelles la Commune met à la\ndisposition de l'Association une parcelle de 1 250 m² du parc de la Roseraie, ainsi qu'un local de stockage\nde 18 m², en vue de l'animation d'un jardin partagé ouvert aux habitants."),
        d.article("2", "DURÉE", "ARTICLE 2 – DURÉE\n",
                  "La convention est conclue pour une durée de trois ans à compter du 15 avril 2024. Elle pourra être\nrenouvelée par avenant, sur demande écrite de l'Association adressée au plus tard le 31 janvier 2027."),
        d.article("3", "CONDITIONS FINANCIÈRES", "ARTICLE 3 – CONDITIONS FINANCIÈRES\n",
                  "3.1 En contrepartie de l'occupation, l'Association verse à la Commune une redevance annuelle de\n2\u202f400,00\u00a0€ HT, soit 2 880,00 € TTC, payable en deux échéances semestrielles.\n3.2 Au titre de la convention d'objectifs, la Commune alloue à l'Association une subvention de\nfonctionnement de 15\u00a0000\u00a0€ pour l'année 2024, versée en une seule fois après la signature des présentes.\n3.3 Un dépôt de garantie de cinq cents euros (500 €) est versé à la remise des clés."),
        d.article("4", "OBLIGATIONS DE L'ASSOCIATION", "ARTICLE 4 – OBLIGATIONS DE L'ASSOCIATION\n",
                  "L'Association s'engage à ouvrir le jardin au public au moins deux demi-journées par semaine, à organiser\ndes ateliers pédagogiques avec les écoles de la commune et à transmettre chaque année, avant le 30 juin,\nson rapport d'activité et ses comptes certifiés, conformément à l'article L.1611-4 du code général des\ncollectivités territoriales et à l'article 10 de la loi n° 2000-321 du 12 avril 2000."),
        d.article("5", "ASSURANCES", "ARTICLE 5 – ASSURANCES\n",
                  "L'Association souscrit une police d'assurance couvrant sa responsabilité civile et les risques locatifs\npour un capital minimal de 1,5 M€ par sinistre. Elle en justifie à la Commune à la signature des présentes."),
        d.article("6", "RÉSILIATION", "ARTICLE 6 – RÉSILIATION\n",
                  "En cas de non-respect par l'une des parties de ses obligations, la convention pourra être résiliée de plein\ndroit à l'expiration d'un délai d'un mois suivant l'envoi d'une lettre recommandée avec accusé de réception\nrestée sans effet."),
        d.article("7", "LITIGES", "ARTICLE 7 – LITIGES\n",
                  "Les litiges relatifs à l'exécution de la présente convention relèvent du Tribunal administratif de Lyon,\nPalais des juridictions administratives, 184 rue Duguesclin, 69433 LYON Cedex 03."),
    ]
    sigs = [d.signature("Pour la Commune,", "Antoine DURIEUX", "Pour la Commune, Le Maire",
                        "Antoine DURIEUX", "Lyon", "2024-04-03"),
            d.signature("Pour l'Association,", "Fatima BENSAÏD", "Pour l'Association, La Présidente",
                        "Fatima BENSAÏD", "Lyon", "2024-04-03")]
    d.reset()
    amounts = [d.amount("2\u202f400,00\u00a0€", 2400, "HT"),
               d.amount("2 880,00 €", 2880, "TTC"),
               d.amount("15\u00a0000\u00a0€", 15000),
               d.amount("cinq cents euros", 500),
               d.amount("500 €", 500),
               d.amount("1,5 M€", 1500000)]
    d.reset()
    dates = [d.date("28 mars 2024", "2024-03-28"),
             d.date("1er juillet 1901", "1901-07-01"),
             d.date("15 avril 2024", "2024-04-15"),
             d.date("31 janvier 2027", "2027-01-31"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("3 avril 2024", "2024-04-03")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nn° 2024-045 du conseil municipal du 28 mars 2024", number="2024-045", date="2024-03-28"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("code", "article L.1611-4 du code général des\ncollectivités territoriales",
                  code="code général des collectivités territoriales", articles=["L.1611-4"]),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"])]
    d.reset()
    ids = [d.ident("postal_code", "69160", "69160"),
           d.ident("postal_code", "69007", "69007"),
           d.ident("siret", "891 234 567 00016", "89123456700016"),
           d.ident("postal_code", "69433", "69433")]
    doc = {
        "type": "convention", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "Commune de Tassin-Val-d'Yzeron", "body": None},
        "number": None,
        "title": "CONVENTION D'OCCUPATION TEMPORAIRE DU DOMAINE PUBLIC ET D'OBJECTIFS Jardin partagé du parc de la Roseraie",
        "session": dict(EMPTY_SESSION), "attendance": attendance(),
        "visas": [], "considerants": [], "decision": dec, "articles": arts,
        "votes": [], "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


if __name__ == "__main__":
    arrete_prefectoral()
    sivom()
    pv_cc()
    commune_sjv()
    convention()
