#!/usr/bin/env python3
"""Hand-written gold for the blind set BG (corpusBG) of corpus/extra-pending
(see README.md, section "Blind set (corpusBG)").
Run: python3 make_gold_bg.py

Same conventions and tooling as make_gold_bc.py. Every value below was
decided by hand from the text and /work/shared/spec/output.md, before the
tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def morvillars_table():
    """délibération whose attendance is a TABLE Nom | Prénom | Présent |
    Excusé | Pouvoir à, aligned with blanks, X marks."""
    d = DocH("commune-morvillars-le-haut-deliberation-2026-044")
    pres = d.P("M. Thierry VALLON", at="présidence")
    d.reset("Pouvoir à")
    row = lambda fam, giv: d.S(fam + " " + giv, None, giv, fam)  # noqa: E731
    present, excused, proxies = [], [], []
    for fam, giv, kind, to in [("VALLON", "Thierry", "P", None),
                               ("BERTHOD", "Sylvie", "P", None),
                               ("CHAPUIS", "Marc", "P", None),
                               ("DEMOUGE", "Aline", "E", ("Sylvie", "BERTHOD")),
                               ("ÉTIENNE", "Rachid", "P", None),
                               ("FAIVRE", "Corinne", "P", None),
                               ("GIRARDOT", "Pascal", "E", None),
                               ("HUMBERT", "Joëlle", "P", None),
                               ("JACQUOT", "Benoît", "E", ("Marc", "CHAPUIS")),
                               ("LAMBOLEY", "Nathalie", "P", None),
                               ("MOUGIN", "Cédric", "P", None)]:
        p = row(fam, giv)
        (present if kind == "P" else excused).append(p)
        if to:
            t = d.S(to[0] + " " + to[1], None, to[0], to[1])
            proxies.append({"from": p, "to": t, "span": [p["span"][0], t["span"][1]]})
    sec = d.P("Mme Joëlle HUMBERT", at="Secrétaire de séance")
    att = attendance(present, excused, [], proxies, in_office=11, present_n=8,
                     represented=2, voting=10)
    session = {"date": "2026-06-16", "place": "mairie", "convened_on": "2026-06-09",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2121-29 ;"),
             d.clause("Vu le décret n° 2006-753 du 29 juin 2006 relatif aux prix de la\n"
                      "restauration scolaire pour les élèves de l'enseignement public ;")]
    cons = [d.clause("Considérant la hausse du coût des denrées constatée en 2025 ;")]
    votes = [d.vote("par 9 voix pour et 1 abstention", for_=9, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "de fixer le prix du repas à 3,85",
                "1er septembre 2026."),
            art(d, "2", None, "Article 2 :", "de fixer", "6,20 €.")]
    sigs = [d.signature("Le Maire,", "Thierry VALLON", "Le Maire", "Thierry VALLON",
                        "Morvillars-le-Haut", "2026-06-18", at="Le Maire,\nThierry")]
    d.reset()
    amounts = [d.amount("3,85 €", 3.85), d.amount("4,60 €", 4.6), d.amount("6,20 €", 6.2)]
    d.reset()
    dates = [d.date("mardi 16 juin 2026", "2026-06-16"),
             d.date("Le seize juin deux mille vingt-six", "2026-06-16"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("29 juin 2006", "2006-06-29"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("18 juin 2026", "2026-06-18")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("decret", "décret n° 2006-753 du 29 juin 2006", number="2006-753",
                  date="2006-06-29")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MORVILLARS-LE-HAUT", "body": "CONSEIL MUNICIPAL"},
            "2026-044", "Tarifs de la restauration scolaire pour l'année 2026-2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def orenne_dm():
    """budget DM with a two-sided TABLE, NEGATIVE cells in brackets and with a
    minus, TOTAL rows and a VOTE BY CHAPTER."""
    d = DocH("cc-val-dorenne-deliberation-dm2-2026-058")
    pres = d.P("Mme Hélène ROUSSEY", at="présidence")
    present = d.persons("Mme Hélène ROUSSEY", "M. Gilles AUBRY", "Mme Laure BOILLOT",
                        "M. Fabrice CUENOT", "Mme Martine DROZ", "M. Yves ÉCOIFFIER",
                        "Mme Sophie\nFAIVRE", "M. Olivier GRANDJEAN", "Mme Paule JEUNET",
                        "M. Luc LAITHIER", "Mme Odile MAIRE", "M. Henri NICOD",
                        "Mme Julie PARIS", "M. Denis QUIVOGNE", "Mme Sarah RENAUD",
                        "M. Alain SIMONIN", "Mme Carole TISSOT", "M. Paul VERNEREY",
                        "M. Michel VUILLEMIN", at="Présents : Mme")
    x1 = d.P("M. Jacques BARTHOD")
    p1 = d.proxy(x1, "Mme Laure BOILLOT")
    x2 = d.P("Mme Claire COLIN")
    p2 = d.proxy(x2, "M. Gilles AUBRY")
    x3 = d.P("M. Rémi DORNIER")
    p3 = d.proxy(x3, "Mme Hélène ROUSSEY")
    absent = [d.P("M. Kévin FALLOT"), d.P("Mme Inès GUYON")]
    sec = d.P("M. Luc LAITHIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2, x3], absent, [p1, p2, p3], in_office=24,
                     present_n=19, represented=3, voting=22)
    session = {"date": "2026-09-24", "place": "salle des fêtes de Vanclans",
               "convened_on": None, "president": pres, "secretary": sec}
    d.reset("Le Conseil communautaire,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 1612-11 et L. 2312-1 ;"),
             d.clause("Vu la délibération n° 2026-012 du 2 avril 2026 adoptant le budget\n"
                      "primitif 2026 ;")]
    cons = [d.clause("Considérant la nécessité d'ajuster les crédits de la section\n"
                     "d'investissement ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'adopter", "TOTAL FONCTIONNEMENT 0,00 0,00"),
            art(d, "2", None, "Article 2 :", "le vote", "1 voix contre.")]
    d.reset("Article 2 :")
    votes = [d.vote("adopté par 20 voix pour et 2 abstentions", for_=20, abstention=2),
             d.vote("adopté à l'unanimité", unanimous=True),
             d.vote("adopté à l'unanimité", unanimous=True),
             d.vote("adoptés par 21 voix pour et 1 voix contre", for_=21, against=1)]
    sigs = [d.signature("La Présidente,", "Hélène ROUSSEY", "La Présidente", "Hélène ROUSSEY",
                        "Vanclans", "2026-09-28", at="La Présidente,\nHélène")]
    d.reset("Libellé")
    amounts = [d.amount("18 400,00", 18400), d.amount("(12 900,00)", -12900),
               d.amount("5 500,00", 5500), d.amount("-2 300,00", -2300),
               d.amount("2 300,00", 2300), d.amount("5 500,00", 5500),
               d.amount("5 500,00", 5500), d.amount("0,00", 0), d.amount("0,00", 0)]
    d.reset()
    dates = [d.date("jeudi 24 septembre 2026", "2026-09-24"),
             d.date("L'an deux mille vingt-six, le vingt-quatre septembre", "2026-09-24"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("28 septembre 2026", "2026-09-28")]
    d.reset("Le Conseil communautaire,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 1612-11 et L. 2312-1", code=CGCT,
                  articles=["L.1612-11", "L.2312-1"]),
            d.ref("deliberation", "délibération n° 2026-012 du 2 avril 2026",
                  number="2026-012", date="2026-04-02")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU VAL D'ORENNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2026-058", "Budget principal 2026 – Décision modificative n° 2",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def saint_brice_pv():
    """PV with attendance in THREE COLUMNS side by side, président and
    secrétaire on one line, FOOTNOTES ¹ ², REPEATED page footer."""
    d = DocH("commune-saint-brice-des-landes-pv-2026-05")
    present = d.persons("M. Bernard LEBRETON", "Mme Carine GUILLOU", "M. Erwan LE MEUR",
                        "Mme Gaëlle TANGUY", "M. Hervé QUÉRÉ", "Mme Isabelle NICOLAS",
                        "M. Loïc PRIGENT", at="POUVOIRS\n")
    # re-locate in column order: the left column, top to bottom
    d.reset("POUVOIRS\n")
    x1 = d.P("Mme Anne PICHON")
    x2 = d.P("M. Yann RIOU")
    d.reset("POUVOIRS\n")
    f1 = d.P("Mme Anne PICHON", n=2)
    t1 = d.P("M. Bernard LEBRETON")
    f2 = d.P("M. Yann RIOU")
    t2 = d.P("Mme Carine GUILLOU")
    proxies = [{"from": f1, "to": t1, "span": [f1["span"][0], t1["span"][1]]},
               {"from": f2, "to": t2, "span": [f2["span"][0], t2["span"][1]]}]
    att = attendance(present, [x1, x2], [], proxies, in_office=9, present_n=7,
                     represented=2, voting=9)
    pres = d.P("M. Bernard LEBRETON", at="Président de séance")
    sec = d.P("Mme Gaëlle TANGUY", at="Secrétaire :")
    session = {"date": "2026-05-21", "place": "mairie", "convened_on": "2026-05-13",
               "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    verb = d.span("APPROUVE")
    d.reset("1. Approbation")
    votes = [d.vote("à l'unanimité", unanimous=True),
             d.vote("par 8 voix pour et 1 voix contre", for_=8, against=1),
             d.vote("à l'unanimité", unanimous=True)]
    d.reset("La séance est levée")
    sigs = [d.signature("Le Président de séance,", "Bernard LEBRETON", "Le Président de séance",
                        "Bernard LEBRETON", None, None, at="La séance est levée"),
            d.signature("La Secrétaire de séance,", "Gaëlle TANGUY", "La Secrétaire de séance",
                        "Gaëlle TANGUY", None, None, at="La séance est levée")]
    d.reset()
    amounts = [d.amount("64 250,00 €", 64250, tax="HT"), d.amount("1 200 €", 1200)]
    d.reset()
    dates = [d.date("21 MAI 2026", "2026-05-21"),
             d.date("L'an deux mille vingt-six, le vingt et un mai", "2026-05-21"),
             d.date("13 mai 2026", "2026-05-13"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("13 mai 2026", "2026-05-13", at="¹ Convocation")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération n° 2026-031", number="2026-031"),
            d.ref("deliberation", "Délibération n° 2026-032", number="2026-032"),
            d.ref("code", "article L. 2311-7 du code\ngénéral des collectivités territoriales",
                  code=CGCT, articles=["L.2311-7"])]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-BRICE-DES-LANDES", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU 21 MAI 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def lanvallec_convention():
    """CONVENTION ENTRE … ET …, sub-numbered 3.1 / 3.2, a SCHEDULE TABLE by
    year, SIDE-BY-SIDE signatures."""
    d = DocH("commune-lanvallec-convention-asso-2026")
    d.reset("Vu la loi")
    visas = [d.clause("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens\n"
                      "dans leurs relations avec les administrations ;")]
    verb = d.span("IL A ÉTÉ CONVENU CE QUI SUIT")
    arts = [art(d, "1", "OBJET", "ARTICLE 1 – OBJET", "La présente", "associative."),
            art(d, "2", "DURÉE", "ARTICLE 2 – DURÉE", "La convention", "31 décembre 2028."),
            art(d, "3", "MONTANT DE LA SUBVENTION", "ARTICLE 3 – MONTANT DE LA SUBVENTION",
                "3.1 La Commune", "7890 143."),
            art(d, "4", "CONTRÔLE", "ARTICLE 4 – CONTRÔLE", "L'Association transmet",
                "mairie@lanvallec.fr.")]
    d.reset("Fait en deux")
    sigs = [d.signature("Pour la Commune,", "Jean-Yves KERGOAT", "Pour la Commune, Le Maire",
                        "Jean-Yves KERGOAT", "Lanvallec", "2026-04-02", at="Fait en deux"),
            d.signature("Pour l'Association,", "Soizic LE ROUX",
                        "Pour l'Association, La Présidente", "Soizic LE ROUX",
                        "Lanvallec", "2026-04-02", at="Fait en deux")]
    d.reset()
    amounts = [d.amount("12 000,00 €", 12000), d.amount("12 500,00 €", 12500),
               d.amount("13 000,00 €", 13000), d.amount("37 500,00 €", 37500)]
    d.reset()
    dates = [d.date("12 mars 2026", "2026-03-12"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("31 décembre 2028", "2028-12-31"),
             d.date("2 avril 2026", "2026-04-02")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2026-019 du 12 mars 2026",
                  number="2026-019", date="2026-03-12"),
            d.ref("loi", "loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12")]
    d.reset()
    ids = [d.ident("siret", "213 500 093 00009", "21350009300009"),
           d.ident("postal_code", "22420", "22420"),
           d.ident("siret", "812 345 676 00009", "81234567600009"),
           d.ident("iban", "FR76 3000 4000 0312 3456 7890 143",
                   "FR7630004000031234567890143"),
           d.ident("email", "mairie@lanvallec.fr", "mairie@lanvallec.fr")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LANVALLEC", "body": None}, None,
            "CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS 2026 – 2028",
            visas=visas, dec={"verb": "IL A ÉTÉ CONVENU CE QUI SUIT", "span": verb},
            arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    morvillars_table()
    orenne_dm()
    saint_brice_pv()
    lanvallec_convention()
