/*
 * ocr.c - OCR quality estimate per document (extra key "ocr_quality").
 *
 * A number in [0, 1]: the share of tokens that look like what a typist
 * would produce, against tokens that OCR noise produces.  Counted over
 * the document's span, one pass over the tokens:
 *   good: words of one case pattern (lower, Capitalised, UPPER, with
 *         inner hyphens/apostrophes), numbers, usual abbreviations and
 *         punctuation, the one-letter words of French (à a y l d n s...);
 *   bad:  letters and digits mixed in a word ("l2", "1O", "S0US") except
 *         ordinals (1er, 2e, 2ème, IIe), case flips inside a word
 *         ("gOuvernement"), stray symbols (| ~ ^ _ { } \ ¢ ® ‘ ' * as a
 *         token of their own), isolated letters that are not French words;
 *   neither: other punctuation, and a rule line drawn by a typist: a run
 *         of 4 or more of one of _ = * ~ ("________", "****"); OCR
 *         leaves those bytes alone or in twos and threes, and draws no
 *         rule of | ^ { } \ # @ < > (a run of those stays bad, byte by
 *         byte).
 * quality = good / (good + 2 * bad), rounded to 2 decimals; a document
 * with fewer than 20 tokens gets 1.0 unless it has bad tokens.  Clean
 * typed text scores ~0.97-1.0, office scans ~0.90-0.97, poor scans lower.
 */
#include "internal.h"

#include <math.h>
#include <string.h>

/* four bytes loaded as one word put the first lowest */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define OCR_LE 1
#else
#define OCR_LE 0
#endif


/* classify letters of a UTF-8 word: sets lower/upper/digit presence and
   whether an upper letter follows a lower one (case flip) */
typedef struct shape {
    int lower, upper, digit, other;
    bool flip;       /* lower followed by upper inside the word */
    size_t letters;
} shape;

static void word_shape(const unsigned char *s, size_t n, shape *sh)
{
    memset(sh, 0, sizeof *sh);
    bool prev_lower = false;
    for (size_t i = 0; i < n;) {
        unsigned char b = s[i];
        bool lo = false, up = false;
        size_t l = 1;
        if (b >= 'a' && b <= 'z')
            lo = true;
        else if (b >= 'A' && b <= 'Z')
            up = true;
        else if (ex_is_digit(b))
            sh->digit++;
        else if (b == 0xC3 && i + 1 < n) {
            l = 2;
            if (s[i + 1] >= 0xA0)
                lo = true;
            else
                up = true;
        } else if (b >= 0xC4 && b < 0xE0 && i + 1 < n) {
            l = 2;
            lo = true; /* Latin Extended: count as a letter */
        } else if (b >= 0xE0) {
            l = b < 0xF0 ? 3 : 4;
            sh->other++;
        } else if (b != '-' && b != '\'') {
            sh->other++;
        }
        if (lo) {
            sh->lower++;
            sh->letters++;
        }
        if (up) {
            sh->upper++;
            sh->letters++;
            if (prev_lower)
                sh->flip = true;
        }
        prev_lower = lo;
        if (b == '-')
            prev_lower = false;
        i += l;
    }
}

static bool ordinal(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && ex_is_digit((unsigned char)s[d]))
        d++;
    if (d == 0 || d > 3)
        return false;
    const char *r = s + d;
    size_t m = n - d;
    static const char *const suf[] = {"er", "re", "e", "eme", "ere", "nd", "nde", "bis", "ter", NULL};
    for (size_t k = 0; suf[k]; k++) {
        size_t u = ex_match_fold(r, m, suf[k]);
        if (u && u == m)
            return true;
    }
    return false;
}

static bool french_single(const char *s, size_t n)
{
    if (n == 2 && (unsigned char)s[0] == 0xC3 && ((unsigned char)s[1] == 0xA0 || (unsigned char)s[1] == 0x80))
        return true; /* à À */
    return n == 1 && ex_fr_one_letter(s[0], true);
}

/* a byte a typist draws rule lines with */
static inline bool rule_byte(unsigned char b)
{
    return b == '_' || b == '=' || b == '*' || b == '~';
}

/* the byte s[p] (p < n; rule_byte()) lies in a rule: a run of 4 or more
   of that byte (the run's bytes before p are counted, 3 at most, so that
   a run is a rule however it is entered).  Returns the end of the run
   (the one scan of it: the callers skip it whole, linear on a line of
   megabytes of "_"), 0 when the run is shorter (then it is 3 bytes at
   most, and so is what is read of it). */
static inline size_t rule_end(const unsigned char *s, size_t n, size_t p)
{
    unsigned char b = s[p];
    size_t i = p;
    while (i > 0 && p - i < 3 && s[i - 1] == b)
        i--;
    size_t e = p + 1;
    while (e < n && s[e] == b)
        e++;
    return e - i >= 4 ? e : 0;
}

/* the token s[0..n) at offset p of the text t (len bytes) is a stray
   symbol; a byte of a rule (rule_end()) is none */
static bool stray_symbol(const unsigned char *t, size_t len, size_t p, size_t n)
{
    const unsigned char *s = t + p;
    if (n == 1 && rule_byte(s[0]) && rule_end(t, len, p))
        return false;
    if (n == 1)
        return strchr("|~^_{}\\*#@<>=", s[0]) != NULL;
    if (n == 2 && s[0] == 0xC2)
        return s[1] == 0xA2 || s[1] == 0xAE || s[1] == 0xA9 || s[1] == 0xA6 || s[1] == 0xAC;
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x98 || s[2] == 0x9A || s[2] == 0x9E; /* ‘ ‚ „ */
    return false;
}

/* ---- one cheap pass -------------------------------------------------
   The estimate reads the tokens of tokenize.c.  Most of them are plain
   ASCII words and single ASCII punctuation bytes: those are cut and
   judged here from a byte-class table (the same token, the same verdict
   as ex_token_next() + word_shape() would give); anything else (digits,
   non-ASCII bytes, apostrophes, what could be an abbreviation or a code
   article) is handed to ex_token_next() from the same offset. */

enum { C_LO = 1, C_UP = 2, C_SP = 4, C_DIG = 8, C_STRAY = 16, C_PUN = 32, C_L2 = 64, C_MB = 128 };

