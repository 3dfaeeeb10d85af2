/* test_references.c - stage references: cited acts, code articles. */
#include "testutil.h"

#include <stdio.h>

/* run the pipeline on s (recognizers over the whole text) */
static void run(ex_call *c, const extract_engine *e, const char *s)
{
    text_of(c, e, s, strlen(s));
    assert_true(ex_find_dates(c));
    assert_true(ex_find_references(c));
}

static const ex_reference *ref(const ex_call *c, size_t i)
{
    assert_true(i < c->references.n);
    return &c->references.v[i];
}

static void assert_date(ex_date_val d, int y, int m, int dd)
{
    assert_int_equal(d.y, y);
    assert_int_equal(d.m, m);
    assert_int_equal(d.d, dd);
}

static void test_acts_with_number_and_date(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens ;\n"
        "Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 ;\n"
        "Vu l'arrêté préfectoral n° 79-2023-12-18-00004 du 18 décembre 2023 ;\n"
        "Vu le règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    const ex_reference *r = ref(&c, 0);
    assert_string_equal(r->kind, "loi");
    assert_string_equal(r->number, "2000-321");
    assert_date(r->date, 2000, 4, 12);
    assert_null(r->code);
    assert_span_is(&c, r->span, "loi n° 2000-321 du 12 avril 2000");
    r = ref(&c, 1);
    assert_string_equal(r->kind, "deliberation");
    assert_string_equal(r->number, "2021-257");
    assert_date(r->date, 2021, 7, 1);
    assert_string_equal(r->text,
                        "délibération n°2021-257 du Conseil départemental en date du 01/07/2021");
    r = ref(&c, 2);
    assert_string_equal(r->kind, "arrete");
    assert_string_equal(r->number, "79-2023-12-18-00004");
    r = ref(&c, 3);
    assert_string_equal(r->kind, "reglement");
    assert_string_equal(r->number, "1407/2013");
    assert_date(r->date, 2013, 12, 18);
    ex_call_free(&c);
}

/* a number holding a letters prefix and one blank: "n° DCM 2024/018"
   (the blank kept); a capitalised function word ("n° DU 12") or a
   lower-case word is no prefix */
static void test_number_letters_prefix(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la délibération n° DCM 2024/018 du 9 février 2024 relative aux mesures d'urgence ;\n"
        "Vu l'arrêté n° CAB 23-117 du 3 mars 2023 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "deliberation");
    assert_string_equal(ref(&c, 0)->number, "DCM 2024/018");
    assert_date(ref(&c, 0)->date, 2024, 2, 9);
    assert_span_is(&c, ref(&c, 0)->span, "délibération n° DCM 2024/018 du 9 février 2024");
    assert_string_equal(ref(&c, 1)->kind, "arrete");
    assert_string_equal(ref(&c, 1)->number, "CAB 23-117");
    ex_call_free(&c);
    run(&c, *state, "Vu la délibération n° DU 2024 relative aux tarifs ;\n"
                    "Vu la délibération n° dcm 2024/018 relative aux tarifs ;\n");
    for (size_t i = 0; i < c.references.n; i++)
        assert_true(ref(&c, i)->number == NULL
                    || (strcmp(ref(&c, i)->number, "DU 2024") && strcmp(ref(&c, i)->number, "dcm 2024/018")));
    ex_call_free(&c);
}

/* a typewriter's "N." for N° after the act word */
static void test_number_sign_dot(void **state)
{
    ex_call c;
    run(&c, *state, "VU LA LOI N. 88-13 DU 5 JANVIER 1988 D'AMELIORATION ;\n");
    assert_int_equal(c.references.n, 1);
    assert_string_equal(ref(&c, 0)->kind, "loi");
    assert_string_equal(ref(&c, 0)->number, "88-13");
    assert_date(ref(&c, 0)->date, 1988, 1, 5);
    ex_call_free(&c);
}

