#!/usr/bin/env python3
"""Hand-written gold for the blind set T (corpusT) of corpus/extra-pending
(see README.md, section "Blind set (corpusT)").
Run: python3 make_gold_t.py

Same conventions and tooling as make_gold_s.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def college_rostand():
    """acte du conseil d'administration of a collège (EPLE): académie line
    above the school's letterhead, counts with "Quorum : 13" (no field),
    TWO-COLUMN roll call with the role in brackets after each name (pupils
    without civility), "Étaient excusés :", verb "ADOPTE" alone on its line,
    a DBM table (two € columns, TOTAL row), "Résultat du vote : Pour : 12
    Contre : 0 Abstentions : 2" on one line, "Transmis le 17/11/2025"."""
    d = DocB("college-rostand-saint-gengoux-ca-2025-12")
    d.reset("sous la présidence de")
    pres = d.P("Mme Hélène VASSEUR")
    d.reset("Étaient présents :")
    # two columns read row by row, as printed
    present = d.persons("Mme Hélène VASSEUR", "M. Gilles PERRAUDIN", "Mme Sandrine COLLOMB",
                        "M. Thierry BOUVARD", "Mme Aurélie MAZUY", "M. Rachid BENALI",
                        "Mme Lucie FERRAND-RIGAUD", "M. Didier JOANNIN", "Mme Karine DUPRÉ",
                        "M. Paul DANGLOT", "Mme Sonia ARNAUD", "M. Éric LAMBOLEY")
    present += [d.S("Léa MOUTON", None, "Léa", "MOUTON"),
                d.S("Hugo BRIDET", None, "Hugo", "BRIDET")]
    excused = d.persons("M. Frédéric CHAPUIS", "Mme Nadia KESSLER", at="Étaient excusés")
    sec = d.P("M. Rachid BENALI", at="Secrétaire de séance")
    d.reset("Vu le code de l")
    visas = [d.clause("Vu le code de l'éducation, notamment ses articles R. 421-9 et R. 421-60 ;"),
             d.clause("Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion "
                      "budgétaire et comptable publique ;"),
             d.clause("Vu l'acte du conseil d'administration n° 2024-31 du 28 novembre 2024 "
                      "adoptant le budget de l'exercice 2025 ;")]
    cons = [d.clause("Considérant les notifications de crédits reçues du conseil "
                     "départemental le 2 octobre 2025 ;")]
    verb = d.span("ADOPTE", at="Après en avoir délibéré")
    d.reset("Service  ")
    amounts = []
    for t, v in (("8 450,00 €", 8450), ("3 120,50 €", 3120.5), ("6 944,00 €", 6944),
                 ("18 514,50 €", 18514.5)):
        amounts += [d.amount(t, v), d.amount(t, v)]
    votes = [d.vote("Résultat du vote :  Pour : 12    Contre : 0    Abstentions : 2 La "
                    "décision est adoptée.", 12, 0, 2)]
    sigs = [d.signature("La présidente du conseil d'administration,", "Hélène VASSEUR",
                        "La présidente du conseil d'administration", "Hélène VASSEUR",
                        "Saint-Gengoux-les-Vignes", "2025-11-14")]
    d.reset()
    dates = [d.date("jeudi 13 novembre 2025", "2025-11-13"),
             d.date("3 novembre 2025", "2025-11-03"),
             d.date("jeudi 13 novembre 2025", "2025-11-13"),
             d.date("7 novembre 2012", "2012-11-07"),
             d.date("28 novembre 2024", "2024-11-28"),
             d.date("2 octobre 2025", "2025-10-02"),
             d.date("14 novembre 2025", "2025-11-14"),
             d.date("17/11/2025", "2025-11-17")]
    d.reset("Vu le code de l")
    refs = [d.ref("code", "code de l'éducation, notamment ses articles R. 421-9 et R. 421-60",
                  code="Code de l'éducation", articles=["R.421-9", "R.421-60"]),
            d.ref("decret", "décret n° 2012-1246 du 7 novembre 2012", number="2012-1246",
                  date="2012-11-07"),
            d.ref("deliberation", "acte du conseil d'administration n° 2024-31 du 28 novembre 2024",
                  number="2024-31", date="2024-11-28"),
            d.ref("code", "article L. 421-14 du code de l'éducation", code="Code de l'éducation",
                  articles=["L.421-14"])]
    d.reset()
    ids = [d.ident("postal_code", "71460", "71460"),
           d.ident("phone", "03 85 49 20 17", "0385492017"),
           d.ident("email", "ce.0710987k@ac-marche-oceane.fr", "ce.0710987k@ac-marche-oceane.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COLLÈGE JEAN ROSTAND", "body": "CONSEIL D'ADMINISTRATION"},
            "2025-12", "Décision budgétaire modificative n° 2 pour vote – exercice 2025",
            session={"date": "2025-11-13", "place": "salle polyvalente",
                     "convened_on": "2025-11-03", "president": pres, "secretary": sec},
            att=attendance(present, excused, [], [], [], [], in_office=24, present_n=14,
                           represented=None, voting=14),
            visas=visas, cons=cons, dec={"verb": "ADOPTE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def cc_haut_vallonnet():
    """DÉCISION of an EPCI president under delegation: service line in the
    letterhead, "DÉCISION N° 2025-D-117", title on two lines with
    guillemets, "Vu le Code … (CGCT), notamment son article …", one visa a
    paragraph, two considérants, "DÉCIDE", "Article 1er :", NBSP thousands
    separators in the amounts ("150 000 €" capital, "187 450,00 € HT, soit
    224 940,00 € TTC"), SIRET with blanks, a running footer "CC du …
    – Décision n° … Page 1/2" under a rule cutting article 3 mid-sentence,
    the same footer "Page 2/2" at the end, "Publiée le …"."""
    d = DocH("cc-haut-vallonnet-decision-2025-D-117")
    d.reset("Vu le Code")
    visas = [d.clause("Vu le Code général des collectivités territoriales (CGCT), notamment son "
                      "article L. 5211-10 ;"),
             d.clause("Vu le code de la commande publique, notamment ses articles L. 2123-1 et "
                      "R. 2123-1 ;"),
             d.clause("Vu la délibération n° 2023-084 du conseil communautaire du 13 juillet 2023 "
                      "portant délégation d’attributions au Président ;"),
             d.clause("Vu l’avis d’appel public à la concurrence publié le 2 juin 2025 ;")]
    cons = [d.clause("Considérant que trois offres ont été reçues pour le lot n° 3 dans le délai "
                     "fixé au 1er juillet 2025 ;"),
            d.clause("Considérant que l’offre de la société ALUVAL MENUISERIES est "
                     "économiquement la plus avantageuse au regard des critères du règlement de "
                     "la consultation ;")]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er :", "Le marché de travaux relatif au lot n° 3 "
                      "« Menuiseries extérieures » est attribué à la société ALUVAL MENUISERIES, "
                      "SAS au capital de 150\u00a0000 €, dont le siège est 18, rue Blaise-Pascal, "
                      "63100 CLERMONT-FERRAND, SIRET 412 736 050 00011, pour un montant de "
                      "187\u00a0450,00 € HT, soit 224\u00a0940,00 € TTC."),
            d.article("2", None, "Article 2 :", "La dépense sera imputée au budget principal "
                      "2025, chapitre 23, opération 104. Le délai d’exécution est fixé à six mois "
                      "à compter de l’ordre de service.")]
    # article 3 cut by the page footer: span from its heading to its last
    # word, text without the furniture
    arts.append(art_cut(d, "3", None, "Article 3 :", "Le Directeur général",
                        "au prochain conseil communautaire.",
                        "Le Directeur général des services et le comptable public sont "
                        "chargés, chacun en ce qui le concerne, de l’exécution de la présente "
                        "décision, dont il sera rendu compte au prochain conseil "
                        "communautaire."))
    arts.append(d.article("4", None, "Article 4 :", "La présente décision peut faire l’objet "
                          "d’un recours devant le tribunal administratif de Clermont-Ferrand "
                          "dans un délai de deux mois à compter de sa publication."))
    sigs = [d.signature("Le Président,", "Marc-Antoine VERDIER", "Le Président",
                        "Marc-Antoine VERDIER", "La Chapelle-Vallonnet", "2025-07-22",
                        at="Fait à La Chapelle")]
    d.reset("Article 1er")
    amounts = [d.amount("150\u00a0000 €", 150000), d.amount("187\u00a0450,00 €", 187450, tax="HT"),
               d.amount("224\u00a0940,00 €", 224940, tax="TTC")]
    d.reset()
    dates = [d.date("13 juillet 2023", "2023-07-13"), d.date("2 juin 2025", "2025-06-02"),
             d.date("1er juillet 2025", "2025-07-01"), d.date("22 juillet 2025", "2025-07-22"),
             d.date("24 juillet 2025", "2025-07-24")]
    d.reset("Vu le Code")
    refs = [d.ref("code", "Code général des collectivités territoriales (CGCT), notamment son "
                  "article L. 5211-10", code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "code de la commande publique, notamment ses articles L. 2123-1 et "
                  "R. 2123-1", code="Code de la commande publique",
                  articles=["L.2123-1", "R.2123-1"]),
            d.ref("deliberation", "délibération n° 2023-084 du conseil communautaire du 13 "
                  "juillet 2023", number="2023-084", date="2023-07-13")]
    d.reset()
    ids = [d.ident("postal_code", "63840", "63840"),
           d.ident("postal_code", "63100", "63100"),
           d.ident("siret", "412 736 050 00011", "41273605000011")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "Communauté de communes du Haut-Vallonnet", "body": "Le Président"},
            "2025-D-117",
            "Attribution du marché de travaux de réhabilitation du gymnase intercommunal – lot "
            "n° 3 « Menuiseries extérieures »",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])



ALL = ["college_rostand", "cc_haut_vallonnet"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