static const unsigned char cls[256] = {
    [' '] = C_SP, ['\t'] = C_SP, ['\n'] = C_SP, ['\r'] = C_SP, ['\f'] = C_SP,
    ['a' ... 'z'] = C_LO, ['A' ... 'Z'] = C_UP, ['0' ... '9'] = C_DIG,
    ['|'] = C_STRAY, ['~'] = C_STRAY, ['^'] = C_STRAY, ['_'] = C_STRAY,
    ['{'] = C_STRAY, ['}'] = C_STRAY, ['\\'] = C_STRAY, ['*'] = C_STRAY,
    ['#'] = C_STRAY, ['@'] = C_STRAY, ['<'] = C_STRAY, ['>'] = C_STRAY,
    ['='] = C_STRAY,
    [0x01 ... 0x08] = C_PUN, [0x0B] = C_PUN, [0x0E ... 0x1F] = C_PUN,
    ['!'] = C_PUN, ['"'] = C_PUN, ['$'] = C_PUN, ['%'] = C_PUN, ['&'] = C_PUN,
    ['\''] = C_PUN, ['('] = C_PUN, [')'] = C_PUN, ['+'] = C_PUN, [','] = C_PUN,
    ['-'] = C_PUN, ['.'] = C_PUN, ['/'] = C_PUN, [':'] = C_PUN, [';'] = C_PUN,
    ['?'] = C_PUN, ['['] = C_PUN, [']'] = C_PUN, ['`'] = C_PUN, [0x7F] = C_PUN,
    [0xC3 ... 0xDF] = C_L2,
    [0xC2] = C_MB, [0xE2] = C_MB, /* no letter but ª º µ; symbols */
};

/* verdicts of a token cut here (V_TOK: judge it from its kind) */
enum { V_TOK = 0, V_NONE, V_GOOD, V_BAD };

typedef struct otok {
    size_t start, end;
    ex_tok_kind kind;
    int verdict;
} otok;

/* v: up to 4 folded characters packed one a byte, the first lowest */
static inline bool abbrev_key(uint32_t v)
{
#define P1(a) ((uint32_t)(a))
#define P2(a, b) (P1(a) | (uint32_t)(b) << 8)
#define P3(a, b, c) (P2(a, b) | (uint32_t)(c) << 16)
#define P4(a, b, c, d) (P3(a, b, c) | (uint32_t)(d) << 24)
    /* the prefixes of the keys mmes mme mlle mm. m. me dr n° no. art. st ste */
    switch (v) {
    case P1('m'): case P2('m', 'm'): case P3('m', 'm', 'e'): case P4('m', 'm', 'e', 's'):
    case P2('m', 'l'): case P3('m', 'l', 'l'): case P4('m', 'l', 'l', 'e'): case P2('m', 'e'):
    case P1('d'): case P2('d', 'r'): case P1('n'): case P2('n', 'o'):
    case P1('a'): case P2('a', 'r'): case P3('a', 'r', 't'):
    case P1('s'): case P2('s', 't'): case P3('s', 't', 'e'):
        return true;
    default:
        return false;
    }
}

/* the word w[0..n) (letters, inner hyphens, some not ASCII) folded as
   ex_match_fold() folds, the characters packed one a byte in *v, the
   first lowest, for abbrev_key() and abbrev_exact(); false when it can
   begin no key of tokenize.c's abbreviations: longer than every key, or
   not beginning with m d n a s as every key does */
static inline bool abbrev_fold(const unsigned char *w, size_t n, uint32_t *v)
{
    static const char map[64] = "aaaaaaaceeeeiiii" "dnooooo*ouuuuyts"
                                "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";
    size_t nf = 0;
    *v = 0;
    for (size_t i = 0; i < n; nf++) {
        if (nf == 4)
            return false; /* longer than every key */
        unsigned char f;
        if (w[i] < 0x80) {
            f = w[i] >= 'A' && w[i] <= 'Z' ? (unsigned char)(w[i] + 32) : w[i];
            i++;
        } else {
            /* only 2-byte letters (C3..DF) are cut here */
            f = w[i] == 0xC3 ? (unsigned char)map[w[i + 1] & 0x3F]
                : (w[i] == 0xC5 && (w[i + 1] == 0x92 || w[i + 1] == 0x93)) ? 'o' : '?';
            i += 2;
        }
        if (nf == 0 && f != 'm' && f != 'd' && f != 'n' && f != 'a' && f != 's')
            return false;
        *v |= (uint32_t)f << (8 * nf);
    }
    return true;
}

/* the word w[0..n) (letters, inner hyphens) could be an abbreviation of
   tokenize.c: folded as ex_match_fold() folds, it begins one of its
   keys (so a key can cover the whole word) */
static bool abbrev_prefix(const unsigned char *w, size_t n)
{
    uint32_t v;
    return abbrev_fold(w, n, &v) && abbrev_key(v);
}

/* v: the folded word packed as for abbrev_key(); dot: a '.' follows the
   word.  True when tokenize.c makes an abbreviation of the word: a key
   folds to the whole word ("Mme", "dr", "ST"), or to the word and its
   dot ("M.", "MM.", "no.", "art.") (a key can only run past the word
   on a dot or on the '°' of n°, left to next_tok()) */
static inline bool abbrev_exact(uint32_t v, bool dot)
{
    switch (v) {
    case P4('m', 'm', 'e', 's'): case P3('m', 'm', 'e'): case P4('m', 'l', 'l', 'e'):
    case P2('m', 'e'): case P2('d', 'r'): case P2('s', 't'): case P3('s', 't', 'e'):
        return true;
    case P2('m', 'm'): case P1('m'): case P2('n', 'o'): case P3('a', 'r', 't'):
        return dot;
    default:
        return false;
    }
}
/* the word w[0..n) (letters, inner hyphens, some not ASCII) is an
   abbreviation of tokenize.c (abbrev_exact() of its folded characters) */
static bool abbrev_word(const unsigned char *w, size_t n, bool dot)
{
    uint32_t v;
    return abbrev_fold(w, n, &v) && abbrev_exact(v, dot);
}

/* length of the 2-byte letter of tokenize.c at s[e] (lead C3..DF), 0
   when it is none (× ÷, or cut by the end of the text); *up: capital
   as word_shape() counts it */
static inline size_t letter2(const unsigned char *s, size_t e, size_t n, bool *up)
{
    if (e + 1 >= n)
        return 0;
    if (s[e] == 0xC3) {
        if (s[e + 1] == 0x97 || s[e + 1] == 0xB7)
            return 0;
        *up = s[e + 1] < 0xA0;
        return 2;
    }
    *up = false;
    return 2;
}

