/* test_normalize.c - normalisation inside decode: NFC composition and the
   folds of the matching view (NBSP and narrow spaces, soft hyphen,
   ligatures), each keeping the offset map exact. */
#include "testutil.h"

static void test_nfc(void **state)
{
    ex_call c;
    /* "e" + COMBINING ACUTE (3 source bytes) composes to "é" (2 bytes) */
    const char s[] = "Cre\xCC\x81teil le 1er";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(c.text.s, "Créteil le 1er");
    const char *p = strstr(c.text.s, "le");
    assert_int_equal((size_t)(p - c.text.s), 9);
    assert_int_equal(ex_src_off(&c.text, 9), 10);
    /* the composed letter spans the 3 source bytes "e" + U+0301 */
    assert_int_equal(ex_src_off(&c.text, 2), 2);
    assert_int_equal(ex_src_off(&c.text, 4), 5);
    ex_call_free(&c);
}

static void test_nfc_after_latin1(void **state)
{
    ex_call c;
    /* a precomposed letter (copied by the fast path when nothing
       combines with it) followed by a combining mark: "ü" + COMBINING
       MACRON composes to "ǖ" (U+01D6), also at the end of a long run
       of letters the fast path takes */
    const char s[] = "d\xC3\xA9j\xC3\xA0 \xC3\xBC\xCC\x84 fin";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(c.text.s, "déjà \xC7\x96 fin");
    /* "fin" maps back past the 4 source bytes of the cluster */
    const char *p = strstr(c.text.s, "fin");
    assert_int_equal(ex_src_off(&c.text, (size_t)(p - c.text.s)), (size_t)(strstr(s, "fin") - s));
    ex_call_free(&c);
}

static void test_folds(void **state)
{
    ex_call c;
    /* NBSP, narrow NBSP, soft hyphen, fi ligature; apostrophe kept */
    const char s[] = "500\xC2\xA0" "000\xE2\x80\xAF\xE2\x82\xAC pau\xC2\xADvret\xC3\xA9 \xEF\xAC\x81n l\xE2\x80\x99" "Etat";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(c.text.s, "500 000 € pauvreté fin l’Etat");
    const char *p = strstr(c.text.s, "fin");
    /* source: "fin" starts at the 3-byte ligature */
    size_t src_fin = (size_t)(strstr(s, "\xEF\xAC\x81") - s);
    assert_int_equal(ex_src_off(&c.text, (size_t)(p - c.text.s)), src_fin);
    /* "n" after the ligature maps past it */
    assert_int_equal(ex_src_off(&c.text, (size_t)(p - c.text.s) + 2), src_fin + 3);
    ex_call_free(&c);
}

static void test_apostrophes_and_dashes_kept(void **state)
{
    ex_call c;
    /* text values keep ’ and – as printed: the view does not fold them */
    const char s[] = "l\xE2\x80\x99\xC3\x89tat \xE2\x80\x93 fin";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(c.text.s, "l’État – fin");
    assert_int_equal(c.text.len, sizeof s - 1);
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_nfc_after_latin1),
        cmocka_unit_test(test_folds),
        cmocka_unit_test(test_apostrophes_and_dashes_kept),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
