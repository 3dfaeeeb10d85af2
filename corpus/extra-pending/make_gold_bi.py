#!/usr/bin/env python3
"""Hand-written gold for the blind set BI (corpusBI) of corpus/extra-pending
(see README.md, section "Blind set (corpusBI)").
Run: python3 make_gold_bi.py

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
from _goldlib import CCH, CCP, CENV, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CCOMM = "Code de commerce"
CJA = "Code de justice administrative"


def spl_orbe():
    """PROCÈS-VERBAL of the CONSEIL D'ADMINISTRATION of a SOCIÉTÉ PUBLIQUE
    LOCALE: représentants permanents, censeur, résolutions."""
    d = DocH("spl-vallee-de-l-orbe-pv-ca-2026-02")
    d.reset("présents ou représentés")
    present = [d.P("M. Bernard CASTEL")]
    pres = present[0]
    present += d.persons("Mme Hélène ROUQUETTE", "M. Fabien SALVAIRE")
    p1 = d.proxy("Mme Corinne ABADIE", "M. Bernard CASTEL")
    present.append(d.P("M. Thierry VIDAL"))
    absent = [d.P("M. Julien ESCANDE", at="Administrateur absent")]
    adv = [d.P("M. Robert GUIRAUD", at="sans voix délibérative"), d.P("Mme Sylvie PAGÈS")]
    sec = d.P("Mme Sylvie PAGÈS", at="Le Président-Directeur général préside")
    att = attendance(present, [], absent, [p1], adv_p=adv, in_office=6, present_n=4,
                     represented=1)
    session = {"date": "2026-03-17", "place": "siège social", "convened_on": "2026-03-03",
               "president": pres, "secretary": sec}
    d.reset("PREMIÈRE RÉSOLUTION")
    verb = d.span("approuve")
    d.reset("PREMIÈRE RÉSOLUTION")
    votes = [d.vote("adoptée à l'unanimité"),
             d.vote("adoptée par 4 voix pour et 1 abstention\n(M. Thierry VIDAL)",
                    for_=4, abstention=1),
             d.vote("adoptée à l'unanimité")]
    votes[0]["unanimous"] = votes[2]["unanimous"] = True
    d.reset("DEUXIÈME RÉSOLUTION")
    visas = [d.clause("Vu le code de commerce, et notamment ses articles L. 225-35 et L. 225-38 ;"),
             d.clause("Vu l'article L. 1531-1 du code général des collectivités territoriales ;")]
    sigs = [d.signature("Le Président-Directeur général,\nBernard", "Bernard CASTEL",
                        "Le Président-Directeur général", "Bernard CASTEL", None, None),
            d.signature("La secrétaire de séance,", "Sylvie PAGÈS",
                        "La secrétaire de séance", "Sylvie PAGÈS", None, None)]
    d.reset()
    amounts = [d.amount("1 200 000 euros", 1200000),
               d.amount("385 400,00 €", 385400, tax="HT"),
               d.amount("250 k€", 250000)]
    d.reset()
    dates = [d.date("17 MARS 2026", "2026-03-17"),
             d.date("mardi 17 mars 2026", "2026-03-17"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("9 décembre 2025", "2025-12-09")]
    d.reset("DEUXIÈME RÉSOLUTION")
    refs = [d.ref("code", "code de commerce, et notamment ses articles L. 225-35 et L. 225-38",
                  code=CCOMM, articles=["L.225-35", "L.225-38"]),
            d.ref("code", "article L. 1531-1 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.1531-1"])]
    d.reset()
    ids = [d.ident("postal_code", "34390", "34390"),
           d.ident("siren", "812 453 678", "812453678")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "SPL VALLÉE DE L'ORBE AMÉNAGEMENT",
             "body": "CONSEIL D'ADMINISTRATION"},
            None, "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 17 MARS 2026",
            session=session, att=att, visas=visas, dec={"verb": "approuve", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def pnr_caussade():
    """délibération of the COMITÉ SYNDICAL of a PARC NATUREL RÉGIONAL with
    COLLÈGES and WEIGHTED VOTES."""
    d = DocH("pnr-monts-de-caussade-deliberation-2026-14")
    pres = d.P("Mme Annie FABRE", at="présidence de")
    present = d.persons("Mme Annie FABRE", "M. Patrick ROUSSEL", "Mme Maryse COMBES",
                        at="Collège de la Région")
    present += d.persons("M. Alain BOUSQUET", "Mme Nathalie VERNHET")
    x1 = d.P("Mme Françoise GINESTE")
    p1 = d.proxy(x1, "M. Alain BOUSQUET")
    present += d.persons("M. Jean-Louis MAZARS", "M. Claude ALIBERT", "Mme Josiane BOUDOU",
                         "M. Daniel CAYLA", "Mme Sandrine DELMAS", "M. Gilles ESTIVAL",
                         "Mme Martine FOULQUIER", "M. Henri GALTIER", "Mme Odile JULIEN",
                         "M. Serge LACAN", "Mme Régine MALZAC", "M. Didier NAYRAC",
                         "Mme Pascale OLIVIER", "M. René PUECH", "Mme Yvette RIGAL",
                         "M. Francis SÉGUIER", "Mme Laure TRÉMOLET", "M. Marc VIGUIER",
                         "Mme Rose VIALA")
    x2 = d.P("M. Paul ARNAL", at="Excusés :")
    p2 = d.proxy(x2, "Mme Annie FABRE")
    excused = [x1, x2, d.P("M. Lucien BOYER"), d.P("M. Yves CALMELS")]
    sec = d.P("Mme Josiane BOUDOU", at="Secrétaire de séance")
    att = attendance(present, excused, [], [p1, p2], in_office=31, present_n=24,
                     represented=2)
    session = {"date": "2026-04-09", "place": "Maison du Parc", "convened_on": "2026-03-26",
               "president": pres, "secretary": sec}
    d.reset("Le comité syndical,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 5721-1 et suivants ;"),
             d.clause("Vu le code de l'environnement, et notamment son article L. 333-1 ;"),
             d.clause("Vu le décret n° 2023-512 du 27 juin 2023 portant renouvellement du\n"
                      "classement du parc naturel régional des Monts de Caussade ;"),
             d.clause("Vu la délibération n° CS-2025-38 du 4 décembre 2025 approuvant le budget\n"
                      "primitif 2026 ;")]
    cons = [d.clause("Considérant que la Charte forestière de territoire arrive au terme de sa\n"
                     "première période ;")]
    votes = [d.vote("à la majorité des voix pondérées (71 voix pour,\n6 voix contre)",
                    for_=71, against=6)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "d'approuver", "146 500 € TTC."),
            art(d, "2", None, "Article 2 :", "de solliciter", "60 % du montant."),
            art(d, "3", None, "Article 3 :", "d'autoriser", "ce dossier.")]
    sigs = [d.signature("La Présidente,", "Annie FABRE", "La Présidente", "Annie FABRE",
                        "Cornus-en-Caussade", "2026-04-10", at="Fait à Cornus")]
    d.reset()
    amounts = [d.amount("146 500 €", 146500, tax="TTC"), d.amount("87 900 €", 87900)]
    d.reset()
    dates = [d.date("jeudi 9 avril 2026", "2026-04-09"),
             d.date("Le neuf avril deux mille vingt-six", "2026-04-09"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("27 juin 2023", "2023-06-27"),
             d.date("4 décembre 2025", "2025-12-04"),
             d.date("10 avril 2026", "2026-04-10"),
             d.date("14/04/2026", "2026-04-14")]
    d.reset("Le comité syndical,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 5721-1", code=CGCT, articles=["L.5721-1"]),
            d.ref("code", "code de l'environnement, et notamment son article L. 333-1",
                  code=CENV, articles=["L.333-1"]),
            d.ref("decret", "décret n° 2023-512 du 27 juin 2023", number="2023-512",
                  date="2023-06-27"),
            d.ref("deliberation", "délibération n° CS-2025-38 du 4 décembre 2025",
                  number="CS-2025-38", date="2025-12-04")]
    d.reset()
    ids = [d.ident("postal_code", "12540", "12540"),
           d.ident("acte", "012-251200457-20260409-CS202614-DE",
                   "012-251200457-20260409-CS202614-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DU PARC NATUREL RÉGIONAL DES MONTS DE CAUSSADE",
             "body": "COMITÉ SYNDICAL"},
            "CS-2026-14", "Programme d'actions 2026 de la Charte forestière de territoire",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def epcc_vermeille():
    """délibération of the CONSEIL D'ADMINISTRATION of an EPCC with member
    COLLEGES (de droit, personnalités qualifiées, personnel) and voix
    consultative."""
    d = DocH("epcc-pole-arts-vermeille-deliberation-2026-05")
    present = d.persons("Mme Lucie TORRENT", "M. Jordi PUJOL-CASALS", "M. Étienne ROIG",
                        at="Membres de droit")
    pres = present[0]
    p1 = d.proxy("M. Xavier BASSOLE", "Mme Lucie TORRENT")
    present.append(d.P("Mme Anna SOLER", at="Personnalités qualifiées"))
    excused = [d.P("M. Pierre MAYNADIER")]
    present += d.persons("Mme Carla FONT", "M. Joan BATLLE")
    adv_p = [d.P("M. Olivier CAZES"), d.P("Mme Inès RIBAS")]
    adv_e = [d.P("M. Paul SAGUER")]
    sec = d.P("Mme Anna SOLER", at="Secrétaire de séance")
    att = attendance(present, excused, [], [p1], adv_p=adv_p, adv_e=adv_e, in_office=8,
                     present_n=6, represented=1, voting=7)
    session = {"date": "2026-06-02", "place": None, "convened_on": None,
               "president": pres, "secretary": sec}
    d.reset("Le conseil d'administration,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles\n"
                      "L. 1431-1 à L. 1431-9 et R. 1431-7 ;"),
             d.clause("Vu les statuts de l'établissement approuvés par arrêté préfectoral du\n"
                      "18 novembre 2019 ;"),
             d.clause("Vu la délibération n° 2025/11 du 9 décembre 2025 approuvant le budget\n"
                      "primitif 2026 ;")]
    cons = [d.clause("Considérant l'avis favorable du conseil d'orientation culturelle réuni le\n"
                     "19 mai 2026 ;")]
    verb = d.span("DÉLIBÈRE")
    arts = [art(d, "1", None, "Article 1er –", "Les tarifs", "56,00 €."),
            art(d, "2", None, "Article 2 –", "La gratuité", "142 300 euros."),
            art(d, "3", None, "Article 3 –", "La présente", "1er septembre 2026.")]
    votes = [d.vote("Adopté à l'unanimité des membres présents et représentés.",
                    unanimous=True)]
    sigs = [d.signature("La Présidente du conseil d'administration,", "Lucie TORRENT",
                        "La Présidente du conseil d'administration", "Lucie TORRENT",
                        "Port-Vermeille", "2026-06-03")]
    d.reset()
    amounts = [d.amount("18,00 €", 18), d.amount("12,00 €", 12), d.amount("56,00 €", 56),
               d.amount("142 300 euros", 142300)]
    d.reset()
    dates = [d.date("2 JUIN 2026", "2026-06-02"),
             d.date("18 novembre 2019", "2019-11-18"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("19 mai 2026", "2026-05-19"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("3 juin 2026", "2026-06-03")]
    d.reset("Le conseil d'administration,\n\nVu")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles\n"
                  "L. 1431-1 à L. 1431-9 et R. 1431-7", code=CGCT,
                  articles=["L.1431-1", "L.1431-9", "R.1431-7"]),
            d.ref("arrete", "arrêté préfectoral du\n18 novembre 2019", date="2019-11-18"),
            d.ref("deliberation", "délibération n° 2025/11 du 9 décembre 2025",
                  number="2025/11", date="2025-12-09")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE "
                             "« PÔLE DES ARTS DE LA CÔTE VERMEILLE »",
             "body": "CONSEIL D'ADMINISTRATION"},
            "2026/05", "Tarifs de la saison culturelle 2026-2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉLIBÈRE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def oph_brevenne():
    """DÉCISION of the DIRECTEUR GÉNÉRAL of an OFFICE PUBLIC DE L'HABITAT:
    marché attribution plus a délégation de signature."""
    d = DocH("oph-brevenne-habitat-decision-dg-2026-041")
    d.reset("Le Directeur général,\n\nVu")
    visas = [d.clause("Vu le code de la construction et de l'habitation, et notamment ses\n"
                      "articles L. 421-12 et R. 421-18 ;"),
             d.clause("Vu le code de la commande publique ;"),
             d.clause("Vu la délibération n° 2025-62 du conseil d'administration du\n"
                      "16 octobre 2025 portant délégation de pouvoirs au directeur général ;"),
             d.clause("Vu la délibération n° 2024-18 du conseil d'administration du 7 mars 2024\n"
                      "portant nomination de M. François CHAMBOST en qualité de directeur général ;"),
             d.clause("Vu le rapport d'analyse des offres du 20 avril 2026 ;")]
    cons = [d.clause("Considérant que l'offre de la société Menuiseries du Lyonnais\n"
                     "(SIREN 523 187 946) est économiquement la plus avantageuse ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "Le marché", "257 712,00 € TTC."),
            art(d, "2", None, "Article 2 :", "Délégation", "20 000 € HT par bon."),
            art(d, "3", None, "Article 3 :", "La dépense", "compte 2313."),
            art(d, "4", None, "Article 4 :", "La présente", "prochaine séance."),
            art(d, "5", None, "Article 5 :", "La présente", "www.telerecours.fr.")]
    sigs = [d.signature("Le Directeur général,\nFrançois", "François CHAMBOST",
                        "Le Directeur général", "François CHAMBOST",
                        "L'Arbresle-sur-Brévenne", "2026-04-28")]
    d.reset()
    amounts = [d.amount("214 760,00 €", 214760, tax="HT"),
               d.amount("257 712,00 €", 257712, tax="TTC"),
               d.amount("20 000 €", 20000, tax="HT")]
    d.reset()
    dates = [d.date("16 octobre 2025", "2025-10-16"),
             d.date("7 mars 2024", "2024-03-07"),
             d.date("20 avril 2026", "2026-04-20"),
             d.date("28 avril 2026", "2026-04-28"),
             d.date("29/04/2026", "2026-04-29")]
    d.reset("Le Directeur général,\n\nVu")
    refs = [d.ref("code", "code de la construction et de l'habitation, et notamment ses\n"
                  "articles L. 421-12 et R. 421-18", code=CCH,
                  articles=["L.421-12", "R.421-18"]),
            d.ref("code", "code de la commande publique", code=CCP),
            d.ref("deliberation", "délibération n° 2025-62 du conseil d'administration du\n"
                  "16 octobre 2025", number="2025-62", date="2025-10-16"),
            d.ref("deliberation", "délibération n° 2024-18 du conseil d'administration du "
                  "7 mars 2024", number="2024-18", date="2024-03-07"),
            d.ref("code", "article R. 421-1 du code de justice\nadministrative", code=CJA,
                  articles=["R.421-1"])]
    d.reset()
    ids = [d.ident("siret", "779 246 107 00014", "77924610700014"),
           d.ident("postal_code", "69210", "69210"),
           d.ident("phone", "04 74 26 51 80", "0474265180"),
           d.ident("siren", "523 187 946", "523187946"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr"),
           d.ident("email", "marches@brevenne-habitat.fr", "marches@brevenne-habitat.fr")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "BRÉVENNE HABITAT", "body": "Le Directeur général"},
            "DG-2026-041",
            "Attribution du marché de remplacement des menuiseries de la résidence Les "
            "Glycines – délégation de signature",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    spl_orbe()
    pnr_caussade()
    epcc_vermeille()
    oph_brevenne()
