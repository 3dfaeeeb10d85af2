#!/usr/bin/env python3
"""Hand-written gold for the blind set AF (corpusAF) of corpus/extra-pending
(see README.md, section "Blind set (corpusAF)").
Run: python3 make_gold_af.py

Same conventions and tooling as make_gold_ae.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CASF, CCP, CEDUC, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def villers_two_deliberations():
    """ONE FILE holding TWO délibérations of the same séance of a conseil
    municipal: letterhead + registre heading once at the top, then each act
    "DÉLIBÉRATION N° 2025-07n" / "Séance du mardi …" / "Objet :" / séance
    sentence in words WITHOUT "L'an" / counts / "Présents :" list /
    "Excusés ayant donné pouvoir : X (pouvoir à\\nY)" / "Absents :" /
    "Secrétaire de séance :", exposé, visas, "DÉCIDE :", articles, vote,
    "Fait et délibéré …", place/date line, "La Maire," + name, ACTES lines.
    Act 2 repeats the block with one member more present and the sentence
    "M. X arrive en séance à 20 h 45 et prend part au vote à partir\\nde la
    délibération n° 2025-072." (the act's own number)."""
    d = DocH("commune-villers-en-aubrette-deliberations-2025-10-14")
    cut = d.s.index("DÉLIBÉRATION N° 2025-072")
    C = d.b(cut)
    issuer = {"collectivity": "COMMUNE DE VILLERS-EN-AUBRETTE",
              "body": "CONSEIL MUNICIPAL"}
    PRES = ["M. Philippe ROUSSELOT", "Mme Sandrine PETITJEAN", "M. Éric DAMBRUN",
            "Mme Nadège COLLINET", "M. Laurent HUGUENOT", "Mme Agnès PIERRARD",
            "M. Jérôme BAILLY", "Mme Valérie SOUDANT", "M. Thibault GRANDPIERRE",
            "Mme Claire MOUTON", "M. Serge LALLEMENT", "Mme Estelle RAGOT",
            "M. Yannick DUPLESSIS", "Mme Lucie FERRAND"]

    def block(start, late):
        # sequential lookups from the act's heading (`at=` would search from
        # the top of the file, i.e. in act 1)
        d.reset(start)
        d.locate("sous la présidence")
        pres = d.P("Mme Catherine VAUTRIN-LEBLOND")
        d.locate("Présents : Mme")
        d.cursor -= len("Mme")
        present = d.persons("Mme Catherine VAUTRIN-LEBLOND", *PRES)
        if late:
            present.append(d.P("M. Hugo BERTHIER"))
        d.locate("Excusés ayant donné")
        excused = [d.P("M. Daniel CHAMPENOIS")]
        e1 = d.P("Mme Catherine VAUTRIN-LEBLOND")
        excused.append(d.P("Mme Hélène JACQUIER"))
        e2 = d.P("M. Éric DAMBRUN")
        proxies = [{"from": excused[0], "to": e1, "span": d.proxy_span(excused[0], e1)},
                   {"from": excused[1], "to": e2, "span": d.proxy_span(excused[1], e2)}]
        if late:
            d.locate("Absent :")
            absent = [d.P("M. Kévin NOIROT")]
        else:
            d.locate("Absents :")
            absent = d.persons("M. Hugo BERTHIER", "M. Kévin NOIROT")
        d.locate("Secrétaire de séance")
        sec = d.P("Mme Claire MOUTON")
        session = {"date": "2025-10-14", "place": "mairie, salle des fêtes",
                   "convened_on": "2025-10-07", "president": pres, "secretary": sec}
        return session, present, excused, absent, proxies

    # ---- act 1 -----------------------------------------------------------
    session, present, excused, absent, proxies = block(None, False)
    att = attendance(present, excused, absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=17)
    d.reset("Le conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2121-29 ;"),
             d.clause("Vu le code de l'éducation, et notamment ses articles R. 531-52 et "
                      "R. 531-53 ;"),
             d.clause("Vu la délibération n° 2023-058 du 21 novembre 2023 fixant les tarifs "
                      "des services périscolaires ;")]
    cons = [d.clause("Considérant la nécessité d'ajuster les tarifs au coût réel du service ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Les tarifs de la restauration",
                "repas adulte 6,40 €."),
            art(d, "2", None, "Article 2 :", "Le tarif de l'accueil",
                "toute demi-heure commencée est due."),
            art(d, "3", None, "Article 3 :", "La délibération n° 2023-058",
                "compter du 1er janvier 2026.")]
    votes = [d.vote("Pour : 15 – Contre : 0 – Abstentions : 2 La délibération est adoptée.",
                    for_=15, against=0, abstention=2)]
    sigs = [d.signature("La Maire,", "Catherine VAUTRIN-LEBLOND", "La Maire",
                        "Catherine VAUTRIN-LEBLOND", "Villers-en-Aubrette", "2025-10-16",
                        at="Villers-en-Aubrette, le 16")]
    d.reset("Article 1 :")
    amounts = [d.amount("3,95 €", 3.95), d.amount("2,10 €", 2.1), d.amount("6,40 €", 6.4),
               d.amount("1,85 €", 1.85)]
    d.reset("DÉLIBÉRATION N° 2025-071")
    dates = [d.date("mardi 14 octobre 2025", "2025-10-14"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("quatorze octobre deux mille vingt-cinq", "2025-10-14"),
             d.date("7 octobre 2025", "2025-10-07"),
             d.date("21 novembre 2023", "2023-11-21"),
             d.date("1er septembre 2025", "2025-09-01"),
             d.date("21 novembre 2023", "2023-11-21"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("21 novembre 2023", "2023-11-21"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("16 octobre 2025", "2025-10-16"),
             d.date("17/10/2025", "2025-10-17"), d.date("17/10/2025", "2025-10-17")]
    d.reset("Mme la Maire expose")
    refs = [d.ref("deliberation", "délibération n° 2023-058 du 21 novembre 2023",
                  number="2023-058", date="2023-11-21"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "code de l'éducation, et notamment ses articles R. 531-52 et "
                  "R. 531-53", code=CEDUC, articles=["R.531-52", "R.531-53"]),
            d.ref("deliberation", "délibération n° 2023-058 du 21 novembre 2023",
                  number="2023-058", date="2023-11-21"),
            d.ref("deliberation", "délibération n° 2023-058 du 21 novembre 2023",
                  number="2023-058", date="2023-11-21")]
    d.reset()
    ids = [d.ident("postal_code", "51320", "51320"),
           d.ident("phone", "03 26 71 48 05", "0326714805"),
           d.ident("email", "mairie@villers-en-aubrette.fr", "mairie@villers-en-aubrette.fr"),
           d.ident("acte", "051-215103219-20251014-2025071-DE",
                   "051-215103219-20251014-2025071-DE")]
    a1 = doc(d, "deliberation", [0, C], issuer, "2025-071",
             "Tarifs de la restauration scolaire et de l'accueil périscolaire à compter du "
             "1er janvier 2026",
             session=session, att=att, visas=visas, cons=cons,
             dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs, ids=ids)

    # ---- act 2 -----------------------------------------------------------
    S2 = "DÉLIBÉRATION N° 2025-072"
    session, present, excused, absent, proxies = block(S2, True)
    att = attendance(present, excused, absent, proxies, in_office=19, present_n=16,
                     represented=2, voting=18)
    d.reset("Mme la Maire présente")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2334-32 à L. 2334-39 ;"),
             d.clause("Vu la circulaire préfectorale du 29 septembre 2025 relative à la "
                      "programmation de la DETR 2026 ;")]
    cons = [d.clause("Considérant que le projet permettra une réduction d'au moins 40 % des "
                     "consommations d'énergie du bâtiment ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver le projet",
                "pour un montant de 412 500,00 € HT."),
            art(d, "2", None, "Article 2 :", "D'approuver le plan de financement",
                "Total                                         412 500,00 €"),
            art(d, "3", None, "Article 3 :", "D'autoriser Mme la Maire",
                "toute pièce relative à ce dossier.")]
    votes = [d.vote("Le conseil municipal adopte la délibération à l'unanimité.",
                    unanimous=True)]
    sigs = [d.signature("La Maire,", "Catherine VAUTRIN-LEBLOND", "La Maire",
                        "Catherine VAUTRIN-LEBLOND", "Villers-en-Aubrette", "2025-10-16",
                        at="Villers-en-Aubrette, le 16 octobre 2025\n\nLa Maire,\n"
                        "Catherine VAUTRIN-LEBLOND\n\nTransmis en préfecture le 17/10/2025 – "
                        "Publié le 17/10/2025\nIdentifiant : 051-215103219-20251014-2025072")]
    d.reset("Mme la Maire présente")
    amounts = [d.amount("412 500,00 €", 412500, tax="HT"),
               d.amount("495 000,00 €", 495000, tax="TTC"),
               d.amount("412 500,00 €", 412500, tax="HT"),
               d.amount("165 000,00 €", 165000), d.amount("82 500,00 €", 82500),
               d.amount("165 000,00 €", 165000), d.amount("412 500,00 €", 412500),
               d.amount("cent soixante-cinq mille euros", 165000)]
    d.reset(S2)
    dates = [d.date("mardi 14 octobre 2025", "2025-10-14"),
             d.date("quatorze octobre deux mille vingt-cinq", "2025-10-14"),
             d.date("7 octobre 2025", "2025-10-07"),
             d.date("29 septembre 2025", "2025-09-29"),
             d.date("16 octobre 2025", "2025-10-16"),
             d.date("17/10/2025", "2025-10-17"), d.date("17/10/2025", "2025-10-17")]
    d.reset("Mme la Maire présente")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2334-32 à L. 2334-39", code=CGCT,
                  articles=["L.2334-32", "L.2334-39"]),
            d.ref("circulaire", "circulaire préfectorale du 29 septembre 2025",
                  date="2025-09-29")]
    d.reset(S2)
    ids = [d.ident("acte", "051-215103219-20251014-2025072-DE",
                   "051-215103219-20251014-2025072-DE")]
    a2 = doc(d, "deliberation", [C, len(d.raw)], issuer, "2025-072",
             "Demande de subvention au titre de la dotation d'équipement des territoires "
             "ruraux (DETR) 2026 pour la rénovation énergétique de l'école élémentaire "
             "Jules-Ferry",
             session=session, att=att, visas=visas, cons=cons,
             dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs, ids=ids)
    for x in (a1, a2):
        for key in ("amounts", "dates", "references", "identifiers", "visas",
                    "considerants", "articles", "votes", "signatures"):
            for e in x[key]:
                assert x["span"][0] <= e["span"][0] and e["span"][1] <= x["span"][1], (key, e)
    d.write([a1, a2])