/* what cut_word() counts of the word it cuts */
typedef struct wshape {
    size_t lo, up;   /* small and capital letters (ASCII and 2-byte) */
    bool flip;       /* a capital after a small letter, no hyphen between */
    bool ascii;      /* no 2-byte letter */
} wshape;

/* the end of the word of tokenize.c that starts at s[p] (p < n, s[n] is
   the view's NUL, which stops every run): letters of cls[] (ASCII, the
   2-byte letters of letter2()) and inner hyphens before a letter; *w
   gets its shape.  The one word cutter of next_tok() and fast_tok(). */
static inline __attribute__((always_inline)) size_t cut_word(const unsigned char *s, size_t n,
                                                            size_t p, wshape *w)
{
    size_t e = p, lo = 0, up = 0;
    bool prev_lo = false, flip = false, ascii = true;
    for (;;) {
        /* a run of small letters, the most of every word (the NUL after
           the view stops it) */
        size_t e0 = e;
        while (cls[s[e]] == C_LO)
            e++;
        if (e > e0) {
            lo += e - e0;
            prev_lo = true;
        }
        if (e >= n)
            break;
        unsigned k = cls[s[e]];
        bool u;
        if (k == C_UP) {
            up++;
            flip |= prev_lo;
            prev_lo = false;
            e++;
            continue;
        }
        if (k == C_SP)
            break;
        if (k == C_L2) {
            size_t l = letter2(s, e, n, &u);
            if (!l)
                break;
            ascii = false;
            if (u) {
                up++;
                flip |= prev_lo;
                prev_lo = false;
            } else {
                lo++;
                prev_lo = true;
            }
            e += l;
            continue;
        }
        /* inner hyphen before a letter */
        if (s[e] == '-' && e + 1 < n) {
            unsigned k2 = cls[s[e + 1]];
            if ((k2 & (C_LO | C_UP)) || (k2 == C_L2 && letter2(s, e + 1, n, &u))) {
                prev_lo = false;
                e++;
                continue;
            }
        }
        break;
    }
    w->lo = lo;
    w->up = up;
    w->flip = flip;
    w->ascii = ascii;
    return e;
}

/* the token at or after *pos; false at the end of the text */
static inline __attribute__((always_inline)) bool next_tok(const ex_text *t, size_t *pos, otok *o)
{
    const unsigned char *s = (const unsigned char *)t->s;
    size_t n = t->len, p = *pos;
    while (p < n && cls[s[p]] == C_SP)
        p++;
    if (p >= n) {
        *pos = p;
        return false;
    }
    unsigned k = cls[s[p]];
    if (k & (C_LO | C_UP | C_L2)) {
        wshape w;
        size_t e = cut_word(s, n, p, &w);
        size_t lo = w.lo, up = w.up;
        bool flip = w.flip, ascii = w.ascii;
        if (e == p)
            goto slow;
        /* what follows may make it another token: a letter, hyphen or
           apostrophe outside what is cut here, an apostrophe (elision),
           a dot after a code letter, an abbreviation key */
        size_t wl = e - p;
        if (e < n && (s[e] >= 0x80 || s[e] == '\''
                      || (s[e] == '-' && e + 1 < n && s[e + 1] >= 0x80)))
            goto slow;
        if (ascii) {
            /* an ASCII word longer than 4 bytes is longer than every key */
            if (wl <= 4) {
                uint32_t v = 0;
                for (size_t i = 0; i < wl; i++)
                    v |= (uint32_t)(s[p + i] | 0x20) << (8 * i);  /* A-Z folded, '-' kept */
                if (abbrev_key(v))
                    goto slow;
            }
        } else if (wl <= 8 && abbrev_prefix(s + p, wl)) {
            goto slow;
        }
        if (wl == 1 && e < n && s[e] == '.'
            && (s[p] == 'L' || s[p] == 'R' || s[p] == 'D' || s[p] == 'A'))
            goto slow;
        o->start = p;
        o->end = e;
        o->kind = EX_TOK_WORD;
        if (flip && lo > 1)
            o->verdict = V_BAD;
        else if (lo + up == 1
                 && !(ascii ? wl == 1 && ex_fr_one_letter((char)s[p], true)
                            : french_single((const char *)s + p, wl)))
            o->verdict = V_BAD;
        else
            o->verdict = V_GOOD;
        *pos = e;
        return true;
    }
    if (k & (C_STRAY | C_PUN)) {
        /* a rule (rule_end()) is one token, judged neither good nor bad
           (each of its bytes is a token of its own for tokenize.c, and
           stray_symbol() makes each none) */
        size_t e = p + 1, r;
        int v = k == C_STRAY ? V_BAD : V_NONE;
        if (k == C_STRAY && rule_byte(s[p]) && (r = rule_end(s, n, p))) {
            e = r;
            v = V_NONE;
        }
        o->start = p;
        o->end = e;
        o->kind = EX_TOK_PUNCT;
        o->verdict = v;
        *pos = e;
        return true;
    }
    if (k == C_DIG) {
        /* tokenize.c's number: digits, groups of three after a space,
           dot or apostrophe, a decimal part */
        size_t e = p;
        while (e < n && ex_is_digit(s[e]))
            e++;
        while (e + 3 < n && (s[e] == ' ' || s[e] == '.' || s[e] == '\'') && ex_is_digit(s[e + 1])
               && ex_is_digit(s[e + 2]) && ex_is_digit(s[e + 3]) && (e + 4 >= n || !ex_is_digit(s[e + 4])))
            e += 4;
        if (e + 1 < n && (s[e] == ',' || s[e] == '.') && ex_is_digit(s[e + 1])) {
            e++;
            while (e < n && ex_is_digit(s[e]))
                e++;
        }
        o->start = p;
        o->end = e;
        o->kind = EX_TOK_NUMBER;
        o->verdict = V_TOK;
        *pos = e;
        return true;
    }
slow:;
    ex_token tk;
    if (!ex_token_next(t, &p, &tk)) {
        *pos = p;
        return false;
    }
    o->start = tk.start;
    o->end = tk.end;
    o->kind = tk.kind;
    o->verdict = V_TOK;
    *pos = p;
    return true;
}

/* ---- the run of tokens judged without a token struct --------------- */

/* the ASCII word w[0..wl) is an elision before an apostrophe (tokenize.c:
   one letter, qu, jusqu, lorsqu, puisqu, folded as ex_match_fold()) */
