#!/usr/bin/env python3
"""Hand-written gold for the blind set BU (corpusBU) of corpus/extra-pending
(see README.md, section "Blind set (corpusBU)"): four OLD documents
(1962, 1978, 1986, 2000) as an archive digitises them.
Run: python3 make_gold_bu.py

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
from _goldlib import CCOM, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

ROUTE = "Code de la route"


def frf(d, t, value, tax=None, at=None):
    a = d.amount(t, value, tax=tax, at=at)
    a["currency"] = "FRF"
    return a


def montcabrier_1962():
    """1962 délibération: ANCIENS / NOUVEAUX FRANCS ("2 500 000 francs",
    "NF 25 000", "28 600 NF", "1 716 000 anciens francs"), "le vingt-trois du
    mois de mars", "Étaient présents : MM." SURNAMES ONLY, "Absents : MM.",
    "Le Conseil, après en avoir délibéré, à l'unanimité", "Pour copie
    conforme" with a place/date line, préfecture reception stamp."""
    d = DocH("commune-montcabrier-le-haut-deliberation-1962-7")
    pres = d.S("M. LAFARGUE Henri", "M.", "Henri", "LAFARGUE", at="présidence")
    d.reset("Étaient présents")
    present = [d.S(n, "M.", None, n) for n in
               ("LAFARGUE", "DELPECH", "CAMBON", "MARTY", "ROQUES", "VAYSSE",
                "BOUYSSOU", "CASTAGNÉ")]
    d.reset("Absents : MM.")
    absent = [d.S(n, "M.", None, n) for n in ("PÉLISSIÉ", "GARRIGUES")]
    sec = d.S("M. MARTY", "M.", None, "MARTY", at="M. MARTY a été")
    att = attendance(present, [], absent, [])
    session = {"date": "1962-03-23", "place": "Mairie", "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Ouï")
    visas = [d.clause("Vu la loi du 5 avril 1884 sur l'organisation municipale,"),
             d.clause("Vu le décret n° 59-1090 du 22 septembre 1959 relatif aux travaux\n"
                      "d'équipement rural,")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("Adopte")
    sigs = [d.signature("Le Maire,", "H. LAFARGUE", "Le Maire", "H. LAFARGUE",
                        "Montcabrier", "1962-03-26", at="Le Maire,\n")]
    d.reset()
    amounts = [frf(d, "2 500 000 francs", 2500000), frf(d, "NF 25 000", 25000),
               frf(d, "28 600 NF", 28600), frf(d, "11 440 NF", 11440),
               frf(d, "17 160 nouveaux francs", 17160),
               frf(d, "1 716 000\nanciens francs", 1716000),
               frf(d, "28 600 NF", 28600),
               frf(d, "DIX-SEPT MILLE CENT SOIXANTE NOUVEAUX FRANCS", 17160)]
    d.reset()
    dates = [d.date("L'an mil neuf cent soixante-deux, le vingt-trois du mois de mars",
                    "1962-03-23"),
             d.date("14 octobre\n1960", "1960-10-14"),
             d.date("1er janvier 1962", "1962-01-01"),
             d.date("5 avril 1884", "1884-04-05"),
             d.date("22 septembre 1959", "1959-09-22"),
             d.date("26 mars 1962", "1962-03-26"),
             d.date("29 MARS 1962", "1962-03-29")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du 14 octobre\n1960", date="1960-10-14"),
            d.ref("loi", "loi du 5 avril 1884", date="1884-04-05"),
            d.ref("decret", "décret n° 59-1090 du 22 septembre 1959", number="59-1090",
                  date="1959-09-22")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MONTCABRIER-LE-HAUT", "body": "CONSEIL MUNICIPAL"},
            "7", "Adduction d'eau potable – Réfection du réservoir de Las Combes.",
            session=session, att=att, visas=visas,
            dec={"verb": "Adopte", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def saint_julien_1978():
    """1978 délibération: counts block "Nombre de conseillers : en exercice :
    11 ; présents : 9 ; votants : 10" BEFORE the séance line, "Monsieur le
    Préfet", "F" and "Frs", "24 NOV. 1978" stamp, "Vu pour être annexé"
    devis after the stamp."""
    d = DocH("commune-saint-julien-des-orgues-deliberation-1978-23")
    pres = d.P("Monsieur Pierre CHASSANG", at="présidence")
    present = d.persons("M. Pierre CHASSANG", "M. Louis BRUN", "Mme Marie-Thérèse FAURE",
                        "M. André VIALLE", "M. Joseph MOULIN", "M. Marcel ROCHE",
                        "Mme Odette BOYER", "M. Jean PAGÈS", "M. Robert ALLÈGRE",
                        at="Présents :")
    a1 = d.P("M. Henri DELORME", at="Absents :")
    p1 = d.proxy(a1, "M. Louis BRUN")
    a2 = d.P("M. Paul MAURIN")
    sec = d.P("M. Joseph MOULIN", at="Secrétaire de séance")
    att = attendance(present, [], [a1, a2], [p1], in_office=11, present_n=9, voting=10)
    session = {"date": "1978-11-17", "place": "Mairie", "convened_on": "1978-11-10",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil Municipal,\nVu")
    visas = [d.clause("Vu le code des communes, et notamment son article L. 121-26 ;"),
             d.clause("Vu la délibération n° 77-31 du 9 décembre 1977 approuvant "
                      "l'avant-projet ;")]
    cons = [d.clause("Considérant que ce chemin dessert quatre exploitations agricoles ;")]
    votes = [d.vote("par 9 voix pour et 1 abstention", for_=9, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le projet", "184 500 F T.T.C."),
            art(d, "2", None, "Article 2 :", "Monsieur le Préfet", "92 250 Frs."),
            art(d, "3", None, "Article 3 :", "Monsieur le Maire", "relatives à cette affaire.")]
    sigs = [d.signature("Le Maire,", "P. CHASSANG", "Le Maire", "P. CHASSANG",
                        "Saint-Julien-des-Orgues", "1978-11-20", at="Le Maire,\n")]
    d.reset()
    amounts = [frf(d, "184 500 F", 184500, tax="TTC"), frf(d, "92 000 Frs", 92000),
               frf(d, "184 500 F", 184500, tax="TTC"), frf(d, "92 250 Frs", 92250),
               frf(d, "61 200 F", 61200), frf(d, "98 300 F", 98300),
               frf(d, "25 000 F", 25000), frf(d, "184 500 F", 184500)]
    d.reset()
    dates = [d.date("17 novembre 1978", "1978-11-17"),
             d.date("L'an mil neuf cent soixante-dix-huit, le dix-sept novembre",
                    "1978-11-17"),
             d.date("10 novembre 1978", "1978-11-10"),
             d.date("9 décembre 1977", "1977-12-09"),
             d.date("20 novembre 1978", "1978-11-20"),
             d.date("24 NOV. 1978", "1978-11-24"),
             d.date("17 novembre 1978", "1978-11-17")]
    d.reset()
    refs = [d.ref("code", "code des communes, et notamment son article L. 121-26",
                  code=CCOM, articles=["L.121-26"]),
            d.ref("deliberation", "délibération n° 77-31 du 9 décembre 1977",
                  number="77-31", date="1977-12-09")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE SAINT-JULIEN-DES-ORGUES", "body": "CONSEIL MUNICIPAL"},
            "78-23",
            "Aménagement du chemin rural n° 4 dit \"des Fourches\" - Demande de subvention.",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def roquebrune_1986():
    """1986 ARRÊTÉ MUNICIPAL of police: 8-digit dotted phone, "portant
    réglementation …" title, OLD CODE DES COMMUNES "L. 131-1 et suivants",
    code de la route with OLD SHORT ARTICLES "R. 26, R. 37 et R. 44",
    letter-spaced "A R R Ê T E", "Article 1er. -", signature date IN WORDS
    over two lines, "Ampliation adressée à :" dash list, "Affiché le …"."""
    d = DocH("commune-roquebrune-les-vignes-arrete-1986-41")
    d.reset("Le Maire de la Commune")
    visas = [d.clause("Vu le code des communes, notamment ses articles L. 131-1 et suivants ;"),
             d.clause("Vu le code de la route, notamment ses articles R. 26, R. 37 et R. 44 ;"),
             d.clause("Vu la loi n° 82-213 du 2 mars 1982 modifiée relative aux droits et\n"
                      "libertés des communes, des départements et des régions ;"),
             d.clause("Vu l'arrêté municipal n° 79-12 du 3 avril 1979 réglementant le marché\n"
                      "hebdomadaire ;")]
    cons = [d.clause("Considérant qu'il y a lieu, pour assurer la sécurité des piétons les\n"
                     "jours de marché, de réglementer la circulation et le stationnement dans\n"
                     "la rue de l'Horloge et sur la place du Marché ;")]
    verb = d.span("A R R Ê T E")
    arts = [art(d, "1", None, "Article 1er. -", "À compter", "à 13 heures."),
            art(d, "2", None, "Article 2. -", "Le stationnement", "350 F)."),
            art(d, "3", None, "Article 3. -", "L'arrêté municipal", "dispositions contraires."),
            art(d, "4", None, "Article 4. -", "Les infractions", "en\nvigueur."),
            art(d, "5", None, "Article 5. -", "M. le Secrétaire", "du présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Jean-Baptiste ESCOFFIER", "Le Maire",
                        "Jean-Baptiste ESCOFFIER", "Roquebrune-les-Vignes", "1986-06-18",
                        at="Le Maire,\n")]
    d.reset()
    amounts = [frf(d, "350 F", 350)]
    d.reset()
    dates = [d.date("2 mars 1982", "1982-03-02"),
             d.date("3 avril 1979", "1979-04-03"),
             d.date("1er juillet 1986", "1986-07-01"),
             d.date("3 avril 1979", "1979-04-03"),
             d.date("dix-huit juin mil neuf cent\nquatre-vingt-six", "1986-06-18"),
             d.date("19 juin 1986", "1986-06-19")]
    d.reset("Le Maire de la Commune")
    refs = [d.ref("code", "code des communes, notamment ses articles L. 131-1", code=CCOM,
                  articles=["L.131-1"]),
            d.ref("code", "code de la route, notamment ses articles R. 26, R. 37 et R. 44",
                  code=ROUTE, articles=["R.26", "R.37", "R.44"]),
            d.ref("loi", "loi n° 82-213 du 2 mars 1982", number="82-213", date="1982-03-02"),
            d.ref("arrete", "arrêté municipal n° 79-12 du 3 avril 1979", number="79-12",
                  date="1979-04-03"),
            d.ref("arrete", "arrêté municipal n° 79-12 du 3 avril 1979", number="79-12",
                  date="1979-04-03")]
    d.reset()
    ids = [d.ident("postal_code", "83390", "83390"),
           d.ident("phone", "94.28.61.07", "94286107")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE ROQUEBRUNE-LES-VIGNES", "body": "Le Maire"},
            "86-41",
            "portant réglementation de la circulation et du stationnement dans la rue "
            "de l'Horloge et sur la place du Marché",
            visas=visas, cons=cons, dec={"verb": "A R R Ê T E", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lirac_2000():
    """2000 PV of a SIVOM comité: FRANCS AND EUROS SIDE BY SIDE ("412 356,20 F,
    soit 62 863,30 €", "88 400,00 F (13 476,49 €)", "152,45 € (1 000 F)"),
    delegates with their COMMUNE IN BRACKETS, a doyen presiding one item,
    two signatures in TWO COLUMNS."""
    d = DocH("sivom-vallee-du-lirac-pv-comite-2000-02")
    pres = d.P("M. Gérard BOISSIER", at="présidence de")
    present = d.persons("M. Gérard BOISSIER", "Mme Yvette CHAMBON", "M. René ARNAUD",
                        "M. Michel SABATIER", "M. Claude ROUMIEUX", "Mme Hélène BONNET",
                        "M. Francis GRAS", "M. Serge TEISSIER", "M. Alain PONS",
                        at="Présents : M.")
    x1 = d.P("M. Daniel VIDAL", at="Excusés :")
    p1 = d.proxy(x1, "M. Alain PONS")
    x2 = d.P("Mme Simone MARTIN")
    absent = [d.P("M. Lucien FABRE", at="Absent :")]
    sec = d.P("Mme Hélène BONNET", at="Secrétaire de séance :")
    att = attendance(present, [x1, x2], absent, [p1], in_office=12, present_n=9,
                     represented=1, voting=10)
    session = {"date": "2000-03-14", "place": "mairie de Saint-Laurent-du-Lirac",
               "convened_on": "2000-03-06", "president": pres, "secretary": sec}
    d.reset("2. Participation")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses\n"
                      "articles L. 5212-19 et L. 5212-20 ;")]
    verb = d.span("FIXE")
    d.reset("1. Approbation")
    votes = [d.vote("à\nl'unanimité des votants (9 voix)", for_=9, unanimous=True),
             d.vote("Adopté par 8 voix pour, 1 voix contre (M. Serge TEISSIER) et\n"
                    "1 abstention (M. Francis GRAS)", for_=8, against=1, abstention=1)]
    sigs = [d.signature("Le Président,", "Gérard BOISSIER", "Le Président",
                        "Gérard BOISSIER", None, None, at="Le Président,\n"),
            d.signature("La Secrétaire de séance,", "Hélène BONNET",
                        "La Secrétaire de séance", "Hélène BONNET", None, None,
                        at="La Secrétaire de séance,\n")]
    d.reset()
    amounts = [frf(d, "412 356,20 F", 412356.2), d.amount("62 863,30 €", 62863.3),
               frf(d, "88 400,00 F", 88400), d.amount("13 476,49 €", 13476.49),
               d.amount("152,45 €", 152.45), frf(d, "1 000 F", 1000),
               d.amount("5,95 €", 5.95), frf(d, "39,03 F", 39.03),
               frf(d, "2 500 000 F", 2500000), d.amount("381 122,54 €", 381122.54)]
    d.reset()
    dates = [d.date("14 mars 2000", "2000-03-14"),
             d.date("quatorze mars deux mille", "2000-03-14"),
             d.date("6 mars 2000", "2000-03-06")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses\n"
                  "articles L. 5212-19 et L. 5212-20", code=CGCT,
                  articles=["L.5212-19", "L.5212-20"])]
    d.reset()
    ids = [d.ident("postal_code", "30126", "30126"),
           d.ident("phone", "04 66 50 21 87", "0466502187"),
           d.ident("siren", "254 607 310", "254607310")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLÉE DU LIRAC",
             "body": "COMITÉ SYNDICAL"},
            None, "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL Séance du 14 mars 2000",
            session=session, att=att, visas=visas,
            dec={"verb": "FIXE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    montcabrier_1962()
    saint_julien_1978()
    roquebrune_1986()
    lirac_2000()
