/* test_repair.c - ocr.repair diagnostics: one per value read through an
   OCR confusion, with the printed span; none on clean text. */
#include "testutil.h"

/* the pipeline on s; returns the number of ocr.repair diagnostics and
   checks that the i-th one covers want[i] */
static size_t repairs(const extract_engine *e, const char *s, const char *const *want, size_t n)
{
    ex_call c;
    ex_call_init(&c, e);
    assert_true(ex_call_text(&c, s, strlen(s)));
    assert_true(ex_call_pipeline(&c));
    size_t k = 0;
    for (size_t i = 0; i < c.diags.n; i++) {
        const ex_diag *d = &c.diags.v[i];
        if (strcmp(d->code, "ocr.repair"))
            continue;
        assert_string_equal(d->severity, "info");
        assert_true(k < n);
        size_t len = strlen(want[k]);
        assert_int_equal(d->span.end - d->span.start, len);
        assert_memory_equal(c.text.s + d->span.start, want[k], len);
        assert_non_null(strstr(d->message, "read as"));
        k++;
    }
    ex_call_free(&c);
    return k;
}

static void test_repairs_listed(void **state)
{
    const char s[] =
        "DÉLIBÉRATION\n"
        "Vu la loi n° 2O21-1900 du 30 décembre 2021 ;\n"
        "DÉCIDE :\n"
        "ARTlCLE 1 : une subvention de 1O 5OO E est accordée le l2/03/2024.\n"
        "Article 2 : le montant de 2 000 € est versé.\n";
    const char *const want[] = {"loi n° 2O21-1900 du 30 décembre 2021", "ARTlCLE",
                                "1O 5OO E", "l2/03/2024"};
    assert_int_equal(repairs(*state, s, want, 4), 4);
}

