/*
 * assemble.c - give each document the mentions (amounts, dates,
 * references, identifiers) whose start lies in its span, in text order.
 * Mentions inside page furniture (running headers/footers, page codes)
 * are dropped here, once for every recognizer (contract: "Dates in
 * running headers/footers are page furniture, not dates").
 */
#include "internal.h"

#include <string.h>

ex_document *ex_doc_new(ex_call *c)
{
    ex_document *d = ex_vec_push(c->alloc, &c->docs);
    if (!d) {
        c->oom = true;
        return NULL;
    }
    d->att.in_office = d->att.present_count = EX_NULLNUM;
    d->att.represented = d->att.voting = EX_NULLNUM;
    d->ocr_quality = -1.0;
    return d;
}

void ex_vote_init(ex_vote *v)
{
    memset(v, 0, sizeof *v);
    v->for_ = v->against = v->abstention = EX_NULLNUM;
    v->not_voting = v->absent_without_proxy = EX_NULLNUM;
}

/* index of the document holding view offset p, or SIZE_MAX */
static size_t doc_at(const ex_call *c, size_t p, size_t hint)
{
    for (size_t i = hint; i < c->docs.n; i++) {
        const ex_document *d = &c->docs.v[i];
        if (p >= d->span.start && p < d->span.end)
            return i;
    }
    for (size_t i = 0; i < hint && i < c->docs.n; i++) {
        const ex_document *d = &c->docs.v[i];
        if (p >= d->span.start && p < d->span.end)
            return i;
    }
    return SIZE_MAX;
}

#define DISTRIBUTE(field, T) do {                                          \
        size_t hint = 0;                                                   \
        for (size_t i = 0; i < c->field.n; i++) {                          \
            const T *m = &c->field.v[i];                                   \
            if (ex_is_furniture(&c->text, m->span.start))                  \
                continue;                                                  \
            size_t k = doc_at(c, m->span.start, hint);                     \
            if (k == SIZE_MAX)                                             \
                continue;                                                  \
            hint = k;                                                      \
            T *slot = ex_vec_push(c->alloc, &c->docs.v[k].field);          \
            if (!slot) {                                                   \
                c->oom = true;                                             \
                return false;                                              \
            }                                                              \
            *slot = *m;                                                    \
        }                                                                  \
    } while (0)

bool ex_assemble(ex_call *c)
{
    DISTRIBUTE(amounts, ex_amount);
    DISTRIBUTE(dates, ex_date);
    DISTRIBUTE(identifiers, ex_identifier);
    /* references own an articles vector: documents get a copy of it */
    size_t hint = 0;
    for (size_t i = 0; i < c->references.n; i++) {
        const ex_reference *m = &c->references.v[i];
        if (ex_is_furniture(&c->text, m->span.start))
            continue;
        size_t k = doc_at(c, m->span.start, hint);
        if (k == SIZE_MAX)
            continue;
        hint = k;
        ex_reference *slot = ex_vec_push(c->alloc, &c->docs.v[k].references);
        if (!slot) {
            c->oom = true;
            return false;
        }
        *slot = *m;
        memset(&slot->articles, 0, sizeof slot->articles);
        for (size_t j = 0; j < m->articles.n; j++) {
            const char **a = ex_vec_push(c->alloc, &slot->articles);
            if (!a) {
                c->oom = true;
                return false;
            }
            *a = m->articles.v[j];
        }
    }
    return true;
}
