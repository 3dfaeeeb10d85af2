/*
 * scdl.c - the SCDL "Deliberations" CSV export (schema of the Socle
 * Commun des Donnees Locales, OpenDataFrance, version 2.x): one row per
 * deliberation found in a result, read from the contract's tree.
 *
 * Which documents give rows: every document of type "deliberation" (one
 * row), and every item of a "proces_verbal" (its extra key "items": one
 * row per deliberation voted in the session).  Other types (arrete,
 * convention, rapport, other) give none.
 *
 * Columns, from the output contract:
 *   COLL_NOM            issuer.collectivity, else --collectivity
 *   COLL_SIRET          a SIRET in the document whose SIREN is the one of
 *                       its ACTES id, else --siret
 *   DELIB_ID            number (of the item for a proces-verbal)
 *   DELIB_DATE          session.date (ISO 8601)
 *   DELIB_MATIERE_CODE  empty: the library does not read the ACTES
 *   DELIB_MATIERE_NOM   classification yet (always a string when it does)
 *   DELIB_OBJET         title (of the item)
 *   BUDGET_ANNEE        empty (not extracted)
 *   BUDGET_NOM          empty (not extracted)
 *   PREF_ID             the ACTES id: transmission.id, else the ACTES
 *                       identifier whose local part is the number
 *   PREF_DATE           the ACTES stamp's transmission.received, else
 *                       transmission.sent, when PREF_ID is the stamp's
 *   VOTE_EFFECTIF       attendance.counts.in_office
 *   VOTE_REEL           attendance.counts.voting
 *   VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION
 *                       for, against, abstention of the first vote (of
 *                       the item), as printed: empty when not printed,
 *                       never inferred from a unanimity
 *   DELIB_URL           empty (the text does not give it)
 * Cells are UTF-8, quoted as RFC 4180 says (a cell holding a comma, a
 * double quote, CR or LF is put in double quotes, quotes doubled); rows
 * end with CRLF; unknown values are empty cells.
 */
#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char scdl_header[] = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,"
                           "DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,"
                           "PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
                           "VOTE_ABSTENTION,DELIB_URL\r\n";

enum {
    C_COLL_NOM, C_COLL_SIRET, C_DELIB_ID, C_DELIB_DATE, C_MATIERE_CODE, C_MATIERE_NOM,
    C_OBJET, C_BUDGET_ANNEE, C_BUDGET_NOM, C_PREF_ID, C_PREF_DATE, C_EFFECTIF, C_REEL,
    C_POUR, C_CONTRE, C_ABSTENTION, C_URL, NCOLS
};

/* A cell: a borrowed string (NULL: empty) or an integer. */
typedef struct cell {
    const char *s;
    bool has_int;
    int64_t i;
} cell;

static json_object *get(json_object *o, const char *key)
{
    json_object *v;
    if (o && json_object_is_type(o, json_type_object) && json_object_object_get_ex(o, key, &v))
        return v;
    return NULL;
}

static const char *get_str(json_object *o, const char *key)
{
    json_object *v = get(o, key);
    return v && json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
}

static void set_int(cell *c, json_object *o, const char *key)
{
    json_object *v = get(o, key);
    if (v && json_object_is_type(v, json_type_int)) {
        c->has_int = true;
        c->i = json_object_get_int64(v);
    }
}

static void put_cell(sbuf *b, const cell *c)
{
    if (c->has_int) {
        char num[24];
        snprintf(num, sizeof num, "%lld", (long long)c->i);
        sbuf_adds(b, num);
        return;
    }
    const char *s = c->s;
    if (!s)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        sbuf_adds(b, s);
        return;
    }
    sbuf_add(b, "\"", 1);
    for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
        sbuf_add(b, s, (size_t)(q - s));
        sbuf_add(b, "\"\"", 2);
    }
    sbuf_adds(b, s);
    sbuf_add(b, "\"", 1);
}

static void put_row(sbuf *b, const cell *row)
{
    for (int i = 0; i < NCOLS; i++) {
        if (i)
            sbuf_add(b, ",", 1);
        put_cell(b, &row[i]);
    }
    sbuf_add(b, "\r\n", 2);
}

/* Upper-case letters and digits of s (at most n bytes of s, up to the
   first blank), into out (size cap); "2024-013" -> "2024013". */
static void squeeze(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && s[i] && !isspace((unsigned char)s[i]) && k + 1 < cap; i++)
        if (isalnum((unsigned char)s[i]))
            out[k++] = (char)toupper((unsigned char)s[i]);
    out[k] = '\0';
}

/* Does ACTES id "062-216274308-20240328-2024_012-DE" belong to number
   "2024-012"?  Compares the local part (4th field) and the number, letters
   and digits only. */
static bool actes_matches(const char *id, const char *number)
{
    if (!id || !number)
        return false;
    const char *p = id;
    for (int f = 0; f < 3; f++) {
        p = strchr(p, '-');
        if (!p)
            return false;
        p++;
    }
    const char *end = strrchr(p, '-');
    if (!end || end == p)
        return false;
    char a[128], b[128];
    squeeze(p, (size_t)(end - p), a, sizeof a);
    squeeze(number, strlen(number), b, sizeof b);
    return a[0] && strcmp(a, b) == 0;
}

