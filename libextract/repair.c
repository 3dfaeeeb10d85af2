/*
 * repair.c - audit trail of OCR repairs: one `ocr.repair` diagnostic
 * (severity "info", with a span of the page) for each value of the
 * output that the recognizers read through the OCR confusion model.
 *
 * The repairs are not guessed here: the code that reads a value through
 * the model (ocrmodel.c) records each repair where it makes it, into
 * c->repairs (a span and a kind): amounts.c (letters read as digits,
 * "E"/"C" read as "€"), dates.c (digits, "Ler" read as 1er, a misread
 * month name), identifiers.c (SIRET and phone digits, the local number
 * of an ACTES id), references.c
 * (digits of act and article numbers), segment.c (an article keyword
 * matched through a confusion or one edit), persons.c (a misread
 * civility, a given name glued to the family name, a misread given name).
 *
 * Values are often read more than once, or read and then dropped (a
 * candidate amount inside a date, a list parsed twice, a name range that
 * is no name).  This stage keeps the recorded repairs that belong to a
 * value the documents hold, and drops the others (repairs in values that
 * were discarded, in furniture, or in counts, which have no span in the
 * output):
 *   - an amount, a date, an identifier (SIRET, phone, the local number
 *     of an ACTES id) or a reference holding a repair of the kinds it can carry
 *     gets one diagnostic with its own span ("1O 5OO E" read as 10500
 *     EUR; a reference's span holds the date it cites);
 *   - an article whose span starts with a repaired keyword: the span of
 *     the printed keyword, read as "Article";
 *   - a person of the session (attendance lists, proxies, president,
 *     secretary) whose civility token is a repaired one: the civility's
 *     span; whose span holds a glued-name repair: the glued word; each
 *     misread part of its given name read as a lexicon name: that part.
 * Diagnostics are in text order, the same one only once, at most
 * MAX_REPAIRS per call, then one `ocr.repair_more` without a span.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_REPAIRS = 500 };

typedef struct repair {
    size_t a, b;
    const char *what;   /* arena message */
} repair;
typedef EX_VEC(repair) repair_vec;

static bool push(ex_call *c, repair_vec *v, size_t a, size_t b, const char *printed,
                 const char *read_as)
{
    repair *r = ex_vec_push(c->alloc, v);
    if (!r) {
        c->oom = true;
        return false;
    }
    char buf[200];
    snprintf(buf, sizeof buf, "OCR repair: \"%.80s\" read as %.80s", printed, read_as);
    r->a = a;
    r->b = b;
    r->what = ex_strdup(c, buf);
    return r->what != NULL;
}

static int repair_cmp(const void *x, const void *y)
{
    const repair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static int rec_cmp(const void *x, const void *y)
{
    const ex_repair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* a recorded repair of one of the kinds in mask (1u << kind) inside
   [a, b) of the view (with at_start: starting at a); the first one or
   NULL.  c->repairs is sorted. */
static const ex_repair *find(const ex_call *c, size_t a, size_t b, unsigned mask, bool at_start)
{
    const ex_repair_vec *v = &c->repairs;
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v->v[mid].a < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < v->n && v->v[i].a < b; i++) {
        if (at_start && v->v[i].a != a)
            break;
        if (v->v[i].b <= b && (mask & (1u << v->v[i].kind)))
            return &v->v[i];
    }
    return NULL;
}

#define K(x) (1u << EX_REPAIR_##x)

static bool person_repair(ex_call *c, const ex_person *p, repair_vec *v)
{
    const char *s = c->text.s;
    size_t a = p->span.start, b = p->span.end;
    if (b <= a || b > c->text.len || !p->family)
        return true;
    const ex_repair *r;
    if (p->civility && (r = find(c, a, b, K(CIVILITY), true))) {
        char printed[24];
        snprintf(printed, sizeof printed, "%.*s", (int)(r->b - r->a), s + r->a);
        if (!push(c, v, r->a, r->b, printed, p->civility))
            return false;
    }
    /* each misread part of the given name ("Jeari-Claude" read as
       Jean-Claude): the printed part */
    for (size_t q = a; p->given && q < b && (r = find(c, q, b, K(GIVEN), false)); q = r->b) {
        char as[96];
        snprintf(as, sizeof as, "given %.80s", p->given);
        char printed[64];
        snprintf(printed, sizeof printed, "%.*s", (int)(r->b - r->a), s + r->a);
        if (!push(c, v, r->a, r->b, printed, as))
            return false;
    }
    if (p->given && (r = find(c, a, b, K(GLUED), false))) {
        char as[160];
        snprintf(as, sizeof as, "given %.70s, family %.70s", p->given, p->family);
        char printed[160];
        snprintf(printed, sizeof printed, "%.*s", (int)(r->b - r->a), s + r->a);
        if (!push(c, v, r->a, r->b, printed, as))
            return false;
    }
    return true;
}

static bool persons_repairs(ex_call *c, const ex_document *d, repair_vec *v)
{
    const ex_person_vec *lists[] = {&d->att.present, &d->att.excused, &d->att.absent,
                                    &d->att.advisory_present, &d->att.advisory_excused};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t i = 0; i < lists[l]->n; i++)
            if (!person_repair(c, &lists[l]->v[i], v))
                return false;
    for (size_t i = 0; i < d->att.proxies.n; i++)
        if (!person_repair(c, &d->att.proxies.v[i].from, v) || !person_repair(c, &d->att.proxies.v[i].to, v))
            return false;
    if (d->president && !person_repair(c, d->president, v))
        return false;
    if (d->secretary && !person_repair(c, d->secretary, v))
        return false;
    return true;
}

