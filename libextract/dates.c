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
 * to a single month name of 4+ letters, or "rn" read for "m":
 * "novernbre"), a stray "." after the month.
 */
#define _GNU_SOURCE 1   /* memmem */
#include "internal.h"

#include <stdlib.h>
#include <string.h>


enum {
    D_TEXT = 1,   /* 17 octobre 2022 (a weekday before is added in C) */
    D_NUM,        /* 17/10/2022 17-10-2022 17.10.2022 01/07/21 */
    D_ISO,        /* 2022-10-17 */
    D_LAN,        /* L'an deux mil vingt-trois, le douze octobre */
    D_WORDS,      /* dix-sept novembre deux mille vingt-trois (in C, from
                     each "mil" of the text: words_dates()) */
    D_GLUED       /* OCR "du 23052024": 23/05/2024, its separators lost */
};

/* blanks between the parts of a date: blanks and at most two line ends
   (OCR puts a blank line between all lines) */
#define SP "(?:[ \\t]+(?:\\n[ \\t]*){0,2}|(?:\\n[ \\t]*){1,2})"
/* OCR: a speck opening the month's line ("le 31\n‘ décembre 2026") */
#define SPECK "[ \\t]*\\n[ \\t]*(?:\\n[ \\t]*)?[‘’'.,:;_|*+][ \\t]+"
/* OCR: one or two specks opening the year's line ("18 octobre\n: 2024",
   "18 octobre\n.… 2024"; not a hyphen: "mars\n- 2025-012" is a list's
   item) */
#define SPECKY "[ \\t]*\\n[ \\t]*(?:\\n[ \\t]*)?(?:[‘’'.,:;_|*+]|…){1,2}[ \\t]+"
/* OCR: one or two specks apart ending the month's line, the year on the
   next ("remis le 4 juin :\n2026.", "du 3 mars .\n2026"); a blank
   before them (not "4 juin.\n2026 …": a sentence's end) */
#define SPECKM "(?<=[ \\t])(?:[‘’'.,:;_|*+]|…){1,2}[ \\t]*\\n[ \\t]*(?:\\n[ \\t]*)?"
/* OCR: a hyphen for the blank between the day words and the month of
   "L'an ..., le vingt-quatre-juin" (only before a month printed whole:
   "vingt-six" is a day's words) */
#define LANHYPH "-(?=(?i:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre" \
    "|novembre|d[eé]cembre)(?!\\p{L}))"
/* a footnote mark glued after a year ("13 mai 2026¹."): a superscript
   digit, ¹ ² ³ or U+2070-2079 */
#define SUPNUM "[\\x{B9}\\x{B2}\\x{B3}\\x{2070}\\x{2074}-\\x{2079}]"
/* a month name: checked in C (month_read); OCR keeps its first letter,
   but for the m of "mars", "mai" read as "in" or "rn" ("14 inars 2022") */
#define MONTHW "((?=[jfmasondJFMASOND]|[ir]n)\\p{L}{3,10})(\\.)?"

/* Scanning cost matters (the whole pipeline >= 40 MB/s): every pattern
   starts on a digit or on a rare word; weekdays, day words and the
   first ends of ranges are read backwards in C from a match.  The
   patterns are anchored (\\G): date_starts() lists, in one pass, the
   offsets where each can start (a necessary condition read from its
   first characters), and only those are tried, in text order: the
   same matches as a search of the whole text. */
static const ex_pattern date_patterns[] = {
    /* "17 octobre 2022", "1er mars 2024", "le 1ER MARS 2024",
       "10  juillet  2019", "23\nmai 2023", "4 janv. 2024";
       OCR "1O mars 2024", "10-juillet 2019", "13'juin 2024", "18 avril:2024",
       "l2 mars 2024" (a letter
       before the first digit is taken in C: ocr_lead()), "Ler juillet
       2023", "Ter juin 2024", "ter janvier 2024", "l er juin 2024", "Îer avril
       2025" (1er: the 1 read as l, L, I, T, t or Î, a blank before "er" or not), "er octobre 2024"
       (1er, its 1 lost: "er" alone, a blank or a line end before it), "29 juin.2025" (a
       speck glued between the month and the year), "Ler, juillet 1901",
       "18:novembre 2024", "le 12; juin 2026" (a comma, colon or semicolon
       for the blank after the day),
       "2 ‘octobre 2025" (a left quote glued before the month),
       "1ér janvier 2026" (the e of "1er" read é), "1er octobre’ 2024", "2 août'2024", "1er septembre-2024", "11
       mars°2025" (a quote, a hyphen or a degree sign speck after the
       month), "25 septembre 201 7" (a scan blank before the year's last
       digit), "21 juin 2024à9h 30" ("à" glued after the year, before an
       hour or a blank) */
    {D_TEXT,
     "(*NO_START_OPT)\\G(?<!\\p{N})"
     "([0-3]?[0-9]|[0-3][OoIl]|(?<!\\p{L})(?:[lLITt]|Î)(?=[ ]?[eE][rR][ \\t,])|(?<![^ \\n])(?<!\\p{N} )(?=[eE][rR] ))"
     "(?:[ ]?((?i:er|ér|re|ère|ere))(?!\\p{L}))?"
     "(?:" SP "|[ ]?[.'’‘,:;-][ ]?|" SPECK ")" MONTHW "[ \\t]*(?:,?" SP "|" SPECKM "|:[ ]?|(?<=\\.)|['’°-][ ]?|" SPECKY ")"
     "([12Il][0-9OoIl]{3}|30[0-9]{2}|(?:19|20)[0-9] [0-9])(?:(?![\\p{N}\\p{L}])|(?=\xC3\xA0[0-9 ])|(?=" SUPNUM "))"},
    /* "17/10/2022", "17-10-2022", "17.10.2022", "01/07/21",
       OCR "16/ 10/2023", "l2/03/2024" (see ocr_lead()), "le-04/04/2024",
       "le.03/12/2026" (a hyphen or a dot glued after le/du), "1er/03/2025" (an ordinal day: 1
       only, checked in C) */
    {D_NUM,
     "(*NO_START_OPT)\\G(?:(?<![\\p{N}/._-])|(?<=\\b(?:[lL][eE]|[dD][uU])[-.]))"
     "([0-3]?[0-9]|[0-3][OoIl])(?:er)?[ ]?([/.-])[ ]?([01Oo]?[0-9OoIl])[ ]?\\2[ ]?"
     "([12][0-9OoIl]{3}|[0-9]{2})(?![\\p{N}\\p{L}/_-]|[.,][0-9])"},
    /* OCR "du 23052024" (23/05/2024): day, month, year of 19xx/20xx,
       the separators lost; only after du/le/au (checked in C) */
    {D_GLUED,
     "(*NO_START_OPT)\\G(?<![\\p{L}\\p{N}/._-])([0-3][0-9])([01][0-9])((?:19|20)[0-9]{2})"
     "(?![\\p{N}\\p{L}/_-]|[.,][0-9])"},
    /* "2022-10-17" */
    {D_ISO,
     "(*NO_START_OPT)\\G(?<![\\p{L}\\p{N}/._-])([12][0-9]{3})-([01][0-9])-([0-3][0-9])"
     "(?![\\p{N}\\p{L}_-]|[.,][0-9])"},
    /* "L'an deux mil vingt-trois, le douze octobre",
       "L’an deux mille vingt-quatre, le vingt-huit mars",
       OCR "L'an deux millé vingt-quatre", "L'an deux mil'vingt-trois",
       "L'an deux mille vingt-quatre; le cinq mars" (";" for ","),
       "L'an deux mille vingt-cinq;:le neuf septembre" (two specks for
       the comma, "le" glued after them), "L'an deux mille: vingt-quatre,
       le ..." (a speck glued after a year word, a blank after it), "L'an
       deux mille vingt-quatre, Je vingt-trois novembre" (OCR: the l of
       "le" read as J),
       "LE ‘DOUZE MARS" (a quote speck glued before the day),
       "le vingt-quatre-juin" (a hyphen for the blank before a month
       printed whole), "L'an ..., le mardi quatorze janvier" (a weekday
       before the day)
       (words checked in C) */
    {D_LAN,
     "(*NO_START_OPT)\\G[lL]['’](?<!\\p{L}[lL]['’])[ ]?(?i:an)\\s++(\\p{L}++(?:(?:[ \\t'’-]++|[:;.][ \\t]++)\\p{L}++){0,7}?)(?:\\s*+[,;:][,;:.]?+\\s*+|\\s++)(?:(?i:le)|Je)(?:\\s++(?:[‘’'](?=\\p{L}))?|-\\s*+)"
     "(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s++)?"
     "(\\p{L}++(?:[ \\t-]++\\p{L}++){0,3}?|[0-3]?[0-9](?:er)?)(?:\\s++|" LANHYPH ")"
     "(?:du\\s+mois\\s+d(?:e\\s+|['’]))?" MONTHW},
};
#define NPAT (sizeof date_patterns / sizeof date_patterns[0])

bool ex_dates_init(extract_engine *e)
{
    e->dates = ex_rx_table_new(e, date_patterns, NPAT);
    return e->dates != NULL;
}

