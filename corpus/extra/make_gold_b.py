#!/usr/bin/env python3
"""Hand-written gold for the attendance/vote set of corpus/extra (corpusB;
see README.md, section "Attendance/vote set (corpusB)").
Run: python3 make_gold_b.py

Same conventions and tooling as make_gold.py, with _goldlib.DocB: the
whitespace-tolerant locator, the text values taken from the source slice,
and the names cut by a two-column layout (see _goldlib.DocB).
"""
from _goldlib import CGCT, DocB, attendance


# ---------------------------------------------------------------- (a)
def cc_argonne():
    """two-column flattened attendance block, titulaires/suppléants"""
    d = DocB("cc-portes-argonne-conseil-2024-112")
    d.reset("sous la présidence de")
    president = d.P("M. Jean-Marie PONSARD")
    d.reset("Délégués titulaires présents")
    present = [d.P(t) for t in (
        "M. Jean-Marie PONSARD", "Mme Colette ARNOULD", "M. Bernard AUBRIOT",
        "Mme Sylviane BALTHAZARD")]
    present.append(d.person_cols("M. Christian", "BARBIER", "M. Christian BARBIER"))
    present.append(d.P("M. Éric BONNAY"))
    present.append(d.person_cols("Mme", "Nicole BOUCHER", "Mme Nicole BOUCHER"))
    present += [d.P(t) for t in (
        "M. Denis CHAMPENOIS", "M. Hervé COLLARD", "Mme Françoise DEGRÉMONT",
        "M. Patrick DELAHAYE")]
    present.append(d.person_cols("M. Jean-", "Luc DIDIER", "M. Jean-Luc DIDIER"))
    present += [d.P(t) for t in (
        "Mme Martine ÉTIENNE", "M. Gérald FRANÇOIS", "M. Alain GEOFFROY",
        "Mme Odile GILLET-HUMBERT")]
    present.append(d.person_cols("M. Philippe", "GOBILLOT", "M. Philippe GOBILLOT"))
    present += [d.P(t) for t in (
        "M. Raymond GRANDPIERRE", "Mme Isabelle HENRIOT", "M. Thierry JACQUESSON",
        "Mme Brigitte LAMBERT", "M. Daniel LECLÈRE", "M. Michel LEFORT",
        "Mme Annie MAILLARD", "M. Jacques MARTINET", "M. Claude MOUTON",
        "Mme Évelyne NOIZET", "M. Pascal OUDIN", "M. Gérard PAYEN",
        "Mme Catherine PIERRARD", "M. Dominique RÉMY", "M. Jean-François ROGER",
        "Mme Sandrine SIMONNET", "M. Frédéric THIÉBAULT", "M. Olivier VAUTRIN",
        "Mme Chantal VILLAIN")]
    assert len(present) == 36
    # suppléants sit in place of a titulaire: present; "(supplée M. X)" is
    # neither a proxy nor a presence of X
    d.reset("Délégués suppléants")
    present.append(d.P("M. Robert COLSON"))
    present.append(d.P("Mme Ginette PÉRARDEL"))
    d.reset("Délégués excusés")
    excused = [d.P(t) for t in (
        "M. Lucien HABERT", "Mme Josette WATRIN", "M. André BERTIN",
        "Mme Laure CUNIN", "M. Serge GUÉRIN", "Mme Agnès LOUIS",
        "M. Yves MAUCLAIR")]
    d.reset("Pouvoirs : M.")
    proxies = [d.proxy("M. André BERTIN", "M. Jean-Marie PONSARD"),
               d.proxy("Mme Laure CUNIN", "Mme Colette ARNOULD"),
               d.proxy("M. Serge GUÉRIN", "M. Denis CHAMPENOIS"),
               d.proxy("Mme Agnès LOUIS", "M. Claude MOUTON")]
    d.reset("Secrétaire de séance")
    secretary = d.P("Mme Sandrine SIMONNET")
    d.reset("(74 300")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment son article L.5214-16 ;",
        "Vu le Code général des impôts, et notamment son article 1530 bis ;",
        "Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l'action publique territoriale et d'affirmation des métropoles ;",
        "Vu la délibération n° 2017-098 du 25 septembre 2017 instituant la taxe GEMAPI ;",
        "Vu l'avis favorable de la commission Environnement du 6 juin 2024 ;")]
    cons = [d.clause("Considérant que le produit de la taxe doit être arrêté avant le 1er octobre pour être applicable l'année suivante ;")]
    d.reset("après en avoir délibéré,")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "Le produit de la taxe pour la gestion des milieux aquatiques et la prévention des inondations est fixé à 412 000 € pour l'année 2025."),
        d.article("2", None, "Article 2 :",
                  "Le produit ainsi arrêté est exclusivement affecté au financement des charges de fonctionnement et d'investissement résultant de l'exercice de la compétence GEMAPI."),
        d.article("3", None, "Article 3 :",
                  "Le Président est chargé de notifier la présente délibération aux services fiscaux avant le 1er octobre 2024."),
    ]
    votes = [d.vote("Vote : adoptée par 39 voix pour, 1 voix contre (M. Claude MOUTON) et 2 abstentions.", 39, 1, 2)]
    sigs = [d.signature("Le Président,\nJean-Marie", "Jean-Marie PONSARD", "Le Président",
                        "Jean-Marie PONSARD", "Sainte-Ménehould", "2024-06-25")]
    d.reset()
    amounts = [d.amount("486 300 €", 486300), d.amount("74 300 €", 74300),
               d.amount("412 000 €", 412000), d.amount("19,60 €", 19.6),
               d.amount("40 €", 40), d.amount("412 000 €", 412000)]
    d.reset()
    dates = [d.date("28/06/2024", "2024-06-28"), d.date("28/06/2024", "2024-06-28"),
             d.date("28/06/2024", "2024-06-28"),
             d.date("lundi 24 juin 2024", "2024-06-24"),
             d.date("L'an deux mille vingt-quatre, le vingt-quatre juin", "2024-06-24"),
             d.date("17 juin 2024", "2024-06-17"),
             d.date("17/06/2024", "2024-06-17"), d.date("17/06/2024", "2024-06-17"),
             d.date("1er janvier 2018", "2018-01-01"),
             d.date("25 septembre 2017", "2017-09-25"),
             d.date("27 janvier 2014", "2014-01-27"),
             d.date("25 septembre 2017", "2017-09-25"),
             d.date("6 juin 2024", "2024-06-06"),
             d.date("1er octobre 2024", "2024-10-01"),
             d.date("25 juin 2024", "2024-06-25")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2017-098 du 25 septembre 2017",
                  number="2017-098", date="2017-09-25"),
            d.ref("code", "Code général des collectivités territoriales, et notamment son article L.5214-16",
                  code=CGCT, articles=["L.5214-16"]),
            d.ref("code", "Code général des impôts, et notamment son article 1530 bis",
                  code="Code général des impôts", articles=["1530bis"]),
            d.ref("loi", "loi n° 2014-58 du 27 janvier 2014", number="2014-58", date="2014-01-27"),
            d.ref("deliberation", "délibération n° 2017-098 du 25 septembre 2017",
                  number="2017-098", date="2017-09-25")]
    d.reset()
    ids = [d.ident("postal_code", "51800", "51800"),
           d.ident("acte", "051-200071231-20240624-2024_112-DE", "051-200071231-20240624-2024_112-DE"),
           d.ident("phone", "03 26 60 88 45", "0326608845"),
           d.ident("email", "secretariat@cc-portesargonne.fr", "secretariat@cc-portesargonne.fr")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNAUTÉ DE COMMUNES DES PORTES DE L'ARGONNE",
                   "body": "CONSEIL COMMUNAUTAIRE"},
        "number": "2024-112",
        "title": "GESTION DES MILIEUX AQUATIQUES ET PRÉVENTION DES INONDATIONS (GEMAPI) – FIXATION DU PRODUIT DE LA TAXE POUR L'ANNÉE 2025",
        "session": {"date": "2024-06-24", "place": "salle des fêtes de Sainte-Ménehould",
                    "convened_on": "2024-06-17", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, [], proxies, in_office=45,
                                 present_n=38, represented=4, voting=42),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])



