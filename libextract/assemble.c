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

/* start of an act's body: its first visa, considérant, decision or
   article (the end of the document when it has none) */
static size_t body_start(const ex_document *d)
{
    size_t b = d->span.end;
    if (d->visas.n && d->visas.v[0].span.start < b)
        b = d->visas.v[0].span.start;
    if (d->considerants.n && d->considerants.v[0].span.start < b)
        b = d->considerants.v[0].span.start;
    if (d->decision_verb && d->decision_span.start < b)
        b = d->decision_span.start;
    if (d->articles.n && d->articles.v[0].span.start < b)
        b = d->articles.v[0].span.start;
    return b;
}

/* the letters and digits of two numbers agree, case folded */
static bool same_number(const char *a, const char *b)
{
    for (;;) {
        while (*a && !((*a >= '0' && *a <= '9') || ((*a | 0x20) >= 'a' && (*a | 0x20) <= 'z')))
            a++;
        while (*b && !((*b >= '0' && *b <= '9') || ((*b | 0x20) >= 'a' && (*b | 0x20) <= 'z')))
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if ((*a | 0x20) != (*b | 0x20))
            return false;
        a++;
        b++;
    }
}

/* contract: "the act's own number is not a reference of itself".  A
   délibération / arrêté / décision in the heading of an act (before its
   first visa, considérant, decision or article) with the act's own
   number is that act ("Séance du 5 mars 2024 – Délibération n°
   CS-2024-07", a convention's "Ville de …   Convention n° 2025-DP-012"); references.c already leaves out the headings that open
   their line.  So is one cited by an annex heading anywhere in the act
   ("ANNEXE À LA DÉLIBÉRATION N° CP-2025-11-0456" after the signature:
   the act's own annex).  A procès-verbal's items are references
   (contract). */
static bool own_number(const ex_document *d, const ex_reference *r, size_t body)
{
    if (d->type == EX_DOC_PROCES_VERBAL || !d->number || !r->number || !r->kind)
        return false;
    if (strcmp(r->kind, "deliberation") && strcmp(r->kind, "arrete") && strcmp(r->kind, "decision")
        && strcmp(r->kind, "convention"))
        return false;
    return (r->span.start < body || r->annex) && same_number(d->number, r->number);
}

static bool same_date(ex_date_val a, ex_date_val b);

/* "Vu pour être annexé à la délibération du 17 novembre 1978" under a
   délibération of the séance of that day: the annex stamp names the act
   itself by its date (no number printed there), no reference */
static bool own_date(const ex_document *d, const ex_reference *r)
{
    return r->annex && !r->number && r->date.y && d->session_date.y && r->kind
           && !strcmp(r->kind, "deliberation") && d->type == EX_DOC_DELIBERATION
           && same_date(d->session_date, r->date);
}


/* two names of an assembly agree, case and accents folded, blanks and
   punctuation skipped ("CONSEIL DÉPARTEMENTAL" = "Conseil départemental") */
static bool same_words(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i = 0, j = 0, n;
    for (;;) {
        char fa = 0, fb = 0;
        while (i < la && !((fa = ex_fold_char((const unsigned char *)a + i, la - i, &n)) >= 'a' && fa <= 'z')
               && !(fa >= '0' && fa <= '9'))
            i += n;
        while (j < lb && !((fb = ex_fold_char((const unsigned char *)b + j, lb - j, &n)) >= 'a' && fb <= 'z')
               && !(fb >= '0' && fb <= '9'))
            j += n;
        if (i >= la || j >= lb)
            return i >= la && j >= lb;
        if (fa != fb)
            return false;
        ex_fold_char((const unsigned char *)a + i, la - i, &n);
        i += n;
        ex_fold_char((const unsigned char *)b + j, lb - j, &n);
        j += n;
    }
}

static bool same_date(ex_date_val a, ex_date_val b)
{
    return a.y == b.y && a.m == b.m && a.d == b.d;
}

/* end of an act's heading: the end of the paragraph (up to a blank
   line) holding its title's first word, the first time that word opens
   a word between the act's start and its body; the body's start when
   the act has no title or it is not found there.  An exposé printed
   under the title ("La société X a proposé ..., conforme à l'avis du 4
   août 2025.") is no part of the heading. */
static size_t heading_end(const ex_call *c, const ex_document *d, size_t body)
{
    const ex_text *t = &c->text;
    size_t w = d->title ? strcspn(d->title, " ") : 0;
    if (w < 2)
        return body;
    for (size_t p = d->span.start; p + w <= body; p++) {
        if (memcmp(t->s + p, d->title, w))
            continue;
        unsigned char before = p > d->span.start ? (unsigned char)t->s[p - 1] : ' ';
        if (before >= 0x80 || (before >= '0' && before <= '9') || ((before | 0x20) >= 'a' && (before | 0x20) <= 'z'))
            continue;
        for (size_t i = ex_line_at(t, p); i < t->nlines && t->lines[i].start < body; i++)
            if (t->lines[i].flags & EX_LINE_BLANK)
                return t->lines[i].start;
        return body;
    }
    return body;
}

/* The act of the séance block printed once that prints no attendance of
   its own (no list, no present / represented / voting count) takes the
   block's lists and counts too: nothing tells of a member coming or
   leaving between the acts. */
