#!/usr/bin/env python3
"""Hand-written gold for the blind set AM (corpusAM) of corpus/extra-pending
(see README.md, section "Blind set (corpusAM)").
Run: python3 make_gold_am.py

Same conventions and tooling as make_gold_al.py (corpus/extra/_goldlib.py,
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
from _goldlib import CCP, CGCT, CTRA, DocH, art, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def piscine_trois_fonts():
    """Délibération of a SYNDICAT INTERCOMMUNAL's COMITÉ SYNDICAL with
    WEIGHTED VOTES (voix per délégué by commune, a pondération paragraph),
    attendance listed PER MEMBER COMMUNE ("Commune de X (2 délégués, 40
    voix)" then indented "Présents :" / "Présente :" / "Excusé ayant donné
    pouvoir :" / "Absent :" lines), sitting suppléants inside the present
    lines ("M. X, suppléant de\\n Mme Y", cut by a line break), counts with
    voix in brackets on two lines, a contributions table per commune in
    article 1, the vote in VOIX one per line ("Pour : 86 voix / Contre : 8
    voix (M. X) / Abstention : 0 voix") then "adoptée à la majorité des
    voix pondérées"."""
    d = DocH("si-piscine-trois-fonts-cs-2026-11")
    pres = d.P("M. Alain PERRICHON", at="sous la présidence de")
    present = d.persons("M. Alain PERRICHON", "Mme Sylvie DARDENNE", at="Présents : M. Alain")
    present += d.persons("Mme Hélène VIGUIER", at="Présente : Mme Hélène")
    x1 = d.P("M. Thomas BRUGÈRE", at="Excusé ayant donné pouvoir")
    h1 = d.P("Mme Hélène VIGUIER")
    present += d.persons("M. Rémi CASTAGNÉ", "M. Luc AMBLARD", at="Commune de Fonteilles (2")
    present += d.persons("Mme Nadine ROUQUIER", at="Présente : Mme Nadine")
    ab1 = d.P("M. Pierre VALADOUX", at="Absent :")
    present += d.persons("Mme Anne-Marie GAILLAC", "M. Joseph TEYSSIER",
                         at="Commune de Combes-d'Oule (2")
    sec = d.P("Mme Nadine ROUQUIER", at="Secrétaire de séance")
    att = attendance(present, [x1], [ab1], [d.proxy(x1, h1)], in_office=10, present_n=8,
                     represented=1, voting=9)
    session = {"date": "2026-10-15",
               "place": "salle du conseil de la mairie de Lavaur-les-Fonts",
               "convened_on": "2026-10-06", "president": pres, "secretary": sec}
    d.reset("du coût de l'énergie")
    visas = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                      "L. 5212-19 et L. 5212-20 ;"),
             d.clause("Vu les statuts du syndicat approuvés par l'arrêté préfectoral n° "
                      "2019-DRCL-0412 du 18 juin 2019 ;"),
             d.clause("Vu la délibération n° CS-2026-04 du 26 mars 2026 approuvant le budget "
                      "primitif 2026 ;"),
             d.clause("Vu l'avis du bureau syndical du 1er octobre 2026 ;")]
    cons = [d.clause("Considérant la nécessité d'assurer l'équilibre du budget 2027 du syndicat ;")]
    verb = d.span("DÉCIDE")
    arts = [art(d, "1", None, "Article 1er :", "Le montant total", "TOTAL 5 232 100 % 312 600 €"),
            art(d, "2", None, "Article 2 :", "La participation est appelée", "31 janvier 2027."),
            art(d, "3", None, "Article 3 :", "Le Président est chargé", "délibération.")]
    votes = [d.vote("Pour : 86 voix Contre : 8 voix (M. Rémi CASTAGNÉ) Abstention : 0 voix La "
                    "délibération est adoptée à la majorité des voix pondérées.",
                    for_=86, against=8, abstention=0)]
    sigs = [d.signature("Le Président,", "Alain PERRICHON", "Le Président", "Alain PERRICHON",
                        "Lavaur-les-Fonts", "2026-10-19", at="Pour extrait conforme")]
    d.reset()
    amounts = [d.amount("312 600 €", 312600, at="Le Président rappelle"),
               d.amount("298 400 €", 298400),
               d.amount("312 600 €", 312600, at="Article 1er :"),
               d.amount("131 962 €", 131962),
               d.amount("77 824 €", 77824),
               d.amount("51 482 €", 51482),
               d.amount("36 947 €", 36947),
               d.amount("14 385 €", 14385),
               d.amount("312 600 €", 312600)]
    d.reset()
    dates = [d.date("jeudi 15 octobre 2026", "2026-10-15"),
             d.date("L'an deux mille vingt-six, le quinze octobre", "2026-10-15"),
             d.date("6 octobre 2026", "2026-10-06"),
             d.date("1er janvier 2027", "2027-01-01"),
             d.date("18 juin 2019", "2019-06-18"),
             d.date("26 mars 2026", "2026-03-26"),
             d.date("1er octobre 2026", "2026-10-01"),
             d.date("31 janvier 2027", "2027-01-31"),
             d.date("19 octobre 2026", "2026-10-19"),
             d.date("20/10/2026", "2026-10-20"),
             d.date("21/10/2026", "2026-10-21")]
    d.reset("du coût de l'énergie")
    refs = [d.ref("code", "code général des collectivités territoriales, notamment ses articles "
                  "L. 5212-19 et L. 5212-20", code=CGCT, articles=["L.5212-19", "L.5212-20"]),
            d.ref("arrete", "arrêté préfectoral n° 2019-DRCL-0412 du 18 juin 2019",
                  number="2019-DRCL-0412", date="2019-06-18"),
            d.ref("deliberation", "délibération n° CS-2026-04 du 26 mars 2026",
                  number="CS-2026-04", date="2026-03-26")]
    d.reset()
    ids = [d.ident("postal_code", "63590", "63590"),
           d.ident("phone", "04 73 52 18 40", "0473521840"),
           d.ident("siren", "253 841 092", "253841092"),
           d.ident("acte", "063-253841092-20261015-CS2026_11-DE",
                   "063-253841092-20261015-CS2026_11-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "SYNDICAT INTERCOMMUNAL DE LA PISCINE DES TROIS-FONTS",
             "body": "COMITÉ SYNDICAL"},
            "CS-2026-11",
            "Participation des communes membres aux charges de fonctionnement de la piscine "
            "intercommunale – exercice 2027",
            session=session, att=att, visas=visas, cons=cons,
            dec={"verb": "DÉCIDE", "span": verb}, arts=arts, votes=votes, sigs=sigs,
            amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def morlange_recueil():
    """RECUEIL DES ACTES ADMINISTRATIFS of a communauté d'agglomération:
    cover (letterhead, "RECUEIL DES ACTES ADMINISTRATIFS" / "N° 2026-03 –
    Mars 2026" on the next line, the délégation line citing L. 5211-10,
    "Date de mise en ligne", a SOMMAIRE of the three decisions with dotted
    leaders and page numbers, a url), then THREE DÉCISIONS DU PRÉSIDENT,
    each on a new page (form feed) with no letterhead of its own: "DÉCISION
    DU PRÉSIDENT N° DP-2026-0nn", Objet, "Le Président de …," visas (the
    délégation délibération), "DÉCIDE :", "Article n :", "Fait à …" /
    "Le Président," / name; the second decision followed by its ANNEX (new
    page, a tariff table); the third signed with a date in words."""
    d = DocH("ca-val-de-morlange-recueil-2026-03")
    coll = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE"
    starts = []
    pos = 0
    while True:
        k = d.s.find("DÉCISION DU PRÉSIDENT N°", pos)
        if k < 0:
            break
        starts.append(k)
        pos = k + 1
    assert len(starts) == 3
    B = [d.b(k) for k in starts] + [len(d.raw)]
    # ---- cover ----------------------------------------------------------
    d.reset()
    ids0 = [d.ident("postal_code", "71204", "71204"),
            d.ident("phone", "03 85 41 60 00", "0385416000"),
            d.ident("email", "courrier@agglo-valdemorlange.fr", "courrier@agglo-valdemorlange.fr"),
            d.ident("siren", "200 073 484", "200073484"),
            d.ident("url", "www.agglo-valdemorlange.fr", "www.agglo-valdemorlange.fr",
                    at="consultable")]
    d.reset()
    refs0 = [d.ref("code", "article L. 5211-10 du code général des collectivités territoriales",
                   code=CGCT, articles=["L.5211-10"]),
             d.ref("decision", "Décision n° DP-2026-041 du 4 mars 2026", number="DP-2026-041",
                   date="2026-03-04"),
             d.ref("decision", "Décision n° DP-2026-047 du 12 mars 2026", number="DP-2026-047",
                   date="2026-03-12"),
             d.ref("decision", "Décision n° DP-2026-052 du 24 mars 2026", number="DP-2026-052",
                   date="2026-03-24")]
    d.reset()
    dates0 = [d.date("2 avril 2026", "2026-04-02"),
              d.date("4 mars 2026", "2026-03-04"),
              d.date("12 mars 2026", "2026-03-12"),
              d.date("24 mars 2026", "2026-03-24")]
    cover = doc(d, "other", [0, B[0]], {"collectivity": coll, "body": None}, "2026-03",
                "RECUEIL DES ACTES ADMINISTRATIFS", dates=dates0, refs=refs0, ids=ids0)
    check_inside(cover)
    issuer = {"collectivity": coll, "body": "Le Président"}

    def cgct_visa(arts_text, arts):
        return d.ref("code", "code général des collectivités territoriales, notamment " + arts_text,
                     code=CGCT, articles=arts)

    def deleg():
        return d.ref("deliberation", "délibération n° CC-2026-012 du 29 janvier 2026",
                     number="CC-2026-012", date="2026-01-29")

    # ---- DP-2026-041 ----------------------------------------------------
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-041")
    v1 = [d.clause("Vu le code général des collectivités territoriales, notamment son article "
                   "L. 5211-10 ;"),
          d.clause("Vu la délibération n° CC-2026-012 du 29 janvier 2026 portant délégation "
                   "d'attributions au Président ;"),
          d.clause("Vu le code de la commande publique, notamment ses articles L. 2123-1 et "
                   "R. 2123-1 ;"),
          d.clause("Vu le rapport d'analyse des offres du 23 février 2026 ;")]
    c1 = [d.clause("Considérant que l'offre de la société Sécurivision Bourgogne est l'offre "
                   "économiquement la plus avantageuse ;")]
    verb1 = d.span("DÉCIDE")
    a1 = [art(d, "1", None, "Article 1er :", "Le marché de maintenance", "reconductible trois fois."),
          art(d, "2", None, "Article 2 :", "La dépense sera imputée", "budget principal."),
          art(d, "3", None, "Article 3 :", "La présente décision", "conseil communautaire.")]
    s1 = [d.signature("Le Président,", "Gérard VAUCHERET", "Le Président", "Gérard VAUCHERET",
                      "Morlange", "2026-03-04", at="Fait à Morlange, le 4 mars")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-041")
    am1 = [d.amount("23 480,00 €", 23480, tax="HT"), d.amount("28 176,00 €", 28176, tax="TTC")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-041")
    dt1 = [d.date("29 janvier 2026", "2026-01-29"), d.date("23 février 2026", "2026-02-23"),
           d.date("4 mars 2026", "2026-03-04")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-041")
    r1 = [cgct_visa("son article L. 5211-10", ["L.5211-10"]), deleg(),
          d.ref("code", "code de la commande publique, notamment ses articles L. 2123-1 et "
                "R. 2123-1", code=CCP, articles=["L.2123-1", "R.2123-1"])]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-041")
    i1 = [d.ident("postal_code", "71100", "71100"),
          d.ident("siret", "819 453 721 00014", "81945372100014")]
    dp1 = doc(d, "other", [B[0], B[1]], issuer, "DP-2026-041",
              "Attribution du marché de maintenance des équipements de vidéoprotection",
              visas=v1, cons=c1, dec={"verb": "DÉCIDE", "span": verb1}, arts=a1, sigs=s1,
              amounts=am1, dates=dt1, refs=r1, ids=i1)
    check_inside(dp1)
    # ---- DP-2026-047 (with its annex) -----------------------------------
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-047")
    v2 = [d.clause("Vu le code général des collectivités territoriales, notamment son article "
                   "L. 5211-10 ;"),
          d.clause("Vu la délibération n° CC-2026-012 du 29 janvier 2026 portant délégation "
                   "d'attributions au Président, notamment son point 6 ;"),
          d.clause("Vu le code des transports, notamment son article L. 1221-12 ;")]
    verb2 = d.span("DÉCIDE")
    a2 = [art(d, "1", None, "Article 1er :", "Les tarifs de la navette",
              "annexe à la présente décision."),
          art(d, "2", None, "Article 2 :", "Les recettes seront", "budget annexe des transports.")]
    s2 = [d.signature("Le Président,", "Gérard VAUCHERET", "Le Président", "Gérard VAUCHERET",
                      "Morlange", "2026-03-12", at="Fait à Morlange, le 12 mars")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-047")
    dt2 = [d.date("29 janvier 2026", "2026-01-29"), d.date("4 juillet 2026", "2026-07-04"),
           d.date("30 août 2026", "2026-08-30"), d.date("12 mars 2026", "2026-03-12")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-047")
    r2 = [cgct_visa("son article L. 5211-10", ["L.5211-10"]), deleg(),
          d.ref("code", "code des transports, notamment son article L. 1221-12", code=CTRA,
                articles=["L.1221-12"])]
    d.reset("ANNEXE À LA DÉCISION")
    am2 = [d.amount("1,50 €", 1.5), d.amount("2,60 €", 2.6), d.amount("12,00 €", 12),
           d.amount("35,00 €", 35)]
    dp2 = doc(d, "other", [B[1], B[2]], issuer, "DP-2026-047",
              "Tarifs de la navette estivale du lac de Sirvaux – saison 2026",
              visas=v2, dec={"verb": "DÉCIDE", "span": verb2}, arts=a2, sigs=s2,
              amounts=am2, dates=dt2, refs=r2)
    check_inside(dp2)
    # ---- DP-2026-052 ----------------------------------------------------
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-052")
    v3 = [d.clause("Vu le code général des collectivités territoriales, notamment ses articles "
                   "L. 5211-10 et L. 2334-42 ;"),
          d.clause("Vu la délibération n° CC-2026-012 du 29 janvier 2026 portant délégation "
                   "d'attributions au Président ;"),
          d.clause("Vu la délibération n° CC-2025-198 du 11 décembre 2025 approuvant le "
                   "programme pluriannuel d'investissement ;")]
    verb3 = d.span("DÉCIDE")
    a3 = [art(d, "1", None, "Article 1er :", "De solliciter", "465 000 € HT."),
          art(d, "2", None, "Article 2 :", "D'approuver le plan", "autofinancement (40 %) : 186 000 €."),
          art(d, "3", None, "Article 3 :", "La présente décision", "administratifs.")]
    s3 = [d.signature("Le Président,", "Gérard VAUCHERET", "Le Président", "Gérard VAUCHERET",
                      "Morlange", "2026-03-24", at="Fait à Morlange, le vingt-quatre")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-052")
    dt3 = [d.date("29 janvier 2026", "2026-01-29"), d.date("11 décembre 2025", "2025-12-11"),
           d.date("vingt-quatre mars deux mille vingt-six", "2026-03-24")]
    d.reset("DÉCISION DU PRÉSIDENT N° DP-2026-052")
    r3 = [cgct_visa("ses articles L. 5211-10 et L. 2334-42", ["L.5211-10", "L.2334-42"]), deleg(),
          d.ref("deliberation", "délibération n° CC-2025-198 du 11 décembre 2025",
                number="CC-2025-198", date="2025-12-11")]
    d.reset("DÉCIDE :\n\nArticle 1er : De solliciter")
    am3 = [d.amount("186 000 €", 186000), d.amount("465 000 €", 465000, tax="HT"),
           d.amount("186 000 €", 186000), d.amount("93 000 €", 93000),
           d.amount("186 000 €", 186000)]
    dp3 = doc(d, "other", [B[2], B[3]], issuer, "DP-2026-052",
              "Demande de subvention au titre de la dotation de soutien à l'investissement local "
              "(DSIL) – rénovation énergétique du gymnase communautaire de Sirvaux",
              visas=v3, dec={"verb": "DÉCIDE", "span": verb3}, arts=a3, sigs=s3,
              amounts=am3, dates=dt3, refs=r3)
    check_inside(dp3)
    d.write([cover, dp1, dp2, dp3])


def haute_brenne_sp():
    """Extract of the PROCÈS-VERBAL of a CONSEIL DÉPARTEMENTAL SÉANCE
    PLÉNIÈRE: séance sentence with weekday in words, counts on two lines,
    excused with proxy "X à Y ;", absents, secretary in a sentence, a
    "Composition des groupes" line (group sizes in brackets), three
    "RAPPORT N° k-nn – TITLE" items with "Rapporteur :" lines and GROUP
    EXPLANATIONS OF VOTE ("Au nom du groupe …, M. X indique que son groupe
    s'abstiendra / votera contre"), capital verbs inside sentences,
    votes PER GROUP ("Pour : groupes A et B (35 voix) ; Contre : groupe C
    (8) ; Abstention : groupe D (5)." + "Le rapport est adopté."), one
    "Adopté à l'unanimité (48 voix).", one with two members who "ne
    prennent pas part au vote" and "Ne prennent pas part au vote : 2.";
    two signatures one under the other."""
    d = DocH("departement-haute-brenne-sp-pv-2026-11-23")
    pres = d.P("Mme Martine LAFORÊT-DUCHÊNE", at="sous la présidence de")
    d.reset("Excusés ayant donné pouvoir")
    x1, h1 = d.P("M. Yannick ROCHEBRUNE"), d.P("Mme Claire VASSELOT")
    x2, h2 = d.P("Mme Odile PIERREFITTE"), d.P("M. Damien GRANDJOUAN")
    x3, h3 = d.P("M. Lucien MAUPERTHUIS"), d.P("Mme Sabine ESCOFFIER")
    x4, h4 = d.P("Mme Inès BOUCHERAT"), d.P("M. François LHUILLIER")
    proxies = [d.proxy(x1, h1), d.proxy(x2, h2), d.proxy(x3, h3), d.proxy(x4, h4)]
    absent = d.persons("M. Olivier DELAVERGNE", "Mme Françoise TILLARDEAU", at="Absents :")
    sec = d.P("M. Damien GRANDJOUAN", at="M. Damien GRANDJOUAN est désigné")
    att = attendance([], [x1, x2, x3, x4], absent, proxies, in_office=50, present_n=44,
                     represented=4, voting=48)
    session = {"date": "2026-11-23", "place": "Hôtel du Département, salle de l'Assemblée",
               "convened_on": "2026-11-13", "president": pres, "secretary": sec}
    verb = d.span("APPROUVE", at="RAPPORT N° 1-01")
    d.reset("RAPPORT N° 1-01")
    votes = [d.vote("Pour : groupes Union pour la Haute-Brenne et Brenne Avenir (35 voix) ; "
                    "Contre : groupe Gauche solidaire (8) ; Abstention : groupe Écologistes de "
                    "Brenne (5). Le rapport est adopté.", for_=35, against=8, abstention=5,
                    for_groups=["Union pour la Haute-Brenne", "Brenne Avenir"]),
             d.vote("Adopté à l'unanimité (48 voix).", for_=48, unanimous=True),
             d.vote("Pour : groupes Union pour la Haute-Brenne, Brenne Avenir et Écologistes de "
                    "Brenne (38 voix) ; Contre : 0 ; Abstention : groupe Gauche solidaire (8) ; "
                    "Ne prennent pas part au vote : 2. Le rapport est adopté.",
                    for_=38, against=0, abstention=8, not_voting=2,
                    for_groups=["Union pour la Haute-Brenne", "Brenne Avenir",
                                "Écologistes de Brenne"])]
    A = "Fait à Brennay"
    sigs = [d.signature("La Présidente du Conseil départemental,", "Martine LAFORÊT-DUCHÊNE",
                        "La Présidente du Conseil départemental", "Martine LAFORÊT-DUCHÊNE",
                        "Brennay", "2026-11-30", at=A),
            d.signature("Le secrétaire de séance,", "Damien GRANDJOUAN",
                        "Le secrétaire de séance", "Damien GRANDJOUAN", "Brennay", "2026-11-30",
                        at=A)]
    d.reset()
    amounts = [d.amount("18,4 M€", 18400000), d.amount("6 250 000 €", 6250000),
               d.amount("1 200 000 €", 1200000), d.amount("45 000 €", 45000)]
    d.reset()
    dates = [d.date("LUNDI 23 NOVEMBRE 2026", "2026-11-23"),
             d.date("lundi vingt-trois novembre deux mille vingt-six", "2026-11-23"),
             d.date("13 novembre 2026", "2026-11-13"),
             d.date("29 juin 2026", "2026-06-29"),
             d.date("30 novembre 2026", "2026-11-30")]
    d.reset()
    refs = [d.ref("deliberation", "délibération n° CD-2026-06-03 du 29 juin 2026",
                  number="CD-2026-06-03", date="2026-06-29"),
            d.ref("code", "article L. 3312-1 du code général des collectivités territoriales",
                  code=CGCT, articles=["L.3312-1"])]
    d.reset()
    ids = [d.ident("postal_code", "36402", "36402")]
    a = doc(d, "proces_verbal", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DE LA HAUTE-BRENNE", "body": "CONSEIL DÉPARTEMENTAL"},
            None,
            "EXTRAIT DU PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE DU LUNDI 23 NOVEMBRE 2026",
            session=session, att=att, dec={"verb": "APPROUVE", "span": verb}, votes=votes,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


def saint_jory_avenant():
    """AVENANT N° 2 to a CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS
    between a commune and an association: three-line heading block, "ENTRE"
    / "ET" parties (the délibération empowering the maire, the association's
    SIRET and address), two "Vu" (the convention by its number and signing
    date, avenant n° 1 by its date), "Il est convenu ce qui suit :",
    "Article n – Heading" with the body below; article 2 REPLACES article 5
    of the convention with a QUOTED "« Article 5 – … »" holding a FINANCIAL
    TABLE (years 2025-2027 x lines + Total column and row, "€" cells);
    article 3 inserts a quoted "Article 5 bis" with HT / TTC amounts; the
    date of signature IN WORDS on the "Fait à" line; two signatures one
    under the other ("Pour la Commune, / Le Maire," and "Pour
    l'Association, / La Présidente,")."""
    d = DocH("commune-saint-jory-des-cluses-avenant-2-cpo-2026")
    d.reset("ci-après dénommée « l'Association »")
    visas = [d.clause("Vu la convention pluriannuelle d'objectifs et de moyens n° CPOM-2025-03 "
                      "signée le 14 février 2025 ;"),
             d.clause("Vu l'avenant n° 1 à ladite convention signé le 9 décembre 2025 ;")]
    verb = d.span("Il est convenu ce qui suit")
    arts = [art(d, "1", "Objet de l'avenant", "Article 1 – Objet de l'avenant",
                "Le présent avenant", "service municipal."),
            art(d, "2", "Modification de l'article 5 de la convention",
                "Article 2 – Modification de l'article 5 de la convention",
                "L'article 5 de la convention est remplacé", "de chaque année. »"),
            art(d, "3", "Ajout d'un article 5 bis", "Article 3 – Ajout d'un article 5 bis",
                "Il est inséré", "d'une facture. »"),
            art(d, "4", "Autres dispositions", "Article 4 – Autres dispositions",
                "Les autres articles", "à compter de sa signature.")]
    A = "Fait à Saint-Jory-des-Cluses"
    sigs = [d.signature("Pour la Commune,", "Bernard FOUILLADE", "Pour la Commune, Le Maire",
                        "Bernard FOUILLADE", "Saint-Jory-des-Cluses", "2026-10-12", at=A),
            d.signature("Pour l'Association,", "Cécile MARTINAUD",
                        "Pour l'Association, La Présidente", "Cécile MARTINAUD",
                        "Saint-Jory-des-Cluses", "2026-10-12", at=A)]
    d.reset("tableau ci-dessous")
    cells = [("42 000,00 €", 42000), ("45 500,00 €", 45500), ("47 000,00 €", 47000),
             ("134 500,00 €", 134500), ("8 000,00 €", 8000), ("12 000,00 €", 12000),
             ("12 000,00 €", 12000), ("32 000,00 €", 32000), ("50 000,00 €", 50000),
             ("57 500,00 €", 57500), ("59 000,00 €", 59000), ("166 500,00 €", 166500)]
    amounts = [d.amount(t, v) for t, v in cells]
    amounts += [d.amount("3 750,00 €", 3750, tax="HT"), d.amount("4 500,00 €", 4500, tax="TTC")]
    d.reset()
    dates = [d.date("25 juin 2026", "2026-06-25"),
             d.date("1er juillet 1901", "1901-07-01"),
             d.date("14 février 2025", "2025-02-14"),
             d.date("9 décembre 2025", "2025-12-09"),
             d.date("douze octobre deux mille vingt-six", "2026-10-12")]
    d.reset()
    refs = [d.ref("deliberation", "délibération du conseil municipal n° 2026-058 du 25 juin 2026",
                  number="2026-058", date="2026-06-25"),
            d.ref("loi", "loi du 1er juillet 1901", date="1901-07-01"),
            d.ref("convention", "convention pluriannuelle d'objectifs et de moyens n° CPOM-2025-03 "
                  "signée le 14 février 2025", number="CPOM-2025-03", date="2025-02-14"),
            d.ref("convention", "avenant n° 1 à ladite convention signé le 9 décembre 2025",
                  number="1", date="2025-12-09"),
            d.ref("convention", "avenant n° 1", number="1", at="Article 4 – Autres")]
    d.reset()
    ids = [d.ident("postal_code", "74290", "74290"),
           d.ident("phone", "04 50 27 61 90", "0450276190"),
           d.ident("email", "vie.associative@saint-jory-des-cluses.fr",
                   "vie.associative@saint-jory-des-cluses.fr"),
           d.ident("postal_code", "74290", "74290", at="12, quai des Tanneurs"),
           d.ident("siret", "792 308 157 00017", "79230815700017")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "COMMUNE DE SAINT-JORY-DES-CLUSES", "body": None},
            "2",
            "AVENANT N° 2 À LA CONVENTION PLURIANNUELLE D'OBJECTIFS ET DE MOYENS 2025-2027 "
            "CONCLUE AVEC L'ASSOCIATION « LES ATELIERS DU VIEUX PONT »",
            visas=visas, dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    check_inside(a)
    d.write([a])


if __name__ == "__main__":
    piscine_trois_fonts()
    morlange_recueil()
    haute_brenne_sp()
    saint_jory_avenant()
