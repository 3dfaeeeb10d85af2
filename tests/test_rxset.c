/*
 * test_rxset.c - engine.c label sets (ex_rxset): the keyword prefilter
 * gives exactly the first match of trying the pattern at every
 * position; the keyword occurrences found in one pass for the engine's
 * two sets are those of each set alone and those of reading every key
 * at every offset; the build refuses an alternative without a keyword
 * or with no bound before it; ex_fold_letters() is the fold's
 * tolerance; the guards of the alternatives (a look-ahead at the first
 * character) change no match.
 */
#define _POSIX_C_SOURCE 200809L   /* popen */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../libextract/internal.h"

/* ------------------------------------------------------------------ */
/* ex_fold_letters() against PCRE2: for every code point and key letter,
   the folded caseless letter matches the code point exactly when the
   letter's bit is set */

static void test_fold_letters(void **state)
{
    (void)state;
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    pcre2_code *rx[26];
    for (int l = 0; l < 26; l++) {
        char key[2] = {(char)('a' + l), 0};
        char *f = ex_fold_pattern(&e->alloc, key);
        assert_non_null(f);
        char pat[256];
        snprintf(pat, sizeof pat, "(?i)%s", f);
        ex_free(&e->alloc, f);
        int err;
        PCRE2_SIZE off;
        rx[l] = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                              PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &err, &off, NULL);
        assert_non_null(rx[l]);
        pcre2_jit_compile(rx[l], PCRE2_JIT_COMPLETE);
    }
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    assert_non_null(md);
    size_t nonascii = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        unsigned char u[4];
        size_t n;
        if (cp < 0x80) {
            u[0] = (unsigned char)cp, n = 1;
        } else if (cp < 0x800) {
            u[0] = (unsigned char)(0xC0 | cp >> 6), u[1] = (unsigned char)(0x80 | (cp & 0x3F)), n = 2;
        } else if (cp < 0x10000) {
            u[0] = (unsigned char)(0xE0 | cp >> 12), u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
            u[2] = (unsigned char)(0x80 | (cp & 0x3F)), n = 3;
        } else {
            u[0] = (unsigned char)(0xF0 | cp >> 18), u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
            u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)), u[3] = (unsigned char)(0x80 | (cp & 0x3F));
            n = 4;
        }
        uint32_t want = 0;
        for (int l = 0; l < 26; l++)
            if (pcre2_match(rx[l], u, n, 0, 0, md, NULL) > 0)
                want |= (uint32_t)1 << l;
        uint32_t got = ex_fold_letters((int32_t)cp);
        if (got != want)
            fprintf(stderr, "U+%04X: ex_fold_letters %#x, PCRE2 %#x\n", (unsigned)cp, got, want);
        assert_int_equal(got, want);
        if (cp >= 0x80 && want)
            nonascii++;
    }
    assert_true(nonascii > 50);     /* the accented vowels, ç, ñ, ſ, K, Å */
    pcre2_match_data_free(md);
    for (int l = 0; l < 26; l++)
        pcre2_code_free(rx[l]);
    extract_engine_free(e);
}

/* ------------------------------------------------------------------ */
/* the build's checks of facts (a) and (b) */

static bool build(extract_engine *e, const char *alt, const char *keys, ex_rxset *out)
{
    ex_pattern p = {1, alt};
    bool ok = ex_rxset_build(e, "(?i)(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}])", &p, 1, keys, NULL, out);
    if (ok)
        ex_rxset_free(e, out);
    return ok;
}

