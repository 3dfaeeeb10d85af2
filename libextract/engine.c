/*
 * engine.c - the public API: engine lifecycle (every pattern compiled
 * once, JIT when the platform allows), one extraction call running the
 * pipeline, results, statuses, dumps.  Regex helpers shared by the
 * recognizers live here too.
 */
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef EX_AVX2
#include <cpuid.h>
#endif


#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION EXTRACT_VERSION_STRING
#endif

#define EX_DEFAULT_MAX_SIZE ((size_t)1 << 30)
#define EX_MATCH_LIMIT 1000000u
#define EX_DEPTH_LIMIT 10000u
#define EX_HEAP_LIMIT 65536u     /* KiB of backtracking frames per match */

struct extract_result {
    ex_alloc alloc;
    /* the document model: what ex_render() writes from (documents,
       diagnostics, the arena of their strings, the offset map), moved out
       of the call; the JSON is written on request in the layout asked,
       neither layout made from the other */
    ex_call call;
    ex_source_info src;       /* src.path: a copy (result allocator) */
    struct json_object *root; /* json-c tree, made on first request */
    size_t ndocs, ndiags;
    ex_encoding enc;
};

static void *std_malloc(size_t n, void *ud) { EX_UNUSED(ud); return malloc(n); }
static void *std_realloc(void *p, size_t n, void *ud) { EX_UNUSED(ud); return realloc(p, n); }
static void std_free(void *p, void *ud) { EX_UNUSED(ud); free(p); }

const char *extract_version(void)
{
    return PACKAGE_VERSION;
}

const char *extract_strerror(extract_status status)
{
    switch (status) {
    case EXTRACT_OK: return "success";
    case EXTRACT_ERR_NOMEM: return "out of memory";
    case EXTRACT_ERR_IO: return "input could not be read";
    case EXTRACT_ERR_INVALID: return "invalid argument";
    case EXTRACT_ERR_TOO_LARGE: return "input larger than the size limit";
    case EXTRACT_ERR_PATTERN: return "internal pattern failed to compile";
    case EXTRACT_ERR_ABI: return "options structure of an unknown ABI version";
    }
    return "unknown status";
}

/* ------------------------------------------------------------------ */
/* PCRE2 memory through the engine allocator */

static void *pcre_malloc(PCRE2_SIZE n, void *ud)
{
    const ex_alloc *a = ud;
    return a->malloc_fn(n ? n : 1, a->ud);
}

static void pcre_free(void *p, void *ud)
{
    const ex_alloc *a = ud;
    if (p)
        a->free_fn(p, a->ud);
}

static bool rx_compile(const extract_engine *e, const ex_pattern *tab, size_t n,
                       ex_regex *out, uint32_t opts, bool jit)
{
    /* Compiled patterns use the system allocator (e->jit_gctx), not the
       caller's: PCRE2 10.42's JIT compiler crashes when one of its
       allocations fails.  Everything per call (match data, contexts,
       text, results) goes through the caller's allocator. */
    pcre2_compile_context *cc = pcre2_compile_context_create(e->jit_gctx);
    if (!cc)
        return false;
    for (size_t i = 0; i < n; i++) {
        int err;
        PCRE2_SIZE off;
        out[i].kind = tab[i].kind;
        out[i].code = pcre2_compile((PCRE2_SPTR)tab[i].pattern, PCRE2_ZERO_TERMINATED,
                                    PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_UCP
                                        | PCRE2_USE_OFFSET_LIMIT | opts,
                                    &err, &off, cc);
        if (!out[i].code) {
            pcre2_compile_context_free(cc);
            ex_rx_free(out, i);
            return false;
        }
        /* JIT where available; without it the interpreter is used
           (EX_NO_JIT: always, to test that path) */
        out[i].jit = false;
#ifndef EX_NO_JIT
        size_t jsz = 0;
        out[i].jit = jit && pcre2_jit_compile(out[i].code, PCRE2_JIT_COMPLETE) == 0
                     && pcre2_pattern_info(out[i].code, PCRE2_INFO_JITSIZE, &jsz) == 0
                     && jsz > 0;
#endif
    }
    pcre2_compile_context_free(cc);
    return true;
}

bool ex_rx_compile(const extract_engine *e, const ex_pattern *tab, size_t n,
                   ex_regex *out)
{
    return rx_compile(e, tab, n, out, 0, true);
}

/* Anchored at compile time: the JIT runs it (PCRE2_ANCHORED given at
   match time sends a JIT-compiled pattern to the interpreter). */
bool ex_rx_compile_anchored(const extract_engine *e, const ex_pattern *tab, size_t n,
                            ex_regex *out)
{
    return rx_compile(e, tab, n, out, PCRE2_ANCHORED, true);
}

void ex_rx_free(ex_regex *rx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        pcre2_code_free(rx[i].code);
        rx[i].code = NULL;
    }
}

ex_regex *ex_rx_table_new(extract_engine *e, const ex_pattern *tab, size_t n)
{
    ex_regex *rx = ex_malloc(&e->alloc, n * sizeof *rx);
    if (!rx)
        return NULL;
    if (!ex_rx_compile(e, tab, n, rx)) {
        ex_free(&e->alloc, rx);
        return NULL;
    }
    return rx;
}

void ex_rx_table_free(extract_engine *e, ex_regex *rx, size_t n)
{
    if (!rx)
        return;
    ex_rx_free(rx, n);
    ex_free(&e->alloc, rx);
}

/* pcre2_match() of a JIT-compiled pattern with options the JIT takes
   only checks its arguments and calls pcre2_jit_match() (with
   PCRE2_NO_UTF_CHECK, the check being made first unless told not to):
   calling it here skips ~130 instructions a match.  Any other option
   (PCRE2_ANCHORED) sends pcre2_match() to the interpreter. */
#define RX_JIT_OPTS (PCRE2_NOTBOL | PCRE2_NOTEOL | PCRE2_NOTEMPTY | PCRE2_NOTEMPTY_ATSTART \
                     | PCRE2_NO_UTF_CHECK)

static inline int rx_exec(ex_call *c, const ex_regex *rx, size_t len, size_t from,
                          uint32_t opts)
{
    int rc;
    if (rx->jit && !(opts & ~RX_JIT_OPTS))
        rc = pcre2_jit_match(rx->code, (PCRE2_SPTR)c->text.s, len, from,
                             opts | PCRE2_NO_UTF_CHECK, c->md, c->mctx);
    else
        rc = pcre2_match(rx->code, (PCRE2_SPTR)c->text.s, len, from,
                         opts | PCRE2_NO_UTF_CHECK, c->md, c->mctx);
    return rc;
}

int ex_rx_exec(ex_call *c, const ex_regex *rx, size_t len, size_t from, uint32_t opts)
{
    if (len > c->text.len || from > len)
        return -1;
    int rc = rx_exec(c, rx, len, from, opts);
    if (rc == PCRE2_ERROR_NOMEMORY)
        c->oom = true;
    return rc;
}

int ex_rx_match(ex_call *c, const ex_regex *rx, size_t from, uint32_t opts)
{
    if (from > c->text.len)
        return -1;
    int rc = rx_exec(c, rx, c->text.len, from, opts);
    if (rc == PCRE2_ERROR_NOMEMORY)
        c->oom = true;   /* the interpreter's frames: not a mere no-match */
    return rc;
}

int ex_rx_search(ex_call *c, const ex_regex *rx, size_t from, size_t limit, uint32_t opts)
{
    if (from > c->text.len || from >= limit)
        return -1;
    /* the match must start before limit, but the pattern still sees the
       text after it (lookaheads, matches running past limit): the same
       result as ex_rx_match() with every match at or after limit dropped,
       without scanning the rest of the text */
    pcre2_set_offset_limit(c->mctx, limit - 1);
    int rc = rx_exec(c, rx, c->text.len, from, opts);
    pcre2_set_offset_limit(c->mctx, PCRE2_UNSET);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Label sets (see internal.h): keyword prefilter */

#define L_(c) ((uint32_t)1 << ((c) - 'a'))
#define LI_ (L_('i') | L_('l'))
static const uint32_t fold_ascii[128] = {
    ['0'] = L_('o'), ['1'] = LI_, ['|'] = LI_,
#define LL_(c, u) [c] = L_(c), [u] = L_(c)
    LL_('a', 'A'), LL_('b', 'B'), LL_('c', 'C'), LL_('d', 'D'), LL_('e', 'E'), LL_('f', 'F'),
    LL_('g', 'G'), LL_('h', 'H'), LL_('i', 'I'), LL_('j', 'J'), LL_('k', 'K'), ['l'] = LI_,
    ['L'] = LI_, LL_('m', 'M'), LL_('n', 'N'), LL_('o', 'O'), LL_('p', 'P'), LL_('q', 'Q'),
    LL_('r', 'R'), LL_('s', 'S'), LL_('t', 'T'), LL_('u', 'U'), LL_('v', 'V'), LL_('w', 'W'),
    LL_('x', 'X'), LL_('y', 'Y'), LL_('z', 'Z'),
#undef LL_
};
/* U+00C0..U+00FF: the classes of ex_fold_pattern() and their other
   cases */
static const uint32_t fold_latin1[64] = {
    L_('a'), L_('a'), L_('a'), L_('a'), L_('a'), L_('a'), 0, L_('c'),          /* C0 */
    L_('e'), L_('e'), L_('e'), L_('e'), L_('i'), L_('i'), L_('i'), L_('i'),    /* C8 */
    0, L_('n'), L_('o'), L_('o'), L_('o'), L_('o'), L_('o'), 0,                /* D0 */
    0, L_('u'), L_('u'), L_('u'), L_('u') | L_('o'), 0, 0, 0,                  /* D8: Ü also o (OCR) */
    L_('a'), L_('a'), L_('a'), L_('a'), L_('a'), L_('a'), 0, L_('c'),          /* E0 */
    L_('e'), L_('e'), L_('e'), L_('e'), L_('i'), L_('i'), L_('i'), L_('i'),    /* E8 */
    0, L_('n'), L_('o'), L_('o'), L_('o'), L_('o'), L_('o'), 0,                /* F0 */
    0, L_('u'), L_('u'), L_('u'), L_('u') | L_('o'), 0, 0, 0,                  /* F8: ü also o (OCR) */
};

uint32_t ex_fold_letters(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 128)
        return fold_ascii[cp];
    if (cp >= 0xC0 && cp <= 0xFF)
        return fold_latin1[cp - 0xC0];
    switch (cp) {
    case 0x17F: return L_('s');             /* long s: caseless s */
    case 0x1EBC: case 0x1EBD: return L_('e');  /* Ẽ ẽ */
    case 0x212A: return L_('k');            /* Kelvin sign: caseless k */
    case 0x212B: return L_('a');            /* Angstrom sign: caseless å */
    default: return 0;
    }
}
#undef L_
#undef LI_

/* The syntax of an alternative (a key of ex_fold_pattern(), before the
   fold), for facts (a) and (b) of internal.h.  For each piece of
   pattern: nk, the most ASCII letters or digits a path without a
   keyword can match (-1: every path has a keyword), and pre[k], the
   most ASCII letters or digits before the first keyword when it is k
   (-1: never first).  RXA_INF: unbounded.  What the fold does keeps
   these figures: a letter becomes a class of one character, a blank
   [\s'’‘]* and an apostrophe ['’‘`´]? match no letter or digit.
   Besides, the positions of the alternative (its Glushkov automaton:
   each leaf, a letter of a run included, one character of a set of
   symbols of ex_rxset.sym, SY_NA for any character other than ASCII),
   which positions may follow each other (rxa.fol), and the positions a
   piece's matches can start and end with (pf, pl); the first letter of
   a run's keyword is the keyword's position (rxa.pkey). */
#define RXA_INF 100000
enum { SY_DIGIT = 26, SY_BLANK, SY_CTRL, SY_NA, SY_PUNCT };
#define SYB(x) ((uint64_t)1 << (x))
#define RXA_MAXPOS 1024         /* (attendance.c: the labels behind PRE, one
                                   alternative, take more than 512) */
#define RXA_W (RXA_MAXPOS / 64)
typedef struct rxa_node {
    int nk;
    int pre[EX_RXSET_MAXKEYS];
    uint64_t first[2];          /* the ASCII bytes a match can start with */
    uint64_t kfirst[EX_RXSET_MAXKEYS][2];   /* ... a match whose first
                                               keyword is k (pre[k] >= 0) */
    uint64_t pf[RXA_W], pl[RXA_W];  /* the positions a match can start,
                                       end with */
    bool nullable;              /* matches the empty string */
} rxa_node;

typedef struct rxa {
    const char *p;
    const ex_rxset *set;
    bool bad;
    int depth;
    size_t npos;
    bool over;                  /* more than RXA_MAXPOS positions */
    uint64_t psym[RXA_MAXPOS];  /* the symbols of a position */
    int8_t pkey[RXA_MAXPOS];    /* the keyword it starts, or -1 */
    bool plet[RXA_MAXPOS];      /* a literal letter (its fold class) */
    uint64_t fol[RXA_MAXPOS][RXA_W];  /* the positions that may follow */
    uint64_t lsym[26], lfirst[26][2];   /* a letter's symbols, ASCII bytes */
} rxa;

static int rxa_add(int x, int y)
{
    if (x < 0 || y < 0)
        return -1;
    return x + y >= RXA_INF ? RXA_INF : x + y;
}

static int rxa_mul(int x, int n)
{
    if (x < 0)
        return -1;
    return n && x >= RXA_INF / n ? RXA_INF : x * n;
}

/* the bits set in m */
static unsigned rx_popcount64(uint64_t m)
{
    unsigned n = 0;
    for (; m; m &= m - 1)
        n++;
    return n;
}

/* the lowest bit set in m (m != 0) */
static size_t rx_ctz64(uint64_t m)
{
#if defined(__GNUC__) || defined(__clang__)
    return (size_t)__builtin_ctzll(m);
#else
    size_t i = 0;
    while (!(m & 1)) {
        m >>= 1;
        i++;
    }
    return i;
#endif
}

