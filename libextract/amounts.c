/*
 * amounts.c - stage amounts: money amounts (500 000 €, 18 450,00 € HT,
 * un million d'euros).
 *
 * An amount is a number with a currency: after it (500 000 €, 500.000
 * EUR, 1 000 000 euros, 2,5 M€, 150 k€, 2,5 millions d'euros), before it
 * (€ 500), in words (un million d'euros, mille deux cents euros), or a
 * cell of a table column whose header names the currency ("Montant (€)",
 * "(en euros)").  Numbers without a currency (article numbers, years,
 * percentages, phone numbers, SIRET, "n° 2022-418") are never amounts.
 *
 * value: exact cents; text: the number and the currency as printed,
 * without HT/TTC (those go to the tax field).
 *
 * OCR tolerance, bounded: O o -> 0 and l I | -> 1 inside a number that
 * starts with a real digit ("1O 5OO €"), ";" for the decimal comma
 * ("22 140;00 €"), and "€" read as "E" or "C" when the context says money
 * (a money word before it, HT/TTC after it, or a grouped number with
 * cents: "montant de 1 200 E", "18 450,00 C").
 */
#define _GNU_SOURCE 1   /* memmem */
#include "internal.h"

#include <stdlib.h>
#include <string.h>


enum {
    A_AFTER = 1,   /* 500 000 € */
    A_BEFORE,      /* € 500 */
    A_WORDS,       /* un million d'euros (in C, from each "eur": words()) */
    A_HEADER       /* Montant (€)  -- a money column header */
};

/* OCR: a dash for the blank before the last group, the currency right
   after it ("250-000 €", "1 250-000,00 euros"; checked: dash_ok()) */
#define DASH_SEP "-(?=[0-9]{3}(?:,[0-9]{2})?[ ]?(?:€|(?i:euros?)(?![\\p{L}])))"
/* a number in digits: grouped by 3 (blank, dot, apostrophe, or a line
   end, OCR's dash above) or plain; OCR letters after the first digit */
#define NUM "([0-9][0-9OoIl]{0,3}+(?:(?:[ .'’:]|[ \\t]{0,2}\\n(?:[ \\t]*\\n)?[ \\t]*|" DASH_SEP ")[0-9OoIl]{3}(?![0-9OoIl]))+" \
            "|[0-9][0-9OoIl]*+)"
/* (OCR: a blank after a decimal comma that follows a group of three,
   two digits then: "1 184 600, 00 €") */
#define DEC "(?:([,.;:])(?:(?<=[0-9]{3},)[ ](?=[0-9]{2}(?![0-9])))?([0-9Oo]{1,2})(?![0-9]))?"

static const ex_pattern amount_patterns[] = {
    /* "500 000 €", "500.000 EUR", "1 000 000 euros", "18 450,00 €",
       "2,5 M€", "150 k€", "2,5 millions d'euros", "54 \n460 €",
       OCR "1 2OO E", "57 520 £" (checked: context), "750'euros", "241,20'€" (a quote
       speck glued between the number and "euros" or "€"), a dash speck glued before "€"
       ("5 500-€"; OCR "7 622,45-euros" after decimals only, not "2-euros"), a dot speck glued before it after a blank ("38 420,00 .€") */
    {A_AFTER,
     "(*NO_START_OPT)\\G(?:(?<![\\p{L}\\p{N}_])|(?<=[ \\n]à|[ \\n]de))" NUM DEC
     "((?:\\.|-(?=[ ]?€)|(?<=[0-9],[0-9]{2})-(?=(?i:euros?)\\b)|[ ]\\.(?=€))?[ \\t]*(?:\\n[ \\t]*){0,2}|(?<=[0-9])['’](?=(?i:euros?)\\b|€))"
     "((?:[kK]|M|Mds?|Mrds?)[ ]?(?:€|EUR\\b|(?i:euros?)\\b|[EC](?![\\p{L}\\p{N}]))"
     /* OCR "850 ke" for "850 k€" (a lower-case e after k only: not "Me") */
     "|[kK]e(?![\\p{L}\\p{N}])"
     "|(?i:millions?|milliards?)[ \\t\\n]+(?:(?i:d)['’][ ]?)?(?:(?i:eur[oô]s?)\\b|€|EUR\\b)"
     /* "25 millions de francs CFP", "3 millions de francs" */
     "|(?i:millions?|milliards?)[ \\t\\n]+(?i:de)[ \\t\\n]+(?i:francs)\\b"
     "|€|(?i:eur[oô]s?)\\b|EUR\\b"
     "|[EC](?![\\p{L}\\p{N}])|£(?![\\p{L}\\p{N}])"
     /* OCR "245 800,00 EHT": "€" read "E", glued to the tax */
     "|E(?=HT\\b|TTC\\b)"
     /* francs (acts before 2002): "12 500 francs", "FRF", "FF", "F"
        (a bare "F" checked: context) */
     "|(?i:francs?)\\b|FRF\\b|FF\\b|F(?![\\p{L}\\p{N}])"
     /* the francs of 1960 and their abbreviations: "17 160 nouveaux
        francs", "1 716 000 anciens francs", "28 600 NF", "92 000 Frs" */
     "|(?i:nouveaux|anciens)[ \\t]*(?:\\n[ \\t]*)?(?i:francs)\\b|NF\\b|(?i:frs)\\b"
     /* the franc CFP by its ISO code: "247 500 000 XPF" */
     "|XPF\\b)"},
    /* "€ 500", "EUR 1 200,50" (not "€ 25 %"; not a mark "€ 17,97/20"
       after a stray "€": a number over a scale is no amount) */
    {A_BEFORE,
     "(*NO_START_OPT)\\G(?<![\\p{L}\\p{N}])(?:(€|EUR)[ ]?|(?<=(?<![\\p{L}\\p{N}])NF[ ]))([0-9]{1,3}(?:[ .'’][0-9]{3})+(?![0-9])|[0-9]+)"
     "(?:([,.])([0-9]{1,2}))?(?![\\p{N}]|[ ]*%|[ ]*(?:€|EUR|(?i:euros?))|[.,][0-9]|/)"},
    /* a money column header: "Montant (€)", "Coût HT (en €)",
       "(en euros)", "(k€)", OCR "(€ TIC)"; "Commune (montants en €)": the table's
       columns right of it; "… s'établit ainsi (montants\nen euros) :" cut
       by the line end */
    {A_HEADER,
     "(*NO_START_OPT)\\G\\((?:(?i:montants?)(?:[ ]+|[ ]*\\n[ ]*))?(?:en[ ]*)?((?:[kK]|M)?€|(?i:euros?)|EUR|k(?:ilo)?(?i:euros?))(?:[ ]+(?:HT|TTC|T[Il1]C))?\\)"},
};
#define NPAT (sizeof amount_patterns / sizeof amount_patterns[0])

bool ex_amounts_init(extract_engine *e)
{
    e->amounts = ex_rx_table_new(e, amount_patterns, NPAT);
    return e->amounts != NULL;
}

void ex_amounts_free(extract_engine *e)
{
    ex_rx_table_free(e, e->amounts, NPAT);
    e->amounts = NULL;
}

/* ------------------------------------------------------------------ */

typedef EX_VEC(ex_amount) amount_vec;

#define G(k) (ov[2 * (k)] != PCRE2_UNSET && ov[2 * (k) + 1] > ov[2 * (k)])
#define GA(k) ((size_t)ov[2 * (k)])
#define GB(k) ((size_t)ov[2 * (k) + 1])

static const char *const money_words[] = {
    "montant", "somme", "cout", "prix", "subvention", "total", "budget",
    "dotation", "enveloppe", "redevance", "amende", "tarif", "financ",
    "credit", "aide", "depense", "recette", "participation", "eleve a",
    "hauteur de", "plafon", "avance", "acompte", "solde", "contribution",
    "versement", "emprunt", "produit", "charge", "fonds", "loyer", "indemnit",
};

/* Does the text before p (same paragraph, 120 bytes) speak of money? */
static bool money_context(const ex_call *c, size_t p)
{
    const char *s = c->text.s;
    size_t a = p > 120 ? p - 120 : 0;
    /* stop at a blank line, unless the paragraph after it opens in
       lower case: the sentence goes on across it (OCR adds blank lines
       between lines: "… remboursable en quinze années," / "" / "le
       surplus, soit 920 F, …") */
    for (size_t i = p; i > a + 1; i--)
        if (s[i - 1] == '\n' && s[i - 2] == '\n') {
            size_t q = i;
            while (q < p && (s[q] == ' ' || s[q] == '\t'))
                q++;
            if (q < p && s[q] >= 'a' && s[q] <= 'z')
                continue;
            a = i;
            break;
        }
    while (a < p && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++;
    char buf[256];
    size_t k = 0;
    for (size_t i = a; i < p && k + 1 < sizeof buf;) {
        size_t n;
        char f = ex_num_fold(s + i, p - i, &n);
        buf[k++] = f ? f : (s[i] == '\'' ? '\'' : ' ');
        i += n ? n : 1;
    }
    buf[k] = 0;
    for (size_t i = 0; i < sizeof money_words / sizeof money_words[0]; i++)
        if (strstr(buf, money_words[i]))
            return true;
    return false;
}

/* "HT" / "TTC" printed right after the amount (same or next line) */
static const char *tax_after(const ex_call *c, size_t p)
{
    const char *s = c->text.s;
    size_t n = c->text.len, i = p, nl = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || (s[i] == '\n' && !nl++)))
        i++;
    static const struct { const char *w; const char *tax; } taxes[] = {
        {"TTC", "TTC"}, {"T.T.C.", "TTC"}, {"HT", "HT"}, {"H.T.", "HT"},
        {"hors taxes", "HT"}, {"toutes taxes comprises", "TTC"},
    };
    for (size_t k = 0; k < sizeof taxes / sizeof taxes[0]; k++) {
        size_t l = strlen(taxes[k].w);
        if (i + l <= n && memcmp(s + i, taxes[k].w, l) == 0
            && (i + l == n || !ex_num_is_letter(s + i + l, n - i - l))) {
            if (taxes[k].w[l - 1] != '.' && i + l < n
                && s[i + l] >= '0' && s[i + l] <= '9')
                continue;
            return taxes[k].tax;
        }
    }
    return NULL;
}

static bool add_cur(ex_call *c, amount_vec *v, size_t a, size_t b, int64_t cents,
                    const char *currency);

static bool add(ex_call *c, amount_vec *v, size_t a, size_t b, int64_t cents)
{
    return add_cur(c, v, a, b, cents, "EUR");
}

static bool add_cur(ex_call *c, amount_vec *v, size_t a, size_t b, int64_t cents,
                    const char *currency)
{
    ex_amount *x = ex_vec_push(c->alloc, v);
    if (!x) {
        c->oom = true;
        return false;
    }
    x->cents = cents;
    x->currency = currency;
    x->span.start = a;
    x->span.end = b;
    x->tax = tax_after(c, b);
    return true;
}

/* cents of the digits number: integer part s[ia..ib), decimals
   s[da..db) (may be empty); -1 when not a number */
static int64_t cents_of(const char *s, size_t ia, size_t ib, size_t da, size_t db)
{
    long long v = ex_num_int(s, ia, ib, true);
    if (v < 0)
        return -1;
    int64_t cents = (int64_t)v * 100;
    if (db > da) {
        int d1 = ex_num_digit(s[da], true);
        int d2 = db - da > 1 ? ex_num_digit(s[da + 1], true) : 0;
        if (d1 < 0 || d2 < 0)
            return -1;
        cents += d1 * 10 + d2;
    }
    return cents;
}

/* cents_of() of a number whose groups OCR may have parted with a '-'
   ("1 020-000,00"; the callers checked the groups): the '-' passed over */
static int64_t dash_cents(const char *s, size_t ia, size_t ib, size_t da, size_t db)
{
    int64_t v = 0;
    int nd = 0;
    for (size_t k = ia; k < ib; k++) {
        if (s[k] >= '0' && s[k] <= '9') {
            v = v * 10 + (s[k] - '0');
            if (++nd > 15)
                return -1;
        } else if (s[k] != '-' && s[k] != ' ' && s[k] != '\t' && s[k] != '.')
            return -1;
    }
    if (!nd)
        return -1;
    int64_t dec = db > da ? cents_of(s, da, db, 0, 0) : 0;   /* "00" */
    if (dec < 0)
        return -1;
    return v * 100 + (db - da == 1 ? dec / 100 * 10 : dec / 100);
}

/* the multiplier of a currency token s[a..b) ("k€" 1000, "M€" 10^6,
   "millions d'euros" 10^6, "Md€" 10^9); 0 for the OCR "E"/"C" */
