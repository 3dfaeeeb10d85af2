/*
 * numbers.c - stage numbers: French numbers in digits and in words (the
 * shared layer of amounts.c and dates.c).
 *
 * Digits:  1 745 883 / 500.000 / 1'200 / 18 450,00 / 2 033 729.68 / a
 *          number broken over a line end ("54 \n460").  OCR confusions
 *          inside a number are those of the model (ocrmodel.c): O o -> 0,
 *          l I | -> 1 (only where the caller asks for them, and only
 *          between or after real digits as the caller's pattern allows).
 * Words:   un, vingt et un, quatre-vingt-dix-sept, soixante-et-onze,
 *          deux cent trente, mille / mil, deux mille vingt-quatre,
 *          un million, trois milliards; hyphens or blanks between words
 *          (1990 spelling included); "premier" / "première" alone is 1.
 *          Accent- and case-insensitive.
 *
 * The helpers below the public ex_number_words() are shared with
 * amounts.c and dates.c; their prototypes are repeated there (internal.h
 * belongs to the engine).
 */
#include "internal.h"

#include <string.h>

bool ex_numbers_init(extract_engine *e)
{
    EX_UNUSED(e);
    return true;
}

void ex_numbers_free(extract_engine *e)
{
    EX_UNUSED(e);
}

/* ------------------------------------------------------------------ */
/* Folding */

/* Fold one UTF-8 character to a lowercase ASCII letter (Latin-1 and
   Latin Extended-A letters lose their accents; oe -> o); returns 0 when
   it is not a letter.  *n gets the bytes consumed. */
char ex_num_fold(const char *s, size_t len, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char b = u[0];
    *n = 1;
    if (b < 0x80) {
        if (b >= 'A' && b <= 'Z')
            return (char)(b + 32);
        if (b >= 'a' && b <= 'z')
            return (char)b;
        return 0;
    }
    if ((b & 0xE0) == 0xC0)
        *n = 2;
    else if ((b & 0xF0) == 0xE0)
        *n = 3;
    else if ((b & 0xF8) == 0xF0)
        *n = 4;
    if (*n > len) {
        *n = len;
        return 0;
    }
    if (b == 0xC3) {
        static const char map[64] =
            "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
            "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
        return map[u[1] & 0x3F];
    }
    if (b == 0xC5 && (u[1] == 0x92 || u[1] == 0x93))
        return 'o';
    if (b >= 0xC4 && b <= 0xC5)
        return 'x';   /* some other Latin letter */
    return 0;
}

/* true when the character at s[0] is a letter (any alphabet of Latin):
   ex_num_is_letter() (internal.h) past its inline ASCII test */
bool ex_num_is_letter_mb(const char *s, size_t len)
{
    size_t n;
    return ex_num_fold(s, len, &n) != 0;
}

/* Fold the letters of the word at s[0..len) into out (lowercase ASCII,
   at most cap-1 letters, NUL-terminated); returns the bytes consumed
   (0 when s does not start with a letter). */
size_t ex_num_fold_word(const char *s, size_t len, char *out, size_t cap)
{
    size_t i = 0, k = 0;
    while (i < len) {
        size_t n = 1;
        unsigned char b = (unsigned char)s[i];
        /* ASCII: ex_num_fold() inline */
        char f = b >= 0x80 ? ex_num_fold(s + i, len - i, &n)
                 : b >= 'A' && b <= 'Z' ? (char)(b + 32) : b >= 'a' && b <= 'z' ? (char)b : 0;
        if (!f)
            break;
        if (k + 1 < cap)
            out[k++] = f;
        else
            return 0;   /* too long for any word we look up */
        i += n;
    }
    if (cap)
        out[k] = 0;
    return i;
}

/* ------------------------------------------------------------------ */
/* Digits */

/* Value of the digit at ch, or -1; with ocr, the letters OCR takes for
   digits inside a number count too (the model's EX_OCR_NUMBER table,
   ocrmodel.c: O o -> 0, l I | -> 1). */
int ex_num_digit(char ch, bool ocr)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    return ocr ? ex_ocr_digit(ch, EX_OCR_NUMBER) : -1;
}

/* Integer value of the digits in s[a..b), skipping the group separators
   of a printed number (blanks, line breaks, . ' and U+2019); OCR
   confusions allowed when ocr.  Returns -1 when a character is neither
   or when the value overflows 10^15. */
