/*
 * repair.c - audit trail of OCR repairs: one `ocr.repair` diagnostic
 * (severity "info", with the span of what was printed) for each value
 * the recognizers read through an OCR confusion, so that a user can
 * check every value that is not a byte copy of the page.
 *
 * The recognizers repair with one bounded confusion model (numbers.c
 * ex_num_digit: O o -> 0, l I | -> 1 inside a number;
 * amounts.c: "E" or "C" read for "€" right after a number; structure:
 * one OCR edit in a keyword of 6+ letters, "Articie" for "Article").
 * This stage looks at the values the documents hold after assembly and
 * reports those whose printed form needed one of these repairs:
 *   - amounts, dates, identifiers (SIRET, SIREN, phone, postal code) and
 *     reference numbers whose digits hold a confusable letter next to a
 *     digit ("1O 5OO", "l2/03/2024", "2O21-1900"), "Ler juillet" (1er);
 *   - dates whose month name is misread ("miars", "novernbre": no month
 *     spelled right among the date's words);
 *   - amounts whose currency was read from "E"/"C";
 *   - articles whose heading keyword is not printed "Article"/"Art.";
 *   - persons of the session (attendance lists, proxies, president,
 *     secretary) whose civility is printed in a misread form ("Mine",
 *     "Mrne", "Mie" read as Mme, "Mu" as M.), or whose given name and
 *     family name OCR glued with a hyphen ("Jean-Marie-PONSARD" read as
 *     given Jean-Marie, family PONSARD; persons.c).
 * Diagnostics are in text order, at most MAX_REPAIRS per call, then one
 * `ocr.repair_more` without a span.
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

static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* the letters OCR takes for digits (numbers.c) */
static bool confusable(char ch)
{
    return ex_num_digit(ch, true) >= 0 && !is_digit(ch);
}

/* s[a..b) holds a confusable letter inside a digit run: a digit on one
   side and a digit, a separator or the end on the other ("1O", "l2",
   "2O21", "5OO") */
static bool digit_confusion(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (!confusable(s[i]))
            continue;
        /* extend over a run of confusable letters ("OO" in "5OO") */
        size_t j = i;
        while (j < b && (confusable(s[j]) || is_digit(s[j])))
            j++;
        bool dl = i > a && is_digit(s[i - 1]);
        bool dr = false;
        for (size_t k = i; k < j; k++)
            if (is_digit(s[k]))
                dr = true;
        /* a whole word of letters ("Bois", "SOS") is a word, not a number */
        bool word_l = i > a && ex_num_is_letter(s + i - 1, b - i + 1) && !is_digit(s[i - 1]);
        bool word_r = j < b && ex_num_is_letter(s + j, b - j);
        if ((dl || dr) && !word_l && !word_r)
            return true;
        i = j;
    }
    return false;
}

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

/* the civility spellings printed on clean pages (folded) */
static bool plain_civility(const char *w)
{
    static const char *const ok[] = {"m", "mm", "mme", "mmes", "mlle", "mlles", "mr", "monsieur", "madame",
                                     "mademoiselle", "messieurs", "mesdames", "me", "maitre", "dr",
                                     "docteur", NULL};
    for (size_t k = 0; ok[k]; k++)
        if (!strcmp(w, ok[k]))
            return true;
    return false;
}

/* a person read through an OCR confusion: a misread civility, or a
   given name glued to the family name by a hyphen */
