/*
 * json.c - render: documents -> the contract's JSON text.
 *
 * The only place where view offsets become source byte offsets
 * (ex_src_off): every "span" of the output is made by span_arr() below.
 * Every key of the contract is always present (null or [] when absent).
 *
 * The JSON is written straight from the C structs into one growing
 * buffer, in the layout the caller asks for: compact (json-c's
 * JSON_C_TO_STRING_PLAIN layout, '/' not escaped) or pretty (exactly as
 * json-c's JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED: the writer
 * puts the newlines, indentation and ": " itself).  The result keeps the
 * document model and renders on request (engine.c), so neither layout is
 * made from the other.  ex_json_tree() parses the compact text into a
 * json-c tree only when a caller asks for one (extract_result_tree()).
 * This is the only file that includes json-c.
 */
#include "internal.h"

#include <json-c/json.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct jw {
    const ex_text *t;
    ex_buf b;           /* malloc memory; always room for the NUL after len */
    bool fail;
    bool pretty;        /* json-c's PRETTY|SPACED layout, else PLAIN */
    int depth;
    bool had[64];       /* per open container: a member was written */
} jw;

#define JW_INLINE static inline __attribute__((always_inline))

/* make room for n more bytes and the NUL (false, and w->fail, when out
   of memory: the writer goes on without writing, the text is dropped) */
static __attribute__((noinline)) bool grow(jw *w, size_t n)
{
    if (w->fail)
        return false;
    if (n > SIZE_MAX / 2 - w->b.len) {
        w->fail = true;
        return false;
    }
    size_t need = w->b.len + n + 1, cap = w->b.cap;
    while (cap < need)
        cap = cap > SIZE_MAX / 4 ? need : 2 * cap;
    char *p = realloc(w->b.s, cap);
    if (!p) {
        w->fail = true;
        return false;
    }
    w->b.s = p;
    w->b.cap = cap;
    return true;
}

/* the NUL is written once, at the end (ex_render()) */
JW_INLINE void raw(jw *w, const char *s, size_t n)
{
    if (n >= w->b.cap - w->b.len && !grow(w, n))
        return;
    memcpy(w->b.s + w->b.len, s, n);
    w->b.len += n;
}

#define LIT(w, s) raw((w), (s), sizeof(s) - 1)

JW_INLINE void ch(jw *w, char c)
{
    if (w->b.cap - w->b.len <= 1 && !grow(w, 1))
        return;
    w->b.s[w->b.len++] = c;
}

/* pretty: a newline and two blanks per open container (at most 63) */
static const char indent_[] = "\n"
    "                                                                "
    "                                                                ";

/* the newline and k - 1 blanks of an indent at o, in whole 16-byte
   copies (the caller has room for the excess, overwritten next): the end */
JW_INLINE char *put_indent(char *o, size_t k)
{
    memcpy(o, indent_, 16);
    for (size_t i = 16; i < k; i += 16)
        memcpy(o + i, indent_ + 1, 16);
    return o + k;
}

JW_INLINE void newline(jw *w)
{
    size_t k = 1 + 2 * (size_t)w->depth;
    if (k + 32 < w->b.cap - w->b.len) {
        /* whole 16-byte copies (the excess is overwritten next) */
        put_indent(w->b.s + w->b.len, k);
        w->b.len += k;
    } else {
        raw(w, indent_, k);
    }
}

/* k blanks at o in whole 16-byte copies (room for the excess) */
JW_INLINE char *blanks(char *o, size_t k)
{
    for (size_t i = 0; i < k; i += 16)
        memcpy(o + i, indent_ + 1, 16);
    return o + k;
}

/* a comma before every member but the first of the open container;
   pretty: every member on a line of its own.  With room for it (most
   times), written through a local cursor: stores through the buffer
   pointer make the compiler read the writer's fields again after each
   of them, a local cursor does not; the indentation in 16-byte copies,
   the excess overwritten next */
static __attribute__((noinline)) void sep_slow(jw *w)
{
    if (w->had[w->depth])
        ch(w, ',');
    w->had[w->depth] = true;
    if (w->pretty)
        newline(w);
}

JW_INLINE void sep(jw *w)
{
    size_t k = 1 + 2 * (size_t)w->depth;
    if (k + 33 >= w->b.cap - w->b.len) {
        sep_slow(w);
        return;
    }
    char *o = w->b.s + w->b.len;
    bool *had = &w->had[w->depth];
    if (*had)
        *o++ = ',';
    *had = true;
    if (w->pretty) {
        o = put_indent(o, k);
    }
    w->b.len = (size_t)(o - w->b.s);
}

