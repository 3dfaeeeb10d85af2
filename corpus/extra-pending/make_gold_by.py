#!/usr/bin/env python3
"""Hand-written gold for the blind set BY (corpusBY) of corpus/extra-pending
(see README.md, section "Blind set (corpusBY)").
Run: python3 make_gold_by.py

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
from _goldlib import CENV, CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def xpf(d, t, value, **kw):
    a = d.amount(t, value, **kw)
    a["currency"] = "XPF"
    return a


def sf(d, t, at=None):
    """a name printed SURNAME first, no civility"""
    w = t.split()
    fam = [x for x in w if x.upper() == x]
    giv = [x for x in w if x.upper() != x]
    return d.S(t, None, " ".join(giv) or None, " ".join(fam), at=at)


def vaitoa():
    """POLYNESIAN COMMUNE délibération, F CFP / XPF, ruled count box."""
    d = DocH("commune-vaitoa-nui-deliberation-2026-018")
    pres = d.P("M. Teriitua\nTEMAURI", at="présidence de")
    present = d.persons(
        "M. Teriitua TEMAURI", "Mme Hinano TAPUTU", "M. Manarii TEHEIURA",
        "Mme Vaitiare FAATAU-HAMBLIN", "M. Raimana TEPA", "Mme Tiare MAIOTUI",
        "M. Heimana A TEHAU", "Mme Moeata ROOMATAAROA", "M. Tuarii LENOIR",
        "Mme Poerava TINORUA", "M. Tavita TEARIKI", "Mme Rahiti TEMATAHOTOA",
        "M. Mahinui OOPA", "Mme Titaua PAHUATINI", "M. Keanu TUHITI",
        "Mme Hereiti TAUOTAHA", "M. Vaiarii TIHONI", "Mme Heiata MOU-SANG",
        "M. Teva TERIIPAIA", "Mme Vahinerii TEHAAMOANA", "M. Tamatoa HAUATA",
        at="Présents :")
    p1 = d.proxy("Mme Maeva TUPAI", "M. Teriitua TEMAURI", at="Représentés :")
    p2 = d.proxy("M. Rauarii TEFAATAU", "Mme Hinano TAPUTU")
    p3 = d.proxy("Mme Teura TAERO", "M. Raimana TEPA")
    absent = d.persons("M. Ariitea TEMARU", "Mme Nohorai VII", "M. Hoani TEHIO",
                       at="Absents :")
    sec = d.P("Mme Titaua PAHUATINI", at="Secrétaire de séance")
    att = attendance(present, [], absent, [p1, p2, p3], in_office=27, present_n=21,
                     represented=3, voting=24)
    session = {"date": "2026-03-19", "place": "salle Pouvanaa de la mairie",
               "convened_on": "2026-03-12", "president": pres, "secretary": sec}
    d.reset("Le conseil municipal,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales applicable aux "
                      "communes de la Polynésie française, et notamment ses articles "
                      "L. 2121-29 et L. 2311-7 ;"),
             d.clause("Vu la loi organique n° 2004-192 du 27 février 2004 portant statut "
                      "d'autonomie de la Polynésie française ;"),
             d.clause("Vu la loi du pays n° 2025-12 du 3 juillet 2025 relative au soutien "
                      "des manifestations culturelles ;"),
             d.clause("Vu la délibération n° 42/2025 du 16 décembre 2025 portant adoption "
                      "du budget primitif 2026 ;"),
             d.clause("Vu la demande du comité des fêtes (RNA W9P1002461, n° TAHITI "
                      "0A7145) reçue le 2 février 2026 ;")]
    cons = [d.clause("Considérant que le Heiva Vaitoa-Nui, organisé du 4 au 19 juillet "
                     "2026, concourt à la transmission de la culture polynésienne ;")]
    votes = [d.vote("par 22 voix pour, 0 contre et 2 abstentions (Mme Heiata MOU-SANG, "
                    "M. Teva TERIIPAIA)", for_=22, against=0, abstention=2)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Art. 1 –", "Une subvention", "« Heiva Vaitoa-Nui »."),
            art(d, "2", None, "Art. 2 –", "La subvention est", "30 septembre 2026."),
            art(d, "3", None, "Art. 3 –", "La dépense", "budget primitif 2026."),
            art(d, "4", None, "Art. 4 –", "Le tavana est", "en Polynésie\nfrançaise.")]
    sigs = [d.signature("Le secrétaire de séance,", "Titaua PAHUATINI",
                        "Le secrétaire de séance", "Titaua PAHUATINI", None, None),
            d.signature("Le tavana,", "Teriitua TEMAURI", "Le tavana", "Teriitua TEMAURI",
                        None, None)]
    d.reset()
    amounts = [xpf(d, "2 850 000 F CFP", 2850000),
               xpf(d, "deux millions\nhuit cent cinquante mille francs CFP", 2850000),
               xpf(d, "1 995 000 XPF", 1995000), xpf(d, "855 000 XPF", 855000)]
    d.reset()
    dates = [d.date("jeudi 19 mars 2026", "2026-03-19"),
             d.date("L'an deux mille vingt-six, le dix-neuf mars", "2026-03-19"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("27 février 2004", "2004-02-27"),
             d.date("3 juillet 2025", "2025-07-03"),
             d.date("16 décembre 2025", "2025-12-16"),
             d.date("2 février 2026", "2026-02-02"),
             d.date("4", "2026-07-04", at="organisé du"),
             d.date("19 juillet 2026", "2026-07-19"),
             d.date("30 septembre 2026", "2026-09-30"),
             d.date("23/03/2026", "2026-03-23")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales applicable aux "
                  "communes de la Polynésie française, et notamment ses articles "
                  "L. 2121-29 et L. 2311-7", code=CGCT, articles=["L.2121-29", "L.2311-7"]),
            d.ref("loi_organique", "loi organique n° 2004-192 du 27 février 2004",
                  number="2004-192", date="2004-02-27"),
            d.ref("loi", "loi du pays n° 2025-12 du 3 juillet 2025", number="2025-12",
                  date="2025-07-03"),
            d.ref("deliberation", "délibération n° 42/2025 du 16 décembre 2025",
                  number="42/2025", date="2025-12-16")]
    d.reset()
    ids = [d.ident("postal_code", "98718", "98718")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAITOA-NUI", "body": "CONSEIL MUNICIPAL"},
            "18/2026",
            "Attribution d'une subvention de fonctionnement au comité des fêtes "
            "« Heiva Vaitoa-Nui » pour l'année 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def morne_kaskad():
    """GUADELOUPE commune délibération, octroi de mer, SURNAME-FIRST lists
    with semicolons, numbered "1°)" verbs, VOTE line with the contre names."""
    d = DocH("commune-morne-kaskad-deliberation-2026-041")
    pres = d.P("Mme Marie-Line\nBOISFER-CÉLESTIN", at="présidence de")
    names = ["BOISFER-CÉLESTIN Marie-Line", "NANKIN Rodrigue", "JEAN-BAPTISTE Ghislaine",
             "DÉGLAS Firmin", "SAINT-ÉLOI Josette", "LUBIN Harry", "BAPTISTA Murielle",
             "CHÉRUBIN Dominique", "MALAMBA Joël", "TITÉCA Lucette", "ANSELME Fred",
             "CÉSAIRE-LAMBERT Cyrille", "ZÉNON Maryse", "FADÉ Octave", "PHIPPS Lydie",
             "RAMASSAMY Didier", "BÉROARD Nadège", "MONTOUT Serge", "LAVIOLETTE Corinne",
             "DÉSIR Louis", "CADIGNAN Paule", "NELSON Ruddy"]
    present = [sf(d, n, at="ÉTAIENT PRÉSENTS" if i == 0 else None)
               for i, n in enumerate(names)]
    proxies = []
    d.reset("AVAIENT DONNÉ PROCURATION")
    for f, t in [("FANFANT Rosette", "NANKIN Rodrigue"), ("KANCEL Alex", "LUBIN Harry"),
                 ("PALMIER Edwige", "ZÉNON Maryse"), ("ROSAMONT Hugues", "DÉSIR Louis")]:
        ff = sf(d, f)
        tt = sf(d, t)
        proxies.append({"from": ff, "to": tt, "span": d.proxy_span(ff, tt)})
    absent = [sf(d, "BORDELAIS Max", at="ÉTAIENT ABSENTS"), sf(d, "SYLVESTRE Annick"),
              sf(d, "CORNÉLY José")]
    sec = sf(d, "TITÉCA Lucette", at="SECRÉTAIRE DE SÉANCE")
    att = attendance(present, [], absent, proxies, in_office=29, present_n=22,
                     represented=4, voting=26)
    session = {"date": "2026-03-26", "place": None, "convened_on": "2026-03-20",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil Municipal,")
    visas = [d.clause("VU le code général des collectivités territoriales ;"),
             d.clause("VU la loi n° 2004-639 du 2 juillet 2004 relative à l'octroi de mer, "
                      "et notamment son article 47 ;"),
             d.clause("VU le décret n° 2005-1562 du 13 décembre 2005 ;"),
             d.clause("VU la délibération du conseil régional de la Guadeloupe n° "
                      "CR/25-1187 du 18 décembre 2025 fixant la répartition de la "
                      "dotation globale garantie ;"),
             d.clause("VU la notification de la Région du 9 février 2026 attribuant à la "
                      "commune une dotation de 3 412 650,00 euros ;")]
    cons = [d.clause("CONSIDÉRANT l'état de dégradation des routes communales de "
                     "Fond-Caraïbe et de Bois-Debout après le passage de la tempête "
                     "tropicale ;")]
    verb = d.span("AFFECTE")
    votes = [d.vote("VOTE : Pour 20 – Contre 4 (MONTOUT Serge, LAVIOLETTE Corinne, DÉSIR "
                    "Louis, ROSAMONT Hugues) – Abstentions 2 ADOPTÉ À LA MAJORITÉ",
                    for_=20, against=4, abstention=2)]
    sigs = [d.signature("Le Maire,", "Marie-Line BOISFER-CÉLESTIN", "Le Maire",
                        "Marie-Line BOISFER-CÉLESTIN", "Morne-Kaskad", "2026-03-30")]
    d.reset()
    amounts = [d.amount("3 412 650,00 euros", 3412650),
               d.amount("1 150 000 €", 1150000), d.amount("1 150 000 €", 1150000),
               d.amount("460 000 €", 460000), d.amount("1 610 000 €", 1610000, tax="HT")]
    d.reset()
    dates = [d.date("26 MARS 2026", "2026-03-26"),
             d.date("Le vingt-six mars deux mille vingt-six", "2026-03-26"),
             d.date("vendredi 20 mars 2026", "2026-03-20"),
             d.date("2 juillet 2004", "2004-07-02"),
             d.date("13 décembre 2005", "2005-12-13"),
             d.date("18 décembre 2025", "2025-12-18"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("30 mars 2026", "2026-03-30"),
             d.date("31/03/2026", "2026-03-31"), d.date("31/03/2026", "2026-03-31")]
    d.reset("Le Conseil Municipal,")
    refs = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
            d.ref("loi", "loi n° 2004-639 du 2 juillet 2004 relative à l'octroi de mer, et "
                  "notamment son article 47", number="2004-639", date="2004-07-02",
                  articles=["47"]),
            d.ref("decret", "décret n° 2005-1562 du 13 décembre 2005", number="2005-1562",
                  date="2005-12-13"),
            d.ref("deliberation", "délibération du conseil régional de la Guadeloupe n° "
                  "CR/25-1187 du 18 décembre 2025", number="CR/25-1187",
                  date="2025-12-18")]
    d.reset()
    ids = [d.ident("postal_code", "97129", "97129"),
           d.ident("phone", "05 90 84 12 30", "0590841230"),
           d.ident("siret", "219 712 908 00009", "21971290800009")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE MORNE-KASKAD", "body": "CONSEIL MUNICIPAL"},
            "2026/041",
            "Affectation de la dotation globale garantie de l'octroi de mer 2026 – "
            "programme de voirie des sections Fond-Caraïbe et Bois-Debout",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "AFFECTE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def oberhausen():
    """MOSELLE commune, droit local: PRÉSIDENT DE SÉANCE replacing the maire
    (L. 2541-12), Corporation item, "signent au registre" name grid."""
    d = DocH("commune-oberhausen-les-bitche-deliberation-2026-09")
    pres = d.P("M. Joseph WEBER", at="Président de séance :")
    sec = d.P("Mme Odile SCHNEIDER", at="Secrétaire de séance :")
    present = [d.S("Joseph WEBER", "M.", "Joseph", "WEBER", at="Présents :")]
    for g, f in [("Gérard", "KIEFFER"), ("Norbert", "SCHWARTZ"), ("Aloyse", "MULLER"),
                 ("Eugène", "HOFFMANN"), ("Roger", "STEINMETZ")]:
        present.append(d.S(g + " " + f, "M.", g, f))
    for g, f in [("Marlène", "ZIMMERMANN"), ("Irène", "KLEIN épouse BECKER"),
                 ("Christiane", "WAGNER"), ("Bernadette", "FRITSCH"),
                 ("Liliane", "HEMMERT"), ("Sabine", "KOCH")]:
        present.append(d.S(g + " " + f, "Mme", g, f))
    x1 = d.P("M. Bernard GANGLOFF", at="Absents excusés")
    x2 = d.P("M. Paul SCHMITT")
    p1 = d.proxy(x2, "M. Gérard KIEFFER")
    absent = [d.P("M. René BURGER", at="Absent non excusé")]
    att = attendance(present, [x1, x2], absent, [p1], in_office=15, present_n=12,
                     represented=1)
    session = {"date": "2026-03-06", "place": None, "convened_on": "2026-02-27",
               "president": pres, "secretary": sec}
    d.reset("Le conseil municipal,\n")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment "
                      "ses articles L. 2541-1 à L. 2541-14 ;"),
             d.clause("Vu la loi du 6 juin 1895 portant code municipal d'Alsace-Lorraine ;"),
             d.clause("Vu la délibération n° 2021-33 du 14 septembre 2021 fixant les "
                      "loyers des biens communaux ;"),
             d.clause("Vu la demande de la Corporation des sapeurs-pompiers volontaires "
                      "d'Oberhausen (SIRET 778 912 345 00007) du 12 janvier 2026 ;")]
    cons = [d.clause("Considérant que le président de la Corporation est le frère du "
                     "maire, lequel ne peut dès lors prendre part ni aux débats ni au "
                     "vote ;")]
    votes = [d.vote("à l'unanimité des membres présents et représentés", unanimous=True)]
    verb = d.span("DÉCIDE")
    sigs = [d.signature("Le Président de séance,", "Joseph WEBER", "Le Président de séance",
                        "Joseph WEBER", "Oberhausen-lès-Bitche", "2026-03-09")]
    d.reset()
    amounts = [d.amount("240,00 €", 240), d.amount("deux cent quarante euros", 240)]
    d.reset()
    dates = [d.date("vendredi 6 mars 2026", "2026-03-06"),
             d.date("27 février 2026", "2026-02-27"),
             d.date("6 juin 1895", "1895-06-06"),
             d.date("14 septembre 2021", "2021-09-14"),
             d.date("12 janvier 2026", "2026-01-12"),
             d.date("1er avril 2026", "2026-04-01"),
             d.date("9 mars 2026", "2026-03-09")]
    d.reset()
    refs = [d.ref("code", "article\nL. 2541-2 du code général des collectivités "
                  "territoriales", code=CGCT, articles=["L.2541-2"]),
            d.ref("code", "article L. 2541-12", code=CGCT, articles=["L.2541-12"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L. 2541-1 à L. 2541-14", code=CGCT,
                  articles=["L.2541-1", "L.2541-14"]),
            d.ref("loi", "loi du 6 juin 1895", date="1895-06-06"),
            d.ref("deliberation", "délibération n° 2021-33 du 14 septembre 2021",
                  number="2021-33", date="2021-09-14")]
    d.reset()
    ids = [d.ident("siret", "778 912 345 00007", "77891234500007")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Commune d'OBERHAUSEN-LÈS-BITCHE", "body": "conseil municipal"},
            None,
            "Corporation des sapeurs-pompiers volontaires – location du verger communal "
            "de l'Eichwald",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def province_sud():
    """ARRÊTÉ of the président of the PROVINCE SUD (Nouvelle-Calédonie):
    slashed number, 45/CP délibération, "F.CFP", headed articles."""
    d = DocH("province-sud-arrete-2026-0412")
    d.reset("LE PRÉSIDENT DE L'ASSEMBLÉE")
    visas = [d.clause("Vu la loi organique modifiée n° 99-209 du 19 mars 1999 relative à "
                      "la Nouvelle-Calédonie, et notamment ses articles 20 et 173 ;"),
             d.clause("Vu la loi n° 99-210 du 19 mars 1999 relative à la "
                      "Nouvelle-Calédonie ;"),
             d.clause("Vu le code de l'environnement de la province Sud ;"),
             d.clause("Vu la délibération n° 45/CP du 12 mars 2026 de la commission "
                      "permanente de l'assemblée de la province Sud instituant une aide à "
                      "la replantation ;"),
             d.clause("Vu la délibération n° 2024-118/APS du 28 novembre 2024 relative au "
                      "code des aides pour le soutien de l'économie ;"),
             d.clause("Vu l'arrêté n° 2025-3317/ARR/DDEE du 2 octobre 2025 ;")]
    cons = [d.clause("Considérant les dégâts causés aux cocoteraies de Vao et de Gadji par "
                     "le cyclone des 14 et 15 février 2026 ;")]
    verb = d.span("A R R Ê T E")
    arts = [art(d, "1", "OBJET", "ARTICLE PREMIER : OBJET", "Le présent arrêté",
                "l'Île des Pins."),
            art(d, "2", "MONTANT", "ARTICLE 2 : MONTANT", "L'aide est fixée",
                "de francs CFP."),
            art(d, "3", "DÉPÔT DES DEMANDES", "ARTICLE 3 : DÉPÔT DES DEMANDES",
                "Les demandes sont", "aides.ddee@province-sud.nc."),
            art(d, "4", "EXÉCUTION", "ARTICLE 4 : EXÉCUTION", "Le secrétaire général",
                "Nouvelle-Calédonie.")]
    sigs = [d.signature("Pour le président et par délégation,", "Thierry WAHUZUE-GOROMIDO",
                        "Pour le président et par délégation, Le secrétaire général",
                        "Thierry WAHUZUE-GOROMIDO", "Nouméa", "2026-03-24")]
    d.reset()
    amounts = [xpf(d, "180 000 F.CFP", 180000), xpf(d, "1 440 000 F.CFP", 1440000),
               xpf(d, "25 millions\nde francs CFP", 25000000)]
    d.reset()
    dates = [d.date("24 mars 2026", "2026-03-24"),
             d.date("19 mars 1999", "1999-03-19"),
             d.date("19 mars 1999", "1999-03-19"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("28 novembre 2024", "2024-11-28"),
             d.date("2 octobre 2025", "2025-10-02"),
             d.date("14", "2026-02-14", at="cyclone des"),
             d.date("15 février 2026", "2026-02-15"),
             d.date("30 juin 2026", "2026-06-30"),
             d.date("24 mars 2026", "2026-03-24")]
    d.reset("LE PRÉSIDENT DE L'ASSEMBLÉE")
    refs = [d.ref("loi_organique", "loi organique modifiée n° 99-209 du 19 mars 1999 "
                  "relative à la Nouvelle-Calédonie, et notamment ses articles 20 et 173",
                  number="99-209", date="1999-03-19", articles=["20", "173"]),
            d.ref("loi", "loi n° 99-210 du 19 mars 1999", number="99-210",
                  date="1999-03-19"),
            d.ref("code", "code de l'environnement de la province Sud",
                  code="Code de l'environnement de la province Sud"),
            d.ref("deliberation", "délibération n° 45/CP du 12 mars 2026", number="45/CP",
                  date="2026-03-12"),
            d.ref("deliberation", "délibération n° 2024-118/APS du 28 novembre 2024",
                  number="2024-118/APS", date="2024-11-28"),
            d.ref("arrete", "arrêté n° 2025-3317/ARR/DDEE du 2 octobre 2025",
                  number="2025-3317/ARR/DDEE", date="2025-10-02"),
            d.ref("deliberation", "délibération n° 45/CP", number="45/CP")]
    d.reset()
    ids = [d.ident("postal_code", "98849", "98849"),
           d.ident("phone", "20 34 00", "203400"),
           d.ident("email", "dde.contact@province-sud.nc", "dde.contact@province-sud.nc"),
           d.ident("email", "aides.ddee@province-sud.nc", "aides.ddee@province-sud.nc")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PROVINCE SUD",
             "body": "LE PRÉSIDENT DE L'ASSEMBLÉE DE LA PROVINCE SUD"},
            "0412-2026/ARR/DDEE",
            "fixant les modalités d'attribution de l'aide à la replantation des "
            "cocoteraies sinistrées de l'île des Pins",
            visas=visas, cons=cons, dec={"verb": "A R R Ê T E", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    vaitoa()
    morne_kaskad()
    oberhausen()
    province_sud()
