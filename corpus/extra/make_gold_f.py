#!/usr/bin/env python3
"""Hand-written gold for the blind set F of corpus/extra (corpusF; see
README.md, section "Blind set (corpusF)").
Run: python3 make_gold_f.py

Same conventions and tooling as make_gold_e.py (_goldlib.DocB).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
from _goldlib import CCH, CENV, CGCT, EMPTY_SESSION, DocB, attendance, doc


# ---------------------------------------------------------------- (a)
def oph_ca():
    """délibération of the conseil d'administration of an OPH: counts of
    "administrateurs", "présents avec voix délibérative" / "avec voix
    consultative", quorum sentence, "à la majorité absolue des suffrages
    exprimés", running footer with a page break inside the visas"""
    d = DocB("oph-val-de-somme-ca-2024-27")
    d.reset("sous la présidence de")
    pres = d.P("Mme Hélène DUCROCQ")
    d.reset("Administrateurs présents avec voix délibérative :")
    present = [d.P(t) for t in (
        "Mme Hélène DUCROCQ", "M. Olivier LEFEBVRE", "Mme Nadia BENSAÏD", "M. Pascal VASSEUR",
        "Mme Corinne DELATTRE", "M. Grégory PICARD", "Mme Sylvie CARON", "M. Denis WAYMEL",
        "Mme Agnès LECLERCQ", "M. Mathieu BOUCHEZ", "Mme Fatima EL AMRANI", "M. Rémi DUFOUR",
        "Mme Brigitte HUBAULT", "M. Yann MOREL", "Mme Christine LEGRAND")]
    d.reset("Administrateurs excusés ayant donné pouvoir :")
    px = []
    exc = []
    for a, b in (("M. Xavier DEBRAY", "Mme Hélène DUCROCQ"),
                 ("Mme Laure FONTAINE", "M. Olivier LEFEBVRE"),
                 ("M. Kévin DUMONT", "Mme Sylvie CARON")):
        p = d.proxy(a, b)
        px.append(p)
        exc.append(p["from"])
    d.reset("Administrateurs excusés :")
    exc += [d.P("M. Gérard PETIT"), d.P("Mme Josiane MARCHAND")]
    d.reset("Administrateurs absents :")
    absent = [d.P("M. Bernard LEROUX"), d.P("Mme Élise CORNET"), d.P("M. Alain TOURNEUR")]
    d.reset("Assistaient avec voix consultative :")
    adv = [d.P("M. Stéphane GRAVELINE"), d.P("M. Paul ROUSSEL")]
    d.reset("la Présidente ouvre la")
    sec = d.P("Mme Agnès LECLERCQ")
    visas = [d.clause(t) for t in (
        "Vu le code de la construction et de l'habitation, et notamment ses articles L.443-7 à "
        "L.443-15-1 et R.421-16 ;",
        "Vu le plan de mise en vente des logements de l'Office annexé à la convention d'utilité "
        "sociale approuvée par arrêté préfectoral du 12 décembre 2019 ;",
        "Vu la délibération n° CA-2023-41 du 14 décembre 2023 fixant la politique de vente de "
        "l'Office ;",
        "Vu l'avis de France Domaine du 3 mai 2024 ;")]
    cons = [d.clause(t) for t in (
        "Considérant que ces six logements, construits en 1978, sont occupés par des locataires "
        "qui en ont demandé l'acquisition ;",
        "Considérant que le produit des cessions sera réinvesti dans le programme de "
        "réhabilitation 2024-2026 ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1 :",
                  "D'autoriser la cession des six logements individuels situés 2 à 12, rue des "
                  "Tilleuls à Longueau, à leurs occupants, au prix unitaire de 96 500 €, soit un "
                  "produit total de 579 000 €."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser le Directeur général à signer les actes authentiques de vente et "
                  "tout document s'y rapportant.")]
    votes = [d.vote("Pour : 16 – Contre : 1 – Abstention : 1 La délibération est adoptée.",
                    16, 1, 1)]
    sigs = [d.signature("La Présidente du Conseil d'administration,", "Hélène DUCROCQ",
                        "La Présidente du Conseil d'administration", "Hélène DUCROCQ",
                        "Amiens", "2024-06-21")]
    d.reset()
    # footer dates ("… du 20 juin 2024 – page n/2") are furniture
    dates = [d.date("jeudi 20 juin 2024", "2024-06-20"), d.date("6 juin 2024", "2024-06-06"),
             d.date("12 décembre 2019", "2019-12-12"), d.date("14 décembre 2023", "2023-12-14"),
             d.date("3 mai 2024", "2024-05-03"), d.date("21 juin 2024", "2024-06-21")]
    d.reset("Article 1 :")
    amounts = [d.amount("96 500 €", 96500), d.amount("579 000 €", 579000)]
    d.reset("Vu le code de la construction")
    # the avis de France Domaine is an avis, no reference
    refs = [d.ref("code", "code de la construction et de l'habitation, et notamment ses articles "
                  "L.443-7 à L.443-15-1 et R.421-16", code=CCH,
                  articles=["L.443-7", "L.443-15-1", "R.421-16"]),
            d.ref("arrete", "arrêté préfectoral du 12 décembre 2019", date="2019-12-12"),
            d.ref("deliberation", "délibération n° CA-2023-41 du 14 décembre 2023",
                  number="CA-2023-41", date="2023-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "80000", "80000"),
           d.ident("siret", "278 000 112 00013", "27800011200013")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VAL DE SOMME HABITAT", "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2024-27",
            "Cession de six logements individuels situés rue des Tilleuls à Longueau – "
            "Autorisation de vente",
            session={"date": "2024-06-20", "place": "siège de l'Office, salle Jules-Verne",
                     "convened_on": "2024-06-06", "president": pres, "secretary": sec},
            att=attendance(present, exc, absent, px, adv_p=adv, in_office=23, present_n=15,
                           represented=3, voting=18),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (b)
def bourg_achard_crs():
    """compte rendu sommaire (art. L.2121-25 CGCT): one line per
    délibération "n° 2024-048 : … – adoptée à l'unanimité", no lists,
    "Affiché le …" """
    d = DocB("commune-bourg-achard-crs-2024-09-19")
    d.reset("sous la présidence de")
    pres = d.P("M. Laurent HÉBERT")
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Camille AUBRY")
    d.reset("délibérations suivantes")
    votes = [d.vote("adoptée à l'unanimité", unanimous=True),
             d.vote("adoptée par 17 voix pour et 4 contre", 17, 4),
             d.vote("adoptée à l'unanimité", unanimous=True),
             d.vote("adoptée à l'unanimité", unanimous=True),
             d.vote("adoptée par 20 voix pour et 1 abstention", 20, None, 1),
             d.vote("adoptée à l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Maire,", "Laurent HÉBERT", "Le Maire", "Laurent HÉBERT", None, None,
                        at="Affiché le")]
    d.reset()
    dates = [d.date("19 SEPTEMBRE 2024", "2024-09-19"), d.date("12 septembre 2024", "2024-09-12"),
             d.date("4 juillet 2024", "2024-07-04"), d.date("23 septembre 2024", "2024-09-23")]
    d.reset("délibérations suivantes")
    amounts = [d.amount("48 000 €", 48000), d.amount("1 500 €", 1500)]
    d.reset()
    # the item numbers are the items' headings (PV convention: deliberation
    # references); the procès-verbal of the previous séance and the
    # "Décision modificative n° 2" (this item's subject) are no references
    refs = [d.ref("code", "article L. 2121-25 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2121-25"])]
    for n in range(48, 54):
        refs.append(d.ref("deliberation", "n° 2024-%03d" % n, number="2024-%03d" % n))
    refs.append(d.ref("code", "article L. 2122-22 du code général des collectivités territoriales",
                      code=CGCT, articles=["L.2122-22"]))
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "Mairie de Bourg-Achard", "body": "CONSEIL MUNICIPAL"},
            None,
            "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU 19 SEPTEMBRE 2024",
            session={"date": "2024-09-19", "place": None, "convened_on": "2024-09-12",
                     "president": pres, "secretary": sec},
            att=attendance(in_office=23, present_n=19, voting=21),
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    d.write([a])


