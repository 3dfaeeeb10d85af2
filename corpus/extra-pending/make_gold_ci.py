#!/usr/bin/env python3
"""Hand-written gold for the blind set CI (corpusCI) of corpus/extra-pending
(see README.md, section "Blind set (corpusCI)").
Run: python3 make_gold_ci.py

Same conventions and tooling as make_gold_cd.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCOM, DocH, art, attendance, doc, EMPTY_SESSION  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def frf(a):
    a["currency"] = "FRF"
    return a


def sivom_1979():
    """1979 délibération of a SIVOM: spaced heading, counts in a LEFT MARGIN
    beside the séance sentence, delegates listed BY COMMUNE, francs."""
    d = DocH("sivom-vallee-de-l-auzonne-deliberation-1979-12")
    pres = d.P("M. Louis BRUNET", at="présidence de")
    d.reset("Etaient présents")
    M, W = "M.", "Mme"
    present = [d.S("Louis BRUNET", M, "Louis", "BRUNET"), d.S("Henri MOREL", M, "Henri", "MOREL"),
               d.S("Paul GAUTHIER", M, "Paul", "GAUTHIER"),
               d.S("Marcel PERRIN", M, "Marcel", "PERRIN"),
               d.P("M. Jean RIVIERE"), d.P("Mme Germaine LACROIX"),
               d.S("André CHARVET", M, "André", "CHARVET"),
               d.S("Roger FAURE", M, "Roger", "FAURE"),
               d.P("M. Gilbert DUMONT"),
               d.S("Lucien BONNOT", M, "Lucien", "BONNOT"),
               d.S("Maurice TISSIER", M, "Maurice", "TISSIER"),
               d.P("M. Emile VACHER"), d.P("M. Fernand PONSOT")]
    x1 = d.P("M. Raymond GIRARD", at="Absents excusés")
    p1 = d.proxy(x1, "M. Gilbert DUMONT")
    x2 = d.P("M. Claude MATHIEU")
    p2 = d.proxy(x2, "M. Emile VACHER")
    x3 = d.P("M. Pierre JACQUOT")
    sec = d.P("M. Henri MOREL", at="JACQUOT (La Varenne).")
    att = attendance(present, [x1, x2, x3], [], [p1, p2], in_office=16, present_n=13,
                     represented=None, voting=15)
    session = {"date": "1979-06-14", "place": "Mairie de Chantemerle-sur-Auzonne",
               "convened_on": "1979-06-07", "president": pres, "secretary": sec}
    d.reset("(suite)")
    visas = [d.clause("Vu le Code des communes, et notamment ses articles L.163-1 à L.163-18 ;"),
             d.clause("Vu l'arrêté préfectoral n° 64-1127 du 3 juillet 1964 portant création "
                      "du Syndicat ;"),
             d.clause("Vu la délibération du Comité n° 78-31 du 7 décembre 1978 décidant le "
                      "principe des travaux ;"),
             d.clause("Vu l'avis favorable de la Direction Départementale de l'Agriculture "
                      "en date du 22 mai 1979 ;")]
    cons = [d.clause("Considérant que les travaux présentent un caractère d'urgence avant "
                     "l'été 1980 ;")]
    votes = [d.vote("par 12 voix contre 3", for_=12, against=3)]
    verb = d.span("D E C I D E")
    arts = [art(d, "1", None, "ARTICLE 1er -", "L'avant-projet", "572.124 F T.T.C."),
            art(d, "2", None, "ARTICLE 2 -", "Le Président", "remboursable en vingt ans."),
            art(d, "3", None, "ARTICLE 3 -", "Les honoraires", "de l'exercice 1979.")]
    sigs = [d.signature("Le Président,", "L. BRUNET", "Le Président", "L. BRUNET",
                        "Chantemerle-sur-Auzonne", "1979-06-18", at="Pour copie conforme")]
    d.reset()
    amounts = [frf(d.amount("486.500 F", 486500, tax="HT")),
               frf(d.amount("572.124 F", 572124, tax="TTC")),
               frf(d.amount("3 450,50 Frs", 3450.5)),
               frf(d.amount("194.600 F", 194600)),
               frf(d.amount("350.000 F", 350000)),
               frf(d.amount("27.524 F", 27524)),
               frf(d.amount("572.124 F", 572124, tax="TTC")),
               frf(d.amount("572.124 F", 572124, tax="TTC")),
               frf(d.amount("trois cent cinquante mille francs", 350000)),
               frf(d.amount("350.000 F", 350000)),
               frf(d.amount("trois mille quatre cent cinquante francs cinquante centimes",
                            3450.5))]
    d.reset()
    dates = [d.date("14 juin 1979", "1979-06-14"),
             d.date("L'an mil neuf cent soixante-dix-neuf, le quatorze juin", "1979-06-14"),
             d.date("sept juin", "1979-06-07"),
             d.date("3 juillet 1964", "1964-07-03"),
             d.date("7 décembre 1978", "1978-12-07"),
             d.date("22 mai 1979", "1979-05-22"),
             d.date("18 juin 1979", "1979-06-18"),
             d.date("21 JUIN 1979", "1979-06-21")]
    d.reset("(suite)")
    refs = [d.ref("code", "Code des communes, et notamment ses articles L.163-1 à L.163-18",
                  code=CCOM, articles=["L.163-1", "L.163-18"]),
            d.ref("arrete", "arrêté préfectoral n° 64-1127 du 3 juillet 1964",
                  number="64-1127", date="1964-07-03"),
            d.ref("deliberation", "délibération du Comité n° 78-31 du 7 décembre 1978",
                  number="78-31", date="1978-12-07")]
    d.reset()
    ids = [d.ident("postal_code", "71460", "71460"),
           d.ident("siren", "257 101 238", "257101238")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLEE DE "
                             "L'AUZONNE", "body": "Comité Syndical"},
            "79-12",
            "Construction d'un réservoir d'eau potable au lieu-dit \"Les Graviers\" - "
            "Approbation de l'avant-projet et du plan de financement.",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "D E C I D E", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def vernay_pv_1987():
    """1987 PROCÈS-VERBAL with six numbered AFFAIRES underlined with dashes."""
    d = DocH("commune-vernay-sur-lize-pv-1987-03-12")
    pres = d.P("M. Robert LEMAIRE", at="présidence de")
    d.reset("Etaient présents")
    M, W = "M.", "Mme"
    names = ["Robert LEMAIRE", "Jacques DUBOIS", "Michel FOURNIER", "Bernard ROUSSEL",
             "Georges LEROUX", "Claude BERTIN", "Gérard MASSON", "Jean-Paul NOEL",
             "Christian GARNIER", "Lucien PICARD", "Daniel BOUCHER", "André MEUNIER"]
    present = [d.S(n, M, n.split()[0], n.split()[1]) for n in names]
    present += [d.S(n, W, n.split()[0], n.split()[1])
                for n in ("Monique LEBRUN", "Yvette CARON", "Denise MARCHAL")]
    x1 = d.P("M. Alain PETIT", at="Absents excusés")
    p1 = d.proxy(x1, "M. Robert LEMAIRE")
    x2 = d.P("Mme Jeannine VASSEUR")
    p2 = d.proxy(x2, "Mme Monique LEBRUN")
    d.reset("Absents : MM.")
    absent = [d.S("Daniel HUBERT", M, "Daniel", "HUBERT"),
              d.S("Patrick SIMON", M, "Patrick", "SIMON")]
    sec = d.P("Mme Yvette CARON", at="Secrétaire de séance :")
    att = attendance(present, [x1, x2], absent, [p1, p2], in_office=19)
    session = {"date": "1987-03-12", "place": "Mairie", "convened_on": "1987-03-05",
               "president": pres, "secretary": sec}
    d.reset("1ère AFFAIRE")
    votes = [d.vote("adopté à l'unanimité", unanimous=True),
             d.vote("par 14 voix pour et 1 abstention", for_=14, abstention=1),
             d.vote("par 12 voix contre 3 et 2 abstentions", for_=12, against=3,
                    abstention=2),
             d.vote("à l'unanimité", unanimous=True),
             d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("APPROUVE", at="2ème AFFAIRE")
    sigs = [d.signature("Le Secrétaire de séance,", "Yvette CARON", "Le Secrétaire de séance",
                        "Yvette CARON", "Vernay-sur-Lize", "1987-03-16",
                        at="Le Secrétaire de séance,"),
            d.signature("Le Maire,", "Robert LEMAIRE", "Le Maire", "Robert LEMAIRE",
                        "Vernay-sur-Lize", "1987-03-16", at="Le Secrétaire de séance,")]
    d.reset()
    amounts = [frf(d.amount("412.850,35 F", 412850.35)),
               frf(d.amount("96.420,00 F", 96420)),
               frf(d.amount("742.300 F", 742300, tax="TTC")),
               frf(d.amount("six cent cinquante mille francs", 650000)),
               frf(d.amount("650.000 F", 650000)),
               frf(d.amount("3 500 F", 3500))]
    d.reset()
    dates = [d.date("12 MARS 1987", "1987-03-12"),
             d.date("L'an mil neuf cent quatre-vingt-sept, le douze mars", "1987-03-12"),
             d.date("cinq mars", "1987-03-05"),
             d.date("29 JANVIER 1987", "1987-01-29"),
             d.date("29 janvier 1987", "1987-01-29"),
             d.date("1er mai 1987", "1987-05-01"),
             d.date("2 février 1987", "1987-02-02"),
             d.date("15 janvier 1987", "1987-01-15"),
             d.date("16 mars 1987", "1987-03-16")]
    d.reset()
    refs = [d.ref("code", "Code des communes, article L.121-12", code=CCOM,
                  articles=["L.121-12"]),
            d.ref("deliberation", "DELIBERATION N° 87-08", number="87-08"),
            d.ref("deliberation", "DELIBERATION N° 87-09", number="87-09"),
            d.ref("deliberation", "DELIBERATION N° 87-10", number="87-10"),
            d.ref("deliberation", "DELIBERATION N° 87-11", number="87-11"),
            d.ref("deliberation", "délibération du Comité Syndical du 15 janvier 1987",
                  date="1987-01-15")]
    d.reset()
    ids = [d.ident("postal_code", "37220", "37220")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE VERNAY-SUR-LIZE", "body": "CONSEIL MUNICIPAL"},
            None, "PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 MARS 1987",
            session=session, att=att,
            dec={"verb": "APPROUVE", "span": verb}, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_jovin_arrete_1983():
    """1983 arrêté du maire (délégation à un adjoint), spaced "A R R E T E"
    in the heading AND as the verb, "Article n." articles, a notification
    signature, the 1982 "certifie exécutoire" formula."""
    d = DocH("commune-saint-jovin-du-lignon-arrete-1983-15")
    d.reset("Le Maire de la Commune")
    visas = [d.clause("Vu la loi n° 82-213 du 2 mars 1982 modifiée relative aux droits et "
                      "libertés des communes, des départements et des régions ;"),
             d.clause("Vu le Code des communes, et notamment son article L.122-11 ;"),
             d.clause("Vu le procès-verbal de l'élection du Maire et des Adjoints en date du "
                      "19 mars 1983 ;")]
    cons = [d.clause("Considérant que, pour la bonne marche de l'administration communale, "
                     "il y a lieu de donner délégation à M. le Premier Adjoint dans certains "
                     "domaines ;")]
    verb = d.span("A R R E T E")
    arts = [art(d, "1", None, "Article 1er.", "Délégation est donnée",
                "voirie et des chemins ruraux."),
            art(d, "2", None, "Article 2.", "M. ROCHE pourra", "dépasse 12.500 F."),
            art(d, "3", None, "Article 3.", "L'arrêté n° 77-06", "est abrogé."),
            art(d, "4", None, "Article 4.", "Le Secrétaire de Mairie",
                "M. le Sous-Préfet d'Yssingeaux.")]
    sigs = [d.signature("Le Maire,", "Antoine BESSON", "Le Maire", "Antoine BESSON",
                        "Saint-Jovin-du-Lignon", "1983-03-25", at="quatre-vingt-trois."),
            d.signature("L'Adjoint délégué,", "Jean-Pierre ROCHE", "L'Adjoint délégué",
                        "Jean-Pierre ROCHE", "Saint-Jovin-du-Lignon", "1983-03-25",
                        at="Notifié")]
    d.reset()
    amounts = [frf(d.amount("5.000 F", 5000)), frf(d.amount("cinq mille francs", 5000)),
               frf(d.amount("12.500 F", 12500))]
    d.reset()
    dates = [d.date("2 mars 1982", "1982-03-02"),
             d.date("19 mars 1983", "1983-03-19"),
             d.date("28 mars 1977", "1977-03-28"),
             d.date("vingt-cinq mars mil neuf cent quatre-vingt-trois", "1983-03-25"),
             d.date("28 mars 1983", "1983-03-28"),
             d.date("29 mars 1983", "1983-03-29"),
             d.date("29 mars 1983", "1983-03-29")]
    d.reset()
    refs = [d.ref("loi", "loi n° 82-213 du 2 mars 1982", number="82-213", date="1982-03-02"),
            d.ref("code", "Code des communes, et notamment son article L.122-11", code=CCOM,
                  articles=["L.122-11"]),
            d.ref("arrete", "arrêté n° 77-06 du 28 mars 1977", number="77-06",
                  date="1977-03-28")]
    d.reset()
    ids = [d.ident("postal_code", "43190", "43190")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-JOVIN-DU-LIGNON", "body": "Le Maire"},
            "83-15", "portant délégation de fonctions à un Adjoint",
            session=dict(EMPTY_SESSION), visas=visas, cons=cons,
            dec={"verb": "A R R E T E", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def haute_vesle_convention_1975():
    """1975 convention district / commune: annex stamp at the top right,
    spaced "C O N V E N T I O N", "ARTICLE n - HEADING" underlined."""
    d = DocH("district-haute-vesle-convention-om-1975")
    d.reset("ET :")
    visas = [d.clause("Vu l'ordonnance n° 59-30 du 5 janvier 1959 instituant les districts "
                      "urbains ;"),
             d.clause("Vu l'arrêté préfectoral du 17 octobre 1966 portant création du "
                      "District et fixant la liste de ses compétences ;")]
    verb = d.span("IL A ETE CONVENU ET ARRETE CE QUI SUIT")
    arts = [art(d, "1", "OBJET", "ARTICLE PREMIER - OBJET", "Le District assure",
                "Saint-Imoges."),
            art(d, "2", "PARTICIPATION FINANCIERE", "ARTICLE 2 - PARTICIPATION FINANCIERE",
                "En contrepartie", "3 450,50 Frs."),
            art(d, "3", "REVISION", "ARTICLE 3 - REVISION", "La participation",
                "quinze mille francs."),
            art(d, "4", "DUREE", "ARTICLE 4 - DUREE", "La présente convention",
                "avant son échéance."),
            art(d, "5", "LITIGES", "ARTICLE 5 - LITIGES", "Les litiges",
                "Châlons-sur-Marne.")]
    sigs = [d.signature("Pour le District,", "Maurice LECLERC",
                        "Pour le District, Le Président", "Maurice LECLERC",
                        "Saint-Imoges-sur-Vesle", "1975-03-14", at="Fait en trois"),
            d.signature("Pour la Commune,", "Gaston HENRIOT", "Pour la Commune, Le Maire",
                        "Gaston HENRIOT", "Saint-Imoges-sur-Vesle", "1975-03-14",
                        at="Fait en trois")]
    d.reset()
    amounts = [frf(d.amount("douze mille cinq cents francs", 12500)),
               frf(d.amount("12.500 F", 12500)),
               frf(d.amount("3 450,50 Frs", 3450.5)),
               frf(d.amount("quinze mille francs", 15000))]
    d.reset()
    dates = [d.date("12 février 1975", "1975-02-12"),
             d.date("12 février 1975", "1975-02-12"),
             d.date("28 fé- vrier 1975", "1975-02-28"),
             d.date("5 janvier 1959", "1959-01-05"),
             d.date("17 octobre 1966", "1966-10-17"),
             d.date("1er avril 1975", "1975-04-01"),
             d.date("14 mars 1975", "1975-03-14"),
             d.date("2 avril 1975", "1975-04-02")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du Conseil de District en date du "
                  "12 février 1975", date="1975-02-12"),
            d.ref("deliberation", "délibération du Conseil de District en date du "
                  "12 février 1975", date="1975-02-12"),
            d.ref("deliberation", "délibération du Conseil Municipal en date du 28 fé- "
                  "vrier 1975", date="1975-02-28"),
            d.ref("ordonnance", "ordonnance n° 59-30 du 5 janvier 1959", number="59-30",
                  date="1959-01-05"),
            d.ref("arrete", "arrêté préfectoral du 17 octobre 1966", date="1966-10-17")]
    d.reset()
    ids = [d.ident("postal_code", "51390", "51390")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "DISTRICT URBAIN DE LA HAUTE-VESLE", "body": None},
            None, "RELATIVE A LA COLLECTE ET AU TRAITEMENT DES ORDURES MENAGERES",
            session=dict(EMPTY_SESSION), visas=visas,
            dec={"verb": "IL A ETE CONVENU ET ARRETE CE QUI SUIT", "span": verb},
            arts=arts, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    sivom_1979()
    vernay_pv_1987()
    saint_jovin_arrete_1983()
    haute_vesle_convention_1975()
