#!/usr/bin/env python3
"""Hand-written gold for the blind set D of corpus/extra (corpusD; see
README.md, section "Blind set (corpusD)").
Run: python3 make_gold_d.py

Same conventions and tooling as make_gold_c.py (_goldlib.DocB).  Every value
below was decided by hand from the text and /work/shared/spec/output.md,
before the tool was run on these files.
"""
from _goldlib import CGCT, EMPTY_SESSION, DocB, attendance


# ---------------------------------------------------------------- (a)
def creuse_cp():
    """commission permanente of a département: "Délibération n° …" then
    "Rapport n° 3.12", "Le rapporteur entendu,", table of subsidies with
    euro cells, vote by groups on separate Pour/Contre/Abstention lines"""
    d = DocB("departement-creuse-cp-2024-03-112")
    d.reset("sous la présidence de")
    president = d.P("Mme Catherine DESCHAMPS-MOREAU")
    # "Vu le rapport n° 3.12" is a visa (not a reference: a rapport);
    # "Le rapporteur entendu," is neither visa nor considérant
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment son article L.3211-2 ;",
        "Vu la délibération n° CD-2023-12-05 du Conseil départemental du 15 décembre 2023 portant "
        "délégation d'attributions à la Commission permanente ;",
        "Vu le rapport n° 3.12 de Madame la Présidente ;")]
    cons = [d.clause("Considérant l'intérêt départemental du développement de la pratique sportive "
                     "en milieu rural ;")]
    d.reset("Après en avoir délibéré,")
    dec = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    table = ("Association Commune Montant "
             "Union sportive de Bourganeuf (football) Bourganeuf 8 500 € "
             "Aubusson Basket Club Aubusson 6 200 € "
             "Cercle d'escrime de Guéret Guéret 4 100 € "
             "Vélo Club du Pays Sostranien La Souterraine 2 500 € "
             "TOTAL 21 300 €")
    arts = [
        d.article("1", None, "Article 1 :",
                  "D'attribuer aux associations sportives désignées ci-dessous les subventions "
                  "suivantes, pour un montant total de 21 300 € : " + table),
        d.article("2", None, "Article 2 :",
                  "Les crédits nécessaires sont inscrits au budget départemental 2024, chapitre 65, "
                  "article 6574."),
        d.article("3", None, "Article 3 :",
                  "D'autoriser la Présidente à signer les conventions correspondantes avec chacune "
                  "des associations bénéficiaires."),
    ]
    # groups keep "Groupe" as printed (cd54/cd62 convention)
    votes = [d.vote("Pour : 22 (Groupe Creuse Avenir, Groupe Union des Indépendants) Contre : 0 "
                    "Abstention : 5 (Groupe Gauche creusoise) Adopté.", 22, 0, 5,
                    for_groups=["Groupe Creuse Avenir", "Groupe Union des Indépendants"])]
    sigs = [d.signature("La Présidente du Conseil départemental,", "Catherine DESCHAMPS-MOREAU",
                        "La Présidente du Conseil départemental", "Catherine DESCHAMPS-MOREAU",
                        "Guéret", "2024-03-18", at="Fait à Guéret")]
    d.reset()
    amounts = [d.amount("21 300 €", 21300), d.amount("8 500 €", 8500),
               d.amount("6 200 €", 6200), d.amount("4 100 €", 4100),
               d.amount("2 500 €", 2500), d.amount("21 300 €", 21300)]
    d.reset()
    dates = [d.date("18 mars 2024", "2024-03-18"),
             d.date("lundi 18 mars 2024", "2024-03-18"),
             d.date("15 décembre 2023", "2023-12-15"),
             d.date("18 mars 2024", "2024-03-18", at="Fait à Guéret")]
    d.reset("Vu le code")
    # the act's own number and the rapport are no references; "chapitre 65,
    # article 6574" is a budget line
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment son article "
                  "L.3211-2", code=CGCT, articles=["L.3211-2"]),
            d.ref("deliberation", "délibération n° CD-2023-12-05 du Conseil départemental du "
                  "15 décembre 2023", number="CD-2023-12-05", date="2023-12-15")]
    doc = {
        "type": "deliberation", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "DÉPARTEMENT DE LA CREUSE",
                   "body": "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL"},
        # the délibération's own number, not the rapport's "3.12"
        "number": "CP-2024-03-112",
        "title": "Soutien aux associations sportives départementales – Attribution de subventions "
                 "au titre de l'exercice 2024",
        "session": {"date": "2024-03-18", "place": "Hôtel du Département", "convened_on": None,
                    "president": president, "secretary": None},
        "attendance": attendance(),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": [],
    }
    d.write([doc])


