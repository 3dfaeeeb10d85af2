#!/usr/bin/env python3
"""Hand-written gold for the documents of the blind set P (corpusP; see
corpus/extra-pending/README.md, section "Blind set (corpusP)") moved here
from corpus/extra-pending once the tool scored 1.0000 on them (session 15:
the Ferté-Aubrance arrêté, first score 1.0000; Haute-Vèze and Saint-Médard
after the session's set-P fixes; session 16: Villers-lès-Aubras, the
typewritten délibération in capitals, after its signature fixes).
Run: python3 make_gold_p.py

Same conventions and tooling as make_gold_o.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
import sys

import _goldlib  # noqa: F401
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401



# ---------------------------------------------------------------- (d)
def ferte_aubrance_arrete_rh():
    """individual HUMAN-RESOURCES arrêté of a maire (avancement d'échelon
    of an agent): letterhead "VILLE DE … / Direction des ressources
    humaines" with address, phone and the commune's SIRET, "Dossier suivi
    par : Mme X" and "Réf. : RH/2024/0311" (a file reference, not the
    number), centred "ARRÊTÉ N° RH-2024-311" over "portant avancement
    d'échelon", an agent block "Agent : Mme X / Grade : … – Matricule :
    004127", visas citing the code général de la fonction publique (range)
    and three décrets, one "modifié", an earlier arrêté and a tableau
    d'avancement, "ARRÊTE" centred alone, "Article premier :", indices
    ("indice brut 412, indice majoré 371") and a duration beside a salary
    amount, a url inside the voies de recours article, a delegated
    signature "Pour le Maire et par délégation, L'Adjointe déléguée …",
    "Notifié à l'intéressée le …" and "Transmis au centre de gestion le …"."""
    d = DocB("ville-ferte-aubrance-arrete-rh-2024-311")
    d.reset("Le Maire de la Ville")
    visas = [d.clause(t) for t in (
        "Vu le code général de la fonction publique, et notamment ses articles L.522-1 à "
        "L.522-5 ;",
        "Vu le décret n° 2006-1691 du 22 décembre 2006 modifié portant statut particulier du cadre "
        "d'emplois des adjoints techniques territoriaux ;",
        "Vu le décret n° 2016-596 du 12 mai 2016 relatif à l'organisation des carrières des "
        "fonctionnaires de catégorie C de la fonction publique territoriale ;",
        "Vu le décret n° 2016-604 du 12 mai 2016 fixant les différentes échelles de rémunération "
        "pour les fonctionnaires de catégorie C de la fonction publique territoriale ;",
        "Vu l'arrêté n° RH-2022-187 du 30 juin 2022 portant nomination de Mme Justine "
        "LEFRANC-DUPUIS au grade d'adjoint technique principal de 2e classe ;",
        "Vu le tableau d'avancement d'échelon établi au titre de l'année 2024 ;")]
    cons = [d.clause("Considérant que l'intéressée remplit les conditions d'ancienneté requises "
                     "pour accéder au 6e échelon de son grade ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "Article premier :",
                  "Mme Justine LEFRANC-DUPUIS, adjoint technique principal de 2e classe, est promue "
                  "au 6e échelon de son grade à compter du 1er novembre 2024."),
        d.article("2", None, "Article 2 :",
                  "L'intéressée percevra, à compter de cette date, le traitement afférent à "
                  "l'indice brut 412, indice majoré 371, soit un traitement mensuel brut de "
                  "1 826,35 €. Son ancienneté conservée dans l'échelon est de 3 mois et 12 jours."),
        d.article("3", None, "Article 3 :",
                  "Le Directeur général des services et le comptable public sont chargés, chacun "
                  "en ce qui le concerne, de l'exécution du présent arrêté, qui sera notifié à "
                  "l'intéressée et dont ampliation sera transmise au Président du centre de "
                  "gestion de la fonction publique territoriale du Cher."),
        d.article("4", None, "Article 4 :",
                  "Le présent arrêté peut faire l'objet d'un recours pour excès de pouvoir devant "
                  "le tribunal administratif d'Orléans dans un délai de deux mois à compter de sa "
                  "notification. Le tribunal peut être saisi par l'application « Télérecours "
                  "citoyens » accessible sur le site www.telerecours.fr."),
    ]
    sigs = [d.signature("Pour le Maire et par délégation,", "Martine COQUELET",
                        "Pour le Maire et par délégation, L'Adjointe déléguée aux ressources "
                        "humaines", "Martine COQUELET", "La Ferté-sur-Aubrance", "2024-10-14",
                        at="Fait à La Ferté")]
    d.reset()
    # indices, the matricule and "3 mois et 12 jours" are no amounts
    amounts = [d.amount("1 826,35 €", 1826.35)]
    d.reset()
    # "l'année 2024" has no day: no date
    dates = [d.date("22 décembre 2006", "2006-12-22"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("12 mai 2016", "2016-05-12"),
             d.date("30 juin 2022", "2022-06-30"),
             d.date("1er novembre 2024", "2024-11-01"),
             d.date("14 octobre 2024", "2024-10-14"),
             d.date("17 octobre 2024", "2024-10-17"),
             d.date("16 octobre 2024", "2024-10-16")]
    d.reset("Le Maire de la Ville")
    # the tableau d'avancement has no number nor date: no reference
    refs = [d.ref("code", "code général de la fonction publique, et notamment ses articles L.522-1 "
                  "à L.522-5", code="code général de la fonction publique",
                  articles=["L.522-1", "L.522-5"]),
            d.ref("decret", "décret n° 2006-1691 du 22 décembre 2006", number="2006-1691",
                  date="2006-12-22"),
            d.ref("decret", "décret n° 2016-596 du 12 mai 2016", number="2016-596",
                  date="2016-05-12"),
            d.ref("decret", "décret n° 2016-604 du 12 mai 2016", number="2016-604",
                  date="2016-05-12"),
            d.ref("arrete", "arrêté n° RH-2022-187 du 30 juin 2022", number="RH-2022-187",
                  date="2022-06-30")]
    d.reset()
    # "Réf. : RH/2024/0311" and the matricule are no identifiers
    ids = [d.ident("postal_code", "18170", "18170"),
           d.ident("phone", "02 48 63 17 00", "0248631700"),
           d.ident("siret", "211 800 933 00015", "21180093300015"),
           d.ident("url", "www.telerecours.fr", "www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE LA FERTÉ-SUR-AUBRANCE", "body": "Le Maire"},
            "RH-2024-311", "portant avancement d'échelon",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])




# ---------------------------------------------------------------- (b)
def haute_veze_bureau():
    """délibération of a BUREAU COMMUNAUTAIRE acting by delegation of the
    council (L.5211-10): "Délibération du Bureau n° B-…" (a body between
    the act word and n°) over "prise par délégation du conseil
    communautaire (article L.5211-10 du CGCT)", two-line "Objet :" ending
    "Avenant n° 1", counts of the bureau on one line separated by blanks,
    séance sentence "Le trois juillet deux mille vingt-quatre" (no L'an)
    with the president and the convocation date, roles in brackets after
    each name ("(2e vice-président)"), "Excusé ayant donné pouvoir : X
    (role), pouvoir à Y" cut by a line break, "Excusée :", "Assistait
    également, sans voix délibérative : X, function", a SIRET inside a
    visa, an avis as a visa, the avenant's financial table with HT / TVA /
    TTC on separate dot-leader lines, a TTC amount in words WITH cents,
    the vote inside "après en avoir délibéré, par 7 voix pour, 0 voix
    contre et 1 abstention (M. X)", "DÉCIDE" alone, "Article n :",
    "Transmis … – Publié …" and "Identifiant de télétransmission :"."""
    d = DocB("cc-haute-veze-bureau-2024-045")
    d.reset("sous la présidence de")
    pres = d.P("M. Jean-Louis PEYRAT")
    d.reset("Présents : M.")
    # roles in brackets are no part of the names
    present = [d.P(t) for t in (
        "M. Jean-Louis PEYRAT", "Mme Sandrine CHASTAGNOL", "M. Pierre-Yves LACHAUD",
        "Mme Nicole FAUCHER", "M. Hervé MEYNIEUX", "M. Christian BESSE",
        "Mme Aurélie VEYSSIÈRE")]
    # "Excusé ayant donné pouvoir : X …, pouvoir à Y": X excused AND proxy
    d.reset("Excusé ayant donné pouvoir")
    g = d.P("M. Jacques DELPY")
    h = d.P("M. Jean-Louis PEYRAT")
    px = [d.proxy(g, h)]
    d.reset("Excusée :")
    excused = [g, d.P("Mme Josette ROUGERIE")]
    adv = [d.P("M. Fabien TRONCHE")]
    d.reset("Secrétaire de séance")
    sec = d.P("Mme Aurélie VEYSSIÈRE")
    d.reset("Secrétaire de séance")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment son article L.5211-10 ;",
        "Vu le code de la commande publique, et notamment ses articles L.2194-1 et R.2194-1 à "
        "R.2194-9 ;",
        "Vu la délibération du conseil communautaire n° 2020-087 du 16 juillet 2020 portant "
        "délégation d'attributions au bureau communautaire ;",
        "Vu la délibération du bureau n° B-2023-112 du 6 décembre 2023 attribuant le lot n° 3 à la "
        "société THERMIQUE DU PLATEAU SAS (SIRET 381 274 604 00010) ;",
        "Vu l'avis favorable de la commission d'appel d'offres réunie le 27 juin 2024 ;")]
    cons = [d.clause(t) for t in (
        "Considérant que la dépose des anciens équipements a révélé la corrosion du réseau de "
        "distribution d'eau chaude sanitaire, dont le remplacement n'était pas prévu au marché ;",
        "Considérant que le montant de l'avenant représente 6,84 % du montant initial du lot, en "
        "deçà du seuil fixé par l'article R.2194-8 du code de la commande publique ;")]
    votes = [d.vote("par 7 voix pour, 0 voix contre et 1 abstention", 7, 0, 1)]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "Article 1 :",
                  "D'approuver l'avenant n° 1 au lot n° 3 « Plomberie-chauffage » du marché de "
                  "réhabilitation de la piscine intercommunale, conclu avec la société THERMIQUE "
                  "DU PLATEAU SAS, pour un montant de 12 753,18 € HT."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser le Président à signer l'avenant et toutes pièces s'y rapportant."),
        d.article("3", None, "Article 3 :",
                  "Les crédits nécessaires sont inscrits au budget annexe « Piscine » 2024, "
                  "chapitre 23."),
        d.article("4", None, "Article 4 :",
                  "Il sera rendu compte de la présente délibération au conseil communautaire lors "
                  "de sa plus proche séance, conformément à l'article L.5211-10 du code général "
                  "des collectivités territoriales."),
    ]
    sigs = [d.signature("Le Président,", "Jean-Louis PEYRAT", "Le Président", "Jean-Louis PEYRAT",
                        "Treignac-sur-Vèze", "2024-07-04", at="Fait à Treignac")]
    d.reset("Les incidences financières")
    # HT/TTC printed after each figure; the TVA line has no tax mark
    # (saint-gaudens: "TVA à 5,5 % : …" tax null); percentages are no
    # amounts; the words with cents are one amount, "toutes taxes
    # comprises" beside it gives TTC (set N)
    amounts = [d.amount("186 450,00 €", 186450, tax="HT"),
               d.amount("12 753,18 €", 12753.18, tax="HT"),
               d.amount("199 203,18 €", 199203.18, tax="HT"),
               d.amount("39 840,64 €", 39840.64),
               d.amount("239 043,82 €", 239043.82, tax="TTC"),
               d.amount("deux cent trente-neuf mille quarante-trois euros et quatre-vingt-deux "
                        "centimes", 239043.82, tax="TTC"),
               d.amount("12 753,18 €", 12753.18, tax="HT")]
    d.reset()
    # "Le trois juillet …": the article "Le" left out (montcombroux)
    dates = [d.date("mercredi 3 juillet 2024", "2024-07-03"),
             d.date("trois juillet deux mille vingt-quatre", "2024-07-03"),
             d.date("26 juin 2024", "2024-06-26"),
             d.date("16 juillet 2020", "2020-07-16"),
             d.date("6 décembre 2023", "2023-12-06"),
             d.date("27 juin 2024", "2024-06-27"),
             d.date("4 juillet 2024", "2024-07-04"),
             d.date("05/07/2024", "2024-07-05"),
             d.date("05/07/2024", "2024-07-05")]
    d.reset()
    # the avenant approved here is the act's object (no cited act); the
    # avis of the CAO is no reference; "lot n° 3", "chapitre 23" neither
    ccp = "code de la commande publique"
    refs = [d.ref("code", "article L.5211-10 du CGCT", code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son article "
                  "L.5211-10", code=CGCT, articles=["L.5211-10"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L.2194-1 et "
                  "R.2194-1 à R.2194-9", code=ccp, articles=["L.2194-1", "R.2194-1", "R.2194-9"]),
            d.ref("deliberation", "délibération du conseil communautaire n° 2020-087 du 16 juillet "
                  "2020", number="2020-087", date="2020-07-16"),
            d.ref("deliberation", "délibération du bureau n° B-2023-112 du 6 décembre 2023",
                  number="B-2023-112", date="2023-12-06"),
            d.ref("code", "article R.2194-8 du code de la commande publique", code=ccp,
                  articles=["R.2194-8"]),
            d.ref("code", "article L.5211-10 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-10"])]
    d.reset()
    ids = [d.ident("postal_code", "19260", "19260"),
           d.ident("phone", "05 55 98 41 20", "0555984120"),
           d.ident("siren", "200 047 835", "200047835"),
           d.ident("siret", "381 274 604 00010", "38127460400010"),
           d.ident("acte", "019-200047835-20240703-B2024_045-DE",
                   "019-200047835-20240703-B2024_045-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "Communauté de communes du Pays de la Haute-Vèze",
             "body": "BUREAU COMMUNAUTAIRE"},
            "B-2024-045",
            "Réhabilitation de la piscine intercommunale – Lot n° 3 « Plomberie-chauffage » – "
            "Avenant n° 1",
            session={"date": "2024-07-03", "place": "siège de la communauté",
                     "convened_on": "2024-06-26", "president": pres, "secretary": sec},
            att=attendance(present, excused, [], px, adv_p=adv, in_office=9, present_n=7,
                           represented=1, voting=8),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (c)
def saint_medard_pv():
    """procès-verbal of a conseil municipal whose attendance CHANGES during
    the séance: counts "Présents à l'ouverture : 15", "Absente : X
    (arrivée au point 3)", a line between items "Mme X arrive à 19 h 25 et
    prend part au vote à partir du point 3", another "M. Y quitte la
    séance à 20 h 10 et donne pouvoir à Mme Z" (a proxy given during the
    séance), five items "n – Délibération n° … : title" (the first, the
    approval of the previous minutes, without a number), each with its
    own "Vote :" line in a different form (unanimity in a sentence,
    "adopté par 15 voix pour et 2 abstentions (…)", "pour 16 – contre 2
    (… par procuration) – abstention 0" cut by a line break, "17 pour, 0
    contre, 0 abstention ; M. X … ne prend pas part au vote"), operative
    verbs inside sentences ("…, après en avoir délibéré, APPROUVE …"),
    "Absents excusés représentés : X (pouvoir à Y)", a hyphenated family
    name and a particle name "DE LA ROCHEFOUCAULD", e-mail letterhead,
    side-by-side signatures after "Fait à …", "Procès-verbal affiché le …"."""
    d = DocB("commune-saint-medard-des-pres-pv-2024-10-14")
    d.reset("sous la présidence de")
    pres = d.P("Mme Véronique BRÉMAUD")
    d.reset("Présents : Mme")
    present = [d.P(t) for t in (
        "Mme Véronique BRÉMAUD", "M. Thierry GUILLOTEAU", "Mme Karine ROBIN-MARTINEAU",
        "M. Jean-Marc DAVIAUD", "Mme Sylvie NAULEAU", "M. Didier BOUTET", "Mme Annie GRONDIN",
        "M. Frédéric BOSSARD")]
    present.append(d.S("Mme Hélène DE LA ROCHEFOUCAULD", "Mme", "Hélène", "DE LA ROCHEFOUCAULD"))
    present += [d.P(t) for t in (
        "M. Kévin RAUTUREAU", "Mme Laëtitia CHAIGNE", "M. Patrick MÉTAIS", "Mme Nathalie SOULARD",
        "M. Olivier RABILLER", "Mme Paulette GABORIT")]
    # "Absents excusés représentés : X (pouvoir à Y)": X excused AND proxy
    # (montcombroux's "Excusés représentés")
    d.reset("Absents excusés représentés")
    px = [d.proxy("M. Laurent PAPIN", "Mme Véronique BRÉMAUD"),
          d.proxy("Mme Coralie AUDUREAU", "M. Thierry GUILLOTEAU")]
    d.reset("Absent excusé :")
    excused = [px[0]["from"], px[1]["from"], d.P("M. Bruno CHARRIER")]
    # the late arrival is listed as printed at the opening: absent
    absent = [d.P("Mme Émilie POTTIER")]
    sec = d.P("M. Kévin RAUTUREAU")
    # the proxy given during the séance is printed: a proxy (lists as
    # printed), after the two of the opening
    d.reset("M. Didier BOUTET quitte")
    px.append(d.proxy("M. Didier BOUTET", "Mme Sylvie NAULEAU"))
    d.reset("1 – Approbation")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L.1612-11 et L.2312-1 ;"),
             d.clause("Vu l'avis du pôle d'évaluation domaniale du 2 septembre 2024 ;")]
    d.reset("1 – Approbation")
    votes = [d.vote("approuvé à l'unanimité.", unanimous=True)]
    votes.append(d.vote("Vote : adopté par 15 voix pour et 2 abstentions (M. Didier BOUTET, Mme "
                        "Sylvie NAULEAU).", 15, None, 2))
    votes.append(d.vote("Vote : adopté à l'unanimité.", unanimous=True))
    votes.append(d.vote("Vote : pour 16 – contre 2 (Mme Sylvie NAULEAU et M. Didier BOUTET par "
                        "procuration) – abstention 0.", 16, 2, 0))
    votes.append(d.vote("Vote : 17 pour, 0 contre, 0 abstention ; M. Jean-Marc DAVIAUD, président "
                        "de l'association, ne prend pas part au vote.", 17, 0, 0, not_voting=1))
    d.reset("2 – Délibération")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    sigs = [d.signature("La Maire,", "Véronique BRÉMAUD", "La Maire", "Véronique BRÉMAUD",
                        "Saint-Médard-des-Prés", "2024-10-18", at="Fait à Saint-Médard"),
            d.signature("Le secrétaire de séance,", "Kévin RAUTUREAU", "Le secrétaire de séance",
                        "Kévin RAUTUREAU", "Saint-Médard-des-Prés", "2024-10-18",
                        at="Fait à Saint-Médard")]
    d.reset("2 – Délibération")
    amounts = [d.amount("8 500 €", 8500), d.amount("8 500 €", 8500),
               d.amount("3,45 €", 3.45, tax="TTC"), d.amount("6,10 €", 6.1, tax="TTC"),
               d.amount("mille deux cents euros", 1200), d.amount("1 200 €", 1200),
               d.amount("1 500 €", 1500)]
    d.reset()
    # the capitalised title's date is a date (montcombroux)
    dates = [d.date("LUNDI 14 OCTOBRE 2024", "2024-10-14"),
             d.date("7 octobre 2024", "2024-10-07"),
             d.date("L'an deux mille vingt-quatre, le quatorze octobre", "2024-10-14"),
             d.date("9 septembre 2024", "2024-09-09"),
             d.date("9 septembre 2024", "2024-09-09"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("13 novembre 2023", "2023-11-13"),
             d.date("2 septembre 2024", "2024-09-02"),
             d.date("18 octobre 2024", "2024-10-18"),
             d.date("21 octobre 2024", "2024-10-21")]
    d.reset("1 – Approbation")
    # items' headings are deliberation references (contract); the minutes
    # of 9 September, the décision modificative voted here and the avis
    # domanial are no cited acts
    refs = [d.ref("deliberation", "Délibération n° 2024-071", number="2024-071"),
            d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.1612-11 et L.2312-1", code=CGCT, articles=["L.1612-11", "L.2312-1"]),
            d.ref("deliberation", "Délibération n° 2024-072", number="2024-072"),
            d.ref("deliberation", "délibération n° 2023-088 du 13 novembre 2023",
                  number="2023-088", date="2023-11-13"),
            d.ref("deliberation", "Délibération n° 2024-073", number="2024-073"),
            d.ref("code", "article L.141-3 du code de la voirie routière",
                  code="code de la voirie routière", articles=["L.141-3"]),
            d.ref("deliberation", "Délibération n° 2024-074", number="2024-074")]
    d.reset()
    ids = [d.ident("postal_code", "85320", "85320"),
           d.ident("email", "mairie@saint-medard-des-pres.fr", "mairie@saint-medard-des-pres.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-MÉDARD-DES-PRÉS", "body": "CONSEIL MUNICIPAL"},
            None,
            "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL DU LUNDI 14 OCTOBRE 2024",
            session={"date": "2024-10-14", "place": "salle du conseil de la mairie",
                     "convened_on": "2024-10-07", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=19, present_n=15,
                           represented=2, voting=17),
            visas=visas, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])

# ---------------------------------------------------------------- (a)
def villers_aubras_typewritten():
    """old TYPEWRITTEN délibération (2002) entirely in capitals WITHOUT
    accents: "DEPARTEMENT / ARRONDISSEMENT / CANTON / COMMUNE" letterhead
    beside "REPUBLIQUE FRANCAISE", "EXTRAIT DU REGISTRE DES DELIBERATIONS",
    "SEANCE DU 8 MARS 2002", counts with dot leaders ("EN EXERCICE
    .......... 11"), "L'AN DEUX MIL DEUX, LE HUIT MARS", convened "LE
    PREMIER MARS DEUX MIL DEUX", "ETAIENT PRESENTS : MM. … MMES …" (given
    names in capitals too), "ABSENTS EXCUSES : X (POUVOIR A Y)", secretary
    in a sentence, "N." for N° (no degree sign on the typewriter), code
    articles "L 2121-29" with a blank, an euro amount in words and digits
    "EUROS" plus its FRANCS equivalent, a postal code in brackets, "POUR
    EXTRAIT CONFORME, A …, LE …" and a sous-préfecture reception stamp"""
    d = DocB("commune-villers-les-aubras-deliberation-2002-14")
    d.reset("SOUS LA PRESIDENCE DE")
    pres = d.S("M. ROGER FAIVRE-PIERRET", "M.", "ROGER", "FAIVRE-PIERRET")
    # civility groups "MM. …, MMES …": each name gets the group civility,
    # its span without the prefix; given names in capitals are given
    # (first word), the family name the last word
    d.reset("ETAIENT PRESENTS")
    present = [d.S("ROGER FAIVRE-PIERRET", "M.", "ROGER", "FAIVRE-PIERRET"),
               d.S("ANDRE COLLILIEUX", "M.", "ANDRE", "COLLILIEUX"),
               d.S("MICHEL GRANDJEAN", "M.", "MICHEL", "GRANDJEAN"),
               d.S("LUCIEN VAUTHIER", "M.", "LUCIEN", "VAUTHIER"),
               d.S("GILBERT MOUGENOT", "M.", "GILBERT", "MOUGENOT"),
               d.S("JEANNINE PETITCOLIN", "Mme", "JEANNINE", "PETITCOLIN"),
               d.S("ODETTE BOILLOT", "Mme", "ODETTE", "BOILLOT"),
               d.S("SIMONE DEMESMAY", "Mme", "SIMONE", "DEMESMAY")]
    # "ABSENTS EXCUSES : X (POUVOIR A Y)": X excused AND in proxies
    d.reset("ABSENTS EXCUSES")
    g1 = d.S("M. MARCEL GUYOT", "M.", "MARCEL", "GUYOT")
    h1 = d.S("M. ANDRE COLLILIEUX", "M.", "ANDRE", "COLLILIEUX")
    g2 = d.S("MME HUGUETTE CLERGET", "Mme", "HUGUETTE", "CLERGET")
    h2 = d.S("MME ODETTE BOILLOT", "Mme", "ODETTE", "BOILLOT")
    excused = [g1, g2]
    px = [d.proxy(g1, h1), d.proxy(g2, h2)]
    d.reset("ABSENT : M.")
    absent = [d.S("M. DANIEL ROUSSEY", "M.", "DANIEL", "ROUSSEY")]
    sec = d.S("MME SIMONE DEMESMAY", "Mme", "SIMONE", "DEMESMAY")
    visas = [d.clause(t) for t in (
        "VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SES ARTICLES L 2121-29 ET "
        "L 2241-1 ;",
        "VU LA LOI N. 95-127 DU 8 FEVRIER 1995 RELATIVE AUX MARCHES PUBLICS ET DELEGATIONS DE "
        "SERVICE PUBLIC ;",
        "VU L'AVIS DU SERVICE DES DOMAINES EN DATE DU 12 FEVRIER 2002 ;")]
    cons = [d.clause(t) for t in (
        "CONSIDERANT QUE LE PRIX PROPOSE EST CONFORME A L'ESTIMATION DU SERVICE DES DOMAINES ;",
        "CONSIDERANT QUE L'AMENAGEMENT PROJETE EST NECESSAIRE A LA SECURITE DES ELEVES ;")]
    votes = [d.vote("A L'UNANIMITE DES MEMBRES PRESENTS ET REPRESENTES", unanimous=True)]
    dec = {"verb": "DECIDE", "span": d.span("DECIDE")}
    # the dash points are no articles
    sigs = [d.signature("LE MAIRE,", "ROGER FAIVRE-PIERRET", "LE MAIRE", "ROGER FAIVRE-PIERRET",
                        "VILLERS-LES-AUBRAS", "2002-03-11", at="POUR EXTRAIT CONFORME")]
    d.reset("DECIDE :")
    amounts = [d.amount("DEUX MILLE SIX CENT CINQUANTE EUROS", 2650),
               d.amount("2 650,00 EUROS", 2650),
               d.amount("17 382,86 FRANCS", 17382.86)]
    # francs: ISO 4217 FRF
    amounts[2]["currency"] = "FRF"
    d.reset()
    dates = [d.date("8 MARS 2002", "2002-03-08"),
             d.date("L'AN DEUX MIL DEUX, LE HUIT MARS", "2002-03-08"),
             d.date("PREMIER MARS DEUX MIL DEUX", "2002-03-01"),
             d.date("8 FEVRIER 1995", "1995-02-08"),
             d.date("12 FEVRIER 2002", "2002-02-12"),
             d.date("11 MARS 2002", "2002-03-11"),
             d.date("13 MARS 2002", "2002-03-13")]
    d.reset("VU LE CODE")
    # the avis des Domaines is no cited act; "SECTION ZB N. 47", "CHEMIN
    # RURAL N. 6" and "ARTICLE 2111 DU BUDGET" are no references
    refs = [d.ref("code", "CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SES ARTICLES "
                  "L 2121-29 ET L 2241-1", code=CGCT, articles=["L2121-29", "L2241-1"]),
            d.ref("loi", "LOI N. 95-127 DU 8 FEVRIER 1995", number="95-127", date="1995-02-08")]
    d.reset()
    ids = [d.ident("postal_code", "70800", "70800")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VILLERS-LES-AUBRAS", "body": "CONSEIL MUNICIPAL"},
            "14/2002",
            "ACQUISITION DE LA PARCELLE CADASTREE SECTION ZB N. 47 AU LIEU-DIT \"LES CHAMPS "
            "BRULES\"",
            session={"date": "2002-03-08", "place": "MAIRIE", "convened_on": "2002-03-01",
                     "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=11, present_n=8,
                           represented=None, voting=10),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])

if __name__ == "__main__":
    for f in sys.argv[1:] or ["villers_aubras_typewritten", "ferte_aubrance_arrete_rh", "haute_veze_bureau", "saint_medard_pv"]:
        globals()[f]()