JW_INLINE void open_(jw *w, char c)
{
    if (w->depth + 1 >= (int)(sizeof w->had / sizeof w->had[0])) {
        ch(w, c);
        w->fail = true;
        return;
    }
    w->had[++w->depth] = false;
    ch(w, c);
}

/* pretty: the closing bracket on a line of its own, even that of an
   empty container */
JW_INLINE void close_(jw *w, char c)
{
    if (w->depth > 0)
        w->depth--;
    size_t k = 1 + 2 * (size_t)w->depth;
    if (k + 33 >= w->b.cap - w->b.len) {
        if (w->pretty)
            newline(w);
        ch(w, c);
        return;
    }
    char *o = w->b.s + w->b.len;
    if (w->pretty) {
        o = put_indent(o, k);
    }
    *o++ = c;
    w->b.len = (size_t)(o - w->b.s);
}

/* "key": keys are plain ASCII identifiers, nothing to escape.  sep()
   and the literal lit of n bytes (the quoted key, its colon and a
   blank, less the blank when compact) in one go, as sep() does */
JW_INLINE void key_(jw *w, const char *lit, size_t n)
{
    size_t k = 1 + 2 * (size_t)w->depth;
    if (k + n + 33 >= w->b.cap - w->b.len) {
        sep_slow(w);
        raw(w, lit, w->pretty ? n : n - 1);
        return;
    }
    char *o = w->b.s + w->b.len;
    bool *had = &w->had[w->depth];
    if (*had)
        *o++ = ',';
    *had = true;
    if (w->pretty) {
        o = put_indent(o, k);
        memcpy(o, lit, n);
        o += n;
    } else {
        memcpy(o, lit, n);
        o += n - 1;
    }
    w->b.len = (size_t)(o - w->b.s);
}

#define key(w, k) key_((w), "\"" k "\": ", sizeof("\"" k "\": ") - 1)

#define obj(w) open_((w), '{')
#define obj_end(w) close_((w), '}')
#define arr(w) open_((w), '[')
#define arr_end(w) close_((w), ']')
#define elem(w) sep(w)

/* bytes that end a clean run of a string: controls, " and \\ */
static const unsigned char stop[256] = {
    [0x00 ... 0x1F] = 1, ['"'] = 1, ['\\'] = 1,
};

#ifdef EX_SIMD
/* the stop[] bytes of x (controls, " and \\) as a 16-bit mask */
JW_INLINE unsigned stops16(__m128i x)
{
    const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    const __m128i c1f = _mm_set1_epi8(0x1f);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)),
        _mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x)));
}
#endif

/* the first byte of [p, end) that ends a clean run, or end; s <= p is
   the string's start (every load stays inside [s, end)) */
JW_INLINE const unsigned char *clean_end(const unsigned char *s, const unsigned char *p,
                                         const unsigned char *end)
{
#ifdef EX_SIMD
    if (end - s >= 16) {
        for (; end - p >= 16; p += 16) {
            unsigned m = stops16(_mm_loadu_si128((const __m128i *)(const void *)p));
            if (m)
                return p + __builtin_ctz(m);
        }
        if (p < end) {
            /* the last 16 bytes of the string, those before p left out */
            const unsigned char *b = end - 16;
            unsigned m = stops16(_mm_loadu_si128((const __m128i *)(const void *)b)) >> (p - b);
            return m ? p + __builtin_ctz(m) : end;
        }
        return p;
    }
#else
    (void)s;
#endif
    while (end - p >= 4 && !stop[p[0]] && !stop[p[1]] && !stop[p[2]] && !stop[p[3]])
        p += 4;
    while (p < end && !stop[*p])
        p++;
    return p;
}

/* the escape of c (a byte of stop[] but NUL) at o; returns its length */
JW_INLINE size_t escape(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    o[0] = '\\';
    switch (c) {
    case '"': o[1] = '"'; return 2;
    case '\\': o[1] = '\\'; return 2;
    case '\b': o[1] = 'b'; return 2;
    case '\f': o[1] = 'f'; return 2;
    case '\n': o[1] = 'n'; return 2;
    case '\r': o[1] = 'r'; return 2;
    case '\t': o[1] = 't'; return 2;
    default:
        o[1] = 'u';
        o[2] = '0';
        o[3] = '0';
        o[4] = hex[c >> 4];
        o[5] = hex[c & 15];
        return 6;
    }
}

