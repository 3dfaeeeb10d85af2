#!/usr/bin/env python3
"""Hand-written gold for the structure set of corpus/extra (corpusA; see the
README section "Structure set (corpusA)"). Run: python3 make_gold_a.py

Every value below was decided by reading the .txt against
/work/shared/spec/output.md and the conventions of the existing gold, not
from the tool's output. _goldlib only locates the chosen strings."""
from _goldlib import CGCT, CGPPP, EMPTY_SESSION, Doc, attendance, collapse


def article(d, number, heading, head, *parts, at=None):
    """Like Doc.article, but the body may be cut by page furniture: `parts`
    are the body pieces in file order (the furniture between them is left
    out of `text`, kept inside the span)."""
    i, _ = d.locate(head, at)
    j = i + len(head)
    for p in parts:
        k = d.s.index(p, j)
        assert k == j or d.s[j:k].strip() == "" or len(parts) > 1, (head, p)
        j = k + len(p)
    first = d.s.index(parts[0], i + len(head))
    assert d.s[i + len(head):first].strip() == "", (head, parts[0][:30])
    d.cursor = j
    text = collapse("\n".join(parts))
    return {"number": number, "heading": heading, "text": text,
            "span": [d.b(i), d.b(j)]}


def bounds(d, *starts):
    """byte spans of documents tiling the file; starts = the text each
    document after the first begins with (searched in order)."""
    offs, k = [0], 0
    for st in starts:
        k = d.s.index(st, k + 1)
        offs.append(k)
    offs.append(len(d.s))
    return [[d.b(a), d.b(b)] for a, b in zip(offs, offs[1:])]


def document(type_, span, issuer, number, title, session=None, att=None,
             visas=(), cons=(), dec=None, arts=(), votes=(), sigs=(),
             amounts=(), dates=(), refs=(), ids=()):
    return {"type": type_, "span": span, "issuer": issuer, "number": number,
            "title": title, "session": session or dict(EMPTY_SESSION),
            "attendance": att or attendance(), "visas": list(visas),
            "considerants": list(cons),
            "decision": dec or {"verb": None, "span": None},
            "articles": list(arts), "votes": list(votes),
            "signatures": list(sigs), "amounts": list(amounts),
            "dates": list(dates), "references": list(refs),
            "identifiers": list(ids)}


def in_span(doc, sp):
    a, b = sp
    for key in ("amounts", "dates", "references", "identifiers", "visas",
                "considerants", "articles", "votes", "signatures"):
        for x in doc[key]:
            assert a <= x["span"][0] and x["span"][1] <= b, (key, x, sp)


