/*
 * attendance.c - stage attendance: present, excused, absent, proxies,
 * counts, president and secretary of the session.
 *
 * One combined pattern finds the labels of a document ("Étaient
 * présents :", "Absents excusés ayant donné pouvoir :", "Pouvoirs :",
 * "En exercice : 15", "sous la présidence de", "Secrétaire de séance :",
 * "X a été désigné(e) secrétaire de séance"...); the kind of each label
 * is told by a (*MARK).  Labels are written as folded keys (lower-case
 * ASCII) and expanded at init into accent- and OCR-tolerant classes
 * (é/è/ê/e, o/0, l/1/I), so "Etaient presents", "Excuse(s)", "Absént"
 * match the same entries.
 *
 * A list runs from its label to the next label of the same column (or
 * the list's own end: a sentence or a blank line followed by non-names,
 * see persons.c).  Two-column layouts (counts on the left, lists on the
 * right on the same lines) are read column by column: a label that
 * follows a run of 3+ blanks, or starts an indented line, reads its
 * continuation lines from its own column only.
 *
 * Counts are the printed numbers, in digits (OCR O/0, l/1 read back) or
 * in words (ex_number_words), never computed; a diagnostic
 * attendance.count_mismatch is added when present + represented exceeds
 * the members in office.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    K_PRESENT = 1, K_SUBST, K_EXCUSED, K_EXC_PROXY, K_ABSENT, K_ABS_PROXY,
    K_ADV_PRESENT, K_ADV_EXCUSED, K_PROXY, K_REPR, K_INOFFICE, K_VOTING,
    K_SECRETARY, K_PRESIDENT, K_PRESIDENCE, K_DESIGNE, K_NUM_INOFFICE
};


#define PL "(?:e|s|es|\\(e\\)|\\(s\\)|\\(es\\)|\\(e\\)s)*"
#define PRE "(?:(?:etaient|etait|sont|(?:membres|conseillers|conseilleres|delegues|elus)" \
    "(?: titulaires| municipaux| communautaires| departementaux| regionaux)?) )?"
#define GAVE "(?:et )?(?:ayant|avaient|avait|ont|qui ont) donne (?:pouvoir|procuration|delegation)(?: de vote)?"

/* Label keys (folded); the order matters: the longest reading first. */
static const ex_pattern labels[] = {
    /* "Excusé(s) sans voix délibérative :" */
    {K_ADV_EXCUSED, PRE "(?:absent" PL " )?excuse" PL ",? sans voix deliberative"},
    /* "Absents sans voix délibérative :" */
    {K_ADV_EXCUSED, PRE "absent" PL ",? sans voix deliberative"},
    /* "Assistaient également, sans voix délibérative :" */
    {K_ADV_PRESENT, "(?:assistai(?:en)?t|assistant|assistent|participai(?:en)?t)(?: egalement)?,? "
                    "(?:a la seance,? )?(?:sans voix deliberative|avec voix consultative)"},
    {K_ADV_PRESENT, "(?:etai(?:en)?t )?(?:egalement )?present" PL "(?: egalement)?,? "
                    "(?:sans voix deliberative|avec voix consultative)"},
    {K_ADV_PRESENT, "(?:assistai(?:en)?t|assistant|assistent) egalement"},
    {K_ADV_PRESENT, "(?:etai(?:en)?t )?egalement present" PL},
    /* "Absents excusés ayant donné pouvoir :", "Étaient excusés et avaient donné pouvoir :" */
    {K_EXC_PROXY, PRE "(?:absent" PL " )?excuse" PL ",? " GAVE},
    /* "Absents excusés :", "Excusé(s) :", "S'étaient fait excuser :" */
    {K_EXCUSED, PRE "(?:absent" PL " )?excuse" PL},
    {K_EXCUSED, "s'etai(?:en)?t fait(?:e|s|es)? excuser"},
    /* "Absents ayant donné procuration :" */
    {K_ABS_PROXY, PRE "(?:absent" PL "|non present" PL "),? " GAVE},
    /* "Absent(s) :", "Absents non excusés :" */
    {K_ABSENT, PRE "absent" PL "(?: non excuse" PL ")?"},
    /* "Délégués suppléants :" */
    {K_SUBST, "(?:delegue" PL " )?suppleant" PL "(?: present" PL ")?"},
    /* "Étaient présents :", "Présents : 12", "Membres présents :" */
    {K_PRESENT, PRE "present" PL},
    {K_PRESENT, "nombre de present" PL},
    /* "Pouvoirs : 5", "Pouvoirs :", "Procurations :" */
    {K_PROXY, "(?:pouvoir|procuration|delegation|mandat)s?(?: de vote)?(?: donne" PL "| recu" PL ")?"},
    /* "Représentés : 2" */
    {K_REPR, "(?:nombre de )?(?:membres )?represente" PL},
    /* "Nombre de conseillers en exercice : 33", "En exercice : 15" */
    {K_INOFFICE, "(?:nombre de )?(?:(?:conseillers|membres|delegues|elus)(?: municipaux| communautaires"
                 "| departementaux| regionaux)? )?en exercice"},
    /* "Votants : 14" */
    {K_VOTING, "(?:nombre de )?votants"},
    /* "M. X a été désigné(e) secrétaire de séance" */
    {K_DESIGNE, "(?:a ete |est |ont ete |sont )?(?:designe|elu|nomme|choisi)" PL
                " (?:pour remplir les fonctions de |comme |en qualite de |pour )?secretaire"},
    /* "Secrétaire de séance :", "Secrétaire :" */
    {K_SECRETARY, "secretaire(?: de (?:la )?seance)?"},
    /* "Président de séance :" */
    {K_PRESIDENT, "president" PL " de (?:la )?seance"},
    /* "sous la présidence de", "PRESIDENCE DE", "présidée par" */
    {K_PRESIDENCE, "(?:sous )?(?:la )?presidence de"},
    {K_PRESIDENCE, "preside" PL " par"},
    /* "33 conseillers en exercice" */
    {K_NUM_INOFFICE, "\\d{1,3} (?:conseillers|membres|delegues|elus)(?: municipaux| communautaires"
                     "| departementaux| regionaux)? en exercice"},
};
#define NLABELS (sizeof labels / sizeof labels[0])

