/*
 * dates.c - stage dates: dates in digits and words (17 octobre 2022,
 * 17/10/2022, L'an deux mil...).
 *
 * Every candidate is validated (month name known, day within its month,
 * year in range); overlapping candidates keep the earliest, longest one.
 * A date needs its day, month and year: "31 décembre" alone is not a
 * date, except as the first end of a range whose second end gives the
 * rest ("du 15 au 31 janvier 2024", "les 6 et 13 mars 2024").
 *
 * Two-digit years (01/07/21): 00-69 -> 2000-2069, 70-99 -> 1970-1999;
 * only with "/" ("10.02.01" is rather a code).
 *
 * OCR tolerance, bounded: digits read as letters inside the numeric
 * fields (O o -> 0, l I | -> 1, at least one real digit per field), a
 * blank around the separators ("16/ 10/2023"), a month name with its
 * accents lost or one letter wrong ("fevrier", "miars": edit distance 1
 * to a single month name of 4+ letters), a stray "." after the month.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* numbers.c (the shared number layer) */
char ex_num_fold(const char *s, size_t len, size_t *n);
bool ex_num_is_letter(const char *s, size_t len);
size_t ex_num_fold_word(const char *s, size_t len, char *out, size_t cap);
int ex_num_digit(char ch, bool ocr);
long long ex_num_int(const char *s, size_t a, size_t b, bool ocr);

enum {
    D_TEXT = 1,   /* [weekday] 17 octobre 2022 */
    D_NUM,        /* 17/10/2022 17-10-2022 17.10.2022 01/07/21 */
    D_ISO,        /* 2022-10-17 */
    D_LAN,        /* L'an deux mil vingt-trois, le douze octobre */
    D_WORDS,      /* [vendredi] dix-sept novembre deux mille vingt-trois */
    D_RANGE       /* du 15 au 31 janvier 2024 (first end) */
};

/* blanks between the parts of a date: blanks and at most two line ends
   (OCR puts a blank line between all lines) */
#define SP "(?:[ \\t]+(?:\\n[ \\t]*){0,2}|(?:\\n[ \\t]*){1,2})"
#define WEEKDAY "(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
/* a number word of a date (day or year) */
#define NUMW "(?:premi[eè]re|premier|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil|et)"
#define NUMWS "(?:" NUMW "\\b(?:[ \\t-]+" NUMW "\\b)*)"
#define MONTHW "(\\p{L}{3,10})(\\.)?"

static const ex_pattern date_patterns[] = {
    /* "17 octobre 2022", "1er mars 2024", "le 1ER MARS 2024",
       "vendredi 5 avril 2024", "10  juillet  2019", "23\nmai 2023",
       "4 janv. 2024"; OCR "l2 mars 2024" */
    {D_TEXT,
     "(?<!\\p{N})"
     "(?:(" WEEKDAY ")[ \\t]*,?" SP ")?"
     "([0-3OoIl]?[0-9OoIl]|[L](?=er))(?:[ ]?((?i:er|re|ère|ere))(?!\\p{L}))?"
     "(?:" SP "|[ ]?[.-][ ]?)" MONTHW "[ \\t]*,?" SP
     "([12Il][0-9OoIl]{3})(?![\\p{N}\\p{L}])"},
    /* "17/10/2022", "17-10-2022", "17.10.2022", "01/07/21",
       OCR "16/ 10/2023", "l2/03/2024" */
    {D_NUM,
     "(?<![\\p{L}\\p{N}/._-])"
     "([0-3OoIl]?[0-9OoIl])[ ]?([/.-])[ ]?([01Oo]?[0-9OoIl])[ ]?\\2[ ]?"
     "([12][0-9OoIl]{3}|[0-9]{2})(?![\\p{N}\\p{L}/_-]|[.,][0-9])"},
    /* "2022-10-17" */
    {D_ISO,
     "(?<![\\p{L}\\p{N}/._-])([12][0-9]{3})-([01][0-9])-([0-3][0-9])"
     "(?![\\p{N}\\p{L}_-]|[.,][0-9])"},
    /* "L'an deux mil vingt-trois, le douze octobre",
       "L’an deux mille vingt-quatre, le vingt-huit mars" */
    {D_LAN,
     "(?i)(?<!\\p{L})l['’][ ]?an\\s+(\\p{L}+(?:[ \\t-]+\\p{L}+){0,7}?)\\s*,?\\s+le\\s+"
     "(\\p{L}+(?:[ \\t-]+\\p{L}+){0,3}?|[0-3]?[0-9](?:er)?)\\s+(?:du\\s+mois\\s+d(?:e\\s+|['’]))?" MONTHW},
    /* "vendredi dix-sept novembre deux mille vingt-trois",
       "le premier octobre deux mille vingt-quatre" */
    {D_WORDS,
     "(?i)(?<!\\p{L})(?:(" WEEKDAY ")\\s+)?(" NUMWS ")\\s+" MONTHW
     "\\s+(" NUMWS ")(?!\\p{L})"},
    /* "du 15 au 31 janvier 2024", "du 15 janvier au 31 janvier 2024"
       (when a full date follows), "les 6 et 13 mars 2024" */
    {D_RANGE,
     "(?i)(?<!\\p{L})(?:du|entre\\s+le|les)\\s+(?:(" WEEKDAY ")\\s+)?"
     "([0-3]?[0-9])(?:er|re)?(?:\\s+(\\p{L}{3,10})\\.?)?\\s+(?:au|et)\\s+(?:le\\s+)?"},
};
#define NPAT (sizeof date_patterns / sizeof date_patterns[0])

