#!/usr/bin/env python3
"""Hand-written gold for the four documents of the blind set K (corpusK;
see corpus/extra-pending/README.md, section "Blind set (corpusK)") moved
here from corpus/extra-pending once the tool scored 1.0000 on them
(commune-deleguee-fontenelles-registre-2024-10-07 in session 12; the
three others in session 13).
Run: python3 make_gold_k.py

Same conventions and tooling as make_gold_j.py (_goldlib.DocB).  Every
value below was decided by hand from the text and
/work/shared/spec/output.md, before the tool was run on these files.
"""
from _goldlib import CGCT, DocB, attendance, doc  # noqa: F401


# ---------------------------------------------------------------- (a)
def fontenelles_registre():
    """register page of the conseil of a commune déléguée (commune
    nouvelle) holding TWO avis-délibérations of one séance: centred
    letterhead "COMMUNE DE VAL-DE-SÉNELLE / Commune nouvelle – … / Commune
    déléguée de …", "REGISTRE DES DÉLIBÉRATIONS / CONSEIL DE LA COMMUNE
    DÉLÉGUÉE DE …", "Feuillet n° 2024/17" top right and in the footer, the
    séance block (counts on one line, date in words, lists) printed ONCE
    above both acts, "Avait donné pouvoir : X à Y.", each act "DÉLIBÉRATION
    N° CD-FON-2024-0n" + "Objet :", "ÉMET un avis favorable", the first act
    with a one-line vote "Résultat du vote :   Pour : 7   Contre : 0
    Abstentions : 2", the second a dotted-leader subsidy list and
    "à l'unanimité des membres présents et représentés", one signature
    after the second act ("Fait et délibéré à …, les jour, mois et an que
    dessus."), then "Ont signé au registre les membres présents :" with
    the eight names SURNAME-first in four columns"""
    d = DocB("commune-deleguee-fontenelles-registre-2024-10-07")
    issuer = {"collectivity": "COMMUNE DE VAL-DE-SÉNELLE",
              "body": "CONSEIL DE LA COMMUNE DÉLÉGUÉE DE FONTENELLES"}
    d.reset("sous la présidence de")
    pres = d.P("Mme Nadine CORBIN")
    d.reset("Étaient présents")
    present = d.persons(
        "Mme Nadine CORBIN", "M. Alain PERRAUD", "Mme Sylvie JOUBERT", "M. Marc TESSIER",
        "Mme Odile BLANCHARD", "M. Paul GUÉRIN", "Mme Yvette RAGOT", "M. Cédric LHOMMEAU")
    # "Avait donné pouvoir : X à Y": a proxy only (as "Absents ayant donné
    # procuration")
    px = [d.proxy("M. Bruno FOUQUET", "Mme Nadine CORBIN")]
    excused = d.persons("Mme Justine HARDY", "M. Éric VALLÉE")
    sec = d.P("M. Alain PERRAUD", at="Secrétaire :")
    session = {"date": "2024-10-07", "place": "mairie annexe de Fontenelles",
               "convened_on": "2024-09-30", "president": pres, "secretary": sec}

    def att():
        return attendance(present, excused, (), px, in_office=11, present_n=8,
                          represented=1, voting=9)

    start2 = d.b(d.locate("DÉLIBÉRATION N° CD-FON-2024-10", seq=False)[0])
    # act 1
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    visas1 = [d.clause("Vu le code général des collectivités territoriales ;"),
              d.clause("Vu la délibération du conseil municipal de Val-de-Sénelle n° 2019-003 du "
                       "7 janvier 2019 relative à la création du conseil de la commune déléguée "
                       "de Fontenelles ;")]
    dec1 = {"verb": "ÉMET", "span": d.span("ÉMET")}
    votes1 = [d.vote("Résultat du vote :   Pour : 7     Contre : 0     Abstentions : 2",
                     7, 0, 2)]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    amounts1 = [d.amount("148 000 €", 148000), d.amount("152 000 €", 152000)]
    d.reset()
    # "rentrée de septembre 2023" has no day: no date; the date in words
    # starts at "sept" (SMICTOM "Le neuf octobre …")
    dates1 = [d.date("lundi 7 octobre 2024", "2024-10-07"),
              d.date("sept octobre deux mille vingt-quatre", "2024-10-07"),
              d.date("30 septembre 2024", "2024-09-30"),
              d.date("2 août 2024", "2024-08-02"),
              d.date("11 septembre 2024", "2024-09-11"),
              d.date("17 octobre 2024", "2024-10-17"),
              d.date("7 janvier 2019", "2019-01-07")]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-09")
    # "section AB n° 212" is cadastre, no reference
    refs1 = [d.ref("code", "articles L.2113-17 et L.2511-15 du code général des collectivités "
                   "territoriales", code=CGCT, articles=["L.2113-17", "L.2511-15"]),
             d.ref("code", "code général des collectivités territoriales", code=CGCT,
                   at="Vu le code général"),
             d.ref("deliberation", "délibération du conseil municipal de Val-de-Sénelle n° "
                   "2019-003 du 7 janvier 2019", number="2019-003", date="2019-01-07")]
    d.reset()
    ids1 = [d.ident("postal_code", "72260", "72260"),
            d.ident("siret", "823 415 062 00012", "82341506200012")]
    a = doc(d, "deliberation", [0, start2], issuer, "CD-FON-2024-09",
            "Avis sur la désaffectation et la cession de l'ancienne école de Fontenelles",
            session=dict(session), att=att(), visas=visas1, dec=dec1, votes=votes1,
            amounts=amounts1, dates=dates1, refs=refs1, ids=ids1)
    # act 2: no séance block of its own; ARGUABLE: the block printed once
    # above both acts (session, lists, counts) is its séance too
    d.reset("DÉLIBÉRATION N° CD-FON-2024-10")
    dec2 = {"verb": "ÉMET", "span": d.span("ÉMET")}
    votes2 = [d.vote("à l'unanimité des membres présents et représentés", unanimous=True,
                     at="DÉLIBÉRATION N° CD-FON-2024-10")]
    # "Ont signé au registre les membres présents : …" (names without role)
    # is neither a signature nor an attendance list
    sigs2 = [d.signature("La Maire déléguée,", "Nadine CORBIN", "La Maire déléguée",
                         "Nadine CORBIN", "Fontenelles", "2024-10-07",
                         at="Fait et délibéré à Fontenelles")]
    d.reset("DÉLIBÉRATION N° CD-FON-2024-10")
    amounts2 = [d.amount("1 200 €", 1200), d.amount("2 300 €", 2300), d.amount("450 €", 450),
                d.amount("3 950 €", 3950)]
    b = doc(d, "deliberation", [start2, len(d.raw)], issuer, "CD-FON-2024-10",
            "Avis sur les subventions 2025 aux associations de Fontenelles",
            session=dict(session), att=att(), dec=dec2, votes=votes2, sigs=sigs2,
            amounts=amounts2)
    d.write([a, b])