void ex_dates_free(extract_engine *e)
{
    ex_rx_table_free(e, e->dates, NPAT);
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

/* the month a full month name s[0..n) names, folded (case, accents:
   "Novembre", "DÉCEMBRE"), no abbreviation, no OCR tolerance; 0 */
static int month_lookup(const char *s, size_t n, bool abbrev)
{
    char w[16];
    size_t used = ex_num_fold_word(s, n, w, sizeof w);
    if (!used || used != n)
        return 0;
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
        if ((abbrev || month_names[i].full) && strcmp(w, month_names[i].name) == 0)
            return month_names[i].month;
    return 0;
}

int ex_month_name(const char *s, size_t n)
{
    return month_lookup(s, n, false);
}

/* the same, abbreviations too ("JANV", "sept") */
int ex_month_word(const char *s, size_t n)
{
    return month_lookup(s, n, true);
}

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
   abbreviations, one OCR error in a full name of 4+ letters, "mal" for
   "mai"); 0.
   *fuzzy: the name was read through the OCR tolerance (model,
   ocrmodel.c). */
static int month_read(const char *s, size_t a, size_t b, bool *fuzzy)
{
    char w[16];
    *fuzzy = false;
    size_t used = ex_num_fold_word(s + a, b - a, w, sizeof w);
    if (!used || a + used != b)
        return 0;
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
        if (w[0] == month_names[i].name[0] && strcmp(w, month_names[i].name) == 0)
            return month_names[i].month;
    /* "mal" for "mai" (OCR: the i read as l), the only month of 3
       letters; the others need 4+ letters (below) */
    if (strcmp(w, "mal") == 0) {
        *fuzzy = true;
        return 5;
    }
    if (strlen(w) < 4)
        return 0;
    *fuzzy = true;
    /* "novernbre", "déceinbre", "nrars" (OCR reads m as rn, in or nr):
       the word with it read back as m */
    char *rn = strstr(w, "rn");
    if (!rn)
        rn = strstr(w, "in");
    if (!rn)
        rn = strstr(w, "nr");
    if (rn) {
        memmove(rn + 1, rn + 2, strlen(rn + 2) + 1);
        *rn = 'm';
        for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
            if (month_names[i].full && strcmp(w, month_names[i].name) == 0)
                return month_names[i].month;
        return 0;
    }
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

/* OCR: number words at s[a..b) read whole with each ':' ';' '.' glued
   after a word and a blank after it read as a blank ("deux mille:
   vingt-quatre"); -1 when there is none or the words do not read */
static long long words_val_specks(const char *s, size_t a, size_t b)
{
    char w[128];
    size_t n = b - a;
    bool any = false;
    if (n >= sizeof w)
        return -1;
    memcpy(w, s + a, n);
    for (size_t k = 1; k + 1 < n; k++)
        if ((w[k] == ':' || w[k] == ';' || w[k] == '.') && (w[k + 1] == ' ' || w[k + 1] == '\t')) {
            w[k] = ' ';
            any = true;
        }
    return any ? words_val(w, 0, n) : -1;
}

/* ------------------------------------------------------------------ */

typedef ex_date_vec date_vec;

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

/* ------------------------------------------------------------------ */
/* Reading backwards */

#define prev_word ex_num_prev_word

static bool word_is(const char *s, size_t a, size_t b, const char *const *keys)
{
    char w[16];
    if (ex_num_fold_word(s + a, b - a, w, sizeof w) != b - a)
        return false;
    for (; *keys; keys++)
        if (strcmp(w, *keys) == 0)
            return true;
    return false;
}

static const char *const weekdays[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", NULL
};

/* an ASCII letter or a byte of a multi-byte character */
static bool letter_byte(unsigned char ch)
{
    return ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

/* the start of a weekday printed just before view offset a, or a */
static size_t with_weekday(const char *s, size_t a)
{
    /* Prefilter (exact: a necessary condition of the test below).  The
       word prev_word() returns ends at e, after a run of blanks, line
       ends, form feeds and commas (a subset of those skipped here: the
       run read back here stops at e too, s[e - 1] being a letter); a
       weekday folds to 5 letters or more, each an ASCII letter or a
       multi-byte character (a hyphen inside fails word_is()), its last
       one i or e (or a multi-byte one): the 5 bytes before e are
       letter bytes, the last i, e or >= 0x80.  Most dates ("le 17
       octobre", "du 3 mai") fail it at once. */
    size_t e = a;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\f'
                     || s[e - 1] == ','))
        e--;
    if (e < 5)
        return a;
    unsigned char l = (unsigned char)s[e - 1];
    if (!(l >= 0x80 || (l | 0x20) == 'i' || (l | 0x20) == 'e'))
        return a;
    for (size_t k = 2; k <= 5; k++)
        if (!letter_byte((unsigned char)s[e - k]))
            return a;
    size_t wa, wb;
    if (prev_word(s, a, true, &wa, &wb) && word_is(s, wa, wb, weekdays))
        return wa;
    return a;
}

/* OCR: a day "l2" / "I5" / "O5" whose first digit was read as a
   letter: the patterns start on a digit (scanning from every "l" or
   "o" of the text would cost too much), so the letter before a 1-digit
   day is taken here when it stands alone (not the end of a word).
   Returns the start of the day, a when no letter was taken. */
static size_t ocr_lead(const char *s, size_t a, size_t day_end)
{
    if (a == 0 || day_end - a != 1 || !strchr("OoIl", s[a - 1]))
        return a;
    if (a >= 2 && (ex_num_is_letter(s + a - 2, 1) || (s[a - 2] >= '0' && s[a - 2] <= '9')
                   || ((unsigned char)s[a - 2] & 0x80)))
        return a;
    return a - 1;
}

/* OCR: a misread digit of a four-digit year s[a..b) of value *y, read
   back as 20xx: "3017" (2 read as 3), "2623", "2823", "2923" (0 read as
   6, 8 or 9).  No year of an administrative act is in 2600-3099, so a
   clean text keeps its dates.  Returns the offset of the digit repaired,
   SIZE_MAX when none. */
static size_t year_misread(const char *s, size_t a, size_t b, int *y)
{
    if (b - a != 4)
        return SIZE_MAX;
    if (*y >= 3000 && *y <= 3099) {
        *y -= 1000;
        return a;
    }
    if (*y >= 2600 && *y <= 2999 && (s[a + 1] == '6' || s[a + 1] == '8' || s[a + 1] == '9')) {
        *y = 2000 + *y % 100;
        return a + 1;
    }
    return SIZE_MAX;
}