#define PRE_RX "(?i)(?<![\\p{L}\\p{N}])(?:"
#define POST_RX ")(?![\\p{L}])"

typedef struct att_engine {
    ex_regex rx;
} att_engine;

bool ex_attendance_init(extract_engine *e)
{
    ex_buf b = {0};
    bool ok = ex_buf_put(&e->alloc, &b, PRE_RX, strlen(PRE_RX));
    for (size_t i = 0; ok && i < NLABELS; i++) {
        char *p = ex_fold_pattern(&e->alloc, labels[i].pattern);
        if (!p) {
            ok = false;
            break;
        }
        ok = ex_buf_printf(&e->alloc, &b, "%s(?:%s)(*MARK:%d)", i ? "|" : "", p, labels[i].kind);
        ex_free(&e->alloc, p);
    }
    ok = ok && ex_buf_put(&e->alloc, &b, POST_RX, strlen(POST_RX)) && ex_buf_putc(&e->alloc, &b, 0);
    att_engine *ae = ok ? ex_malloc(&e->alloc, sizeof *ae) : NULL;
    if (!ae) {
        ex_buf_free(&e->alloc, &b);
        return false;
    }
    ex_pattern pat = {0, b.s};
    if (!ex_rx_compile(e, &pat, 1, &ae->rx)) {
        ex_free(&e->alloc, ae);
        ex_buf_free(&e->alloc, &b);
        return false;
    }
    ex_buf_free(&e->alloc, &b);
    e->attendance = ae;
    return true;
}

void ex_attendance_free(extract_engine *e)
{
    att_engine *ae = e->attendance;
    if (!ae)
        return;
    ex_rx_free(&ae->rx, 1);
    ex_free(&e->alloc, ae);
    e->attendance = NULL;
}

/* ------------------------------------------------------------------ */

typedef struct label {
    int kind;
    size_t a, b;        /* the label */
    size_t after;       /* after the colon (or b) */
    bool colon;
    bool right;         /* in a right column */
    bool bounds;        /* a real label: ends the list before it */
    size_t col;         /* column of the label start (characters) */
} label;
typedef EX_VEC(label) label_vec;
typedef EX_VEC(ex_span) span_vec;

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

static bool is_nl(char ch)
{
    return ch == '\n' || ch == '\r' || ch == '\f';
}

