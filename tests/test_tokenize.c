/* test_tokenize.c - stage tokenize: French words, numbers, abbreviations. */
#include "testutil.h"

typedef struct { const char *text; ex_tok_kind kind; } want;

static void check(const extract_engine *e, const char *s, const want *w, size_t n)
{
    ex_call c;
    text_of(&c, e, s, strlen(s));
    ex_token_vec tv = {0};
    assert_true(ex_tokenize(c.alloc, &c.text, &tv));
    assert_int_equal(tv.n, n);
    for (size_t i = 0; i < n; i++) {
        size_t len = tv.v[i].end - tv.v[i].start;
        char buf[64];
        assert_true(len < sizeof buf);
        memcpy(buf, c.text.s + tv.v[i].start, len);
        buf[len] = '\0';
        assert_string_equal(buf, w[i].text);
        assert_int_equal(tv.v[i].kind, w[i].kind);
    }
    ex_vec_free(c.alloc, &tv);
    ex_call_free(&c);
}

static void test_elisions(void **state)
{
    const want w[] = {
        {"l’", EX_TOK_ELISION}, {"État", EX_TOK_WORD}, {"qu'", EX_TOK_ELISION},
        {"il", EX_TOK_WORD}, {"d’", EX_TOK_ELISION}, {"autoriser", EX_TOK_WORD},
    };
    check(*state, "l’État qu'il d’autoriser", w, 6);
}

static void test_abbreviations(void **state)
{
    const want w[] = {
        {"M.", EX_TOK_ABBREV}, {"Jean-Claude", EX_TOK_WORD}, {"LEROY", EX_TOK_WORD},
        {",", EX_TOK_PUNCT}, {"Mme", EX_TOK_ABBREV}, {"MM.", EX_TOK_ABBREV},
        {"Mmes", EX_TOK_ABBREV}, {"N°", EX_TOK_ABBREV}, {"2022", EX_TOK_NUMBER},
        {"art.", EX_TOK_ABBREV}, {"L.2121-29", EX_TOK_ABBREV}, {"R. 2123-1", EX_TOK_ABBREV},
    };
    check(*state, "M. Jean-Claude LEROY, Mme MM. Mmes N° 2022 art. L.2121-29 R. 2123-1", w, 12);
}

static void test_numbers(void **state)
{
    const want w[] = {
        {"1 745 883", EX_TOK_NUMBER}, {"€", EX_TOK_SYMBOL}, {"18 450,00", EX_TOK_NUMBER},
        {"500.000", EX_TOK_NUMBER}, {"2022", EX_TOK_NUMBER}, {"50", EX_TOK_NUMBER},
        {"%", EX_TOK_SYMBOL},
    };
    /* NBSP thousands separator folds to a space inside the number */
    check(*state, "1\xC2\xA0" "745 883 € 18 450,00 500.000 2022 50 %", w, 7);
}

static void test_punct(void **state)
{
    const want w[] = {
        {"«", EX_TOK_PUNCT}, {"Église", EX_TOK_WORD}, {"»", EX_TOK_PUNCT},
        {"–", EX_TOK_PUNCT}, {"fin", EX_TOK_WORD}, {";", EX_TOK_PUNCT},
    };
    check(*state, "« Église » – fin ;", w, 6);
}

/* ex_number_sign_before: the sign before the digits at the end of s */
static void sign(const char *s, bool want, size_t want_start)
{
    size_t p = strlen(s), st = 999;
    while (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9')
        p--;
    assert_int_equal(ex_number_sign_before(s, p, &st), want);
    if (want)
        assert_int_equal(st, want_start);
}

static void test_number_sign(void **state)
{
    (void)state;
    sign("délibération n° 2021", true, 15);
    sign("N°2021", true, 0);
    sign("n ° : 12", true, 0);
    sign("nº 12", true, 0);
    sign("acte n* 12", true, 5);
    sign("acte n' 12", true, 5);
    sign("acte n’12", true, 5);
    sign("acte n9 12", true, 5);
    sign("acte no 12", true, 5);
    sign("acte NO. 12", true, 5);
    sign("acte n0 12", true, 5);
    sign("acte n. 12", true, 5);
    sign("acte n, 12", true, 5);
    sign("acte n\n12", true, 5);
    sign("le numéro : 12", true, 3);
    sign("NUMERO 12", true, 0);
    sign("12", false, 0);
    sign("acte 12", false, 0);
    sign("Bruno 12", false, 0);       /* the end of a word */
    sign("an 12", false, 0);
    sign("Ån° 12", false, 0);         /* a non-ASCII letter before */
    sign("2019 12", false, 0);        /* 9 not after n */
    sign("° 12", false, 0);
    sign("l' 12", false, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_elisions),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_punct),
        cmocka_unit_test(test_number_sign),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