static bool is_dg(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* a currency right after view offset p, blanks apart on its line: "€"
   or the word "euro(s)"/"EUR" in any case */
static bool currency_after(const char *s, size_t n, size_t p)
{
    while (p < n && (s[p] == ' ' || s[p] == '\t'))
        p++;
    if (p + 2 < n && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x82
        && (unsigned char)s[p + 2] == 0xAC)
        return true;
    if (!(p + 2 < n && (s[p] | 32) == 'e' && (s[p + 1] | 32) == 'u' && (s[p + 2] | 32) == 'r'))
        return false;
    size_t q = p + 3;   /* "eur", "euro", "euros": a word ("Europe" is none) */
    if (q < n && (s[q] | 32) == 'o')
        q++;
    if (q < n && (s[q] | 32) == 's')
        q++;
    return q >= n || !ex_num_is_letter(s + q, n - q);
}

/* one candidate of pattern kind at the current match; false on OOM */
static bool candidate(ex_call *c, int kind, PCRE2_SIZE *ov, date_vec *v)
{
    const char *s = c->text.s;
    size_t a = GA(0), b = GB(0);
    int y = 0, m = 0, d = 0;
    /* what was read through the OCR model (recorded when the date is
       kept): numeric fields [fa[k], fb[k]), "Ler", a misread month */
    size_t fa[3] = {0}, fb[3] = {0}, first = SIZE_MAX, yfix = SIZE_MAX;
    bool mfuzzy = false, glued = false;
    switch (kind) {
    case D_TEXT: {
        /* groups: 1 day, 2 ordinal suffix, 3 month, 4 period, 5 year */
        bool suffix = G(2);
        size_t lead = ocr_lead(s, a, GB(1));
        if (lead < a) {
            a = lead;
            d = field_val(s, a, GB(1), 1);
            if (suffix)
                return true;
        } else if (a > 0 && ex_num_is_letter(s + a - 1, 1)) {
            /* glued to a word (OCR "Le7 mars 2017"): only after le/du/au */
            static const char *const glue[] = {"le", "du", "au", NULL};
            size_t wa, wb;
            if (!prev_word(s, a, false, &wa, &wb) || wb != a || !word_is(s, wa, wb, glue))
                return true;
        }
        if (lead == GA(0)) {
            char l0 = s[GA(1)];
            bool ler = (GB(1) - GA(1) == 1
                        && (l0 == 'L' || l0 == 'l' || l0 == 'I' || l0 == 'T' || l0 == 't'))
                       || (GB(1) - GA(1) == 2 && (unsigned char)l0 == 0xC3
                           && (unsigned char)s[GA(1) + 1] == 0x8E);   /* OCR "Îer" */
            if (ler && l0 == 't') {
                /* "12 ter": the bis/ter numbering after a number, no 1er */
                size_t k = GA(1);
                while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
                    k--;
                if (k < GA(1) && k > 0 && is_dg((unsigned char)s[k - 1]))
                    return true;
            }
            /* OCR "er" alone: 1er, its 1 lost (the day empty) */
            bool bare = GB(1) == GA(1);
            d = ler || bare ? 1 : field_val(s, GA(1), GB(1), 1);   /* OCR "Ler" for "1er" */
            if (ler || bare)
                first = GA(1);
        }
        if (first == SIZE_MAX) {
            fa[0] = a;
            fb[0] = GB(1);
        }
        if (suffix && d != 1)
            return true;
        m = month_read(s, GA(3), GB(3), &mfuzzy);
        if (!m)
            return true;
        /* "avenue du 8-Mai-1945", "rue du 19-Mars-1962": a street's
           name, its day, capitalised month and year joined by hyphens
           (a date in prose has blanks) */
        if (GA(3) == GB(1) + 1 && s[GB(1)] == '-' && s[GA(3)] >= 'A' && s[GA(3)] <= 'Z' && s[GB(3)] == '-')
            return true;
        /* a day and month ending a line, the year opening the next
           line as a table's cell (a column gap after it: "avant le 30
           avril" / "    2027         12 500,00 €"): the year is another
           row's, the date's own unknown */
        if (GA(5) > GB(3) + 1 && memchr(s + GB(3), '\n', GA(5) - GB(3))) {
            size_t e = GB(5), g = e;
            while (g < c->text.len && (s[g] == ' ' || s[g] == '\t'))
                g++;
            if (g < c->text.len && s[g] != '\n' && s[g] != '\r' && (g >= e + 2 || (g > e && s[e] == '\t')))
                return true;
        }
        /* a table's amount column glued after a day and month ("Concert
           du 11 novembre 1200 €" for "... novembre   1 200 €"): a
           currency after the "year" makes it an amount */
        if (currency_after(s, c->text.len, GB(5)))
            return true;
        y = field_val(s, GA(5), GB(5), 2);
        yfix = year_misread(s, GA(5), GB(5), &y);
        fa[1] = GA(5);
        fb[1] = GB(5);
        if (a > 0 && !ex_num_is_letter(s + a - 1, 1))
            a = with_weekday(s, a);
        break;
    }
    case D_NUM: {
        size_t lead = ocr_lead(s, a, GB(1));
        if (lead == a && a > 0 && ex_num_is_letter(s + a - 1, 1))
            return true;   /* inside a word or an identifier */
        a = lead;
        d = field_val(s, a, GB(1), 1);
        if (s[GB(1)] == 'e' && d != 1)
            return true;   /* "1er/03/2025": the ordinal is the first only */
        m = field_val(s, GA(3), GB(3), 1);
        size_t yl = GB(4) - GA(4);
        y = field_val(s, GA(4), GB(4), 2);
        fa[0] = a, fb[0] = GB(1);
        fa[1] = GA(3), fb[1] = GB(3);
        fa[2] = GA(4), fb[2] = GB(4);
        if (yl == 2) {
            if (s[GA(2)] != '/')
                return true;   /* 10.02.01 is a nomenclature code */
            y += y < 70 ? 2000 : 1900;
        }
        yfix = year_misread(s, GA(4), GB(4), &y);
        if (y < 1900 || y > 2100)
            return true;
        break;
    }
    case D_GLUED: {
        /* "du 23052024": only right after du/le/au and a blank (an
           identifier or an act number is not read as a date) */
        static const char *const intro[] = {"du", "le", "au", NULL};
        size_t wa, wb;
        if (!prev_word(s, a, false, &wa, &wb) || wb + 1 != a || s[wb] != ' ' || !word_is(s, wa, wb, intro))
            return true;
        d = field_val(s, GA(1), GB(1), 1);
        m = field_val(s, GA(2), GB(2), 1);
        y = field_val(s, GA(3), GB(3), 2);
        /* recorded as a repair (digits read without their separators) */
        fa[0] = a, fb[0] = b;
        glued = true;
        break;
    }
    case D_ISO:
        if (ex_number_sign_before(s, a, NULL))
            return true;    /* "délibération n° 2021-07-02": an act number */
        if (a > 1 && s[a - 1] == ':') {
            /* OCR "n° CP:2026-05-22" (a colon for the code's hyphen):
               the tail of an act number */
            size_t w = a - 1;
            while (w > 0 && ((s[w - 1] >= 'A' && s[w - 1] <= 'Z') || ex_is_digit(s[w - 1]) || s[w - 1] == '-'))
                w--;
            if (w < a - 1 && ex_number_sign_before(s, w, NULL))
                return true;
        }
        y = atoi(s + GA(1));
        m = atoi(s + GA(2));
        d = atoi(s + GA(3));
        break;
    case D_LAN: {
        long long yy = words_val(s, GA(1), GB(1));
        if (yy < 0)
            yy = words_val_specks(s, GA(1), GB(1));
        if (yy < 1000)
            return true;
        y = (int)yy;
        if (s[GA(2)] >= '0' && s[GA(2)] <= '9')
            d = atoi(s + GA(2));
        else
            d = (int)words_val(s, GA(2), GB(2));
        m = month_read(s, GA(3), GB(3), &mfuzzy);
        if (!m)
            return true;
        b = GB(3);
        if (G(4) && m != 5 && GB(3) - GA(3) <= 5)
            b = GB(4);   /* "janv." keeps its period */
        break;
    }
    default:
        return true;
    }
    if (!valid_date(y, m, d)) {
        /* "31/02/2024", "30 février 2024": a date's shape with a day the
           month lacks; numbers like "2022-10-73" are not date-shaped */
        if ((kind == D_TEXT || kind == D_NUM) && m >= 1 && m <= 12 && d >= 1
            && d <= 31 && y >= 1000 && y <= 2999)
            ex_diag_add(c, "warning", "date.invalid",
                        "the day does not exist in that month: not a date", a, b, true);
        return !c->oom;
    }
    if (glued) {
        if (!ex_ocr_note(c, fa[0], fb[0], EX_REPAIR_DIGIT))
            return false;
    } else {
        for (int k = 0; k < 3; k++)
            if (fb[k] > fa[k] && !ex_ocr_note_digits(c, fa[k], fb[k], EX_OCR_NUMBER))
                return false;
    }
    if (first != SIZE_MAX && !ex_ocr_note(c, first, first + 1, EX_REPAIR_FIRST))
        return false;
    if (yfix != SIZE_MAX && !ex_ocr_note(c, yfix, yfix + 1, EX_REPAIR_DIGIT))
        return false;
    if (mfuzzy && !ex_ocr_note(c, GA(3), GB(3), EX_REPAIR_MONTH))
        return false;
    return add(c, v, a, b, y, m, d);
}

/* Dates in words, found from each "mil" of the text (a year in words
   from 1000 to 2999 always holds "mil"/"mille"): "[vendredi] dix-sept
   novembre deux mille vingt-trois", "premier octobre deux mille
   vingt-quatre".  The year words start at the "mil" word or at the
   number word before it; the month is the word before them; the day is
   the longest run of 1 to 4 words before the month that reads as 1-31. */
/* "mil", "Mil" or "MIL" at p (p + 3 <= n) */
static bool mil_at(const char *s, size_t p)
{
    char m0 = s[p], i1 = s[p + 1], l2 = s[p + 2];
    return (m0 == 'm' || m0 == 'M') && ((i1 == 'i' && l2 == 'l') || (m0 == 'M' && i1 == 'I' && l2 == 'L'));
}

/* mils: the offsets where mil_at() holds, in text order (found by
   date_starts()'s pass over the text) */
static bool words_dates(ex_call *c, date_vec *v, const ex_start_vec *mils)
{
    const char *s = c->text.s;
    size_t n = c->text.len;
    for (size_t mi = 0; mi < mils->n; mi++) {
        size_t ws = mils->v[mi].pos;
        if (ws > 0 && ex_num_is_letter(s + ws - 1, 1))
            continue;   /* inside a word: famille, similaire */
        char w[16];
        size_t wl = ex_num_fold_word(s + ws, n - ws, w, sizeof w);
        if (!wl || (strcmp(w, "mil") && strcmp(w, "mille")))
            continue;
        /* the year's first word: "deux" mille, or mil itself */
        size_t ya = ws, wa, wb, used;
        /* (a hyphen glued on both sides, OCR or the writer's variant:
           "deux-mille vingt-cinq"; prev_word() stops at it) */
        size_t pw = ws >= 2 && s[ws - 1] == '-' && ex_num_is_letter(s + ws - 2, 1) ? ws - 1 : ws;
        if (prev_word(s, pw, false, &wa, &wb)) {
            long long u = ex_number_words(s + wa, wb - wa, &used);
            if (u >= 1 && u <= 2 && used == wb - wa)
                ya = wa;
        }
        long long yy = ex_number_words(s + ya, n - ya, &used);
        if (yy < 1000 || yy > 2999)
            continue;
        /* OCR: a speck glued between two number words of the year ("MIL
           NEUF.CENT QUATRE-VINGT-SEPT"): read on with a blank for it; a
           year so cut that cannot be read on is none ("MIL NEUF" 1009) */
        size_t sl = speck_len(s, ya + used, n);
        if (sl && ya + used + sl < n && ex_num_is_letter(s + ya + used - 1, 1)
            && ex_num_is_letter(s + ya + used + sl, 1)) {
            char yb[96];
            size_t yn = n - ya < sizeof yb ? n - ya : sizeof yb;
            memcpy(yb, s + ya, yn);
            memset(yb + used, ' ', sl);
            size_t used2;
            long long y2 = ex_number_words(yb, yn, &used2);
            if (y2 >= 1000 && y2 <= 2999 && used2 > used + sl && (used2 < yn || yn == n - ya)) {
                yy = y2;
                used = used2;
            } else if (yy < 1800)
                continue;
        }
        size_t b = ya + used, yq = ya;
        /* OCR: a colon speck glued to the month, a blank after it
           ("lundi seize mars: deux mille vingt-six"; the day before the
           month is still checked below) */
        if (yq >= 3 && (s[yq - 1] == ' ' || s[yq - 1] == '\t') && (s[yq - 2] == ':' || s[yq - 2] == ';')
            && ex_num_is_letter(s + yq - 3, 1))
            yq -= 2;
        if (!prev_word(s, yq, false, &wa, &wb))
            continue;
        bool mfuzzy, dash = false;
        int m = month_read(s, wa, wb, &mfuzzy);
        /* OCR: a hyphen for the blank between the day and the month
           ("le treize-novembre deux mille vingt-cinq"): the month after
           the word's last hyphen, the day before it */
        if (!m) {
            size_t h = wb;
            while (h > wa && s[h - 1] != '-')
                h--;
            if (h > wa + 1 && h < wb && (m = month_read(s, h, wb, &mfuzzy)) != 0) {
                wa = h;
                dash = true;
            }
        }
        if (!m)
            continue;
        /* an abbreviated month before a year in words only with its
           period, and never joined by a hyphen to the word before it:
           "DIX-SEPT MILLE CENT SOIXANTE", "dix sept mille" are numbers */
        if (!mfuzzy && (dash || s[wb] != '.' || (wa > 0 && s[wa - 1] == '-'))
            && !ex_month_name(s + wa, wb - wa))
            continue;
        size_t ma = wa, mb = wb, starts[4], ns = 0, q = ma - dash;
        while (ns < 4) {
            if (!prev_word(s, q, false, &wa, &wb)) {
                /* OCR: a speck between two day words ("vingt ‘et un
                   novembre": ex_number_words() reads it as a blank) */
                size_t k = ns ? ex_num_word_speck(s, q) : 0;
                if (!k || !prev_word(s, k, false, &wa, &wb))
                    break;
            }
            starts[ns++] = wa;
            q = wa;
        }
        size_t a = SIZE_MAX;
        int d = 0;
        for (size_t j = ns; j-- > 0;) {
            size_t len = ma - starts[j] - dash;
            while (len > 0 && (s[starts[j] + len - 1] == ' ' || s[starts[j] + len - 1] == '\n'
                               || s[starts[j] + len - 1] == '\t'))
                len--;
            long long dd = ex_number_words(s + starts[j], len, &used);
            if (dd >= 1 && dd <= 31 && used == len) {
                a = starts[j];
                d = (int)dd;
                break;
            }
            /* OCR: "le" glued before the day words ("Letrois juillet deux
               mille vingt-quatre"): the words after it, in lower case */
            size_t g = starts[j];
            if (len > 4 && (s[g] == 'L' || s[g] == 'l') && s[g + 1] == 'e' && s[g + 2] >= 'a' && s[g + 2] <= 'z') {
                dd = ex_number_words(s + g + 2, len - 2, &used);
                if (dd >= 1 && dd <= 31 && used == len - 2) {
                    a = g + 2;
                    d = (int)dd;
                    break;
                }
            }
        }
        if (a == SIZE_MAX || !valid_date((int)yy, m, d))
            continue;
        if (mfuzzy && !ex_ocr_note(c, ma, mb, EX_REPAIR_MONTH))
            return false;
        if (!add(c, v, with_weekday(s, a), b, (int)yy, m, d))
            return false;
    }
    return true;
}

/* a day printed right before p (blanks apart): 1 or 2 digits, an
   optional "er" ("1er"), not glued to a digit or a letter before it;
   *a its start, *b its end ("er" included), *d its value */
static bool day_before(const char *s, size_t p, size_t *a, size_t *b, int *d)
{
    size_t i = p;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n'))
        i--;
    size_t db = i;
    if (i >= 2 && (s[i - 1] == 'r' || s[i - 1] == 'R') && (s[i - 2] == 'e' || s[i - 2] == 'E'))
        i -= 2;
    size_t dend = i;
    while (i > 0 && dend - i < 2 && s[i - 1] >= '0' && s[i - 1] <= '9')
        i--;
    if (i == dend || (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || ex_num_is_letter(s + i - 1, 1))))
        return false;
    *a = i;
    *b = db;
    *d = atoi(s + i);
    return true;
}

