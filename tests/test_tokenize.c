/* test_tokenize.c - stage tokenize: French words, numbers, abbreviations. */
#include "testutil.h"

#include <math.h>

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

/* ---- ocr.c's estimate: its own cut of plain words and punctuation
   against the estimate read from ex_token_next() (the algorithm as it
   was before that cut), on random texts made of the pieces that change
   a token (accents, hyphens, apostrophes, abbreviations, code articles,
   numbers glued to letters, stray symbols, controls) ---- */

static bool ref_is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* classify letters of a UTF-8 word: sets lower/upper/digit presence and
   whether an upper letter follows a lower one (case flip) */
typedef struct ref_shape {
    int lower, upper, digit, other;
    bool flip;       /* lower followed by upper inside the word */
    size_t letters;
} ref_shape;

static void ref_word_shape(const unsigned char *s, size_t n, ref_shape *sh)
{
    memset(sh, 0, sizeof *sh);
    bool prev_lower = false;
    for (size_t i = 0; i < n;) {
        unsigned char b = s[i];
        bool lo = false, up = false;
        size_t l = 1;
        if (b >= 'a' && b <= 'z')
            lo = true;
        else if (b >= 'A' && b <= 'Z')
            up = true;
        else if (ref_is_digit(b))
            sh->digit++;
        else if (b == 0xC3 && i + 1 < n) {
            l = 2;
            if (s[i + 1] >= 0xA0)
                lo = true;
            else
                up = true;
        } else if (b >= 0xC4 && b < 0xE0 && i + 1 < n) {
            l = 2;
            lo = true; /* Latin Extended: count as a letter */
        } else if (b >= 0xE0) {
            l = b < 0xF0 ? 3 : 4;
            sh->other++;
        } else if (b != '-' && b != '\'') {
            sh->other++;
        }
        if (lo) {
            sh->lower++;
            sh->letters++;
        }
        if (up) {
            sh->upper++;
            sh->letters++;
            if (prev_lower)
                sh->flip = true;
        }
        prev_lower = lo;
        if (b == '-')
            prev_lower = false;
        i += l;
    }
}

static bool ref_ordinal(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && ref_is_digit((unsigned char)s[d]))
        d++;
    if (d == 0 || d > 3)
        return false;
    const char *r = s + d;
    size_t m = n - d;
    static const char *const suf[] = {"er", "re", "e", "eme", "ere", "nd", "nde", "bis", "ter", NULL};
    for (size_t k = 0; suf[k]; k++) {
        size_t u = ex_match_fold(r, m, suf[k]);
        if (u && u == m)
            return true;
    }
    return false;
}

static bool ref_french_single(const char *s, size_t n)
{
    if (n == 2 && (unsigned char)s[0] == 0xC3 && ((unsigned char)s[1] == 0xA0 || (unsigned char)s[1] == 0x80))
        return true; /* à À */
    if (n != 1)
        return false;
    return strchr("aAyYlLdDnNsScCjJmMtTxX", s[0]) != NULL;
}

/* the token s[0..n) at offset p of the text t (len bytes) is a stray
   symbol: not a byte of a rule, a run of 4 or more of one of _ = * ~
   (the whole run measured, both ways) */
static bool ref_stray_symbol(const unsigned char *t, size_t len, size_t p, size_t n)
{
    const unsigned char *s = t + p;
    if (n == 1 && s[0] && strchr("_=*~", s[0])) {
        size_t i = p, e = p + 1;
        while (i > 0 && t[i - 1] == s[0])
            i--;
        while (e < len && t[e] == s[0])
            e++;
        if (e - i >= 4)
            return false;
    }
    if (n == 1)
        return strchr("|~^_{}\\*#@<>=", s[0]) != NULL;
    if (n == 2 && s[0] == 0xC2)
        return s[1] == 0xA2 || s[1] == 0xAE || s[1] == 0xA9 || s[1] == 0xA6 || s[1] == 0xAC;
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x98 || s[2] == 0x9A || s[2] == 0x9E; /* ‘ ‚ „ */
    return false;
}

