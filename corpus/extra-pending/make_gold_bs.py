#!/usr/bin/env python3
"""Hand-written gold for the blind set BS (corpusBS) of corpus/extra-pending
(see README.md, section "Blind set (corpusBS)").
Run: python3 make_gold_bs.py

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
from _goldlib import CCP, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def orsenne():
    """EPCI délibération: delegates WITH THEIR COMMUNE, titulaires /
    SUPPLÉANTS sections, a "Pouvoirs :" list, an arrival."""
    d = DocH("cc-val-d-orsenne-deliberation-2026-041")
    pres = d.P("M. Bernard CHALVET", at="présidence de")
    present = d.persons("M. Bernard CHALVET", "Mme Josiane TEYSSIER", "M. Fabien ROUQUETTE",
                        "Mme Murielle AYGALENQ", "M. Pascal DELPECH", "Mme Hélène MAZARS",
                        "M. Didier VIGUIÉ", "M. Jérôme BOUSQUET", "Mme Sandrine CALMELS",
                        "M. Thierry COSTES", "Mme Odile PRADEL", at="titulaires présents")
    p1 = d.proxy("Mme Nathalie BESSIÈRE", "M. Pascal DELPECH", at="Pouvoirs :")
    p2 = d.proxy("M. Gilbert LACAZE", "M. Jérôme BOUSQUET")
    excused = [d.P("M. Alain FABRE", at="Absents excusés"), d.P("M. Raymond TRUEL")]
    absent = [d.P("M. Cédric MAUREL", at="Absent :")]
    sec = d.P("Mme Murielle AYGALENQ", at="Secrétaire de séance")
    att = attendance(present, excused, absent, [p1, p2], in_office=16, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-04-14", "place": "salle des fêtes de Lormont-sur-Orsenne",
               "convened_on": "2026-04-07", "president": pres, "secretary": sec}
    d.reset("Le Conseil communautaire,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 5214-16 ;"),
             d.clause("Vu la délibération n° 2025-118 du 9 décembre 2025 adoptant le "
                      "règlement des fonds de concours ;"),
             d.clause("Vu la demande de la commune de Brassac du 2 mars 2026 ;")]
    cons = [d.clause("Considérant que le montant du fonds de concours n'excède pas la part du "
                     "financement assurée, hors subventions, par la commune bénéficiaire ;")]
    votes = [d.vote("par 12 voix pour et 1 abstention (M. Fabien ROUQUETTE)", for_=12,
                    abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'attribuer", "138 600,00 € HT."),
            art(d, "2", None, "Article 2 :", "d'autoriser", "s'y rapportant.")]
    sigs = [d.signature("Le Président,", "Bernard CHALVET", "Le Président", "Bernard CHALVET",
                        "Lormont-sur-Orsenne", "2026-04-16", at="Le Président,\nBernard")]
    d.reset()
    amounts = [d.amount("45 000 €", 45000), d.amount("138 600,00 €", 138600, tax="HT")]
    d.reset()
    dates = [d.date("mardi 14 avril 2026", "2026-04-14"),
             d.date("L'an deux mille vingt-six, le quatorze avril", "2026-04-14"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("16 avril 2026", "2026-04-16")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 5214-16", code=CGCT, articles=["L.5214-16"]),
            d.ref("deliberation", "délibération n° 2025-118 du 9 décembre 2025",
                  number="2025-118", date="2025-12-09")]
    d.reset()
    ids = [d.ident("siren", "211 200 472", "211200472")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU VAL D'ORSENNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "2026-041",
            "Fonds de concours pour la rénovation de la salle polyvalente de Brassac",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def ravenne():
    """PV with ARRIVALS and DEPARTURES and the counts reprinted before each
    délibération."""
    d = DocH("ca-pays-de-ravenne-pv-2026-05")
    pres = d.P("Mme Claudine VERNHES", at="présidence de")
    present = d.persons("Mme Claudine VERNHES", "M. Olivier SABATHIER", "Mme Agnès LAFON",
                        "M. Yannick BOUDOU", "Mme Sylvie GINESTE", "M. Patrice SOULIÉ",
                        "Mme Laure CAUSSE", "M. Régis FOISSAC", "M. Henri CAMBON",
                        "Mme Paulette ALIBERT", "M. Christian BRU", "M. Serge VAYSSE",
                        "M. Kévin ROQUES", at="présents à l'ouverture")
    x1 = d.P("M. Daniel GAYRAUD", at="Excusés ayant")
    p1 = d.proxy(x1, "Mme Agnès LAFON")
    x2 = d.P("Mme Irène BOSC")
    p2 = d.proxy(x2, "M. Patrice SOULIÉ")
    x3 = d.P("M. Jean ARTUS", at="Excusé :")
    absent = [d.P("Mme Corinne VIDAL", at="Absents :"), d.P("M. Louis MARTY")]
    sec = d.P("Mme Laure CAUSSE", at="Secrétaire de séance")
    p3 = d.proxy("M. Olivier SABATHIER", "Mme Claudine VERNHES",
                 at="M. Olivier SABATHIER quitte")
    att = attendance(present, [x1, x2, x3], absent, [p1, p2, p3], in_office=18, present_n=13,
                     represented=2, voting=15)
    session = {"date": "2026-05-19", "place": "salle du conseil de Ravenne",
               "convened_on": "2026-05-12", "president": pres, "secretary": sec}
    d.reset("Délibération n° 2026-052 –")
    verb = d.span("FIXE")
    d.reset("Délibération n° 2026-051 –")
    votes = [d.vote("à l'unanimité", unanimous=True),
             d.vote("par 14 voix pour et 2 voix contre (M. Serge VAYSSE, M. Christian BRU)",
                    for_=14, against=2),
             d.vote("par 15 voix pour et 1 abstention", for_=15, abstention=1),
             d.vote("à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Présidente,", "Claudine VERNHES", "La Présidente",
                        "Claudine VERNHES", None, None, at="La Présidente,\nClaudine"),
            d.signature("La secrétaire de séance,", "Laure CAUSSE", "La secrétaire de séance",
                        "Laure CAUSSE", None, None, at="La secrétaire de séance,")]
    d.reset()
    amounts = [d.amount("96,50 €", 96.5), d.amount("18 400 €", 18400)]
    d.reset()
    dates = [d.date("mardi 19 mai 2026", "2026-05-19"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("mardi 19 mai 2026", "2026-05-19"),
             d.date("7 avril 2026", "2026-04-07"),
             d.date("3 avril 2026", "2026-04-03")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération n° 2026-051", number="2026-051"),
            d.ref("deliberation", "Délibération n° 2026-052", number="2026-052"),
            d.ref("deliberation", "délibération n° 2026-052", number="2026-052"),
            d.ref("deliberation", "Délibération n° 2026-053", number="2026-053"),
            d.ref("deliberation", "Délibération n° 2026-054", number="2026-054"),
            d.ref("code", "articles L. 2113-6 et L. 2113-7 du code de la commande publique",
                  code=CCP, articles=["L.2113-6", "L.2113-7"])]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE RAVENNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL Séance du mardi 19 mai 2026",
            session=session, att=att, dec={"verb": "FIXE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def causse_noir():
    """comité syndical with COLLÈGES and WEIGHTED VOTES; one collège does
    not vote."""
    d = DocH("syndicat-eaux-du-causse-noir-deliberation-2026-09")
    pres = d.P("M. André GAL", at="présidence de")
    present = d.persons("M. André GAL", "Mme Rose ARNAL", "M. Luc CAYLA", "M. Guy POUJOL",
                        "M. Marc SALLES", "Mme Hélène CAMMAS", "M. Noël BOYER",
                        "Mme Fanny AUGUY", at="Collège eau – délégués présents")
    x1 = d.P("Mme Anne JULIEN", at="Excusés :")
    x2 = d.P("M. Paul RAYNAL")
    p1 = d.proxy(x2, "M. André GAL")
    absent = [d.P("M. Jean VIALA", at="Absents :"), d.P("Mme Odette FABRE"),
              d.P("M. Yves ROUS")]
    sec = d.P("Mme Fanny AUGUY", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1], in_office=12, present_n=8,
                     represented=1, voting=9)
    session = {"date": "2026-03-26", "place": "maison de l'eau de Peyreleau",
               "convened_on": "2026-03-18", "president": pres, "secretary": sec}
    d.reset("Le Comité syndical,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2224-12-1 à L. 2224-12-4 et L. 5212-16 ;"),
             d.clause("Vu les statuts du syndicat approuvés par l'arrêté préfectoral "
                      "n° 12-2024-03-014 du 14 mars 2024 ;")]
    cons = [d.clause("Considérant que seuls les délégués du collège assainissement prennent "
                     "part au vote des affaires relevant de la compétence assainissement, "
                     "conformément à l'article L. 5212-16 du même code ;")]
    votes = [d.vote("par 6 voix pondérées pour et 2 voix pondérées contre (Mme Fanny AUGUY)",
                    for_=6, against=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "La redevance", "1er juillet 2026."),
            art(d, "2", None, "Article 2 :", "Le Président est chargé", "00013).")]
    sigs = [d.signature("Le Président,", "André GAL", "Le Président", "André GAL",
                        "Peyreleau", "2026-03-27", at="Le Président,\nAndré")]
    d.reset()
    amounts = [d.amount("1,85 €", 1.85, tax="HT"), d.amount("42,00 €", 42, tax="HT")]
    d.reset()
    dates = [d.date("jeudi 26 mars 2026", "2026-03-26"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("jeudi vingt-six mars deux mille vingt-six", "2026-03-26"),
             d.date("18 mars 2026", "2026-03-18"),
             d.date("14 mars 2024", "2024-03-14"),
             d.date("1er juillet 2026", "2026-07-01"),
             d.date("27 mars 2026", "2026-03-27")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2224-12-1 à L. 2224-12-4 et L. 5212-16", code=CGCT,
                  articles=["L.2224-12-1", "L.2224-12-4", "L.5212-16"]),
            d.ref("arrete", "arrêté préfectoral n° 12-2024-03-014 du 14 mars 2024",
                  number="12-2024-03-014", date="2024-03-14"),
            d.ref("code", "article L. 5212-16 du même code", code=CGCT,
                  articles=["L.5212-16"])]
    d.reset()
    ids = [d.ident("siret", "532 418 902 00013", "53241890200013")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DES EAUX DU CAUSSE NOIR",
             "body": "COMITÉ SYNDICAL"},
            "2026-09", "Tarifs de l'assainissement collectif au 1er juillet 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lignareix():
    """PV with a "Mandant → Mandataire" PROXY TABLE and a separate QUORUM
    sentence (no count line)."""
    d = DocH("cc-hauts-de-lignareix-pv-2026-06")
    pres = d.P("M. Francis CHASTANG", at="Présidence :")
    sec = d.P("Mme Aurélie PEYRAT", at="Secrétaire de séance")
    present = d.persons("M. Francis CHASTANG", "Mme Aurélie PEYRAT", "M. Thierry MONTEIL",
                        "Mme Ginette FAUGERAS", "M. Roland LACHAUD", "M. Julien DUMAS",
                        "Mme Nadine ESPINASSE", "M. Gérard BESSE", "M. Serge TRONCHE",
                        "Mme Élise MAZEAU", at="Délégués présents")
    p1 = d.proxy("M. Daniel JOUVE", "M. Thierry MONTEIL", at="Mandant ")
    p2 = d.proxy("Mme Sophie LAPLACE", "M. Julien DUMAS")
    p3 = d.proxy("M. Claude FAURIE", "M. Francis CHASTANG")
    excused = [d.P("M. Pierre VERGNE", at="Excusés sans pouvoir"), d.P("Mme Yvette COUDERT")]
    absent = [d.P("M. Hervé LAGRAVE", at="Absent :")]
    att = attendance(present, excused, absent, [p1, p2, p3], in_office=16, present_n=10)
    session = {"date": "2026-06-22", "place": "salle des fêtes de Lignareix",
               "convened_on": "2026-06-15", "president": pres, "secretary": sec}
    d.reset("1. Délibération")
    verb = d.span("APPROUVE")
    d.reset("1. Délibération")
    votes = [d.vote("pour 13, contre 0, abstention 0", for_=13, against=0, abstention=0),
             d.vote("pour 12, contre 0, abstention 0, ne prend pas part au vote : 1 "
                    "(M. Gérard BESSE, président de l'association)", for_=12, against=0,
                    abstention=0, not_voting=1),
             d.vote("à l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Président,", "Francis CHASTANG", "Le Président",
                        "Francis CHASTANG", "Lignareix", "2026-06-29",
                        at="Le Président,\nFrancis")]
    d.reset()
    amounts = [d.amount("24 500 €", 24500), d.amount("3 000 euros", 3000)]
    d.reset()
    dates = [d.date("LUNDI 22 JUIN 2026", "2026-06-22"),
             d.date("15 juin 2026", "2026-06-15"),
             d.date("29 juin 2026", "2026-06-29")]
    d.reset()
    refs = [d.ref("deliberation", "Délibération n° 2026-061", number="2026-061"),
            d.ref("deliberation", "Délibération n° 2026-062", number="2026-062"),
            d.ref("deliberation", "Délibération n° 2026-063", number="2026-063"),
            d.ref("code", "article L. 2224-17-1 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2224-17-1"])]
    d.reset()
    ids = [d.ident("siret", "810 452 334 00024", "81045233400024")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES HAUTS DE LIGNAREIX",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU LUNDI 22 JUIN 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    orsenne()
    ravenne()
    causse_noir()
    lignareix()
