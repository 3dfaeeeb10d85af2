/*
 * structure_text.c - helpers of the structure stage: accent-, case- and
 * OCR-tolerant keyword matching (one edit allowed in long keywords), OCR
 * junk at line starts, line segments of two-column layouts, person names
 * and signature role lines.
 */
#include "structure.h"

/* ------------------------------------------------------------------ */
/* Character helpers */

/* kw_cls() of an ASCII byte lowered (structure.h): the byte lowered,
   but '0' read as o, and 1 | ! (and i, I, L) as l */
#define CL8(b) (char)((b) == '0' ? 'o' : ((b) == '1' || (b) == '|' || (b) == '!' || (b) == 'i' || (b) == 'I') ? 'l' \
                     : ((b) >= 'A' && (b) <= 'Z') ? (b) + 32 : (b))
#define CL16(b) CL8(b), CL8((b) + 1), CL8((b) + 2), CL8((b) + 3), CL8((b) + 4), CL8((b) + 5), CL8((b) + 6), \
    CL8((b) + 7), CL8((b) + 8), CL8((b) + 9), CL8((b) + 10), CL8((b) + 11), CL8((b) + 12), CL8((b) + 13), \
    CL8((b) + 14), CL8((b) + 15)
const char ex_st_cls_ascii[128] = {CL16(0x00), CL16(0x10), CL16(0x20), CL16(0x30),
                                   CL16(0x40), CL16(0x50), CL16(0x60), CL16(0x70)};
#undef CL16
#undef CL8

/* the fold of the characters C3 80 .. C3 BF (by their second byte;
   kw() in structure.h reads it too) */
#define fold_latin1 ex_st_fold_latin1
const char fold_latin1[64] =
    "aaaaaaaceeeeiiii" "dnooooo*ouuuuyts"
    "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";

/* an ASCII byte lowered (A-Z), any other ASCII byte itself; 0 for a
   byte >= 0x80 (equal to no key character above ' ') */
#define FA8(b) (unsigned char)((b) >= 'A' && (b) <= 'Z' ? (b) + 32 : (b))
#define FA16(b) FA8(b), FA8((b) + 1), FA8((b) + 2), FA8((b) + 3), FA8((b) + 4), FA8((b) + 5), FA8((b) + 6), \
    FA8((b) + 7), FA8((b) + 8), FA8((b) + 9), FA8((b) + 10), FA8((b) + 11), FA8((b) + 12), FA8((b) + 13), \
    FA8((b) + 14), FA8((b) + 15)
static const unsigned char fold_ascii[256] = {FA16(0x00), FA16(0x10), FA16(0x20), FA16(0x30),
                                              FA16(0x40), FA16(0x50), FA16(0x60), FA16(0x70)};
#undef FA16
#undef FA8

/* ASCII-fold one UTF-8 character to lowercase ASCII ('?' when none);
   *n gets the bytes consumed (fold_c(), structure.h, folds an ASCII
   byte inline and calls this for the others). */
char ex_st_fold_c_mb(const unsigned char *s, size_t len, size_t *n)
{
    unsigned char b = s[0];
    *n = 1;
    if (b < 0x80)
        return (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    if (b == 0xC3 && len >= 2) {
        *n = 2;
        return fold_latin1[s[1] & 0x3F];
    }
    if (b == 0xC5 && len >= 2 && (s[1] == 0x92 || s[1] == 0x93)) {
        *n = 2;
        return 'o';
    }
    if (b == 0xC5 && len >= 2 && s[1] == 0xB8) {
        *n = 2;     /* "Ÿ" (L'HAŸ-LES-ROSES; OCR "BONNEFOŸ") */
        return 'y';
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

/* a letter at s (ASCII or Latin-1/œ) */
bool letter_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return false;
    if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] >= 'A' && u[0] <= 'Z'))
        return true;
    if (u[0] == 0xC3 && n > 1 && u[1] >= 0x80 && u[1] != 0x97 && u[1] != 0xB7)
        return true;
    if (u[0] == 0xC5 && n > 1 && (u[1] == 0x92 || u[1] == 0x93 || u[1] == 0xB8))
        return true;
    return false;
}

/* 1 upper, -1 lower, 0 not a letter; *n bytes (case_at(), structure.h,
   tests an ASCII byte inline and calls this for the others) */
int ex_st_case_at_mb(const char *s, size_t len, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    *n = 1;
    if (u[0] >= 'A' && u[0] <= 'Z')
        return 1;
    if (u[0] >= 'a' && u[0] <= 'z')
        return -1;
    if (u[0] == 0xC3 && len > 1) {
        *n = 2;
        if (u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97)
            return 1;
        if (u[1] >= 0x9F && u[1] != 0xB7)
            return -1;
        return 0;
    }
    if (u[0] == 0xC5 && len > 1) {
        *n = 2;
        return u[1] == 0x92 || u[1] == 0xB8 ? 1 : u[1] == 0x93 ? -1 : 0;
    }
    size_t k;
    fold_c(u, len, &k);
    *n = k;
    return 0;
}



/* OCR-tolerant equality of a key letter and a folded text letter: the
   model's (ocrmodel.c) */
#define ceq(k, f) ex_ocr_letter_eq((k), (f))

/* Prefix match of an ASCII lowercase key at s[0..n): accents and case
   folded, OCR confusions tolerated, ' ' in the key matches one or more
   blanks (or none before a digit / after an apostrophe), '\'' matches
   ' ’ ‘.  With 'bound', the match must end at a word end.  Returns the
   bytes matched or 0. */
size_t ex_st_kw_slow(const char *s, size_t n, const char *key, bool bound)
{
    return ex_st_kw_from(s, n, key, bound, 0);
}

/* k: the key's first k characters are plain letters that s's first k
   bytes matched (kw()'s inline test): the loop below would take one
   byte for each, so it starts after them */