static inline bool elision_ascii(const unsigned char *w, size_t wl)
{
    static const char *const el[] = {"qu", "jusqu", "lorsqu", "puisqu"};
    if (wl == 1)
        return true;
    if (wl != 2 && wl != 5 && wl != 6)
        return false;
    for (size_t k = 0; k < 4; k++) {
        const char *e = el[k];
        size_t i = 0;
        while (i < wl && e[i] && (unsigned char)(w[i] | 0x20) == (unsigned char)e[i])
            i++;
        if (i == wl && !e[i])
            return true;
    }
    return false;
}

/* the token starting at s[p] (not a blank, p < n) cut and judged as
   next_tok() + the judge of ex_ocr_quality() would: V_NONE, V_GOOD or
   V_BAD with *end set past it; V_TOK when it needs next_tok() (what
   may be an abbreviation, a code article, a number glued to a letter,
   non-ASCII symbols, ...).  s[n] is the view's NUL. */
static inline __attribute__((always_inline)) int fast_tok(const unsigned char *s, size_t n, size_t p,
                                                         size_t *end)
{
    unsigned k = cls[s[p]];
    if (k & (C_LO | C_UP | C_L2)) {
        wshape w;
        size_t e = cut_word(s, n, p, &w);
        size_t lo = w.lo, up = w.up;
        bool flip = w.flip, ascii = w.ascii;
        if (e == p)
            return V_TOK;
        size_t wl = e - p, ap = 0;
        bool dot = false;
        if (e < n && cls[s[e]] != C_SP) {
            unsigned char b = s[e];
            if (b == '.') {
                dot = true;
            } else if (b == '\'') {
                ap = 1;
            } else if (b == 0xE2) {
                /* no letter: the word ends; ’ ‘ are apostrophes */
                if (e + 3 <= n && s[e + 1] == 0x80 && (s[e + 2] == 0x99 || s[e + 2] == 0x98))
                    ap = 3;
            } else if (b == 0xC2) {
                /* no letter but ª º µ; N° is an abbreviation */
                if (e + 1 < n) {
                    unsigned char b1 = s[e + 1];
                    if (b1 == 0xAA || b1 == 0xBA || b1 == 0xB5)
                        return V_TOK;
                    if (b1 == 0xB0 && wl == 1 && (s[p] | 0x20) == 'n') {
                        *end = e + 2;
                        return V_GOOD;
                    }
                }
            } else if (b >= 0x80 || (b == '-' && e + 1 < n && s[e + 1] >= 0x80)) {
                return V_TOK; /* a letter of tokenize.c not cut here */
            }
        }
        if (ascii) {
            if (ap && elision_ascii(s + p, wl)) {
                *end = e + ap;
                return V_GOOD;
            }
            /* an ASCII word longer than 4 bytes is longer than every key;
               every key begins with m d n a s; an abbreviation takes the
               dot after it */
            unsigned f0 = (unsigned)(s[p] | 0x20) - 'a';
            if (wl <= 4 && f0 < 26
                && ((1u << ('m' - 'a') | 1u << ('d' - 'a') | 1u << ('n' - 'a') | 1u << ('a' - 'a')
                     | 1u << ('s' - 'a')) >> f0 & 1)) {
                uint32_t v = 0;
                if (OCR_LE && p + 4 <= n) {
                    memcpy(&v, s + p, 4);
                    v = (v | 0x20202020u) & (0xFFFFFFFFu >> (8 * (4 - wl)));
                } else {
                    for (size_t i = 0; i < wl; i++)
                        v |= (uint32_t)(s[p + i] | 0x20) << (8 * i);  /* A-Z folded, '-' kept */
                }
                if (abbrev_exact(v, dot)) {
                    *end = e + dot;
                    return V_GOOD;
                }
            }
        } else if (ap || (wl <= 8 && abbrev_word(s + p, wl, dot))) {
            return V_TOK;
        }
        if (wl == 1 && e < n && s[e] == '.'
            && (s[p] == 'L' || s[p] == 'R' || s[p] == 'D' || s[p] == 'A'))
            return V_TOK;
        *end = e;
        if (flip && lo > 1)
            return V_BAD;
        if (lo + up == 1
            && !(ascii ? wl == 1 && ex_fr_one_letter((char)s[p], true)
                       : french_single((const char *)s + p, wl)))
            return V_BAD;
        return V_GOOD;
    }
    if (k & (C_STRAY | C_PUN)) {
        size_t r;
        if (k == C_STRAY && rule_byte(s[p]) && (r = rule_end(s, n, p))) {
            *end = r; /* a rule, skipped whole: none */
            return V_NONE;
        }
        *end = p + 1;
        return k == C_STRAY ? V_BAD : V_NONE;
    }
    if (k == C_MB) {
        /* a symbol of 2 or 3 bytes (quotes, dashes, euro, degree...) */
        unsigned char b1 = s[p + 1];
        if (s[p] == 0xC2) {
            if (p + 1 >= n || b1 == 0xAA || b1 == 0xBA || b1 == 0xB5)
                return V_TOK;
            *end = p + 2;
            return (b1 == 0xA2 || b1 == 0xAE || b1 == 0xA9 || b1 == 0xA6 || b1 == 0xAC) ? V_BAD
                                                                                        : V_NONE;
        }
        if (p + 2 >= n)
            return V_TOK;
        *end = p + 3;
        return (b1 == 0x80 && (s[p + 2] == 0x98 || s[p + 2] == 0x9A || s[p + 2] == 0x9E)) ? V_BAD
                                                                                         : V_NONE;
    }
    if (k == C_DIG) {
        size_t e = p;
        while (ex_is_digit(s[e]))
            e++;
        while (e + 3 < n && (s[e] == ' ' || s[e] == '.' || s[e] == '\'') && ex_is_digit(s[e + 1])
               && ex_is_digit(s[e + 2]) && ex_is_digit(s[e + 3]) && (e + 4 >= n || !ex_is_digit(s[e + 4])))
            e += 4;
        if (e + 1 < n && (s[e] == ',' || s[e] == '.') && ex_is_digit(s[e + 1])) {
            e++;
            while (ex_is_digit(s[e]))
                e++;
        }
        /* a number is bad only when a word is glued to it: a blank or
           ASCII punctuation after it (or the end) starts no word */
        if (e < n && !(cls[s[e]] & (C_SP | C_PUN | C_STRAY))
            && !(s[e] == 0xE2
                 || (s[e] == 0xC2 && !(e + 1 < n && (s[e + 1] == 0xAA || s[e + 1] == 0xBA
                                                     || s[e + 1] == 0xB5)))))
            return V_TOK;
        *end = e;
        return V_GOOD;
    }
    return V_TOK;
}