static int64_t multiplier(const char *s, size_t a, size_t b, bool *ocr)
{
    char w[16];
    *ocr = false;
    if ((b - a == 1 || (b - a == 2 && (unsigned char)s[a] == 0xC2)) && ex_ocr_currency_letter(s, a, b)) {
        *ocr = true;
        return 1;
    }
    if (s[a] == 'k' || s[a] == 'K')
        return 1000;
    if (s[a] == 'M' && b - a >= 2 && s[a + 1] != 'I' && s[a + 1] != 'i') {
        if (s[a + 1] == 'd' || s[a + 1] == 'r')
            return 1000000000;
        return 1000000;
    }
    size_t used = ex_num_fold_word(s + a, b - a, w, sizeof w);
    if (used && strncmp(w, "milliard", 8) == 0)
        return 1000000000;
    if (used && strncmp(w, "million", 7) == 0)
        return 1000000;
    return 1;
}

/* two line ends in s[a..b) */
static bool blank_line(const char *s, size_t a, size_t b)
{
    int nl = 0;
    for (size_t i = a; i < b; i++)
        if (s[i] == '\n' && ++nl == 2)
            return true;
    return false;
}

/* the word after a franc at p names another franc: CFA, CFP, suisse(s),
   pacifique.  1: the franc CFP ("F CFP", "francs pacifique": XPF, *end
   after the word), 2: another (CFA: XOF or XAF cannot be told), 0: none */
static int other_franc(const char *s, size_t n, size_t p, size_t *end)
{
    static const char *const other[] = {"cfa", "suisse", "suisses"};
    while (p < n && (s[p] == ' ' || s[p] == '\t'))
        p++;
    char w[16];
    size_t wl;
    /* "F.CFP", "F.CFA": a dot glued between the franc and its kind */
    bool dot = p < n && s[p] == '.' && p + 1 < n && (s[p + 1] | 0x20) == 'c';
    if (p + dot >= n || !(wl = ex_num_fold_word(s + p + dot, n - p - dot, w, sizeof w)))
        return 0;
    if (dot && strcmp(w, "cfp") && strcmp(w, "cfa"))
        return 0;   /* "F.CFP", "F.CFA" only */
    p += dot;
    if (!strcmp(w, "cfp") || !strcmp(w, "pacifique")) {
        *end = p + wl;
        return 1;
    }
    for (size_t k = 0; k < sizeof other / sizeof other[0]; k++)
        if (!strcmp(w, other[k]))
            return 2;
    return 0;
}

/* the digits (OCR letters read as digits too) in s[a..b) */
static size_t digits_in(const char *s, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += ex_num_digit(s[i], true) >= 0;
    return n;
}

/* a number sign ("n°", "N°", "nº", "no", "n.") right before p, blanks
   apart: "lot n° 3 186 450,00 €" once its dot leaders are gone */
static bool number_sign_before(const char *s, size_t p)
{
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
        p--;
    size_t k;
    if (p >= 3 && (unsigned char)s[p - 2] == 0xC2
        && ((unsigned char)s[p - 1] == 0xB0 || (unsigned char)s[p - 1] == 0xBA))
        k = p - 3;
    else if (p >= 2 && (s[p - 1] == 'o' || s[p - 1] == '.'))
        k = p - 2;
    else
        return false;
    return (s[k] == 'n' || s[k] == 'N') && (k == 0 || !ex_num_is_letter(s + k - 1, 1));
}

/* a line [ls, le) ending with a signed amount cell: a blank, "+" or
   "-", a blank, digits (blanks, "," and "." between) and "€" */
static bool signed_cell_line(const char *s, size_t ls, size_t le)
{
    while (le > ls && (s[le - 1] == ' ' || s[le - 1] == '\t'))
        le--;
    if (le < ls + 7 || memcmp(s + le - 3, "\xE2\x82\xAC", 3))
        return false;
    le -= 3;
    while (le > ls && s[le - 1] == ' ')
        le--;
    if (le == ls || !ex_is_digit(s[le - 1]))
        return false;
    while (le > ls && (ex_is_digit(s[le - 1]) || s[le - 1] == ' ' || s[le - 1] == ',' || s[le - 1] == '.'))
        le--;
    return le >= ls + 2 && (s[le - 1] == '+' || s[le - 1] == '-') && s[le - 2] == ' ';
}

/* OCR flattened a budget table's columns to one blank ("Dépenses
   imprévues - 4 500,00 €", clean "imprévues      -   4 500,00 €"): the
   signed amount (sign at q, its currency ending at e) ends its line,
   and the line before or after it (one blank line between at most)
   ends with a signed amount cell too ("… fournitures + 3 200,00 €") */
static bool flat_signed_row(const char *s, size_t n, size_t q, size_t e)
{
    size_t x = e;
    while (x < n && (s[x] == ' ' || s[x] == '\t'))
        x++;
    if (x < n && s[x] != '\n')
        return false;
    size_t ls = q;
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    /* the lines before: up to two back (a blank one between) */
    size_t b = ls;
    for (int i = 0; i < 2 && b > 0; i++) {
        size_t be = b - 1, bs = be;
        while (bs > 0 && s[bs - 1] != '\n')
            bs--;
        if (signed_cell_line(s, bs, be))
            return true;
        if (be > bs)
            break;      /* a line of text: no further */
        b = bs;
    }
    /* the lines after */
    size_t a = x;
    for (int i = 0; i < 2 && a < n; i++) {
        size_t as = a + 1, ae = as;
        while (ae < n && s[ae] != '\n')
            ae++;
        if (signed_cell_line(s, as, ae))
            return true;
        if (ae > as)
            break;
        a = ae;
    }
    return false;
}

/* the sign of an amount whose number starts at a: "-", "+", "−" (U+2212),
   "–" or "—" (OCR reads a minus as either dash), at most one blank
   before the number, itself after ":", "=" or "(" on the same line
   (blanks between): "Montant du présent avenant : - 12 500,00 € HT" (a
   moins-value), "Avenant n° 1 : + 23 400,00 €", "(-3 000 €)".  Not a
   dash opening a list item ("- 12 500 € pour …", at a line start), a
   range ("10 000 - 12 500 €"), nor the first of an inline list ("…
   suivants : - 5 000 € pour A - 3 000 € pour B": another dash and a
   number later on the line, outside brackets, from e on).  Also a sign
   opening a table cell (a column gap of 2+ blanks or a tab after
   something on its line: "538 215,40 €      -74 265,50 €") and a sign
   glued to the number after a word ("un déficit de -74 265,50 €"); not
   after a number or a currency with one blank (a range: "10 000 -12 500
   €").  -1 or +1 with *at on the sign, else 0. */
static int sign_before(const char *s, size_t n, size_t a, size_t e, size_t *at)
{
    size_t p = a, gap = 0;
    while (p > 0 && s[p - 1] == ' ' && gap < 8) {
        p--;
        gap++;
    }
    if (gap)
        ;
    else if (p > 1 && (unsigned char)s[p - 2] == 0xC2 && (unsigned char)s[p - 1] == 0xA0)
        p -= 2;
    int sg = 0;
    size_t q = p;
    if (p > 0 && (s[p - 1] == '-' || s[p - 1] == '+')) {
        sg = s[p - 1] == '-' ? -1 : 1;
        q = p - 1;
    } else if (p > 2 && (unsigned char)s[p - 3] == 0xE2
               && (((unsigned char)s[p - 2] == 0x88 && (unsigned char)s[p - 1] == 0x92)
                   || ((unsigned char)s[p - 2] == 0x80
                       && ((unsigned char)s[p - 1] == 0x93 || (unsigned char)s[p - 1] == 0x94)))) {
        sg = -1;
        q = p - 3;
    }
    if (!sg)
        return 0;
    size_t k = q;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    if (k == 0 || s[k - 1] == '\n')
        return 0;       /* a list item's dash */
    if (gap >= 2) {
        /* a sign apart from its number by a run of blanks: a right-
           aligned column cell only ("Dépenses imprévues   -   4 500,00
           €"; "fonctionnement -  1 500,00 €" with an ASCII sign, the
           line's last cell), not a dash after one blank in prose
           ("Objet –  4 500 €") nor a speck before a cell followed by
           another ("la case -  450,00€ 460,00 €") */
        size_t t = e;
        while (q - k == 1 && t < n && (s[t] == ' ' || s[t] == '\t'))
            t++;
        if (q - k >= 2 || s[q - 1] == '\t'
            || (q - k == 1 && (s[q] == '-' || s[q] == '+') && (t >= n || s[t] == '\n'))) {
            *at = q;
            return sg;
        }
        return 0;
    }
    if (!(s[k - 1] == ':' || s[k - 1] == '=' || s[k - 1] == '(')) {
        /* (or after an ASCII table's bar: "| -21 520,00 € |") */
        if (q - k >= 2 || s[q - 1] == '\t' || s[k - 1] == '|') {
            *at = q;    /* a table cell's sign */
            return sg;
        }
        size_t w = k - 1;
        while (w > 0 && ((unsigned char)s[w] & 0xC0) == 0x80)
            w--;
        if (q - k != 1 || sg > 0 || !ex_num_is_letter(s + w, k - w))
            return 0;   /* "de + 500 €": a '+' there is rather OCR's '1' */
        if (p < a) {
            /* "de - 74 265,50 €" (a hyphen or a minus, not a dash
               opening an aside) after "de", "à", "soit" only */
            char wd[8];
            size_t b = w;
            while (b > 0 && ((unsigned char)s[b - 1] >= 0x80 || ex_num_is_letter(s + b - 1, 1)))
                b--;
            if (s[q] == (char)0xE2 && (unsigned char)s[q + 1] == 0x80)
                return 0;
            if (ex_num_fold_word(s + b, k - b, wd, sizeof wd) != k - b
                || (strcmp(wd, "de") && strcmp(wd, "soit") && (strcmp(wd, "a") || k - b != 2))) {
                if (flat_signed_row(s, n, q, e)) {
                    *at = q;
                    return sg;
                }
                return 0;
            }
        } else {
            *at = q;    /* "de -74 265,50 €" */
            return sg;
        }
    }
    /* the rest of the line: no other "- 3 000" out of brackets */
    for (size_t i = e; i + 2 < n && s[i] != '\n'; i++)
        if (s[i] == '-' && s[i - 1] == ' ' && s[i - 2] != '('
            && ((s[i + 1] >= '0' && s[i + 1] <= '9') || (s[i + 1] == ' ' && s[i + 2] >= '0' && s[i + 2] <= '9')))
            return 0;
    *at = q;
    return sg;
}

/* OCR's dash for the blank before the last group of the number [a, b)
   (DASH_SEP: "250-000 €", "1 250-000 €"): one dash, after a group of
   1 to 3 digits that is no part of a code ("2024-250-000", "n/250-000",
   "12.250-000"), and a last group below the one before it: an ascending
   pair is a range ("150-200 €", "12-500 €") */
static bool dash_ok(const char *s, size_t a, size_t b)
{
    size_t d = a;
    while (d < b && s[d] != '-')
        d++;
    if (d == b || d + 4 != b || memchr(s + d + 1, '-', b - d - 1))
        return false;
    if (a > 0 && (s[a - 1] == '-' || s[a - 1] == '/' || s[a - 1] == '.' || s[a - 1] == ','))
        return false;
    size_t g = d;
    while (g > a && ex_is_digit(s[g - 1]))
        g--;
    if (d - g < 1 || d - g > 3 || (g > a && s[g - 1] != ' '))
        return false;
    int before = 0, last = 0;
    for (size_t k = g; k < d; k++)
        before = before * 10 + (s[k] - '0');
    for (size_t k = d + 1; k < b; k++)
        last = last * 10 + (s[k] - '0');
    return last < before;
}

/* "entre 500 et 1 000 €", "de 10 000 à 15 000 euros": the bare first
   end of a range whose currency (and its multiplier) is printed once,
   after the second end at p (as the date ranges' "du 15 au 31 janvier
   2024"): "entre" pairs with "et", "de" with "à"; the first end a number
   in digits (groups of three, decimals after a comma), its text the
   number alone.  Nothing when the text has another shape. */