# ---------------------------------------------------------------- (b)
def saint_amand_arrete():
    """arrêté de police du maire: "ARRÊTÉ MUNICIPAL N° …", "Vu"/"Considérant",
    "ARRÊTE" alone, "Article 1er :", "Ampliation :" list and the recourse
    mention after the signature"""
    d = DocB("commune-saint-amand-arrete-police-2024-087")
    d.reset("Le Maire de la Commune")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 "
        "et L.2213-1 à L.2213-6 ;",
        "Vu le code de la route, notamment ses articles R.411-8 et R.417-10 ;",
        "Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la signalisation des routes "
        "et autoroutes ;",
        "Vu la demande du Comité des fêtes en date du 2 mai 2024 ;")]
    cons = [d.clause(t) for t in (
        "Considérant que le déroulement de la Fête de la Saint-Jean, le samedi 22 juin 2024, nécessite "
        "d'interdire la circulation et le stationnement des véhicules dans le périmètre de la "
        "manifestation ;",
        "Considérant qu'il appartient au Maire d'assurer la sécurité des usagers de la voie publique ;")]
    dec = {"verb": "ARRÊTE", "span": d.span("ARRÊTE")}
    arts = [
        d.article("1", None, "Article 1er :",
                  "Le samedi 22 juin 2024, de 14 h 00 à 23 h 59, la circulation de tous les véhicules "
                  "est interdite rue Nationale, entre la place Carnot et la rue de la Poterie, ainsi "
                  "que sur la place de la République."),
        d.article("2", None, "Article 2 :",
                  "Le stationnement est interdit et considéré comme gênant, au sens de l'article "
                  "R.417-10 du code de la route, du vendredi 21 juin 2024 à 20 h 00 au dimanche "
                  "23 juin 2024 à 2 h 00 sur les emplacements précités. Les véhicules en infraction "
                  "feront l'objet d'une mise en fourrière."),
        d.article("3", None, "Article 3 :",
                  "Une déviation sera mise en place par le boulevard Blanchard et l'avenue Jean-Jaurès. "
                  "La signalisation sera installée et entretenue par les services techniques municipaux."),
        d.article("4", None, "Article 4 :",
                  "Les dispositions du présent arrêté ne s'appliquent pas aux véhicules de secours, de "
                  "police et aux véhicules des organisateurs dûment autorisés."),
        # the last article ends before "Fait à"; the Ampliation list and
        # the recourse mention after the signature are no article
        d.article("5", None, "Article 5 :",
                  "Le Directeur général des services, le Chef de la police municipale et le Commandant "
                  "de la brigade de gendarmerie sont chargés, chacun en ce qui le concerne, de "
                  "l'exécution du présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,", "Bernard FOURNIAL", "Le Maire", "Bernard FOURNIAL",
                        "Saint-Amand-Montrond", "2024-06-10", at="Fait à Saint-Amand")]
    d.reset()
    dates = [d.date("24 novembre 1967", "1967-11-24"),
             d.date("2 mai 2024", "2024-05-02"),
             d.date("samedi 22 juin 2024", "2024-06-22"),
             d.date("samedi 22 juin 2024", "2024-06-22"),
             d.date("vendredi 21 juin 2024", "2024-06-21"),
             d.date("dimanche 23 juin 2024", "2024-06-23"),
             d.date("10 juin 2024", "2024-06-10")]
    d.reset("Le Maire de la Commune")
    # "la demande du Comité des fêtes en date du 2 mai 2024" is no cited act
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.2212-1, L.2212-2 et L.2213-1 à L.2213-6", code=CGCT,
                  articles=["L.2212-1", "L.2212-2", "L.2213-1", "L.2213-6"]),
            d.ref("code", "code de la route, notamment ses articles R.411-8 et R.417-10",
                  code="code de la route", articles=["R.411-8", "R.417-10"]),
            d.ref("arrete", "arrêté interministériel du 24 novembre 1967", date="1967-11-24"),
            d.ref("code", "article R.417-10 du code de la route", code="code de la route",
                  articles=["R.417-10"])]
    doc = {
        "type": "arrete", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNE DE SAINT-AMAND-MONTROND", "body": "Le Maire"},
        "number": "2024-PM-087",
        "title": "Réglementation temporaire de la circulation et du stationnement rue Nationale et "
                 "place de la République à l'occasion de la Fête de la Saint-Jean",
        "session": dict(EMPTY_SESSION),
        "attendance": attendance(),
        "visas": visas, "considerants": cons, "decision": dec, "articles": arts,
        "votes": [], "signatures": sigs, "amounts": [], "dates": dates,
        "references": refs, "identifiers": [],
    }
    d.write([doc])