static void test_build_checks(void **state)
{
    (void)state;
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    ex_rxset *set = malloc(sizeof *set);
    assert_non_null(set);
    /* a keyword on every path, bounded before it */
    assert_true(build(e, "(?:sous )?(?:la )?presidence de", "presidence", set));
    ex_pattern p = {1, "(?:sous )?(?:la )?presidence de"};
    assert_true(ex_rxset_build(e, "(?i)(?:", ")", &p, 1, "presidence|quorum", NULL, set));
    assert_int_equal(set->win[0], 6);          /* "sous la " */
    assert_int_equal(set->win[1], 0);
    assert_int_equal(set->maxwin, 6);
    /* the bytes a match can start with when its first keyword is k:
       "sous", "la" (l, L, 1, |), "presidence" */
    for (const char *y = "sSlL1|pP"; *y; y++)
        assert_true(set->kstart[0][(unsigned char)*y / 64] >> ((unsigned char)*y % 64) & 1);
    for (const char *y = "dqQa ("; *y; y++)
        assert_false(set->kstart[0][(unsigned char)*y / 64] >> ((unsigned char)*y % 64) & 1);
    assert_true(set->kstart[1][0] == 0 && set->kstart[1][1] == 0);  /* quorum: never in a match */
    /* the bytes before the keyword follow each other as in "sous la
       presidence" (the blank may be empty: "sousla"): not those after
       it ("de"), nor a jump ("ls") */
    {
#define BIG(k, x, y) (set->big[k][set->sym[(unsigned char)(x)]] >> set->sym[(unsigned char)(y)] & 1)
        assert_true(BIG(0, 's', 'o') && BIG(0, 'O', 'U') && BIG(0, 'u', 's') && BIG(0, 's', ' '));
        assert_true(BIG(0, 's', '\n') && BIG(0, ' ', ' ') && BIG(0, ' ', 'l') && BIG(0, '1', 'a'));
        assert_true(BIG(0, 'a', ' ') && BIG(0, ' ', 'p') && BIG(0, 's', 'p') && BIG(0, 'a', 'p'));
        assert_true(BIG(0, 's', 0xC2) && BIG(0, 0xC2, 0xA0) && BIG(0, 0xA0, 'l'));   /* U+00A0 */
        assert_true(BIG(0, 's', 'l'));
        assert_false(BIG(0, 'd', 'e') || BIG(0, 'e', ' ') || BIG(0, 'l', 's') || BIG(0, 'u', 'l'));
        assert_false(BIG(0, 'p', 'r') || BIG(0, 'o', 'o') || BIG(0, ' ', 'd') || BIG(0, 'a', 'a'));
        for (unsigned x = 0; x < 64; x++)
            assert_true(set->big[1][x] == 0);   /* quorum: never first */
#undef BIG
    }
    ex_rxset_free(e, set);
    /* a keyword after an optional piece with none, in a repeat: the
       match may start in the piece or at the keyword */
    p.pattern = "(?:\\d{1,3} )?(?:x?pour ){1,2}contre";
    assert_true(ex_rxset_build(e, "(?i)(?:", ")", &p, 1, "pour|contre", NULL, set));
    for (const char *y = "0159xXpP"; *y; y++)
        assert_true(set->kstart[0][(unsigned char)*y / 64] >> ((unsigned char)*y % 64) & 1);
    for (const char *y = "cCa"; *y; y++)
        assert_false(set->kstart[0][(unsigned char)*y / 64] >> ((unsigned char)*y % 64) & 1);
    ex_rxset_free(e, set);
    /* per key, not the set's start bytes */
    ex_pattern two[] = {{1, "la presidence"}, {2, "quorum"}};
    assert_true(ex_rxset_build(e, "(?i)(?:", ")", two, 2, "presidence|quorum", NULL, set));
    assert_true(set->kstart[0][0] >> '1' & 1);     /* the fold of l */
    assert_true(set->kstart[1][0] == 0);
    assert_true(set->kstart[0][1] >> ('l' - 64) & 1);
    assert_false(set->kstart[0][1] >> ('q' - 64) & 1);
    assert_true(set->kstart[1][1] >> ('Q' - 64) & 1);
    assert_false(set->kstart[1][1] >> ('l' - 64) & 1);
    assert_true(set->start[1] >> ('q' - 64) & 1 && set->start[1] >> ('l' - 64) & 1);
    ex_rxset_free(e, set);
    assert_true(build(e, "\\d{1,3}\\h+membres en exercice", "exercice", set));
    assert_true(build(e, "(?:a|b)?pour|contre", "pour|contre", set));
    /* a path without a keyword: an alternative added to a table
       without its keyword */
    assert_false(build(e, "(?:a|b)?pour|contre", "pour", set));
    assert_false(build(e, "(?:la )?presidence de", "president", set));
    assert_false(build(e, "quorum(?: requis)?|votants", "quorum", set));
    /* the keyword optional */
    assert_false(build(e, "(?:nombre de )?(?:votants)?", "votants", set));
    /* no bound before the keyword */
    assert_false(build(e, "(?:membres )*presents", "present", set));
    assert_false(build(e, "designe(?:e|s)* secretaire", "secretaire", set));
    assert_false(build(e, "\\p{L}+ present", "present", set));
    /* syntax the check does not know */
    assert_false(build(e, "[a-z] present", "present", set));
    assert_false(build(e, "(?=x)present", "present", set));
    assert_false(build(e, "^present", "present", set));
    /* keywords: lower-case ASCII words */
    assert_false(build(e, "present", "", set));
    assert_false(build(e, "present", "Present", set));
    /* the engine's own tables pass (else no engine) */
    assert_non_null(e->attendance);
    assert_non_null(e->votes);
    free(set);
    extract_engine_free(e);
}

