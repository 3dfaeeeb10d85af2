#!/usr/bin/env python3
"""Hand-written gold for the blind set G of corpus/extra (corpusG; see
README.md, section "Blind set (corpusG)").
Run: python3 make_gold_g.py

Same conventions and tooling as make_gold_f.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
from _goldlib import CGCT, DocB, attendance, doc


# ---------------------------------------------------------------- (a)
def region_cp():
    """délibération of a conseil régional's commission permanente: S2LOW
    stamp beside the letterhead, "DÉLIBÉRATION N° CP/2024-NOV/11.078" then a
    three-line "RAPPORT N° … – PÔLE … – DIRECTION … – RAPPORTEUR : …"
    header, counts on one line, "Représentés : X par Y", vote by group
    ("Groupe X : pour") with "Ne prennent pas part au vote : X, role ; Y,
    role." then the totals, running footer, annex table after a form feed"""
    d = DocB("region-pyrenees-garonne-cp-2024-11-078")
    d.reset("sous la présidence de")
    pres = d.P("Mme Claire ESTRABAUT")
    d.reset("Présents : Mme Claire")
    present = d.persons(
        "Mme Claire ESTRABAUT", "M. Bernard CASTAGNÉ", "Mme Sylvie ARTIGUES",
        "M. Jean-Marc DOUSTE", "Mme Laurence PUJOL", "M. Thierry LABAT",
        "Mme Nathalie FOURCADE", "M. Olivier SABATHÉ", "Mme Hélène DARRIEUTORT",
        "M. Pierre-Yves LAGARDE", "Mme Aïcha BENMOUSSA", "M. Didier TOUZET",
        "Mme Marion CAZAUX", "M. Francis LOUBET", "Mme Émilie SAINT-MARTIN",
        "M. Guy ROUQUETTE")
    # "DE MONTESQUIOU": the particle printed in capitals is part of the
    # family name (split_name would cut it off)
    present.append(d.S("Mme Valérie DE MONTESQUIOU", "Mme", "Valérie", "DE MONTESQUIOU"))
    d.reset("Représentés :")
    # "Représentés : X par Y" gives proxies only (like "Absents représentés :
    # X représentée par Y" of corpusB)
    px = [d.proxy(a, b) for a, b in (
        ("M. Serge ABADIE", "Mme Claire ESTRABAUT"),
        ("Mme Christine LAFFORGUE", "M. Bernard CASTAGNÉ"),
        ("M. Karim OUALI", "Mme Aïcha BENMOUSSA"),
        ("Mme Josette PEYRÉ", "M. Guy ROUQUETTE"))]
    d.reset("Absents :")
    absent = d.persons("M. Hervé DUCASSE", "Mme Audrey FERRAN")
    d.reset("Absents : M. Hervé")
    visas = [d.clause(t) for t in (
        "Vu le Code général des collectivités territoriales, et notamment son article L.4221-5 ;",
        "Vu le règlement (UE) n° 2021/2115 du Parlement européen et du Conseil du 2 décembre 2021 "
        "établissant des règles régissant l'aide aux plans stratégiques relevant de la politique "
        "agricole commune ;",
        "Vu le décret n° 2023-5 du 3 janvier 2023 relatif aux aides à l'installation des jeunes "
        "agriculteurs ;",
        "Vu la délibération n° AP/2021-JUIL/01 de l'Assemblée plénière du 2 juillet 2021 portant "
        "délégation d'attributions à la Commission permanente ;",
        "Vu la délibération n° AP/2023-DEC/05.02 de l'Assemblée plénière du 14 décembre 2023 "
        "adoptant le Pacte régional pour l'installation des jeunes agriculteurs ;",
        "Vu l'avis de la Commission Agriculture et Ruralité du 5 novembre 2024 ;")]
    cons = [d.clause("Considérant que les dossiers présentés répondent aux critères "
                     "d'éligibilité du Pacte ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "D'attribuer au titre de l'aide à la transmission des exploitations agricoles "
                  "une aide de 12 000 € à chacun des neuf bénéficiaires figurant en annexe, soit "
                  "un montant total de 108 000 €."),
        d.article("2", None, "Article 2 :",
                  "D'affecter à cet effet une autorisation de programme de 108 000 € sur le "
                  "programme P 411 « Installation et transmission » du budget régional 2024."),
        d.article("3", None, "Article 3 :",
                  "D'autoriser la Présidente du Conseil régional à signer les conventions "
                  "attributives correspondantes.")]
    # the groups voting "pour" (as printed, "Groupe" kept: cd54); the two
    # members named after "Ne prennent pas part au vote" -> not_voting 2
    votes = [d.vote("VOTE Groupe Pyrénées-Garonne en commun : pour Groupe Socialiste, Radical et "
                    "Apparentés : pour Groupe Rassemblement National : contre Groupe Écologistes "
                    "et Citoyens : abstention Non-inscrits : pour Ne prennent pas part au vote : "
                    "M. Bernard CASTAGNÉ, Vice-président en charge de l'agriculture, "
                    "administrateur de la SAFER Pyrénées-Garonne ; Mme Sylvie ARTIGUES, "
                    "Conseillère régionale, présidente de l'association « Terres d'avenir ». "
                    "Pour : 13 – Contre : 3 – Abstention : 3 ADOPTÉ",
                    13, 3, 3, not_voting=2,
                    for_groups=["Groupe Pyrénées-Garonne en commun",
                                "Groupe Socialiste, Radical et Apparentés", "Non-inscrits"])]
    sigs = [d.signature("La Présidente du Conseil régional,", "Claire ESTRABAUT",
                        "La Présidente du Conseil régional", "Claire ESTRABAUT", None, None,
                        at="ADOPTÉ")]
    d.reset()
    # the footer "… Commission permanente du 15/11/2024  n/2" is furniture
    dates = [d.date("21/11/2024", "2024-11-21"), d.date("21/11/2024", "2024-11-21"),
             d.date("vendredi 15 novembre 2024", "2024-11-15"),
             d.date("vendredi 15 novembre 2024", "2024-11-15"),
             d.date("2 décembre 2021", "2021-12-02"), d.date("3 janvier 2023", "2023-01-03"),
             d.date("2 juillet 2021", "2021-07-02"), d.date("14 décembre 2023", "2023-12-14"),
             d.date("5 novembre 2024", "2024-11-05")]
    d.reset("Article 1er :")
    amounts = [d.amount("12 000 €", 12000), d.amount("108 000 €", 108000),
               d.amount("108 000 €", 108000)]
    d.reset("TRANSMISSION DES EXPLOITATIONS – QUATRIÈME AFFECTATION 2024 N°")
    amounts += [d.amount("12 000 €", 12000) for _ in range(9)]
    amounts.append(d.amount("108 000 €", 108000))
    d.reset("Vu le Code général")
    # "RAPPORT N° 11.078" is a rapport, no reference; "l'avis de la
    # Commission …" an avis; "programme P 411" a budget line
    refs = [d.ref("code", "Code général des collectivités territoriales, et notamment son "
                  "article L.4221-5", code=CGCT, articles=["L.4221-5"]),
            d.ref("reglement", "règlement (UE) n° 2021/2115 du Parlement européen et du Conseil "
                  "du 2 décembre 2021", number="2021/2115", date="2021-12-02"),
            d.ref("decret", "décret n° 2023-5 du 3 janvier 2023", number="2023-5",
                  date="2023-01-03"),
            d.ref("deliberation", "délibération n° AP/2021-JUIL/01 de l'Assemblée plénière du "
                  "2 juillet 2021", number="AP/2021-JUIL/01", date="2021-07-02"),
            d.ref("deliberation", "délibération n° AP/2023-DEC/05.02 de l'Assemblée plénière du "
                  "14 décembre 2023", number="AP/2023-DEC/05.02", date="2023-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "31406", "31406"),
           d.ident("acte", "031-200054781-20241115-CP2411078-DE",
                   "031-200054781-20241115-CP2411078-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION PYRÉNÉES-GARONNE",
             "body": "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL"},
            "CP/2024-NOV/11.078",
            "PACTE RÉGIONAL POUR L'INSTALLATION DES JEUNES AGRICULTEURS – AIDE À LA "
            "TRANSMISSION DES EXPLOITATIONS – QUATRIÈME AFFECTATION 2024",
            session={"date": "2024-11-15", "place": "Hôtel de Région", "convened_on": None,
                     "president": pres, "secretary": None},
            att=attendance(present, (), absent, px, in_office=23, present_n=17,
                           represented=4, voting=21),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (c)
def montferrier_pv():
    """procès-verbal of a very small commune in continuous register prose:
    dates in words ("le vingt-huit mars", "convoqué le vingt et un mars deux
    mil vingt-quatre"), "Présents : MM. ESCAICH, RIVES, … Mmes PUJOL et
    DEDIEU" (surnames only), "Absente excusée : Mme X, qui avait donné
    procuration à M. Y", secretary in a sentence, items as run-in paragraph
    titles ("Taux d'imposition 2024. Le Conseil …") with "Vote :
    unanimité.", lower-case operative verbs, register footer "feuillet
    2024/09" + form feed, "Fait et délibéré les jour, mois et an susdits."
    then side-by-side signatures"""
    d = DocB("commune-montferrier-riviere-pv-2024-03-28")
    d.reset("sous la présidence de")
    pres = d.P("M. Roger ESCAICH")
    # civility groups: each surname takes the group's civility, its span
    # leaves the "MM." / "Mmes" prefix out (saint-julien); given null
    d.reset("Présents : MM.")
    present = [d.S(t, "M.", None, t) for t in ("ESCAICH", "RIVES", "LAFFONT", "GALY")]
    present += [d.S(t, "Mme", None, t) for t in ("PUJOL", "DEDIEU")]
    # "Absente excusée : Mme X, qui avait donné procuration à M. Y": X in
    # excused and in proxies (contract "Excused with proxy")
    d.reset("Absente excusée :")
    bories = d.S("Mme BORIES", "Mme", None, "BORIES")
    rives = d.S("M. RIVES", "M.", None, "RIVES")
    exc = [bories]
    px = [{"from": bories, "to": rives, "span": [bories["span"][0], rives["span"][1]]}]
    d.reset("procuration à M. RIVES.")
    sec = d.S("Mme DEDIEU", "Mme", None, "DEDIEU")
    # first operative verb, lower case as printed (vieux-mesnil "arrête")
    d.reset("Le Conseil approuve")
    dec = {"verb": "approuve", "span": d.span("approuve")}
    # the approval of the previous procès-verbal ("lu et adopté sans
    # observation") is no vote (saint-arnoult); "M. RIVES, premier adjoint"
    # presiding item 1 is not the session's president
    votes = [d.vote("Vote : 6 voix pour ; le Maire ne prend pas part au vote.", 6, not_voting=1),
             d.vote("Vote : unanimité.", unanimous=True),
             d.vote("Vote : unanimité.", unanimous=True),
             d.vote("Vote : 5 pour, 2 contre (MM. GALY et LAFFONT).", 5, 2)]
    # no "Fait à": place null; "Fait et délibéré les jour, mois et an
    # susdits" dates both signatures with the séance's date
    fait = dict(place=None, date="2024-03-28", at="Fait et délibéré")
    sigs = [d.signature("Le Maire,", "Roger ESCAICH", "Le Maire", "Roger ESCAICH", **fait),
            d.signature("La secrétaire de séance,", "Marie DEDIEU", "La secrétaire de séance",
                        "Marie DEDIEU", **fait)]
    d.reset()
    # "feuillet 2024/09" has no day: no date; "le samedi vingt-neuf juin"
    # has no year: no date
    dates = [d.date("28 mars 2024", "2024-03-28"),
             d.date("L'an deux mil vingt-quatre, le vingt-huit mars", "2024-03-28"),
             d.date("vingt et un mars deux mil vingt-quatre", "2024-03-21"),
             d.date("quinze février deux mil vingt-quatre", "2024-02-15")]
    d.reset("Compte administratif 2023.")
    amounts = [d.amount("48 312,57 €", 48312.57), d.amount("12 905,10 €", 12905.1),
               d.amount("12 905,10 €", 12905.1), d.amount("23 450,00 €", 23450, tax="HT"),
               d.amount("28 140,00 €", 28140, tax="TTC")]
    d.reset()
    # "compte 1068" is a budget line; the previous séance's procès-verbal a
    # record
    refs = [d.ref("code", "article L.2113-6 du code de la commande publique",
                  code="Code de la commande publique", articles=["L.2113-6"])]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE MONTFERRIER-LA-RIVIÈRE", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du 28 mars 2024",
            session={"date": "2024-03-28", "place": "mairie", "convened_on": "2024-03-21",
                     "president": pres, "secretary": sec},
            att=attendance(present, exc, (), px, in_office=7, present_n=6, voting=7),
            dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs)
    d.write([a])


# ---------------------------------------------------------------- (d)
def saint_remy_amounts():
    """municipal délibération whose exposé and articles print amounts in
    many forms ("1,5 M€ HT", "1.326.400,00 € HT", "12 500 euros HT",
    "3 000,00 € TTC", "deux mille euros (2 000 €)", "85 k€", "600 000 euros,
    soit 0,6 M€") and a financing table with € cells and a percentage
    column; "Pouvoirs : X à Y ; …"; no "DÉCIDE": each "ARTICLE n –" starts
    with its verb; running footer + form feed between the table and "Le
    Conseil municipal,"; header "Conseil municipal / Séance du …" in the
    right column of the letterhead"""
    d = DocB("ville-saint-remy-bocage-2024-del-088")
    d.reset("sous la présidence de")
    pres = d.P("M. François LEBRETON")
    d.reset("Présents : M.")
    present = d.persons(
        "M. François LEBRETON", "Mme Hélène QUÉRUEL", "M. Thomas LEGOUPIL", "Mme Sandrine LEMONNIER",
        "M. Didier HAMEL", "Mme Véronique LECHEVALLIER", "M. Jean-Luc ENGUEHARD",
        "Mme Nathalie POTTIER", "M. Benoît LEPETIT", "Mme Claire DUVAL-MARIE",
        "M. Antoine GUÉRIN", "Mme Julie ANDRIEU", "M. Pascal GODEY", "Mme Laurence HOUEL",
        "M. Gilles TESNIÈRE", "Mme Manon LEFILLÂTRE", "M. Kévin BAZIN", "Mme Odile CAUVIN")
    # "Pouvoirs : X à Y ; …" gives proxies only (champvans, lavalette)
    d.reset("Pouvoirs :")
    px = [d.proxy(a, b) for a, b in (
        ("Mme Isabelle LEROUX", "Mme Hélène QUÉRUEL"),
        ("M. Patrice JOURDAN", "M. François LEBRETON"),
        ("Mme Élodie VAUTIER", "M. Didier HAMEL"))]
    d.reset("Absents :")
    absent = d.persons("M. Jérôme LAINÉ", "Mme Sophie GOSSELIN")
    d.reset("Secrétaire de séance :")
    sec = d.P("M. Thomas LEGOUPIL")
    d.reset("Le Conseil municipal, Vu")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.2121-29 et "
        "L.2331-6 ;",
        "Vu le code de la commande publique ;",
        "Vu la délibération n° 2023-DEL-041 du 27 mars 2023 approuvant le programme de "
        "l'opération ;",
        "Vu l'avis de la commission des finances du 1er juillet 2024 ;")]
    cons = [d.clause("Considérant que l'opération est éligible à la dotation de soutien à "
                     "l'investissement local et à la dotation d'équipement des territoires "
                     "ruraux ;")]
    # no verb line: the first operative verb, that of article 1 (the
    # "first operative verb even when it is APPROUVE" convention)
    d.reset("ARTICLE 1 –")
    dec = {"verb": "Approuve", "span": d.span("Approuve")}
    d.reset("Entendu l'exposé")
    arts = [
        d.article("1", None, "ARTICLE 1 –",
                  "Approuve l'avant-projet définitif du pôle santé pluriprofessionnel pour un coût "
                  "global d'opération de 1 742 850 € HT."),
        d.article("2", None, "ARTICLE 2 –",
                  "Approuve le plan de financement prévisionnel figurant ci-dessus."),
        d.article("3", None, "ARTICLE 3 –",
                  "Sollicite de l'État une subvention de 435 712,50 € au titre de la DSIL et de "
                  "174 285,00 € au titre de la DETR, ainsi que les aides de la Région et du "
                  "Département aux montants indiqués."),
        d.article("4", None, "ARTICLE 4 –",
                  "Autorise le Maire à contracter un emprunt d'un montant maximal de 600 000 euros, "
                  "soit 0,6 M€, sur une durée de vingt-cinq ans."),
        d.article("5", None, "ARTICLE 5 –",
                  "Décide le versement à l'association des professionnels de santé du Bocage d'une "
                  "participation de deux mille euros (2 000 €), imputée au chapitre 65, article "
                  "6574."),
        d.article("6", None, "ARTICLE 6 –",
                  "Dit que l'autorisation de programme n° 2024-03 est fixée à 2 091 420 € TTC, avec "
                  "des crédits de paiement de 350 000 € en 2024, de 1 250 000 € en 2025 et de "
                  "491 420 € en 2026.")]
    # the abstainers' names are no attendance
    votes = [d.vote("Adopté par 19 voix pour et 2 abstentions (Mme Julie ANDRIEU, M. Pascal "
                    "GODEY).", 19, None, 2)]
    sigs = [d.signature("Le Maire,", "François LEBRETON", "Le Maire", "François LEBRETON",
                        "Saint-Rémy-en-Bocage", "2024-07-09", at="Fait à Saint-Rémy")]
    d.reset()
    # the running footer (… Délibération n° 2024-DEL-088 – page n/2) is
    # furniture; "en 2024", "vingt-cinq ans" are no dates
    dates = [d.date("lundi 8 juillet 2024", "2024-07-08"), d.date("2 juillet 2024", "2024-07-02"),
             d.date("27 mars 2023", "2023-03-27"), d.date("27 mars 2023", "2023-03-27"),
             d.date("1er juillet 2024", "2024-07-01"), d.date("9 juillet 2024", "2024-07-09")]
    d.reset("EXPOSÉ")
    # every amount as printed, words and digits each ("deux mille euros
    # (2 000 €)" is two); the table's € cells are amounts, their tax null
    # (HT is printed in the table's title, not beside them); percentages are
    # no amounts
    amounts = [d.amount("1,5 M€", 1500000, tax="HT"),
               d.amount("1.326.400,00 €", 1326400, tax="HT"),
               d.amount("1 742 850 €", 1742850, tax="HT"),
               d.amount("2 091 420 €", 2091420, tax="TTC"),
               d.amount("129 987,20 €", 129987.2, tax="HT"),
               d.amount("12 500 euros", 12500, tax="HT"),
               d.amount("3 000,00 €", 3000, tax="TTC"),
               d.amount("deux mille euros", 2000), d.amount("2 000 €", 2000),
               d.amount("85 k€", 85000),
               d.amount("435 712,50 €", 435712.5), d.amount("174 285,00 €", 174285),
               d.amount("261 427,50 €", 261427.5), d.amount("174 285,00 €", 174285),
               d.amount("87 142,50 €", 87142.5), d.amount("609 997,50 €", 609997.5),
               d.amount("1 742 850,00 €", 1742850),
               d.amount("1 742 850 €", 1742850, tax="HT"),
               d.amount("435 712,50 €", 435712.5), d.amount("174 285,00 €", 174285),
               d.amount("600 000 euros", 600000), d.amount("0,6 M€", 600000),
               d.amount("deux mille euros", 2000), d.amount("2 000 €", 2000),
               d.amount("2 091 420 €", 2091420, tax="TTC"), d.amount("350 000 €", 350000),
               d.amount("1 250 000 €", 1250000), d.amount("491 420 €", 491420)]
    d.reset("EXPOSÉ")
    # "autorisation de programme n° 2024-03" and "chapitre 65, article 6574"
    # are budget lines; "Vu le code de la commande publique" cites the code
    # without articles (a `code` reference)
    refs = [d.ref("deliberation", "délibération n° 2023-DEL-041 du 27 mars 2023",
                  number="2023-DEL-041", date="2023-03-27"),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.2121-29 et L.2331-6", code=CGCT,
                  articles=["L.2121-29", "L.2331-6"]),
            d.ref("code", "code de la commande publique", code="Code de la commande publique"),
            d.ref("deliberation", "délibération n° 2023-DEL-041 du 27 mars 2023",
                  number="2023-DEL-041", date="2023-03-27")]
    d.reset()
    ids = [d.ident("postal_code", "50410", "50410")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE SAINT-RÉMY-EN-BOCAGE", "body": "Conseil municipal"},
            "2024-DEL-088",
            "Pôle santé pluriprofessionnel du quartier des Tanneries – Approbation de "
            "l'avant-projet définitif, du plan de financement et des demandes de subventions",
            session={"date": "2024-07-08", "place": "salle du conseil de l'Hôtel de Ville",
                     "convened_on": "2024-07-02", "president": pres, "secretary": sec},
            att=attendance(present, (), absent, px, in_office=23, present_n=18,
                           represented=3, voting=21),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])



