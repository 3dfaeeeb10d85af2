/* test_segment.c - stage segment: acts, issuer, number, title, session,
   clauses, decision, articles, signatures, PV items. */
#include "testutil.h"

#include <stdio.h>

static const char DELIB[] =
    "DEPARTEMENT DU PAS-DE-CALAIS\n"
    "\n"
    "DELIBERATION DE LA COMMISSION PERMANENTE\n"
    "DU CONSEIL DEPARTEMENTAL\n"
    "\n"
    "REUNION DU 17 OCTOBRE 2022\n"
    "\n"
    "Étaient présents : M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA.\n"
    "\n"
    "STRATÉGIE DE PRÉVENTION ET DE LUTTE CONTRE LA PAUVRETÉ DANS LE\n"
    "PAS-DE-CALAIS - ENGAGEMENT DU\n"
    "\n"
    "DÉPARTEMENT AU TITRE DE 2022\n"
    "\n"
    "(N°2022-418)\n"
    "\n"
    "La Commission Permanente du Conseil départemental du Pas-de-Calais,\n"
    "\n"
    "Vu le Code Général des Collectivités Territoriales et notamment ses articles L.3121-14,\n"
    "L.3121-14-1 et L.3211-2 ;\n"
    "Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 « Délégation\n"
    "d’attributions à la Commission Permanente » ;\n"
    "Considérant que les crédits sont inscrits au budget ;\n"
    "\n"
    "Après en avoir délibéré,\n"
    "\n"
    "DECIDE :\n"
    "\n"
    "Article 1     :\n"
    "\n"
    "D’autoriser le Président du Conseil départemental à signer la convention.\n"
    " Article 2     :\n"
    "\n"
    "D’approuver le plan de financement.\n"
    "\n"
    "Dans les conditions de vote ci-dessous :\n"
    "Pour  :  42 voix\n"
    "(Adopté)\n"
    "\n"
    "LE PRESIDENT DU CONSEIL DEPARTEMENTAL,\n"
    "\n"
    "Jean-Claude LEROY\n"
    "\n"
    "ARRAS, le 17 octobre 2022\n"
    "\n"
    "Pour le Président du Conseil départemental,\n"
    "La Directrice Générale des Services,\n"
    "\n"
    "Signé\n"
    "\n"
    "Maryline VINCLAIRE\n";

static void test_deliberation(void **state)
{
    ex_call c;
    run_pipeline(&c, *state, DELIB);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_int_equal(d->span.start, 0);
    assert_int_equal(d->span.end, c.text.len);
    assert_string_equal(d->collectivity, "DEPARTEMENT DU PAS-DE-CALAIS");
    assert_string_equal(d->body, "COMMISSION PERMANENTE DU CONSEIL DEPARTEMENTAL");
    assert_string_equal(d->number, "2022-418");
    assert_string_equal(d->title, "STRATÉGIE DE PRÉVENTION ET DE LUTTE CONTRE LA PAUVRETÉ DANS LE "
                                  "PAS-DE-CALAIS - ENGAGEMENT DU DÉPARTEMENT AU TITRE DE 2022");
    /* visas: one clause per "Vu", rejoined across lines */
    assert_int_equal(d->visas.n, 2);
    assert_string_equal(d->visas.v[0].text, "Vu le Code Général des Collectivités Territoriales et "
                                            "notamment ses articles L.3121-14, L.3121-14-1 et L.3211-2 ;");
    assert_span_from_to(&c, d->visas.v[0].span, "Vu le Code Général", "L.3211-2 ;");
    assert_span_from_to(&c, d->visas.v[1].span, "Vu la délibération", "Permanente » ;");
    assert_int_equal(d->considerants.n, 1);
    assert_string_equal(d->considerants.v[0].text, "Considérant que les crédits sont inscrits au budget ;");
    assert_string_equal(d->decision_verb, "DECIDE");
    assert_span_first(&c, d->decision_span, "DECIDE");
    /* articles: span from the heading, text is the body */
    assert_int_equal(d->articles.n, 2);
    assert_string_equal(d->articles.v[0].number, "1");
    assert_null(d->articles.v[0].heading);
    assert_string_equal(d->articles.v[0].text,
                        "D’autoriser le Président du Conseil départemental à signer la convention.");
    assert_span_from_to(&c, d->articles.v[0].span, "Article 1", "signer la convention.");
    assert_string_equal(d->articles.v[1].number, "2");
    /* article 2 ends before the vote block */
    assert_span_from_to(&c, d->articles.v[1].span, "Article 2", "plan de financement.");
    /* signatures: role lines joined, trailing comma dropped; place/date
       line applies to both */
    assert_int_equal(d->signatures.n, 2);
    assert_string_equal(d->signatures.v[0].role, "LE PRESIDENT DU CONSEIL DEPARTEMENTAL");
    assert_string_equal(d->signatures.v[0].name, "Jean-Claude LEROY");
    assert_string_equal(d->signatures.v[0].place, "ARRAS");
    assert_string_equal(d->signatures.v[1].role,
                        "Pour le Président du Conseil départemental, La Directrice Générale des Services");
    assert_string_equal(d->signatures.v[1].name, "Maryline VINCLAIRE");
    assert_string_equal(d->signatures.v[1].place, "ARRAS");
    assert_span_from_to(&c, d->signatures.v[1].span, "Pour le Président", "Maryline VINCLAIRE");
    ex_call_free(&c);
}

/* a deliberation followed by its annexed convention: two documents that
   tile the file */
static void test_two_acts(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE TRONGET\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
        "DU CONSEIL MUNICIPAL\n"
        "Séance du 12 octobre 2023\n"
        "Délibération n° 2023-36\n"
        "Objet : Convention de mise à disposition de la salle polyvalente avec\n"
        "l'association des parents d'élèves\n"
        "Le Maire expose le projet de convention.\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "Le Conseil Municipal, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "- d'approuver la convention annexée.\n"
        "Adopté à l'unanimité.\n"
        "Fait à Tronget, le 13 octobre 2023\n"
        "Le Maire,\n"
        "\n"
        "Gérard TESSIER\n"
        "\n"
        "CONVENTION DE MISE À DISPOSITION\n"
        "DE LA SALLE POLYVALENTE\n"
        "Entre :\n"
        "La Commune de Tronget, représentée par son Maire,\n"
        "Et :\n"
        "L'association des parents d'élèves,\n"
        "Il est convenu ce qui suit :\n"
        "ARTICLE 1 – OBJET DE LA CONVENTION\n"
        "La commune met la salle à disposition.\n"
        "4.1 Les horaires sont fixés par le Maire.\n"
        "ARTICLE 2 – DURÉE\n"
        "La convention est conclue pour un an.\n"
        "Fait à Tronget, le\n"
        "Pour la Commune,\n"
        "Le Maire,\n"
        "\n"
        "Pour l'association,\n"
        "La Présidente,\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    const ex_document *d = &c.docs.v[0], *v = &c.docs.v[1];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_int_equal(v->type, EX_DOC_CONVENTION);
    assert_int_equal(d->span.start, 0);
    assert_int_equal(d->span.end, v->span.start);
    assert_int_equal(v->span.start, view_at(&c, "CONVENTION DE MISE", 0));
    assert_int_equal(v->span.end, c.text.len);
    assert_string_equal(d->collectivity, "COMMUNE DE TRONGET");
    assert_string_equal(d->body, "CONSEIL MUNICIPAL");
    assert_string_equal(d->number, "2023-36");
    assert_string_equal(d->title, "Convention de mise à disposition de la salle polyvalente avec "
                                  "l'association des parents d'élèves");
    assert_string_equal(d->decision_verb, "DÉCIDE");
    assert_int_equal(d->signatures.n, 1);
    assert_string_equal(d->signatures.v[0].name, "Gérard TESSIER");
    assert_string_equal(d->signatures.v[0].place, "Tronget");

    /* the convention: first party gives the collectivity, articles with
       headings, "4.1" stays inside article 1 */
    assert_string_equal(v->title, "CONVENTION DE MISE À DISPOSITION DE LA SALLE POLYVALENTE");
    assert_string_equal(v->collectivity, "Commune de Tronget");
    assert_string_equal(v->decision_verb, "Il est convenu ce qui suit");
    assert_int_equal(v->articles.n, 2);
    assert_string_equal(v->articles.v[0].heading, "OBJET DE LA CONVENTION");
    assert_string_equal(v->articles.v[0].text,
                        "La commune met la salle à disposition. 4.1 Les horaires sont fixés par le Maire.");
    assert_string_equal(v->articles.v[1].number, "2");
    assert_string_equal(v->articles.v[1].heading, "DURÉE");
    /* two roles, no names: name null, place from "Fait à" */
    assert_int_equal(v->signatures.n, 2);
    assert_string_equal(v->signatures.v[0].role, "Pour la Commune, Le Maire");
    assert_null(v->signatures.v[0].name);
    assert_string_equal(v->signatures.v[0].place, "Tronget");
    assert_int_equal(v->signatures.v[0].date.y, 0);
    ex_call_free(&c);
}

/* a vote sentence after the last article ends it, as "Adopté à
   l'unanimité." does: "Le conseil municipal adopte la délibération à
   l'unanimité."; "Le conseil municipal adopte le budget …" inside an
   article is no vote (a decision) and stays in it */
