#!/usr/bin/env python3
"""Hand-written gold for the blind set AB (corpusAB) of corpus/extra-pending
(see README.md, section "Blind set (corpusAB)").
Run: python3 make_gold_ab.py

Same conventions and tooling as make_gold_z.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CASF, CGCT, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def vaux_sur_aubrelle():
    """Classic small-commune EXTRAIT DU REGISTRE: left-column count box
    printed as lines before the text ("Nombre de conseillers : / en
    exercice : 15 / présents : 11 / votants : 13"), "Date de convocation :"
    and "Date d'affichage :" in dd/mm/yyyy, "Séance du …" with the number at
    the right of the same line, date in words with "L'an", "Présents : MM.
    A, B, Prénom C, …, Mmes D, …, E et F." (grouped civilities, surname-only
    and first-name+surname mixed), "Absents excusés : M. X (pouvoir à M. Y),
    Mme Z", "Absent :", "Secrétaire : Mme D" (surname only), "Objet :" on
    two lines, code de la voirie routière, an ordonnance, amount in words
    then digits, "Article n :", "Votes : Pour 12 ; Contre 1 ; Abstention 0",
    "Acte rendu exécutoire …" + "Identifiant ACTES :"."""
    d = DocH("commune-vaux-sur-aubrelle-deliberation-2025-052")
    pres = d.S("M. Alain PÉRONNET", "M.", "Alain", "PÉRONNET", at="sous la présidence")
    d.reset("Présents : MM.")
    # civility groups: each person gets the group's civility, span without
    # the "MM." / "Mmes" prefix (saint-julien, montferrier)
    present = [d.S("PÉRONNET", "M.", None, "PÉRONNET"),
               d.S("GIRAULT", "M.", None, "GIRAULT"),
               d.S("Bernard LAMOTHE", "M.", "Bernard", "LAMOTHE"),
               d.S("CHASSIN", "M.", None, "CHASSIN"),
               d.S("Hugo DEVAUX", "M.", "Hugo", "DEVAUX"),
               d.S("RABIER", "Mme", None, "RABIER"),
               d.S("Colette AUCLAIR", "Mme", "Colette", "AUCLAIR"),
               d.S("MOREAU-DUPLAIX", "Mme", None, "MOREAU-DUPLAIX"),
               d.S("Inès BERTHOMIER", "Mme", "Inès", "BERTHOMIER"),
               d.S("LAVAUD", "Mme", None, "LAVAUD"),
               d.S("PINAULT", "Mme", None, "PINAULT")]
    d.reset("Absents excusés")
    excused = [d.P("M. Frédéric GUILLOT"), d.P("Mme Sandrine CLAVIER"),
               d.P("Mme Josette MARTINAT")]
    g1 = d.P("M. Frédéric GUILLOT", at="Absents excusés")
    h1 = d.S("M. PÉRONNET", "M.", None, "PÉRONNET")
    g2 = d.P("Mme Sandrine CLAVIER")
    h2 = d.S("Mme RABIER", "Mme", None, "RABIER")
    proxies = [d.proxy(g1, h1), d.proxy(g2, h2)]
    absent = [d.P("M. Kévin BONNAUD", at="Absent :")]
    sec = d.S("Mme AUCLAIR", "Mme", None, "AUCLAIR", at="Secrétaire :")
    att = attendance(present, excused, absent, proxies, in_office=15, present_n=11,
                     voting=13)
    session = {"date": "2025-09-09", "place": "mairie", "convened_on": "2025-09-02",
               "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 2121-29 et L. 2241-1 ;"),
             d.clause("Vu le code de la voirie routière, notamment ses articles L. 141-3 et "
                      "R. 141-4 ;"),
             d.clause("Vu le code rural et de la pêche maritime, notamment son article "
                      "L. 161-1 ;"),
             d.clause("Vu l'ordonnance n° 2021-1310 du 7 octobre 2021 portant réforme des "
                      "règles de publicité des actes pris par les collectivités territoriales ;"),
             d.clause("Vu la délibération n° 2025-018 du 8 avril 2025 approuvant le budget "
                      "primitif 2025 ;")]
    cons = [d.clause("Considérant que le classement projeté ne porte pas atteinte aux "
                     "fonctions de desserte ou de circulation assurées par la voie et peut "
                     "donc être prononcé sans enquête publique préalable ;"),
            d.clause("Considérant que les crédits nécessaires sont inscrits au budget "
                     "communal ;")]
    verb = d.span("DÉCIDE", at="après en avoir délibéré")
    arts = [d.article("1", None, "Article 1 :", "Le chemin rural n° 14 dit « des Grands "
                      "Prés » est classé dans la voirie communale sous le n° VC 23, pour une "
                      "longueur de 1 240 mètres."),
            d.article("2", None, "Article 2 :", "La commune acquiert une emprise d'environ "
                      "380 m² à détacher de la parcelle section ZC n° 57, au prix de 570 € ; "
                      "les frais d'acte sont à la charge de la commune."),
            d.article("3", None, "Article 3 :", "Le tableau de classement de la voirie "
                      "communale, dont la longueur totale passe de 18,62 km à 19,86 km, est "
                      "mis à jour en conséquence."),
            d.article("4", None, "Article 4 :", "Monsieur le Maire ou, en cas d'empêchement, "
                      "le premier adjoint est autorisé à signer l'acte authentique et toute "
                      "pièce s'y rapportant.")]
    votes = [d.vote("Votes : Pour 12 ; Contre 1 ; Abstention 0", for_=12, against=1,
                    abstention=0)]
    sigs = [d.signature("Le Maire,", "Alain PÉRONNET", "Le Maire", "Alain PÉRONNET",
                        "Vaux-sur-Aubrelle", "2025-09-11", at="Fait à")]
    d.reset("Le service du Domaine")
    amounts = [d.amount("180 000 €", 180000), d.amount("1,50 €", 1.5),
               d.amount("cinq cent soixante-dix euros", 570), d.amount("570 €", 570),
               d.amount("850 euros", 850), d.amount("23 400,00 €", 23400, tax="HT"),
               d.amount("570 €", 570, at="Article 2 :")]
    d.reset()
    dates = [d.date("02/09/2025", "2025-09-02"), d.date("02/09/2025", "2025-09-02"),
             d.date("9 septembre 2025", "2025-09-09"),
             d.date("L'an deux mille vingt-cinq, le neuf septembre", "2025-09-09"),
             d.date("7 octobre 2021", "2021-10-07"), d.date("8 avril 2025", "2025-04-08"),
             d.date("11 septembre 2025", "2025-09-11"), d.date("12/09/2025", "2025-09-12"),
             d.date("12/09/2025", "2025-09-12")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses "
                  "articles L. 2121-29 et L. 2241-1", code=CGCT,
                  articles=["L.2121-29", "L.2241-1"]),
            d.ref("code", "code de la voirie routière, notamment ses articles L. 141-3 et "
                  "R. 141-4", code="Code de la voirie routière",
                  articles=["L.141-3", "R.141-4"]),
            d.ref("code", "code rural et de la pêche maritime, notamment son article L. 161-1",
                  code="Code rural et de la pêche maritime", articles=["L.161-1"]),
            d.ref("ordonnance", "ordonnance n° 2021-1310 du 7 octobre 2021",
                  number="2021-1310", date="2021-10-07"),
            d.ref("deliberation", "délibération n° 2025-018 du 8 avril 2025",
                  number="2025-018", date="2025-04-08")]
    d.reset()
    ids = [d.ident("postal_code", "36230", "36230"),
           d.ident("phone", "02 54 31 07 62", "0254310762"),
           d.ident("email", "mairie.vauxsuraubrelle@orange.fr",
                   "mairie.vauxsuraubrelle@orange.fr"),
           d.ident("siret", "518 735 907 00017", "51873590700017"),
           d.ident("acte", "036-213695174-20250909-2025052-DE",
                   "036-213695174-20250909-2025052-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAUX-SUR-AUBRELLE", "body": "CONSEIL MUNICIPAL"},
            "2025-052",
            "Classement dans la voirie communale du chemin rural n° 14 dit « des Grands "
            "Prés » et acquisition amiable d'une emprise",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def sauldre_conseil():
    """Conseil communautaire délibération whose PRESENT delegates are listed
    BY COMMUNE in capitals, run together on lines with " – " between the
    communes ("BRÉCY-LES-BOIS : M. A, Mme B – CERNOY-LA-FORÊT : Mme C –
    …"), a commune label cut by a line-end hyphen ("MÉNÉTROL-EN-/SOLOGNE"),
    suppléants in brackets ("Mme X (suppléante de M. Y)"), two "Pouvoirs :"
    lines ("X (COMMUNE) à Y – …"), "Excusée :" / "Absent :" with the commune
    in brackets, counts on one comma line ("Nombre de délégués en exercice :
    28, présents : 22, pouvoirs : 4, votants : 26"), lots with SIRET in
    brackets and "€ HT", CASF, a code range "R. 2123-1 à R. 2123-7", dash
    list after "DÉCIDE :", vote "Pour : 21 – Contre : 3 (names) –
    Abstentions : 2 (names)" on two lines, ACTES "ID :"."""
    d = DocH("cc-sauldre-grande-sologne-conseil-2025-087")
    pres = d.P("M. Gilles MARCHETEAU", at="sous la présidence")
    # the suppléants sitting are present; the titulaires they replace are in
    # no list (set S, Forezan, Sauverne); commune labels are no persons
    present = d.persons("M. Serge LAFONT", "Mme Annie POUPARD", "M. Éric THIBAULT",
                        "Mme Odile RAFFESTIN", "M. Gilles MARCHETEAU",
                        "Mme Françoise LECLÈRE", "M. Didier ROBLIN", "Mme Nathalie BRISSET",
                        "M. Thierry JOUANNEAU", "Mme Sylvie BRUNEAU", "M. Michel DAUGERON",
                        "M. Jacky MÉRY", "Mme Martine GODEAU", "M. Patrick VANNIER",
                        "M. André BOUTET", "Mme Chantal PIGEAT", "M. Gérard COLLIN",
                        "M. Hervé CHAMPION", "Mme Lucie BEAUFILS", "M. Philippe GAUTRON",
                        "Mme Agnès COURTIN", "M. Bruno HERVET", at="Délégués présents")
    # "Pouvoirs : X (COMMUNE) à Y": proxies only (champvans, Saint-Rémy)
    proxies = [d.proxy("Mme Hélène TISSERAND", "Mme Françoise LECLÈRE", at="Pouvoirs :"),
               d.proxy("M. Jean-Pierre BOURDIN", "M. Philippe GAUTRON"),
               d.proxy("M. Régis CHAUVEAU", "Mme Martine GODEAU"),
               d.proxy("Mme Paulette SOUCHET", "M. Jacky MÉRY")]
    excused = [d.P("Mme Laëtitia ROUSSEAU-BLIN", at="Excusée :")]
    absent = [d.P("M. Yannick PÉRICHON", at="Absent :")]
    sec = d.P("Mme Nathalie BRISSET", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=28, present_n=22,
                     represented=4, voting=26)
    session = {"date": "2025-10-16", "place": "salle polyvalente de Presly-les-Forges",
               "convened_on": "2025-10-09", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 5211-10 et L. 5214-16 ;"),
             d.clause("Vu le code de l'action sociale et des familles, et notamment son "
                      "article L. 313-12 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles "
                      "L. 2123-1 et R. 2123-1 à R. 2123-7 ;"),
             d.clause("Vu la délibération n° 2025-031 du 10 avril 2025 approuvant "
                      "l'avant-projet définitif ;"),
             d.clause("Vu l'avis de la commission d'appel d'offres du 2 octobre 2025 ;")]
    verb = d.span("DÉCIDE", at="après en avoir délibéré")
    votes = [d.vote("Pour : 21 – Contre : 3 (M. Didier ROBLIN, Mme Agnès COURTIN, M. Éric "
                    "THIBAULT) – Abstentions : 2 (Mme Odile RAFFESTIN, M. Hervé CHAMPION)",
                    for_=21, against=3, abstention=2, at="opération 2201")]
    sigs = [d.signature("Le Président,", "Gilles MARCHETEAU", "Le Président",
                        "Gilles MARCHETEAU", "Châteauneuf-sur-Sauldre", "2025-10-17",
                        at="Fait à")]
    d.reset("M. Philippe GAUTRON, Vice-président")
    amounts = [d.amount("1 350 000 €", 1350000, tax="HT"),
               d.amount("486 250,00 €", 486250, tax="HT"),
               d.amount("212 800,00 €", 212800, tax="HT"),
               d.amount("318 460,50 €", 318460.5, tax="HT"),
               d.amount("1 017 510,50 €", 1017510.5, tax="HT"),
               d.amount("1 221 012,60 €", 1221012.6, tax="TTC")]
    d.reset()
    dates = [d.date("jeudi 16 octobre 2025", "2025-10-16"),
             d.date("jeudi 16 octobre 2025", "2025-10-16"),
             d.date("9 octobre 2025", "2025-10-09"), d.date("10 avril 2025", "2025-04-10"),
             d.date("2 octobre 2025", "2025-10-02"), d.date("10 avril 2025", "2025-04-10"),
             d.date("2 octobre 2025", "2025-10-02"), d.date("17 octobre 2025", "2025-10-17"),
             d.date("20/10/2025", "2025-10-20"), d.date("20/10/2025", "2025-10-20")]
    d.reset("M. Philippe GAUTRON, Vice-président")
    refs = [d.ref("deliberation", "délibération n° 2025-031 du 10 avril 2025",
                  number="2025-031", date="2025-04-10"),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 5211-10 et L. 5214-16", code=CGCT,
                  articles=["L.5211-10", "L.5214-16"]),
            d.ref("code", "code de l'action sociale et des familles, et notamment son article "
                  "L. 313-12", code=CASF, articles=["L.313-12"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2123-1 "
                  "et R. 2123-1 à R. 2123-7", code="Code de la commande publique",
                  articles=["L.2123-1", "R.2123-1", "R.2123-7"]),
            d.ref("deliberation", "délibération n° 2025-031 du 10 avril 2025",
                  number="2025-031", date="2025-04-10")]
    d.reset()
    ids = [d.ident("postal_code", "18410", "18410"),
           d.ident("siren", "200 097 616", "200097616"),
           d.ident("phone", "02 48 58 14 90", "0248581490"),
           d.ident("siret", "793 041 823 00014", "79304182300014"),
           d.ident("siret", "391 602 471 00024", "39160247100024"),
           d.ident("siret", "880 227 137 00010", "88022713700010"),
           d.ident("acte", "018-200097616-20251016-DEL2025087-DE",
                   "018-200097616-20251016-DEL2025087-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES SAULDRE ET GRANDE SOLOGNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2025-087",
            "Résidence autonomie « Les Tilleuls » – Réhabilitation et mise en accessibilité "
            "– Attribution des lots du marché de travaux",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def bocages_cp():
    """Délibération of a RÉGION's COMMISSION PERMANENTE: S²LOW-like stamp
    in the right column of the letterhead (the "ID :" on the postal-code
    line), SIREN, "Réunion du vendredi …", "DÉLIBÉRATION N° CP-2025-11-0456"
    then a "RAPPORT N° CP-2025-11-0456" / DIRECTION / "Rapporteur :" block,
    two-line capitals OBJET, counts on one dash line with "Représentés",
    VU / CONSIDÉRANT in capitals (a règlement (UE), a loi with its date, a
    délibération "n° … de l'Assemblée plénière du …"), bare "DÉCIDE",
    "Article n : d'…" (infinitive bodies ending with ";"), an amount in
    words, the vote PER GROUP WITHOUT COUNTS ("Groupe X : Pour" / "Contre" /
    "Abstention" / "Non-inscrits : Ne prend pas part au vote") then "Adopté à
    la majorité.", signature, and an ANNEXED PIPE TABLE of beneficiaries
    (SIRET with and without blanks, € cells, a TOTAL row) after it."""
    d = DocH("region-bocages-et-marais-cp-2025-11-0456")
    pres = d.P("Mme Sylvie MARCHAND-LEROY", at="sous la présidence")
    session = {"date": "2025-11-21", "place": "Hôtel de Région", "convened_on": None,
               "president": pres, "secretary": None}
    # no name lists; the rapporteur is no attendance
    att = attendance(in_office=31, present_n=24, represented=5, voting=29)
    d.reset("VU le code")
    visas = [d.clause("VU le code général des collectivités territoriales, et notamment ses "
                      "articles L. 4211-1, L. 4221-1 et L. 4221-5 ;"),
             d.clause("VU le code rural et de la pêche maritime, et notamment son article "
                      "L. 1 ;"),
             d.clause("VU le règlement (UE) n° 2022/2472 de la Commission du 14 décembre 2022 "
                      "déclarant certaines catégories d'aides dans les secteurs agricole et "
                      "forestier compatibles avec le marché intérieur ;"),
             d.clause("VU la loi n° 2014-58 du 27 janvier 2014 de modernisation de l'action "
                      "publique territoriale et d'affirmation des métropoles ;"),
             d.clause("VU la délibération n° AP-2024-12-02 de l'Assemblée plénière du "
                      "16 décembre 2024 portant délégation d'attributions à la Commission "
                      "permanente ;"),
             d.clause("VU la délibération n° AP-2025-03-07 du 28 mars 2025 adoptant le "
                      "règlement d'intervention « Filières agricoles durables » ;"),
             d.clause("VU l'avis de la commission Agriculture, forêt et alimentation du "
                      "6 novembre 2025 ;")]
    cons = [d.clause("CONSIDÉRANT que les dossiers présentés répondent aux critères "
                     "d'éligibilité du règlement d'intervention et que les crédits "
                     "nécessaires sont disponibles ;")]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [d.article("1", None, "Article 1 :", "d'attribuer aux cinq bénéficiaires figurant "
                      "dans le tableau annexé à la présente délibération des subventions d'un "
                      "montant total de 182 350 €, pour un coût éligible total de 622 500 € "
                      "HT ;"),
            d.article("2", None, "Article 2 :", "d'affecter à cet effet une autorisation de "
                      "programme de 182 350 € sur le programme 231 « Agriculture durable » "
                      "(chapitre 909) ;"),
            d.article("3", None, "Article 3 :", "d'autoriser la Présidente à signer les "
                      "conventions attributives correspondantes et à procéder au versement "
                      "des aides, dans la limite de quarante mille euros par exploitation.")]
    # per-group vote without any count: counts null (not computed, not
    # printed); the non-inscrits' "Ne prend pas part au vote" gives no
    # number either (not_voting null); for_groups the two "Pour" groups as
    # printed (with "Groupe", Pyrénées-Garonne); "Adopté à la majorité":
    # adopted, not unanimous
    votes = [d.vote("Groupe Bocages en mouvement : Pour Groupe Socialistes, écologistes et "
                    "apparentés : Pour Groupe Rassemblement des territoires : Contre Groupe "
                    "Union des républicains et du centre : Abstention Non-inscrits : Ne prend "
                    "pas part au vote Adopté à la majorité",
                    for_groups=["Groupe Bocages en mouvement",
                                "Groupe Socialistes, écologistes et apparentés"],
                    at="Résultat du vote")]
    sigs = [d.signature("La Présidente du Conseil régional,", "Sylvie MARCHAND-LEROY",
                        "La Présidente du Conseil régional", "Sylvie MARCHAND-LEROY",
                        "La Roche-Bocage", "2025-11-21", at="Fait à La Roche-Bocage")]
    d.reset("Article 1 :")
    # table cells: tax null ("HT" is in the column header, Saint-Rémy)
    amounts = [d.amount("182 350 €", 182350), d.amount("622 500 €", 622500, tax="HT"),
               d.amount("182 350 €", 182350),
               d.amount("quarante mille euros", 40000),
               d.amount("148 000,00 €", 148000), d.amount("40 000 €", 40000),
               d.amount("96 500 €", 96500), d.amount("28 950 €", 28950),
               d.amount("133 300 €", 133300), d.amount("39 990 €", 39990),
               d.amount("129 700 €", 129700), d.amount("38 910 €", 38910),
               d.amount("115 000 €", 115000), d.amount("34 500 €", 34500),
               d.amount("622 500 €", 622500), d.amount("182 350 €", 182350)]
    d.reset()
    dates = [d.date("26/11/2025", "2025-11-26"), d.date("26/11/2025", "2025-11-26"),
             d.date("27/11/2025", "2025-11-27"),
             d.date("vendredi 21 novembre 2025", "2025-11-21"),
             d.date("vendredi 21 novembre 2025", "2025-11-21"),
             d.date("14 décembre 2022", "2022-12-14"), d.date("27 janvier 2014", "2014-01-27"),
             d.date("16 décembre 2024", "2024-12-16"), d.date("28 mars 2025", "2025-03-28"),
             d.date("6 novembre 2025", "2025-11-06"),
             d.date("21 novembre 2025", "2025-11-21", at="Fait à La Roche-Bocage")]
    d.reset("VU le code")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 4211-1, L. 4221-1 et L. 4221-5", code=CGCT,
                  articles=["L.4211-1", "L.4221-1", "L.4221-5"]),
            d.ref("code", "code rural et de la pêche maritime, et notamment son article L. 1",
                  code="Code rural et de la pêche maritime", articles=["L.1"]),
            d.ref("reglement", "règlement (UE) n° 2022/2472 de la Commission du 14 décembre "
                  "2022", number="2022/2472", date="2022-12-14"),
            d.ref("loi", "loi n° 2014-58 du 27 janvier 2014", number="2014-58",
                  date="2014-01-27"),
            d.ref("deliberation", "délibération n° AP-2024-12-02 de l'Assemblée plénière du "
                  "16 décembre 2024", number="AP-2024-12-02", date="2024-12-16"),
            d.ref("deliberation", "délibération n° AP-2025-03-07 du 28 mars 2025",
                  number="AP-2025-03-07", date="2025-03-28")]
    d.reset()
    ids = [d.ident("postal_code", "85021", "85021"),
           d.ident("acte", "085-239907124-20251121-CP2025110456-DE",
                   "085-239907124-20251121-CP2025110456-DE"),
           d.ident("siren", "239 907 124", "239907124"),
           d.ident("siret", "502 844 194 00030", "50284419400030"),
           d.ident("siret", "44316958600015", "44316958600015"),
           d.ident("siret", "812 473 064 00028", "81247306400028"),
           d.ident("siret", "528 147 366 00017", "52814736600017"),
           d.ident("siret", "427 183 058 00010", "42718305800010")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION BOCAGES-ET-MARAIS",
             "body": "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL"},
            "CP-2025-11-0456",
            "FILIÈRES AGRICOLES DURABLES – AIDE AUX INVESTISSEMENTS DE MODERNISATION DES "
            "ÉLEVAGES – TROISIÈME AFFECTATION 2025",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def saint_odilon_arrete():
    """ARRÊTÉ DU MAIRE typed WITHOUT ANY ACCENT (capitals and lower case:
    "ARRETE MUNICIPAL N° …", "PORTANT FERMETURE …" on two capital lines,
    "Le Maire de la Commune de …,", "VU le Code General des Collectivites
    Territoriales", "CONSIDERANT", bare "ARRETE", "ARTICLE n :", "decret",
    "arrete", "decembre"), phone with dots, codes with capitals (CCH with a
    range, CASF, Code Penal), an arrêté by date only "modifie", an arrêté
    municipal with number and date, a SIRET in a visa, amounts "48 600 euros
    TTC" and "38 EUR", a delegated signature "Pour le Maire empeche, /
    L'Adjoint delegue," and "CERTIFIE EXECUTOIRE compte tenu de la
    transmission en prefecture le dd/mm/yyyy et de la publication le <date in
    words>" + "ID ACTES :"."""
    d = DocH("commune-saint-odilon-des-combes-arrete-fermeture-2025-019")
    d.reset("VU le Code")
    visas = [d.clause("VU le Code General des Collectivites Territoriales, et notamment ses "
                      "articles L.2122-24, L.2212-1, L.2212-2 et L.2212-4 ;"),
             d.clause("VU le Code de la Construction et de l'Habitation, et notamment ses "
                      "articles L.141-2, R.143-2 a R.143-47 ;"),
             d.clause("VU le Code de l'Action Sociale et des Familles, et notamment son "
                      "article L.227-4 ;"),
             d.clause("VU le decret n° 95-260 du 8 mars 1995 modifie relatif a la commission "
                      "consultative departementale de securite et d'accessibilite ;"),
             d.clause("VU l'arrete du 25 juin 1980 modifie portant approbation des "
                      "dispositions generales du reglement de securite contre les risques "
                      "d'incendie et de panique dans les etablissements recevant du public ;"),
             d.clause("VU l'arrete municipal n° 2024-PM-031 du 2 septembre 2024 portant "
                      "reglement interieur des equipements sportifs municipaux ;"),
             d.clause("VU le rapport de diagnostic de la charpente etabli le 20 octobre 2025 "
                      "par le bureau d'etudes STRUCTIS INGENIERIE (SIRET 338 427 164 00011) ;")]
    cons = [d.clause("CONSIDERANT que ce rapport releve une deformation importante de deux "
                     "fermes de la charpente metallique et preconise l'interdiction immediate "
                     "de l'acces au public dans l'attente de travaux de confortement ;"),
            d.clause("CONSIDERANT qu'il appartient au Maire, au titre de ses pouvoirs de "
                     "police, de prendre toute mesure propre a prevenir les accidents et a "
                     "assurer la securite des usagers, notamment des mineurs accueillis dans "
                     "le cadre de l'accueil collectif du mercredi ;")]
    verb = d.span("ARRETE", at="du mercredi ;")
    arts = [d.article("1", None, "ARTICLE 1 :", "Le gymnase municipal \"Jean-Baptiste "
                      "DELMAS\", situe 12, avenue des Sports, est ferme au public a compter du "
                      "vendredi 24 octobre 2025 a 12 heures et jusqu'au mercredi 31 decembre "
                      "2025 inclus."),
            d.article("2", None, "ARTICLE 2 :", "Pendant la duree de la fermeture, l'acces au "
                      "batiment est reserve aux services techniques municipaux et aux "
                      "entreprises chargees des travaux. Les activites des associations sont "
                      "reportees dans la salle polyvalente, selon le planning arrete par le "
                      "service des sports."),
            d.article("3", None, "ARTICLE 3 :", "Les travaux de confortement, estimes a "
                      "48 600 euros TTC, seront realises par l'entreprise designee a l'issue "
                      "de la consultation. La reouverture ne pourra intervenir qu'apres avis "
                      "favorable de la commission de securite."),
            d.article("4", None, "ARTICLE 4 :", "Toute infraction au present arrete sera "
                      "constatee et poursuivie conformement aux lois et reglements en vigueur, "
                      "notamment l'article R.610-5 du Code Penal (amende prevue pour les "
                      "contraventions de 1re classe, soit 38 EUR au plus)."),
            d.article("5", None, "ARTICLE 5 :", "Le present arrete peut faire l'objet d'un "
                      "recours devant le Tribunal Administratif de Clermont-Ferrand dans un "
                      "delai de deux mois a compter de sa publication ou de sa notification."),
            d.article("6", None, "ARTICLE 6 :", "Monsieur le Directeur General des Services, "
                      "Monsieur le Chef de la Police Municipale et Monsieur le Commandant de la "
                      "Brigade de Gendarmerie de Murat-les-Combes sont charges, chacun en ce "
                      "qui le concerne, de l'execution du present arrete, qui sera affiche a "
                      "l'entree du gymnase.")]
    sigs = [d.signature("Pour le Maire empeche,", "Jean-Marc FOURNIER",
                        "Pour le Maire empeche, L'Adjoint delegue", "Jean-Marc FOURNIER",
                        "SAINT-ODILON-DES-COMBES", "2025-10-23", at="Fait a SAINT-ODILON")]
    d.reset("ARTICLE 3 :")
    amounts = [d.amount("48 600 euros", 48600, tax="TTC"), d.amount("38 EUR", 38)]
    d.reset("VU le Code")
    dates = [d.date("8 mars 1995", "1995-03-08"), d.date("25 juin 1980", "1980-06-25"),
             d.date("2 septembre 2024", "2024-09-02"), d.date("20 octobre 2025", "2025-10-20"),
             d.date("vendredi 24 octobre 2025", "2025-10-24"),
             d.date("mercredi 31 decembre 2025", "2025-12-31"),
             d.date("23 octobre 2025", "2025-10-23"), d.date("24/10/2025", "2025-10-24"),
             d.date("vingt-quatre octobre deux mille vingt-cinq", "2025-10-24")]
    d.reset("VU le Code")
    refs = [d.ref("code", "Code General des Collectivites Territoriales, et notamment ses "
                  "articles L.2122-24, L.2212-1, L.2212-2 et L.2212-4", code=CGCT,
                  articles=["L.2122-24", "L.2212-1", "L.2212-2", "L.2212-4"]),
            d.ref("code", "Code de la Construction et de l'Habitation, et notamment ses "
                  "articles L.141-2, R.143-2 a R.143-47",
                  code="Code de la construction et de l'habitation",
                  articles=["L.141-2", "R.143-2", "R.143-47"]),
            d.ref("code", "Code de l'Action Sociale et des Familles, et notamment son article "
                  "L.227-4", code=CASF, articles=["L.227-4"]),
            d.ref("decret", "decret n° 95-260 du 8 mars 1995", number="95-260",
                  date="1995-03-08"),
            d.ref("arrete", "arrete du 25 juin 1980", date="1980-06-25"),
            d.ref("arrete", "arrete municipal n° 2024-PM-031 du 2 septembre 2024",
                  number="2024-PM-031", date="2024-09-02"),
            d.ref("code", "article R.610-5 du Code Penal", code="Code pénal",
                  articles=["R.610-5"])]
    d.reset()
    ids = [d.ident("postal_code", "15340", "15340"),
           d.ident("phone", "04.71.49.26.03", "0471492603"),
           d.ident("email", "secretariat@saint-odilon-des-combes.fr",
                   "secretariat@saint-odilon-des-combes.fr"),
           d.ident("siret", "338 427 164 00011", "33842716400011"),
           d.ident("acte", "015-211598404-20251023-2025PM019-AR",
                   "015-211598404-20251023-2025PM019-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-ODILON-DES-COMBES", "body": "Le Maire"},
            "2025-PM-019",
            "PORTANT FERMETURE TEMPORAIRE AU PUBLIC DU GYMNASE MUNICIPAL \"JEAN-BAPTISTE "
            "DELMAS\"",
            visas=visas, cons=cons, dec={"verb": "ARRETE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["vaux_sur_aubrelle", "sauldre_conseil", "bocages_cp", "saint_odilon_arrete"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