/* 8 bytes as a word (any alignment) */
JW_INLINE uint64_t word8(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* nonzero when one of the 8 bytes of x is a stop[] byte (below 0x20, "
   or \\): the classic tests for a zero byte and a byte below 0x20, both
   exact about whether there is one */
JW_INLINE uint64_t stops8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b)) & high;
}

/* a JSON string as json-c escapes it: " \ and \b \f \n \r \t by name,
   other bytes below 0x20 as \u00xx, everything else (0x7f, UTF-8) as is */
static void str(jw *w, const char *s)
{
    if (!s) {
        LIT(w, "null");
        return;
    }
    size_t n = strlen(s);
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    /* room for the quotes and the bytes as they are (most strings): the
       escapes' extra bytes are checked as they come */
    if (n + 2 >= w->b.cap - w->b.len && !grow(w, n + 2))
        return;
    char *o = w->b.s + w->b.len;
    if (n >= 8 && n < 16) {
        /* a short string (names, kinds, numbers): tested and copied as
           two words that overlap, no call; the first word alone for the
           byte to escape */
        uint64_t x0 = word8(p), x1 = word8(end - 8);
        if (!(stops8(x0) | stops8(x1))) {
            o[0] = '"';
            memcpy(o + 1, &x0, 8);
            memcpy(o + 1 + n - 8, &x1, 8);
            o[n + 1] = '"';
            w->b.len += n + 2;
            return;
        }
    } else if (n >= 4 && n < 8) {
        /* the same with two 4-byte words */
        uint32_t x0, x1;
        memcpy(&x0, p, 4);
        memcpy(&x1, end - 4, 4);
        if (!stops8((uint64_t)x0 << 32 | x1)) {
            o[0] = '"';
            memcpy(o + 1, &x0, 4);
            memcpy(o + 1 + n - 4, &x1, 4);
            o[n + 1] = '"';
            w->b.len += n + 2;
            return;
        }
    } else if (n < 4) {
        size_t i = 0;
        o[0] = '"';
        while (i < n && !stop[p[i]]) {
            o[1 + i] = (char)p[i];
            i++;
        }
        if (i == n) {
            o[n + 1] = '"';
            w->b.len += n + 2;
            return;
        }
    }
#ifdef EX_SIMD
    else if (n < 32 && w->b.cap - w->b.len > 34) {
        /* 16 to 31 bytes: two 16-byte blocks that overlap */
        __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(end - 16));
        if (!(stops16(x0) | stops16(x1))) {
            o[0] = '"';
            _mm_storeu_si128((__m128i *)(void *)(o + 1), x0);
            _mm_storeu_si128((__m128i *)(void *)(o + 1 + n - 16), x1);
            o[n + 1] = '"';
            w->b.len += n + 2;
            return;
        }
    }
#endif
    w->b.s[w->b.len++] = '"';
    for (;;) {
        const unsigned char *q = clean_end((const unsigned char *)s, p, end);
        if (q > p)
            raw(w, (const char *)p, (size_t)(q - p));
        if (q == end)
            break;
        char e[6];
        raw(w, e, escape(e, *q));
        p = q + 1;
    }
    ch(w, '"');
}

/* the decimal digits of u written backwards, ending at end; returns
   where they start (two digits a step) */
JW_INLINE char *dec(char *end, uint64_t u)
{
    static const char d2[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char *p = end;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        p -= 2;
        memcpy(p, d2 + 2 * r, 2);
    }
    if (u >= 10) {
        p -= 2;
        memcpy(p, d2 + 2 * u, 2);
    } else {
        *--p = (char)('0' + u);
    }
    return p;
}

static void int64(jw *w, int64_t v)
{
    /* the digits end at b + 24 (at most 20 and a sign: they start at
       b + 3 or after); with room for 24 bytes in the buffer they go in
       two copies of a fixed size from their start (the excess is
       overwritten next), else in one raw() */
    char b[48];
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = dec(b + 24, u);
    if (v < 0)
        *--p = '-';
    size_t n = (size_t)(b + 24 - p);
    if (w->b.cap - w->b.len > 24) {
        char *o = w->b.s + w->b.len;
        memcpy(o, p, 16);
        memcpy(o + 16, p + 16, 8);
        w->b.len += n;
    } else {
        raw(w, p, n);
    }
}

static void num(jw *w, long v)
{
    if (v == EX_NULLNUM)
        LIT(w, "null");
    else
        int64(w, v);
}