# ---------------------------------------------------------------- (a)
def arrete_maire():
    d = Doc("commune-cazouls-arrete-circulation-2024")
    visas = [d.clause(t) for t in [
        "VU le Code général des collectivités territoriales, et notamment ses articles L.2212-1, L.2212-2\net L.2213-1 à L.2213-6 ;",
        "VU le Code de la route, et notamment ses articles R.110-2, R.411-8, R.411-25 et R.417-10 ;",
        "VU le Code général de la propriété des personnes publiques, et notamment ses articles L.2122-1 et\nL.2125-1 ;",
        "VU l’arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des routes et des\nautoroutes ;",
        "VU la délibération du conseil municipal n° 2023-058 du 12 décembre 2023 fixant les tarifs des droits\nde place pour l’année 2024 ;",
        "VU la demande présentée le 18 novembre 2024 par l’association « Comité des fêtes de Cazouls »,\nSIRET 532 187 648 00011, organisatrice de la manifestation ;"]]
    cons = [d.clause(t) for t in [
        "CONSIDERANT qu’il y a lieu, pour assurer la sécurité des exposants et du public, de réglementer  la\ncirculation et le stationnement dans le centre du village pendant la durée de la manifestation ;",
        "CONSIDERANT que l’occupation du domaine public par les exposants donne lieu à la perception de\ndroits de place ;"]]
    dec = {"verb": "ARRETE", "span": d.span("ARRETE")}
    arts = [
        article(d, "1", None, "Article 1er : ",
                "Du samedi 14 décembre 2024 à 7 h 00 au dimanche 15 décembre 2024 à 20 h 00, la\ncirculation de tous les véhicules est interdite place de la République, rue de l’Église et Grand’Rue,\nentre le carrefour de l’avenue de Béziers et la rue des Remparts, à l’exception des véhicules de\nsecours, des forces de l’ordre et des exposants pendant les opérations d’installation."),
        article(d, "2", None, "Art. 2 - ",
                "Pendant la même période, le stationnement est interdit sur l’ensemble des voies mentionnées à\nl’article 1er ainsi que sur le parking du Foirail. Tout stationnement en infraction sera considéré comme\ngênant au sens de l’article R.417-10 du code de la route et le véhicule pourra être mis en fourrière\naux frais de son propriétaire."),
        article(d, "3", None, "Art. 3 - ",
                "Une déviation sera mise en place par l’avenue de Béziers, le boulevard des Platanes et le\nchemin de la Coopérative. La signalisation réglementaire sera fournie, posée et déposée  par les\nservices techniques municipaux."),
        article(d, "4", None, "Art. 4 - ",
                "L’association « Comité des fêtes de Cazouls » est autorisée à occuper le domaine public place\nde la République pour l’installation de quarante chalets. Le droit de place est fixé à 12,50 € par",
                "chalet et par jour, soit un montant total de 1 000,00 € (mille euros), dû par l’association\norganisatrice et payable auprès du régisseur des droits de place."),
        article(d, "5", None, "Art. 5 - ",
                "Les infractions au présent arrêté seront constatées par procès-verbal et poursuivies\nconformément aux lois et règlements en vigueur."),
        article(d, "6", None, "Art. 6 - ",
                "Le présent arrêté peut faire l’objet d’un recours devant le Tribunal administratif de\nMontpellier, 6 rue Pitot, CS 99002, 34063 MONTPELLIER Cedex 2, dans un délai de deux mois à\ncompter de sa publication, y compris par l’application Télérecours citoyens (www.telerecours.fr)."),
        article(d, "7", None, "Art. 7 - ",
                "Monsieur le Directeur général des services, Monsieur le Commandant de la brigade de\ngendarmerie de Murviel-lès-Béziers et Monsieur le Chef de la police municipale sont chargés,\nchacun en ce qui le concerne, de l’exécution du présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,", "Christian ROUQUETTE", "Le Maire",
                        "Christian ROUQUETTE", "Cazouls-la-Garrigue",
                        "2024-12-06", at="Fait à Cazouls")]
    d.reset()
    amounts = [d.amount("12,50 €", 12.5), d.amount("1 000,00 €", 1000),
               d.amount("mille euros", 1000)]
    d.reset()
    dates = [d.date("09/12/2024", "2024-12-09"),
             d.date("09/12/2024", "2024-12-09"),
             d.date("10/12/2024", "2024-12-10"),
             d.date("24 novembre 1967", "1967-11-24"),
             d.date("12 décembre 2023", "2023-12-12"),
             d.date("18 novembre 2024", "2024-11-18"),
             d.date("samedi 14 décembre 2024", "2024-12-14"),
             d.date("dimanche 15 décembre 2024", "2024-12-15")]
    # the running header "… n° A2024-112 du 6 décembre 2024" is furniture
    d.reset("Fait à Cazouls")
    dates += [d.date("6 décembre 2024", "2024-12-06"),
              d.date("10/12/2024", "2024-12-10")]
    d.reset()
    refs = [
        d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.2212-1, L.2212-2\net L.2213-1 à L.2213-6",
              code="Code général des collectivités territoriales",
              articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-6"]),
        d.ref("code", "Code de la route, et notamment ses articles R.110-2, R.411-8, R.411-25 et R.417-10",
              code="Code de la route", articles=["R.110-2", "R.411-8", "R.411-25", "R.417-10"]),
        d.ref("code", "Code général de la propriété des personnes publiques, et notamment ses articles L.2122-1 et\nL.2125-1",
              code=CGPPP, articles=["L.2122-1", "L.2125-1"]),
        d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
        d.ref("deliberation", "délibération du conseil municipal n° 2023-058 du 12 décembre 2023",
              number="2023-058", date="2023-12-12"),
        d.ref("code", "article R.417-10 du code de la route", code="code de la route",
              articles=["R.417-10"]),
    ]
    d.reset()
    ids = [d.ident("postal_code", "34620", "34620"),
           d.ident("phone", "04 67 93 52 10", "0467935210"),
           d.ident("acte", "034-213415706-20241206-A2024_112-AR", "034-213415706-20241206-A2024_112-AR"),
           d.ident("email", "accueil@cazouls-la-garrigue.fr", "accueil@cazouls-la-garrigue.fr"),
           d.ident("siret", "532 187 648 00011", "53218764800011"),
           d.ident("postal_code", "34063", "34063"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    doc = document(
        "arrete", [0, len(d.raw)],
        {"collectivity": "COMMUNE DE CAZOULS-LA-GARRIGUE", "body": "Le Maire"},
        "A2024-112",
        "portant réglementation temporaire de la circulation et du stationnement et autorisant l’occupation du domaine public à l’occasion du marché de Noël 2024",
        visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs,
        amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([doc])


# ---------------------------------------------------------------- (b)
def recueil():
    d = Doc("recueil-actes-saint-hilaire-2024-t3")
    VILLE = "VILLE DE SAINT-HILAIRE-SUR-VIE"
    spans = bounds(d, VILLE + "                                     Envoyé en préfecture le 04/07",
                   VILLE + "                                     Envoyé en préfecture le 23/08",
                   VILLE + "\nService urbanisme")
    issuer = {"collectivity": VILLE, "body": "Le Maire"}
    PLACE = "Saint-Hilaire-sur-Vie"

    # -- cover + sommaire: one document of type "other"; the sommaire lines
    # cite the three arrêtés (references), they do not start acts.
    cover = document(
        "other", spans[0], {"collectivity": VILLE, "body": None}, "2024-03",
        "RECUEIL DES ACTES ADMINISTRATIFS – 3e TRIMESTRE 2024",
        dates=[d.date("7 octobre 2024", "2024-10-07"),
               d.date("3 juillet 2024", "2024-07-03"),
               d.date("22 août 2024", "2024-08-22"),
               d.date("16 septembre 2024", "2024-09-16")])
    d.reset()
    cover["identifiers"] = [d.ident("url", "www.saint-hilaire-sur-vie.fr", "www.saint-hilaire-sur-vie.fr")]
    d.reset()
    cover["references"] = [
        d.ref("code", "articles L.2131-1 et\nR.2131-1 du code général des collectivités territoriales",
              code="code général des collectivités territoriales", articles=["L.2131-1", "R.2131-1"]),
        d.ref("arrete", "Arrêté n° 2024-ST-071 du 3 juillet 2024", number="2024-ST-071", date="2024-07-03"),
        d.ref("arrete", "Arrêté n° 2024-AG-019 du 22 août 2024", number="2024-AG-019", date="2024-08-22"),
        d.ref("arrete", "Arrêté n° 2024-ST-088 du 16 septembre 2024", number="2024-ST-088", date="2024-09-16")]

    # -- arrêté 1
    d.reset("ARRÊTÉ N° 2024-ST-071")
    visas = [d.clause(t) for t in [
        "VU le code général des collectivités territoriales, et notamment ses articles L.2213-1 et L.2213-2 ;",
        "VU le code de la route, et notamment son article R.411-8 ;",
        "VU l'instruction interministérielle sur la signalisation routière, huitième partie, approuvée par l'arrêté\ndu 6 novembre 1992 ;"]]
    cons = [d.clause("CONSIDÉRANT que les travaux de réfection de la chaussée de la rue des Écoles, confiés à l'entreprise\nSAS ATLANTIQUE ENROBÉS, nécessitent d'interdire la circulation pendant leur durée ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        article(d, "1", None, "Article 1 : ",
                "Du lundi 8 juillet 2024 au vendredi 19 juillet 2024, la circulation de tous les véhicules est\ninterdite rue des Écoles, entre la rue Georges Clemenceau et l'impasse des Tilleuls, sauf pour les\nriverains et les véhicules de secours."),
        article(d, "2", None, "Article 2 : ",
                "Une déviation est mise en place par la rue du Stade et l'avenue de la Gare. La signalisation\nest à la charge de l'entreprise chargée des travaux."),
        article(d, "3", None, "Article 3 : ",
                "Le Directeur général des services et le Chef de la police municipale sont chargés, chacun en\nce qui le concerne, de l'exécution du présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,", "Jean-Michel GUIBERT", "Le Maire", "Jean-Michel GUIBERT",
                        PLACE, "2024-07-03", at="le 3 juillet 2024\n")]
    d.reset(VILLE + "                                     Envoyé en préfecture le 04/07")
    dates = [d.date("04/07/2024", "2024-07-04"), d.date("04/07/2024", "2024-07-04"),
             d.date("6 novembre 1992", "1992-11-06"),
             d.date("lundi 8 juillet 2024", "2024-07-08"),
             d.date("vendredi 19 juillet 2024", "2024-07-19"),
             d.date("3 juillet 2024", "2024-07-03")]
    d.reset("ARRÊTÉ N° 2024-ST-071")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles L.2213-1 et L.2213-2",
                  code="code général des collectivités territoriales", articles=["L.2213-1", "L.2213-2"]),
            d.ref("code", "code de la route, et notamment son article R.411-8", code="code de la route",
                  articles=["R.411-8"]),
            d.ref("arrete", "arrêté\ndu 6 novembre 1992", date="1992-11-06")]
    d.reset(VILLE + "                                     Envoyé en préfecture le 04/07")
    ids = [d.ident("acte", "085-218502128-20240703-2024_ST_071-AR", "085-218502128-20240703-2024_ST_071-AR")]
    a1 = document("arrete", spans[1], issuer, "2024-ST-071",
                  "portant interdiction temporaire de la circulation rue des Écoles (travaux de réfection de la chaussée)",
                  visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, dates=dates,
                  refs=refs, ids=ids)

    # -- arrêté 2
    d.reset("ARRÊTÉ N° 2024-AG-019")
    visas = [d.clause(t) for t in [
        "VU le code général des collectivités territoriales, et notamment son article L.2122-18 ;",
        "VU la délibération du conseil municipal n° 2020-041 du 4 juillet 2020 fixant à six le nombre des\nadjoints au maire ;",
        "VU l'élection de Mme Claire MORINEAU en qualité d'adjointe au maire lors de la séance du conseil\nmunicipal du 4 juillet 2020 ;"]]
    cons = [d.clause("CONSIDÉRANT qu'il convient, pour la bonne marche de l'administration communale, de donner\ndélégation à Mme Claire MORINEAU, deuxième adjointe, dans le domaine de l'urbanisme et de\nl'occupation du domaine public ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        article(d, "1", None, "Article 1er : ",
                "Délégation de fonctions est donnée à Mme Claire MORINEAU, deuxième adjointe au maire,\ndans les domaines suivants : urbanisme, droit des sols, occupation et police de la conservation du\ndomaine public communal."),
        article(d, "2", None, "Article 2 : ",
                "Délégation de signature est donnée à Mme Claire MORINEAU pour tous les actes, arrêtés\net courriers relevant des domaines définis à l'article 1er, à l'exception des arrêtés de\npéril."),
        article(d, "3", None, "Article 3 : ",
                "L'arrêté n° 2020-AG-027 du 6 juillet 2020 est abrogé."),
        article(d, "4", None, "Article 4 : ",
                "Le présent arrêté sera notifié à l'intéressée, transmis au représentant de l'État et publié au\nrecueil des actes administratifs de la commune."),
    ]
    sigs = [d.signature("Le Maire,", "Jean-Michel GUIBERT", "Le Maire", "Jean-Michel GUIBERT",
                        PLACE, "2024-08-22", at="le 22 août 2024\n")]
    d.reset(VILLE + "                                     Envoyé en préfecture le 23/08")
    dates = [d.date("23/08/2024", "2024-08-23"), d.date("23/08/2024", "2024-08-23"),
             d.date("4 juillet 2020", "2020-07-04"), d.date("4 juillet 2020", "2020-07-04"),
             d.date("6 juillet 2020", "2020-07-06"), d.date("22 août 2024", "2024-08-22")]
    d.reset("ARRÊTÉ N° 2024-AG-019")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son article L.2122-18",
                  code="code général des collectivités territoriales", articles=["L.2122-18"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2020-041 du 4 juillet 2020",
                  number="2020-041", date="2020-07-04"),
            d.ref("arrete", "arrêté n° 2020-AG-027 du 6 juillet 2020", number="2020-AG-027",
                  date="2020-07-06")]
    d.reset(VILLE + "                                     Envoyé en préfecture le 23/08")
    ids = [d.ident("acte", "085-218502128-20240822-2024_AG_019-AR", "085-218502128-20240822-2024_AG_019-AR")]
    a2 = document("arrete", spans[2], issuer, "2024-AG-019",
                  "portant délégation de fonctions et de signature à Mme Claire MORINEAU, adjointe au maire",
                  visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, dates=dates,
                  refs=refs, ids=ids)

    # -- arrêté 3 (individual, no ACTES stamp, signed by delegation)
    d.reset("ARRÊTÉ N° 2024-ST-088")
    visas = [d.clause(t) for t in [
        "VU le code général de la propriété des personnes publiques, et notamment ses articles L.2122-1 à\nL.2122-3 ;",
        "VU la délibération du conseil municipal n° 2023-112 du 14 décembre 2023 fixant les tarifs\nd'occupation du domaine public pour l'année 2024 ;",
        "VU l'arrêté n° 2024-AG-019 du 22 août 2024 portant délégation de fonctions et de signature ;",
        "VU la demande du 2 septembre 2024 présentée par la SARL LE CENTRAL, SIRET 826 419 525 00017,\n12 place de l'Église, 85220 SAINT-HILAIRE-SUR-VIE ;"]]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        article(d, "1", None, "Article 1 - ",
                "La SARL LE CENTRAL est autorisée à installer une terrasse de 24 m² sur le trottoir\nau droit de son établissement, du 1er octobre 2024 au 30 septembre 2025."),
        article(d, "2", None, "Article 2 - ",
                "L'autorisation est accordée à titre précaire et révocable, moyennant une redevance\nannuelle de 18,00 € par m², soit 432,00 €."),
        article(d, "3", None, "Article 3 - ",
                "Le bénéficiaire laisse libre un passage piéton d'au moins 1,40 mètre."),
    ]
    sigs = [d.signature("Pour le Maire et par délégation,", "Claire MORINEAU",
                        "Pour le Maire et par délégation, L'Adjointe déléguée à l'urbanisme",
                        "Claire MORINEAU", PLACE, "2024-09-16")]
    d.reset("ARRÊTÉ N° 2024-ST-088")
    amounts = [d.amount("18,00 €", 18), d.amount("432,00 €", 432)]
    d.reset("ARRÊTÉ N° 2024-ST-088")
    dates = [d.date("14 décembre 2023", "2023-12-14"), d.date("22 août 2024", "2024-08-22"),
             d.date("2 septembre 2024", "2024-09-02"), d.date("1er octobre 2024", "2024-10-01"),
             d.date("30 septembre 2025", "2025-09-30"), d.date("16 septembre 2024", "2024-09-16")]
    d.reset("ARRÊTÉ N° 2024-ST-088")
    refs = [d.ref("code", "code général de la propriété des personnes publiques, et notamment ses articles L.2122-1 à\nL.2122-3",
                  code="code général de la propriété des personnes publiques",
                  articles=["L.2122-1", "L.2122-3"]),
            d.ref("deliberation", "délibération du conseil municipal n° 2023-112 du 14 décembre 2023",
                  number="2023-112", date="2023-12-14"),
            d.ref("arrete", "arrêté n° 2024-AG-019 du 22 août 2024", number="2024-AG-019",
                  date="2024-08-22")]
    d.reset("ARRÊTÉ N° 2024-ST-088")
    ids = [d.ident("siret", "826 419 525 00017", "82641952500017"),
           d.ident("postal_code", "85220", "85220")]
    a3 = document("arrete", spans[3], issuer, "2024-ST-088",
                  "portant autorisation d'occupation temporaire du domaine public terrasse du café « Le Central »",
                  visas=visas, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
                  dates=dates, refs=refs, ids=ids)
    docs = [cover, a1, a2, a3]
    for x in docs:
        in_span(x, x["span"])
    d.write(docs)