/* a shared piece (defs) is called, and backtracked into as the piece
   written in place: "sous la presidence" needs the second branch of the
   piece after the first one was taken */
static void test_build_defs(void **state)
{
    (void)state;
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    ex_rxset *set = malloc(sizeof *set);
    assert_non_null(set);
    static const char *const defs[] = {"(?:sous |sous la )", NULL};
    ex_pattern p = {7, "(?:sous |sous la )presidence de"};
    assert_true(ex_rxset_build(e, "(?i)(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}])", &p, 1,
                               "presidence", defs, set));
    assert_int_equal(set->win[0], 6);
    ex_call c;
    const char *txt = "Réunis sous la présidence de M. X";
    assert_true(ex_call_init(&c, e));
    assert_true(ex_call_text(&c, txt, strlen(txt)));
    int rc = ex_rxset_scan(&c, set, 0, c.text.len);
    assert_true(rc > 0);
    assert_int_equal(ex_ov(&c)[0], 8);
    assert_int_equal(ex_ov(&c)[1], 30);
    assert_string_equal((const char *)pcre2_get_mark(c.md), "7");
    ex_call_free(&c);
    ex_rxset_free(e, set);
    free(set);
    extract_engine_free(e);
}

/* ------------------------------------------------------------------ */
/* the scan against trying every position */

/* the whole alternation of the set: its compiled pattern, or, when
   the alternatives are compiled apart (set->alt), its text compiled
   here as ex_rxset_build() would (once a text: the engines' sets have
   the same two) */
static const pcre2_code *whole(const ex_rxset *set)
{
    static char *text[4];
    static pcre2_code *code[4];
    if (set->rx.code)
        return set->rx.code;
    assert_non_null(set->whole);
    size_t i = 0;
    while (i < 4 && text[i] && strcmp(text[i], set->whole) != 0)
        i++;
    assert_true(i < 4);
    if (!text[i]) {
        int err;
        PCRE2_SIZE off;
        code[i] = pcre2_compile((PCRE2_SPTR)set->whole, PCRE2_ZERO_TERMINATED,
                                PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_UCP | PCRE2_USE_OFFSET_LIMIT
                                    | PCRE2_ANCHORED,
                                &err, &off, NULL);
        assert_non_null(code[i]);
        pcre2_jit_compile(code[i], PCRE2_JIT_COMPLETE);
        text[i] = strdup(set->whole);
        assert_non_null(text[i]);
    }
    return code[i];
}