# ---------------------------------------------------------------- (c)
def vieux_mesnil_arrete():
    """arrêté du maire in lower case ("arrêté n° …", "vu", "considérant",
    "arrête :"), "Art. 1 -" articles, two-column letterhead flattened"""
    d = DocB("commune-vieux-mesnil-arrete-delegation-2024-14")
    d.reset("Le maire de la commune")
    visas = [d.clause(t) for t in (
        "vu le code général des collectivités territoriales, et notamment son article L. 2122-18 ;",
        "vu le procès-verbal de l'élection du maire et des adjoints du 25 mai 2020 ;",
        "vu la délibération n° 2020-19 du 25 mai 2020 fixant à deux le nombre des adjoints ;")]
    cons = [d.clause("considérant qu'il convient, pour la bonne marche de l'administration "
                     "communale, de donner délégation à un adjoint ;")]
    dec = {"verb": "arrête", "span": d.span("arrête")}
    arts = [
        d.article("1", None, "Art. 1 -",
                  "Délégation de fonctions est donnée à M. Thierry CARLIER, deuxième adjoint, pour "
                  "les domaines de la voirie, des bâtiments communaux et du cimetière."),
        d.article("2", None, "Art. 2 -",
                  "M. Thierry CARLIER est en outre autorisé à signer les bons de commande d'un "
                  "montant inférieur à 4 000 € HT relevant de ces domaines."),
        d.article("3", None, "Art. 3 -",
                  "Le présent arrêté abroge l'arrêté n° 2022-31 du 3 octobre 2022."),
        d.article("4", None, "Art. 4 -",
                  "Le présent arrêté sera transmis au représentant de l'État, notifié à "
                  "l'intéressé et affiché en mairie.")]
    sigs = [d.signature("Le maire,", "Martine DELHAYE", "Le maire", "Martine DELHAYE",
                        "Vieux-Mesnil", "2024-04-02", at="Fait à Vieux-Mesnil")]
    d.reset()
    dates = [d.date("25 mai 2020", "2020-05-25"), d.date("25 mai 2020", "2020-05-25"),
             d.date("3 octobre 2022", "2022-10-03"), d.date("2 avril 2024", "2024-04-02"),
             d.date("3 avril 2024", "2024-04-03"), d.date("4 avril 2024", "2024-04-04")]
    d.reset()
    amounts = [d.amount("4 000 €", 4000, tax="HT")]
    d.reset("vu le code général")
    # the procès-verbal of the election is a record, no cited act
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son article "
                  "L. 2122-18", code=CGCT, articles=["L.2122-18"]),
            d.ref("deliberation", "délibération n° 2020-19 du 25 mai 2020", number="2020-19",
                  date="2020-05-25"),
            d.ref("arrete", "arrêté n° 2022-31 du 3 octobre 2022", number="2022-31",
                  date="2022-10-03")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "Commune de Vieux-Mesnil", "body": "Le maire"},
            "2024-14", "portant délégation de fonctions à un adjoint au maire",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs)
    d.write([a])