size_t ex_st_kw_from(const char *s, size_t n, const char *key, bool bound, size_t k0)
{
    size_t i = k0;
    const unsigned char *u = (const unsigned char *)s;
    const char *k = key + k0;
    for (;;) {
        /* the common step first: a key character above ' ' (no blank, no
           end) and an ASCII byte that, lowered, is that character: the
           step below would take it the same (one byte; an apostrophe
           for an apostrophe) */
        while (i < n && (unsigned char)*k > ' ' && (char)fold_ascii[u[i]] == *k) {
            i++;
            k++;
        }
        if (!*k)
            break;
        if (*k == ' ') {
            size_t j = i;
            while (j < n && is_blank(s[j]))
                j++;
            /* OCR: a hyphen or a dot glued between two words
               ("Séance-du jeudi 19 mars 2026", "RECUEIL.DES ACTES"): a
               '-' or '.' between two letters, the key's blank between two
               letters too */
            if (j == i && i > 0 && j + 1 < n && (u[j] == '-' || u[j] == '.') && k > key && k[-1] >= 'a' && k[-1] <= 'z'
                && k[1] >= 'a' && k[1] <= 'z' && letter_at(s + j + 1, n - j - 1)
                && ((u[j - 1] | 0x20) >= 'a' && (u[j - 1] | 0x20) <= 'z'))
                j++;
            if (j == i && !(k > key && k[-1] == '\'') && !(j < n && digit(s[j])))
                return 0;
            i = j;
            k++;
            continue;
        }
        if (i >= n)
            return 0;
        if (*k == '\'') {
            if (u[i] == '\'' || u[i] == '`')
                i++;
            else if (n - i >= 3 && u[i] == 0xE2 && u[i + 1] == 0x80
                     && (u[i + 2] == 0x99 || u[i + 2] == 0x98))
                i += 3;
            else
                return 0;
            k++;
            continue;
        }
        /* ASCII: fold_c inline; a different letter fails at once */
        if (u[i] < 0x80) {
            char f = (char)((u[i] >= 'A' && u[i] <= 'Z') ? u[i] + 32 : u[i]);
            if (f != *k && !ceq(*k, f))
                return 0;
            i++;
            k++;
            continue;
        }
        /* fold_c()'s Latin-1 case inline (its table) */
        char f;
        if (u[i] == 0xC3 && n - i >= 2) {
            f = fold_latin1[u[i + 1] & 0x3F];
            i += 2;
        } else {
            size_t used;
            f = fold_c(u + i, n - i, &used);
            i += used;
        }
        if (!ceq(*k, f))
            return 0;
        k++;
    }
    if (bound && i < n && letter_at(s + i, n - i))
        return 0;
    return i;
}

/* One word key (no blanks), at least 7 letters: one edit allowed
   (substitution, insertion, deletion; the model's bounded edit,
   ocrmodel.c), or cut once by a stray blank (6+ letters).  Returns the
   bytes matched.  (kw_fuzzy() itself is in structure.h, always inlined;
   its steps below.) */
/* the first characters of s[0..n) folded (fold_c) into f while they are
   letters, digits, '-', '|' or '!' (the characters ex_ocr_kw_edit1()
   aligns with the key, folded as it does), at most max; returns their
   count */
size_t fold_prefix(const char *s, size_t n, size_t max, char *f)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, c = 0;
    while (c < max && i < n) {
        size_t used = 1;
        char ch = u[i] < 0x80 ? (char)((u[i] >= 'A' && u[i] <= 'Z') ? u[i] + 32 : u[i])
                              : fold_c(u + i, n - i, &used);
        if (!((ch >= 'a' && ch <= 'z') || digit(ch) || ch == '-' || ch == '|' || ch == '!'))
            break;
        f[c++] = ch;
        i += used;
    }
    return c;
}

/* ex_ocr_kw_edit1() can match key (kl letters) on the text folded into
   f[0..fn): with one edit at most, the key's first half [0, h) lines up
   with f[0, h), or (the edit inside the first half) its second half
   with f from h - 1, h or h + 1 (a deletion, a substitution, an
   insertion before it); the pairs compared as its table does
   (ex_ocr_letter_eq()).  False: its table cannot reach 1. */
static bool ceq_run(const char *key, const char *f, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!ceq(key[i], f[i]))
            return false;
    return true;
}

bool edit1_may(const char *key, size_t kl, const char *f, size_t fn)
{
    size_t h = kl / 2, bl = kl - h;
    if (fn >= h && ceq_run(key, f, h))
        return true;
    for (size_t st = h - 1; st <= h + 1; st++)
        if (st + bl <= fn && ceq_run(key + h, f + st, bl))
            return true;
    return false;
}

/* A long key (10+ letters: "considerant", "deliberation", "convention")
   whose second letter OCR misread ("Cénsidérant"): the first letter and
   all the others line up (the edit ex_ocr_kw_edit1() leaves out, as it
   asks the first two letters to line up).  Returns the bytes matched. */
/* f[0..fn): fold_prefix(s, n, kl + 1, f) when the caller has it (fn !=
   SIZE_MAX), else computed here */
size_t second_letter_misread(const char *s, size_t n, const char *key, size_t kl, bool bound,
                             char *f, size_t fn)
{
    if (kl < 10 || kl > 60)
        return 0;
    if (fn == SIZE_MAX)
        fn = fold_prefix(s, n, kl + 1, f);
    if (fn != kl || !ceq(key[0], f[0]) || ceq(key[1], f[1]) || !(f[1] >= 'a' && f[1] <= 'z'))
        return 0;
    for (size_t i = 2; i < kl; i++)
        if (!ceq(key[i], f[i]))
            return 0;
    /* the bytes of the kl characters */
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (size_t c = 0; c < kl; c++)
        i += u[i] < 0x80 ? 1 : (u[i] >= 0xF0 ? 4 : u[i] >= 0xE0 ? 3 : 2);
    if (bound && i < n && letter_at(s + i, n - i))
        return 0;
    return i;
}