long long ex_num_int(const char *s, size_t a, size_t b, bool ocr)
{
    long long v = 0;
    int nd = 0;
    for (size_t i = a; i < b; i++) {
        char ch = s[i];
        int d = ex_num_digit(ch, ocr);
        if (d >= 0) {
            v = v * 10 + d;
            if (++nd > 15)
                return -1;
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '.'
            || ch == '\'' || ch == ':')
            continue;
        if ((unsigned char)ch == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80
            && (unsigned char)s[i + 2] == 0x99) {
            i += 2;
            continue;
        }
        return -1;
    }
    return nd ? v : -1;
}

/* ------------------------------------------------------------------ */
/* Words */

enum { W_UNIT = 1, W_TEEN, W_TENS, W_HUNDRED, W_THOUSAND, W_MILLION,
       W_BILLION, W_FIRST, W_ET };

static const struct { const char *key; int cls; int val; } number_words[] = {
    {"zero", W_UNIT, 0}, {"un", W_UNIT, 1}, {"une", W_UNIT, 1},
    {"deux", W_UNIT, 2}, {"trois", W_UNIT, 3}, {"quatre", W_UNIT, 4},
    {"cinq", W_UNIT, 5}, {"six", W_UNIT, 6}, {"sept", W_UNIT, 7},
    {"huit", W_UNIT, 8}, {"neuf", W_UNIT, 9},
    {"dix", W_TEEN, 10}, {"onze", W_TEEN, 11}, {"douze", W_TEEN, 12},
    {"treize", W_TEEN, 13}, {"quatorze", W_TEEN, 14}, {"quinze", W_TEEN, 15},
    {"seize", W_TEEN, 16},
    {"vingt", W_TENS, 20}, {"vingts", W_TENS, 20}, {"trente", W_TENS, 30},
    {"quarante", W_TENS, 40}, {"cinquante", W_TENS, 50},
    {"soixante", W_TENS, 60},
    {"cent", W_HUNDRED, 100}, {"cents", W_HUNDRED, 100},
    {"mil", W_THOUSAND, 1000}, {"mille", W_THOUSAND, 1000},
    {"million", W_MILLION, 0}, {"millions", W_MILLION, 0},
    {"milliard", W_BILLION, 0}, {"milliards", W_BILLION, 0},
    {"premier", W_FIRST, 1}, {"premiere", W_FIRST, 1},
    {"et", W_ET, 0},
};

/* the keys' first two letters: bit k of key_pairs[f - 'a'] is set when
   a key of number_words[] starts with f then 'a' + k (keep with the
   table) */
#define B_(ch) (1u << ((ch) - 'a'))
static const uint32_t key_pairs[26] = {
    ['c' - 'a'] = B_('e') | B_('i'),
    ['d' - 'a'] = B_('e') | B_('i') | B_('o'),
    ['e' - 'a'] = B_('t'),
    ['h' - 'a'] = B_('u'),
    ['m' - 'a'] = B_('i'),
    ['n' - 'a'] = B_('e'),
    ['o' - 'a'] = B_('n'),
    ['p' - 'a'] = B_('r'),
    ['q' - 'a'] = B_('u'),
    ['s' - 'a'] = B_('e') | B_('i') | B_('o'),
    ['t' - 'a'] = B_('r'),
    ['u' - 'a'] = B_('n'),
    ['v' - 'a'] = B_('i'),
    ['z' - 'a'] = B_('e'),
};
#undef B_

/* the keys of number_words[] by first letter: their indexes + 1, in
   table order, 0 ending each list (keep with the table) */
static const unsigned char keys_by_first[26][7] = {
    ['c' - 'a'] = {7, 23, 25, 26},
    ['d' - 'a'] = {4, 12, 14},
    ['e' - 'a'] = {35},
    ['h' - 'a'] = {10},
    ['m' - 'a'] = {27, 28, 29, 30, 31, 32},
    ['n' - 'a'] = {11},
    ['o' - 'a'] = {13},
    ['p' - 'a'] = {33, 34},
    ['q' - 'a'] = {6, 16, 17, 22},
    ['s' - 'a'] = {8, 9, 18, 24},
    ['t' - 'a'] = {5, 15, 21},
    ['u' - 'a'] = {2, 3},
    ['v' - 'a'] = {19, 20},
    ['z' - 'a'] = {1},
};