/* every position of 'from' may be followed by every one of 'to' */
static void rxa_follow(rxa *a, const uint64_t *from, const uint64_t *to)
{
    size_t nw = (a->npos + 63) / 64;
    for (size_t w = 0; w < nw; w++)
        for (uint64_t m = from[w]; m; m &= m - 1) {
            size_t i = w * 64 + rx_ctz64(m);
            for (size_t v = 0; v < nw; v++)
                a->fol[i][v] |= to[v];
        }
}

/* a new position of the symbols 'syms': pf and pl of r */
static void rxa_pos(rxa *a, rxa_node *r, uint64_t syms)
{
    if (a->npos >= RXA_MAXPOS) {
        a->over = true;
        return;
    }
    size_t i = a->npos++;
    a->psym[i] = syms;
    a->pkey[i] = -1;
    a->plet[i] = false;
    memset(a->fol[i], 0, sizeof a->fol[i]);
    r->pf[i / 64] |= (uint64_t)1 << (i % 64);
    r->pl[i / 64] |= (uint64_t)1 << (i % 64);
}

static void rxa_leaf(rxa_node *r, size_t nkeys, int nk)
{
    r->nk = nk;
    for (size_t k = 0; k < nkeys; k++)
        r->pre[k] = -1;
    r->first[0] = r->first[1] = 0;
    memset(r->kfirst, 0, nkeys * sizeof r->kfirst[0]);
    memset(r->pf, 0, sizeof r->pf);
    memset(r->pl, 0, sizeof r->pl);
    r->nullable = false;
}

/* a leaf matching any character */
static void rxa_any(rxa *a, rxa_node *r)
{
    rxa_leaf(r, a->set->nkeys, 1);
    r->first[0] = r->first[1] = ~(uint64_t)0;
    rxa_pos(a, r, ~(uint64_t)0);
}

/* a leaf matching one character among the ASCII bytes of 'chars', and
   other characters when 'na' */
static void rxa_one(rxa *a, rxa_node *r, int nk, const char *chars, bool na)
{
    const ex_rxset *set = a->set;
    rxa_leaf(r, set->nkeys, nk);
    uint64_t syms = na ? SYB(SY_NA) : 0;
    for (; *chars; chars++) {
        unsigned char b = (unsigned char)*chars;
        r->first[b / 64] |= (uint64_t)1 << (b % 64);
        syms |= SYB(set->sym[b]);
    }
    rxa_pos(a, r, syms);
}

/* the symbols of the fold class of a literal letter */
static uint64_t rxa_letter_syms(const ex_rxset *set, char c)
{
    uint64_t m = SYB(SY_NA);     /* accents, caseless s/U+017F, k/U+212A */
    for (unsigned b = 0; b < 128; b++)
        if (fold_ascii[b] >> (c - 'a') & 1)
            m |= SYB(set->sym[b]);
    return m;
}

/* a leaf for a literal letter: the ASCII bytes of its fold class */
static void rxa_letter(rxa *a, rxa_node *r, char c)
{
    rxa_leaf(r, a->set->nkeys, 1);
    r->first[0] = a->lfirst[c - 'a'][0];
    r->first[1] = a->lfirst[c - 'a'][1];
    rxa_pos(a, r, a->lsym[c - 'a']);
    if (!a->over)
        a->plet[a->npos - 1] = true;
}

static void rxa_cat(rxa *ra, rxa_node *a, const rxa_node *b, size_t nkeys)
{
    rxa_follow(ra, a->pl, b->pf);
    for (size_t w = 0; w < RXA_W; w++) {
        if (a->nullable)
            a->pf[w] |= b->pf[w];
        a->pl[w] = b->nullable ? a->pl[w] | b->pl[w] : b->pl[w];
    }
    /* b's first keyword is the match's when a's part has none: the
       match starts in a's part, or in b's when a's is empty */
    if (a->nk >= 0)
        for (size_t k = 0; k < nkeys; k++)
            if (b->pre[k] >= 0)
                for (int h = 0; h < 2; h++)
                    a->kfirst[k][h] |= a->first[h] | (a->nullable ? b->kfirst[k][h] : 0);
    if (a->nullable) {
        a->first[0] |= b->first[0];
        a->first[1] |= b->first[1];
    }
    a->nullable = a->nullable && b->nullable;
    for (size_t k = 0; k < nkeys; k++) {
        int v = rxa_add(a->nk, b->pre[k]);
        if (v > a->pre[k])
            a->pre[k] = v;
    }
    a->nk = rxa_add(a->nk, b->nk);
}

static void rxa_or(rxa_node *a, const rxa_node *b, size_t nkeys)
{
    a->first[0] |= b->first[0];
    a->first[1] |= b->first[1];
    for (size_t w = 0; w < RXA_W; w++) {
        a->pf[w] |= b->pf[w];
        a->pl[w] |= b->pl[w];
    }
    a->nullable = a->nullable || b->nullable;
    for (size_t k = 0; k < nkeys; k++) {
        if (b->pre[k] > a->pre[k])
            a->pre[k] = b->pre[k];
        a->kfirst[k][0] |= b->kfirst[k][0];
        a->kfirst[k][1] |= b->kfirst[k][1];
    }
    if (b->nk > a->nk)
        a->nk = b->nk;
}

/* x{m,n} (n < 0: no bound) */
static void rxa_rep(rxa *ra, rxa_node *x, size_t nkeys, int m, int n)
{
    if (n == 0) {
        rxa_leaf(x, nkeys, 0);
        x->nullable = true;
        return;
    }
    if (n != 1)
        rxa_follow(ra, x->pl, x->pf);   /* one repeat after another */
    if (m == 0)
        x->nullable = true;
    int nk = x->nk;
    for (size_t k = 0; k < nkeys; k++) {
        /* earlier repeats without a keyword: the match starts in one */
        if (x->pre[k] >= 0 && nk >= 0 && n != 1) {
            x->kfirst[k][0] |= x->first[0];
            x->kfirst[k][1] |= x->first[1];
        }
        if (x->pre[k] < 0 || nk <= 0)
            continue;
        x->pre[k] = n < 0 ? RXA_INF : rxa_add(rxa_mul(nk, n - 1), x->pre[k]);
    }
    if (nk < 0)
        x->nk = m == 0 ? 0 : -1;
    else
        x->nk = n < 0 ? (nk > 0 ? RXA_INF : 0) : rxa_mul(nk, n);
}

/* a run of literal letters: its first keyword (the longest at the
   leftmost place) */
static void rxa_run(rxa *a, rxa_node *r, const char *run, size_t n)
{
    const ex_rxset *set = a->set;
    rxa_letter(a, r, run[0]);
    r->nk = (int)n;
    size_t pos0 = a->npos - 1;      /* the letters' positions, when not over */
    for (size_t i = 1; i < n; i++) {
        rxa_node x;
        rxa_letter(a, &x, run[i]);
        rxa_follow(a, r->pl, x.pf);
        memcpy(r->pl, x.pl, sizeof r->pl);
    }
    for (size_t i = 0; i + 1 < n; i++) {
        size_t best = 0, bl = 0;
        for (size_t k = 0; k < set->nkeys; k++) {
            size_t kl = set->klen[k];
            if (kl <= n - i && kl > bl && set->key[k][0] == run[i] && memcmp(run + i, set->key[k], kl) == 0) {
                best = k;
                bl = kl;
            }
        }
        if (bl) {
            if (!a->over)
                a->pkey[pos0 + i] = (int8_t)best;
            r->nk = -1;
            r->pre[best] = (int)i;
            r->kfirst[best][0] = r->first[0];
            r->kfirst[best][1] = r->first[1];
            return;
        }
    }
}

static void rxa_alt(rxa *a, rxa_node *out);

/* a quantifier after an atom, if any: {m, n} (n < 0: no bound); false
   when there is none */
static bool rxa_quant(rxa *a, int *m, int *n)
{
    const char *p = a->p;
    if (*p == '?') {
        *m = 0, *n = 1;
        p++;
    } else if (*p == '*') {
        *m = 0, *n = -1;
        p++;
    } else if (*p == '+') {
        *m = 1, *n = -1;
        p++;
    } else if (*p == '{' && p[1] >= '0' && p[1] <= '9') {
        char *q;
        long lo = strtol(p + 1, &q, 10), hi = lo;
        if (*q == ',') {
            hi = q[1] == '}' ? -1 : strtol(q + 1, &q, 10);
            if (hi < 0)
                q++;
        }
        if (*q != '}' || lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo)) {
            a->bad = true;
            return false;
        }
        *m = (int)lo, *n = (int)hi;
        p = q + 1;
    } else {
        return false;
    }
    if (*p == '?' || *p == '+')
        p++;                     /* lazy, possessive */
    a->p = p;
    return true;
}

static void rxa_seq(rxa *a, rxa_node *out)
{
    const ex_rxset *set = a->set;
    size_t nkeys = set->nkeys;
    char run[64];
    size_t nrun = 0;
    rxa_leaf(out, nkeys, 0);
    out->nullable = true;
    rxa_node x;
    for (;;) {
        char ch = *a->p;
        bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        const char *q = a->p + 1;   /* read only before the pattern's NUL */
        bool quant_next = ch && (*q == '?' || *q == '*' || *q == '+' || (*q == '{' && q[1] >= '0' && q[1] <= '9'));
        if (letter && !quant_next && nrun < sizeof run) {
            run[nrun++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            a->p++;
            continue;
        }
        if (nrun) {
            rxa_run(a, &x, run, nrun);
            rxa_cat(a, out, &x, nkeys);
            nrun = 0;
        }
        if (!ch || ch == '|' || ch == ')' || a->bad)
            return;
        unsigned char u = (unsigned char)ch;
        a->p++;
        if (ch == '(') {
            if (strncmp(a->p, "*MARK:", 6) == 0) {
                /* a mark (ex_rxset_build(), kind 0): matches no
                   character */
                const char *r = strchr(a->p, ')');
                if (!r) {
                    a->bad = true;
                    return;
                }
                a->p = r + 1;
                continue;
            }
            if (*a->p == '?') {
                if (a->p[1] != ':') {
                    a->bad = true;          /* lookarounds, options: not used */
                    return;
                }
                a->p += 2;
            }
            if (++a->depth > 32) {
                a->bad = true;
                return;
            }
            rxa_alt(a, &x);
            a->depth--;
            if (*a->p != ')') {
                a->bad = true;
                return;
            }
            a->p++;
        } else if (ch == '\\') {
            char e = *a->p;
            if (!e) {
                a->bad = true;              /* a pattern ending with '\' */
                return;
            }
            a->p++;
            if (e == 'd') {
                rxa_one(a, &x, 1, "0123456789", true);     /* UCP: other digits */
            } else if (e == 'w' || e == 'p' || e == 'P') {
                if (e != 'w' && *a->p == '{') {
                    const char *r = strchr(a->p, '}');
                    if (!r) {
                        a->bad = true;
                        return;
                    }
                    a->p = r + 1;
                } else if (e != 'w' && *a->p) {
                    a->p++;                 /* \pL */
                }
                rxa_any(a, &x);             /* any ASCII byte may start it */
            } else if (e == 'h' || e == 's' || e == 'v') {
                rxa_one(a, &x, 0, " \t\n\v\f\r\x1c", true);  /* U+00A0...; \x1c: the
                                                               controls' symbol */
            } else if (e && !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))) {
                char one[2] = {e, 0};       /* an escaped punctuation mark */
                rxa_one(a, &x, 0, one, (unsigned char)e >= 0x80);
            } else {
                a->bad = true;
                return;
            }
        } else if (ch == '[' || ch == '*' || ch == '+' || ch == '?' || ch == '{' || ch == '^'
                   || ch == '$') {
            a->bad = true;                  /* classes, anchors: not used in keys */
            return;
        } else if (u >= 0x80) {
            while ((unsigned char)*a->p >= 0x80 && (unsigned char)*a->p < 0xC0)
                a->p++;
            rxa_any(a, &x);                 /* any ASCII byte (caseless) */
        } else if (letter) {                /* before a quantifier */
            rxa_letter(a, &x, (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch));
        } else if (ch == '.') {
            rxa_any(a, &x);
        } else if (ch == ' ') {
            /* the fold: (?:[\s'’‘]*|\.) (a superset: one run of
               these symbols) */
            rxa_one(a, &x, 0, " \t\n\v\f\r\x1c'.", true);
            rxa_follow(a, x.pl, x.pf);
            x.nullable = true;
        } else if (ch == '\'') {
            /* the fold: ['’‘`´]? */
            rxa_one(a, &x, 0, "'`", true);
            x.nullable = true;
        } else {
            /* a digit: one letter or digit; punctuation: none */
            char one[2] = {ch, 0};
            rxa_one(a, &x, ch >= '0' && ch <= '9' ? 1 : 0, one, false);
        }
        int m, n;
        if (rxa_quant(a, &m, &n))
            rxa_rep(a, &x, nkeys, m, n);
        if (a->bad)
            return;
        rxa_cat(a, out, &x, nkeys);
    }
}

static void rxa_alt(rxa *a, rxa_node *out)
{
    rxa_seq(a, out);
    while (!a->bad && *a->p == '|') {
        rxa_node x;
        a->p++;
        rxa_seq(a, &x);
        rxa_or(out, &x, a->set->nkeys);
    }
}

/* big[key] of the set from the automaton of an alternative whose
   root is r: the positions p reachable from r's first ones through
   positions starting no keyword, from which a position starting key is
   so reachable, give their symbols followed by those of the positions
   that follow them (of such p, or starting key) */
