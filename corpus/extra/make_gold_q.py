#!/usr/bin/env python3
"""Hand-written gold for the blind set Q (corpusQ; see
corpus/extra-pending/README.md, section "Blind set (corpusQ)"), moved here
from corpus/extra-pending once the tool scored 1.0000 on its three
documents (session 17).
Run: python3 make_gold_q.py

Same conventions and tooling as make_gold_p.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, DocB, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra/")


# ---------------------------------------------------------------- (a)
def indre_statuts_siaep():
    """arrêté PRÉFECTORAL modifying the statuts of a SIAEP: Marianne
    letterhead, service lines, "Affaire suivie par", "Tél." and "Mél.",
    number holding a date ("n° 36-2025-06-17-00004") over a two-line
    "portant …" title, "LE PRÉFET DE L'INDRE, / Chevalier de …", lower-case
    "Vu" visas (code range, loi, décret "modifié", décret de nomination
    without number, earlier arrêté with a SIREN in brackets, délibération of
    the comité "en date du", délibérations concordantes of five communes with
    their dates in brackets), two "Considérant", "Sur proposition du
    secrétaire général de la préfecture", bare centred "ARRÊTE", "Article
    1er :" / "Article n :", amount in digits "euros" then words + digits,
    voies de recours with url, execution article, weekday date line
    "Châteauroux, le mardi …" above a delegated signature, "Ampliation :"
    dash list AFTER the signature"""
    d = DocB("prefecture-indre-arrete-statuts-siaep-2025")
    d.reset("LE PRÉFET DE L'INDRE,")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles "
        "L.5211-17, L.5211-20 et L.5212-1 à L.5212-34 ;",
        "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de "
        "la République ;",
        "Vu le décret n° 2004-374 du 29 avril 2004 modifié relatif aux pouvoirs des préfets, "
        "à l'organisation et à l'action des services de l'État dans les régions et "
        "départements ;",
        "Vu le décret du Président de la République du 3 février 2025 portant nomination de "
        "M. Thibault GARNERIN en qualité de préfet de l'Indre ;",
        "Vu l'arrêté préfectoral n° 36-2019-11-28-00012 du 28 novembre 2019 portant "
        "approbation des statuts du SIAEP de la Haute-Sorgelle (SIREN 258 730 415) ;",
        "Vu la délibération n° 2025-09 du comité syndical du SIAEP de la Haute-Sorgelle en "
        "date du 4 mars 2025 approuvant la modification de ses statuts ;",
        "Vu les délibérations concordantes des conseils municipaux des communes membres : "
        "Brézolles-sur-Sorgelle (11 mars 2025), Champcevrais (14 mars 2025), "
        "Lignac-la-Forêt (20 mars 2025), Saint-Aoustrille-des-Bois (27 mars 2025) et "
        "Vouillon-le-Haut (2 avril 2025) ;")]
    # "Sur proposition du secrétaire général …" is neither a visa nor a
    # considérant (gironde)
    cons = [d.clause(t) for t in (
        "Considérant que les conditions de majorité qualifiée requises par l'article "
        "L.5211-20 du code général des collectivités territoriales sont réunies ;",
        "Considérant qu'à défaut de délibération dans le délai de trois mois à compter de la "
        "notification, la décision du conseil municipal de la commune de "
        "Mézières-Sainte-Colombe est réputée favorable ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "L'article 4 des statuts du SIAEP de la Haute-Sorgelle est modifié comme "
                  "suit : « Le siège du syndicat est fixé au 6, place du Champ-de-Foire, 36270 "
                  "Lignac-la-Forêt. »"),
        d.article("2", None, "Article 2 :",
                  "La contribution annuelle des communes membres est portée de 186 400 euros à "
                  "deux cent quatre mille huit cents euros (204 800 €) à compter du 1er janvier "
                  "2026, répartie au prorata du nombre d'abonnés."),
        d.article("3", None, "Article 3 :",
                  "Les autres dispositions des statuts demeurent inchangées. Les statuts "
                  "modifiés sont annexés au présent arrêté."),
        d.article("4", None, "Article 4 :",
                  "Le présent arrêté peut faire l'objet, dans un délai de deux mois à compter "
                  "de sa publication, d'un recours gracieux auprès du préfet de l'Indre ou d'un "
                  "recours contentieux devant le tribunal administratif de Limoges, y compris "
                  "par l'application « Télérecours citoyens » accessible sur le site "
                  "https://www.telerecours.fr."),
        d.article("5", None, "Article 5 :",
                  "Le secrétaire général de la préfecture, le directeur départemental des "
                  "finances publiques de l'Indre, le président du SIAEP de la Haute-Sorgelle et "
                  "les maires des communes membres sont chargés, chacun en ce qui le concerne, "
                  "de l'exécution du présent arrêté, qui sera publié au recueil des actes "
                  "administratifs de la préfecture de l'Indre.")]
    sigs = [d.signature("Pour le préfet et par délégation,", "Arnaud VERCHÈRE-DUTILLEUL",
                        "Pour le préfet et par délégation, Le secrétaire général",
                        "Arnaud VERCHÈRE-DUTILLEUL", "Châteauroux", "2025-06-17")]
    d.reset("ARRÊTE\n")
    amounts = [d.amount("186 400 euros", 186400),
               d.amount("deux cent quatre mille huit cents euros", 204800),
               d.amount("204 800 €", 204800)]
    d.reset("LE PRÉFET DE L'INDRE,")
    # the dates inside the arrêtés' numbers are no dates
    dates = [d.date("7 août 2015", "2015-08-07"),
             d.date("29 avril 2004", "2004-04-29"),
             d.date("3 février 2025", "2025-02-03"),
             d.date("28 novembre 2019", "2019-11-28"),
             d.date("4 mars 2025", "2025-03-04"),
             d.date("11 mars 2025", "2025-03-11"),
             d.date("14 mars 2025", "2025-03-14"),
             d.date("20 mars 2025", "2025-03-20"),
             d.date("27 mars 2025", "2025-03-27"),
             d.date("2 avril 2025", "2025-04-02"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("mardi 17 juin 2025", "2025-06-17")]
    d.reset("LE PRÉFET DE L'INDRE,")
    # the five délibérations concordantes are ONE phrase citing several
    # acts: one reference, date null; "l'article 4 des statuts" is no
    # reference (no number, no date of an act)
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.5211-17, L.5211-20 et L.5212-1 à L.5212-34", code=CGCT,
                  articles=["L.5211-17", "L.5211-20", "L.5212-1", "L.5212-34"]),
            d.ref("loi", "loi n° 2015-991 du 7 août 2015", number="2015-991", date="2015-08-07"),
            d.ref("decret", "décret n° 2004-374 du 29 avril 2004", number="2004-374",
                  date="2004-04-29"),
            d.ref("decret", "décret du Président de la République du 3 février 2025",
                  date="2025-02-03"),
            d.ref("arrete", "arrêté préfectoral n° 36-2019-11-28-00012 du 28 novembre 2019",
                  number="36-2019-11-28-00012", date="2019-11-28"),
            d.ref("deliberation", "délibération n° 2025-09 du comité syndical du SIAEP de la "
                  "Haute-Sorgelle en date du 4 mars 2025", number="2025-09", date="2025-03-04"),
            d.ref("deliberation", "délibérations concordantes des conseils municipaux des "
                  "communes membres : Brézolles-sur-Sorgelle (11 mars 2025), Champcevrais (14 "
                  "mars 2025), Lignac-la-Forêt (20 mars 2025), Saint-Aoustrille-des-Bois (27 "
                  "mars 2025) et Vouillon-le-Haut (2 avril 2025"),
            d.ref("code", "article L.5211-20 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.5211-20"])]
    d.reset()
    ids = [d.ident("phone", "02 54 29 51 73", "0254295173"),
           d.ident("email", "pref-collectivites@indre.gouv.fr",
                   "pref-collectivites@indre.gouv.fr"),
           d.ident("siren", "258 730 415", "258730415"),
           d.ident("postal_code", "36270", "36270"),
           d.ident("url", "https://www.telerecours.fr", "https://www.telerecours.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "PRÉFET DE L'INDRE", "body": "LE PRÉFET"},
            "36-2025-06-17-00004",
            "portant modification des statuts du Syndicat intercommunal d'alimentation en eau "
            "potable (SIAEP) de la Haute-Sorgelle",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])

# ---------------------------------------------------------------- (b)
def siaep_trois_vallees():
    """délibération of a SIAEP comité syndical whose roll call is a
    COLUMN TABLE by commune: "COMMUNE / DÉLÉGUÉS TITULAIRES / DÉLÉGUÉS
    SUPPLÉANTS" with a status code after each name ("(P)", "(E)", "(A)",
    "(Pv à M. X)" pushing the suppléant to the next line) and a legend line
    under it; letterhead with address, phone with dots and SIREN; "Séance du
    12/06/2025" numeric; séance sentence with weekday and no "L'an"
    ("Le jeudi 12 juin 2025 à 18 h 30, …, régulièrement convoqué le …");
    counts on one dash line ABOVE the table ("Délégués en exercice : 8 –
    Présents : 6 – Pouvoirs : 1 – Votants : 7"); exposé with a company SIRET
    and "312 480,00 € HT, soit 374 976,00 € TTC" before the visas; an avis
    dated with a weekday; "ARTICLE n –" articles; price per m³ HT; vote block
    AFTER the articles ("Vote à main levée : / Pour : 5 / Contre : 1 (M. X) /
    Abstention : 1 (Mme Y) / La délibération est adoptée."); "Fait et
    délibéré …" / "Pour extrait conforme," / "À …, le …"; ACTES id under
    "Accusé de réception en préfecture" + "Date de réception :" numeric"""
    d = DocB("siaep-trois-vallees-cs-2025-014")
    d.reset("sous la présidence de")
    pres = d.P("M. Henri TIXIER")
    # the table, read line by line (text order): a name marked (P) is
    # present, (E) excused, (A) absent; (Pv à X) is an absent member who gave
    # a proxy: proxies only (contract, "Absents ayant donné procuration");
    # suppléants without a mark did not sit and are in no list; the suppléante
    # marked (P) sat and is present
    d.reset("COMMUNE ")
    lavaud = d.P("M. Gérard LAVAUD")
    faucher = d.P("Mme Nadine FAUCHER")
    dumonteil = d.P("Mme Lise DUMONTEIL")
    tixier = d.P("M. Henri TIXIER")
    pradeau = d.P("M. Daniel PRADEAU")
    px = [d.proxy("Mme Sophie VILLATTE", "M. Henri TIXIER")]
    malleret = d.P("M. Bernard MALLERET")
    auclair = d.P("M. Jean-Pierre AUCLAIR")
    gouny = d.P("M. Thierry GOUNY")
    present = [lavaud, dumonteil, tixier, pradeau, malleret, auclair]
    d.reset("Secrétaire de séance")
    sec = d.P("M. Daniel PRADEAU")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment ses articles L.5212-16 "
        "et L.2224-12-4 ;",
        "Vu le code de la commande publique, notamment ses articles L.2123-1 et R.2123-1 à "
        "R.2123-7 ;",
        "Vu la délibération n° CS-2024-031 du 10 décembre 2024 fixant le prix de l'eau pour "
        "2025 ;",
        "Vu l'avis de la commission d'appel d'offres réunie le mardi 27 mai 2025 ;")]
    cons = [d.clause("Considérant que l'offre de la société CANALISATIONS CREUSOISES SAS est "
                     "économiquement la plus avantageuse au regard des critères de la "
                     "consultation ;")]
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts = [
        d.article("1", None, "ARTICLE 1 –",
                  "D'attribuer le marché de travaux de renouvellement de la conduite "
                  "d'adduction du réservoir des Combes à la société CANALISATIONS CREUSOISES "
                  "SAS pour un montant de 312 480,00 € HT."),
        d.article("2", None, "ARTICLE 2 –",
                  "De fixer, à compter du 1er janvier 2026, la part syndicale du prix de l'eau "
                  "à 1,42 € HT par mètre cube et l'abonnement annuel à 68,00 € HT."),
        d.article("3", None, "ARTICLE 3 –",
                  "D'autoriser le Président à signer le marché et toutes les pièces s'y "
                  "rapportant, les crédits étant inscrits au budget annexe de l'eau, chapitre "
                  "23.")]
    votes = [d.vote("Pour : 5 Contre : 1 (M. Bernard MALLERET) Abstention : 1 (Mme Lise "
                    "DUMONTEIL) La délibération est adoptée.", for_=5, against=1,
                    abstention=1)]
    sigs = [d.signature("Le Président,", "Henri TIXIER", "Le Président", "Henri TIXIER",
                        "Bosmoreau-Village", "2025-06-13", at="À Bosmoreau-Village")]
    d.reset("Le Président expose")
    amounts = [d.amount("312 480,00 €", 312480, "HT"),
               d.amount("374 976,00 €", 374976, "TTC"),
               d.amount("312 480,00 €", 312480, "HT"),
               d.amount("1,42 €", 1.42, "HT"),
               d.amount("68,00 €", 68, "HT")]
    d.reset("Séance du")
    dates = [d.date("12/06/2025", "2025-06-12"),
             d.date("jeudi 12 juin 2025", "2025-06-12"),
             d.date("3 juin 2025", "2025-06-03"),
             d.date("14 avril 2025", "2025-04-14"),
             d.date("10 décembre 2024", "2024-12-10"),
             d.date("mardi 27 mai 2025", "2025-05-27"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("13 juin 2025", "2025-06-13"),
             d.date("16/06/2025", "2025-06-16")]
    d.reset("Vu le code")
    # the avis of the CAO is no reference (its date is a date); "chapitre
    # 23" is a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.5212-16 et L.2224-12-4", code=CGCT, articles=["L.5212-16", "L.2224-12-4"]),
            d.ref("code", "code de la commande publique, notamment ses articles L.2123-1 et "
                  "R.2123-1 à R.2123-7", code="code de la commande publique",
                  articles=["L.2123-1", "R.2123-1", "R.2123-7"]),
            d.ref("deliberation", "délibération n° CS-2024-031 du 10 décembre 2024",
                  number="CS-2024-031", date="2024-12-10")]
    d.reset()
    ids = [d.ident("postal_code", "23150", "23150"),
           d.ident("phone", "05.55.62.18.40", "0555621840"),
           d.ident("siren", "252 306 170", "252306170"),
           d.ident("siret", "812 473 593 00026", "81247359300026"),
           d.ident("acte", "023-252306170-20250612-CS2025014-DE",
                   "023-252306170-20250612-CS2025014-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE DES "
                             "TROIS-VALLÉES", "body": "COMITÉ SYNDICAL"},
            "CS-2025-014",
            "Attribution du marché de renouvellement de la conduite d'adduction du réservoir "
            "des Combes et prix de l'eau pour 2026",
            session={"date": "2025-06-12", "place": "salle polyvalente de Bosmoreau-Village",
                     "convened_on": "2025-06-03", "president": pres, "secretary": sec},
            att=attendance(present, [faucher], [gouny], px, in_office=8, present_n=6,
                           represented=1, voting=7),
            visas=visas, cons=cons, dec=dec, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])

# ---------------------------------------------------------------- (c)
def saint_julien_ormeaux():
    """EXTRACT of a conseil municipal register holding TWO délibérations
    (two documents) under one séance block: letterhead with postal code and
    e-mail, centred two-line "EXTRAIT DU REGISTRE …" and "SÉANCE DU LUNDI 22
    SEPTEMBRE 2025" in capitals, "Convocation du 15/09/2025, affichée le même
    jour.", an "ORDRE DU JOUR :" numbered list (the titles of the acts
    repeated, plus "Questions diverses"), séance sentence in words with "Le"
    and no "L'an", counts on one line separated by SLASHES, attendance
    SURNAME FIRST with civility ("Mme BOUCHERAT Catherine"), "Représentés : X
    par Y ; …" cut by a line break, "Absent :", "Secrétaire de séance :";
    each act headed "DÉLIBÉRATION N° 2025-04n" + "Objet :", "Sur le rapport
    de …" before the visas, "DÉCIDE :", "Article n :", a tariff table inside
    article 1, vote line after the articles ("Adopté par 12 voix pour et 2
    abstentions (names)." / "Adopté à l'unanimité."), "Pour extrait
    conforme, / La Maire, / NAME" after each act (the place/date line only
    under the second), amount in words then digits, a SIREN, m², "Questions
    diverses : néant.", sous-préfecture transmission line"""
    d = DocB("commune-saint-julien-ormeaux-extrait-2025-09-22")
    cut = d.span("DÉLIBÉRATION N° 2025-042")[0]
    d.reset("sous la présidence de")
    pres = d.P("Mme Catherine BOUCHERAT")
    d.reset("Présents : Mme")
    names = [("Mme BOUCHERAT Catherine", "Mme", "Catherine", "BOUCHERAT"),
             ("M. BRUNEL Alain", "M.", "Alain", "BRUNEL"),
             ("Mme VIALLE Martine", "Mme", "Martine", "VIALLE"),
             ("M. DELAIRE Jean-Claude", "M.", "Jean-Claude", "DELAIRE"),
             ("Mme MONTEILHET Sandrine", "Mme", "Sandrine", "MONTEILHET"),
             ("M. PÉLISSIER Hugues", "M.", "Hugues", "PÉLISSIER"),
             ("Mme GIDON Carole", "Mme", "Carole", "GIDON"),
             ("M. ARNAUD Sébastien", "M.", "Sébastien", "ARNAUD"),
             ("Mme TOURRET Marie-Hélène", "Mme", "Marie-Hélène", "TOURRET"),
             ("M. LAFARGE Denis", "M.", "Denis", "LAFARGE"),
             ("Mme CHOMETTE Aurélie", "Mme", "Aurélie", "CHOMETTE"),
             ("M. BESSE Nicolas", "M.", "Nicolas", "BESSE")]
    present = [d.S(*n) for n in names]
    # "Représentés : X par Y": proxies only (like "Absents ayant donné
    # procuration"); neither excused nor present
    d.reset("Représentés : M.")
    f1 = d.S("M. FAURE Gilles", "M.", "Gilles", "FAURE")
    t1 = d.S("Mme VIALLE Martine", "Mme", "Martine", "VIALLE")
    f2 = d.S("Mme ROCHE Élodie", "Mme", "Élodie", "ROCHE")
    t2 = d.S("M. BRUNEL Alain", "M.", "Alain", "BRUNEL")
    px = [d.proxy(f1, t1), d.proxy(f2, t2)]
    absent = [d.S("M. CHASSAING Paul", "M.", "Paul", "CHASSAING")]
    sec = d.S("M. BRUNEL Alain", "M.", "Alain", "BRUNEL", at="Secrétaire de séance")
    # the séance block printed once at the top is the session and the
    # attendance of BOTH acts (same meeting, aveyron): act 2 takes them with
    # their spans in the block
    session = {"date": "2025-09-22", "place": "mairie", "convened_on": "2025-09-15",
               "president": pres, "secretary": sec}
    att = attendance(present, [], absent, px, in_office=15, present_n=12, represented=2,
                     voting=14)
    issuer = {"collectivity": "COMMUNE DE SAINT-JULIEN-LES-ORMEAUX",
              "body": "CONSEIL MUNICIPAL"}

    # ---- act 1
    d.reset("DÉLIBÉRATION N° 2025-041")
    # "Sur le rapport de …" is no visa
    visas1 = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment son article L.2121-29 ;",
        "Vu le code de l'éducation, notamment son article R.531-52 ;",
        "Vu la délibération n° 2024-037 du 16 septembre 2024 fixant les tarifs de l'année "
        "scolaire 2024-2025 ;")]
    dec1 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts1 = [
        d.article("1", None, "Article 1 :",
                  "Les tarifs de la restauration scolaire sont fixés comme suit à compter du "
                  "1er octobre 2025 : Repas enfant (quotient familial inférieur ou égal à 700) "
                  "2,85 € Repas enfant (quotient familial supérieur à 700) 3,60 € Repas adulte "
                  "6,20 €"),
        d.article("2", None, "Article 2 :",
                  "Les recettes seront encaissées sur le budget principal, compte 7067.")]
    votes1 = [d.vote("Adopté par 12 voix pour et 2 abstentions (Mme VIALLE Martine, M. FAURE "
                     "Gilles).", for_=12, abstention=2)]
    # no place/date line under act 1: place and date null
    sigs1 = [d.signature("La Maire,", "Catherine BOUCHERAT", "La Maire",
                         "Catherine BOUCHERAT", None, None, at="Pour extrait conforme,")]
    d.reset("Article 1 :")
    amounts1 = [d.amount("2,85 €", 2.85), d.amount("3,60 €", 3.6), d.amount("6,20 €", 6.2)]
    d.reset()
    dates1 = [d.date("LUNDI 22 SEPTEMBRE 2025", "2025-09-22"),
              d.date("15/09/2025", "2025-09-15"),
              d.date("vingt-deux septembre deux mille vingt-cinq", "2025-09-22"),
              d.date("16 septembre 2024", "2024-09-16"),
              d.date("1er octobre 2025", "2025-10-01")]
    d.reset("DÉLIBÉRATION N° 2025-041")
    # the act's own heading is no reference; "compte 7067" a budget line
    refs1 = [d.ref("code", "code général des collectivités territoriales, notamment son article "
                   "L.2121-29", code=CGCT, articles=["L.2121-29"]),
             d.ref("code", "code de l'éducation, notamment son article R.531-52",
                   code="code de l'éducation", articles=["R.531-52"]),
             d.ref("deliberation", "délibération n° 2024-037 du 16 septembre 2024",
                   number="2024-037", date="2024-09-16")]
    d.reset()
    ids1 = [d.ident("postal_code", "63220", "63220"),
            d.ident("email", "mairie@saint-julien-les-ormeaux.fr",
                    "mairie@saint-julien-les-ormeaux.fr")]
    a = doc(d, "deliberation", [0, cut], issuer, "2025-041",
            "Tarifs de la restauration scolaire – année scolaire 2025-2026",
            session=session, att=att, visas=visas1, dec=dec1, arts=arts1, votes=votes1,
            sigs=sigs1, amounts=amounts1, dates=dates1, refs=refs1, ids=ids1)

    # ---- act 2
    d.reset("DÉLIBÉRATION N° 2025-042")
    visas2 = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment son article L.2241-1 ;",
        "Vu le code général de la propriété des personnes publiques, notamment son article "
        "L.3211-14 ;")]
    dec2 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts2 = [
        d.article("1", None, "Article 1 :",
                  "De céder la parcelle ZK 118 à la SCI LES ORMEAUX au prix de 18 600 €."),
        d.article("2", None, "Article 2 :",
                  "D'autoriser Mme la Maire à signer l'acte authentique, qui sera reçu par "
                  "Maître Hélène DURIF-VERNET, notaire à Ambert.")]
    votes2 = [d.vote("Adopté à l'unanimité.", unanimous=True)]
    sigs2 = [d.signature("La Maire,", "Catherine BOUCHERAT", "La Maire",
                         "Catherine BOUCHERAT", "Saint-Julien-les-Ormeaux", "2025-09-23",
                         at="Saint-Julien-les-Ormeaux, le 23/09/2025")]
    d.reset("DÉLIBÉRATION N° 2025-042")
    # "1 240 m²" is no amount; the frais d'acte "1 350 €" are
    amounts2 = [d.amount("dix-huit mille six cents euros", 18600),
                d.amount("18 600 €", 18600),
                d.amount("1 350 €", 1350),
                d.amount("18 600 €", 18600)]
    d.reset("DÉLIBÉRATION N° 2025-042")
    dates2 = [d.date("4 août 2025", "2025-08-04"),
              d.date("23/09/2025", "2025-09-23"),
              d.date("24/09/2025", "2025-09-24")]
    d.reset("DÉLIBÉRATION N° 2025-042")
    # the avis domanial is no reference; "section ZK n° 118" no reference
    refs2 = [d.ref("code", "code général des collectivités territoriales, notamment son article "
                   "L.2241-1", code=CGCT, articles=["L.2241-1"]),
             d.ref("code", "code général de la propriété des personnes publiques, notamment "
                   "son article L.3211-14",
                   code="code général de la propriété des personnes publiques",
                   articles=["L.3211-14"])]
    d.reset("DÉLIBÉRATION N° 2025-042")
    ids2 = [d.ident("siren", "903 184 521", "903184521")]
    b = doc(d, "deliberation", [cut, len(d.raw)], issuer, "2025-042",
            "Cession de la parcelle ZK 118 au lieu-dit « Les Ormeaux »",
            session=session, att=att, visas=visas2, dec=dec2, arts=arts2, votes=votes2,
            sigs=sigs2, amounts=amounts2, dates=dates2, refs=refs2, ids=ids2)
    d.write([a, b])


if __name__ == "__main__":
    for f in sys.argv[1:] or ["indre_statuts_siaep", "siaep_trois_vallees",
                                "saint_julien_ormeaux"]:
        globals()[f]()