/* the number word at s[0..n): its table index, *len its bytes; -1 */
static int word_at(const char *s, size_t n, size_t *len)
{
    /* Prefilter (exact): ex_num_fold_word() folds an ASCII byte to its
       lower-case letter, and stops at any other ASCII byte; every key
       has two letters or more.  So two ASCII first bytes must be letters
       that open a key (key_pairs[]), and one ASCII first byte a letter
       with a second byte after it; a byte >= 0x80 (an accented letter
       folded) is not filtered on.  Most words are no number word. */
    unsigned char b0 = n ? (unsigned char)s[0] : 0;
    if (n && b0 < 0x80) {
        unsigned char f0 = b0 | 0x20;
        if (f0 < 'a' || f0 > 'z' || n < 2)
            return -1;
        unsigned char b1 = (unsigned char)s[1];
        if (b1 < 0x80) {
            unsigned char f1 = b1 | 0x20;
            if (f1 < 'a' || f1 > 'z' || !(key_pairs[f0 - 'a'] & (1u << (f1 - 'a'))))
                return -1;
        }
    }
    char w[16];
    size_t used = ex_num_fold_word(s, n, w, sizeof w);
    if (!used)
        return -1;
    /* (only the keys with w's first letter: a key with another one is
       not w; the keys are distinct, so at most one is equal to w) */
    if (w[0] < 'a' || w[0] > 'z')
        return -1;
    for (const unsigned char *k = keys_by_first[w[0] - 'a']; *k; k++)
        if (strcmp(w, number_words[*k - 1].key) == 0) {
            *len = used;
            return (int)(*k - 1);
        }
    return -1;
}

/* bytes of separators between two number words at s[0..n): blanks,
   one line break, hyphens (- and U+2010/U+2011), and one apostrophe
   (' or U+2019, or the quote U+2018) that OCR put for a blank or a
   hyphen ("deux mil'vingt-trois", "vingt ‘et un"; no French number
   word is elided) */
static size_t word_gap(const char *s, size_t n)
{
    size_t i = 0;
    int nl = 0, ap = 0;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ' || b == '\t' || b == '-')
            i++;
        else if (b == '\'' && !ap++)
            i++;
        else if (b == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
                 && ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98) && !ap++)
            i += 3;
        else if ((b == '\n' || b == '\f') && !nl) {
            /* (a page break, "\n\f", is one line break: "quatre" /
               page / "millions") */
            nl = 1;
            i++;
            if (b == '\n' && i < n && s[i] == '\f')
                i++;
        } else if (b == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
                   && ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91))
            i += 3;
        else
            break;
    }
    return i;
}

/* OCR: the number word one edit from the word at s[0..n) ("einq" for
   "cinq"), words and keys of 4+ letters a-z only; -1 when none */
static int word_near(const char *s, size_t n, size_t *len)
{
    char w[16];
    size_t used = ex_num_fold_word(s, n, w, sizeof w);
    size_t wl = used ? strlen(w) : 0;
    if (wl < 4)
        return -1;
    for (size_t q = 0; q < wl; q++)
        if (w[q] < 'a' || w[q] > 'z')
            return -1;
    for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++) {
        size_t kl = strlen(number_words[i].key);
        if (kl >= 4 && number_words[i].cls != W_FIRST && ex_lev1(w, wl, number_words[i].key, kl)) {
            *len = used;
            return (int)i;
        }
    }
    return -1;
}

static long long words_value(const char *s, size_t n, size_t *used, bool ocr);

long long ex_number_words(const char *s, size_t n, size_t *used)
{
    return words_value(s, n, used, false);
}

/* ex_number_words() reading one word misread by OCR ("dix-huit mille
   einq cents"): not the first word, and only when the whole phrase
   reads as a number (the caller checks *used) */
long long ex_number_words_ocr(const char *s, size_t n, size_t *used)
{
    return words_value(s, n, used, true);
}