#ifdef EX_SIMD
/* ---- 64 bytes judged at once --------------------------------------
   The tokens of s[p..p+62) that fast_tok() judges from letters and
   separators alone are counted from bit masks (bit i: byte p + i),
   without a branch per word.  A word: ASCII letters, 2-byte letters
   (lead C3..DF and a continuation byte; C3 97 and C3 B7 are no letter)
   and inner hyphens (a letter before, a letter after).  A separator:
   a blank, one of , . ; : ( ) / ' (punctuation tokens of their own,
   V_NONE) or a hyphen that no byte >= 0x80 follows.  Any other byte
   stops the block.  fast_tok() makes each such word that a separator
   ends V_GOOD, but:
     - one ASCII letter that is not a one-letter word of French (V_BAD)
       unless an apostrophe follows (elision, V_GOOD);
     - one 2-byte letter but à À (V_BAD);
     - a capital after a small letter ("gOuvernement": left to
       fast_tok(), which knows the abbreviations "mMe"...);
     - L R D A alone before a dot (a code article: V_TOK);
     - a word holding a 2-byte letter before an apostrophe (V_TOK).
   Those last three stop the block at the word's start.  An
   abbreviation (ASCII or not) that no capital follows a small letter
   in is V_GOOD either way; the dot it takes is a V_NONE token here.
   Returns where the next token is after the last word counted, p when
   none was (fast_tok() takes it from there). */

/* bytes of x in [a, b] (unsigned) */
static inline __m128i blk_range(__m128i x, int a, int b)
{
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(128 - a))),
                          _mm_set1_epi8((char)(-128 + (b - a + 1))));
}

static inline uint64_t blk_bits(__m128i v, int j)
{
    return (uint64_t)(unsigned)_mm_movemask_epi8(v) << (16 * j);
}

/* the one-letter words of French, both cases */
static const unsigned char fr_single[128] = {
    ['a'] = 1, ['y'] = 1, ['l'] = 1, ['d'] = 1, ['n'] = 1, ['s'] = 1, ['c'] = 1, ['j'] = 1,
    ['m'] = 1, ['t'] = 1, ['x'] = 1, ['A'] = 1, ['Y'] = 1, ['L'] = 1, ['D'] = 1, ['N'] = 1,
    ['S'] = 1, ['C'] = 1, ['J'] = 1, ['M'] = 1, ['T'] = 1, ['X'] = 1,
};

/* the bits set in v (SWAR: popcnt is no x86-64 baseline instruction,
   and __builtin_popcountll() would call libgcc) */
static inline unsigned pop64(uint64_t v)
{
    v -= (v >> 1) & 0x5555555555555555ull;
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (unsigned)((v * 0x0101010101010101ull) >> 56);
}

/* the byte classes block64() reads, one bit a byte (bit i: byte i of
   the 64; a class that reads byte i + 1 reads it from the text, so the
   window's bit 63 may see its byte 64, which block64() never uses: its
   z stops below 63 and what it reads of bit 63 (the lead of w at bit
   62, the sep at bit 63) cannot change z, e nor the counts) */
enum {
    M_LO,     /* a-z */
    M_UP,     /* A-Z */
    M_SEP,    /* a separator but the inner hyphens: a blank, ' ( ) , . / : ;
                 or a hyphen before no byte >= 0x80 */
    M_HY,     /* '-' */
    M_LEAD,   /* the lead of a 2-byte letter (C3..DF, a continuation after,
                 not C3 97 nor C3 B7) */
    M_UPLEAD, /* ... a capital (C3 before 80..9F) */
    M_PS,     /* ... but a and A grave (C3 A0, C3 80) */
    M_AP,     /* an apostrophe (read only where leads are) */
    M_N
};
/* (window64() shifts them two a step: these pairs) */
_Static_assert(M_UP == M_LO + 1 && M_HY == M_SEP + 1 && M_UPLEAD == M_LEAD + 1 && M_AP == M_PS + 1
               && M_N == 8, "window64() pairs");

/* the classes of the 64 bytes from q (q[64] is read: in the text or its
   NUL) */
static inline __attribute__((always_inline)) void classify64(const unsigned char *q, uint64_t *m)
{
    uint64_t lo = 0, up = 0, sep = 0, hy = 0, hi = 0;
    __m128i x[4];
#pragma GCC unroll 4
    for (int j = 0; j < 4; j++) {
        x[j] = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * j));
#define EQ(c) _mm_cmpeq_epi8(x[j], _mm_set1_epi8((char)(c)))
        lo |= blk_bits(blk_range(x[j], 'a', 'z'), j);
        up |= blk_bits(blk_range(x[j], 'A', 'Z'), j);
        /* ' ( ) , - . / : ; (the hyphens before a byte >= 0x80 taken
           out below) */
        __m128i pun = _mm_or_si128(_mm_or_si128(blk_range(x[j], 0x27, 0x29),
                                                blk_range(x[j], 0x2C, 0x2F)),
                                   blk_range(x[j], 0x3A, 0x3B));
        sep |= blk_bits(_mm_or_si128(_mm_or_si128(EQ(' '), blk_range(x[j], 0x09, 0x0D)), pun), j);
        hy |= blk_bits(EQ('-'), j);
        hi |= blk_bits(x[j], j);
    }
    /* a hyphen before a byte >= 0x80 (bit i + 1 of hi, q[64] for bit 63)
       is no separator */
    sep &= ~(hy & (hi >> 1 | (uint64_t)(q[64] >= 0x80) << 63));
    /* the bytes above 0x7F, when there are some: the apostrophes of the
       four lanes, the 2-byte letters of the lanes holding such a byte
       (a lead is one, so lead, uplead and ps are 0 in the others; y:
       the bytes after x's).  y | 0x20 merges only 0x97 with 0xB7 and
       0x80 with 0xA0; C3..DF is C3 or C4..DF. */
    uint64_t lead = 0, uplead = 0, ps = 0, ap = 0;