# ---------------------------------------------------------------- (c)
def marcillac_pv():
    """procès-verbal of a conseil municipal: items "1) …" without n°, mixed
    votes ("Adopté par 11 voix pour, 2 contre (names)", "Adopté à
    l'unanimité.", "Adopté par 12 voix pour, 2 abstentions."), "Questions
    diverses", proxies "(pouvoir à X)" inside the excused list"""
    d = DocB("commune-marcillac-pv-2024-04-04")
    d.reset("sous la présidence")
    president = d.P("M. Roland CHASTAGNOL")
    d.reset("Présents : M.")
    present = [d.P(t) for t in (
        "M. Roland CHASTAGNOL", "Mme Sylvie BORIE", "M. Jean-Paul MAZEYRIE", "Mme Odile FAUCHER",
        "M. Laurent DELPEUCH", "Mme Martine SOULIER", "M. Éric VIALLE", "Mme Nadine LAGARDE",
        "M. Alain BESSE", "Mme Christelle JOUANNY", "M. Didier TRONCHE", "Mme Aurélie CHAMBON")]
    d.reset("Absents excusés :")
    roux = d.P("M. Patrick ROUX")
    p1 = d.proxy(roux, d.P("M. Roland CHASTAGNOL"))
    peyrat = d.P("Mme Josiane PEYRAT")
    p2 = d.proxy(peyrat, d.P("Mme Sylvie BORIE"))
    d.reset("Absent : M.")
    absent = [d.P("M. Kévin LAFON")]
    d.reset("Secrétaire de séance :")
    secretary = d.P("Mme Christelle JOUANNY")
    d.reset("1) Approbation")
    dec = {"verb": "APPROUVE", "span": d.span("APPROUVE")}
    # item 1: the maire left the room; 11 + 2 = 13 of 14 voters, printed as is
    votes = [d.vote("Adopté par 11 voix pour, 2 contre (Mme Aurélie CHAMBON, M. Didier TRONCHE).",
                    11, 2, None),
             d.vote("Adopté à l'unanimité.", unanimous=True),
             d.vote("Adopté par 12 voix pour, 2 abstentions.", 12, None, 2)]
    d.reset("Le Maire,                ")
    sigs = [d.signature("Le Maire,", "Roland CHASTAGNOL", "Le Maire", "Roland CHASTAGNOL",
                        None, None, at="La séance est"),
            d.signature("La Secrétaire de séance,", "Christelle JOUANNY", "La Secrétaire de séance",
                        "Christelle JOUANNY", None, None, at="La séance est")]
    d.reset()
    amounts = [d.amount("186 420,35 €", 186420.35), d.amount("42 915,80 €", 42915.8),
               d.amount("95 000 €", 95000, tax="HT"), d.amount("38 000 €", 38000)]
    d.reset()
    dates = [d.date("JEUDI 4 AVRIL 2024", "2024-04-04"),
             d.date("L'an deux mille vingt-quatre, le quatre avril", "2024-04-04"),
             d.date("28 mars 2024", "2024-03-28")]
    doc = {
        "type": "proces_verbal", "span": [0, len(d.raw)],
        "issuer": {"collectivity": "COMMUNE DE MARCILLAC-LA-CROISILLE", "body": "CONSEIL MUNICIPAL"},
        "number": None,
        "title": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 4 AVRIL 2024",
        "session": {"date": "2024-04-04", "place": "salle du conseil de la mairie",
                    "convened_on": "2024-03-28", "president": president,
                    "secretary": secretary},
        "attendance": attendance(present, [roux, peyrat], absent, [p1, p2], in_office=15,
                                 present_n=12, represented=None, voting=14),
        "visas": [], "considerants": [], "decision": dec, "articles": [],
        "votes": votes, "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": [], "identifiers": [],
    }
    d.write([doc])


