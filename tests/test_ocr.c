/*
 * test_ocr.c - the OCR quality estimate (libextract/ocr.c, extra key
 * "ocr_quality"): rule lines typed with _ = * ~ are neutral (neither good
 * nor bad tokens), the stray symbols OCR scatters still lower the figure.
 * (ex_ocr_quality() against a reference built on ex_token_next() over
 * random texts: test_tokenize.c.)
 */
#include "testutil.h"

/* a clean decision (the repro of the rule-line bug) */
#define DECISION_HEAD "D\xc3\x89" "CISION N\xc2\xb0 2025-DEC-014\n"
#define DECISION_BODY                                                   \
    "Objet : Avenant n\xc2\xb0 1 au march\xc3\xa9 de fourniture de repas\n" \
    "Le Maire de Cassagnes,\n"                                          \
    "Vu le code g\xc3\xa9n\xc3\xa9ral des collectivit\xc3\xa9s territoriales ;\n" \
    "D\xc3\x89" "CIDE\n"                                                \
    "Article 1 : L avenant est approuv\xc3\xa9.\n"                      \
    "Fait \xc3\xa0 Cassagnes, le 6 octobre 2025\n"                      \
    "Le Maire,\n"                                                       \
    "Jean LAFAGE\n"
#define RULE80 "________________________________________________________________________________"

/* the ocr_quality of the first document of text s (whole pipeline) */
static double quality(const extract_engine *e, const char *s)
{
    ex_call c;
    run_pipeline(&c, e, s);
    assert_true(c.docs.n >= 1);
    double q = c.docs.v[0].ocr_quality;
    ex_call_free(&c);
    return q;
}

#define assert_q(e, s, want)                                                          \
    do {                                                                              \
        double q_ = quality(e, s);                                                    \
        if (q_ != (want))                                                             \
            fail_msg("ocr_quality %.2f, want %.2f: [%s]", q_, (double)(want), s);     \
    } while (0)

#define assert_q_below(e, s, lim)                                                     \
    do {                                                                              \
        double q_ = quality(e, s);                                                    \
        if (!(q_ < (lim)))                                                            \
            fail_msg("ocr_quality %.2f, want below %.2f: [%s]", q_, (double)(lim), s); \
    } while (0)

static void test_clean(void **state)
{
    assert_q(*state, DECISION_HEAD DECISION_BODY, 1.0);
}

/* the repro: a separator line of 80 "_" before the clean text (0.22
   before the fix: each "_" a stray symbol, counted twice) */
static void test_rule_line_first(void **state)
{
    assert_q(*state, RULE80 "\n" DECISION_HEAD DECISION_BODY, 1.0);
}

/* rules of the other bytes, inside the text, glued to words, short */
static void test_rule_lines(void **state)
{
    const extract_engine *e = *state;
    assert_q(e, DECISION_HEAD RULE80 "\n" DECISION_BODY RULE80 "\n", 1.0);
    assert_q(e, DECISION_HEAD "****************************************\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD "========================================\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD "____\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD "**** ==== ~~~~ ____\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD "Signature :____________________\n" DECISION_BODY, 1.0);
    assert_q(e, DECISION_HEAD DECISION_BODY "Le 2025______________ sign\xc3\xa9\n", 1.0);
}

/* what OCR leaves: stray symbols alone or in twos and threes, runs of
   bytes nobody draws a rule with, a rule broken every other byte */
static void test_stray_symbols(void **state)
{
    const extract_engine *e = *state;
    assert_q_below(e, DECISION_HEAD "l | a ~ d\n" DECISION_BODY, 1.0);
    assert_q_below(e, DECISION_HEAD "Le _ Maire * a = d\xc3\xa9" "cid\xc3\xa9 ~ ceci\n" DECISION_BODY,
                   1.0);
    assert_q_below(e, DECISION_HEAD "___\n" DECISION_BODY, 1.0);
    assert_q_below(e, DECISION_HEAD "le ** maire ~~ a == d\xc3\xa9" "cid\xc3\xa9\n" DECISION_BODY,
                   1.0);
    assert_q_below(e, DECISION_HEAD "\xe2\x80\x98\xe2\x80\x98\xe2\x80\x98\n" DECISION_BODY, 1.0);
    assert_q_below(e, DECISION_HEAD "||||||||||||||||\n" DECISION_BODY, 1.0);
    assert_q_below(e, DECISION_HEAD "_*_*_*_*_*_*_*_*\n" DECISION_BODY, 1.0);
    assert_q_below(e, DECISION_HEAD "___*___=~~~_\n" DECISION_BODY, 1.0);
    /* a rule does not hide the debris beside it */
    assert_q_below(e, RULE80 "\n" DECISION_HEAD "l | a ~ d\n" DECISION_BODY, 1.0);
    /* the same debris weighs the same with or without a rule line */
    double a = quality(e, DECISION_HEAD "l | a ~ d\n" DECISION_BODY);
    double b = quality(e, RULE80 "\n" DECISION_HEAD "l | a ~ d\n" DECISION_BODY RULE80 "\n");
    assert_true(a == b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean),
        cmocka_unit_test(test_rule_line_first),
        cmocka_unit_test(test_rule_lines),
        cmocka_unit_test(test_stray_symbols),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