#pragma GCC unroll 4
    for (int j = 0; hi && j < 4; j++) {
        ap |= blk_bits(EQ('\''), j);
        if (!(hi >> (16 * j) & 0xFFFF))
            continue;
        const __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * j + 1));
        __m128i c3 = EQ(0xC3);
        __m128i yz = _mm_or_si128(y, _mm_set1_epi8(0x20));
        __m128i ld = _mm_and_si128(blk_range(x[j], 0xC3, 0xDF), blk_range(y, 0x80, 0xBF));
        ld = _mm_andnot_si128(_mm_and_si128(c3, _mm_cmpeq_epi8(yz, _mm_set1_epi8((char)0xB7))), ld);
        lead |= blk_bits(ld, j);
        uplead |= blk_bits(_mm_andnot_si128(blk_range(y, 0xA0, 0xBF), _mm_and_si128(c3, ld)), j);
        ps |= blk_bits(_mm_andnot_si128(_mm_and_si128(c3, _mm_cmpeq_epi8(yz, _mm_set1_epi8((char)0xA0))),
                                        ld),
                       j);
#undef EQ
    }
    m[M_LO] = lo;
    m[M_UP] = up;
    m[M_SEP] = sep;
    m[M_HY] = hy;
    m[M_LEAD] = lead;
    m[M_UPLEAD] = uplead;
    m[M_PS] = ps;
    m[M_AP] = ap;
}

#ifdef EX_AVX2
/* the bytes classify64_avx2() compares with (EX_W_ROW(): see
   internal.h); a range [a, b]: x + (128 - a) < -128 + (b - a + 1) as
   signed bytes, rows R_a (the addend) and R_a + 1 (the bound) */
enum {
    R_LO = 0, R_UP = 2, R_P1 = 4, R_P2 = 6, R_P3 = 8, R_BL = 10, R_LD = 12, R_CT = 14, R_HI = 16,
    R_SP = 18, R_HY, R_AP, R_C3, R_20, R_B7, R_A0, R_N
};
#define RANGE_ROWS(a, b) EX_W_ROW(128 - (a)), EX_W_ROW(-128 + ((b) - (a) + 1))
static const unsigned char cls_k[R_N][32] __attribute__((aligned(32))) = {
    RANGE_ROWS('a', 'z'), RANGE_ROWS('A', 'Z'), RANGE_ROWS(0x27, 0x29), RANGE_ROWS(0x2C, 0x2F),
    RANGE_ROWS(0x3A, 0x3B), RANGE_ROWS(0x09, 0x0D), RANGE_ROWS(0xC3, 0xDF), RANGE_ROWS(0x80, 0xBF),
    RANGE_ROWS(0xA0, 0xBF), EX_W_ROW(' '), EX_W_ROW('-'), EX_W_ROW('\''), EX_W_ROW(0xC3),
    EX_W_ROW(0x20), EX_W_ROW(0xB7), EX_W_ROW(0xA0),
};
#undef RANGE_ROWS

/* classify64() 32 bytes a step (AVX2): the same masks */
EX_TARGET_AVX2 static void classify64_avx2(const unsigned char *q, uint64_t *m)
{
    const unsigned char(*k)[32] = ex_w_hide(cls_k);
#define K(i) _mm256_load_si256((const __m256i *)(const void *)k[i])
#define IN(x, r) _mm256_cmpgt_epi8(K((r) + 1), _mm256_add_epi8(x, K(r)))
#define BITS(v, j) ((uint64_t)(uint32_t)_mm256_movemask_epi8(v) << (32 * (j)))
    uint64_t lo = 0, up = 0, sep = 0, hy = 0, hi = 0;
    __m256i x[2];
#pragma GCC unroll 2
    for (int j = 0; j < 2; j++) {
        x[j] = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * j));
        lo |= BITS(IN(x[j], R_LO), j);
        up |= BITS(IN(x[j], R_UP), j);
        __m256i pun = _mm256_or_si256(_mm256_or_si256(IN(x[j], R_P1), IN(x[j], R_P2)), IN(x[j], R_P3));
        sep |= BITS(_mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(x[j], K(R_SP)), IN(x[j], R_BL)),
                                    pun),
                    j);
        hy |= BITS(_mm256_cmpeq_epi8(x[j], K(R_HY)), j);
        hi |= BITS(x[j], j);
    }
    sep &= ~(hy & (hi >> 1 | (uint64_t)(q[64] >= 0x80) << 63));
    uint64_t lead = 0, uplead = 0, ps = 0, ap = 0;
#pragma GCC unroll 2
    for (int j = 0; hi && j < 2; j++) {
        ap |= BITS(_mm256_cmpeq_epi8(x[j], K(R_AP)), j);
        if (!(uint32_t)(hi >> (32 * j)))
            continue;
        const __m256i y = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * j + 1));
        __m256i c3 = _mm256_cmpeq_epi8(x[j], K(R_C3));
        __m256i yz = _mm256_or_si256(y, K(R_20));
        __m256i ld = _mm256_and_si256(IN(x[j], R_LD), IN(y, R_CT));
        ld = _mm256_andnot_si256(_mm256_and_si256(c3, _mm256_cmpeq_epi8(yz, K(R_B7))), ld);
        lead |= BITS(ld, j);
        uplead |= BITS(_mm256_andnot_si256(IN(y, R_HI), _mm256_and_si256(c3, ld)), j);
        ps |= BITS(_mm256_andnot_si256(_mm256_and_si256(c3, _mm256_cmpeq_epi8(yz, K(R_A0))), ld), j);
    }
#undef K
#undef IN
#undef BITS
    m[M_LO] = lo;
    m[M_UP] = up;
    m[M_SEP] = sep;
    m[M_HY] = hy;
    m[M_LEAD] = lead;
    m[M_UPLEAD] = uplead;
    m[M_PS] = ps;
    m[M_AP] = ap;
}
#endif

/* classify64(), with AVX2 when avx2 */
static inline __attribute__((always_inline)) void classify(const unsigned char *q, uint64_t *m, bool avx2)
{
#ifdef EX_AVX2
    if (avx2) {
        classify64_avx2(q, m);
        return;
    }
#else
    (void)avx2;
#endif
    classify64(q, m);
}

/* The classes of the text's 64-byte chunks c and c + 1 (from s), kept
   between the calls of block64(): a word run advances some 16 bytes a
   call, and each chunk is classified once instead of about four times */
typedef struct blkcache {
    bool ok;
    bool avx2;                  /* the AVX2 loops (the engine's avx2) */
    size_t c;                   /* chunk c in m[c & 1], c + 1 in the other */
    uint64_t m[2][M_N];
} blkcache;

/* the classes of the 64 bytes from p into m, through the cache when
   both chunks p's window spans lie in the text (n bytes) with the byte
   after them, else read from p (p + 64 <= n) */