static bool doc_repairs(ex_call *c, const ex_document *d, repair_vec *v)
{
    if (!persons_repairs(c, d, v))
        return false;
    const char *s = c->text.s;
    char val[64];
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ex_amount *m = &d->amounts.v[i];
        if (!find(c, m->span.start, m->span.end, K(DIGIT) | K(CURRENCY), false))
            continue;
        long long u = (long long)(m->cents / 100), cts = (long long)(m->cents % 100);
        /* (the amount's currency: "180 000 E.CFP" is XPF, "150 000 E HT"
           in an act in francs FRF) */
        const char *cur = m->currency ? m->currency : "EUR";
        if (cts)
            snprintf(val, sizeof val, "%lld.%02lld %.8s", u, cts, cur);
        else
            snprintf(val, sizeof val, "%lld %.8s", u, cur);
        if (!push(c, v, m->span.start, m->span.end, m->text, val))
            return false;
    }
    for (size_t i = 0; i < d->dates.n; i++) {
        const ex_date *m = &d->dates.v[i];
        if (!find(c, m->span.start, m->span.end, K(DIGIT) | K(FIRST) | K(MONTH), false))
            continue;
        snprintf(val, sizeof val, "%04d-%02d-%02d", m->value.y, m->value.m, m->value.d);
        if (!push(c, v, m->span.start, m->span.end, m->text, val))
            return false;
    }
    for (size_t i = 0; i < d->identifiers.n; i++) {
        const ex_identifier *m = &d->identifiers.v[i];
        if (!strcmp(m->kind, "email") || !strcmp(m->kind, "url") || !strcmp(m->kind, "iban"))
            continue;
        if (find(c, m->span.start, m->span.end, K(DIGIT), false)
            && !push(c, v, m->span.start, m->span.end, m->text, m->value))
            return false;
    }
    for (size_t i = 0; i < d->references.n; i++) {
        const ex_reference *m = &d->references.v[i];
        if (!find(c, m->span.start, m->span.end, K(DIGIT), false))
            continue;
        const char *as = m->number ? m->number : m->articles.n ? m->articles.v[0] : m->text;
        if (!push(c, v, m->span.start, m->span.end, m->text, as))
            return false;
    }
    for (size_t i = 0; i < d->articles.n; i++) {
        const ex_article *m = &d->articles.v[i];
        const ex_repair *r = find(c, m->span.start, m->span.end, K(KEYWORD), true);
        if (r) {
            char printed[16];
            snprintf(printed, sizeof printed, "%.*s", (int)(r->b - r->a), s + r->a);
            if (!push(c, v, r->a, r->b, printed, "Article"))
                return false;
        }
        if ((r = find(c, m->span.start, m->span.end, K(ARTNUM), true))) {
            char printed[24], as[32];
            snprintf(printed, sizeof printed, "%.*s", (int)(r->b - r->a), s + r->a);
            snprintf(as, sizeof as, "Article %.16s", m->number);
            if (!push(c, v, r->a, r->b, printed, as))
                return false;
        }
    }
    return true;
}

bool ex_ocr_repairs(ex_call *c)
{
    repair_vec v = {0};
    bool ok = true;
    if (!c->repairs.n)
        return !c->oom;
    ex_sort(c->repairs.v, c->repairs.n, sizeof *c->repairs.v, rec_cmp);
    for (size_t i = 0; i < c->docs.n && ok; i++)
        ok = doc_repairs(c, &c->docs.v[i], &v);
    if (ok && v.n) {
        ex_sort(v.v, v.n, sizeof *v.v, repair_cmp);
        for (size_t i = 0; i < v.n && i < MAX_REPAIRS && !c->oom; i++) {
            /* a person named twice (excused, then giver of a proxy): once */
            if (i && v.v[i].a == v.v[i - 1].a && v.v[i].b == v.v[i - 1].b
                && !strcmp(v.v[i].what, v.v[i - 1].what))
                continue;
            ex_diag_add(c, "info", "ocr.repair", v.v[i].what, v.v[i].a, v.v[i].b, true);
        }
        if (v.n > MAX_REPAIRS)
            ex_diag_add(c, "info", "ocr.repair_more",
                        "more OCR repairs (not listed)", 0, 0, false);
    }
    ex_vec_free(c->alloc, &v);
    return ok && !c->oom;
}
