#!/usr/bin/env python3
"""Hand-written gold for the blind set BA (corpusBA) of corpus/extra-pending
(see README.md, section "Blind set (corpusBA)").
Run: python3 make_gold_ba.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
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
from _goldlib import CGCT, CTRA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CCP = "Code de la commande publique"


def haute_sorane_subventions():
    """commission permanente of a conseil départemental granting
    SUBVENTIONS: a space-aligned TABLE "Association / SIRET / Objet /
    Montant" with five SIRET and five € cells, a dashed rule, a TOTAL row;
    an "Imputation budgétaire : Chapitre 65 / article 6574" line under the
    OBJET, "chapitre 65, article 6574, fonction 32" in article 2 (budget
    lines: no amount, no reference); "Adopté à l'unanimité."."""
    d = DocH("departement-haute-sorane-cp-subventions-2026-0412")
    pres = d.P("Mme Véronique THIÉBAUD", at="sous la présidence")
    att = attendance(in_office=34, present_n=27, represented=5, voting=32)
    session = {"date": "2026-04-13", "place": "Hôtel du Département, salle des Séances",
               "convened_on": "2026-04-03", "president": pres, "secretary": None}
    d.reset("Rapporteur :")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 3211-1 et L. 3211-2 ;"),
             d.clause("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans\n"
                      "leurs relations avec les administrations ;"),
             d.clause("Vu la délibération du Conseil départemental n° CD-2025-118 du 15 décembre\n"
                      "2025 adoptant le budget primitif 2026 ;"),
             d.clause("Vu la délibération du Conseil départemental n° CD-2021-045 du 1er juillet\n"
                      "2021 portant délégation d'attributions à la Commission permanente ;"),
             d.clause("Vu le règlement départemental d'aide aux associations adopté le 15 décembre\n"
                      "2025 ;")]
    cons = [d.clause("Considérant les demandes présentées par les associations et l'avis favorable\n"
                     "de la commission Culture, Sport et Vie associative du 30 mars 2026 ;")]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [art(d, "1", None, "Article 1er :", "D'attribuer", "17 400,00 €"),
            art(d, "2", None, "Article 2 :", "La dépense", "départemental 2026."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "12 avril 2000.")]
    votes = [d.vote("Adopté à l'unanimité", unanimous=True)]
    sigs = [d.signature("La Présidente du Conseil départemental,", "Véronique THIÉBAUD",
                        "La Présidente du Conseil départemental", "Véronique THIÉBAUD",
                        "Héricourt-sur-Sorane", "2026-04-14", at="Pour extrait conforme")]
    d.reset("Association   ")
    amounts = [d.amount("4 500,00 €", 4500), d.amount("2 800,00 €", 2800),
               d.amount("3 150,00 €", 3150), d.amount("6 000,00 €", 6000),
               d.amount("950,00 €", 950), d.amount("17 400,00 €", 17400),
               d.amount("17 400 €", 17400), d.amount("23 000 €", 23000)]
    d.reset()
    dates = [d.date("lundi 13 avril 2026", "2026-04-13"),
             d.date("lundi 13 avril 2026", "2026-04-13"),
             d.date("3 avril 2026", "2026-04-03"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("15 décembre\n2025", "2025-12-15"),
             d.date("1er juillet\n2021", "2021-07-01"),
             d.date("15 décembre\n2025", "2025-12-15"),
             d.date("30 mars 2026", "2026-03-30"),
             d.date("12 avril 2000", "2000-04-12"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("15/04/2026", "2026-04-15"),
             d.date("16/04/2026", "2026-04-16")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 3211-1 et L. 3211-2", code=CGCT,
                  articles=["L.3211-1", "L.3211-2"]),
            d.ref("loi", "loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12"),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2025-118 du "
                  "15 décembre\n2025", number="CD-2025-118", date="2025-12-15"),
            d.ref("deliberation", "délibération du Conseil départemental n° CD-2021-045 du "
                  "1er juillet\n2021", number="CD-2021-045", date="2021-07-01"),
            d.ref("reglement", "règlement départemental d'aide aux associations adopté le "
                  "15 décembre\n2025", date="2025-12-15"),
            d.ref("loi", "article 10 de la loi n° 2000-321 du 12 avril 2000", number="2000-321",
                  date="2000-04-12", articles=["10"])]
    d.reset()
    ids = [d.ident("postal_code", "70400", "70400"),
           d.ident("phone", "03 84 46 21 00", "0384462100"),
           d.ident("siret", "221 218 597 00021", "22121859700021"),
           d.ident("siret", "729 296 863 00008", "72929686300008"),
           d.ident("siret", "866 146 590 00025", "86614659000025"),
           d.ident("siret", "461 583 239 00060", "46158323900060"),
           d.ident("siret", "328 419 890 00079", "32841989000079"),
           d.ident("siret", "517 249 017 00057", "51724901700057")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-SORANE",
             "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
            "CP-2026-0412",
            "Vie associative – Attribution de subventions de fonctionnement aux associations "
            "sportives et culturelles – 2e répartition 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_d_oriance_delegation():
    """ARRÊTÉ of a PRÉSIDENT DE RÉGION portant DÉLÉGATION DE SIGNATURE to a
    DGA and, "en cas d'absence ou d'empêchement", to three directors (a
    dash list of persons with their offices), then a three-column TABLE
    "Nom / Fonction / Matières déléguées" (offices on two lines, lettered
    matters "a), b) et c)"), a second "En cas d'absence ou d'empêchement
    de Mme X" paragraph; ceilings "40 000 € HT" / "15 000 € HT"; the
    persons are no attendance."""
    d = DocH("region-val-d-oriance-arrete-delegation-signature-2026-021")
    d.reset("Le Président du Conseil régional du Val")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 4231-3 et L. 4221-3 ;"),
             d.clause("Vu le code de la commande publique ;"),
             d.clause("Vu la délibération du Conseil régional n° 21-AP-002 du 2 juillet 2021\n"
                      "portant élection du Président du Conseil régional ;"),
             d.clause("Vu la délibération du Conseil régional n° 21-AP-004 du 2 juillet 2021\n"
                      "portant délégation d'attributions au Président ;"),
             d.clause("Vu l'arrêté n° 2025-DS-088 du 3 novembre 2025 portant organisation des\n"
                      "services régionaux ;")]
    cons = [d.clause("Considérant la nécessité d'assurer la continuité du service public "
                     "régional ;")]
    verb = d.span("ARRÊTE", at="service public régional")
    arts = [art(d, "1", None, "Article 1er –", "Délégation est donnée à M. Stéphane",
                "les ordres de mission."),
            art(d, "2", None, "Article 2 –", "En cas d'absence", "Lycées et du Patrimoine."),
            art(d, "3", None, "Article 3 –", "Délégation est donnée, dans",
                "chef du service\nTransports scolaires."),
            art(d, "4", None, "Article 4 –", "L'arrêté n°", "est abrogé."),
            art(d, "5", None, "Article 5 –", "Le Directeur général", "l'État dans la région.")]
    sigs = [d.signature("Le Président du Conseil régional,", "François-Xavier LEBRETON",
                        "Le Président du Conseil régional", "François-Xavier LEBRETON",
                        "Orléansville", "2026-03-09", at="Fait à Orléansville")]
    d.reset()
    amounts = [d.amount("40 000 €", 40000, tax="HT"), d.amount("15 000 €", 15000, tax="HT")]
    d.reset()
    dates = [d.date("2 juillet 2021", "2021-07-02"),
             d.date("2 juillet 2021", "2021-07-02"),
             d.date("3 novembre 2025", "2025-11-03"),
             d.date("10 novembre 2025", "2025-11-10"),
             d.date("9 mars 2026", "2026-03-09"),
             d.date("11/03/2026", "2026-03-11")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 4231-3 et L. 4221-3", code=CGCT,
                  articles=["L.4231-3", "L.4221-3"]),
            d.ref("code", "code de la commande publique", code=CCP),
            d.ref("deliberation", "délibération du Conseil régional n° 21-AP-002 du 2 juillet "
                  "2021", number="21-AP-002", date="2021-07-02"),
            d.ref("deliberation", "délibération du Conseil régional n° 21-AP-004 du 2 juillet "
                  "2021", number="21-AP-004", date="2021-07-02"),
            d.ref("arrete", "arrêté n° 2025-DS-088 du 3 novembre 2025", number="2025-DS-088",
                  date="2025-11-03"),
            d.ref("arrete", "arrêté n° 2025-DS-091 du 10 novembre 2025", number="2025-DS-091",
                  date="2025-11-10")]
    d.reset()
    ids = [d.ident("postal_code", "45044", "45044"),
           d.ident("phone", "02 38 70 30 30", "0238703030"),
           d.ident("siret", "237 824 370 00058", "23782437000058")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "RÉGION VAL D'ORIANCE", "body": "Le Président du Conseil régional"},
            "2026-DS-021",
            "portant délégation de signature aux directeurs de la Direction générale adjointe "
            "« Aménagement et Transports »",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def lorvanne_vote_electronique():
    """délibération of a CONSEIL COMMUNAUTAIRE with ELECTRONIC VOTE BOXES
    with abbreviated labels on one line, "Nombre de votants : 58 | POUR :
    50 | CONTRE : 4 | ABST. : 3 | NPPV : 1" + "Délibération adoptée.", then
    a second box for an AMENDMENT voted before ("Préalablement au vote …"),
    printed after, "Amendement rejeté."; counts block, no name lists ("La
    liste des présents … est annexée"); "14,2 M€ HT"."""
    d = DocH("ca-pays-de-lorvanne-deliberation-2026-047")
    pres = d.P("M. Patrick BESNARD", at="sous la présidence")
    sec = d.P("Mme Nadia BOUCHAREB", at="Secrétaire de séance")
    att = attendance(in_office=64, present_n=52, represented=6, voting=58)
    session = {"date": "2026-05-21", "place": "Espace Lorvanne",
               "convened_on": "2026-05-13", "president": pres, "secretary": sec}
    d.reset("Rapporteur :")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son article\n"
                      "L. 5216-5 ;"),
             d.clause("Vu le code des transports, et notamment ses articles L. 1231-1 et "
                      "L. 1214-2 ;"),
             d.clause("Vu la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités ;"),
             d.clause("Vu l'avis de la commission Mobilités et Transports du 5 mai 2026 ;")]
    cons = [d.clause("Considérant que le schéma a fait l'objet d'une concertation publique du\n"
                     "2 février 2026 au 20 mars 2026 ;")]
    verb = d.span("DÉCIDE", at="après en avoir délibéré")
    arts = [art(d, "1", None, "Article 1 :", "D'adopter", "présente délibération."),
            art(d, "2", None, "Article 2 :", "D'inscrire", "Mobilités 2026."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "présente délibération.")]
    votes = [d.vote("Nombre de votants : 58 | POUR : 50 | CONTRE : 4 | ABST. : 3 | NPPV : 1\n"
                    "Délibération adoptée", for_=50, against=4, abstention=3, not_voting=1),
             d.vote("Nombre de votants : 58 | POUR : 12 | CONTRE : 41 | ABST. : 5 | NPPV : 0\n"
                    "Amendement rejeté", for_=12, against=41, abstention=5, not_voting=0,
                    result="rejected")]
    sigs = [d.signature("Le Président,", "Patrick BESNARD", "Le Président", "Patrick BESNARD",
                        "Lorvanne-la-Ville", "2026-05-22", at="Lorvanne-la-Ville, le 22")]
    d.reset()
    amounts = [d.amount("14,2 M€", 14200000, tax="HT"), d.amount("4 800 000 €", 4800000),
               d.amount("2 350 000 €", 2350000), d.amount("3 000 000 €", 3000000)]
    d.reset()
    dates = [d.date("jeudi 21 mai 2026", "2026-05-21"),
             d.date("jeudi vingt et un mai deux mille vingt-six", "2026-05-21"),
             d.date("13 mai 2026", "2026-05-13"),
             d.date("24 décembre 2019", "2019-12-24"),
             d.date("5 mai 2026", "2026-05-05"),
             d.date("2 février 2026", "2026-02-02"),
             d.date("20 mars 2026", "2026-03-20"),
             d.date("22 mai 2026", "2026-05-22"),
             d.date("26/05/2026", "2026-05-26"),
             d.date("26/05/2026", "2026-05-26")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son article\n"
                  "L. 5216-5", code=CGCT, articles=["L.5216-5"]),
            d.ref("code", "code des transports, et notamment ses articles L. 1231-1 et L. 1214-2",
                  code=CTRA, articles=["L.1231-1", "L.1214-2"]),
            d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24")]
    d.reset()
    ids = [d.ident("postal_code", "49300", "49300"),
           d.ident("phone", "02 41 65 80 00", "0241658000"),
           d.ident("siren", "245 398 409", "245398409"),
           d.ident("acte", "049-245398409-20260521-DC2026047-DE",
                   "049-245398409-20260521-DC2026047-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE LORVANNE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "DC-2026-047",
            "Mobilités – Adoption du schéma directeur des mobilités actives 2026-2032",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_aubin_carence():
    """PROCÈS-VERBAL DE CARENCE of a conseil municipal: the quorum not
    reached ("Le quorum n'étant pas atteint, la séance est levée à 18 h
    15"), present / excused / absent lists, an "Ordre du jour prévu" that
    was not treated, the announcement of a NEW CONVOCATION "pour le jeudi
    28 mai / 2026"; no visa, no act, no vote."""
    d = DocH("commune-saint-aubin-des-brandes-pv-carence-2026")
    pres = d.P("M. Bernard FOUQUET", at="sous\nla présidence")
    present = d.persons("M. Bernard FOUQUET", "Mme Josiane LEROUX", "M. Gilles\nPASQUIER",
                        "Mme Amandine COTTEREAU", "M. Hervé BLOSSIER",
                        "Mme Lucie GAUTHIER-RÉMY", at="Étaient présents")
    excused = d.persons("Mme Françoise TESSIER", "M. Kevin MARCHAND", at="Absents excusés")
    absent = d.persons("M. Didier HOUDAYER", "Mme Sabrina ROUSSEAU", "M. Jérôme BELLANGER",
                       "Mme Christelle POIRIER", "M. Anthony LEMAIRE", "M. Yannick DROUET",
                       "Mme Élodie\nFERRAND", at="Absents :")
    att = attendance(present, excused, absent, in_office=15, present_n=6)
    session = {"date": "2026-05-18", "place": "mairie, salle du conseil",
               "convened_on": "2026-05-11", "president": pres, "secretary": None}
    sigs = [d.signature("Le Maire,", "Bernard FOUQUET", "Le Maire", "Bernard FOUQUET",
                        "Saint-Aubin-des-Brandes", "2026-05-18", at="Fait à Saint")]
    d.reset()
    dates = [d.date("lundi 18 mai 2026", "2026-05-18"),
             d.date("lundi dix-huit mai deux mille vingt-six", "2026-05-18"),
             d.date("11 mai 2026", "2026-05-11"),
             d.date("jeudi 28 mai\n2026", "2026-05-28"),
             d.date("18 mai 2026", "2026-05-18", at="Fait à Saint"),
             d.date("19/05/2026", "2026-05-19")]
    d.reset()
    refs = [d.ref("code", "article L. 2121-17 du\ncode général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-17"]),
            d.ref("code", "article L. 2121-17 du CGCT", code=CGCT, articles=["L.2121-17"])]
    d.reset()
    ids = [d.ident("postal_code", "72390", "72390"),
           d.ident("phone", "02 43 93 11 42", "0243931142"),
           d.ident("email", "mairie@saint-aubin-des-brandes.fr",
                   "mairie@saint-aubin-des-brandes.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-BRANDES", "body": "conseil municipal"},
            None,
            "PROCÈS-VERBAL DE CARENCE Séance du conseil municipal du lundi 18 mai 2026",
            session=session, att=att, sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    haute_sorane_subventions()
    val_d_oriance_delegation()
    lorvanne_vote_electronique()
    saint_aubin_carence()