static size_t col_of(const char *s, size_t ls, size_t p)
{
    size_t n = 0;
    for (size_t q = ls; q < p; q++)
        if (((unsigned char)s[q] & 0xC0) != 0x80)
            n++;
    return n;
}

/* view offset of column col on line [ls, le) (or le) */
static size_t off_of_col(const char *s, size_t ls, size_t le, size_t col)
{
    size_t n = 0, q = ls;
    while (q < le && n < col) {
        q++;
        while (q < le && ((unsigned char)s[q] & 0xC0) == 0x80)
            q++;
        n++;
    }
    return q;
}

/* the printed count at p: digits (OCR O/o -> 0, l/I/| -> 1) or words */
static bool parse_count(ex_call *c, size_t p, size_t lim, long *val)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || s[p] == ':' || s[p] == '='))
        p++;
    size_t q = p;
    long v = 0;
    int digits = 0, n = 0;
    while (q < lim && n < 4) {
        /* the shared digit reader: O o -> 0, l I | -> 1 */
        int d = ex_num_digit(s[q], true);
        if (d < 0)
            break;
        digits += s[q] >= '0' && s[q] <= '9';
        v = v * 10 + d;
        n++;
        q++;
    }
    if (n && digits) {
        /* followed by a non-letter */
        unsigned char nx = q < lim ? (unsigned char)s[q] : ' ';
        if (!((nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z') || nx >= 0xC3 || (nx >= '0' && nx <= '9'))) {
            *val = v;
            return true;
        }
        return false;
    }
    size_t used = 0;
    long long w = ex_number_words(s + p, lim - p, &used);
    if (w >= 0 && used > 0 && w < 100000) {
        *val = (long)w;
        return true;
    }
    return false;
}

/* after a label: blanks, then a colon (OCR junk tolerated); sets *after */
static bool colon_after(const ex_call *c, size_t p, size_t lim, size_t *after)
{
    const char *s = c->text.s;
    size_t q = p, junk = 0;
    while (q < lim && q < p + 8) {
        char ch = s[q];
        if (is_blank(ch)) {
            q++;
            continue;
        }
        if (ch == ':' || ch == ';') {
            q++;
            while (q < lim && (is_blank(s[q]) || s[q] == ':' || s[q] == '-'))
                q++;
            *after = q;
            return true;
        }
        if ((ch == '.' || ch == ',' || ch == '-') && junk < 2) {
            junk++;
            q++;
            continue;
        }
        break;
    }
    *after = p;
    return false;
}

static bool starts_civility(const ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || is_nl(s[p])))
        p++;
    static const char *const civ[] = {"m. ", "mme ", "mm. ", "mmes ", "monsieur ", "madame ", "mesdames",
                                      "messieurs", "mlle ", NULL};
    for (size_t k = 0; civ[k]; k++)
        if (ex_match_fold(s + p, lim - p, civ[k]))
            return true;
    return false;
}

static bool count_kind(int k)
{
    return k == K_PRESENT || k == K_PROXY || k == K_REPR || k == K_INOFFICE || k == K_VOTING;
}

static bool list_kind(int k)
{
    return k == K_PRESENT || k == K_SUBST || k == K_EXCUSED || k == K_EXC_PROXY || k == K_ABSENT
        || k == K_ABS_PROXY || k == K_ADV_PRESENT || k == K_ADV_EXCUSED || k == K_PROXY;
}

static bool find_labels(ex_call *c, const ex_document *d, label_vec *lv)
{
    const att_engine *ae = c->eng->attendance;
    const char *s = c->text.s;
    const ex_text *t = &c->text;
    size_t p = d->span.start, end = d->span.end;
    while (p < end) {
        int rc = ex_rx_search(c, &ae->rx, p, end, 0);
        if (rc <= 0)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t a = ov[0], b = ov[1];
        if (a >= end)
            break;
        PCRE2_SPTR mark = pcre2_get_mark(c->md);
        int kind = mark ? (int)strtol((const char *)mark, NULL, 10) : 0;
        p = b > a ? b : a + 1;
        if (!kind || ex_is_furniture(t, a))
            continue;
        /* "Absents sans délégation de vote", "avec voix consultative" */
        if (kind != K_ADV_PRESENT && kind != K_ADV_EXCUSED && a >= d->span.start + 5) {
            size_t q = a;
            while (q > d->span.start && is_blank(s[q - 1]))
                q--;
            if (q >= d->span.start + 4 && (ex_match_fold(s + q - 4, 4, "sans") || ex_match_fold(s + q - 4, 4, "avec")))
                continue;
        }
        label *l = ex_vec_push(c->alloc, lv);
        if (!l) {
            c->oom = true;
            return false;
        }
        l->kind = kind;
        l->a = a;
        l->b = b;
        l->colon = colon_after(c, b, end, &l->after);
        const ex_line *ln = &t->lines[ex_line_at(t, a)];
        l->col = col_of(s, ln->start, a);
        size_t q = a;
        while (q > ln->start && is_blank(s[q - 1]))
            q--;
        l->right = (q == ln->start && l->col >= 8) || (q > ln->start && a - q >= 3);
    }
    return true;
}

