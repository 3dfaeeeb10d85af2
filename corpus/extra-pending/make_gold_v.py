#!/usr/bin/env python3
"""Hand-written gold for the blind set V (corpusV) of corpus/extra-pending
(see README.md, section "Blind set (corpusV)").
Run: python3 make_gold_v.py

Same conventions and tooling as make_gold_t.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CCP, CGCT, DocB, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


# ---------------------------------------------------------------- (a)
def commune_breitenwiller():
    """Alsace-Moselle (droit local) commune délibération: "DÉPARTEMENT DU
    HAUT-RHIN" beside "RÉPUBLIQUE FRANÇAISE", arrondissement line, phone +
    e-mail; "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS …" / "Séance du
    lundi …"; counts "Nombre de conseillers élus / Conseillers en fonction /
    Conseillers présents / Procurations" one per line; séance sentence citing
    the droit-local article L.2541-2; a FEUILLE DE PRÉSENCE table "Nom et
    prénom / Fonction / Présence" (surname first, no civility) whose last
    column holds a CODE (P, E, A, Pv) explained by a legend under the table;
    the proxies listed apart ("Procurations : M. X à Mme Y ; …" with
    civilities, one cut by a line break); "Secrétaire de séance :"; a member
    "a quitté la salle et ne prend pas part au vote" BEFORE the visas;
    décret of 1809 (no number), a délibération of another body cited by date;
    the vote inside the deciding sentence "par 12 voix pour, 0 voix contre et
    0 abstention,"; "DÉCIDE :"; articles "Art. 1er –"; NBSP and narrow-NBSP
    thousands separators, typographic apostrophes, IBAN, "Pour extrait
    conforme," / place-date line / "Le Maire," right-aligned; ACTES id."""
    d = DocB("commune-breitenwiller-deliberation-2025-031")
    d.reset("sous la présidence de")
    pres = d.P("M. Marc SCHNEIDER")
    d.reset("Feuille de présence")

    def S(t):
        fam, given = t.split(" ", 1)
        return d.S(t, None, given, fam)
    # the table read row by row: P -> present, E -> excused, A -> absent,
    # Pv ("excusé(e) ayant donné procuration") -> excused (and a proxy,
    # from the "Procurations" line)
    rows = [("SCHNEIDER Marc", "P"), ("WEBER Odile", "P"), ("KLEIN Thierry", "Pv"),
            ("FUCHS Brigitte", "P"), ("MEYER Anne", "Pv"), ("HAEGELI Jean-Paul", "P"),
            ("BURGER Christine", "E"), ("WALTER Luc", "P"), ("ZIMMERMANN Sophie", "P"),
            ("ROTH Pierre", "A"), ("STOECKEL Martine", "P"), ("EHRHART Bernard", "P"),
            ("SCHMITT-LANG Julie", "Pv"), ("MULLER Denis", "P"), ("GASSER Hélène", "P")]
    present, excused, absent = [], [], []
    for t, code in rows:
        p = S(t)
        {"P": present, "E": excused, "Pv": excused, "A": absent}[code].append(p)
    d.reset("Procurations : M.")
    px = [d.proxy("M. Thierry KLEIN", "Mme Odile WEBER"),
          d.proxy("Mme Anne MEYER", "M. Marc SCHNEIDER"),
          d.proxy("Mme Julie SCHMITT-LANG", "M. Luc WALTER")]
    sec = d.P("Mme Sophie ZIMMERMANN", at="Secrétaire de séance")
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales (CGCT), et notamment "
                      "ses articles L.2541-12 et L.2543-3 applicables dans les départements du "
                      "Bas-Rhin, du Haut-Rhin et de la Moselle ;"),
             d.clause("Vu le décret du 30 décembre 1809 concernant les fabriques des églises, "
                      "maintenu en vigueur en Alsace-Moselle ;"),
             d.clause("Vu la délibération du conseil de fabrique de la paroisse Saint-Léger du "
                      "3 mars 2025 sollicitant la participation de la commune ;"),
             d.clause("Vu le budget primitif 2025 adopté par délibération n° 2025-012 du 24 mars "
                      "2025 ;")]
    cons = [d.clause("Considérant que les infiltrations ont été constatées par le rapport de "
                     "l’architecte du 14 février 2025 et que les travaux revêtent un caractère "
                     "d’urgence ;"),
            d.clause("Considérant que le montant des travaux est estimé à 84 600,00 € HT, soit "
                     "101 520,00 € TTC, et que la fabrique ne peut en assurer seule le "
                     "financement ;")]
    # the member who "ne prend pas part au vote" (printed before the visas)
    # is the vote's not_voting 1
    votes = [d.vote("par 12 voix pour, 0 voix contre et 0 abstention", 12, 0, 0, not_voting=1)]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Art. 1er –", "D’accorder à la fabrique de l’église Saint-Léger "
                      "de Breitenwiller une subvention d’équipement de 42 300 € (quarante-deux "
                      "mille trois cents euros), soit 50 % du montant hors taxes des travaux."),
            d.article("2", None, "Art. 2 –", "La subvention sera versée en deux fois, la moitié "
                      "au démarrage des travaux et le solde sur présentation des factures "
                      "acquittées, au plus tard le 31 décembre 2026, sur le compte de la fabrique "
                      "(IBAN FR76 1027 8030 4100 0207 3194 523). Les crédits sont inscrits au "
                      "budget primitif 2025, compte 20421."),
            d.article("3", None, "Art. 3 –", "Le Maire est chargé de l’exécution de la présente "
                      "délibération, qui sera transmise à M. le Sous-Préfet de "
                      "Thann-Guebwiller.")]
    sigs = [d.signature("Le Maire,", "Marc SCHNEIDER", "Le Maire", "Marc SCHNEIDER",
                        "Breitenwiller", "2025-05-14", at="Pour extrait conforme")]
    d.reset("Monsieur le Maire expose")
    amounts = [d.amount("84 600,00 €", 84600, tax="HT"),
               d.amount("84 600,00 €", 84600, tax="HT"),
               d.amount("101 520,00 €", 101520, tax="TTC"),
               d.amount("42 300 €", 42300),
               d.amount("quarante-deux mille trois cents euros", 42300)]
    d.reset()
    dates = [d.date("lundi 12 mai 2025", "2025-05-12"),
             d.date("5 mai 2025", "2025-05-05"),
             d.date("30 décembre 1809", "1809-12-30"),
             d.date("3 mars 2025", "2025-03-03"),
             d.date("24 mars 2025", "2025-03-24"),
             d.date("14 février 2025", "2025-02-14"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("14 mai 2025", "2025-05-14"),
             d.date("15/05/2025", "2025-05-15"),
             d.date("15/05/2025", "2025-05-15")]
    d.reset()
    refs = [d.ref("code", "article L.2541-2 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.2541-2"]),
            d.ref("code", "code général des collectivités territoriales (CGCT), et notamment ses "
                  "articles L.2541-12 et L.2543-3", code=CGCT,
                  articles=["L.2541-12", "L.2543-3"]),
            d.ref("decret", "décret du 30 décembre 1809", date="1809-12-30"),
            d.ref("deliberation", "délibération du conseil de fabrique de la paroisse "
                  "Saint-Léger du 3 mars 2025", date="2025-03-03"),
            d.ref("deliberation", "délibération n° 2025-012 du 24 mars 2025",
                  number="2025-012", date="2025-03-24")]
    d.reset()
    ids = [d.ident("postal_code", "68730", "68730"),
           d.ident("phone", "03 89 47 21 60", "0389472160"),
           d.ident("email", "mairie@breitenwiller.fr", "mairie@breitenwiller.fr"),
           d.ident("iban", "FR76 1027 8030 4100 0207 3194 523", "FR7610278030410002073194523"),
           d.ident("acte", "068-216804179-20250512-2025_031-DE",
                   "068-216804179-20250512-2025_031-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE BREITENWILLER", "body": "CONSEIL MUNICIPAL"},
            "2025-031",
            "Réfection de la toiture de l’église Saint-Léger – subvention d’équipement à la "
            "fabrique de l’église",
            session={"date": "2025-05-12", "place": "salle du conseil de la mairie",
                     "convened_on": "2025-05-05", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=15, present_n=10,
                           represented=3, voting=None),
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (b)
def ch_vallee_arvene():
    """CONSEIL DE SURVEILLANCE of a public hospital (établissement public de
    santé): letterhead with BP, "Standard :" phone, e-mail, "FINESS : … –
    SIRET : …" on one line (a FINESS number is no identifier kind);
    centred "CONSEIL DE SURVEILLANCE" / "Séance du jeudi …" /
    "DÉLIBÉRATION N° CS-2025-07"; "Objet :" on two lines; séance sentence
    with the convocation, the hour "17 h 30", place and presidency; counts
    "Membres à voix délibérative : 15 – Présents : 10 – Pouvoirs : 2 –
    Votants : 12"; present members BY COLLÈGE (three collège headings), each
    name followed by a comma and a function, entries separated by ";", two
    names joined by "et" in one entry, the "Dr" civility; "Membres excusés
    ayant donné pouvoir : X (collège …), pouvoir à Y" (the holder cut by a
    line break), "Membres excusés :", "Membre absent :"; "Participaient à la
    séance avec voix consultative :" (director, CME president, ARS and CPAM
    representatives), "Excusé avec voix consultative :"; secretary in a
    sentence; "Rapporteur :"; an exposé with budget results; "Vu l’instruction
    budgétaire et comptable M21", an avis; "DÉLIBÈRE :"; "Article 1er –";
    a dash list of amounts inside article 2; "Vote : Pour : 11 – Contre : 0
    – Abstention : 1 (M. X)" + "La délibération est adoptée."; signature of
    "La Présidente du conseil de surveillance"."""
    d = DocB("ch-vallee-arvene-conseil-surveillance-2025-07")
    d.reset("sous la présidence de")
    pres = d.P("Mme Catherine VIGNAL-ROUX")
    d.reset("Membres présents avec voix")
    present = d.persons("Mme Catherine VIGNAL-ROUX", "M. Gérard LAPEYRE", "Mme Nadia BENSALEM")
    present.append(d.S("Dr Fabien COSTES", "Dr", "Fabien", "COSTES"))
    present += d.persons("Mme Élodie MARTY", "M. Yannick DELPECH",
                         "M. Henri CASTAING", "Mme Josiane FAURE", "M. Alain TEYSSIER",
                         "Mme Simone LACOSTE")
    d.reset("Membres excusés ayant donné pouvoir")
    bouyssou = d.P("M. Patrick BOUYSSOU")
    vr = d.P("Mme Catherine VIGNAL-ROUX")
    descamps = d.P("Mme Laure DESCAMPS")
    delpech = d.P("M. Yannick DELPECH")
    px = [{"from": bouyssou, "to": vr, "span": d.proxy_span(bouyssou, vr)},
          {"from": descamps, "to": delpech, "span": d.proxy_span(descamps, delpech)}]
    d.reset("Membres excusés :")
    exc = [d.P("Mme Inès GARRIGUE"), d.S("Dr Marc VIDAL", "Dr", "Marc", "VIDAL")]
    # excused with proxy: in excused too, in text order
    excused = [dict(bouyssou), dict(descamps)] + exc
    absent = [d.P("M. Julien RAYNAL", at="Membre absent")]
    d.reset("avec voix consultative :")
    adv = [d.P("M. Olivier MAZEAU"), d.S("Dr Sandrine ROUQUETTE", "Dr", "Sandrine", "ROUQUETTE"),
           d.P("Mme Agnès BRAUD"), d.P("M. Thierry LAGARDE")]
    adv_e = [d.P("M. Paul CHAMBON", at="Excusé avec voix consultative")]
    sec = d.P("Mme Élodie MARTY", at="Mme Élodie MARTY est désignée")
    d.reset("Le conseil de surveillance,\n\nVu")
    visas = [d.clause("Vu le code de la santé publique, et notamment ses articles L.6143-1 et "
                      "R.6145-43 à R.6145-46 ;"),
             d.clause("Vu le décret n° 2010-361 du 8 avril 2010 relatif aux conseils de "
                      "surveillance des établissements publics de santé ;"),
             d.clause("Vu l’instruction budgétaire et comptable M21 ;"),
             d.clause("Vu l’avis de la commission médicale d’établissement du 10 juin 2025 ;")]
    cons = [d.clause("Considérant que le compte financier retrace fidèlement l’exécution de "
                     "l’état des prévisions de recettes et de dépenses (EPRD) de l’exercice "
                     "2024 ;")]
    verb = d.span("DÉLIBÈRE")
    arts = [d.article("1", None, "Article 1er –", "Le compte financier de l’exercice 2024 est "
                      "approuvé."),
            d.article("2", None, "Article 2 –", "Le résultat excédentaire du compte de résultat "
                      "principal, soit 1 284 516,37 €, est affecté comme suit : – 900 000,00 € en "
                      "réserve de compensation des charges d’amortissement ; – 384 516,37 € en "
                      "report à nouveau excédentaire."),
            d.article("3", None, "Article 3 –", "Le déficit du budget annexe de l’EHPAD « Les "
                      "Tilleuls », soit 86 240,12 €, est couvert par reprise sur la réserve de "
                      "compensation des déficits."),
            d.article("4", None, "Article 4 –", "La présente délibération est transmise au "
                      "directeur général de l’agence régionale de santé Nouvelle-Aquitaine.")]
    votes = [d.vote("Vote : Pour : 11 – Contre : 0 – Abstention : 1 (M. Yannick DELPECH) La "
                    "délibération est adoptée.", 11, 0, 1)]
    sigs = [d.signature("La Présidente du conseil de surveillance,", "Catherine VIGNAL-ROUX",
                        "La Présidente du conseil de surveillance", "Catherine VIGNAL-ROUX",
                        "Saint-Léon-sur-Arvène", "2025-06-20", at="Fait à Saint-Léon")]
    d.reset("Rapporteur :")
    amounts = [d.amount("1 284 516,37 €", 128451637 / 100),
               d.amount("86 240,12 €", 8624012 / 100),
               d.amount("1 198 276,25 €", 119827625 / 100),
               d.amount("3,4 M€", 3400000),
               d.amount("1 284 516,37 €", 128451637 / 100),
               d.amount("900 000,00 €", 900000),
               d.amount("384 516,37 €", 38451637 / 100),
               d.amount("86 240,12 €", 8624012 / 100)]
    d.reset()
    dates = [d.date("jeudi 19 juin 2025", "2025-06-19"),
             d.date("4 juin 2025", "2025-06-04"),
             d.date("jeudi 19 juin 2025", "2025-06-19"),
             d.date("26 mai 2025", "2025-05-26"),
             d.date("8 avril 2010", "2010-04-08"),
             d.date("10 juin 2025", "2025-06-10"),
             d.date("20 juin 2025", "2025-06-20")]
    d.reset("Le conseil de surveillance,\n\nVu")
    # "l’instruction budgétaire et comptable M21" is no reference (as
    # aveyron's M57); the CME's avis neither
    refs = [d.ref("code", "code de la santé publique, et notamment ses articles L.6143-1 et "
                  "R.6145-43 à R.6145-46", code="Code de la santé publique",
                  articles=["L.6143-1", "R.6145-43", "R.6145-46"]),
            d.ref("decret", "décret n° 2010-361 du 8 avril 2010", number="2010-361",
                  date="2010-04-08")]
    d.reset()
    # "FINESS : 240 011 278" is no identifier kind (not a SIREN)
    ids = [d.ident("postal_code", "24190", "24190"),
           d.ident("phone", "05 53 81 40 00", "0553814000"),
           d.ident("email", "direction@ch-arvene.fr", "direction@ch-arvene.fr"),
           d.ident("siret", "262 400 112 00013", "26240011200013")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CENTRE HOSPITALIER INTERCOMMUNAL DE LA VALLÉE DE L’ARVÈNE",
             "body": "CONSEIL DE SURVEILLANCE"},
            "CS-2025-07",
            "Compte financier de l’exercice 2024 – Approbation et affectation des résultats",
            session={"date": "2025-06-19",
                     "place": "salle du conseil du bâtiment administratif",
                     "convened_on": "2025-06-04", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, adv, adv_e, in_office=15,
                           present_n=10, represented=2, voting=12),
            visas=visas, cons=cons, dec={"verb": "DÉLIBÈRE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (c)
def ville_valbrune():
    """City council délibération in the "Conseil de Paris" style: service
    line with its acronym "(DVD)" under the city's name, centred "CONSEIL
    MUNICIPAL" / "Séance du mardi …"; the act's CODE "2025 DVD 45" printed
    at the start of the title paragraph (no "N°", no "Objet :"), the title
    running on three lines and ending with a period; "Rapporteur :" and a
    commission line with a date; "Présidence : M. X, Maire." and
    "Secrétaire de séance :" label lines; counts on one line; "EXPOSÉ DES
    MOTIFS" / "Mesdames, Messieurs," with amounts ("12,4 M€ HT", NBSP
    thousands) and a SIREN; "Le Conseil municipal, Vu …" (a délibération
    cited by its code "2023 DVD 87", "Vu le projet de délibération en date
    du …"), "Sur le rapport présenté par …", "Après en avoir délibéré,",
    "DÉLIBÈRE :", "Article n :"; a running footer "… Page 1/2", a form feed
    and the running header "… Page 2/2" cutting article 2 mid-sentence; the
    vote by group on separate lines ("Votants : 46 – Pour : 35 – Contre : 8
    – Abstentions : 3" / "Ont voté pour : groupe A ; groupe B ; groupe C." /
    "Ont voté contre : …" / "Se sont abstenus : …" / "Adopté."); signature
    "Pour extrait conforme, / Le Maire de …," without place or date; S²LOW
    stamp lines at the end."""
    d = DocH("ville-valbrune-conseil-2025-dvd-45")
    pres = d.P("M. Éric DUCHÊNE", at="Présidence :")
    sec = d.P("Mme Leïla MANSOURI", at="Secrétaire de séance :")
    d.reset("Le Conseil municipal,\n\nVu")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses "
                      "articles L.1531-1 et L.2121-29 ;"),
             d.clause("Vu le code des transports, et notamment son article L.1231-1 ;"),
             d.clause("Vu la délibération 2023 DVD 87 du 4 juillet 2023 approuvant le programme "
                      "du pôle d’échanges de la gare ;"),
             d.clause("Vu le projet de délibération en date du 23 septembre 2025 par lequel M. "
                      "le Maire lui propose d’approuver la convention de financement ;")]
    verb = d.span("DÉLIBÈRE")
    arts = [d.article("1", None, "Article 1 :", "La convention de financement à conclure avec "
                      "la société publique locale « Valbrune Mobilités » pour le réaménagement "
                      "du pôle d’échanges de la gare est approuvée. M. le Maire est autorisé à "
                      "la signer.")]
    arts.append(art_cut(d, "2", None, "Article 2 :", "La participation de la Ville",
                        "un état d’avancement de l’opération.",
                        "La participation de la Ville est fixée à 4 650 000 € (quatre millions "
                        "six cent cinquante mille euros). Elle est versée à raison de 30 % à la "
                        "signature de la convention, de 50 % sur justification de l’engagement "
                        "des travaux et du solde à la réception de l’ouvrage, prévue au plus "
                        "tard le 30 juin 2027. La société transmet chaque année à la Ville, "
                        "avant le 31 mars, un état d’avancement de l’opération."))
    arts += [d.article("3", None, "Article 3 :", "La dépense correspondante est imputée au "
                       "chapitre 204 du budget de la Ville, exercices 2025 à 2027."),
             d.article("4", None, "Article 4 :", "M. le Maire est chargé de l’exécution de la "
                       "présente délibération.")]
    # each group printed with its own "groupe" keeps it (the corpus's
    # region-deliberation-2023-cp-1142: "groupe Nord-Atlantique en Commun ;
    # groupe …"); only a shared plural "groupes A, B" is left out
    # (terres-de-loire).  Gold corrected after the first run (see README).
    votes = [d.vote("Votants : 46 – Pour : 35 – Contre : 8 – Abstentions : 3 Ont voté pour : "
                    "groupe Valbrune Ensemble ; groupe Écologistes et Solidaires ; groupe "
                    "Communiste et Citoyen. Ont voté contre : groupe Agir pour Valbrune. Se "
                    "sont abstenus : groupe Centre et Indépendants. Adopté.", 35, 8, 3,
                    for_groups=["groupe Valbrune Ensemble", "groupe Écologistes et Solidaires",
                                "groupe Communiste et Citoyen"])]
    # no "Fait à" line and no date by the signature
    sigs = [d.signature("Le Maire de Valbrune,", "Éric DUCHÊNE", "Le Maire de Valbrune",
                        "Éric DUCHÊNE", None, None, at="Pour extrait conforme")]
    d.reset("Mesdames, Messieurs")
    amounts = [d.amount("12,4 M€", 12400000, tax="HT"),
               d.amount("2 100 000 €", 2100000),
               d.amount("3 000 000 €", 3000000),
               d.amount("4 650 000 €", 4650000),
               d.amount("4 650 000 €", 4650000),
               d.amount("quatre millions six cent cinquante mille euros", 4650000)]
    d.reset()
    # "31 mars" (no year) is no date; the running footer/header dates are
    # furniture
    dates = [d.date("mardi 14 octobre 2025", "2025-10-14"),
             d.date("2 octobre 2025", "2025-10-02"),
             d.date("4 juillet 2023", "2023-07-04"),
             d.date("23 septembre 2025", "2025-09-23"),
             d.date("30 juin 2027", "2027-06-30"),
             d.date("17/10/2025", "2025-10-17"),
             d.date("17 octobre 2025", "2025-10-17")]
    d.reset("Le Conseil municipal,\n\nVu")
    # the "projet de délibération" is this act's own draft: no reference
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.1531-1 et L.2121-29", code=CGCT,
                  articles=["L.1531-1", "L.2121-29"]),
            d.ref("code", "code des transports, et notamment son article L.1231-1",
                  code="Code des transports", articles=["L.1231-1"]),
            d.ref("deliberation", "délibération 2023 DVD 87 du 4 juillet 2023",
                  number="2023 DVD 87", date="2023-07-04")]
    d.reset()
    ids = [d.ident("postal_code", "59870", "59870"),
           d.ident("siren", "517 520 938", "517520938"),
           d.ident("acte", "059-217520931-20251014-2025DVD45-DE",
                   "059-217520931-20251014-2025DVD45-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "VILLE DE VALBRUNE", "body": "CONSEIL MUNICIPAL"},
            "2025 DVD 45",
            "Convention de financement avec la société publique locale « Valbrune Mobilités » "
            "pour le réaménagement du pôle d’échanges de la gare – Approbation et autorisation "
            "de signature",
            session={"date": "2025-10-14", "place": None, "convened_on": None,
                     "president": pres, "secretary": sec},
            att=attendance(in_office=49, present_n=38, represented=8, voting=46),
            visas=visas, dec={"verb": "DÉLIBÈRE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (d)
LAVERGNE_TABLE = [("38 000,00 €", 38000), ("7 600,00 €", 7600), ("45 600,00 €", 45600),
                  ("21 500,00 €", 21500), ("4 300,00 €", 4300), ("25 800,00 €", 25800),
                  ("12 000,00 €", 12000), ("2 400,00 €", 2400), ("14 400,00 €", 14400),
                  ("71 500,00 €", 71500), ("14 300,00 €", 14300), ("85 800,00 €", 85800)]


def commune_lavergne():
    """DÉCISION DU MAIRE awarding the lots of an accord-cadre (L.2122-22, 4°
    CGCT): letterhead with a service line, phone, e-mail; centred "DÉCISION
    DU MAIRE" / "n° 064/2025" (the number on its own line, with a slash) /
    "prise en application de l’article L.2122-22, 4° du CGCT"; "Objet :" on
    two lines holding the accord-cadre's own number; "Le Maire de …,"; code
    visas with a range, a délibération "modifiée par la délibération n° …",
    a BOAMP "avis n° 25-31427" (no reference), a rapport d'analyse;
    "DÉCIDE" alone; "Article 1er :" holding a LOTS TABLE "Lot / Désignation /
    Titulaire / HT / TVA 20 % / TTC" with a TOTAL row (NBSP and narrow NBSP
    thousands); three SIRET with blanks and postal codes in a dash list;
    an amount in words "… euros TTC"; "(article R.2192-10 du code …)";
    "Recueil des actes administratifs"; "Fait à …, le douze mai deux mille
    vingt-cinq." (date in words); notification and transmission lines and an
    ACTES id after the signature."""
    d = DocB("commune-lavergne-les-aubins-decision-maire-2025-064")
    d.reset("Le Maire de Lavergne")
    visas = [d.clause("Vu le code général des collectivités territoriales (CGCT), et notamment "
                      "ses articles L.2122-22 et L.2122-23 ;"),
             d.clause("Vu le code de la commande publique, et notamment ses articles L.2125-1, "
                      "R.2123-1 et R.2162-1 à R.2162-6 ;"),
             d.clause("Vu la délibération n° 2020-041 du conseil municipal du 10 juillet 2020 "
                      "portant délégation d’attributions au Maire, modifiée par la délibération "
                      "n° 2023-088 du 28 septembre 2023 ;"),
             d.clause("Vu l’avis d’appel public à la concurrence envoyé à la publication le 3 "
                      "mars 2025 (BOAMP, avis n° 25-31427) ;"),
             d.clause("Vu le rapport d’analyse des offres du 22 avril 2025 ;")]
    cons = [d.clause("Considérant que l’accord-cadre est passé selon la procédure adaptée "
                     "prévue à l’article R.2123-1 du code de la commande publique, pour une "
                     "durée d’un an reconductible trois fois, sans montant minimum et avec un "
                     "montant maximum annuel par lot ;"),
            d.clause("Considérant que les offres retenues sont économiquement les plus "
                     "avantageuses au regard des critères du prix (60 %) et de la valeur "
                     "technique (40 %) ;")]
    verb = d.span("DÉCIDE")
    d.reset("Article 1er :")
    i0 = d.locate("Article 1er :", seq=False)[0]
    table_end = d.locate("85 800,00 €", at="TOTAL", seq=False)[1]
    body1 = d.s[d.locate("L’accord-cadre à bons", at="Article 1er :", seq=False)[0]:table_end]
    art1 = {"number": "1", "heading": None, "text": _goldlib.collapse(body1),
            "span": [d.b(i0), d.b(table_end)]}
    d.reset("Article 2 :")
    arts = [art1,
            d.article("2", None, "Article 2 :", "Les titulaires sont : – lot 1 : la société "
                      "HYGIÈNE SERVICES OCCITANIE, SAS, 14, rue des Artisans, 82000 MONTAUBAN, "
                      "SIRET 482 135 977 00015 ; – lot 2 : la société PAPYRUS DISTRIBUTION, SAS, "
                      "ZA du Ramier, 31140 AUCAMVILLE, SIRET 791 406 283 00014 ; – lot 3 : la "
                      "société ÉCOPROPRE 82, SARL, 3, chemin de Lacapelle, 82360 "
                      "LAVERGNE-LÈS-AUBINS, SIRET 518 273 644 00014. L’accord-cadre prend effet "
                      "à compter de sa notification, pour une durée de douze mois. Le montant "
                      "maximum annuel de l’ensemble des lots s’élève ainsi à quatre-vingt-cinq "
                      "mille huit cents euros TTC."),
            d.article("3", None, "Article 3 :", "Les dépenses sont imputées au budget principal, "
                      "chapitre 011, article 60631. Les paiements sont effectués dans un délai "
                      "global de trente jours (article R.2192-10 du code de la commande "
                      "publique)."),
            d.article("4", None, "Article 4 :", "La présente décision sera inscrite au Recueil "
                      "des actes administratifs de la commune. Il en sera rendu compte au "
                      "conseil municipal lors de sa prochaine séance, conformément à l’article "
                      "L.2122-23 du CGCT."),
            d.article("5", None, "Article 5 :", "Le Directeur général des services et le "
                      "comptable public sont chargés, chacun en ce qui le concerne, de "
                      "l’exécution de la présente décision.")]
    sigs = [d.signature("Le Maire,", "Jean-Louis CAPDEVIELLE", "Le Maire",
                        "Jean-Louis CAPDEVIELLE", "Lavergne-lès-Aubins", "2025-05-12",
                        at="Fait à Lavergne")]
    # the table's cells: EUR, tax null (HT / TTC are column headings, not
    # printed beside each amount)
    d.reset("Lot  Désignation")
    amounts = [d.amount(t, v) for t, v in LAVERGNE_TABLE]
    amounts.append(d.amount("quatre-vingt-cinq mille huit cents euros", 85800, tax="TTC"))
    d.reset()
    dates = [d.date("10 juillet 2020", "2020-07-10"),
             d.date("28 septembre 2023", "2023-09-28"),
             d.date("3 mars 2025", "2025-03-03"),
             d.date("22 avril 2025", "2025-04-22"),
             d.date("douze mai deux mille vingt-cinq", "2025-05-12"),
             d.date("19 mai 2025", "2025-05-19"),
             d.date("13/05/2025", "2025-05-13"),
             d.date("13/05/2025", "2025-05-13")]
    d.reset()
    # the accord-cadre's own number (n° 2025-AC-07) and the BOAMP avis are
    # no references; budget lines neither
    refs = [d.ref("code", "article L.2122-22, 4° du CGCT", code=CGCT, articles=["L.2122-22"]),
            d.ref("code", "code général des collectivités territoriales (CGCT), et notamment ses "
                  "articles L.2122-22 et L.2122-23", code=CGCT,
                  articles=["L.2122-22", "L.2122-23"]),
            d.ref("code", "code de la commande publique, et notamment ses articles L.2125-1, "
                  "R.2123-1 et R.2162-1 à R.2162-6", code=CCP,
                  articles=["L.2125-1", "R.2123-1", "R.2162-1", "R.2162-6"]),
            d.ref("deliberation", "délibération n° 2020-041 du conseil municipal du 10 juillet "
                  "2020", number="2020-041", date="2020-07-10"),
            d.ref("deliberation", "délibération n° 2023-088 du 28 septembre 2023",
                  number="2023-088", date="2023-09-28"),
            d.ref("code", "article R.2123-1 du code de la commande publique", code=CCP,
                  articles=["R.2123-1"]),
            d.ref("code", "article R.2192-10 du code de la commande publique", code=CCP,
                  articles=["R.2192-10"]),
            d.ref("code", "article L.2122-23 du CGCT", code=CGCT, articles=["L.2122-23"])]
    d.reset()
    ids = [d.ident("postal_code", "82360", "82360"),
           d.ident("phone", "05 63 94 12 30", "0563941230"),
           d.ident("email", "commande.publique@lavergne-aubins.fr",
                   "commande.publique@lavergne-aubins.fr")]
    d.reset("Article 2 :")
    ids += [d.ident("postal_code", "82000", "82000"),
            d.ident("siret", "482 135 977 00015", "48213597700015"),
            d.ident("postal_code", "31140", "31140"),
            d.ident("siret", "791 406 283 00014", "79140628300014"),
            d.ident("postal_code", "82360", "82360"),
            d.ident("siret", "518 273 644 00014", "51827364400014"),
            d.ident("acte", "082-218209120-20250512-DM064_2025-AU",
                    "082-218209120-20250512-DM064_2025-AU")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "VILLE DE LAVERGNE-LÈS-AUBINS", "body": "Le Maire"},
            "064/2025",
            "Accord-cadre à bons de commande n° 2025-AC-07 – Fourniture de produits d’entretien "
            "et d’hygiène – Attribution des lots 1 à 3",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["commune_breitenwiller", "ch_vallee_arvene", "ville_valbrune", "commune_lavergne"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
