#!/usr/bin/env python3
"""Hand-written gold for the blind set I (corpusI) of corpus/extra-pending
(see README.md, section "Blind set (corpusI)"): the document still
pending, commune-verniolle-election-maire-2024 (the other three moved to
corpus/extra/make_gold_i.py).
Run: python3 make_gold_i.py

Same conventions and tooling as make_gold_g.py (it uses
corpus/extra/_goldlib.py, pointed at this directory with use_dir()).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


# ---------------------------------------------------------------- (a)
def verniolle_election():
    """procès-verbal of the installation of a municipal council and the
    election of the maire and adjoints: counts block, date in words,
    "Étaient présents :", "Absent ayant donné procuration : X (procuration
    à Y)", doyen d'âge presiding, numbered items, secret-ballot tallies
    ("a. … b. Nombre de votants (bulletins déposés) : 15 … e. Majorité
    absolue : 8", candidates with dotted leaders "…… 11 voix"), one item
    voted by show of hands, "du même code" / "du CGCT", side-by-side
    signatures"""
    d = DocB("commune-verniolle-election-maire-2024")
    d.reset("Étaient présents :")
    present = [d.P(t) for t in (
        "Mme Isabelle FAURÉ", "M. Paul DELMAS", "M. Julien ROUSSEL", "Mme Nathalie BERGÉ",
        "M. Thierry CAUJOLLE", "Mme Sophie AMIEL", "M. Marc SOULA", "Mme Coralie PIQUEMAL",
        "M. Alain DUCASSE-PONS", "Mme Laetitia RIVIÈRE", "M. Hugo GALEY",
        "Mme Martine VIDAL", "M. Yannick ESPY", "Mme Chloé TOURNIÉ")]
    # "Absent(s) ayant donné procuration : X (procuration à Y)": proxies only
    px = [d.proxy("M. Francis MAURY", "M. Paul DELMAS")]
    # the séance was opened and the maire elected under the doyen d'âge
    # ("sous la présidence de"); the new maire presided only from item 2's
    # end: president = the doyen
    d.reset("sous la présidence de")
    pres = d.P("M. Paul DELMAS")
    sec = d.P("Mme Chloé TOURNIÉ")
    # first operative verb (item 3)
    d.reset("après en avoir délibéré, DÉCIDE")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    # the secret-ballot elections (maire, adjoints) are no votes in the
    # contract's sense (votes for a candidate, blank ballots: no
    # for/against/abstention): only item 3, voted by show of hands
    votes = [d.vote("Adopté par 13 voix pour, 0 voix contre et 2 abstentions", 13, 0, 2)]
    # no place/date line: place and date null
    sigs = [d.signature("Le Maire,", "Julien ROUSSEL", "Le Maire", "Julien ROUSSEL", None, None),
            d.signature("La secrétaire de séance,", "Chloé TOURNIÉ", "La secrétaire de séance",
                        "Chloé TOURNIÉ", None, None)]
    d.reset()
    # "des 10 et 17 novembre 2024": two dates, the first with text "10"
    # (saint-julien's "du 15 au 31 janvier 2024")
    dates = [d.date("samedi 23 novembre 2024", "2024-11-23"),
             d.date("L'an deux mille vingt-quatre, le vingt-trois novembre", "2024-11-23"),
             d.date("10", "2024-11-10", at="des 10 et 17"),
             d.date("17 novembre 2024", "2024-11-17"),
             d.date("18 novembre 2024", "2024-11-18"),
             d.date("25 novembre 2024", "2024-11-25")]
    d.reset()
    refs = [d.ref("code", "articles L.2121-7 et L.2122-8 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2121-7", "L.2122-8"]),
            d.ref("code", "art. L.2121-15 du CGCT", code=CGCT, articles=["L.2121-15"]),
            d.ref("code", "articles L.2122-4, L.2122-7 et L.2122-7-2 du même code", code=CGCT,
                  articles=["L.2122-4", "L.2122-7", "L.2122-7-2"]),
            d.ref("code", "article L.2122-2 du CGCT", code=CGCT, articles=["L.2122-2"]),
            d.ref("code", "article L.1111-1-1 du CGCT", code=CGCT, articles=["L.1111-1-1"])]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VERNIOLLE-EN-BARTHE", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL ET DE L'ÉLECTION DU MAIRE "
            "ET DES ADJOINTS Séance du samedi 23 novembre 2024",
            session={"date": "2024-11-23", "place": "salle polyvalente",
                     "convened_on": "2024-11-18", "president": pres, "secretary": sec},
            att=attendance(present, (), (), px, in_office=15, present_n=14, represented=1,
                           voting=15),
            dec=dec, votes=votes, sigs=sigs, dates=dates, refs=refs)
    d.write([a])


if __name__ == "__main__":
    verniolle_election()