static void rxa_prefix(const rxa *a, const rxa_node *r, ex_rxset *out)
{
    size_t nkeys = out->nkeys;
    for (size_t k = 0; k < nkeys; k++) {
        if (r->pre[k] < 0)
            continue;
        out->big[k][SY_NA] |= SYB(SY_NA);    /* the bytes of one character */
        if (a->over)
            memset(out->big[k], 0xFF, sizeof out->big[k]);
    }
    if (a->over)
        return;
    uint64_t nokey[RXA_W] = {0}, reach[RXA_W], ks[RXA_W], back[RXA_W];
    for (size_t i = 0; i < a->npos; i++)
        if (a->pkey[i] < 0)
            nokey[i / 64] |= (uint64_t)1 << (i % 64);
    /* forward: from the first positions, through no keyword */
    for (size_t w = 0; w < RXA_W; w++)
        reach[w] = r->pf[w] & nokey[w];
    /* (only the first nw words hold positions: a position's follow set
       and the sets below are 0 past them) */
    size_t nw = (a->npos + 63) / 64;
    for (bool more = true; more;) {
        more = false;
        for (size_t v = 0; v < nw; v++)
            for (uint64_t mv = reach[v]; mv; mv &= mv - 1) {
                size_t i = v * 64 + rx_ctz64(mv);
                for (size_t w = 0; w < nw; w++) {
                    uint64_t m = a->fol[i][w] & nokey[w] & ~reach[w];
                    if (m) {
                        reach[w] |= m;
                        more = true;
                    }
                }
            }
    }
    for (size_t k = 0; k < nkeys; k++) {
        if (r->pre[k] < 0)
            continue;
        memset(ks, 0, sizeof ks);
        for (size_t i = 0; i < a->npos; i++)
            if (a->pkey[i] == (int)k)
                ks[i / 64] |= (uint64_t)1 << (i % 64);
        /* backward: the reached positions from which one of ks is
           reached */
        memset(back, 0, sizeof back);
        for (bool more = true; more;) {
            more = false;
            /* the reached positions not yet in back, in increasing
               order (the same fixpoint as reading every position) */
            for (size_t v = 0; v < nw; v++)
                for (uint64_t mv = reach[v] & ~back[v]; mv; mv &= mv - 1) {
                    size_t i = v * 64 + rx_ctz64(mv);
                    bool hit = false;
                    for (size_t w = 0; w < nw && !hit; w++)
                        hit = (a->fol[i][w] & (ks[w] | back[w])) != 0;
                    if (hit) {
                        back[v] |= (uint64_t)1 << (i % 64);
                        more = true;
                    }
                }
        }
        for (size_t v = 0; v < nw; v++)
            for (uint64_t mv = back[v]; mv; mv &= mv - 1) {
                size_t i = v * 64 + rx_ctz64(mv);
                uint64_t to = 0;
                for (size_t w = 0; w < nw; w++)
                    for (uint64_t m = a->fol[i][w] & (back[w] | ks[w]); m; m &= m - 1)
                        to |= a->psym[w * 64 + rx_ctz64(m)];
                for (uint64_t mx = a->psym[i]; mx; mx &= mx - 1)
                    out->big[k][rx_ctz64(mx)] |= to;
            }
    }
}

/* the characters rx_after() reads at most */
#define RX_AFTER EX_RXSET_MAXAFTER

/* each key's automaton (ex_rxset.nfa): the positions of the
   alternative whose root is r reached from those starting the key
   (these included) added to it, numbered on from its n, with the
   positions that follow them, their symbols, those ending the
   alternative, and the alternative 'alt' of each (palt, apos), for
   the keys that may come first in it ('first': rx_after() answers for
   a match whose first keyword is the key); an
   alternative whose positions do not fit gets no test for the key
   (anyalt; a key gets none, n = 0, 'off', when it is not among the
   first 32), nor any key when the alternative is over RXA_MAXPOS (its
   keywords are not all known) */
static void rxa_after(const rxa *a, const rxa_node *r, size_t alt, uint32_t first, ex_rxset *out,
                      uint32_t *off)
{
    if (a->over) {
        *off = ~(uint32_t)0;
        return;
    }
    size_t nw = (a->npos + 63) / 64;
    uint32_t keys = 0;          /* the keys starting at a position */
    for (size_t i = 0; i < a->npos; i++)
        if (a->pkey[i] >= 0)
            keys |= (uint32_t)1 << a->pkey[i];
    for (uint32_t mk = keys & first & ~*off; mk; mk &= mk - 1) {
        unsigned k = (unsigned)rx_ctz64(mk);
        uint64_t reach[RXA_W] = {0};
        for (size_t i = 0; i < a->npos; i++)
            if (a->pkey[i] == (int)k)
                reach[i / 64] |= (uint64_t)1 << (i % 64);
        /* the positions at most RX_AFTER - 1 characters after those,
           layer by layer (rx_after() reads no more): at most d - 1
           after them in rd[d - 1] */
        uint64_t layer[RXA_W], rd[RX_AFTER][RXA_W];
        unsigned nd[RX_AFTER], last = RX_AFTER - 1;
        memcpy(layer, reach, sizeof layer);
        memcpy(rd[0], reach, sizeof reach);
        nd[0] = 0;
        for (size_t w = 0; w < nw; w++)
            nd[0] += (unsigned)rx_popcount64(reach[w]);
        for (int d = 1; d < RX_AFTER; d++) {
            uint64_t next[RXA_W] = {0}, any = 0;
            for (size_t v = 0; v < nw; v++)
                for (uint64_t mv = layer[v]; mv; mv &= mv - 1) {
                    size_t i = v * 64 + rx_ctz64(mv);
                    for (size_t w = 0; w < nw; w++)
                        next[w] |= a->fol[i][w];
                }
            for (size_t w = 0; w < nw; w++) {
                layer[w] = next[w] & ~reach[w];
                reach[w] |= next[w];
                any |= layer[w];
            }
            if (!any) {
                last = (unsigned)d - 1;     /* all of them */
                break;
            }
            memcpy(rd[d], reach, sizeof reach);
            nd[d] = nd[d - 1];
            for (size_t w = 0; w < nw; w++)
                nd[d] += (unsigned)rx_popcount64(layer[w]);
        }
        ex_rxnfa *f = &out->nfa[k];
        /* too many (an alternative among the first 32): the positions
           of the most characters that fit in half the room left (the
           key's later alternatives get the rest; measured: a third or
           a quarter refuse fewer candidates), the key's letters and
           one more at least; rx_after() takes the alternative as
           possible when it is still in the automaton after them
           (acut) */
        if (alt < EX_RXSET_MAXKEYS && f->n + nd[last] > EX_RXSET_NFAPOS) {
            unsigned d = last, cap = f->n + (EX_RXSET_NFAPOS - f->n) / 2;
            while (d > out->klen[k] && f->n + nd[d] > cap)
                d--;
            if (d >= out->klen[k] && f->n + nd[d] <= cap) {
                memcpy(reach, rd[d], sizeof reach);
                f->acut[d] |= (uint32_t)1 << alt;
            }
        }
        uint16_t num[RXA_MAXPOS];
        unsigned n = f->n;
        for (size_t i = 0; i < a->npos; i++)
            if (reach[i / 64] >> (i % 64) & 1)
                num[i] = (uint16_t)n++;
        if (n > EX_RXSET_NFAPOS) {
            /* (an alternative among the first 32: that one untested) */
            if (alt < EX_RXSET_MAXKEYS)
                f->anyalt |= (uint32_t)1 << alt;
            else
                *off |= (uint32_t)1 << k;
            continue;
        }
        for (size_t i = 0; i < a->npos; i++) {
            if (!(reach[i / 64] >> (i % 64) & 1))
                continue;
            unsigned g = num[i];
            uint64_t gb = (uint64_t)1 << (g % 64);
            for (size_t w = 0; w < nw; w++)
                for (uint64_t m = a->fol[i][w] & reach[w]; m; m &= m - 1) {
                    unsigned h = num[w * 64 + rx_ctz64(m)];
                    f->fol[g][h / 64] |= (uint64_t)1 << (h % 64);
                }
            for (uint64_t my = a->psym[i]; my; my &= my - 1)
                f->acc[rx_ctz64(my)][g / 64] |= gb;
            if (r->pl[i / 64] >> (i % 64) & 1)
                f->end[g / 64] |= gb;
            if (a->pkey[i] == (int)k)
                f->init[g / 64] |= gb;
            if (alt < EX_RXSET_MAXKEYS) {
                f->palt[g] = (uint8_t)alt;
                f->apos[alt][g / 64] |= gb;
            }
        }
        f->n = n;
    }
}

/* from the first positions of the alternative whose root is r: the
   keys whose keyword may start a match (kat0), and those of a match
   whose first character may be other than ASCII and no letter (nafirst:
   a first position other than a literal letter that takes SY_NA) */
static void rxa_first(const rxa *a, const rxa_node *r, ex_rxset *out)
{
    if (a->over) {
        out->kat0 = out->nafirst = ~(uint32_t)0;
        return;
    }
    bool na = false;
    for (size_t v = 0; v < RXA_W; v++)
        for (uint64_t m = r->pf[v]; m; m &= m - 1) {
            size_t i = v * 64 + rx_ctz64(m);
            if (a->pkey[i] >= 0)
                out->kat0 |= (uint32_t)1 << a->pkey[i];
            if ((a->psym[i] & SYB(SY_NA)) && !a->plet[i])
                na = true;
        }
    if (na)
        for (size_t k = 0; k < out->nkeys; k++)
            if (r->pre[k] >= 0)
                out->nafirst |= (uint32_t)1 << k;
}

/* the keywords: "w1|w2|..." */
static bool rxset_keys(ex_rxset *set, const char *keys)
{
    const char *k = keys;
    while (*k) {
        size_t n = strspn(k, "abcdefghijklmnopqrstuvwxyz");
        if (n < 2 || n >= EX_RXSET_KEYLEN || set->nkeys >= EX_RXSET_MAXKEYS || (k[n] && k[n] != '|'))
            return false;
        memcpy(set->key[set->nkeys], k, n);
        set->key[set->nkeys][n] = 0;
        set->klen[set->nkeys] = (uint8_t)n;
        set->nkeys++;
        k += n + (k[n] == '|');
    }
    return set->nkeys > 0;
}

#define SETB(t, b) ((t)[(b) / 64] |= (uint64_t)1 << ((b) % 64))
#define GETB(t, b) ((t)[(b) / 64] >> ((b) % 64) & 1)

/* Append the folded pattern f to b with each blank of the key
   (EX_FOLD_BLANK, some 57 bytes of compiled code: a class with two
   characters beyond Latin-1, a second branch) written as a call of the
   group (?<b>...) defined once (3 bytes): the same matches (PCRE2
   backtracks into a called group as into the group in place), and a
   label set kilobytes smaller (PCRE2's compiled size limit is 64 K with
   the usual LINK_SIZE 2).  *nb counts the calls.  A call costs JIT time
   at each attempt: only the alternatives of RX_CALL_BLANKS bytes or
   more (folded) are written so (the attendance set's two largest, the
   kind-0 branches and the counts in office, 3.9 K and 4.8 K: 65.6 K ->
   61.4 K; every blank a call: 54.8 K, but +5/byte on the bench, the
   small alternatives being the ones tried most). */
#define RX_CALL_BLANKS 3000
static bool put_calling_blanks(const ex_alloc *al, ex_buf *b, const char *f, size_t *nb)
{
    static const char blank[] = EX_FOLD_BLANK;
    const size_t bl = sizeof blank - 1;
    for (const char *p = f;;) {
        const char *q = strstr(p, blank);
        if (!q)
            return ex_buf_put(al, b, p, strlen(p));
        if (!ex_buf_put(al, b, p, (size_t)(q - p)) || !ex_buf_put(al, b, "(?&b)", 5))
            return false;
        ++*nb;
        p = q + bl;
    }
}

static void rxset_free_alts(const extract_engine *e, ex_rxset *set)
{
    if (set->alt)
        ex_rx_free(set->alt, set->nalt);
    ex_free(&e->alloc, set->alt);
    ex_free(&e->alloc, set->whole);
    set->alt = NULL;
    set->nalt = 0;
    set->whole = NULL;
}

