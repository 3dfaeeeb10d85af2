#!/usr/bin/env python3
"""Hand-written gold for the blind set AH (corpusAH) of corpus/extra-pending
(see README.md, section "Blind set (corpusAH)").
Run: python3 make_gold_ah.py

Same conventions and tooling as make_gold_ag.py (corpus/extra/_goldlib.py,
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
from _goldlib import CENV, CGCT, CGI, CTRA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def hohenbruck_chasse():
    """ALSACE-MOSELLE commune délibération (droit local, chasse communale):
    letterhead with the commune on the left and "Département du Bas-Rhin" /
    "Arrondissement de …" right-aligned on the same lines; counts of the
    local shape on two dash lines ("Conseillers élus : 19 – Conseillers en
    fonction : 19 – Conseillers présents : 15" / "Conseillers absents : 4 –
    dont absents excusés : 3 – Procurations : 2"); "Absents excusés : X
    (procuration à Y), …"; "Absent non excusé :"; secretary "assistée de
    Mme X, secrétaire de mairie"; visas CGCT L. 2541-12 et suivants, "loi
    du 6 juin 1895", code de l'environnement range, arrêté préfectoral by
    date (cahier des charges type des chasses communales); livre foncier;
    "le 1er février de chaque année" (no year); "Ont signé au registre les
    membres présents :" + a three-column table of names (surname first);
    right-indented "Pour extrait conforme, / place, le … / Le Maire, /
    name"; transmission line + ACTES id."""
    d = DocH("commune-hohenbruck-sur-moder-chasse-2026-007")
    pres = d.P("M. Bernard KLEINHANS", at="sous la présidence")
    present = d.persons("M. Bernard KLEINHANS", "Mme Christine WEBERT", "M. Jean-Luc SCHMITTER",
                        "Mme Annick HUBSCHER", "M. Rémy OSTERMANN", "Mme Véronique GANGLOFF",
                        "M. Didier WENDLING", "Mme Pascale RIEHLING", "M. Fabien HEITZLER",
                        "Mme Corinne BAECHTEL", "M. Olivier FUCHSLOCK", "Mme Léa KIRSCHNER",
                        "M. Yves HOLLNER", "Mme Martine ZIEGELMANN", "M. Cédric ANSTETT",
                        at="Présents : M.")
    d.reset("Absents excusés :")
    x1 = d.P("M. Thierry ROTHENBERG")
    h1 = d.P("Mme Christine WEBERT")
    x2 = d.P("Mme Sylvie MEYERHOFF")
    h2 = d.P("M. Bernard KLEINHANS")
    x3 = d.P("M. Patrick OBERLEIN")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = [d.P("M. Kevin STUDERMANN", at="Absent non excusé")]
    sec = d.P("Mme Léa KIRSCHNER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2, x3], absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=None)
    session = {"date": "2026-02-02", "place": "mairie", "convened_on": "2026-01-26",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2541-12 et suivants ;"),
             d.clause("Vu la loi du 6 juin 1895 portant code municipal d'Alsace-Lorraine ;"),
             d.clause("Vu le code de l'environnement, et notamment ses articles L. 429-2 à "
                      "L. 429-17 ;"),
             d.clause("Vu l'arrêté préfectoral du 12 juin 2023 portant approbation du cahier des "
                      "charges type des chasses communales du Bas-Rhin pour la période du "
                      "2 février 2024 au 1er février 2033 ;"),
             d.clause("Vu l'avis de la commission consultative communale de chasse réunie le "
                      "19 janvier 2026 ;")]
    cons = [d.clause("Considérant que la candidature de l'Association de chasse du Moderwald "
                     "remplit les conditions fixées par le cahier des charges type ;")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "de relouer le lot",
                "jusqu'au 1er février 2033 ;"),
            art(d, "2", None, "Article 2 :", "de fixer le loyer annuel",
                "la caution à 3 925 € ;"),
            art(d, "3", None, "Article 3 :", "de charger M. le Maire",
                "toute pièce s'y rapportant.")]
    votes = [d.vote("Pour : 16 – Contre : 0 – Abstention : 1.", for_=16, against=0,
                    abstention=1)]
    sigs = [d.signature("Le Maire,", "Bernard KLEINHANS", "Le Maire", "Bernard KLEINHANS",
                        "Hohenbruck-sur-Moder", "2026-02-04", at="Pour extrait conforme")]
    d.reset("M. le Maire rappelle")
    amounts = [d.amount("7 850,00 €", 7850), d.amount("7 200,00 €", 7200),
               d.amount("7 850,00 €", 7850),
               d.amount("sept mille huit cent cinquante euros", 7850),
               d.amount("3 925 €", 3925)]
    d.reset()
    dates = [d.date("2 février 2026", "2026-02-02"),
             d.date("L'an deux mille vingt-six, le deux février", "2026-02-02"),
             d.date("vingt-six janvier deux mille vingt-six", "2026-01-26"),
             d.date("18 septembre 2023", "2023-09-18"),
             d.date("2 février 2024", "2024-02-02"),
             d.date("1er février 2033", "2033-02-01"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("1er février 2026", "2026-02-01"),
             # corrected after the first run: the loi's date was left out
             # by mistake (a date in the text, every occurrence: contract)
             d.date("6 juin 1895", "1895-06-06"),
             d.date("12 juin 2023", "2023-06-12"),
             d.date("2 février 2024", "2024-02-02"),
             d.date("1er février 2033", "2033-02-01"),
             d.date("19 janvier 2026", "2026-01-19"),
             d.date("1er février 2033", "2033-02-01"),
             d.date("4 février 2026", "2026-02-04"),
             d.date("05/02/2026", "2026-02-05"),
             d.date("05/02/2026", "2026-02-05")]
    d.reset("M. le Maire rappelle")
    refs = [d.ref("deliberation", "délibération n° 2023-041 du 18 septembre 2023",
                  number="2023-041", date="2023-09-18"),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2541-12", code=CGCT, articles=["L.2541-12"]),
            d.ref("loi", "loi du 6 juin 1895", date="1895-06-06"),
            d.ref("code", "code de l'environnement, et notamment ses articles L. 429-2 à "
                  "L. 429-17", code=CENV, articles=["L.429-2", "L.429-17"]),
            d.ref("arrete", "arrêté préfectoral du 12 juin 2023", date="2023-06-12")]
    d.reset()
    ids = [d.ident("postal_code", "67398", "67398"),
           d.ident("phone", "03 88 72 41 06", "0388724106"),
           d.ident("email", "mairie@hohenbruck-moder.fr", "mairie@hohenbruck-moder.fr"),
           d.ident("siret", "852 634 914 00018", "85263491400018"),
           d.ident("acte", "067-216703983-20260202-2026_007-DE",
                   "067-216703983-20260202-2026_007-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE HOHENBRUCK-SUR-MODER", "body": "Conseil municipal"},
            "2026-007",
            "Chasse communale – Relocation du lot de chasse n° 2 (forêt du Moderwald) par "
            "convention de gré à gré pour la fin de la période de location",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def basse_sorgue_scrutin():
    """délibération of a DÉPARTEMENT's COMMISSION PERMANENTE voted by
    SCRUTIN PUBLIC: a ROLL-CALL VOTE TABLE after the articles, one row per
    voting member ("Mme Prénom NOM") with an X under "Pour / Contre /
    Abstention / NPPV", aligned by blanks, then the totals "Pour : 14 –
    Contre : 5 – Abstentions : 2 – NPPV : 1" and "La délibération est
    adoptée."; the attendance lists before it (present, "Excusés ayant
    donné pouvoir : X à Y ;", "Absents :"); counts on one dash line;
    séance sentence with the date in words and a weekday; SIREN in the
    letterhead; a range in the code des transports; a member named as
    not voting in the sentence announcing the scrutin."""
    d = DocH("departement-basse-sorgue-cp-scrutin-public-2026-0412")
    pres = d.P("Mme Marion PÉLISSIER", at="sous la présidence")
    present = d.persons("Mme Hélène ARNOUX", "M. Bruno BESSIÈRE", "Mme Claire CAZALIS",
                        "Mme Estelle FABRÈGUES", "M. François GAILHAC", "Mme Gisèle HUGONENQ",
                        "M. Hervé JALABERT", "Mme Inès LACOMBE-VIALA", "M. Jérôme MALAVAL",
                        "Mme Karine NÉGRIER", "M. Laurent OLIVIÉ", "Mme Marion PÉLISSIER",
                        "M. Nicolas QUINTARD", "M. Pascal SABADEL", "Mme Rose TAURINES",
                        "M. Sébastien UGOLINI", "Mme Thérèse VAYSSETTE", "M. Victor ALBOUY",
                        "Mme Yasmine BENAZET", "M. Xavier CROS-MAYREVIEILLE",
                        at="Présents : Mme")
    d.reset("Excusés ayant donné pouvoir")
    x1 = d.P("M. Damien DELPRAT")
    h1 = d.P("Mme Claire CAZALIS")
    x2 = d.P("Mme Odette RIGAL")
    h2 = d.P("M. Pascal SABADEL")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = d.persons("M. Alain GOURDON", "Mme Sabine PRADAL", at="Absents : M.")
    sec = d.P("Mme Yasmine BENAZET", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, proxies, in_office=24, present_n=20,
                     represented=2, voting=None)
    session = {"date": "2026-03-16", "place": "Hôtel du Département, salle Jean-Jaurès",
               "convened_on": "2026-03-06", "president": pres, "secretary": sec}
    d.reset("Rapporteur :")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 3121-15 et L. 3211-2 ;"),
             d.clause("Vu le code des transports, et notamment ses articles L. 3111-7 à "
                      "L. 3111-10 ;"),
             d.clause("Vu la délibération n° 2021-118 du Conseil départemental du 1er juillet "
                      "2021 portant délégation d'attributions à la Commission permanente ;"),
             d.clause("Vu la délibération n° CP-2024-0287 du 17 juin 2024 approuvant le "
                      "règlement départemental des transports scolaires ;"),
             d.clause("Vu le rapport de la Présidente et l'avis de la commission des mobilités "
                      "du 2 mars 2026 ;")]
    cons = [d.clause("Considérant la hausse du coût des marchés de transport, qui atteint "
                     "1 864 000 € TTC pour l'année scolaire 2025-2026 ;")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "d'approuver le règlement",
                "applicable au 1er septembre 2026."),
            art(d, "2", None, "Article 2 :", "de fixer la participation",
                "48 € par élève interne."),
            art(d, "3", None, "Article 3 :", "de maintenir la gratuité",
                "d'une même famille.")]
    votes = [d.vote("Pour : 14 – Contre : 5 – Abstentions : 2 – NPPV : 1 "
                    "La délibération est adoptée.", for_=14, against=5, abstention=2,
                    not_voting=1)]
    sigs = [d.signature("La Présidente du Conseil départemental,", "Marion PÉLISSIER",
                        "La Présidente du Conseil départemental", "Marion PÉLISSIER",
                        "Castelvert", "2026-03-17", at="Fait à Castelvert")]
    d.reset("Considérant la hausse")
    amounts = [d.amount("1 864 000 €", 1864000, tax="TTC"), d.amount("95 €", 95),
               d.amount("48 €", 48)]
    d.reset()
    dates = [d.date("16 mars 2026", "2026-03-16"),
             d.date("lundi seize mars deux mille vingt-six", "2026-03-16"),
             d.date("6 mars 2026", "2026-03-06"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("17 juin 2024", "2024-06-17"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("18/03/2026", "2026-03-18"),
             d.date("18/03/2026", "2026-03-18")]
    d.reset("Rapporteur :")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 3121-15 et L. 3211-2", code=CGCT,
                  articles=["L.3121-15", "L.3211-2"]),
            d.ref("code", "code des transports, et notamment ses articles L. 3111-7 à "
                  "L. 3111-10", code=CTRA, articles=["L.3111-7", "L.3111-10"]),
            d.ref("deliberation", "délibération n° 2021-118 du Conseil départemental du 1er "
                  "juillet 2021", number="2021-118", date="2021-07-01"),
            d.ref("deliberation", "délibération n° CP-2024-0287 du 17 juin 2024",
                  number="CP-2024-0287", date="2024-06-17"),
            d.ref("code", "article L. 3121-15 du CGCT", code=CGCT, articles=["L.3121-15"])]
    d.reset()
    ids = [d.ident("postal_code", "81960", "81960"),
           d.ident("siren", "220 795 017", "220795017"),
           d.ident("phone", "05 63 48 20 00", "0563482000"),
           d.ident("acte", "081-220795017-20260316-CP2026_0412-DE",
                   "081-220795017-20260316-CP2026_0412-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA BASSE-SORGUE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-0412",
            "Transports scolaires – Modification du règlement départemental et de la "
            "participation forfaitaire des familles à compter de la rentrée 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vernelle_arrete_president():
    """ARRÊTÉ of the PRÉSIDENT of a COMMUNAUTÉ D'AGGLOMÉRATION: délégation
    de signature to the DGS. Letterhead with a direction line, "CS 40127"
    and a Cedex postal code, SIRET; "ARRÊTÉ DU PRÉSIDENT N° AP-2026-017";
    two-line "Objet :"; "Le Président de la Communauté d'agglomération du
    …,"; visas CGCT L. 5211-9 / L. 5211-10, the arrêté préfectoral de
    création, the délibération electing the Président (number + date) and
    one "en date du" cut by a line end, the DGS's nomination arrêté; bare
    "ARRÊTE" (no colon); "Article 1er –" with an en-dash list holding
    "40 000 € HT"; "vingt-cinq mille euros hors taxes (25 000 € HT)";
    weekday signature date; "Ampliation adressée à :" dash list after the
    signature; transmission date in words, publication date in figures,
    ACTES id after "Acte n°"."""
    d = DocH("ca-pays-de-vernelle-arrete-delegation-dgs-2026-017")
    d.reset("Le Président de la Communauté")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 5211-9 et L. 5211-10 ;"),
             d.clause("Vu l'arrêté préfectoral n° 2016-DRCL-0944 du 29 décembre 2016 portant "
                      "création de la Communauté d'agglomération du Pays de Vernelle ;"),
             d.clause("Vu la délibération n° 2026-031 du conseil communautaire du 14 avril 2026 "
                      "portant élection du Président ;"),
             d.clause("Vu la délibération n° 2026-036 du conseil communautaire en date du "
                      "14 avril 2026 portant délégation d'attributions au Président ;"),
             d.clause("Vu l'arrêté n° AP-2023-112 du 5 septembre 2023 portant nomination de "
                      "M. Frédéric LAMBLIN dans l'emploi fonctionnel de directeur général des "
                      "services ;")]
    cons = [d.clause("Considérant qu'il convient, pour assurer la bonne marche de "
                     "l'administration communautaire, de déléguer la signature du Président ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er –", "Délégation permanente de signature",
                "des sanctions disciplinaires."),
            art(d, "2", None, "Article 2 –", "En cas d'absence",
                "(25 000 € HT)."),
            art(d, "3", None, "Article 3 –", "L'arrêté n° AP-2020-086",
                "délégation de signature est abrogé."),
            art(d, "4", None, "Article 4 –", "Le directeur général des services est chargé",
                "à compter de sa publication.")]
    sigs = [d.signature("Le Président,", "Jean-Marc DUCHESNAY", "Le Président",
                        "Jean-Marc DUCHESNAY", "Vernelle", "2026-04-21", at="Fait à Vernelle")]
    d.reset("Article 1er –")
    amounts = [d.amount("40 000 €", 40000, tax="HT"),
               d.amount("vingt-cinq mille euros", 25000, tax="HT"),
               d.amount("25 000 €", 25000, tax="HT")]
    d.reset()
    dates = [d.date("29 décembre 2016", "2016-12-29"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("5 septembre 2023", "2023-09-05"),
             d.date("20 juillet 2020", "2020-07-20"),
             d.date("mardi 21 avril 2026", "2026-04-21"),
             d.date("22 avril 2026", "2026-04-22"),
             d.date("22/04/2026", "2026-04-22")]
    d.reset("Le Président de la Communauté")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 5211-9 et L. 5211-10", code=CGCT,
                  articles=["L.5211-9", "L.5211-10"]),
            d.ref("arrete", "arrêté préfectoral n° 2016-DRCL-0944 du 29 décembre 2016",
                  number="2016-DRCL-0944", date="2016-12-29"),
            d.ref("deliberation", "délibération n° 2026-031 du conseil communautaire du "
                  "14 avril 2026", number="2026-031", date="2026-04-14"),
            d.ref("deliberation", "délibération n° 2026-036 du conseil communautaire en date "
                  "du 14 avril 2026", number="2026-036", date="2026-04-14"),
            d.ref("arrete", "arrêté n° AP-2023-112 du 5 septembre 2023",
                  number="AP-2023-112", date="2023-09-05"),
            d.ref("arrete", "arrêté n° AP-2020-086 du 20 juillet 2020",
                  number="AP-2020-086", date="2020-07-20")]
    d.reset()
    ids = [d.ident("postal_code", "45812", "45812"),
           d.ident("phone", "02 38 61 75 00", "0238617500"),
           d.ident("siret", "200 091 759 00015", "20009175900015"),
           d.ident("acte", "045-200091759-20260421-AP2026_017-AR",
                   "045-200091759-20260421-AP2026_017-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE VERNELLE",
             "body": "Le Président"},
            "AP-2026-017",
            "Délégation de signature à M. Frédéric LAMBLIN, directeur général des services",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def bramayrac_pv():
    """PROCÈS-VERBAL of a conseil municipal with SIX ITEMS ("Point n –
    Délibération n° 2026-01n : title"), the attendance CHANGING between
    items: an ARRIVAL line "Arrivée de M. X au point 3, à 20 h 55
    (Présents : 16 – Votants : 18)." and a DEPARTURE line "Départ de Mme Y
    après le point 4, pouvoir à M. Z."; each item with its own vote LINE
    "Votants : n – Pour : n – Contre : n [– Abstention : n]" (no result
    word); a budget item with the sections and chapters IN PROSE
    ("Section de fonctionnement : dépenses 1 254 300,00 €, recettes …";
    "chapitre 011 – Charges à caractère général : 312 000 € ;"); capital
    verbs inside sentences (FIXE, ADOPTE, ATTRIBUE, APPROUVE, SOLLICITE);
    a not-voting member named in the sentence before a vote line; an item
    adopted "à l'unanimité" in the sentence plus its vote line; an item
    without vote; side-by-side signatures; "Procès-verbal arrêté lors de
    la séance du … et publié … le …"."""
    d = DocH("commune-bramayrac-sur-dadou-pv-2026-04-09")
    pres = d.P("Mme Sylvie ESCANDE", at="sous la présidence")
    present = d.persons("Mme Sylvie ESCANDE", "M. Patrick BOUSQUET", "Mme Chantal MARTY",
                        "M. Rémi PUECH", "Mme Hélène ALBERT-RIEUX", "M. Jacques CARAYOL",
                        "Mme Sandrine DELMAS", "M. Didier FABRE", "Mme Magali GAYRAUD",
                        "M. Lionel JULIEN", "Mme Anne MAUREL", "M. Olivier NÉGRE",
                        "Mme Sophie RESSÉGUIER", "M. Yves TERRAL", "Mme Laure VIGUIÉ",
                        at="Présents : Mme")
    d.reset("Absents excusés ayant donné pouvoir")
    excused = [d.P("M. Gilles CABROL"), d.P("Mme Nadine FONTVIEILLE")]
    proxies = [d.proxy("M. Gilles CABROL", "Mme Sylvie ESCANDE",
                       at="Absents excusés ayant donné pouvoir"),
               d.proxy("Mme Nadine FONTVIEILLE", "M. Patrick BOUSQUET")]
    absent = d.persons("M. Thomas LAUTIER", "Mme Julie SÉGUIER", at="Absents : M.")
    sec = d.P("M. Rémi PUECH", at="Secrétaire de séance :")
    # the departure with a proxy is a proxy printed in the text (Monts
    # d'Auzelle, Bessac, Lyon); the arrival changes no list (LAUTIER stays
    # absent)
    proxies.append(d.proxy("Mme Chantal MARTY", "M. Rémi PUECH", at="Départ de Mme"))
    att = attendance(present, excused, absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-04-09", "place": "mairie, salle du conseil",
               "convened_on": "2026-04-02", "president": pres, "secretary": sec}
    d.reset("Point 1 –")
    votes = [d.vote("Votants : 17 – Pour : 17 – Contre : 0 – Abstention : 0", for_=17,
                    against=0, abstention=0)]
    verb = d.span("FIXE")
    votes.append(d.vote("Votants : 17 – Pour : 15 – Contre : 2 (M. Lionel JULIEN, Mme Anne "
                        "MAUREL)", for_=15, against=2))
    d.reset("Point 3 –")
    votes.append(d.vote("Votants : 18 – Pour : 16 – Contre : 2", for_=16, against=2))
    d.reset("Point 4 –")
    votes.append(d.vote("Mme Magali GAYRAUD, présidente du comité des fêtes, ne prend pas part "
                        "au vote. Votants : 17 – Pour : 16 – Contre : 0 – Abstention : 1",
                        for_=16, against=0, abstention=1, not_voting=1))
    d.reset("Point 5 –")
    votes.append(d.vote("Votants : 18 – Pour : 18 – Contre : 0", for_=18, against=0,
                        unanimous=True))
    sigs = [d.signature("La Maire,", "Sylvie ESCANDE", "La Maire", "Sylvie ESCANDE",
                        None, None, at="la séance est levée"),
            d.signature("Le Secrétaire de séance,", "Rémi PUECH", "Le Secrétaire de séance",
                        "Rémi PUECH", None, None, at="la séance est levée")]
    d.reset("Point 2 –")
    amounts = [d.amount("612 540 €", 612540),
               d.amount("1 254 300,00 €", 1254300), d.amount("1 254 300,00 €", 1254300),
               d.amount("687 450,00 €", 687450), d.amount("687 450,00 €", 687450),
               d.amount("312 000 €", 312000), d.amount("548 600 €", 548600),
               d.amount("141 250 €", 141250), d.amount("186 700 €", 186700),
               d.amount("18 450 €", 18450),
               d.amount("146 800,00 €", 146800, tax="HT"),
               d.amount("51 380 €", 51380)]
    d.reset()
    dates = [d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("02/04/2026", "2026-04-02"),
             d.date("L'an deux mille vingt-six, le neuf avril", "2026-04-09"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("24 mars 2026", "2026-03-24"),
             d.date("samedi 16 mai 2026", "2026-05-16"),
             d.date("7 mai 2026", "2026-05-07"),
             d.date("12 mai 2026", "2026-05-12")]
    d.reset("Point 2 –")
    refs = [d.ref("deliberation", "Délibération n° 2026-014", number="2026-014"),
            d.ref("code", "code général des impôts, et notamment son article 1639 A", code=CGI,
                  articles=["1639A"]),
            d.ref("deliberation", "Délibération n° 2026-015", number="2026-015"),
            d.ref("deliberation", "Délibération n° 2026-016", number="2026-016"),
            d.ref("deliberation", "Délibération n° 2026-017", number="2026-017")]
    d.reset()
    ids = [d.ident("postal_code", "81470", "81470"),
           d.ident("phone", "05 63 42 17 80", "0563421780"),
           d.ident("email", "accueil@bramayrac81.fr", "accueil@bramayrac81.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BRAMAYRAC-SUR-DADOU", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL du jeudi 9 avril 2026",
            session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


ALL = ["hohenbruck_chasse", "basse_sorgue_scrutin", "vernelle_arrete_president",
       "bramayrac_pv"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