static void test_vote_sentence_council_adopts(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "DÉLIBÉRATION N° 2025-072\n"
               "Objet : Demande de subvention DETR\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n"
               "\n"
               "Article 2 : D'autoriser le Maire à signer toute pièce.\n"
               "\n"
               "Le conseil municipal adopte la délibération à l'unanimité.\n"
               "\n"
               "Fait à Saint-Oswin, le 16 octobre 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .n_articles = TT(2),
         .articles = {[1] = {.number = "2", .text = "D'autoriser le Maire à signer toute pièce."}}},
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "DÉLIBÉRATION N° 2025-073\n"
               "Objet : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : Le budget est présenté.\n"
               "\n"
               "Le conseil municipal adopte le budget primitif 2025.\n"
               "\n"
               "Fait à Saint-Oswin, le 16 octobre 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .n_articles = TT(1),
         .articles = {[0] = {.number = "1",
                             .text = "Le budget est présenté. Le conseil municipal adopte le budget primitif 2025."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a place/date line without "Fait à" whose date is in words:
   "Orbagny-sur-Lizon, le vingt-quatre novembre deux mille vingt-cinq"
   gives the signature's place and date (with figures it did already);
   "Le Président, le conseil entendu" is no place/date line */
static void test_bare_place_date_words(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNAUTÉ DE COMMUNES DU LIZON\n"
               "Délibération n° 2025-098\n"
               "Objet : Fonds de concours\n"
               "Le conseil communautaire, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : D'attribuer le fonds de concours.\n"
               "\n"
               "Pour extrait conforme,\n"
               "Orbagny-sur-Lizon, le vingt-quatre novembre deux mille vingt-cinq\n"
               "\n"
               "Le Président,\n"
               "Bernard JACQUEMIN\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.name = "Bernard JACQUEMIN", .place = "Orbagny-sur-Lizon", .y = TT(2025), .m = TT(11), .d = TT(24)}}},
        /* the same after "À": the place without it */
        {.in = "COMMUNE DE LA CHAPELLE\n"
               "Délibération n° 2024-019\n"
               "Objet : Travaux\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver les travaux.\n"
               "\n"
               "À La Chapelle-aux-Frênes, le quatorze mars deux mille vingt-quatre.\n"
               "\n"
               "Le Maire,\n"
               "Jean DUPUIS\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.place = "La Chapelle-aux-Frênes", .d = TT(14)}}},
        /* "Pour extrait certifié conforme," over "À X, le …" (no
           "Fait"): the last article ends before it */
        {.in = "SYNDICAT MIXTE D'EAU\n"
               "Délibération n° 27/2026\n"
               "Objet : Tarifs\n"
               "Le Comité syndical, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 – Les tarifs sont fixés.\n"
               "\n"
               "Article 2 – Le Président est chargé de l'exécution de la présente délibération.\n"
               "\n"
               "Pour extrait certifié conforme,\n"
               "À Sauvagnac, le 27 novembre 2026\n"
               "\n"
               "Le Président,\n"
               "Roland ALBOUY\n",
         .ndocs = TT(1), .n_articles = TT(2),
         .articles = {[1] = {.number = "2", .text = "Le Président est chargé de l'exécution de la présente délibération."}},
         .signatures = {[0] = {.place = "Sauvagnac", .d = TT(27)}}},
        /* not so: "pour extrait" inside the article's sentence */
        {.in = "SYNDICAT MIXTE D'EAU\n"
               "Délibération n° 27/2026\n"
               "Objet : Tarifs\n"
               "Le Comité syndical, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 – Le Président délivre les copies\n"
               "pour extrait certifié conforme aux communes.\n"
               "\n"
               "À Sauvagnac, le 27 novembre 2026\n"
               "\n"
               "Le Président,\n"
               "Roland ALBOUY\n",
         .ndocs = TT(1), .n_articles = TT(1),
         .articles = {[0] = {.number = "1", .text = "Le Président délivre les copies pour extrait certifié conforme aux communes."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    /* the words after "le" are no day then a month: no place */
    const char u[] =
        "COMMUNAUTÉ DE COMMUNES DU LIZON\n"
        "Délibération n° 2025-098\n"
        "Objet : Fonds de concours\n"
        "Le conseil communautaire, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "Article 1 : D'attribuer le fonds de concours.\n"
        "\n"
        "Orbagny-sur-Lizon, le deux conseillers étant partis\n"
        "\n"
        "Le Président,\n"
        "Bernard JACQUEMIN\n";
    run_pipeline(&c, *state, u);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_true(d->signatures.n >= 1);
    assert_null(d->signatures.v[0].place);
    ex_call_free(&c);
}

/* two délibérations in one file, the letterhead printed once at its top:
   the first act's filing stamp under its signature ("Transmis en
   préfecture le …" / "Identifiant : …-DE") is that act's (the second
   starts at its own label), and the second act, of the same séance,
   takes the letterhead's collectivity (assemble.c inherit_session()) */
static void test_two_acts_stamp_issuer(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE SAINT-OSWIN\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "\n"
        "DÉLIBÉRATION N° 2025-071\n"
        "Séance du mardi 14 octobre 2025\n"
        "Objet : Tarifs de la cantine\n"
        "Le conseil municipal, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "Article 1 : Les tarifs sont fixés.\n"
        "La délibération est adoptée.\n"
        "Saint-Oswin, le 16 octobre 2025\n"
        "La Maire,\n"
        "Odile PERRIN\n"
        "\n"
        "Transmis en préfecture le 17/10/2025 – Publié le 17/10/2025\n"
        "Identifiant : 051-215103219-20251014-2025071-DE\n"
        "\n"
        "DÉLIBÉRATION N° 2025-072\n"
        "Séance du mardi 14 octobre 2025\n"
        "Objet : Demande de subvention\n"
        "Le conseil municipal, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "Article 1 : La subvention est demandée.\n"
        "La délibération est adoptée.\n"
        "Saint-Oswin, le 16 octobre 2025\n"
        "La Maire,\n"
        "Odile PERRIN\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    const ex_document *d = &c.docs.v[0], *v = &c.docs.v[1];
    assert_int_equal(v->span.start, view_at(&c, "DÉLIBÉRATION N° 2025-072", 0));
    assert_true(d->span.end > view_at(&c, "Identifiant", 0));
    assert_string_equal(d->collectivity, "COMMUNE DE SAINT-OSWIN");
    assert_string_equal(v->collectivity, "COMMUNE DE SAINT-OSWIN");
    assert_string_equal(v->number, "2025-072");
    ex_call_free(&c);
}

/* two procès-verbaux in one file, the letterhead printed once at its
   top: the second, of the same body, names no collectivity and takes
   the letterhead's (assemble.c inherit_collectivity()); a second one
   with a letterhead of its own keeps it, and one of another body takes
   nothing */
static const char pv_first[] =
    "COMMUNAUTÉ DE COMMUNES DU VAL DE BRÈZE\n"
    "Siège : 3, avenue de la Gare – 11390 Castelnou\n"
    "\n"
    "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\n"
    "DU MERCREDI 3 JUIN 2026\n"
    "\n"
    "L'an deux mille vingt-six, le trois juin à vingt heures, le conseil\n"
    "communautaire s'est réuni sous la présidence de M. Jean MARTY, Président.\n"
    "Mme Anne FABRE est désignée secrétaire de séance.\n"
    "1. Délibération n° 2026-041 : Tarifs de la piscine\n"
    "Le conseil communautaire FIXE les tarifs.\n"
    "Vote : adoptée à l'unanimité.\n"
    "La séance est levée à vingt et une heures.\n"
    "\n"
    "Le Président,\n"
    "Jean MARTY\n"
    "\n";

static void second_pv(void **state, const char *second, const char *want)
{
    ex_call c;
    char s[4096];
    snprintf(s, sizeof s, "%s%s", pv_first, second);
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    assert_string_equal(c.docs.v[0].collectivity, "COMMUNAUTÉ DE COMMUNES DU VAL DE BRÈZE");
    if (want) {
        assert_non_null(c.docs.v[1].collectivity);
        assert_string_equal(c.docs.v[1].collectivity, want);
    }
    else
        assert_null(c.docs.v[1].collectivity);
    ex_call_free(&c);
}

static void test_two_pv_letterhead_once(void **state)
{
    static const char body[] =
        "DU MERCREDI 17 JUIN 2026\n"
        "\n"
        "L'an deux mille vingt-six, le dix-sept juin à dix-huit heures, le conseil\n"
        "communautaire s'est réuni sous la présidence de M. Jean MARTY, Président.\n"
        "M. Paul CROS est désigné secrétaire de séance.\n"
        "2. Délibération n° 2026-043 : Tarifs de l'école de musique\n"
        "Le conseil communautaire FIXE les tarifs.\n"
        "Vote : adoptée à l'unanimité.\n"
        "La séance est levée à vingt heures.\n"
        "\n"
        "Le Président,\n"
        "Jean MARTY\n";
    char s[2048];
    /* the same body, no letterhead: the file's */
    snprintf(s, sizeof s, "PROCÈS-VERBAL DE LA SÉANCE DE REPRISE DU CONSEIL COMMUNAUTAIRE\n%s", body);
    second_pv(state, s, "COMMUNAUTÉ DE COMMUNES DU VAL DE BRÈZE");
    /* a letterhead of its own: kept */
    snprintf(s, sizeof s, "COMMUNAUTÉ DE COMMUNES DU HAUT-ORBIEU\n\n"
             "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE\n%s", body);
    second_pv(state, s, "COMMUNAUTÉ DE COMMUNES DU HAUT-ORBIEU");
    /* another body: nothing taken */
    snprintf(s, sizeof s, "PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL\n%s", body);
    second_pv(state, s, NULL);
}

static void test_arrete(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE\n"
               "BERNIÈRES-LA-VALLÉE\n"
               "\n"
               "ARRÊTÉ MUNICIPAL N° 2024-087\n"
               "portant réglementation temporaire du stationnement\n"
               "rue du Général Leclerc\n"
               "Le Maire de la Commune de Bernières-la-Vallée,\n"
               "Vu le Code de la route ;\n"
               "Considérant qu'il appartient au Maire de prendre toutes mesures ;\n"
               "\n"
               "ARRÊTE\n"
               "Article premier : Le stationnement est interdit.\n"
               "Art. 2 : La circulation est alternée.\n"
               "ARTICLE 3 – Le présent arrêté sera affiché.\n"
               "Fait à Bernières-la-Vallée, le 26 février 2024\n"
               "Le Maire,\n"
               "\n"
               "Philippe LEBRETON\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .collectivity = "VILLE DE BERNIÈRES-LA-VALLÉE",
         .body = "Le Maire",
         .number = "2024-087",
         .title = "portant réglementation temporaire du stationnement rue du Général Leclerc",
         .n_visas = TT(1),
         .n_considerants = TT(1),
         .decision_verb = "ARRÊTE",
         .n_articles = TT(3),
         .n_signatures = TT(1),
         .articles = {[0] = {.number = "1", .text = "Le stationnement est interdit."},
                       [1] = {.number = "2"},
                       [2] = {.number = "3", .heading = TT_NULL, .text = "Le présent arrêté sera affiché."}},
         .signatures = {[0] = {.role = "Le Maire", .name = "Philippe LEBRETON", .place = "Bernières-la-Vallée"}}},
        /* article numbers as ordinal words, capitals or not */
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "ARRÊTÉ N° 2025-014\n"
               "portant fermeture d'un chemin rural\n"
               "Le Maire,\n"
               "Vu le Code rural ;\n"
               "ARRÊTE\n"
               "ARTICLE PREMIER. – Le chemin est fermé.\n"
               "ARTICLE DEUXIÈME. – Une déviation est mise en place.\n"
               "Article troisième : Le présent arrêté sera affiché.\n"
               "ARTICLE DIXIÈME – Exécution.\n"
               "Fait à Saint-Oswin, le 3 mars 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .n_articles = TT(4),
         .articles = {[0] = {.number = "1", .text = "Le chemin est fermé."},
                      [1] = {.number = "2", .text = "Une déviation est mise en place."},
                      [2] = {.number = "3", .text = "Le présent arrêté sera affiché."},
                      [3] = {.number = "10", .text = "Exécution."}}},
        /* article numbers as cardinal words ("ARTICLE UN", "ARTICLE
           DEUX") and roman numerals ("ARTICLE III"); "Article deux du
           présent arrêté" (lower case after the number) stays prose */
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "ARRÊTÉ N° 1996-014\n"
               "portant fermeture d'un chemin rural\n"
               "Le Maire,\n"
               "Vu le Code rural ;\n"
               "ARRETE\n"
               "ARTICLE UN : Le chemin est fermé.\n"
               "ARTICLE DEUX : Une déviation est mise en place.\n"
               "Article deux du présent arrêté reste applicable.\n"
               "ARTICLE III - Le présent arrêté sera affiché.\n"
               "Fait à Saint-Oswin, le 3 mars 1996\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .n_articles = TT(3),
         .articles = {[0] = {.number = "1", .text = "Le chemin est fermé."},
                      [1] = {.number = "2", .text = "Une déviation est mise en place. Article deux du présent "
                                                    "arrêté reste applicable."},
                      [2] = {.number = "3", .text = "Le présent arrêté sera affiché."}}},
        /* "RAPPORT DE LA <BODY> N° X" centred: a rapport and its number */
        {.in = "COMMUNAUTÉ DE COMMUNES DU VAL D'ORBE\n"
               "\n"
               "              RAPPORT DE LA COMMISSION DES FINANCES N° 2025-07\n"
               "\n"
               "Objet : Examen du budget annexe de l'assainissement\n"
               "\n"
               "La commission a examiné le projet de budget annexe.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_RAPPORT),
         .number = "2025-07"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a typewriter's signature block in capitals: "A PLACE, LE <date>" is
   its place and date, the name in capitals right under the role names
   it; "M. LE MAIRE" inside a decision line is no role of a signature */
static void test_signature_capitals(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-OUEN-LES-BOIS\n"
               "\n"
               "DELIBERATION DU CONSEIL MUNICIPAL\n"
               "SEANCE DU 3 AVRIL 1998\n"
               "\n"
               "LE CONSEIL MUNICIPAL, APRES EN AVOIR DELIBERE,\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- DE VENDRE LE TERRAIN COMMUNAL ;\n"
               "\n"
               "- D'AUTORISER M. LE MAIRE A SIGNER L'ACTE DE VENTE\n"
               "  ET TOUTES PIECES S'Y RAPPORTANT.\n"
               "\n"
               "                     POUR EXTRAIT CONFORME,\n"
               "                     A SAINT-OUEN-LES-BOIS, LE 6 AVRIL 1998\n"
               "                     LE MAIRE,\n"
               "                     JEAN-LUC DE LA MOTTE\n",
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "LE MAIRE", .name = "JEAN-LUC DE LA MOTTE", .place = "SAINT-OUEN-LES-BOIS"}}},
        /* a role's continuation line in capitals ending with a comma is
           no name (the role itself is not checked here) */
        {.in = "COMMUNE DE SAINT-OUEN-LES-BOIS\n"
               "\n"
               "DELIBERATION DU CONSEIL MUNICIPAL\n"
               "SEANCE DU 3 AVRIL 1998\n"
               "\n"
               "LE CONSEIL MUNICIPAL, APRES EN AVOIR DELIBERE,\n"
               "\n"
               "DECIDE :\n"
               "\n"
               "- D'AUTORISER MME LA PRESIDENTE A SIGNER LA CONVENTION.\n"
               "\n"
               "FAIT A SAINT-OUEN-LES-BOIS, LE 6 AVRIL 1998\n"
               "LE PRESIDENT DU SYNDICAT\n"
               "INTERCOMMUNAL DES EAUX,\n",
         .n_signatures = TT(1),
         .signatures = {[0] = {.name = TT_NULL, .place = "SAINT-OUEN-LES-BOIS"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a page footer ("Page 1/2", a page counter) ends the previous act: the
   short line above it is not the next act's header */
static void test_footer_ends_act(void **state)
{
    static const char *const footers[] = {
        "Page 1/2\n",
        "Recueil des actes administratifs                              1/2\n",
    };
    for (size_t k = 0; k < sizeof footers / sizeof footers[0]; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "ARRÊTÉ MUNICIPAL N° 2024-12\n"
                 "portant fermeture du stade\n"
                 "Le Maire de la Commune de Tronget,\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "ARRÊTE\n"
                 "Article 1 : Le stade est fermé.\n"
                 "Fait à Tronget, le 5 mars 2024\n"
                 "Le Maire,\n"
                 "Gérard TESSIER\n"
                 "Transmis au contrôle de légalité\n"
                 "%s"
                 "Service des sports\n"
                 "ARRÊTÉ MUNICIPAL N° 2024-13\n"
                 "portant ouverture du gymnase\n"
                 "Le Maire de la Commune de Tronget,\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "ARRÊTE\n"
                 "Article 1 : Le gymnase est ouvert.\n"
                 "Fait à Tronget, le 6 mars 2024\n"
                 "Le Maire,\n"
                 "Gérard TESSIER\n"
                 "%s",
                 footers[k], k ? "Recueil des actes administratifs                              2/2\n"
                               : "Page 2/2\n");
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 2);
        assert_int_equal(c.docs.v[1].span.start, view_at(&c, "Service des sports", 0));
        assert_int_equal(c.docs.v[0].span.end, c.docs.v[1].span.start);
        ex_call_free(&c);
    }
}

/* a région's "RAPPORT DU PRÉSIDENT N° 12" printed before the délibération
   voted on it: its closing formula "Je vous prie de bien vouloir en
   délibérer." and signature end it; the letterhead printed again and
   "DÉLIBÉRATION N° …" on the next page open the act (its own number).
   The letterhead "RÉGION X" repeated at each act's top (a running header
   for lines.c) still names the collectivity; "un comité, réuni au moins
   une fois par an" in the rapport's prose is no séance place.  Without
   the formula (a scan lost it), a numbered "DÉLIBÉRATION N° …" opening
   the next page splits too; without either the rapport heading keeps
   the whole text (as before). */
static void test_rapport_before_deliberation(void **state)
{
    static const char head[] =
        "RÉGION LITTORAL-ET-PIÉMONTS\n"
        "Hôtel de Région – 14, cours Aristide-Briand – CS 81383\n"
        "\n"
        "CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE\n"
        "Réunion du jeudi 25 juin 2026\n"
        "\n"
        "RAPPORT DU PRÉSIDENT N° 12\n"
        "\n"
        "OBJET : ADOPTION DU SCHÉMA RÉGIONAL DU VÉLO\n"
        "\n"
        "Mesdames, Messieurs,\n"
        "\n"
        "Le suivi du schéma sera assuré par un comité régional du vélo, réuni au moins une fois par\n"
        "an, qui présentera un bilan devant notre Assemblée en 2029.\n"
        "\n"
        "Je vous propose d'adopter le schéma.\n"
        "\n";
    static const char closing[] =
        "Je vous prie de bien vouloir en délibérer.\n"
        "\n"
        "Le Président du Conseil régional,\n"
        "\n"
        "Julien MARTY-LACOMBE\n"
        "\n";
    static const char delib[] =
        "Région Littoral-et-Piémonts – AP du 25/06/2026 – Rapport n° 12          1/2\n"
        "\f"
        "RÉGION LITTORAL-ET-PIÉMONTS\n"
        "\n"
        "CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE\n"
        "Réunion du jeudi 25 juin 2026\n"
        "\n"
        "DÉLIBÉRATION N° AP-2026-06-0112\n"
        "\n"
        "OBJET : ADOPTION DU SCHÉMA RÉGIONAL DU VÉLO\n"
        "\n"
        "Le Conseil régional, régulièrement convoqué le 9 juin 2026, s'est\n"
        "réuni en assemblée plénière le jeudi 25 juin 2026 à l'Hôtel de Région, sous la présidence\n"
        "de M. Julien MARTY-LACOMBE, Président du Conseil régional.\n"
        "\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1 : Le schéma est adopté.\n"
        "\n"
        "Pour : 84 voix – Contre : 21 voix – Abstention : 12 voix\n"
        "La délibération est adoptée.\n"
        "\n"
        "Fait à Bordemont, le 25 juin 2026\n"
        "\n"
        "Le Président du Conseil régional,\n"
        "\n"
        "Julien MARTY-LACOMBE\n"
        "\n"
        "Région Littoral-et-Piémonts – AP du 25/06/2026 – Délibération          2/2\n";
    for (int k = 0; k < 3; k++) {
        char s[4096];
        snprintf(s, sizeof s, "%s%s%s", head, k == 0 ? closing : "", delib);
        if (k == 2) {
            /* no closing formula and no new page: one document, as
               before (the form feed dropped) */
            char *ff = strchr(s, '\f');
            memmove(ff, ff + 1, strlen(ff));
        }
        ex_call c;
        run_pipeline(&c, *state, s);
        if (k == 2) {
            assert_int_equal(c.docs.n, 1);
            ex_call_free(&c);
            continue;
        }
        /* k == 1: a scan lost the formula's page bottom; the numbered
           DÉLIBÉRATION heading opens the next page under its letterhead */
        assert_int_equal(c.docs.n, 2);
        const ex_document *r = &c.docs.v[0], *d = &c.docs.v[1];
        assert_int_equal(r->type, EX_DOC_RAPPORT);
        assert_string_equal(r->number, "12");
        assert_null(r->session_place);
        assert_int_equal(d->type, EX_DOC_DELIBERATION);
        assert_int_equal(d->span.start, view_at(&c, "RÉGION LITTORAL-ET-PIÉMONTS\n\nCONSEIL", 0));
        assert_string_equal(d->number, "AP-2026-06-0112");
        assert_string_equal(d->collectivity, "RÉGION LITTORAL-ET-PIÉMONTS");
        assert_string_equal(d->session_place, "Hôtel de Région");
        ex_call_free(&c);
    }
}

/* a département's "RAPPORT N° 12" printed before its délibération
   with no closing formula and no page break: its exposé in prose (three
   lines of running text) then the letterhead again and "DÉLIBÉRATION"
   alone on its line (or "COMMISSION PERMANENTE" / "DÉLIBÉRATION n° …"):
   the act opens at the letterhead and keeps its own number.  Not split:
   a rapport's heading block alone before "DÉLIBÉRATION" (no prose),
   a "délibération" in lower case, and an "EXTRAIT DES DÉLIBÉRATIONS"
   whose séance sentence precedes its "RAPPORT N° 1-03" item (a register,
   not a rapport's exposé) */
static void test_rapport_expose_then_deliberation(void **state)
{
    static const char expose[] =
        "Mesdames, Messieurs,\n"
        "\n"
        "Par délibération n° 2025-CD-118 du 15 décembre 2025, notre assemblée a\n"
        "reconduit le fonds d'aide à l'entretien des églises rurales, doté de\n"
        "240 000 € en autorisation de programme pour 2026, que je vous propose\n"
        "de répartir dans les conditions du projet de délibération ci-après.\n"
        "\n";
    static const char *const heads[] = {"DÉPARTEMENT DE LA HAUTE-VERDANNE\n\nDÉLIBÉRATION\n\nCOMMISSION PERMANENTE\n",
                                        "DÉPARTEMENT DE LA HAUTE-VERDANNE\nCOMMISSION PERMANENTE\n\nDÉLIBÉRATION n° CP-2026-03-12\n",
                                        "DÉPARTEMENT DE LA HAUTE-VERDANNE\n\ndélibération\n\nCOMMISSION PERMANENTE\n"};
    for (int k = 0; k < 4; k++) {
        char s[4096];
        snprintf(s, sizeof s,
                 "DÉPARTEMENT DE LA HAUTE-VERDANNE\n"
                 "Direction de l'Aménagement et du Patrimoine\n"
                 "\n"
                 "RAPPORT N° 12\n"
                 "\n"
                 "OBJET : FONDS D'AIDE AU PATRIMOINE RELIGIEUX RURAL\n"
                 "\n"
                 "%s"
                 "Le Président du Conseil départemental,\n"
                 "Hugues MARTINEAU\n"
                 "\n"
                 "%s"
                 "Réunion du 16 mars 2026\n"
                 "\n"
                 "N° CP-2026-03-12\n"
                 "\n"
                 "Vu le Code général des collectivités territoriales ;\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1er : D'attribuer les aides.\n",
                 k == 3 ? "" : expose, heads[k == 3 ? 0 : k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        if (k >= 2) {
            assert_int_equal(c.docs.n, 1);
            ex_call_free(&c);
            continue;
        }
        assert_int_equal(c.docs.n, 2);
        const ex_document *r = &c.docs.v[0], *d = &c.docs.v[1];
        assert_int_equal(r->type, EX_DOC_RAPPORT);
        assert_string_equal(r->number, "12");
        assert_int_equal(d->type, EX_DOC_DELIBERATION);
        assert_int_equal(d->span.start, view_at(&c, "DÉPARTEMENT DE LA HAUTE-VERDANNE\n", 1));
        assert_string_equal(d->number, "CP-2026-03-12");
        ex_call_free(&c);
    }
    /* an extract of the register: the séance sentence, then the rapport
       item holding its own decision (one document) */
    ex_call c;
    run_pipeline(&c, *state,
                 "DÉPARTEMENT DE L'AVEYRON\n"
                 "\n"
                 "EXTRAIT DES DÉLIBÉRATIONS DE LA SÉANCE PLÉNIÈRE\n"
                 "\n"
                 "Le Conseil départemental s'est réuni le vendredi 21 juin 2024 à 9 h 30, à\n"
                 "l'Hôtel du Département, salle des délibérations, sous la présidence de\n"
                 "M. Arnaud VIALARET, Président du Conseil départemental, sur convocation\n"
                 "adressée le 6 juin 2024.\n"
                 "\n"
                 "RAPPORT N° 1-03\n"
                 "OBJET : Compte administratif 2023\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1er : D'arrêter les résultats.\n");
    assert_int_equal(c.docs.n, 1);
    ex_call_free(&c);
}

/* the participle of a séance sentence after the body's comma gives the
   place when a place or a date follows it ("réunie à …", "réuni en
   séance … le …", OCR "Je" for "le" before the date); a participle
   in a sentence that holds neither ("réuni au moins une fois par an")
   gives none */
static void test_place_after_participle(void **state)
{
    static const struct { const char *sent; const char *place; } rows[] = {
        {"La Commission permanente du Conseil départemental, réunie\n"
         "Je lundi 18 mars 2024 à l'Hôtel du Département, sous la présidence de\n"
         "Mme Catherine DESCHAMPS, Présidente du Conseil départemental,\n", "Hôtel du Département"},
        {"Le Conseil municipal, réuni à la salle des fêtes, sous la présidence de M. Jean DURAND,\n",
         "salle des fêtes"},
        {"Le Conseil, un comité local, réuni au moins une fois par an, suivra le projet.\n", NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINT-MARTIN\n"
                 "DÉLIBÉRATION N° 2024-15\n"
                 "Objet : Tarifs de la cantine\n"
                 "\n"
                 "%s"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : Le prix du repas est fixé.\n",
                 rows[k].sent);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        if (rows[k].place)
            assert_string_equal(c.docs.v[0].session_place, rows[k].place);
        else
            assert_null(c.docs.v[0].session_place);
        ex_call_free(&c);
    }
}

/* an annex table's column header after the signature ("Bénéficiaire
   Commune   Coût HT   Subvention" over a row with amounts, also after a
   page break's running lines) is no signature ("Coût HT" no name) */
static void test_table_header_no_signature(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE SAINT-MARTIN\n"
        "DÉLIBÉRATION N° 2024-15\n"
        "Objet : Subventions aux communes\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : Les subventions de l'annexe sont attribuées.\n"
        "\n"
        "Fait à Saint-Martin, le 15 juin 2026\n"
        "\n"
        "Le Maire,\n"
        "\n"
        "Gérard TESSIER\n"
        "\n"
        "ANNEXE – Liste des bénéficiaires\n"
        "\n"
        "Bénéficiaire            Commune          Coût HT        Taux   Subvention\n"
        "Commune de Sarlières    Sarlières        84 500,00 €    25 %    21 125,00 €\n"
        "Commune de Pradinas     Pradinas         57 400,00 €    30 %    17 220,00 €\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->signatures.n, 1);
    assert_string_equal(d->signatures.v[0].name, "Gérard TESSIER");
    ex_call_free(&c);
}

/* scanned text: accents lost, OCR junk before labels, l/1 confusions */
static void test_ocr(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE VILLIERS : .\n"
        ": DELIBERATI0N DU CONSEIL MUNICIPAL\n"
        "Deliberation n° 2023-36 - :\n"
        "Objet : Refection de la toiture\n"
        ". Vu le Code general des collectivites territoriales ;\n"
        "Vule Code de la commande publique ;\n"
        "… Considerant que l'offre est la plus avantageuse ;\n"
        ": ie DECIDE : à è\n"
        "Artic1e 1 : D'attribuer le marche.\n"
        "Article2 : D'approuver le plan.\n"
        "Faità Villiers, le 13 octobre 2023\n"
        "Le Maire,\n"
        "Gerard TESSIER . Thomas VASSEUR\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_string_equal(d->collectivity, "COMMUNE DE VILLIERS");
    assert_string_equal(d->body, "CONSEIL MUNICIPAL");
    assert_string_equal(d->number, "2023-36");
    assert_string_equal(d->title, "Refection de la toiture");
    assert_int_equal(d->visas.n, 2);
    assert_int_equal(d->visas.v[0].span.start, view_at(&c, "Vu le Code general", 0));
    assert_int_equal(d->considerants.n, 1);
    assert_string_equal(d->decision_verb, "DECIDE");
    assert_int_equal(d->articles.n, 2);
    assert_string_equal(d->articles.v[0].number, "1");
    assert_string_equal(d->articles.v[1].number, "2");
    assert_string_equal(d->articles.v[1].text, "D'approuver le plan.");
    assert_true(d->signatures.n >= 2);
    assert_string_equal(d->signatures.v[0].name, "Gerard TESSIER");
    assert_string_equal(d->signatures.v[0].place, "Villiers");
    ex_call_free(&c);
}

/* OCR cut a keyword with a stray blank: "DÉLIBÉ RATION", "Considé rant",
   "Artic le", "Arti cle" are read back; a one-letter piece ("A rticle")
   or a cut over a line end is not */
static void test_ocr_split_keywords(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE SAINT-MARTIN\n"
        "DÉLIBÉ RATION N° 2024-15\n"
        "Objet : Tarifs de la cantine\n"
        "Vu le code général des collectivités territoriales,\n"
        "Considé rant la hausse du coût des denrées,\n"
        "DÉCIDE :\n"
        "Artic le 1 : Le prix du repas est fixé.\n"
        "Arti cle 2 : Le maire est chargé de l'exécution.\n"
        "A rticle 3 : Ceci n'est pas un article.\n"
        "Arti\ncle 4 : Ceci non plus.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_DELIBERATION);
    assert_string_equal(d->number, "2024-15");
    assert_int_equal(d->considerants.n, 1);
    assert_int_equal(d->articles.n, 2);
    assert_string_equal(d->articles.v[0].number, "1");
    assert_string_equal(d->articles.v[1].number, "2");
    assert_int_equal(d->articles.v[0].span.start, view_at(&c, "Artic le 1", 0));
    /* each read-back article keyword is an ocr.repair */
    size_t repairs = 0;
    for (size_t i = 0; i < c.diags.n; i++)
        if (!strcmp(c.diags.v[i].code, "ocr.repair"))
            repairs++;
    assert_int_equal(repairs, 2);
    ex_call_free(&c);
}

/* an article of the amended text, quoted on a line of its own after
   "… par les dispositions suivantes :", is text of the act's article
   ("« Article 5 – Montant …"); not an article opened by an OCR speck
   ("“Article 2", "«. Article 3") after a line ending with no colon */
static void test_quoted_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "AVENANT N° 2 À LA CONVENTION D'OBJECTIFS\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 – Objet\n"
               "Le présent avenant modifie l'article 5 de la convention.\n"
               "Article 2 – Modification de l'article 5\n"
               "L'article 5 de la convention est remplacé par les dispositions suivantes :\n"
               "« Article 5 – Montant de la contribution financière\n"
               "La Commune verse 42 000,00 € par an. »\n"
               "Article 3 – Autres dispositions\n"
               "Les autres clauses demeurent inchangées.\n"
               "\n"
               "Fait à Saint-Oswin, le 16 octobre 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .n_articles = TT(3),
         .articles = {[1] = {.number = "2",
                             .text = "L'article 5 de la convention est remplacé par les dispositions suivantes : "
                                     "« Article 5 – Montant de la contribution financière La Commune verse "
                                     "42 000,00 € par an. »"}}},
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "ARRÊTÉ N° 2025-072\n"
               "Le Maire de Saint-Oswin,\n"
               "ARRÊTE :\n"
               "Article 1 : La circulation est interdite rue Nationale.\n"
               "“Article 2 : Le stationnement est interdit.\n"
               "«. Article 3 : Le présent arrêté sera affiché.\n"
               "\n"
               "Fait à Saint-Oswin, le 16 octobre 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .n_articles = TT(3)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an article heading whose number OCR lost ("ARTICLE: :") gets the next
   number of the act, recorded as an ocr.repair; "Article" in a sentence
   is no heading */
static void test_ocr_lost_article_number(void **state)
{
    ex_call c;
    const char s[] =
        "ARRÊTÉ N° 2024-DGA-0457\n"
        "portant délégation de signature\n"
        "VU le code général des collectivités territoriales ;\n"
        "ARRÊTE\n"
        "ARTICLE: : Délégation de signature est donnée.\n"
        "ARTICLE 2 : En cas d'absence, la délégation est exercée par son adjoint.\n"
        "ARTICLE : La présente délégation est publiée.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->articles.n, 3);
    assert_string_equal(d->articles.v[0].number, "1");
    assert_string_equal(d->articles.v[0].text, "Délégation de signature est donnée.");
    assert_string_equal(d->articles.v[1].number, "2");
    assert_string_equal(d->articles.v[2].number, "3");
    size_t repairs = 0;
    for (size_t i = 0; i < c.diags.n; i++)
        if (!strcmp(c.diags.v[i].code, "ocr.repair"))
            repairs++;
    assert_int_equal(repairs, 2);
    ex_call_free(&c);
}

/* an article's first line is no heading when its next line goes on the
   sentence with a number and a comma ("départemental" + "2024, chapitre
   65"); "Durée" over "12 mois à compter ..." stays a heading */
static void test_article_heading_or_sentence(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2024-112\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Durée\n"
               "12 mois à compter de la notification.\n"
               "Article 2 : Les crédits nécessaires sont inscrits au budget départemental\n"
               "2024, chapitre 65, article 6574.\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[0] = {.heading = "Durée"},
                      [1] = {.heading = TT_NULL, .text = "Les crédits nécessaires sont inscrits au budget départemental 2024, chapitre 65, article 6574."}}},
        /* a clause with a finite verb ending with ':' over a blank line and
           a table is the text ("sont fixés comme suit ... :"); a heading
           of nouns ending with ':' over a blank line stays a heading */
        {.in = "DÉLIBÉRATION N° 2026-112\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : Les tarifs municipaux sont fixés comme suit à compter du 1er janvier 2027 :\n"
               "\n"
               "Service                 Unité           Tarif 2027\n"
               "Concession              la concession   250,00 €\n"
               "Article 2 : Modalités de versement de la subvention :\n"
               "\n"
               "La subvention est versée en une fois.\n"
               "Article 3 : La délibération est exécutoire.\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[0] = {.heading = TT_NULL},
                      [1] = {.heading = "Modalités de versement de la subvention",
                             .text = "La subvention est versée en une fois."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a "VOTE" heading alone on its line ends the last article (and is a
   vote line); "vote" starting a line of the article's sentence does not */
static void test_vote_heading_ends_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2024-112\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE\n"
               "Article 1 : D'approuver le règlement modifié après le\n"
               "vote du comité technique.\n"
               "Article 2 : D'autoriser le Président à signer les conventions.\n"
               "VOTE\n"
               "Groupe Union : pour\n"
               "Groupe Avenir : contre\n"
               "Pour : 13 – Contre : 3 – Abstention : 3\n"
               "ADOPTÉ\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[0] = {.text = "D'approuver le règlement modifié après le vote du comité technique."},
                      [1] = {.text = "D'autoriser le Président à signer les conventions."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* two pieces of paperwork (no act) in one file: the first ends with
   its last page's counter "Page 1/1", the next letterhead opens the
   second (with or without the form feed); "Page 1/2" does not end one */
static void test_last_page_counter_ends_piece(void **state)
{
    static const doc_row rows[] = {
        {.in = "Accusé de réception d'un acte en préfecture\n\n"
               "Date de décision :          12/03/2026\n"
               "Nature de l'acte :          Délibération\n"
               "Émetteur :                  COMMUNE DE BRESSAC (212401236)\n\n"
               "                                                        Page 1/1\n\f\n"
               "COMMUNE DE BRESSAC\n"
               "Secrétariat général\n\n"
               "      BORDEREAU D'ENVOI DES ACTES AU CONTRÔLE DE LÉGALITÉ\n\n"
               "Date d'envoi : lundi 16 mars 2026\n",
         .ndocs = TT(2)},
        {.in = "Accusé de réception d'un acte en préfecture\n\n"
               "Date de décision :          12/03/2026\n"
               "Nature de l'acte :          Délibération\n\n"
               "                                                        Page 1/1\n"
               "COMMUNE DE BRESSAC\n"
               "Secrétariat général\n\n"
               "      BORDEREAU D'ENVOI DES ACTES AU CONTRÔLE DE LÉGALITÉ\n\n"
               "Date d'envoi : lundi 16 mars 2026\n",
         .ndocs = TT(2)},
        {.in = "Accusé de réception d'un acte en préfecture\n\n"
               "Date de décision :          12/03/2026\n"
               "Nature de l'acte :          Délibération\n\n"
               "                                                        Page 1/2\n\f\n"
               "COMMUNE DE BRESSAC\n"
               "Date de réception préfecture : 16/03/2026\n\n"
               "                                                        Page 2/2\n",
         .ndocs = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a visa whose line ends with a civility's dot and an article ("par
   lequel M. le" / "Maire lui propose …") goes on to the next line */
static void test_visa_civility_at_line_end(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2025-12\n"
               "Le Conseil municipal,\n"
               "Vu le projet de délibération en date du 23 septembre 2025 par lequel M. le\n"
               "Maire lui propose d’approuver la convention ;\n"
               "DÉLIBÈRE :\n"
               "Article 1 : La convention est approuvée.\n",
         .n_visas = TT(1),
         .visas = {[0] = "Vu le projet de délibération en date du 23 septembre 2025 par lequel "
                         "M. le Maire lui propose d’approuver la convention ;"}},
        /* a line in lower case naming the body ("l'assemblée …") under a
           line cut after a word goes on the visa; "L'ASSEMBLÉE …," after
           a visa's ";" is the enacting line */
        {.in = "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026\n\n"
               "L'ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE,\n\n"
               "Vu l'arrêté n° 412 CM du 20 mars 2026 soumettant un projet de délibération à\n"
               "l'assemblée de la Polynésie française ;\n\n"
               "Vu le rapport n° 47-2026 du 2 avril 2026 ;\n\n"
               "ADOPTE :\n\n"
               "Article 1er.— La convention est approuvée.\n",
         .n_visas = TT(2),
         .visas = {[0] = "Vu l'arrêté n° 412 CM du 20 mars 2026 soumettant un projet de délibération à "
                         "l'assemblée de la Polynésie française ;",
                   [1] = "Vu le rapport n° 47-2026 du 2 avril 2026 ;"}},
        {.in = "DÉLIBÉRATION N° 2026-31\n\n"
               "Vu le code général des collectivités territoriales ;\n"
               "l'assemblée, après en avoir délibéré,\n\n"
               "DÉCIDE :\n\n"
               "Article 1 : La convention est approuvée.\n",
         .n_visas = TT(1),
         .visas = {[0] = "Vu le code général des collectivités territoriales ;"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a visa whose line ends with a function word after a ';' ("… 420 € ;
   de" / "50 ans : …", "n° 245 ; et" / "246, …") goes on to the next
   line opening with a number; after a '.' the word is an OCR speck and
   the clause ends there */
static void test_visa_function_word_at_line_end(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2026-31\n"
               "Le Maire,\n"
               "Vu la délibération n° 2025-88 fixant les tarifs :\n"
               "- concession de 15 ans : 180 € ; de 30 ans : 420 € ; de\n"
               "  50 ans : 750 € ;\n"
               "- cavurne de 30 ans : 450 € ;\n"
               "Vu la demande relative aux parcelles n° 245 ; et\n"
               "246, d'une surface de 1 148 m² ;\n"
               "ARRÊTE\n"
               "Article 1 : La concession est accordée.\n",
         .n_visas = TT(2),
         .visas = {[0] = "Vu la délibération n° 2025-88 fixant les tarifs : - concession de 15 ans : 180 € ; "
                         "de 30 ans : 420 € ; de 50 ans : 750 € ; - cavurne de 30 ans : 450 € ;",
                   [1] = "Vu la demande relative aux parcelles n° 245 ; et 246, d'une surface de 1 148 m² ;"}},
        /* (after a '.': "d'intérêt. de" / "Te" is a speck and a new line) */
        {.in = "ARRÊTÉ N° 2026-32\n"
               "Le Maire,\n"
               "Vu la délibération n° 2025-21 approuvant le budget. de\n"
               "12 Le Maire expose.\n"
               "ARRÊTE\n"
               "Article 1 : La concession est accordée.\n",
         .n_visas = TT(1),
         .visas = {[0] = "Vu la délibération n° 2025-21 approuvant le budget. de"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the preamble's sentence wrapped, its verb in capitals after a comma
   ending the next line ("… (9 voix" / "pour), DÉCIDE :") */
static void test_verb_ending_wrapped_preamble(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
        "DÉLIBÉRATION N° 2025-038\n"
        "Vu le code général des collectivités territoriales ;\n\n"
        "Le Conseil municipal, après en avoir délibéré, à l’unanimité des votants (9 voix\n"
        "pour), DÉCIDE :\n\n"
        "- d’approuver l’acquisition d’un tracteur ;\n"
        "Fait et délibéré les jour, mois et an susdits.\n");
    const ex_document *d = &c.docs.v[0];
    assert_non_null(d->decision_verb);
    assert_string_equal(d->decision_verb, "DÉCIDE");
    assert_span_first(&c, d->decision_span, "DÉCIDE");
    ex_call_free(&c);
}

/* "SUR rapport du Président …" after a visa ending with a comma is no
   part of that visa */
static void test_sur_rapport_ends_visa(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 25/147 AC\n"
               "L’ASSEMBLÉE DE CORSE\n"
               "VU l’avis n° 2025-41 du Conseil économique, social et culturel de Corse,\n\n"
               "SUR rapport du Président du Conseil exécutif de Corse,\n\n"
               "APRÈS EN AVOIR DÉLIBÉRÉ\n"
               "ARTICLE PREMIER : Le budget est approuvé.\n",
         .n_visas = TT(1),
         .visas = {[0] = "VU l’avis n° 2025-41 du Conseil économique, social et culturel de Corse,"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Article dernier :" is the article after the previous one; "Article
   6 et dernier -" is article 6; "article dernier" inside a sentence and
   "Article 2 et suivants" are no headings */
static void test_article_dernier(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2026-011\nLe Président,\nVu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1er - La délégation est donnée.\n"
               "Article 2 - Elle est exercée par M. Paul ARNAL.\n"
               "ARTICLE DERNIER : Le présent arrêté sera publié.\n",
         .n_articles = TT(3),
         .articles = {[1] = {.number = "2", .text = "Elle est exercée par M. Paul ARNAL."},
                      [2] = {.number = "3", .text = "Le présent arrêté sera publié."}}},
        {.in = "ARRÊTÉ N° 2026-087\nLe Maire,\nVu le code de la route ;\n"
               "ARRÊTE\n"
               "Article 5 - La signalisation est posée.\n"
               "Article 6 et dernier - Le Directeur est chargé de l'exécution.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.number = "5", .text = "La signalisation est posée."},
                      [1] = {.number = "6", .text = "Le Directeur est chargé de l'exécution."}}},
        /* negative: the words in a sentence */
        {.in = "ARRÊTÉ N° 2026-088\nLe Maire,\nVu le code de la route ;\n"
               "ARRÊTE\n"
               "Article 1 - La voie est fermée.\n"
               "Article dernier alinéa du code.\n"
               "Article 2 et suivants du même code.\n",
         .n_articles = TT(1),
         .articles = {[0] = {.number = "1"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* hierarchical article numbers (ICPE arrêtés): "Article 1.1.1 – Heading"
   lines are articles numbered "1.1.1" when no "Article 1" precedes; the
   TITRE / CHAPITRE lines between them end the article before and are no
   text of it; "4.1 –" under "Article 4" stays in article 4; a sentence
   "Article 1.2 du règlement" is none */
static void test_decimal_articles(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2026-214\nLe préfet,\nVu le code de l'environnement ;\n"
               "ARRÊTE\n"
               "\n"
               "TITRE I – PORTÉE DE L'AUTORISATION\n"
               "\n"
               "CHAPITRE 1.1 – BÉNÉFICIAIRE\n"
               "\n"
               "Article 1.1.1 – Exploitant titulaire\n"
               "La société est autorisée.\n"
               "\n"
               "TITRE II – DISPOSITIONS FINALES\n"
               "\n"
               "Article 2.1 – Exécution\n"
               "Le secrétaire général est chargé de l'exécution.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.number = "1.1.1", .heading = "Exploitant titulaire", .text = "La société est autorisée."},
                      [1] = {.number = "2.1", .heading = "Exécution"}}},
        /* negative: "Article 4.1 –" under "Article 4", a TITRE line with no
           article after it */
        {.in = "ARRÊTÉ N° 2026-215\nLe maire,\nVu le code de la route ;\n"
               "ARRÊTE\n"
               "Article 4 – Les travaux sont autorisés.\n"
               "Article 4.1 – Les horaires sont fixés.\n"
               "\n"
               "TITRE II – AUTRES\n",
         .n_articles = TT(1),
         .articles = {[0] = {.number = "4",
                             .text = "Les travaux sont autorisés. Article 4.1 – Les horaires sont fixés. TITRE II – AUTRES"}}},
        {.in = "ARRÊTÉ N° 2026-216\nLe maire,\nVu le code de la route ;\n"
               "ARRÊTE\n"
               "Article 1 – La voie est fermée.\n"
               "Article 1.2 du règlement de voirie.\n",
         .n_articles = TT(1),
         .articles = {[0] = {.number = "1"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "ARRÊTÉ INTER-PRÉFECTORAL N° 2026-112" (the kind hyphenated): the
   act's number line, the "portant …" line its title; a sentence
   "arrêté inter-préfectoral du 3 mai" is none */
static void test_hyphenated_arrete_kind(void **state)
{
    static const doc_row rows[] = {
        {.in = "PRÉFET DE LA HAUTE-GARLANDE\n"
               "\n"
               "ARRÊTÉ INTER-PRÉFECTORAL N° 2026-112\n"
               "portant modification des statuts du syndicat mixte\n"
               "\n"
               "Le préfet de la Haute-Garlande,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "ARRÊTENT\n"
               "\n"
               "Article 1er : Les statuts sont modifiés.\n",
         .number = "2026-112",
         .title = "portant modification des statuts du syndicat mixte"},
        {.in = "PRÉFET DE LA HAUTE-GARLANDE\n"
               "\n"
               "ARRÊTÉ INTERDÉPARTEMENTAL N° 2026-07\n"
               "portant création d'une commission\n"
               "\n"
               "Le préfet de la Haute-Garlande,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "ARRÊTE\n"
               "\n"
               "Article 1er : La commission est créée.\n",
         .number = "2026-07",
         .title = "portant création d'une commission"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a lower-case result participle opening a line inside a sentence
   ("… les eaux sont\nrejetées sans traitement …") does not end the
   considérant; "adoptée à l'unanimité." after an article still ends it */
static void test_result_word_in_sentence(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2026-377\nLa préfète,\nVu le code de l'environnement ;\n"
               "Considérant que les eaux de ruissellement sont\n"
               "rejetées sans traitement dans le ruisseau ;\n"
               "ARRÊTE\n"
               "Article 1 – L'exploitant est mis en demeure.\n",
         .n_considerants = TT(1),
         .considerants = {"Considérant que les eaux de ruissellement sont rejetées sans traitement dans le ruisseau ;"}},
        /* negative: a vote result on its line ends the article */
        {.in = "COMMUNE DE SAINT-OSWIN\n"
               "DÉLIBÉRATION N° 2025-074\n"
               "Objet : Travaux\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver les travaux.\n"
               "adoptée à l'unanimité.\n"
               "\n"
               "Fait à Saint-Oswin, le 16 octobre 2025\n"
               "Le Maire,\n"
               "Odile PERRIN\n",
         .n_articles = TT(1),
         .articles = {[0] = {.number = "1", .text = "D'approuver les travaux."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a block signed between two articles (the item voted under another
   president): article 1 ends before it, its signatures are read before
   the end's, with the act's place/date; "Role, Name" on one line is
   split; a civility leaves the name; the one-line role without a name
   after its comma stays a role */
static void test_mid_act_signatures(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2026-022\nLe Conseil municipal,\nVu le code général des collectivités territoriales ;\n\n"
               "DÉCIDE :\n\n"
               "Article 1 : d'approuver le compte administratif.\n\n"
               "Le Président,\n[signé]\nRaymond COSTES\n\n"
               "La secrétaire de séance, Corinne ROQUES\n\n"
               "M. le Maire ayant repris la présidence, le Conseil municipal, à\nl'unanimité,\n\n"
               "Article 2 : d'affecter le résultat.\n\n"
               "À Villecomtal, le 9 avril 2026\nPour le Maire et par délégation,\nL'Adjoint délégué,\nMme Sylvie BOUSQUET\n",
         .n_articles = TT(2),
         .articles = {[0] = {.number = "1", .text = "d'approuver le compte administratif."}},
         .n_signatures = TT(3),
         .signatures = {[0] = {.role = "Le Président", .name = "Raymond COSTES", .y = TT(2026), .m = TT(4), .d = TT(9)},
                        [1] = {.role = "La secrétaire de séance", .name = "Corinne ROQUES"},
                        [2] = {.name = "Sylvie BOUSQUET"}}},
        /* negative: a role whose comma is followed by no name */
        {.in = "ARRÊTÉ N° 2026-011\nLe Maire,\nVu le code de la route ;\nARRÊTE\n"
               "Article 1 - La voie est fermée.\n\n"
               "Fait à Belcastel, le 15 juin 2026\nLe Maire, Conseiller départemental\nÉtienne CABROL\n",
         .n_articles = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.name = "Étienne CABROL"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a recueil without a cover whose file opens with "Recueil des actes
   administratifs …" (the running header): its acts printed without a
   letterhead take the first act's collectivity; the acts of a file
   that does not open so take none */
static void test_recueil_header_collectivity(void **state)
{
    static const char *const tail =
        "\f"
        "DÉCISION DU PRÉSIDENT\nN° DP-2026-018\nObjet : Attribution du marché\n\n"
        "Le Président,\nVu le code général des collectivités territoriales ;\nDÉCIDE\n"
        "Article 1 : Le marché est attribué.\n\nLe Président,\nPierre-Yves LACHAUD\n";
    char in[2][900];
    snprintf(in[0], sizeof in[0], "%s%s",
             "Recueil des actes administratifs n° 2026-02 – Communauté de communes de la Vallée\n\n"
             "COMMUNAUTÉ DE COMMUNES DE LA VALLÉE DE L'AUBRELLE\n\n"
             "ARRÊTÉ DU PRÉSIDENT N° AR-2026-011\nLe Président,\nVu le code général des collectivités territoriales ;\n"
             "ARRÊTE\nArticle 1 - La délégation est donnée.\n\nLe Président,\nPierre-Yves LACHAUD\n", tail);
    snprintf(in[1], sizeof in[1], "%s%s",
             "COMMUNAUTÉ DE COMMUNES DE LA VALLÉE DE L'AUBRELLE\n\n"
             "ARRÊTÉ DU PRÉSIDENT N° AR-2026-011\nLe Président,\nVu le code général des collectivités territoriales ;\n"
             "ARRÊTE\nArticle 1 - La délégation est donnée.\n\nLe Président,\nPierre-Yves LACHAUD\n", tail);
    for (int k = 0; k < 2; k++) {
        ex_call c;
        run_pipeline(&c, *state, in[k]);
        assert_int_equal(c.docs.n, 2);
        /* (with or without the recueil's running header: the first
           act's letterhead issues the act printed without one) */
        assert_non_null(c.docs.v[1].collectivity);
        assert_string_equal(c.docs.v[1].collectivity, c.docs.v[0].collectivity);
        ex_call_free(&c);
    }
}

/* OCR of a recueil of décisions (one a page): the scan lost an act's
   verb and signature ("Vu" lines all that is left of it), so the next
   page's "DÉCISION DU PRÉSIDENT N° …" in capitals opens the next act
   (decision_page_top()); it lost an act's heading too, so the first
   "Vu" line on a page after the cover opens an act at the page's top
   (visa_after_cover()); "N®" is OCR's N°; "| DÉCISION …" (a speck
   before the heading) changes its number and is no running header.
   Negative rows: the same number again (the act's next page), a
   capitals heading inside the page, a cover with a visa of its own */
static void test_recueil_ocr_headings(void **state)
{
    static const char cover[] =
        "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n\n"
        "RECUEIL DES ACTES ADMINISTRATIFS\nN° 2026-03 – Mars 2026\n\n"
        "SOMMAIRE\n\n"
        "Décision n° DP-2026-041 du 4 mars 2026 – Attribution du marché ........ 2\n"
        "Décision n° DP-2026-047 du 12 mars 2026 – Tarifs de la navette ........ 3\n\n";
    static const char sig[] = "Fait à Morlange, le 12 mars 2026\n\nLe Président,\nGérard VAUCHERET\n";
    static const struct {
        const char *h1, *tail1, *sep, *h2, *h3;
        size_t docs;
        const char *n1, *n2;
    } rows[] = {
        /* clean */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "DÉCIDE :\nArticle 1er : Le marché est attribué.\n\n", "\f",
         "DÉCISION DU PRÉSIDENT N° DP-2026-047", NULL, 3, "DP-2026-041", "DP-2026-047"},
        /* verb and signature lost */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "", "\f", "DÉCISION DU PRÉSIDENT N° DP-2026-047", NULL, 3,
         "DP-2026-041", "DP-2026-047"},
        /* the heading lost too */
        {"Dble: Alban . marché . maimenance", "", "\f", "DÉCISION DU PRÉSIDENT N° DP-2026-047", NULL, 3, NULL,
         "DP-2026-047"},
        /* N® */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "DÉCIDE :\nArticle 1er : Le marché est attribué.\n\n", "\f",
         "DÉCISION DU PRÉSIDENT N® DP-2026-047", NULL, 3, "DP-2026-041", "DP-2026-047"},
        /* a speck before the third page's heading */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "DÉCIDE :\nArticle 1er : Le marché est attribué.\n\n", "\f",
         "DÉCISION DU PRÉSIDENT N° DP-2026-047", "| DÉCISION DU PRÉSIDENT N° DP-2026-052 a |", 4,
         "DP-2026-041", "DP-2026-047"},
        /* OCR's "®" speck before it */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "DÉCIDE :\nArticle 1er : Le marché est attribué.\n\n", "\f",
         "DÉCISION DU PRÉSIDENT N° DP-2026-047", "® DÉCISION DU PRÉSIDENT N° DP-2026-052", 4,
         "DP-2026-041", "DP-2026-047"},
        /* a letter of the act word misread, after a scan that lost the verb */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "", "\f", "DECISTON DU PRÉSIDENT N° DP-2026-047", NULL, 3,
         "DP-2026-041", "DP-2026-047"},
        /* negative: the act's own number at its next page's top */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "", "\f", "DÉCISION DU PRÉSIDENT N° DP-2026-041 (suite)", NULL, 2,
         "DP-2026-041", NULL},
        /* negative: not at a page's top */
        {"DÉCISION DU PRÉSIDENT N° DP-2026-041", "", "\n", "DÉCISION DU PRÉSIDENT N° DP-2026-047", NULL, 2,
         "DP-2026-041", NULL},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        char in[3000], h3[600] = "";
        if (rows[r].h3)
            snprintf(h3, sizeof h3, "\f%s\nObjet : Subvention\nLe Président de la Communauté,\n"
                     "Vu le code général des collectivités territoriales ;\nDÉCIDE :\n"
                     "Article 1er : La subvention est demandée.\n\n%s", rows[r].h3, sig);
        snprintf(in, sizeof in,
                 "%s\f%s\n\nObjet : Attribution du marché\n\nLe Président de la Communauté,\n\n"
                 "Vu le code général des collectivités territoriales ;\nVu le code de la commande publique ;\n%s"
                 "%s%s\nObjet : Tarifs de la navette\nLe Président de la Communauté,\nVu le code des transports ;\n"
                 "DÉCIDE :\nArticle 1er : Les tarifs sont fixés.\n\n%s%s",
                 cover, rows[r].h1, rows[r].tail1, rows[r].sep, rows[r].h2, sig, h3);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, rows[r].docs);
        if (rows[r].n1)
            assert_string_equal(c.docs.v[1].number, rows[r].n1);
        else
            assert_null(c.docs.v[1].number);
        if (rows[r].n2)
            assert_string_equal(c.docs.v[2].number, rows[r].n2);
        if (rows[r].h3)
            assert_string_equal(c.docs.v[3].number, "DP-2026-052");
        ex_call_free(&c);
    }
    /* negative: a cover page with a visa of its own (no page after it) */
    static const char own[] =
        "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE MORLANGE\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 2026-03\n\n"
        "Vu le code général des collectivités territoriales, article R. 2122-7 ;\n\n"
        "DÉCISION DU PRÉSIDENT N° DP-2026-041\nObjet : Attribution du marché\nLe Président de la Communauté,\n"
        "Vu le code de la commande publique ;\nDÉCIDE :\nArticle 1er : Le marché est attribué.\n\n"
        "Fait à Morlange, le 4 mars 2026\n\nLe Président,\nGérard VAUCHERET\n";
    ex_call c;
    run_pipeline(&c, *state, own);
    size_t n = c.docs.n;
    ex_call_free(&c);
    assert_true(n <= 2);
}

/* a recueil's first act after its cover and sommaire opens at its number
   line ("Arrêté n° … du …" whose paragraph holds no dot leaders, visas
   below it): the cover (letterhead, title, sommaire) is a document of its
   own, the act starts at its letterhead printed again above the number
   line (numline_after_cover()).  Negative rows: sommaire entries only
   (dot leaders in the entry's paragraph, or another number line before
   any visa) */
static void test_recueil_cover_numline(void **state)
{
    static const struct {
        const char *text;
        size_t docs;
        const char *at;     /* the second document's first bytes */
    } rows[] = {
        {"PRÉFET DE LA HAUTE-VARENNE\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 13-2026-042\n\nSOMMAIRE\n\n"
         "Arrêté n° 13-2026-03-10-001 du 10 mars 2026 portant autorisation de\ntravaux ......... page 2\n\n"
         "\fPRÉFET DE LA HAUTE-VARENNE\nDirection départementale des territoires\n\n"
         "Arrêté n° 13-2026-03-10-001 du 10 mars 2026\nportant autorisation de travaux\n\n"
         "Le préfet de la Haute-Varenne,\n\nVu le code de la voirie routière ;\n\nARRÊTE\n\n"
         "Article 1er – Les travaux sont autorisés.\n\nFait à Varennes, le 10 mars 2026\n\nLe préfet,\nPaul MARTIN\n",
         2, "PRÉFET DE LA HAUTE-VARENNE\nDirection"},
        {"DÉPARTEMENT DE LA HAUTE-SAULDRE\n\nRECUEIL DES ACTES ADMINISTRATIFS DU DÉPARTEMENT\n"
         "Mars 2026 – Fascicule n° 2026-03\n\nSOMMAIRE\n\n  CP-2026-03-021 16/03/2026   Délibération – aide ...... 3\n\n"
         "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\nDélibération n° CP-2026-03-021 – Séance du 16 mars 2026\n\n"
         "OBJET : Aide aux assistants familiaux\n\nVu le code de l'action sociale et des familles ;\n\nDÉCIDE\n\n"
         "Article 1 : L'aide est attribuée.\n\nSauldre-sur-Cher, le 16 mars 2026\nLa Présidente,\nHélène GIRAUDET\n",
         2, "COMMISSION PERMANENTE"},
        /* negative: a sommaire entry (dot leaders in its paragraph) */
        {"PRÉFET DE LA HAUTE-VARENNE\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 13-2026-042\n\nSOMMAIRE\n\n"
         "Arrêté n° 13-2026-03-10-001 du 10 mars 2026\nportant autorisation de travaux ......... page 2\n\n"
         "Vu le code de la voirie routière ;\n", 1, NULL},
        /* negative: a sommaire entry without dots, another entry under it */
        {"PRÉFET DE LA HAUTE-VARENNE\n\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 13-2026-042\n\nSOMMAIRE\n\n"
         "Arrêté n° 13-2026-03-10-001 du 10 mars 2026\n\nArrêté n° 13-2026-03-11-004 du 11 mars 2026 ...... 4\n\n"
         "Vu le code de la voirie routière ;\n", 1, NULL},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        ex_call c;
        run_pipeline(&c, *state, rows[r].text);
        assert_int_equal(c.docs.n, rows[r].docs);
        if (rows[r].at) {
            assert_int_equal(c.docs.v[0].type, EX_DOC_OTHER);
            assert_null(c.docs.v[0].body);
            assert_int_equal(strncmp(rows[r].text + c.docs.v[1].span.start, rows[r].at, strlen(rows[r].at)), 0);
        }
        ex_call_free(&c);
    }
}

/* a recueil's cover ending with a pipe table of its acts, then a rule
   line: the first act starts at its heading, not at the table's rows
   (walk_back() stops at a table row or a rule: row_or_rule()).
   Negative row: a letterhead line above the heading still opens the act */
static void test_recueil_table_cover(void **state)
{
    static const struct {
        const char *between;    /* lines between the rule and the heading */
        const char *at;
    } rows[] = {
        {"", "DÉLIBÉRATION N° 2026-001"},
        {"=====================\n\n", "DÉLIBÉRATION N° 2026-001"},
        /* negative: a letterhead line */
        {"COMMUNE DE SAINT-VORLES\n", "COMMUNE DE SAINT-VORLES\nDÉLIB"},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        char in[2000];
        snprintf(in, sizeof in,
                 "COMMUNE DE SAINT-VORLES\n\nRECUEIL DES ACTES RÉGLEMENTAIRES\n\nTABLEAU DES DÉLIBÉRATIONS\n\n"
                 "| N°       | Date       | Objet            |\n|----------|------------|------------------|\n"
                 "| 2026-001 | 22/01/2026 | Tarifs de la salle |\n\n%s"
                 "DÉLIBÉRATION N° 2026-001\nSéance du 22 janvier 2026\n\nObjet : Tarifs de la salle\n\n"
                 "Le conseil municipal, après en avoir délibéré,\nFIXE les tarifs de la salle.\n\n"
                 "Le Maire,\nBernard COLLOT\n", rows[r].between);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 2);
        assert_int_equal(strncmp(in + c.docs.v[1].span.start, rows[r].at, strlen(rows[r].at)), 0);
        ex_call_free(&c);
    }
}

/* a register printing the séance block once, then each délibération
   opening "Délibération n° X – Objet : …" (no letterhead, no EXTRAIT):
   each such line opens an act, titled without the label, which takes the
   séance of the act before it; a line citing a délibération (no "Objet"
   label after the dash, or in a sentence) opens nothing */
static void test_register_numline_objet(void **state)
{
    static const char head[] =
        "COMMUNAUTÉ DE COMMUNES DU PAYS DE LORMES\n\n"
        "REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nSéance du jeudi 12 mars 2026\n\n"
        "Le jeudi douze mars deux mille vingt-six à dix-huit heures, le Conseil communautaire, convoqué le 5 mars\n"
        "2026, s'est réuni à la salle des fêtes sous la présidence de Mme Anne MARTIN, Présidente.\n\n"
        "Présents : Mme Anne MARTIN, M. Paul DURAND.\nSecrétaire de séance : M. Paul DURAND.\n\n"
        "Délibération n° 2026-021 – Objet : Approbation du compte de gestion 2025\n"
        "Vu le code général des collectivités territoriales ;\n"
        "Le Conseil communautaire, après en avoir délibéré, APPROUVE le compte de gestion.\n"
        "Adopté à l'unanimité.\n\n";
    static const struct {
        const char *tail;
        size_t docs;
        const char *title2;
    } rows[] = {
        {"Délibération n° 2026-022 – Objet : Attribution du marché de collecte des\nordures ménagères\n"
         "Le Conseil communautaire, après en avoir délibéré, ATTRIBUE le marché.\nAdopté à l'unanimité.\n",
         2, "Attribution du marché de collecte des ordures ménagères"},
        /* OCR: "_" for the dash */
        {"Délibération n° 2026-022 _ Objet : Tarifs de la piscine\n"
         "Le Conseil communautaire, après en avoir délibéré, FIXE les tarifs.\nAdopté à l'unanimité.\n",
         2, "Tarifs de la piscine"},
        /* negative: a délibération cited after a blank line, no label */
        {"Délibération n° 2025-012 – portant délégation au président, modifiée.\n", 1, NULL},
        /* negative: in a sentence */
        {"délibération n° 2025-012 – Objet : délégation, est modifiée.\n", 1, NULL},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        char in[2000];
        snprintf(in, sizeof in, "%s%s", head, rows[r].tail);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, rows[r].docs);
        assert_string_equal(c.docs.v[0].title, "Approbation du compte de gestion 2025");
        if (rows[r].docs == 2) {
            const ex_document *d = &c.docs.v[1];
            assert_int_equal(d->type, EX_DOC_DELIBERATION);
            assert_string_equal(d->number, "2026-022");
            assert_string_equal(d->title, rows[r].title2);
            assert_int_equal(d->span.start, (size_t)(strstr(in, "Délibération n° 2026-022") - in));
            assert_int_equal(d->session_date.d, 12);
            assert_non_null(d->president);
            assert_non_null(d->collectivity);
        }
        ex_call_free(&c);
    }
}

/* an arrêté without a letterhead after a délibération of the same file
   takes its collectivity; a convention annexed to it does not */
static void test_later_act_collectivity(void **state)
{
    static const char *const tails[] = {
        "ARRÊTÉ DU PRÉSIDENT N° AP-2026-14\nportant délégation de signature\n\nLe Président,\n"
        "Vu le code général des collectivités territoriales ;\nARRÊTE\nArticle 1 : Délégation est donnée.\n\n"
        "Le Président,\nGilles FERRAND\n",
        "CONVENTION DE MISE À DISPOSITION\n\nEntre :\nLe syndicat, représenté par son président,\n"
        "Et :\nLa commune de Lorme.\n\nArticle 1 : Objet\nLa présente convention a pour objet la mise à disposition.\n\n"
        "Fait à Lorme, le 7 mai 2026\n",
    };
    for (int k = 0; k < 2; k++) {
        char in[2000];
        snprintf(in, sizeof in, "%s%s",
                 "SYNDICAT INTERCOMMUNAL DES EAUX DE LA LORME\n\n"
                 "DÉLIBÉRATION DU COMITÉ SYNDICAL N° CS-2026-09\nSéance du 7 mai 2026\n\nObjet : Prix de l'eau\n\n"
                 "Vu le code général des collectivités territoriales ;\nLe Comité syndical, après en avoir délibéré,\n"
                 "DÉCIDE :\nArticle 1er : Le prix est fixé.\n\nFait à Lorme, le 7 mai 2026\nLe Président,\nGilles FERRAND\n\n",
                 tails[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 2);
        assert_non_null(c.docs.v[0].collectivity);
        if (k == 0)
            assert_string_equal(c.docs.v[1].collectivity, c.docs.v[0].collectivity);
        else
            assert_null(c.docs.v[1].collectivity);
        ex_call_free(&c);
    }
}

/* the vote printed under the signature ("Pour enrôlement, / La
   Présidente …, / name" then "Cette proposition mise aux voix est
   adoptée.") leaves the signature read */
static void test_vote_after_signature(void **state)
{
    static const doc_row rows[] = {
        {.in = "RAPPORT AU CONSEIL DE TERRITOIRE\nN° CT4-2025-061-CT\n\n"
               "Le Conseil de Territoire,\nVu le code général des collectivités territoriales ;\n"
               "Délibère\n\n"
               "Article 1 :\nEst attribuée une subvention de 7 500 €.\n\n"
               "Pour enrôlement,\nLa Présidente du Conseil de Territoire,\n\nMarie-Claude ESTRANGIN\n\n"
               "Cette proposition mise aux voix est adoptée.\nPour : 24 – Contre : 0 – Abstentions : 2\n",
         .n_signatures = TT(1),
         .signatures = {[0] = {.name = "Marie-Claude ESTRANGIN"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Ampliation adressée à :" ("Ampliation :", "Copie à :",
   "Destinataires :") after the signature and its list up to a blank
   line, or across one before an item opening with a dash (OCR):
   recipients, no signatories ("– M. Frédéric LAMBLIN ;" gave a signature
   without role); a signature block after the list's blank line is still
   read */
static void test_recipients_list_no_signature(void **state)
{
    static const char *const labels[] = {"Ampliation adressée à :", "Ampliation :", "Copie à :",
                                         "Destinataires :"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        char in[900];
        snprintf(in, sizeof in,
                 "ARRÊTÉ DU PRÉSIDENT N° AP-2026-017\n"
                 "Le Président de la Communauté d'agglomération,\n"
                 "VU le code général des collectivités territoriales ;\n"
                 "ARRÊTE\n"
                 "Article 1er – Délégation de signature est donnée à M. Paul ARNAL.\n"
                 "Article 2 – Le présent arrêté sera notifié à l'intéressé.\n\n"
                 "Fait à Vernelle, le mardi 21 avril 2026\n\n"
                 "Le Président,\n"
                 "Jean-Marc DUCHESNAY\n\n"
                 "%s\n"
                 "– M. le Préfet du Loiret ;\n\n"
                 "— M. Paul ARNAL ;\n"
                 "- Mme Anne VIALA.\n\n"
                 "Le Directeur général des services,\n"
                 "Paul ARNAL\n",
                 labels[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, 2);
        assert_string_equal(d->signatures.v[0].name, "Jean-Marc DUCHESNAY");
        assert_string_equal(d->signatures.v[1].role, "Le Directeur général des services");
        assert_string_equal(d->signatures.v[1].name, "Paul ARNAL");
        ex_call_free(&c);
    }
}

/* "Vu pour acceptation," over the signatures of the persons an arrêté
   names: a mention of their assent, no visa (a visa there ran to the
   end and lost every signature); their roles ("Le régisseur
   titulaire", "La mandataire suppléante") are signature roles */
static void test_acceptance_mention(void **state)
{
    static const char *const mentions[] = {"Vu pour acceptation,", "Vu et approuvé,", "Vu et validé,"};
    for (size_t k = 0; k < 3; k++) {
        char in[900];
        snprintf(in, sizeof in,
                 "ARRÊTÉ MUNICIPAL N° 2024/R/11\n"
                 "Le Maire de Belcastel,\n"
                 "VU le code général des collectivités territoriales ;\n"
                 "ARRÊTE\n"
                 "ARTICLE PREMIER – M. Paul ARNAL est nommé régisseur titulaire.\n"
                 "ARTICLE 2 – Le présent arrêté sera notifié aux intéressés.\n\n"
                 "Fait à Belcastel, le 3 mars 2024\n\n"
                 "Le Maire,\n"
                 "Anne VIALA\n\n"
                 "%s\n"
                 "Le régisseur titulaire,\n"
                 "Paul ARNAL\n",
                 mentions[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->visas.n, 1);
        assert_int_equal(d->articles.n, 2);
        assert_int_equal(d->signatures.n, 2);
        assert_string_equal(d->signatures.v[0].name, "Anne VIALA");
        assert_string_equal(d->signatures.v[1].role, "Le régisseur titulaire");
        assert_string_equal(d->signatures.v[1].name, "Paul ARNAL");
        ex_call_free(&c);
    }
}

/* "M. X, intéressé à l'affaire, ne prend pas part au vote et quitte la
   salle." opening a paragraph after the articles: the vote's first line,
   no part of the last article; the same words inside an article's
   paragraph stay in it */
static void test_not_voting_paragraph_ends_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2025-046\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : De céder la parcelle à M. Paul ARNAL.\n"
               "Article 2 : Le Maire est autorisé à signer l'acte\n"
               "à intervenir.\n"
               "\n"
               "M. Paul ARNAL, intéressé à l'affaire, ne prend pas part au vote et\n"
               "quitte la salle.\n"
               "\n"
               "Adopté à l'unanimité.\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[1] = {.text = "Le Maire est autorisé à signer l'acte à intervenir."}}},
        {.in = "DÉLIBÉRATION N° 2025-046\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : De céder la parcelle à M. Paul ARNAL, qui\n"
               "M. Paul ARNAL ne prend pas part au vote des tarifs.\n"
               "Article 2 : Le Maire est autorisé à signer l'acte.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.text = "De céder la parcelle à M. Paul ARNAL, qui M. Paul ARNAL ne prend pas part au vote des tarifs."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a ballot announced in a paragraph after the articles ("À la demande
   de sept conseillers, il est procédé à un vote par scrutin public.")
   and "Résultat du scrutin public :" with its roll-call table: the
   vote, no part of the last article; an article deciding a ballot ("de
   procéder à un vote", "Il sera procédé …") keeps its text */
static void test_ballot_paragraph_ends_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° CP-2026-0412\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : De procéder à un vote par scrutin public.\n\n"
               "Article 2 : Les membres sont élus.\n\n"
               "Il sera procédé à un vote par scrutin secret.\n\n"
               "Pour : 14 – Contre : 5 – Abstentions : 2\n",
         .n_articles = TT(2),
         .articles = {[0] = {.text = "De procéder à un vote par scrutin public."},
                      [1] = {.text = "Les membres sont élus. Il sera procédé à un vote par scrutin secret."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const char *const votes[] = {
        "À la demande de sept conseillers départementaux, il est procédé à un vote\n"
        "par scrutin public. M. Paul ARNAL ne prend pas part au vote.\n\n"
        "Résultat du scrutin public :\n\n"
        "Conseiller départemental          Pour     Contre   Abstention\n"
        "Mme Anne VIALA                      X\n"
        "M. Louis BRU                                 X\n\n",
        "Il est procédé à un vote par scrutin public.\n\n",
        /* set BZ: "Résultat des votes par section :" over a table */
        "Résultat des votes par section :\n\n"
        " Section               Pour    Contre    Abstention\n"
        " Fonctionnement         11       2           1\n\n",
        "Résultat du scrutin public :\n\n"
        "Mme Anne VIALA                      X\n"
        "M. Louis BRU                                 X\n\n",
    };
    for (size_t k = 0; k < sizeof votes / sizeof *votes; k++) {
        char in[1200];
        snprintf(in, sizeof in,
                 "DÉLIBÉRATION N° CP-2026-0412\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1er : D'approuver le règlement.\n\n"
                 "Article 2 : De maintenir la gratuité pour le troisième enfant.\n\n"
                 "%s"
                 "Pour : 14 – Contre : 5 – Abstentions : 2\n"
                 "La délibération est adoptée.\n",
                 votes[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].articles.n, 2);
        assert_string_equal(c.docs.v[0].articles.v[1].text, "De maintenir la gratuité pour le troisième enfant.");
        ex_call_free(&c);
    }
}

/* the same paragraph cut by a line end before the clause ("Mme X et M.
   Y, membres du bureau de l'Union\nsportive fontainoise, ne prennent pas
   part au vote."): the vote's first line too; a civility line ended by a
   period whose next line holds the words stays in the article */
static void test_not_voting_paragraph_wrapped(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2025-052\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : D'attribuer les subventions.\n"
               "\n"
               "Article 2 : Les crédits sont inscrits à l'article 6574 du\n"
               "budget primitif 2025.\n"
               "\n"
               "Mme Nathalie BRIAND et M. Paul ROYER, membres du bureau de l'Union\n"
               "sportive fontainoise, ne prennent pas part au vote.\n"
               "\n"
               "Adopté par 14 voix pour, 0 contre et 2 abstentions.\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[1] = {.text = "Les crédits sont inscrits à l'article 6574 du budget primitif 2025."}}},
        {.in = "DÉLIBÉRATION N° 2025-052\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : D'attribuer les subventions.\n"
               "\n"
               "Article 2 : Les crédits sont inscrits au budget.\n"
               "\n"
               "M. le Maire est chargé de l'exécution.\n"
               "Les élus intéressés ne prennent pas part au vote des tarifs.\n",
         .n_articles = TT(2),
         .articles = {[1] = {.text = "Les crédits sont inscrits au budget. M. le Maire est chargé de l'exécution. Les élus intéressés ne "
                                     "prennent pas part au vote des tarifs."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Ne prennent pas part au vote : M. X, Mme Y" after the articles (the
   singular "Ne prend pas part au vote : M. X" too): a vote line, no part
   of the last article; "ne prennent pas part au vote des tarifs" (no
   label) wrapped inside an article stays in it */
static void test_not_voting_label_ends_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2025-118\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : De noter que les conseillers intéressés\n"
               "ne prennent pas part au vote des tarifs.\n"
               "Article 2 : Le Maire est autorisé à signer l'acte.\n",
         .n_articles = TT(2),
         .articles = {[0] = {.text = "De noter que les conseillers intéressés ne prennent pas part au vote des tarifs."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const char *const labels[] = {"Ne prennent pas part au vote : M. Serge ROUX, Mme Odile BRUN",
                                         "Ne prend pas part au vote : M. Serge ROUX"};
    for (size_t k = 0; k < 2; k++) {
        char in[600];
        snprintf(in, sizeof in,
                 "DÉLIBÉRATION N° 2025-118\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'attribuer la subvention.\n"
                 "\n"
                 "Article 2 : De dire que la dépense sera imputée au budget principal 2025,\n"
                 "chapitre 204.\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "Résultat du vote : Pour : 24 – Contre : 2 – Abstentions : 0\n",
                 labels[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].articles.n, 2);
        assert_string_equal(c.docs.v[0].articles.v[1].text,
                            "De dire que la dépense sera imputée au budget principal 2025, chapitre 204.");
        ex_call_free(&c);
    }
}

/* OCR ';' for the comma of "Fait à X, le …": the signature's place and
   date, and no part of the last article */
static void test_fait_semicolon(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 2025-214\n"
               "Le Maire de Montrigaud,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1 : Le présent arrêté est exécutoire.\n"
               "\n"
               "Fait à Montrigaud; le vingt-quatre novembre deux mille vingt-cinq.\n"
               "\n"
               "Le Maire,\n"
               "Jean-Luc HUMBERT\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .articles = {[0] = {.text = "Le présent arrêté est exécutoire."}},
         .signatures = {[0] = {.place = "Montrigaud", .d = TT(24)}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an Alsace-Moselle register's closing lines ("Ainsi délibéré en séance
   ...", "Suivent les signatures au registre.") end the last article */
static void test_register_closing_ends_article(void **state)
{
    static const char *const closings[] = {"Ainsi délibéré en séance les jour, mois et an susdits.\n",
                                           "Suivent les signatures au registre.\n"};
    for (size_t k = 0; k < 2; k++) {
        char in[600];
        snprintf(in, sizeof in,
                 "DÉLIBÉRATION N° 2025-031\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Art. 1er – D'accorder la subvention.\n"
                 "Art. 2 – Le Maire est chargé de l'exécution de la présente délibération.\n\n"
                 "%s"
                 "Pour extrait conforme,\nLe Maire,\nMarc SCHNEIDER\n",
                 closings[k]);
        ex_call c;
        run_pipeline(&c, *state, in);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->articles.n, 2);
        assert_string_equal(d->articles.v[1].text,
                            "Le Maire est chargé de l'exécution de la présente délibération.");
        ex_call_free(&c);
    }
}

/* a vote heading with its qualifier ("Vote électronique – résultats par
   groupe :", "Vote au scrutin secret :") ends the last article before its
   group table; the same words at a wrapped line's start of an article
   ("... élu par\nvote au scrutin secret") do not */
static void test_vote_qualified_heading_ends_article(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2024-114\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : De désigner le délégué élu par\n"
               "vote au scrutin secret à la majorité absolue.\n"
               "Adopté à l'unanimité.\n",
         .ndocs = TT(1),
         .n_articles = TT(1),
         .articles = {[0] = {.text = "De désigner le délégué élu par vote au scrutin secret à la majorité absolue."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const char *const heads[] = {"Vote électronique – résultats par groupe :", "Vote au scrutin secret :",
                                        "Vote par appel nominal :"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "DÉLIBÉRATION N° 2024-113\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "DÉCIDE :\n"
                 "Article 1 : D'approuver le règlement du service.\n"
                 "\n"
                 "%s\n"
                 "\n"
                 "Groupe                      Pour  Contre  Abst.\n"
                 "Groupe Union                  12       0      0\n"
                 "Groupe Avenir                  0       3      0\n"
                 "Total                         12       3      0\n"
                 "\n"
                 "Adopté à la majorité.\n", heads[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->articles.n, 1);
        assert_string_equal(d->articles.v[0].text, "D'approuver le règlement du service.");
        ex_call_free(&c);
    }
}

/* the centred body line "CONSEIL DE MÉTROPOLE" (without "la") between
   the register title and the séance line is the body */
static void test_body_conseil_de_metropole(void **state)
{
    static const doc_row rows[] = {
        {.in = "MÉTROPOLE DES DEUX RIVES\n"
               "\n"
               "                EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
               "                        CONSEIL DE MÉTROPOLE\n"
               "               Séance publique du lundi 3 mars 2025\n"
               "\n"
               "DÉLIBÉRATION N° C-2025-0007\n"
               "OBJET : Tarifs des parcs de stationnement\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver les tarifs.\n",
         .ndocs = TT(1),
         .body = "CONSEIL DE MÉTROPOLE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Le Conseil, après en avoir délibéré, DÉCIDE de ..." on one line: the
   body is a single word (not a preamble_at() key), the verb in capitals
   after the deliberation phrase is the decision */
static void test_verb_after_body_comma_delibere(void **state)
{
    static const struct {
        const char *line, *verb;
    } cases[] = {
        {"Le Conseil, après en avoir délibéré, DÉCIDE de maintenir les taux de l'année précédente.", "DÉCIDE"},
        {"La Commission, après avoir délibéré, APPROUVE le règlement intérieur.", "APPROUVE"},
        /* OCR: the body's noun misread by one letter */
        {"Le Congeil communautaire FIXE la part fixe de la redevance.", "FIXE"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "DÉLIBÉRATION N° 2024-112\n"
                 "OBJET : Taux d'imposition 2024\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "%s\n"
                 "Fait à Saint-Arnoult, le 3 avril 2024.\n", cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_non_null(c.docs.v[0].decision_verb);
        assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
        ex_call_free(&c);
    }
}

/* no DÉCIDE printed: the operative verb opening the first article
   ("ARTICLE 1 – Approuve ...") is the decision, as printed; a printed
   DÉCIDE before the articles stays the decision; an article opening
   with no verb gives none */
static void test_verb_opening_first_article(void **state)
{
    static const struct {
        const char *verb_line, *art1, *verb;
    } cases[] = {
        {"", "ARTICLE 1 – Approuve l'avant-projet définitif.", "Approuve"},
        {"DÉCIDE :\n", "ARTICLE 1 – Approuve l'avant-projet définitif.", "DÉCIDE"},
        {"", "ARTICLE 1 – Le plan de financement est joint.", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "DÉLIBÉRATION N° 2024-088\n"
                 "OBJET : Pôle santé\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "Entendu l'exposé du rapporteur et après en avoir délibéré,\n"
                 "%s"
                 "%s\n"
                 "ARTICLE 2 – Autorise le Maire à signer.\n", cases[k].verb_line, cases[k].art1);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        assert_int_equal(c.docs.v[0].articles.n, 2);
        if (cases[k].verb) {
            assert_non_null(c.docs.v[0].decision_verb);
            assert_string_equal(c.docs.v[0].decision_verb, cases[k].verb);
        } else
            assert_null(c.docs.v[0].decision_verb);
        ex_call_free(&c);
    }
}

/* A recueil of two arrêtés signed by the same delegate: "Pour le préfet
   et par délégation," then the delegate's role and name, the last lines
   of two pages, repeat as running lines: the role goes on the open "Pour"
   group and the name names it, in both acts */
static void test_delegate_role_running_line(void **state)
{
    /* (the shape of a real recueil's pages, reduced: the form feed opens
       each page's footer line); then the same with the blank line OCR
       puts under "Pour le préfet et par délégation," */
    static const char fmt[] =
        "Article 3 – Le directeur départemental des territoires est chargé de\n"
        "Fait à Varennes, le 10 mars 2026\n"
        "Pour le préfet et par délégation,\n"
        "%s"
        "le directeur départemental des territoires,\n"
        "Marc OLLIVIER\n"
        "\fRAA n° 13-2026-042 – page 4\n"
        "\n"
        "Arrêté n° 13-2026-03-11-004 du 11 mars 2026\n"
        "Article 2 – Toute infraction est passible de l'amende prévue pour les\n"
        "Fait à Varennes, le 11 mars 2026\n"
        "Pour le préfet et par délégation,\n"
        "%s"
        "le directeur départemental des territoires,\n"
        "Marc OLLIVIER\n"
        "\fRAA n° 13-2026-042 – page 6\n"
        "\n"
        "Arrêté n° 13-2026-03-12-002 du 12 mars 2026\n";
    static const char *const gap[] = {"", "\n"};
    for (size_t g = 0; g < 2; g++) {
        char s[1024];
        snprintf(s, sizeof s, fmt, gap[g], gap[g]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_true(c.docs.n >= 2);
        for (size_t k = 0; k < 2; k++) {
            const ex_document *d = &c.docs.v[k];
            assert_int_equal(d->signatures.n, 1);
            assert_non_null(d->signatures.v[0].name);
            assert_string_equal(d->signatures.v[0].name, "Marc OLLIVIER");
            assert_non_null(d->signatures.v[0].role);
            assert_string_equal(d->signatures.v[0].role,
                                "Pour le préfet et par délégation, le directeur départemental des territoires");
        }
        ex_call_free(&c);
    }
}

/* A considérant ending with ':' keeps its roman sub-items ("I. – …;",
   "II. – …;"); a "§ 3 – Dispositif" section line closes it ("§" is no
   opening quote); "I. Objet" (a heading: a capital word) closes it */
static void test_roman_subitems_section_sign(void **state)
{
    static const struct {
        const char *items;
        const char *want;
    } cases[] = {
        {"   I. – pendant la mise en place du circuit ;\n"
         "   II. – pendant le passage de la course ;\n",
         "Considérant qu'il convient de réglementer la circulation : I. – pendant la mise en place du circuit ; "
         "II. – pendant le passage de la course ;"},
        {"I. Objet de la mesure\n",
         "Considérant qu'il convient de réglementer la circulation :"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1536];
        snprintf(s, sizeof s,
                 "COMMUNE DE SAINTE-ARLETTE\n"
                 "\n"
                 "ARRÊTÉ N° 2026-088\n"
                 "portant réglementation de la circulation\n"
                 "\n"
                 "Le Maire de la commune de Sainte-Arlette,\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "\n"
                 "Considérant qu'il convient de réglementer la circulation :\n"
                 "%s"
                 "\n"
                 "§ 3 – Dispositif\n"
                 "\n"
                 "ARRÊTE\n"
                 "\n"
                 "Article 1 – La circulation est interdite.\n"
                 "Article 2 – Le présent arrêté sera affiché.\n", cases[k].items);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->considerants.n, 1);
        assert_string_equal(d->considerants.v[0].text, cases[k].want);
        assert_int_equal(d->articles.n, 2);
        ex_call_free(&c);
    }
}

/* An annex with articles of its own (a règlement d'intervention) after a
   signed délibération is a document of its own; an annex table (no
   articles) stays in the délibération; so does a lower-case "annexe"
   mention */
static void test_annex_with_articles(void **state)
{
    static const struct {
        const char *annex;
        size_t ndocs, narts;    /* documents; articles of the délibération */
    } cases[] = {
        {"ANNEXE 3 – Règlement d'intervention\n"
         "\n"
         "Article 1er – Objet\n"
         "Le présent règlement fixe les conditions d'octroi des aides.\n"
         "\n"
         "Article 2 – Bénéficiaires\n"
         "Les communes de moins de 2 000 habitants.\n", 2, 2},
        {"ANNEXE 2 – Liste des bénéficiaires\n"
         "\n"
         "Commune de Vaux        12 000 €\n"
         "Commune de Liré         8 500 €\n", 1, 2},
        {"annexe 3 – règlement d'intervention, à consulter en mairie.\n"
         "\n"
         "Article 1er – Objet\n"
         "Le présent règlement fixe les conditions d'octroi des aides.\n", 1, 3},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[1536];
        snprintf(s, sizeof s,
                 "DÉPARTEMENT DE LA HAUTE-VÈZE\n"
                 "COMMISSION PERMANENTE\n"
                 "\n"
                 "Délibération n° CP-2026-07-118\n"
                 "Objet : Fonds d'aide aux petites communes\n"
                 "\n"
                 "La Commission permanente, après en avoir délibéré,\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1 : D'adopter le règlement d'intervention annexé.\n"
                 "Article 2 : D'attribuer les subventions.\n"
                 "\n"
                 "Le Président du Conseil départemental,\n"
                 "Jean MARTIN\n"
                 "\n"
                 "%s", cases[k].annex);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, cases[k].ndocs);
        assert_int_equal(c.docs.v[0].type, EX_DOC_DELIBERATION);
        assert_int_equal(c.docs.v[0].articles.n, cases[k].narts);
        if (cases[k].ndocs == 2)
            assert_int_equal(c.docs.v[1].type, EX_DOC_OTHER);
        ex_call_free(&c);
    }
}

/* a letter's place-date at the top right of the letterhead's first line
   ("VILLE DE X <gap> X, le 24 avril 2026") is the act's date, not a
   signature closing a first document; the same place-date alone on its
   line before the label still ends one (a cover page) */
static void test_letterhead_place_date(void **state)
{
    static const struct {
        const char *first;
        size_t ndocs;
    } cases[] = {
        {"VILLE DE VAL-D'ORSEN                              Val-d'Orsen, le 24 avril 2026\n", 1},
        {"VILLE DE VAL-D'ORSEN\nVal-d'Orsen, le 24 avril 2026\n", 2},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[768];
        snprintf(s, sizeof s,
                 "%s"
                 "Direction des ressources humaines\n"
                 "\n"
                 "ARRÊTÉ N° 2026-RH-12\n"
                 "portant avancement d'échelon\n"
                 "\n"
                 "Le Maire de la Ville de Val-d'Orsen,\n"
                 "\n"
                 "Vu le Code général de la fonction publique ;\n"
                 "\n"
                 "ARRÊTE :\n"
                 "\n"
                 "ARTICLE 1 : L'agent est promu.\n"
                 "ARTICLE 2 : Le présent arrêté sera notifié.\n", cases[k].first);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, cases[k].ndocs);
        const ex_document *d = &c.docs.v[c.docs.n - 1];
        assert_int_equal(d->type, EX_DOC_ARRETE);
        assert_non_null(d->decision_verb);
        assert_int_equal(d->articles.n, 2);
        ex_call_free(&c);
    }
}

/* "ARRÊTE CE QUI SUIT :" is the verb line as printed (colon out); the
   same words going on into a sentence are not */
static void test_verb_ce_qui_suit(void **state)
{
    static const struct {
        const char *line, *verb;
    } cases[] = {
        {"ARRÊTE CE QUI SUIT :", "ARRÊTE CE QUI SUIT"},
        {"Arrête ce qui suit :", "Arrête ce qui suit"},
        {"DÉCIDE CE QUI SUIT", "DÉCIDE CE QUI SUIT"},
        {"ARRÊTE :", "ARRÊTE"},
        {"ARRÊTE ce qui suit les travaux de voirie", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "ARRÊTÉ N° 2026-RH-12\n"
                 "Objet : avancement d'échelon\n"
                 "Le Maire de la Ville de Val-d'Orsen,\n"
                 "Vu le Code général de la fonction publique ;\n"
                 "%s\n"
                 "ARTICLE 1 : L'agent est promu.\n", cases[k].line);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const char *v = c.docs.v[0].decision_verb;
        if (cases[k].verb) {
            assert_non_null(v);
            assert_string_equal(v, cases[k].verb);
        } else
            assert_true(v == NULL || !strstr(v, "suit"));
        ex_call_free(&c);
    }
}

/* minutes printing no verb line: the first operative verb after "le
   Conseil" in a sentence, lower case as printed ("le Conseil, réuni
   ..." and "le Conseil municipal de la commune" give none) */
static void test_pv_sentence_verb(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-ARNOULT\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 28 MARS 2024\n"
               "L'an deux mil vingt-quatre, le vingt-huit mars, le Conseil municipal de la commune,\n"
               "dûment convoqué, s'est réuni à la mairie, sous la présidence de M. Paul VIGNAL, Maire.\n"
               "Compte administratif 2023. Le Maire ayant quitté la salle, le Conseil, réuni sous la\n"
               "présidence du premier adjoint, examine le compte. Le Conseil approuve le compte\n"
               "administratif 2023. Vote : unanimité.\n"
               "Taux 2024. Le Conseil municipal décide de maintenir les taux. Vote : unanimité.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "approuve"},
        /* the words over a line break, the verb in capitals */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 17 JUIN 2026\n"
               "L'an deux mil vingt-six, le dix-sept juin, le Conseil communautaire, dûment convoqué,\n"
               "s'est réuni au siège, sous la présidence de M. Paul VIGNAL, Président.\n"
               "Tarifs 2026. Mme Annie SOUBIRAN propose de porter la cotisation à 186 €. Le conseil\n"
               "communautaire FIXE les tarifs ainsi proposés.\n"
               "Vote : Pour : 11 – Contre : 0 – Abstentions : 2.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "FIXE"},
        /* the article ending a line, the subject's noun opening the
           next (set BJ); not "le\nConseiller" */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 17 JUIN 2026\n"
               "L'an deux mil vingt-six, le dix-sept juin, le Conseil communautaire, dûment convoqué,\n"
               "s'est réuni au siège, sous la présidence de M. Paul VIGNAL, Président.\n"
               "Calendrier. La Présidente propose le calendrier suivant, que le\n"
               "Conseil APPROUVE par 8 voix pour et 1 abstention.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "APPROUVE"},
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 17 JUIN 2026\n"
               "L'an deux mil vingt-six, le dix-sept juin, le Conseil communautaire, dûment convoqué,\n"
               "s'est réuni au siège, sous la présidence de M. Paul VIGNAL, Président.\n"
               "Calendrier. La Présidente propose le calendrier suivant, que le\n"
               "Conseiller APPROUVE.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = TT_NULL},
        /* not over a blank line, nor a capital word that only starts
           with a verb ("FIXATION"), nor "Décide" in a capital first
           letter only */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 17 JUIN 2026\n"
               "L'an deux mil vingt-six, le dix-sept juin, le Conseil communautaire, dûment convoqué,\n"
               "s'est réuni au siège, sous la présidence de M. Paul VIGNAL, Président.\n"
               "Tarifs 2026. Le président présente le rapport au conseil communautaire. Le conseil\n"
               "\n"
               "FIXE. Le conseil communautaire FIXATION des tarifs. Le conseil Décide.\n"
               "Vote : Pour : 11 – Contre : 0 – Abstentions : 2.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = TT_NULL},
        /* another body as the subject, the verb in capitals (set BD) */
        {.in = "SICTOM DU VAL D'ORVANE\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL DU 14 AVRIL 2026\n"
               "Le comité syndical s'est réuni sous la présidence de M. Paul VIGNAL, Président.\n"
               "POINT 2 – Affectation du résultat\n"
               "Le comité DÉCIDE d'affecter l'excédent à la section d'investissement.\n"
               "La délibération est adoptée par 21 voix pour, 2 voix contre et 1 abstention.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "DÉCIDE"},
        /* ... but not in lower case */
        {.in = "SICTOM DU VAL D'ORVANE\n"
               "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL DU 14 AVRIL 2026\n"
               "Le comité syndical s'est réuni sous la présidence de M. Paul VIGNAL, Président.\n"
               "POINT 2 – Affectation du résultat\n"
               "Le comité décide d'affecter l'excédent à la section d'investissement.\n"
               "La délibération est adoptée par 21 voix pour, 2 voix contre et 1 abstention.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = TT_NULL},
        /* a person, an object pronoun, the verb in capitals */
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 9 JUILLET 2026\n"
               "Le conseil communautaire s'est réuni sous la présidence de Mme Ghislaine AUBRY.\n"
               "1. ÉLECTION DU 3e VICE-PRÉSIDENT\n"
               "M. Alain CAMBOU ayant obtenu la majorité absolue, la Présidente le PROCLAME\n"
               "3e vice-président et le déclare immédiatement installé.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .decision_verb = "PROCLAME"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "PROCÈS-VERBAL DES DÉLIBÉRATIONS …" over ONE numbered item "N° … –
   TITLE" (its title in capitals cut by the line end), decided and
   signed: a délibération with the item's number and title; not with two
   numbered items, nor under "PROCÈS-VERBAL DE LA SÉANCE" */
static void test_pv_heading_one_item(void **state)
{
#define PV1_BODY "Date de convocation : 18/06/2026\n\n" \
    "Le vingt-cinq juin deux mille vingt-six, le Conseil municipal s'est réuni à la mairie.\n\n" \
    "Vu le code général des collectivités territoriales ;\n\n" \
    "Le Conseil municipal, après en avoir délibéré, à l'unanimité,\n" \
    "- DÉCIDE de créer un poste d'adjoint technique.\n\n"
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VERNOSC\n\nPROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "SÉANCE DU 25 JUIN 2026\n\n"
               "N° 2026-058 – CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE ET MODIFICATION DU TABLEAU\n"
               "DES EFFECTIFS\n\n" PV1_BODY,
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION), .number = "2026-058",
         .title = "CRÉATION D'UN POSTE D'ADJOINT TECHNIQUE ET MODIFICATION DU TABLEAU DES EFFECTIFS"},
        /* not so: two numbered items */
        {.in = "COMMUNE DE VERNOSC\n\nPROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "SÉANCE DU 25 JUIN 2026\n\n"
               "N° 2026-058 – CRÉATION D'UN POSTE\n\n" PV1_BODY
               "N° 2026-059 – TARIFS DE LA CANTINE\n\n" PV1_BODY,
         .ndocs = TT(1), .type = TT(EX_DOC_PROCES_VERBAL)},
        /* not so: the minutes of a séance */
        {.in = "COMMUNE DE VERNOSC\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "DU 25 JUIN 2026\n\n"
               "N° 2026-058 – CRÉATION D'UN POSTE\n\n" PV1_BODY,
         .ndocs = TT(1), .type = TT(EX_DOC_PROCES_VERBAL)},
    };
#undef PV1_BODY
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a procès-verbal: one document, its deliberations as items */
/* a commission's minutes: "COMPTE RENDU DE LA COMMISSION DES FINANCES"
   is a session's minutes (proces_verbal) and the commission named in
   capitals its body (a service line of the letterhead, the conseil
   municipal named further down are not); an OCR speck after the name
   ("FINANCES É") stays out; not a lower-case "commission des finances"
   in a délibération's sentence */
static void test_commission_minutes(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE VALMONT-SUR-OUCHE\n"
               "Direction des finances – 21000 Valmont\n"
               "\n"
               "COMPTE RENDU DE LA COMMISSION DES FINANCES\n"
               "Réunion du jeudi 12 février 2026 à 18 h 00\n"
               "\n"
               "Membres présents : M. Paul DURAND, Mme Anne MARTIN.\n"
               "Point 1 – Budget primitif 2026\n"
               "Avis favorable à l'unanimité.\n"
               "Ces points seront soumis au conseil municipal du 26 février 2026.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .body = "COMMISSION DES FINANCES"},
        {.in = "VILLE DE VALMONT-SUR-OUCHE\n"
               "\n"
               "COMPTE-RENDU DE LA COMMISSION DE L'URBANISME ET DES TRAVAUX É\n"
               "Réunion du jeudi 12 février 2026\n"
               "\n"
               "Point 1 – Voirie\n"
               "Avis favorable à l'unanimité.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .body = "COMMISSION DE L'URBANISME ET DES TRAVAUX"},
        /* negative: a délibération citing the commission in a sentence */
        {.in = "COMMUNE DE VALMONT-SUR-OUCHE\n"
               "DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2026-012\n"
               "Objet : Budget primitif 2026\n"
               "Vu l'avis de la commission des finances du 12 février 2026 ;\n"
               "Le conseil municipal, après en avoir délibéré,\n"
               "DÉCIDE :\n"
               "Article 1er : Le budget primitif 2026 est adopté.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .body = "CONSEIL MUNICIPAL"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

static void test_proces_verbal(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE BOISMONT-SUR-LAWE\n"
        "\n"
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "DU JEUDI 28 MARS 2024\n"
        "L’an deux mil vingt-quatre, le vingt-huit mars à dix-neuf heures, le Conseil\n"
        "Municipal, légalement convoqué, s’est réuni en séance publique dans la salle du conseil de la\n"
        "mairie, sous la présidence de Madame Françoise DELATTRE, Maire.\n"
        "1. DÉLIBÉRATION N° 2024-012 – VOTE DES TAUX D’IMPOSITION 2024\n"
        "Vu le Code général des impôts ;\n"
        "Le Conseil Municipal, après en avoir délibéré,\n"
        "DÉCIDE de maintenir les taux.\n"
        "Adopté à l’unanimité.\n"
        "2. DÉLIBÉRATION N° 2024-014 – SUBVENTION EXCEPTIONNELLE À L’ASSOCIATION « LES\n"
        "AMIS DU MOULIN »\n"
        "Vu la demande de l'association ;\n"
        "DÉCIDE :\n"
        "Article 1er : Une subvention de 1 200 € est attribuée.\n"
        "Article 2 : La dépense sera imputée au compte 6745.\n"
        "Vote : Pour : 15 – Contre : 0 – Abstention : 0.\n"
        "Fait à Boismont-sur-Lawe, le 29 mars 2024\n"
        "La Maire,\n"
        "\n"
        "Le secrétaire de séance,\n"
        "\n"
        "Françoise DELATTRE\n"
        "\n"
        "Thomas VASSEUR\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_PROCES_VERBAL);
    assert_null(d->number);
    assert_string_equal(d->body, "CONSEIL MUNICIPAL");
    assert_string_equal(d->title, "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 28 MARS 2024");
    assert_string_equal(d->session_place, "salle du conseil de la mairie");
    assert_string_equal(d->decision_verb, "DÉCIDE");
    assert_int_equal(d->visas.n, 2);
    assert_int_equal(d->items.n, 2);
    assert_string_equal(d->items.v[0].number, "2024-012");
    assert_string_equal(d->items.v[0].title, "VOTE DES TAUX D’IMPOSITION 2024");
    assert_string_equal(d->items.v[1].number, "2024-014");
    assert_string_equal(d->items.v[1].title, "SUBVENTION EXCEPTIONNELLE À L’ASSOCIATION « LES AMIS DU MOULIN »");
    assert_int_equal(d->items.v[0].articles.n, 0);
    assert_int_equal(d->items.v[1].articles.n, 2);
    assert_int_equal(d->articles.n, 2);
    assert_string_equal(d->articles.v[0].number, "1");
    assert_int_equal(d->signatures.n, 2);
    assert_string_equal(d->signatures.v[0].role, "La Maire");
    assert_string_equal(d->signatures.v[0].name, "Françoise DELATTRE");
    assert_string_equal(d->signatures.v[1].role, "Le secrétaire de séance");
    assert_string_equal(d->signatures.v[1].name, "Thomas VASSEUR");
    ex_call_free(&c);
}

/* two-column signature block, the place/date line in the right column */
/* a text typed all in capitals: the capitals tell no heading from a
   sentence; a line ending with a comma and an elided "D'" clause are the
   article's body; a short heading line still is one where the text has
   small letters */
static void test_articles_capitals_text(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE SAINT-PIERRE\n"
        "DELIBERATION N. 2026/07\n"
        "VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES ;\n"
        "DECIDE :\n"
        "ARTICLE 1 : D'ACQUERIR LA PARCELLE AB 112 AU PRIX DE 12 500,00 EUROS,\n"
        "LES FRAIS ETANT A LA CHARGE DE LA COMMUNE.\n"
        "ARTICLE 2 : D'IMPUTER LA DEPENSE AU BUDGET PRINCIPAL.\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->articles.n, 2);
    assert_null(d->articles.v[0].heading);
    assert_string_equal(d->articles.v[0].text, "D'ACQUERIR LA PARCELLE AB 112 AU PRIX DE 12 500,00 EUROS, "
                                               "LES FRAIS ETANT A LA CHARGE DE LA COMMUNE.");
    assert_null(d->articles.v[1].heading);
    assert_string_equal(d->articles.v[1].text, "D'IMPUTER LA DEPENSE AU BUDGET PRINCIPAL.");
    ex_call_free(&c);
    /* negative: the same heading line in a text with small letters */
    const char t[] =
        "Commune de Saint-Pierre\n"
        "Délibération n° 2026-07\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "ARTICLE 1 : OBJET DE LA CONVENTION\n"
        "La commune acquiert la parcelle.\n";
    run_pipeline(&c, *state, t);
    assert_int_equal(c.docs.n, 1);
    d = &c.docs.v[0];
    assert_int_equal(d->articles.n, 1);
    assert_string_equal(d->articles.v[0].heading, "OBJET DE LA CONVENTION");
    ex_call_free(&c);
}

static void test_signature_columns(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNAUTÉ DE COMMUNES                                   Envoyé en préfecture le 12/04/2024\n"
        "DU VAL D'ARGENSON                                        Publié le 12/04/2024\n"
        "                 EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
        "                      DU CONSEIL COMMUNAUTAIRE\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "                         DÉLIBÈRE\n"
        "ARTICLE 1 - D'attribuer les fonds de concours,\n"
        "pour un montant total de 148 131,00 €.\n"
        "Adopté à la majorité.\n"
        "\n"
        "La secrétaire de séance,                 Fait à Saint-Hilaire, le 10 avril 2024\n"
        "\n"
        "Claire ROUSSEL                           Le Président,\n"
        "\n"
        "                                         Alain GUÉRIN\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_string_equal(d->collectivity, "COMMUNAUTÉ DE COMMUNES DU VAL D'ARGENSON");
    assert_string_equal(d->body, "CONSEIL COMMUNAUTAIRE");
    assert_string_equal(d->decision_verb, "DÉLIBÈRE");
    assert_int_equal(d->articles.n, 1);
    assert_null(d->articles.v[0].heading);
    assert_string_equal(d->articles.v[0].text,
                        "D'attribuer les fonds de concours, pour un montant total de 148 131,00 €.");
    assert_int_equal(d->signatures.n, 2);
    assert_string_equal(d->signatures.v[0].role, "La secrétaire de séance");
    assert_string_equal(d->signatures.v[0].name, "Claire ROUSSEL");
    assert_string_equal(d->signatures.v[0].place, "Saint-Hilaire");
    assert_string_equal(d->signatures.v[1].role, "Le Président");
    assert_string_equal(d->signatures.v[1].name, "Alain GUÉRIN");
    assert_true(d->transmission.present);
    ex_call_free(&c);
}

/* two signature columns joined by OCR with a one-letter speck between
   the names: each name goes to its role */
static void test_signature_columns_joined_speck(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VILLEBOIS\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n"
               "\n"
               "Fait à Villebois, le 3 mai 2024.\n"
               "\n"
               "Le Maire, La secrétaire de séance,\n"
               "Paul LEMOINE a Odile FERRAND\n",
         .ndocs = TT(1),
         .n_signatures = TT(2),
         .signatures = {[0] = {.role = "Le Maire", .name = "Paul LEMOINE"},
                         [1] = {.role = "La secrétaire de séance", .name = "Odile FERRAND"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR article headings: "ler" / "Ier" / "ter" for "1er", "Art," with
   the period read as a comma, "Article.2", a letter speck before */
static void test_article_ocr_first_comma(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VILLEBOIS\n"
               "ARRÊTÉ N° 2024-15\n"
               "Le Maire,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "\n"
               ". Article ler : La circulation est interdite rue Haute.\n"
               "\n"
               "Art, 2 - Le stationnement est interdit.\n"
               "\n"
               "Art. 3 - Le présent arrêté sera affiché.\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[0] = {.number = "1", .text = "La circulation est interdite rue Haute."},
                       [1] = {.number = "2", .text = "Le stationnement est interdit."},
                       [2] = {.number = "3"}}},
        /* "ter" for "1er" (no number before it: no "2 ter"), a speck
           "." glued before the number, an accented letter alone before
           the heading */
        {.in = "COMMUNE DE VILLEBOIS\n"
               "ARRÊTÉ N° 2024-16\n"
               "Le Maire,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "\n"
               ". Article ter : La circulation est interdite rue Haute.\n"
               "\n"
               "Article.2 : Le stationnement est interdit.\n"
               "\n"
               "ï Article 3 : Le présent arrêté sera affiché.\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[0] = {.number = "1", .text = "La circulation est interdite rue Haute."},
                       [1] = {.number = "2", .text = "Le stationnement est interdit."},
                       [2] = {.number = "3", .text = "Le présent arrêté sera affiché."}}},
        /* the second letter misread ("Aiticle", "Aïticle"), an accent on
           the capital ("Ârticle"), the blank read as a hyphen
           ("Article-2"), the number lost before a dot ("Article . ") */
        {.in = "COMMUNE DE VILLEBOIS\n"
               "ARRÊTÉ N° 2024-17\n"
               "Le Maire,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "\n"
               "- Article . La circulation est interdite rue Haute.\n"
               "\n"
               "‘Aiticle 2 : Le stationnement est interdit.\n"
               "\n"
               "_: Aïticle 3: Le présent arrêté sera affiché.\n"
               "\n"
               ".Article-4 : Les agents sont chargés de l'exécution.\n",
         .ndocs = TT(1),
         .n_articles = TT(4),
         .articles = {[0] = {.number = "1", .text = "La circulation est interdite rue Haute."},
                       [1] = {.number = "2", .text = "Le stationnement est interdit."},
                       [2] = {.number = "3", .text = "Le présent arrêté sera affiché."},
                       [3] = {.number = "4", .text = "Les agents sont chargés de l'exécution."}}},
        {.in = "COMMUNE DE VILLEBOIS\n"
               "ARRÊTÉ N° 2024-19\n"
               "Le Maire,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "\n"
               "Article 1 : La circulation est interdite rue Haute.\n"
               "\n"
               "Ârticle 2 : Le présent arrêté sera publié.\n"
               "\n"
               "Article'3 : Le présent arrêté sera affiché.\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[1] = {.number = "2", .text = "Le présent arrêté sera publié."},
                      [2] = {.number = "3", .text = "Le présent arrêté sera affiché."}}},
        /* negatives: those readings want a number in digits ("Aiticle
           premier", "Ârticle unique" go on the text before), "Article."
           then a blank and no capital is no heading either */
        {.in = "COMMUNE DE VILLEBOIS\n"
               "ARRÊTÉ N° 2024-18\n"
               "Le Maire,\n"
               "Vu le code de la route ;\n"
               "ARRÊTE :\n"
               "\n"
               "Article 1 : La circulation est interdite.\n"
               "Aiticle premier est lu.\n"
               "Ârticle unique est lu.\n"
               "Article. voir ci-dessus.\n",
         .ndocs = TT(1),
         .n_articles = TT(1),
         .articles = {[0] = {.number = "1", .text = "La circulation est interdite. Aiticle premier est lu. "
                                                    "Ârticle unique est lu. Article. voir ci-dessus."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR misread the second letter of a long keyword ("Cénsidérant"): a
   considérant */
static void test_considerant_second_letter(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VILLEBOIS\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Le Conseil municipal,\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "Cénsidérant que les travaux sont urgents ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'approuver le projet.\n",
         .ndocs = TT(1),
         .n_visas = TT(1),
         .n_considerants = TT(1),
         .considerants = {[0] = "Cénsidérant que les travaux sont urgents ;"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* no structure at all, and an empty input: one "other" document */
static void test_plain_and_empty(void **state)
{
    ex_call c;
    run_pipeline(&c, *state, "Bonjour,\nceci est une simple note.\n");
    assert_int_equal(c.docs.n, 1);
    assert_int_equal(c.docs.v[0].type, EX_DOC_OTHER);
    assert_int_equal(c.docs.v[0].span.start, 0);
    assert_int_equal(c.docs.v[0].span.end, c.text.len);
    assert_null(c.docs.v[0].decision_verb);
    assert_int_equal(c.docs.v[0].articles.n, 0);
    ex_call_free(&c);

    run_pipeline(&c, *state, "");
    assert_int_equal(c.docs.n, 1);
    assert_int_equal(c.docs.v[0].span.end, 0);
    ex_call_free(&c);
}

/* "Article 4 de la présente convention" at a line start is a sentence,
   "Vu" inside a word is no visa */
static void test_not_labels(void **state)
{
    static const doc_row rows[] = {
        {.in = "ARRÊTÉ N° 12\n"
               "Vu la loi ;\n"
               "ARRÊTE :\n"
               "Article 1 : Les dispositions prévues à\n"
               "Article 4 de la présente convention sont abrogées.\n"
               "Vue la situation, rien.\n",
         .type = TT(EX_DOC_ARRETE),
         .number = "12",
         .decision_verb = "ARRÊTE",
         .n_visas = TT(1),
         .n_articles = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "DÉCISION DU MAIRE N° X": the act's number; a décision taken by the
   maire alone is not a body's deliberation (type other), and its body is
   the authority line that opens the visas, not the service of the
   letterhead */
static void test_decision_du_maire(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE SAINT-AUBIN\n"
               "Direction des finances\n"
               "\n"
               "                DÉCISION DU MAIRE N° DM-2024-012\n"
               "     prise par délégation du Conseil municipal (article L.2122-22 du CGCT)\n"
               "\n"
               "OBJET : Emprunt de 200 000 € auprès de la Caisse d'Épargne\n"
               "\n"
               "Le Maire de la Ville de Saint-Aubin,\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "\n"
               "DÉCIDE :\n"
               "\n"
               "Article 1er : Un emprunt de 200 000 € est contracté.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_OTHER),
         .number = "DM-2024-012",
         .body = "Le Maire",
         .collectivity = "VILLE DE SAINT-AUBIN",
         .decision_verb = "DÉCIDE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the décision's number line in mixed case under its label: "Décision
   n° DP-2025-084 du 14 octobre 2025", "DÉCISION n° …", "Décision du
   Président n° …" give the number; the number line types nothing (type
   other, also "DÉCISION N° …" in capitals); negative: "Décision
   modificative n° 2" (a budget act's title) is no number line */
static void test_decision_numline_mixed_case(void **state)
{
#define DEC_DOC(numline)                                                    \
    "COMMUNAUTÉ DE COMMUNES DES COTEAUX\n"                                \
    "\n"                                                                   \
    "                DÉCISION DU PRÉSIDENT\n"                              \
    "         " numline "\n"                                               \
    "\n"                                                                   \
    "Objet : Attribution du marché de travaux\n"                           \
    "\n"                                                                   \
    "Le Président de la Communauté de communes,\n"                        \
    "\n"                                                                   \
    "Vu le code général des collectivités territoriales ;\n"              \
    "\n"                                                                   \
    "DÉCIDE :\n"                                                           \
    "\n"                                                                   \
    "Article 1 : Le marché est attribué.\n"
    static const doc_row rows[] = {
        {.in = DEC_DOC("Décision n° DP-2025-084 du 14 octobre 2025"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "DP-2025-084"},
        {.in = DEC_DOC("DÉCISION n° DP-2025-084 du 14 octobre 2025"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "DP-2025-084"},
        {.in = DEC_DOC("Décision N° DP-2025-084"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "DP-2025-084"},
        {.in = DEC_DOC("Décision du Président n° 12 du 14 octobre 2025"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "12"},
        {.in = DEC_DOC("DÉCISION N° DP-2025-084"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "DP-2025-084"},
        /* OCR: a letter of the word misread, "Ne" for "N°" */
        {.in = DEC_DOC("DECISTON N° DP-2025-084"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "DP-2025-084"},
        {.in = DEC_DOC("DÉCISION Ne 2025-084"),
         .ndocs = TT(1), .type = TT(EX_DOC_OTHER), .number = "2025-084"},
        /* negative: two letters off, or "Ne" before no digit */
        {.in = DEC_DOC("DECTSTON N° DP-2025-084"), .ndocs = TT(1), .number = TT_NULL},
        {.in = DEC_DOC("DÉCISION Ne pas DP-2025-084"), .ndocs = TT(1), .number = TT_NULL},
        /* negative: a budget décision modificative is the title */
        {.in = "COMMUNE DE SAINT-AUBIN\n"
               "\n"
               "DÉLIBÉRATION N° 2025-031\n"
               "Décision modificative n° 2 au budget principal\n"
               "\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : La décision modificative est adoptée.\n",
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION), .number = "2025-031"},
    };
#undef DEC_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "COMMUNE DE'SAINT-AUBIN": a speck read as an apostrophe after DE
   before a consonant (DE elides only before a vowel or h) is a blank;
   "COMMUNE D'ESQUIN" keeps its apostrophe */
static void test_collectivity_de_speck(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE'SAINT-AUBIN\n"
               "\n"
               "ARRÊTÉ MUNICIPAL N° 2024-087\n"
               "portant réglementation du stationnement\n"
               "Le Maire,\n"
               "Vu le Code de la route ;\n"
               "ARRÊTE\n"
               "Article 1 : Le stationnement est interdit.\n",
         .ndocs = TT(1),
         .collectivity = "COMMUNE DE SAINT-AUBIN"},
        {.in = "COMMUNE D'ESQUIN\n"
               "\n"
               "ARRÊTÉ MUNICIPAL N° 2024-087\n"
               "portant réglementation du stationnement\n"
               "Le Maire,\n"
               "Vu le Code de la route ;\n"
               "ARRÊTE\n"
               "Article 1 : Le stationnement est interdit.\n",
         .ndocs = TT(1),
         .collectivity = "COMMUNE D'ESQUIN"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an act with no clause, article, verb or item line (a compte rendu
   sommaire): its signature is still read, from the second half */
static void test_signature_without_body(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE SAINT-AUBIN\n"
               "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL DU 19 SEPTEMBRE 2024\n"
               "\n"
               "n° 2024-048 : Approbation du procès-verbal – adoptée à l'unanimité\n"
               "n° 2024-049 : Tarifs de la cantine – adoptée à l'unanimité\n"
               "\n"
               "Affiché le 23 septembre 2024\n"
               "\n"
               "Le Maire,\n"
               "Laurent HÉBERT\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Le Maire", .name = "Laurent HÉBERT"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an annex table after the signature: its rows (a row number or an
   amount among wide-blank-separated cells) hold names but are no
   signature block */
static void test_annex_table_not_signature(void **state)
{
    static const doc_row rows[] = {
        {.in = "VILLE DE BERNIÈRES-LA-VALLÉE\n"
               "\n"
               "ARRÊTÉ MUNICIPAL N° 2024-091\n"
               "portant attribution de subventions\n"
               "Le Maire de la Commune de Bernières-la-Vallée,\n"
               "Vu le Code général des collectivités territoriales ;\n"
               "\n"
               "ARRÊTE\n"
               "Article 1 : Une subvention est attribuée aux bénéficiaires en annexe.\n"
               "Article 2 : Le présent arrêté sera affiché.\n"
               "Fait à Bernières-la-Vallée, le 4 mars 2024\n"
               "Le Maire,\n"
               "\n"
               "Philippe LEBRETON\n"
               "\n"
               "ANNEXE\n"
               "\n"
               "N°   Bénéficiaire             Commune              Montant\n"
               "1    Mme Odile FERRAND         Vernon (27)          2 500 €\n"
               "2.   M. Hugo MARCHETTI         Évreux (27)          1 200 €\n"
               "     Mme Anne PRÉVOST          Louviers (27)    1.500,00 EUR\n"
               "3)   M. Paul DELMAS            Gisors (27)              800\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Le Maire", .name = "Philippe LEBRETON", .place = "Bernières-la-Vallée"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a two-column letterhead flattened on one line: the collectivity is the
   right column's "Commune de X", not the left column's département */
static void test_flattened_letterhead(void **state)
{
    static const doc_row rows[] = {
        {.in = "République française                    Commune de Vieux-Mesnil\n"
               "Département du Nord                     Arrondissement d'Avesnes-sur-Helpe\n"
               "\n"
               "ARRÊTÉ N° 2024-14\n"
               "portant délégation de fonctions à un adjoint\n"
               "\n"
               "Le Maire de la commune de Vieux-Mesnil,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE :\n"
               "Article 1 : Délégation est donnée à M. Paul MARTIN.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .collectivity = "Commune de Vieux-Mesnil"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an act printed in plain lower case: "arrêté n° 2024-14" opening a
   paragraph is the act's label when visas or considérants then a verb
   follow, "arrête :" alone on its line after them is the decision; the
   act's own number is then no reference.  A citation wrapped onto a
   line start, or a lower-case number line with no visa and verb after
   it, is none. */
static void test_lower_case_act(void **state)
{
    static const doc_row rows[] = {
        /* the title on the label line; a délibération in lower case */
        {.in = "Commune de Saint-Rémy\n"
               "\n"
               "arrêté n° 2023-08 portant fermeture d'une voie\n"
               "\n"
               "vu le code de la route ;\n"
               "\n"
               "arrête :\n"
               "\n"
               "Art. 1 - La voie est fermée.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_ARRETE),
         .title = "portant fermeture d'une voie"},
        {.in = "Commune de Saint-Rémy\n"
               "\n"
               "délibération n° 2023-31\n"
               "\n"
               "vu le code général des collectivités territoriales ;\n"
               "\n"
               "décide :\n"
               "\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "2023-31",
         .decision_verb = "décide"},
        /* no visa before the verb: neither label nor verb */
        {.in = "Commune de Saint-Rémy\n"
               "\n"
               "arrêté n° 2023-07\n"
               "\n"
               "Le maire informe le conseil.\n"
               "\n"
               "arrête :\n"
               "\n"
               "Fin.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_OTHER),
         .number = TT_NULL,
         .decision_verb = TT_NULL},
        /* a paragraph citing an arrêté (a sentence: it ends with '.') */
        {.in = "Commune de Saint-Rémy\n"
               "\n"
               "arrêté n° 2019-12 du 3 mai 2019 abrogé.\n"
               "\n"
               "vu le code de la route ;\n"
               "\n"
               "arrête :\n",
         .ndocs = TT(1),
         .number = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    const char *s =
        "Commune de Saint-Rémy\n"
        "\n"
        "arrêté n° 2023-07\n"
        "portant nomination d'un régisseur\n"
        "\n"
        "Le maire de la commune de Saint-Rémy,\n"
        "\n"
        "vu le code général des collectivités territoriales ;\n"
        "vu la délibération du conseil municipal modifiant l'\n"
        "arrêté n° 2019-12 du 3 mai 2019 ;\n"
        "considérant la nécessité de nommer un régisseur ;\n"
        "\n"
        "arrête :\n"
        "\n"
        "Art. 1 - M. Paul MARTIN est nommé régisseur.\n"
        "\n"
        "Fait à Saint-Rémy, le 2 avril 2023\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->type, EX_DOC_ARRETE);
    assert_string_equal(d->number, "2023-07");
    assert_string_equal(d->title, "portant nomination d'un régisseur");
    assert_non_null(d->decision_verb);
    assert_string_equal(d->decision_verb, "arrête");
    assert_int_equal(d->visas.n, 2);
    /* the wrapped citation stays a reference; the own number is none */
    bool own = false, cited = false;
    for (size_t i = 0; i < d->references.n; i++) {
        if (d->references.v[i].number && !strcmp(d->references.v[i].number, "2023-07"))
            own = true;
        if (d->references.v[i].number && !strcmp(d->references.v[i].number, "2019-12"))
            cited = true;
    }
    assert_false(own);
    assert_true(cited);
    ex_call_free(&c);
}

/* OCR puts blank lines inside a paragraph: a citation wrapped after a
   connector ("(jusqu'à la" + blank line + "délibération n° 12), M. X")
   opens no act and gives no number; the act's own number stays */
static void test_lower_label_after_connector(void **state)
{
    static const doc_row rows[] = {
        {.in = "DÉPARTEMENT DE LA MEUSE\n"
               "\n"
               "DÉLIBÉRATION DE LA COMMISSION PERMANENTE\n"
               "\n"
               "Étaient présents : Mme Anne MOREL, M. Luc BRIAND (jusqu'à la\n"
               "\n"
               "délibération n° 7), Mme Claire VIDAL, M. Yves\n"
               "\n"
               "ROUX.\n"
               "\n"
               "(N° 25-CP-0102)\n"
               "\n"
               "vu le code général des collectivités territoriales ;\n"
               "\n"
               "décide :\n"
               "\n"
               "Article 1 : Les aides sont attribuées.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "25-CP-0102"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: a stray ';' or '.' after an article heading in an act whose
   previous article has a heading ("ARTICLE 3 — Résiliation de la
   convention.", "ARTICLE 4 - Conditions de versement de l'aide ;") is
   debris: still a heading; a first article, or a line followed by the
   next article, keeps its sentence */
static void test_ocr_heading_stray_stop(void **state)
{
    static const doc_row rows[] = {
        {.in = "RÉGION NORD\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "ARTICLE 1 — Objet de la convention\n"
               "La convention fixe les engagements des parties.\n"
               "ARTICLE 2 — Montant de l'aide.\n"
               "L'aide s'élève à dix mille euros.\n"
               "ARTICLE 3 — Conditions de versement de l'aide ;\n"
               "Le versement intervient en une fois.\n"
               "ARTICLE 4 — La convention est signée.\n"
               "ARTICLE 5 — Recours\n"
               "Le tribunal administratif est compétent.\n",
         .ndocs = TT(1),
         .n_articles = TT(5),
         .articles = {[1] = {.heading = "Montant de l'aide"},
                      [2] = {.heading = "Conditions de versement de l'aide"},
                      [3] = {.heading = TT_NULL, .text = "La convention est signée."}}},
        {.in = "RÉGION NORD\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "ARTICLE 1 — Montant de l'aide.\n"
               "L'aide s'élève à dix mille euros.\n",
         .ndocs = TT(1),
         .articles = {[0] = {.heading = TT_NULL}}},
        /* the first article: a lone ';' after a heading of 3 words at most */
        {.in = "RÉGION NORD\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "Article 1er. Objet ;\n"
               "La convention fixe les engagements des parties.\n"
               "Article 2. Durée\n"
               "La convention est conclue pour un an.\n",
         .ndocs = TT(1),
         .articles = {[0] = {.heading = "Objet"}}},
        /* a glued ',' after a short heading under headed articles (blind set
           AE O3); not under the first article, nor one apart from the word */
        {.in = "RÉGION NORD\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 – Objet,\n"
               "La convention fixe les engagements des parties.\n"
               "Article 2 – Durée\n"
               "La convention est conclue pour un an.\n"
               "Article 3 – Délai d'exécution,\n"
               "Le délai reste fixé à dix mois.\n"
               "Article 4 – Le Président ,\n"
               "Le Directeur général des services sont chargés de l'exécution.\n",
         .ndocs = TT(1),
         .n_articles = TT(4),
         .articles = {[0] = {.heading = TT_NULL},
                      [2] = {.heading = "Délai d'exécution"},
                      [3] = {.heading = TT_NULL}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* blind set CE (h/fixCE3): run-in article headings "Art. 1 – Objet. La
   Région …" (the short title up to its first full stop, the text after
   it on the same line); the parties' name-less signature blocks side by
   side ("Pour la Région,   Pour l'établissement,") end the last article;
   so do "Fait à X, en deux exemplaires," and an annex heading after the
   last article.  Negatives: a sentence after the number (a determiner,
   an operative verb, "est"), a "Pour la Région, …" sentence alone, an
   "annexe 2." inside the text */
static void test_runin_article_heading(void **state)
{
    static const doc_row rows[] = {
        {.in = "RÉGION NORD\n"
               "CONVENTION-CADRE DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "\n"
               "Art. 1 – Objet. La Région participe à l'acquisition d'équipements\n"
               "pédagogiques.\n"
               "\n"
               "Article 2 - Montant des aides. Le montant est versé en une fois.\n"
               "\n"
               "Art. 3 – Durée. La convention est conclue pour trois ans.\n"
               "\n"
               "Pour la Région,                        Pour l'établissement,\n"
               "La Présidente du Conseil régional      Le chef d'établissement\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[0] = {.heading = "Objet",
                             .text = "La Région participe à l'acquisition d'équipements pédagogiques."},
                      [1] = {.heading = "Montant des aides", .text = "Le montant est versé en une fois."},
                      [2] = {.heading = "Durée", .text = "La convention est conclue pour trois ans."}},
         .n_signatures = TT(2),
         .signatures = {[0] = {.role = "Pour la Région, La Présidente du Conseil régional", .name = TT_NULL},
                        [1] = {.name = TT_NULL}}},
        /* sentences after the number: no heading */
        {.in = "COMMUNE DE VALBOIS\n"
               "ARRÊTÉ N° 2026-064\n"
               "Le Maire de Valbois,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1 : Approuve le règlement. Le Maire est chargé de son exécution.\n"
               "Article 2 : La vente d'alcool est interdite. L'association veille au respect.\n"
               "Article 3 – Délégation est donnée. Elle prend effet ce jour.\n"
               "Article 4 – Voir art. 2 du règlement pour les horaires.\n"
               "Pour la Région, la participation reste fixée par convention.\n",
         .ndocs = TT(1),
         .n_articles = TT(4),
         .articles = {[0] = {.heading = TT_NULL}, [1] = {.heading = TT_NULL}, [2] = {.heading = TT_NULL},
                      [3] = {.heading = TT_NULL,
                             .text = "Voir art. 2 du règlement pour les horaires. Pour la Région, la "
                                     "participation reste fixée par convention."}}},
        {.in = "COMMUNE DE VALBOIS\n"
               "ARRÊTÉ N° 2026-065\n"
               "Le Maire de Valbois,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "ARRÊTE\n"
               "Article 1 – Monsieur Dupont. Il est nommé régisseur.\n"
               "Article 2 – Objet et durée : la régie est créée.\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[0] = {.heading = TT_NULL}, [1] = {.heading = TT_NULL}}},
        /* "Fait à X, en deux exemplaires," ends the last article */
        {.in = "DÉPARTEMENT DE LA SARRE\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 – Durée\n"
               "La présente convention s'achève le 31 décembre 2026.\n"
               "\n"
               "Fait à Vérannes, en deux exemplaires,\n"
               "\n"
               "Pour le Département,                     Pour l'association,\n"
               "La Présidente,                           Le Président,\n"
               "\n"
               "Corinne VALLAURIS                        Jacques DORIGNAC\n",
         .ndocs = TT(1),
         .articles = {[0] = {.text = "La présente convention s'achève le 31 décembre 2026."}},
         .n_signatures = TT(2)},
        /* not "Fait à X, en deux tranches …" */
        {.in = "DÉPARTEMENT DE LA SARRE\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 – Durée\n"
               "La présente convention s'achève le 31 décembre 2026.\n"
               "Fait à Vérannes, en deux tranches annuelles.\n",
         .ndocs = TT(1),
         .articles = {[0] = {.text = "La présente convention s'achève le 31 décembre 2026. Fait à Vérannes, "
                                     "en deux tranches annuelles."}}},
        /* an annex heading after the last article ends it; "annexe 2."
           inside the text does not */
        {.in = "SYNDICAT DES EAUX DU VAL\n"
               "DÉLIBÉRATION N° 2026-033\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : La répartition est fixée selon\n"
               "annexe 2.\n"
               "Article 2 : Le Président est autorisé à signer.\n"
               "\n"
               "Annexe – Répartition de l'enveloppe 2026 par secteur\n"
               "Bourganeuf ........................ 312 000 €\n"
               "Total ............................. 312 000 €\n",
         .ndocs = TT(1),
         .n_articles = TT(2),
         .articles = {[0] = {.text = "La répartition est fixée selon annexe 2."},
                      [1] = {.text = "Le Président est autorisé à signer."}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR debris after an article heading: stray symbols standing apart
   ("> :", ": < Ô £"), a number after lone punctuation ("Durée . 2"), '='
   read for the dash after the number; a number that is part of the
   heading ("Tranche 2") and a sentence after a colon stay */
static void test_ocr_heading_symbols(void **state)
{
    ex_call c;
    run_pipeline(&c, *state,
        "COMMUNE DE VALBOIS\n"
        "CONVENTION D'OCCUPATION\n"
        "Il est convenu ce qui suit :\n"
        "Article 1 — Désignation des locaux > :\n"
        "La commune met la salle à disposition.\n"
        "Article 2 - Durée . 2\n"
        "La convention est conclue pour un an.\n"
        "ARTICLE 3 = LITIGES à :\n"
        "Le tribunal administratif est compétent.\n"
        "Article 4 - Usages interdits : < \xc3\x94 \xc2\xa3\n"
        "Les barbecues sont interdits.\n"
        "Article 5 - Tranche 2\n"
        "La tranche est affermie.\n");
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_int_equal(d->articles.n, 5);
    static const char *const want[] = {"Désignation des locaux", "Durée", "LITIGES", "Usages interdits",
                                       "Tranche 2"};
    for (size_t k = 0; k < 5; k++) {
        assert_non_null(d->articles.v[k].heading);
        assert_string_equal(d->articles.v[k].heading, want[k]);
    }
    ex_call_free(&c);
}

/* OCR'd articles: an infinitive clause cut by the line end ("- Article
   3 : D'approuver la convention-t") is the body, not a heading; an
   article whose keyword is printed as noise (": Ho 4: Les ...") right
   after article 3 is article 4 (not with a French word, another number,
   or no colon); "les conditions de vote suivantes :" (OCR lost "dans")
   ends the last article */
static void test_ocr_article_noise(void **state)
{
    static const doc_row rows[] = {
        {.in = "RÉGION NORD\n"
               "DÉLIBÉRATION N° 2023-CP-11\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : D'attribuer les subventions.\n"
               "- Article 2 : D'approuver la convention-t\n"
               "Conseil régional à la signer avec chacun des bénéficiaires.\n"
               ": Ho 3: Les subventions sont accordées au titre du règlement.\n"
               "Le 4: Président est chargé de l'exécution.\n"
               "Xo 7: Rien.\n"
               "les conditions de vote suivantes :\n"
               "Pour : 45 voix\n",
         .ndocs = TT(1),
         .n_articles = TT(3),
         .articles = {[1] = {.number = "2", .heading = TT_NULL, .text = "D'approuver la convention-t Conseil régional à la signer avec chacun des bénéficiaires."},
                      [2] = {.number = "3", .text = "Les subventions sont accordées au titre du règlement. Le 4: Président est chargé de "
                                                    "l'exécution. Xo 7: Rien."}}},
        /* a heading in mixed case stays one */
        {.in = "RÉGION NORD\n"
               "CONVENTION DE PARTENARIAT\n"
               "Il est convenu ce qui suit :\n"
               "Article 1 : Durée de la convention\n"
               "La convention est conclue pour un an.\n",
         .ndocs = TT(1),
         .n_articles = TT(1),
         .articles = {[0] = {.heading = "Durée de la convention"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR specks after a clause's end (": : : ee", "; ee à") do not hide
   it: the next paragraph in capitalised text is not part of the clause;
   a clause line ending with short words ("... à la charge de la") goes
   on */
static void test_ocr_clause_end_specks(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BOISVAL\n"
               "DÉLIBÉRATION N° 2024-12\n"
               "Vu la délibération n° 2024-004 prenant acte du débat d'orientation\n"
               "budgétaire : : : ee\n"
               "Madame la Maire présente le projet de budget.\n"
               "Considérant l'intérêt local des monuments historiques ; ee à\n"
               "Mme Lucie HAMEL quitte la salle.\n"
               "Considérant que les frais sont à la charge de la\n"
               "Région Nord ;\n"
               "DÉCIDE :\n"
               "Article 1 : Le budget est adopté.\n",
         .ndocs = TT(1),
         .n_visas = TT(1),
         .n_considerants = TT(2),
         .visas = {[0] = "Vu la délibération n° 2024-004 prenant acte du débat d'orientation budgétaire : : : ee"},
         .considerants = {[0] = "Considérant l'intérêt local des monuments historiques ; ee à",
                          [1] = "Considérant que les frais sont à la charge de la Région Nord ;"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR at a clause's end: punctuation specks after its ';' ("; : |"), its
   ';' read as '3' after a number ("1407 3"): the next paragraph is not
   part of it; "son article 3" keeps its number and the clause goes on */
static void test_ocr_clause_end_semicolon(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BOISVAL\n"
               "DÉLIBÉRATION N° 2024-13\n"
               "Vu le code général des impôts, notamment ses articles 1520 et 1636 ; : |\n"
               "\n"
               "Le Maire propose de maintenir les taux.\n"
               "Vu la loi de finances, notamment ses articles 12 et 16 3\n"
               "\n"
               "Le Maire rappelle le produit attendu.\n"
               "Considérant le règlement, et notamment son article 3\n"
               "Relatif aux tarifs ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les taux sont maintenus.\n",
         .ndocs = TT(1),
         .n_visas = TT(2),
         .n_considerants = TT(1),
         .visas = {[0] = "Vu le code général des impôts, notamment ses articles 1520 et 1636 ; : |",
                   [1] = "Vu la loi de finances, notamment ses articles 12 et 16 3"},
         .considerants = {[0] = "Considérant le règlement, et notamment son article 3 Relatif aux tarifs ;"}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* OCR: "Après en-avoir délibéré" (a hyphen for the blank) is still the
   preamble before the decision verb in capitals on the same line */
static void test_ocr_preamble_hyphen(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE BOISVAL\n"
               "DÉLIBÉRATION N° 2024-14\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Après en-avoir délibéré, le conseil municipal DÉCIDE de. fixer les tarifs.\n",
         .ndocs = TT(1),
         .decision_verb = "DÉCIDE"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* The minutes of a séance hold their rapports as items: "EXTRAIT DU
   PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE" (or the minutes themselves) then
   "RAPPORT N° k-nn – TITLE" blocks, each voted: one procès-verbal titled
   by its heading, the rapports its items (their numbers "1-01", the title
   after the dash ending with a figure).  Negative rows: an extract of the
   REGISTER still splits per rapport that holds its own decision
   (test_rapport_decided), "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS"
   over one délibération stays one */
#define SERRE_HEAD(h1, h2)                                                    \
    "DÉPARTEMENT DE LA HAUTE-SERRE\n"                                         \
    "CONSEIL DÉPARTEMENTAL\n"                                                 \
    "\n" h1 "\n" h2 "\n"                                                      \
    "\n"                                                                      \
    "L'an deux mille vingt-six, le neuf mars, à neuf heures, le Conseil\n"    \
    "départemental, régulièrement convoqué, s'est réuni à l'Hôtel du\n"       \
    "Département, sous la présidence de Mme Anne MOREL, Présidente.\n"        \
    "\n"
#define SERRE_RAPPORTS                                                        \
    "RAPPORT N° 1-01 – BUDGET SUPPLÉMENTAIRE 2026\n"                          \
    "\n"                                                                      \
    "Rapporteur : M. Paul LEROUX, Vice-président chargé des finances.\n"      \
    "\n"                                                                      \
    "Le Conseil départemental, après en avoir délibéré, APPROUVE le budget\n" \
    "supplémentaire 2026.\n"                                                  \
    "\n"                                                                      \
    "Pour : 40 ; Contre : 8.\n"                                               \
    "Le rapport est adopté.\n"                                                \
    "\n"                                                                      \
    "RAPPORT N° 2-04 – CONVENTION AVEC LE SYNDICAT MIXTE SERRE NUMÉRIQUE\n"    \
    "\n"                                                                      \
    "Le Conseil départemental APPROUVE la convention.\n"                      \
    "\n"                                                                      \
    "Adopté à l'unanimité (48 voix).\n"                                       \
    "\n"                                                                      \
    "Fait à Serreville, le 16 mars 2026.\n"                                   \
    "\n"                                                                      \
    "La Présidente du Conseil départemental,\n"                               \
    "Anne MOREL\n"
static void test_minutes_rapports_items(void **state)
{
    static const doc_row rows[] = {
        {.in = SERRE_HEAD("EXTRAIT DU PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE", "DU LUNDI 9 MARS 2026") SERRE_RAPPORTS,
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .number = TT_NULL,
         .title = "EXTRAIT DU PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE DU LUNDI 9 MARS 2026",
         .n_items = TT(2),
         .items = {{"1-01", "BUDGET SUPPLÉMENTAIRE 2026"}, {"2-04", NULL}}},
        {.in = SERRE_HEAD("PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE", "DU LUNDI 9 MARS 2026") SERRE_RAPPORTS,
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL),
         .n_items = TT(2)},
        /* an extract of the register: a délibération per decided rapport */
        {.in = "CONSEIL DÉPARTEMENTAL DE LA HAUTE-SERRE\n"
               "\n"
               "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
               "SÉANCE PLÉNIÈRE DU LUNDI 9 MARS 2026\n"
               "\n"
               "RAPPORT N° 1-01 – BUDGET SUPPLÉMENTAIRE 2026\n"
               "\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1er : Le budget supplémentaire 2026 est approuvé.\n"
               "Vote : 40 voix pour, 8 voix contre.\n"
               "\n"
               "RAPPORT N° 1-02 – TAUX 2026\n"
               "\n"
               "Vu le code général des impôts ;\n"
               "DÉCIDE :\n"
               "Article 1er : Les taux sont maintenus.\n"
               "Vote : 48 voix pour.\n",
         .ndocs = TT(2),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "1-01"},
        /* the classic heading of one délibération */
        {.in = "COMMUNE DE BELVAL\n"
               "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Séance du 9 mars 2026\n"
               "Délibération n° 2026-011\n"
               "Objet : Tarifs de la salle des fêtes\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Les tarifs sont fixés.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "2026-011"},
        /* set BZ: "(EXTRAIT)" after the minutes' heading, the number
           and the séance on one line */
        {.in = "MAIRIE DE BELVAL\n"
               "PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL (EXTRAIT)\n\n"
               "DÉLIBÉRATION N° 2026-021 – Séance du mardi 7 avril 2026\n"
               "OBJET : COMPTE ADMINISTRATIF 2025\n"
               "Le conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "DÉCIDE :\n"
               "Article 1 : Le compte est approuvé.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "2026-021"},
        /* without "(EXTRAIT)": the minutes */
        {.in = "MAIRIE DE BELVAL\n"
               "PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"
               "Séance du mardi 7 avril 2026\n"
               "1. Compte administratif 2025\n"
               "Le compte est approuvé à l'unanimité.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_PROCES_VERBAL)},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an act headed "RAPPORT N° ..." in a séance's extract that holds its own
   DÉCIDE, vote and "la présente délibération" is a délibération; a
   rapport proper ("Je vous propose ...") stays a rapport */
static void test_rapport_decided(void **state)
{
    static const doc_row rows[] = {
        /* a métropole's conseil de territoire: "RAPPORT AU CONSEIL DE
           TERRITOIRE", "Délibère", articles and the vote (no "présente
           délibération"); the territory is part of the body's name */
        {.in = "MÉTROPOLE DES TROIS-VALLÉES\n"
               "CONSEIL DE TERRITOIRE DU PAYS DE LORVAL\n"
               "\n"
               "RAPPORT AU CONSEIL DE TERRITOIRE\n"
               "N° CT2-2025-014-CT\n"
               "\n"
               "Le Conseil de Territoire du Pays de Lorval,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Délibère\n"
               "Article 1 :\n"
               "Est attribuée une subvention de 2 000 euros au club.\n"
               "\n"
               "Cette proposition mise aux voix est adoptée.\n"
               "Pour : 20 – Contre : 0 – Abstentions : 1\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .body = "CONSEIL DE TERRITOIRE DU PAYS DE LORVAL"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    ex_call c;
    static const char s[] =
        "CONSEIL DÉPARTEMENTAL DE LA MARNE-HAUTE\n"
        "\n"
        "RAPPORT N° 3-12                          Séance plénière du 4 avril 2025\n"
        "Direction de l'Éducation\n"
        "OBJET : Dotations des collèges publics\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code de l'éducation ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'attribuer les dotations figurant en annexe.\n"
        "\n"
        "Vote : 30 voix pour, 4 voix contre, 2 abstentions.\n"
        "\n"
        "Le Président certifie exécutoire la présente délibéra-\n"
        "tion, compte tenu de sa publication le 9 avril 2025.\n"
        "\n"
        "RAPPORT N° 3-13\n"
        "\n"
        "OBJET : Transports scolaires\n"
        "\n"
        "Mesdames, Messieurs,\n"
        "\n"
        "Le marché de transport arrive à échéance. Je vous propose d'approuver\n"
        "la présente délibération jointe en annexe.\n"
        "\n"
        "Le Président du Conseil départemental,\n"
        "Paul MERCIER\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    assert_int_equal(c.docs.v[0].type, EX_DOC_DELIBERATION);
    assert_string_equal(c.docs.v[0].number, "3-12");
    assert_int_equal(c.docs.v[1].type, EX_DOC_RAPPORT);
    ex_call_free(&c);
}

/* the scan moved an act's OBJET line under the next page's header,
   beside the page counter, inside its article 2 (the act has no OBJET
   of its own yet and is not signed): no new act there; an OBJET line
   beside a page counter after the act's signature opens one */
static void test_objet_moved_by_page(void **state)
{
    static const char *const tail[] = {"", "Vote : Adopté à l'unanimité.\n\nLe Président certifie exécutoire la "
                                           "présente délibération.\n\nLe Président,\nPaul MERCIER\n\n"};
    for (size_t k = 0; k < 2; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "CONSEIL DÉPARTEMENTAL DE LA MARNE-HAUTE\n"
                 "\n"
                 "RAPPORT N° 3-12                          Séance plénière du 4 avril 2025\n"
                 "Direction des Routes\n"
                 "\n"
                 "Le Conseil départemental,\n"
                 "\n"
                 "Vu le code de la voirie routière ;\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1er : D'attribuer les aides figurant en annexe.\n"
                 "\n"
                 "Article 2 : De fixer le taux d'intervention\n"
                 "\n"
                 "%s"
                 "OBJET : Programme de voirie communale\n"
                 "\n"
                 "Page 2/2\n"
                 "à 30 %% du montant des travaux.\n"
                 "\n"
                 "Vote : Adopté à l'unanimité.\n"
                 "\n"
                 "Le Président certifie exécutoire la présente délibération.\n"
                 "\n"
                 "Le Président,\n"
                 "Paul MERCIER\n", tail[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, k == 0 ? 1 : 2);
        assert_int_equal(c.docs.v[0].type, EX_DOC_DELIBERATION);
        assert_string_equal(c.docs.v[0].number, "3-12");
        if (k == 0) {
            /* the moved line is the act's title, no part of article 2 */
            assert_non_null(c.docs.v[0].title);
            assert_string_equal(c.docs.v[0].title, "Programme de voirie communale");
            assert_int_equal(c.docs.v[0].articles.n, 2);
            assert_string_equal(c.docs.v[0].articles.v[1].text,
                                "De fixer le taux d'intervention à 30 % du montant des travaux.");
        } else {
            assert_null(c.docs.v[0].title);
        }
        ex_call_free(&c);
    }
}

/* "RAPPORT. N° 08" (an OCR speck after the act word) heads a rapport
   like "RAPPORT N° 08"; "RAPPORT. Nous" is no heading */
static void test_rapport_speck_before_number(void **state)
{
    static const char *const in[] = {"RAPPORT. N° 08\n", "RAPPORT.  N° 08\n", "RAPPORT. NOUS PROPOSONS\n"};
    for (size_t k = 0; k < 3; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "COMMUNAUTÉ DE COMMUNES DU VAL\n\n%s\n"
                 "OBJET : Programme de voirie 2025\n\n"
                 "Le présent rapport expose le programme de voirie.\n", in[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        if (k < 2) {
            assert_int_equal(c.docs.v[0].type, EX_DOC_RAPPORT);
            assert_non_null(c.docs.v[0].number);
            assert_string_equal(c.docs.v[0].number, "08");
        } else {
            assert_int_not_equal(c.docs.v[0].type, EX_DOC_RAPPORT);
        }
        ex_call_free(&c);
    }
}

/* a convention: "ENTRE LES SOUSSIGNÉS :" in capitals ends the title;
   "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT" (or "ARRÊTÉ ET CONVENU") is
   its decision verb phrase, as printed (no arrêté) */
static void test_convention_soussignes(void **state)
{
    static const char *const verbs[] = {"IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT",
                                        "Il a été arrêté et convenu ce qui suit"};
    for (size_t k = 0; k < 2; k++) {
        char s[1024];
        snprintf(s, sizeof s,
                 "CONVENTION D'OCCUPATION DU GYMNASE\n"
                 "       PAR UN CLUB SPORTIF\n"
                 "\n"
                 "ENTRE LES SOUSSIGNÉS :\n"
                 "\n"
                 "La Commune de Val-Brunet, représentée par son Maire,\n"
                 "ET :\n"
                 "Le club « Union sportive », représenté par son Président,\n"
                 "\n"
                 "%s :\n"
                 "\n"
                 "Article 1 – Objet\n"
                 "La commune met le gymnase à disposition du club.\n", verbs[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->type, EX_DOC_CONVENTION);
        assert_string_equal(d->title, "CONVENTION D'OCCUPATION DU GYMNASE PAR UN CLUB SPORTIF");
        assert_non_null(d->decision_verb);
        assert_string_equal(d->decision_verb, verbs[k]);
        ex_call_free(&c);
    }
}

/* the signatory's name printed as the last line of two pages, above the
   running footer and its form feed, repeats at the bottom of both pages
   (lines.c marks it as a running line): under a role it is still the
   name; a running line under no role is no signature */
static void test_signature_name_before_footer(void **state)
{
    static const char act[] =
        "%s"
        "DÉLIBÉRATION N° %d-0%d\n"
        "OBJET : %s\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code général des collectivités territoriales ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'approuver le programme.\n"
        "\n"
        "Vote : 30 voix pour, 4 voix contre, 2 abstentions.\n"
        "\n"
        "Millau, le 5 mars 2025\n"
        "%s"
        "Hélène CASTANIER\n"
        "\n"
        "Conseil départemental – Séance plénière du 03/03/2025            Page %d/2\n"
        "\f";
    static const char *const roles[] = {"La Présidente du Conseil départemental,\n", ""};
    for (size_t k = 0; k < 2; k++) {
        char s[4096];
        int n = snprintf(s, sizeof s, act, "CONSEIL DÉPARTEMENTAL DU HAUT-CAUSSE\n\n", 1, 1,
                         "Programme de travaux sur les routes", roles[k], 1);
        snprintf(s + n, sizeof s - (size_t)n, act, "", 2, 2, "Aide aux collèges publics", roles[k], 2);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 2);
        for (size_t i = 0; i < 2; i++) {
            const ex_document *d = &c.docs.v[i];
            if (k == 0) {
                assert_int_equal(d->signatures.n, 1);
                assert_string_equal(d->signatures.v[0].role, "La Présidente du Conseil départemental");
                assert_non_null(d->signatures.v[0].name);
                assert_string_equal(d->signatures.v[0].name, "Hélène CASTANIER");
            } else {
                for (size_t q = 0; q < d->signatures.n; q++)
                    assert_null(d->signatures.v[q].name);
            }
        }
        ex_call_free(&c);
    }
}

/* an extract of a séance holding two délibérations: the séance block
   printed once above the first act is the session of the second one too
   (place, convocation, president, secretary, in-office count, the
   letterhead's collectivity), not its own counts; an act with a
   session fact of its own, or headed by another séance's date, keeps its
   own session */
static void test_session_inherited(void **state)
{
    static const char *const act2[] = {
        "",                                         /* inherits */
        "",                                         /* second date: no */
        "Secrétaire de séance : M. Paul RIVIÈRE\n"  /* a fact of its own */
    };
    static const char *const date2[] = {"12 mai 2025", "19 mai 2025", "12 mai 2025"};
    for (size_t k = 0; k < 3; k++) {
        char s[2048];
        snprintf(s, sizeof s,
                 "DÉPARTEMENT DE LA MARNE-HAUTE\n"
                 "CONSEIL DÉPARTEMENTAL\n"
                 "\n"
                 "Le Conseil départemental s'est réuni le lundi 12 mai 2025, à l'Hôtel\n"
                 "du Département, sous la présidence de M. Paul MERCIER, sur convocation\n"
                 "adressée le 2 mai 2025.\n"
                 "\n"
                 "Conseillers départementaux en exercice : 34\n"
                 "Secrétaire de séance : Mme Anne ROLLAND\n"
                 "\n"
                 "RAPPORT N° 1-01                          Séance plénière du 12 mai 2025\n"
                 "OBJET : Budget supplémentaire\n"
                 "\n"
                 "Présents : 30 – Pouvoirs : 2 – Votants : 32\n"
                 "\n"
                 "Le Conseil départemental,\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1er : D'adopter le budget supplémentaire.\n"
                 "\n"
                 "Vote : 30 voix pour, 2 voix contre, 0 abstention.\n"
                 "\n"
                 "Le Président certifie exécutoire la présente délibération.\n"
                 "\n"
                 "RAPPORT N° 1-02                          Séance plénière du %s\n"
                 "OBJET : Tarifs des musées\n"
                 "%s"
                 "\n"
                 "Présents : 29 – Pouvoirs : 3 – Votants : 32\n"
                 "\n"
                 "Le Conseil départemental,\n"
                 "\n"
                 "Vu le code du patrimoine ;\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1er : De fixer les tarifs figurant en annexe.\n"
                 "\n"
                 "Vote : Adopté à l'unanimité.\n"
                 "\n"
                 "Le Président certifie exécutoire la présente délibération.\n",
                 date2[k], act2[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 2);
        const ex_document *d0 = &c.docs.v[0], *d = &c.docs.v[1];
        assert_int_equal(d0->type, EX_DOC_DELIBERATION);
        assert_int_equal(d->type, EX_DOC_DELIBERATION);
        assert_non_null(d0->session_place);
        assert_non_null(d0->president);
        assert_non_null(d0->secretary);
        assert_int_equal(d0->convened_on.d, 2);
        assert_int_equal(d0->att.in_office, 34);
        /* its own counts in every case */
        assert_int_equal(d->att.present_count, 29);
        assert_int_equal(d->att.represented, 3);
        if (k == 0) {
            assert_ptr_equal(d->session_place, d0->session_place);
            assert_ptr_equal(d->president, d0->president);
            assert_ptr_equal(d->secretary, d0->secretary);
            assert_int_equal(d->convened_on.d, 2);
            assert_int_equal(d->convened_on.m, 5);
            assert_int_equal(d->att.in_office, 34);
            assert_string_equal(d->collectivity, "DÉPARTEMENT DE LA MARNE-HAUTE");
            assert_int_equal(d->session_date.d, 12);
        } else {
            assert_null(d->session_place);
            assert_null(d->president);
            assert_int_equal(d->convened_on.y, 0);
            assert_true(d->att.in_office == EX_NULLNUM);
            if (k == 1)
                assert_null(d->secretary);
            else
                assert_string_equal(d->secretary->family, "RIVIÈRE");
        }
        ex_call_free(&c);
    }
}

/* an extract holding two délibérations under one séance block printed
   once: the second act, whose exposé under its title cites a date of
   its own ("l'avis du service du 3 février 2025"), takes the block's
   session, lists and counts; one printing its own counts keeps them (no
   list copied); one whose heading prints another date takes nothing */
static void test_session_inherited_expose_date(void **state)
{
    static const char *const head2[] = {
        "DÉLIBÉRATION N° 2025-011",
        "DÉLIBÉRATION N° 2025-011",
        "DÉLIBÉRATION N° 2025-011 – 9 octobre 2025",
    };
    static const char *const counts2[] = {
        "", "Présents : 10 – Représentés : 1 – Votants : 11\n", "",
    };
    for (size_t k = 0; k < 3; k++) {
        char s[4096];
        snprintf(s, sizeof s,
                 "COMMUNE DE VALBRUNE-SUR-ORGE\n"
                 "\n"
                 "SÉANCE DU MARDI 7 OCTOBRE 2025\n"
                 "\n"
                 "Convocation du 30/09/2025.\n"
                 "\n"
                 "Le sept octobre deux mille vingt-cinq, à vingt heures, le conseil municipal s'est\n"
                 "réuni à la mairie, sous la présidence de M. Paul GARNIER, maire.\n"
                 "\n"
                 "Membres en exercice : 13 / Présents : 11 / Représentés : 1 / Votants : 12\n"
                 "\n"
                 "Présents : M. GARNIER Paul, Mme LEROUX Anne, M. PICARD Luc, Mme VIDAL Rose,\n"
                 "M. MOREAU Yves, Mme ROCHE Claire, M. FAURE Marc, Mme GIRAUD Lise, M. BLANC Jean,\n"
                 "Mme PERRIN Alice, M. RENAUD Hugo.\n"
                 "Représentée : Mme COLIN Julie par M. GARNIER Paul.\n"
                 "Absent : M. DUMAS Louis.\n"
                 "Secrétaire de séance : Mme LEROUX Anne.\n"
                 "\n"
                 "DÉLIBÉRATION N° 2025-010\n"
                 "Objet : Tarifs de la salle des fêtes\n"
                 "\n"
                 "Vu le code général des collectivités territoriales ;\n"
                 "\n"
                 "Le conseil municipal, après en avoir délibéré,\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1 : De fixer les tarifs de location de la salle des fêtes.\n"
                 "\n"
                 "Adopté à l'unanimité.\n"
                 "\n"
                 "%s\n"
                 "Objet : Vente d'un chemin rural\n"
                 "\n"
                 "Le riverain a proposé d'acquérir le chemin, conforme à l'avis du service\n"
                 "des domaines du 3 février 2025. Les frais sont à sa charge.\n"
                 "\n"
                 "%s"
                 "Vu le code rural et de la pêche maritime ;\n"
                 "\n"
                 "Le conseil municipal, après en avoir délibéré,\n"
                 "\n"
                 "DÉCIDE :\n"
                 "\n"
                 "Article 1 : De vendre le chemin rural.\n"
                 "\n"
                 "Adopté à l'unanimité.\n",
                 head2[k], counts2[k]);
        ex_call c;
        run_pipeline(&c, *state, s);
        assert_int_equal(c.docs.n, 2);
        const ex_document *d0 = &c.docs.v[0], *d = &c.docs.v[1];
        assert_int_equal(d->type, EX_DOC_DELIBERATION);
        assert_int_equal(d0->att.present.n, 11);
        assert_int_equal(d0->att.voting, 12);
        if (k == 2) {
            /* another date in its heading: nothing taken */
            assert_null(d->session_place);
            assert_null(d->president);
            assert_null(d->collectivity);
            assert_int_equal(d->att.present.n, 0);
            assert_true(d->att.voting == EX_NULLNUM);
            ex_call_free(&c);
            continue;
        }
        assert_non_null(d->collectivity);
        assert_string_equal(d->collectivity, "COMMUNE DE VALBRUNE-SUR-ORGE");
        assert_ptr_equal(d->session_place, d0->session_place);
        assert_ptr_equal(d->president, d0->president);
        assert_ptr_equal(d->secretary, d0->secretary);
        assert_int_equal(d->session_date.d, 7);
        assert_int_equal(d->convened_on.d, 30);
        assert_int_equal(d->att.in_office, 13);
        if (k == 0) {
            assert_int_equal(d->att.present.n, 11);
            assert_string_equal(d->att.present.v[10].family, "RENAUD");
            assert_int_equal(d->att.proxies.n, 1);
            assert_int_equal(d->att.absent.n, 1);
            assert_int_equal(d->att.present_count, 11);
            assert_int_equal(d->att.represented, 1);
            assert_int_equal(d->att.voting, 12);
        } else {
            /* its own counts, and no list copied */
            assert_int_equal(d->att.present.n, 0);
            assert_int_equal(d->att.proxies.n, 0);
            assert_int_equal(d->att.absent.n, 0);
            assert_int_equal(d->att.present_count, 10);
            assert_int_equal(d->att.represented, 1);
            assert_int_equal(d->att.voting, 11);
        }
        ex_call_free(&c);
    }
}

/* "RAPPORT N° 3-12 Séance plénière du 4 avril 2025" joined on one line
   (OCR collapsed the gap between the label and the right column): still
   the act's label line, and its number is read */
static void test_rapport_joined_heading(void **state)
{
    static const char s[] =
        "CONSEIL DÉPARTEMENTAL DE LA MARNE-HAUTE\n"
        "\n"
        "RAPPORT N° 3-12 Séance plénière du 4 avril 2025\n"
        "Direction de l'Éducation\n"
        "OBJET : Dotations des collèges publics\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code de l'éducation ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'attribuer les dotations figurant en annexe.\n"
        "\n"
        "Vote : 30 voix pour, 4 voix contre, 2 abstentions.\n"
        "\n"
        "Le Président certifie exécutoire la présente délibéra-\n"
        "tion, compte tenu de sa publication le 9 avril 2025.\n"
        "\n"
        "RAPPORT N° 3-13 Séance plénière du 4 avril 2025\n"
        "Direction des Transports\n"
        "OBJET : Transports scolaires\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code des transports ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'approuver le marché.\n"
        "\n"
        "Vote : Adopté à l'unanimité.\n"
        "\n"
        "Le Président certifie exécutoire la présente délibération.\n";
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    for (size_t i = 0; i < 2; i++) {
        const ex_document *d = &c.docs.v[i];
        assert_int_equal(d->type, EX_DOC_DELIBERATION);
        assert_non_null(d->number);
        assert_string_equal(d->number, i ? "3-13" : "3-12");
        /* the assembly, not the Direction line under the label */
        assert_non_null(d->body);
        assert_true(strncmp(d->body, "Direction", 9) != 0);
    }
    ex_call_free(&c);
}

/* the signature's role and name printed as the last two lines of two
   pages (no footer line, a form feed after them) both repeat as running
   lines: under the place/date line the role still opens the signature
   and the name names it */
static void test_signature_role_running(void **state)
{
    static const char act[] =
        "%s"
        "DÉLIBÉRATION N° %d-0%d\n"
        "OBJET : %s\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code général des collectivités territoriales ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'approuver le programme.\n"
        "\n"
        "Vote : 30 voix pour, 4 voix contre, 2 abstentions.\n"
        "\n"
        "Millau, le 5 mars 2025\n"
        "La Présidente du Conseil départemental,\n"
        "Hélène CASTANIER\n"
        "%s";
    char s[4096];
    int n = snprintf(s, sizeof s, act, "CONSEIL DÉPARTEMENTAL DU HAUT-CAUSSE\n\n", 1, 1,
                     "Programme de travaux sur les routes", "\f");
    snprintf(s + n, sizeof s - (size_t)n, act, "", 2, 2, "Aide aux collèges publics", "");
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 2);
    for (size_t i = 0; i < 2; i++) {
        const ex_document *d = &c.docs.v[i];
        assert_int_equal(d->signatures.n, 1);
        assert_non_null(d->signatures.v[0].role);
        assert_string_equal(d->signatures.v[0].role, "La Présidente du Conseil départemental");
        assert_non_null(d->signatures.v[0].name);
        assert_string_equal(d->signatures.v[0].name, "Hélène CASTANIER");
        assert_non_null(d->signatures.v[0].place);
        assert_string_equal(d->signatures.v[0].place, "Millau");
    }
    ex_call_free(&c);
}

/* OCR: "Va l'avis ...", "Yu le ..." are visas ("Vu" with one letter misread, before
   an article only); a blank line inserted between "sous la présidence
   de" and the name that opens the next line keeps the president */
static void test_ocr_visa_and_president(void **state)
{
    static const char s[] =
        "CONSEIL DÉPARTEMENTAL DE LA MARNE-HAUTE\n"
        "\n"
        "DÉLIBÉRATION N° 2025-14\n"
        "OBJET : Dotations des collèges publics\n"
        "\n"
        "Le Conseil départemental s'est réuni le 4 avril 2025, sous la présidence de\n"
        "\n"
        "M. Paul MERCIER, Président du Conseil départemental.\n"
        "\n"
        "Le Conseil départemental,\n"
        "\n"
        "Vu le code de l'éducation ;\n"
        "Va l'avis de la commission de l'éducation du 28 mars 2025 ;\n"
        "Yu le budget primitif 2025 ;\n"
        "YU la délibération n° 2025-03 du 7 février 2025 ;\n"
        "YUE la décision ;\n"
        "\n"
        "DÉCIDE :\n"
        "\n"
        "Article 1er : D'attribuer les dotations figurant en annexe.\n";
    ex_call c;
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    /* (capitals "YU" for "VU" too; not "YUE") */
    assert_int_equal(d->visas.n, 4);
    assert_true(strncmp(d->visas.v[1].text, "Va l'avis", 9) == 0);
    assert_true(strncmp(d->visas.v[2].text, "Yu le budget", 12) == 0);
    assert_true(strncmp(d->visas.v[3].text, "YU la délibération", 19) == 0);
    assert_non_null(d->president);
    assert_string_equal(d->president->family, "MERCIER");
    ex_call_free(&c);
}

/* "Délibération du Bureau n° B2025-014" (mixed case, the body between
   the act word and N°): the act's number, not a reference of itself;
   a list line citing a délibération is no number line */
static void test_numline_body_between(void **state)
{
    static const doc_row rows[] = {
        {.in = "SYNDICAT MIXTE DES EAUX DU PLATEAU\n"
               "\n"
               "Délibération du Comité syndical n° B2025-014\n"
               "\n"
               "OBJET : Travaux de renouvellement du réseau\n"
               "\n"
               "Vu la délibération n° B2024-031 du 3 avril 2024 ;\n"
               "\n"
               "Le Comité, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Les travaux sont approuvés.\n",
         .ndocs = TT(1),
         .number = "B2025-014",
         .title = "Travaux de renouvellement du réseau",
         .n_references = TT(1),
         .references = {[0] = {.number = "B2024-031"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "Délibération CM n° 2024/15": a short capital abbreviation of the
   body (two or three capitals) between the act word and N° keeps the
   act's number and type */
static void test_numline_body_abbrev(void **state)
{
    static const doc_row rows[] = {
        {.in = "SYNDICAT INTERCOMMUNAL DES EAUX DU VERDON\n"
               "\n"
               "Délibération CS n° 2024/15\n"
               "Objet : Renouvellement des compteurs\n"
               "\n"
               "Le comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Les compteurs sont renouvelés.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "2024/15",
         .title = "Renouvellement des compteurs"},
        {.in = "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL\n"
               "\n"
               "Délibération BCC N° 24-031\n"
               "Objet : Achat d'un véhicule\n"
               "\n"
               "Le bureau, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le véhicule est acheté.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "24-031",
         .title = "Achat d'un véhicule"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* "DÉLIBÉRATION 2024-118 : Vente d'un terrain": the act's number printed
   without N° on its label line (two digit groups, one a year) and the
   title after the colon; a bare integer or a date is no number */
static void test_label_bare_number(void **state)
{
#define BARE_DOC(LABEL)                                                    \
    "COMMUNE DE MONTAGNAC-SUR-LÈDE\n"                                      \
    "\n"                                                                   \
    "Séance du conseil municipal du 4 mars 2024\n"                         \
    "\n" LABEL "\n"                                                        \
    "\n"                                                                   \
    "Le conseil municipal, après en avoir délibéré, DÉCIDE :\n"            \
    "Article 1 : La vente est approuvée.\n"
    static const doc_row rows[] = {
        {.in = BARE_DOC("DÉLIBÉRATION 2024-118 : Vente d'un terrain communal"),
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION),
         .number = "2024-118", .title = "Vente d'un terrain communal"},
        {.in = BARE_DOC("Délibération 24-031 – Tarifs de la cantine scolaire"),
         .ndocs = TT(1), .type = TT(EX_DOC_DELIBERATION),
         .number = "24-031", .title = "Tarifs de la cantine scolaire"},
        {.in = BARE_DOC("DÉLIBÉRATION 12/2024 : Vente d'un terrain communal"),
         .ndocs = TT(1), .number = "12/2024", .title = "Vente d'un terrain communal"},
        {.in = BARE_DOC("DÉLIBÉRATION 12 : Vente d'un terrain communal"),
         .ndocs = TT(1), .number = TT_NULL},
        {.in = BARE_DOC("DÉLIBÉRATION 04/03/2024 : Vente d'un terrain communal"),
         .ndocs = TT(1), .number = TT_NULL},
    };
#undef BARE_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* the first verb line of a dash list is the decision verb although its
   article is capitalised or misread by OCR ("- ATTRIBUE Îe marché ...
   HT :", "- APPROUVE Le programme"); a later verb line is not */
static void test_verb_line_article(void **state)
{
#define ART_DOC(FIRST)                                                               \
    "COMMUNE DE SAINT-OUBLAC\n"                                                     \
    "\n"                                                                            \
    "DÉLIBÉRATION N° 2024-033\n"                                                    \
    "Objet : Réfection de la toiture de l'école\n"                                  \
    "\n"                                                                            \
    "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"              \
    "\n" FIRST "\n"                                                                 \
    "- SOLLICITE l'aide du département ;\n"                                         \
    "- AUTORISE le Maire à signer les pièces.\n"
    static const doc_row rows[] = {
        {.in = ART_DOC("- ATTRIBUE Îe marché de travaux à la société Toitures Lemoine pour 41 200,00 € HT :"),
         .ndocs = TT(1), .decision_verb = "ATTRIBUE"},
        {.in = ART_DOC("- APPROUVE Le programme de travaux ;"),
         .ndocs = TT(1), .decision_verb = "APPROUVE"},
    };
#undef ART_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an election's operative verb lines, no DÉCIDE ("PROCLAME M. X
   adjoint", "ÉLIT Mme Y", "NOMME M. Z"): the first one is the decision
   verb, a civility and the person after it */
static void test_election_verb(void **state)
{
#define ELECTION_DOC(VERBS)                                                        \
    "COMMUNE DE BELVAL-SUR-OURCE\n"                                               \
    "\n"                                                                          \
    "DÉLIBÉRATION N° 2024-051\n"                                                  \
    "Objet : Élection d'un adjoint au maire\n"                                    \
    "\n"                                                                          \
    "Vu le code général des collectivités territoriales ;\n"                      \
    "\n"                                                                          \
    "Le conseil municipal, après en avoir délibéré,\n"                            \
    "\n" VERBS "\n"                                                               \
    "DIT que l'intéressé est installé dans ses fonctions.\n"
    static const doc_row rows[] = {
        {.in = ELECTION_DOC("PROCLAME M. Lucien FAVRE troisième adjoint au maire ;"),
         .ndocs = TT(1), .decision_verb = "PROCLAME"},
        {.in = ELECTION_DOC("ÉLIT Mme Odile MARCHAND deuxième adjointe ;"),
         .ndocs = TT(1), .decision_verb = "ÉLIT"},
        {.in = ELECTION_DOC("DÉSIGNE Madame Odile MARCHAND déléguée titulaire ;"),
         .ndocs = TT(1), .decision_verb = "DÉSIGNE"},
        {.in = ELECTION_DOC("NOMME M. Lucien FAVRE conseiller délégué ;"),
         .ndocs = TT(1), .decision_verb = "NOMME"},
        /* two verbs joined by "ET" alone on the line (set AZ), with a
           no-break space before the colon: the verb as printed */
        {.in = ELECTION_DOC("PROCLAME ET DÉSIGNE :"), .ndocs = TT(1), .decision_verb = "PROCLAME ET DÉSIGNE"},
        {.in = ELECTION_DOC("PROCLAME ET DÉSIGNE\xc2\xa0:"), .ndocs = TT(1), .decision_verb = "PROCLAME ET DÉSIGNE"},
        /* not a second word outside the verb list, nor a person after
           the two verbs (the line must end there) */
        {.in = ELECTION_DOC("PROCLAME ET PUBLIE :"), .ndocs = TT(1), .decision_verb = TT_NULL},
        {.in = ELECTION_DOC("PROCLAME ET DÉSIGNE M. Lucien FAVRE délégué ;"), .ndocs = TT(1),
         .decision_verb = TT_NULL},
    };
#undef ELECTION_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* an operative verb in capitals after its tally on the same line
   ("À l'unanimité, DÉCIDE DE REPORTER l'examen …", set BN): the verb
   with its infinitive in capitals ("DÉCIDE DE REPORTER", "SURSEOIT À
   STATUER", as "ÉMET UN AVIS FAVORABLE"); REFUSE, REPORTE and SURSEOIT
   are operative verbs */
static void test_tally_then_verb(void **state)
{
#define TALLY_DOC(VERBS)                                                          \
    "COMMUNE DE BELVAL-SUR-OURCE\n"                                               \
    "\n"                                                                          \
    "DÉLIBÉRATION N° 2026-052\n"                                                  \
    "Objet : Cession d'un terrain communal\n"                                     \
    "\n"                                                                          \
    "Vu le code général des collectivités territoriales ;\n"                      \
    "\n" VERBS "\n"                                                               \
    "\n"                                                                          \
    "Fait à Belval-sur-Ource, le 30 septembre 2026.\n"
    static const doc_row rows[] = {
        {.in = TALLY_DOC("À l'unanimité, DÉCIDE DE REPORTER l'examen de la demande."), .ndocs = TT(1),
         .decision_verb = "DÉCIDE DE REPORTER"},
        {.in = TALLY_DOC("À l'unanimité, REPORTE l'examen de la demande."), .ndocs = TT(1),
         .decision_verb = "REPORTE"},
        {.in = TALLY_DOC("À la majorité (15 voix pour, 4 voix contre), REFUSE la cession."), .ndocs = TT(1),
         .decision_verb = "REFUSE"},
        {.in = TALLY_DOC("Par 17 voix pour et 4 voix contre, SURSEOIT À STATUER sur toute offre."),
         .ndocs = TT(1), .decision_verb = "SURSEOIT À STATUER"},
        {.in = TALLY_DOC("À l'unanimité, le conseil DÉCIDE DE REPORTER l'examen."), .ndocs = TT(1),
         .decision_verb = "DÉCIDE DE REPORTER"},
        {.in = TALLY_DOC("DÉCIDE DE REPORTER l'examen de la demande."), .ndocs = TT(1),
         .decision_verb = "DÉCIDE DE REPORTER"},
        /* the infinitive in lower case, a line all in capitals: the verb
           alone */
        {.in = TALLY_DOC("DÉCIDE de reporter l'examen de la demande."), .ndocs = TT(1),
         .decision_verb = "DÉCIDE"},
        {.in = TALLY_DOC("DÉCIDE DE REPORTER L'EXAMEN DE LA DEMANDE."), .ndocs = TT(1),
         .decision_verb = "DÉCIDE"},
        /* a tally with no verb in capitals after it; a count, no tally */
        {.in = TALLY_DOC("À l'unanimité, la demande est renvoyée à la commission."), .ndocs = TT(1),
         .decision_verb = TT_NULL},
        {.in = TALLY_DOC("Par 17 voix, Le REFUS de la demande est noté."), .ndocs = TT(1),
         .decision_verb = TT_NULL},
    };
#undef TALLY_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a decision-verb line in capitals after the decision ("- AUTORISE M.
   LE MAIRE A SIGNER ...") is never a signature: its "LE MAIRE" is no
   role; the signature is the role and name under it */
static void test_verb_line_no_signature(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VALBOIS\n"
               "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "OBJET : Vente d'un terrain communal\n"
               "\n"
               "Le Conseil Municipal, après en avoir délibéré, à l'unanimité :\n"
               "\n"
               "- DECIDE la vente de la parcelle ;\n"
               "- FIXE le prix à 12 000 euros ;\n"
               "- AUTORISE M. LE MAIRE A SIGNER TOUTES LES PIECES\n"
               "- CHARGE M. LE MAIRE DE L'EXECUTION DE LA PRESENTE\n"
               "\n"
               "Fait à Valbois, le 3 avril 2024\n"
               "\n"
               "Le Maire,\n"
               "Louis GARNIER\n",
         .ndocs = TT(1),
         .n_signatures = TT(1),
         .signatures = {[0] = {.role = "Le Maire", .name = "Louis GARNIER"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a signer's name in mixed case right under the role ("Jean-Pierre
   Dupont", "Paul Martin,", side by side in two columns); a title-case
   line that is no name ("Conseil Municipal", "Par Délégation") stays
   out */
static void test_signature_mixed_case_name(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Les travaux sont approuvés.\n\n"
               "Fait à Valbois, le 3 avril 2024\n\n"
               "Le Maire,                                La Secrétaire de séance,\n"
               "Paul Martin                              Anne Roux\n",
         .n_signatures = TT(2),
         .signatures = {[0] = {.name = "Paul Martin"},
                        [1] = {.name = "Anne Roux"}}},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);

    static const char *const in[][3] = {
        {"Le Président,\nJean-Pierre Dupont\n", "Le Président", "Jean-Pierre Dupont"},
        {"Le Maire,\nPaul Martin,\n", "Le Maire", "Paul Martin"},
        {"La Présidente,\nMarie de Lacroix\n", "La Présidente", "Marie de Lacroix"},
        {"Le Maire,\nConseil Municipal\n", "Le Maire", NULL},
        {"Le Maire,\nPar Délégation\n", "Le Maire", NULL},
    };
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++) {
        char s[600];
        snprintf(s, sizeof s, "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
                              "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
                              "Article 1 : Les travaux sont approuvés.\n\n"
                              "Fait à Valbois, le 3 avril 2024\n\n%s", in[k][0]);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, 1);
        assert_string_equal(d->signatures.v[0].role, in[k][1]);
        if (in[k][2])
            assert_string_equal(d->signatures.v[0].name, in[k][2]);
        else
            assert_null(d->signatures.v[0].name);
        ex_call_free(&c);
    }
}

/* a name between two lines of text, the line above ending with a letter
   (a row of an annex's list a poor scan kept: "GAEC des Prés" / "Mme
   Inès LACROUTS" / "EARL Ferme du Touch") is no signature of its own;
   a name under a role whose comma OCR made specks, or under a line
   ending with a comma, still is */
static void test_signature_list_row(void **state)
{
    static const struct { const char *in; size_t n; const char *name1; } rows[] = {
        {"Le Maire,\nPaul MARTIN\n\nANNEXE\nGAEC des Prés\nMme Inès LACROUTS\nEARL Ferme du Touch\n", 1, NULL},
        {"Le Maire,\nPaul MARTIN\n\nGAEC des Prés,\nMme Inès LACROUTS\nEARL Ferme du Touch\n", 2, "Mme Inès LACROUTS"},
        {"Le Maire, ...\nPaul MARTIN\nTransmis en préfecture le 5 avril 2024\n", 1, NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[700];
        snprintf(s, sizeof s, "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
                              "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
                              "Article 1 : Les travaux sont approuvés.\n\n"
                              "Fait à Valbois, le 3 avril 2024\n\n%s", rows[k].in);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, rows[k].n);
        assert_string_equal(d->signatures.v[0].name, "Paul MARTIN");
        if (rows[k].n > 1) {
            assert_null(d->signatures.v[1].role);
            assert_string_equal(d->signatures.v[1].name, rows[k].name1);
        }
        ex_call_free(&c);
    }
}

/* OCR specks around a signature: standing apart after the role's comma
   ("LA PRÉSIDENTE ..., : :", "Le Maire, | ‘"), glued to or after the
   name ("Claire ROUSSEL:", "Paul MARTIN -"); a blank line OCR put
   between a "Pour ..." role and the signatory's role keeps one group.
   Without a comma before them the specks still make no role ("Le Maire
   : :" stays a sentence's start). */
static void test_signature_ocr_specks(void **state)
{
    static const char *const in[][3] = {
        {"LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL, : :\n\nChantal DUVAL -\n",
         "LA PRÉSIDENTE DU CONSEIL DÉPARTEMENTAL", "Chantal DUVAL"},
        {"Le Maire, | \xe2\x80\x98\n\nPaul MARTIN\n", "Le Maire", "Paul MARTIN"},
        {"La Présidente, _.\nClaire ROUSSEL:\n", "La Présidente", "Claire ROUSSEL"},
        {"Pour la Région, _.\n\nLe Président du Conseil régional,\n\nJean DURAND\n",
         "Pour la Région, Le Président du Conseil régional", "Jean DURAND"},
        {"Le Maire, ...\nPaul MARTIN\n", NULL, "Paul MARTIN"},
    };
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++) {
        char s[700];
        snprintf(s, sizeof s, "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
                              "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
                              "Article 1 : Les travaux sont approuvés.\n\n"
                              "Fait à Valbois, le 3 avril 2024\n\n%s", in[k][0]);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, 1);
        if (in[k][1])
            assert_string_equal(d->signatures.v[0].role, in[k][1]);
        else
            assert_null(d->signatures.v[0].role);
        assert_string_equal(d->signatures.v[0].name, in[k][2]);
        ex_call_free(&c);
    }
}

/* OCR on a signature block: the role's comma read as a dot when names
   follow ("Le Maire." / "Gérald BONNEVIE", both columns of "Le Maire, |
   La Secrétaire de séance."), a lone capital speck after the family name
   ("Hélène MARCHADIER À"), a hyphen read as a colon between capitals
   ("VAUTRIN:LEBLOND"), "lé" for "le" in "Fait à X, lé ..." (which ends
   the last article), an accented letter speck between two names ("è").  Negatives: a dotted role with no name under it, or
   two dots ("Le Maire.."), is no role; a colon between lower-case letters
   makes no name; "là" is no "le". */
static void test_signature_ocr_dot_role(void **state)
{
    static const struct {
        const char *fait, *in;
        size_t n;
        const char *role, *name, *name2, *place;
    } rows[] = {
        {"le", "Le Maire.\nGérald BONNEVIE\n", 1, "Le Maire", "Gérald BONNEVIE", NULL, "Valbois"},
        {"le", "Le Maire.\n\nGérald BONNEVIE\n", 1, "Le Maire", "Gérald BONNEVIE", NULL, "Valbois"},
        {"le", "Le Maire, | La Secrétaire de séance.\nYannick LE GOFF : Katell MORVAN\n", 2, "Le Maire",
         "Yannick LE GOFF", "Katell MORVAN", "Valbois"},
        {"le", "La Directrice,\nHélène MARCHADIER À\n", 1, "La Directrice", "Hélène MARCHADIER", NULL, "Valbois"},
        {"le", "La Maire,\nCatherine VAUTRIN:LEBLOND\n", 1, "La Maire", "Catherine VAUTRIN:LEBLOND", NULL,
         "Valbois"},
        {"lé", "Le Maire,\nPaul MARTIN\n", 1, "Le Maire", "Paul MARTIN", NULL, "Valbois"},
        /* an accented letter speck between two columns' names */
        {"le", "Le Maire La Secrétaire de séance,\nAlain DESFORGES è Elise FAYOLLE\n", 2, "Le Maire",
         "Alain DESFORGES", "Elise FAYOLLE", "Valbois"},
        /* negatives */
        {"le", "Le Maire.\nConseil municipal\n", 0, NULL, NULL, NULL, "Valbois"},
        /* "à" joins two names (a proxy): no speck */
        {"le", "Le Maire,\nAlain DESFORGES à Elise FAYOLLE\n", 1, "Le Maire", NULL, NULL, "Valbois"},
        {"le", "Le Maire..\nPaul MARTIN\n", 1, NULL, "Paul MARTIN", NULL, "Valbois"},
        {"le", "La Maire,\nCatherine Vautrin:Leblond\n", 1, "La Maire", NULL, NULL, "Valbois"},
        {"là", "Le Maire,\nPaul MARTIN\n", 1, "Le Maire", "Paul MARTIN", NULL, NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[700];
        snprintf(s, sizeof s, "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
                              "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
                              "Article 1 : Les travaux sont approuvés.\n\n"
                              "Fait à Valbois, %s 3 avril 2024\n\n%s", rows[k].fait, rows[k].in);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->signatures.n, rows[k].n);
        if (rows[k].n) {
            if (rows[k].role)
                assert_string_equal(d->signatures.v[0].role, rows[k].role);
            else
                assert_null(d->signatures.v[0].role);
            if (rows[k].name)
                assert_string_equal(d->signatures.v[0].name, rows[k].name);
            else
                assert_null(d->signatures.v[0].name);
            if (rows[k].place)
                assert_string_equal(d->signatures.v[0].place, rows[k].place);
            else
                assert_null(d->signatures.v[0].place);
        }
        if (rows[k].name2)
            assert_string_equal(d->signatures.v[1].name, rows[k].name2);
        if (rows[k].place)
            assert_string_equal(d->articles.v[0].text, "Les travaux sont approuvés.");
        ex_call_free(&c);
    }
}

/* OCR moved the date of "Fait à X, le …" away from its place ("Fait à
   Valbois, |" / "Le Maire," / "e 3 avril 2024 ." / "Paul MARTIN |"): the
   place line alone ends the last article, the name under the role is
   read, the date's piece is no part of the role.  Negatives: "Fait à"
   before a lower-case word, or two commas, is the article's text. */
static void test_signature_fait_place_alone(void **state)
{
    static const struct {
        const char *tail, *text, *role, *name;
    } rows[] = {
        {"Fait à Valbois, |\nLe Maire,\n\ne 3 avril 2024 .\nPaul MARTIN |\n", "Les travaux sont approuvés.",
         "Le Maire", "Paul MARTIN"},
        {"Fait à Valbois,\nLe Maire,\nPaul MARTIN\n", "Les travaux sont approuvés.", "Le Maire", "Paul MARTIN"},
        /* negatives */
        {"Fait à la demande du Maire,\nselon les règles.\n",
         "Les travaux sont approuvés. Fait à la demande du Maire, selon les règles.", NULL, NULL},
        {"Fait à Valbois, Arles,\nselon les règles.\n",
         "Les travaux sont approuvés. Fait à Valbois, Arles, selon les règles.", NULL, NULL},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char s[700];
        snprintf(s, sizeof s, "COMMUNE DE VALBOIS\n\nOBJET : Travaux\n\n"
                              "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
                              "Article 1 : Les travaux sont approuvés.\n%s", rows[k].tail);
        ex_call c;
        run_pipeline(&c, *state, s);
        const ex_document *d = &c.docs.v[0];
        assert_string_equal(d->articles.v[0].text, rows[k].text);
        if (rows[k].name) {
            assert_int_equal(d->signatures.n, 1);
            assert_string_equal(d->signatures.v[0].role, rows[k].role);
            assert_string_equal(d->signatures.v[0].name, rows[k].name);
        } else {
            assert_int_equal(d->signatures.n, 0);
        }
        ex_call_free(&c);
    }
}

/* the assembly named on a mixed-case number line ("Délibération du
   Bureau n° 2025-014") is the act's body */
static void test_numline_body_bureau(void **state)
{
    static const doc_row rows[] = {
        {.in = "Syndicat Mixte des Eaux du Plateau\n"
               "\n"
               "Délibération du Bureau n° 2025-014\n"
               "\n"
               "OBJET : Travaux de renouvellement du réseau\n"
               "\n"
               "Le Bureau, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Les travaux sont approuvés.\n",
         .number = "2025-014",
         .body = "Bureau"},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a typewriter's "N." for N° before a two-part number ("DELIBERATION N.
   14/2002", glued by OCR "DELIBERATIONN. 7/2003"); negative: "N. 47" (a
   plot number) opening a line is no act number */
static void test_numline_typewriter_dot(void **state)
{
    static const doc_row rows[] = {
        {.in = "COMMUNE DE VILLERS-SUR-BREVE\n"
               "\n"
               "DELIBERATION N. 14/2002\n"
               "\n"
               "OBJET : ACQUISITION D'UN TERRAIN\n"
               "\n"
               "LE CONSEIL MUNICIPAL, APRES EN AVOIR DELIBERE,\n"
               "DECIDE :\n"
               "- D'ACQUERIR LA PARCELLE.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "14/2002"},
        /* OCR glued the sign to the act word: "DELIBERATIONN. 7/2003" */
        {.in = "COMMUNE DE VILLERS-SUR-BREVE\n"
               "\n"
               "DELIBERATIONN. 7/2003\n"
               "\n"
               "OBJET : ACQUISITION D'UN TERRAIN\n"
               "\n"
               "LE CONSEIL MUNICIPAL, APRES EN AVOIR DELIBERE,\n"
               "DECIDE :\n"
               "- D'ACQUERIR LA PARCELLE.\n",
         .ndocs = TT(1),
         .type = TT(EX_DOC_DELIBERATION),
         .number = "7/2003"},
        {.in = "COMMUNE DE VILLERS-SUR-BREVE\n"
               "\n"
               "DELIBERATION\n"
               "\n"
               "OBJET : ACQUISITION D'UN TERRAIN\n"
               "\n"
               "LA PARCELLE CADASTREE SECTION ZB\n"
               "N. 47, D'UNE CONTENANCE DE 53 A, EST PROPOSEE.\n"
               "LE CONSEIL MUNICIPAL, APRES EN AVOIR DELIBERE,\n"
               "DECIDE :\n"
               "- D'ACQUERIR LA PARCELLE.\n",
         .ndocs = TT(1),
         .number = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a contract's operative phrase with an OCR speck between two of its
   words, glued or apart ("IL A‘ÉTÉ CONVENU CE QUI SUIT", "IL EST.
   CONVENU", "Il a été _ convenu"): still the decision verb (the speck
   printed as one blank), and the contract a convention; another phrase
   with a speck ("IL A‘ÉTÉ CONSTATÉ") is none */
static void test_convenu_speck(void **state)
{
#define CONVENU_DOC(verb)                                                   \
    "CONTRAT DE CONCESSION DE SERVICE PUBLIC\n"                              \
    "\n"                                                                    \
    "ENTRE LES SOUSSIGNÉS :\n"                                              \
    "\n"                                                                    \
    "La Commune de Val-Brunet, représentée par son Maire,\n"                \
    "ET :\n"                                                                \
    "La société Campings du Brunet, représentée par son Président,\n"       \
    "\n"                                                                    \
    verb " :\n"                                                             \
    "\n"                                                                    \
    "Article 1 – Objet\n"                                                   \
    "La commune confie le camping au concessionnaire.\n"
    static const doc_row rows[] = {
        {.in = CONVENU_DOC("IL A‘ÉTÉ CONVENU CE QUI SUIT"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "IL A ÉTÉ CONVENU CE QUI SUIT"},
        {.in = CONVENU_DOC(". IL EST. CONVENU CE QUI SUIT"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "IL EST CONVENU CE QUI SUIT"},
        {.in = CONVENU_DOC("Il a été _ convenu ce qui suit"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "Il a été convenu ce qui suit"},
        /* the specks are speck_len()'s: ; too */
        {.in = CONVENU_DOC("IL EST; CONVENU CE QUI SUIT"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "IL EST CONVENU CE QUI SUIT"},
        /* no speck: as printed */
        {.in = CONVENU_DOC("IL A ÉTÉ CONVENU CE QUI SUIT"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "IL A ÉTÉ CONVENU CE QUI SUIT"},
        /* OCR: J for the I opening it ("JL EST CONVENU"), printed I */
        {.in = CONVENU_DOC("JL EST CONVENU CE QUI SUIT"), .type = TT(EX_DOC_CONVENTION),
         .decision_verb = "IL EST CONVENU CE QUI SUIT"},
        /* not the phrase */
        {.in = CONVENU_DOC("IL A‘ÉTÉ CONSTATÉ CE QUI SUIT"), .decision_verb = TT_NULL},
        {.in = CONVENU_DOC("JL EST CONSTATÉ CE QUI SUIT"), .decision_verb = TT_NULL},
    };
#undef CONVENU_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a transmission mention printed as lines of the act, not as a stamp:
   "Transmis en préfecture le … – Publié le …" (each part after the dash
   read) and "Identifiant : <ACTES id>" fill the transmission; the same
   phrase inside a sentence ("cet acte, transmis en préfecture le …")
   does not */
static void test_transmission_printed(void **state)
{
#define TR_DOC(tail)                                                        \
    "COMMUNE DE SAINT-JEAN\n"                                               \
    "Délibération n° 2026-018\n"                                            \
    "Objet : Budget primitif 2026\n"                                        \
    "Vu le code général des collectivités territoriales ;\n"                \
    "DÉCIDE :\n"                                                            \
    "Article 1 : D'adopter le budget.\n"                                    \
    "Le Maire,\n"                                                           \
    "Hervé LEMARCHAND\n"                                                    \
    "\n" tail
    ex_call c;
    run_pipeline(&c, *state,
                 TR_DOC("Transmis en préfecture le 27/03/2026 – Publié le 28/03/2026\n"
                        "Identifiant : 061-216103473-20260324-2026_018-DE\n"));
    assert_int_equal(c.docs.n, 1);
    const ex_transmission *tr = &c.docs.v[0].transmission;
    assert_true(tr->present);
    assert_int_equal(tr->sent.y, 2026);
    assert_int_equal(tr->sent.d, 27);
    assert_int_equal(tr->published.y, 2026);
    assert_int_equal(tr->published.d, 28);
    assert_int_equal(tr->received.y, 0);
    assert_non_null(tr->id);
    assert_string_equal(tr->id, "061-216103473-20260324-2026_018-DE");
    ex_call_free(&c);
    /* a sentence: no transmission */
    run_pipeline(&c, *state, TR_DOC("Le Maire certifie le caractère exécutoire de\n"
                                    "cet acte, transmis en préfecture le 27/03/2026 et publié le 28/03/2026.\n"));
    assert_int_equal(c.docs.n, 1);
    assert_false(c.docs.v[0].transmission.present);
    ex_call_free(&c);
#undef TR_DOC
}

/* minutes' items: a title cut by the line's end goes on in lower case
   on the next line ("… maternité du centre\nhospitalier de X"); the last
   item ends before a "QUESTIONS ORALES" / "Questions diverses" heading
   (not through the questions and the signatures); a title ending with
   a stop does not take the next line, nor does a "questions diverses"
   inside a sentence end the item */
static void test_items_title_wrap_and_end(void **state)
{
#define ITEMS_DOC(t1, t2, mid)                                                              \
    "COMMUNE DE PLOUMEUR\n"                                                                 \
    "PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 12 FÉVRIER 2026\n"                                 \
    "L'an deux mille vingt-six, le douze février, le Conseil municipal s'est réuni à la\n"   \
    "mairie sous la présidence de M. Yannick LE GOFF, Maire.\n"                             \
    "\n"                                                                                    \
    "1. Délibération n° 2026-05 : Tarifs de la cantine\n"                                   \
    "Le Conseil municipal, après en avoir délibéré, FIXE le prix du repas à 3,85 €.\n"       \
    "Vote : Pour : 15 – Contre : 2 – Abstention : 0.\n"                                     \
    "\n"                                                                                    \
    "2. Délibération n° 2026-07 : " t1 "\n"                                                 \
    t2 "\n"                                                                                 \
    "M. le Maire donne lecture de la motion.\n"                                             \
    "La motion est adoptée par 14 voix pour, 0 contre et 3 abstentions.\n"                  \
    "\n" mid                                                                                \
    "M. Hervé CLOAREC demande où en est la réfection du pont.\n"                            \
    "\n"                                                                                    \
    "La séance est levée à vingt et une heures.\n"                                          \
    "\n"                                                                                    \
    "Le Maire,\n"                                                                           \
    "Yannick LE GOFF\n"
    static const char *const ins[] = {
        ITEMS_DOC("Motion pour le maintien de la maternité du centre", "hospitalier de Kemper-Izel",
                  "QUESTIONS ORALES / GOULENNOÙ DIOUZH GENOU\n\n"),
        ITEMS_DOC("Motion pour la maternité.", "hospitalier de Kemper-Izel", "6. Questions diverses\n\n"),
        ITEMS_DOC("Motion pour la maternité", "Le texte est lu.", "Il est passé aux questions diverses du jour.\n"),
    };
    static const char *const titles[] = {
        "Motion pour le maintien de la maternité du centre hospitalier de Kemper-Izel",
        "Motion pour la maternité", "Motion pour la maternité"};
#undef ITEMS_DOC
    for (size_t k = 0; k < 3; k++) {
        ex_call c;
        run_pipeline(&c, *state, ins[k]);
        assert_int_equal(c.docs.n, 1);
        const ex_document *d = &c.docs.v[0];
        assert_int_equal(d->items.n, 2);
        assert_string_equal(d->items.v[1].title, titles[k]);
        /* the last item ends after its vote, before the heading */
        const char *vote = strstr(ins[k], "3 abstentions.");
        size_t ve = (size_t)(vote - ins[k]) + strlen("3 abstentions.");
        if (k < 2)
            assert_int_equal(d->items.v[1].span.end, ve);
        else
            assert_true(d->items.v[1].span.end > ve);
        ex_call_free(&c);
    }
}

/* a contract between parties whose operative phrase is not read (a
   garbled scan): a "CONTRAT …" / "CONVENTION …" heading in capitals,
   "ENTRE LES SOUSSIGNÉS", then "ET :" or "d'autre part" make it a
   convention; a bare "ENTRE", or no second party, leave it other */
static void test_parties_contract_type(void **state)
{
#define PARTIES_DOC(entre, et)                                              \
    "CONTRAT DE CONCESSION DE SERVICE PUBLIC\n"                              \
    "\n" entre "\n"                                                         \
    "\n"                                                                    \
    "La Commune de Val-Brunet, représentée par son Maire,\n"                \
    et "\n"                                                                 \
    "La société Campings du Brunet, représentée par son Président,\n"       \
    "\n"                                                                    \
    "IL A‘ÉTÉ COUVENU CE QUI SUIT :\n"                                      \
    "\n"                                                                    \
    "Article 1 – Objet\n"                                                   \
    "La commune confie le camping au concessionnaire.\n"
    static const doc_row rows[] = {
        {.in = PARTIES_DOC("ENTRE LES SOUSSIGNÉS :", "ET :"), .type = TT(EX_DOC_CONVENTION), .decision_verb = TT_NULL},
        {.in = PARTIES_DOC("ENTRE LES SOUSSIGNÉS :", "                        d'autre part,"),
         .type = TT(EX_DOC_CONVENTION)},
        {.in = PARTIES_DOC("ENTRE :", "ET :"), .type = TT(EX_DOC_OTHER)},
        {.in = PARTIES_DOC("ENTRE LES SOUSSIGNÉS :", "Le Concessionnaire :"), .type = TT(EX_DOC_OTHER)},
    };
#undef PARTIES_DOC
    TT_EACH(r, t, rows)
        check_doc(&t, *state, r);
}

/* a PDF text extraction emits the page footer and the next page's
   letterhead between two articles: one act (the letterhead is page
   furniture: no new document, no article's text), its collectivity
   from that letterhead; the running footer line above the counter,
   printed again at the end, is no article text either.  A repeated
   letterhead followed by a NEW number still opens a new act; a
   collectivity's two cells emitted last ("COMMUNE DE" / motto / name)
   are joined */
static void test_letterhead_after_footer(void **state)
{
    ex_call c;
    const char s[] =
        "Séance du 14 avril 2026\n"
        "DÉLIBÉRATION N° 2026-018\n"
        "OBJET : Subventions aux associations\n"
        "Le Conseil municipal,\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1er : D’attribuer une subvention de 800 €.\n"
        "Commune de Brunval – Délibération n° 2026-018\n"
        "Page 1/2\n"
        "RÉPUBLIQUE FRANÇAISE\n"
        "DÉPARTEMENT DU TARN\n"
        "COMMUNE DE BRUNVAL\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Article 2 : Les crédits sont inscrits au budget.\n"
        "Brunval, le 15 avril 2026\n"
        "Le Maire,\n"
        "Alain FOURNIER\n"
        "Commune de Brunval – Délibération n° 2026-018\n"
        "Page 2/2\n";
    run_pipeline(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_string_equal(d->collectivity, "COMMUNE DE BRUNVAL");
    assert_int_equal(d->articles.n, 2);
    assert_string_equal(d->articles.v[0].text, "D’attribuer une subvention de 800 €.");
    assert_int_equal(d->signatures.n, 1);
    ex_call_free(&c);

    /* negative: the letterhead repeated with a new number: two acts */
    const char t[] =
        "COMMUNE DE BRUNVAL\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Délibération n° 2026-018\n"
        "Objet : Tarifs\n"
        "Le Conseil municipal, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "Article 1 : Les tarifs sont fixés.\n"
        "Page 1/2\n"
        "COMMUNE DE BRUNVAL\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Délibération n° 2026-019\n"
        "Objet : Subvention\n"
        "Le Conseil municipal, après en avoir délibéré,\n"
        "DÉCIDE :\n"
        "Article 1 : La subvention est versée.\n"
        "Page 2/2\n";
    run_pipeline(&c, *state, t);
    assert_int_equal(c.docs.n, 2);
    ex_call_free(&c);

    /* the letterhead's cells emitted last, the motto between */
    const char u[] =
        "ARRÊTÉ MUNICIPAL N° 2026-AR-037\n"
        "portant réglementation de la circulation\n"
        "Le Maire,\n"
        "Vu le code de la route ;\n"
        "ARRÊTE\n"
        "Article 1 – La circulation est interdite.\n"
        "Fait à Brunval, le 9 mars 2026\n"
        "Le Maire,\n"
        "Bernard CASTAGNÉ\n"
        "RÉPUBLIQUE FRANÇAISE\n"
        "COMMUNE DE\n"
        "Liberté – Égalité – Fraternité\n"
        "SAINT-VAL-D’OLLE\n"
        "Département de la Drôme\n";
    run_pipeline(&c, *state, u);
    assert_int_equal(c.docs.n, 1);
    assert_string_equal(c.docs.v[0].collectivity, "COMMUNE DE SAINT-VAL-D’OLLE");
    ex_call_free(&c);

    /* negative: a lone "COMMUNE DE" followed by a line in mixed case */
    const char v[] =
        "ARRÊTÉ MUNICIPAL N° 2026-AR-038\n"
        "portant réglementation de la circulation\n"
        "Vu le code de la route ;\n"
        "ARRÊTE\n"
        "Article 1 – La circulation est interdite.\n"
        "Fait le 9 mars 2026\n"
        "Le Maire,\n"
        "Bernard CASTAGNÉ\n"
        "COMMUNE DE\n"
        "Saint-Val\n";
    run_pipeline(&c, *state, v);
    assert_int_equal(c.docs.n, 1);
    assert_null(c.docs.v[0].collectivity);
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deliberation),
        cmocka_unit_test(test_two_acts),
        cmocka_unit_test(test_arrete),
        cmocka_unit_test(test_signature_capitals),
        cmocka_unit_test(test_footer_ends_act),
        cmocka_unit_test(test_ocr),
        cmocka_unit_test(test_ocr_split_keywords),
        cmocka_unit_test(test_rapport_before_deliberation),
        cmocka_unit_test(test_rapport_expose_then_deliberation),
        cmocka_unit_test(test_place_after_participle),
        cmocka_unit_test(test_table_header_no_signature),
        cmocka_unit_test(test_ocr_lost_article_number),
        cmocka_unit_test(test_article_heading_or_sentence),
        cmocka_unit_test(test_vote_heading_ends_article),
        cmocka_unit_test(test_not_voting_paragraph_wrapped),
        cmocka_unit_test(test_not_voting_label_ends_article),
        cmocka_unit_test(test_register_closing_ends_article),
        cmocka_unit_test(test_acceptance_mention),
        cmocka_unit_test(test_recipients_list_no_signature),
        cmocka_unit_test(test_fait_semicolon),
        cmocka_unit_test(test_not_voting_paragraph_ends_article),
        cmocka_unit_test(test_ballot_paragraph_ends_article),
        cmocka_unit_test(test_vote_after_signature),
        cmocka_unit_test(test_sur_rapport_ends_visa),
        cmocka_unit_test(test_article_dernier),
        cmocka_unit_test(test_decimal_articles),
        cmocka_unit_test(test_hyphenated_arrete_kind),
        cmocka_unit_test(test_result_word_in_sentence),
        cmocka_unit_test(test_mid_act_signatures),
        cmocka_unit_test(test_recueil_header_collectivity),
        cmocka_unit_test(test_register_numline_objet),
        cmocka_unit_test(test_recueil_ocr_headings),
        cmocka_unit_test(test_recueil_cover_numline),
        cmocka_unit_test(test_recueil_table_cover),
        cmocka_unit_test(test_later_act_collectivity),
        cmocka_unit_test(test_last_page_counter_ends_piece),
        cmocka_unit_test(test_verb_ending_wrapped_preamble),
        cmocka_unit_test(test_visa_civility_at_line_end),
        cmocka_unit_test(test_visa_function_word_at_line_end),
        cmocka_unit_test(test_vote_qualified_heading_ends_article),
        cmocka_unit_test(test_body_conseil_de_metropole),
        cmocka_unit_test(test_verb_after_body_comma_delibere),
        cmocka_unit_test(test_verb_opening_first_article),
        cmocka_unit_test(test_letterhead_place_date),
        cmocka_unit_test(test_annex_with_articles),
        cmocka_unit_test(test_roman_subitems_section_sign),
        cmocka_unit_test(test_delegate_role_running_line),
        cmocka_unit_test(test_verb_ce_qui_suit),
        cmocka_unit_test(test_pv_sentence_verb),
        cmocka_unit_test(test_pv_heading_one_item),
        cmocka_unit_test(test_quoted_article),
        cmocka_unit_test(test_proces_verbal),
        cmocka_unit_test(test_commission_minutes),
        cmocka_unit_test(test_signature_columns),
        cmocka_unit_test(test_signature_columns_joined_speck),
        cmocka_unit_test(test_article_ocr_first_comma),
        cmocka_unit_test(test_considerant_second_letter),
        cmocka_unit_test(test_plain_and_empty),
        cmocka_unit_test(test_not_labels),
        cmocka_unit_test(test_decision_du_maire),
        cmocka_unit_test(test_signature_without_body),
        cmocka_unit_test(test_collectivity_de_speck),
        cmocka_unit_test(test_annex_table_not_signature),
        cmocka_unit_test(test_flattened_letterhead),
        cmocka_unit_test(test_lower_case_act),
        cmocka_unit_test(test_lower_label_after_connector),
        cmocka_unit_test(test_ocr_heading_stray_stop),
        cmocka_unit_test(test_ocr_heading_symbols),
        cmocka_unit_test(test_runin_article_heading),
        cmocka_unit_test(test_ocr_article_noise),
        cmocka_unit_test(test_ocr_clause_end_specks),
        cmocka_unit_test(test_ocr_clause_end_semicolon),
        cmocka_unit_test(test_ocr_preamble_hyphen),
        cmocka_unit_test(test_rapport_decided),
        cmocka_unit_test(test_minutes_rapports_items),
        cmocka_unit_test(test_objet_moved_by_page),
        cmocka_unit_test(test_convention_soussignes),
        cmocka_unit_test(test_rapport_speck_before_number),
        cmocka_unit_test(test_signature_name_before_footer),
        cmocka_unit_test(test_session_inherited),
        cmocka_unit_test(test_session_inherited_expose_date),
        cmocka_unit_test(test_rapport_joined_heading),
        cmocka_unit_test(test_signature_role_running),
        cmocka_unit_test(test_numline_body_between),
        cmocka_unit_test(test_numline_body_abbrev),
        cmocka_unit_test(test_numline_typewriter_dot),
        cmocka_unit_test(test_election_verb),
        cmocka_unit_test(test_tally_then_verb),
        cmocka_unit_test(test_label_bare_number),
        cmocka_unit_test(test_verb_line_article),
        cmocka_unit_test(test_verb_line_no_signature),
        cmocka_unit_test(test_signature_mixed_case_name),
        cmocka_unit_test(test_signature_ocr_specks),
        cmocka_unit_test(test_signature_ocr_dot_role),
        cmocka_unit_test(test_signature_fait_place_alone),
        cmocka_unit_test(test_numline_body_bureau),
        cmocka_unit_test(test_ocr_visa_and_president),
        cmocka_unit_test(test_decision_numline_mixed_case),
        cmocka_unit_test(test_vote_sentence_council_adopts),
        cmocka_unit_test(test_bare_place_date_words),
        cmocka_unit_test(test_two_acts_stamp_issuer),
        cmocka_unit_test(test_two_pv_letterhead_once),
        cmocka_unit_test(test_convenu_speck),
        cmocka_unit_test(test_transmission_printed),
        cmocka_unit_test(test_items_title_wrap_and_end),
        cmocka_unit_test(test_parties_contract_type),
        cmocka_unit_test(test_letterhead_after_footer),
        cmocka_unit_test(test_articles_capitals_text),
        cmocka_unit_test(test_signature_list_row),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