# ---------------------------------------------------------------- (b)
def sdis_budget():
    """délibération of a SDIS conseil d'administration adopting its budget
    primitif voted by chapter: two-column letterhead (the SDIS name on two
    lines left, "CONSEIL D'ADMINISTRATION" / "Réunion du jeudi …" right),
    SIRET and phone, "Rapporteur :" under the OBJET, counts on one line
    separated by dashes, present list split by college ("Représentants du
    Département :" / "Représentants des communes et des EPCI :"), roles
    after names, "Excusés ayant donné pouvoir : X (pouvoir à Y)", advisory
    members named with their military rank ("Colonel Hervé MARCHAND,
    directeur départemental ;", "Médecin-colonel …", "Commandant …",
    "Adjudant-chef …"), code range, "du même code", two chapter tables
    (Chapitre / Libellé / Dépenses / Recettes, TOTAL rows), running footer
    + form feed, "ADOPTE … voté par chapitre … selon les votes suivants :"
    with three votes in a dash list (a chapter, a group of chapters, "tous
    les autres chapitres … à l'unanimité"), PRÉCISE / AUTORISE verb
    paragraphs, hyphenated line ends ("établisse-/ments", "exer-/cice",
    "profession-/nels", "com-/munes"), ACTES id"""
    d = DocB("sdis-haute-brenne-ca-2024-38")
    d.reset("sous la présidence de")
    pres = d.P("M. Bertrand FOUCHER")
    d.reset("Étaient présents avec voix délibérative")
    # college labels are no names and do not end the list (CCAS)
    present = d.persons(
        "M. Bertrand FOUCHER", "Mme Annick DELAGE", "M. Gilles PERRIN", "Mme Sophie LAMBERTIN",
        "M. Yves CARRÉ", "Mme Martine BOISSEAU", "M. Olivier DUVERNOIS", "Mme Chantal REBOUL",
        "M. Patrick GIRAUDEAU", "Mme Isabelle THÉVENOT", "M. Daniel AUCLAIR",
        "Mme Hélène MOREL-DESCHAMPS", "M. Frédéric BOUTET", "Mme Nathalie CHARPENTIER",
        "M. Lucien PASQUET", "M. Rémy JOLIVET", "Mme Éliane VERGNAUD")
    # "Excusés ayant donné pouvoir : X (pouvoir à Y)": X in excused and proxies
    d.reset("Excusés ayant donné pouvoir")
    excused = d.persons("Mme Corinne LÉGER", "M. Thierry BRUNEAU", "Mme Véronique AUGER",
                        "M. Jean-Luc FERRAND")
    d.reset("Excusés ayant donné pouvoir")
    px = [d.proxy("Mme Corinne LÉGER", "M. Bertrand FOUCHER"),
          d.proxy("M. Thierry BRUNEAU", "Mme Annick DELAGE"),
          d.proxy("Mme Véronique AUGER", "M. Daniel AUCLAIR"),
          d.proxy("M. Jean-Luc FERRAND", "M. Gilles PERRIN")]
    excused.append(d.P("M. Alain ROUSSEAU", at="Excusé : "))
    # judgement: a military rank is no civility of the contract (civility
    # null) and, like a role, stays out of the name's span and text
    d.reset("Assistaient avec voix consultative")
    adv = [d.S("Hervé MARCHAND", None, "Hervé", "MARCHAND"),
           d.S("Claire VASSEUR", None, "Claire", "VASSEUR"),
           d.S("Julien ROBIN", None, "Julien", "ROBIN"),
           d.S("Sébastien LEMAIRE", None, "Sébastien", "LEMAIRE")]
    sec = d.P("Mme Nathalie CHARPENTIER", at="Secrétaire de séance")
    d.reset("Secrétaire de séance")
    visas = [
        d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                 "L.1424-1 à L.1424-50, L.1612-1 et L.1612-2 ;"),
        d.clause("Vu l'instruction budgétaire et comptable M57 ;"),
        d.clause("Vu la délibération n° CA-2024-29 du 17 octobre 2024 prenant acte du débat "
                 "d'orientation budgétaire pour 2025 ;"),
        d.clause("Vu la délibération du conseil départemental n° 24-DF-112 du 25 novembre 2024 "
                 "fixant le montant de la contribution du Département au budget du SDIS pour "
                 "2025 ;"),
        d.clause("Vu l'avis du comité social territorial du 3 décembre 2024 ;")]
    cons = [d.clause("Considérant que le montant prévisionnel des contributions des communes et "
                     "des établisse- ments publics de coopération intercommunale a été notifié "
                     "avant le 1er janvier de l'exer- cice, conformément à l'article L.1424-35 "
                     "du même code ;")]
    d.reset("après en avoir délibéré")
    dec = {"verb": "ADOPTE", "span": d.span("ADOPTE")}
    # three votes, as printed in the dash list; abstention / against null
    # where not printed (lavalette)
    votes = [d.vote("adopté par 17 voix pour et 4 voix contre", 17, 4, None),
             d.vote("adoptés par 19 voix pour et 2 abstentions", 19, None, 2),
             d.vote("adoptés à l'unanimité", unanimous=True)]
    sigs = [d.signature("Le Président du conseil d'administration,", "Bertrand FOUCHER",
                        "Le Président du conseil d'administration", "Bertrand FOUCHER",
                        "Vauclair-sur-Brenne", "2024-12-12")]
    d.reset("SECTION DE FONCTIONNEMENT")
    cells = ["4 812 500,00 €", "31 406 200,00 €", "618 000,00 €", "412 300,00 €",
             "2 150 000,00 €", "3 276 000,00 €", "385 000,00 €", "200 000,00 €",
             "41 620 000,00 €", "470 000,00 €", "42 675 000,00 €", "42 675 000,00 €",
             "245 000,00 €", "4 380 000,00 €", "2 270 000,00 €", "978 000,00 €",
             "610 000,00 €", "437 000,00 €", "1 400 000,00 €", "2 150 000,00 €",
             "3 276 000,00 €", "7 873 000,00 €", "7 873 000,00 €",
             "42 675 000,00 €", "7 873 000,00 €", "27 950 000,00 €", "13 670 000,00 €"]

    def val(t):
        return int(t.replace(" ", "").replace(",00", "").replace("€", ""))
    amounts = [d.amount(t, val(t)) for t in cells]
    d.reset()
    # the running footer's "12/12/2024" is furniture; "1er janvier de
    # l'exercice" has no year: no date
    dates = [d.date("jeudi 12 décembre 2024", "2024-12-12"),
             d.date("29 novembre 2024", "2024-11-29"),
             d.date("jeudi 12 décembre 2024", "2024-12-12"),
             d.date("17 octobre 2024", "2024-10-17"),
             d.date("25 novembre 2024", "2024-11-25"),
             d.date("3 décembre 2024", "2024-12-03"),
             d.date("12 décembre 2024", "2024-12-12", at="Fait à Vauclair"),
             d.date("16/12/2024", "2024-12-16"),
             d.date("17/12/2024", "2024-12-17")]
    d.reset("Secrétaire de séance")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L.1424-1 à L.1424-50, L.1612-1 et L.1612-2", code=CGCT,
                  articles=["L.1424-1", "L.1424-50", "L.1612-1", "L.1612-2"]),
            d.ref("deliberation", "délibération n° CA-2024-29 du 17 octobre 2024",
                  number="CA-2024-29", date="2024-10-17"),
            d.ref("deliberation", "délibération du conseil départemental n° 24-DF-112 du 25 "
                  "novembre 2024", number="24-DF-112", date="2024-11-25"),
            d.ref("code", "article L.1424-35 du même code", code=CGCT, articles=["L.1424-35"])]
    d.reset()
    ids = [d.ident("postal_code", "36410", "36410"),
           d.ident("phone", "02 54 61 30 00", "0254613000"),
           d.ident("siret", "287 600 142 00015", "28760014200015"),
           d.ident("acte", "036-287600142-20241212-CA2024_38-DE",
                   "036-287600142-20241212-CA2024_38-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE LA HAUTE-BRENNE",
             "body": "CONSEIL D'ADMINISTRATION"},
            "CA-2024-38", "Budget primitif 2025 du budget principal – Vote par chapitre",
            session={"date": "2024-12-12",
                     "place": "salle de l'état-major de la direction départementale",
                     "convened_on": "2024-11-29", "president": pres, "secretary": sec},
            att=attendance(present, excused, (), px, adv_p=adv, in_office=22, present_n=17,
                           represented=4, voting=21),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (c)
def villers_seconde_convocation():
    """municipal délibération taken at a séance re-convened after a first
    one without quorum (art. L.2121-17 CGCT): ACTES "Accusé de réception"
    stamp in the right column of the letterhead, "Séance du mardi …
    (seconde convocation)", counts one per line under "Nombre de
    conseillers :", a paragraph telling the first convocation, the missed
    séance ("cinq conseillers présents sur quinze") and the second
    convocation, date in words, "Absents ayant donné procuration : X à Y ;",
    "Absents excusés :", "Absents :", a visa of the "procès-verbal de
    carence", a tariff table with two € columns, the vote in words inside
    the deciding sentence ("par six voix pour, une voix contre et une
    abstention :") cut from its dash verb list by a page footer + form
    feed and a continuation header "Délibération n° … (suite)", "Au
    registre suivent les signatures.", "Pour extrait conforme," / "À …, le
    …" above the role, "Certifié exécutoire …" with two dd/mm/yyyy dates;
    hyphenated line ends ("conseil-/lers", "collec-/tivités",
    "restau-/ration")"""
    d = DocB("commune-villers-les-epines-seconde-convocation-2024-041")
    d.reset("sous la présidence de")
    pres = d.P("M. Gérard THOUVENIN")
    d.reset("Présents :")
    present = d.persons(
        "M. Gérard THOUVENIN", "Mme Odile MARCHAL", "M. Denis COLLARD", "Mme Brigitte HUSSON",
        "M. Jacky PIERSON", "Mme Laëtitia GOBERT")
    # "Absents ayant donné procuration : X à Y": proxies only (contract)
    px = [d.proxy("M. Fabrice LEFORT", "M. Gérard THOUVENIN"),
          d.proxy("Mme Ginette ROYER", "Mme Odile MARCHAL")]
    excused = d.persons("M. Romain CLÉMENT", "Mme Audrey BERTIN", "M. Kévin DROUET")
    absent = d.persons("M. Lionel MASSON", "Mme Corinne PETITJEAN", "M. Julien NOËL",
                        "Mme Sabrina LAURENT")
    sec = d.P("Mme Brigitte HUSSON", at="Secrétaire de séance")
    d.reset("Secrétaire de séance")
    visas = [
        d.clause("Vu le code général des collectivités territoriales, et notamment ses articles "
                 "L.2121-17 et L.2121-29 ;"),
        d.clause("Vu la délibération n° 2023-052 du 12 décembre 2023 fixant les tarifs communaux "
                 "pour 2024 ;"),
        d.clause("Vu le procès-verbal de carence établi le 14 novembre 2024, constatant que le "
                 "quorum n'était pas atteint ;")]
    cons = [d.clause("Considérant la hausse de 4,2 % du prix des repas facturé par le prestataire "
                     "de la restau- ration scolaire à compter du 1er janvier 2025 ;")]
    votes = [d.vote("par six voix pour, une voix contre et une abstention", 6, 1, 1)]
    d.reset("(suite)")
    dec = {"verb": "FIXE", "span": d.span("FIXE")}
    sigs = [d.signature("Le Maire,", "Gérard THOUVENIN", "Le Maire", "Gérard THOUVENIN",
                        "Villers-les-Épines", "2024-11-22", at="Pour extrait conforme")]
    d.reset("Prestation")
    cells = [("3,90 €", 3.9), ("4,05 €", 4.05), ("6,20 €", 6.2), ("6,40 €", 6.4),
             ("0,85 €", 0.85), ("0,90 €", 0.9), ("180,00 €", 180), ("190,00 €", 190),
             ("320,00 €", 320), ("340,00 €", 340), ("500,00 €", 500), ("500,00 €", 500)]
    amounts = [d.amount(t, v) for t, v in cells]
    d.reset()
    # stamp dates count; the ACTES id's date is no date; the running footer
    # "… Conseil municipal du 19 novembre 2024" (both pages) is furniture;
    # "Tarif 2024" / "2025" are no dates
    dates = [d.date("26/11/2024", "2024-11-26"),
             d.date("26/11/2024", "2024-11-26"),
             d.date("mardi 19 novembre 2024", "2024-11-19"),
             d.date("7 novembre 2024", "2024-11-07"),
             d.date("jeudi 14 novembre 2024", "2024-11-14"),
             d.date("15 novembre 2024", "2024-11-15"),
             d.date("mardi 19 novembre 2024", "2024-11-19"),
             d.date("L'an deux mille vingt-quatre, le dix-neuf novembre", "2024-11-19"),
             d.date("12 décembre 2023", "2023-12-12"),
             d.date("14 novembre 2024", "2024-11-14"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("1er janvier 2025", "2025-01-01"),
             d.date("22 novembre 2024", "2024-11-22"),
             d.date("26/11/2024", "2024-11-26"),
             d.date("26/11/2024", "2024-11-26")]
    d.reset("ne s'est pas réuni")
    # the procès-verbal de carence is a record (visa and date, no reference);
    # "Délibération n° 2024-041 (suite)" is the act's own number in a
    # continuation header (furniture), no reference
    refs = [d.ref("code", "article L.2121-17 du code général des collec- tivités territoriales",
                  code=CGCT, articles=["L.2121-17"]),
            d.ref("code", "code général des collectivités territoriales, et notamment ses "
                  "articles L.2121-17 et L.2121-29", code=CGCT,
                  articles=["L.2121-17", "L.2121-29"]),
            d.ref("deliberation", "délibération n° 2023-052 du 12 décembre 2023",
                  number="2023-052", date="2023-12-12")]
    d.reset()
    ids = [d.ident("acte", "051-215103417-20241119-2024_041-DE",
                   "051-215103417-20241119-2024_041-DE"),
           d.ident("postal_code", "51340", "51340")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE VILLERS-LES-ÉPINES", "body": "CONSEIL MUNICIPAL"},
            "2024-041", "Tarifs communaux 2025 – restauration scolaire, garderie périscolaire et "
            "location de la salle des fêtes",
            session={"date": "2024-11-19", "place": "mairie, salle du conseil",
                     # the convocation of THIS séance (the second one), not
                     # the 7 November one of the séance without quorum
                     "convened_on": "2024-11-15", "president": pres, "secretary": sec},
            att=attendance(present, excused, absent, px, in_office=15, present_n=6,
                           represented=2, voting=8),
            visas=visas, cons=cons, dec=dec, votes=votes, sigs=sigs, amounts=amounts,
            dates=dates, refs=refs, ids=ids)
    d.write([a])


# ---------------------------------------------------------------- (d)
def region_cp_groups():
    """extract of a conseil régional's commission permanente: TWO
    délibérations, one a page (letterhead repeated after a form feed), each
    "DÉLIBÉRATION N° 24-CP-12-0nn" + "Rapport n° nn – Commission …",
    two-line OBJET, its own séance sentence and counts line, visas (a
    règlement (UE) whose title cites "articles 107 et 108 du traité …"),
    DÉCIDE, "Article n :" (a beneficiaries table inside article 1), and a
    vote given PER GROUP: act 1 a table "Groupe / Pour / Contre /
    Abstention / NPPV" with "–" cells and a Total row, act 2 group names
    without counts ("Pour : groupes A et B ; Contre : groupe C ;
    Abstention : néant.") and "M. X, …, ne prend pas part au vote.", then
    "ADOPTÉ"; signature without "Fait à"; footer "Commission permanente du
    … – Délibération n° … Page 1/1" on each page"""
    d = DocB("region-val-de-loire-ocean-cp-2024-12-06")
    issuer = {"collectivity": "RÉGION VAL-DE-LOIRE-OCÉAN",
              "body": "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL"}
    i2 = d.locate("RÉGION VAL-DE-LOIRE-OCÉAN", n=2, seq=False)[0]
    start2 = d.b(i2)
    sig_role = "La Présidente du Conseil régional"

    # act 1
    d.reset()
    pres1 = d.P("Mme Catherine LE GOFF")
    d.reset("Membres en exercice")
    visas1 = [
        d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                 "L.4221-1 et L.4221-5 ;"),
        d.clause("Vu le règlement (UE) n° 2023/2831 de la Commission du 13 décembre 2023 relatif "
                 "à l'appli- cation des articles 107 et 108 du traité sur le fonctionnement de "
                 "l'Union européenne aux aides de minimis ;"),
        d.clause("Vu la délibération n° 24-AP-03-007 du Conseil régional du 28 mars 2024 portant "
                 "délégation d'attributions à la Commission permanente ;"),
        d.clause("Vu la délibération n° 23-AP-12-004 du 15 décembre 2023 approuvant le budget "
                 "primitif 2024 ;"),
        d.clause("Vu l'avis de la commission Économie, emploi et innovation du 26 novembre "
                 "2024 ;")]
    dec1 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts1 = [
        d.article("1", None, "Article 1 :",
                  "D'attribuer aux entreprises figurant dans le tableau ci-dessous les aides du "
                  "Fonds régional pour l'innovation, pour un montant total de 612 500 € : "
                  "Bénéficiaire Commune Nature Montant SAS Optiméca Cholet (49) Subvention "
                  "150 000 € SARL Biolamer Le Croisic (44) Avance remb. 220 000 € SAS Nautiflex "
                  "Les Sables (85) Subvention 92 500 € SCOP Atelier Granit Laval (53) Avance "
                  "remb. 150 000 € TOTAL 612 500 €"),
        d.article("2", None, "Article 2 :",
                  "D'affecter à cet effet une autorisation de programme de 612 500 € sur le "
                  "programme P 214 « Innovation et transfert de technologie » du budget "
                  "régional."),
        d.article("3", None, "Article 3 :",
                  "D'autoriser la Présidente à signer les conventions correspondantes.")]
    # per-group table: the counts are the Total row; for_groups the groups
    # with a number in the Pour column, names as printed; NPPV total 1 is
    # not_voting
    vote_text1 = d.src([d.b(d.locate("Résultat du vote :")[0]), d.b(d.locate("ADOPTÉ")[1])])
    d.reset("Résultat du vote")
    votes1 = [d.vote(vote_text1, 15, 5, 6, not_voting=1,
                     for_groups=["Union pour Val-de-Loire-Océan", "Non-inscrits"])]
    sigs1 = [d.signature(sig_role + ",", "Catherine LE GOFF", sig_role, "Catherine LE GOFF",
                         None, None)]
    d.reset()
    amounts1 = [d.amount(t, v) for t, v in (
        ("612 500 €", 612500), ("150 000 €", 150000), ("220 000 €", 220000),
        ("92 500 €", 92500), ("150 000 €", 150000), ("612 500 €", 612500),
        ("612 500 €", 612500))]
    d.reset()
    # the page footer's "6 décembre 2024" is furniture
    dates1 = [d.date("vendredi 6 décembre 2024", "2024-12-06"),
              d.date("6 décembre 2024", "2024-12-06"),
              d.date("13 décembre 2023", "2023-12-13"),
              d.date("28 mars 2024", "2024-03-28"),
              d.date("15 décembre 2023", "2023-12-15"),
              d.date("26 novembre 2024", "2024-11-26")]
    d.reset("Membres en exercice")
    # ARGUABLE: "articles 107 et 108 du traité …" belong to the règlement's
    # title, no reference of their own; "programme P 214" is a budget line;
    # the "Rapport n° 41" is a rapport (creuse)
    refs1 = [d.ref("code", "code général des collectivités territoriales, notamment ses "
                   "articles L.4221-1 et L.4221-5", code=CGCT,
                   articles=["L.4221-1", "L.4221-5"]),
             d.ref("reglement", "règlement (UE) n° 2023/2831 de la Commission du 13 décembre "
                   "2023", number="2023/2831", date="2023-12-13"),
             d.ref("deliberation", "délibération n° 24-AP-03-007 du Conseil régional du 28 "
                   "mars 2024", number="24-AP-03-007", date="2024-03-28"),
             d.ref("deliberation", "délibération n° 23-AP-12-004 du 15 décembre 2023",
                   number="23-AP-12-004", date="2023-12-15")]
    d.reset()
    ids1 = [d.ident("postal_code", "44204", "44204")]
    a = doc(d, "deliberation", [0, start2], issuer, "24-CP-12-041",
            "Fonds régional pour l'innovation – Attribution d'aides aux entreprises (4e tranche "
            "2024)",
            session={"date": "2024-12-06", "place": "Hôtel de Région", "convened_on": None,
                     "president": pres1, "secretary": None},
            att=attendance(in_office=29, present_n=23, represented=4, voting=27),
            visas=visas1, dec=dec1, arts=arts1, votes=votes1, sigs=sigs1, amounts=amounts1,
            dates=dates1, refs=refs1, ids=ids1)

    # act 2
    d.reset("DÉLIBÉRATION N° 24-CP-12-052")
    pres2 = d.P("Mme Catherine LE GOFF")
    d.reset("Membres en exercice : 29     Présents : 22")
    visas2 = [
        d.clause("Vu le code général des collectivités territoriales ;"),
        d.clause("Vu le code des transports, notamment son article L.1231-1 ;"),
        d.clause("Vu la délibération n° 24-AP-03-007 du Conseil régional du 28 mars 2024 portant "
                 "délégation d'attributions à la Commission permanente ;"),
        d.clause("Vu la délibération n° 24-CP-07-118 du 5 juillet 2024 approuvant le schéma "
                 "régional des pôles d'échanges ;")]
    cons2 = [d.clause("Considérant que le coût de l'opération est estimé à 3 400 000 € HT, dont "
                      "25 % à la charge de la Région ;")]
    dec2 = {"verb": "DÉCIDE", "span": d.span("DÉCIDE")}
    arts2 = [
        d.article("1", None, "Article 1 :",
                  "D'approuver la convention de financement à conclure avec la commune de "
                  "Pornelle-sur-Mer pour l'aménagement du pôle d'échanges multimodal de la gare."),
        d.article("2", None, "Article 2 :",
                  "D'attribuer à la commune de Pornelle-sur-Mer une subvention d'un montant "
                  "maximal de 850 000 €, imputée sur le programme P 512 « Intermodalité »."),
        d.article("3", None, "Article 3 :",
                  "D'autoriser la Présidente à signer la convention et ses éventuels avenants.")]
    # group names without counts: for / against null (not printed),
    # "Abstention : néant" is 0 ("ONT VOTE CONTRE : /" means 0); the shared
    # plural "groupes" left out of each group (region hautes-terres); the
    # member who does not vote gives not_voting 1 and is no attendance
    vote_text2 = d.src([d.b(d.locate("Vote : Pour :")[0]), d.b(d.locate("ADOPTÉ")[1])])
    d.reset("Vote : Pour :")
    votes2 = [d.vote(vote_text2, None, None, 0, not_voting=1,
                     for_groups=["Union pour Val-de-Loire-Océan", "Écologistes et solidaires"])]
    sigs2 = [d.signature(sig_role + ",", "Catherine LE GOFF", sig_role, "Catherine LE GOFF",
                         None, None, at="Vote : Pour :")]
    d.reset("DÉLIBÉRATION N° 24-CP-12-052")
    amounts2 = [d.amount("3 400 000 €", 3400000, tax="HT"), d.amount("850 000 €", 850000)]
    d.cursor = i2
    dates2 = [d.date("vendredi 6 décembre 2024", "2024-12-06"),
              d.date("6 décembre 2024", "2024-12-06"),
              d.date("28 mars 2024", "2024-03-28"),
              d.date("5 juillet 2024", "2024-07-05")]
    d.reset("Membres en exercice : 29     Présents : 22")
    refs2 = [d.ref("code", "code général des collectivités territoriales", code=CGCT),
             d.ref("code", "code des transports, notamment son article L.1231-1",
                   code="Code des transports", articles=["L.1231-1"]),
             d.ref("deliberation", "délibération n° 24-AP-03-007 du Conseil régional du 28 "
                   "mars 2024", number="24-AP-03-007", date="2024-03-28"),
             d.ref("deliberation", "délibération n° 24-CP-07-118 du 5 juillet 2024",
                   number="24-CP-07-118", date="2024-07-05")]
    d.cursor = i2
    ids2 = [d.ident("postal_code", "44204", "44204")]
    b = doc(d, "deliberation", [start2, len(d.raw)], issuer, "24-CP-12-052",
            "Pôle d'échanges multimodal de Pornelle-sur-Mer – Convention de financement avec la "
            "commune",
            session={"date": "2024-12-06", "place": "Hôtel de Région", "convened_on": None,
                     "president": pres2, "secretary": None},
            att=attendance(in_office=29, present_n=22, represented=4, voting=26),
            visas=visas2, cons=cons2, dec=dec2, arts=arts2, votes=votes2, sigs=sigs2,
            amounts=amounts2, dates=dates2, refs=refs2, ids=ids2)
    d.write([a, b])

if __name__ == "__main__":
    fontenelles_registre()
    sdis_budget()
    villers_seconde_convocation()
    region_cp_groups()
