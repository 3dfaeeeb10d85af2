#!/usr/bin/env python3
"""Hand-written gold for the blind set CH (corpusCH) of corpus/extra-pending
(see README.md, section "Blind set (corpusCH)").
Run: python3 make_gold_ch.py

Same conventions and tooling as make_gold_cd.py (corpus/extra/_goldlib.py,
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
from _goldlib import CGCT, CGPPP, CVR, URBA, CCH, DocH, art, doc, EMPTY_SESSION  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CROUTE = "Code de la route"
CGFP = "Code général de la fonction publique"


def vaudrenay_zone_bleue():
    """PERMANENT arrêté (zone bleue + zone 30), two-column letterhead
    flattened, "— ARRÊTE —", "Art. n. – Heading", ampliation list and a
    certificat d'affichage after the signature."""
    d = DocH("commune-vaudrenay-sur-ource-arrete-zone-bleue-2026-091")
    d.reset("Le Maire de la Commune")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6 ;"),
             d.clause("Vu le Code de la route, et notamment ses articles R. 110-2, R. 411-8, "
                      "R. 411-25 et R. 417-3 ;"),
             d.clause("Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la "
                      "signalisation des routes et autoroutes ;"),
             d.clause("Vu l'arrêté ministériel du 6 décembre 2007 relatif au dispositif de "
                      "contrôle de la durée du stationnement urbain ;"),
             d.clause("Vu l'arrêté municipal n° 2011-027 du 14 mars 2011 réglementant le "
                      "stationnement place du Champ-de-Foire ;")]
    cons = [d.clause("Considérant que la rotation des véhicules en stationnement doit être "
                     "favorisée aux abords des commerces du centre-bourg ;"),
            d.clause("Considérant que la présence de l'école élémentaire et de la maison de "
                     "santé rue Haute justifie de limiter la vitesse de circulation à 30 km/h ;")]
    verb = d.span("ARRÊTE", at="— ARRÊTE —")
    arts = [art(d, "1", "Zone bleue", "Art. 1er. – Zone bleue", "Il est créé", "sauf\njours fériés."),
            art(d, "2", "Disque de contrôle", "Art. 2. – Disque", "Les conducteurs",
                "2007 susvisé."),
            art(d, "3", "Zone 30", "Art. 3. – Zone 30", "La rue Haute, la rue",
                "pour les cyclistes."),
            art(d, "4", "Sanctions", "Art. 4. – Sanctions", "Les infractions",
                "(amende\nforfaitaire)."),
            art(d, "5", "Abrogation", "Art. 5. – Abrogation", "L'arrêté municipal",
                "est abrogé."),
            art(d, "6", "Recours", "Art. 6. – Recours", "Le présent arrêté peut",
                "www.telerecours.fr."),
            art(d, "7", "Exécution", "Art. 7. – Exécution", "Le Secrétaire de mairie",
                "publié\net affiché.")]
    sigs = [d.signature("Le Maire,", "Gérard PONSOT-LAMBERT", "Le Maire",
                        "Gérard PONSOT-LAMBERT", "Vaudrenay-sur-Ource", "2026-03-02",
                        at="Le Maire,\n")]
    d.reset()
    amounts = [d.amount("35 €", 35)]
    d.reset("Le Maire de la Commune")
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("6 décembre 2007", "2007-12-06"),
             d.date("14 mars 2011", "2011-03-14"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("6 décembre 2007", "2007-12-06"),
             d.date("14 mars 2011", "2011-03-14"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("03/03/2026", "2026-03-03"),
             d.date("04/03/2026", "2026-03-04"),
             d.date("04/05/2026", "2026-05-04")]
    d.reset("Le Maire de la Commune")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L. 2212-1, L. 2212-2 et L. 2213-1 à L. 2213-6", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-6"]),
            d.ref("code", "Code de la route, et notamment ses articles R. 110-2, R. 411-8, "
                  "R. 411-25 et R. 417-3", code=CROUTE,
                  articles=["R.110-2", "R.411-8", "R.411-25", "R.417-3"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("arrete", "arrêté ministériel du 6 décembre 2007", date="2007-12-06"),
            d.ref("arrete", "arrêté municipal n° 2011-027 du 14 mars 2011", number="2011-027",
                  date="2011-03-14"),
            d.ref("arrete", "arrêté ministériel du 6 décembre 2007", date="2007-12-06"),
            d.ref("code", "article R. 110-2 du Code de la route", code=CROUTE,
                  articles=["R.110-2"]),
            d.ref("arrete", "arrêté municipal n° 2011-027 du 14 mars 2011", number="2011-027",
                  date="2011-03-14")]
    d.reset()
    ids = [d.ident("postal_code", "21510", "21510"),
           d.ident("phone", "03 80 93 41 27", "0380934127"),
           d.ident("siret", "212 103 451 00010", "21210345100010"),
           d.ident("postal_code", "21016", "21016"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAUDRENAY-SUR-OURCE", "body": "Le Maire"},
            "2026-091",
            "portant création d'une zone bleue et d'une zone 30 dans le centre-bourg "
            "(rue Haute, place du Champ-de-Foire)",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sorbiere_alignement():
    """arrêté INDIVIDUEL D'ALIGNEMENT of a président de département (signed by
    delegation), a "Bénéficiaire :" block, upper-case "VU" without blank
    lines, letter-spaced "A R R Ê T E", running footer/header around a form
    feed, a notification slot for the beneficiary."""
    d = DocH("departement-sorbiere-arrete-alignement-2026-0147")
    d.reset("Le Président du Conseil départemental de la Sorbière,")
    visas = [d.clause("VU le Code général des collectivités territoriales, notamment son "
                      "article L. 3221-4 ;"),
             d.clause("VU le Code de la voirie routière, notamment ses articles L. 112-1 à "
                      "L. 112-8 et L. 131-1 à L. 131-8 ;"),
             d.clause("VU le Code général de la propriété des personnes publiques, notamment "
                      "son article L. 2111-14 ;"),
             d.clause("VU le Code de l'urbanisme ;"),
             d.clause("VU le règlement de voirie départemental adopté par délibération du "
                      "Conseil départemental n° 2019-CD-112 du 27 juin 2019 ;"),
             d.clause("VU l'arrêté n° 2025-DS-0031 du 8 juillet 2025 portant délégation de "
                      "signature au Direc- teur des Routes et des Mobilités ;"),
             d.clause("VU la demande en date du 19 février 2026, reçue le 23 février 2026, par "
                      "laquelle la SCI LES GENÊTS (SIREN 812 345 676), dont le siège est 7, "
                      "chemin des Fayes, 43220 Montregard, sollicite l'alignement de la "
                      "propriété cadastrée section ZB n° 57 en bordure de la route "
                      "départementale n° 103 ;"),
             d.clause("VU l'état des lieux ;")]
    cons = [d.clause("CONSIDÉRANT qu'il n'existe pas de plan d'alignement approuvé sur cette "
                     "section de la route départementale n° 103 et que l'alignement individuel "
                     "est délivré au vu de la limite de fait du domaine public routier ;")]
    verb = d.span("A R R Ê T E")
    arts = [art(d, "1", "Alignement", "ARTICLE 1er – Alignement", "L'alignement de la route",
                "limite de fait de la voie."),
            art(d, "2", "Réserve des droits des tiers", "ARTICLE 2 – Réserve",
                "Les droits des tiers", "demande distincte."),
            art(d, "3", "Validité", "ARTICLE 3 – Validité", "Le présent arrêté est délivré",
                "31 mars 2027."),
            art(d, "4", "Voies et délais de recours", "ARTICLE 4 – Voies",
                "Le présent arrêté peut être contesté", "délai de recours contentieux."),
            art(d, "5", "Exécution", "ARTICLE 5 – Exécution", "Le Directeur des Routes",
                "Maire de Montregard.")]
    sigs = [d.signature("Pour le Président du Conseil départemental\net par",
                        "Laurent VIDAL-MERCIER",
                        "Pour le Président du Conseil départemental et par délégation, "
                        "Le Directeur des Routes et des Mobilités",
                        "Laurent VIDAL-MERCIER", "Tencelles", "2026-03-12"),
            d.signature("Le bénéficiaire (nom,", "qualité et signature) :",
                        "Le bénéficiaire (nom, qualité et signature)", None,
                        "Tencelles", "2026-03-12")]
    d.reset("Le Président du Conseil départemental de la Sorbière,")
    dates = [d.date("27 juin 2019", "2019-06-27"),
             d.date("8 juillet 2025", "2025-07-08"),
             d.date("19 février 2026", "2026-02-19"),
             d.date("23 février 2026", "2026-02-23"),
             d.date("31 mars 2027", "2027-03-31"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("16/03/2026", "2026-03-16")]
    d.reset("Le Président du Conseil départemental de la Sorbière,")
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment son "
                  "article L. 3221-4", code=CGCT, articles=["L.3221-4"]),
            d.ref("code", "Code de la voirie routière, notamment ses articles L. 112-1 à "
                  "L. 112-8 et L. 131-1 à L. 131-8", code=CVR,
                  articles=["L.112-1", "L.112-8", "L.131-1", "L.131-8"]),
            d.ref("code", "Code général de la propriété des personnes publiques, notamment "
                  "son article L. 2111-14", code=CGPPP, articles=["L.2111-14"]),
            d.ref("code", "Code de l'urbanisme", code=URBA),
            d.ref("deliberation", "délibération du Conseil départemental n° 2019-CD-112 du "
                  "27 juin 2019", number="2019-CD-112", date="2019-06-27"),
            d.ref("arrete", "arrêté n° 2025-DS-0031 du 8 juillet 2025", number="2025-DS-0031",
                  date="2025-07-08")]
    d.reset()
    ids = [d.ident("postal_code", "43190", "43190"),
           d.ident("phone", "04 71 65 28 90", "0471652890"),
           d.ident("email", "agence.hautlignon@sorbiere.fr", "agence.hautlignon@sorbiere.fr"),
           d.ident("siren", "812 345 676", "812345676"),
           d.ident("postal_code", "43220", "43220")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA SORBIÈRE",
             "body": "Le Président du Conseil départemental"},
            "2026-DRM-0147", "ARRÊTÉ INDIVIDUEL D'ALIGNEMENT",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "A R R Ê T E", "span": verb}, arts=arts, sigs=sigs,
            amounts=[], dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lisoire_mise_en_securite():
    """arrêté de MISE EN SÉCURITÉ (procédure ordinaire after an urgent one)
    of the PRÉSIDENT OF A COMMUNAUTÉ DE COMMUNES (police spéciale
    transferred, L.5211-9-2): letterhead in the RIGHT column, heading block
    flush left without "portant", expert and astreinte, ampliation list,
    ACTES acknowledgement at the very end."""
    d = DocH("cc-val-de-lisoire-arrete-mise-en-securite-2026-12")
    d.reset("Le Président de la Communauté de communes du Val de Lisoire,")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment son "
                      "article L. 5211-9-2 ;"),
             d.clause("Vu le Code de la construction et de l'habitation, et notamment ses "
                      "articles L. 511-1 à L. 511-22, L. 521-1 à L. 521-4 et R. 511-1 à "
                      "R. 511-13 ;"),
             d.clause("Vu l'arrêté préfectoral n° 58-2021-07-12-004 du 12 juillet 2021 "
                      "constatant le transfert au Président de la Communauté de communes des "
                      "prérogatives de police spéciale des maires en matière de sécurité et de "
                      "salubrité des immeubles bâtis ;"),
             d.clause("Vu l'arrêté de mise en sécurité – procédure urgente n° PH-2026-04 du "
                      "26 janvier 2026 ;"),
             d.clause("Vu l'ordonnance du Président du Tribunal administratif de Dijon du "
                      "21 janvier 2026 désignant M. Hervé DUCLOUX, architecte, en qualité "
                      "d'expert ;"),
             d.clause("Vu le rapport de l'expert déposé le 23 janvier 2026 ;"),
             d.clause("Vu le courrier du 9 février 2026 invitant la SCI DU PONT-NEUF, "
                      "propriétaire, à présenter ses observations dans un délai d'un mois, "
                      "conformément à l'article L. 511-10 du Code de la construction et de "
                      "l'habitation ;"),
             d.clause("Vu l'absence d'observations du propriétaire à l'expiration de ce "
                      "délai ;")]
    cons = [d.clause("Considérant que le rapport de l'expert relève un affaissement de la "
                     "charpente, la rupture de deux solives du plancher du premier étage et un "
                     "descellement partiel de la souche de cheminée surplombant la voie "
                     "publique ;"),
            d.clause("Considérant que les mesures provisoires prescrites par l'arrêté du "
                     "26 janvier 2026 ont été exécutées d'office pour un montant de 4 860,00 € "
                     "TTC, mais qu'elles ne mettent pas fin durablement au danger ;")]
    verb = d.span("ARRÊTE", at="ARRÊTE :")
    arts = [art(d, "1", None, "Art. 1er. –", "La SCI DU PONT-NEUF, SIREN",
                "reconstruction de la souche de cheminée."),
            art(d, "2", None, "Art. 2. –", "Compte tenu du danger", "mainlevée de celui-ci."),
            art(d, "3", None, "Art. 3. –", "Faute pour le propriétaire",
                "exécutés d'office à ses frais."),
            art(d, "4", None, "Art. 4. –", "La mainlevée du présent",
                "services de la Communauté de communes."),
            art(d, "5", None, "Art. 5. –", "Le présent arrêté sera notifié",
                "aux frais du\npropriétaire."),
            art(d, "6", None, "Art. 6. –", "Le présent arrêté peut faire",
                "Tribunal administratif de Dijon.")]
    sigs = [d.signature("Le Président,", "Thierry MOUILLERON", "Le Président",
                        "Thierry MOUILLERON", "Lormes-sur-Lisoire", "2026-03-17",
                        at="Le Président,\nThierry")]
    d.reset()
    amounts = [d.amount("4 860,00 €", 4860, tax="TTC"), d.amount("150 €", 150)]
    d.reset("Le Président de la Communauté de communes du Val de Lisoire,")
    dates = [d.date("12 juillet 2021", "2021-07-12"),
             d.date("26 janvier 2026", "2026-01-26"),
             d.date("21 janvier 2026", "2026-01-21"),
             d.date("23 janvier 2026", "2026-01-23"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("26 janvier 2026", "2026-01-26"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("18/03/2026", "2026-03-18")]
    d.reset("Le Président de la Communauté de communes du Val de Lisoire,")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment son "
                  "article L. 5211-9-2", code=CGCT, articles=["L.5211-9-2"]),
            d.ref("code", "Code de la construction et de l'habitation, et notamment ses "
                  "articles L. 511-1 à L. 511-22, L. 521-1 à L. 521-4 et R. 511-1 à "
                  "R. 511-13", code=CCH,
                  articles=["L.511-1", "L.511-22", "L.521-1", "L.521-4", "R.511-1",
                            "R.511-13"]),
            d.ref("arrete", "arrêté préfectoral n° 58-2021-07-12-004 du 12 juillet 2021",
                  number="58-2021-07-12-004", date="2021-07-12"),
            d.ref("arrete", "arrêté de mise en sécurité – procédure urgente n° PH-2026-04 du "
                  "26 janvier 2026", number="PH-2026-04", date="2026-01-26"),
            d.ref("ordonnance", "ordonnance du Président du Tribunal administratif de Dijon "
                  "du 21 janvier 2026", date="2026-01-21"),
            d.ref("code", "article L. 511-10 du Code de la construction et de l'habitation",
                  code=CCH, articles=["L.511-10"]),
            d.ref("arrete", "arrêté du 26 janvier 2026", date="2026-01-26"),
            d.ref("code", "article L. 511-15 du Code de la construction et de l'habitation",
                  code=CCH, articles=["L.511-15"])]
    d.reset()
    ids = [d.ident("postal_code", "58140", "58140"),
           d.ident("siret", "200 058 121 00019", "20005812100019"),
           d.ident("postal_code", "58140", "58140"),
           d.ident("siren", "812 345 676", "812345676"),
           d.ident("postal_code", "58000", "58000"),
           d.ident("acte", "058-200058121-20260317-PH2026-12-AR",
                   "058-200058121-20260317-PH2026-12-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU VAL DE LISOIRE", "body": "Le Président"},
            "PH-2026-12",
            "Arrêté de mise en sécurité – procédure ordinaire Immeuble sis 14, rue du "
            "Pont-Neuf à Corbessy (58140) Parcelle cadastrée AC 218",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def chalvignac_echelon():
    """individual HR arrêté (avancement d'échelon) with the place-date line
    at the TOP RIGHT of the letterhead, an "ancienne / nouvelle situation"
    TABLE inside article 1, "ARRÊTE CE QUI SUIT :", an ampliation list
    inside the last article, signature by delegation without a place-date
    line under it, and a blank notification form for the agent."""
    d = DocH("ville-chalvignac-les-bains-arrete-echelon-2026-0388")
    d.reset("Le Maire de la Ville de Chalvignac-les-Bains,")
    visas = [d.clause("Vu le Code général de la fonction publique, et notamment ses articles "
                      "L. 522-1 à L. 522-6 ;"),
             d.clause("Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des "
                      "carrières des fonctionnaires de catégorie C de la fonction publique "
                      "territoriale ;"),
             d.clause("Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles "
                      "de rémunération pour les fonctionnaires de catégorie C de la fonction "
                      "publique territoriale ;"),
             d.clause("Vu le décret n° 2006-1691 du 22 décembre 2006 modifié portant statut "
                      "particulier du cadre d'emplois des adjoints techniques territoriaux ;"),
             d.clause("Vu l'arrêté n° 2023-RH-0215 du 3 juillet 2023 portant avancement de "
                      "grade de l'intéressé au grade d'adjoint technique principal de 2e "
                      "classe ;"),
             d.clause("Vu la situation administrative de l'agent ;")]
    cons = [d.clause("Considérant que M. Kévin BARRAUD-LEFORT remplit les conditions "
                     "d'ancienneté requises pour accéder à l'échelon supérieur ;")]
    verb = d.span("ARRÊTE CE QUI SUIT")
    arts = [art(d, "1", None, "ARTICLE 1 :", "À compter du 1er juin", "néant                        néant"),
            art(d, "2", None, "ARTICLE 2 :", "L'intéressé percevra", "budget principal."),
            art(d, "3", None, "ARTICLE 3 :", "Le présent arrêté peut", "www.telerecours.fr."),
            art(d, "4", None, "ARTICLE 4 :", "Le Directeur général", "– l'intéressé.")]
    sigs = [d.signature("Pour le Maire et par délégation,", "Nadège FOURNIER-OLLIER",
                        "Pour le Maire et par délégation, L'Adjointe déléguée au personnel",
                        "Nadège FOURNIER-OLLIER", "Chalvignac-les-Bains", "2026-04-24")]
    d.reset()
    dates = [d.date("24 avril 2026", "2026-04-24"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("3 juillet 2023", "2023-07-03"),
             d.date("1er juin 2026", "2026-06-01"),
             d.date("9 octobre 1987", "1987-10-09"),
             d.date("01/06/2024", "2024-06-01"),
             d.date("01/06/2026", "2026-06-01"),
             d.date("27/04/2026", "2026-04-27"),
             d.date("27/04/2026", "2026-04-27")]
    d.reset("Le Maire de la Ville de Chalvignac-les-Bains,")
    refs = [d.ref("code", "Code général de la fonction publique, et notamment ses articles "
                  "L. 522-1 à L. 522-6", code=CGFP, articles=["L.522-1", "L.522-6"]),
            d.ref("decret", "décret n° 2016-596 du 12 mai 2016", number="2016-596",
                  date="2016-05-12"),
            d.ref("decret", "décret n° 2016-604 du 12 mai 2016", number="2016-604",
                  date="2016-05-12"),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("arrete", "arrêté n° 2023-RH-0215 du 3 juillet 2023", number="2023-RH-0215",
                  date="2023-07-03")]
    d.reset()
    ids = [d.ident("postal_code", "63410", "63410"),
           d.ident("email", "drh@chalvignac-les-bains.fr", "drh@chalvignac-les-bains.fr"),
           d.ident("url", "https://www.telerecours.fr", "https://www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE CHALVIGNAC-LES-BAINS", "body": "Le Maire"},
            "2026-RH-0388",
            "portant avancement d'échelon à l'ancienneté de M. Kévin BARRAUD-LEFORT, "
            "adjoint technique principal de 2e classe",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "ARRÊTE CE QUI SUIT", "span": verb}, arts=arts, sigs=sigs,
            amounts=[], dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    vaudrenay_zone_bleue()
    sorbiere_alignement()
    lisoire_mise_en_securite()
    chalvignac_echelon()