# ---------------------------------------------------------------- (d)
def agglo_conseil():
    """délibération of a communauté d'agglomération's conseil communautaire:
    attendance as a three-column table "TITULAIRES PRÉSENTS / SUPPLÉANTS /
    POUVOIRS" flattened by pdftotext (each name followed by its commune in
    parentheses, each pouvoir on two lines "X (commune)" / "à Y"), then
    "Absents excusés :" / "Absents :" with communes, "Rapporteur :", dash
    list decision, "Adopté à la majorité (30 pour, 4 contre, 2
    abstentions).", "Fait à" above "Pour extrait certifié conforme," """
    d = DocB("agglo-falaises-caux-conseil-2024-147")
    d.reset("sous la")
    pres = d.P("M. Thierry GRENET")
    # the table is read column by column (the order of each list as
    # printed); the "(commune)" after each name is outside the name
    tit = ["M. Thierry GRENET", "Mme Sophie BÉNARD", "M. Arnaud LECOURT", "Mme Nadège FRÉMONT",
           "M. Jean-Pierre AUVRAY", "Mme Colette DUBUC", "M. Patrick HAUCHECORNE",
           "M. Didier QUESNEL", "Mme Brigitte LEMESLE", "M. Alain DELAMARE",
           "Mme Françoise VASSE", "M. Rémi LEFRANÇOIS", "M. Hubert de LA HOUSSAYE",
           "Mme Murielle CARPENTIER", "M. Laurent BOUTEILLER", "Mme Christelle OSMONT",
           "M. Gérard LE GUILLOU", "Mme Annick TOUTAIN", "M. Bruno MAUGER",
           "M. Yves-Marie PICARD", "Mme Sandrine HÉBERT-LOUVEL", "M. Olivier COQUIN",
           "M. Jacky FLEURY", "Mme Liliane DUHAMEL", "M. Stéphane ROUSSELIN",
           "Mme Karine LETELLIER", "M. Michel BRUMENT", "M. Franck LAHAYE"]
    present = []
    for t in tit:
        # the name followed by its "(": the same name may be printed
        # earlier in the POUVOIRS column ("à Mme Christelle OSMONT")
        d.reset("TITULAIRES PRÉSENTS")
        d.cursor = d.locate(t + " (")[0]
        if t == "M. Gérard LE GUILLOU":
            present.append(d.S(t, "M.", "Gérard", "LE GUILLOU"))
        else:
            present.append(d.P(t))
    d.reset("TITULAIRES PRÉSENTS")
    present += d.persons("M. Henri LECOQ", "Mme Paule DUVAL", "M. Joël MALANDAIN")
    px = []
    for a, b in (("Mme Nadine HAUGUEL", "à M. Thierry GRENET"),
                 ("M. Éric LEVASSEUR", "à M. Jean-Pierre AUVRAY"),
                 ("Mme Agnès VIMBERT", "à M. Rémi LEFRANÇOIS"),
                 ("M. Christian DEHAIS", "à Mme Brigitte LEMESLE"),
                 ("Mme Josiane CORBLIN", "à Mme Christelle OSMONT")):
        d.reset("TITULAIRES PRÉSENTS")
        f = d.P(a)
        d.locate(b)
        d.cursor -= len(b) - 2
        t = d.P(b[2:])
        px.append({"from": f, "to": t, "span": [f["span"][0], t["span"][1]]})
    d.reset("Absents excusés :")
    exc = d.persons("Mme Odile GUÉRARD", "M. Fabrice ANQUETIL")
    d.reset("Absents : M.")
    absent = d.persons("M. Sébastien DROUET", "Mme Laëtitia BOSSET")
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Christelle OSMONT")
    # the rapporteur is no attendance
    d.reset("Vice-président chargé des finances")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.5216-5 et "
        "L.5215-26 ;",
        "Vu l'arrêté préfectoral n° 76-2016-12-14-011 du 14 décembre 2016 portant création de la "
        "Communauté d'agglomération Falaises et Vallées de Caux ;",
        "Vu la délibération n° DC-2023-212 du 14 décembre 2023 adoptant le règlement des fonds de "
        "concours ;",
        "Vu les demandes des communes concernées ;")]
    cons = [d.clause("Considérant que chaque fonds de concours n'excède pas la part du "
                     "financement assurée, hors subventions, par la commune bénéficiaire ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    votes = [d.vote("Adopté à la majorité (30 pour, 4 contre, 2 abstentions).", 30, 4, 2)]
    # "Pour extrait certifié conforme," is not part of the role (saint-herve)
    sigs = [d.signature("Le Président,", "Thierry GRENET", "Le Président", "Thierry GRENET",
                        "Valmont-sur-Durdent", "2024-09-27", at="Pour extrait certifié")]
    d.reset()
    dates = [d.date("jeudi 26 septembre 2024", "2024-09-26"),
             d.date("19 septembre 2024", "2024-09-19"), d.date("19 septembre 2024", "2024-09-19"),
             d.date("L'an deux mille vingt-quatre, le vingt-six septembre", "2024-09-26"),
             d.date("14 décembre 2016", "2016-12-14"), d.date("14 décembre 2023", "2023-12-14"),
             d.date("27 septembre 2024", "2024-09-27"), d.date("30/09/2024", "2024-09-30"),
             d.date("30/09/2024", "2024-09-30")]
    d.reset("DÉCIDE :")
    amounts = [d.amount("18 500 €", 18500), d.amount("42 000 €", 42000),
               d.amount("65 300 €", 65300), d.amount("125 800 €", 125800)]
    d.reset("Vu le code général")
    # the arrêté's number holds no date (val-de-gascogne); "chapitre 204" is
    # a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.5216-5 et L.5215-26", code=CGCT,
                  articles=["L.5216-5", "L.5215-26"]),
            d.ref("arrete", "arrêté préfectoral n° 76-2016-12-14-011 du 14 décembre 2016",
                  number="76-2016-12-14-011", date="2016-12-14"),
            d.ref("deliberation", "délibération n° DC-2023-212 du 14 décembre 2023",
                  number="DC-2023-212", date="2023-12-14")]
    d.reset()
    ids = [d.ident("postal_code", "76450", "76450"),
           d.ident("phone", "02 35 97 41 20", "0235974120"),
           d.ident("email", "assemblees@agglo-falaises-caux.fr",
                   "assemblees@agglo-falaises-caux.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ D'AGGLOMÉRATION FALAISES ET VALLÉES DE CAUX",
             "body": "CONSEIL COMMUNAUTAIRE"},
            "DC-2024-147",
            "Fonds de concours aux communes membres – Programme 2024 – Attribution",
            session={"date": "2024-09-26", "place": "salle polyvalente de Bréville-en-Caux",
                     "convened_on": "2024-09-19", "president": pres, "secretary": sec},
            att=attendance(present, exc, absent, px, in_office=40, present_n=31,
                           represented=5, voting=36),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    region_cp()
    montferrier_pv()
    saint_remy_amounts()
    agglo_conseil()