static bool range_first(ex_call *c, amount_vec *v, size_t p, int64_t mult, const char *cur)
{
    const char *s = c->text.s;
    if (p < 6 || (s[p - 1] != ' ' && s[p - 1] != '\n' && s[p - 1] != '\t'))
        return true;
    /* the link: "et" or "à" alone, past blanks and a line end */
    size_t wb = p;
    while (wb > 0 && p - wb < 3 && (s[wb - 1] == ' ' || s[wb - 1] == '\t' || s[wb - 1] == '\n'))
        wb--;
    if (wb < 4 || (s[wb - 3] != ' ' && s[wb - 3] != '\t' && s[wb - 3] != '\n'))
        return true;
    size_t wa = wb - 2;
    const char *opener;
    if ((s[wa] | 0x20) == 'e' && (s[wa + 1] | 0x20) == 't')
        opener = "entre";
    else if ((unsigned char)s[wa] == 0xC3 && (unsigned char)s[wa + 1] == 0xA0)
        opener = "de";
    else
        return true;
    /* the first end: digits, single blanks or dots between groups of
       three, a decimal comma; right before the link */
    size_t nb = wa;
    while (nb > 0 && (s[nb - 1] == ' ' || s[nb - 1] == '\t' || s[nb - 1] == '\n'))
        nb--;
    if (nb == wa || nb == 0 || !ex_is_digit(s[nb - 1]))
        return true;
    size_t na = nb;
    while (na > 0 && nb - na < 20
           && (ex_is_digit(s[na - 1])
               || ((s[na - 1] == ' ' || s[na - 1] == '.' || s[na - 1] == ',') && na >= 2
                   && ex_is_digit(s[na - 2]))))
        na--;
    if (na == 0 || (s[na - 1] != ' ' && s[na - 1] != '\t' && s[na - 1] != '\n') || s[na] == '0')
        return true;
    /* read forwards: [decimals], then plain digits or groups */
    size_t ib = nb, da = 0, db = 0;
    for (size_t k = na; k < nb; k++)
        if (s[k] == ',') {
            if (ib != nb || nb - k < 2 || nb - k > 3)
                return true;
            ib = k, da = k + 1, db = nb;
        }
    size_t k = na, run = 0;
    while (k < ib && ex_is_digit(s[k]))
        k++, run++;
    if (k < ib) {
        if (run > 3)
            return true;
        char sep = s[k];
        while (k < ib) {
            if (s[k] != sep || ib - k < 4 || !ex_is_digit(s[k + 1]) || !ex_is_digit(s[k + 2])
                || !ex_is_digit(s[k + 3]))
                return true;
            k += 4;
        }
    } else if (run == 4 && da == 0 && ex_year_head(s, na)) {
        return true;   /* "entre 2024 et 2026" is years */
    }
    size_t oa, ob;
    if (!ex_num_prev_word(s, na, false, &oa, &ob) || ob - oa != strlen(opener)
        || ex_match_fold(s + oa, ob - oa, opener) != ob - oa)
        return true;
    int64_t cents = cents_of(s, na, ib, da, db);
    if (cents < 0 || (mult > 1 && cents > INT64_MAX / mult))
        return true;
    return add_cur(c, v, na, nb, cents * mult, cur);
}

/* A bare "F" after a grouped number ending an item of a list ("terrassements
   61 200 F ; chaussée 98 300 F ; ouvrages d'art 25 000 F."): a ';', '.',
   ',' or the line's end after it, in an act that gave an amount in francs
   before (among the last 16 found) */
static bool franc_list(const ex_call *c, const amount_vec *v, size_t e)
{
    const char *s = c->text.s;
    size_t n = c->text.len;
    while (e < n && (s[e] == ' ' || s[e] == '\t'))
        e++;
    if (e < n && s[e] != ';' && s[e] != '.' && s[e] != ',' && s[e] != '\n')
        return false;
    for (size_t k = v->n, m = 0; k-- > 0 && m < 16; m++)
        if (!strcmp(v->v[k].currency, "FRF"))
            return true;
    return false;
}

/* s[a, b) a number grouped by dots in thousands, as typewritten
   francs are ("82.000 F", "1.250.000 F"): a head of 1 to 3 digits,
   then groups of exactly three digits each after a dot, nothing else
   (no blank, no OCR letter).  A bare "F" after it is the franc without
   more context ("2.5 F", "82 000 F" need one). */
static bool dot_thousands(const char *s, size_t a, size_t b)
{
    size_t head = 0;
    while (a + head < b && s[a + head] >= '0' && s[a + head] <= '9')
        head++;
    if (head < 1 || head > 3 || a + head == b)
        return false;
    for (size_t p = a + head; p < b; p += 4) {
        if (b - p < 4 || s[p] != '.')
            return false;
        for (size_t k = 1; k < 4; k++)
            if (s[p + k] < '0' || s[p + k] > '9')
                return false;
    }
    return true;
}

static bool after(ex_call *c, PCRE2_SIZE *ov, amount_vec *v)
{
    const char *s = c->text.s;
    /* groups: 1 integer, 2 decimal separator, 3 decimals, 4 gap, 5 currency */
    size_t da = G(3) ? GA(3) : 0, db = G(3) ? GB(3) : 0;
    bool ocr_cur;
    int64_t mult = multiplier(s, GA(5), GB(5), &ocr_cur);
    /* francs: "francs", "FRF", "FF", a bare "F"; "NF", "nouveaux
       francs", "anciens francs" (values as printed) */
    char c5 = s[GA(5)];
    bool franc = c5 == 'F' || c5 == 'f' || c5 == 'N' || c5 == 'n' || c5 == 'A' || c5 == 'a'
                 || ((c5 == 'm' || c5 == 'M') && GB(5) - GA(5) > 12
                     && ex_match_fold(s + GB(5) - 6, 6, "francs") == 6);   /* "millions de francs" */
    /* other francs ("francs CFA", "francs suisses") are not FRF; the
       franc CFP ("F CFP", "francs pacifique") and "XPF" are XPF */
    size_t end = GB(5);
    /* (OCR "180 000 E.CFP": the F of "F.CFP" read "E") */
    int other = franc || (ocr_cur && c5 == 'E') ? other_franc(s, c->text.len, GB(5), &end) : 0;
    if (other == 2)
        return true;
    const char *cur = other == 1 || s[GA(5)] == 'X' ? "XPF" : franc ? "FRF" : "EUR";
    if (other == 1)
        franc = ocr_cur = false;
    /* a bare letter (OCR "E"/"C", "F") only where money is spoken of */
    bool weak = ocr_cur || (franc && GB(5) - GA(5) == 1);
    /* "055,00 €", "000 000 €": the real number began before (OCR) */
    if (s[GA(1)] == '0' && GB(1) - GA(1) > 1)
        return true;
    /* a head of 4 digits before groups ("1150 000,00 €": a blank lost
       by OCR) with cents, or when the head cannot be a year ("2208 000
       €"); "en 2023 500 €" is a year and 500 € */
    size_t head = 0;
    while (GA(1) + head < GB(1) && ex_num_digit(s[GA(1) + head], true) >= 0)
        head++;
    if (head == 4 && GA(1) + head < GB(1) && db - da != 2 && (ex_year_head(s, GA(1)) || s[GA(1)] == '1'))
        return true;
    /* "n° 3 186 450,00 €": the number of a lot or an article, then
       the amount (its first group is no part of it) */
    if (head <= 3 && GA(1) + head < GB(1) && number_sign_before(s, GA(1)))
        return true;
    /* ... and a year's head before two groups or more is a year, then
       the amount ("DETR 2024 123 750,00 €"): a lost blank would make
       it billions */
    if (head == 4 && ex_year_head(s, GA(1)) && digits_in(s, GA(1), GB(1)) >= 10)
        return true;
    /* "135.euros", "450,00.€" (OCR): a period only before a real currency */
    if (s[GA(4)] == '.' && weak)
        return true;
    /* a blank line inside the amount (OCR puts them between all lines):
       only "de 1\n\n284 500 €" (a number cut at its line's end) or a
       currency alone on the next paragraph line ("500\n\nk€") */
    if (blank_line(s, GA(4), GB(4)) && weak)
        return true;
    if (blank_line(s, GA(1), GB(1))) {
        size_t a = GA(1);
        if (head > 3 || a < 2 || s[a - 1] != ' ' || !ex_num_is_letter(s + a - 2, 2)
            || (s[a + head] != '\n' && s[a + head] != ' '))
            return true;
    }
    int64_t cents = cents_of(s, GA(1), GB(1), da, db);
    if (cents < 0 && dash_ok(s, GA(1), GB(1)))
        cents = dash_cents(s, GA(1), GB(1), da, db);   /* "250-000 €" */
    if (cents < 0)
        return true;
    /* a decimal after a plain number with a "." or ";" is 2 digits */
    if (G(2) && s[GA(2)] == ';' && db - da != 2)
        return true;
    if (weak) {
        bool grouped = false;
        for (size_t i = GA(1); i < GB(1); i++)
            if (s[i] == ' ' || s[i] == '.')
                grouped = true;
        bool money = (grouped && db - da == 2) || tax_after(c, GB(5))
                     || money_context(c, GA(1))
                     || (franc && grouped && franc_list(c, v, GB(5)))
                     || (franc && dot_thousands(s, GA(1), GB(1)));
        if (!money)
            return true;
        /* OCR "E"/"C" right after the number (no line break between) */
        for (size_t i = GA(4); i < GB(4); i++)
            if (s[i] == '\n')
                return true;
    }
    /* OCR letters in the number are only trusted with a real currency
       or a grouped number */
    if (mult > 1 && (mult % 1000) == 0) {
        /* "2,5 M€": decimals scale with the multiplier */
        if (cents > INT64_MAX / mult)
            return true;
    }
    int64_t total = cents * mult;
    /* the repairs of the model this reading went through (ocrmodel.c) */
    if (!ex_ocr_note_digits(c, GA(1), GB(1), EX_OCR_NUMBER)
        || (db > da && !ex_ocr_note_digits(c, da, db, EX_OCR_NUMBER))
        || (ex_ocr_currency_letter(s, GA(5), GB(5))
            && !ex_ocr_note(c, (unsigned char)s[GB(5) - 1] == 0xA3 ? GB(5) - 2 : GB(5) - 1, GB(5),
                            EX_REPAIR_CURRENCY)))
        return false;
    /* a sign before: "… avenant : - 12 500,00 €" is -12500, text with its sign */
    size_t from = GA(1);
    int sg = sign_before(s, c->text.len, GA(1), GB(5), &from);
    if (!add_cur(c, v, from, end, sg < 0 ? -total : total, cur))
        return false;
    return weak || sg || range_first(c, v, from, mult, cur);
}