/* "les 6, 13 et 20 mars 2024": the day [a, b) (value d) before "et" is
   preceded by a comma and more days, each after a comma, the first after
   "les" / "des"; the days rise to the kept date's.  Adds each day (of the
   kept date's month and year), in text order; nothing when the list does
   not have this shape. */
static bool day_list(ex_call *c, size_t a, size_t b, int d, const ex_date *second, date_vec *out)
{
    static const char *const openers[] = {"les", "des", NULL};
    enum { MAXDAYS = 12 };
    const char *s = c->text.s;
    size_t da[MAXDAYS], db[MAXDAYS];
    int dv[MAXDAYS];
    int n = 0;
    if (d >= second->value.d)
        return true;
    da[n] = a, db[n] = b, dv[n] = d, n++;
    for (;;) {
        size_t q = da[n - 1];
        while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == '\t'))
            q--;
        if (q == 0 || s[q - 1] != ',')
            break;
        size_t x, y;
        int v;
        if (n == MAXDAYS || !day_before(s, q - 1, &x, &y, &v) || v >= dv[n - 1])
            return true;
        da[n] = x, db[n] = y, dv[n] = v, n++;
    }
    size_t wa, wb;
    if (n < 2 || !prev_word(s, da[n - 1], false, &wa, &wb) || !word_is(s, wa, wb, openers))
        return true;
    for (int k = n - 1; k >= 0; k--) {
        if (!valid_date(second->value.y, second->value.m, dv[k]))
            return true;
    }
    for (int k = n - 1; k >= 0; k--)
        if (!add(c, out, da[k], db[k], second->value.y, second->value.m, dv[k]))
            return false;
    return true;
}

/* A necessary condition of prev_word(s, p, false, ...) giving a word
   that word_is() reads as a key of two letters, its first one in f,
   its last one in l (lower-case ASCII letters): the word ends at e,
   after a run of blanks, line ends and form feeds (prev_word() skips a
   subset of them, then stops at a letter byte: the run read back here
   stops there too); folded whole, two letters, each an ASCII letter or
   a multi-byte character: the byte before e is the last letter (either
   case) or >= 0x80, and so is the byte before it for the first one. */
static bool two_letters_before(const char *s, size_t p, const char *f, const char *l)
{
    size_t e = p;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\f'))
        e--;
    if (e < 2)
        return false;
    unsigned char b1 = (unsigned char)s[e - 1], b0 = (unsigned char)s[e - 2];
    return (b1 >= 0x80 || (((b1 | 0x20) >= 'a' && (b1 | 0x20) <= 'z') && strchr(l, b1 | 0x20)))
           && (b0 >= 0x80 || (((b0 | 0x20) >= 'a' && (b0 | 0x20) <= 'z') && strchr(f, b0 | 0x20)));
}

/* The first end of a range, read backwards from a kept date at q:
   "du 15 au 31 janvier 2024", "du 15 janvier au 31 janvier 2024",
   "les 6 et 13 mars 2024", "des 10 et 17 novembre 2024", "entre le 2 et
   le 9 mai 2024". */
static bool range_before(ex_call *c, const ex_date *second, date_vec *out)
{
    static const char *const links[] = {"au", "et", NULL};
    static const char *const le[] = {"le", NULL};
    static const char *const openers[] = {"du", "les", "le", "des", NULL};
    const char *s = c->text.s;
    size_t wa, wb, p = second->span.start;
    /* (the word before is "le", "au" or "et", then "au" or "et") */
    if (!two_letters_before(s, p, "lae", "eut") || !prev_word(s, p, false, &wa, &wb))
        return true;
    if (word_is(s, wa, wb, le)) {
        p = wa;
        if (!two_letters_before(s, p, "ae", "ut") || !prev_word(s, p, false, &wa, &wb))
            return true;
    }
    if (!word_is(s, wa, wb, links))
        return true;
    size_t ap = wa, bp = wb;    /* the link */
    p = wa;
    /* optional month */
    int m = second->value.m, y = second->value.y;
    size_t end = 0;
    bool has_month = false, mfuzzy = false;
    size_t ma = 0, mb = 0;
    if (prev_word(s, p, false, &wa, &wb) && wb + 0 <= p) {
        int mm = month_read(s, wa, wb, &mfuzzy);
        ma = wa, mb = wb;
        if (mm) {
            m = mm;
            has_month = true;
            end = wb;
            p = wa;
        } else if (!word_is(s, wa, wb, (const char *const[]){"er", "re", NULL})) {
            /* "1er" ends in letters: handled below */
        }
    }
    /* the day: 1 or 2 digits, optional "er" */
    size_t start, db;
    int d;
    if (!day_before(s, p, &start, &db, &d))
        return true;
    if (!has_month)
        end = db;
    /* "lundi 2 et mardi 3 mars 2026": a weekday before the first day
       opens it (the span starts at the weekday, as a full date's) */
    size_t wk = with_weekday(s, start);
    if (wk != start) {
        start = wk;
    } else if (!prev_word(s, start, false, &wa, &wb) || !word_is(s, wa, wb, openers)) {
        if (!has_month && word_is(s, ap, bp, (const char *const[]){"et", NULL}))
            return day_list(c, start, end, d, second, out);
        return true;
    }
    if (has_month) {
        if (m > second->value.m || (m == second->value.m && d >= second->value.d))
            y--;   /* du 15 décembre au 15 janvier 2024 */
    } else if (d >= second->value.d) {
        return true;
    }
    if (has_month && s[end] == '.' && end - (p) <= 5 && m != 5)
        end++;
    if (!valid_date(y, m, d))
        return true;
    if (has_month && mfuzzy && !ex_ocr_note(c, ma, mb, EX_REPAIR_MONTH))
        return false;
    return add(c, out, start, end, y, m, d);
}