# ---------------------------------------------------------------- (b)
def commune_champvans():
    """surname-first lists with roles, counts in words, majority vote with
    a member not voting"""
    d = DocB("commune-champvans-orain-2024-041")
    d.reset("sous la présidence de")
    president = d.P("M. Alain PERRIN")
    d.reset("Présents :")
    S = d.S
    present = [S("PERRIN Alain", None, "Alain", "PERRIN"),
               S("BOSSU Evelyne", None, "Evelyne", "BOSSU"),
               S("DURAND J.", None, "J.", "DURAND"),
               S("de LA FONTAINE Marie-Line", None, "Marie-Line", "de LA FONTAINE"),
               S("GRANDJEAN Patrick", None, "Patrick", "GRANDJEAN"),
               S("BAILLY Monique", None, "Monique", "BAILLY"),
               S("BOURGEOIS Henri", None, "Henri", "BOURGEOIS"),
               S("CART Stéphanie", None, "Stéphanie", "CART"),
               S("CHAUVIN-MOREL Lucas", None, "Lucas", "CHAUVIN-MOREL"),
               S("COURVOISIER Annick", None, "Annick", "COURVOISIER"),
               S("DÉSIRÉ Fabien", None, "Fabien", "DÉSIRÉ"),
               S("FAIVRE Nadine", None, "Nadine", "FAIVRE"),
               S("GIRARDOT Marc", None, "Marc", "GIRARDOT"),
               S("JEANNIN Sophie", None, "Sophie", "JEANNIN"),
               S("LAMY Jean-Paul", None, "Jean-Paul", "LAMY"),
               S("MAIRE Christophe", None, "Christophe", "MAIRE"),
               S("MOUREY Élise", None, "Élise", "MOUREY"),
               S("PERNOT Gaston", None, "Gaston", "PERNOT"),
               S("PETITJEAN Aurore", None, "Aurore", "PETITJEAN"),
               S("ROY Bernard", None, "Bernard", "ROY"),
               S("SIMON Léa", None, "Léa", "SIMON"),
               S("TISSOT Hubert", None, "Hubert", "TISSOT"),
               S("VUILLET Anne", None, "Anne", "VUILLET")]
    assert len(present) == 23
    d.reset("Absents excusés :")
    excused = [S("GARNIER Sylvie", None, "Sylvie", "GARNIER"),
               S("LECLERC Thomas", None, "Thomas", "LECLERC"),
               S("N'DIAYE Aminata", None, "Aminata", "N'DIAYE")]
    d.reset("Pouvoirs :")
    proxies = [d.proxy(S("GARNIER Sylvie", None, "Sylvie", "GARNIER"),
                       S("PERRIN Alain", None, "Alain", "PERRIN")),
               d.proxy(S("LECLERC Thomas", None, "Thomas", "LECLERC"),
                       S("BOSSU Evelyne", None, "Evelyne", "BOSSU")),
               d.proxy(S("N'DIAYE Aminata", None, "Aminata", "N'DIAYE"),
                       S("de LA FONTAINE Marie-Line", None, "Marie-Line", "de LA FONTAINE"))]
    d.reset("Absents non excusés")
    absent = [S("ROUSSEAU Kevin", None, "Kevin", "ROUSSEAU")]
    d.reset("Secrétaire de séance")
    secretary = S("JEANNIN Sophie", None, "Sophie", "JEANNIN")
    d.reset("Vu le Code")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment son article L.2241-1 ;",
        "Vu l'article L.3211-14 du code général de la propriété des personnes publiques ;",
        "Vu la délibération n° 2023-058 du 14 décembre 2023 portant déclassement de la parcelle ZC 112 ;")]
    cons = [d.clause(t) for t in (
        "Considérant que la parcelle n'est plus affectée à un service public ni à l'usage direct du public ;",
        "Considérant que le projet de l'acquéreur concourt au développement économique de la commune ;")]
    d.reset("après en avoir délibéré,")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    votes = [d.vote("Adopté à la majorité (20 voix pour, 3 contre, 2 abstentions). Ne prend pas part au vote : M. PERNOT Gaston.",
                    20, 3, 2, not_voting=1)]
    sigs = [d.signature("Le Maire,", "Alain PERRIN", "Le Maire", "Alain PERRIN",
                        "Champvans-sur-Orain", "2024-06-14", at="Au registre"),
            d.signature("La secrétaire de séance,", "Sophie JEANNIN", "La secrétaire de séance",
                        "Sophie JEANNIN", "Champvans-sur-Orain", "2024-06-14")]
    d.reset()
    amounts = [d.amount("46 000 €", 46000), d.amount("48 500 €", 48500),
               d.amount("3 200 €", 3200), d.amount("48 500 €", 48500)]
    d.reset()
    dates = [d.date("jeudi 13 juin 2024", "2024-06-13"),
             d.date("L'an deux mille vingt-quatre, le treize juin", "2024-06-13"),
             d.date("6 juin 2024", "2024-06-06"),
             d.date("14 décembre 2023", "2023-12-14"),
             d.date("18 avril 2024", "2024-04-18"),
             d.date("2 mai 2024", "2024-05-02"),
             d.date("14 décembre 2023", "2023-12-14"),
             d.date("14 juin 2024", "2024-06-14"),
             d.date("17/06/2024", "2024-06-17"),
             d.date("17/06/2024", "2024-06-17")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2023-058 du 14 décembre 2023",
                  number="2023-058", date="2023-12-14"),
            d.ref("code", "Code général des collectivités territoriales, et notamment son article L.2241-1",
                  code=CGCT, articles=["L.2241-1"]),
            d.ref("code", "article L.3211-14 du code général de la propriété des personnes publiques",
                  code="code général de la propriété des personnes publiques",
                  articles=["L.3211-14"]),
            d.ref("deliberation", "délibération n° 2023-058 du 14 décembre 2023",
                  number="2023-058", date="2023-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "39380", "39380"),
           d.ident("phone", "03 84 71 25 06", "0384712506"),
           d.ident("email", "mairie@champvans-orain.fr", "mairie@champvans-orain.fr"),
           d.ident("siret", "438 115 404 00040", "43811540400040"),
           d.ident("acte", "039-213909237-20240613-2024_041-DE", "039-213909237-20240613-2024_041-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNE DE CHAMPVANS-SUR-ORAIN", "body": "CONSEIL MUNICIPAL"},
        "number": "2024-041",
        "title": "Cession de la parcelle communale cadastrée ZC 112 au lieudit « Les Grands Champs » à la SCI Les Tilleuls",
        "session": {"date": "2024-06-13", "place": "salle du conseil de la mairie",
                    "convened_on": "2024-06-06", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, in_office=27,
                                 present_n=23, represented=3, voting=26),
        "visas": visas, "considerants": cons, "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])



# ---------------------------------------------------------------- (c)
def cd54_cp():
    """commission permanente: delegations of vote, time-bounded presence,
    advisory members, in-office count with quorum, vote by groups"""
    d = DocB("cd54-commission-permanente-2024-0358")
    d.reset("PRÉSIDENCE DE")
    president = d.S("MADAME CHANTAL VAUTHIER", "Mme", "CHANTAL", "VAUTHIER")
    d.reset("Secrétaire de séance")
    secretary = d.P("M. Julien MANGIN")
    d.reset("Étaient présents")
    # time-bounded presence: the person stays in the list, the condition
    # is not part of the name
    present = [d.P(t) for t in (
        "Mme Chantal VAUTHIER", "M. Julien MANGIN", "Mme Agnès THOUVENIN",
        "M. Paul-Henri COLIN", "Mme Sabine DIDIERJEAN", "M. Xavier HUMBERT",
        "Mme Laetitia KLEIN", "M. François MULLER", "Mme Anne-Claire PETITDEMANGE",
        "M. Jérôme GRANDIDIER", "Mme Pauline RICHARD", "M. Stéphane JEANDEL",
        "Mme Nathalie SCHNEIDER", "M. Rémi VILLAUME", "Mme Hélène CUNY",
        "M. Bertrand de SAINT-VINCENT", "Mme Christine HOUILLON",
        "M. Olivier BAUDOT", "Mme Valérie LAMBOLEZ", "M. Thierry GÉHIN",
        "Mme Martine ANTOINE", "M. Laurent BRUN", "Mme Élise MARCHAL",
        "M. Michel THIÉRY", "Mme Sandrine COLNOT", "M. Denis LAURENT",
        "Mme Josiane VILLEMIN", "M. Fabrice ROUYER", "Mme Catherine BARTHÉLEMY",
        "M. Jean-Pierre ZIMMERMANN", "Mme Murielle DEHAYE", "M. Philippe ADAM",
        "Mme Estelle GÉRARDIN", "M. Antoine CHRISTOPHE", "Mme Karine NOËL",
        "M. Gilles MATHIEU", "Mme Sophie VALENTIN", "M. Hervé MAGRON",
        "Mme Aurélie BOUR", "M. Jean-Marc OSWALD", "Mme Dominique GÉRARD",
        "M. Kévin LEROUX")]
    assert len(present) == 42
    assert present[15]["family"] == "de SAINT-VINCENT"
    # "Excusé(s) ayant donné délégation de vote : X (délégation de vote à
    # Y)": X is excused and gave a proxy (like "Absents excusés ayant donné
    # pouvoir")
    d.reset("Excusé(s) ayant donné")
    pairs = [("M. Franck AUBERTIN", "Mme Chantal VAUTHIER"),
             ("Mme Lucie BERNARD", "M. Julien MANGIN"),
             ("M. Patrice CLAUDEL", "Mme Agnès THOUVENIN"),
             ("Mme Yasmina BELKACEM", "M. Laurent BRUN"),
             ("M. Benoît FRANÇOIS", "Mme Nathalie SCHNEIDER"),
             ("Mme Odile HAUTCOEUR", "M. Michel THIÉRY"),
             ("M. Raphaël WEBER", "Mme Karine NOËL")]
    proxies = [d.proxy(a, b) for a, b in pairs]
    excused = [p["from"] for p in proxies]
    d.reset("Excusé(s) : M.")
    excused += [d.P("M. Alain DUPONT-GRANDJEAN"), d.P("Mme Marie-France COLLIN")]
    d.reset("Absent(s) :")
    absent = [d.P("M. Cédric PIERRE"), d.P("Mme Johanna SIMONIN")]
    d.reset("Assistant également")
    adv_p = [d.P("M. Thomas BRICE"), d.P("Mme Amandine RENAUD")]
    d.reset("Excusé(s) sans voix")
    adv_e = [d.P("M. Louis PIERSON")]
    d.reset("(N° 24-CP-0358)")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment ses articles L.1111-10, L.3211-1 et L.3211-2 ;",
        "Vu la délibération n° 21-CD-0014 du Conseil départemental en date du 1er juillet 2021 portant délégation d'attributions à la Commission permanente ;",
        "Vu la délibération n° 23-CD-0212 du Conseil départemental en date du 14 décembre 2023 approuvant le budget primitif 2024 et le règlement du fonds départemental d'appui aux territoires ;",
        "Vu le rapport de la Présidente du Conseil départemental ;",
        "Vu l'avis de la commission « Territoires et solidarités » rendu lors de sa réunion du 23/09/2024 ;")]
    cons = [d.clause("Considérant que les dossiers présentés respectent les critères d'éligibilité du règlement du fonds ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1 :",
                  "D'attribuer au titre du fonds départemental d'appui aux territoires les subventions d'investissement "
                  "suivantes, pour un montant total de 187 450 € : "
                  "- Commune de Blâmont (SIRET 215 400 755 00017) : réhabilitation de la halle, 82 000 € ; "
                  "- Commune de Cirey-sur-Vezouze : rénovation énergétique du groupe scolaire, 64 250 € ; "
                  "- Communauté de communes de Vezouze en Piémont : création d'une maison de santé, 41 200 €."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser la Présidente du Conseil départemental à signer les conventions d'attribution avec les "
                  "bénéficiaires, dans les termes du modèle adopté par délibération n° 23-CD-0212 du 14 décembre 2023."),
        d.article("3", None, "Article 3 :",
                  "Les crédits nécessaires sont prélevés sur l'autorisation de programme « FDAT 2024 », chapitre 204, "
                  "article 204142 du budget départemental."),
    ]
    votes = [d.vote("Pour : 44 voix (Groupe Union pour la Meurthe-et-Moselle ; Groupe Meurthe-et-Moselle Solidaire ; "
                    "Non-inscrits) Contre : 3 voix (Groupe Rassemblement National) Abstention : 2 voix (Groupe "
                    "Écologiste et Citoyen) Absents sans délégation de vote : 4 (Groupe Union pour la "
                    "Meurthe-et-Moselle ; Groupe Rassemblement National) (Adopté)",
                    44, 3, 2, absent_without_proxy=4,
                    for_groups=["Groupe Union pour la Meurthe-et-Moselle",
                                "Groupe Meurthe-et-Moselle Solidaire", "Non-inscrits"])]
    sigs = [d.signature("LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL,", "Chantal VAUTHIER",
                        "LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL", "Chantal VAUTHIER",
                        "NANCY", "2024-10-07")]
    d.reset()
    amounts = [d.amount("187 450 €", 187450), d.amount("82 000 €", 82000),
               d.amount("64 250 €", 64250), d.amount("41 200 €", 41200)]
    d.reset()
    dates = [d.date("10/10/2024", "2024-10-10"), d.date("10/10/2024", "2024-10-10"),
             d.date("LUNDI 7 OCTOBRE 2024", "2024-10-07"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("14 décembre 2023", "2023-12-14"),
             d.date("23/09/2024", "2024-09-23"),
             d.date("14 décembre 2023", "2023-12-14"),
             d.date("7 octobre 2024", "2024-10-07")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 12", number="12"),
            d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.1111-10, L.3211-1 et L.3211-2",
                  code=CGCT, articles=["L.1111-10", "L.3211-1", "L.3211-2"]),
            d.ref("deliberation", "délibération n° 21-CD-0014 du Conseil départemental en date du 1er juillet 2021",
                  number="21-CD-0014", date="2021-07-01"),
            d.ref("deliberation", "délibération n° 23-CD-0212 du Conseil départemental en date du 14 décembre 2023",
                  number="23-CD-0212", date="2023-12-14"),
            d.ref("deliberation", "délibération n° 23-CD-0212 du 14 décembre 2023",
                  number="23-CD-0212", date="2023-12-14")]
    d.reset()
    ids = [d.ident("acte", "054-225401462-20241007-24CP0358-DE", "054-225401462-20241007-24CP0358-DE"),
           d.ident("postal_code", "54035", "54035"),
           d.ident("siret", "215 400 755 00017", "21540075500017")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "DÉPARTEMENT DE MEURTHE-ET-MOSELLE",
                   "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
        "number": "24-CP-0358",
        "title": "FONDS DÉPARTEMENTAL D'APPUI AUX TERRITOIRES (FDAT) – PROGRAMMATION 2024 – TROISIÈME RÉPARTITION",
        "session": {"date": "2024-10-07", "place": None, "convened_on": None,
                    "president": president, "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, adv_p, adv_e,
                                 in_office=53),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])



