#!/usr/bin/env python3
"""Hand-written gold for the blind set CD (corpusCD) of corpus/extra-pending
(see README.md, section "Blind set (corpusCD)").
Run: python3 make_gold_cd.py

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
from _goldlib import CGCT, DocH, art, attendance, doc, EMPTY_SESSION  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CROUTE = "Code de la route"


def lescuns_occitan():
    """OCCITAN/FRENCH délibération: every heading and label "Occitan /
    French" on one line, body in French."""
    d = DocH("commune-lescuns-d-olt-deliberation-2026-018")
    pres = d.P("M. Joan DELMAS", at="présidence de")
    present = d.persons("M. Joan DELMAS", "Mme Marinette CAYLA", "M. Pèire ROUQUETTE",
                        "Mme Sandrine BOUSQUET", "M. Laurent FABRE", "Mme Céline VIALARET",
                        "M. Bernat ALIBERT", "Mme Nathalie SOULIÉ",
                        at="Étaient présents")
    x1 = d.P("M. Didier MARTY", at="Excusés :")
    p1 = d.proxy(x1, "M. Joan DELMAS")
    x2 = d.P("Mme Élodie COSTES")
    absent = [d.P("M. Thierry GINESTET", at="Absent / Absent")]
    sec = d.P("Mme Céline VIALARET", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1], in_office=11, present_n=8,
                     represented=None, voting=9)
    session = {"date": "2026-03-16", "place": "mairie", "convened_on": "2026-03-09",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le Code général des collectivités territoriales, notamment son "
                      "article L. 2121-29 ;"),
             d.clause("Vu la loi n° 2021-641 du 21 mai 2021 relative à la protection "
                      "patrimoniale des langues régionales et à leur promotion ;"),
             d.clause("Vu la délibération n° 2025-044 du 8 décembre 2025 portant adhésion "
                      "à la charte « Òc per l'occitan » ;")]
    cons = [d.clause("Considérant que la signalétique bilingue des voies communales "
                     "participe à la transmission et à la visibilité de la langue occitane ;")]
    votes = [d.vote("à l'unanimité des votants", unanimous=True)]
    verb = d.span("DÉCIDE", at="DECIDÍS")
    d.reset("DÉCIDE :")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "18 450,00 € HT."),
            art(d, "2", None, "Article 2 :", "De solliciter", "hors taxes."),
            art(d, "3", None, "Article 3 :", "D'autoriser", "à ce dossier.")]
    sigs = [d.signature("Le Maire,", "Joan DELMAS", "Le Maire", "Joan DELMAS",
                        "Lescuns-d'Olt", "2026-03-18", at="Le Maire,\nJoan")]
    d.reset()
    amounts = [d.amount("18 450,00 €", 18450, tax="HT"), d.amount("7 380 €", 7380)]
    dates = [d.date("16 mars 2026", "2026-03-16", at="Séance du"),
             d.date("L'an deux mille vingt-six, le seize mars", "2026-03-16"),
             d.date("9 mars 2026", "2026-03-09"),
             d.date("21 mai 2021", "2021-05-21"),
             d.date("8 décembre 2025", "2025-12-08"),
             d.date("18 mars 2026", "2026-03-18"),
             d.date("19/03/2026", "2026-03-19")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment son "
                  "article L. 2121-29", code=CGCT, articles=["L.2121-29"]),
            d.ref("loi", "loi n° 2021-641 du 21 mai 2021", number="2021-641",
                  date="2021-05-21"),
            d.ref("deliberation", "délibération n° 2025-044 du 8 décembre 2025",
                  number="2025-044", date="2025-12-08")]
    d.reset()
    ids = [d.ident("postal_code", "12340", "12340"),
           d.ident("phone", "05 65 48 21 07", "0565482107")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE LESCUNS-D'OLT", "body": "CONSEIL MUNICIPAL"},
            "2026-018",
            "Signalétique bilingue occitan-français des voies communales – demande de "
            "subvention",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_germier_caps():
    """délibération typed ENTIRELY IN CAPITALS without accents (mainframe
    output), dot thousands, francs and EUROS."""
    d = DocH("commune-saint-germier-des-combes-deliberation-2026-07")
    pres = d.S("M. ROGER FAUCHER", "M.", "ROGER", "FAUCHER", at="PRESIDENCE DE")
    d.reset("ETAIENT PRESENTS")
    present = [d.S(n, "M.", None, n) for n in ("FAUCHER", "DURAND", "BESSE", "LAVAL",
                                                "CHAMBON")]
    present += [d.S(n, "Mme", None, n) for n in ("MARTIN", "ROUX", "TEYSSEDOU", "PRADEL")]
    present += [d.S(n, "M.", None, n) for n in ("VIGIER", "DELPUECH")]
    x1 = d.S("M. BOUYGUES", "M.", None, "BOUYGUES", at="ABSENTS EXCUSES")
    p1 = d.proxy(x1, d.S("M. FAUCHER", "M.", None, "FAUCHER"))
    x2 = d.S("MME LAPORTE", "Mme", None, "LAPORTE")
    p2 = d.proxy(x2, d.S("MME MARTIN", "Mme", None, "MARTIN"))
    d.reset("ABSENTS : MM.")
    absent = [d.S("CROS", "M.", None, "CROS"), d.S("SERRES", "M.", None, "SERRES")]
    sec = d.S("MME ROUX", "Mme", None, "ROUX", at="SECRETAIRE DE SEANCE")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=15, present_n=11,
                     represented=2, voting=13)
    session = {"date": "2026-02-23", "place": "MAIRIE", "convened_on": "2026-02-16",
               "president": pres, "secretary": sec}
    d.reset("SECRETAIRE DE SEANCE")
    visas = [d.clause("VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES, ET NOTAMMENT "
                      "SES ARTICLES L. 2121-29 ET L. 2241-1 ;"),
             d.clause("VU LA DELIBERATION N. 2025/41 DU 15 DECEMBRE 2025 APPROUVANT LE "
                      "PLAN LOCAL D'URBANISME ;")]
    cons = [d.clause("CONSIDERANT QUE LA PARCELLE AB 112, D'UNE SUPERFICIE DE 2.450 M2, "
                     "EST NECESSAIRE A L'EXTENSION DU CIMETIERE COMMUNAL ;"),
            d.clause("CONSIDERANT QUE CETTE PARCELLE AVAIT ETE ESTIMEE A 82.000 F EN 1995 "
                     "ET QUE LE PROPRIETAIRE ACCEPTE AUJOURD'HUI UN PRIX DE 12 500,00 "
                     "EUROS ;")]
    votes = [d.vote("PAR 12 VOIX POUR ET 1 ABSTENTION", for_=12, abstention=1)]
    verb = d.span("DECIDE")
    arts = [art(d, "1", None, "ARTICLE 1 :", "D'ACQUERIR", "A LA CHARGE DE LA COMMUNE."),
            art(d, "2", None, "ARTICLE 2 :", "D'IMPUTER", "BUDGET PRINCIPAL."),
            art(d, "3", None, "ARTICLE 3 :", "D'AUTORISER", "L'ACTE AUTHENTIQUE.")]
    sigs = [d.signature("LE MAIRE,", "ROGER FAUCHER", "LE MAIRE", "ROGER FAUCHER",
                        "SAINT-GERMIER-DES-COMBES", "2026-02-25", at="LE MAIRE,\n")]
    d.reset()
    f = d.amount("82.000 F", 82000)
    f["currency"] = "FRF"
    amounts = [f, d.amount("12 500,00 EUROS", 12500), d.amount("12 500,00 EUROS", 12500),
               d.amount("1.250,00 EUROS", 1250)]
    d.reset()
    dates = [d.date("23 FEVRIER 2026", "2026-02-23"),
             d.date("16/02/2026", "2026-02-16"),
             d.date("L'AN DEUX MILLE VINGT-SIX, LE VINGT-TROIS FEVRIER", "2026-02-23"),
             d.date("15 DECEMBRE 2025", "2025-12-15"),
             d.date("25 FEVRIER 2026", "2026-02-25"),
             d.date("26/02/2026", "2026-02-26"),
             d.date("26/02/2026", "2026-02-26")]
    d.reset()
    refs = [d.ref("code", "CODE GENERAL DES COLLECTIVITES TERRITORIALES, ET NOTAMMENT SES "
                  "ARTICLES L. 2121-29 ET L. 2241-1", code=CGCT,
                  articles=["L.2121-29", "L.2241-1"]),
            d.ref("deliberation", "DELIBERATION N. 2025/41 DU 15 DECEMBRE 2025",
                  number="2025/41", date="2025-12-15")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-GERMIER-DES-COMBES",
             "body": "CONSEIL MUNICIPAL"},
            "2026/07", "ACQUISITION D'UNE PARCELLE CADASTREE AB 112 - LIEU-DIT LE COUDERC",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DECIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs)
    check_inside(a)
    d.write([a])


