#!/usr/bin/env python3
"""Hand-written gold for the blind set BM (corpusBM) of corpus/extra-pending
(see README.md, section "Blind set (corpusBM)"): four STAFF (HR) acts full
of numbers that are not amounts (indices, grades, hours, percentages,
headcounts) beside ones that are.
Run: python3 make_gold_bm.py

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
from _goldlib import CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CGFP = "Code général de la fonction publique"


def lerval_emplois():
    """délibération creating and deleting posts, with a PIPE TABLE of the
    posts before/after and IB/IM, 28/35e, catégorie C."""
    d = DocH("commune-lerval-sur-aure-deliberation-emplois-2026-019")
    pres = d.P("M. Thierry VALLÉE", at="présidence de")
    present = d.persons("M. Thierry VALLÉE", "Mme Nadine FOUCHER", "M. Gérard LEBRETON",
                        "Mme Sandrine PAYEN", "M. Olivier HAMEL", "Mme Claire DESLANDES",
                        "M. Bruno GOSSELIN", "Mme Martine LECOQ", "M. Julien RENOUF",
                        "Mme Aurélie MARIE", "M. Patrick LESUEUR", "Mme Valérie COTTIN",
                        at="Présents : M.")
    x1 = d.P("Mme Isabelle BINET", at="Absents excusés")
    p1 = d.proxy(x1, "M. Thierry VALLÉE")
    x2 = d.P("M. Denis QUESNEL")
    p2 = d.proxy(x2, "Mme Nadine FOUCHER")
    absent = [d.P("M. Kévin DUVAL", at="Absent :")]
    sec = d.P("Mme Claire DESLANDES", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=12,
                     voting=14)
    session = {"date": "2026-03-16", "place": "mairie", "convened_on": "2026-03-09",
               "president": pres, "secretary": sec}
    d.reset("OBJET :")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2121-29 ;"),
             d.clause("Vu le code général de la fonction publique, et notamment ses articles\n"
                      "L. 313-1 et L. 332-8 ;"),
             d.clause("Vu le décret n° 2006-1691 du 22 décembre 2006 portant statut particulier\n"
                      "du cadre d'emplois des adjoints techniques territoriaux ;"),
             d.clause("Vu la délibération n° 2025-047 du 8 décembre 2025 fixant le tableau des\n"
                      "emplois ;"),
             d.clause("Vu l'avis du comité social territorial du 2 mars 2026 ;")]
    cons = [d.clause("Considérant que le poste d'adjoint technique territorial à temps non\n"
                     "complet (20/35e) créé en 2019 ne correspond plus aux besoins du service ;")]
    votes = [d.vote("par 13 voix pour et 1 abstention", for_=13, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La création", "(IB 432 / IM 382)."),
            art(d, "2", None, "Article 2 :", "La suppression", "1er septembre 2025."),
            art(d, "3", None, "Article 3 :", "Le tableau", "|   9   |   8   |"),
            art(d, "4", None, "Article 4 :", "Les crédits", "chapitre 012.")]
    sigs = [d.signature("Le Maire,", "Thierry VALLÉE", "Le Maire", "Thierry VALLÉE",
                        "Lerval-sur-Aure", "2026-03-17", at="Le Maire,\nThierry")]
    d.reset()
    amounts = [d.amount("31 450 €", 31450)]
    dates = [d.date("16 mars 2026", "2026-03-16", at="Séance du"),
             d.date("L'an deux mille vingt-six, le seize mars", "2026-03-16"),
             d.date("9 mars 2026", "2026-03-09"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("8 décembre 2025", "2025-12-08"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("1er septembre 2025", "2025-09-01"),
             d.date("17 mars 2026", "2026-03-17"),
             d.date("18/03/2026", "2026-03-18"),
             d.date("18/03/2026", "2026-03-18")]
    d.reset("OBJET :")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "code général de la fonction publique, et notamment ses articles\n"
                  "L. 313-1 et L. 332-8", code=CGFP, articles=["L.313-1", "L.332-8"]),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("deliberation", "délibération n° 2025-047 du 8 décembre 2025",
                  number="2025-047", date="2025-12-08")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LERVAL-SUR-AURE", "body": "CONSEIL MUNICIPAL"},
            "2026-019",
            "MODIFICATION DU TABLEAU DES EMPLOIS – CRÉATION ET SUPPRESSION DE POSTES",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def brienne_rifseep():
    """RIFSEEP délibération: GROUPES DE FONCTIONS TABLE of annual ceilings,
    articles WITH HEADINGS, lists of members NOT printed (annexed)."""
    d = DocH("cc-val-de-brienne-deliberation-rifseep-2026-033")
    pres = d.P("Mme Hélène CAYROU", at="présidence de")
    sec = d.P("M. Jérôme BOUSQUET", at="Secrétaire de séance")
    att = attendance(in_office=32, present_n=24, represented=5, voting=29)
    session = {"date": "2026-02-26", "place": "salle des fêtes de Brienne-la-Vieille",
               "convened_on": "2026-02-19", "president": pres, "secretary": sec}
    d.reset("Secrétaire de séance")
    visas = [d.clause("Vu le code général des collectivités territoriales ;"),
             d.clause("Vu le code général de la fonction publique, notamment ses articles L. 714-4\n"
                      "à L. 714-8 ;"),
             d.clause("Vu le décret n° 91-875 du 6 septembre 1991 pris pour l'application du\n"
                      "premier alinéa de l'article 88 de la loi n° 84-53 du 26 janvier 1984 ;"),
             d.clause("Vu le décret n° 2014-513 du 20 mai 2014 portant création d'un régime\n"
                      "indemnitaire tenant compte des fonctions, des sujétions, de l'expertise et\n"
                      "de l'engagement professionnel dans la fonction publique de l'État ;"),
             d.clause("Vu la délibération n° DEL-2018-112 du 13 décembre 2018 instaurant le\n"
                      "RIFSEEP ;"),
             d.clause("Vu l'avis favorable du comité social territorial en date du 10 février 2026 ;")]
    cons = [d.clause("Considérant qu'il y a lieu de revaloriser les plafonds au regard de\n"
                     "l'évolution des missions des 46 agents de la communauté ;")]
    votes = [d.vote("à l'unanimité (29 voix\npour)", for_=29, unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", "BÉNÉFICIAIRES", "ARTICLE 1 – BÉNÉFICIAIRES", "Le RIFSEEP",
                "6 mois d'ancienneté."),
            art(d, "2", "GROUPES DE FONCTIONS ET PLAFONDS ANNUELS",
                "ARTICLE 2 – GROUPES DE FONCTIONS ET PLAFONDS ANNUELS", "Les plafonds",
                "4 800 €      480 €"),
            art(d, "3", "INDEMNITÉ DE FONCTIONS, DE SUJÉTIONS ET D'EXPERTISE (IFSE)",
                "ARTICLE 3 – INDEMNITÉ", "L'IFSE est", "au-delà de 3 mois)."),
            art(d, "4", "COMPLÉMENT INDEMNITAIRE ANNUEL (CIA)",
                "ARTICLE 4 – COMPLÉMENT", "Le CIA est", "10 % en catégorie C."),
            art(d, "5", "DATE D'EFFET", "ARTICLE 5 – DATE D'EFFET", "La présente",
                "chapitre 012.")]
    sigs = [d.signature("La Présidente,", "Hélène CAYROU", "La Présidente", "Hélène CAYROU",
                        "Brienne-la-Vieille", "2026-02-27", at="La Présidente,\nHélène")]
    d.reset("ARTICLE 2")
    amounts = [d.amount(t, v) for t, v in (
        ("20 400 €", 20400), ("3 600 €", 3600), ("16 320 €", 16320), ("2 880 €", 2880),
        ("11 340 €", 11340), ("1 260 €", 1260), ("9 300 €", 9300), ("1 040 €", 1040),
        ("5 400 €", 5400), ("600 €", 600), ("4 800 €", 4800), ("480 €", 480),
        ("11 340 €", 11340), ("945 €", 945), ("1 260 €", 1260), ("48 000 €", 48000))]
    d.reset()
    dates = [d.date("26 FÉVRIER 2026", "2026-02-26"),
             d.date("Le vingt-six février deux mille vingt-six", "2026-02-26"),
             d.date("19 février 2026", "2026-02-19"),
             d.date("6 septembre 1991", "1991-09-06"),
             d.date("26 janvier 1984", "1984-01-26"),
             d.date("20 mai 2014", "2014-05-20"),
             d.date("13 décembre 2018", "2018-12-13"),
             d.date("10 février 2026", "2026-02-10"),
             d.date("1er mars 2026", "2026-03-01"),
             d.date("27 février 2026", "2026-02-27"),
             d.date("02/03/2026", "2026-03-02")]
    d.reset("Secrétaire de séance")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("code", "code général de la fonction publique, notamment ses articles L. 714-4\n"
                  "à L. 714-8", code=CGFP, articles=["L.714-4", "L.714-8"]),
            d.ref("decret", "décret n° 91-875 du 6 septembre 1991", number="91-875",
                  date="1991-09-06"),
            d.ref("loi", "article 88 de la loi n° 84-53 du 26 janvier 1984", number="84-53",
                  date="1984-01-26", articles=["88"]),
            d.ref("decret", "décret n° 2014-513 du 20 mai 2014", number="2014-513",
                  date="2014-05-20"),
            d.ref("deliberation", "délibération n° DEL-2018-112 du 13 décembre 2018",
                  number="DEL-2018-112", date="2018-12-13")]
    d.reset()
    ids = [d.ident("postal_code", "12390", "12390"),
           d.ident("siren", "241 200 567", "241200567"),
           d.ident("acte", "012-241200567-20260227-DEL2026033-DE",
                   "012-241200567-20260227-DEL2026033-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRIENNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "DEL-2026-033",
            "Mise à jour du régime indemnitaire tenant compte des fonctions, des sujétions, "
            "de l'expertise et de l'engagement professionnel (RIFSEEP)",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def arvieu_nomination():
    """arrêté du maire, nomination stagiaire: SPACED "A R R Ê T E", "ARTICLE
    PREMIER. –", DOTTED-LEADER classification block, Ampliation, blank
    notification line."""
    d = DocH("commune-saint-martin-d-arvieu-arrete-nomination-2026-058")
    d.reset("Le Maire de la commune")
    visas = [d.clause("VU le code général de la fonction publique, et notamment ses articles\n"
                      "L. 327-1 et L. 327-2 ;"),
             d.clause("VU le décret n° 87-1107 du 30 décembre 1987 portant organisation des\n"
                      "carrières des fonctionnaires territoriaux de catégorie C ;"),
             d.clause("VU le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions\n"
                      "communes applicables aux fonctionnaires stagiaires de la fonction publique\n"
                      "territoriale ;"),
             d.clause("VU le décret n° 2006-1690 du 22 décembre 2006 portant statut particulier du\n"
                      "cadre d'emplois des adjoints administratifs territoriaux ;"),
             d.clause("VU le décret n° 2006-779 du 3 juillet 2006 portant attribution de la\n"
                      "nouvelle bonification indiciaire ;"),
             d.clause("VU la délibération du conseil municipal n° 2025-062 du 4 novembre 2025\n"
                      "créant le poste ;")]
    cons = [d.clause("CONSIDÉRANT que Mme Laëtitia COMBES, née le 9 juillet 1994, justifie de\n"
                     "services antérieurs de droit privé retenus pour 1 an 3 mois ;")]
    verb = d.span("A R R Ê T E")
    arts = [art(d, "1", None, "ARTICLE PREMIER. –", "À compter", "durée d'un an."),
            art(d, "2", None, "ARTICLE 2. –", "L'intéressée est classée",
                "1 an 3 mois"),
            art(d, "3", None, "ARTICLE 3. –", "L'intéressée percevra", "(73,80 € par mois)."),
            art(d, "4", None, "ARTICLE 4. –", "Le présent arrêté", "(www.telerecours.fr).")]
    sigs = [d.signature("Le Maire,", "Bernard ALIBERT", "Le Maire", "Bernard ALIBERT",
                        "Saint-Martin-d'Arvieu", "2026-04-20", at="Le Maire,\nBernard")]
    d.reset()
    amounts = [d.amount("1 830,35 €", 1830.35), d.amount("73,80 €", 73.8)]
    d.reset()
    dates = [d.date("30 décembre 1987", "1987-12-30"),
             d.date("4 novembre 1992", "1992-11-04"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("3 juillet 2006", "2006-07-03"),
             d.date("4 novembre 2025", "2025-11-04"),
             d.date("9 juillet 1994", "1994-07-09"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("20 avril 2026", "2026-04-20")]
    d.reset("Le Maire de la commune")
    refs = [d.ref("code", "code général de la fonction publique, et notamment ses articles\n"
                  "L. 327-1 et L. 327-2", code=CGFP, articles=["L.327-1", "L.327-2"]),
            d.ref("decret", "décret n° 87-1107 du 30 décembre 1987", number="87-1107",
                  date="1987-12-30"),
            d.ref("decret", "décret n° 92-1194 du 4 novembre 1992", number="92-1194",
                  date="1992-11-04"),
            d.ref("decret", "décret n° 2006-1690 du 22 décembre 2006", number="2006-1690",
                  date="2006-12-22"),
            d.ref("decret", "décret n° 2006-779 du 3 juillet 2006", number="2006-779",
                  date="2006-07-03"),
            d.ref("deliberation", "délibération du conseil municipal n° 2025-062 du 4 novembre 2025",
                  number="2025-062", date="2025-11-04")]
    d.reset()
    ids = [d.ident("phone", "05 65 46 71 20", "0565467120"),
           d.ident("email", "rh@saint-martin-darvieu.fr", "rh@saint-martin-darvieu.fr"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "Commune de Saint-Martin-d'Arvieu", "body": "Le Maire"},
            "AR-2026-058",
            "portant nomination stagiaire de Mme Laëtitia COMBES dans le grade d'adjoint "
            "administratif territorial",
            visas=visas, cons=cons, dec={"verb": "A R R Ê T E", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def haute_orbe_astreintes():
    """syndicat délibération on astreintes and heures supplémentaires:
    counts on one PIPE-SEPARATED line, BULLETED rates, articles with
    headings after an en dash, percentages and hours beside euros."""
    d = DocH("sivom-haute-orbe-deliberation-astreintes-2026-09")
    present = d.persons("M. Alain ROUQUETTE", "Mme Sylvie BARRAL", "M. Michel\nCAZALS",
                        "Mme Odile FABRE", "M. Serge GALTIER", "Mme Rose JULIEN",
                        "M. Paul\nMAUREL", "Mme Anne NÈGRE", "M. Louis PRADAL",
                        "Mme Carole RIGAL", "M. Yves SABLAYROLLES",
                        "Mme Joëlle TEISSEYRE", "M. Robert VIGUIER", at="Présents : M.")
    pres = present[0]
    x1 = d.P("M. Henri VIDAL", at="Excusés ayant donné pouvoir")
    p1 = d.proxy(x1, "M. Alain ROUQUETTE")
    x2 = d.P("Mme Josiane PAGÈS")
    p2 = d.proxy(x2, "Mme Sylvie BARRAL")
    absent = d.persons("M. Fabien ROQUES", "Mme Lucie SAUVAIRE", "M. Marc TEISSIER",
                       at="Absents :")
    sec = d.P("Mme Odile FABRE", at="Secrétaire :")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=18, present_n=13,
                     represented=2, voting=15)
    session = {"date": "2026-03-19", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Objet :")
    visas = [d.clause("Vu le code général de la fonction publique ;"),
             d.clause("Vu le décret n° 2005-542 du 19 mai 2005 relatif aux modalités de la\n"
                      "rémunération ou de la compensation des astreintes et des permanences dans\n"
                      "la fonction publique territoriale ;"),
             d.clause("Vu le décret n° 2002-60 du 14 janvier 2002 relatif aux indemnités horaires\n"
                      "pour travaux supplémentaires ;"),
             d.clause("Vu l'arrêté du 14 avril 2015 fixant les montants de l'indemnité d'astreinte ;"),
             d.clause("Vu l'avis du comité social territorial en date du 3 mars 2026 ;")]
    votes = [d.vote("par 14 voix pour, 0 voix\ncontre et 1 abstention", for_=14, against=0,
                    abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", "Astreintes", "Article 1er – Astreintes", "Il est instauré",
                "début de l'astreinte."),
            art(d, "2", "Interventions", "Article 2 – Interventions", "Les interventions",
                "jours fériés)."),
            art(d, "3", "Heures supplémentaires", "Article 3 – Heures supplémentaires",
                "Les heures", "majorée de 100 %."),
            art(d, "4", "Crédits", "Article 4 – Crédits", "Les crédits", "article 64118.")]
    sigs = [d.signature("Le Président,", "Alain ROUQUETTE", "Le Président", "Alain ROUQUETTE",
                        "Puyvert", "2026-03-20", at="Le Président,\nAlain")]
    d.reset()
    amounts = [d.amount("159,20 €", 159.2), d.amount("45 €", 45), d.amount("10,75 €", 10.75),
               d.amount("37,40 €", 37.4), d.amount("46,55 €", 46.55),
               d.amount("12 600 €", 12600)]
    d.reset()
    dates = [d.date("jeudi 19 mars 2026", "2026-03-19"),
             d.date("19 mai 2005", "2005-05-19"),
             d.date("14 janvier 2002", "2002-01-14"),
             d.date("14 avril 2015", "2015-04-14"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("23/03/2026", "2026-03-23"),
             d.date("23/03/2026", "2026-03-23")]
    d.reset("Objet :")
    refs = [d.ref("code", "code général de la fonction publique", code=CGFP),
            d.ref("decret", "décret n° 2005-542 du 19 mai 2005", number="2005-542",
                  date="2005-05-19"),
            d.ref("decret", "décret n° 2002-60 du 14 janvier 2002", number="2002-60",
                  date="2002-01-14"),
            d.ref("arrete", "arrêté du 14 avril 2015", date="2015-04-14")]
    d.reset()
    ids = [d.ident("postal_code", "34190", "34190"),
           d.ident("siret", "253 401 236 00018", "25340123600018")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATIONS MULTIPLES DE LA HAUTE-ORBE",
             "body": "COMITÉ SYNDICAL"},
            "2026/09",
            "Régime des astreintes et indemnisation des heures supplémentaires du service "
            "eau et assainissement",
            session=session, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            arts=arts, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs,
            ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lerval_emplois()
    brienne_rifseep()
    arvieu_nomination()
    haute_orbe_astreintes()