/* The ACTES identifier of doc matching number, or NULL. */
static const char *actes_for(json_object *doc, const char *number)
{
    json_object *ids = get(doc, "identifiers");
    size_t n = ids && json_object_is_type(ids, json_type_array) ? json_object_array_length(ids) : 0;
    for (size_t i = 0; i < n; i++) {
        json_object *id = json_object_array_get_idx(ids, i);
        const char *kind = get_str(id, "kind");
        const char *v = get_str(id, "value");
        if (kind && strcmp(kind, "acte") == 0 && actes_matches(v, number))
            return v;
    }
    return NULL;
}

/* A SIRET of doc whose SIREN is the one in ACTES id pref, or NULL. */
static const char *siret_for(json_object *doc, const char *pref)
{
    const char *p = pref ? strchr(pref, '-') : NULL;
    if (!p || strlen(p + 1) < 10 || p[10] != '-')
        return NULL;
    json_object *ids = get(doc, "identifiers");
    size_t n = ids && json_object_is_type(ids, json_type_array) ? json_object_array_length(ids) : 0;
    for (size_t i = 0; i < n; i++) {
        json_object *id = json_object_array_get_idx(ids, i);
        const char *kind = get_str(id, "kind");
        const char *v = get_str(id, "value");
        if (kind && v && strcmp(kind, "siret") == 0 && strlen(v) == 14
            && memcmp(v, p + 1, 9) == 0)
            return v;
    }
    return NULL;
}

/* One row.  doc: the document (deliberation or proces-verbal); act: the
   object holding number, title and votes (doc itself, or an item). */
static void row(sbuf *b, const cli_config *cfg, json_object *doc, json_object *act)
{
    cell r[NCOLS];
    memset(r, 0, sizeof r);
    const char *number = get_str(act, "number");
    r[C_COLL_NOM].s = get_str(get(doc, "issuer"), "collectivity");
    if (!r[C_COLL_NOM].s)
        r[C_COLL_NOM].s = cfg->collectivity;
    r[C_DELIB_ID].s = number;
    r[C_DELIB_DATE].s = get_str(get(doc, "session"), "date");
    r[C_OBJET].s = get_str(act, "title");

    /* The ACTES stamp: the document's, when it is this act's. */
    json_object *tr = get(doc, "transmission");
    const char *stamp = get_str(tr, "id");
    const char *pref = NULL;
    if (stamp && (act == doc || actes_matches(stamp, number)))
        pref = stamp;
    if (pref) {
        r[C_PREF_DATE].s = get_str(tr, "received");
        if (!r[C_PREF_DATE].s)
            r[C_PREF_DATE].s = get_str(tr, "sent");
    } else if (number) {
        /* the token before the first blank: "2024-013 – BUDGET ..." */
        char num[128];
        size_t k = strcspn(number, " \t");
        if (k >= sizeof num)
            k = sizeof num - 1;
        memcpy(num, number, k);
        num[k] = '\0';
        pref = actes_for(doc, num);
    }
    r[C_PREF_ID].s = pref;
    r[C_COLL_SIRET].s = siret_for(doc, pref);
    if (!r[C_COLL_SIRET].s)
        r[C_COLL_SIRET].s = cfg->siret;

    json_object *counts = get(get(doc, "attendance"), "counts");
    set_int(&r[C_EFFECTIF], counts, "in_office");
    set_int(&r[C_REEL], counts, "voting");
    json_object *votes = get(act, "votes");
    if (votes && json_object_is_type(votes, json_type_array)
        && json_object_array_length(votes) > 0) {
        json_object *v = json_object_array_get_idx(votes, 0);
        set_int(&r[C_POUR], v, "for");
        set_int(&r[C_CONTRE], v, "against");
        set_int(&r[C_ABSTENTION], v, "abstention");
    }
    put_row(b, r);
}

size_t scdl_rows(json_object *root, const cli_config *cfg, sbuf *b)
{
    json_object *docs = get(root, "documents");
    size_t n = docs && json_object_is_type(docs, json_type_array)
                   ? json_object_array_length(docs) : 0;
    size_t rows = 0;
    for (size_t i = 0; i < n; i++) {
        json_object *doc = json_object_array_get_idx(docs, i);
        const char *type = get_str(doc, "type");
        if (!type)
            continue;
        if (strcmp(type, "deliberation") == 0) {
            row(b, cfg, doc, doc);
            rows++;
        } else if (strcmp(type, "proces_verbal") == 0) {
            json_object *items = get(doc, "items");
            size_t m = items && json_object_is_type(items, json_type_array)
                           ? json_object_array_length(items) : 0;
            for (size_t k = 0; k < m; k++) {
                row(b, cfg, doc, json_object_array_get_idx(items, k));
                rows++;
            }
        }
    }
    return rows;
}