def bellegarde_tabs():
    """délibération exported from a word processor: LABEL<TAB>value lines,
    TAB-separated attendance labels, NBSP / U+202F in amounts, typographic
    quotes."""
    d = DocH("commune-bellegarde-sur-vionne-deliberation-2026-045")
    pres = d.P("Mme Hélène MARCHETTI", at="Présidence")
    present = d.persons("Mme Hélène MARCHETTI", "M. Patrick LOISEAU", "Mme Virginie CARRÉ",
                        "M. Olivier RENAUD", "Mme Sabine JOUVE", "M. Karim BENSAÏD",
                        "Mme Laure PEYRON", "M. Thomas GIRARD", "Mme Odile FAVRE",
                        "M. Julien MOULIN", "Mme Chantal ROCHE", "M. Franck BARBIER",
                        "Mme Anaïs LEGRAND", "M. Rémi TISSOT", "Mme Manon DUCLOS",
                        at="Présents :")
    x1 = d.P("M. Alain VERDIER", at="Excusés")
    p1 = d.proxy(x1, "Mme Hélène MARCHETTI")
    x2 = d.P("Mme Sonia KLEIN")
    p2 = d.proxy(x2, "M. Patrick LOISEAU")
    absent = d.persons("M. Yves PELLETIER", "Mme Cécile AUBERT", at="Absents")
    sec = d.P("Mme Laure PEYRON", at="Secrétaire")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=19, present_n=15,
                     represented=2, voting=17)
    session = {"date": "2026-04-14", "place": "Salle des fêtes", "convened_on": "2026-04-07",
               "president": pres, "secretary": sec}
    d.reset("Le Conseil municipal,")
    visas = [d.clause("Vu le Code général des collectivités territoriales, notamment ses "
                      "articles L. 2121-29 et L. 2331-2 ;"),
             d.clause("Vu la délibération n° 2025-061 du 16 juin 2025 fixant les tarifs de "
                      "l’année scolaire 2025-2026 ;")]
    cons = [d.clause("Considérant la proposition de la commission “Culture et vie "
                     "associative” réunie le 24 mars 2026 ;"),
            d.clause("Considérant qu’il convient d’actualiser les tarifs d’environ 2 % ;")]
    votes = [d.vote("par 15 voix pour, 2 voix contre et 0 abstention", for_=15, against=2,
                    abstention=0)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1", "Les droits", "85,50 €"),
            art(d, "2", None, "Article 2", "Une réduction", "enfant inscrit."),
            art(d, "3", None, "Article 3", "Le produit", "chapitre 70.")]
    sigs = [d.signature("La Maire,", "Hélène MARCHETTI", "La Maire", "Hélène MARCHETTI",
                        "Bellegarde-sur-Vionne", "2026-04-15", at="La Maire,")]
    d.reset()
    amounts = [d.amount("135,00 €", 135), d.amount("1 240 €", 1240),
               d.amount("85,50 €", 85.5), d.amount("48 600 €", 48600)]
    d.reset()
    dates = [d.date("14 avril 2026", "2026-04-14"),
             d.date("07/04/2026", "2026-04-07"),
             d.date("16 juin 2025", "2025-06-16"),
             d.date("24 mars 2026", "2026-03-24"),
             d.date("15 avril 2026", "2026-04-15"),
             d.date("16/04/2026", "2026-04-16")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, notamment ses "
                  "articles L. 2121-29 et L. 2331-2", code=CGCT,
                  articles=["L.2121-29", "L.2331-2"]),
            d.ref("deliberation", "délibération n° 2025-061 du 16 juin 2025",
                  number="2025-061", date="2025-06-16")]
    d.reset()
    ids = [d.ident("acte", "069-216900456-20260415-2026045-DE",
                   "069-216900456-20260415-2026045-DE"),
           d.ident("siret", "216 900 456 00015", "21690045600015"),
           d.ident("email", "mairie@bellegarde-sur-vionne.fr",
                   "mairie@bellegarde-sur-vionne.fr")]
    ids[1]["text"] = _goldlib.collapse(ids[1]["text"])  # NBSPs are blanks (text values)
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BELLEGARDE-SUR-VIONNE", "body": "Conseil municipal"},
            "2026-045", "Tarifs de l’école de musique municipale – année scolaire 2026-2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sainte_arlette_markers():
    """arrêté with "§ n" sections, "I. –", "1°", "a)" markers, "ARTICLE
    PREMIER", "ARTICLE DEUXIÈME", "Art. 3. —", "1er mars 2026" beside
    "01/03/26"."""
    d = DocH("commune-sainte-arlette-sur-lers-arrete-2026-088")
    d.reset("§ 1 – Visas")
    visas = [d.clause("Vu le Code général des collectivités territoriales, et notamment ses "
                      "articles L. 2212-1, L. 2212-2 et L. 2213-1 ;"),
             d.clause("Vu le Code de la route, et notamment son article R. 411-8 ;"),
             d.clause("Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à "
                      "la signalisation des routes et des autoroutes ;"),
             d.clause("Vu la demande présentée le 1er mars 2026 par l'association Vélo "
                      "Club de l'Hers (courriel reçu le 01/03/26) ;")]
    cons = [d.clause("Considérant que la course cycliste empruntera les voies communales "
                     "le dimanche 5 avril 2026 ;"),
            d.clause("Considérant qu'il convient, pour la sécurité des coureurs et des "
                     "usagers, de réglementer la circulation et le stationnement : I. – "
                     "pendant la mise en place du circuit ; II. – pendant le passage de la "
                     "course ;")]
    verb = d.span("ARRÊTE", at="§ 3")
    arts = [art(d, "1", "Circulation", "ARTICLE PREMIER – Circulation", "1° La circulation",
                "munis d'un laissez-passer."),
            art(d, "2", "Stationnement", "ARTICLE DEUXIÈME – Stationnement",
                "Le stationnement", "127 €)."),
            art(d, "3", None, "Art. 3. —", "La signalisation", "l'organisateur."),
            art(d, "4", None, "Art. 4. —", "Le présent", "sa publication."),
            art(d, "5", None, "Art. 5. —", "Le Directeur", "du présent arrêté.")]
    sigs = [d.signature("Le Maire,", "Gérard PUJOL", "Le Maire", "Gérard PUJOL",
                        "Sainte-Arlette-sur-Lers", "2026-03-10", at="Le Maire,\nGérard")]
    d.reset()
    amounts = [d.amount("127 €", 127)]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("1er mars 2026", "2026-03-01"),
             d.date("01/03/26", "2026-03-01"),
             d.date("dimanche 5 avril 2026", "2026-04-05"),
             d.date("dimanche 5 avril 2026", "2026-04-05"),
             d.date("4 avril 2026", "2026-04-04"),
             d.date("5 avril 2026", "2026-04-05"),
             d.date("10 mars 2026", "2026-03-10")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses "
                  "articles L. 2212-1, L. 2212-2 et L. 2213-1", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1"]),
            d.ref("code", "Code de la route, et notamment son article R. 411-8", code=CROUTE,
                  articles=["R.411-8"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967",
                  date="1967-11-24")]
    d.reset()
    ids = [d.ident("postal_code", "09300", "09300")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINTE-ARLETTE-SUR-LERS", "body": "Le Maire"},
            "2026-088",
            "portant réglementation temporaire de la circulation et du stationnement à "
            "l'occasion du passage de la course cycliste « Les Boucles de l'Hers »",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "ARRÊTE", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    lescuns_occitan()
    saint_germier_caps()
    bellegarde_tabs()
    sainte_arlette_markers()
