#!/usr/bin/env python3
"""Hand-written gold for the blind set X (corpusX) of corpus/extra-pending
(see README.md, section "Blind set (corpusX)").
Run: python3 make_gold_x.py

Same conventions and tooling as make_gold_t.py (corpus/extra/_goldlib.py,
pointed at this directory with use_dir()).  Every value below was decided
by hand from the text and /work/shared/spec/output.md, before the tool was
run on these files (the tester did not read the library's code or tests).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "extra"))
import _goldlib  # noqa: E402
from _goldlib import CGCT, CGI, CGPPP, CVR, DocH, art_cut, attendance, doc  # noqa: E402

_goldlib.use_dir(HERE, "corpus/extra-pending/")


def departement_hautes_combes():
    """ARRÊTÉ of a département's président portant délégation de signature
    to SEVERAL agents: letterhead with phone + e-mail, centred number and
    two-line "portant …" title, "Vu" visas one a paragraph, "Article 1er –
    Heading" with the body on the next line, a four-column TABLE of agents
    (civility + name, function, lettered matters "a) à f)") inside article
    1, a lettered list a)–f) in article 2 cut by the running footer
    "Département … – Arrêté n° …   Page 1/2" + form feed, NBSP thousands
    "40 000 € HT", signature date IN WORDS on two lines ("le vingt-sept
    juin / deux mille vingt-cinq"), "Publié le dd/mm/yyyy" then the footer
    "Page 2/2"."""
    d = DocH("departement-hautes-combes-arrete-delegation-2025-0219")
    d.reset("Vu le Code général")
    visas = [d.clause("Vu le Code général des collectivités territoriales (CGCT), et notamment ses "
                      "articles L. 3221-3 et L. 3221-11 ;"),
             d.clause("Vu le code de la voirie routière, notamment son article L. 131-3 ;"),
             d.clause("Vu la délibération n° CD-2021-07-02 du Conseil départemental en date du 1er "
                      "juillet 2021 portant élection du Président du Conseil départemental ;"),
             d.clause("Vu l’arrêté n° 2024-DS-0087 du 14 mars 2024 portant organisation des "
                      "services du Département ;"),
             d.clause("Vu l’arrêté n° 2025-RH-1142 du 2 juin 2025 nommant Mme Hélène MARCHETTI "
                      "directrice des routes et des mobilités à compter du 1er juillet 2025 ;")]
    cons = [d.clause("Considérant la nécessité d’assurer la continuité et la bonne marche des "
                     "services départementaux ;")]
    verb = d.span("ARRÊTE")
    arts = [d.article("1", "Bénéficiaires", "Article 1er – Bénéficiaires",
                      "Délégation de signature est donnée, dans la limite de leurs attributions "
                      "respectives, aux agents désignés ci-après, pour les matières énumérées à "
                      "l’article 2 : Agent Fonction Matières "
                      "Mme Hélène MARCHETTI Directrice des routes et des mobilités a) à f) "
                      "M. Paul-Henri GRANDJEAN Chef du service Exploitation de la route a), b) et d) "
                      "Mme Sandrine VUILLERMOZ Cheffe du service Ouvrages d’art c) et e) "
                      "M. Bertrand TISSOT-GUYON Responsable de l’agence routière de Morez b) et f)")]
    arts.append(art_cut(d, "2", "Matières déléguées", "Article 2 – Matières déléguées",
                        "Les matières déléguées sont les suivantes :",
                        "code de la voirie routière.",
                        "Les matières déléguées sont les suivantes : a) la correspondance courante "
                        "et les bordereaux d’envoi ; b) les arrêtés temporaires de police de la "
                        "circulation sur les routes départementales hors agglomération ; c) les "
                        "bons de commande d’un montant inférieur à 40 000 € HT ; d) les ordres de "
                        "service et les procès-verbaux de réception des travaux dont le montant "
                        "n’excède pas 90 000 € HT ; e) les certifications du service fait ; f) les "
                        "permissions de voirie et les accords techniques prévus à l’article "
                        "L. 113-2 du code de la voirie routière."))
    arts += [d.article("3", "Absence ou empêchement", "Article 3 – Absence ou empêchement",
                       "En cas d’absence ou d’empêchement de Mme Hélène MARCHETTI, la délégation "
                       "qui lui est consentie est exercée, dans les mêmes limites, par M. Paul-Henri "
                       "GRANDJEAN."),
             d.article("4", "Abrogation", "Article 4 – Abrogation",
                       "L’arrêté n° 2024-DS-0131 du 22 avril 2024 est abrogé à compter de l’entrée "
                       "en vigueur du présent arrêté."),
             d.article("5", "Exécution", "Article 5 – Exécution",
                       "Le Directeur général des services est chargé de l’exécution du présent "
                       "arrêté, qui sera publié au recueil des actes administratifs du Département "
                       "et notifié aux intéressés.")]
    sigs = [d.signature("Le Président du Conseil départemental,", "Jean-Baptiste COLLOMBET",
                        "Le Président du Conseil départemental", "Jean-Baptiste COLLOMBET",
                        "Champagnole-les-Combes", "2025-06-27", at="Fait à Champagnole")]
    d.reset("Article 2 –")
    amounts = [d.amount("40 000 €", 40000, tax="HT"), d.amount("90 000 €", 90000, tax="HT")]
    d.reset("Vu le Code")
    dates = [d.date("1er juillet 2021", "2021-07-01"), d.date("14 mars 2024", "2024-03-14"),
             d.date("2 juin 2025", "2025-06-02"), d.date("1er juillet 2025", "2025-07-01"),
             d.date("22 avril 2024", "2024-04-22"),
             d.date("vingt-sept juin deux mille vingt-cinq", "2025-06-27"),
             d.date("30/06/2025", "2025-06-30")]
    d.reset("Vu le Code")
    refs = [d.ref("code", "Code général des collectivités territoriales (CGCT), et notamment ses "
                  "articles L. 3221-3 et L. 3221-11", code=CGCT,
                  articles=["L.3221-3", "L.3221-11"]),
            d.ref("code", "code de la voirie routière, notamment son article L. 131-3", code=CVR,
                  articles=["L.131-3"]),
            d.ref("deliberation", "délibération n° CD-2021-07-02 du Conseil départemental en "
                  "date du 1er juillet 2021", number="CD-2021-07-02", date="2021-07-01"),
            d.ref("arrete", "arrêté n° 2024-DS-0087 du 14 mars 2024", number="2024-DS-0087",
                  date="2024-03-14"),
            d.ref("arrete", "arrêté n° 2025-RH-1142 du 2 juin 2025", number="2025-RH-1142",
                  date="2025-06-02"),
            d.ref("code", "article L. 113-2 du code de la voirie routière", code=CVR,
                  articles=["L.113-2"]),
            d.ref("arrete", "arrêté n° 2024-DS-0131 du 22 avril 2024", number="2024-DS-0131",
                  date="2024-04-22")]
    d.reset()
    ids = [d.ident("postal_code", "39320", "39320"),
           d.ident("phone", "03 84 52 17 00", "0384521700"),
           d.ident("email", "dgs@hautes-combes.fr", "dgs@hautes-combes.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "DÉPARTEMENT DES HAUTES-COMBES",
             "body": "Le Président du Conseil départemental"},
            "2025-DS-0219",
            "portant délégation de signature aux agents de la Direction des routes et des "
            "mobilités",
            visas=visas, cons=cons, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def commune_nouvelle_val_de_rouvre():
    """délibération of a COMMUNE NOUVELLE whose letterhead lists its
    communes déléguées, "Département de l’Orne" right of "RÉPUBLIQUE
    FRANÇAISE", SIRET in the letterhead, séance with weekday, counts on one
    line with dashes, date in words with the hour in words, attendance
    GROUPED BY COMMUNE DÉLÉGUÉE ("– Commune déléguée de X : M. A, Maire,
    Mme B, …"; roles "maire délégué(e)" after names), an excused member
    with "(pouvoir à …)", absent list also grouped, "Secrétaire de séance :",
    OBJET on two lines, exposé with percentages and NBSP amounts, "Vu le
    CGCT" with a range, "code général des impôts (CGI)", vote in the
    deciding sentence with the names of the dissenters, "DÉCIDE :" alone,
    "Article n :" with infinitives, "Pour extrait certifié conforme," and
    "À …, le …" above the signature, ACTES line "ID : …"."""
    d = DocH("commune-nouvelle-val-de-rouvre-deliberation-2025-074")
    d.reset("sous la présidence de")
    pres = d.P("M. Didier LEPELLETIER")
    d.reset("Étaient présents :")
    present = d.persons("M. Didier LEPELLETIER", "Mme Chantal HUREL", "M. Guy FOUCHER",
                        "Mme Annick LEROUX", "M. Thierry DUVAL", "Mme Odile GOSSELIN",
                        "M. Rémi PAYEN", "Mme Laurence BISSON", "M. Joël CATHERINE")
    d.reset("Étaient excusés :")
    marie = d.P("Mme Sylvie MARIE-LAUNAY")
    px = [d.proxy(marie, "M. Guy FOUCHER")]
    excused = [marie, d.P("M. Francis LEBRETON")]
    d.reset("Était absent :")
    absent = [d.P("M. Kévin DESHAYES")]
    d.reset("Secrétaire de séance :")
    sec = d.P("Mme Odile GOSSELIN")
    att = attendance(present, excused, absent, px, in_office=12, present_n=9, represented=1,
                     voting=10)
    d.reset("Vu le CGCT")
    visas = [d.clause("Vu le CGCT, et notamment ses articles L. 2113-1 à L. 2113-8 ;"),
             d.clause("Vu le code général des impôts (CGI), et notamment son article 1638 ;"),
             d.clause("Vu la délibération n° 2024-012 du 25 janvier 2024 fixant les taux "
                      "d’imposition pour 2024 ;")]
    cons = [d.clause("Considérant qu’une intégration fiscale progressive permet de lisser sur "
                     "plusieurs années la convergence des taux applicables sur le territoire des "
                     "communes déléguées ;")]
    votes = [d.vote("par 8 voix pour, 1 voix contre (M. Joël CATHERINE) et 1 abstention "
                    "(Mme Annick LEROUX)", for_=8, against=1, abstention=1)]
    verb = d.span("DÉCIDE")
    arts = [d.article("1", None, "Article 1er :", "d’instituer une procédure d’intégration "
                      "fiscale progressive des taux de taxe foncière sur les propriétés bâties "
                      "sur une durée de douze années à compter de 2026."),
            d.article("2", None, "Article 2 :", "de fixer le taux moyen pondéré de référence à "
                      "21,37 % pour l’année 2026."),
            d.article("3", None, "Article 3 :", "d’autoriser Monsieur le Maire à signer toute "
                      "pièce relative à la présente délibération et à la notifier aux services "
                      "fiscaux.")]
    sigs = [d.signature("Le Maire,", "Didier LEPELLETIER", "Le Maire", "Didier LEPELLETIER",
                        "Val-de-Rouvre", "2025-09-22", at="Pour extrait certifié")]
    d.reset("Monsieur le Maire rappelle")
    amounts = [d.amount("1 284 600 €", 1284600), d.amount("412 350 €", 412350)]
    d.reset()
    dates = [d.date("jeudi 18 septembre 2025", "2025-09-18"),
             d.date("L’an deux mille vingt-cinq, le dix-huit septembre", "2025-09-18"),
             d.date("11 septembre 2025", "2025-09-11"),
             d.date("1er janvier 2024", "2024-01-01"),
             d.date("20 décembre 2023", "2023-12-20"),
             d.date("25 janvier 2024", "2024-01-25"),
             d.date("22 septembre 2025", "2025-09-22"),
             d.date("23/09/2025", "2025-09-23"), d.date("24/09/2025", "2025-09-24")]
    d.reset("Monsieur le Maire rappelle")
    refs = [d.ref("arrete", "arrêté préfectoral n° 2023-DRCL-118 du 20 décembre 2023",
                  number="2023-DRCL-118", date="2023-12-20"),
            d.ref("code", "CGCT, et notamment ses articles L. 2113-1 à L. 2113-8", code=CGCT,
                  articles=["L.2113-1", "L.2113-8"]),
            d.ref("code", "code général des impôts (CGI), et notamment son article 1638",
                  code=CGI, articles=["1638"]),
            d.ref("deliberation", "délibération n° 2024-012 du 25 janvier 2024",
                  number="2024-012", date="2024-01-25")]
    d.reset()
    ids = [d.ident("postal_code", "61430", "61430"),
           d.ident("siret", "216 107 839 00012", "21610783900012"),
           d.ident("acte", "061-216107839-20250918-2025_074-DE",
                   "061-216107839-20250918-2025_074-DE")]
    a = doc(d, "deliberation", [0, len(d.raw)],
            {"collectivity": "COMMUNE NOUVELLE DE VAL-DE-ROUVRE", "body": "CONSEIL MUNICIPAL"},
            "2025-074",
            "Fiscalité directe locale – Intégration fiscale progressive des taux de taxe "
            "foncière sur les propriétés bâties des communes déléguées",
            session={"date": "2025-09-18", "place": "mairie annexe de Saint-Ouen-sur-Rouvre",
                     "convened_on": "2025-09-11", "president": pres, "secretary": sec},
            att=att, visas=visas, cons=cons, dec={"verb": "DÉCIDE", "span": verb}, arts=arts,
            votes=votes, sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def commune_saint_veran_regie():
    """ARRÊTÉ MUNICIPAL naming the régisseur and the mandataire suppléant of
    a régie de recettes: letterhead "VILLE DE … (Drôme)" + service line with
    postal code, DOTTED phone and e-mail, "ARRÊTÉ MUNICIPAL N° 2025/R/07",
    "Objet :" on two lines with guillemets, "VU" visas ending with ";"
    (a code range R. 1617-1 à R. 1617-18 cut by a line break, a décret with
    its articles, an "arrêté ministériel du …" without number, an avis
    conforme), "ARRÊTE", "ARTICLE PREMIER –" / "ARTICLE n –" with the body
    on the same line, a date with its weekday cut by a line break ("lundi /
    16 juin 2025"), "cent dix euros (110 €)", signature of the maire then
    TWO side-by-side acceptance signatures ("Vu pour acceptation, / Le
    régisseur titulaire, / NAME"), a notification line."""
    d = DocH("commune-saint-veran-du-luc-arrete-regie-2025-07")
    d.reset("VU le code")
    visas = [d.clause("VU le code général des collectivités territoriales, et notamment les "
                      "articles R. 1617-1 à R. 1617-18 relatifs aux régies de recettes, d’avances "
                      "et de recettes et d’avances des collectivités territoriales et de leurs "
                      "établissements publics ;"),
             d.clause("VU le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion "
                      "budgétaire et comptable publique, et notamment ses articles 22 et 190 ;"),
             d.clause("VU l’arrêté ministériel du 3 septembre 2001 relatif au taux de l’indemnité "
                      "de responsabilité susceptible d’être allouée aux régisseurs d’avances et "
                      "aux régisseurs de recettes ;"),
             d.clause("VU la délibération du conseil municipal n° 2025-041 du 12 mai 2025 "
                      "instituant une régie de recettes pour l’encaissement des droits d’entrée de "
                      "la piscine municipale ;"),
             d.clause("VU l’avis conforme du comptable public assignataire en date du 3 juin "
                      "2025 ;")]
    verb = d.span("ARRÊTE")
    arts = [d.article("1", None, "ARTICLE PREMIER –", "M. Lucas FERRAND, adjoint administratif "
                      "principal, est nommé régisseur titulaire de la régie de recettes « Piscine "
                      "municipale des Eaux-Vives » à compter du lundi 16 juin 2025, avec pour "
                      "mission d’appliquer exclusivement les dispositions prévues dans l’acte de "
                      "création de celle-ci."),
            d.article("2", None, "ARTICLE 2 –", "En cas d’absence pour maladie, congé ou tout "
                      "autre empêchement exceptionnel, M. Lucas FERRAND sera remplacé par Mme Inès "
                      "BELKACEM-ROCHE, adjointe administrative, mandataire suppléante."),
            d.article("3", None, "ARTICLE 3 –", "Le montant maximum de l’encaisse que le "
                      "régisseur est autorisé à conserver est fixé à 2 440 €. Le régisseur est "
                      "dispensé de constituer un cautionnement."),
            d.article("4", None, "ARTICLE 4 –", "M. Lucas FERRAND percevra une indemnité de "
                      "responsabilité d’un montant annuel de cent dix euros (110 €), selon la "
                      "réglementation en vigueur. Mme Inès BELKACEM-ROCHE percevra une indemnité "
                      "de responsabilité au prorata de la durée du remplacement."),
            d.article("5", None, "ARTICLE 5 –", "Le régisseur titulaire et la mandataire "
                      "suppléante sont, conformément à la réglementation en vigueur, "
                      "personnellement et pécuniairement responsables de la conservation des "
                      "fonds qu’ils ont reçus ; ils ne doivent pas percevoir de sommes pour des "
                      "produits autres que ceux énumérés dans l’acte constitutif de la régie."),
            d.article("6", None, "ARTICLE 6 –", "Le Directeur général des services et le "
                      "comptable public assignataire sont chargés, chacun en ce qui le concerne, "
                      "de l’exécution du présent arrêté.")]
    fait = dict(place="Saint-Véran-du-Luc", date="2025-06-10")
    # "Vu pour acceptation," is a mention above the role (as "Pour extrait
    # certifié conforme,"), no part of the role
    sigs = [d.signature("Le Maire,", "Françoise ROUSSEL-DUPRAT", "Le Maire",
                        "Françoise ROUSSEL-DUPRAT", at="Fait à Saint-Véran", **fait),
            d.signature("Le régisseur titulaire,", "Lucas FERRAND", "Le régisseur titulaire",
                        "Lucas FERRAND", at="Vu pour acceptation", **fait),
            d.signature("La mandataire suppléante,", "Inès BELKACEM-ROCHE",
                        "La mandataire suppléante", "Inès BELKACEM-ROCHE",
                        at="Vu pour acceptation", **fait)]
    d.reset("ARTICLE 3")
    amounts = [d.amount("2 440 €", 2440), d.amount("cent dix euros", 110),
               d.amount("110 €", 110)]
    d.reset("VU le code")
    dates = [d.date("7 novembre 2012", "2012-11-07"), d.date("3 septembre 2001", "2001-09-03"),
             d.date("12 mai 2025", "2025-05-12"), d.date("3 juin 2025", "2025-06-03"),
             d.date("lundi 16 juin 2025", "2025-06-16"), d.date("10/06/2025", "2025-06-10"),
             d.date("12 juin 2025", "2025-06-12")]
    d.reset("VU le code")
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment les "
                  "articles R. 1617-1 à R. 1617-18", code=CGCT,
                  articles=["R.1617-1", "R.1617-18"]),
            d.ref("decret", "décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion "
                  "budgétaire et comptable publique, et notamment ses articles 22 et 190",
                  number="2012-1246", date="2012-11-07", articles=["22", "190"]),
            d.ref("arrete", "arrêté ministériel du 3 septembre 2001", date="2001-09-03"),
            d.ref("deliberation", "délibération du conseil municipal n° 2025-041 du 12 mai 2025",
                  number="2025-041", date="2025-05-12")]
    d.reset()
    ids = [d.ident("postal_code", "26410", "26410"),
           d.ident("phone", "04.75.21.36.90", "0475213690"),
           d.ident("email", "finances@saint-veran-du-luc.fr", "finances@saint-veran-du-luc.fr")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "VILLE DE SAINT-VÉRAN-DU-LUC", "body": "Le Maire"},
            "2025/R/07",
            "Nomination d’un régisseur titulaire et d’un mandataire suppléant pour la régie de "
            "recettes « Piscine municipale des Eaux-Vives »",
            visas=visas, dec={"verb": "ARRÊTE", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


def commune_montclar_convention_dp():
    """convention d'occupation privative du domaine public (terrasse):
    letterhead "Ville de …" with "Convention n° …" on the same line right,
    a service line and an address, two-line heading block in capitals then
    lower case, "Entre :" / "Et :" parties with SIRET, capital in NBSP
    euros, "ci-après dénommée « … »", "d’une part," / "d’autre part.", one
    "Vu" (CGPPP with its acronym), "Il est convenu ce qui suit :",
    "Article 1er. Heading" (a full stop after the number), a fee TABLE
    (tarif au m², surface, montant, total row with NBSP), IBAN in groups of
    four, an INDEX clause ("indice des loyers commerciaux (ILC) … soit
    136,47": no amount), "15 € par jour", "Fait à …, en deux exemplaires,
    le …" and side-by-side signatures."""
    d = DocH("commune-montclar-sur-gervanne-convention-dp-2025-012")
    d.reset("Vu le code")
    visas = [d.clause("Vu le code général de la propriété des personnes publiques (CGPPP), "
                      "notamment ses articles L. 2122-1, L. 2122-2 et L. 2125-1 ;")]
    verb = d.span("Il est convenu ce qui suit")
    arts = [d.article("1", "Objet", "Article 1er. Objet", "La présente convention autorise "
                      "l’Occupant à installer une terrasse sur le domaine public, au droit de son "
                      "établissement, place des Halles, dans les limites du plan annexé."),
            d.article("2", "Durée", "Article 2. Durée", "La convention est consentie à titre "
                      "précaire et révocable pour une durée de trois ans à compter du 1er juillet "
                      "2025. Elle ne peut être renouvelée tacitement."),
            d.article("3", "Redevance", "Article 3. Redevance", "L’occupation donne lieu au "
                      "paiement d’une redevance annuelle calculée comme suit : "
                      "Nature de l’occupation Tarif annuel au m² Surface Montant annuel "
                      "Terrasse ouverte 38,50 € 24 m² 924,00 € "
                      "Terrasse couverte (auvent) 61,20 € 12 m² 734,40 € "
                      "Total 1 658,40 € "
                      "La redevance est payable d’avance, au plus tard le 31 janvier de chaque "
                      "année, par virement sur le compte du Trésor public IBAN FR73 3000 3012 "
                      "3400 0204 5781 236. Pour l’année 2025, elle est due au prorata, soit "
                      "829,20 €."),
            d.article("4", "Révision de la redevance", "Article 4. Révision de la redevance",
                      "Les tarifs sont révisés de plein droit le 1er janvier de chaque année en "
                      "fonction de la variation de l’indice des loyers commerciaux (ILC) publié "
                      "par l’INSEE, l’indice de référence étant celui du quatrième trimestre "
                      "2024, soit 136,47."),
            d.article("5", "Retard de paiement", "Article 5. Retard de paiement",
                      "Tout retard de paiement donne lieu, après mise en demeure restée sans "
                      "effet pendant quinze jours, à une pénalité de 15 € par jour de retard."),
            d.article("6", "Résiliation", "Article 6. Résiliation", "La Ville peut résilier la "
                      "convention à tout moment pour un motif d’intérêt général, par lettre "
                      "recommandée avec accusé de réception, moyennant un préavis d’un mois.")]
    fait = dict(place="Montclar-sur-Gervanne", date="2025-06-30")
    sigs = [d.signature("Pour la Ville,", "Olivier BRUNEL-FAURE", "Pour la Ville, Le Maire",
                        "Olivier BRUNEL-FAURE", at="Fait à Montclar", **fait),
            d.signature("Pour l’Occupant,", "Camille ARNAUD-PEYRE",
                        "Pour l’Occupant, La Présidente", "Camille ARNAUD-PEYRE",
                        at="Fait à Montclar", **fait)]
    d.reset("Entre :")
    amounts = [d.amount("15 000 €", 15000), d.amount("38,50 €", 38.5),
               d.amount("924,00 €", 924), d.amount("61,20 €", 61.2),
               d.amount("734,40 €", 734.4), d.amount("1 658,40 €", 1658.4),
               d.amount("829,20 €", 829.2), d.amount("15 €", 15, at="pénalité de")]
    d.reset("Entre :")
    dates = [d.date("26 juin 2025", "2025-06-26"), d.date("1er juillet 2025", "2025-07-01"),
             d.date("30 juin 2025", "2025-06-30")]
    d.reset("Entre :")
    refs = [d.ref("deliberation", "délibération n° 2025-063 du 26 juin 2025",
                  number="2025-063", date="2025-06-26"),
            d.ref("code", "code général de la propriété des personnes publiques (CGPPP), "
                  "notamment ses articles L. 2122-1, L. 2122-2 et L. 2125-1", code=CGPPP,
                  articles=["L.2122-1", "L.2122-2", "L.2125-1"])]
    d.reset()
    ids = [d.ident("postal_code", "26400", "26400"),
           d.ident("siret", "212 604 177 00010", "21260417700010"),
           d.ident("siret", "834 127 656 00028", "83412765600028"),
           d.ident("postal_code", "26400", "26400"),
           d.ident("iban", "FR73 3000 3012 3400 0204 5781 236", "FR7330003012340002045781236")]
    a = doc(d, "convention", [0, len(d.raw)],
            {"collectivity": "Ville de Montclar-sur-Gervanne",
             "body": "Direction du commerce et de l’occupation du domaine public"},
            "2025-DP-012",
            "CONVENTION D’OCCUPATION PRIVATIVE DU DOMAINE PUBLIC Terrasse commerciale – place "
            "des Halles",
            visas=visas, dec={"verb": "Il est convenu ce qui suit", "span": verb}, arts=arts,
            sigs=sigs, amounts=amounts, dates=dates, refs=refs, ids=ids)
    d.write([a])


ALL = ["departement_hautes_combes", "commune_nouvelle_val_de_rouvre",
       "commune_saint_veran_regie", "commune_montclar_convention_dp"]

if __name__ == "__main__":
    for f in sys.argv[1:] or ALL:
        globals()[f]()