static bool before(ex_call *c, PCRE2_SIZE *ov, amount_vec *v)
{
    const char *s = c->text.s;
    /* groups: 1 currency (unset: "NF " before the number, francs of
       1960: "NF 25 000"), 2 integer, 3 separator, 4 decimals */
    bool nf = !G(1);
    if (nf) {
        /* a grouped number only, no norm ("NF 15-100", "NF 1234") */
        bool grouped = false;
        for (size_t i = GA(2); i < GB(2); i++)
            grouped |= s[i] == ' ' || s[i] == '.';
        if (!grouped || (GB(0) < c->text.len && s[GB(0)] == '-'))
            return true;
    }
    int64_t cents = cents_of(s, GA(2), GB(2), G(4) ? GA(4) : 0, G(4) ? GB(4) : 0);
    if (cents < 0)
        return true;
    /* "€ 2022" is rather a heading of a year column */
    if (!G(4) && GB(2) - GA(2) == 4 && cents >= 190000 && cents <= 210000)
        return true;
    /* OCR: a table row's letter cell read "€" ("… principal 2e cl. € 2 2
       p/8oe 2,00", the category C): a sign before a lone number of one
       or two digits with another number cell after it on the line is
       no amount */
    if (!G(4) && GB(2) - GA(2) <= 2) {
        size_t q = GB(2);
        while (q < c->text.len && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (q > GB(2) && q < c->text.len && s[q] >= '0' && s[q] <= '9')
            return true;
    }
    if (nf)
        return add_cur(c, v, GA(2) - 3, G(4) ? GB(4) : GB(2), cents, "FRF");
    return add(c, v, GA(1), G(4) ? GB(4) : GB(2), cents);
}

/* "… euros et quatre-vingt-deux centimes", "… FRANCS CINQUANTE
   CENTIMES" (without "et"): the cents in words after the euros ending
   at e (blanks and one line end apart; nothing but number words before
   "centimes"); their value 1..99 with *end after "centimes", else -1 */
static int cents_words_after(const char *s, size_t n, size_t e, size_t *end)
{
    char w[16];
    size_t p = e, nl = 0;
    while (p < n && (s[p] == ' ' || s[p] == '\t' || (s[p] == '\n' && nl++ < 1)))
        p++;
    size_t wl = ex_num_fold_word(s + p, n - p, w, sizeof w);
    if (!wl)
        return -1;
    if (wl == 2 && !strcmp(w, "et"))
        p += wl;
    /* the number words up to "centime(s)", at most 48 bytes on */
    for (size_t q = p; q < n && q < p + 48; q++) {
        if (q > 0 && ex_num_is_letter(s + q - 1, 1))
            continue;
        wl = ex_num_fold_word(s + q, n - q, w, sizeof w);
        if (!wl || (strcmp(w, "centime") && strcmp(w, "centimes")))
            continue;
        size_t a = p, b = q, used;
        while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n'))
            a++;
        /* OCR: a speck opening the next line ("euros et" / ": cinquante
           centimes") */
        if (a > p && a + 1 < b && s[a - 1] == '\n' && (s[a] == ':' || s[a] == ';' || s[a] == '.' || s[a] == '|')
            && (s[a + 1] == ' ' || s[a + 1] == '\t'))
            for (a++; a < b && (s[a] == ' ' || s[a] == '\t');)
                a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n'))
            b--;
        long long val = b > a ? ex_number_words(s + a, b - a, &used) : -1;
        if (val < 1 || val > 99 || used != b - a)
            return -1;
        *end = q + wl;
        return (int)val;
    }
    return -1;
}

/* OCR of a double-spaced page: one blank line between two number words
   of one amount ("huit mille\n\ncinq cents euros"): the gap [a, b) is
   blanks and exactly two line ends, and the word at b starts in lower
   case (no sentence or heading starts so) */
static bool blank_line_in_number(const char *s, size_t a, size_t b)
{
    if (!(s[b] >= 'a' && s[b] <= 'z'))
        return false;
    int nl = 0;
    for (size_t k = a; k < b; k++) {
        if (s[k] == '\n')
            nl++;
        else if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
            return false;
    }
    return nl == 2;
}

/* The amount in words ending at the currency word s[q..eb) ("euros",
   "d'euros", "francs"; q after what is no number): the longest run of 1
   to 8 words before q read whole as a number, not starting with
   "million", "milliard" or "et"; cents in words may follow.  Adds it
   in the currency cur. */
static bool words_before(ex_call *c, amount_vec *v, size_t q, size_t eb, const char *cur)
{
    const char *s = c->text.s;
    size_t n = c->text.len;
    size_t starts[8], ends[8], ns = 0, wa, wb, speck = 0;
    size_t last_end = 0;
    while (ns < 8) {
        if (!ex_num_prev_word(s, q, false, &wa, &wb)) {
            /* OCR: a speck standing alone between two words
               ("quinze mille . euros", "mille\n‘\neuros") */
            size_t k = ex_num_word_speck(s, q);
            if (!k || !ex_num_prev_word(s, k, false, &wa, &wb))
                break;
            if (!speck)
                speck = ns + 1;    /* words ns.. have a speck after them */
        } else if (ns && !speck && blank_line_in_number(s, wb, q)) {
            speck = ns + 1;        /* read the words one blank apart */
        }
        if (!ns)
            last_end = wb;
        starts[ns] = wa;
        ends[ns++] = wb;
        q = wa;
    }
    for (size_t j = ns; j-- > 0;) {
        size_t used, len = last_end - starts[j];
        char fw[16];
        ex_num_fold_word(s + starts[j], n - starts[j], fw, sizeof fw);
        if (!strcmp(fw, "et") || !strncmp(fw, "million", 7) || !strncmp(fw, "milliard", 8))
            continue;
        const char *ws = s + starts[j];
        char joined[256];
        if (speck && j + 1 >= speck) {
            /* the words without the specks, one blank apart */
            size_t o = 0;
            for (size_t k = j + 1; k-- > 0;) {
                size_t wl = ends[k] - starts[k];
                if (o + wl + 1 >= sizeof joined) {
                    o = 0;
                    break;
                }
                if (k != j)
                    joined[o++] = ' ';
                memcpy(joined + o, s + starts[k], wl);
                o += wl;
            }
            if (!o)
                continue;
            joined[o] = 0;
            ws = joined;
            len = o;
        }
        long long val = ex_number_words(ws, len, &used);
        if (!(val > 0 && used == len) && j > 0)
            val = ex_number_words_ocr(ws, len, &used);   /* "einq" (OCR) */
        if (val > 0 && used == len && val <= INT64_MAX / 100 - 99) {
            size_t ce;
            int ct = cents_words_after(s, n, eb, &ce);
            return add_cur(c, v, starts[j], ct > 0 ? ce : eb,
                           (int64_t)val * 100 + (ct > 0 ? ct : 0), cur);
        }
    }
    return true;
}

/* Amounts in words, found from each "euro" of the text: "un million
   d'euros", "mille deux cents euros", "trois milliards d'euros" (OCR
   "d'eurôs").  The number is the longest run of 1 to 8 words before
   "euros" (or "d'euros") read whole as a number; it may not start with
   "million", "milliard" or "et" ("en millions d'euros" is a unit). */
static bool words(ex_call *c, amount_vec *v)
{
    const char *s = c->text.s;
    size_t n = c->text.len;
    /* "eur", "EUR", "Eur" in one pass (the amounts found are sorted by
       span afterwards; the hits never overlap): each 'u' or 'U' (eight
       bytes at a time) with the letters around it */
    {
        size_t i = 1;
        for (;;) {
#ifdef EX_SIMD
            /* 16 'u' a step: only one after an e and before an r
               (caseless) passes the test below (loads from i - 1 to
               i + 16, inside the view and its NUL) */
            while (i + 17 <= n) {
                const char *p = s + i - 1;
                const __m128i m = _mm_and_si128(
                    _mm_and_si128(ex_v_eq(ex_v_low(ex_v_load(p)), 'e'),
                                  ex_v_eq(ex_v_low(ex_v_load(p + 1)), 'u')),
                    ex_v_eq(ex_v_low(ex_v_load(p + 2)), 'r'));
                unsigned k = ex_v_mask(m);
                if (k) {
                    i += (size_t)__builtin_ctz(k);
                    break;
                }
                i += 16;
            }
#endif
            /* the next 'u' / 'U' at or after i (i >= 1), or n */
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                uint64_t x = (w | UINT64_C(0x2020202020202020)) ^ UINT64_C(0x7575757575757575);
                if ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080))
                    break;      /* a byte of w is 'u' or 'U' (here or after) */
                i += 8;
            }
            while (i < n && (s[i] | 0x20) != 'u')
                i++;
            if (i + 1 >= n)
                break;
            size_t h = i - 1;
            i++;
            if (!(s[h] == 'e' && s[h + 1] == 'u' && s[h + 2] == 'r')
                && !(s[h] == 'E' && ((s[h + 1] == 'U' && s[h + 2] == 'R')
                                     || (s[h + 1] == 'u' && s[h + 2] == 'r'))))
                continue;
            size_t ea = h;
            if (ea > 0 && ex_num_is_letter(s + ea - 1, 1))
                continue;
            char w[16];
            size_t wl = ex_num_fold_word(s + ea, n - ea, w, sizeof w);
            if (!wl || (strcmp(w, "euro") && strcmp(w, "euros")))
                continue;
            size_t eb = ea + wl, q = ea;
            /* d' / d’ before euros */
            if (q >= 2 && s[q - 1] == '\'' && (s[q - 2] == 'd' || s[q - 2] == 'D'))
                q -= 2;
            else if (q >= 4 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80
                     && (unsigned char)s[q - 1] == 0x99 && (s[q - 4] == 'd' || s[q - 4] == 'D'))
                q -= 4;
            if (!words_before(c, v, q, eb, "EUR"))
                return false;
        }
    }
    return true;
}

/* the word after p (blanks apart) folds to w */
static bool word_after_is(const char *s, size_t n, size_t p, const char *w)
{
    char f[16];
    while (p < n && (s[p] == ' ' || s[p] == '\t'))
        p++;
    return p < n && ex_num_fold_word(s + p, n - p, f, sizeof f) && !strcmp(f, w);
}

/* Amounts in words in francs (acts before 2002): "quarante-deux mille
   cinq cents francs", "deux millions de francs", "un franc symbolique".
   Not "francs-tireurs", "francs CFA"; "franc" (singular: "un franc
   succès" is praise) only where money is spoken of. */
static bool francs_words(ex_call *c, amount_vec *v)
{
    const char *s = c->text.s;
    size_t n = c->text.len;
    /* each 'f' and each 'F' found by memchr(), then its 'r' (a test at
       every byte of the text cost 5% of a whole extraction) */
    static const char first[] = {'f', 'F'};
    for (int k = 0; k < 2; k++) {
        for (const char *p = memchr(s, first[k], n); p; p = memchr(p + 1, first[k], (size_t)(s + n - p - 1))) {
            size_t i = (size_t)(p - s);
            if (i + 5 > n || (s[i + 1] | 0x20) != 'r' || (i > 0 && ex_num_is_letter(s + i - 1, 1)))
                continue;
            char w[16];
            size_t wl = ex_num_fold_word(s + i, n - i, w, sizeof w);
            if (!wl || (strcmp(w, "franc") && strcmp(w, "francs")))
                continue;
            size_t eb = i + wl;
            size_t oe;
            if (eb < n && s[eb] == '-')
                continue;
            /* "deux millions huit cent cinquante mille francs CFP": XPF,
               the span to "CFP"; other francs (CFA, suisses) are none */
            int of = other_franc(s, n, eb, &oe);
            if (of == 2)
                continue;
            if (!strcmp(w, "franc") && !money_context(c, i) && !tax_after(c, eb)
                && !word_after_is(s, n, eb, "symbolique"))
                continue;
            /* "deux millions de francs": "de" after million(s)/milliard(s) */
            size_t q = i, wa, wb, pa, pb;
            char f[16];
            if (ex_num_prev_word(s, q, false, &wa, &wb)
                && ex_num_fold_word(s + wa, wb - wa, f, sizeof f) && !strcmp(f, "de")
                && ex_num_prev_word(s, wa, false, &pa, &pb)
                && ex_num_fold_word(s + pa, pb - pa, f, sizeof f)
                && (!strncmp(f, "million", 7) || !strncmp(f, "milliard", 8)))
                q = wa;
            /* "DIX-SEPT MILLE NOUVEAUX FRANCS": the number before the
               adjective of the francs of 1960 */
            else if (q == i && ex_num_prev_word(s, q, false, &wa, &wb)
                     && ex_num_fold_word(s + wa, wb - wa, f, sizeof f)
                     && (!strcmp(f, "nouveaux") || !strcmp(f, "anciens")))
                q = wa;
            if (!words_before(c, v, q, of == 1 ? oe : eb, of == 1 ? "XPF" : "FRF"))
                return false;
        }
    }
    return true;
}

/* character column of view offset p on its line */
static size_t column(const ex_text *t, size_t line_start, size_t p)
{
    size_t col = 0;
    for (size_t i = line_start; i < p; i++)
        if (((unsigned char)t->s[i] & 0xC0) != 0x80)
            col++;
    return col;
}

/* a table's total row: "Total", "TOTAL GÉNÉRAL", "Sous-total" */
static bool total_row(const ex_text *t, const ex_line *l)
{
    size_t i = l->start;
    while (i < l->end && (t->s[i] == ' ' || t->s[i] == '\t'))
        i++;
    size_t m = ex_match_fold(t->s + i, l->end - i, "sous-total");
    if (!m)
        m = ex_match_fold(t->s + i, l->end - i, "total");
    return m && (i + m >= l->end || !ex_num_is_letter(t->s + i + m, l->end - i - m));
}

/* a row of rows left out: "(…)", "…", "(...)", "..." alone on its line */
static bool ellipsis_row(const char *s, size_t a, size_t b)
{
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b - a >= 2 && s[a] == '(' && s[b - 1] == ')')
        a++, b--;
    return (b - a == 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80
            && (unsigned char)s[a + 2] == 0xA6)
        || (b - a == 3 && !memcmp(s + a, "...", 3));
}

/* a section caption inside a table: letters in capitals only (3 at
   least), blanks and apostrophes, no digit ("SECTION DE FONCTIONNEMENT",
   "SECTION D'INVESTISSEMENT") */
static bool caption_line(const char *s, size_t a, size_t b)
{
    size_t letters = 0;
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z')
            letters++;
        else if (ch == 0xC3 && i + 1 < b && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] < 0x9F)
            letters++, i++;
        else if (ch != ' ' && ch != '\'' && ch != '-')
            return false;
    }
    return letters >= 3;
}

/* a cell start in a row of a sentence table: the sign or the first
   digit one blank after a label's letter or ")" ("… assimilés 1 618
   000,00", "(opérations d'ordre) - 8 400,00") */
static bool label_cell(const char *s, size_t i, size_t a)
{
    if (i < a + 2 || s[i - 1] != ' ')
        return false;
    unsigned char ch = (unsigned char)s[i - 2];
    return ch == ')' || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
        || (ch >= 0x80 && ch < 0xC0 && i >= a + 3 && (unsigned char)s[i - 3] == 0xC3);
}

/* "… arrêté par chapitre comme suit (en euros) :" ending a sentence's
   line, then a table of 2+ blank gaps (a header line of words, rows of
   a label and number cells): every number cell after a gap of 2+
   blanks, with its decimals, is an amount; "- 12 500,00" (a minus
   before it) a negative one.  The table ends at a blank line after its
   rows or a line of prose. */
