/* test_pathological.c - hostile inputs generated in memory: each must
   finish under a generous time bound (catching quadratic blow-ups, not
   noise), return a result, and carry the diagnostics due.

   Bounds: each input is sized so that the library handles it (extraction
   + compact JSON) in one to three seconds of CPU on this project's
   machine; the bound is PATHO_BOUND seconds of process CPU time (25 s by
   default), about 10x the time expected, so noise passes but O(n^2) does
   not (10 MB squared is hours).  CPU time, not wall time: the machine is
   shared, and a loaded machine stretches wall time 5x without any fault
   of ours.  SIGALRM at 10x the bound in wall time ends a hang.  Under a
   sanitizer (ASan/TSan, 3-10x slower) the sizes are divided by 4.  Each
   test prints its size and times. */
#include "testutil.h"

#include <json-c/json.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PATHO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PATHO_SANITIZED 1
#endif
#endif
#ifdef PATHO_SANITIZED
#define SCALE 4
#else
#define SCALE 1
#endif

#define MB ((size_t)1 << 20)

static double bound_s = 25.0;

/* ---- a growable input buffer ---- */

typedef struct gen {
    char *s;
    size_t n, cap;
} gen;

static void put(gen *g, const char *s, size_t n)
{
    if (g->n + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 4096;
        while (cap < g->n + n + 1)
            cap *= 2;
        char *p = realloc(g->s, cap);
        assert_non_null(p);
        g->s = p;
        g->cap = cap;
    }
    memcpy(g->s + g->n, s, n);
    g->n += n;
    g->s[g->n] = '\0';
}

static void puts_(gen *g, const char *s)
{
    put(g, s, strlen(s));
}

/* repeat s until the buffer holds at least size bytes */
static void repeat(gen *g, const char *s, size_t size)
{
    size_t n = strlen(s);
    while (g->n < size)
        put(g, s, n);
}

/* a fixed-seed generator (xorshift64*), same bytes on every platform */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Dull) >> 32);
}

static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the result ---- */

typedef struct run {
    extract_result *r;
    json_object *root;
    double secs;
} run;

/* Extract and serialise g under the time bound; the result stays in *out
   for the checks (caller frees with done()). */
static void extract(const extract_engine *e, const char *name, gen *g, run *out)
{
    alarm((unsigned)(10 * bound_s) + 1);
    double t0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
    extract_result *r = NULL;
    extract_status st = extract_buffer(e, g->s, g->n, name, &r);
    assert_int_equal(st, EXTRACT_OK);
    assert_non_null(r);
    size_t jlen = 0;
    char *js = extract_result_json(r, EXTRACT_JSON_COMPACT, &jlen);
    assert_non_null(js);
    assert_true(jlen > 0);
    extract_free(js);
    double secs = now(CLOCK_PROCESS_CPUTIME_ID) - t0, wall = now(CLOCK_MONOTONIC) - w0;
    alarm(0);
    printf("# %-30s %9zu bytes  %6.2f s CPU %6.2f s wall  %zu documents, %zu diagnostics\n",
           name, g->n, secs, wall, extract_result_document_count(r),
           extract_result_diagnostic_count(r));
    fflush(stdout);
    assert_true(secs < bound_s);
    out->r = r;
    out->root = extract_result_tree(r);
    out->secs = secs;
    free(g->s);
    memset(g, 0, sizeof *g);
}

static void done(run *rn)
{
    extract_result_free(rn->r);
}

static bool has_diag(const run *rn, const char *code)
{
    json_object *diags, *c;
    assert_true(json_object_object_get_ex(rn->root, "diagnostics", &diags));
    for (size_t i = 0; i < json_object_array_length(diags); i++)
        if (json_object_object_get_ex(json_object_array_get_idx(diags, i), "code", &c)
            && strcmp(json_object_get_string(c), code) == 0)
            return true;
    return false;
}

