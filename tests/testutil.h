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
static int eng_setup(void **state)
{
    extract_engine *e = NULL;
    if (extract_engine_new(NULL, &e) != EXTRACT_OK)
        return -1;
    *state = e;
    return 0;
}

static int eng_teardown(void **state)
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