static void boolean(jw *w, bool v)
{
    if (v)
        LIT(w, "true");
    else
        LIT(w, "false");
}

static void date_str(jw *w, ex_date_val d)
{
    if (!d.y) {
        LIT(w, "null");
        return;
    }
    if (d.y > 0 && d.y <= 9999 && d.m >= 0 && d.m <= 99 && d.d >= 0 && d.d <= 99) {
        /* "YYYY-MM-DD" as the format below writes it, without printf */
        char b[12] = {'"',
                      (char)('0' + d.y / 1000), (char)('0' + d.y / 100 % 10),
                      (char)('0' + d.y / 10 % 10), (char)('0' + d.y % 10), '-',
                      (char)('0' + d.m / 10), (char)('0' + d.m % 10), '-',
                      (char)('0' + d.d / 10), (char)('0' + d.d % 10), '"'};
        raw(w, b, sizeof b);
        return;
    }
    /* the same 16-byte buffer as ever (a value never longer) */
    char b[16];
    snprintf(b, sizeof b, "%04d-%02d-%02d", d.y, d.m, d.d);
    str(w, b);
}

static void span_arr(jw *w, ex_span sp)
{
    size_t s0, s1;
    ex_src_span(w->t, sp.start, sp.end, &s0, &s1);
    if (s1 < s0)
        s1 = s0;
    if (!w->pretty) {
        /* "[s0,s1]" in one copy */
        char b[48], *p = b + sizeof b;
        *--p = ']';
        p = dec(p, (uint64_t)(int64_t)s1);
        *--p = ',';
        p = dec(p, (uint64_t)(int64_t)s0);
        *--p = '[';
        raw(w, p, (size_t)(b + sizeof b - p));
        return;
    }
    /* pretty: "[", each number on a line indented one step more than
       the array, "]" on a line of its own, written straight into the
       buffer when it has room (what arr(), elem(), int64() and
       arr_end() write; had[] of the array is never read again): blanks
       and digits in copies of a fixed size, the excess overwritten next */
    size_t k = 2 * (size_t)w->depth + 2;
    if (w->depth + 2 < (int)(sizeof w->had / sizeof w->had[0]) && !w->fail
        && w->b.cap - w->b.len > 3 * k + 112) {
        char b0[48], b1[48];
        char *p0 = dec(b0 + 24, (uint64_t)(int64_t)s0), *p1 = dec(b1 + 24, (uint64_t)(int64_t)s1);
        char *o = w->b.s + w->b.len;
        *o++ = '[';
        *o++ = '\n';
        o = blanks(o, k);
        memcpy(o, p0, 16);
        memcpy(o + 16, p0 + 16, 8);
        o += b0 + 24 - p0;
        *o++ = ',';
        *o++ = '\n';
        o = blanks(o, k);
        memcpy(o, p1, 16);
        memcpy(o + 16, p1 + 16, 8);
        o += b1 + 24 - p1;
        *o++ = '\n';
        o = blanks(o, k - 2);
        *o++ = ']';
        w->b.len = (size_t)(o - w->b.s);
        return;
    }
    arr(w);
    elem(w);
    int64(w, (int64_t)s0);
    elem(w);
    int64(w, (int64_t)s1);
    arr_end(w);
}

/* "text": text, "span": [s0, s1] of an element */
static void text_span(jw *w, const char *text, ex_span sp)
{
    key(w, "text");
    str(w, text);
    key(w, "span");
    span_arr(w, sp);
}

static void person(jw *w, const ex_person *p)
{
    if (!p) {
        LIT(w, "null");
        return;
    }
    obj(w);
    key(w, "civility"); str(w, p->civility);
    key(w, "given"); str(w, p->given);
    key(w, "family"); str(w, p->family);
    text_span(w, p->text, p->span);
    if (p->role) {
        key(w, "role"); str(w, p->role);
    }
    if (p->note) {
        key(w, "note"); str(w, p->note);
    }
    if (p->substitute_for) {
        key(w, "substitute_for"); str(w, p->substitute_for);
    }
    obj_end(w);
}

static void persons(jw *w, const ex_person *v, size_t n)
{
    arr(w);
    for (size_t i = 0; i < n; i++) {
        elem(w);
        person(w, &v[i]);
    }
    arr_end(w);
}

static void clauses(jw *w, const ex_clause *v, size_t n)
{
    arr(w);
    for (size_t i = 0; i < n; i++) {
        elem(w);
        obj(w);
        text_span(w, v[i].text, v[i].span);
        obj_end(w);
    }
    arr_end(w);
}

