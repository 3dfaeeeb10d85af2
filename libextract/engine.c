/*
 * engine.c - the public API: engine lifecycle (every pattern compiled
 * once, JIT when the platform allows), one extraction call running the
 * pipeline, results, statuses, dumps.  Regex helpers shared by the
 * recognizers live here too.
 */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION EXTRACT_VERSION_STRING
#endif

#define EX_DEFAULT_MAX_SIZE ((size_t)1 << 30)
#define EX_MATCH_LIMIT 1000000u
#define EX_DEPTH_LIMIT 10000u
#define EX_HEAP_LIMIT 65536u     /* KiB of backtracking frames per match */

struct extract_result {
    ex_alloc alloc;
    ex_buf json;              /* compact JSON text (engine allocator) */
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
                       ex_regex *out, uint32_t opts)
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
        /* JIT where available; without it the interpreter is used */
        (void)pcre2_jit_compile(out[i].code, PCRE2_JIT_COMPLETE);
    }
    pcre2_compile_context_free(cc);
    return true;
}

bool ex_rx_compile(const extract_engine *e, const ex_pattern *tab, size_t n,
                   ex_regex *out)
{
    return rx_compile(e, tab, n, out, 0);
}

/* Anchored at compile time: the JIT runs it (PCRE2_ANCHORED given at
   match time sends a JIT-compiled pattern to the interpreter). */
bool ex_rx_compile_anchored(const extract_engine *e, const ex_pattern *tab, size_t n,
                            ex_regex *out)
{
    return rx_compile(e, tab, n, out, PCRE2_ANCHORED);
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

int ex_rx_match(ex_call *c, const ex_regex *rx, size_t from, uint32_t opts)
{
    if (from > c->text.len)
        return -1;
    int rc = pcre2_match(rx->code, (PCRE2_SPTR)c->text.s, c->text.len, from,
                         opts | PCRE2_NO_UTF_CHECK, c->md, c->mctx);
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
    int rc = pcre2_match(rx->code, (PCRE2_SPTR)c->text.s, c->text.len, from,
                         opts | PCRE2_NO_UTF_CHECK, c->md, c->mctx);
    pcre2_set_offset_limit(c->mctx, PCRE2_UNSET);
    return rc;
}

bool ex_rxset_build(extract_engine *e, const char *pre, const char *post,
                    const ex_pattern *alts, size_t n, ex_rxset *out)
{
    memset(out, 0, sizeof *out);
    ex_buf pb = {0};
    bool ok = ex_buf_put(&e->alloc, &pb, pre, strlen(pre));
    for (size_t i = 0; ok && i < n; i++)
        ok = ex_buf_printf(&e->alloc, &pb, "%s(?:%s)(*MARK:%d)", i ? "|" : "", alts[i].pattern,
                           alts[i].kind);
    ok = ok && ex_buf_put(&e->alloc, &pb, post, strlen(post)) && ex_buf_putc(&e->alloc, &pb, 0);
    ex_pattern pat = {0, pb.s};
    ok = ok && rx_compile(e, &pat, 1, &out->rx, PCRE2_ANCHORED);
    ex_buf_free(&e->alloc, &pb);
    if (!ok)
        return false;
    /* The ASCII pairs and triples a match can start with: a partial
       match (hard) of the bytes alone fails only when no text starting
       with them matches.  The pattern is caseless: ASCII letters are
       tested in lower case.  Text with a non-ASCII byte there is always
       tried.  Triples only after two letters, and only the common third
       bytes: the build stays short (the engine is made once per CLI
       run). */
    (void)pcre2_jit_compile(out->rx.code, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD);
    pcre2_match_data *md = pcre2_match_data_create(1, e->jit_gctx);
    if (!md) {
        ex_rxset_free(e, out);
        return false;
    }
#define UP(b) ((b) >= 'A' && (b) <= 'Z')
#define LO(b) (UP(b) ? (b) - 'A' + 'a' : (b))
#define SETB(t, b) ((t)[(b) / 64] |= (uint64_t)1 << ((b) % 64))
#define GETB(t, b) ((t)[(b) / 64] >> ((b) % 64) & 1)
    size_t ntrip = 0;
    for (unsigned x = 0; x < 128; x++) {
        if (UP(x))
            continue;
        unsigned char sub[3] = {(unsigned char)x, 0, 0};
        if (pcre2_match(out->rx.code, sub, 1, 0, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD, md, NULL)
            == PCRE2_ERROR_NOMATCH)
            continue;
        for (unsigned y = 0; y < 128; y++) {
            if (UP(y))
                continue;
            sub[1] = (unsigned char)y;
            if (pcre2_match(out->rx.code, sub, 2, 0, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD, md, NULL)
                == PCRE2_ERROR_NOMATCH)
                continue;
            SETB(out->pair[x], y);
            if (ntrip >= EX_RXSET_TRIPLES || !(x >= 'a' && x <= 'z') || !(y >= 'a' && y <= 'z'))
                continue;       /* every third byte tried */
            uint64_t *t = out->trip[ntrip];
            for (unsigned z = 0; z < 128; z++) {
                if (UP(z))
                    continue;
                /* third bytes common in text are tested; the others are
                   allowed (tried) without a test, to keep the engine's
                   creation short */
                if (!((z >= 'a' && z <= 'z') || (z >= '0' && z <= '9') || strchr(" \n'.,-", (int)z))
                    || z == 0) {
                    SETB(t, z);
                    continue;
                }
                sub[2] = (unsigned char)z;
                if (pcre2_match(out->rx.code, sub, 3, 0, PCRE2_NO_UTF_CHECK | PCRE2_PARTIAL_HARD, md, NULL)
                    != PCRE2_ERROR_NOMATCH) {
                    SETB(t, z);
                    if (z >= 'a' && z <= 'z')
                        SETB(t, z - 'a' + 'A');
                }
            }
            out->tidx[x][y] = (uint16_t)++ntrip;
        }
    }
    pcre2_match_data_free(md);
    for (unsigned x = 0; x < 128; x++)
        for (unsigned y = 0; y < 128; y++)
            if (UP(x) || UP(y)) {
                if (GETB(out->pair[LO(x)], LO(y)))
                    SETB(out->pair[x], y);
                out->tidx[x][y] = out->tidx[LO(x)][LO(y)];
            }
    return true;
}

#undef UP
#undef LO
#undef SETB

void ex_rxset_free(const extract_engine *e, ex_rxset *set)
{
    EX_UNUSED(e);
    ex_rx_free(&set->rx, 1);
    memset(set, 0, sizeof *set);
}

int ex_rxset_scan(ex_call *c, const ex_rxset *set, size_t from, size_t limit)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t len = c->text.len;
    if (from > len || from >= limit)
        return -1;
    if (limit > len)
        limit = len;
    for (size_t p = from; p < limit; p++) {
        unsigned x = s[p];
        if (x >= 0x80) {
            if (x < 0xC0)
                continue;       /* never a character's first byte */
        } else if (p + 1 < len && s[p + 1] < 0x80) {
            unsigned y = s[p + 1];
            if (!GETB(set->pair[x], y))
                continue;
            unsigned k = set->tidx[x][y];
            if (k && p + 2 < len && s[p + 2] < 0x80 && !GETB(set->trip[k - 1], s[p + 2]))
                continue;
        }
        /* the pattern's (?<![\p{L}\p{N}]): an ASCII letter or digit
           before p fails it; anything else is left to the pattern */
        if (p > 0) {
            unsigned char b = s[p - 1];
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))
                continue;
        }
        int rc = pcre2_match(set->rx.code, (PCRE2_SPTR)s, len, p, PCRE2_NO_UTF_CHECK,
                             c->md, c->mctx);
        if (rc != PCRE2_ERROR_NOMATCH)
            return rc;
    }
    return PCRE2_ERROR_NOMATCH;
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
    *out = e;
    return EXTRACT_OK;
}