static long long words_value(const char *s, size_t n, size_t *used, bool ocr)
{
    long long big = 0, thou = 0, cur = 0;
    int last = 0, lastval = 0;   /* class and value of the last word */
    bool any = false, have_thou = false;
    size_t i = 0, end = 0;
    if (used)
        *used = 0;
    if (!s)
        return -1;
    while (i < n) {
        size_t len;
        int k = word_at(s + i, n - i, &len);
        if (k < 0 && ocr && any) {
            k = word_near(s + i, n - i, &len);
            ocr = false;    /* one such word at most */
        }
        if (k < 0)
            break;
        int cls = number_words[k].cls, val = number_words[k].val;
        if (cls == W_FIRST) {
            if (any)
                break;
            cur = 1;
            any = true;
            end = i + len;
            break;
        }
        if (cls == W_ET) {
            /* vingt et un, soixante et onze: only between tens and un/onze */
            if (last != W_TENS)
                break;
            size_t g = word_gap(s + i + len, n - i - len);
            size_t l2;
            int k2 = g ? word_at(s + i + len + g, n - i - len - g, &l2) : -1;
            if (k2 < 0 || number_words[k2].val != (number_words[k2].cls == W_UNIT ? 1 : 11))
                break;
            last = W_ET;
            i += len + g;
            continue;
        }
        bool ok = true;
        switch (cls) {
        case W_UNIT:
            if (last == W_UNIT || (last == W_TEEN && lastval != 10))
                ok = false;
            else if (val == 0 && any)
                ok = false;
            else
                cur += val;
            break;
        case W_TEEN:
            if (last == W_UNIT || last == W_TEEN)
                ok = false;
            else if (last == W_TENS && lastval != 60 && lastval != 80)
                ok = false;
            else if (last == W_ET && val != 11)
                ok = false;
            else
                cur += val;
            break;
        case W_TENS:
            if (val == 20 && last == W_UNIT && lastval == 4 && cur % 100 == 4) {
                cur += 76;          /* quatre-vingt */
                val = 80;
            } else if (last == W_UNIT || last == W_TEEN || last == W_TENS
                       || last == W_ET)
                ok = false;
            else
                cur += val;
            break;
        case W_HUNDRED:
            if (cur >= 10 || last == W_ET)
                ok = false;   /* "vingt cent", "cent cent" */
            else
                cur = (cur ? cur : 1) * 100;
            break;
        case W_THOUSAND:
            if (have_thou || last == W_ET)
                ok = false;
            else {
                thou = (cur ? cur : 1) * 1000;
                cur = 0;
                have_thou = true;
            }
            break;
        case W_MILLION:
        case W_BILLION:
            if (last == W_ET) {
                ok = false;
            } else {
                long long m = cls == W_MILLION ? 1000000LL : 1000000000LL;
                long long base = thou + cur;
                if (big && cls == W_MILLION && big % 1000000000LL == 0 && base)
                    big += base * m;
                else if (!big)
                    big = (base ? base : 1) * m;
                else
                    ok = false;
                if (ok) {
                    thou = cur = 0;
                    have_thou = false;
                }
            }
            break;
        default:
            ok = false;
        }
        if (!ok)
            break;
        any = true;
        last = cls;
        lastval = val;
        end = i + len;
        i += len;
        size_t g = word_gap(s + i, n - i);
        i += g;
    }
    if (!any)
        return -1;
    if (used)
        *used = end;
    return big + thou + cur;
}

/* The word (letters and inner hyphens) ending before view offset p,
   past blanks and at most two line ends (and commas when comma): its
   bounds in [*wa, *wb) (ex_word_before()); false when there is none
   (*wa, *wb untouched). */
bool ex_num_prev_word(const char *s, size_t p, bool comma, size_t *wa, size_t *wb)
{
    size_t a, b;
    unsigned flags = EX_WB_NL2 | EX_WB_HYPHEN | EX_WB_LETTER | (comma ? EX_WB_COMMA : 0u);
    if (!ex_word_before(s, 0, p, flags, &a, &b, NULL, 0))
        return false;
    *wa = a;
    *wb = b;
    return true;
}

/* a quote ' ‘ ’ at q glued to the words on both sides ("cent trois
   mille’sept cent quarante euros", OCR) is a speck, not an elision: the
   word before it has 3 letters or more and does not end in "qu"
   ("l’un", "d’un", "quelqu’un", "jusqu’à" are elisions) */
static bool glued_quote(const char *s, size_t q)
{
    size_t r = q, letters = 0;
    while (r > 0 && letters < 3 && ex_num_is_letter(s + r - 1, 1)) {
        r--;
        letters++;
    }
    return letters >= 3 && !((s[q - 1] == 'u' || s[q - 1] == 'U') && (s[q - 2] == 'q' || s[q - 2] == 'Q'));
}

/* OCR: a speck standing alone right before p (blanks and line ends
   apart, at most two line ends on each side): one of . , ; : ' ‘ ’ _ *
   with a blank or a line end before it; the offset before the speck,
   else 0.  A quote ' ‘ ’ glued to the end of a word with a blank or a
   line end after it is one too ("quatre’\nmille euros": no French word
   ends elided before a blank).  Across a line break only (a speck that
   way is no punctuation): = | alone ("mille\n= six cents euros"), a
   "-" alone ending its line (one opening a line is a dash), and . , ; :
   glued to the end of a word when the word after the line end is in
   lower case (no sentence starts that way: "douze mille cinq.\ncents
   euros", not "… mille.\nCent euros"); a quote glued to the words on
   both sides as glued_quote() says; a '.' so glued also on its line,
   a blank after it ("trente-six. mille euros"); a hyphen glued to the
   end of a word with a blank after it on its line, the word after it
   in lower case (a compound number cut by a stray blank, OCR or the
   writer: "quarante- cinq mille euros"; the caller reads the words
   whole as a number); a ':' or ';' glued to the words on both sides,
   the word after it in lower case (typeset French puts a blank before
   and after them: "quatre mille:huit cents euros") */