/* Ranges of a list from its label: its column on each line, up to bound. */
static bool list_ranges(ex_call *c, const label *l, size_t bound, span_vec *rv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, l->after);
    const ex_line *ln = &t->lines[li];
    /* left column with prose on its right: cut the lines at that column */
    size_t colB = (size_t)-1;
    if (!l->right) {
        for (size_t q = l->after; q < ln->end; q++) {
            if (is_blank(s[q])) {
                size_t r = q;
                while (r < ln->end && is_blank(s[r]))
                    r++;
                if (r - q >= 3 && r < ln->end && !starts_civility(c, r, ln->end)) {
                    size_t col = col_of(s, ln->start, r);
                    unsigned char ch = (unsigned char)s[r];
                    bool lower = (ch >= 'a' && ch <= 'z') || (ch == 0xC3 && r + 1 < ln->end
                                                              && (unsigned char)s[r + 1] >= 0xA0);
                    if (col >= 20 && lower)
                        colB = col;
                    break;
                }
                q = r;
            }
        }
    }
    for (; li < t->nlines; li++) {
        ln = &t->lines[li];
        if (ln->start >= bound)
            break;
        size_t a = ln->start, b = ln->end < bound ? ln->end : bound;
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (ln->flags & EX_LINE_BLANK) {
            ex_span *r = ex_vec_push(c->alloc, rv);
            if (!r)
                goto oom;
            r->start = r->end = ln->start;
            continue;
        }
        if (l->after >= ln->start && l->after <= ln->end) {
            a = l->after;
        } else if (l->right) {
            /* first text at or right of the label's column, after a gap */
            size_t from = off_of_col(s, ln->start, ln->end, l->col > 3 ? l->col - 3 : 0);
            size_t q = from;
            while (q < b) {
                if (!is_blank(s[q]) && (q == ln->start || (q >= ln->start + 2 && is_blank(s[q - 1])
                                                           && (q - from < 3 || is_blank(s[q - 2]))))) {
                    /* text at the column: accept it if it starts there */
                    bool gap = q == ln->start;
                    size_t k = q;
                    while (k > ln->start && is_blank(s[k - 1]))
                        k--;
                    gap = gap || k == ln->start || q - k >= 2;
                    if (gap)
                        break;
                }
                q++;
            }
            if (q >= b)
                continue;   /* nothing in this column on this line */
            a = q;
        }
        if (colB != (size_t)-1) {
            size_t cut = off_of_col(s, ln->start, ln->end, colB > 3 ? colB - 3 : 0);
            /* end at the start of the blank run before the right column */
            size_t q = a;
            size_t e2 = b;
            while (q < b) {
                if (is_blank(s[q])) {
                    size_t r = q;
                    while (r < b && is_blank(s[r]))
                        r++;
                    if (r - q >= 3 && r >= cut) {
                        e2 = q;
                        break;
                    }
                    q = r;
                } else {
                    q++;
                }
            }
            b = e2;
        }
        if (a < b) {
            ex_span *r = ex_vec_push(c->alloc, rv);
            if (!r)
                goto oom;
            r->start = a;
            r->end = b;
        }
    }
    return true;
oom:
    c->oom = true;
    return false;
}

static bool same_family(const ex_person *a, const ex_person *b)
{
    return a->family && b->family && strcmp(a->family, b->family) == 0;
}

/* FNV-1a of a string (NULL hashes as "") */
static uint64_t str_hash(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return (h ^ 0xff) * 0x100000001b3ull;
}

static bool same_proxy(const ex_proxy *a, const ex_proxy *b)
{
    return same_family(&a->from, &b->from) && same_family(&a->to, &b->to);
}

