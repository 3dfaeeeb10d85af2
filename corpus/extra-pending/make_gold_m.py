#!/usr/bin/env python3
"""Hand-written gold for the blind set M (corpusM) of corpus/extra-pending
(see README.md, section "Blind set (corpusM)").
Run: python3 make_gold_m.py

Same conventions and tooling as make_gold_j.py (corpus/extra/_goldlib.py,
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

_goldlib.use_dir(HERE, "corpus/extra-pending/")

CCH = "code de la construction et de l'habitation"


# ---------------------------------------------------------------- (a)
def beaurepaire_mise_en_securite():
    """arrêté de mise en sécurité (procédure urgente) of a maire in the
    old first-person form: letterhead "MAIRIE DE …" with a dotted phone,
    centred heading "ARRÊTÉ DE MISE EN SÉCURITÉ – PROCÉDURE URGENTE" over
    "N° 2024/PO/031", two-line "Objet :", "Nous, Maire de la commune de
    …,", visas citing an ordonnance and a décret, a dotted date
    "06.05.2024", "du même code", "ARRÊTONS :", articles "Article premier.
    –" / "Article n. –" (period after the numeral), a dash list inside
    article 1, amount in words with "hors taxes" then digits HT then TTC,
    SIREN and SIRET in the text, weekday dates, "Ampliation :" list with
    postal codes after the signature, "Transmis en préfecture le …",
    ACTES id, "Notifié le …" """
    d = DocB("commune-beaurepaire-dheune-arrete-mise-en-securite-2024")
    d.reset("Nous, Maire")
    visas = [d.clause(t) for t in (
        "Vu le code général des collectivités territoriales, et notamment ses articles L.2131-1, "
        "L.2212-2 et L.2212-4 ;",
        "Vu le code de la construction et de l'habitation, et notamment ses articles L.511-1 à "
        "L.511-22 et R.511-1 à R.511-13 ;",
        "Vu l'ordonnance n° 2020-1144 du 16 septembre 2020 relative à l'harmonisation et à la "
        "simplification des polices des immeubles, locaux et installations ;",
        "Vu le décret n° 2020-1711 du 24 décembre 2020 pris pour son application ;",
        "Vu le rapport de visite établi le 06.05.2024 par M. Denis CHAUVOT, architecte, expert "
        "désigné par le tribunal administratif de Dijon, constatant l'existence d'un danger "
        "imminent ;",
        "Vu le courrier d'information adressé le 7 mai 2024 au propriétaire, la SCI du Vieux "
        "Pressoir (SIREN 812 345 676), en application de l'article L.511-19 du même code ;")]
    cons = [d.clause(t) for t in (
        "Considérant que le rapport susvisé fait état de l'effondrement partiel de la charpente et "
        "de l'instabilité de la souche de cheminée, qui menace de chuter sur la voie publique ;",
        "Considérant qu'il y a lieu, dans l'attente des travaux définitifs, de prendre les mesures "
        "provisoires propres à garantir la sécurité des occupants, des riverains et des passants ;")]
    dec = {"verb": "ARRÊTONS", "span": d.span("ARRÊTONS")}
    arts = [
        d.article("1", None, "Article premier. –",
                  "La SCI du Vieux Pressoir, propriétaire de l'immeuble sis 7, rue des Tanneurs, est "
                  "mise en demeure de faire réaliser, dans un délai de huit jours à compter de la "
                  "notification du présent arrêté, les mesures provisoires suivantes : – dépose de la "
                  "souche de cheminée et des éléments de couverture instables ; – mise en place d'un "
                  "bâchage étanche de la toiture ; – étaiement du plancher haut du rez-de-chaussée."),
        d.article("2", None, "Article 2. –",
                  "L'occupation et l'utilisation de l'immeuble sont interdites à compter du jeudi 16 "
                  "mai 2024 et jusqu'à la mainlevée du présent arrêté."),
        d.article("3", None, "Article 3. –",
                  "La circulation des piétons est interdite sur le trottoir longeant l'immeuble, du "
                  "numéro 5 au numéro 9 de la rue des Tanneurs. Le stationnement y est interdit dans "
                  "les mêmes limites."),
        d.article("4", None, "Article 4. –",
                  "Faute pour le propriétaire d'exécuter les mesures prescrites dans le délai fixé, il "
                  "y sera procédé d'office, à ses frais, par la commune. Ces travaux ont été estimés "
                  "par l'entreprise Charpentes Moreau (SIRET 418 625 133 00024) à douze mille quatre "
                  "cent cinquante euros hors taxes (12 450,00 € HT), soit 14 940,00 € TTC."),
        d.article("5", None, "Article 5. –",
                  "À défaut d'exécution dans le délai prescrit, le propriétaire sera redevable d'une "
                  "astreinte de cinquante euros (50 €) par jour de retard, en application de "
                  "l'article L.511-15 du code de la construction et de l'habitation."),
        d.article("6", None, "Article 6. –",
                  "Le présent arrêté sera notifié au propriétaire par lettre recommandée avec accusé "
                  "de réception et affiché en mairie ainsi que sur la façade de l'immeuble. Il peut "
                  "faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai "
                  "de deux mois à compter de sa notification."),
        # ends before "Fait à"; the Ampliation list is no article
        d.article("7", None, "Article 7. –",
                  "Le Secrétaire général de mairie, le Commandant de la brigade de gendarmerie de "
                  "Chagny et le Chef de la police municipale sont chargés, chacun en ce qui le "
                  "concerne, de l'exécution du présent arrêté."),
    ]
    sigs = [d.signature("Le Maire,", "Jean-Paul DESVIGNES", "Le Maire", "Jean-Paul DESVIGNES",
                        "Beaurepaire-sur-Dheune", "2024-05-14", at="Fait à Beaurepaire")]
    d.reset("Nous, Maire")
    # amount in words beside "hors taxes": tax HT (chapelle-aux-frenes)
    amounts = [d.amount("douze mille quatre cent cinquante euros", 12450, tax="HT"),
               d.amount("12 450,00 €", 12450, tax="HT"),
               d.amount("14 940,00 €", 14940, tax="TTC"),
               d.amount("cinquante euros", 50),
               d.amount("50 €", 50)]
    d.reset()
    dates = [d.date("16 septembre 2020", "2020-09-16"),
             d.date("24 décembre 2020", "2020-12-24"),
             d.date("06.05.2024", "2024-05-06"),
             d.date("7 mai 2024", "2024-05-07"),
             d.date("jeudi 16 mai 2024", "2024-05-16"),
             d.date("mardi 14 mai 2024", "2024-05-14"),
             d.date("14/05/2024", "2024-05-14"),
             d.date("15/05/2024", "2024-05-15")]
    d.reset("Nous, Maire")
    # the rapport de visite and the courrier are no cited acts; "du même
    # code" is the last code named (the CCH)
    refs = [d.ref("code", "code général des collectivités territoriales, et notamment ses articles "
                  "L.2131-1, L.2212-2 et L.2212-4", code=CGCT,
                  articles=["L.2131-1", "L.2212-2", "L.2212-4"]),
            d.ref("code", "code de la construction et de l'habitation, et notamment ses articles "
                  "L.511-1 à L.511-22 et R.511-1 à R.511-13", code=CCH,
                  articles=["L.511-1", "L.511-22", "R.511-1", "R.511-13"]),
            d.ref("ordonnance", "ordonnance n° 2020-1144 du 16 septembre 2020", number="2020-1144",
                  date="2020-09-16"),
            d.ref("decret", "décret n° 2020-1711 du 24 décembre 2020", number="2020-1711",
                  date="2020-12-24"),
            d.ref("code", "article L.511-19 du même code", code=CCH, articles=["L.511-19"]),
            d.ref("code", "article L.511-15 du code de la construction et de l'habitation", code=CCH,
                  articles=["L.511-15"])]
    d.reset()
    ids = [d.ident("postal_code", "71490", "71490"),
           d.ident("phone", "03.85.47.12.60", "0385471260"),
           d.ident("email", "mairie@beaurepaire-dheune.fr", "mairie@beaurepaire-dheune.fr"),
           d.ident("siren", "812 345 676", "812345676"),
           d.ident("siret", "418 625 133 00024", "41862513300024"),
           d.ident("postal_code", "71100", "71100"),
           d.ident("postal_code", "71150", "71150"),
           d.ident("acte", "071-217104876-20240514-2024PO031-AI",
                   "071-217104876-20240514-2024PO031-AI")]
    a = doc(d, "arrete", [0, len(d.raw)],
            {"collectivity": "MAIRIE DE BEAUREPAIRE-SUR-DHEUNE", "body": "Le Maire"},
            "2024/PO/031",
            "Immeuble sis 7, rue des Tanneurs (parcelle cadastrée section AB n° 212) – mesures "
            "provisoires de sécurité",
            visas=visas, cons=cons, dec=dec, arts=arts, sigs=sigs, amounts=amounts, dates=dates,
            refs=refs, ids=ids)
    d.write([a])


if __name__ == "__main__":
    beaurepaire_mise_en_securite()