/* total number of elements under key in every document */
static size_t count_in_docs(const run *rn, const char *key, const char *sub)
{
    json_object *docs, *v;
    size_t n = 0;
    assert_true(json_object_object_get_ex(rn->root, "documents", &docs));
    for (size_t i = 0; i < json_object_array_length(docs); i++) {
        json_object *d = json_object_array_get_idx(docs, i);
        if (!json_object_object_get_ex(d, key, &v))
            continue;
        if (sub && !json_object_object_get_ex(v, sub, &v))
            continue;
        if (json_object_is_type(v, json_type_array))
            n += json_object_array_length(v);
    }
    return n;
}

/* ---- the inputs ---- */

static void test_one_line_10mb(void **state)
{
    gen g = {0};
    repeat(&g, "Vu le code général des collectivités territoriales, notamment son "
               "article L.2121-29 ; Article 1er : M. Jean DUPONT verse 1 200,50 € le "
               "5 mars 2024 (SIRET 226 200 012 00012), Pour : 12 Contre : 0 ; ",
           10 * MB / SCALE);
    run rn;
    extract(*state, "one line, 10 MB", &g, &rn);
    assert_true(extract_result_document_count(rn.r) >= 1);
    done(&rn);
}

static void test_vu_lines(void **state)
{
    gen g = {0};
    for (size_t i = 0; i < 1000000 / SCALE; i++)
        put(&g, "Vu\n", 3);
    run rn;
    extract(*state, "1,000,000 lines of Vu", &g, &rn);
    done(&rn);
}

static void test_attendance_200k(void **state)
{
    static const char *const civ[] = {"M.", "Mme"};
    static const char *const given[] = {"Jean", "Anne", "Pierre", "Marie", "Luc",
                                        "Hélène", "Jean-Claude", "Sophie"};
    size_t want = 200000 / SCALE;
    gen g = {0};
    puts_(&g, "COMMUNE DE SAINT-ROBUSTE\nSéance du 5 mars 2024\nPrésents : ");
    for (size_t i = 0; i < want; i++) {
        char name[64], fam[16];
        size_t k = i;
        int n = 0;
        do {   /* a distinct upper-case family name per index */
            fam[n++] = (char)('A' + k % 26);
            k /= 26;
        } while (k && n < 15);
        fam[n] = '\0';
        snprintf(name, sizeof name, "%s%s %s DUPON%s", i ? ", " : "", civ[i % 2],
                 given[i % 8], fam);
        puts_(&g, name);
    }
    puts_(&g, ".\nVu le code général des collectivités territoriales ;\nDÉCIDE :\n"
              "Article 1er : adopté.\n");
    run rn;
    extract(*state, "attendance, 200,000 names", &g, &rn);
    size_t got = count_in_docs(&rn, "attendance", "present");
    printf("#   %zu present\n", got);
    assert_int_equal(got, want);
    done(&rn);
}

/* 50,000 times six label words on one line (2 MB): every word a label
   (a label's column was counted from the line start: quadratic, 70 s) */
static void test_labels_one_line(void **state)
{
    size_t want = 50000 / SCALE;
    gen g = {0};
    puts_(&g, "COMMUNE DE SAINT-ROBUSTE\nPrésents : ");
    for (size_t i = 0; i < want; i++)
        puts_(&g, "présent élu représenté pour contre vote ");
    puts_(&g, "\n");
    run rn;
    extract(*state, "labels, 300,000 words on one line", &g, &rn);
    done(&rn);
}

