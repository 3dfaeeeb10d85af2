/* test_structure.c - structure stage, cases from the synthetic corpus
   (corpus/extra): heading lines that combine a session and the act's own
   number, verb lists, prefectoral issuers, dated arrêté headings,
   procès-verbal decisions, line joins of text values; each with negative
   cases. */
#include "testutil.h"

#include <stdio.h>

/* structure-stage helpers tested directly (libextract/structure.h, not
   included: its short macro names would clash with the tests') */
bool ex_st_is_role(const char *s, size_t a, size_t b);
size_t ex_st_trim_end_junk(const char *s, size_t a, size_t b);
size_t ex_st_comma_letter_speck(const char *s, size_t a, size_t e);
int ex_st_case_at_mb(const char *s, size_t len, size_t *n);  /* case_at() past an ASCII byte */
bool ex_st_collectivity_keys_ok(void);

/* a line-end hyphen before a capital is part of a compound name: kept,
   no blank ("Saint-Aubin-des-\nLandes"); before a lower-case word it is
   a broken word ("pau-\nvreté"), except before "en-", "sur-"... */
static void test_hyphen_join(void **state)
{
    static const doc_row rows[] = {
        /* upper case: the hyphen is kept, no blank (as ex_text_value does) */
        {.in = "COMMUNE DE SAINT-JULIEN\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "L'an deux mille vingt-quatre, le cinq mars, le Conseil municipal, dûment convoqué, s'est réuni à la salle polyvalente de Saint-Aubin-des-\n"
               "Landes, sous la présidence de M. Roland PERCHERON, Maire.\n"
               "OBJET : LUTTE CONTRE LA PAU-\n"
               "VRETÉ – QUARTIER AIX-\n"
               "EN-PROVENCE\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n",
         .ndocs = TT(1),
         .session_place = "salle polyvalente de Saint-Aubin-des-Landes",
         .title = "LUTTE CONTRE LA PAU-VRETÉ – QUARTIER AIX-EN-PROVENCE"},
        /* a broken word is rejoined; a spaced dash is a separator */
        {.in = "COMMUNE DE SAINT-JULIEN\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Le Conseil municipal s'est réuni à la salle des fêtes de Saint-Pierre-\n"
               "sur-Dives, sous la présidence de M. Roland PERCHERON, Maire.\n"
               "OBJET : Lutte contre la pau-\n"
               "vreté et travaux -\n"
               "phase 2\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n",
         .session_place = "salle des fêtes de Saint-Pierre-sur-Dives",
         .title = "Lutte contre la pauvreté et travaux - phase 2"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a district's letterhead (EPCI until 1999: archives): "DISTRICT URBAIN
   DE …", "District rural de …" are collectivities, "DISTRICT DE …" in
   capitals only; negatives: "District de …" in mixed case (a sentence,
   a school district), and the bare "COMMUNE" heading rule unchanged */
static void test_district_letterhead(void **state)
{
    static const doc_row rows[] = {
        {.in = "DISTRICT URBAIN DE LA HAUTE-VESLE\n"
               "Hôtel du District - 12, place de la Halle\n\n"
               "CONVENTION\n\nRELATIVE A LA COLLECTE DES ORDURES MENAGERES\n\n"
               "Article 1 - Objet\nLe District assure la collecte.\n",
         .collectivity = "DISTRICT URBAIN DE LA HAUTE-VESLE"},
        {.in = "DISTRICT DE LA VALLÉE DE L'AUBE\n\n"
               "CONVENTION\n\nRELATIVE A LA COLLECTE DES ORDURES MENAGERES\n\n"
               "Article 1 - Objet\nLe District assure la collecte.\n",
         .collectivity = "DISTRICT DE LA VALLÉE DE L'AUBE"},
        {.in = "District de la vallée de l'Aube\n\n"
               "CONVENTION\n\nRELATIVE A LA COLLECTE DES ORDURES MENAGERES\n\n"
               "Article 1 - Objet\nLe District assure la collecte.\n",
         .collectivity = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
    /* the letterhead keys' by-letter index (kept by hand) names each
       key once, under its letter */
    assert_true(ex_st_collectivity_keys_ok());
}

/* long procès-verbaux (corpusCG): "COMPTE RENDU INTÉGRAL DES DÉBATS" is
   a procès-verbal, "AGGLOMÉRATION DU …" in capitals a collectivity (not
   in mixed case), "Séance publique ouverte à 20 h 00 à la mairie" gives
   the place (not "ouverte à 18 h 10 sous la présidence"), "Le Conseil" /
   "communautaire APPROUVE" wrapped gives the verb (not a body word after
   another line's end) */
static void test_pv_transcript_cg(void **state)
{
    static const doc_row rows[] = {
        {.in = "AGGLOMÉRATION DU VAL D'ORBELLE\nConseil communautaire\n\n"
               "COMPTE RENDU INTÉGRAL DES DÉBATS\nSéance du lundi 18 mai 2026\n\n"
               "La séance est ouverte à 18 h 10 sous la présidence de Mme Catherine MARESCOT.\n"
               "Le rapport est adopté à l'unanimité.\n",
         .type = TT(EX_DOC_PROCES_VERBAL), .collectivity = "AGGLOMÉRATION DU VAL D'ORBELLE",
         .session_place = TT_NULL},
        {.in = "Agglomération du Val d'Orbelle\nConseil communautaire\n\n"
               "COMPTE RENDU DES DÉBATS\nSéance du lundi 18 mai 2026\n\n"
               "Le rapport est adopté à l'unanimité.\n",
         .type = TT(EX_DOC_PROCES_VERBAL), .collectivity = TT_NULL},
        {.in = "COMMUNE DE MONTBRAC\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du mardi 14 avril 2026\n\n"
               "Séance publique ouverte à 20 h 00 à la mairie, sous la\nprésidence de Mme Françoise ALLAIN, Maire.\n\n"
               "1. Compte administratif\nLe Président ayant quitté la salle, M. X fait procéder au vote. Le Conseil\n"
               "municipal APPROUVE le compte administratif 2025.\n"
               "2. Travaux\nLe Conseil AUTORISE le Maire à signer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL), .session_place = "mairie", .decision_verb = "APPROUVE"},
        {.in = "COMMUNE DE MONTBRAC\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du mardi 14 avril 2026\n\n"
               "1. Compte administratif\nLe compte est présenté au conseil\n"
               "municipal APPROUVE le compte administratif 2025.\n"
               "2. Travaux\nLe Conseil AUTORISE le Maire à signer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL), .decision_verb = "AUTORISE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an ordinary town délibération's layouts (corpusBR): the title line
   right under a "Délibération n° X" line alone (no "Objet :", a colon
   inside the heading before lower case); a "Lieu :" label padded to a
   value column; an electronic signature block ("Signé électroniquement
   par : X" / "Date de signature : …" / "Qualité : …", maybe a blank
   line between, OCR).  Not a label line under the number ("Rapporteur :
   M. X"), nor a number line with more after the number. */
static void test_town_deliberation_layouts(void **state)
{
    static const doc_row rows[] = {
        {.in = "Ville de Pézenac-les-Vignes\n"
               "Conseil municipal du mercredi 18 mars 2026\n"
               "\n"
               "Délibération n° 2026/027\n"
               "Restauration scolaire : mise en place d'une tarification sociale\n"
               "\n"
               "Le Conseil municipal, convoqué le 11 mars 2026, s'est réuni salle\n"
               "Molière sous la présidence de Mme Claire ARNAUD, Maire.\n"
               "Vu le code général des collectivités territoriales ;\n"
               "APPROUVE les propositions ci-dessus.\n",
         .ndocs = TT(1),
         .title = "Restauration scolaire : mise en place d'une tarification sociale"},
        /* (OCR specks after the number) */
        {.in = "Ville de Pézenac-les-Vignes\n"
               "Conseil municipal du mercredi 18 mars 2026\n"
               "\n"
               "Délibération n° 2026/027 : . :\n"
               "Restauration scolaire : mise en place d'une tarification sociale\n"
               "\n"
               "Le Conseil municipal, convoqué le 11 mars 2026, s'est réuni salle\n"
               "Molière sous la présidence de Mme Claire ARNAUD, Maire.\n"
               "Vu le code général des collectivités territoriales ;\n"
               "APPROUVE les propositions ci-dessus.\n",
         .ndocs = TT(1),
         .title = "Restauration scolaire : mise en place d'une tarification sociale"},
        {.in = "Ville de Pézenac-les-Vignes\n"
               "Conseil municipal du mercredi 18 mars 2026\n"
               "\n"
               "Délibération n° 2026/027\n"
               "Rapporteur : M. Marc BOUDET\n"
               "\n"
               "Le Conseil municipal, convoqué le 11 mars 2026, s'est réuni salle\n"
               "Molière sous la présidence de Mme Claire ARNAUD, Maire.\n"
               "Vu le code général des collectivités territoriales ;\n"
               "APPROUVE les propositions ci-dessus.\n",
         .ndocs = TT(1),
         .title = TT_NULL},
        {.in = "COMMUNE DE SAINT-JORY-DES-COTEAUX\n"
               "\n"
               "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
               "N° DEL2026_031\n"
               "\n"
               "Séance du :                    jeudi 12 mars 2026 à 19 h 00\n"
               "Lieu :                         Salle du conseil, Hôtel de Ville\n"
               "Président de séance :          M. Thierry ESCANDE, Maire\n"
               "\n"
               "Objet : Création de deux postes\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : De créer deux postes.\n",
         .ndocs = TT(1),
         .session_place = "Salle du conseil, Hôtel de Ville"},
        {.in = "MAIRIE DE VILLEFRANCHE-D'OLT\n"
               "\n"
               "DÉLIBÉRATION N° 2026-058\n"
               "OBJET : BUDGET PRINCIPAL 2026\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Le Conseil municipal APPROUVE la décision modificative.\n"
               "\n"
               "Fait à Villefranche-d'Olt, le 26 mars 2026.\n"
               "\n"
               "Signé électroniquement par : Jean-Marc VIGUIER\n"
               "\n"
               "Date de signature : 30/03/2026\n"
               "Qualité : Maire\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {{.role = "Maire", .name = "Jean-Marc VIGUIER", .y = TT(2026), .m = TT(3), .d = TT(30)}}},
        /* "Signé : X" (a copy's mark, no electronic block): the date of
           the "Fait à" line, no role from a later "Qualité" line */
        {.in = "MAIRIE DE VILLEFRANCHE-D'OLT\n"
               "\n"
               "DÉLIBÉRATION N° 2026-058\n"
               "OBJET : BUDGET PRINCIPAL 2026\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Le Conseil municipal APPROUVE la décision modificative.\n"
               "\n"
               "Fait à Villefranche-d'Olt, le 26 mars 2026.\n"
               "\n"
               "Signé : Jean-Marc VIGUIER\n"
               "Date de signature : 30/03/2026\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {{.role = TT_NULL, .name = "Jean-Marc VIGUIER", .y = TT(2026), .m = TT(3), .d = TT(26)}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an arrêté's heading block under its number: a capitalised first line,
   its lower-case continuation and a short capitalised subtitle line
   ending the block (blank line after it); OCR: one blank line between
   the number and the title; a label line ("Demandeur : …") is no
   subtitle */
static void test_arrete_title_subtitle(void **state)
{
    static const doc_row rows[] = {
        {.in = "MAIRIE DE PUYLAURIER\n"
               "\n"
               "ARRÊTÉ DU MAIRE N° 2026-064\n"
               "Autorisation temporaire d'ouverture d'un débit de boissons\n"
               "et d'occupation du domaine public\n"
               "Fête locale du Comité des fêtes\n"
               "\n"
               "Le Maire de la commune de Puylaurier,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1 : L'autorisation est accordée.\n",
         .title = "Autorisation temporaire d'ouverture d'un débit de boissons et d'occupation du domaine "
                  "public Fête locale du Comité des fêtes"},
        {.in = "MAIRIE DE PUYLAURIER\n"
               "\n"
               "ARRÊTÉ DU MAIRE N° 2026-064 :\n"
               "\n"
               "Autorisation temporaire d'ouverture d'un débit de boissons\n"
               "et d'occupation du domaine public\n"
               "\n"
               "Le Maire de la commune de Puylaurier,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1 : L'autorisation est accordée.\n",
         .title = "Autorisation temporaire d'ouverture d'un débit de boissons et d'occupation du domaine public"},
        {.in = "COMMUNE DE CASTELVIELH\n"
               "\n"
               "ARRÊTÉ N° URB-2026-012\n"
               "accordant un permis de construire\n"
               "au nom de la commune\n"
               "Demandeur : Mme Camille FOURCADE\n"
               "\n"
               "Le Maire de Castelvielh,\n"
               "\n"
               "Vu le code de l'urbanisme ;\n"
               "ARRÊTE\n"
               "Article 1 : Le permis est accordé.\n",
         .title = "accordant un permis de construire au nom de la commune"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an OBJET wrapped before a quoted name or a capital ("... à
   l'association\n« Les Amis ... »"): the line goes on with the title
   when the line above is full and ends with no stop; a label line
   ("Rapporteur : M. X") under a full line is no part of it.  A vote tally
   "Votants : N – Pour : N ..." after an article ends the article. */
static void test_title_wrap_and_tally(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-007\n"
               "OBJET : Convention de mise à disposition d'un local communal au profit de l'association\n"
               "« Les Jardins Partagés du Bourg » pour l'année 2025\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n"
               "Article 2 : D'autoriser le Maire à la signer.\n"
               "\n"
               "Votants : 15 – Pour : 14 – Contre : 0 – Abstentions : 1\n"
               "\n"
               "Le Maire,\n"
               "Marc DURIEUX\n",
         .ndocs = TT(1),
         .title = "Convention de mise à disposition d'un local communal au profit de l'association "
                  "« Les Jardins Partagés du Bourg » pour l'année 2025",
         .n_articles = TT(2),
         .articles = {[1] = {.text = "D'autoriser le Maire à la signer."}}},
        /* a vote by group without counts ("Votent pour : Groupe A, …")
           after the last article ends it */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-010\n"
               "OBJET : Subvention à l'association des Jardins Partagés\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'attribuer la subvention.\n"
               "Article 2 : D'autoriser le Maire à signer la convention.\n"
               "\n"
               "Votent pour : Groupe Boisvert Avenir, Groupe Écologiste.\n"
               "Votent contre : Groupe Agir pour Boisvert.\n"
               "Le projet de délibération est adopté.\n"
               "\n"
               "Le Maire,\n"
               "Marc DURIEUX\n",
         .n_articles = TT(2),
         .articles = {[1] = {.text = "D'autoriser le Maire à signer la convention."}}},
        /* "votent pour" inside a wrapped sentence (no colon): article text */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-011\n"
               "OBJET : Règlement intérieur du conseil municipal\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le procès-verbal mentionne les conseillers qui\n"
               "votent pour chaque projet.\n"
               "\n"
               "Le Maire,\n"
               "Marc DURIEUX\n",
         .n_articles = TT(1),
         .articles = {[0] = {.text = "Le procès-verbal mentionne les conseillers qui votent pour chaque projet."}}},
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-008\n"
               "OBJET : Convention de mise à disposition d'un local communal au profit des associations\n"
               "Rapporteur : M. Marc DURIEUX, Maire\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n",
         .title = "Convention de mise à disposition d'un local communal au profit des associations"},
        /* prose right under the title (no blank line): not the title */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-009\n"
               "OBJET : Convention de mise à disposition d'un local communal au profit des associations\n"
               "L'an deux mille vingt-cinq, le trois février, le Conseil municipal s'est réuni à la mairie\n"
               "sous la présidence de M. Marc DURIEUX, Maire.\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n",
         .title = "Convention de mise à disposition d'un local communal au profit des associations"},
        /* a title in capitals, then prose in mixed case running over
           two lines (OCR dropped the blank between): not the title */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-012\n"
               "OBJET : PRIX DE L'EAU POTABLE ET REDEVANCE D'ABONNEMENT AU 1er JANVIER 2026\n"
               "Le Maire rappelle que le prix de l'eau a été fixé pour 2025 par une délibération du\n"
               "conseil municipal. Le programme de travaux impose une hausse modérée des tarifs\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver les tarifs.\n",
         .title = "PRIX DE L'EAU POTABLE ET REDEVANCE D'ABONNEMENT AU 1er JANVIER 2026"},
        /* ... but one mixed-case line, then a blank: the title goes on */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-013\n"
               "OBJET : CONVENTION DE MISE À DISPOSITION D'UN LOCAL COMMUNAL AU PROFIT DE L'ASSOCIATION\n"
               "Les Jardins Partagés du Bourg pour l'année 2025\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n",
         .title = "CONVENTION DE MISE À DISPOSITION D'UN LOCAL COMMUNAL AU PROFIT DE L'ASSOCIATION "
                  "Les Jardins Partagés du Bourg pour l'année 2025"},
        /* an OCR speck tail ending the wrapped block ("... saison ï
           ;"): a lone mark after a token of 2 characters is no stop; one
           after a number or a word is ("l'article 5 ;", "comme suit :") */
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-015\n"
               "OBJET : Attribution d'une subvention exceptionnelle à l'association sportive locale\n"
               "Football Club de Boisvert pour l'achat de matériel\n"
               "de la saison ï ;\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'attribuer la subvention.\n",
         .title = "Attribution d'une subvention exceptionnelle à l'association sportive locale "
                  "Football Club de Boisvert pour l'achat de matériel de la saison ï"},
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-016\n"
               "OBJET : Attribution d'une subvention exceptionnelle à l'association sportive locale\n"
               "Football Club de Boisvert pour l'achat de matériel\n"
               "selon l'article 5 ;\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'attribuer la subvention.\n",
         .title = "Attribution d'une subvention exceptionnelle à l'association sportive locale"},
        {.in = "COMMUNE DE BOISVERT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "DÉLIBÉRATION N° 2025-017\n"
               "OBJET : Attribution d'une subvention exceptionnelle à l'association sportive locale\n"
               "Football Club de Boisvert pour l'achat de matériel\n"
               "comme suit :\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'attribuer la subvention.\n",
         .title = "Attribution d'une subvention exceptionnelle à l'association sportive locale"},
        /* the issuing authority's line right under the title (OCR
           dropped the blank line): the preamble, not the title */
        {.in = "COMMUNAUTÉ DE COMMUNES DU VAL DE BOISVERT\n"
               "DÉCISION DU PRÉSIDENT N° DP-2026-014\n"
               "Objet : Tarifs de la navette estivale du lac de Boisvert pour la saison 2026\n"
               "Le Président de la Communauté de communes du Val de Boisvert,\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés conformément à l'annexe.\n",
         .title = "Tarifs de la navette estivale du lac de Boisvert pour la saison 2026"},
        /* a capitalised continuation that is no authority stays */
        {.in = "COMMUNAUTÉ DE COMMUNES DU VAL DE BOISVERT\n"
               "DÉCISION DU PRÉSIDENT N° DP-2026-015\n"
               "Objet : Convention de mise à disposition d'un local communal au profit de l'association\n"
               "Le Président Club de Boisvert\n"
               "\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : La convention est approuvée.\n",
         .title = "Convention de mise à disposition d'un local communal au profit de l'association "
                  "Le Président Club de Boisvert"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an assembly's name wrapped over a line end in the séance sentence
   ("le conseil" / "municipal, légalement convoqué …") is the body when the
   heading zone holds it alone (wrapped_assembly()); not a council that
   will decide later, not another word after "conseil" */
static void test_wrapped_assembly(void **state)
{
    static const doc_row rows[] = {
        {.in =
               "COMMUNE DE VAL-DORMANT\n"
               "\n"
               "DÉLIBÉRATION N° 2026-007\n"
               "Séance du 19 mars 2026\n"
               "\n"
               "Objet : Règlement du cimetière communal\n"
               "\n"
               "Le dix-neuf mars deux mille vingt-six, à vingt heures, le conseil\n"
               "municipal, légalement convoqué le 12 mars 2026, s'est réuni à la mairie.\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "Le conseil municipal, après en avoir délibéré, à l'unanimité,\n"
               "APPROUVE le règlement du cimetière communal.\n",
         .body = "conseil municipal"},
        /* negatives */
        {.in =
               "COMMUNE DE VAL-DORMANT\n"
               "\n"
               "DÉLIBÉRATION N° 2026-007\n"
               "Séance du 19 mars 2026\n"
               "\n"
               "Objet : Règlement du cimetière communal\n"
               "\n"
               "Le dix-neuf mars deux mille vingt-six, à vingt heures, le conseil\n"
               "municipal statuera, légalement convoqué le 12 mars 2026, s'est réuni à la mairie.\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "Le conseil municipal, après en avoir délibéré, à l'unanimité,\n"
               "APPROUVE le règlement du cimetière communal.\n",
         .body = TT_NULL},
        {.in =
               "COMMUNE DE VAL-DORMANT\n"
               "\n"
               "DÉLIBÉRATION N° 2026-007\n"
               "Séance du 19 mars 2026\n"
               "\n"
               "Objet : Règlement du cimetière communal\n"
               "\n"
               "Le dix-neuf mars deux mille vingt-six, à vingt heures, le conseil\n"
               "d'école, légalement convoqué le 12 mars 2026, s'est réuni à la mairie.\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "Le conseil municipal, après en avoir délibéré, à l'unanimité,\n"
               "APPROUVE le règlement du cimetière communal.\n",
         .body = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* blind set BX: the act's code printed without N° after a dash on
   the séance line (not a year alone); a procès-verbal's "RÉUNION DU
   COMITÉ" heading names its body, not the side-by-side signature roles
   ("La présidente,    La secrétaire de séance,"), and not "DU COMITÉ
   TECHNIQUE" cut to "COMITÉ"; "CCAS DE X" over its expansion alone */
static void test_bx_heading(void **state)
{
    static const doc_row rows[] = {
        {.in = "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA MEUSINE\n"
               "\n"
               "CONSEIL D'ADMINISTRATION\n"
               "Séance du vendredi 3 juillet 2026 – Délibération 2026-DCA-022\n"
               "\n"
               "Objet : Taux de la cotisation\n"
               "\n"
               "Vu la délibération n° 2025-DCA-031 du 4 décembre 2025 ;\n"
               "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer le taux.\n",
         .number = "2026-DCA-022",
         .n_references = TT(1),
         .references = {[0] = {.number = "2025-DCA-031"}}},
        /* negative: a year alone after the act word */
        {.in = "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA MEUSINE\n"
               "\n"
               "CONSEIL D'ADMINISTRATION\n"
               "Séance du vendredi 3 juillet 2026 – Délibération 2026\n"
               "\n"
               "Objet : Taux de la cotisation\n"
               "\n"
               "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer le taux.\n",
         .number = TT_NULL},
        {.in = "CAISSE DES ÉCOLES DE LUSIGNY\n"
               "\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ\n"
               "Séance du lundi 9 mars 2026\n"
               "\n"
               "Le comité s'est réuni à l'hôtel de ville.\n"
               "\n"
               "1. Compte administratif : approuvé à l'unanimité.\n"
               "\n"
               "La présidente,                      La secrétaire de séance,\n"
               "Martine LEBRUN                      Hélène ROBIN\n",
         .body = "COMITÉ"},
        /* negative: a comité with its kind is no bare "COMITÉ" */
        {.in = "CAISSE DES ÉCOLES DE LUSIGNY\n"
               "\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ TECHNIQUE\n"
               "Séance du lundi 9 mars 2026\n"
               "\n"
               "Le comité s'est réuni à l'hôtel de ville.\n"
               "\n"
               "1. Compte administratif : approuvé à l'unanimité.\n"
               "\n"
               "La présidente,                      La secrétaire de séance,\n"
               "Martine LEBRUN                      Hélène ROBIN\n",
         .body = TT_NULL},
        /* an authority line in capitals without its comma, an honour
           line then the visas below it: the body over a service line */
        {.in = "PRÉFECTURE DE LA LOZANNE\n"
               "Direction de la citoyenneté et de la légalité\n"
               "\n"
               "ARRÊTÉ N° DCL-BUP-2026-0562\n"
               "\n"
               "OBJET : Déclaration d'utilité publique du projet.\n"
               "\n"
               "LE PRÉFET DE LA LOZANNE\n"
               "Chevalier de la Légion d'honneur\n"
               "\n"
               "VU le code de l'expropriation pour cause d'utilité publique ;\n"
               "\n"
               "ARRÊTE :\n"
               "ARTICLE PREMIER : Le projet est déclaré d'utilité publique.\n",
         .collectivity = "PRÉFECTURE DE LA LOZANNE", .body = "LE PRÉFET"},
        /* negative: a capitals heading over prose is no authority */
        {.in = "PRÉFECTURE DE LA LOZANNE\n"
               "Direction de la citoyenneté et de la légalité\n"
               "\n"
               "ARRÊTÉ N° DCL-BUP-2026-0562\n"
               "\n"
               "LE PRÉFET DE LA LOZANNE\n"
               "informe les habitants de la commune.\n"
               "\n"
               "VU le code de l'expropriation pour cause d'utilité publique ;\n"
               "\n"
               "ARRÊTE :\n"
               "ARTICLE PREMIER : Le projet est déclaré d'utilité publique.\n",
         .body = "Direction de la citoyenneté et de la légalité"},
        {.in = "CCAS DE BELLERIVE-SUR-ANCE\n"
               "Centre communal d'action sociale\n"
               "2, place de la Mairie – 71290 Bellerive-sur-Ance\n"
               "\n"
               "DÉLIBÉRATION DU CONSEIL D'ADMINISTRATION\n"
               "N° 2026-12\n"
               "\n"
               "OBJET : Aides facultatives\n"
               "\n"
               "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer les aides.\n",
         .collectivity = "CCAS DE BELLERIVE-SUR-ANCE", .number = "2026-12"},
        /* negative: the expansion alone stays the collectivity */
        {.in = "Centre communal d'action sociale de Bellerive\n"
               "2, place de la Mairie – 71290 Bellerive-sur-Ance\n"
               "\n"
               "DÉLIBÉRATION DU CONSEIL D'ADMINISTRATION\n"
               "N° 2026-12\n"
               "\n"
               "OBJET : Aides facultatives\n"
               "\n"
               "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer les aides.\n",
         .collectivity = "Centre communal d'action sociale de Bellerive"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* blind set CA: an electoral collège heading of the attendance
   ("COLLÈGE DES PERSONNELS BIATSS") is no EPLE letterhead (an EPLE's
   "COLLÈGE DES CHARTREUX" stays one); "Acte n° 2026-014" alone on its
   line is the act's number (not a transmission id "Acte n° 045-…-AR");
   "sur convocation du président en date du 5 juin 2026" */
static void test_ca_university_eple_chambre(void **state)
{
    static const doc_row rows[] = {
        {.in = "UNIVERSITÉ DE BELVAUX\nÉtablissement public à caractère scientifique, culturel et professionnel\n"
               "Présidence – 12, place des Facultés – 61210 BELVAUX\n\nCONSEIL D'ADMINISTRATION\n\nDÉLIBÉRATION N° CA-2026-042\n"
               "Séance du mardi 14 avril 2026\n\nObjet : Budget rectificatif\n\n"
               "Nombre de membres en exercice : 36\n\n"
               "COLLÈGE DES PERSONNELS BIATSS\nPrésents : Mme Valérie CHAMBON, M. Rachid AMRANI\n\n"
               "Le conseil d'administration, après en avoir délibéré, DÉCIDE :\nArticle 1 – Le budget est adopté.\n",
         .ndocs = TT(1), .collectivity = "UNIVERSITÉ DE BELVAUX", .number = "CA-2026-042"},
        {.in = "COLLÈGE DES CHARTREUX\n\nCONSEIL D'ADMINISTRATION\n\nDÉLIBÉRATION N° 12\n"
               "Séance du mardi 14 avril 2026\n\nObjet : Budget\n\n"
               "Le conseil d'administration, après en avoir délibéré, DÉCIDE :\nArticle 1 – Le budget est adopté.\n",
         .ndocs = TT(1), .collectivity = "COLLÈGE DES CHARTREUX"},
        {.in = "LYCÉE GÉNÉRAL MARIE-MARVINGT\n\nCONSEIL D'ADMINISTRATION\nSéance du jeudi 5 février 2026\n\n"
               "Acte n° 2026-014\n\nObjet : Voyage scolaire\n\n"
               "Le conseil d'administration, après en avoir délibéré, DÉCIDE :\nArticle 1er – Le voyage est approuvé.\n"
               "\nFait à Véreuil, le 6 février 2026.\n"
               "Transmis au rectorat le 9 février 2026.\nActe n° 045-200091759-20260421-AP2026_017-AR\n",
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION), .number = "2026-014"},
        {.in = "CHAMBRE D'AGRICULTURE DU VAL-DE-SARVE\n\nASSEMBLÉE GÉNÉRALE\n\nDÉLIBÉRATION N° 07/2026\n\n"
               "OBJET : BUDGET RECTIFICATIF\n\n"
               "L'an deux mille vingt-six, le vingt-deux juin à dix heures, les membres élus de la\n"
               "Chambre se sont réunis en assemblée générale, sur convocation du président\n"
               "en date du 5 juin 2026, sous la présidence de M. Gérard POUCHOL, président.\n\n"
               "L'assemblée générale, après en avoir délibéré, ADOPTE le budget.\nArticle 1 : Le budget est adopté.\n",
         .ndocs = TT(1), .convened_y = TT(2026), .convened_m = TT(6), .convened_d = TT(5)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an act label at the right of another line after a wide gap
   ("Séance du ...      Délibération n° X"): the act's number, and no
   reference of the act to itself */
static void test_number_right_cell(void **state)
{
    static const doc_row rows[] = {
        {.in = "SYNDICAT DES EAUX DE LA HAUTE-VÈRE\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "\n"
               "Séance du lundi 3 février 2025                  Délibération n° CS-2025-04\n"
               "\n"
               "OBJET : Tarifs de l'eau pour 2025\n"
               "\n"
               "Vu la délibération n° CS-2024-11 du 4 mars 2024 ;\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer les tarifs.\n",
         .ndocs = TT(1),
         .number = "CS-2025-04",
         .n_references = TT(1),
         .references = {[0] = {.number = "CS-2024-11"}}},
        /* no N°: a code with a slash; the label types the act a
           délibération though its verb is "ARRÊTE" */
        {.in = "SYNDICAT MIXTE DU SCOT DU PAYS DE BRÈVE\n"
               "\n"
               "Comité syndical – séance du 2 juin 2026                Délibération CS 2026/07\n"
               "\n"
               "OBJET : Arrêt du projet de SCoT\n"
               "\n"
               "Le comité syndical, après en avoir délibéré,\n"
               "ARRÊTE :\n"
               "Article 1 : Le projet est arrêté.\n",
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION), .number = "CS 2026/07"},
        /* negative: a year alone in the right cell is no code */
        {.in = "COMMUNE DE BRÈVE\n"
               "\n"
               "Conseil municipal – séance du 2 juin 2026                Délibération 2026\n"
               "\n"
               "OBJET : Tarifs\n"
               "\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .ndocs = TT(1), .number = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: a hyphen of the act number read as a colon ("CS:2024-017",
   "B-2024:045"): the number with its hyphen; a number without another
   hyphen keeps its colon ("2024:17") */
static void test_number_colon_for_hyphen(void **state)
{
    static const struct {
        const char *label, *number;
    } rows[] = {
        {"Délibération n° CS:2024-017", "CS-2024-017"},
        {"Délibération du Bureau n° B-2024:045", "B-2024-045"},
        {"Délibération n° CP:2024-03-112", "CP-2024-03-112"},
        {"Délibération n° CS-2024-017", "CS-2024-017"},
        {"Délibération n° 2024:17", "2024:17"},
        /* a speck ':' glued before the hyphen ("CA:-2025-52"); a speck
           "!" standing apart before the label ("©! DÉLIBÉRATION") */
        {"DÉLIBÉRATION N° CA:-2025-52", "CA-2025-52"},
        {"©! DÉLIBÉRATION N° AP-2025-12-0418", "AP-2025-12-0418"},
        {"Délibération n° 2025:-52", "2025:-52"},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char in[1024];
        snprintf(in, sizeof in,
                 "SYNDICAT MIXTE DU PAYS DE BRAYE\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n\n"
                 "%s\n\n"
                 "OBJET : Redevance spéciale\n\n"
                 "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
                 "Article 1 : De fixer le tarif.\n", rows[k].label);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_true(c.docs.n >= 1);
        assert_non_null(c.docs.v[0].number);
        assert_string_equal(c.docs.v[0].number, rows[k].number);
        ex_call_free(&c);
    }
}

/* an act number holding a letters prefix and a blank ("DCM 2024/112"):
   the number as printed, and the same form cited in a visa is a
   reference; a function word in capitals is no prefix */
static void test_number_letters_prefix(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-PIERRE-DES-ÉTANGS\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "DÉLIBÉRATION N° DCM 2025/031\n"
               "\n"
               "OBJET : Tarifs de la cantine scolaire\n"
               "\n"
               "Vu la délibération n° DCM 2024/207 du 12 décembre 2024 ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : De fixer les tarifs.\n",
         .ndocs = TT(1),
         .number = "DCM 2025/031",
         .n_references = TT(1),
         .references = {[0] = {.number = "DCM 2024/207", .text = "délibération n° DCM 2024/207 du 12 décembre 2024"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    /* "N° DU 2025-04": a function word, no prefix (the number is not "DU 2025-04") */
    const char s2[] =
        "COMMUNE DE SAINT-PIERRE-DES-ÉTANGS\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "\n"
        "DÉLIBÉRATION N° DU 2025-04\n"
        "\n"
        "OBJET : Tarifs de la cantine scolaire\n"
        "\n"
        "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
        "Article 1 : De fixer les tarifs.\n";
    run_pipeline(&c, *state, s2);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_true(d->number == NULL || strcmp(d->number, "DU 2025-04"));
    ex_call_free(&c);
}

/* "DCM N° 2026/041" (the abbreviation of a council's délibération
   alone before N°): the number line; "AFFAIRE :" is the object label,
   its title set with a hanging indent; "1°) AFFECTE …" after the
   preamble is the decision verb; not "Affaire suivie par :" */
static void test_dcm_affaire(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE MORNE-VERT\n"
               "REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "DCM N° 2026/041\n"
               "AFFAIRE : Affectation de la dotation de l'octroi de mer\n"
               "          2026 – programme de voirie des sections Fond-Caraïbe et\n"
               "          Bois-Debout\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "APRÈS EN AVOIR DÉLIBÉRÉ, LE CONSEIL MUNICIPAL :\n"
               "\n"
               "1°) AFFECTE une enveloppe de 1 150 000 € au programme de voirie ;\n"
               "2°) AUTORISE le Maire à signer tout document.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "2026/041",
         .title = "Affectation de la dotation de l'octroi de mer 2026 – programme de voirie des sections "
                  "Fond-Caraïbe et Bois-Debout",
         .decision_verb = "AFFECTE"},
        /* the continuation not in the title's column: not joined */
        {.in = "VILLE DE MORNE-VERT\n"
               "REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "DCM N° 2026/041\n"
               "AFFAIRE : Affectation de la dotation de l'octroi de mer\n"
               "    2026 – programme de voirie\n"
               "\n"
               "APRÈS EN AVOIR DÉLIBÉRÉ, LE CONSEIL MUNICIPAL :\n"
               "\n"
               "1°) AFFECTE une enveloppe de 1 150 000 € au programme de voirie ;\n",
         .ndocs = TT(1),
         .number = "2026/041",
         .title = "Affectation de la dotation de l'octroi de mer"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the council of an arrondissement (Paris, Lyon, Marseille) is the
   body, as printed: "CONSEIL DU 3e ARRONDISSEMENT", "CONSEIL
   D'ARRONDISSEMENT"; "CONSEIL DE QUARTIER" is none */
static void test_body_arrondissement(void **state)
{
    static const struct {
        const char *line, *body;
    } cases[] = {
        {"CONSEIL DU 3e ARRONDISSEMENT", "CONSEIL DU 3e ARRONDISSEMENT"},
        {"CONSEIL DU 1er ARRONDISSEMENT", "CONSEIL DU 1er ARRONDISSEMENT"},
        {"CONSEIL DU XIVe ARRONDISSEMENT", "CONSEIL DU XIVe ARRONDISSEMENT"},
        {"CONSEIL D'ARRONDISSEMENT", "CONSEIL D'ARRONDISSEMENT"},
        {"CONSEIL DE QUARTIER", NULL},
        /* Marseille's sector council: "arrondissements" plural, its
           sector printed after it; a tail that is no sector stays out */
        {"CONSEIL D'ARRONDISSEMENTS DU 3e SECTEUR", "CONSEIL D'ARRONDISSEMENTS DU 3e SECTEUR"},
        {"CONSEIL D'ARRONDISSEMENTS", "CONSEIL D'ARRONDISSEMENTS"},
        {"CONSEIL D'ARRONDISSEMENTS DU 3e QUARTIER", "CONSEIL D'ARRONDISSEMENTS"},
        {"CONSEIL DE PARIS", "CONSEIL DE PARIS"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[600];
        snprintf(s, sizeof s,
                 "VILLE DE MARSEILLE\n"
                 "Mairie des 4e et 5e arrondissements\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
                 "Séance du lundi 3 février 2025\n"
                 "\n"
                 "Délibération n° 2025/45/007 – Subventions aux associations\n"
                 "\n"
                 "Le Conseil, après en avoir délibéré, DÉCIDE :\n"
                 "Article 1 : D'attribuer les subventions.\n",
                 cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        if (cases[k].body) {
            assert_non_null(d->body);
            assert_string_equal(d->body, cases[k].body);
        } else {
            assert_true(d->body == NULL || !strstr(d->body, "QUARTIER"));
        }
        ex_call_free(&c);
    }
}

/* a body printed on a heading line wins over a body word in a
   sentence ("sur convocation du conseil d'administration", "siégeant en
   formation de conseil municipal"), also after an elided article ("DE
   L'ASSEMBLÉE GÉNÉRALE ORDINAIRE", its kind kept); a SEM's name over
   "Société anonyme d'économie mixte locale" is the collectivity, not
   over a plain "Société anonyme" */
static void test_body_printed_line(void **state)
{
    static const struct { const char *head, *coll, *body; } cases[] = {
        {"SPL RHODANIENNE MOBILITÉS\nSociété publique locale au capital de 200 000 euros\n\n"
         "PROCÈS-VERBAL DES DÉLIBÉRATIONS\nDE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 25 JUIN 2026\n",
         "SPL RHODANIENNE MOBILITÉS", "ASSEMBLÉE GÉNÉRALE ORDINAIRE"},
        {"SPL RHODANIENNE MOBILITÉS\nSociété publique locale au capital de 200 000 euros\n\n"
         "PROCÈS-VERBAL DES DÉLIBÉRATIONS\nDE L’ASSEMBLÉE GÉNÉRALE EXTRAORDINAIRE DU 25 JUIN 2026\n",
         "SPL RHODANIENNE MOBILITÉS", "ASSEMBLÉE GÉNÉRALE EXTRAORDINAIRE"},
        {"LYON RIVES PATRIMOINE\nSociété anonyme d'économie mixte locale au capital de 3 600 000 €\n\n"
         "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 25 JUIN 2026\n",
         "LYON RIVES PATRIMOINE", "ASSEMBLÉE GÉNÉRALE ORDINAIRE"},
        /* (no public legal form: the name is no collectivity; a word
           ending in an apostrophe is no elided article) */
        {"LYON RIVES PATRIMOINE\nSociété anonyme au capital de 3 600 000 €\n\n"
         "PROCÈS-VERBAL DES DÉLIBÉRATIONS\nJUSQU'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 25 JUIN 2026\n",
         NULL, "conseil d'administration"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "%s"
                 "\n"
                 "L'an deux mille vingt-six, le vingt-cinq juin, les actionnaires se sont réunis\n"
                 "sur convocation du conseil d'administration adressée le 5 juin 2026.\n"
                 "\n"
                 "PREMIÈRE RÉSOLUTION – Approbation des comptes\n"
                 "L'assemblée générale approuve les comptes.\n"
                 "Cette résolution est adoptée à l'unanimité des voix.\n",
                 cases[k].head);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        if (cases[k].coll) {
            assert_non_null(d->collectivity);
            assert_string_equal(d->collectivity, cases[k].coll);
        } else
            assert_true(d->collectivity == NULL || strcmp(d->collectivity, "LYON RIVES PATRIMOINE"));
        if (!d->body || strcmp(d->body, cases[k].body))
            print_error("case %zu: body %s\n", k, d->body ? d->body : "(null)");
        assert_non_null(d->body);
        assert_string_equal(d->body, cases[k].body);
        ex_call_free(&c);
    }
}

/* the commissions a contracting collectivity must hold (appel d'offres,
   délégation de service public) are the body of their minutes; a body
   named in the subject line ("OBJET : ÉLECTION DES MEMBRES DE LA
   COMMISSION ...", "... DU BUREAU") is not the issuing body */
static void test_body_commission(void **state)
{
    static const struct {
        const char *head, *objet, *body;
    } cases[] = {
        {"COMMISSION D'APPEL D'OFFRES", "Attribution du marché de voirie", "COMMISSION D'APPEL D'OFFRES"},
        {"Commission d'appel d'offres", "Attribution du marché de voirie", "Commission d'appel d'offres"},
        {"COMMISSION DE DÉLÉGATION DE SERVICE PUBLIC", "Ouverture des candidatures",
         "COMMISSION DE DÉLÉGATION DE SERVICE PUBLIC"},
        {"PROCÈS-VERBAL", "ÉLECTION DES MEMBRES DE LA COMMISSION D'APPEL D'OFFRES", NULL},
        {"PROCÈS-VERBAL", "ÉLECTION DES MEMBRES DU BUREAU", NULL},
        /* its name alone on its line in mixed case, with its acronym */
        {"Commission locale d'évaluation des charges transférées (CLECT)", "Charges transférées",
         "Commission locale d'évaluation des charges transférées (CLECT)"},
        {"COMMISSION D'APPEL D'OFFRES (CAO)", "Attribution du marché de voirie", "COMMISSION D'APPEL D'OFFRES (CAO)"},
        {"CONSEIL DE SURVEILLANCE", "Compte financier 2024", "CONSEIL DE SURVEILLANCE"},
        /* two assemblies split by a dash: the printed line whole; a dash
           before no assembly ends the body */
        {"CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE", "Plan de mobilité", "CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE"},
        {"CONSEIL DÉPARTEMENTAL - COMMISSION PERMANENTE", "Plan de mobilité",
         "CONSEIL DÉPARTEMENTAL - COMMISSION PERMANENTE"},
        {"CONSEIL RÉGIONAL – SÉANCE PLÉNIÈRE", "Plan de mobilité", "CONSEIL RÉGIONAL"},
        {"CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE DU 3 MARS", "Plan de mobilité", "CONSEIL RÉGIONAL"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[600];
        snprintf(s, sizeof s,
                 "SYNDICAT MIXTE DES EAUX DU PLATEAU\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "OBJET : %s\n"
                 "\n"
                 "Réunion du 4 février 2025\n"
                 "Vu le code de la commande publique ;\n"
                 "Fait à Lunel, le 4 février 2025.\n",
                 cases[k].head, cases[k].objet);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        if (cases[k].body) {
            assert_non_null(d->body);
            assert_string_equal(d->body, cases[k].body);
        } else {
            assert_null(d->body);
        }
        ex_call_free(&c);
    }
}

/* the same label after OCR joined the two cells with one blank or a
   speck between blanks ("Séance du ... : Délibération n° X", "Nombre de
   conseillers . Délibération n° X"); not a label inside a sentence, nor
   one whose number does not end the line, nor on another kind of line */
static void tail_number(void **state, const char *line, const char *want)
{
    ex_call c;
    char s[1024];
    snprintf(s, sizeof s,
             "SYNDICAT DES EAUX DE LA HAUTE-VÈRE\n"
             "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
             "\n"
             "%s\n"
             "\n"
             "OBJET : Tarifs de l'eau pour 2025\n"
             "\n"
             "Vu le code général des collectivités territoriales ;\n"
             "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
             "Article 1 : De fixer les tarifs.\n", line);
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    if (want) {
        assert_non_null(d->number);
        assert_string_equal(d->number, want);
    } else {
        assert_null(d->number);
    }
    ex_call_free(&c);
}

static void test_number_tail_cell(void **state)
{
    tail_number(state, "Séance du lundi 3 février 2025 Délibération n° CS-2025-04", "CS-2025-04");
    tail_number(state, "Séance du lundi 3 février 2025 : Délibération n° CS-2025-04", "CS-2025-04");
    tail_number(state, "Nombre de délégués . Délibération n° 2025-004", "2025-004");
    tail_number(state, "Réunion du 3 février 2025 — Arrêté n° 2025-12 :", "2025-12");
    /* negatives */
    tail_number(state, "Séance du 3 février 2025 après la délibération n° CS-2025-04", NULL);
    tail_number(state, "Séance du 3 février 2025 Délibération n° CS-2025-04 modifiée", NULL);
    tail_number(state, "Tarifs de l'eau et Délibération n° CS-2025-04", NULL);
    tail_number(state, "Séance du 3 février 2025 : Délibération", NULL);
}

/* a verb list in capitals: the first operative verb is the decision,
   even when it is APPROUVE (contract: "decision is its first operative
   verb"); never a title in capitals, a participle, or a verb after the
   act's DÉCIDE */
static void test_verb_list(void **state)
{
    static const doc_row rows[] = {
        /* DÉCIDE comes first: the list below it is the decision's text */
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : APPROUVE LE COMPTE ADMINISTRATIF\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "APRES EN AVOIR DELIBERE, le Conseil municipal\n"
               "DÉCIDE :\n"
               "- APPROUVE le compte administratif ;\n"
               "ADOPTÉ à l'unanimité.\n",
         .title = "APPROUVE LE COMPTE ADMINISTRATIF",
         .decision_verb = "DÉCIDE"},
        /* no verb at all: a title in capitals and a participle are none */
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : tarifs\n"
               "FIXATION DES TARIFS COMMUNAUX\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "ADOPTÉ à l'unanimité.\n",
         .decision_verb = TT_NULL},
        /* "ADOPTE :" alone (the Polynésie française's verb line): the
           decision verb; "ADOPTÉ" (a participle, no colon) is none */
        {.in = "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE\n"
               "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n"
               "Vu la loi organique n° 2004-192 du 27 février 2004 ;\n"
               "La présente délibération a été adoptée par 42 voix pour et 13 abstentions.\n\n"
               "ADOPTE :\n\n"
               "Article 1er.— La convention est approuvée.\n",
         .decision_verb = "ADOPTE"},
        {.in = "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE\n"
               "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n"
               "Vu la loi organique n° 2004-192 du 27 février 2004 ;\n"
               "Article 1er.— La convention est approuvée.\n\n"
               "ADOPTÉ\n",
         .decision_verb = TT_NULL},
        /* a verb in capitals alone under a preamble sentence wrapped over
           two lines ("… à voix" / "délibérative,"), or under a line
           ending with a tally and its comma ("…, à l'unanimité,") */
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "Après en avoir délibéré, la commission, à l'unanimité des membres à voix\n"
               "délibérative,\n"
               "ATTRIBUE :\n"
               "- le lot n° 1 à la société X ;\n",
         .decision_verb = "ATTRIBUE"},
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "Au regard des garanties professionnelles, la commission, à l'unanimité,\n\n"
               "ADMET à présenter une offre :\n"
               "  • SOCIÉTÉ DES EAUX ;\n",
         .decision_verb = "ADMET"},
        /* negatives: the negative verb; a comma line that is neither a
           preamble's tail nor a tally */
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "Au regard des garanties professionnelles, la commission, à l'unanimité,\n\n"
               "N'ADMET PAS :\n"
               "  • SOCIÉTÉ DES EAUX ;\n",
         .decision_verb = TT_NULL},
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "Les candidats ont été entendus, la commission, en présence du comptable,\n"
               "ATTRIBUE :\n"
               "- le lot n° 1 à la société X ;\n",
         .decision_verb = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char s[] =
        "SYNDICAT INTERCOMMUNAL DU PAYS DE LA HAUTE-SARTHE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "OBJET : PROGRAMME DE VOIRIE 2024\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "Considérant que les crédits sont inscrits au budget ;\n"
        "\n"
        "Après en avoir délibéré, le Comité syndical :\n"
        "- APPROUVE le programme pluriannuel de voirie ;\n"
        "- AUTORISE le Président à signer tout document.\n"
        "Adopté à l'unanimité.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_string_equal(d->decision_verb, "APPROUVE");
    assert_span_first(&c, d->decision_span, "APPROUVE");
    assert_int_equal(d->considerants.n, 1);
    ex_call_free(&c);
}

/* verbs of a decision that rules out or declares (a commission d'appel
   d'offres, a bureau): ÉCARTE, REJETTE, DÉCLARE in capitals are operative
   verbs like APPROUVE; their participles and a title in capitals
   ("DÉCLARATION ...") are not */
static void test_verb_list_rule_out(void **state)
{
    static const struct {
        const char *line, *verb;
    } cases[] = {
        {"ÉCARTE l'offre du candidat comme anormalement basse ;", "ÉCARTE"},
        {"- REJETTE la réclamation du candidat ;", "REJETTE"},
        {"DÉCLARE la consultation infructueuse ;", "DÉCLARE"},
        {"- DECLARE sans suite la procédure ;", "DECLARE"},
        {"OFFRE ÉCARTÉE", NULL},
        {"REJETÉ à la majorité.", NULL},
        {"DÉCLARATION PRÉALABLE DE TRAVAUX", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "SYNDICAT INTERCOMMUNAL DES EAUX DU PLATEAU\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU\n"
                 "OBJET : Marché de travaux\n"
                 "Vu le code de la commande publique ;\n"
                 "\n"
                 "Après en avoir délibéré, le Bureau :\n"
                 "%s\n"
                 "Fait à Lunel, le 3 avril 2025.\n", cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        if (cases[k].verb) {
            assert_non_null(c.docs.v[0].decision_verb);
            assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
        } else {
            assert_null(c.docs.v[0].decision_verb);
        }
        ex_call_free(&c);
    }
}

/* "Après en avoir délibéré," [a majority line] then a numbered or dash
   dispositif list: the verb opening the first item ("1°) Approuve …",
   "- Approuve …", "1°) APPROUVE …") is the decision verb; not a verb
   inside an item, not a list far from the preamble, not a noun */
static void test_verb_numbered_list(void **state)
{
    static const struct {
        const char *pre, *line, *verb;
    } cases[] = {
        {"Après en avoir délibéré,\nÀ l'unanimité des membres présents,\n\n", "1°) Approuve le projet de travaux ;", "Approuve"},
        {"Après en avoir délibéré,\nÀ l'unanimité des membres présents,\n\n", "1°) APPROUVE le projet de travaux ;", "APPROUVE"},
        {"Après en avoir délibéré,\n", "- Sollicite une subvention de l'État ;", "Sollicite"},
        {"Après en avoir délibéré, le Conseil :\n", "1. Autorise le Maire à signer le marché ;", "Autorise"},
        {"Après en avoir délibéré,\n", "2) Accepte le don de la famille ;", "Accepte"},
        {"Après en avoir délibéré,\n", "1°) Approbation du projet de travaux ;", NULL},
        {"Après en avoir délibéré,\n", "1°) S'engage à inscrire les crédits ;", NULL},
        {"Après en avoir délibéré, le Conseil municipal, le budget étant voté\n", "1°) Approuve le projet ;", NULL},
        {"Le Maire expose le projet.\n", "1°) Approuve le projet de travaux ;", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[768];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-JEAN-DU-PIN\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Objet : Travaux d'électrification rurale\n"
                 "Vu la loi du 5 avril 1884 ;\n"
                 "\n"
                 "%s"
                 "%s\n"
                 "2°) Donne tous pouvoirs au Maire.\n"
                 "\n"
                 "Fait à Saint-Jean-du-Pin, le 3 avril 1970.\n", cases[k].pre, cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        if (cases[k].verb) {
            assert_non_null(c.docs.v[0].decision_verb);
            assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
        } else if (c.docs.v[0].decision_verb) {
            fail_msg("row %zu: verb %s", k, c.docs.v[0].decision_verb);
        }
        ex_call_free(&c);
    }
}

/* a procès-verbal: the decision is the first item's verb, printed inside
   the sentence ("..., après en avoir délibéré, APPROUVE le compte"), not
   a later item's DÉCIDE */
static void test_pv_first_verb(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNAUTÉ DE COMMUNES DU CŒUR D’ORNAIN\n"
               "PROCÈS-VERBAL\n"
               "DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\n"
               "DU JEUDI 16 MAI 2024\n"
               "\n"
               "1. DÉLIBÉRATION N° 2024-031 – COMPTE ADMINISTRATIF 2023\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Le Conseil communautaire, après en avoir délibéré, APPROUVE le compte administratif 2023 du budget\n"
               "principal.\n"
               "Adopté par 25 voix pour, 2 contre et 1 abstention.\n"
               "\n"
               "2. DÉLIBÉRATION N° 2024-032 – ADHÉSION AU GROUPEMENT DE COMMANDES\n"
               "Vu le Code de la commande publique ;\n"
               "Le Conseil communautaire DÉCIDE d’adhérer au groupement de commandes.\n"
               "Adopté à l’unanimité des membres présents.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "APPROUVE",
         .n_items = TT(2)},
        /* the procès-verbal's own number on its line ("Procès-verbal
           n° …", "PV n° …"); not an item's "Délibération n° …" */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-SÉGALA\n"
               "PROCÈS-VERBAL DE LA COMMISSION D'APPEL D'OFFRES\n"
               "Procès-verbal n° CAO-2026-03\n"
               "\n"
               "1. DÉLIBÉRATION N° 2026-031 – ATTRIBUTION\n"
               "La commission, après en avoir délibéré, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = "CAO-2026-03"},
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-SÉGALA\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\n"
               "PV n° 2026-03\n"
               "\n"
               "1. DÉLIBÉRATION N° 2026-031 – ATTRIBUTION\n"
               "Le conseil, après en avoir délibéré, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = "2026-03"},
        /* the body's acronym after the act word ("PV CAO n° …"; OCR
           "PV-CAO"), a bare "N° CDSP-2026-01" line under the heading */
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "PV CAO n° 2026-02\n"
               "\n"
               "La commission, à l'unanimité, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = "2026-02"},
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "PV-CAO n° 2026-02\n"
               "\n"
               "La commission, à l'unanimité, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = "2026-02"},
        {.in = "COMMUNAUTÉ D'AGGLOMÉRATION CŒUR D'ARMANCE\n"
               "COMMISSION DE DÉLÉGATION DE SERVICE PUBLIC\n"
               "PROCÈS-VERBAL D'OUVERTURE DES PLIS – CANDIDATURES\n"
               "N° CDSP-2026-01\n"
               "\n"
               "La commission, à l'unanimité, DÉCIDE d'admettre les candidats.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = "CDSP-2026-01"},
        /* a report's own number line in mixed case */
        {.in = "Communauté de communes du Val d'Ousse\n"
               "RAPPORT D'ANALYSE DES OFFRES\n"
               "Rapport n° RAO-2026-07\n"
               "\n"
               "Marché de fourniture de repas.\n",
         .type = TT(EX_DOC_RAPPORT),
         .number = "RAO-2026-07"},
        /* (near miss: a lower-case word after the act word is no acronym) */
        {.in = "VILLE DE VALBRUNE\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "PV de la séance n° 2026-02\n"
               "\n"
               "La commission, à l'unanimité, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = TT_NULL},
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-SÉGALA\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\n"
               "\n"
               "1. DÉLIBÉRATION N° 2026-031 – ATTRIBUTION\n"
               "Le conseil, après en avoir délibéré, DÉCIDE d'attribuer le marché.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = TT_NULL},
        /* lower case inside a sentence is no operative line */
        {.in = "COMMUNE DE TRONGET\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "1. DÉLIBÉRATION N° 2024-031 – COMPTE ADMINISTRATIF 2023\n"
               "Le Conseil municipal, après en avoir délibéré, approuve le compte administratif.\n"
               "2. DÉLIBÉRATION N° 2024-032 – TARIFS\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE de fixer les tarifs.\n",
         .decision_verb = "DÉCIDE"},
        /* the deliberation phrase inside a line that opens mid-sentence
           (an item told in prose): the verb after it, before a later
           item's verb at the start of its line; OCR split "PROCÈS- VERBAL" */
        {.in = "COMMUNE DE BRÉVIANDES\n"
               "PROCÈS- VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "1. Délibération n° 2025-041 – Tarifs de la restauration scolaire\n"
               "Mme Anne ROUX rappelle que les tarifs n’ont pas été revus depuis 2023. Vu le décret relatif aux\n"
               "prix de la restauration scolaire, le Conseil municipal, après en avoir délibéré, FIXE\n"
               "le prix du repas à 3,85 €.\n"
               "2. Délibération n° 2025-042 – Décision modificative\n"
               "Le Conseil municipal APPROUVE la décision modificative n° 2.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "FIXE"},
        /* "avoir délibéré" without "après" before it is no phrase */
        {.in = "COMMUNE DE BRÉVIANDES\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "1. Délibération n° 2025-041 – Tarifs de la restauration scolaire\n"
               "Mme Anne ROUX rappelle que les tarifs n’ont pas été revus depuis 2023, le conseil\n"
               "municipal regrette de ne pas avoir délibéré, FIXE au bulletin le prix du repas.\n"
               "2. Délibération n° 2025-042 – Décision modificative\n"
               "Le Conseil municipal APPROUVE la décision modificative n° 2.\n",
         .decision_verb = "APPROUVE"},
        /* the deliberation phrase cut by the line end ("après en\navoir
           délibéré, FIXE", "après en avoir\ndélibéré, FIXE"): the verb
           after it, not the next item's */
        {.in = "COMMUNE DE BRAMAYRAC\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Point 2 – Délibération n° 2026-014 : Vote des taux\n"
               "Mme la Maire propose de maintenir les taux. Vu le code général des\n"
               "impôts, le conseil municipal, après en\n"
               "avoir délibéré, FIXE les taux pour 2026.\n"
               "Point 3 – Délibération n° 2026-015 : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré, ADOPTE le budget primitif.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "FIXE"},
        {.in = "COMMUNE DE BRAMAYRAC\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Point 2 – Délibération n° 2026-014 : Vote des taux\n"
               "Mme la Maire propose de maintenir les taux. Le conseil municipal, après en avoir\n"
               "délibéré, FIXE les taux pour 2026.\n"
               "Point 3 – Délibération n° 2026-015 : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré, ADOPTE le budget primitif.\n",
         .decision_verb = "FIXE"},
        /* (a blank line between, OCR) */
        {.in = "COMMUNE DE BRAMAYRAC\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Point 2 – Délibération n° 2026-014 : Vote des taux\n"
               "Mme la Maire propose de maintenir les taux. Vu le code général des\n"
               "impôts, le conseil municipal, après en\n"
               "\n"
               "avoir délibéré, FIXE les taux pour 2026.\n"
               "Point 3 – Délibération n° 2026-015 : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré, ADOPTE le budget primitif.\n",
         .decision_verb = "FIXE"},
        /* a line opening "avoir délibéré," after no "après": none */
        {.in = "COMMUNE DE BRAMAYRAC\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Point 2 – Délibération n° 2026-014 : Vote des taux\n"
               "Mme la Maire regrette que le conseil ne puisse pas\n"
               "avoir délibéré, FIXE au bulletin les taux.\n"
               "Point 3 – Délibération n° 2026-015 : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré, ADOPTE le budget primitif.\n",
         .decision_verb = "ADOPTE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the verb in capitals right after a council subject with no other
   qualifier ("Le Conseil APPROUVE") or after "Le Conseil
   d'arrondissement" is the first operative verb; a capitalised word that
   is no verb after "Le Conseil" is none */
static void test_pv_council_subject_verb(void **state)
{
    static const doc_row rows[] = {
        /* "Le Conseil DE QUARTIER se réunit": no verb there; the item's is */
        {.in = "VILLE DE MARSEILLE\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Le Conseil DE QUARTIER se réunit chaque trimestre.\n"
               "1. DÉLIBÉRATION N° 2025-031 – TARIFS\n"
               "Le Conseil municipal, après en avoir délibéré, FIXE les tarifs.\n",
         .decision_verb = "FIXE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const char *const subj[] = {"Le Conseil d'arrondissement APPROUVE", "Le Conseil APPROUVE"};
    for (size_t k = 0; k < 2; k++) {
        char s[900];
        snprintf(s, sizeof s,
                 "VILLE DE MARSEILLE\n"
                 "CONSEIL D'ARRONDISSEMENT\n"
                 "PROCÈS-VERBAL DE SÉANCE\n"
                 "Séance du lundi 3 février 2025\n"
                 "\n"
                 "1. DÉLIBÉRATION N° 2025/45/001 – Approbation du procès-verbal\n"
                 "\n"
                 "%s le procès-verbal de la séance du 9 décembre 2024.\n"
                 "\n"
                 "Adopté à l'unanimité.\n"
                 "\n"
                 "2. DÉLIBÉRATION N° 2025/45/002 – Subventions\n"
                 "\n"
                 "Le Conseil d'arrondissement, vu le rapport, DÉCIDE d'attribuer les subventions.\n"
                 "\n"
                 "Adopté par 20 voix pour et 3 voix contre.\n",
                 subj[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].type, EX_DOC_PROCES_VERBAL);
        assert_non_null(c.docs.v[0].decision_verb);
        assert_string_equal(c.docs.v[0].decision_verb, "APPROUVE");
        ex_call_free(&c);
    }
}

static size_t count_refs(const ex_document *d, const char *kind)
{
    size_t n = 0;
    for (size_t i = 0; i < d->references.n; i++)
        if (!strcmp(d->references.v[i].kind, kind))
            n++;
    return n;
}

/* "Séance du 5 mars 2024 – Délibération n° CS-2024-07": the act's own
   number, not a reference; a "délibération n° ..." cited in a sentence
   of the heading is neither the number nor dropped */
static void test_number_after_dash(void **state)
{
    static const doc_row rows[] = {
        /* a list line starting with "délibération n° 12)" in lower case is
           no number line */
        {.in = "DÉPARTEMENT DE MEURTHE-ET-MOSELLE\n"
               "DÉLIBÉRATION DE LA COMMISSION PERMANENTE\n"
               "Étaient présents : Mme Chantal VAUTHIER, Mme Pauline RICHARD (jusqu'à la\n"
               "délibération n° 12), M. Stéphane JEANDEL.\n"
               "\n"
               "(N° 24-CP-0358)\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'attribuer les subventions.\n",
         .number = "24-CP-0358"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char s[] =
        "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "\n"
        "Séance du 5 mars 2024 – Délibération n° CS-2024-07\n"
        "\n"
        "OBJET : PROGRAMME DE VOIRIE\n"
        "Monsieur le Président rappelle que le Comité a approuvé, par délibération n° CS-2023-22 du\n"
        "12 décembre 2023, le schéma directeur.\n"
        "Vu la délibération n° CS-2024-03 du 30 janvier 2024 approuvant le budget ;\n"
        "DÉCIDE :\n"
        "Article 1 : D'approuver le programme.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_string_equal(d->number, "CS-2024-07");
    assert_int_equal(d->session_date.y, 2024);
    assert_int_equal(d->session_date.m, 3);
    assert_int_equal(d->session_date.d, 5);
    /* the two cited délibérations stay, the act's own heading goes */
    assert_int_equal(count_refs(d, "deliberation"), 2);
    for (size_t i = 0; i < d->references.n; i++)
        assert_string_not_equal(d->references.v[i].number, "CS-2024-07");
    ex_call_free(&c);


    /* lower case after the dash: a sentence, no number */
    const char s2[] =
        "COMMUNE DE TRONGET\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Rappel – délibération n° 2023-12 du 4 mai 2023\n"
        "OBJET : TARIFS\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : De fixer les tarifs.\n";
    run_pipeline(&c, *state, s2);
    d = &c.docs.v[0];
    assert_null(d->number);
    assert_int_equal(count_refs(d, "deliberation"), 1);
    ex_call_free(&c);

    /* a procès-verbal keeps its items' headings as references */
    const char s3[] =
        "COMMUNE DE TRONGET\n"
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "1. DÉLIBÉRATION N° 2024-031 – COMPTE ADMINISTRATIF 2023\n"
        "Le Conseil municipal DÉCIDE d'approuver le compte.\n"
        "2. DÉLIBÉRATION N° 2024-032 – TARIFS\n"
        "Le Conseil municipal DÉCIDE de fixer les tarifs.\n";
    run_pipeline(&c, *state, s3);
    assert_int_equal(count_refs(&c.docs.v[0], "deliberation"), 2);
    ex_call_free(&c);
}

/* "ANNEXE À LA DÉLIBÉRATION N° CP-2025-11-0456" after the signature:
   the act's own annex cites the act's own number, no reference (upper
   or lower case, an annex number, a date after it; the act's number
   printed in its heading, or only beside "Séance du …"); an annex
   heading citing another number, and the act's number cited in a
   sentence after the body, stay references */
/* "Le Conseil, après en avoir délibéré, à l'unanimité," alone on the
   line after the last visa: the preamble, which ends the visa; the verb
   paragraphs under it give the decision verb.  A visa run on into a line
   that is no such phrase stays whole. */
static void test_council_comma_delibere_preamble(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE MONTCABRIER-LE-HAUT\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Objet : Électrification rurale.\n"
               "Le Conseil,\n"
               "Vu la loi du 5 avril 1884 sur l'organisation municipale,\n"
               "Vu le décret n° 59-1090 du 22 septembre 1959 relatif aux travaux\n"
               "d'équipement rural,\n"
               "Le Conseil, après en avoir délibéré, à l'unanimité,\n"
               "\n"
               "Adopte le devis révisé s'élevant à 28 600 NF ;\n"
               "Sollicite la subvention de l'État ;\n",
         .n_visas = TT(2),
         .visas = {"Vu la loi du 5 avril 1884 sur l'organisation municipale,",
                   "Vu le décret n° 59-1090 du 22 septembre 1959 relatif aux travaux d'équipement rural,"},
         .decision_verb = "Adopte"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Vu pour être annexé à la délibération du 17 novembre 1978" under the
   délibération of the séance of that day: the act itself, no reference;
   an annex stamp naming another day stays a reference */
static void test_annex_stamp_own_date(void **state)
{
    for (int k = 0; k < 2; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "MAIRIE DE SAINT-JULIEN-DES-ORGUES\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Séance du 17 novembre 1978          Délibération n° 78-23\n"
                 "OBJET : Voirie communale.\n"
                 "Vu le code des communes ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : Le projet est adopté.\n"
                 "\n"
                 "Vu pour être annexé à la délibération du %s\n"
                 "Devis estimatif : terrassements 61 200 F.\n",
                 k ? "3 novembre 1978" : "17 novembre 1978");
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(count_refs(&c.docs.v[0], "deliberation"), k ? 1 : 0);
        ex_call_free(&c);
    }
}

static void test_annex_cites_own_number(void **state)
{
    static const char *const annex[] = {
        "ANNEXE À LA DÉLIBÉRATION N° CP-2025-11-0456\n",
        "Annexe à la délibération n° CP-2025-11-0456\n",
        "ANNEXE 2 A LA DELIBERATION N° CP-2025-11-0456 DU 21 NOVEMBRE 2025\n",
        "Annexe n° 1 de la délibération n° CP-2025-11-0456\n",
    };
    static const char *const heads[] = {
        "                        DÉLIBÉRATION N° CP-2025-11-0456\n",
        "Réunion du 21 novembre 2025          Délibération n° CP-2025-11-0456\n",
    };
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        for (size_t k = 0; k <= sizeof annex / sizeof *annex + 1; k++) {
            char s[2048];
            const char *tail = k < sizeof annex / sizeof *annex ? annex[k]
                               : k == sizeof annex / sizeof *annex
                               ? "ANNEXE À LA DÉLIBÉRATION N° CP-2025-11-0399\n"
                               : "Voir la délibération n° CP-2025-11-0456 pour le détail.\n";
            snprintf(s, sizeof s,
                     "RÉGION BOCAGES-ET-MARAIS\n"
                     "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n"
                     "%s"
                     "\n"
                     "OBJET : AIDE AUX EXPLOITATIONS\n"
                     "VU la délibération n° AP-2024-12-02 du 16 décembre 2024 ;\n"
                     "DÉCIDE\n"
                     "Article 1 : d'attribuer les subventions.\n"
                     "\n"
                     "Fait à Rennes, le 21 novembre 2025\n"
                     "La Présidente du Conseil régional,\n"
                     "\n"
                     "%s"
                     "| Bénéficiaire | Subvention |\n"
                     "| GAEC des Prés | 28 950 € |\n",
                     heads[h], tail);
            ex_call c;
            run_pipeline(&c, *state, s);
            assert_int_equal(c.docs.n, 1);
            const ex_document *d = &c.docs.v[0];
            assert_string_equal(d->number, "CP-2025-11-0456");
            size_t n = count_refs(d, "deliberation");
            if (k < sizeof annex / sizeof *annex) {
                if (n != 1)
                    print_error("heading %zu, annex %zu: %zu deliberation references\n", h, k, n);
                assert_int_equal(n, 1);   /* AP-2024-12-02 only */
            } else {
                assert_int_equal(n, 2);
            }
            ex_call_free(&c);
        }
}

/* a région's rapport printed after its délibération under "RAPPORT DE
   LA PRÉSIDENTE AU CONSEIL RÉGIONAL" (as "RAPPORT DU PRÉSIDENT"): a
   rapport, numbered from "Rapport n° 26-04-07", its body the service
   line "Direction de …" (the assembly in the heading is its addressee);
   a délibération naming the assembly in its heading keeps it as body */
static void test_rapport_presidente_heading(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
                 "RÉGION GRAND-ESTUAIRE\n"
                 "CONSEIL RÉGIONAL\n"
                 "\n"
                 "DÉLIBÉRATION N° SP-2026-041\n"
                 "\n"
                 "OBJET : Plan régional des internats\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE\n"
                 "Article 1 : Le plan est adopté.\n"
                 "\n"
                 "Port-Aurel, le 9 avril 2026\n"
                 "La Présidente du Conseil régional,\n"
                 "Véronique LANDREAU\n"
                 "\n"
                 "\n"
                 "RÉGION GRAND-ESTUAIRE\n"
                 "RAPPORT DE LA PRÉSIDENTE AU CONSEIL RÉGIONAL\n"
                 "Séance plénière du 9 avril 2026\n"
                 "\n"
                 "Rapport n° 26-04-07\n"
                 "Direction de l'Éducation et des Lycées\n"
                 "\n"
                 "OBJET : Plan régional de rénovation des internats\n"
                 "\n"
                 "Le plan porte sur douze internats.\n");
    assert_int_equal(c.docs.n, 2);
    assert_int_equal(c.docs.v[0].type, EX_DOC_DELIBERATION);
    assert_string_equal(c.docs.v[0].body, "CONSEIL RÉGIONAL");
    const ex_document *r = &c.docs.v[1];
    assert_int_equal(r->type, EX_DOC_RAPPORT);
    assert_string_equal(r->number, "26-04-07");
    assert_string_equal(r->body, "Direction de l'Éducation et des Lycées");
    ex_call_free(&c);
}

/* a délibération followed by its annexed "RAPPORT D'ANALYSE DES OFFRES"
   (capitals; OCR "D' ANALYSE"): a second document, a rapport, from the
   annex heading above it; its letterhead "X – Service de la commande
   publique" on one line gives the collectivity before the dash and the
   unit after it.  No rapport: the visa "Vu le rapport d'analyse des
   offres" and a capitalised sentence "Rapport d'analyse des offres …";
   a dash line whose tail is no unit ("– 12 rue …") gives no body */
static void test_annex_analysis_report(void **state)
{
    static const struct { const char *label, *head; int docs; const char *coll, *body; } cases[] = {
        {"RAPPORT D'ANALYSE DES OFFRES (synthèse)\n", "SMICTOM DE LA HAUTE-VERNE – Service de la commande publique\n", 2,
         "SMICTOM DE LA HAUTE-VERNE", "Service de la commande publique"},
        {"RAPPORT D' ANALYSE DES OFFRES\n", "SMICTOM DE LA HAUTE-VERNE - Direction de la commande publique et des achats\n", 2,
         "SMICTOM DE LA HAUTE-VERNE", "Direction de la commande publique et des achats"},
        {"RAPPORT D'ANALYSE DES OFFRES\n", "SMICTOM DE LA HAUTE-VERNE – 12 rue des Tanneurs, 70140 Pesmes-la-Ville\n", 2,
         NULL, NULL},
        {"Rapport d'analyse des offres établi par le maître d'œuvre.\n", "", 0, NULL, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "SYNDICAT MIXTE DE LA HAUTE-VERNE\n"
                 "DÉLIBÉRATION N° CS-2026-031\n"
                 "DU COMITÉ SYNDICAL\n"
                 "\n"
                 "Objet : Marché de collecte – Attribution\n"
                 "Vu le rapport d'analyse des offres ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : d'attribuer le marché.\n"
                 "\n"
                 "Fait à Pesmes, le 12 mai 2026.\n"
                 "\n"
                 "La Présidente,\n"
                 "Françoise MARTIN\n"
                 "\n"
                 "\n"
                 "ANNEXE À LA DÉLIBÉRATION N° CS-2026-031\n"
                 "\n"
                 "%s"
                 "\n"
                 "%s"
                 "\n"
                 "Objet : Marché de collecte\n"
                 "\n"
                 "1. Critères de jugement des offres\n",
                 cases[k].head, cases[k].label);
        ex_call c;
        run_pipeline(&c, *state, s);
        /* (docs 0: no rapport among the documents, however many) */
        for (size_t j = 0; j < c.docs.n && !cases[k].docs; j++)
            assert_int_not_equal(c.docs.v[j].type, EX_DOC_RAPPORT);
        if (cases[k].docs && c.docs.n != (size_t)cases[k].docs)
            print_error("case %zu: %zu documents\n", k, c.docs.n);
        if (cases[k].docs)
            assert_int_equal(c.docs.n, cases[k].docs);
        if (cases[k].docs == 2) {
            const ex_document *d = &c.docs.v[1];
            assert_int_equal(d->type, EX_DOC_RAPPORT);
            assert_true(!strncmp(s + d->span.start, "ANNEXE", 6));
            if (cases[k].coll) {    /* (NULL: not asked) */
                assert_non_null(d->collectivity);
                assert_string_equal(d->collectivity, cases[k].coll);
            }
            if (cases[k].body) {
                assert_non_null(d->body);
                assert_string_equal(d->body, cases[k].body);
            } else
                assert_null(d->body);
        }
        ex_call_free(&c);
    }
}

/* a label in a regional language printed before (or after) the French
   one, "Erabakia / Délibération n° 2026-027", "Gaia / Objet : …",
   "ERABAKITZEN DU / DÉCIDE :", "Bozketa / Vote : Alde / Pour : 11": the
   French half is read as the French label alone is (number, Objet
   title, decision verb, the vote line ending the last article), for any
   language (Basque, Breton, Occitan rows) and in either order; the other
   side is one to four words: five words, or a number among them, are no
   label */
static void test_other_language_labels(void **state)
{
#define OL_DOC(num, obj, verb, vote)                                                  \
    "COMMUNE D'ARBELTZE-GARAI\n"                                                       \
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"                  \
    num " n° 2026-027\n\n"                                                             \
    obj " : Signalétique bilingue des voies communales\n\n"                             \
    "Vu le code général des collectivités territoriales ;\n\n"                        \
    "Le conseil municipal, après en avoir délibéré,\n\n"                               \
    verb " :\n\n"                                                                      \
    "Article 1 – d'approuver le plan de financement ;\n\n"                            \
    "Article 2 – de fixer la date d'achèvement des travaux.\n\n"                      \
    vote " : 11 – Contre : 1.\n\n"                                                     \
    "Fait à Arbeltze-Garai, le 17 avril 2026\n\n"                                      \
    "La Maire,\n"                                                                      \
    "Maite ETCHEVERRY\n"
    static const doc_row rows[] = {
        {.in = OL_DOC("Erabakia / Délibération", "Gaia / Objet", "ERABAKITZEN DU / DÉCIDE", "Bozketa / Vote : Alde / Pour"),
         .type = TT(EX_DOC_DELIBERATION), .number = "2026-027", .title = "Signalétique bilingue des voies communales",
         .decision_verb = "DÉCIDE", .n_articles = TT(2), .n_references = TT(1),
         .articles = {[1] = {.text = "de fixer la date d'achèvement des travaux."}}},
        /* Breton, Occitan: no word of either is known */
        {.in = OL_DOC("Deliberadenn / Délibération", "Danvez / Objet", "DIVIZOUT A RA / DÉCIDE", "Votadeg / Vote : A-du / Pour"),
         .type = TT(EX_DOC_DELIBERATION), .number = "2026-027", .title = "Signalétique bilingue des voies communales",
         .decision_verb = "DÉCIDE", .n_articles = TT(2), .n_references = TT(1),
         .articles = {[1] = {.text = "de fixer la date d'achèvement des travaux."}}},
        {.in = OL_DOC("Deliberacion / Délibération", "Objècte / Objet", "DECIDÍS / DÉCIDE", "Vòte / Vote : Per / Pour"),
         .type = TT(EX_DOC_DELIBERATION), .number = "2026-027", .title = "Signalétique bilingue des voies communales",
         .decision_verb = "DÉCIDE", .n_articles = TT(2), .n_references = TT(1),
         .articles = {[1] = {.text = "de fixer la date d'achèvement des travaux."}}},
        /* the French first */
        {.in = OL_DOC("Délibération / Erabakia", "Objet / Gaia", "DÉCIDE / ERABAKITZEN DU", "Vote / Bozketa : Pour / Alde"),
         .type = TT(EX_DOC_DELIBERATION), .number = "2026-027", .title = "Signalétique bilingue des voies communales",
         .decision_verb = "DÉCIDE", .n_articles = TT(2), .n_references = TT(1),
         .articles = {[1] = {.text = "de fixer la date d'achèvement des travaux."}}},
        /* five words before the slash: no label */
        {.in = OL_DOC("Délibération", "Herriko kontseiluaren erabaki honen gaia / Objet", "DÉCIDE", "Vote : Pour"),
         .number = "2026-027", .title = TT_NULL},
        /* a number among them: no label */
        {.in = OL_DOC("Délibération", "Titre 2 / Objet", "DÉCIDE", "Vote : Pour"),
         .number = "2026-027", .title = TT_NULL},
    };
#undef OL_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Vu pour être annexé à l'arrêté préfectoral n° X du …" after the
   signature (an annex's certification stamp, "ANNEXE – ÉTAT PARCELLAIRE"
   above it): no visa, the signature before it kept, and the act's own
   number no reference (the code of the visa is the one; also "annexée à mon arrêté", an OCR dash before
   "Vu"); a stamp citing another arrêté keeps that reference, and a
   "Vu l'arrêté …" line stays a visa */
static void test_annex_stamp(void **state)
{
#define AS_DOC(stamp)                                                                  \
    "PRÉFÈTE DU HAUT-ARMANÇON\n\n"                                                     \
    "Arrêté préfectoral n° DDT-SJF-2026-0031 du 12 janvier 2026\n"                     \
    "portant cessibilité des parcelles\n\n"                                            \
    "VU le code de l'expropriation pour cause d'utilité publique ;\n\n"               \
    "ARRÊTE\n\n"                                                                       \
    "Article 1 – Les parcelles sont déclarées cessibles.\n\n"                          \
    "Article 2 – Le secrétaire général est chargé de l'exécution du présent arrêté.\n\n" \
    "Fait à Auxonne-sur-Armançon, le 12 janvier 2026\n\n"                              \
    "Pour la préfète et par délégation,\n"                                             \
    "Le secrétaire général,\n"                                                         \
    "Thomas DELAVIGNE\n\n"                                                             \
    "ANNEXE – ÉTAT PARCELLAIRE\n\n"                                                    \
    stamp "\n\n"                                                                       \
    "Commune de Vergy-le-Bas\n"                                                        \
    "N°   Section   Numéro   Lieu-dit       Contenance\n"                              \
    "1    ZB        14       Les Grands Prés  2 ha 14 a 60 ca\n"
    static const doc_row rows[] = {
        {.in = AS_DOC("Vu pour être annexé à l'arrêté préfectoral n° DDT-SJF-2026-0031 du 12 janvier 2026"),
         .number = "DDT-SJF-2026-0031", .n_visas = TT(1), .n_signatures = TT(1), .n_references = TT(1),
         .signatures = {{.name = "Thomas DELAVIGNE", .y = TT(2026), .m = TT(1), .d = TT(12)}}},
        {.in = AS_DOC("VU POUR ÊTRE ANNEXÉE À MON ARRÊTÉ N° DDT-SJF-2026-0031 DU 12 JANVIER 2026"),
         .n_visas = TT(1), .n_signatures = TT(1), .n_references = TT(1),
         .signatures = {{.name = "Thomas DELAVIGNE"}}},
        {.in = AS_DOC("-Vu pour être annexé à l'arrêté préfectoral n° DDT-SJF-2026-0031 du 12 janvier 2026"),
         .n_visas = TT(1), .n_signatures = TT(1), .n_references = TT(1),
         .signatures = {{.name = "Thomas DELAVIGNE"}}},
        /* another act's number: a reference */
        {.in = AS_DOC("Vu pour être annexé à l'arrêté préfectoral n° DDT-SJF-2025-0388 du 6 octobre 2025"),
         .n_visas = TT(1), .n_signatures = TT(1), .n_references = TT(2),
         .references = {[1] = {.number = "DDT-SJF-2025-0388"}}},
    };
#undef AS_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
    /* a visa line opening "Vu" in the visas stays one */
    static const doc_row neg[] = {
        {.in = "PRÉFÈTE DU HAUT-ARMANÇON\n\n"
               "Arrêté préfectoral n° DDT-SJF-2026-0031 du 12 janvier 2026\n"
               "portant cessibilité des parcelles\n\n"
               "VU le code de l'expropriation pour cause d'utilité publique ;\n\n"
               "Vu l'arrêté préfectoral n° DDT-SJF-2025-0388 du 6 octobre 2025 ;\n\n"
               "ARRÊTE\n\n"
               "Article 1 – Les parcelles sont déclarées cessibles.\n",
         .n_visas = TT(2), .n_references = TT(2)},
    };
    TT_EACH(r, t, neg)
        check_doc(&t, *state, r);
}

/* a section de commune (CGCT L. 2411-1): "SECTION DE COMMUNE DE …"
   under its commune's letterhead line is the issuer (the section acts;
   the commune is its attachment), alone too; its assembly, "COMMISSION
   SYNDICALE", is the body as "COMITÉ SYNDICAL" is; a commune line alone
   stays the collectivity */
static void test_section_de_commune(void **state)
{
#define SC_DOC(head, reg)                                                              \
    head                                                                               \
    "Siège : mairie – 4, place du Foirail – 12210 Saint-Géry-de-Viadène\n\n"          \
    reg "\n\n"                                                                         \
    "Réunion du samedi 6 juin 2026 – Délibération n° CS-2026-03\n\n"                  \
    "Objet : Location des pâturages sectionnaux\n\n"                                   \
    "Vu le code général des collectivités territoriales ;\n\n"                        \
    "DÉCIDE :\n\n"                                                                     \
    "Article 1 : de louer les pâturages.\n"
    static const doc_row rows[] = {
        {.in = SC_DOC("COMMUNE DE SAINT-GÉRY-DE-VIADÈNE\nSECTION DE COMMUNE DE LA MONTAGNE DU PUECH\n",
                      "REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION SYNDICALE"),
         .collectivity = "SECTION DE COMMUNE DE LA MONTAGNE DU PUECH", .body = "COMMISSION SYNDICALE",
         .number = "CS-2026-03"},
        /* OCR: a blank line between */
        {.in = SC_DOC("COMMUNE DE SAINT-GÉRY-DE-VIADÈNE\n\nSECTION DE COMMUNE DE LA MONTAGNE DU PUECH\n",
                      "REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION SYNDICALE"),
         .collectivity = "SECTION DE COMMUNE DE LA MONTAGNE DU PUECH", .body = "COMMISSION SYNDICALE"},
        {.in = SC_DOC("SECTION DE COMMUNE DE LA MONTAGNE DU PUECH\n",
                      "REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION SYNDICALE"),
         .collectivity = "SECTION DE COMMUNE DE LA MONTAGNE DU PUECH", .body = "COMMISSION SYNDICALE"},
        /* no section: the commune */
        {.in = SC_DOC("COMMUNE DE SAINT-GÉRY-DE-VIADÈNE\nMAIRIE\n",
                      "REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL"),
         .collectivity = "COMMUNE DE SAINT-GÉRY-DE-VIADÈNE", .body = "CONSEIL MUNICIPAL"},
    };
#undef SC_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a collectivity named below the act's label, once the letterhead above
   the label named one, is the act's object ("Commune de Y – Lieu-dit …"
   under a département's alignment arrêté), not its issuer; with no
   letterhead collectivity above the label, the line below still names
   the issuer; a commune in the letterhead still ranks above the
   département line over it */
static void test_object_collectivity(void **state)
{
#define OC_DOC(head, obj)                                                          \
    head                                                                           \
    "Route de Saint-Pal – 43190 TENCELLES\n\n"                                   \
    "                ARRÊTÉ INDIVIDUEL D'ALIGNEMENT\n"                           \
    "                     N° 2026-DRM-0147\n\n"                                  \
    "Route départementale n° 103 – PR 14+350 à PR 14+410\n"                      \
    obj "\n\n"                                                                    \
    "Le Président du Conseil départemental de la Sorbière,\n\n"                 \
    "VU le Code de la voirie routière ;\n\n"                                     \
    "A R R Ê T E\n\n"                                                            \
    "ARTICLE 1er – Alignement\n"                                                 \
    "L'alignement est fixé.\n"
    static const doc_row rows[] = {
        {.in = OC_DOC("DÉPARTEMENT DE LA SORBIÈRE\nDirection des Routes\n",
                      "Commune de Montregard – Lieu-dit « Les Fayes »"),
         .collectivity = "DÉPARTEMENT DE LA SORBIÈRE", .body = "Le Président du Conseil départemental",
         .number = "2026-DRM-0147"},
        /* no collectivity in the letterhead: the line below the label */
        {.in = OC_DOC("Direction des Routes\n", "Commune de Montregard"),
         .collectivity = "Commune de Montregard"},
        /* a commune in the letterhead (above the label) outranks the
           département line over it */
        {.in = OC_DOC("DÉPARTEMENT DE LA SORBIÈRE\nCOMMUNE DE MONTREGARD\n", "Lieu-dit « Les Fayes »"),
         .collectivity = "COMMUNE DE MONTREGARD"},
    };
#undef OC_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the collectivités of the Pacific: "POLYNÉSIE FRANÇAISE" over its
   assembly's line (the assembly no part of the name), a province under
   "NOUVELLE-CALÉDONIE" (the province acts), the bureau of a province's
   assembly; the title the "portant …" / "relative à …" lines under a
   label line that prints only kind, number and date */
static void test_pacific_issuer(void **state)
{
    static const doc_row rows[] = {
        {.in = "POLYNÉSIE FRANÇAISE\n"
               "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE\n"
               "Place Tarahoi – BP 28 – 98713 Papeete – Tahiti\n\n\n"
               "            DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n\n"
               "    portant approbation de la convention de financement du programme\n"
               "    de réfection des quais\n\n\n"
               "L'ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE,\n\n"
               "Vu la loi organique n° 2004-192 du 27 février 2004 ;\n\n"
               "ADOPTE :\n\n"
               "Article 1er.— La convention est approuvée.\n",
         .collectivity = "POLYNÉSIE FRANÇAISE", .body = "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE",
         .title = "portant approbation de la convention de financement du programme de réfection des quais"},
        {.in = "NOUVELLE-CALÉDONIE\n"
               "PROVINCE DES ÎLES LOYAUTÉ\n"
               "BP 50 – 98820 Wé – Lifou\n\n"
               "BUREAU DE L'ASSEMBLÉE DE LA PROVINCE\n\n"
               "Délibération n° 2026-112/BAPIL du 9 mars 2026\n"
               "relative à l'attribution d'aides aux tribus pour la réhabilitation des cases\n"
               "communes\n\n"
               "Vu la loi organique modifiée n° 99-209 du 19 mars 1999 ;\n\n"
               "DÉCIDE :\n\n"
               "Article 1 : Des aides sont attribuées.\n",
         .collectivity = "PROVINCE DES ÎLES LOYAUTÉ", .body = "BUREAU DE L'ASSEMBLÉE DE LA PROVINCE",
         .title = "relative à l'attribution d'aides aux tribus pour la réhabilitation des cases communes"},
        /* the territory line alone (no province): the collectivity */
        {.in = "NOUVELLE-CALÉDONIE\n"
               "CONGRÈS DE LA NOUVELLE-CALÉDONIE\n\n"
               "Délibération n° 2026-7 du 9 mars 2026\n"
               "relative au régime des aides\n\n"
               "Vu la loi organique n° 99-209 du 19 mars 1999 ;\n\n"
               "DÉCIDE :\n\n"
               "Article 1 : Des aides sont attribuées.\n",
         .collectivity = "NOUVELLE-CALÉDONIE", .body = "CONGRÈS DE LA NOUVELLE-CALÉDONIE",
         .title = "relative au régime des aides"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the issuer of a prefectoral arrêté: the letterhead "PRÉFET DE LA
   GIRONDE" (or "PRÉFECTURE DE ...") is the collectivity, the authority
   without its territory the body; without a letterhead the prefect's
   title is read from the authority line */
static void test_prefect_issuer(void **state)
{
    static const doc_row rows[] = {
        {.in = "PRÉFET DE LA GIRONDE\n"
               "Liberté\n"
               "Égalité\n"
               "Fraternité\n"
               "\n"
               "Direction départementale des territoires et de la mer\n"
               "\n"
               "                ARRÊTÉ PRÉFECTORAL N° DDTM-SEN-2024-0412 du 18 juin 2024\n"
               "     portant limitation provisoire des usages de l'eau\n"
               "\n"
               "Le Préfet de la Gironde,\n"
               "Préfet de la région Nouvelle-Aquitaine,\n"
               "VU le code de l'environnement ;\n"
               "ARRÊTE :\n"
               "Article 1er – Objet\n"
               "Les mesures s'appliquent.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .collectivity = "PRÉFET DE LA GIRONDE",
         .body = "Le Préfet",
         .number = "DDTM-SEN-2024-0412"},
        /* PRÉFECTURE letterhead; a prefect (feminine) with OCR junk after the
           comma */
        {.in = "PRÉFECTURE DU NORD\n"
               "ARRÊTÉ N° 2024-118\n"
               "portant fermeture d'un établissement\n"
               "La Préfète du Nord, a À ù\n"
               "Vu le code de la santé publique ;\n"
               "ARRÊTE :\n"
               "Article 1 : L'établissement est fermé.\n",
         .collectivity = "PRÉFECTURE DU NORD",
         .body = "La Préfète"},
        /* no letterhead: the prefect's title from the authority line */
        {.in = "ARRÊTÉ N° 2024-118\n"
               "portant fermeture d'un établissement\n"
               "Le Préfet du Calvados,\n"
               "Vu le code de la santé publique ;\n"
               "ARRÊTE :\n"
               "Article 1 : L'établissement est fermé.\n",
         .collectivity = "Préfet du Calvados",
         .body = "Le Préfet"},
        /* a mayor: no collectivity invented; an assembly stays in the body */
        {.in = "ARRÊTÉ N° 2024-12\n"
               "portant interdiction de stationner\n"
               "Le Maire de Tronget,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le stationnement est interdit.\n",
         .collectivity = TT_NULL,
         .body = "Le Maire"},
        {.in = "DÉPARTEMENT DU NORD\n"
               "ARRÊTÉ N° 2024-12\n"
               "portant tarification d'un établissement\n"
               "Le Président du Conseil départemental du Nord,\n"
               "Vu le code de l'action sociale et des familles ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le tarif est fixé.\n",
         .collectivity = "DÉPARTEMENT DU NORD",
         .body = "Le Président du Conseil départemental"},
        /* an assembly whose own name runs on ("de la province Sud"):
           read whole; the territory after the council still cut */
        {.in = "PROVINCE SUD\n"
               "ARRÊTÉ N° 0412-2026/ARR\n"
               "fixant le montant d'une aide\n"
               "LE PRÉSIDENT DE L'ASSEMBLÉE DE LA PROVINCE SUD,\n"
               "Vu la loi organique n° 99-209 du 19 mars 1999 ;\n"
               "A R R Ê T E\n"
               "Article 1 : Le montant est fixé.\n",
         .collectivity = "PROVINCE SUD",
         .body = "LE PRÉSIDENT DE L'ASSEMBLÉE DE LA PROVINCE SUD"},
        /* the authority line wrapped before its comma: the next line in
           lower case ends it */
        {.in = "ARRÊTÉ N° 2024-12\n"
               "portant nomination d'un agent\n"
               "Le Président du Syndicat intercommunal des eaux de la haute vallée\n"
               "de l'Orbe,\n"
               "Vu le code général de la fonction publique ;\n"
               "ARRÊTE :\n"
               "Article 1 : L'agent est nommé.\n",
         .collectivity = TT_NULL,
         .body = "Le Président"},
        /* negative: a sentence, no comma closing the next line */
        {.in = "ARRÊTÉ N° 2024-12\n"
               "portant nomination d'un agent\n"
               "Le Président du Syndicat intercommunal des eaux expose que\n"
               "la station est vétuste.\n"
               "Vu le code général de la fonction publique ;\n"
               "ARRÊTE :\n"
               "Article 1 : L'agent est nommé.\n",
         .body = TT_NULL},
        /* a public hospital's letterhead, its conseil de surveillance */
        {.in = "CENTRE HOSPITALIER DE PRADES-SUR-LOT\n"
               "Établissement public de santé\n\n"
               "CONSEIL DE SURVEILLANCE\n"
               "Séance du jeudi 19 juin 2025\n"
               "DÉLIBÉRATION N° CS-2025-07\n"
               "Objet : Compte financier 2024\n"
               "Le conseil de surveillance, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : Le compte financier est approuvé.\n",
         .collectivity = "CENTRE HOSPITALIER DE PRADES-SUR-LOT",
         .body = "CONSEIL DE SURVEILLANCE"},
        /* a deliberation citing the prefect has no prefect issuer */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Convention avec l'État\n"
               "Préfet de la région Auvergne-Rhône-Alpes,\n"
               "Vu le courrier du Préfet de l'Allier ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n",
         .collectivity = TT_NULL,
         .body = "CONSEIL MUNICIPAL"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a public body's director's décision: "DÉCISION DU DIRECTEUR GÉNÉRAL
   N° X" (type other, its number), the letterhead's name in capitals
   over its legal form ("Office public de l'habitat …", "Société publique
   locale …") the collectivity, "Le Directeur général," the body */
static void test_public_body_decision(void **state)
{
    static const doc_row rows[] = {
        {.in = "BRÉVENNE HABITAT !\n"
               "Office public de l'habitat de la Brévenne\n"
               "3, quai des Tanneurs – 69210 L'Arbresle\n\n"
               "DÉCISION DU DIRECTEUR GÉNÉRAL N° DG-2026-041\n\n"
               "Objet : Attribution d'un marché\n\n"
               "Le Directeur général,\n\n"
               "Vu le code de la commande publique ;\n\n"
               "DÉCIDE\n\n"
               "Article 1 : Le marché est attribué.\n",
         .type = TT(EX_DOC_OTHER), .number = "DG-2026-041",
         .collectivity = "BRÉVENNE HABITAT", .body = "Le Directeur général"},
        {.in = "DÉCISION DE LA DIRECTRICE GÉNÉRALE N° 2026-12\n\n"
               "Objet : Attribution d'un marché\n\n"
               "La Directrice générale,\n\n"
               "Vu le code de la commande publique ;\n\n"
               "DÉCIDE :\n\n"
               "Article 1 : Le marché est attribué.\n",
         .type = TT(EX_DOC_OTHER), .number = "2026-12", .body = "La Directrice générale"},
        {.in = "SPL VALLÉE DE L'ORBE AMÉNAGEMENT\n"
               "Société publique locale au capital de 1 200 000 euros\n\n"
               "CONSEIL D'ADMINISTRATION\n"
               "Séance du 17 mars 2026\n"
               "DÉLIBÉRATION N° 2026-04\n"
               "Objet : Budget\n"
               "Le conseil d'administration, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : Le budget est approuvé.\n",
         .collectivity = "SPL VALLÉE DE L'ORBE AMÉNAGEMENT", .body = "CONSEIL D'ADMINISTRATION"},
        /* (negative: a capitals line over an ordinary line is no name) */
        {.in = "SERVICE DES MARCHÉS\n"
               "Affaire suivie par M. Roux\n\n"
               "DÉCISION DU DIRECTEUR GÉNÉRAL N° DG-2026-041\n\n"
               "Objet : Attribution d'un marché\n\n"
               "Le Directeur général,\n\n"
               "Vu le code de la commande publique ;\n\n"
               "DÉCIDE\n\n"
               "Article 1 : Le marché est attribué.\n",
         .collectivity = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a company board's séance sentence: "se / sont réunis" across a line
   break (the place after it), "sur convocation du Président-Directeur
   général adressée le …" (the convener between the noun and its
   participle) */
static void test_board_meeting_sentence(void **state)
{
    static const doc_row rows[] = {
        {.in = "CONSEIL D'ADMINISTRATION\n\n"
               "Le mardi 17 mars 2026 à 14 heures, les administrateurs de la société se\n"
               "sont réunis au siège social, sur convocation du Président-Directeur\n"
               "général adressée le 3 mars 2026.\n\n"
               "DÉLIBÉRATION N° 4\nLe conseil DÉCIDE :\nArticle 1 : Le budget est approuvé.\n",
         .session_place = "siège social", .convened_y = TT(2026), .convened_m = TT(3), .convened_d = TT(3)},
        {.in = "CONSEIL D'ADMINISTRATION\n\n"
               "Le mardi 17 mars 2026, le conseil s'est réuni en mairie, sur convocation de la\n"
               "Présidente envoyée le 9 mars 2026.\n\n"
               "DÉLIBÉRATION N° 4\nLe conseil DÉCIDE :\nArticle 1 : Le budget est approuvé.\n",
         .convened_y = TT(2026), .convened_m = TT(3), .convened_d = TT(9)},
        /* "de son Président" before the participle, across the line end */
        {.in = "CONSEIL D'ADMINISTRATION\n\n"
               "Le mardi 17 mars 2026, le conseil s'est réuni au siège social sur convocation de son Président\n"
               "adressée le 2 mars 2026 par courrier électronique.\n\n"
               "DÉLIBÉRATION N° 4\nLe conseil DÉCIDE :\nArticle 1 : Le budget est approuvé.\n",
         .convened_y = TT(2026), .convened_m = TT(3), .convened_d = TT(2)},
        /* (negative: "de son" not followed by a participle of sending) */
        {.in = "CONSEIL D'ADMINISTRATION\n\n"
               "Le mardi 17 mars 2026, le conseil s'est réuni au siège social sur convocation de son Président\n"
               "qui a fixé le 2 mars 2026 comme date limite.\n\n"
               "DÉLIBÉRATION N° 4\nLe conseil DÉCIDE :\nArticle 1 : Le budget est approuvé.\n",
         .convened_y = TT(0)},
        /* (negative: "se" ending a line, no "sont réunis" after it) */
        {.in = "CONSEIL D'ADMINISTRATION\n\n"
               "Le mardi 17 mars 2026, les administrateurs de la société se\n"
               "sont prononcés au siège social.\n\n"
               "DÉLIBÉRATION N° 4\nLe conseil DÉCIDE :\nArticle 1 : Le budget est approuvé.\n",
         .session_place = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a board's PV: "Le conseil d'administration approuve …" (lower case)
   is its first operative verb; an organism's kind in capitals with its
   name in guillemets on the next line: one collectivity */
static void test_board_pv_verb_and_quoted_name(void **state)
{
    static const doc_row rows[] = {
        {.in = "SPL VALLÉE DE L'ORBE AMÉNAGEMENT\n\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\n"
               "DU 17 MARS 2026\n\n"
               "PREMIÈRE RÉSOLUTION – Approbation du procès-verbal\n\n"
               "Le conseil d'administration approuve le procès-verbal de sa séance.\n\n"
               "Cette résolution est adoptée à l'unanimité.\n",
         .decision_verb = "approuve"},
        /* (negative: another noun after "conseil", no verb) */
        {.in = "SPL VALLÉE DE L'ORBE AMÉNAGEMENT\n\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\n"
               "DU 17 MARS 2026\n\n"
               "Le conseil d'école approuve le projet.\n",
         .decision_verb = TT_NULL},
        {.in = "ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE\n"
               "« PÔLE DES ARTS DE LA CÔTE VERMEILLE » te\n"
               "EPCC à caractère industriel et commercial\n\n"
               "CONSEIL D'ADMINISTRATION DU 2 JUIN 2026\n\n"
               "DÉLIBÉRATION N° 2026/05\n\n"
               "Objet : Tarifs\n\n"
               "Le conseil d'administration,\nVu le code général des collectivités territoriales,\n"
               "DÉLIBÈRE :\nArticle 1er – Les tarifs sont fixés.\n",
         .collectivity = "ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE « PÔLE DES ARTS DE LA CÔTE VERMEILLE »"},
        /* (negative: no guillemets, the kind alone) */
        {.in = "ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE\n"
               "PÔLE DES ARTS DE LA CÔTE VERMEILLE\n"
               "EPCC à caractère industriel et commercial\n\n"
               "CONSEIL D'ADMINISTRATION DU 2 JUIN 2026\n\n"
               "DÉLIBÉRATION N° 2026/05\n\n"
               "Objet : Tarifs\n\n"
               "Le conseil d'administration,\nVu le code général des collectivités territoriales,\n"
               "DÉLIBÈRE :\nArticle 1er – Les tarifs sont fixés.\n",
         .collectivity = "ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a Paris-style act code opening the title paragraph ("2025 DVD 45
   Convention … / – Approbation …"): the number, the rest of the block
   the title */
static void test_year_code_title(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE VALBRUNE\n\n                  CONSEIL MUNICIPAL\n"
               "           Séance du mardi 14 octobre 2025\n\n"
               "2025 DVD 45 Convention de financement avec la société publique locale\n"
               "« Valbrune Mobilités » pour le pôle d’échanges\n"
               "– Approbation et autorisation de signature.\n\n"
               "Rapporteur : M. Bastien ORLIAC, adjoint au Maire.\n\n"
               "Le Conseil municipal,\nVu le code des transports ;\nDÉLIBÈRE :\n"
               "Article 1 : La convention est approuvée.\n",
         .number = "2025 DVD 45",
         .title = "Convention de financement avec la société publique locale « Valbrune Mobilités » pour le "
                  "pôle d’échanges – Approbation et autorisation de signature"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the Assemblée de Corse: its name a body, the number's letters
   suffix ("N° 25/147 AC"), the label's assembly line ("DE L'ASSEMBLÉE
   DE CORSE") and the séance line out of the title; a prefect's
   letterhead over two lines beats a syndicat named in the title's
   continuation (a line opening in lower case is no letterhead) */
static void test_corse_and_prefect_letterhead(void **state)
{
    static const doc_row rows[] = {
        {.in = "ASSEMBLÉE DE CORSE\n\n"
               "DÉLIBÉRATION N° 25/147 AC\n"
               "DE L’ASSEMBLÉE DE CORSE\n"
               "PORTANT ADOPTION DU BUDGET SUPPLÉMENTAIRE 2025\n"
               "________________________________\n\n"
               "SÉANCE DU 24 OCTOBRE 2025\n\n"
               "L’ASSEMBLÉE DE CORSE\n"
               "VU le code général des collectivités territoriales,\n"
               "ARTICLE PREMIER :\n\n"
               "APPROUVE le budget supplémentaire 2025.\n",
         .body = "ASSEMBLÉE DE CORSE", .number = "25/147 AC",
         .title = "PORTANT ADOPTION DU BUDGET SUPPLÉMENTAIRE 2025", .decision_verb = "APPROUVE"},
        /* the verb in capitals on the article's own line, after
           "APRÈS EN AVOIR DÉLIBÉRÉ," (no DÉCIDE) */
        {.in = "COMMUNE DE SAINT-ORVAL\n\nDÉLIBÉRATION N° 2026-117\n\n"
               "Décision modificative n° 2\n\n"
               "Le conseil municipal,\nVu le code général des collectivités territoriales,\n\n"
               "APRÈS EN AVOIR DÉLIBÉRÉ,\n\n"
               "ARTICLE 1 : APPROUVE la décision modificative n° 2 du budget principal.\n\n"
               "ARTICLE 2 : AUTORISE le maire à signer.\n",
         .decision_verb = "APPROUVE"},
        /* a body in capitals: no verb read out of a capital sentence */
        {.in = "COMMUNE DE SAINT-ORVAL\n\nDÉLIBÉRATION N° 2026-118\n\n"
               "Décision modificative n° 3\n\n"
               "Le conseil municipal,\nVu le code général des collectivités territoriales,\n\n"
               "APRÈS EN AVOIR DÉLIBÉRÉ,\n\n"
               "ARTICLE 1 : APPROUVE LA DÉCISION MODIFICATIVE N° 3.\n",
         .decision_verb = TT_NULL},
        /* a capitals code after a number without a slash, before "DU" */
        {.in = "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE\n\n"
               "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n\n"
               "portant approbation du schéma\n\n"
               "L’ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE,\n"
               "Vu la loi organique ;\n"
               "ADOPTE :\n"
               "Article 1er.— Le schéma est approuvé.\n",
         .number = "2026-31 APF"},
        {.in = "PRÉFET\nDU VAL-D’ORCE\nLiberté\nÉgalité\nFraternité\n\n"
               "                  Arrêté préfectoral n° DCPPAT-2025-0412\n"
               "déclarant d’utilité publique les travaux au profit du\n"
               "syndicat intercommunal des eaux de la Haute-Orce\n\n"
               "Le préfet du Val-d’Orce,\n"
               "VU le code de l’expropriation ;\n"
               "ARRÊTE :\n"
               "Article 1er – Les travaux sont déclarés d’utilité publique.\n",
         .collectivity = "PRÉFET DU VAL-D’ORCE"},
        /* a rapport's label, its number on the next line, then its title
           block in mixed case after a blank line */
        {.in = "MÉTROPOLE DES DEUX-RIVES\nCONSEIL DE TERRITOIRE DU PAYS DE VALMORIN\n\n"
               "Séance du mardi 18 novembre 2025\n\n"
               "RAPPORT AU CONSEIL DE TERRITOIRE\nN° CT4-2025-061-CT\n\n"
               "Attribution d’une subvention de fonctionnement à l’association « Les Jardins\n"
               "partagés du Valmorin » au titre de l’exercice 2025\n\n"
               "Madame la Présidente soumet au Conseil de Territoire le rapport suivant :\n",
         .number = "CT4-2025-061-CT",
         .title = "Attribution d’une subvention de fonctionnement à l’association « Les Jardins partagés du "
                  "Valmorin » au titre de l’exercice 2025"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the date printed after an arrêté's number is not its title */
static void test_arrete_title_date(void **state)
{
    static const doc_row rows[] = {
        /* a line in capitals under the number naming the act's kind
           ("DE …"), the "portant" block after it: the title is that block
           (also with one blank line OCR put before the kind line) */
        {.in = "ARRÊTÉ N° 2025-VO-017\n"
               "DE PÉRIL ORDINAIRE – MAIN LEVÉE\n"
               "portant levée de l'interdiction d'habiter\n"
               "l'immeuble sis 4, place du Marché\n"
               "\n"
               "Le Maire de la commune de Lussac,\n"
               "VU le code de la construction et de l'habitation ;\n"
               "ARRÊTE\n"
               "Article 1er : L'interdiction est levée.\n",
         .title = "portant levée de l'interdiction d'habiter l'immeuble sis 4, place du Marché"},
        {.in = "ARRÊTÉ N° 2025-VO-017\n"
               "\n"
               "D'ALIGNEMENT INDIVIDUEL\n"
               "portant alignement de la parcelle AC 12\n"
               "\n"
               "Le Maire de la commune de Lussac,\n"
               "VU le code de la voirie routière ;\n"
               "ARRÊTE\n"
               "Article 1er : L'alignement est fixé.\n",
         .title = "portant alignement de la parcelle AC 12"},
        /* negative: no line in lower case after the kind line: the rule
           keeps out (the heading in capitals stays the title) */
        {.in = "ARRÊTÉ N° 2025-VO-017\n"
               "DE PÉRIL ORDINAIRE – MAIN LEVÉE\n"
               "\n"
               "Le Maire de la commune de Lussac,\n"
               "VU le code de la construction et de l'habitation ;\n"
               "ARRÊTE\n"
               "Article 1er : L'interdiction est levée.\n",
         .title = "DE PÉRIL ORDINAIRE – MAIN LEVÉE"},
        {.in = "ARRÊTÉ PRÉFECTORAL N° DDTM-SEN-2024-0412 du 18 juin 2024\n"
               "     portant limitation provisoire des usages de l'eau dans le bassin versant\n"
               "                     du Dropt\n"
               "\n"
               "Le Préfet de la Gironde,\n"
               "VU le code de l'environnement ;\n"
               "ARRÊTE :\n"
               "Article 1er – Objet\n"
               "Les mesures s'appliquent.\n",
         .number = "DDTM-SEN-2024-0412",
         .title = "portant limitation provisoire des usages de l'eau dans le bassin versant du Dropt"},
        /* a continuation line opening with a quoted name goes on the title;
           a quoted line after a blank line does not */
        {.in = "                    ARRÊTÉ N° 2024-SOL-0187\n"
               "   portant attribution d'une subvention à l'association\n"
               "         « Répit Aidants » au titre de l'année 2024\n"
               "\n"
               "« Le Président du Conseil départemental, »\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE :\n"
               "Article 1er – Objet\n"
               "Une subvention est attribuée.\n",
         .title = "portant attribution d'une subvention à l'association « Répit Aidants » au titre de l'année 2024"},
        /* a capitalised title right under the number, carried over lines by
           a connector ("à l'occasion de la" + "Fête ..."); not after a blank
           line (sd2) */
        {.in = "ARRÊTÉ MUNICIPAL N° 2024-PM-087\n"
               "Réglementation temporaire de la circulation\n"
               "rue Nationale à l'occasion de la\n"
               "Fête de la Saint-Jean\n"
               "\n"
               "Le Maire de la Commune de Saint-Amand,\n"
               "VU le code de la route ;\n"
               "ARRÊTE\n"
               "Article 1er : La circulation est interdite.\n",
         .title = "Réglementation temporaire de la circulation rue Nationale à l'occasion de la Fête de la Saint-Jean"},
        {.in = "ARRÊTÉ MUNICIPAL N° 2024-PM-087\n"
               "\n"
               "Le Maire de la Commune de Saint-Amand,\n"
               "VU le code de la route ;\n"
               "ARRÊTE\n"
               "Article 1er : La circulation est interdite.\n",
         .title = TT_NULL},
        /* a grouping's kind ending the line ("… de communes") carries
           the title on to its capitalised name; a capitalised line
           after another ending is no title */
        {.in = "ARRÊTÉ PRÉFECTORAL n° 32-2026-05-12-00007\n"
               "portant modification des statuts de la communauté de communes\n"
               "Cœur d'Astarac (compétence « mobilité »)\n"
               "\n"
               "LA PRÉFÈTE DU GERS,\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1er : Les statuts sont modifiés.\n",
         .title = "portant modification des statuts de la communauté de communes Cœur d'Astarac (compétence « mobilité »)"},
        {.in = "ARRÊTÉ PRÉFECTORAL n° 32-2026-05-12-00007\n"
               "portant modification des statuts de la communauté d'agglomération\n"
               "Grand Auch Cœur de Gascogne\n"
               "\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1er : Les statuts sont modifiés.\n",
         .title = "portant modification des statuts de la communauté d'agglomération Grand Auch Cœur de Gascogne"},
        {.in = "ARRÊTÉ PRÉFECTORAL n° 32-2026-05-12-00007\n"
               "portant dissolution du syndicat des communes\n"
               "Cœur d'Astarac\n"
               "\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1er : Le syndicat est dissous.\n",
         .title = "portant dissolution du syndicat des communes"},
        /* the authority's line under the number belongs to the label */
        {.in = "ARRÊTÉ N° 2024-DGA-0457\n"
               "du Président du Conseil départemental\n"
               "portant délégation de signature\n"
               "\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "ARTICLE 1 : Délégation est donnée.\n",
         .title = "portant délégation de signature"},
        /* an OCR speck " ." after the comma ending a line: the comma
           still carries the title on */
        {.in = "ARRÊTÉ DU PRÉSIDENT N° AP-2024-057\n"
               "portant délégation de fonction et de signature à Mme Anne MARTIN, .\n"
               "4e vice-présidente, en matière de mobilités\n"
               "\n"
               "VU le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "ARTICLE 1 : Délégation est donnée.\n",
         .title = "portant délégation de fonction et de signature à Mme Anne MARTIN, 4e "
                  "vice-présidente, en matière de mobilités"},
        /* a title in capitals that is not a date is kept whole */
        {.in = "ARRÊTÉ N° 2024-12 DU MAIRE PORTANT INTERDICTION DE STATIONNER\n"
               "Le Maire de Tronget,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le stationnement est interdit.\n",
         .title = "DU MAIRE PORTANT INTERDICTION DE STATIONNER"},
        /* a number line in mixed case heads the title too */
        {.in = "PRÉFECTURE DE LA CHARENTE-MARITIME\n"
               "Arrêté n° 17-2024-03-001 du 3 mars 2024\n"
               "portant autorisation d'une manifestation sportive\n"
               "\n"
               "La Préfète de la Charente-Maritime,\n"
               "Vu le code du sport ;\n"
               "ARRÊTE\n"
               "Article 1er : La manifestation est autorisée.\n",
         .type = TT(EX_DOC_ARRETE),
         .number = "17-2024-03-001",
         .title = "portant autorisation d'une manifestation sportive",
         .body = "La Préfète"},
        /* the verb in capitals before a lower-case word starts no new act */
        {.in = "ARRÊTÉ N° 2024-12\n"
               "portant interdiction de stationner\n"
               "Le Maire de Tronget,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE de fixer les règles suivantes :\n"
               "Article 1 : Le stationnement est interdit.\n",
         .ndocs = TT(1),
         .title = "portant interdiction de stationner",
         .n_articles = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;



    /* a title of its own that starts with "du" stays whole */
    const char sb2[] =
        "ARRÊTÉ N° 2024-12\n"
        "du 3 mars 2024 relatif au marché hebdomadaire\n"
        "\n"
        "VU le code général des collectivités territoriales ;\n"
        "ARRÊTE\n"
        "ARTICLE 1 : Le marché a lieu le mardi.\n";
    run_pipeline(&c, *state, sb2);
    const ex_document *d = &c.docs.v[0];
    assert_non_null(d->title);
    assert_non_null(strstr(d->title, "relatif au marché hebdomadaire"));
    ex_call_free(&c);

    /* on one line, "en date du"; the date stays a date */
    const char s2[] =
        "ARRÊTÉ MUNICIPAL N° 2024-12 en date du 3 mars 2024 portant interdiction de stationner\n"
        "Le Maire de Tronget,\n"
        "Vu le code de la route ;\n"
        "ARRÊTE :\n"
        "Article 1 : Le stationnement est interdit.\n";
    run_pipeline(&c, *state, s2);
    d = &c.docs.v[0];
    assert_string_equal(d->title, "portant interdiction de stationner");
    assert_true(d->dates.n >= 1);
    assert_int_equal(d->dates.v[0].value.d, 3);
    ex_call_free(&c);
}

/* a comma ending a title line stays when the next line goes on; a
   trailing comma of the whole title is dropped */
/* a double-spaced act (OCR put a blank line between most lines): the
   title crosses one blank line to a line in capitals, unless the title
   itself already went on without a blank line (then the blank ends it:
   the exposé in capitals under it is no title) */
static void test_title_double_spaced(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BELMONT-SUR-OGNON\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
               "\n"
               "SEANCE DU 4 MAI 1999\n"
               "\n"
               "DELIBERATION N. 9/1999\n"
               "\n"
               "OBJET : VENTE DU CHEMIN RURAL N. 12\n"
               "AU LIEU-DIT LE GRAND PRE\n"
               "\n"
               "M. LE MAIRE EXPOSE AU CONSEIL QUE LE CHEMIN RURAL N'EST PLUS\n"
               "UTILISE PAR LE PUBLIC DEPUIS PLUSIEURS ANNEES.\n"
               "\n"
               "VU LE CODE RURAL ;\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- DE VENDRE LE CHEMIN.\n",
         .title = "VENTE DU CHEMIN RURAL N. 12 AU LIEU-DIT LE GRAND PRE"},
        {.in = "COMMUNE DE BELMONT-SUR-OGNON\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
               "\n"
               "SEANCE DU 4 MAI 1999\n"
               "\n"
               "DELIBERATION N. 9/1999\n"
               "\n"
               "OBJET : VENTE DU CHEMIN RURAL N. 12\n"
               "\n"
               "AU LIEU-DIT LE GRAND PRE\n"
               "\n"
               "VU LE CODE RURAL ;\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- DE VENDRE LE CHEMIN.\n",
         .title = "VENTE DU CHEMIN RURAL N. 12 AU LIEU-DIT LE GRAND PRE"},
        /* the blank line under a one-line title leads to a paragraph
           whose lines follow each other with no blank (the scan's blank
           lines stop there): no continuation (set AZ) */
        {.in = "COMMUNE DE BELMONT-SUR-OGNON\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
               "\n"
               "SEANCE DU 4 MAI 1999\n"
               "\n"
               "DELIBERATION N. 9/1999\n"
               "\n"
               "OBJET : VENTE DU CHEMIN RURAL N. 12\n"
               "\n"
               "MONSIEUR LE MAIRE EXPOSE AU CONSEIL QUE LE CHEMIN RURAL N'EST PLUS\n"
               "UTILISE PAR LE PUBLIC DEPUIS PLUSIEURS ANNEES.\n"
               "\n"
               "VU LE CODE RURAL ;\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- DE VENDRE LE CHEMIN.\n",
         .title = "VENTE DU CHEMIN RURAL N. 12"},
        /* the title's double-spaced second line ends with a colon (a
           speck or the body announced): the blank line under it ends it */
        {.in = "COMMUNE DE BELMONT-SUR-OGNON\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
               "\n"
               "SEANCE DU 4 MAI 1999\n"
               "\n"
               "DELIBERATION N. 9/1999\n"
               "\n"
               "OBJET : VENTE DU CHEMIN RURAL N. 12\n"
               "\n"
               "AU LIEU-DIT LE GRAND PRE :\n"
               "\n"
               "M. LE MAIRE EXPOSE AU CONSEIL QUE LE CHEMIN EST LIBRE.\n"
               "\n"
               "VU LE CODE RURAL ;\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- DE VENDRE LE CHEMIN.\n",
         .title = "VENTE DU CHEMIN RURAL N. 12 AU LIEU-DIT LE GRAND PRE"},
        /* a convention's heading block: its quoted name closed at a line
           end (a speck after it) ends the title before a mixed-case line
           ("Marché n° …"), the opening quote kept (blind set AE T1) */
        {.in = "SYNDICAT INTERCOMMUNAL DES EAUX DU VAL\n"
               "\n"
               "AVENANT N°2\n"
               "\n"
               "AU MARCHÉ PUBLIC DE TRAVAUX\n"
               "\n"
               "« Renouvellement de la conduite entre le réservoir\n"
               "\n"
               "des Crêtes et la station de Bournaguet » :\n"
               "\n"
               "Marché n° 2024-MT-07 notifié le 12 février 2024\n"
               "\n"
               "Pouvoir adjudicateur : Syndicat intercommunal des eaux du Val\n"
               "\n"
               "Il est convenu ce qui suit :\n"
               "\n"
               "Article 1 – Objet\n"
               "\n"
               "Le présent avenant modifie le marché.\n",
         .title = "AVENANT N°2 AU MARCHÉ PUBLIC DE TRAVAUX « Renouvellement de la conduite entre le "
                  "réservoir des Crêtes et la station de Bournaguet »"},
        /* ... but a lower-case line after the quote goes on */
        {.in = "COMMUNE DE VALBOIS\n"
               "\n"
               "CONVENTION DE PARTENARIAT\n"
               "\n"
               "AVEC L'ASSOCIATION « LES AMIS DE L'ORGUE »\n"
               "\n"
               "pour l'année 2025\n"
               "\n"
               "Entre :\n"
               "\n"
               "Il est convenu ce qui suit :\n"
               "\n"
               "Article 1 – Objet\n"
               "\n"
               "La convention fixe les engagements.\n",
         .title = "CONVENTION DE PARTENARIAT AVEC L'ASSOCIATION « LES AMIS DE L'ORGUE » pour l'année 2025"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a register page: the commune's letterhead line carries the page
   number in its right column (page furniture for lines.c); under a
   département line it still names the issuer */
static void test_collectivity_register_page(void **state)
{
    static const doc_row rows[] = {
        {.in = "Département de la Nièvre                                Registre des délibérations\n"
               "Commune de SAINT-ANDELAIN-SUR-LOIRE                                   Page 12\n"
               "\n"
               "Séance du 3 juin 1993\n"
               "\n"
               "L'an mil neuf cent quatre-vingt-treize, le trois juin, le Conseil Municipal s'est réuni\n"
               "sous la présidence de M. Paul VERNIER, Maire.\n"
               "\n"
               "Objet : Vente d'un terrain communal\n"
               "\n"
               "Le Conseil Municipal, après en avoir délibéré, décide de vendre le terrain.\n",
         .collectivity = "Commune de SAINT-ANDELAIN-SUR-LOIRE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

static void test_title_comma(void **state)
{
    static const doc_row rows[] = {
        {.in = "CONVENTION BASSIN MINIER DU NORD ET DU PAS-DE-CALAIS,\n"
               "TERRITOIRE DÉMONSTRATEUR DE LA STRATÉGIE NATIONALE,\n"
               "\n"
               "Entre :\n"
               "L'État, représenté par le Préfet,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .type = TT(EX_DOC_CONVENTION),
         .title = "CONVENTION BASSIN MINIER DU NORD ET DU PAS-DE-CALAIS, TERRITOIRE DÉMONSTRATEUR DE LA STRATÉGIE NATIONALE"},
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Travaux de voirie,\n"
               "tranche 2024 ;\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver les travaux.\n",
         .title = "Travaux de voirie, tranche 2024"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a clause's ";" alone on the next line belongs to the clause; a lone
   ";" after a blank line does not */
static void test_clause_semicolon_line(void **state)
{
    ex_call c;
    const char s[] =
        "ARRÊTÉ MUNICIPAL N° 2024-087\n"
        "portant réglementation du stationnement\n"
        "Le Maire de la Commune de Bernières-la-Vallée,\n"
        "Vu l'arrêté municipal n° 2019-042 du 3 avril 2019 réglementant le stationnement\n"
        ";\n"
        "Vu le Code de la route ;\n"
        "Considérant que les crédits sont inscrits au budget\n"
        "\n"
        ";\n"
        "ARRÊTE :\n"
        "Article 1 : Le stationnement est interdit.\n";
    run_pipeline(&c, *state, s);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->visas.n, 2);
    assert_string_equal(d->visas.v[0].text,
                        "Vu l'arrêté municipal n° 2019-042 du 3 avril 2019 réglementant le stationnement ;");
    size_t semi = (size_t)(strstr(c.text.s, "\n;\n") - c.text.s) + 2;
    assert_int_equal(d->visas.v[0].span.end, semi);
    assert_int_equal(d->considerants.n, 1);
    assert_string_equal(d->considerants.v[0].text, "Considérant que les crédits sont inscrits au budget");
    ex_call_free(&c);
}

/* two signature columns whose gap OCR read as specks, a colon glued
   to the first name: "Sylvie MANGEOT: : … Sébastien JACQUOT" under
   "La Présidente, - - Le secrétaire de séance," */
static void test_signature_speck_gap(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-BRÉVIN\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 16 MAI 2024\n"
               "\n"
               "Le conseil, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver le compte rendu.\n"
               "\n"
               "Fait à Brévin, le 21 mai 2024 : -\n"
               "\n"
               "- La Présidente, - - Le secrétaire de séance,\n"
               ". Sylvie MANGEOT: : \xe2\x80\xa6 Sébastien JACQUOT\n",
         .n_signatures = TT(2),
         .signatures = {[0] = {.name = "Sylvie MANGEOT"},
                        [1] = {.name = "Sébastien JACQUOT"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: a short noise word after the signatory's name ("Marion
   PÉLISSIER Noe"): the name without it; a longer word ("Noel") or an
   accented one ("Noé") is not dropped (no name read, as before) */
static void test_signature_noise_word(void **state)
{
    static const struct {
        const char *line, *name;
    } rows[] = {
        {"Marion PÉLISSIER Noe\n", "Marion PÉLISSIER"},
        {"Marion PÉLISSIER Ve\n", "Marion PÉLISSIER"},
        {"Marion PÉLISSIER\n", "Marion PÉLISSIER"},
        {"Marion PÉLISSIER Noel\n", NULL},
        {"Marion PÉLISSIER Noé\n", NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "DÉPARTEMENT DE LA BASSE-SORGUE\n"
                 "DÉLIBÉRATION N° CP-2026-0412\n\n"
                 "La Commission permanente DÉCIDE :\n"
                 "Article 1er : D'approuver la convention.\n\n"
                 "Fait à Castelvert, le 17 mars 2026\n\n"
                 "La Présidente du Conseil départemental,\n"
                 "%s", rows[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, 1);
        if (rows[k].name) {
            assert_non_null(d->signatures.v[0].name);
            assert_string_equal(d->signatures.v[0].name, rows[k].name);
        } else
            assert_null(d->signatures.v[0].name);
        ex_call_free(&c);
    }
}

/* a copy's signature: the name after "(signé)", "(s)", "Signé :", or a
   family name alone in capitals under its role (an old typed copy);
   not the copyist's "ILLISIBLE" nor an institution's word.  The
   supervising authority's "Vu et approuvé, <place>, le <date> / Pour
   le Préfet, … / (signé) …" below the act's signature is no signature
   of the act */
static void test_signature_copy_mark(void **state)
{
    static const struct {
        const char *line, *name;
        bool stamp;
    } rows[] = {
        {"(signé) ROUVIÈRE\n", "ROUVIÈRE", false},
        {"(signé) Émile ROUVIÈRE\n", "Émile ROUVIÈRE", false},
        {"Signé : Émile ROUVIÈRE\n", "Émile ROUVIÈRE", false},
        {"(s) Émile ROUVIÈRE\n", "Émile ROUVIÈRE", false},
        {"ROUVIÈRE\n", "ROUVIÈRE", false},
        {"(signé) ROUVIÈRE\n", "ROUVIÈRE", true},
        {"(signé) ILLISIBLE\n", NULL, false},
        {"MAIRIE\n", NULL, false},
        {"Mairie\n", NULL, false},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-JEAN-DU-PIN\n"
                 "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n\n"
                 "Le Conseil municipal DÉCIDE :\n"
                 "Article 1er : D'approuver le projet.\n\n"
                 "Pour copie conforme,\n"
                 "Le Maire,\n"
                 "%s%s", rows[k].line,
                 rows[k].stamp ? "\nVu et approuvé, Mende, le 2 avril 1968\nPour le Préfet, le Sous-Préfet,\n"
                                 "(signé) ILLISIBLE\n"
                               : "");
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        if (rows[k].name) {
            assert_int_equal(d->signatures.n, 1);
            assert_non_null(d->signatures.v[0].name);
            assert_string_equal(d->signatures.v[0].name, rows[k].name);
        } else {
            for (size_t q = 0; q < d->signatures.n; q++)
                assert_null(d->signatures.v[q].name);
        }
        ex_call_free(&c);
    }
}

/* OCR garbles of a signature block (tesseract): a speck "a |" in the
   gap of two role columns ("Le Maire, a | La secrétaire de séance;",
   no verb "a"), a quote glued before the second column's name
   ("‘Chloé TOURNIÉ"), the article's blank read as a hyphen
   ("Le-Maire,"), the blank between a given name and the family name
   read as a hyphen ("Roland-PERCHERON").  Not a compound word
   ("Saint-DENIS") nor a sentence with the verb "a" */
static void test_signature_ocr_garbles(void **state)
{
    static const struct {
        const char *roles, *names;
        size_t n;
        const char *name0, *name1;
    } rows[] = {
        {"Le Maire, a | La secrétaire de séance;\n", "-Julien ROUSSEL : \xe2\x80\x98" "Chloé TOURNIÉ\n", 2,
         "Julien ROUSSEL", "Chloé TOURNIÉ"},
        {"Le-Maire, La Secrétaire de séance,\n", "\xe2\x80\x9c Alain DESFORGES i Élise FAYOLLE\n", 2,
         "Alain DESFORGES", "Élise FAYOLLE"},
        {"Le Président, a\n", "Roland-PERCHERON\n", 1, "Roland-PERCHERON", NULL},
        {"Le Président,\n", "Roland PERCHERON\n", 1, "Roland PERCHERON", NULL},
        /* negative: no name read (nor the role, a name under it
           missing) */
        {"Le Président,\n", "Saint-DENIS\n", 0, NULL, NULL},
        {"Le Président,\n", "Vice-PRÉSIDENT\n", 0, NULL, NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE VERNIOLLE-SUR-ARIZE\n"
                 "DÉLIBÉRATION N° 2024-051\n\n"
                 "Le Conseil municipal DÉCIDE :\n"
                 "Article 1er : D'approuver la convention.\n\n"
                 "La séance a été levée à onze heures quinze.\n\n"
                 "%s%s", rows[k].roles, rows[k].names);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, rows[k].n);
        const char *want[2] = {rows[k].name0, rows[k].name1};
        for (size_t q = 0; q < rows[k].n; q++) {
            if (want[q]) {
                assert_non_null(d->signatures.v[q].name);
                assert_string_equal(d->signatures.v[q].name, want[q]);
            } else
                assert_null(d->signatures.v[q].name);
        }
        ex_call_free(&c);
    }
    assert_true(ex_st_is_role("Le-Maire,", 0, strlen("Le-Maire,")));
    assert_true(ex_st_is_role("Le Maire, a |", 0, strlen("Le Maire, a |")));
    assert_false(ex_st_is_role("Le Maire a ouvert la séance,", 0, strlen("Le Maire a ouvert la séance,")));
    assert_false(ex_st_is_role("Le-maire,", 0, strlen("Le-maire,")));
    /* a certificate's sentence is no role; a role still is */
    static const char *const cert[] = {
        "Le Maire certifie sous sa responsabilité le caractère exécutoire du présent acte,",
        "Le Président atteste l'affichage du présent arrêté en mairie,",
    };
    for (size_t k = 0; k < sizeof cert / sizeof cert[0]; k++)
        assert_false(ex_st_is_role(cert[k], 0, strlen(cert[k])));
    assert_true(ex_st_is_role("Le Maire certificateur,", 0, strlen("Le Maire certificateur,")));
    assert_true(ex_st_is_role("La Conseillère déléguée aux certificats,", 0,
                              strlen("La Conseillère déléguée aux certificats,")));
}

/* OCR: the signatory's role, a blank line, then the name as the last
   line of two pages (a running line, furniture), the first after a
   speck (". Catherine LE GOFF"): the name of the role above, and the
   role closes the body; a running line that is no name names nothing */
static void test_signature_running_name(void **state)
{
    static const struct {
        const char *last1, *last2, *name;
    } rows[] = {
        {". Catherine LE GOFF", "Catherine LE GOFF", "Catherine LE GOFF"},
        {"Catherine LE GOFF", "Catherine LE GOFF", "Catherine LE GOFF"},
        {"Hôtel de Région de Nantes", "Hôtel de Région de Nantes", NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "RÉGION VAL-DE-LOIRE-OCÉAN\nCOMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n"
                 "DÉLIBÉRATION N° 24-CP-12-041\n\nOBJET : Aide aux entreprises\n\n"
                 "La Commission permanente DÉCIDE :\nArticle 1 : D'attribuer les aides.\n\n"
                 "ADOPTÉ\n\nLa Présidente du Conseil régional,\n\n%s\n\f"
                 "RÉGION VAL-DE-LOIRE-OCÉAN\nCOMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n"
                 "DÉLIBÉRATION N° 24-CP-12-052\n\nOBJET : Pôle d'échanges\n\n"
                 "La Commission permanente DÉCIDE :\nArticle 1 : D'approuver la convention.\n\n"
                 "ADOPTÉ\n\nLa Présidente du Conseil régional,\n\n%s\n\n"
                 "Commission permanente du 6 décembre 2024 - Délibération n° 24-CP-12-052 - Page 1/1\n",
                 rows[k].last1, rows[k].last2);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 2);
        for (size_t q = 0; q < 2; q++) {
            const ex_document *d = &c.docs.v[q];
            if (rows[k].name) {
                assert_int_equal(d->signatures.n, 1);
                assert_non_null(d->signatures.v[0].name);
                assert_string_equal(d->signatures.v[0].name, rows[k].name);
            } else {
                for (size_t r = 0; r < d->signatures.n; r++)
                    assert_null(d->signatures.v[r].name);
            }
        }
        ex_call_free(&c);
    }
}

/* OCR: a speck "." or "-" after "Vu" before the article ("Vu. le Code de la
   route", "Vu.le Code de l'urbanisme", "Vu-le marché"): a visa; the article glued to the role's noun ("LeMaire,"):
   a role */
static void test_ocr_visa_speck_and_glued_role(void **state)
{
    static const doc_row rows[] = {
        /* "Vu.le Code" (the dot for the blank) is a visa; "Vu.lors" no
           new one */
        {.in = "COMMUNE DE BRÈVE\n"
               "ARRÊTÉ N° 2025-PM-031\n"
               "Le Maire de Brève,\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Vu. le Code de la route ;\n"
               "Vu.le Code de l'urbanisme ;\n"
               "Vu.lors de la réunion du 2 mars ;\n"
               /* a hyphen for the blank (blind set AY O4); "Vu-lors" no new one */
               "Vu-le marché n° 2025-TR-04 notifié le 14 octobre 2025 ;\n"
               "Vu-lors de la réunion du 3 mars ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le stationnement est interdit.\n"
               "\n"
               "Fait à Brève, le 3 mars 2025\n"
               "\n"
               "LeMaire,                                      La secrétaire de séance,\n"
               "Jean-Pierre LAVERGNE                           Élodie MAGNE\n",
         .ndocs = TT(1),
         .n_visas = TT(4),
         .n_signatures = TT(2),
         .signatures = {[0] = {.name = "Jean-Pierre LAVERGNE"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    /* a small letter alone after the first role's comma, ';' for the
       second one's */
    const char s2[] =
        "MAIRIE DU 7E ARRONDISSEMENT\n"
        "PROCÈS-VERBAL DE LA SÉANCE DU 8 OCTOBRE 2024\n"
        "\n"
        "Le conseil, après en avoir délibéré, DÉCIDE :\n"
        "Article 1 : D'approuver le compte rendu.\n"
        "La séance est levée à 21 h 05.\n"
        "\n"
        "La Maire du 7e arrondissement, j Le Secrétaire de séance; :\n"
        "\n"
        "-Claire-Anne MOURGUES + . Théo LAMBERT\n";
    run_pipeline(&c, *state, s2);
    const ex_document *d = &c.docs.v[c.docs.n - 1];
    assert_int_equal(d->signatures.n, 2);
    assert_string_equal(d->signatures.v[0].role, "La Maire du 7e arrondissement");
    assert_string_equal(d->signatures.v[1].role, "Le Secrétaire de séance");
    assert_non_null(d->signatures.v[1].name);
    assert_string_equal(d->signatures.v[1].name, "Théo LAMBERT");
    ex_call_free(&c);
}

/* side-by-side signatures: each column keeps its role; a prefect's
   second title printed between the columns goes to the regional
   prefect */
static void test_signature_columns_roles(void **state)
{
    static const doc_row rows[] = {
        {.in = "CONVENTION BASSIN MINIER\n"
               "Entre :\n"
               "L'État, représenté par le Préfet,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n"
               "\n"
               "Fait à      , le\n"
               "\n"
               "   Le Préfet du Pas-de-Calais,                             Le Préfet de la région Hauts-de-France,\n"
               "\n"
               "                   Préfet du Nord\n"
               "\n"
               "         Jacques BILLANT                Georges-François LECLERC\n",
         .n_signatures = TT(2),
         .signatures = {[0] = {.role = "Le Préfet du Pas-de-Calais", .name = "Jacques BILLANT", .y = TT(0)},
                        [1] = {.role = "Le Préfet de la région Hauts-de-France, Préfet du Nord", .name = "Georges-François LECLERC"}}},
        /* no regional prefect: the continuation goes to the nearest column */
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Convention\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n"
               "\n"
               "Fait à Tronget, le 3 mars 2024\n"
               "\n"
               "Le Maire,                                  Le Président du SIVOM,\n"
               "                                           délégué aux finances\n"
               "Jean DUPONT                                Pierre MARTIN\n",
         .n_signatures = TT(2),
         .signatures = {[0] = {.role = "Le Maire", .name = "Jean DUPONT"},
                        [1] = {.role = "Le Président du SIVOM, délégué aux finances", .name = "Pierre MARTIN", .place = "Tronget"}}},
        /* an ordinal in digits after the article: "Le 1er Vice-Président" */
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Convention\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver la convention.\n"
               "\n"
               "Fait à Tronget, le 3 mars 2024\n"
               "\n"
               "Pour le Président empêché,\n"
               "Le 1er Vice-Président\n"
               "Pierre MARTIN\n",
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Pour le Président empêché, Le 1er Vice-Président"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a recueil of arrêtés whose number lines are in mixed case: a new act
   at each number line that opens a paragraph after a signed act; a
   running title repeating the act's number starts nothing */
static void test_recueil_numlines(void **state)
{
    static const doc_row rows[] = {
        /* the act's own number repeated after the signature; a running title */
        {.in = "COMMUNE DE VILLIERS-SUR-ERVE\n"
               "Délibération n° 2023-36\n"
               "OBJET : Travaux\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver les travaux.\n"
               "Fait à Villiers, le 12 octobre 2023\n"
               "Le Maire,\n"
               "Gérard TESSIER\n"
               "\n"
               "Délibération n° 2023-36 du 12/10/2023\n"
               "\n"
               "Commune de Villiers-sur-Erve — Délibération n° 2023-37 du 12/10/2023\n",
         .ndocs = TT(1),
         .number = "2023-36"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char s[] =
        "COMMUNE DE TRONGET\n"
        "\n"
        "Arrêté n° 2024-12 du 3 mars 2024\n"
        "portant interdiction de stationner rue de la Paix\n"
        "\n"
        "Le Maire de Tronget,\n"
        "Vu le Code de la route ;\n"
        "ARRÊTE :\n"
        "Article 1 : Le stationnement est interdit.\n"
        "Article 2 : Le présent arrêté sera affiché.\n"
        "Fait à Tronget, le 3 mars 2024\n"
        "Le Maire,\n"
        "Paul DURAND\n"
        "\n"
        "Arrêté n° 2024-13 du 5 mars 2024\n"
        "portant autorisation d'occupation du domaine public\n"
        "\n"
        "Le Maire de Tronget,\n"
        "Vu le Code général de la propriété des personnes publiques ;\n"
        "ARRÊTE :\n"
        "Article 1 : L'occupation est autorisée.\n"
        "Fait à Tronget, le 5 mars 2024\n"
        "Le Maire,\n"
        "Paul DURAND\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    assert_string_equal(c.docs.v[0].number, "2024-12");
    assert_int_equal(c.docs.v[0].articles.n, 2);
    assert_int_equal(c.docs.v[1].type, EX_DOC_ARRETE);
    assert_string_equal(c.docs.v[1].number, "2024-13");
    assert_string_equal(c.docs.v[1].title, "portant autorisation d'occupation du domaine public");
    assert_int_equal(c.docs.v[1].span.start, view_at(&c, "Arrêté n° 2024-13", 0));
    assert_int_equal(c.docs.v[1].articles.n, 1);
    assert_int_equal(c.docs.v[1].signatures.v[0].date.d, 5);
    ex_call_free(&c);
}

/* decision lines with a vote phrase: "Décide à l'unanimité :", "DECIDE,
   à l'unanimité,"; "Décide de ..." in lower case inside a sentence is
   not one */
static void test_verb_unanimity(void **state)
{
    static const struct {
        const char *line, *verb;
    } cases[] = {
        {"Décide à l'unanimité des membres présents :", "Décide"},
        {"DECIDE, à l'unanimité,", "DECIDE"},
        {"DÉCIDE à la majorité des suffrages exprimés :", "DÉCIDE"},
        {"- PREND ACTE du rapport annuel ;", "PREND ACTE"},
        {"Il décide à l'unanimité :", NULL},
        {"Décide à l'unanimité de fixer les tarifs", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNE DE TRONGET\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "OBJET : Travaux\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "%s\n"
                 "- d'approuver les travaux ;\n", cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        if (cases[k].verb)
            assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
        else
            assert_null(c.docs.v[0].decision_verb);
        ex_call_free(&c);
    }
}

/* "Décide de ..." capitalised at the start of the line after a
   preamble that ends with a comma ("..., après en avoir délibéré,") is
   the decision; not after a sentence, nor without its complement */
static void test_verb_after_preamble(void **state)
{
    static const struct {
        const char *pre, *line, *verb;
    } cases[] = {
        {"Le Conseil municipal, après en avoir délibéré,", "Décide de fixer le prix du repas à 3,50 €.", "Décide"},
        {"Le Conseil municipal, après en avoir délibéré,\n", "Décident d'approuver la convention.", "Décident"},
        {"Le Conseil municipal a pris connaissance du rapport.", "Décide de fixer le prix du repas.", NULL},
        {"Le Conseil municipal, après en avoir délibéré,", "Décide pour sa part le report.", NULL},
        {"Le Conseil municipal, après en avoir délibéré,", "Décision de principe.", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNE DE TRONGET\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "OBJET : Cantine\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "%s\n%s\n", cases[k].pre, cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        if (cases[k].verb) {
            assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
            assert_int_equal(c.docs.v[0].decision_span.start,
                             (size_t)(strstr(c.text.s, cases[k].verb) - c.text.s));
        } else {
            assert_null(c.docs.v[0].decision_verb);
        }
        ex_call_free(&c);
    }
}

/* "Vu," clauses; a signatory whose family name opens with a particle
   ("Yannick LE GOFF") after blank lines; "Vue" is no visa */
static void test_vu_comma_and_particle_name(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-HERVÉ\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Acquisition\n"
               "Vu, le Code général des collectivités territoriales ;\n"
               "Vu, l’avis du service du Domaine du 9 octobre 2023 ;\n"
               "Vue la situation, rien.\n"
               "Considérant, l’accord écrit des propriétaires ;\n"
               "Après en avoir délibéré, le Conseil municipal, à l’unanimité, DÉCIDE :\n"
               "1°) d’acquérir la parcelle ;\n"
               "\n"
               "Pour extrait conforme,\n"
               "Fait à Saint-Hervé-du-Leff, le\n"
               "\n"
               "Le Maire,\n"
               "\n"
               "\n"
               "Yannick LE GOFF\n",
         .n_visas = TT(2),
         .n_considerants = TT(1),
         .decision_verb = "DÉCIDE",
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Le Maire", .name = "Yannick LE GOFF", .place = "Saint-Hervé-du-Leff", .y = TT(0)}},
         .visas = {[1] = "Vu, l’avis du service du Domaine du 9 octobre 2023 ;"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the session place keeps a room printed after its building; another
   comma part (a time, the presidency) does not join */
static void test_place_room(void **state)
{
    static const struct {
        const char *sentence, *place;
    } cases[] = {
        {"s'est réuni à la mairie,\nsalle des mariages, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie, salle des mariages"},
        {"s'est réuni à la mairie, en séance publique, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie"},
        /* the session's kind after the place, no comma before it; it
           opening the stream does not end the place after it */
        {"s'est réuni à la mairie en séance publique, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie"},
        {"s'est réuni à la salle des fêtes en séance extraordinaire, sous la présidence de Mme Hélène GAUTIER.",
         "salle des fêtes"},
        {"s'est réuni en séance publique à la mairie, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie"},
        /* negative: a place holding "en" before another word stays whole */
        {"s'est réuni à la salle en bois du parc, sous la présidence de Mme Hélène GAUTIER.",
         "salle en bois du parc"},
        {"s’est réunie à l’Hôtel du Département, sous la présidence de M. Fabien THOMASSIN.",
         "Hôtel du Département"},
        /* OCR: a speck standing alone after the preposition ("à .",
           "en :") */
        {"s'est réuni à .\nl'Espace Lorvanne, sous la présidence de M. Patrick BESNARD, Président.",
         "Espace Lorvanne"},
        {"s'est réuni en :\nséance publique à l'Hôtel.du Territoire, sous la présidence de Mme Hélène GAUTIER.",
         "Hôtel du Territoire"},
        {"s'est réuni le mardi 14 mai 2024 à .\n18 heures, dans la salle du conseil, sous la présidence de "
         "Mme Hélène GAUTIER.", "salle du conseil"},
        /* a room right after the verb, no preposition */
        {"s'est réuni salle du conseil de l'Hôtel de Ville, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "salle du conseil de l'Hôtel de Ville"},
        /* OCR: specks between building and room, a ';' for the comma,
           detached specks inside, a full stop glued to "à" */
        {"s'est réuni à la mairie, :\n. salle des mariages, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie, salle des mariages"},
        {"s'est réuni à la mairie; salle du\n. conseil, sous la présidence de Mme Hélène GAUTIER, Maire.",
         "mairie, salle du conseil"},
        {"s'est réuni en séance plénière à l'Hôtel du Département, :_.\nsalle de l'Assemblée, sous la "
         "présidence de Mme Hélène GAUTIER.", "Hôtel du Département, salle de l'Assemblée"},
        {"s'est réuni au siège de :\n\n. l'Office, salle Jules-Verne, sous la présidence de Mme Hélène GAUTIER.",
         "siège de l'Office, salle Jules-Verne"},
        {"s'est réuni le mardi 14 mai 2024 à. 18 heures, dans la salle du conseil de la mairie, sous la présidence "
         "de Mme Hélène GAUTIER.", "salle du conseil de la mairie"},
        /* a quote and a dot OCR made of a speck ("séance “.") */
        {"s'est réuni en séance “.\npublique à la salle des fêtes, sous la présidence de Mme Hélène GAUTIER.",
         "salle des fêtes"},
        /* OCR specks glued to a word before a lower-case one, a hyphen
           or a speck after the article, an apostrophe after "sous" */
        {"s'est réuni le mardi 14 mai 2024, dans la salle du.\nconseil de la mairie, sous la présidence de "
         "Mme Hélène GAUTIER.", "salle du conseil de la mairie"},
        {"s'est réuni dans la salle du conseil: de la mairie, sous la présidence de Mme Hélène GAUTIER.",
         "salle du conseil de la mairie"},
        {"s'est réuni en séance ordinaire dans la-salle du conseil, sous la présidence de Mme Hélène GAUTIER.",
         "salle du conseil"},
        {"s'est réuni à la :\nmairie annexe de Fontenelles, sous la présidence de Mme Hélène GAUTIER.",
         "mairie annexe de Fontenelles"},
        {"s'est réuni à la mairie sous'la présidence de Mme Hélène GAUTIER.", "mairie"},
        /* OCR: a lone speck after "la" ("sous la :" / "présidence-de") */
        {"s'est réuni à la mairie sous la :\nprésidence-de M. Gilles PERNOT, Maire.", "mairie"},
        /* a full stop after a word that may end a sentence stays one */
        {"s'est réuni à la mairie annexe. la séance est ouverte sous la présidence de Mme Hélène GAUTIER.",
         "mairie annexe"},
        /* a convocation phrase after the place, no comma before it */
        {"se sont réunis dans la salle du conseil de la mairie sur la convocation qui leur a été adressée,",
         "salle du conseil de la mairie"},
        {"s'est réuni à la mairie après convocation régulière, sous la présidence de Mme Hélène GAUTIER.", "mairie"},
        {"s'est réuni à la salle des fêtes suivant convocation, sous la présidence de Mme Hélène GAUTIER.",
         "salle des fêtes"},
        /* negative: "sur" without a convocation stays in the place */
        {"s'est réuni à la maison des associations sur la place du marché, sous la présidence de Mme Hélène GAUTIER.",
         "maison des associations sur la place du marché"},
        /* the session's kind after "en" and its date are no place */
        {"s'est réuni en assemblée plénière le jeudi 11 décembre 2025 à l'Hôtel de Région, sous la présidence "
         "de Mme Hélène GAUTIER.", "Hôtel de Région"},
        {"s'est réuni en réunion ordinaire le 12 mars 2025 à la salle des fêtes, sous la présidence de Mme Hélène "
         "GAUTIER.", "salle des fêtes"},
        /* negative: "en mairie" is a place */
        {"s'est réuni en mairie, sous la présidence de Mme Hélène GAUTIER.", "mairie"},
        /* OCR: a dot glued between two words ("à la.mairie", "du.syndicat",
           "en.séance"), glued before "de" ("du conseil. de la mairie"),
           between a word and digits ("à 14 h.30,"); a ';' standing apart
           after "du" ("l'Hôtel du ;\nDépartement") */
        {"s'est réuni à la.mairie, salle Anjela-Duval, sous la présidence de Mme Hélène GAUTIER.",
         "mairie, salle Anjela-Duval"},
        {"s'est réuni au siège du.syndicat, sous la présidence de Mme Hélène GAUTIER.", "siège du syndicat"},
        {"s'est réuni en.séance plénière à l'Hôtel du Département,\nsalle de l'Assemblée, sous la présidence "
         "de Mme Hélène GAUTIER.", "Hôtel du Département, salle de l'Assemblée"},
        {"s'est réuni dans la salle du conseil. de la\nmairie, sous la présidence de Mme Hélène GAUTIER.",
         "salle du conseil de la mairie"},
        {"s'est réuni le vendredi 3 octobre 2025 à 14 h.30, salle du conseil de la direction, sous la présidence "
         "de Mme Hélène GAUTIER.", "salle du conseil de la direction"},
        {"s'est réuni à l'Hôtel du ;\nDépartement, salle Jean-Jaurès, sous la présidence de Mme Hélène GAUTIER.",
         "Hôtel du Département, salle Jean-Jaurès"},
        /* a dot glued before a capital after "du" ("salle du.Conseil"), a
           comma after "de", a name cut after its hyphen ("des- ‘\nLandes"),
           "9.h 30" */
        {"s'est réuni dans la salle du.Conseil de la Maison de l'Énergie, sous la présidence de Mme Hélène GAUTIER.",
         "salle du Conseil de la Maison de l'Énergie"},
        {"s'est réuni à la salle polyvalente de, Saint-Aubin-des- \xe2\x80\x98\nLandes, sous la présidence de "
         "Mme Hélène GAUTIER.", "salle polyvalente de Saint-Aubin-des-Landes"},
        {"s'est réuni le jeudi 12 décembre 2024\nà 9.h 30, en salle de l'état-major de la direction, sous la "
         "présidence de Mme Hélène GAUTIER.", "salle de l'état-major de la direction"},
        /* negatives: a dot before a capital, or before "la", ends it */
        {"s'est réuni à la mairie annexe.Le Maire ouvre la séance sous la présidence de Mme Hélène GAUTIER.",
         "mairie annexe"},
        {"s'est réuni à la mairie annexe.La séance est ouverte sous la présidence de Mme Hélène GAUTIER.",
         "mairie annexe"},
        {"s'est réuni à l'Hôtel de Ville ; la séance est ouverte sous la présidence de Mme Hélène GAUTIER.",
         "Hôtel de Ville"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-ARNOULT\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Le Conseil municipal, légalement convoqué le 17 septembre 2024, %s\n"
                 "OBJET : Travaux\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver les travaux.\n", cases[k].sentence);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_string_equal(c.docs.v[0].session_place, cases[k].place);
        ex_call_free(&c);
    }
}

/* a room after the hour introduced by a comma alone ("… à 14 h 30,
   salle du conseil de la direction départementale,"); a part of other
   words after the comma is no place */
static void test_place_room_after_comma(void **state)
{
    static const struct {
        const char *sentence, *place;
    } cases[] = {
        {"s'est réuni le vendredi\n3 octobre 2025 à 14 h 30, salle du conseil de la direction départementale,\n"
         "sous la présidence de M. Gérard POULAIN, Président.", "salle du conseil de la direction départementale"},
        {"s'est réuni le 3 octobre 2025, salle Jean Moulin, sous la présidence de M. Gérard POULAIN.",
         "salle Jean Moulin"},
        /* negative: no room word, no preposition */
        {"s'est réuni le 3 octobre 2025 à 14 h 30, sur convocation du Maire, sous la présidence de M. Gérard "
         "POULAIN.", NULL},
        /* OCR: a dot glued to the verb, the place after it */
        {"s'est réuni. à la mairie, salle des fêtes, sous la présidence de M. Gérard POULAIN.",
         "mairie, salle des fêtes"},
        /* negative: the sentence ends with the verb */
        {"s'est réuni. Le Maire ouvre la séance à la mairie.", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-ARNOULT\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Le Conseil municipal, légalement convoqué le 17 septembre 2024, %s\n"
                 "OBJET : Travaux\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver les travaux.\n", cases[k].sentence);
        ex_call c;
        run_pipeline(&c, *state, s);
        if (cases[k].place) {
            assert_non_null(c.docs.v[0].session_place);
            assert_string_equal(c.docs.v[0].session_place, cases[k].place);
        } else
            assert_null(c.docs.v[0].session_place);
        ex_call_free(&c);
    }
}

/* "Date de la convocation : ..." gives the convocation date, also with
   one OCR edit in "convocation" ("convoeation"); not another word */
static void test_convocation_label_ocr(void **state)
{
    static const struct {
        const char *label;
        int day;
    } cases[] = {
        {"Date de la convocation", 19},
        {"Date de la convoeation", 19},
        {"Date de convocatlon", 19},
        {"Date de la consultation", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-AVAL\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Séance du mardi 26 mars 2024\n"
                 "%s : 19 mars 2024\n"
                 "OBJET : Travaux\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver les travaux.\n", cases[k].label);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.v[0].convened_on.d, cases[k].day);
        ex_call_free(&c);
    }
}

/* the title printed after the number and a colon or a dash on the
   act's number line, under an "EXTRAIT DU REGISTRE" label; none when
   nothing follows the number */
static void test_title_on_number_line(void **state)
{
    static const struct {
        const char *line, *title;
    } cases[] = {
        {"Délibération n° 2024-021 : Vente d'un terrain communal", "Vente d'un terrain communal"},
        {"Délibération n° 2024-021 – Vente d'un terrain\ncommunal au lieu-dit Les Près", "Vente d'un terrain communal au lieu-dit Les Près"},
        {"Délibération n° 2024-021", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE BEAUVOIR\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Séance du 4 avril 2024\n"
                 "%s\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "Le Conseil municipal, après en avoir délibéré,\n"
                 "- APPROUVE la vente.\n", cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_string_equal(c.docs.v[0].number, "2024-021");
        if (cases[k].title)
            assert_string_equal(c.docs.v[0].title, cases[k].title);
        else
            assert_null(c.docs.v[0].title);
        ex_call_free(&c);
    }
}

/* minutes whose items are headed without "n°": "Délibération 2024-31 :
   Tarifs" and "2024-013 – BUDGET PRIMITIF 2024" are items (number,
   title, their vote); a number and a lower-case text is none */
static void test_bare_items(void **state)
{
    static const doc_row rows[] = {
        /* not in a délibération */
        {.in = "COMMUNE DE BEAUVOIR\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Délibération n° 2024-021\n"
               "Vu le code général des collectivités territoriales ;\n"
               "2024-013 – BUDGET PRIMITIF 2024\n"
               "Le Conseil municipal APPROUVE le budget.\n",
         .type = TT(EX_DOC_DELIBERATION),
         .n_items = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    run_pipeline(&c, *state,
        "SYNDICAT DES EAUX DU VAL\n"
        "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL\n"
        "\n"
        "2024-013 – BUDGET PRIMITIF 2024\n"
        "Le Comité syndical, après en avoir délibéré, ADOPTE le budget primitif.\n"
        "Vote : Pour : 19 – Contre : 1 – Abstention : 1\n"
        "\n"
        "Délibération 2024-14 : Tarifs de l'eau\n"
        "Le Comité syndical FIXE le prix à 1,85 €.\n"
        "Adopté à l'unanimité.\n"
        "\n"
        "2024-2025 – reprise des cours en septembre\n");
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_PROCES_VERBAL);
    assert_int_equal(d->items.n, 2);
    assert_string_equal(d->items.v[0].number, "2024-013");
    assert_string_equal(d->items.v[0].title, "BUDGET PRIMITIF 2024");
    assert_int_equal(d->items.v[0].votes.n, 1);
    assert_int_equal(d->items.v[0].votes.v[0].for_, 19);
    assert_string_equal(d->items.v[1].number, "2024-14");
    assert_string_equal(d->items.v[1].title, "Tarifs de l'eau");
    ex_call_free(&c);
}

/* OCR put a blank after the hyphen of a compound in capitals ("NORD-
   ATLANTIQUE"): values join it; a dash between blanks or digits stays.
   The act number "N°2 2023-CP- 1142" (a digit of debris glued to the
   sign, a blank after a hyphen) reads 2023-CP-1142; "N°2 2024-2025"
   keeps its 2 (test_number_lone_digit) */
static void test_hyphen_blank_in_capitals(void **state)
{
    static const doc_row rows[] = {
        {.in = "RÉGION :\n"
               "NORD- ATLANTIQUE\n"
               "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n"
               "DÉLIBÉRATION N°2 2023-CP- 1142\n"
               "PROGRAMME 2024- 2025 - ÉCOLES ET ÉTÉ- ACTIVITÉS\n"
               "VU le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver.\n",
         .ndocs = TT(1),
         .collectivity = "RÉGION NORD-ATLANTIQUE",
         .number = "2023-CP-1142",
         .title = "PROGRAMME 2024- 2025 - ÉCOLES ET ÉTÉ-ACTIVITÉS"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

static void test_number_lone_digit(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE X\n"
               "RAPPORT N°2 2024-2025\n"
               "OBJET : Rentrée scolaire\n"
               "VU le code de l'éducation ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver.\n",
         .ndocs = TT(1),
         .number = "2"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the convocation date is the one right after "convoqué(e) le" (a
   weekday may come between, an OCR speck after "le"), never a later
   date of the sentence */
static void test_convened_on_right_after(void **state)
{
    static const struct {
        const char *sentence;
        int day;
    } cases[] = {
        {"régulièrement convoquée le 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le mardi 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le\nnovembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
        /* OCR: a speck glued after "le" */
        {"régulièrement convoquée le.7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le, mardi 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        /* OCR: a quote speck glued after "le" at a line end */
        {"régulièrement convoquée le’\n7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le'\n7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le’\nnovembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
        /* OCR: two specks around a blank line (the day lost: not the
           later date) */
        {"régulièrement convoquée le .\n\n. 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le .\n\n. novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
        /* the convener between ("convoquée par son président le …") */
        {"convoquée par son président le 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"convoquée par le président le 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        /* OCR: a symbol opening the date's line ("le\n* sept novembre ..."),
           not one on the line of "le" ("le * sept") */
        {"régulièrement convoquée le\n* sept novembre deux mille vingt-trois, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le\n| 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le * 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
        /* OCR: a speck glued after the participle ("convoquée:le"); a
           letter alone ending the line of "le" (a speck read "ù"), not
           "à" nor "a" */
        {"régulièrement convoquée:le 7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le ù\nsept novembre deux mille vingt-trois, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 7},
        {"régulièrement convoquée le à\nsept novembre deux mille vingt-trois, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
        {"régulièrement convoquée le a\n7 novembre 2023, s'est réunie le vendredi 17 novembre 2023 à l'Hôtel de Région,", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n"
                 "DÉLIBÉRATION N° 2023-CP-1142\n"
                 "La Commission permanente du Conseil régional, %s sous la présidence de M. Jean VIGNERON.\n"
                 "VU le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver.\n", cases[k].sentence);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].convened_on.d, cases[k].day);
        ex_call_free(&c);
    }
}

/* "sur convocation du <date>" and "convocation en date du <date>" give
   the convocation date; a date not right after the phrase does not */
static void test_convened_on_convocation_du(void **state)
{
    static const struct {
        const char *sentence;
        int day;
    } cases[] = {
        {"s'est réuni à la mairie, sous la présidence de M. Paul VIGNAL, Maire, sur convocation du 2 juillet 2024.", 2},
        {"s'est réuni à la mairie, sur convocation en date du\n3 juillet 2024, sous la présidence de M. Paul VIGNAL.", 3},
        {"s'est réuni à la mairie, sur convocation du Maire, le 9 juillet 2024, sous la présidence de M. Paul VIGNAL.", 0},
        /* a participle of sending, then "le" and the date, across a line break */
        {"s'est réuni à la mairie, sous la présidence de M. Paul VIGNAL, sur convocation\nadressée le 4 juillet 2024.", 4},
        {"s'est réuni à la mairie, sur convocation envoyée le\nlundi 5 juillet 2024, sous la présidence de M. Paul VIGNAL.", 5},
        {"s'est réuni à la mairie, sur convocations faites le 6 juillet 2024, sous la présidence de M. Paul VIGNAL.", 6},
        {"s'est réuni à la mairie, sur convocation faite le 7 juillet 2024, sous la présidence de M. Paul VIGNAL.", 7},
        {"s'est réuni à la mairie, sur convocation adressée aux conseillers le 8 juillet 2024.", 0},
        /* a relative clause before the participle */
        {"s'est réuni à la mairie sur la convocation qui leur a été adressée le 10 juillet 2024, sous la présidence de M. Paul VIGNAL.", 10},
        {"s'est réuni à la mairie, sur convocation qui lui a été\nenvoyée le 11 juillet 2024.", 11},
        /* negative: no participle of sending after it */
        {"s'est réuni à la mairie, sur la convocation qui leur a été remise le 12 juillet 2024.", 0},
        /* a line break between "convocation" and "du" */
        {"s'est réuni à la mairie, sous la présidence de M. Paul VIGNAL, Maire, sur convocation\ndu 13 juillet 2024.", 13},
        /* negative: "du" then no date right after */
        {"s'est réuni à la mairie, sous la présidence de M. Paul VIGNAL, Maire, sur convocation\ndu Maire, le 14 juillet 2024.", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-ARNOULT\n"
                 "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
                 "Le Conseil municipal %s\n"
                 "OBJET : Travaux\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver les travaux.\n", cases[k].sentence);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].convened_on.d, cases[k].day);
        ex_call_free(&c);
    }
}

/* an upper-case title block whose line ends with a detached dot (" .")
   and OCR tail words ("oi sie : :") is still the title, without them; a
   line ending with a full stop is a sentence, not a title */
static void test_title_block_ocr_tail(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNAUTÉ DE COMMUNES DU VAL\n"
               "DÉLIBÉRATION N° 2024-057\n"
               "\n"
               ". FONDS DE CONCOURS – PROGRAMMATION 2024 .\n"
               "ATTRIBUTIONS AUX COMMUNES MEMBRES oi sie : :\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver.\n",
         .title = "FONDS DE CONCOURS – PROGRAMMATION 2024 ATTRIBUTIONS AUX COMMUNES MEMBRES"},
        {.in = "COMMUNAUTÉ DE COMMUNES DU VAL\n"
               "DÉLIBÉRATION N° 2024-057\n"
               "\n"
               "LE CONSEIL A ÉTÉ CONVOQUÉ PAR LE PRÉSIDENT.\n"
               "ATTRIBUTIONS AUX COMMUNES MEMBRES 2024\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver.\n",
         .title = "ATTRIBUTIONS AUX COMMUNES MEMBRES 2024"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a regional plenary: the body is the printed "ASSEMBLÉE PLÉNIÈRE DU
   CONSEIL RÉGIONAL" (or "ASSEMBLÉE PLÉNIÈRE" alone); the place follows the participle "réuni" after the
   body's comma ("Le Conseil régional, réuni en séance plénière le ... à
   l'Hôtel de Région, sous la présidence ..."), a "réunion" is none */
static void test_plenary_body_and_place(void **state)
{
    static const struct {
        const char *heading, *sentence, *body, *place;
    } cases[] = {
        {"ASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL",
         "Le Conseil régional, réuni en séance plénière le 14 mars 2024 à l'Hôtel de Région, sous la\n"
         "présidence de Mme Agnès MARTIN, Présidente du Conseil régional,",
         "ASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL", "Hôtel de Région"},
        {"CONSEIL RÉGIONAL",
         "Le Conseil régional, réunie en session le 14 mars 2024 au Palais des Congrès, sous la présidence de Mme Agnès MARTIN,",
         "CONSEIL RÉGIONAL", "Palais des Congrès"},
        {"CONSEIL RÉGIONAL",
         "Le Conseil régional, réunion publique du 14 mars 2024 à l'Hôtel de Région, sous la présidence de Mme Agnès MARTIN,",
         "CONSEIL RÉGIONAL", NULL},
        /* OCR: a dot glued to the month, the year on the next line, is
           no sentence end; after another word it is */
        {"CONSEIL RÉGIONAL",
         "Le Conseil régional, réuni le jeudi 14 mars.\n2024 à l'Hôtel de Région sous la présidence de Mme Agnès MARTIN,",
         "CONSEIL RÉGIONAL", "Hôtel de Région"},
        {"CONSEIL RÉGIONAL",
         "Le Conseil régional, réuni en séance plénière.\n2024 au Palais des Congrès sous la présidence de Mme Agnès MARTIN,",
         "CONSEIL RÉGIONAL", NULL},
        /* "ASSEMBLÉE PLÉNIÈRE" alone, the council named in the sentence
           only: the printed heading (not "Conseil régional") */
        {"ASSEMBLÉE PLÉNIÈRE",
         "L'Assemblée plénière du Conseil régional, régulièrement convoquée le 28 février 2024, s'est\n"
         "réunie sous la présidence de Mme Agnès MARTIN, Présidente du Conseil régional.",
         "ASSEMBLÉE PLÉNIÈRE", NULL},
        /* OCR: a speck standing apart after "s'est" ending its line; a
           word after it is no such line */
        {"ASSEMBLÉE PLÉNIÈRE",
         "L'Assemblée plénière du Conseil régional, régulièrement convoquée le 28 février 2024, s'est .\n"
         "réunie à l'Hôtel de Région, sous la présidence de Mme Agnès MARTIN, Présidente du Conseil régional.",
         "ASSEMBLÉE PLÉNIÈRE", "Hôtel de Région"},
        {"ASSEMBLÉE PLÉNIÈRE",
         "L'Assemblée plénière du Conseil régional, régulièrement convoquée le 28 février 2024, s'est . tenue\n"
         "réunie à l'Hôtel de Région, sous la présidence de Mme Agnès MARTIN, Présidente du Conseil régional.",
         "ASSEMBLÉE PLÉNIÈRE", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "RÉGION HAUTES-PLAINES\n\n"
                 "%s\n"
                 "Séance du jeudi 14 mars 2024\n\n"
                 "DÉLIBÉRATION N° 24-AP-0412\n\n"
                 "Objet : Fonds régional\n\n"
                 "%s\n\n"
                 "VU le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver le règlement.\n", cases[k].heading, cases[k].sentence);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_string_equal(c.docs.v[0].body, cases[k].body);
        if (cases[k].place) {
            assert_non_null(c.docs.v[0].session_place);
            assert_string_equal(c.docs.v[0].session_place, cases[k].place);
        } else
            assert_null(c.docs.v[0].session_place);
        ex_call_free(&c);
    }
}

/* a recueil des actes: its cover and sommaire are a document of type
   other (number, title); the sommaire's "Arrêté n° ..." lines and its
   section heading "ARRÊTÉS DU MAIRE" start no act; each arrêté starts at
   its letterhead */
static void test_recueil_cover(void **state)
{
    static const doc_row rows[] = {
        /* "RECUEIL" inside a sentence is no cover */
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Publication\n"
               "Recueil des actes administratifs : le Maire présente le recueil.\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : De publier le recueil.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char s[] =
        "VILLE DE SAINT-HILAIRE-SUR-VIE\n"
        "\n"
        "RECUEIL DES ACTES ADMINISTRATIFS – 3e TRIMESTRE 2024\n"
        "N° 2024-03\n"
        "\n"
        "SOMMAIRE\n"
        "\n"
        "ARRÊTÉS DU MAIRE\n"
        "\n"
        "Arrêté n° 2024-ST-071 du 3 juillet 2024 portant interdiction de la circulation ...... page 2\n"
        "Arrêté n° 2024-AG-019 du 22 août 2024 portant délégation de fonctions ........ page 3\n"
        "\n"
        "VILLE DE SAINT-HILAIRE-SUR-VIE\n"
        "                                  ARRÊTÉ N° 2024-ST-071\n"
        "           portant interdiction de la circulation rue des Écoles\n"
        "\n"
        "Le Maire de la Ville de Saint-Hilaire-sur-Vie,\n"
        "VU le code de la route ;\n"
        "ARRÊTE :\n"
        "Article 1 : La circulation est interdite.\n"
        "Fait à Saint-Hilaire-sur-Vie, le 3 juillet 2024\n"
        "Le Maire,\n"
        "Jean-Michel GUIBERT\n"
        "\n"
        "VILLE DE SAINT-HILAIRE-SUR-VIE\n"
        "                                  ARRÊTÉ N° 2024-AG-019\n"
        "                portant délégation de fonctions\n"
        "\n"
        "Le Maire de la Ville de Saint-Hilaire-sur-Vie,\n"
        "VU le code général des collectivités territoriales ;\n"
        "ARRÊTE :\n"
        "Article 1 : Délégation est donnée.\n"
        "Fait à Saint-Hilaire-sur-Vie, le 22 août 2024\n"
        "Le Maire,\n"
        "Jean-Michel GUIBERT\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 3);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_OTHER);
    assert_string_equal(d->number, "2024-03");
    assert_string_equal(d->title, "RECUEIL DES ACTES ADMINISTRATIFS – 3e TRIMESTRE 2024");
    assert_string_equal(d->collectivity, "VILLE DE SAINT-HILAIRE-SUR-VIE");
    assert_int_equal(d->articles.n, 0);
    d = &c.docs.v[1];
    assert_int_equal(d->type, EX_DOC_ARRETE);
    assert_int_equal(d->span.start, view_at(&c, "\n\nVILLE DE", 0) + 2);
    assert_string_equal(d->number, "2024-ST-071");
    assert_string_equal(d->title, "portant interdiction de la circulation rue des Écoles");
    assert_string_equal(d->body, "Le Maire");
    assert_int_equal(c.docs.v[2].type, EX_DOC_ARRETE);
    assert_string_equal(c.docs.v[2].number, "2024-AG-019");
    ex_call_free(&c);
}

/* "Article 4 bis" is article "4 bis"; a rapport's number is its own
   "RAPPORT N° 27", not the number of a running title "CP du ... –
   Délibération n° X" above it; "COMMISSION PERMANENTE DU 20 NOVEMBRE
   2023" dates the session, "COMMISSION PERMANENTE DU CONSEIL" does not */
static void test_bis_rapport(void **state)
{
    ex_call c;
    const char s[] =
        "DÉPARTEMENT DE LA NIÈVRE\n"
        "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\n"
        "DÉLIBÉRATION N° CP-2023-11-27\n"
        "OBJET : SOUTIEN À L’INGÉNIERIE TERRITORIALE\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 4 – Imputation budgétaire\n"
        "Les crédits sont imputés au budget.\n"
        "Article 4 bis – Clause de revoyure\n"
        "Le montant pourra être révisé.\n"
        "Article 5 – Exécution\n"
        "Le Président est chargé de l’exécution, comme le prévoit l’article 4 bis de la convention.\n"
        "\n"
        "Le Président,\n"
        "Fabien THOMASSIN\n"
        "\n"
        "CP du 20/11/2023 – Délibération n° CP-2023-11-27                1/3\n"
        "DÉPARTEMENT DE LA NIÈVRE\n"
        "COMMISSION PERMANENTE DU 20 NOVEMBRE 2023\n"
        "\n"
        "RAPPORT N° 27\n"
        "\n"
        "OBJET : SOUTIEN À L’INGÉNIERIE TERRITORIALE\n"
        "Mesdames, Messieurs,\n"
        "Je vous propose d’approuver la convention.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->session_date.y, 0);
    assert_int_equal(d->articles.n, 3);
    assert_string_equal(d->articles.v[1].number, "4 bis");
    assert_string_equal(d->articles.v[1].heading, "Clause de revoyure");
    assert_string_equal(d->articles.v[1].text, "Le montant pourra être révisé.");
    assert_string_equal(d->articles.v[2].number, "5");
    d = &c.docs.v[1];
    /* the running footer ends the délibération */
    assert_int_equal(d->span.start, view_at(&c, "DÉPARTEMENT DE LA NIÈVRE\nCOMMISSION PERMANENTE DU 20", 0));
    assert_int_equal(d->type, EX_DOC_RAPPORT);
    assert_string_equal(d->number, "27");
    assert_int_equal(d->session_date.y, 2023);
    assert_int_equal(d->session_date.m, 11);
    assert_int_equal(d->session_date.d, 20);
    ex_call_free(&c);
}

/* OCR: a speck "." glued after the comma ending the authority's line
   ("Le Maire de là commune de X,."): still the issuer's body, over a
   service line of the letterhead */
static void test_authority_comma_speck(void **state)
{
    static const char *const lines[] = {"Le Maire de là commune de Saint-Martin-d'Arvieu,.",
                                        "Le Maire de la commune de Saint-Martin-d'Arvieu,"};
    for (size_t k = 0; k < 2; k++) {
        char s[800];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-MARTIN-D'ARVIEU\nService des ressources humaines\n\n"
                 "ARRÊTÉ N° 2026-058\nportant nomination stagiaire\n\n%s\n\n"
                 "VU le code général de la fonction publique ;\n\nARRÊTE\n\n"
                 "Article 1er : Mme X est nommée.\n", lines[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_non_null(c.docs.v[0].body);
        assert_string_equal(c.docs.v[0].body, "Le Maire");
        ex_call_free(&c);
    }
}

/* OCR: a speck "$" before a blank opening a clause line ("$ CON SIDÉRANT"):
   the considérant is no tail of the visa above; "$aint" (S read $) stays
   a word */
static void test_dollar_speck_clause(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
        "DÉLIBÉRATION N° 2026-027\n\nObjet : Cession\n\n"
        "VU l'avis de la commission urbanisme du 19 mars 2026 ;\n\n"
        "$ CON SIDÉRANT que l'immeuble n'est plus affecté à un service public ;\n"
        "CONSIDÉRANT que les prix proposés sont conformes ;\n\n"
        "DÉCIDE\n\nArticle 1er : La cession est approuvée.\n");
    assert_int_equal(c.docs.v[0].visas.n, 1);
    assert_int_equal(c.docs.v[0].considerants.n, 2);
    ex_call_free(&c);
}

/* OCR: a hyphen glued between two words of the séance key ("Séance-du
   jeudi 19 mars 2026"); a hyphen before a digit or a blank is no glue */
static void test_seance_ocr_hyphen(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
        "SIVOM DU HAUT-PAYS\n\nSéance-du jeudi 19 mars 2026 — Délibération n° 2026/09\n\n"
        "Objet : Astreintes\n\nLe Comité syndical,\n\nDÉCIDE :\n\n"
        "Article 1er : Les astreintes sont instituées.\n");
    assert_int_equal(c.docs.v[0].session_date.y, 2026);
    assert_int_equal(c.docs.v[0].session_date.m, 3);
    assert_int_equal(c.docs.v[0].session_date.d, 19);
    ex_call_free(&c);
    run_pipeline(&c, *state,
        "SIVOM DU HAUT-PAYS\n\nSéance- du jeudi 19 mars 2026 — Délibération n° 2026/09\n\n"
        "Objet : Astreintes\n\nLe Comité syndical,\n\nDÉCIDE :\n\n"
        "Article 1er : Les astreintes sont instituées.\n");
    assert_int_equal(c.docs.v[0].session_date.y, 0);
    ex_call_free(&c);
}

/* OCR: a dot glued between two words of a key ("RECUEIL.DES ACTES
   ADMINISTRATIFS"): the recueil's cover, a document of its own before
   its act; negative: a dot glued after the key's first word then a blank
   ("RECUEIL. DES") still reads (a blank), a dot before a digit is no glue
   ("Séance.19 mars") */
static void test_key_ocr_dot(void **state)
{
    static const char *const cover[] = {"RECUEIL.DES ACTES ADMINISTRATIFS", "RECUEIL DES ACTES ADMINISTRATIFS"};
    for (size_t k = 0; k < 2; k++) {
        char buf[1024];
        snprintf(buf, sizeof buf,
                 "PRÉFET DE LA HAUTE-VARENNE\n\n%s\nN° 13-2026-042\n\npublié le 15 mars 2026\n\n"
                 "SOMMAIRE\n\nArrêté n° 13-2026-03-10-001 du 10 mars 2026 portant autorisation de travaux ... page 2\n"
                 "\f"
                 "PRÉFET DE LA HAUTE-VARENNE\nDirection départementale des territoires\n\n"
                 "Arrêté n° 13-2026-03-10-001 du 10 mars 2026\nportant autorisation de travaux\n\n"
                 "Le préfet de la Haute-Varenne,\n\nVu le code de la voirie routière ;\n\nARRÊTE\n\n"
                 "Article 1er - La société est autorisée à réaliser les travaux.\n",
                 cover[k]);
        ex_call c;
        run_pipeline(&c, *state, buf);
        assert_int_equal(c.docs.n, 2);
        assert_string_equal(c.docs.v[1].number, "13-2026-03-10-001");
        ex_call_free(&c);
    }
    ex_call c;
    run_pipeline(&c, *state,
        "SIVOM DU HAUT-PAYS\n\nSéance.19 mars 2026 — Délibération n° 2026/09\n\n"
        "Objet : Astreintes\n\nLe Comité syndical,\n\nDÉCIDE :\n\n"
        "Article 1er : Les astreintes sont instituées.\n");
    assert_int_equal(c.docs.v[0].session_date.y, 0);
    ex_call_free(&c);
}

/* "Dans sa séance du 14 avril 2026, sous la présidence de …" after the
   visas (the Polynésie française's form): the séance date; not a date
   later in that line's sentence */
static void test_seance_after_visas(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
        "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n\n"
        "Vu la loi organique n° 2004-192 du 27 février 2004 ;\n\n"
        "Dans sa séance du 14 avril 2026, sous la présidence de M. Moerani TEHAAMATAI,\n"
        "président de l'assemblée,\n\n"
        "ADOPTE :\n\n"
        "Article 1er.— La convention est approuvée.\n");
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->session_date.y, 2026);
    assert_int_equal(d->session_date.m, 4);
    assert_int_equal(d->session_date.d, 14);
    ex_call_free(&c);
    run_pipeline(&c, *state,
        "DÉLIBÉRATION N° 2026-31\n\n"
        "Vu la loi organique n° 2004-192 du 27 février 2004 ;\n\n"
        "Dans sa séance, le conseil a examiné le rapport du 14 avril 2026.\n\n"
        "DÉCIDE :\n\n"
        "Article 1 : La convention est approuvée.\n");
    assert_int_equal(c.docs.v[0].session_date.y, 0);
    ex_call_free(&c);
}

/* A séance sentence opened by its date, without "L'an": "Le lundi
   vingt-trois novembre deux mille vingt-six, à …, le Conseil … s'est
   réuni" (also "Le lundi 23 novembre 2026, …") gives the séance date.
   Negative rows: "le 2 mars 2026, s'est réuni" continuing a sentence (the
   convocation), a date sentence ended before "réuni" */
#define BELVAL_BODY                                                          \
    "\n"                                                                     \
    "DÉLIBÉRATION N° 2026-031\n"                                             \
    "Objet : Tarifs de la salle des fêtes\n"                                 \
    "Le Conseil municipal,\n"                                                \
    "Vu le code général des collectivités territoriales ;\n"                 \
    "DÉCIDE :\n"                                                             \
    "Article 1 : Les tarifs sont fixés.\n"
static void test_seance_opening_date(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le lundi vingt-trois novembre deux mille vingt-six, à neuf heures trente, le\n"
               "Conseil municipal de Belval, régulièrement convoqué le\n"
               "13 novembre 2026, s'est réuni à la mairie, sous la présidence de M. Paul\n"
               "MERCIER, Maire.\n" BELVAL_BODY,
         .session_y = TT(2026), .session_m = TT(11), .session_d = TT(23),
         .convened_y = TT(2026), .convened_m = TT(11), .convened_d = TT(13)},
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le lundi 23 novembre 2026, à dix-neuf heures, le Conseil municipal\n"
               "s'est réuni à la mairie.\n" BELVAL_BODY,
         .session_y = TT(2026), .session_m = TT(11), .session_d = TT(23)},
        /* a session of several days: its first day */
        {.in = "VILLE DE BELVAL\nCONSEIL MUNICIPAL\nSéance des 10, 11 et 12 mars 2026\n\n" BELVAL_BODY,
         .session_y = TT(2026), .session_m = TT(3), .session_d = TT(10)},
        /* (negative: "séance des" followed by no date) */
        {.in = "VILLE DE BELVAL\nCONSEIL MUNICIPAL\nSéance des questions orales du maire\n\n" BELVAL_BODY,
         .session_y = TT(0)},
        /* the convocation's "le" inside the sentence */
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le Conseil municipal, régulièrement convoqué\n"
               "le 2 mars 2026, s'est réuni à la mairie.\n" BELVAL_BODY,
         .session_y = TT(0)},
        /* OCR's stray dot ending a line the next goes on in lower case */
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le lundi 23 novembre 2026, à dix-neuf heures, le Conseil municipal de la.\n"
               "commune, régulièrement convoqué, s'est réuni à la mairie.\n" BELVAL_BODY,
         .session_y = TT(2026), .session_m = TT(11), .session_d = TT(23)},
        /* "les jour, mois et an susdits" right above the roles: the
           signatures take the séance's date; not a copy's signature
           ("Pour copie conforme," between: the copy's date) */
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le lundi 23 novembre 2026, à dix-neuf heures, le Conseil municipal\n"
               "s'est réuni à la mairie.\n" BELVAL_BODY
               "Fait et délibéré les jour, mois et an susdits.\n"
               "\n"
               "Le Maire,\n"
               "Paul MERCIER\n",
         .session_y = TT(2026),
         .signatures = {{.role = "Le Maire", .y = TT(2026), .m = TT(11), .d = TT(23)}}},
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le lundi 23 novembre 2026, à dix-neuf heures, le Conseil municipal\n"
               "s'est réuni à la mairie.\n" BELVAL_BODY
               "Fait et délibéré les jour, mois et an susdits.\n"
               "Pour copie conforme,\n"
               "Le Maire,\n"
               "Paul MERCIER\n",
         .session_y = TT(2026),
         .signatures = {{.role = "Le Maire", .y = TT(0)}}},
        /* not so: the next line opens with a capital (a new sentence) */
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le 2 mars 2026, la commune a reçu la demande.\n"
               "Le Conseil municipal s'est réuni à la mairie.\n" BELVAL_BODY,
         .session_y = TT(0)},
        /* the sentence of the date ends before "réuni" */
        {.in = "COMMUNE DE BELVAL\n"
               "\n"
               "Le 2 mars 2026, la commune a reçu la demande. Le Conseil municipal\n"
               "s'est réuni à la mairie.\n" BELVAL_BODY,
         .session_y = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR turned a digit of the séance heading's year: the same day and
   month in words (or agreeing with the convocation's year) wins; a
   heading agreeing with them, or a date of another day, stays */
static void test_seance_year_ocr(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BELVAL\n"
               "SÉANCE DU MARDI 14 OCTOBRE 2064\n"
               "Convocation du 7/10/2024.\n"
               "Le quatorze octobre deux mille vingt-quatre, à dix-neuf heures, le Conseil\n"
               "municipal, régulièrement convoqué, s'est réuni à la mairie.\n"
               "DÉLIBÉRATION N° 2024-031\n"
               "Objet : Tarifs de la salle des fêtes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .session_y = TT(2024), .session_m = TT(10), .session_d = TT(14)},
        {.in = "COMMUNE DE BELVAL\n"
               "SÉANCE DU MARDI 14 OCTOBRE 2064\n"
               "Convocation du 7/10/2024.\n"
               "Le 14/10/2024, à dix-neuf heures, le Conseil municipal s'est réuni à la mairie.\n"
               "DÉLIBÉRATION N° 2024-031\n"
               "Objet : Tarifs de la salle des fêtes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .session_y = TT(2024), .session_m = TT(10), .session_d = TT(14)},
        /* the year one off the convocation's: kept (no words to say otherwise) */
        {.in = "COMMUNE DE BELVAL\n"
               "SÉANCE DU MARDI 14 OCTOBRE 2025\n"
               "Convocation du 7/10/2024.\n"
               "Le 14/10/2024, à dix-neuf heures, le Conseil municipal s'est réuni à la mairie.\n"
               "DÉLIBÉRATION N° 2024-031\n"
               "Objet : Tarifs de la salle des fêtes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .session_y = TT(2025), .session_m = TT(10), .session_d = TT(14)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* The act under a séance block of the VALMONT rows below: number, object,
   one visa and a decision whose tail (a date or nothing) the row chooses */
#define VALMONT_ACT(num, tail)                                               \
    "Délibération n° " num "\n"                                             \
    "Objet : Travaux de voirie\n"                                           \
    "Vu le code général des collectivités territoriales ;\n"               \
    "DÉCIDE d'engager les travaux" tail ".\n"

/* "régulièrement convoqué le cinq mai" (no year) in the séance block:
   the séance's year (the year before for a later month) makes it the
   convocation date and a date of the act; not a convocation more than a
   month before, nor a day and month elsewhere */
static void test_convened_yearless(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VALMONT\n"
               "L'an deux mille dix, le trois juin, le Conseil Municipal, régulièrement convoqué le vingt-huit mai,\n"
               "s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               VALMONT_ACT("12/2010", " le dix juillet"),
         .convened_y = TT(2010), .convened_m = TT(5), .convened_d = TT(28), .n_dates = TT(2)},
        /* across a new year, digits */
        {.in = "COMMUNE DE VALMONT\n"
               "L'an deux mille dix, le quatre janvier, le Conseil Municipal, régulièrement convoqué le 29 décembre,\n"
               "s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               VALMONT_ACT("1/2010", ""),
         .convened_y = TT(2009), .convened_m = TT(12), .convened_d = TT(29), .n_dates = TT(2)},
        /* two months before: no convocation date */
        {.in = "COMMUNE DE VALMONT\n"
               "L'an deux mille dix, le trois juin, le Conseil Municipal, régulièrement convoqué le deux avril,\n"
               "s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               VALMONT_ACT("12/2010", ""),
         .convened_y = TT(0), .convened_m = TT(0), .convened_d = TT(0), .n_dates = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Convention n° 2024-DEV-014" printed apart is the convention's number;
   "la convention n° 12" in a sentence is not */
static void test_convention_number(void **state)
{
    static const doc_row rows[] = {
        {.in = "                                          Convention n° 2024-DEV-014\n"
               "\n"
               "                CONVENTION DE PARTENARIAT 2024-2026\n"
               "     relative au soutien à la création d'entreprises\n"
               "\n"
               "ENTRE\n"
               "La Communauté d'agglomération Val d'Argence, représentée par son Président,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .type = TT(EX_DOC_CONVENTION),
         .number = "2024-DEV-014",
         .title = "CONVENTION DE PARTENARIAT 2024-2026 relative au soutien à la création d'entreprises"},
        {.in = "CONVENTION DE PARTENARIAT 2024-2026\n"
               "ENTRE\n"
               "La Communauté d'agglomération Val d'Argence, représentée par son Président,\n"
               "convention n° 12 du 3 mars 2020 ;\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .number = TT_NULL},
        /* at the right of the letterhead's collectivity line, after a
           gap or (OCR) one blank: the number, and the collectivity ends
           before it */
        {.in = "Ville de Montrigaud              Convention n° 2025-DP-031\n"
               "Direction du domaine public\n"
               "\n"
               "CONVENTION D'OCCUPATION DU DOMAINE PUBLIC\n"
               "Entre :\n"
               "La Ville de Montrigaud, représentée par son Maire,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1er. Objet\n"
               "La convention fixe les conditions.\n",
         .type = TT(EX_DOC_CONVENTION), .collectivity = "Ville de Montrigaud", .number = "2025-DP-031"},
        {.in = "Ville de Montrigaud Convention n° 2025-DP-031\n"
               "Direction du domaine public\n"
               "\n"
               "CONVENTION D'OCCUPATION DU DOMAINE PUBLIC\n"
               "Entre :\n"
               "La Ville de Montrigaud, représentée par son Maire,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1er. Objet\n"
               "La convention fixe les conditions.\n",
         .type = TT(EX_DOC_CONVENTION), .collectivity = "Ville de Montrigaud", .number = "2025-DP-031"},
        /* a commune nouvelle's letterhead */
        {.in = "RÉPUBLIQUE FRANÇAISE\n"
               "COMMUNE NOUVELLE DE BOIS-LES-TROIS\n"
               "Communes déléguées de Lorme et de Sauvigny\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Délibération n° 2025-012\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n",
         .collectivity = "COMMUNE NOUVELLE DE BOIS-LES-TROIS", .number = "2025-012"},        /* OCR: a dot speck for the blank, specks before the label */
        {.in = ": - = Convention.n° 2024-DEV-014\n"
               "\n"
               "                CONVENTION DE PARTENARIAT 2024-2026\n"
               "     relative au soutien à la création d'entreprises\n"
               "\n"
               "ENTRE\n"
               "La Communauté d'agglomération Val d'Argence, représentée par son Président,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .type = TT(EX_DOC_CONVENTION),
         .number = "2024-DEV-014"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
    /* the convention's own number is no reference of itself */
    ex_call c;
    run_pipeline(&c, *state, rows[2].in);
    assert_int_equal(c.docs.n, 1);
    assert_int_equal(c.docs.v[0].references.n, 0);
    ex_call_free(&c);
}

/* "LISTE DES DÉLIBÉRATIONS" of a session (CGCT L. 2121-25): minutes
   (procès-verbal, no number of its own), the body named in lower case on
   the heading's second line, each item's heading a reference */
static void test_list_of_deliberations(void **state)
{
    static const char in[] =
        "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE\n"
        "\n"
        "LISTE DES DÉLIBÉRATIONS\n"
        "du conseil communautaire du jeudi 6 mars 2025\n"
        "\n"
        "Président de séance : M. Paul VIDAL\n"
        "\n"
        "Délibération n° 2025-011 – Tarifs de la piscine\n"
        "Le conseil fixe les tarifs de la piscine pour 2025.\n"
        "Adopté à l'unanimité.\n"
        "\n"
        "Délibération n° 2025-012 – Subvention au club de football\n"
        "Le conseil attribue une subvention de 1 500 € au club.\n"
        "Adopté par 20 voix pour, 2 contre.\n"
        "\n"
        "Le Président,\n"
        "Paul VIDAL\n";
    static const doc_row rows[] = {
        {.in = in, .type = TT(EX_DOC_PROCES_VERBAL), .body = "conseil communautaire", .number = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
    ex_call c;
    run_pipeline(&c, *state, in);
    assert_int_equal(c.docs.n, 1);
    assert_int_equal(c.docs.v[0].references.n, 2);
    assert_string_equal(c.docs.v[0].references.v[1].number, "2025-012");
    ex_call_free(&c);
}

/* "RELEVÉ DES DÉCISIONS DU BUREAU …" (a summary list of a meeting's
   delegated decisions): minutes (procès-verbal, no number of its own;
   not one from "… délibération" / "n° 2020-087 du …", a number opening
   a line inside a sentence), the heading block its title, each item's
   "Décision n° …" heading a reference; a sentence "Le relevé des
   décisions est affiché …" and a lower-case "relevé des décisions …"
   line are no heading */
static void test_releve_decisions(void **state)
{
#define RELEVE_BODY                                                                   \
    "\n"                                                                              \
    "(décisions prises par délégation du conseil communautaire – délibération\n"      \
    "n° 2019-044 du 11 juin 2019, article L. 5211-10 du CGCT)\n"                      \
    "\n"                                                                              \
    "Décision n° B2025-11 – Voirie\n"                                                 \
    "Attribution du marché de voirie pour 9 000 € HT.\n"                              \
    "Adoptée à l'unanimité.\n"                                                        \
    "\n"                                                                              \
    "Décision n° B2025-12 – Culture\n"                                                \
    "Subvention de 500 € au comité des fêtes.\n"                                      \
    "Adoptée à l'unanimité.\n"                                                        \
    "\n"                                                                              \
    "Le Président,\n"                                                                 \
    "Paul VIDAL\n"
    static const doc_row rows[] = {
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-LIGNON\n\n"
               "RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE\n"
               "Réunion du mardi 3 juin 2025\n" RELEVE_BODY,
         .type = TT(EX_DOC_PROCES_VERBAL), .number = TT_NULL,
         .title = "RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE Réunion du mardi 3 juin 2025", .n_references = TT(4),
         .references = {{.number = "2019-044"}, {.number = NULL}, {.number = "B2025-11"}, {.number = "B2025-12"}}},
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-LIGNON\n\n"
               "Relevé de décisions du Bureau\n" RELEVE_BODY,
         .type = TT(EX_DOC_PROCES_VERBAL), .number = TT_NULL, .n_references = TT(4)},
        /* near misses: no heading, no minutes */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-LIGNON\n\n"
               "relevé des décisions prises en réunion\n" RELEVE_BODY,
         .type = TT(EX_DOC_OTHER)},
        /* "n° …" opening a line inside a sentence is no act number ... */
        {.in = "COMMUNE DE TRONGET\n\nNOTE AU BUREAU\n\n"
               "Le bureau a pris ses décisions en application de la délibération\n"
               "n° 2020-087 du 16 juillet 2020 portant délégation.\n\n"
               "DÉCIDE de fixer les tarifs.\n",
         .number = TT_NULL},
        /* ... but after a short heading line it is */
        {.in = "COMMUNE DE TRONGET\n\nDÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
               "n° 2025-04 du 3 mars 2025\n\nObjet : tarifs\n\n"
               "Le conseil municipal,\nDÉCIDE de fixer les tarifs.\n",
         .number = "2025-04"},
    };
#undef RELEVE_BODY
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the Paris style: "Délibération MA 14 2026-031" (a code alone after the
   word, no N°) is the act's number; "ÉMET UN AVIS FAVORABLE" (and "émet
   un avis défavorable" after "après en avoir délibéré") the decision
   verb; an Objet line going on with "2026 DAC 118 portant …" (a code
   then a lower-case word) the title */
static void test_paris_avis(void **state)
{
#define PARIS_HEAD "VILLE DE PARIS\nMAIRIE DU 14e ARRONDISSEMENT\n\nCONSEIL DU 14e ARRONDISSEMENT\n" \
                   "Séance du lundi 2 mars 2026\n\n"
#define PARIS_OBJET "Objet : Avis du Conseil sur le projet de délibération\n" \
                    "2026 DAC 118 portant attribution de subventions.\n\n"
    static const doc_row rows[] = {
        {.in = PARIS_HEAD "Délibération MA 14 2026-031\n\n" PARIS_OBJET
               "Le Conseil du 14e arrondissement,\n\nVu le code général des collectivités territoriales ;\n\n"
               "ÉMET UN AVIS FAVORABLE\n\nArticle 1 : au projet.\n",
         .type = TT(EX_DOC_DELIBERATION), .number = "MA 14 2026-031", .decision_verb = "ÉMET UN AVIS FAVORABLE",
         .title = "Avis du Conseil sur le projet de délibération 2026 DAC 118 portant attribution de subventions"},
        {.in = PARIS_HEAD "Délibération 2026 DAE 12\n\n" PARIS_OBJET
               "Le Conseil du 14e arrondissement, après en avoir délibéré, émet un avis défavorable\n"
               "au projet.\n",
         .type = TT(EX_DOC_DELIBERATION), .number = "2026 DAE 12", .decision_verb = "émet un avis défavorable"},
        /* near misses: no year in the code, letters in lower case; a
           considérant that "émet" nothing; the Objet line ends with a
           stop before the code line */
        {.in = PARIS_HEAD "Délibération 14 12 3\n\n" PARIS_OBJET "DÉCIDE :\n\nArticle 1 : x.\n", .number = TT_NULL},
        {.in = PARIS_HEAD "Délibération du 2 mars 2026\n\n" PARIS_OBJET "DÉCIDE :\n\nArticle 1 : x.\n",
         .number = TT_NULL},
        {.in = PARIS_HEAD "Délibération MA 14 2026-031\n\n"
               "Objet : Avis du Conseil sur le projet de délibération.\n"
               "2026 DAC 118 portant attribution de subventions.\n\n"
               "Considérant que la commission émet un avis favorable,\n\nDÉCIDE :\n\nArticle 1 : x.\n",
         .decision_verb = "DÉCIDE", .title = "Avis du Conseil sur le projet de délibération"},
    };
#undef PARIS_HEAD
#undef PARIS_OBJET
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* blind set BT (corpusBT): an Objet's continuation line opening with a
   range of years is still the title (not after a full stop); a
   rapport's mixed-case number line "Rapport n° X" under its label, then
   the subject block with no "Objet :" is the title (a table's rows
   never are); "Annexe au procès-verbal de la commission … du DATE" is
   no séance of the rapport (the commission's own heading is) */
static void test_bt_titles_annex(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "\n"
               "Objet : Accord-cadre de travaux d'entretien de la voirie communale\n"
               "2026-2029 – lots n° 1 et n° 2 – attribution\n"
               "\n"
               "La commission examine les offres.\n",
         .ndocs = TT(1),
         .title = "Accord-cadre de travaux d'entretien de la voirie communale 2026-2029 – lots n° 1 et n° 2 – attribution"},
        /* (after a full stop the year range opens a sentence) */
        {.in = "VILLE DE VALBRUNE\n"
               "COMMISSION D'APPEL D'OFFRES\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "\n"
               "Objet : Accord-cadre de travaux d'entretien de la voirie communale.\n"
               "2026-2029 – lots n° 1 et n° 2 – attribution\n"
               "\n"
               "La commission examine les offres.\n",
         .ndocs = TT(1),
         .title = "Accord-cadre de travaux d'entretien de la voirie communale"},
        {.in = "Communauté de communes du Val d'Ousse\n"
               "\n"
               "RAPPORT D'ANALYSE DES OFFRES\n"
               "Rapport n° RAO-2026-07\n"
               "\n"
               "Marché de fourniture et de livraison de repas pour les\n"
               "restaurants scolaires – procédure adaptée\n"
               "\n"
               "Annexe au procès-verbal de la commission d'appel d'offres du 2 juin 2026\n"
               "\n"
               "  Candidat               Prix moyen HT   Montant annuel HT\n"
               "  API RESTAURATION SUD      3,42 €          328 320,00 €\n"
               "  ELIOR OUEST ATLANTIQUE    3,18 €          305 280,00 €\n"
               "\n"
               "Le marché est attribué à ELIOR OUEST ATLANTIQUE.\n",
         .ndocs = TT(1),
         .title = "Marché de fourniture et de livraison de repas pour les restaurants scolaires – procédure adaptée",
         .session_y = TT(0)},
        /* (no number line: the subject block is not found, but the
           table's rows are no title either) */
        {.in = "Communauté de communes du Val d'Ousse\n"
               "\n"
               "RAPPORT D'ANALYSE DES OFFRES\n"
               "\n"
               "  Candidat               Prix moyen HT   Montant annuel HT\n"
               "  API RESTAURATION SUD      3,42 €          328 320,00 €\n"
               "  ELIOR OUEST ATLANTIQUE    3,18 €          305 280,00 €\n"
               "\n"
               "Le marché est attribué à ELIOR OUEST ATLANTIQUE.\n",
         .ndocs = TT(1),
         .title = TT_NULL},
        /* (the commission's own heading dates its séance) */
        {.in = "Communauté de communes du Val d'Ousse\n"
               "\n"
               "Commission d'appel d'offres du 2 juin 2026\n"
               "\n"
               "La commission examine les offres.\n",
         .ndocs = TT(1),
         .session_y = TT(2026), .session_m = TT(6), .session_d = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: "Séance du … : Délibération n° 2026- o41.." (a blank after the
   year's hyphen, a letter o for 0, dots after it) is the number
   2026-041; a piece of letters is no number */
static void test_number_ocr_o_for_zero(void **state)
{
#define OCR_HEAD "COMMUNE DE TRONGET\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
#define OCR_BODY "\n\nObjet : Cession d'un terrain\n\nLe Conseil municipal,\n\nDÉCIDE de céder le terrain.\n"
    static const doc_row rows[] = {
        {.in = OCR_HEAD "Séance du jeudi 9 avril 2026 : Délibération n° 2026- o41.." OCR_BODY, .number = "2026-041"},
        {.in = OCR_HEAD "Séance du jeudi 9 avril 2026          Délibération n° 2026- o12." OCR_BODY,
         .number = "2026-012"},
        {.in = OCR_HEAD "Séance du jeudi 9 avril 2026 : Délibération n° 2026- 041" OCR_BODY, .number = "2026-041"},
        /* near misses: letters, one digit only */
        {.in = OCR_HEAD "Séance du jeudi 9 avril 2026 : Délibération n° 2026- ob1" OCR_BODY, .number = TT_NULL},
        {.in = OCR_HEAD "Séance du jeudi 9 avril 2026 : Délibération n° 2026- oo1" OCR_BODY, .number = TT_NULL},
    };
#undef OCR_HEAD
#undef OCR_BODY
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* who signs a notification, "L'intéressé," / "L'intéressée" alone on
   its line, is a signature role (as "Le Bénéficiaire"); a sentence
   about the intéressé and an "Ampliation :" list item are none */
static void test_role_interesse(void **state)
{
    static const struct {
        const char *pre, *line;
        bool role;
    } cases[] = {
        {"", "L'intéressé,", true},
        {"", "L'intéressée", true},
        {"", "L’intéressé,", true},
        {"", "L'intéressé dispose d'un délai de deux mois,", false},
        {"- ", "L'intéressée", false},
        {"– ", "L'intéressé,", false},
        /* the other party of a concession, a contract or a sale */
        {"", "La concessionnaire,", true},
        {"", "LE CONCESSIONNAIRE,", true},
        {"", "Le titulaire,", true},
        {"", "Le titulaire du marché est informé que la pénalité est due.", false},
    };
    (void)state;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[200];
        snprintf(s, sizeof s, "%s%s", cases[k].pre, cases[k].line);
        size_t a = strlen(cases[k].pre);
        assert_int_equal(ex_st_is_role(s, a, strlen(s)), cases[k].role);
    }
}

/* a delegation's role line with "à" ("L'Adjointe déléguée à
   l'urbanisme,") is a role; a sentence with the verb "a" is not */
static void test_role_preposition(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2024-12\n"
               "portant autorisation\n"
               "Le Maire de Tronget,\n"
               "Vu le code ;\n"
               "ARRÊTE :\n"
               "Article 1 : Autorisé.\n"
               "\n"
               "Fait à Tronget, le 16 septembre 2024\n"
               "\n"
               "Pour le Maire et par délégation,\n"
               "L'Adjointe déléguée à l'urbanisme,\n"
               "\n"
               "Claire MORINEAU\n",
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Pour le Maire et par délégation, L'Adjointe déléguée à l'urbanisme", .name = "Claire MORINEAU"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    assert_true(ex_st_is_role("L'Adjointe déléguée à l'urbanisme,", 0, strlen("L'Adjointe déléguée à l'urbanisme,")));
    assert_false(ex_st_is_role("Le Maire a signé la convention,", 0, strlen("Le Maire a signé la convention,")));
    /* a detached OCR dot after the role's comma; a sentence's full stop */
    assert_true(ex_st_is_role("Le Président du Conseil départemental, .", 0,
                              strlen("Le Président du Conseil départemental, .")));
    assert_false(ex_st_is_role("Le Maire de la commune.", 0, strlen("Le Maire de la commune.")));
    /* a detached OCR colon after the role's comma; a label's colon */
    assert_true(ex_st_is_role("La Maire, :", 0, strlen("La Maire, :")));
    /* two letters of debris (no French word) then specks after the comma;
       a French word after it is no speck */
    assert_true(ex_st_is_role("Le Maire, ie :", 0, strlen("Le Maire, ie :")));
    assert_int_equal(ex_st_comma_letter_speck("Le Maire, ie", 0, strlen("Le Maire, ie")), strlen("Le Maire,"));
    assert_int_equal(ex_st_comma_letter_speck("Le Maire, et", 0, strlen("Le Maire, et")), strlen("Le Maire, et"));
    /* "Ÿ" is a capital letter ("BONNEFOŸ", "L'HAŸ-LES-ROSES") */
    size_t yn;
    assert_int_equal(ex_st_case_at_mb("\xC5\xB8", 2, &yn), 1);
    assert_int_equal(yn, 2);
    assert_false(ex_st_is_role("Le Maire :", 0, strlen("Le Maire :")));
}

/* OCR junk after a heading value ("Pôle Solidarités | #") is trimmed;
   a '#' inside a value stays */
static void test_trim_junk(void **state)
{
    (void)state;
    const char *v = "Pôle Solidarités | #";
    assert_int_equal(ex_st_trim_end_junk(v, 0, strlen(v)), strlen("Pôle Solidarités"));
    const char *w = "Lot #2 voirie";
    assert_int_equal(ex_st_trim_end_junk(w, 0, strlen(w)), strlen(w));
}

/* OCR debris after an article heading is dropped ("Sanctions 4 es : :
   nn", "MONTANT ’ Fi", "Sanctions ."); a number, a short word in
   capitals and a sentence that ends with a period stay */
static void test_heading_debris(void **state)
{
    ex_call c;
    const char s[] =
        "CONVENTION\n"
        "Il est convenu ce qui suit :\n"
        "ARTICLE 1 - Sanctions 4 es : : nn\n"
        "En cas d’inexécution, la subvention est reversée.\n"
        "ARTICLE 2 - MONTANT DE LA SUBVENTION ’ Fi\n"
        "La subvention est de 100 €.\n"
        "ARTICLE 3 - Évaluation .\n"
        "Le bénéficiaire fournit un bilan.\n"
        "ARTICLE 4 - Annexe 1 .\n"
        "Le texte de l’annexe.\n"
        "ARTICLE 5 - DURÉE ET FIN DE LA CONVENTION ET DE SES AVENANTS OU DE SON RENOUVELLEMENT UN\n"
        "La convention est conclue pour un an.\n"
        "ARTICLE 6 - Le présent arrêté sera publié et affiché en mairie .\n"
        "Le Maire.\n";
    run_pipeline(&c, *state, s);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->articles.n, 6);
    assert_string_equal(d->articles.v[0].heading, "Sanctions");
    assert_string_equal(d->articles.v[0].text, "En cas d’inexécution, la subvention est reversée.");
    assert_string_equal(d->articles.v[1].heading, "MONTANT DE LA SUBVENTION");
    assert_string_equal(d->articles.v[2].heading, "Évaluation");
    assert_string_equal(d->articles.v[3].heading, "Annexe 1");
    assert_non_null(strstr(d->articles.v[4].heading, "RENOUVELLEMENT UN"));
    /* a sentence of 9 words with a stray period: body, not heading */
    assert_null(d->articles.v[5].heading);
    ex_call_free(&c);
}

/* OCR debris glued to short words after a heading ("“on A . : ie. .")
   and a lone accented word before specks ("à : : . .") are dropped too;
   a heading that ends with a short word and no speck keeps it */
static void test_heading_debris_glued(void **state)
{
    static const doc_row rows[] = {
        {.in = "CONVENTION\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 - Durée “on A . : ie. .\n"
               "La convention est conclue pour un an.\n"
               "Article 2 — Résiliation à : : . .\n"
               "La Commune peut résilier la convention.\n"
               "Article 3 — Pièces de la zone UA\n"
               "Les pièces sont jointes.\n",
         .n_articles = TT(3),
         .articles = {[0] = {.heading = "Durée", .text = "La convention est conclue pour un an."},
                      [1] = {.heading = "Résiliation"},
                      [2] = {.heading = "Pièces de la zone UA"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a scan's trailing two-letter token that is no word ("Publicité ae",
   "nomenclature mn en") and a run of specks ending with ';' ("Délais et
   voies de recours : : ;") leave the heading; a unit ("en ha") stays,
   and a sentence with one lone ';' stays a body */
static void test_heading_debris_tail_word(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ\n"
               "ARRÊTE :\n"
               "Article 1 — Rubriques de la nomenclature mn en\n"
               "Les travaux relèvent de la rubrique 3.1.1.0.\n"
               "Article 2 - Publicité ae\n"
               "Une copie est déposée en mairie.\n"
               "Article 3 — Délais et voies de recours : : ;\n"
               "Le présent arrêté peut être déféré au tribunal.\n"
               "Article 4 — Exécution : : : ;\n"
               "Le secrétaire général est chargé de l'exécution.\n",
         .n_articles = TT(4),
         .articles = {[0] = {.heading = "Rubriques de la nomenclature"},
                      [1] = {.heading = "Publicité", .text = "Une copie est déposée en mairie."},
                      [2] = {.heading = "Délais et voies de recours"},
                      [3] = {.heading = "Exécution"}}},
        /* one accented small letter alone after it ("Publicité î"), not
           à */
        {.in = "ARRÊTÉ\n"
               "ARRÊTE :\n"
               "Article 1 — Publicité î\n"
               "Une copie est affichée.\n"
               "Article 2 — Frais à\n"
               "Les frais sont à la charge du bénéficiaire.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.heading = "Publicité", .text = "Une copie est affichée."},
                      [1] = {.heading = TT_NULL}}},
        /* a clause holding "est" whose colon went into debris, or whose
           line lost a blank ("M..Frédéric"): the body; a heading of
           nouns keeps its debris off */
        {.in = "ARRÊTÉ\n"
               "ARRÊTE :\n"
               "Article 1er — Délégation permanente de signature est donnée à M..Frédéric\n"
               "LAMBLIN, directeur général des services.\n"
               "Article 2 : Délégation de fonctions et de signature est donnée à :\n"
               "\n"
               "M. Fabien LOUBATIÈRE, conseiller municipal délégué.\n"
               "Article 3 — Modalités de versement de la subvention à :\n"
               "\n"
               "La subvention est versée en une fois.\n",
         .n_articles = TT(3),
         .articles = {[0] = {.heading = TT_NULL},
                      [1] = {.heading = TT_NULL},
                      [2] = {.heading = "Modalités de versement de la subvention"}}},
        /* OCR specks after a sentence's period ("250 €. : ;", "susvisée.
           :"): the body, no heading; a short heading keeps its lone
           period speck */
        {.in = "DÉCISION\n"
               "DÉCIDE\n"
               "Article 1 : La commune défendra dans l'instance susvisée. :\n"
               "Article 2 : Les frais de dossier s'élèvent à 250 €. : ;\n"
               "\n"
               "Article 3 - Sanctions .\n"
               "Toute infraction sera poursuivie.\n",
         .n_articles = TT(3),
         .articles = {[0] = {.heading = TT_NULL},
                      [1] = {.heading = TT_NULL},
                      [2] = {.heading = "Sanctions"}}},
        {.in = "ARRÊTÉ\n"
               "ARRÊTE :\n"
               "Article 1 — Superficie en ha\n"
               "La parcelle mesure 3 ha.\n"
               "Article 2 — Le présent arrêté sera publié et affiché en mairie ;\n"
               "Le Maire.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.heading = "Superficie en ha"}, [1] = {.heading = TT_NULL}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Fait en deux exemplaires originaux." (no place nor date) ends the
   last article like "Fait à …, le …"; not a line going on with the
   sentence ("... est\nfait en deux exemplaires") */
static void test_fait_en_exemplaires(void **state)
{
    static const struct {
        const char *tail, *text;
    } cases[] = {
        {"Fait en deux exemplaires originaux.\n\nLe titulaire,   Le pouvoir adjudicateur,\n",
         "Les autres clauses demeurent applicables."},
        {"FAIT EN 3 EXEMPLAIRES\n\nLe titulaire,\n", "Les autres clauses demeurent applicables."},
        {"fait en deux exemplaires.\n",
         "Les autres clauses demeurent applicables. fait en deux exemplaires."},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "AVENANT N° 2\n"
                 "Il est convenu ce qui suit :\n"
                 "Article 1 – Objet\n"
                 "Le présent avenant modifie le marché.\n"
                 "Article 2 – Autres clauses\n"
                 "Les autres clauses demeurent applicables.\n"
                 "\n"
                 "%s", cases[k].tail);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->articles.n, 2);
        assert_string_equal(d->articles.v[1].text, cases[k].text);
        ex_call_free(&c);
    }
}

/* OCR: "Fait à X,, Je 15 juin 2026" ("le" read "Je" / "Ie", a doubled
   comma) right under the last article's line (its period read ",") ends
   the article as "Fait à X, le …" does; not "Fait à X, Jeanne 2 …" (no
   "le" there) */
static void test_fait_a_ocr_le(void **state)
{
    static const struct {
        const char *tail, *text;
    } cases[] = {
        {"Fait à Lormiac,, Je 15 juin 2026\n\nLe Maire,\n", "Les autres clauses demeurent applicables,"},
        {"Fait à Saint-Junien, Ie 3 mai 2026\n\nLe Maire,\n", "Les autres clauses demeurent applicables,"},
        {"Fait à Lormiac, Jeanne 2 juin.\n",
         "Les autres clauses demeurent applicables, Fait à Lormiac, Jeanne 2 juin."},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "ARRÊTÉ N° 2026-12\n"
                 "Le Maire,\n"
                 "ARRÊTE :\n"
                 "Article 1 – Objet\n"
                 "Le présent arrêté modifie le marché.\n"
                 "Article 2 – Autres clauses\n"
                 "Les autres clauses demeurent applicables,\n"
                 "%s", cases[k].tail);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->articles.n, 2);
        assert_string_equal(d->articles.v[1].text, cases[k].text);
        ex_call_free(&c);
    }
}

/* OCR: a token of one or two letters, specks after it, ending the
   service line of the body ("Pôle Aménagement et Mobilités He : ;"):
   off the body; not a token in capitals (nor a French word), nor
   one without specks after it */
static void test_unit_junk_tail(void **state)
{
#define UNIT_DOC(UNIT)                                                          \
    "COMMUNAUTÉ DE COMMUNES TERRES DU VALLON\n"                                \
    "4, rue de la Gare — 22270 Plestan\n"                                      \
    "\n"                                                                       \
    UNIT "\n"                                                                  \
    "Conseil communautaire du jeudi 7 novembre 2024\n"                         \
    "\n"                                                                       \
    "RAPPORT DE PRÉSENTATION\n"                                                \
    "\n"                                                                       \
    "Objet : Schéma directeur des mobilités\n"                                 \
    "\n"                                                                       \
    "Le schéma porte sur douze communes.\n"
    static const doc_row rows[] = {
        {.in = UNIT_DOC("Pôle Aménagement et Mobilités He : ;"), .body = "Pôle Aménagement et Mobilités"},
        {.in = UNIT_DOC("Pôle Aménagement et Mobilités io . :"), .body = "Pôle Aménagement et Mobilités"},
        {.in = UNIT_DOC("Pôle Aménagement et Mobilités RH :"), .body = "Pôle Aménagement et Mobilités RH"},
        {.in = UNIT_DOC("Pôle Aménagement et Mobilités He"), .body = "Pôle Aménagement et Mobilités He"},
    };
#undef UNIT_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: a speck '.' glued for the blank after the authority's article
   ("Le.Maire de la Ville de X,"): the authority is the body, printed
   "Le Maire"; not "Le.maire" (no capital after the speck) */
static void test_authority_speck_dot(void **state)
{
#define AUTH_DOC(AUTH)                                                          \
    "VILLE DE LA FERTÉ-SUR-VALLON\n"                                           \
    "\n"                                                                       \
    "Direction des ressources humaines :\n"                                    \
    "Hôtel de Ville — 1, place Carnot — 18170 La Ferté-sur-Vallon :\n"         \
    "\n"                                                                       \
    "ARRÊTÉ N° RH-2024-311\n"                                                  \
    "\n"                                                                       \
    AUTH " de la Ville de La Ferté-sur-Vallon,\n"                              \
    "Vu le code général de la fonction publique ;\n"                           \
    "\n"                                                                       \
    "ARRÊTE\n"                                                                 \
    "\n"                                                                       \
    "Article 1er : L'agent est promu.\n"
    static const doc_row rows[] = {
        {.in = AUTH_DOC("Le.Maire"), .body = "Le Maire"},
        {.in = AUTH_DOC("Le Maire"), .body = "Le Maire"},
        {.in = AUTH_DOC("Le.maire"), .body = "Direction des ressources humaines"},
    };
#undef AUTH_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR junk after "Entre :" still opens the parties (the first party is
   the convention's collectivity); "Entre les parties il est convenu" is
   no parties line */
static void test_entre_junk(void **state)
{
    static const doc_row rows[] = {
        {.in = "CONVENTION-TYPE D'ATTRIBUTION D'UNE SUBVENTION\n"
               "* Entre :. ; ee ; : ue te\n"
               "La Région Nord-Atlantique, représentée par le Président du Conseil régional,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = "Région Nord-Atlantique"},
        {.in = "CONVENTION-TYPE D'ATTRIBUTION D'UNE SUBVENTION\n"
               "Entre : la Région et le bénéficiaire\n"
               "La Région Nord-Atlantique, représentée par le Président du Conseil régional,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = TT_NULL},
        /* OCR: a speck '-' for the colon ("ENTRE -", "ENTRE: -"), a
           hyphen for the blank after "La" ("La-Communauté"); not a
           word after the dash, nor a lower-case word after "La-" */
        {.in = "CONVENTION TRIPARTITE N° 2024-ENV-009\n"
               "\n"
               "ENTRE -\n"
               "\n"
               "La-Communauté de communes Haut-Vallon, dont le siège est situé 6, rue de la Poste,\n"
               "représentée par son Président,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = "Communauté de communes Haut-Vallon"},
        {.in = "CONVENTION DE PARTENARIAT 2024-2026\n"
               "ENTRE: -\n"
               "La Communauté d'agglomération Val d'Ardenne, dont le siège est situé 10 avenue,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = "Communauté d'agglomération Val d'Ardenne"},
        {.in = "CONVENTION DE PARTENARIAT 2024-2026\n"
               "ENTRE - la Région et le bénéficiaire\n"
               "La Communauté d'agglomération Val d'Ardenne, dont le siège est situé 10 avenue,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = TT_NULL},
        {.in = "CONVENTION DE PARTENARIAT 2024-2026\n"
               "ENTRE :\n"
               "La-communauté d'agglomération Val d'Ardenne, dont le siège est situé 10 avenue,\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Objet\n"
               "La convention fixe les engagements.\n",
         .collectivity = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Séance ordinaire du mercredi 12 juin 2024" gives the session date,
   not a later "séance du 15 mai 2024" cited in the text */
static void test_qualified_session_heading(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE NEUVY\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Séance ordinaire du mercredi 12 juin 2024\n"
               "Délibération n° 2024-31\n"
               "OBJET : Tarifs de la cantine\n"
               "Le compte rendu de la séance du 15 mai 2024 est approuvé.\n"
               "Le Conseil municipal DÉCIDE de fixer les tarifs.\n",
         .session_y = TT(2024),
         .session_m = TT(6),
         .session_d = TT(12)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "COMPTE RENDU DU CONSEIL MUNICIPAL" heads minutes (a procès-verbal);
   "le compte rendu de la commission" inside a sentence does not */
static void test_compte_rendu_is_minutes(void **state)
{
    static const doc_row rows[] = {
        /* the session line under the heading is part of the minutes' title */
        {.in = "COMMUNE DE NEUVY\n"
               "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
               "Séance ordinaire du mercredi 12 juin 2024\n"
               "Délibération 2024-31 : Tarifs de la cantine\n"
               "Le Conseil municipal APPROUVE les tarifs.\n"
               "Vote : Unanimité\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .title = "COMPTE RENDU DU CONSEIL MUNICIPAL Séance ordinaire du mercredi 12 juin 2024"},
        /* OCR: a hyphen for the blank after "Séance" ("Séance-ordinaire
           du …"); not after a longer word ("Séances-ordinaires") */
        {.in = "COMMUNE DE NEUVY\n"
               "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
               "Séance-ordinaire du mercredi 12 juin 2024\n"
               "Délibération 2024-31 : Tarifs de la cantine\n"
               "Le Conseil municipal APPROUVE les tarifs.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .title = "COMPTE RENDU DU CONSEIL MUNICIPAL Séance-ordinaire du mercredi 12 juin 2024"},
        {.in = "COMMUNE DE NEUVY\n"
               "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
               "Séances-ordinaires du mercredi 12 juin 2024\n"
               "Délibération 2024-31 : Tarifs de la cantine\n"
               "Le Conseil municipal APPROUVE les tarifs.\n",
         .title = "COMPTE RENDU DU CONSEIL MUNICIPAL"},
        /* "du <date>" under a procès-verbal heading (OCR debris after the
           date left out) */
        {.in = "SYNDICAT DES EAUX DU VAL\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL\n"
               "du mardi 9 avril 2024 : : F2 -\n"
               "Le Comité syndical, après en avoir délibéré, ADOPTE le budget.\n",
         .title = "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL du mardi 9 avril 2024"},
        /* not after a blank line */
        {.in = "COMMUNE DE NEUVY\n"
               "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
               "\n"
               "Séance ordinaire du mercredi 12 juin 2024\n"
               "Délibération 2024-31 : Tarifs de la cantine\n"
               "Le Conseil municipal APPROUVE les tarifs.\n",
         .title = "COMPTE RENDU DU CONSEIL MUNICIPAL"},
        {.in = "COMMUNE DE NEUVY\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
               "Délibération n° 2024-31\n"
               "Vu le compte rendu de la commission des finances ;\n"
               "Le Conseil municipal APPROUVE les tarifs.\n",
         .type = TT(EX_DOC_DELIBERATION)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an établissement public's letterhead names no commune or département:
   the collectivity is its name line in capitals above the body line
   (an organism word in it, or its kind on the line under it); never
   "RÉPUBLIQUE FRANÇAISE", an "EXTRAIT DU REGISTRE ..." label, or a line
   without an organism word */
static void test_organism_letterhead(void **state)
{
    ex_call c;
    static const char tail[] =
        "\n"
        "CONSEIL D'ADMINISTRATION\n"
        "Séance du jeudi 20 juin 2024\n"
        "\n"
        "DÉLIBÉRATION N° CA-2024-27\n"
        "\n"
        "OBJET : Cession de logements\n"
        "\n"
        "Vu le code de la construction et de l'habitation ;\n"
        "\n"
        "DÉCIDE :\n"
        "Article 1 : La cession est autorisée.\n";
    char buf[1024];
    snprintf(buf, sizeof buf, "CÔTE D'OPALE HABITAT\nOffice Public de l'Habitat\n12, rue Gresset – 62200 Boulogne\n%s", tail);
    run_pipeline(&c, *state, buf);
    assert_int_equal(c.docs.n, 1);
    assert_string_equal(c.docs.v[0].collectivity, "CÔTE D'OPALE HABITAT");
    assert_string_equal(c.docs.v[0].body, "CONSEIL D'ADMINISTRATION");
    ex_call_free(&c);
    /* the name alone, its kind under it */
    snprintf(buf, sizeof buf, "OPALOGIS\nÉtablissement public local\n%s", tail);
    run_pipeline(&c, *state, buf);
    assert_string_equal(c.docs.v[0].collectivity, "OPALOGIS");
    ex_call_free(&c);
    /* the Republic's motto, a label line: no collectivity */
    snprintf(buf, sizeof buf, "RÉPUBLIQUE FRANÇAISE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE L'OFFICE\n%s", tail);
    run_pipeline(&c, *state, buf);
    assert_null(c.docs.v[0].collectivity);
    ex_call_free(&c);
    /* capitals without an organism word */
    snprintf(buf, sizeof buf, "PROJET SOUMIS AU VOTE\n%s", tail);
    run_pipeline(&c, *state, buf);
    assert_null(c.docs.v[0].collectivity);
    ex_call_free(&c);
}

/* a délibération whose letterhead prints a service line ("Direction des
   finances") and whose preamble names the assembly ("Le Conseil
   municipal s'est réuni ..."): the assembly is the body, not the service */
static void test_body_assembly_over_service(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VAL-FLEURI\n"
               "Direction des affaires scolaires\n\n"
               "DÉLIBÉRATION N° 2024-17\n\n"
               "Objet : Tarifs de la restauration scolaire\n\n"
               "Le Conseil municipal s'est réuni en mairie, sous la présidence de M. Paul MARTIN, Maire.\n\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .ndocs = TT(1),
         .body = "Conseil municipal"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "DÉLIBÉRATION N° ..." + a blank line + a mixed-case heading block
   without "OBJET :": the block is the title, not a later table title in
   capitals; a sentence (full stop) there is no title */
static void test_title_block_under_number(void **state)
{
    static const char *const tail =
        "\n\nLe Conseil municipal s'est réuni en mairie, sous la présidence de M. Paul MARTIN, Maire.\n\n"
        "TABLEAU DES TARIFS APPLICABLES (en euros)\n"
        "Repas enfant        3,20 €\n\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : Les tarifs sont fixés.\n";
    char buf[2048];
    ex_call c;
    snprintf(buf, sizeof buf,
             "COMMUNE DE VAL-FLEURI\n\n"
             "DÉLIBÉRATION N° 2024-17\n\n"
             "Restauration scolaire – Fixation des tarifs de la\n"
             "rentrée et des modalités de paiement%s", tail);
    run_pipeline(&c, *state, buf);
    assert_int_equal(c.docs.n, 1);
    assert_string_equal(c.docs.v[0].title,
                        "Restauration scolaire – Fixation des tarifs de la rentrée et des modalités de paiement");
    ex_call_free(&c);
    /* a sentence under the number: no heading block */
    snprintf(buf, sizeof buf,
             "COMMUNE DE VAL-FLEURI\n\n"
             "DÉLIBÉRATION N° 2024-17\n\n"
             "Monsieur le Maire rappelle les tarifs en vigueur.%s", tail);
    run_pipeline(&c, *state, buf);
    assert_int_equal(c.docs.n, 1);
    assert_true(c.docs.v[0].title == NULL
                || strcmp(c.docs.v[0].title, "Monsieur le Maire rappelle les tarifs en vigueur.") != 0);
    ex_call_free(&c);
    /* the session line under the label is no title ("Séance du ...") */
    snprintf(buf, sizeof buf,
             "COMMUNE DE VAL-FLEURI\n\n"
             "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"
             "Séance du jeudi 13 juin 2024%s", tail);
    run_pipeline(&c, *state, buf);
    assert_int_equal(c.docs.n, 1);
    assert_true(c.docs.v[0].title == NULL || strcmp(c.docs.v[0].title, "Séance du jeudi 13 juin 2024") != 0);
    ex_call_free(&c);
}

/* a two-column letterhead joined by OCR with single blanks: the
   collectivity in capitals stops before the right column's assembly in
   mixed case */
static void test_letterhead_joined_columns(void **state)
{
    ex_call c;
    static const char doc[] =
        "VILLE DE SAINT-ANDRÉ-SUR-ORNE Conseil municipal\n"
        "Direction de l'urbanisme Séance du mardi 4 juin 2024\n"
        "\n"
        "DÉLIBÉRATION N° 2024-DEL-031\n"
        "\n"
        "OBJET : Acquisition d'une parcelle\n"
        "\n"
        "Vu le code général des collectivités territoriales ;\n"
        "\n"
        "DÉCIDE :\n"
        "Article 1 : L'acquisition est approuvée.\n";
    run_pipeline(&c, *state, doc);
    assert_int_equal(c.docs.n, 1);
    assert_string_equal(c.docs.v[0].collectivity, "VILLE DE SAINT-ANDRÉ-SUR-ORNE");
    assert_string_equal(c.docs.v[0].body, "Conseil municipal");
    ex_call_free(&c);
}

/* two letterhead blocks side by side joined by the scan: the same word
   twice ("PRÉFET PRÉFET") over the two blocks' continuations: the left
   block ("PRÉFET DE LA HAUTE-VARDELLE"); a single block keeps its whole
   continuation ("PRÉFET" + "DE LA RÉGION X DU Y" is one name) */
static void test_letterhead_twin_blocks(void **state)
{
    /* (and two prefects' letterheads on one line, the gap shrunk by
       the scan: the first) */
    static const char *const heads[] = {"PRÉFET PRÉFET\n\nDE LA HAUTE-VARDELLE DU BAS-LIMARGUE\n",
                                        "PRÉFET\n\nDE LA HAUTE-VARDELLE DU BAS-LIMARGUE\n",
                                        "PRÉFET DE LA HAUTE-GARLANDE PRÉFÈTE DE L'ARDELLE\n\n",
                                        "PRÉFET DE LA HAUTE-GARLANDE\n\n",
                                        /* one prefect with two titles: whole */
                                        "PRÉFET DE LA RÉGION OCCITANIE PRÉFET DE LA HAUTE-GARLANDE\n\n"};
    static const char *const want[] = {"PRÉFET DE LA HAUTE-VARDELLE",
                                       "PRÉFET DE LA HAUTE-VARDELLE DU BAS-LIMARGUE",
                                       "PRÉFET DE LA HAUTE-GARLANDE", "PRÉFET DE LA HAUTE-GARLANDE",
                                       "PRÉFET DE LA RÉGION OCCITANIE PRÉFET DE LA HAUTE-GARLANDE"};
    for (size_t k = 0; k < 5; k++) {
        ex_call c;
        char doc[512];
        snprintf(doc, sizeof doc,
                 "%s"
                 "Liberté Liberté\n"
                 "\n"
                 "Arrêté interpréfectoral n° PREF-2026-0318\n"
                 "portant autorisation environnementale\n"
                 "\n"
                 "VU le code de l'environnement ;\n"
                 "\n"
                 "ARRÊTENT :\n"
                 "Article 1 – Objet\n"
                 "Le bénéficiaire est autorisé à réaliser les travaux.\n",
                 heads[k]);
        run_pipeline(&c, *state, doc);
        assert_int_equal(c.docs.n, 1);
        assert_string_equal(c.docs.v[0].collectivity, want[k]);
        ex_call_free(&c);
    }
}

/* the ACTES stamp "Affiché le ..." joined by OCR to the letterhead's
   collectivity with one blank is cut off it; prose "sera affiché le"
   is no stamp */
static void test_letterhead_joined_affiche(void **state)
{
    ex_call c;
    static const char doc[] =
        "Envoyé en préfecture le 04/04/2025\n"
        "DÉPARTEMENT DE LA CREUSE Affiché le 05/04/2025\n"
        "\n"
        "ARRÊTÉ N° 2025-SOL-0042\n"
        "portant attribution d'une subvention\n"
        "\n"
        "Vu le code général des collectivités territoriales ;\n"
        "\n"
        "ARRÊTE :\n"
        "Article 1 : Le présent arrêté sera affiché le 6 avril 2025 à l'hôtel du Département.\n";
    run_pipeline(&c, *state, doc);
    assert_int_equal(c.docs.n, 1);
    assert_string_equal(c.docs.v[0].collectivity, "DÉPARTEMENT DE LA CREUSE");
    assert_int_equal(c.docs.v[0].articles.n, 1);
    assert_string_equal(c.docs.v[0].articles.v[0].text,
                        "Le présent arrêté sera affiché le 6 avril 2025 à l'hôtel du Département.");
    ex_call_free(&c);
}

/* an "OBJET :" title goes on with a line opening with a dash ("– Volet
   mobilité 2025-2027") or made of a year alone ("2025", which lines.c
   takes for a lone page number); not a dash list announced by a colon,
   nor one dash line among several */
static void test_objet_dash_and_year(void **state)
{
    static const char head[] =
        "DÉPARTEMENT DE LA VALLÉE-HAUTE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DÉPARTEMENTAL\n"
        "\n";
    static const char tail[] =
        "\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'approuver la convention.\n";
    static const struct { const char *objet, *title; } cases[] = {
        {"OBJET : Contrat avec la Région pour les transports\n"
         "– Volet mobilité 2025-2027\n",
         "Contrat avec la Région pour les transports – Volet mobilité 2025-2027"},
        {"OBJET : Aide aux communes pour l'entretien des chemins – Répartition\n"
         "2025\n",
         "Aide aux communes pour l'entretien des chemins – Répartition 2025"},
        /* a range of years alone ("2026-2032", "2026 – 2032"); not
           after a line ending with a stop */
        {"OBJET : Mobilités – Adoption du schéma directeur des mobilités actives\n"
         "2026-2032\n",
         "Mobilités – Adoption du schéma directeur des mobilités actives 2026-2032"},
        {"OBJET : Adoption du programme de restauration des berges\n"
         "2026 – 2030\n",
         "Adoption du programme de restauration des berges 2026 – 2030"},
        {"OBJET : Adoption du programme de restauration des berges.\n"
         "2026-2030\n",
         "Adoption du programme de restauration des berges"},
        {"OBJET : Adoption du programme de restauration des berges\n"
         "2026-20300\n",
         "Adoption du programme de restauration des berges"},
        {"OBJET : Subventions aux associations sportives :\n"
         "- Club nautique du lac\n",
         "Subventions aux associations sportives"},
        {"OBJET : Subventions aux associations sportives\n"
         "- Club nautique du lac\n"
         "- Amicale des boulistes\n",
         "Subventions aux associations sportives"},
        /* OCR specks ending the title, a blank line, then prose: the
           title stops, without the specks */
        {"OBJET : Cession de deux terrains situés rue des Lilas à Aval -\n"
         "Autorisation de vente : -\n"
         "\n"
         "Le Conseil départemental, régulièrement convoqué le 6 juin 2024, s'est réuni au siège.\n",
         "Cession de deux terrains situés rue des Lilas à Aval - Autorisation de vente"},
        /* OCR: "+" or ";" read for the colon after OBJET */
        {"OBJET + Fonds de concours aux communes — Attribution au titre de la\n"
         "programmation 2025 (voirie communale)\n",
         "Fonds de concours aux communes — Attribution au titre de la programmation 2025 (voirie communale)"},
        /* OCR: "!'" for the colon */
        {"Objet !'Mobilités – Adoption du schéma directeur des mobilités actives\n",
         "Mobilités – Adoption du schéma directeur des mobilités actives"},
        {"OBJET ; Aide aux communes pour l'entretien des chemins\n",
         "Aide aux communes pour l'entretien des chemins"},
        /* OCR: a speck glued before the label's colon ("Objet.:");
           one later in the title stays ("communes.: entretien") */
        {"Objet.: Aide aux communes pour l'entretien des chemins\n",
         "Aide aux communes pour l'entretien des chemins"},
        {"OBJET : Aide aux communes.: entretien des chemins\n",
         "Aide aux communes.: entretien des chemins"},
        /* a dash ending the line before a blank line and capitals: the
           title goes on */
        {"OBJET : AIDE AUX COMMUNES -\n"
         "\n"
         "RÉPARTITION 2025\n",
         "AIDE AUX COMMUNES - RÉPARTITION 2025"},
        /* an OCR speck ending the line ("ie", which reads as "le")
           before a blank line and prose: the title stops; a connector
           as printed ("de") still leads over the blank line */
        {"OBJET : Délégation de signature à M. Paul ARNAL, directeur général\n"
         "des services ie\n"
         "\n"
         "Le Président de la Communauté d'agglomération du Pays de Vernelle,\n",
         "Délégation de signature à M. Paul ARNAL, directeur général des services ie"},
        {"OBJET : Délégation de signature à M. Paul ARNAL, directeur général\n"
         "des services de\n"
         "\n"
         "la communauté d'agglomération\n",
         "Délégation de signature à M. Paul ARNAL, directeur général des services de la communauté d'agglomération"},
        /* a line opening with a year and a lower-case word goes on */
        {"OBJET : Plan pour la reconquête des centres-bourgs – Programme\n"
         "2026 et attribution d'une première enveloppe\n",
         "Plan pour la reconquête des centres-bourgs – Programme 2026 et attribution d'une première enveloppe"},
        /* negative: a numbered item, a reference number */
        {"OBJET : Travaux de voirie – Programme\n"
         "1. et suivants\n",
         "Travaux de voirie – Programme"},
        {"OBJET : Travaux de voirie – Programme\n"
         "2026-04 et suivants\n",
         "Travaux de voirie – Programme"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[1024];
        snprintf(s, sizeof s, "%s%s%s", head, cases[k].objet, tail);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_non_null(c.docs.v[0].title);
        assert_string_equal(c.docs.v[0].title, cases[k].title);
        ex_call_free(&c);
    }
}

/* a SDIS / CIAS named over two letterhead lines, the assembly in the
   right column: the collectivity is the organism's whole name */
static void test_collectivity_sdis_cias(void **state)
{
    static const struct {
        const char *l1, *l2, *want;
    } cases[] = {
        {"SERVICE DÉPARTEMENTAL D'INCENDIE", "ET DE SECOURS DU HAUT-PAYS",
         "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU HAUT-PAYS"},
        {"CENTRE INTERCOMMUNAL D'ACTION SOCIALE", "DU VAL DE MORGE",
         "CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU VAL DE MORGE"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char s[900];
        snprintf(s, sizeof s,
                 "%s                    CONSEIL D'ADMINISTRATION\n"
                 "%s                    Réunion du mardi 4 mars 2025\n"
                 "3, place de la Mairie – 12000 Ville\n"
                 "\n"
                 "DÉLIBÉRATION N° CA-2025-04\n"
                 "\n"
                 "OBJET : Tarifs 2025\n"
                 "\n"
                 "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"
                 "Article 1 : De fixer les tarifs.\n",
                 cases[k].l1, cases[k].l2);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        assert_non_null(d->collectivity);
        assert_string_equal(d->collectivity, cases[k].want);
        /* the SDIS's name is no service unit standing for the body */
        assert_true(d->body == NULL || !strstr(d->body, "SERVICE"));
        ex_call_free(&c);
    }
}

/* the council of a commune déléguée as printed is the body; a council
   named in the exposé with a verb in the future (it will decide later)
   is not; the second act of the séance block printed once takes the
   block's body, lists and counts when it prints none */
static void test_delegated_council_two_acts(void **state)
{
    static const char s[] =
        "COMMUNE DE NOUVELLE-SUR-LOIRE\n"
        "Commune déléguée de Hameauville\n"
        "\n"
        "CONSEIL DE LA COMMUNE DÉLÉGUÉE DE HAMEAUVILLE\n"
        "\n"
        "Séance du lundi 3 mars 2025\n"
        "\n"
        "En exercice : 9 – Présents : 6 – Représenté : 1 – Votants : 7\n"
        "\n"
        "Le trois mars deux mille vingt-cinq, le conseil de la commune déléguée, convoqué le\n"
        "24 février 2025, s'est réuni à la mairie annexe, sous la présidence de M. Paul ROCHE.\n"
        "Étaient présents : M. Paul ROCHE, Mme Anne BRUN, M. Luc FABRE, Mme Marie COLIN,\n"
        "M. Yves DUMAS, Mme Rose GILLET.\n"
        "Avait donné pouvoir : M. Marc HUET à M. Paul ROCHE.\n"
        "Absente excusée : Mme Julie MOREL.\n"
        "Secrétaire : Mme Anne BRUN.\n"
        "\n"
        "DÉLIBÉRATION N° CD-2025-01\n"
        "Objet : Avis sur la vente d'un terrain\n"
        "\n"
        "Le conseil municipal se prononcera le 20 mars 2025 sur la vente.\n"
        "Le conseil de la commune déléguée, après en avoir délibéré,\n"
        "ÉMET un avis favorable à la vente.\n"
        "\n"
        "DÉLIBÉRATION N° CD-2025-02\n"
        "Objet : Avis sur les subventions\n"
        "\n"
        "Le maire délégué présente les demandes, sur lesquelles le conseil municipal statuera\n"
        "lors du vote du budget.\n"
        "Le conseil de la commune déléguée, après en avoir délibéré, à l'unanimité,\n"
        "ÉMET un avis favorable.\n"
        "\n"
        "Ont signé au registre les membres présents :\n"
        "ROCHE Paul     BRUN Anne     FABRE Luc\n";
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    for (size_t i = 0; i < 2; i++) {
        const ex_document *d = &c.docs.v[i];
        assert_non_null(d->body);
        assert_string_equal(d->body, "CONSEIL DE LA COMMUNE DÉLÉGUÉE DE HAMEAUVILLE");
        assert_non_null(d->president);
        assert_string_equal(d->president->family, "ROCHE");
        assert_int_equal(d->att.present.n, 6);
        assert_string_equal(d->att.present.v[5].family, "GILLET");
        assert_int_equal(d->att.excused.n, 1);
        assert_int_equal(d->att.proxies.n, 1);
        assert_int_equal(d->att.present_count, 6);
        assert_int_equal(d->att.represented, 1);
        assert_int_equal(d->att.voting, 7);
    }
    ex_call_free(&c);
}

/* a séance re-convened after one without quorum: the convocation is the
   second one ("à nouveau convoqué le X pour le Y"), not the first */
static void test_second_convocation(void **state)
{
    static const char s[] =
        "COMMUNE DE BOISVERT\n"
        "\n"
        "DÉLIBÉRATION N° 2025-010\n"
        "Séance du mardi 18 mars 2025 (seconde convocation)\n"
        "Objet : Tarifs de la cantine\n"
        "\n"
        "Le Conseil municipal, régulièrement convoqué le 6 mars 2025 pour une séance fixée au\n"
        "jeudi 13 mars 2025, ne s'est pas réuni en nombre suffisant. Il a été à nouveau\n"
        "convoqué le 14 mars 2025 pour le mardi 18 mars 2025. Le Conseil municipal s'est réuni\n"
        "à la mairie, sous la présidence de M. Jean ROUX, Maire.\n"
        "\n"
        "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
        "Article 1 : De fixer les tarifs.\n";
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_true(c.docs.n >= 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->convened_on.y, 2025);
    assert_int_equal(d->convened_on.m, 3);
    assert_int_equal(d->convened_on.d, 14);
    ex_call_free(&c);
}

/* a procès-verbal's centred heading block: the séance line after one
   blank line is part of the title */
static void test_pv_title_centred_session(void **state)
{
    static const char s[] =
        "COMMUNE DE BOISVERT\n"
        "\n"
        "       PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL\n"
        "             ET DE L'ÉLECTION DU MAIRE\n"
        "\n"
        "                 Séance du samedi 5 avril 2025\n"
        "\n"
        "Nombre de conseillers municipaux en exercice : 11\n"
        "\n"
        "L'an deux mille vingt-cinq, le cinq avril, s'est réuni le conseil municipal.\n";
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_true(c.docs.n >= 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_PROCES_VERBAL);
    assert_non_null(d->title);
    assert_string_equal(d->title, "PROCÈS-VERBAL DE L'INSTALLATION DU CONSEIL MUNICIPAL ET DE L'ÉLECTION "
                                  "DU MAIRE Séance du samedi 5 avril 2025");
    ex_call_free(&c);
}

/* a place in capitals without accents: "S'EST REUNI A LA MAIRIE" (the
   bare A before an article is the preposition), "EN MAIRIE", a room
   word right after the verb; "salle A" is no preposition */
static void test_place_capitals_no_accent(void **state)
{
    static const char *const in[][2] = {
        {"LE CONSEIL MUNICIPAL S'EST REUNI A LA MAIRIE, SOUS LA PRESIDENCE DE M. Paul VIDAL.\n", "MAIRIE"},
        {"Le Conseil municipal s'est réuni en séance ordinaire A L'HOTEL DE VILLE, sous la présidence "
         "de M. Paul VIDAL.\n", "HOTEL DE VILLE"},
        {"LE CONSEIL MUNICIPAL S'EST REUNI EN MAIRIE, SOUS LA PRESIDENCE DE M. Paul VIDAL.\n", "MAIRIE"},
        {"LE CONSEIL MUNICIPAL S'EST REUNI SALLE DU CONSEIL, SOUS LA PRESIDENCE DE M. Paul VIDAL.\n",
         "SALLE DU CONSEIL"},
        {"Le Conseil municipal s'est réuni en salle A, sous la présidence de M. Paul VIDAL.\n", "salle A"},
    };
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++) {
        char s[600];
        snprintf(s, sizeof s, "COMMUNE DE SAINT-JULIEN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
                              "Séance du 5 mars 2024\n%s"
                              "OBJET : Travaux\nVu le Code général des collectivités territoriales ;\n"
                              "DÉCIDE :\nArticle 1 : D'approuver le projet.\n", in[k][0]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_non_null(c.docs.v[0].session_place);
        assert_string_equal(c.docs.v[0].session_place, in[k][1]);
        ex_call_free(&c);
    }
}

/* a collectivity in mixed case on two lines ("Syndicat Intercommunal
   d'Adduction" + "d'Eau Potable de la Vallée"): one name; a line naming
   the assembly ("du Conseil municipal") or in lower case is not its
   continuation */
static void test_collectivity_mixed_two_lines(void **state)
{
    static const char *const in[][2] = {
        {"Syndicat Intercommunal d'Adduction\nd'Eau Potable de la Vallée\n",
         "Syndicat Intercommunal d'Adduction d'Eau Potable de la Vallée"},
        {"Syndicat Mixte\ndu Bassin de la Sarre\n", "Syndicat Mixte du Bassin de la Sarre"},
        {"Commune de Valbois\ndu Conseil municipal\n", "Commune de Valbois"},
        {"Commune de Valbois\ndes délibérations\n", "Commune de Valbois"},
    };
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++) {
        char s[600];
        snprintf(s, sizeof s, "%s\nSéance du 5 mars 2024\n\nOBJET : Travaux\n"
                              "Vu le Code général des collectivités territoriales ;\n"
                              "DÉCIDE :\nArticle 1 : D'approuver le projet.\n", in[k][0]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_non_null(c.docs.v[0].collectivity);
        assert_string_equal(c.docs.v[0].collectivity, in[k][1]);
        ex_call_free(&c);
    }
}

/* OCR put an accent on the verb: "ARRÊTÉ" alone on its line after the
   visas and considérants, an article next, is the decision verb (not
   the label of a new act); the noun before a "portant" line is not */
static void test_accented_verb_line(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2023/ST/118\n"
               "portant fermeture temporaire du gymnase\n"
               "\n"
               "Le Maire de Val-d'Orsen,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Considérant l'état de la toiture ;\n"
               "\n"
               "ARRÊTÉ\n"
               "\n"
               "Article 1er : Le gymnase est fermé au public.\n"
               "Article 2 : Le présent arrêté sera affiché.\n",
         .decision_verb = "ARRÊTÉ", .title = "portant fermeture temporaire du gymnase"},
        {.in = "ARRÊTÉ N° 2023/ST/118\n"
               "portant fermeture temporaire du gymnase\n"
               "\n"
               "Le Maire de Val-d'Orsen,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Considérant l'état de la toiture ;\n"
               "\n"
               "ARRÊTÉ\n"
               "portant ouverture du gymnase\n"
               "\n"
               "Article 1er : Le gymnase est fermé au public.\n",
         .decision_verb = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the old first-person arrêté: "Nous, Maire de ...," issues it (body
   "Le Maire", as the third-person "Le Maire de ...,"), and its verb is
   the first person plural ("ARRÊTONS :", "DÉCIDONS :", "ORDONNONS :") */
static void test_first_person_arrete(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE VAL-D'ORSEN\n"
               "ARRÊTÉ N° 2023/ST/119\n"
               "Objet : stationnement\n"
               "Nous, soussignés, habitants de la rue Basse,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le stationnement est interdit.\n",
         .body = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const struct {
        const char *auth, *verb, *body;
    } cases[] = {
        {"Nous, Maire de la commune de Val-d'Orsen,", "ARRÊTONS", "Le Maire"},
        {"Nous, le Maire de Val-d'Orsen,", "DÉCIDONS", "Le Maire"},
        {"Nous, Présidente du conseil départemental,", "ORDONNONS", "La Présidente du conseil départemental"},
        {"Nous, Préfet de la Creuse,", "Arrêtons", "Le Préfet"},
        /* OCR "dela" for "de la" (blind set BE O1) */
        {"Le Président dela Communauté de communes de Val-d'Orsen,", "ARRÊTE", "Le Président"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "VILLE DE VAL-D'ORSEN\n"
                 "ARRÊTÉ N° 2023/ST/118\n"
                 "Objet : fermeture temporaire du gymnase\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "Considérant l'état de la toiture ;\n"
                 "\n"
                 "%s :\n"
                 "\n"
                 "Article 1er. – Le gymnase est fermé au public.\n"
                 "Article 2. – Le présent arrêté sera affiché.\n",
                 cases[k].auth, cases[k].verb);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->type, EX_DOC_ARRETE);
        assert_non_null(d->decision_verb);
        assert_string_equal(d->decision_verb, cases[k].verb);
        assert_non_null(d->body);
        assert_string_equal(d->body, cases[k].body);
        ex_call_free(&c);
    }
    /* "Nous" opening any other sentence names no authority */
}

/* a session block of labels at the top of a procès-verbal:
   "Convocation : dd/mm/yyyy" (other labels after it on the line),
   "Lieu : ..." / "Lieu de la séance : ...", "Présidence : M. X, Maire";
   the same words inside sentences are no labels */
static void test_session_label_block(void **state)
{
    static const struct {
        const char *conv, *place, *pres;
        int day;
        const char *place_val, *pres_family;
    } cases[] = {
        {"Convocation : 03/02/2025 – Affichage : 04/02/2025", "Lieu : salle des fêtes",
         "Présidence : Mme Odile FERRAND, Maire", 3, "salle des fêtes", "FERRAND"},
        {"Convocation : le 3 février 2025", "Lieu de la séance : mairie annexe de Bourg-Haut.",
         "Présidence : M. Hervé LACAZE", 3, "mairie annexe de Bourg-Haut", "LACAZE"},
        {"Convocation : 03/02/2025", "LIEU : Salle Jean Moulin – Heure : 19 h 00",
         "PRÉSIDENCE : M. Hervé LACAZE, Premier adjoint", 3, "Salle Jean Moulin", "LACAZE"},
        /* the hour after the place's comma or dash is left out; a
           number that is no hour stays ("salle 12") */
        {"Convocation : 03/02/2025", "Lieu : salle des commissions de l'hôtel de ville, 14 h 00",
         "Présidence : M. Hervé LACAZE", 3, "salle des commissions de l'hôtel de ville", "LACAZE"},
        {"Convocation : 03/02/2025", "Lieu : mairie annexe – à 9h30",
         "Présidence : M. Hervé LACAZE", 3, "mairie annexe", "LACAZE"},
        {"Convocation : 03/02/2025", "Lieu : bâtiment B, salle 12",
         "Présidence : M. Hervé LACAZE", 3, "bâtiment B, salle 12", "LACAZE"},
        /* a word processor's label column: a TAB for the colon */
        {"Convocation : 03/02/2025", "Lieu\tSalle des fêtes",
         "Présidence : M. Hervé LACAZE", 3, "Salle des fêtes", "LACAZE"},
        /* negative: a TAB then a small letter is no label */
        {"Convocation : 03/02/2025", "Lieu\tde la réunion à préciser",
         "Présidence : M. Hervé LACAZE", 3, NULL, "LACAZE"},
        /* no date after the colon; the words in sentences */
        {"Convocation : voir affichage", "Le lieu de la réunion sera précisé.",
         "La présidence est assurée par le doyen d'âge.", 0, NULL, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE BOURG-HAUT\n"
                 "\n"
                 "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
                 "du lundi 10 février 2025\n"
                 "\n"
                 "%s\n"
                 "%s\n"
                 "%s\n"
                 "Secrétaire de séance : M. Luc PONS\n"
                 "\n"
                 "Conseillers en exercice : 11\n"
                 "Présents : Odile FERRAND, Hervé LACAZE, Luc PONS.\n"
                 "\n"
                 "1 – Budget primitif\n"
                 "Le conseil municipal APPROUVE le budget primitif.\n"
                 "Adopté à l'unanimité.\n",
                 cases[k].conv, cases[k].place, cases[k].pres);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->type, EX_DOC_PROCES_VERBAL);
        assert_int_equal(d->convened_on.d, cases[k].day);
        if (cases[k].day)
            assert_int_equal(d->convened_on.m, 2);
        if (cases[k].place_val) {
            assert_non_null(d->session_place);
            assert_string_equal(d->session_place, cases[k].place_val);
        } else
            assert_null(d->session_place);
        if (cases[k].pres_family) {
            assert_non_null(d->president);
            assert_string_equal(d->president->family, cases[k].pres_family);
        } else
            assert_null(d->president);
        ex_call_free(&c);
    }
}

/* an "Objet :" title whose bracket opened on its first line closes on
   the next one, which opens with "n° ..." (a number line otherwise);
   a continuation line that opens with a dash keeps it, before a
   lower-case word too */
/* a letter-spaced verb line ("A R R Ê T E", "D E C I D E :", one or two
   blanks between letters) is the decision verb as printed and types the
   act; a spaced word that is no verb ("R A P P O R T") is none */
static void test_spaced_verb(void **state)
{
    static const struct {
        const char *verb_line, *verb;
        ex_doc_type type;
    } cases[] = {
        {"A R R Ê T E", "A R R Ê T E", EX_DOC_ARRETE},
        {"A  R  R  E  T  E  :", "A  R  R  E  T  E", EX_DOC_ARRETE},
        {"R A P P O R T", NULL, EX_DOC_OTHER},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "MAIRIE DE VILLERS-SUR-ORGE\n"
                 "\n"
                 "Objet : Stationnement rue des Tilleuls\n"
                 "\n"
                 "Le Maire de la commune de Villers-sur-Orge,\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "Considérant la tenue du marché hebdomadaire ;\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "Article 1er : Le stationnement est interdit le samedi.\n",
                 cases[k].verb_line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        if (cases[k].verb) {
            assert_non_null(d->decision_verb);
            assert_string_equal(d->decision_verb, cases[k].verb);
        } else
            assert_null(d->decision_verb);
        assert_int_equal(d->type, cases[k].type);
        ex_call_free(&c);
    }
}

/* the act word of the heading printed letter-spaced (typewriter
   emphasis), its number sign a wide gap after it or not: the label
   line, number and title read as for the printed word; a spaced word
   that is no act word ("R A P P O R T S") or the spaced verb alone is
   no label (the title then none, the number none) */
static void test_spaced_label(void **state)
{
    static const struct {
        const char *label, *number, *title;
        ex_doc_type type;
    } cases[] = {
        {"A R R E T E   N° 83-15", "83-15", "portant délégation de fonctions à un Adjoint", EX_DOC_ARRETE},
        {"A  R  R  Ê  T  É  N° 12", "12", "portant délégation de fonctions à un Adjoint", EX_DOC_ARRETE},
        {"D E L I B E R A T I O N", NULL, "", EX_DOC_DELIBERATION}, /* ("": title not asked) */
        {"R E G L E M E N T S   N° 83-15", NULL, NULL, EX_DOC_ARRETE},
        {"A R R E T E", NULL, NULL, EX_DOC_ARRETE},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-MARCEL\n"
                 "\n"
                 "                  %s\n"
                 "                  ======================\n"
                 "\n"
                 "     portant délégation de fonctions à un Adjoint\n"
                 "\n"
                 "     Le Maire de la Commune de SAINT-MARCEL,\n"
                 "     Vu le Code des communes ;\n"
                 "\n"
                 "                  A R R E T E\n"
                 "\n"
                 "Article 1er. Délégation est donnée à M. Paul ROCHE.\n",
                 cases[k].label);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->type, cases[k].type);
        if (cases[k].number) {
            assert_non_null(d->number);
            assert_string_equal(d->number, cases[k].number);
        } else
            assert_null(d->number);
        if (cases[k].title && *cases[k].title) {
            assert_non_null(d->title);
            assert_string_equal(d->title, cases[k].title);
        } else if (!cases[k].title)
            assert_null(d->title);
        ex_call_free(&c);
    }
}

/* a convention's label printed letter-spaced ("C O N V E N T I O N")
   over its subject line: the title is the subject line alone; the
   label printed whole stays the title's first word (negative), and a
   spaced label with no subject line under it is the title as printed */
static void test_spaced_convention_title(void **state)
{
    static const struct {
        const char *label, *subject, *title;
    } cases[] = {
        {"C O N V E N T I O N", "RELATIVE A LA COLLECTE DES ORDURES MENAGERES",
         "RELATIVE A LA COLLECTE DES ORDURES MENAGERES"},
        {"C  O  N  V  E  N  T  I  O  N", "RELATIVE AU DENEIGEMENT DES VOIES",
         "RELATIVE AU DENEIGEMENT DES VOIES"},
        {"CONVENTION", "RELATIVE A LA COLLECTE DES ORDURES MENAGERES",
         "CONVENTION RELATIVE A LA COLLECTE DES ORDURES MENAGERES"},
        {"C O N V E N T I O N", "", "C O N V E N T I O N"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "DISTRICT URBAIN DE LA HAUTE-VESLE\n"
                 "\n"
                 "                  %s\n"
                 "                  ===================\n"
                 "\n"
                 "         %s\n"
                 "\n"
                 "ENTRE LES SOUSSIGNES :\n"
                 "\n"
                 "     Le District, représenté par son Président,\n"
                 "                                   d'une part,\n"
                 "ET :\n"
                 "     La Commune, représentée par son Maire,\n"
                 "                                   d'autre part,\n"
                 "\n"
                 "IL A ETE CONVENU ET ARRETE CE QUI SUIT :\n"
                 "\n"
                 "ARTICLE PREMIER - OBJET\n"
                 "     Le District assure la collecte pour la Commune.\n",
                 cases[k].label, cases[k].subject);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->type, EX_DOC_CONVENTION);
        assert_non_null(d->title);
        assert_string_equal(d->title, cases[k].title);
        ex_call_free(&c);
    }
}

/* a qualifier between "Arrêté" and N° ("Arrêté temporaire n° ...",
   "Arrêté municipal permanent n° ...", "Arrêté du maire n° ...") keeps
   the number and the type; "Arrêté relatif au n° 12" is no number line */
static void test_arrete_qualifier_number(void **state)
{
    static const struct {
        const char *label, *number;
    } cases[] = {
        {"Arrêté temporaire n° STA-2026-04", "STA-2026-04"},
        {"Arrêté municipal permanent n° 2026/31", "2026/31"},
        {"Arrêté réglementaire N° 88", "88"},
        {"Arrêté du maire n° AM-7", "AM-7"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "MAIRIE DE VILLERS-SUR-ORGE\n"
                 "%s\n"
                 "\n"
                 "Objet : Stationnement rue des Tilleuls\n"
                 "\n"
                 "Le Maire de la commune de Villers-sur-Orge,\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "Considérant la tenue du marché hebdomadaire ;\n"
                 "Article 1er : Le stationnement est interdit le samedi.\n",
                 cases[k].label);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_non_null(d->number);
        assert_string_equal(d->number, cases[k].number);
        assert_int_equal(d->type, EX_DOC_ARRETE);
        ex_call_free(&c);
    }
}

static void test_objet_paren_and_dash(void **state)
{
    static const struct {
        const char *objet, *title;
    } cases[] = {
        {"Objet : Local sis 3, place du Marché (lot cadastré section C\nn° 45) – interdiction d'accès",
         "Local sis 3, place du Marché (lot cadastré section C n° 45) – interdiction d'accès"},
        {"Objet : Local sis 3, place du Marché (lot cadastré section C n° 45)\n– interdiction d'accès",
         "Local sis 3, place du Marché (lot cadastré section C n° 45) – interdiction d'accès"},
        /* no bracket left open: the number line is no part of the title */
        {"Objet : Local sis 3, place du Marché\nn° 45", "Local sis 3, place du Marché"},
        /* a continuation line opening with a bracket */
        {"Objet : Local sis 3, place du Marché – Travaux de mise en sécurité\n(tranche 2) – interdiction d'accès",
         "Local sis 3, place du Marché – Travaux de mise en sécurité (tranche 2) – interdiction d'accès"},
        /* negatives: a capital or a colon in the bracket (a rapporteur) */
        {"Objet : Local sis 3, place du Marché\n(Rapporteur M. Paul VIGNAL)", "Local sis 3, place du Marché"},
        {"Objet : Local sis 3, place du Marché\n(rapporteur : M. Paul VIGNAL)", "Local sis 3, place du Marché"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "MAIRIE DE SAINT-OURS\n"
                 "ARRÊTÉ N° 2025/PM/007\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "Le Maire de la commune de Saint-Ours,\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "ARRÊTE :\n"
                 "Article 1er : L'accès au local est interdit.\n",
                 cases[k].objet);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_non_null(d->title);
        assert_string_equal(d->title, cases[k].title);
        assert_non_null(d->number);
        assert_string_equal(d->number, "2025/PM/007");
        ex_call_free(&c);
    }
}

/* a letterhead line HEAD above a short délibération: the collectivity
   tests' template */
#define COLL_DOC(HEAD)                                           \
    HEAD "\n"                                                    \
    "\n"                                                         \
    "DÉLIBÉRATION N° 2024-12\n"                                  \
    "Objet : Tarifs de la cantine\n"                             \
    "\n"                                                         \
    "Le conseil municipal, après en avoir délibéré, DÉCIDE :\n"  \
    "Article 1 : Les tarifs sont fixés.\n"

/* a département in brackets after the collectivity's name is no part
   of it ("(Côtes d'Armor)" with a blank for the hyphen, any case);
   another bracket stays */
static void test_collectivity_departement(void **state)
{
    static const doc_row rows[] = {
        {.in = COLL_DOC("Commune de Saint-Brévin-sur-Lié (Côtes d'Armor)"), .collectivity = "Commune de Saint-Brévin-sur-Lié"},
        {.in = COLL_DOC("MAIRIE DE VILLEFRANCHE-D'ARNAC (Haute-Vienne)"), .collectivity = "MAIRIE DE VILLEFRANCHE-D'ARNAC"},
        {.in = COLL_DOC("VILLE DE PORT-AUBERT (LOIRE-ATLANTIQUE)"), .collectivity = "VILLE DE PORT-AUBERT"},
        {.in = COLL_DOC("Commune de Marcillac (ex-Marcillac-Vieux)"), .collectivity = "Commune de Marcillac (ex-Marcillac-Vieux)"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR joins a two-column letterhead's right column to the
   collectivity's name (the gap read as one blank or as a lone '.' / ':'
   between blanks): the stamp, register, page or reference words, an
   ACTES identifier, "ID :" read "{D :", a "Département du …" line in
   mixed case, stay out; a glued département bracket too; a name without
   such a column is kept whole */
/* a letterhead of two columns flattened on the same lines: the right
   cell (after 3+ blanks) is read as a line of its own, its registre's
   assembly in capitals the body ("mairie@x.fr      DU CONSEIL
   MUNICIPAL"); a right cell in mixed case is no such heading */
static void test_body_right_cell(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE MALVÈRE-SUR-OLT                         RÉPUBLIQUE FRANÇAISE\n"
               "Place de la Mairie                                 Département du Lot\n"
               "46100 MALVÈRE-SUR-OLT                              EXTRAIT DU REGISTRE\n"
               "Tél. : 05 65 00 00 00                              DES DÉLIBÉRATIONS\n"
               "mairie@malvere.fr                                  DU CONSEIL MUNICIPAL\n"
               "\n"
               "Délibération n° 2026-012\n"
               "Objet : Cession d'une parcelle\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : La cession est approuvée.\n",
         .collectivity = "COMMUNE DE MALVÈRE-SUR-OLT", .body = "CONSEIL MUNICIPAL", .number = "2026-012"},
        {.in = "COMMUNE DE MALVÈRE-SUR-OLT                         RÉPUBLIQUE FRANÇAISE\n"
               "Place de la Mairie                                 Département du Lot\n"
               "mairie@malvere.fr                                  Extrait du conseil municipal\n"
               "\n"
               "ARRÊTÉ N° 2026-012\n"
               "Objet : Stationnement\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE :\n"
               "Article 1 : Le stationnement est interdit.\n",
         .collectivity = "COMMUNE DE MALVÈRE-SUR-OLT", .body = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

static void test_collectivity_ocr_column(void **state)
{
    static const doc_row rows[] = {
        {.in = COLL_DOC("Commune de Brévin-le-Haut(Indre) :"), .collectivity = "Commune de Brévin-le-Haut"},
        {.in = COLL_DOC("COMMUNE DE PORT-AUBERT . Registre des délibérations"), .collectivity = "COMMUNE DE PORT-AUBERT"},
        {.in = COLL_DOC("DÉPARTEMENT DE LA SOMME . Réf: convention n° 2022-CULT-045"), .collectivity = "DÉPARTEMENT DE LA SOMME"},
        {.in = COLL_DOC("COMMUNE DE LA ROCHE ‘Reçu en préfecture le 02/07/2024"), .collectivity = "COMMUNE DE LA ROCHE"},
        {.in = COLL_DOC("COMMUNE DE LA ROCHE {D : 974-219742608-20240628-DCM2024_112-DE"), .collectivity = "COMMUNE DE LA ROCHE"},
        {.in = COLL_DOC("COMMUNE DE LA ROCHE 047-200068930-20240716-AP2024_057-AR"), .collectivity = "COMMUNE DE LA ROCHE"},
        {.in = COLL_DOC("Commune de Vieux-Bourg Page 37"), .collectivity = "Commune de Vieux-Bourg"},
        {.in = COLL_DOC("Commune de Saint-Ouen-les-Pages"), .collectivity = "Commune de Saint-Ouen-les-Pages"},
        {.in = COLL_DOC("VILLE DE ST. MARTIN-DU-BOIS"), .collectivity = "VILLE DE ST. MARTIN-DU-BOIS"},
        /* the right column's session line or assembly in capitals, the
           stamp's date lines; the name's second line cut the same way */
        {.in = COLL_DOC("SERVICE DÉPARTEMENTAL D'INCENDIE CONSEIL D'ADMINISTRATION\n"
                        "ET DE SECOURS DE LA HAUTE-LOUE Réunion du jeudi 12 décembre 2024"),
         .collectivity = "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE LA HAUTE-LOUE"},
        {.in = COLL_DOC("Accusé de réception en préfecture\n"
                        "COMMUNAUTÉ DE COMMUNES 047-200068930-20240716-AP2024 057-AR\n"
                        "VAL DE BAÏSE Date de télétransmission : 16/07/2024"),
         .collectivity = "COMMUNAUTÉ DE COMMUNES VAL DE BAÏSE"},
        /* a longer line, not in capitals: the name before the column */
        {.in = COLL_DOC("RÉPUBLIQUE FRANÇAISE Accusé de réception en préfecture\n"
                        "Département de la Marne 051-215103417-20241119-2024 041-DE\n"
                        "COMMUNE DE SAINT-OUEN-LES-VIGNES Date de réception préfecture : 26/11/2024"),
         .collectivity = "COMMUNE DE SAINT-OUEN-LES-VIGNES"},
        /* OCR: a speck '-' glued before the column's words; a hyphen
           glued inside the name is no cut */
        {.in = COLL_DOC("RÉPUBLIQUE FRANÇAISE Accusé de réception en préfecture\n"
                        "Département de la Marne 051-215103417:20241119-2024 _041-DE\n"
                        "COMMUNE DE SAINT-OUEN-LES-VIGNES -Date de réception préfecture : 26/11/2024"),
         .collectivity = "COMMUNE DE SAINT-OUEN-LES-VIGNES"},
        {.in = COLL_DOC("COMMUNE DE SAINT-OUEN -LES-VIGNES"), .collectivity = "COMMUNE DE SAINT-OUEN -LES-VIGNES"},
        /* the motto of the left column, then the name (specks between) */
        {.in = COLL_DOC("République française .… Commune de Vieux-Bourg\n"
                        "Département du Nord Arrondissement de Lille"),
         .collectivity = "Commune de Vieux-Bourg"},
        /* "LA RÉUNION" in capitals is a name, no session line */
        {.in = COLL_DOC("DÉPARTEMENT DE LA RÉUNION"), .collectivity = "DÉPARTEMENT DE LA RÉUNION"},
        /* the right column's département line in mixed case ("Département
           du Bas-Rhin"); in capitals it is a word of the name */
        {.in = COLL_DOC("COMMUNE DE HOHENBRUCK-SUR-MODER Département du Bas-Rhin"),
         .collectivity = "COMMUNE DE HOHENBRUCK-SUR-MODER"},
        {.in = COLL_DOC("Commune de Vieux-Bourg Département de la Marne"), .collectivity = "Commune de Vieux-Bourg"},
        {.in = COLL_DOC("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU NORD"),
         .collectivity = "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU NORD"},
        /* the right column's motto joined by one blank (a speck quote
           before it): never part of the name; a name that holds
           "République" alone keeps it */
        {.in = COLL_DOC("COMMUNE DE MALVÈRE-SUR-OLT RÉPUBLIQUE FRANÇAISE"), .collectivity = "COMMUNE DE MALVÈRE-SUR-OLT"},
        {.in = COLL_DOC("COMMUNE DE MALVÈRE-SUR-OLT \"RÉPUBLIQUE FRANÇAISE"), .collectivity = "COMMUNE DE MALVÈRE-SUR-OLT"},
        {.in = COLL_DOC("COMMUNE DE LA RÉPUBLIQUE"), .collectivity = "COMMUNE DE LA RÉPUBLIQUE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR damage inside or after a collectivity's name: a colon for the
   hyphen between capitals, a closing bracket read '}', short words in
   lower case after a name in capitals (page specks); a mixed-case name
   and a longer last word stay whole */
static void test_collectivity_ocr_repair(void **state)
{
    static const doc_row rows[] = {
        {.in = COLL_DOC("VILLE DE SAINT-BRÉVIN-SUR:LOIRE"), .collectivity = "VILLE DE SAINT-BRÉVIN-SUR-LOIRE"},
        /* the hyphen doubled around a blank; not two hyphens apart */
        {.in = COLL_DOC("VILLE DE ROQUEFEUIL- -SUR-ANCE"), .collectivity = "VILLE DE ROQUEFEUIL-SUR-ANCE"},
        {.in = COLL_DOC("RÉGION PYRÉNÉES:GARONNE"), .collectivity = "RÉGION PYRÉNÉES-GARONNE"},
        {.in = COLL_DOC("Ville de Brévin-le-Haut (Hérault}"), .collectivity = "Ville de Brévin-le-Haut"},
        {.in = COLL_DOC("COMMUNE DE PORT-AUBERT fe Fr"), .collectivity = "COMMUNE DE PORT-AUBERT"},
        {.in = COLL_DOC("DÉPARTEMENT DE LA SOMME Le"), .collectivity = "DÉPARTEMENT DE LA SOMME"},
        {.in = COLL_DOC("Commune de Vieux-Bourg le"), .collectivity = "Commune de Vieux-Bourg le"},
        {.in = COLL_DOC("COMMUNE DE PORT-AUBERT Sud"), .collectivity = "COMMUNE DE PORT-AUBERT Sud"},
        /* an article before the colon: the blank */
        {.in = COLL_DOC("DÉPARTEMENT DE LA:NIÈVRE"), .collectivity = "DÉPARTEMENT DE LA NIÈVRE"},
        /* dots glued by OCR: between two words, after a long word */
        {.in = COLL_DOC("COMMUNE DE LA.CHAPELLE-AUX-FRÊNES"), .collectivity = "COMMUNE DE LA CHAPELLE-AUX-FRÊNES"},
        {.in = COLL_DOC("SYNDICAT MIXTE. DU BASSIN DE LA BRÈVE"), .collectivity = "SYNDICAT MIXTE DU BASSIN DE LA BRÈVE"},
        {.in = COLL_DOC("COMMUNE DE ST. BRÉVIN"), .collectivity = "COMMUNE DE ST. BRÉVIN"},
        {.in = COLL_DOC("COMMUNE DE SAJNT-AUBIN-DES-LAUZES"), .collectivity = "COMMUNE DE SAINT-AUBIN-DES-LAUZES"},
        {.in = COLL_DOC("Ville de Lunel- Viel"), .collectivity = "Ville de Lunel-Viel"},
        {.in = COLL_DOC("COMMUNE DE PITON-SAINTE-ANNE ID: 974-219742608-20240628-DCM2024_112-DE"),
         .collectivity = "COMMUNE DE PITON-SAINTE-ANNE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "CONSEIL DÉPARTEMENTAL" alone under the collectivity, then
   "COMMISSION PERMANENTE" alone: the commission is the body; a council
   line that is more than the council keeps it */
static void test_body_commission_under_council(void **state)
{
#define CP_DOC(L2, L4)                                                   \
    "DÉPARTEMENT DE LA BRÈVE\n" L2 "\n\n" L4 "\nRéunion du lundi 6 octobre 2025\n\n" \
    "DÉLIBÉRATION N° CP-2025-10-214\n\nOBJET : Fonds culturel\n\n"          \
    "La Commission permanente, après en avoir délibéré, DÉCIDE :\n"          \
    "Article 1 : Les subventions sont attribuées.\n"
    static const doc_row rows[] = {
        {.in = CP_DOC("CONSEIL DÉPARTEMENTAL", "COMMISSION PERMANENTE"), .body = "COMMISSION PERMANENTE"},
        {.in = CP_DOC("CONSEIL RÉGIONAL", "COMMISSION PERMANENTE"), .body = "COMMISSION PERMANENTE"},
        {.in = CP_DOC("CONSEIL DÉPARTEMENTAL", "SERVICE DE LA CULTURE"), .body = "CONSEIL DÉPARTEMENTAL"},
    };
#undef CP_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a DÉCISION without "Objet :": the mixed-case heading block under
   its number line is the title, a quoted continuation line with its
   quote */
static void test_decision_title_block(void **state)
{
    static const doc_row rows[] = {
        {.in = "Communauté de communes du Haut-Brévin\n\n"
               "DÉCISION N° 2025-D-117\n\n"
               "Attribution du marché de travaux du gymnase – lot n° 3\n"
               "« Menuiseries extérieures »\n\n"
               "Le Président de la Communauté de communes du Haut-Brévin,\n"
               "Vu le code de la commande publique ;\n\nDÉCIDE\n\n"
               "Article 1 : Le marché est attribué.\n",
         .title = "Attribution du marché de travaux du gymnase – lot n° 3 « Menuiseries extérieures »"},
        /* the "portant …" lines in lower case right under the number, as
           an arrêté's */
        {.in = "COMMUNE DE VAUBRIN\n\n"
               "                DÉCISION N° 2026-017\n"
               "      portant exercice du droit de préemption urbain\n"
               "   sur la parcelle cadastrée section AB n° 12\n\n"
               "Le Maire de la commune de Vaubrin,\n"
               "Vu le code de l'urbanisme ;\n\nDÉCIDE\n\n"
               "Article 1 : La parcelle est acquise.\n",
         .title = "portant exercice du droit de préemption urbain sur la parcelle cadastrée section AB n° 12"},
        /* (the authority line right under the number is no title) */
        {.in = "COMMUNE DE VAUBRIN\n\n"
               "DÉCISION N° 2026-018\n"
               "Le Maire de la commune de Vaubrin,\n"
               "Vu le code de l'urbanisme ;\n\nDÉCIDE\n\n"
               "Article 1 : La parcelle est acquise.\n",
         .title = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a collège's "ACTE DU CONSEIL D'ADMINISTRATION N° ..." is a
   délibération (type, number, the COLLÈGE letterhead as collectivity);
   "ADOPTE" alone after "Après en avoir délibéré, le conseil ..." is its
   verb, no vote; "l'acte du conseil d'administration n° ... du ..." is
   a délibération cited; a "décision budgétaire modificative n° 2"
   undated is a budget document, no reference */
static void test_eple_act(void **state)
{
    ex_call c;
    const char s[] =
        "ACADÉMIE DE LA BRÈVE\n"
        "COLLÈGE PAUL ÉLUARD\n"
        "3, rue des Lilas – 71000 BRÈVE-LE-BAS\n"
        "\n"
        "        ACTE DU CONSEIL D'ADMINISTRATION N° 2025-07\n"
        "\n"
        "Objet : Décision budgétaire modificative n° 2 pour vote\n"
        "\n"
        "Vu le code de l'éducation ;\n"
        "Vu l'acte du conseil d'administration n° 2024-19 du 28 novembre 2024 adoptant le\n"
        "budget de l'exercice 2025 ;\n"
        "\n"
        "Après en avoir délibéré, le conseil d'administration\n"
        "\n"
        "ADOPTE\n"
        "\n"
        "la décision budgétaire modificative n° 2.\n"
        "\n"
        "Résultat du vote :  Pour : 12    Contre : 0    Abstentions : 2\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_string_equal(d->number, "2025-07");
    assert_string_equal(d->collectivity, "COLLÈGE PAUL ÉLUARD");
    assert_string_equal(d->decision_verb, "ADOPTE");
    assert_int_equal(d->votes.n, 1);
    assert_int_equal(d->votes.v[0].for_, 12);
    assert_int_equal(count_refs(d, "decision"), 0);
    assert_int_equal(count_refs(d, "deliberation"), 1);
    ex_call_free(&c);
}

/* no "Séance du" line (the heading names two days): the date after
   "le" in the séance sentence ("réuni en séance plénière le jeudi 26
   juin 2025 à ...", "s'est réuni le 3 mars 2025") */
static void test_session_date_in_sentence(void **state)
{
    ex_call c;
    const char *const in[] = {
        "RÉGION BRÈVE-ET-LOIRE\nCONSEIL RÉGIONAL\n\nSÉANCE PLÉNIÈRE DES 26 ET 27 JUIN 2025\n\n"
        "DÉLIBÉRATION N° 25.06.014\n\nObjet : Plan lycées\n\n"
        "Le Conseil régional, réuni en séance plénière le jeudi 26 juin 2025 à l’Hôtel de Région, sous la "
        "présidence de Mme Isabelle FOURNERET,\n\nVU le code ;\n\nDÉCIDE :\nArticle 1 : D'approuver.\n",
        "COMMUNE DE BRÈVE\n\nDÉLIBÉRATION N° 2025-03\n\nObjet : Tarifs\n\n"
        "Le conseil municipal s'est réuni le 3 mars 2025 à la mairie, sous la présidence de M. Paul DURAND.\n\n"
        "DÉCIDE :\nArticle 1 : D'approuver.\n",
    };
    const int want[][3] = {{2025, 6, 26}, {2025, 3, 3}};
    for (size_t i = 0; i < 2; i++) {
        run_pipeline(&c, *state, in[i]);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].session_date.y, want[i][0]);
        assert_int_equal(c.docs.v[0].session_date.m, want[i][1]);
        assert_int_equal(c.docs.v[0].session_date.d, want[i][2]);
        ex_call_free(&c);
    }
}

/* a PETR (pôle d'équilibre territorial et rural) named in full is a
   collectivity, its name continued on the next line */
static void test_collectivity_petr(void **state)
{
    static const doc_row rows[] = {
        {.in = COLL_DOC("PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL\nDU PAYS DES DEUX-VALLÉES"),
         .collectivity = "PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL DU PAYS DES DEUX-VALLÉES"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}
#undef COLL_DOC

/* OCR: a "(" made of the page's edge before the text's first line
   ("(CENTRE DE GESTION ...", "(CONVENTION TRIPARTITE N° ..."): the line
   read without it; a "(" closed on the line stays (no issuer read) */
static void test_first_line_paren_speck(void **state)
{
#define CDG_DOC(FIRST)                                                          \
    FIRST "\nCONSEIL D'ADMINISTRATION\n\nDélibération n° 2025-014\n\n"          \
    "Objet : Fixation du taux de la cotisation additionnelle pour 2025\n\n"    \
    "Le Conseil d'administration, après en avoir délibéré, DÉCIDE :\n"         \
    "Article 1 : Le taux est fixé à 0,8 %.\n"
    static const doc_row rows[] = {
        {.in = CDG_DOC("(CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA HAUTE-SARTHE"),
         .collectivity = "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA HAUTE-SARTHE"},
        {.in = CDG_DOC("(CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE) DE LA HAUTE-SARTHE"),
         .collectivity = TT_NULL},
        {.in = "(CONVENTION TRIPARTITE N° 2024-ENV-009 :\nrelative au financement des travaux\n\n"
               "ENTRE\nLa Communauté de communes Haut-Jura Arcade\n\n"
               "Article 1 : Objet\nLa convention fixe les modalités.\n",
         .type = TT(EX_DOC_CONVENTION),
         .number = "2024-ENV-009",
         .title = "CONVENTION TRIPARTITE N° 2024-ENV-009 relative au financement des travaux"},
    };
#undef CDG_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR specks in the session place: a token of specks only between two
   words ("en salle\n*_ polyvalente", "salle .… polyvalente de X"), a
   colon for a blank between two lower-case words ("salle du
   conseil:de la mairie"); a hyphen or a word between blanks stays */
static void test_place_ocr_specks(void **state)
{
#define SPECK_DOC(PLACE)                                                         \
    "COMMUNE DE CHAMPVANS-LES-BOIS\n"                                            \
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"              \
    "Le Conseil municipal, régulièrement convoqué, s'est réuni le 5 mars 2024 " \
    "dans la " PLACE ", sous la présidence de M. Alain PERRIN, Maire.\n"        \
    "Délibération n° 2024-041\n"                                                \
    "Objet : Cession d'une parcelle\n"                                          \
    "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"                 \
    "Article 1 : La cession est approuvée.\n"
    static const doc_row rows[] = {
        {.in = SPECK_DOC("salle\n*_ polyvalente"), .session_place = "salle polyvalente"},
        {.in = SPECK_DOC("salle .\xe2\x80\xa6 polyvalente de Frasne"), .session_place = "salle polyvalente de Frasne"},
        {.in = SPECK_DOC("salle du conseil:de la mairie"), .session_place = "salle du conseil de la mairie"},
        {.in = SPECK_DOC("salle - Maison des associations"), .session_place = "salle - Maison des associations"},
        {.in = SPECK_DOC("salle du conseil"), .session_place = "salle du conseil"},
    };
#undef SPECK_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* no séance sentence: the place printed alone on the line under
   "Réunion du ..." / "Séance du ..." (a building word opening it); a
   line that is no place stays out */
static void test_place_under_date_line(void **state)
{
#define PLACE_DOC(DATE, UNDER)                                           \
    "SYNDICAT INTERCOMMUNAL DE LA HAUTE-BRÈVE\n"                        \
    "\n"                                                                \
    "COMITÉ SYNDICAL\n" DATE "\n" UNDER "\n"                            \
    "\n"                                                                \
    "Délibération n° 2024-09\n"                                         \
    "Objet : Adhésion d'une commune\n"                                  \
    "\n"                                                                \
    "Le comité syndical, après en avoir délibéré, DÉCIDE :\n"           \
    "Article 1 : L'adhésion est acceptée.\n"
    static const doc_row rows[] = {
        {.in = PLACE_DOC("Réunion du mardi 12 mars 2024 à 18 h 00", "Salle des fêtes de Brève-le-Bas"),
         .session_place = "Salle des fêtes de Brève-le-Bas"},
        {.in = PLACE_DOC("Séance du 12 mars 2024", "Maison des associations, 3 rue du Moulin"),
         .session_place = "Maison des associations, 3 rue du Moulin"},
        {.in = PLACE_DOC("Réunion du mardi 12 mars 2024 à 18 h 00", "Ordre du jour en annexe"),
         .session_place = TT_NULL},
        /* the place on the date line after a dash (set BJ) */
        {.in = PLACE_DOC("Séance du mardi 12 mars 2024 \xe2\x80\x93 18 h 30 \xe2\x80\x93 salle du conseil, Brève-le-Bas", ""),
         .session_place = "salle du conseil, Brève-le-Bas"},
        {.in = PLACE_DOC("Séance du mardi 12 mars 2024 \xe2\x80\x93 18 h 30 \xe2\x80\x93 séance publique", ""),
         .session_place = TT_NULL},
        {.in = PLACE_DOC("Réunion du mardi 12 mars 2024 à 18 h 00", "Présents : M. Paul RIVIÈRE"),
         .session_place = TT_NULL},
    };
#undef PLACE_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "s'est" ending its line, "réuni(e) au ..." opening the next one: the
   place as on one line; negative: "s'est" at a line end followed by
   another verb gives no place */
static void test_place_participle_next_line(void **state)
{
#define SEST_DOC(L1, L2)                                                 \
    "COMMUNAUTÉ DE COMMUNES DU VAL DE BRÈVE\n"                          \
    "\n"                                                                \
    "Délibération n° 2024-031\n"                                        \
    "Objet : Avenant au marché de voirie\n"                             \
    "\n"                                                                \
    L1 "\n" L2 "\n"                                                    \
    "\n"                                                                \
    "Le Bureau, après en avoir délibéré, DÉCIDE :\n"                    \
    "Article 1 : L'avenant est approuvé.\n"
    static const doc_row rows[] = {
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau communautaire s'est",
                        "réuni au siège de la communauté, sous la présidence de M. Paul RIVIÈRE."),
         .session_place = "siège de la communauté"},
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le conseil s'est",
                        "réunie à la salle des fêtes, sous la présidence de M. Paul RIVIÈRE."),
         .session_place = "salle des fêtes"},
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau s'est",
                        "prononcé sur l'avenant présenté par M. Paul RIVIÈRE."),
         .session_place = TT_NULL},
        /* OCR: a speck (and a blank line) before the participle */
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau s'est",
                        "\n+ réuni au siège de la communauté, sous la présidence de M. Paul RIVIÈRE."),
         .session_place = "siège de la communauté"},
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau s'est",
                        "+ prononcé sur l'avenant présenté par M. Paul RIVIÈRE."),
         .session_place = TT_NULL},
        /* the town after its building, as printed; not an hour */
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau s'est",
                        "réuni à l'Hôtel de la communauté, à Brève-le-Haut, sous la présidence de M. Paul RIVIÈRE."),
         .session_place = "Hôtel de la communauté, à Brève-le-Haut"},
        {.in = SEST_DOC("Le trois juillet deux mille vingt-quatre, le Bureau s'est",
                        "réuni à l'Hôtel de la communauté, à 18 heures, sous la présidence de M. Paul RIVIÈRE."),
         .session_place = "Hôtel de la communauté"},
    };
#undef SEST_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a contract's own number printed apart, as a convention's: "Contrat n°
   DSP-2026-02" (also in capitals, with a qualifier "Contrat de
   concession n° …", "Marché n° …") on a line of its own is the act's
   number, and no reference of itself; "Contrat n° 2021-03 conclu avec …"
   (a sentence goes on) and a contract cited in a visa are not */
static void test_contract_number(void **state)
{
#define CONTRACT_DOC(first)                                                                      \
    "COMMUNE DE VAL-DE-LORME\n"                                                                  \
    "                                               " first "\n"                                  \
    "\n"                                                                                         \
    "        CONTRAT DE CONCESSION DE SERVICE PUBLIC\n"                                          \
    "\n"                                                                                         \
    "ENTRE LES SOUSSIGNÉS :\n"                                                                   \
    "La Commune de Val-de-Lorme, représentée par son Maire,\n"                                   \
    "ET :\n"                                                                                     \
    "La société CAMPINGS DU LORME, représentée par son Président,\n"                             \
    "Vu le code de la commande publique ;\n"                                                     \
    "IL A ÉTÉ CONVENU CE QUI SUIT :\n"                                                           \
    "Article 1 – Objet\n"                                                                        \
    "La Commune confie au Concessionnaire l'exploitation du camping.\n"
    static const doc_row rows[] = {
        {.in = CONTRACT_DOC("Contrat n° DSP-2026-02"), .type = TT(EX_DOC_CONVENTION), .number = "DSP-2026-02"},
        {.in = CONTRACT_DOC("CONTRAT N° DSP-2026-02"), .number = "DSP-2026-02"},
        {.in = CONTRACT_DOC("Contrat de concession n° DSP-2026-02"), .number = "DSP-2026-02"},
        {.in = CONTRACT_DOC("Marché n° 2025-14 du 3 mars 2025"), .number = "2025-14"},
        /* OCR debris before the label (a two-letter token that is no
           French word), the label then ends the line */
        {.in = CONTRACT_DOC("ue Contrat n° DSP-2026-02"), .number = "DSP-2026-02"},
        {.in = CONTRACT_DOC("ue Convention n° DSP-2026-02"), .number = "DSP-2026-02"},
        {.in = CONTRACT_DOC("le Contrat n° DSP-2026-02"), .number = TT_NULL},
        {.in = CONTRACT_DOC("ue Contrat n° DSP-2026-02 conclu en 2019"), .number = TT_NULL},
        /* not a label of its own: a sentence goes on after the number */
        {.in = CONTRACT_DOC("Contrat n° 2021-03 conclu avec la société"), .number = TT_NULL},
        /* a contract cited in a visa */
        {.in = "COMMUNE DE VAL-DE-LORME\n"
               "        AVENANT AU CONTRAT DE CONCESSION\n"
               "ENTRE LES SOUSSIGNÉS :\n"
               "La Commune de Val-de-Lorme, représentée par son Maire,\n"
               "Vu le contrat n° DSP-2019-04 du 2 mai 2019 ;\n"
               "IL A ÉTÉ CONVENU CE QUI SUIT :\n"
               "Article 1 – Objet\n"
               "La durée du contrat est prolongée d'un an.\n",
         .number = TT_NULL},
    };
#undef CONTRACT_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
    /* the contract's own number is no reference of itself */
    ex_call c;
    run_pipeline(&c, *state, rows[0].in);
    assert_int_equal(c.docs.n, 1);
    for (size_t k = 0; k < c.docs.v[0].references.n; k++)
        assert_null(c.docs.v[0].references.v[k].number);     /* (the code only) */
    ex_call_free(&c);
    /* ... nor behind OCR debris */
    run_pipeline(&c, *state, rows[4].in);
    assert_int_equal(c.docs.n, 1);
    for (size_t k = 0; k < c.docs.v[0].references.n; k++)
        assert_null(c.docs.v[0].references.v[k].number);
    ex_call_free(&c);
    /* the visa's contract is a reference */
    run_pipeline(&c, *state, rows[9].in);
    assert_int_equal(c.docs.n, 1);
    bool cited = false;
    for (size_t k = 0; k < c.docs.v[0].references.n; k++)
        cited |= c.docs.v[0].references.v[k].number && !strcmp(c.docs.v[0].references.v[k].number, "DSP-2019-04");
    assert_true(cited);
    ex_call_free(&c);
}

/* a recueil of décisions du maire: its cover ("RECUEIL DES DÉCISIONS DU
   MAIRE N° 2025-04", the number on the title line) is a document of its
   own, type other, up to the first "DÉCISION N°" heading; every decision
   is of type other (a later one too: not a délibération) and takes the
   cover's letterhead when it prints none of its own; the recueil's own
   number is no reference; a "recueil des décisions" named in a sentence
   is no cover */
static void test_recueil_decisions_cover(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE TRONGET\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "OBJET : Publication\n"
               "Recueil des décisions du maire : le Maire présente le recueil.\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : De publier le recueil.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char s[] =
        "VILLE DE CASSAGNES-SUR-OLT\n"
        "Hôtel de Ville – 8, boulevard du Lot – 46330 Cassagnes-sur-Olt\n"
        "\n"
        "              RECUEIL DES DÉCISIONS DU MAIRE N° 2025-04\n"
        "   prises par délégation du conseil municipal (article L. 2122-22 du CGCT)\n"
        "\n"
        "Le présent recueil rassemble les décisions prises par le Maire en vertu de\n"
        "la délégation que lui a consentie le conseil municipal par sa délibération\n"
        "n° 2020-028 du 10 juillet 2020.\n"
        "\n"
        "________________________________________________________________________________\n"
        "\n"
        "DÉCISION N° 2025-DEC-014\n"
        "Objet : Avenant n° 1 au marché de fourniture de repas\n"
        "\n"
        "Le Maire de Cassagnes-sur-Olt,\n"
        "Vu la délibération n° 2020-028 du 10 juillet 2020 ;\n"
        "\n"
        "DÉCIDE\n"
        "\n"
        "Article 1 : L'avenant n° 1 au marché susvisé est approuvé.\n"
        "\n"
        "Fait à Cassagnes-sur-Olt, le 6 octobre 2025\n"
        "Le Maire,\n"
        "Jean-Pierre LAFAGE\n"
        "\n"
        "________________________________________________________________________________\n"
        "\n"
        "DÉCISION N° 2025-DEC-015\n"
        "Objet : Convention d'occupation précaire du logement communal\n"
        "\n"
        "Le Maire de Cassagnes-sur-Olt,\n"
        "Vu la délibération n° 2020-028 du 10 juillet 2020 ;\n"
        "\n"
        "DÉCIDE\n"
        "\n"
        "Article 1 : Le logement est mis à disposition.\n"
        "\n"
        "Fait à Cassagnes-sur-Olt, le 20 octobre 2025\n"
        "Le Maire,\n"
        "Jean-Pierre LAFAGE\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 3);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_OTHER);
    assert_string_equal(d->number, "2025-04");
    assert_string_equal(d->title, "RECUEIL DES DÉCISIONS DU MAIRE N° 2025-04");
    assert_string_equal(d->collectivity, "VILLE DE CASSAGNES-SUR-OLT");
    assert_null(d->body);
    for (size_t i = 0; i < d->references.n; i++)
        assert_string_not_equal(d->references.v[i].kind, "decision");
    d = &c.docs.v[1];
    assert_int_equal(d->type, EX_DOC_OTHER);
    assert_int_equal(d->span.start, view_at(&c, "DÉCISION N° 2025-DEC-014", 0));
    assert_string_equal(d->number, "2025-DEC-014");
    assert_string_equal(d->collectivity, "VILLE DE CASSAGNES-SUR-OLT");
    d = &c.docs.v[2];
    assert_int_equal(d->type, EX_DOC_OTHER);
    assert_string_equal(d->number, "2025-DEC-015");
    assert_string_equal(d->collectivity, "VILLE DE CASSAGNES-SUR-OLT");
    assert_string_equal(d->body, "Le Maire");
    ex_call_free(&c);
}

/* an Objet line that goes on with a street number and its comma:
   "… logement communal situé" / "2, rue de l'Ancienne-Poste" is one
   title; "2, les crédits …" (no street) is no part of it */
static void test_objet_street_number(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION N° 2025-DEC-015\n"
               "Objet : Convention d'occupation précaire du logement communal situé\n"
               "2, rue de l'Ancienne-Poste\n"
               "\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : Le logement est mis à disposition.\n",
         .title = "Convention d'occupation précaire du logement communal situé 2, rue de l'Ancienne-Poste"},
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION N° 2025-DEC-015\n"
               "Objet : Convention d'occupation précaire du logement communal situé\n"
               "2, les crédits sont inscrits au budget\n"
               "\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : Le logement est mis à disposition.\n",
         .title = "Convention d'occupation précaire du logement communal situé"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a typewritten act all in capitals whose operative part is a dash
   list: the first verb of the list ("- APPROUVE LE PROJET …") is the
   decision verb, not the third dash's "DECIDE"; a dash line of a noun
   ("- SUBVENTION DU FONDS …") is none */
static void test_caps_dash_list_verb(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BRASSIGNY-LE-CHATEL\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
               "DELIBERATION N. 9/1987\n"
               "OBJET : ELECTRIFICATION RURALE\n"
               "\n"
               "LE PLAN DE FINANCEMENT EST LE SUIVANT :\n"
               "   - SUBVENTION DU FONDS D'AMORTISSEMENT DES CHARGES\n"
               "\n"
               "VU LE CODE DES COMMUNES, ET NOTAMMENT SON ARTICLE L. 121-29 ;\n"
               "\n"
               "APRES EN AVOIR DELIBERE, LE CONSEIL MUNICIPAL, A L'UNANIMITE,\n"
               "\n"
               "- APPROUVE LE PROJET DE RENFORCEMENT DU RESEAU BASSE TENSION ;\n"
               "- SOLLICITE DU F.A.C.E. LA SUBVENTION ;\n"
               "- DECIDE DE FINANCER LA PART COMMUNALE PAR UN EMPRUNT ;\n"
               "- DONNE TOUS POUVOIRS A MONSIEUR LE MAIRE.\n",
         .decision_verb = "APPROUVE"},
        {.in = "COMMUNE DE BRASSIGNY-LE-CHATEL\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
               "DELIBERATION N. 9/1987\n"
               "OBJET : ELECTRIFICATION RURALE\n"
               "\n"
               "VU LE CODE DES COMMUNES, ET NOTAMMENT SON ARTICLE L. 121-29 ;\n"
               "\n"
               "APRES EN AVOIR DELIBERE, LE CONSEIL MUNICIPAL, A L'UNANIMITE,\n"
               "\n"
               "- SUBVENTION DU FONDS D'AMORTISSEMENT DES CHARGES ;\n"
               "- DECIDE DE FINANCER LA PART COMMUNALE PAR UN EMPRUNT ;\n",
         .decision_verb = "DECIDE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a minutes' heading with a bare date line under it ("Vendredi 20 mars
   2026", no "Séance du"): the date line is part of the title, as a
   "Séance du …" line; a date line that goes on ("20 mars 2026 :
   ouverture …") is not */
static void test_pv_title_bare_date(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-AMANS-DE-LORGUE\n"
               "\n"
               "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL\n"
               "Vendredi 20 mars 2026\n"
               "\n"
               "L'an deux mille vingt-six, le vingt mars à vingt heures, les membres du conseil\n"
               "municipal se sont réunis à la mairie.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .title = "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL Vendredi 20 mars 2026"},
        {.in = "COMMUNE DE SAINT-AMANS-DE-LORGUE\n"
               "\n"
               "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL\n"
               "20 mars 2026 : ouverture de la séance par le doyen\n"
               "\n"
               "L'an deux mille vingt-six, le vingt mars à vingt heures, les membres du conseil\n"
               "municipal se sont réunis à la mairie.\n",
         .type = TT(EX_DOC_PROCES_VERBAL),
         .title = "PROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an act number with scan blanks after its hyphens: "2025-DEC- -016"
   (the hyphen doubled), "2025- DEC- 017" are read whole; "DÉCISION-N°"
   (a hyphen for the blank) is still the number line; a word after a
   hyphen and a blank ("2025-12- Tarifs") is no part of the number; a
   capitals prefix and its hyphen before a blank ("DP- 2026-041") joins
   the number after it; a hyphen glued to the sign ("N°-2026-03") is no
   part of it */
static void test_number_scan_blanks(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION N° 2025-DEC- -016\n"
               "Objet : Acceptation d'une indemnité de sinistre\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article unique : L'indemnité est acceptée.\n",
         .type = TT(EX_DOC_OTHER),
         .number = "2025-DEC-016"},
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION N° 2025- DEC- 017 -\n"
               "Objet : Défense de la commune\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article unique : La commune est défendue.\n",
         .number = "2025-DEC-017"},
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION-N° 2025-DEC-015 : .\n"
               "Objet : Convention d'occupation précaire\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article unique : La convention est signée.\n",
         .type = TT(EX_DOC_OTHER),
         .number = "2025-DEC-015"},
        {.in = "VILLE DE CASSAGNES-SUR-OLT\n"
               "DÉCISION N° 2025-12- Tarifs de la cantine\n"
               "Le Maire de Cassagnes-sur-Olt,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article unique : Les tarifs sont fixés.\n",
         .number = "2025-12"},
        /* a blank after the hyphen of a capitals prefix: "DP- 2026-041"
           (set AM, poor scan); not before a piece that is no number */
        {.in = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n"
               "DÉCISION DU PRÉSIDENT N° DP- 2026-041\n"
               "Objet : Attribution du marché de maintenance\n"
               "Le Président de la Communauté d'agglomération,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article unique : Le marché est attribué.\n",
         .type = TT(EX_DOC_OTHER),
         .number = "DP-2026-041"},
        {.in = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n"
               "DÉCISION DU PRÉSIDENT N° DP- 12mars\n"
               "Objet : Attribution du marché de maintenance\n"
               "Le Président de la Communauté d'agglomération,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article unique : Le marché est attribué.\n",
         .number = TT_NULL},
        /* a hyphen glued to the sign for its blank: "N°-2026-03" (the
           recueil number line, set AM poor scan); "N° 2026-03-B" keeps
           its inner hyphens */
        {.in = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n"
               "RECUEIL DES ACTES ADMINISTRATIFS\n"
               "N°-2026-03 – Mars 2026\n"
               "Décisions du Président prises par délégation du conseil communautaire\n",
         .number = "2026-03"},
        {.in = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n"
               "RECUEIL DES ACTES ADMINISTRATIFS\n"
               "N° 2026-03-B – Mars 2026\n"
               "Décisions du Président prises par délégation du conseil communautaire\n",
         .number = "2026-03-B"},
        /* a blank after an underscore (set BR, office scan): "DEL2026_
           031" read whole; not before a word */
        {.in = "COMMUNE DE SAINT-GENIÈS\n"
               "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
               "N° DEL2026_ 031\n"
               "Objet : Création de deux postes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : Deux postes sont créés.\n",
         .number = "DEL2026_031"},
        {.in = "COMMUNE DE SAINT-GENIÈS\n"
               "DÉLIBÉRATION DU CONSEIL MUNICIPAL\n"
               "N° DEL2026_ Tarifs\n"
               "Objet : Création de deux postes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : Deux postes sont créés.\n",
         .number = "DEL2026"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a décision whose act before it shows no signature (a scan lost it):
   the act is split at its OBJET line, its "DÉCISION N°" line above the
   label; it stays of type other (the number line says so), not a
   délibération read from its "DÉCIDE"; a "DÉLIBÉRATION N°" act split
   the same way keeps its type */
static void test_decision_split_at_objet(void **state)
{
    ex_call c;
    const char s[] =
        "VILLE DE CASSAGNES-SUR-OLT\n"
        "DÉCISION N° 2025-DEC-015\n"
        "Objet : Convention d'occupation précaire\n"
        "\n"
        "Le Maire de Cassagnes-sur-Olt,\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE\n"
        "Article 1 : Le logement est mis à disposition.\n"
        "\n"
        "DÉCISION N° 2025-DEC-016\n"
        "Objet : Acceptation d'une indemnité de sinistre\n"
        "\n"
        "Le Maire de Cassagnes-sur-Olt,\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE\n"
        "Article unique : L'indemnité est acceptée.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    assert_int_equal(c.docs.v[0].type, EX_DOC_OTHER);
    assert_int_equal(c.docs.v[1].type, EX_DOC_OTHER);
    assert_string_equal(c.docs.v[1].number, "2025-DEC-016");
    ex_call_free(&c);
}

/* "REGULIEREMENT CONVOQUE LE\nSEIZE MARS" (no year, the day and month on
   the next line) after a "Date de la convocation :" line: the séance's
   year, a date of the act (the convocation date stays the label's);
   negative: a day and month more than a month before is none */
static void test_convened_yearless_next_line(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VALMONT\n"
               "L'AN DEUX MILLE DIX, LE TROIS JUIN, LE CONSEIL MUNICIPAL, REGULIEREMENT CONVOQUE LE\n"
               "VINGT-HUIT MAI, S'EST REUNI SOUS LA PRESIDENCE DE M. Paul GIRARD, MAIRE.\n"
               VALMONT_ACT("12/2010", ""),
         .convened_y = TT(2010), .convened_m = TT(5), .convened_d = TT(28), .n_dates = TT(2)},
        {.in = "COMMUNE DE VALMONT\n"
               "Date de la convocation : 27 mai 2010\n"
               "L'AN DEUX MILLE DIX, LE TROIS JUIN, LE CONSEIL MUNICIPAL, REGULIEREMENT CONVOQUE LE\n"
               "VINGT-HUIT MAI, S'EST REUNI SOUS LA PRESIDENCE DE M. Paul GIRARD, MAIRE.\n"
               VALMONT_ACT("12/2010", ""),
         .convened_y = TT(2010), .convened_m = TT(5), .convened_d = TT(27), .n_dates = TT(3)},
        /* negative: two months before */
        {.in = "COMMUNE DE VALMONT\n"
               "Date de la convocation : 27 mai 2010\n"
               "L'AN DEUX MILLE DIX, LE TROIS JUIN, LE CONSEIL MUNICIPAL, REGULIEREMENT CONVOQUE LE\n"
               "DEUX AVRIL, S'EST REUNI SOUS LA PRESIDENCE DE M. Paul GIRARD, MAIRE.\n"
               VALMONT_ACT("12/2010", ""),
         .convened_y = TT(2010), .convened_m = TT(5), .convened_d = TT(27), .n_dates = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR lost the "EXTRAIT DU REGISTRE DES DELIBERATIONS" line: "DU
   CONSEIL MUNICIPAL" under the commune line names the assembly, no part
   of the collectivity ("COMMUNE DE X DU"); a name going on with "DU …"
   still joins */
static void test_collectivity_not_du_assembly(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BRASSIGNY-LE-CHATEL\n\n"
               "DU CONSEIL MUNICIPAL\n"
               "SEANCE DU 23 MARS 1987\n"
               "DELIBERATION N. 9/1987\n"
               "OBJET : TRAVAUX DE VOIRIE\n"
               "VU LE CODE DES COMMUNES ;\n"
               "DECIDE d'engager les travaux.\n",
         .collectivity = "COMMUNE DE BRASSIGNY-LE-CHATEL"},
        /* negative: a continuation of the name */
        {.in = "COMMUNAUTE DE COMMUNES\n"
               "DU VAL D'ARGENSON\n"
               "SEANCE DU 23 MARS 2024\n"
               "DELIBERATION N° 9/2024\n"
               "OBJET : TRAVAUX DE VOIRIE\n"
               "VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES ;\n"
               "DECIDE d'engager les travaux.\n",
         .collectivity = "COMMUNAUTE DE COMMUNES DU VAL D'ARGENSON"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: specks between "lieu" and "habituel" ("DANS LE LIEU: ee\nHABITUEL
   DE SES SEANCES, A LA MAIRIE"): the usual place is no place, the
   mairie after it is; negative: "dans le lieu-dit Les Ormes" is a place */
static void test_place_lieu_habituel_speck(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VALMONT\n"
               "L'AN DEUX MILLE DIX, LE TROIS JUIN, LE CONSEIL MUNICIPAL S'EST REUNI DANS LE LIEU: ee\n"
               "HABITUEL DE SES SEANCES, A LA MAIRIE, SOUS LA PRESIDENCE DE M. Paul GIRARD, MAIRE.\n"
               VALMONT_ACT("12/2010", ""),
         .session_place = "MAIRIE"},
        {.in = "COMMUNE DE VALMONT\n"
               "L'an deux mille dix, le trois juin, le conseil municipal s'est réuni dans la salle des fêtes\n"
               "du lieu-dit Les Ormes, sous la présidence de M. Paul GIRARD, Maire.\n"
               VALMONT_ACT("12/2010", ""),
         .session_place = "salle des fêtes du lieu-dit Les Ormes"},
        /* a comma speck standing apart after "LIEU" (it cut the part) */
        {.in = "COMMUNE DE VALMONT\n"
               "L'AN DEUX MILLE DIX, LE TROIS JUIN, LE CONSEIL MUNICIPAL S'EST REUNI DANS LE LIEU ,\n"
               "HABITUEL DE SES SEANCES, A LA MAIRIE, SOUS LA PRESIDENCE DE M. Paul GIRARD, MAIRE.\n"
               VALMONT_ACT("12/2010", ""),
         .session_place = "MAIRIE"},
        /* negative: no "habituel" after the comma: the part is kept */
        {.in = "COMMUNE DE VALMONT\n"
               "L'an deux mille dix, le trois juin, le conseil municipal s'est réuni dans le lieu ,\n"
               "salle des fêtes, sous la présidence de M. Paul GIRARD, Maire.\n"
               VALMONT_ACT("12/2010", ""),
         .session_place = "lieu , salle des fêtes"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_objet_dash_and_year),
        cmocka_unit_test(test_seance_year_ocr),
        cmocka_unit_test(test_convened_yearless),
        cmocka_unit_test(test_compte_rendu_is_minutes),
        cmocka_unit_test(test_verb_after_preamble),
        cmocka_unit_test(test_verb_numbered_list),
        cmocka_unit_test(test_signature_copy_mark),
        cmocka_unit_test(test_plenary_body_and_place),
        cmocka_unit_test(test_title_on_number_line),
        cmocka_unit_test(test_bare_items),
        cmocka_unit_test(test_hyphen_blank_in_capitals),
        cmocka_unit_test(test_number_lone_digit),
        cmocka_unit_test(test_convened_on_right_after),
        cmocka_unit_test(test_convened_on_convocation_du),
        cmocka_unit_test(test_title_block_ocr_tail),
        cmocka_unit_test(test_qualified_session_heading),
        cmocka_unit_test(test_hyphen_join),
        cmocka_unit_test(test_district_letterhead),
        cmocka_unit_test(test_pv_transcript_cg),
        cmocka_unit_test(test_town_deliberation_layouts),
        cmocka_unit_test(test_title_wrap_and_tally),
        cmocka_unit_test(test_arrete_title_subtitle),
        cmocka_unit_test(test_ca_university_eple_chambre),
        cmocka_unit_test(test_number_right_cell),
        cmocka_unit_test(test_number_tail_cell),
        cmocka_unit_test(test_verb_list),
        cmocka_unit_test(test_verb_list_rule_out),
        cmocka_unit_test(test_pv_first_verb),
        cmocka_unit_test(test_number_after_dash),
        cmocka_unit_test(test_annex_cites_own_number),
        cmocka_unit_test(test_council_comma_delibere_preamble),
        cmocka_unit_test(test_annex_stamp_own_date),
        cmocka_unit_test(test_annex_analysis_report),
        cmocka_unit_test(test_rapport_presidente_heading),
        cmocka_unit_test(test_other_language_labels),
        cmocka_unit_test(test_annex_stamp),
        cmocka_unit_test(test_section_de_commune),
        cmocka_unit_test(test_object_collectivity),
        cmocka_unit_test(test_pacific_issuer),
        cmocka_unit_test(test_seance_ocr_hyphen),
        cmocka_unit_test(test_key_ocr_dot),
        cmocka_unit_test(test_dollar_speck_clause),
        cmocka_unit_test(test_authority_comma_speck),
        cmocka_unit_test(test_seance_after_visas),
        cmocka_unit_test(test_prefect_issuer),
        cmocka_unit_test(test_public_body_decision),
        cmocka_unit_test(test_board_meeting_sentence),
        cmocka_unit_test(test_board_pv_verb_and_quoted_name),
        cmocka_unit_test(test_arrete_title_date),
        cmocka_unit_test(test_year_code_title),
        cmocka_unit_test(test_corse_and_prefect_letterhead),
        cmocka_unit_test(test_title_comma),
        cmocka_unit_test(test_collectivity_register_page),
        cmocka_unit_test(test_title_double_spaced),
        cmocka_unit_test(test_clause_semicolon_line),
        cmocka_unit_test(test_signature_columns_roles),
        cmocka_unit_test(test_signature_speck_gap),
        cmocka_unit_test(test_signature_noise_word),
        cmocka_unit_test(test_place_ocr_specks),
        cmocka_unit_test(test_first_line_paren_speck),
        cmocka_unit_test(test_number_colon_for_hyphen),
        cmocka_unit_test(test_signature_ocr_garbles),
        cmocka_unit_test(test_signature_running_name),
        cmocka_unit_test(test_ocr_visa_speck_and_glued_role),
        cmocka_unit_test(test_recueil_numlines),
        cmocka_unit_test(test_verb_unanimity),
        cmocka_unit_test(test_vu_comma_and_particle_name),
        cmocka_unit_test(test_place_room),
        cmocka_unit_test(test_place_room_after_comma),
        cmocka_unit_test(test_convocation_label_ocr),
        cmocka_unit_test(test_recueil_cover),
        cmocka_unit_test(test_bis_rapport),
        cmocka_unit_test(test_convention_number),
        cmocka_unit_test(test_list_of_deliberations),
        cmocka_unit_test(test_role_preposition),
        cmocka_unit_test(test_role_interesse),
        cmocka_unit_test(test_trim_junk),
        cmocka_unit_test(test_heading_debris),
        cmocka_unit_test(test_heading_debris_glued),
        cmocka_unit_test(test_heading_debris_tail_word),
        cmocka_unit_test(test_entre_junk),
        cmocka_unit_test(test_unit_junk_tail),
        cmocka_unit_test(test_authority_speck_dot),
        cmocka_unit_test(test_organism_letterhead),
        cmocka_unit_test(test_body_assembly_over_service),
        cmocka_unit_test(test_title_block_under_number),
        cmocka_unit_test(test_letterhead_joined_columns),
        cmocka_unit_test(test_letterhead_twin_blocks),
        cmocka_unit_test(test_number_letters_prefix),
        cmocka_unit_test(test_dcm_affaire),
        cmocka_unit_test(test_body_arrondissement),
        cmocka_unit_test(test_body_printed_line),
        cmocka_unit_test(test_body_commission),
        cmocka_unit_test(test_collectivity_sdis_cias),
        cmocka_unit_test(test_delegated_council_two_acts),
        cmocka_unit_test(test_second_convocation),
        cmocka_unit_test(test_pv_title_centred_session),
        cmocka_unit_test(test_pv_council_subject_verb),
        cmocka_unit_test(test_letterhead_joined_affiche),
        cmocka_unit_test(test_place_capitals_no_accent),
        cmocka_unit_test(test_collectivity_mixed_two_lines),
        cmocka_unit_test(test_first_person_arrete),
        cmocka_unit_test(test_accented_verb_line),
        cmocka_unit_test(test_session_label_block),
        cmocka_unit_test(test_objet_paren_and_dash),
        cmocka_unit_test(test_spaced_verb),
        cmocka_unit_test(test_spaced_label),
        cmocka_unit_test(test_spaced_convention_title),
        cmocka_unit_test(test_arrete_qualifier_number),
        cmocka_unit_test(test_collectivity_departement),
        cmocka_unit_test(test_collectivity_ocr_column),
        cmocka_unit_test(test_body_right_cell),
        cmocka_unit_test(test_collectivity_ocr_repair),
        cmocka_unit_test(test_collectivity_petr),
        cmocka_unit_test(test_decision_title_block),
        cmocka_unit_test(test_eple_act),
        cmocka_unit_test(test_session_date_in_sentence),
        cmocka_unit_test(test_body_commission_under_council),
        cmocka_unit_test(test_place_under_date_line),
        cmocka_unit_test(test_place_participle_next_line),
        cmocka_unit_test(test_fait_a_ocr_le),
        cmocka_unit_test(test_fait_en_exemplaires),
        cmocka_unit_test(test_contract_number),
        cmocka_unit_test(test_recueil_decisions_cover),
        cmocka_unit_test(test_objet_street_number),
        cmocka_unit_test(test_caps_dash_list_verb),
        cmocka_unit_test(test_pv_title_bare_date),
        cmocka_unit_test(test_number_scan_blanks),
        cmocka_unit_test(test_decision_split_at_objet),
        cmocka_unit_test(test_convened_yearless_next_line),
        cmocka_unit_test(test_collectivity_not_du_assembly),
        cmocka_unit_test(test_place_lieu_habituel_speck),
        cmocka_unit_test(test_seance_opening_date),
        cmocka_unit_test(test_releve_decisions),
        cmocka_unit_test(test_paris_avis),
        cmocka_unit_test(test_number_ocr_o_for_zero),
        cmocka_unit_test(test_bt_titles_annex),
        cmocka_unit_test(test_bx_heading),
        cmocka_unit_test(test_wrapped_assembly),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