# ---------------------------------------------------------------- (d)
def haut_jura_tripartite():
    """convention between three parties ("ENTRE … ET … ET …", each
    "ci-après dénommé(e) …"), duration "pour une durée de trois ans à compter
    du …", three signatures side by side, annex with an échéancier table"""
    d = DocB("convention-tripartite-haut-jura-2024")
    visas = [d.clause("Vu le code de l'environnement, et notamment son article L.214-17 ;",
                      at="Vu le code")]
    dec = {"verb": "IL EST CONVENU CE QUI SUIT", "span": d.span("IL EST CONVENU CE QUI SUIT")}
    arts = [
        d.article("1", "OBJET", "ARTICLE 1 – OBJET",
                  "La présente convention a pour objet de fixer les conditions dans lesquelles "
                  "les parties financent et suivent les travaux d'effacement du seuil du Moulin "
                  "Rouge sur la Bienne."),
        d.article("2", "DURÉE", "ARTICLE 2 – DURÉE",
                  "La présente convention est conclue pour une durée de trois ans à compter du "
                  "1er septembre 2024."),
        d.article("3", "ENGAGEMENTS FINANCIERS", "ARTICLE 3 – ENGAGEMENTS FINANCIERS",
                  "Le coût total de l'opération est estimé à 186 000 € TTC. La Communauté de "
                  "communes verse au Parc une participation de 62 000 €, selon l'échéancier "
                  "figurant en annexe. L'AAPPMA apporte une contribution de 4 500 € en nature "
                  "(suivi piscicole)."),
        d.article("4", "RÉSILIATION", "ARTICLE 4 – RÉSILIATION",
                  "En cas de manquement de l'une des parties à ses obligations, la convention "
                  "peut être résiliée par lettre recommandée avec accusé de réception, moyennant "
                  "un préavis de trois mois.")]
    fait = dict(place="Morez", date="2024-08-05", at="Fait à Morez")
    sigs = [d.signature("Pour la Communauté de communes,", "Franck VUILLET",
                        "Pour la Communauté de communes, Le Président", "Franck VUILLET", **fait),
            d.signature("Pour le Parc,", "Isabelle GRENIER", "Pour le Parc, La Présidente",
                        "Isabelle GRENIER", **fait),
            d.signature("Pour l'AAPPMA,", "Jacques BOURGEOIS", "Pour l'AAPPMA, Le Président",
                        "Jacques BOURGEOIS", **fait)]
    d.reset()
    dates = [d.date("28 mars 2024", "2024-03-28"), d.date("1er septembre 2024", "2024-09-01"),
             d.date("5 août 2024", "2024-08-05"), d.date("15/10/2024", "2024-10-15"),
             d.date("15/04/2025", "2025-04-15"), d.date("30/06/2026", "2026-06-30")]
    d.reset()
    amounts = [d.amount("186 000 €", 186000, tax="TTC"), d.amount("62 000 €", 62000),
               d.amount("4 500 €", 4500), d.amount("24 800 €", 24800),
               d.amount("18 600 €", 18600), d.amount("18 600 €", 18600),
               d.amount("62 000 €", 62000)]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° 2024-063 du 28 mars 2024", number="2024-063",
                  date="2024-03-28"),
            d.ref("code", "code de l'environnement, et notamment son article L.214-17",
                  code=CENV, articles=["L.214-17"])]
    d.reset()
    ids = [d.ident("postal_code", "39400", "39400"),
           d.ident("siren", "253 900 120", "253900120"),
           d.ident("postal_code", "39310", "39310")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "Communauté de communes Haut-Jura Arcade", "body": None},
            "2024-ENV-009",
            "CONVENTION TRIPARTITE N° 2024-ENV-009 relative au financement de la restauration de "
            "la continuité écologique du ruisseau de la Bienne à Morez",
            visas=visas, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs,
            ids=ids)
    d.write([a])


if __name__ == "__main__":
    oph_ca()
    bourg_achard_crs()
    vieux_mesnil_arrete()
    haut_jura_tripartite()