/* ------------------------------------------------------------------ */
/* Where a pattern can start.  Each test is a necessary condition of its
   pattern matching at p (a superset of the real starts): the pattern,
   run anchored at each offset kept, in text order, finds what a search
   of the whole text would. */

typedef ex_start_vec start_vec;     /* (internal.h) */


/* [0-9OoIl]: the second character of a day */
static bool day_ch(unsigned char ch)
{
    return is_dg(ch) || ch == 'O' || ch == 'o' || ch == 'I' || ch == 'l';
}

/* the bytes between a day and its month in D_TEXT: blanks, line ends,
   the separators [.'’-], the ordinal suffixes (er, re, ère, ere, OCR
   ér, any case: È is C3 88, é C3 A9, É C3 89): none is a month's first
   letter */
static const unsigned char text_gap[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['.'] = 1, ['\''] = 1, ['-'] = 1,
    ['e'] = 1, ['E'] = 1, ['r'] = 1, ['R'] = 1,
    [0xC3] = 1, [0xA8] = 1, [0x88] = 1, [0xA9] = 1, [0x89] = 1, [0xE2] = 1, [0x80] = 1, [0x99] = 1,
    /* an OCR speck opening the month's line: [‘’'.,:;_|*+] (‘ is E2 80 98) */
    [0x98] = 1, [','] = 1, [':'] = 1, [';'] = 1, ['_'] = 1, ['|'] = 1, ['*'] = 1, ['+'] = 1,
};
static const unsigned char month_first[256] = {
    ['j'] = 1, ['f'] = 1, ['m'] = 1, ['a'] = 1, ['s'] = 1, ['o'] = 1, ['n'] = 1, ['d'] = 1,
    ['J'] = 1, ['F'] = 1, ['M'] = 1, ['A'] = 1, ['S'] = 1, ['O'] = 1, ['N'] = 1, ['D'] = 1,
    ['i'] = 1,  /* OCR "inars" for "mars" (MONTHW; "rnars": r is a text_gap[] byte) */
};

/* the letters of a month's name (ASCII letters; any byte of a
   multi-byte character: a superset of \p{L}), and the bytes between it
   and the year: [.], blanks, line ends, [,:] */
static const unsigned char word_byte[256] = {
#define R8(x) [x] = 1, [x + 1] = 1, [x + 2] = 1, [x + 3] = 1, [x + 4] = 1, [x + 5] = 1, [x + 6] = 1, [x + 7] = 1
    R8('A'), R8('I'), R8('Q'), ['Y'] = 1, ['Z'] = 1, R8('a'), R8('i'), R8('q'), ['y'] = 1, ['z'] = 1,
    R8(0x80), R8(0x88), R8(0x90), R8(0x98), R8(0xA0), R8(0xA8), R8(0xB0), R8(0xB8),
    R8(0xC0), R8(0xC8), R8(0xD0), R8(0xD8), R8(0xE0), R8(0xE8), R8(0xF0), R8(0xF8),
#undef R8
};
static const unsigned char year_gap[256] = {
    ['.'] = 1, [' '] = 1, ['\t'] = 1, ['\n'] = 1, [','] = 1, [':'] = 1, ['\''] = 1, ['-'] = 1,
    /* the specks opening the year's line (SPECKY: ‘ ’ … are E2 80 98,
       E2 80 99, E2 80 A6) */
    [';'] = 1, ['_'] = 1, ['|'] = 1, ['*'] = 1, ['+'] = 1, [0xE2] = 1, [0x80] = 1, [0x98] = 1,
    [0x99] = 1, [0xA6] = 1,
};

/* D_TEXT from the end q of its day: the gap bytes, a month's first
   letter, the month's letters, the bytes before the year, [12Il].
   Each run is read greedily: the path of a match crosses each run
   whole (the byte after it is in none of the run's bytes).  *memo: the
   last q read and its answer (two days can share a gap: linear). */
static inline __attribute__((always_inline)) bool text_shape(const char *s, size_t n, size_t q, size_t *memo_q,
                                                          bool *memo_r)
{
    if (q == *memo_q)
        return *memo_r;
    size_t e = q;
    while (e < n && text_gap[(unsigned char)s[e]])
        e++;
    bool r = false;
    if (e < n && month_first[(unsigned char)s[e]]) {
        while (e < n && word_byte[(unsigned char)s[e]])
            e++;
        while (e < n && year_gap[(unsigned char)s[e]])
            e++;
        r = e < n && (s[e] == '1' || s[e] == '2' || s[e] == 'I' || s[e] == 'l'
                      || (s[e] == '3' && e + 1 < n && s[e + 1] == '0'));
    }
    *memo_q = q;
    *memo_r = r;
    return r;
}

/* D_GLUED at p (8 bytes readable): [0-3][0-9][01][0-9](19|20)[0-9]{2} */
static bool glued_shape(const char *p)
{
    for (int k = 0; k < 8; k++)
        if (!is_dg((unsigned char)p[k]))
            return false;
    return ((p[4] == '1' && p[5] == '9') || (p[4] == '2' && p[5] == '0'));
}

/* the bytes D_NUM can read first: a blank or a separator */
static const unsigned char num_first[256] = {
    [' '] = 1, ['/'] = 1, ['.'] = 1, ['-'] = 1,
};

/* D_NUM from the end q of its day: [ ]?([/.-])[ ]?[0-9OoIl]{1,2}[ ]?\1 */
static inline bool num_shape(const char *s, size_t n, size_t q)
{
    if (q < n && s[q] == ' ')
        q++;
    if (!(q < n && (s[q] == '/' || s[q] == '.' || s[q] == '-')))
        return false;
    char sep = s[q++];
    if (q < n && s[q] == ' ')
        q++;
    if (!(q < n && day_ch((unsigned char)s[q])))
        return false;
    q++;
    if (q < n && day_ch((unsigned char)s[q]) && q + 1 < n
        && (s[q + 1] == sep || (s[q + 1] == ' ' && q + 2 < n && s[q + 2] == sep)))
        return true;
    return q < n && (s[q] == sep || (s[q] == ' ' && q + 1 < n && s[q + 1] == sep));
}

/* the first bytes of the patterns: 1 a digit, 2 [lLITt], a blank or a
   line end (before a bare "er": 1er its 1 lost) or 0xC3 (the first
   byte of "Î"); 8 [mM] (the
   "mil" of a year in words: words_dates()) */
static const unsigned char first_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['l'] = 2, ['L'] = 2, ['I'] = 2, ['T'] = 2, ['t'] = 2, [0xC3] = 2, ['m'] = 8, ['M'] = 8,
    [' '] = 2, ['\n'] = 2,
};
/* the same, with 4 on the first bytes of the amounts' patterns
   (ex_amount_kinds_at: [0-9(E], 0xE2): one pass finds the starts of
   both stages */
static const unsigned char first_byte_am[256] = {
    ['0'] = 5, ['1'] = 5, ['2'] = 5, ['3'] = 5, ['4'] = 5, ['5'] = 5, ['6'] = 5, ['7'] = 5,
    ['8'] = 5, ['9'] = 5, ['l'] = 2, ['L'] = 2, ['I'] = 2, ['T'] = 2, ['t'] = 2, [0xC3] = 2, ['('] = 4, ['E'] = 4,
    [' '] = 2, ['\n'] = 2,
    [0xE2] = 4,
    ['m'] = 8, ['M'] = 8,
};

/* the first offset >= p that tab marks and where a date (or, with am,
   an amount) or a "mil" may start, or n; a superset of the starts:
   the callers test each offset returned.  With SSE2, 16 offsets a step
   (from 1; loads from p to p + 17, inside the view and its NUL): a
   digit; l, L, I, T or t before "er" (caseless), " e", an apostrophe
   or a byte 0xE2 ("Ler", "l er", "ter", "l'an"); a blank or a line end
   before "er" (caseless: a bare "er", 1er its 1 lost); "mil" caseless (mil_at()); with am, '(',
   "EU", and 0xE2 0x82 (ex_amount_kinds_at()'s first tests).  Otherwise (and on
   the last bytes) every byte tab marks.  A digit after a digit is
   not kept inside a block (with SSE2; the callers pass over it otherwise).
   With AVX2 (the engine's avx2), the blocks are tested 32 offsets a
   step, START_NB of them at once into mk[] (the constants of the
   tests set once for them), then with SSE2 on the last bytes. */
#define START_NB 32
typedef struct start_cur {
    size_t base;        /* the last block tested: [base, base + 16) */
    unsigned m;         /* its offsets kept (bit i: base + i); base SIZE_MAX: none */
#ifdef EX_AVX2
    size_t cb, ce;      /* AVX2: the offsets [cb, ce) tested, 32 a block */
    uint32_t mk[START_NB];  /* their masks (bit i of mk[j]: cb + 32 * j + i) */
#endif
} start_cur;

