#!/usr/bin/env python3
"""Hand-written gold for the blind set AP (corpusAP) of corpus/extra-pending
(see README.md, section "Blind set (corpusAP)").
Run: python3 make_gold_ap.py

Same conventions and tooling as make_gold_ao.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCP, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def paris_14e():
    """Délibération (AVIS) of a Paris CONSEIL D'ARRONDISSEMENT on a projet
    de délibération of the Conseil de Paris ("2026 DAC 118"), number
    "MA 14 2026-031", persons by CIVILITY + SURNAME ONLY, one dash count
    line, verb line "ÉMET UN AVIS FAVORABLE", a dash list of subsidies,
    a vote with GROUPS in brackets after Pour and Abstentions."""
    d = DocH("arrondissement-paris-14e-avis-2026-031")

    def s(t, civ, fam, **kw):
        return d.S(t, civ, None, fam, **kw)
    pres = s("Mme VARENNES", "Mme", "VARENNES", at="présidence de")
    present = []
    for i, (c, f) in enumerate([("Mme", "VARENNES"), ("M.", "BESSIÈRE"), ("Mme", "DUMONTEIL"),
                                ("M.", "HADDOU"), ("Mme", "LAMBERT-RIVA"), ("M.", "PETITJEAN"),
                                ("Mme", "BENSALEM"), ("M.", "GRUAU"), ("Mme", "CARVALHO"),
                                ("M.", "LE DANTEC"), ("Mme", "MOREAU"), ("M.", "FAVREAU"),
                                ("Mme", "DESCHAMPS"), ("M.", "TESSIER"), ("Mme", "OUALI")]):
        present.append(s(c + " " + f, c, f, at="Présents : " if i == 0 else None))
    x1 = s("M. ROCHEREAU", "M.", "ROCHEREAU", at="Excusés ayant donné")
    t1 = s("Mme VARENNES", "Mme", "VARENNES")
    x2 = s("Mme LOISEL", "Mme", "LOISEL")
    t2 = s("M. HADDOU", "M.", "HADDOU")
    x3 = s("M. FERRAND", "M.", "FERRAND")
    t3 = s("Mme CARVALHO", "Mme", "CARVALHO")
    absent = [s("M. MARCHAL", "M.", "MARCHAL", at="Absents :"), s("Mme TOUZEAU", "Mme", "TOUZEAU")]
    sec = s("M. FAVREAU", "M.", "FAVREAU", at="Secrétaire de séance")
    proxies = [d.proxy(x1, t1), d.proxy(x2, t2), d.proxy(x3, t3)]
    att = attendance(present, [x1, x2, x3], absent, proxies, in_office=20, present_n=15,
                     represented=3, voting=18)
    session = {"date": "2026-03-02", "place": "salle des mariages de la mairie",
               "convened_on": "2026-02-24", "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2511-13 et L. 2511-16 ;"),
             d.clause("Vu le projet de délibération 2026 DAC 118 soumis pour avis au Conseil du\n"
                      "14e arrondissement par la Maire de Paris, inscrit à l'ordre du jour du\n"
                      "Conseil de Paris du 17 mars 2026 ;")]
    cons = [d.clause("Considérant que les cinq associations concernées animent la vie culturelle\n"
                     "de l'arrondissement et que leurs projets répondent aux orientations de la\n"
                     "délibération 2024 DAC 52 du 10 avril 2024 ;")]
    verb = d.span("ÉMET UN AVIS FAVORABLE", at="Après en avoir")
    arts = [art(d, "1", None, "Article 1 :", "Un avis favorable", "Plaisance : 10 000 €."),
            art(d, "2", None, "Article 2 :", "Le présent avis", "du 17 mars 2026.")]
    votes = [d.vote("Pour : 14 (groupe Paris en commun, groupe Les Écologistes) –\n"
                    "Contre : 0 – Abstentions : 4 (groupe Changer Paris).\n"
                    "L'avis est adopté.", for_=14, against=0, abstention=4,
                    for_groups=["groupe Paris en commun", "groupe Les Écologistes"])]
    sigs = [d.signature("La Maire du 14e arrondissement,", "Hélène VARENNES",
                        "La Maire du 14e arrondissement", "Hélène VARENNES", "Paris",
                        "2026-03-03", at="Fait à Paris")]
    d.reset("Article 1 :")
    amounts = [d.amount(t, v) for t, v in [("41 500 €", 41500), ("12 000 €", 12000),
                                           ("6 500 €", 6500), ("9 000 €", 9000),
                                           ("4 000 €", 4000), ("10 000 €", 10000)]]
    d.reset()
    dates = [d.date("lundi 2 mars 2026", "2026-03-02"),
             d.date("lundi deux mars deux mille vingt-six", "2026-03-02"),
             d.date("24 février 2026", "2026-02-24"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("10 avril 2024", "2024-04-10"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("3 mars 2026", "2026-03-03")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2511-13 et L. 2511-16", code=CGCT,
                  articles=["L.2511-13", "L.2511-16"]),
            d.ref("deliberation", "délibération 2024 DAC 52 du 10 avril 2024",
                  number="2024 DAC 52", date="2024-04-10")]
    d.reset()
    ids = [d.ident("postal_code", "75014", "75014"),
           d.ident("phone", "01 53 90 67 14", "0153906714")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE PARIS", "body": "CONSEIL DU 14e ARRONDISSEMENT"},
            "MA 14 2026-031",
            "Avis du Conseil du 14e arrondissement sur le projet de délibération 2026 DAC 118 "
            "portant attribution de subventions à cinq associations culturelles de "
            "l'arrondissement.",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ÉMET UN AVIS FAVORABLE", "span": verb}, arts=arts, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_meloir_jury():
    """ARRÊTÉ of a maire NAMING A JURY (15 numbered persons: civility,
    name, titulaire / suppléant, function, employer) in three sub-lists;
    NO ATTENDANCE (the named persons are members of a jury, not attendees
    of a meeting)."""
    d = DocH("commune-saint-meloir-des-landes-arrete-jury-2026-088")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2122-22 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles R. 2162-15\n"
                      "à R. 2162-26 et R. 2172-2 ;"),
             d.clause("Vu la délibération du conseil municipal n° 2026-019 du 12 février 2026\n"
                      "approuvant le programme de l'opération et fixant le montant de l'indemnité\n"
                      "des candidats non retenus à 28 000 € HT ;")]
    cons = [d.clause("Considérant qu'un tiers au moins des membres du jury doit posséder la\n"
                     "qualification professionnelle exigée des candidats ;")]
    verb = d.span("ARRÊTE", at="candidats ;\n")
    arts = [art(d, "1", None, "Article 1er :", "Le jury du concours",
                "directrice générale des services de la commune."),
            art(d, "2", None, "Article 2 :", "Les personnalités", "des prestations."),
            art(d, "3", None, "Article 3 :", "Le Directeur général", "membres du jury.")]
    sigs = [d.signature("Le Maire,", "Yannick LE BIHAN", "Le Maire", "Yannick LE BIHAN",
                        "Saint-Méloir-des-Landes", "2026-03-02", at="Fait à Saint")]
    d.reset()
    amounts = [d.amount("28 000 €", 28000, tax="HT"),
               d.amount("450 €", 450),
               d.amount("600 €", 600)]
    d.reset()
    dates = [d.date("12 février 2026", "2026-02-12"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("03/03/2026", "2026-03-03"),
             d.date("04/03/2026", "2026-03-04")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2122-22", code=CGCT, articles=["L.2122-22"]),
            d.ref("code", "code de la commande publique, et notamment ses articles R. 2162-15\n"
                  "à R. 2162-26 et R. 2172-2", code=CCP,
                  articles=["R.2162-15", "R.2162-26", "R.2172-2"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2026-019 du 12 février "
                  "2026", number="2026-019", date="2026-02-12")]
    d.reset()
    ids = [d.ident("postal_code", "35760", "35760"),
           d.ident("phone", "02 99 41 58 20", "0299415820"),
           d.ident("email", "accueil@saint-meloir-des-landes.fr",
                   "accueil@saint-meloir-des-landes.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-MÉLOIR-DES-LANDES", "body": "Le Maire"},
            "A-2026-088",
            "portant désignation des membres du jury du concours restreint de maîtrise "
            "d'œuvre pour la construction du groupe scolaire des Landes",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def la_bastide_scrutin():
    """Délibération voted by SCRUTIN PUBLIC with a PER-MEMBER TABLE
    "SURNAME Given ....... Pour/Contre/Abstention" (DOT LEADERS, VOTE
    WORDS, represented members marked "(procuration)"), the tally
    "Résultat : Pour : 10 – Contre : 3 – Abstention : 1." after it;
    attendance SURNAME FIRST WITHOUT CIVILITY; "Procurations : X à Y"."""
    d = DocH("commune-la-bastide-d-orvaux-scrutin-public-2026-041")

    def s(t, **kw):
        fam, giv = t.split(" ", 1)
        return d.S(t, None, giv, fam, **kw)
    pres = d.P("M. Alain\nCASTAGNÉ", at="présidence de")
    names = ["CASTAGNÉ Alain", "VIGUIÉ Martine", "DELPECH Serge", "LAFON Corinne",
             "BOUSQUET Jean-Luc", "MARTY Émilie", "ROUQUETTE Paul", "SABATIÉ Nathalie",
             "FOURNIÉ Didier", "CALMETTE Laure", "GARRIGUES Marc", "BALARD Sylvie"]
    present = [s(n, at="Présents :" if i == 0 else None) for i, n in enumerate(names)]
    proxies = [d.proxy(s("PUJOL Henri", at="Procurations :"), s("CASTAGNÉ Alain")),
               d.proxy(s("TRÉBOSC Anne"), s("LAFON Corinne"))]
    absent = [s("CARRIÈRE Yves", at="Absent :")]
    sec = s("MARTY Émilie", at="Secrétaire de séance")
    att = attendance(present, [], absent, proxies, in_office=15, present_n=12, voting=14)
    session = {"date": "2026-04-09", "place": "mairie", "convened_on": "2026-04-02",
               "president": pres, "secretary": sec}
    d.reset()
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2121-21 et L. 2241-1 ;"),
             d.clause("Vu l'avis du service du Domaine n° 2026-82090-03145 du 16 janvier 2026 ;")]
    votes = [d.vote("Pour : 10 – Contre : 3 – Abstention : 1.", for_=10, against=3,
                    abstention=1, at="Résultat :")]
    verb = d.span("DÉCIDE", at="1 abstention :")
    sigs = [d.signature("Le Maire,", "Alain CASTAGNÉ", "Le Maire", "Alain CASTAGNÉ",
                        "La Bastide-d'Orvaux", "2026-04-10", at="Pour extrait")]
    d.reset()
    amounts = [d.amount("185 000 €", 185000), d.amount("178 000 €", 178000),
               d.amount("178 000 €", 178000)]
    d.reset()
    dates = [d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("2 avril 2026", "2026-04-02"),
             d.date("L'an deux mille vingt-six, le neuf avril", "2026-04-09"),
             d.date("16 janvier 2026", "2026-01-16"),
             d.date("16 janvier 2026", "2026-01-16"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("14/04/2026", "2026-04-14")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2121-21 et L. 2241-1", code=CGCT,
                  articles=["L.2121-21", "L.2241-1"])]
    d.reset()
    ids = [d.ident("siren", "902 418 573", "902418573")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LA BASTIDE-D'ORVAUX", "body": "CONSEIL MUNICIPAL"},
            "2026-041",
            "Cession de l'ancienne gendarmerie (parcelle AB 214) à la SCI du Castelet",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_de_semene_bureau():
    """RELEVÉ DES DÉCISIONS DU BUREAU of a communauté de communes: six
    "Décision n° B2026-3k – Theme" entries, each an object line (nominal,
    no verb), an amount and its own vote line ("Adoptée à l'unanimité.",
    "Adoptée par 5 voix pour et 1 abstention (M. X)."); present list with
    "(Président)" after a name, "Excusée :", "Quorum atteint : 6 membres
    présents sur 7."; no visa, no article, no verb."""
    d = DocH("cc-val-de-semene-releve-bureau-2026-05-12")
    present = d.persons("M. Gilbert FAURIE", "Mme Josette\nCHAPUIS", "M. René VALLAT",
                        "Mme Delphine GRANGER", "M. Michel BONNEFOY", "M. Cédric ROUX",
                        at="Membres du bureau présents")
    excused = [d.P("Mme Lucienne TEYSSIER", at="Excusée :")]
    att = attendance(present, excused, in_office=7, present_n=6)
    # president: the member listed "(Président)" (decided in session 35
    # for every set: the body's president listed among those present
    # presides when no sentence names someone else, as the CDG and BE
    # sets' gold)
    session = {"date": "2026-05-12", "place": None, "convened_on": None,
               "president": present[0], "secretary": None}
    d.reset()
    votes = []
    for k in range(6):
        d.reset("Décision n° B2026-3%d" % (k + 1))
        if k == 3:
            votes.append(d.vote("Adoptée par 5 voix pour et 1 abstention (M. René VALLAT).",
                                for_=5, abstention=1))
        else:
            votes.append(d.vote("Adoptée à l'unanimité.", unanimous=True))
    sigs = [d.signature("Le Président,", "Gilbert FAURIE", "Le Président", "Gilbert FAURIE",
                        None, None, at="Le relevé des")]
    d.reset()
    amounts = [d.amount("96 480,00 €", 96480, tax="HT"),
               d.amount("3 500 €", 3500),
               d.amount("18 200 €", 18200),
               d.amount("12 640,50 €", 12640.5, tax="HT"),
               d.amount("1 287,34 €", 1287.34)]
    d.reset()
    dates = [d.date("mardi 12 mai 2026", "2026-05-12"),
             d.date("16 juillet 2020", "2020-07-16"),
             d.date("4 juillet 2026", "2026-07-04"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("31 août 2026", "2026-08-31"),
             d.date("15 mai 2026", "2026-05-15")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nn° 2020-087 du 16 juillet 2020",
                  number="2020-087", date="2020-07-16"),
            d.ref("code", "article L. 5211-10 du CGCT", code=CGCT, articles=["L.5211-10"])]
    for k in range(6):
        refs.append(d.ref("decision", "Décision n° B2026-3%d" % (k + 1),
                          number="B2026-3%d" % (k + 1)))
        if k == 3:
            refs.append(d.ref("convention", "Avenant n° 2", number="2"))
    refs.append(d.ref("code", "article L. 5211-10 du code\ngénéral des collectivités "
                      "territoriales", code=CGCT, articles=["L.5211-10"]))
    d.reset()
    ids = [d.ident("postal_code", "43140", "43140"),
           d.ident("siret", "243 500 121 00013", "24350012100013"),
           d.ident("phone", "04 71 61 20 35", "0471612035"),
           d.ident("siret", "817 364 524 00014", "81736452400014")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU VAL DE SÉMÈNE",
             "body": "BUREAU COMMUNAUTAIRE"},
            None, "RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE Réunion du mardi 12 mai 2026",
            session=session, att=att, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    paris_14e()
    saint_meloir_jury()
    la_bastide_scrutin()
    val_de_semene_bureau()
