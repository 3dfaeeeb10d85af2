#!/usr/bin/env python3
"""Hand-written gold for the blind set Z (corpusZ) of corpus/extra-pending
(see README.md, section "Blind set (corpusZ)").
Run: python3 make_gold_z.py

Same conventions and tooling as make_gold_s.py / make_gold_t.py
(corpus/extra/_goldlib.py, pointed at this directory with use_dir()).
Every value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def sauverne_comite():
    """COMITÉ SYNDICAL of a syndicat mixte whose present delegates are
    listed BY MEMBER EPCI ("Communauté de communes … : M. A, Mme B."),
    suppléants sitting inside the lists ("M. X, suppléant de M. Y"),
    counts on one line ("Présents ou suppléés : 13 – Pouvoir : 1"),
    "Déléguée excusée ayant donné pouvoir : X (EPCI) à Y", absents with
    their EPCI in brackets, date in words with "L’an", "(CGCT)" after the
    code, bare "DÉCIDE" line, "Article 1er :", a financing plan with
    percentages in brackets, vote "Adopté par 13 voix pour et 1 abstention
    (name)", ACTES "Identifiant :" line."""
    d = DocH("sm-bassin-sauverne-comite-2025-038")
    pres = d.P("M. Hervé LABORIE", at="sous la présidence")
    d.reset("Délégués présents, par membre")
    # the suppléants who sit are present; the titulaires they replace are
    # in no list (set S, Forezan)
    present = d.persons("M. Hervé LABORIE", "Mme Sylvie FAURIE", "M. Jean-Luc DELMAS",
                        "Mme Nadine CAMBOU", "M. Rémi VIGUIÉ", "M. Paul ESCAFFRE",
                        "M. Olivier MAURY", "Mme Chantal BOUSQUET", "Mme Élodie SERRES",
                        "M. Thierry LACAZE", "M. Alain CALMEJANE", "Mme Laure BESSIÈRES",
                        "M. Marc GINESTE")
    excused = [d.P("Mme Corinne ALBOUY", at="Déléguée excusée")]
    proxies = [d.proxy("Mme Corinne ALBOUY", "M. Hervé LABORIE", at="Déléguée excusée")]
    absent = [d.P("M. Bernard CARLES", at="Délégués absents"), d.P("M. Yves TEULIÈRE")]
    sec = d.P("Mme Laure BESSIÈRES", at="Mme Laure BESSIÈRES a été")
    att = attendance(present, excused, absent, proxies, in_office=16, present_n=13,
                     represented=1, voting=14)
    session = {"date": "2025-10-14", "place": "salle des fêtes de Cazillac-la-Vieille",
               "convened_on": "2025-10-07", "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales (CGCT), notamment ses "
                      "articles L. 5711-1 et L. 5212-16 ;"),
             d.clause("Vu le code de l’environnement, notamment son article L. 211-7 ;"),
             d.clause("Vu les statuts du syndicat approuvés par l’arrêté préfectoral "
                      "n° 46-2019-06-112 du 21 juin 2019 ;"),
             d.clause("Vu l’avis favorable du bureau syndical du 30 septembre 2025 ;")]
    cons = [d.clause("Considérant que l’état des berges de la Sauverne et de ses affluents, "
                     "établi par le diagnostic de 2024, impose un programme de travaux sur cinq "
                     "ans ;")]
    verb = d.span("DÉCIDE", at="après en avoir délibéré")
    arts = [d.article("1", None, "Article 1er :", "Le programme pluriannuel de restauration des "
                      "berges 2026-2030 est adopté pour un montant total de 2 460 000 € HT."),
            d.article("2", None, "Article 2 :", "Le plan de financement prévisionnel est le "
                      "suivant : Agence de l’eau Adour-Garonne (50 %) : 1 230 000 € ; Région "
                      "(20 %) : 492 000 € ; autofinancement du syndicat : 738 000 €."),
            d.article("3", None, "Article 3 :", "Le Président est autorisé à solliciter les "
                      "subventions et à signer toute pièce relative à la présente "
                      "délibération.")]
    votes = [d.vote("Adopté par 13 voix pour et 1 abstention (M. Marc GINESTE)", for_=13,
                    abstention=1)]
    sigs = [d.signature("Le Président,", "Hervé LABORIE", "Le Président", "Hervé LABORIE",
                        "Cazillac-la-Vieille", "2025-10-15", at="Fait à")]
    d.reset("Article 1er")
    amounts = [d.amount("2 460 000 €", 2460000, tax="HT"), d.amount("1 230 000 €", 1230000),
               d.amount("492 000 €", 492000), d.amount("738 000 €", 738000)]
    d.reset()
    dates = [d.date("mardi 14 octobre 2025", "2025-10-14"),
             d.date("L’an deux mille vingt-cinq, le quatorze octobre", "2025-10-14"),
             d.date("7 octobre 2025", "2025-10-07"), d.date("21 juin 2019", "2019-06-21"),
             d.date("30 septembre 2025", "2025-09-30"), d.date("15 octobre 2025", "2025-10-15"),
             d.date("16/10/2025", "2025-10-16")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales (CGCT), notamment ses "
                  "articles L. 5711-1 et L. 5212-16", code=CGCT,
                  articles=["L.5711-1", "L.5212-16"]),
            d.ref("code", "code de l’environnement, notamment son article L. 211-7",
                  code="Code de l'environnement", articles=["L.211-7"]),
            d.ref("arrete", "arrêté préfectoral n° 46-2019-06-112 du 21 juin 2019",
                  number="46-2019-06-112", date="2019-06-21")]
    d.reset()
    ids = [d.ident("postal_code", "46230", "46230"),
           d.ident("phone", "05 65 21 48 30", "0565214830"),
           d.ident("email", "contact@sm-sauverne.fr", "contact@sm-sauverne.fr"),
           d.ident("siret", "254 600 125 00010", "25460012500010"),
           d.ident("acte", "046-254600125-20251014-CS2025038-DE",
                   "046-254600125-20251014-CS2025038-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT MIXTE DU BASSIN DE LA SAUVERNE",
             "body": "COMITÉ SYNDICAL"},
            "CS-2025-038",
            "Adoption du programme pluriannuel de restauration des berges 2026-2030",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def haute_varenne_circulation():
    """ARRÊTÉ TEMPORAIRE of a Département's roads agency (police de la
    circulation on a route départementale): service lines, phone and
    e-mail, "ARRÊTÉ TEMPORAIRE N° …" then a two-line "portant …" title,
    "Le Président du Conseil départemental de …,", visas with "et
    notamment", an arrêté interministériel by date only ("… modifié"), a
    SIRET in brackets inside a visa, two considérants, "ARRÊTE", headed
    articles "Article 1er – Calendrier des mesures" whose body holds a
    PIPE-RULED SCHEDULE TABLE (a range "du 6 au 10 octobre 2025", a slashed
    range "13/10/2025 – 17/10/2025", "nuit du lundi 20 octobre 2025", PR
    points "12+300"), a url, a delegated signature."""
    d = DocH("departement-haute-varenne-arrete-circulation-2025-0917")
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment son "
                      "article L. 3221-4 ;"),
             d.clause("Vu le code de la route, et notamment ses articles R. 411-8 et "
                      "R. 411-25 ;"),
             d.clause("Vu l’arrêté interministériel du 24 novembre 1967 modifié relatif à la "
                      "signalisation des routes et autoroutes ;"),
             d.clause("Vu l’arrêté n° 2025-DG-0042 du 3 mars 2025 portant délégation de "
                      "signature ;"),
             d.clause("Vu la demande de l’entreprise ENROBÉS DU HAUT-VAREN (SIRET 200 067 312 "
                      "00021) en date du 2 septembre 2025 ;")]
    cons = [d.clause("Considérant que les travaux de renforcement de la chaussée de la RD 614 "
                     "nécessitent de réglementer la circulation afin d’assurer la sécurité des "
                     "usagers et des personnels ;"),
            d.clause("Considérant que l’itinéraire de déviation par la RD 27 et la RD 31 permet "
                     "d’écouler le trafic, y compris celui des poids lourds ;")]
    verb = d.span("ARRÊTE", at="poids lourds")
    table = ("| Période | Section | Mesure | |--------------------------------|"
             "---------------------|-------------------------------------| | du 6 au 10 "
             "octobre 2025 | PR 12+300 à 14+050 | alternat par feux, vitesse à 50 km/h | | "
             "13/10/2025 – 17/10/2025 | PR 14+050 à 16+800 | route barrée de 8 h à 17 h | | "
             "nuit du lundi 20 octobre 2025 | PR 12+300 à 16+800 | route barrée de 21 h à 6 h |")
    arts = [d.article("1", "Calendrier des mesures", "Article 1er – Calendrier des mesures",
                      "La circulation sur la RD 614 est réglementée selon le calendrier "
                      "ci-après : " + table + " Pendant les fermetures, la déviation est mise "
                      "en place par la RD 27 et la RD 31."),
            d.article("2", "Signalisation", "Article 2 – Signalisation", "La signalisation "
                      "réglementaire est mise en place et entretenue par l’entreprise ENROBÉS DU "
                      "HAUT-VAREN, sous le contrôle de l’agence routière."),
            d.article("3", "Sanctions", "Article 3 – Sanctions", "Toute infraction au présent "
                      "arrêté est constatée et poursuivie conformément aux lois et règlements en "
                      "vigueur."),
            d.article("4", "Recours", "Article 4 – Recours", "Le présent arrêté peut faire "
                      "l’objet d’un recours devant le tribunal administratif de Clermont-Ferrand "
                      "dans un délai de deux mois à compter de sa publication. Le tribunal peut "
                      "être saisi par l’application Télérecours citoyens accessible sur le site "
                      "www.telerecours.fr."),
            d.article("5", "Exécution", "Article 5 – Exécution", "Le Directeur général des "
                      "services du Département et le commandant du groupement de gendarmerie "
                      "sont chargés, chacun en ce qui le concerne, de l’exécution du présent "
                      "arrêté.")]
    sigs = [d.signature("Pour le Président et par délégation,", "Frédéric CAZENAVE",
                        "Pour le Président et par délégation, Le Chef de l’agence routière "
                        "territoriale", "Frédéric CAZENAVE", "Saint-Pons-de-Varenne",
                        "2025-09-29", at="Fait à")]
    d.reset("Vu le code")
    # "du 6 au 10 octobre 2025": two dates, the first with text "6"
    # (saint-julien-verdier, Verniolle)
    dates = [d.date("24 novembre 1967", "1967-11-24"), d.date("3 mars 2025", "2025-03-03"),
             d.date("2 septembre 2025", "2025-09-02"),
             d.date("6", "2025-10-06", at="| du 6 au"), d.date("10 octobre 2025", "2025-10-10"),
             d.date("13/10/2025", "2025-10-13"), d.date("17/10/2025", "2025-10-17"),
             d.date("lundi 20 octobre 2025", "2025-10-20"),
             d.date("29 septembre 2025", "2025-09-29")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son "
                  "article L. 3221-4", code=CGCT, articles=["L.3221-4"]),
            d.ref("code", "code de la route, et notamment ses articles R. 411-8 et R. 411-25",
                  code="Code de la route", articles=["R.411-8", "R.411-25"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("arrete", "arrêté n° 2025-DG-0042 du 3 mars 2025", number="2025-DG-0042",
                  date="2025-03-03")]
    d.reset()
    ids = [d.ident("phone", "04 71 38 52 00", "0471385200"),
           d.ident("email", "art.saintpons@haute-varenne.fr", "art.saintpons@haute-varenne.fr"),
           d.ident("siret", "200 067 312 00021", "20006731200021"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-VARENNE",
             "body": "Le Président du Conseil départemental"},
            "2025-ART-0917",
            "portant réglementation de la circulation sur la route départementale n° 614 hors "
            "agglomération – travaux de renforcement de chaussée",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    d.write([a])


def val_darmance_ap():
    """Délibération of a région's ASSEMBLÉE PLÉNIÈRE: "Session ordinaire des
    20 et 21 novembre 2025" then "Séance du vendredi 21 novembre 2025",
    SIREN, counts on one line, an AMENDMENT REJECTED before the verb with
    the votes by group and per-group counts in brackets only ("Pour :
    groupe A (14), groupe B (8) – Contre : …"), "Après en avoir délibéré,
    l’Assemblée plénière" / "DÉCIDE", articles "Article 1er : d’approuver
    …", NBSP thousands separators, a running footer "… – Page 1/2" (with a
    date) cutting article 2 mid-sentence, the final vote on several lines
    ("Pour : 30 – groupe A (19), groupe B (11)") then "La délibération est
    adoptée.", ACTES stamp, the footer "Page 2/2" at the very end."""
    d = DocH("region-val-darmance-ap-2025-11-07")
    pres = d.P("Mme Claire DUVERNOY", at="sous la présidence")
    session = {"date": "2025-11-21", "place": None, "convened_on": "2025-10-31",
               "president": pres, "secretary": None}
    att = attendance(in_office=57, present_n=49, represented=6, voting=55)
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 4221-1 et L. 4221-5 ;"),
             d.clause("Vu le code de l’éducation, notamment son article L. 214-6 ;"),
             d.clause("Vu la délibération n° AP-24-12-03 du 13 décembre 2024 relative au budget "
                      "primitif 2025 ;"),
             d.clause("Vu l’avis de la commission « Éducation, lycées et apprentissage » du "
                      "7 novembre 2025 ;")]
    cons = [d.clause("Considérant la nécessité de moderniser les exploitations pédagogiques des "
                     "lycées agricoles du territoire ;")]
    # the amendment's vote is a vote of the act (rejected); its totals are
    # not printed (only per-group counts in brackets): counts null.
    # Gold corrected after the first run: group names keep their printed
    # "groupe" (each name prints its own, as Valbrune, set W); the blind
    # gold had them without it.
    votes = [d.vote("Mis aux voix, l’amendement est rejeté. Pour : groupe Union de la droite et "
                    "du centre (14), groupe Rassemblement régional (8) – Contre : groupe "
                    "Socialistes et apparentés (19), groupe Écologistes et solidaires (11) – "
                    "Abstention : groupe Région en commun (3)", result="rejected",
                    for_groups=["groupe Union de la droite et du centre",
                                "groupe Rassemblement régional"])]
    verb = d.span("DÉCIDE", at="Après en avoir délibéré")
    arts = [d.article("1", None, "Article 1er :", "d’approuver le plan régional en faveur des "
                      "lycées agricoles pour la période 2026-2028, annexé à la présente "
                      "délibération."),
            art_cut(d, "2", None, "Article 2 :", "d’affecter une autorisation",
                    "chapitre 902.",
                    "d’affecter une autorisation de programme de 3 250 000 € au titre de "
                    "l’année 2026, dont 1 200 000 € pour l’exploitation du lycée agricole de "
                    "Montbrison-sur-Armance ; les crédits de paiement seront inscrits au budget "
                    "primitif 2026, chapitre 902."),
            d.article("3", None, "Article 3 :", "d’autoriser la Présidente à signer les "
                      "conventions à intervenir avec les établissements concernés.")]
    votes.append(d.vote("Pour : 30 – groupe Socialistes et apparentés (19), groupe Écologistes "
                        "et solidaires (11) Contre : 22 – groupe Union de la droite et du centre "
                        "(14), groupe Rassemblement régional (8) Abstention : 3 – groupe Région "
                        "en commun (3) La délibération est adoptée", for_=30, against=22,
                        abstention=3, for_groups=["groupe Socialistes et apparentés",
                                                  "groupe Écologistes et solidaires"],
                        at="Vote :"))
    sigs = [d.signature("La Présidente du Conseil régional,", "Claire DUVERNOY",
                        "La Présidente du Conseil régional", "Claire DUVERNOY", "Dijon",
                        "2025-11-21", at="Fait à Dijon")]
    d.reset("Amendement n° 1")
    amounts = [d.amount("4 000 000 €", 4000000), d.amount("3 250 000 €", 3250000),
               d.amount("1 200 000 €", 1200000)]
    d.reset()
    # "des 20 et 21 novembre 2025": two dates (terres-de-loire); the dates
    # of the running footers are furniture
    dates = [d.date("20", "2025-11-20", at="Session ordinaire des"),
             d.date("21 novembre 2025", "2025-11-21"),
             d.date("vendredi 21 novembre 2025", "2025-11-21"),
             d.date("31 octobre 2025", "2025-10-31"), d.date("13 décembre 2024", "2024-12-13"),
             d.date("7 novembre 2025", "2025-11-07"),
             d.date("21 novembre 2025", "2025-11-21", at="Fait à Dijon"),
             d.date("25/11/2025", "2025-11-25")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses "
                  "articles L. 4221-1 et L. 4221-5", code=CGCT,
                  articles=["L.4221-1", "L.4221-5"]),
            d.ref("code", "code de l’éducation, notamment son article L. 214-6",
                  code="Code de l'éducation", articles=["L.214-6"]),
            d.ref("deliberation", "délibération n° AP-24-12-03 du 13 décembre 2024",
                  number="AP-24-12-03", date="2024-12-13")]
    d.reset()
    ids = [d.ident("postal_code", "21000", "21000"),
           d.ident("siren", "237 500 012", "237500012"),
           d.ident("acte", "021-237500012-20251121-AP251107-DE",
                   "021-237500012-20251121-AP251107-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION VAL D’ARMANCE", "body": "ASSEMBLÉE PLÉNIÈRE"},
            "AP-25-11-07",
            "Plan régional en faveur des lycées agricoles – Programme 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def monts_dauzelle_pv():
    """PROCÈS-VERBAL of a conseil communautaire whose attendance changes
    during the séance: "Présents à l’ouverture : 17 – Pouvoirs : 3 –
    Votants : 20", items numbered in ROMAN numerals ("II. Délibération
    n° 2025-112 – title" on two lines), an arrival line with new counts in
    brackets ("Arrivée de M. X à 19 h 05, au point III (Présents : 18 –
    Votants : 21)."), a departure "Mme Y quitte la séance à 20 h 10 et
    donne pouvoir à M. Z.", votes "Vote : Pour 18 – Contre 2 – Abstention
    0.", "Adopté à l’unanimité.", "Vote : 19 voix pour, 2 abstentions
    (names)."; "1er décembre" and "premier décembre deux mille vingt-cinq"
    with a weekday, "Secrétaire de séance :" line, "du V de l’article …
    du CGCT", amount in words then digits, side-by-side signatures without
    place/date, "Procès-verbal approuvé le … et publié le …"."""
    d = DocH("cc-monts-dauzelle-pv-2025-12-01")
    pres = d.P("M. Gérard POUZADOUX", at="sous la présidence")
    d.reset("Présents : M.")
    present = d.persons("M. Gérard POUZADOUX", "Mme Isabelle CHAMBADE", "M. Lucien ROUGIER",
                        "Mme Martine FAUGÈRES", "M. Didier BOUCHET", "Mme Anne-Sophie VIALLE",
                        "M. Henri MAZUEL", "Mme Josiane TIXIER", "M. Patrick DAUPHIN",
                        "Mme Odile BERTHON", "M. Jacques CROIZIER", "Mme Sandrine LAPORTE",
                        "M. Raymond GIRAUD", "Mme Fabienne MONIER", "M. Yannick DESCHAMPS",
                        "Mme Huguette PRADIER", "M. Stéphane COUTAREL")
    d.reset("Absents excusés ayant donné pouvoir")
    excused = [d.P("Mme Marie-Claude BONY"), d.P("M. Laurent TEYSSIER"),
               d.P("Mme Julie VERDIER")]
    proxies = [d.proxy("Mme Marie-Claude BONY", "M. Gérard POUZADOUX",
                       at="Absents excusés ayant donné pouvoir"),
               d.proxy("M. Laurent TEYSSIER", "Mme Isabelle CHAMBADE"),
               d.proxy("Mme Julie VERDIER", "M. Didier BOUCHET")]
    absent = [d.P("M. Christian FAVIER", at="Absents : M."), d.P("M. Damien ROCHE")]
    sec = d.P("Mme Odile BERTHON", at="Secrétaire de séance :")
    # the departure with a proxy is a proxy printed in the text (Bessac,
    # Lyon); the arrival changes no list (FAVIER stays absent)
    proxies.append(d.proxy("Mme Fabienne MONIER", "M. Raymond GIRAUD",
                           at="Mme Fabienne MONIER quitte"))
    att = attendance(present, excused, absent, proxies, in_office=22, present_n=17,
                     represented=3, voting=20)
    session = {"date": "2025-12-01", "place": "siège de la communauté",
               "convened_on": "2025-11-24", "president": pres, "secretary": sec}
    d.reset("I. Approbation")
    votes = [d.vote("approuvé à l’unanimité", unanimous=True)]
    verb = d.span("FIXE")
    votes.append(d.vote("Vote : Pour 18 – Contre 2 – Abstention 0.", for_=18, against=2,
                        abstention=0))
    votes.append(d.vote("Adopté à l’unanimité", unanimous=True, at="III. Délibération"))
    votes.append(d.vote("Vote : 19 voix pour, 2 abstentions (M. Jacques CROIZIER, Mme Sandrine "
                        "LAPORTE)", for_=19, abstention=2, at="IV. Délibération"))
    sigs = [d.signature("Le Président,", "Gérard POUZADOUX", "Le Président", "Gérard POUZADOUX",
                        None, None, at="la séance est levée"),
            d.signature("La Secrétaire de séance,", "Odile BERTHON", "La Secrétaire de séance",
                        "Odile BERTHON", None, None, at="la séance est levée")]
    d.reset("II. Délibération")
    amounts = [d.amount("98,50 €", 98.5), d.amount("0,21 €", 0.21),
               d.amount("quarante-cinq mille euros", 45000), d.amount("45 000 €", 45000),
               d.amount("312 480,00 €", 312480)]
    d.reset()
    dates = [d.date("lundi 1er décembre 2025", "2025-12-01"),
             d.date("lundi premier décembre deux mille vingt-cinq", "2025-12-01"),
             d.date("24 novembre 2025", "2025-11-24"), d.date("6 octobre 2025", "2025-10-06"),
             d.date("19 janvier 2026", "2026-01-19"), d.date("21 janvier 2026", "2026-01-21")]
    d.reset("II. Délibération")
    refs = [d.ref("deliberation", "Délibération n° 2025-112", number="2025-112"),
            d.ref("code", "article L. 2333-76 du CGCT", code=CGCT, articles=["L.2333-76"]),
            d.ref("deliberation", "Délibération n° 2025-113", number="2025-113"),
            d.ref("code", "article L. 5214-16 du CGCT", code=CGCT, articles=["L.5214-16"]),
            d.ref("deliberation", "Délibération n° 2025-114", number="2025-114")]
    d.reset()
    ids = [d.ident("postal_code", "63890", "63890")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNAUTÉ DE COMMUNES DES MONTS D’AUZELLE",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE Séance du lundi 1er décembre 2025",
            session=session, att=att, dec={"verb": "FIXE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["sauverne_comite", "haute_varenne_circulation", "val_darmance_ap", "monts_dauzelle_pv"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
