#!/usr/bin/env python3
"""Hand-written gold for the blind set H (corpusH) of corpus/extra-pending
(see README.md, section "Blind set (corpusH)"): the document still
pending, departement-aveyron-sp-2024-06-21 (the other three moved to
corpus/extra/make_gold_h.py).
Run: python3 make_gold_h.py

Same conventions and tooling as make_gold_g.py (it uses
corpus/extra/_goldlib.py, pointed at this directory with use_dir(); DocH
and art_cut, for an article cut by a page footer, are in _goldlib).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CASF = "Code de l'action sociale et des familles"


def sig_at(d, pos_text, n, role_first, name_text, role, name, place, date):
    """the signature whose role line is the n-th `role_first` of the file"""
    i = -1
    for _ in range(n):
        i = d.s.index(role_first, i + 1)
    j = d.s.index(name_text, i) + len(name_text)
    return {"role": role, "name": name, "place": place, "date": date,
            "span": [d.b(i), d.b(j)]}


# ---------------------------------------------------------------- (b)
def aveyron_sp():
    """extract of a conseil départemental's séance plénière holding three
    délibérations, each headed "RAPPORT N° k-nn" (with "Séance plénière du
    …" in the right column), its own counts line, visas, DÉCIDE, articles,
    vote, "Le Président … certifie exécutoire la présente délibéra-/tion …"
    and signature; running footer "… Séance plénière du 21/06/2024  Page n/3"
    + form feed, one of them cutting article 3 of the second act mid-sentence;
    hyphenated line ends ("subvention-/nables")"""
    d = DocH("departement-aveyron-sp-2024-06-21")
    s = d.s
    r2 = d.b(s.index("RAPPORT N° 2-07"))
    r3 = d.b(s.index("RAPPORT N° 4-11"))
    issuer = {"collectivity": "DÉPARTEMENT DE L'AVEYRON", "body": "CONSEIL DÉPARTEMENTAL"}
    d.reset("sous la présidence de")
    pres = d.P("M. Arnaud VIALARET")
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Sandrine COSTES")
    # the séance block printed once at the top of the extract is the
    # session of each of its three acts (same meeting): the second and third
    # acts take its place, convocation, president and secretary too, and the
    # in-office count; their own "Séance plénière du 21 juin 2024" line
    # gives the date
    session = {"date": "2024-06-21", "place": "Hôtel du Département, salle des délibérations",
               "convened_on": "2024-06-06", "president": pres, "secretary": sec}
    sig_args = ("Le Président du Conseil départemental,", "Arnaud VIALARET",
                "Le Président du Conseil départemental", "Arnaud VIALARET", "Rodez",
                "2024-06-25")
    # the footer "Conseil départemental de l'Aveyron – Séance plénière du
    # 21/06/2024  Page n/3" is furniture (no date)

    # -- act 1: RAPPORT N° 1-03
    d.reset("RAPPORT N° 1-03")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.3312-5 "
        "et L.3313-1 ;",
        "Vu l'instruction budgétaire et comptable M57 ;",
        "Vu l'avis de la Commission des finances et de l'administration générale du 10 juin "
        "2024 ;")]
    cons = [d.clause("Considérant que le compte administratif 2023 est conforme au compte de "
                     "gestion établi par le payeur départemental ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "D'arrêter les résultats du compte administratif 2023 du budget principal, qui "
                  "fait apparaître un excédent de clôture de 18 452 316,27 €."),
        d.article("2", None, "Article 2 :",
                  "D'affecter une somme de 12 000 000 € à la couverture du besoin de financement "
                  "de la section d'investissement et de reporter le solde, soit 6 452 316,27 €, "
                  "en section de fonctionnement.")]
    # "Le Président, ayant quitté la salle, ne prend pas part au vote" ->
    # not_voting 1 (a role as subject counts, set G)
    votes = [d.vote("Vote : 31 voix pour, 12 voix contre, 0 abstention. Le Président, ayant "
                    "quitté la salle, ne prend pas part au vote. ADOPTÉ", 31, 12, 0,
                    not_voting=1)]
    sigs = [sig_at(d, None, 1, *sig_args)]
    d.reset()
    dates = [d.date("VENDREDI 21 JUIN 2024", "2024-06-21"),
             d.date("vendredi 21 juin 2024", "2024-06-21"), d.date("6 juin 2024", "2024-06-06"),
             d.date("21 juin 2024", "2024-06-21", at="RAPPORT N° 1-03"),
             d.date("10 juin 2024", "2024-06-10"), d.date("25/06/2024", "2024-06-25"),
             d.date("26/06/2024", "2024-06-26"), d.date("25 juin 2024", "2024-06-25")]
    d.reset("Article 1er :")
    amounts = [d.amount("18 452 316,27 €", 18452316.27), d.amount("12 000 000 €", 12000000),
               d.amount("6 452 316,27 €", 6452316.27)]
    d.reset("RAPPORT N° 1-03")
    # the M57 instruction has no number or date: no reference (lavalette);
    # the commission's avis is no reference
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.3312-5 et L.3313-1", code=CGCT,
                  articles=["L.3312-5", "L.3313-1"])]
    a1 = doc(d, "deliberation", [0, r2], issuer, "1-03",
             "Compte administratif 2023 – Budget principal – Affectation du résultat",
             session=dict(session),
             att=attendance(in_office=46, present_n=39, represented=5, voting=44),
             visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs)

    # -- act 2: RAPPORT N° 2-07
    d.reset("RAPPORT N° 2-07")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment son article "
        "L.3232-1 ;",
        "Vu la délibération n° 23-SP-112 du 15 décembre 2023 adoptant le règlement "
        "départemental des aides aux communes ;")]
    cons = [d.clause("Considérant les 214 demandes déposées par les communes et instruites par "
                     "les services départementaux ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "D'attribuer aux communes les aides figurant en annexe, pour un montant total "
                  "de 2 750 000 €, au titre du programme de voirie communale."),
        d.article("2", None, "Article 2 :",
                  "De plafonner l'aide à 40 000 € par commune et de fixer le taux d'intervention à "
                  "30 % du montant hors taxes des travaux subvention- nables, conformément au "
                  "règlement départemental."),
        art_cut(d, "3", None, "Article 3 :", "D'imputer les dépenses",
                "« Voirie communale 2024 ».",
                "D'imputer les dépenses au chapitre 204 du budget départemental 2024, sur "
                "l'autorisation de programme « Voirie communale 2024 ».")]
    votes = [d.vote("Vote : Adopté à l'unanimité des suffrages exprimés (45 voix).", 45,
                    unanimous=True)]
    sigs = [sig_at(d, None, 2, *sig_args)]
    d.reset("RAPPORT N° 2-07")
    dates = [d.date("21 juin 2024", "2024-06-21"), d.date("15 décembre 2023", "2023-12-15"),
             d.date("25/06/2024", "2024-06-25"), d.date("26/06/2024", "2024-06-26"),
             d.date("25 juin 2024", "2024-06-25")]
    d.reset("RAPPORT N° 2-07")
    amounts = [d.amount("2 750 000 €", 2750000), d.amount("40 000 €", 40000)]
    d.reset("RAPPORT N° 2-07")
    # "chapitre 204 du budget départemental 2024" is a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L.3232-1", code=CGCT, articles=["L.3232-1"]),
            d.ref("deliberation", "délibération n° 23-SP-112 du 15 décembre 2023",
                  number="23-SP-112", date="2023-12-15")]
    a2 = doc(d, "deliberation", [r2, r3], issuer, "2-07",
             "Programme d'aide aux communes pour la voirie communale – Répartition 2024",
             session=dict(session),
             att=attendance(in_office=46, present_n=40, represented=5, voting=45),
             visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs)

    # -- act 3: RAPPORT N° 4-11 (a délibération approving a convention: not
    # a convention itself)
    d.reset("RAPPORT N° 4-11")
    visas = [d.clause(t) for t in (
        "Vu le code de l'action sociale et des familles, et notamment ses articles L.233-1 à "
        "L.233-6 ;",
        "Vu la loi n° 2015-1776 du 28 décembre 2015 relative à l'adaptation de la société au "
        "vieillissement ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "D'approuver la convention pluriannuelle 2024-2026 à conclure avec la Caisse "
                  "nationale de solidarité pour l'autonomie, pour un concours annuel prévisionnel "
                  "de 1 186 500 €."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser le Président du Conseil départemental à la signer.")]
    votes = [d.vote("Vote : Pour : 32 (Groupe Union pour l'Aveyron) – Contre : 0 – Abstention : "
                    "12 (Groupe L'Aveyron en commun) ADOPTÉ", 32, 0, 12,
                    for_groups=["Groupe Union pour l'Aveyron"])]
    sigs = [sig_at(d, None, 3, *sig_args)]
    d.reset("RAPPORT N° 4-11")
    dates = [d.date("21 juin 2024", "2024-06-21"), d.date("28 décembre 2015", "2015-12-28"),
             d.date("25/06/2024", "2024-06-25"), d.date("26/06/2024", "2024-06-26"),
             d.date("25 juin 2024", "2024-06-25")]
    d.reset("RAPPORT N° 4-11")
    amounts = [d.amount("1 186 500 €", 1186500)]
    d.reset("RAPPORT N° 4-11")
    refs = [d.ref("code", "code de l'action sociale et des familles, et notamment ses articles "
                  "L.233-1 à L.233-6", code=CASF, articles=["L.233-1", "L.233-6"]),
            d.ref("loi", "loi n° 2015-1776 du 28 décembre 2015", number="2015-1776",
                  date="2015-12-28")]
    a3 = doc(d, "deliberation", [r3, len(d.raw)], issuer, "4-11",
             "Convention avec la Caisse nationale de solidarité pour l'autonomie – Conférence des "
             "financeurs 2024-2026",
             session=dict(session),
             att=attendance(in_office=46, present_n=38, represented=6, voting=44),
             visas=visas, dec=dec, arts=arts, votes=votes, sigs=sigs,
             amounts=amounts, dates=dates, refs=refs)
    d.write([a1, a2, a3])


if __name__ == "__main__":
    aveyron_sp()
