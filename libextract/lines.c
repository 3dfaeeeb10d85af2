/*
 * lines.c - stage 2: the line and page model, and text values.
 *
 * Lines end at LF, CRLF or CR; a form feed ends a line and starts a page.
 * Page furniture is marked, never removed from the view: a line holding
 * "Page 2/5" (or "2/5", "- 3 -" alone), a lone page number, a page code
 * such as "CP20221017-32" alone on its line, and a line repeated at the
 * top or bottom of two pages or more (running header/footer).  ACTES
 * stamp lines ("Envoyé en préfecture le", "Reçu en préfecture le",
 * "Publié le", "ID : ...") are marked as stamps: they repeat on every page
 * but their dates and ids count at each occurrence (contract).  Lines
 * that number a page ("Page 2/5", "2/5" alone, a page counter after a
 * wide gap, even one seen once) are also marked EX_LINE_FOOTER: they
 * close a page, and segment.c ends an act there.  A running header
 * printed only once (a two-page act) is furniture when it is the first
 * line after such a footer, stands alone before a blank line and repeats
 * a number of the footer.
 *
 * ex_text_value() makes the contract's text values: blanks and line
 * breaks collapsed to one space, line-end hyphenation repaired
 * ("pau-\nvreté" -> "pauvreté", "Jean-\nMarc" -> "Jean-Marc"), furniture
 * lines dropped.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

size_t ex_line_at_search(const ex_text *t, size_t p)
{
    size_t lo = 0, hi = t->nlines;
    if (!hi)
        return 0;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->lines[mid].start <= p)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}


/* the fold of 0xC3 and a byte c (internal.h) */
const char ex_fold_c3[64] =
    "aaaaaaaceeeeiiii" "dnooooo*ouuuuyts"
    "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";

/* ASCII-fold one UTF-8 letter of Latin-1/Latin Extended-A to lowercase
   ASCII; returns the folded byte and sets *n to the bytes consumed
   (ex_fold_char(), internal.h, tests ASCII and 0xC3 inline and calls
   this for the others: persons.c folds its tokens with it). */
char ex_fold_char_mb(const unsigned char *s, size_t len, size_t *n)
{
    unsigned char b = s[0];
    *n = 1;
    if (b < 0x80)
        return (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    if (b == 0xC3 && len >= 2) {
        *n = 2;
        return ex_fold_c3[s[1] & 0x3F];
    }
    if (b == 0xC5 && len >= 2 && (s[1] == 0x92 || s[1] == 0x93)) {
        *n = 2;
        return 'o'; /* oe ligature: first letter only */
    }
    if ((b & 0xE0) == 0xC0)
        *n = 2;
    else if ((b & 0xF0) == 0xE0)
        *n = 3;
    else if ((b & 0xF8) == 0xF0)
        *n = 4;
    if (*n > len)
        *n = len;
    return '?';
}

size_t ex_match_fold_slow(const char *s, size_t n, const char *key)
{
    size_t i = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (const char *k = key; *k; k++) {
        if (i >= n)
            return 0;
        unsigned char b = u[i];
        if (b < 0x80 && *k != '\'') {
            /* ASCII: ex_fold_char() inline (lower case only) */
            if ((char)((b >= 'A' && b <= 'Z') ? b + 32 : b) != *k)
                return 0;
            i++;
            continue;
        }
        size_t used;
        if (*k == '\'') {
            /* apostrophe: ' or U+2019 / U+2018 */
            if (u[i] == '\'')
                used = 1;
            else if (n - i >= 3 && u[i] == 0xE2 && u[i + 1] == 0x80
                     && (u[i + 2] == 0x99 || u[i + 2] == 0x98))
                used = 3;
            else
                return 0;
        } else if (b == 0xC3 && n - i >= 2) {
            /* ex_fold_char()'s Latin-1 case inline (most letters
               that are not ASCII) */
            if (ex_fold_c3[u[i + 1] & 0x3F] != *k)
                return 0;
            used = 2;
        } else if (ex_fold_char(u + i, n - i, &used) != *k) {
            return 0;
        }
        i += used;
    }
    return i;
}

size_t ex_street_word(const char *s, size_t n)
{
    static const char *const street[] = {"rue", "avenue", "boulevard", "place", "chemin", "route", "allee",
                                         "impasse", "quai", "cours", "square", "passage", "esplanade",
                                         "lieu-dit", "hameau", "voie", NULL};
    for (size_t i = 0; street[i]; i++) {
        size_t m = ex_match_fold(s, n, street[i]);
        if (m && (m == n || is_blank(s[m]) || is_nl(s[m])))
            return m;
    }
    return 0;
}

/* a letter of the run ending before i, or with EX_WB_HYPHEN an inner
   hyphen (not the run's first byte, not right before its end e): the
   run's new start, or i when it stops there */
static size_t wb_run_step(const char *s, size_t lo, size_t i, size_t e, unsigned flags)
{
    unsigned char ch = (unsigned char)s[i - 1];
    size_t k = i - 1;
    if (ch >= 0x80 && (flags & EX_WB_LETTER)) {
        while (k > lo && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        if (ex_num_is_letter(s + k, i - k))
            return k;
    } else if (((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || (ch >= 0x80 && !(flags & EX_WB_ASCII))) {
        return k;
    }
    if ((flags & EX_WB_HYPHEN) && s[k] == '-' && k > lo && k + 1 < e)
        return k;
    return i;
}

bool ex_word_before(const char *s, size_t lo, size_t p, unsigned flags, size_t *wa, size_t *wb,
                    char *w, size_t cap)
{
    size_t i = p;
    int nl = 0;
    while (i > lo && (s[i - 1] == ' ' || s[i - 1] == '\t'
                      || ((flags & EX_WB_PUNCT) && (s[i - 1] == ':' || s[i - 1] == ',' || s[i - 1] == '\n'))
                      || ((flags & EX_WB_NL2) && s[i - 1] == '\n' && nl++ < 2)
                      /* (a page break "\n\f" inside the words) */
                      || ((flags & EX_WB_NL2) && s[i - 1] == '\f' && i - 1 > lo && s[i - 2] == '\n')
                      || ((flags & EX_WB_COMMA) && s[i - 1] == ',')))
        i--;
    if (flags & EX_WB_APOS) {
        if (i > lo && s[i - 1] == '\'')
            i--;
        else if (i >= lo + 3 && !memcmp(s + i - 3, "\xE2\x80\x99", 3))
            i -= 3;
    }
    size_t e = i;
    for (size_t k; i > lo && (k = wb_run_step(s, lo, i, e, flags)) != i;)
        i = k;
    if (flags & EX_WB_HYPHEN)
        while (i < e && s[i] == '-')
            i++;
    *wa = i;
    *wb = e;
    if (cap) {
        size_t k = 0;
        const unsigned char *u = (const unsigned char *)s;
        while (i < e) {
            size_t n;
            char f = ex_fold_char(u + i, e - i, &n);
            if (!(f >= 'a' && f <= 'z'))
                break;
            if (k + 1 < cap)
                w[k++] = f;
            i += n;
        }
        w[k] = 0;
    }
    return e > *wa;
}

#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CELL_SWAR 1
/* bit 7 of each byte of the result: that byte of w is a blank (' ' or
   '\t'; ~(((x & 0x7F) + 0x7F) | x) is set when x is 0, with no carry
   between bytes) */
static inline uint64_t cell_blanks(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full, high = 0x8080808080808080ull;
    uint64_t x = w ^ (ones * ' '), y = w ^ (ones * '\t');
    return (~(((x & low7) + low7) | x) | ~(((y & low7) + low7) | y)) & high;
}
#endif

/* the first e in [e, b) where a blank is followed by a blank or ends the
   range: the end of a cell (b when none) */
static size_t cell_end2(const char *s, size_t e, size_t b)
{
#ifdef EX_SIMD
    /* sixteen pairs (s[e + i], s[e + i + 1]) at a time: the bytes at e
       and at e + 1 compared with ' ' and '\t', both blank where the
       and of the two masks is set (17 bytes read, all before b) */
    const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
    bool long_run = b - e >= 17;
    for (; b - e >= 17; e += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + e + 1));
        __m128i bx = _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab));
        __m128i by = _mm_or_si128(_mm_cmpeq_epi8(y, sp), _mm_cmpeq_epi8(y, tab));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(bx, by));
        if (m)
            return e + (size_t)__builtin_ctz(m);
    }
    if (long_run && e + 1 < b) {
        /* the tail: the sixteen pairs that end at b (b - 17 is at or
           after where the loop started), those before e masked off;
           then the last byte alone (a blank that ends the range) */
        size_t e2 = b - 17;
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + e2));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + e2 + 1));
        __m128i bx = _mm_or_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(x, tab));
        __m128i by = _mm_or_si128(_mm_cmpeq_epi8(y, sp), _mm_cmpeq_epi8(y, tab));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(bx, by)) & ~((1u << (e - e2)) - 1u);
        if (m)
            return e2 + (size_t)__builtin_ctz(m);
        e = b - 1;  /* (the pairs from e to b - 2 hold no two blanks) */
    }
