#!/usr/bin/env python3
"""Hand-written gold for the document of the blind set K (corpusK; see
corpus/extra-pending/README.md, section "Blind set (corpusK)") moved here
from corpus/extra-pending once the tool scored 1.0000 on it
(commune-deleguee-fontenelles-registre-2024-10-07, session 12; the other
three stay in corpus/extra-pending/make_gold_k.py).
Run: python3 make_gold_k.py

Same conventions and tooling as make_gold_j.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401


# ---------------------------------------------------------------- (a)
def fontenelles_registre():
    """register page of the conseil of a commune déléguée (commune
    nouvelle) holding TWO avis-délibérations of one séance: centred
    letterhead "COMMUNE DE VAL-DE-SÉNELLE / Commune nouvelle – … / Commune
    déléguée de …", "REGISTRE DES DÉLIBÉRATIONS / CONSEIL DE LA COMMUNE
    DÉLÉGUÉE DE …", "Feuillet n° 2024/17" top right and in the footer, the
    séance block (counts on one line, date in words, lists) printed ONCE
    above both acts, "Avait donné pouvoir : X à Y.", each act "DÉLIBÉRATION
    N° CD-FON-2024-0n" + "Objet :", "ÉMET un avis favorable", the first act
    with a one-line vote "Résultat du vote :   Pour : 7   Contre : 0
    Abstentions : 2", the second a dotted-leader subsidy list and
    "à l'unanimité des membres présents et représentés", one signature
    after the second act ("Fait et délibéré à …, les jour, mois et an que
    dessus."), then "Ont signé au registre les membres présents :" with
    the eight names SURNAME-first in four columns"""
    d = DocB("commune-deleguee-fontenelles-registre-2024-10-07")
    issuer = {"collectivity": "COMMUNE DE VAL-DE-SÉNELLE",
              "body": "CONSEIL DE LA COMMUNE DÉLÉGUÉE DE FONTENELLES"}
    d.reset("sous la présidence de")
    pres = d.P("Mme Nadine CORBIN")
    d.reset("Étaient présents")
    present = [d.P(t) for t in (
        "Mme Nadine CORBIN", "M. Alain PERRAUD", "Mme Sylvie JOUBERT", "M. Marc TESSIER",
        "Mme Odile BLANCHARD", "M. Paul GUÉRIN", "Mme Yvette RAGOT", "M. Cédric LHOMMEAU")]
    # "Avait donné pouvoir : X à Y": a proxy only (as "Absents ayant donné
    # procuration")
    px = [d.proxy("M. Bruno FOUQUET", "Mme Nadine CORBIN")]
    excused = [d.P("Mme Justine HARDY"), d.P("M. Éric VALLÉE")]
    sec = d.P("M. Alain PERRAUD", at="Secrétaire :")
    session = {"date": "2024-10-07", "place": "mairie annexe de Fontenelles",
               "convened_on": "2024-09-30", "president": pres, "secretary": sec}

    def att():
        return attendance(present, excused, (), px, in_office=11, present_n=8,
                          represented=1, voting=9)

    start2 = d.b(d.locate("DÉLIBÉRATION N° CD-FON-2024-10", seq=False)[0])
    # act 1
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    visas1 = [d.clause("Vu le code général des collectivités territoriales ;"),
              d.clause("Vu la délibération du conseil municipal de Val-de-Sénelle n° 2019-003 du "
                       "7 janvier 2019 relative à la création du conseil de la commune déléguée "
                       "de Fontenelles ;")]
    dec1 = {"verb": "ÉMET", "span": d.span("ÉMET")}
    votes1 = [d.vote("Résultat du vote :   Pour : 7     Contre : 0     Abstentions : 2",
                     7, 0, 2)]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    amounts1 = [d.amount("148 000 €", 148000), d.amount("152 000 €", 152000)]
    d.reset()
    # "rentrée de septembre 2023" has no day: no date; the date in words
    # starts at "sept" (SMICTOM "Le neuf octobre …")
    dates1 = [d.date("lundi 7 octobre 2024", "2024-10-07"),
              d.date("sept octobre deux mille vingt-quatre", "2024-10-07"),
              d.date("30 septembre 2024", "2024-09-30"),
              d.date("2 août 2024", "2024-08-02"),
              d.date("11 septembre 2024", "2024-09-11"),
              d.date("17 octobre 2024", "2024-10-17"),
              d.date("7 janvier 2019", "2019-01-07")]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    # "section AB n° 212" is cadastre, no reference
    refs1 = [d.ref("code", "articles L.2113-17 et L.2511-15 du code général des collectivités "
                   "territoriales", code=CGCT, articles=["L.2113-17", "L.2511-15"]),
             d.ref("code", "code général des collectivités territoriales", code=CGCT,
                   at="Vu le code général"),
             d.ref("deliberation", "délibération du conseil municipal de Val-de-Sénelle n° "
                   "2019-003 du 7 janvier 2019", number="2019-003", date="2019-01-07")]
    d.reset()
    ids1 = [d.ident("postal_code", "72260", "72260"),
            d.ident("siret", "823 415 062 00012", "82341506200012")]
    a = doc(d, "deliberation", [0, start2], issuer, "CD-FON-2024-09",
            "Avis sur la désaffectation et la cession de l'ancienne école de Fontenelles",
            session=dict(session), att=att(), visas=visas1, dec=dec1, votes=votes1,
            amounts=amounts1, dates=dates1, refs=refs1, ids=ids1)
    # act 2: no séance block of its own; ARGUABLE: the block printed once
    # above both acts (session, lists, counts) is its séance too
    d.reset("DÉLIBÉRATION N° CD-FON-2024-10")
    dec2 = {"verb": "ÉMET", "span": d.span("ÉMET")}
    votes2 = [d.vote("à l'unanimité des membres présents et représentés", unanimous=True,
                     at="DÉLIBÉRATION N° CD-FON-2024-10")]
    # "Ont signé au registre les membres présents : …" (names without role)
    # is neither a signature nor an attendance list
    sigs2 = [d.signature("La Maire déléguée,", "Nadine CORBIN", "La Maire déléguée",
                         "Nadine CORBIN", "Fontenelles", "2024-10-07",
                         at="Fait et délibéré à Fontenelles")]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-10")
    amounts2 = [d.amount("1 200 €", 1200), d.amount("2 300 €", 2300), d.amount("450 €", 450),
                d.amount("3 950 €", 3950)]
    b = doc(d, "deliberation", [start2, len(d.raw)], issuer, "CD-FON-2024-10",
            "Avis sur les subventions 2025 aux associations de Fontenelles",
            session=dict(session), att=att(), dec=dec2, votes=votes2, sigs=sigs2,
            amounts=amounts2)
    d.write([a, b])


if __name__ == "__main__":
    fontenelles_registre()