static bool inherit_attendance(ex_call *c, ex_document *d, const ex_document *p)
{
    ex_attendance *a = &d->att;
    const ex_attendance *b = &p->att;
    if (a->present.n || a->excused.n || a->absent.n || a->proxies.n || a->advisory_present.n
        || a->advisory_excused.n || a->present_count != EX_NULLNUM || a->represented != EX_NULLNUM
        || a->voting != EX_NULLNUM)
        return true;
    if (!ex_vec_append(c->alloc, &a->present, &b->present) || !ex_vec_append(c->alloc, &a->excused, &b->excused)
        || !ex_vec_append(c->alloc, &a->absent, &b->absent)
        || !ex_vec_append(c->alloc, &a->advisory_present, &b->advisory_present)
        || !ex_vec_append(c->alloc, &a->advisory_excused, &b->advisory_excused)
        || !ex_vec_append(c->alloc, &a->proxies, &b->proxies)) {
        c->oom = true;
        return false;
    }
    a->present_count = b->present_count;
    a->represented = b->represented;
    a->voting = b->voting;
    return true;
}

/* contract: "session: the meeting the act belongs to".  An extract of a
   séance holding several délibérations prints the séance block (place,
   president, secretary, convocation, members in office) once, above the
   first act; the next acts of the same assembly have none of it.  Such
   an act takes the séance of the act before it when it has no session
   fact of its own (no place, convocation, president, secretary or
   in-office count), when the act before it is a délibération of the
   same body, and when nothing says it belongs to another séance: its
   own séance date, and every date of its heading (heading_end(): not
   those of an exposé under its title), are the previous act's séance
   date (an act with no body of its own takes the previous
   act's).  Its present / represented / voting counts, lists and votes
   stay its own (they are the act's) when it prints any; when it prints
   none, the block's are its (inherit_attendance()); the in-office count
   is the assembly's, and the letterhead's collectivity too. */
static bool inherit_session(ex_call *c)
{
    for (size_t k = 1; k < c->docs.n; k++) {
        ex_document *d = &c->docs.v[k];
        const ex_document *p = &c->docs.v[k - 1];
        if (d->type != EX_DOC_DELIBERATION || p->type != EX_DOC_DELIBERATION
            || !p->body || (d->body && !same_words(d->body, p->body)))
            continue;
        /* the same séance with a session block of its own, the letterhead
           printed once at the file's top ("COMMUNE DE X" / "DÉLIBÉRATION
           N° 2025-071" / "Séance du mardi 14 octobre 2025" … "DÉLIBÉRATION
           N° 2025-072" / "Séance du mardi 14 octobre 2025" …): the act
           before names its collectivity */
        if (!d->collectivity && p->collectivity && d->session_date.y && same_date(d->session_date, p->session_date))
            d->collectivity = p->collectivity;
        if (d->session_place || d->convened_on.y || d->president || d->secretary
            || d->att.in_office != EX_NULLNUM)
            continue;   /* a session block of its own */
        if (!p->session_date.y
            || !(p->session_place || p->convened_on.y || p->president || p->secretary
                 || p->att.in_office != EX_NULLNUM))
            continue;   /* nothing to take */
        if (d->session_date.y && !same_date(d->session_date, p->session_date))
            continue;
        size_t head = heading_end(c, d, body_start(d));
        bool other = false;
        for (size_t i = 0; i < d->dates.n && d->dates.v[i].span.start < head; i++)
            if (!same_date(d->dates.v[i].value, p->session_date))
                other = true;
        if (other)
            continue;   /* a date heading of another séance, or a dated title */
        d->session_date = p->session_date;
        d->session_place = p->session_place;
        d->convened_on = p->convened_on;
        d->president = p->president;
        d->secretary = p->secretary;
        d->att.in_office = p->att.in_office;
        if (!d->collectivity)
            d->collectivity = p->collectivity;
        if (!d->body)
            d->body = p->body;
        if (!inherit_attendance(c, d, p))
            return false;
    }
    return true;
}

/* contract: "issuer.collectivity".  A file of several acts of one kind
   and one body under one letterhead, printed once at the file's top
   ("COMMUNAUTÉ DE COMMUNES DE X" / "PROCÈS-VERBAL DE LA SÉANCE DU
   CONSEIL COMMUNAUTAIRE DU 3 JUIN" … "PROCÈS-VERBAL DE LA SÉANCE DE
   REPRISE DU CONSEIL COMMUNAUTAIRE DU 17 JUIN" …): a later act that
   names no collectivity of its own is the letterhead's, as the act
   before it of the same kind and the same body names it.  An act with
   a letterhead of its own keeps it; an act of another kind or of
   another body (or naming none) takes nothing. */
static void inherit_collectivity(ex_call *c)
{
    for (size_t k = 1; k < c->docs.n; k++) {
        ex_document *d = &c->docs.v[k];
        const ex_document *p = &c->docs.v[k - 1];
        if (d->collectivity || !p->collectivity || d->type == EX_DOC_OTHER || d->type != p->type
            || !d->body || !p->body || !same_words(d->body, p->body))
            continue;
        d->collectivity = p->collectivity;
    }
}

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
        if (own_number(&c->docs.v[k], m, body_start(&c->docs.v[k])) || own_date(&c->docs.v[k], m))
            continue;
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
    if (!inherit_session(c))
        return false;
    inherit_collectivity(c);
    return true;
}