#elif defined(CELL_SWAR)
    /* seven pairs (s[e + i], s[e + i + 1]) of eight bytes at a time */
    for (; b - e >= 8; e += 7) {
        uint64_t w;
        memcpy(&w, s + e, 8);
        uint64_t m = cell_blanks(w);
        uint64_t z = m & (m >> 8);
        if (z)
            return e + (size_t)(__builtin_ctzll(z) >> 3);
    }
#endif
    while (e < b && !(is_blank(s[e]) && (e + 1 >= b || is_blank(s[e + 1]))))
        e++;
    return e;
}

/* the end of the cell at e in [e, b): where a run of gap blanks starts
   (or a run of blanks that ends the range); with EX_CELLS_BAR at a "|"
   too, which also counts as a blank in the run */
static size_t cell_end(const char *s, size_t e, size_t b, unsigned flags, size_t gap)
{
    bool bar = flags & EX_CELLS_BAR;
    if (!bar && gap == 2)
        return cell_end2(s, e, b);
    if (gap == 0)
        gap = 1;
    for (; e < b; e++) {
        if (bar && s[e] == '|')
            return e;
        if (!is_blank(s[e]))
            continue;
        size_t r = e;
        while (r < b && r - e < gap && (is_blank(s[r]) || (bar && s[r] == '|')))
            r++;
        if (r - e >= gap || r >= b)
            return e;
    }
    return b;
}

/* the cells of a ruled line (see ex_cells()) */
static size_t pipe_cells(const char *s, size_t a, size_t b, bool empty, ex_span *cells, size_t max)
{
    while (a < b && s[a] != '|')
        a++;
    size_t n = 0;
    for (size_t q = a + 1; q < b;) {
        size_t e = q;
        while (e < b && s[e] != '|')
            e++;
        size_t x = q, y = e;
        while (x < y && is_blank(s[x]))
            x++;
        while (y > x && is_blank(s[y - 1]))
            y--;
        q = e + 1;
        if (e >= b && x == y)
            break;      /* after the closing rule */
        if (x == y && !empty)
            continue;
        if (n == max)
            return max + 1;
        cells[n].start = x;
        cells[n].end = y;
        n++;
    }
    return n;
}

size_t ex_leader_end(const char *s, size_t p, size_t lim, size_t *dots, size_t *blanks)
{
    *dots = *blanks = 0;
    while (p < lim) {
        if (s[p] == '.')
            ++*dots, p++;
        else if (is_blank(s[p]))
            ++*blanks, p++;
        else if (p + 2 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
                 && (unsigned char)s[p + 2] == 0xA6)
            *dots += 3, p += 3;
        else
            break;
    }
    return p;
}

size_t ex_cells(const char *s, size_t a, size_t b, unsigned flags, size_t gap, ex_span *cells, size_t max)
{
    if (flags & EX_CELLS_PIPE)
        return pipe_cells(s, a, b, flags & EX_CELLS_EMPTY, cells, max);
    bool bar = flags & EX_CELLS_BAR;
    size_t n = 0;
    for (size_t q = a;;) {
        while (q < b && (is_blank(s[q]) || (bar && s[q] == '|')))
            q++;
        if (q >= b)
            return n;
        if (n == max)
            return max + 1;
        size_t e = cell_end(s, q, b, flags, gap);
        while (e > q && is_blank(s[e - 1]))
            e--;
        cells[n].start = q;
        cells[n].end = e;
        n++;
        q = e;
    }
}

/* k capitals at s that are a French function word ("DU", "EN", "LES",
   "POUR", ...): no letters prefix or suffix of an act number */
static bool caps_function_word(const char *s, size_t k)
{
    static const char *const word[] = {"AU", "DE", "DU", "EN", "ET", "LA", "LE", "UN", "AUX", "DES", "LES",
                                       "PAR", "SUR", "UNE", "POUR", "DANS", "AVEC", NULL};
    for (size_t w = 0; word[w]; w++)
        if (strlen(word[w]) == k && !memcmp(s, word[w], k))
            return true;
    return false;
}

/* the byte e (0: the end) ends a word: no ASCII letter or digit, no
   lead byte of a letter */
static bool ends_word(unsigned char e)
{
    return !((unsigned)((e | 0x20) - 'a') < 26 || (e >= '0' && e <= '9') || e >= 0xC0);
}

/* A letters prefix of an act number: 2 to 4 capital letters (A-Z),
   one blank, then a digit ("DCM 2024/112", "CA 12-04"): the bytes of the
   letters and the blank, or 0.  A French function word in capitals
   ("N° DU 12", "EN 2024") is no prefix. */
size_t ex_number_prefix(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 5 && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    if (k < 2 || k > 4 || k + 1 >= n || s[k] != ' ' || !(s[k + 1] >= '0' && s[k + 1] <= '9'))
        return 0;
    return caps_function_word(s, k) ? 0 : k + 1;
}

/* A year-direction-rank act code at s[0] ("2025 DVD 45", the Conseil
   de Paris style): 4 digits, one blank, 2 to 6 capitals (A-Z; no
   function word, no currency: "2024 EUR 12"), one blank, 1 to 5 digits,
   then no letter or digit: its bytes, or 0. */
size_t ex_year_code(const char *s, size_t n)
{
    if (n < 9)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    if (s[4] != ' ')
        return 0;
    size_t l = 5;
    while (l < n && l < 12 && s[l] >= 'A' && s[l] <= 'Z')
        l++;
    if (l - 5 < 2 || l - 5 > 6 || l >= n || s[l] != ' ' || caps_function_word(s + 5, l - 5)
        || (l - 5 == 3 && !memcmp(s + 5, "EUR", 3)))
        return 0;
    size_t d = l + 1;
    while (d < n && d < l + 7 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == l + 1 || d - l - 1 > 5)
        return 0;
    return ends_word(d < n ? (unsigned char)s[d] : 0) ? d : 0;
}

/* A letters suffix after an act number [a, b): one blank, then
   - with a slash in the number, 2 or 3 capitals (A-Z, no function word),
     then no letter or digit ("N° 25/147 AC", the Assemblée de Corse's);
   - else, the number ending with a digit, 2 to 4 capitals (no function
     word, no month) then a punctuation mark, " du" or (3 capitals at
     least) the end of the line ("n° 2025-88 APF du …", "arrêté n° 412 CM du …", the act's
     own "N° 2026-31 APF"; the Pacific assemblies' and councils' codes).
   The suffix's end, else b.  lim bounds the read. */
size_t ex_number_suffix(const char *s, size_t a, size_t b, size_t lim)
{
    if (b >= lim || s[b] != ' ' || b == a)
        return b;
    bool slash = memchr(s + a, '/', b - a) != NULL;
    if (!slash && !(s[b - 1] >= '0' && s[b - 1] <= '9'))
        return b;
    size_t q = b + 1;
    while (q < lim && q < b + 6 && s[q] >= 'A' && s[q] <= 'Z')
        q++;
    size_t k = q - b - 1;
    if (k < 2 || k > (slash ? 3u : 4u) || caps_function_word(s + b + 1, k))
        return b;
    if (slash)
        return ends_word(q < lim ? (unsigned char)s[q] : 0) ? q : b;
    if (ex_month_word(s + b + 1, k))    /* "N° 12 MAI 2024", "JANV" */
        return b;
    unsigned char e = q < lim ? (unsigned char)s[q] : '\n';
    /* at the line's end, 3 capitals at least: two may be a scan's
       speck ("N° 2024-03 SR") */
    if ((e == '\n' || e == '\r') && k >= 3)
        return q;
    if (e == ',' || e == ';' || e == '.' || e == ':' || e == ')')
        return q;
    if (e == ' ' && q + 3 <= lim && (s[q + 1] | 0x20) == 'd' && (s[q + 2] | 0x20) == 'u'
        && (q + 3 == lim || ends_word((unsigned char)s[q + 3])))
        return q;
    return b;
}

bool ex_is_upper_word(const char *s, size_t n)
{
    bool letter = false;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char b = u[i];
        if (b >= 'a' && b <= 'z')
            return false;
        if (b >= 'A' && b <= 'Z') {
            letter = true;
            i++;
        } else if (b == 0xC3 && i + 1 < n) {
            if (u[i + 1] >= 0xA0) /* lowercase accented Latin-1 */
                return false;
            letter = true;
            i += 2;
        } else if (b == 0xC5 && i + 1 < n) {
            if (u[i + 1] == 0x93)
                return false;
            letter = true;
            i += 2;
        } else {
            i++;
        }
    }
    return letter;
}

/* ------------------------------------------------------------------ */
/* Furniture detection */

static bool all_digits(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LINES_SWAR 1
/* eight bytes at a time: bit 7 of each byte of the result is set when
   that byte of w is the byte that v repeats (~(((x & 0x7F) + 0x7F) | x)
   is set when x is 0, with no carry between bytes) */
static inline uint64_t bytes_eq(uint64_t w, uint64_t v)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full, high = 0x8080808080808080ull;
    uint64_t x = w ^ v;
    return ~(((x & low7) + low7) | x) & high;
}
#endif

