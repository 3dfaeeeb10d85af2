#!/usr/bin/env python3
"""Hand-written gold for the blind set AL (corpusAL) of corpus/extra-pending
(see README.md, section "Blind set (corpusAL)").
Run: python3 make_gold_al.py

Same conventions and tooling as make_gold_ak.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside, collapse  # noqa: E402
from _goldlib import CASF, CCP, CGCT, DocH, art, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


class DocAL(DocH):
    """DocH with identifiers WRAPPED in a blank-aligned table column: the
    SIRET's first groups on the row's line, its last group on the next line
    under it, so that the row's later cells (objet, montant) sit inside the
    span. Its `text` is the SIRET's parts joined by one blank (the other
    cells left out, as DocB's column-cut names); check() is run with the
    collapsed source in its place."""
    def __init__(self, name):
        super().__init__(name)
        self.col_ids = {}

    def ident_cols(self, kind, first, last, value):
        i, _ = self.locate(first)
        _, j = self.locate(last)
        sp = [self.b(i), self.b(j)]
        text = first + " " + last
        self.col_ids[tuple(sp)] = text
        return {"kind": kind, "value": value, "text": text, "span": sp}

    def verify(self, out):
        saved = []
        for dd in out["documents"]:
            for x in dd["identifiers"]:
                if tuple(x["span"]) in self.col_ids:
                    src = collapse(self.src(x["span"]))
                    assert src.startswith(x["text"].split()[0]) and src.endswith(x["text"].split()[-1])
                    saved.append((x, x["text"]))
                    x["text"] = src
        try:
            super().verify(out)
        finally:
            for x, t in saved:
                x["text"] = t


def vernouillet_ccas():
    """Délibération of a CCAS conseil d'administration whose ATTENDANCE IS
    LISTED PER KIND OF MEMBER under two capital sub-headings ("MEMBRES ÉLUS
    PAR LE CONSEIL MUNICIPAL" / "MEMBRES NOMMÉS PAR LE MAIRE"), each with
    its own indented "Présents :" / "Excusés :" / "Absent :" labels and ONE
    NAME A LINE (the nommés with their association in brackets, the
    maire "(Maire, Président de droit)" among the excused, the
    vice-présidente "(Vice-présidente)" among the present); the séance
    presided by the Vice-présidente "M. X, Maire, Président de droit, étant
    excusé"; counts one per line; two secours d'urgence (amount, weekly
    aid over eight weeks with a date range, amount in words then digits);
    vote with one abstention named."""
    d = DocAL("ccas-vernouillet-sur-laye-ca-2026-07")
    pres = d.P("Mme Corinne ABADIE-LESCURE", at="la séance est présidée par")
    present = d.persons("Mme Corinne ABADIE-LESCURE", "M. Thierry GOURDON",
                        "Mme Pascale VINCENDEAU", "M. Hervé LAMBLIN", at="MEMBRES ÉLUS")
    x1 = d.P("M. Daniel ROUSSEL", at="Excusés :")
    x2 = d.P("Mme Odile PERCHERON")
    h2 = d.P("M. Thierry GOURDON")
    ab1 = d.P("M. Alain FOUCHER", at="Absent :")
    present += d.persons("Mme Lucienne BARREAU", "M. Jacques TESSERON", "Mme Sabine HUCHET",
                         "M. Karim BELHADJ", at="MEMBRES NOMMÉS")
    x3 = d.P("Mme Geneviève RABOUIN", at="Excusée :")
    h3 = d.P("Mme Lucienne BARREAU")
    ab2 = d.P("M. Fabrice OUVRARD", at="MEMBRES NOMMÉS")
    proxies = [d.proxy(x2, h2), d.proxy(x3, h3)]
    sec = d.P("Mme Pascale VINCENDEAU", at="Secrétaire de séance")
    att = attendance(present, [x1, x2, x3], [ab1, ab2], proxies, in_office=13, present_n=8,
                     represented=2, voting=10)
    session = {"date": "2026-03-26", "place": "Maison des solidarités",
               "convened_on": "2026-03-18", "president": pres, "secretary": sec}
    d.reset("sous leur seul numéro")
    visas = [d.clause("Vu le code de l'action sociale et des familles, notamment ses articles "
                      "L. 123-5, L. 123-6 et R. 123-21 ;"),
             d.clause("Vu le règlement des aides sociales facultatives adopté par la délibération "
                      "n° CA-2025-19 du 4 décembre 2025 ;"),
             d.clause("Vu l'avis de la commission permanente des aides du 19 mars 2026 ;")]
    cons = [d.clause("Considérant que les deux foyers concernés se trouvent dans une situation "
                     "de précarité soudaine qui ne peut attendre l'ouverture de leurs droits "
                     "légaux ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Un secours d'urgence", "au fournisseur."),
            art(d, "2", None, "Article 2 :", "Une aide alimentaire", "bons d'achat nominatifs."),
            art(d, "3", None, "Article 3 :", "La dépense totale", "budget 2026 du CCAS."),
            art(d, "4", None, "Article 4 :", "La Vice-présidente est chargée",
                "de la présente délibération.")]
    votes = [d.vote("Pour : 9 – Contre : 0 – Abstention : 1 (M. Hervé LAMBLIN) Adoptée à la "
                    "majorité.", for_=9, against=0, abstention=1)]
    sigs = [d.signature("Pour le Président empêché,", "Corinne ABADIE-LESCURE",
                        "Pour le Président empêché, La Vice-présidente",
                        "Corinne ABADIE-LESCURE", "Vernouillet-sur-Laye", "2026-03-27",
                        at="Fait à Vernouillet-sur-Laye")]
    d.reset("DÉCIDE :")
    amounts = [d.amount("450,00 €", 450),
               d.amount("60 €", 60),
               d.amount("quatre cent quatre-vingts euros", 480),
               d.amount("480 €", 480),
               d.amount("930 €", 930)]
    d.reset()
    dates = [d.date("26 mars 2026", "2026-03-26"),
             d.date("vingt-six mars deux mille vingt-six", "2026-03-26"),
             d.date("18 mars 2026", "2026-03-18"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("19 mars 2026", "2026-03-19"),
             d.date("30 mars 2026", "2026-03-30"),
             d.date("24 mai 2026", "2026-05-24"),
             d.date("27 mars 2026", "2026-03-27"),
             d.date("30/03/2026", "2026-03-30"),
             d.date("31/03/2026", "2026-03-31")]
    d.reset("sous leur seul numéro")
    refs = [d.ref("code", "code de l'action sociale et des familles, notamment ses articles "
                  "L. 123-5, L. 123-6 et R. 123-21", code=CASF,
                  articles=["L.123-5", "L.123-6", "R.123-21"]),
            d.ref("deliberation", "délibération n° CA-2025-19 du 4 décembre 2025",
                  number="CA-2025-19", date="2025-12-04")]
    d.reset()
    ids = [d.ident("postal_code", "49380", "49380"),
           d.ident("phone", "02 41 78 33 60", "0241783360"),
           d.ident("email", "ccas@vernouillet-sur-laye.fr", "ccas@vernouillet-sur-laye.fr"),
           d.ident("acte", "049-264901376-20260326-CA202607-DE",
                   "049-264901376-20260326-CA202607-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE COMMUNAL D'ACTION SOCIALE DE VERNOUILLET-SUR-LAYE",
             "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2026-07",
            "Aide sociale facultative – Attribution de secours d'urgence au titre du fonds "
            "communal d'aide aux familles",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def serrane_two_seances():
    """ONE FILE holding the PROCÈS-VERBAUX of TWO SÉANCES of the same
    conseil communautaire under one letterhead (two documents): the séance
    of 3 June, opened with its quorum, two items voted ("Délibération n° …
    : title" headings, capital verbs inside sentences, "Vote : adoptée à
    l'unanimité (18 voix pour)." / "Vote : Pour : 15 – Contre : 2 –
    Abstention : 1."), then three members leave "sans donner de pouvoir",
    "Le quorum n'étant plus atteint (douze délégués présents sur
    vingt-sept)", the séance is closed and the other items postponed, its
    own "Fait à" and two signatures; then the "PROCÈS-VERBAL DE LA SÉANCE DE
    REPRISE … DU MERCREDI 17 JUIN 2026", reconvened ("reconvoqué le 8 juin
    2026 …, il délibère valablement sans condition de quorum", L. 2121-17
    CGCT "rendu applicable par l'article L. 5211-1 du même code"), its own
    convocation date, counts, lists, secretary, three items (one
    unanimous without counts, one REJECTED) and signatures."""
    d = DocAL("cc-haut-val-de-serrane-pv-2026-06-03-et-17")
    C = d.s.index("PROCÈS-VERBAL DE LA SÉANCE DE REPRISE")
    CB = d.b(C)
    issuer = {"collectivity": "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL DE SERRANE",
              "body": "CONSEIL COMMUNAUTAIRE"}
    # ---- séance 1 (3 June) --------------------------------------------
    pres = d.P("M. Bernard CAZALIS", at="sous la présidence de")
    present = d.persons("M. Bernard CAZALIS", "Mme Annie SOUBIRAN", "M. Gilles ESCANDE",
                        "Mme Maryse TOURNIÉ", "M. Patrick BOUSQUET-MIRAL", "Mme Claudine FABRE",
                        "M. Henri ROUANET", "Mme Josiane PUJADE", "M. Didier MARTY",
                        "Mme Évelyne CROS", "M. Robert GUIRAUD", "Mme Nathalie SICRE",
                        "M. Jean-Claude AZÉMA", "Mme Simone BÈS", "M. Laurent OLIVE",
                        at="Présents :")
    d.reset("Excusés ayant donné pouvoir")
    x1, h1 = d.P("Mme Lucie RAYNAUD"), d.P("M. Bernard CAZALIS")
    x2, h2 = d.P("M. Marc VIDAL"), d.P("Mme Annie SOUBIRAN")
    x3, h3 = d.P("Mme Agnès CARRIÈRE"), d.P("M. Didier MARTY")
    proxies = [d.proxy(x1, h1), d.proxy(x2, h2), d.proxy(x3, h3)]
    exc = d.persons("M. Paul CAYLA", "Mme Sandrine LLORET", "M. Joël BARTHÈS", "Mme Odette MIR",
                    at="Excusés : M. Paul")
    absent = d.persons("M. Francis SERRES", "M. Alain TAILHADES", "Mme Claire POUS",
                       "M. Serge ALBERT", "M. Yves CAMBON", at="Absents :")
    sec = d.P("Mme Claudine FABRE", at="Mme Claudine FABRE est désignée")
    att = attendance(present, [x1, x2, x3] + exc, absent, proxies, in_office=27, present_n=15,
                     represented=3, voting=18)
    session = {"date": "2026-06-03", "place": "salle des fêtes de Lagrasse-Haute",
               "convened_on": "2026-05-27", "president": pres, "secretary": sec}
    verb = d.span("ATTRIBUE", at="1. Délibération")
    d.reset("1. Délibération")
    votes = [d.vote("adoptée à l'unanimité (18 voix pour)", for_=18, unanimous=True),
             d.vote("Pour : 15 – Contre : 2 – Abstention : 1", for_=15, against=2,
                    abstention=1)]
    A = "Fait à Castelmaure-d'Aude, le 4 juin"
    sigs = [d.signature("Le Président,", "Bernard CAZALIS", "Le Président", "Bernard CAZALIS",
                        "Castelmaure-d'Aude", "2026-06-04", at=A),
            d.signature("La secrétaire de séance,", "Claudine FABRE", "La secrétaire de séance",
                        "Claudine FABRE", "Castelmaure-d'Aude", "2026-06-04", at=A)]
    d.reset("1. Délibération")
    amounts = [d.amount("612 400,00 €", 612400, tax="HT"),
               d.amount("148 000 €", 148000, tax="HT"),
               d.amount("37 000 €", 37000)]
    d.reset()
    dates = [d.date("MERCREDI 3 JUIN 2026", "2026-06-03"),
             d.date("27 mai 2026", "2026-05-27"),
             d.date("L'an deux mille vingt-six, le trois juin", "2026-06-03"),
             d.date("21 mai 2026", "2026-05-21"),
             d.date("12 décembre 2024", "2024-12-12"),
             d.date("4 juin 2026", "2026-06-04")]
    d.reset("1. Délibération")
    refs = [d.ref("deliberation", "Délibération n° 2026-041", number="2026-041"),
            d.ref("deliberation", "Délibération n° 2026-042", number="2026-042"),
            d.ref("deliberation", "délibération n° 2024-118 du 12 décembre 2024",
                  number="2024-118", date="2024-12-12")]
    d.reset()
    ids = [d.ident("postal_code", "11390", "11390"),
           d.ident("phone", "04 68 26 51 90", "0468265190"),
           d.ident("email", "accueil@cc-hautvaldeserrane.fr", "accueil@cc-hautvaldeserrane.fr"),
           d.ident("siren", "200 073 815", "200073815"),
           d.ident("siret", "412 873 952 00029", "41287395200029")]
    a1 = doc(d, "proces_verbal", [0, CB], issuer, None,
             "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU MERCREDI 3 JUIN 2026",
             session=session, att=att, dec={"verb": "ATTRIBUE", "span": verb}, votes=votes,
             sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a1)
    # ---- séance 2 (17 June, reprise) ------------------------------------
    R = "PROCÈS-VERBAL DE LA SÉANCE DE REPRISE"
    d.reset(R)
    pres2 = d.P("M. Bernard CAZALIS", at="sous la présidence de M. Bernard CAZALIS, Président. "
                "Le quorum n'étant plus")
    present2 = d.persons("M. Bernard CAZALIS", "Mme Annie SOUBIRAN", "M. Gilles ESCANDE",
                         "M. Patrick BOUSQUET-MIRAL", "Mme Claudine FABRE", "M. Henri ROUANET",
                         "M. Didier MARTY", "Mme Évelyne CROS", "Mme Nathalie SICRE",
                         "M. Jean-Claude AZÉMA", "M. Paul CAYLA",
                         at="Présents : M. Bernard CAZALIS, Mme Annie SOUBIRAN, M. Gilles ESCANDE, "
                         "M. Patrick")
    d.reset("Excusés ayant donné pouvoir : Mme Maryse")
    y1, k1 = d.P("Mme Maryse TOURNIÉ"), d.P("Mme Annie SOUBIRAN")
    y2, k2 = d.P("Mme Josiane PUJADE"), d.P("M. Henri ROUANET")
    proxies2 = [d.proxy(y1, k1), d.proxy(y2, k2)]
    exc2 = d.persons("Mme Lucie RAYNAUD", "M. Marc VIDAL", "Mme Agnès CARRIÈRE",
                     "Mme Sandrine LLORET", "M. Joël BARTHÈS", "Mme Odette MIR",
                     at="Excusés : Mme Lucie")
    absent2 = d.persons("M. Robert GUIRAUD", "Mme Simone BÈS", "M. Laurent OLIVE",
                        "M. Francis SERRES", "M. Alain TAILHADES", "Mme Claire POUS",
                        "M. Serge ALBERT", "M. Yves CAMBON", at="Absents : M. Robert")
    sec2 = d.P("M. Didier MARTY", at="M. Didier MARTY est désigné")
    att2 = attendance(present2, [y1, y2] + exc2, absent2, proxies2, in_office=27,
                      present_n=11, represented=2, voting=13)
    session2 = {"date": "2026-06-17", "place": "siège de la communauté de communes, salle du "
                "conseil", "convened_on": "2026-06-08", "president": pres2, "secretary": sec2}
    verb2 = d.span("FIXE", at="3. Délibération")
    d.reset("3. Délibération")
    votes2 = [d.vote("Pour : 11 – Contre : 0 – Abstentions : 2", for_=11, against=0,
                     abstention=2),
              d.vote("adoptée à l'unanimité", unanimous=True),
              d.vote("Pour : 4 – Contre : 7 – Abstentions : 2. La délibération est rejetée.",
                     for_=4, against=7, abstention=2, result="rejected")]
    A2 = "Fait à Castelmaure-d'Aude, le 18 juin"
    sigs2 = [d.signature("Le Président,", "Bernard CAZALIS", "Le Président", "Bernard CAZALIS",
                         "Castelmaure-d'Aude", "2026-06-18", at=A2),
             d.signature("Le secrétaire de séance,", "Didier MARTY", "Le secrétaire de séance",
                         "Didier MARTY", "Castelmaure-d'Aude", "2026-06-18", at=A2)]
    d.reset("3. Délibération")
    amounts2 = [d.amount("186 €", 186),
                d.amount("312 €", 312),
                d.amount("1,20 €", 1.2),
                d.amount("14 500 €", 14500)]
    d.reset(R)
    dates2 = [d.date("MERCREDI 17 JUIN 2026", "2026-06-17"),
              d.date("8 juin 2026", "2026-06-08"),
              d.date("L'an deux mille vingt-six, le dix-sept juin", "2026-06-17"),
              d.date("3 juin 2026", "2026-06-03"),
              d.date("8 juin 2026", "2026-06-08"),
              d.date("1er septembre 2026", "2026-09-01"),
              d.date("1er juillet 2026", "2026-07-01"),
              d.date("18 juin 2026", "2026-06-18")]
    d.reset(R)
    refs2 = [d.ref("code", "article L. 2121-17 du code général des collectivités territoriales",
                   code=CGCT, articles=["L.2121-17"]),
             d.ref("code", "article L. 5211-1 du même code", code=CGCT, articles=["L.5211-1"]),
             d.ref("deliberation", "Délibération n° 2026-043", number="2026-043"),
             d.ref("deliberation", "Délibération n° 2026-044", number="2026-044"),
             d.ref("deliberation", "Délibération n° 2026-045", number="2026-045")]
    a2 = doc(d, "proces_verbal", [CB, len(d.raw)], issuer, None,
             "PROCÈS-VERBAL DE LA SÉANCE DE REPRISE DU CONSEIL COMMUNAUTAIRE DU MERCREDI 17 JUIN "
             "2026",
             session=session2, att=att2, dec={"verb": "FIXE", "span": verb2}, votes=votes2,
             sigs=sigs2, amounts=amounts2, dates=dates2, refs=refs2)
    check_inside(a2)
    d.write([a1, a2])


# the annex rows: (beneficiary, SIRET as printed (a wrapped one as its two parts), SIRET value, amount cell, value)
ROWS = [
    ('Union sportive floracoise (rugby)', '783 412 059 00017', '78341205900017', '2 500 €', 2500),
    ('Cyclo-club des Causses', '441 287 307 00025', '44128730700025', '1 200 €', 1200),
    ('Association Lozerne Trail', '812 660 348 00010', '81266034800010', '3 800 €', 3800),
    ("Judo-club de Saint-Alban-d'Olt", '502 138 977 00033', '50213897700033', '950 €', 950),
    ('Tennis-club de la Vallée', '42987156900019', '42987156900019', '600 €', 600),
    ('Entente cycliste des Hauts Plateaux', ('790 123 541', '00027'), '79012354100027', '4 200 €', 4200),
    ('Basket-club florac-vébron', '388 654 121 00010', '38865412100010', '1 750 €', 1750),
    ('Amicale laïque de Marvejols-Ville', '775 302 193 00047', '77530219300047', '400 €', 400),
    ('Club alpin de la Margeride', '411 762 834 00025', '41176283400025', '1 100 €', 1100),
    ('Canoë-kayak des Gorges du Tarnon', '53320871600019', '53320871600019', '2 250 €', 2250),
    ('Association des coureurs du Mont Lozerne', '804 516 375 00016', '80451637500016', '3 000 €', 3000),
    ('Football-club de Langogne-Naussac', '397 541 285 00037', '39754128500037', '2 800 €', 2800),
    ('Pétanque bleymardoise', '842 136 905 00010', '84213690500010', '500 €', 500),
    ('Vélo-club mendois', '456 720 317 00027', '45672031700027', '1 600 €', 1600),
    ('Équitation et attelage du Gévaudan', '51890342200013', '51890342200013', '1 350 €', 1350),
    ('Handball-club de la Colagne', '789 021 565 00013', '78902156500013', '700 €', 700),
    ('Association sportive du collège Henri-Bourrillon', ('194 800 124', '00019'), '19480012400019', '850 €', 850),
    ('Lozerne Moto Verte', '492 178 637 00020', '49217863700020', '5 500 €', 5500),
    ('Escalade Causse Méjean', '820 345 171 00012', '82034517100012', '900 €', 900),
    ('Rugby-club de la Margeride', '37618294500042', '37618294500042', '1 900 €', 1900),
    ('Athlétic-club marvejolais', '433 901 725 00013', '43390172500013', '1 450 €', 1450),
    ('Natation Lozerne Sud', '527 814 602 00035', '52781460200035', '2 000 €', 2000),
    ('Ski-club du Mont Aigoual-Est', '406 752 196 00013', '40675219600013', '1 150 €', 1150),
    ('Badminton-club de la Truyère', '815 093 729 00029', '81509372900029', '550 €', 550),
    ('Association Aubrac Sport Nature', ('798 431 201', '00010'), '79843120100010', '2 700 €', 2700),
    ("Tir à l'arc du Valdonnez", '445 068 315 00016', '44506831500016', '450 €', 450),
    ('Gymnastique volontaire de Langogne-Naussac', '509 842 613 00028', '50984261300028', '600 €', 600),
    ('Volley-ball club mendois', '381 290 741 00010', '38129074100010', '800 €', 800),
    ("Course d'orientation Cévennes-Lozerne", '836 721 050 00018', '83672105000018', '6 000 €', 6000),
    ('Les Randonneurs du Tarnon', '42218597500030', '42218597500030', '350 €', 350),
    ('Karaté-club de la Jonte', '514 306 893 00017', '51430689300017', '500 €', 500),
    ('Boxe éducative mendoise', '807 612 437 00028', '80761243700028', '650 €', 650),
    ('Association Triathlon des Lacs', '468 930 151 00013', '46893015100013', '3 300 €', 3300),
    ('Sport adapté Lozerne', '395 128 762 00014', '39512876200014', '1 000 €', 1000),
    ('Rallye automobile club du Gévaudan', '77215048800033', '77215048800033', '25 000 €', 25000),
    ('Foyer rural de Barre-des-Causses', '430 769 125 00013', '43076912500013', '750 €', 750),
    ('Club de parapente Les Ailes du Méjean', '826 091 340 00024', '82609134000024', '1 050 €', 1050),
    ('Tennis de table de la Haute-Truyère', '530 482 710 00015', '53048271000015', '1 250 €', 1250),
    ('Association Équi-Lozerne', '487 319 626 00015', '48731962600015', '2 150 €', 2150),
    ('Spéléo-club des Grands Causses', '41862357500028', '41862357500028', '400 €', 400),
    ('Union cycliste de la Haute-Allier', '795 306 844 00015', '79530684400015', '3 600 €', 3600),
    ('Amicale des sapeurs-pompiers sportifs', '384 972 105 00017', '38497210500017', '480,50 €', 480.5),
]


def lozerne_annex_table():
    """Délibération of a DÉPARTEMENT's COMMISSION PERMANENTE attributing
    subsidies, with an ANNEX TABLE of 42 beneficiaries after the signature
    and the ACTES lines: "ANNEXE À LA DÉLIBÉRATION N° …" + a title line,
    blank-aligned columns "N° / Bénéficiaire / Commune / SIRET / Objet /
    Montant", one row each, SIRETs with blanks and (every fifth row)
    without, THREE SIRETs WRAPPED over two lines (the last group "000nn" on
    the next line under the column; one row's beneficiary also wraps), a
    cent amount "480,50 €", a "TOTAL (42 bénéficiaires)" row; the
    deliberative part: CEDEX postal code + CS, url, capitals OBJET on two
    lines, date in words without "L'an", counts on one dash line, five "VU"
    (CGCT three articles, the délégation délibération "du Conseil
    départemental du …", the règlement adopted by a délibération, the
    budget primitif "adopté le …", the rapport), one CONSIDÉRANT, bare
    "DÉCIDE", four infinitive articles (a loi article in article 3), vote
    "Adopté à l'unanimité des suffrages exprimés."."""
    d = DocAL("departement-haute-lozerne-cp-2026-05-117")
    pres = d.P("M. Jean-Louis PRADAL", at="sous la présidence de")
    att = attendance(in_office=26, present_n=21, represented=4, voting=25)
    session = {"date": "2026-05-18",
               "place": "Hôtel du Département, salle Jean-Baptiste Morel",
               "convened_on": None, "president": pres, "secretary": None}
    d.reset("Votants : 25")
    visas = [d.clause("VU le code général des collectivités territoriales, et notamment ses "
                      "articles L. 3211-1, L. 3211-2 et L. 1611-4 ;"),
             d.clause("VU la délibération n° AD-2021-07-02 du Conseil départemental du 1er "
                      "juillet 2021 portant délégation d'attributions à la Commission "
                      "permanente ;"),
             d.clause("VU le règlement départemental d'aide aux manifestations sportives adopté "
                      "par la délibération n° AD-2025-12-14 du 15 décembre 2025 ;"),
             d.clause("VU le budget primitif 2026 adopté le 9 février 2026 ;"),
             d.clause("VU le rapport du Président du Conseil départemental ;")]
    cons = [d.clause("CONSIDÉRANT les 42 demandes présentées au titre de la deuxième répartition "
                     "2026 et l'avis favorable de la commission Sports, Jeunesse et Vie "
                     "associative du 5 mai 2026 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer aux 42 bénéficiaires",
                "manifestations sportives 2026."),
            art(d, "2", None, "Article 2 :", "De préciser", "31 décembre 2026."),
            art(d, "3", None, "Article 3 :", "D'autoriser le Président", "23 000 €."),
            art(d, "4", None, "Article 4 :", "D'imputer la dépense", "départemental 2026.")]
    votes = [d.vote("Adopté à l'unanimité des suffrages exprimés.", unanimous=True)]
    sigs = [d.signature("Le Président du Conseil départemental,", "Jean-Louis PRADAL",
                        "Le Président du Conseil départemental", "Jean-Louis PRADAL",
                        "Mende-la-Haute", "2026-05-18", at="Fait à Mende-la-Haute")]
    d.reset("DÉCIDE")
    amounts = [d.amount("94 030,50 €", 94030.5),
               d.amount("23 000 €", 23000)]
    d.reset("ANNEXE À LA DÉLIBÉRATION")
    ids_rows = []
    for ben, printed, value, cell, v in ROWS:
        first = ben.split(" du collège")[0] if "collège" in ben else ben
        d.locate(first)
        save = d.cursor
        if isinstance(printed, tuple):
            ids_rows.append(d.ident_cols("siret", printed[0], printed[1], value))
        else:
            ids_rows.append(d.ident("siret", printed, value))
        d.cursor = save
        amounts.append(d.amount(cell, v))
    amounts.append(d.amount("94 030,50 €", 94030.5, at="TOTAL (42"))
    d.reset()
    dates = [d.date("lundi 18 mai 2026", "2026-05-18"),
             d.date("dix-huit mai deux mille vingt-six", "2026-05-18"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("5 mai 2026", "2026-05-05"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("18 mai 2026", "2026-05-18", at="Fait à Mende-la-Haute"),
             d.date("21/05/2026", "2026-05-21")]
    d.reset("Votants : 25")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 3211-1, L. 3211-2 et L. 1611-4", code=CGCT,
                  articles=["L.3211-1", "L.3211-2", "L.1611-4"]),
            d.ref("deliberation", "délibération n° AD-2021-07-02 du Conseil départemental du "
                  "1er juillet 2021", number="AD-2021-07-02", date="2021-07-01"),
            d.ref("deliberation", "délibération n° AD-2025-12-14 du 15 décembre 2025",
                  number="AD-2025-12-14", date="2025-12-15"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"])]
    d.reset()
    ids = [d.ident("postal_code", "48002", "48002"),
           d.ident("phone", "04 66 49 60 00", "0466496000"),
           d.ident("url", "www.haute-lozerne.fr", "www.haute-lozerne.fr"),
           d.ident("acte", "048-224800017-20260518-CP2026_05_117-DE",
                   "048-224800017-20260518-CP2026_05_117-DE")] + ids_rows
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-LOZERNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-05-117",
            "POLITIQUE SPORTIVE DÉPARTEMENTALE – AIDE AUX MANIFESTATIONS SPORTIVES 2026 – "
            "DEUXIÈME RÉPARTITION",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_amans_fax():
    """Délibération of a conseil municipal RECEIVED BY FAX: four pages, each
    starting with the fax machine's header line ("06/05/2026 14:32  FAX 05
    61 87 42 19   MAIRIE ST AMANS DE LEZE   P. 00n/004", a form feed before
    pages 2-4) and ending with a footer ("Commune de … – Délibération n°
    2026-034 – page n/4"); the text FLOWS ACROSS the pages: the "Présents :"
    list is cut between two names by footer + header (page 1/2), the
    exposé's sentence "… autofinancement / communal 56 235 €." by the next
    (page 2/3), article 2 "… et à signer / toutes les pièces …" by the last
    (page 3/4); letterhead with "Tél." and "Fax" numbers; "Séance du … –
    Délibération n° …" on one line; counts on two lines; HT/TTC pair; four
    "Vu" (an arrêté préfectoral by date only); vote with no result word;
    "Fait et délibéré … / Pour extrait conforme, / …, le …" above the role;
    "Accusé de réception en préfecture le …" + "Identifiant :"."""
    d = DocAL("commune-saint-amans-de-leze-fax-2026-034")
    pres = d.P("Mme Françoise DUPRAT", at="sous la présidence de")
    present = d.persons("Mme Françoise DUPRAT", "M. Guy ESPARBIÉ", "Mme Laurence CASTEX",
                        "M. Rémi SAINT-PAUL", "Mme Ginette LABATUT", "M. Olivier COURTADE",
                        "Mme Isabelle DOUMENG", "M. Thierry FAURÉ", "Mme Chantal SOULA",
                        "M. Marc DELPY", "Mme Aline BERGÈS", "M. Jérôme PIQUEMAL",
                        at="Présents : Mme")
    d.reset("Excusés ayant donné pouvoir")
    x1, h1 = d.P("M. Alain ROQUES"), d.P("Mme Françoise DUPRAT")
    x2, h2 = d.P("Mme Sylvie ABADIE"), d.P("M. Guy ESPARBIÉ")
    proxies = [d.proxy(x1, h1), d.proxy(x2, h2)]
    absent = d.persons("M. Kévin LAFFONT", at="Absent :")
    sec = d.P("Mme Isabelle DOUMENG", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, proxies, in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-04-30", "place": "mairie, salle du conseil",
               "convened_on": "2026-04-23", "president": pres, "secretary": sec}
    d.reset("communal 56 235")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2121-29 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L. 2123-1 "
                      "et R. 2123-1 ;"),
             d.clause("Vu la délibération n° 2025-061 du 18 septembre 2025 approuvant l'agenda "
                      "d'accessibilité programmée ;"),
             d.clause("Vu l'arrêté préfectoral du 12 février 2026 attribuant une subvention au "
                      "titre de la dotation d'équipement des territoires ruraux ;")]
    cons = [d.clause("Considérant que l'offre de l'entreprise BATI-LÈZE SAS est économiquement "
                     "la plus avantageuse au regard des critères de la consultation ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le marché de travaux", "187 450,00 € HT."),
            art_cut(d, "2", None, "Article 2 :", "Le plan de financement prévisionnel",
                    "relatives à ce dossier.",
                    "Le plan de financement prévisionnel exposé ci-dessus est approuvé. Madame "
                    "le Maire est autorisée à solliciter le versement des subventions et à "
                    "signer toutes les pièces relatives à ce dossier."),
            art(d, "3", None, "Article 3 :", "Les crédits nécessaires", "budget primitif 2026.")]
    votes = [d.vote("Pour : 12 – Contre : 1 – Abstention : 1", for_=12, against=1,
                    abstention=1)]
    sigs = [d.signature("Le Maire,", "Françoise DUPRAT", "Le Maire", "Françoise DUPRAT",
                        "Saint-Amans-de-Lèze", "2026-05-05", at="Pour extrait conforme")]
    d.reset("Madame le Maire rappelle")
    amounts = [d.amount("187 450,00 €", 187450, tax="HT"),
               d.amount("224 940,00 €", 224940, tax="TTC"),
               d.amount("74 980 €", 74980),
               d.amount("56 235 €", 56235),
               d.amount("56 235 €", 56235),
               d.amount("187 450,00 €", 187450, tax="HT")]
    d.reset("RÉPUBLIQUE FRANÇAISE")
    dates = [d.date("30 avril 2026", "2026-04-30"),
             d.date("L'an deux mille vingt-six, le trente avril", "2026-04-30"),
             d.date("23 avril 2026", "2026-04-23"),
             d.date("18 septembre 2025", "2025-09-18"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("21 avril 2026", "2026-04-21"),
             d.date("18 septembre 2025", "2025-09-18"),
             d.date("12 février 2026", "2026-02-12"),
             d.date("5 mai 2026", "2026-05-05"),
             d.date("6 mai 2026", "2026-05-06")]
    d.reset("Madame le Maire rappelle")
    refs = [d.ref("deliberation", "délibération n° 2025-061 du 18 septembre 2025",
                  number="2025-061", date="2025-09-18"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2123-1 et "
                  "R. 2123-1", code=CCP, articles=["L.2123-1", "R.2123-1"]),
            d.ref("deliberation", "délibération n° 2025-061 du 18 septembre 2025",
                  number="2025-061", date="2025-09-18"),
            d.ref("arrete", "arrêté préfectoral du 12 février 2026", date="2026-02-12")]
    d.reset("RÉPUBLIQUE FRANÇAISE")
    ids = [d.ident("postal_code", "31560", "31560"),
           d.ident("phone", "05 61 87 42 10", "0561874210"),
           d.ident("phone", "05 61 87 42 19", "0561874219"),
           d.ident("siret", "518 362 744 00014", "51836274400014"),
           d.ident("acte", "031-213104851-20260430-2026_034-DE",
                   "031-213104851-20260430-2026_034-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AMANS-DE-LÈZE", "body": "CONSEIL MUNICIPAL"},
            "2026-034",
            "Mise en accessibilité de la mairie et de l'école – Attribution du marché de "
            "travaux et plan de financement",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


ALL = ["vernouillet_ccas", "serrane_two_seances", "lozerne_annex_table", "saint_amans_fax"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
