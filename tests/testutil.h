/* testutil.h - helpers shared by the unit tests (not part of the library). */
#ifndef EXTRACT_TESTUTIL_H
#define EXTRACT_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../libextract/internal.h"

/* One engine for a whole test file (cmocka group setup/teardown). */
static inline int eng_setup(void **state)
{
    extract_engine *e = NULL;
    if (extract_engine_new(NULL, &e) != EXTRACT_OK)
        return -1;
    *state = e;
    return 0;
}

static inline int eng_teardown(void **state)
{
    extract_engine_free(*state);
    return 0;
}

/* Decode + lines of a byte string into a fresh call. */
static inline void text_of(ex_call *c, const extract_engine *e, const char *s, size_t n)
{
    assert_true(ex_call_init(c, e));
    assert_true(ex_call_text(c, s, n));
}

/* Decode, lines and the whole pipeline of the string s into a fresh call. */
static inline void run_pipeline(ex_call *c, const extract_engine *e, const char *s)
{
    text_of(c, e, s, strlen(s));
    assert_true(ex_call_pipeline(c));
}

/* A call with an engine of its own (tests that make a fresh engine for
   each text): fx_run() runs the whole pipeline on s, fx_done() frees
   both. */
typedef struct fx {
    extract_engine *e;
    ex_call c;
} fx;

static inline void fx_run(fx *f, const char *s)
{
    assert_int_equal(extract_engine_new(NULL, &f->e), EXTRACT_OK);
    run_pipeline(&f->c, f->e, s);
}

static inline void fx_done(fx *f)
{
    ex_call_free(&f->c);
    extract_engine_free(f->e);
}

/* View offset of the nth (0-based) occurrence of needle in the view. */
static inline size_t view_at(const ex_call *c, const char *needle, int nth)
{
    const char *p = c->text.s;
    for (;;) {
        p = strstr(p, needle);
        assert_non_null(p);
        if (nth-- == 0)
            return (size_t)(p - c->text.s);
        p++;
    }
}

/* The span covers exactly the view bytes of text. */
static inline void assert_span_is(const ex_call *c, ex_span sp, const char *text)
{
    size_t n = strlen(text);
    assert_true(sp.start <= sp.end && sp.end <= c->text.len);
    assert_int_equal(sp.end - sp.start, n);
    assert_memory_equal(c->text.s + sp.start, text, n);
}

/* The span is the first occurrence of text in the view. */
static inline void assert_span_first(const ex_call *c, ex_span sp, const char *text)
{
    assert_int_equal(sp.start, view_at(c, text, 0));
    assert_span_is(c, sp, text);
}

/* The span runs from the first occurrence of first to the end of the
   next occurrence of last. */
static inline void assert_span_from_to(const ex_call *c, ex_span sp, const char *first,
                                       const char *last)
{
    size_t a = view_at(c, first, 0);
    assert_int_equal(sp.start, a);
    const char *e = strstr(c->text.s + a, last);
    assert_non_null(e);
    assert_int_equal(sp.end, (size_t)(e - c->text.s) + strlen(last));
}

/* The call has a diagnostic with this code. */
static inline bool call_has_diag(const ex_call *c, const char *code)
{
    for (size_t i = 0; i < c->diags.n; i++)
        if (strcmp(c->diags.v[i].code, code) == 0)
            return true;
    return false;
}

/* The source bytes [a, b) of a view range, as a NUL-terminated copy in buf. */
static inline const char *src_slice(const ex_text *t, const char *src, size_t a, size_t b,
                                    char *buf, size_t bufsize)
{
    size_t s0 = ex_src_off(t, a), s1 = ex_src_off(t, b);
    size_t n = s1 - s0 < bufsize - 1 ? s1 - s0 : bufsize - 1;
    memcpy(buf, src + s0, n);
    buf[n] = '\0';
    return buf;
}

/* The source bytes of the view range [a, b) (src_slice()), flattened:
   every run of blanks and line ends one blank (no leading blank), in flat
   (a NUL-terminated copy, at most cap - 1 bytes). */
static inline const char *flat_slice(const ex_text *t, const char *src, size_t a, size_t b,
                                     char *flat, size_t cap)
{
    char buf[256];
    const char *in = src_slice(t, src, a, b, buf, sizeof buf);
    size_t k = 0;
    for (const char *p = in; *p && k + 1 < cap; p++) {
        if (*p == '\n' || *p == ' ' || *p == '\f') {
            if (k && flat[k - 1] != ' ')
                flat[k++] = ' ';
        } else {
            flat[k++] = *p;
        }
    }
    flat[k] = 0;
    return flat;
}

