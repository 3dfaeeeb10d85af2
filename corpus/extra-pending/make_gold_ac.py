#!/usr/bin/env python3
"""Hand-written gold for the blind set AC (corpusAC) of corpus/extra-pending
(see README.md, section "Blind set (corpusAC)").
Run: python3 make_gold_ac.py

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
from _goldlib import CASF, CGCT, CVR, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def val_de_breve_cp():
    """Délibération of a DÉPARTEMENT's COMMISSION PERMANENTE in the
    Pas-de-Calais style: "Réunion du lundi …", "RAPPORT N° 207", direction
    line, two-line capital title; séance sentence; present / excused /
    absent councillors listed BY CANTON in binômes ("Canton de X : Mme A,
    M. B"), one excused with "(pouvoir à …)"; "Secrétaire de séance :";
    counts one a line "Nombre de … : n" (with "Nombre de votants"); visas
    (CGCT, CASF with a range, loi, délibération "en date du 1er juillet",
    rapport, avis); "DÉCIDE :"; "Article 1er :" with the body on the next
    line; cd62-style vote "Pour : 8 voix (Groupe A ; Groupe B)" / "Contre :
    0 voix" / "Abstention : groupe X" (no count) / "Absents sans délégation
    de vote : 4" / "(Adopté)"; signature; ACTES stamp; ANNEXES after the
    signature with a pipe table (SIRET, € cells, TOTAL row)."""
    d = DocH("departement-val-de-breve-cp-2025-207")
    pres = d.P("Mme Hélène CASTAGNET", at="sous la présidence")
    present = d.persons("Mme Hélène CASTAGNET", "M. Joël VERMOREL", "Mme Agnès DUFRESNOY",
                        "M. Pascal LEMERCIER", "Mme Nathalie GRIBEAUVAL", "M. Thierry OUDART",
                        "Mme Solène PICQUENDAR", "M. Rodolphe BECQUET", "Mme Ginette DELATTRE",
                        at="Étaient présents")
    excused = d.persons("M. Franck HOUZET", "Mme Murielle TAVERNIER", "M. Kévin LOGEZ",
                        at="Absents excusés")
    proxies = [d.proxy("M. Franck HOUZET", "Mme Solène PICQUENDAR", at="Absents excusés")]
    absent = d.persons("Mme Irène COUSTENOBLE", "M. Benoît WATTEBLED", at="Absents :")
    sec = d.P("M. Thierry OUDART", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=14, present_n=9,
                     represented=1, voting=10)
    session = {"date": "2025-11-17", "place": "Hôtel du Département", "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("du Val-de-Brève,")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L. 3211-1 et L. 3211-2 ;"),
             d.clause("Vu le Code de l'action sociale et des familles, et notamment ses articles "
                      "L. 113-1-3 et L. 232-1 à L. 232-28 ;"),
             d.clause("Vu la loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la "
                      "société au vieillissement ;"),
             d.clause("Vu la délibération n° 2021-CD-045 du Conseil départemental en date du "
                      "1er juillet 2021 portant délégation d'attributions à la Commission "
                      "permanente ;"),
             d.clause("Vu le rapport de la Présidente du Conseil départemental ;"),
             d.clause("Vu l'avis de la 3e commission « Solidarités, autonomie et santé » rendu le "
                      "3 novembre 2025 ;")]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [d.article("1", None, "Article 1er :", "D'attribuer aux trois plateformes "
                      "d'accompagnement et de répit désignées en annexe une participation "
                      "départementale d'un montant total de 184 500 € pour l'année 2026."),
            d.article("2", None, "Article 2 :", "D'autoriser la Présidente du Conseil "
                      "départemental à signer, au nom et pour le compte du Département, les "
                      "conventions correspondantes, conclues pour la période du 1er janvier 2026 "
                      "au 31 décembre 2026."),
            d.article("3", None, "Article 3 :", "De dire que la dépense sera imputée sur le "
                      "chapitre 65, article 6568 du budget départemental.")]
    votes = [d.vote("Pour : 8 voix (Groupe Val-de-Brève Solidaire ; Groupe Union des "
                    "Territoires) Contre : 0 voix Abstention : groupe Écologie et Citoyenneté "
                    "Absents sans délégation de vote : 4 (Adopté)", for_=8, against=0,
                    absent_without_proxy=4,
                    for_groups=["Groupe Val-de-Brève Solidaire", "Groupe Union des Territoires"])]
    sigs = [d.signature("La Présidente du Conseil départemental,", "Hélène CASTAGNET",
                        "La Présidente du Conseil départemental", "Hélène CASTAGNET",
                        "Saint-Aubin-sur-Brève", "2025-11-17", at="Fait à")]
    d.reset("Article 1er")
    amounts = [d.amount("184 500 €", 184500), d.amount("72 000 €", 72000),
               d.amount("61 500 €", 61500), d.amount("51 000 €", 51000),
               d.amount("184 500 €", 184500)]
    d.reset()
    dates = [d.date("lundi 17 novembre 2025", "2025-11-17"),
             d.date("28 décembre 2015", "2015-12-28"), d.date("1er juillet 2021", "2021-07-01"),
             d.date("3 novembre 2025", "2025-11-03"), d.date("1er janvier 2026", "2026-01-01"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("17 novembre 2025", "2025-11-17", at="Fait à"),
             d.date("19/11/2025", "2025-11-19")]
    d.reset("du Val-de-Brève,")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L. 3211-1 et L. 3211-2", code=CGCT, articles=["L.3211-1", "L.3211-2"]),
            d.ref("code", "Code de l'action sociale et des familles, et notamment ses articles "
                  "L. 113-1-3 et L. 232-1 à L. 232-28", code=CASF,
                  articles=["L.113-1-3", "L.232-1", "L.232-28"]),
            d.ref("loi", "loi n° 2015-1776 du 28 décembre 2015", number="2015-1776",
                  date="2015-12-28"),
            d.ref("deliberation", "délibération n° 2021-CD-045 du Conseil départemental en date "
                  "du 1er juillet 2021", number="2021-CD-045", date="2021-07-01")]
    d.reset("Accusé de réception")
    ids = [d.ident("acte", "096-228700134-20251117-CP2025207-DE",
                   "096-228700134-20251117-CP2025207-DE"),
           d.ident("siret", "413 872 508 00010", "41387250800010"),
           d.ident("siret", "512 784 505 00012", "51278450500012"),
           d.ident("siret", "791 636 202 00016", "79163620200016"),
           d.ident("postal_code", "96100", "96100")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU VAL-DE-BRÈVE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "207",
            "AIDE AUX AIDANTS – CONVENTIONS AVEC LES PLATEFORMES D'ACCOMPAGNEMENT ET DE RÉPIT "
            "POUR L'ANNÉE 2026",
            session=session, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            arts=arts, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def grand_valclair_conseil():
    """Délibération of a MÉTROPOLE's conseil: letterhead with SIREN; registre
    heading; "Délibération n° 2025-C-118"; two-line "Objet :"; "Rapporteur :"
    line; date in words with weekday (no "L'an"); counts on one dash line;
    a 22-name present list in TWO COLUMNS (names side by side separated by
    wide gaps); "Excusés ayant donné pouvoir :" as "X à Y" in two columns
    too; "Excusés :", "Absents :"; exposé with HT/TTC amounts; visas (CGCT,
    code des transports, code de la voirie routière, délibération with
    number, délibération of another body by date only); one considérant;
    "DÉCIDE :"; "Article n :"; amount without separator "375000 euros";
    "Ne prennent pas part au vote : M. A, Mme B" before "Résultat du vote :
    Pour : 24 – Contre : 2 – Abstentions : 0" + "La délibération est
    adoptée."; delegated signature; transmission line + "Identifiant :"."""
    d = DocH("metropole-grand-valclair-conseil-2025-c-118")
    pres = d.P("Mme Claire MONTAGNON", at="sous la présidence")
    # the two-column list is read row by row (left name, then right name)
    present = d.persons("Mme Claire MONTAGNON", "M. Bernard AUTHIER", "Mme Sophie BERTHELOT",
                        "M. Didier CHAMBRIER", "Mme Delphine DUCRET", "M. Alain FAVRE-BONVIN",
                        "Mme Odile GIRERD", "M. Marc HUGONNARD", "Mme Anne JACQUEMOUD",
                        "M. Patrice LAVOREL", "Mme Valérie MERMET-GUYENNET",
                        "M. Jean-Pierre NOVARINA", "Mme Laetitia PELLERIN", "M. Yves QUINSON",
                        "Mme Rachida RAHMOUNI", "M. Serge SAPPEY", "Mme Véronique TERMOZ",
                        "M. Lionel VIALLET", "Mme Nadia ZERROUKI", "M. Hervé BLANCHIN",
                        "Mme Chantal DESGRANGES", "M. François PERRET", at="Étaient présents")
    givers = ["M. Gilles ARNAUD", "Mme Lucie BOUVIER", "M. Henri COLLOMB", "Mme Estelle DAMIENS",
              "M. Olivier FERRAND", "Mme Pauline GACHET"]
    holders = ["Mme Claire MONTAGNON", "M. Yves QUINSON", "Mme Delphine DUCRET",
               "M. Serge SAPPEY", "Mme Nadia ZERROUKI", "M. Marc HUGONNARD"]
    excused = d.persons(*givers, at="Excusés ayant donné pouvoir")
    excused += d.persons("M. Régis PLANCHE", "Mme Aurélie VANNIER", at="Excusés :")
    d.reset("Excusés ayant donné pouvoir")
    proxies = [d.proxy(g, h) for g, h in zip(givers, holders)]
    absent = d.persons("M. Jacques ROUSSET", "Mme Fanny TISSOT", at="Absents :")
    sec = d.P("Mme Laetitia PELLERIN", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=32, present_n=22,
                     represented=6, voting=28)
    session = {"date": "2025-09-25", "place": "salle du Conseil de l'Hôtel de la Métropole",
               "convened_on": "2025-09-18", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 5217-2 et L. 5215-26 ;"),
             d.clause("Vu le code des transports, notamment son article L. 1231-1 ;"),
             d.clause("Vu le code de la voirie routière, notamment son article L. 141-12 ;"),
             d.clause("Vu la délibération n° 2024-C-203 du Conseil métropolitain du 12 décembre "
                      "2024 adoptant le règlement des fonds de concours ;"),
             d.clause("Vu la délibération du conseil municipal de Saint-Ferjus-les-Orgues du "
                      "4 juillet 2025 sollicitant le fonds de concours ;")]
    cons = [d.clause("Considérant que le montant du fonds de concours n'excède pas la part du "
                     "financement assurée, hors subventions, par le bénéficiaire ;")]
    verb = d.span("DÉCIDE", at="après en avoir délibéré")
    arts = [d.article("1", None, "Article 1 :", "D'attribuer à la commune de "
                      "Saint-Ferjus-les-Orgues un fonds de concours d'un montant de 375000 euros "
                      "pour l'aménagement du pôle d'échanges multimodal de la gare."),
            d.article("2", None, "Article 2 :", "D'autoriser la Présidente ou son représentant "
                      "à signer la convention de versement correspondante."),
            d.article("3", None, "Article 3 :", "De dire que la dépense sera imputée au budget "
                      "principal 2025, chapitre 204.")]
    # the two members named as not taking part: not_voting 2 (each named
    # member counts one, as Aveyron / Monts d'Auzelle), span from that line
    votes = [d.vote("Ne prennent pas part au vote : M. Serge SAPPEY, Mme Odile GIRERD "
                    "Résultat du vote : Pour : 24 – Contre : 2 – Abstentions : 0 La "
                    "délibération est adoptée.", for_=24, against=2, abstention=0,
                    not_voting=2)]
    sigs = [d.signature("Pour la Présidente et par délégation,", "Didier CHAMBRIER",
                        "Pour la Présidente et par délégation, Le Vice-président délégué aux "
                        "mobilités", "Didier CHAMBRIER", "Valclair", "2025-09-26",
                        at="Fait à Valclair")]
    d.reset("La commune de Saint-Ferjus")
    amounts = [d.amount("1 250 000 €", 1250000, tax="HT"),
               d.amount("1 500 000 €", 1500000, tax="TTC"),
               d.amount("450 000 €", 450000), d.amount("375000 euros", 375000)]
    d.reset()
    dates = [d.date("jeudi 25 septembre 2025", "2025-09-25"),
             d.date("jeudi vingt-cinq septembre deux mille vingt-cinq", "2025-09-25"),
             d.date("18 septembre 2025", "2025-09-18"), d.date("12 décembre 2024", "2024-12-12"),
             d.date("4 juillet 2025", "2025-07-04"), d.date("26 septembre 2025", "2025-09-26"),
             d.date("30/09/2025", "2025-09-30")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 5217-2 et L. 5215-26", code=CGCT, articles=["L.5217-2", "L.5215-26"]),
            d.ref("code", "code des transports, notamment son article L. 1231-1",
                  code="Code des transports", articles=["L.1231-1"]),
            d.ref("code", "code de la voirie routière, notamment son article L. 141-12",
                  code=CVR, articles=["L.141-12"]),
            d.ref("deliberation", "délibération n° 2024-C-203 du Conseil métropolitain du "
                  "12 décembre 2024", number="2024-C-203", date="2024-12-12"),
            d.ref("deliberation", "délibération du conseil municipal de Saint-Ferjus-les-Orgues "
                  "du 4 juillet 2025", date="2025-07-04")]
    d.reset()
    ids = [d.ident("postal_code", "69890", "69890"),
           d.ident("siren", "200 647 105", "200647105"),
           d.ident("acte", "069-200647105-20250925-2025C118-DE",
                   "069-200647105-20250925-2025C118-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MÉTROPOLE DU GRAND VALCLAIR", "body": "CONSEIL MÉTROPOLITAIN"},
            "2025-C-118",
            "Mobilités – Fonds de concours à la commune de Saint-Ferjus-les-Orgues pour "
            "l'aménagement du pôle d'échanges multimodal de la gare",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def liseron_comite():
    """Délibération of a SIVOM's COMITÉ SYNDICAL "n° D2025-14": letterhead
    with SIRET + phone; date in words with "L'an"; counts on one dash line;
    roll call as a PIPE TABLE "Commune | Titulaire | Suppléant | Présent"
    with a code (T / S / E / P / A) and a legend; a separate "Pouvoir :" line
    cut by a line break; "Le quorum étant atteint, …" + secretary in a
    sentence; exposé with a company SIRET and HT / TVA / TTC amounts and the
    TTC amount in words; code de la commande publique; CGCT range; arrêté
    préfectoral number holding a date; vote inside the deciding sentence
    "par 5 voix pour et 1 abstention (M. X)," then "DÉCIDE :"; a DATE RANGE
    IN WORDS ("du premier décembre deux mille vingt-cinq au trente et un
    mars deux mille vingt-six"); "2500 €" without separator; "les jour,
    mois et an susdits"; transmission and publication lines."""
    d = DocH("sivom-vallee-du-liseron-cs-d2025-14")
    pres = d.P("M. Francis BRANGER", at="sous la présidence")
    d.reset("| Commune")
    present = [d.P("M. Gérard FOUQUET"), d.P("Mme Céline MOREAU"), d.P("M. Noël GUÉRIN"),
               d.P("M. Rémi LAGARDE"), d.P("M. Francis BRANGER")]
    excused = [d.P("Mme Élise CHABOT", at="| Commune")]
    absent = [d.P("M. Jean-Yves TALLON", at="| Commune")]
    proxies = [d.proxy("Mme Martine PEYRONNET", "M. Gérard FOUQUET", at="Pouvoir :")]
    sec = d.P("Mme Céline MOREAU", at="Le quorum")
    att = attendance(present, excused, absent, proxies, in_office=8, present_n=5,
                     represented=1, voting=6)
    session = {"date": "2025-11-18", "place": "mairie de Chalignac",
               "convened_on": "2025-11-10", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 5212-1 à L. 5212-34 ;"),
             d.clause("Vu l'arrêté préfectoral n° 16-2019-04-08-002 du 8 avril 2019 portant "
                      "modification des statuts du SIVOM ;"),
             d.clause("Vu la délibération n° D2025-03 du 11 mars 2025 adoptant le budget "
                      "primitif ;")]
    cons = [d.clause("Considérant que les crédits nécessaires sont inscrits au budget de "
                     "l'exercice ;")]
    votes = [d.vote("par 5 voix pour et 1 abstention (M. Noël GUÉRIN)", for_=5, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er :", "Le marché de curage des bassins d'orage et "
                      "des fossés est attribué à l'entreprise CURAGE ET RÉSEAUX DES DEUX-SÈVRES "
                      "pour un montant de 86 450,00 € HT."),
            d.article("2", None, "Article 2 :", "Les prestations seront exécutées du premier "
                      "décembre deux mille vingt-cinq au trente et un mars deux mille "
                      "vingt-six."),
            d.article("3", None, "Article 3 :", "Une avance de 2500 € pourra être versée au "
                      "titulaire à la notification du marché."),
            d.article("4", None, "Article 4 :", "Le Président est autorisé à signer le marché et "
                      "toutes les pièces s'y rapportant.")]
    sigs = [d.signature("Le Président,", "Francis BRANGER", "Le Président", "Francis BRANGER",
                        "Chalignac", "2025-11-18", at="Fait et délibéré")]
    d.reset("Le Président expose")
    amounts = [d.amount("86 450,00 €", 86450, tax="HT"), d.amount("17 290,00 €", 17290),
               d.amount("103 740,00 €", 103740, tax="TTC"),
               d.amount("cent trois mille sept cent quarante euros", 103740),
               d.amount("86 450,00 €", 86450, tax="HT", at="Article 1er"),
               d.amount("2500 €", 2500)]
    d.reset()
    dates = [d.date("mardi 18 novembre 2025", "2025-11-18"),
             d.date("L'an deux mille vingt-cinq, le dix-huit novembre", "2025-11-18"),
             d.date("10 novembre 2025", "2025-11-10"), d.date("8 avril 2019", "2019-04-08"),
             d.date("11 mars 2025", "2025-03-11"),
             d.date("premier décembre deux mille vingt-cinq", "2025-12-01"),
             d.date("trente et un mars deux mille vingt-six", "2026-03-31"),
             d.date("21/11/2025", "2025-11-21"), d.date("21/11/2025", "2025-11-21")]
    d.reset("Le Président expose")
    refs = [d.ref("code", "articles L. 2123-1 et R. 2123-1 du code de la commande publique",
                  code="Code de la commande publique", articles=["L.2123-1", "R.2123-1"]),
            d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 5212-1 à L. 5212-34", code=CGCT, articles=["L.5212-1", "L.5212-34"]),
            d.ref("arrete", "arrêté préfectoral n° 16-2019-04-08-002 du 8 avril 2019",
                  number="16-2019-04-08-002", date="2019-04-08"),
            d.ref("deliberation", "délibération n° D2025-03 du 11 mars 2025", number="D2025-03",
                  date="2025-03-11")]
    d.reset()
    ids = [d.ident("postal_code", "16440", "16440"),
           d.ident("siret", "241 607 340 00015", "24160734000015"),
           d.ident("phone", "05 45 62 18 07", "0545621807"),
           d.ident("siret", "847 205 101 00011", "84720510100011")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SIVOM DE LA VALLÉE DU LISERON", "body": "COMITÉ SYNDICAL"},
            "D2025-14",
            "Entretien des bassins d'orage et des fossés – attribution du marché de curage pour "
            "la campagne d'hiver 2025-2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def haute_louve_arrete():
    """ARRÊTÉ PRÉFECTORAL (ordre public): Marianne block "PRÉFET / DE LA
    HAUTE-LOUVE / Liberté / Égalité / Fraternité", direction and bureau
    lines, "Affaire suivie par :", "Tél. : … – Mél. : …"; "Arrêté
    préfectoral n° DSPC-BOP-2025-1187" + a three-line "portant …" title
    holding a date; "Le préfet de …, / Chevalier de la Légion d'honneur, /
    Officier de l'ordre national du Mérite,"; "VU" visas separated by blank
    lines (four codes with L. articles and a range, "loi n° 82-213 du 2 mars
    1982", a décret "modifié", the décret de nomination without number, an
    arrêté de délégation); two "CONSIDÉRANT" (a weekday date, "18 000
    spectateurs"); "SUR proposition du secrétaire général …,"; "ARRÊTE :";
    BARE article heading lines "Article 1er" / "Article 2" … with the body
    on the next line, then "Article 5 – Exécution"; weekday date range
    with hours; "750 euros"; "Fait à …, le …" / "Pour le préfet et par
    délégation, / le secrétaire général," / name; "Délais et voies de
    recours" paragraph after the signature (postal code, telerecours url)."""
    d = DocH("prefecture-haute-louve-arrete-ordre-public-2025-1187")
    d.reset("VU le code")
    visas = [d.clause("VU le code général des collectivités territoriales, notamment ses "
                      "articles L. 2214-4 et L. 2215-1 ;"),
             d.clause("VU le code de la santé publique, notamment ses articles L. 3332-15 et "
                      "L. 3353-1 ;"),
             d.clause("VU le code de la sécurité intérieure, notamment ses articles L. 211-1 à "
                      "L. 211-4 ;"),
             d.clause("VU le code de la voirie routière, notamment son article L. 113-2 ;"),
             d.clause("VU la loi n° 82-213 du 2 mars 1982 relative aux droits et libertés des "
                      "communes, des départements et des régions ;"),
             d.clause("VU le décret n° 2004-374 du 29 avril 2004 modifié relatif aux pouvoirs "
                      "des préfets, à l'organisation et à l'action des services de l'État dans "
                      "les régions et départements ;"),
             d.clause("VU le décret du Président de la République du 12 février 2025 portant "
                      "nomination de M. Arnaud VERDIER, préfet de la Haute-Louve ;"),
             d.clause("VU l'arrêté préfectoral n° DCL-2025-0233 du 3 mars 2025 portant "
                      "délégation de signature à M. Laurent VIGOUROUX, secrétaire général de la "
                      "préfecture ;")]
    cons = [d.clause("CONSIDÉRANT que la rencontre de football opposant l'Olympique de "
                     "Montreval à l'Union sportive de Castelbrune se déroulera le samedi "
                     "13 décembre 2025 à 20 h 45 au stade des Peupliers à Montreval, en présence "
                     "d'environ 18 000 spectateurs ;"),
            d.clause("CONSIDÉRANT que les précédentes rencontres entre ces deux équipes, "
                     "notamment celle du 9 mars 2024, ont donné lieu à des troubles graves à "
                     "l'ordre public ;")]
    verb = d.span("ARRÊTE", at="SUR proposition")
    arts = [d.article("1", None, "Article 1er", "La vente à emporter de boissons alcooliques "
                      "des deuxième à cinquième groupes est interdite sur le territoire de la "
                      "commune de Montreval du vendredi 12 décembre 2025 à 18 heures au "
                      "dimanche 14 décembre 2025 à 8 heures."),
            d.article("2", None, "Article 2", "Pendant la même période, la vente au détail de "
                      "carburants dans tout récipient transportable est interdite dans les "
                      "stations-service de la commune."),
            d.article("3", None, "Article 3", "Toute infraction au présent arrêté est punie de "
                      "l'amende prévue pour les contraventions de la quatrième classe, soit "
                      "750 euros au plus."),
            d.article("4", None, "Article 4", "Le présent arrêté est publié au recueil des "
                      "actes administratifs de la préfecture et affiché en mairie de Montreval."),
            d.article("5", "Exécution", "Article 5 – Exécution", "Le secrétaire général de la "
                      "préfecture, le maire de Montreval et le directeur départemental de la "
                      "sécurité publique sont chargés, chacun en ce qui le concerne, de "
                      "l'exécution du présent arrêté.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Laurent VIGOUROUX",
                        "Pour le préfet et par délégation, le secrétaire général",
                        "Laurent VIGOUROUX", "Montreval", "2025-12-04", at="Fait à Montreval")]
    amounts = [d.amount("750 euros", 750, at="Article 3")]
    d.reset("Arrêté préfectoral n°")
    dates = [d.date("13 décembre 2025", "2025-12-13"), d.date("2 mars 1982", "1982-03-02"),
             d.date("29 avril 2004", "2004-04-29"), d.date("12 février 2025", "2025-02-12"),
             d.date("3 mars 2025", "2025-03-03"),
             d.date("samedi 13 décembre 2025", "2025-12-13"), d.date("9 mars 2024", "2024-03-09"),
             d.date("vendredi 12 décembre 2025", "2025-12-12"),
             d.date("dimanche 14 décembre 2025", "2025-12-14"),
             d.date("4 décembre 2025", "2025-12-04")]
    d.reset("VU le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 2214-4 et L. 2215-1", code=CGCT, articles=["L.2214-4", "L.2215-1"]),
            d.ref("code", "code de la santé publique, notamment ses articles L. 3332-15 et "
                  "L. 3353-1", code="Code de la santé publique",
                  articles=["L.3332-15", "L.3353-1"]),
            d.ref("code", "code de la sécurité intérieure, notamment ses articles L. 211-1 à "
                  "L. 211-4", code="Code de la sécurité intérieure",
                  articles=["L.211-1", "L.211-4"]),
            d.ref("code", "code de la voirie routière, notamment son article L. 113-2",
                  code=CVR, articles=["L.113-2"]),
            d.ref("loi", "loi n° 82-213 du 2 mars 1982", number="82-213", date="1982-03-02"),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret du Président de la République du 12 février 2025",
                  date="2025-02-12"),
            d.ref("arrete", "arrêté préfectoral n° DCL-2025-0233 du 3 mars 2025",
                  number="DCL-2025-0233", date="2025-03-03")]
    d.reset()
    ids = [d.ident("phone", "04 73 98 61 20", "0473986120"),
           d.ident("email", "pref-ordre-public@haute-louve.gouv.fr",
                   "pref-ordre-public@haute-louve.gouv.fr"),
           d.ident("postal_code", "63033", "63033"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE LA HAUTE-LOUVE", "body": "Le préfet"},
            "DSPC-BOP-2025-1187",
            "portant interdiction temporaire de la vente à emporter de boissons alcooliques et "
            "de carburants au détail à l'occasion de la rencontre de football du 13 décembre "
            "2025 à Montreval",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["val_de_breve_cp", "grand_valclair_conseil", "liseron_comite", "haute_louve_arrete"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
