#!/usr/bin/env python3
"""Hand-written gold for the blind set AK (corpusAK) of corpus/extra-pending
(see README.md, section "Blind set (corpusAK)").
Run: python3 make_gold_ak.py

Same conventions and tooling as make_gold_aj.py (corpus/extra/_goldlib.py,
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
from _goldlib import CENV, CGCT, CGPPP, CRPA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def malvezie_two_columns():
    """Délibération of a conseil municipal printed as a TWO-COLUMN page
    flattened by pdftotext -layout: the commune's letterhead block on the
    left and "RÉPUBLIQUE FRANÇAISE / Département de … / EXTRAIT DU REGISTRE /
    DES DÉLIBÉRATIONS / DU CONSEIL MUNICIPAL" on the right of the SAME lines;
    attendance in two side-by-side columns ("Présents :" left, "Excusés /
    Pouvoirs :" then "Absent :" right), the proxies "X (pouvoir à" / "Y)"
    cut by the line end so that the left column's name sits inside; counts
    on one dash line; body in one column; vote naming those against; the
    signatures side by side ("La secrétaire de séance," left, "La Maire,"
    right) under one "Fait à" line."""
    d = DocH("commune-malvezie-sur-dourdou-deliberation-2026-087")
    pres = d.P("Mme Régine FABRÈGUES", at="présidence de")
    present = d.persons("Mme Régine FABRÈGUES", "M. Jean-Louis CAUSSE", "Mme Aurélie DELTOUR",
                        "M. Olivier GINESTET", "Mme Sylvie LAGARRIGUE", "M. Bernard CAYROU",
                        "Mme Chantal MAZARS", "M. Pierre-Yves NOUYRIGAT", "Mme Laetitia PUECH",
                        "M. Hugues SÉGURET", "Mme Josette VIALARET", at="Présents :")
    excused = d.persons("M. Thierry BOUSQUET", "Mme Nadine VERNHES", "M. Sébastien ROQUES",
                        at="Excusés / Pouvoirs :")
    absent = d.persons("M. Damien TRÉMOLIÈRES", at="Absent :")
    d.reset("Excusés / Pouvoirs :")
    # the holder "M. Olivier GINESTET)" of the second proxy is the RIGHT
    # column's name of the row whose left column also prints GINESTET
    proxies = [d.proxy("M. Thierry BOUSQUET", "Mme Régine FABRÈGUES"),
               d.proxy(d.P("Mme Nadine VERNHES"), d.P("M. Olivier GINESTET", n=2))]
    sec = d.P("Mme Aurélie DELTOUR", at="Secrétaire de séance")
    att = attendance(present, excused, absent, proxies, in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-11-17", "place": "salle du conseil de la mairie",
               "convened_on": "2026-11-10", "president": pres, "secretary": sec}
    d.reset("charge de l'acquéreur")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 2241-1 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et notamment "
                      "ses articles L. 2141-1 et L. 3211-14 ;"),
             d.clause("Vu la délibération n° 2026-041 du 14 avril 2026 constatant la "
                      "désaffectation et prononçant le déclassement de la parcelle ZC n° 148 ;")]
    cons = [d.clause("Considérant que ce terrain ne présente plus d'utilité pour les services "
                     "communaux ;")]
    d.locate("après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "De céder à la SCI", "net vendeur."),
            art(d, "2", None, "Article 2 :", "D'autoriser Madame la Maire",
                "Saint-Cyprien-sur-Dourdou."),
            art(d, "3", None, "Article 3 :", "La recette sera imputée", "l'exercice 2026.")]
    votes = [d.vote("Pour : 11 – Contre : 2 (M. Hugues SÉGURET, Mme Josette VIALARET) – "
                    "Abstention : 0 La délibération est adoptée à la majorité.",
                    for_=11, against=2, abstention=0)]
    A = "Fait à Malvézie-sur-Dourdou"
    sigs = [d.signature("La secrétaire de séance,", "Aurélie DELTOUR", "La secrétaire de séance",
                        "Aurélie DELTOUR", "Malvézie-sur-Dourdou", "2026-11-18", at=A),
            d.signature("La Maire,", "Régine FABRÈGUES", "La Maire", "Régine FABRÈGUES",
                        "Malvézie-sur-Dourdou", "2026-11-18", at=A)]
    d.reset("Madame la Maire rappelle")
    amounts = [d.amount("18 600 €", 18600),
               d.amount("dix-huit mille six cents euros", 18600),
               d.amount("1 450,00 €", 1450),
               d.amount("18 600 €", 18600)]
    d.reset()
    dates = [d.date("mardi 17 novembre 2026", "2026-11-17"),
             d.date("L'an deux mille vingt-six, le dix-sept novembre", "2026-11-17"),
             d.date("10 novembre 2026", "2026-11-10"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("2 octobre 2026", "2026-10-02"),
             d.date("28 septembre 2026", "2026-09-28"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("18 novembre 2026", "2026-11-18"),
             d.date("19/11/2026", "2026-11-19"),
             d.date("19/11/2026", "2026-11-19")]
    d.reset("Madame la Maire rappelle")
    refs = [d.ref("deliberation", "délibération n° 2026-041 du 14 avril 2026",
                  number="2026-041", date="2026-04-14"),
            d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 2241-1", code=CGCT, articles=["L.2241-1"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment "
                  "ses articles L. 2141-1 et L. 3211-14", code=CGPPP,
                  articles=["L.2141-1", "L.3211-14"]),
            d.ref("deliberation", "délibération n° 2026-041 du 14 avril 2026",
                  number="2026-041", date="2026-04-14")]
    d.reset()
    ids = [d.ident("postal_code", "12740", "12740"),
           d.ident("phone", "05 65 42 18 73", "0565421873"),
           d.ident("email", "mairie@malvezie-sur-dourdou.fr", "mairie@malvezie-sur-dourdou.fr"),
           d.ident("siret", "483 172 052 00019", "48317205200019"),
           d.ident("postal_code", "12740", "12740"),
           d.ident("acte", "012-211201348-20261117-2026_087-DE",
                   "012-211201348-20261117-2026_087-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MALVÉZIE-SUR-DOURDOU", "body": "CONSEIL MUNICIPAL"},
            "2026-087",
            "Cession d'une parcelle communale au lieu-dit « Les Combettes » à la SCI LES "
            "COMBETTES",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


# the tariff grid of Roquefeuil: (row label, cell 2026, value, cell 2027, value);
# None for "gratuit" (no amount)
GRID = [
    ("Concession trentenaire (simple)", "320,00 €", 320, "330,00 €", 330),
    ("Concession trentenaire (double)", "580,00 €", 580, "595,00 €", 595),
    ("Concession cinquantenaire (double)", "1 250,00", 1250, "1 280,00", 1280),
    ("Case de columbarium (15 ans)", "450,00 €", 450, "460,00 €", 460),
    ("Cavurne (15 ans)", "380,00 €", 380, "390,00 €", 390),
    ("Dispersion des cendres", None, None, None, None),
    ("Vacation funéraire", "25,00 €", 25, "25,00 €", 25),
    ("Salle des fêtes – habitants", "250,00 €", 250, "255,00 €", 255),
    ("Salle des fêtes – extérieurs", "480,00 €", 480, "490,00 €", 490),
    ("Salle des fêtes – associations communales", None, None, None, None),
    ("Salle des fêtes – caution", "800,00 €", 800, "800,00 €", 800),
    ("Salle du Foirail", "12,50 €", 12.5, "12,80 €", 12.8),
    ("Salle du Foirail – forfait journée", "85,00 €", 85, "87,00 €", 87),
    ("Ménage après location", "60,00 €", 60, "62,00 €", 62),
    ("Location de vaisselle", "0,80 €", 0.8, "0,80 €", 0.8),
    ("Terrasse ouverte", "14,00 €", 14, "14,30 €", 14.3),
    ("Terrasse fermée", "28,00 €", 28, "28,60 €", 28.6),
    ("Marché hebdomadaire – abonné", "0,35 €", 0.35, "0,36 €", 0.36),
    ("Marché hebdomadaire – passager", "0,60 €", 0.6, "0,62 €", 0.62),
    ("Branchement électrique marché", "2,50 €", 2.5, "2,50 €", 2.5),
    ("Échafaudage, benne", "0,45 €", 0.45, "0,46 €", 0.46),
    ("Cirque, spectacle ambulant", "95,00 €", 95, "97,00 €", 97),
    ("Foire de la Saint-Martin – emplacement", "4,20 €", 4.2, "4,30 €", 4.3),
    ("Ticket à l'unité", "1,20 €", 1.2, "1,20 €", 1.2),
    ("Carnet de 10 tickets", "10,00 €", 10, "10,00 €", 10),
    ("Abonnement mensuel", "18,00 €", 18, "18,00 €", 18),
    ("Abonnement annuel scolaire", "120,00", 120, "120,00", 120),
    ("Transport à la demande", "2,00 €", 2, "2,00 €", 2),
    ("Moins de 6 ans", None, None, None, None),
    ("Photocopie A4 noir et blanc", "0,20 €", 0.2, "0,20 €", 0.2),
    ("Photocopie A4 couleur", "0,50 €", 0.5, "0,50 €", 0.5),
    ("Fourrière animale – garde", "15,00 €", 15, "15,50 €", 15.5),
    ("Intervention des services techniques", "42,00 €", 42, "43,00 €", 43),
    ("Prêt de barrières (au-delà de 10)", "1,50 €", 1.5, "1,50 €", 1.5),
]


def roquefeuil_tariffs():
    """Délibération "Tarifs municipaux 2027" of a VILLE: letterhead with a
    SIRET and phone on one line; a LONG TARIFF GRID (34 rows) in
    blank-aligned columns "Service / Unité / Tarif 2026 / Tarif 2027" with a
    second header row "(€ TTC)" under the two tariff columns, FIVE capital
    SECTION SUB-HEADINGS (CIMETIÈRE, SALLES MUNICIPALES, OCCUPATION DU
    DOMAINE PUBLIC, RÉGIE DE TRANSPORT « … », SERVICES DIVERS), cells "12,50 €",
    bare "1 250,00" / "120,00", "14,00 €/m²", "gratuit", units per day /
    hour / m² / ml; visas of the régie's CREATION délibération and of the
    arrêté instituting its régie de recettes; an abrogation article; a vote
    with abstentions and no result word."""
    d = DocH("commune-roquefeuil-sur-ance-tarifs-2027-2026-112")
    pres = d.P("M. Gérard BONNEFOY", at="sous la présidence de")
    present = d.persons("M. Gérard BONNEFOY", "Mme Anne-Marie CHAZALET", "M. Rémi DEYGAS",
                        "Mme Isabelle FAURIE", "M. Lionel GERENTES", "Mme Brigitte JOUVE",
                        "M. Frédéric MAURIN", "Mme Coralie PEYRACHE", "M. Serge REYNAUD",
                        "Mme Odile SABATIER", "M. Yannick TEYSSIER", "Mme Estelle VALETTE",
                        "M. Christian VERDIER", "Mme Manon VIGOUROUX", "M. Antoine ARSAC",
                        at="Présents : M.")
    d.reset("Pouvoirs : Mme")
    proxies = [d.proxy("Mme Monique BRUNEL", "M. Gérard BONNEFOY"),
               d.proxy("M. Paul CHAPUIS", "Mme Odile SABATIER")]
    absent = d.persons("M. Kévin DUMAS", "Mme Élise ROCHE", at="Absents :")
    sec = d.P("Mme Coralie PEYRACHE", at="Secrétaire de séance")
    att = attendance(present, [], absent, proxies, in_office=19, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-12-10", "place": "hôtel de ville, salle des mariages",
               "convened_on": "2026-12-03", "president": pres, "secretary": sec}
    d.reset("gratuité maintenue")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L. 2121-29 et L. 2331-2 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, et notamment "
                      "ses articles L. 2125-1 à L. 2125-6 ;"),
             d.clause("Vu la délibération n° 2018-054 du 28 juin 2018 portant création de la "
                      "régie de transport « Ance Mobilités » ;"),
             d.clause("Vu l'arrêté municipal n° 2018-R-12 du 5 juillet 2018 instituant la "
                      "régie de recettes du transport ;"),
             d.clause("Vu l'avis de la commission des finances du 26 novembre 2026 ;")]
    d.locate("après en avoir délibéré")
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Les tarifs municipaux sont fixés",
                "Prêt de barrières (au-delà de 10) l'unité / jour 1,50 € 1,50 €"),
            art(d, "2", None, "Article 2 :", "Les recettes correspondantes",
                "à l'encontre du redevable."),
            art(d, "3", None, "Article 3 :", "La délibération n° 2025-098",
                "1er janvier 2027.")]
    votes = [d.vote("Pour : 14 – Contre : 0 – Abstentions : 3", for_=14, against=0,
                    abstention=3)]
    sigs = [d.signature("Le Maire,", "Gérard BONNEFOY", "Le Maire", "Gérard BONNEFOY",
                        "Roquefeuil-sur-Ance", "2026-12-11", at="À Roquefeuil-sur-Ance")]
    d.reset("Service ")
    amounts = []
    for label, t1, v1, t2, v2 in GRID:
        d.locate(label)
        if t1 is None:
            continue
        amounts.append(d.amount(t1, v1))
        amounts.append(d.amount(t2, v2))
    d.reset()
    dates = [d.date("jeudi 10 décembre 2026", "2026-12-10"),
             d.date("dix décembre deux mille vingt-six", "2026-12-10"),
             d.date("3 décembre 2026", "2026-12-03"),
             d.date("28 juin 2018", "2018-06-28"),
             d.date("5 juillet 2018", "2018-07-05"),
             d.date("26 novembre 2026", "2026-11-26"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("11 décembre 2026", "2026-12-11"),
             d.date("14/12/2026", "2026-12-14"),
             d.date("14/12/2026", "2026-12-14")]
    d.reset("gratuité maintenue")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2121-29 et L. 2331-2", code=CGCT,
                  articles=["L.2121-29", "L.2331-2"]),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment "
                  "ses articles L. 2125-1 à L. 2125-6", code=CGPPP,
                  articles=["L.2125-1", "L.2125-6"]),
            d.ref("deliberation", "délibération n° 2018-054 du 28 juin 2018",
                  number="2018-054", date="2018-06-28"),
            d.ref("arrete", "arrêté municipal n° 2018-R-12 du 5 juillet 2018",
                  number="2018-R-12", date="2018-07-05"),
            d.ref("deliberation", "délibération n° 2025-098 du 11 décembre 2025",
                  number="2025-098", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "43190", "43190"),
           d.ident("siret", "211 202 312 00016", "21120231200016"),
           d.ident("phone", "04 71 59 26 40", "0471592640")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE ROQUEFEUIL-SUR-ANCE", "body": "CONSEIL MUNICIPAL"},
            "2026-112", "Tarifs municipaux 2027",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sarlanges_pv_recap():
    """PROCÈS-VERBAL of a conseil municipal séance with SIX numbered items
    ("1." … "6."), four of them "Délibération n° … : title" headings; the
    items' votes are NOT in the body (items end with "Adopté." or with
    nothing, item 5 with "La proposition … est mise aux voix.") but in a
    FINAL "RÉCAPITULATIF DES VOTES" table (N° / Objet / Pour / Contre / Abst.
    / Résultat) with one row per voted item, the last one "Rejeté"; operative
    verbs in capitals inside sentences; "Questions diverses" without vote;
    "la séance est levée à vingt-deux heures dix"; two signatures one under
    the other."""
    d = DocH("commune-sarlanges-du-causse-pv-2026-10-08")
    pres = d.P("M. Jacques LABORIE", at="présidence de")
    present = d.persons("M. Jacques LABORIE", "Mme Catherine ALBOUY", "M. Denis BESSIÈRES",
                        "Mme Laure CANTAGREL", "M. Philippe DELPECH", "Mme Sophie FOURNIÉ",
                        "M. Alain GARRIGUES", "Mme Hélène LAFON", "M. Marc LESTRADE",
                        "Mme Nathalie MONTAL", "M. Yves PUJOL", "Mme Agnès ROUMIGUIÈRES",
                        at="Étaient présents :")
    d.reset("Absents excusés ayant donné pouvoir")
    x1 = d.P("M. Luc SOULIÉ")
    h1 = d.P("M. Jacques LABORIE")
    x2 = d.P("Mme Martine VAYSSE")
    h2 = d.P("Mme Laure CANTAGREL")
    proxies = [d.proxy(x1, h1), d.proxy(x2, h2)]
    absent = d.persons("M. Frédéric TAILLADE", at="Absent :")
    sec = d.P("Mme Hélène LAFON", at="Absent :")
    att = attendance(present, [x1, x2], absent, proxies, in_office=15, present_n=12,
                     represented=2, voting=14)
    session = {"date": "2026-10-08", "place": "mairie, salle du conseil",
               "convened_on": "2026-10-01", "president": pres, "secretary": sec}
    verb = d.span("APPROUVE", at="2. Délibération")
    d.reset("RÉCAPITULATIF DES VOTES")
    votes = [d.vote("1 Approbation du PV du 10 septembre 2026 13 0 1 Adopté",
                    for_=13, against=0, abstention=1),
             d.vote("2 DM n° 2 – budget principal 2026 11 2 1 Adopté",
                    for_=11, against=2, abstention=1),
             d.vote("3 Tarifs de la restauration scolaire 2027 14 0 0 Adopté",
                    for_=14, against=0, abstention=0),
             d.vote("4 Convention FDEL – éclairage public 14 0 0 Adopté",
                    for_=14, against=0, abstention=0),
             d.vote("5 Acquisition de la parcelle AB 212 5 7 2 Rejeté",
                    for_=5, against=7, abstention=2, result="rejected")]
    A = "Fait à Sarlanges-du-Causse"
    sigs = [d.signature("Le Maire,", "Jacques LABORIE", "Le Maire", "Jacques LABORIE",
                        "Sarlanges-du-Causse", "2026-10-09", at=A),
            d.signature("La secrétaire de séance,", "Hélène LAFON", "La secrétaire de séance",
                        "Hélène LAFON", "Sarlanges-du-Causse", "2026-10-09", at=A)]
    d.reset("2. Délibération")
    amounts = [d.amount("24 500,00 €", 24500),
               d.amount("9 800 €", 9800),
               d.amount("14 700 €", 14700),
               d.amount("3,40 €", 3.4),
               d.amount("6,20 €", 6.2),
               d.amount("36 960 €", 36960, tax="HT"),
               d.amount("95 000 €", 95000),
               d.amount("78 000 €", 78000)]
    d.reset()
    dates = [d.date("JEUDI 8 OCTOBRE 2026", "2026-10-08"),
             d.date("1er octobre 2026", "2026-10-01"),
             d.date("L'an deux mille vingt-six, le huit octobre", "2026-10-08"),
             d.date("10 septembre 2026", "2026-09-10"),
             d.date("10 septembre 2026", "2026-09-10"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("15 juillet 2026", "2026-07-15"),
             d.date("dimanche 13 décembre 2026", "2026-12-13"),
             d.date("jeudi 19 novembre 2026", "2026-11-19"),
             d.date("10 septembre 2026", "2026-09-10"),
             d.date("9 octobre 2026", "2026-10-09"),
             d.date("19 novembre 2026", "2026-11-19"),
             d.date("23 novembre 2026", "2026-11-23")]
    d.reset("1. Approbation")
    refs = [d.ref("deliberation", "Délibération n° 2026-061", number="2026-061"),
            d.ref("deliberation", "Délibération n° 2026-062", number="2026-062"),
            d.ref("deliberation", "Délibération n° 2026-063", number="2026-063"),
            d.ref("code", "article L. 2224-31 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2224-31"]),
            d.ref("deliberation", "Délibération n° 2026-064", number="2026-064")]
    d.reset()
    ids = [d.ident("postal_code", "46240", "46240"),
           d.ident("email", "mairie.sarlanges@orange.fr", "mairie.sarlanges@orange.fr"),
           d.ident("siret", "519 382 469 00020", "51938246900020")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SARLANGES-DU-CAUSSE", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 8 OCTOBRE 2026",
            session=session, att=att,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vardelle_interprefectoral():
    """ARRÊTÉ INTERPRÉFECTORAL (two préfets) of AUTORISATION
    ENVIRONNEMENTALE: the two Marianne blocks "PRÉFET / DE LA … / Liberté /
    Égalité / Fraternité" SIDE BY SIDE, then "PRÉFECTURE DE … / Direction … /
    Bureau …"; centred "Arrêté interpréfectoral n° PREF-DCL-BE-…" over a
    four-line "portant …" title citing a code article; the two préfets'
    title blocks one under the other (a préfète); eleven "VU" separated by
    blank lines (code ranges, décrets with "(NOR : …)" after the title, the
    nomination décret without number, the délégation de signature arrêté,
    an arrêté cited by date only that itself cites a code range, the
    request with a SIREN and the siège's postal code, the enquête publique
    arrêté with a weekday date range, the commissaire's report, a CODERST
    avis "en date du"); three CONSIDÉRANT; "SUR proposition du … et de la
    …,"; "ARRÊTENT :" (plural); nine "Article n – Heading" articles (body on
    the next lines; "1,85 million d'euros HT"; recours with the tribunal's
    CEDEX postal code, "Télérecours citoyens", www.telerecours.fr); TWO
    signature blocks ONE UNDER THE OTHER, each under its own "Fait à …, le …"
    line (the second date IN WORDS); an "Ampliation :" dash list."""
    d = DocH("prefectures-haute-vardelle-bas-limargue-arrete-inter-2026-0318")
    d.reset("Chevalier de l'ordre national du Mérite,")
    visas = [d.clause("VU le code de l'environnement, et notamment ses articles L. 181-1 à "
                      "L. 181-31, L. 214-1 à L. 214-6 et R. 181-1 à R. 181-56 ;"),
             d.clause("VU le code des relations entre le public et l'administration, et "
                      "notamment son article L. 411-2 ;"),
             d.clause("VU le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des "
                      "préfets, à l'organisation et à l'action des services de l'État dans les "
                      "régions et départements (NOR : INTX0400040D) ;"),
             d.clause("VU le décret n° 2017-81 du 26 janvier 2017 relatif à l'autorisation "
                      "environnementale (NOR : DEVP1615929D) ;"),
             d.clause("VU le décret du Président de la République du 3 mars 2025 portant "
                      "nomination de M. Olivier CHAMBRAUD en qualité de préfet de la "
                      "Haute-Vardelle ;"),
             d.clause("VU l'arrêté préfectoral n° PREF-DCL-2026-0027 du 19 janvier 2026 portant "
                      "délégation de signature à M. Étienne VAISSIÈRE, secrétaire général de la "
                      "préfecture de la Haute-Vardelle ;"),
             d.clause("VU l'arrêté du 28 novembre 2007 fixant les prescriptions générales "
                      "applicables aux installations, ouvrages, travaux ou activités soumis à "
                      "déclaration en application des articles L. 214-1 à L. 214-3 du code de "
                      "l'environnement ;"),
             d.clause("VU la demande d'autorisation environnementale déposée le 4 novembre 2025 "
                      "par le syndicat mixte du bassin de la Sérène (SIREN 257 480 194), dont le "
                      "siège est 2, quai des Tanneurs, 81370 Castelvieil, et le dossier complété "
                      "le 20 janvier 2026 ;"),
             d.clause("VU l'arrêté interpréfectoral n° PREF-DCL-BE-2026-0102 du 9 mars 2026 "
                      "prescrivant l'ouverture d'une enquête publique du lundi 6 avril 2026 au "
                      "jeudi 7 mai 2026 inclus dans les communes de Castelvieil, Laroque-Sérène "
                      "et Montbrun-l'Abbaye ;"),
             d.clause("VU le rapport et les conclusions favorables du commissaire enquêteur "
                      "remis le 5 juin 2026 ;"),
             d.clause("VU l'avis du conseil départemental de l'environnement et des risques "
                      "sanitaires et technologiques du Bas-Limargue en date du 17 septembre "
                      "2026 ;")]
    cons = [d.clause("CONSIDÉRANT que les travaux, qui consistent à araser le seuil du moulin "
                     "de Pradelles et à aménager une passe à poissons au seuil de Laroque, "
                     "rétablissent la libre circulation des espèces piscicoles et le transport "
                     "sédimentaire ;"),
            d.clause("CONSIDÉRANT que les prescriptions du présent arrêté permettent de "
                     "garantir une gestion équilibrée de la ressource en eau au sens de "
                     "l'article L. 211-1 du code de l'environnement ;"),
            d.clause("CONSIDÉRANT que le projet s'étend sur le territoire des deux départements "
                     "et qu'il convient de statuer par un arrêté conjoint ;")]
    verb = d.span("ARRÊTENT", at="SUR proposition")
    H = [("1", "Bénéficiaire de l'autorisation", "Le syndicat mixte du bassin",
          "fixées par le présent arrêté."),
         ("2", "Rubriques de la nomenclature", "Les travaux relèvent",
          "du code de l'environnement."),
         ("3", "Période des travaux", "Les travaux en lit mineur", "30 septembre 2027."),
         ("4", "Montant et financement", "Le montant des travaux",
          "mesures de suivi écologique."),
         ("5", "Mesures de suivi", "Le bénéficiaire réalise", "police de l'eau."),
         ("6", "Droits des tiers", "Les droits des tiers", "expressément réservés."),
         ("7", "Publicité", "Une copie du présent arrêté", "pendant quatre mois."),
         ("8", "Délais et voies de recours", "Le présent arrêté peut être déféré",
          "sur le site www.telerecours.fr."),
         ("9", "Exécution", "Le secrétaire général de la préfecture",
          "des deux préfectures.")]
    arts = [art(d, n, h, ("Article 1er – " if n == "1" else "Article %s – " % n) + h, first,
                last) for n, h, first, last in H]
    sigs = [d.signature("Pour le préfet et par délégation,", "Étienne VAISSIÈRE",
                        "Pour le préfet et par délégation, le secrétaire général",
                        "Étienne VAISSIÈRE", "Vardelle", "2026-10-14", at="Fait à Vardelle"),
            d.signature("La préfète du Bas-Limargue,", "Mathilde ORSONI-BARRÈRE",
                        "La préfète du Bas-Limargue", "Mathilde ORSONI-BARRÈRE",
                        "Limargue", "2026-10-16", at="Fait à Limargue")]
    d.reset("Article 4 –")
    amounts = [d.amount("1,85 million d'euros", 1850000, tax="HT"),
               d.amount("120 000 €", 120000)]
    d.reset("Chevalier de l'ordre national du Mérite,")
    dates = [d.date("29 avril 2004", "2004-04-29"),
             d.date("26 janvier 2017", "2017-01-26"),
             d.date("3 mars 2025", "2025-03-03"),
             d.date("19 janvier 2026", "2026-01-19"),
             d.date("28 novembre 2007", "2007-11-28"),
             d.date("4 novembre 2025", "2025-11-04"),
             d.date("20 janvier 2026", "2026-01-20"),
             d.date("9 mars 2026", "2026-03-09"),
             d.date("lundi 6 avril 2026", "2026-04-06"),
             d.date("jeudi 7 mai 2026", "2026-05-07"),
             d.date("5 juin 2026", "2026-06-05"),
             d.date("17 septembre 2026", "2026-09-17"),
             d.date("30 septembre 2027", "2027-09-30"),
             d.date("14 octobre 2026", "2026-10-14"),
             d.date("seize octobre deux mille vingt-six", "2026-10-16")]
    d.reset()
    refs = [d.ref("code", "article L. 181-1 du code de l'environnement", code=CENV,
                  articles=["L.181-1"]),
            d.ref("code", "code de l'environnement, et notamment ses articles L. 181-1 à "
                  "L. 181-31, L. 214-1 à L. 214-6 et R. 181-1 à R. 181-56", code=CENV,
                  articles=["L.181-1", "L.181-31", "L.214-1", "L.214-6", "R.181-1",
                            "R.181-56"]),
            d.ref("code", "code des relations entre le public et l'administration, et "
                  "notamment son article L. 411-2", code=CRPA, articles=["L.411-2"]),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret n° 2017-81 du 26 janvier 2017", number="2017-81",
                  date="2017-01-26"),
            d.ref("decret", "décret du Président de la République du 3 mars 2025",
                  date="2025-03-03"),
            d.ref("arrete", "arrêté préfectoral n° PREF-DCL-2026-0027 du 19 janvier 2026",
                  number="PREF-DCL-2026-0027", date="2026-01-19"),
            d.ref("arrete", "arrêté du 28 novembre 2007", date="2007-11-28"),
            d.ref("code", "articles L. 214-1 à L. 214-3 du code de l'environnement", code=CENV,
                  articles=["L.214-1", "L.214-3"]),
            d.ref("arrete", "arrêté interpréfectoral n° PREF-DCL-BE-2026-0102 du 9 mars 2026",
                  number="PREF-DCL-BE-2026-0102", date="2026-03-09"),
            d.ref("code", "article L. 211-1 du code de l'environnement", code=CENV,
                  articles=["L.211-1"]),
            d.ref("code", "article R. 214-1 du code de l'environnement", code=CENV,
                  articles=["R.214-1"]),
            d.ref("code", "article R. 181-50 du code de l'environnement", code=CENV,
                  articles=["R.181-50"])]
    d.reset()
    ids = [d.ident("siren", "257 480 194", "257480194"),
           d.ident("postal_code", "81370", "81370"),
           d.ident("postal_code", "81012", "81012"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE LA HAUTE-VARDELLE", "body": "Le préfet"},
            "PREF-DCL-BE-2026-0318",
            "portant autorisation environnementale au titre de l'article L. 181-1 du code de "
            "l'environnement pour les travaux de restauration de la continuité écologique de la "
            "Sérène entre Castelvieil et Montbrun-l'Abbaye, au bénéfice du syndicat mixte du "
            "bassin de la Sérène",
            visas=visas, cons=cons, dec={"verb": "ARRÊTENT", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


ALL = ["malvezie_two_columns", "roquefeuil_tariffs", "sarlanges_pv_recap",
       "vardelle_interprefectoral"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
