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



ALL = ["cc_haut_vallonnet"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