static void test_clean_text_has_none(void **state)
{
    const char s[] =
        "DÉLIBÉRATION\n"
        "Vu la loi n° 2021-1900 du 30 décembre 2021 ;\n"
        "DÉCIDE :\n"
        "Article 1 : une subvention de 10 500 € est accordée le 12/03/2024 à SOS Bois "
        "Ile-de-France, 62000 ARRAS, tél. 03 21 21 62 62.\n";
    assert_int_equal(repairs(*state, s, NULL, 0), 0);
    const char p[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Étaient présents : M. Jean-Marie PONSARD, Madame Odile BRETEAU, MM. Paul DURAND et Luc BLANC, "
        "Mme Anne-Sophie LE GALL-MARTIN, Monsieur Yves MARTIN.\n";
    assert_int_equal(repairs(*state, p, NULL, 0), 0);
}

static void test_person_repairs(void **state)
{
    const char s[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Étaient présents : M. Jean-Marie-PONSARD, Président, Mine Odile BRETEAU, "
        "M. Paul DURAND, Mme Anne-Sophie LE GALL-MARTIN.\n"
        "Excusé : M. Yves MARTIN.\n";
    const char *const want[] = {"Jean-Marie-PONSARD", "Mine"};
    assert_int_equal(repairs(*state, s, want, 2), 2);
    /* an "m" read as two letters, "Madame" misread, the dot read "!",
       a civility glued to the given name */
    const char u[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Étaient présents : M. Paul DURAND, Mnie Odile BRETEAU, Madarñe Valérie ROBIN, "
        "M! Jacques MOREL, MmeChristelle JOUANNY.\n";
    const char *const want3[] = {"Mnie", "Madarñe", "M!", "MmeChristelle"};
    assert_int_equal(repairs(*state, u, want3, 4), 4);
    const char t[] =
        "DÉLIBÉRATION\n"
        "Le conseil, convoqué le 24 novernbre 2023, réuni le 30 novembre 2023.\n";
    const char *const want2[] = {"24 novernbre 2023"};
    assert_int_equal(repairs(*state, t, want2, 1), 1);
}

/* repairs recorded by the code that made them: a group of letters read
   as digits with no digit next to it ("1 OOO €": the old detection from
   the printed text missed it), "E" read as "€" after a multiplier, "Ler"
   for 1er, a month name with one edit, a keyword with one confusion */
static void test_recorded_where_made(void **state)
{
    const char s[] =
        "DÉLIBÉRATION\n"
        "DÉCIDE :\n"
        "Article 1 : une subvention de 1 OOO € est accordée ; une enveloppe de 2,5 ME est réservée.\n"
        "Article 2 : le Ler juillet 2023 et le 21 miars 2024.\n"
        "Artlcle 3 : le présent arrêté sera publié.\n";
    const char *const want[] = {"1 OOO €", "2,5 ME", "Ler juillet 2023", "21 miars 2024", "Artlcle"};
    assert_int_equal(repairs(*state, s, want, 5), 5);
    /* "£" read as "€" */
    const char u[] =
        "DÉLIBÉRATION\n"
        "DÉCIDE :\n"
        "Article 1 : une subvention de 57 520 £ est accordée.\n";
    const char *const want2[] = {"57 520 £"};
    assert_int_equal(repairs(*state, u, want2, 1), 1);
}

/* the local number of an ACTES id read through the identifier table
   (B -> 8); a clean id gets none */
static void test_actes_id(void **state)
{
    const char s[] =
        "ARRÊTÉ MUNICIPAL N° 2024-087\n"
        "ID : 014-211406210-20240226-2024_0B7-AR\n"
        "Article 1 : le stationnement est interdit.\n";
    const char *const want[] = {"014-211406210-20240226-2024_0B7-AR"};
    assert_int_equal(repairs(*state, s, want, 1), 1);
    const char t[] =
        "ARRÊTÉ MUNICIPAL N° 2024-087\n"
        "ID : 014-211406210-20240226-2024_087-AR\n"
        "Article 1 : le stationnement est interdit.\n";
    assert_int_equal(repairs(*state, t, NULL, 0), 0);
}

/* a repair made while reading a candidate that is then dropped is not
   reported: a person after a list that ended before it ("social et : :"
   ends the list of advisory members) */
static void test_dropped_candidate(void **state)
{
    const char s[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n\n"
        ". Assistaient également sans voix délibérative : M. Henri LEGRAND, Président du Conseil "
        "économique,\n\nsocial et : :\n\n"
        "environnemental ne : Mae Julie BERNARD, Directrice générale des services.\n"
        "La séance est ouverte.\n";
    ex_call c;
    ex_call_init(&c, *state);
    assert_true(ex_call_text(&c, s, strlen(s)));
    assert_true(ex_call_pipeline(&c));
    /* the civility was read through the model while the list was probed */
    bool recorded = false;
    for (size_t i = 0; i < c.repairs.n; i++)
        if (c.repairs.v[i].kind == EX_REPAIR_CIVILITY && !memcmp(c.text.s + c.repairs.v[i].a, "Mae", 3))
            recorded = true;
    assert_true(recorded);
    ex_call_free(&c);
    /* but no person of the output holds it */
    assert_int_equal(repairs(*state, s, NULL, 0), 0);
}

/* the lexicon of given names: sorted by fold, one entry per fold, each
   fold the name folded as ex_fold_char() reads it; the lookup */
static void test_given_lexicon(void **state)
{
    (void)state;
    assert_true(ex_given_names_n >= 1500);
    for (size_t i = 0; i < ex_given_names_n; i++) {
        const ex_given_name *g = &ex_given_names[i];
        if (i)
            assert_true(strcmp(ex_given_names[i - 1].fold, g->fold) < 0);
        char f[64];
        size_t n = 0;
        const unsigned char *u = (const unsigned char *)g->name;
        for (size_t k = 0, len = strlen(g->name), used; k < len && n + 1 < sizeof f; k += used)
            f[n++] = ex_fold_char(u + k, len - k, &used);
        f[n] = 0;
        assert_string_equal(f, g->fold);
        assert_ptr_equal(ex_given_name_find(g->fold, strlen(g->fold)), g->name);
    }
    typedef struct {
        const char *in, *want;
    } row;
    static const row rows[] = {
        {"frederic", "Frédéric"}, {"jean", "Jean"}, {"gael", "Gaël"}, {"maelle", "Maëlle"},
        {"loic", "Loïc"}, {"helene", "Hélène"}, {"yvon", "Yvon"}, {"yvan", "Yvan"},
        /* a prefix, a longer word, no name: none */
        {"jea", TT_NULL}, {"jeanx", TT_NULL}, {"durand", TT_NULL}, {"a", TT_NULL},
        {"zzzz", TT_NULL}, {"aaa", TT_NULL},
    };
    TT_EACH(r, t, rows)
        tt_str(&t, ex_given_name_find(r->in, strlen(r->in)), r->want == TT_NULL ? NULL : r->want);
    /* the confusions: one neighbour or none */
    static const row conf[] = {
        {"jeari", "Jean"}, {"ludovit", "Ludovic"}, {"erederic", "Frédéric"}, {"brino", "Bruno"},
        {"mare", "Marc"}, {"wves", "Yves"}, {"bemard", "Bernard"}, {"guillaurne", "Guillaume"},
        {"chnstophe", "Christophe"}, {"frederjic", "Frédéric"}, {"danie1", "Daniel"},
        /* lexicon names, too short, two neighbours, spelling variants */
        {"yvon", TT_NULL}, {"lucie", TT_NULL}, {"jeanine", TT_NULL}, {"denise", TT_NULL},
        {"lue", TT_NULL}, {"armaud", TT_NULL}, {"claudne", TT_NULL}, {"steeve", TT_NULL},
        {"antone", TT_NULL}, {"matilde", TT_NULL}, {"olier", TT_NULL}, {"durand", TT_NULL},
        {"anouck", TT_NULL}, {"aymerick", TT_NULL}, {"yohanna", TT_NULL}, {"mattin", TT_NULL},
    };
    TT_EACH(r, t, conf)
        tt_str(&t, ex_ocr_given_name(r->in, strlen(r->in), 0), r->want == TT_NULL ? NULL : r->want);
    /* an accent no confusion explains: "Marüne" is no misread Marine */
    assert_null(ex_ocr_given_name("marune", 6, 1u << 3));
    assert_string_equal(ex_ocr_given_name("marune", 6, 0), "Marine");
}

/* a misread given name read as a lexicon name: the printed part */
static void test_given_name_repair(void **state)
{
    const char s[] =
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
        "Étaient présents : M. Jeari-Claude LEROY, Mme Anne MARTIN, M. Ludovit LOQUET, "
        "M. J ean-Michel AIRAULT, M. Yvon DURAND.\n";
    const char *const want[] = {"Jeari", "Ludovit", "J ean"};
    assert_int_equal(repairs(*state, s, want, 3), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repairs_listed),
        cmocka_unit_test(test_clean_text_has_none),
        cmocka_unit_test(test_person_repairs),
        cmocka_unit_test(test_recorded_where_made),
        cmocka_unit_test(test_dropped_candidate),
        cmocka_unit_test(test_actes_id),
        cmocka_unit_test(test_given_lexicon),
        cmocka_unit_test(test_given_name_repair),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