size_t ex_num_word_speck(const char *s, size_t p)
{
    size_t q = p;
    int nl = 0;
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == '\t' || (s[q - 1] == '\n' && nl++ < 2)))
        q--;
    if (!nl && q < p && q >= 2 && s[q - 1] == '-' && ex_num_is_letter(s + q - 2, 1)
        && s[p] >= 'a' && s[p] <= 'z')
        return q - 1;
    size_t k = 0;
    bool brk = false;   /* a speck read across a line break only */
    /* speck_len()'s and : * too: between the words of an amount a
       colon or a star is no text, whereas before a count (votes.c,
       attendance.c) the colon is the label's */
    if (q > 0 && (speck_len(s, q - 1, q) == 1 || strchr(":*", s[q - 1])))
        k = 1;
    else if (q >= 3 && curly_quote_len(s, q - 3, q))
        k = 3;
    else if (q > 0 && (s[q - 1] == '=' || s[q - 1] == '|' || (s[q - 1] == '-' && nl)))
        k = 1, brk = true;
    if (!k || q - k == 0)
        return 0;
    bool quote = k == 3 || s[q - 1] == '\'';
    bool after = q < p;     /* a blank or line end after the speck */
    char sp = s[q - 1];
    q -= k;
    char b = s[q - 1];
    if (b == ' ' || b == '\t' || b == '\n') {
        if (!brk || nl)
            return q;
        /* = | alone: a line end before it */
        size_t r = q;
        while (r > 0 && (s[r - 1] == ' ' || s[r - 1] == '\t'))
            r--;
        return sp != '-' && r > 0 && s[r - 1] == '\n' ? q : 0;
    }
    if (quote && after)
        return ex_num_is_letter(s + q - 1, 1) ? q : 0;
    if (quote)
        return glued_quote(s, q) ? q : 0;
    bool glued = !after && (sp == ':' || sp == ';');
    return !brk && (nl || (sp == '.' && after) || glued) && strchr(".,;:", sp) && ex_num_is_letter(s + q - 1, 1)
           && s[p] >= 'a' && s[p] <= 'z'
           ? q : 0;
}

/* The text value of a short mention at [a, b) of the view (an amount, a
   date): blanks and line ends collapsed to one space, nothing dropped
   (unlike ex_text_value, a line inside the mention is never furniture:
   OCR "13 octobre\n2023 :" keeps its year); a line end after a hyphen
   joins ("vingt-\nquatre").  Arena string; NULL when out of memory. */
char *ex_num_text(ex_call *c, size_t a, size_t b)
{
    const char *s = c->text.s;
    char *out = ex_arena_alloc(&c->arena, b - a + 1);
    if (!out) {
        c->oom = true;
        return NULL;
    }
    /* the common case, the span printed with single spaces between
       other bytes (no tab, line end, CR, form feed, no blank at either
       end, no two blanks in a row): the loop below copies it as it is */
    size_t j = a;
    for (; j < b; j++) {
        unsigned char ch = (unsigned char)s[j];
        if (ch > ' ')
            continue;
        if (ch == ' ' ? (j == a || j + 1 == b || s[j - 1] == ' ')
                      : (ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'))
            break;
    }
    if (j == b) {
        memcpy(out, s + a, b - a);
        out[b - a] = 0;
        return out;
    }
    size_t k = 0;
    bool blank = false;
    for (size_t i = a; i < b; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
            blank = blank || ch != '\n' || k == 0 || out[k - 1] != '-';
            if (ch == '\n' && k && out[k - 1] == '-')
                blank = false;
            continue;
        }
        if (blank && k)
            out[k++] = ' ';
        blank = false;
        out[k++] = ch;
        /* the rest of the run of other bytes, copied as they are (the
           loop would do the same one byte at a time; a byte above ' ' is
           no blank) */
        while (i + 1 < b && ((unsigned char)s[i + 1] > ' '
                             || !(s[i + 1] == ' ' || s[i + 1] == '\t' || s[i + 1] == '\n'
                                  || s[i + 1] == '\r' || s[i + 1] == '\f')))
            out[k++] = s[++i];
    }
    out[k] = 0;
    return out;
}