static bool person_repair(ex_call *c, const ex_person *p, repair_vec *v)
{
    const char *s = c->text.s;
    size_t a = p->span.start, b = p->span.end;
    if (b <= a || b > c->text.len || !p->family)
        return true;
    if (p->civility) {
        char w[24];
        size_t n = ex_num_fold_word(s + a, b - a, w, sizeof w);
        for (size_t k = 0; w[k]; k++)
            if (w[k] >= 'A' && w[k] <= 'Z')
                w[k] = (char)(w[k] + 32);
        /* groups (MM. X et Y) start at the name: not a civility */
        bool name = (p->given && !strncmp(s + a, p->given, strlen(p->given)))
                    || !strncmp(s + a, p->family, strlen(p->family));
        if (n && n <= 6 && !name && !plain_civility(w)) {
            char printed[24];
            memcpy(printed, s + a, n);
            printed[n] = 0;
            if (!push(c, v, a, a + n, printed, p->civility))
                return false;
        }
    }
    if (p->given) {
        size_t gl = strlen(p->given), fl = strlen(p->family);
        for (size_t q = a; q + gl + 1 + fl <= b; q++) {
            if (s[q] != p->given[0] || memcmp(s + q, p->given, gl) || s[q + gl] != '-'
                || memcmp(s + q + gl + 1, p->family, fl))
                continue;
            char as[160];
            snprintf(as, sizeof as, "given %.70s, family %.70s", p->given, p->family);
            char printed[160];
            snprintf(printed, sizeof printed, "%.*s", (int)(gl + 1 + fl), s + q);
            if (!push(c, v, q, q + gl + 1 + fl, printed, as))
                return false;
            break;
        }
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

/* a date printed with letters and no month name spelled right: its month
   was read through the OCR tolerance of dates.c ("miars", "novernbre") */
static bool month_repaired(const char *s, size_t a, size_t b)
{
    static const char *const months[] = {
        "janvier", "janv", "fevrier", "fevr", "fev", "mars", "avril", "avr", "mai", "juin", "juillet",
        "juil", "aout", "septembre", "sept", "oct", "octobre", "novembre", "nov", "decembre", "dec", NULL};
    bool letters = false;
    for (size_t p = a; p < b;) {
        char w[24];
        size_t n = ex_num_fold_word(s + p, b - p, w, sizeof w);
        if (!n) {
            p++;
            continue;
        }
        for (size_t k = 0; w[k]; k++)
            if (w[k] >= 'A' && w[k] <= 'Z')
                w[k] = (char)(w[k] + 32);
        bool alpha = true;
        for (size_t k = 0; w[k]; k++)
            if (w[k] < 'a' || w[k] > 'z')
                alpha = false;
        if (alpha && strlen(w) >= 3) {
            letters = true;
            for (size_t k = 0; months[k]; k++)
                if (!strcmp(w, months[k]))
                    return false;
        }
        p += n;
    }
    return letters;
}

static bool doc_repairs(ex_call *c, const ex_document *d, repair_vec *v)
{
    if (!persons_repairs(c, d, v))
        return false;
    const char *s = c->text.s;
    char val[64];
    for (size_t i = 0; i < d->amounts.n; i++) {
        const ex_amount *m = &d->amounts.v[i];
        size_t a = m->span.start, b = m->span.end;
        size_t e = b;
        while (e > a && s[e - 1] == ' ')
            e--;
        bool cur = e > a && (s[e - 1] == 'E' || s[e - 1] == 'C')
                   && !(e - a >= 3 && !memcmp(s + e - 3, "EUR", 3));
        if (cur || digit_confusion(s, a, b)) {
            long long u = (long long)(m->cents / 100), cts = (long long)(m->cents % 100);
            if (cts)
                snprintf(val, sizeof val, "%lld.%02lld EUR", u, cts);
            else
                snprintf(val, sizeof val, "%lld EUR", u);
            if (!push(c, v, a, b, m->text, val))
                return false;
        }
    }
    for (size_t i = 0; i < d->dates.n; i++) {
        const ex_date *m = &d->dates.v[i];
        size_t a = m->span.start;
        bool first = (s[a] == 'L' || s[a] == 'l' || s[a] == 'I') && (s[a + 1] | 32) == 'e';
        if (!first && !digit_confusion(s, a, m->span.end) && !month_repaired(s, a, m->span.end))
            continue;
        snprintf(val, sizeof val, "%04d-%02d-%02d", m->value.y, m->value.m, m->value.d);
        if (!push(c, v, m->span.start, m->span.end, m->text, val))
            return false;
    }
    for (size_t i = 0; i < d->identifiers.n; i++) {
        const ex_identifier *m = &d->identifiers.v[i];
        if (!strcmp(m->kind, "email") || !strcmp(m->kind, "url") || !strcmp(m->kind, "acte")
            || !strcmp(m->kind, "iban"))
            continue;
        if (digit_confusion(s, m->span.start, m->span.end)
            && !push(c, v, m->span.start, m->span.end, m->text, m->value))
            return false;
    }
    for (size_t i = 0; i < d->references.n; i++) {
        const ex_reference *m = &d->references.v[i];
        if (!digit_confusion(s, m->span.start, m->span.end))
            continue;
        const char *as = m->number ? m->number : m->articles.n ? m->articles.v[0] : m->text;
        if (!push(c, v, m->span.start, m->span.end, m->text, as))
            return false;
    }
    for (size_t i = 0; i < d->articles.n; i++) {
        const ex_article *m = &d->articles.v[i];
        size_t a = m->span.start, n = m->span.end - a;
        if (ex_match_fold(s + a, n, "article") || ex_match_fold(s + a, n, "art."))
            continue;
        size_t k = 0;
        while (k < n && k < 12 && s[a + k] != ' ' && s[a + k] != '\n')
            k++;
        if (k < 4)
            continue;   /* "1.", "I –": numbered without the keyword */
        char printed[16];
        memcpy(printed, s + a, k);
        printed[k] = 0;
        if (!push(c, v, a, a + k, printed, "Article"))
            return false;
    }
    return true;
}

bool ex_ocr_repairs(ex_call *c)
{
    repair_vec v = {0};
    bool ok = true;
    for (size_t i = 0; i < c->docs.n && ok; i++)
        ok = doc_repairs(c, &c->docs.v[i], &v);
    if (ok && v.n) {
        qsort(v.v, v.n, sizeof *v.v, repair_cmp);
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