# ---------------------------------------------------------------- (d)
def pv_saint_arnoult():
    """procès-verbal, four items with four vote forms, a late arrival,
    "représentée par" and "procuration de X à Y" """
    d = DocB("commune-saint-arnoult-pv-2024-09-24")
    d.reset("sous la présidence de")
    president = d.P("Mme Hélène GAUTIER")
    d.reset("Étaient présents")
    present = [d.P(t) for t in (
        "Mme Hélène GAUTIER", "M. Daniel ROCHE", "Mme Solène MARCHETTI",
        "M. Bruno LEBRETON", "Mme Christiane OLIVIER", "M. Jean-Baptiste NAUD",
        "Mme Inès FAURE", "M. Marc DUVERGER", "Mme Patricia LE GOFF",
        "M. Ahmed BENSALEM", "Mme Claire-Marie DUCHÊNE", "M. Yves POTTIER",
        "Mme Laure HERMANT", "M. Franck DELORME", "Mme Sylvie CHARPENTIER",
        "M. Antoine MÉNARD", "Mme Nadia ROUSSEL", "M. Romain GUILLEMOT")]
    assert present[8]["family"] == "LE GOFF"
    # "Absents représentés : X représentée par Y" and "Procuration de X à
    # Y": proxies only (like "Absents ayant donné procuration")
    d.reset("Absents représentés")
    proxies = [d.proxy("Mme Lucienne PASQUIER", "M. Daniel ROCHE")]
    d.reset("Procuration de")
    proxies.append(d.proxy("M. Yannick BRIAND", "Mme Solène MARCHETTI"))
    d.reset("Absente excusée")
    excused = [d.P("Mme Josiane MEUNIER")]
    d.reset("Absents : M.")
    absent = [d.P("M. Loïc FERRAND"), d.P("M. Pierre-Antoine BLIN")]
    secretary = d.P("M. Marc DUVERGER")
    d.reset("Rapporteur : Mme Solène")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment son article L.2121-29 ;"),
             d.clause("Vu l'article R.531-52 du code de l'éducation ;"),
             d.clause("Vu la délibération n° 2023-044 du 26 septembre 2023 fixant les tarifs pour l'année 2023-2024 ;")]
    cons = [d.clause("Considérant la hausse de 4,1 % du prix du repas facturé par le prestataire au 1er septembre 2024 ;")]
    d.reset("après en avoir délibéré, FIXE")
    dec = {"verb": "FIXE", "span": d.span("FIXE")}
    d.reset("Rapporteur : M. Daniel ROCHE")
    visas.append(d.clause("Vu le Code général des collectivités territoriales, et notamment ses articles L.1612-11 et L.2322-2 ;"))
    d.reset()
    votes = [d.vote("ONT VOTE POUR : 19             ONT VOTE CONTRE : /             SE SONT ABSTENUS : /", 19, 0, 0),
             d.vote("Adopté à l'unanimité.", unanimous=True),
             d.vote("par 15 voix pour et 4 voix contre", 15, 4),
             # secret ballot: blank or spoilt votes are not abstentions
             d.vote("Résultat du scrutin : Pour : 8 – Contre : 11 – Votes blancs ou nuls : 1 Rejeté.",
                    8, 11, result="rejected")]
    sigs = [d.signature("La Maire,", "Hélène GAUTIER", "La Maire", "Hélène GAUTIER",
                        "Saint-Arnoult-lès-Bois", "2024-09-27", at="Fait à Saint-Arnoult"),
            d.signature("Le secrétaire de séance,", "Marc DUVERGER", "Le secrétaire de séance",
                        "Marc DUVERGER", "Saint-Arnoult-lès-Bois", "2024-09-27",
                        at="Fait à Saint-Arnoult")]
    d.reset()
    amounts = [d.amount("3,85 €", 3.85), d.amount("4,90 €", 4.9), d.amount("1,20 €", 1.2),
               d.amount("14 €", 14), d.amount("9 800 €", 9800), d.amount("18 500 €", 18500),
               d.amount("192 000 €", 192000), d.amount("185 000 €", 185000)]
    d.reset()
    dates = [d.date("MARDI 24 SEPTEMBRE 2024", "2024-09-24"),
             d.date("L'an deux mille vingt-quatre, le vingt-quatre septembre", "2024-09-24"),
             d.date("17 septembre 2024", "2024-09-17"),
             d.date("2 juillet 2024", "2024-07-02"),
             d.date("26 septembre 2023", "2023-09-26"),
             d.date("1er septembre 2024", "2024-09-01"),
             d.date("1er octobre 2024", "2024-10-01"),
             d.date("30/09/2024", "2024-09-30"),
             d.date("30/09/2024", "2024-09-30"),
             d.date("30/09/2024", "2024-09-30"),
             d.date("31 décembre 2023", "2023-12-31"),
             d.date("samedi 12 octobre 2024", "2024-10-12"),
             d.date("27 septembre 2024", "2024-09-27")]
    d.reset()
    refs = [d.ref("deliberation", "DÉLIBÉRATION N° 2024-027", number="2024-027"),
            d.ref("code", "Code général des collectivités territoriales, et notamment son article L.2121-29",
                  code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "article R.531-52 du code de l'éducation", code="code de l'éducation",
                  articles=["R.531-52"]),
            d.ref("deliberation", "délibération n° 2023-044 du 26 septembre 2023",
                  number="2023-044", date="2023-09-26"),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024-028", number="2024-028"),
            d.ref("deliberation", "DÉLIBÉRATION N° 2024-029", number="2024-029"),
            d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.1612-11 et L.2322-2",
                  code=CGCT, articles=["L.1612-11", "L.2322-2"])]
    d.reset()
    ids = [d.ident("postal_code", "78730", "78730"),
           d.ident("phone", "01 30 41 27 90", "0130412790"),
           d.ident("acte", "078-217802941-20240924-2024_027-DE", "078-217802941-20240924-2024_027-DE"),
           d.ident("acte", "078-217802941-20240924-2024_028-DE", "078-217802941-20240924-2024_028-DE"),
           d.ident("acte", "078-217802941-20240924-2024_029-DE", "078-217802941-20240924-2024_029-DE")]
    doc = {
        "type": "proces_verbal", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNE DE SAINT-ARNOULT-LÈS-BOIS", "body": "CONSEIL MUNICIPAL"},
        "number": None,
        "title": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 24 SEPTEMBRE 2024",
        "session": {"date": "2024-09-24", "place": "mairie, salle des mariages",
                    "convened_on": "2024-09-17", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, in_office=23,
                                 present_n=17, represented=2, voting=19),
        "visas": visas, "considerants": cons, "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


# ---------------------------------------------------------------- (e)
def sie_haute_loue():
    """printed numbers that do not add up: the gold keeps them as printed"""
    d = DocB("sie-haute-loue-comite-2024-23")
    d.reset("sous la présidence de")
    president = d.P("M. Gérard BOURDIN")
    d.reset("Délégués présents")
    present = [d.P(t) for t in (
        "M. Gérard BOURDIN", "Mme Monique COURTET", "M. Jean-Louis FAIVRE-PIERRET",
        "Mme Danielle GIRARDIN", "M. Noël JOUFFROY", "M. Patrick LOUVRIER",
        "Mme Bernadette MOUGIN", "M. René PAGNIER", "Mme Claudine RACINE",
        "M. Sébastien TOURNIER", "M. Henri VERNEREY")]
    assert len(present) == 11        # printed "Présents : 10"
    d.reset("Délégués excusés")
    f = d.P("M. Michel BRULARD")
    proxies = [d.proxy(f, "M. Gérard BOURDIN")]
    excused = [f, d.P("Mme Françoise CUENOT")]
    d.reset("Délégué absent")
    absent = [d.P("M. Fabien LAITHIER")]
    secretary = d.P("Mme Bernadette MOUGIN")
    d.reset("248,40")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment ses articles L.2224-12-1 à L.2224-12-4 ;",
        "Vu l'arrêté préfectoral n° 25-2019-06-14-003 du 14 juin 2019 portant modification des statuts du syndicat ;",
        "Vu la délibération n° CS2023-31 du 20 septembre 2023 fixant le prix de l'eau pour 2024 ;")]
    cons = [d.clause("Considérant la nécessité d'assurer l'équilibre du budget annexe de l'eau ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1 :",
                  "À compter du 1er janvier 2025, le prix du mètre cube d'eau potable est fixé à 1,62 € HT "
                  "et la redevance d'abonnement annuelle à 48,00 € HT par compteur."),
        d.article("2", None, "Article 2 :",
                  "Les tarifs de la redevance pour pollution domestique et de la redevance pour "
                  "modernisation des réseaux sont ceux notifiés par l'Agence de l'eau Rhône Méditerranée Corse."),
        d.article("3", None, "Article 3 :",
                  "Le Président est chargé de l'exécution de la présente délibération."),
    ]
    # printed as is: 11 + 1 + 1 = 13 for 12 voters, unanimity with 1 against
    votes = [d.vote("Vote : Pour : 11 – Contre : 1 – Abstention : 1 Adopté à l'unanimité.",
                    11, 1, 1, unanimous=True)]
    sigs = [d.signature("Le Président,\nGérard", "Gérard BOURDIN", "Le Président",
                        "Gérard BOURDIN", "Ornans", "2024-09-19")]
    d.reset()
    amounts = [d.amount("1,35 M€", 1350000, "HT"), d.amount("241,20 €", 241.2),
               d.amount("248,40 €", 248.4, "TTC"), d.amount("1,62 €", 1.62, "HT"),
               d.amount("48,00 €", 48, "HT")]
    d.reset()
    dates = [d.date("20/09/2024", "2024-09-20"), d.date("20/09/2024", "2024-09-20"),
             d.date("18 septembre 2024", "2024-09-18"),
             d.date("10/09/2024", "2024-09-10"),
             d.date("L'an deux mille vingt-quatre, le dix-huit septembre", "2024-09-18"),
             d.date("1er JANVIER 2025", "2025-01-01"),
             d.date("20 septembre 2023", "2023-09-20"),
             d.date("14 juin 2019", "2019-06-14"),
             d.date("20 septembre 2023", "2023-09-20"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("19 septembre 2024", "2024-09-19")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° CS2023-31 du 20 septembre 2023",
                  number="CS2023-31", date="2023-09-20"),
            d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.2224-12-1 à L.2224-12-4",
                  code=CGCT, articles=["L.2224-12-1", "L.2224-12-4"]),
            d.ref("arrete", "arrêté préfectoral n° 25-2019-06-14-003 du 14 juin 2019",
                  number="25-2019-06-14-003", date="2019-06-14"),
            d.ref("deliberation", "délibération n° CS2023-31 du 20 septembre 2023",
                  number="CS2023-31", date="2023-09-20")]
    d.reset()
    ids = [d.ident("postal_code", "25290", "25290"),
           d.ident("siren", "253 505 762", "253505762"),
           d.ident("phone", "03 81 62 14 90", "0381621490"),
           d.ident("email", "contact@sie-hauteloue.fr", "contact@sie-hauteloue.fr"),
           d.ident("acte", "025-253505762-20240918-CS2024_23-DE", "025-253505762-20240918-CS2024_23-DE")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "SYNDICAT INTERCOMMUNAL DES EAUX DE LA HAUTE-LOUE",
                   "body": "COMITÉ SYNDICAL"},
        "number": "CS2024-23",
        "title": "PRIX DE L'EAU POTABLE ET REDEVANCE D'ABONNEMENT AU 1er JANVIER 2025",
        "session": {"date": "2024-09-18", "place": "siège du syndicat à Ornans",
                    "convened_on": "2024-09-10", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, excused, absent, proxies, in_office=14,
                                 present_n=10, represented=1, voting=12),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:] or ["cc_argonne", "commune_champvans", "cd54_cp",
                                  "pv_saint_arnoult", "sie_haute_loue"]:
        globals()[f]()