/* Table-driven tests: an array of rows ({input, expected...}) run by one
   loop; a failed check names the table, the row's index and the start of
   its input.  The row type has a member 'in' (const char *, the input);
   an expected number that a row may leave out is a tt_num (TT(x) in the
   row, unset: not checked); an expected string left out (NULL) is not
   checked, TT_NULL expects none:

       typedef struct { const char *in; long n; tt_num first; } row;
       static const row rows[] = {{.in = "Pour : 3", .n = 1, .first = TT(3)},
                                  {.in = "Pour : x", .n = 0}};
       TT_EACH(r, t, rows) {
           ... run r->in ...
           tt_int(&t, got_n, r->n);
           tt_opt(&t, got_first, r->first);
       }
   */
typedef struct tt_num {
    bool set;
    long v;
} tt_num;
#define TT(x) {true, (long)(x)}
static const char tt_null_[] = "(null)";
#define TT_NULL tt_null_
static const char tt_set_[] = "(set)";
#define TT_SET tt_set_ /* an expected string: any, but not NULL */

typedef struct tt_ctx {
    const char *table;
    size_t i;
    const char *in;
} tt_ctx;
#define TT_N(rows) (sizeof(rows) / sizeof((rows)[0]))
#define TT_EACH(r, t, rows) \
    for (tt_ctx t = {#rows, 0, NULL}; t.i < TT_N(rows); t.i++) \
        for (const __typeof__((rows)[0]) *r = &(rows)[t.i]; r && (t.in = r->in, true); r = NULL)

static inline void tt_fail_(const tt_ctx *t, const char *file, int line, const char *what,
                            const char *got, const char *want)
{
    char in[72];
    size_t k = 0;
    for (const char *p = t->in ? t->in : ""; *p && k + 2 < sizeof in; p++) {
        if (*p == '\n')
            in[k++] = '\\', in[k++] = 'n';
        else
            in[k++] = *p;
    }
    in[k] = 0;
    print_error("%s:%d: %s[%zu] \"%s\": %s is %s, expected %s\n", file, line, t->table, t->i, in,
                what, got, want);
    _fail(file, line);
}

static inline void tt_int_(const tt_ctx *t, const char *file, int line, const char *what, long got,
                           long want)
{
    if (got == want)
        return;
    char g[32], w[32];
    snprintf(g, sizeof g, "%ld", got);
    snprintf(w, sizeof w, "%ld", want);
    tt_fail_(t, file, line, what, g, w);
}

static inline void tt_str_(const tt_ctx *t, const char *file, int line, const char *what,
                           const char *got, const char *want)
{
    if (!want || (want == tt_null_ && !got) || (want == tt_set_ && got) ||
        (got && want != tt_null_ && want != tt_set_ && !strcmp(got, want)))
        return;
    tt_fail_(t, file, line, what, got ? got : "NULL",
             want == tt_null_ ? "NULL" : want == tt_set_ ? "not NULL" : want);
}

/* the checks of row t: got == want; got == want.v when want is set;
   got equals want (strings; want NULL: not checked, TT_NULL: got NULL,
   TT_SET: got not NULL);
   cond holds */
#define tt_int(t, got, want) tt_int_((t), __FILE__, __LINE__, #got, (long)(got), (long)(want))
#define tt_opt(t, got, want) \
    do { \
        if ((want).set) \
            tt_int_((t), __FILE__, __LINE__, #got, (long)(got), (want).v); \
    } while (0)
#define tt_str(t, got, want) tt_str_((t), __FILE__, __LINE__, #got, (got), (want))
#define tt_true(t, cond) tt_int_((t), __FILE__, __LINE__, #cond, (long)!!(cond), 1L)

/* the span is the first occurrence of text in the view, or runs from the
   first occurrence of first to the end of the next occurrence of last
   (both checks of row t; NULL: not checked) */
static inline void tt_span_(const tt_ctx *t, const char *file, int line, const ex_call *c, ex_span sp,
                            const char *first, const char *last)
{
    if (!first)
        return;
    const char *a = strstr(c->text.s, first);
    const char *e = a ? (last ? strstr(a, last) : a) : NULL;
    size_t want_a = a ? (size_t)(a - c->text.s) : SIZE_MAX;
    size_t want_b = e ? (size_t)(e - c->text.s) + strlen(last ? last : first) : SIZE_MAX;
    if (sp.start == want_a && sp.end == want_b)
        return;
    char g[64], w[64];
    snprintf(g, sizeof g, "[%zu, %zu)", sp.start, sp.end);
    if (want_b == SIZE_MAX)
        snprintf(w, sizeof w, "text not in the view");
    else
        snprintf(w, sizeof w, "[%zu, %zu)", want_a, want_b);
    tt_fail_(t, file, line, "span", g, w);
}
#define tt_span(t, c, sp, first, last) tt_span_((t), __FILE__, __LINE__, (c), (sp), (first), (last))

/* A row of a document table (test_segment.c, test_structure.c): the
   input, the number of documents, then what the first one holds (unset / NULL: not checked, TT_NULL: none,
   TT_SET: any but none): type, header strings, clause counts, visa and
   considérant texts, articles, signatures (and their dates), references
   and items by index, the session and convocation dates, the number of
   dates.  A row that
   leaves ndocs unset still needs a first document. */
enum { DOC_ROW_MAX = 4 };
typedef struct doc_row {
    const char *in;
    tt_num ndocs;
    tt_num type;
    const char *collectivity, *body, *number, *title, *decision_verb, *session_place;
    tt_num n_visas, n_considerants, n_articles, n_signatures, n_items;
    struct {
        const char *number, *heading, *text;
    } articles[DOC_ROW_MAX];
    struct {
        const char *role, *name, *place;
        tt_num y, m, d; /* the date */
    } signatures[DOC_ROW_MAX];
    const char *visas[DOC_ROW_MAX], *considerants[DOC_ROW_MAX];
    tt_num n_references;
    struct {
        const char *number, *text;
    } references[DOC_ROW_MAX];
    tt_num session_y, session_m, session_d;
    tt_num convened_y, convened_m, convened_d, n_dates;
    struct {
        const char *number, *title;
    } items[DOC_ROW_MAX];
} doc_row;

static inline void check_doc(const tt_ctx *t, const extract_engine *e, const doc_row *r)
{
    ex_call c;
    run_pipeline(&c, e, r->in);
    tt_opt(t, c.docs.n, r->ndocs);
    if (!r->ndocs.set)
        tt_true(t, c.docs.n > 0);
    if (c.docs.n) {
        const ex_document *d = &c.docs.v[0];
        tt_opt(t, d->type, r->type);
        tt_str(t, d->collectivity, r->collectivity);
        tt_str(t, d->body, r->body);
        tt_str(t, d->number, r->number);
        tt_str(t, d->title, r->title);
        tt_str(t, d->decision_verb, r->decision_verb);
        tt_str(t, d->session_place, r->session_place);
        tt_opt(t, d->visas.n, r->n_visas);
        tt_opt(t, d->considerants.n, r->n_considerants);
        tt_opt(t, d->articles.n, r->n_articles);
        tt_opt(t, d->signatures.n, r->n_signatures);
        tt_opt(t, d->items.n, r->n_items);
        tt_opt(t, d->references.n, r->n_references);
        tt_opt(t, d->session_date.y, r->session_y);
        tt_opt(t, d->session_date.m, r->session_m);
        tt_opt(t, d->session_date.d, r->session_d);
        tt_opt(t, d->convened_on.y, r->convened_y);
        tt_opt(t, d->convened_on.m, r->convened_m);
        tt_opt(t, d->convened_on.d, r->convened_d);
        tt_opt(t, d->dates.n, r->n_dates);
        for (size_t i = 0; i < DOC_ROW_MAX; i++) {
            if (r->articles[i].number || r->articles[i].heading || r->articles[i].text) {
                tt_true(t, i < d->articles.n);
                tt_str(t, d->articles.v[i].number, r->articles[i].number);
                tt_str(t, d->articles.v[i].heading, r->articles[i].heading);
                tt_str(t, d->articles.v[i].text, r->articles[i].text);
            }
            if (r->signatures[i].role || r->signatures[i].name || r->signatures[i].place ||
                r->signatures[i].y.set || r->signatures[i].m.set || r->signatures[i].d.set) {
                tt_true(t, i < d->signatures.n);
                tt_str(t, d->signatures.v[i].role, r->signatures[i].role);
                tt_str(t, d->signatures.v[i].name, r->signatures[i].name);
                tt_str(t, d->signatures.v[i].place, r->signatures[i].place);
                tt_opt(t, d->signatures.v[i].date.y, r->signatures[i].y);
                tt_opt(t, d->signatures.v[i].date.m, r->signatures[i].m);
                tt_opt(t, d->signatures.v[i].date.d, r->signatures[i].d);
            }
            if (r->items[i].number || r->items[i].title) {
                tt_true(t, i < d->items.n);
                tt_str(t, d->items.v[i].number, r->items[i].number);
                tt_str(t, d->items.v[i].title, r->items[i].title);
            }
            if (r->references[i].number || r->references[i].text) {
                tt_true(t, i < d->references.n);
                tt_str(t, d->references.v[i].number, r->references[i].number);
                tt_str(t, d->references.v[i].text, r->references[i].text);
            }
            if (r->visas[i]) {
                tt_true(t, i < d->visas.n);
                tt_str(t, d->visas.v[i].text, r->visas[i]);
            }
            if (r->considerants[i]) {
                tt_true(t, i < d->considerants.n);
                tt_str(t, d->considerants.v[i].text, r->considerants[i]);
            }
        }
    }
    ex_call_free(&c);
}

#endif
