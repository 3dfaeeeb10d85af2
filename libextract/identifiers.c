/*
 * identifiers.c - stage identifiers: SIRET, SIREN, ACTES transmission
 * ids, postal codes, phones, e-mails, IBAN, URLs.
 *
 * One global scan per pattern over the whole view; candidates of every
 * kind are then sorted and overlaps settled by priority (an ACTES id
 * holds a SIREN and a date, an e-mail holds a domain...).
 *
 * Values are normalised: no blanks or dots; a phone is its digits
 * ("03.21.21.62.62" -> "0321216262", "+33 3 21 ..." -> "+333 21...").
 * SIRET/SIREN: 14/9 digits, kept when labelled ("SIRET", "SIREN")
 * or, for an unlabelled SIRET, when the Luhn checksum holds.
 * Postal codes: 5 digits followed by a commune name in capitals (or
 * "Cedex"), not after BP/CS/TSA/n°, with a valid department prefix.
 * OCR tolerance: blanks inside ids ("062-2 16274308-..."), "_" read as
 * a blank and O/B/l/I/S read for digits in the numeric parts of an
 * ACTES id ("2024 0B7-AR" -> "2024_087-AR"), "www-" / "www," for "www.".
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    ID_ACTE = 0,    /* priorities: lower wins an overlap */
    ID_EMAIL,
    ID_URL,
    ID_IBAN,
    ID_SIRET,
    ID_SIREN,
    ID_PHONE,
    ID_POSTAL,
    ID_NKINDS
};

static const char *const kind_names[ID_NKINDS] = {
    "acte", "email", "url", "iban", "siret", "siren", "phone", "postal_code"
};

static const ex_pattern id_patterns[] = {
    /* ID : 053-215328105-20231012-2023_36-DE
       044-200098432-20231117-2023_CP_1142-DE, OCR "062-2 16274308-...";
       wrapped by the page layout after a hyphen at a line end
       ("031-200054781-20241115-" / "CP2411078-DE"; OCR specks after the
       hyphen: "20241115- ° ." / "CP2411078-DE"): ACTES_WRAP; OCR ':' for
       the hyphen before the nature ("AR2025 031:AR"), a hyphen doubled
       after the department ("030- -213004716-..."), the nature DE read
       with an accent ("CS2024_23-DÉ": read DE) */
#define ACTES_WRAP "-[ \\t]*(?:(?:[.,:;']|\xC2\xB0)[ \\t]*){0,3}\\n[ \\t]*"
    {ID_ACTE, "(*NO_START_OPT)\\G(?<![0-9A-Za-z])(\\d{2}[0-9AB])(?: ?[-:.](?: ?-)? ?|" ACTES_WRAP ")(\\d(?: ?\\d){8})"
              "(?: ?[-:.][ -]{0,2}|" ACTES_WRAP ")"
              "(\\d(?: ?\\d){7})(?: ?[-:.] ?|" ACTES_WRAP ")([A-Za-z0-9]+(?:(?: ?_ ?|[ .])[A-Za-z0-9]+){0,5})"
              "(?: ?[-:] ?|" ACTES_WRAP ")([A-Z]{2}|D\xc3\x89)(?![A-Za-z0-9])"},
    /* a domain's letters; OCR puts accents on some ("contact@térres-x.bzh":
       no domain of these documents has one, the value drops them), and
       reads the dot before the top-level domain ':' ("x-caux:fr") */
#define DOM "[A-Za-z0-9àâäçèéêëîïôöùûü-]"
#define OCR_TLD ":(?:fr|com|org|net|eu|bzh|info)(?![A-Za-z0-9])"
    /* mairie@villiers-sur-erve.fr; OCR puts a blank before or after the
       '@' ("secretariat @mairie-x.fr"): then all in lower case only (no
       "Instagram @ville.officielle"), the value without the blank */
    {ID_EMAIL, "(*NO_START_OPT)\\G(?<![A-Za-z0-9._%+-])(?:[A-Za-z0-9][A-Za-z0-9._%+-]*@" DOM "+"
               "(?:\\." DOM "+)*(?:\\.[A-Za-z]{2,}|" OCR_TLD ")"
               "|[a-z0-9][a-z0-9._%+-]*(?: @|@ )[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?![A-Za-z0-9]))"},
    /* www.telerecours.fr, https://www.x.fr/a/b, OCR www-telerecours.fr,
       OCR "https:/www.x.fr", "https//www.x.fr" (one slash or the colon
       lost), OCR "htips://", "htlps://" (the second t read i, l or 1) */
    {ID_URL, "(*NO_START_OPT)\\G(?i)(?<![A-Za-z0-9@./-])(?:ht[til1]ps?(?::/{1,2}|//)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
             "|www[.,-]" DOM "+(?:\\." DOM "+)*(?:\\.[A-Za-z]{2,}|" OCR_TLD "))"
             "(?:/[^\\s<>\"«»]*)?"},
    /* FR76 3000 1007 9412 3456 7890 185 */
    {ID_IBAN, "(*NO_START_OPT)\\G(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
              "(?![A-Za-z0-9])"},
    /* 226 200 012 00012, 214 401 556\n00011, 22620001200012, OCR specks
       before the line end ("200 067 312 … .\n00013"); OCR: a speck
       between two digit groups ("518 735 907. 00017", "518 735 907 ,00017"),
       kept only when the Luhn key holds (siret_speck()); OCR: the NIC
       cut 3 + 2 ("483 172 052 000 19"), kept only labelled "SIRET" and
       when the Luhn key holds */
#define SIRET_SEP "(?:[ .:]?| ?[-.:,;'|] ?)"
    {ID_SIRET, "(*NO_START_OPT)\\G(?<![\\dA-Za-z])(?<!\\d[.,])\\d[\\dOlI]{2}" SIRET_SEP "[\\dOlI]{3}" SIRET_SEP "[\\dOlI]{3}"
               "(?:[ .:]| ?[-.:,;'|] ?|\\s*(?:[.:\xe2\x80\xa6]\\s*){0,3}\\n\\s*)?(?:[\\dOlI]{4}\\d|(?<=\\d )\\d{3} \\d{2})(?![\\dA-Za-z]|[.,]\\d)"},
    /* SIREN 200 041 887, SIREN : 200041887, n° SIREN 200 041 887; the
       RCS number is the SIREN: "RCS de Tours sous le n° 448 319 673",
       "RCS Aix-en-Provence B 448 319 673" (the town: capitalised words
       and their links; Luhn checked in C); OCR: a speck between two
       digit groups ("SIREN : 237 500-012"), kept only when the Luhn key
       holds; one to three specks before the number ("SIREN\n..253 900
       120") */
    {ID_SIREN, "(*NO_START_OPT)\\G(?:(?i:\\bSIREN\\b)\\s*(?:n°\\s*)?:?(?:\\s*[.,;:'_]{1,3}(?=\\h*\\d))?"
               "|RCS(?:\\h+de\\h+|\\h+d'|\\h*:?\\h*)\\p{Lu}[\\p{L}'\xe2\x80\x99-]*"
               "(?:\\h+(?:\\p{Lu}[\\p{L}'\xe2\x80\x99-]*|sur|en|de|les?|la)){0,4}?,?"
               "(?:\\h+sous\\h+(?:le\\h+)?(?:n°|num\xc3\xa9ro|numero))?(?:\\h+[AB])?)"
               "\\s*(\\d{3}(?: ?| ?[-.:,;'|] ?)\\d{3}(?: ?| ?[-.:,;'|] ?)\\d{3})(?! ?\\d)"},
    /* 03.21.21.62.62, 02 43 98 41 07, +33 (0)3 21 21 62 62, 0321216262;
       before 1996, eight digits in pairs: "(16) 45 12 34 56",
       "Tél. 45.12.34.56" (group 2; checked in C: old_phone()); six
       digits after a phone label, New Caledonia's "Tél. : 45 52 00" (group
       2 too);
       OCR/layout: a line break between two pairs, a speck before it
       ("(04 67 .\n83 46 10"), a ':' for a '.' ("03.85:47.12.60") */
#define PH_SEP "(?:[ .:-]?|[ \\t]*(?:[./][ \\t]*)?\\n[ \\t]*)"
    {ID_PHONE, "(*NO_START_OPT)\\G(?<![\\dA-Za-z+])(?:(?:(\\+33|0033)\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:" PH_SEP "[\\dOlI]{2}){3}" PH_SEP "[\\dOlI]\\d"
               "|([1-9]\\d([ .])\\d{2}(?:\\3\\d{2}){1,2})"
               /* overseas (group 4): "+262 262 47 18 30" (Réunion; 269 Mayotte,
                  508 Saint-Pierre, 590/594/596 Antilles-Guyane: nine digits),
                  "+689 40 12 34 56" (Polynésie: eight), "+687 27 12 34"
                  (Nouvelle-Calédonie: six) */
               "|(\\+(?:26[29]|508|59[046])\\s?[1-9]\\d{2}(?:" PH_SEP "\\d{2}){3}"
               "|\\+689\\s?\\d{2}(?:" PH_SEP "\\d{2}){3}|\\+687\\s?\\d{2}(?:" PH_SEP "\\d{2}){2}))(?![\\dA-Za-z])"},
    /* 62018 ARRAS CEDEX 9, 59014 Lille Cédex, 53200 CHÂTEAU-GONTIER,
       "4 rue des Tanneurs, 36100\n ISSOUDUN", "4 place du Marché, 24200\n
       Sarlat-la-Canéda,", "4 rue du Canal, 58800\n Corbigny (SIRET …)"
       (the town on the next line after a comma, in capitals, or a
       capitalised word then a hyphen, a comma or a parenthesis) */
    {ID_POSTAL, "(*NO_START_OPT)\\G(?<!\\d)(?<!\\d[.,])(?<!\\d )\\d{5}(?:(?=[ \\t]+(?:\\p{Lu}|Cedex|cedex))"
                "|(?<=, \\d{5})(?=[ \\t]*\\n[ \\t]*(?:\\p{Lu}{2}|\\p{Lu}\\p{Ll}+(?:[-,]|[ ]\\()))"
                /* in brackets after a capitalised town: "SAINT-LOUP (70800)" */
                "|(?<=\\p{L}[ ]\\(\\d{5})(?=\\))"
                /* OCR: a speck between the code and its town, glued or
                   after blanks, the town on the line or the next one, or
                   a blank line before it ("97437. Piton-Sainte-Anne",
                   "31450'Saint-Félix", "24200”\n Sarlat", "36000-Châteauroux",
                   "36100  :\n ISSOUDUN", "31800\n\n Saint-Gaudens", "12740 :.\n\n
                   Malvézie-sur-Dourdou" (two specks, a blank line), the town
                   ending an item "47000.Agen ;"): kept
                   after a street only (postal_speck()) */
                "|(?=(?:[.'’”-][ \\t]*|[ \\t]+[.:;'’”]{1,2}[ \\t]*)(?:\\n[ \\t]*){0,2}(?:\\p{Lu}{2}|\\p{Lu}\\p{Ll}+(?:[-,]|[ ]\\(|[ ]?[;.])))"
                "|(?<=, \\d{5})(?=[ \\t]*\\n[ \\t]*\\n[ \\t]*(?:\\p{Lu}{2}|\\p{Lu}\\p{Ll}+(?:[-,]|[ ]\\()))"
                /* ending its line alone or after a dash: "COMMUNE DE X" /
                   "81140", "Place de la Mairie – 81140" (postal_line()
                   judges) */
                "|(?<=\\n\\d{5}|[–—-] \\d{5})(?=[ \\t]*(?:\\n|$)))"},
};
#define N_ID_PATTERNS (sizeof id_patterns / sizeof id_patterns[0])

