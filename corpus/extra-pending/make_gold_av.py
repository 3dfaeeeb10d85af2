#!/usr/bin/env python3
"""Hand-written gold for the blind set AV (corpusAV) of corpus/extra-pending
(see README.md, section "Blind set (corpusAV)").
Run: python3 make_gold_av.py

Same conventions and tooling as make_gold_as.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CENV, CGCT, CTRA, URBA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def vauclair_preemption():
    """DÉCISION DE PRÉEMPTION of a maire (DPU by delegation): centred
    "DÉCISION N° …" over two "portant … / sur les parcelles cadastrées …"
    lines, a DIA visa with the notary, the cadastre, "1 148 m²", the price
    in digits AND WORDS with its agency commission, again in article 2."""
    d = DocH("commune-vauclair-sur-orne-decision-preemption-2026-017")
    d.reset("Le Maire de la commune")
    visas = [d.clause("Vu le code de l'urbanisme, et notamment ses articles L. 210-1, L. 211-1,\n"
                      "L. 213-1 à L. 213-18 et R. 213-4 à R. 213-26 ;"),
             d.clause("Vu le code général des collectivités territoriales, et notamment son\n"
                      "article L. 2122-22 ;"),
             d.clause("Vu la délibération n° 2017-045 du 26 juin 2017 instituant le droit de\n"
                      "préemption urbain sur les zones U et AU du plan local d'urbanisme ;"),
             d.clause("Vu la délibération n° 2020-031 du 4 juillet 2020 donnant délégation au\n"
                      "Maire pour exercer, au nom de la commune, le droit de préemption urbain ;"),
             d.clause("Vu la déclaration d'intention d'aliéner reçue en mairie le 12 mai 2026,\n"
                      "adressée par Maître Hélène COURTEIL, notaire à Falaise, portant sur la\n"
                      "vente d'un bien bâti sis 8, rue du Moulin, cadastré section AC n° 245 et\n"
                      "246, d'une superficie totale de 1 148 m², appartenant à M. et Mme Bernard\n"
                      "LEMONNIER, au prix de 185 000 € (cent quatre-vingt-cinq mille euros) dont\n"
                      "7 500 € de commission d'agence à la charge de l'acquéreur ;"),
             d.clause("Vu la demande de visite du bien adressée au propriétaire le 2 juin 2026\n"
                      "et la visite réalisée le 9 juin 2026 ;"),
             d.clause("Vu l'avis du service du Domaine du 16 juin 2026 ;")]
    cons = [d.clause("Considérant que la commune a engagé, par la délibération n° 2025-112 du\n"
                     "8 décembre 2025, un projet de maison de santé pluriprofessionnelle dans\n"
                     "le secteur du Moulin, au sens de l'article L. 300-1 du code de\n"
                     "l'urbanisme ;"),
            d.clause("Considérant que les parcelles AC n° 245 et 246, contiguës à la parcelle\n"
                     "communale AC n° 247, sont nécessaires à l'emprise de cet équipement ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "La commune de", "d'intention d'aliéner susvisée."),
            art(d, "2", None, "Article 2 :", "L'acquisition est", "de commission d'agence."),
            art(d, "3", None, "Article 3 :", "Conformément à", "du même code."),
            art(d, "4", None, "Article 4 :", "La dépense", "article 2115."),
            art(d, "5", None, "Article 5 :", "La présente décision", "de sa\nnotification.")]
    sigs = [d.signature("Le Maire,", "Dominique LECOURT", "Le Maire", "Dominique LECOURT",
                        "Vauclair-sur-Orne", "2026-06-22", at="Fait à")]
    d.reset("Le Maire de la commune")
    amounts = [d.amount("185 000 €", 185000),
               d.amount("cent quatre-vingt-cinq mille euros", 185000),
               d.amount("7 500 €", 7500),
               d.amount("185 000 €", 185000),
               d.amount("cent quatre-vingt-cinq\nmille euros", 185000),
               d.amount("7 500 €", 7500)]
    d.reset("Le Maire de la commune")
    dates = [d.date("26 juin 2017", "2017-06-26"),
             d.date("4 juillet 2020", "2020-07-04"),
             d.date("12 mai 2026", "2026-05-12"),
             d.date("2 juin 2026", "2026-06-02"),
             d.date("9 juin 2026", "2026-06-09"),
             d.date("16 juin 2026", "2026-06-16"),
             d.date("8 décembre 2025", "2025-12-08"),
             d.date("22 juin 2026", "2026-06-22"),
             d.date("23/06/2026", "2026-06-23"),
             d.date("24/06/2026", "2026-06-24")]
    d.reset("Le Maire de la commune")
    refs = [d.ref("code", "code de l'urbanisme, et notamment ses articles L. 210-1, L. 211-1,\n"
                  "L. 213-1 à L. 213-18 et R. 213-4 à R. 213-26", code=URBA,
                  articles=["L.210-1", "L.211-1", "L.213-1", "L.213-18", "R.213-4",
                            "R.213-26"]),
            d.ref("code", "code général des collectivités territoriales, et notamment son\n"
                  "article L. 2122-22", code=CGCT, articles=["L.2122-22"]),
            d.ref("deliberation", "délibération n° 2017-045 du 26 juin 2017",
                  number="2017-045", date="2017-06-26"),
            d.ref("deliberation", "délibération n° 2020-031 du 4 juillet 2020",
                  number="2020-031", date="2020-07-04"),
            d.ref("deliberation", "délibération n° 2025-112 du\n8 décembre 2025",
                  number="2025-112", date="2025-12-08"),
            d.ref("code", "article L. 300-1 du code de\nl'urbanisme", code=URBA,
                  articles=["L.300-1"]),
            d.ref("code", "article L. 213-14 du code de l'urbanisme", code=URBA,
                  articles=["L.213-14"]),
            d.ref("code", "article R. 213-12\ndu même code", code=URBA, articles=["R.213-12"])]
    d.reset()
    ids = [d.ident("postal_code", "14620", "14620"),
           d.ident("siret", "211 406 137 00011", "21140613700011"),
           d.ident("phone", "02 31 47 52 18", "0231475218"),
           d.ident("email", "urbanisme@vauclair-sur-orne.fr", "urbanisme@vauclair-sur-orne.fr"),
           d.ident("siren", "852 417 302", "852417302")]
    a = doc(d, "other", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VAUCLAIR-SUR-ORNE", "body": "Le Maire"},
            "2026-017",
            "portant exercice du droit de préemption urbain sur les parcelles cadastrées "
            "section AC n° 245 et 246",
            visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def montserrand_enquete():
    """ARRÊTÉ PRESCRIVANT L'ENQUÊTE PUBLIQUE (modification du PLU): the TA's
    "décision n° E26000045/31 du …", articles WITH HEADINGS on their own
    line ("Article 1er – Objet et durée de l'enquête"), a DASH LIST OF
    PERMANENCES with weekdays and hours, an URL and two e-mails."""
    d = DocH("commune-montserrand-arrete-enquete-publique-plu-2026-082")
    d.reset("Le Maire de Montserrand,")
    visas = [d.clause("Vu le code de l'urbanisme, et notamment ses articles L. 153-36 à L. 153-44\n"
                      "et R. 153-8 ;"),
             d.clause("Vu le code de l'environnement, et notamment ses articles L. 123-1 à\n"
                      "L. 123-18 et R. 123-1 à R. 123-27 ;"),
             d.clause("Vu le plan local d'urbanisme approuvé par délibération du conseil\n"
                      "municipal du 14 novembre 2019 ;"),
             d.clause("Vu l'arrêté n° 2026-041 du 9 avril 2026 engageant la procédure de\n"
                      "modification n° 2 du plan local d'urbanisme ;"),
             d.clause("Vu la décision n° E26000045/31 du 3 juillet 2026 de la présidente du\n"
                      "tribunal administratif de Toulouse désignant M. Alain ROUQUETTE, ingénieur\n"
                      "territorial retraité, en qualité de commissaire enquêteur ;"),
             d.clause("Vu les avis des personnes publiques associées ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", "Objet et durée de l'enquête", "Article 1er –", "Il sera procédé",
                "l'emplacement réservé n° 4."),
            art(d, "2", "Commissaire enquêteur", "Article 2 –", "M. Alain ROUQUETTE",
                "tribunal administratif de Toulouse."),
            art(d, "3", "Permanences", "Article 3 –", "Le commissaire enquêteur recevra",
                "de 14 h à 17 h."),
            art(d, "4", "Consultation du dossier et observations", "Article 4 –",
                "Le dossier sera", "enquete-plu@mairie-montserrand.fr."),
            art(d, "5", "Publicité", "Article 5 –", "Un avis sera", "affiché en mairie."),
            art(d, "6", "Rapport et conclusions", "Article 6 –", "À l'expiration",
                "pendant un an."),
            art(d, "7", "Exécution", "Article 7 –", "Le présent arrêté",
                "tribunal administratif de Toulouse.")]
    sigs = [d.signature("Le Maire,", "Marie-Hélène CAZENEUVE", "Le Maire",
                        "Marie-Hélène CAZENEUVE", "Montserrand", "2026-07-20", at="Fait à")]
    d.reset("Le Maire de Montserrand,")
    dates = [d.date("14 novembre 2019", "2019-11-14"),
             d.date("9 avril 2026", "2026-04-09"),
             d.date("3 juillet 2026", "2026-07-03"),
             d.date("lundi 7 septembre 2026", "2026-09-07"),
             d.date("vendredi 9 octobre 2026", "2026-10-09"),
             d.date("lundi 7 septembre 2026", "2026-09-07"),
             d.date("mercredi 16 septembre 2026", "2026-09-16"),
             d.date("samedi 26 septembre 2026", "2026-09-26"),
             d.date("vendredi 9 octobre 2026", "2026-10-09"),
             d.date("20 juillet 2026", "2026-07-20"),
             d.date("21/07/2026", "2026-07-21"),
             d.date("21/07/2026", "2026-07-21")]
    d.reset("Le Maire de Montserrand,")
    refs = [d.ref("code", "code de l'urbanisme, et notamment ses articles L. 153-36 à L. 153-44\n"
                  "et R. 153-8", code=URBA, articles=["L.153-36", "L.153-44", "R.153-8"]),
            d.ref("code", "code de l'environnement, et notamment ses articles L. 123-1 à\n"
                  "L. 123-18 et R. 123-1 à R. 123-27", code=CENV,
                  articles=["L.123-1", "L.123-18", "R.123-1", "R.123-27"]),
            d.ref("deliberation", "délibération du conseil\nmunicipal du 14 novembre 2019",
                  date="2019-11-14"),
            d.ref("arrete", "arrêté n° 2026-041 du 9 avril 2026", number="2026-041",
                  date="2026-04-09"),
            d.ref("decision", "décision n° E26000045/31 du 3 juillet 2026",
                  number="E26000045/31", date="2026-07-03")]
    d.reset()
    ids = [d.ident("postal_code", "31460", "31460"),
           d.ident("phone", "05 61 83 29 40", "0561832940"),
           d.ident("email", "accueil@mairie-montserrand.fr", "accueil@mairie-montserrand.fr"),
           d.ident("url", "https://www.mairie-montserrand.fr/plu",
                   "https://www.mairie-montserrand.fr/plu"),
           d.ident("email", "enquete-plu@mairie-montserrand.fr",
                   "enquete-plu@mairie-montserrand.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE MONTSERRAND", "body": "Le Maire"},
            "2026-082",
            "Prescription de l'ouverture de l'enquête publique relative à la modification "
            "n° 2 du plan local d'urbanisme",
            visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sarvance_amendements():
    """délibération of a CONSEIL RÉGIONAL in plenary with THREE AMENDMENTS
    voted one by one before the verb (two rejected with counts, one
    adopted unanimously), then the délibération's own vote after the
    articles; counts on one dash line, an ACTES id."""
    d = DocH("region-haute-sarvance-deliberation-ap-2026-214")
    pres = d.P("Mme Claire VANDAMME", at="sous\nla présidence")
    att = attendance(in_office=77, present_n=68, represented=7, voting=75)
    session = {"date": "2026-10-15", "place": "Hôtel de Région", "convened_on": "2026-10-02",
               "president": pres, "secretary": None}
    d.reset("Votants : 75")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 4221-1 et L. 4211-1 ;"),
             d.clause("Vu le code des transports, et notamment son article L. 1231-1 ;"),
             d.clause("Vu la loi n° 2019-1428 du 24 décembre 2019 d'orientation des mobilités ;"),
             d.clause("Vu la délibération n° AP-2025-188 du 18 décembre 2025 adoptant le budget\n"
                      "primitif 2026 ;"),
             d.clause("Vu le rapport n° 214 de la Présidente du Conseil régional ;"),
             d.clause("Vu l'avis de la commission Transports et Mobilités du 29 septembre 2026 ;")]
    cons = [d.clause("Considérant que 41 % des habitants de la région résident dans une commune\n"
                     "rurale dépourvue de desserte régulière ;")]
    votes = [d.vote("Rejeté par 23 voix pour, 51 voix contre et 1 abstention",
                    for_=23, against=51, abstention=1, result="rejected"),
             d.vote("Rejeté par 17 voix pour, 55 voix contre et 3 abstentions",
                    for_=17, against=55, abstention=3, result="rejected"),
             d.vote("Adopté à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 :", "D'approuver", "l'amendement n° 3."),
            art(d, "2", None, "Article 2 :", "D'ouvrir", "« Transports »."),
            art(d, "3", None, "Article 3 :", "D'affecter", "territoires de montagne."),
            art(d, "4", None, "Article 4 :", "D'autoriser", "de la mobilité locales.")]
    votes.append(d.vote("Adoptée par 52 voix pour, 22 voix contre et 1 abstention",
                        for_=52, against=22, abstention=1))
    sigs = [d.signature("La Présidente du Conseil régional,", "Claire VANDAMME",
                        "La Présidente du Conseil régional", "Claire VANDAMME",
                        "Nevers-Sarvance", "2026-10-15", at="Fait à")]
    d.reset("Votants : 75")
    amounts = [d.amount("60 000 000 €", 60000000), d.amount("75 000 000 €", 75000000),
               d.amount("2 500 000 €", 2500000), d.amount("60 000 000 €", 60000000),
               d.amount("soixante millions d'euros", 60000000),
               d.amount("12 400 000 €", 12400000), d.amount("2 500 000 €", 2500000)]
    d.reset()
    dates = [d.date("jeudi 15 octobre 2026", "2026-10-15"),
             d.date("2 octobre 2026", "2026-10-02"),
             d.date("24 décembre 2019", "2019-12-24"),
             d.date("18 décembre 2025", "2025-12-18"),
             d.date("29 septembre 2026", "2026-09-29"),
             d.date("15 octobre 2026", "2026-10-15", at="Fait à"),
             d.date("19/10/2026", "2026-10-19"),
             d.date("19/10/2026", "2026-10-19")]
    d.reset("Votants : 75")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 4221-1 et L. 4211-1", code=CGCT,
                  articles=["L.4221-1", "L.4211-1"]),
            d.ref("code", "code des transports, et notamment son article L. 1231-1", code=CTRA,
                  articles=["L.1231-1"]),
            d.ref("loi", "loi n° 2019-1428 du 24 décembre 2019", number="2019-1428",
                  date="2019-12-24"),
            d.ref("deliberation", "délibération n° AP-2025-188 du 18 décembre 2025",
                  number="AP-2025-188", date="2025-12-18")]
    d.reset()
    ids = [d.ident("postal_code", "58000", "58000"),
           d.ident("siren", "238 500 474", "238500474"),
           d.ident("acte", "058-238500474-20261015-AP2026214-DE",
                   "058-238500474-20261015-AP2026214-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "RÉGION HAUTE-SARVANCE",
             "body": "CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE"},
            "AP-2026-214", "Plan régional en faveur des mobilités rurales 2027-2031",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_leger_concession():
    """ARRÊTÉ DE CONCESSION FUNÉRAIRE (cavurne, 30 ans): the tariff
    délibération quoted in a visa as a DASH LIST of durations and prices
    (15/30/50 ans, columbarium, cavurne, "gratuite"), the concessionnaire's
    name "née FAURE" and address twice, "0,50 m²", a quittance number, TWO
    signatures (the premier adjoint "Pour le Maire empêché," and the
    concessionnaire)."""
    d = DocH("commune-saint-leger-des-aubees-arrete-concession-funeraire-2026-031")
    d.reset("Le Maire de Saint-Léger")
    visas = [d.clause("Vu le code général des collectivités territoriales, et notamment ses\n"
                      "articles L. 2213-7 à L. 2213-15 et L. 2223-13 à L. 2223-18 ;"),
             d.clause("Vu la délibération n° 2025-088 du 12 décembre 2025 fixant les tarifs du\n"
                      "cimetière communal à compter du 1er janvier 2026 :\n"
                      "- concession de terrain de 15 ans : 180 € ; de 30 ans : 420 € ; de\n"
                      "  50 ans : 750 € (2 m²) ;\n"
                      "- case de columbarium de 15 ans : 350 € ; de 30 ans : 600 € ;\n"
                      "- cavurne de 30 ans : 450 € ;\n"
                      "- dispersion des cendres au jardin du souvenir : gratuite ;"),
             d.clause("Vu l'arrêté municipal n° 2019-014 du 4 mars 2019 portant règlement du\n"
                      "cimetière communal ;"),
             d.clause("Vu la demande présentée le 3 mars 2026 par Mme Odette PRIVAT, née\n"
                      "FAURE, demeurant 14, chemin des Vignes, 24560 Saint-Léger-des-Aubées,\n"
                      "tendant à obtenir une concession en cavurne pour y déposer l'urne de son\n"
                      "époux et, à terme, la sienne ;")]
    verb = d.span("ARRÊTE")
    arts = [art(d, "1", None, "Article 1er :", "Il est accordé", "et la sienne."),
            art(d, "2", None, "Article 2 :", "La concession est", "n° 2026-0117)."),
            art(d, "3", None, "Article 3 :", "La concession pourra", "retour à la commune."),
            art(d, "4", None, "Article 4 :", "Le concessionnaire", "préalable du Maire."),
            art(d, "5", None, "Article 5 :", "Une expédition", "registre des concessions.")]
    sigs = [d.signature("Pour le Maire empêché,", "Francis DELPEYRAT",
                        "Pour le Maire empêché, Le Premier adjoint", "Francis DELPEYRAT",
                        "Saint-Léger-des-Aubées", "2026-03-10", at="Fait à"),
            d.signature("La concessionnaire,", "Odette PRIVAT", "La concessionnaire",
                        "Odette PRIVAT", "Saint-Léger-des-Aubées", "2026-03-10",
                        at="Francis DELPEYRAT")]
    d.reset("Le Maire de Saint-Léger")
    amounts = [d.amount("180 €", 180), d.amount("420 €", 420), d.amount("750 €", 750),
               d.amount("350 €", 350), d.amount("600 €", 600), d.amount("450 €", 450),
               d.amount("450 €", 450), d.amount("quatre cent cinquante euros", 450)]
    d.reset("Le Maire de Saint-Léger")
    dates = [d.date("12 décembre 2025", "2025-12-12"),
             d.date("1er janvier 2026", "2026-01-01"),
             d.date("4 mars 2019", "2019-03-04"),
             d.date("3 mars 2026", "2026-03-03"),
             d.date("10 mars 2026", "2026-03-10"),
             d.date("10 mars 2026", "2026-03-10"),
             d.date("10 mars 2026", "2026-03-10")]
    d.reset("Le Maire de Saint-Léger")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses\n"
                  "articles L. 2213-7 à L. 2213-15 et L. 2223-13 à L. 2223-18", code=CGCT,
                  articles=["L.2213-7", "L.2213-15", "L.2223-13", "L.2223-18"]),
            d.ref("deliberation", "délibération n° 2025-088 du 12 décembre 2025",
                  number="2025-088", date="2025-12-12"),
            d.ref("arrete", "arrêté municipal n° 2019-014 du 4 mars 2019", number="2019-014",
                  date="2019-03-04")]
    d.reset()
    ids = [d.ident("postal_code", "24560", "24560"),
           d.ident("siret", "212 405 872 00012", "21240587200012"),
           d.ident("postal_code", "24560", "24560"),
           d.ident("postal_code", "24560", "24560")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-LÉGER-DES-AUBÉES", "body": "Le Maire"},
            "2026-C-031",
            "portant attribution d'une concession funéraire trentenaire en cavurne au "
            "cimetière communal",
            visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    vauclair_preemption()
    montserrand_enquete()
    sarvance_amendements()
    saint_leger_concession()