bool ex_dates_init(extract_engine *e)
{
    ex_regex *rx = ex_malloc(&e->alloc, NPAT * sizeof *rx);
    if (!rx)
        return false;
    if (!ex_rx_compile(e, date_patterns, NPAT, rx)) {
        ex_free(&e->alloc, rx);
        return false;
    }
    e->dates = rx;
    return true;
}

void ex_dates_free(extract_engine *e)
{
    if (!e->dates)
        return;
    ex_rx_free(e->dates, NPAT);
    ex_free(&e->alloc, e->dates);
    e->dates = NULL;
}

/* ------------------------------------------------------------------ */
/* Validation */

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1)
        return false;
    int md = mdays[m - 1] + (m == 2 && leap(y));
    return d <= md;
}

static const struct { const char *name; int month; bool full; } month_names[] = {
    {"janvier", 1, true}, {"janv", 1, false},
    {"fevrier", 2, true}, {"fevr", 2, false}, {"fev", 2, false},
    {"mars", 3, true},
    {"avril", 4, true}, {"avr", 4, false},
    {"mai", 5, true},
    {"juin", 6, true},
    {"juillet", 7, true}, {"juil", 7, false},
    {"aout", 8, true},
    {"septembre", 9, true}, {"sept", 9, false}, {"sep", 9, false},
    {"octobre", 10, true}, {"oct", 10, false},
    {"novembre", 11, true}, {"nov", 11, false},
    {"decembre", 12, true}, {"dec", 12, false},
};

/* Levenshtein distance capped: returns 0, 1 or 2 (2 meaning >= 2) */
static int dist1(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb + 1 || lb > la + 1)
        return 2;
    size_t i = 0;
    while (i < la && i < lb && a[i] == b[i])
        i++;
    if (i == la && i == lb)
        return 0;
    /* one edit at position i: substitution, insertion or deletion */
    if (la == lb)
        return strcmp(a + i + 1, b + i + 1) == 0 ? 1 : 2;
    if (la > lb)
        return strcmp(a + i + 1, b + i) == 0 ? 1 : 2;
    return strcmp(a + i, b + i + 1) == 0 ? 1 : 2;
}

/* The month named by the word at s[a..b) (accent/case-insensitive,
   abbreviations, one OCR error in a full name of 4+ letters); 0. */
static int month_of(const char *s, size_t a, size_t b)
{
    char w[16];
    size_t used = ex_num_fold_word(s + a, b - a, w, sizeof w);
    if (!used || a + used != b)
        return 0;
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
        if (strcmp(w, month_names[i].name) == 0)
            return month_names[i].month;
    if (strlen(w) < 4)
        return 0;
    int found = 0;
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++) {
        if (!month_names[i].full || strlen(month_names[i].name) < 4)
            continue;
        if (dist1(w, month_names[i].name) == 1) {
            if (found && found != month_names[i].month)
                return 0;   /* ambiguous */
            found = month_names[i].month;
        }
    }
    return found;
}

/* value of a numeric field s[a..b) with OCR confusions; needs one real
   digit (or exactly 'need_real' of them); -1 when not a number */
static int field_val(const char *s, size_t a, size_t b, int need_real)
{
    int real = 0;
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9')
            real++;
    if (real < need_real)
        return -1;
    long long v = ex_num_int(s, a, b, true);
    return v < 0 || v > 99999 ? -1 : (int)v;
}