/* Append the proxies of px not already in the document's (same giver and
   receiver family names).  Long lists go through a hash table keyed on
   both family names, so that 200,000 proxies stay linear. */
static bool add_proxies(ex_call *c, ex_document *d, const ex_proxy_vec *px)
{
    ex_proxy_vec *out = &d->att.proxies;
    size_t *tab = NULL, cap = 0;
    if (out->n + px->n > 64) {
        cap = 128;
        while (cap < (out->n + px->n) * 2)
            cap *= 2;
        if (cap > SIZE_MAX / sizeof(size_t) || !(tab = ex_malloc(c->alloc, cap * sizeof *tab)))
            goto oom;
        memset(tab, 0, cap * sizeof *tab);  /* index + 1, 0: empty */
    }
    for (size_t i = 0, n0 = out->n; i < n0 + px->n; i++) {
        const ex_proxy *p = i < n0 ? &out->v[i] : &px->v[i - n0];
        bool keyed = p->from.family && p->to.family;  /* else never a repeat */
        size_t h = 0;
        bool dup = false;
        if (tab && keyed) {
            h = (size_t)str_hash(str_hash(0xcbf29ce484222325ull, p->from.family), p->to.family)
                & (cap - 1);
            if (i >= n0)
                for (size_t q = h; tab[q] && !dup; q = (q + 1) & (cap - 1))
                    dup = same_proxy(&out->v[tab[q] - 1], p);
        } else if (!tab && i >= n0) {
            for (size_t k = 0; k < out->n && !dup; k++)
                dup = same_proxy(&out->v[k], p);
        }
        if (dup)
            continue;
        if (i >= n0) {
            ex_proxy *np = ex_vec_push(c->alloc, out);
            if (!np)
                goto oom;
            *np = *p;
        }
        if (tab && keyed) {
            size_t q = h;
            while (tab[q])
                q = (q + 1) & (cap - 1);
            tab[q] = (i >= n0 ? out->n - 1 : i) + 1;
        }
    }
    ex_free(c->alloc, tab);
    return true;
oom:
    ex_free(c->alloc, tab);
    c->oom = true;
    return false;
}

static bool same_person(const ex_person *a, const ex_person *b)
{
    if (!same_family(a, b))
        return false;
    if (a->civility && b->civility && strcmp(a->civility, b->civility) != 0)
        return false;   /* "M. MARTIN, Mme MARTIN" */
    if (!a->given || !b->given)
        return !a->given && !b->given;
    return strcmp(a->given, b->given) == 0;
}

/* A person appears once per list: "Absents excusés : M. A, M. B." then
   "M. B a donné pouvoir à M. C" names B again - keep the first mention.
   Only entries from index n0 on (just added) are checked. */
/* Short lists compare each new entry with the kept ones; long ones use a
   hash table of the kept entries keyed on family + given name (equal
   persons have both equal), so a list of 200,000 names stays linear. */
static bool drop_repeats(ex_call *c, ex_person_vec *out, size_t n0)
{
    size_t w = n0;
    if (out->n <= 64) {
        for (size_t i = n0; i < out->n; i++) {
            bool dup = false;
            for (size_t k = 0; k < w && !dup; k++)
                dup = same_person(&out->v[k], &out->v[i]);
            if (!dup)
                out->v[w++] = out->v[i];
        }
        out->n = w;
        return true;
    }
    size_t cap = 128;
    while (cap < out->n * 2)
        cap *= 2;
    if (cap > SIZE_MAX / sizeof(size_t))
        goto oom;
    size_t *tab = ex_malloc(c->alloc, cap * sizeof *tab);  /* index + 1, 0: empty */
    if (!tab)
        goto oom;
    memset(tab, 0, cap * sizeof *tab);
    for (size_t i = 0; i < out->n; i++) {
        const ex_person *p = &out->v[i];
        size_t h = p->family ? (size_t)str_hash(str_hash(0xcbf29ce484222325ull, p->family),
                                                p->given) & (cap - 1) : 0;
        bool dup = false;
        if (i >= n0 && p->family) {
            for (size_t q = h; tab[q] && !dup; q = (q + 1) & (cap - 1))
                dup = same_person(&out->v[tab[q] - 1], p);
        }
        if (dup)
            continue;
        if (i >= n0)
            out->v[w++] = *p;
        if (p->family) {    /* no family: never a repeat of anyone */
            size_t q = h;
            while (tab[q])
                q = (q + 1) & (cap - 1);
            tab[q] = (i >= n0 ? w - 1 : i) + 1;
        }
    }
    ex_free(c->alloc, tab);
    out->n = w;
    return true;
oom:
    c->oom = true;
    return false;
}

