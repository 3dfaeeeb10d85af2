#!/usr/bin/env python3
"""Hand-written gold for the blind set CE (corpusCE) of corpus/extra-pending
(see README.md, section "Blind set (corpusCE)"): a délibération printed
FIRST and followed by its ANNEXES in the same file; each annex is ONE
document (output.md: "a deliberation, then its annexes ... Each is one
document, in order") when it is a convention or a text with ARTICLES of its
own (règlement); a TABLE / plan de financement annex (no articles) stays
INSIDE the preceding document (lead's decision after the first run, the
convention of the earlier golds: see README "Gold corrections").
Run: python3 make_gold_ce.py

Every value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, CCH, CEDUC, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def basse_veranne():
    """CP délibération, then ANNEXE 1 convention, ANNEXE 2 grants table,
    ANNEXE 3 règlement (chapters, articles restarting at 1); form feeds,
    'CP du … page n/5' footers."""
    d = DocH("departement-basse-veranne-cp-2026-0214-annexes")
    c1 = d.b(d.s.index("ANNEXE 1\n"))
    c2 = d.b(d.s.index("ANNEXE 2\n"))
    c3 = d.b(d.s.index("ANNEXE 3\n"))
    pres = d.P("Mme Corinne VALLAURIS", at="présidence de")
    present = d.persons("Mme Corinne VALLAURIS", "M. Gilles FERRANDON", "Mme Anne-Sophie BRUYÈRE",
                        "M. Hervé CASTAGNÉ", "Mme Lydie MONTAGNAC", "M. Rachid BELKACEM",
                        "Mme Odette PRUNIER", "M. Serge LAMOTHE-DUPIN", at="Étaient présents")
    x1 = d.P("Mme Marion ESCUDIÉ", at="Absents excusés")
    p1 = d.proxy(x1, "M. Gilles FERRANDON")
    x2 = d.P("M. Paul TRÉBUCHET")
    att = attendance(present, [x1, x2], [], [p1])
    session = {"date": "2026-03-09", "place": "Hôtel du Département", "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("Le Conseil départemental,")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L. 3211-1 et L. 3211-2 ;"),
             d.clause("Vu le Code de la construction et de l'habitation, et notamment son "
                      "article L. 301-1 ;"),
             d.clause("Vu la délibération n° AD-2021-07-01 du Conseil départemental en date du "
                      "1er juillet 2021 portant délégation de compétences à la Commission "
                      "permanente ;"),
             d.clause("Vu le rapport de Madame la Présidente du Conseil départemental ;")]
    cons = [d.clause("Considérant que le maintien à domicile des personnes âgées passe par "
                     "l'adaptation de leur logement ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "montant de 45 000 €."),
            art(d, "2", None, "Article 2 :", "D'attribuer", "montant total de 9 850 €."),
            art(d, "3", None, "Article 3 :", "D'adopter", "annexe 3."),
            art(d, "4", None, "Article 4 :", "D'autoriser", "signer la convention.")]
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Présidente du Conseil départemental,", "Corinne VALLAURIS",
                        "La Présidente du Conseil départemental", "Corinne VALLAURIS",
                        "Vérannes", "2026-03-09", at="Fait à Vérannes, le 9")]
    d.reset()
    amounts = [d.amount("45 000 €", 45000), d.amount("9 850 €", 9850)]
    d.reset()
    dates = [d.date("lundi 9 mars 2026", "2026-03-09"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("9 mars 2026", "2026-03-09", at="Fait à Vérannes, le")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L. 3211-1 et L. 3211-2", code=CGCT,
                  articles=["L.3211-1", "L.3211-2"]),
            d.ref("code", "Code de la construction et de l'habitation, et notamment son "
                  "article L. 301-1", code=CCH, articles=["L.301-1"]),
            d.ref("deliberation", "délibération n° AD-2021-07-01 du Conseil départemental en "
                  "date du 1er juillet 2021", number="AD-2021-07-01", date="2021-07-01")]
    d.reset()
    ids = [d.ident("postal_code", "58021", "58021")]
    a = doc(d, "deliberation", [0, c1],
            {"collectivity": "DÉPARTEMENT DE LA BASSE-VÉRANNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-0214",
            "POLITIQUE DÉPARTEMENTALE DE L'HABITAT – PROGRAMME « BIEN VIEILLIR CHEZ SOI » – "
            "CONVENTION AVEC L'ASSOCIATION SOLIHA BASSE-VÉRANNE ET AIDES AUX PROPRIÉTAIRES AU "
            "TITRE DE 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    # ANNEXE 1: the convention
    d.reset("ANNEXE 1\n")
    verb2 = d.span("Il est convenu ce qui suit")
    arts2 = [art(d, "1", "Objet", "Article 1 – Objet", "L'association accompagne",
                 "d'adaptation."),
             art(d, "2", "Engagements financiers", "Article 2 – Engagements",
                 "Le Département verse", "31 janvier 2027."),
             art(d, "3", "Durée", "Article 3 – Durée", "La présente convention prend",
                 "31 décembre\n2026.")]
    sigs2 = [d.signature("Pour le Département,", "Corinne VALLAURIS",
                         "Pour le Département, La Présidente", "Corinne VALLAURIS",
                         "Vérannes", None, at="en deux exemplaires"),
             d.signature("Pour l'association,", "Jacques DORIGNAC",
                         "Pour l'association, Le Président", "Jacques DORIGNAC",
                         "Vérannes", None, at="en deux exemplaires")]
    d.reset("ANNEXE 1\n")
    amounts2 = [d.amount("45 000 €", 45000)]
    d.reset("ANNEXE 1\n")
    dates2 = [d.date("9 mars 2026", "2026-03-09"),
              d.date("31 janvier 2027", "2027-01-31"),
              d.date("31 décembre 2026", "2026-12-31")]
    d.reset("ANNEXE 1\n")
    refs2 = [d.ref("deliberation", "délibération de la Commission permanente n° CP-2026-0214 "
                   "du 9 mars 2026", number="CP-2026-0214", date="2026-03-09")]
    d.reset("ANNEXE 1\n")
    ids2 = [d.ident("siret", "812 345 775 00017", "81234577500017"),
            d.ident("postal_code", "58000", "58000")]
    # ANNEXE 2 (grants table, no articles) stays inside the preceding document
    # (lead's decision after the first run): its values are the convention's
    d.reset("ANNEXE 2\n")
    amounts3 = [d.amount("3 200 €", 3200), d.amount("2 450 €", 2450),
                d.amount("4 200 €", 4200), d.amount("9 850 €", 9850)]
    d.reset("ANNEXE 2\n")
    ids3 = [d.ident("siret", "441 239 878 00024", "44123987800024")]
    b = doc(d, "convention", [c1, c3],
            {"collectivity": "Département de la Basse-Véranne", "body": None}, None,
            "CONVENTION DE PARTENARIAT PROGRAMME « BIEN VIEILLIR CHEZ SOI » – ANNÉE 2026",
            dec={"verb": "Il est convenu ce qui suit", "span": verb2}, arts=arts2, sigs=sigs2,
            amounts=amounts2 + amounts3, dates=dates2, refs=refs2, ids=ids2 + ids3)
    check_inside(b)
    # ANNEXE 3: the règlement d'intervention
    d.reset("ANNEXE 3\n")
    arts4 = [art(d, "1", "Conditions d'éligibilité", "Article 1 – Conditions",
                 "Sont éligibles", "l'Agence nationale de l'habitat."),
             art(d, "2", "Dépense subventionnable", "Article 2 – Dépense",
                 "La dépense subventionnable est", "par logement."),
             art(d, "3", "Taux", "Article 3 – Taux", "L'aide est égale", "par dossier.")]
    d.reset("ANNEXE 3\n")
    amounts4 = [d.amount("12 000 €", 12000, tax="HT"), d.amount("4 200 €", 4200)]
    e = doc(d, "other", [c3, len(d.raw)], {"collectivity": None, "body": None}, None,
            "RÈGLEMENT D'INTERVENTION DU PROGRAMME « BIEN VIEILLIR CHEZ SOI »",
            arts=arts4, amounts=amounts4)
    check_inside(e)
    d.write([a, b, e])


def marches_d_aubrac():
    """Région, ASSEMBLÉE PLÉNIÈRE, 'Annexe n° k à la délibération n° …'
    headings under a running header; annex 1 règlement (TITRE / Article 1er),
    annex 2 plan de financement in two column pairs."""
    d = DocH("region-marches-d-aubrac-ap-2025-12-31-annexes")
    ff = [i for i, ch in enumerate(d.s) if ch == "\f"]
    c1, c2 = d.b(ff[0] + 1), d.b(ff[1] + 1)
    pres = d.P("M. Bernard AUZOLLES", at="présidence de")
    att = attendance(in_office=48, present_n=39, represented=6, voting=45)
    session = {"date": "2025-12-11", "place": "Hôtel de Région", "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("Votants : 45")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment son "
                      "article L. 4221-1 ;"),
             d.clause("Vu la délibération n° AP-2024-06-12 du 27 juin 2024 relative au schéma "
                      "régional d'aménagement ;")]
    cons = [d.clause("Considérant l'intérêt des tiers-lieux pour le maintien des services en "
                     "milieu rural ;")]
    verb = d.span("DÉLIBÈRE")
    arts = [art(d, "1", None, "Article 1er :", "Le règlement", "est adopté."),
            art(d, "2", None, "Article 2 :", "Une subvention", "annexe n° 2.")]
    votes = [d.vote("Pour : 37 – Contre : 5 – Abstentions : 3", for_=37, against=5,
                    abstention=3)]
    sigs = [d.signature("Le Président du Conseil régional,", "Bernard AUZOLLES",
                        "Le Président du Conseil régional", "Bernard AUZOLLES",
                        "Rodez-les-Monts", "2025-12-11", at="Rodez-les-Monts, le")]
    d.reset()
    amounts = [d.amount("84 000 €", 84000)]
    d.reset()
    dates = [d.date("11 DÉCEMBRE 2025", "2025-12-11"),
             d.date("jeudi 11 décembre 2025", "2025-12-11"),
             d.date("27 juin 2024", "2024-06-27"),
             d.date("11 décembre 2025", "2025-12-11", at="Rodez-les-Monts, le")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment son "
                  "article L. 4221-1", code=CGCT, articles=["L.4221-1"]),
            d.ref("deliberation", "délibération n° AP-2024-06-12 du 27 juin 2024",
                  number="AP-2024-06-12", date="2024-06-27")]
    a = doc(d, "deliberation", [0, c1],
            {"collectivity": "RÉGION DES MARCHES-D'AUBRAC", "body": "CONSEIL RÉGIONAL"},
            "AP-2025-12-31",
            "Fonds régional pour les tiers-lieux ruraux – adoption du règlement d'intervention "
            "et financement du tiers-lieu de Lanhac",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉLIBÈRE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    # annexe n° 1: règlement
    d.reset("Annexe n° 1 à la")
    refs2 = [d.ref("deliberation", "délibération n° AP-2025-12-31", number="AP-2025-12-31")]
    arts2 = [art(d, "1", "Objet", "Article 1er – Objet", "Le présent règlement",
                 "3 500 habitants."),
             art(d, "2", "Bénéficiaires", "Article 2 – Bénéficiaires", "Peuvent bénéficier",
                 "projet de tiers-lieu."),
             art(d, "3", "Montant", "Article 3 – Montant", "L'aide régionale",
                 "100 000 € par projet."),
             art(d, "4", "Versement", "Article 4 – Versement", "L'aide est versée",
                 "31 décembre 2027.")]
    d.reset("Annexe n° 1 à la")
    amounts2 = [d.amount("100 000 €", 100000)]
    dates2 = [d.date("31 décembre 2027", "2027-12-31")]
    # annexe n° 2: plan de financement (no articles): stays inside the preceding
    # document, the règlement (lead's decision after the first run)
    d.reset("Annexe n° 2 à la")
    refs3 = [d.ref("deliberation", "délibération n° AP-2025-12-31", number="AP-2025-12-31")]
    ids3 = [d.ident("siren", "200 055 614", "200055614")]
    d.reset("DÉPENSES (HT)")
    amounts3 = [d.amount("186 000,00 €", 186000), d.amount("84 000,00 €", 84000),
                d.amount("24 000,00 €", 24000), d.amount("63 000,00 €", 63000),
                d.amount("63 000,00 €", 63000), d.amount("210 000,00 €", 210000),
                d.amount("210 000,00 €", 210000)]
    b = doc(d, "other", [c1, len(d.raw)], {"collectivity": None, "body": None}, None,
            "RÈGLEMENT D'INTERVENTION FONDS RÉGIONAL POUR LES TIERS-LIEUX RURAUX",
            arts=arts2, amounts=amounts2 + amounts3, dates=dates2, refs=refs2 + refs3,
            ids=ids3)
    check_inside(b)
    d.write([a, b])


def haut_lizeron():
    """BUREAU délibération (extract), then 'Annexe 1 – Convention' (ARTICLE
    PREMIER, 'IL A ÉTÉ CONVENU'), 'Annexe 2 – …' beneficiaries table, each
    SIRET on the line under its name; no form feeds, no furniture."""
    d = DocH("departement-haut-lizeron-bureau-2026-017-annexes")
    c1 = d.b(d.s.index("Annexe 1 – Convention"))
    c2 = d.b(d.s.index("Annexe 2 – Aides"))
    present = d.persons("M. Yannick CHAMPEIX", "Mme Sylvie DARNAUD", "M. Loïc FERRIÈRE",
                        "Mme Nadia OUCHENE", "M. Armand PESTEIL", "Mme Claire VIGNAL",
                        "M. Denis ROUMAGNAC", "Mme Aurore LESTRADE", "M. Pierre-Yves MAZEL",
                        at="Présents : M.")
    pres = present[0]
    p1 = d.proxy("Mme Jeanne CROZATIER", "M. Yannick CHAMPEIX", at="Pouvoir :")
    absent = [d.P("M. Henri BOUSSAC", at="Absent :")]
    att = attendance(present, [], absent, [p1], in_office=11, present_n=9, voting=10)
    session = {"date": "2026-02-02", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("Le Bureau,")
    visas = [d.clause("VU le Code général des collectivités territoriales ;"),
             d.clause("VU la délibération du Conseil départemental n° CD-2025-118 du 15 "
                      "décembre 2025 donnant délégation au Bureau ;")]
    votes = [d.vote("par 9 voix pour et 1 abstention", for_=9, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "ARTICLE 1 :", "La convention", "est approuvée."),
            art(d, "2", None, "ARTICLE 2 :", "Les aides", "total de 17 300 €.")]
    sigs = [d.signature("Le Président,", "Yannick CHAMPEIX", "Le Président",
                        "Yannick CHAMPEIX", None, None, at="Pour extrait conforme")]
    d.reset()
    amounts = [d.amount("17 300 €", 17300)]
    d.reset()
    dates = [d.date("2 février 2026", "2026-02-02"), d.date("15 décembre 2025", "2025-12-15")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales", code=CGCT),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2025-118 du "
                  "15 décembre 2025", number="CD-2025-118", date="2025-12-15")]
    a = doc(d, "deliberation", [0, c1],
            {"collectivity": "DÉPARTEMENT DU HAUT-LIZERON", "body": "BUREAU"},
            "B-2026-017",
            "Soutien aux circuits courts – Convention avec la Chambre d'agriculture et aides "
            "aux ateliers de transformation",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.reset("Annexe 1 – Convention")
    verb2 = d.span("IL A ÉTÉ CONVENU CE QUI SUIT")
    arts2 = [art(d, "1", "OBJET", "ARTICLE PREMIER – OBJET", "La Chambre d'agriculture anime",
                 "projets de transformation."),
             art(d, "2", "FINANCEMENT", "ARTICLE 2 – FINANCEMENT", "Le Département alloue",
                 "Chambre d'agriculture."),
             art(d, "3", "CONTRÔLE", "ARTICLE 3 – CONTRÔLE", "La Chambre transmet",
                 "30 juin 2027.")]
    sigs2 = [d.signature("Le Président du Département,", "Yannick CHAMPEIX",
                         "Le Président du Département", "Yannick CHAMPEIX", None, None,
                         at="30 juin 2027."),
             d.signature("La Présidente de la Chambre,", "Martine GRANIER",
                         "La Présidente de la Chambre", "Martine GRANIER", None, None,
                         at="30 juin 2027.")]
    d.reset("Annexe 1 – Convention")
    amounts2 = [d.amount("25 000 €", 25000)]
    dates2 = [d.date("30 juin 2027", "2027-06-30")]
    d.reset("Annexe 1 – Convention")
    ids2 = [d.ident("siret", "398 122 457 00045", "39812245700045")]
    # Annexe 2 (beneficiaries table, no articles) stays inside the preceding
    # document, the convention (lead's decision after the first run)
    d.reset("Annexe 2 – Aides")
    dates3 = [d.date("2 février 2026", "2026-02-02")]
    d.reset("Annexe 2 – Aides")
    amounts3 = [d.amount("6 500 €", 6500), d.amount("5 800 €", 5800),
                d.amount("5 000 €", 5000), d.amount("17 300 €", 17300)]
    d.reset("Annexe 2 – Aides")
    ids3 = [d.ident("siret", "784 123 564 00220", "78412356400220"),
            d.ident("siret", "509 876 124 00017", "50987612400017"),
            d.ident("siret", "532 147 881 00017", "53214788100017")]
    b = doc(d, "convention", [c1, len(d.raw)],
            {"collectivity": "Département du Haut-Lizeron", "body": None}, "2026-AGRI-04",
            "CONVENTION D'OBJECTIFS N° 2026-AGRI-04",
            dec={"verb": "IL A ÉTÉ CONVENU CE QUI SUIT", "span": verb2}, arts=arts2,
            sigs=sigs2, amounts=amounts2 + amounts3, dates=dates2 + dates3,
            ids=ids2 + ids3)
    check_inside(b)
    d.write([a, b])


def nord_armor():
    """Région CP, ACTES stamp REPEATED at the top of every page (counted at
    each occurrence, in each document), délibération with a dash list and no
    articles, 'ANNEXE I' convention-cadre with its own visas and 'Art. n –
    Heading.' run-in articles, unsigned name-less signature blocks,
    'ANNEXE II' table whose cells carry no currency sign."""
    d = DocH("region-nord-armor-cp-2025-11-087-annexes")
    ff = [i for i, ch in enumerate(d.s) if ch == "\f"]
    c1, c2 = ff[0] + 1, ff[1] + 1
    ACTE = "044-234500676-20251120-CP2025_11_087-DE"

    def stamp(at):
        d.reset(at)
        dt = [d.date("21/11/2025", "2025-11-21"), d.date("21/11/2025", "2025-11-21")]
        i = [d.ident("acte", ACTE, ACTE)]
        return dt, i

    pres = d.P("Mme Gwenola KERVRAN", at="présidence de")
    att = attendance(present_n=14, represented=2, voting=16)
    session = {"date": "2025-11-20", "place": None, "convened_on": None,
               "president": pres, "secretary": None}
    d.reset("Votants : 16")
    visas = [d.clause("VU le Code général des collectivités territoriales ;"),
             d.clause("VU le Code de l'éducation, et notamment son article L. 442-16 ;"),
             d.clause("VU la délibération n° AP/2021/07/002 du 2 juillet 2021 portant "
                      "délégation à la Commission permanente ;")]
    verb = d.span("DÉCIDE")
    votes = [d.vote("ADOPTÉ À L'UNANIMITÉ", unanimous=True)]
    sigs = [d.signature("Pour la Présidente et par délégation,", "Erwan LE GOFF",
                        "Pour la Présidente et par délégation, Le Vice-Président délégué aux "
                        "lycées", "Erwan LE GOFF", None, None)]
    d.reset()
    amounts = [d.amount("57 600 €", 57600)]
    sd, si = stamp("Envoyé")
    d.reset("RÉGION NORD-ARMOR")
    dates = sd + [d.date("20 novembre 2025", "2025-11-20"),
                  d.date("20 novembre 2025", "2025-11-20"),
                  d.date("2 juillet 2021", "2021-07-02")]
    d.reset("Votants : 16")
    refs = [d.ref("code", "Code général des collectivités territoriales", code=CGCT),
            d.ref("code", "Code de l'éducation, et notamment son article L. 442-16",
                  code=CEDUC, articles=["L.442-16"]),
            d.ref("deliberation", "délibération n° AP/2021/07/002 du 2 juillet 2021",
                  number="AP/2021/07/002", date="2021-07-02")]
    a = doc(d, "deliberation", [0, d.b(c1)],
            {"collectivity": "RÉGION NORD-ARMOR",
             "body": "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL"},
            "CP/2025/11/087",
            "POLITIQUE ÉDUCATIVE – ÉQUIPEMENT NUMÉRIQUE DES LYCÉES PRIVÉS SOUS CONTRAT – "
            "CONVENTION-CADRE ET 1ÈRE AFFECTATION 2025",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=si)
    check_inside(a)
    # ANNEXE I
    sd2, si2 = stamp("ANNEXE I\n")
    d.cursor = c1
    sd2, si2 = [d.date("21/11/2025", "2025-11-21"), d.date("21/11/2025", "2025-11-21")], \
        [d.ident("acte", ACTE, ACTE)]
    visas2 = [d.clause("Vu le Code de l'éducation, et notamment son article L. 442-16 ;"),
              d.clause("Vu la délibération de la Commission permanente n° CP/2025/11/087 du "
                       "20 novembre 2025 ;")]
    verb2 = d.span("Il est convenu ce qui suit")
    arts2 = [art(d, "1", "Objet", "Art. 1 – Objet.", "La Région participe",
                 "de la dépense TTC."),
             art(d, "2", "Versement", "Art. 2 – Versement.", "La participation",
                 "30 septembre 2026."),
             art(d, "3", "Durée", "Art. 3 – Durée.", "La convention est", "pour trois ans.")]
    sigs2 = [d.signature("Pour la Région,", "La Présidente du Conseil régional",
                         "Pour la Région, La Présidente du Conseil régional", None, None, None,
                         at="pour trois ans."),
             d.signature("Pour l'établissement,", "Le chef d'établissement",
                         "Pour l'établissement, Le chef d'établissement", None, None, None,
                         at="pour trois ans.")]
    d.cursor = c1
    d.reset("CONVENTION-CADRE RELATIVE")
    dates2 = sd2 + [d.date("20 novembre 2025", "2025-11-20"),
                    d.date("30 septembre 2026", "2026-09-30")]
    d.reset("CONVENTION-CADRE RELATIVE")
    refs2 = [d.ref("code", "Code de l'éducation, et notamment son article L. 442-16",
                   code=CEDUC, articles=["L.442-16"]),
             d.ref("deliberation", "délibération de la Commission permanente n° "
                   "CP/2025/11/087 du 20 novembre 2025", number="CP/2025/11/087",
                   date="2025-11-20")]
    # ANNEXE II (table, no articles) stays inside the preceding document, the
    # convention (lead's decision after the first run); its page's stamp too
    d.cursor = c2
    sd3 = [d.date("21/11/2025", "2025-11-21"), d.date("21/11/2025", "2025-11-21")]
    si3 = [d.ident("acte", ACTE, ACTE)]
    si3 += [d.ident("siret", "42187736600045", "42187736600045"),
            d.ident("siret", "80045123900241", "80045123900241"),
            d.ident("siret", "88312457000101", "88312457000101")]
    b = doc(d, "convention", [d.b(c1), len(d.raw)],
            {"collectivity": "Région Nord-Armor", "body": None}, None,
            "CONVENTION-CADRE RELATIVE À L'ÉQUIPEMENT NUMÉRIQUE DES LYCÉES PRIVÉS SOUS "
            "CONTRAT D'ASSOCIATION",
            visas=visas2, dec={"verb": "Il est convenu ce qui suit", "span": verb2},
            arts=arts2, sigs=sigs2, dates=dates2 + sd3, refs=refs2, ids=si2 + si3)
    check_inside(b)
    d.write([a, b])


if __name__ == "__main__":
    basse_veranne()
    marches_d_aubrac()
    haut_lizeron()
    nord_armor()
