#!/usr/bin/env python3
"""Hand-written gold for the blind set CG (corpusCG) of corpus/extra-pending
(see README.md, section "Blind set (corpusCG)").
Run: python3 make_gold_cg.py

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
from _goldlib import CGCT, CGI, DocH, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def block_vote(d, first, last, at=None, **kw):
    """a vote printed as a block (table, margin lines): span from `first`
    to the end of `last`"""
    i, _ = d.locate(first, at)
    _, j = d.locate(last)
    base = {"for": kw.get("for_"), "against": kw.get("against"),
            "abstention": kw.get("abstention"), "not_voting": kw.get("not_voting"),
            "absent_without_proxy": None, "unanimous": kw.get("unanimous", False),
            "for_groups": [], "result": kw.get("result", "adopted"),
            "span": [d.b(i), d.b(j)]}
    return base


def sarnaise():
    """CC PV, "Point n° X – Délibération n° … – title" items, dash vote lines,
    arrival/departure lines with new counts, running header+footer, FF."""
    d = DocH("cc-pays-de-sarnaise-pv-2026-03-26")
    pres = d.P("M. Bernard CHAUMONT", at="sous la présidence de")
    d.reset("Présents : M.")
    present = d.persons("M. Bernard CHAUMONT", "Mme Agnès LORIN", "M. Philippe GAUDRY",
                        "Mme Sylvie PERRAUDIN", "M. Jean-Luc MOREAU", "Mme Claire BESSON",
                        "M. Thierry VALLOT", "Mme Nadine FOURNIER", "M. Gilles RAMEAU",
                        "Mme Josette CURTIL", "M. Alain DESROCHES", "Mme Véronique LAGRANGE",
                        "M. Pascal BRUNET", "Mme Isabelle ROUSSEL", "M. Denis JACQUEMIN",
                        "Mme Martine DUFOUR", "M. Franck GUILLEMIN", "Mme Hélène PETITJEAN")
    d.reset("Absents excusés ayant donné pouvoir")
    excused = [d.P("Mme Christine BOULAY"), d.P("M. Éric NAUDIN"), d.P("M. Roland PERRIN")]
    proxies = [d.proxy("Mme Christine BOULAY", "M. Bernard CHAUMONT",
                       at="Absents excusés ayant donné pouvoir"),
               d.proxy("M. Éric NAUDIN", "Mme Agnès LORIN"),
               d.proxy("M. Roland PERRIN", "M. Gilles RAMEAU")]
    absent = d.persons("M. Sébastien CORNU", "M. Michel TISSERAND", "Mme Laetitia GROS",
                       at="Absents : M.")
    sec = d.P("Mme Claire BESSON", at="Point n° 1")
    proxies.append(d.proxy("M. Jean-Luc MOREAU", "Mme Sylvie PERRAUDIN",
                           at="M. Jean-Luc MOREAU quitte"))
    att = attendance(present, excused, absent, proxies, in_office=24, present_n=18,
                     represented=3, voting=21)
    session = {"date": "2026-03-26", "place": "salle polyvalente de Saint-Orval",
               "convened_on": "2026-03-19", "president": pres, "secretary": sec}
    d.reset("Point n° 2")
    votes = [d.vote("adopté à l'unanimité", unanimous=True)]
    verb = d.span("APPROUVE")
    votes.append(d.vote("Vote : Pour : 19 – Contre : 0 – Abstention : 1 (Mme Véronique "
                        "LAGRANGE).", for_=19, against=0, abstention=1))
    votes.append(d.vote("Vote : Pour : 17 – Contre : 3 – Abstention : 1.", for_=17,
                        against=3, abstention=1))
    votes.append(d.vote("Adopté à l'unanimité", unanimous=True, at="Point n° 5"))
    votes.append(d.vote("Vote : Pour : 21 – Contre : 0 – Abstention : 0 – Ne prend pas part "
                        "au vote : 1.", for_=21, against=0, abstention=0, not_voting=1))
    votes.append(d.vote("Vote : Pour : 20 – Contre : 2 – Abstention : 0.", for_=20,
                        against=2, abstention=0, at="Point n° 9"))
    votes.append(d.vote("Adopté à l'unanimité", unanimous=True, at="Point n° 10"))
    votes.append(d.vote("Vote : Pour : 21 – Contre : 0 – Abstention : 1.", for_=21,
                        against=0, abstention=1, at="Point n° 11"))
    sigs = [d.signature("Le Président,", "Bernard CHAUMONT", "Le Président",
                        "Bernard CHAUMONT", "Saint-Orval", "2026-04-02", at="Fait à"),
            d.signature("La secrétaire de séance,", "Claire BESSON", "La secrétaire de séance",
                        "Claire BESSON", "Saint-Orval", "2026-04-02", at="Fait à")]
    d.reset()
    amounts = [d.amount("412 380,55 €", 412380.55), d.amount("96 214,20 €", 96214.2),
               d.amount("8 940 000 €", 8940000), d.amount("3 215 600 €", 3215600),
               d.amount("45 000 €", 45000),
               d.amount("1 184 500,00 €", 1184500, tax="HT"),
               d.amount("1 226 300,00 €", 1226300, tax="HT"),
               d.amount("30 000 €", 30000)]
    d.reset()
    dates = [d.date("jeudi 26 mars 2026", "2026-03-26"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("L'an deux mille vingt-six, le vingt-six mars", "2026-03-26"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("15 avril 2026", "2026-04-15"),
             d.date("2 avril 2026", "2026-04-02")]
    d.reset("Point n° 3")
    refs = [d.ref("deliberation", "Délibération n° 2026-018", number="2026-018"),
            d.ref("code", "article L. 2121-14 du CGCT", code=CGCT, articles=["L.2121-14"]),
            d.ref("deliberation", "Délibération n° 2026-019", number="2026-019"),
            d.ref("deliberation", "Délibération n° 2026-020", number="2026-020"),
            d.ref("code", "article 1636 B sexies du code général des impôts", code=CGI,
                  articles=["1636Bsexies"]),
            d.ref("deliberation", "Délibération n° 2026-021", number="2026-021"),
            d.ref("deliberation", "Délibération n° 2026-022", number="2026-022"),
            d.ref("deliberation", "Délibération n° 2026-023", number="2026-023"),
            d.ref("deliberation", "Délibération n° 2026-024", number="2026-024"),
            d.ref("code", "article L. 5211-11 du CGCT", code=CGCT, articles=["L.5211-11"]),
            d.ref("deliberation", "Délibération n° 2026-025", number="2026-025"),
            d.ref("code", "article L. 5214-16 du CGCT", code=CGCT, articles=["L.5214-16"])]
    d.reset()
    ids = [d.ident("postal_code", "71460", "71460"),
           d.ident("phone", "03 85 41 27 60", "0385412760"),
           d.ident("siren", "247 100 316", "247100316")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE SARNAISE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE du jeudi 26 mars 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montbrac():
    """commune PV, -layout: délibération number right-aligned on the item
    title line, per-item VOTE TABLE "Votants Pour Contre Abstentions" with
    the numbers on the next line, movements summarised at the top."""
    d = DocH("commune-montbrac-sur-isle-pv-2026-04-14")
    pres = d.P("Mme Françoise ALLAIN", at="présidence de")
    d.reset("Présents : Mme")
    present = d.persons("Mme Françoise ALLAIN", "M. Henri DUVAL", "Mme Lucie GARNIER",
                        "M. Marc TESTUD", "Mme Odile REYNAUD", "M. Fabrice CHAZAL",
                        "Mme Aurélie VINCENT", "M. Kévin MOULIN", "Mme Patricia ROCHE",
                        "M. Serge BLACHE", "Mme Émilie FAURE")
    x1 = d.P("M. Yves BOISSY", at="Excusés :")
    p1 = d.proxy(x1, "Mme Françoise ALLAIN")
    x2 = d.P("Mme Sandrine PEYRARD")
    p2 = d.proxy(x2, "M. Henri DUVAL")
    absent = d.persons("M. Olivier FABRE", "M. Julien SOUTEYRAND", at="Absents :")
    sec = d.P("M. Kévin MOULIN", at="Secrétaire de séance")
    p3 = d.proxy("Mme Lucie GARNIER", "M. Henri DUVAL", at="Mouvements en cours")
    att = attendance(present, [x1, x2], absent, [p1, p2, p3], in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-04-14", "place": "mairie", "convened_on": "2026-04-08",
               "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    votes = [block_vote(d, "Votants", "13       13      0          0", for_=13, against=0,
                        abstention=0)]
    verb = d.span("APPROUVE")
    rows = [("13       13      0          0", 13, 0, 0),
            ("12       11      0          1", 11, 0, 1),
            ("14       12      2          0", 12, 2, 0),
            ("14       11      0          3", 11, 0, 3),
            ("14       14      0          0", 14, 0, 0),
            ("14       14      0          0", 14, 0, 0),
            ("14       13      0          1", 13, 0, 1)]
    for row, f, c, ab in rows:
        votes.append(block_vote(d, "Votants", row, for_=f, against=c, abstention=ab))
    sigs = [d.signature("La Maire,", "Françoise ALLAIN", "La Maire", "Françoise ALLAIN",
                        None, None, at="3/3"),
            d.signature("Le secrétaire de séance,", "Kévin MOULIN", "Le secrétaire de séance",
                        "Kévin MOULIN", None, None, at="3/3")]
    d.reset()
    amounts = [d.amount("186 420,37 €", 186420.37), d.amount("1 248 300 €", 1248300),
               d.amount("612 750 €", 612750), d.amount("3,85 €", 3.85),
               d.amount("96 000 €", 96000, tax="HT"), d.amount("28 800 €", 28800),
               d.amount("41 000 €", 41000)]
    d.reset()
    dates = [d.date("mardi 14 avril 2026", "2026-04-14"),
             d.date("8 avril 2026", "2026-04-08"),
             d.date("10 mars 2026", "2026-03-10"),
             d.date("1er\nseptembre 2026", "2026-09-01"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("27 juin 2026", "2026-06-27"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("15/05/2026", "2026-05-15")]
    d.reset("2. Compte de gestion")
    refs = [d.ref("deliberation", "Délibération n° 2026-014", number="2026-014"),
            d.ref("deliberation", "Délibération n° 2026-015", number="2026-015"),
            d.ref("code", "article L. 2121-14 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-14"]),
            d.ref("deliberation", "Délibération n° 2026-016", number="2026-016"),
            d.ref("deliberation", "Délibération n° 2026-017", number="2026-017"),
            d.ref("deliberation", "Délibération n° 2026-018", number="2026-018"),
            d.ref("deliberation", "Délibération n° 2026-019", number="2026-019"),
            d.ref("deliberation", "Délibération n° 2026-020", number="2026-020"),
            d.ref("deliberation", "Délibération n° 2026-021", number="2026-021"),
            d.ref("code", "article L. 2121-18 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-18"])]
    d.reset()
    ids = [d.ident("postal_code", "07270", "07270"),
           d.ident("email", "mairie@montbrac-sur-isle.fr", "mairie@montbrac-sur-isle.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MONTBRAC-SUR-ISLE", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DU CONSEIL MUNICIPAL Séance du mardi 14 avril 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def orbelle():
    """COMPTE RENDU INTÉGRAL of a conseil communautaire: speakers' labels
    "M. X. –", centred "Rapport n° N" + title, movements in brackets, the
    attendance list and counts AT THE END."""
    d = DocH("ca-val-d-orbelle-compte-rendu-integral-2026-05-18")
    pres = d.P("Mme Catherine MARESCOT", at="sous la présidence")
    sec = d.P("M. Loïc HAMON", at="désigner")
    p_vidal = d.proxy("Mme Sophie VIDAL", "M. Loïc HAMON", at="(Mme Sophie VIDAL")
    d.reset("LISTE DE PRÉSENCE")
    present = d.persons("Mme Catherine MARESCOT", "M. Daniel COURTOIS", "M. Jérôme PICHON",
                        "M. Loïc HAMON", "Mme Anne LEBRETON", "M. Pierre ROUVIÈRE",
                        "Mme Sophie VIDAL", "Mme Nathalie GIRAUD")
    d.reset("Excusés ayant donné pouvoir")
    exc = []
    prox = [p_vidal]
    for frm, to in (("M. Alain BERTIN", "Mme Catherine MARESCOT"),
                    ("Mme Julie TARDIEU", "M. Daniel COURTOIS"),
                    ("M. Hugo LAMBERT", "Mme Anne LEBRETON"),
                    ("Mme Monique SABATIER", "M. Jérôme PICHON")):
        f = d.P(frm)
        exc.append(f)
        prox.append(d.proxy(f, to))
    absent = d.persons("M. Rémi DUCASSE", "M. Paul ESCANDE", "Mme Lina OUARDI",
                       "M. Victor MANENT", at="Absents :")
    att = attendance(present, exc, absent, prox, in_office=42, present_n=34,
                     represented=4, voting=38)
    session = {"date": "2026-05-18", "place": "Hôtel d'agglomération, salle du conseil",
               "convened_on": None, "president": pres, "secretary": sec}
    d.reset("Rapport n° 1")
    votes = [d.vote("adopté à l'unanimité", unanimous=True)]
    verb = d.span("ADOPTE")
    votes.append(d.vote("adopté : 34 pour, 4 contre, 0 abstention", for_=34, against=4,
                        abstention=0))
    votes.append(d.vote("adopté : 37 pour, 0 contre, 1 abstention, 1 conseiller ne prenant "
                        "pas part au vote", for_=37, against=0, abstention=1, not_voting=1))
    votes.append(d.vote("adopté à l'unanimité", unanimous=True, at="Rapport n° 5"))
    votes.append(d.vote("adopté : 35 pour, 4 contre, 0 abstention", for_=35, against=4,
                        abstention=0, at="Rapport n° 7"))
    votes.append(d.vote("adopté à l'unanimité", unanimous=True, at="Rapport n° 8"))
    votes.append(d.vote("adopté : 38 pour, 0 contre, 1 abstention", for_=38, against=0,
                        abstention=1, at="Rapport n° 9"))
    sigs = [d.signature("La Présidente,", "Catherine MARESCOT", "La Présidente",
                        "Catherine MARESCOT", None, None, at="M. Victor MANENT"),
            d.signature("Le secrétaire de séance,", "Loïc HAMON", "Le secrétaire de séance",
                        "Loïc HAMON", None, None, at="M. Victor MANENT")]
    d.reset()
    amounts = [d.amount("254 000 €", 254000), d.amount("2 760 000 €", 2760000),
               d.amount("1 845 000 €", 1845000, tax="HT"), d.amount("118 500 €", 118500)]
    d.reset()
    dates = [d.date("lundi 18 mai 2026", "2026-05-18"),
             d.date("13 avril 2026", "2026-04-13"),
             d.date("1er juillet 2026", "2026-07-01")]
    d.reset()
    refs = [d.ref("code", "articles L. 2252-1 et L. 2252-2 du CGCT", code=CGCT,
                  articles=["L.2252-1", "L.2252-2"]),
            d.ref("code", "article L. 2121-18 du CGCT", code=CGCT, articles=["L.2121-18"])]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "AGGLOMÉRATION DU VAL D'ORBELLE", "body": "Conseil communautaire"},
            None, "COMPTE RENDU INTÉGRAL DES DÉBATS Séance du lundi 18 mai 2026 – Hôtel "
            "d'agglomération, salle du conseil",
            session=session, att=att, dec={"verb": "ADOPTE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def sarrazac():
    """small-commune PV on register sheets: item number and the vote
    counts in a LEFT MARGIN column beside the body (pdftotext -layout
    interleaves them), "MM. … Mmes …" groups, register furniture."""
    d = DocH("commune-sarrazac-le-haut-pv-2026-06-05")
    pres = d.P("M. Jacques LAFARGE", at="sous la présidence")
    d.reset("Présents : MM.")
    present = [d.S("Jacques LAFARGE", "M.", "Jacques", "LAFARGE"),
               d.S("Guy CHASTANG", "M.", "Guy", "CHASTANG"),
               d.S("Pierre VEYSSIÈRE", "M.", "Pierre", "VEYSSIÈRE"),
               d.S("Marie-Odile DELPY", "Mme", "Marie-Odile", "DELPY"),
               d.S("Karine SOULIER", "Mme", "Karine", "SOULIER"),
               d.S("Nicolas BESSE", "M.", "Nicolas", "BESSE"),
               d.S("Thierry MONS", "M.", "Thierry", "MONS"),
               d.P("Mme Laure FAUCHER")]
    x1 = d.P("Mme Denise ROUME", at="Excusée représentée")
    p1 = d.proxy(x1, "M. Jacques LAFARGE")
    absent = d.persons("M. Cédric LAVAL", "M. Yannick PEYRAT", at="Absents :")
    sec = d.P("Mme Karine SOULIER", at="Secrétaire :")
    p2 = d.proxy("Mme Marie-Odile DELPY", "Mme Laure FAUCHER", at="Mme Marie-Odile DELPY quitte")
    att = attendance(present, [x1], absent, [p1, p2], in_office=11, present_n=8,
                     represented=1, voting=9)
    session = {"date": "2026-06-05", "place": "mairie", "convened_on": "2026-05-29",
               "president": pres, "secretary": sec}
    d.reset("N° 2026-22")
    votes = [block_vote(d, "Pour : 9", "Abst. : 0", for_=9, against=0, abstention=0)]
    verb = d.span("DÉCIDE")
    d.reset("N° 2026-23")
    votes.append(block_vote(d, "Pour : 8", "Abst. : 1", for_=8, against=1, abstention=1))
    votes.append(block_vote(d, "Pour : 10", "Abst. : 0", for_=10, against=0, abstention=0,
                            at="N° 2026-24"))
    votes.append(block_vote(d, "Pour : 10", "Abst. : 0", for_=10, against=0, abstention=0,
                            at="N° 2026-26"))
    votes.append(block_vote(d, "Pour : 10", "Abst. : 0", for_=10, against=0, abstention=0,
                            at="N° 2026-27"))
    votes.append(d.vote("à l'unanimité", unanimous=True, at="N° 2026-28"))
    votes.append(block_vote(d, "Pour : 9", "Abst. : 0", for_=9, against=0, abstention=0,
                            not_voting=1, at="N° 2026-29"))
    sigs = [d.signature("Le Maire,", "Jacques LAFARGE", "Le Maire", "Jacques LAFARGE",
                        None, None, at="la séance est levée"),
            d.signature("La Secrétaire,", "Karine SOULIER", "La Secrétaire", "Karine SOULIER",
                        None, None, at="la séance est levée")]
    d.reset()
    amounts = [d.amount("4,20 €", 4.2), d.amount("87 450,00 €", 87450, tax="HT"),
               d.amount("6 200 €", 6200), d.amount("350 €", 350), d.amount("180 €", 180),
               d.amount("320 €", 320), d.amount("500 €", 500)]
    d.reset()
    dates = [d.date("5 JUIN 2026", "2026-06-05"),
             d.date("L'an deux mille vingt-six, le cinq juin", "2026-06-05"),
             d.date("29 mai 2026", "2026-05-29"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("14 août 2026", "2026-08-14")]
    d.reset("Secrétaire :")
    refs = [d.ref("deliberation", "N° 2026-22", number="2026-22"),
            d.ref("deliberation", "N° 2026-23", number="2026-23"),
            d.ref("deliberation", "N° 2026-24", number="2026-24"),
            d.ref("deliberation", "N° 2026-25", number="2026-25"),
            d.ref("deliberation", "N° 2026-26", number="2026-26"),
            d.ref("code", "article L. 2121-18 du CGCT", code=CGCT, articles=["L.2121-18"]),
            d.ref("deliberation", "N° 2026-27", number="2026-27"),
            d.ref("deliberation", "N° 2026-28", number="2026-28"),
            d.ref("deliberation", "N° 2026-29", number="2026-29")]
    d.reset()
    ids = [d.ident("postal_code", "19320", "19320"),
           d.ident("siret", "214 702 136 00018", "21470213600018")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SARRAZAC-LE-HAUT", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 5 JUIN 2026",
            session=session, att=att, dec={"verb": "DÉCIDE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    sarnaise()
    montbrac()
    orbelle()
    sarrazac()