static void test_acts_date_only_and_bare_number(void **state)
{
    ex_call c;
    const char s[] =
        "VU la loi 2021-1900 du 30 décembre 2021 de finances pour 2022 ;\n"
        "VU le décret du 20 juillet 2022 portant nomination ;\n"
        "VU la décision de la directrice générale de la cohésion sociale du 10 mars 2014 ;\n"
        "Vu la circulaire préfectorale du 2 décembre 2022 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    assert_string_equal(ref(&c, 0)->kind, "loi");
    assert_string_equal(ref(&c, 0)->number, "2021-1900");
    assert_string_equal(ref(&c, 1)->kind, "decret");
    assert_null(ref(&c, 1)->number);
    assert_date(ref(&c, 1)->date, 2022, 7, 20);
    assert_string_equal(ref(&c, 2)->kind, "decision");
    assert_date(ref(&c, 2)->date, 2014, 3, 10);
    assert_string_equal(ref(&c, 3)->kind, "circulaire");
    ex_call_free(&c);
}

static void test_conventions_and_placeholders(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la convention de partenariat signée le 14 février 2022 entre la Région et la Banque ;\n"
        "Vu la délibération de la Commission Permanente en date du xxxx autorisant le Président ;\n"
        "Vu les avenants 2020 et 2021 de la convention bassin minier, signés en date des "
        "12/11/2020 et 16/12/2021, joints en annexe ;\n"
        "Vu le protocole d'accord associant l'État et la Région en date du 9 novembre 2018 ;\n"
        "Vu le rapport du Président ;\n"
        "Vu l'avis de la commission réunie le 6 novembre 2023 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 3);
    assert_string_equal(ref(&c, 0)->kind, "convention");
    assert_date(ref(&c, 0)->date, 2022, 2, 14);
    /* several acts in one phrase: one reference, date null */
    assert_string_equal(ref(&c, 1)->kind, "convention");
    assert_int_equal(ref(&c, 1)->date.y, 0);
    assert_string_equal(ref(&c, 2)->kind, "other");
    assert_date(ref(&c, 2)->date, 2018, 11, 9);
    ex_call_free(&c);
}

static void test_code_articles(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le Code Général des Collectivités Territoriales, et notamment ses articles "
        "L.2212-1, L.2212-2, L.2213-1\net L.2213-2 ;\n"
        "Vu le Code général des impôts, et notamment ses articles 1636 B sexies et 1639 A ;\n"
        "au sens de l'article R.417-10 du code de la route, et aux articles L.325-1 et "
        "suivants du même code.\n"
        "Conformément à l'article L.5214-16 du CGCT, le montant est fixé.\n"
        "Vu le Code de l’Action Sociale et des Familles et notamment ses articles L.262-1 à\n"
        "L.263-2-1 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 6);
    const ex_reference *r = ref(&c, 0);
    assert_string_equal(r->kind, "code");
    assert_string_equal(r->code, "Code Général des Collectivités Territoriales");
    assert_int_equal(r->articles.n, 4);
    assert_string_equal(r->articles.v[3], "L.2213-2");
    r = ref(&c, 1);
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[0], "1636Bsexies");
    assert_string_equal(r->articles.v[1], "1639A");
    r = ref(&c, 2);
    assert_string_equal(r->code, "code de la route");
    assert_span_is(&c, r->span, "article R.417-10 du code de la route");
    r = ref(&c, 3);   /* "du même code": the last code named */
    assert_string_equal(r->code, "code de la route");
    assert_string_equal(r->articles.v[0], "L.325-1");
    r = ref(&c, 4);   /* abbreviation: the full name */
    assert_string_equal(r->code, "Code général des collectivités territoriales");
    r = ref(&c, 5);   /* a range lists both ends */
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[1], "L.263-2-1");
    ex_call_free(&c);
}

static void test_article_of_an_act(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l’application de l’article 10 "
        "de la loi n° 2000-321 du 12 avril 2000 ;\n"
        "Les crédits sont inscrits à l'article 6574, chapitre 65.\n"
        "Le présent arrêté sera affiché ; l'article 4 de la présente convention s'applique.\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "decret");
    const ex_reference *r = ref(&c, 1);
    assert_string_equal(r->kind, "loi");
    assert_int_equal(r->articles.n, 1);
    assert_string_equal(r->articles.v[0], "10");
    assert_span_is(&c, r->span, "article 10 de la loi n° 2000-321 du 12 avril 2000");
    ex_call_free(&c);
}