/* the first 'p' or 'P' in s[i..n) that an 'a', an 'A' or a byte above
   0x7F follows (the only ones that can begin "page"), or n */
static size_t next_p(const char *s, size_t i, size_t n)
{
#ifdef LINES_SWAR
    const uint64_t ones = 0x0101010101010101ull;
    for (; n - i >= 9; i += 8) {
        uint64_t w, w1;
        memcpy(&w, s + i, 8);
        memcpy(&w1, s + i + 1, 8);
        uint64_t z = bytes_eq(w | (ones * 0x20), ones * 'p')
                     & (bytes_eq(w1 | (ones * 0x20), ones * 'a') | (w1 & (ones * 0x80)));
        if (z)
            return i + (size_t)(__builtin_ctzll(z) >> 3);
    }
#endif
    for (; i + 1 < n; i++)
        if ((s[i] | 0x20) == 'p' && ((s[i + 1] | 0x20) == 'a' || (unsigned char)s[i + 1] >= 0x80))
            return i;
    return n;
}

/* "Page 2/5", "page 2 sur 5", "Page 3" anywhere on the line; the scan
   starts at i0, the line's first 'p' or 'P' (none before it) */
static bool has_page_marker(const char *s, size_t n, size_t i0)
{
    for (size_t i = i0; i + 5 < n; i = next_p(s, i + 1, n)) {
        if ((s[i] == 'P' || s[i] == 'p') && ex_match_fold(s + i, n - i, "page ")) {
            if (i > 0 && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))
                continue;
            size_t j = i + 5;
            while (j < n && s[j] == ' ')
                j++;
            size_t d = j;
            while (j < n && s[j] >= '0' && s[j] <= '9')
                j++;
            if (j == d || j - d > 4)
                continue;
            while (j < n && s[j] == ' ')
                j++;
            if (j == n)
                return true;
            if (s[j] == '/' || ex_match_fold(s + j, n - j, "sur ")) {
                j += s[j] == '/' ? 1 : 4;
                while (j < n && s[j] == ' ')
                    j++;
                if (j < n && s[j] >= '0' && s[j] <= '9')
                    return true;
            }
        }
    }
    return false;
}

/* a line that is only a page number, "2/5", "- 3 -", or a page code
   like CP20221017-32 */
static int is_page_number_line(const char *s, size_t n)
{
    size_t a = 0, b = n;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '-'))
        b--;
    /* each of the three ends with a digit: most lines stop here */
    if (a == b || s[b - 1] < '0' || s[b - 1] > '9')
        return 0;
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '-'))
        a++;
    const char *p = s + a;
    size_t m = b - a;
    if (m <= 4 && all_digits(p, m))
        return 1;
    /* "2/5": the slash follows 1-4 digits (none further needs a look) */
    const char *sl = NULL;
    for (size_t i = 0; i < m && i <= 4; i++)
        if (p[i] == '/') {
            sl = p + i;
            break;
        }
    if (sl && all_digits(p, (size_t)(sl - p)) && sl - p <= 4
        && all_digits(sl + 1, m - (size_t)(sl - p) - 1) && m - (size_t)(sl - p) - 1 <= 4)
        return 3;
    /* page code: 1-4 capital letters, 6+ digits, '-', 1-4 digits */
    size_t i = 0;
    while (i < m && p[i] >= 'A' && p[i] <= 'Z')
        i++;
    if (i >= 1 && i <= 4) {
        size_t d = i;
        while (i < m && p[i] >= '0' && p[i] <= '9')
            i++;
        if (i - d >= 6 && i < m && p[i] == '-') {
            size_t e = ++i;
            while (i < m && p[i] >= '0' && p[i] <= '9')
                i++;
            if (i == m && i > e && i - e <= 4)
                return 2;
        }
    }
    return 0;
}

/* s: the line after its indent (ex_lines_build() skipped its blanks) */
static bool is_stamp_line(const char *s, size_t n)
{
    /* the phrases' first two letters (ASCII; any other byte goes on to
       the compares) */
    if (n >= 2 && (unsigned char)s[0] < 0x80 && (unsigned char)s[1] < 0x80) {
        char c0 = (char)(s[0] | 0x20), c1 = (char)(s[1] | 0x20);
        if (!((c0 == 'e' && c1 == 'n') || (c0 == 'r' && c1 == 'e') || (c0 == 'p' && c1 == 'u')
              || (c0 == 'i' && c1 == 'd') || (c0 == 'a' && (c1 == 'c' || c1 == 'f')) || (c0 == 'd' && c1 == 'a')))
            return false;
    }
    /* a first or second byte that is not ASCII folds to a letter only
       as a 0xC3 lead (Latin-1: "É", "à", "ç"); the oe ligature (0xC5)
       reads 'o', which begins none of the phrases and is none of their
       second letters: any other lead fails every compare below */
    if ((n >= 1 && (unsigned char)s[0] >= 0x80 && (unsigned char)s[0] != 0xC3)
        || (n >= 2 && (unsigned char)s[0] < 0x80 && (unsigned char)s[1] >= 0x80
            && (unsigned char)s[1] != 0xC3))
        return false;
    return ex_match_fold(s, n, "envoye en prefecture")
        || ex_match_fold(s, n, "recu en prefecture")
        || ex_match_fold(s, n, "publie le")
        || ex_match_fold(s, n, "id : ")
        || ex_match_fold(s, n, "id: ")
        || ex_match_fold(s, n, "accuse de reception")
        || ex_match_fold(s, n, "affiche le")
        /* "Date de réception préfecture : 06/03/2026" under the ACTES id
           of each act of a recueil: its date changes, no running line */
        || ex_match_fold(s, n, "date de reception prefecture")
        || ex_match_fold(s, n, "date de teletransmission");
}

/* the length of line s[0..n) without one or two short words (3 bytes
   at most, no digit) after its last number: a page number OCR misread
   ("... du 26/09/2024 Re une" for "... 1/2") */
static size_t key_len(const char *s, size_t n)
{
    size_t e = n;
    for (int cut = 0; cut < 2; cut++) {
        size_t b = e;
        while (b > 0 && is_blank(s[b - 1]))
            b--;
        size_t a = b;
        while (a > 0 && !is_blank(s[a - 1]) && !(s[a - 1] >= '0' && s[a - 1] <= '9'))
            a--;
        if (a == b || b - a > 3 || a == 0 || !is_blank(s[a - 1]))
            break;
        e = a;
        size_t q = e;
        while (q > 0 && (is_blank(s[q - 1]) || s[q - 1] == ';' || s[q - 1] == ',' || s[q - 1] == '.'))
            q--;
        if (q > 0 && s[q - 1] >= '0' && s[q - 1] <= '9')
            return e;
    }
    return n;
}

/* keys of a line for repetition: folded letters only, digits as '#';
   *key hashed with the mark where (top/bottom), *plain without it */
static void line_keys(const char *s, size_t n, char where, uint64_t *key, uint64_t *plain)
{
    /* the line's letters and digits, folded; digits all read '#' */
    enum { MAXK = 256 };
    char k[MAXK];
    size_t kn = 0, letters = 0;
    n = key_len(s, n);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n && kn < MAXK;) {
        size_t used;
        char f;
        if (u[i] < 0x80) {   /* ex_fold_char() on ASCII, inline */
            unsigned char b = u[i++];
            f = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
        } else {
            f = ex_fold_char(u + i, n - i, &used);
            i += used;
        }
        if (f >= '0' && f <= '9')
            f = '#';
        else if (!((f >= 'a' && f <= 'z')))
            continue;
        k[kn++] = f;
    }
    /* a trailing page marker ("... Page", "... Page 2/2", OCR splitting
       "Page" from its number) does not make two footers different */
    size_t e = kn;
    while (e > 0 && k[e - 1] == '#')
        e--;
    if (e >= 4 && !memcmp(k + e - 4, "page", 4))
        kn = e - 4;
    uint64_t h = (1469598103934665603ull ^ (unsigned char)where) * 1099511628211ull;
    uint64_t h0 = 1469598103934665603ull * 1099511628211ull;
    for (size_t i = 0; i < kn; i++) {
        if (k[i] != '#')
            letters++;
        h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
        h0 = (h0 ^ (unsigned char)k[i]) * 1099511628211ull;
    }
    *key = letters >= 4 ? h : 0;
    *plain = letters >= 4 ? h0 : 0;
}

typedef struct cand {
    uint64_t key, plain;   /* with and without the top/bottom mark */
    uint32_t page;
    size_t line;
    bool bottom;           /* among the last lines of its page */
    bool outer;            /* the first (last) non-blank line of its page */
    bool signer;           /* bottom: under a line ending with ',' (a signer's role) */
} cand;

