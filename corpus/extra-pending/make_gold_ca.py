#!/usr/bin/env python3
"""Hand-written gold for the blind set CA (corpusCA) of corpus/extra-pending
(see README.md, section "Blind set (corpusCA)").
Run: python3 make_gold_ca.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. Four PUBLIC ESTABLISHMENTS that are not collectivities.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CCH, CEDUC, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")
CRURAL = "Code rural et de la pêche maritime"


def belvaux_universite():
    """UNIVERSITY conseil d'administration: members BY COLLÈGE."""
    d = DocH("universite-belvaux-deliberation-ca-2026-042")
    pres = d.P("M. Étienne FAVROT", at="présidence de")
    present = d.persons(
        "M. Étienne FAVROT", "Mme Hélène CASTAGNÉ", "M. Bruno LEDRU",
        "Mme Sonia VIGIER-MARTEL", "M. Paul AUDOUARD", "Mme Corinne BÉAL",
        "M. Arnaud PESCHE", "Mme Leïla BOUZID", "M. Julien TARDIEU",
        "Mme Marion QUÉRÉ", "M. Serge NOGARET",
        "Mme Valérie CHAMBON", "M. Rachid AMRANI", "Mme Odile FRAYSSE",
        "M. Denis LAGARDE",
        "Mme Inès CARRÉ", "M. Tom RIVIÈRE", "Mme Yasmine HADDAD",
        "M. Lucas MORVAN", "Mme Chloé BRUNET",
        "Mme Françoise DELPECH", "M. Henri SABATIER", "Mme Agnès ROUQUETTE",
        "M. Michel CAZALS", "Mme Laure ESPINASSE", "M. Victor DAUDÉ",
        at="COLLÈGE A (")
    d.reset("Procurations :")
    proxies = [d.proxy("Mme Agnès TELLIER", "M. Bruno LEDRU"),
               d.proxy("M. Frédéric COSTES", "Mme Leïla BOUZID"),
               d.proxy("Mme Nathalie GIMENEZ", "Mme Valérie CHAMBON"),
               d.proxy("M. Enzo PUJOL", "Mme Inès CARRÉ"),
               d.proxy("Mme Manon LACAZE", "M. Tom RIVIÈRE"),
               d.proxy("M. Jean-Pierre SOULA", "Mme Françoise DELPECH")]
    excused = d.persons("M. Olivier GRAND", "Mme Farida SAÏDI", at="Excusés :")
    absent = d.persons("M. Hugo PELLETIER", "Mme Nadia ROUX", at="Absents :")
    adv = d.persons("M. Didier ROCHAIS", "Mme Claire NOUVEL", at="Assistaient")
    att = attendance(present, excused, absent, proxies, adv_p=adv, in_office=36,
                     present_n=26, represented=6)
    session = {"date": "2026-04-14", "place": "salle du conseil",
               "convened_on": "2026-03-31", "president": pres, "secretary": None}
    d.reset("Assistaient")
    visas = [d.clause("Vu le code de l'éducation, notamment ses articles L. 712-3 et L. 719-5 ;"),
             d.clause("Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion\n"
                      "budgétaire et comptable publique ;"),
             d.clause("Vu les statuts de l'Université de Belvaux ;"),
             d.clause("Vu la délibération n° CA-2025-118 du 11 décembre 2025 approuvant le "
                      "budget initial 2026 ;")]
    cons = [d.clause("Considérant la notification, le 20 février 2026, des crédits de l'État "
                     "au titre du contrat d'objectifs, de moyens et de performance ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "Le budget", "en crédits de paiement."),
            art(d, "2", None, "Article 2 –", "Un prélèvement", "autorisé."),
            art(d, "3", None, "Article 3 –", "La présente", "site de\nl'université.")]
    votes = [d.vote("pour 28, contre 0, abstentions 3, ne prend pas part au vote 1\n"
                    "La délibération est adoptée.", for_=28, against=0, abstention=3,
                    not_voting=1)]
    sigs = [d.signature("Le président de l'université,", "Étienne FAVROT",
                        "Le président de l'université", "Étienne FAVROT", "Belvaux",
                        "2026-04-15", at="Fait à Belvaux")]
    d.reset()
    amounts = [d.amount("212 480 350,00 €", 212480350), d.amount("208 915 200,00 €", 208915200),
               d.amount("3 250 000 €", 3250000)]
    d.reset()
    dates = [d.date("mardi 14 avril 2026", "2026-04-14"),
             d.date("14 avril 2026", "2026-04-14"),
             d.date("31 mars 2026", "2026-03-31"),
             d.date("7 novembre 2012", "2012-11-07"),
             d.date("11 décembre 2025", "2025-12-11"),
             d.date("20 février 2026", "2026-02-20"),
             d.date("15 avril 2026", "2026-04-15"),
             d.date("16 avril 2026", "2026-04-16"),
             d.date("17 avril 2026", "2026-04-17")]
    d.reset()
    refs = [d.ref("code", "code de l'éducation, notamment ses articles L. 712-3 et L. 719-5",
                  code=CEDUC, articles=["L.712-3", "L.719-5"]),
            d.ref("decret", "décret n° 2012-1246 du 7 novembre 2012", number="2012-1246",
                  date="2012-11-07"),
            d.ref("deliberation", "délibération n° CA-2025-118 du 11 décembre 2025",
                  number="CA-2025-118", date="2025-12-11")]
    d.reset()
    ids = [d.ident("postal_code", "61210", "61210"),
           d.ident("siret", "199 412 347 00015", "19941234700015")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "UNIVERSITÉ DE BELVAUX", "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2026-042", "Approbation du budget rectificatif n° 1 de l'exercice 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def marvingt_lycee():
    """EPLE (lycée) conseil d'administration: "Acte n°", no name lists."""
    d = DocH("lycee-marie-marvingt-vereuil-acte-2026-014")
    pres = d.P("Mme Nathalie GUERREAU", at="présidence de")
    sec = d.P("M. Lucas DEMANGE", at="Secrétaire de séance")
    att = attendance(in_office=24, present_n=17, voting=17)
    session = {"date": "2026-02-05", "place": None, "convened_on": "2026-01-22",
               "president": pres, "secretary": sec}
    d.reset("Rapporteur")
    visas = [d.clause("Vu le code de l'éducation, notamment ses articles R. 421-20 et "
                      "R. 421-54 ;"),
             d.clause("Vu la circulaire n° 2011-117 du 3 août 2011 relative aux sorties et "
                      "voyages scolaires au collège et au lycée ;"),
             d.clause("Vu l'acte n° 2025-052 du 27 novembre 2025 portant adoption du "
                      "budget 2026 ;"),
             d.clause("Vu la programmation des voyages présentée au conseil pédagogique ;")]
    cons = [d.clause("Considérant que le voyage s'inscrit dans le projet d'établissement ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er –", "Le voyage", "est autorisé."),
            art(d, "2", None, "Article 2 –", "Le budget", "1 280,00 €."),
            art(d, "3", None, "Article 3 –", "Aucun élève", "trois échéances.")]
    votes = [d.vote("Pour : 15 – Contre : 1 – Abstention : 1", for_=15, against=1,
                    abstention=1)]
    sigs = [d.signature("La proviseure,", "Nathalie GUERREAU",
                        "La proviseure, présidente du conseil d'administration",
                        "Nathalie GUERREAU", "Véreuil", "2026-02-06", at="Fait à Véreuil"),
            d.signature("Le secrétaire de séance,", "Lucas DEMANGE",
                        "Le secrétaire de séance", "Lucas DEMANGE", "Véreuil", "2026-02-06",
                        at="Fait à Véreuil")]
    d.reset()
    amounts = [d.amount("18 420,00 €", 18420, tax="TTC"), d.amount("410 €", 410),
               d.amount("13 940,00 €", 13940), d.amount("2 000 €", 2000),
               d.amount("1 200 €", 1200), d.amount("1 280,00 €", 1280)]
    d.reset()
    dates = [d.date("jeudi 5 février 2026", "2026-02-05"),
             d.date("22 janvier 2026", "2026-01-22"),
             d.date("5 février 2026", "2026-02-05"),
             d.date("3 août 2011", "2011-08-03"),
             d.date("27 novembre 2025", "2025-11-27"),
             d.date("23 mars 2026", "2026-03-23"),
             d.date("28 mars 2026", "2026-03-28"),
             d.date("6 février 2026", "2026-02-06"),
             d.date("9 février 2026", "2026-02-09"),
             d.date("24 février 2026", "2026-02-24")]
    d.reset()
    refs = [d.ref("code", "code de l'éducation, notamment ses articles R. 421-20 et R. 421-54",
                  code=CEDUC, articles=["R.421-20", "R.421-54"]),
            d.ref("circulaire", "circulaire n° 2011-117 du 3 août 2011", number="2011-117",
                  date="2011-08-03"),
            d.ref("deliberation", "acte n° 2025-052 du 27 novembre 2025", number="2025-052",
                  date="2025-11-27")]
    d.reset()
    ids = [d.ident("postal_code", "54870", "54870"),
           d.ident("phone", "03 83 41 27 90", "0383412790"),
           d.ident("email", "ce.0541234x@ac-nancy-metz.fr", "ce.0541234x@ac-nancy-metz.fr")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "LYCÉE GÉNÉRAL ET TECHNOLOGIQUE MARIE-MARVINGT",
             "body": "CONSEIL D'ADMINISTRATION"},
            "2026-014",
            "Voyage scolaire à Séville (Espagne) – élèves de première spécialité LLCER "
            "espagnol – budget et participation des familles",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def sarve_chambre():
    """CHAMBRE D'AGRICULTURE assemblée générale: élus, "donne pouvoir à" dash
    list with a collège bracket, ADOPTE, two signatures side by side."""
    d = DocH("chambre-agriculture-val-de-sarve-deliberation-ag-2026-07")
    pres = d.P("M. Gérard POUCHOL", at="présidence de")
    d.reset("Pouvoirs :")
    proxies = [d.proxy("M. Jean-Louis FERRAND", "M. Gérard POUCHOL"),
               d.proxy("Mme Annie BRUGÈRE", "Mme Sylvie MAZEL"),
               d.proxy("M. Patrice VIDALENC", "M. Roger COMBES"),
               d.proxy("M. Bastien LAFON", "Mme Elsa TEYSSIER"),
               d.proxy("Mme Émilie ROCHE", "M. Florian BOUYSSOU"),
               d.proxy("M. Claude MAGNE", "M. Yves DELMAS")]
    excused = d.persons("M. Pierre CHASSAING", "Mme Martine VEYSSET", "M. Alain BORIE",
                        at="Excusés :")
    adv = d.persons("Mme Élodie FARGE", "M. Thierry VALADE", at="Assistaient")
    sec = d.P("Mme Sylvie MAZEL", at="Secrétaire de séance")
    att = attendance([], excused, [], proxies, adv_p=adv, in_office=45, present_n=29,
                     represented=6, voting=35)
    session = {"date": "2026-06-22", "place": "salle Olivier-de-Serres",
               "convened_on": "2026-06-05", "president": pres, "secretary": sec}
    d.reset("L'assemblée générale,")
    visas = [d.clause("Vu le code rural et de la pêche maritime, notamment ses articles "
                      "L. 510-1,\nL. 511-1 et D. 511-73 ;"),
             d.clause("Vu l'arrêté du 20 février 2015 relatif au cadre budgétaire et "
                      "comptable\ndes chambres d'agriculture ;"),
             d.clause("Vu la délibération n° 18/2025 de l'assemblée générale du 24 novembre "
                      "2025\nadoptant le budget initial 2026 ;"),
             d.clause("Vu l'avis du bureau du 8 juin 2026 ;")]
    cons = [d.clause("Considérant la baisse du produit de la taxe additionnelle à la taxe\n"
                     "foncière sur les propriétés non bâties notifiée le 15 avril 2026 ;")]
    verb = d.span("ADOPTE")
    arts = [art(d, "1", None, "Article 1 :", "Section de fonctionnement", "de 126 400 €."),
            art(d, "2", None, "Article 2 :", "Section d'investissement", "de 310 000 €."),
            art(d, "3", None, "Article 3 :", "La présente", "de la pêche maritime.")]
    votes = [d.vote("Votants : 35 – Pour : 33 – Contre : 0 – Abstentions : 2", for_=33,
                    against=0, abstention=2)]
    sigs = [d.signature("Le Président,", "Gérard POUCHOL", "Le Président", "Gérard POUCHOL",
                        "Sarvignac", "2026-06-22", at="Fait à Sarvignac"),
            d.signature("La Secrétaire de séance,", "Sylvie MAZEL", "La Secrétaire de séance",
                        "Sylvie MAZEL", "Sarvignac", "2026-06-22", at="Fait à Sarvignac")]
    d.reset()
    amounts = [d.amount("14 862 300 €", 14862300), d.amount("14 735 900 €", 14735900),
               d.amount("126 400 €", 126400), d.amount("1 948 000 €", 1948000),
               d.amount("310 000 €", 310000)]
    d.reset()
    dates = [d.date("lundi 22 juin 2026", "2026-06-22"),
             d.date("L'an deux mille vingt-six, le vingt-deux juin", "2026-06-22"),
             d.date("5 juin 2026", "2026-06-05"),
             d.date("20 février 2015", "2015-02-20"),
             d.date("24 novembre 2025", "2025-11-24"),
             d.date("8 juin 2026", "2026-06-08"),
             d.date("15 avril 2026", "2026-04-15"),
             d.date("22 juin 2026", "2026-06-22")]
    d.reset()
    refs = [d.ref("code", "code rural et de la pêche maritime, notamment ses articles "
                  "L. 510-1,\nL. 511-1 et D. 511-73", code=CRURAL,
                  articles=["L.510-1", "L.511-1", "D.511-73"]),
            d.ref("arrete", "arrêté du 20 février 2015", date="2015-02-20"),
            d.ref("deliberation", "délibération n° 18/2025 de l'assemblée générale du "
                  "24 novembre 2025", number="18/2025", date="2025-11-24"),
            d.ref("code", "article D. 511-74 du code rural et\nde la pêche maritime",
                  code=CRURAL, articles=["D.511-74"])]
    d.reset()
    ids = [d.ident("siren", "181 234 568", "181234568"),
           d.ident("postal_code", "19320", "19320")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "CHAMBRE D'AGRICULTURE DU VAL-DE-SARVE",
             "body": "ASSEMBLÉE GÉNÉRALE"},
            "07/2026", "BUDGET RECTIFICATIF N° 1 DE L'EXERCICE 2026",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "ADOPTE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def loirval_oph():
    """OFFICE PUBLIC DE L'HABITAT conseil d'administration: loyers + 1,5 %,
    loan guarantees, two proxy sentences, "Pour extrait certifié conforme"
    by the directeur général, ACTES stamp."""
    d = DocH("oph-loirval-habitat-deliberation-ca-2026-023")
    pres = d.P("M. Alain VÉDRINE", at="présidence de")
    present = d.persons(
        "M. Alain VÉDRINE", "Mme Sabine OLLIER", "M. Gilles\nTESSON",
        "Mme Hélène MARCHAIS", "M. Didier FOUCAULT", "Mme Corinne LHOMME",
        "M. Patrick RENOU", "Mme Aline BESNARD", "M. Youssef TAHRI", "Mme Monique\nGALLAIS",
        "M. Yannick LE BRIS", "Mme Paulette DUVERGER", "M. Mathieu CORNU",
        "Mme Delphine PASQUIER", "M. Norbert HUREL", at="Étaient présents")
    p1 = d.proxy("Mme Josiane PERRIN", "M. Alain VÉDRINE", at="Procuration :")
    klein = d.P("M. Robert KLEIN")
    p2 = d.proxy(klein, "Mme Sabine OLLIER")
    excused = [klein] + d.persons("Mme Anne-Sophie BOUCHET", "M. Laurent GIRAULT",
                                  "M. Hervé MAILLOT", at="Excusés :")
    absent = d.persons("Mme Christine JOLY", "M. Kévin DUPRÉ", "Mme Lucie VERNIER",
                       at="Absents :")
    adv = [d.P("M. Frédéric MONTEIL", at="Assistait")]
    att = attendance(present, excused, absent, [p1, p2], adv_p=adv, in_office=23,
                     present_n=15, represented=2, voting=17)
    session = {"date": "2026-11-26", "place": "siège de l'office",
               "convened_on": "2026-11-12", "president": pres, "secretary": None}
    d.reset("Assistait")
    visas = [d.clause("Vu le code de la construction et de l'habitation, notamment ses "
                      "articles\nL. 353-9-3, L. 421-1 et R. 421-16 ;"),
             d.clause("Vu la loi n° 2022-1158 du 16 août 2022 portant mesures d'urgence "
                      "pour la\nprotection du pouvoir d'achat ;"),
             d.clause("Vu la délibération n° 2025-041 du conseil d'administration du "
                      "4 décembre\n2025 fixant les loyers 2026 ;")]
    cons = [d.clause("Considérant la variation de l'indice de référence des loyers du "
                     "deuxième\ntrimestre 2026 ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Les loyers", "418,48 €."),
            art(d, "2", None, "Article 2 :", "L'office", "386 500 € (PLAI)."),
            art(d, "3", None, "Article 3 :", "Le directeur", "prêt correspondants.")]
    votes = [d.vote("Pour : 16 – Contre : 0 – Abstention : 1 (M. Yannick LE BRIS)\n"
                    "Adoptée à la majorité.", for_=16, against=0, abstention=1)]
    sigs = [d.signature("Le directeur général,", "Frédéric MONTEIL", "Le directeur général",
                        "Frédéric MONTEIL", "Loirval", "2026-11-27", at="Pour extrait")]
    d.reset()
    amounts = [d.amount("412,30 €", 412.3), d.amount("418,48 €", 418.48),
               d.amount("1 240 000 €", 1240000), d.amount("386 500 €", 386500)]
    d.reset()
    dates = [d.date("26 novembre 2026", "2026-11-26"),
             d.date("26 novembre 2026", "2026-11-26"),
             d.date("12 novembre 2026", "2026-11-12"),
             d.date("16 août 2022", "2022-08-16"),
             d.date("4 décembre\n2025", "2025-12-04"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("27 novembre 2026", "2026-11-27"),
             d.date("30/11/2026", "2026-11-30")]
    d.reset()
    refs = [d.ref("code", "code de la construction et de l'habitation, notamment ses "
                  "articles\nL. 353-9-3, L. 421-1 et R. 421-16", code=CCH,
                  articles=["L.353-9-3", "L.421-1", "R.421-16"]),
            d.ref("loi", "loi n° 2022-1158 du 16 août 2022", number="2022-1158",
                  date="2022-08-16"),
            d.ref("deliberation", "délibération n° 2025-041 du conseil d'administration du "
                  "4 décembre\n2025", number="2025-041", date="2025-12-04")]
    d.reset()
    ids = [d.ident("postal_code", "41350", "41350"),
           d.ident("siret", "273 100 016 00016", "27310001600016"),
           d.ident("acte", "041-273100016-20261127-2026023-DE",
                   "041-273100016-20261127-2026023-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "LOIRVAL HABITAT", "body": "CONSEIL D'ADMINISTRATION"},
            "2026-023",
            "Loyers 2027 et garanties des emprunts de l'opération « Les Coteaux »",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    belvaux_universite()
    marvingt_lycee()
    sarve_chambre()
    loirval_oph()