bool ex_rxset_build(extract_engine *e, const char *pre, const char *post,
                    const ex_pattern *alts, size_t n, const char *keys,
                    const char *const *defs, ex_rxset *out)
{
    memset(out, 0, sizeof *out);
    if (!rxset_keys(out, keys))
        return false;
    /* the symbols of big[] */
    for (unsigned b = 0, np = 0; b < 256; b++) {
        unsigned y;
        if (b >= 0x80)
            y = SY_NA;
        else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
            y = (b | 0x20) - 'a';
        else if (b >= '0' && b <= '9')
            y = SY_DIGIT;
        else if (b == ' ' || (b >= '\t' && b <= '\r'))
            y = SY_BLANK;
        else if (b < 0x20 || b == 0x7F)
            y = SY_CTRL;
        else
            y = SY_PUNCT + np++;    /* the 32 punctuation marks: 30..61 */
        out->sym[b] = (uint8_t)y;
    }
    /* (a) and (b): the windows */
    rxa *ap = ex_malloc(&e->alloc, sizeof *ap);
    uint64_t(*afirst)[2] = ex_malloc(&e->alloc, (n ? n : 1) * sizeof *afirst);
    uint32_t *altkeys = ex_malloc(&e->alloc, (n ? n : 1) * sizeof *altkeys);
    if (!ap || !afirst || !altkeys) {
        ex_free(&e->alloc, ap);
        ex_free(&e->alloc, afirst);
        ex_free(&e->alloc, altkeys);
        return false;
    }
    uint32_t nfa_off = 0;       /* the keys without automaton (rxa_after()) */
    for (int l = 0; l < 26; l++) {
        ap->lsym[l] = rxa_letter_syms(out, (char)('a' + l));
        ap->lfirst[l][0] = ap->lfirst[l][1] = 0;
        for (unsigned b = 0; b < 128; b++)
            if (fold_ascii[b] >> l & 1)
                ap->lfirst[l][b / 64] |= (uint64_t)1 << (b % 64);
    }
    for (size_t i = 0; i < n; i++) {
        rxa_node r;
        memset(ap, 0, offsetof(rxa, psym));
        ap->p = alts[i].pattern;
        ap->set = out;
        rxa_alt(ap, &r);
        if (ap->bad || *ap->p || r.nk >= 0) {
            ex_free(&e->alloc, ap);
            ex_free(&e->alloc, afirst);
            ex_free(&e->alloc, altkeys);
            return false;       /* not understood, or a path without a keyword */
        }
        afirst[i][0] = r.first[0];
        afirst[i][1] = r.first[1];
        altkeys[i] = 0;
        for (size_t k = 0; k < out->nkeys; k++)
            if (r.pre[k] >= 0)
                altkeys[i] |= (uint32_t)1 << k;
        rxa_prefix(ap, &r, out);
        rxa_after(ap, &r, i, altkeys[i], out, &nfa_off);
        rxa_first(ap, &r, out);
        out->start[0] |= r.first[0];
        out->start[1] |= r.first[1];
        for (size_t k = 0; k < out->nkeys; k++) {
            out->kstart[k][0] |= r.kfirst[k][0];
            out->kstart[k][1] |= r.kfirst[k][1];
        }
        for (size_t k = 0; k < out->nkeys; k++) {
            if (r.pre[k] > EX_RXSET_MAXWIN) {
                ex_free(&e->alloc, ap);
                ex_free(&e->alloc, afirst);
                ex_free(&e->alloc, altkeys);
                return false;   /* no bound before the keyword */
            }
            if (r.pre[k] > (int)out->win[k])
                out->win[k] = (uint16_t)r.pre[k];
            if (r.pre[k] > (int)out->maxwin)
                out->maxwin = (unsigned)r.pre[k];
        }
    }
    ex_free(&e->alloc, ap);
    for (size_t k = 0; k < out->nkeys; k++)
        if (nfa_off >> k & 1)
            memset(&out->nfa[k], 0, sizeof out->nfa[k]);    /* no test */
    out->post_nl = strcmp(post, ")(?![\\p{L}])") == 0;
    for (unsigned b = 0; b < 256; b++)
        out->startb[b] = (uint8_t)(b < 0x80 ? GETB(out->start, b) : b >= 0xC0);
    /* the keywords' first letters and pairs */
    for (size_t k = 0; k < out->nkeys; k++) {
        uint32_t bit = (uint32_t)1 << k;
        int c0 = out->key[k][0] - 'a', c1 = out->key[k][1] - 'a';
        out->byfirst[c0] |= bit;
        for (unsigned x = 0; x < 128; x++) {
            if (!(ex_fold_letters((int32_t)x) >> c0 & 1))
                continue;
            out->first[x] |= bit;
            for (unsigned y = 0; y < 128; y++)
                if (ex_fold_letters((int32_t)y) >> c1 & 1)
                    out->pair[x][y] |= bit;
        }
        for (unsigned z = 0; z < 128; z++)
            if (out->klen[k] < 3 || ex_fold_letters((int32_t)z) >> (out->key[k][2] - 'a') & 1)
                out->third[z] |= bit;
        uint32_t l1 = (uint32_t)1 << c1;
        for (unsigned x = 0; x < 128; x++)
            if (fold_ascii[x] >> c0 & 1)
                out->lnext[x] |= l1;
        for (unsigned x = 0; x < 64; x++)
            if (fold_latin1[x] >> c0 & 1)
                out->lnext1[x] |= l1;
    }
    /* the fast loop's table: 0 where the byte x is passed over at
       once (an ASCII x starting no keyword before y, a continuation
       byte), 1 where rxscan_to() looks closer */
    for (unsigned x = 0; x < 0x80; x++) {
        for (unsigned y = 0; y < 0x80; y++)
            out->stop[x][y] = out->pair[x][y] != 0;
        memset(out->stop[x] + 0x80, out->first[x] != 0, 0x80);
    }
    memset(out->stop[0x80], 0, 0x40 * sizeof out->stop[0]);
    memset(out->stop[0xC0], 1, 0x40 * sizeof out->stop[0]);
    /* the pattern; the text of a shared piece (defs[j]) becomes a call
       of a group (?<dj>...) defined once at the end: PCRE2 (10.30 and
       later) backtracks into a called group as into the group written
       in place, so the matches are the same, and the pattern (and its
       JIT code) much smaller */
    ex_buf pb = {0}, ab = {0};
    size_t nblank = 0;
    bool ok = ex_buf_put(&e->alloc, &pb, pre, strlen(pre));
    for (size_t i = 0; ok && i < n; i++) {
        const char *src = alts[i].pattern;
        ab.len = 0;
        ok = ex_buf_put(&e->alloc, &ab, "", 0);
        while (ok && *src) {
            size_t j = 0, dl = 0;
            for (; defs && defs[j]; j++) {
                dl = strlen(defs[j]);
                if (strncmp(src, defs[j], dl) == 0)
                    break;
            }
            if (defs && defs[j]) {
                ok = ex_buf_printf(&e->alloc, &ab, "(?&d%zu)", j);
                src += dl;
            } else {
                ok = ex_buf_putc(&e->alloc, &ab, *src++);
            }
        }
        /* each alternative behind a guard, a look-ahead at its first
           character: the ASCII bytes its matches can start with (from
           the syntax, as start[]: both cases written, hence (?-i)), or
           any other character.  The JIT code of an alternative that
           cannot start there is left at once, not entered (a call of a
           shared piece, optional words tried one by one): the
           alternation's match is the same, at fewer instructions */
        char *f = ok ? ex_fold_pattern(&e->alloc, ab.s) : NULL;
        ok = f && ex_buf_put(&e->alloc, &pb, i ? "|(?=(?-i)[" : "(?=(?-i)[", i ? 10 : 9);
        for (unsigned b = 0; ok && b < 128; b++)
            if (afirst[i][b / 64] >> (b % 64) & 1)
                ok = ex_buf_printf(&e->alloc, &pb, "\\x%02x", b);
        ok = ok && ex_buf_put(&e->alloc, &pb, "\\x{80}-\\x{10ffff}])(?:", 20)
             && (strlen(f) >= RX_CALL_BLANKS ? put_calling_blanks(&e->alloc, &pb, f, &nblank)
                                             : ex_buf_put(&e->alloc, &pb, f, strlen(f)))
             && ex_buf_putc(&e->alloc, &pb, ')');
        if (alts[i].kind)       /* (kind 0: the alternative's own marks) */
            ok = ok && ex_buf_printf(&e->alloc, &pb, "(*MARK:%d)", alts[i].kind);
        ex_free(&e->alloc, f);
    }
    ok = ok && ex_buf_put(&e->alloc, &pb, post, strlen(post));
    if (ok && ((defs && defs[0]) || nblank)) {
        ok = ex_buf_put(&e->alloc, &pb, "(?(DEFINE)", 10);
        if (nblank)
            ok = ok && ex_buf_put(&e->alloc, &pb, "(?<b>" EX_FOLD_BLANK ")", strlen("(?<b>" EX_FOLD_BLANK ")"));
        for (size_t j = 0; ok && defs && defs[j]; j++) {
            char *f = ex_fold_pattern(&e->alloc, defs[j]);
            ok = f && ex_buf_printf(&e->alloc, &pb, "(?<d%zu>%s)", j, f);
            ex_free(&e->alloc, f);
        }
        ok = ok && ex_buf_putc(&e->alloc, &pb, ')');
    }
    ok = ok && ex_buf_putc(&e->alloc, &pb, 0);
    ex_pattern pat = {0, pb.s};
    /* with the alternatives apart (below) the scan never matches the
       whole alternation: not compiled (it would cost more than the
       alternatives at every engine made), its text kept (out->whole:
       tests compare the scan with it) */
    if (ok && n > 1 && n <= 32) {
        out->whole = pb.s;
        pb.s = NULL;
        pb.len = pb.cap = 0;
    } else {
        ok = ok && rx_compile(e, &pat, 1, &out->rx, PCRE2_ANCHORED, true);
    }
    if (ok && n > 1 && n <= 32) {
        /* each alternative alone: pre, the alternative folded with its
           shared pieces and blanks written in place (no call: the same
           matches, a call costing JIT time at each attempt, and one
           alternative is far below PCRE2's size limit), its mark, post;
           no look-ahead guard (ex_rxset_scan() tests bytealts) */
        size_t npre = strlen(pre), npost = strlen(post);
        out->alt = ex_malloc(&e->alloc, n * sizeof *out->alt);
        ok = out->alt != NULL;
        for (size_t i = 0; ok && i < n; i++) {
            ab.len = 0;
            char *f = ex_fold_pattern(&e->alloc, alts[i].pattern);
            ok = f && ex_buf_put(&e->alloc, &ab, pre, npre) && ex_buf_put(&e->alloc, &ab, "(?:", 3)
                 && ex_buf_put(&e->alloc, &ab, f, strlen(f)) && ex_buf_putc(&e->alloc, &ab, ')');
            ex_free(&e->alloc, f);
            if (alts[i].kind)
                ok = ok && ex_buf_printf(&e->alloc, &ab, "(*MARK:%d)", alts[i].kind);
            ok = ok && ex_buf_put(&e->alloc, &ab, post, npost + 1);
            ex_pattern ap1 = {0, ab.s};
            ok = ok && rx_compile(e, &ap1, 1, &out->alt[i], PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, true);
            if (ok)
                out->nalt = i + 1;
            uint32_t bit = (uint32_t)1 << i;
            for (uint32_t m = altkeys[i]; m; m &= m - 1)
                out->keyalts[rx_ctz64(m)] |= bit;
            for (unsigned b = 0; b < 256; b++)
                if (b >= 0x80 || GETB(afirst[i], b))
                    out->bytealts[b] |= bit;
        }
        /* each key's automaton starts only in the alternatives where the
           key may come first (rx_after() answers for those alone) */
        for (size_t k = 0; ok && k < out->nkeys; k++) {
            ex_rxnfa *f = &out->nfa[k];
            for (size_t w = 0; w < EX_RXSET_NFAW; w++) {
                uint64_t m = 0;
                for (uint32_t a = out->keyalts[k]; a; a &= a - 1)
                    m |= f->apos[rx_ctz64(a)][w];
                f->init[w] &= m;
            }
            /* the positions reached reading the key's letters from
               there: the same whatever character of each letter's fold
               class the text holds (every symbol of the class leads to
               them), and no end met before the last (rx_after() skips
               the letters of an occurrence of the key) */
            uint64_t c0 = f->init[0], c1 = f->init[1];
            bool fine = f->n > 0 && out->klen[k] >= 1;
            for (unsigned j = 0; fine && j < out->klen[k]; j++) {
                if (j) {
                    uint64_t n0 = 0, n1 = 0;
                    for (uint64_t m = c0; m; m &= m - 1) {
                        n0 |= f->fol[rx_ctz64(m)][0];
                        n1 |= f->fol[rx_ctz64(m)][1];
                    }
                    for (uint64_t m = c1; m; m &= m - 1) {
                        n0 |= f->fol[64 + rx_ctz64(m)][0];
                        n1 |= f->fol[64 + rx_ctz64(m)][1];
                    }
                    c0 = n0;
                    c1 = n1;
                }
                uint64_t ys = rxa_letter_syms(out, out->key[k][j]);
                unsigned y0 = (unsigned)rx_ctz64(ys);
                uint64_t r0 = c0 & f->acc[y0][0], r1 = c1 & f->acc[y0][1];
                for (uint64_t m = ys; m; m &= m - 1) {
                    unsigned y = (unsigned)rx_ctz64(m);
                    if ((c0 & f->acc[y][0]) != r0 || (c1 & f->acc[y][1]) != r1)
                        fine = false;
                }
                c0 = r0;
                c1 = r1;
                if (j + 1 < out->klen[k] && ((c0 & f->end[0]) | (c1 & f->end[1])))
                    fine = false;
            }
            f->kn = fine ? out->klen[k] : 0;
            f->kc[0] = c0;
            f->kc[1] = c1;
        }
    }
    ex_buf_free(&e->alloc, &ab);
    ex_free(&e->alloc, afirst);
    ex_free(&e->alloc, altkeys);
    ex_buf_free(&e->alloc, &pb);
    if (!ok) {
        rxset_free_alts(e, out);
        return false;
    }
    return true;
}

void ex_rxset_free(const extract_engine *e, ex_rxset *set)
{
    rxset_free_alts(e, set);
    ex_rx_free(&set->rx, 1);
    memset(set, 0, sizeof *set);
}

/* the ASCII letters (bit b of the 256 bits) */
static const uint64_t rx_letters[4] = {0, 0x07FFFFFE07FFFFFEull, 0, 0};

