#!/usr/bin/env python3
"""Hand-written gold for the blind set Q (corpusQ) of corpus/extra-pending
(see README.md, section "Blind set (corpusQ)").
Run: python3 make_gold_q.py

Same conventions and tooling as make_gold_p.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


# ---------------------------------------------------------------- (a)
def indre_statuts_siaep():
    """arrêté PRÉFECTORAL modifying the statuts of a SIAEP: Marianne
    letterhead, service lines, "Affaire suivie par", "Tél." and "Mél.",
    number holding a date ("n° 36-2025-06-17-00004") over a two-line
    "portant …" title, "LE PRÉFET DE L'INDRE, / Chevalier de …", lower-case
    "Vu" visas (code range, loi, décret "modifié", décret de nomination
    without number, earlier arrêté with a SIREN in brackets, délibération of
    the comité "en date du", délibérations concordantes of five communes with
    their dates in brackets), two "Considérant", "Sur proposition du
    secrétaire général de la préfecture", bare centred "ARRÊTE", "Article
    1er :" / "Article n :", amount in digits "euros" then words + digits,
    voies de recours with url, execution article, weekday date line
    "Châteauroux, le mardi …" above a delegated signature, "Ampliation :"
    dash list AFTER the signature"""
    d = DocB("prefecture-indre-arrete-statuts-siaep-2025")
    d.reset("LE PRÉFET DE L'INDRE,")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles "
        "L.5211-17, L.5211-20 et L.5212-1 à L.5212-34 ;",
        "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de "
        "la République ;",
        "Vu le décret n° 2004-374 du 29 avril 2004 modifié relatif aux pouvoirs des préfets, "
        "à l'organisation et à l'action des services de l'État dans les régions et "
        "départements ;",
        "Vu le décret du Président de la République du 3 février 2025 portant nomination de "
        "M. Thibault GARNERIN en qualité de préfet de l'Indre ;",
        "Vu l'arrêté préfectoral n° 36-2019-11-28-00012 du 28 novembre 2019 portant "
        "approbation des statuts du SIAEP de la Haute-Sorgelle (SIREN 258 730 415) ;",
        "Vu la délibération n° 2025-09 du comité syndical du SIAEP de la Haute-Sorgelle en "
        "date du 4 mars 2025 approuvant la modification de ses statuts ;",
        "Vu les délibérations concordantes des conseils municipaux des communes membres : "
        "Brézolles-sur-Sorgelle (11 mars 2025), Champcevrais (14 mars 2025), "
        "Lignac-la-Forêt (20 mars 2025), Saint-Aoustrille-des-Bois (27 mars 2025) et "
        "Vouillon-le-Haut (2 avril 2025) ;")]
    # "Sur proposition du secrétaire général …" is neither a visa nor a
    # considérant (gironde)
    cons = [d.clause(t) for t in (
        "Considérant que les conditions de majorité qualifiée requises par l'article "
        "L.5211-20 du code général des collectivités territoriales sont réunies ;",
        "Considérant qu'à défaut de délibération dans le délai de trois mois à compter de la "
        "notification, la décision du conseil municipal de la commune de "
        "Mézières-Sainte-Colombe est réputée favorable ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "L'article 4 des statuts du SIAEP de la Haute-Sorgelle est modifié comme "
                  "suit : « Le siège du syndicat est fixé au 6, place du Champ-de-Foire, 36270 "
                  "Lignac-la-Forêt. »"),
        d.article("2", None, "Article 2 :",
                  "La contribution annuelle des communes membres est portée de 186 400 euros à "
                  "deux cent quatre mille huit cents euros (204 800 €) à compter du 1er janvier "
                  "2026, répartie au prorata du nombre d'abonnés."),
        d.article("3", None, "Article 3 :",
                  "Les autres dispositions des statuts demeurent inchangées. Les statuts "
                  "modifiés sont annexés au présent arrêté."),
        d.article("4", None, "Article 4 :",
                  "Le présent arrêté peut faire l'objet, dans un délai de deux mois à compter "
                  "de sa publication, d'un recours gracieux auprès du préfet de l'Indre ou d'un "
                  "recours contentieux devant le tribunal administratif de Limoges, y compris "
                  "par l'application « Télérecours citoyens » accessible sur le site "
                  "https://www.telerecours.fr."),
        d.article("5", None, "Article 5 :",
                  "Le secrétaire général de la préfecture, le directeur départemental des "
                  "finances publiques de l'Indre, le président du SIAEP de la Haute-Sorgelle et "
                  "les maires des communes membres sont chargés, chacun en ce qui le concerne, "
                  "de l'exécution du présent arrêté, qui sera publié au recueil des actes "
                  "administratifs de la préfecture de l'Indre.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Arnaud VERCHÈRE-DUTILLEUL",
                        "Pour le préfet et par délégation, Le secrétaire général",
                        "Arnaud VERCHÈRE-DUTILLEUL", "Châteauroux", "2025-06-17")]
    d.reset("ARRÊTE\n")
    amounts = [d.amount("186 400 euros", 186400),
               d.amount("deux cent quatre mille huit cents euros", 204800),
               d.amount("204 800 €", 204800)]
    d.reset("LE PRÉFET DE L'INDRE,")
    # the dates inside the arrêtés' numbers are no dates
    dates = [d.date("7 août 2015", "2015-08-07"),
             d.date("29 avril 2004", "2004-04-29"),
             d.date("3 février 2025", "2025-02-03"),
             d.date("28 novembre 2019", "2019-11-28"),
             d.date("4 mars 2025", "2025-03-04"),
             d.date("11 mars 2025", "2025-03-11"),
             d.date("14 mars 2025", "2025-03-14"),
             d.date("20 mars 2025", "2025-03-20"),
             d.date("27 mars 2025", "2025-03-27"),
             d.date("2 avril 2025", "2025-04-02"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("mardi 17 juin 2025", "2025-06-17")]
    d.reset("LE PRÉFET DE L'INDRE,")
    # the five délibérations concordantes are ONE phrase citing several
    # acts: one reference, date null; "l'article 4 des statuts" is no
    # reference (no number, no date of an act)
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.5211-17, L.5211-20 et L.5212-1 à L.5212-34", code=CGCT,
                  articles=["L.5211-17", "L.5211-20", "L.5212-1", "L.5212-34"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret du Président de la République du 3 février 2025",
                  date="2025-02-03"),
            d.ref("arrete", "arrêté préfectoral n° 36-2019-11-28-00012 du 28 novembre 2019",
                  number="36-2019-11-28-00012", date="2019-11-28"),
            d.ref("deliberation", "délibération n° 2025-09 du comité syndical du SIAEP de la "
                  "Haute-Sorgelle en date du 4 mars 2025", number="2025-09", date="2025-03-04"),
            d.ref("deliberation", "délibérations concordantes des conseils municipaux des "
                  "communes membres : Brézolles-sur-Sorgelle (11 mars 2025), Champcevrais (14 "
                  "mars 2025), Lignac-la-Forêt (20 mars 2025), Saint-Aoustrille-des-Bois (27 "
                  "mars 2025) et Vouillon-le-Haut (2 avril 2025"),
            d.ref("code", "article L.5211-20 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-20"])]
    d.reset()
    ids = [d.ident("phone", "02 54 29 51 73", "0254295173"),
           d.ident("email", "pref-collectivites@indre.gouv.fr",
                   "pref-collectivites@indre.gouv.fr"),
           d.ident("siren", "258 730 415", "258730415"),
           d.ident("postal_code", "36270", "36270"),
           d.ident("url", "https://www.telerecours.fr", "https://www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE L'INDRE", "body": "LE PRÉFET"},
            "36-2025-06-17-00004",
            "portant modification des statuts du Syndicat intercommunal d'alimentation en eau "
            "potable (SIAEP) de la Haute-Sorgelle",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    for f in sys.argv[1:] or ["indre_statuts_siaep"]:
        globals()[f]()