def sdis_orbieux():
    """Délibération of the CONSEIL D'ADMINISTRATION of a SDIS: letterhead
    with CS + CEDEX, phone, e-mail, SIRET; "Séance du 03.10.2025" (DOTTED
    dates throughout: convocation, consultation, CAO, visas, "Fait à", the
    stamp); "DÉLIBÉRATION N° CA-2025-52"; two-line "OBJET :" naming the
    accord-cadre attributed; séance sentence with "vendredi\\n3 octobre 2025";
    counts "Membres à voix délibérative en exercice : 16" / "Présents : 12 –
    Pouvoirs : 2 – Votants : 14"; lists under labels on their own line:
    "Membres à voix délibérative présents :", "… excusés :" (two with
    "(pouvoir à Y)"), "Membres à voix consultative présents :" (MILITARY
    RANKS before the names, roles after, ";" separated), "… excusés :";
    amounts "€ TTC"; visas with a code range, a "décision modificative n° 2
    du 12.09.2025", the CAO's avis; NOMINATIVE vote ("Ont voté pour :"
    eleven names / "Ont voté contre : M. X, Mme Y." / "S'est abstenu : M.
    Z." / "La délibération est adoptée.") without any figure."""
    d = DocH("sdis-orbieux-ca-2025-52")
    pres = d.P("M. Gérard POULAIN", at="sous la présidence de")
    present = d.persons("M. Gérard POULAIN", "Mme Martine DELAGE", "M. Jean-Pierre FAUCHER",
                        "Mme Sylvie BOURDEAU", "M. Olivier CHASSAGNE",
                        "Mme Patricia LEYMARIE", "M. Alain TEYSSANDIER",
                        "Mme Corinne ROUGERIE", "M. Bernard VERGNOLLE",
                        "Mme Isabelle MAZEAUD", "M. Thierry DESBORDES", "M. Pascal JOUANNY",
                        at="Membres à voix délibérative présents")
    d.reset("Membres à voix délibérative excusés")
    x1 = d.P("Mme Nathalie PEYRONNET")
    h1 = d.P("M. Gérard POULAIN")
    x2 = d.P("M. Didier LABRUNE")
    h2 = d.P("Mme Martine DELAGE")
    excused = [x1, x2, d.P("M. Frédéric COUDERT"), d.P("Mme Annie BOISSOU")]
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    d.reset("Membres à voix consultative présents")
    adv_p = [d.S("Franck MOREAU-DUVAL", None, "Franck", "MOREAU-DUVAL"),
             d.S("Sébastien RIBIÈRE", None, "Sébastien", "RIBIÈRE"),
             d.S("Aurélie VALADE", None, "Aurélie", "VALADE"),
             d.P("Mme Françoise LAGARDE")]
    d.reset("Membres à voix consultative excusés")
    adv_e = [d.S("Romain BESSE", None, "Romain", "BESSE"), d.P("M. Ludovic PRADEAU")]
    sec = d.P("Mme Corinne ROUGERIE", at="Secrétaire de séance")
    att = attendance(present, excused, [], proxies, adv_p, adv_e, in_office=16,
                     present_n=12, represented=2, voting=14)
    session = {"date": "2025-10-03",
               "place": "salle du conseil de la direction départementale",
               "convened_on": "2025-09-19", "president": pres, "secretary": sec}
    d.reset("Le conseil d'administration,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 1424-27 à L. 1424-33 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles "
                      "L. 2124-2 et R. 2162-4 ;"),
             d.clause("Vu la délibération n° CA-2024-61 du 12.12.2024 adoptant le budget "
                      "primitif de l'exercice 2025 ;"),
             d.clause("Vu la décision modificative n° 2 du 12.09.2025 ;"),
             d.clause("Vu l'avis de la commission d'appel d'offres du 25.09.2025 ;")]
    cons = [d.clause("Considérant que les crédits nécessaires sont inscrits au chapitre 21 "
                     "de la section d'investissement ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer l'accord-cadre",
                "pour un montant de 1 174 680,00 € TTC."),
            art(d, "2", None, "Article 2 :", "D'autoriser le Président",
                "tout document s'y rapportant."),
            art(d, "3", None, "Article 3 :", "D'imputer la dépense",
                "budget de l'exercice 2025.")]
    votes = [d.vote("Ont voté pour : M. Gérard POULAIN, Mme Martine DELAGE, Mme Sylvie "
                    "BOURDEAU, M. Olivier CHASSAGNE, M. Alain TEYSSANDIER, Mme Corinne "
                    "ROUGERIE, M. Bernard VERGNOLLE, Mme Isabelle MAZEAUD, M. Thierry "
                    "DESBORDES, Mme Nathalie PEYRONNET, M. Didier LABRUNE. Ont voté contre : "
                    "M. Jean-Pierre FAUCHER, Mme Patricia LEYMARIE. S'est abstenu : M. Pascal "
                    "JOUANNY. La délibération est adoptée.",
                    for_=11, against=2, abstention=1)]
    sigs = [d.signature("Le Président du conseil d'administration,", "Gérard POULAIN",
                        "Le Président du conseil d'administration", "Gérard POULAIN",
                        "Saint-Valdrin", "2025-10-03", at="Fait à Saint-Valdrin")]
    d.reset("Le rapporteur expose")
    amounts = [d.amount("1 174 680,00 €", 1174680, tax="TTC"),
               d.amount("293 670,00 €", 293670, tax="TTC"),
               d.amount("1 174 680,00 €", 1174680, tax="TTC")]
    d.reset()
    dates = [d.date("03.10.2025", "2025-10-03"), d.date("19.09.2025", "2025-09-19"),
             d.date("vendredi 3 octobre 2025", "2025-10-03"),
             d.date("02.06.2025", "2025-06-02"), d.date("25.09.2025", "2025-09-25"),
             d.date("12.12.2024", "2024-12-12"), d.date("12.09.2025", "2025-09-12"),
             d.date("25.09.2025", "2025-09-25"), d.date("03.10.2025", "2025-10-03"),
             d.date("07.10.2025", "2025-10-07")]
    d.reset("Le conseil d'administration,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 1424-27 à L. 1424-33", code=CGCT,
                  articles=["L.1424-27", "L.1424-33"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2124-2 "
                  "et R. 2162-4", code=CCP, articles=["L.2124-2", "R.2162-4"]),
            d.ref("deliberation", "délibération n° CA-2024-61 du 12.12.2024",
                  number="CA-2024-61", date="2024-12-12"),
            d.ref("decision", "décision modificative n° 2 du 12.09.2025", number="2",
                  date="2025-09-12")]
    d.reset()
    ids = [d.ident("postal_code", "87012", "87012"),
           d.ident("phone", "05 55 38 41 00", "0555384100"),
           d.ident("email", "direction@sdis-orbieux.fr", "direction@sdis-orbieux.fr"),
           d.ident("siret", "287 102 644 00013", "28710264400013"),
           d.ident("siret", "783 412 950 00025", "78341295000025"),
           d.ident("acte", "087-287102644-20251003-CA202552-DE",
                   "087-287102644-20251003-CA202552-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE L'ORBIEUX",
             "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2025-52",
            "Acquisition de quatre fourgons pompe-tonne – attribution de l'accord-cadre "
            "n° 2025-AC-014",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def haute_marsange_arrete():
    """ARRÊTÉ of the Président du Conseil départemental FIXING the
    TARIFICATION of an EHPAD: letterhead (Direction + service line, Hôtel du
    Département with CEDEX postal code, phone, e-mail); "ARRÊTÉ N°
    2025-TA-0318" + three "fixant …" lines; "Le Président du Conseil
    départemental de …,"; seven "Vu" (CASF with a range and two more
    articles, CGCT, loi, décret, earlier arrêté, délibération "du Conseil
    départemental n° … du\\n16 décembre 2024", the budget proposals), one
    considérant (a CPOM "signé le\\n2 février 2023"); "Sur proposition …";
    "ARRÊTE :"; article 1er with the association's SIRET, a FINESS number
    and a space-aligned TABLE (Section tarifaire / Groupe / Montant + Total);
    article 2 a dash list of daily prices ("prix de journée hébergement :
    68,45 €", "GIR 1-2 : 21,37 €" …, "moins de 60 ans"); article 3 the
    "dotation globale" table (three lines) + "soit un versement mensuel de
    …"; "Fait à …, le …"; DELEGATED signature ("Pour le Président et par
    délégation," / "La Directrice de l'Autonomie," / name); then the
    "Délais et voies de recours :" paragraph naming the tribunal with its
    address (postal code) and www.telerecours.fr."""
    d = DocH("departement-haute-marsange-arrete-tarification-ehpad-2025-ta-0318")
    d.reset("Le Président du Conseil départemental de")
    visas = [d.clause("Vu le code de l'action sociale et des familles, et notamment ses "
                      "articles L. 314-1 à L. 314-9, R. 314-35 et R. 314-172 ;"),
             d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 3221-9 ;"),
             d.clause("Vu la loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de "
                      "la société au vieillissement ;"),
             d.clause("Vu le décret n° 2016-1814 du 21 décembre 2016 relatif aux principes "
                      "généraux de la tarification des établissements d'hébergement pour "
                      "personnes âgées dépendantes ;"),
             d.clause("Vu l'arrêté n° 2024-TA-0142 du 17 juin 2024 autorisant l'extension de "
                      "l'EHPAD « Résidence Les Glycines » à 84 places ;"),
             d.clause("Vu la délibération du Conseil départemental n° CD-2024-12-07 du 16 "
                      "décembre 2024 fixant l'objectif annuel d'évolution des dépenses des "
                      "établissements pour 2025 ;"),
             d.clause("Vu les propositions budgétaires transmises par l'établissement le 31 "
                      "octobre 2024 et la réponse de l'autorité de tarification du 6 mai "
                      "2025 ;")]
    cons = [d.clause("Considérant le contrat pluriannuel d'objectifs et de moyens signé le 2 "
                     "février 2023 ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er :", "Pour l'exercice 2025",
                "Total                                                2 697 748,40 €"),
            art(d, "2", None, "Article 2 :", "Les tarifs journaliers",
                "tarif dépendance GIR 5-6 : 5,75 €."),
            art(d, "3", None, "Article 3 :", "La dotation globale",
                "soit un versement mensuel de 30 978,63 €."),
            art(d, "4", None, "Article 4 :", "La Directrice générale des services",
                "administratifs du Département.")]
    sigs = [d.signature("Pour le Président et par délégation,", "Hélène MARCHADIER",
                        "Pour le Président et par délégation, La Directrice de l'Autonomie",
                        "Hélène MARCHADIER", "Vaurelles", "2025-06-24", at="Fait à Vaurelles")]
    d.reset("ARRÊTE :")
    amounts = [d.amount("2 085 430,00 €", 2085430), d.amount("612 318,40 €", 612318.4),
               d.amount("2 697 748,40 €", 2697748.4), d.amount("68,45 €", 68.45),
               d.amount("87,10 €", 87.1), d.amount("21,37 €", 21.37),
               d.amount("13,56 €", 13.56), d.amount("5,75 €", 5.75),
               d.amount("418 962,36 €", 418962.36), d.amount("47 218,80 €", 47218.8),
               d.amount("371 743,56 €", 371743.56), d.amount("30 978,63 €", 30978.63)]
    d.reset("Le Président du Conseil départemental de")
    dates = [d.date("28 décembre 2015", "2015-12-28"),
             d.date("21 décembre 2016", "2016-12-21"),
             d.date("17 juin 2024", "2024-06-17"),
             d.date("16 décembre 2024", "2024-12-16"),
             d.date("31 octobre 2024", "2024-10-31"), d.date("6 mai 2025", "2025-05-06"),
             d.date("2 février 2023", "2023-02-02"),
             d.date("1er juillet 2025", "2025-07-01"),
             d.date("24 juin 2025", "2025-06-24")]
    d.reset("Le Président du Conseil départemental de")
    refs = [d.ref("code", "code de l'action sociale et des familles, et notamment ses "
                  "articles L. 314-1 à L. 314-9, R. 314-35 et R. 314-172", code=CASF,
                  articles=["L.314-1", "L.314-9", "R.314-35", "R.314-172"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 3221-9", code=CGCT, articles=["L.3221-9"]),
            d.ref("loi", "loi n° 2015-1776 du 28 décembre 2015", number="2015-1776",
                  date="2015-12-28"),
            d.ref("decret", "décret n° 2016-1814 du 21 décembre 2016", number="2016-1814",
                  date="2016-12-21"),
            d.ref("arrete", "arrêté n° 2024-TA-0142 du 17 juin 2024", number="2024-TA-0142",
                  date="2024-06-17"),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2024-12-07 du "
                  "16 décembre 2024", number="CD-2024-12-07", date="2024-12-16"),
            d.ref("convention", "contrat pluriannuel d'objectifs et de moyens signé le 2 "
                  "février 2023", date="2023-02-02")]
    d.reset()
    ids = [d.ident("postal_code", "23008", "23008"),
           d.ident("phone", "05 55 47 90 12", "0555479012"),
           d.ident("email", "tarification.autonomie@haute-marsange.fr",
                   "tarification.autonomie@haute-marsange.fr"),
           d.ident("siret", "441 285 376 00014", "44128537600014"),
           d.ident("postal_code", "23011", "23011"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-MARSANGE",
             "body": "Le Président du Conseil départemental"},
            "2025-TA-0318",
            "fixant les tarifs journaliers afférents à l'hébergement et à la dépendance et la "
            "dotation globale de l'EHPAD « Résidence Les Glycines » à Chambost-le-Vieux pour "
            "l'exercice 2025",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def lizon_fonds_concours():
    """Délibération of a COMMUNAUTÉ DE COMMUNES attributing a FONDS DE
    CONCOURS: letterhead with "SIREN" at the end of the contact line;
    registre heading; "Séance du jeudi …"; "Délibération n° 2025-098";
    two-line "Objet :"; "L'an deux mille vingt-cinq, le vingt novembre, …,
    convoqué\\nle treize novembre deux mille vingt-cinq, … sous la présidence
    de M. Bernard\\nJACQUEMIN, Président."; counts "Nombre de délégués en
    exercice : 46" / "Présents : 37 – Suppléants : 2 – Pouvoirs : 4 –
    Votants : 43"; "Délégués titulaires présents :" (37 names), "Délégués
    suppléants présents : M. X, suppléant de M. Y ; Mme Z, suppléante de
    Mme W."; "Excusés ayant donné pouvoir : X à Y, …"; "Absents excusés :"
    (the two replaced titulaires and the late arrival); "Absents :"; the
    LATE ARRIVAL "M. X arrive en séance à 18 h 40, après le vote de la
    présente délibération."; exposé with "par délibération n° … du 12 mars
    2024", "(convention du 12 mars 2024)", "l'article L. 5214-16 du code …",
    a financing plan in running text (percentages, "quarante-cinq mille
    euros (45 000 €)"); visas incl. a commune's délibération dated in words
    ("du premier octobre deux\\nmille vingt-cinq"); "Article 1er :"; "1er
    juillet 2025" in "la décision modificative n° 1 du 1er juillet 2025";
    vote in ONE RUNNING SENTENCE ("La délibération est adoptée par 38 voix
    pour, 2 voix contre et\\n3 abstentions."); "Pour extrait conforme," +
    place/date line in words; "Accusé de réception en préfecture le …"."""
    d = DocH("cc-vallee-du-lizon-fonds-concours-2025-098")
    pres = d.P("M. Bernard JACQUEMIN", at="sous la présidence")
    tit = ["M. Bernard JACQUEMIN", "Mme Odile BAVEREL", "M. Gilles CUYNET",
           "Mme Mireille VUILLEMIN", "M. André GRANDMOTTET", "Mme Chantal BOURGEOIS",
           "M. Jean-Louis PERNOT", "Mme Colette MOUREY", "M. Patrick JOBARD",
           "Mme Danielle COURVOISIER", "M. Roland BILLOT", "Mme Josiane TISSOT",
           "M. Hervé MICHAUD", "Mme Laurence GIROD", "M. Jacques FAIVRE",
           "Mme Brigitte CHAUVIN", "M. Denis ROUGET", "Mme Évelyne DRUET",
           "M. Claude MONNIER", "Mme Sylvie BERTHET", "M. Maurice LAITHIER",
           "Mme Geneviève PARIS", "M. Luc VERNEREY", "Mme Anne-Marie COLIN",
           "M. Christophe JEANNIN", "Mme Françoise GUYON", "M. Marcel DÉSIRÉ",
           "Mme Paulette CHARPY", "M. Yves MAGNIN", "Mme Lucienne BRAND",
           "M. Henri PÉTETIN", "Mme Monique CART", "M. Alain BOICHARD",
           "Mme Nicole VIONNET", "M. Robert GIRARDOT", "Mme Thérèse LAMBERT",
           "M. Gérald COURTET"]
    assert len(tit) == 37
    present = d.persons(*tit, at="Délégués titulaires présents")
    present.append(d.P("M. Julien ROY", at="Délégués suppléants présents"))
    present.append(d.P("Mme Élise MATHIEU"))
    d.reset("Excusés ayant donné pouvoir")
    excused, proxies = [], []
    for f, t in [("Mme Hélène TOURNIER", "M. Bernard JACQUEMIN"),
                 ("M. Pierre DORIER", "Mme Odile BAVEREL"),
                 ("M. Guy SALOMON", "M. Gilles CUYNET"),
                 ("Mme Irène BOURDY", "M. Patrick JOBARD")]:
        pf = d.P(f)
        pt = d.P(t)
        excused.append(pf)
        proxies.append({"from": pf, "to": pt, "span": d.proxy_span(pf, pt)})
    excused += d.persons("M. Jean BARTHELET", "Mme Joëlle PIQUEREZ", "M. Noël VAUCHEZ",
                         at="Absents excusés")
    absent = d.persons("M. Fabrice LONCHAMPT", "Mme Sabine RICHARD", at="Absents : M.")
    sec = d.P("Mme Laurence GIROD", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=46, present_n=37,
                     represented=4, voting=43)
    session = {"date": "2025-11-20", "place": "salle intercommunale d'Orbagny-sur-Lizon",
               "convened_on": "2025-11-13", "president": pres, "secretary": sec}
    d.reset("Le conseil communautaire,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 5214-16 ;"),
             d.clause("Vu la délibération n° 2024-041 du 12 mars 2024 portant règlement "
                      "d'attribution des fonds de concours ;"),
             d.clause("Vu la délibération de la commune de Marnoz-le-Bas du premier octobre "
                      "deux mille vingt-cinq sollicitant le fonds de concours ;")]
    cons = [d.clause("Considérant que le montant sollicité n'excède pas 50 % de la part "
                     "restant à la charge de la commune ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer à la commune",
                "réhabilitation de la salle polyvalente."),
            art(d, "2", None, "Article 2 :", "Le fonds de concours sera versé",
                "au plus tard le 31 décembre 2026."),
            art(d, "3", None, "Article 3 :", "Les crédits nécessaires",
                "du 1er juillet 2025."),
            art(d, "4", None, "Article 4 :", "D'autoriser le Président",
                "convention du 12 mars 2024.")]
    votes = [d.vote("La délibération est adoptée par 38 voix pour, 2 voix contre et 3 "
                    "abstentions.", for_=38, against=2, abstention=3)]
    sigs = [d.signature("Le Président,", "Bernard JACQUEMIN", "Le Président",
                        "Bernard JACQUEMIN", "Orbagny-sur-Lizon", "2025-11-24",
                        at="Pour extrait conforme")]
    d.reset("M. le Président rappelle")
    amounts = [d.amount("186 400 €", 186400, tax="HT"), d.amount("55 920 €", 55920),
               d.amount("27 960 €", 27960),
               d.amount("quarante-cinq mille euros", 45000), d.amount("45 000 €", 45000),
               d.amount("57 520 €", 57520),
               d.amount("quarante-cinq mille euros", 45000), d.amount("45 000 €", 45000)]
    d.reset()
    dates = [d.date("jeudi 20 novembre 2025", "2025-11-20"),
             d.date("L'an deux mille vingt-cinq, le vingt novembre", "2025-11-20"),
             d.date("treize novembre deux mille vingt-cinq", "2025-11-13"),
             d.date("12 mars 2024", "2024-03-12"), d.date("12 mars 2024", "2024-03-12"),
             d.date("12 mars 2024", "2024-03-12"),
             d.date("premier octobre deux mille vingt-cinq", "2025-10-01"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("1er juillet 2025", "2025-07-01"),
             d.date("12 mars 2024", "2024-03-12"),
             d.date("vingt-quatre novembre deux mille vingt-cinq", "2025-11-24"),
             d.date("25/11/2025", "2025-11-25")]
    d.reset("M. le Président rappelle")
    refs = [d.ref("deliberation", "délibération n° 2024-041 du 12 mars 2024",
                  number="2024-041", date="2024-03-12"),
            d.ref("convention", "convention du 12 mars 2024", date="2024-03-12"),
            d.ref("code", "article L. 5214-16 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.5214-16"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 5214-16", code=CGCT, articles=["L.5214-16"]),
            d.ref("deliberation", "délibération n° 2024-041 du 12 mars 2024",
                  number="2024-041", date="2024-03-12"),
            d.ref("deliberation", "délibération de la commune de Marnoz-le-Bas du premier "
                  "octobre deux mille vingt-cinq", date="2025-10-01"),
            d.ref("decision", "décision modificative n° 1 du 1er juillet 2025", number="1",
                  date="2025-07-01"),
            d.ref("convention", "convention du 12 mars 2024", date="2024-03-12")]
    d.reset()
    ids = [d.ident("postal_code", "39270", "39270"),
           d.ident("phone", "03 84 48 20 66", "0384482066"),
           d.ident("email", "accueil@cc-valleedulizon.fr", "accueil@cc-valleedulizon.fr"),
           d.ident("siren", "200 067 437", "200067437"),
           d.ident("acte", "039-200067437-20251120-2025098-DE",
                   "039-200067437-20251120-2025098-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DE LA VALLÉE DU LIZON",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2025-098",
            "Attribution d'un fonds de concours à la commune de Marnoz-le-Bas pour la "
            "réhabilitation de la salle polyvalente",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["villers_two_deliberations", "sdis_orbieux", "haute_marsange_arrete",
       "lizon_fonds_concours"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
