#!/usr/bin/env python3
"""Hand-written gold for the blind set AJ (corpusAJ) of corpus/extra-pending
(see README.md, section "Blind set (corpusAJ)").
Run: python3 make_gold_aj.py

Same conventions and tooling as make_gold_ai.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCOM, CCP, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def frf(d, t, value, tax=None):
    a = d.amount(t, value, tax=tax)
    a["currency"] = "FRF"
    return a


def vezenne_grid():
    """Délibération of a CONSEIL COMMUNAUTAIRE whose attendance is a GRID
    WITHOUT RULES: "FEUILLE DE PRÉSENCE", header row "Nom Prénom / Commune /
    Présent / Excusé / Absent / Pouvoir donné à", one row per delegate
    SURNAME FIRST without civility, the member's COMMUNE in the second
    column, an "X" (or "x") under the status column, the proxy holder's
    name (surname first) in the last column on three "Excusé" rows; then
    the counts on one dash line and a vote with the abstainer named."""
    d = DocH("cc-plateau-de-vezenne-conseil-2026-031")
    pres = d.P("M. Bernard CHASTANG", at="sous la présidence de")
    T = "Nom Prénom"
    d.reset(T)
    present = [d.S(t, None, g, f) for t, g, f in [
        ("CHASTANG Bernard", "Bernard", "CHASTANG"),
        ("DELMAS Annie", "Annie", "DELMAS"),
        ("ROUQUETTE Sylvie", "Sylvie", "ROUQUETTE"),
        ("VIDALENC Hélène", "Hélène", "VIDALENC"),
        ("LACAZE Étienne", "Étienne", "LACAZE"),
        ("PAGÈS-ROCHE Thierry", "Thierry", "PAGÈS-ROCHE"),
        ("SOULIER Martine", "Martine", "SOULIER"),
        ("ESTÈVE Françoise", "Françoise", "ESTÈVE"),
        ("GRANIER Louis", "Louis", "GRANIER"),
        ("DE LA ROQUE Aymeric", "Aymeric", "DE LA ROQUE")]]
    d.reset(T)
    excused = [d.S(t, None, g, f) for t, g, f in [
        ("FOURNIER Jean-Claude", "Jean-Claude", "FOURNIER"),
        ("MOMBOISSE Odette", "Odette", "MOMBOISSE"),
        ("TEILLARD Didier", "Didier", "TEILLARD"),
        ("BRUNHES Camille", "Camille", "BRUNHES")]]
    d.reset(T)
    absent = [d.S("BOUDOU Patrick", None, "Patrick", "BOUDOU")]
    d.reset(T)
    proxies = []
    for ft, fg, ff, tt, tg, tf in [
            ("FOURNIER Jean-Claude", "Jean-Claude", "FOURNIER", "DELMAS Annie", "Annie", "DELMAS"),
            ("TEILLARD Didier", "Didier", "TEILLARD", "CHASTANG Bernard", "Bernard", "CHASTANG"),
            ("BRUNHES Camille", "Camille", "BRUNHES", "SOULIER Martine", "Martine", "SOULIER")]:
        f = d.S(ft, None, fg, ff)
        t = d.S(tt, None, tg, tf)
        proxies.append({"from": f, "to": t, "span": d.proxy_span(f, t)})
    sec = d.P("Mme Hélène VIDALENC", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=15, present_n=10,
                     represented=3, voting=13)
    session = {"date": "2026-02-12", "place": "salle polyvalente de Ruines-sur-Vézenne",
               "convened_on": "2026-02-05", "president": pres, "secretary": sec}
    d.reset("Le conseil communautaire,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2334-32 à L. 2334-39 et L. 5214-16 ;"),
             d.clause("Vu le code de la commande publique, et notamment son article R. 2123-1 ;"),
             d.clause("Vu la délibération n° CC-2025-112 du 11 décembre 2025 approuvant le schéma "
                      "intercommunal des mobilités ;")]
    cons = [d.clause("Considérant que l'opération est éligible à la dotation d'équipement des "
                     "territoires ruraux au taux de 30 % ;")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le marché de travaux",
                "186 420,00 € HT."),
            art(d, "2", None, "Article 2 :", "Le Président est autorisé",
                "la communauté de communes."),
            art(d, "3", None, "Article 3 :", "Les crédits nécessaires",
                "chapitre 23.")]
    votes = [d.vote("Pour : 12 – Contre : 0 – Abstention : 1 (M. Étienne LACAZE) "
                    "La délibération est adoptée.", for_=12, against=0, abstention=1)]
    sigs = [d.signature("Le Président,", "Bernard CHASTANG", "Le Président",
                        "Bernard CHASTANG", "Ruines-sur-Vézenne", "2026-02-13",
                        at="Pour extrait certifié")]
    d.reset("Le Président rappelle")
    amounts = [d.amount("186 420,00 €", 186420, tax="HT"),
               d.amount("223 704,00 €", 223704, tax="TTC"),
               d.amount("186 420,00 €", 186420, tax="HT"),
               d.amount("55 926,00 €", 55926)]
    d.reset()
    dates = [d.date("jeudi 12 février 2026", "2026-02-12"),
             d.date("douze février deux mille vingt-six", "2026-02-12"),
             d.date("5 février 2026", "2026-02-05"),
             d.date("24 novembre 2025", "2025-11-24"),
             d.date("27 janvier 2026", "2026-01-27"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("13 février 2026", "2026-02-13"),
             d.date("16/02/2026", "2026-02-16"),
             d.date("16/02/2026", "2026-02-16")]
    d.reset("Le conseil communautaire,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2334-32 à L. 2334-39 et L. 5214-16", code=CGCT,
                  articles=["L.2334-32", "L.2334-39", "L.5214-16"]),
            d.ref("code", "code de la commande publique, et notamment son article R. 2123-1",
                  code=CCP, articles=["R.2123-1"]),
            d.ref("deliberation", "délibération n° CC-2025-112 du 11 décembre 2025",
                  number="CC-2025-112", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "15230", "15230"),
           d.ident("siren", "241 500 362", "241500362"),
           d.ident("phone", "04 71 23 58 90", "0471235890"),
           d.ident("email", "accueil@cc-vezenne.fr", "accueil@cc-vezenne.fr"),
           d.ident("siret", "482 739 158 00020", "48273915800020"),
           d.ident("acte", "015-241500362-20260212-CC2026_031-DE",
                   "015-241500362-20260212-CC2026_031-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PLATEAU DE VÉZENNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "CC-2026-031",
            "Aire de covoiturage de la Croix-Blanche – Attribution du marché de travaux et "
            "demande de subvention au titre de la DETR 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_amans_installation():
    """PROCÈS-VERBAL of the INSTALLATION of a municipal council: the doyen
    d'âge presides, the secrétaire designated in a sentence; ELECTION OF THE
    MAIRE in THREE ROUNDS on the official form's lettered lines ("a. Nombre
    de conseillers présents n'ayant pas pris part au vote …… 0" / "b. Nombre
    de votants …" / "c. … blancs ou nuls" / "d. … exprimés [b - c]" / "e.
    Majorité absolue", none at the third round), "Ont obtenu :" with dotted
    leaders, elected at the third round with a RELATIVE majority; the new
    maire presides; item III "DÉLIBÉRATION N° 2026-021 : …" fixing the number
    of adjoints by show of hands (one Vu, one Considérant, "DÉCIDE de …",
    "Pour : 12 – Contre : 1 – Abstentions : 2."); item IV the ELECTION OF THE
    ADJOINTS au scrutin de liste (one list, one round); three signature
    blocks ONE UNDER THE OTHER."""
    d = DocH("commune-saint-amans-de-lorgue-installation-2026-03-20")
    present = d.persons("M. Alain BOYER", "Mme Christine CALMELS", "M. Didier CAYLA",
                        "Mme Élodie COSTES", "M. Francis DRULHE", "Mme Fabienne FABRE",
                        "M. Gilles GAUBERT", "Mme Josiane LACOMBE", "M. Henri MARTY",
                        "Mme Nathalie MOULY", "M. Patrick RAYNAL", "Mme Sandrine SERIN",
                        "M. Lucien TAURINES", "Mme Véronique VIGUIÉ",
                        at="Étaient présents :")
    d.reset("Absente excusée ayant donné procuration")
    x1 = d.P("Mme Martine ALIBERT")
    h1 = d.P("Mme Christine CALMELS")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)}]
    pres = d.P("M. Lucien TAURINES", at="sous la présidence de")
    sec = d.P("Mme Élodie COSTES", at="installés dans leurs fonctions")
    att = attendance(present, [x1], [], proxies, in_office=15, present_n=14,
                     represented=1, voting=15)
    session = {"date": "2026-03-20", "place": "mairie, salle du conseil",
               "convened_on": "2026-03-16", "president": pres, "secretary": sec}
    d.reset("III – DÉLIBÉRATION")
    visas = [d.clause("Vu le CGCT, et notamment ses articles L. 2122-1 et L. 2122-2 ;")]
    cons = [d.clause("Considérant que le conseil municipal détermine librement le nombre des "
                     "adjoints, sans que ce nombre puisse excéder 30 % de l'effectif légal ;")]
    d.locate("Après en avoir délibéré")
    verb = d.span("DÉCIDE")
    votes = [d.vote("Pour : 12 – Contre : 1 – Abstentions : 2. La délibération est adoptée.",
                    for_=12, against=1, abstention=2)]
    A = "Fait à Saint-Amans-de-Lorgue"
    sigs = [d.signature("Le président de séance (doyen d'âge),", "Lucien TAURINES",
                        "Le président de séance (doyen d'âge)", "Lucien TAURINES",
                        "Saint-Amans-de-Lorgue", "2026-03-20", at=A),
            d.signature("Le maire,", "Alain BOYER", "Le maire", "Alain BOYER",
                        "Saint-Amans-de-Lorgue", "2026-03-20", at=A),
            d.signature("La secrétaire de séance,", "Élodie COSTES",
                        "La secrétaire de séance", "Élodie COSTES",
                        "Saint-Amans-de-Lorgue", "2026-03-20", at=A)]
    d.reset()
    dates = [d.date("Vendredi 20 mars 2026", "2026-03-20"),
             d.date("L'an deux mille vingt-six, le vingt mars", "2026-03-20"),
             d.date("15 mars 2026", "2026-03-15"),
             d.date("16 mars 2026", "2026-03-16"),
             d.date("20 mars 2026", "2026-03-20", at="Fait à Saint-Amans"),
             d.date("23 mars 2026", "2026-03-23")]
    d.reset("L'an deux mille")
    refs = [d.ref("code", "articles L. 2121-7 et L. 2122-8 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2121-7", "L.2122-8"]),
            d.ref("code", "article L. 2121-15 du CGCT", code=CGCT, articles=["L.2121-15"]),
            d.ref("code", "articles L. 2122-4 et L. 2122-7 du CGCT", code=CGCT,
                  articles=["L.2122-4", "L.2122-7"]),
            d.ref("deliberation", "DÉLIBÉRATION N° 2026-021", number="2026-021"),
            d.ref("code", "CGCT, et notamment ses articles L. 2122-1 et L. 2122-2", code=CGCT,
                  articles=["L.2122-1", "L.2122-2"]),
            d.ref("code", "article L. 2122-7-2 du même code", code=CGCT,
                  articles=["L.2122-7-2"]),
            d.ref("code", "article L. 1111-1-1 du CGCT", code=CGCT, articles=["L.1111-1-1"])]
    d.reset()
    ids = [d.ident("postal_code", "12390", "12390")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AMANS-DE-LORGUE", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL Vendredi 20 mars 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def cassagnes_recueil():
    """RECUEIL DES DÉCISIONS DU MAIRE (L. 2122-22 CGCT) of one quarter: a
    cover (letterhead, "RECUEIL DES DÉCISIONS DU MAIRE N° 2025-04", "prises
    par délégation …", "Période : …", "Date de publication : …", a paragraph
    citing the délégation and L. 2122-23), then SEVEN SHORT DECISIONS one
    after the other, separated by a rule line "____", each WITHOUT its own
    letterhead: "DÉCISION N° 2025-DEC-0nn", "Objet :" (one or two lines), "Le
    Maire de Cassagnes-sur-Olt," + one to three "Vu", "DÉCIDE", "Article n :"
    (or "Article unique :"), "Fait à …, le …", "Le Maire," + name; a running
    footer "Recueil des décisions du Maire n° 2025-04   Page n/2" twice."""
    d = DocH("commune-cassagnes-sur-olt-recueil-decisions-2025-t4")
    s = d.s
    starts = []
    k = 0
    while True:
        k = s.find("DÉCISION N° 2025-DEC-", k)
        if k < 0:
            break
        starts.append(d.b(k))
        k += 1
    bounds = [0] + starts + [len(d.raw)]
    ISS = "VILLE DE CASSAGNES-SUR-OLT"
    docs = []
    # ---- cover
    d.reset("Le présent recueil")
    refs = [d.ref("code", "article L. 2122-22 du CGCT", code=CGCT, articles=["L.2122-22"],
                  at="prises par délégation"),
            d.ref("deliberation", "délibération n° 2020-028 du 10 juillet 2020",
                  number="2020-028", date="2020-07-10"),
            d.ref("code", "article L. 2122-23 du CGCT", code=CGCT, articles=["L.2122-23"])]
    d.reset()
    dates = [d.date("1er octobre 2025", "2025-10-01"),
             d.date("31 décembre 2025", "2025-12-31"),
             d.date("9 janvier 2026", "2026-01-09"),
             d.date("10 juillet 2020", "2020-07-10")]
    d.reset()
    ids = [d.ident("postal_code", "46330", "46330"),
           d.ident("phone", "05 65 31 47 20", "0565314720"),
           d.ident("email", "secretariat@cassagnes-sur-olt.fr",
                   "secretariat@cassagnes-sur-olt.fr")]
    cover = doc(d, "other", [bounds[0], bounds[1]], {"collectivity": ISS, "body": None},
                "2025-04", "RECUEIL DES DÉCISIONS DU MAIRE N° 2025-04",
                dates=dates, refs=refs, ids=ids)
    check_inside(cover)
    docs.append(cover)

    def cgct(n):
        return d.ref("code", "code général des collectivités territoriales, et notamment son "
                     "article L. 2122-22", code=CGCT, articles=["L.2122-22"])

    def deleg():
        return d.ref("deliberation", "délibération n° 2020-028 du 10 juillet 2020",
                     number="2020-028", date="2020-07-10")

    def sig(date):
        return d.signature("Le Maire,", "Jean-Pierre LAFAGE", "Le Maire",
                           "Jean-Pierre LAFAGE", "Cassagnes-sur-Olt", date, at=head)

    def mk(i, num, title, visas, arts, sigs, amounts, dates, refs, ids=()):
        a = doc(d, "other", [bounds[i], bounds[i + 1]], {"collectivity": ISS, "body": "Le Maire"},
                num, title, visas=visas, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
                sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
        check_inside(a)
        docs.append(a)

    # ---- 014
    head = "DÉCISION N° 2025-DEC-014"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 4° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 portant délégation "
                  "d'attributions au Maire ;"),
         d.clause("Vu le marché n° 2024-M-007 notifié le 28 août 2024 à la société OLT "
                  "RESTAURATION (SIRET 520 947 136 00013) ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "L'avenant n° 1", "est approuvé."),
            art(d, "2", None, "Article 2 :", "La dépense est imputée", "chapitre 011.")]
    sg = [sig("2025-10-06")]
    d.reset(head)
    am = [d.amount("3 450,00 €", 3450, tax="HT"), d.amount("64 950,00 €", 64950, tax="HT")]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("28 août 2024", "2024-08-28"),
          d.date("6 octobre 2025", "2025-10-06")]
    d.reset(head)
    # the amended marché cited by number and date is a convention reference
    # (Séranne's judgement call, set AE; corrected after the first run)
    rf = [cgct(4), deleg(),
          d.ref("convention", "marché n° 2024-M-007 notifié le 28 août 2024",
                number="2024-M-007", date="2024-08-28")]
    d.reset(head)
    ids = [d.ident("siret", "520 947 136 00013", "52094713600013")]
    mk(1, "2025-DEC-014", "Avenant n° 1 au marché de fourniture de repas pour la restauration "
       "scolaire", v, arts, sg, am, dt, rf, ids)
    # ---- 015
    head = "DÉCISION N° 2025-DEC-015"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 5° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le logement communal", "mensuelle de 420 €."),
            art(d, "2", None, "Article 2 :", "La convention ne confère",
                "maintien dans les lieux.")]
    sg = [sig("2025-10-20")]
    d.reset(head)
    am = [d.amount("420 €", 420)]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("1er novembre 2025", "2025-11-01"),
          d.date("20 octobre 2025", "2025-10-20")]
    d.reset(head)
    rf = [cgct(5), deleg()]
    mk(2, "2025-DEC-015", "Convention d'occupation précaire du logement communal situé 2, rue "
       "de l'Ancienne-Poste", v, arts, sg, am, dt, rf)
    # ---- 016
    head = "DÉCISION N° 2025-DEC-016"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 6° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article unique :", "L'indemnité de 2 318,40 €", "est acceptée.")]
    sg = [sig("2025-11-04")]
    d.reset(head)
    am = [d.amount("2 318,40 €", 2318.4)]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("14 septembre 2025", "2025-09-14"),
          d.date("4 novembre 2025", "2025-11-04")]
    d.reset(head)
    rf = [cgct(6), deleg()]
    mk(3, "2025-DEC-016", "Acceptation d'une indemnité de sinistre (bris de glace, école "
       "élémentaire)", v, arts, sg, am, dt, rf)
    # ---- 017
    head = "DÉCISION N° 2025-DEC-017"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 16° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;"),
         d.clause("Vu la requête enregistrée le 2 novembre 2025 au greffe du tribunal "
                  "administratif de Toulouse ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La commune défendra", "l'instance susvisée."),
            art(d, "2", None, "Article 2 :", "Maître Hélène COURDESSES", "à 1 800 € HT.")]
    sg = [sig("2025-11-17")]
    d.reset(head)
    am = [d.amount("1 800 €", 1800, tax="HT")]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("2 novembre 2025", "2025-11-02"),
          d.date("17 novembre 2025", "2025-11-17")]
    d.reset(head)
    rf = [cgct(16), deleg()]
    mk(4, "2025-DEC-017", "Défense de la commune devant le tribunal administratif de Toulouse "
       "(requête n° 2505931)", v, arts, sg, am, dt, rf)
    # ---- 018
    head = "DÉCISION N° 2025-DEC-018"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 3° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;"),
         d.clause("Vu la délibération n° 2025-019 du 8 avril 2025 adoptant le budget primitif ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Un emprunt de deux cent", "échéances trimestrielles."),
            art(d, "2", None, "Article 2 :", "Les frais de dossier", "à 250 €."),
            art(d, "3", None, "Article 3 :", "Le Maire est autorisé", "contrat de prêt.")]
    sg = [sig("2025-12-01")]
    d.reset(head)
    am = [d.amount("250 000 €", 250000),
          d.amount("deux cent cinquante mille euros", 250000),
          d.amount("250 €", 250, )]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("8 avril 2025", "2025-04-08"),
          d.date("1er décembre 2025", "2025-12-01")]
    d.reset(head)
    rf = [cgct(3), deleg(),
          d.ref("deliberation", "délibération n° 2025-019 du 8 avril 2025", number="2025-019",
                date="2025-04-08")]
    mk(5, "2025-DEC-018", "Souscription d'un emprunt de 250 000 € auprès de la Caisse régionale "
       "de Crédit agricole Nord Midi-Pyrénées", v, arts, sg, am, dt, rf)
    # ---- 019
    head = "DÉCISION N° 2025-DEC-019"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 26° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Une subvention de 48 600 €", "162 000 € HT."),
            art(d, "2", None, "Article 2 :", "Le plan de financement", "présente décision.")]
    sg = [sig("2025-12-15")]
    d.reset(head)
    am = [d.amount("48 600 €", 48600), d.amount("162 000 €", 162000, tax="HT")]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("15 décembre 2025", "2025-12-15")]
    d.reset(head)
    rf = [cgct(26), deleg()]
    mk(6, "2025-DEC-019", "Demande de subvention au titre de la DSIL 2026 – Rénovation "
       "énergétique de la salle des fêtes", v, arts, sg, am, dt, rf)
    # ---- 020
    head = "DÉCISION N° 2025-DEC-020"
    d.reset(head)
    v = [d.clause("Vu le code général des collectivités territoriales, et notamment son article "
                  "L. 2122-22, 8° ;"),
         d.clause("Vu la délibération n° 2020-028 du 10 juillet 2020 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La concession n° 412", "22 décembre 2025."),
            art(d, "2", None, "Article 2 :", "Le tarif de 380 €", "est appliqué.")]
    sg = [sig("2025-12-22")]
    d.reset(head)
    am = [d.amount("380 €", 380)]
    d.reset(head)
    dt = [d.date("10 juillet 2020", "2020-07-10"), d.date("22 décembre 2025", "2025-12-22"),
          d.date("22 décembre 2025", "2025-12-22")]
    d.reset(head)
    rf = [cgct(8), deleg()]
    mk(7, "2025-DEC-020", "Renouvellement d'une concession funéraire au cimetière de Laroque",
       v, arts, sg, am, dt, rf)
    d.write(docs)


def brassigny_1987():
    """OLD TYPEWRITTEN délibération of 1987 in CAPITALS without accents:
    DEPARTEMENT / ARRONDISSEMENT / CANTON / COMMUNE letterhead beside
    "REPUBLIQUE FRANCAISE"; registre heading underlined with "="; counts
    with dot leaders ("afférents", "en exercice", "qui ont pris part à la
    délibération"); "Date de la convocation :" / "Date d'affichage :";
    "SEANCE DU 23 MARS 1987"; "DELIBERATION N. 9/1987"; two-line OBJET;
    "L'AN MIL NEUF CENT QUATRE-VINGT-SEPT, LE VINGT-TROIS MARS, A VINGT
    HEURES TRENTE, … CONVOQUE LE SEIZE MARS, …"; "ETAIENT PRESENTS : MM.
    THIEBAUT Marcel, Maire, COLLIN Roger, Adjoint, …, Mmes PERROT Jeanine,
    VIARD Simone." (SURNAME FIRST inside civility groups, roles between the
    names); "ABSENT EXCUSE :"; "SECRETAIRE DE SEANCE :"; FRANCS with dot
    thousands ("186.450,00 F H.T."), a dot-leader financing table, the part
    communale in WORDS WITH CENTIMES; visas of the LOI DU 5 AVRIL 1884 (no
    number), the CODE DES COMMUNES, the décret n° 62-1587, an arrêté
    préfectoral; "A L'UNANIMITE," then a dash list of capital verbs
    (APPROUVE / SOLLICITE / DECIDE / DONNE); "AU REGISTRE SONT LES
    SIGNATURES."; right-indented "POUR EXTRAIT CONFORME, / A …, LE
    VINGT-CINQ MARS / MIL NEUF CENT QUATRE-VINGT-SEPT / LE MAIRE, / name";
    sous-préfecture reception line."""
    d = DocH("commune-brassigny-le-chatel-deliberation-1987-09")
    pres = d.P("M. Marcel THIEBAUT", at="SOUS LA PRESIDENCE DE")
    d.reset("ETAIENT PRESENTS")
    present = [d.S(t, "M.", g, f) for t, g, f in [
        ("THIEBAUT Marcel", "Marcel", "THIEBAUT"),
        ("COLLIN Roger", "Roger", "COLLIN"),
        ("MAIROT Gérard", "Gérard", "MAIROT"),
        ("BOURGEOIS André", "André", "BOURGEOIS"),
        ("DARBOT Jean", "Jean", "DARBOT"),
        ("GUENIOT Robert", "Robert", "GUENIOT"),
        ("LAMBERT Pierre", "Pierre", "LAMBERT"),
        ("RENAUDIN Claude", "Claude", "RENAUDIN")]]
    present += [d.S(t, "Mme", g, f) for t, g, f in [
        ("PERROT Jeanine", "Jeanine", "PERROT"),
        ("VIARD Simone", "Simone", "VIARD")]]
    excused = [d.S("M. HUMBLOT Lucien", "M.", "Lucien", "HUMBLOT", at="ABSENT EXCUSE")]
    sec = d.S("M. MAIROT Gérard", "M.", "Gérard", "MAIROT", at="SECRETAIRE DE SEANCE")
    att = attendance(present, excused, [], [], in_office=11, present_n=None,
                     represented=None, voting=10)
    session = {"date": "1987-03-23", "place": "MAIRIE", "convened_on": "1987-03-16",
               "president": pres, "secretary": sec}
    d.reset("LE PLAN DE FINANCEMENT")
    visas = [d.clause("VU LA LOI DU 5 AVRIL 1884 SUR L'ORGANISATION MUNICIPALE ;"),
             d.clause("VU LE CODE DES COMMUNES, ET NOTAMMENT SON ARTICLE L. 121-29 ;"),
             d.clause("VU LE DECRET N° 62-1587 DU 29 DECEMBRE 1962 PORTANT REGLEMENT GENERAL SUR "
                      "LA COMPTABILITE PUBLIQUE ;"),
             d.clause("VU L'ARRETE PREFECTORAL N° 87-112 DU 12 FEVRIER 1987 FIXANT LA "
                      "PROGRAMMATION DES TRAVAUX D'ELECTRIFICATION RURALE ;")]
    d.locate("APRES EN AVOIR DELIBERE")
    votes = [d.vote("A L'UNANIMITE", unanimous=True)]
    verb = d.span("APPROUVE")
    sigs = [d.signature("LE MAIRE,", "Marcel THIEBAUT", "LE MAIRE", "Marcel THIEBAUT",
                        "BRASSIGNY-LE-CHATEL", "1987-03-25", at="POUR EXTRAIT CONFORME")]
    d.reset("MONSIEUR LE MAIRE EXPOSE")
    amounts = [frf(d, "186.450,00 F", 186450, tax="HT"),
               frf(d, "221.129,70 F", 221129.7, tax="TTC"),
               frf(d, "121.192,50 F", 121192.5),
               frf(d, "65.257,50 F", 65257.5),
               frf(d, "186.450,00 F", 186450, tax="HT"),
               frf(d, "121.192,50 F", 121192.5),
               frf(d, "SOIXANTE-CINQ MILLE DEUX CENT CINQUANTE-SEPT FRANCS CINQUANTE CENTIMES",
                   65257.5),
               frf(d, "65.000 F", 65000)]
    d.reset()
    dates = [d.date("16 mars 1987", "1987-03-16"),
             d.date("16 mars 1987", "1987-03-16"),
             d.date("23 MARS 1987", "1987-03-23"),
             d.date("L'AN MIL NEUF CENT QUATRE-VINGT-SEPT, LE VINGT-TROIS MARS", "1987-03-23"),
             d.date("SEIZE MARS", "1987-03-16"),
             d.date("5 AVRIL 1884", "1884-04-05"),
             d.date("29 DECEMBRE 1962", "1962-12-29"),
             d.date("12 FEVRIER 1987", "1987-02-12"),
             d.date("VINGT-CINQ MARS MIL NEUF CENT QUATRE-VINGT-SEPT", "1987-03-25"),
             d.date("30 MARS 1987", "1987-03-30")]
    d.reset("LE PLAN DE FINANCEMENT")
    refs = [d.ref("loi", "LOI DU 5 AVRIL 1884", date="1884-04-05"),
            d.ref("code", "CODE DES COMMUNES, ET NOTAMMENT SON ARTICLE L. 121-29", code=CCOM,
                  articles=["L.121-29"]),
            d.ref("decret", "DECRET N° 62-1587 DU 29 DECEMBRE 1962", number="62-1587",
                  date="1962-12-29"),
            d.ref("arrete", "ARRETE PREFECTORAL N° 87-112 DU 12 FEVRIER 1987", number="87-112",
                  date="1987-02-12")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BRASSIGNY-LE-CHATEL", "body": "CONSEIL MUNICIPAL"},
            "9/1987",
            "ELECTRIFICATION RURALE - RENFORCEMENT DU RESEAU BASSE TENSION DU HAMEAU DE LA "
            "GRANGE-AUX-BOIS - PLAN DE FINANCEMENT",
            session=session, att=att, visas=visas,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


ALL = ["vezenne_grid", "saint_amans_installation", "cassagnes_recueil", "brassigny_1987"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