/* the articles named after an act ("…, et notamment son article 94")
   stop at another act cited in between: "…, modifiée par la
   délibération n° … du …, et notamment son point 6" is two references,
   and "son point 6" is no article of either; "son article 6" after the
   nested act is that act's */
static void test_act_articles_stop_at_nested_act(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la délibération n° 2021-118 du 3 juin 2021 portant délégation au Bureau, modifiée par "
        "la délibération n° 2022-040 du 7 avril 2022, et notamment son point 4 relatif aux marchés ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->number, "2021-118");
    assert_int_equal(ref(&c, 0)->articles.n, 0);
    assert_span_is(&c, ref(&c, 0)->span, "délibération n° 2021-118 du 3 juin 2021");
    assert_string_equal(ref(&c, 1)->number, "2022-040");
    assert_date(ref(&c, 1)->date, 2022, 4, 7);
    assert_int_equal(ref(&c, 1)->articles.n, 0);
    ex_call_free(&c);
    run(&c, *state,
        "Vu la délibération n° 2021-118 du 3 juin 2021 portant délégation au Bureau, modifiée par "
        "la délibération n° 2022-040 du 7 avril 2022, et notamment son article 6 ;\n"
        "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale, et notamment son article 94 ;\n");
    assert_int_equal(c.references.n, 3);
    assert_int_equal(ref(&c, 0)->articles.n, 0);
    assert_int_equal(ref(&c, 1)->articles.n, 1);
    assert_string_equal(ref(&c, 1)->articles.v[0], "6");
    assert_string_equal(ref(&c, 2)->kind, "loi");
    assert_int_equal(ref(&c, 2)->articles.n, 1);
    assert_string_equal(ref(&c, 2)->articles.v[0], "94");
    ex_call_free(&c);
    /* after a code too, only an article word (OCR "aiticles") opens articles */
    run(&c, *state,
        "Vu le code général des collectivités territoriales, et notamment son annexe 3 ;\n"
        "Vu le code de l'urbanisme, notamment ses aiticles L.421-1 et R.421-1 ;\n");
    assert_int_equal(c.references.n, 2);
    assert_int_equal(ref(&c, 0)->articles.n, 0);
    assert_int_equal(ref(&c, 1)->articles.n, 2);
    ex_call_free(&c);
}

static void test_own_heading_is_not_a_reference(void **state)
{
    ex_call c;
    const char s[] =
        "ARRÊTÉ MUNICIPAL N° 2024-087\n"
        "portant réglementation du stationnement\n"
        "Vu la délibération n° 2023-085 du 14 décembre 2023 ;\n"
        "Procès-verbal arrêté en séance du 23/05/2024.\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 1);
    assert_string_equal(ref(&c, 0)->number, "2023-085");
    ex_call_free(&c);
}

/* a sommaire entry (dot leaders on its line or the next) cites the act:
   a reference; the same line without leaders is a heading */
static void test_toc_entries_are_references(void **state)
{
    ex_call c;
    const char s[] =
        "SOMMAIRE\n"
        "\n"
        "Arrêté n° 2024-ST-071 du 3 juillet 2024 portant interdiction de la circulation\n"
        "rue des Écoles ........................................ page 2\n"
        "Arrêté n° 2024-AG-019 du 22 août 2024 portant délégation ............ page 3\n"
        "\n"
        "Arrêté n° 2024-ST-088 du 16 septembre 2024 portant autorisation\n"
        "\n"
        "du domaine public ...................... page 4\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "arrete");
    assert_string_equal(ref(&c, 0)->number, "2024-ST-071");
    assert_date(ref(&c, 0)->date, 2024, 7, 3);
    assert_span_is(&c, ref(&c, 0)->span, "Arrêté n° 2024-ST-071 du 3 juillet 2024");
    assert_string_equal(ref(&c, 1)->number, "2024-AG-019");
    ex_call_free(&c);
}

