/*
 * tokenize.c - stage 3: words, numbers, abbreviations, elisions,
 * punctuation and symbols with their view spans.
 *
 * French conventions: elisions are their own token with the apostrophe
 * (l', d', qu', l’); "M.", "Mme", "MM.", "Mmes", "N°", "n°", "art." and
 * code articles such as "L.2121-29" are single abbreviation tokens;
 * numbers keep thousands separators (space, NBSP folded to space, dot,
 * apostrophe) and a decimal comma: "1 745 883", "18 450,00", "500.000".
 */
#include "internal.h"

#include <string.h>


/* letter: ASCII letter or any non-ASCII code point that is not
   punctuation we know (quotes, dashes, euro sign, degree, NBSP...) */
static size_t letter_len_mb(const unsigned char *s, size_t n)
{
    unsigned char b = s[0];
    if (b == 0xC2) /* U+0080..U+00BF: symbols (°, «, », §, ...) except ª º µ */
        return (n > 1 && (s[1] == 0xAA || s[1] == 0xBA || s[1] == 0xB5)) ? 2 : 0;
    if (b == 0xC3)
        return (n > 1 && s[1] != 0x97 && s[1] != 0xB7) ? 2 : 0;
    if (b >= 0xC4 && b <= 0xDF)
        return n > 1 ? 2 : 0;
    if (b == 0xE2)
        return 0; /* U+2000..U+2FFF: punctuation, symbols */
    if (b >= 0xE0 && b <= 0xEF)
        return n > 2 ? 3 : 0;
    if (b >= 0xF0)
        return n > 3 ? 4 : 0;
    return 0;
}

static inline size_t letter_len(const unsigned char *s, size_t n)
{
    if (!n)
        return 0;
    unsigned char b = s[0];
    if ((unsigned char)((b | 0x20) - 'a') < 26)
        return 1;
    return b < 0x80 ? 0 : letter_len_mb(s, n);
}

static size_t apostrophe_len(const unsigned char *s, size_t n)
{
    if (n >= 1 && s[0] == '\'')
        return 1;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x99 || s[2] == 0x98))
        return 3;
    return 0;
}

static size_t char_len(const unsigned char *s, size_t n)
{
    unsigned char b = s[0];
    size_t l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    return l > n ? n : l;
}

static const char *const abbrevs[] = {
    "mmes", "mme", "mlle", "mm.", "m.", "me", "dr", "n°", "no.", "art.",
    "st", "ste", NULL
};

const char *ex_tok_kind_name(ex_tok_kind k)
{
    switch (k) {
    case EX_TOK_WORD: return "word";
    case EX_TOK_NUMBER: return "number";
    case EX_TOK_ABBREV: return "abbrev";
    case EX_TOK_ELISION: return "elision";
    case EX_TOK_PUNCT: return "punct";
    case EX_TOK_SYMBOL: return "symbol";
    }
    return "?";
}