static void articles(jw *w, const ex_article *v, size_t n)
{
    arr(w);
    for (size_t i = 0; i < n; i++) {
        elem(w);
        obj(w);
        key(w, "number"); str(w, v[i].number);
        key(w, "heading"); str(w, v[i].heading);
        text_span(w, v[i].text, v[i].span);
        obj_end(w);
    }
    arr_end(w);
}

static void strings(jw *w, const ex_str_vec *v)
{
    arr(w);
    for (size_t i = 0; i < v->n; i++) {
        elem(w);
        str(w, v->v[i]);
    }
    arr_end(w);
}

static void votes(jw *w, const ex_vote *v, size_t n)
{
    arr(w);
    for (size_t i = 0; i < n; i++) {
        elem(w);
        obj(w);
        key(w, "for"); num(w, v[i].for_);
        key(w, "against"); num(w, v[i].against);
        key(w, "abstention"); num(w, v[i].abstention);
        key(w, "not_voting"); num(w, v[i].not_voting);
        key(w, "absent_without_proxy"); num(w, v[i].absent_without_proxy);
        key(w, "unanimous"); boolean(w, v[i].unanimous);
        key(w, "for_groups"); strings(w, &v[i].for_groups);
        key(w, "result");
        str(w, v[i].result == EX_ADOPTED ? "adopted" : v[i].result == EX_REJECTED ? "rejected" : NULL);
        key(w, "span"); span_arr(w, v[i].span);
        /* extra keys (votes.c) */
        key(w, "against_groups");
        arr(w);
        for (size_t k = 0; k < v[i].against_groups.n; k++) {
            elem(w);
            str(w, v[i].against_groups.v[k]);
        }
        arr_end(w);
        key(w, "abstention_groups");
        arr(w);
        for (size_t k = 0; k < v[i].abstention_groups.n; k++) {
            elem(w);
            str(w, v[i].abstention_groups.v[k]);
        }
        arr_end(w);
        key(w, "not_voting_persons");
        persons(w, v[i].not_voting_persons.v, v[i].not_voting_persons.n);
        key(w, "blank_or_void"); num(w, v[i].blank_or_void);
        obj_end(w);
    }
    arr_end(w);
}

/* a JSON number printed exactly with at most 2 decimals */
static void money(jw *w, int64_t cents)
{
    if (cents != INT64_MIN) {
        /* as the formats below print it, without printf */
        uint64_t u = cents < 0 ? (uint64_t)-cents : (uint64_t)cents;
        if (cents < 0)
            ch(w, '-');
        int64(w, (int64_t)(u / 100));
        unsigned r = (unsigned)(u % 100);
        if (r) {
            char b[3] = {'.', (char)('0' + r / 10), (char)('0' + r % 10)};
            raw(w, b, r % 10 ? 3 : 2);
        }
        return;
    }
    char b[32];
    int64_t u = cents < 0 ? -cents : cents;
    int n;
    if (u % 100 == 0)
        n = snprintf(b, sizeof b, "%s%lld", cents < 0 ? "-" : "", (long long)(u / 100));
    else if (u % 10 == 0)
        n = snprintf(b, sizeof b, "%s%lld.%lld", cents < 0 ? "-" : "", (long long)(u / 100),
                     (long long)(u % 100 / 10));
    else
        n = snprintf(b, sizeof b, "%s%lld.%02lld", cents < 0 ? "-" : "", (long long)(u / 100),
                     (long long)(u % 100));
    if (n < 0 || (size_t)n >= sizeof b)
        w->fail = true;
    else
        raw(w, b, (size_t)n);
}

/* v >= 0 as "%.2f" prints it; without printf when v is a whole number
   of hundredths (ocr.c rounds it so), the digits of that number */
static void hundredths(jw *w, double v)
{
    double x = v * 100.0;
    if (x < 1e15) {
        uint64_t k = (uint64_t)(x + 0.5);
        double e = x - (double)k;
        if (e > -1e-6 && e < 1e-6) {
            int64(w, (int64_t)(k / 100));
            unsigned r = (unsigned)(k % 100);
            char b[3] = {'.', (char)('0' + r / 10), (char)('0' + r % 10)};
            raw(w, b, 3);
            return;
        }
    }
    char b[32];
    int n = snprintf(b, sizeof b, "%.2f", v);
    if (n < 0 || (size_t)n >= sizeof b)
        w->fail = true;
    else
        raw(w, b, (size_t)n);
}