#ifdef EX_SIMD
/* the offsets of the block s[p, p + 16) next_start() keeps (loads from
   p to p + 17).  A digit after a digit in the block is not kept; at
   the block's first offset it is (a superset: the callers pass over it) */
static inline __attribute__((always_inline)) unsigned start_mask(const char *s, size_t p, bool am)
{
    const __m128i x = ex_v_load(s + p);
    const __m128i b1 = ex_v_load(s + p + 1), b = ex_v_low(b1);
    const __m128i d2 = ex_v_load(s + p + 2), d = ex_v_low(d2);
    /* [lLITt] (caseless l and t: only L and T fold to them) before
       "er", " e" (" er": checked in C), an apostrophe or 0xE2 */
    const __m128i lo = ex_v_low(x);
    __m128i l = _mm_or_si128(_mm_or_si128(ex_v_eq(lo, 'l'), ex_v_eq(lo, 't')), ex_v_eq(x, 'I'));
    const __m128i er1 = _mm_and_si128(ex_v_eq(b, 'e'), ex_v_eq(d, 'r'));
    const __m128i er = _mm_or_si128(er1, _mm_and_si128(ex_v_eq(b1, ' '), ex_v_eq(d, 'e')));
    l = _mm_and_si128(l, _mm_or_si128(er, _mm_or_si128(ex_v_eq(b1, '\''), ex_v_eq(b1, 0xE2))));
    /* a blank or a line end before "er" (caseless): a bare "er", 1er
       its 1 lost (date_starts() reads it from the blank) */
    l = _mm_or_si128(l, _mm_and_si128(er1, _mm_or_si128(ex_v_eq(x, ' '), ex_v_eq(x, '\n'))));
    /* "Î" (0xC3 0x8E, OCR "Îer" for "1er"): kept whatever follows */
    l = _mm_or_si128(l, _mm_and_si128(ex_v_eq(x, 0xC3), ex_v_eq(b1, 0x8E)));
    /* a digit after a digit starts nothing (see date_starts()): the
       digits shifted one byte up */
    const __m128i dx = ex_v_in(x, '0', '9');
    __m128i m = _mm_or_si128(_mm_andnot_si128(_mm_slli_si128(dx, 1), dx), l);
    /* mil_at(): [mM] "il", or "MIL"; kept: "mil" caseless (a
       superset: date_starts() tests mil_at()) */
    m = _mm_or_si128(m, _mm_and_si128(ex_v_eq(lo, 'm'),
                                      _mm_and_si128(ex_v_eq(b, 'i'), ex_v_eq(d, 'l'))));
    if (am) {
        /* '(' (rare) kept whatever follows: ex_amount_kinds_at()
           tests the byte after it */
        m = _mm_or_si128(m, ex_v_eq(x, '('));
        m = _mm_or_si128(m, _mm_and_si128(ex_v_eq(x, 'E'), ex_v_eq(b1, 'U')));
        m = _mm_or_si128(m, _mm_and_si128(ex_v_eq(x, 0xE2), ex_v_eq(b1, 0x82)));
    }
    return ex_v_mask(m);
}
#endif

#ifdef EX_AVX2
/* the bytes start_mask32() compares with (EX_W_ROW(): see internal.h) */
enum { K_20, K_D0, K_D1, K_l, K_t, K_I, K_e, K_r, K_SP, K_AP, K_E2, K_C3, K_8E, K_m, K_i, K_PAR, K_E, K_U, K_82, K_NL, K_N };
static const unsigned char start_k[K_N][32] __attribute__((aligned(32))) = {
    [K_20] = EX_W_ROW(0x20), [K_D0] = EX_W_ROW(0x80 - '0'), [K_D1] = EX_W_ROW('9' - '0' - 127),
    [K_l] = EX_W_ROW('l'), [K_t] = EX_W_ROW('t'), [K_I] = EX_W_ROW('I'), [K_e] = EX_W_ROW('e'),
    [K_r] = EX_W_ROW('r'), [K_SP] = EX_W_ROW(' '), [K_AP] = EX_W_ROW('\''), [K_E2] = EX_W_ROW(0xE2),
    [K_C3] = EX_W_ROW(0xC3), [K_8E] = EX_W_ROW(0x8E), [K_m] = EX_W_ROW('m'), [K_i] = EX_W_ROW('i'),
    [K_PAR] = EX_W_ROW('('), [K_E] = EX_W_ROW('E'), [K_U] = EX_W_ROW('U'), [K_82] = EX_W_ROW(0x82), [K_NL] = EX_W_ROW('\n'),
};

/* start_mask() on the 32 offsets s[p, p + 32) (loads from p - 1 to
   p + 33; k: start_k): a digit after a digit is kept nowhere, the
   block's first offset included (the byte before it is read) */
EX_TARGET_AVX2 static inline __attribute__((always_inline)) unsigned start_mask32(const char *s, size_t p,
                                                                                bool am,
                                                                                const unsigned char (*k)[32])
{
#define K(i) _mm256_load_si256((const __m256i *)(const void *)k[i])
#define EQ(x, i) _mm256_cmpeq_epi8(x, K(i))
#define LOW(x) _mm256_or_si256(x, K(K_20))
#define DIG(x) _mm256_cmpgt_epi8(K(K_D1), _mm256_add_epi8(x, K(K_D0)))
    const __m256i x = ex_w_load(s + p), x0 = ex_w_load(s + p - 1);
    const __m256i b1 = ex_w_load(s + p + 1), b = LOW(b1);
    const __m256i d = LOW(ex_w_load(s + p + 2));
    const __m256i lo = LOW(x);
    __m256i l = _mm256_or_si256(_mm256_or_si256(EQ(lo, K_l), EQ(lo, K_t)), EQ(x, K_I));
    const __m256i er1 = _mm256_and_si256(EQ(b, K_e), EQ(d, K_r));
    const __m256i er = _mm256_or_si256(er1, _mm256_and_si256(EQ(b1, K_SP), EQ(d, K_e)));
    l = _mm256_and_si256(l, _mm256_or_si256(er, _mm256_or_si256(EQ(b1, K_AP), EQ(b1, K_E2))));
    l = _mm256_or_si256(l, _mm256_and_si256(er1, _mm256_or_si256(EQ(x, K_SP), EQ(x, K_NL))));
    l = _mm256_or_si256(l, _mm256_and_si256(EQ(x, K_C3), EQ(b1, K_8E)));
    __m256i m = _mm256_or_si256(_mm256_andnot_si256(DIG(x0), DIG(x)), l);
    m = _mm256_or_si256(m, _mm256_and_si256(EQ(lo, K_m), _mm256_and_si256(EQ(b, K_i), EQ(d, K_l))));
    if (am) {
        m = _mm256_or_si256(m, EQ(x, K_PAR));
        m = _mm256_or_si256(m, _mm256_and_si256(EQ(x, K_E), EQ(b1, K_U)));
        m = _mm256_or_si256(m, _mm256_and_si256(EQ(x, K_E2), EQ(b1, K_82)));
    }
#undef K
#undef EQ
#undef LOW
#undef DIG
    return ex_w_mask(m);
}

/* the masks of the nb blocks of 32 offsets from p (1 <= p, p + 32 * nb
   + 2 <= n) into mk */
EX_TARGET_AVX2 static void start_masks32(const char *s, size_t p, size_t nb, bool am, uint32_t *mk)
{
    const unsigned char(*k)[32] = ex_w_hide(start_k);
    if (am) {
        for (size_t j = 0; j < nb; j++)
            mk[j] = start_mask32(s, p + 32 * j, true, k);
    } else {
        for (size_t j = 0; j < nb; j++)
            mk[j] = start_mask32(s, p + 32 * j, false, k);
    }
}
#endif

static inline size_t next_start(start_cur *cur, const unsigned char *tab, const char *s, size_t p,
                                size_t n, bool am, bool avx2)
{
#ifdef EX_SIMD
    if (p >= cur->base && p - cur->base < 16) {
        unsigned k = cur->m & (~0u << (p - cur->base));
        if (k)
            return cur->base + (size_t)__builtin_ctz(k);
        p = cur->base + 16;
    }
    if (p == 0) {
        if (n && tab[(unsigned char)s[0]])
            return 0;
        p = 1;
    }
#ifdef EX_AVX2
    while (avx2) {
        if (p >= cur->cb && p < cur->ce) {
            size_t j = (p - cur->cb) >> 5, nb = (cur->ce - cur->cb) >> 5;
            unsigned k = cur->mk[j] & (~0u << ((p - cur->cb) & 31));
            while (!k && ++j < nb)
                k = cur->mk[j];
            if (k)
                return cur->cb + 32 * j + (size_t)__builtin_ctz(k);
            p = cur->ce;
        }
        if (p + 34 > n)
            break;
        size_t nb = (n - 34 - p) / 32 + 1;
        if (nb > START_NB)
            nb = START_NB;
        start_masks32(s, p, nb, am, cur->mk);
        cur->cb = p;
        cur->ce = p + 32 * nb;
    }
#else
    (void)avx2;
#endif
    /* (one loop for each am: the test out of the loop) */
    unsigned k = 0;
    if (am) {
        for (; p + 18 <= n; p += 16)
            if ((k = start_mask(s, p, true)))
                break;
    } else {
        for (; p + 18 <= n; p += 16)
            if ((k = start_mask(s, p, false)))
                break;
    }
    if (k) {
        cur->base = p;
        cur->m = k;
        return p + (size_t)__builtin_ctz(k);
    }
#else
    (void)am;
    (void)cur;
    (void)avx2;
#endif
    return ex_skip_unmarked(tab, s, p, n);
}