typedef struct id_engine {
    ex_regex rx[N_ID_PATTERNS];
} id_engine;

bool ex_identifiers_init(extract_engine *e)
{
    id_engine *ie = ex_malloc(&e->alloc, sizeof *ie);
    if (!ie)
        return false;
    memset(ie, 0, sizeof *ie);
    if (!ex_rx_compile(e, id_patterns, N_ID_PATTERNS, ie->rx)) {
        ex_free(&e->alloc, ie);
        return false;
    }
    e->identifiers = ie;
    return true;
}

void ex_identifiers_free(extract_engine *e)
{
    id_engine *ie = e->identifiers;
    if (!ie)
        return;
    ex_rx_free(ie->rx, N_ID_PATTERNS);
    ex_free(&e->alloc, ie);
    e->identifiers = NULL;
}

/* ------------------------------------------------------------------ */
/* ACTES transmission ids: DPT-SIREN-YYYYMMDD-NUMACTE-NATURE */


static const char *const actes_natures[] = {
    "DE",   /* délibérations */
    "AR",   /* actes réglementaires */
    "AI",   /* actes individuels */
    "CC",   /* contrats, conventions et avenants */
    "BF",   /* documents budgétaires et financiers */
    "AU",   /* autres */
    NULL
};

bool ex_actes_split(const char *v, ex_actes_parts *p)
{
    memset(p, 0, sizeof *p);
    size_t n = strlen(v);
    /* "062-226200012-20221017-" is 23 bytes, "-DE" 3, the number >= 1 */
    if (n < 27 || n - 26 >= sizeof p->number || v[3] != '-' || v[13] != '-'
        || v[22] != '-' || v[n - 3] != '-')
        return false;
    /* department: 001-095, 02A, 02B, 971-976 */
    bool dpt = v[0] == '0' && ex_is_digit(v[1])
               && (ex_is_digit(v[2]) || (v[1] == '2' && (v[2] == 'A' || v[2] == 'B')));
    if (!dpt && !(v[0] == '9' && v[1] == '7' && v[2] >= '1' && v[2] <= '6'))
        return false;
    for (int i = 4; i < 13; i++)
        if (!ex_is_digit(v[i]))
            return false;
    for (int i = 14; i < 22; i++)
        if (!ex_is_digit(v[i]))
            return false;
    int y = (v[14] - '0') * 1000 + (v[15] - '0') * 100 + (v[16] - '0') * 10 + (v[17] - '0');
    int m = (v[18] - '0') * 10 + (v[19] - '0'), d = (v[20] - '0') * 10 + (v[21] - '0');
    if (y < 1990 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    const char *const *k = actes_natures;
    while (*k && memcmp(*k, v + n - 2, 2))
        k++;
    if (!*k)
        return false;
    memcpy(p->department, v, 3);
    memcpy(p->siren, v + 4, 9);
    memcpy(p->date, v + 14, 4);
    p->date[4] = '-';
    memcpy(p->date + 5, v + 18, 2);
    p->date[7] = '-';
    memcpy(p->date + 8, v + 20, 2);
    memcpy(p->number, v + 23, n - 26);
    memcpy(p->nature, v + n - 2, 2);
    return true;
}

/* ------------------------------------------------------------------ */

typedef struct id_cand {
    int kind;
    size_t a, b;
    size_t cut;         /* a table row's wrap (siret_row_wrap()): the text is
                           [a, cut) and the last 5 bytes, else 0 */
    char value[96];
} id_cand;
typedef EX_VEC(id_cand) id_cand_vec;


/* Luhn checksum over the digits of s */
static bool luhn_ok(const char *s)
{
    size_t n = strlen(s);
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        int d = s[n - 1 - i] - '0';
        if (d < 0 || d > 9)
            return false;
        if (i & 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

/* the digits of s[a..b) into out (cap bytes), O/l/I read as 0/1/1;
   returns the count, *ocr the letters read as digits */
static size_t digits_of(const char *s, size_t a, size_t b, char *out, size_t cap,
                        int *ocr)
{
    size_t k = 0;
    int n = 0;
    for (size_t i = a; i < b && k + 1 < cap; i++) {
        char ch = s[i];
        if (ch == 'O') {
            ch = '0';
            n++;
        } else if (ch == 'l' || ch == 'I') {
            ch = '1';
            n++;
        }
        if (ex_is_digit(ch))
            out[k++] = ch;
    }
    out[k] = 0;
    if (ocr)
        *ocr = n;
    return k;
}

/* a SIRET matched at [a, b) holds an OCR speck between two digit
   groups: one of - , ; ' | ("518 735 907,00017"), or a '.' or ':' beside
   a blank that a digit follows on the same line ("518 735 907. 00017";
   not "226.200.012.00012", nor the specks before a line end of
   "200 067 312 .\n00013") */
static bool siret_speck(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        char ch = s[i];
        if (ch == '-' || ch == ',' || ch == ';' || ch == '\'' || ch == '|')
            return true;
        if ((ch == '.' || ch == ':') && (s[i - 1] == ' ' || s[i + 1] == ' ')) {
            size_t j = i + 1;
            while (j < b && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < b && s[j] != '\n')
                return true;
        }
    }
    return false;
}

/* case-insensitive: does the ASCII word w end at or shortly before p
   (within 'window' bytes, nothing but blanks, ':', 'n°' and the like
   in between)? */
static bool label_before(const char *s, size_t p, const char *w, size_t window)
{
    size_t wn = strlen(w);
    size_t lo = p > window ? p - window : 0;
    for (size_t i = p; i >= lo + wn; i--) {
        size_t st = i - wn;
        bool eq = true;
        for (size_t k = 0; k < wn; k++) {
            char ch = s[st + k];
            if (ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 32);
            if (ch != w[k]) {
                eq = false;
                break;
            }
        }
        if (eq && (st == 0 || !((s[st - 1] >= 'A' && s[st - 1] <= 'Z')
                                || (s[st - 1] >= 'a' && s[st - 1] <= 'z'))))
            return true;
        if (i == 0)
            break;
    }
    return false;
}

/* An eight-digit phone number s[a..b) of before 1996 ("45 12 34 56"),
   or a six-digit one of New Caledonia ("45 52 00", label only): the
   start of its span, a "(16) " or "(1) " prefix included, when the
   prefix or a phone label (Tél, Téléphone, Fax, Télécopie) is before it
   on its line and no digit group follows it; else SIZE_MAX. */
static size_t old_phone(const char *s, size_t n, size_t a, size_t b)
{
    if (b + 1 < n && (s[b] == ' ' || s[b] == '.' || s[b] == '-') && ex_is_digit(s[b + 1]))
        return SIZE_MAX;
    size_t i = a;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    /* (six digits, New Caledonia's "45 52 00": after a label only, and
       no digit after blanks, dots or dashes: "71.59.20. 14" is a scan's
       eight-digit number) */
    bool eight = b - a > 8;
    if (!eight) {
        size_t q = b;
        while (q < n && q < b + 4 && (s[q] == ' ' || s[q] == '.' || s[q] == '-'))
            q++;
        if (q < n && ex_is_digit(s[q]))
            return SIZE_MAX;
    }
    if (eight && i >= 3 && s[i - 1] == ')' && s[i - 2] == '1' && s[i - 3] == '(')
        return i - 3;
    if (eight && i >= 4 && s[i - 1] == ')' && s[i - 2] == '6' && s[i - 3] == '1' && s[i - 4] == '(')
        return i - 4;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '.' || s[i - 1] == ':'))
        i--;
    static const char *const labels[] = {"tel", "telephone", "fax", "telecopie", "telecopieur"};
    size_t wa, wb;
    char w[16];
    if (!ex_num_prev_word(s, i, false, &wa, &wb) || wb != i || memchr(s + wa, '\n', a - wa)
        || !ex_num_fold_word(s + wa, wb - wa, w, sizeof w))
        return SIZE_MAX;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
        if (!strcmp(w, labels[k]))
            return a;
    return SIZE_MAX;
}