/* OCR junk and bullets that may precede a label at a line start */
size_t junk_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return 0;
    switch (u[0]) { /* strchr(" \t.:;,'\"*+_|-~`^><=#", u[0]), without the call */
    case ' ': case '\t': case '.': case ':': case ';': case ',': case '\'': case '"': case '*':
    case '+': case '_': case '|': case '-': case '~': case '`': case '^': case '>': case '<':
    case '=': case '#':
        return 1;
    case '!':   /* OCR: a speck "!" standing apart ("©! DÉLIBÉRATION"), not "!e" for "le" */
    case '$':   /* "$ CONSIDÉRANT", not "$aint" for "Saint" */
        return n >= 2 && is_blank(s[1]) ? 1 : 0;
    default:
        break;
    }
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xB0 || u[1] == 0xB7 || u[1] == 0xA9 || u[1] == 0xAE
                                   || u[1] == 0xAB || u[1] == 0xBB || u[1] == 0xA7))
        return 2;
    /* OCR: an accented small letter alone before a blank ("ï Article 1 :");
       not à (a word), nor × ÷ */
    if (n >= 3 && u[0] == 0xC3 && u[1] >= 0xA1 && u[1] <= 0xBF && u[1] != 0xB7 && (u[2] == ' ' || u[2] == '\t'))
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80
        && (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0x98 || u[2] == 0x99
            || u[2] == 0x9C || u[2] == 0x9D || u[2] == 0xA2 || u[2] == 0xA6))
        return 3;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x86 && u[2] == 0x92) /* → */
        return 3;
    return 0;
}

size_t skip_junk(const char *s, size_t a, size_t b)
{
    size_t k;
    while (a < b && (k = junk_len(s + a, b - a)) > 0)
        a += k;
    return a;
}

/* trailing blanks and junk (" :", " .", "‘") off [a, b) */
size_t trim_end_junk(const char *s, size_t a, size_t b)
{
    for (;;) {
        while (b > a && is_blank(s[b - 1]))
            b--;
        if (b > a) {
            switch (s[b - 1]) { /* strchr(".:;,'\"*+_|~`^#", s[b - 1]) */
            case '.': case ':': case ';': case ',': case '\'': case '"': case '*': case '+':
            case '_': case '|': case '~': case '`': case '^': case '#':
                b--;
                continue;
            default:
                break;
            }
        }
        if (b >= a + 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80
            && ((unsigned char)s[b - 1] == 0x98 || (unsigned char)s[b - 1] == 0x99
                || (unsigned char)s[b - 1] == 0xA6)) {
            b -= 3;
            continue;
        }
        return b;
    }
}

/* trim_end(): structure.h (inline) */

/* share of upper case among the letters of [a, b), in percent; *letters
   gets the letter count */
int upper_pct(const char *s, size_t a, size_t b, size_t *letters)
{
    size_t up = 0, lo = 0;
    const unsigned char *u = (const unsigned char *)s;
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
    for (size_t i = a; i < b;) {
        /* eight ASCII bytes at once (one step each below): bit 7 of a
           byte of w + ones * (0x80 - lo) is set when the byte is >= lo,
           of w + ones * (0x7F - hi) when it is > hi (no carry between
           bytes below 0x80); the flags are summed by a multiplication */
        if (b - i >= 8) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (!(w & high)) {
                uint64_t U = (w + ones * (0x80 - 'A')) & ~(w + ones * (0x7F - 'Z')) & high;
                uint64_t L = (w + ones * (0x80 - 'a')) & ~(w + ones * (0x7F - 'z')) & high;
                up += (size_t)((((U >> 7) * ones) >> 56) & 0xFF);
                lo += (size_t)((((L >> 7) * ones) >> 56) & 0xFF);
                i += 8;
                continue;
            }
            /* the ASCII bytes before the first other one (the sums
               carry only towards later bytes: those before it are
               exact) */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            size_t k = (size_t)(__builtin_ctzll(w & high) >> 3);
            if (k) {
                uint64_t keep = ((uint64_t)1 << (k * 8)) - 1;
                uint64_t U = (w + ones * (0x80 - 'A')) & ~(w + ones * (0x7F - 'Z')) & high & keep;
                uint64_t L = (w + ones * (0x80 - 'a')) & ~(w + ones * (0x7F - 'z')) & high & keep;
                up += (size_t)((((U >> 7) * ones) >> 56) & 0xFF);
                lo += (size_t)((((L >> 7) * ones) >> 56) & 0xFF);
                i += k;
            }
#else
            while (u[i] < 0x80) {
                if (u[i] >= 'A' && u[i] <= 'Z')
                    up++;
                else if (u[i] >= 'a' && u[i] <= 'z')
                    lo++;
                i++;
            }
#endif
        }
        unsigned char ch = u[i];
        if (ch == 0xC3 && b - i >= 2) { /* case_at() on Latin-1, inline */
            unsigned char c1 = u[i + 1];
            if (c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97)
                up++;
            else if (c1 >= 0x9F && c1 != 0xB7)
                lo++;
            i += 2;
            continue;
        }
        if (ch < 0x80) {        /* case_at() on ASCII, inline */
            if (ch >= 'A' && ch <= 'Z')
                up++;
            else if (ch >= 'a' && ch <= 'z')
                lo++;
            i++;
            continue;
        }
        size_t n;
        int k = case_at(s + i, b - i, &n);
        if (k > 0)
            up++;
        else if (k < 0)
            lo++;
        i += n;
    }
    if (letters)
        *letters = up + lo;
    return up + lo ? (int)(100 * up / (up + lo)) : 0;
}

/* the words of s[a, e) (runs of bytes other than ' ' and '\t'; one
   starts at a unless s[a] is blank), counted while fewer than cap: an
   answer >= cap stands for any count >= cap.  Eight bytes at a time
   where the byte order allows it: a byte's blank flag is bit 7 of
   ~(((x & 0x7F) + 0x7F) | x), x the byte xor ' ' or xor '\t' (set when
   x is 0, no carry between bytes); a word starts at a byte that is no
   blank after one that is (or at a); the flags are summed by a
   multiplication. */