/* number words at s[a..b) used whole; -1 otherwise */
static long long words_val(const char *s, size_t a, size_t b)
{
    size_t used;
    long long v = ex_number_words(s + a, b - a, &used);
    if (v < 0 || used != b - a)
        return -1;
    return v;
}

/* ------------------------------------------------------------------ */

typedef EX_VEC(ex_date) date_vec;

static bool add(ex_call *c, date_vec *v, size_t a, size_t b, int y, int m, int d)
{
    ex_date *x = ex_vec_push(c->alloc, v);
    if (!x) {
        c->oom = true;
        return false;
    }
    x->value.y = y;
    x->value.m = m;
    x->value.d = d;
    x->span.start = a;
    x->span.end = b;
    return true;
}

static int cmp_date(const void *pa, const void *pb)
{
    const ex_date *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    if (a->span.end != b->span.end)
        return a->span.end > b->span.end ? -1 : 1;   /* longest first */
    return 0;
}

#define G(k) (ov[2 * (k)] != PCRE2_UNSET && ov[2 * (k) + 1] > ov[2 * (k)])
#define GA(k) ((size_t)ov[2 * (k)])
#define GB(k) ((size_t)ov[2 * (k) + 1])

/* one candidate of pattern kind at the current match; false on OOM */
static bool candidate(ex_call *c, int kind, PCRE2_SIZE *ov, date_vec *v)
{
    const char *s = c->text.s;
    size_t a = GA(0), b = GB(0);
    int y = 0, m = 0, d = 0;
    switch (kind) {
    case D_TEXT: {
        bool suffix = G(3);
        /* glued to a word (OCR "Le7 mars 2017"): only after le/du/au */
        if (a > 0 && ex_num_is_letter(s + a - 1, 1)) {
            size_t w = a;
            while (w > 0 && ((unsigned char)s[w - 1] < 0x80) && ex_num_is_letter(s + w - 1, 1))
                w--;
            char word[8];
            if (a - w > 2 || !ex_num_fold_word(s + w, a - w, word, sizeof word)
                || (strcmp(word, "le") && strcmp(word, "du") && strcmp(word, "au")))
                return true;
            if (w > 0 && ex_num_is_letter(s + w - 1, c->text.len - w + 1))
                return true;
        }
        /* "1er", OCR "ler" / "Ler": the suffix vouches for the digit */
        if (suffix && GB(2) - GA(2) == 1 && strchr("lIL|", s[GA(2)]))
            d = 1;
        else
            d = field_val(s, GA(2), GB(2), 1);
        if (suffix && d != 1)
            return true;
        m = month_of(s, GA(4), GB(4));
        if (!m)
            return true;
        size_t mlen = GB(4) - GA(4);
        /* a period after a full month name is the sentence's, not ours,
           unless a year follows on the same phrase (OCR "11 mars. 2024") */
        (void)mlen;
        y = field_val(s, GA(6), GB(6), 2);
        if (!G(1))
            a = GA(2);
        break;
    }
    case D_NUM: {
        d = field_val(s, GA(1), GB(1), 1);
        m = field_val(s, GA(3), GB(3), 1);
        size_t yl = GB(4) - GA(4);
        y = field_val(s, GA(4), GB(4), 2);
        if (yl == 2) {
            if (s[GA(2)] != '/')
                return true;   /* 10.02.01 is a nomenclature code */
            y += y < 70 ? 2000 : 1900;
        }
        if (y < 1900 || y > 2100)
            return true;
        break;
    }
    case D_ISO:
        y = atoi(s + GA(1));
        m = atoi(s + GA(2));
        d = atoi(s + GA(3));
        break;
    case D_LAN: {
        long long yy = words_val(s, GA(1), GB(1));
        if (yy < 1000)
            return true;
        y = (int)yy;
        if (s[GA(2)] >= '0' && s[GA(2)] <= '9')
            d = atoi(s + GA(2));
        else
            d = (int)words_val(s, GA(2), GB(2));
        m = month_of(s, GA(3), GB(3));
        if (!m)
            return true;
        b = GB(3);
        if (G(4) && m != 5 && GB(3) - GA(3) <= 5)
            b = GB(4);   /* "janv." keeps its period */
        break;
    }
    case D_WORDS: {
        long long dd = words_val(s, GA(2), GB(2));
        long long yy = words_val(s, GA(5), GB(5));
        m = month_of(s, GA(3), GB(3));
        if (dd < 1 || dd > 31 || yy < 1000 || !m)
            return true;
        d = (int)dd;
        y = (int)yy;
        a = G(1) ? GA(1) : GA(2);
        break;
    }
    default:
        return true;
    }
    if (!valid_date(y, m, d))
        return true;
    return add(c, v, a, b, y, m, d);
}

