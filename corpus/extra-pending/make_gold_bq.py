#!/usr/bin/env python3
"""Hand-written gold for the blind set BQ (corpusBQ) of corpus/extra-pending
(see README.md, section "Blind set (corpusBQ)"): BIG CITIES AND SEMs
(Marseille conseil d'arrondissements avis, Conseil de Paris délibération,
SAEML conseil d'administration PV, SPL assemblée générale ordinaire PV).
Run: python3 make_gold_bq.py

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
from _goldlib import CGCT, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CCOMM = "Code de commerce"


def marseille_secteur():
    d = DocH("mairie-secteur-marseille-3e-avis-2026-031")
    pres = d.P("Mme Sandrine ABELLO-FERRI", at="sous la présidence de")
    sec = d.P("M. Karim BENSALEM", at="Secrétaire de séance")
    session = {"date": "2026-03-12",
               "place": "salle des délibérations de la mairie de secteur",
               "convened_on": "2026-03-05", "president": pres, "secretary": sec}
    d.reset("Présents :\n")
    present = d.persons("Mme Sandrine ABELLO-FERRI", "M. Karim BENSALEM",
                        "Mme Lucie ORSONI", "M. Jean-Baptiste TOURNIAIRE",
                        "Mme Fatima HAMZAOUI", "M. Pierre-Yves LAUGIER",
                        "Mme Nadia CHIAPPE", "M. Gérard CASTELLANI",
                        "Mme Hélène ROUBAUD", "M. Patrick VIALE",
                        "Mme Marie-Claude BONIFAY", "M. Thierry ESCOFFIER",
                        "Mme Sabine MOUTTE", "Mme Louise FABRE-GIRAUD",
                        "M. Yannick PELISSIER", "Mme Coralie ANTOMARCHI",
                        "M. Olivier RASTOIN")
    d.reset("Excusés ayant donné pouvoir")
    p1 = d.proxy("M. Ahmed SAÏDI", "Mme Lucie ORSONI")
    p2 = d.proxy("Mme Chantal GIORDANO", "M. Gérard CASTELLANI")
    absent = d.persons("M. Julien MORACCHINI", "Mme Estelle DURBEC", at="Absents :")
    att = attendance(present=present, excused=[p1["from"], p2["from"]],
                     absent=absent, proxies=[p1, p2], in_office=21, present_n=17,
                     represented=2, voting=19)
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2511-13 et L. 2511-30 ;"),
             d.clause("Vu la loi n° 82-1169 du 31 décembre 1982 relative à l'organisation "
                      "administrative de Paris, Marseille, Lyon et des établissements publics "
                      "de coopération intercommunale ;"),
             d.clause("Vu le rapport n° 26-12345-DGAPM de Monsieur le Maire de Marseille au "
                      "conseil municipal ;")]
    cons = [d.clause("Considérant que le gymnase Saint-Pierre est un équipement de proximité "
                     "inscrit à l'inventaire des équipements du secteur ;"),
            d.clause("Considérant que la redevance annuelle de 4 800 euros est conforme au "
                     "barème fixé par la délibération n° 25/0412/VAT du 17 octobre 2025 ;")]
    dec = {"verb": "ÉMET UN AVIS FAVORABLE", "span": d.span("ÉMET UN AVIS FAVORABLE")}
    arts = [d.article("1", None, "Article 1 :",
                      "Au projet de convention de mise à disposition du gymnase "
                      "Saint-Pierre pour une durée de trois ans à compter du 1er avril 2026."),
            d.article("2", None, "Article 2 :",
                      "Le conseil d'arrondissements demande que les créneaux "
                      "associatifs du samedi matin soient maintenus.")]
    votes = [d.vote("Pour : 12 (Groupe Printemps Marseillais, Groupe Marseille Écologie) – "
                    "Contre : 2 (Groupe Rassemblement National) – Abstentions : 5 "
                    "(Groupe Une Volonté pour Marseille). L'avis est adopté.",
                    for_=12, against=2, abstention=5,
                    for_groups=["Groupe Printemps Marseillais", "Groupe Marseille Écologie"])]
    sigs = [d.signature("La Maire du 3e secteur,", "Sandrine ABELLO-FERRI",
                        "La Maire du 3e secteur", "Sandrine ABELLO-FERRI", "Marseille",
                        "2026-03-12", at="La Maire du 3e secteur,\n")]
    d.reset()
    amounts = [d.amount("4 800 euros", 4800)]
    d.reset()
    dates = [d.date("jeudi 12 mars 2026", "2026-03-12"),
             d.date("jeudi douze mars deux mille vingt-six", "2026-03-12"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("31 décembre 1982", "1982-12-31"),
             d.date("17 octobre 2025", "2025-10-17"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("12 mars 2026", "2026-03-12", at="Fait à")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2511-13 et L. 2511-30", code=CGCT,
                  articles=["L.2511-13", "L.2511-30"]),
            d.ref("loi", "loi n° 82-1169 du 31 décembre 1982", number="82-1169",
                  date="1982-12-31"),
            d.ref("deliberation", "délibération n° 25/0412/VAT du 17 octobre 2025",
                  number="25/0412/VAT", date="2025-10-17")]
    d.reset()
    ids = [d.ident("postal_code", "13005", "13005"),
           d.ident("phone", "04 91 55 12 34", "0491551234")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE MARSEILLE",
             "body": "CONSEIL D'ARRONDISSEMENTS DU 3e SECTEUR"},
            "26/031/3S",
            "Avis du conseil d'arrondissements sur la convention de mise à disposition du "
            "gymnase Saint-Pierre au profit de l'association sportive « Les Bleus du Camas ».",
            session=session, att=att, visas=visas, cons=cons, dec=dec, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def paris_dac():
    d = DocH("ville-paris-deliberation-2026-dac-123")
    session = {"date": "2026-03-10", "place": None, "convened_on": None,
               "president": None, "secretary": None}
    visas = [d.clause("Vu le Code général des collectivités territoriales ;"),
             d.clause("Vu l'article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux "
                      "droits des citoyens dans leurs relations avec les administrations ;"),
             d.clause("Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de "
                      "l'article 10 de la loi n° 2000-321 du 12 avril 2000 ;"),
             d.clause("Vu le projet de délibération en date du 17 février 2026 par lequel "
                      "Mme la Maire de Paris lui propose d'attribuer une subvention à "
                      "l'association « Les Ateliers du Faubourg » ;"),
             d.clause("Vu l'avis du Conseil du 11e arrondissement en date du 2 mars 2026 ;")]
    votes = [d.vote("Votent pour : Groupe Changer Paris, Groupe Indépendants et Progressistes. "
                    "Votent contre : Groupe Paris en commun, Groupe Écologiste de Paris, "
                    "Groupe Communiste et Citoyen. S'abstient : Groupe MoDem, Démocrates et "
                    "Écologistes. L'amendement n° 12 est rejeté.", result="rejected",
                    for_groups=["Groupe Changer Paris",
                                "Groupe Indépendants et Progressistes"])]
    dec = {"verb": "Délibère", "span": d.span("Délibère")}
    arts = [d.article("1", None, "Article 1 :",
                      "Une subvention de fonctionnement d'un montant de 15 000 euros "
                      "est attribuée à l'association « Les Ateliers du Faubourg » (SIRET "
                      "793 461 526 00014), 42, rue Fictive, 75011 Paris, au titre de l'année "
                      "2026."),
            d.article("2", None, "Article 2 :",
                      "Mme la Maire de Paris est autorisée à signer avec "
                      "l'association la convention annuelle d'objectifs jointe à la présente "
                      "délibération."),
            d.article("3", None, "Article 3 :",
                      "La dépense correspondante sera imputée au chapitre 65, "
                      "nature 6574, du budget de fonctionnement de la Ville de Paris pour 2026.")]
    votes.append(d.vote("Votent pour : Groupe Paris en commun, Groupe Écologiste de Paris, "
                        "Groupe Communiste et Citoyen, Groupe Changer Paris, Groupe MoDem, "
                        "Démocrates et Écologistes. S'abstient : Groupe Indépendants et "
                        "Progressistes. Le projet de délibération est adopté.",
                        for_groups=["Groupe Paris en commun", "Groupe Écologiste de Paris",
                                    "Groupe Communiste et Citoyen", "Groupe Changer Paris",
                                    "Groupe MoDem, Démocrates et Écologistes"]))
    sigs = [d.signature("Pour la Maire de Paris", "Isabelle MARCHETTI-VAUBAN",
                        "Pour la Maire de Paris et par délégation, La Directrice des "
                        "Affaires culturelles", "Isabelle MARCHETTI-VAUBAN", None, None,
                        at="Pour la Maire de Paris\n")]
    d.reset()
    amounts = [d.amount("15 000 euros", 15000), d.amount("20 000 euros", 20000),
               d.amount("15 000 euros", 15000)]
    d.reset()
    dates = [d.date("10", "2026-03-10", at="Séance des"),
             d.date("11", "2026-03-11"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("6 juin 2001", "2001-06-06"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("17 février 2026", "2026-02-17"),
             d.date("2 mars 2026", "2026-03-02")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales", code=CGCT),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000",
                  number="2000-321", date="2000-04-12", articles=["10"]),
            d.ref("decret", "décret n° 2001-495 du 6 juin 2001", number="2001-495",
                  date="2001-06-06"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000",
                  number="2000-321", date="2000-04-12", articles=["10"])]
    d.reset()
    ids = [d.ident("siret", "793 461 526 00014", "79346152600014"),
           d.ident("postal_code", "75011", "75011")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE PARIS", "body": "CONSEIL DE PARIS"},
            "2026 DAC 123",
            "Subvention (15 000 euros) et convention avec l'association « Les Ateliers du "
            "Faubourg » (11e).",
            session=session, visas=visas, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saem_ca():
    d = DocH("saem-lyon-confluence-pv-ca-2026-04")
    d.reset("Sont présents ou représentés")
    perr = d.P("M. Antoine PERRACHON")
    dum = d.P("Mme Claire DUMOULIN-BRET")
    px = d.proxy("M. Hugo VERDIÈRE", "M. Antoine PERRACHON")
    sau = d.P("Mme Véronique SAUZET")
    gar = d.P("M. Luc GARNIER-FAURE")
    exc = d.P("M. Rachid BOUAZZA")
    adv = d.persons("M. Serge LAFORÊT", "Mme Agnès ROUSSET", "M. Damien TREVOUX")
    att = attendance(present=[perr, dum, sau, gar], excused=[exc], proxies=[px],
                     adv_p=adv, in_office=6, present_n=4, represented=1)
    sec = d.P("Mme Claire DUMOULIN-BRET", at="Le Président ouvre la séance")
    session = {"date": "2026-04-15", "place": "siège social", "convened_on": "2026-04-01",
               "president": perr, "secretary": sec}
    d.reset("PREMIÈRE RÉSOLUTION")
    dec = {"verb": "approuve", "span": d.span("approuve")}
    d.reset("PREMIÈRE RÉSOLUTION")
    votes = [d.vote("adoptée à l'unanimité", unanimous=True)]
    visas = [d.clause("Vu les articles L. 225-100 et L. 232-1 du code de commerce ;")]
    votes.append(d.vote("adoptée à l'unanimité", unanimous=True))
    visas.append(d.clause("Vu l'article L. 1522-5 du code général des collectivités "
                          "territoriales ;"))
    votes.append(d.vote("adoptée par 3 voix pour et 1 abstention", for_=3, abstention=1,
                        not_voting=1))
    votes.append(d.vote("adoptée à l'unanimité", unanimous=True))
    sigs = [d.signature("Le Président,", "Antoine PERRACHON", "Le Président",
                        "Antoine PERRACHON", None, None, at="Le Président,  "),
            d.signature("La Secrétaire de séance,", "Claire DUMOULIN-BRET",
                        "La Secrétaire de séance", "Claire DUMOULIN-BRET", None, None,
                        at="La Secrétaire de séance,")]
    d.reset()
    amounts = [d.amount("3 600 000 €", 3600000), d.amount("8 412 650,00 €", 8412650),
               d.amount("214 380,00 €", 214380), d.amount("1,2 M€", 1200000)]
    d.reset()
    dates = [d.date("mercredi 15 avril 2026", "2026-04-15"),
             d.date("mercredi 15 avril 2026", "2026-04-15"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("31 décembre 2025", "2025-12-31"),
             d.date("jeudi 18 juin 2026", "2026-06-18")]
    d.reset()
    refs = [d.ref("code", "articles L. 225-100 et L. 232-1 du code de commerce", code=CCOMM,
                  articles=["L.225-100", "L.232-1"]),
            d.ref("code", "article L. 1522-5 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.1522-5"])]
    d.reset()
    ids = [d.ident("postal_code", "69002", "69002"),
           d.ident("siren", "483 126 579", "483126579")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "LYON CONFLUENCE PATRIMOINE", "body": "CONSEIL D'ADMINISTRATION"},
            None, "PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION Réunion du mercredi 15 avril 2026",
            session=session, att=att, visas=visas, dec=dec, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def spl_ago():
    d = DocH("spl-metropole-rhodanienne-pv-ago-2026-06")
    d.reset("Sont présents ou représentés")
    present = d.persons("M. Bruno CHAMPAGNAT", "Mme Yasmina OUARDI", "M. Hervé LAMOTTE")
    att = attendance(present=present)
    pres = d.P("M. Bruno CHAMPAGNAT", at="L'assemblée est présidée par")
    sec = d.P("Mme Laurence PEYRAUD")
    session = {"date": "2026-06-25", "place": "hôtel de la Métropole, salle du conseil",
               "convened_on": "2026-06-05", "president": pres, "secretary": sec}
    d.reset("PREMIÈRE RÉSOLUTION")
    dec = {"verb": "approuve", "span": d.span("approuve")}
    d.reset("PREMIÈRE RÉSOLUTION")
    votes = [d.vote("adoptée à l'unanimité", unanimous=True),
             d.vote("adoptée à l'unanimité", unanimous=True),
             d.vote("adoptée à la majorité de 92 % des voix"),
             d.vote("adoptée à l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Président de séance,", "Bruno CHAMPAGNAT",
                        "Le Président de séance", "Bruno CHAMPAGNAT", None, None,
                        at="Le Président de séance,"),
            d.signature("Le Scrutateur,", "Yasmina OUARDI", "Le Scrutateur",
                        "Yasmina OUARDI", None, None, at="Le Scrutateur,"),
            d.signature("La Secrétaire,", "Laurence PEYRAUD", "La Secrétaire",
                        "Laurence PEYRAUD", None, None, at="La Secrétaire,")]
    d.reset()
    amounts = [d.amount("200 000 euros", 200000), d.amount("100 euros", 100),
               d.amount("38 420,15 euros", 38420.15), d.amount("38 420,15 euros", 38420.15),
               d.amount("1 921,01 euros", 1921.01), d.amount("36 499,14 euros", 36499.14)]
    d.reset()
    dates = [d.date("25 JUIN 2026", "2026-06-25"),
             d.date("L'an deux mille vingt-six, le vingt-cinq juin", "2026-06-25"),
             d.date("5 juin 2026", "2026-06-05"),
             d.date("31 décembre 2025", "2025-12-31")]
    d.reset()
    refs = [d.ref("code", "article L. 225-38 du code de commerce", code=CCOMM,
                  articles=["L.225-38"])]
    d.reset()
    ids = [d.ident("postal_code", "69004", "69004"),
           d.ident("siren", "529 743 189", "529743189"),
           d.ident("siret", "529 743 189 00035", "52974318900035")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "SPL MÉTROPOLE RHODANIENNE MOBILITÉS",
             "body": "ASSEMBLÉE GÉNÉRALE ORDINAIRE"},
            None, "PROCÈS-VERBAL DES DÉLIBÉRATIONS DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU "
            "25 JUIN 2026", session=session, att=att, dec=dec, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    marseille_secteur()
    paris_dac()
    saem_ca()
    spl_ago()
