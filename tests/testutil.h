/* testutil.h - helpers shared by the unit tests (not part of the library). */
#ifndef EXTRACT_TESTUTIL_H
#define EXTRACT_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
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

#endif