size_t word_count(const char *s, size_t a, size_t e, size_t cap)
{
    size_t words = 0, i = a;
    bool after_blank = true;
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F, high = ones * 0x80;
    while (i < e && e - i >= 8 && words < cap) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t x1 = w ^ (ones * ' '), x2 = w ^ (ones * '\t');
        uint64_t bl = (~(((x1 & low7) + low7) | x1) | ~(((x2 & low7) + low7) | x2)) & high;
        uint64_t start = ~bl & ((bl << 8) | (after_blank ? 0x80u : 0u)) & high;
        words += (size_t)((((start >> 7) * ones) >> 56) & 0xFF);
        after_blank = (bl >> 63) != 0;
        i += 8;
    }
#endif
    for (; i < e && words < cap; i++) {
        bool b = is_blank(s[i]);
        words += !b && after_blank;
        after_blank = b;
    }
    return words;
}

/* ------------------------------------------------------------------ */
/* Segments: parts of a line separated by runs of 3 blanks or more
   (two-column layouts). */


/* the first p in [p, e - 1) where s[p] and s[p + 1] are both blank, or
   e: eight bytes at a time where the byte order allows it (a byte's
   flag: bit 7 of ~(((x & 0x7F) + 0x7F) | x), set when x is 0, with no
   carry between bytes; x is the byte xor ' ' or xor '\t') */
static size_t blank_pair(const char *s, size_t p, size_t e, size_t len)
{
#ifdef EX_SIMD
    /* sixteen pairs (k, k + 1) at a time, k from p: the loads read s[p,
       p + 17), p + 1 < e, so within the view (len: its length) when it
       holds 15 bytes past e; in the block that reaches e the pairs with
       k + 1 >= e are masked off, and it is the last (the loops below
       only run at the view's end) */
    if (p + 1 < e && len - e >= 15) {
        const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
        for (;;) {
            __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
            __m128i bw = _mm_or_si128(_mm_cmpeq_epi8(w, sp), _mm_cmpeq_epi8(w, tab));
            __m128i bv = _mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab));
            unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(bw, bv));
            size_t rem = e - p - 1; /* the pairs left: k in [p, p + rem) */
            if (rem <= 16) {
                z &= (1u << rem) - 1;
                return z ? p + (size_t)__builtin_ctz(z) : e;
            }
            if (z)
                return p + (size_t)__builtin_ctz(z);
            p += 16;
        }
    }
    for (; e - p >= 17; p += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
        __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
        __m128i bw = _mm_or_si128(_mm_cmpeq_epi8(w, sp), _mm_cmpeq_epi8(w, tab));
        __m128i bv = _mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab));
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(bw, bv));
        if (z)
            return p + (size_t)__builtin_ctz(z);
    }
#endif
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F, high = ones * 0x80;
    while (e - p >= 9) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        uint64_t x1 = w ^ (ones * ' '), x2 = w ^ (ones * '\t');
        uint64_t z = (~(((x1 & low7) + low7) | x1) | ~(((x2 & low7) + low7) | x2)) & high;
        uint64_t d = z & (z >> 8); /* byte k and byte k + 1 (memory order) */
        if (d)
            return p + (size_t)(__builtin_ctzll(d) >> 3);
        p += 7; /* the pair (7, 8) is the pair (0, 1) of the next load */
    }
#endif
    for (; p + 1 < e; p++)
        if (is_blank(s[p]) && is_blank(s[p + 1]))
            return p;
    return e;
}

size_t line_segs(const ex_text *t, const ex_line *l, seg *out, size_t gap)
{
    const char *s = t->s;
    size_t n = 0, i = l->start, e = l->end;
    /* a column is the count of characters (bytes that are no UTF-8
       continuation byte) before the offset: counted from cpos, where it
       is col, only when a segment starts (the first one: blanks only) */
    size_t cpos = l->start, col = 0;
    while (i < e && n < MAXSEG) {
        while (i < e && is_blank(s[i]))
            i++;
        if (i >= e)
            break;
        /* the first segment: only blanks before it, one character each */
        if (!n) {
            col = i - cpos;
            cpos = i;
        }
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes at a time: a continuation byte has bit 7 set and
           bit 6 clear (bit 6 shifted to bit 7 of the same byte); the
           flags are summed by a multiplication */
        for (; i - cpos >= 8; cpos += 8) {
            const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
            uint64_t w;
            memcpy(&w, s + cpos, 8);
            uint64_t cont = w & ~(w << 1) & high;
            col += 8 - (size_t)((((cont >> 7) * ones) >> 56) & 0xFF);
        }
#endif
        for (; cpos < i; cpos++)
            col += ((unsigned char)s[cpos] & 0xC0) != 0x80;
        seg *g = &out[n++];
        g->a = i;
        g->col = col;
        size_t last = i;
        if (gap >= 2) {
            /* A run of gap blanks or more, or the blanks that end the
               line, end the segment: both hold two blanks in a row but
               for a single blank at the end; the first blank of a pair
               found from k starts its run (s[k] is no blank, and an
               earlier blank before it would make an earlier pair). */
            size_t k = i;
            for (;;) {
                size_t r = blank_pair(s, k, e, t->len);
                if (r >= e) {
                    last = trim_end(s, k, e);
                    i = e;
                    break;
                }
                size_t j = r;
                while (j < e && is_blank(s[j]))
                    j++;
                if (j - r >= gap || j == e) {
                    last = r;
                    i = j;
                    break;
                }
                k = j;
            }
            g->b = last;
            continue;
        }
        while (i < e) {
            while (i < e && !is_blank(s[i]))
                i++;
            last = i;
            if (i >= e)
                break;
            size_t j = i;
            while (j < e && is_blank(s[j]))
                j++;
            i = j;
            if (j - last >= gap || j == e)
                break;
        }
        g->b = last;
    }
    return n;
}

/* ---- names ---- */

/* ascii: s[0..n) is ASCII, so a key matching all of it has n
   characters (kw() takes one byte for each) */