static const char *doc_type_name(ex_doc_type t)
{
    switch (t) {
    case EX_DOC_DELIBERATION: return "deliberation";
    case EX_DOC_ARRETE: return "arrete";
    case EX_DOC_CONVENTION: return "convention";
    case EX_DOC_RAPPORT: return "rapport";
    case EX_DOC_PROCES_VERBAL: return "proces_verbal";
    case EX_DOC_OTHER: break;
    }
    return "other";
}

static void document(jw *w, const ex_document *d)
{
    obj(w);
    key(w, "type"); str(w, doc_type_name(d->type));
    key(w, "span"); span_arr(w, d->span);

    key(w, "issuer");
    obj(w);
    key(w, "collectivity"); str(w, d->collectivity);
    key(w, "body"); str(w, d->body);
    obj_end(w);
    key(w, "number"); str(w, d->number);
    key(w, "title"); str(w, d->title);

    key(w, "session");
    obj(w);
    key(w, "date"); date_str(w, d->session_date);
    key(w, "place"); str(w, d->session_place);
    key(w, "convened_on"); date_str(w, d->convened_on);
    key(w, "president"); person(w, d->president);
    key(w, "secretary"); person(w, d->secretary);
    obj_end(w);

    const ex_attendance *at = &d->att;
    key(w, "attendance");
    obj(w);
    key(w, "present"); persons(w, at->present.v, at->present.n);
    key(w, "excused"); persons(w, at->excused.v, at->excused.n);
    key(w, "absent"); persons(w, at->absent.v, at->absent.n);
    key(w, "proxies");
    arr(w);
    for (size_t i = 0; i < at->proxies.n; i++) {
        elem(w);
        obj(w);
        key(w, "from"); person(w, &at->proxies.v[i].from);
        key(w, "to"); person(w, &at->proxies.v[i].to);
        key(w, "span"); span_arr(w, at->proxies.v[i].span);
        obj_end(w);
    }
    arr_end(w);
    key(w, "advisory_present"); persons(w, at->advisory_present.v, at->advisory_present.n);
    key(w, "advisory_excused"); persons(w, at->advisory_excused.v, at->advisory_excused.n);
    key(w, "counts");
    obj(w);
    key(w, "in_office"); num(w, at->in_office);
    key(w, "present"); num(w, at->present_count);
    key(w, "represented"); num(w, at->represented);
    key(w, "voting"); num(w, at->voting);
    key(w, "quorum"); num(w, at->quorum);   /* extra key (attendance.c) */
    obj_end(w);
    obj_end(w);

    key(w, "visas"); clauses(w, d->visas.v, d->visas.n);
    key(w, "considerants"); clauses(w, d->considerants.v, d->considerants.n);
    key(w, "decision");
    obj(w);
    key(w, "verb"); str(w, d->decision_verb);
    key(w, "span");
    if (d->decision_verb)
        span_arr(w, d->decision_span);
    else
        LIT(w, "null");
    obj_end(w);
    key(w, "articles"); articles(w, d->articles.v, d->articles.n);
    key(w, "votes"); votes(w, d->votes.v, d->votes.n);

    key(w, "signatures");
    arr(w);
    for (size_t i = 0; i < d->signatures.n; i++) {
        const ex_signature *s = &d->signatures.v[i];
        elem(w);
        obj(w);
        key(w, "role"); str(w, s->role);
        key(w, "name"); str(w, s->name);
        key(w, "place"); str(w, s->place);
        key(w, "date"); date_str(w, s->date);
        key(w, "span"); span_arr(w, s->span);
        obj_end(w);
    }
    arr_end(w);

    key(w, "amounts");
    arr(w);
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ex_amount *m = &d->amounts.v[i];
        elem(w);
        obj(w);
        key(w, "value"); money(w, m->cents);
        key(w, "currency"); str(w, m->currency ? m->currency : "EUR");
        text_span(w, m->text, m->span);
        key(w, "tax"); str(w, m->tax);
        obj_end(w);
    }
    arr_end(w);

    key(w, "dates");
    arr(w);
    for (size_t i = 0; i < d->dates.n; i++) {
        const ex_date *m = &d->dates.v[i];
        elem(w);
        obj(w);
        key(w, "value"); date_str(w, m->value);
        text_span(w, m->text, m->span);
        obj_end(w);
    }
    arr_end(w);

    key(w, "references");
    arr(w);
    for (size_t i = 0; i < d->references.n; i++) {
        const ex_reference *m = &d->references.v[i];
        elem(w);
        obj(w);
        key(w, "kind"); str(w, m->kind);
        key(w, "number"); str(w, m->number);
        key(w, "date"); date_str(w, m->date);
        key(w, "code"); str(w, m->code);
        key(w, "articles"); strings(w, &m->articles);
        text_span(w, m->text, m->span);
        if (m->nranges) {
            key(w, "article_ranges");
            arr(w);
            for (size_t k = 0; k < m->nranges; k++) {
                elem(w);
                arr(w);
                elem(w); str(w, m->ranges[2 * k]);
                elem(w); str(w, m->ranges[2 * k + 1]);
                arr_end(w);
            }
            arr_end(w);
        }
        obj_end(w);
    }
    arr_end(w);

    key(w, "identifiers");
    arr(w);
    for (size_t i = 0; i < d->identifiers.n; i++) {
        const ex_identifier *m = &d->identifiers.v[i];
        elem(w);
        obj(w);
        key(w, "kind"); str(w, m->kind);
        key(w, "value"); str(w, m->value);
        text_span(w, m->text, m->span);
        ex_actes_parts ap;
        if (!strcmp(m->kind, "acte") && ex_actes_split(m->value, &ap)) {
            key(w, "parts");
            obj(w);
            key(w, "department"); str(w, ap.department);
            key(w, "siren"); str(w, ap.siren);
            key(w, "date"); str(w, ap.date);
            key(w, "number"); str(w, ap.number);
            key(w, "nature"); str(w, ap.nature);
            obj_end(w);
        }
        obj_end(w);
    }
    arr_end(w);

    /* extra keys (documented in extract-json(5)) */
    if (d->transmission.present) {
        key(w, "transmission");
        obj(w);
        key(w, "sent"); date_str(w, d->transmission.sent);
        key(w, "received"); date_str(w, d->transmission.received);
        key(w, "published"); date_str(w, d->transmission.published);
        key(w, "id"); str(w, d->transmission.id);
        obj_end(w);
    }
    if (d->type == EX_DOC_PROCES_VERBAL || d->items.n) {
        key(w, "items");
        arr(w);
        for (size_t i = 0; i < d->items.n; i++) {
            const ex_item *m = &d->items.v[i];
            elem(w);
            obj(w);
            key(w, "number"); str(w, m->number);
            key(w, "title"); str(w, m->title);
            key(w, "articles"); articles(w, m->articles.v, m->articles.n);
            key(w, "votes"); votes(w, m->votes.v, m->votes.n);
            key(w, "span"); span_arr(w, m->span);
            obj_end(w);
        }
        arr_end(w);
    }
    if (d->ocr_quality >= 0) {
        key(w, "ocr_quality");
        hundredths(w, d->ocr_quality);
    }
    obj_end(w);
}