/* the first ends of ranges: the match must end where a kept date starts */
static bool ranges(ex_call *c, const ex_regex *rx, date_vec *kept, date_vec *out)
{
    const char *s = c->text.s;
    size_t from = 0, k = 0;
    while (from < c->text.len) {
        int rc = ex_rx_match(c, rx, from, 0);
        if (rc <= 0)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t end = GB(0);
        from = GB(2) > from ? GB(2) : from + 1;
        while (k < kept->n && kept->v[k].span.start < end)
            k++;
        if (k >= kept->n || kept->v[k].span.start != end)
            continue;
        const ex_date *second = &kept->v[k];
        int d = atoi(s + GA(2));
        int m = second->value.m, y = second->value.y;
        size_t b = GB(2);
        if (G(3)) {
            m = month_of(s, GA(3), GB(3));
            if (!m)
                continue;
            b = GB(3);
            if (m > second->value.m
                || (m == second->value.m && d > second->value.d))
                y--;   /* du 15 décembre au 15 janvier 2024 */
        } else if (d >= second->value.d) {
            continue;
        }
        if (s[b] == '.' && b + 1 <= end && G(3) && GB(3) - GA(3) <= 5 && m != 5)
            b++;
        if (!valid_date(y, m, d))
            continue;
        if (!add(c, out, G(1) ? GA(1) : GA(2), b, y, m, d))
            return false;
    }
    return true;
}

bool ex_find_dates(ex_call *c)
{
    const ex_regex *rx = c->eng->dates;
    date_vec cand = {0};
    bool ok = true;
    if (!rx)
        return true;
    for (size_t p = 0; p < NPAT && ok; p++) {
        if (rx[p].kind == D_RANGE)
            continue;
        size_t from = 0;
        while (from < c->text.len) {
            int rc = ex_rx_match(c, &rx[p], from, 0);
            if (rc <= 0)
                break;
            PCRE2_SIZE *ov = ex_ov(c);
            size_t a = ov[0], b = ov[1];
            if (!candidate(c, rx[p].kind, ov, &cand)) {
                ok = false;
                break;
            }
            /* go on just after the match start's first field so that a
               rejected candidate does not hide a good one inside it */
            size_t next = a + 1;
            while (next < b && ((unsigned char)c->text.s[next] & 0xC0) == 0x80)
                next++;
            from = next;
        }
    }
    if (ok && cand.n) {
        qsort(cand.v, cand.n, sizeof *cand.v, cmp_date);
        date_vec kept = {0};
        size_t last_end = 0;
        for (size_t i = 0; i < cand.n && ok; i++) {
            if (kept.n && cand.v[i].span.start < last_end)
                continue;
            ex_date *x = ex_vec_push(c->alloc, &kept);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = cand.v[i];
            last_end = x->span.end;
        }
        date_vec extra = {0};
        for (size_t p = 0; p < NPAT && ok; p++)
            if (rx[p].kind == D_RANGE)
                ok = ranges(c, &rx[p], &kept, &extra);
        for (size_t i = 0; i < extra.n && ok; i++) {
            ex_date *x = ex_vec_push(c->alloc, &kept);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = extra.v[i];
        }
        if (ok)
            qsort(kept.v, kept.n, sizeof *kept.v, cmp_date);
        for (size_t i = 0; i < kept.n && ok; i++) {
            ex_date *x = ex_vec_push(c->alloc, &c->dates);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = kept.v[i];
            x->text = ex_text_value(c, &c->text, x->span.start, x->span.end);
            if (!x->text) {
                c->oom = true;
                ok = false;
            }
        }
        ex_vec_free(c->alloc, &kept);
        ex_vec_free(c->alloc, &extra);
    }
    ex_vec_free(c->alloc, &cand);
    return ok;
}

const ex_date *ex_date_at(const ex_call *c, size_t from, size_t limit)
{
    for (size_t i = 0; i < c->dates.n; i++) {
        const ex_date *d = &c->dates.v[i];
        if (d->span.start >= from && d->span.start < limit)
            return d;
        if (d->span.start >= limit)
            break;
    }
    return NULL;
}
