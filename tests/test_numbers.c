/* test_numbers.c - the shared number layer: French number words
   (ex_number_words) and numbers in digits as amounts and dates read them. */
#include "testutil.h"

static long long words(const char *s, size_t *used)
{
    return ex_number_words(s, strlen(s), used);
}

static void test_words_basic(void **state)
{
    (void)state;
    size_t u;
    assert_int_equal(words("un", &u), 1);
    assert_int_equal(u, 2);
    assert_int_equal(words("vingt et un", &u), 21);
    assert_int_equal(u, 11);
    assert_int_equal(words("quatre-vingt-dix-sept", &u), 97);
    assert_int_equal(words("soixante-et-onze", &u), 71);
    assert_int_equal(words("soixante-dix-sept", &u), 77);
    assert_int_equal(words("quatre-vingts", &u), 80);
    assert_int_equal(words("deux cent trente", &u), 230);
    assert_int_equal(words("trente et une", &u), 31);
    assert_int_equal(words("dix-sept", &u), 17);
}

static void test_words_large(void **state)
{
    (void)state;
    size_t u;
    assert_int_equal(words("mille", &u), 1000);
    assert_int_equal(words("mil", &u), 1000);
    assert_int_equal(words("deux mil vingt-trois", &u), 2023);
    assert_int_equal(words("deux mille vingt-quatre", &u), 2024);
    assert_int_equal(words("mille neuf cent quatre-vingt-dix", &u), 1990);
    assert_int_equal(words("mille deux cents", &u), 1200);
    assert_int_equal(words("un million", &u), 1000000);
    assert_int_equal(words("deux millions trois cent mille", &u), 2300000);
    assert_int_equal(words("trois milliards", &u), 3000000000LL);
    /* 1990 spelling: hyphens everywhere */
    assert_int_equal(words("deux-cent-trente-et-un", &u), 231);
    assert_int_equal(u, 22);
}

static void test_words_case_accents_stop(void **state)
{
    (void)state;
    size_t u;
    assert_int_equal(words("DEUX MIL VINGT-TROIS", &u), 2023);
    assert_int_equal(words("Quatre-Vingt-Onze", &u), 91);
    assert_int_equal(words("deux millé vingt-quatre", &u), 2024);   /* OCR accent */
    /* OCR apostrophe for a blank or a hyphen: one between two words */
    assert_int_equal(words("deux mil'vingt-trois", &u), 2023);
    assert_int_equal(u, strlen("deux mil'vingt-trois"));
    assert_int_equal(words("deux mille’vingt-quatre", &u), 2024);
    assert_int_equal(words("vingt'' trois", &u), 20);
    assert_int_equal(u, strlen("vingt"));
    assert_int_equal(words("zéro", &u), 0);
    /* stops before the first word that is not part of the number */
    assert_int_equal(words("deux mille vingt-quatre, le neuf avril", &u), 2024);
    assert_int_equal(u, strlen("deux mille vingt-quatre"));
    assert_int_equal(words("vingt-huit mars", &u), 28);
    assert_int_equal(u, strlen("vingt-huit"));
    assert_int_equal(words("un million d'euros", &u), 1000000);
    assert_int_equal(u, strlen("un million"));
    /* two units in a row: only the first is read */
    assert_int_equal(words("deux trois", &u), 2);
    assert_int_equal(u, 4);
    /* ordinal day */
    assert_int_equal(words("premier octobre", &u), 1);
    assert_int_equal(u, 7);
    assert_int_equal(words("première", &u), 1);
}

/* counts of members as attendance.c reads them: the number stops before
   the noun; a non-number word gives no number */
static void test_words_member_counts(void **state)
{
    (void)state;
    size_t u;
    assert_int_equal(words("dix-neuf conseillers en exercice", &u), 19);
    assert_int_equal(u, strlen("dix-neuf"));
    assert_int_equal(words("vingt-trois membres", &u), 23);
    assert_int_equal(u, strlen("vingt-trois"));
    assert_int_equal(words("Trente-trois conseillers", &u), 33);
    assert_int_equal(words("soixante et un délégués", &u), 61);
    assert_int_equal(u, strlen("soixante et un"));
    assert_int_equal(words("les conseillers", &u), -1);
    assert_int_equal(words("et un", &u), -1);
}

static void test_words_none(void **state)
{
    (void)state;
    size_t u = 99;
    assert_int_equal(words("et un", &u), -1);
    assert_int_equal(u, 0);
    assert_int_equal(words("conseillers", &u), -1);
    assert_int_equal(words("unanimité", &u), -1);   /* "un" must be a whole word */
    assert_int_equal(words("", &u), -1);
    assert_int_equal(ex_number_words(NULL, 0, &u), -1);
}

/* digits: thousands separators and decimals, read through amounts */
static long long amount_cents(const extract_engine *e, const char *s)
{
    ex_call c;
    text_of(&c, e, s, strlen(s));
    assert_true(ex_find_amounts(&c));
    long long v = c.amounts.n == 1 ? c.amounts.v[0].cents : -1;
    ex_call_free(&c);
    return v;
}

static void test_digit_groups(void **state)
{
    assert_int_equal(amount_cents(*state, "soit 1 745 883 €."), 174588300);
    assert_int_equal(amount_cents(*state, "soit 500.000 €."), 50000000);
    assert_int_equal(amount_cents(*state, "soit 1'200 €."), 120000);
    assert_int_equal(amount_cents(*state, "soit 18 450,00 €."), 1845000);
    assert_int_equal(amount_cents(*state, "soit 2 033 729.68 €."), 203372968);
    assert_int_equal(amount_cents(*state, "un montant de 54 \n460 € pour"), 5446000);
    assert_int_equal(amount_cents(*state, "soit 1\xc2\xa0" "200 €."), 120000);   /* NBSP */
    assert_int_equal(amount_cents(*state, "soit 1\xe2\x80\xaf" "200 €."), 120000); /* U+202F */
    /* OCR: O for 0 inside the number */
    assert_int_equal(amount_cents(*state, "un montant de 1O 5OO €"), 1050000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_basic),
        cmocka_unit_test(test_words_large),
        cmocka_unit_test(test_words_case_accents_stop),
        cmocka_unit_test(test_words_member_counts),
        cmocka_unit_test(test_words_none),
        cmocka_unit_test(test_digit_groups),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
