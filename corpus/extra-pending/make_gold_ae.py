#!/usr/bin/env python3
"""Hand-written gold for the blind set AE (corpusAE) of corpus/extra-pending
(see README.md, section "Blind set (corpusAE)").
Run: python3 make_gold_ae.py

Same conventions and tooling as make_gold_ad.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CCP, CGCT, CGPPP, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def saint_privat_deliberation():
    """Délibération of a CONSEIL MUNICIPAL whose attendance is a TABLE
    WITHOUT RULES: "Liste d'émargement (P : présent, A : absent, E :
    excusé)", header row "Conseiller municipal / Présence / Pouvoir", one
    row per councillor SURNAME FIRST without civility ("MAZOYER Gilbert
    P"), 21 rows, two "E" rows with "Pouvoir à MAZOYER" (surname alone) /
    "Pouvoir à ROUVIÈRE Chantal"; then "Conseillers en exercice : 21" and
    "Présents : 17 – Représentés : 2 – Votants : 19"."""
    d = DocH("commune-saint-privat-des-garrigues-deliberation-2025-064")
    pres = d.P("M. Gilbert MAZOYER", at="sous la présidence de")
    T = "Conseiller municipal"
    d.reset(T)
    present = [d.S(t, None, g, f) for t, g, f in [
        ("MAZOYER Gilbert", "Gilbert", "MAZOYER"),
        ("ROUVIÈRE Chantal", "Chantal", "ROUVIÈRE"),
        ("BONNAFOUX Jean-Luc", "Jean-Luc", "BONNAFOUX"),
        ("DELEUZE Mireille", "Mireille", "DELEUZE"),
        ("AIGOIN Florence", "Florence", "AIGOIN"),
        ("VIGOUROUX Thierry", "Thierry", "VIGOUROUX"),
        ("SAUVEPLANE Nathalie", "Nathalie", "SAUVEPLANE"),
        ("CHABERT-DUMAS Sophie", "Sophie", "CHABERT-DUMAS"),
        ("PELLET Bernard", "Bernard", "PELLET"),
        ("TEISSIER Aurélie", "Aurélie", "TEISSIER"),
        ("GUIRAUDOU Laetitia", "Laetitia", "GUIRAUDOU"),
        ("MALAVAL Christian", "Christian", "MALAVAL"),
        ("FOLCHER Isabelle", "Isabelle", "FOLCHER"),
        ("BRUGUIÈRE Dominique", "Dominique", "BRUGUIÈRE"),
        ("VALETTE Olivier", "Olivier", "VALETTE"),
        ("DE SERRES Anne-Marie", "Anne-Marie", "DE SERRES"),
        ("PLANTIER Yves", "Yves", "PLANTIER")]]
    d.reset(T)
    excused = [d.S("CASTANIER Rémi", None, "Rémi", "CASTANIER"),
               d.S("ESPAZE Marc", None, "Marc", "ESPAZE"),
               d.S("CAZALIS Hélène", None, "Hélène", "CAZALIS")]
    d.reset(T)
    absent = [d.S("ROQUEPLAN Émile", None, "Émile", "ROQUEPLAN")]
    d.reset(T)
    f1 = d.S("CASTANIER Rémi", None, "Rémi", "CASTANIER")
    t1 = d.S("MAZOYER", None, None, "MAZOYER")
    f2 = d.S("ESPAZE Marc", None, "Marc", "ESPAZE")
    t2 = d.S("ROUVIÈRE Chantal", None, "Chantal", "ROUVIÈRE")
    proxies = [{"from": f1, "to": t1, "span": d.proxy_span(f1, t1)},
               {"from": f2, "to": t2, "span": d.proxy_span(f2, t2)}]
    sec = d.P("Mme Aurélie TEISSIER", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=21, present_n=17,
                     represented=2, voting=19)
    session = {"date": "2025-09-16", "place": "mairie, salle du conseil",
               "convened_on": "2025-09-09", "president": pres, "secretary": sec}
    d.reset("Le conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2241-1 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et "
                      "notamment son article L. 1111-1 ;"),
             d.clause("Vu la délibération n° 2025-021 du 8 avril 2025 approuvant le budget "
                      "primitif de l'exercice 2025 ;")]
    cons = [d.clause("Considérant que l'extension du cimetière présente un caractère "
                     "d'intérêt général ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'acquérir auprès", "estimés à 1 900 €."),
            art(d, "2", None, "Article 2 :", "D'autoriser le Maire",
                "relative à cette acquisition."),
            art(d, "3", None, "Article 3 :", "De dire que la dépense",
                "budget principal de l'exercice 2025.")]
    votes = [d.vote("Pour : 17 – Contre : 1 – Abstention : 1 La délibération est adoptée.",
                    for_=17, against=1, abstention=1)]
    sigs = [d.signature("Le Maire,", "Gilbert MAZOYER", "Le Maire", "Gilbert MAZOYER",
                        "Saint-Privat-des-Garrigues", "2025-09-18",
                        at="À Saint-Privat-des-Garrigues, le")]
    d.reset("Monsieur le Maire rappelle")
    amounts = [d.amount("16 650 €", 16650),
               d.amount("seize mille six cent cinquante euros", 16650),
               d.amount("16 650 €", 16650), d.amount("1 900 €", 1900)]
    d.reset()
    dates = [d.date("mardi 16 septembre 2025", "2025-09-16"),
             d.date("L'an deux mille vingt-cinq, le seize septembre", "2025-09-16"),
             d.date("9 septembre 2025", "2025-09-09"), d.date("28 juillet 2025", "2025-07-28"),
             d.date("8 avril 2025", "2025-04-08"), d.date("18 septembre 2025", "2025-09-18"),
             d.date("19/09/2025", "2025-09-19"), d.date("19/09/2025", "2025-09-19")]
    d.reset("Le conseil municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2241-1", code=CGCT, articles=["L.2241-1"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment "
                  "son article L. 1111-1", code=CGPPP, articles=["L.1111-1"]),
            d.ref("deliberation", "délibération n° 2025-021 du 8 avril 2025",
                  number="2025-021", date="2025-04-08")]
    d.reset()
    ids = [d.ident("postal_code", "30430", "30430"),
           d.ident("phone", "04 66 24 71 30", "0466247130"),
           d.ident("acte", "030-213004716-20250916-2025064-DE",
                   "030-213004716-20250916-2025064-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-PRIVAT-DES-GARRIGUES",
             "body": "CONSEIL MUNICIPAL"},
            "2025-064",
            "Acquisition amiable de la parcelle cadastrée section AB n° 412 au lieu-dit « Les "
            "Oliviers » pour l'extension du cimetière communal",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def mervans_arrete():
    """ARRÊTÉ DU MAIRE of DÉLÉGATION DE FONCTIONS ET DE SIGNATURE to a 2e
    adjointe and a conseiller municipal délégué: letterhead "VILLE DE …"
    with phone and SIRET on one line; "ARRÊTÉ N° 2026-AG-041" + two
    "portant …" lines; "Le Maire de la commune de …,"; four "Vu" (CGCT
    L. 2122-18 and L. 2122-20, the election PV "en date du\\n22 mars
    2026", the délibération fixing the number of adjoints, an earlier
    arrêté), one considérant; "ARRÊTE :"; "Article 1er : Délégation de
    fonctions est donnée à Mme X,\\n2e adjointe, dans les domaines suivants
    :" + a DASH LIST; "15 000 € HT"; "Article 3 : En cas d'absence ou
    d'empêchement …"; "cinq mille\\neuros (5 000 €)"; article 5 abrogating
    the earlier arrêté; "Fait à …, le …" without period; two "Notifié à
    l'intéressé(e) le …" lines ("1er avril 2026"); "Certifié exécutoire …
    le\\n02/04/2026 …" + "Identifiant :" ACTES id ending "-AR"."""
    d = DocH("commune-mervans-la-source-arrete-delegation-2026-ag-041")
    d.reset("Le Maire de la commune")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2122-18 et L. 2122-20 ;"),
             d.clause("Vu le procès-verbal de l'élection du maire et des adjoints en date du "
                      "22 mars 2026 ;"),
             d.clause("Vu la délibération n° 2026-019 du conseil municipal du 22 mars 2026 "
                      "fixant à six le nombre des adjoints au maire ;"),
             d.clause("Vu l'arrêté n° 2020-AG-112 du 3 juin 2020 portant délégation de "
                      "fonctions ;")]
    cons = [d.clause("Considérant qu'il convient, pour la bonne marche de l'administration "
                     "communale, de donner délégation à certains membres du conseil "
                     "municipal ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er :", "Délégation de fonctions est donnée",
                "le patrimoine bâti communal."),
            art(d, "2", None, "Article 2 :", "Délégation de signature est donnée",
                "inférieur à 15 000 € HT."),
            art(d, "3", None, "Article 3 :", "En cas d'absence ou d'empêchement",
                "conseiller municipal délégué aux travaux."),
            art(d, "4", None, "Article 4 :", "Délégation de fonctions et de signature",
                "(5 000 €) par engagement."),
            art(d, "5", None, "Article 5 :", "L'arrêté n° 2020-AG-112", "est abrogé."),
            art(d, "6", None, "Article 6 :", "Le Directeur général des services",
                "notifié aux intéressés.")]
    sigs = [d.signature("Le Maire,", "Raymond COULONDRE", "Le Maire", "Raymond COULONDRE",
                        "Mervans-la-Source", "2026-03-30", at="Fait à Mervans")]
    d.reset("Article 2 :")
    amounts = [d.amount("15 000 €", 15000, tax="HT"),
               d.amount("cinq mille euros", 5000), d.amount("5 000 €", 5000)]
    d.reset("Le Maire de la commune")
    dates = [d.date("22 mars 2026", "2026-03-22"), d.date("22 mars 2026", "2026-03-22"),
             d.date("3 juin 2020", "2020-06-03"), d.date("3 juin 2020", "2020-06-03"),
             d.date("30 mars 2026", "2026-03-30"), d.date("31 mars 2026", "2026-03-31"),
             d.date("1er avril 2026", "2026-04-01"), d.date("02/04/2026", "2026-04-02"),
             d.date("02/04/2026", "2026-04-02")]
    d.reset("Le Maire de la commune")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2122-18 et L. 2122-20", code=CGCT,
                  articles=["L.2122-18", "L.2122-20"]),
            d.ref("deliberation", "délibération n° 2026-019 du conseil municipal du 22 mars "
                  "2026", number="2026-019", date="2026-03-22"),
            d.ref("arrete", "arrêté n° 2020-AG-112 du 3 juin 2020", number="2020-AG-112",
                  date="2020-06-03"),
            d.ref("arrete", "arrêté n° 2020-AG-112 du 3 juin 2020", number="2020-AG-112",
                  date="2020-06-03")]
    d.reset()
    ids = [d.ident("postal_code", "34390", "34390"),
           d.ident("phone", "04 67 97 22 10", "0467972210"),
           d.ident("siret", "213 402 886 00014", "21340288600014"),
           d.ident("acte", "034-213402886-20260330-2026AG041-AR",
                   "034-213402886-20260330-2026AG041-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE MERVANS-LA-SOURCE", "body": "Le Maire"},
            "2026-AG-041",
            "portant délégation de fonctions et de signature à une adjointe et à un "
            "conseiller municipal délégué",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def seranne_avenant():
    """AVENANT N° 2 to a MARCHÉ PUBLIC DE TRAVAUX of a syndicat
    intercommunal (SIAEP): letterhead + service line + address + "SIREN :";
    heading block "AVENANT N° 2 / AU MARCHÉ PUBLIC DE TRAVAUX / « … » (two
    lines)"; "Marché n° 2024-MT-07 notifié le 12 février 2024"; "Pouvoir
    adjudicateur : …, dûment habilité par la délibération du comité
    syndical n° CS-2025-031\\ndu 25 juin 2025."; "Titulaire du marché :"
    with "SAS au capital de 250 000 €", address, SIRET with blanks, "code
    APE 4221Z"; "Procédure : … (articles L. 2123-1 et R. 2123-1 du code\\nde
    la commande publique)"; "Il est convenu ce qui suit :"; "Article n –
    Heading" with the body below; a dash list; the financial block one line
    each ("Montant initial du marché : 1 486 230,00 € HT", "Avenant n° 1 :
    + 23 400,00 € HT (+ 1,57 %)", "Montant du présent avenant : - 12 500,00
    € HT (moins-value) (- 0,84 %)", "Nouveau montant du marché : … € HT,
    soit … € TTC", "Variation cumulée des avenants : + 10 900,00 € HT (+
    0,73 %)"); "avenant n° 1 du 18 octobre\\n2024"; "Fait en deux
    exemplaires originaux." WITHOUT place/date; two signature blocks SIDE
    BY SIDE, each with its own "« Lu et approuvé »"/role line and its own
    "À …, le …" line (one date "8/09/2025")."""
    d = DocH("siaep-val-de-seranne-avenant-2-marche-2024-mt-07")
    d.reset("Il est convenu")
    verb = d.span("Il est convenu ce qui suit")
    arts = [art(d, "1", "Objet de l'avenant", "Article 1 – Objet de l'avenant",
                "Le présent avenant a pour objet", "(modifications de faible montant)."),
            art(d, "2", "Incidence financière", "Article 2 – Incidence financière",
                "Montant initial du marché", "+ 10 900,00 € HT (+ 0,73 %)"),
            art(d, "3", "Délai d'exécution", "Article 3 – Délai d'exécution",
                "Le délai d'exécution du marché", "15 décembre 2025."),
            art(d, "4", "Autres clauses", "Article 4 – Autres clauses",
                "Toutes les clauses du marché initial", "demeurent applicables.")]
    sigs = [d.signature("Le titulaire,", "Julien ARNAUD", "Le titulaire", "Julien ARNAUD",
                        "Millavès", "2025-09-02", at="Fait en deux exemplaires"),
            d.signature("Le pouvoir adjudicateur,", "Lucien FABRÈGUES",
                        "Le pouvoir adjudicateur, Le Président", "Lucien FABRÈGUES",
                        "Saint-Jean-de-Séranne", "2025-09-08", at="Fait en deux exemplaires")]
    d.reset("Titulaire du marché")
    amounts = [d.amount("250 000 €", 250000),
               d.amount("1 486 230,00 €", 1486230, tax="HT"),
               d.amount("+ 23 400,00 €", 23400, tax="HT"),
               d.amount("- 12 500,00 €", -12500, tax="HT"),
               d.amount("1 497 130,00 €", 1497130, tax="HT"),
               d.amount("1 796 556,00 €", 1796556, tax="TTC"),
               d.amount("+ 10 900,00 €", 10900, tax="HT")]
    d.reset()
    dates = [d.date("12 février 2024", "2024-02-12"), d.date("25 juin 2025", "2025-06-25"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("18 octobre 2024", "2024-10-18"),
             d.date("2 septembre 2025", "2025-09-02"), d.date("8/09/2025", "2025-09-08")]
    d.reset("Marché n°")
    refs = [d.ref("convention", "Marché n° 2024-MT-07 notifié le 12 février 2024",
                  number="2024-MT-07", date="2024-02-12"),
            d.ref("deliberation", "délibération du comité syndical n° CS-2025-031 du 25 juin "
                  "2025", number="CS-2025-031", date="2025-06-25"),
            d.ref("code", "articles L. 2123-1 et R. 2123-1 du code de la commande publique",
                  code=CCP, articles=["L.2123-1", "R.2123-1"]),
            d.ref("code", "article R. 2194-8 du code de la commande publique", code=CCP,
                  articles=["R.2194-8"]),
            d.ref("convention", "Avenant n° 1", number="1"),
            d.ref("convention", "avenant n° 1 du 18 octobre 2024", number="1",
                  date="2024-10-18")]
    d.reset()
    ids = [d.ident("postal_code", "12230", "12230"),
           d.ident("siren", "251 200 341", "251200341"),
           d.ident("postal_code", "12100", "12100"),
           d.ident("siret", "482 159 761 00022", "48215976100022")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE DU VAL DE "
             "SÉRANNE", "body": "Service de la commande publique"},
            "2",
            "AVENANT N° 2 AU MARCHÉ PUBLIC DE TRAVAUX « Renouvellement de la conduite "
            "d'adduction entre le réservoir des Crêtes et la station de Bournaguet »",
            dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def val_de_cevenne_ap():
    """Délibération of a CONSEIL RÉGIONAL in ASSEMBLÉE PLÉNIÈRE: letterhead
    with CEDEX postal code and SIREN; "CONSEIL RÉGIONAL" / "ASSEMBLÉE
    PLÉNIÈRE DU 11 DÉCEMBRE 2025" (date in capitals); "DÉLIBÉRATION N°
    AP-2025-12-0418"; two-line "OBJET :"; séance sentence with weekday,
    place, presidency and "sur convocation du …"; a QUORUM sentence;
    "Nombre de conseillers en exercice : 157" / "Présents : 121 –
    Représentés : 18 – Votants : 139"; five "Vu" (CGCT, loi, décret,
    délibération, avis of a commission with "1er décembre 2025"); one
    considérant ("5 000 habitants"); "DÉCIDE :"; "Article 1er :"; amounts
    "12,5 M€", "4,2 M€", "1 860 k€", "450 k€", "15 000 €"; vote BY GROUP
    with totals in brackets on separate lines ("Pour : groupes A, B (96
    voix) ;" / "Contre : groupe C (27 voix) ;" / "Abstention : groupe D (15
    voix)." / "Ne prend pas part au vote : M. X (…)." / "La délibération
    est adoptée."); "Fait à …, le …"; an ANNEX table after the signature
    (Commune / Opération / Montant, space-aligned, five rows + TOTAL);
    "Reçu en préfecture le …" / "Publié le …" / "Identifiant :"."""
    d = DocH("region-val-de-cevenne-ap-2025-12-0418")
    pres = d.P("Mme Corinne BRESSOLLES", at="sous la présidence de")
    att = attendance(in_office=157, present_n=121, represented=18, voting=139)
    session = {"date": "2025-12-11", "place": "Hôtel de Région",
               "convened_on": "2025-11-25", "president": pres, "secretary": None}
    d.reset("Présents : 121")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 4221-1 et L. 4211-1 ;"),
             d.clause("Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation "
                      "territoriale de la République ;"),
             d.clause("Vu le décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics ;"),
             d.clause("Vu la délibération n° AP-2025-03-0102 du 27 mars 2025 adoptant le "
                      "budget primitif 2025 de la Région ;"),
             d.clause("Vu l'avis de la commission « Aménagement du territoire et ruralité » "
                      "du 1er décembre 2025 ;")]
    cons = [d.clause("Considérant que 214 communes de moins de 5 000 habitants ont été "
                     "retenues au titre de l'appel à manifestation d'intérêt lancé en 2024 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'approuver le plan régional",
                "en autorisations de programme."),
            art(d, "2", None, "Article 2 :", "D'affecter au titre", "total de 1 860 k€."),
            art(d, "3", None, "Article 3 :", "De réserver une enveloppe",
                "15 000 € par commune."),
            art(d, "4", None, "Article 4 :", "D'autoriser la Présidente",
                "avec les bénéficiaires.")]
    votes = [d.vote("Pour : groupes Union régionale, Écologie solidaire (96 voix) ; Contre : "
                    "groupe Rassemblement cévenol (27 voix) ; Abstention : groupe Régions et "
                    "territoires (15 voix). Ne prend pas part au vote : M. Hervé LANDRIEU "
                    "(administrateur de l'établissement public foncier régional). La "
                    "délibération est adoptée.", for_=96, against=27, abstention=15,
                    not_voting=1, for_groups=["Union régionale", "Écologie solidaire"])]
    sigs = [d.signature("La Présidente du Conseil régional,", "Corinne BRESSOLLES",
                        "La Présidente du Conseil régional", "Corinne BRESSOLLES",
                        "Castelnau-des-Cévennes", "2025-12-11", at="Fait à Castelnau")]
    d.reset("DÉCIDE")
    amounts = [d.amount("12,5 M€", 12500000), d.amount("4,2 M€", 4200000),
               d.amount("1 860 k€", 1860000), d.amount("450 k€", 450000),
               d.amount("15 000 €", 15000)]
    d.reset("ANNEXE –")
    for t, v in [("420 000 €", 420000), ("385 000 €", 385000), ("510 000 €", 510000),
                 ("300 000 €", 300000), ("245 000 €", 245000), ("1 860 000 €", 1860000)]:
        amounts.append(d.amount(t, v))
    d.reset()
    dates = [d.date("11 DÉCEMBRE 2025", "2025-12-11"),
             d.date("jeudi 11 décembre 2025", "2025-12-11"),
             d.date("25 novembre 2025", "2025-11-25"), d.date("7 août 2015", "2015-08-07"),
             d.date("25 mars 2016", "2016-03-25"), d.date("27 mars 2025", "2025-03-27"),
             d.date("1er décembre 2025", "2025-12-01"),
             d.date("11 décembre 2025", "2025-12-11", at="Fait à"),
             d.date("15/12/2025", "2025-12-15"), d.date("16/12/2025", "2025-12-16")]
    d.reset("Présents : 121")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 4221-1 et L. 4211-1", code=CGCT,
                  articles=["L.4221-1", "L.4211-1"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991",
                  date="2015-08-07"),
            d.ref("decret", "décret n° 2016-360 du 25 mars 2016", number="2016-360",
                  date="2016-03-25"),
            d.ref("deliberation", "délibération n° AP-2025-03-0102 du 27 mars 2025",
                  number="AP-2025-03-0102", date="2025-03-27")]
    d.reset()
    ids = [d.ident("postal_code", "34064", "34064"),
           d.ident("siren", "233 700 152", "233700152"),
           d.ident("acte", "034-233700152-20251211-AP2025120418-DE",
                   "034-233700152-20251211-AP2025120418-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION VAL-DE-CÉVENNE", "body": "CONSEIL RÉGIONAL"},
            "AP-2025-12-0418",
            "Plan régional pour la reconquête des centres-bourgs – Programme 2026 et "
            "attribution d'une première enveloppe d'opérations",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["saint_privat_deliberation", "mervans_arrete", "seranne_avenant",
       "val_de_cevenne_ap"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
