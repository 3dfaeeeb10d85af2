#!/usr/bin/env python3
"""Hand-written gold for the blind set BT (corpusBT) of corpus/extra-pending
(see README.md, section "Blind set (corpusBT)"): PUBLIC PROCUREMENT
COMMITTEES (CAO procès-verbal, DSP ouverture des plis, attribution
délibération, rapport d'analyse des offres).
Run: python3 make_gold_bt.py

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


def valbrune_cao():
    """CAO procès-verbal: BULLETED attendance by quality, advisory present
    AND excused, two PIPE SCORE TABLES, verb "ATTRIBUE"."""
    d = DocH("commune-valbrune-pv-cao-2026-02")
    pres = d.P("M. Hervé BOSREDON", at="• Président :")
    d.reset("• Président :")
    present = [d.P("M. Hervé BOSREDON"), d.P("Mme Sylvie LACHAUD"),
               d.P("M. Didier PEYRONNET"), d.P("Mme Annick DESPROGES"),
               d.P("M. Patrick MONTEIL")]
    excused = [d.P("Mme Corinne FAUCHER")]
    adv_p = [d.P("Mme Marion TEXIER")]
    adv_e = [d.P("M. Alain BUISSON")]
    sec = d.P("M. Julien ROCHE", at="Assistait")
    adv_p.append(sec)
    att = attendance(present, excused, [], [], adv_p=adv_p, adv_e=adv_e)
    session = {"date": "2026-04-09", "place": "salle des commissions de l'hôtel de ville",
               "convened_on": None, "president": pres, "secretary": sec}
    d.reset("DÉCISION")
    votes = [d.vote("à l'unanimité des membres à voix\ndélibérative", unanimous=True)]
    verb = d.span("ATTRIBUE")
    sigs = [d.signature("Le Président de la commission,", "Hervé BOSREDON",
                        "Le Président de la commission", "Hervé BOSREDON", "Valbrune",
                        "2026-04-09"),
            d.signature("Le secrétaire de la commission,", "Julien ROCHE",
                        "Le secrétaire de la commission", "Julien ROCHE", "Valbrune",
                        "2026-04-09")]
    d.reset()
    amounts = [d.amount("420 000,00 €", 420000, tax="HT"),
               d.amount("398 760,00 €", 398760, tax="HT"),
               d.amount("478 512,00 €", 478512, tax="TTC"),
               d.amount("65 000,00 €", 65000, tax="HT"),
               d.amount("61 420,00 €", 61420, tax="HT"),
               d.amount("73 704,00 €", 73704, tax="TTC")]
    d.reset()
    dates = [d.date("JEUDI 9 AVRIL 2026", "2026-04-09"),
             d.date("16/02/2026", "2026-02-16"),
             d.date("20/03/2026", "2026-03-20"),
             d.date("23 avril 2026", "2026-04-23"),
             d.date("9 avril 2026", "2026-04-09")]
    d.reset()
    refs = [d.ref("code", "articles\nL. 2124-2 et R. 2161-2 à R. 2161-5 du code de la commande "
                  "publique", code=CCP, articles=["L.2124-2", "R.2161-2", "R.2161-5"])]
    d.reset()
    ids = [d.ident("postal_code", "87390", "87390"),
           d.ident("phone", "05 55 41 27 60", "0555412760"),
           d.ident("email", "marches@valbrune.fr", "marches@valbrune.fr"),
           d.ident("siret", "421 356 809 00861", "42135680900861")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "VILLE DE VALBRUNE", "body": "COMMISSION D'APPEL D'OFFRES"},
            "2026-02",
            "Accord-cadre de travaux d'entretien de la voirie communale 2026-2029 – "
            "lots n° 1 et n° 2 – attribution",
            session=session, att=att, dec={"verb": "ATTRIBUE", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def armance_plis():
    """DSP commission: ouverture des plis, DOTTED CALENDAR, plis blocks,
    candidates ADMITTED / NOT ADMITTED."""
    d = DocH("ca-coeur-d-armance-pv-ouverture-plis-2026-01")
    pres = d.P("Mme Danielle JOURDAIN", at="sous la présidence")
    d.reset("Étaient présents")
    present = [d.P("Mme Danielle JOURDAIN"), d.P("M. Olivier GALLOIS"),
               d.P("Mme Nadine PROST"), d.P("M. Régis THOMASSIN"),
               d.P("Mme Laure VIGNERON")]
    excused = [d.P("M. Bernard COLLOT", at="Étaient excusés"), d.P("M. Francis AUBRY")]
    adv_p = [d.P("M. Thierry RENARD", at="Avec voix consultative")]
    adv_e = [d.P("Mme Estelle BAUDOIN")]
    att = attendance(present, excused, [], [], adv_p=adv_p, adv_e=adv_e)
    session = {"date": "2026-03-05", "place": "siège de la communauté d'agglomération",
               "convened_on": None, "president": pres, "secretary": None}
    d.reset("2. Examen")
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("ADMET")
    sigs = [d.signature("La Présidente de la commission,", "Danielle JOURDAIN",
                        "La Présidente de la commission", "Danielle JOURDAIN",
                        "Ervy-en-Armance", "2026-03-05")]
    d.reset()
    amounts = [d.amount("1,2 M€", 1200000), d.amount("4 850 000 €", 4850000)]
    d.reset()
    dates = [d.date("11/12/2025", "2025-12-11"),
             d.date("08/01/2026", "2026-01-08"),
             d.date("27/02/2026", "2026-02-27"),
             d.date("05/03/2026", "2026-03-05"),
             d.date("cinq mars deux mille vingt-six", "2026-03-05"),
             d.date("15 juillet 2020", "2020-07-15"),
             d.date("24/02/2026", "2026-02-24"),
             d.date("26/02/2026", "2026-02-26"),
             d.date("27/02/2026", "2026-02-27"),
             d.date("27/02/2026", "2026-02-27"),
             d.date("27 février 2026", "2026-02-27"),
             d.date("15 mai 2026", "2026-05-15"),
             d.date("5 mars 2026", "2026-03-05")]
    d.reset()
    refs = [d.ref("code", "article L. 1411-5 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.1411-5"]),
            d.ref("deliberation", "Délibération du conseil communautaire sur le principe de la\n"
                  "  délégation ................................................ 11/12/2025",
                  date="2025-12-11"),
            d.ref("deliberation", "délibération n° 2020-118 du\n15 juillet 2020",
                  number="2020-118", date="2020-07-15"),
            d.ref("code", "article L. 3123-18 du code de\nla commande publique", code=CCP,
                  articles=["L.3123-18"])]
    d.reset()
    ids = [d.ident("postal_code", "10130", "10130"),
           d.ident("siren", "617 880 950", "617880950"),
           d.ident("siret", "386 372 221 63912", "38637222163912"),
           d.ident("siret", "416 531 507 83485", "41653150783485"),
           d.ident("siret", "596 313 619 71239", "59631361971239"),
           d.ident("siret", "377 895 917 41835", "37789591741835")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION CŒUR D'ARMANCE",
             "body": "COMMISSION DE DÉLÉGATION DE SERVICE PUBLIC"},
            "CDSP-2026-01",
            "Concession du service public de production et de distribution d'eau potable – "
            "ouverture des plis et liste des candidats admis à présenter une offre",
            session=session, att=att, dec={"verb": "ADMET", "span": verb},
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def valbrune_attribution():
    """attribution délibération after the CAO: counts on one PIPE line,
    "Procurations :" with ";", KEY-VALUE BLOCKS per lot (Attributaire /
    SIRET / Montant) inside the articles."""
    d = DocH("commune-valbrune-deliberation-2026-041")
    pres = d.P("Mme Françoise DUBRAC", at="sous la présidence")
    present = d.persons("Mme Françoise DUBRAC", "M. Hervé BOSREDON", "Mme Sylvie LACHAUD",
                        "M. Didier PEYRONNET", "Mme Annick DESPROGES", "M. Patrick MONTEIL",
                        "Mme Corinne\nFAUCHER", "M. Bruno LAGARDE", "Mme Émilie VERGNAUD",
                        "M. Thierry DESCHAMPS", "Mme Nathalie RIBIÈRE",
                        "M. Christophe AUDOIN", "Mme Hélène BRIAND", "M. Fabrice\nMAZEAUD",
                        "Mme Valérie COUDERT", "M. Kévin LÉONARD", "Mme Odile FAYE",
                        "M. Samuel\nCHABROL", at="Présents :")
    p1 = d.proxy("M. Jacques DUMAS", "Mme Françoise DUBRAC", at="Procurations")
    p2 = d.proxy("Mme Inès BARRET", "M. Hervé BOSREDON")
    p3 = d.proxy("M. Lucas PAGNOUX", "Mme Sylvie LACHAUD")
    absent = [d.P("M. Gérard TARRADE", at="Absents :"), d.P("Mme Agnès VILLOUTREIX")]
    sec = d.P("Mme Émilie VERGNAUD", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2, p3], in_office=23, present_n=18,
                     represented=3, voting=21)
    session = {"date": "2026-04-23", "place": "salle du conseil",
               "convened_on": "2026-04-16", "president": pres, "secretary": sec}
    d.reset("Le conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2122-21-1 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L. 2124-2\n"
                      "et R. 2162-1 à R. 2162-6 ;"),
             d.clause("Vu la délibération n° 2025-112 du 11 décembre 2025 approuvant le\n"
                      "programme de voirie 2026 ;"),
             d.clause("Vu le procès-verbal de la commission d'appel d'offres du 9 avril 2026 ;")]
    cons = [d.clause("Considérant que les offres retenues par la commission d'appel d'offres\n"
                     "sont les offres économiquement les plus avantageuses au regard des\n"
                     "critères annoncés ;")]
    votes = [d.vote("par 19 voix pour et 2 abstentions (M. Samuel\nCHABROL, Mme Odile FAYE)",
                    for_=19, abstention=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "Le lot n° 1", "(478 512,00 € TTC)"),
            art(d, "2", None, "Article 2 –", "Le lot n° 2", "(73 704,00 € TTC)"),
            art(d, "3", None, "Article 3 –", "Madame le Maire", "budget principal.")]
    sigs = [d.signature("Le Maire,", "Françoise DUBRAC", "Le Maire", "Françoise DUBRAC",
                        "Valbrune", "2026-04-24", at="Valbrune, le 24")]
    d.reset()
    amounts = [d.amount("398 760,00 €", 398760, tax="HT"),
               d.amount("478 512,00 €", 478512, tax="TTC"),
               d.amount("61 420,00 €", 61420, tax="HT"),
               d.amount("73 704,00 €", 73704, tax="TTC")]
    d.reset()
    dates = [d.date("jeudi 23 avril 2026", "2026-04-23"),
             d.date("L'an deux mille vingt-six, le vingt-trois avril", "2026-04-23"),
             d.date("16 avril\n2026", "2026-04-16"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("24 avril 2026", "2026-04-24"),
             d.date("27/04/2026", "2026-04-27"),
             d.date("27/04/2026", "2026-04-27")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2122-21-1", code=CGCT, articles=["L.2122-21-1"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L. 2124-2\n"
                  "et R. 2162-1 à R. 2162-6", code=CCP,
                  articles=["L.2124-2", "R.2162-1", "R.2162-6"]),
            d.ref("deliberation", "délibération n° 2025-112 du 11 décembre 2025",
                  number="2025-112", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "87390", "87390"),
           d.ident("siret", "793 002 684 98086", "79300268498086"),
           d.ident("siret", "421 356 809 00861", "42135680900861")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE VALBRUNE", "body": "CONSEIL MUNICIPAL"},
            "2026-041",
            "Accord-cadre d'entretien de la voirie communale 2026-2029 – attribution des "
            "lots n° 1 et n° 2 et autorisation de signature",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def ousse_rao():
    """RAPPORT D'ANALYSE DES OFFRES (an annex, no act): service line,
    roman parts, dotted weighting list, formula, price table and a pipe
    RANKING TABLE with "Note globale", two signatures."""
    d = DocH("cc-val-d-ousse-rapport-analyse-offres-2026-07")
    sigs = [d.signature("La responsable du service", "Claire ETCHEVERRY",
                        "La responsable du service de la commande publique",
                        "Claire ETCHEVERRY", "Morlanne-sur-Ousse", "2026-05-28"),
            d.signature("Vu et validé,", "Pierre LAHOURCADE",
                        "Vu et validé, le Directeur général des services",
                        "Pierre LAHOURCADE", "Morlanne-sur-Ousse", "2026-05-28")]
    d.reset("III. ANALYSE")
    amounts = [d.amount("3,42 €", 3.42), d.amount("328 320,00 €", 328320),
               d.amount("3,18 €", 3.18), d.amount("305 280,00 €", 305280),
               d.amount("3,65 €", 3.65), d.amount("350 400,00 €", 350400),
               d.amount("350 400,00 €", 350400, tax="HT"),
               d.amount("369 672,00 €", 369672, tax="TTC")]
    d.reset()
    dates = [d.date("2 juin 2026", "2026-06-02"), d.date("4 mai 2026", "2026-05-04"),
             d.date("22 mai 2026", "2026-05-22"), d.date("28 mai 2026", "2026-05-28")]
    d.reset()
    refs = [d.ref("code", "article R. 2123-1 du code de la\ncommande publique", code=CCP,
                  articles=["R.2123-1"]),
            d.ref("code", "article R. 2152-7 du code de la commande\npublique", code=CCP,
                  articles=["R.2152-7"])]
    d.reset()
    ids = [d.ident("postal_code", "64160", "64160"),
           d.ident("siret", "880 855 101 08430", "88085510108430"),
           d.ident("siret", "819 472 630 00030", "81947263000030")]
    a = doc(d, "rapport", [0, len(d.raw)],
            {"collectivity": "Communauté de communes du Val d'Ousse",
             "body": "Pôle aménagement – Service de la commande publique"},
            "RAO-2026-07",
            "Marché de fourniture et de livraison de repas en liaison froide pour les "
            "restaurants scolaires – procédure adaptée (article R. 2123-1 du code de la "
            "commande publique)",
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    valbrune_cao()
    armance_plis()
    valbrune_attribution()
    ousse_rao()
