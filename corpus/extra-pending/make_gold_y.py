#!/usr/bin/env python3
"""Hand-written gold for the blind set Y (corpusY) of corpus/extra-pending
(see README.md, section "Blind set (corpusY)").
Run: python3 make_gold_y.py

Same conventions and tooling as make_gold_x.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CASF, CGCT, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def roche_vaudrenne():
    """Commune délibération with the COUNTS IN A LEFT MARGIN beside the
    registre heading ("Nombre de conseillers / En exercice : 15 /
    Présents : 12 / Votants : 13" left, "EXTRAIT DU REGISTRE …" / "Séance
    du …" right), "DÉLIBÉRATION N° …", two-line "OBJET :" holding a
    person's name, date in words with the hour in words, labelled lists
    "Présents : / Excusés : (pouvoir à …) / Absent :", secretary line,
    exposé citing an avis du Domaine with its number (no reference),
    CGCT acronym, CGPPP in full, "DÉCIDE :", "Article n :", an interested
    member who "ne prend pas part au vote et quitte la salle" printed after
    the articles, then a NOMINATIVE vote "Ont voté pour (8) : M. A, Mme B
    …" / "Ont voté contre (2) : …" / "Se sont abstenues (2) : …" / "La
    délibération est adoptée."; "Me" (notaire) in an article; "Pour
    extrait certifié conforme," / "À …, le …" / "La Maire,"."""
    d = DocH("commune-roche-sur-vaudrenne-deliberation-2025-046")
    pres = d.P("Mme Claire ANTOINE", at="sous la présidence de")
    d.reset("Présents : Mme")
    present = d.persons("Mme Claire ANTOINE", "M. Paul BERTHELOT", "Mme Agnès CHEVRIER",
                        "M. Denis FOURNERET", "Mme Lucie GAUTHERON", "M. Hugues JACQUOT",
                        "Mme Nadia LAMBOLEY", "M. Olivier MOUGEOT", "Mme Sandrine PERRIN",
                        "M. Rémi THIÉBAUT", "Mme Véronique VALLET", "M. Yann ZIMMER")
    d.reset("Excusés :")
    collin = d.P("M. Bernard COLLIN")
    px = [d.proxy(collin, d.P("Mme Claire ANTOINE"))]
    excused = [collin, d.P("Mme Hélène DROUOT")]
    absent = [d.P("M. Kévin RENARD", at="Absent :")]
    sec = d.P("Mme Lucie GAUTHERON", at="Secrétaire de séance :")
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le code général des collectivités territoriales (CGCT), notamment ses "
                      "articles L. 2121-29, L. 2131-11 et L. 2241-1 ;"),
             d.clause("Vu le code général de la propriété des personnes publiques, notamment son "
                      "article L. 3211-14 ;"),
             d.clause("Vu la délibération n° 2024-081 du 9 décembre 2024 constatant la "
                      "désaffectation du chemin rural dit « des Grands Prés » ;")]
    cons = [d.clause("Considérant que la parcelle ne présente aucune utilité pour un service "
                     "public communal ;")]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er :", "De céder à M. Denis FOURNERET la parcelle "
                      "cadastrée section ZB n° 214 au prix de 4 850 € (quatre mille huit cent "
                      "cinquante euros), conforme à l’avis du Domaine."),
            d.article("2", None, "Article 2 :", "Les frais d’acte et de géomètre, estimés à "
                      "1 120,00 €, sont à la charge de l’acquéreur."),
            d.article("3", None, "Article 3 :", "Madame la Maire est autorisée à signer l’acte "
                      "authentique à intervenir en l’étude de Me Florence VAUTRIN, notaire à "
                      "Langres.")]
    # the interested member's sentence opens the vote block (printed just
    # before the nominative lists): not_voting 1 (aveyron, set M)
    votes = [d.vote("M. Denis FOURNERET, intéressé à l’affaire, ne prend pas part au vote et "
                    "quitte la salle. Ont voté pour (8) : Mme Claire ANTOINE, M. Bernard COLLIN "
                    "(par procuration), M. Paul BERTHELOT, Mme Agnès CHEVRIER, Mme Lucie "
                    "GAUTHERON, M. Hugues JACQUOT, Mme Sandrine PERRIN, M. Rémi THIÉBAUT. Ont "
                    "voté contre (2) : M. Olivier MOUGEOT, M. Yann ZIMMER. Se sont abstenues "
                    "(2) : Mme Nadia LAMBOLEY, Mme Véronique VALLET. La délibération est "
                    "adoptée.", 8, 2, 2, not_voting=1)]
    sigs = [d.signature("La Maire,", "Claire ANTOINE", "La Maire", "Claire ANTOINE",
                        "La Roche-sur-Vaudrenne", "2025-10-16", at="Pour extrait certifié")]
    d.reset("Madame la Maire expose")
    amounts = [d.amount("4 850 €", 4850), d.amount("4 850 €", 4850),
               d.amount("quatre mille huit cent cinquante euros", 4850),
               d.amount("1 120,00 €", 1120)]
    d.reset()
    dates = [d.date("14 octobre 2025", "2025-10-14"),
             d.date("L’an deux mille vingt-cinq, le quatorze octobre", "2025-10-14"),
             d.date("7 octobre 2025", "2025-10-07"),
             d.date("2 septembre 2025", "2025-09-02"),
             d.date("9 décembre 2024", "2024-12-09"),
             d.date("16 octobre 2025", "2025-10-16"),
             d.date("17/10/2025", "2025-10-17"),
             d.date("17/10/2025", "2025-10-17")]
    d.reset("Le Conseil municipal,")
    # "avis n° 2025-52417-61283 du 2 septembre 2025" of the Domaine: an
    # avis, no reference; "section ZB n° 214": cadastre
    refs = [d.ref("code", "code général des collectivités territoriales (CGCT), notamment ses "
                  "articles L. 2121-29, L. 2131-11 et L. 2241-1", code=CGCT,
                  articles=["L.2121-29", "L.2131-11", "L.2241-1"]),
            d.ref("code", "code général de la propriété des personnes publiques, notamment son "
                  "article L. 3211-14",
                  code="Code général de la propriété des personnes publiques",
                  articles=["L.3211-14"]),
            d.ref("deliberation", "délibération n° 2024-081 du 9 décembre 2024",
                  number="2024-081", date="2024-12-09")]
    d.reset()
    ids = [d.ident("postal_code", "52310", "52310"),
           d.ident("phone", "03 25 31 44 07", "0325314407"),
           d.ident("email", "mairie@laroche-vaudrenne.fr", "mairie@laroche-vaudrenne.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LA ROCHE-SUR-VAUDRENNE", "body": "CONSEIL MUNICIPAL"},
            "2025-046",
            "Cession d’une parcelle communale (section ZB n° 214) au profit de M. Denis "
            "FOURNERET",
            session={"date": "2025-10-14", "place": "mairie", "convened_on": "2025-10-07",
                     "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=15, present_n=12,
                           voting=13),
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def ehpad_tilleuls():
    """Délibération of the CONSEIL D'ADMINISTRATION of a public EHPAD
    (établissement public autonome): letterhead with SIRET and FINESS on
    one line, phone, e-mail; "Séance du jeudi …"; "Délibération n°
    CA-…"; two-line "Objet :"; séance sentence (convocation, hour, place,
    presidency); "Administrateurs présents :" (a "Dr"), "Administrateur
    représenté : X (pouvoir à Y)", "Administrateur excusé :", "Assistaient
    avec voix consultative : X, directrice ; Y, cadre de santé."; counts on
    one dash line cut by a line break; a QUORUM sentence with the numbers
    in words and the secretary designated in it; CASF acronym; an arrêté of
    the département's président with its number after the issuer; dotted
    tariff table in article 1; "Adopté par 7 voix pour, 1 contre (M. X).";
    "Fait à …, le …" above the president's signature."""
    d = DocH("ehpad-les-tilleuls-sereine-ca-2025-18")
    pres = d.P("M. Gérard POINSOT", at="sous la présidence de")
    d.reset("Administrateurs présents :")
    present = d.persons("M. Gérard POINSOT", "Mme Isabelle BOURGOGNE", "M. Thierry CASSIN")
    present.append(d.S("Dr Martine DELAGE", "Dr", "Martine", "DELAGE"))
    present += d.persons("Mme Françoise ÉVRARD", "M. Jacques GRILLOT", "Mme Yvette HUGOT")
    # "Administrateur représenté : X (pouvoir à Y)": proxies only (as
    # "Membre représenté" of set S, "Absents ayant donné procuration")
    px = [d.proxy("Mme Sylvie LAFORÊT", "M. Gérard POINSOT", at="Administrateur représenté")]
    excused = [d.P("M. Alain MERCIER", at="Administrateur excusé")]
    adv = d.persons("Mme Patricia NOIROT", "M. Cédric OUDOT", at="Assistaient")
    sec = d.P("Mme Yvette HUGOT", at="peut valablement")
    d.reset("peut valablement")
    visas = [d.clause("Vu le code de l’action sociale et des familles (CASF), notamment ses "
                      "articles L. 315-12, L. 342-2 et R. 314-180 ;"),
             d.clause("Vu l’arrêté du président du conseil départemental de l’Yonne n° "
                      "2025-PA-0412 du 30 juin 2025 fixant le forfait global dépendance de "
                      "l’établissement ;"),
             d.clause("Vu la délibération n° CA-2024-22 du 12 décembre 2024 ;")]
    cons = [d.clause("Considérant l’évolution des charges de personnel et d’énergie constatée "
                     "en 2025 ;")]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er –", "À compter du 1er novembre 2025, les tarifs "
                      "journaliers sont fixés comme suit : Hébergement permanent "
                      "............................ 64,18 € Hébergement temporaire "
                      "........................... 68,40 € Tarif dépendance GIR 1-2 "
                      "......................... 22,73 € Tarif dépendance GIR 3-4 "
                      "......................... 14,42 € Tarif dépendance GIR 5-6 "
                      ".......................... 6,12 €"),
            d.article("2", None, "Article 2 –", "Le tarif d’hébergement des résidents âgés de "
                      "moins de soixante ans est fixé à 86,95 € par jour."),
            d.article("3", None, "Article 3 –", "La directrice est chargée de l’exécution de la "
                      "présente délibération, qui sera transmise au président du conseil "
                      "départemental.")]
    votes = [d.vote("Adopté par 7 voix pour, 1 contre (M. Jacques GRILLOT).", 7, 1)]
    sigs = [d.signature("Le Président du conseil d’administration,", "Gérard POINSOT",
                        "Le Président du conseil d’administration", "Gérard POINSOT",
                        "Sereine-sur-Armance", "2025-09-26")]
    d.reset("DÉCIDE")
    amounts = [d.amount("64,18 €", 64.18), d.amount("68,40 €", 68.4),
               d.amount("22,73 €", 22.73), d.amount("14,42 €", 14.42),
               d.amount("6,12 €", 6.12), d.amount("86,95 €", 86.95)]
    d.reset()
    # "en 2025": a year; the numbers of the quorum sentence are no counts
    dates = [d.date("jeudi 25 septembre 2025", "2025-09-25"),
             d.date("1er novembre 2025", "2025-11-01"),
             d.date("11 septembre 2025", "2025-09-11"),
             d.date("jeudi 25 septembre 2025", "2025-09-25"),
             d.date("30 juin 2025", "2025-06-30"),
             d.date("12 décembre 2024", "2024-12-12"),
             d.date("1er novembre 2025", "2025-11-01"),
             d.date("26 septembre 2025", "2025-09-26")]
    d.reset("peut valablement")
    refs = [d.ref("code", "code de l’action sociale et des familles (CASF), notamment ses "
                  "articles L. 315-12, L. 342-2 et R. 314-180", code=CASF,
                  articles=["L.315-12", "L.342-2", "R.314-180"]),
            d.ref("arrete", "arrêté du président du conseil départemental de l’Yonne n° "
                  "2025-PA-0412 du 30 juin 2025", number="2025-PA-0412", date="2025-06-30"),
            d.ref("deliberation", "délibération n° CA-2024-22 du 12 décembre 2024",
                  number="CA-2024-22", date="2024-12-12")]
    d.reset()
    # FINESS 890 004 217: none of the contract's identifier kinds
    ids = [d.ident("postal_code", "89440", "89440"),
           d.ident("siret", "268 900 412 00019", "26890041200019"),
           d.ident("phone", "03 86 47 21 90", "0386472190"),
           d.ident("email", "direction@ehpad-tilleuls-sereine.fr",
                   "direction@ehpad-tilleuls-sereine.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "EHPAD « LES TILLEULS » DE SEREINE-SUR-ARMANCE",
             "body": "CONSEIL D’ADMINISTRATION"},
            "CA-2025-18",
            "Fixation des tarifs journaliers d’hébergement et de dépendance au 1er novembre 2025",
            session={"date": "2025-09-25", "place": "salle polyvalente de l’établissement",
                     "convened_on": "2025-09-11", "president": pres, "secretary": sec},
            att=attendance(present, excused, [], px, adv, [], in_office=9, present_n=7,
                           represented=1, voting=8),
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def montigny_rh():
    """Individual HR ARRÊTÉ (nomination stagiaire): "MAIRIE DE …" + service
    line, address, phone; "ARRÊTÉ N° 2025-RH-214" + two "portant …" title
    lines holding the agent's name; "Le Maire de …,"; visas (code général
    de la fonction publique with a range, two décrets, two délibérations);
    a considérant with a date; bare "ARRÊTE"; "Article n :"; a birth date;
    grade, échelon, "indice brut 367, indice majoré 366", "NBI de 10 points
    majorés" (no amounts); IFSE "180,00 €, soit 2 160 € par an" (NBSP);
    article 3 CUT by the running footer "Mairie … – Arrêté n° … Page 1/2" +
    form feed; telerecours url; signature date in words; "Ampliation
    adressée à :" dash list (roles, no names); "Notifié à l’intéressé le
    dd/mm/yyyy"; footer "Page 2/2" at the end."""
    d = DocH("commune-montigny-les-cordes-arrete-rh-2025-214")
    d.reset("Le Maire de Montigny")
    visas = [d.clause("Vu le code général de la fonction publique, notamment ses articles "
                      "L. 327-1 à L. 327-4 et L. 712-12 ;"),
             d.clause("Vu le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions "
                      "communes applicables aux fonctionnaires stagiaires de la fonction publique "
                      "territoriale ;"),
             d.clause("Vu le décret n° 2006-1691 du 22 décembre 2006 portant statut particulier "
                      "du cadre d’emplois des adjoints techniques territoriaux ;"),
             d.clause("Vu la délibération du conseil municipal n° 2025-063 du 23 septembre 2025 "
                      "portant création d’un poste d’adjoint technique à temps complet ;"),
             d.clause("Vu la délibération n° 2019-58 du 19 novembre 2019 instituant le RIFSEEP ;")]
    cons = [d.clause("Considérant la vacance d’emploi déclarée auprès du Centre de gestion de "
                     "l’Aube le 2 octobre 2025 ;")]
    verb = d.span("ARRÊTE")
    arts = [d.article("1", None, "Article 1er :", "À compter du 1er décembre 2025, M. Maxime "
                      "ROYER-DELORME, né le 14 mars 1998, est nommé adjoint technique territorial "
                      "stagiaire à temps complet, au 1er échelon de son grade (indice brut 367, "
                      "indice majoré 366)."),
            d.article("2", None, "Article 2 :", "La durée du stage est fixée à un an. "
                      "L’intéressé percevra la nouvelle bonification indiciaire (NBI) de 10 "
                      "points majorés au titre de la conduite de véhicules.")]
    arts.append(art_cut(d, "3", None, "Article 3 :", "Le montant mensuel brut",
                        "l’expérience professionnelle acquise par l’agent.",
                        "Le montant mensuel brut de l’indemnité de fonctions, de sujétions et "
                        "d’expertise (IFSE) versée à l’intéressé est fixé à 180,00 €, soit "
                        "2 160 € par an, à compter de la même date. Ce montant sera "
                        "réexaminé en cas de changement de fonctions et au moins tous les quatre "
                        "ans, au vu de l’expérience professionnelle acquise par l’agent."))
    arts += [d.article("4", None, "Article 4 :", "Le présent arrêté peut faire l’objet d’un "
                       "recours devant le tribunal administratif de Châlons-en-Champagne dans un "
                       "délai de deux mois à compter de sa notification, y compris par "
                       "l’application www.telerecours.fr."),
             d.article("5", None, "Article 5 :", "Le Directeur général des services et le "
                       "comptable public sont chargés, chacun en ce qui le concerne, de "
                       "l’exécution du présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Jean-Luc HUMBERT", "Le Maire", "Jean-Luc HUMBERT",
                        "Montigny-les-Cordes", "2025-11-24", at="Fait à Montigny")]
    d.reset("Article 3 :")
    amounts = [d.amount("180,00 €", 180), d.amount("2\u00a0160 €", 2160)]
    d.reset()
    dates = [d.date("4 novembre 1992", "1992-11-04"),
             d.date("22 décembre 2006", "2006-12-22"),
             d.date("23 septembre 2025", "2025-09-23"),
             d.date("19 novembre 2019", "2019-11-19"),
             d.date("2 octobre 2025", "2025-10-02"),
             d.date("1er décembre 2025", "2025-12-01"),
             d.date("14 mars 1998", "1998-03-14"),
             d.date("vingt-quatre novembre deux mille vingt-cinq", "2025-11-24"),
             d.date("28/11/2025", "2025-11-28")]
    d.reset("Le Maire de Montigny")
    # the footer's "Arrêté n° 2025-RH-214" is furniture and the act's own
    # number: no reference
    refs = [d.ref("code", "code général de la fonction publique, notamment ses articles "
                  "L. 327-1 à L. 327-4 et L. 712-12", code="Code général de la fonction publique",
                  articles=["L.327-1", "L.327-4", "L.712-12"]),
            d.ref("decret", "décret n° 92-1194 du 4 novembre 1992", number="92-1194",
                  date="1992-11-04"),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("deliberation", "délibération du conseil municipal n° 2025-063 du 23 "
                  "septembre 2025", number="2025-063", date="2025-09-23"),
            d.ref("deliberation", "délibération n° 2019-58 du 19 novembre 2019",
                  number="2019-58", date="2019-11-19")]
    d.reset()
    ids = [d.ident("postal_code", "10270", "10270"),
           d.ident("phone", "03 25 41 62 18", "0325416218"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE MONTIGNY-LES-CORDES", "body": "Le Maire"},
            "2025-RH-214",
            "portant nomination stagiaire de M. Maxime ROYER-DELORME dans le grade d’adjoint "
            "technique territorial",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def brenouille_liste():
    """LISTE DES DÉLIBÉRATIONS of a conseil communautaire (L. 2121-25
    CGCT): SIREN, phone and url on one letterhead line; two-line heading
    with a weekday date; "Président de séance :" / "Secrétaire de séance :"
    label lines; counts on one dash line; SIX items, each "Délibération n°
    2025-0nn – Objet" then a short PARAGRAPH (lower-case verbs "approuve",
    "fixe", "attribue" inside sentences) and the vote on its own line:
    "Adopté par 19 voix pour, 3 contre." (no abstention printed), "… 3
    contre et 1 abstention.", "Adopté à l’unanimité.", a REJECTED motion
    "Rejeté par 7 voix pour, 14 contre et 1 abstention.", "Adopté à
    l’unanimité des suffrages exprimés (21 voix) ; M. X ne prend pas part
    au vote." cut by a line break; NBSP thousands, "€ HT"; "Affichée le …"
    and a signature without place or date."""
    d = DocH("cc-pays-de-brenouille-liste-deliberations-2025-11-18")
    pres = d.P("M. Laurent DESBOIS", at="Président de séance")
    sec = d.P("Mme Odile FAUCHER", at="Secrétaire de séance")
    d.reset("Votants : 22")
    votes = [d.vote("Adopté par 19 voix pour, 3 contre.", 19, 3),
             d.vote("Adopté par 18 voix pour, 3 contre et 1 abstention.", 18, 3, 1),
             d.vote("Adopté à l’unanimité.", unanimous=True),
             d.vote("Rejeté par 7 voix pour, 14 contre et 1 abstention.", 7, 14, 1,
                    result="rejected"),
             d.vote("Adopté à l’unanimité des suffrages exprimés (21 voix) ; M. Paul ROUGEOT ne "
                    "prend pas part au vote.", 21, not_voting=1, unanimous=True),
             d.vote("Adopté à l’unanimité.", unanimous=True)]
    # no "Fait à": place and date null; "Affichée le …" is the display date
    sigs = [d.signature("Le Président,", "Laurent DESBOIS", "Le Président", "Laurent DESBOIS",
                        None, None, at="Affichée le")]
    d.reset("Votants : 22")
    amounts = [d.amount("48\u00a0500 €", 48500), d.amount("96,00 €", 96),
               d.amount("2,45 €", 2.45), d.amount("35\u00a0000 €", 35000),
               d.amount("12\u00a0400 €", 12400, tax="HT")]
    d.reset()
    # "l’exercice 2025", "ordures ménagères 2026": years, no dates
    dates = [d.date("mardi 18 novembre 2025", "2025-11-18"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("1er décembre 2025", "2025-12-01"),
             d.date("24 juin 2025", "2025-06-24"),
             d.date("21 novembre 2025", "2025-11-21")]
    d.reset()
    # each item heading is a `deliberation` reference (a PV's items, as
    # Saint-Haon); "chapitre 012" is a budget line
    refs = [d.ref("code", "article L. 2121-25 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-25"])]
    for n in ("087", "088", "089", "090", "091"):
        refs.append(d.ref("deliberation", "Délibération n° 2025-" + n, number="2025-" + n))
    refs.append(d.ref("code", "article L. 5214-16 du CGCT", code=CGCT, articles=["L.5214-16"],
                      at="Délibération n° 2025-089"))
    refs.sort(key=lambda r: r["span"][0])
    d.reset("Délibération n° 2025-092")
    refs += [d.ref("deliberation", "Délibération n° 2025-092", number="2025-092"),
             d.ref("deliberation", "délibération n° 2025-041 du 24 juin 2025",
                   number="2025-041", date="2025-06-24")]
    d.reset()
    # gold corrected after the run: a procès-verbal's decision is its first
    # operative verb (contract), lower case as printed ("Le conseil approuve
    # …", as commune-montferrier-riviere-pv-2024-03-28 in corpus/extra)
    dec = {"verb": "approuve", "span": d.span("approuve")}
    d.reset()
    ids = [d.ident("postal_code", "71460", "71460"),
           d.ident("siren", "200 073 187", "200073187"),
           d.ident("phone", "03 85 96 12 40", "0385961240"),
           d.ident("url", "www.cc-brenouille.fr", "www.cc-brenouille.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DU PAYS DE BRENOUILLE",
             "body": "conseil communautaire"},
            None,
            "LISTE DES DÉLIBÉRATIONS du conseil communautaire du mardi 18 novembre 2025",
            session={"date": "2025-11-18", "place": None, "convened_on": None,
                     "president": pres, "secretary": sec},
            att=attendance(in_office=24, present_n=19, represented=3, voting=22),
            dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["roche_vaudrenne", "ehpad_tilleuls", "montigny_rh", "brenouille_liste"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