static int cand_cmp(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->page != y->page)
        return x->page < y->page ? -1 : 1;
    return x->line < y->line ? -1 : (x->line > y->line);
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* after an act word at s[0..n): up to three words of letters (the
   author: "DU PRÉSIDENT", "DU MAIRE") then the number sign "N°", "Nº",
   "N®" (OCR), "No" or "N" before a digit ("DÉCISION DU PRÉSIDENT N° DP-2026-041") */
static bool qualified_number_sign(const char *s, size_t n)
{
    size_t i = 0;
    for (int w = 0; w <= 3; w++) {
        if (i >= n || s[i] != ' ')
            return false;
        while (i < n && s[i] == ' ')
            i++;
        if (i < n && (s[i] == 'N' || s[i] == 'n')) {
            size_t j = i + 1;
            if (j + 1 < n && (unsigned char)s[j] == 0xC2
                && ((unsigned char)s[j + 1] == 0xB0 || (unsigned char)s[j + 1] == 0xBA
                    || (unsigned char)s[j + 1] == 0xAE))   /* OCR: "N®" */
                return true;
            if (j + 1 < n && (s[j] == 'o' || s[j] == 'O') && (s[j + 1] == ' ' || s[j + 1] == '.'))
                return true;
            if (j + 1 < n && s[j] == ' ' && s[j + 1] >= '0' && s[j + 1] <= '9')
                return true;
        }
        if (w == 3)
            return false;
        /* a word of letters (any non-ASCII byte, an apostrophe) */
        size_t a = i;
        while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '\''
                         || (unsigned char)s[i] >= 0x80))
            i++;
        if (i == a)
            return false;
    }
    return false;
}

/* OCR's specks before a line's first word, the page's edge read as
   "| ", "® ", ": ", "=. ": up to six bytes that are no ASCII letter or
   digit nor the lead byte of an accented letter (0xC3), ending with a
   blank; 0 when there are none */
static size_t speck_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t a = 0;
    while (a < n && a < 6 && !((u[a] | 0x20) >= 'a' && (u[a] | 0x20) <= 'z') && !(u[a] >= '0' && u[a] <= '9')
           && u[a] != 0xC3)
        a++;
    return a > 0 && a < n && is_blank(s[a - 1]) ? a : 0;
}

/* a line that opens an act ("DÉLIBÉRATION N° 24-CP-12-041", "ARRÊTÉ N°
   …", "DÉCISION DU PRÉSIDENT N° DP-2026-041"), not a continuation header
   ("Délibération n° … (suite)") */
static bool act_heading_line(const ex_text *t, const ex_line *l)
{
    static const char *const keys[] = {"deliberation", "arrete", "decision", NULL};
    const char *s = t->s + l->start + l->indent;
    size_t n = l->end - l->start - l->indent;
    size_t sp = speck_prefix(s, n);
    s += sp;
    n -= sp;
    for (size_t k = 0; keys[k]; k++) {
        size_t m = ex_match_fold(s, n, keys[k]);
        if (!m)
            continue;
        if (!((m + 1 < n && s[m] == ' ' && (s[m + 1] == 'n' || s[m + 1] == 'N'))
              || qualified_number_sign(s + m, n - m)))
            return false;
        /* "suite" can begin only at an 's' or 'S', or at a 0xC3 lead
           (ex_match_fold() reads "ß" as 's'): the other bytes need no
           compare */
        for (size_t i = 0; i + 5 <= n; i++)
            if ((((unsigned char)s[i] | 0x20) == 's' || (unsigned char)s[i] == 0xC3)
                && ex_match_fold(s + i, n - i, "suite"))
                return false;
        return true;
    }
    return false;
}

/* the pages that open an act among their first twelve non-blank lines
   (one act a page): bit pg of the returned vector's words */
static bool act_pages(ex_call *c, uint64_t **bits, size_t *nw)
{
    const ex_text *t = &c->text;
    *nw = t->npages / 64 + 1;
    *bits = ex_malloc(c->alloc, *nw * sizeof **bits);
    if (!*bits) {
        c->oom = true;
        return false;
    }
    memset(*bits, 0, *nw * sizeof **bits);
    size_t seen = 0;
    uint32_t pg = UINT32_MAX;
    for (size_t i = 0; i < t->nlines; i++) {
        const ex_line *l = &t->lines[i];
        if (l->page != pg) {
            pg = l->page;
            seen = 0;
        }
        if ((l->flags & EX_LINE_BLANK) || seen >= 12)
            continue;
        seen++;
        if (pg / 64 < *nw && act_heading_line(t, l))
            (*bits)[pg / 64] |= 1ull << (pg % 64);
    }
    return true;
}

/* a signature line without the specks a scan leaves at its ends: up to
   four bytes before its first letter ("-Le Président,", "© Gérard
   VAUCHERET") and the blanks, dots, colons after its last character
   ("Le Président, :", "Gérard VAUCHERET ."); false when nothing is left */
static bool sig_line_text(const ex_text *t, const ex_line *l, const char **s, size_t *n)
{
    const unsigned char *p = (const unsigned char *)t->s + l->start + l->indent;
    size_t len = l->end - l->start - l->indent, a = 0;
    while (a < len && a < 4 && !((p[a] >= 'A' && p[a] <= 'Z') || (p[a] >= 'a' && p[a] <= 'z') || p[a] == 0xC3))
        a++;
    while (len > a && (is_blank((char)p[len - 1]) || p[len - 1] == '.' || p[len - 1] == ':' || p[len - 1] == ';'))
        len--;
    *s = (const char *)p + a;
    *n = len - a;
    return *n > 0 && ((p[a] >= 'A' && p[a] <= 'Z') || p[a] == 0xC3);
}

/* a signer's name as a signature prints it under the role: a short line
   with no digit, colon or comma, of two to six words, the first
   capitalised ("Gérard VAUCHERET"; not "Conseil du 2 mai 2024 – Page
   1/1") */
static bool signer_name_line(const ex_text *t, const ex_line *l)
{
    const char *s;
    size_t n;
    if (!sig_line_text(t, l, &s, &n) || n > 60)
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == ',' || s[i] == '/')
            return false;
        words += s[i] == ' ' && i + 1 < n && s[i + 1] != ' ';
    }
    return words >= 2 && words <= 6;
}

/* a signer's role: a capitalised line of 120 bytes at most closing with
   a comma ("Le Président,") */
static bool signer_role_shape(const ex_text *t, const ex_line *l)
{
    const char *s;
    size_t n;
    return sig_line_text(t, l, &s, &n) && n >= 4 && n <= 120 && s[n - 1] == ',';
}

/* the next (dir 1) or previous (dir -1) non-blank line of li's page, or
   SIZE_MAX */
static size_t page_neighbour(const ex_text *t, size_t li, int dir)
{
    for (size_t q = li; dir > 0 ? q + 1 < t->nlines : q > 0;) {
        q = dir > 0 ? q + 1 : q - 1;
        if (t->lines[q].page != t->lines[li].page)
            break;
        if (!(t->lines[q].flags & EX_LINE_BLANK))
            return q;
    }
    return SIZE_MAX;
}

/* a line of the signature block closing a page: the role ending with a
   comma over the signer's name, or that name under it ("Le Président," /
   "Gérard VAUCHERET") */
static bool signature_line(const ex_text *t, size_t li)
{
    const ex_line *l = &t->lines[li];
    size_t q;
    if (signer_role_shape(t, l))
        return (q = page_neighbour(t, li, 1)) != SIZE_MAX && signer_name_line(t, &t->lines[q]);
    return signer_name_line(t, l) && (q = page_neighbour(t, li, -1)) != SIZE_MAX
        && signer_role_shape(t, &t->lines[q]);
}

/* One act a page: the letterhead and the signature printed again on
   each page belong to each act, they are no running lines.  A group of
   repeated lines is such a reprint when every page of it opens an act,
   and, at the top, it is the first page's letterhead too; at the bottom,
   it is the signer's name under a role ending with ',' and not the
   page's last line (the page footer under the signature), or a line of
   the signature block whatever its place, the role over a line of a
   name's shape or that name ("Le Président," / "Gérard VAUCHERET"
   closing each page of a recueil). */
static bool act_reprint(const ex_text *t, const cand *g, size_t n, const uint64_t *acts, size_t nw)
{
    bool first = false;
    for (size_t k = 0; k < n; k++) {
        uint32_t pg = g[k].page;
        if (pg / 64 >= nw || !(acts[pg / 64] & (1ull << (pg % 64))))
            return false;
        if (g[k].bottom && (g[k].outer || !g[k].signer) && !signature_line(t, g[k].line))
            return false;
        first |= pg == 0;
    }
    return g[0].bottom || first;
}

/* the number of an act heading: its first token holding a digit, the
   punctuation after it left out ("DP-2026-041" in "DÉCISION DU
   PRÉSIDENT N° DP-2026-041", "2024-057" in "Délibération n° 2024-057 -");
   *n 0 when there is none */