/* mod-97 check of an IBAN held in out (no blanks) */
static bool iban_ok(const char *v)
{
    size_t n = strlen(v);
    if (n < 15 || n > 34)
        return false;
    int rem = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = v[(i + 4) % n];
        if (ex_is_digit(ch))
            rem = (rem * 10 + (ch - '0')) % 97;
        else if (ch >= 'A' && ch <= 'Z')
            rem = (rem * 100 + (ch - 'A' + 10)) % 97;
        else
            return false;
    }
    return rem == 1;
}

/* a letter OCR reads for a digit, or -1 (the model's table, ocrmodel.c) */
static int ocr_digit(char ch)
{
    return ch >= '0' && ch <= '9' ? -1 : ex_ocr_digit(ch, EX_OCR_IDENTIFIER);
}

/* Repair one '_'-separated segment of an ACTES local id in place: a
   segment mostly made of digits gets its OCR letters mapped to digits */
static void fix_segment(char *s, size_t n)
{
    size_t dg = 0, other = 0;
    for (size_t i = 0; i < n; i++) {
        if (ex_is_digit(s[i]))
            dg++;
        else if (ocr_digit(s[i]) >= 0)
            other++;
        else
            return;
    }
    if (!other || dg < 2 || other > dg / 2 + 1 || ex_ocr_letter_prefix(s, n)
        || ex_ocr_letter_suffix(s, n))
        return;
    for (size_t i = 0; i < n; i++)
        if (!ex_is_digit(s[i]))
            s[i] = (char)('0' + ocr_digit(s[i]));
}

/* the ASCII letter of an accented lower-case letter U+00E0..U+00FC
   (its UTF-8 second byte b after 0xC3): à â ä -> a, ç -> c, è é ê ë ->
   e, î ï -> i, ô ö -> o, ù û ü -> u (the letters DOM takes) */
static char ascii_of_c3(unsigned char b)
{
    if (b >= 0xA0 && b <= 0xA5)
        return 'a';
    if (b == 0xA7)
        return 'c';
    if (b >= 0xA8 && b <= 0xAB)
        return 'e';
    if (b >= 0xAC && b <= 0xAF)
        return 'i';
    if (b >= 0xB2 && b <= 0xB6)
        return 'o';
    if (b >= 0xB9 && b <= 0xBC)
        return 'u';
    return '-';
}

static bool push_cand(ex_call *c, id_cand_vec *v, int kind, size_t a, size_t b,
                      const char *value)
{
    id_cand *k = ex_vec_push(c->alloc, v);
    if (!k) {
        c->oom = true;
        return false;
    }
    k->kind = kind;
    k->a = a;
    k->b = b;
    k->cut = 0;
    size_t n = strlen(value);
    if (n >= sizeof k->value)
        n = sizeof k->value - 1;
    memcpy(k->value, value, n);
    k->value[n] = 0;
    return true;
}

/* the postal code's first two digits: a département (01-95), the
   overseas ones (97, 98) or 96 - no real département, but the number a
   fictitious one is given (its ACTES ids "096-…" are read too: the
   same département prefix, ex_actes_split()); 00 and 99 are none */
