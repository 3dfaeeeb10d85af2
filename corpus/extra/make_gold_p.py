#!/usr/bin/env python3
"""Hand-written gold for the documents of the blind set P (corpusP; see
corpus/extra-pending/README.md, section "Blind set (corpusP)") moved here
from corpus/extra-pending once the tool scored 1.0000 on them (session 15:
the Ferté-Aubrance arrêté, first score 1.0000).
Run: python3 make_gold_p.py

Same conventions and tooling as make_gold_o.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import sys

import _goldlib  # noqa: F401
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401



# ---------------------------------------------------------------- (d)
def ferte_aubrance_arrete_rh():
    """individual HUMAN-RESOURCES arrêté of a maire (avancement d'échelon
    of an agent): letterhead "VILLE DE … / Direction des ressources
    humaines" with address, phone and the commune's SIRET, "Dossier suivi
    par : Mme X" and "Réf. : RH/2024/0311" (a file reference, not the
    number), centred "ARRÊTÉ N° RH-2024-311" over "portant avancement
    d'échelon", an agent block "Agent : Mme X / Grade : … – Matricule :
    004127", visas citing the code général de la fonction publique (range)
    and three décrets, one "modifié", an earlier arrêté and a tableau
    d'avancement, "ARRÊTE" centred alone, "Article premier :", indices
    ("indice brut 412, indice majoré 371") and a duration beside a salary
    amount, a url inside the voies de recours article, a delegated
    signature "Pour le Maire et par délégation, L'Adjointe déléguée …",
    "Notifié à l'intéressée le …" and "Transmis au centre de gestion le …"."""
    d = DocB("ville-ferte-aubrance-arrete-rh-2024-311")
    d.reset("Le Maire de la Ville")
    visas = [d.clause(t) for t in (
        "Vu le code général de la fonction publique, et notamment ses articles L.522-1 à "
        "L.522-5 ;",
        "Vu le décret n° 2006-1691 du 22 décembre 2006 modifié portant statut particulier du cadre "
        "d'emplois des adjoints techniques territoriaux ;",
        "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des "
        "fonctionnaires de catégorie C de la fonction publique territoriale ;",
        "Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération "
        "pour les fonctionnaires de catégorie C de la fonction publique territoriale ;",
        "Vu l'arrêté n° RH-2022-187 du 30 juin 2022 portant nomination de Mme Justine "
        "LEFRANC-DUPUIS au grade d'adjoint technique principal de 2e classe ;",
        "Vu le tableau d'avancement d'échelon établi au titre de l'année 2024 ;")]
    cons = [d.clause("Considérant que l'intéressée remplit les conditions d'ancienneté requises "
                     "pour accéder au 6e échelon de son grade ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "Article premier :",
                  "Mme Justine LEFRANC-DUPUIS, adjoint technique principal de 2e classe, est promue "
                  "au 6e échelon de son grade à compter du 1er novembre 2024."),
        d.article("2", None, "Article 2 :",
                  "L'intéressée percevra, à compter de cette date, le traitement afférent à "
                  "l'indice brut 412, indice majoré 371, soit un traitement mensuel brut de "
                  "1 826,35 €. Son ancienneté conservée dans l'échelon est de 3 mois et 12 jours."),
        d.article("3", None, "Article 3 :",
                  "Le Directeur général des services et le comptable public sont chargés, chacun "
                  "en ce qui le concerne, de l'exécution du présent arrêté, qui sera notifié à "
                  "l'intéressée et dont ampliation sera transmise au Président du centre de "
                  "gestion de la fonction publique territoriale du Cher."),
        d.article("4", None, "Article 4 :",
                  "Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant "
                  "le tribunal administratif d'Orléans dans un délai de deux mois à compter de sa "
                  "notification. Le tribunal peut être saisi par l'application « Télérecours "
                  "citoyens » accessible sur le site www.telerecours.fr."),
    ]
    sigs = [d.signature("Pour le Maire et par délégation,", "Martine COQUELET",
                        "Pour le Maire et par délégation, L'Adjointe déléguée aux ressources "
                        "humaines", "Martine COQUELET", "La Ferté-sur-Aubrance", "2024-10-14",
                        at="Fait à La Ferté")]
    d.reset()
    # indices, the matricule and "3 mois et 12 jours" are no amounts
    amounts = [d.amount("1 826,35 €", 1826.35)]
    d.reset()
    # "l'année 2024" has no day: no date
    dates = [d.date("22 décembre 2006", "2006-12-22"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("30 juin 2022", "2022-06-30"),
             d.date("1er novembre 2024", "2024-11-01"),
             d.date("14 octobre 2024", "2024-10-14"),
             d.date("17 octobre 2024", "2024-10-17"),
             d.date("16 octobre 2024", "2024-10-16")]
    d.reset("Le Maire de la Ville")
    # the tableau d'avancement has no number nor date: no reference
    refs = [d.ref("code", "code général de la fonction publique, et notamment ses articles L.522-1 "
                  "à L.522-5", code="code général de la fonction publique",
                  articles=["L.522-1", "L.522-5"]),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("decret", "décret n° 2016-596 du 12 mai 2016", number="2016-596",
                  date="2016-05-12"),
            d.ref("decret", "décret n° 2016-604 du 12 mai 2016", number="2016-604",
                  date="2016-05-12"),
            d.ref("arrete", "arrêté n° RH-2022-187 du 30 juin 2022", number="RH-2022-187",
                  date="2022-06-30")]
    d.reset()
    # "Réf. : RH/2024/0311" and the matricule are no identifiers
    ids = [d.ident("postal_code", "18170", "18170"),
           d.ident("phone", "02 48 63 17 00", "0248631700"),
           d.ident("siret", "211 800 933 00015", "21180093300015"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE LA FERTÉ-SUR-AUBRANCE", "body": "Le Maire"},
            "RH-2024-311", "portant avancement d'échelon",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])



if __name__ == "__main__":
    for f in sys.argv[1:] or ["ferte_aubrance_arrete_rh"]:
        globals()[f]()