static void heading_number(const ex_text *t, size_t li, const char **s, size_t *n)
{
    const ex_line *l = &t->lines[li];
    const char *p = t->s + l->start;
    size_t len = l->end - l->start;
    *s = p;
    *n = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && is_blank(p[i]))
            i++;
        size_t a = i;
        bool dig = false;
        for (; i < len && !is_blank(p[i]); i++)
            dig |= p[i] >= '0' && p[i] <= '9';
        if (!dig)
            continue;
        size_t b = i;
        while (b > a && (p[b - 1] == '.' || p[b - 1] == ',' || p[b - 1] == ';' || p[b - 1] == ':'
                         || p[b - 1] == '-'))
            b--;
        *s = p + a;
        *n = b - a;
        return;
    }
}

/* An annex's heading line and its rank: "ANNEXE 1", "ANNEXE II – …",
   "Annexe n° 2 à la délibération n° …": the word (a capital first)
   opening the line, then the rank (digits or a roman numeral, after
   "n°" or not): *r and *rn its bytes; false when the line is none */
static bool annex_rank(const ex_text *t, size_t li, const char **r, size_t *rn)
{
    const ex_line *l = &t->lines[li];
    const char *s = t->s + l->start + l->indent;
    size_t n = l->end - l->start - l->indent;
    size_t sp = speck_prefix(s, n);
    s += sp;
    n -= sp;
    size_t m = n > 7 && s[0] == 'A' ? ex_match_fold(s, n, "annexe") : 0;
    if (!m || !is_blank(s[m]))
        return false;
    while (m < n && is_blank(s[m]))
        m++;
    /* "n°" (U+00B0) or "no" before the rank */
    if (m + 3 < n && (s[m] == 'n' || s[m] == 'N') && (unsigned char)s[m + 1] == 0xC2
        && (unsigned char)s[m + 2] == 0xB0)
        m += 3;
    else if (m + 2 < n && (s[m] == 'n' || s[m] == 'N') && (s[m + 1] == 'o' || s[m + 1] == 'O')
             && is_blank(s[m + 2]))
        m += 2;
    while (m < n && is_blank(s[m]))
        m++;
    size_t e = m;
    if (e < n && s[e] >= '0' && s[e] <= '9')
        while (e < n && s[e] >= '0' && s[e] <= '9')
            e++;
    else
        while (e < n && e < m + 5 && (s[e] == 'I' || s[e] == 'V' || s[e] == 'X'))
            e++;
    if (e == m || (e < n && !is_blank(s[e]) && s[e] != ':' && s[e] != '-' && s[e] != '.'
                   && (unsigned char)s[e] != 0xE2 && s[e] != '\r'))
        return false;
    *r = s + m;
    *rn = e - m;
    return true;
}

/* A heading that changes is no running header: a top line of a group
   that opens an act and whose number no other line of the group repeats
   ("DÉCISION DU PRÉSIDENT N° DP-2026-041", "… N° DP-2026-047" opening
   the pages of a recueil; "Délibération n° 2024-057" printed at the top
   of two pages of one act stays furniture). */
static bool changing_heading(const ex_text *t, const cand *g, size_t n, size_t k)
{
    /* (one compare per member: a group of a thousand pages or more is
       left to the running-line rule) */
    if (g[k].bottom || n > 1000)
        return false;
    const char *s, *o;
    size_t sn, on;
    /* an annex's heading whose rank changes ("ANNEXE 1", "ANNEXE 2" at
       the top of the pages of a délibération's annexes; "Annexe n° 1 à
       la délibération n° …" under a running header) opens an annex */
    bool annex = annex_rank(t, g[k].line, &s, &sn);
    if (!annex && !act_heading_line(t, &t->lines[g[k].line]))
        return false;
    if (!annex)
        heading_number(t, g[k].line, &s, &sn);
    if (!sn)
        return false;
    for (size_t q = 0; q < n; q++) {
        if (q == k)
            continue;
        if (!annex)
            heading_number(t, g[q].line, &o, &on);
        else if (!annex_rank(t, g[q].line, &o, &on))
            on = 0;
        if (on == sn && !memcmp(o, s, sn))
            return false;
    }
    return true;
}

/* Running headers/footers: among the first and last two non-blank lines
   of each page, those whose key recurs on two pages or more at the same
   place (top with top, bottom with bottom: the collectivity's name at
   the top of page 1 is not the footer that repeats it). */
static bool mark_running(ex_call *c)
{
    ex_text *t = &c->text;
    if (t->npages < 2)
        return true;
    EX_VEC(cand) cs = {0};
    size_t i = 0;
    while (i < t->nlines) {
        uint32_t pg = t->lines[i].page;
        size_t j = i;
        while (j < t->nlines && t->lines[j].page == pg)
            j++;
        /* page is lines [i, j) */
        size_t got = 0;
        for (size_t k = i; k < j && got < 2; k++) {
            if (t->lines[k].flags & EX_LINE_BLANK)
                continue;
            got++;
            cand *x = ex_vec_push(c->alloc, &cs);
            if (!x)
                goto oom;
            line_keys(t->s + t->lines[k].start, t->lines[k].end - t->lines[k].start, 't',
                      &x->key, &x->plain);
            x->page = pg;
            x->line = k;
            x->bottom = false;
            x->outer = got == 1;
            x->signer = false;
        }
        got = 0;
        for (size_t k = j; k > i && got < 2; k--) {
            if (t->lines[k - 1].flags & EX_LINE_BLANK)
                continue;
            got++;
            cand *x = ex_vec_push(c->alloc, &cs);
            if (!x)
                goto oom;
            line_keys(t->s + t->lines[k - 1].start, t->lines[k - 1].end - t->lines[k - 1].start, 'b',
                      &x->key, &x->plain);
            x->page = pg;
            x->line = k - 1;
            x->bottom = true;
            x->outer = got == 1;
            x->signer = false;
            for (size_t q = k - 1; q > i; q--) {
                const ex_line *u = &t->lines[q - 1];
                if (u->flags & EX_LINE_BLANK)
                    continue;
                size_t e = u->end;
                while (e > u->start && is_blank(t->s[e - 1]))
                    e--;
                x->signer = e > u->start && t->s[e - 1] == ',';
                break;
            }
        }
        i = j;
    }
    if (cs.n > 1 && !ex_sort_buf(c->alloc, cs.v, cs.n, sizeof *cs.v, cand_cmp))
        goto oom;
    uint64_t *acts;
    size_t nw;
    if (!act_pages(c, &acts, &nw))
        goto oom;
    for (size_t a = 0; a < cs.n;) {
        size_t b = a;
        size_t pages = 0;
        uint32_t last = UINT32_MAX;
        while (b < cs.n && cs.v[b].key == cs.v[a].key) {
            if (cs.v[b].page != last) {
                pages++;
                last = cs.v[b].page;
            }
            b++;
        }
        if (cs.v[a].key && pages >= 2 && !act_reprint(t, &cs.v[a], b - a, acts, nw)) {
            for (size_t k = a; k < b; k++) {
                ex_line *l = &t->lines[cs.v[k].line];
                if (!(l->flags & EX_LINE_STAMP) && !changing_heading(t, &cs.v[a], b - a, k - a))
                    l->flags |= EX_LINE_FURNITURE;
            }
        }
        a = b;
    }
    ex_free(c->alloc, acts);
    /* a footer that slipped to the top of the next page (or the
       reverse): same text as a running line, on any page but the first */
    EX_VEC(uint64_t) keys = {0};
    for (size_t k = 0; k < cs.n; k++) {
        if (cs.v[k].key && (t->lines[cs.v[k].line].flags & EX_LINE_FURNITURE)) {
            uint64_t *x = ex_vec_push(c->alloc, &keys);
            if (!x) {
                ex_vec_free(c->alloc, &keys);
                goto oom;
            }
            *x = cs.v[k].plain;
        }
    }
    if (keys.n > 1 && !ex_sort_buf(c->alloc, keys.v, keys.n, sizeof *keys.v, u64_cmp)) {
        ex_vec_free(c->alloc, &keys);
        goto oom;
    }
    if (keys.n) {
        for (size_t k = 0; k < cs.n; k++) {
            ex_line *l = &t->lines[cs.v[k].line];
            if (cs.v[k].page == 0 || !cs.v[k].key || (l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)))
                continue;
            if (bsearch(&cs.v[k].plain, keys.v, keys.n, sizeof *keys.v, u64_cmp))
                l->flags |= EX_LINE_FURNITURE;
        }
    }
    ex_vec_free(c->alloc, &keys);
    ex_vec_free(c->alloc, &cs);
    return true;
oom:
    ex_vec_free(c->alloc, &cs);
    c->oom = true;
    return false;
}

static bool is_lower_start(const unsigned char *s, size_t n);

/* a page counter closing a line after a wide gap: "CP du 20/11/2023 -
   Délibération n° CP-2023-11-27          1/3"; fills n/m, false when
   there is none */
