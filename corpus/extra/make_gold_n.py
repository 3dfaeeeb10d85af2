#!/usr/bin/env python3
"""Hand-written gold for the four documents of the blind set N (corpusN;
see corpus/extra-pending/README.md, section "Blind set (corpusN)") moved
here from corpus/extra-pending once the tool scored 1.0000 on them
(session 14; the fourth, commune-lunel-viel-aot-domaine-public-2025, in
session 15).
Run: python3 make_gold_n.py

Same conventions and tooling as make_gold_m.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import sys

import _goldlib
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401

ROUTE = "code de la route"
CGPPP = "code général de la propriété des personnes publiques"


# ---------------------------------------------------------------- (a)
def saint_aubin_circulation():
    """arrêté temporaire de police de la circulation (travaux de voirie):
    letterhead with postal code and phone, rubric "POLICE DE LA
    CIRCULATION" over "Arrêté temporaire n° VOI-2025-017", two-line
    "Objet :", "Le Maire de la commune de …," as the body line, visas in
    capitals "VU" citing two codes, an arrêté interministériel and an
    instruction approved by an arrêté, the pétitionnaire with SIRET and a
    market amount HT inside a visa, one "CONSIDÉRANT", LETTER-SPACED verb
    "A R R Ê T E", articles abbreviated "ART. n :", a weekday period
    "Du lundi … au vendredi …", numeric signature date, "Ampliation :" dash
    list, "Acte rendu exécutoire après transmission en préfecture le …"
    and "Identifiant :" ACTES id"""
    d = DocB("commune-saint-aubin-lauzes-arrete-circulation-2025-017")
    d.reset("Le Maire de la commune")
    visas = [d.clause(t) for t in (
        "VU le code général des collectivités territoriales, notamment ses articles L.2213-1 à "
        "L.2213-6 ;",
        "VU le code de la route, notamment ses articles R.411-8 et R.417-10 ;",
        "VU l'arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des "
        "routes et autoroutes ;",
        "VU l'instruction interministérielle sur la signalisation routière, huitième partie, "
        "approuvée par l'arrêté du 6 novembre 1992 ;",
        "VU la demande présentée le 10 février 2025 par l'entreprise TP Bazois Réseaux, 4 rue du "
        "Canal, 58800 Corbigny (SIRET 529 147 381 00014), titulaire du marché de travaux d'un "
        "montant de 86 420,00 € HT ;")]
    cons = [d.clause(
        "CONSIDÉRANT que les travaux de renouvellement de la conduite d'eau potable nécessitent de "
        "réglementer la circulation afin d'assurer la sécurité des usagers et du personnel de "
        "chantier ;")]
    # the verb as printed, letter-spaced (contract: "as printed")
    dec = {"verb": "A R R Ê T E", "span": d.span("A R R Ê T E")}
    arts = [
        d.article("1", None, "ART. 1 :",
                  "Du lundi 3 mars 2025 au vendredi 14 mars 2025 inclus, de 8 h 00 à 17 h 30, la "
                  "circulation de tous les véhicules sera alternée par feux tricolores route de "
                  "Beaumont, entre le n° 12 et le carrefour de la rue des Vignes."),
        d.article("2", None, "ART. 2 :",
                  "Le stationnement sera interdit et considéré comme gênant, au sens de l'article "
                  "R.417-10 du code de la route, au droit du chantier pendant toute la durée des "
                  "travaux."),
        d.article("3", None, "ART. 3 :",
                  "La signalisation réglementaire sera mise en place et entretenue par l'entreprise "
                  "TP Bazois Réseaux, sous le contrôle des services techniques municipaux."),
        d.article("4", None, "ART. 4 :",
                  "Toute infraction au présent arrêté sera constatée et poursuivie conformément aux "
                  "lois et règlements en vigueur."),
        d.article("5", None, "ART. 5 :",
                  "Monsieur le Commandant de la brigade de gendarmerie de Corbigny et les agents de "
                  "la police municipale sont chargés, chacun en ce qui le concerne, de l'exécution du "
                  "présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,\nGérard", "Gérard PONCELET", "Le Maire", "Gérard PONCELET",
                        "Saint-Aubin-des-Lauzes", "2025-02-21", at="Fait à Saint-Aubin")]
    d.reset()
    amounts = [d.amount("86 420,00 €", 86420, tax="HT")]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("6 novembre 1992", "1992-11-06"),
             d.date("10 février 2025", "2025-02-10"),
             d.date("lundi 3 mars 2025", "2025-03-03"),
             d.date("vendredi 14 mars 2025", "2025-03-14"),
             d.date("21/02/2025", "2025-02-21"),
             d.date("24/02/2025", "2025-02-24")]
    d.reset("Le Maire de la commune")
    # the instruction has no number or date of its own: the arrêté that
    # approved it is the cited act; "RD 132" is a road, not a reference
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.2213-1 à L.2213-6", code=CGCT, articles=["L.2213-1", "L.2213-6"]),
            d.ref("code", "code de la route, notamment ses articles R.411-8 et R.417-10", code=ROUTE,
                  articles=["R.411-8", "R.417-10"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("arrete", "arrêté du 6 novembre 1992", date="1992-11-06"),
            d.ref("code", "article R.417-10 du code de la route", code=ROUTE,
                  articles=["R.417-10"])]
    d.reset()
    ids = [d.ident("postal_code", "58270", "58270"),
           d.ident("phone", "03 86 58 21 47", "0386582147"),
           d.ident("postal_code", "58800", "58800"),
           d.ident("siret", "529 147 381 00014", "52914738100014"),
           d.ident("acte", "058-215804329-20250221-VOI2025017-AR",
                   "058-215804329-20250221-VOI2025017-AR")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-AUBIN-DES-LAUZES", "body": "Le Maire"},
            "VOI-2025-017",
            "Réglementation de la circulation et du stationnement – travaux de renouvellement du "
            "réseau d'eau potable, route de Beaumont (RD 132)",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (b)
def sivos_ourche():
    """délibération of a SIVOS comité syndical whose attendance is PROSE
    by category with the member commune in brackets after each name
    ("Délégués titulaires présents : Mme X (Commune), …"), a suppléant
    line "Siégeait en qualité de suppléant : M. X, suppléant de Mme Y
    (Commune)", "Délégué excusé ayant donné pouvoir : X (Commune) à Y",
    "Déléguée absente :", counts on one dash-separated line, séance date in
    words WITH a weekday ("le mardi quatorze janvier"), amount in words
    with "toutes taxes comprises" then digits TTC, the vote inside the
    "après en avoir délibéré" sentence with the opponent named, "DÉCIDE :"
    then 1°) 2°) 3°) points (no articles), ACTES id on the "Transmis au
    contrôle de légalité" line"""
    d = DocB("sivos-vallee-ourche-cs-2025-03")
    d.reset("sous la présidence de")
    pres = d.P("Mme Claire VANDENBERGHE")
    # the member commune in brackets is not part of the name; the suppléant
    # sits (present), the titulaire he replaces is in no list (set M,
    # brevanne); excused with proxy: excused and proxies
    d.reset("Délégués titulaires présents")
    present = [d.P("Mme Claire VANDENBERGHE"), d.P("M. Hervé MOINGEON"), d.P("M. Luc PERRIAUX"),
               d.P("Mme Sonia KHELIFI"), d.P("M. Damien THÉVENOT"), d.P("M. Pascal GUYENOT")]
    d.reset("Délégué excusé ayant")
    exc = d.P("M. Rémi CHAUDRON")
    d.reset("Délégué excusé ayant")
    px = [d.proxy("M. Rémi CHAUDRON", "M. Luc PERRIAUX")]
    absent = [d.P("Mme Juliette MARCEAU")]
    d.reset("Secrétaire de séance")
    sec = d.P("M. Damien THÉVENOT")
    d.reset("Vu le code")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment l'article L.5212-16 ;",
        "Vu le code de la commande publique, et notamment ses articles L.2123-1 et R.2123-1 ;",
        "Vu la délibération n° 2024-21 du 3 décembre 2024 approuvant le budget primitif 2025 ;")]
    # the 1°) 2°) 3°) points are no articles (saint-herve, corpus/extra)
    votes = [d.vote("par 6 voix pour et 1 voix contre (M. Luc PERRIAUX)", 6, 1, None)]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    sigs = [d.signature("La Présidente,", "Claire VANDENBERGHE", "La Présidente",
                        "Claire VANDENBERGHE", "Velars-les-Combes", "2025-01-15",
                        at="Pour extrait certifié")]
    d.reset()
    # words beside "toutes taxes comprises": tax TTC (as "hors taxes" in set M)
    amounts = [d.amount("quarante-sept mille huit cents euros", 47800, tax="TTC"),
               d.amount("47 800 €", 47800, tax="TTC"),
               d.amount("143 400 €", 143400, tax="TTC")]
    d.reset()
    dates = [d.date("L'an deux mille vingt-cinq, le mardi quatorze janvier", "2025-01-14"),
             d.date("7 janvier 2025", "2025-01-07"),
             d.date("4 juillet 2025", "2025-07-04"),
             d.date("9 janvier 2025", "2025-01-09"),
             d.date("3 décembre 2024", "2024-12-03"),
             d.date("1er septembre 2025", "2025-09-01"),
             d.date("31 août 2028", "2028-08-31"),
             d.date("15 janvier 2025", "2025-01-15"),
             d.date("16 janvier 2025", "2025-01-16"),
             d.date("16 janvier 2025", "2025-01-16")]
    d.reset("Vu le code")
    # "article 6247 du budget" is a budget line, no reference
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment l'article "
                  "L.5212-16", code=CGCT, articles=["L.5212-16"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L.2123-1 et "
                  "R.2123-1", code="code de la commande publique",
                  articles=["L.2123-1", "R.2123-1"]),
            d.ref("deliberation", "délibération n° 2024-21 du 3 décembre 2024", number="2024-21",
                  date="2024-12-03")]
    d.reset()
    ids = [d.ident("postal_code", "21370", "21370"),
           d.ident("siren", "218 702 199", "218702199"),
           d.ident("siret", "387 261 050 00018", "38726105000018"),
           d.ident("acte", "021-218702199-20250114-2025_03-DE",
                   "021-218702199-20250114-2025_03-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DE LA VALLÉE DE L'OURCHE",
             "body": "COMITÉ SYNDICAL"},
            "2025-03",
            "Marché de transport scolaire 2025-2028 – attribution et autorisation de signature",
            session={"date": "2025-01-14", "place": "école intercommunale de Velars-les-Combes",
                     "convened_on": "2025-01-07", "president": pres, "secretary": sec},
            att=attendance(present, [exc], absent, px, in_office=8, present_n=6,
                           represented=1, voting=7),
            visas=visas, dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (d)
def montcombroux_pv():
    """procès-verbal of a conseil municipal: "DÉPARTEMENT DE … / COMMUNE
    DE …" letterhead, two-line title with the date in capitals and a
    weekday, "Date de convocation :" numeric, counts on ONE dash line in
    lower case ("Conseillers en exercice : 15 – présents : 12 – représentés
    : 2 – votants : 14"), séance date in words with a weekday and no
    "L'an", attendance with CIVILITY GROUPS ("Mmes A, B et C, MM. D, E"),
    "Excusés représentés : X (pouvoir à Y)", items "n – Délibération n° … :
    title" each with its own vote line "Vote : pour 11 – contre 2 (MM. …) –
    abstention 1 (M. …)", one "Vu" inside an item, amounts HT/TTC and a
    percentage, side-by-side signatures without "Fait à" """
    d = DocB("commune-montcombroux-pv-2025-04-11")

    def G(t, civ):
        # a name inside a civility group: the group's civility, the span
        # leaves the prefix out
        c, g, f = _goldlib.split_name(t)
        return d.S(t, civ, g, f)

    d.reset("sous la présidence de")
    pres = d.P("M. Alain DESFORGES")
    d.reset("Présents :")
    present = [d.P("M. Alain DESFORGES"), G("Martine LABBÉ", "Mme"), G("Odile CHARNAY", "Mme"),
               G("Inès MOREAU-VIDAL", "Mme"), G("Fabrice TIXIER", "M."), G("Jérôme BARDET", "M."),
               G("Guy PERONNET", "M."), G("Corinne DUBREUIL", "Mme"), G("Élise FAYOLLE", "Mme"),
               G("Romain AUCLAIR", "M."), G("Patrick JOLIVET", "M."), G("Sébastien ROCHE", "M.")]
    d.reset("Excusés représentés")
    excused = [d.P("Mme Valérie GIRAUD"), d.P("M. Thomas BERTHON")]
    d.reset("Excusés représentés")
    px = [d.proxy("Mme Valérie GIRAUD", "M. Alain DESFORGES"),
          d.proxy("M. Thomas BERTHON", "Mme Odile CHARNAY")]
    absent = [d.P("M. Lucien VERNET")]
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Élise FAYOLLE")
    # the item's visa is the document's only visa
    visas = [d.clause("Vu le code général des impôts, notamment ses articles 1379 et 1407 ;")]
    d.reset("1 – Approbation")
    votes = [d.vote("approuvé à l'unanimité.", unanimous=True),
             d.vote("Vote : pour 14 – contre 0 – abstention 0.", 14, 0, 0),
             d.vote("Vote : pour 11 – contre 2 (MM. Patrick JOLIVET et Sébastien ROCHE) – "
                    "abstention 1 (M. Romain AUCLAIR).", 11, 2, 1)]
    d.reset("Après en avoir délibéré")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    # side by side, no "Fait à": place and date null (saint-genies, set M)
    sigs = [d.signature("Le Maire,", "Alain DESFORGES", "Le Maire", "Alain DESFORGES", None, None,
                        at="L'ordre du jour"),
            d.signature("La Secrétaire de séance,", "Élise FAYOLLE", "La Secrétaire de séance",
                        "Élise FAYOLLE", None, None, at="L'ordre du jour")]
    d.reset()
    amounts = [d.amount("412 600 €", 412600),
               d.amount("96 250,00 €", 96250, tax="HT"),
               d.amount("115 500,00 €", 115500, tax="TTC"),
               d.amount("38 500 €", 38500)]
    d.reset()
    # the séance date in words: from the weekday (no "L'an"; the article
    # "Le" left out)
    dates = [d.date("VENDREDI 11 AVRIL 2025", "2025-04-11"),
             d.date("04/04/2025", "2025-04-04"),
             d.date("vendredi onze avril deux mille vingt-cinq", "2025-04-11"),
             d.date("7 mars 2025", "2025-03-07"),
             d.date("7 mars 2025", "2025-03-07"),
             d.date("dimanche 29 juin 2025", "2025-06-29")]
    d.reset("*")
    # the items' own headings are deliberation references (contract)
    refs = [d.ref("deliberation", "Délibération n° 2025-14", number="2025-14"),
            d.ref("code", "code général des impôts, notamment ses articles 1379 et 1407",
                  code="code général des impôts", articles=["1379", "1407"]),
            d.ref("deliberation", "Délibération n° 2025-15", number="2025-15")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MONTCOMBROUX-LES-BRUYÈRES", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU VENDREDI 11 AVRIL 2025",
            session={"date": "2025-04-11", "place": "salle des fêtes", "convened_on": "2025-04-04",
                     "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=15, present_n=12,
                           represented=2, voting=14),
            visas=visas, dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs)
    d.write([a])


def lunel_viel_aot():
    """convention d'occupation temporaire du domaine public (a commune and
    a SARL): letterhead "Ville de … (Hérault)" with a service line and
    "Réf. : DP/2025/014" (no N°), two-line heading block, "Entre les
    soussignés : … d'une part, Et : … d'autre part", the company's SIREN
    as "RCS de … sous le n° …", ONE visa between the parties and the verb
    "Il a été convenu et arrêté ce qui suit :", articles "Article n –
    Heading" with the body on the next line, redevance in words then
    digits with cents, "les 30 avril et 31 octobre" (no year), an IBAN,
    phone and e-mail in brackets inside an article, "Fait en deux
    exemplaires originaux à …, le …", two signature blocks one under the
    other ("Pour la Commune, / Le Maire, / NAME")"""
    d = DocB("commune-lunel-viel-aot-domaine-public-2025")
    d.reset("Il a été convenu")
    dec = {"verb": "Il a été convenu et arrêté ce qui suit",
           "span": d.span("Il a été convenu et arrêté ce qui suit")}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général de la propriété des personnes publiques, et notamment ses "
                      "articles L.2122-1 à L.2122-4 et L.2125-1 ;")]
    d.reset("Il a été convenu")
    arts = [
        d.article("1", "Objet", "Article 1 – Objet",
                  "La Commune autorise l'Occupant à occuper, à titre précaire et révocable, un "
                  "emplacement de 20 m² situé sur le parvis des Arènes, pour y exercer une activité "
                  "de restauration ambulante."),
        d.article("2", "Durée", "Article 2 – Durée",
                  "La présente convention est consentie pour une durée d'un an à compter du 1er "
                  "avril 2025. Elle n'est pas renouvelable tacitement."),
        d.article("3", "Redevance", "Article 3 – Redevance",
                  "En application de l'article L.2125-1 du CGPPP, l'Occupant verse une redevance "
                  "annuelle de mille huit cents euros (1 800,00 €), payable en deux termes égaux de "
                  "900 € chacun, les 30 avril et 31 octobre, par virement au compte du Trésor public "
                  "IBAN FR50 3000 2005 5000 0015 7283 964."),
        d.article("4", "Obligations de l'Occupant", "Article 4 – Obligations de l'Occupant",
                  "L'Occupant fournit une attestation d'assurance de responsabilité civile et laisse "
                  "l'emplacement propre chaque soir. Toute question relative à l'exécution de la "
                  "convention est adressée au service du Domaine public (04 67 83 46 10 – "
                  "domaine.public@lunel-viel.fr)."),
        d.article("5", "Résiliation", "Article 5 – Résiliation",
                  "La Commune peut résilier la présente convention à tout moment pour un motif "
                  "d'intérêt général, moyennant un préavis d'un mois, sans indemnité."),
    ]
    sigs = [d.signature("Pour la Commune,", "Nadine ROUSSELOT", "Pour la Commune, Le Maire",
                        "Nadine ROUSSELOT", "Lunel-Viel", "2025-03-27"),
            d.signature("Pour l'Occupant,", "Karim BENSALEM", "Pour l'Occupant, Le Gérant",
                        "Karim BENSALEM", "Lunel-Viel", "2025-03-27")]
    d.reset()
    amounts = [d.amount("mille huit cents euros", 1800),
               d.amount("1 800,00 €", 1800),
               d.amount("900 €", 900)]
    d.reset()
    # "les 30 avril et 31 octobre" has no year: no date
    dates = [d.date("13 mars 2025", "2025-03-13"),
             d.date("1er avril 2025", "2025-04-01"),
             d.date("27 mars 2025", "2025-03-27")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2025-022 du conseil municipal en date du 13 mars "
                  "2025", number="2025-022", date="2025-03-13"),
            d.ref("code", "code général de la propriété des personnes publiques, et notamment ses "
                  "articles L.2122-1 à L.2122-4 et L.2125-1", code=CGPPP,
                  articles=["L.2122-1", "L.2122-4", "L.2125-1"]),
            d.ref("code", "article L.2125-1 du CGPPP", code=CGPPP, articles=["L.2125-1"])]
    d.reset()
    ids = [d.ident("postal_code", "34400", "34400"),
           d.ident("siret", "213 401 458 00012", "21340145800012"),
           d.ident("siren", "448 319 673", "448319673"),
           d.ident("postal_code", "34400", "34400"),
           d.ident("iban", "FR50 3000 2005 5000 0015 7283 964", "FR5030002005500000157283964"),
           d.ident("phone", "04 67 83 46 10", "0467834610"),
           d.ident("email", "domaine.public@lunel-viel.fr", "domaine.public@lunel-viel.fr")]
    # number: null.  First written "DP/2025/014" (the reference printed
    # after "Réf. :"); corrected after scoring: the contract takes the
    # number printed after N°/n°, and "Réf. :" in corpus/extra
    # (convention-dordogne-avenant) cites ANOTHER act, so "Réf." is no
    # number marker.  Title: the two-line heading block; issuer without
    # "(Hérault)" (judgement call: the département in brackets is no part
    # of the collectivity's name)
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "Ville de Lunel-Viel", "body": "Service du Domaine public"},
            None,
            "CONVENTION D'OCCUPATION TEMPORAIRE DU DOMAINE PUBLIC Emplacement de vente ambulante – "
            "parvis des Arènes",
            visas=visas, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    for f in sys.argv[1:] or ['saint_aubin_circulation', 'sivos_ourche', 'montcombroux_pv', 'lunel_viel_aot']:
        globals()[f]()