static int brute(ex_call *c, const ex_rxset *set, size_t from, size_t limit)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t len = c->text.len;
    if (from > len || from >= limit)
        return -1;
    if (limit > len)
        limit = len;
    const pcre2_code *re = whole(set);
    for (size_t p = from; p < limit; p++) {
        if (s[p] >= 0x80 && s[p] < 0xC0)
            continue;
        int rc = pcre2_match(re, s, len, p, PCRE2_NO_UTF_CHECK, c->md, c->mctx);
        if (rc != PCRE2_ERROR_NOMATCH)
            return rc;
    }
    return PCRE2_ERROR_NOMATCH;
}

typedef struct hit {
    int rc;
    size_t a, b;
    char mark[16];
} hit;

static hit result(ex_call *c, int rc)
{
    hit h;
    memset(&h, 0, sizeof h);
    h.rc = rc > 0 ? 1 : rc;
    if (rc > 0) {
        PCRE2_SIZE *ov = ex_ov(c);
        h.a = ov[0];
        h.b = ov[1];
        PCRE2_SPTR m = pcre2_get_mark(c->md);
        if (m)
            snprintf(h.mark, sizeof h.mark, "%s", (const char *)m);
    }
    return h;
}

/* every match of the set over [0, len), as find_labels() walks them,
   and a few windows [from, limit) */
static size_t compare(ex_call *c, const ex_rxset *set, uint32_t *seed)
{
    size_t len = c->text.len, n = 0;
    size_t p = 0;
    while (p < len) {
        hit x = result(c, ex_rxset_scan(c, set, p, len));
        hit y = result(c, brute(c, set, p, len));
        if (memcmp(&x, &y, sizeof x) != 0)
            fprintf(stderr, "from %zu: scan %d [%zu,%zu) %s, every position %d [%zu,%zu) %s\n",
                    p, x.rc, x.a, x.b, x.mark, y.rc, y.a, y.b, y.mark);
        assert_memory_equal(&x, &y, sizeof x);
        if (x.rc <= 0)
            break;
        n++;
        p = x.b > x.a ? x.b : x.a + 1;
    }
    for (int i = 0; i < 40 && len; i++) {
        *seed = *seed * 1103515245u + 12345u;
        size_t from = (*seed >> 8) % len;
        *seed = *seed * 1103515245u + 12345u;
        size_t limit = from + 1 + (*seed >> 8) % 200;
        while (from < len && ((unsigned char)c->text.s[from] & 0xC0) == 0x80)
            from++;
        hit x = result(c, ex_rxset_scan(c, set, from, limit));
        hit y = result(c, brute(c, set, from, limit));
        assert_memory_equal(&x, &y, sizeof x);
    }
    return n;
}

/* the keys of 'set' at k, read letter by letter through
   ex_fold_letters() */
static uint32_t naive_keys(const ex_rxset *set, const unsigned char *s, size_t len, size_t k)
{
    uint32_t found = 0;
    if (s[k] >= 0x80 && s[k] < 0xC0)
        return 0;
    for (size_t i = 0; i < set->nkeys; i++) {
        size_t q = k;
        const char *c = set->key[i];
        for (; *c && q < len; c++) {
            int32_t cp = s[q];
            size_t n = 1;
            if (cp >= 0xC0) {
                n = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : 2;
                if (q + n > len) {
                    cp = -1, n = 1;
                } else {
                    cp &= 0x3F >> (n - 1);
                    for (size_t j = 1; j < n; j++)
                        cp = cp << 6 | (s[q + j] & 0x3F);
                }
            } else if (cp >= 0x80) {
                cp = -1;
            }
            if (!(ex_fold_letters(cp) >> (*c - 'a') & 1))
                break;
            q += n;
        }
        if (!*c)
            found |= (uint32_t)1 << i;
    }
    return found;
}

/* the occurrences of the engine's group (one pass for both sets) split
   by set, those of a copy of each set outside the group (scanned
   alone) and those read at every offset are the same */