void ex_sha256_hex(const unsigned char *data, size_t len, char hex[65])
{
    struct sha256_ctx h;
    uint8_t dg[SHA256_DIGEST_SIZE];
    sha256_init(&h);
    /* nettle takes size_t lengths; feed in bounded pieces */
    for (size_t off = 0; off < len;) {
        size_t n = len - off > ((size_t)1 << 30) ? ((size_t)1 << 30) : len - off;
        sha256_update(&h, n, data + off);
        off += n;
    }
    sha256_digest(&h, sizeof dg, dg);
    static const char hexd[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof dg; i++) {
        hex[2 * i] = hexd[dg[i] >> 4];
        hex[2 * i + 1] = hexd[dg[i] & 15];
    }
    hex[2 * SHA256_DIGEST_SIZE] = '\0';
}

static void source(jw *w, const ex_source_info *src)
{
    obj(w);
    key(w, "path"); str(w, src->path);
    key(w, "size"); int64(w, (int64_t)src->size);
    key(w, "encoding"); str(w, ex_encoding_name(w->t->encoding));
    key(w, "sha256"); str(w, src->sha256);
    obj_end(w);
}

/* the elements of a document that are written with a span (a person,
   a clause, an article, a vote, an amount...: an object of a few keys) */
static size_t elements(const ex_document *d)
{
    const ex_attendance *at = &d->att;
    size_t n = 1 + (d->president != NULL) + (d->secretary != NULL);
    n += at->present.n + at->excused.n + at->absent.n + 3 * at->proxies.n
         + at->advisory_present.n + at->advisory_excused.n;
    n += d->visas.n + d->considerants.n + d->articles.n + d->signatures.n + d->amounts.n
         + d->dates.n + d->references.n + d->identifiers.n;
    for (size_t i = 0; i < d->votes.n; i++)
        n += 1 + d->votes.v[i].not_voting_persons.n;
    for (size_t i = 0; i < d->items.n; i++) {
        const ex_item *m = &d->items.v[i];
        n += 1 + m->articles.n;
        for (size_t k = 0; k < m->votes.n; k++)
            n += 1 + m->votes.v[k].not_voting_persons.n;
    }
    return n;
}