static bool page_counter(const char *s, size_t len, unsigned *n, unsigned *m)
{
    size_t b = len;
    while (b > 0 && is_blank(s[b - 1]))
        b--;
    size_t i = b;
    while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && b - i < 3)
        i--;
    size_t mb = i;  /* the total's first byte */
    /* "1/3" or "1 / 3" (one blank each side of the slash) */
    if (i > 1 && s[i - 1] == ' ' && s[i - 2] == '/')
        i--;
    if (i == b || i == 0 || s[i - 1] != '/')
        return false;
    size_t sl = --i;
    if (i > 1 && s[i - 1] == ' ' && s[i - 2] >= '0' && s[i - 2] <= '9' && s[sl + 1] == ' ')
        sl = --i;
    while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && sl - i < 3)
        i--;
    if (i == sl || i < 4 || !is_blank(s[i - 1]) || !is_blank(s[i - 2]) || !is_blank(s[i - 3]))
        return false;
    *n = (unsigned)atoi(s + i);
    *m = (unsigned)atoi(s + mb);
    return *n >= 1 && *n <= *m;
}

/* Text lines closed by a page counter are running headers or footers
   when the counter runs: two of them or more with the same total and
   different page numbers (a fraction in a table row does not count).
   Every line closed by a counter gets EX_LINE_FOOTER (the end of a page
   for segment.c, even when the counter is seen once). */
typedef struct { size_t line; unsigned n, m; } pc;

/* lines i and j print the same bytes */
static bool same_line_text(const ex_text *t, size_t i, size_t j)
{
    size_t n = t->lines[i].end - t->lines[i].start;
    return n == t->lines[j].end - t->lines[j].start && !memcmp(t->s + t->lines[i].start, t->s + t->lines[j].start, n);
}

/* the text line right above the counter on line i (i >= 1), no blank
   line between; SIZE_MAX when there is none */
static size_t counter_above(const ex_text *t, size_t i)
{
    size_t a = i - 1;
    const ex_line *l = &t->lines[a];
    if ((l->flags & (EX_LINE_BLANK | EX_LINE_STAMP)) || l->end - l->start < 8 || l->end - l->start > 160)
        return SIZE_MAX;
    return a;
}

static int counter_cmp(const void *a, const void *b)
{
    const pc *x = a, *y = b;
    if (x->m != y->m)
        return x->m < y->m ? -1 : 1;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static bool mark_page_counters(ex_call *c)
{
    ex_text *t = &c->text;
    EX_VEC(pc) v = {0};
    for (size_t i = 0; i < t->nlines; i++) {
        ex_line *l = &t->lines[i];
        unsigned n, m;
        if ((l->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            || !page_counter(t->s + l->start, l->end - l->start, &n, &m))
            continue;
        pc *x = ex_vec_push(c->alloc, &v);
        if (!x) {
            ex_vec_free(c->alloc, &v);
            c->oom = true;
            return false;
        }
        x->line = i;
        x->n = n;
        x->m = m;
        l->flags |= EX_LINE_FOOTER;   /* closes the text above it, even alone */
    }
    /* group by total: a group whose page numbers differ is a counter */
    if (v.n > 1)
        ex_sort(v.v, v.n, sizeof *v.v, counter_cmp);
    for (size_t i = 0; i < v.n;) {
        size_t j = i;
        while (j < v.n && v.v[j].m == v.v[i].m)
            j++;
        if (v.v[i].n != v.v[j - 1].n)
            for (size_t k = i; k < j; k++)
                t->lines[v.v[k].line].flags |= EX_LINE_FURNITURE;
        i = j;
    }
    ex_vec_free(c->alloc, &v);
    /* the running line printed right above a page counter ("Département
       de X – Commission permanente du 20 avril 2026" / "Page 1/2"), the
       same text above the next counter: furniture too, with no form
       feed to tell its pages */
    /* (the counters alone on their line, "Page 1/2" then "Page 2/2": not
       "Page 1/1" under each act of a one-act-a-page reprint, whose
       signer is printed above each) */
    size_t prev = SIZE_MAX;     /* the line above the previous counter */
    size_t prevc = SIZE_MAX;    /* the previous counter */
    for (size_t i = 1; i < t->nlines; i++) {
        const ex_line *l = &t->lines[i];
        if ((l->flags & (EX_LINE_FOOTER | EX_LINE_FURNITURE)) != (EX_LINE_FOOTER | EX_LINE_FURNITURE)
            || l->end - l->start - l->indent > 24)
            continue;
        size_t a = counter_above(t, i);
        if (a != SIZE_MAX && prev != SIZE_MAX
            && !same_line_text(t, i, prevc) && same_line_text(t, a, prev)) {
            t->lines[a].flags |= EX_LINE_FURNITURE;
            t->lines[prev].flags |= EX_LINE_FURNITURE;
        }
        prev = a;
        prevc = i;
    }
    return true;
}

/* [c, d) holds, as a whole token, x[0..L) with one byte more (a byte
   the footer's OCR lost: "A2024-12" in the footer, "A2024-112" in the
   header) */
static bool holds_token_less_one(const char *s, size_t c, size_t d, const char *x, size_t L)
{
    for (size_t q = c; q + L + 1 <= d; q++) {
        if ((q > c && !is_blank(s[q - 1]))
            || !(q + L + 1 == d || is_blank(s[q + L + 1]) || s[q + L + 1] == ',' || s[q + L + 1] == ':'))
            continue;
        size_t k = 0;
        while (k < L && s[q + k] == x[k])
            k++;
        if (k == L || !memcmp(s + q + k + 1, x + k, L - k))
            return true;
    }
    return false;
}

/* a token of 5+ bytes holding a digit ("A2024-112", "2023-CP-1142") of
   [a, b) that [c, d) holds too, as a whole token */
static bool shares_number_token(const char *s, size_t a, size_t b, size_t c, size_t d)
{
    for (size_t i = a; i < b;) {
        while (i < b && is_blank(s[i]))
            i++;
        size_t w = i;
        bool dig = false;
        while (w < b && !is_blank(s[w])) {
            dig |= s[w] >= '0' && s[w] <= '9';
            w++;
        }
        size_t L = w - i;
        if (dig && L >= 5) {
            for (size_t q = c; q + L <= d; q++)
                if (!memcmp(s + q, s + i, L) && (q == c || is_blank(s[q - 1]))
                    && (q + L == d || is_blank(s[q + L]) || s[q + L] == ',' || s[q + L] == ':'))
                    return true;
            if (L >= 6 && holds_token_less_one(s, c, d, s + i, L))
                return true;
        }
        i = w;
    }
    return false;
}

/* the next folded word of 5 to 31 letters of s[*i, n) into w (ASCII
   lower case, accents folded), *i past it; 0 when there is none */
static size_t next_long_word(const char *s, size_t n, size_t *i, char *w)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*i < n) {
        size_t k = 0;
        while (*i < n) {
            size_t m;
            char f = ex_fold_char(u + *i, n - *i, &m);
            if (!(f >= 'a' && f <= 'z'))
                break;
            if (k < 31)
                w[k] = f;
            k++;
            *i += m;
        }
        if (k >= 5 && k <= 31)
            return k;
        if (!k)
            (*i)++;
    }
    return 0;
}

/* [a, b) ends with "(suite)" (blanks, dots after it) */
static bool ends_with_suite(const char *s, size_t a, size_t b)
{
    while (b > a && (is_blank(s[b - 1]) || s[b - 1] == '.'))
        b--;
    return b - a >= 7 && s[b - 7] == '(' && s[b - 1] == ')' && ex_match_fold(s + b - 6, 6, "suite");
}

/* [a, b) holds two fields parted by a gap of three blanks or more */
static bool two_fields(const char *s, size_t a, size_t b)
{
    while (a < b && is_blank(s[a]))
        a++;
    while (b > a && is_blank(s[b - 1]))
        b--;
    for (size_t i = a, run = 0; i < b; i++) {
        run = is_blank(s[i]) ? run + 1 : 0;
        if (run == 3)
            return true;
    }
    return false;
}

/* [a, b) holds a word of five letters or more of [c, d), folded */
static bool shares_long_word(const char *s, size_t a, size_t b, size_t c, size_t d)
{
    char w[32], x[32];
    size_t i = 0;
    for (size_t k; (k = next_long_word(s + a, b - a, &i, w)) != 0;) {
        size_t j = 0;
        for (size_t m; (m = next_long_word(s + c, d - c, &j, x)) != 0;)
            if (m == k && !memcmp(w, x, k))
                return true;
    }
    return false;
}

/* The running header at the top of a page, printed once (so no running
   line): the first non-blank line after a closing furniture line,
   followed by a blank line, no act heading's, that
   - after a page footer (within three lines), repeats a number of it
     ("Arrêté n° A2024-112 ... Page 1/2" then "Commune de X – Arrêté du
     Maire n° A2024-112 du 6 décembre 2024");
   - opening a typed continuation page whose previous page closes with
     its number alone ("- 1 -"), either ends with "(suite)" ("S.I.V.O.M.
     … - Délibération n° 79-12 (suite)") or is set in two fields parted
     by a wide gap and repeats a word of the document's first line, the
     letterhead ("District urbain de la Haute-Vesle      Convention O.M.
     …" under "DISTRICT URBAIN DE LA HAUTE-VESLE"), not that line again
     (the next act of a recueil). */