static void compare_occ(ex_call *c, const ex_rxset *const *sets, const ex_rxset *const *alone)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t len = c->text.len;
    for (int j = 0; j < 2; j++) {
        unsigned sh, sh1;
        const ex_rxocc_vec *g = ex_rxset_occ(c, sets[j], &sh);
        const ex_rxocc_vec *a = ex_rxset_occ(c, alone[j], &sh1);
        assert_non_null(g);
        assert_non_null(a);
        g = ex_rxset_occ(c, sets[j], &sh);     /* the second set's copy may have replaced it */
        assert_int_equal(sh, 32 * j);
        assert_int_equal(sh1, 0);
        size_t gi = 0, ai = 0, na = 0;
        for (size_t k = 0; k < len; k++) {
            na += (s[k] >= '0' && s[k] <= '9') || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z');
            uint32_t want = naive_keys(sets[j], s, len, k);
            while (gi < g->n && g->v[gi].k == k && !(uint32_t)(g->v[gi].keys >> sh))
                gi++;               /* the other set's */
            uint32_t got = gi < g->n && g->v[gi].k == k ? (uint32_t)(g->v[gi].keys >> sh) : 0;
            uint32_t got1 = ai < a->n && a->v[ai].k == k ? (uint32_t)a->v[ai].keys : 0;
            if (got != want || got1 != want)
                fprintf(stderr, "set %d at %zu: group %#x, alone %#x, every offset %#x\n", j, k, got, got1, want);
            assert_int_equal(got, want);
            assert_int_equal(got1, want);
            if (got) {
                assert_int_equal(g->v[gi].a + ((s[k] >= '0' && s[k] <= '9')
                                               || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')), na);
                assert_int_equal(a->v[ai].a, g->v[gi].a);
                gi++;
                ai++;
            }
        }
        while (gi < g->n && !(uint32_t)(g->v[gi].keys >> sh))
            gi++;
        assert_int_equal(gi, g->n);
        assert_int_equal(ai, a->n);
    }
}

static size_t compare_text(const extract_engine *e, const char *s, size_t n, uint32_t *seed)
{
    ex_call c;
    assert_true(ex_call_init(&c, e));
    assert_true(ex_call_text(&c, s, n));
    /* first members: att_engine, vote_engine; copies outside the
       engine's group (sharing the compiled pattern: not freed) */
    const ex_rxset *sets[2] = {(const ex_rxset *)e->attendance, (const ex_rxset *)e->votes};
    ex_rxset *alone[2];
    for (int j = 0; j < 2; j++) {
        alone[j] = malloc(sizeof *alone[j]);
        assert_non_null(alone[j]);
        memcpy(alone[j], sets[j], sizeof *alone[j]);
    }
    compare_occ(&c, sets, (const ex_rxset *const *)alone);
    size_t hits = compare(&c, sets[0], seed);
    hits += compare(&c, sets[1], seed);
    uint32_t seed1 = *seed;
    assert_int_equal(compare(&c, alone[0], &seed1) + compare(&c, alone[1], &seed1), hits);
    free(alone[0]);
    free(alone[1]);
    ex_call_free(&c);
    return hits;
}

/* ------------------------------------------------------------------ */
/* each alternative of the set's pattern is guarded by a look-ahead at
   its first character (the ASCII bytes its matches can start with,
   from the syntax, or any other character): the guarded pattern gives
   the same first match and mark as the alternation written without
   guards, tried at every position */

static const ex_pattern guard_alts[] = {
    {1, "(?:(?:etaient|sont|(?:membres|elus)(?: titulaires| municipaux)?) )?(?:absent(?:e|s|\\(e\\)|\\(s\\))* )?excuse(?:e|s|es|\\(e\\)|\\(s\\))*,? sans voix"},
    {2, "(?:etai(?:en)?t )?(?:egalement )?present(?:e|s|\\(e\\)|\\(s\\))*"},
    {3, "s'etai(?:en)?t fait(?:e|s|es)? excuser"},
    {4, "(?:absent(?:e|s)*|non present(?:e|s)*),? (?:ayant|ont|\\p{L}{2,7}) donne (?:pouvoir|procuration)"},
    {5, "(?:(?:nombre|nbre|nb\\.?) (?:de |d')?)?(?:(?:conseillers|membres) )?en exercice"},
    {6, "\\d{1,3}\\h+(?:conseillers|membres) en exercice"},
    {7, "(?:sous )?(?:la )?presidence de"},
    {8, "secretaire(?: de (?:la )?seance)?"},
    {9, "(?:a ete |est )?(?:designe|elu)(?:e|s)* (?:comme |pour )?secretaire"},
};
#define NGUARD (sizeof guard_alts / sizeof guard_alts[0])
#define GUARD_PRE "(?i)(?<![\\p{L}\\p{N}])(?:"
#define GUARD_POST ")(?![\\p{L}])"

/* the alternation without guards, compiled anchored */
static pcre2_code *unguarded(const extract_engine *e)
{
    char pat[8192];
    size_t n = (size_t)snprintf(pat, sizeof pat, "%s", GUARD_PRE);
    for (size_t i = 0; i < NGUARD; i++) {
        char *f = ex_fold_pattern(&e->alloc, guard_alts[i].pattern);
        assert_non_null(f);
        n += (size_t)snprintf(pat + n, sizeof pat - n, "%s(?:%s)(*MARK:%d)", i ? "|" : "", f,
                              guard_alts[i].kind);
        ex_free(&e->alloc, f);
    }
    n += (size_t)snprintf(pat + n, sizeof pat - n, "%s", GUARD_POST);
    assert_true(n < sizeof pat);
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &err, &off, NULL);
    assert_non_null(re);
    return re;
}