/* 1 for the ASCII letters and digits */
static const uint8_t rx_alnum[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* the code point at s[p] (a lead byte) and its length */
static size_t rx_cp(const unsigned char *s, size_t len, size_t p, int32_t *cp)
{
    unsigned b = s[p];
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (p + n > len) {
        *cp = -1;
        return 1;
    }
    int32_t v = (int32_t)(b & (0x3F >> (n - 1)));
    for (size_t i = 1; i < n; i++)
        v = v << 6 | (s[p + i] & 0x3F);
    *cp = v;
    return n;
}

/* the lowest bit set in m (m != 0) */
static unsigned rx_ctz(uint32_t m)
{
    return (unsigned)rx_ctz64(m);
}

/* the largest window of the keywords in 'cand' that occur at k (-1:
   none), and in *found all of them; the first 'done' letters (bytes)
   are known to match */
static int keys_at(const ex_rxset *set, const unsigned char *s, size_t len, size_t k, uint32_t cand,
                   size_t done, uint32_t *found)
{
    int w = -1;
    *found = 0;
    while (cand) {
        unsigned i = rx_ctz(cand);
        cand &= cand - 1;
        size_t q = k + done;
        const char *c = set->key[i] + done;
        for (; *c && q < len; c++) {
            unsigned b = s[q];
            uint32_t m;
            if (b < 0x80) {
                m = fold_ascii[b];
                q++;
            } else if (b == 0xC3 && q + 2 <= len) {
                /* rx_cp() and ex_fold_letters() for U+00C0..U+00FF */
                m = fold_latin1[s[q + 1] & 0x3F];
                q += 2;
            } else {
                int32_t cp;
                q += rx_cp(s, len, q, &cp);
                m = ex_fold_letters(cp);
            }
            if (!(m >> (*c - 'a') & 1))
                break;
        }
        if (!*c) {
            *found |= (uint32_t)1 << i;
            if ((int)set->win[i] > w)
                w = set->win[i];
        }
    }
    return w;
}

/* the keys of 'set' that occur at k (the fold's tolerance), a lead or
   ASCII byte */
static uint32_t keys_here(const ex_rxset *set, const unsigned char *s, size_t len, size_t k)
{
    unsigned x = s[k];
    uint32_t cand = 0;
    size_t done = 0;
    if (x < 0x80) {
        if (k + 1 < len && s[k + 1] < 0x80) {
            cand = set->pair[x][s[k + 1]];
            if (k + 2 < len && s[k + 2] < 0x80)
                cand &= set->third[s[k + 2]];
            done = 2;
        } else {
            cand = set->first[x];
            done = 1;
        }
    } else if (x >= 0xC0) {
        uint32_t m;
        if (x == 0xC3 && k + 2 <= len) {
            m = fold_latin1[s[k + 1] & 0x3F];   /* as in keys_at() */
        } else {
            int32_t cp;
            rx_cp(s, len, k, &cp);
            m = ex_fold_letters(cp);
        }
        for (; m; m &= m - 1)
            cand |= set->byfirst[rx_ctz(m)];
    }
    uint32_t found = 0;
    if (cand)
        keys_at(set, s, len, k, cand, done, &found);
    return found;
}

/* The sets scanned together (the engine's two: ex_rxgroup_build()) and
   the fast loop's tables.  Bytes x y z at k: a key of some set may
   start at k only if bit z of zset[cls[x | y << 8]] is set (class 0:
   none, RXG_LEAD: every z).  A class is the set of the z after x y with
   which the first two letters at k (read as keys_at() does; the third
   too for ASCII x y z) may start a key; the classes numbered as met,
   the same set once, RXG_LEAD for the rest when there are too many. */
#define RXG_MAXSETS 2
#define RXG_LEAD 255
#define RXG_NL 4                /* the letters group_cand() reads */
typedef struct ex_rxgroup {
    size_t nsets;
    const ex_rxset *set[RXG_MAXSETS];
    uint8_t cls[256 * 256];
    uint64_t zset[256][4];
    uint8_t zok[256 * 256];     /* zok[v << 8 | z]: bit z of zset[v] */
    uint64_t kl[RXG_NL][26];    /* the keys whose letter i is this */
    uint64_t kshort[RXG_NL];    /* ... that have no letter i */
    uint64_t ka[RXG_NL][128];   /* ... may be this ASCII byte (or have none) */
    uint64_t kc3[RXG_NL][64];   /* ... may be 0xC3 and a byte b, b & 0x3F */
    size_t kdone;               /* RXG_NL, or the fewest letters of a key if
                                   fewer: the letters group_cand() has read
                                   of every key it gives */
} ex_rxgroup;

/* what the fast loop reads */
typedef struct rxtabs {
    const uint8_t *stop;
    const uint32_t *lnext, *lnext1;
} rxtabs;

/* a key may start at k, a lead byte or an ASCII byte before one: its
   first two letters (read as keys_at() does) start a key (lnext);
   true when the characters are other than ASCII or U+00C0..U+00FF */
static bool lead_stop(const rxtabs *t, const unsigned char *s, size_t len, size_t k)
{
    unsigned x = s[k];
    uint32_t nx;
    size_t j;
    if (x < 0x80) {
        nx = t->lnext[x];
        j = k + 1;
    } else if (x == 0xC3 && k + 2 <= len) {
        nx = t->lnext1[s[k + 1] & 0x3F];
        j = k + 2;
    } else {
        return true;
    }
    if (!nx || j >= len)
        return false;           /* no key's first letter, no second letter */
    unsigned y = s[j];
    uint32_t m2;
    if (y < 0x80)
        m2 = fold_ascii[y];
    else if (y == 0xC3 && j + 2 <= len)
        m2 = fold_latin1[s[j + 1] & 0x3F];
    else
        return true;
    return (nx & m2) != 0;
}

/* The keyword occurrences of the whole text for the sets (set j's keys
   at bit 32 * j): one pass, the fast loop passing over the bytes x y
   that start no key of any set (stop[x][y] == 0, or no key's third
   letter after them), counting A(k). */
static bool occ_scan(ex_call *c, const ex_rxset *const *sets, size_t nsets, const rxtabs *tabs,
                     ex_rxocc_vec *out)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    const uint8_t *stop = tabs->stop;
    size_t len = c->text.len, k = 0, a = 0;     /* a: A(k) */
    while (k < len) {
        const unsigned char *q = s + k, *qe = s + len - 1;
        if (q < qe) {
            unsigned x = *q;
            for (; q < qe; q++) {
                unsigned y = q[1];
                if (stop[x << 8 | y]) {
                    size_t kq = (size_t)(q - s);
                    if ((x | y) >= 0x80) {
                        if (lead_stop(tabs, s, len, kq))
                            break;
                        a += rx_alnum[x];
                        x = y;
                        continue;
                    }
                    if (kq + 2 >= len || q[2] >= 0x80)
                        break;
                    uint32_t t = 0;
                    for (size_t j = 0; j < nsets; j++)
                        t |= sets[j]->pair[x][y] & sets[j]->third[q[2]];
                    if (t)
                        break;
                }
                a += rx_alnum[x];
                x = y;
            }
            k = (size_t)(q - s);
        }
        uint64_t found = 0;
        for (size_t j = 0; j < nsets; j++)
            found |= (uint64_t)keys_here(sets[j], s, len, k) << (32 * j);
        if (found) {
            ex_rxocc *o = ex_vec_push(c->alloc, out);
            if (!o)
                return false;
            o->k = k;
            o->a = a;
            o->keys = found;
        }
        a += rx_alnum[s[k]];
        k++;
    }
    return true;
}

/* the ASCII letters and digits of s[0, n) */
static size_t count_alnum(const unsigned char *s, size_t n)
{
    size_t a = 0, i = 0;
#ifdef EX_SIMD
    /* 16 bytes at a time: a letter is (b | 0x20) - 'a' < 26 and a digit
       b - '0' < 10 (unsigned; as signed bytes after adding 0x80: the
       range test of SSE2's signed compare), each 1 in a byte summed by
       psadbw into the two 64-bit halves */
    const __m128i lo = _mm_set1_epi8(0x20), la = _mm_set1_epi8((char)('a' + 0x80)),
                  l26 = _mm_set1_epi8((char)(0x80 + 26)), d0 = _mm_set1_epi8((char)('0' + 0x80)),
                  d10 = _mm_set1_epi8((char)(0x80 + 10)), one = _mm_set1_epi8(1);
    __m128i acc = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        __m128i l = _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(v, lo), la), l26);
        __m128i d = _mm_cmplt_epi8(_mm_sub_epi8(v, d0), d10);
        acc = _mm_add_epi64(acc, _mm_sad_epu8(_mm_and_si128(_mm_or_si128(l, d), one),
                                              _mm_setzero_si128()));
    }
    if (i < n && n >= 16) {
        /* the last n - i bytes: the 16 ending at n, the bytes before i
           masked off (their lanes zeroed before the sum) */
        static const uint8_t lanes[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                          1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        __m128i v = _mm_loadu_si128((const __m128i *)(s + n - 16));
        __m128i l = _mm_cmplt_epi8(_mm_sub_epi8(_mm_or_si128(v, lo), la), l26);
        __m128i d = _mm_cmplt_epi8(_mm_sub_epi8(v, d0), d10);
        __m128i keep = _mm_loadu_si128((const __m128i *)(lanes + (n - i)));
        acc = _mm_add_epi64(acc, _mm_sad_epu8(_mm_and_si128(_mm_or_si128(l, d), keep),
                                              _mm_setzero_si128()));
        i = n;
    }
    a = (size_t)_mm_cvtsi128_si64(acc) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(acc, acc));
#endif
    for (; i < n; i++)
        a += rx_alnum[s[i]];
    return a;
}

/* the group's keys that may occur at k (an ASCII or lead byte), set j's
   at bit 32 * j: those whose first RXG_NL letters (read as keys_at()
   does) may be the characters at k (kl[]) */
static uint64_t group_cand_slow(const ex_rxgroup *g, const unsigned char *s, size_t len, size_t k);

static inline uint64_t group_cand(const ex_rxgroup *g, const unsigned char *s, size_t len, size_t k)
{
#if RXG_NL == 4
    /* four ASCII bytes (most candidates): the four letters at once,
       inline in the fast loops (the call costs as much) */
    if (len - k >= 4 && !((s[k] | s[k + 1] | s[k + 2] | s[k + 3]) & 0x80))
        return g->ka[0][s[k]] & g->ka[1][s[k + 1]] & g->ka[2][s[k + 2]] & g->ka[3][s[k + 3]];
#endif
    return group_cand_slow(g, s, len, k);
}

/* group_cand() letter by letter: a character other than ASCII among
   the first RXG_NL, or fewer than 4 bytes left */
static uint64_t group_cand_slow(const ex_rxgroup *g, const unsigned char *s, size_t len, size_t k)
{
#if RXG_NL == 4
    /* four letters, one of them a character U+00C0..U+00FF (0xC3 and a
       byte), the others ASCII bytes ("dél", "pré", "éta": most of the
       calls): what the loop below reads there (its stop when no key is
       left gives 0 too) */
    if (len - k >= 5) {
        unsigned b0 = s[k], b1 = s[k + 1], b2 = s[k + 2], b3 = s[k + 3], b4 = s[k + 4];
        if (b0 < 0x80 && b1 == 0xC3 && !((b3 | b4) & 0x80))
            return g->ka[0][b0] & g->kc3[1][b2 & 0x3F] & g->ka[2][b3] & g->ka[3][b4];
        if (!((b0 | b1 | b4) & 0x80) && b2 == 0xC3)    /* "pré" */
            return g->ka[0][b0] & g->ka[1][b1] & g->kc3[2][b3 & 0x3F] & g->ka[3][b4];
        if (b0 == 0xC3 && !((b2 | b3 | b4) & 0x80))    /* "éta" */
            return g->kc3[0][b1 & 0x3F] & g->ka[1][b2] & g->ka[2][b3] & g->ka[3][b4];
    }
#endif
    uint64_t cand = ~(uint64_t)0;
    size_t q = k;
    for (unsigned i = 0; i < RXG_NL && cand && q < len; i++) {
        unsigned b = s[q];
        if (b < 0x80) {
            cand &= g->ka[i][b];
            q++;
        } else if (b == 0xC3 && q + 2 <= len) {
            cand &= g->kc3[i][s[q + 1] & 0x3F];
            q += 2;
        } else {
            int32_t cp;
            q += rx_cp(s, len, q, &cp);
            uint64_t ci = g->kshort[i];
            for (uint32_t m = ex_fold_letters(cp); m; m &= m - 1)
                ci |= g->kl[i][rx_ctz(m)];
            cand &= ci;
        }
    }
    return cand;
}

/* the keys among 'cand' that occur at k: pushed with A(k) (a = A(*ak),
   counted on from there) */
static bool group_push(ex_call *c, const ex_rxgroup *g, size_t k, uint64_t cand, size_t *ak,
                       size_t *a, ex_rxocc_vec *out)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    uint64_t found = 0;
    /* four ASCII bytes at k: group_cand() has read them as keys_at()
       does, one letter each, the first kdone letters of every key in
       cand (a key of kdone letters: all of it) */
    size_t done = c->text.len - k >= 4 && !((s[k] | s[k + 1] | s[k + 2] | s[k + 3]) & 0x80) ? g->kdone : 0;
    for (size_t j = 0; j < g->nsets; j++) {
        uint32_t f = 0;
        if ((uint32_t)(cand >> (32 * j)))
            keys_at(g->set[j], s, c->text.len, k, (uint32_t)(cand >> (32 * j)), done, &f);
        found |= (uint64_t)f << (32 * j);
    }
    if (!found)
        return true;
    ex_rxocc *o = ex_vec_push(c->alloc, out);
    if (!o)
        return false;
    *a += count_alnum(s + *ak, k - *ak);
    *ak = k;
    o->k = k;
    o->a = *a;
    o->keys = found;
    return true;
}

/* a candidate k of occ_group(): its keys, if any, pushed */
static inline bool occ_at(ex_call *c, const ex_rxgroup *g, size_t k, size_t *ak, size_t *a,
                          ex_rxocc_vec *out)
{
    uint64_t cand = group_cand(g, (const unsigned char *)c->text.s, c->text.len, k);
    return !cand || group_push(c, g, k, cand, ak, a, out);
}

/* occ_scan() for the engine's group, from its tables (ex_rxgroup): the
   keys read only where cls[] and third[] (ASCII bytes) and group_cand()
   let one start; A(k) counted only at the occurrences */