/* ASCII letters and digits */
static const unsigned char word_ascii[256] = {
#define R8(x) [x] = 1, [x + 1] = 1, [x + 2] = 1, [x + 3] = 1, [x + 4] = 1, [x + 5] = 1, [x + 6] = 1, [x + 7] = 1
    R8('0'), ['8'] = 1, ['9'] = 1, R8('A'), R8('I'), R8('Q'), ['Y'] = 1, ['Z'] = 1,
    R8('a'), R8('i'), R8('q'), ['y'] = 1, ['z'] = 1,
#undef R8
};

/* the dates' starts into out, the offsets of "mil" (mil_at()) into
   mils and, when the engine has amounts, the amounts' starts into
   c->amount_starts (then amount_starts_done): one pass over the text */
static bool date_starts(ex_call *c, start_vec *out, start_vec *mils)
{
    const char *s = c->text.s;
    size_t n = c->text.len, mq = SIZE_MAX, ra = 1, rb = 0;
    bool mr = false, am = c->eng->amounts != NULL;
    const unsigned char *tab = am ? first_byte_am : first_byte;
    start_cur cur = {.base = SIZE_MAX};
    for (size_t p = 0; (p = next_start(&cur, tab, s, p, n, am, c->eng->avx2)) < n; p++) {
        unsigned char ch = (unsigned char)s[p];
        unsigned kinds = 0, m = tab[ch];
        if (m & 8) {
            if (p + 3 <= n && mil_at(s, p)) {
                ex_start *x = ex_vec_push(c->alloc, mils);
                if (!x) {
                    c->oom = true;
                    return false;
                }
                x->pos = p;
                x->kinds = 0;
            }
            continue;
        }
        /* a digit after an ASCII letter, digit or '_' opens no amount
           (ex_amount_kinds_at() is 0 there, and reads nothing) */
        unsigned char pv = p ? (unsigned char)s[p - 1] : ' ';
        /* a digit after a digit starts no pattern: no date (each has
           (?<!\p{N}), (?<![\p{N}/._-]) or a '-' before it), no amount
           (below) */
        if ((m & 1) && is_dg(pv))
            continue;
        if ((m & 4) && !((m & 1) && (word_ascii[pv] || pv == '_') && !ex_amount_glued_de(s, p))) {
            /* at a digit the lookbehind just tested passed:
               ex_amount_kinds_at()'s digit branch without it */
            unsigned ak = (m & 1) ? ex_amount_after_at(s, n, p, &ra, &rb)
                                  : ex_amount_kinds_at(s, n, p, &ra, &rb);
            if (ak) {
                ex_start *x = ex_vec_push(c->alloc, &c->amount_starts);
                if (!x) {
                    c->oom = true;
                    return false;
                }
                x->pos = p;
                x->kinds = ak;
            }
            if (!(m & 3))
                continue;
        }
        if (m & 1) {
            /* the day's end: p + 1, or p + 2 after [0-9OoIl] */
            bool two = p + 1 < n && day_ch((unsigned char)s[p + 1]);
            /* the first byte each shape reads (the view's terminating
               NUL is in none of the tables): a text_gap[] or
               month_first[] byte, a blank or a separator [/.-] */
            unsigned char b1 = (unsigned char)s[p + 1];
            unsigned char b2 = two ? (unsigned char)s[p + 2] : 0;
            if (((text_gap[b1] | month_first[b1]) && text_shape(s, n, p + 1, &mq, &mr))
                || ((text_gap[b2] | month_first[b2]) && text_shape(s, n, p + 2, &mq, &mr)))
                kinds |= 1u << D_TEXT;
            if ((num_first[b1] && num_shape(s, n, p + 1)) || (num_first[b2] && num_shape(s, n, p + 2))
                || (b1 == 'e' && s[p + 2] == 'r' && num_shape(s, n, p + 3)))
                kinds |= 1u << D_NUM;   /* "1er/03/2025" */
            /* D_GLUED: [0-3][0-9][01][0-9](19|20)[0-9]{2}, no digit after */
            if (ch <= '3' && p + 8 <= n && is_dg((unsigned char)s[p + 7]) && !is_dg((unsigned char)s[p + 8])
                && (s[p + 2] == '0' || s[p + 2] == '1') && glued_shape(s + p))
                kinds |= 1u << D_GLUED;
            /* D_ISO: [12][0-9]{3}-[01][0-9]-[0-3][0-9], after no ASCII
               letter, digit or [/._-] (a byte >= 0x80 before: pcre2
               decides) */
            if ((ch == '1' || ch == '2') && p + 9 < n && is_dg((unsigned char)s[p + 1])
                && is_dg((unsigned char)s[p + 2]) && is_dg((unsigned char)s[p + 3]) && s[p + 4] == '-'
                && (s[p + 5] == '0' || s[p + 5] == '1') && is_dg((unsigned char)s[p + 6])
                && s[p + 7] == '-' && s[p + 8] >= '0' && s[p + 8] <= '3' && is_dg((unsigned char)s[p + 9])
                && !word_ascii[pv] && pv != '/' && pv != '.' && pv != '_' && pv != '-')
                kinds |= 1u << D_ISO;
        } else if (ch == ' ' || ch == '\n') {
            /* D_TEXT at p + 1: a bare "er " after the blank or line end
               at p (1er, its 1 lost; lookbehinds (?<![^ \n])(?<!\p{N} )),
               not "1 er" (the digit's start) */
            if (p + 4 < n && (s[p + 1] == 'e' || s[p + 1] == 'E') && (s[p + 2] == 'r' || s[p + 2] == 'R')
                && s[p + 3] == ' ' && !(ch == ' ' && is_dg(pv)) && text_shape(s, n, p + 3, &mq, &mr)) {
                kinds |= 1u << D_TEXT;
                p++;   /* (the 'e' starts nothing else: the loop goes on after it) */
            }
        } else {
            /* D_TEXT: "Ler", "l er", "ter", "Îer" (lookahead [ ]?[eE][rR][ \t,];
               (?<!\p{L}) before: the t after no ASCII letter or digit) */
            size_t w = 1;
            if (ch == 0xC3) {
                if (p + 1 >= n || (unsigned char)s[p + 1] != 0x8E)
                    continue;
                w = 2;
            }
            size_t e = p + w < n && s[p + w] == ' ' ? p + w + 1 : p + w;
            if (e + 2 < n && (s[e] == 'e' || s[e] == 'E') && (s[e + 1] == 'r' || s[e + 1] == 'R')
                && (s[e + 2] == ' ' || s[e + 2] == '\t' || s[e + 2] == ',')
                && !(ch == 't' && word_ascii[pv]) && text_shape(s, n, e, &mq, &mr))
                kinds |= 1u << D_TEXT;
            /* D_LAN: [lL]['’][ ]?[aA][nN] */
            if ((ch == 'l' || ch == 'L') && p + 1 < n) {
                size_t r = 0;
                if (s[p + 1] == '\'')
                    r = p + 2;
                else if (p + 3 < n && (unsigned char)s[p + 1] == 0xE2
                         && (unsigned char)s[p + 2] == 0x80 && (unsigned char)s[p + 3] == 0x99)
                    r = p + 4;
                if (r && r < n && s[r] == ' ')
                    r++;
                /* then \s: an ASCII blank, or a byte >= 0x80 (pcre2
                   decides); and no ASCII letter before the l
                   ((?<!\p{L}[lL]['’])) */
                unsigned char sp = r && r + 2 < n ? (unsigned char)s[r + 2] : 0;
                if (r && r + 2 < n && (s[r] == 'a' || s[r] == 'A') && (s[r + 1] == 'n' || s[r + 1] == 'N')
                    && (sp == ' ' || sp == '\t' || sp == '\n' || sp == '\r' || sp == '\f' || sp == '\v'
                        || sp >= 0x80)
                    && !((pv | 32) >= 'a' && (pv | 32) <= 'z'))
                    kinds |= 1u << D_LAN;
            }
        }
        if (!kinds)
            continue;
        ex_start *x = ex_vec_push(c->alloc, out);
        if (!x) {
            c->oom = true;
            return false;
        }
        x->pos = p;
        x->kinds = kinds;
    }
    c->amount_starts_done = am;
    return true;
}

/* OCR: a table row's left rule "|" read as "1" glued to the numeric
   date of its first cell ("113/10/2025 – 17/10/2025 | PR 14 …" for
   "| 13/10/2025 …").  Only at a line's start (after blanks), a line
   holding a "|" after the date, and a day "1DD" that no date has (DD
   from 01 to 31): the date DD/MM/YYYY is read after the "1".  Lines are
   looked at only in a text holding a "|". */