static hit first_unguarded(ex_call *c, pcre2_code *re, size_t from)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t len = c->text.len;
    for (size_t p = from; p < len; p++) {
        if (s[p] >= 0x80 && s[p] < 0xC0)
            continue;
        int rc = pcre2_match(re, s, len, p, PCRE2_NO_UTF_CHECK, c->md, c->mctx);
        if (rc != PCRE2_ERROR_NOMATCH)
            return result(c, rc);
    }
    return result(c, PCRE2_ERROR_NOMATCH);
}

static void test_guards(void **state)
{
    (void)state;
    static const char *const frag[] = {
        "présents", "Présent", "PRESENTES", "pr3sent", "Présent(e)s", "absent", "Absents", "ABSENTE",
        "excusé", "Excusée(s)", "s'étaient fait excuser", "S’était faite excuser", "ayant",
        "ont", "avaient", "dant", "donné", "pouvoir", "procuration", "non présents", "en exercice",
        "EN EXERCICE", "nombre de", "Nbre d'", "nb.", "Nb", "conseillers", "membres", "titulaires",
        "municipaux", "33", "1", "0", "sous", "la", "présidence", "PRESIDENCE", "de", "secrétaire",
        "Secrétaire", "séance", "a été", "est", "désigné", "élu", "e1u", "Élue", "comme", "pour",
        "étaient", "Etaient", "sont", "également", "étaient", "sans voix", "ſ", "K", "É", "|",
        "(e)", "(s)", "’", "'", ",", ".", ":", "-", "\n", " ", " ", " ", "\t", "\xc2\xa0", "x",
        "×", "àpour", "Mme", "M.", "DUPONT", "Jean", "ç", "«", "—",
    };
    const size_t nfrag = sizeof frag / sizeof frag[0];
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    ex_rxset *set = malloc(sizeof *set);
    assert_non_null(set);
    assert_true(ex_rxset_build(e, GUARD_PRE, GUARD_POST, guard_alts, NGUARD,
                               "absent|excuse|present|pouvoir|procuration|exercice|presidence"
                               "|secretaire|designe|elu",
                               NULL, set));
    pcre2_code *re = unguarded(e);
    uint32_t seed = 777;
    char buf[2048];
    size_t hits = 0;
    for (int t = 0; t < 300; t++) {
        size_t n = 0;
        while (n < 600) {
            seed = seed * 1103515245u + 12345u;
            const char *f = frag[(seed >> 8) % nfrag];
            size_t fl = strlen(f);
            memcpy(buf + n, f, fl);
            n += fl;
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 8) % 3)
                buf[n++] = ' ';
        }
        ex_call c;
        assert_true(ex_call_init(&c, e));
        assert_true(ex_call_text(&c, buf, n));
        size_t p = 0;
        while (p < c.text.len) {
            hit x = result(&c, ex_rxset_scan(&c, set, p, c.text.len));
            hit y = first_unguarded(&c, re, p);
            if (memcmp(&x, &y, sizeof x) != 0)
                fprintf(stderr, "from %zu: guarded %d [%zu,%zu) %s, unguarded %d [%zu,%zu) %s\n", p,
                        x.rc, x.a, x.b, x.mark, y.rc, y.a, y.b, y.mark);
            assert_memory_equal(&x, &y, sizeof x);
            if (x.rc <= 0)
                break;
            hits++;
            p = x.b > x.a ? x.b : x.a + 1;
        }
        ex_call_free(&c);
    }
    assert_true(hits > 1000);
    pcre2_code_free(re);
    ex_rxset_free(e, set);
    free(set);
    extract_engine_free(e);
}