static bool sentence_table(ex_call *c, PCRE2_SIZE *ov, size_t li, amount_vec *v)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *hl = &t->lines[li];
    size_t q = GB(0);
    while (q < hl->end && (s[q] == ' ' || s[q] == ':'))
        q++;
    if (q < hl->end || GB(0) - GA(0) < 8 || ((s[GA(0) + 1] | 0x20) != 'e' && (s[GA(0) + 1] | 0x20) != 'm'))
        return true;        /* "(en euros)", "(montants en euros)" ending its line only */
    size_t rows = 0, k = li + 1;
    if (k < t->nlines && (t->lines[k].flags & EX_LINE_BLANK))
        k++;
    for (bool head = true; k < t->nlines && rows < 200; k++, head = false) {
        const ex_line *l = &t->lines[k];
        if (l->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            break;
        size_t got = 0;
        bool gap = false;
        for (size_t i = l->start; i + 2 < l->end; i++)
            gap |= s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ';
        if (!gap) {
            if (!head && ellipsis_row(s, l->start, l->end))
                continue;   /* "(…)": rows left out, the table goes on */
            if (ex_rule_chars(s, l->start, l->end, "-=_") >= 5)
                continue;   /* "-------" under the header */
            /* " SECTION DE FONCTIONNEMENT" over rows */
            if (!head && k + 1 < t->nlines && !(t->lines[k + 1].flags & EX_LINE_BLANK)
                && caption_line(s, l->start, l->end))
                continue;
            break;          /* prose: the table ended */
        }
        /* "TOTAL 1 200 000,00    419 175,13": the first cell one blank
           after the total word */
        size_t tc = SIZE_MAX;
        if (!head && total_row(t, l)) {
            tc = l->start;
            while (tc < l->end && !(s[tc] >= '0' && s[tc] <= '9'))
                tc++;
        }
        for (size_t i = l->start; i < l->end;) {
            /* a cell: 2+ blanks before it, a digit or "- " and a digit */
            if (!(i >= l->start + 2 && s[i - 1] == ' ' && s[i - 2] == ' ') && i != tc
                && !(!head && label_cell(s, i, l->start))) {
                i++;
                continue;
            }
            size_t a = i;
            bool neg = false;
            /* a signed cell: "- 8 400,00", "+ 15 000,00", "+8 400,00" */
            if ((s[a] == '-' || s[a] == '+') && a + 2 < l->end) {
                size_t d = a + 1 + (s[a + 1] == ' ');
                if (s[d] >= '0' && s[d] <= '9') {
                    neg = s[a] == '-';
                    a = d;
                }
            }
            if (!(s[a] >= '0' && s[a] <= '9')) {
                i++;
                continue;
            }
            size_t e = a;
            while (e < l->end) {
                if (s[e] >= '0' && s[e] <= '9')
                    e++;
                else if (s[e] == ' ' && e + 3 < l->end && s[e + 1] >= '0' && s[e + 1] <= '9' && s[e + 2] >= '0'
                         && s[e + 2] <= '9' && s[e + 3] >= '0' && s[e + 3] <= '9'
                         && (e + 4 >= l->end || !(s[e + 4] >= '0' && s[e + 4] <= '9')))
                    e += 4;
                else
                    break;
            }
            /* the decimals: a comma and two digits, then a gap or the end */
            if (!(e + 2 < l->end + 0 && s[e] == ',' && s[e + 1] >= '0' && s[e + 1] <= '9' && s[e + 2] >= '0'
                  && s[e + 2] <= '9' && (e + 3 >= l->end || s[e + 3] == ' '))) {
                i = e > i ? e : i + 1;
                continue;
            }
            int64_t cents = cents_of(s, a, e, e + 1, e + 3);
            if (cents >= 0 && !add(c, v, i, e + 3, neg ? -cents : cents))
                return false;
            got++;
            i = e + 3;
        }
        if (!got && !head)
            break;
        rows += got > 0;
    }
    return true;
}

/* ---- a table whose column gaps OCR collapsed ---------------------- */


/* an OCR speck beside a table's numbers */
static bool flat_speck(char ch)
{
    return ch == '.' || ch == ':' || ch == ';' || ch == '|' || ch == '+';
}

/* A number token of a row's last cells: digits s[a..ib) (nd of them),
   ",dd" decimals up to b when dec, a minus before it when neg. */
typedef struct flat_tok {
    size_t m, a, ib, b, nd;     /* m: the minus, or a */
    bool dec, neg, zero;
} flat_tok;

#define FLAT_MAXTOK 24

/* exactly 3 digits before the '-' at p, a blank or the line's start
   [ls, ...) before them ("1 020-000,00") */
static bool dash_group(const char *s, size_t ls, size_t p)
{
    return p >= ls + 3 && ex_is_digit(s[p - 1]) && ex_is_digit(s[p - 2]) && ex_is_digit(s[p - 3])
        && (p == ls + 3 || s[p - 4] == ' ' || s[p - 4] == '\t');
}

/* The run of number tokens, one blank or more apart, that ends the line
   [ls, le) ("Vitry-le-Verdoyer 562 100 209400 352 700", "Charges de
   personnel - 12 500,00"), left to right in tk; a speck '.' after the
   last decimals is passed over.  0 when the line ends with no number. */
static size_t flat_run(const char *s, size_t ls, size_t le, flat_tok *tk)
{
    size_t n = 0, e = le;
    bool paren = false;     /* the last cell a negative in brackets */
    /* OCR specks after the last number: "187500.", "32500 + :" */
    for (int sp = 0; sp < 4; sp++) {
        while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
        if (e >= ls + 2 && flat_speck(s[e - 1]) && (s[e - 2] == ' ' || (ex_is_digit(s[e - 2]) && s[e - 1] != '+')))
            e--;
        /* OCR: a dash or a quote (' ‘ ’) alone after it (a blank
           before): "455 000,00 : -", "112 000,00 : '" (an empty cell's
           dash after a number: the number is still a cell).  Not
           speck_len(): the dash is no speck in text (it prints a zero),
           and . ; are flat_speck()'s above, glued to the number too */
        else if (e >= ls + 3 && (s[e - 1] == '-' || s[e - 1] == '\'') && s[e - 2] == ' ')
            e--;
        else if (e >= ls + 5 && curly_quote_len(s, e - 3, e) && s[e - 4] == ' ')
            e -= 3;
        /* OCR: a mark alone after it ("38000,00 ©", "112 000,00 < <",
           "24 000,00 *") */
        else if (e >= ls + 4 && s[e - 3] == ' ' && (unsigned char)s[e - 2] == 0xC2
                 && ((unsigned char)s[e - 1] == 0xA9 || (unsigned char)s[e - 1] == 0xAE))
            e -= 2;
        else if (e >= ls + 3 && s[e - 2] == ' ' && (s[e - 1] == '*' || s[e - 1] == '<' || s[e - 1] == '>'
                                                   || s[e - 1] == '~' || s[e - 1] == '=' || s[e - 1] == '_'))
            e--;
        else
            break;
    }
    /* the last cell a negative in brackets: "… en cours (12 900,00)" */
    if (e >= ls + 4 && s[e - 1] == ')' && ex_is_digit(s[e - 2])) {
        paren = true;
        e--;
    }
    while (e > ls && ex_is_digit(s[e - 1])) {
        flat_tok x = {0};
        x.b = e;
        size_t q = e;
        while (q > ls && ex_is_digit(s[q - 1]))
            q--;
        x.ib = e;
        if (e - q == 2 && q >= ls + 2 && s[q - 1] == ',' && ex_is_digit(s[q - 2])) {
            x.dec = true;
            x.ib = q - 1;
            q--;
            while (q > ls && ex_is_digit(s[q - 1]))
                q--;
        }
        x.a = q;
        x.nd = x.ib - q;
        x.zero = x.nd > 1 && s[q] == '0';
        /* the bracket opening a negative last cell, or a minus glued
           to a cell's head ("… bâtiments -2 300,00"), a blank or the
           line's start before it */
        if (q > ls && ((paren && s[q - 1] == '(') || s[q - 1] == '-')
            && (q - 1 == ls || s[q - 2] == ' ' || s[q - 2] == '\t')) {
            if (n == FLAT_MAXTOK || (paren && s[q - 1] == '-'))
                break;
            paren = false;
            x.neg = true;
            x.m = q - 1;
            tk[n++] = x;
            e = q - 1;
            while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t'))
                e--;
            continue;
        }
        /* a token stands alone: a blank or the line's start before it;
           or a group of 3 digits after a '.' separator ("1.148 880"),
           or OCR's '-' for the blank between two groups of 3 digits
           before decimals ("1 020-000,00"; not "2024-500,00") */
        bool dot = x.nd == 3 && q >= ls + 2 && (s[q - 1] == '.' || (s[q - 1] == '-' && x.dec && dash_group(s, ls, q - 1)))
                   && ex_is_digit(s[q - 2]);
        /* OCR: specks glued before the row's first token, a blank or
           the line's start before them ("Investissement 1 036 200,00
           ‘1 036 200,00", "Fonctionnement _.2418650,00") */
        size_t sq = q;
        if (!dot && q > ls && s[q - 1] != ' ' && s[q - 1] != '\t') {
            for (int sp = 0; sp < 2 && sq > ls; sp++) {
                if (sq >= ls + 3 && curly_quote_len(s, sq - 3, sq))
                    sq -= 3;
                else if (s[sq - 1] == '_' || s[sq - 1] == '\'' || (s[sq - 1] == '.' && sp))
                    sq--;
                else if (s[sq - 1] == '.' && sq >= ls + 2 && !ex_is_digit(s[sq - 2]))
                    sq--;
                else
                    break;
            }
            if (sq == q || (sq > ls && s[sq - 1] != ' ' && s[sq - 1] != '\t'))
                sq = q;
        }
        if (x.nd == 0 || (sq > ls && s[sq - 1] != ' ' && s[sq - 1] != '\t' && !dot) || n == FLAT_MAXTOK)
            break;
        q = sq;
        if (dot) {
            x.m = x.a;
            tk[n++] = x;
            e = q - 1;
            continue;
        }
        while (q > ls && (s[q - 1] == ' ' || s[q - 1] == '\t'))
            q--;
        /* a speck alone between two numbers: "48,00 : 52,00" */
        if (q >= ls + 3 && flat_speck(s[q - 1]) && s[q - 2] == ' ' && ex_is_digit(s[q - 3]))
            q -= 2;
        /* OCR: a dash or a dot glued after a cell's decimals, a blank
           after it ("3454 850,00- 3 454 850,00", "120,00. 120,00") */
        else if (q >= ls + 5 && (s[q - 1] == '-' || s[q - 1] == '.') && ex_is_digit(s[q - 2]) && ex_is_digit(s[q - 3])
                 && s[q - 4] == ',' && ex_is_digit(s[q - 5]))
            q--;
        x.m = x.a;
        if (q > ls && s[q - 1] == '-' && (q - 1 == ls || s[q - 2] == ' ')) {
            x.neg = true;
            x.m = --q;
            while (q > ls && (s[q - 1] == ' ' || s[q - 1] == '\t'))
                q--;
        }
        tk[n++] = x;
        e = q;
    }
    if (paren)
        return 0;   /* no bracket opens it: no cell */
    for (size_t i = 0; i < n / 2; i++) {
        flat_tok x = tk[i];
        tk[i] = tk[n - 1 - i];
        tk[n - 1 - i] = x;
    }
    return n;
}

/* tokens tk[i..j] as one number: a head of 1-3 digits (4 before
   decimals: OCR lost a blank, "1250 000,00"), groups of 3 digits,
   decimals on the last one only, a minus on the head only; a cell
   alone may have more digits (OCR lost its blanks: "1245300"). */
static bool flat_cell(const flat_tok *tk, size_t i, size_t j, bool dec)
{
    if (tk[i].zero || (dec && !tk[j].dec))
        return false;
    if (i == j)
        return tk[i].nd <= 12;
    if (tk[i].nd > (tk[j].dec ? 4u : 3u) || tk[i].dec)
        return false;
    for (size_t k = i + 1; k <= j; k++)
        if (tk[k].nd != 3 || tk[k].neg || (k < j && tk[k].dec))
            return false;
    return true;
}

/* The cuts of a row's tokens into cells: cut[i][r] is the best cut of
   tk[i..n) into r cells, the one whose cells hold the most even token
   counts (least sum of squares: "250 300 12 100 238 200" in three cells
   is 250 300 / 12 100 / 238 200); ways > 1 when two cuts tie. */
typedef struct flat_cut {
    unsigned cost, ways;    /* ways 0: no cut */
    unsigned char j;        /* the first cell's last token */
} flat_cut;

static void flat_cuts(const flat_tok *tk, size_t n, bool dec, flat_cut cut[][FLAT_MAXTOK + 1])
{
    for (size_t i = n + 1; i-- > 0;)
        for (size_t r = 0; r <= n; r++) {
            flat_cut *x = &cut[i][r];
            *x = (flat_cut){0, i == n && r == 0, 0};
            if (i == n || r == 0)
                continue;
            for (size_t j = i; j < n && j < i + 5; j++) {
                const flat_cut *y = &cut[j + 1][r - 1];
                if (!y->ways || !flat_cell(tk, i, j, dec))
                    continue;
                unsigned cost = y->cost + (unsigned)((j - i + 1) * (j - i + 1));
                if (!x->ways || cost < x->cost)
                    *x = (flat_cut){cost, y->ways, (unsigned char)j};
                else if (cost == x->cost)
                    x->ways = 2;
            }
        }
}

