/*
 * json.c - render: documents -> the contract's JSON tree (json-c).
 *
 * The only file that includes json-c, and the only place where view
 * offsets become source byte offsets (ex_src_off): every "span" of the
 * output is made by span_obj() below.  Every key of the contract is
 * always present (null or [] when absent).
 */
#include "internal.h"

#include <json-c/json.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

typedef struct rctx {
    ex_call *c;
    const ex_text *t;
    bool fail;
} rctx;

static json_object *chk(rctx *r, json_object *o)
{
    if (!o)
        r->fail = true;
    return o;
}

static void put(rctx *r, json_object *obj, const char *key, json_object *val)
{
    /* json-c: a NULL value is JSON null */
    if (!obj || json_object_object_add(obj, key, val) != 0)
        r->fail = true;
}

static json_object *str(rctx *r, const char *s)
{
    return s ? chk(r, json_object_new_string(s)) : NULL;
}

static json_object *num(rctx *r, long v)
{
    return v == EX_NULLNUM ? NULL : chk(r, json_object_new_int64(v));
}

static json_object *date_str(rctx *r, ex_date_val d)
{
    if (!d.y)
        return NULL;
    char b[16];
    snprintf(b, sizeof b, "%04d-%02d-%02d", d.y, d.m, d.d);
    return str(r, b);
}

static json_object *span_obj(rctx *r, ex_span sp)
{
    json_object *a = chk(r, json_object_new_array_ext(2));
    if (!a)
        return NULL;
    size_t s0 = ex_src_off(r->t, sp.start), s1 = ex_src_off(r->t, sp.end);
    if (s1 < s0)
        s1 = s0;
    if (json_object_array_add(a, chk(r, json_object_new_int64((int64_t)s0))) ||
        json_object_array_add(a, chk(r, json_object_new_int64((int64_t)s1))))
        r->fail = true;
    return a;
}

static json_object *arr(rctx *r)
{
    return chk(r, json_object_new_array());
}

static void push(rctx *r, json_object *a, json_object *v)
{
    if (!a || !v || json_object_array_add(a, v) != 0) {
        r->fail = true;
        if (v)
            json_object_put(v);
    }
}

static json_object *person(rctx *r, const ex_person *p)
{
    if (!p)
        return NULL;
    json_object *o = chk(r, json_object_new_object());
    put(r, o, "civility", str(r, p->civility));
    put(r, o, "given", str(r, p->given));
    put(r, o, "family", str(r, p->family));
    put(r, o, "text", str(r, p->text));
    put(r, o, "span", span_obj(r, p->span));
    if (p->role)
        put(r, o, "role", str(r, p->role));
    if (p->note)
        put(r, o, "note", str(r, p->note));
    if (p->substitute_for)
        put(r, o, "substitute_for", str(r, p->substitute_for));
    return o;
}

static json_object *persons(rctx *r, const ex_person *v, size_t n)
{
    json_object *a = arr(r);
    for (size_t i = 0; i < n; i++)
        push(r, a, person(r, &v[i]));
    return a;
}

static json_object *clauses(rctx *r, const ex_clause *v, size_t n)
{
    json_object *a = arr(r);
    for (size_t i = 0; i < n; i++) {
        json_object *o = chk(r, json_object_new_object());
        put(r, o, "text", str(r, v[i].text));
        put(r, o, "span", span_obj(r, v[i].span));
        push(r, a, o);
    }
    return a;
}

static json_object *articles(rctx *r, const ex_article *v, size_t n)
{
    json_object *a = arr(r);
    for (size_t i = 0; i < n; i++) {
        json_object *o = chk(r, json_object_new_object());
        put(r, o, "number", str(r, v[i].number));
        put(r, o, "heading", str(r, v[i].heading));
        put(r, o, "text", str(r, v[i].text));
        put(r, o, "span", span_obj(r, v[i].span));
        push(r, a, o);
    }
    return a;
}

