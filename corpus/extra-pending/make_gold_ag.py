#!/usr/bin/env python3
"""Hand-written gold for the blind set AG (corpusAG) of corpus/extra-pending
(see README.md, section "Blind set (corpusAG)").
Run: python3 make_gold_ag.py

Same conventions and tooling as make_gold_af.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCOM, CGCT, CGPPP, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def frf(a):
    a["currency"] = "FRF"
    return a


def saint_aubin_1996():
    """OLD TYPEWRITTEN délibération of 1996: letterhead DEPARTEMENT /
    ARRONDISSEMENT / CANTON / COMMUNE beside "REPUBLIQUE FRANCAISE", an
    8-digit phone of the time ("71.59.20.14"), unaccented capital headings,
    "SEANCE DU 12 MARS 1996", counts with dot leaders, "DELIBERATION N°
    96-014", two-line OBJET in capitals, "L'AN MIL NEUF CENT QUATRE-VINGT-
    SEIZE, LE DOUZE MARS", convocation in words, "ETAIENT PRESENTS : MM. …,
    Mmes …, MM. …, Mme …" (civility groups, given name first, names cut by
    line ends), "ABSENTS EXCUSES : X (pouvoir à Y)", "ABSENT :", secretary
    in a sentence, FRANCS ("150 000 F H.T.", "180 900 F T.T.C.",
    "25.000,00 francs", francs in words), loi n° 82-213, code des communes
    L. 121-26, "ARTICLE PREMIER" / "ARTICLE DEUX" … (numbers in words),
    "ADOPTE PAR 13 VOIX POUR ET 1 ABSTENTION.", right-indented "POUR
    EXTRAIT CONFORME, / A …, LE 15 MARS 1996 / LE MAIRE,", sous-préfecture
    reception line."""
    d = DocH("commune-saint-aubin-des-forges-deliberation-1996-014")
    pres = d.P("M. Raymond CHAPUIS", at="sous la présidence")
    d.reset("ETAIENT PRESENTS")

    def G(t, civ):
        g, f = t.split()
        return d.S(t, civ, g, f)
    present = [G("Raymond CHAPUIS", "M."), G("Marcel BERNIER", "M."),
               G("Jean FOURNIER", "M."), G("Robert GAUTHIER", "M."),
               G("André MOREL", "M."), G("Lucien PERRIN", "M."),
               G("Odette DUMAS", "Mme"), G("Simone GIRAUD", "Mme"),
               G("Yvette LACROIX", "Mme"), G("Gilbert ROCHE", "M."),
               G("Henri VIDAL", "M."), d.P("Mme Paulette BLANC")]
    d.reset("ABSENTS EXCUSES")
    x1 = d.P("M. Jacques ROUX")
    h1 = d.P("M. Raymond CHAPUIS")
    x2 = d.P("Mme Germaine FAURE")
    h2 = d.P("Mme Odette DUMAS")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = [d.P("M. Louis BRUNEL", at="ABSENT :")]
    sec = d.P("Mme Simone GIRAUD", at="ABSENT :")
    att = attendance(present, [x1, x2], absent, proxies, in_office=15, present_n=12,
                     represented=None, voting=14)
    session = {"date": "1996-03-12", "place": "Mairie", "convened_on": "1996-03-05",
               "president": pres, "secretary": sec}
    d.reset("LE CONSEIL MUNICIPAL,")
    visas = [d.clause("VU la loi n° 82-213 du 2 mars 1982 relative aux droits et libertés "
                      "des communes, des départements et des régions ;"),
             d.clause("VU le code des communes, et notamment son article L. 121-26 ;"),
             d.clause("VU la délibération du 14 décembre 1995 adoptant le budget primitif "
                      "de l'exercice 1996 ;")]
    cons = [d.clause("CONSIDERANT qu'il est indispensable de doter les services techniques "
                     "d'un matériel fiable pour l'entretien de la voirie communale ;")]
    d.locate("APRES EN AVOIR DELIBERE")
    verb = d.span("DECIDE")
    arts = [art(d, "1", None, "ARTICLE PREMIER :", "D'acquérir auprès",
                "neuf cents francs T.T.C."),
            art(d, "2", None, "ARTICLE DEUX :", "De solliciter du Conseil",
                "du F.D.A.E.C. 1996."),
            art(d, "3", None, "ARTICLE TROIS :", "La dépense sera imputée",
                "Caisse Régionale de Crédit Agricole."),
            art(d, "4", None, "ARTICLE QUATRE :", "Monsieur le Maire est autorisé",
                "pièces relatives à cette affaire.")]
    votes = [d.vote("ADOPTE PAR 13 VOIX POUR ET 1 ABSTENTION.", for_=13, against=None,
                    abstention=1)]
    sigs = [d.signature("LE MAIRE,", "Raymond CHAPUIS", "LE MAIRE", "Raymond CHAPUIS",
                        "SAINT-AUBIN-DES-FORGES", "1996-03-15", at="POUR EXTRAIT CONFORME")]
    d.reset("Monsieur le Maire expose")
    amounts = [frf(d.amount("150 000 F", 150000, tax="HT")),
               frf(d.amount("180 900 F", 180900, tax="TTC")),
               frf(d.amount("25.000,00 francs", 25000)),
               frf(d.amount("150 000 F", 150000, tax="HT")),
               frf(d.amount("cent quatre-vingt mille neuf cents francs", 180900, tax="TTC")),
               frf(d.amount("25.000,00 francs", 25000)),
               frf(d.amount("cent cinquante mille francs", 150000)),
               frf(d.amount("150 000 F", 150000))]
    d.reset()
    dates = [d.date("12 MARS 1996", "1996-03-12"),
             d.date("L'AN MIL NEUF CENT QUATRE-VINGT-SEIZE, LE DOUZE MARS", "1996-03-12"),
             d.date("cinq mars mil neuf cent quatre-vingt-seize", "1996-03-05"),
             d.date("2 mars 1982", "1982-03-02"),
             d.date("14 décembre 1995", "1995-12-14"),
             d.date("15 MARS 1996", "1996-03-15"),
             d.date("19 MARS 1996", "1996-03-19")]
    d.reset("LE CONSEIL MUNICIPAL,")
    refs = [d.ref("loi", "loi n° 82-213 du 2 mars 1982", number="82-213", date="1982-03-02"),
            d.ref("code", "code des communes, et notamment son article L. 121-26", code=CCOM,
                  articles=["L.121-26"]),
            d.ref("deliberation", "délibération du 14 décembre 1995", date="1995-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "43290", "43290"),
           d.ident("phone", "71.59.20.14", "71592014")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-FORGES",
             "body": "CONSEIL MUNICIPAL"},
            "96-014",
            "ACQUISITION D'UN TRACTEUR POUR LES SERVICES TECHNIQUES ET DEMANDE DE "
            "SUBVENTION AU TITRE DU F.D.A.E.C.",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DECIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def bellecombe_stamp_each_page():
    """PDF export whose ACTES STAMP block (Envoyé / Reçu / Publié / ID) is
    printed at the TOP RIGHT of EACH of the two pages, right-aligned with
    runs of blanks, on the same lines as the letterhead's left column on
    page 1 and alone on page 2 (after a form feed); footers "Page 1/2",
    "Page 2/2"; the page break falls between article 1 and article 2; act
    number with an underscore "D2025_14"; séance sentence "Le douze mars …"
    without "L'an"; counts on one line; SIRET of a company cut by a line
    end; avis des Domaines dated; CGPPP visa."""
    d = DocH("commune-bellecombe-en-varais-deliberation-2025-D2025_14")
    pres = d.P("M. Gérald BONNEVIE", at="sous la présidence")
    present = d.persons("M. Gérald BONNEVIE", "Mme Josette CURTET", "M. Alain FAVRE-MILLOZ",
                        "Mme Delphine ROSSAT", "M. Bruno TISSOT-DUPONT", "Mme Agnès MOLLIER",
                        "M. Cyril GROS", "Mme Élodie BURNIER", "M. Franck PERRIER",
                        "Mme Muriel BLANC", "M. Thomas VIBERT", at="Présents : M.")
    d.reset("Excusés ayant donné pouvoir")
    x1 = d.P("Mme Isabelle CHAMOUX")
    h1 = d.P("M. Gérald BONNEVIE")
    x2 = d.P("M. Patrice JACQUIER")
    h2 = d.P("Mme Josette CURTET")
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)},
               {"from": x2, "to": h2, "span": d.proxy_span(x2, h2)}]
    absent = d.persons("Mme Laure DUNAND", "M. Romain ANSELME", at="Absents :")
    sec = d.P("Mme Élodie BURNIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, proxies, in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2025-03-12", "place": "mairie", "convened_on": "2025-03-05",
               "president": pres, "secretary": sec}
    d.reset("Le conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2121-29 et L. 2241-1 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et "
                      "notamment son article L. 3211-14 ;"),
             d.clause("Vu l'avis du service des Domaines du 7 février 2025 ;")]
    cons = [d.clause("Considérant que la cession de cette parcelle favorise le maintien d'une "
                     "activité artisanale sur le territoire communal ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "De céder à la SARL",
                "conforme à l'avis des Domaines."),
            art(d, "2", None, "Article 2 :", "Les frais d'acte",
                "à la charge de l'acquéreur."),
            art(d, "3", None, "Article 3 :", "D'autoriser M. le Maire",
                "toute pièce relative à cette cession."),
            art(d, "4", None, "Article 4 :", "La recette sera inscrite",
                "2025, chapitre 024.")]
    votes = [d.vote("Pour : 12 – Contre : 1 – Abstention : 0 La délibération est adoptée.",
                    for_=12, against=1, abstention=0)]
    sigs = [d.signature("Le Maire,", "Gérald BONNEVIE", "Le Maire", "Gérald BONNEVIE",
                        "Bellecombe-en-Varais", "2025-03-12",
                        at="Bellecombe-en-Varais, le 12 mars 2025")]
    d.reset("M. le Maire expose")
    amounts = [d.amount("43 400 €", 43400), d.amount("45 000 €", 45000),
               d.amount("2 150,00 €", 2150)]
    d.reset()
    dates = [d.date("13/03/2025", "2025-03-13"), d.date("13/03/2025", "2025-03-13"),
             d.date("14/03/2025", "2025-03-14"),
             d.date("mercredi 12 mars 2025", "2025-03-12"),
             d.date("douze mars deux mille vingt-cinq", "2025-03-12"),
             d.date("5 mars 2025", "2025-03-05"),
             d.date("7 février 2025", "2025-02-07"), d.date("7 février 2025", "2025-02-07"),
             d.date("13/03/2025", "2025-03-13"), d.date("13/03/2025", "2025-03-13"),
             d.date("14/03/2025", "2025-03-14"),
             d.date("12 mars 2025", "2025-03-12")]
    d.reset("Le conseil municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2121-29 et L. 2241-1", code=CGCT,
                  articles=["L.2121-29", "L.2241-1"]),
            d.ref("code", "code général de la propriété des personnes publiques, et "
                  "notamment son article L. 3211-14", code=CGPPP, articles=["L.3211-14"])]
    d.reset()
    ACT = "073-217301563-20250312-D2025_14-DE"
    ids = [d.ident("postal_code", "73460", "73460"),
           d.ident("phone", "04 79 38 52 10", "0479385210"),
           d.ident("acte", ACT, ACT),
           d.ident("email", "mairie@bellecombe-en-varais.fr",
                   "mairie@bellecombe-en-varais.fr"),
           d.ident("siret", "902 415 835 00013", "90241583500013"),
           d.ident("acte", ACT, ACT)]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BELLECOMBE-EN-VARAIS", "body": "CONSEIL MUNICIPAL"},
            "D2025_14",
            "Cession de la parcelle communale cadastrée section AB n° 412 au lieu-dit "
            "« Les Grangettes »",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def fontaine_prose_attendance():
    """Délibération whose ATTENDANCE is IN PROSE: "Étaient présents tous les
    conseillers municipaux en exercice, à l'exception de M. X, excusé, qui
    avait donné pouvoir à Mme Y, et de Mme Z, absente." (no name list);
    counts in a sentence "Le Conseil, composé de 19 membres en exercice,
    dont 17 présents et\\n1 représenté, …" (no votants); president in the
    séance sentence, secretary in a sentence that holds "à l'unanimité"
    (the designation, no vote); an adjointe presenting (no attendance);
    subsidies as a dash list with a total, an amount in words + figures;
    "l'article 10 de la loi n° 2000-321 …" twice (visa, and inside the
    décret's title); two members "ne prennent pas part au vote" before
    "Adopté par 14 voix pour, 0 contre et 2 abstentions."."""
    d = DocH("commune-fontaine-sur-aubrelle-deliberation-2025-052")
    pres = d.P("Mme Martine ROUSSEL", at="sous la présidence")
    d.reset("à l'exception")
    x1 = d.P("M. Olivier GARNIER")
    h1 = d.P("Mme Nathalie BRIAND")
    absent = [d.P("Mme Sophie LEMAIRE")]
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)}]
    sec = d.P("Mme Claire DUVAL", at="propose de désigner")
    att = attendance([], [x1], absent, proxies, in_office=19, present_n=17,
                     represented=1, voting=None)
    session = {"date": "2025-05-27", "place": "salle du conseil de la mairie",
               "convened_on": "2025-05-20", "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2311-7 ;"),
             d.clause("Vu l'article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux "
                      "droits des citoyens dans leurs relations avec les administrations ;"),
             d.clause("Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de "
                      "l'article 10 de la loi n° 2000-321 du 12 avril 2000 et relatif à la "
                      "transparence financière des aides octroyées par les personnes "
                      "publiques ;"),
             d.clause("Vu la délibération n° 2025-018 du 8 avril 2025 approuvant le budget "
                      "primitif 2025 ;")]
    cons = [d.clause("Considérant l'intérêt local des actions menées par ces associations ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer pour l'année",
                "soit un total de 10 100 €."),
            art(d, "2", None, "Article 2 :", "Une subvention exceptionnelle",
                "du terrain d'entraînement."),
            art(d, "3", None, "Article 3 :", "Les crédits correspondants",
                "budget primitif 2025.")]
    votes = [d.vote("Mme Nathalie BRIAND et M. Paul ROYER, membres du bureau de l'Union "
                    "sportive fontainoise, ne prennent pas part au vote. Adopté par 14 voix "
                    "pour, 0 contre et 2 abstentions.", for_=14, against=0, abstention=2,
                    not_voting=2)]
    sigs = [d.signature("La Maire,", "Martine ROUSSEL", "La Maire", "Martine ROUSSEL",
                        "Fontaine-sur-Aubrelle", "2025-05-28",
                        at="Fontaine-sur-Aubrelle, le 28 mai")]
    d.reset("Mme Marie-Christine FAIVRE")
    amounts = [d.amount("14 000 €", 14000), d.amount("3 200 €", 3200),
               d.amount("4 500 €", 4500), d.amount("1 150 €", 1150), d.amount("850 €", 850),
               d.amount("400 €", 400), d.amount("10 100 €", 10100),
               d.amount("mille cinq cents euros", 1500), d.amount("1 500 €", 1500)]
    d.reset()
    dates = [d.date("27 mai 2025", "2025-05-27"),
             d.date("L'an deux mille vingt-cinq, le vingt-sept mai", "2025-05-27"),
             d.date("20 mai 2025", "2025-05-20"), d.date("13 mai 2025", "2025-05-13"),
             d.date("8 avril 2025", "2025-04-08"), d.date("12 avril 2000", "2000-04-12"),
             d.date("6 juin 2001", "2001-06-06"), d.date("12 avril 2000", "2000-04-12"),
             d.date("8 avril 2025", "2025-04-08"), d.date("28 mai 2025", "2025-05-28"),
             d.date("30/05/2025", "2025-05-30")]
    d.reset("Mme Marie-Christine FAIVRE")
    L10 = "article 10 de la loi n° 2000-321 du 12 avril 2000"
    refs = [d.ref("deliberation", "délibération n° 2025-018 du 8 avril 2025",
                  number="2025-018", date="2025-04-08"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2311-7", code=CGCT, articles=["L.2311-7"]),
            d.ref("loi", L10, number="2000-321", date="2000-04-12", articles=["10"]),
            d.ref("decret", "décret n° 2001-495 du 6 juin 2001", number="2001-495",
                  date="2001-06-06"),
            d.ref("loi", L10, number="2000-321", date="2000-04-12", articles=["10"]),
            d.ref("deliberation", "délibération n° 2025-018 du 8 avril 2025",
                  number="2025-018", date="2025-04-08")]
    d.reset()
    ACT = "021-212103451-20250527-2025052-DE"
    ids = [d.ident("postal_code", "21340", "21340"),
           d.ident("phone", "03 80 27 64 91", "0380276491"),
           d.ident("email", "secretariat@fontaine-sur-aubrelle.fr",
                   "secretariat@fontaine-sur-aubrelle.fr"),
           d.ident("acte", ACT, ACT)]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE FONTAINE-SUR-AUBRELLE", "body": "CONSEIL MUNICIPAL"},
            "2025-052", "Attribution des subventions aux associations pour l'année 2025",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sivom_reunion():
    """Délibération of the COMITÉ SYNDICAL of a SIVOM in LA RÉUNION: 974xx
    postal code, phone "+262 262 …", ".re" e-mail, SIRET; "DÉLIBÉRATION N°
    CS-2025-021"; three-line OBJET with dashes; a DEPUTY PRESIDING ("sous la
    présidence de M. Jean-Hugues\\nPAYET, 1er Vice-Président, en l'absence
    du Président."); counts on one line with "Représentés"; names of other
    shapes (multi-word family names in capitals "AHAMADA ABDOU", "SOILIHI
    MADI", "MOHAMED SOULÉ", hyphenated "LAW-SHUN", particle "DE LA HOGUE",
    accented "ÉTHÈVE", "RIVIÈRE"); the absent Président in the excused list
    with his role and "(pouvoir à …)"; "Monsieur le Président étant
    empêché"; a space-aligned financing TABLE with "€ HT" cells and a
    "subvention FEDER"; a règlement (UE) n° 2021/1060; "Ne prend pas part
    au vote : M. X (intéressé)." before "Vote : Pour : 10 – Contre : 0 –
    Abstention : 0"; signature "Pour le Président empêché, / Le 1er
    Vice-Président,"."""
    d = DocH("sivom-hauts-de-l-est-reunion-comite-2025-021")
    pres = d.P("M. Jean-Hugues PAYET", at="sous la présidence")
    present = d.persons("M. Jean-Hugues PAYET", "M. Saïd AHAMADA ABDOU",
                        "Mme Zaïnaba SOILIHI MADI", "M. Louis-Fred HOARAU",
                        "Mme Marie-Josée GRONDIN", "M. Ibrahim MOHAMED SOULÉ",
                        "Mme Annick LAW-SHUN", "M. Rémy FONTAINE", "Mme Sabine NAZE",
                        at="Délégués présents")
    present.append(d.S("M. Jean-Max DE LA HOGUE", "M.", "Jean-Max", "DE LA HOGUE"))
    d.reset("Excusés :")
    x1 = d.P("M. Daniel MUSSARD")
    h1 = d.P("M. Jean-Hugues PAYET")
    excused = [x1, d.P("Mme Gisèle ÉTHÈVE")]
    proxies = [{"from": x1, "to": h1, "span": d.proxy_span(x1, h1)}]
    absent = d.persons("M. Patrick RIVIÈRE", "Mme Nadia BOYER", at="Absents :")
    sec = d.P("Mme Zaïnaba SOILIHI MADI", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=14, present_n=10,
                     represented=1, voting=11)
    session = {"date": "2025-07-04", "place": "siège du syndicat",
               "convened_on": "2025-06-26", "president": pres, "secretary": sec}
    d.reset("Le Comité syndical,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 5212-1 et suivants ;"),
             d.clause("Vu le règlement (UE) n° 2021/1060 du Parlement européen et du Conseil "
                      "du 24 juin 2021 portant dispositions communes relatives aux fonds "
                      "européens ;"),
             d.clause("Vu la délibération n° CS-2024-037 du 12 décembre 2024 adoptant le "
                      "budget primitif 2025 du syndicat ;")]
    cons = [d.clause("Considérant la nécessité de sécuriser la distribution d'eau potable des "
                     "écarts desservis par le réservoir ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'approuver l'opération",
                "1 248 500,00 € HT."),
            art(d, "2", None, "Article 2 :", "D'approuver le plan",
                "auprès de l'autorité de gestion."),
            art(d, "3", None, "Article 3 :", "D'autoriser M. le Président",
                "relatif à cette opération.")]
    votes = [d.vote("Ne prend pas part au vote : M. Louis-Fred HOARAU (intéressé). Vote : "
                    "Pour : 10 – Contre : 0 – Abstention : 0 La délibération est adoptée.",
                    for_=10, against=0, abstention=0, not_voting=1)]
    sigs = [d.signature("Pour le Président empêché,", "Jean-Hugues PAYET",
                        "Pour le Président empêché, Le 1er Vice-Président",
                        "Jean-Hugues PAYET", "Rivière-des-Lianes", "2025-07-07",
                        at="Fait à Rivière-des-Lianes")]
    d.reset("Le coût de l'opération")
    amounts = [d.amount("1 248 500,00 €", 1248500, tax="HT"),
               d.amount("873 950,00 €", 873950, tax="HT"),
               d.amount("187 275,00 €", 187275, tax="HT"),
               d.amount("187 275,00 €", 187275, tax="HT"),
               d.amount("1 248 500,00 €", 1248500, tax="HT"),
               d.amount("1 248 500,00 €", 1248500, tax="HT"),
               d.amount("873 950,00 €", 873950)]
    d.reset()
    dates = [d.date("vendredi 4 juillet 2025", "2025-07-04"),
             d.date("L'an deux mille vingt-cinq, le quatre juillet", "2025-07-04"),
             d.date("26 juin 2025", "2025-06-26"), d.date("24 juin 2021", "2021-06-24"),
             d.date("12 décembre 2024", "2024-12-12"), d.date("7 juillet 2025", "2025-07-07"),
             d.date("9 juillet 2025", "2025-07-09")]
    d.reset("Le Comité syndical,\n")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 5212-1", code=CGCT, articles=["L.5212-1"]),
            d.ref("reglement", "règlement (UE) n° 2021/1060 du Parlement européen et du "
                  "Conseil du 24 juin 2021", number="2021/1060", date="2021-06-24"),
            d.ref("deliberation", "délibération n° CS-2024-037 du 12 décembre 2024",
                  number="CS-2024-037", date="2024-12-12")]
    d.reset()
    ACT = "974-259740470-20250704-CS2025021-DE"
    ids = [d.ident("postal_code", "97438", "97438"),
           d.ident("phone", "+262 262 47 18 30", "+262262471830"),
           d.ident("email", "contact@sivom-hautsdelest.re", "contact@sivom-hautsdelest.re"),
           d.ident("siret", "259 740 470 00010", "25974047000010"),
           d.ident("acte", ACT, ACT)]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DES HAUTS DE L'EST",
             "body": "COMITÉ SYNDICAL"},
            "CS-2025-021",
            "Réhabilitation du réservoir d'eau potable de Piton-Calumet – Approbation de "
            "l'opération et du plan de financement – Demande de subvention FEDER",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


ALL = ["saint_aubin_1996", "bellecombe_stamp_each_page", "fontaine_prose_attendance",
       "sivom_reunion"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