/* a convention named by a few words before its number ("convention
   pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022"); not past
   a capitalised word or the line's end */
static void test_convention_name_before_number(void **state)
{
    ex_call c;
    run(&c, *state,
        "Vu la convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022 ;\n"
        "Vu la convention avec la Région n° 12 ;\n");
    assert_true(c.references.n >= 1);
    assert_string_equal(ref(&c, 0)->kind, "convention");
    assert_string_equal(ref(&c, 0)->number, "2022-CULT-045");
    assert_date(ref(&c, 0)->date, 2022, 3, 14);
    assert_span_is(&c, ref(&c, 0)->span, "convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022");
    for (size_t i = 1; i < c.references.n; i++)
        assert_true(ref(&c, i)->number == NULL || strcmp(ref(&c, i)->number, "12"));
    ex_call_free(&c);
}

static void test_minutes_items_are_references(void **state)
{
    ex_call c;
    const char s[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "1. DÉLIBÉRATION N° 2024-012 – VOTE DES TAUX\n"
        "Adopté à l'unanimité.\n"
        "2. DÉLIBÉRATION N° 2024-013 – BUDGET PRIMITIF\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "deliberation");
    assert_string_equal(ref(&c, 0)->number, "2024-012");
    assert_int_equal(ref(&c, 0)->date.y, 0);
    assert_span_is(&c, ref(&c, 0)->span, "DÉLIBÉRATION N° 2024-012");
    ex_call_free(&c);
}

/* a compte rendu sommaire lists its délibérations one a line, "n° X :
   title – adoptée ...", under a line introducing them as délibérations:
   each number is a deliberation reference (the item headings of a
   procès-verbal are); not without that line, not in a text that is no
   minutes, not a single item */
static void test_listed_deliberations(void **state)
{
    ex_call c;
    const char s[] =
        "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "\n"
        "Le Conseil municipal a adopté les délibérations suivantes :\n"
        "\n"
        "n° 2024-048 : Tarifs de la cantine – adoptée à l'unanimité\n"
        "N° 2024-049 – Vente d'un terrain – adoptée par 17 voix pour\n"
        "\n"
        "La séance est levée à 21 h 40.\n"
        "n° 2024-050 : une ligne hors de la liste\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "deliberation");
    assert_string_equal(ref(&c, 0)->number, "2024-048");
    assert_span_is(&c, ref(&c, 0)->span, "n° 2024-048");
    assert_string_equal(ref(&c, 1)->number, "2024-049");
    assert_span_is(&c, ref(&c, 1)->span, "N° 2024-049");
    ex_call_free(&c);

    /* no line introducing délibérations */
    run(&c, *state,
        "COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Ordre du jour :\n"
        "n° 1 : Tarifs de la cantine\n"
        "n° 2 : Vente d'un terrain\n");
    assert_int_equal(c.references.n, 0);
    ex_call_free(&c);
    /* not minutes */
    run(&c, *state,
        "RAPPORT AU CONSEIL MUNICIPAL\n"
        "Les délibérations suivantes :\n"
        "n° 2024-048 : Tarifs de la cantine\n"
        "n° 2024-049 : Vente d'un terrain\n");
    assert_int_equal(c.references.n, 0);
    ex_call_free(&c);
    /* one item only (the act's own number line) */
    run(&c, *state,
        "COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Délibération adoptée :\n"
        "n° 2024-048 : Tarifs de la cantine\n");
    assert_int_equal(c.references.n, 0);
    ex_call_free(&c);
}

static void test_ocr_noise(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la deliberation n* 2O23-12 du 16 mars 2023 ;\n"
        "Vu l'arrete prefectoral no 2022-10-73 du 10 août 2022 ;\n"
        "Vu le Code genéral des co1lectivités territoriales, et notamment ses aiticles "
        "L.2l21-29 et R:417-10 ;\n"
        "pris en application de Particle 105 du décret n° 2012-1246 du 7 novembre 2012 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    assert_string_equal(ref(&c, 0)->kind, "deliberation");
    assert_string_equal(ref(&c, 0)->number, "2023-12");
    assert_string_equal(ref(&c, 1)->kind, "arrete");
    const ex_reference *r = ref(&c, 2);
    assert_string_equal(r->code, "Code général des collectivités territoriales");
    assert_string_equal(r->articles.v[0], "L.2121-29");
    assert_string_equal(r->articles.v[1], "R.417-10");
    assert_string_equal(ref(&c, 3)->articles.v[0], "105");
    ex_call_free(&c);
    /* "notammèent", "L:.2212-2", a blank line in the list, "-à" glued */
    const char t[] =
        "VU le Code général des collectivités territoriales, et notammèent ses articles L.2212-1, L:.2212-2\n"
        "\n"
        "et L.2213-1 à L:2213-6 ;\n"
        "Vu le Code de l'environnement, et notamment ses articles L.2224-12-1-à L.2224-12-4 ;\n";
    run(&c, *state, t);
    assert_int_equal(c.references.n, 2);
    r = ref(&c, 0);
    assert_int_equal(r->articles.n, 4);
    assert_string_equal(r->articles.v[1], "L.2212-2");
    assert_string_equal(r->articles.v[3], "L.2213-6");
    r = ref(&c, 1);
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[1], "L.2224-12-4");
    ex_call_free(&c);
    /* negative: a dash then "à" after a plain number is no article list */
    const char u[] = "Vu le Code de la route, et notamment son article R.110-2 ; le tarif 12-à compter du 1er mai.\n";
    run(&c, *state, u);
    assert_int_equal(c.references.n, 1);
    assert_int_equal(ref(&c, 0)->articles.n, 1);
    ex_call_free(&c);
}