static json_object *strings(rctx *r, const ex_str_vec *v)
{
    json_object *a = arr(r);
    for (size_t i = 0; i < v->n; i++)
        push(r, a, str(r, v->v[i]));
    return a;
}

static json_object *votes(rctx *r, const ex_vote *v, size_t n)
{
    json_object *a = arr(r);
    for (size_t i = 0; i < n; i++) {
        json_object *o = chk(r, json_object_new_object());
        put(r, o, "for", num(r, v[i].for_));
        put(r, o, "against", num(r, v[i].against));
        put(r, o, "abstention", num(r, v[i].abstention));
        put(r, o, "not_voting", num(r, v[i].not_voting));
        put(r, o, "absent_without_proxy", num(r, v[i].absent_without_proxy));
        put(r, o, "unanimous", chk(r, json_object_new_boolean(v[i].unanimous)));
        put(r, o, "for_groups", strings(r, &v[i].for_groups));
        put(r, o, "result", v[i].result == EX_ADOPTED ? str(r, "adopted")
                            : v[i].result == EX_REJECTED ? str(r, "rejected") : NULL);
        put(r, o, "span", span_obj(r, v[i].span));
        /* extra keys (votes.c) */
        json_object *ag = arr(r);
        for (size_t k = 0; k < v[i].against_groups.n; k++)
            push(r, ag, str(r, v[i].against_groups.v[k]));
        put(r, o, "against_groups", ag);
        json_object *bg = arr(r);
        for (size_t k = 0; k < v[i].abstention_groups.n; k++)
            push(r, bg, str(r, v[i].abstention_groups.v[k]));
        put(r, o, "abstention_groups", bg);
        put(r, o, "not_voting_persons", persons(r, v[i].not_voting_persons.v, v[i].not_voting_persons.n));
        put(r, o, "blank_or_void", num(r, v[i].blank_or_void));
        push(r, a, o);
    }
    return a;
}