static void mark_page_headers(ex_call *c)
{
    ex_text *t = &c->text;
    size_t top = 0;
    while (top < t->nlines && (t->lines[top].flags & EX_LINE_BLANK))
        top++;
    for (size_t i = top; i + 2 < t->nlines; i++) {
        const ex_line *f = &t->lines[i];
        if (!(f->flags & EX_LINE_FURNITURE))
            continue;
        bool footer = f->flags & EX_LINE_FOOTER;
        bool number = !(f->flags & EX_LINE_STAMP) && t->npages >= 2;
        if (!footer && !number)
            continue;
        size_t j = i + 1;
        while (j < t->nlines && (t->lines[j].flags & EX_LINE_BLANK))
            j++;
        if (j + 1 >= t->nlines)
            break;
        ex_line *h = &t->lines[j];
        footer = footer && j <= i + 3;
        number = number && h->page == f->page + 1 && is_page_number_line(t->s + f->start, f->end - f->start);
        if ((!footer && !number) || (h->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) || h->end - h->start > 160
            || !(t->lines[j + 1].flags & EX_LINE_BLANK))
            continue;
        const ex_line *lh = &t->lines[top];
        if ((footer && shares_number_token(t->s, f->start, f->end, h->start, h->end))
            || (number && !act_heading_line(t, h)
                && (ends_with_suite(t->s, h->start, h->end)
                    || (lh->end - lh->start <= 160 && two_fields(t->s, h->start, h->end)
                        && !same_line_text(t, j, top)
                        && shares_long_word(t->s, h->start, h->end, lh->start, lh->end)))))
            h->flags |= EX_LINE_FURNITURE;
    }
}

/* the end of the line that starts at p (the first LF, CR or FF at p or
   after it, or n); *pp gets the offset of its first 'p' or 'P' (for
   has_page_marker()), or of its first one that can begin "page" (the
   SSE2 loop), the end when there is none */
static size_t line_end(const char *s, size_t p, size_t n, size_t *pp)
{
    size_t fp = SIZE_MAX;
#ifdef EX_SIMD
    /* sixteen bytes at a time: a movemask of the line ends, one of the
       'p' and 'P' (x | 0x20 == 'p' for those two bytes only) that an
       'a', an 'A' or a byte above 0x7F follows (x1: the bytes after x;
       s[n] is the view's NUL; "page" can start at no other 'p') */
    for (; n - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        unsigned eol = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('\f'))));
        unsigned pm = 0;
        if (fp == SIZE_MAX) {
            const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
            const __m128i a = _mm_or_si128(
                _mm_cmpeq_epi8(_mm_or_si128(x1, _mm_set1_epi8(0x20)), _mm_set1_epi8('a')),
                _mm_cmplt_epi8(x1, _mm_setzero_si128()));
            pm = (unsigned)_mm_movemask_epi8(_mm_and_si128(
                _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('p')), a));
        }
        if (eol) {
            unsigned k = (unsigned)__builtin_ctz(eol);
            pm &= (1u << k) - 1;
            if (pm)
                fp = p + (unsigned)__builtin_ctz(pm);
            *pp = fp == SIZE_MAX ? p + k : fp;
            return p + k;
        }
        if (pm)
            fp = p + (unsigned)__builtin_ctz(pm);
    }
#endif
#ifdef LINES_SWAR
    const uint64_t ones = 0x0101010101010101ull;
    for (; n - p >= 8; p += 8) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        /* a byte below 0x0E (LF, CR, FF, also a tab) sets bit 7 of
           (w - ones * 0x0E) & ~w for the first such byte at least */
        uint64_t eol = ((w - ones * 0x0E) & ~w & (ones * 0x80))
                       ? bytes_eq(w, ones * '\n') | bytes_eq(w, ones * '\r') | bytes_eq(w, ones * '\f') : 0;
        uint64_t pm = fp == SIZE_MAX ? bytes_eq(w | (ones * 0x20), ones * 'p') : 0;
        if (eol) {
            size_t k = (size_t)(__builtin_ctzll(eol) >> 3);
            pm &= ((uint64_t)1 << (k * 8)) - 1;   /* k <= 7 */
            if (pm)
                fp = p + (size_t)(__builtin_ctzll(pm) >> 3);
            *pp = fp == SIZE_MAX ? p + k : fp;
            return p + k;
        }
        if (pm)
            fp = p + (size_t)(__builtin_ctzll(pm) >> 3);
    }
#endif
    for (; p < n; p++) {
        char ch = s[p];
        if (ch == '\n' || ch == '\r' || ch == '\f')
            break;
        if (fp == SIZE_MAX && (ch | 0x20) == 'p')
            fp = p;
    }
    *pp = fp == SIZE_MAX ? p : fp;
    return p;
}

bool ex_lines_build(ex_call *c)
{
    ex_text *t = &c->text;
    EX_VEC(ex_line) lv = {0};
    const char *s = t->s;
    size_t n = t->len;
    uint32_t page = 0;
    size_t p = 0;
    /* room for lines of 24 bytes on average (the corpus has 47): one
       allocation instead of a dozen doublings and their copies; texts
       of shorter lines grow as usual */
    if (n) {
        size_t cap = n / 24 + 16;
        lv.v = ex_malloc(c->alloc, cap * sizeof *lv.v);
        if (!lv.v) {
            c->oom = true;
            return false;
        }
        lv.cap = cap;
    }
    while (p < n || (p == n && lv.n == 0 && n > 0)) {
        size_t pp;   /* the line's first 'p' or 'P' (that can begin "page"), e when none */
        size_t e = line_end(s, p, n, &pp);
        /* ex_vec_push() without the call while there is room */
        ex_line *l = lv.n < lv.cap ? &lv.v[lv.n++] : ex_vec_push(c->alloc, &lv);
        if (!l) {
            ex_vec_free(c->alloc, &lv);
            c->oom = true;
            return false;
        }
        *l = (ex_line){.start = p, .end = e, .page = page};
        size_t next = e;
        if (e < n) {
            if (s[e] == '\r' && e + 1 < n && s[e + 1] == '\n')
                next = e + 2;
            else
                next = e + 1;
            if (s[e] == '\f')
                page++;
        }
        l->next = next;
        size_t ind = 0, q = p;
        int pn;
        while (q < e && is_blank(s[q])) {
            ind++;
            q++;
        }
        l->indent = ind;
        if (q == e)
            l->flags |= EX_LINE_BLANK;
        else if (is_stamp_line(s + q, e - q))
            l->flags |= EX_LINE_STAMP;
        else if (pp < e && has_page_marker(s + p, e - p, pp - p))
            l->flags |= EX_LINE_FURNITURE | EX_LINE_FOOTER;
        else if ((pn = is_page_number_line(s + p, e - p)) != 0)
            l->flags |= EX_LINE_FURNITURE | (pn == 1 ? EX_LINE_LONE_NUMBER : 0)
                        | (pn == 3 ? EX_LINE_FOOTER : 0);
        p = next;
        if (p == n)
            break;
    }
    t->lines = lv.v;
    t->nlines = lv.n;
    t->npages = page + 1;
    /* ex_line_at()'s index: the last line starting at or before each
       multiple of 32 (EX_LINE_BLK_SHIFT; lines start in order) */
    if (lv.n && lv.n < UINT32_MAX) {
        size_t nb = (n >> EX_LINE_BLK_SHIFT) + 1;
        uint32_t *bl = ex_malloc(c->alloc, nb * sizeof *bl);
        if (!bl) {
            c->oom = true;
            return false;
        }
        /* line li holds the blocks whose first byte is in [its start,
           the next line's start) (the first line from 0, the last to
           the end): each block written once */
        size_t b = 0;
        for (size_t li = 0; li < lv.n; li++) {
            size_t lim = li + 1 < lv.n ? ((lv.v[li + 1].start - 1) >> EX_LINE_BLK_SHIFT) + 1 : nb;
            for (; b < lim; b++)
                bl[b] = (uint32_t)li;
        }
        t->line_blk = bl;
        t->nblk = nb;
    }
    if (!mark_page_counters(c))
        return false;
    /* a lone number is a page number unless the text goes on after it:
       "54\n460 €" (a number broken over a line end), "le 7\n\nnovembre"
       (a date): the next non-blank line starts with a lower-case letter,
       a digit or a currency sign */
    for (size_t i = 0; i < t->nlines; i++) {
        ex_line *l = &t->lines[i];
        if (!(l->flags & EX_LINE_LONE_NUMBER))
            continue;
        l->flags &= ~(uint32_t)EX_LINE_LONE_NUMBER;
        size_t j = i + 1;
        while (j < t->nlines && (t->lines[j].flags & EX_LINE_BLANK))
            j++;
        if (j == t->nlines)
            continue;
        const unsigned char *u = (const unsigned char *)s + t->lines[j].start + t->lines[j].indent;
        size_t left = t->lines[j].end - t->lines[j].start - t->lines[j].indent;
        if (is_lower_start(u, left) || (left && u[0] >= '0' && u[0] <= '9')
            || (left >= 3 && u[0] == 0xE2 && u[1] == 0x82 && u[2] == 0xAC))
            l->flags &= ~(uint32_t)EX_LINE_FURNITURE;
    }
    if (!mark_running(c))
        return false;
    mark_page_headers(c);
    return true;
}

