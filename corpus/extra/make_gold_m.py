#!/usr/bin/env python3
"""Hand-written gold for three documents of the blind set M (corpusM; see
corpus/extra-pending/README.md, section "Blind set (corpusM)") moved here
from corpus/extra-pending once the tool scored 1.0000 on them (session
13; the fourth, commune-saint-genies-lauzou-pv-2024-09-12, moved here in
session 14).
Run: python3 make_gold_m.py

Same conventions and tooling as make_gold_k.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401

CCH = "code de la construction et de l'habitation"


# ---------------------------------------------------------------- (a)
def beaurepaire_mise_en_securite():
    """arrêté de mise en sécurité (procédure urgente) of a maire in the
    old first-person form: letterhead "MAIRIE DE …" with a dotted phone,
    centred heading "ARRÊTÉ DE MISE EN SÉCURITÉ – PROCÉDURE URGENTE" over
    "N° 2024/PO/031", two-line "Objet :", "Nous, Maire de la commune de
    …,", visas citing an ordonnance and a décret, a dotted date
    "06.05.2024", "du même code", "ARRÊTONS :", articles "Article premier.
    –" / "Article n. –" (period after the numeral), a dash list inside
    article 1, amount in words with "hors taxes" then digits HT then TTC,
    SIREN and SIRET in the text, weekday dates, "Ampliation :" list with
    postal codes after the signature, "Transmis en préfecture le …",
    ACTES id, "Notifié le …" """
    d = DocB("commune-beaurepaire-dheune-arrete-mise-en-securite-2024")
    d.reset("Nous, Maire")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.2131-1, "
        "L.2212-2 et L.2212-4 ;",
        "Vu le code de la construction et de l'habitation, et notamment ses articles L.511-1 à "
        "L.511-22 et R.511-1 à R.511-13 ;",
        "Vu l'ordonnance n° 2020-1144 du 16 septembre 2020 relative à l'harmonisation et à la "
        "simplification des polices des immeubles, locaux et installations ;",
        "Vu le décret n° 2020-1711 du 24 décembre 2020 pris pour son application ;",
        "Vu le rapport de visite établi le 06.05.2024 par M. Denis CHAUVOT, architecte, expert "
        "désigné par le tribunal administratif de Dijon, constatant l'existence d'un danger "
        "imminent ;",
        "Vu le courrier d'information adressé le 7 mai 2024 au propriétaire, la SCI du Vieux "
        "Pressoir (SIREN 812 345 676), en application de l'article L.511-19 du même code ;")]
    cons = [d.clause(t) for t in (
        "Considérant que le rapport susvisé fait état de l'effondrement partiel de la charpente et "
        "de l'instabilité de la souche de cheminée, qui menace de chuter sur la voie publique ;",
        "Considérant qu'il y a lieu, dans l'attente des travaux définitifs, de prendre les mesures "
        "provisoires propres à garantir la sécurité des occupants, des riverains et des passants ;")]
    dec = {"verb": "ARRÊTONS", "span": d.span("ARRÊTONS")}
    arts = [
        d.article("1", None, "Article premier. –",
                  "La SCI du Vieux Pressoir, propriétaire de l'immeuble sis 7, rue des Tanneurs, est "
                  "mise en demeure de faire réaliser, dans un délai de huit jours à compter de la "
                  "notification du présent arrêté, les mesures provisoires suivantes : – dépose de la "
                  "souche de cheminée et des éléments de couverture instables ; – mise en place d'un "
                  "bâchage étanche de la toiture ; – étaiement du plancher haut du rez-de-chaussée."),
        d.article("2", None, "Article 2. –",
                  "L'occupation et l'utilisation de l'immeuble sont interdites à compter du jeudi 16 "
                  "mai 2024 et jusqu'à la mainlevée du présent arrêté."),
        d.article("3", None, "Article 3. –",
                  "La circulation des piétons est interdite sur le trottoir longeant l'immeuble, du "
                  "numéro 5 au numéro 9 de la rue des Tanneurs. Le stationnement y est interdit dans "
                  "les mêmes limites."),
        d.article("4", None, "Article 4. –",
                  "Faute pour le propriétaire d'exécuter les mesures prescrites dans le délai fixé, il "
                  "y sera procédé d'office, à ses frais, par la commune. Ces travaux ont été estimés "
                  "par l'entreprise Charpentes Moreau (SIRET 418 625 133 00024) à douze mille quatre "
                  "cent cinquante euros hors taxes (12 450,00 € HT), soit 14 940,00 € TTC."),
        d.article("5", None, "Article 5. –",
                  "À défaut d'exécution dans le délai prescrit, le propriétaire sera redevable d'une "
                  "astreinte de cinquante euros (50 €) par jour de retard, en application de "
                  "l'article L.511-15 du code de la construction et de l'habitation."),
        d.article("6", None, "Article 6. –",
                  "Le présent arrêté sera notifié au propriétaire par lettre recommandée avec accusé "
                  "de réception et affiché en mairie ainsi que sur la façade de l'immeuble. Il peut "
                  "faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai "
                  "de deux mois à compter de sa notification."),
        # ends before "Fait à"; the Ampliation list is no article
        d.article("7", None, "Article 7. –",
                  "Le Secrétaire général de mairie, le Commandant de la brigade de gendarmerie de "
                  "Chagny et le Chef de la police municipale sont chargés, chacun en ce qui le "
                  "concerne, de l'exécution du présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,", "Jean-Paul DESVIGNES", "Le Maire", "Jean-Paul DESVIGNES",
                        "Beaurepaire-sur-Dheune", "2024-05-14", at="Fait à Beaurepaire")]
    d.reset("Nous, Maire")
    # amount in words beside "hors taxes": tax HT (chapelle-aux-frenes)
    amounts = [d.amount("douze mille quatre cent cinquante euros", 12450, tax="HT"),
               d.amount("12 450,00 €", 12450, tax="HT"),
               d.amount("14 940,00 €", 14940, tax="TTC"),
               d.amount("cinquante euros", 50),
               d.amount("50 €", 50)]
    d.reset()
    dates = [d.date("16 septembre 2020", "2020-09-16"),
             d.date("24 décembre 2020", "2020-12-24"),
             d.date("06.05.2024", "2024-05-06"),
             d.date("7 mai 2024", "2024-05-07"),
             d.date("jeudi 16 mai 2024", "2024-05-16"),
             d.date("mardi 14 mai 2024", "2024-05-14"),
             d.date("14/05/2024", "2024-05-14"),
             d.date("15/05/2024", "2024-05-15")]
    d.reset("Nous, Maire")
    # the rapport de visite and the courrier are no cited acts; "du même
    # code" is the last code named (the CCH)
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles "
                  "L.2131-1, L.2212-2 et L.2212-4", code=CGCT,
                  articles=["L.2131-1", "L.2212-2", "L.2212-4"]),
            d.ref("code", "code de la construction et de l'habitation, et notamment ses articles "
                  "L.511-1 à L.511-22 et R.511-1 à R.511-13", code=CCH,
                  articles=["L.511-1", "L.511-22", "R.511-1", "R.511-13"]),
            d.ref("ordonnance", "ordonnance n° 2020-1144 du 16 septembre 2020", number="2020-1144",
                  date="2020-09-16"),
            d.ref("decret", "décret n° 2020-1711 du 24 décembre 2020", number="2020-1711",
                  date="2020-12-24"),
            d.ref("code", "article L.511-19 du même code", code=CCH, articles=["L.511-19"]),
            d.ref("code", "article L.511-15 du code de la construction et de l'habitation", code=CCH,
                  articles=["L.511-15"])]
    d.reset()
    ids = [d.ident("postal_code", "71490", "71490"),
           d.ident("phone", "03.85.47.12.60", "0385471260"),
           d.ident("email", "mairie@beaurepaire-dheune.fr", "mairie@beaurepaire-dheune.fr"),
           d.ident("siren", "812 345 676", "812345676"),
           d.ident("siret", "418 625 133 00024", "41862513300024"),
           d.ident("postal_code", "71100", "71100"),
           d.ident("postal_code", "71150", "71150"),
           d.ident("acte", "071-217104876-20240514-2024PO031-AI",
                   "071-217104876-20240514-2024PO031-AI")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE BEAUREPAIRE-SUR-DHEUNE", "body": "Le Maire"},
            "2024/PO/031",
            "Immeuble sis 7, rue des Tanneurs (parcelle cadastrée section AB n° 212) – mesures "
            "provisoires de sécurité",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (b)
def brevanne_comite():
    """délibération of a syndicat mixte's comité syndical whose roll call
    is an "Appel nominal" table WITHOUT rules, one row per member
    collectivity: "Collectivité membre / Délégué titulaire / Délégué
    suppléant / Présence", the presence column a code (T = the titulaire
    sits, S = the suppléant sits, Exc., P, A) explained by a legend under
    the table, the proxy on a "Pouvoir : X (commune) à Y (commune)" line,
    counts on one line, séance date in words and "Séance du lundi …" beside
    the number, exposé before the visas, a tariff table with "(€ HT)" in the
    column headers and bare numbers in the cells, the vote as dotted-leader
    lines "Votants ....... 10 / Pour ....... 9 / …" then "La délibération
    est adoptée à la majorité.", ACTES "Accusé de réception" block at the
    end"""
    d = DocB("sm-eaux-plateau-brevanne-cs-2024-019")
    d.reset("sous la présidence de")
    pres = d.P("M. Bernard JOUFFROY")
    # the presence code says which column sits: T -> the titulaire, S -> the
    # suppléant (the titulaire he replaces is in no list: nothing printed
    # says "excusé" for him, as smictom/argonne "supplée"); Exc. -> the
    # titulaire is excused, A -> absent; P -> the proxy printed under the
    # table (the giver in no other list: "a donné pouvoir", not "excusé")
    d.reset("Appel nominal")
    present = d.persons("M. Bernard JOUFFROY", "M. Yves BRUNET", "M. Olivier PIQUEREZ",
                        "Mme Annie DAVID-ROUSSEL", "M. Florent BARBAUD",
                        "M. Thierry LACROIX", "M. Patrice VUILLET",
                        "Mme Laetitia BOURGEOIS-REY", "M. Clément ROBBE")
    d.reset("Appel nominal")
    excused = [d.P("M. Stéphane REGAD")]
    absent = [d.P("Mme Évelyne GRAPPE")]
    d.reset("Pouvoir : M.")
    px = [d.proxy("M. Jean-Louis MOUREY", "M. Olivier PIQUEREZ")]
    d.reset("Secrétaire de séance")
    sec = d.P("M. Thierry LACROIX")
    d.reset("Vu le code")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment ses articles L.2224-5, "
        "L.5711-1 et D.2224-1 à D.2224-5 ;",
        "Vu le décret n° 2007-675 du 2 mai 2007 relatif au rapport annuel sur le prix et la "
        "qualité des services publics d'eau potable et d'assainissement ;",
        "Vu l'arrêté du 2 mai 2007 relatif aux rapports annuels sur le prix et la qualité des "
        "services publics d'eau potable et d'assainissement ;",
        "Vu les statuts du syndicat approuvés par arrêté préfectoral n° 39-2019-11-04-002 du 4 "
        "novembre 2019 ;",
        "Vu la délibération n° CS-2023-041 du 11 décembre 2023 fixant les tarifs de l'eau pour "
        "l'année 2024 ;")]
    cons = [d.clause(t) for t in (
        "Considérant que le rapport annuel 2023 a été transmis aux délégués avec la convocation ;",
        "Considérant la nécessité d'équilibrer le budget annexe de l'eau sans recourir à "
        "l'emprunt ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "D'adopter le rapport annuel 2023 sur le prix et la qualité du service public "
                  "d'eau potable, annexé à la présente délibération."),
        d.article("2", None, "Article 2 :",
                  "De fixer comme suit les tarifs de l'eau applicables aux consommations à compter "
                  "du 1er janvier 2025 : Tarif 2024 (€ HT) Tarif 2025 (€ HT) Abonnement annuel "
                  "(compteur 15 mm) 48,00 52,00 Part variable, par m³ 1,62 1,71"),
        d.article("3", None, "Article 3 :",
                  "D'autoriser le Président à signer tout document relatif à l'exécution de la "
                  "présente délibération."),
    ]
    # the dotted-leader lines up to the result sentence; "Votants" is the
    # voters' total (counts.voting also printed above), not a vote field
    votes = [d.vote("Votants ...................... 10 Pour ......................... 9 "
                    "Contre ....................... 1 Abstention ................... 0 "
                    "La délibération est adoptée à la majorité.", 9, 1, 0)]
    sigs = [d.signature("Le Président,", "Bernard JOUFFROY", "Le Président", "Bernard JOUFFROY",
                        "Frasne-le-Château", "2024-09-24", at="À Frasne-le-Château")]
    d.reset("Le Président rappelle")
    # the table's cells are amounts (hautes-terres "Montant (€)" column);
    # tax null: "HT" is in the column header, not beside the amount
    amounts = [d.amount("quarante et un mille euros", 41000),
               d.amount("41 000 €", 41000),
               d.amount("48,00", 48), d.amount("52,00", 52),
               d.amount("1,62", 1.62), d.amount("1,71", 1.71)]
    d.reset()
    dates = [d.date("lundi 23 septembre 2024", "2024-09-23"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("L'an deux mille vingt-quatre, le vingt-trois septembre", "2024-09-23"),
             d.date("13/09/2024", "2024-09-13"),
             d.date("2 mai 2007", "2007-05-02"),
             d.date("2 mai 2007", "2007-05-02"),
             d.date("4 novembre 2019", "2019-11-04"),
             d.date("11 décembre 2023", "2023-12-11"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("24 septembre 2024", "2024-09-24"),
             d.date("25/09/2024", "2024-09-25"),
             d.date("25/09/2024", "2024-09-25")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.2224-5, L.5711-1 et D.2224-1 à D.2224-5", code=CGCT,
                  articles=["L.2224-5", "L.5711-1", "D.2224-1", "D.2224-5"]),
            d.ref("decret", "décret n° 2007-675 du 2 mai 2007", number="2007-675",
                  date="2007-05-02"),
            d.ref("arrete", "arrêté du 2 mai 2007", date="2007-05-02"),
            d.ref("arrete", "arrêté préfectoral n° 39-2019-11-04-002 du 4 novembre 2019",
                  number="39-2019-11-04-002", date="2019-11-04"),
            d.ref("deliberation", "délibération n° CS-2023-041 du 11 décembre 2023",
                  number="CS-2023-041", date="2023-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "39250", "39250"),
           d.ident("siret", "253 904 189 00011", "25390418900011"),
           d.ident("phone", "03 84 51 27 09", "0384512709"),
           d.ident("acte", "039-253904189-20240923-CS2024019-DE",
                   "039-253904189-20240923-CS2024019-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DES EAUX DU PLATEAU DE BRÉVANNE",
             "body": "COMITÉ SYNDICAL"},
            "CS-2024-019",
            "Rapport annuel 2023 sur le prix et la qualité du service public d'eau potable – "
            "Tarifs de l'eau au 1er janvier 2025",
            session={"date": "2024-09-23", "place": "salle polyvalente de Frasne-le-Château",
                     "convened_on": "2024-09-13", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=12, present_n=9,
                           represented=1, voting=10),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (c)
def arguenon_rapport():
    """a RAPPORT to a conseil communautaire printed alone (no délibération
    with it): letterhead with SIREN, phone and e-mail, a service line "Pôle
    …", "Conseil communautaire du jeudi …" right-aligned, "RAPPORT N° 08",
    "Rapporteur : M. X, vice-président …", "OBJET :" on two lines,
    "Mesdames, Messieurs,", Roman-numbered parts ("I. CONTEXTE"), a loi
    with its number and date, "le V de l'article L.5214-16 du code …", an
    arrêté préfectoral cited by date only, amount in words "hors taxes"
    then "(412 500 € HT), soit 495 000 € TTC", a financing table under
    "(montants HT)" with € cells, a TOTAL row and a % column, a running
    footer "CC … – Conseil communautaire du 07/11/2024 – Rapport n° 08 –
    page n/2" + form feed, the proposal as a dash list "Il vous est proposé
    : – d'attribuer …", a commission's avis "favorable à l'unanimité", the
    Président's signature without place or date"""
    d = DocB("cc-terres-arguenon-rapport-2024-11-08")
    sigs = [d.signature("Le Président,", "Gwénaël HAMON", "Le Président", "Gwénaël HAMON",
                        None, None)]
    d.reset("I. CONTEXTE")
    # table cells: tax null ("montants HT" is the table's caption, not
    # beside the amount); percentages are no amounts
    amounts = [d.amount("quatre cent douze mille cinq cents euros", 412500, tax="HT"),
               d.amount("412 500 €", 412500, tax="HT"),
               d.amount("495 000 €", 495000, tax="TTC"),
               d.amount("123 750,00 €", 123750), d.amount("82 500,00 €", 82500),
               d.amount("82 500,00 €", 82500), d.amount("123 750,00 €", 123750),
               d.amount("412 500,00 €", 412500),
               d.amount("82 500 €", 82500), d.amount("123 750 €", 123750),
               d.amount("quatre-vingt-deux mille cinq cents euros", 82500),
               d.amount("82 500 €", 82500)]
    d.reset()
    # the footers' "07/11/2024" are furniture
    dates = [d.date("jeudi 7 novembre 2024", "2024-11-07"),
             d.date("24 décembre 2019", "2019-12-24"),
             d.date("14 décembre 2023", "2023-12-14"),
             d.date("3 juillet 2024", "2024-07-03"),
             d.date("31/12/2025", "2025-12-31"),
             d.date("22 octobre 2024", "2024-10-22")]
    d.reset("I. CONTEXTE")
    # the rapport's own number is no reference, nor the footer's; the
    # commission's avis is none
    refs = [d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24"),
            d.ref("deliberation", "délibération n° 2023-117 du 14 décembre 2023",
                  number="2023-117", date="2023-12-14"),
            d.ref("code", "article L.5214-16 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5214-16"]),
            d.ref("arrete", "arrêté préfectoral du 3 juillet 2024", date="2024-07-03")]
    d.reset()
    ids = [d.ident("postal_code", "22270", "22270"),
           d.ident("siren", "200 044 717", "200044717"),
           d.ident("phone", "02 96 31 48 20", "0296314820"),
           d.ident("email", "contact@terres-arguenon.bzh", "contact@terres-arguenon.bzh")]
    # a rapport is not voted: the commission's "favorable à l'unanimité" is
    # an avis, no vote; the proposal's dash list holds no articles and no
    # decision verb; session: only the date of the council it goes to
    # (nièvre's rapport); body: the service line (nièvre, cd62)
    a = doc(d, "rapport", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES TERRES DE L'ARGUENON",
             "body": "Pôle Aménagement et Mobilités"},
            "08",
            "Fonds de concours à la commune de Plédéliac pour l'aménagement de la voie douce de "
            "la vallée de la Rance – plan de financement",
            session={"date": "2024-11-07", "place": None, "convened_on": None,
                     "president": None, "secretary": None},
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (d)
def saint_genies_pv():
    """procès-verbal of a conseil municipal with a LABEL header block
    ("Convocation : dd/mm/yyyy – Affichage : …", "Lieu : …", "Présidence :
    M. X, Maire", "Secrétaire de séance : Mme Y"), counts on two lines,
    attendance lists of "Prénom NOM" WITHOUT civility (a name cut by a line
    break, a particle "Hélène de SOLAGES"), "Absents excusés ayant donné
    pouvoir : X à Y, Z à W.", a member arriving between items (in no list
    at the opening), items grouped under Roman-numbered themes ("I.
    ADMINISTRATION GÉNÉRALE", "II.1 – …") each with "Délibération n° … –
    Rapporteur : …", verbs in capitals inside sentences, votes "Vote : 15
    pour – 2 contre (names) – 0 abstention." with the not-voting member
    named BEFORE the vote line, "Adopté à la majorité : 14 voix pour, 3
    abstentions.", the previous PV approved "à l'unanimité", a future séance
    date, two signatures one under the other without "Fait à", publication
    line with an https url"""
    d = DocB("commune-saint-genies-lauzou-pv-2024-09-12")
    d.reset("Présidence :")
    pres = d.P("M. Alain CASTAGNÉ")
    sec = d.P("Mme Émilie TERRAL")
    d.reset("Votants : 16")
    present = d.persons(
        "Alain CASTAGNÉ", "Sylvie FABRE", "Jérôme ALBOUY", "Marie-Hélène ROQUES",
        "Jean-Pierre VIGUIER", "Hélène de SOLAGES", "Christophe MAUREL", "Aurélie BOUSQUET",
        "Thierry CABROL", "Nadia BENSAÏD", "Laurent GAVALDA", "Émilie TERRAL",
        "Francis ROUANET", "Sandrine PUECH")
    # "Absents excusés ayant donné pouvoir : X à Y": X in excused and proxies
    d.reset("Absents excusés ayant donné pouvoir")
    excused = d.persons("Marc DELPECH", "Nathalie ROUQUETTE")
    # Léa COMBES arrives at item II.1: she stays where the opening lists
    # print her (excused), not in present (lists as printed)
    excused.append(d.P("Léa COMBES"))
    d.reset("Absents excusés ayant donné pouvoir")
    px = [d.proxy("Marc DELPECH", "Jérôme ALBOUY"), d.proxy("Nathalie ROUQUETTE", "Sylvie FABRE")]
    d.reset("Absents :")
    absent = d.persons("Kévin SALVAN", "Paul ESQUIROL")
    d.reset("II.1 –")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    d.reset("I.1 –")
    # one vote per voted item, in order (the previous PV's approval is voted)
    votes = [d.vote("approuvé à l'unanimité.", unanimous=True),
             d.vote("Vote : 15 pour – 2 contre (Francis ROUANET, Sandrine PUECH) – 0 abstention.",
                    15, 2, 0),
             # the not-voting sentence printed just before the vote line
             # belongs to it (lyon, aveyron)
             d.vote("Mme Hélène de SOLAGES, présidente de l'association, ne prend pas part au "
                    "vote. Vote : 16 pour – 0 contre – 0 abstention.", 16, 0, 0, not_voting=1),
             d.vote("Adopté à la majorité : 14 voix pour, 3 abstentions.", 14, None, 3)]
    sigs = [d.signature("Le Maire,", "Alain CASTAGNÉ", "Le Maire", "Alain CASTAGNÉ", None, None,
                        at="La séance est levée"),
            d.signature("La Secrétaire de séance,", "Émilie TERRAL", "La Secrétaire de séance",
                        "Émilie TERRAL", None, None, at="La séance est levée")]
    d.reset()
    # "trois euros le mètre carré" is a price, an amount like any other
    amounts = [d.amount("42 300,00 €", 42300), d.amount("118 600,00 €", 118600),
               d.amount("mille cinq cents euros", 1500), d.amount("1 500 €", 1500),
               d.amount("7 350 €", 7350), d.amount("trois euros", 3)]
    d.reset()
    dates = [d.date("jeudi 12 septembre 2024", "2024-09-12"),
             d.date("06/09/2024", "2024-09-06"),
             d.date("06/09/2024", "2024-09-06"),
             d.date("4 juillet 2024", "2024-07-04"),
             d.date("4 juillet 2024", "2024-07-04"),
             d.date("4 avril 2024", "2024-04-04"),
             d.date("jeudi 24 octobre 2024", "2024-10-24"),
             d.date("20/09/2024", "2024-09-20")]
    d.reset("II.1 –")
    # item headings "Délibération n° …" are deliberation references (PV
    # convention); the previous séance's PV is a record, no reference; the
    # "décision modificative n° 2" is the budget act voted, no reference
    # (lavalette); "compte 6745" a budget line, "section ZB n° 48" cadastre
    refs = [d.ref("deliberation", "Délibération n° 2024-052", number="2024-052"),
            d.ref("deliberation", "délibération n° 2024-018 du 4 avril 2024", number="2024-018",
                  date="2024-04-04"),
            d.ref("code", "article L.1612-11 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.1612-11"]),
            d.ref("deliberation", "Délibération n° 2024-053", number="2024-053"),
            d.ref("deliberation", "Délibération n° 2024-054", number="2024-054"),
            d.ref("code", "article L.1311-13 du CGCT", code=CGCT, articles=["L.1311-13"])]
    d.reset()
    ids = [d.ident("postal_code", "81370", "81370"),
           d.ident("url", "https://www.saint-genies-lauzou.fr",
                   "https://www.saint-genies-lauzou.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-GENIÈS-DU-LAUZOU", "body": "CONSEIL MUNICIPAL"},
            None, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL du jeudi 12 septembre 2024",
            session={"date": "2024-09-12", "place": "salle du conseil municipal",
                     "convened_on": "2024-09-06", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=19, present_n=14,
                           represented=2, voting=16),
            dec=dec, votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    beaurepaire_mise_en_securite()
    brevanne_comite()
    arguenon_rapport()
    saint_genies_pv()