/* a JSON number printed exactly with at most 2 decimals */
static json_object *money(rctx *r, int64_t cents)
{
    char b[32];
    int64_t u = cents < 0 ? -cents : cents;
    if (u % 100 == 0)
        snprintf(b, sizeof b, "%s%lld", cents < 0 ? "-" : "", (long long)(u / 100));
    else if (u % 10 == 0)
        snprintf(b, sizeof b, "%s%lld.%lld", cents < 0 ? "-" : "", (long long)(u / 100),
                 (long long)(u % 100 / 10));
    else
        snprintf(b, sizeof b, "%s%lld.%02lld", cents < 0 ? "-" : "", (long long)(u / 100),
                 (long long)(u % 100));
    json_object *o = chk(r, json_object_new_double_s((double)cents / 100.0, b));
    return o;
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

static json_object *document(rctx *r, const ex_document *d)
{
    json_object *o = chk(r, json_object_new_object());
    put(r, o, "type", str(r, doc_type_name(d->type)));
    put(r, o, "span", span_obj(r, d->span));

    json_object *is = chk(r, json_object_new_object());
    put(r, is, "collectivity", str(r, d->collectivity));
    put(r, is, "body", str(r, d->body));
    put(r, o, "issuer", is);
    put(r, o, "number", str(r, d->number));
    put(r, o, "title", str(r, d->title));

    json_object *se = chk(r, json_object_new_object());
    put(r, se, "date", date_str(r, d->session_date));
    put(r, se, "place", str(r, d->session_place));
    put(r, se, "convened_on", date_str(r, d->convened_on));
    put(r, se, "president", person(r, d->president));
    put(r, se, "secretary", person(r, d->secretary));
    put(r, o, "session", se);

    const ex_attendance *at = &d->att;
    json_object *ao = chk(r, json_object_new_object());
    put(r, ao, "present", persons(r, at->present.v, at->present.n));
    put(r, ao, "excused", persons(r, at->excused.v, at->excused.n));
    put(r, ao, "absent", persons(r, at->absent.v, at->absent.n));
    json_object *px = arr(r);
    for (size_t i = 0; i < at->proxies.n; i++) {
        json_object *p = chk(r, json_object_new_object());
        put(r, p, "from", person(r, &at->proxies.v[i].from));
        put(r, p, "to", person(r, &at->proxies.v[i].to));
        put(r, p, "span", span_obj(r, at->proxies.v[i].span));
        push(r, px, p);
    }
    put(r, ao, "proxies", px);
    put(r, ao, "advisory_present", persons(r, at->advisory_present.v, at->advisory_present.n));
    put(r, ao, "advisory_excused", persons(r, at->advisory_excused.v, at->advisory_excused.n));
    json_object *co = chk(r, json_object_new_object());
    put(r, co, "in_office", num(r, at->in_office));
    put(r, co, "present", num(r, at->present_count));
    put(r, co, "represented", num(r, at->represented));
    put(r, co, "voting", num(r, at->voting));
    put(r, co, "quorum", num(r, at->quorum));   /* extra key (attendance.c) */
    put(r, ao, "counts", co);
    put(r, o, "attendance", ao);

    put(r, o, "visas", clauses(r, d->visas.v, d->visas.n));
    put(r, o, "considerants", clauses(r, d->considerants.v, d->considerants.n));
    json_object *de = chk(r, json_object_new_object());
    put(r, de, "verb", str(r, d->decision_verb));
    put(r, de, "span", d->decision_verb ? span_obj(r, d->decision_span) : NULL);
    put(r, o, "decision", de);
    put(r, o, "articles", articles(r, d->articles.v, d->articles.n));
    put(r, o, "votes", votes(r, d->votes.v, d->votes.n));

    json_object *sg = arr(r);
    for (size_t i = 0; i < d->signatures.n; i++) {
        const ex_signature *s = &d->signatures.v[i];
        json_object *so = chk(r, json_object_new_object());
        put(r, so, "role", str(r, s->role));
        put(r, so, "name", str(r, s->name));
        put(r, so, "place", str(r, s->place));
        put(r, so, "date", date_str(r, s->date));
        put(r, so, "span", span_obj(r, s->span));
        push(r, sg, so);
    }
    put(r, o, "signatures", sg);

    json_object *am = arr(r);
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ex_amount *m = &d->amounts.v[i];
        json_object *mo = chk(r, json_object_new_object());
        put(r, mo, "value", money(r, m->cents));
        put(r, mo, "currency", str(r, m->currency ? m->currency : "EUR"));
        put(r, mo, "text", str(r, m->text));
        put(r, mo, "span", span_obj(r, m->span));
        put(r, mo, "tax", str(r, m->tax));
        push(r, am, mo);
    }
    put(r, o, "amounts", am);

    json_object *da = arr(r);
    for (size_t i = 0; i < d->dates.n; i++) {
        const ex_date *m = &d->dates.v[i];
        json_object *mo = chk(r, json_object_new_object());
        put(r, mo, "value", date_str(r, m->value));
        put(r, mo, "text", str(r, m->text));
        put(r, mo, "span", span_obj(r, m->span));
        push(r, da, mo);
    }
    put(r, o, "dates", da);

    json_object *re = arr(r);
    for (size_t i = 0; i < d->references.n; i++) {
        const ex_reference *m = &d->references.v[i];
        json_object *mo = chk(r, json_object_new_object());
        put(r, mo, "kind", str(r, m->kind));
        put(r, mo, "number", str(r, m->number));
        put(r, mo, "date", date_str(r, m->date));
        put(r, mo, "code", str(r, m->code));
        put(r, mo, "articles", strings(r, &m->articles));
        put(r, mo, "text", str(r, m->text));
        put(r, mo, "span", span_obj(r, m->span));
        push(r, re, mo);
    }
    put(r, o, "references", re);

    json_object *id = arr(r);
    for (size_t i = 0; i < d->identifiers.n; i++) {
        const ex_identifier *m = &d->identifiers.v[i];
        json_object *mo = chk(r, json_object_new_object());
        put(r, mo, "kind", str(r, m->kind));
        put(r, mo, "value", str(r, m->value));
        put(r, mo, "text", str(r, m->text));
        put(r, mo, "span", span_obj(r, m->span));
        push(r, id, mo);
    }
    put(r, o, "identifiers", id);

    /* extra keys (documented in extract-json(5)) */
    if (d->transmission.present) {
        json_object *tr = chk(r, json_object_new_object());
        put(r, tr, "sent", date_str(r, d->transmission.sent));
        put(r, tr, "received", date_str(r, d->transmission.received));
        put(r, tr, "published", date_str(r, d->transmission.published));
        put(r, tr, "id", str(r, d->transmission.id));
        put(r, o, "transmission", tr);
    }
    if (d->type == EX_DOC_PROCES_VERBAL || d->items.n) {
        json_object *it = arr(r);
        for (size_t i = 0; i < d->items.n; i++) {
            const ex_item *m = &d->items.v[i];
            json_object *mo = chk(r, json_object_new_object());
            put(r, mo, "number", str(r, m->number));
            put(r, mo, "title", str(r, m->title));
            put(r, mo, "articles", articles(r, m->articles.v, m->articles.n));
            put(r, mo, "votes", votes(r, m->votes.v, m->votes.n));
            put(r, mo, "span", span_obj(r, m->span));
            push(r, it, mo);
        }
        put(r, o, "items", it);
    }
    if (d->ocr_quality >= 0) {
        char b[16];
        snprintf(b, sizeof b, "%.2f", d->ocr_quality);
        put(r, o, "ocr_quality", chk(r, json_object_new_double_s(d->ocr_quality, b)));
    }
    return o;
}

