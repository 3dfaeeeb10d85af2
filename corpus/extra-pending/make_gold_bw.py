#!/usr/bin/env python3
"""Hand-written gold for the blind set BW (corpusBW) of corpus/extra-pending
(see README.md, section "Blind set (corpusBW)").
Run: python3 make_gold_bw.py

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
from _goldlib import CENV, CGCT, DocH, art, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CEXP = "Code de l'expropriation pour cause d'utilité publique"


def haute_sorbe_icpe():
    """arrêté préfectoral ICPE with TITRE / CHAPITRE / Article 1.1.1
    numbering and a rubriques table."""
    d = DocH("prefecture-haute-sorbe-arrete-icpe-2026-0214")
    d.reset("Officier de l'ordre")
    visas = [d.clause("Vu le code de l'environnement, et notamment ses articles L. 181-1 et suivants, "
                      "L. 511-1, L. 512-1, R. 181-1 à R. 181-56 et R. 512-46-1 ;"),
             d.clause("Vu la nomenclature des installations classées codifiée à l'annexe de l'article "
                      "R. 511-9 du code de l'environnement ;"),
             d.clause("Vu l'arrêté ministériel du 12 août 2010 relatif aux prescriptions générales "
                      "applicables aux installations classées de méthanisation ;"),
             d.clause("Vu l'arrêté préfectoral n° 2026/SG/0031 du 5 janvier 2026 portant délégation "
                      "de signature à M. Laurent VIGUIER, secrétaire général de la préfecture ;"),
             d.clause("Vu la demande présentée le 18 novembre 2025 par la société BIOGAZ DES TROIS "
                      "COMBES, SAS dont le siège est situé 4 route de Lagarde, 12840 Valcrouzet, "
                      "immatriculée sous le numéro SIRET 532 874 914 00015 ;"),
             d.clause("Vu le rapport de l'inspection des installations classées du 9 juin 2026 ;"),
             d.clause("Vu l'avis du conseil départemental de l'environnement et des risques "
                      "sanitaires et technologiques (CODERST) du 25 juin 2026 ;")]
    cons = [d.clause("Considérant que les mesures prévues par l'exploitant, notamment la couverture "
                     "des fosses de stockage, permettent de prévenir les dangers et inconvénients "
                     "de l'installation pour les intérêts mentionnés à l'article L. 511-1 du code de "
                     "l'environnement ;"),
            d.clause("Considérant que le pétitionnaire a été informé du projet d'arrêté le 29 juin "
                     "2026 et n'a pas émis d'observation ;")]
    verb = d.span("ARRÊTE", at="Sur proposition")
    arts = [art(d, "1.1.1", "Exploitant titulaire de l'autorisation", "Article 1.1.1 –",
                "La société BIOGAZ", "l'article 1.2.1."),
            art(d, "1.1.2", "Durée de l'autorisation", "Article 1.1.2 –",
                "L'autorisation est", "trois ans."),
            art(d, "1.2.1", "Liste des installations concernées par une rubrique",
                "Article 1.2.1 –", "Rubrique Régime", "déclaration avec contrôle)."),
            art(d, "1.2.2", "Garanties financières", "Article 1.2.2 –",
                "Le montant", "1er mars 2027."),
            art(d, "2.1", "Délais et voies de recours", "Article 2.1 –",
                "Le présent arrêté peut", "sa publication."),
            art(d, "2.2", "Exécution", "Article 2.2 –", "Le secrétaire général",
                "du présent arrêté.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Laurent VIGUIER",
                        "Pour le préfet et par délégation, Le secrétaire général",
                        "Laurent VIGUIER", "Rivaldes", "2026-07-07", at="Fait à Rivaldes")]
    d.reset()
    amounts = [d.amount("184 320 €", 184320, tax="TTC")]
    d.reset()
    dates = [d.date("12 août 2010", "2010-08-12"), d.date("5 janvier 2026", "2026-01-05"),
             d.date("18 novembre 2025", "2025-11-18"), d.date("9 juin 2026", "2026-06-09"),
             d.date("25 juin 2026", "2026-06-25"), d.date("29 juin 2026", "2026-06-29"),
             d.date("1er mars 2027", "2027-03-01"), d.date("7 juillet 2026", "2026-07-07")]
    d.reset()
    refs = [d.ref("code", "code de l'environnement, et notamment ses articles L. 181-1 et suivants, "
                  "L. 511-1, L. 512-1, R. 181-1 à R. 181-56 et R. 512-46-1", code=CENV,
                  articles=["L.181-1", "L.511-1", "L.512-1", "R.181-1", "R.181-56",
                            "R.512-46-1"]),
            d.ref("code", "article R. 511-9 du code de l'environnement", code=CENV,
                  articles=["R.511-9"]),
            d.ref("arrete", "arrêté ministériel du 12 août 2010", date="2010-08-12"),
            d.ref("arrete", "arrêté préfectoral n° 2026/SG/0031 du 5 janvier 2026",
                  number="2026/SG/0031", date="2026-01-05"),
            d.ref("code", "article L. 511-1 du code de l'environnement", code=CENV,
                  articles=["L.511-1"]),
            d.ref("code", "article R. 181-50 du code de l'environnement", code=CENV,
                  articles=["R.181-50"])]
    d.reset()
    ids = [d.ident("postal_code", "12840", "12840"),
           d.ident("siret", "532 874 914 00015", "53287491400015")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE LA HAUTE-SORBE", "body": "Le préfet"},
            "2026/DDPP/ICPE/0214",
            "portant autorisation environnementale d'exploiter une unité de méthanisation "
            "et de stockage de digestats Société BIOGAZ DES TROIS COMBES – commune de Valcrouzet",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_d_ysse_mise_en_demeure():
    """arrêté de MISE EN DEMEURE, the date in the heading, no "Fait à"."""
    d = DocH("prefecture-val-d-ysse-arrete-mise-en-demeure-2026-0377")
    d.reset("Officier de la Légion")
    visas = [d.clause("VU le code de l'environnement, notamment ses articles L. 171-6, L. 171-8, "
                      "L. 172-1 et L. 514-5 ;"),
             d.clause("VU l'arrêté préfectoral d'autorisation n° 2019-DREAL-0452 du 14 octobre 2019 "
                      "autorisant la société CARRIÈRES ET GRANULATS DU MARNAC (SIRET 814 263 570 00024) "
                      "à exploiter une carrière au lieu-dit « Le Pech Rouge » ;"),
             d.clause("VU le rapport de l'inspecteur de l'environnement transmis à l'exploitant par "
                      "courrier du 2 juillet 2026, conformément aux articles L. 171-6 et L. 514-5 du "
                      "code de l'environnement, suite à la visite du 16 juin 2026 ;"),
             d.clause("VU l'absence d'observations de l'exploitant dans le délai imparti ;")]
    cons = [d.clause("CONSIDÉRANT que lors de la visite du 16 juin 2026, l'inspecteur de "
                     "l'environnement a constaté que les eaux de ruissellement du carreau sont "
                     "rejetées sans traitement dans le ruisseau du Marnac, en méconnaissance de "
                     "l'article 4.3.2 de l'arrêté préfectoral du 14 octobre 2019 susvisé ;"),
            d.clause("CONSIDÉRANT que face à ce manquement, il convient de faire application des "
                     "dispositions du I de l'article L. 171-8 du code de l'environnement en mettant "
                     "en demeure l'exploitant ;")]
    verb = d.span("A R R Ê T E")
    arts = [art(d, "1", None, "ARTICLE 1 –", "La société", "présent arrêté."),
            art(d, "2", None, "ARTICLE 2 –", "Dans le cas", "4 500 €."),
            art(d, "3", None, "ARTICLE 3 –", "Le présent arrêté est notifié", "deux mois."),
            art(d, "4", None, "ARTICLE 4 –", "Cet arrêté", "www.telerecours.fr."),
            art(d, "5", None, "ARTICLE 5 –", "Le secrétaire général", "présent arrêté.")]
    sigs = [d.signature("La préfète,", "Hélène CASTAIGNE-DUROC", "La préfète",
                        "Hélène CASTAIGNE-DUROC", None, None, at="La préfète,\n")]
    d.reset()
    amounts = [d.amount("45 000 €", 45000), d.amount("4 500 €", 4500)]
    d.reset()
    dates = [d.date("21 juillet 2026", "2026-07-21"), d.date("14 octobre 2019", "2019-10-14"),
             d.date("2 juillet 2026", "2026-07-02"), d.date("16 juin 2026", "2026-06-16"),
             d.date("16 juin 2026", "2026-06-16"), d.date("14 octobre 2019", "2019-10-14"),
             d.date("14 octobre 2019", "2019-10-14")]
    d.reset("La préfète du Val")
    refs = [d.ref("code", "code de l'environnement, notamment ses articles L. 171-6, L. 171-8, "
                  "L. 172-1 et L. 514-5", code=CENV,
                  articles=["L.171-6", "L.171-8", "L.172-1", "L.514-5"]),
            d.ref("arrete", "arrêté préfectoral d'autorisation n° 2019-DREAL-0452 du 14 octobre 2019",
                  number="2019-DREAL-0452", date="2019-10-14"),
            d.ref("code", "articles L. 171-6 et L. 514-5 du code de l'environnement", code=CENV,
                  articles=["L.171-6", "L.514-5"]),
            d.ref("arrete", "article 4.3.2 de l'arrêté préfectoral du 14 octobre 2019",
                  date="2019-10-14", articles=["4.3.2"]),
            d.ref("code", "article L. 171-8 du code de l'environnement", code=CENV,
                  articles=["L.171-8"]),
            d.ref("arrete", "article 4.3.2 de l'arrêté préfectoral du 14 octobre 2019",
                  date="2019-10-14", articles=["4.3.2"]),
            d.ref("code", "article L. 171-8 du code de l'environnement", code=CENV,
                  articles=["L.171-8"])]
    d.reset()
    ids = [d.ident("siret", "814 263 570 00024", "81426357000024"),
           d.ident("postal_code", "46230", "46230"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFÈTE DU VAL-D'YSSE", "body": "La préfète"},
            "DREAL-UD-2026-0377",
            "mettant en demeure la société CARRIÈRES ET GRANULATS DU MARNAC de respecter les "
            "prescriptions applicables à son installation située sur la commune de Bourg-Marnac",
            visas=visas, cons=cons, dec={"verb": "A R R Ê T E", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lozanne_dup():
    """arrêté portant DUP + cessibilité, OBJET line, parcel table, date in
    words without "Fait à"."""
    d = DocH("prefecture-lozanne-arrete-dup-2026-0562")
    d.reset("Chevalier de la Légion")
    visas = [d.clause("VU le code de l'expropriation pour cause d'utilité publique, et notamment "
                      "ses articles L. 1, L. 121-1 à L. 121-5, L. 132-1 et R. 131-1 à R. 131-14 ;"),
             d.clause("VU le code général des collectivités territoriales ;"),
             d.clause("VU la délibération n° 2025-118 du conseil municipal de Saint-Ambroix-des-Prés "
                      "du 15 décembre 2025 sollicitant l'ouverture des enquêtes conjointes ;"),
             d.clause("VU l'arrêté préfectoral n° DCL-BUP-2026-0087 du 6 février 2026 prescrivant "
                      "l'ouverture d'une enquête publique préalable à la déclaration d'utilité "
                      "publique et d'une enquête parcellaire, qui se sont déroulées du 2 mars 2026 "
                      "au 3 avril 2026 inclus en mairie de Saint-Ambroix-des-Prés ;"),
             d.clause("VU le rapport et les conclusions du commissaire enquêteur, M. Bernard "
                      "CASTAGNÉ, en date du 28 avril 2026, émettant un avis favorable sans réserve "
                      "à la déclaration d'utilité publique et à la cessibilité ;"),
             d.clause("VU la délibération du conseil municipal du 18 mai 2026 se prononçant sur "
                      "l'intérêt général du projet ;")]
    cons = [d.clause("CONSIDÉRANT que le projet améliore la sécurité des piétons dans la traverse "
                     "de la route départementale n° 27 ;"),
            d.clause("CONSIDÉRANT que le coût du projet, estimé à 1 284 000 € TTC, dont "
                     "96 500 euros d'acquisitions foncières, n'est pas excessif au regard de "
                     "l'intérêt qu'il présente ;")]
    verb = d.span("ARRÊTE", at="SUR la proposition")
    arts = [art(d, "1", None, "ARTICLE PREMIER :", "Sont déclarés", "parc de stationnement."),
            art(d, "2", None, "ARTICLE 2 :", "La commune est", "présent arrêté."),
            art(d, "3", None, "ARTICLE 3 :", "Sont déclarées", "2 870"),
            art(d, "4", None, "ARTICLE 4 :", "Le présent arrêté", "sa publication."),
            art(d, "5", None, "ARTICLE 5 :", "La secrétaire générale", "présent arrêté.")]
    sigs = [d.signature("Pour le Préfet et par délégation,", "Catherine LABORDE-SAINT-MARC",
                        "Pour le Préfet et par délégation, La secrétaire générale",
                        "Catherine LABORDE-SAINT-MARC", "Mende-sur-Lozanne", "2026-05-26")]
    d.reset()
    amounts = [d.amount("1 284 000 €", 1284000, tax="TTC"), d.amount("96 500 euros", 96500)]
    d.reset()
    dates = [d.date("15 décembre 2025", "2025-12-15"), d.date("6 février 2026", "2026-02-06"),
             d.date("2 mars 2026", "2026-03-02"), d.date("3 avril 2026", "2026-04-03"),
             d.date("28 avril 2026", "2026-04-28"), d.date("18 mai 2026", "2026-05-18"),
             d.date("vingt-six mai deux mille vingt-six", "2026-05-26")]
    d.reset()
    refs = [d.ref("code", "code de l'expropriation pour cause d'utilité publique, et notamment "
                  "ses articles L. 1, L. 121-1 à L. 121-5, L. 132-1 et R. 131-1 à R. 131-14",
                  code=CEXP, articles=["L.1", "L.121-1", "L.121-5", "L.132-1", "R.131-1",
                                       "R.131-14"]),
            d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("deliberation", "délibération n° 2025-118 du conseil municipal de "
                  "Saint-Ambroix-des-Prés du 15 décembre 2025", number="2025-118",
                  date="2025-12-15"),
            d.ref("arrete", "arrêté préfectoral n° DCL-BUP-2026-0087 du 6 février 2026",
                  number="DCL-BUP-2026-0087", date="2026-02-06"),
            d.ref("deliberation", "délibération du conseil municipal du 18 mai 2026",
                  date="2026-05-18")]
    d.reset()
    ids = [d.ident("phone", "04 66 49 27 31", "0466492731"),
           d.ident("siren", "251 204 780", "251204780")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFECTURE DE LA LOZANNE", "body": "LE PRÉFET"},
            "DCL-BUP-2026-0562",
            "Commune de Saint-Ambroix-des-Prés – Déclaration d'utilité publique du projet "
            "d'aménagement de la traverse du bourg et de création d'un parc de stationnement, "
            "et cessibilité des parcelles nécessaires.",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def garlande_ardelle_statuts():
    """arrêté INTER-PRÉFECTORAL modifying a syndicat mixte's statuts; the two
    préfets' blocks, "Fait à" lines and signatures SIDE BY SIDE."""
    d = DocH("prefectures-haute-garlande-ardelle-arrete-statuts-smix-2026-112")
    d.reset("du Mérite,")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L. 5211-17, L. 5211-20 et L. 5721-1 à L. 5722-11 ;"),
             d.clause("Vu l'arrêté inter-préfectoral n° 2017-204 du 28 décembre 2017 portant "
                      "création du syndicat mixte d'aménagement et de gestion du bassin de la "
                      "Garlande, modifié le 3 juin 2022 ;"),
             d.clause("Vu la délibération n° CS-2026-04 du comité syndical du 3 février 2026 "
                      "approuvant la modification des statuts et l'extension du périmètre à la "
                      "compétence « prévention des inondations » ;"),
             d.clause("Vu les délibérations concordantes des conseils municipaux de Vernac "
                      "(12 mars 2026), Lussan-le-Haut (14 mars 2026), Saint-Pons-d'Ardelle "
                      "(19 mars 2026) et Marsac-sur-Garlande (2 avril 2026), et du conseil "
                      "communautaire de la communauté de communes du Haut-Garlandais "
                      "(26 mars 2026) ;")]
    cons = [d.clause("Considérant que les conditions de majorité prévues à l'article L. 5211-20 "
                     "du code général des collectivités territoriales sont réunies ;")]
    verb = d.span("ARRÊTENT")
    arts = [art(d, "1", None, "Article 1er :", "L'article 2 des statuts", "des inondations. »"),
            art(d, "2", None, "Article 2 :", "La contribution", "318 000 €."),
            art(d, "3", None, "Article 3 :", "Les statuts", "présent arrêté."),
            art(d, "4", None, "Article 4 :", "Le présent arrêté", "sa publication."),
            art(d, "5", None, "Article 5 :", "Les secrétaires généraux", "deux préfectures.")]
    sigs = [d.signature("Le préfet de la Haute-Garlande,", "Marc-Antoine DELPEYROUX",
                        "Le préfet de la Haute-Garlande", "Marc-Antoine DELPEYROUX",
                        "Pradelles", "2026-06-22", at="Fait à Pradelles"),
            d.signature("La préfète de l'Ardelle,", "Sylvie N'GUYEN-LAFARGE",
                        "La préfète de l'Ardelle", "Sylvie N'GUYEN-LAFARGE",
                        "Saint-Ours", "2026-06-25", at="Fait à Pradelles")]
    d.reset()
    amounts = [d.amount("2,40 euros", 2.4), d.amount("318 000 €", 318000)]
    d.reset()
    dates = [d.date("28 décembre 2017", "2017-12-28"), d.date("3 juin 2022", "2022-06-03"),
             d.date("3 février 2026", "2026-02-03"), d.date("12 mars 2026", "2026-03-12"),
             d.date("14 mars 2026", "2026-03-14"), d.date("19 mars 2026", "2026-03-19"),
             d.date("2 avril 2026", "2026-04-02"), d.date("26 mars 2026", "2026-03-26"),
             d.date("22 juin 2026", "2026-06-22"), d.date("25 juin 2026", "2026-06-25")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 5211-17, L. 5211-20 et L. 5721-1 à L. 5722-11", code=CGCT,
                  articles=["L.5211-17", "L.5211-20", "L.5721-1", "L.5722-11"]),
            d.ref("arrete", "arrêté inter-préfectoral n° 2017-204 du 28 décembre 2017",
                  number="2017-204", date="2017-12-28"),
            d.ref("deliberation", "délibération n° CS-2026-04 du comité syndical du 3 février 2026",
                  number="CS-2026-04", date="2026-02-03"),
            d.ref("deliberation", "délibérations concordantes des conseils municipaux de Vernac "
                  "(12 mars 2026), Lussan-le-Haut (14 mars 2026), Saint-Pons-d'Ardelle "
                  "(19 mars 2026) et Marsac-sur-Garlande (2 avril 2026), et du conseil "
                  "communautaire de la communauté de communes du Haut-Garlandais "
                  "(26 mars 2026"),
            d.ref("code", "article L. 5211-20 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-20"])]
    d.reset()
    ids = [d.ident("siren", "200 071 587", "200071587")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE LA HAUTE-GARLANDE", "body": "Le préfet"},
            "2026-112",
            "portant modification des statuts du syndicat mixte d'aménagement et de gestion "
            "du bassin de la Garlande (SMAGBG)",
            visas=visas, cons=cons, dec={"verb": "ARRÊTENT", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    haute_sorbe_icpe()
    val_d_ysse_mise_en_demeure()
    lozanne_dup()
    garlande_ardelle_statuts()