/* The fewest cells a row's run can be cut into, using its tokens from
   the first one that allows a cut (a label may end with a number); 0
   when none does.  *from: that first token. */
static size_t flat_fewest(size_t n, flat_cut cut[][FLAT_MAXTOK + 1], size_t *from)
{
    for (size_t i = 0; i < n; i++)
        for (size_t r = 1; r <= n - i; r++)
            if (cut[i][r].ways) {
                *from = i;
                return r;
            }
    return 0;
}

/* A money table with no 2+ blank gap left (OCR collapsed them, and may
   have put a blank line between the rows): its first row's line on.
   Each row ends with a run of number tokens, cut into the table's cell
   count (its fewest cells when it cannot be).  The amounts: the last
   `last` cells of each row, `last` also being the cell count; 0: every
   cell, the count being the most cells a row needs.  A decimals table
   (the first row's run ends with decimals; need_dec: it must) has
   decimals in every cell. */
/* A line of a flattened money table that holds no cell to read but does
   not end the table: a row whose cells carry their own currency ("…
   320,00 € 330,00 €": read by the currency patterns), a section heading
   in capitals ("CIMETIÈRE", "SALLES MUNICIPALES"), a row of a free
   service ("Dispersion des cendres l'acte gratuit gratuit"); a unit may
   follow the currency ("14,30 €/m2", "95,00 € HT").  Any other line of
   words is the table's end. */
static bool flat_neutral(const char *s, size_t ls, size_t le)
{
    /* OCR: specks after the last cell or heading word ("330,00 €:",
       "255,00€,", "CIMETIÈRE . : .", "87,00€."); specks before the first
       word (". Case de …", ": Salle …") */
    for (int sp = 0; sp < 4; sp++) {
        while (le > ls && (s[le - 1] == ' ' || s[le - 1] == '\t'))
            le--;
        if (le > ls + 1 && (flat_speck(s[le - 1]) || s[le - 1] == ','))
            le--;
        else if (le > ls + 2 && s[le - 1] == '-' && s[le - 2] == ' ')
            le--;       /* a dash alone */
        else if (le >= ls + 4 && (unsigned char)s[le - 3] == 0xE2 && (unsigned char)s[le - 2] == 0x80
                 && (unsigned char)s[le - 1] >= 0x98 && (unsigned char)s[le - 1] <= 0x9D && s[le - 4] == ' ')
            le -= 3;    /* a quote alone: ‘ ’ “ ” */
        else
            break;
    }
    for (int sp = 0; sp < 2 && le > ls + 2 && (flat_speck(s[ls]) || s[ls] == '-') && s[ls + 1] == ' '; sp++) {
        ls += 2;
        while (ls < le && s[ls] == ' ')
            ls++;
    }
    if (le - ls < 3)
        return false;
    /* a unit after the currency: "14,30 €/m2", "0,60 €/ml", "95,00 € HT" */
    for (size_t q = le - 1, k = 0; q > ls + 3 && k < 5; q--, k++)
        if (s[q] == '/' || (s[q] == ' ' && (le - q == 3 || le - q == 4)
                            && (!memcmp(s + q + 1, "HT", 2) || !memcmp(s + q + 1, "TTC", 3)))) {
            if ((unsigned char)s[q - 1] == 0xAC || (s[q] == '/' && s[q - 1] == ' ' && (unsigned char)s[q - 2] == 0xAC))
                le = s[q - 1] == ' ' ? q - 1 : q;
            break;
        }
    /* a row of a tariff whose cells say the service is free: "…
       l'acte gratuit gratuit" */
    static const char *const free_words[] = {"gratuit", "gratuite", "gratuits", "gratuites", NULL};
    for (size_t k = 0; free_words[k]; k++) {
        size_t wl = strlen(free_words[k]);
        if (le - ls > wl && !memcmp(s + le - wl, free_words[k], wl) && s[le - wl - 1] == ' ')
            return true;
    }
    /* "… 330,00 €" / "330,00€" */
    if ((unsigned char)s[le - 1] == 0xAC && le - ls >= 5 && (unsigned char)s[le - 2] == 0x82
        && (unsigned char)s[le - 3] == 0xE2) {
        size_t q = le - 3;
        while (q > ls && s[q - 1] == ' ')
            q--;
        return q > ls && ex_is_digit(s[q - 1]);
    }
    /* OCR: a word of one or two lower-case letters (a speck read as
       letters) after the last cell with its currency and unit: "…
       28,60 €/m2 en" */
    if (le - ls >= 10 && s[le - 1] >= 'a' && s[le - 1] <= 'z') {
        size_t w = le - 1;
        while (w > le - 3 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
            w--;
        if (s[w - 1] == ' ' && !(s[w - 2] >= 'a' && s[w - 2] <= 'z')) {
            size_t q = w - 1;
            while (q > ls && s[q - 1] == ' ')
                q--;
            bool cur = false;   /* a "€" among the last 8 bytes before it */
            for (size_t k = q; k > ls + 2 && k + 8 > q && !cur; k--)
                cur = (unsigned char)s[k - 1] == 0xAC && (unsigned char)s[k - 2] == 0x82
                      && (unsigned char)s[k - 3] == 0xE2;
            if (cur)
                return flat_neutral(s, ls, q);
        }
    }
    /* a heading in capitals: letters A-Z or a capital of U+00C0..U+00DE,
       blanks, apostrophes, hyphens, quotes; no digit, no lower case */
    size_t letters = 0;
    for (size_t q = ls; q < le; q++) {
        unsigned char ch = (unsigned char)s[q];
        if (ch >= 'A' && ch <= 'Z')
            letters++;
        else if (ch == 0xC3 && q + 1 < le && (unsigned char)s[q + 1] >= 0x80 && (unsigned char)s[q + 1] <= 0x9E)
            letters++, q++;
        else if (ch == 0xC2 && q + 1 < le && ((unsigned char)s[q + 1] == 0xAB || (unsigned char)s[q + 1] == 0xBB || (unsigned char)s[q + 1] == 0xA0))
            q++;
        else if (ch != ' ' && ch != '\'' && ch != '-')
            return false;
    }
    return letters >= 4;
}

static bool flat_table(ex_call *c, size_t first, size_t last, bool need_dec, int64_t mult, amount_vec *v)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    flat_tok tk[FLAT_MAXTOK];
    flat_cut cut[FLAT_MAXTOK + 1][FLAT_MAXTOK + 1];
    size_t ncell = last, end = first, rows = 0;
    int dec = -1;
    /* pass 1: the rows and the table's cell count */
    for (size_t k = first, blanks = 0, bad = 0, neutral = 0; k < t->nlines && rows < 200; k++) {
        const ex_line *l = &t->lines[k];
        if (l->flags & EX_LINE_BLANK) {
            if (++blanks > 1)
                break;
            continue;
        }
        if (l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) {
            /* a page break's furniture (its page number) with a blank
               line on each side: the table goes on on the next page */
            if (l->flags & EX_LINE_FURNITURE)
                blanks = 0;
            continue;
        }
        size_t n = flat_run(s, l->start, l->end, tk), from;
        /* (a row with its own currency, a heading in capitals, a free
           row: the table goes on, 60 such lines in a row at most) */
        if (!n && ++neutral <= 60 && flat_neutral(s, l->start, l->end)) {
            blanks = 0;
            continue;
        }
        if (!n)
            break;
        neutral = 0;
        if (dec < 0) {
            dec = tk[n - 1].dec;
            if (need_dec && !dec)
                return true;
        }
        flat_cuts(tk, n, dec, cut);
        size_t r = flat_fewest(n, cut, &from);
        /* OCR: one row whose number the scan garbled ("Immobilisations
           corporelles 31270000" in a decimals table) is passed over
           when a row that can be cut follows (pass 2 skips it) */
        if (!r) {
            if (++bad > 1)
                break;
            blanks = 0;
            continue;
        }
        bad = 0;
        if (!last && r > ncell)
            ncell = r;
        blanks = 0;
        rows++;
        end = k + 1;
    }
    /* pass 2: cut each row, add its amounts */
    for (size_t k = first; k < end; k++) {
        const ex_line *l = &t->lines[k];
        if (l->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        size_t n = flat_run(s, l->start, l->end, tk), i = 0, r = ncell;
        flat_cuts(tk, n, dec, cut);
        while (i < n && (r > n - i || !cut[i][r].ways))
            i++;
        if (i == n)
            r = flat_fewest(n, cut, &i);
        if (!r || cut[i][r].ways != 1)
            continue;       /* two cuts as good: no guess */
        for (size_t cell = 0; cell < r; cell++) {
            size_t j = cut[i][r - cell].j;
            if (!last || cell + last >= r) {
                int64_t cents = cents_of(s, tk[i].a, tk[j].ib, tk[j].dec ? tk[j].ib + 1 : 0,
                                         tk[j].dec ? tk[j].b : 0);
                if (cents < 0)      /* "1 020-000,00" */
                    cents = dash_cents(s, tk[i].a, tk[j].ib, tk[j].dec ? tk[j].ib + 1 : 0, tk[j].dec ? tk[j].b : 0);
                size_t cb = tk[j].b + (s[tk[i].m] == '(' && tk[j].b < l->end && s[tk[j].b] == ')');
                if (cents >= 0 && cents <= INT64_MAX / mult
                    && !add(c, v, tk[i].m, cb, (tk[i].neg ? -cents : cents) * mult))
                    return false;
            }
            i = j + 1;
        }
    }
    return true;
}

/* OCR: a money column header whose unit tesseract misread, on a line
   that holds a money header: a column word ("Dépenses", "Recettes",
   "Montant(s)") then "(6)", "(E)", "(C)", "(€", "€)", "6)", "(en 6)",
   "EUR", "euros" ("Dépenses (€)    Recettes (6)").  A bare "6", "E" or
   "C" is none (a parenthesis on one side at least), nor a header the
   patterns read ("(€)", "(en euros)").  The first one in [p, b) of the
   line starting at a: true, [*wa, *ub) the column word to the unit's
   end. */
static bool mangled_header(const char *s, size_t a, size_t p, size_t b, size_t *wa, size_t *ub)
{
    static const char *const words[] = {"depenses", "recettes", "montants", "montant"};
    for (size_t i = p; i < b; i++) {
        unsigned char ch = (unsigned char)s[i] | 0x20;
        if (!(ch == 'd' || ch == 'r' || ch == 'm') || (i > a && (ex_num_is_letter(s + i - 1, 1) || s[i - 1] == '(')))
            continue;
        size_t m = 0;
        for (size_t w = 0; w < sizeof words / sizeof words[0] && !m; w++)
            m = ex_match_fold(s + i, b - i, words[w]);
        if (!m)
            continue;
        size_t q = i + m, u;
        if (q >= b || s[q] != ' ')
            continue;
        while (q < b && s[q] == ' ')
            q++;
        bool open = q < b && s[q] == '(', close = false, real = true;
        q += open;
        if (q + 3 <= b && !memcmp(s + q, "en ", 3))
            q += 3;
        if (q + 3 <= b && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x82
            && (unsigned char)s[q + 2] == 0xAC)
            u = q + 3;
        else if ((u = ex_match_fold(s + q, b - q, "euros")) || (u = ex_match_fold(s + q, b - q, "euro"))
                 || (u = ex_match_fold(s + q, b - q, "eur")))
            u += q;
        else if (q < b && (s[q] == '6' || s[q] == 'E' || s[q] == 'C')) {
            u = q + 1;
            real = false;
        } else
            continue;
        if (u < b && s[u] == ')') {
            close = true;
            u++;
        }
        if (u + 1 < b && (s[u] == '.' || s[u] == ':' || s[u] == ';' || s[u] == ',') && s[u + 1] == ' ')
            u++;        /* a speck after it: "(6)." */
        else if (u + 1 == b && (s[u] == '.' || s[u] == ':' || s[u] == ';' || s[u] == ','))
            u++;
        if ((u < b && s[u] != ' ' && s[u] != '\t') || (open && close && real) || (!real && !open && !close))
            continue;
        *wa = i;
        *ub = u;
        return true;
    }
    return false;
}

/* the money headers of a header line: "(€)", "(€ HT)", "(en euros)",
   OCR "(EHT)" (a parenthesis of 20 bytes at most holding "€", "eur",
   "HT" or "TTC") */
static size_t money_headers(const char *s, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] != '(')
            continue;
        size_t j = i + 1;
        while (j < b && j < i + 20 && s[j] != ')' && s[j] != '(')
            j++;
        if (j >= b || s[j] != ')')
            continue;
        bool money = false;
        for (size_t q = i + 1; q < j && !money; q++)
            money = ((unsigned char)s[q] == 0xE2 && q + 2 < j + 1 && (unsigned char)s[q + 1] == 0x82
                     && (unsigned char)s[q + 2] == 0xAC)
                    || ex_match_fold(s + q, j - q, "eur") || (q + 2 <= j && !memcmp(s + q, "HT", 2))
                    || (q + 3 <= j && !memcmp(s + q, "TTC", 3));
        n += money;
        i = j;
    }
    return n;
}