static json_object *source(rctx *r, const char *path, const unsigned char *data, size_t len)
{
    json_object *o = chk(r, json_object_new_object());
    put(r, o, "path", str(r, path));
    put(r, o, "size", chk(r, json_object_new_int64((int64_t)len)));
    put(r, o, "encoding", str(r, ex_encoding_name(r->t->encoding)));
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
    char hex[2 * SHA256_DIGEST_SIZE + 1];
    for (size_t i = 0; i < sizeof dg; i++)
        snprintf(hex + 2 * i, 3, "%02x", dg[i]);
    put(r, o, "sha256", str(r, hex));
    return o;
}

json_object *ex_render(ex_call *c, const char *path, const unsigned char *data, size_t len)
{
    rctx r = {c, &c->text, false};
    json_object *root = chk(&r, json_object_new_object());
    put(&r, root, "schema_version", chk(&r, json_object_new_int(EXTRACT_SCHEMA_VERSION)));
    put(&r, root, "generator", str(&r, "libextract " EXTRACT_VERSION_STRING));
    put(&r, root, "source", source(&r, path, data, len));
    json_object *docs = arr(&r);
    for (size_t i = 0; i < c->docs.n; i++)
        push(&r, docs, document(&r, &c->docs.v[i]));
    put(&r, root, "documents", docs);
    json_object *dg = arr(&r);
    for (size_t i = 0; i < c->diags.n; i++) {
        const ex_diag *d = &c->diags.v[i];
        json_object *o = chk(&r, json_object_new_object());
        put(&r, o, "severity", str(&r, d->severity));
        put(&r, o, "code", str(&r, d->code));
        put(&r, o, "message", str(&r, d->message));
        put(&r, o, "span", d->has_span ? span_obj(&r, d->span) : NULL);
        push(&r, dg, o);
    }
    put(&r, root, "diagnostics", dg);
    if (r.fail) {
        json_object_put(root);
        return NULL;
    }
    return root;
}
