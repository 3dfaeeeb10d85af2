/* test_structure.c - structure stage, cases from the synthetic corpus
   (corpus/extra): heading lines that combine a session and the act's own
   number, verb lists, prefectoral issuers, dated arrêté headings,
   procès-verbal decisions, line joins of text values; each with negative
   cases. */
#include "testutil.h"

#include <stdio.h>

static void run(ex_call *c, const extract_engine *e, const char *s)
{
    text_of(c, e, s, strlen(s));
    assert_true(ex_call_pipeline(c));
}

/* a line-end hyphen before a capital is part of a compound name: kept,
   no blank ("Saint-Aubin-des-\nLandes"); before a lower-case word it is
   a broken word ("pau-\nvreté"), except before "en-", "sur-"... */
static void test_hyphen_join(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE SAINT-JULIEN\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "L'an deux mille vingt-quatre, le cinq mars, le Conseil municipal, dûment convoqué, s'est réuni à la salle polyvalente de Saint-Aubin-des-\n"
        "Landes, sous la présidence de M. Roland PERCHERON, Maire.\n"
        "OBJET : LUTTE CONTRE LA PAU-\n"
        "VRETÉ – QUARTIER AIX-\n"
        "EN-PROVENCE\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : D'approuver le projet.\n";
    run(&c, *state, s);
    assert_int_equal(c.docs.n, 1);
    const ex_document *d = &c.docs.v[0];
    assert_string_equal(d->session_place, "salle polyvalente de Saint-Aubin-des-Landes");
    /* upper case: the hyphen is kept, no blank (as ex_text_value does) */
    assert_string_equal(d->title, "LUTTE CONTRE LA PAU-VRETÉ – QUARTIER AIX-EN-PROVENCE");
    ex_call_free(&c);

    const char s2[] =
        "COMMUNE DE SAINT-JULIEN\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Le Conseil municipal s'est réuni à la salle des fêtes de Saint-Pierre-\n"
        "sur-Dives, sous la présidence de M. Roland PERCHERON, Maire.\n"
        "OBJET : Lutte contre la pau-\n"
        "vreté et travaux -\n"
        "phase 2\n"
        "Vu le Code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : D'approuver le projet.\n";
    run(&c, *state, s2);
    d = &c.docs.v[0];
    assert_string_equal(d->session_place, "salle des fêtes de Saint-Pierre-sur-Dives");
    /* a broken word is rejoined; a spaced dash is a separator */
    assert_string_equal(d->title, "Lutte contre la pauvreté et travaux - phase 2");
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphen_join),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