static bool occ_group(ex_call *c, const ex_rxgroup *g, ex_rxocc_vec *out)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    const uint8_t *cls = g->cls;
    const uint8_t *zok = g->zok;
    size_t len = c->text.len, ak = 0, a = 0;     /* a: A(ak) */
    size_t k = 0;
    if (len >= 3) {
        /* branch-free but for the candidates (a few in a hundred
           bytes): four offsets at a time, their pairs' classes read
           first (zok[] is 0 in class 0's row: most pairs start no key,
           and the four fail together), then the third bytes of those
           of a class */
        const unsigned char *q = s, *qe = s + len - 2;
        for (; qe - q >= 4; q += 4) {
            unsigned c0 = cls[q[0] | (unsigned)q[1] << 8], c1 = cls[q[1] | (unsigned)q[2] << 8],
                     c2 = cls[q[2] | (unsigned)q[3] << 8], c3 = cls[q[3] | (unsigned)q[4] << 8];
            if (!(c0 | c1 | c2 | c3))
                continue;
            if ((c0 && zok[c0 << 8 | q[2]] && !occ_at(c, g, (size_t)(q - s), &ak, &a, out))
                || (c1 && zok[c1 << 8 | q[3]] && !occ_at(c, g, (size_t)(q + 1 - s), &ak, &a, out))
                || (c2 && zok[c2 << 8 | q[4]] && !occ_at(c, g, (size_t)(q + 2 - s), &ak, &a, out))
                || (c3 && zok[c3 << 8 | q[5]] && !occ_at(c, g, (size_t)(q + 3 - s), &ak, &a, out)))
                return false;
        }
        for (; q < qe; q++) {
            if (!zok[(unsigned)cls[q[0] | (unsigned)q[1] << 8] << 8 | q[2]])
                continue;
            k = (size_t)(q - s);
            uint64_t cand = group_cand(g, s, len, k);
            if (cand && !group_push(c, g, k, cand, &ak, &a, out))
                return false;
        }
        k = len - 2;
    }
    /* the last two bytes: every ASCII or lead byte (a continuation byte
       starts no key) */
    for (; k < len; k++) {
        if (s[k] >= 0x80 && s[k] < 0xC0)
            continue;
        uint64_t cand = group_cand(g, s, len, k);
        if (cand && !group_push(c, g, k, cand, &ak, &a, out))
            return false;
    }
    return true;
}

const ex_rxocc_vec *ex_rxset_occ(ex_call *c, const ex_rxset *set, unsigned *shift)
{
    const ex_rxgroup *g = c->eng->rxgroup;
    const void *by = set;
    const ex_rxset *const *sets = &set;
    size_t nsets = 1;
    rxtabs tabs = {&set->stop[0][0], set->lnext, set->lnext1};
    *shift = 0;
    for (size_t j = 0; g && j < g->nsets; j++) {
        if (g->set[j] == set) {
            by = g;
            *shift = 32 * (unsigned)j;
        }
    }
    size_t slot = 0;
    while (slot < 2 && c->rxocc[slot].by && c->rxocc[slot].by != by)
        slot++;
    if (slot == 2) {
        slot = 1;               /* a third: replaces the second */
        ex_vec_free(c->alloc, &c->rxocc[1].v);
        c->rxocc[1].by = NULL;
    }
    if (!c->rxocc[slot].by) {
        if (!(by == g ? occ_group(c, g, &c->rxocc[slot].v)
                      : occ_scan(c, sets, nsets, &tabs, &c->rxocc[slot].v))) {
            ex_vec_free(c->alloc, &c->rxocc[slot].v);
            c->oom = true;
            return NULL;
        }
        c->rxocc[slot].by = by;
    }
    return &c->rxocc[slot].v;
}

/* the group's keys whose letter i may be one of the letters m */
static uint64_t group_keys(const ex_rxgroup *g, unsigned i, uint32_t m)
{
    uint64_t r = g->kshort[i];
    for (; m; m &= m - 1)
        r |= g->kl[i][rx_ctz(m)];
    return r;
}

/* the class of the bit set zs (a new one when not met, RXG_LEAD when
   there are too many) */
static uint8_t group_class(ex_rxgroup *g, unsigned *ncls, const uint64_t *zs)
{
    if (!(zs[0] | zs[1] | zs[2] | zs[3]))
        return 0;
    for (unsigned v = 1; v <= *ncls; v++)
        if (!memcmp(g->zset[v], zs, sizeof g->zset[v]))
            return (uint8_t)v;
    if (*ncls + 1 >= RXG_LEAD)
        return RXG_LEAD;
    ++*ncls;
    memcpy(g->zset[*ncls], zs, sizeof g->zset[*ncls]);
    return (uint8_t)*ncls;
}

bool ex_rxgroup_build(extract_engine *e)
{
    ex_rxgroup *g = ex_malloc(&e->alloc, sizeof *g);
    /* k1[y - 0x80][c]: the keys whose second letter may be the
       character read from y (not ASCII, under 0xF0: two or three bytes
       for rx_cp()) and a byte z with z & 0x3F == c (and, from 0xE0, any
       byte after z) */
    uint64_t(*k1)[65] = ex_malloc(&e->alloc, 0x70 * sizeof *k1);     /* [64]: their union */
    /* the characters of three bytes (rx_cp(): U+0000..U+FFFF) by their
       first ten bits h (cp >> 6): l3[h], the letters of those 64
       (ex_fold_letters()); l3c[h], the low six bits of those with one */
    uint32_t *l3 = ex_malloc(&e->alloc, 1024 * sizeof *l3);
    uint64_t *l3c = ex_malloc(&e->alloc, 1024 * sizeof *l3c);
    if (!g || !k1 || !l3 || !l3c) {
        ex_free(&e->alloc, g);
        ex_free(&e->alloc, k1);
        ex_free(&e->alloc, l3);
        ex_free(&e->alloc, l3c);
        return false;
    }
    memset(l3, 0, 1024 * sizeof *l3);
    memset(l3c, 0, 1024 * sizeof *l3c);
    for (int32_t cp = 0; cp < 0x10000; cp++) {
        uint32_t m = ex_fold_letters(cp);
        l3[cp >> 6] |= m;
        if (m)
            l3c[cp >> 6] |= (uint64_t)1 << (cp & 63);
    }
    g->nsets = 2;
    g->set[0] = e->attendance;      /* first members: the sets */
    g->set[1] = e->votes;
    memset(g->kl, 0, sizeof g->kl);
    memset(g->kshort, 0, sizeof g->kshort);
    g->kdone = RXG_NL;
    for (size_t j = 0; j < g->nsets; j++)
        for (size_t i = 0; i < g->set[j]->nkeys; i++)
            if (g->set[j]->klen[i] < g->kdone)
                g->kdone = g->set[j]->klen[i];
    for (size_t j = 0; j < g->nsets; j++)
        for (size_t i = 0; i < g->set[j]->nkeys; i++)
            for (unsigned l = 0; l < RXG_NL; l++) {
                uint64_t bit = (uint64_t)1 << (32 * j + i);
                if (l < g->set[j]->klen[i])
                    g->kl[l][g->set[j]->key[i][l] - 'a'] |= bit;
                else
                    g->kshort[l] |= bit;
            }
    for (unsigned i = 0; i < RXG_NL; i++) {
        for (unsigned b = 0; b < 0x80; b++)
            g->ka[i][b] = group_keys(g, i, fold_ascii[b]);
        for (unsigned b = 0; b < 0x40; b++)
            g->kc3[i][b] = group_keys(g, i, fold_latin1[b]);
    }
    for (unsigned y = 0x80; y < 0xF0; y++) {
        k1[y - 0x80][64] = 0;
        for (unsigned c = 0; c < 64; c++) {
            if (y < 0xE0) {
                k1[y - 0x80][c] = group_keys(g, 1, ex_fold_letters((int32_t)((y & 0x1F) << 6 | c)));
            } else {
                /* (group_keys() is or-ed over the letters) */
                k1[y - 0x80][c] = group_keys(g, 1, l3[(y & 0x0F) << 6 | c]);
            }
            k1[y - 0x80][64] |= k1[y - 0x80][c];
        }
    }
    /* rx_cp() past the text's end: no character (-1), no letter */
    uint64_t knone0 = group_keys(g, 0, ex_fold_letters(-1)), knone1 = group_keys(g, 1, ex_fold_letters(-1));
    memset(g->zset, 0, sizeof g->zset);
    memset(g->zset[RXG_LEAD], 0xFF, sizeof g->zset[RXG_LEAD]);
    unsigned ncls = 0;
    uint64_t ezs[64][4];        /* x >= 0xE0: zs by y & 0x3F (what rx_cp() reads) */
    for (unsigned x = 0; x < 256; x++) {
        for (unsigned y = 0; y < 256; y++) {
            uint64_t zs[4] = {0, 0, 0, 0};
            uint8_t v = 0;
            if (x < 0x80) {
                uint64_t k0 = g->ka[0][x];
                if (!k0) {
                    /* no key starts with x */
                } else if (y < 0x80) {
                    /* the keys of the pair, then their third letters
                       (any byte not ASCII: looked at) */
                    uint64_t kp = k0 & g->ka[1][y];
                    if (kp) {
                        for (unsigned z = 0; z < 0x80; z++)
                            if (kp & g->ka[2][z])
                                SETB(zs, z);
                        zs[2] = zs[3] = ~(uint64_t)0;
                    }
                } else if (y < 0xF0) {
                    /* the second letter from y and z (from 0xE0: and
                       the byte after z, any; "d’", "l’" start no key) */
                    for (unsigned c = 0; c < 64 && (k0 & k1[y - 0x80][64]); c++)
                        if (k0 & k1[y - 0x80][c])
                            for (unsigned z = c; z < 256; z += 64)
                                SETB(zs, z);
                    if (y >= 0xE0 && (k0 & knone1))
                        zs[0] = zs[1] = zs[2] = zs[3] = ~(uint64_t)0;
                } else {
                    v = RXG_LEAD;
                }
            } else if (x >= 0xC0 && x < 0xE0) {
                /* the first letter from x and y, the second from an
                   ASCII z (any other z: looked at) */
                uint64_t k0 = group_keys(g, 0, ex_fold_letters((int32_t)((x & 0x1F) << 6 | (y & 0x3F))));
                if (k0) {
                    for (unsigned z = 0; z < 0x80; z++)
                        if (k0 & g->ka[1][z])
                            SETB(zs, z);
                    zs[2] = zs[3] = ~(uint64_t)0;
                }
            } else if (x >= 0xE0 && x < 0xF0) {
                /* the first letter from x, y and z (the quotes and dashes
                   U+2018..U+201D, U+2013 start no key) */
                if (y < 64) {
                    unsigned h = (x & 0x0F) << 6 | y;
                    for (uint64_t m = l3c[h]; m; m &= m - 1) {
                        unsigned c = (unsigned)rx_ctz64(m);
                        if (group_keys(g, 0, ex_fold_letters((int32_t)(h << 6 | c))))
                            for (unsigned z = c; z < 256; z += 64)
                                SETB(zs, z);
                    }
                    /* (a character without letter: the keys of none) */
                    if (knone0 || g->kshort[0])
                        zs[0] = zs[1] = zs[2] = zs[3] = ~(uint64_t)0;
                    memcpy(ezs[y], zs, sizeof zs);
                } else {
                    memcpy(zs, ezs[y & 0x3F], sizeof zs);
                }
            } else if (x >= 0xF0) {
                v = RXG_LEAD;
            }
            g->cls[x | y << 8] = v ? v : group_class(g, &ncls, zs);
        }
    }
    memset(g->zok, 0, sizeof g->zok);
    for (unsigned v = 1; v < 256; v++)
        for (unsigned z = 0; v <= ncls && z < 256; z++)
            g->zok[v << 8 | z] = (uint8_t)GETB(g->zset[v], z);
    memset(g->zok + (RXG_LEAD << 8), 1, 256);
    ex_free(&e->alloc, k1);
    ex_free(&e->alloc, l3);
    ex_free(&e->alloc, l3c);
    e->rxgroup = g;
    return true;
}

void ex_rxgroup_free(extract_engine *e)
{
    ex_free(&e->alloc, e->rxgroup);
    e->rxgroup = NULL;
}

/* every two bytes in a row of [p, k] may follow each other in a match
   of an alternative where key may come first */
static bool rx_path(const ex_rxset *set, unsigned key, const unsigned char *s, size_t p, size_t k)
{
    const uint64_t *big = set->big[key];
    unsigned x = set->sym[s[p]];
    for (size_t q = p + 1; q <= k; q++) {
        unsigned y = set->sym[s[q]];
        if (!(big[x] >> y & 1))
            return false;
        x = y;
    }
    return true;
}

/* the characters from k (< len) on may be read by key's automaton from
   a position starting key to one ending an alternative, then followed
   (post_nl) by the end of the text or a byte that is no ASCII letter:
   a match whose first keyword is key at k may exist.  A character: an
   ASCII byte is its symbol, another character SY_NA.  Returns the
   alternatives (bit a; the set's alternatives apart, set->alt) whose
   positions so reach an end, and those with positions still in the
   automaton after RX_AFTER characters; all (~0) without automaton.
   Each alternative's positions follow only its own: one reaching its
   end leaves the automaton (the others may still), and the walk stops
   when none is left.  A set without its alternatives apart: ~0 at the
   first end (any will do), 0 for none. */