static bool is_particle(const char *s, size_t n, bool ascii)
{
    static const char *const p[] = {"de", "du", "des", "le", "la", "van", "von", "di", "da", "del", "d'", NULL};
    static const size_t plen[] = {2, 2, 3, 2, 2, 3, 3, 2, 2, 3, 2};
    for (size_t i = 0; p[i]; i++) {
        if (ascii && plen[i] != n)
            continue;
        size_t m = kw(s, n, p[i], false);
        if (m && m == n)
            return true;
    }
    return false;
}

/* classify a word [a, b): 1 given (Jean-Claude), 2 family (LEROY),
   3 civility, 4 particle, 0 other */
static int word_kind(const char *s, size_t n)
{
    if (!n)
        return 0;
    static const char *const civ[] = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "mm.", "dr", NULL};
    /* the civilities and particles start with m, d, l, v; an ASCII
       first byte that kw() cannot take for one of them skips the lists
       (l: also 1 i | !, see ceq) */
    unsigned char c0 = (unsigned char)s[0];
    char f0 = (char)((c0 >= 'A' && c0 <= 'Z') ? c0 + 32 : c0);
    if (c0 >= 0x80 || f0 == 'm' || f0 == 'd' || f0 == 'l' || f0 == 'v' || f0 == '1' || f0 == 'i'
        || f0 == '|' || f0 == '!') {
        /* an ASCII word is matched whole only by a key of its length
           (kw() takes one byte for each key character then) */
        static const size_t clen[] = {2, 3, 4, 8, 6, 12, 3, 2};
        bool ascii = true;
        for (size_t i = 0; i < n && ascii; i++)
            ascii = (unsigned char)s[i] < 0x80;
        for (size_t i = 0; civ[i]; i++) {
            if (ascii && clen[i] != n)
                continue;
            size_t m = kw(s, n, civ[i], false);
            if (m == n)
                return 3;
        }
        if (is_particle(s, n, ascii))
            return 4;
    }
    size_t up = 0, lo = 0, other = 0;
    bool first_up = false;
    for (size_t i = 0; i < n;) {
        size_t k = 1;
        unsigned char ch = (unsigned char)s[i];
        /* case_at() on ASCII, inline */
        int c = ch >= 0x80 ? case_at(s + i, n - i, &k) : (ch >= 'A' && ch <= 'Z') ? 1
                : (ch >= 'a' && ch <= 'z') ? -1 : 0;
        if (i == 0)
            first_up = c > 0;
        if (c > 0)
            up++;
        else if (c < 0)
            lo++;
        /* OCR: a hyphen read as a colon between two capitals
           ("VAUTRIN:LEBLOND") */
        else if (s[i] != '-' && s[i] != '\'' && !(k == 3 && (unsigned char)s[i] == 0xE2)
                 && !(s[i] == ':' && i > 0 && i + 1 < n && s[i - 1] >= 'A' && s[i - 1] <= 'Z'
                      && s[i + 1] >= 'A' && s[i + 1] <= 'Z'))
            other++;
        i += k;
    }
    if (other)
        return 0;
    if (up >= 2 && lo == 0)
        return 2;
    if (first_up && lo >= 1) {
        /* Jean-Claude: each hyphen part capitalised */
        return 1;
    }
    if (up == 1 && lo == 0 && n <= 2)
        return 1; /* initial "J" */
    return 0;
}

/* one or two ASCII lower-case letters that are no conjunction: an OCR
   speck among names */
static bool speck_word(const char *w, size_t n)
{
    /* (or one accented small letter but à, "Alain DESFORGES è Elise
       FAYOLLE": à may join two names, a proxy) */
    if (n == 2 && (unsigned char)w[0] == 0xC3)
        return (unsigned char)w[1] > 0xA0 && (unsigned char)w[1] <= 0xBF && (unsigned char)w[1] != 0xB7;
    if (n < 1 || n > 2)
        return false;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return false;
    return !(n == 2 && (!memcmp(w, "et", 2) || !memcmp(w, "ou", 2)));
}

/* OCR: the blank between a given name and the family name in capitals
   read as a hyphen ("Roland-PERCHERON", "Jean-Pierre-DUPONT"): the last
   hyphen of [a, e) when the part before it is a given name (word_kind()
   1: "Roland", "Jean-Pierre") and the part after it a family name in
   capitals (kind 2) that is no role noun ("Vice-PRÉSIDENT"), nor the part
   before a word of a compound ("Saint-DENIS", "Sous-PRÉFET"); else 0 */
static size_t given_family_hyphen(const char *s, size_t a, size_t e)
{
    size_t h = e;
    while (h > a && s[h - 1] != '-')
        h--;
    if (h <= a + 1 || e - h < 2)
        return 0;
    h--;
    static const char *const comp[] = {"saint", "sainte", "vice", "sous", "grand", "petit", "mont", NULL};
    for (size_t k = 0; comp[k]; k++)
        if (kw(s + a, h - a, comp[k], false) == h - a)
            return 0;
    if (word_kind(s + a, h - a) != 1 || word_kind(s + h + 1, e - h - 1) != 2 || role_noun(s + h + 1, e - h - 1))
        return 0;
    return h;
}

/* Person names in [a, b): "Jean-Claude LEROY", "Jean-Claude LEROY
   Jacques BILLANT", "Mme Anne-Sophie LE GALL".  Fills up to max
   ranges; returns the count, 0 when the range is not only names
   (trailing OCR junk tolerated). */
