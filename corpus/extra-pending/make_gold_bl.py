#!/usr/bin/env python3
"""Hand-written gold for the blind set BL (corpusBL) of corpus/extra-pending
(see README.md, section "Blind set (corpusBL)"): four LAND AND REAL ESTATE
acts.
Run: python3 make_gold_bl.py

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
from _goldlib import CGCT, CGPPP, URBA, CENV, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CJA = "Code de justice administrative"
CCIV = "Code civil"


def lauzet_acquisition():
    """délibération ACQUIRING PARCELS: cadastre list, contenance "1 ha 23 a
    45 ca", unit price "15 € le m²" + total, avis du Domaine with its own
    number and date, notary, price in digits then words."""
    d = DocH("commune-saint-genies-de-lauzet-deliberation-acquisition-2026-018")
    pres = d.P("Mme Hélène VIGNAL", at="présidence de")
    present = d.persons("Mme Hélène VIGNAL", "M. Robert ESPAZE", "Mme Carine TEISSIER",
                        "M. Alain BRUGUIÈRE", "Mme Josiane FABRE", "M. Thierry MOLINES",
                        "Mme Agnès ROUVIÈRE", "M. Serge PLANTIER", "Mme Valérie CASTANET",
                        "M. Didier SABATIER", "Mme Nadia BOUZID", "M. Julien COSTE",
                        at="Présents : Mme")
    x1 = d.P("M. Pascal DELON", at="Absents excusés")
    p1 = d.proxy(x1, "Mme Hélène VIGNAL")
    x2 = d.P("Mme Sandrine MAURIN")
    p2 = d.proxy(x2, "M. Robert ESPAZE")
    absent = [d.P("M. Christophe ARNAL", at="Absent :")]
    sec = d.P("Mme Carine TEISSIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-03-19", "place": "mairie", "convened_on": "2026-03-12",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2241-1 et L. 1311-13 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et notamment\n"
                      "son article L. 1111-1 ;"),
             d.clause("Vu le plan local d'urbanisme approuvé par délibération n° 2019-044 du\n"
                      "28 novembre 2019 ;"),
             d.clause("Vu l'avis du Domaine n° 2026-30123-45678 du 12 février 2026 ;")]
    cons = [d.clause("Considérant que l'acquisition de ces terrains est nécessaire à la\n"
                     "réalisation du bassin de rétention ;")]
    votes = [d.vote("à l'unanimité des votants (14 voix pour)", for_=14, unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'acquérir", "soixante-quinze euros)."),
            art(d, "2", None, "Article 2 :", "De dire que les frais", "du budget 2026."),
            art(d, "3", None, "Article 3 :", "De dire que l'acte", "30 septembre 2026."),
            art(d, "4", None, "Article 4 :", "D'autoriser", "rapportant.")]
    sigs = [d.signature("La Maire,", "Hélène VIGNAL", "La Maire", "Hélène VIGNAL",
                        "Saint-Géniès-de-Lauzet", "2026-03-23", at="La Maire,")]
    d.reset("Mme la Maire expose")
    amounts = [d.amount("15 €", 15), d.amount("185 175 €", 185175),
               d.amount("180 000 €", 180000),
               d.amount("15 €", 15, at="Article 1er"), d.amount("185 175 €", 185175),
               d.amount("cent quatre-vingt-cinq mille cent\nsoixante-quinze euros", 185175),
               d.amount("3 200 €", 3200)]
    d.reset()
    dates = [d.date("jeudi 19 mars 2026", "2026-03-19"),
             d.date("L'an deux mille vingt-six, le dix-neuf mars", "2026-03-19"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("28 novembre 2019", "2019-11-28"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("30 septembre 2026", "2026-09-30"),
             d.date("23 mars 2026", "2026-03-23"),
             d.date("24/03/2026", "2026-03-24"),
             d.date("24/03/2026", "2026-03-24")]
    d.reset("Le Conseil municipal,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2241-1 et L. 1311-13", code=CGCT,
                  articles=["L.2241-1", "L.1311-13"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment\n"
                  "son article L. 1111-1", code=CGPPP, articles=["L.1111-1"]),
            d.ref("deliberation", "délibération n° 2019-044 du\n28 novembre 2019",
                  number="2019-044", date="2019-11-28")]
    d.reset()
    ids = [d.ident("postal_code", "30140", "30140")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-GENIÈS-DE-LAUZET", "body": "CONSEIL MUNICIPAL"},
            "2026-018",
            "Acquisition des parcelles AB 123, 124 et 125 au lieu-dit « Les Plantiers »",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def bagnols_cession():
    """délibération SELLING A BUILDING BY LOTS: blank-aligned LOTS TABLE
    (lot n°, désignation, surface m², tantièmes x/1000, prix net vendeur),
    a DIA number with blanks, servitude de passage, headed articles."""
    d = DocH("commune-bagnols-sur-ardene-deliberation-cession-2026-027")
    pres = d.P("M. Francis AUZIAS", at="Président de séance")
    sec = d.P("Mme Lucie BONNAFOUX", at="Secrétaire de séance")
    d.reset("Pouvoirs : Mme")
    proxies = [d.proxy("Mme Odile FERRAND", "M. Francis AUZIAS"),
               d.proxy("M. Jérôme PAGÈS", "Mme Lucie BONNAFOUX"),
               d.proxy("Mme Inès KHALFI", "M. Marc REBOUL"),
               d.proxy("M. Yvan TOURRE", "Mme Anne SOUSTELLE")]
    absent = d.persons("M. Bruno CHAPTAL", "Mme Léa MOUTON", at="Absents :")
    att = attendance([], [], absent, proxies, in_office=27, present_n=21,
                     represented=4, voting=25)
    session = {"date": "2026-04-02", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("L'avis du Domaine en date")
    visas = [d.clause("VU le code général des collectivités territoriales, notamment l'article\n"
                      "L. 2241-1 ;"),
             d.clause("VU le code général de la propriété des personnes publiques, notamment les\n"
                      "articles L. 3211-14 et L. 3221-1 ;"),
             d.clause("VU les articles 686 à 710 du code civil relatifs aux servitudes ;"),
             d.clause("VU la délibération n° 2025-112 du 9 octobre 2025 approuvant la mise en\n"
                      "copropriété de l'immeuble ;"),
             d.clause("VU l'avis du Domaine du 16 février 2026 ;"),
             d.clause("VU l'avis de la commission urbanisme du 19 mars 2026 ;")]
    cons = [d.clause("CONSIDÉRANT que l'immeuble n'est plus affecté à un service public ni à\n"
                     "l'usage direct du public ;"),
            d.clause("CONSIDÉRANT que les prix proposés sont conformes à l'avis du Domaine ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", "Déclassement", "ARTICLE 1 – Déclassement", "Le déclassement",
                "est constaté."),
            art(d, "2", "Cession des lots", "ARTICLE 2 – Cession des lots", "Les lots n° 1",
                "charge des acquéreurs."),
            art(d, "3", "Servitude de passage", "ARTICLE 3 – Servitude de passage",
                "Une servitude", "parcelle BK n° 313."),
            art(d, "4", "Signature", "ARTICLE 4 – Signature", "Le Maire est autorisé",
                "notaire à Uzès.")]
    votes = [d.vote("VOTE : Pour : 23 – Contre : 2 – Abstention : 0\nAdoptée à la majorité.",
                    for_=23, against=2, abstention=0)]
    sigs = [d.signature("Le Maire,\nFrancis", "Francis AUZIAS", "Le Maire", "Francis AUZIAS",
                        "Bagnols-sur-Ardène", "2026-04-03")]
    d.reset("Lot n°")
    amounts = [d.amount("126 750 €", 126750), d.amount("94 080 €", 94080),
               d.amount("67 620 €", 67620), d.amount("42 600 €", 42600),
               d.amount("331 050 €", 331050), d.amount("325 000 €", 325000),
               d.amount("331 050 €", 331050)]
    d.reset()
    dates = [d.date("2 AVRIL 2026", "2026-04-02"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("16 février 2026", "2026-02-16"),
             d.date("9 octobre 2025", "2025-10-09"),
             d.date("16 février 2026", "2026-02-16"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("3 avril 2026", "2026-04-03")]
    d.reset("L'avis du Domaine en date")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment l'article\n"
                  "L. 2241-1", code=CGCT, articles=["L.2241-1"]),
            d.ref("code", "code général de la propriété des personnes publiques, notamment les\n"
                  "articles L. 3211-14 et L. 3221-1", code=CGPPP,
                  articles=["L.3211-14", "L.3221-1"]),
            d.ref("code", "articles 686 à 710 du code civil", code=CCIV, articles=["686", "710"]),
            d.ref("deliberation", "délibération n° 2025-112 du 9 octobre 2025",
                  number="2025-112", date="2025-10-09")]
    d.reset()
    ids = [d.ident("postal_code", "30210", "30210"),
           d.ident("siret", "213 002 105 00012", "21300210500012")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE BAGNOLS-SUR-ARDÈNE", "body": "CONSEIL MUNICIPAL"},
            "2026-027",
            "CESSION DE L'IMMEUBLE COMMUNAL SIS 14, RUE DES TANNEURS – VENTE PAR LOTS",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montfaucon_plu():
    """délibération APPROVING A PLU MODIFICATION after an enquête publique:
    procedure narrative with a date RANGE sharing its year, zone/OAP codes,
    many bare counts, verbs in a dash list, no articles."""
    d = DocH("commune-montfaucon-en-ceze-deliberation-plu-2026-41")
    pres = d.P("M. Gérard ROUX", at="Président de séance")
    present = d.persons("M. Gérard ROUX", "Mme Martine AIGOIN", "M. Patrick BOISSIN",
                        "Mme Élodie CHAMBON", "M. Karim HADDAD", "Mme Françoise JULIAN",
                        "M. Olivier LAUPIES", "Mme Sylvie MALAVAL", "M. Henri NOUGARET",
                        "Mme Pauline OLIVIER", "M. Rémi PELLET", "Mme Chloé RIEU",
                        "M. Sébastien SALLES", "Mme Isabelle TRINQUIER", "M. Victor VIALA",
                        at="Étaient présents")
    d.reset("Procurations :")
    proxies = [d.proxy("Mme Laure BANCEL", "M. Gérard ROUX"),
               d.proxy("M. Luc DUMAS", "Mme Martine AIGOIN"),
               d.proxy("Mme Aurore GILLY", "M. Karim HADDAD")]
    absent = [d.P("Mme Noémie PONGE", at="Absente :")]
    sec = d.P("Mme Chloé RIEU", at="Absente :")
    att = attendance(present, [], absent, proxies, in_office=19, present_n=15,
                     represented=None, voting=18)
    session = {"date": "2026-04-13", "place": None, "convened_on": "2026-04-07",
               "president": pres, "secretary": sec}
    d.reset("approbation ; la")
    visas = [d.clause("Vu le code de l'urbanisme, notamment ses articles L. 153-36 à L. 153-44 ;"),
             d.clause("Vu le code de l'environnement, notamment ses articles L. 123-1 et suivants ;"),
             d.clause("Vu le plan local d'urbanisme approuvé par délibération du 22 juin 2017 ;"),
             d.clause("Vu l'arrêté municipal n° 2025-URB-088 du 1er décembre 2025 soumettant le\n"
                      "projet à enquête publique ;"),
             d.clause("Vu le rapport et les conclusions du commissaire enquêteur remis le\n"
                      "6 mars 2026 ;")]
    cons = [d.clause("Considérant que les réserves du commissaire enquêteur ont été levées ;")]
    votes = [d.vote("par 16 voix pour, 1 voix\ncontre et 1 abstention", for_=16, against=1,
                    abstention=1)]
    verb = d.span("APPROUVE")
    sigs = [d.signature("Le Maire,\nGérard", "Gérard ROUX", "Le Maire", "Gérard ROUX",
                        "Montfaucon-en-Cèze", "2026-04-14")]
    d.reset()
    dates = [d.date("lundi 13 avril 2026", "2026-04-13"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("14 mars 2024", "2024-03-14"),
             d.date("2 octobre\n2025", "2025-10-02"),
             d.date("1er décembre 2025", "2025-12-01"),
             d.date("5 janvier", "2026-01-05"),
             d.date("6 février\n2026", "2026-02-06"),
             d.date("6 mars\n2026", "2026-03-06"),
             d.date("22 juin 2017", "2017-06-22"),
             d.date("1er décembre 2025", "2025-12-01"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("14 avril 2026", "2026-04-14")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du 14 mars 2024", date="2024-03-14"),
            d.ref("code", "article L. 153-36\ndu code de l'urbanisme", code=URBA,
                  articles=["L.153-36"]),
            d.ref("arrete", "arrêté n° 2025-URB-088 du 1er décembre 2025",
                  number="2025-URB-088", date="2025-12-01"),
            d.ref("code", "code de l'urbanisme, notamment ses articles L. 153-36 à L. 153-44",
                  code=URBA, articles=["L.153-36", "L.153-44"]),
            d.ref("code", "code de l'environnement, notamment ses articles L. 123-1 et suivants",
                  code=CENV, articles=["L.123-1"]),
            d.ref("deliberation", "délibération du 22 juin 2017", date="2017-06-22"),
            d.ref("arrete", "arrêté municipal n° 2025-URB-088 du 1er décembre 2025",
                  number="2025-URB-088", date="2025-12-01"),
            d.ref("code", "article R. 153-21 du code de l'urbanisme", code=URBA,
                  articles=["R.153-21"])]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Commune de Montfaucon-en-Cèze", "body": "Conseil municipal"},
            "41/2026",
            "Approbation de la modification n° 2 du plan local d'urbanisme (PLU)",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def port_saint_loubes_aot():
    """ARRÊTÉ granting an AOT / permis de stationnement: dossier number
    "AOT-2026-017" under the act number, fee per m² per day with the
    computation line, validity range, applicant's SIRET, headed "Délais et
    voies de recours" article."""
    d = DocH("commune-port-saint-loubes-arrete-aot-2026-112")
    d.reset("Le Maire de la commune")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles\n"
                      "L. 2212-1, L. 2212-2 et L. 2213-6 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, notamment ses\n"
                      "articles L. 2122-1 à L. 2122-3 et L. 2125-1 ;"),
             d.clause("Vu la délibération du conseil municipal n° 2025-140 du 15 décembre 2025\n"
                      "fixant les tarifs d'occupation du domaine public pour 2026 ;"),
             d.clause("Vu la demande de permis de stationnement présentée le 20 mars 2026 par la\n"
                      "SAS LE COMPTOIR DU PORT, SIRET 852 147 963 00023, représentée par\n"
                      "M. Fabien ROCHER, exploitant le restaurant situé 3, quai des Pêcheurs,\n"
                      "30240 Port-Saint-Loubès ;")]
    cons = [d.clause("Considérant qu'il convient de réglementer l'occupation du domaine public\n"
                     "afin de garantir la sécurité et la commodité du passage des piétons ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er –", "La SAS", "24 chaises."),
            art(d, "2", None, "Article 2 –", "La présente autorisation", "transmissible."),
            art(d, "3", None, "Article 3 –", "L'occupation", "30 septembre 2026."),
            art(d, "4", None, "Article 4 –", "Le bénéficiaire", "retrait immédiat."),
            art(d, "5", "Délais et voies de recours", "Article 5 – Délais et voies de recours",
                "Le présent arrêté peut", "www.telerecours.fr."),
            art(d, "6", None, "Article 6 –", "Le chef", "notifié au bénéficiaire.")]
    sigs = [d.signature("Le Maire,\nChristian", "Christian BARTHÉLEMY", "Le Maire",
                        "Christian BARTHÉLEMY", "Port-Saint-Loubès", "2026-03-27")]
    d.reset("Article 3 –")
    amounts = [d.amount("0,60 €", 0.6), d.amount("0,60 €", 0.6),
               d.amount("3 081,60 €", 3081.6), d.amount("1 540,80 €", 1540.8)]
    d.reset()
    dates = [d.date("15 décembre 2025", "2025-12-15"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("31 octobre 2026", "2026-10-31"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("30 septembre 2026", "2026-09-30"),
             d.date("27 mars 2026", "2026-03-27"),
             d.date("30/03/2026", "2026-03-30")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles\n"
                  "L. 2212-1, L. 2212-2 et L. 2213-6", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-6"]),
            d.ref("code", "code général de la propriété des personnes publiques, notamment ses\n"
                  "articles L. 2122-1 à L. 2122-3 et L. 2125-1", code=CGPPP,
                  articles=["L.2122-1", "L.2122-3", "L.2125-1"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2025-140 du 15 décembre "
                  "2025", number="2025-140", date="2025-12-15"),
            d.ref("code", "articles R. 421-1 et suivants\ndu code de justice administrative",
                  code=CJA, articles=["R.421-1"])]
    d.reset()
    ids = [d.ident("phone", "04 66 21 30 40", "0466213040"),
           d.ident("email", "domaine.public@port-saint-loubes.fr",
                   "domaine.public@port-saint-loubes.fr"),
           d.ident("siret", "852 147 963 00023", "85214796300023"),
           d.ident("postal_code", "30240", "30240"),
           d.ident("postal_code", "30941", "30941"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE PORT-SAINT-LOUBÈS", "body": "Le Maire"},
            "2026-PM-112",
            "portant autorisation d'occupation temporaire du domaine public",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lauzet_acquisition()
    bagnols_cession()
    montfaucon_plu()
    port_saint_loubes_aot()