static __attribute__((noinline)) uint32_t rx_after(const ex_rxset *set, unsigned key, const unsigned char *s, size_t len, size_t k)
{
    const ex_rxnfa *f = &set->nfa[key];
    const bool each = set->alt != NULL;
    if (!f->n || (f->anyalt && !each))
        return ~(uint32_t)0;
    uint32_t ok = f->anyalt;
    uint64_t c0 = f->init[0], c1 = f->init[1];
    size_t q = k;
    int step = 0;
    /* the key's letters (its occurrence at k): the positions reached
       reading them (kc) */
    bool pre = f->kn != 0;
    if (pre) {
        for (unsigned j = 0; j < f->kn; j++) {
            unsigned b = s[q];
            q += b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        }
        c0 = f->kc[0];
        c1 = f->kc[1];
        step = f->kn - 1;
    }
    for (; step < RX_AFTER; step++) {
        if (!pre) {
            unsigned b = s[q], y = b < 0x80 ? set->sym[b] : SY_NA;
            q += b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            c0 &= f->acc[y][0];
            c1 &= f->acc[y][1];
        }
        pre = false;
        if (!(c0 | c1))
            return ok;
        uint64_t e0 = c0 & f->end[0], e1 = c1 & f->end[1];
        if ((e0 | e1) && (q >= len || !set->post_nl || s[q] >= 0x80 || !GETB(rx_letters, s[q]))) {
            if (!each)
                return ~(uint32_t)0;
            for (; e0 | e1; e0 &= c0, e1 &= c1) {
                unsigned a = f->palt[e0 ? rx_ctz64(e0) : 64 + rx_ctz64(e1)];
                ok |= (uint32_t)1 << a;
                c0 &= ~f->apos[a][0];
                c1 &= ~f->apos[a][1];
            }
            if (!(c0 | c1))
                return ok;
        }
        if (q >= len)
            return ok;
        /* alternatives whose positions stop after this character (too
           many): possible when still in the automaton */
        for (uint32_t m = f->acut[step]; m; m &= m - 1) {
            unsigned a = rx_ctz(m);
            if ((c0 & f->apos[a][0]) | (c1 & f->apos[a][1])) {
                if (!each)
                    return ~(uint32_t)0;
                ok |= (uint32_t)1 << a;
                c0 &= ~f->apos[a][0];
                c1 &= ~f->apos[a][1];
            }
        }
        if (!(c0 | c1))
            return ok;
        uint64_t n0 = 0, n1 = 0;
        for (uint64_t m = c0; m; m &= m - 1) {
            const uint64_t *x = f->fol[rx_ctz64(m)];
            n0 |= x[0];
            n1 |= x[1];
        }
        for (uint64_t m = c1; m; m &= m - 1) {
            const uint64_t *x = f->fol[64 + rx_ctz64(m)];
            n0 |= x[0];
            n1 |= x[1];
        }
        c0 = n0;
        c1 = n1;
    }
    if (!each)
        return ~(uint32_t)0;
    for (; c0; c0 &= c0 - 1)
        ok |= (uint32_t)1 << f->palt[rx_ctz64(c0)];
    for (; c1; c1 &= c1 - 1)
        ok |= (uint32_t)1 << f->palt[64 + rx_ctz64(c1)];
    return ok;
}

/* rx_after()'s answers for the keys of one occurrence (alts[key]: its
   alternatives, valid where done has the key) */
typedef struct rx_memo {
    const ex_rxocc *o;
    uint32_t done;
    uint32_t alts[EX_RXSET_MAXKEYS];
} rx_memo;

/* p (A(p) = ap, byte y) is a candidate: an occurrence from o on whose
   key's window reaches p, whose key's matches can start with y (an
   ASCII y), whose bytes from p may be those of such a match, and whose
   characters from the keyword on may be too (rx_after(): for the set's
   alternatives apart, those of them it leaves) */
static uint32_t rx_candidate(const ex_rxset *set, const unsigned char *s, size_t len, const ex_rxocc *o,
                             const ex_rxocc *oe, unsigned shift, size_t p, size_t ap, unsigned y,
                             rx_memo *memo)
{
    size_t amax = ap + set->maxwin;
    uint32_t got = 0;           /* the keys that passed (with all their
                                   alternatives: not looked at again) */
    uint32_t alts = 0;          /* ... the alternatives where they may come first */
    for (; o < oe && o->a <= amax; o++) {
        for (uint32_t m = (uint32_t)(o->keys >> shift) & ~got; m; m &= m - 1) {
            unsigned key = rx_ctz(m);
            if (!(o->a <= ap + set->win[key] && (y >= 0x80 || GETB(set->kstart[key], y))
                  && rx_path(set, key, s, p, o->k)))
                continue;
            /* the keyword at p: a match starting with it (kat0); a first
               character that is no letter nor digit (U+2000..U+203F,
               no-break space, guillemets, degree sign): a match
               starting with such a character (nafirst) */
            if ((o->k == p && !(set->kat0 >> key & 1))
                || (y >= 0x80 && !(set->nafirst >> key & 1)
                    && ((y == 0xE2 && s[p + 1] == 0x80)
                        || (y == 0xC2 && (s[p + 1] == 0xA0 || s[p + 1] == 0xAB || s[p + 1] == 0xBB
                                          || s[p + 1] == 0xB0)))))
                continue;
            if (memo->o != o) {
                memo->o = o;
                memo->done = 0;
            }
            uint32_t bit = (uint32_t)1 << key;
            if (!(memo->done & bit)) {
                memo->done |= bit;
                memo->alts[key] = rx_after(set, key, s, len, o->k);
            }
            if (!memo->alts[key])
                continue;
            if (!set->alt)
                return got | bit;   /* (one alternative: any key will do) */
            alts |= set->keyalts[key] & memo->alts[key];
            if (!(set->keyalts[key] & ~alts))
                got |= bit;
        }
    }
    return set->alt ? alts : got;
}

int ex_rxset_scan(ex_call *c, const ex_rxset *set, size_t from, size_t limit)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t len = c->text.len;
    if (from > len || from >= limit)
        return -1;
    if (limit > len)
        limit = len;
    unsigned shift;
    const ex_rxocc_vec *ov = ex_rxset_occ(c, set, &shift);
    if (!ov)
        return PCRE2_ERROR_NOMEMORY;
    if (!ov->n)                 /* (and ov->v may be NULL) */
        return PCRE2_ERROR_NOMATCH;
    /* the first occurrence at or after from */
    size_t lo = 0, hi = ov->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ov->v[mid].k < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    const ex_rxocc *o = ov->v + lo, *oe = ov->v + ov->n, *to = NULL;
    size_t maxwin = set->maxwin;
    size_t p = from, ap = 0;    /* A(p), once known */
    size_t tgt = 0;             /* no candidate before A(p) reaches it */
    bool known = false;
    rx_memo memo;
    memo.o = NULL;
    memo.done = 0;
    uint32_t got;
    while (p < limit) {
        while (o < oe && (o->k < p || !(uint32_t)(o->keys >> shift)))
            o++;
        if (o == oe)
            return PCRE2_ERROR_NOMATCH;
        if (o != to) {
            /* the smallest A(k) - win[key] of the occurrences from o on:
               those after A(o->k) + maxwin give more */
            to = o;
            tgt = (size_t)-1;
            for (const ex_rxocc *x = o; x < oe && x->a <= o->a + maxwin; x++)
                for (uint32_t m = (uint32_t)(x->keys >> shift); m; m &= m - 1) {
                    size_t w = set->win[rx_ctz(m)], v = x->a > w ? x->a - w : 0;
                    if (v < tgt)
                        tgt = v;
                }
        }
        if (!known || ap < tgt) {
            /* no candidate before the first position q >= p with A(q)
               >= tgt, found back from o->k (A(o->k) >= tgt) */
            size_t q = o->k, a = o->a;
            /* sixteen bytes at a time while all of them go: A(q - 16)
               (a less their letters and digits) still >= tgt, the A()
               of each byte between then too (A only falls going back) */
            while (q - p >= 16) {
                size_t n = count_alnum(s + q - 16, 16);
                if (a - n < tgt)
                    break;
                a -= n;
                q -= 16;
            }
            while (q > p && a - rx_alnum[s[q - 1]] >= tgt) {
                a -= rx_alnum[s[q - 1]];
                q--;
            }
            p = q;
            ap = a;
            known = true;
            continue;
        }
        unsigned y = s[p];
        if (/* a byte a match may start with, and the pattern's
               (?<![\p{L}\p{N}]) holds after an ASCII letter or digit
               and after a letter of U+00C0..U+00FF (not U+00D7, U+00F7):
               anything else is left to the pattern */
            set->startb[y] && !(p > 0 && rx_alnum[s[p - 1]])
            && !(p > 1 && s[p - 2] == 0xC3 && s[p - 1] >= 0x80 && s[p - 1] < 0xC0 && s[p - 1] != 0x97
                 && s[p - 1] != 0xB7)
            && (got = rx_candidate(set, s, len, o, oe, shift, p, ap, y, &memo)) != 0) {
            if (!set->alt) {
                int rc = rx_exec(c, &set->rx, len, p, 0);
                if (rc != PCRE2_ERROR_NOMATCH)
                    return rc;
            } else {
                /* the alternatives in order, those that may match at p:
                   a match of alternative i has a first keyword that
                   passed the tests (rx_candidate(): keyalts) and starts
                   with one of its bytes (bytealts) */
                for (uint32_t m = got & set->bytealts[y]; m; m &= m - 1) {
                    unsigned i = rx_ctz(m);
                    int rc = rx_exec(c, &set->alt[i], len, p, 0);
                    if (rc != PCRE2_ERROR_NOMATCH)
                        return rc;
                }
            }
        }
        /* no match starts at p: on to the next byte where one may (a
           byte it may start with after no ASCII letter or digit), at most
           to the occurrence o or limit (until p passes o, o and tgt stay,
           and ap only grows: the loop's first steps would only lead back
           here) */
        size_t e = o->k < limit ? o->k + 1 : limit;
        unsigned a;
        do {
            a = rx_alnum[y];
            ap += a;
            p++;
        } while (p < e && (y = s[p], a || !set->startb[y]));
    }
    return PCRE2_ERROR_NOMATCH;
}

#undef SETB
#undef GETB

int ex_rx_match_starts(ex_call *c, const ex_regex *rx, const ex_start_vec *st, size_t *si,
                       size_t from, unsigned bit)
{
    for (;;) {
        while (*si < st->n && (st->v[*si].pos < from || !(st->v[*si].kinds & bit)))
            (*si)++;
        if (*si >= st->n)
            return PCRE2_ERROR_NOMATCH;
        int rc = ex_rx_match(c, rx, st->v[*si].pos, 0);
        if (rc != PCRE2_ERROR_NOMATCH)
            return rc;
        (*si)++;
    }
}

int ex_rx_match_at(ex_call *c, const ex_regex *rx, size_t at)
{
    return ex_rx_match(c, rx, at, PCRE2_ANCHORED);
}

/* ------------------------------------------------------------------ */

void ex_diag_add(ex_call *c, const char *severity, const char *code,
                 const char *message, size_t a, size_t b, bool has_span)
{
    ex_diag *d = ex_vec_push(c->alloc, &c->diags);
    if (!d) {
        c->oom = true;
        return;
    }
    d->severity = severity;
    d->code = code;
    d->message = message;
    d->span.start = a;
    d->span.end = b;
    d->has_span = has_span;
}

char *ex_strndup(ex_call *c, const char *s, size_t n)
{
    char *p = ex_arena_strndup(&c->arena, s, n);
    if (!p)
        c->oom = true;
    return p;
}

char *ex_strdup(ex_call *c, const char *s)
{
    return ex_strndup(c, s, strlen(s));
}

/* ------------------------------------------------------------------ */

typedef bool (*stage_init)(extract_engine *);
typedef void (*stage_free)(extract_engine *);
static const struct { stage_init init; stage_free fini; } stages[] = {
    {ex_numbers_init, ex_numbers_free},
    {ex_amounts_init, ex_amounts_free},
    {ex_dates_init, ex_dates_free},
    {ex_references_init, ex_references_free},
    {ex_identifiers_init, ex_identifiers_free},
    {ex_segment_init, ex_segment_free},
    {ex_persons_init, ex_persons_free},
    {ex_attendance_init, ex_attendance_free},
    {ex_votes_init, ex_votes_free},
};
#define NSTAGES (sizeof stages / sizeof stages[0])

#ifdef EX_AVX2
/* the CPU runs AVX2 code: AVX2 (CPUID leaf 7), and the system saves the
   YMM registers (OSXSAVE, then XCR0 bits 1 and 2) */
static bool cpu_avx2(void)
{
    unsigned a, b, c, d;
    if (__get_cpuid_max(0, NULL) < 7 || !__get_cpuid(1, &a, &b, &c, &d))
        return false;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX))
        return false;
    unsigned lo, hi;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0u));
    (void)hi;
    if ((lo & 6u) != 6u)                          /* XMM and YMM state */
        return false;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & bit_AVX2) != 0;
}
#endif

extract_status extract_engine_new(const extract_options *opts, extract_engine **out)
{
    if (!out)
        return EXTRACT_ERR_INVALID;
    *out = NULL;
    ex_alloc al = {std_malloc, std_realloc, std_free, NULL};
    size_t max_size = EX_DEFAULT_MAX_SIZE;
    if (opts) {
        if (opts->abi_version != EXTRACT_OPTIONS_ABI)
            return EXTRACT_ERR_ABI;
        int set = !!opts->malloc_fn + !!opts->realloc_fn + !!opts->free_fn;
        if (set != 0 && set != 3)
            return EXTRACT_ERR_INVALID;
        if (set == 3) {
            al.malloc_fn = opts->malloc_fn;
            al.realloc_fn = opts->realloc_fn;
            al.free_fn = opts->free_fn;
            al.ud = opts->alloc_ud;
        }
        if (opts->max_size)
            max_size = opts->max_size;
    }
    extract_engine *e = al.malloc_fn(sizeof *e, al.ud);
    if (!e)
        return EXTRACT_ERR_NOMEM;
    memset(e, 0, sizeof *e);
    e->alloc = al;
    e->max_size = max_size;
#ifdef EX_AVX2
    e->avx2 = cpu_avx2();
#endif
    e->gctx = pcre2_general_context_create(pcre_malloc, pcre_free, &e->alloc);
    e->jit_gctx = pcre2_general_context_create(NULL, NULL, NULL);
    if (!e->gctx || !e->jit_gctx) {
        pcre2_general_context_free(e->gctx);
        pcre2_general_context_free(e->jit_gctx);
        al.free_fn(e, al.ud);
        return EXTRACT_ERR_NOMEM;
    }
    for (size_t i = 0; i < NSTAGES; i++) {
        if (!stages[i].init(e)) {
            extract_engine_free(e);
            return EXTRACT_ERR_PATTERN;
        }
    }
    if (!ex_rxgroup_build(e)) {
        extract_engine_free(e);
        return EXTRACT_ERR_NOMEM;
    }
    *out = e;
    return EXTRACT_OK;
}

