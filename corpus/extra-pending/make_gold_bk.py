#!/usr/bin/env python3
"""Hand-written gold for the blind set BK (corpusBK) of corpus/extra-pending
(see README.md, section "Blind set (corpusBK)"): four files each holding
ALL THE ACTS OF ONE SÉANCE back to back (the segmenter's test).
Run: python3 make_gold_bk.py

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
from _goldlib import CCP, CGCT, CGI, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CGFP = "Code général de la fonction publique"


def starts(d, marker):
    """byte offsets of every line starting with marker"""
    out, pos = [], 0
    while True:
        k = d.s.find(marker, pos)
        if k < 0:
            return [d.b(i) for i in out]
        if k == 0 or d.s[k - 1] == "\n":
            out.append(k)
        pos = k + 1


def goto(d, byte_off):
    """put the cursor at the character of byte offset byte_off"""
    d.cursor = len(d.raw[:byte_off].decode("utf-8"))


def sig_here(d, role_first, name_text, role, name, place, date):
    """a signature looked for from the cursor on (the same block repeats)"""
    i, _ = d.locate(role_first)
    _, j = d.locate(name_text)
    return {"role": role, "name": name, "place": place, "date": date,
            "span": [d.b(i), d.b(j)]}


def vaudrecourt():
    """FOUR délibérations of one séance, each REPEATING the full header;
    the third with a member LEAVING before the vote (counts 11 / 12)."""
    d = DocH("commune-vaudrecourt-sur-lize-deliberations-2026-03")
    st = starts(d, "COMMUNE DE VAUDRECOURT-SUR-LIZE")
    assert len(st) == 4
    ends = st[1:] + [len(d.raw)]
    issuer = {"collectivity": "COMMUNE DE VAUDRECOURT-SUR-LIZE", "body": "CONSEIL MUNICIPAL"}

    def header(k, present_n, voting, left=False):
        goto(d, st[k])
        dates = [d.date("19 mars 2026", "2026-03-19", at=None),
                 d.date("L'an deux mille vingt-six, le dix-neuf mars", "2026-03-19"),
                 d.date("12 mars 2026", "2026-03-12")]
        pres = d.P("M. Bernard COLLIGNON")
        present = d.persons("M. Bernard COLLIGNON", "Mme Martine HUSSON", "M. Didier POIRSON",
                            "Mme Chantal GÉRARD", "M. Fabrice THIÉBAUT", "Mme Sandrine MANGIN",
                            "M. Régis\nAUBRY", "Mme Nadine VAUTRIN", "M. Julien HENRY",
                            "Mme Élodie FRANÇOIS", "M. Thierry JACQUOT", "Mme Lucie MAIRE")
        x1 = d.P("Mme Josiane PIERSON")
        p1 = d.proxy(x1, "M. Bernard COLLIGNON")
        x2 = d.P("M. Olivier LAURENT")
        absent = [d.P("M. Kévin ROYER")]
        refs = []
        if left:
            refs.append(d.ref("code", "article L. 2131-11 du CGCT", code=CGCT,
                              articles=["L.2131-11"]))
        sec = d.P("Mme Élodie FRANÇOIS")
        att = attendance(present, [x1, x2], absent, [p1], in_office=15, present_n=present_n,
                         represented=None, voting=voting)
        session = {"date": "2026-03-19", "place": "mairie", "convened_on": "2026-03-12",
                   "president": pres, "secretary": sec}
        return session, att, dates, refs

    def sig(k):
        goto(d, st[k])
        d.locate("Pour extrait conforme")
        date = d.date("20 mars 2026", "2026-03-20")
        s = sig_here(d, "Le Maire,", "Bernard COLLIGNON", "Le Maire", "Bernard COLLIGNON",
                        "Vaudrecourt-sur-Lize", "2026-03-20")
        return date, s

    docs = []
    # 1 -----------------------------------------------------------------
    session, att, dates, refs = header(0, 12, 13)
    d.locate("Délibération n° 2026-011")
    visas = [d.clause("Vu le code général des impôts, et notamment son article 1639 A ;"),
             d.clause("Vu le budget primitif 2026 adopté ce jour ;")]
    cons = [d.clause("Considérant que le produit fiscal attendu s'élève à 312 450 € ;")]
    goto(d, st[0]); d.locate("Délibération n° 2026-011")
    refs += [d.ref("code", "code général des impôts, et notamment son article 1639 A",
                   code=CGI, articles=["1639A"])]
    amounts = [d.amount("312 450 €", 312450)]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE")
    date, s = sig(0)
    a = doc(d, "deliberation", [st[0], ends[0]], issuer, "2026-011",
            "Vote des taux d'imposition 2026", session=session, att=att, visas=visas,
            cons=cons, dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=[s],
            amounts=amounts, dates=dates + [date], refs=refs)
    docs.append(a)
    # 2 -----------------------------------------------------------------
    session, att, dates, refs = header(1, 12, 13)
    d.locate("Délibération n° 2026-012")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2311-7 ;"),
             d.clause("Vu la demande du comité des fêtes de Vaudrecourt-sur-Lize du 2 février 2026 ;")]
    cons = [d.clause("Considérant l'organisation de la fête patronale du 14 juin 2026 ;")]
    goto(d, st[1]); d.locate("Délibération n° 2026-012")
    refs += [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                   "article L. 2311-7", code=CGCT, articles=["L.2311-7"])]
    dates += [d.date("2 février 2026", "2026-02-02"), d.date("14 juin 2026", "2026-06-14")]
    votes = [d.vote("par 12 voix pour et 1 abstention (M. Régis AUBRY)", for_=12,
                    abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Une subvention", "(SIRET 412 345 670 00019)."),
            art(d, "2", None, "Article 2 :", "La dépense", "du budget 2026.")]
    goto(d, st[1]); d.locate("Article 1 :")
    amounts = [d.amount("1 800 €", 1800)]
    ids = [d.ident("siret", "412 345 670 00019", "41234567000019")]
    date, s = sig(1)
    a = doc(d, "deliberation", [st[1], ends[1]], issuer, "2026-012",
            "Subvention exceptionnelle au comité des fêtes", session=session, att=att,
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=[s], amounts=amounts, dates=dates + [date], refs=refs, ids=ids)
    docs.append(a)
    # 3 -----------------------------------------------------------------
    session, att, dates, refs0 = header(2, 11, 12, left=True)
    d.locate("Délibération n° 2026-013")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2241-1 ;"),
             d.clause("Vu l'avis du service du Domaine n° 2026-55412-08813 du 27 janvier 2026 ;")]
    cons = [d.clause("Considérant que la parcelle cadastrée ZC 114 ne présente aucun intérêt pour\n"
                     "la commune ;")]
    goto(d, st[2]); d.locate("Délibération n° 2026-013")
    refs = refs0 + [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                          "article L. 2241-1", code=CGCT, articles=["L.2241-1"])]
    dates += [d.date("27 janvier 2026", "2026-01-27")]
    votes = [d.vote("par 10 voix pour et 2 voix contre", for_=10, against=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La parcelle", "au prix de 6 180 €."),
            art(d, "2", None, "Article 2 :", "Le Maire", "l'acte authentique.")]
    goto(d, st[2]); d.locate("Article 1 :")
    amounts = [d.amount("6 180 €", 6180)]
    date, s = sig(2)
    a = doc(d, "deliberation", [st[2], ends[2]], issuer, "2026-013",
            "Cession d'une parcelle communale à M. et Mme POIRSON", session=session, att=att,
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=[s], amounts=amounts, dates=dates + [date], refs=refs)
    docs.append(a)
    # 4 -----------------------------------------------------------------
    session, att, dates, refs = header(3, 12, 13)
    d.locate("Délibération n° 2026-014")
    visas = [d.clause("Vu le code de la commande publique, et notamment son article R. 2122-8 ;")]
    cons = [d.clause("Considérant l'offre de la SARL AUBRION TP (SIRET 523 118 404 00020) ;")]
    goto(d, st[3]); d.locate("Délibération n° 2026-014")
    refs += [d.ref("code", "code de la commande publique, et notamment son article R. 2122-8",
                   code=CCP, articles=["R.2122-8"])]
    ids = [d.ident("siret", "523 118 404 00020", "52311840400020")]
    votes = [d.vote("par 11 voix pour et 2 voix contre (Mme Lucie MAIRE,\nM. Thierry JACQUOT)",
                    for_=11, against=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La convention", "4 950,00 € HT."),
            art(d, "2", None, "Article 2 :", "Le Maire", "à la signer.")]
    goto(d, st[3]); d.locate("Article 1 :")
    dates += [d.date("1er novembre 2026", "2026-11-01")]
    amounts = [d.amount("4 950,00 €", 4950, tax="HT")]
    date, s = sig(3)
    date2 = d.date("23/03/2026", "2026-03-23")
    a = doc(d, "deliberation", [st[3], ends[3]], issuer, "2026-014",
            "Convention de déneigement avec la SARL AUBRION TP", session=session, att=att,
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=[s], amounts=amounts, dates=dates + [date, date2], refs=refs,
            ids=ids)
    docs.append(a)
    for a in docs:
        check_inside(a)
    d.write(docs)


def marvejoux():
    """EPCI: séance header and attendance printed ONCE, then FIVE short
    délibérations "Délibération n° … – Objet : …", the closing sentence and
    ONE signature block."""
    d = DocH("cc-pays-de-marvejoux-deliberations-2026-03-12")
    st = starts(d, "Délibération n° 2026-0")
    assert len(st) == 5
    st[0] = 0
    ends = st[1:] + [len(d.raw)]
    issuer = {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE MARVEJOUX",
              "body": "CONSEIL COMMUNAUTAIRE"}
    d.reset()
    ids0 = [d.ident("postal_code", "48230", "48230"),
            d.ident("siren", "200 094 175", "200094175")]
    dates0 = [d.date("jeudi 12 mars 2026", "2026-03-12"),
              d.date("Le jeudi douze mars deux mille vingt-six", "2026-03-12"),
              d.date("5 mars 2026", "2026-03-05")]
    pres = d.P("Mme Françoise ROUVIÈRE", at="présidence de")
    present = d.persons("Mme Françoise ROUVIÈRE", "M. Alain BOISSONNADE", "M. Jean-Louis\nCHAPTAL",
                        "Mme Odile ASTRUC", "M. Patrice BONNAL", "Mme Claudine VIDAL",
                        "M. Serge\nMALAVAL", "Mme Hélène TEISSIER", "M. Raymond PAGÈS",
                        "Mme Mireille ROCHER", "M. Christian BRUN", "Mme Annie SAUVAGNAC",
                        "M. Gérard JOURDAN", "Mme Sylvie\nDELMAS", "M. Pascal ROUX",
                        "Mme Agnès CROS", "M. Éric BOUDON", "Mme Nathalie\nFABRE",
                        "M. Laurent MEYRUEIX", at="Présents : Mme")
    p1 = d.proxy("M. Henri SALGUES", "M. Alain BOISSONNADE")
    p2 = d.proxy("Mme Josette ROUSSET", "Mme Odile ASTRUC")
    p3 = d.proxy("M. Yves GALTIER", "Mme Françoise ROUVIÈRE")
    absent = d.persons("M. Daniel PRADEILLES", "Mme Karine BOULET")
    sec = d.P("M. Pascal ROUX", at="Secrétaire de séance")
    att0 = attendance(present, [], absent, [p1, p2, p3], in_office=24, present_n=19,
                      represented=3, voting=22)
    session = {"date": "2026-03-12", "place": "salle du Foirail à Marvejoux",
               "convened_on": "2026-03-05", "president": pres, "secretary": sec}
    # acts 2-5 print no attendance of their own: they take the block's
    # lists and counts too (the convention of the Fontenelles fix, set I:
    # "the second act of a séance block printed once takes the block's
    # body and, when it prints no attendance of its own, its lists and
    # counts"; corpus/extra gold and assemble.c inherit_attendance());
    # corrected after the first run (was in_office only)
    att_inh = att0
    docs = []
    # 1
    goto(d, 0); d.locate("Délibération n° 2026-021")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 1612-12 ;")]
    goto(d, 0); d.locate("Délibération n° 2026-021")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 1612-12", code=CGCT, articles=["L.1612-12"])]
    verb = d.span("APPROUVE")
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    docs.append(doc(d, "deliberation", [st[0], ends[0]], issuer, "2026-021",
                    "Approbation du compte de gestion 2025", session=session, att=att0,
                    visas=visas, dec={"verb": "APPROUVE", "span": verb}, votes=votes,
                    dates=dates0, refs=refs, ids=ids0))
    # 2
    goto(d, st[1])
    visas = [d.clause("Vu le code de la commande publique ;"),
             d.clause("Vu le rapport d'analyse des offres du 24 février 2026 ;")]
    goto(d, st[1])
    refs = [d.ref("code", "code de la commande publique", code=CCP)]
    dates = [d.date("24 février 2026", "2026-02-24")]
    verb = d.span("ATTRIBUE")
    ids = [d.ident("siret", "804 219 731 00010", "80421973100010")]
    amounts = [d.amount("1 284 600,00 €", 1284600, tax="HT")]
    votes = [d.vote("Adopté par 20 voix pour et 2 abstentions", for_=20, abstention=2)]
    docs.append(doc(d, "deliberation", [st[1], ends[1]], issuer, "2026-022",
                    "Attribution du marché de collecte des ordures ménagères",
                    session=session, att=att_inh, visas=visas,
                    dec={"verb": "ATTRIBUE", "span": verb}, votes=votes, amounts=amounts,
                    dates=dates, refs=refs, ids=ids))
    # 3
    goto(d, st[2])
    visas = [d.clause("Vu l'article L. 5214-16 V du code général des collectivités territoriales ;")]
    goto(d, st[2])
    refs = [d.ref("code", "article L. 5214-16 V du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5214-16"])]
    verb = d.span("ATTRIBUE")
    amounts = [d.amount("45 000 €", 45000)]
    votes = [d.vote("Adopté par 18 voix pour, 3 voix contre et 1 abstention", for_=18,
                    against=3, abstention=1)]
    docs.append(doc(d, "deliberation", [st[2], ends[2]], issuer, "2026-023",
                    "Fonds de concours à la commune de Saint-Andéol-de-Lauze",
                    session=session, att=att_inh, visas=visas,
                    dec={"verb": "ATTRIBUE", "span": verb}, votes=votes, amounts=amounts,
                    refs=refs))
    # 4
    goto(d, st[3])
    visas = [d.clause("Vu le code général de la fonction publique ;"),
             d.clause("Vu l'avis du comité social territorial du 2 mars 2026 ;")]
    goto(d, st[3])
    refs = [d.ref("code", "code général de la fonction publique", code=CGFP)]
    dates = [d.date("2 mars 2026", "2026-03-02")]
    verb = d.span("DÉCIDE")
    dates += [d.date("1er avril 2026", "2026-04-01")]
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    docs.append(doc(d, "deliberation", [st[3], ends[3]], issuer, "2026-024",
                    "Création d'un poste d'adjoint technique",
                    session=session, att=att_inh, visas=visas,
                    dec={"verb": "DÉCIDE", "span": verb}, votes=votes, dates=dates, refs=refs))
    # 5
    goto(d, st[4])
    verb = d.span("FIXE")
    amounts = [d.amount("4,20 €", 4.2), d.amount("2,80 €", 2.8)]
    dates = [d.date("1er juin 2026", "2026-06-01")]
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    dates += [d.date("13 mars 2026", "2026-03-13")]
    s = d.signature("La Présidente,", "Françoise ROUVIÈRE", "La Présidente",
                    "Françoise ROUVIÈRE", "Marvejoux", "2026-03-13", at="13 mars 2026")
    docs.append(doc(d, "deliberation", [st[4], ends[4]], issuer, "2026-025",
                    "Tarifs 2026 de la piscine intercommunale",
                    session=session, att=att_inh, dec={"verb": "FIXE", "span": verb},
                    votes=votes, sigs=[s], amounts=amounts, dates=dates))
    for a in docs:
        check_inside(a)
    d.write(docs)


def sarthonne():
    """département's commission permanente: RELEVÉ DES DÉCISIONS of six
    rapports (number, title, "Décision :", "Vote :"), page furniture
    between them: ONE proces_verbal (Val de Sémène)."""
    d = DocH("departement-haute-sarthonne-releve-cp-2026-04-20")
    d.reset()
    ids = [d.ident("postal_code", "61902", "61902")]
    dates = [d.date("lundi 20 avril 2026", "2026-04-20"),
             d.date("lundi 20 avril 2026", "2026-04-20")]
    pres = d.P("M. Hubert DESCHAMPS", at="présidence de")
    present = d.persons("M. Hubert DESCHAMPS", "Mme Anne-Sophie LEBRETON", "M. Michel\nGOUPIL",
                        "Mme Christine LAMOTTE", "M. Joël HARDY", "Mme Valérie POTTIER",
                        "M. Dominique LESUEUR", "Mme Isabelle BESNARD", "M. François GUÉRIN",
                        "Mme Brigitte LETELLIER", "M. Jacques VALLÉE", "Mme Patricia OLIVIER",
                        "M. Stéphane MARIE", "Mme Catherine DUVAL", "M. Philippe HÉBERT",
                        at="Présents : M.")
    p1 = d.proxy("Mme Monique LECLERC", "M. Michel GOUPIL")
    p2 = d.proxy("M. Sébastien\nLEROUX", "Mme Valérie POTTIER")
    absent = [d.P("M. Franck JOUAN")]
    att = attendance(present, [], absent, [p1, p2], in_office=18, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-04-20", "place": "Hôtel du Département", "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("RAPPORT N° 2026-CP-04-01")
    verb = d.span("attribue")
    amounts = [d.amount("684 300 €", 684300)]
    votes = [d.vote("adopté à l'unanimité", unanimous=True)]
    amounts.append(d.amount("92 000 €", 92000))
    ids.append(d.ident("siret", "388 914 269 00047", "38891426900047"))
    votes.append(d.vote("adopté par 15 voix pour et 2 abstentions", for_=15, abstention=2))
    d.locate("RAPPORT N° 2026-CP-04-03")
    refs = [d.ref("loi", "article 6 de la loi n° 90-449 du 31 mai 1990", number="90-449",
                  date="1990-05-31", articles=["6"])]
    d.reset("RAPPORT N° 2026-CP-04-03")
    dates.append(d.date("31 mai 1990", "1990-05-31"))
    votes.append(d.vote("adopté à l'unanimité", unanimous=True))
    amounts.append(d.amount("3 500 €", 3500))
    votes.append(d.vote("adopté à l'unanimité", unanimous=True))
    amounts.append(d.amount("1 250 000 €", 1250000))
    refs.append(d.ref("code", "articles L. 3231-4 et L. 3231-5 du code général des\n"
                      "collectivités territoriales", code=CGCT,
                      articles=["L.3231-4", "L.3231-5"]))
    votes.append(d.vote("adopté par 13 voix pour, 3 voix contre et 1 abstention", for_=13,
                        against=3, abstention=1))
    votes.append(d.vote("rejeté par 6 voix pour et 11 voix contre", for_=6, against=11,
                        result="rejected"))
    dates.append(d.date("21 avril 2026", "2026-04-21"))
    s = d.signature("Le Président du Conseil départemental,", "Hubert DESCHAMPS",
                    "Le Président du Conseil départemental", "Hubert DESCHAMPS", "Brévaux",
                    "2026-04-21", at="Brévaux, le 21 avril")
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-SARTHONNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            None, "RELEVÉ DES DÉCISIONS Réunion du lundi 20 avril 2026",
            session=session, att=att, dec={"verb": "attribue", "span": verb},
            votes=votes, sigs=[s], amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def orbize():
    """syndicat: THREE ACTS OF DIFFERENT TYPES (délibération, arrêté du
    président, décision), each with its own heading, no shared header."""
    d = DocH("syndicat-eaux-val-d-orbize-actes-2026-05-07")
    b1 = starts(d, "ARRÊTÉ DU PRÉSIDENT")[0]
    b2 = starts(d, "DÉCISION N° DEC-2026-22")[0]
    coll = "SYNDICAT INTERCOMMUNAL DES EAUX DU VAL D'ORBIZE"
    # 1
    d.reset()
    dates = [d.date("7 mai 2026", "2026-05-07"), d.date("28 avril 2026", "2026-04-28")]
    pres = d.P("M. Gilles FERRAND", at="présidence de")
    present = d.persons("M. Gilles FERRAND", "Mme Aline COUDERC", "M. Bruno VIGUIER",
                        "M. René\nSOULIÉ", "Mme Joëlle MAURY", "M. Cyril ALIBERT",
                        "Mme Paule CAYLA", "M. Marc\nESPINASSE", "M. Louis TRUEL",
                        at="Présents : M.")
    x1 = d.P("M. Armand BOS")
    p1 = d.proxy(x1, "M. Gilles FERRAND")
    absent = d.persons("Mme Rose LAFON", "M. Jean VERNHES")
    sec = d.P("Mme Aline COUDERC", at="Secrétaire :")
    att = attendance(present, [x1], absent, [p1], in_office=12, present_n=9, voting=10)
    session = {"date": "2026-05-07", "place": "Orbize-le-Bas", "convened_on": "2026-04-28",
               "president": pres, "secretary": sec}
    dates.append(d.date("1er juillet 2026", "2026-07-01"))
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2224-12-1 à L. 2224-12-4 ;")]
    cons = [d.clause("Considérant l'équilibre du budget annexe de l'eau ;")]
    d.reset("Objet : Prix")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2224-12-1 à L. 2224-12-4", code=CGCT,
                  articles=["L.2224-12-1", "L.2224-12-4"])]
    votes = [d.vote("par 8 voix pour et 2 voix\ncontre", for_=8, against=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le prix", "1er juillet\n2026."),
            art(d, "2", None, "Article 2 :", "L'abonnement", "48,00 € HT.")]
    d.reset("Article 1er :")
    amounts = [d.amount("1,92 €", 1.92, tax="HT")]
    dates.append(d.date("1er juillet\n2026", "2026-07-01"))
    amounts.append(d.amount("48,00 €", 48, tax="HT"))
    dates.append(d.date("7 mai 2026", "2026-05-07"))
    s = d.signature("Le Président,", "Gilles FERRAND", "Le Président", "Gilles FERRAND",
                    "Orbize-le-Bas", "2026-05-07", at="Fait à Orbize-le-Bas")
    a1 = doc(d, "deliberation", [0, b1], {"collectivity": coll, "body": "COMITÉ SYNDICAL"},
             "CS-2026-09", "Prix de l'eau au 1er juillet 2026", session=session, att=att,
             visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
             votes=votes, sigs=[s], amounts=amounts, dates=dates, refs=refs)
    # 2
    goto(d, b1)
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 5211-9 ;"),
             d.clause("Vu l'arrêté n° AP-2023-06 du 3 février 2023 ;")]
    goto(d, b1)
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 5211-9", code=CGCT, articles=["L.5211-9"]),
            d.ref("arrete", "arrêté n° AP-2023-06 du 3 février 2023", number="AP-2023-06",
                  date="2023-02-03")]
    goto(d, b1)
    dates = [d.date("3 février 2023", "2023-02-03")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1 :", "Délégation", "inférieurs à 15 000 € HT."),
            art(d, "2", None, "Article 2 :", "L'arrêté", "est abrogé."),
            art(d, "3", None, "Article 3 :", "Le présent", "représentant de l'État.")]
    goto(d, b1); d.locate("Article 1 :")
    amounts = [d.amount("15 000 €", 15000, tax="HT")]
    refs.append(d.ref("arrete", "arrêté n° AP-2023-06 du 3 février 2023", number="AP-2023-06",
                      date="2023-02-03"))
    goto(d, b1); d.locate("Article 2 :")
    dates.append(d.date("3 février 2023", "2023-02-03"))
    dates.append(d.date("7 mai 2026", "2026-05-07"))
    s = sig_here(d, "Le Président,", "Gilles FERRAND", "Le Président", "Gilles FERRAND",
                    "Orbize-le-Bas", "2026-05-07")
    a2 = doc(d, "arrete", [b1, b2], {"collectivity": coll, "body": "Le Président"},
             "AP-2026-14", "portant délégation de signature au directeur du syndicat",
             visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=[s],
             amounts=amounts, dates=dates, refs=refs)
    # 3
    goto(d, b2)
    visas = [d.clause("Vu la délibération n° CS-2020-31 du 16 juillet 2020 portant délégation\n"
                      "d'attributions au Président ;"),
             d.clause("Vu l'offre de la société HYDROCOM du 22 avril 2026 ;")]
    goto(d, b2)
    refs = [d.ref("deliberation", "délibération n° CS-2020-31 du 16 juillet 2020",
                  number="CS-2020-31", date="2020-07-16")]
    goto(d, b2)
    dates = [d.date("16 juillet 2020", "2020-07-16"), d.date("22 avril 2026", "2026-04-22")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le contrat", "7 860,00 € HT par an."),
            art(d, "2", None, "Article 2 :", "La dépense", "du budget de l'eau.")]
    goto(d, b2); d.locate("Article 1 :")
    ids = [d.ident("siret", "451 902 316 00038", "45190231600038"),
           d.ident("postal_code", "12850", "12850")]
    amounts = [d.amount("7 860,00 €", 7860, tax="HT")]
    dates.append(d.date("7 mai 2026", "2026-05-07"))
    s = sig_here(d, "Le Président,", "Gilles FERRAND", "Le Président", "Gilles FERRAND",
                    "Orbize-le-Bas", "2026-05-07")
    a3 = doc(d, "other", [b2, len(d.raw)], {"collectivity": coll, "body": "Le Président"},
             "DEC-2026-22", "Contrat de maintenance des télégestions",
             visas=visas, dec={"verb": "DÉCIDE", "span": verb}, arts=arts, sigs=[s],
             amounts=amounts, dates=dates, refs=refs, ids=ids)
    for a in (a1, a2, a3):
        check_inside(a)
    d.write([a1, a2, a3])


if __name__ == "__main__":
    vaudrecourt()
    marvejoux()
    sarthonne()
    orbize()