static bool rule_read_one(ex_call *c, date_vec *v)
{
    const char *s = c->text.s;
    size_t len = c->text.len;
    if (!len || !memchr(s, '|', len))
        return true;
    for (size_t p = 0; p < len;) {
        const char *nl = memchr(s + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - s) : len;
        size_t q = p;
        while (q < e && (s[q] == ' ' || s[q] == '\t'))
            q++;
        /* 1 D D sep M M sep Y Y Y Y */
        if (q + 11 <= e && s[q] == '1' && s[q + 1] >= '0' && s[q + 1] <= '3' && is_dg((unsigned char)s[q + 2])
            && (s[q + 3] == '/' || s[q + 3] == '.' || s[q + 3] == '-') && is_dg((unsigned char)s[q + 4])
            && is_dg((unsigned char)s[q + 5]) && s[q + 6] == s[q + 3] && is_dg((unsigned char)s[q + 7])
            && is_dg((unsigned char)s[q + 8]) && is_dg((unsigned char)s[q + 9]) && is_dg((unsigned char)s[q + 10])
            && (q + 11 == e || !(is_dg((unsigned char)s[q + 11]) || ex_num_is_letter(s + q + 11, 1)))
            && memchr(s + q + 11, '|', e - q - 11)) {
            int d = (s[q + 1] - '0') * 10 + (s[q + 2] - '0');
            int m = (s[q + 4] - '0') * 10 + (s[q + 5] - '0');
            int y = atoi(s + q + 7);
            if (y >= 1900 && y <= 2100 && valid_date(y, m, d)) {
                if (!add(c, v, q + 1, q + 11, y, m, d))
                    return false;
            }
        }
        p = e + 1;
    }
    return true;
}

/* room for want elements in v: ex_vec_push() takes no realloc up to
   there (one allocation for a size known before the pushes); false on
   OOM (c->oom set) */
static bool date_reserve(ex_call *c, date_vec *v, size_t want)
{
    if (v->cap >= want)
        return true;
    if (want > SIZE_MAX / sizeof *v->v) {
        c->oom = true;
        return false;
    }
    ex_date *p = ex_realloc(c->alloc, v->v, want * sizeof *v->v);
    if (!p) {
        c->oom = true;
        return false;
    }
    v->v = p;
    v->cap = want;
    return true;
}

bool ex_find_dates(ex_call *c)
{
    const ex_regex *rx = c->eng->dates;
    date_vec cand = {0};
    bool ok = true;
    if (!rx)
        return true;
    start_vec starts = {0}, mils = {0};
    ok = date_starts(c, &starts, &mils);
    for (size_t p = 0; p < NPAT && ok; p++) {
        size_t from = 0, si = 0;
        unsigned bit = 1u << rx[p].kind;
        while (from < c->text.len) {
            /* the next match at or after from */
            int rc = ex_rx_match_starts(c, &rx[p], &starts, &si, from, bit);
            if (rc <= 0)
                break;
            PCRE2_SIZE *ov = ex_ov(c);
            size_t a = ov[0], b = ov[1], before = cand.n;
            if (!candidate(c, rx[p].kind, ov, &cand)) {
                ok = false;
                break;
            }
            if (cand.n > before) {
                from = b > from ? b : from + 1;
                continue;
            }
            /* rejected: look again just after its start, so that it
               does not hide a good date inside it */
            size_t next = a + 1;
            while (next < b && ((unsigned char)c->text.s[next] & 0xC0) == 0x80)
                next++;
            from = next;
        }
    }
    ex_vec_free(c->alloc, &starts);
    if (ok)
        ok = words_dates(c, &cand, &mils);
    if (ok)
        ok = rule_read_one(c, &cand);
    ex_vec_free(c->alloc, &mils);
    if (ok && cand.n && !ex_sort_buf(c->alloc, cand.v, cand.n, sizeof *cand.v, cmp_date)) {
        c->oom = true;
        ok = false;
    }
    if (ok && cand.n) {
        date_vec kept = {0};
        size_t last_end = 0;
        ok = date_reserve(c, &kept, cand.n);
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
        for (size_t i = 0; i < kept.n && ok; i++)
            ok = range_before(c, &kept.v[i], &extra);
        /* kept is sorted and without overlaps, so is usually extra (the
           first ends come in the order of their second ends): then an
           overlap is found by binary search in kept and by the greatest
           end among the extras appended, not by a scan of kept per extra
           (quadratic on 10 MB of "du 5 au 6 mars") */
        bool sorted = true;
        for (size_t i = 0; i < extra.n && sorted; i++)
            sorted = extra.v[i].span.start < extra.v[i].span.end
                     && (i == 0 || extra.v[i - 1].span.start <= extra.v[i].span.start);
        size_t n_kept = kept.n, max_end = 0;
        for (size_t i = 0; i < extra.n && ok; i++) {
            /* a first end inside a kept date (never expected): skip */
            bool inside = false;
            const ex_span *sp = &extra.v[i].span;
            if (sorted) {
                size_t lo = 0, hi = n_kept;     /* first kept ending after sp->start */
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (kept.v[mid].span.end <= sp->start)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                inside = (lo < n_kept && kept.v[lo].span.start < sp->end)
                         || (kept.n > n_kept && sp->start < max_end);
            } else {
                for (size_t k = 0; k < kept.n; k++)
                    if (sp->start < kept.v[k].span.end && kept.v[k].span.start < sp->end)
                        inside = true;
            }
            if (inside)
                continue;
            if (sp->end > max_end)
                max_end = sp->end;
            ex_date *x = ex_vec_push(c->alloc, &kept);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = extra.v[i];
        }
        if (ok && kept.n > 1 && !ex_sort_buf(c->alloc, kept.v, kept.n, sizeof *kept.v, cmp_date)) {
            c->oom = true;
            ok = false;
        }
        if (ok)
            ok = date_reserve(c, &c->dates, c->dates.n + kept.n);
        for (size_t i = 0; i < kept.n && ok; i++) {
            ex_date *x = ex_vec_push(c->alloc, &c->dates);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = kept.v[i];
            x->text = ex_num_text(c, x->span.start, x->span.end);
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

/* c->dates is sorted by start (cmp_date): the first date starting at or
   after 'from' by binary search (a scan from the first date made the
   callers, a few per document, quadratic on a text of many documents) */
const ex_date *ex_date_at(const ex_call *c, size_t from, size_t limit)
{
    size_t lo = 0, hi = c->dates.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->dates.v[mid].span.start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < c->dates.n && c->dates.v[lo].span.start < limit)
        return &c->dates.v[lo];
    return NULL;
}

/* A day and a month printed without a year at p ("cinq mai", "5 mai",
   "1er juin"; blanks at p skipped): the day in digits (an ordinal "er"
   allowed) or in words, then a month name printed whole, no year after
   it (digits or number words).  The end of the month name, *m and *d;
   0 when there is none. */
size_t ex_date_day_month(const ex_call *c, size_t p, size_t limit, int *m, int *d)
{
    const char *s = c->text.s;
    if (limit > c->text.len)
        limit = c->text.len;
    while (p < limit && (s[p] == ' ' || s[p] == '\t'))
        p++;
    /* the month: the first whole word after the day, at most 4 words on */
    size_t q = p, wa = 0, wb = 0;
    int month = 0;
    bool fuzzy = false;
    for (int k = 0; k < 5 && q < limit && !month; k++) {
        while (q < limit && (s[q] == ' ' || s[q] == '\t' || s[q] == '-'))
            q++;
        wa = q;
        while (q < limit && (ex_num_is_letter(s + q, limit - q) || (s[q] >= '0' && s[q] <= '9')))
            q += ((unsigned char)s[q] & 0xE0) == 0xC0 ? 2 : ((unsigned char)s[q] & 0xF0) == 0xE0 ? 3 : 1;
        wb = q > limit ? limit : q;
        if (wb == wa)
            return 0;
        if (k > 0)
            month = month_read(s, wa, wb, &fuzzy);
        if (month && fuzzy)
            return 0;
    }
    if (!month)
        return 0;
    /* the day before the month */
    size_t de = wa;
    while (de > p && (s[de - 1] == ' ' || s[de - 1] == '\t'))
        de--;
    long long day;
    if (s[p] >= '0' && s[p] <= '9') {
        size_t e = p;
        while (e < de && s[e] >= '0' && s[e] <= '9')
            e++;
        if (e - p > 2 || (e < de && !(de - e == 2 && s[e] == 'e' && s[e + 1] == 'r')))
            return 0;
        day = ex_num_int(s, p, e, false);
        if (e < de && day != 1)
            return 0;
    } else
        day = words_val(s, p, de);
    if (day < 1 || day > 31 || !valid_date(2000, month, (int)day))
        return 0;
    /* no year after the month */
    size_t r = wb;
    while (r < c->text.len && (s[r] == ' ' || s[r] == '\t' || s[r] == '\n'))
        r++;
    if (r < c->text.len && s[r] >= '0' && s[r] <= '9')
        return 0;
    char w[16];
    if (r < c->text.len && ex_num_fold_word(s + r, c->text.len - r, w, sizeof w)
        && (!strcmp(w, "deux") || !strncmp(w, "mil", 3)))
        return 0;
    *m = month;
    *d = (int)day;
    return wb;
}

/* Add a date at [a, b) to c->dates, kept sorted by start (a date whose
   year the caller implied); pointers into c->dates are stale after it */
bool ex_date_insert(ex_call *c, size_t a, size_t b, ex_date_val v)
{
    ex_date *x = ex_vec_push(c->alloc, &c->dates);
    if (!x) {
        c->oom = true;
        return false;
    }
    size_t i = c->dates.n - 1;
    while (i > 0 && c->dates.v[i - 1].span.start > a) {
        c->dates.v[i] = c->dates.v[i - 1];
        i--;
    }
    x = &c->dates.v[i];
    x->value = v;
    x->span.start = a;
    x->span.end = b;
    x->text = ex_num_text(c, a, b);
    if (!x->text) {
        c->oom = true;
        return false;
    }
    return true;
}