/* an act word as the subject of the document, or followed by a term
   ("à compter du", "pour une durée de"), is not a citation */
static void test_terms_are_not_citations(void **state)
{
    ex_call c;
    const char s[] =
        "La convention est conclue pour une durée de trois ans à compter du 15 avril 2024.\n"
        "La présente convention prend effet à compter du 1er janvier 2025.\n"
        "Le présent arrêté est applicable jusqu'au 31 décembre 2024.\n"
        "Une convention prendra effet à compter du 2 mai 2024.\n"
        "Vu la convention du 12 mars 2020 relative au fonds de concours ;\n"
        "Vu la convention n° 2021-12 signée le 3 février 2021 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "convention");
    assert_span_is(&c, ref(&c, 0)->span, "convention du 12 mars 2020");
    assert_date(ref(&c, 0)->date, 2020, 3, 12);
    assert_string_equal(ref(&c, 1)->kind, "convention");
    assert_string_equal(ref(&c, 1)->number, "2021-12");
    assert_span_is(&c, ref(&c, 1)->span, "convention n° 2021-12 signée le 3 février 2021");
    ex_call_free(&c);
}

/* "et suivants" belongs to the cited articles, in both word orders */
static void test_articles_and_following(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le Code général des collectivités territoriales, et notamment ses articles "
        "L.5212-1 et suivants ;\n"
        "en application des articles L.5211-1 et suivants du CGCT ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    const ex_reference *r = ref(&c, 0);
    assert_string_equal(r->kind, "code");
    assert_int_equal(r->articles.n, 1);
    assert_string_equal(r->articles.v[0], "L.5212-1");
    assert_span_is(&c, r->span, "Code général des collectivités territoriales, et notamment ses articles "
                            "L.5212-1 et suivants");
    r = ref(&c, 1);
    assert_string_equal(r->code, "Code général des collectivités territoriales");
    assert_span_is(&c, r->span, "articles L.5211-1 et suivants du CGCT");
    ex_call_free(&c);
}

/* "et suivants" after an article does not end the list when a
   separator and another article follow it */
