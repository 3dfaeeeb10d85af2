#!/usr/bin/env python3
"""Hand-written gold for the blind set BJ (corpusBJ) of corpus/extra-pending
(see README.md, section "Blind set (corpusBJ)").
Run: python3 make_gold_bj.py

Same conventions and tooling as make_gold_bc.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()). Every value below was decided by
hand from the text and /work/shared/spec/output.md, before the tool was run
on these files. Second round of the dates / amounts torture test.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import check_inside  # noqa: E402
from _goldlib import CGCT, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def num(t):
    """a printed French number "1 200 000,00" -> 1200000 (hand rule)"""
    v = float(t.replace(" ", "").replace(",", "."))
    return int(v) if v == int(v) else round(v, 2)


def frf(a):
    a["currency"] = "FRF"
    return a


def saint_jory_tarifs():
    """TARIFF délibération: a PIPE-TABLE grid with per-unit amounts
    (€/h, €/m², €/jour, €/kWh, "gratuit", "demi-tarif")."""
    d = DocH("commune-saint-jory-des-landes-deliberation-tarifs-2026-058")
    pres = d.P("Mme Hélène DARRIGADE", at="présidence de")
    p1 = d.proxy("M. Serge LABADIE", "Mme Hélène DARRIGADE", at="Pouvoirs :")
    p2 = d.proxy("Mme Maïté DUCOURNAU", "M. Pierre BARRÈRE")
    sec = d.P("M. Pierre BARRÈRE", at="Secrétaire de séance")
    att = attendance([], [], [], [p1, p2], in_office=19, present_n=15, represented=2,
                     voting=17)
    session = {"date": "2026-06-23", "place": "mairie", "convened_on": "2026-06-16",
               "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses "
                      "articles L. 2121-29 et L. 2331-2 ;"),
             d.clause("Vu la délibération n° 2025-061 du 24 juin 2025 fixant les tarifs de "
                      "l'année scolaire 2025/2026 ;")]
    cons = [d.clause("Considérant qu'il convient de fixer les tarifs applicables du 1er "
                     "septembre 2026 au 31 août 2027 ;"),
            d.clause("Considérant que la hausse moyenne proposée est limitée à 2,5 % ;")]
    votes = [d.vote("à l'unanimité", unanimous=True)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er –", "Les tarifs ci-dessous", "0,15 €/kWh"),
            art(d, "2", None, "Article 2 –", "Le prix du repas", "hors délai."),
            art(d, "3", None, "Article 3 –", "La location", "120 € TTC."),
            art(d, "4", None, "Article 4 –", "Les tarifs fixés", "chapitre 70.")]
    sigs = [d.signature("La Maire,", "Hélène DARRIGADE", "La Maire", "Hélène DARRIGADE",
                        "Saint-Jory-des-Landes", "2026-06-24", at="La Maire,\nHélène")]
    d.reset("Prestation")
    amounts = [d.amount("5,50 €", 5.5), d.amount("2,10 €", 2.1), d.amount("380,00 €", 380),
               d.amount("18 €", 18), d.amount("4,20 €", 4.2), d.amount("0,15 €", 0.15),
               d.amount("5,50 €", 5.5), d.amount("2,75 €", 2.75), d.amount("1,95 €", 1.95),
               d.amount("2,10 €", 2.1), d.amount("25 €", 25),
               d.amount("vingt-cinq euros", 25), d.amount("500 €", 500),
               d.amount("120 €", 120, tax="TTC")]
    d.reset()
    dates = [d.date("mardi 23 juin 2026", "2026-06-23"),
             d.date("L'an deux mille vingt-six, le vingt-trois juin", "2026-06-23"),
             d.date("16 juin 2026", "2026-06-16"),
             d.date("24 juin 2025", "2025-06-24"),
             d.date("1er septembre 2026", "2026-09-01"),
             d.date("31 août 2027", "2027-08-31"),
             d.date("1er/09/2026", "2026-09-01"),
             d.date("1er septembre 2025", "2025-09-01"),
             d.date("31 août 2026", "2026-08-31"),
             d.date("31/08/2026", "2026-08-31"),
             d.date("24 juin 2026", "2026-06-24"),
             d.date("26/06/2026", "2026-06-26"),
             d.date("26/06/2026", "2026-06-26")]
    d.reset()
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses "
                  "articles L. 2121-29 et L. 2331-2", code=CGCT,
                  articles=["L.2121-29", "L.2331-2"]),
            d.ref("deliberation", "délibération n° 2025-061 du 24 juin 2025",
                  number="2025-061", date="2025-06-24")]
    d.reset()
    ids = [d.ident("postal_code", "40230", "40230"),
           d.ident("phone", "05 58 41 27 90", "0558412790"),
           d.ident("siret", "214 002 875 00018", "21400287500018")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-JORY-DES-LANDES", "body": "CONSEIL MUNICIPAL"},
            "2026-058", "Tarifs des services municipaux pour l'année scolaire 2026/2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


TABLE = [["60 000,00", "40 623,75", "100 623,75"],
         ["60 000,00", "38 553,75", "98 553,75"],
         ["60 000,00", "36 483,75", "96 483,75"],
         ["60 000,00", "1 293,76", "61 293,76"],
         ["1 200 000,00", "419 175,13", "1 619 175,13"]]


def brenne_emprunt():
    """LOAN délibération of a SIAEP: a DOT-LEADER key/value block of the
    loan's terms and a BARE-NUMBER repayment table "(montants en euros)"."""
    d = DocH("siaep-coteaux-de-brenne-deliberation-emprunt-2026-14")
    pres = d.P("M. Didier\nGAUTRON", at="présidence de")
    present = d.persons("M. Didier GAUTRON", "Mme Agnès PILLAULT", "M. Rémi CHAUVEAU",
                        "Mme Sandrine MOREUX", "M. Claude BERTHON", "M. Lucien AUCLAIR",
                        "Mme Josette RIVIÈRE", "M. Thierry DUMAS", "Mme Valérie JOUANNEAU",
                        at="Présents :")
    x1 = d.P("M. Fabrice LEGRAND", at="Excusés :")
    p1 = d.proxy(x1, "M. Didier GAUTRON")
    x2 = d.P("Mme Odile NAUD")
    absent = [d.P("M. Kevin PERROT", at="Absent :")]
    sec = d.P("Mme Agnès PILLAULT", at="Secrétaire :")
    att = attendance(present, [x1, x2], absent, [p1], in_office=12, present_n=9,
                     represented=1, voting=10)
    session = {"date": "2026-10-08", "place": "siège", "convened_on": "2026-10-01",
               "president": pres, "secretary": sec}
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment son "
                      "article L. 5212-16 ;"),
             d.clause("Vu la délibération n° CS-2026-03 du 12 mars 2026 adoptant le budget "
                      "primitif 2026 ;")]
    votes = [d.vote("par 9 voix pour et 1 abstention", for_=9, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1 –", "Le Président est autorisé", "le 30.11.2026"),
            art(d, "2", None, "Article 2 –", "Le tableau", "1 619 175,13"),
            art(d, "3", None, "Article 3 –", "Les crédits", "au 1er/11/2026.")]
    sigs = [d.signature("Le Président,\nDidier", "Didier GAUTRON", "Le Président",
                        "Didier GAUTRON", "Mézières-sur-Brenne", "2026-10-09")]
    d.reset()
    amounts = [d.amount("1,2 M€", 1200000),
               d.amount("3 450 000 €", 3450000, tax="HT"),
               d.amount("4 140 000 €", 4140000, tax="TTC"),
               d.amount("862 500 €", 862500), d.amount("1 387 500 €", 1387500),
               d.amount("1,2 M€", 1200000),
               d.amount("1 200 000,00 EUR", 1200000), d.amount("1 200 €", 1200)]
    d.reset("Année    Capital")
    for row in TABLE:
        amounts += [d.amount(c, num(c)) for c in row]
    amounts.append(d.amount("100 623,75 €", 100623.75))
    d.reset()
    dates = [d.date("JEUDI 8 OCTOBRE 2026", "2026-10-08"),
             d.date("jeudi 8 octobre 2026", "2026-10-08"),
             d.date("1er octobre 2026", "2026-10-01"),
             d.date("7", "2026-09-07", at="entre le 7"),
             d.date("18 septembre 2026", "2026-09-18"),
             d.date("21.09.2026", "2026-09-21"),
             d.date("12 mars 2026", "2026-03-12"),
             d.date("15/01/2027", "2027-01-15"),
             d.date("15/10/2046", "2046-10-15"),
             d.date("30.11.2026", "2026-11-30"),
             d.date("1er/11/2026", "2026-11-01"),
             d.date("9 octobre 2026", "2026-10-09")]
    d.reset("Vu le code")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment son "
                  "article L. 5212-16", code=CGCT, articles=["L.5212-16"]),
            d.ref("deliberation", "délibération n° CS-2026-03 du 12 mars 2026",
                  number="CS-2026-03", date="2026-03-12")]
    d.reset()
    ids = [d.ident("postal_code", "36290", "36290"),
           d.ident("siren", "253 610 455", "253610455")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU POTABLE DES COTEAUX "
                             "DE BRENNE", "body": "COMITÉ SYNDICAL"},
            "CS-2026-14",
            "Réalisation d'un emprunt de 1,2 M€ auprès de la Banque Régionale du Val de "
            "Brenne pour le financement du réservoir de Bellefont",
            session=session, att=att, visas=visas,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def arbousse_pv():
    """PV of a conseil communautaire with DATES IN EVERY SHAPE (and the
    partial / relative ones that are no date)."""
    d = DocH("cc-pays-d-arbousse-pv-conseil-2026-02-02")
    pres = d.P("Mme Cécile ROUANET", at="Présidence :")
    present = d.persons("Mme Cécile ROUANET", "M. Jean-Pierre ALBOUY", "Mme Nadine COMBES",
                        "M. Bernard FABRE", "Mme Sylvie ESCANDE", "M. Gérard PUJOL",
                        "M. Alain VIDAL", "Mme Laure TOURNIER", at="Présents :")
    x1 = d.P("M. Patrick SOULA", at="Excusés :")
    p1 = d.proxy(x1, "Mme Cécile ROUANET")
    x2 = d.P("M. Éric MARTY")
    absent = [d.P("Mme Christine BOUSQUET", at="Absente :")]
    sec = d.P("Mme Laure TOURNIER", at="Secrétaire de séance")
    att = attendance(present, [x1, x2], absent, [p1], in_office=11, present_n=8,
                     represented=1, voting=9)
    session = {"date": "2026-02-02", "place": "salle du conseil, Castelvieil",
               "convened_on": "2026-01-27", "president": pres, "secretary": sec}
    d.reset("1. Approbation")
    votes = [d.vote("à l'unanimité", unanimous=True),
             d.vote("par 8 voix pour et 1 abstention (M. Gérard PUJOL)", for_=8,
                    abstention=1),
             d.vote("à l'unanimité des votants", unanimous=True)]
    d.reset("2. Calendrier")
    verb = d.span("APPROUVE")
    sigs = [d.signature("La Présidente,", "Cécile ROUANET", "La Présidente",
                        "Cécile ROUANET", "Castelvieil", "2026-02-04"),
            d.signature("La secrétaire de séance,", "Laure TOURNIER",
                        "La secrétaire de séance", "Laure TOURNIER", "Castelvieil",
                        "2026-02-04")]
    d.reset()
    dates = [d.date("lundi 2 février 2026", "2026-02-02"),
             d.date("27/01/2026", "2026-01-27"),
             d.date("27.01.2026", "2026-01-27"),
             d.date("15 décembre 2025", "2025-12-15"),
             d.date("15/12/25", "2025-12-15"),
             d.date("mercredi 18 février 2026", "2026-02-18"),
             d.date("2 mars 2026", "2026-03-02"),
             d.date("3", "2026-03-03", at="du 3 au"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("3", "2026-03-03", at="les 3, 4"),
             d.date("4", "2026-03-04"),
             d.date("5 mars 2026", "2026-03-05"),
             d.date("1er", "2026-04-01", at="le 1er et"),
             d.date("15 avril\n2026", "2026-04-15"),
             d.date("9 décembre 2024", "2024-12-09"),
             d.date("02.02.2026", "2026-02-02"),
             d.date("2/2/26", "2026-02-02"),
             d.date("31 décembre 2026", "2026-12-31"),
             d.date("2 févr. 2026", "2026-02-02"),
             d.date("4 février 2026", "2026-02-04")]
    d.reset()
    # an avenant cited by its notification date is a reference (session
    # 35 fixBJ: the contract's "a cited act identified by a number, a
    # date"; Séranne's / Cassagnes's "marché n° … notifié le …" take the
    # notification date as the act's date)
    refs = [d.ref("deliberation", "délibération n° 2024-118 du 9 décembre 2024",
                  number="2024-118", date="2024-12-09"),
            d.ref("convention", "avenant, notifié le 02.02.2026", date="2026-02-02")]
    d.reset()
    ids = [d.ident("postal_code", "11400", "11400"),
           d.ident("email", "contact@cc-arbousse.fr", "contact@cc-arbousse.fr")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "Communauté de communes du Pays d'Arbousse",
             "body": "CONSEIL COMMUNAUTAIRE"},
            None, "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE Séance du lundi 2 février 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb},
            votes=votes, sigs=sigs, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def val_de_sevre_convention():
    """CONVENTION DE FINANCEMENT with amounts in WORDS AND FIGURES mixed,
    k€ / millions d'euros, HT/TTC pairs, per-month rent, percentages and
    OLD FRANCS (F, FF, "francs") with their euro conversion."""
    d = DocH("departement-val-de-sevre-convention-financement-2026-117")
    verb = d.span("Il est convenu ce qui suit")
    arts = [art(d, "1", "OBJET", "ARTICLE 1 – OBJET", "La présente", "l'année 2026."),
            art(d, "2", "MONTANT ET MODALITÉS", "ARTICLE 2 – MONTANT ET MODALITÉS",
                "La participation", "tranche\nprécédente."),
            art(d, "3", "MISE À DISPOSITION", "ARTICLE 3 – MISE À DISPOSITION",
                "Le Département loue", "par an."),
            art(d, "4", "DURÉE", "ARTICLE 4 – DURÉE", "La convention", "31 mai 2028.")]
    sigs = [d.signature("Pour le Département,", "Olivier BRANGER",
                        "Pour le Département, Le Président du Conseil départemental",
                        "Olivier BRANGER", "Saint-Aubin-la-Sèvre", "2026-05-29",
                        at="Pour le Département,  "),
            d.signature("Pour l'Association,", "Josiane FERCHAUD",
                        "Pour l'Association, La Présidente", "Josiane FERCHAUD",
                        "Saint-Aubin-la-Sèvre", "2026-05-29")]
    d.reset("PRÉAMBULE")
    amounts = [frf(d.amount("cinquante mille francs", 50000)),
               frf(d.amount("50 000 F", 50000)),
               d.amount("7 622,45 euros", 7622.45),
               frf(d.amount("80 000 FF", 80000)),
               d.amount("12 195,92 €", 12195.92),
               d.amount("2,5 millions d'euros", 2500000),
               d.amount("un million deux cent\nmille euros", 1200000),
               d.amount("douze mille cinq cents euros", 12500),
               d.amount("12 500 €", 12500),
               d.amount("4 000 €", 4000),
               d.amount("50 000 €", 50000, tax="HT"),
               d.amount("60 000 €", 60000, tax="TTC"),
               d.amount("5 000 €", 5000),
               d.amount("6 000 €", 6000),
               d.amount("6 500,00 €", 6500),
               d.amount("15 k€", 15000),
               d.amount("350 euros", 350, tax="TTC"),
               d.amount("4 200 €", 4200)]
    d.reset()
    dates = [d.date("18 mai 2026", "2026-05-18"),
             d.date("1er juin 2026", "2026-06-01"),
             d.date("31 mai 2028", "2028-05-31"),
             d.date("29 mai 2026", "2026-05-29")]
    d.reset()
    refs = [d.ref("deliberation", "délibération\nde la commission permanente n° CP-2026-05-22 "
                  "du 18 mai 2026", number="CP-2026-05-22", date="2026-05-18")]
    d.reset()
    ids = [d.ident("postal_code", "79420", "79420"),
           d.ident("siret", "442 187 365 00022", "44218736500022"),
           d.ident("postal_code", "79330", "79330")]
    a = doc(d, "convention", [0, len(d.raw)],
            # the service line is the body (session 35 fixBJ: as the
            # Vallonne CPO, Lunel-Viel, Séranne conventions' gold)
            {"collectivity": "DÉPARTEMENT DU VAL-DE-SÈVRE",
             "body": "Direction de la culture et du patrimoine"},
            "2026-117",
            "CONVENTION DE FINANCEMENT N° 2026-117 relative à la restauration du moulin de "
            "Cazal",
            dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    saint_jory_tarifs()
    brenne_emprunt()
    arbousse_pv()
    val_de_sevre_convention()