/* A money header on a line with no column gap (OCR collapsed them):
   "Commune (montants en €) AC 2025 Charges AC 2026" (every cell of the
   rows below), "Bénéficiaire Commune Projet Montant (€)" ending its
   line (the last cells of the rows, one per money header of the line),
   "… comme suit (en euros) :" ending a sentence, then a header line of
   words (every cell with decimals of the rows below it). */
static bool flat_header(ex_call *c, PCRE2_SIZE *ov, size_t li, int64_t mult, bool cut, amount_vec *v)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *hl = &t->lines[li];
    flat_tok tk[FLAT_MAXTOK];
    if (!cut && GB(0) - GA(0) > 9 && (s[GA(0) + 1] | 0x20) == 'm')
        return flat_table(c, li + 1, 0, false, mult, v);
    size_t q = GB(0), wa, ub, more = 0;
    while (q < hl->end && (s[q] == ' ' || s[q] == ':'))
        q++;
    /* OCR: the headers after it misread ("Dépenses (€) Recettes (6)"):
       the last one ends the line */
    for (size_t p = q; p < hl->end && !money_headers(s, q, hl->end)
                       && mangled_header(s, hl->start, p, hl->end, &wa, &ub); p = ub) {
        more++;
        q = ub;
        while (q < hl->end && (s[q] == ' ' || s[q] == ':'))
            q++;
    }
    if (q < hl->end)
        return true;
    /* misread headers before it */
    for (size_t p = hl->start; mangled_header(s, hl->start, p, GA(0), &wa, &ub); p = ub)
        more++;
    size_t k = li + 1;
    if (k < t->nlines && (t->lines[k].flags & EX_LINE_BLANK))
        k++;
    if (cut || (GB(0) - GA(0) >= 8 && (s[GA(0) + 1] | 0x20) == 'e')) {
        /* "(en euros)": a sentence's end when a line of words follows
           (cut: "(montants\nen euros) :" ends li) */
        if (k >= t->nlines || (t->lines[k].flags & EX_LINE_BLANK)
            || flat_run(s, t->lines[k].start, t->lines[k].end, tk))
            return flat_table(c, li + 1, money_headers(s, hl->start, hl->end), false, mult, v);
        return flat_table(c, k + 1, 0, true, mult, v);
    }
    size_t last = money_headers(s, hl->start, hl->end) + more;
    return flat_table(c, li + 1, last ? last : 1, false, mult, v);
}

/* A table row after a blank line inside the table: a label, a 2+ blank
   gap, a number ending the line in a column where a number cell of the
   rows above ended (ends: a bit per column).  OCR puts blank lines
   between rows ("23  Immobilisations en cours  1 020 000,00", a blank
   line, "021  Virement …  296 600,00" right-aligned with a cell above). */
static bool aligned_row(const ex_text *t, const ex_line *l, const unsigned char *ends)
{
    const char *s = t->s;
    size_t e = l->end;
    while (e > l->start && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e == l->start || !(s[e - 1] >= '0' && s[e - 1] <= '9'))
        return false;
    size_t col = column(t, l->start, e);
    if (col >= 256 || !(ends[col / 8] & (1u << (col % 8))))
        return false;
    for (size_t i = l->start; i + 2 < e; i++)
        if (s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')
            return true;
    return false;
}

/* A row of a money table: a cell after a gap of 3+ blanks starts in the
   money column [ca, cb) ("… l'acte        gratuit        gratuit" under
   "(€ TTC)"; column_rows() takes it without a number too) */
static bool word_cell_row(const ex_text *t, const ex_line *l, size_t ca, size_t cb)
{
    const char *s = t->s;
    for (size_t i = l->start; i + 3 < l->end; i++)
        if (s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ' && s[i + 3] == ' ') {
            size_t j = i + 1;
            while (j < l->end && s[j] == ' ')
                j++;
            size_t col = column(t, l->start, j);
            if (j < l->end && col + 2 >= ca && col < cb + 2)
                return true;
            i = j - 1;
        }
    return false;
}

/* A section sub-heading inside a money table: line k holds letters in
   capitals only ("CIMETIÈRE", "RÉGIE DE TRANSPORT « ANCE MOBILITÉS »"),
   3 at least, no digit, no lower-case letter; the next line is a row of
   the table (a cell in the money column [ca, cb): word_cell_row()).
   "Le Maire," or a line of prose is none. */
static bool section_row(const ex_text *t, size_t k, size_t ca, size_t cb)
{
    const char *s = t->s;
    const ex_line *l = &t->lines[k];
    size_t letters = 0;
    for (size_t i = l->start; i < l->end; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z'))
            return false;
        /* UTF-8 Latin-1 letters: 0xC3 0x80-0x9E capitals, 0x9F-0xBF small */
        if (ch == 0xC3 && i + 1 < l->end && (unsigned char)s[i + 1] >= 0x9F)
            return false;
        if ((ch >= 'A' && ch <= 'Z') || ch == 0xC3)
            letters++;
    }
    if (letters < 3 || k + 1 >= t->nlines)
        return false;
    const ex_line *r = &t->lines[k + 1];
    return !(r->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP)) && word_cell_row(t, r, ca, cb);
}

/* A money column: the header cell holding "(€)" spans columns
   [ca, cb) of its line; every number below it, aligned with it, until
   a blank line (unless a total row, a row aligned with the rows above
   or a section sub-heading over rows follows it) or a line without any
   number (a section sub-heading over rows, section_row(), goes on), is
   an amount. */
static bool column_rows(ex_call *c, size_t li, size_t ca, size_t cb, int64_t mult, amount_vec *v);

static bool column_cells(ex_call *c, PCRE2_SIZE *ov, amount_vec *v)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, GA(0));
    if (li >= t->nlines)
        return true;
    const ex_line *hl = &t->lines[li];
    /* the header cell: back to the previous run of 2+ blanks */
    size_t ha = GA(0);
    while (ha > hl->start && !(s[ha - 1] == ' ' && ha - 1 > hl->start && s[ha - 2] == ' ')
           && s[ha - 1] != '\t')
        ha--;
    size_t ca = column(t, hl->start, ha), cb = column(t, hl->start, GB(0));
    /* "Commune (montants en €)" in the first header cell: every column
       right of it holds amounts */
    if (GB(0) - GA(0) > 9 && (s[GA(0) + 1] | 0x20) == 'm') {
        ca = cb + 2;
        cb = SIZE_MAX - 4;
    }
    /* only a header among other cells: a column layout.  OCR: specks
       alone after the last header ("Recettes (€)  :", "(€)  . ;") are
       no cell */
    size_t he = hl->end;
    for (int sp = 0; sp < 4; sp++) {
        while (he > GB(0) && (s[he - 1] == ' ' || s[he - 1] == '\t'))
            he--;
        if (he > GB(0) + 1 && flat_speck(s[he - 1]) && s[he - 2] == ' ')
            he--;
        else
            break;
    }
    bool layout = false;
    for (size_t i = hl->start; i + 2 < he; i++)
        if (s[i] != ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')
            layout = true;
    /* ... or the header alone on its line, indented to its column under
       the column names ("Tarif 2027" over "          (€ TTC)") */
    size_t ind = hl->start;
    while (ind < ha && s[ind] == ' ')
        ind++;
    if (ind == ha && ha - hl->start >= 3 && li > 0 && !(t->lines[li - 1].flags & EX_LINE_BLANK))
        layout = true;
    bool ocr_cur;
    int64_t mult = multiplier(s, GA(1), GB(1), &ocr_cur);
    /* "(montants\nen euros) :" cut by the line end: a sentence's */
    size_t le = ex_line_at(t, GB(0) - 1);
    if (le != li) {
        size_t n0 = v->n;
        if (le >= t->nlines)
            return true;
        if (!sentence_table(c, ov, le, v))
            return false;
        return v->n > n0 || flat_header(c, ov, le, mult, true, v);
    }
    if (!layout) {
        size_t n0 = v->n;
        if (!sentence_table(c, ov, li, v))
            return false;
        return v->n > n0 || flat_header(c, ov, li, mult, false, v);
    }
    if (!column_rows(c, li, ca, cb, mult, v))
        return false;
    /* OCR: the line's misread money headers ("Recettes (6)"), read
       with its first header */
    size_t wa, ub;
    if (money_headers(s, hl->start, GA(0)))
        return true;
    for (size_t p = hl->start; mangled_header(s, hl->start, p, hl->end, &wa, &ub); p = ub) {
        while (wa > hl->start && !(s[wa - 1] == ' ' && wa - 1 > hl->start && s[wa - 2] == ' ')
               && s[wa - 1] != '\t')
            wa--;
        if (!column_rows(c, li, column(t, hl->start, wa), column(t, hl->start, ub), 1, v))
            return false;
    }
    return true;
}

/* The rows below the header line li of a column layout: every number
   aligned with the header cell's columns [ca, cb) is an amount (times
   mult). */
