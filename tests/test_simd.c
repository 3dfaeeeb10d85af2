/*
 * test_simd.c - the AVX2 loops (EX_AVX2: the dates' candidate starts,
 * the OCR quality's byte classes) give the answers of the SSE2 loops:
 * every corpus text, and random texts of the bytes those loops test,
 * extracted by the default engine (avx2 set when the CPU has AVX2) and
 * by an engine whose avx2 is cleared give the same JSON.  On a CPU
 * without AVX2, or a build without the AVX2 loops, both engines run the
 * same loops (the test says so and still runs).
 */
#define _POSIX_C_SOURCE 200809L   /* popen */
#include "testutil.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct pair {
    extract_engine *dflt, *sse2;
} pair;

static int pair_setup(void **state)
{
    static pair p;
    if (extract_engine_new(NULL, &p.dflt) != EXTRACT_OK || extract_engine_new(NULL, &p.sse2) != EXTRACT_OK)
        return -1;
    p.sse2->avx2 = false;
    print_message("# AVX2 loops %s\n", p.dflt->avx2 ? "run by the default engine"
                                                    : "not run (no AVX2 or no EX_AVX2): SSE2 twice");
    *state = &p;
    return 0;
}

static int pair_teardown(void **state)
{
    pair *p = *state;
    extract_engine_free(p->dflt);
    extract_engine_free(p->sse2);
    return 0;
}

/* the JSON of both engines for data must be the same */
static void same(const pair *p, const char *data, size_t len, const char *what)
{
    extract_result *r = NULL;
    assert_int_equal(extract_buffer(p->dflt, data, len, "t.txt", &r), EXTRACT_OK);
    char *a = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
    assert_non_null(a);
    extract_result_free(r);
    r = NULL;
    assert_int_equal(extract_buffer(p->sse2, data, len, "t.txt", &r), EXTRACT_OK);
    char *b = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
    assert_non_null(b);
    extract_result_free(r);
    if (strcmp(a, b) != 0) {
        size_t i = 0;
        while (a[i] && a[i] == b[i])
            i++;
        size_t from = i > 60 ? i - 60 : 0;
        fail_msg("%s: the AVX2 and SSE2 outputs differ at %zu:\n  avx2: %.120s\n  sse2: %.120s", what, i,
                 a + from, b + from);
    }
    extract_free(a);
    extract_free(b);
}

static void test_corpus(void **state)
{
    const pair *p = *state;
    const char *top = getenv("top_srcdir");
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "find '%s/corpus' -name '*.txt' | sort", top ? top : ".");
    FILE *ls = popen(cmd, "r");
    assert_non_null(ls);
    static char doc[1 << 21];
    char path[4096];
    size_t nfiles = 0;
    while (fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = 0;
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        size_t len = fread(doc, 1, sizeof doc, f);
        fclose(f);
        same(p, doc, len, path);
        nfiles++;
    }
    pclose(ls);
    assert_true(nfiles >= 100);
}

/* texts of the pieces the loops look for (date and amount starts, "mil",
   "1er" misread or its 1 lost, words with 2-byte letters, elisions, inner hyphens,
   capitals after small letters, one-letter words), at random, of every
   length across the blocks of 16, 32 and 64 bytes and the chunks of
   1024 */
static void test_random(void **state)
{
    const pair *p = *state;
    static const char *const frag[] = {
        "12", "1er", "Ler", "l er", "ter", "\xC3\x8E" "er", "l'an", "L\xE2\x80\x99" "an", "mil", "MIL",
        "Mil neuf cent", "2025", "31/12/2024", "2024-03-05", "01022025", "15 mars 2025", "(", "EUR",
        "EU", "\xE2\x82\xAC", "1 250,50", "12 000", "d\xC3\xA9lib\xC3\xA9ration", "\xC3\x89TAT",
        "\xC3\xA0", "\xC3\x80", "\xC3\x97", "\xC3\xB7", "l'\xC3\xA9t\xC3\xA9", "aujourd'hui",
        "c\xC3\xA9" "d\xC3\xA9'", "Saint-\xC3\x89tienne", "-\xC3\xA9", "gOuvernement", "mMe", "a", "y",
        "b", "L.", "R.", "D.", "A.", "x", " ", " ", " ", "  ", "\n", "\n\n", "\t", ",", ".", ";", ":",
        "/", "'", "-", "--", "|", "0", "9", "OCR", "Vu", "Article 1er", "le conseil", "Considérant",
        "er", "ER", "er mars 2025",
    };
    const size_t nf = sizeof frag / sizeof frag[0];
    static char text[8192];
    uint32_t seed = 12345;
    for (int t = 0; t < 1500; t++) {
        /* lengths up to about 3000 bytes, many short */
        seed = seed * 1103515245u + 12345u;
        size_t want = (seed >> 8) % (t % 3 == 0 ? 3000 : 300), len = 0;
        while (len < want) {
            seed = seed * 1103515245u + 12345u;
            const char *f = frag[(seed >> 8) % nf];
            size_t fl = strlen(f);
            if (len + fl >= sizeof text)
                break;
            memcpy(text + len, f, fl);
            len += fl;
        }
        char what[64];
        snprintf(what, sizeof what, "random text %d (%zu bytes)", t, len);
        same(p, text, len, what);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_corpus),
        cmocka_unit_test(test_random),
    };
    return cmocka_run_group_tests(tests, pair_setup, pair_teardown);
}