size_t parse_names(const char *s, size_t a, size_t b, size_t *ra, size_t *rb, size_t max)
{
    /* The fast rejection below, first over all the words: the loop
       returns 0 at the first word it rejects, and at the 25th word, so
       one such word anywhere means 0. */
    /* The words are the runs between the separators (blank, ','): each
       separator d closes the word (w, d) that its predecessor opened;
       the separators eight bytes at a time where the byte order allows
       (flag of a byte x xor ' ', '\t' or ',': bit 7 of ~(((x & 0x7F) +
       0x7F) | x), set when x is 0, no carry between bytes). */
#define REJECTS(q, j) ((unsigned char)s[q] >= 'a' && (unsigned char)s[q] <= 'z' && s[q] != 'm' \
                       && s[q] != 'd' && s[q] != 'l' && s[q] != 'v' && s[q] != 'i' \
                       && (j) - (q) - (s[(j) - 1] == '.') > 3)
    {
        size_t w = a, p = a; /* the current word starts at w */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F, high = ones * 0x80;
        for (; b - p >= 8; p += 8) {
            uint64_t v;
            memcpy(&v, s + p, 8);
            uint64_t x1 = v ^ (ones * ' '), x2 = v ^ (ones * '\t'), x3 = v ^ (ones * ',');
            uint64_t z = (~(((x1 & low7) + low7) | x1) | ~(((x2 & low7) + low7) | x2)
                          | ~(((x3 & low7) + low7) | x3)) & high;
            for (; z; z &= z - 1) {
                size_t d = p + (size_t)(__builtin_ctzll(z) >> 3);
                if (d > w && REJECTS(w, d))
                    return 0;
                w = d + 1;
            }
        }
#endif
        for (; p < b; p++) {
            if (is_blank(s[p]) || s[p] == ',') {
                if (p > w && REJECTS(w, p))
                    return 0;
                w = p + 1;
            }
        }
        if (b > w && REJECTS(w, b))
            return 0;
    }
#undef REJECTS
    size_t w_a[24], w_b[24];
    int w_k[24];
    size_t nw = 0;
    size_t i = a;
    while (i < b && nw < 24) {
        while (i < b && (is_blank(s[i]) || s[i] == ','))
            i++;
        if (i >= b)
            break;
        /* OCR: a speck glued before a name's capital ("‘Chloé
           TOURNIÉ", two signature columns whose gap the scan read as a
           quote) */
        size_t sp = speck_len(s, i, b);
        if (sp && i + sp < b && ex_upper_start(s + i + sp, b - i - sp))
            i += sp;
        size_t j = i;
        while (j < b && !is_blank(s[j]) && s[j] != ',')
            j++;
        size_t we = j;
        if (we > i && s[we - 1] == '.' && !(we - i == 2 && (s[i] == 'M' || s[i] == 'J')))
            we--;
        /* OCR: a colon or semicolon glued to a word ("Sylvie MANGEOT: :
           … Sébastien JACQUOT", two signature columns whose gap the
           scan read as specks) */
        else if (we > i + 1 && (s[we - 1] == ':' || s[we - 1] == ';'))
            we--;
        /* Fast exact rejection: a word of 4+ bytes starting with an ASCII
           lower-case letter that no civility or particle can start (m d l
           v i, see word_kind) has letters and word_kind() 0 (its first
           letter is lower case), so the test below returns 0 for it. */
        unsigned char w0 = (unsigned char)s[i];
        if (we - i > 3 && w0 >= 'a' && w0 <= 'z' && w0 != 'm' && w0 != 'd' && w0 != 'l'
            && w0 != 'v' && w0 != 'i')
            return 0;
        /* An ASCII letter first: the word has letters (wl >= 1), and wl
           only matters below for a word of kind 0 of 3 bytes or less:
           the count is skipped for the others. */
        if ((w0 | 0x20) >= 'a' && (w0 | 0x20) <= 'z') {
            size_t hy = memchr(s + i, '-', we - i) ? given_family_hyphen(s, i, we) : 0;
            if (hy) {
                /* the given name now, the family name as the next word */
                w_a[nw] = i;
                w_b[nw] = hy;
                w_k[nw] = 1;
                nw++;
                i = hy + 1;
                continue;
            }
            int wk = word_kind(s + i, we - i);
            if (wk == 0) {
                if (we - i > 3)
                    return 0;
                size_t wl3;
                upper_pct(s, i, we, &wl3);
                if (wl3 > 2)
                    return 0;
            }
            w_a[nw] = i;
            w_b[nw] = we;
            w_k[nw] = wk;
            nw++;
            i = j;
            continue;
        }
        size_t wl;
        upper_pct(s, i, we, &wl);
        if (wl == 0) {
            /* ". ", "…", "-": OCR punctuation between two names */
            bool dig = false;
            for (size_t q = i; q < we; q++)
                dig |= digit(s[q]);
            if (dig)
                return 0;
            i = j;
            continue;
        }
        w_a[nw] = i;
        w_b[nw] = we;
        w_k[nw] = word_kind(s + i, we - i);
        if (w_k[nw] == 0 && (wl > 2 || we - i > 3))
            return 0; /* a common word: not a name line */
        nw++;
        i = j;
    }
    if (i < b)
        return 0;
    /* drop trailing junk words: not letters, or 1-2 lowercase letters */
    while (nw > 0 && w_k[nw - 1] == 0) {
        size_t L;
        upper_pct(s, w_a[nw - 1], w_b[nw - 1], &L);
        if (L > 2 || (L > 0 && w_b[nw - 1] - w_a[nw - 1] > 3))
            break;
        nw--;
    }
    if (!nw)
        return 0;
    size_t cnt = 0, k = 0;
    while (k < nw) {
        /* an OCR speck between two names of a line ("Hélène GAUTIER a
           Marc DUVERGER", two signature columns joined): one or two
           ASCII lower-case letters, not "et" / "ou", after a name */
        if (cnt && k + 1 < nw && w_k[k] == 0 && speck_word(s + w_a[k], w_b[k] - w_a[k]))
            k++;
        size_t st = k;
        if (w_k[k] == 3)
            k++;
        size_t g0 = k;
        while (k < nw && w_k[k] == 1)
            k++;
        size_t ng = k - g0;
        size_t f0 = k;
        /* particles inside or before the family: LE GALL, Yannick LE
           GOFF, Jean de LA FONTAINE (a particle run ending in a family
           word) */
        for (;;) {
            if (k < nw && w_k[k] == 2) {
                k++;
                continue;
            }
            size_t r = k;
            while (r < nw && w_k[r] == 4)
                r++;
            if (r > k && r < nw && w_k[r] == 2 && (k > f0 || ng)) {
                k = r;
                continue;
            }
            break;
        }
        /* particles inside the family: LE GALL, DE LA MOTTE */
        size_t nf = k - f0;
        if (!ng || !nf || ng > 3 || nf > 4)
            return 0;
        if (cnt < max) {
            ra[cnt] = w_a[st];
            rb[cnt] = w_b[k - 1];
        }
        cnt++;
    }
    return cnt < max ? cnt : max;
}