static void ref_ocr_quality(ex_call *c)
{
    /* tokens streamed once over the text (no token array: the
       documents come in text order); cur is the token looked at, nx the
       one after it (a number glued to a word looks at its neighbour) */
    const ex_text *t = &c->text;
    size_t pos = 0, li = 0;
    ex_token cur = {0}, nx = {0};
    bool have_cur = c->docs.n && ex_token_next(t, &pos, &cur);
    bool have_nx = have_cur && ex_token_next(t, &pos, &nx);
#define ADVANCE() \
    (have_cur = have_nx, cur = nx, have_nx = have_nx && ex_token_next(t, &pos, &nx))
    for (size_t k = 0; k < c->docs.n; k++) {
        ex_document *d = &c->docs.v[k];
        size_t good = 0, bad = 0;
        while (have_cur && cur.start < d->span.start)
            ADVANCE();
        for (; have_cur && cur.start < d->span.end; ADVANCE()) {
            const ex_token *tk = &cur;
            const char *s = t->s + tk->start;
            size_t n = tk->end - tk->start;
            /* furniture test with a cursor over the lines (tokens come
               in text order): no search per token */
            while (li + 1 < t->nlines && t->lines[li + 1].start <= tk->start)
                li++;
            if (li < t->nlines && (t->lines[li].flags & EX_LINE_FURNITURE))
                continue;
            switch (tk->kind) {
            case EX_TOK_WORD: {
                ref_shape sh;
                ref_word_shape((const unsigned char *)s, n, &sh);
                if (sh.digit && sh.letters) {
                    if (ref_ordinal(s, n))
                        good++;
                    else
                        bad++;
                } else if (sh.flip && sh.lower > 1) {
                    bad++;
                } else if (sh.letters == 1 && !ref_french_single(s, n)) {
                    bad++;
                } else {
                    good++;
                }
                break;
            }
            case EX_TOK_NUMBER: {
                /* a number glued to letters: "2O23" is split by the
                   tokenizer into number + word; look at the neighbour */
                if (have_nx && nx.start == tk->end && nx.kind == EX_TOK_WORD
                    && !ref_ordinal(s, nx.end - tk->start))
                    bad++;
                else
                    good++;
                break;
            }
            case EX_TOK_ABBREV:
            case EX_TOK_ELISION:
                good++;
                break;
            case EX_TOK_PUNCT:
            case EX_TOK_SYMBOL:
                if (ref_stray_symbol((const unsigned char *)t->s, t->len, tk->start, n))
                    bad++;
                break;
            }
        }
        double q = 1.0;
        if (good + bad > 0)
            q = (double)good / (double)(good + 2 * bad);
        if (good + bad < 20 && bad == 0)
            q = 1.0;
        d->ocr_quality = floor(q * 100.0 + 0.5) / 100.0;
    }
#undef ADVANCE
}

/* ex_ocr_quality() against ref_ocr_quality() over iters random texts
   of up to maxp pieces, documents of up to maxspan bytes (0: any) */
