/* test_decode.c - stage decode: encodings, NFC, folds and the offset map. */
#include "testutil.h"

static void test_utf8_plain(void **state)
{
    ex_call c;
    const char *s = "Délibération n° 12";
    text_of(&c, *state, s, strlen(s));
    assert_int_equal(c.text.encoding, EX_ENC_UTF8);
    assert_string_equal(c.text.s, s);
    /* identity map: "n°" starts at byte 15 (two 2-byte é before it) */
    const char *p = strstr(c.text.s, "n°");
    assert_int_equal(ex_src_off(&c.text, (size_t)(p - c.text.s)), 15);
    assert_int_equal(c.diags.n, 0);
    ex_call_free(&c);
}

static void test_utf8_bom(void **state)
{
    ex_call c;
    const char s[] = "\xEF\xBB\xBFVu la loi";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_UTF8);
    assert_string_equal(c.text.s, "Vu la loi");
    /* "la" is at view 3, source 6 (after the 3-byte BOM) */
    assert_int_equal(ex_src_off(&c.text, 3), 6);
    assert_int_equal(ex_src_off(&c.text, c.text.len), sizeof s - 1);
    ex_call_free(&c);
}

static void test_cp1252(void **state)
{
    ex_call c;
    /* "Arrêté du 5 mai" in Windows-1252: ê and é one byte each */
    const char s[] = "Arr\xEAt\xE9 du 5 mai \x80";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_CP1252);
    assert_string_equal(c.text.s, "Arrêté du 5 mai €");
    const char *p = strstr(c.text.s, "du");
    /* view offset 9 (two 2-byte letters) -> source offset 7 */
    assert_int_equal((size_t)(p - c.text.s), 9);
    assert_int_equal(ex_src_off(&c.text, 9), 7);
    /* the euro sign (3 view bytes) is source byte 16 */
    const char *eu = strstr(c.text.s, "€");
    assert_int_equal(ex_src_off(&c.text, (size_t)(eu - c.text.s)), 16);
    assert_int_equal(ex_src_off(&c.text, (size_t)(eu - c.text.s) + 3), 17);
    ex_call_free(&c);
}

static void test_utf16le_bom(void **state)
{
    ex_call c;
    /* "Vu é" */
    const char s[] = "\xFF\xFEV\0u\0 \0\xE9\0";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_UTF16LE);
    assert_string_equal(c.text.s, "Vu é");
    assert_int_equal(ex_src_off(&c.text, 0), 2);
    assert_int_equal(ex_src_off(&c.text, 3), 8);     /* é */
    assert_int_equal(ex_src_off(&c.text, 5), 10);    /* end */
    ex_call_free(&c);
}

static void test_utf16be_bom(void **state)
{
    ex_call c;
    const char s[] = "\xFE\xFF\0V\0u";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_UTF16BE);
    assert_string_equal(c.text.s, "Vu");
    assert_int_equal(ex_src_off(&c.text, 1), 4);
    ex_call_free(&c);
}

static void test_invalid_utf8(void **state)
{
    ex_call c;
    /* mostly valid UTF-8 with one stray byte: stays UTF-8, U+FFFD */
    const char s[] = "Pr\xC3\xA9sents : \xFF M. DUPONT, Mme \xC3\x89LODIE";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_UTF8);
    assert_non_null(strstr(c.text.s, "\xEF\xBF\xBD M. DUPONT"));
    assert_true(c.diags.n >= 1);
    assert_string_equal(c.diags.v[0].code, "decode.invalid_bytes");
    /* the diagnostic's span is the bad byte in the source */
    assert_int_equal(ex_src_off(&c.text, c.diags.v[0].span.start), 12);
    assert_int_equal(ex_src_off(&c.text, c.diags.v[0].span.end), 13);
    /* and what follows keeps exact offsets */
    const char *p = strstr(c.text.s, "M. DUPONT");
    assert_int_equal(ex_src_off(&c.text, (size_t)(p - c.text.s)), 14);
    ex_call_free(&c);
}

static void test_nul_and_controls(void **state)
{
    ex_call c;
    const char s[] = "Vu\0la\x01loi";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(c.text.s, "Vu la loi");
    assert_int_equal(c.text.len, 9);
    bool found = false;
    for (size_t i = 0; i < c.diags.n; i++)
        found |= strcmp(c.diags.v[i].code, "decode.control_chars") == 0;
    assert_true(found);
    ex_call_free(&c);
}

static void test_empty(void **state)
{
    ex_call c;
    text_of(&c, *state, "", 0);
    assert_int_equal(c.text.len, 0);
    assert_int_equal(c.text.nlines, 0);
    assert_int_equal(ex_src_off(&c.text, 0), 0);
    ex_call_free(&c);
}

/* ex_src_span() maps both ends of every span as ex_src_off() does each:
   a Windows-1252 text (an anchor at every two-to-three-byte letter),
   all pairs of view offsets, ends before starts included */
static void test_src_span(void **state)
{
    ex_call c;
    const char s[] = "\xC9t\xE9 \x80 d\xE9lib\xE9r\xE9 \xE0 l'unanimit\xE9 : \xAB oui \xBB, "
                     "arr\xEAt\xE9 n\xB0 12 \x96 \xE9\xE8\xEA\xEB fin";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.encoding, EX_ENC_CP1252);
    assert_true(c.text.nanchors > 10);
    for (size_t p0 = 0; p0 <= c.text.len + 2; p0++)
        for (size_t p1 = 0; p1 <= c.text.len + 2; p1++) {
            size_t s0 = 99, s1 = 99;
            ex_src_span(&c.text, p0, p1, &s0, &s1);
            assert_int_equal(s0, ex_src_off(&c.text, p0));
            assert_int_equal(s1, ex_src_off(&c.text, p1));
        }
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_plain),
        cmocka_unit_test(test_utf8_bom),
        cmocka_unit_test(test_cp1252),
        cmocka_unit_test(test_utf16le_bom),
        cmocka_unit_test(test_utf16be_bom),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nul_and_controls),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_src_span),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
