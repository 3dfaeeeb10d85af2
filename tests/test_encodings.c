/* test_encodings.c - the same document as UTF-8, Windows-1252 and UTF-16LE
   (with BOM) gives the same tokens, and every token's span points at that
   token's bytes in its own encoding (corpus/cd62-cp-2022-418.txt). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct buf { unsigned char *s; size_t n; } buf;

static const uint32_t cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0
};

static size_t decode_utf8(const unsigned char *u, size_t n, uint32_t *cp)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char b = u[i];
        uint32_t v;
        size_t l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        v = l == 1 ? b : l == 2 ? (b & 0x1Fu) : l == 3 ? (b & 0x0Fu) : (b & 0x07u);
        for (size_t j = 1; j < l; j++)
            v = v << 6 | (u[i + j] & 0x3Fu);
        cp[k++] = v;
        i += l;
    }
    return k;
}

static int to_cp1252(uint32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return (int)c;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == c)
            return 0x80 + i;
    return -1;
}

static buf read_corpus(void)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/cd62-cp-2022-418.txt", top ? top : ".");
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    buf b = {malloc(1 << 20), 0};
    b.n = fread(b.s, 1, 1 << 20, f);
    fclose(f);
    assert_true(b.n > 1000);
    return b;
}

/* parse one dump line: start, end, kind+text (pointer into the line) */
static bool next_line(char **p, size_t *a, size_t *b, char **rest, size_t *restlen)
{
    if (!**p)
        return false;
    char *nl = strchr(*p, '\n');
    *a = strtoul(*p, p, 10);
    *b = strtoul(*p + 1, p, 10);
    *rest = *p + 1;
    *restlen = (size_t)(nl - *rest);
    *p = nl + 1;
    return true;
}

static void test_three_encodings(void **state)
{
    buf u8 = read_corpus();
    uint32_t *cp = malloc(u8.n * sizeof *cp);
    size_t ncp = decode_utf8(u8.s, u8.n, cp);
    /* the one character of the file Windows-1252 lacks (U+2192) becomes '>'
       in all three copies */
    buf w = {malloc(ncp), 0}, u16 = {malloc(2 * ncp + 2), 0}, src8 = {malloc(u8.n), 0};
    u16.s[u16.n++] = 0xFF;
    u16.s[u16.n++] = 0xFE;
    for (size_t i = 0; i < ncp; i++) {
        uint32_t c = cp[i] == 0x2192 ? '>' : cp[i];
        int x = to_cp1252(c);
        assert_true(x >= 0);
        w.s[w.n++] = (unsigned char)x;
        assert_true(c < 0x10000);
        u16.s[u16.n++] = (unsigned char)(c & 0xFF);
        u16.s[u16.n++] = (unsigned char)(c >> 8);
        if (c < 0x80) {
            src8.s[src8.n++] = (unsigned char)c;
        } else if (c < 0x800) {
            src8.s[src8.n++] = (unsigned char)(0xC0 | c >> 6);
            src8.s[src8.n++] = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            src8.s[src8.n++] = (unsigned char)(0xE0 | c >> 12);
            src8.s[src8.n++] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
            src8.s[src8.n++] = (unsigned char)(0x80 | (c & 0x3F));
        }
    }
    buf srcs[3] = {src8, w, u16};
    char *dumps[3];
    for (int k = 0; k < 3; k++)
        assert_int_equal(extract_dump(*state, srcs[k].s, srcs[k].n, EXTRACT_DUMP_TOKENS,
                                      &dumps[k], NULL), EXTRACT_OK);
    char *p[3] = {dumps[0], dumps[1], dumps[2]};
    size_t ntok = 0;
    for (;;) {
        size_t a[3], b[3], rl[3];
        char *rest[3];
        bool more = next_line(&p[0], &a[0], &b[0], &rest[0], &rl[0]);
        for (int k = 1; k < 3; k++)
            assert_int_equal(next_line(&p[k], &a[k], &b[k], &rest[k], &rl[k]), more);
        if (!more)
            break;
        ntok++;
        /* same kind and text */
        for (int k = 1; k < 3; k++) {
            assert_int_equal(rl[k], rl[0]);
            assert_memory_equal(rest[k], rest[0], rl[0]);
        }
        /* the token's code points, from each encoding's own bytes */
        uint32_t want[256], got[256];
        assert_true(b[0] - a[0] < 256);
        size_t nw = decode_utf8(src8.s + a[0], b[0] - a[0], want);
        assert_int_equal(b[1] - a[1], nw);
        assert_int_equal(b[2] - a[2], 2 * nw);
        for (size_t i = 0; i < nw; i++) {
            got[i] = w.s[a[1] + i] >= 0x80 && w.s[a[1] + i] < 0xA0
                         ? cp1252_high[w.s[a[1] + i] - 0x80] : w.s[a[1] + i];
            assert_int_equal(got[i], want[i]);
            got[i] = (uint32_t)(u16.s[a[2] + 2 * i] | u16.s[a[2] + 2 * i + 1] << 8);
            assert_int_equal(got[i], want[i]);
        }
    }
    assert_true(ntok > 5000);
    for (int k = 0; k < 3; k++)
        extract_free(dumps[k]);
    free(cp);
    free(w.s);
    free(u16.s);
    free(src8.s);
    free(u8.s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_encodings),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