# ---------------------------------------------------------------- (c)
def departement_cp():
    d = Doc("departement-nievre-cp-2023-11-27")
    spans = bounds(d, "DÉPARTEMENT DE LA NIÈVRE\nDirection")
    TITLE = ("SOUTIEN À L’INGÉNIERIE TERRITORIALE – CONVENTION DE PARTENARIAT 2024 AVEC "
             "L’AGENCE TECHNIQUE DÉPARTEMENTALE DE LA NIÈVRE")
    d.reset("sous la présidence de")
    president = d.person("M. Fabien THOMASSIN", "M.", "Fabien", "THOMASSIN")
    secretary = d.person("Mme Corinne LAFARGE", "Mme", "Corinne", "LAFARGE")
    d.reset()
    visas = [d.clause(t) for t in [
        "Vu le Code général des collectivités territoriales, et notamment ses articles L.3211-1, L.3211-2 et\nL.3232-1-1 ;",
        "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République, et\nnotamment son article 94 ;",
        "Vu la délibération n° 2021-07-02 du Conseil départemental du 1er juillet 2021 portant délégation\nd’attributions à la Commission permanente ;",
        "Vu la délibération n° 2022-12-31 du Conseil départemental du 15 décembre 2022 approuvant les\nstatuts modifiés de l’Agence technique départementale de la Nièvre ;",
        "Vu le rapport n° 27 du Président du Conseil départemental ;",
        "Vu l’avis favorable de la 2e commission « Territoires et mobilités » réunie le 6 novembre 2023 ;"]]
    cons = [d.clause(t) for t in [
        "Considérant que l’Agence technique départementale (ATD 58) apporte aux communes et à leurs\ngroupements une assistance d’ordre technique, juridique et financier ;",
        "Considérant que le Département entend poursuivre en 2024 son soutien à l’ingénierie publique en\nfaveur des territoires ruraux ;"]]
    d.reset("Après en avoir délibéré")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        article(d, "1", "Approbation de la convention", "Article premier – Approbation de la convention\n",
                "Est approuvée la convention de partenariat 2024 entre le Département de la Nièvre et l’Agence\ntechnique départementale de la Nièvre, jointe en annexe à la présente délibération."),
        article(d, "2", "Participation financière du Département", "Article 2 – Participation financière du Département\n",
                "2.1 Une participation de 185 000 € est attribuée à l’ATD 58 au titre de ses missions d’assistance\ntechnique aux communes et intercommunalités pour l’année 2024.\n2.2 Une participation complémentaire de 32 500 € est attribuée au titre de l’accompagnement des\nprojets de revitalisation des centres-bourgs, soit une participation totale de 217 500 €."),
        article(d, "3", "Modalités de versement", "Article 3 – Modalités de versement\n",
                "Les participations mentionnées à l’article 2 seront versées selon les modalités prévues à\nl’article 4 de la présente convention : un acompte de 60 % à sa signature et le solde sur\nproduction du bilan d’activité 2024."),
        article(d, "4", "Imputation budgétaire", "Article 4 – Imputation budgétaire\n",
                "Les crédits correspondants sont imputés sur le budget départemental 2024, chapitre 65, article",
                "65738, fonction 74."),
        article(d, "4 bis", "Clause de revoyure", "Article 4 bis – Clause de revoyure\n",
                "Le montant de la participation pourra être révisé par avenant si le programme d’activité de l’Agence\nest modifié en cours d’année."),
        article(d, "5", "Exécution", "Article 5 – Exécution\n",
                "Le Directeur général des services du Département est chargé de l’exécution de la présente\ndélibération, qui peut faire l’objet d’un recours devant le tribunal administratif de Dijon dans un\ndélai de deux mois à compter de sa publication."),
    ]
    votes = [d.vote("Adopté à l’unanimité.", unanimous=True)]
    sigs = [d.signature("Le Président du Conseil départemental,", "Fabien THOMASSIN",
                        "Le Président du Conseil départemental", "Fabien THOMASSIN",
                        "Nevers", "2023-11-20", at="Fait et délibéré")]
    d.reset()
    amounts = [d.amount("185 000 €", 185000), d.amount("32 500 €", 32500),
               d.amount("217 500 €", 217500)]
    d.reset()
    dates = [d.date("22/11/2023", "2023-11-22"), d.date("22/11/2023", "2023-11-22"),
             d.date("23/11/2023", "2023-11-23"),
             d.date("lundi 20 novembre 2023", "2023-11-20"),
             d.date("8 novembre 2023", "2023-11-08"),
             d.date("7 août 2015", "2015-08-07"),
             d.date("1er juillet 2021", "2021-07-01"),
             d.date("15 décembre 2022", "2022-12-15"),
             d.date("6 novembre 2023", "2023-11-06"),
             d.date("20 novembre 2023", "2023-11-20", at="Fait et délibéré")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.3211-1, L.3211-2 et\nL.3232-1-1",
                  code=CGCT, articles=["L.3211-1", "L.3211-2", "L.3232-1-1"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République, et\nnotamment son article 94",
                  number="2015-991", date="2015-08-07", articles=["94"]),
            d.ref("deliberation", "délibération n° 2021-07-02 du Conseil départemental du 1er juillet 2021",
                  number="2021-07-02", date="2021-07-01"),
            d.ref("deliberation", "délibération n° 2022-12-31 du Conseil départemental du 15 décembre 2022",
                  number="2022-12-31", date="2022-12-15")]
    d.reset()
    ids = [d.ident("acte", "058-225800010-20231120-CP2023_11_27-DE", "058-225800010-20231120-CP2023_11_27-DE")]
    deliberation = document(
        "deliberation", spans[0],
        {"collectivity": "DÉPARTEMENT DE LA NIÈVRE",
         "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
        "CP-2023-11-27", TITLE,
        session={"date": "2023-11-20", "place": "Hôtel du Département",
                 "convened_on": "2023-11-08", "president": president,
                 "secretary": secretary},
        att=attendance(in_office=34, present_n=27, represented=5, voting=32),
        visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
        amounts=amounts, dates=dates, refs=refs, ids=ids)

    d.reset("RAPPORT N° 27")
    r_sigs = [d.signature("Le Président du Conseil départemental,", "Fabien THOMASSIN",
                          "Le Président du Conseil départemental", "Fabien THOMASSIN",
                          None, None, at="de m’autoriser")]
    d.reset("DÉPARTEMENT DE LA NIÈVRE\nDirection")
    r_dates = [d.date("20 NOVEMBRE 2023", "2023-11-20")]
    r_amounts = [d.amount("612 400 €", 612400), d.amount("394 900 €", 394900),
                 d.amount("217 500 €", 217500), d.amount("32 500 €", 32500),
                 d.amount("185 000 €", 185000), d.amount("32 500 €", 32500)]
    rapport = document(
        "rapport", spans[1],
        {"collectivity": "DÉPARTEMENT DE LA NIÈVRE",
         "body": "Direction de l’Attractivité et du Développement des Territoires"},
        "27", TITLE,
        session=dict(EMPTY_SESSION, date="2023-11-20"),
        sigs=r_sigs, amounts=r_amounts, dates=r_dates)
    docs = [deliberation, rapport]
    for x in docs:
        in_span(x, x["span"])
    d.write(docs)


# ---------------------------------------------------------------- (d)
def convention():
    d = Doc("convention-partenariat-val-argence-2024")
    d.reset("Il est convenu")
    dec = {"verb": "Il est convenu ce qui suit", "span": d.span("Il est convenu ce qui suit")}
    arts = [
        article(d, "1", "Objet de la convention", "Article 1 : Objet de la convention\n",
                "La présente convention définit les objectifs partagés par les parties et les conditions dans\nlesquelles l'Agglomération soutient financièrement le programme d'actions de l'Association pour les\nannées 2024 à 2026."),
        article(d, "2", "Engagements de l'Association", "Article 2 : Engagements de l'Association\n",
                "L'Association s'engage à instruire les demandes de prêts d'honneur des porteurs de projets du\nterritoire, à réunir au moins six comités d'agrément par an et à assurer le parrainage des\nentreprises soutenues. Elle vise l'octroi d'au moins 40 prêts d'honneur par an, pour un montant\nmoyen de 8 000 € par prêt."),
        article(d, "3", "Montant et modalités de versement de la subvention",
                "Article 3 : Montant et modalités de versement de la subvention\n",
                "L'Agglomération verse à l'Association une subvention de fonctionnement de 45 000 € par an, soit\n135 000 € pour la durée de la convention. La subvention annuelle est versée en deux fois : 70 % au\nmois de mars, le solde au mois de septembre sur présentation du rapport d'activité de l'année",
                "précédente. Les versements sont effectués sur le compte de l'Association ouvert au Crédit Agricole\nCentre Loire, IBAN FR76 1440 6000 0451 2346 7890 152."),
        article(d, "4", "Durée", "Article 4 : Durée\n",
                "La convention prend effet à la date de sa signature et s'achève le 31 décembre 2026."),
        article(d, "5", "Évaluation et contrôle", "Article 5 : Évaluation et contrôle\n",
                "L'Association transmet chaque année, avant le 30 avril, un bilan quantitatif et qualitatif des\nactions soutenues, ses comptes annuels approuvés et le rapport du commissaire aux comptes. Le\nmontant de la subvention pourra être réduit dans les conditions prévues à\nl'article 3 ci-dessus si les objectifs fixés à l'article 2 ne sont pas atteints."),
        article(d, "6", "Résiliation", "Article 6 : Résiliation\n",
                "En cas de non-respect par l'une des parties de ses engagements, la présente convention peut être\nrésiliée de plein droit par l'autre partie à l'expiration d'un délai de trois mois suivant l'envoi\nd'une lettre recommandée avec accusé de réception valant mise en demeure."),
        article(d, "7", "Litiges", "Article 7 : Litiges\n",
                "Tout litige relatif à l'exécution de la présente convention relève de la compétence du Tribunal\nadministratif de Limoges, 1 cours Vergniaud, 87000 LIMOGES."),
    ]
    PLACE = "Issoudun-sur-Argence"
    sigs = [d.signature("Pour la Communauté d'agglomération,", "Olivier BRUNEAU",
                        "Pour la Communauté d'agglomération, Le Président", "Olivier BRUNEAU",
                        PLACE, "2024-04-02", at="Fait en deux"),
            d.signature("Pour l'Association,", "Hélène CARPENTIER",
                        "Pour l'Association, La Présidente", "Hélène CARPENTIER",
                        PLACE, "2024-04-02", at="Fait en deux")]
    d.reset()
    amounts = [d.amount("8 000 €", 8000), d.amount("45 000 €", 45000),
               d.amount("135 000 €", 135000)]
    d.reset()
    dates = [d.date("14 mars 2024", "2024-03-14"), d.date("1er juillet 1901", "1901-07-01"),
             d.date("12 mai 2009", "2009-05-12"), d.date("31 décembre 2026", "2026-12-31"),
             d.date("2 avril 2024", "2024-04-02")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du conseil communautaire n° 2024-031 du 14 mars 2024",
                  number="2024-031", date="2024-03-14"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("code", "article L.1511-7 du code général des collectivités territoriales",
                  code="code général des collectivités territoriales", articles=["L.1511-7"])]
    d.reset()
    ids = [d.ident("postal_code", "36100", "36100"),
           d.ident("siren", "200 041 507", "200041507"),
           d.ident("postal_code", "36100", "36100"),
           d.ident("siret", "798 345 120 00017", "79834512000017"),
           d.ident("iban", "FR76 1440 6000 0451 2346 7890 152", "FR7614406000045123467890152"),
           d.ident("postal_code", "87000", "87000")]
    doc = document(
        "convention", [0, len(d.raw)],
        {"collectivity": "Communauté d'agglomération Val d'Argence", "body": None},
        "2024-DEV-014",
        "CONVENTION DE PARTENARIAT 2024-2026 relative au soutien à la création et à la reprise d'entreprises sur le territoire de Val d'Argence",
        dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs,
        ids=ids)
    d.write([doc])


# ---------------------------------------------------------------- (e)
def deliberation_ancienne():
    d = Doc("commune-saint-herve-deliberation-2023-067")
    d.reset("sous la présidence de")
    president = d.person("M. Yannick LE GOFF", "M.", "Yannick", "LE GOFF")
    d.reset("Étaient présents")
    present = [d.person(*p) for p in [
        ("M. Yannick LE GOFF", "M.", "Yannick", "LE GOFF"),
        ("Mme Annaïg LE ROUX", "Mme", "Annaïg", "LE ROUX"),
        ("M. Pierre-Marie QUÉRÉ", "M.", "Pierre-Marie", "QUÉRÉ"),
        ("Mme Françoise\nBOSCHER", "Mme", "Françoise", "BOSCHER"),
        ("M. Denis LE CALVEZ", "M.", "Denis", "LE CALVEZ"),
        ("Mme Maryvonne LE BRAS", "Mme", "Maryvonne", "LE BRAS"),
        ("M. Thierry GUÉGAN", "M.", "Thierry", "GUÉGAN"),
        ("Mme Solenn\nPRIGENT", "Mme", "Solenn", "PRIGENT"),
        ("M. Hervé LE FUR", "M.", "Hervé", "LE FUR"),
        ("Mme Katell JÉZÉQUEL", "Mme", "Katell", "JÉZÉQUEL"),
        ("M. Ronan CORLAY", "M.", "Ronan", "CORLAY"),
        ("Mme Gwenaëlle HAMON", "Mme", "Gwenaëlle", "HAMON")]]
    assert len(present) == 12
    d.reset("Absent excusé")
    excused = [d.person("M. Erwan TANGUY", "M.", "Erwan", "TANGUY")]
    d.reset("Absent excusé")
    proxies = [d.proxy(("M. Erwan TANGUY", "M.", "Erwan", "TANGUY"),
                       ("M. Yannick LE GOFF", "M.", "Yannick", "LE GOFF"))]
    d.reset("Absents :")
    absent = [d.person("Mme Sophie RIOU", "Mme", "Sophie", "RIOU"),
              d.person("M. Loïc BERTHOU", "M.", "Loïc", "BERTHOU")]
    d.reset("Secrétaire de séance")
    secretary = d.person("Mme Gwenaëlle HAMON", "Mme", "Gwenaëlle", "HAMON")
    d.reset()
    visas = [d.clause(t) for t in [
        "Vu, le Code général des collectivités territoriales, et notamment ses articles L.2121-29 et\nL.2241-1 ;",
        "Vu, le Code général de la propriété des personnes publiques, et notamment son article L.1111-1 ;",
        "Vu, la délibération n° 2022-041 du 7 juillet 2022 approuvant le schéma communal des déplacements ;",
        "Vu, l’avis du service du Domaine du 9 octobre 2023 ;"]]
    cons = [d.clause(t) for t in [
        "Considérant, l’accord écrit des propriétaires en date du 2 novembre 2023 sur le prix proposé ;",
        "Considérant, que l’acquisition de cette parcelle présente un intérêt général pour la sécurité des\ndéplacements des élèves ;"]]
    votes = [d.vote("à l’unanimité", unanimous=True)]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    sigs = [d.signature("Le Maire,", "Yannick LE GOFF", "Le Maire", "Yannick LE GOFF",
                        "Saint-Hervé-du-Leff", None, at="Fait à Saint-Hervé-du-Leff, le")]
    d.reset()
    amounts = [d.amount("3 780,00 €", 3780),
               d.amount("trois mille sept cent quatre-vingts euros", 3780),
               d.amount("3 €", 3), d.amount("950 €", 950)]
    d.reset()
    dates = [d.date("04/12/2023", "2023-12-04"), d.date("04/12/2023", "2023-12-04"),
             d.date("30 novembre 2023", "2023-11-30"),
             d.date("L’an deux mil vingt-trois, le trente novembre", "2023-11-30"),
             d.date("vingt-quatre novembre deux mil vingt-trois", "2023-11-24"),
             d.date("7 juillet 2022", "2022-07-07"),
             d.date("9 octobre 2023", "2023-10-09"),
             d.date("2 novembre 2023", "2023-11-02"),
             d.date("04/12/2023", "2023-12-04"), d.date("04/12/2023", "2023-12-04")]
    d.reset()
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment ses articles L.2121-29 et\nL.2241-1",
                  code=CGCT, articles=["L.2121-29", "L.2241-1"]),
            d.ref("code", "Code général de la propriété des personnes publiques, et notamment son article L.1111-1",
                  code=CGPPP, articles=["L.1111-1"]),
            d.ref("deliberation", "délibération n° 2022-041 du 7 juillet 2022", number="2022-041",
                  date="2022-07-07")]
    d.reset()
    ids = [d.ident("acte", "022-212202782-20231130-2023_067-DE", "022-212202782-20231130-2023_067-DE")]
    doc = document(
        "deliberation", [0, len(d.raw)],
        {"collectivity": "COMMUNE DE SAINT-HERVÉ-DU-LEFF", "body": "CONSEIL MUNICIPAL"},
        "2023-067",
        "Acquisition amiable de la parcelle cadastrée section AB n° 214 au lieu-dit « Ker Izel » en vue de l’aménagement d’une liaison douce entre le bourg et l’école",
        session={"date": "2023-11-30", "place": "Mairie", "convened_on": "2023-11-24",
                 "president": president, "secretary": secretary},
        att=attendance(present, excused, absent, proxies, in_office=15, present_n=12,
                       voting=13),
        visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
        dates=dates, refs=refs, ids=ids)
    d.write([doc])


if __name__ == "__main__":
    arrete_maire()
    recueil()
    departement_cp()
    convention()
    deliberation_ancienne()
