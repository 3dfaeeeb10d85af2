#!/usr/bin/env python3
"""Hand-written gold for the blind set U (corpusU) of corpus/extra-pending
(see README.md, section "Blind set (corpusU)").
Run: python3 make_gold_u.py

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
from _goldlib import CGCT, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def sivu_landreville():
    """SIVU des eaux, comité syndical: attendance as a TRANSPOSED ruled
    table (one COLUMN per member commune; rows Commune / Titulaire /
    Suppléant / Présent with codes T / S / Excusé and a legend), "Quorum
    atteint.", vote "à main levée, à l'unanimité des membres présents"
    inside the deciding sentence, NBSP amount, typographic apostrophes."""
    d = DocH("sivu-eaux-landreville-cs-2025-09")
    pres = d.P("M. Bernard CAYLA", at="sous la présidence")
    d.reset("| Titulaire")
    # present in printed (text) order: the titulaires row, then the
    # suppléants row
    present = [d.P("M. Bernard CAYLA"), d.P("M. Alain BOUSQUET"),
               d.P("Mme Josiane ALIBERT")]
    excused = [d.P("M. Thierry AUGUY")]
    present += [d.P("M. Paul GINESTET"), d.P("M. Hervé COUDERC")]
    sec = d.P("Mme Josiane ALIBERT", at="Secrétaire de séance")
    att = attendance(present, excused, in_office=6, present_n=5, voting=5)
    session = {"date": "2025-09-18", "place": "salle des fêtes de Landreville",
               "convened_on": "2025-09-09", "president": pres, "secretary": sec}
    d.reset("Vu le Code")
    visas = [d.clause("Vu le Code général des collectivités territoriales (CGCT), notamment ses "
                      "articles L.2224-12-1 à L.2224-12-4 et L.5212-1 ;"),
             d.clause("Vu le budget primitif 2025 du service de l’eau adopté par délibération "
                      "n° CS-2025-03 du 27 mars 2025 ;")]
    cons = [d.clause("Considérant que le programme de renouvellement des réseaux, estimé à "
                     "1 240 000 € HT sur trois ans, impose une hausse modérée du prix de l’eau ;")]
    votes = [d.vote("à l’unanimité des membres présents", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er :", "Le prix du mètre cube d’eau est fixé à "
                      "1,62 € HT à compter du 1er janvier 2026."),
            d.article("2", None, "Article 2 :", "La redevance annuelle d’abonnement est fixée "
                      "à 68,00 € HT par compteur."),
            d.article("3", None, "Article 3 :", "Le Président est chargé de l’exécution de la "
                      "présente délibération, qui sera notifiée au trésorier d’Espalion.")]
    sigs = [d.signature("Le Président,", "Bernard CAYLA", "Le Président", "Bernard CAYLA",
                        "Landreville", "2025-09-18", at="Fait et délibéré")]
    d.reset("Considérant")
    amounts = [d.amount("1 240 000 €", 1240000, tax="HT"), d.amount("1,62 €", 1.62, tax="HT"),
               d.amount("68,00 €", 68, tax="HT")]
    d.reset()
    dates = [d.date("jeudi 18 septembre 2025", "2025-09-18"),
             d.date("L’an deux mille vingt-cinq, le dix-huit septembre", "2025-09-18"),
             d.date("9 septembre 2025", "2025-09-09"), d.date("27 mars 2025", "2025-03-27"),
             d.date("1er janvier 2026", "2026-01-01"), d.date("23/09/2025", "2025-09-23"),
             d.date("24/09/2025", "2025-09-24")]
    d.reset("Vu le Code")
    refs = [d.ref("code", "Code général des collectivités territoriales (CGCT), notamment ses "
                  "articles L.2224-12-1 à L.2224-12-4 et L.5212-1", code=CGCT,
                  articles=["L.2224-12-1", "L.2224-12-4", "L.5212-1"]),
            d.ref("deliberation", "délibération n° CS-2025-03 du 27 mars 2025",
                  number="CS-2025-03", date="2025-03-27")]
    d.reset()
    ids = [d.ident("postal_code", "12340", "12340"),
           d.ident("siren", "251 204 632", "251204632"),
           d.ident("phone", "05 65 48 21 90", "0565482190"),
           d.ident("email", "contact@sivu-landreville.fr", "contact@sivu-landreville.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE DES EAUX DU PLATEAU DE "
                             "LANDREVILLE", "body": "COMITÉ SYNDICAL"},
            "CS-2025-09",
            "Fixation du prix de l’eau et de la redevance d’abonnement pour l’année 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def vernoux_arrete():
    """Arrêté municipal de police (stationnement + circulation, foire):
    service line and "Réf. :" above "ARRÊTÉ MUNICIPAL N° …", two-line
    "portant …" title (no Objet), "Le Maire de …,", visas one a paragraph,
    two considérants, "ARRÊTE :", "Article 1er" alone on its line then
    "ARTICLE n – Heading", weekday dates with hours ("du samedi … à 14 h 00
    au dimanche … à 21 h 00"), a street named after a date ("avenue du
    8-Mai-1945"), running footer "Arrêté n° … Page 1/2" cutting article 2
    mid-sentence, signature date in words, "Ampliation :" dash list after
    the signature, the same footer "Page 2/2" at the end."""
    d = DocH("commune-vernoux-sur-lesse-arrete-stationnement-2025-031")
    d.reset("Vu le Code")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L.2212-1, L.2212-2 et L.2213-1 à L.2213-4 ;"),
             d.clause("Vu le Code de la route, et notamment son article R.417-10 ;"),
             d.clause("Vu l’arrêté municipal n° 2019-PM-112 du 4 novembre 2019 réglementant le "
                      "stationnement en centre-ville ;")]
    cons = [d.clause("Considérant que la Foire aux Marrons, organisée par le comité des fêtes le "
                     "dimanche 26 octobre 2025, attire chaque année plus de 8 000 visiteurs ;"),
            d.clause("Considérant qu’il y a lieu, pour assurer la sécurité des exposants et du "
                     "public, d’interdire temporairement le stationnement et la circulation dans "
                     "les rues concernées ;")]
    verb = d.span("ARRÊTE")
    arts = [d.article("1", None, "Article 1er", "Le stationnement de tous les véhicules est "
                      "interdit place du Champ-de-Foire et rue des Tanneurs, du samedi 25 octobre "
                      "2025 à 14 h 00 au dimanche 26 octobre 2025 à 21 h 00.")]
    arts.append(art_cut(d, "2", "Circulation", "ARTICLE 2 – Circulation",
                        "La circulation est interdite", "selon le plan annexé au présent arrêté.",
                        "La circulation est interdite rue des Tanneurs, rue Victor-Hugo (entre la "
                        "place de la République et le pont de la Lesse) et impasse du Moulin, le "
                        "dimanche 26 octobre 2025 de 6 h 00 à 20 h 00, sauf pour les véhicules de "
                        "secours, de police et des exposants munis du laissez-passer délivré par "
                        "la mairie. Une déviation est mise en place par l’avenue du 8-Mai-1945 et "
                        "la route départementale 943, selon le plan annexé au présent arrêté."))
    arts += [d.article("3", "Sanctions", "ARTICLE 3 – Sanctions", "Tout véhicule en infraction "
                       "fera l’objet d’une mise en fourrière aux frais de son propriétaire, "
                       "conformément à l’article R.325-12 du Code de la route. Le tarif de "
                       "l’enlèvement est fixé par l’arrêté interministériel du 3 août 2023 à "
                       "150,00 €."),
             d.article("4", "Signalisation", "ARTICLE 4 – Signalisation", "La signalisation "
                       "réglementaire sera mise en place et entretenue par les services "
                       "techniques municipaux."),
             d.article("5", "Exécution", "ARTICLE 5 – Exécution", "Le Directeur général des "
                       "services, le chef de la police municipale et le commandant de la brigade "
                       "de gendarmerie de Vernoux-sur-Lesse sont chargés, chacun en ce qui le "
                       "concerne, de l’exécution du présent arrêté, qui sera affiché en mairie et "
                       "publié sur le site internet de la commune.")]
    sigs = [d.signature("Le Maire,", "Catherine DELAVAUD", "Le Maire", "Catherine DELAVAUD",
                        "Vernoux-sur-Lesse", "2025-10-15", at="Fait à")]
    amounts = [d.amount("150,00 €", 150, at="ARTICLE 3")]
    d.reset("Vu le Code")
    dates = [d.date("4 novembre 2019", "2019-11-04"),
             d.date("dimanche 26 octobre 2025", "2025-10-26"),
             d.date("samedi 25 octobre 2025", "2025-10-25"),
             d.date("dimanche 26 octobre 2025", "2025-10-26"),
             d.date("dimanche 26 octobre 2025", "2025-10-26"),
             d.date("3 août 2023", "2023-08-03"),
             d.date("quinze octobre deux mille vingt-cinq", "2025-10-15")]
    d.reset("Vu le Code")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L.2212-1, L.2212-2 et L.2213-1 à L.2213-4", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-4"]),
            d.ref("code", "Code de la route, et notamment son article R.417-10",
                  code="Code de la route", articles=["R.417-10"]),
            d.ref("arrete", "arrêté municipal n° 2019-PM-112 du 4 novembre 2019",
                  number="2019-PM-112", date="2019-11-04"),
            d.ref("code", "article R.325-12 du Code de la route", code="Code de la route",
                  articles=["R.325-12"]),
            d.ref("arrete", "arrêté interministériel du 3 août 2023", date="2023-08-03")]
    d.reset()
    ids = [d.ident("postal_code", "36240", "36240"),
           d.ident("phone", "02 54 71 38 60", "0254713860"),
           d.ident("email", "police.municipale@vernoux-sur-lesse.fr",
                   "police.municipale@vernoux-sur-lesse.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE VERNOUX-SUR-LESSE", "body": "Le Maire"},
            "2025-PM-031",
            "portant réglementation temporaire du stationnement et de la circulation à "
            "l’occasion de la Foire aux Marrons",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def region_terres_de_loire():
    """Conseil régional, séance plénière over two days ("DES 26 ET 27 JUIN
    2025"), number with dots "25.06.014", Direction + Rapporteur lines,
    counts on two lines, "VU" visas (one an avis of a commission), AP in
    M€ ("86,4 M€", "12,5 M€"), a CP échéancier table (bare NBSP numbers
    under "CP (en €)"), SIRET of an SPL, vote block by group ("Pour : 45
    (groupes A, B)", "Contre : 12 (groupe C)", "Abstention : 13 (groupe
    D)", "Ne prennent pas part au vote : 2 (names)") then "ADOPTÉ",
    "Orléans, le …" above the signature."""
    d = DocH("region-terres-de-loire-sp-2025-06-014")
    pres = d.P("Mme Isabelle FOURNERET", at="sous la présidence")
    session = {"date": "2025-06-26", "place": "Hôtel de Région, à Orléans",
               "convened_on": None, "president": pres, "secretary": None}
    att = attendance(in_office=77, present_n=68, represented=6, voting=72)
    d.reset("VU le Code")
    visas = [d.clause("VU le Code général des collectivités territoriales, notamment ses "
                      "articles L.4221-1 et L.4311-3 ;"),
             d.clause("VU le règlement budgétaire et financier adopté par délibération "
                      "n° 22.12.003 du 15 décembre 2022 ;"),
             d.clause("VU le budget primitif 2025 adopté le 13 février 2025 ;"),
             d.clause("VU l’avis de la commission « Éducation, lycées » du 12 juin 2025 ;")]
    cons = [d.clause("CONSIDÉRANT que la rénovation énergétique de 14 lycées publics permettra "
                     "de réduire de 40 % leur consommation d’énergie d’ici 2030 ;")]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er –", "Une autorisation de programme « Lycées "
                      "sobres 2030 » est créée pour un montant de 86,4 M€."),
            d.article("2", None, "Article 2 –", "Les crédits de paiement sont répartis selon "
                      "l’échéancier suivant : Exercice CP (en €) 2025 6 500 000 2026 24 800 000 "
                      "2027 31 200 000 2028 23 900 000 Total 86 400 000"),
            d.article("3", None, "Article 3 –", "Une première tranche de 12,5 M€ est affectée "
                      "aux lycées Jean-Zay (Montargis) et Maurice-Genevoix (Romorantin), dont une "
                      "avance de 1 250 000 € versée à la société publique locale "
                      "Terres-de-Loire Aménagement (SIRET 200 078 418 00015)."),
            d.article("4", None, "Article 4 –", "La Présidente est autorisée à signer tout "
                      "acte nécessaire à l’exécution de la présente délibération.")]
    d.reset("Vote :")
    sp = d.span("Pour : 45 (groupes Union pour la Région, Écologie et Solidarités) Contre : 12 "
                "(groupe Rassemblement régional) Abstention : 13 (groupe Centre et Territoires) "
                "Ne prennent pas part au vote : 2 (M. Luc ARNOULT, Mme Chantal BERGEAUD) "
                "ADOPTÉ")
    votes = [{"for": 45, "against": 12, "abstention": 13, "not_voting": 2,
              "absent_without_proxy": None, "unanimous": False,
              "for_groups": ["Union pour la Région", "Écologie et Solidarités"],
              "result": "adopted", "span": sp}]
    sigs = [d.signature("La Présidente du Conseil régional,", "Isabelle FOURNERET",
                        "La Présidente du Conseil régional", "Isabelle FOURNERET", "Orléans",
                        "2025-06-27", at="Orléans, le")]
    d.reset("Article 1er")
    amounts = [d.amount("86,4 M€", 86400000),
               d.amount("6 500 000", 6500000), d.amount("24 800 000", 24800000),
               d.amount("31 200 000", 31200000), d.amount("23 900 000", 23900000),
               d.amount("86 400 000", 86400000), d.amount("12,5 M€", 12500000),
               d.amount("1 250 000 €", 1250000)]
    d.reset()
    # "DES 26 ET 27 JUIN 2025": two dates (as "les 14 et 15 janvier 2024")
    dates = [d.date("26", "2025-06-26", at="SÉANCE PLÉNIÈRE DES"),
             d.date("27 JUIN 2025", "2025-06-27"),
             d.date("jeudi 26 juin 2025", "2025-06-26"),
             d.date("15 décembre 2022", "2022-12-15"), d.date("13 février 2025", "2025-02-13"),
             d.date("12 juin 2025", "2025-06-12"), d.date("27 juin 2025", "2025-06-27")]
    d.reset("VU le Code")
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment ses "
                  "articles L.4221-1 et L.4311-3", code=CGCT,
                  articles=["L.4221-1", "L.4311-3"]),
            d.ref("deliberation", "délibération n° 22.12.003 du 15 décembre 2022",
                  number="22.12.003", date="2022-12-15")]
    ids = [d.ident("siret", "200 078 418 00015", "20007841800015")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION TERRES-DE-LOIRE-ET-SOLOGNE", "body": "CONSEIL RÉGIONAL"},
            "25.06.014",
            "Plan régional « Lycées sobres 2030 » – création de l’autorisation de programme et "
            "échéancier des crédits de paiement",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def bessac_pv():
    """Procès-verbal of a small commune's council: "Point n – Délibération
    n° … : title" items each with its own vote form ("approuvé à
    l'unanimité", "Vote : Pour : 11 – Contre : 2 – Abstention : 0.",
    "Adopté par 12 voix pour et 2 abstentions (names)", "Adopté à
    l'unanimité des membres présents et représentés."), an arrival "M. X
    arrive au point 3 (20 h 55)." and a departure "Mme X quitte la séance
    à 21 h 40 et donne procuration à M. Y." between items, "Le quorum
    étant atteint", secretary in a sentence, verbs in capitals inside
    sentences, amount in words then digits, side-by-side signatures with
    no place/date line, "Procès-verbal arrêté le … et publié … le …"."""
    d = DocH("commune-bessac-le-haut-pv-2025-11-20")
    pres = d.P("M. Jean-Pierre LAVERGNE", at="sous la présidence")
    d.reset("Présents : M.")
    present = d.persons("M. Jean-Pierre LAVERGNE", "Mme Chantal DELPUECH", "M. Serge BROUSSE",
                        "Mme Agnès CHAPUT", "M. Yannick FAURE", "Mme Martine VIDALENC",
                        "M. Robert CLAVIÈRES", "Mme Élodie MAGNE", "M. Stéphane ROUX",
                        "Mme Marie-Laure TEYSSÈDRE", "M. Kévin LAPEYRE")
    proxies = [d.proxy("Mme Hélène RIGAL", "M. Serge BROUSSE"),
               d.proxy("M. Damien CROS", "Mme Chantal DELPUECH")]
    absent = [d.P("M. Francis VERDIER"), d.P("Mme Laura BOS")]
    sec = d.P("Mme Élodie MAGNE", at="Le quorum étant")
    # the departure with a proxy between items 3 and 4 is a proxy printed
    # in the text (Lyon, set J); the arrival changes no list
    proxies.append(d.proxy("Mme Chantal DELPUECH", "M. Jean-Pierre LAVERGNE",
                           at="M. Francis VERDIER arrive"))
    att = attendance(present, (), absent, proxies, in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2025-11-20", "place": "mairie", "convened_on": "2025-11-14",
               "president": pres, "secretary": sec}
    d.reset("Point 1")
    votes = [d.vote("approuvé à l’unanimité", unanimous=True)]
    verb = d.span("FIXE")
    votes.append(d.vote("Vote : Pour : 11 – Contre : 2 – Abstention : 0.", for_=11, against=2,
                        abstention=0))
    votes.append(d.vote("Adopté par 12 voix pour et 2 abstentions (Mme Agnès CHAPUT, "
                        "M. Stéphane ROUX)", for_=12, abstention=2, at="Point 3"))
    votes.append(d.vote("Adopté à l’unanimité des membres présents et représentés",
                        unanimous=True, at="Point 4"))
    sigs = [d.signature("Le Maire,", "Jean-Pierre LAVERGNE", "Le Maire",
                        "Jean-Pierre LAVERGNE", None, None, at="La séance est levée"),
            d.signature("La secrétaire de séance,", "Élodie MAGNE", "La secrétaire de séance",
                        "Élodie MAGNE", None, None, at="La séance est levée")]
    d.reset("Point 2")
    amounts = [d.amount("3,40 €", 3.4), d.amount("6,80 €", 6.8),
               d.amount("douze mille cinq cents euros", 12500), d.amount("12 500 €", 12500),
               d.amount("18 750,00 €", 18750)]
    d.reset()
    dates = [d.date("20 novembre 2025", "2025-11-20"),
             d.date("L’an deux mille vingt-cinq, le vingt novembre", "2025-11-20"),
             d.date("quatorze novembre deux mille vingt-cinq", "2025-11-14"),
             d.date("2 octobre 2025", "2025-10-02"), d.date("2 octobre 2025", "2025-10-02"),
             d.date("1er janvier 2026", "2026-01-01"), d.date("3 novembre 2025", "2025-11-03"),
             d.date("jeudi 18 décembre 2025", "2025-12-18"),
             d.date("27 novembre 2025", "2025-11-27"), d.date("28 novembre 2025", "2025-11-28")]
    d.reset("Point 2")
    refs = [d.ref("deliberation", "Délibération n° 2025-041", number="2025-041"),
            d.ref("deliberation", "Délibération n° 2025-042", number="2025-042"),
            d.ref("code", "article L.1311-13 du CGCT", code=CGCT, articles=["L.1311-13"]),
            d.ref("deliberation", "Délibération n° 2025-043", number="2025-043")]
    d.reset()
    ids = [d.ident("postal_code", "15290", "15290")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BESSAC-LE-HAUT", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DU CONSEIL MUNICIPAL Séance du 20 novembre 2025",
            session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["sivu_landreville", "vernoux_arrete", "region_terres_de_loire", "bessac_pv"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