void extract_engine_free(extract_engine *e)
{
    if (!e)
        return;
    ex_rxgroup_free(e);
    for (size_t i = NSTAGES; i > 0; i--)
        stages[i - 1].fini(e);
    pcre2_general_context_free(e->gctx);
    pcre2_general_context_free(e->jit_gctx);
    ex_alloc al = e->alloc;
    al.free_fn(e, al.ud);
}

/* ------------------------------------------------------------------ */

bool ex_call_init(ex_call *c, const extract_engine *e)
{
    memset(c, 0, sizeof *c);
    c->eng = e;
    c->alloc = &e->alloc;
    ex_arena_init(&c->arena, &e->alloc);
    c->md = pcre2_match_data_create(32, e->gctx);
    c->mctx = pcre2_match_context_create(e->gctx);
    if (!c->md || !c->mctx)
        return false;
    pcre2_set_match_limit(c->mctx, EX_MATCH_LIMIT);
    pcre2_set_depth_limit(c->mctx, EX_DEPTH_LIMIT);
    pcre2_set_heap_limit(c->mctx, EX_HEAP_LIMIT);
    return true;
}

/* a vector of votes with their groups / of references with their
   articles */
static void votes_free(const ex_alloc *a, ex_vote_vec *v)
{
    for (size_t i = 0; i < v->n; i++)
        ex_vec_free(a, &v->v[i].for_groups);
    ex_vec_free(a, v);
}

static void refs_free(const ex_alloc *a, ex_reference_vec *v)
{
    for (size_t i = 0; i < v->n; i++)
        ex_vec_free(a, &v->v[i].articles);
    ex_vec_free(a, v);
}

static void doc_free(const ex_alloc *a, ex_document *d)
{
    ex_vec_free(a, &d->att.present);
    ex_vec_free(a, &d->att.excused);
    ex_vec_free(a, &d->att.absent);
    ex_vec_free(a, &d->att.advisory_present);
    ex_vec_free(a, &d->att.advisory_excused);
    ex_vec_free(a, &d->att.proxies);
    ex_vec_free(a, &d->visas);
    ex_vec_free(a, &d->considerants);
    ex_vec_free(a, &d->articles);
    votes_free(a, &d->votes);
    ex_vec_free(a, &d->signatures);
    ex_vec_free(a, &d->amounts);
    ex_vec_free(a, &d->dates);
    refs_free(a, &d->references);
    ex_vec_free(a, &d->identifiers);
    for (size_t i = 0; i < d->items.n; i++) {
        ex_vec_free(a, &d->items.v[i].articles);
        votes_free(a, &d->items.v[i].votes);
    }
    ex_vec_free(a, &d->items);
}

void ex_call_free(ex_call *c)
{
    const ex_alloc *a = c->alloc;
    for (size_t i = 0; i < c->docs.n; i++)
        doc_free(a, &c->docs.v[i]);
    ex_vec_free(a, &c->docs);
    ex_vec_free(a, &c->amounts);
    ex_vec_free(a, &c->amount_starts);
    ex_vec_free(a, &c->dates);
    refs_free(a, &c->references);
    ex_vec_free(a, &c->identifiers);
    ex_vec_free(a, &c->diags);
    ex_vec_free(a, &c->repairs);
    ex_vec_free(a, &c->rxocc[0].v);
    ex_vec_free(a, &c->rxocc[1].v);
    ex_free(a, c->text.s);
    ex_free(a, c->text.anchors);
    ex_free(a, c->text.lines);
    ex_free(a, c->text.line_blk);
    pcre2_match_data_free(c->md);
    pcre2_match_context_free(c->mctx);
    ex_arena_free(&c->arena);
}

/* decode + lines: the text layer */
bool ex_call_text(ex_call *c, const void *data, size_t len)
{
    return ex_decode(c, data, len) && ex_lines_build(c);
}

bool ex_call_pipeline(ex_call *c)
{
    if (!(ex_find_dates(c) && ex_find_amounts(c) && ex_find_identifiers(c)
          && ex_find_references(c) && ex_segment(c)) || c->oom)
        return false;
    for (size_t i = 0; i < c->docs.n; i++)
        if (!ex_attendance_fill(c, &c->docs.v[i]) || !ex_persons_given_fix(c, &c->docs.v[i])
            || !ex_votes_fill(c, &c->docs.v[i]))
            return false;
    return ex_persons_family_fix(c) && ex_assemble(c) && ex_ocr_quality(c) && ex_ocr_repairs(c) && !c->oom;
}

/* After the pipeline: free what ex_render() does not read (the text
   view and its lines, the mentions over the whole text, the repairs, the
   match data), keeping the documents, the diagnostics, the arena holding
   their strings and the offset map.  ex_call_free() still frees the
   rest. */
static void call_trim(ex_call *c)
{
    const ex_alloc *a = c->alloc;
    ex_vec_free(a, &c->amounts);
    ex_vec_free(a, &c->amount_starts);
    ex_vec_free(a, &c->dates);
    refs_free(a, &c->references);
    ex_vec_free(a, &c->identifiers);
    ex_vec_free(a, &c->repairs);
    ex_free(a, c->text.s);
    c->text.s = NULL;
    c->text.len = 0;
    ex_free(a, c->text.lines);
    c->text.lines = NULL;
    c->text.nlines = 0;
    ex_free(a, c->text.line_blk);
    c->text.line_blk = NULL;
    c->text.nblk = 0;
    pcre2_match_data_free(c->md);
    c->md = NULL;
    pcre2_match_context_free(c->mctx);
    c->mctx = NULL;
}

extract_status extract_buffer(const extract_engine *e, const void *data, size_t len,
                              const char *path, extract_result **out)
{
    if (!out)
        return EXTRACT_ERR_INVALID;
    *out = NULL;
    if (!e || (!data && len))
        return EXTRACT_ERR_INVALID;
    if (len > e->max_size)
        return EXTRACT_ERR_TOO_LARGE;
    if (!data)
        data = "";
    ex_call c;
    if (!ex_call_init(&c, e) || !ex_call_text(&c, data, len) || !ex_call_pipeline(&c)) {
        ex_call_free(&c);
        return EXTRACT_ERR_NOMEM;
    }
    extract_result *r = e->alloc.malloc_fn(sizeof *r, e->alloc.ud);
    if (!r) {
        ex_call_free(&c);
        return EXTRACT_ERR_NOMEM;
    }
    memset(r, 0, sizeof *r);
    r->alloc = e->alloc;
    if (path) {
        size_t n = strlen(path);
        char *p = ex_malloc(&r->alloc, n + 1);
        if (!p) {
            ex_call_free(&c);
            r->alloc.free_fn(r, r->alloc.ud);
            return EXTRACT_ERR_NOMEM;
        }
        memcpy(p, path, n + 1);
        r->src.path = p;
    }
    r->src.size = len;
    ex_sha256_hex(data, len, r->src.sha256);
    r->ndocs = c.docs.n;
    r->ndiags = c.diags.n;
    r->enc = c.text.encoding;
    /* the result keeps only what rendering reads; it owns it from now on
       and no longer depends on the engine */
    call_trim(&c);
    r->call = c;
    r->call.eng = NULL;
    r->call.alloc = &r->alloc;
    r->call.arena.alloc = &r->alloc;
    *out = r;
    return EXTRACT_OK;
}

static extract_status read_file(const extract_engine *e, const char *path,
                                char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return EXTRACT_ERR_IO;
    ex_buf b = {0};
    char tmp[65536];
    size_t n;
    extract_status st = EXTRACT_OK;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) {
        if (b.len + n > e->max_size) {
            st = EXTRACT_ERR_TOO_LARGE;
            break;
        }
        if (!ex_buf_put(&e->alloc, &b, tmp, n)) {
            st = EXTRACT_ERR_NOMEM;
            break;
        }
    }
    if (st == EXTRACT_OK && ferror(f))
        st = EXTRACT_ERR_IO;
    fclose(f);
    if (st != EXTRACT_OK) {
        ex_buf_free(&e->alloc, &b);
        return st;
    }
    *data = b.s;
    *len = b.len;
    return EXTRACT_OK;
}

extract_status extract_file(const extract_engine *e, const char *path,
                            extract_result **out)
{
    if (!out)
        return EXTRACT_ERR_INVALID;
    *out = NULL;
    if (!e || !path)
        return EXTRACT_ERR_INVALID;
    char *data = NULL;
    size_t len = 0;
    extract_status st = read_file(e, path, &data, &len);
    if (st != EXTRACT_OK)
        return st;
    st = extract_buffer(e, data ? data : "", len, path, out);
    ex_free(&e->alloc, data);
    return st;
}

void extract_result_free(extract_result *r)
{
    if (!r)
        return;
    ex_json_tree_free(r->root);
    ex_call_free(&r->call);
    ex_free(&r->alloc, (void *)r->src.path);
    r->alloc.free_fn(r, r->alloc.ud);
}

/* Written on each request straight into the string handed out (no copy,
   no second layout pass); not cached: a cache would cost a copy on every
   call and hold the text as long as the result, while a repeated request
   costs what the first one did. */
char *extract_result_json(const extract_result *r, unsigned flags, size_t *len)
{
    if (!r)
        return NULL;
    return ex_render(&r->call, &r->src, !(flags & EXTRACT_JSON_COMPACT), len);
}

struct json_object *extract_result_tree(const extract_result *r)
{
    if (!r)
        return NULL;
    if (!r->root) {
        /* made once, on the first request; the result belongs to one
           thread at a time, so the cache needs no lock */
        size_t n;
        char *s = ex_render(&r->call, &r->src, false, &n);
        if (!s)
            return NULL;
        extract_result *w = (extract_result *)r;
        w->root = ex_json_tree(s, n);
        free(s);
    }
    return r->root;
}

size_t extract_result_document_count(const extract_result *r)
{
    return r ? r->ndocs : 0;
}

size_t extract_result_diagnostic_count(const extract_result *r)
{
    return r ? r->ndiags : 0;
}

static const char *enc_name(ex_encoding e)
{
    switch (e) {
    case EX_ENC_UTF8: return "utf-8";
    case EX_ENC_CP1252: return "windows-1252";
    case EX_ENC_UTF16LE: return "utf-16le";
    case EX_ENC_UTF16BE: return "utf-16be";
    }
    return "utf-8";
}

const char *ex_encoding_name(ex_encoding e)
{
    return enc_name(e);
}

const char *extract_result_source_encoding(const extract_result *r)
{
    return r ? enc_name(r->enc) : NULL;
}

void extract_free(void *p)
{
    free(p);
}

/* ------------------------------------------------------------------ */

static void dump_escaped(const ex_alloc *a, ex_buf *b, const char *s, size_t n, bool *ok)
{
    for (size_t i = 0; i < n && *ok; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\t')
            *ok = ex_buf_put(a, b, "\\t", 2);
        else if (ch == '\\')
            *ok = ex_buf_put(a, b, "\\\\", 2);
        else if (ch < 0x20)
            *ok = ex_buf_printf(a, b, "\\x%02x", ch);
        else
            *ok = ex_buf_putc(a, b, (char)ch);
    }
}

extract_status extract_dump(const extract_engine *e, const void *data, size_t len,
                            extract_dump_kind kind, char **out, size_t *out_len)
{
    if (!out)
        return EXTRACT_ERR_INVALID;
    *out = NULL;
    if (!e || (!data && len) || (kind != EXTRACT_DUMP_LINES && kind != EXTRACT_DUMP_TOKENS))
        return EXTRACT_ERR_INVALID;
    if (len > e->max_size)
        return EXTRACT_ERR_TOO_LARGE;
    if (!data)
        data = "";
    ex_call c;
    if (!ex_call_init(&c, e) || !ex_call_text(&c, data, len)) {
        ex_call_free(&c);
        return EXTRACT_ERR_NOMEM;
    }
    const ex_alloc *a = &e->alloc;
    ex_buf b = {0};
    bool ok = ex_buf_put(a, &b, "", 0);
    const ex_text *t = &c.text;
    if (kind == EXTRACT_DUMP_LINES) {
        for (size_t i = 0; i < t->nlines && ok; i++) {
            const ex_line *l = &t->lines[i];
            ok = ex_buf_printf(a, &b, "%zu\t%zu\t%u\t%s%s%s\t",
                               ex_src_off(t, l->start), ex_src_off(t, l->end), l->page + 1,
                               (l->flags & EX_LINE_BLANK) ? "B" : "",
                               (l->flags & EX_LINE_FURNITURE) ? "F" : "",
                               (l->flags & EX_LINE_STAMP) ? "S" : "");
            dump_escaped(a, &b, t->s + l->start, l->end - l->start, &ok);
            ok = ok && ex_buf_putc(a, &b, '\n');
        }
    } else {
        ex_token_vec tv = {0};
        ok = ok && ex_tokenize(a, t, &tv);
        for (size_t i = 0; i < tv.n && ok; i++) {
            const ex_token *tk = &tv.v[i];
            ok = ex_buf_printf(a, &b, "%zu\t%zu\t%s\t", ex_src_off(t, tk->start),
                               ex_src_off(t, tk->end), ex_tok_kind_name(tk->kind));
            dump_escaped(a, &b, t->s + tk->start, tk->end - tk->start, &ok);
            ok = ok && ex_buf_putc(a, &b, '\n');
        }
        ex_vec_free(a, &tv);
    }
    ex_call_free(&c);
    if (!ok) {
        ex_buf_free(a, &b);
        return EXTRACT_ERR_NOMEM;
    }
    /* hand out malloc memory: extract_free() is free() */
    char *s = malloc(b.len + 1);
    if (!s) {
        ex_buf_free(a, &b);
        return EXTRACT_ERR_NOMEM;
    }
    memcpy(s, b.s, b.len + 1);
    if (out_len)
        *out_len = b.len;
    ex_buf_free(a, &b);
    *out = s;
    return EXTRACT_OK;
}