/* a civility word ("M.", "Mme", "Madame", ...: word_kind()'s list) */
bool civility_word(const char *s, size_t n)
{
    return word_kind(s, n) == 3;
}

/* ---- roles ---- */

bool role_noun(const char *s, size_t n)
{
    /* the nouns by their first letter: kw_may() passes a noun only where
       the text's first character is of its class (none begins with i or
       l, the letters whose class holds others), and any match answers */
    static const char *const nouns_a[] = {"adjoint", "adjointe", "administrateur", "administratrice", "agent",
                                          "acquereur", "acquereuse", NULL};
    static const char *const nouns_b[] = {"beneficiaire", "bailleur", "bailleresse", NULL};
    static const char *const nouns_c[] = {"conseiller", "conseillere", "chef", "cheffe", "commissaire", "comptable",
                                          "concessionnaire", NULL};
    static const char *const nouns_d[] = {"directeur", "directrice", "delegue", "deleguee", "doyen", NULL};
    static const char *const nouns_g[] = {"gerant", "gerante", NULL};
    static const char *const nouns_m[] = {"maire", "maire-adjoint", "ministre", "mandataire", NULL};
    static const char *const nouns_o[] = {"ordonnateur", "occupant", "occupante", NULL};
    static const char *const nouns_p[] = {"president", "presidente", "prefet", "prefete", "premier", "premiere",
                                          "payeur", "permissionnaire", "preneur", "preneuse", NULL};
    static const char *const nouns_r[] = {"representant", "representante", "responsable", "recteur", "rectrice",
                                          "regisseur", "regisseuse", NULL};
    static const char *const nouns_s[] = {"sous-prefet", "sous-prefete", "secretaire", NULL};
    static const char *const nouns_t[] = {"tresorier", "tresoriere", "titulaire", NULL};
    static const char *const nouns_v[] = {"vice-president", "vice-presidente", NULL};
    kwpre t = kw_pre(s, n);
    const char *const *nouns;
    switch (t.c0) {
    case 'a': nouns = nouns_a; break;
    case 'b': nouns = nouns_b; break;
    case 'c': nouns = nouns_c; break;
    case 'd': nouns = nouns_d; break;
    case 'g': nouns = nouns_g; break;
    case 'm': nouns = nouns_m; break;
    case 'o': nouns = nouns_o; break;
    case 'p': nouns = nouns_p; break;
    case 'r': nouns = nouns_r; break;
    case 's': nouns = nouns_s; break;
    case 't': nouns = nouns_t; break;
    case 'v': nouns = nouns_v; break;
    default: return false;
    }
    for (size_t i = 0; nouns[i]; i++)
        if (kw_may(nouns[i], t) && kw(s, n, nouns[i], true))
            return true;
    return false;
}

/* the end of s[a, e) without the tokens of OCR specks standing apart
   at its end: each a blank then one or two of . : ; | ' " - _ * ` ~ ^ or
   a typographic quote (‘ ’ “ ”); e itself when there is none */
size_t speck_tail(const char *s, size_t a, size_t e)
{
    for (;;) {
        size_t w = e, nch = 0;
        while (w > a && !is_blank(s[w - 1]) && nch < 3) {
            unsigned char ch = (unsigned char)s[w - 1];
            if (ch < 0x80 && ch && strchr(".:;|'\"-_*`~^", ch)) {
                w--;
            } else if (w - a >= 3 && (unsigned char)s[w - 3] == 0xE2 && (unsigned char)s[w - 2] == 0x80
                       && (ch == 0x98 || ch == 0x99 || ch == 0x9C || ch == 0x9D)) {
                w -= 3;
            } else {
                return e;
            }
            nch++;
        }
        if (w == e || w == a || !is_blank(s[w - 1]) || nch > 2)
            return e;
        e = trim_end(s, a, w);
    }
}

