#!/usr/bin/env python3
"""Hand-written gold for the blind set R (corpusR) of corpus/extra-pending
(see README.md, section "Blind set (corpusR)").
Run: python3 make_gold_r.py

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


# ---------------------------------------------------------------- (c)
def courtemaux_registre_1994():
    """REGISTRE page of 1994: letterhead and "Registre des délibérations /
    Page 37" on the same lines (two columns), counts in a block BEFORE the
    séance line ("en exercice : 11" on its own line), "L'an mil neuf cent
    quatre-vingt-quatorze, le douze mai", convened "le cinq mai" (no year:
    year of the séance), present as SURNAMES ONLY after "MM."/"Mmes"
    groups, excused with a bracketed procuration, secretary in a sentence,
    an exposé BEFORE the single visa (code des communes, pre-CGCT article
    L.121-26), francs in words and digits "42 500 F TTC" twice, the
    decision verb starting the decision sentence, vote line with dashes,
    "Au registre suivent les signatures" and an initial-only signature"""
    d = DocB("commune-courtemaux-le-val-deliberation-1994-18")
    d.reset("sous la présidence")
    pres = d.S("M. Gérard POUPINEL", "M.", "Gérard", "POUPINEL")
    d.reset("Présents :")
    # civility groups: each surname gets the group's civility, no given name
    present = [d.S("POUPINEL", "M.", None, "POUPINEL"),
               d.S("CHARPENTIER", "M.", None, "CHARPENTIER"),
               d.S("LEBRUN", "M.", None, "LEBRUN"),
               d.S("MAUPOU", "M.", None, "MAUPOU"),
               d.S("GIRAULT", "Mme", None, "GIRAULT"),
               d.S("DEFORGE", "Mme", None, "DEFORGE"),
               d.S("BOISSEAU", "M.", None, "BOISSEAU"),
               d.S("TAFFOUREAU", "M.", None, "TAFFOUREAU"),
               d.S("LESAGE", "Mme", None, "LESAGE")]
    d.reset("Absents excusés")
    g = d.S("M. BRÉMARD", "M.", None, "BRÉMARD")
    h = d.S("M. LEBRUN", "M.", None, "LEBRUN")
    v = d.S("M. VILAIN", "M.", None, "VILAIN")
    excused = [g, v]
    px = [d.proxy(g, h)]
    sec = d.S("Mme DEFORGE", "Mme", None, "DEFORGE")
    visas = [d.clause("Vu le code des communes, et notamment son article L.121-26 ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    votes = [d.vote("Votants : 10 – Pour : 8 – Contre : 1 – Abstention : 1", 8, 1, 1)]
    sigs = [d.signature("Le Maire,\nG.", "G. POUPINEL", "Le Maire", "G. POUPINEL", None, None)]
    d.reset("Objet :")
    amounts = [d.amount("quarante-deux mille cinq cents francs", 42500, tax="TTC"),
               d.amount("42 500 F", 42500, tax="TTC"),
               d.amount("42 500 F", 42500, tax="TTC")]
    for a in amounts:
        a["currency"] = "FRF"
    d.reset()
    # "convoqué le cinq mai": day and month in words, the year is the
    # séance's (a full date for a reader); "acquise en 1981" and "budget
    # primitif de 1994" are no dates
    dates = [d.date("12 mai 1994", "1994-05-12"),
             d.date("L'an mil neuf cent quatre-vingt-quatorze, le douze mai", "1994-05-12"),
             d.date("cinq mai", "1994-05-05")]
    d.reset("Vu le code")
    # "article 2157" is a budget line, no reference
    refs = [d.ref("code", "code des communes, et notamment son article L.121-26",
                  code="Code des communes", articles=["L.121-26"])]
    d.reset()
    ids = [d.ident("postal_code", "45220", "45220")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Commune de COURTEMAUX-LE-VAL", "body": "Conseil Municipal"},
            "18/94", "Achat d'une tondeuse autoportée",
            session={"date": "1994-05-12", "place": None, "convened_on": "1994-05-05",
                     "president": pres, "secretary": sec},
            att=attendance(present, excused, [], px, in_office=11, present_n=9,
                           represented=None, voting=10),
            visas=visas, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (d)
def cdg_haute_sarthe_ca():
    """CONSEIL D'ADMINISTRATION of a centre de gestion: members listed BY
    COLLÈGE ("Collège des communes – membres titulaires présents : A ; B"),
    names separated by SEMICOLONS, the first with her role ", Présidente";
    "Excusés ayant donné pouvoir : X à Y ; Z à W"; "Assistaient avec voix
    consultative : …" (advisory); counts on one line with "Représentés";
    code général de la fonction publique (not CGCT), a décret; "Article 1 :"
    with the body on the same line; an amount in words then in digits in
    brackets; vote "Adopté par 12 voix pour et 1 abstention"; no
    "sous la présidence" sentence"""
    d = DocB("cdg-haute-sarthe-ca-deliberation-2025-014")
    d.reset("Collège des communes")
    present = d.persons("Mme Nadine HOUDAYER", "M. Pascal GUITTET", "Mme Isabelle CORMIER",
                        "M. Joël LEMERCIER", "M. Yannick PAPIN", "M. Fabrice ROUSSIÈRE",
                        "Mme Claire BESNARD", "M. Daniel FOUQUERAY", "M. Alain THOMAS",
                        "Mme Élodie VANNIER", "M. Rémi PICHON")
    # judgement: the Présidente of the board, first of the present and the
    # signatory, presided (no "sous la présidence" sentence)
    pres = present[0]
    d.reset("Excusés ayant donné pouvoir")
    px = [d.proxy("M. Jacques LOCHARD", "Mme Nadine HOUDAYER"),
          d.proxy("Mme Sylvie DROUIN", "M. Fabrice ROUSSIÈRE")]
    d.reset("Excusés :")
    exc2 = d.persons("M. Bruno GAUTIER", "Mme Laure MOISY")
    excused = [px[0]["from"], px[1]["from"]] + exc2
    adv = d.persons("Mme Karine LEDRU", "M. Olivier BRETON", at="Assistaient")
    d.reset("Le Conseil d'Administration,")
    visas = [d.clause("Vu le code général de la fonction publique, et notamment ses articles "
                      "L.452-26 et L.452-29 ;"),
             d.clause("Vu le décret n° 85-643 du 26 juin 1985 relatif aux centres de gestion ;")]
    cons = [d.clause("Considérant que le taux de 0,80 % permet de financer les missions "
                     "facultatives ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [d.article("1", None, "Article 1 :",
                      "Le taux de la cotisation additionnelle est fixé à 0,80 % de la masse "
                      "salariale pour l'année 2025, soit un produit attendu de un million cent "
                      "vingt mille euros (1 120 000 €)."),
            d.article("2", None, "Article 2 :",
                      "La Présidente est chargée de l'exécution de la présente délibération.")]
    votes = [d.vote("Adopté par 12 voix pour et 1 abstention", 12, None, 1)]
    sigs = [d.signature("La Présidente,\nNadine", "Nadine HOUDAYER", "La Présidente",
                        "Nadine HOUDAYER", "Coulaines-les-Pins", "2025-03-25")]
    d.reset("Article 1 :")
    amounts = [d.amount("un million cent vingt mille euros", 1120000),
               d.amount("1 120 000 €", 1120000)]
    d.reset()
    dates = [d.date("mardi 25 mars 2025", "2025-03-25"),
             d.date("26 juin 1985", "1985-06-26"),
             d.date("25 mars 2025", "2025-03-25")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général de la fonction publique, et notamment ses articles "
                  "L.452-26 et L.452-29", code="Code général de la fonction publique",
                  articles=["L.452-26", "L.452-29"]),
            d.ref("decret", "décret n° 85-643 du 26 juin 1985", number="85-643",
                  date="1985-06-26")]
    d.reset()
    ids = [d.ident("postal_code", "72190", "72190"),
           d.ident("phone", "02 43 57 80 12", "0243578012"),
           d.ident("siret", "200 071 843 00003", "20007184300003")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA "
                             "HAUTE-SARTHE", "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2025-014", "Fixation du taux de la cotisation additionnelle pour 2025",
            session={"date": "2025-03-25", "place": None, "convened_on": None,
                     "president": pres, "secretary": None},
            att=attendance(present, excused, [], px, adv, [], in_office=15, present_n=11,
                           represented=2, voting=13),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    for f in sys.argv[1:] or ["courtemaux_registre_1994", "cdg_haute_sarthe_ca"]:
        globals()[f]()