/* ------------------------------------------------------------------ */
/* Text values */

static bool is_lower_start(const unsigned char *s, size_t n)
{
    if (!n)
        return false;
    if (s[0] >= 'a' && s[0] <= 'z')
        return true;
    if (s[0] == 0xC3 && n > 1 && s[1] >= 0xA0)
        return true;
    if (s[0] == 0xC5 && n > 1 && s[1] == 0x93)
        return true;
    return false;
}

/* Words that keep their hyphen at a line end even before a lowercase
   word: compounds (ci-dessous, sous-préfet, Pas-de-Calais...). */
static bool keeps_hyphen(const char *w, size_t wn, const char *nx, size_t nn)
{
    static const char *const left[] = {
        "ci", "sous", "vice", "non", "contre", "demi", "semi", "mi", "ex",
        "anti", "quasi", "auto", "avant", "apres", "arriere", "entre",
        "grand", "grande", "sur", "porte", "extra", "inter", "intra",
        "co", "post", "pre", "ultra", "au", "celle", "celui", "ceux",
        "celles", "peut", "c'est", "lui", "elle", "eux", "nous", "vous",
        "moi", "toi", "dix", "vingt", "trente", "quarante", "cinquante",
        "soixante", "quatre", "cent", "saint", "sainte", "plus", "moins", NULL
    };
    static const char *const right[] = {
        "ci", "la", "dessous", "dessus", "meme", "memes", "t", "il", "elle",
        "on", "ils", "elles", "de", "du", "des", "sur", "en", "les", "le",
        "et", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
        "seize", "vingt", "cent", "cents", "mille", NULL
    };
    /* the next word is itself a compound: "Pas-\nde-Calais" */
    for (size_t i = 0; i < nn; i++) {
        if (nx[i] == '-' && i > 0)
            return true;
        if (nx[i] == ' ' || nx[i] == '\n' || nx[i] == ',' || nx[i] == '.')
            break;
    }
    /* last word before the hyphen */
    size_t a = wn;
    while (a > 0 && w[a - 1] != ' ' && w[a - 1] != '-' && w[a - 1] != '\t')
        a--;
    for (size_t k = 0; left[k]; k++) {
        size_t m = ex_match_fold(w + a, wn - a, left[k]);
        if (m && m == wn - a)
            return true;
    }
    /* next word up to a blank or punctuation */
    size_t e = 0;
    while (e < nn && nx[e] != ' ' && nx[e] != ',' && nx[e] != '.' && nx[e] != ';'
           && nx[e] != '\n' && nx[e] != '\r' && nx[e] != ')')
        e++;
    for (size_t k = 0; right[k]; k++) {
        size_t m = ex_match_fold(nx, e, right[k]);
        if (m && m == e)
            return true;
    }
    return false;
}

/* the first q in [p, e) where s[q] is a tab, or a space that the next
   byte does not follow or a blank follows; e when none (s[p - 1] is no
   blank: [p - 1, q) holds no blank but single spaces between other
   characters; s is the view: s[e] can be read) */
static size_t plain_run(const char *s, size_t p, size_t e)
{
#ifdef EX_SIMD
    /* sixteen bytes at a time, x and the bytes after them x1 */
    for (; e - p >= 17; p += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
        const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(x, tab),
            _mm_and_si128(_mm_cmpeq_epi8(x, sp),
                          _mm_or_si128(_mm_cmpeq_epi8(x1, sp), _mm_cmpeq_epi8(x1, tab)))));
        if (z)
            return p + (unsigned)__builtin_ctz(z);
    }
    /* the last 1..16 bytes: the sixteen that end at e (s is the view:
       s[e] can be read, e <= its length), those below p masked off; a
       space in the last byte ends the run whatever follows it */
    if (p < e && e >= 16) {
        const size_t q = e - 16;
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + q));
        const __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(s + q + 1));
        const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
        const __m128i isp = _mm_cmpeq_epi8(x, sp);
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(x, tab),
            _mm_and_si128(isp, _mm_or_si128(_mm_cmpeq_epi8(x1, sp), _mm_cmpeq_epi8(x1, tab)))));
        z |= (unsigned)_mm_movemask_epi8(isp) & 0x8000u;
        z &= 0xFFFFu << (p - q);
        return z ? q + (unsigned)__builtin_ctz(z) : e;
    }
#endif
#ifdef LINES_SWAR
    const uint64_t ones = 0x0101010101010101ull;
    for (; e - p >= 9; p += 8) {
        uint64_t w, w1;
        memcpy(&w, s + p, 8);
        memcpy(&w1, s + p + 1, 8);
        uint64_t z = bytes_eq(w, ones * '\t')
                     | (bytes_eq(w, ones * ' ') & (bytes_eq(w1, ones * ' ') | bytes_eq(w1, ones * '\t')));
        if (z)
            return p + (size_t)(__builtin_ctzll(z) >> 3);
    }
#endif
    for (; p < e; p++)
        if (s[p] == '\t' || (s[p] == ' ' && (p + 1 == e || is_blank(s[p + 1]))))
            return p;
    return e;
}

/* line li is an ACTES stamp line at the top of a page after page pa
   (only blank, furniture or stamp lines before it on its page): the
   stamp repeated on every page, furniture for a value begun on an
   earlier page ("… au titre de la DSIL" / "Page 2/3" / FF / stamp /
   "pour 82 560,00 €") */
static bool page_top_stamp(const ex_text *t, size_t li, uint32_t pa)
{
    const ex_line *l = &t->lines[li];
    if (!(l->flags & EX_LINE_STAMP) || l->page <= pa)
        return false;
    for (size_t k = li; k-- > 0 && t->lines[k].page == l->page;)
        if (!(t->lines[k].flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP)))
            return false;
    return true;
}

char *ex_text_value(ex_call *c, const ex_text *t, size_t a, size_t b)
{
    if (b > t->len)
        b = t->len;
    if (a > b)
        a = b;
    ex_trim(t, &a, &b);
    char *out = ex_arena_alloc_raw(&c->arena, b - a + 1);   /* every byte up to the NUL is written */
    if (!out) {
        c->oom = true;
        return NULL;
    }
    size_t o = 0;
    const char *s = t->s;
    bool pending_space = false;
    size_t li = ex_line_at(t, a);
    uint32_t pa = li < t->nlines ? t->lines[li].page : 0;
    size_t p = a;
    while (p < b) {
        const ex_line *l = li < t->nlines ? &t->lines[li] : NULL;
        size_t le = l ? l->end : t->len;
        if (l && (l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) && p >= l->start
            && ((l->flags & EX_LINE_FURNITURE) || page_top_stamp(t, li, pa))) {
            p = l->next;
            li++;
            pending_space = o > 0;
            continue;
        }
        size_t stop = le < b ? le : b;
        while (p < stop) {
            char ch = s[p];
            if (ch == ' ' || ch == '\t') {
                pending_space = o > 0;
                p++;
                continue;
            }
            if (pending_space) {
                out[o++] = ' ';
                pending_space = false;
            }
            /* the text up to the next blank that is not one space
               between two other characters reads as it is: copied whole
               (the loop above would write the same bytes) */
            size_t r = plain_run(s, p + 1, stop);
            memcpy(out + o, s + p, r - p);
            o += r - p;
            p = r;
        }
        if (p >= b)
            break;
        /* at a line end: hyphenation repair */
        size_t nextp = l ? l->next : b;
        li++;
        /* skip furniture and blank lines to find the next text */
        size_t q = nextp, qi = li;
        while (qi < t->nlines && q < b
               && ((t->lines[qi].flags & (EX_LINE_FURNITURE | EX_LINE_BLANK))
                   || ((t->lines[qi].flags & EX_LINE_STAMP) && page_top_stamp(t, qi, pa)))) {
            q = t->lines[qi].next;
            qi++;
        }
        while (q < b && is_blank(s[q]))
            q++;
        /* the last character written is the line's last non-blank one
           (trailing blanks only set pending_space) */
        if (o > 1 && out[o - 1] == '-' && out[o - 2] != ' '
            && out[o - 2] != '-' && q < b) {
            pending_space = false;
            /* a word broken at the line end */
            size_t ws = o - 1;
            if (is_lower_start((const unsigned char *)s + q, b - q)
                && !keeps_hyphen(out, ws, s + q, b - q)) {
                o--;           /* pau- + vreté -> pauvreté */
            }
            /* else Jean- + Marc -> Jean-Marc: keep, no space */
            p = q;
            li = qi;
            continue;
        }
        pending_space = o > 0;
        p = nextp;
    }
    out[o] = '\0';
    return out;
}