# ---------------------------------------------------------------- (d)
def dordogne_avenant():
    """avenant to a convention between a département and an association:
    "Réf. : convention n° …" right of the letterhead, "AVENANT N° 2 À LA
    CONVENTION …", ENTRE … ET …, "ARTICLE 1 – OBJET DE L'AVENANT", amounts
    in words and digits, signatures one under the other"""
    d = DocB("convention-dordogne-avenant-2024")
    visas = [d.clause(t, at="ci-après dénommée") for t in (
        "Vu la convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022 ;",)]
    visas.append(d.clause("Vu l'avenant n° 1 du 20 avril 2023 ;"))
    dec = {"verb": "Il est convenu ce qui suit", "span": d.span("Il est convenu ce qui suit")}
    arts = [
        d.article("1", "OBJET DE L'AVENANT", "ARTICLE 1 – OBJET DE L'AVENANT",
                  "Le présent avenant a pour objet de fixer le montant de la participation financière "
                  "du Département au titre de l'année 2024."),
        d.article("2", "MONTANT DE LA SUBVENTION", "ARTICLE 2 – MONTANT DE LA SUBVENTION",
                  "Pour l'année 2024, le Département attribue à l'Association une subvention de "
                  "quarante-deux mille cinq cents euros (42 500 €), dont un montant de sept mille euros "
                  "(7 000 €) affecté à l'action « Résidences d'artistes en collèges »."),
        d.article("3", "MODALITÉS DE VERSEMENT", "ARTICLE 3 – MODALITÉS DE VERSEMENT",
                  "La subvention est versée sur le compte de l'Association : 80 % à la signature du "
                  "présent avenant, le solde au vu du compte rendu financier, qui devra parvenir au "
                  "Département au plus tard le 30 juin 2025."),
        d.article("4", "AUTRES DISPOSITIONS", "ARTICLE 4 – AUTRES DISPOSITIONS",
                  "Les autres articles de la convention n° 2022-CULT-045 demeurent inchangés."),
    ]
    sigs = [d.signature("Pour le Département,", "Jean-Marc DELBOS",
                        "Pour le Département, Le Président du Conseil départemental",
                        "Jean-Marc DELBOS", "Périgueux", "2024-07-22", at="Fait à Périgueux"),
            d.signature("Pour l'Association,", "Hélène VERGNOLLE",
                        "Pour l'Association, La Présidente", "Hélène VERGNOLLE",
                        "Périgueux", "2024-07-22", at="Fait à Périgueux")]
    d.reset()
    amounts = [d.amount("quarante-deux mille cinq cents euros", 42500), d.amount("42 500 €", 42500),
               d.amount("sept mille euros", 7000), d.amount("7 000 €", 7000)]
    d.reset()
    dates = [d.date("8 juillet 2024", "2024-07-08"),
             d.date("1er juillet 1901", "1901-07-01"),
             d.date("14 mars 2022", "2022-03-14"),
             d.date("20 avril 2023", "2023-04-20"),
             d.date("30 juin 2025", "2025-06-30"),
             d.date("22 juillet 2024", "2024-07-22")]
    d.reset()
    # the parent convention, cited three times, is a reference each time;
    # "avenant n° 1" (an earlier amendment of it) is a `convention` too
    refs = [d.ref("convention", "convention n° 2022-CULT-045", number="2022-CULT-045"),
            d.ref("deliberation", "délibération de la Commission permanente n° CP-24-0318 du "
                  "8 juillet 2024", number="CP-24-0318", date="2024-07-08"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("convention", "convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022",
                  number="2022-CULT-045", date="2022-03-14"),
            d.ref("convention", "avenant n° 1 du 20 avril 2023", number="1", date="2023-04-20"),
            d.ref("convention", "convention n° 2022-CULT-045", number="2022-CULT-045")]
    d.reset()
    ids = [d.ident("postal_code", "24200", "24200"),
           d.ident("siret", "812 345 676 00017", "81234567600017")]
    doc = {
        "type": "convention", "span": [0, len(d.raw)],
        # issuer = the first party as named in ENTRE (val-argence convention);
        # body = the direction line under the letterhead (Nièvre/cd62 rapport
        # convention).  First written null (corrected after scoring, see README)
        "issuer": {"collectivity": "Département de la Dordogne",
                   "body": "Direction de la Culture et du Patrimoine"},
        # the avenant's own number; 2022-CULT-045 is the amended convention
        "number": "2",
        "title": "AVENANT N° 2 À LA CONVENTION PLURIANNUELLE D'OBJECTIFS 2022-2024",
        "session": dict(EMPTY_SESSION),
        "attendance": attendance(),
        "visas": visas, "considerants": [], "decision": dec, "articles": arts,
        "votes": [], "signatures": sigs, "amounts": amounts, "dates": dates,
        "references": refs, "identifiers": ids,
    }
    d.write([doc])


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:] or ["creuse_cp", "saint_amand_arrete", "marcillac_pv",
                              "dordogne_avenant"]:
        globals()[f]()
