/*
 * alloc.c - memory: the one allocator every library allocation goes
 * through, a bump arena per call, growable vectors and byte buffers.
 * Nothing here aborts: a failed allocation returns NULL/false and the
 * caller turns it into EXTRACT_ERR_NOMEM.
 */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *ex_malloc(const ex_alloc *a, size_t n)
{
    return a->malloc_fn(n ? n : 1, a->ud);
}

void *ex_realloc(const ex_alloc *a, void *p, size_t n)
{
    /* a first block (a vector's first push, most of the calls): malloc,
       what realloc() of NULL is, without its detour */
    if (!p)
        return a->malloc_fn(n ? n : 1, a->ud);
    return a->realloc_fn(p, n ? n : 1, a->ud);
}

void ex_free(const ex_alloc *a, void *p)
{
    if (p)
        a->free_fn(p, a->ud);
}

/* ------------------------------------------------------------------ */

#define EX_ARENA_CHUNK 65536

struct ex_arena_chunk {
    ex_arena_chunk *next;
    size_t used, size;
    max_align_t data[];
};

void ex_arena_init(ex_arena *ar, const ex_alloc *alloc)
{
    ar->alloc = alloc;
    ar->head = NULL;
}

/* n bytes (8-aligned), not cleared */
static inline void *arena_alloc_raw(ex_arena *ar, size_t n)
{
    if (n > SIZE_MAX - 8)
        return NULL;
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    ex_arena_chunk *ch = ar->head;
    if (!ch || ch->size - ch->used < n) {
        size_t size = n > EX_ARENA_CHUNK / 4 ? n : EX_ARENA_CHUNK;
        if (size > SIZE_MAX - sizeof *ch)
            return NULL;
        ch = ex_malloc(ar->alloc, sizeof *ch + size);
        if (!ch)
            return NULL;
        ch->used = 0;
        ch->size = size;
        if (size > EX_ARENA_CHUNK && ar->head) {
            /* a big block: keep the current chunk at the head */
            ch->next = ar->head->next;
            ar->head->next = ch;
            ch->used = n;
            return ch->data;
        }
        ch->next = ar->head;
        ar->head = ch;
    }
    char *p = (char *)ch->data + ch->used;
    ch->used += n;
    return p;
}

void *ex_arena_alloc_raw(ex_arena *ar, size_t n)
{
    return arena_alloc_raw(ar, n);
}