static bool valid_department(const char *d)
{
    int v = (d[0] - '0') * 10 + (d[1] - '0');
    return v >= 1 && v <= 98;
}

/* a five-digit number in a table row rather than an address: a wide gap
   after it ("21   21312     Bâtiments scolaires"), or only numbers
   before it on its line */
static bool table_cell(const char *s, size_t a, size_t b)
{
    size_t g = b;
    while (s[g] == ' ' || s[g] == '\t')
        g++;
    if (g - b >= 3 || s[b] == '\t')
        return true;
    size_t i = a;
    bool digit = false;
    while (i > 0 && s[i - 1] != '\n') {
        char ch = s[i - 1];
        if (ch >= '0' && ch <= '9')
            digit = true;
        else if (ch != ' ' && ch != '\t')
            return false;
        i--;
    }
    return digit;
}

/* next word after p (letters, ASCII-folded lowercase) */
static void word_after(const char *s, size_t len, size_t p, char *w, size_t cap)
{
    while (p < len && (s[p] == ' ' || s[p] == '\t'))
        p++;
    size_t k = 0;
    while (p < len && k + 1 < cap) {
        unsigned char ch = (unsigned char)s[p];
        if (ch >= 'A' && ch <= 'Z')
            w[k++] = (char)(ch + 32);
        else if (ch >= 'a' && ch <= 'z')
            w[k++] = (char)ch;
        else if (ch == 0xC3 && p + 1 < len) {
            w[k++] = 'e';   /* accents: enough for the words we test */
            p++;
        } else
            break;
        p++;
    }
    w[k] = 0;
}

/* turn the match in c->md of pattern rx into a candidate (or nothing);
   *end gets the match end.  false only when out of memory. */
static bool postal_speck(const char *s, size_t len, size_t a);
static bool street_before(const char *s, size_t a);
static int postal_line(const char *s, size_t len, size_t a);

static bool take_match(ex_call *c, const ex_regex *rx, id_cand_vec *out, size_t *end)
{
    const char *s = c->text.s;
    size_t len = c->text.len;
    char buf[96];
    {
        PCRE2_SIZE *ov = ex_ov(c);
        size_t a = ov[0], b = ov[1];
        *end = b > a ? b : a + 1;
        switch (rx->kind) {
        case ID_ACTE: {
            size_t k = 0, la = 0, lb = 0, lseg = 0;
            /* wrapped at a line end (ACTES_WRAP): the local number must
               hold a digit and no blank ("…-20241115-" / "Le Conseil-DE"
               is no id) */
            if (memchr(s + a, '\n', b - a)) {
                bool digit = false, blank = false;
                for (size_t i = ov[8]; i < ov[9]; i++) {
                    digit |= s[i] >= '0' && s[i] <= '9';
                    blank |= s[i] == ' ';
                }
                if (!digit || blank)
                    break;
            }
            /* dept - siren - date - local - suffix */
            for (int g = 1; g <= 5 && k + 2 < sizeof buf; g++) {
                size_t ga = ov[2 * g], gb = ov[2 * g + 1];
                size_t seg = k;
                if (g == 4)
                    la = ga, lb = gb, lseg = seg;
                for (size_t i = ga; i < gb && k + 2 < sizeof buf; i++) {
                    char ch = s[i];
                    if (g == 5 && (unsigned char)ch == 0xC3) {
                        buf[k++] = 'E';     /* OCR "DÉ" for the nature DE */
                        i++;
                        continue;
                    }
                    if (g == 4 && ch == ' ' && ((i > ga && s[i - 1] == '_') || (i + 1 < gb && s[i + 1] == '_')))
                        continue;   /* OCR "2024_ 046", "D2025 _14": a blank beside '_' */
                    if (ch == ' ' || (g == 4 && ch == '.'))
                        ch = g == 4 ? '_' : 0;
                    if (ch)
                        buf[k++] = ch;
                }
                if (g == 4) {
                    /* per '_' segment OCR repair */
                    size_t st = seg;
                    for (size_t i = seg; i <= k; i++)
                        if (i == k || buf[i] == '_') {
                            fix_segment(buf + st, i - st);
                            st = i + 1;
                        }
                }
                if (g < 5)
                    buf[k++] = '-';
            }
            buf[k] = 0;
            ex_actes_parts parts;
            if (!ex_actes_split(buf, &parts))
                break;      /* not a department or not an ACTES nature */
            if (!push_cand(c, out, ID_ACTE, a, b, buf))
                return false;
            /* the local number's letters read as digits (one buf byte per
               text byte in that group): the model's repairs */
            for (size_t i = la, j = lseg; i < lb && j < k; i++) {
                if (s[i] == ' ' && i > la && s[i - 1] == '_')
                    continue;   /* dropped above: no buf byte */
                if (buf[j] != s[i] && s[i] != ' ' && s[i] != '.' && !ex_ocr_note(c, i, i + 1, EX_REPAIR_DIGIT))
                    return false;
                j++;
            }
            break;
        }
        case ID_EMAIL:
        case ID_URL: {
            while (b > a && (s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == ')'
                             || s[b - 1] == ';' || s[b - 1] == ':'))
                b--;
            size_t n = 0;
            for (size_t i = a; i < b && n < sizeof buf - 1; i++) {
                if (s[i] == ' ')
                    continue;   /* (only an OCR'd email has one) */
                if ((unsigned char)s[i] == 0xC3 && i + 1 < b) {
                    buf[n++] = ascii_of_c3((unsigned char)s[++i]);     /* OCR accent */
                    continue;
                }
                buf[n++] = s[i];
            }
            buf[n] = 0;
            /* "x-caux:fr" (OCR): the dot before the top-level domain
               (OCR_TLD's, at the end or before the path) */
            for (char *q = strchr(buf, ':'); q; q = strchr(q + 1, ':')) {
                static const char *const tld[] = {"fr", "com", "org", "net", "eu", "bzh", "info", NULL};
                for (size_t k = 0; tld[k]; k++) {
                    size_t m = strlen(tld[k]);
                    if (!strncmp(q + 1, tld[k], m) && (q[1 + m] == 0 || q[1 + m] == '/'))
                        *q = '.';
                }
            }
            if (rx->kind == ID_URL && (buf[0] == 'w' || buf[0] == 'W') && n > 4
                && (buf[3] == '-' || buf[3] == ','))
                buf[3] = '.';
            /* OCR "https:/www…", "https//www…": the scheme's "://" */
            if (rx->kind == ID_URL && (buf[0] == 'h' || buf[0] == 'H')) {
                if (buf[2] != 't' && buf[2] != 'T')
                    buf[2] = buf[1];   /* OCR "htips" */
                size_t h = (buf[4] == 's' || buf[4] == 'S') ? 5 : 4;
                size_t m = 0;
                while (h + m < n && (buf[h + m] == ':' || buf[h + m] == '/'))
                    m++;
                if (m != 3 && n + 3 - m < sizeof buf) {
                    memmove(buf + h + 3, buf + h + m, n - h - m + 1);
                    memcpy(buf + h, "://", 3);
                    n = n + 3 - m;
                }
            }
            if (!push_cand(c, out, rx->kind, a, b, buf))
                return false;
            break;
        }
        case ID_IBAN: {
            size_t k = 0;
            for (size_t i = a; i < b && k + 1 < sizeof buf; i++)
                if (s[i] != ' ')
                    buf[k++] = s[i];
            buf[k] = 0;
            if (iban_ok(buf) && !push_cand(c, out, ID_IBAN, a, b, buf))
                return false;
            break;
        }
        case ID_SIRET: {
            int ocr;
            digits_of(s, a, b, buf, sizeof buf, &ocr);
            bool labelled = label_before(s, a, "SIRET", 24);
            if (ocr > 2 || ((ocr || siret_speck(s, a, b)) && !luhn_ok(buf)))
                break;
            if (s[b - 3] == ' ' && !(labelled && luhn_ok(buf)))
                break;      /* the NIC cut 3 + 2 ("… 000 19") */
            if ((labelled || luhn_ok(buf))
                && (!push_cand(c, out, ID_SIRET, a, b, buf)
                    || (ocr && !ex_ocr_note_digits(c, a, b, EX_OCR_NUMBER))))
                return false;
            break;
        }
        case ID_SIREN: {
            size_t ga = ov[2], gb = ov[3];
            digits_of(s, ga, gb, buf, sizeof buf, NULL);
            if (s[a] == 'R' && !luhn_ok(buf))
                break;  /* an RCS number: the SIREN's check digit */
            bool speck = false;
            for (size_t i = ga; i < gb; i++)
                speck |= !ex_is_digit(s[i]) && s[i] != ' ';
            if (speck && !luhn_ok(buf))
                break;  /* a speck in the number: the check digit decides */
            if (!push_cand(c, out, ID_SIREN, ga, gb, buf))
                return false;
            break;
        }
        case ID_PHONE: {
            size_t k = 0;
            size_t i = a;
            if (ov[4] != PCRE2_UNSET) {
                /* eight digits (before 1996): after "(16)"/"(1)" or a
                   phone label, and not inside a longer number */
                size_t pa = old_phone(s, c->text.len, a, b);
                if (pa == SIZE_MAX)
                    break;
                digits_of(s, a, b, buf, sizeof buf, NULL);
                if (!push_cand(c, out, ID_PHONE, pa, b, buf))
                    return false;
                break;
            }
            if (ov[8] != PCRE2_UNSET) {
                /* overseas: "+262 262 47 18 30" -> "+262262471830" */
                buf[0] = '+';
                digits_of(s, a, b, buf + 1, sizeof buf - 1, NULL);
                if (!push_cand(c, out, ID_PHONE, a, b, buf))
                    return false;
                break;
            }
            if (ov[2] != PCRE2_UNSET) {
                buf[k++] = '+';
                buf[k++] = '3';
                buf[k++] = '3';
                i = ov[3];
                /* drop the "(0)" trunk prefix */
                for (size_t j = i; j < b; j++)
                    if (s[j] == '(') {
                        i = j + 3;
                        break;
                    } else if (ex_is_digit(s[j]))
                        break;
            }
            int ocr;
            k += digits_of(s, i, b, buf + k, sizeof buf - k, &ocr);
            if (ocr > 2)
                break;
            if (!push_cand(c, out, ID_PHONE, a, b, buf)
                || (ocr && !ex_ocr_note_digits(c, a, b, EX_OCR_NUMBER)))
                return false;
            break;
        }
        case ID_POSTAL: {
            memcpy(buf, s + a, 5);
            buf[5] = 0;
            if (!valid_department(buf) || table_cell(s, a, b))
                break;
            int pl = postal_line(s, len, a);
            if (pl < 0 || (pl == 0 && postal_speck(s, len, a) && !street_before(s, a)))
                break;  /* OCR alternatives: after a street only */
            char w[24];
            size_t wa, wb;
            ex_word_before(s, 0, a, EX_WB_PUNCT | EX_WB_ASCII, &wa, &wb, w, sizeof w);
            if (!strcmp(w, "bp") || !strcmp(w, "cs") || !strcmp(w, "tsa")
                || !strcmp(w, "cp") || ex_number_sign_before(s, a, NULL)
                || !strcmp(w, "article") || !strcmp(w, "compte")
                || !strcmp(w, "chapitre") || !strcmp(w, "code"))
                break;
            word_after(s, len, b, w, sizeof w);
            static const char *const bad_next[] = {
                "eur", "euros", "euro", "ht", "ttc", "page", "janvier", "fevrier",
                "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                "octobre", "novembre", "decembre", "habitants", "m", "km", "ha",
            };
            bool bad = false;
            for (size_t i = 0; i < sizeof bad_next / sizeof bad_next[0]; i++)
                if (!strcmp(w, bad_next[i])) {
                    bad = true;
                    break;
                }
            if (!bad && !push_cand(c, out, ID_POSTAL, a, b, buf))
                return false;
            break;
        }
        default:
            break;
        }
    }
    return true;
}

