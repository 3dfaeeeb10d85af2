#!/usr/bin/env python3
"""Hand-written gold for the blind set AZ (corpusAZ) of corpus/extra-pending
(see README.md, section "Blind set (corpusAZ)").
Run: python3 make_gold_az.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. Text values collapse every blank run (also the no-break
spaces U+00A0 / U+202F of these files) to one space.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CENV, CGCT, CGPPP, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def c(t):
    """the Cantal arrêté prints typographic apostrophes"""
    return t.replace("'", "\u2019")


def cantal_cdnps():
    """ARRÊTÉ PRÉFECTORAL portant COMPOSITION of the CDNPS: members as
    "titulaire : M. X, maire de Y ; / suppléant : Mme Z, …" grouped by
    collège (no attendance), typographic apostrophes, guillemets with
    no-break spaces, "suppléant : néant.", a url."""
    d = DocH("prefecture-cantal-arrete-composition-cdnps-2026")
    d.reset("LE PRÉFET DU CANTAL,")
    visas = [d.clause(c("Vu le code de l'environnement, et notamment ses articles L. 341-16 et\n"
                        "R. 341-16 à R. 341-25 ;")),
             d.clause(c("Vu le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des "
                        "préfets,\nà l'organisation et à l'action des services de l'État dans "
                        "les régions et\ndépartements ;")),
             d.clause(c("Vu le décret n° 2006-665 du 7 juin 2006 relatif à la réduction du "
                        "nombre et\nà la simplification de la composition de diverses "
                        "commissions\nadministratives ;")),
             d.clause(c("Vu l'arrêté préfectoral n° 2023-DDT-0317 du 14 juin 2023 portant\n"
                        "composition de la commission départementale de la nature, des "
                        "paysages et\ndes sites ;")),
             d.clause(c("Vu la désignation des représentants des maires par l'association des\n"
                        "maires du Cantal en date du 9 février 2026 ;"))]
    cons = [d.clause(c("Considérant qu'il y a lieu de renouveler la composition de la "
                       "commission à\nl'expiration du mandat de trois ans de ses membres ;"))]
    verb = d.span("ARRÊTE", at="Sur proposition")
    arts = [art(d, "1", None, "Article 1er –", "La commission départementale",
                "suppléant : néant."),
            art(d, "2", None, "Article 2 –", "Les membres mentionnés",
                "faire partie de la commission."),
            art(d, "3", None, "Article 3 –", c("Lorsqu'elle"), "du 3 juillet 2006."),
            art(d, "4", None, "Article 4 –", c("L'arrêté préfectoral"), "est abrogé."),
            art(d, "5", None, "Article 5 –", "Le présent arrêté peut",
                "www.telerecours.fr."),
            art(d, "6", None, "Article 6 –", "Le secrétaire général",
                "préfecture du Cantal.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Frédéric LAVERGNE-DAUZET",
                        "Pour le préfet et par délégation, Le secrétaire général",
                        "Frédéric LAVERGNE-DAUZET", "Aurillac", "2026-03-03")]
    d.reset()
    amounts = [d.amount("450 €", 450)]
    d.reset()
    dates = [d.date("29 avril 2004", "2004-04-29"),
             d.date("7 juin 2006", "2006-06-07"),
             d.date("14 juin 2023", "2023-06-14"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("3 juillet 2006", "2006-07-03"),
             d.date("14 juin 2023", "2023-06-14"),
             d.date("3 mars 2026", "2026-03-03")]
    d.reset()
    refs = [d.ref("code", c("code de l'environnement, et notamment ses articles L. 341-16 et\n"
                            "R. 341-16 à R. 341-25"), code=CENV,
                  articles=["L.341-16", "R.341-16", "R.341-25"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret n° 2006-665 du 7 juin 2006", number="2006-665",
                  date="2006-06-07"),
            d.ref("arrete", "arrêté préfectoral n° 2023-DDT-0317 du 14 juin 2023",
                  number="2023-DDT-0317", date="2023-06-14"),
            d.ref("decret", "décret n° 2006-781 du 3 juillet 2006", number="2006-781",
                  date="2006-07-03"),
            d.ref("arrete", "arrêté préfectoral n° 2023-DDT-0317 du 14 juin 2023",
                  number="2023-DDT-0317", date="2023-06-14")]
    d.reset()
    ids = [d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DU CANTAL", "body": "LE PRÉFET"},
            "2026-DDT-0142",
            "portant composition de la commission départementale de la nature, des "
            "paysages et des sites (CDNPS) – formation « sites et paysages »",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def bellefontaine_delegues():
    """délibération DESIGNATING DELEGATES to two syndicats by SECRET BALLOT:
    per ballot "Nombre de votants : 15 – …" and candidates "M. X : 14 voix,
    élu délégué titulaire", one ballot in two rounds on one-sentence lines,
    "PROCLAME ET DÉSIGNE :", articles listing the elected; a NO-BREAK SPACE
    before every colon and semicolon (U+00A0)."""
    d = DocH("commune-bellefontaine-en-varais-deliberation-delegues-syndicats-2026-021")
    pres = d.P("M. Patrice GIRAULT", at="présidence de")
    present = d.persons("M. Patrice GIRAULT", "Mme Hélène BRUNET", "M. Dominique RAPIN",
                        "Mme Solène MARCEAU", "M. Éric PERRAUDIN", "Mme Josiane GUYOT",
                        "M. Nicolas THEVENOT", "Mme Carole DESBOIS", "M. Julien ROUSSEAU-BLIN",
                        "Mme Ingrid PAQUET", "M. Marcel COQUILLE", "Mme Aurore LEBLANC",
                        "M. Fabien NARDOT", at="Présents\u00a0: M.")
    x1 = d.P("Mme Valérie DUCHÊNE", at="Absents excusés")
    p1 = d.proxy(x1, "M. Patrice GIRAULT")
    x2 = d.P("M. Kévin TISSIER")
    p2 = d.proxy(x2, "Mme Hélène BRUNET")
    sec = d.P("Mme Aurore LEBLANC", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], [], [p1, p2], in_office=15, present_n=13,
                     represented=2, voting=15)
    session = {"date": "2026-04-02", "place": "mairie", "convened_on": "2026-03-27",
               "president": pres, "secretary": sec}
    d.reset("Le Maire rappelle")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles\nL. 2121-21, L. 5211-7 et L. 5711-1 ;"),
             d.clause("Vu l'arrêté préfectoral n° 58-2019-12-17-004 du 17 décembre 2019 "
                      "portant\nmodification des statuts du SIAEP des Vaux de Varais ;"),
             d.clause("Vu les statuts du syndicat intercommunal d'énergies, d'équipement et\n"
                      "d'environnement de la Nièvre (SIEEEN) ;")]
    cons = [d.clause("Considérant que le SIAEP des Vaux de Varais attend deux délégués "
                     "titulaires\net deux suppléants, et le SIEEEN un délégué titulaire et "
                     "un suppléant ;")]
    verb = d.span("PROCLAME ET DÉSIGNE", at="après en avoir délibéré")
    arts = [art(d, "1", None, "Article 1er", "Sont désignés", "Mme Carole DESBOIS."),
            art(d, "2", None, "Article 2", "Sont désignés", "Mme Solène MARCEAU."),
            art(d, "3", None, "Article 3", "La présente", "du 3 juillet 2020.")]
    sigs = [d.signature("Le Maire,", "Patrice GIRAULT", "Le Maire", "Patrice GIRAULT",
                        "Bellefontaine-en-Varais", "2026-04-03", at="Fait et délibéré")]
    d.reset()
    dates = [d.date("jeudi 2 avril 2026", "2026-04-02"),
             d.date("L'an deux mille vingt-six, le deux avril", "2026-04-02"),
             d.date("27 mars 2026", "2026-03-27"),
             d.date("17 décembre 2019", "2019-12-17"),
             d.date("3 juillet 2020", "2020-07-03"),
             d.date("3 avril 2026", "2026-04-03"),
             d.date("06/04/2026", "2026-04-06"),
             d.date("06/04/2026", "2026-04-06")]
    d.reset("Le Maire rappelle")
    refs = [d.ref("code", "articles L. 5211-7 et L. 5711-1 du code général des\n"
                  "collectivités territoriales", code=CGCT, articles=["L.5211-7", "L.5711-1"]),
            d.ref("code", "article L. 2121-21 du même code", code=CGCT,
                  articles=["L.2121-21"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles\nL. 2121-21, L. 5211-7 et L. 5711-1", code=CGCT,
                  articles=["L.2121-21", "L.5211-7", "L.5711-1"]),
            d.ref("arrete", "arrêté préfectoral n° 58-2019-12-17-004 du 17 décembre 2019",
                  number="58-2019-12-17-004", date="2019-12-17"),
            d.ref("deliberation", "délibération n° 2020-034 du 3 juillet 2020",
                  number="2020-034", date="2020-07-03")]
    d.reset()
    ids = [d.ident("postal_code", "58340", "58340"),
           d.ident("phone", "03 86 29 41 07", "0386294107"),
           d.ident("email", "mairie@bellefontaine-en-varais.fr",
                   "mairie@bellefontaine-en-varais.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BELLEFONTAINE-EN-VARAIS", "body": "CONSEIL MUNICIPAL"},
            "2026-021",
            "Désignation des délégués de la commune auprès des syndicats intercommunaux",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "PROCLAME ET DÉSIGNE", "span": verb}, arts=arts, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vauxbresson_capitals():
    """délibération printed by old registry software ALL IN CAPITALS
    WITHOUT ACCENTS: "DELIBERATION N. 2026-07", counts on one line,
    "ETAIENT PRESENTS : MM. A, B, C, D, MMES E, F, G, MLLE H." (surnames
    only, civility groups), "(POUVOIR A M. X)", vote in the deciding
    sentence with "1 CONTRE (M. X)", dash points, right-indented
    "POUR EXTRAIT CONFORME," block."""
    d = DocH("commune-vauxbresson-sur-aujon-deliberation-2026-07")
    pres = d.S("M. GERARD THOUVENOT", "M.", "GERARD", "THOUVENOT", at="PRESIDENCE DE")
    present = [d.S("THOUVENOT", "M.", None, "THOUVENOT", at="ETAIENT PRESENTS")]
    for fam in ("DURAND", "MARTIN", "COLLARDOT"):
        present.append(d.S(fam, "M.", None, fam))
    for fam in ("PERNOT", "GAUTHEROT", "LEBRUN-SIMONNOT"):
        present.append(d.S(fam, "Mme", None, fam))
    present.append(d.S("MLLE FAIVRE", "Mlle", None, "FAIVRE"))
    x1 = d.S("M. ROYER", "M.", None, "ROYER", at="ABSENTS EXCUSES")
    p1 = d.proxy(x1, d.S("M. THOUVENOT", "M.", None, "THOUVENOT"))
    x2 = d.S("MME BILLARD", "Mme", None, "BILLARD")
    p2 = d.proxy(x2, d.S("MME PERNOT", "Mme", None, "PERNOT"))
    absent = [d.S("M. JACQUEMIN", "M.", None, "JACQUEMIN", at="ABSENT :")]
    sec = d.S("MME GAUTHEROT", "Mme", None, "GAUTHEROT", at="SECRETAIRE DE SEANCE")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=11, present_n=8,
                     represented=None, voting=10)
    session = {"date": "2026-02-16", "place": "MAIRIE", "convened_on": "2026-02-09",
               "president": pres, "secretary": sec}
    d.reset("VALEUR VENALE")
    visas = [d.clause("VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SON "
                      "ARTICLE\nL 2241-1 ;"),
             d.clause("VU LE CODE GENERAL DE LA PROPRIETE DES PERSONNES PUBLIQUES, NOTAMMENT "
                      "SON\nARTICLE L 3211-14 ;"),
             d.clause("VU LA DELIBERATION N. 2019-23 DU 5 AVRIL 2019 PORTANT DECLASSEMENT DU "
                      "CHEMIN\nRURAL N. 6 ;"),
             d.clause("VU L'AVIS DU DOMAINE N. 2026-52-0031 DU 12 JANVIER 2026 ;")]
    cons = [d.clause("CONSIDERANT QUE CETTE PARCELLE N'EST AFFECTEE NI A UN SERVICE PUBLIC "
                     "NI A\nL'USAGE DIRECT DU PUBLIC ;")]
    votes = [d.vote("PAR 9 VOIX POUR ET 1 CONTRE\n(M. MARTIN)", for_=9, against=1)]
    verb = d.span("DECIDE", at="(M. MARTIN), ")
    sigs = [d.signature("LE MAIRE,", "G. THOUVENOT", "LE MAIRE", "G. THOUVENOT",
                        "VAUXBRESSON-SUR-AUJON", "2026-02-17", at="POUR EXTRAIT CONFORME")]
    d.reset()
    amounts = [d.amount("3 750,00 EUROS", 3750), d.amount("3 750,00\n  EUROS", 3750)]
    d.reset()
    dates = [d.date("16 FEVRIER 2026", "2026-02-16"),
             d.date("L'AN DEUX MILLE VINGT-SIX, LE SEIZE FEVRIER", "2026-02-16"),
             d.date("9\nFEVRIER 2026", "2026-02-09"),
             d.date("12 JANVIER 2026", "2026-01-12"),
             d.date("2\nFEVRIER 2026", "2026-02-02"),
             d.date("5 AVRIL 2019", "2019-04-05"),
             d.date("12 JANVIER 2026", "2026-01-12"),
             d.date("17 FEVRIER 2026", "2026-02-17"),
             d.date("19/02/2026", "2026-02-19")]
    d.reset("VALEUR VENALE")
    refs = [d.ref("code", "CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SON "
                  "ARTICLE\nL 2241-1", code=CGCT, articles=["L2241-1"]),
            d.ref("code", "CODE GENERAL DE LA PROPRIETE DES PERSONNES PUBLIQUES, NOTAMMENT "
                  "SON\nARTICLE L 3211-14", code=CGPPP, articles=["L3211-14"]),
            d.ref("deliberation", "DELIBERATION N. 2019-23 DU 5 AVRIL 2019",
                  number="2019-23", date="2019-04-05")]
    d.reset()
    ids = [d.ident("phone", "03 25 84 02 17", "0325840217"),
           d.ident("postal_code", "52210", "52210")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAUXBRESSON-SUR-AUJON", "body": "CONSEIL MUNICIPAL"},
            "2026-07",
            "VENTE D'UNE PARCELLE COMMUNALE AU LIEU-DIT LES CHAUMES",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DECIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_come_words():
    """délibération whose AMOUNTS AND DATES ARE MOSTLY IN WORDS ("la somme
    de sept mille huit cent douze euros et cinquante centimes toutes taxes
    comprises", "quinze mille euros (15 000 €)", "le premier mars deux mille
    vingt-six"), counts in words, "Article premier / deux / trois /
    quatre", digit groups separated by NARROW NO-BREAK SPACES (U+202F)."""
    d = DocH("commune-saint-come-des-barthes-deliberation-tracteur-2026-009")
    pres = d.P("Mme Françoise ALAUZET", at="présidence")
    present = d.persons("Mme Françoise ALAUZET", "M. Christian VIGUIER", "Mme Annie BOUSQUET",
                        "M. Régis CALMELS", "Mme Élodie FABRE", "M. Bernard LACOMBE",
                        "M. Yannick MALRIEU", "Mme Nadine SOULIÉ", "M. Thierry GINESTET",
                        at="Présents : Mme")
    x1 = d.P("M. Joël CAYROUSE", at="Absent excusé")
    p1 = d.proxy(x1, "Mme Françoise ALAUZET")
    absent = [d.P("Mme Lucie TRUEL", at="Absente :")]
    sec = d.P("M. Régis CALMELS", at="Secrétaire de séance")
    att = attendance(present, [x1], absent, [p1], in_office=11, present_n=9,
                     represented=None, voting=10)
    session = {"date": "2026-02-23", "place": "mairie", "convened_on": "2026-02-16",
               "president": pres, "secretary": sec}
    d.reset("(12")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles\nL. 2121-29 et L. 2334-32 à L. 2334-39 ;"),
             d.clause("Vu la circulaire préfectorale du vingt janvier deux mille vingt-six "
                      "relative\nà la dotation d'équipement des territoires ruraux ;")]
    cons = [d.clause("Considérant que le dossier de demande doit être déposé avant le "
                     "premier mars\ndeux mille vingt-six ;")]
    votes = [d.vote("à l'unanimité des membres\nprésents et représentés", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article premier :", "D'acquérir", "hors taxes."),
            art(d, "2", None, "Article deux :", "De céder", "(2 540 €)."),
            art(d, "3", None, "Article trois :", "D'approuver", "titre de la DETR."),
            art(d, "4", None, "Article quatre :", "D'autoriser", "pièces utiles.")]
    sigs = [d.signature("Le Maire,", "Françoise ALAUZET", "Le Maire", "Françoise ALAUZET",
                        "Saint-Côme-des-Barthes", "2026-02-24", at="Fait et délibéré")]
    d.reset("Madame le Maire expose")
    amounts = [d.amount("sept mille huit cent douze euros et\ncinquante centimes", 7812.5,
                        tax="TTC"),
               d.amount("quarante-deux mille cinq cents euros", 42500, tax="HT"),
               d.amount("42 500 €", 42500, tax="HT"),
               d.amount("cinquante et un mille euros", 51000, tax="TTC"),
               d.amount("deux mille cinq cent\nquarante euros", 2540),
               d.amount("quatorze mille huit cent\n  soixante-quinze euros", 14875),
               d.amount("14 875 €", 14875),
               d.amount("quinze mille euros", 15000),
               d.amount("15 000 €", 15000),
               d.amount("douze mille six cent vingt-cinq euros", 12625),
               d.amount("12 625 €", 12625),
               d.amount("quarante-deux mille cinq\ncents euros", 42500, tax="HT"),
               d.amount("deux\nmille cinq cent quarante euros", 2540),
               d.amount("2 540 €", 2540),
               d.amount("quatorze mille huit cent soixante-quinze euros", 14875)]
    d.reset()
    dates = [d.date("L'an deux mille vingt-six, le vingt-trois février", "2026-02-23"),
             d.date("seize février deux mille vingt-six", "2026-02-16"),
             d.date("quinze mai deux\nmille neuf", "2009-05-15"),
             d.date("douze février deux mille vingt-six", "2026-02-12"),
             d.date("vingt janvier deux mille vingt-six", "2026-01-20"),
             d.date("premier mars\ndeux mille vingt-six", "2026-03-01"),
             d.date("vingt-quatre février deux mille vingt-six", "2026-02-24"),
             d.date("25/02/2026", "2026-02-25")]
    d.reset("(12")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles\nL. 2121-29 et L. 2334-32 à L. 2334-39", code=CGCT,
                  articles=["L.2121-29", "L.2334-32", "L.2334-39"]),
            d.ref("circulaire", "circulaire préfectorale du vingt janvier deux mille vingt-six",
                  date="2026-01-20")]
    d.reset()
    ids = [d.ident("postal_code", "12340", "12340"),
           d.ident("siret", "211 203 542 00009", "21120354200009")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-CÔME-DES-BARTHES", "body": "CONSEIL MUNICIPAL"},
            "2026-009",
            "Acquisition d'un tracteur communal et demande de subvention au titre de la "
            "DETR 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    cantal_cdnps()
    bellefontaine_delegues()
    vauxbresson_capitals()
    saint_come_words()