void *ex_arena_alloc(ex_arena *ar, size_t n)
{
    void *p = arena_alloc_raw(ar, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *ex_arena_strndup(ex_arena *ar, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *p = arena_alloc_raw(ar, n + 1);
    if (p) {
        if (n)
            memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

char *ex_arena_strdup(ex_arena *ar, const char *s)
{
    return ex_arena_strndup(ar, s, strlen(s));
}

void ex_arena_free(ex_arena *ar)
{
    ex_arena_chunk *ch = ar->head;
    while (ch) {
        ex_arena_chunk *next = ch->next;
        ex_free(ar->alloc, ch);
        ch = next;
    }
    ar->head = NULL;
}

/* ------------------------------------------------------------------ */

void *ex_vec_push_(const ex_alloc *a, void *vec, size_t elsize)
{
    ex_vec_any *v = vec;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        if (cap > SIZE_MAX / elsize)
            return NULL;
        char *p = ex_realloc(a, v->v, cap * elsize);
        if (!p)
            return NULL;
        v->v = p;
        v->cap = cap;
    }
    char *slot = v->v + v->n * elsize;
    memset(slot, 0, elsize);
    v->n++;
    return slot;
}

/* ex_sort() is stable and allocation-free (qsort() is neither stable on
   every libc - glibc 2.37, musl - nor bound to keep equal keys in text
   order): an insertion sort of runs of SORT_RUN elements, then merges of
   neighbouring runs in place (rotations; O(n log^2 n) moves, no
   buffer).  The recognizers' candidates mostly come in order: one pass
   over the neighbours finds them sorted and returns. */
enum { SORT_RUN = 16, SORT_TMP = 256 };

typedef int (*sort_cmp)(const void *, const void *);

/* the order of the n elements at p reversed */
static void sort_reverse(char *p, size_t n, size_t size)
{
    if (n < 2)
        return;
    char t[SORT_TMP];
    for (char *a = p, *b = p + (n - 1) * size; a < b; a += size, b -= size)
        for (size_t k = 0; k < size; k += SORT_TMP) {
            size_t m = size - k < SORT_TMP ? size - k : SORT_TMP;
            memcpy(t, a + k, m);
            memcpy(a + k, b + k, m);
            memcpy(b + k, t, m);
        }
}

/* [p, p + n1 + n2 elements) rotated so that its last n2 come first */
static void sort_rotate(char *p, size_t n1, size_t n2, size_t size)
{
    if (!n1 || !n2)
        return;
    if (n2 == 1 && size <= SORT_TMP) {
        char t[SORT_TMP];
        memcpy(t, p + n1 * size, size);
        memmove(p + size, p, n1 * size);
        memcpy(p, t, size);
        return;
    }
    sort_reverse(p, n1, size);
    sort_reverse(p + n1 * size, n2, size);
    sort_reverse(p, n1 + n2, size);
}

/* the sorted n1 elements at p and the sorted n2 after them merged in
   place, stably: the longer half cut in two, its cut element's place
   in the other half found by a binary search, the middle rotated, each
   side merged again */
static void sort_merge(char *p, size_t n1, size_t n2, size_t size, sort_cmp cmp)
{
    while (n1 && n2) {
        if (n1 + n2 == 2) {
            if (cmp(p + size, p) < 0)
                sort_rotate(p, 1, 1, size);
            return;
        }
        char *mid = p + n1 * size;
        size_t c1, c2;
        if (n1 > n2) {
            c1 = n1 / 2;
            /* the first of the right half not below p[c1] */
            size_t lo = 0, hi = n2;
            while (lo < hi) {
                size_t m = lo + (hi - lo) / 2;
                if (cmp(mid + m * size, p + c1 * size) < 0)
                    lo = m + 1;
                else
                    hi = m;
            }
            c2 = lo;
        } else {
            c2 = n2 / 2;
            /* the first of the left half above mid[c2] */
            size_t lo = 0, hi = n1;
            while (lo < hi) {
                size_t m = lo + (hi - lo) / 2;
                if (cmp(mid + c2 * size, p + m * size) < 0)
                    hi = m;
                else
                    lo = m + 1;
            }
            c1 = lo;
        }
        sort_rotate(p + c1 * size, n1 - c1, c2, size);
        /* [p, c1) with the c2 first of the right: recursion on the
           smaller side, the loop on the other */
        char *nm = p + (c1 + c2) * size;
        size_t l1 = c1, l2 = c2, r1 = n1 - c1, r2 = n2 - c2;
        if (l1 + l2 <= r1 + r2) {
            sort_merge(p, l1, l2, size, cmp);
            p = nm, n1 = r1, n2 = r2;
        } else {
            sort_merge(nm, r1, r2, size, cmp);
            n1 = l1, n2 = l2;
        }
    }
}

/* the length of the in-order prefix of the n elements at v */
static size_t sort_sorted(const char *v, size_t n, size_t size, sort_cmp cmp)
{
    size_t i = 1;
    while (i < n && cmp(v + (i - 1) * size, v + i * size) <= 0)
        i++;
    return i;
}

/* an insertion sort of each run of SORT_RUN elements (the in-order
   prefix of i elements kept as it is) */
static void sort_runs(char *v, size_t n, size_t i, size_t size, sort_cmp cmp)
{
    for (size_t r = 0; r < n; r += SORT_RUN) {
        size_t e = n - r < SORT_RUN ? n : r + SORT_RUN;
        for (size_t k = (r == 0 ? i : r + 1); k < e; k++) {
            size_t j = k;
            while (j > r && cmp(v + (j - 1) * size, v + k * size) > 0)
                j--;
            sort_rotate(v + j * size, k - j, 1, size);
        }
    }
}

void ex_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char *v = base;
    size_t i = sort_sorted(v, n, size, cmp);
    if (i >= n)
        return;
    sort_runs(v, n, i, size, cmp);
    for (size_t w = SORT_RUN; w < n; w *= 2)
        for (size_t r = 0; r + w < n; r += 2 * w) {
            size_t n2 = n - (r + w) < w ? n - (r + w) : w;
            sort_merge(v + r * size, w, n2, size, cmp);
        }
}

/* ex_sort()'s order through a buffer of n elements: the runs merged
   from one array into the other, O(n log n) moves where ex_sort()'s
   rotations make O(n log^2 n) (the dates' and lines' candidates of a
   long text, each pass's in text order, the passes interleaved) */
bool ex_sort_buf(const ex_alloc *a, void *base, size_t n, size_t size,
                 int (*cmp)(const void *, const void *))
{
    char *v = base;
    size_t i = sort_sorted(v, n, size, cmp);
    if (i >= n)
        return true;
    if (n <= 4 * SORT_RUN) {
        ex_sort(base, n, size, cmp);   /* small: no buffer */
        return true;
    }
    char *tmp = ex_malloc(a, n * size);   /* n elements are held at v: no overflow */
    if (!tmp)
        return false;
    sort_runs(v, n, i, size, cmp);
    char *src = v, *dst = tmp;
    for (size_t w = SORT_RUN; w < n; w *= 2) {
        for (size_t r = 0; r < n; r += 2 * w) {
            size_t m = n - r > w ? r + w : n;
            size_t e = n - r > 2 * w ? r + 2 * w : n;
            size_t x = r, y = m, o = r;
            if (m < e && cmp(src + (m - 1) * size, src + m * size) > 0)
                while (x < m && y < e) {
                    /* the right one first only when below: stable */
                    if (cmp(src + y * size, src + x * size) < 0)
                        memcpy(dst + o++ * size, src + y++ * size, size);
                    else
                        memcpy(dst + o++ * size, src + x++ * size, size);
                }
            memcpy(dst + o * size, src + x * size, (m - x) * size);
            o += m - x;
            memcpy(dst + o * size, src + y * size, (e - y) * size);
        }
        char *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * size);
    ex_free(a, tmp);
    return true;
}

bool ex_vec_append_(const ex_alloc *a, void *to, const void *from, size_t elsize)
{
    const ex_vec_any *f = from;
    for (size_t i = 0; i < f->n; i++) {
        void *slot = ex_vec_push_(a, to, elsize);
        if (!slot)
            return false;
        memcpy(slot, f->v + i * elsize, elsize);
    }
    return true;
}

void ex_vec_free_(const ex_alloc *a, void *vec)
{
    ex_vec_any *v = vec;
    ex_free(a, v->v);
    v->v = NULL;
    v->n = v->cap = 0;
}

/* ------------------------------------------------------------------ */

static bool buf_reserve(const ex_alloc *a, ex_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return false;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = ex_realloc(a, b->s, cap);
    if (!p)
        return false;
    b->s = p;
    b->cap = cap;
    return true;
}

bool ex_buf_put(const ex_alloc *a, ex_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(a, b, n))
        return false;
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return true;
}

bool ex_buf_putc(const ex_alloc *a, ex_buf *b, char c)
{
    return ex_buf_put(a, b, &c, 1);
}

bool ex_buf_printf(const ex_alloc *a, ex_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return false;
    if ((size_t)n < sizeof tmp)
        return ex_buf_put(a, b, tmp, (size_t)n);
    if (!buf_reserve(a, b, (size_t)n))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

void ex_buf_free(const ex_alloc *a, ex_buf *b)
{
    ex_free(a, b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}