static bool is_alnum_ascii(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/* [\dOlI] (\d is any decimal digit: a byte >= 0x80 may start one) */
static bool digitish(unsigned char b)
{
    return b >= 0x80 || (b >= '0' && b <= '9') || b == 'O' || b == 'l' || b == 'I';
}

/* the multi-byte character led by the byte at p (a lead byte: the one
   before it is ASCII) is certainly no decimal digit (\p{Nd}): U+0080 to
   U+017F (lead C2 to C5: Latin-1 signs and letters, Latin Extended-A)
   and U+2000 to U+20BF (E2 80 to E2 82: spaces, dashes, quotes,
   super- and subscripts, currency signs such as the euro sign), blocks
   holding no Nd character in any Unicode version */
static bool mb_no_digit(const char *p)
{
    unsigned char b = (unsigned char)p[0], b1 = (unsigned char)p[1];
    return (b >= 0xC2 && b <= 0xC5) || (b == 0xE2 && b1 >= 0x80 && b1 <= 0x82);
}

/* the next k characters from j are [\dOlI] (as far as they are ASCII) */
static inline bool digitish_run(const char *s, size_t len, size_t j, int k)
{
    for (int m = 0; m < k; m++) {
        if (j + m >= len)
            return false;
        unsigned char b = (unsigned char)s[j + m];
        if (b >= 0x80)
            return !mb_no_digit(s + j + m);   /* else the pattern decides */
        if (!digitish(b))
            return false;
    }
    return true;
}

/* Necessary conditions of some patterns at i, read from their first
   characters (the byte loop below has checked the first ones): pcre2
   is called only when they hold. */
static bool acte_may(const char *s, size_t len, size_t i)
{
    /* \d{2}[0-9AB] ?[-:.] */
    size_t j = i + 3;
    char c2 = s[i + 2];
    if (!((c2 >= '0' && c2 <= '9') || c2 == 'A' || c2 == 'B'))
        return false;
    if (j < len && s[j] == ' ')
        j++;
    if (!(j < len && (s[j] == '-' || s[j] == ':' || s[j] == '.')))
        return false;
    /* then ' ?' and \d(?: ?\d){8} (a blank is taken when there is one:
       a blank is no digit), as far as the bytes are ASCII */
    size_t k = j + 1;
    if (k < len && s[k] == ' ')
        k++;
    if (k < len && s[k] == '-' && s[j] == '-') {     /* "030- -2130…" */
        k++;
        if (k < len && s[k] == ' ')
            k++;
    }
    bool nine = true;
    for (int m = 0; m < 9 && nine; m++) {
        if (m && k < len && s[k] == ' ')
            k++;
        if (k >= len)
            nine = false;
        else if ((unsigned char)s[k] >= 0x80)
            return !mb_no_digit(s + k);
        else if (!ex_is_digit(s[k]))
            nine = false;
        k++;
    }
    if (nine)
        return true;
    /* or ACTES_WRAP: '-' right after the three characters, blanks and
       specks ([.,:;'] or the degree sign C2 B0), a line end */
    if (s[i + 3] != '-')
        return false;
    for (k = i + 4; k < len; k++) {
        unsigned char b = (unsigned char)s[k];
        if (b == '\n')
            return true;
        if (b == 0xC2 && k + 1 < len && (unsigned char)s[k + 1] == 0xB0)
            k++;
        else if (!(b == ' ' || b == '\t' || b == '.' || b == ',' || b == ':' || b == ';' || b == '\''))
            return false;
    }
    return false;
}

/* SIRET_SEP at j, read loosely (a blank, a speck, a blank: each
   optional): where the next digit group may start */
static inline size_t siret_sep(const char *s, size_t len, size_t j)
{
    if (j < len && s[j] == ' ')
        j++;
    if (j < len && (s[j] == '.' || s[j] == ':' || s[j] == '-' || s[j] == ','
                    || s[j] == ';' || s[j] == '\'' || s[j] == '|'))
        j++;
    if (j < len && s[j] == ' ')
        j++;
    return j;
}

static bool siret_may(const char *s, size_t len, size_t i)
{
    /* \d[\dOlI]{2}SEP[\dOlI]{3}SEP[\dOlI]{3}(?:SEP|\s*\n\s*)?[\dOlI]{4}\d,
       read as far as the bytes are ASCII (a byte >= 0x80 may start a
       digit or a blank: the pattern decides) */
    size_t j = i + 3;
    for (int g = 0; g < 2; g++) {
        j = siret_sep(s, len, j);
        if (!digitish_run(s, len, j, 3))
            return false;
        for (int m = 0; m < 3; m++)
            if ((unsigned char)s[j + m] >= 0x80)
                return true;
        j += 3;
    }
    if (digitish_run(s, len, j, 5))
        return true;
    size_t js = siret_sep(s, len, j);
    if (js > j && digitish_run(s, len, js, 5))
        return true;
    /* the NIC cut 3 + 2 by a blank */
    if (js == j + 1 && s[j] == ' ' && digitish_run(s, len, js, 3) && js + 5 < len && s[js + 3] == ' '
        && digitish_run(s, len, js + 4, 2))
        return true;
    /* \s*\n\s* */
    bool nl = false;
    size_t k = j;
    for (; k < len; k++) {
        unsigned char b = (unsigned char)s[k];
        if (b >= 0x80)
            return true;
        if (b == '\n')
            nl = true;
        else if (!(b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v'))
            break;
    }
    return nl && digitish_run(s, len, k, 5);
}

static bool phone_may(const char *s, size_t len, size_t i)
{
    /* 0[1-9](?:[ .:-]?[\dOlI]{2}){3} (PH_SEP): the first pair; OCR ':'
       for the first blank or dot too ("Tél. 05:53 65 21 40") */
    size_t j = i + 2;
    if (j < len && (s[j] == ' ' || s[j] == '.' || s[j] == ':' || s[j] == '-'))
        j++;
    return digitish_run(s, len, j, 2);
}

/* a capitalised word (a town: "SAINT-LOUP", "Saint-Loup") ends at e */
static bool town_before(const char *s, size_t e)
{
    size_t a = e;
    while (a > 0 && (((unsigned char)s[a - 1] >= 'A' && (unsigned char)s[a - 1] <= 'Z')
                     || (s[a - 1] >= 'a' && s[a - 1] <= 'z') || s[a - 1] == '-'
                     || (unsigned char)s[a - 1] >= 0x80))
        a--;
    return a < e && ((s[a] >= 'A' && s[a] <= 'Z') || (unsigned char)s[a] == 0xC3);
}

/* OCR: the postal code s[a..a+5) is followed by a speck or a blank line
   before its town (ID_POSTAL's OCR alternatives): the byte after it is
   no blank, or blanks then a speck, or a blank line */
static bool postal_speck(const char *s, size_t len, size_t a)
{
    size_t k = a + 5;
    if (k < len && s[k] == ')')
        return false;   /* "SAINT-LOUP (70800)" */
    if (k < len && s[k] != ' ' && s[k] != '\t' && s[k] != '\n')
        return true;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k < len && s[k] != '\n')
        return !((s[k] >= 'A' && s[k] <= 'Z') || (unsigned char)s[k] >= 0x80 || s[k] == 'c')
               || (unsigned char)s[k] == 0xE2;  /* ’ ” */
    k++;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k < len && s[k] == '\n';
}

/* a street word ("rue", "place", "avenue", ...) among the words before a
   on its line (at most 60 bytes back): "2, rue Amiral-Lacaze — 97437" */
static bool street_before(const char *s, size_t a)
{
    size_t lo = a > 60 ? a - 60 : 0, e = a;
    while (e > lo && s[e - 1] != '\n') {
        while (e > lo && s[e - 1] != '\n' && !(((s[e - 1] | 32) >= 'a' && (s[e - 1] | 32) <= 'z')
                                              || (unsigned char)s[e - 1] >= 0x80))
            e--;
        size_t w = e;
        while (w > lo && (((s[w - 1] | 32) >= 'a' && (s[w - 1] | 32) <= 'z') || (unsigned char)s[w - 1] >= 0x80))
            w--;
        if (e > w && ex_street_word(s + w, e - w) == e - w)
            return true;
        e = w;
    }
    return false;
}

/* the code s[a..a+5) ending its line: after ", " (the town on the next
   line: the pattern judged), after a street and a dash ("Place de la
   Mairie – 81140"), or alone on its line right under the letterhead's
   commune ("COMMUNE DE X" / "81140"): 1 when it is one of the last two,
   -1 when it ends its line otherwise, 0 when it does not end its line or
   follows ", " */
static int postal_line(const char *s, size_t len, size_t a)
{
    size_t k = a + 5;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if ((k < len && s[k] != '\n') || (a >= 2 && s[a - 1] == ' ' && s[a - 2] == ','))
        return 0;
    if (a >= 2 && s[a - 1] == ' ')
        return street_before(s, a) ? 1 : -1;
    if (a == 0 || s[a - 1] != '\n')
        return -1;
    /* the line above: a commune's letterhead in capitals */
    size_t e = a - 1, b = e;
    while (b > 0 && s[b - 1] != '\n')
        b--;
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        b++;
    static const char *const heads[] = {"COMMUNE D", "MAIRIE D", "VILLE D"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        size_t m = strlen(heads[i]);
        if (e - b > m && !memcmp(s + b, heads[i], m)) {
            for (size_t q = b; q < e; q++)
                if (s[q] >= 'a' && s[q] <= 'z')
                    return -1;
            return 1;
        }
    }
    return -1;
}

static bool postal_may(const char *s, size_t len, size_t i)
{
    /* \d{5}(?=[ \t]+(?:\p{Lu}|Cedex|cedex)) or (?<=, \d{5})(?=[ \t]*\n) */
    size_t k = i + 5;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k >= len)
        return false;
    unsigned char b = (unsigned char)s[k];
    if (k > i + 5 && ((b >= 'A' && b <= 'Z') || b >= 0x80 || b == 'c'))
        return true;
    if (b == ')' && k == i + 5 && i >= 3 && s[i - 1] == '(' && s[i - 2] == ' ')
        return town_before(s, i - 2);
    /* OCR: a speck after the code, glued or after blanks (the pattern and
       street_before() judge) */
    if (b == '.' || b == '\'' || b == '-' || b == ':' || b == ';' || b == 0xE2)
        return true;
    return b == '\n' && ((i >= 2 && s[i - 1] == ' ' && (s[i - 2] == ',' || (unsigned char)s[i - 2] >= 0x80
                                                        || s[i - 2] == '-'))
                          || (i >= 1 && s[i - 1] == '\n'));
}

/* the character column of byte i (UTF-8 continuation bytes count for
   nothing), from its line's start */
static size_t col_of(const char *s, size_t i)
{
    size_t n = 0;
    while (i > 0 && s[i - 1] != '\n') {
        i--;
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    }
    return n;
}

/* a table row wrapped under a SIRET's column: "790 123 541" followed by
   two blanks and the row's next cells ("… Randon      790 123 541
   Grand prix … 4 200 €"), its NIC "00027" alone under the same column on
   the next line (the character column of its first digit within 3 of the
   SIREN's; other wrapped cells may stand before or after it).  Kept only
   when the 14 digits pass Luhn; the span runs from the SIREN to the
   NIC.  i: the SIREN's first digit, not inside a word. */
static bool siret_row_wrap(ex_call *c, id_cand_vec *out, const char *s, size_t len, size_t i)
{
    if (i + 13 > len)
        return true;
    for (size_t m = 0; m < 11; m++) {
        bool sep = m == 3 || m == 7;
        if (sep ? s[i + m] != ' ' : !ex_is_digit(s[i + m]))
            return true;
    }
    /* two blanks and a cell after it, on the same line */
    if (s[i + 11] != ' ' || s[i + 12] != ' ')
        return true;
    size_t e = i + 11;
    while (e < len && s[e] == ' ')
        e++;
    if (e >= len || s[e] == '\n' || s[e] == '\r')
        return true;
    while (e < len && s[e] != '\n')
        e++;
    if (e >= len)
        return true;
    size_t col = col_of(s, i);
    size_t j = e + 1, cj = 0;
    while (j < len && s[j] != '\n') {
        if (ex_is_digit(s[j]) && s[j - 1] == ' ') {
            size_t k = j;
            while (k < len && ex_is_digit(s[k]))
                k++;
            if (k - j == 5 && (k >= len || s[k] == ' ' || s[k] == '\n' || s[k] == '\r')
                && cj + 3 >= col && cj <= col + 3) {
                char buf[16];
                size_t n = 0;
                for (size_t m = i; m < i + 11; m++)
                    if (s[m] != ' ')
                        buf[n++] = s[m];
                memcpy(buf + n, s + j, 5);
                buf[n + 5] = 0;
                if (!luhn_ok(buf))
                    return true;
                if (!push_cand(c, out, ID_SIRET, i, k, buf))
                    return false;
                out->v[out->n - 1].cut = i + 11;
                return true;
            }
            if (cj > col + 3)
                return true;
        }
        cj += ((unsigned char)s[j] & 0xC0) != 0x80;
        j++;
    }
    return true;
}

/* One pass over the view: patterns are tried anchored, only where their
   first characters can start (a digit run, "www", "http", "SIREN", two
   capitals and two digits, the local part before an '@'), so the scan
   costs about one byte test per byte. */
static bool scan_all(ex_call *c, const id_engine *ie, id_cand_vec *out)
{
    const char *s = c->text.s;
    size_t len = c->text.len;
    size_t next[ID_NKINDS] = {0};
    const ex_regex *rx_of[ID_NKINDS] = {0};
    for (size_t k = 0; k < N_ID_PATTERNS; k++)
        rx_of[ie->rx[k].kind] = &ie->rx[k];
#define TRY(kind, at) do {                                                 \
        if ((at) >= next[kind] && ex_rx_match(c, rx_of[kind], (at), 0) > 0) { \
            if (!take_match(c, rx_of[kind], out, &next[kind]))             \
                return false;                                              \
        }                                                                  \
    } while (0)
    /* the bytes an identifier can start at (or '@'): the others are
       passed over with one table look-up */
    static const unsigned char starts[256] = {
        ['@'] = 1, ['+'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
        ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['w'] = 1, ['h'] = 1,
        ['s'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
        ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
        ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
        ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    };
    /* inside a run of ASCII letters and digits only its first byte can
   start an identifier ('@' and '+' end a run): the rest is passed over */
    static const unsigned char alnum[256] = {
#define R8(x) [x] = 1, [x + 1] = 1, [x + 2] = 1, [x + 3] = 1, [x + 4] = 1, [x + 5] = 1, [x + 6] = 1, [x + 7] = 1
        R8('0'), ['8'] = 1, ['9'] = 1, R8('A'), R8('I'), R8('Q'), ['Y'] = 1, ['Z'] = 1,
        R8('a'), R8('i'), R8('q'), ['y'] = 1, ['z'] = 1,
#undef R8
    };
    /* (no bound test: the view is NUL-terminated, alnum[0] is 0) */
#ifdef EX_SIMD
    /* with SSE2 the block test below keeps no offset inside a run: passing
       over it byte by byte would only cost time (exactness: an offset in
       a run is refused by the alnum[pv] test) */
#define SKIP_RUN() do { } while (0)
#else
#define SKIP_RUN() do {                                                     \
        while (alnum[(unsigned char)s[i + 1]])                             \
            i++;                                                           \
    } while (0)
#endif
#ifdef EX_SIMD
    size_t vbase = SIZE_MAX;    /* the last block tested: [vbase, vbase + 16) */
    unsigned vm = 0;            /* its positions kept (bit i: vbase + i) */
#endif
    for (size_t i = 0; i < len; i++) {
#ifdef EX_SIMD
        /* 16 positions a step (from 1; loads from i - 1 to i + 17, inside
           the view and its NUL): '@', and the bytes that start a run
           (none of ASCII letters and digits before them) and can open a
           pattern tried below: a digit, '+', two capitals and a digit
           (IBAN), w or h
           before w or t (URL), s before i (SIREN), caseless.  The loop
           below is false at the other positions: it goes on at the
           first position kept, or at the last 16 bytes. */
        if (i >= vbase && i - vbase < 16 && (vm & (~0u << (i - vbase)))) {
            /* the next position kept in the last block tested */
            i = vbase + (size_t)__builtin_ctz(vm & (~0u << (i - vbase)));
        } else if (i) {
            size_t j = i >= vbase && i - vbase < 16 ? vbase + 16 : i;
            unsigned k = 0;
            for (; j + 17 <= len; j += 16) {
                const __m128i x = ex_v_load(s + j), lo = ex_v_low(x);
                const __m128i b1 = ex_v_load(s + j + 1), b = ex_v_low(b1);
                const __m128i pv = ex_v_load(s + j - 1);
                __m128i m = _mm_or_si128(ex_v_in(x, '0', '9'), ex_v_eq(x, '+'));
                /* IBAN: two capitals and a digit (the pattern's
                   [A-Z]{2}\d{2}; the load at j + 2 ends on the NUL) */
                m = _mm_or_si128(m, _mm_and_si128(_mm_and_si128(ex_v_in(x, 'A', 'Z'), ex_v_in(b1, 'A', 'Z')),
                                                  ex_v_in(ex_v_load(s + j + 2), '0', '9')));
                m = _mm_or_si128(m, _mm_and_si128(_mm_or_si128(ex_v_eq(lo, 'w'), ex_v_eq(lo, 'h')),
                                                  _mm_or_si128(ex_v_eq(b, 'w'), ex_v_eq(b, 't'))));
                m = _mm_or_si128(m, _mm_and_si128(ex_v_eq(lo, 's'), ex_v_eq(b, 'i')));
                m = _mm_or_si128(m, _mm_and_si128(ex_v_eq(x, 'R'), ex_v_eq(b1, 'C')));
                m = _mm_or_si128(_mm_andnot_si128(ex_v_alnum(pv), m), ex_v_eq(x, '@'));
                if ((k = ex_v_mask(m)) != 0) {
                    vbase = j;
                    vm = k;
                    break;
                }
            }
            i = k ? j + (size_t)__builtin_ctz(k) : j;
            if (i >= len)
                break;
        }
#endif
        unsigned char ch = (unsigned char)s[i];
        if (!starts[ch]) {
            if (alnum[ch])
                SKIP_RUN();
            continue;
        }
        if (ch == '@') {
            /* the local part, also before one blank (OCR) */
            size_t a = i > 1 && s[i - 1] == ' ' && is_alnum_ascii((unsigned char)s[i - 2]) ? i - 1 : i;
            while (a > 0 && (is_alnum_ascii((unsigned char)s[a - 1]) || s[a - 1] == '.'
                             || s[a - 1] == '_' || s[a - 1] == '%' || s[a - 1] == '+'
                             || s[a - 1] == '-'))
                a--;
            while (a < i && !is_alnum_ascii((unsigned char)s[a]))
                a++;
            if (a < i)
                TRY(ID_EMAIL, a);
            continue;
        }
        unsigned char pv = i ? (unsigned char)s[i - 1] : ' ';
        if (alnum[pv]) {
            if (ch != '+')
                SKIP_RUN();
            continue;
        }
        if (ch >= '0' && ch <= '9') {
            unsigned char c1 = i + 1 < len ? (unsigned char)s[i + 1] : 0;
            unsigned char c2 = i + 2 < len ? (unsigned char)s[i + 2] : 0;
            if (pv == '(' && i >= 4 && i + 9 < len && s[i + 9] == ')' && s[i - 2] == ' '
                && s[i - 3] >= 'A' && s[i - 3] <= 'Z' && s[i - 4] >= 'A' && s[i - 4] <= 'Z') {
                /* a bare SIREN in brackets after a name in capitals:
                   "COMMUNE DE BRESSAC-LE-HAUT (212401236)" (9 digits,
                   Luhn key) */
                char buf[10];
                size_t q = 0;
                while (q < 9 && ex_is_digit(s[i + q]))
                    buf[q] = s[i + q], q++;
                buf[q] = '\0';
                if (q == 9 && luhn_ok(buf)) {
                    if (!push_cand(c, out, ID_SIREN, i, i + 9, buf))
                        return false;
                    i += 9;
                    continue;
                }
            }
            if (c1 >= '0' && c1 <= '9' && i + 3 < len && acte_may(s, len, i))
                TRY(ID_ACTE, i);
            if ((c1 >= '0' && c1 <= '9') || c1 == 'O' || c1 == 'l' || c1 == 'I') {
                if (((c2 >= '0' && c2 <= '9') || c2 == 'O' || c2 == 'l' || c2 == 'I')
                    && siret_may(s, len, i))
                    TRY(ID_SIRET, i);
                else if (c2 >= '0' && c2 <= '9' && i + 3 < len && s[i + 3] == ' '
                         && i >= next[ID_SIRET] && !siret_row_wrap(c, out, s, len, i))
                    return false;
            }
            /* "0033" is not tried (c1 '0'); after "0 ", "0." or "0-" the
               pattern cannot match ([1-9] follows the 0) */
            if (ch == '0' && c1 >= '1' && c1 <= '9' && phone_may(s, len, i))
                TRY(ID_PHONE, i);
            else if (ch != '0' && c1 >= '0' && c1 <= '9' && (c2 == ' ' || c2 == '.') && i + 4 < len
                     && ex_is_digit(s[i + 3]) && ex_is_digit(s[i + 4]))
                TRY(ID_PHONE, i);   /* eight digits (before 1996): old_phone() */
            if (c1 >= '0' && c1 <= '9' && c2 >= '0' && c2 <= '9' && i + 5 < len
                && ex_is_digit(s[i + 3]) && ex_is_digit(s[i + 4])
                && (s[i + 5] == ' ' || s[i + 5] == '\t' || s[i + 5] == '\n' || s[i + 5] == ')'
                    || s[i + 5] == '.' || s[i + 5] == '\'' || s[i + 5] == '-'
                    || (unsigned char)s[i + 5] == 0xE2)     /* OCR specks */
                && postal_may(s, len, i))
                TRY(ID_POSTAL, i);
        } else if (ch == '+') {
            /* "+33 …", overseas "+262 …", "+590 …", "+687 …" */
            if (i + 2 < len && ((s[i + 1] == '3' && s[i + 2] == '3')
                                || ((s[i + 1] == '2' || s[i + 1] == '5' || s[i + 1] == '6')
                                    && ex_is_digit(s[i + 2]))))
                TRY(ID_PHONE, i);
        } else if (ch == 'w' || ch == 'W' || ch == 'h' || ch == 'H') {
            if (i + 3 < len && ((s[i + 1] | 32) == 'w' || (s[i + 1] | 32) == 't'))
                TRY(ID_URL, i);
        } else if (ch == 'S' || ch == 's') {
            if (i + 5 < len && (s[i + 1] | 32) == 'i' && (s[i + 2] | 32) == 'r'
                && (s[i + 3] | 32) == 'e' && (s[i + 4] | 32) == 'n')
                TRY(ID_SIREN, i);
        } else if (ch >= 'A' && ch <= 'Z') {
            if (ch == 'R' && i + 4 < len && s[i + 1] == 'C' && s[i + 2] == 'S')
                TRY(ID_SIREN, i);   /* "RCS de Tours sous le n° ..." */
            if (i + 4 < len && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && ex_is_digit(s[i + 2])
                && ex_is_digit(s[i + 3]))
                TRY(ID_IBAN, i);
        }
        if (ch != '+')
            SKIP_RUN();
    }
#undef SKIP_RUN
#undef TRY
    return true;
}

static int cand_cmp(const void *x, const void *y)
{
    const id_cand *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->kind - q->kind;
}

bool ex_find_identifiers(ex_call *c)
{
    const id_engine *ie = c->eng->identifiers;
    if (!ie || !c->text.len)
        return true;
    id_cand_vec cands = {0};
    bool ok = true;
    ok = scan_all(c, ie, &cands);
    if (!ok) {
        ex_vec_free(c->alloc, &cands);
        return false;
    }
    /* overlaps: the candidate of better priority wins */
    bool *drop = NULL;
    if (cands.n) {
        drop = ex_malloc(c->alloc, cands.n);
        if (!drop) {
            ex_vec_free(c->alloc, &cands);
            c->oom = true;
            return false;
        }
        memset(drop, 0, cands.n);
        ex_sort(cands.v, cands.n, sizeof *cands.v, cand_cmp);
        for (size_t i = 0; i < cands.n; i++) {
            if (drop[i])
                continue;
            for (size_t j = i + 1; j < cands.n && cands.v[j].a < cands.v[i].b; j++) {
                if (drop[j])
                    continue;
                if (cands.v[j].kind < cands.v[i].kind) {
                    drop[i] = true;
                    break;
                }
                drop[j] = true;
            }
        }
    }
    for (size_t i = 0; i < cands.n && ok; i++) {
        if (drop[i])
            continue;
        const id_cand *k = &cands.v[i];
        ex_identifier *id = ex_vec_push(c->alloc, &c->identifiers);
        if (!id) {
            c->oom = true;
            ok = false;
            break;
        }
        id->kind = kind_names[k->kind];
        id->value = ex_strdup(c, k->value);
        if (k->cut) {
            /* the SIREN and its NIC, without the cells between them */
            char t[24];
            memcpy(t, c->text.s + k->a, k->cut - k->a);
            t[k->cut - k->a] = ' ';
            memcpy(t + k->cut - k->a + 1, c->text.s + k->b - 5, 5);
            id->text = ex_strndup(c, t, k->cut - k->a + 6);
        } else
            id->text = ex_text_value(c, &c->text, k->a, k->b);
        id->span.start = k->a;
        id->span.end = k->b;
        if (!id->value || !id->text)
            ok = false;
    }
    ex_free(c->alloc, drop);
    ex_vec_free(c->alloc, &cands);
    return ok && !c->oom;
}
