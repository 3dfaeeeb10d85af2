#!/usr/bin/env python3
"""Hand-written gold for the blind set W (corpusW) of corpus/extra-pending
(see README.md, section "Blind set (corpusW)").
Run: python3 make_gold_w.py

Same conventions and tooling as make_gold_t.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocH, art_cut, attendance, collapse, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def ident(d, kind, t, value):
    """an identifier whose text holds NBSP: text values collapse blanks"""
    x = d.ident(kind, t, value)
    x["text"] = collapse(x["text"])
    return x


def corse_bs():
    """Délibération of the Assemblée de Corse adopting a budget
    supplémentaire: bilingual letterhead right-aligned, "DÉLIBÉRATION N°
    25/147 AC" with the title in capitals on the following lines, date in
    words, attendance in capitals headings ("ÉTAIENT PRÉSENTS : Mmes et
    MM." then civility-prefixed names, "ÉTAIENT ABSENTS ET AVAIENT DONNÉ
    POUVOIR :" X à Y, "ÉTAIT ABSENT :"), "VU … ," visas, "SUR rapport …",
    "APRÈS EN AVOIR DÉLIBÉRÉ", vote "POUR : 38 ; CONTRE : 9 ; ABSTENTION :
    3 ; NON-PARTICIPATION : 2" BEFORE the articles, "ARTICLE PREMIER :"
    whose body starts with the verb "APPROUVE", a chapter table (en euros,
    bare numbers, a negative "- 12 500,00", TOTAL row), "2,4 M€", signature
    at "AIACCIU"."""
    d = DocH("collectivite-corse-ac-bs-2025-147")
    sess = {"date": "2025-10-24", "place": None, "convened_on": "2025-10-10",
            "president": d.P("Mme Paola-Maria CASANOVA", at="sous la présidence"),
            "secretary": None}
    present = d.persons("M. Ghjuvan-Petru ALBERTINI", "Mme Maria-Francesca BARTOLI",
                        "M. Lisandru CECCALDI", "Mme Stella DOMINICI", "M. Orsu FILIPPI",
                        "Mme Ghjulia GIACOMETTI", "M. Santu LUCIANI", "Mme Anna-Maria MATTEI",
                        "M. Petru ORSONI", "Mme Vanina PIERACCINI", at="ÉTAIENT PRÉSENTS")
    proxies = [d.proxy("M. Ghjacumu ROCCA-SERRA", "Mme Stella DOMINICI",
                       at="AVAIENT DONNÉ POUVOIR"),
               d.proxy("Mme Letizia SANTONI", "M. Orsu FILIPPI")]
    absent = [d.P("M. Antone VINCIGUERRA", at="ÉTAIT ABSENT")]
    att = attendance(present=present, absent=absent, proxies=proxies)
    d.reset("L’ASSEMBLÉE DE CORSE\n")
    visas = [d.clause("VU le code général des collectivités territoriales, titre II, livre IV, "
                      "de la quatrième partie, et notamment ses articles L. 4421-1 à "
                      "L. 4426-1,"),
             d.clause("VU la délibération n° 24/212 AC de l’Assemblée de Corse du 19 décembre "
                      "2024 portant adoption du budget primitif 2025,"),
             d.clause("VU l’avis n° 2025-41 du Conseil économique, social, environnemental et "
                      "culturel de Corse en date du 20 octobre 2025,")]
    votes = [d.vote("À la majorité des suffrages exprimés : POUR : 38 ; CONTRE : 9 ; "
                    "ABSTENTION : 3 ; NON-PARTICIPATION : 2", for_=38, against=9,
                    abstention=3, not_voting=2)]
    verb = d.span("APPROUVE", at="ARTICLE PREMIER")
    d.reset("NON-PARTICIPATION")
    arts = [d.article("1", None, "ARTICLE PREMIER :",
                      "APPROUVE le budget supplémentaire 2025 de la Collectivité de Corse, "
                      "section de fonctionnement, arrêté par chapitre comme suit (en euros) : "
                      "Chapitre Dépenses Recettes "
                      "011 – Charges à caractère général 1 250 000,00 "
                      "012 – Charges de personnel - 12 500,00 "
                      "65 – Autres charges de gestion courante 487 300,00 "
                      "73 – Impôts et taxes 1 310 000,00 "
                      "74 – Dotations et participations 414 800,00 "
                      "TOTAL SECTION DE FONCTIONNEMENT 1 724 800,00 1 724 800,00"),
            d.article("2", None, "ARTICLE 2 :",
                      "PRÉCISE que le virement à la section d’investissement (chapitre 023) est "
                      "ramené à 3 450 000 € et que la reprise anticipée du résultat de "
                      "l’exercice 2024 s’élève à 2,4 M€."),
            d.article("3", None, "ARTICLE 3 :",
                      "La présente délibération fera l’objet d’une publication au recueil des "
                      "actes administratifs de la Collectivité de Corse.")]
    sigs = [d.signature("La Présidente de l’Assemblée de Corse,", "Paola-Maria CASANOVA",
                        "La Présidente de l’Assemblée de Corse", "Paola-Maria CASANOVA",
                        "AIACCIU", "2025-10-24", at="AIACCIU, le")]
    d.reset("ARTICLE PREMIER")
    amounts = [d.amount("1 250 000,00", 1250000), d.amount("- 12 500,00", -12500),
               d.amount("487 300,00", 487300), d.amount("1 310 000,00", 1310000),
               d.amount("414 800,00", 414800), d.amount("1 724 800,00", 1724800),
               d.amount("1 724 800,00", 1724800), d.amount("3 450 000 €", 3450000),
               d.amount("2,4 M€", 2400000)]
    d.reset()
    dates = [d.date("24 OCTOBRE 2025", "2025-10-24"),
             d.date("L’an deux mille vingt-cinq, le vingt-quatre octobre", "2025-10-24"),
             d.date("10 octobre 2025", "2025-10-10"), d.date("19 décembre 2024", "2024-12-19"),
             d.date("20 octobre 2025", "2025-10-20"), d.date("24 octobre 2025", "2025-10-24")]
    d.reset("L’ASSEMBLÉE DE CORSE\n")
    refs = [d.ref("code", "code général des collectivités territoriales, titre II, livre IV, de "
                  "la quatrième partie, et notamment ses articles L. 4421-1 à L. 4426-1",
                  code=CGCT, articles=["L.4421-1", "L.4426-1"]),
            d.ref("deliberation", "délibération n° 24/212 AC de l’Assemblée de Corse du 19 "
                  "décembre 2024", number="24/212 AC", date="2024-12-19")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COLLECTIVITÉ DE CORSE", "body": "ASSEMBLÉE DE CORSE"},
            "25/147 AC",
            "PORTANT ADOPTION DU BUDGET SUPPLÉMENTAIRE 2025 – SECTION DE FONCTIONNEMENT",
            session=sess, att=att, visas=visas, dec={"verb": "APPROUVE", "span": verb},
            arts=arts, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    d.write([a])


def villemaur():
    """Commune délibération whose attendance is printed in THREE side-by-side
    columns "PRÉSENTS  EXCUSÉS  ABSENTS" (flattened onto shared lines),
    proxies below ("Pouvoirs : X à Y ; Z à W."), counts on one line after
    "Nombre de conseillers :" with lower-case labels, date in words without
    "L'an", "Secrétaire de séance :", exposé with NBSP amounts HT/TTC and a
    percentage, "Vu le CGCT", "du même code", the vote inside the deciding
    sentence "à l'unanimité des votants (9 voix / pour), DÉCIDE :" then
    infinitive dash points, "Pour extrait conforme," above a right-aligned
    place/date, transmission/affichage line with two numeric dates."""
    d = DocH("commune-villemaur-sur-blaise-deliberation-2025-038")
    sess = {"date": "2025-07-03", "place": "mairie", "convened_on": "2025-06-26",
            "president": d.P("M. Bernard THIÉBAUT", at="sous la présidence"),
            "secretary": d.P("Mme Sandrine GÉRARD", at="Secrétaire de séance")}
    d.reset("PRÉSENTS")
    # row by row as the converter flattened them; each list keeps its order
    rows = [("M. Bernard THIÉBAUT", "Mme Odile FERRY", "M. Kévin ROUSSEL"),
            ("Mme Claire MASSON", "M. Didier PERNOT", None),
            ("M. Alain COLLOT", "Mme Laure CHEVALLIER", None)]
    present, excused, absent = [], [], []
    for p, e, a_ in rows:
        present.append(d.P(p))
        excused.append(d.P(e))
        if a_:
            absent.append(d.P(a_))
    present += d.persons("Mme Sandrine GÉRARD", "M. Julien HUMBLOT", "Mme Martine VOILLEMIN",
                         "M. Thierry BRULÉ")
    proxies = [d.proxy("Mme Odile FERRY", "Mme Claire MASSON", at="Pouvoirs :"),
               d.proxy("M. Didier PERNOT", "M. Alain COLLOT")]
    att = attendance(present=present, excused=excused, absent=absent, proxies=proxies,
                     in_office=11, present_n=7, represented=2, voting=9)
    d.reset("Monsieur le Maire expose")
    visas = [d.clause("Vu le CGCT, et notamment son article L. 2121-29 ;"),
             d.clause("Vu l’article L. 2334-33 du même code ;"),
             d.clause("Vu la délibération n° 2025-012 du 10 avril 2025 adoptant le budget "
                      "primitif 2025 ;")]
    votes = [d.vote("à l’unanimité des votants (9 voix pour)", for_=9, unanimous=True)]
    verb = d.span("DÉCIDE")
    sigs = [d.signature("Le Maire,", "Bernard THIÉBAUT", "Le Maire", "Bernard THIÉBAUT",
                        "Villemaur-sur-Blaise", "2025-07-04", at="Villemaur-sur-Blaise, le")]
    d.reset("Monsieur le Maire expose")
    amounts = [d.amount("28 450,00 €", 28450, tax="HT"), d.amount("34 140,00 €", 34140, tax="TTC"),
               d.amount("8 535 €", 8535), d.amount("28 450,00 €", 28450, tax="HT"),
               d.amount("8 535 €", 8535)]
    d.reset()
    dates = [d.date("jeudi 3 juillet 2025", "2025-07-03"),
             d.date("trois juillet deux mille vingt-cinq", "2025-07-03"),
             d.date("26 juin 2025", "2025-06-26"), d.date("10 avril 2025", "2025-04-10"),
             d.date("4 juillet 2025", "2025-07-04"), d.date("07/07/2025", "2025-07-07"),
             d.date("07/07/2025", "2025-07-07")]
    d.reset("Monsieur le Maire expose")
    refs = [d.ref("code", "CGCT, et notamment son article L. 2121-29", code=CGCT,
                  articles=["L.2121-29"]),
            d.ref("code", "article L. 2334-33 du même code", code=CGCT, articles=["L.2334-33"]),
            d.ref("deliberation", "délibération n° 2025-012 du 10 avril 2025", number="2025-012",
                  date="2025-04-10")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VILLEMAUR-SUR-BLAISE", "body": "CONSEIL MUNICIPAL"},
            "2025-038", "Acquisition d’un tracteur-tondeuse – demande de subvention DETR",
            session=sess, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    d.write([a])


def prefecture_dup():
    """Arrêté préfectoral déclarant d'utilité publique (captage d'eau):
    "PRÉFET / DU VAL-D'ORCE / Liberté / Égalité / Fraternité" block,
    direction and bureau lines, "Arrêté préfectoral n° …" centred, a
    "déclarant …" title on three lines, the prefect's title lines
    (Chevalier de la Légion d'honneur, Officier de l'ordre national du
    Mérite), "VU" visas (two codes with articles and a range, a décret
    "modifié", a délibération whose number comes before the body, an
    arrêté préfectoral, a commissaire enquêteur's report), one CONSIDÉRANT,
    "SUR proposition du secrétaire général de la préfecture,", centred
    "ARRÊTE", "Article 1er – Heading" with the body below, SIREN with NBSP,
    an amount in words only, a running footer "Préfecture … – Arrêté n° …
    Page 1/2" + form feed cutting article 2 mid-sentence, delegated
    signature, "Délais et voies de recours" paragraph with a url, an
    ANNEX parcel table (section, numéro, lieu-dit, surface with NBSP
    thousands) holding no amounts, footer "Page 2/2"."""
    d = DocH("prefecture-val-dorce-arrete-dup-2025-0412")
    d.reset("Officier de l’ordre")
    visas = [d.clause("VU le code de la santé publique, notamment ses articles L. 1321-2 et "
                      "R. 1321-6 à R. 1321-13 ;"),
             d.clause("VU le code de l’expropriation pour cause d’utilité publique, notamment "
                      "son article L. 121-1 ;"),
             d.clause("VU le décret n° 2004-374 du 29 avril 2004 modifié relatif aux pouvoirs "
                      "des préfets, à l’organisation et à l’action des services de l’État dans "
                      "les régions et départements ;"),
             d.clause("VU la délibération n° 2024-19 du comité syndical du syndicat "
                      "intercommunal des eaux de la Haute-Orce du 14 mars 2024 sollicitant la "
                      "déclaration d’utilité publique ;"),
             d.clause("VU l’arrêté préfectoral n° DCPPAT-BEUP-2025-0118 du 3 février 2025 "
                      "prescrivant l’ouverture d’une enquête publique du lundi 3 mars 2025 au "
                      "vendredi 21 mars 2025 ;"),
             d.clause("VU le rapport et les conclusions favorables du commissaire enquêteur "
                      "remis le 12 avril 2025 ;")]
    cons = [d.clause("CONSIDÉRANT que la protection du captage de la source des Vergnes est "
                     "nécessaire à la préservation de la qualité des eaux destinées à la "
                     "consommation humaine ;")]
    verb = d.span("ARRÊTE")
    arts = [d.article("1", "Déclaration d’utilité publique",
                      "Article 1er – Déclaration d’utilité publique",
                      "Sont déclarés d’utilité publique, au profit du syndicat intercommunal des "
                      "eaux de la Haute-Orce (SIREN 251 730 438), les travaux de dérivation des "
                      "eaux de la source des Vergnes et l’instauration des périmètres de "
                      "protection immédiate et rapprochée."),
            art_cut(d, "2", "Périmètre de protection immédiate",
                    "Article 2 – Périmètre de protection immédiate", "Les parcelles du périmètre",
                    "réservé aux agents du syndicat.",
                    "Les parcelles du périmètre de protection immédiate, désignées à l’annexe du "
                    "présent arrêté, sont acquises en pleine propriété par le syndicat, le cas "
                    "échéant par voie d’expropriation. L’indemnité globale est estimée à "
                    "dix-huit mille six cents euros. Le périmètre est clos par une clôture "
                    "d’une hauteur minimale de 2 mètres, dont l’accès est réservé aux agents "
                    "du syndicat."),
            d.article("3", "Servitudes", "Article 3 – Servitudes",
                      "Dans le périmètre de protection rapprochée, sont interdits les dépôts "
                      "d’hydrocarbures, l’épandage de boues et la création de nouveaux forages."),
            d.article("4", "Exécution", "Article 4 – Exécution",
                      "Le secrétaire général de la préfecture et le président du syndicat "
                      "intercommunal des eaux de la Haute-Orce sont chargés, chacun en ce qui le "
                      "concerne, de l’exécution du présent arrêté, qui sera publié au recueil "
                      "des actes administratifs de la préfecture.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Hervé DUCLOS-MARTIN",
                        "Pour le préfet et par délégation, Le secrétaire général",
                        "Hervé DUCLOS-MARTIN", "Saint-Orce", "2025-09-02",
                        at="Fait à Saint-Orce")]
    d.reset("Article 2 –")
    amounts = [d.amount("dix-huit mille six cents euros", 18600)]
    d.reset("Officier de l’ordre")
    dates = [d.date("29 avril 2004", "2004-04-29"), d.date("14 mars 2024", "2024-03-14"),
             d.date("3 février 2025", "2025-02-03"), d.date("lundi 3 mars 2025", "2025-03-03"),
             d.date("vendredi 21 mars 2025", "2025-03-21"), d.date("12 avril 2025", "2025-04-12"),
             d.date("2 septembre 2025", "2025-09-02")]
    d.reset("Officier de l’ordre")
    refs = [d.ref("code", "code de la santé publique, notamment ses articles L. 1321-2 et "
                  "R. 1321-6 à R. 1321-13", code="Code de la santé publique",
                  articles=["L.1321-2", "R.1321-6", "R.1321-13"]),
            d.ref("code", "code de l’expropriation pour cause d’utilité publique, notamment son "
                  "article L. 121-1", code="Code de l’expropriation pour cause d’utilité publique",
                  articles=["L.121-1"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("deliberation", "délibération n° 2024-19 du comité syndical du syndicat "
                  "intercommunal des eaux de la Haute-Orce du 14 mars 2024", number="2024-19",
                  date="2024-03-14"),
            d.ref("arrete", "arrêté préfectoral n° DCPPAT-BEUP-2025-0118 du 3 février 2025",
                  number="DCPPAT-BEUP-2025-0118", date="2025-02-03")]
    d.reset("Article 1er")
    ids = [ident(d, "siren", "251\u00a0730\u00a0438", "251730438"),
           d.ident("url", "https://www.telerecours.fr", "https://www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DU VAL-D’ORCE", "body": "Le préfet"},
            "DCPPAT-BEUP-2025-0412",
            "déclarant d’utilité publique les travaux de dérivation des eaux et l’instauration "
            "des périmètres de protection du captage de la source des Vergnes au profit du "
            "syndicat intercommunal des eaux de la Haute-Orce",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def metropole_ct():
    """"RAPPORT AU CONSEIL DE TERRITOIRE" of a métropole's conseil de
    territoire carrying its délibération: "N° CT4-2025-061-CT" on its own
    line, the title alone after it (no "Objet :"), "Madame la Présidente …
    soumet … le rapport suivant :", exposé with SIRET (NBSP), postal code and
    amounts in euros / €, "Le Conseil de Territoire du Pays de …," then
    "Vu" ALONE on its line followed by bullet (•) items, "Ouï le rapport
    ci-dessus,", "Entendues les conclusions du Commissaire Rapporteur,",
    "Considérant" alone + one bullet "Que …", verb "Délibère" in lower case,
    "Article n :" with the body below, budget line (chapitre 65 – nature
    6574), IBAN in groups, "Pour enrôlement," above the signature, the vote
    AFTER the signature ("Cette proposition mise aux voix est adoptée. /
    Pour : 24 – Contre : 0 – Abstentions : 2")."""
    d = DocH("metropole-deux-rives-ct-valmorin-2025-061")
    sess = {"date": "2025-11-18", "place": None, "convened_on": None,
            "president": None, "secretary": None}
    # one clause per "Vu" / "Considérant" (spec): the bullets under one
    # "Vu" are one clause (gold corrected after the run, see README)
    d.reset("du Pays de Valmorin,\n")
    visas = [d.clause("Vu • Le Code Général des Collectivités Territoriales, notamment son "
                      "article L. 5218-7 ; • La délibération n° FAG 012-2024/CM du Conseil de la "
                      "Métropole du 12 décembre 2024 relative aux délégations aux conseils de "
                      "territoire ;")]
    cons = [d.clause("Considérant • Que l’association contribue à l’animation sociale des "
                     "quartiers du territoire.")]
    verb = d.span("Délibère")
    arts = [d.article("1", None, "Article 1 :",
                      "Est attribuée à l’association « Les Jardins partagés du Valmorin » une "
                      "subvention de fonctionnement de 7 500 € au titre de l’exercice 2025."),
            d.article("2", None, "Article 2 :",
                      "La dépense correspondante sera imputée sur l’état spécial de territoire "
                      "2025 – chapitre 65 – nature 6574. Le versement sera effectué sur le "
                      "compte de l’association : IBAN FR78 1027 8084 1200 0207 3168 145.")]
    sigs = [d.signature("La Présidente du Conseil de Territoire,", "Marie-Claude ESTRANGIN",
                        "La Présidente du Conseil de Territoire", "Marie-Claude ESTRANGIN",
                        None, None, at="Pour enrôlement")]
    d.reset("Marie-Claude ESTRANGIN")
    votes = [d.vote("Cette proposition mise aux voix est adoptée. Pour : 24 – Contre : 0 – "
                    "Abstentions : 2", for_=24, against=0, abstention=2)]
    d.reset()
    amounts = [d.amount("7 500 euros", 7500), d.amount("41 200 €", 41200),
               d.amount("7 500 €", 7500)]
    d.reset()
    dates = [d.date("mardi 18 novembre 2025", "2025-11-18"),
             d.date("12 décembre 2024", "2024-12-12")]
    d.reset("Vu\n")
    refs = [d.ref("code", "Code Général des Collectivités Territoriales, notamment son article "
                  "L. 5218-7", code=CGCT, articles=["L.5218-7"]),
            d.ref("deliberation", "délibération n° FAG 012-2024/CM du Conseil de la Métropole "
                  "du 12 décembre 2024", number="FAG 012-2024/CM", date="2024-12-12")]
    d.reset()
    ids = [ident(d, "siret", "812\u00a0736\u00a0406\u00a000024", "81273640600024"),
           d.ident("postal_code", "13940", "13940"),
           d.ident("iban", "FR78 1027 8084 1200 0207 3168 145", "FR7810278084120002073168145")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MÉTROPOLE DES DEUX-RIVES",
             "body": "CONSEIL DE TERRITOIRE DU PAYS DE VALMORIN"},
            "CT4-2025-061-CT",
            "Attribution d’une subvention de fonctionnement à l’association « Les Jardins "
            "partagés du Valmorin » au titre de l’exercice 2025",
            session=sess, visas=visas, cons=cons, dec={"verb": "Délibère", "span": verb},
            arts=arts, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["corse_bs", "villemaur", "prefecture_dup", "metropole_ct"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