static ex_person *new_person(ex_call *c, const ex_person *p)
{
    ex_person *x = ex_arena_alloc(&c->arena, sizeof *x);
    if (!x) {
        c->oom = true;
        return NULL;
    }
    *x = *p;
    return x;
}

/* the first person in [a, b) */
static bool person_in(ex_call *c, size_t a, size_t b, bool last, ex_person *out)
{
    ex_span rg = {a, b};
    ex_person_vec v = {0};
    bool ok = ex_persons_list_rg(c, &rg, 1, 0, &v, NULL, NULL);
    bool found = ok && v.n;
    if (found)
        *out = v.v[last ? v.n - 1 : 0];
    ex_vec_free(c->alloc, &v);
    return found;
}

static size_t line_end_after(const ex_text *t, size_t p, int extra)
{
    size_t li = ex_line_at(t, p);
    for (int k = 0; k < extra && li + 1 < t->nlines; k++) {
        if (t->lines[li + 1].flags & EX_LINE_BLANK)
            break;
        li++;
    }
    return t->lines[li].end;
}

bool ex_attendance_fill(ex_call *c, ex_document *d)
{
    if (!c->eng->attendance || d->span.end <= d->span.start)
        return true;
    const ex_text *t = &c->text;
    const char *s = t->s;
    label_vec lv = {0};
    span_vec rv = {0};
    ex_proxy_vec px = {0};
    size_t cnt_a = 0, cnt_b = 0;    /* where the counts are printed */
    if (!find_labels(c, d, &lv))
        goto fail;
    for (size_t i = 0; i < lv.n; i++) {
        label *l = &lv.v[i];
        /* counts: "Présents : 12" */
        if (count_kind(l->kind) || l->kind == K_NUM_INOFFICE) {
            long v;
            bool got = false;
            if (l->kind == K_NUM_INOFFICE) {
                got = parse_count(c, l->a, l->b, &v);
                l->kind = K_INOFFICE;
            } else if (l->colon) {
                got = parse_count(c, l->after, d->span.end, &v);
            } else {
                /* "Présents 12" with no colon (OCR) */
                size_t q = l->b;
                while (q < d->span.end && is_blank(s[q]))
                    q++;
                if (q > l->b && q < d->span.end && s[q] >= '0' && s[q] <= '9')
                    got = parse_count(c, q, d->span.end, &v);
            }
            if (got) {
                long *slot = l->kind == K_PRESENT ? &d->att.present_count
                           : (l->kind == K_PROXY || l->kind == K_REPR) ? &d->att.represented
                           : l->kind == K_INOFFICE ? &d->att.in_office : &d->att.voting;
                if (*slot == EX_NULLNUM) {
                    *slot = v;
                    if (!cnt_b || l->a < cnt_a)
                        cnt_a = l->a;
                    if (l->after + 3 > cnt_b)
                        cnt_b = l->after + 3 < d->span.end ? l->after + 3 : d->span.end;
                }
                l->kind = -1;   /* a count, not a list */
                l->bounds = true;
                continue;
            }
            if (!list_kind(l->kind)) {
                l->kind = -1;
                continue;
            }
        }
        if (l->kind == K_PRESIDENCE) {
            if (!d->president) {
                ex_person p;
                bool found = false;
                for (int extra = 0; extra < 2 && !found; extra++) {
                    size_t b = line_end_after(t, l->b, extra);
                    if (b > d->span.end)
                        b = d->span.end;
                    found = person_in(c, l->b, b, false, &p);
                }
                if (found && !(d->president = new_person(c, &p)))
                    goto fail;
            }
            l->kind = -1;
            l->bounds = true;
            continue;
        }
        if (l->kind == K_PRESIDENT || l->kind == K_SECRETARY) {
            ex_person **slot = l->kind == K_PRESIDENT ? &d->president : &d->secretary;
            if (l->colon && !*slot) {
                ex_person p;
                size_t b = line_end_after(t, l->after, 1);
                if (i + 1 < lv.n && lv.v[i + 1].a < b)
                    b = lv.v[i + 1].a;
                if (b > d->span.end)
                    b = d->span.end;
                if (person_in(c, l->after, b, false, &p) && !(*slot = new_person(c, &p)))
                    goto fail;
            }
            l->bounds = l->colon;
            l->kind = -1;
            continue;
        }
        if (l->kind == K_DESIGNE) {
            if (!d->secretary) {
                /* the person before, in the same sentence */
                size_t a = l->a;
                size_t lo = a > d->span.start + 200 ? a - 200 : d->span.start;
                size_t q = a;
                while (q > lo && s[q - 1] != ':' && s[q - 1] != ';'
                       && !(s[q - 1] == '.' && q < a && is_blank(s[q]) && q >= 3
                            && !(s[q - 2] == 'M' && !((unsigned char)s[q - 3] >= 'A')))
                       && !(is_nl(s[q - 1]) && q >= 2 && is_nl(s[q - 2])))
                    q--;
                ex_person p;
                if (person_in(c, q, a, true, &p)) {
                    if (!(d->secretary = new_person(c, &p)))
                        goto fail;
                    l->a = p.span.start;    /* lists end before the sentence */
                }
            }
            l->kind = -1;
            l->bounds = true;
            continue;
        }
        if (!list_kind(l->kind))
            continue;
        /* a list label needs a colon, or a civility right after it at a line start */
        if (!l->colon) {
            const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
            size_t q = ln->start;
            while (q < l->a && (is_blank(s[q]) || s[q] == '-' || s[q] == '.'))
                q++;
            if (q != l->a || !starts_civility(c, l->b, d->span.end)) {
                l->kind = -1;
                continue;
            }
            l->after = l->b;
        }
        l->bounds = true;
    }
    /* lists */
    for (size_t i = 0; i < lv.n; i++) {
        label *l = &lv.v[i];
        if (!list_kind(l->kind))
            continue;
        size_t bound = d->span.end;
        for (size_t k = i + 1; k < lv.n; k++) {
            const label *m = &lv.v[k];
            if (!m->bounds || m->a <= l->a)
                continue;
            /* a label of the same column, or on the list's own line */
            if (m->right == l->right || ex_line_at(t, m->a) == ex_line_at(t, l->a)) {
                bound = m->a;
                break;
            }
        }
        rv.n = 0;
        if (!list_ranges(c, l, bound, &rv))
            goto fail;
        if (!rv.n)
            continue;
        ex_person_vec *out = NULL;
        int mode = 0;
        switch (l->kind) {
        case K_PRESENT:
        case K_SUBST:
            out = &d->att.present;
            break;
        case K_EXCUSED:
            out = &d->att.excused;
            break;
        case K_EXC_PROXY:
            out = &d->att.excused;
            mode = 1;
            break;
        case K_ABSENT:
            out = &d->att.absent;
            break;
        case K_ABS_PROXY:
        case K_PROXY:
            mode = 1;
            break;
        case K_ADV_PRESENT:
            out = &d->att.advisory_present;
            break;
        case K_ADV_EXCUSED:
            out = &d->att.advisory_excused;
            break;
        }
        px.n = 0;
        size_t n0 = out ? out->n : 0;
        if (!ex_persons_list_rg(c, rv.v, rv.n, mode, out, &px, NULL) || !add_proxies(c, d, &px))
            goto fail;
        if (out && !drop_repeats(c, out, n0))
            goto fail;
    }
    /* the clerk's check: present + represented <= in office */
    if (d->att.in_office != EX_NULLNUM && d->att.present_count != EX_NULLNUM) {
        long rep = d->att.represented == EX_NULLNUM ? 0 : d->att.represented;
        if (d->att.present_count + rep > d->att.in_office)
            ex_diag_add(c, "warning", "attendance.count_mismatch",
                        "present + represented exceed the members in office",
                        cnt_a, cnt_b, cnt_b > cnt_a);
    }
    ex_vec_free(c->alloc, &lv);
    ex_vec_free(c->alloc, &rv);
    ex_vec_free(c->alloc, &px);
    return !c->oom;
fail:
    ex_vec_free(c->alloc, &lv);
    ex_vec_free(c->alloc, &rv);
    ex_vec_free(c->alloc, &px);
    c->oom = true;
    return false;
}