static void test_proxies_100k(void **state)
{
    size_t want = 100000 / SCALE;
    gen g = {0};
    puts_(&g, "COMMUNE DE SAINT-ROBUSTE\nSéance du 5 mars 2024\nPrésents : M. Paul LEROY.\n"
              "Pouvoirs :\n");
    for (size_t i = 0; i < want + 100; i++) {   /* the last 100 repeat the first */
        char line[128], fam[16];
        size_t k = i % want;
        int n = 0;
        do {
            fam[n++] = (char)('A' + k % 26);
            k /= 26;
        } while (k && n < 15);
        fam[n] = '\0';
        snprintf(line, sizeof line, "M. Jean DUPON%s a donné pouvoir à Mme Anne MARTIN%s,\n",
                 fam, fam);
        puts_(&g, line);
    }
    puts_(&g, "Vu le code ;\nDÉCIDE :\nArticle 1er : adopté.\n");
    run rn;
    extract(*state, "proxies, 100,000", &g, &rn);
    size_t got = count_in_docs(&rn, "attendance", "proxies");
    printf("#   %zu proxies\n", got);
    assert_int_equal(got, want);
    done(&rn);
}

static void test_considerants(void **state)
{
    gen g = {0};
    puts_(&g, "Délibération n° 1\n");
    repeat(&g, "Considérant que le projet présente un intérêt communal ;\n", 5 * MB / SCALE);
    puts_(&g, "DÉCIDE :\nArticle 1er : adopté.\n");
    run rn;
    extract(*state, "5 MB of Considérant lines", &g, &rn);
    done(&rn);
}

static void test_mentions(void **state)
{
    gen g = {0};
    repeat(&g, "1 200,50 € le 5 mars 2024, articles L.2121-1, L. 2121-2 à L.2121-9 du code "
               "général des collectivités territoriales, loi n° 2021-1900 du 30 décembre "
               "2021, SIRET 226 200 012 00012 ; Pour : 12 Contre : 0 Abstention : 1\n",
           5 * MB / SCALE);
    run rn;
    extract(*state, "5 MB of amounts, dates, refs", &g, &rn);
    assert_true(count_in_docs(&rn, "amounts", NULL) > 1000);
    assert_true(count_in_docs(&rn, "dates", NULL) > 1000);
    assert_true(count_in_docs(&rn, "references", NULL) > 1000);
    done(&rn);
}

static void test_date_ranges(void **state)
{
    gen g = {0};
    repeat(&g, "du 5 au 6 mars 2024, ", 5 * MB / SCALE);
    run rn;
    extract(*state, "5 MB of du 5 au 6 mars 2024", &g, &rn);
    assert_true(count_in_docs(&rn, "dates", NULL) > 1000);
    done(&rn);
}

static void test_many_acts(void **state)
{
    size_t want = 10000 / SCALE;
    gen g = {0};
    for (size_t i = 0; i < want; i++) {
        char act[1024];
        snprintf(act, sizeof act,
                 "COMMUNE DE SAINT-ROBUSTE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
                 "Délibération n° 2024-%zu\nObjet : Travaux de voirie\n"
                 "Présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
                 "Vu le code général des collectivités territoriales, notamment l'article "
                 "L.2121-29 ;\nConsidérant le besoin ;\nDÉCIDE :\nArticle 1er : un montant de "
                 "1 200 € est voté le 5 mars 2024.\nPour : 12 Contre : 0\nLe Maire,\n"
                 "Jean DUPONT\n\f", i);
        puts_(&g, act);
    }
    run rn;
    extract(*state, "10,000 acts", &g, &rn);
    assert_int_equal(extract_result_document_count(rn.r), want);
    done(&rn);
}

static void test_hyphen_lines(void **state)
{
    gen g = {0};
    repeat(&g, "-\n", MB / SCALE);
    run rn;
    extract(*state, "1 MB of -\\n", &g, &rn);
    done(&rn);
}

/* rule lines (ocr.c skips a run of 4 or more of _ = * ~ once, whole)
   and runs of 3 (judged byte by byte, each looking at 3 bytes at most) */