static void test_scan_corpus(void **state)
{
    (void)state;
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    const char *top = getenv("top_srcdir");
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "find '%s/corpus' -name '*.txt' | sort", top ? top : ".");
    FILE *ls = popen(cmd, "r");
    assert_non_null(ls);
    static char doc[1 << 20];
    char path[4096];
    size_t nfiles = 0, hits = 0;
    uint32_t seed = 1;
    while (fgets(path, sizeof path, ls)) {
        path[strcspn(path, "\n")] = 0;
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        size_t len = fread(doc, 1, sizeof doc, f);
        fclose(f);
        hits += compare_text(e, doc, len, &seed);
        nfiles++;
    }
    pclose(ls);
    assert_true(nfiles >= 30);
    assert_true(hits > 500);
    extract_engine_free(e);
}

/* texts made of label words, blanks, OCR and accent variants,
   punctuation and digits, at random */
static void test_scan_random(void **state)
{
    (void)state;
    static const char *const frag[] = {
        "présents", "Présent", "PRESENTS", "pr3sent", "représentés", "absent", "Absents", "excusé",
        "excuses", "s'étaient fait excuser", "ayant donné pouvoir", "pouvoir", "procuration",
        "délégation", "mandat", "en exercice", "exercice", "quorum", "Date de convocation",
        "composé de", "votants", "a été désigné", "désignée", "élu", "e1u", "secrétaire",
        "Secrétaire de séance", "sous la présidence de", "présidée par", "Président de séance",
        "33", "1", "0", "conseillers", "municipaux", "communautaires", "membres", "nombre de",
        "Nbre", "étaient", "sont", "a", "la", "de", "sous", "également", "assistaient",
        "sans voix délibérative", "avec voix consultative", "suppléant", "délégués",
        "pour", "contre", "Pour", "CONTRE", "ont voté", "vote", "votes", "abstention",
        "abstentions", "se sont abstenus", "ne prend pas part au vote", "n'a pas pris part",
        "non-participation", "refus de vote", "blancs", "nuls", "nul", "bulletins", "voix",
        "12 voix pour", "à l'unanimité", "l’unanimité", "unanimite", "adopté", "adoptée",
        "rejeté", "n'est pas adoptée", "non adopté", "ſ", "K", "Å", "|", "l", "I", "(e)", "(s)",
        "’", "'", ",", ".", ":", ";", "-", "\n", "\n\n", " ", " ", " ", "   ", "\t", "\xc2\xa0",
        "xx", "Mme", "M.", "DUPONT", "Jean", "é", "ç", "œ",
        /* a letter of U+00C0..U+00FF, or the signs among them, glued
           before a label (the look-behind read in C) */
        "×", "÷", "ÿ", "À", "Ö", "é", "àpour", "×présents", "÷votants", "Évotants",
        /* the occurrence pass's classes: a letter of U+00C0..U+00FF as
           first, second or third letter, other characters of two and
           three bytes after a possible first letter */
        "dé", "Dé1égués", "dél", "ÉLU", "Élue", "pré", "PRÉ", "ré", "sé", "«", "»", "°", "œ", "—",
        "…", "d’", "p’", "e’", "é’", "ÉTAIENT", "Pré", "pÖur", "cÖntre", "ÀBSENT", "ǅ", "Ɛ",
        /* a keyword whose next characters leave every label (the test
           after the keyword: ex_rxset.nfa), or a letter right after
           the end of a label */
        "Président du", "Présidente,", "PRESIDENT DU", "présidence du", "présentation",
        "date du", "Date de réception", "date de la convocation", "participation",
        "participants", "désigné ci-après", "assistance", "représentant", "exercice du",
        "ouvre la séance", "ouverte", "votantes", "pourra", "contreparties", "abstenu",
        "unanimement", "adoptés", "nullement", "blanches", "Président ouvre la séance",
        /* a keyword whose next characters leave some of its labels
           only (each alternative's own positions of the automaton) */
        "Présents :", "PRÉSENTS", "présente décision", "présents sans voix", "Délégués en exercice",
        "délégation du conseil", "Membres du bureau en", "Délégués titulaires", "délégués suppléants",
        "DÉ1ÉGUÉS", "élus représentés", "Excusés représentés", "pouvoir à", "Pouvoirs :",
        /* a first character other than ASCII and no letter, a keyword
           that starts no label ("exercice" needs "en" first) */
        "– ", "—", "– Votants : 21", "«", "\xc2\xa0", "\xe2\x80\xaf", "’", "°", "exercice",
    };
    const size_t nfrag = sizeof frag / sizeof frag[0];
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    uint32_t seed = 12345;
    char buf[4096];
    size_t hits = 0;
    for (int t = 0; t < 300; t++) {
        size_t n = 0;
        while (n < 1500) {
            seed = seed * 1103515245u + 12345u;
            const char *f = frag[(seed >> 8) % nfrag];
            size_t fl = strlen(f);
            memcpy(buf + n, f, fl);
            n += fl;
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 8) % 3)
                buf[n++] = ' ';
        }
        hits += compare_text(e, buf, n, &seed);
    }
    assert_true(hits > 1000);
    extract_engine_free(e);
}