bool fr_two_letters(const char *p)
{
    static const char words[][3] = {"le", "la", "de", "du", "au", "en", "et", "un", "ou", "ne", "ni", "se",
                                    "sa", "si", "ce", "ma", "ta", "on", "il", "tu", "je", "me", "te", "es",
                                    "as", "va", "vu", "eu", "lu", "pu", "su", "bu", "an", "ai", "nu", "os"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (!memcmp(words[k], p, 2))
            return true;
    return false;
}

/* a lone lower-case letter after the comma ending a role ("Le Maire,
   a"), or two that are no French word ("Le Maire, ie" once its specks
   are off): the end at the comma, else e */
size_t comma_letter_speck(const char *s, size_t a, size_t e)
{
    size_t w = e;
    while (w > a && e - w < 3 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
        w--;
    if ((e - w == 1 || (e - w == 2 && !fr_two_letters(s + w))) && w >= a + 3 && is_blank(s[w - 1])) {
        size_t before = trim_end(s, a, w);
        if (before > a && s[before - 1] == ',')
            return before;
    }
    return e;
}

/* OCR: the "a" ending at r - 1 is a speck in the gap of two columns
   before a "|" ("Le Maire, a | La secrétaire de séance;"), no verb */
static bool speck_a(const char *s, size_t r, size_t e)
{
    while (r < e && is_blank(s[r]))
        r++;
    return r < e && s[r] == '|';
}

/* a signature role line: "Le Maire,", "LE PRESIDENT DU CONSEIL
   DEPARTEMENTAL,", "Pour le Président du Conseil départemental,",
   "La secrétaire de séance,", "Le Bénéficiaire (signature et cachet)" */
bool is_role(const char *s, size_t a, size_t b)
{
    size_t n = b - a;
    const char *p = s + a;
    if (n < 4 || n > 110)
        return false;
    size_t m;
    bool pour = false;
    if ((m = kw(p, n, "pour ", false)) || (m = kw(p, n, "p/o ", false)) || (m = kw(p, n, "p/", false))) {
        size_t m2 = kw(p + m, n - m, "le ", false);
        if (!m2)
            m2 = kw(p + m, n - m, "la ", false);
        if (!m2)
            m2 = kw(p + m, n - m, "l'", false);
        if (!m2)
            return false;
        pour = true;
        m += m2;
    } else {
        m = kw(p, n, "le ", false);
        if (!m)
            m = kw(p, n, "la ", false);
        if (!m)
            m = kw(p, n, "l'", false);
        /* OCR: the article glued to its noun's capital ("LeMaire,"), or
           its blank read as a hyphen ("Le-Maire,", "La-Présidente,") */
        if (!m && n > 3 && p[0] == 'L' && (p[1] == 'e' || p[1] == 'a')) {
            if (p[2] >= 'A' && p[2] <= 'Z')
                m = 2;
            else if (p[2] == '-' && ex_upper_start(p + 3, n - 3))
                m = 3;
        }
        if (!m)
            return false;
        size_t q = m;
        /* an ordinal in digits: "Le 1er Vice-Président", "La 2e adjointe" */
        if (q < n && p[q] >= '1' && p[q] <= '9') {
            size_t r = q;
            while (r < n && r - q < 2 && p[r] >= '0' && p[r] <= '9')
                r++;
            size_t o = kw(p + r, n - r, "er ", false);
            if (!o)
                o = kw(p + r, n - r, "ere ", false);
            if (!o)
                o = kw(p + r, n - r, "re ", false);
            if (!o)
                o = kw(p + r, n - r, "eme ", false);
            if (!o)
                o = kw(p + r, n - r, "e ", false);
            if (o)
                q = r + o;
        }
        /* "Le Premier Vice-Président", "La Première adjointe" */
        if (!role_noun(p + q, n - q)) {
            /* "L'intéressé," "L'intéressée" (who signs the notification,
               as "Le Bénéficiaire"): alone on the line or before a
               comma, not a sentence ("L'intéressé dispose de ...") */
            if (!(kw(p + q, n - q, "interesse", true) || kw(p + q, n - q, "interessee", true)))
                return false;
            size_t d = a;
            while (d > 0 && is_blank(s[d - 1]))
                d--;
            if (d > 0 && (s[d - 1] == '-' || (d >= 3 && (unsigned char)s[d - 3] == 0xE2 && ((unsigned char)s[d - 1] & 0xC0) == 0x80)))
                return false;   /* "- L'intéressée" (an "Ampliation :" list) */
            size_t e = trim_end(s, a, b), w = a + m;
            while (w < e && !is_blank(s[w]) && s[w] != ',')
                w++;
            return w == e || (s[w] == ',' && trim_end(s, a, e) == w + 1);
        }
    }
    /* ends with ',' or is short without a verb or a sentence end (a dot
       standing apart, "Le Maire, .", is an OCR speck; so is a colon
       standing apart after the comma, "La Maire, :") */
    size_t e = trim_end(s, a, b);
    /* OCR specks standing apart after the comma ("LA PRÉSIDENTE DU
       CONSEIL DÉPARTEMENTAL, : :", "Le Maire, | ‘"): the role ends at
       the comma */
    size_t ec = speck_tail(s, a, e);
    if (ec < e && s[ec - 1] == ',')
        e = ec;
    /* a letter speck before those ("Le Maire, ie :") */
    else if (ec < e && comma_letter_speck(s, a, ec) < ec)
        e = ec;
    e = comma_letter_speck(s, a, e);
    /* ';' for the comma ending the role ("Le Secrétaire de séance; :"),
       specks apart after it */
    if (ec < e && s[ec - 1] == ';' && ec - 1 > a && s[ec - 2] != ' ')
        e = ec;
    bool semi = e > a && s[e - 1] == ';' && ec == e && e - 1 > a && s[e - 2] != ' ';
    while (e >= a + 2 && is_blank(s[e - 2]) && (s[e - 1] == '.' || s[e - 1] == ':')) {
        size_t before = trim_end(s, a, e - 1);
        if (s[e - 1] == ':' && !(before > a && s[before - 1] == ','))
            break;
        e = before;
    }
    char last = s[e - 1];
    if (semi)
        last = ',';
    else if (last == '.' || last == ';' || last == ':')
        return false;
    /* (" certifie ", " atteste ": "Le Maire certifie sous sa
       responsabilité le caractère exécutoire …," is a certificate) */
    static const char *const verbs[] = {" est ", " sont ", " sera ", " se ", " a ", " atteste ", " ont ", " ouvre ", " peut ",
                                        " presente ", " doit ", " rappelle ", " indique ", " certifie ", NULL};
    /* one pass over the spaces, every verb tried at each (any match
       rejects, so the order does not matter): kw() takes the blanks for
       the key's ' ', then the verb's letter must be the next character
       as kw() folds it: an ASCII byte failing it (kw_ne()) fails the
       verb at once */
    for (size_t q = a; q < e; q++) {
        if (s[q] != ' ')
            continue;
        size_t r = q;
        while (r < e && is_blank(s[r]))
            r++;
        if (r >= e)
            break;
        unsigned char c1 = (unsigned char)s[r];
        for (size_t i = 0; verbs[i]; i++)
            if (!(c1 < 0x80 && kw_ne(c1, verbs[i][1]))
                && kw(s + q, e - q, verbs[i], false)
                && !(verbs[i][1] == 'a' && verbs[i][2] == ' ' && (s[q + 1] != 'a' || speck_a(s, q + 2, e))))
                return false; /* " a " is the verb, " à " a preposition
                                 ("L'Adjointe déléguée à l'urbanisme") */
    }
    /* (the words counted once no verb rejected the line; past 16 the
       answer is the same) */
    size_t words = word_count(s, a, e, 17);
    if (last == ',')
        return words <= 16;
    return words <= (pour ? 10u : 12u);
}