static void test_rule_lines(void **state)
{
    gen g = {0};
    puts_(&g, "D\xc3\x89" "CISION N\xc2\xb0 2025-DEC-014\nLe Maire,\n");
    repeat(&g, "_", 10 * MB / SCALE);
    puts_(&g, "\nArticle 1 : L avenant est approuv\xc3\xa9.\n");
    run rn;
    extract(*state, "one line, 10 MB of _", &g, &rn);
    done(&rn);
    repeat(&g, "___ ***=", 10 * MB / SCALE);
    extract(*state, "10 MB of ___ ***=", &g, &rn);
    done(&rn);
    repeat(&g, "~~~~_", 10 * MB / SCALE);
    extract(*state, "10 MB of ~~~~_", &g, &rn);
    done(&rn);
}

static void test_digits_spaces(void **state)
{
    gen g = {0};
    char buf[4096];
    while (g.n < 10 * MB / SCALE) {
        size_t k = 0;
        while (k < sizeof buf - 1) {
            uint32_t r = rnd();
            buf[k++] = (r & 7) == 0 ? ' ' : (char)('0' + (r >> 8) % 10);
        }
        put(&g, buf, k);
    }
    run rn;
    extract(*state, "10 MB of digits and spaces", &g, &rn);
    done(&rn);
}

static void test_digit_groups(void **state)
{
    /* thousands groups with no end: one endless "number" */
    gen g = {0};
    puts_(&g, "1");
    repeat(&g, " 234", 10 * MB / SCALE);
    puts_(&g, " €\n");
    run rn;
    extract(*state, "10 MB of 1 234 234 ...", &g, &rn);
    done(&rn);
}

static void test_l_dots_dashes(void **state)
{
    gen g = {0};
    char buf[4096];
    while (g.n < 10 * MB / SCALE) {
        size_t k = 0;
        while (k < sizeof buf - 2) {
            if (rnd() & 1) {
                buf[k++] = 'L';
                buf[k++] = '.';
            } else {
                buf[k++] = '-';
            }
        }
        put(&g, buf, k);
    }
    run rn;
    extract(*state, "10 MB of L. and -", &g, &rn);
    done(&rn);
}

static void test_l_dots_dashes_regular(void **state)
{
    gen g = {0};
    repeat(&g, "L.-", 10 * MB / SCALE);
    run rn;
    extract(*state, "10 MB of L.-L.-", &g, &rn);
    done(&rn);
}

static void test_article_1(void **state)
{
    gen g = {0};
    repeat(&g, "Article 1\n", 5 * MB / SCALE);
    run rn;
    extract(*state, "5 MB of Article 1 lines", &g, &rn);
    done(&rn);
    repeat(&g, "Article 1 ", 5 * MB / SCALE);
    extract(*state, "5 MB of Article 1 (one line)", &g, &rn);
    done(&rn);
}

static void test_invalid_utf8_in_text(void **state)
{
    /* valid French UTF-8 with a stray invalid byte in every line: read as
       UTF-8, each bad run a U+FFFD and diagnosed */
    gen g = {0};
    while (g.n < 2 * MB / SCALE)
        puts_(&g, "Délibération n° 12 : \xff le conseil \xc3 décide à l'unanimité.\n");
    run rn;
    extract(*state, "2 MB, invalid bytes in UTF-8", &g, &rn);
    assert_true(has_diag(&rn, "decode.invalid_bytes"));
    assert_true(has_diag(&rn, "decode.invalid_bytes_more"));
    assert_string_equal(extract_result_source_encoding(rn.r), "utf-8");
    done(&rn);
}

static void test_invalid_utf8_only(void **state)
{
    /* nothing but broken sequences (lone leads, stray continuations,
       overlongs, surrogates, > U+10FFFF): not UTF-8 at all, read as
       Windows-1252 and said so */
    static const char *const bad[] = {"\xc3", "\x80", "\xc0\xaf", "\xed\xa0\x80",
                                      "\xf4\x90\x80\x80", "\xe2\x82", "\xff", "\xfe"};
    gen g = {0};
    while (g.n < 2 * MB / SCALE)
        puts_(&g, bad[rnd() % 8]);
    run rn;
    extract(*state, "2 MB of invalid UTF-8", &g, &rn);
    assert_true(has_diag(&rn, "decode.windows_1252"));
    done(&rn);
}