#ifdef EX_AVX2
/* window64()'s classes of the window d bytes into m0, then m1 (0 < d
   < 64), four classes a step (AVX2) */
EX_TARGET_AVX2 static inline void window_shift_avx2(const uint64_t *m0, const uint64_t *m1, unsigned d,
                                                    uint64_t *m)
{
    const __m128i sd = _mm_cvtsi32_si128((int)d), sr = _mm_cvtsi32_si128((int)(64 - d));
#define WIN4(k)                                                                                    \
    _mm256_storeu_si256((__m256i *)(void *)(m + (k)),                                              \
                        _mm256_or_si256(_mm256_srl_epi64(_mm256_loadu_si256((const __m256i *)(const void *)(m0 + (k))), sd), \
                                        _mm256_sll_epi64(_mm256_loadu_si256((const __m256i *)(const void *)(m1 + (k))), sr)))
    WIN4(M_LO);
    WIN4(M_LEAD);
#undef WIN4
}
#endif

static inline __attribute__((always_inline)) void window64(blkcache *bc, const unsigned char *s, size_t n,
                                                           size_t p, uint64_t *m, bool avx2)
{
    size_t c = p >> 6;
    if (n < 128 || c > (n >> 6) - 2) {
        classify(s + p, m, avx2);
        return;
    }
    if (!bc->ok || bc->c != c) {
        if (!(bc->ok && bc->c + 1 == c))
            classify(s + (c << 6), bc->m[c & 1], avx2);
        classify(s + ((c + 1) << 6), bc->m[(c + 1) & 1], avx2);
        bc->ok = true;
        bc->c = c;
    }
    unsigned d = (unsigned)(p & 63);
    const uint64_t *m0 = bc->m[c & 1], *m1 = bc->m[(c + 1) & 1];
    if (!d) {
        memcpy(m, m0, sizeof bc->m[0]);
        return;
    }
#ifdef EX_AVX2
    /* (all the classes: M_PS and M_AP, subsets of M_LEAD, are 0 when
       it is, or unread) */
    if (avx2) {
        window_shift_avx2(m0, m1, d, m);
        return;
    }
#endif
    /* two classes a step (SSE2 shifts of two 64-bit lanes by one
       count); the classes past M_UPLEAD only when the window has leads
       (M_UPLEAD, a subset of M_LEAD, is 0 then too) */
    const __m128i sd = _mm_cvtsi32_si128((int)d), sr = _mm_cvtsi32_si128((int)(64 - d));
#define WIN2(k)                                                                        \
    _mm_storeu_si128((__m128i *)(void *)(m + (k)),                                     \
                     _mm_or_si128(_mm_srl_epi64(_mm_loadu_si128((const __m128i *)(const void *)(m0 + (k))), sd), \
                                  _mm_sll_epi64(_mm_loadu_si128((const __m128i *)(const void *)(m1 + (k))), sr)))
    WIN2(M_LO);
    WIN2(M_SEP);
    WIN2(M_LEAD);
    if (!m[M_LEAD]) {
        m[M_PS] = 0;
        m[M_AP] = 0;
        return;
    }
    WIN2(M_PS);
#undef WIN2
}

static inline __attribute__((always_inline)) size_t block64(const unsigned char *s, size_t n, size_t p,
                                                            size_t lim, blkcache *bc, size_t *good,
                                                            size_t *bad, bool avx2)
{
    uint64_t m[M_N];
    window64(bc, s, n, p, m, avx2);
    const uint64_t lo = m[M_LO], up = m[M_UP], hy = m[M_HY], lead = m[M_LEAD],
                   uplead = m[M_UPLEAD], ap = m[M_AP];
    /* 2-byte letters: the lead's bit */
    const uint64_t lowlead = lead & ~uplead;
    const uint64_t let = lo | up | lead | lead << 1;
    const uint64_t small = lo | lowlead | lowlead << 1, cap = up | uplead;
    const uint64_t ih = hy & (let << 1) & ((lo | up | lead) >> 1);
    const uint64_t w = let | ih;
    const uint64_t sep = m[M_SEP] & ~ih;
    const uint64_t st = w & ~(w << 1);
    /* z: the block's end (the first stop; bit 62 at most: each byte
       below z was read with the byte after it; the start of lim) */
    unsigned z = (unsigned)__builtin_ctzll(~(w | sep) | 1ull << 62);
    if (lim - p < z)
        z = (unsigned)(lim - p);
    const uint64_t flip = cap & (small << 1) & ((1ull << z) - 1);
    if (flip) {
        unsigned f = (unsigned)__builtin_ctzll(flip);
        z = 63u - (unsigned)__builtin_clzll(st & ((2ull << f) - 1));
    }
    uint64_t e = let & (sep >> 1) & ((1ull << z) - 1);
    /* a word holding a 2-byte letter before an apostrophe */
    for (uint64_t ae = (lead ? e & (ap >> 1) : 0); ae; ae &= ae - 1) {
        unsigned i = (unsigned)__builtin_ctzll(ae);
        unsigned s0 = 63u - (unsigned)__builtin_clzll(st & ((2ull << i) - 1));
        if (lead & ((2ull << i) - (1ull << s0))) {
            z = s0;
            e &= (1ull << z) - 1;
            break;
        }
    }
    /* one ASCII letter */
    size_t bs = 0;
    for (uint64_t sg = st & e; sg; sg &= sg - 1) {
        unsigned i = (unsigned)__builtin_ctzll(sg);
        unsigned char ch = s[p + i];
        if (s[p + i + 1] == '.' && (ch == 'L' || ch == 'R' || ch == 'D' || ch == 'A')) {
            z = i;
            e &= (1ull << z) - 1;
            break;
        }
        bs += !fr_single[ch] && s[p + i + 1] != '\'';
    }
    if (!e)
        return p;
    /* one 2-byte letter (its continuation ends the word): but à À */
    const uint64_t ps = st & m[M_PS] & (e >> 1);
    size_t nb = bs + (ps ? pop64(ps) : 0);
    *bad += nb;
    *good += pop64(e) - nb;
    /* on past the separators after the last word, below z */
    unsigned i = 63u - (unsigned)__builtin_clzll(e);
    unsigned k = i + 1 + (unsigned)__builtin_ctzll(~(sep >> (i + 1)));
    return p + (k < z ? k : z);
}
#else
typedef struct blkcache {
    int unused;                 /* (no block64() without SIMD) */
} blkcache;
#endif