/* near misses of labels (a keyword, then other words: the test after
   the keyword refuses them) around labels: the scan finds the labels,
   as trying every position does */
static void test_scan_after(void **state)
{
    (void)state;
    extract_engine *e;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    static const char doc[] =
        "Le Président du Conseil départemental, la présentation du rapport, date du 3 mai,\n"
        "désigné ci-après « le bénéficiaire », la participation, exercice du droit,\n"
        "Présidente de séance : Mme Claire MARTIN\n"
        "Présents : M. Paul DURAND, Mme Anne PETIT\n"
        "Date de convocation : 2 mai 2024 ; assistance technique ; Votants : 12\n"
        "Pour : 10 – Contre : 2 – pourra être résiliée\n"
        "– Votants : 21 ; exercice 2024 ; En exercice : 15\n";
    uint32_t seed = 7;
    size_t hits = compare_text(e, doc, sizeof doc - 1, &seed);
    ex_call c;
    assert_true(ex_call_init(&c, e));
    assert_true(ex_call_text(&c, doc, sizeof doc - 1));
    const ex_rxset *att = (const ex_rxset *)e->attendance;
    /* the first label: "Présidente de séance", after the near misses */
    assert_true(ex_rxset_scan(&c, att, 0, c.text.len) > 0);
    const char *at = strstr(doc, "Présidente de séance");
    assert_int_equal(ex_ov(&c)[0], (size_t)(at - doc));
    ex_call_free(&c);
    assert_true(hits >= 6);
    extract_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scan_after),
        cmocka_unit_test(test_fold_letters),
        cmocka_unit_test(test_build_checks),
        cmocka_unit_test(test_build_defs),
        cmocka_unit_test(test_scan_corpus),
        cmocka_unit_test(test_scan_random),
        cmocka_unit_test(test_guards),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