static void ocr_estimate_runs(int iters, size_t maxp, size_t maxspan)
{
    static const char *const pieces[] = {
        "a", "b", "e", "x", "y", "z", "A", "B", "E", "Z", "l", "L", "R", "D", "N", "n", "M", "m",
        "s", "S", "d", "de", "des", "du", "me", "Me", "mm", "MM", "mme", "Mmes", "mlle", "Mlle",
        "dr", "Dr", "no", "No", "art", "Art", "st", "ste", "Ste", "sa", "st-", "le", "la", "Le",
        "gOuvernement", "cOMMUNE", "MaIrie", "0", "1", "2", "9", "10", "2023", "1 234", "2O23",
        "l2", "1er", "2e", "3eme", "1O", "S0US", " ", " ", " ", " ", "  ", "\n", "\n", "\t", "\r",
        "\f", "-", "-", "--", "'", "'", "\xe2\x80\x99", "\xe2\x80\x98", "\xc3\xa9", "\xc3\x89",
        "\xc3\xa0", "\xc3\x80", "\xc2\xb0", "\xc2\xaa", "\xc2\xab", "\xc2\xbb", "\xc5\x93",
        "\xe2\x82\xac", "\xe2\x80\x93", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "|", "~",
        "^", "_", "{", "}", "\\", "*", "#", "@", "<", ">", "=", "$", "%", "&", "+", "/", "\"", "`",
        "\x01", "\x0b", "\x1f", "\x7f", "\xc2\xa2", "\xc2\xae", "\xe2\x80\x9a", "\xe4\xb8\x80",
        "\xf0\x9f\x98\x80", "\xc4\x9b", "\xc3\x97", "\xc3\xb7", "\xc5\x92", "m\xc3\xa9",
        "M\xc3\xa9", "\xc3\xa0r", "\xc3\x84", "\xc3\x9f", "-\xc3\xa9", "\xc3\xa9-", "\xc3\x89tat",
        "\xc3\xa9t\xc3\xa9", "\xd0\x96", "\xc2\xb5", "m\xc2\xba", "qu", "jusqu", "lorsqu",
        "puisqu", "Qu", "L.", "R. ", "D.1617-19", "A.", "n\xc2\xb0", "N\xc2\xb0", "no.", "M.",
        "MM.", "\xc3", "__", "____", "**", "***", "==", "~~~~", "||||", "##",
    };
    const size_t np = sizeof pieces / sizeof pieces[0];
    /* an engine for its avx2: the SSE2 loops, and the AVX2 ones when
       the CPU has them, each against the reference */
    extract_engine *e = NULL;
    assert_int_equal(extract_engine_new(NULL, &e), EXTRACT_OK);
    const bool avx2 = e->avx2;
    uint32_t rnd = 12345;
#define RND() (rnd ^= rnd << 13, rnd ^= rnd >> 17, rnd ^= rnd << 5, rnd)
    for (int it = 0; it < iters; it++) {
        char buf[8192];
        size_t len = 0, npieces = RND() % maxp;
        /* long texts: mostly words of prose, so that the runs of
           words block64() takes go on for many bytes */
        static const char *const prose[] = {
            "conseil ", "municipal ", "d\xc3\xa9lib\xc3\xa9r\xc3\xa9 ", "l'", "a ", "Le ",
            "\xc3\xa0 ", "pr\xc3\xa9sents, ", "r\xc3\xa9gion ", "Saint-Denis ", "et ", "DU ",
            "l'\xc3\xa9t\xc3\xa9 ", "qu'", "\n", "; ", "communaut\xc3\xa9 ", "x ",
        };
        for (size_t i = 0; i < npieces; i++) {
            const char *pc = maxspan && RND() % 4 ? prose[RND() % (sizeof prose / sizeof prose[0])]
                                                  : pieces[RND() % np];
            size_t l = strlen(pc);
            if (len + l + 1 > sizeof buf)
                break;
            memcpy(buf + len, pc, l);
            len += l;
        }
        buf[len] = '\0';
        ex_line lines[8192];
        size_t nl = 0, st = 0;
        for (size_t i = 0; i <= len; i++) {
            if (i == len || buf[i] == '\n') {
                memset(&lines[nl], 0, sizeof lines[nl]);
                lines[nl].start = st;
                lines[nl].end = i;
                lines[nl].next = i < len ? i + 1 : len;
                lines[nl].flags = RND() % 5 == 0 ? EX_LINE_FURNITURE : 0;
                nl++;
                st = i + 1;
            }
        }
        /* small documents, so that one token more or less shows (at
           most maxspan bytes each when maxspan is not 0: the documents
           of a long text, one after the other, gaps between them) */
        ex_document docs[64];
        memset(docs, 0, sizeof docs);
        size_t nd = maxspan ? 1 + RND() % 64 : 1 + RND() % 8, at = 0;
        for (size_t k = 0; k < nd; k++) {
            size_t room = len - at, s0, s1;
            if (maxspan) {
                s0 = at + RND() % ((room < maxspan / 4 ? room : maxspan / 4) + 1);
                s1 = s0 + RND() % ((len - s0 < maxspan ? len - s0 : maxspan) + 1);
            } else {
                s0 = at + RND() % (room + 1);
                s1 = s0 + RND() % (len - s0 + 1);
            }
            docs[k].span.start = s0;
            docs[k].span.end = s1;
            at = s1;
        }
        ex_call c;
        memset(&c, 0, sizeof c);
        c.eng = e;
        c.text.s = buf;
        c.text.len = len;
        c.text.lines = lines;
        c.text.nlines = nl;
        c.docs.v = docs;
        c.docs.n = nd;
        ref_ocr_quality(&c);
        double want_q[64];
        for (size_t k = 0; k < nd; k++)
            want_q[k] = docs[k].ocr_quality;
        for (int pass = 0; pass < 1 + avx2; pass++) {
            e->avx2 = pass == 1;
            for (size_t k = 0; k < nd; k++)
                docs[k].ocr_quality = -1.0;
            assert_true(ex_ocr_quality(&c));
            for (size_t k = 0; k < nd; k++) {
                if (docs[k].ocr_quality != want_q[k])
                    fail_msg("text %d doc %zu (%s): %.2f, want %.2f: [%s]", it, k, pass ? "AVX2" : "SSE2",
                             docs[k].ocr_quality, want_q[k], buf);
            }
        }
    }
#undef RND
    extract_engine_free(e);
}

static void test_ocr_estimate(void **state)
{
    (void)state;
    ocr_estimate_runs(3000, 120, 0);
}

/* texts of many 64-byte chunks (the word runs' byte classes are kept
   per chunk between calls): the same estimate as the reference */
static void test_ocr_estimate_long(void **state)
{
    (void)state;
    ocr_estimate_runs(1000, 2400, 160);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_elisions),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_punct),
        cmocka_unit_test(test_number_sign),
        cmocka_unit_test(test_ocr_estimate),
        cmocka_unit_test(test_ocr_estimate_long),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