static void test_articles_and_following_list(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code de l'environnement, notamment ses articles L.122-1 et suivants, R.122-2 et "
        "suivantes et R.123-5 ;\n"
        "en application des articles L.2224-7 et suivants et R.2224-19 du CGCT ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    const ex_reference *r = ref(&c, 0);
    assert_string_equal(r->kind, "code");
    assert_int_equal(r->articles.n, 3);
    assert_string_equal(r->articles.v[0], "L.122-1");
    assert_string_equal(r->articles.v[1], "R.122-2");
    assert_string_equal(r->articles.v[2], "R.123-5");
    assert_span_is(&c, r->span, "code de l'environnement, notamment ses articles L.122-1 et suivants, "
                                "R.122-2 et suivantes et R.123-5");
    r = ref(&c, 1);
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[1], "R.2224-19");
    assert_span_is(&c, r->span, "articles L.2224-7 et suivants et R.2224-19 du CGCT");
    ex_call_free(&c);
}

/* "L.2121.15" is read L.2121-15; "du même code" is the last code named;
   a code before its articles; ranges keep both ends and are noted */
static void test_dotted_abbreviated_and_ranges(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code général des collectivités territoriales ;\n"
        "Vu les articles L2121-29 et L.2121.15 du même code ;\n"
        "Vu le CGCT, art. L. 2122-22 ;\n"
        "Vu les articles L.214-1 à L.214-6 et R.214-1 du code de l'environnement ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    const ex_reference *r = ref(&c, 1);
    assert_string_equal(r->code, "code général des collectivités territoriales");
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[0], "L2121-29");
    assert_string_equal(r->articles.v[1], "L.2121-15");
    assert_int_equal(r->nranges, 0);
    assert_span_is(&c, r->span, "articles L2121-29 et L.2121.15 du même code");
    r = ref(&c, 2);
    assert_string_equal(r->code, "Code général des collectivités territoriales");
    assert_int_equal(r->articles.n, 1);
    assert_string_equal(r->articles.v[0], "L.2122-22");
    assert_span_is(&c, r->span, "CGCT, art. L. 2122-22");
    r = ref(&c, 3);
    assert_string_equal(r->code, "code de l'environnement");
    assert_int_equal(r->articles.n, 3);
    assert_int_equal(r->nranges, 1);
    assert_string_equal(r->ranges[0], "L.214-1");
    assert_string_equal(r->ranges[1], "L.214-6");
    ex_call_free(&c);
}

/* a paragraph in roman numerals glued to a code article ("L.5214-16V")
   is the article's paragraph: the article is L.5214-16 */
static void test_glued_roman_paragraph(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code général des collectivités territoriales, notamment son article L.5214-16V ;\n"
        "Vu les articles L.5211-1 et L.5214-16IV du code de l'environnement ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    const ex_reference *r = ref(&c, 0);
    assert_int_equal(r->articles.n, 1);
    assert_string_equal(r->articles.v[0], "L.5214-16");
    assert_span_is(&c, r->span,
                   "code général des collectivités territoriales, notamment son article L.5214-16V");
    r = ref(&c, 1);
    assert_int_equal(r->articles.n, 2);
    assert_string_equal(r->articles.v[1], "L.5214-16");
    assert_string_equal(r->code, "code de l'environnement");
    ex_call_free(&c);
}

/* "loi ... portant ..., et notamment son article 94": the article belongs
   to the act; not past the end of the clause */
static void test_act_then_its_articles(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la "
        "République, et\nnotamment son article 94 ;\n"
        "Vu le décret n° 2004-374 du 29 avril 2004 relatif aux préfets ; notamment son article 3\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    const ex_reference *r = ref(&c, 0);
    assert_string_equal(r->kind, "loi");
    assert_int_equal(r->articles.n, 1);
    assert_string_equal(r->articles.v[0], "94");
    assert_string_equal(r->text, "loi n° 2015-991 du 7 août 2015 portant nouvelle organisation "
                                 "territoriale de la République, et notamment son article 94");
    r = ref(&c, 1);
    assert_int_equal(r->articles.n, 0);
    assert_span_is(&c, r->span, "décret n° 2004-374 du 29 avril 2004");
    ex_call_free(&c);
}

/* a "décision modificative" (budget document) is cited only when dated;
   also cut by a line break after "décision" */