static bool column_rows(ex_call *c, size_t li, size_t ca, size_t cb, int64_t mult, amount_vec *v)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t rows = 0;
    unsigned char ends[32] = {0};   /* the columns where number cells ended */
    for (size_t k = li + 1; k < t->nlines && rows < 200; k++) {
        const ex_line *l = &t->lines[k];
        if (l->flags & EX_LINE_BLANK) {
            /* one blank line before the total row or a row aligned
               with the rows above stays in the table */
            if (k + 1 >= t->nlines
                || !(total_row(t, &t->lines[k + 1]) || aligned_row(t, &t->lines[k + 1], ends)
                     || section_row(t, k + 1, ca, cb)))
                break;
            continue;
        }
        if (l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (section_row(t, k, ca, cb))
            continue;
        bool any = false;
        for (size_t i = l->start; i < l->end;) {
            if (!(s[i] >= '0' && s[i] <= '9')
                || (i > l->start && (ex_num_is_letter(s + i - 1, 1) || s[i - 1] == '_'
                                     || (s[i - 1] >= '0' && s[i - 1] <= '9')))) {
                i++;
                continue;
            }
            /* a number cell: digits with single blank/dot groups, decimals */
            size_t a = i, e = i;
            while (e < l->end) {
                if (s[e] >= '0' && s[e] <= '9')
                    e++;
                else if ((s[e] == ' ' || s[e] == '.') && e + 3 < l->end + 1
                         && e + 3 <= l->end && s[e + 1] >= '0' && s[e + 1] <= '9'
                         && s[e + 2] >= '0' && s[e + 2] <= '9' && s[e + 3] >= '0'
                         && s[e + 3] <= '9' && (e + 4 >= l->end || !(s[e + 4] >= '0' && s[e + 4] <= '9')))
                    e += 4;
                else if (s[e] == '-' && e >= a + 3 && dash_group(s, a, e) && e + 5 < l->end
                         && ex_is_digit(s[e + 1]) && ex_is_digit(s[e + 2]) && ex_is_digit(s[e + 3])
                         && s[e + 4] == ',' && ex_is_digit(s[e + 5]))
                    e += 4;         /* OCR "1 020-000,00" (checked: decimals after) */
                else
                    break;
            }
            size_t ib = e, da = 0, db = 0;
            if (e + 1 < l->end && (s[e] == ',' || s[e] == '.') && s[e + 1] >= '0' && s[e + 1] <= '9') {
                da = e + 1;
                db = da;
                while (db < l->end && db - da < 2 && s[db] >= '0' && s[db] <= '9')
                    db++;
                if (db < l->end && s[db] >= '0' && s[db] <= '9') {
                    i = db;
                    continue;
                }
                e = db;
            }
            any = true;
            i = e;
            /* not a percentage, not already followed by a currency */
            size_t j = e;
            while (j < l->end && s[j] == ' ')
                j++;
            if (j < l->end && (s[j] == '%' || (unsigned char)s[j] == 0xE2))
                continue;
            size_t na = column(t, l->start, a), nb = column(t, l->start, e);
            if (nb < 256)
                ends[nb / 8] |= (unsigned char)(1u << (nb % 8));
            if (nb + 2 <= ca || na >= cb + 2)
                continue;
            int64_t cents = cents_of(s, a, ib, da, db);
            if (cents < 0)      /* "1 020-000,00" */
                cents = dash_cents(s, a, ib, da, db);
            if (cents < 0 || cents > INT64_MAX / mult)
                continue;
            /* a negative cell: the number in brackets, "(12 900,00)",
               or after a minus, "-2 300,00", "− 2 300,00" (one blank at
               most between), the cell opening after a column gap (2+
               blanks, a tab) or at the line's start; the span over the
               brackets or from the sign */
            size_t sa = a, se = e, m = a;
            if (a > l->start && s[a - 1] == '(' && e < l->end && s[e] == ')') {
                sa = a - 1;
                se = e + 1;
            } else {
                if (m > l->start + 1 && s[m - 1] == ' ' && s[m - 2] != ' ')
                    m--;
                if (m > l->start && s[m - 1] == '-')
                    sa = m - 1;
                else if (m >= l->start + 3 && (unsigned char)s[m - 3] == 0xE2 && (unsigned char)s[m - 2] == 0x88
                         && (unsigned char)s[m - 1] == 0x92)
                    sa = m - 3;
            }
            if (sa < a && sa > l->start
                && !(s[sa - 1] == '\t' || (sa >= l->start + 2 && s[sa - 1] == ' ' && s[sa - 2] == ' ')))
                sa = a, se = e;     /* no cell of its own */
            if (!add(c, v, sa, se, sa < a ? -cents * mult : cents * mult))
                return false;
        }
        /* a row whose money cells are words ("Dispersion des cendres
           l'acte   gratuit   gratuit"): a cell after a gap, in the
           money column, keeps the table going */
        if (!any && !word_cell_row(t, l, ca, cb))
            break;
        rows++;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Where a pattern can start (the patterns are anchored, \G): one pass
   lists the offsets where the first characters of each allow a match (a
   necessary condition), and only those are tried, in text order: the
   same matches as a search of the whole text. */

typedef ex_start_vec start_vec;     /* (internal.h) */

/* the bytes of A_AFTER before its currency: the number (digits, OCR
   O o I l, group separators [ .'’:], blanks and line ends), the decimals
   [,.;], the gap; ’ (E2 80 99) is taken in C.  No currency starts with
   one of them. */
static const unsigned char num_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['O'] = 1, ['o'] = 1, ['I'] = 1, ['l'] = 1, [' '] = 1, ['.'] = 1,
    ['\''] = 1, [':'] = 1, ['\t'] = 1, ['\n'] = 1, [','] = 1, [';'] = 1,
};

/* the end of the run of number bytes from p <= n.  s[n] is the view's
   NUL, in no table: it ends the run as p < n did, and a 0xE2 0x80 0x99
   read lies inside s[0, n) (none of its bytes is a NUL) */
static inline size_t num_run(const char *s, size_t n, size_t p)
{
    (void)n;
    for (;;) {
        while (num_byte[(unsigned char)s[p]])
            p++;
        if ((unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
            && (unsigned char)s[p + 2] == 0x99)
            p += 3;
        else
            return p;
    }
}

/* a currency of A_AFTER can start at e: €, [kK], M, (?i:m)illions,
   (?i:e)uros, E, C, £ (a byte >= 0x80 after m/e is let through) */
static inline bool currency_at(const char *s, size_t n, size_t e)
{
    if (e >= n)
        return false;
    unsigned char ch = (unsigned char)s[e];
    unsigned char nx = e + 1 < n ? (unsigned char)s[e + 1] : 0;
    switch (ch) {
    case 0xE2: return nx == 0x82 && e + 2 < n && (unsigned char)s[e + 2] == 0xAC;
    case 0xC2: return nx == 0xA3;   /* OCR's "£" for "€" */
    case 'k': case 'K': case 'M': case 'C': case 'E': case 'F': return true;
    case 'X': return nx == 'P';
    case 'f': return nx == 'r' || nx == 'R';
    case 'm': return nx == 'i' || nx == 'I' || nx >= 0x80;
    case 'e': return nx == 'u' || nx == 'U' || nx >= 0x80;
    default: return false;
    }
}

/* the francs of 1960 at e: "NF", "nouveaux francs", "anciens francs"
   (cur_first[] 2: no other currency starts with N, n, A or a) */
static bool old_franc_at(const char *s, size_t n, size_t e)
{
    unsigned char nx = e + 1 < n ? (unsigned char)s[e + 1] : 0;
    if (s[e] == 'N' || s[e] == 'n')
        return nx == 'F' || ((nx | 0x20) == 'o' && e + 2 < n && (s[e + 2] | 0x20) == 'u');
    return (nx | 0x20) == 'n' && e + 2 < n && (s[e + 2] | 0x20) == 'c';
}

/* the bytes where currency_at() may be true (its first test) */
static const unsigned char cur_first[256] = {
    [0xE2] = 1, [0xC2] = 1, ['k'] = 1, ['K'] = 1, ['M'] = 1, ['C'] = 1, ['E'] = 1, ['F'] = 1, ['f'] = 1,
    ['m'] = 1, ['e'] = 1, ['X'] = 1, ['N'] = 2, ['n'] = 2, ['A'] = 2, ['a'] = 2,
};

static bool is_word_ascii(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* the first bytes: 1 a digit, 2 '(', 3 '€' or 'E' (EUR) */
static const unsigned char first_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['('] = 2, [0xE2] = 3, ['E'] = 3,
};

/* A_AFTER at the digit p once its lookbehind passed: the run of number
   bytes (the same for every digit in it: read once) must end on a
   currency, or on a dash before one.  s[n] is the view's NUL: num_run()
   and cur_first[] stop on it. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))   /* (hot: each digit after a non-digit) */
#endif
static inline unsigned after_kinds(const char *s, size_t n, size_t p, size_t *ra, size_t *rb)
{
    if (!(p >= *ra && p <= *rb)) {
        *ra = p;
        *rb = num_run(s, n, p);
    }
    unsigned char eb = (unsigned char)s[*rb];
    /* currency_at(*rb) is false unless cur_first[] marks its byte (the
       NUL at n included), and the tests after it all need a '-' there:
       nothing else can hold */
    if (!cur_first[eb] && eb != '-')
        return 0;
    if (cur_first[eb] == 2)
        return old_franc_at(s, n, *rb) ? 1u << A_AFTER : 0;
    /* (a dash speck glued before "€" or "euros": "5 500-€", OCR
       "7 622,45-euros") */
    size_t e = *rb;
    if (e + 1 < n && s[e] == '-')
        e += s[e + 1] == ' ' ? 2 : 1;
    if (currency_at(s, n, *rb)
        || (e > *rb && e < n && ((unsigned char)s[e] == 0xE2 || (s[e] | 0x20) == 'e') && currency_at(s, n, e)))
        return 1u << A_AFTER;
    /* (OCR's dash for the last group's blank: "250-000 €", DASH_SEP) */
    if (e == *rb + 1 && e + 3 < n && ex_is_digit(s[e]) && ex_is_digit(s[e + 1])
        && ex_is_digit(s[e + 2]) && currency_at(s, n, num_run(s, n, e)))
        return 1u << A_AFTER;
    return 0;
}

/* A_BEFORE at the digit p after "NF " (francs of 1960: "NF 25 000") */
static inline unsigned nf_kind(const char *s, size_t p)
{
    if (p < 3 || s[p - 2] != 'F' || s[p - 1] != ' ' || s[p - 3] != 'N'
        || (p > 3 && is_word_ascii((unsigned char)s[p - 4])))
        return 0;
    return 1u << A_BEFORE;
}

unsigned ex_amount_after_at(const char *s, size_t n, size_t p, size_t *ra, size_t *rb)
{
    return after_kinds(s, n, p, ra, rb) | nf_kind(s, p);
}

/* The patterns that may start at p (a byte of first_byte), or 0;
   [*ra, *rb]: the last run of number bytes read (start with 1, 0). */
unsigned ex_amount_kinds_at(const char *s, size_t n, size_t p, size_t *ra, size_t *rb)
{
    unsigned char ch = (unsigned char)s[p];
    unsigned kinds = 0;
    unsigned char pv = p ? (unsigned char)s[p - 1] : ' ';
    if (first_byte[ch] == 1) {
        /* (?<![\p{L}\p{N}_]): an ASCII letter, digit or _ before
           excludes it; the run of number bytes (the same for every
           digit in it: read once) must end on a currency */
        if ((!is_word_ascii(pv) && pv != '_') || ex_amount_glued_de(s, p))
            kinds = after_kinds(s, n, p, ra, rb) | nf_kind(s, p);
    } else if (first_byte[ch] == 2) {
        unsigned char nx = p + 1 < n ? (unsigned char)s[p + 1] : 0;
        if (nx == 'e' || nx == 'E' || nx == 'k' || nx == 'K' || nx == 'M' || nx == 'm' || nx == 0xE2)
            kinds |= 1u << A_HEADER;
    } else if (first_byte[ch] == 3 && !is_word_ascii(pv)) {
        /* €[ ]?[0-9], EUR[ ]?[0-9] */
        size_t q = 0;
        if (ch == 0xE2 && p + 2 < n && (unsigned char)s[p + 1] == 0x82
            && (unsigned char)s[p + 2] == 0xAC)
            q = p + 3;
        else if (ch == 'E' && p + 2 < n && s[p + 1] == 'U' && s[p + 2] == 'R')
            q = p + 3;
        if (q && q < n && s[q] == ' ')
            q++;
        if (q && q < n && s[q] >= '0' && s[q] <= '9')
            kinds |= 1u << A_BEFORE;
    }
    return kinds;
}

static bool amount_starts(ex_call *c, start_vec *out)
{
    const char *s = c->text.s;
    size_t n = c->text.len, ra = 1, rb = 0;
    for (size_t p = 0; (p = ex_skip_unmarked(first_byte, s, p, n)) < n; p++) {
        unsigned kinds = ex_amount_kinds_at(s, n, p, &ra, &rb);
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
    return true;
}

static int cmp_amount(const void *pa, const void *pb)
{
    const ex_amount *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    if (a->span.end != b->span.end)
        return a->span.end > b->span.end ? -1 : 1;
    return 0;
}

bool ex_find_amounts(ex_call *c)
{
    const ex_regex *rx = c->eng->amounts;
    amount_vec cand = {0};
    bool ok = true;
    if (!rx)
        return true;
    /* the starts found by the dates' pass (dates.c), or our own pass */
    start_vec starts = c->amount_starts;
    c->amount_starts = (start_vec){0};
    if (!c->amount_starts_done)
        ok = amount_starts(c, &starts);
    for (size_t p = 0; p < NPAT && ok; p++) {
        size_t from = 0, si = 0;
        unsigned bit = 1u << rx[p].kind;
        while (from < c->text.len && ok) {
            /* the next match at or after from */
            int rc = ex_rx_match_starts(c, &rx[p], &starts, &si, from, bit);
            if (rc <= 0)
                break;
            PCRE2_SIZE *ov = ex_ov(c);
            size_t a = ov[0], b = ov[1], before_n = cand.n;
            switch (rx[p].kind) {
            case A_AFTER: ok = after(c, ov, &cand); break;
            case A_BEFORE: ok = before(c, ov, &cand); break;
            case A_HEADER: ok = column_cells(c, ov, &cand); break;
            }
            if (cand.n > before_n || rx[p].kind == A_HEADER) {
                from = b > from ? b : from + 1;
            } else {
                /* rejected: look again just after its start */
                from = a + 1;
                while (from < b && ((unsigned char)c->text.s[from] & 0xC0) == 0x80)
                    from++;
            }
        }
    }
    ex_vec_free(c->alloc, &starts);
    if (ok)
        ok = words(c, &cand);
    if (ok)
        ok = francs_words(c, &cand);
    /* OCR: "F" read "E" in an act in francs ("150 000 E HT, soit 180 900
       F T.T.C."): an amount whose currency is a bare "E" is in francs
       when the text holds amounts in francs and none with a real euro
       sign or word */
    if (ok && cand.n > 1) {
        const char *s = c->text.s;
        size_t frf = 0, eur = 0;
        for (size_t i = 0; i < cand.n; i++) {
            size_t e = cand.v[i].span.end;
            if (!strcmp(cand.v[i].currency, "FRF"))
                frf++;
            else if (!(e >= 2 && s[e - 1] == 'E' && (s[e - 2] == ' ' || ex_is_digit(s[e - 2]))))
                eur++;
        }
        for (size_t i = 0; frf && !eur && i < cand.n; i++)
            cand.v[i].currency = "FRF";
    }
    if (ok && cand.n && !ex_sort_buf(c->alloc, cand.v, cand.n, sizeof *cand.v, cmp_amount)) {
        c->oom = true;
        ok = false;
    }
    if (ok && cand.n) {
        size_t last_end = 0;
        bool have = false;
        for (size_t i = 0; i < cand.n && ok; i++) {
            if (have && cand.v[i].span.start < last_end)
                continue;
            ex_amount *x = ex_vec_push(c->alloc, &c->amounts);
            if (!x) {
                c->oom = true;
                ok = false;
                break;
            }
            *x = cand.v[i];
            last_end = x->span.end;
            have = true;
            x->text = ex_num_text(c, x->span.start, x->span.end);
            if (!x->text) {
                c->oom = true;
                ok = false;
            }
        }
    }
    ex_vec_free(c->alloc, &cand);
    return ok;
}
