#!/usr/bin/env python3
"""Hand-written gold for the blind set AW (corpusAW) of corpus/extra-pending
(see README.md, section "Blind set (corpusAW)").
Run: python3 make_gold_aw.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
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
from _goldlib import CGCT, CGI, URBA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def saint_aubin_pv():
    """PROCÈS-VERBAL of a conseil municipal WITH DEBATES (interventions
    "M. X demande si … ; Mme le Maire répond que …"), a DEPARTURE WITH
    PROXY between items 2 and 3, "QUESTIONS DIVERSES" without a vote."""
    d = DocH("commune-saint-aubin-de-ciron-pv-2026-06-23")
    pres = d.P("Mme Hélène LACAZE", at="sous la présidence")
    present = d.persons("Mme Hélène LACAZE", "M. Patrick DUBOURG", "Mme Sophie CASTAING",
                        "M. Jérôme LABAT", "Mme Nadine PEYRET", "M. Alain DUCOS",
                        "Mme Virginie SERRES", "M. Thomas BARRÈRE", "Mme Claire LAFARGUE",
                        "M. Denis MAURIN", "Mme Laure TAUZIN", "M. Cédric GARAT",
                        "Mme Émilie DARRIET", at="Présents : Mme")
    x1 = d.P("Mme Josiane LALANNE", at="Excusée ayant")
    p1 = d.proxy(x1, "M. Patrick DUBOURG")
    absent = [d.P("M. Franck BERTIN", at="Absent :")]
    sec = d.P("Mme Claire LAFARGUE", at="Secrétaire de séance")
    p2 = d.proxy("M. Jérôme LABAT", "Mme Sophie CASTAING", at="M. Jérôme LABAT quitte")
    att = attendance(present, [x1], absent, [p1, p2], in_office=15, present_n=13,
                     represented=1, voting=14)
    session = {"date": "2026-06-23", "place": "salle du conseil de la mairie",
               "convened_on": "2026-06-16", "president": pres, "secretary": sec}
    d.reset("Mme Laure TAUZIN regrette")
    visas = [d.clause("Vu l'article L. 2122-21 du code général des collectivités territoriales ;")]
    d.reset("1. Approbation")
    votes = [d.vote("est approuvé à l'unanimité", unanimous=True),
             d.vote("Vote : Pour : 12 – Contre : 1 (Mme Laure TAUZIN) – Abstention : 1 (M. Alain "
                    "DUCOS) La délibération est adoptée.", for_=12, against=1, abstention=1),
             d.vote("Vote : Pour : 14 – Contre : 0 – Abstention : 0 La délibération est adoptée à "
                    "l'unanimité.", for_=14, against=0, abstention=0, unanimous=True),
             d.vote("Vote : Pour : 13 – Contre : 0 – Abstention : 0 – Ne prend pas part au vote : "
                    "1 La délibération est adoptée.", for_=13, against=0, abstention=0,
                    not_voting=1)]
    verb = d.span("ATTRIBUE", at="après en avoir délibéré, ATTRIBUE")
    sigs = [d.signature(r, n, r.rstrip(","), n, "Saint-Aubin-de-Ciron", "2026-06-30",
                        at="Fait à Saint")
            for r, n in (("Le Maire,", "Hélène LACAZE"),
                         ("La secrétaire de séance,", "Claire LAFARGUE"))]
    d.reset("2. Délibération")
    amounts = [d.amount("68 450,00 €", 68450, tax="HT"), d.amount("82 140,00 €", 82140, tax="TTC"),
               d.amount("27 380 €", 27380), d.amount("0,15 €", 0.15), d.amount("6,85 €", 6.85),
               d.amount("3,20 €", 3.2), d.amount("3,35 €", 3.35), d.amount("1 800 €", 1800)]
    d.reset()
    dates = [d.date("MARDI 23 JUIN 2026", "2026-06-23"),
             d.date("L'an deux mille vingt-six, le vingt-trois juin", "2026-06-23"),
             d.date("16 juin 2026", "2026-06-16"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("28 août 2026", "2026-08-28"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("4 juin 2026", "2026-06-04"),
             d.date("dimanche 11 octobre 2026", "2026-10-11"),
             d.date("30 juin 2026", "2026-06-30")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération n° 2026-031", number="2026-031"),
            d.ref("code", "article L. 2122-21 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2122-21"]),
            d.ref("deliberation", "Délibération n° 2026-032", number="2026-032"),
            d.ref("deliberation", "Délibération n° 2026-033", number="2026-033")]
    d.reset()
    ids = [d.ident("postal_code", "33730", "33730"),
           d.ident("phone", "05 56 62 18 40", "0556621840"),
           d.ident("siret", "213 304 173 00015", "21330417300015")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DE-CIRON", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU MARDI 23 JUIN 2026",
            session=session, att=att, visas=visas,
            dec={"verb": "ATTRIBUE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def epf_acquisition():
    """délibération of the CONSEIL D'ADMINISTRATION of an ÉTABLISSEMENT
    PUBLIC FONCIER: administrateurs with their COLLECTIVITY IN BRACKETS,
    SUPPLÉANTS SIEGEANT for named titulaires, proxies, advisory Directeur
    général, an acquisition with parcels and a price in figures and words."""
    d = DocH("epf-dauphine-savoie-deliberation-ca-2026-047")
    pres = d.P("M. Bernard FAVRE-ROCHEX", at="sous la présidence")
    present = d.persons("M. Bernard FAVRE-ROCHEX", "Mme Anne-Laure BERTHET", "M. Gilles CHABERT",
                        "Mme Martine REYNAUD", "M. Olivier PERRET", "Mme Sylvie GIROUD",
                        "M. Paul MOLLARD", "Mme Isabelle DURAND-VIAL", "M. Marc JACQUIER",
                        "Mme Odile BLANC", "M. Henri COLLOMB", "Mme Nathalie VEYRET",
                        "M. Sébastien ROSSET", at="Administrateurs titulaires présents")
    present += [d.P("M. Luc GAUTHIER", at="Administrateurs suppléants"),
                d.P("Mme Agnès PICCO"), d.P("M. Rémi BOVAGNET"), d.P("Mme Julie TERRIER")]
    proxies = [d.proxy("M. Hervé CUYNAT", "M. Gilles CHABERT", at="ayant donné pouvoir"),
               d.proxy("Mme Brigitte ALLARD", "Mme Odile BLANC"),
               d.proxy("M. Christophe VIBERT", "M. Bernard FAVRE-ROCHEX")]
    excused = d.persons("M. Jacques ROCHAS", "Mme Danielle MERMET", "M. Yves BERNARD",
                        "Mme Carole ARNAUD", at="Administrateurs excusés")
    adv = d.persons("M. Didier LANFREY", "Mme Pauline CARRON", at="Assistaient avec")
    att = attendance(present, excused, [], proxies, adv_p=adv, in_office=24, present_n=17,
                     represented=3, voting=20)
    session = {"date": "2026-04-09", "place": "siège de l'établissement",
               "convened_on": "2026-03-26", "president": pres, "secretary": None}
    d.reset("Le Conseil d'administration,\n")
    visas = [d.clause("Vu le code de l'urbanisme, et notamment ses articles L. 324-1 à L. 324-10 ;"),
             d.clause("Vu le décret n° 2004-374 du 29 avril 2004 modifié ;"),
             d.clause("Vu la convention d'intervention foncière n° 2024-18 conclue le 15 octobre "
                      "2024 entre l'établissement et la commune de Voreppe-le-Haut ;"),
             d.clause("Vu l'avis du service du Domaine n° 2026-38565-11842 du 2 mars 2026 ;")]
    cons = [d.clause("Considérant que les parcelles cadastrées section AK n° 112 et n° 115, d'une "
                     "contenance totale de 4 285 m², sont situées dans le périmètre de "
                     "l'orientation d'aménagement « Les Chartreux » ;")]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "90 € le m²."),
            art(d, "2", None, "Article 2 :", "De prendre", "de 38 565 €."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "pièces afférentes.")]
    votes = [d.vote("Adoptée à l'unanimité des votants (20 voix)", for_=20, unanimous=True)]
    sigs = [d.signature(r, n, r.rstrip(","), n, "Grenoble", "2026-04-09", at="Fait à Grenoble")
            for r, n in (("Le Président du Conseil d'administration,", "Bernard FAVRE-ROCHEX"),
                         ("Le Directeur général,", "Didier LANFREY"))]
    d.reset("Article 1 :")
    amounts = [d.amount("385 650 €", 385650),
               d.amount("trois cent quatre-vingt-cinq mille six cent cinquante euros", 385650),
               d.amount("90 €", 90), d.amount("5 200 €", 5200), d.amount("38 565 €", 38565)]
    d.reset()
    dates = [d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("29 avril 2004", "2004-04-29"),
             d.date("15 octobre 2024", "2024-10-15"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("14/04/2026", "2026-04-14")]
    d.reset("Objet :")
    refs = [d.ref("convention", "Convention d'intervention foncière n° 2024-18", number="2024-18"),
            d.ref("code", "code de l'urbanisme, et notamment ses articles L. 324-1 à L. 324-10",
                  code=URBA, articles=["L.324-1", "L.324-10"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("convention", "convention d'intervention foncière n° 2024-18 conclue le 15 "
                  "octobre 2024", number="2024-18", date="2024-10-15")]
    d.reset()
    ids = [d.ident("postal_code", "38000", "38000"),
           d.ident("siren", "253 800 122", "253800122"),
           d.ident("email", "contact@epf-dauphine-savoie.fr", "contact@epf-dauphine-savoie.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "ÉTABLISSEMENT PUBLIC FONCIER DAUPHINÉ-SAVOIE",
             "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2026-047",
            "Acquisition amiable des parcelles AK 112 et AK 115 à Voreppe-le-Haut pour le "
            "compte de la commune – Convention d'intervention foncière n° 2024-18",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def etoile_avis():
    """délibération of a métropole's CONSEIL DE TERRITOIRE giving an AVIS to
    the conseil de la Métropole: "EXTRAIT DU REGISTRE …", number
    "N° CT3-019-05/26" (slash), counts one per line, names WITHOUT
    CIVILITY, "Étaient représentés : X par Y", a rapport with a
    délibération number holding slashes, bullet visas under one "Vu",
    "Délibère", articles with the body under the heading, "1,2 M€"."""
    d = DocH("metropole-pays-de-l-etoile-ct-avis-plui-2026-019")
    pres = d.P("M. Richard OLIVESI", at="sous la présidence")
    names = ["Richard OLIVESI", "Magali TOURNIAIRE", "Jean-Pierre CASANOVA", "Josiane GIRAUD",
             "Laurent ESTRANGIN", "Fabienne MOUTTE", "Serge BLANC-GARIDEL", "Karine ROUBAUD",
             "Alain PELLEGRIN", "Nadia BENSAÏD", "Frédéric AUDIBERT", "Corinne FABRE",
             "Michel RASTOUIN", "Sandrine DAUMAS", "Christian MAUREL", "Valérie ICARD",
             "Patrick SICARD", "Élodie CAMOIN", "Gérard BARTHÉLEMY", "Muriel ARNAUD",
             "Hugo FERRARI", "Danielle REBUFFAT", "Yannick GASQUET", "Rose-Marie LIEUTAUD",
             "Philippe CONSTANS", "Brigitte MAGNAN", "Olivier SAUVAIRE"]
    present = d.persons(*names, at="Étaient présents")
    proxies = [d.proxy("Anne CHABAUD", "Richard OLIVESI", at="Étaient représentés"),
               d.proxy("Thierry GIMENEZ", "Josiane GIRAUD"),
               d.proxy("Mireille ROUX", "Christian MAUREL"),
               d.proxy("Éric BOYER", "Karine ROUBAUD")]
    excused = d.persons("Lucien PAOLI", "Hélène VIDAL", "Marius TRUC", at="Étaient excusés")
    att = attendance(present, excused, [], proxies, in_office=34, present_n=27, represented=4,
                     voting=31)
    session = {"date": "2026-05-18", "place": "Hôtel du Territoire",
               "convened_on": "2026-05-07", "president": pres, "secretary": None}
    d.reset("Le Conseil de Territoire du Pays de l'Étoile,")
    visas = [d.clause("Vu • Le code général des collectivités territoriales, et notamment ses "
                      "articles L. 5218-7 et L. 5218-8 ; • Le code de l'urbanisme, et notamment "
                      "ses articles L. 153-36 à L. 153-44 ; • La délibération n° "
                      "URBA-012-4417/25/CM du Conseil de la Métropole du 12 décembre 2025 ;")]
    cons = [d.clause("Considérant • Que le projet de modification n'affecte pas les orientations "
                     "du projet d'aménagement et de développement durables.")]
    verb = d.span("Délibère", at="durables.")
    arts = [art(d, "1", None, "Article 1 :", "Est émis", "Pays de l'Étoile."),
            art(d, "2", None, "Article 2 :", "Le Conseil de la Métropole est invité",
                "zone des Paluds.")]
    votes = [d.vote("Pour : 28 – Contre : 2 – Abstentions : 1 Avis favorable adopté à la "
                    "majorité des suffrages exprimés.", for_=28, against=2, abstention=1)]
    sigs = [d.signature("Le Président du Conseil de Territoire", "Richard OLIVESI",
                        "Le Président du Conseil de Territoire du Pays de l'Étoile",
                        "Richard OLIVESI", "Aubagne", "2026-05-20", at="Certifié conforme")]
    d.reset()
    amounts = [d.amount("1,2 M€", 1200000)]
    d.reset()
    dates = [d.date("18 mai 2026", "2026-05-18"),
             d.date("18 mai 2026", "2026-05-18"),
             d.date("7 mai 2026", "2026-05-07"),
             d.date("12 décembre 2025", "2025-12-12"),
             d.date("12 décembre 2025", "2025-12-12"),
             d.date("20 mai 2026", "2026-05-20")]
    d.reset("rapport suivant")
    refs = [d.ref("deliberation", "délibération n° URBA-012-4417/25/CM du 12 décembre 2025",
                  number="URBA-012-4417/25/CM", date="2025-12-12"),
            d.ref("code", "article L. 5218-7 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5218-7"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 5218-7 et L. 5218-8", code=CGCT, articles=["L.5218-7", "L.5218-8"]),
            d.ref("code", "code de l'urbanisme, et notamment ses articles L. 153-36 à L. 153-44",
                  code=URBA, articles=["L.153-36", "L.153-44"]),
            d.ref("deliberation", "délibération n° URBA-012-4417/25/CM du Conseil de la "
                  "Métropole du 12 décembre 2025", number="URBA-012-4417/25/CM",
                  date="2025-12-12")]
    d.reset()
    ids = [d.ident("postal_code", "13400", "13400")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MÉTROPOLE LITTORALE ÉTOILE-HUVEAUNE",
             "body": "CONSEIL DE TERRITOIRE DU PAYS DE L'ÉTOILE"},
            "CT3-019-05/26",
            "Avis du Conseil de Territoire sur le projet de modification n° 3 du Plan Local "
            "d'Urbanisme intercommunal du Pays de l'Étoile",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "Délibère", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montfort_commission():
    """COMPTE RENDU of a COMMISSION DES FINANCES (a non-deciding body):
    attendance with advisory staff, four "Point n – …" items each closed by
    an "Avis favorable …" line (one with a tally), interventions, no act
    number, no verb, one signature without "Fait à"."""
    d = DocH("commune-montfort-sur-risle-cr-commission-finances-2026-03-10")
    pres = d.P("M. Arnaud LEFEBVRE", at="sous la présidence")
    present = d.persons("M. Arnaud LEFEBVRE", "Mme Christine HAMEL", "M. Bruno LECOQ",
                        "Mme Valérie DUVAL", "M. Pierre-Yves LEROUX", "Mme Sabine MOREL",
                        at="Membres présents")
    excused = d.persons("Mme Annie GOSSELIN", "M. Julien PICARD", at="Membres excusés")
    adv = d.persons("Mme Isabelle VASSEUR", "M. Karim BELHADJ", at="Assistaient également")
    att = attendance(present, excused, [], [], adv_p=adv)
    session = {"date": "2026-03-10", "place": "salle des mariages de l'hôtel de ville",
               "convened_on": "2026-03-03", "president": pres, "secretary": None}
    d.reset("Point 1")
    votes = [d.vote("Avis favorable à l'unanimité.", unanimous=True),
             d.vote("Avis favorable à l'unanimité.", unanimous=True),
             d.vote("Avis favorable : 5 voix pour, 1 abstention (M. Pierre-Yves LEROUX).",
                    for_=5, abstention=1),
             d.vote("Avis favorable à l'unanimité.", unanimous=True)]
    sigs = [d.signature("Le président de la commission des finances,", "Arnaud LEFEBVRE",
                        "Le président de la commission des finances", "Arnaud LEFEBVRE",
                        None, None, at="La séance est levée")]
    d.reset("Point 1")
    amounts = [d.amount("412 380,55 €", 412380.55), d.amount("96 740,20 €", 96740.2),
               d.amount("54 000 €", 54000), d.amount("150 740,20 €", 150740.2),
               d.amount("261 640,35 €", 261640.35), d.amount("3 845 200 €", 3845200),
               d.amount("1 276 500 €", 1276500), d.amount("820 000 €", 820000)]
    d.reset()
    dates = [d.date("mardi 10 mars 2026", "2026-03-10"),
             d.date("mardi 10 mars 2026", "2026-03-10"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("26 mars 2026", "2026-03-26")]
    d.reset()
    refs = [d.ref("code", "article 1639 A du code général des impôts", code=CGI,
                  articles=["1639A"]),
            d.ref("code", "article L. 2252-1 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2252-1"])]
    d.reset()
    ids = [d.ident("postal_code", "27290", "27290"),
           d.ident("email", "finances@montfort-sur-risle.fr", "finances@montfort-sur-risle.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "VILLE DE MONTFORT-SUR-RISLE", "body": "COMMISSION DES FINANCES"},
            None,
            "COMPTE RENDU DE LA COMMISSION DES FINANCES Réunion du mardi 10 mars 2026 à 18 h 30",
            session=session, att=att, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_aubin_pv()
    epf_acquisition()
    etoile_avis()
    montfort_commission()