static void test_budget_amendment(void **state)
{
    ex_call c;
    const char s[] =
        "APPROUVE la décision modificative n° 1 du budget principal ;\n"
        "ADOPTE la décision\nmodificative n° 3 telle que présentée ;\n"
        "Vu la décision modificative n° 2 du 12 mars 2024 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 1);
    assert_string_equal(ref(&c, 0)->kind, "decision");
    assert_string_equal(ref(&c, 0)->number, "2");
    ex_call_free(&c);
}

/* "délibération" read by OCR without its accent and with 1 or I for its
   l ("de1ibération", "deIibération") is tried as a reference */
static void test_unaccented_ocr_deliberation(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la de1ibération n° 2023-41 du 27 mars 2023 ;\n"
        "Vu la deIibération n° 2023-42 du 28 mars 2023 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 0)->kind, "deliberation");
    assert_string_equal(ref(&c, 0)->number, "2023-41");
    assert_string_equal(ref(&c, 1)->kind, "deliberation");
    assert_string_equal(ref(&c, 1)->number, "2023-42");
    ex_call_free(&c);
}

/* OCR put a blank line inside a sentence, between the act word and its
   number sign ("de la loi" + blank line + "n° 2000-321 du ..."): one
   reference; not after an act word opening its line, nor before other
   text than a number sign */
static void test_ocr_blank_line_before_number(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi\n"
        "\n"
        "n° 2000-321 du 12 avril 2000 ;\n"
        "Le Maire rappelle la délibération\n"
        "\n"
        "relative aux tarifs.\n"
        "Délibération\n"
        "\n"
        "n° 2024-048 : Tarifs de la cantine.\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 2);
    assert_string_equal(ref(&c, 1)->kind, "loi");
    assert_string_equal(ref(&c, 1)->number, "2000-321");
    assert_int_equal(ref(&c, 1)->articles.n, 1);
    assert_string_equal(ref(&c, 1)->articles.v[0], "10");
    ex_call_free(&c);
}

/* a number segment that is a well-formed prefixed number ("B2024-031",
   "S12-2024") keeps its letters: B is no OCR'd 8 there; a letter among
   digits still is ("2O24-0B7") */
static void test_number_letter_prefix_kept(void **state)
{
    ex_call c;
    const char s[] =
        "Vu la délibération n° B2024-031 du 3 avril 2024 ;\n"
        "Vu l'arrêté n° S12-2024 du 5 mai 2024 ;\n"
        "Vu la délibération n° 2O24-0B7 du 6 juin 2024 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 3);
    assert_string_equal(ref(&c, 0)->number, "B2024-031");
    assert_string_equal(ref(&c, 1)->number, "S12-2024");
    assert_string_equal(ref(&c, 2)->number, "2024-087");
    ex_call_free(&c);
}

/* OCR noise in the clause after a code's name: a stray quote after
   the comma, "sès", "son.article", a speck "|" ending the line, "et"
   glued between two articles */
static void test_ocr_article_clause(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code de l'environnement,’ et notamment sès articles L.211-7 et L.215-14 ;\n"
        "Vu le code de la route, et notamment son.article R.411-8 ;\n"
        "Vu le code rural et de la pêche maritime, et notamment ses |\n"
        "articles L.143-1 à L.143-7 ;\n"
        "Vu le code général des collectivités territoriales, et notamment ses articles "
        "L.3312-5etL.3313-1 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    assert_int_equal(ref(&c, 0)->articles.n, 2);
    assert_string_equal(ref(&c, 0)->articles.v[1], "L.215-14");
    assert_int_equal(ref(&c, 1)->articles.n, 1);
    assert_string_equal(ref(&c, 1)->articles.v[0], "R.411-8");
    assert_int_equal(ref(&c, 2)->articles.n, 2);
    assert_string_equal(ref(&c, 2)->articles.v[1], "L.143-7");
    assert_int_equal(ref(&c, 3)->articles.n, 2);
    assert_string_equal(ref(&c, 3)->articles.v[0], "L.3312-5");
    assert_string_equal(ref(&c, 3)->articles.v[1], "L.3313-1");
    ex_call_free(&c);
}

