#!/usr/bin/env python3
"""Hand-written gold for the blind set BO (corpusBO) of corpus/extra-pending
(see README.md, section "Blind set (corpusBO)").
Run: python3 make_gold_bo.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. The four texts are RAW PDF TEXT EXTRACTIONS (no layout):
ligatures U+FB01/U+FB02, U+00A0/U+202F blanks, soft hyphens U+00AD kept in
the files; text values keep ligatures and soft hyphens as printed (NFC
does not touch them) and turn the non-breaking blanks into one space.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
ROUTE = "Code de la route"


def brassac():
    """commune délibération, raw PDF text: footer + LETTERHEAD emitted
    between article 1 and article 2, VOTE TABLE ONE CELL PER LINE."""
    d = DocH("commune-brassac-le-vieux-deliberation-2026-018")
    pres = d.P("M. Alain FOURNIER", at="présidence de")
    present = d.persons("M. Alain FOURNIER", "Mme Claire DELORME", "M. Pierre VIGUIER",
                        "Mme Anne\nSOULIÉ", "M. Marc TEYSSIER", "Mme Julie CAMBON",
                        "M. Paul ROUQUETTE", at="Présents")
    x1 = d.P("Mme Lucie BOUSQUET", at="Absents excusés")
    p1 = d.proxy(x1, "M. Alain\nFOURNIER")
    x2 = d.P("M. Henri MALIGE")
    p2 = d.proxy(x2, "Mme Claire DELORME")
    absent = [d.P("M. Jérôme PAGÈS", at="Absent")]
    sec = d.P("Mme Julie CAMBON", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=10, present_n=7,
                     represented=2, voting=9)
    session = {"date": "2026-04-14", "place": "mairie", "convened_on": "2026-04-07",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son article\n"
                      "L.\u00a02121-29\u00a0;"),
             d.clause("Vu la délibération n° 2025-044 du 9 décembre 2025 approuvant le budget "
                      "primitif\n2026\u00a0;")]
    cons = [d.clause("Considérant l’intérêt des associations locales pour la vie de la commune et "
                     "la\nnécessité de conforter leurs \ufb01nances, fragilisées par la hausse des "
                     "coûts\u00a0;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er", "D’attribuer", "Tilleuls”\u00a0: 800\u00a0€."),
            art(d, "2", None, "Article 2", "D’adhérer", "correspondante."),
            art(d, "3", None, "Article 3", "Les crédits", "chapitre 65.")]
    votes = [d.vote("Pour\nContre\nAbstention\n8\n0\n1\nDélibération adoptée", for_=8,
                    against=0, abstention=1)]
    sigs = [d.signature("Le Maire,", "Alain FOURNIER", "Le Maire", "Alain FOURNIER",
                        "Brassac-le-Vieux", "2026-04-15", at="Le Maire,\nAlain")]
    d.reset()
    amounts = [d.amount("1\u202f500\u00a0€", 1500), d.amount("2\u202f300,00\u00a0€", 2300),
               d.amount("800\u00a0€", 800)]
    d.reset()
    dates = [d.date("14 avril 2026", "2026-04-14"),
             d.date("L’an deux mille vingt-six, le quatorze avril", "2026-04-14"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("15 avril 2026", "2026-04-15")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article\nL.\u00a02121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("deliberation", "délibération n° 2025-044 du 9 décembre 2025",
                  number="2025-044", date="2025-12-09")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BRASSAC-LE-VIEUX", "body": "CONSEIL MUNICIPAL"},
            "2026-018",
            "Attribution des subventions aux associations pour l’exercice 2026 et adhésion au "
            "groupement de commandes pour la \ufb01bre optique",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def haut_lirac():
    """commission permanente délibération of a département, raw PDF text:
    BENEFICIARIES TABLE ONE CELL PER LINE (4 columns), footer + LETTERHEAD
    between article 1 and article 2, soft hyphen inside "béné-ﬁciaires"."""
    d = DocH("departement-haut-lirac-deliberation-cp-2026-112")
    att = attendance(in_office=24, present_n=19, represented=3)
    d.reset("La Commission permanente du Conseil")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L.\u00a03211-1\net L.\u00a03211-2\u00a0;"),
             d.clause("Vu la délibération n° 2026-014 du Conseil départemental du 26 mars 2026 "
                      "portant\ndélégation d’attributions à la Commission permanente\u00a0;"),
             d.clause("Vu le rapport du Président du Conseil départemental\u00a0;")]
    cons = [d.clause("Considérant les demandes présentées par les associations "
                     "béné\u00ad\ufb01ciaires et l’avis\nfavorable de la commission Solidarités "
                     "réunie le 20 avril 2026\u00a0;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1", "D’attribuer", "3\u202f250\u00a0€"),
            art(d, "2", None, "Article 2", "Les crédits", "l’exercice 2026."),
            art(d, "3", None, "Article 3", "Le Président", "délibération.")]
    votes = [d.vote("Adopté à l’unanimité", unanimous=True)]
    sigs = [d.signature("Pour le Président du Conseil départemental", "Martine GARROUSTE",
                        "Pour le Président du Conseil départemental et par délégation, "
                        "La Vice-Présidente déléguée aux Solidarités",
                        "Martine GARROUSTE", None, None, at="Adopté à")]
    d.reset()
    amounts = [d.amount("18\u202f750\u00a0€", 18750), d.amount("9\u202f500\u00a0€", 9500),
               d.amount("6\u202f000\u00a0€", 6000), d.amount("3\u202f250\u00a0€", 3250)]
    d.reset()
    dates = [d.date("lundi 4 mai 2026", "2026-05-04"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("20 avril 2026", "2026-04-20"),
             d.date("06/05/2026", "2026-05-06")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.\u00a03211-1\net L.\u00a03211-2", code=CGCT,
                  articles=["L.3211-1", "L.3211-2"]),
            d.ref("deliberation", "délibération n° 2026-014 du Conseil départemental du 26 mars "
                  "2026", number="2026-014", date="2026-03-26")]
    d.reset()
    ids = [d.ident("siret", "448 213 595 00011", "44821359500011"),
           d.ident("siret", "527 390 843 00011", "52739084300011"),
           d.ident("siret", "902 451 731 00019", "90245173100019")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU HAUT-LIRAC", "body": "COMMISSION PERMANENTE"},
            "CP-2026-05-112",
            "Aide départementale aux associations de prévention des con\ufb02its de voisinage et "
            "de médiation sociale – 2e répartition 2026",
            session={"date": "2026-05-04", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            att=att, visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_veran():
    """arrêté du maire, raw PDF text: the TWO-COLUMN LETTERHEAD emitted
    AFTER the signature, its cells interleaved ("COMMUNE DE" / "Liberté –
    Égalité – Fraternité" / "SAINT-VÉRAN-D’OLLIÈRE"), private-use bullets
    U+F0B7."""
    d = DocH("commune-saint-veran-d-olliere-arrete-circulation-2026-037")
    d.reset("Le Maire de la commune")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles\nL.\u00a02212-1, L.\u00a02212-2 et L.\u00a02213-1\u00a0;"),
             d.clause("Vu le code de la route, et notamment son article R.\u00a0411-8\u00a0;"),
             d.clause("Vu l’arrêté interministériel du 24 novembre 1967 relatif à la signalisation "
                      "des\nroutes et autoroutes\u00a0;"),
             d.clause("Vu la demande présentée le 2 mars 2026 par l’entreprise Réseaux du Val "
                      "(SIREN\n902 451 731), chargée des travaux\u00a0;")]
    cons = [d.clause("Considérant qu’il convient d’assurer la sécurité des usagers et du "
                     "personnel\npendant la durée du chantier et de prévenir tout "
                     "con\ufb02it de circulation\u00a0;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er", "Du lundi", "côtés de la voie."),
            art(d, "2", None, "Article 2", "La signalisation", "sera appliquée."),
            art(d, "3", None, "Article 3", "Les infractions", "en vigueur."),
            art(d, "4", None, "Article 4", "Le présent arrêté peut", "sa publication.")]
    sigs = [d.signature("Le Maire,", "Bernard CASTAGNÉ", "Le Maire", "Bernard CASTAGNÉ",
                        "Saint-Véran-d’Ollière", "2026-03-09", at="Le Maire,\nBernard")]
    d.reset()
    amounts = [d.amount("150\u00a0€", 150)]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("lundi 16 mars 2026", "2026-03-16"),
             d.date("vendredi 27 mars 2026", "2026-03-27"),
             d.date("9 mars 2026", "2026-03-09")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles\nL.\u00a02212-1, L.\u00a02212-2 et L.\u00a02213-1", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1"]),
            d.ref("code", "code de la route, et notamment son article R.\u00a0411-8",
                  code=ROUTE, articles=["R.411-8"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24")]
    d.reset()
    ids = [d.ident("siren", "902 451 731", "902451731"),
           d.ident("phone", "04 75 31 62 08", "0475316208"),
           d.ident("postal_code", "26410", "26410"),
           d.ident("email", "mairie@saint-veran-olliere.fr", "mairie@saint-veran-olliere.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-VÉRAN-D’OLLIÈRE", "body": "Le Maire"},
            "2026-AR-037",
            "portant réglementation temporaire de la circulation et du stationnement rue des "
            "Tanneurs à l’occasion de travaux de raccordement à la \ufb01bre optique",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lavernose():
    """convention, raw PDF text: FINANCIAL SCHEDULE TABLE ONE CELL PER
    LINE (4 columns, 3 rows), footer with a bare page number and the
    LETTERHEAD emitted between article 2 and article 3, "◦" bullets."""
    d = DocH("commune-lavernose-sur-aude-convention-2026-09")
    d.reset("Vu l’article")
    visas = [d.clause("Vu l’article 10 de la loi n° 2000-321 du 12 avril 2000 relative aux "
                      "droits des\ncitoyens dans leurs relations avec les administrations\u00a0;")]
    verb = d.span("Il est convenu ce qui suit")
    arts = [art(d, "1", "OBJET DE LA CONVENTION", "ARTICLE 1 – OBJET", "La présente",
                "4 juillet 2026."),
            art(d, "2", "MONTANT ET ÉCHÉANCIER DE LA SUBVENTION", "ARTICLE 2 – MONTANT",
                "La Commune verse", "17\u00a0%"),
            art(d, "3", "OBLIGATIONS DE L’ASSOCIATION", "ARTICLE 3 – OBLIGATIONS",
                "L’Association s’engage", "statuts."),
            art(d, "4", "DURÉE", "ARTICLE 4 – DURÉE", "La présente", "31 mars 2027.")]
    sigs = [d.signature("Pour la Commune,", "Gérard ESCANDE", "Pour la Commune, Le Maire",
                        "Gérard ESCANDE", "Lavernose-sur-Aude", "2026-06-02",
                        at="Pour la Commune,\nLe Maire"),
            d.signature("Pour l’Association,", "Hélène BOUSCARAT",
                        "Pour l’Association, La Présidente", "Hélène BOUSCARAT",
                        "Lavernose-sur-Aude", "2026-06-02", at="Pour l’Association,\nLa")]
    d.reset()
    amounts = [d.amount("12\u202f000\u00a0€", 12000), d.amount("6\u202f000,00\u00a0€", 6000),
               d.amount("4\u202f000,00\u00a0€", 4000), d.amount("2\u202f000,00\u00a0€", 2000)]
    d.reset()
    dates = [d.date("12 mai 2026", "2026-05-12"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("4 juillet 2026", "2026-07-04"),
             d.date("15/06/2026", "2026-06-15"),
             d.date("15/09/2026", "2026-09-15"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("31 mars 2027", "2027-03-31"),
             d.date("2 juin 2026", "2026-06-02")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2026-031 du 12 mai 2026", number="2026-031",
                  date="2026-05-12"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"])]
    d.reset()
    ids = [d.ident("postal_code", "11300", "11300"),
           d.ident("siret", "813 604 253 00019", "81360425300019")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LAVERNOSE-SUR-AUDE", "body": None},
            "2026-CV-09", "CONVENTION DE PARTENARIAT ET DE FINANCEMENT N° 2026-CV-09",
            visas=visas, dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    brassac()
    haut_lirac()
    saint_veran()
    lavernose()