/* judges the tokens from p whose start is below lim, adding to *good
   and *bad, until the end of the text or a token fast_tok() leaves to
   next_tok(); returns where it stopped (a token's start, or blanks
   before lim or the end).  (fast_run(): built twice, for the SSE2 and
   the AVX2 block64()) */
static inline __attribute__((always_inline)) size_t fast_run_body(const unsigned char *s, size_t n, size_t p,
                                                                  size_t lim, blkcache *bc, size_t *good,
                                                                  size_t *bad, bool avx2)
{
    size_t g = *good, b = *bad;
#ifndef EX_SIMD
    (void)bc;
    (void)avx2;
#endif
    if (lim > n)
        lim = n;
    for (;;) {
        while (cls[s[p]] == C_SP)
            p++;
        if (p >= lim)
            break;
#ifdef EX_SIMD
        /* from a word (a token of another kind is left to fast_tok()) */
        if ((cls[s[p]] & (C_LO | C_UP | C_L2)) && n - p >= 64) {
            size_t q = block64(s, n, p, lim, bc, &g, &b, avx2);
            if (q != p) {
                p = q;
                continue;
            }
        }
#endif
        size_t e;
        int v = fast_tok(s, n, p, &e);
        if (v == V_TOK)
            break;
        g += v == V_GOOD;
        b += v == V_BAD;
        p = e;
    }
    *good = g;
    *bad = b;
    return p;
}

#ifdef EX_AVX2
EX_TARGET_AVX2 static size_t fast_run_avx2(const unsigned char *s, size_t n, size_t p, size_t lim,
                                           blkcache *bc, size_t *good, size_t *bad)
{
    return fast_run_body(s, n, p, lim, bc, good, bad, true);
}
#endif

static size_t fast_run(const unsigned char *s, size_t n, size_t p, size_t lim, blkcache *bc,
                       size_t *good, size_t *bad)
{
#ifdef EX_AVX2
    if (bc->avx2)
        return fast_run_avx2(s, n, p, lim, bc, good, bad);
#endif
    return fast_run_body(s, n, p, lim, bc, good, bad, false);
}

/* the line holding p as the furniture test reads it: the last line
   starting at or before p (line 0 before the first), from the cursor
   li on (p never goes back) */
static inline size_t line_from(const ex_text *t, size_t li, size_t p)
{
    while (li + 1 < t->nlines && t->lines[li + 1].start <= p)
        li++;
    return li;
}

bool ex_ocr_quality(ex_call *c)
{
    /* tokens streamed once over the text (no token array: the
       documents come in text order).  Runs of tokens under one
       treatment (counted for the document, or skipped: before its
       span, in a furniture line) go through fast_run(); the tokens it
       leaves are cut by next_tok() and judged one by one (a number
       glued to a word looks at the token after it, kept as pending) */
    const ex_text *t = &c->text;
    const unsigned char *s = (const unsigned char *)t->s;
    size_t n = t->len, pos = 0, li = 0, fi = 0;
    otok pend = {0};
    blkcache bc = {0};
#ifdef EX_SIMD
    bc.avx2 = c->eng->avx2;
#endif
    bool have_pend = false, eof = false;
    size_t skip_g = 0, skip_b = 0;
    for (size_t k = 0; k < c->docs.n; k++) {
        ex_document *d = &c->docs.v[k];
        size_t good = 0, bad = 0;
        while (!eof) {
            if (!have_pend) {
                size_t lim, *g = &skip_g, *b = &skip_b;
                if (pos < d->span.start) {
                    lim = d->span.start;
                } else {
                    li = line_from(t, li, pos);
                    if (li < t->nlines && (t->lines[li].flags & EX_LINE_FURNITURE)) {
                        lim = li + 1 < t->nlines ? t->lines[li + 1].start : SIZE_MAX;
                    } else {
                        /* up to the next furniture line */
                        if (fi <= li)
                            fi = li + 1;
                        while (fi < t->nlines && !(t->lines[fi].flags & EX_LINE_FURNITURE))
                            fi++;
                        lim = fi < t->nlines ? t->lines[fi].start : SIZE_MAX;
                        g = &good;
                        b = &bad;
                    }
                    if (lim > d->span.end)
                        lim = d->span.end;
                }
                pos = fast_run(s, n, pos, lim, &bc, g, b);
            }
            otok tk;
            if (have_pend) {
                tk = pend;
                have_pend = false;
            } else if (!next_tok(t, &pos, &tk)) {
                eof = true;
                break;
            }
            if (tk.start < d->span.start)
                continue;
            if (tk.start >= d->span.end) {
                pend = tk;
                have_pend = true;
                break;
            }
            li = line_from(t, li, tk.start);
            if (li < t->nlines && (t->lines[li].flags & EX_LINE_FURNITURE))
                continue;
            if (tk.verdict != V_TOK) {
                good += tk.verdict == V_GOOD;
                bad += tk.verdict == V_BAD;
                continue;
            }
            const char *ts = t->s + tk.start;
            size_t tn = tk.end - tk.start;
            switch (tk.kind) {
            case EX_TOK_WORD: {
                shape sh;
                word_shape((const unsigned char *)ts, tn, &sh);
                if (sh.digit && sh.letters) {
                    if (ordinal(ts, tn))
                        good++;
                    else
                        bad++;
                } else if (sh.flip && sh.lower > 1) {
                    bad++;
                } else if (sh.letters == 1 && !french_single(ts, tn)) {
                    bad++;
                } else {
                    good++;
                }
                break;
            }
            case EX_TOK_NUMBER: {
                /* a number glued to letters: "2O23" is split by the
                   tokenizer into number + word; look at the neighbour */
                if (!have_pend)
                    have_pend = next_tok(t, &pos, &pend);
                if (have_pend && pend.start == tk.end && pend.kind == EX_TOK_WORD
                    && !ordinal(ts, pend.end - tk.start))
                    bad++;
                else
                    good++;
                break;
            }
            case EX_TOK_ABBREV:
            case EX_TOK_ELISION:
                good++;
                break;
            case EX_TOK_PUNCT:
            case EX_TOK_SYMBOL:
                if (stray_symbol(s, n, tk.start, tn))
                    bad++;
                break;
            }
        }
        double q = 1.0;
        if (good + bad > 0)
            q = (double)good / (double)(good + 2 * bad);
        if (good + bad < 20 && bad == 0)
            q = 1.0;
        d->ocr_quality = floor(q * 100.0 + 0.5) / 100.0;
    }
    return true;
}
