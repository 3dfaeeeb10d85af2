#!/usr/bin/env python3
"""Hand-written gold for the blind set BV (corpusBV) of corpus/extra-pending
(see README.md, section "Blind set (corpusBV)"): four EVERYDAY ARRÊTÉS.
Run: python3 make_gold_bv.py

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
from _goldlib import CGCT, CGPPP, URBA, DocH, art, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CROUTE = "Code de la route"
CSP = "Code de la santé publique"


def lormiac_circulation():
    """arrêté TEMPORAIRE de circulation for WORKS: service line, "ARRÊTÉ
    MUNICIPAL TEMPORAIRE" over "N° ST-2026-052", two-line "Objet :", VU in
    capitals, instruction approved by an arrêté, weekday date-time range,
    "Article n :", ampliation list."""
    d = DocH("commune-lormiac-arrete-circulation-travaux-2026-052")
    visas = [d.clause("VU le code général des collectivités territoriales, notamment les\n"
                      "articles L. 2212-2 et L. 2213-1 ;"),
             d.clause("VU le code de la route, notamment l'article R. 411-25 ;"),
             d.clause("VU l'instruction interministérielle sur la signalisation routière,\n"
                      "livre I, huitième partie, approuvée par l'arrêté du 6 novembre 1992 ;"),
             d.clause("VU la demande présentée le 14 avril 2026 par l'entreprise GARONNE\n"
                      "RÉSEAUX (SIRET 493 217 657 00029), 4 chemin de la Plaine, 31600 Muret ;")]
    cons = [d.clause("CONSIDÉRANT que les travaux de remplacement de la canalisation d'eau\n"
                     "potable nécessitent de réglementer la circulation et le stationnement ;")]
    verb = d.span("ARRÊTE", at="stationnement ;\n")
    arts = [art(d, "1", None, "Article 1 :", "Du lundi 4 mai", "véhicules de secours."),
            art(d, "2", None, "Article 2 :", "Pendant la même", "de son propriétaire."),
            art(d, "3", None, "Article 3 :", "Une déviation", "l'avenue de Gascogne."),
            art(d, "4", None, "Article 4 :", "La signalisation", "durée du chantier."),
            art(d, "5", None, "Article 5 :", "Le présent arrêté", "de sa publication."),
            art(d, "6", None, "Article 6 :", "Le Directeur", "du présent\narrêté.")]
    sigs = [d.signature("Le Maire,", "Sylvain ESCUDIÉ", "Le Maire", "Sylvain ESCUDIÉ",
                        "Lormiac", "2026-04-22", at="Fait à Lormiac")]
    d.reset()
    dates = [d.date("6 novembre 1992", "1992-11-06"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("lundi 4 mai 2026", "2026-05-04"),
             d.date("vendredi 15 mai 2026", "2026-05-15"),
             d.date("22 avril 2026", "2026-04-22")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment les\n"
                  "articles L. 2212-2 et L. 2213-1", code=CGCT,
                  articles=["L.2212-2", "L.2213-1"]),
            d.ref("code", "code de la route, notamment l'article R. 411-25", code=CROUTE,
                  articles=["R.411-25"]),
            d.ref("arrete", "arrêté du 6 novembre 1992", date="1992-11-06")]
    d.reset()
    ids = [d.ident("postal_code", "31590", "31590"),
           d.ident("phone", "05 61 84 27 30", "0561842730"),
           d.ident("siret", "493 217 657 00029", "49321765700029"),
           d.ident("postal_code", "31600", "31600")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LORMIAC", "body": "Le Maire"},
            "ST-2026-052",
            "réglementation temporaire de la circulation et du stationnement rue des "
            "Écoles pendant des travaux de réseau d'eau potable",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def castelvielh_permis():
    """arrêté accordant un PERMIS DE CONSTRUIRE: "DOSSIER N° PC …" above
    "ARRÊTÉ N° URB-…", a lower-case "accordant …" title on two lines, a
    dossier block (demandeur, parcelles, surface de plancher), "Vu la
    demande … déposée le … et complétée le …", "ACCORDÉ" in capitals, an
    amount TTC, the avis de dépôt date and the transmission line after the
    signature, then an "INFORMATIONS" block citing code articles (one "du
    même code", an A. article)."""
    d = DocH("commune-castelvielh-arrete-permis-construire-2026-012")
    visas = [d.clause("Vu la demande de permis de construire n° PC 031 555 26 A0012 déposée le\n"
                      "12 février 2026 et complétée le 3 mars 2026 ;"),
             d.clause("Vu le code de l'urbanisme, notamment ses articles L. 421-1, R. 421-1 et\n"
                      "R. 423-23 ;"),
             d.clause("Vu le plan local d'urbanisme approuvé par délibération du conseil\n"
                      "municipal n° 2019-041 du 26 septembre 2019 ;"),
             d.clause("Vu l'avis favorable d'Enedis du 18 mars 2026 ;"),
             d.clause("Vu l'avis du Syndicat des eaux de la Save du 20 mars 2026 ;")]
    verb = d.span("ARRÊTE", at="2026 ;\n\nARR")
    arts = [art(d, "1", None, "Article 1 :", "Le permis de construire est ACCORDÉ",
                "aux articles suivants."),
            art(d, "2", None, "Article 2 :", "Les eaux pluviales", "1 850,00 € TTC."),
            art(d, "3", None, "Article 3 :", "Les façades", "1,50 mètre de hauteur."),
            art(d, "4", None, "Article 4 :", "Le pétitionnaire", "l'assainissement collectif.")]
    sigs = [d.signature("Le Maire,", "Josette LABARTHE", "Le Maire", "Josette LABARTHE",
                        "Castelvielh", "2026-04-09", at="Fait à Castelvielh")]
    d.reset()
    amounts = [d.amount("1 850,00 €", 1850, tax="TTC")]
    d.reset()
    dates = [d.date("12 février 2026", "2026-02-12"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("26 septembre 2019", "2019-09-26"),
             d.date("18 mars 2026", "2026-03-18"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("13 février 2026", "2026-02-13"),
             d.date("10 avril 2026", "2026-04-10")]
    d.reset()
    refs = [d.ref("code", "code de l'urbanisme, notamment ses articles L. 421-1, R. 421-1 et\n"
                  "R. 423-23", code=URBA, articles=["L.421-1", "R.421-1", "R.423-23"]),
            d.ref("deliberation", "délibération du conseil\nmunicipal n° 2019-041 du "
                  "26 septembre 2019", number="2019-041", date="2019-09-26"),
            d.ref("code", "article R. 424-17 du code de l'urbanisme", code=URBA,
                  articles=["R.424-17"]),
            d.ref("code", "article A. 424-15 du même code", code=URBA, articles=["A.424-15"])]
    d.reset()
    ids = [d.ident("postal_code", "31480", "31480")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE CASTELVIELH", "body": "Le Maire"},
            "URB-2026-012", "accordant un permis de construire au nom de la commune",
            visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_de_sarre_subvention():
    """arrêté du PRÉSIDENT du Conseil départemental granting a SUBSIDY:
    direction line, e-mail, "portant attribution …" on three lines with
    guillemets, VU in capitals, two numbered délibérations (one date cut
    over two lines), a SIREN in brackets, "Article 1er :", an amount in
    digits then words, a budget chapter, a DGS execution article."""
    d = DocH("departement-val-de-sarre-arrete-subvention-2026-0215")
    visas = [d.clause("VU le code général des collectivités territoriales, et notamment son\n"
                      "article L. 3221-1 ;"),
             d.clause("VU la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens\n"
                      "dans leurs relations avec les administrations ;"),
             d.clause("VU la délibération du Conseil départemental n° CD-2026-014 du 2 février\n"
                      "2026 portant vote du budget primitif ;"),
             d.clause("VU la délibération n° CD-2021-078 du 1er juillet 2021 donnant délégation\n"
                      "au Président pour attribuer les subventions inférieures à 23 000 euros ;"),
             d.clause("VU la demande de l'association « Festival des Orgues de Sarrelieu »\n"
                      "(SIREN 831 604 277) reçue le 16 janvier 2026 ;")]
    cons = [d.clause("CONSIDÉRANT l'intérêt départemental de la manifestation ;")]
    verb = d.span("ARRÊTE", at="manifestation ;\n")
    arts = [art(d, "1", None, "Article 1er :", "Une subvention", "l'édition 2026 du festival."),
            art(d, "2", None, "Article 2 :", "La subvention sera", "budget départemental."),
            art(d, "3", None, "Article 3 :", "L'association produira", "action subventionnée."),
            art(d, "4", None, "Article 4 :", "Le Directeur général", "notifié à l'association.")]
    sigs = [d.signature("Le Président du Conseil départemental,", "Bernard KLEIN",
                        "Le Président du Conseil départemental", "Bernard KLEIN",
                        "Sarrelieu", "2026-03-03", at="Fait à Sarrelieu")]
    d.reset()
    amounts = [d.amount("23 000 euros", 23000),
               d.amount("8 500 €", 8500),
               d.amount("huit mille\ncinq cents euros", 8500)]
    d.reset()
    dates = [d.date("12 avril 2000", "2000-04-12"),
             d.date("2 février\n2026", "2026-02-02"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("16 janvier 2026", "2026-01-16"),
             d.date("30 juin 2027", "2027-06-30"),
             d.date("3 mars 2026", "2026-03-03")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 3221-1", code=CGCT, articles=["L.3221-1"]),
            d.ref("loi", "loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12"),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2026-014 du "
                  "2 février\n2026", number="CD-2026-014", date="2026-02-02"),
            d.ref("deliberation", "délibération n° CD-2021-078 du 1er juillet 2021",
                  number="CD-2021-078", date="2021-07-01")]
    d.reset()
    ids = [d.ident("postal_code", "57920", "57920"),
           d.ident("email", "culture@valdesarre.fr", "culture@valdesarre.fr"),
           d.ident("siren", "831 604 277", "831604277")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DU VAL-DE-SARRE",
             "body": "Le Président du Conseil départemental"},
            "2026-CULT-0215",
            "portant attribution d'une subvention de fonctionnement à l'association "
            "« Festival des Orgues de Sarrelieu »",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def puylaurier_debit():
    """arrêté of TEMPORARY DÉBIT DE BOISSONS + occupation du domaine public
    for an association's fête: "MAIRIE DE …" letterhead with address and
    e-mail on one line, "ARRÊTÉ DU MAIRE N° …" over a THREE-LINE heading
    (no "portant", no Objet), four "Vu" (three codes, the request with the
    RNA number), no considérant, "3e catégorie", weekday date-time range
    over midnight, "Notifié à l'intéressé le …" + "Signature de
    l'intéressé :" after the signature."""
    d = DocH("commune-puylaurier-arrete-debit-boissons-2026-064")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2212-1 et L. 2212-2 ;"),
             d.clause("Vu le code de la santé publique, et notamment ses articles L. 3334-2 et\n"
                      "L. 3335-4 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et notamment\n"
                      "son article L. 2122-1 ;"),
             d.clause("Vu la demande du 2 juin 2026 présentée par M. Julien SABATIER, président\n"
                      "de l'association « Comité des fêtes de Puylaurier », déclarée en\n"
                      "préfecture sous le numéro RNA W311234567 ;")]
    verb = d.span("ARRÊTE", at="W311234567 ;\n")
    arts = [art(d, "1", None, "Article 1 :", "L'association « Comité", "à 2 h 00."),
            art(d, "2", None, "Article 2 :", "L'association est autorisée",
                "à titre gratuit."),
            art(d, "3", None, "Article 3 :", "La vente d'alcool", "tranquillité publique."),
            art(d, "4", None, "Article 4 :", "Le présent arrêté", "précaire et révocable.")]
    sigs = [d.signature("Le Maire,", "Marie-Hélène DAUBÈZE", "Le Maire",
                        "Marie-Hélène DAUBÈZE", "Puylaurier", "2026-06-15",
                        at="Fait à Puylaurier")]
    d.reset()
    dates = [d.date("2 juin 2026", "2026-06-02"),
             d.date("samedi 11 juillet 2026", "2026-07-11"),
             d.date("dimanche\n12 juillet 2026", "2026-07-12"),
             d.date("15 juin 2026", "2026-06-15"),
             d.date("17 juin 2026", "2026-06-17")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2212-1 et L. 2212-2", code=CGCT,
                  articles=["L.2212-1", "L.2212-2"]),
            d.ref("code", "code de la santé publique, et notamment ses articles L. 3334-2 et\n"
                  "L. 3335-4", code=CSP, articles=["L.3334-2", "L.3335-4"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment\n"
                  "son article L. 2122-1", code=CGPPP, articles=["L.2122-1"])]
    d.reset()
    ids = [d.ident("postal_code", "31470", "31470"),
           d.ident("email", "mairie@puylaurier.fr", "mairie@puylaurier.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE PUYLAURIER", "body": "Le Maire"},
            "2026-064",
            "Autorisation temporaire d'ouverture d'un débit de boissons et d'occupation "
            "du domaine public Fête locale du Comité des fêtes",
            visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lormiac_circulation()
    castelvielh_permis()
    val_de_sarre_subvention()
    puylaurier_debit()