/* a code article whose number OCR cut with a blank: rebuilt when the
   pieces make a whole number, dropped otherwise, never kept truncated */
static void test_ocr_cut_article_number(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code général des collectivités territoriales, et notamment son article L.21 22:22 ;\n"
        "Vu le code de la route, et notamment son article R.41 1 ;\n"
        "Vu le code de l'urbanisme, et notamment ses articles L.153-36 et L.153-41 2° ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 3);
    assert_int_equal(ref(&c, 0)->articles.n, 1);
    assert_string_equal(ref(&c, 0)->articles.v[0], "L.2122-22");
    assert_int_equal(ref(&c, 1)->articles.n, 0);
    assert_int_equal(ref(&c, 2)->articles.n, 2);
    assert_string_equal(ref(&c, 2)->articles.v[1], "L.153-41");
    ex_call_free(&c);
}

/* OCR: "notamment-ses articles" (a hyphen for the blank); the end of a
   range printed "122136" (L read as 1, the hyphen lost) is rebuilt from
   the range's first article; "L.2213-1 à 7" stays as printed */
static void test_ocr_clause_hyphen_and_range_end(void **state)
{
    ex_call c;
    const char s[] =
        "Vu le code de la route, notamment-ses articles R.411-8 et R.417-10 ;\n"
        "Vu le code général des collectivités territoriales, notamment ses articles L.3121-1 à 131219:\n"
        "Vu le code de l'urbanisme, notamment ses articles L.421-1 à 7 ;\n"
        "Vu le code rural, et notamment ses articles L.111-2 et.R.111-4 ;\n";
    run(&c, *state, s);
    assert_int_equal(c.references.n, 4);
    assert_int_equal(ref(&c, 3)->articles.n, 2);
    assert_string_equal(ref(&c, 3)->articles.v[1], "R.111-4");
    assert_int_equal(ref(&c, 0)->articles.n, 2);
    assert_string_equal(ref(&c, 0)->articles.v[1], "R.417-10");
    assert_int_equal(ref(&c, 1)->articles.n, 2);
    assert_string_equal(ref(&c, 1)->articles.v[1], "L.3121-9");
    assert_int_equal(ref(&c, 2)->articles.n, 2);
    assert_string_equal(ref(&c, 2)->articles.v[1], "7");
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acts_with_number_and_date),
        cmocka_unit_test(test_number_sign_dot),
        cmocka_unit_test(test_acts_date_only_and_bare_number),
        cmocka_unit_test(test_conventions_and_placeholders),
        cmocka_unit_test(test_code_articles),
        cmocka_unit_test(test_article_of_an_act),
        cmocka_unit_test(test_own_heading_is_not_a_reference),
        cmocka_unit_test(test_toc_entries_are_references),
        cmocka_unit_test(test_convention_name_before_number),
        cmocka_unit_test(test_minutes_items_are_references),
        cmocka_unit_test(test_listed_deliberations),
        cmocka_unit_test(test_ocr_noise),
        cmocka_unit_test(test_terms_are_not_citations),
        cmocka_unit_test(test_articles_and_following),
        cmocka_unit_test(test_dotted_abbreviated_and_ranges),
        cmocka_unit_test(test_glued_roman_paragraph),
        cmocka_unit_test(test_act_then_its_articles),
        cmocka_unit_test(test_budget_amendment),
        cmocka_unit_test(test_unaccented_ocr_deliberation),
        cmocka_unit_test(test_number_letters_prefix),
        cmocka_unit_test(test_number_letter_prefix_kept),
        cmocka_unit_test(test_act_articles_stop_at_nested_act),
        cmocka_unit_test(test_articles_and_following_list),
        cmocka_unit_test(test_ocr_blank_line_before_number),
        cmocka_unit_test(test_ocr_article_clause),
        cmocka_unit_test(test_ocr_cut_article_number),
        cmocka_unit_test(test_ocr_clause_hyphen_and_range_end),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
