#!/usr/bin/env python3
"""Hand-written gold for the blind set CB (corpusCB) of corpus/extra-pending
(see README.md, section "Blind set (corpusCB)").
Run: python3 make_gold_cb.py

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
from _goldlib import CASF, CEDUC, CGCT, CTRA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

PCD = "Le Président du Conseil départemental"


def haute_verdanne():
    """CP of a conseil départemental: RAPPORT N° 12 (exposé + table), then
    its DÉLIBÉRATION with lists, per-group vote and an ANNEXE table."""
    d = DocH("departement-haute-verdanne-cp-2026-12")
    cut = d.s.index("DÉPARTEMENT DE LA HAUTE-VERDANNE\n\nDÉLIBÉRATION")
    B = d.b(cut)
    # ---- rapport
    sig_r = [d.signature("Le Président du Conseil départemental,", "Hugues MARTINEAU",
                         PCD, "Hugues MARTINEAU", None, None)]
    d.reset()
    amounts_r = [d.amount("240 000 €", 240000), d.amount("80 000 €", 80000, tax="HT"),
                 d.amount("62 400 €", 62400), d.amount("18 720 €", 18720),
                 d.amount("21 500 €", 21500), d.amount("6 450 €", 6450),
                 d.amount("48 000 €", 48000), d.amount("14 400 €", 14400),
                 d.amount("30 000 €", 30000), d.amount("9 000 €", 9000),
                 d.amount("161 900 €", 161900), d.amount("48 570 €", 48570),
                 d.amount("191 430 €", 191430)]
    d.reset()
    dates_r = [d.date("lundi 16 mars 2026", "2026-03-16"),
               d.date("15 décembre 2025", "2025-12-15"),
               d.date("4 mars 2026", "2026-03-04")]
    d.reset()
    refs_r = [d.ref("deliberation", "délibération n° 2025-CD-118 du 15 décembre 2025",
                    number="2025-CD-118", date="2025-12-15")]
    r = doc(d, "rapport", [0, B],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-VERDANNE",
             "body": "Direction de l'Aménagement et du Patrimoine"},
            "12", "FONDS D'AIDE AU PATRIMOINE RELIGIEUX RURAL - PREMIÈRE RÉPARTITION 2026",
            session={"date": "2026-03-16", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            sigs=sig_r, amounts=amounts_r, dates=dates_r, refs=refs_r)
    check_inside(r)
    # ---- délibération
    d.cursor = cut
    pres = d.P("M. Hugues MARTINEAU", at="Présidence de")
    present = d.persons("M. Hugues MARTINEAU", "Mme Claire DUVERGER", "M. Pascal ROYER",
                        "Mme Nadia BELKACEM", "M. Thierry LAGARDE",
                        "Mme Sophie FABRE-MOULIN", "M. Joël PERRIN", "Mme Agnès VIDAL",
                        at="Étaient présents")
    x1 = d.P("Mme Isabelle RIVET", at="Excusés :")
    x2 = d.P("M. Damien CLÉMENT")
    p1 = d.proxy("Mme Isabelle RIVET", "M. Pascal ROYER", at="Pouvoirs :")
    att = attendance(present, [x1, x2], [], [p1])
    session = {"date": "2026-03-16", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("La Commission permanente du Conseil")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L.3211-1 et L.3211-2 ;"),
             d.clause("Vu la délibération n° 2025-CD-118 du Conseil départemental du 15 "
                      "décembre 2025 portant règlement du fonds d'aide au patrimoine "
                      "religieux rural ;"),
             d.clause("Vu le rapport n° 12 du Président du Conseil départemental ;")]
    cons = [d.clause("Considérant l'intérêt patrimonial des édifices concernés ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer", "48 570 €."),
            art(d, "2", None, "Article 2 :", "D'autoriser", "attributifs correspondants."),
            art(d, "3", None, "Article 3 :", "Les crédits", "budget départemental 2026.")]
    i, _ = d.locate("Groupe Haute-Verdanne en Commun : Pour")
    _, j = d.locate("ADOPTÉ")
    votes = [{"for": 7, "against": 0, "abstention": 2, "not_voting": None,
              "absent_without_proxy": None, "unanimous": False,
              "for_groups": ["Groupe Haute-Verdanne en Commun",
                             "Groupe Socialiste et Apparentés"],
              "result": "adopted", "span": [d.b(i), d.b(j)]}]
    sigs = [d.signature("Le Président du Conseil départemental,", "Hugues MARTINEAU",
                        PCD, "Hugues MARTINEAU", "Vaulmont", "2026-03-16",
                        at="Fait à Vaulmont")]
    d.cursor = cut
    amounts = [d.amount("48 570 €", 48570), d.amount("18 720,00 €", 18720),
               d.amount("6 450,00 €", 6450), d.amount("14 400,00 €", 14400),
               d.amount("9 000,00 €", 9000), d.amount("48 570,00 €", 48570)]
    d.cursor = cut
    dates = [d.date("16 mars 2026", "2026-03-16"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("16 mars 2026", "2026-03-16")]
    d.cursor = cut
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L.3211-1 et L.3211-2", code=CGCT,
                  articles=["L.3211-1", "L.3211-2"]),
            d.ref("deliberation", "délibération n° 2025-CD-118 du Conseil départemental "
                  "du 15 décembre 2025", number="2025-CD-118", date="2025-12-15")]
    d.cursor = cut
    ids = [d.ident("siren", "217 104 124", "217104124"),
           d.ident("siren", "217 105 337", "217105337"),
           d.ident("siren", "217 106 871", "217106871"),
           d.ident("siren", "227 100 013", "227100013")]
    a = doc(d, "deliberation", [B, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-VERDANNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-03-12",
            "FONDS D'AIDE AU PATRIMOINE RELIGIEUX RURAL - PREMIÈRE RÉPARTITION 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([r, a])


def grand_estuaire():
    """séance plénière délibération with votes by group (counts per group
    only), then the Présidente's RAPPORT in the same file."""
    d = DocH("region-grand-estuaire-deliberation-sp-2026-041")
    cut = d.s.index("RÉGION GRAND-ESTUAIRE\nRAPPORT DE LA")
    B = d.b(cut)
    pres = d.P("Mme Véronique LANDREAU", at="sous la présidence de")
    att = attendance(in_office=63, present_n=55, represented=6, voting=61)
    session = {"date": "2026-04-09", "place": "Hôtel de Région de Port-Aurel",
               "convened_on": None, "president": pres, "secretary": None}
    d.reset("Présents : 55")
    visas = [d.clause("VU le Code général des collectivités territoriales, et notamment son "
                      "article L.4221-1 ;"),
             d.clause("VU le Code de l'éducation, et notamment ses articles L.214-6 et "
                      "L.214-7 ;"),
             d.clause("VU la délibération n° SP-2025-112 du 18 décembre 2025 relative au "
                      "budget primitif 2026 ;"),
             d.clause("VU l'avis de la commission Éducation, Lycées et Orientation du 26 "
                      "mars 2026 ;")]
    cons = [d.clause("Considérant que dix-neuf internats ne répondent plus aux normes "
                     "d'accueil ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "annexé au rapport."),
            art(d, "2", None, "Article 2 :", "D'affecter", "l'exercice 2026."),
            art(d, "3", None, "Article 3 :", "De confier", "mandat de maîtrise d'ouvrage.")]
    i, _ = d.locate("Pour : groupe Estuaire")
    _, j = d.locate("La délibération est adoptée")
    votes = [{"for": None, "against": None, "abstention": None, "not_voting": 1,
              "absent_without_proxy": None, "unanimous": False,
              "for_groups": ["groupe Estuaire Ensemble", "groupe Gauche Solidaire"],
              "result": "adopted", "span": [d.b(i), d.b(j)]}]
    sigs = [d.signature("La Présidente du Conseil régional,", "Véronique LANDREAU",
                        "La Présidente du Conseil régional", "Véronique LANDREAU",
                        "Port-Aurel", "2026-04-09", at="Port-Aurel, le")]
    d.reset()
    amounts = [d.amount("42,5 M€", 42500000), d.amount("8 750 000 €", 8750000)]
    d.reset()
    dates = [d.date("JEUDI 9 AVRIL 2026", "2026-04-09"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("18 décembre 2025", "2025-12-18"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("9 avril 2026", "2026-04-09", at="Port-Aurel, le")]
    d.reset("Présents : 55")
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment son "
                  "article L.4221-1", code=CGCT, articles=["L.4221-1"]),
            d.ref("code", "Code de l'éducation, et notamment ses articles L.214-6 et "
                  "L.214-7", code=CEDUC, articles=["L.214-6", "L.214-7"]),
            d.ref("deliberation", "délibération n° SP-2025-112 du 18 décembre 2025",
                  number="SP-2025-112", date="2025-12-18")]
    ids = [d.ident("siret", "200 045 128 00010", "20004512800010")]
    a = doc(d, "deliberation", [0, B],
            {"collectivity": "RÉGION GRAND-ESTUAIRE", "body": "CONSEIL RÉGIONAL"},
            "SP-2026-041",
            "Plan régional de rénovation des internats des lycées publics 2026-2030 - "
            "Affectation d'une autorisation de programme",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    # ---- rapport
    d.cursor = cut
    sig_r = [d.signature("La Présidente du Conseil régional,", "Véronique LANDREAU",
                         "La Présidente du Conseil régional", "Véronique LANDREAU",
                         None, None, at="Je vous propose d'approuver")]
    d.cursor = cut
    dates_r = [d.date("9 avril 2026", "2026-04-09")]
    amounts_r = [d.amount("8,75 M€", 8750000), d.amount("19,25 M€", 19250000),
                 d.amount("14,5 M€", 14500000), d.amount("42,5 M€", 42500000)]
    refs_r = [d.ref("code", "article L.1531-1 du CGCT", code=CGCT, articles=["L.1531-1"])]
    r = doc(d, "rapport", [B, len(d.raw)],
            {"collectivity": "RÉGION GRAND-ESTUAIRE",
             "body": "Direction de l'Éducation et des Lycées"},
            "26-04-07",
            "Plan régional de rénovation des internats des lycées publics 2026-2030",
            session={"date": "2026-04-09", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            sigs=sig_r, amounts=amounts_r, dates=dates_r, refs=refs_r)
    check_inside(r)
    d.write([a, r])


def lozere_haute():
    """département CP: RAPPORT with Direction / "Commission : 3 -
    Solidarités" / "Rapporteur :" lines, then the DÉLIBÉRATION with an
    amendment rejected before the verb."""
    d = DocH("departement-lozere-haute-deliberation-2026-cp-0412")
    cut = d.s.index("DÉPARTEMENT DE LA LOZÈRE-HAUTE\nCOMMISSION PERMANENTE")
    B = d.b(cut)
    amounts_r = [d.amount("24,80 €", 24.8), d.amount("25,40 €", 25.4),
                 d.amount("25,90 €", 25.9), d.amount("310 000 €", 310000)]
    d.reset()
    dates_r = [d.date("20 AVRIL 2026", "2026-04-20"),
               d.date("1er janvier 2025", "2025-01-01"),
               d.date("12 décembre 2025", "2025-12-12"),
               d.date("1er mai 2026", "2026-05-01")]
    d.reset()
    refs_r = [d.ref("decret", "décret n° 2025-1207 du 12 décembre 2025",
                    number="2025-1207", date="2025-12-12")]
    d.reset()
    ids_r = [d.ident("postal_code", "48900", "48900")]
    r = doc(d, "rapport", [0, B],
            {"collectivity": "DÉPARTEMENT DE LA LOZÈRE-HAUTE",
             "body": "Direction de l'Autonomie et de la Cohésion sociale"},
            "2026-CP-0412",
            "Revalorisation du tarif horaire de référence des services d'aide et "
            "d'accompagnement à domicile (SAAD) pour 2026",
            session={"date": "2026-04-20", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            amounts=amounts_r, dates=dates_r, refs=refs_r, ids=ids_r)
    check_inside(r)
    # ---- délibération
    d.cursor = cut
    pres = d.P("M. Bernard CASTANIER", at="présidence de M.")
    present = d.persons("M. Bernard CASTANIER", "Mme Fabienne ROUQUETTE", "M. Luc TEISSIER",
                        "Mme Odile BRUNEL", "M. Serge VALAT", "Mme Hélène MAURIN-PAGÈS",
                        "M. Cyril BONNAL", at="Présents :")
    x1 = d.P("Mme Laure COSTECALDE", at="Excusée :")
    p1 = d.proxy("Mme Laure COSTECALDE", "Mme Fabienne ROUQUETTE", at="Pouvoir :")
    ab = d.P("M. Didier FAGES", at="Absent :")
    att = attendance(present, [x1], [ab], [p1])
    session = {"date": "2026-04-20", "place": "Saint-Aurin", "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("Absent : M.")
    visas = [d.clause("Vu le Code de l'action sociale et des familles, et notamment ses "
                      "articles L.232-3 et L.314-2-1 ;"),
             d.clause("Vu le décret n° 2025-1207 du 12 décembre 2025 ;"),
             d.clause("Vu l'avis favorable de la commission « Solidarités » du 13 avril "
                      "2026 ;")]
    v1 = d.vote("rejeté par 2 voix pour et 6 voix contre", for_=2, against=6,
                result="rejected")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "ARTICLE 1 -", "Le tarif horaire", "1er mai 2026."),
            art(d, "2", None, "ARTICLE 2 -", "La dépense", "budget départemental.")]
    v2 = d.vote("Adopté par 6 voix pour et 2 abstentions", for_=6, abstention=2)
    sigs = [d.signature("Pour le Président et par délégation,", "Fabienne ROUQUETTE",
                        "Pour le Président et par délégation, La Vice-présidente "
                        "déléguée aux solidarités", "Fabienne ROUQUETTE", None, None,
                        at="BONNAL).")]
    d.cursor = cut
    amounts = [d.amount("27,00 €", 27), d.amount("25,90 €", 25.9)]
    d.cursor = cut
    dates = [d.date("20 avril 2026", "2026-04-20"),
             d.date("12 décembre 2025", "2025-12-12"),
             d.date("13 avril 2026", "2026-04-13"),
             d.date("1er mai 2026", "2026-05-01"),
             d.date("22 avril 2026", "2026-04-22")]
    d.cursor = cut
    refs = [d.ref("code", "Code de l'action sociale et des familles, et notamment ses "
                  "articles L.232-3 et L.314-2-1", code=CASF,
                  articles=["L.232-3", "L.314-2-1"]),
            d.ref("decret", "décret n° 2025-1207 du 12 décembre 2025",
                  number="2025-1207", date="2025-12-12")]
    ids = [d.ident("acte", "048-224800011-20260420-2026CP0412-DE",
                   "048-224800011-20260420-2026CP0412-DE")]
    a = doc(d, "deliberation", [B, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA LOZÈRE-HAUTE",
             "body": "COMMISSION PERMANENTE"},
            "2026-CP-0412",
            "Revalorisation du tarif horaire de référence des SAAD pour 2026",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=[v1, v2], sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([r, a])


def hauts_de_sorgue():
    """région CP: THREE small délibérations one after the other, each
    with its own header, number, Objet, counts, vote and articles."""
    d = DocH("region-hauts-de-sorgue-cp-2026-05-07")
    starts = [0]
    k = 0
    for _ in range(2):
        k = d.s.index("----------------------------------------------------------------------\n"
                      "RÉGION HAUTS-DE-SORGUE", k + 1)
        starts.append(k + 71)
    ends = starts[1:] + [len(d.s)]
    issuer = {"collectivity": "RÉGION HAUTS-DE-SORGUE", "body": "COMMISSION PERMANENTE"}
    docs = []

    def common(n, pres_name, counts):
        d.cursor = starts[n]
        pres = d.P(pres_name, at=None)
        return ({"date": "2026-05-07", "place": None, "convened_on": None,
                 "president": pres, "secretary": None}, attendance(*([()] * 4), **counts))

    c22 = dict(in_office=24, present_n=19, represented=3, voting=22)
    # act 1
    d.cursor = starts[0]
    date0 = d.date("7 mai 2026", "2026-05-07")
    ses, att = common(0, "M. Olivier GRANGEON", c22)
    visas = [d.clause("Vu le Code général des collectivités territoriales ;"),
             d.clause("Vu le règlement (UE) n° 2022/2472 de la Commission du 14 décembre "
                      "2022 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'attribuer", "180 000 €."),
            art(d, "2", None, "Article 2 :", "D'autoriser", "les conventions.")]
    votes = [d.vote("unanimité (22 voix)", for_=22, unanimous=True)]
    d.cursor = starts[0]
    amounts = [d.amount("180 000 €", 180000)]
    d.cursor = starts[0]
    dates = [date0, d.date("14 décembre 2022", "2022-12-14", at="Vu le règlement")]
    d.cursor = starts[0]
    refs = [d.ref("code", "Code général des collectivités territoriales", code=CGCT),
            d.ref("reglement", "règlement (UE) n° 2022/2472 de la Commission du 14 décembre "
                  "2022", number="2022/2472", date="2022-12-14")]
    a = doc(d, "deliberation", [d.b(starts[0]), d.b(ends[0])], issuer, "CP-26-05-031",
            "Aide à l'installation des jeunes agriculteurs - programmation n° 3",
            session=ses, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            arts=arts, votes=votes, amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    docs.append(a)
    # act 2
    d.cursor = starts[1]
    date0 = d.date("7 mai 2026", "2026-05-07")
    ses, att = common(1, "M. Olivier GRANGEON", c22)
    visas = [d.clause("Vu le Code des transports, et notamment son article L.2121-3 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "1 260 000 € HT."),
            art(d, "2", None, "Article 2 :", "D'affecter", "« Gares et haltes ».")]
    i, _ = d.locate("Pour : 16")
    _, j = d.locate("Adoptée")
    votes = [{"for": 16, "against": 4, "abstention": 2, "not_voting": None,
              "absent_without_proxy": None, "unanimous": False, "for_groups": [],
              "result": "adopted", "span": [d.b(i), d.b(j)]}]
    d.cursor = starts[1]
    amounts = [d.amount("1 260 000 €", 1260000, tax="HT")]
    d.cursor = starts[1]
    refs = [d.ref("code", "Code des transports, et notamment son article L.2121-3",
                  code=CTRA, articles=["L.2121-3"])]
    a = doc(d, "deliberation", [d.b(starts[1]), d.b(ends[1])], issuer, "CP-26-05-032",
            "Convention de financement de la halte ferroviaire de Lamotte-Sorgue avec "
            "SNCF Gares & Connexions",
            session=ses, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            arts=arts, votes=votes, amounts=amounts, dates=[date0], refs=refs)
    check_inside(a)
    docs.append(a)
    # act 3
    d.cursor = starts[2]
    date0 = d.date("7 mai 2026", "2026-05-07")
    ses, att = common(2, "Mme Claire ESCOFFIER",
                      dict(in_office=24, present_n=18, represented=3, voting=21))
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment son "
                      "article L.4135-19 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article unique :", "De conférer", "7 mars 2027.")]
    i, _ = d.locate("Pour : 14")
    _, j = d.locate("Adoptée")
    votes = [{"for": 14, "against": 0, "abstention": 7, "not_voting": None,
              "absent_without_proxy": None, "unanimous": False, "for_groups": [],
              "result": "adopted", "span": [d.b(i), d.b(j)]}]
    sigs = [d.signature("Le Président du Conseil régional,", "Olivier GRANGEON",
                        "Le Président du Conseil régional", "Olivier GRANGEON", None, None,
                        at="Certifié exécutoire")]
    d.cursor = starts[2]
    d.locate("Article unique")
    dates = [date0, d.date("27 février", "2027-02-27"), d.date("7 mars 2027", "2027-03-07")]
    d.cursor = starts[2]
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment son "
                  "article L.4135-19", code=CGCT, articles=["L.4135-19"])]
    a = doc(d, "deliberation", [d.b(starts[2]), d.b(ends[2])], issuer, "CP-26-05-033",
            "Mandat spécial des élus pour le salon international de l'agriculture 2027",
            session=ses, att=att, visas=visas, dec={"verb": "DÉCIDE", "span": verb},
            arts=arts, votes=votes, sigs=sigs, dates=dates, refs=refs)
    check_inside(a)
    docs.append(a)
    d.write(docs)


if __name__ == "__main__":
    haute_verdanne()
    grand_estuaire()
    lozere_haute()
    hauts_de_sorgue()