void extract_engine_free(extract_engine *e)
{
    if (!e)
        return;
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
    for (size_t i = 0; i < d->votes.n; i++)
        ex_vec_free(a, &d->votes.v[i].for_groups);
    ex_vec_free(a, &d->votes);
    ex_vec_free(a, &d->signatures);
    ex_vec_free(a, &d->amounts);
    ex_vec_free(a, &d->dates);
    for (size_t i = 0; i < d->references.n; i++)
        ex_vec_free(a, &d->references.v[i].articles);
    ex_vec_free(a, &d->references);
    ex_vec_free(a, &d->identifiers);
    for (size_t i = 0; i < d->items.n; i++) {
        ex_vec_free(a, &d->items.v[i].articles);
        for (size_t k = 0; k < d->items.v[i].votes.n; k++)
            ex_vec_free(a, &d->items.v[i].votes.v[k].for_groups);
        ex_vec_free(a, &d->items.v[i].votes);
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
    ex_vec_free(a, &c->dates);
    for (size_t i = 0; i < c->references.n; i++)
        ex_vec_free(a, &c->references.v[i].articles);
    ex_vec_free(a, &c->references);
    ex_vec_free(a, &c->identifiers);
    ex_vec_free(a, &c->diags);
    ex_vec_free(a, &c->repairs);
    ex_free(a, c->text.s);
    ex_free(a, c->text.anchors);
    ex_free(a, c->text.lines);
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
        if (!ex_attendance_fill(c, &c->docs.v[i]) || !ex_votes_fill(c, &c->docs.v[i]))
            return false;
    return ex_assemble(c) && ex_ocr_quality(c) && ex_ocr_repairs(c) && !c->oom;
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
    extract_status st = EXTRACT_OK;
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
    bool ok = ex_render(&c, path, data, len, &r->json);
    r->ndocs = c.docs.n;
    r->ndiags = c.diags.n;
    r->enc = c.text.encoding;
    if (!ok || c.oom) {
        ex_buf_free(&r->alloc, &r->json);
        r->alloc.free_fn(r, r->alloc.ud);
        st = EXTRACT_ERR_NOMEM;
        r = NULL;
    }
    ex_call_free(&c);
    *out = r;
    return st;
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
    ex_buf_free(&r->alloc, &r->json);
    r->alloc.free_fn(r, r->alloc.ud);
}

char *extract_result_json(const extract_result *r, unsigned flags, size_t *len)
{
    if (!r || !r->json.s)
        return NULL;
    if (!(flags & EXTRACT_JSON_COMPACT))
        return ex_json_pretty(r->json.s, r->json.len, len);
    char *out = malloc(r->json.len + 1);
    if (!out)
        return NULL;
    memcpy(out, r->json.s, r->json.len + 1);
    if (len)
        *len = r->json.len;
    return out;
}

struct json_object *extract_result_tree(const extract_result *r)
{
    if (!r || !r->json.s)
        return NULL;
    if (!r->root) {
        /* made once, on the first request; the result belongs to one
           thread at a time, so the cache needs no lock */
        extract_result *w = (extract_result *)r;
        w->root = ex_json_tree(r->json.s, r->json.len);
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