static void test_nul_bytes(void **state)
{
    gen g = {0};
    g.s = calloc(1, MB / SCALE + 1);
    assert_non_null(g.s);
    g.n = MB / SCALE;
    run rn;
    extract(*state, "1 MB of NUL bytes", &g, &rn);
    assert_true(has_diag(&rn, "decode.control_chars"));
    done(&rn);
}

static void test_random_bytes(void **state)
{
    gen g = {0};
    char buf[4096];
    while (g.n < 4 * MB / SCALE) {
        for (size_t k = 0; k < sizeof buf; k++)
            buf[k] = (char)(rnd() >> 24);
        put(&g, buf, sizeof buf);
    }
    run rn;
    extract(*state, "4 MB of random bytes", &g, &rn);
    done(&rn);
}

static void test_random_words(void **state)
{
    /* random sequences of the words the recognizers look for */
    static const char *const w[] = {
        "Vu", "Article", "1er", "M.", "Mme", "DUPONT", "Jean", "Présents", ":", ",",
        "Pour", "Contre", "Abstention", "12", "1 200", "€", "le", "5", "mars", "2024",
        "L.", "2121-29", "-", "DÉCIDE", "Considérant", "\n", "\n\n", "\f", "n°",
        "à", "l'unanimité", "Absents", "excusés", "pouvoir", "Le Maire", "(", ")",
        "Séance", "du", "loi", "décret", "SIRET", "ID", "Délibération", ";", "."};
    gen g = {0};
    while (g.n < 4 * MB / SCALE) {
        puts_(&g, w[rnd() % (sizeof w / sizeof w[0])]);
        puts_(&g, " ");
    }
    run rn;
    extract(*state, "4 MB of random keywords", &g, &rn);
    done(&rn);
}

/* 4 MB of "code " (800,000 code words): every one a trigger whose name
   was matched against each code name of the lexicon at a bounded edit
   distance over its whole row (7.8 s for 750 KB); then 1 MB each of
   other words a reference parse starts at, and of near-misses of code
   names ("Code général des " repeated reaches the distance test) */
static void test_code_words(void **state)
{
    static const char *const words[] = {
        "code ", "Code général des ", "code de la ", "article ", "articles L. 1, ",
        "loi ", "L. ", "décret n° ", "convention de la ", "code, art. ",
    };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        gen g = {0};
        repeat(&g, words[k], (k ? 1 : 4) * MB / SCALE);
        run rn;
        char what[64];
        snprintf(what, sizeof what, "\"%s\" repeated, %d MB", words[k], k ? 1 : 4);
        extract(*state, what, &g, &rn);
        done(&rn);
    }
}

int main(void)
{
    const char *b = getenv("PATHO_BOUND");
    if (b && atof(b) > 0)
        bound_s = atof(b);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_line_10mb),
        cmocka_unit_test(test_vu_lines),
        cmocka_unit_test(test_attendance_200k),
        cmocka_unit_test(test_proxies_100k),
        cmocka_unit_test(test_labels_one_line),
        cmocka_unit_test(test_considerants),
        cmocka_unit_test(test_mentions),
        cmocka_unit_test(test_date_ranges),
        cmocka_unit_test(test_many_acts),
        cmocka_unit_test(test_hyphen_lines),
        cmocka_unit_test(test_rule_lines),
        cmocka_unit_test(test_digits_spaces),
        cmocka_unit_test(test_digit_groups),
        cmocka_unit_test(test_l_dots_dashes),
        cmocka_unit_test(test_l_dots_dashes_regular),
        cmocka_unit_test(test_article_1),
        cmocka_unit_test(test_invalid_utf8_in_text),
        cmocka_unit_test(test_invalid_utf8_only),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_random_bytes),
        cmocka_unit_test(test_random_words),
        cmocka_unit_test(test_code_words),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