/* the size to allocate for the JSON, so that the writer does not grow
   its buffer: the texts of the elements are parts of the input (len),
   each document has its keys, each element its keys, span and layout.
   Measured over corpus/ (all its sets) and 300 variants of its files:
   the JSON is 1.12x the estimate on average and at most 1.32x pretty
   (0.95x and 1.14x compact); 1.375x is allocated, the writer grows the
   buffer in the rare case it is short */
static size_t estimate(const ex_call *c, size_t len, bool pretty)
{
    size_t n = c->diags.n;
    for (size_t i = 0; i < c->docs.n; i++)
        n += elements(&c->docs.v[i]);
    if (len > SIZE_MAX / 8 || n > SIZE_MAX / 8192 || c->docs.n > SIZE_MAX / 16384)
        return 4096;    /* (the sum below stays under SIZE_MAX / 4) */
    size_t est = pretty ? len / 2 + 1500 * c->docs.n + 180 * n
                        : len / 10 * 7 + 900 * c->docs.n + 80 * n;
    return est + est / 8 * 3 + 2048;
}

char *ex_render(const ex_call *c, const ex_source_info *src, bool pretty, size_t *out_len)
{
    jw w;
    memset(&w, 0, sizeof w);
    w.t = &c->text;
    w.pretty = pretty;
    size_t guess = estimate(c, src->size, pretty);
    w.b.s = malloc(guess);
    if (!w.b.s && guess > 4096) {
        /* too much at once: from a small buffer, grown as it fills */
        guess = 4096;
        w.b.s = malloc(guess);
    }
    if (!w.b.s)
        return NULL;
    w.b.cap = guess;
    obj(&w);
    key(&w, "schema_version"); int64(&w, EXTRACT_SCHEMA_VERSION);
    key(&w, "generator"); str(&w, "libextract " EXTRACT_VERSION_STRING);
    key(&w, "source"); source(&w, src);
    key(&w, "documents");
    arr(&w);
    for (size_t i = 0; i < c->docs.n; i++) {
        elem(&w);
        document(&w, &c->docs.v[i]);
    }
    arr_end(&w);
    key(&w, "diagnostics");
    arr(&w);
    for (size_t i = 0; i < c->diags.n; i++) {
        const ex_diag *d = &c->diags.v[i];
        elem(&w);
        obj(&w);
        key(&w, "severity"); str(&w, d->severity);
        key(&w, "code"); str(&w, d->code);
        key(&w, "message"); str(&w, d->message);
        key(&w, "span");
        if (d->has_span)
            span_arr(&w, d->span);
        else
            LIT(&w, "null");
        obj_end(&w);
    }
    arr_end(&w);
    obj_end(&w);
    if (w.fail) {
        free(w.b.s);
        return NULL;
    }
    w.b.s[w.b.len] = '\0';
    if (out_len)
        *out_len = w.b.len;
    return w.b.s;
}

/* the json-c tree of compact JSON text, NULL when out of memory */
struct json_object *ex_json_tree(const char *s, size_t n)
{
    json_tokener *tok = json_tokener_new_ex(JSON_TOKENER_DEFAULT_DEPTH);
    if (!tok)
        return NULL;
    /* in pieces: json_tokener_parse_ex() takes an int length */
    json_object *o = NULL;
    size_t off = 0;
    do {
        size_t k = n - off > ((size_t)1 << 30) ? ((size_t)1 << 30) : n - off;
        o = json_tokener_parse_ex(tok, s + off, (int)k);
        off += k;
    } while (!o && off < n && json_tokener_get_error(tok) == json_tokener_continue);
    if (o && json_tokener_get_error(tok) != json_tokener_success) {
        json_object_put(o);
        o = NULL;
    }
    json_tokener_free(tok);
    return o;
}

void ex_json_tree_free(struct json_object *o)
{
    if (o)
        json_object_put(o);
}