bool ex_token_next(const ex_text *t, size_t *pos, ex_token *tk)
{
    const unsigned char *s = (const unsigned char *)t->s;
    size_t n = t->len;
    size_t p = *pos;
    while (p < n) {
        unsigned char b = s[p];
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f') {
            p++;
            continue;
        }
        size_t start = p, end;
        ex_tok_kind kind;
        size_t ll;
        if (ex_is_digit(b)) {
            end = p;
            while (end < n && ex_is_digit(s[end]))
                end++;
            /* groups of three after a space, dot or apostrophe */
            for (;;) {
                if (end + 3 < n + 0 && (s[end] == ' ' || s[end] == '.' || s[end] == '\'')
                    && ex_is_digit(s[end + 1]) && end + 3 < n && ex_is_digit(s[end + 2])
                    && ex_is_digit(s[end + 3]) && (end + 4 >= n || !ex_is_digit(s[end + 4])))
                    end += 4;
                else
                    break;
            }
            if (end + 1 < n && (s[end] == ',' || s[end] == '.') && ex_is_digit(s[end + 1])) {
                end++;
                while (end < n && ex_is_digit(s[end]))
                    end++;
            }
            kind = EX_TOK_NUMBER;
        } else if ((ll = letter_len(s + p, n - p)) != 0) {
            end = p + ll;
            for (;;) {
                while (end < n && (unsigned char)((s[end] | 0x20) - 'a') < 26)
                    end++;
                size_t l2 = end < n ? letter_len(s + end, n - end) : 0;
                if (l2) {
                    end += l2;
                    continue;
                }
                /* inner hyphen: Jean-Claude, Pas-de-Calais */
                if (end + 1 < n && s[end] == '-' && letter_len(s + end + 1, n - end - 1)) {
                    end++;
                    continue;
                }
                break;
            }
            kind = EX_TOK_WORD;
            size_t ap = end < n ? apostrophe_len(s + end, n - end) : 0;
            size_t wl = end - p;
            /* elision: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' */
            if (ap && (wl == 1 || ex_match_fold((const char *)s + p, wl, "qu") == wl
                       || ex_match_fold((const char *)s + p, wl, "jusqu") == wl
                       || ex_match_fold((const char *)s + p, wl, "lorsqu") == wl
                       || ex_match_fold((const char *)s + p, wl, "puisqu") == wl)) {
                end += ap;
                kind = EX_TOK_ELISION;
            } else {
                /* abbreviations (only the keys that can match the
                   word's first letter, folded as ex_match_fold does) */
                char f0 = b < 0x80 ? (char)((b >= 'A' && b <= 'Z') ? b + 32 : b)
                          : ex_match_fold((const char *)s + p, n - p, "m") ? 'm'
                          : ex_match_fold((const char *)s + p, n - p, "n") ? 'n'
                          : ex_match_fold((const char *)s + p, n - p, "a") ? 'a'
                          : ex_match_fold((const char *)s + p, n - p, "d") ? 'd'
                          : ex_match_fold((const char *)s + p, n - p, "s") ? 's' : 0;
                /* the longest key is 4 letters of at most 2 bytes */
                if (wl > 8 || !(f0 == 'm' || f0 == 'n' || f0 == 'a' || f0 == 'd' || f0 == 's'))
                    f0 = 0;
                for (size_t k = 0; f0 && abbrevs[k]; k++) {
                    if (abbrevs[k][0] != f0)
                        continue;
                    size_t m = ex_match_fold((const char *)s + p, n - p, abbrevs[k]);
                    if (m && m >= wl) {
                        if (m > wl || (end < n && s[end] == '.')) {
                            end = p + m;
                            if (end < n && s[end] == '.' && m == wl)
                                end++;
                        }
                        kind = EX_TOK_ABBREV;
                        break;
                    }
                }
                /* code article: L.2121-29, R. 2123-1, D.1617-19 */
                if (wl == 1 && (b == 'L' || b == 'R' || b == 'D' || b == 'A')
                    && end < n && s[end] == '.') {
                    size_t q = end + 1;
                    while (q < n && s[q] == ' ')
                        q++;
                    if (q < n && ex_is_digit(s[q])) {
                        while (q < n && (ex_is_digit(s[q]) || (s[q] == '-' && q + 1 < n && ex_is_digit(s[q + 1]))))
                            q++;
                        end = q;
                        kind = EX_TOK_ABBREV;
                    }
                }
                /* N° */
                if (wl == 1 && (b == 'N' || b == 'n') && end + 1 < n && s[end] == 0xC2 && s[end + 1] == 0xB0) {
                    end += 2;
                    kind = EX_TOK_ABBREV;
                }
            }
        } else {
            end = p + char_len(s + p, n - p);
            kind = (b < 0x80 && b != '%' && b != '$' && b != '&' && b != '+' && b != '=' && b != '<' && b != '>')
                       ? EX_TOK_PUNCT : EX_TOK_SYMBOL;
            if (b >= 0x80) {
                /* quotes and dashes are punctuation */
                if ((b == 0xC2 && (s[p + 1] == 0xAB || s[p + 1] == 0xBB))
                    || (b == 0xE2 && end - p == 3 && s[p + 1] == 0x80))
                    kind = EX_TOK_PUNCT;
            }
        }
        tk->start = start;
        tk->end = end;
        tk->kind = kind;
        *pos = end;
        return true;
    }
    *pos = p;
    return false;
}

bool ex_tokenize(const ex_alloc *a, const ex_text *t, ex_token_vec *out)
{
    size_t p = 0;
    ex_token tk;
    while (ex_token_next(t, &p, &tk)) {
        ex_token *slot = ex_vec_push(a, out);
        if (!slot)
            return false;
        *slot = tk;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Number signs: "n°" before a number, read backwards from the number by
   dates.c (an ISO date after a number sign is an act number) and
   identifiers.c (a postal code after one is not a postal code). */

static bool is_n(char ch) { return ch == 'n' || ch == 'N'; }

/* the bytes of the mark of EX_NUMBER_SIGN_MARKS ending at s[i], 0 when none */
static size_t mark_before(const char *s, size_t i)
{
    const char *m = EX_NUMBER_SIGN_MARKS;
    while (*m) {
        unsigned char b = (unsigned char)*m;
        size_t l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i >= l && !memcmp(s + i - l, m, l))
            return l;
        m += l;
    }
    return 0;
}

bool ex_number_sign_before(const char *s, size_t p, size_t *start)
{
    size_t i = p, a, l;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n'
                     || s[i - 1] == ':' || s[i - 1] == ',' || s[i - 1] == '.'))
        i--;
    if (i == 0)
        return false;
    if ((l = mark_before(s, i)) != 0 && i - l > 0
        && (is_n(s[i - l - 1])
            || (i - l > 1 && (s[i - l - 1] == ' ' || s[i - l - 1] == '\t') && is_n(s[i - l - 2]))))
        a = is_n(s[i - l - 1]) ? i - l - 1 : i - l - 2;     /* n° n º n* n' n9 */
    else if (i >= 2 && (s[i - 1] == 'o' || s[i - 1] == 'O' || s[i - 1] == '0') && is_n(s[i - 2]))
        a = i - 2;                                          /* no No n0 */
    else if (i >= 6 && ex_match_fold(s + i - 6, 6, "numero") == 6)
        a = i - 6;
    else if (i >= 7 && ex_match_fold(s + i - 7, 7, "numero") == 7)
        a = i - 7;                                          /* numéro */
    else if (is_n(s[i - 1]))
        a = i - 1;                                          /* n, n. */
    else
        return false;
    if (a > 0) {
        /* not the end of a word: the character before a is no letter */
        size_t k = a - 1;
        while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        if (ex_num_is_letter(s + k, a - k))
            return false;
    }
    if (start)
        *start = a;
    return true;
}
