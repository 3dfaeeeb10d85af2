/*
 * persons.c - stage persons: civility, given and family names, person lists.
 *
 * One token-level parser serves single names (president, secretary,
 * signatures) and lists (attendance, proxies):
 *
 *   "M. Jean-Claude LEROY, Mme Mireille HINGREZ-CÉRÉDA, M. Daniel\nMACIEJASZ"
 *   "TESSIER Gérard, BOSSU Evelyne"              (surname first)
 *   "Mmes Anne DUPONT et Marie DURAND, MM. X et Y" (civility groups)
 *   "Mme Françoise DELATTRE, Maire, M. ..."      (roles -> extra "role")
 *   "M. X (à partir de 11 h 50)"                 (-> extra "note")
 *   "M. X (supplée M. Y)", "M. X – suppléant de M. Y" (-> extra "substitute_for")
 *   "X a donné pouvoir à Y", "X (pouvoir à Y)", "X à Y" (proxies)
 *   "MONSIEUR JEAN-CLAUDE LEROY"                 (all capitals)
 *
 * The text is cut into tokens (words, punctuation, line breaks, column
 * gaps of 3+ blanks) over one or several view ranges (the caller passes
 * several ranges for a column of a two-column layout).  A word that ends
 * with '-' at a line end is joined with the next line's word
 * ("MULOT-\nFRISCOURT").  Words are classed: all capitals (family name),
 * capitalised (given name), lower case, initial, number.
 *
 * OCR tolerance: civilities through a bounded confusion model ("Mine",
 * "Mrne" -> "Mme": rn/in read for m, one edit from Mme; described with
 * the others in ocrmodel.c, each such civility and each glued name
 * recorded there as a repair), stray
 * punctuation and numbers inside lists are skipped, a blank line or a
 * full stop only ends a list when what follows is not a name.
 */
#include "internal.h"

#include <string.h>
#include <utf8proc.h>


/* ------------------------------------------------------------------ */
/* Tokens */

enum { T_WORD = 1, T_PUNCT, T_NL, T_GAP };
enum { W_UPPER = 1, W_CAP, W_LOWER, W_INITIAL, W_NUM, W_OTHER };

/* the fold of a word token (tok_fold()): at most PT_FW - 1 letters */
#define PT_FW 24
#define PT_LONG 255     /* fl of a word whose fold is longer */
enum { FK_AZ = 1, FK_AZQ, FK_OTHER };   /* fw: letters a-z only, a-z and '?', others */

typedef struct ptok {
    size_t a, b;        /* view span */
    uint8_t kind, cls;
    char ch;            /* T_PUNCT: ASCII stand-in ('-' for dashes) */
    bool blank;         /* T_NL: a blank line */
    bool spaced;        /* T_PUNCT: blank before and after */
    bool joined;        /* T_WORD: may hold blanks or line ends (a word
                           joined over a line end or a column's range end);
                           else its bytes are all the name's (tok_join()) */
    /* Read from the token's bytes once (the word's text, whatever its
       kind later: mark_debris() turns words into specks, and every test
       looks at the kind first): */
    uint8_t fl;         /* letters in fw (PT_LONG: too many) */
    uint8_t fk;         /* FK_*: what fw holds */
    uint8_t lazy;       /* LZ_* bits: the caches below that are set */
    uint8_t lxb;        /* LZ_LX: the lexicons (1 << LX_*) holding the word */
    bool rolep;         /* LZ_ROLE: the word starts with a role word (role_word()) */
    uint16_t cw_in, cw_out;     /* LZ_CONN: the connector words (cwords[]) it reads as */
    uint8_t civ_used;           /* LZ_CIV: civ_at()'s *used, and its *group */
    bool civ_group;
    const char *civ;            /* LZ_CIV: what civ_at() gives */
    char fw[PT_FW];     /* the word folded as ex_match_fold() reads it: one
                           lower-case ASCII letter per character, '\'' for
                           an apostrophe, '?' for what it does not fold */
} ptok;
/* (EX_VEC's members first, so ex_vec_push() and ex_vec_free() take it;
   stk: v is the caller's buffer on the stack, not to be freed or grown
   in place: tok_grow()) */
typedef struct {
    ptok *v;
    size_t n, cap;
    bool stk;
} ptok_vec;

static size_t cp_at(const char *s, size_t p, size_t e, int32_t *cp)
{
    if (p < e && (unsigned char)s[p] < 0x80) {
        *cp = (unsigned char)s[p];     /* what utf8proc_iterate() gives */
        return 1;
    }
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + p,
                                          (utf8proc_ssize_t)(e - p), cp);
    if (n <= 0) {
        *cp = -1;
        return 1;
    }
    return (size_t)n;
}

static bool is_wordcp_u(int32_t cp)
{
    utf8proc_category_t k = utf8proc_category(cp);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO)
        || (k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME)
        || k == UTF8PROC_CATEGORY_ND;
}

/* is_wordcp() of an ASCII byte: letters and digits (0 for the others
   and for bytes of 0x80 or more) */
static const unsigned char ascii_word[256] = {
    ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

static inline bool is_wordcp(int32_t cp)
{
    if (cp < 0)
        return false;
    if (cp < 128)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return is_wordcp_u(cp);
}

/* the class of a word from its counts of capitals, small letters and
   digits (first_up: the first of them is a capital) */
static inline uint8_t class_of(size_t up, size_t lo, size_t dg, bool first_up)
{
    if (dg && !up && !lo)
        return W_NUM;
    if (dg)
        return W_OTHER;
    if (up == 1 && !lo)
        return W_INITIAL;
    if (up >= 2 && up >= 3 * lo)
        return W_UPPER;
    if (first_up)
        return W_CAP;
    if (lo)
        return W_LOWER;
    return W_OTHER;
}

static uint8_t word_class(const char *s, size_t a, size_t b)
{
    size_t up = 0, lo = 0, dg = 0, p = a;
    /* d'ARGENSON, l'HERMITE: classify after the elision */
    if (b - a > 2 && (s[a] == 'd' || s[a] == 'l') && s[a + 1] == '\'')
        p = a + 2;
    else if (b - a > 4 && (s[a] == 'd' || s[a] == 'l') && (unsigned char)s[a + 1] == 0xE2
             && (unsigned char)s[a + 2] == 0x80 && (unsigned char)s[a + 3] == 0x99)
        p = a + 4;
    bool first_up = false, first = true;
    /* ASCII letters and digits: the loop below without cp_at() */
    while (p < b && (unsigned char)s[p] < 0x80) {
        unsigned char ch = (unsigned char)s[p++];
        if (ch >= 'A' && ch <= 'Z') {
            up++;
            if (first)
                first_up = true;
        } else if (ch >= 'a' && ch <= 'z') {
            lo++;
        } else if (ch >= '0' && ch <= '9') {
            dg++;
        } else {
            continue;
        }
        first = false;
    }
    while (p < b) {
        int32_t cp;
        p += cp_at(s, p, b, &cp);
        if (cp < 0)
            continue;
        /* ASCII: the categories without the call */
        utf8proc_category_t k = cp >= 128 ? utf8proc_category(cp)
            : cp >= 'A' && cp <= 'Z' ? UTF8PROC_CATEGORY_LU
            : cp >= 'a' && cp <= 'z' ? UTF8PROC_CATEGORY_LL
            : cp >= '0' && cp <= '9' ? UTF8PROC_CATEGORY_ND : UTF8PROC_CATEGORY_PO;
        if (k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT) {
            up++;
            if (first)
                first_up = true;
        } else if (k == UTF8PROC_CATEGORY_LL) {
            lo++;
        } else if (k == UTF8PROC_CATEGORY_ND) {
            dg++;
        } else {
            continue;
        }
        first = false;
    }
    return class_of(up, lo, dg, first_up);
}

/* The fold of word t: ex_match_fold(s + t->a, t->b - t->a, key) takes the
   whole word exactly when key is t->fw (each character of the word
   matches one key letter, in bytes that do not depend on the key: an
   ASCII byte in lower case, ' U+2019 U+2018 as '\'', another character
   as ex_fold_char()), so tok_is() is a compare of fw with the key. */
static void tok_fold(const char *s, ptok *t)
{
    const unsigned char *u = (const unsigned char *)s + t->a;
    size_t n = t->b - t->a, i = 0, k = 0;
    uint8_t fk = FK_AZ;
    while (i < n) {
        if (k + 1 >= PT_FW) {
            t->fl = PT_LONG;
            t->fk = FK_OTHER;
            t->fw[0] = 0;
            return;
        }
        unsigned char b = u[i];
        size_t used = 1;
        char f;
        if (b < 0x80) {
            f = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
        } else if (n - i >= 3 && b == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x99 || u[i + 2] == 0x98)) {
            f = '\'';
            used = 3;
        } else {
            f = ex_fold_char(u + i, n - i, &used);
        }
        if (f < 'a' || f > 'z')
            fk = f == '?' && fk != FK_OTHER ? FK_AZQ : FK_OTHER;
        t->fw[k++] = f;
        i += used;
    }
    t->fw[k] = 0;
    t->fl = (uint8_t)k;
    t->fk = fk;
}

/* the ASCII letters: 1 small, 2 capital (0 for the other bytes) */
static const uint8_t word_letter[256] = {
    ['a' ... 'z'] = 1, ['A' ... 'Z'] = 2,
};

/* word_class() and tok_fold() of word token t in one reading of its
   bytes when they are all ASCII and its fold fits in fw (most words);
   the two functions otherwise */
static void tok_word(const char *s, ptok *t)
{
    const unsigned char *u = (const unsigned char *)s + t->a;
    size_t n = t->b - t->a;
    if (n < PT_FW) {
        /* word_class(): d'ARGENSON, l'HERMITE classed after the elision */
        size_t skip = n > 2 && (u[0] == 'd' || u[0] == 'l') && u[1] == '\'' ? 2 : 0;
        size_t up = 0, lo = 0, dg = 0, i = skip;
        bool first_up = false, first = true;
        uint8_t fk = FK_AZ;
        if (skip) {
            /* the elision: its letter and apostrophe folded, not counted */
            t->fw[0] = (char)u[0];
            t->fw[1] = '\'';
            fk = FK_OTHER;
        }
        /* the run of ASCII letters that starts the word (most words are
           one): a table byte each, the capitals counted (the loop below
           reads the rest, and every byte when the word starts otherwise) */
        if (i < n && word_letter[u[i]]) {
            first_up = word_letter[u[i]] == 2;
            first = false;
            size_t i0 = i;
            for (; i < n; i++) {
                unsigned char b = u[i], wl = word_letter[b];
                if (!wl)
                    break;
                t->fw[i] = (char)(b | 0x20);
                up += wl >> 1;
            }
            lo = i - i0 - up;
        }
        /* on with the letters U+00C0..U+00FF (0xC3 and a continuation
           byte, not U+00D7 nor U+00F7: capitals up to U+00DE, small
           letters from U+00DF) and the ASCII bytes after one; fw then
           has fewer letters than the word has bytes (k) */
        size_t k = i;
        while (i < n) {
            unsigned char b = u[i];
            char f;
            bool cap;
            if (b < 0x80) {
                cap = b >= 'A' && b <= 'Z';
                f = (char)(cap ? b + 32 : b);
                if (f < 'a' || f > 'z') {
                    t->fw[k++] = f;
                    fk = f == '?' && fk != FK_OTHER ? FK_AZQ : FK_OTHER;
                    if (b >= '0' && b <= '9' && i >= skip) {
                        dg++;
                        first = false;
                    }
                    i++;
                    continue;
                }
                i++;
            } else {
                unsigned char b1 = i + 1 < n ? u[i + 1] : 0;
                if (b != 0xC3 || b1 < 0x80 || b1 > 0xBF || b1 == 0x97 || b1 == 0xB7)
                    break;
                f = ex_fold_c3[b1 & 0x3F];
                if (f < 'a' || f > 'z')
                    fk = f == '?' && fk != FK_OTHER ? FK_AZQ : FK_OTHER;
                cap = b1 <= 0x9E;
                i += 2;
            }
            t->fw[k++] = f;
            if (i <= skip)
                continue;
            if (cap) {
                up++;
                first_up |= first;
            } else {
                lo++;
            }
            first = false;
        }
        if (i == n) {
            t->fw[k] = 0;
            t->fl = (uint8_t)k;
            t->fk = fk;
            t->cls = class_of(up, lo, dg, first_up);
            return;
        }
    }
    t->cls = word_class(s, t->a, t->b);
    tok_fold(s, t);
}

/* the slot at the end of a full vector that may start in the caller's
   buffer on the stack (ptok_vec, pent_vec: EX_VEC's members, then stk):
   its room doubled, a buffer on the stack copied to the heap first;
   NULL when out of memory */
typedef struct {
    char *v;
    size_t n, cap;
    bool stk;
} stk_vec;
static __attribute__((noinline)) void *stk_grow(ex_call *c, void *vec, size_t elsize)
{
    stk_vec *sv = vec;
    if (sv->stk) {
        size_t cap = sv->cap * 2;
        char *v = cap <= SIZE_MAX / elsize ? ex_malloc(c->alloc, cap * elsize) : NULL;
        if (!v)
            return NULL;
        memcpy(v, sv->v, sv->n * elsize);
        sv->v = v;
        sv->cap = cap;
        sv->stk = false;
    }
    return ex_vec_push_(c->alloc, sv, elsize);
}
#define tok_grow(c, tv) ((ptok *)stk_grow((c), (tv), sizeof(ptok)))

/* a new token [a, b) of kind at the end of tv, zeroed but for these (a
   word's class and fold are the caller's); NULL when out of memory */
static inline ptok *new_tok(ex_call *c, ptok_vec *tv, size_t a, size_t b, uint8_t kind)
{
    /* (tokenize() reserves room for most lists) */
    ptok *x = tv->n < tv->cap ? &tv->v[tv->n++] : tok_grow(c, tv);
    if (!x) {
        c->oom = true;
        return NULL;
    }
    memset(x, 0, sizeof *x);
    x->a = a;
    x->b = b;
    x->kind = kind;
    return x;
}

static ptok mktok(size_t a, size_t b, uint8_t kind, uint8_t cls, char ch, bool blank, bool spaced)
{
    ptok t;
    memset(&t, 0, sizeof t);
    t.a = a;
    t.b = b;
    t.kind = kind;
    t.cls = cls;
    t.ch = ch;
    t.blank = blank;
    t.spaced = spaced;
    return t;
}

static inline bool push_tok(ex_call *c, ptok_vec *tv, ptok t)
{
    /* (tokenize() reserves room for most lists: the slot is written whole) */
    ptok *x = tv->n < tv->cap ? &tv->v[tv->n++] : tok_grow(c, tv);
    if (!x) {
        c->oom = true;
        return false;
    }
    *x = t;
    if (t.kind == T_WORD)
        tok_fold(c->text.s, x);
    return true;
}

/* the hyphen of a given name glued to a family name in capitals by OCR
   ("Jean-Marie-PONSARD", "Paul-COLIN"): a capitalised part ending in a
   small letter, '-', then 2+ letters all capitals up to the end; 0 when
   the word is not such (one line only) */
static size_t glued_family(const char *s, size_t a, size_t b)
{
    /* the last character a capital or an apostrophe: an ASCII last byte
       other than A-Z and '\'' is none (most words end in a small letter) */
    unsigned char z = (unsigned char)s[b - 1];
    if (z < 0x80 && z != '\'' && (z < 'A' || z > 'Z'))
        return 0;
    size_t h = 0;
    for (size_t q = b; q > a + 1; q--)
        if (s[q - 1] == '-') {
            h = q - 1;
            break;
        }
    /* the part's last letter small: ASCII or Latin-1 ("Chloé-RIEU") */
    if (!h || b - h < 3 || memchr(s + a, '\n', b - a)
        || !((s[h - 1] >= 'a' && s[h - 1] <= 'z')
             || (h >= a + 2 && (unsigned char)s[h - 2] == 0xC3 && (unsigned char)s[h - 1] >= 0x9F
                 && (unsigned char)s[h - 1] != 0xB7)))
        return 0;
    size_t up = 0;
    for (size_t p = h + 1; p < b;) {
        int32_t cp;
        p += cp_at(s, p, b, &cp);
        utf8proc_category_t k = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
        if (k == UTF8PROC_CATEGORY_LU)
            up++;
        else if (cp != '\'' && cp != 0x2019)
            return 0;
    }
    return up >= 2 && word_class(s, a, h) == W_CAP ? h : 0;
}

/* joiners inside a word: '-', '\'', U+2019 followed by a word char */
static inline size_t joiner_len(const char *s, size_t q, size_t e)
{
    if (s[q] == '-' || s[q] == '\'')
        return 1;
    if (q + 2 < e && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
        && ((unsigned char)s[q + 2] == 0x99 || (unsigned char)s[q + 2] == 0x90))
        return 3;
    return 0;
}

/* A slash inside a family name in capitals (Réunion's "K/BIDI",
   "K/ONGUE"): the word [p, q) so far is 1 to 3 capitals A-Z, s[q] a
   "/" and a capital letter follows; the slash then joins the word like a
   hyphen.  ("CM1/CM2", "Président/Maire", "PS/PCF" are none: digits, a
   small letter, or more than 3 letters before the slash.) */
static bool slash_family(const char *s, size_t p, size_t q, size_t e)
{
    if (s[q] != '/' || q - p > 3 || q + 1 >= e)
        return false;
    for (size_t k = p; k < q; k++)
        if (s[k] < 'A' || s[k] > 'Z')
            return false;
    unsigned char b = (unsigned char)s[q + 1];
    if (b >= 'A' && b <= 'Z')
        return q + 2 >= e || !((unsigned char)s[q + 2] >= 'a' && (unsigned char)s[q + 2] <= 'z');
    /* a capital with an accent (U+00C0-U+00DE) */
    return b == 0xC3 && q + 2 < e && (unsigned char)s[q + 2] >= 0x80 && (unsigned char)s[q + 2] <= 0x9E;
}

/* s[p, q) starts with a capital (A-Z or an accented capital) then a
   small letter (a-z or an accented small letter) */
static bool cap_then_small(const char *s, size_t p, size_t q)
{
    int32_t c1, c2;
    if (p >= q)
        return false;
    size_t m = cp_at(s, p, q, &c1);
    if (p + m >= q || c1 <= 0 || utf8proc_category(c1) != UTF8PROC_CATEGORY_LU)
        return false;
    cp_at(s, p + m, q, &c2);
    return c2 > 0 && utf8proc_category(c2) == UTF8PROC_CATEGORY_LL;
}

/* a civility opening the text at p ("M. ", "MM. ", "Mme", "Mmes", "Mlle",
   "Monsieur", "Madame" then no letter): no part of a family name cut by
   a line-end hyphen; the hyphen is then a dash between two persons (OCR:
   "à Mme Martine GODEAU-\nMme Paulette SOUCHET") */
static bool civility_text(const char *s, size_t p, size_t e)
{
    static const char *const civ[] = {"M.", "MM.", "Mme", "Mmes", "Mlle", "Monsieur", "Madame", NULL};
    if (s[p] != 'M')
        return false;
    for (size_t k = 0; civ[k]; k++) {
        size_t m = strlen(civ[k]);
        if (m <= e - p && !memcmp(s + p, civ[k], m)
            && (p + m == e || !((s[p + m] >= 'a' && s[p + m] <= 'z') || (s[p + m] >= 'A' && s[p + m] <= 'Z')
                                || (unsigned char)s[p + m] >= 0x80)))
            return true;
    }
    return false;
}

/* the range after r that holds text, past at most two empty ones (blank
   lines); nrg when none */
static size_t next_text_range(const ex_span *rg, size_t nrg, size_t r)
{
    for (size_t k = r + 1; k < nrg && k <= r + 3; k++)
        if (rg[k].start < rg[k].end)
            return k;
    return nrg;
}

/* "J ean-Michel": the word token pv a capital A-Z alone, one blank,
   then the word [p, q) of small letters a-z up to its end or a hyphen,
   which with the capital make a lexicon given name of 4+ letters (and
   alone none): where that name ends (its first part's end), else 0 */
static size_t given_split_at(const char *s, const ptok *pv, size_t p, size_t q)
{
    if (pv->kind != T_WORD || pv->cls != W_INITIAL || pv->b != pv->a + 1 || pv->b + 1 != p
        || s[pv->b] != ' ' || s[pv->a] < 'A' || s[pv->a] > 'Z')
        return 0;
    char w[24];
    size_t n = 0;
    w[n++] = (char)(s[pv->a] + 32);
    size_t e = p;
    while (e < q && s[e] >= 'a' && s[e] <= 'z' && n < sizeof w)
        w[n++] = s[e++];
    if (n < 4 || (e < q && s[e] != '-') || e - p < 2)
        return 0;
    if (!ex_given_name_find(w, n) || ex_given_name_find(w + 1, n - 1))
        return 0;
    return e;
}

/* a civility cut by a line-end hyphen between two lower-case halves
   ("Mon-" / "sieur", "Ma-" / "dame"): word t, joined over the line end,
   reads as the civility (its fold without the hyphen and the line
   break); a name ("DUPONT-" / "MOREL") is untouched */
static void civility_over_hyphen(const char *s, ptok *t)
{
    static const char *const civ[] = {"monsieur", "madame", "mademoiselle", "messieurs", "mesdames", NULL};
    char w[16];
    size_t k = 0;
    for (size_t i = t->a; i < t->b; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == '-' || b == ' ' || b == '\t' || is_nl((char)b))
            continue;
        if (b >= 0x80 || k + 1 >= sizeof w)
            return;
        w[k++] = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    }
    w[k] = 0;
    for (size_t j = 0; civ[j]; j++)
        if (strcmp(w, civ[j]) == 0) {
            memcpy(t->fw, w, k + 1);
            t->fl = (uint8_t)k;
            t->fk = FK_AZ;
            t->cls = W_CAP;
            return;
        }
}

static bool tokenize(ex_call *c, const ex_span *rg, size_t nrg, ptok_vec *tv)
{
    const char *s = c->text.s;
    /* room for a token per 4 bytes and a line break per range (about 1
       per 4.3 bytes in the corpus's lists): most lists never grow it */
    size_t bytes = 0;
    for (size_t r = 0; r < nrg; r++)
        bytes += rg[r].end - rg[r].start;
    if (tv->stk && bytes / 4 + nrg < (SIZE_MAX / sizeof(ptok)) - 16 && bytes / 4 + nrg + 16 > tv->cap) {
        /* (the caller's buffer on the stack is too small: on the heap) */
        size_t cap = bytes / 4 + nrg + 16;
        ptok *v = ex_malloc(c->alloc, cap * sizeof *v);
        if (!v) {
            c->oom = true;
            return false;
        }
        tv->v = v;
        tv->cap = cap;
        tv->stk = false;
    }
    for (size_t r = 0; r < nrg; r++) {
        size_t p = rg[r].start, e = rg[r].end;
        if (r > 0) {
            ptok t = mktok(p, p, T_NL, 0, 0, p == e, false);
            /* merge with a previous line break */
            if (tv->n && tv->v[tv->n - 1].kind == T_NL) {
                if (p == e)
                    tv->v[tv->n - 1].blank = true;
            } else if (!push_tok(c, tv, t)) {
                return false;
            }
        }
        bool line_text = false;
        while (p < e) {
            char ch = s[p];
            if (is_nl(ch)) {
                size_t q = p, nl = 0;
                while (q < e && (is_nl(s[q]) || s[q] == ' ' || s[q] == '\t')) {
                    if (s[q] == '\n' || s[q] == '\f' || (s[q] == '\r' && (q + 1 >= e || s[q + 1] != '\n')))
                        nl++;
                    q++;
                }
                if (tv->n && tv->v[tv->n - 1].kind == T_NL) {
                    if (nl >= 2)
                        tv->v[tv->n - 1].blank = true;
                } else {
                    ptok t = mktok(p, q, T_NL, 0, 0, nl >= 2, false);
                    if (!push_tok(c, tv, t))
                        return false;
                }
                p = q;
                line_text = false;
                continue;
            }
            if (ch == ' ' || ch == '\t') {
                size_t q = p;
                while (q < e && (s[q] == ' ' || s[q] == '\t'))
                    q++;
                if (q - p >= 3 && line_text && q < e && !is_nl(s[q])) {
                    ptok t = mktok(p, q, T_GAP, 0, 0, false, false);
                    if (!push_tok(c, tv, t))
                        return false;
                }
                p = q;
                continue;
            }
            int32_t cp;
            size_t n = cp_at(s, p, e, &cp);
            if (is_wordcp(cp)) {
                size_t q = p + n;
                /* a byte ' or 0xE2 (U+2019) at a character start of the
                   word: only then can the glued-quote test below apply */
                bool quote = (unsigned char)s[p] == 0xE2;
                bool joined = false;
                for (;;) {
                    while (q < e) {
                        /* ASCII letters and digits: is_wordcp() true, by
                           a table (a byte of 0x80 or more is 0 there) */
                        while (q < e && ascii_word[(unsigned char)s[q]])
                            q++;
                        if (q >= e)
                            break;
                        unsigned char b0 = (unsigned char)s[q];
                        if (b0 < 0x80) {
                            /* ASCII: is_wordcp() false */
                            cp = b0;
                            break;
                        }
                        size_t m = cp_at(s, q, e, &cp);
                        if (!is_wordcp(cp))
                            break;
                        quote |= b0 == 0xE2;
                        q += m;
                    }
                    if (q >= e)
                        break;
                    size_t j = joiner_len(s, q, e);
                    if (!j && slash_family(s, p, q, e))
                        j = 1;      /* "K/BIDI" */
                    if (j && q + j < e) {
                        int32_t nx;
                        cp_at(s, q + j, e, &nx);
                        if (is_wordcp(nx)) {
                            quote |= s[q] == '\'' || (unsigned char)s[q] == 0xE2;
                            q += j;
                            continue;
                        }
                    }
                    /* hyphen at a line end: MULOT-\nFRISCOURT */
                    if (s[q] == '-') {
                        size_t k = q + 1;
                        while (k < e && (s[k] == ' ' || s[k] == '\t'))
                            k++;
                        if (k < e && is_nl(s[k])) {
                            while (k < e && (is_nl(s[k]) || s[k] == ' ' || s[k] == '\t'))
                                k++;
                            if (k < e && !civility_text(s, k, e)) {
                                int32_t nx;
                                cp_at(s, k, e, &nx);
                                if (is_wordcp(nx)) {
                                    q = k;
                                    joined = true;
                                    continue;
                                }
                            }
                        } else if (k == e && r + 1 < nrg && next_text_range(rg, nrg, r) < nrg) {
                            /* hyphen at the end of a column range (blank
                               lines between: OCR) */
                            int32_t nx;
                            size_t r2 = next_text_range(rg, nrg, r);
                            size_t k2 = rg[r2].start;
                            cp_at(s, k2, rg[r2].end, &nx);
                            if (is_wordcp(nx) && !civility_text(s, k2, rg[r2].end)) {
                                /* join the next range's word into this token */
                                size_t q2 = k2;
                                while (q2 < rg[r2].end) {
                                    size_t m = cp_at(s, q2, rg[r2].end, &cp);
                                    if (!is_wordcp(cp) && !(joiner_len(s, q2, rg[r2].end)))
                                        break;
                                    q2 += m;
                                }
                                ptok t = mktok(p, q2, T_WORD, 0, 0, false, false);
                                t.joined = true;
                                /* the class of the two parts only, not
                                   of the other column between them */
                                char wb[128];
                                size_t n1 = e - p, n2 = q2 - k2;
                                if (n1 + n2 <= sizeof wb) {
                                    memcpy(wb, s + p, n1);
                                    memcpy(wb + n1, s + k2, n2);
                                    t.cls = word_class(wb, 0, n1 + n2);
                                } else {
                                    t.cls = word_class(s, p, q2);
                                }
                                if (!push_tok(c, tv, t))
                                    return false;
                                /* go on with range r2 after q2 */
                                r = r2;
                                p = q2;
                                e = rg[r].end;
                                line_text = true;
                                goto next_char;
                            }
                        }
                    }
                    break;
                }
                /* "MOUREY'Élise" (OCR glued a quote between a family name
                   and a given name): two words; "N'DIAYE", "d'ARGENSON"
                   (one letter before the quote) stay whole */
                for (size_t j = p; quote && j < q; j++) {
                    if (s[j] != '\'' && (unsigned char)s[j] != 0xE2)
                        continue;   /* (joiner_len() is 0 or '-') */
                    size_t jl = (s[j] == '\'') ? 1 : joiner_len(s, j, q);
                    if (!jl)
                        continue;
                    if (j + jl < q && j - p >= 2 && word_class(s, p, j) == W_UPPER
                        && word_class(s, j + jl, q) == W_CAP) {
                        size_t k2 = j + jl;
                        int32_t c1, c2;
                        size_t m1 = cp_at(s, k2, q, &c1);
                        cp_at(s, k2 + m1, q, &c2);
                        if (c2 > 0 && utf8proc_category(c2) == UTF8PROC_CATEGORY_LL)
                            q = j;
                    }
                    break;
                }
                /* "Mme-Evelyne", "M-Bruno" (OCR): the civility apart (a
                   lone "M-" only before a capitalised word: "M-Bruno") */
                static const char *const civh[] = {"mme-", "mmes-", "mlle-", "mm-", "m-", NULL};
                /* (a key's '-' is one of the word's first 10 bytes: 5
                   characters of 2 bytes at most) */
                bool hy = false;
                for (size_t k = p + 1; s[p] == 'M' && k < q && k < p + 10 && !hy; k++)
                    hy = s[k] == '-';
                for (size_t k = 0; hy && civh[k]; k++) {
                    size_t m = ex_match_fold(s + p, q - p, civh[k]);
                    if (m == 2 && !(p + 3 < q && s[p + 3] >= 'a' && s[p + 3] <= 'z'))
                        continue;
                    if (m && s[p] == 'M' && p + m < q && s[p + m] >= 'A' && s[p + m] <= 'Z') {
                        ptok t0 = mktok(p, p + m - 1, T_WORD, 0, 0, false, false);
                        t0.cls = word_class(s, p, p + m - 1);
                        if (!push_tok(c, tv, t0))
                            return false;
                        p += m;
                        break;
                    }
                }
                /* "MmeChristelle", "MadameValérie" (OCR lost the blank):
                   the civility as printed, glued to a capitalised word
                   (a capital then a small letter) */
                if (s[p] == 'M' && q - p >= 5 && s[p + 1] >= 'a' && s[p + 1] <= 'z') {
                    static const char *const civg[] = {"Mmes", "Mme", "Mlle", "Madame", "Monsieur", NULL};
                    for (size_t k = 0; civg[k]; k++) {
                        size_t m = strlen(civg[k]);
                        if (m + 2 > q - p || memcmp(s + p, civg[k], m) != 0 || !cap_then_small(s, p + m, q))
                            continue;
                        if (!ex_ocr_note(c, p, q, EX_REPAIR_GLUED))
                            return false;
                        ptok t0 = mktok(p, p + m, T_WORD, 0, 0, false, false);
                        t0.cls = word_class(s, p, p + m);
                        if (!push_tok(c, tv, t0))
                            return false;
                        p += m;
                        break;
                    }
                }
                ptok *tw = new_tok(c, tv, p, q, T_WORD);
                if (!tw)
                    return false;
                tok_word(s, tw);
                tw->joined = joined;
                if (joined)
                    civility_over_hyphen(s, tw);
                /* "Jean-Marie-PONSARD" (OCR read the blank between the
                   given name and the family name as a hyphen): two words */
                size_t h = tw->cls == W_CAP ? glued_family(s, p, q) : 0;
                if (h && !ex_ocr_note(c, p, q, EX_REPAIR_GLUED))
                    return false;
                if (h) {
                    tw->b = h;
                    tw->cls = W_CAP;
                    tok_fold(s, tw);
                    if (!(tw = new_tok(c, tv, h + 1, q, T_WORD)))
                        return false;
                    tw->joined = joined;
                    tw->cls = W_UPPER;
                    tok_fold(s, tw);
                }
                /* "J ean-Michel" (OCR put a blank after the capital):
                   one given name when the capital and the small letters
                   up to the hyphen make a lexicon name */
                if (tw->cls == W_LOWER && tv->n >= 2 && !joined) {
                    ptok *pv = &tv->v[tv->n - 2];
                    size_t m = given_split_at(s, pv, p, q);
                    if (m) {
                        if (!ex_ocr_note(c, pv->a, m, EX_REPAIR_GIVEN))
                            return false;
                        tv->n--;
                        pv->b = q;
                        pv->joined = true;
                        pv->cls = W_CAP;
                        tok_fold(s, pv);
                    }
                }
                p = q;
                line_text = true;
                continue;
            }
            {
                char pc = '?';
                /* (the marks of ",;:.()/-'\"", by a table) */
                static const unsigned char marks[128] = {
                    [','] = 1, [';'] = 1, [':'] = 1, ['.'] = 1, ['('] = 1, [')'] = 1,
                    ['/'] = 1, ['-'] = 1, ['\''] = 1, ['"'] = 1,
                };
                if (cp > 0 && cp < 128 && marks[cp])
                    pc = (char)cp;
                else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
                    pc = '-';
                else if (cp == 0x2019 || cp == 0x2018)
                    pc = '\'';
                else if (cp == 0x2026)
                    pc = '.';
                bool before = p == rg[r].start || s[p - 1] == ' ' || s[p - 1] == '\t' || is_nl(s[p - 1]);
                bool after = p + n >= e || s[p + n] == ' ' || s[p + n] == '\t' || is_nl(s[p + n]);
                /* OCR: a dash between blanks read "=" ("Mme Lucie BEAUFILS =
                   VILLEMONT-SUR-SAULDRE : M. X") */
                if (cp == '=' && before && after)
                    pc = '-';
                /* OCR: a brace for a bracket glued to its word ("(Brassac},",
                   "{Lavernhe)"); a lone one stays (a colon read so) */
                if ((cp == '}' && !before) || (cp == '{' && !after))
                    pc = cp == '}' ? ')' : '(';
                ptok t = mktok(p, p + n, T_PUNCT, 0, pc, false, before && after);
                if (!push_tok(c, tv, t))
                    return false;
                p += n;
                line_text = true;
            }
        next_char:;
        }
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* Lexicons */

/* the word token t is key (ex_match_fold() takes all of it): its fold
   is the key (keys are lower-case ASCII of fewer than PT_FW letters) */
static bool tok_is(const ex_call *c, const ptok *t, const char *key)
{
    EX_UNUSED(c);
    if (t->kind != T_WORD || t->fw[0] != key[0])
        return false;
    /* t->fl == strlen(key) && memcmp(t->fw, key, t->fl) == 0 */
    size_t k = 1;
    while (key[k] && key[k] == t->fw[k])
        k++;
    return !key[k] && k == t->fl;
}

/* "sur convocation", "sur la convocation", "après convocation" at word
   i (before i1): the session sentence going on after the president's
   name and role ("Mme X, Présidente du Conseil régional, sur
   convocation du …"), no role */
static bool convocation_at(const ex_call *c, const ptok *t, size_t i, size_t i1)
{
    if (!(tok_is(c, &t[i], "sur") || tok_is(c, &t[i], "apres") || tok_is(c, &t[i], "suivant")))
        return false;
    size_t j = i + 1;
    while (j < i1 && t[j].kind == T_NL && !t[j].blank)
        j++;
    if (j < i1 && (tok_is(c, &t[j], "la") || tok_is(c, &t[j], "sa") || tok_is(c, &t[j], "leur")))
        for (j++; j < i1 && t[j].kind == T_NL && !t[j].blank;)
            j++;
    return j < i1 && (tok_is(c, &t[j], "convocation") || tok_is(c, &t[j], "convocations"));
}

static inline bool tok_in_all(const ex_call *c, const ptok *t, const char *const *keys)
{
    if (t->kind != T_WORD)
        return false;
    for (size_t k = 0; keys[k]; k++)
        if (tok_is(c, t, keys[k]))
            return true;
    return false;
}

/* the words joining a birth or married name to a family name:
   "épouse", "née", "veuve", "vve", "ép" (its dot read by the caller) */
static bool marital_word(const ptok *t)
{
    static const char *const w[] = {"epouse", "nee", "veuve", "vve", "ep", NULL};
    if (t->fl < 2 || t->fl > 6)
        return false;
    for (size_t k = 0; w[k]; k++)
        if (!strcmp(t->fw, w[k]))
            return true;
    return false;
}

static const char *const particles[] = {
    "de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den",
    "di", "da", "del", "della", "dos", "das", "do", "ben", "el", "al", "ter",
    "ten", "mac", NULL
};

/* first words of roles printed after a name ("Maire", "1er adjoint") */
static const char *const role_words[] = {
    "maire", "adjoint", "adjointe", "adjoints", "adjointes", "president",
    "presidente", "presidents", "vice", "conseiller", "conseillere",
    "conseillers", "conseilleres", "directeur", "directrice", "secretaire",
    "delegue", "deleguee", "delegues", "payeur", "tresorier", "tresoriere",
    "premier", "premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme",
    "membre", "membres", "rapporteur", "maire-adjoint", "maire-adjointe",
    "vice-president", "vice-presidente", "vice-presidents", "responsable",
    "chef", "chargé", "charge", "representant", "representante", "suppleant",
    "suppleante", "titulaire", "elu", "elue", "elus", "agent", "attache",
    "attachee", "receveur", "comptable", "prefet", "sous-prefet", "depute",
    "deputee", "senateur", "senatrice", "administrateur", "administratrice",
    NULL
};

/* first words of a note on presence ("à partir de", "arrivé(e) au point 4") */
static const char *const note_words[] = {
    "a", "jusqu'a", "jusqu", "jusque", "arrive", "arrivee", "arrivees",
    "arrives", "parti", "partie", "depart", "sorti", "sortie", "quitte",
    "absent", "absente", "present", "presente", "pour", "du", "des", "aux",
    "lors", "apres", "avant", "retard", "en", NULL
};

static const char *const subst_words[] = {
    "supplee", "suppleee", "suppleant", "suppleante", "remplace", "remplacee",
    "remplacant", "remplacante", "en", NULL
};

/* The words of the proxy connectors (connector_at()), each read exactly
   (tok_is()) or with one OCR edit ("aélégation", "délégation de voie
   à"): a word of 6+ letters anywhere, of 4+ letters inside a connector
   (after its first word). */
enum { CW_A, CW_DONNE, CW_DONNENT, CW_POUVOIR, CW_PROCURATION, CW_DELEGATION, CW_MANDAT, CW_REPRESENTE,
       CW_REPRESENTEE, CW_REPRESENTES, CW_REPRESENTEES, CW_DE, CW_VOTE, CW_PAR, CW_DONNEE, CW_N };
static const char *const cwords[CW_N] = {
    "a", "donne", "donnent", "pouvoir", "procuration", "delegation", "mandat", "represente",
    "representee", "representes", "representees", "de", "vote", "par", "donnee"
};

/* strlen(cwords[k]) (checked at engine creation) */
static const uint8_t cwlen[CW_N] = {1, 5, 7, 7, 11, 10, 6, 10, 11, 11, 12, 2, 4, 3, 6};

/* The lexicons above by first byte, built at engine creation: for a
   first letter f of a fold (ASCII), the indices of the keys whose first
   byte is f or an apostrophe. */
enum { LX_PARTICLES, LX_ROLES, LX_NOTES, LX_SUBST, LX_N };
#define LX_BUCKET 16
typedef struct plex {
    const char *const *keys;
    uint8_t n[128];
    uint8_t k[128][LX_BUCKET];
    uint32_t sec[128];          /* the second bytes of those keys (bit b & 31
                                   for byte b, as fold_mask()) */
} plex;
typedef struct pers_eng {
    plex lx[LX_N];
    uint16_t cw_len[PT_FW];     /* the connector words (cwords[]) by length */
    uint32_t cw_mask[CW_N];     /* the letters of each (fold_mask()) */
    uint16_t cw_b01[32];        /* by byte bit (fold_mask()): the words with
                                   that bit among their first two letters */
    uint16_t cw_long;           /* the words of 6+ letters (read with an OCR edit
                                   as the first word of a connector) */
    /* the words of 4+ letters within one letter of a length wl (wl + 1 <
       PT_FW; 0 for the others): tok_cwords()'s OCR candidates; _long:
       those of cw_long */
    uint16_t cw_near[PT_FW], cw_near_long[PT_FW];
    /* by byte bit (fold_mask()): the words that start with it, the
       words that end with it (tok_cwords_out()'s pre-test) */
    uint16_t cw_by_first[32], cw_by_last[32];
} pers_eng;

/* the bytes of w[0..n) as a set of bits (bit b & 31 for byte b: a-z one
   bit each).  A word one edit from another has at most one bit the other
   lacks, each way (bits of characters one word has and the other lacks):
   ex_lev1()'s cheap first test. */
static uint32_t fold_mask(const char *w, size_t n)
{
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++)
        m |= 1u << ((unsigned char)w[i] & 31);
    return m;
}

static bool plex_build(plex *l, const char *const *keys)
{
    l->keys = keys;
    memset(l->n, 0, sizeof l->n);
    memset(l->sec, 0, sizeof l->sec);
    for (size_t k = 0; keys[k]; k++) {
        if (k > 255 || strlen(keys[k]) >= PT_FW)
            return false;   /* (tok_is() reads folds of fewer letters) */
        unsigned char f = (unsigned char)keys[k][0];
        /* the key's first byte, or every bucket for an apostrophe */
        unsigned b0 = f == '\'' ? 0 : f, b1 = f == '\'' ? 128 : (unsigned)f + 1;
        for (unsigned b = b0; b < b1 && b < 128; b++) {
            if (l->n[b] >= LX_BUCKET)
                return false;
            l->k[b][l->n[b]++] = (uint8_t)k;
            l->sec[b] |= 1u << ((unsigned char)keys[k][1] & 31);
        }
    }
    return true;
}

bool ex_persons_init(extract_engine *e)
{
    pers_eng *pe = ex_malloc(&e->alloc, sizeof *pe);
    if (!pe)
        return false;
    static const char *const *const lists[LX_N] = {particles, role_words, note_words, subst_words};
    memset(pe->cw_len, 0, sizeof pe->cw_len);
    memset(pe->cw_b01, 0, sizeof pe->cw_b01);
    pe->cw_long = 0;
    memset(pe->cw_by_first, 0, sizeof pe->cw_by_first);
    memset(pe->cw_by_last, 0, sizeof pe->cw_by_last);
    for (size_t k = 0; k < CW_N; k++) {
        if (strlen(cwords[k]) != cwlen[k] || cwlen[k] >= PT_FW) {
            ex_free(&e->alloc, pe);
            return false;
        }
        pe->cw_len[cwlen[k]] |= (uint16_t)(1u << k);
        pe->cw_mask[k] = fold_mask(cwords[k], cwlen[k]);
        for (size_t q = 0; q < 2 && q < cwlen[k]; q++)
            pe->cw_b01[(unsigned char)cwords[k][q] & 31] |= (uint16_t)(1u << k);
        pe->cw_by_first[(unsigned char)cwords[k][0] & 31] |= (uint16_t)(1u << k);
        pe->cw_by_last[(unsigned char)cwords[k][cwlen[k] - 1] & 31] |= (uint16_t)(1u << k);
        if (cwlen[k] >= 6)
            pe->cw_long |= (uint16_t)(1u << k);
    }
    for (size_t wl = 0; wl < PT_FW; wl++) {
        uint16_t m = 0;
        for (size_t k = 0; k < CW_N && wl + 1 < PT_FW; k++)
            if (cwlen[k] >= 4 && (size_t)cwlen[k] + 1 >= wl && cwlen[k] <= wl + 1)
                m |= (uint16_t)(1u << k);
        pe->cw_near[wl] = m;
        pe->cw_near_long[wl] = m & pe->cw_long;
    }
    for (size_t i = 0; i < LX_N; i++) {
        if (!plex_build(&pe->lx[i], lists[i])) {
            ex_free(&e->alloc, pe);
            return false;
        }
    }
    e->persons = pe;
    return true;
}

void ex_persons_free(extract_engine *e)
{
    if (e->persons)
        ex_free(&e->alloc, e->persons);
    e->persons = NULL;
}

enum { LZ_LX = 1, LZ_ROLE = 2, LZ_CONN = 4, LZ_CIV = 8, LZ_CONN_OUT = 16 };

/* the folded first byte of a word token (tok_in_all()), 0 when it is
   not ASCII */
static char tok_first(const ex_call *c, const ptok *t)
{
    unsigned char b = (unsigned char)c->text.s[t->a];
    return b < 0x80 && t->b > t->a ? (char)((b >= 'A' && b <= 'Z') ? b + 32 : b) : 0;
}

/* tok_in_all() on one of the lexicons above: the lexicons holding the
   word read once through their tables (t->lxb) */
static bool tok_in_lx(const ex_call *c, ptok *t, int lx)
{
    if (t->kind != T_WORD)
        return false;
    if (!(t->lazy & LZ_LX)) {
        const pers_eng *pe = c->eng->persons;
        unsigned b = (unsigned char)t->fw[0];
        uint8_t bits = 0;
        /* (a key of the bucket that the word is has its second byte:
           the bit of the word's second byte, NUL for one letter, is in
           the bucket's sec, else no key of it is the word) */
        unsigned b1 = (unsigned char)t->fw[1] & 31;
        for (int m = 0; b < 128 && m < LX_N; m++) {
            const plex *l = &pe->lx[m];
            if (!(l->sec[b] >> b1 & 1))
                continue;
            for (unsigned i = 0; i < l->n[b]; i++)
                if (tok_is(c, t, l->keys[l->k[b][i]])) {
                    bits |= (uint8_t)(1u << m);
                    break;
                }
        }
        t->lxb = bits;
        t->lazy |= LZ_LX;
    }
    return t->lxb >> lx & 1;
}


/* ------------------------------------------------------------------ */
/* The parser */

enum { PL_PROXY = 1 };

typedef struct pent {
    ex_person p;
    size_t role_a, role_b;      /* role text range (role_b == 0: none) */
    bool target;                /* the "to" of a proxy: not a list member */
    bool aside;                 /* the giver of a proxy sentence after the list: no member */
} pent;
/* (as ptok_vec: stk, v is the caller's buffer on the stack) */
typedef struct {
    pent *v;
    size_t n, cap;
    bool stk;
} pent_vec;

static inline pent *pent_push(ex_call *c, pent_vec *v)
{
    if (v->n < v->cap) {
        pent *e = &v->v[v->n++];
        memset(e, 0, sizeof *e);
        return e;
    }
    return stk_grow(c, v, sizeof(pent));
}

typedef struct pcur {
    const char *civ;
    bool group;                 /* Mmes / MM.: sticky, span leaves it out */
    bool mixed;                 /* "Mmes et MM.": the group's persons get no civility */
    const char *couple;         /* "M. et Mme X": the first civility (two persons) */
    size_t start, end;
    int ng, nf;
    size_t g[8], f[8];          /* token indices */
    int order;                  /* 1 given first, 2 family first */
    int last;                   /* 1 given, 2 family: last name token */
} pcur;

typedef struct pctx {
    ex_call *c;
    ptok *t;
    size_t n;
    int mode;
    bool caps;                  /* the list has family names in capitals */
    bool has_cap;               /* some capitalised (mixed case) words */
    bool civ_list;              /* the persons carry civilities */
    bool sfirst;                /* surname first: "TESSIER Gérard" */
    pent_vec *ents;
    ex_proxy_vec *px;
    long pending;               /* entry index waiting for its proxy */
    size_t pend_end;            /* end of the connector */
    size_t stop;                /* view offset where parsing stopped */
    const ex_span *rg;          /* the ranges parsed (columns) */
    size_t nrg;
    bool debris;                /* mark_debris() changed tokens */
    bool verb_seen;             /* a proxy verb ("a donné pouvoir à") read */
} pctx;

static bool cur_has_name(const pcur *k)
{
    return k->ng + k->nf > 0;
}

static void cur_reset(pcur *k)
{
    const char *civ = k->group ? k->civ : NULL;
    bool group = k->group, mixed = k->group && k->mixed;
    memset(k, 0, sizeof *k);
    k->civ = civ;
    k->group = group;
    k->mixed = mixed;
}

static size_t next_word(const pctx *x, size_t i)
{
    while (i < x->n && x->t[i].kind != T_WORD) {
        if (x->t[i].kind == T_PUNCT && (x->t[i].ch == ',' || x->t[i].ch == ';' || x->t[i].ch == '('))
            return x->n;
        i++;
    }
    return i;
}

/* a civility at token i: returns the normalised civility or NULL; *used
   tokens consumed (trailing '.' ':' included), *group for Mmes/MM. */
static const char *civ_read(const pctx *x, size_t i, size_t *used, bool *group);

/* civ_read() at token i, kept on the token: it reads token i and those
   after it, which only mark_debris() changes (and then parse_ranges()
   drops what was kept); a second reading of an OCR civility notes
   nothing new (ex_ocr_note() has it) */
static const char *civ_at_read(const pctx *x, size_t i, size_t *used, bool *group)
{
    ptok *t = &x->t[i];
    if (!(t->lazy & LZ_CIV)) {
        size_t u = 0;
        bool g = false;
        t->civ = civ_read(x, i, &u, &g);
        if (x->c->oom)
            return t->civ;  /* (not kept) */
        t->civ_used = (uint8_t)u;
        t->civ_group = g;
        t->lazy |= LZ_CIV;
    }
    *group = t->civ_group;
    if (t->civ)
        *used = t->civ_used;
    return t->civ;
}

/* civ_at_read() with the answer kept on the token read inline */
static inline const char *civ_at(const pctx *x, size_t i, size_t *used, bool *group)
{
    const ptok *t = &x->t[i];
    if (!(t->lazy & LZ_CIV)) {
        /* civ_read() gives NULL and no group at once for a token that is
           no word, of more than 14 bytes, or whose first byte is none of
           M m D d (most words): the same here without the call */
        char first = t->kind == T_WORD ? x->c->text.s[t->a] : 0;
        if (t->b - t->a > 14 || !(first == 'M' || first == 'm' || first == 'D' || first == 'd'
                                  || (first == 'N' && t->b - t->a == 2))) {
            *group = false;
            return NULL;
        }
        return civ_at_read(x, i, used, group);
    }
    *group = t->civ_group;
    if (t->civ)
        *used = t->civ_used;
    return t->civ;
}

static const char *civ_read(const pctx *x, size_t i, size_t *used, bool *group)
{
    const ptok *t = &x->t[i];
    const char *s = x->c->text.s;
    if (t->kind != T_WORD)
        return NULL;
    size_t n = t->b - t->a;
    const char *civ = NULL;
    bool ocr = false;   /* read through the OCR model (ocrmodel.c) */
    *group = false;
    char first = s[t->a];
    if (n > 14)
        return NULL;
    if (first == 'N' && n == 2 && s[t->a + 1] == 'L') {
        /* OCR "NL." for "M." (the M cut in two strokes), only before a
           given name and a family name in capitals */
        size_t j = i + 1;
        if (!(j < x->n && x->t[j].kind == T_PUNCT && x->t[j].ch == '.' && x->t[j].a == t->b))
            return NULL;
        size_t j1 = next_word(x, j + 1);
        if (!(j1 < x->n && x->t[j1].cls == W_CAP))
            return NULL;
        size_t j2 = next_word(x, j1 + 1);
        if (!(j2 < x->n && x->t[j2].cls == W_UPPER))
            return NULL;
        civ = "M.";
        ocr = true;
    }
    if (first == 'M' || first == 'm' || first == 'D' || first == 'd') {
        if (n == 1 && first == 'M') {
            civ = "M.";
        } else if (n == 2 && first == 'M' && s[t->a + 1] == 'M') {
            civ = "M.";
            *group = true;
        } else if (first == 'M' && (tok_is(x->c, t, "mme") || tok_is(x->c, t, "mr"))) {
            civ = tok_is(x->c, t, "mr") ? "M." : "Mme";
        } else if (first == 'M' && tok_is(x->c, t, "mmes")) {
            civ = "Mme";
            *group = true;
        } else if (first == 'M' && tok_is(x->c, t, "mlle")) {
            civ = "Mlle";
        } else if (first == 'M' && tok_is(x->c, t, "mlles")) {
            civ = "Mlle";
            *group = true;
        } else if (tok_is(x->c, t, "monsieur")) {
            civ = "M.";
        } else if (tok_is(x->c, t, "madame")) {
            civ = "Mme";
        } else if (tok_is(x->c, t, "mademoiselle")) {
            civ = "Mlle";
        } else if (tok_is(x->c, t, "messieurs")) {
            civ = "M.";
            *group = true;
        } else if (tok_is(x->c, t, "mesdames")) {
            civ = "Mme";
            *group = true;
        } else if (first == 'D' && (tok_is(x->c, t, "dr") || tok_is(x->c, t, "docteur"))) {
            civ = "Dr";
        } else if (n == 2 && first == 'M' && s[t->a + 1] == 'e') {
            civ = "Me";
        } else if (first == 'M' && tok_is(x->c, t, "maitre")) {
            civ = "Me";
        } else if (first == 'M' && n >= 2 && n <= 10) {
            /* OCR confusion: one edit from Mme (or from Madame, Monsieur)
               once the pairs that an "m" is misread as ("rn", "in", "ni",
               "ii", "rh": "Mine", "Mnie", "Mrhe", "Madarñe") are read
               back as m */
            char w[12];
            size_t k = 0;
            for (size_t p = t->a; p < t->b && k < 10;) {
                size_t used1;
                char f = ex_fold_char((const unsigned char *)s + p, t->b - p, &used1);
                if (!used1)
                    break;
                w[k++] = f;
                p += used1;
            }
            w[k] = 0;
            char v[12];
            size_t m = 0;
            for (size_t p = 0; p < k; p++) {
                char a1 = w[p], b1 = w[p + 1];
                if (((a1 == 'r' || a1 == 'i') && b1 == 'n') || (a1 == 'n' && b1 == 'i') || (a1 == 'i' && b1 == 'i')
                    || (a1 == 'r' && b1 == 'h')) {
                    v[m++] = 'm';
                    p++;
                } else {
                    v[m++] = w[p];
                }
            }
            v[m] = 0;
            /* context: a given name then a family name in capitals */
            size_t j = next_word(x, i + 1);
            bool ctx = j < x->n && x->t[j].cls == W_CAP;
            if (ctx) {
                size_t j2 = next_word(x, j + 1);
                ctx = j2 < x->n && x->t[j2].cls == W_UPPER;
            }
            /* (a given name of the lexicon, "Mina", is no civility) */
            if (ctx && strcmp(v, "me") != 0 && !ex_given_name_find(w, k)) {
                if (k <= 4 && ex_lev1(v, m, "mme", 3))
                    civ = "Mme";
                else if (k == 2)
                    civ = "M.";
                else if (k >= 5 && ex_lev1(v, m, "madame", 6))
                    civ = "Mme";
                else if (k >= 7 && ex_lev1(v, m, "monsieur", 8))
                    civ = "M.";
                ocr = civ != NULL;
            }
        }
    }
    if (!civ)
        return NULL;
    /* "M" must be followed by a dot/colon or a name */
    size_t note_b = t->b;   /* the end of the misread civility */
    size_t j = i + 1;
    size_t k = 0;
    while (j < x->n && x->t[j].kind == T_PUNCT && (x->t[j].ch == '.' || x->t[j].ch == ':') && k < 3) {
        j++;
        k++;
    }
    if (n == 1 && !k && j + 1 < x->n && x->t[j].kind == T_PUNCT && x->t[j].a == t->b && s[x->t[j].a] == '!'
        && x->t[j + 1].kind == T_WORD && (x->t[j + 1].cls == W_CAP || x->t[j + 1].cls == W_UPPER)) {
        /* "M! Jean DUPONT" (OCR): the dot read as "!" */
        note_b = x->t[j].b;
        j++;
        k++;
        ocr = true;
    }
    if (n == 1 && !k && j < x->n && x->t[j].kind == T_NL && j + 1 < x->n && x->t[j + 1].kind == T_WORD
        && x->t[j + 1].cls == W_CAP && j + 2 < x->n && x->t[j + 2].kind == T_WORD && x->t[j + 2].cls == W_UPPER)
        j++;    /* "M\n\nJacques LOIRAT" (OCR): the dot lost, the name on the next line */
    if (n == 1 && !k) {
        /* "M" alone: only before a name ("M Daniel DUPONT", OCR) */
        if (j >= x->n || x->t[j].kind != T_WORD || (x->t[j].cls != W_CAP && x->t[j].cls != W_UPPER))
            return NULL;
    }
    if ((civ[0] == 'M' && civ[1] == 'e') && !k) {
        /* "Me" only before a name */
        if (j >= x->n || x->t[j].kind != T_WORD || (x->t[j].cls != W_CAP && x->t[j].cls != W_UPPER))
            return NULL;
    }
    /* "Monsieur le Maire": not a person (but "Mmes et MM. A, B": a
       group, "et", then a group of the other civility) */
    if (j < x->n && x->t[j].kind == T_WORD && x->t[j].cls == W_LOWER && !tok_in_lx(x->c, &x->t[j], LX_PARTICLES)) {
        static const char *const grp[] = {"mm", "mmes", "messieurs", "mesdames", NULL};
        if (!(*group && tok_is(x->c, &x->t[j], "et") && j + 1 < x->n
              && tok_in_all(x->c, &x->t[j + 1], grp)))
            return NULL;
    }
    if (j < x->n && x->t[j].kind == T_WORD && x->t[j].cls == W_LOWER) {
        /* "Madame la Maire": a particle then a lower-case word */
        size_t j2 = j + 1;
        if (j2 < x->n && x->t[j2].kind == T_WORD && x->t[j2].cls != W_UPPER)
            return NULL;
    }
    *used = j - i;
    if (ocr && !ex_ocr_note(x->c, t->a, note_b, EX_REPAIR_CIVILITY))
        return NULL;
    return civ;
}


/* t->cw_out: the connector words t reads as when it starts a connector,
   t->cw_in: inside one (whatever t's kind: the caller looks at it).
   The OCR reading compares ex_num_fold_word()'s fold of the token: that
   is fw when fw has letters a-z only (ASCII letters and the folds of
   Latin-1 are the same in both); a fw with another character than a-z
   or '?' (a digit, '-', an apostrophe, ...) stops ex_num_fold_word()
   before the end; a '?' (a character fw does not fold) asks
   ex_num_fold_word() itself.  With !full, t->cw_out only (LZ_CONN_OUT:
   most words are only asked whether they start a connector). */
static void tok_cwords(const ex_call *c, ptok *t, bool full)
{
    char wb[24];
    const char *w = t->fw;
    size_t n = t->b - t->a, wl = t->fl;
    bool ok = t->fk != FK_OTHER && t->cls != W_NUM;
    if (ok && t->fk == FK_AZQ) {
        ok = ex_num_fold_word(c->text.s + t->a, n, wb, sizeof wb) == n;
        wl = ok ? strlen(wb) : 0;
        for (size_t q = 0; q < wl; q++)
            if (wb[q] >= 'A' && wb[q] <= 'Z')
                wb[q] = (char)(wb[q] + 32);
        w = wb;
    }
    const pers_eng *pe = c->eng->persons;
    uint16_t in = 0, out = 0;
    /* the words of the token's length: read exactly */
    uint16_t m = t->fl < PT_FW ? pe->cw_len[t->fl] : 0;
    for (; m; m &= (uint16_t)(m - 1)) {
        unsigned k = (unsigned)__builtin_ctz(m);
        if (t->fw[0] == cwords[k][0] && memcmp(t->fw, cwords[k], cwlen[k]) == 0) {
            in |= (uint16_t)(1u << k);
            out |= (uint16_t)(1u << k);
        }
    }
    /* the words of 4+ letters within one letter of the fold's length: one
       OCR edit; the fold gives one letter per character (one byte or
       more), so the token has at least kl - 1 bytes */
    m = 0;
    if (ok && wl < PT_FW) {
        /* (the others of !full only give cw_in bits) */
        m = (uint16_t)((full ? pe->cw_near[wl] : pe->cw_near_long[wl]) & ~in);
        /* one edit as ex_lev1() reads it keeps the first byte, or is at
           the first byte and then the second byte of one word is the
           first or the second of the other: only the words with the
           first or second byte of the fold among their first two letters
           can be one edit away (by the byte bits of fold_mask(); a word
           of m has wl >= kl - 1 >= 3 letters) */
        if (m)
            m &= (uint16_t)(pe->cw_b01[(unsigned char)w[0] & 31] | pe->cw_b01[(unsigned char)w[1] & 31]);
    }
    uint32_t wm = 0;
    for (; m; m &= (uint16_t)(m - 1)) {
        unsigned k = (unsigned)__builtin_ctz(m);
        size_t kl = cwlen[k];
        /* one edit keeps the first letter, or is at the first and then
           keeps the last */
        if (n + 1 < kl || (w[0] != cwords[k][0] && w[wl - 1] != cwords[k][kl - 1]))
            continue;
        if (!wm)
            wm = fold_mask(w, wl) | 1u;     /* (bit 0: read; no key byte has it) */
        uint32_t only_w = wm & ~pe->cw_mask[k] & ~1u, only_k = pe->cw_mask[k] & ~wm;
        if ((only_w & (only_w - 1)) || (only_k & (only_k - 1)) || !ex_lev1(w, wl, cwords[k], kl))
            continue;   /* (2+ bits either way: not one edit) */
        in |= (uint16_t)(1u << k);
        if (kl >= 6)
            out |= (uint16_t)(1u << k);
    }
    t->cw_in = in;
    t->cw_out = out;
    t->lazy |= full ? LZ_CONN | LZ_CONN_OUT : LZ_CONN_OUT;
}

/* tok_cwords(c, t, false) when t->cw_out is not known yet, without the
   call for a word that reads as none (most words of a list): no word of
   its length starts with its first letter (an exact reading), and it
   has no '?' (ex_num_fold_word()'s fold is then fw, or no OCR reading
   is tried) and no word of cw_near_long[] for its length that
   tok_cwords()'s byte filter keeps starts with its first letter or ends
   with its last (an OCR reading needs one of them) */
static inline void tok_cwords_out(const ex_call *c, ptok *t)
{
    const pers_eng *pe = c->eng->persons;
    size_t wl = t->fl;
    unsigned f0 = (unsigned char)t->fw[0] & 31;
    if (t->fk != FK_AZQ && wl > 0 && wl < PT_FW && !(pe->cw_len[wl] & pe->cw_by_first[f0])
        && (t->fk == FK_OTHER || t->cls == W_NUM
            || !(pe->cw_near_long[wl] & (pe->cw_b01[f0] | pe->cw_b01[(unsigned char)t->fw[1] & 31])
                 & (pe->cw_by_first[f0] | pe->cw_by_last[(unsigned char)t->fw[wl - 1] & 31])))) {
        t->cw_in = t->cw_out = 0;
        t->lazy |= LZ_CONN_OUT;
        return;
    }
    tok_cwords(c, t, false);
}

/* token j reads as connector word k (first: as the first word) */
static bool tok_cw(const pctx *x, size_t j, unsigned k, bool first)
{
    ptok *t = &x->t[j];
    if (t->kind != T_WORD)
        return false;
    if (!(t->lazy & (first ? LZ_CONN_OUT : LZ_CONN))) {
        if (first)
            tok_cwords_out(x->c, t);
        else
            tok_cwords(x->c, t, true);
    }
    return ((first ? t->cw_out : t->cw_in) >> k & 1) != 0;
}


/* before a word of a connector: stray quotes, "(e)" and "(s)", line
   ends skipped */
static size_t conn_skip(const pctx *x, size_t j)
{
    while (j < x->n && x->t[j].kind == T_PUNCT && (x->t[j].ch == '\'' || x->t[j].ch == '?'))
        j++;
    if (j + 2 < x->n && x->t[j].kind == T_PUNCT && x->t[j].ch == '(' && x->t[j + 2].kind == T_PUNCT
        && x->t[j + 2].ch == ')' && x->t[j + 1].b - x->t[j + 1].a <= 2)
        j += 3;
    while (j < x->n && x->t[j].kind == T_NL)
        j++;
    return j;
}

static size_t skip_specks(const pctx *x, size_t j);

/* auxiliaries before "donné pouvoir à" (connector_at()) */
static const char *const aux_words[] = {"avait", "avaient", "ont", "ayant", NULL};

/* a proxy table's arrow at the punctuation token i, "Mandant →
   Mandataire" ("M. A (Commune)   → M. B"): "→" or "->" between blanks,
   in a list of proxies only a dash between blanks too (OCR reads the
   arrow "—", "="; elsewhere " – " opens a commune, "M. A – Commune de
   B"), a civility after it; returns tokens used */
static size_t arrow_at(const pctx *x, size_t i)
{
    const char *s = x->c->text.s;
    const ptok *t = &x->t[i];
    size_t a = t->a, used = 1;
    if (a == 0 || (s[a - 1] != ' ' && s[a - 1] != '\t'))
        return 0;
    if (t->b - a == 3 && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x86
        && (unsigned char)s[a + 2] == 0x92)
        ;       /* → */
    else if (s[a] == '-' && t->b == a + 1 && i + 1 < x->n && x->t[i + 1].a == a + 1 && s[a + 1] == '>')
        used = 2;
    else if (!(t->ch == '-' && t->spaced && (x->mode & PL_PROXY)))
        return 0;
    size_t e = x->t[i + used - 1].b;
    if (e >= x->c->text.len || s[e] != ' ')
        return 0;
    size_t j = i + used;
    if (j >= x->n || x->t[j].kind != T_WORD || !civility_text(s, x->t[j].a, x->c->text.len))
        return 0;
    return used;
}

/* a proxy connector at token i ("a donné pouvoir à", "pouvoir à",
   "représenté(e) par", bare "à" when allowed); returns tokens used */
static size_t connector_at(const pctx *x, size_t i, bool bare_ok)
{
#define CW_END 0xFF
    static const unsigned char seqs[][7] = {
        {CW_A, CW_DONNE, CW_POUVOIR, CW_A, CW_END},
        {CW_A, CW_DONNE, CW_PROCURATION, CW_A, CW_END},
        {CW_A, CW_DONNE, CW_DELEGATION, CW_DE, CW_VOTE, CW_A, CW_END},
        {CW_A, CW_DONNE, CW_DELEGATION, CW_A, CW_END},
        {CW_DONNE, CW_POUVOIR, CW_A, CW_END},
        {CW_DONNE, CW_PROCURATION, CW_A, CW_END},
        {CW_DONNE, CW_DELEGATION, CW_DE, CW_VOTE, CW_A, CW_END},
        {CW_DONNENT, CW_POUVOIR, CW_A, CW_END},
        {CW_POUVOIR, CW_A, CW_END},
        {CW_POUVOIR, CW_DONNE, CW_A, CW_END},
        {CW_PROCURATION, CW_A, CW_END},
        {CW_PROCURATION, CW_DONNEE, CW_A, CW_END},
        {CW_DELEGATION, CW_DE, CW_VOTE, CW_A, CW_END},
        {CW_DELEGATION, CW_A, CW_END},
        {CW_MANDAT, CW_A, CW_END},
        {CW_REPRESENTE, CW_PAR, CW_END},
        {CW_REPRESENTEE, CW_PAR, CW_END},
        {CW_REPRESENTES, CW_PAR, CW_END},
        {CW_REPRESENTEES, CW_PAR, CW_END},
    };
    /* "X, qui avait donné procuration à Y", "X, ayant donné pouvoir à
       Y", "X, qui a donné pouvoir à Y": a relative clause or participle
       before the connector (then "a" or "donné(nt)" must follow) */
    size_t aux = 0;
    if (tok_is(x->c, &x->t[i], "qui"))
        aux = 1;
    /* (the auxiliaries start with a or o: tok_is() compares the first
       letter first) */
    if (i + aux < x->n && x->t[i + aux].kind == T_WORD && (x->t[i + aux].fw[0] == 'a' || x->t[i + aux].fw[0] == 'o')
        && tok_in_all(x->c, &x->t[i + aux], aux_words))
        aux++;
    /* (conn_skip() passes over punctuation and line ends only: a word
       stays where it is) */
    size_t j0 = i + aux < x->n && x->t[i + aux].kind == T_WORD ? i + aux : conn_skip(x, i + aux);
    if (aux && !(j0 < x->n && (tok_is(x->c, &x->t[j0], "a") || tok_cw(x, j0, CW_DONNE, true)
                               || tok_cw(x, j0, CW_DONNENT, true))))
        return 0;
    if (j0 < x->n && x->t[j0].kind == T_WORD && x->t[j0].fl >= 4 && x->t[j0].fl < PT_FW
        && x->t[j0].fw[x->t[j0].fl - 1] == 'a'
        && (x->t[j0].fw[x->t[j0].fl - 2] == '-'
            || ((unsigned char)x->c->text.s[x->t[j0].b - 2] == 0xC3
                && (unsigned char)x->c->text.s[x->t[j0].b - 1] == 0xA0))) {
        /* "pouvoir-à" (OCR read the blank as a hyphen), "pouvoirà" (the
           blank lost): the word then "à" */
        const ptok *t = &x->t[j0];
        size_t cut = t->fw[t->fl - 2] == '-' ? 2 : 1;
        static const unsigned char ends[] = {CW_POUVOIR, CW_PROCURATION, CW_DELEGATION, CW_MANDAT};
        for (size_t q = 0; q < sizeof ends; q++)
            if ((size_t)t->fl - cut == cwlen[ends[q]] && memcmp(t->fw, cwords[ends[q]], cwlen[ends[q]]) == 0)
                return j0 + 1 - i;
    }
    if (j0 < x->n && x->t[j0].kind == T_WORD) {
        if (!(x->t[j0].lazy & LZ_CONN_OUT))
            tok_cwords_out(x->c, &x->t[j0]);
        uint16_t first_ok = x->t[j0].cw_out;
        for (size_t s = 0; first_ok && s < sizeof seqs / sizeof seqs[0]; s++) {
            if (!(first_ok >> seqs[s][0] & 1))
                continue;
            size_t j = j0 + 1, k = 1;
            while (seqs[s][k] != CW_END) {
                j = conn_skip(x, j);
                /* "(pouvoir: à Y)": a colon OCR put between the words */
                if (j < x->n && x->t[j].kind == T_PUNCT && x->t[j].ch == ':')
                    j = conn_skip(x, j + 1);
                /* "pouvoir.à Y": a speck glued before the "à" */
                else if (seqs[s][k] == CW_A && j + 1 < x->n && x->t[j].kind == T_PUNCT && x->t[j].ch == '.' && x->t[j].a == x->t[j - 1].b
                         && x->t[j + 1].a == x->t[j].b && x->t[j + 1].kind == T_WORD)
                    j++;
                if (j >= x->n || !tok_cw(x, j, seqs[s][k], false))
                    break;
                j++;
                k++;
            }
            if (seqs[s][k] == CW_END)
                return j - i;
        }
    }
#undef CW_END
    if (bare_ok && tok_is(x->c, &x->t[i], "a") && x->t[i].b - x->t[i].a > 1) {
        /* bare "à" (not "a"): not "à partir", "à compter"; past line
           breaks and the specks OCR put after it at a line end ("X à
           .\nMme Y") */
        size_t j = skip_specks(x, i + 1);
        /* OCR: a lone capital "À" ending its line before a blank line
           ("X à M. Y À" / blank / "M. Z à …": the no-break space and
           ";" read as "À") is debris, no arrow */
        if ((unsigned char)x->c->text.s[x->t[i].a] == 0xC3 && (unsigned char)x->c->text.s[x->t[i].a + 1] == 0x80
            && i + 1 < x->n && x->t[i + 1].kind == T_NL && x->t[i + 1].blank)
            return 0;
        if (j < x->n && x->t[j].kind == T_WORD && !tok_is(x->c, &x->t[j], "partir")
            && !tok_is(x->c, &x->t[j], "compter") && x->t[j].cls != W_LOWER && x->t[j].cls != W_NUM)
            return 1;
        /* "à de LA FONTAINE Marie-Line": a particle then capitals */
        if (j + 1 < x->n && x->t[j].kind == T_WORD && x->t[j].cls == W_LOWER && tok_in_lx(x->c, &x->t[j], LX_PARTICLES)) {
            size_t j2 = j + 1;
            while (j2 < x->n && x->t[j2].kind == T_NL)
                j2++;
            if (j2 < x->n && x->t[j2].kind == T_WORD && x->t[j2].cls == W_UPPER)
                return 1;
        }
    }
    /* a text in capitals without accents: "M. BOUYGUES A M. FAUCHER",
       "MME LAPORTE A / MME MARTIN" (a capital "A" for "à" between a name
       in capitals and a civility) */
    if (bare_ok && i > 0 && x->t[i].kind == T_WORD && x->t[i].b == x->t[i].a + 1
        && x->c->text.s[x->t[i].a] == 'A' && x->t[i - 1].kind == T_WORD && x->t[i - 1].cls == W_UPPER) {
        size_t j = i + 1;
        while (j < x->n && (x->t[j].kind == T_NL || (x->t[j].kind == T_PUNCT && x->t[j].ch == '/')))
            j++;
        /* (the list's civility reader: "MME", "MMES" in capitals too) */
        size_t cu;
        bool cg;
        if (j < x->n && x->t[j].kind == T_WORD && civ_at(x, j, &cu, &cg))
            return 1;
    }
    if ((x->mode & PL_PROXY) && tok_is(x->c, &x->t[i], "par")) {
        /* "Représentés : M. X par Mme Y" (a list of proxies only): bare
           "par" before a civility or a name */
        size_t j = i + 1;
        while (j < x->n && x->t[j].kind == T_NL)
            j++;
        if (j < x->n && x->t[j].kind == T_WORD && x->t[j].cls != W_LOWER && x->t[j].cls != W_NUM)
            return 1;
    }
    return 0;
}

/* a byte at p of a token that belongs to the name: not a blank, and
   inside the ranges parsed when the token runs over a line end (multi:
   a word joined over a column's line end, "Jean-" ... "Luc") */
/* the first range r whose end is past p (x->nrg when none): the ranges
   come in text order, each after the one before (empty ones too), so
   their ends rise; a binary search, not a walk through a long list's
   lines for each name */
static size_t range_after(const pctx *x, size_t p)
{
    size_t lo = 0, hi = x->nrg;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->rg[mid].end > p)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* a range holds p: only the first whose end is past p can (the ones
   after it start at or after its end) */
static bool in_ranges(const pctx *x, size_t p)
{
    size_t r = range_after(x, p);
    return r < x->nrg && p >= x->rg[r].start;
}

static inline bool name_byte(const pctx *x, size_t p, bool multi)
{
    const char *s = x->c->text.s;
    if (s[p] == ' ' || s[p] == '\t' || is_nl(s[p]))
        return false;
    return !multi || in_ranges(x, p);
}

/* does [a, b) run over a line end? */
static bool crosses_line(const ex_call *c, size_t a, size_t b)
{
    return memchr(c->text.s + a, '\n', b - a) != NULL;
}

/* The base vowel (upper case) of a letter with diaeresis, given the second
   byte of its UTF-8 form (C3 xx), or 0. */
static char diaeresis_base(unsigned char b1)
{
    switch (b1) {
    case 0x84: case 0xA4: return 'A';   /* Ä ä */
    case 0x8B: case 0xAB: return 'E';   /* Ë ë */
    case 0x8F: case 0xAF: return 'I';   /* Ï ï */
    case 0x96: case 0xB6: return 'O';   /* Ö ö */
    case 0x9C: case 0xBC: return 'U';   /* Ü ü */
    default: return 0;
    }
}

/* A vowel with a diaeresis right after the same vowel ("DUÜBOIS",
   "CHAMPENOIÏS") is a speck OCR put on a doubled letter: no name writes
   it.  Drops those from the NUL-terminated family name out, in place. */
static void drop_doubled_diaeresis(char *out)
{
    /* (the bytes before the first 0xC3 stay where they are: most names
       have none) */
    const char *c3 = strchr(out, 0xC3);
    if (!c3)
        return;
    size_t o = (size_t)(c3 - out);
    for (size_t i = o; out[i]; i++) {
        if (o && (unsigned char)out[i] == 0xC3) {
            char v = diaeresis_base((unsigned char)out[i + 1]);
            if (v && (out[o - 1] == v || out[o - 1] == v + 32)) {
                i++;
                continue;
            }
        }
        out[o++] = out[i];
    }
    out[o] = 0;
}

static char *tok_join(pctx *x, const ptok *t, const size_t *idx, int n)
{
    ex_call *c = x->c;
    size_t len = 0;
    for (int k = 0; k < n; k++)
        len += t[idx[k]].b - t[idx[k]].a + 1;
    char *out = ex_arena_alloc(&c->arena, len + 1);
    if (!out) {
        c->oom = true;
        return NULL;
    }
    size_t o = 0;
    const char *s = c->text.s;
    for (int k = 0; k < n; k++) {
        if (k)
            out[o++] = ' ';
        size_t a = t[idx[k]].a, b = t[idx[k]].b;
        if (!t[idx[k]].joined) {
            /* (name_byte() takes each byte) */
            memcpy(out + o, s + a, b - a);
            o += b - a;
            continue;
        }
        bool multi = crosses_line(c, a, b);
        for (size_t p = a; p < b; p++)
            if (name_byte(x, p, multi))
                out[o++] = s[p];
    }
    out[o] = 0;
    return out;
}

/* given names joined by one blank; an initial keeps its dot, and
   "J.-C." stays one given name */
static char *given_join(pctx *x, const size_t *idx, int n)
{
    ex_call *c = x->c;
    const char *s = c->text.s;
    size_t len = 0;
    for (int k = 0; k < n; k++) {
        const ptok *t = &x->t[idx[k]];
        len += t->b - t->a + 1;
        if (idx[k] + 1 < x->n)
            len += x->t[idx[k] + 1].b - x->t[idx[k] + 1].a;     /* an initial's dot */
    }
    char *out = ex_arena_alloc(&c->arena, len + 1);
    if (!out) {
        c->oom = true;
        return NULL;
    }
    size_t o = 0;
    for (int k = 0; k < n; k++) {
        const ptok *t = &x->t[idx[k]];
        size_t e = t->b;
        if (t->cls == W_INITIAL && idx[k] + 1 < x->n && x->t[idx[k] + 1].kind == T_PUNCT
            && x->t[idx[k] + 1].ch == '.' && x->t[idx[k] + 1].a == t->b)
            e = x->t[idx[k] + 1].b;
        if (k) {
            bool hy = x->t[idx[k - 1]].kind == T_WORD && e > t->a && t->a > 0 && s[t->a - 1] == '-'
                      && o && out[o - 1] == '.';
            out[o++] = hy ? '-' : ' ';
        }
        if (!t->joined) {
            /* (name_byte() takes each byte: the word's and its dot's) */
            memcpy(out + o, s + t->a, e - t->a);
            o += e - t->a;
            continue;
        }
        bool multi = crosses_line(c, t->a, e);
        for (size_t p = t->a; p < e; p++)
            if (name_byte(x, p, multi))
                out[o++] = s[p];
    }
    out[o] = 0;
    return out;
}

static bool add_role(pctx *x, long e, size_t a, size_t b)
{
    if (e < 0)
        return true;
    pent *p = &x->ents->v[e];
    if (!p->role_b)
        p->role_a = a;
    if (b > p->role_b)
        p->role_b = b;
    return true;
}

/* The text value of [a, b) read through the ranges parsed: a name that
   runs over two lines of a column leaves out what the other column
   prints between them ("Mme Brigitte\n03/04/2024   BAUDOUIN" is "Mme
   Brigitte BAUDOUIN").  A piece that ends with '-' joins the next one
   without a blank ("Henri-" "Paul" -> "Henri-Paul"). */
static char *range_text(pctx *x, size_t a, size_t b)
{
    ex_call *c = x->c;
    size_t first = x->nrg, last = 0;
    /* (the ranges before range_after(a) all end at or before a) */
    for (size_t r = range_after(x, a); r < x->nrg && x->rg[r].start < b; r++) {
        if (x->rg[r].end <= a || x->rg[r].start >= b || x->rg[r].start == x->rg[r].end)
            continue;
        if (first == x->nrg)
            first = r;
        last = r;
    }
    if (first == x->nrg || first == last)
        return ex_text_value(c, &c->text, a, b);
    ex_buf buf = {0};
    bool ok = true;
    for (size_t r = first; ok && r <= last; r++) {
        size_t pa = x->rg[r].start > a ? x->rg[r].start : a;
        size_t pb = x->rg[r].end < b ? x->rg[r].end : b;
        if (pa >= pb)
            continue;
        char *v = ex_text_value(c, &c->text, pa, pb);
        if (!v)
            ok = false;
        else if (*v) {
            /* a line-end hyphen joins ("Jean-" + "Marc"), a spaced dash
               does not ("Michel -" + "THIÉRY"), as in ex_text_value() */
            if (buf.len && (buf.s[buf.len - 1] != '-' || (buf.len >= 2 && buf.s[buf.len - 2] == ' ')))
                ok = ex_buf_putc(c->alloc, &buf, ' ');
            ok = ok && ex_buf_put(c->alloc, &buf, v, strlen(v));
        }
    }
    char *out = ok ? ex_strndup(c, buf.s ? buf.s : "", buf.len) : NULL;
    if (!ok)
        c->oom = true;
    ex_buf_free(c->alloc, &buf);
    return out;
}

static long flush(pctx *x, pcur *k)
{
    ex_call *c = x->c;
    if (!cur_has_name(k)) {
        cur_reset(k);
        return -1;
    }
    int ng = k->ng, nf = k->nf;
    size_t g[8], f[8];
    memcpy(g, k->g, sizeof g);
    memcpy(f, k->f, sizeof f);
    if (!x->caps) {
        /* ordinary case: "Gérard Tessier" */
        if (ng >= 2) {
            for (int q = 1; q < ng; q++)
                f[nf++] = g[q];
            ng = 1;
        } else if (ng == 1 && k->civ && !nf) {
            f[nf++] = g[0];
            ng = 0;
        }
    }
    if (!nf) {
        if (k->civ && ng) {
            f[nf++] = g[--ng];
        } else {
            /* no family name: role text of the previous person */
            long last = (long)x->ents->n - 1;
            if (last >= 0 && !k->civ)
                add_role(x, last, x->t[k->g[0]].a, k->end);
            cur_reset(k);
            return -1;
        }
    }
    if (!ng && nf >= 2 && (k->civ || !x->has_cap)) {
        /* all capitals: "MONSIEUR JEAN-CLAUDE LEROY" (given first unless
           the first word is a particle) */
        if (!tok_in_lx(c, &x->t[f[0]], LX_PARTICLES)) {
            g[ng++] = f[0];
            memmove(f, f + 1, (size_t)(nf - 1) * sizeof f[0]);
            nf--;
        }
    }
    pent *e = pent_push(c, x->ents);
    if (!e) {
        c->oom = true;
        return -1;
    }
    e->p.civility = k->mixed ? NULL : k->civ;
    e->p.given = ng ? given_join(x, g, ng) : NULL;
    e->p.family = tok_join(x, x->t, f, nf);
    if (e->p.family)
        drop_doubled_diaeresis((char *)e->p.family);
    e->p.span.start = k->start;
    e->p.span.end = k->end;
    e->p.text = range_text(x, k->start, k->end);
    if (k->couple) {
        /* "M. et Mme BERNARD": two persons with the group's name and span,
           the first with the first civility */
        pent two = *e;
        e->p.civility = k->couple;
        pent *e2 = pent_push(c, x->ents);
        if (!e2) {
            c->oom = true;
            return -1;
        }
        *e2 = two;
        e = e2;
    }
    long idx = (long)x->ents->n - 1;
    if (x->pending >= 0 && x->pending < idx) {
        e->target = true;
        ex_proxy *pr = ex_vec_push(c->alloc, x->px);
        if (!pr) {
            c->oom = true;
            return -1;
        }
        pr->from = x->ents->v[x->pending].p;
        pr->to = e->p;
        pr->span.start = pr->from.span.start;
        pr->span.end = e->p.span.end;
        x->pending = -1;
    }
    cur_reset(k);
    return idx;
}

static inline void add_name(pctx *x, pcur *k, size_t i, bool family)
{
    if (!cur_has_name(k) && !k->civ)
        k->start = x->t[i].a;
    if (!cur_has_name(k) && k->civ && k->group)
        k->start = x->t[i].a;
    if (family) {
        if (k->nf < 8)
            k->f[k->nf++] = i;
        if (!k->order)
            k->order = 2;
        k->last = 2;
    } else {
        if (k->ng < 8)
            k->g[k->ng++] = i;
        if (!k->order)
            k->order = 1;
        k->last = 1;
    }
    k->end = x->t[i].b;
    /* an initial keeps its dot: "DURAND J.", "J.-C. MARTIN" */
    if (x->t[i].cls == W_INITIAL && i + 1 < x->n && x->t[i + 1].kind == T_PUNCT && x->t[i + 1].ch == '.'
        && x->t[i + 1].a == x->t[i].b)
        k->end = x->t[i + 1].b;
}

/* past line breaks and stray specks (punctuation other than , ; ( ),
   at most 6 tokens) from token j; j itself when there are none */
static size_t skip_specks(const pctx *x, size_t j)
{
    size_t q = j;
    while (q < x->n && q < j + 6
           && (x->t[q].kind == T_NL
               || (x->t[q].kind == T_PUNCT && x->t[q].ch != ',' && x->t[q].ch != ';' && x->t[q].ch != '('
                   && x->t[q].ch != ')')))
        q++;
    return q;
}

/* "M. et Mme BERNARD", "Monsieur et Madame X" (a couple, "et" may end
   the line): at i the "M" (or "Monsieur"), then its dot, "et", a line
   break, then the civility "Mme" of one person before a name; returns
   the tokens read up to the name (*used), else 0 */
static size_t couple_at(const pctx *x, size_t i, size_t i1, size_t *used)
{
    size_t j = i + 1;
    if (j < i1 && x->t[j].kind == T_PUNCT && x->t[j].ch == '.')
        j++;
    else if (x->t[i].b - x->t[i].a == 1)
        return 0;
    if (!(j < i1 && x->t[j].kind == T_WORD && tok_is(x->c, &x->t[j], "et")))
        return 0;
    j++;
    if (j < i1 && x->t[j].kind == T_NL && !x->t[j].blank)
        j++;
    size_t u;
    bool g;
    const char *civ = j < i1 && x->t[j].kind == T_WORD ? civ_at(x, j, &u, &g) : NULL;
    if (!civ || g || strcmp(civ, "Mme") != 0 || j + u >= i1 || x->t[j + u].kind != T_WORD)
        return 0;
    *used = j + u - i;
    return *used;
}

/* p opens a line whose previous text line ends with a full stop (blank
   lines between: OCR) */
static bool sentence_after_stop(const char *s, size_t p)
{
    size_t q = p;
    while (q > 0 && is_blank(s[q - 1]))
        q--;
    if (!(q > 0 && s[q - 1] == '\n'))
        return false;
    while (q > 0 && (is_blank(s[q - 1]) || s[q - 1] == '\r' || s[q - 1] == '\n') && p - q < 16)
        q--;
    return q > 0 && s[q - 1] == '.';
}

/* A group label inside a list: "ARGENVILLE : M. X, Mme Y ;" (members
   grouped by commune, the commune in capitals), "Membres élus : M. X",
   "Collège des usagers : Mme Y": 1 to 6 words, then a colon, then (past
   line breaks) a civility; the words are all in capitals, or the first is
   a college word.  Not a name, and not the end of the list.  Returns the
   token after the colon (0: none). */
static size_t group_label(const pctx *x, size_t i, size_t i1)
{
    static const char *const college[] = {"membres", "membre", "college", "representants", "representant",
                                          "representantes", "representante", NULL};
    static const char *const college_p[] = {"personnes", "personne", "personnalites", "personnalite", NULL};
    size_t j = i;
    bool upper = true;
    /* (a college's heading may be long: "Collège des personnalités
       qualifiées et des représentants des usagers :") */
    /* (the college words start with m, c, r or "per": tok_is() compares the
       first letter first; "Personne qualifiée :", "Représentante du
       personnel :" rows of a dash list, a blank line put between them by
       the OCR) */
    size_t lim = i < i1 && x->t[i].kind == T_WORD
                 && (((x->t[i].fw[0] == 'm' || x->t[i].fw[0] == 'c' || x->t[i].fw[0] == 'r')
                      && tok_in_all(x->c, &x->t[i], college))
                     || (x->t[i].fw[0] == 'p' && x->t[i].fw[1] == 'e' && x->t[i].fw[2] == 'r'
                         && tok_in_all(x->c, &x->t[i], college_p))) ? 12 : 6;
    for (; j < i1 && j < i + lim && x->t[j].kind == T_WORD; j++)
        if (x->t[j].cls != W_UPPER)
            upper = false;
    if (j == i || j >= i1 || x->t[j].kind != T_PUNCT)
        return 0;
    /* the colon, or (a college's heading, OCR) a speck for it ending its
       line: "… des représentants des usagers *" */
    if (x->t[j].ch != ':'
        && !(lim == 12 && x->t[j].ch != '(' && x->t[j].ch != ',' && j + 1 < i1 && x->t[j + 1].kind == T_NL))
        return 0;
    size_t used;
    bool group;
    if (!upper && lim == 6)
        return 0;
    for (size_t q = i; q < j; q++)
        if (civ_at(x, q, &used, &group))
            return 0;
    size_t q = j + 1;
    /* (OCR: a detached speck ending the label's line, "PRESLY-LES-FORGES
       : .\nM. X") */
    if (q + 1 < i1 && x->t[q].kind == T_PUNCT && x->t[q].a > x->t[j].b && x->t[q + 1].kind == T_NL
        && !strchr("(),;", x->t[q].ch))
        q++;
    while (q < i1 && x->t[q].kind == T_NL)
        q++;
    /* (OCR: a speck opening the next line, ". Dr Fabien X") */
    if (lim == 12 && q + 1 < i1 && x->t[q].kind == T_PUNCT && x->t[q].ch != '(')
        q++;
    return q < i1 && civ_at(x, q, &used, &group) ? j + 1 : 0;
}

static bool role_word(const pctx *x, size_t i);

/* "– Aubigny-la-Rivière : Mme X" at token i: a row of a "– Commune :
   person" list (a dash opening the line, capitalised words, no role
   word, then ":" and a civility) */
static bool place_label(const pctx *x, size_t i)
{
    /* (OCR: the dash read "_", specks around it: ".—", "-—") */
    size_t h = i;
    bool dash = false;
    while (h > 0 && i - h < 3 && x->t[h - 1].kind == T_PUNCT) {
        h--;
        dash |= x->t[h].ch == '-' || x->c->text.s[x->t[h].a] == '_';
    }
    if (!dash || !h || x->t[h - 1].kind != T_NL)
        return false;
    size_t j = i;
    for (; j < x->n && j < i + 4 && x->t[j].kind == T_WORD; j++)
        if ((x->t[j].cls != W_CAP && x->t[j].cls != W_UPPER) || role_word(x, j))
            return false;
    if (j == i || j >= x->n || x->t[j].kind != T_PUNCT || x->t[j].ch != ':')
        return false;
    size_t q = j + 1, used;
    bool group;
    while (q < x->n && x->t[q].kind == T_NL)
        q++;
    return q < x->n && civ_at(x, q, &used, &group);
}

/* a row "Canton de Monthelon : Mme X" opening at token i: 1 to 10
   words (the first capitalised, no civility; inner hyphens and
   apostrophes), then ":" and (past line breaks) a civility */
static bool label_row(const pctx *x, size_t i)
{
    if (i >= x->n || x->t[i].kind != T_WORD || (x->t[i].cls != W_CAP && x->t[i].cls != W_UPPER))
        return false;
    size_t used, j = i;
    bool group;
    for (; j < x->n && j < i + 10; j++) {
        const ptok *t = &x->t[j];
        if (t->kind == T_PUNCT && t->ch == ':')
            break;
        if (t->kind == T_WORD ? civ_at(x, j, &used, &group) != NULL
                              : !(t->kind == T_PUNCT && (t->ch == '-' || t->ch == '\'')))
            return false;
    }
    if (j >= x->n || x->t[j].kind != T_PUNCT || x->t[j].ch != ':')
        return false;
    size_t q = j + 1;
    while (q < x->n && x->t[q].kind == T_NL)
        q++;
    return q < x->n && civ_at(x, q, &used, &group);
}

/* after a blank line, at token i: a "Canton de Monthelon : Mme X" row
   whose first word opens the row above the blank line the same way
   ("Canton de Brévilliers : Mme A, M. B\n\nCanton de Monthelon : Mme
   C": members grouped by canton, commune, college, the blank line put
   by the OCR).  A label of another kind ("Absents excusés : M. Y") is
   no such row. */
static bool label_row_again(const pctx *x, size_t i)
{
    const ptok *t = &x->t[i];
    if (t->fl == PT_LONG || !label_row(x, i))
        return false;
    size_t p = i;
    while (p > 0 && x->t[p - 1].kind != T_NL)
        p--;
    if (!p || !x->t[p - 1].blank)
        return false;
    while (p > 0 && x->t[p - 1].kind == T_NL)
        p--;
    while (p > 0 && x->t[p - 1].kind != T_NL)
        p--;
    while (p < i && x->t[p].kind == T_PUNCT)
        p++;    /* (OCR specks opening the row) */
    return p < i && x->t[p].fl == t->fl && !memcmp(x->t[p].fw, t->fw, t->fl) && label_row(x, p);
}

/* does a person start at token i (after junk)?  For the end of a list
   at a full stop or a blank line. */
static bool person_follows(const pctx *x, size_t i)
{
    while (i < x->n && (x->t[i].kind == T_NL || x->t[i].kind == T_GAP
                        || (x->t[i].kind == T_PUNCT && x->t[i].ch != '(')
                        || (x->t[i].kind == T_WORD && (x->t[i].cls == W_NUM || x->t[i].cls == W_OTHER))))
        i++;
    if (i >= x->n)
        return false;
    if (x->t[i].kind == T_PUNCT && x->t[i].ch == '(')
        return true;    /* "M. Didier\nLORRE\n\n(pouvoir à ...)" (OCR) */
    if (group_label(x, i, x->n))
        return true;    /* "Membres nommés : Mme X", "THIAVILLE : M. Y" */
    if (place_label(x, i))
        return true;    /* "– Aubigny-la-Rivière : Mme X" after a blank line (OCR) */
    if (label_row_again(x, i))
        return true;
    size_t used;
    bool group;
    size_t j = i;
    bool civ = false;
    if (civ_at(x, i, &used, &group)) {
        j = i + used;
        civ = true;
    } else if (x->civ_list) {
        return false;
    }
    int names = 0, fam = 0;
    for (;;) {
        if (civ && !fam && names <= 3) {
            /* "M.\n\nMarcel", "M. Jean-Pierre\n\nCOSNARD" (OCR broke
               the line inside the name): the name goes on past line
               breaks and stray specks */
            size_t q = skip_specks(x, j);
            size_t u2;
            bool g2;
            if (q > j && q < x->n && x->t[q].kind == T_WORD
                && (x->t[q].cls == W_UPPER || x->t[q].cls == W_CAP) && !civ_at(x, q, &u2, &g2))
                j = q;
        }
        if (!(j < x->n && x->t[j].kind == T_WORD
              && (x->t[j].cls == W_UPPER || x->t[j].cls == W_CAP || x->t[j].cls == W_INITIAL
                  || (x->t[j].cls == W_LOWER && tok_in_lx(x->c, &x->t[j], LX_PARTICLES)))))
            break;
        if (x->t[j].cls == W_UPPER)
            fam++;
        names++;
        j++;
    }
    if (!names || (x->caps && !fam) || names > 5)
        return false;
    if (!x->caps && names < 2 && j == i)
        return false;
    /* the name is followed by a separator, a line end, the end */
    while (j < x->n && x->t[j].kind == T_NL)
        return true;
    if (j >= x->n)
        return true;
    if (x->t[j].kind == T_PUNCT && strchr(",;.()-", x->t[j].ch))
        return true;
    if (x->t[j].kind == T_GAP)
        return true;
    /* (OCR: a speck for the gap between the two columns of a row, "Mme
       Sophie BERTHELOT * M. Didier CHAMBRIER", "Mme Odile GIRERD : M.
       Marc HUGONNARD") */
    if (civ && x->t[j].kind == T_PUNCT && x->t[j].spaced && j + 1 < x->n && civ_at(x, j + 1, &used, &group))
        return true;
    if (connector_at(x, j, (x->mode & PL_PROXY) != 0))
        return true;
    if (tok_is(x->c, &x->t[j], "et"))
        return true;
    return false;
}

/* after a blank line: one or two words in capitals then a comma, the
   rest of a family name split by the OCR layout */
static bool continues_family(const pctx *x, size_t i)
{
    while (i < x->n && x->t[i].kind == T_PUNCT && x->t[i].ch != ',' && x->t[i].ch != ';')
        i++;
    int up = 0;
    while (i < x->n && x->t[i].kind == T_WORD && x->t[i].cls == W_UPPER) {
        size_t u;
        bool g;
        if (civ_at(x, i, &u, &g))
            return false;
        up++;
        i++;
    }
    return up >= 1 && up <= 2 && i < x->n && x->t[i].kind == T_PUNCT && (x->t[i].ch == ',' || x->t[i].ch == ';');
}

/* the word starts with a role word: all of it, or followed by '-', 's'
   or 'e' */
static bool role_prefix(const pctx *x, const ptok *t)
{
    /* ex_match_fold()'s first step once for all the words: an ASCII
       first byte is the word's first letter in lower case */
    const plex *l = &((const pers_eng *)x->c->eng->persons)->lx[LX_ROLES];
    if (t->fl != PT_LONG && t->fl == t->b - t->a) {
        /* one byte per character: the fold fw is the word's bytes read
           as ex_match_fold() reads them, so a key it takes is a prefix
           of fw and its match ends at the key's length */
        unsigned f0 = (unsigned char)t->fw[0];
        /* every key has 3+ letters: the fold's second byte is one key's
           second byte of the bucket (its bit in sec), else none is a
           prefix (most words) */
        if (f0 >= 128 || !(l->sec[f0] >> ((unsigned char)t->fw[1] & 31) & 1))
            return false;
        for (size_t j = 0; f0 < 128 && j < l->n[f0]; j++) {
            const char *key = role_words[l->k[f0][j]];
            size_t kl = 0;
            while (key[kl] && key[kl] == t->fw[kl])
                kl++;           /* (fw ends with a NUL no key byte is) */
            if (!key[kl]
                && (kl == t->fl || t->fw[kl] == '-' || x->c->text.s[t->a + kl] == 's'
                    || x->c->text.s[t->a + kl] == 'e'))
                return true;
        }
        return false;
    }
    char f = tok_first(x->c, t);
    size_t nk = f ? l->n[(unsigned char)f] : SIZE_MAX;
    for (size_t j = 0; j < nk; j++) {
        size_t k = f ? l->k[(unsigned char)f][j] : j;
        if (!f && !role_words[k])
            break;
        /* (ex_match_fold() reads one key letter per character, as fw
           holds them: a key that is no prefix of fw does not match) */
        if (t->fl != PT_LONG) {
            size_t kl = 0;
            while (role_words[k][kl] && role_words[k][kl] == t->fw[kl])
                kl++;
            if (role_words[k][kl])
                continue;
        }
        size_t m = ex_match_fold(x->c->text.s + t->a, t->b - t->a, role_words[k]);
        if (m && (m == t->b - t->a || x->c->text.s[t->a + m] == '-' || x->c->text.s[t->a + m] == 's'
                  || x->c->text.s[t->a + m] == 'e'))
            return true;
    }
    return false;
}

static bool role_word(const pctx *x, size_t i)
{
    ptok *t = &x->t[i];
    if (t->kind != T_WORD)
        return false;
    if (!(t->lazy & LZ_ROLE)) {
        t->rolep = role_prefix(x, t);
        t->lazy |= LZ_ROLE;
    }
    if (t->rolep)
        return true;
    if (x->t[i].cls == W_OTHER || x->t[i].cls == W_NUM) {
        /* "1er adjoint", "2ème Vice-Président" */
        return i + 1 < x->n && role_word(x, i + 1);
    }
    return false;
}

/* a military or fire-service rank printed before a name ("Colonel",
   "Commandant", "Adjudant-chef", "Médecin-colonel", "Lieutenant-colonel"):
   no civility of the contract, kept out of the name like a role.  Each
   part of a hyphenated rank is a rank, a corps ("médecin", "pharmacien")
   or "sous"/"chef"; the last part is a rank or "chef" after a rank. */
static bool rank_part(const char *w, size_t n, bool last, bool after_rank)
{
    static const char *const ranks[] = {
        "colonel", "commandant", "capitaine", "lieutenant", "adjudant", "sergent",
        "caporal", "sapeur", "aspirant", "general", "major", "brigadier", "amiral",
        NULL
    };
    static const char *const corps[] = {"medecin", "pharmacien", "veterinaire", "infirmier",
                                        "infirmiere", "sous", NULL};
    /* the words are 4 to 11 letters long: other lengths are none of
       them (no strlen() of each word of the lists for every part) */
    if (n < 4 || n > 11)
        return false;
    /* the first letters of the words below (ranks, "chef", corps):
       another one is none of them */
    switch (w[0]) {
    case 'a': case 'b': case 'c': case 'g': case 'i': case 'l': case 'm': case 'p': case 's': case 'v':
        break;
    default:
        return false;
    }
    for (size_t k = 0; ranks[k]; k++)
        if (ranks[k][0] == w[0] && strlen(ranks[k]) == n && memcmp(ranks[k], w, n) == 0)
            return true;
    if (n == 4 && memcmp(w, "chef", 4) == 0)
        return last && after_rank;
    for (size_t k = 0; !last && corps[k]; k++)
        if (corps[k][0] == w[0] && strlen(corps[k]) == n && memcmp(corps[k], w, n) == 0)
            return true;
    return false;
}

static bool rank_word(const pctx *x, size_t i)
{
    const ptok *t = &x->t[i];
    if (t->kind != T_WORD || t->cls != W_CAP || t->fl == PT_LONG)
        return false;
    const char *w = t->fw;
    size_t n = t->fl, p = 0;
    bool after_rank = false;
    while (p < n) {
        size_t q = p;
        while (q < n && w[q] != '-')
            q++;
        bool last = q >= n;
        if (!rank_part(w + p, q - p, last, after_rank))
            return false;
        if (!(q - p == 4 && memcmp(w + p, "chef", 4) == 0))
            after_rank = after_rank || rank_part(w + p, q - p, true, false);
        p = q + 1;
    }
    /* a name follows: a capitalised given name or a family name */
    return i + 1 < x->n && x->t[i + 1].kind == T_WORD
           && (x->t[i + 1].cls == W_CAP || x->t[i + 1].cls == W_UPPER);
}

/* A role label heading the names after it ("Vice-présidents : M. X,
   Mme Y", "MEMBRES : ...", "Conseillers délégués : DUPONT Jean"): a role
   word, at most 4 more words, then ':'.  Returns the token after the
   ':', or 0. */
static size_t role_label(const pctx *x, size_t i, size_t i1)
{
    if (x->t[i].joined || !role_word(x, i))
        return 0;   /* (not "Vice-\nDate de la convocation :", OCR columns) */
    /* not "suppléant de :\n: M. Y" (OCR specks after "de": the member
       replaced, subst_target()) */
    if (i + 1 < i1 && tok_in_lx(x->c, &x->t[i], LX_SUBST) && tok_is(x->c, &x->t[i + 1], "de"))
        return 0;
    size_t j = i + 1;
    while (j < i1 && j < i + 5 && x->t[j].kind == T_WORD)
        j++;
    if (j >= i1 || x->t[j].kind != T_PUNCT || x->t[j].ch != ':')
        return 0;
    size_t used;
    bool group;
    for (size_t q = i; q < j; q++)
        if (civ_at(x, q, &used, &group))
            return 0;
    return j + 1;
}

static void run(pctx *x, size_t i0, size_t i1);

/* "M. le Maire", "Monsieur le Préfet", "Mme la Présidente", "M. le
   MAIRE": a civility then an article then a word - a role, not a name.
   Returns the tokens up to the next separator (0: not such a phrase). */
static size_t civ_role_at(const pctx *x, size_t i, size_t i1)
{
    ex_call *c = x->c;
    const ptok *t = &x->t[i];
    if (t->kind != T_WORD)
        return 0;
    static const char *const civ[] = {"m", "mme", "mr", "monsieur", "madame", "mlle", "mademoiselle", NULL};
    if (!tok_in_all(c, t, civ) || (c->text.s[t->a] != 'M' && c->text.s[t->a] != 'm'))
        return 0;
    size_t j = i + 1;
    if (j < i1 && x->t[j].kind == T_PUNCT && x->t[j].ch == '.')
        j++;
    if (j >= i1 || !(tok_is(c, &x->t[j], "le") || tok_is(c, &x->t[j], "la") || tok_is(c, &x->t[j], "l")))
        return 0;
    if (x->t[j].cls != W_LOWER)
        return 0;   /* "M. LE GALL" */
    j++;
    if (j < i1 && x->t[j].kind == T_PUNCT && x->t[j].ch == '\'')
        j++;
    if (j >= i1 || x->t[j].kind != T_WORD || !role_word(x, j))
        return 0;
    while (j < i1 && !(x->t[j].kind == T_PUNCT && (x->t[j].ch == ',' || x->t[j].ch == ';' || x->t[j].ch == '.'
                                                    || x->t[j].ch == '(' || (x->t[j].ch == '-' && x->t[j].spaced)))
           && x->t[j].kind != T_GAP && !(x->t[j].kind == T_NL && x->t[j].blank))
        j++;
    return j - i;
}

/* a parenthesised remark after a person */
static void paren(pctx *x, size_t open, size_t close, long who)
{
    ex_call *c = x->c;
    if (who < 0 || close <= open + 1)
        return;
    size_t i = open + 1;
    while (i < close && x->t[i].kind != T_WORD)
        i++;
    if (i >= close)
        return;
    size_t a = x->t[open + 1].a, b = x->t[close - 1].b;
    size_t used = connector_at(x, i, true);
    if (used) {
        /* X (pouvoir à Y) */
        size_t before = x->ents->n;
        long save = x->pending;
        x->pending = who;
        run(x, i + used, close);
        if (x->ents->n > before && x->px->n) {
            x->px->v[x->px->n - 1].span.end = x->t[close].b;
        }
        x->pending = save == who ? -1 : save;
        return;
    }
    pent *e = &x->ents->v[who];
    if (tok_in_lx(c, &x->t[i], LX_SUBST) && (!tok_is(c, &x->t[i], "en") || (i + 1 < close && tok_is(c, &x->t[i + 1], "remplacement")))) {
        size_t j = i + 1;
        bool passive = false;
        while (j < close && x->t[j].kind == T_WORD && x->t[j].cls == W_LOWER)
            passive |= tok_is(c, &x->t[j++], "par");
        if (!passive) {
            /* (not "remplacé par M. Y": Y stands in for this one) */
            if (j < close)
                e->p.substitute_for = ex_text_value(c, &c->text, x->t[j].a, b);
            return;
        }
    }
    if (tok_in_lx(c, &x->t[i], LX_NOTES) && !role_word(x, i)) {
        e->p.note = ex_text_value(c, &c->text, a, b);
        return;
    }
    add_role(x, who, a, b);
}

/* an OCR speck token of subst_target(): ':' or '.' */
static bool speck_tok(const ptok *t)
{
    return t->kind == T_PUNCT && (t->ch == '.' || t->ch == ':');
}


/* OCR: a substitute's word one letter off ("suppléanie de M. Y",
   "supp1éant de": ex_ocr_kw_edit1()), before "de" */
static bool subst_ocr(const pctx *x, size_t i, size_t i1)
{
    const ptok *t = &x->t[i];
    if (t->kind != T_WORD || memcmp(t->fw, "supp", 4) != 0 || i + 1 >= i1 || !tok_is(x->c, &x->t[i + 1], "de"))
        return false;
    const char *s = x->c->text.s;
    size_t n = t->b - t->a;
    return ex_ocr_kw_edit1(s + t->a, n, "suppleante", true) == n || ex_ocr_kw_edit1(s + t->a, n, "suppleant", true) == n;
}

/* After "suppléant(e)" / "remplaçant(e)" / "en" (of "en remplacement")
   at i - 1 in a list ("M. X – suppléant de M. Y", "M. X en remplacement de
   M. Y", "M. X remplaçant M. Y"): the member replaced, "de M. Y" up to the
   end of the item (a line end, ',', ';', '(', a spaced dash, a column
   gap), becomes the substitute_for of the last person.  Returns the token
   after it, or i when no family name follows ("remplacé par M. Y": the
   other way round, not read). */
static size_t subst_target(pctx *x, size_t i, size_t i1, long last)
{
    ex_call *c = x->c;
    size_t j = i;
    while (j < i1 && x->t[j].kind == T_WORD && x->t[j].cls == W_LOWER) {
        if (tok_is(c, &x->t[j], "par"))
            return i;
        j++;    /* "de", "d'", "remplacement de" */
    }
    /* "suppléant de\nM. Joël HAMON": the member replaced on the next
       line (one line end after "de"; a blank line only before a
       civility); OCR specks ':'
       '.' at the line end and opening the next one ("suppléant de :\n:
       M. Marcel DELPRAT") */
    if (j > i) {
        size_t k = j;
        while (k < i1 && k < j + 2 && speck_tok(&x->t[k]))
            k++;
        if (k + 1 < i1 && x->t[k].kind == T_NL) {
            size_t m = k + 1;
            while (m < i1 && m < k + 3 && speck_tok(&x->t[m]))
                m++;
            /* (over a blank line OCR put there: only to a civility,
               "suppléant de\n\nM. Joël HAMON") */
            size_t used = 0;
            bool group = false;
            if (m < i1 && x->t[m].kind == T_WORD && (!x->t[k].blank || civ_at(x, m, &used, &group)))
                j = m;
        }
    }
    bool direct = i > 0 && (tok_is(c, &x->t[i - 1], "remplacant") || tok_is(c, &x->t[i - 1], "remplacante")
                            || tok_is(c, &x->t[i - 1], "remplace") || tok_is(c, &x->t[i - 1], "supplee"));
    size_t a = j, b = j, upper = 0;
    for (; b < i1; b++) {
        const ptok *t = &x->t[b];
        /* "suppléant de M. Jean\nBARTHELET": the name cut by a line end
           (one line end, before its family name; OCR specks ':' '.'
           opening the next line, "M. Jean :\n. BARTHELET") */
        if (t->kind == T_NL && !t->blank && !upper && b > a) {
            size_t j = b + 1;
            while (j < i1 && j < b + 3 && speck_tok(&x->t[j]))
                j++;
            if (j < i1 && x->t[j].kind == T_WORD && x->t[j].cls == W_UPPER) {
                b = j - 1;
                continue;
            }
        }
        if (t->kind == T_NL || t->kind == T_GAP)
            break;
        if (t->kind == T_PUNCT && (t->ch == ',' || t->ch == ';' || t->ch == '(' || (t->ch == '-' && t->spaced)))
            break;
        if (t->kind == T_WORD && t->cls == W_UPPER)
            upper++;
    }
    if ((j == i && !direct) || a >= b || !upper || last < 0)
        return i;
    /* (the name without the OCR debris after it: words in lower case,
       marks, a lone letter: "M. Marcel DELPRAT as - :", "Mme Josette
       FERRIÈRE : nn :", "M. Marcel DELPRAT : À ‘") */
    size_t nb = b;
    while (nb > a + 1) {
        const ptok *d = &x->t[nb - 1];
        size_t dl = d->b - d->a;
        if (!((d->kind == T_WORD && d->cls == W_LOWER) || (d->kind == T_PUNCT && d->ch != ')' && d->ch != '.')
              || (d->kind == T_WORD && (dl == 1 || (dl == 2 && (unsigned char)c->text.s[d->a] >= 0xC0)))))
            break;
        nb--;
    }
    pent *e = &x->ents->v[last];
    e->p.substitute_for = ex_text_value(c, &c->text, x->t[a].a, x->t[nb - 1].b);
    return b;
}

static void run(pctx *x, size_t i0, size_t i1)
{
    ex_call *c = x->c;
    pcur k;
    memset(&k, 0, sizeof k);
    bool in_role = false;       /* words after a name: its role */
    bool seg_start = true;      /* just after a separator */
    long last = -1;             /* last entry made by this run */
    size_t i = i0;
    x->stop = i1 < x->n ? x->t[i1 > 0 ? i1 - 1 : 0].b : (x->n ? x->t[x->n - 1].b : 0);
    while (i < i1 && !c->oom) {
        ptok *t = &x->t[i];
        if (t->kind == T_NL) {
            if (t->blank) {
                bool incomplete = (k.civ && !k.nf && !(k.ng && !x->caps)) || (k.ng && !k.nf && x->caps);
                if (x->sfirst && k.nf && !k.ng && i + 1 < i1 && x->t[i + 1].kind == T_WORD
                    && x->t[i + 1].cls == W_CAP && !role_word(x, i + 1)
                    && (i + 2 >= i1 || x->t[i + 2].kind != T_WORD)) {
                    i++;    /* "de LA FONTAINE\n\nMarie-Line" (OCR): the given name follows */
                    continue;
                }
                if (!incomplete && k.nf && x->civ_list && continues_family(x, i + 1)) {
                    i++;    /* "DE LA\n\nMOTTE-ROUGE," (OCR) */
                    continue;
                }
                if (in_role && !cur_has_name(&k) && i + 1 < i1 && x->t[i + 1].kind == T_WORD
                    && x->t[i + 1].cls == W_LOWER) {
                    i++;    /* a role going on after a blank line (OCR) */
                    continue;
                }
                if (!incomplete && !cur_has_name(&k) && i > i0 && x->t[i - 1].kind == T_PUNCT
                    && x->t[i - 1].ch == ',' && i + 1 < i1 && role_word(x, i + 1)) {
                    i++;    /* "Mme X,\n\nvice-présidente, M. Y": a comma, then a
                               role after the blank line (OCR): the list goes on */
                    continue;
                }
                if (!incomplete && k.nf && (x->mode & PL_PROXY) && i + 1 < i1 && x->t[i + 1].kind == T_WORD
                    && x->t[i + 1].cls == W_LOWER && connector_at(x, i + 1, true)) {
                    i++;    /* "Mme X" / "" / "par Mme Y, …" (OCR): the proxy's
                               connector after a blank line, the list goes on */
                    continue;
                }
                if (!incomplete) {
                    long e = flush(x, &k);
                    if (e >= 0)
                        last = e;
                    if (!person_follows(x, i + 1)) {
                        x->stop = t->a;
                        break;
                    }
                    in_role = false;
                    seg_start = true;
                }
            }
            i++;
            continue;
        }
        if (t->kind == T_GAP) {
            long e = flush(x, &k);
            if (e >= 0)
                last = e;
            in_role = false;
            seg_start = true;
            i++;
            continue;
        }
        if (t->kind == T_PUNCT) {
            char ch = t->ch;
            /* "M. A (Commune)   → M. B": a proxy table's arrow (not
               after the receiver of a proxy: "X à Y – Z à W") */
            size_t au = (ch == '?' || ch == '-') && x->pending < 0 && (cur_has_name(&k) || last >= 0)
                            ? arrow_at(x, i) : 0;
            if (au && (cur_has_name(&k) || !x->ents->v[last].target)) {
                long e = cur_has_name(&k) ? flush(x, &k) : last;
                if (e >= 0) {
                    last = e;
                    x->pending = e;
                }
                in_role = false;
                seg_start = true;
                i += au;
                continue;
            }
            if (ch == ',' || ch == ';' || (ch == '-' && t->spaced)) {
                if (cur_has_name(&k)) {
                    long e = flush(x, &k);
                    if (e >= 0)
                        last = e;
                }
                in_role = false;
                seg_start = true;
                i++;
                continue;
            }
            if (ch == '.' && (t->a == 0 || c->text.s[t->a - 1] == ' ' || c->text.s[t->a - 1] == '\t'
                              || is_nl(c->text.s[t->a - 1]))) {
                i++;    /* a detached dot: OCR speck, not a full stop */
                continue;
            }
            if (ch == '.' && i > 0 && x->t[i - 1].kind == T_WORD && x->t[i - 1].cls == W_INITIAL
                && x->t[i - 1].b == t->a && i + 1 < i1
                && ((x->t[i + 1].kind == T_PUNCT && (x->t[i + 1].ch == ',' || x->t[i + 1].ch == ';'
                                                     || x->t[i + 1].ch == '-' || x->t[i + 1].ch == '('))
                    || (x->t[i + 1].kind == T_WORD && (x->t[i + 1].cls == W_OTHER || x->t[i + 1].cls == W_NUM)
                        && role_word(x, i + 1)))) {
                /* the dot of an initial: "DURAND J., 2e adjoint", "DURAND
                   J. 2e adjoint" (OCR lost the comma) */
                i++;
                continue;
            }
            if (ch == '.' && k.nf > 0 && k.last == 2 && i > 0 && x->t[i - 1].kind == T_WORD
                && x->t[i - 1].cls == W_UPPER && x->t[i - 1].b == t->a && tok_in_lx(c, &x->t[i - 1], LX_PARTICLES)) {
                /* "LE.\nCORRE" (OCR): a family name does not end with a
                   particle; the dot is a speck when capitals follow */
                size_t j = i + 1;
                while (j < i1 && x->t[j].kind == T_NL && !x->t[j].blank)
                    j++;
                size_t u2;
                bool g2;
                if (j < i1 && x->t[j].kind == T_WORD && x->t[j].cls == W_UPPER && !civ_at(x, j, &u2, &g2)) {
                    i++;
                    continue;
                }
            }
            if (ch == '.' && in_role && x->t[i - 1].kind == T_WORD && x->t[i - 1].cls == W_LOWER
                && x->t[i - 1].b == t->a && i + 1 < i1 && x->t[i + 1].kind == T_WORD && x->t[i + 1].cls == W_LOWER
                && tok_in_lx(c, &x->t[i + 1], LX_PARTICLES)) {
                /* a dot inside a role, an article or "de" after it on
                   the line ("directeur. du syndicat", "représentant.des
                   officiers": an OCR speck, an abbreviation): no full
                   stop */
                i++;
                continue;
            }
            if (ch == '.') {
                bool incomplete = (k.civ && !cur_has_name(&k)) || (x->caps && cur_has_name(&k) && !k.nf);
                if (incomplete) {
                    i++;
                    continue;
                }
                if (cur_has_name(&k)) {
                    long e = flush(x, &k);
                    if (e >= 0)
                        last = e;
                }
                if (!person_follows(x, i + 1)) {
                    x->stop = t->b;
                    break;
                }
                in_role = false;
                seg_start = true;
                i++;
                continue;
            }
            if (ch == '(') {
                /* matching ')' within the run */
                size_t j = i + 1;
                int depth = 1;
                while (j < i1 && j < i + 80) {
                    if (x->t[j].kind == T_PUNCT && x->t[j].ch == '(')
                        depth++;
                    if (x->t[j].kind == T_PUNCT && x->t[j].ch == ')' && --depth == 0)
                        break;
                    j++;
                }
                if (j >= i1 || j >= i + 80 || depth) {
                    i++;
                    continue;
                }
                long who = -1;
                if (cur_has_name(&k)) {
                    who = flush(x, &k);
                    if (who >= 0)
                        last = who;
                } else {
                    who = last;
                }
                paren(x, i, j, who);
                i = j + 1;
                continue;
            }
            if (ch == ':' && cur_has_name(&k) && !k.nf && !k.civ && x->caps)
                cur_reset(&k);  /* "Date de convocation :" */
            i++;        /* stray punctuation */
            continue;
        }
        /* a word */
        size_t used;
        bool group;
        size_t gl;
        if ((cur_has_name(&k) ? k.nf > 0 && i > 0 && x->t[i - 1].kind == T_NL : (!k.civ || k.group))
            && (gl = role_label(x, i, i1)) > 0) {
            /* "Vice-présidents : M. X": a label, not a person nor the
               role of the name before it (that one may end at the line
               end: "Mme Y\nMEMBRES : M. Z") */
            if (cur_has_name(&k))
                flush(x, &k);
            cur_reset(&k);
            last = -1;
            in_role = false;
            seg_start = true;
            i = gl;
            continue;
        }
        if (!cur_has_name(&k) && !k.civ && (gl = group_label(x, i, i1)) > 0) {
            /* "ARGENVILLE : M. X", "Membres élus : Mme Y": a label */
            last = -1;
            in_role = false;
            seg_start = true;
            i = gl;
            continue;
        }
        if (!cur_has_name(&k) && !k.civ && (used = civ_role_at(x, i, i1)) > 0) {
            /* "M. le Maire": a role standing for a person, not a name;
               what follows is not the role of the previous name */
            last = -1;
            in_role = false;
            seg_start = false;
            /* "X a donné pouvoir à M. le Maire": no person to link to;
               the next name is not the receiver */
            x->pending = -1;
            i += used;
            continue;
        }
        const char *civ = civ_at(x, i, &used, &group);
        size_t cpl = 0;
        if (!civ && t->b - t->a <= 8 && (t->b - t->a == 1 || tok_is(c, t, "monsieur")) && c->text.s[t->a] == 'M'
            && (cpl = couple_at(x, i, i1, &used)) > 0) {
            civ = "Mme";
            group = false;
        }
        if (civ) {
            if (cur_has_name(&k)) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
            }
            /* "Mmes et MM. A, B, …", "Mesdames et Messieurs": a mixed
               group gives no one name a civility (null, the group
               sticky) */
            bool mixed = group && k.group && k.civ && !cur_has_name(&k) && strcmp(k.civ, civ) && i > 0
                         && tok_is(c, &x->t[i - 1], "et");
            k.civ = civ;
            k.group = group;
            k.mixed = mixed;
            k.couple = cpl ? "M." : NULL;
            k.start = group ? x->t[i + used < x->n ? i + used : i].a : t->a;
            in_role = false;
            seg_start = false;
            i += used;
            continue;
        }
        if (k.civ && k.ng && !k.nf && !(x->mode & PL_PROXY) && t->b - t->a == 2 && i + 2 < i1
            && x->t[i + 1].kind == T_NL && x->t[i + 1].blank && x->t[i + 2].kind == T_WORD
            && x->t[i + 2].cls == W_UPPER && tok_is(c, t, "a") && !civ_at(x, i + 2, &(size_t){0}, &(bool){0})) {
            /* "M. Romain à" / blank / "CAYLA, …" (OCR, a list that is no
               proxy list): a stray "à" ending the line of a name with no
               family yet, no civility after the blank line - debris, the
               family name follows (not a proxy arrow ending the list) */
            i += 2;
            continue;
        }
        size_t cu = connector_at(x, i, (x->mode & PL_PROXY) || cur_has_name(&k));
        if (cu && !cur_has_name(&k) && last >= 0 && x->ents->v[last].target) {
            /* "X à Mme Y ; ‘ à\nMme Z à M. W": the receiver of a proxy
               gives none; a connector after it, with no name of its own
               before, is OCR debris, not "Y à Z" */
            x->pending = -1;
            seg_start = true;
            i += cu;
            continue;
        }
        if (cu && (cur_has_name(&k) || last >= 0)) {
            /* "Absents : M. A." / "M. B a donné procuration à M. C.": a
               sentence after the list's full stop, its giver opening a
               line, the first verb of the list - a proxy, B no member
               of the list (not "Excusés : M. A a donné pouvoir à M. B." /
               "M. C a donné …": a list of such sentences) */
            bool verb = ex_match_fold(c->text.s + t->a, x->c->text.len - t->a, "a donne") > 0;
            bool aside = verb && !x->verb_seen && cur_has_name(&k) && sentence_after_stop(c->text.s, k.start);
            x->verb_seen = x->verb_seen || verb;
            long e = cur_has_name(&k) ? flush(x, &k) : last;
            if (e >= 0) {
                last = e;
                x->pending = e;
                if (aside)
                    x->ents->v[e].aside = true;
            }
            in_role = false;
            seg_start = true;
            i += cu;
            continue;
        }
        if (tok_is(c, t, "et") && (cur_has_name(&k) || seg_start || in_role)) {
            /* inside a civility group the name after "et" has no civility
               of its own, on the same line or the next: "Mmes A, B et C",
               "Mmes A, B et\nC" (a blank line ends the group) */
            size_t n1 = i + 1;
            if (k.group && n1 < i1 && x->t[n1].kind == T_NL && !x->t[n1].blank)
                n1++;
            if ((k.group && n1 < i1 && x->t[n1].kind == T_WORD && x->t[n1].cls != W_LOWER)
                || person_follows(x, i + 1)) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
                in_role = false;
                seg_start = true;
                i++;
                continue;
            }
        }
        uint8_t cls = t->cls;
        bool particle = cls == W_LOWER && tok_in_lx(c, t, LX_PARTICLES) && i + 1 < i1
                        && x->t[i + 1].kind == T_WORD && x->t[i + 1].cls == W_UPPER;
        /* "ATTOUMANI épouse MADI", "PRIVAT née FAURE", "veuve", "vve",
           "ép.": the word and the capitals name after it (on the next
           line too) go on the family name read just before, as printed */
        if (cls == W_LOWER && !in_role && k.nf > 0 && k.last == 2 && k.f[k.nf - 1] + 1 == i && marital_word(t)) {
            size_t j = i + 1;
            /* "ép." keeps its dot; a dot after a whole word is a scan's
               speck ("épouse. / MADI"), left out of the name */
            bool dot = j < i1 && x->t[j].kind == T_PUNCT && x->t[j].ch == '.' && x->t[j].a == t->b;
            if (dot)
                j++;
            dot = dot && !strcmp(t->fw, "ep");
            if (j < i1 && x->t[j].kind == T_NL && !x->t[j].blank)
                j++;
            if (j < i1 && x->t[j].kind == T_WORD && x->t[j].cls == W_UPPER && !role_word(x, j)) {
                if (dot)
                    t->b = x->t[i + 1].b;
                add_name(x, &k, i, true);
                add_name(x, &k, j, true);
                seg_start = false;
                i = j + 1;
                continue;
            }
        }
        if (in_role) {
            if (cls == W_LOWER || cls == W_NUM || cls == W_OTHER || (cls == W_CAP && !cur_has_name(&k))
                || cls == W_UPPER || cls == W_INITIAL) {
                add_role(x, last, t->a, t->b);
                i++;
                continue;
            }
        }
        if (cls == W_UPPER || particle) {
            if (k.order == 2 && k.ng > 0 && k.last == 1) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
            } else if (k.order == 1 && k.nf > 0 && k.last == 1) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
            }
            if (particle) {
                add_name(x, &k, i, true);
                i++;
                t = &x->t[i];
            }
            add_name(x, &k, i, true);
            seg_start = false;
            i++;
            continue;
        }
        if (cls == W_CAP || cls == W_INITIAL) {
            /* OCR: one capital letter split off the family name before it
               by a blank, the entry's end after it ("Mme Emma ROLLAN D,"):
               glued back (not "A", a verb in capitals; not "D." an
               initial) */
            if (k.nf > 0 && k.f[k.nf - 1] + 1 == i && t->b - t->a == 1 && c->text.s[t->a] >= 'B'
                && c->text.s[t->a] <= 'Z' && x->t[i - 1].cls == W_UPPER && x->t[i - 1].b + 1 == t->a
                && x->t[i - 1].b - x->t[i - 1].a >= 3
                && (i + 1 >= i1 || x->t[i + 1].kind == T_NL
                    || (x->t[i + 1].kind == T_PUNCT && (x->t[i + 1].ch == ',' || x->t[i + 1].ch == ';')))) {
                if (!ex_ocr_note(c, x->t[i - 1].a, t->b, EX_REPAIR_GLUED))
                    break;
                x->t[i - 1].b = t->b;
                x->t[i - 1].joined = true;
                k.end = t->b;
                i++;
                continue;
            }
            if (!cur_has_name(&k) && rank_word(x, i)) {
                i++;    /* "Colonel Hervé MARCHAND": the rank is no name */
                continue;
            }
            /* (after a civility group: "MM. A et B, Vice-présidents") */
            if (role_word(x, i) && (cur_has_name(&k) ? (k.nf > 0 || !x->caps) : (last >= 0 && (!k.civ || k.group)))) {
                if (cur_has_name(&k)) {
                    long e = flush(x, &k);
                    if (e >= 0)
                        last = e;
                }
                in_role = true;
                add_role(x, last, t->a, t->b);
                i++;
                continue;
            }
            if (k.order == 1 && k.nf > 0) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
            }
            if (x->sfirst && !cur_has_name(&k) && !k.civ) {
                i++;    /* surname-first list: not a name start */
                continue;
            }
            add_name(x, &k, i, false);
            seg_start = false;
            i++;
            continue;
        }
        if (cls == W_LOWER) {
            if (convocation_at(c, x->t, i, i1)) {
                if (cur_has_name(&k)) {
                    long e = flush(x, &k);
                    EX_UNUSED(e);
                }
                x->stop = t->a;
                break;
            }
            if (seg_start && !cur_has_name(&k) && !k.civ
                && (tok_is(c, t, "procuration") || tok_is(c, t, "pouvoir") || tok_is(c, t, "pouvoirs")
                    || tok_is(c, t, "de"))) {
                i++;
                continue;
            }
            if (cur_has_name(&k) && !k.nf && x->caps && !k.civ) {
                /* "Date d'affichage": not a name */
                cur_reset(&k);
                i++;
                continue;
            }
            bool remplacement = tok_is(c, t, "en") && i + 1 < i1 && tok_is(c, &x->t[i + 1], "remplacement");
            /* "M. X, suppléant, siégeant pour Mme Y, empêchée", "M. X
               siégeant en remplacement de M. Y": the participle before
               "pour" / "en remplacement" (not "siégeant avec voix
               consultative") */
            bool siege = tok_is(c, t, "siegeant") && i + 1 < i1
                         && (tok_is(c, &x->t[i + 1], "pour")
                             || (tok_is(c, &x->t[i + 1], "en") && i + 2 < i1 && tok_is(c, &x->t[i + 2], "remplacement")));
            if (!in_role && (tok_in_lx(c, t, LX_SUBST) || subst_ocr(x, i, i1) || siege) && (!tok_is(c, t, "en") || remplacement)
                && (cur_has_name(&k) ? (k.nf > 0 || !x->caps) : (last >= 0 && !k.civ))) {
                /* "M. X – suppléant de M. Y", "M. X en remplacement de
                   M. Y": Y is the member X stands in for (as "(supplée
                   M. Y)"), not a member of the list */
                if (cur_has_name(&k)) {
                    long e = flush(x, &k);
                    if (e >= 0)
                        last = e;
                }
                size_t j = subst_target(x, i + 1, i1, last);
                if (j > i + 1) {
                    i = j;
                    continue;
                }
            }
            if (cur_has_name(&k) && (k.nf > 0 || !x->caps)) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
                in_role = true;
                add_role(x, last, t->a, t->b);
            } else if (!cur_has_name(&k) && !k.civ && last >= 0) {
                in_role = true;
                add_role(x, last, t->a, t->b);
            }
            i++;
            continue;
        }
        if ((cls == W_OTHER || cls == W_NUM) && role_word(x, i)
            && (cur_has_name(&k) ? (k.nf > 0 || !x->caps) : (last >= 0 && !k.civ))) {
            /* "M. Paul MARTIN, 1er adjoint" */
            if (cur_has_name(&k)) {
                long e = flush(x, &k);
                if (e >= 0)
                    last = e;
            }
            in_role = true;
            add_role(x, last, t->a, t->b);
            i++;
            continue;
        }
        i++;    /* numbers, junk */
    }
    if (!c->oom && cur_has_name(&k)) {
        long e = flush(x, &k);
        EX_UNUSED(e);
    }
}

/* finish entries: role texts, notes for presence conditions */
static void finish(pctx *x)
{
    ex_call *c = x->c;
    for (size_t i = 0; i < x->ents->n; i++) {
        pent *e = &x->ents->v[i];
        if (!e->role_b)
            continue;
        size_t a = e->role_a, b = e->role_b;
        const char *s = c->text.s;
        while (a < b && (s[a] == ',' || s[a] == ' ' || s[a] == '('))
            a++;
        while (b > a && (s[b - 1] == ',' || s[b - 1] == ' ' || s[b - 1] == ')' || s[b - 1] == '.'))
            b--;
        if (a >= b)
            continue;
        char *v = ex_text_value(c, &c->text, a, b);
        if (!v)
            return;
        bool note = false;
        size_t vn = strlen(v);
        for (size_t k = 0; note_words[k]; k++) {
            size_t m = ex_match_fold(v, vn, note_words[k]);
            if (m && (v[m] == ' ' || v[m] == '(' || v[m] == 0)) {
                note = strcmp(note_words[k], "en") != 0 && strcmp(note_words[k], "du") != 0
                       && strcmp(note_words[k], "des") != 0 && strcmp(note_words[k], "pour") != 0;
                if (!strcmp(note_words[k], "a") && !(ex_match_fold(v, vn, "a partir")
                                                     || ex_match_fold(v, vn, "a compter")))
                    note = false;
                break;
            }
        }
        if (note && !e->p.note)
            e->p.note = v;
        else if (!note && !e->p.role)
            e->p.role = v;
    }
}

/* letters (code points) of token t, counted up to lim: the least of
   the count and lim (the callers compare it with lim - 1: the rest of a
   long word is not read) */
static size_t tok_cps(const ex_call *c, const ptok *t, size_t lim)
{
    size_t n = 0;
    for (size_t p = t->a; p < t->b && n < lim; p++)
        n += ((unsigned char)c->text.s[p] & 0xC0) != 0x80;
    return n;
}

/* a short word OCR makes of a speck ("a", "ïs", "L", "ae"): at most two
   letters, not a civility, a particle, "et" or a connector word */
static bool speck_word(const pctx *x, size_t i, bool *counts)
{
    ptok *t = &x->t[i];
    static const char *const keep[] = {"et", "ou", "a", "en", "par", "y", NULL};
    /* two capitals between marks other than dots and dashes (": . : HS ‘
       à :"), not "M. LY" nor "LE-" */
    bool caps = t->kind == T_WORD && t->cls == W_UPPER && i > 0 && i + 1 < x->n
                && x->t[i - 1].kind == T_PUNCT && x->t[i - 1].ch != '.' && x->t[i - 1].ch != '-'
                && x->t[i + 1].kind == T_PUNCT && x->t[i + 1].ch != '.' && x->t[i + 1].ch != '-';
    if (t->kind != T_WORD || (t->cls != W_LOWER && t->cls != W_INITIAL && t->cls != W_OTHER && !caps)
        || tok_cps(x->c, t, 3) > 2)
        return false;
    /* an initial with its dot: "J.-C." */
    if (t->cls == W_INITIAL && i + 1 < x->n && x->t[i + 1].kind == T_PUNCT && x->t[i + 1].ch == '.'
        && x->t[i + 1].a == t->b)
        return false;
    /* a short French word: part of a run, not a sign of debris */
    *counts = !tok_in_all(x->c, t, keep) && !tok_in_lx(x->c, t, LX_PARTICLES);
    size_t u;
    bool g;
    return !civ_at(x, i, &u, &g);
}

/* OCR debris inside a list, turned into stray specks ('?') that the
   parser skips:
   - a run of specks and short words on one line with 3+ punctuation
     marks ("Marcel - ? ' - à ; L"; or ending its line with a short
     word: "):.:: “a"): its commas and dashes are no separators, its
     letters no initials (but a comma or semicolon glued to the word
     before the run stays a separator: "ANTOINE; . - ï ‘");
   - in a list of civilities and capitals, a short lower-case word that
     starts a line before a given name and a family name ("res Sandrine
     COLNOT", the civility misread) */
static void mark_debris(pctx *x)
{
    size_t i = 0;
    while (i < x->n) {
        size_t j = i, punct = 0, words = 0;
        bool counts = false;
        while (j < x->n && ((x->t[j].kind == T_PUNCT && x->t[j].ch != '(' && x->t[j].ch != ')')
                            || speck_word(x, j, &counts))) {
            if (x->t[j].kind == T_PUNCT)
                punct++;
            else
                words += counts;
            j++;
        }
        /* a run that ends its line with a short word ("):.:: “a" +
           line end): debris, even when the word is a French one */
        bool eol = j > i && x->t[j - 1].kind == T_WORD && (j >= x->n || x->t[j].kind == T_NL);
        bool marked = false;
        if (punct >= 3 && (words >= 1 || eol)) {
            marked = true;
            x->debris = true;
            /* "ANTOINE; . - ï ‘": a comma or semicolon glued to the word
               before the run stays a separator */
            size_t k0 = i;
            if (i > 0 && x->t[i].kind == T_PUNCT && (x->t[i].ch == ',' || x->t[i].ch == ';')
                && x->t[i - 1].kind == T_WORD && x->t[i - 1].b == x->t[i].a)
                k0++;
            for (size_t k = k0; k < j; k++) {
                x->t[k].kind = T_PUNCT;
                x->t[k].ch = '?';
                x->t[k].spaced = false;
            }
        }
        /* token j ended the run: no run starts there unless the marks
           changed the token before it (speck_word() reads it) */
        i = j > i && marked ? j : j + 1;
    }
    if (!x->civ_list || !x->caps)
        return;
    static const char *const civ[] = {"m", "mme", "mr", "mmes", "mlle", NULL};
    for (i = 1; i + 1 < x->n; i++) {
        ptok *t = &x->t[i];
        /* "M. Christian\n- BARBIER": a dash at a line start between a
           given name and its family name */
        if (t->kind == T_PUNCT && t->ch == '-' && t->spaced && x->t[i - 1].kind == T_NL && i >= 2
            && x->t[i - 2].kind == T_WORD && x->t[i - 2].cls == W_CAP && x->t[i + 1].kind == T_WORD
            && x->t[i + 1].cls == W_UPPER) {
            t->ch = '?';
            t->spaced = false;
            x->debris = true;
        }
        /* "M. Michel -\nTHIÉRY" (a blank line between them or not): a
           dash after a blank at a line end, between a civility's given
           name and a family name in capitals */
        if (t->kind == T_PUNCT && t->ch == '-' && i >= 2 && i + 2 < x->n && x->t[i + 1].kind == T_NL
            && x->c->text.s[t->a - 1] == ' ' && x->t[i - 1].kind == T_WORD && x->t[i - 1].cls == W_CAP
            && x->t[i + 2].kind == T_WORD && x->t[i + 2].cls == W_UPPER) {
            size_t g = x->t[i - 2].kind == T_PUNCT && (x->t[i - 2].ch == '.' || x->t[i - 2].ch == ':') ? i - 3 : i - 2;
            if (g < i - 1 && tok_in_all(x->c, &x->t[g], civ) && x->c->text.s[x->t[g].a] == 'M') {
                t->ch = '?';
                t->spaced = false;
                x->debris = true;
            }
        }
        /* "Mme a\nNicole BOUCHER": one small letter between a civility
           and a line end */
        size_t pc = x->t[i - 1].kind == T_PUNCT && (x->t[i - 1].ch == '.' || x->t[i - 1].ch == ':') ? i - 2 : i - 1;
        if (t->kind == T_WORD && t->cls == W_LOWER && x->t[i + 1].kind == T_NL && tok_cps(x->c, t, 2) == 1
            && pc < i && tok_in_all(x->c, &x->t[pc], civ) && x->c->text.s[x->t[pc].a] == 'M') {
            t->kind = T_PUNCT;
            t->ch = '?';
            x->debris = true;
        }
    }
    for (i = 0; i + 2 < x->n; i++) {
        const ptok *t = &x->t[i];
        if (t->kind != T_WORD || t->cls != W_LOWER || (i > 0 && x->t[i - 1].kind != T_NL) || tok_cps(x->c, t, 4) > 3)
            continue;
        static const char *const keep[] = {"et", "ou", "a", "en", "par", "de", "du", "des", "le", "la", "les",
                                           "aux", "au", NULL};
        if (tok_in_all(x->c, t, keep) || x->t[i + 1].kind != T_WORD || x->t[i + 1].cls != W_CAP
            || x->t[i + 2].kind != T_WORD || x->t[i + 2].cls != W_UPPER || role_word(x, i + 1))
            continue;
        x->t[i].kind = T_PUNCT;
        x->t[i].ch = '?';
        x->t[i].spaced = false;
        x->debris = true;
    }
}

/* the tokens of a list on the stack (most lists: 4.3 bytes a token in
   the corpus): no allocation per list */
#define PT_STACK 160
/* ... and the entries of a list (most lists: fewer persons) */
#define PE_STACK 24

static bool parse_ranges(ex_call *c, const ex_span *rg, size_t nrg, int mode,
                         pent_vec *ents, ex_proxy_vec *px, size_t *stop)
{
    ptok stk[PT_STACK];
    ptok_vec tv = {stk, 0, PT_STACK, true};
    if (!tokenize(c, rg, nrg, &tv)) {
        if (!tv.stk)
            ex_vec_free(c->alloc, &tv);
        return false;
    }
    pctx x = {0};
    x.c = c;
    x.t = tv.v;
    x.n = tv.n;
    x.mode = mode;
    x.ents = ents;
    x.px = px;
    x.pending = -1;
    x.rg = rg;
    x.nrg = nrg;
    for (size_t i = 0; i < tv.n; i++) {
        if (tv.v[i].kind != T_WORD || tv.v[i].cls == W_NUM)
            continue;
        /* one reading of the civility per token (an OCR repair it notes
           is noted once either way: ex_ocr_note()) */
        size_t u;
        bool g;
        bool civ = civ_at(&x, i, &u, &g) != NULL;
        if (civ)
            x.civ_list = true;
        else if (tv.v[i].cls == W_UPPER)
            x.caps = true;
        else if (tv.v[i].cls == W_CAP && !x.has_cap && !tok_in_lx(c, &tv.v[i], LX_ROLES))
            x.has_cap = true;   /* (once set, the lexicon is not looked at) */
    }
    /* surname-first lists: family then given more often than the reverse */
    if (!x.civ_list) {
        int fg = 0, gf = 0;
        for (size_t i = 0; i + 1 < tv.n; i++) {
            if (tv.v[i].kind != T_WORD || tv.v[i + 1].kind != T_WORD)
                continue;
            if (tv.v[i].cls == W_UPPER && tv.v[i + 1].cls == W_CAP)
                fg++;
            else if (tv.v[i].cls == W_CAP && tv.v[i + 1].cls == W_UPPER)
                gf++;
        }
        x.sfirst = fg > gf;
    }
    mark_debris(&x);
    if (x.debris)   /* civ_at() reads again what it kept */
        for (size_t i = 0; i < tv.n; i++)
            tv.v[i].lazy &= (uint8_t)~LZ_CIV;
    run(&x, 0, x.n);
    finish(&x);
    if (stop)
        *stop = x.stop;
    if (!tv.stk)
        ex_vec_free(c->alloc, &tv);
    return !c->oom;
}

/* Lists over several ranges (a column of a two-column layout), with
   proxies: every person in order goes to out (when not NULL) except the
   receivers of proxies; pairs go to px (when not NULL). *stop: where the
   list ended.  PL_PROXY: a bare "à" links two persons ("X à Y"). */
bool ex_persons_list_rg(ex_call *c, const ex_span *rg, size_t nrg, int mode,
                        ex_person_vec *out, ex_proxy_vec *px, size_t *stop)
{
    pent stk[PE_STACK];
    pent_vec ents = {stk, 0, PE_STACK, true};
    ex_proxy_vec tmp = {0};
    bool ok = parse_ranges(c, rg, nrg, mode, &ents, px ? px : &tmp, stop);
    for (size_t i = 0; ok && out && i < ents.n; i++) {
        if (ents.v[i].target || ents.v[i].aside)
            continue;
        ex_person *p = ex_vec_push(c->alloc, out);
        if (!p) {
            c->oom = true;
            ok = false;
            break;
        }
        *p = ents.v[i].p;
    }
    if (!ents.stk)
        ex_vec_free(c->alloc, &ents);
    ex_vec_free(c->alloc, &tmp);
    return ok;
}

bool ex_person_parse(ex_call *c, size_t a, size_t b, ex_person *out)
{
    if (b > c->text.len)
        b = c->text.len;
    if (a >= b)
        return false;
    ex_span rg = {a, b};
    pent stk[PE_STACK];
    pent_vec ents = {stk, 0, PE_STACK, true};
    ex_proxy_vec px = {0};
    bool found = false;
    if (parse_ranges(c, &rg, 1, 0, &ents, &px, NULL) && ents.n) {
        *out = ents.v[0].p;
        found = true;
    }
    if (!ents.stk)
        ex_vec_free(c->alloc, &ents);
    ex_vec_free(c->alloc, &px);
    return found;
}

bool ex_persons_list(ex_call *c, size_t a, size_t b, ex_person_vec *out)
{
    if (b > c->text.len)
        b = c->text.len;
    if (a >= b)
        return true;
    ex_span rg = {a, b};
    return ex_persons_list_rg(c, &rg, 1, 0, out, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* OCR: misread given names */

/* p's given name: each part between hyphens and blanks that is no
   lexicon name but one OCR confusion from exactly one
   (ex_ocr_given_name(): "Jeari-Claude", "Ludovit", "Érédéric") reads as
   that name, with the lexicon's accents; the repair is recorded on the
   printed part (found in p's span: a part OCR cut over two lines is
   left alone).  p->text and p->span stay as printed.  False when out
   of memory. */
static bool given_fix_slow(ex_call *c, ex_person *p)
{
    enum { GR_MAX = 4 };
    const char *g = p->given;
    if (!g || p->span.end <= p->span.start || p->span.end > c->text.len)
        return true;
    struct {
        size_t i0, i1;
        const char *as;
    } rp[GR_MAX];
    int nr = 0;
    size_t gl = strlen(g), from = p->span.start;
    for (size_t i = 0; i < gl && nr < GR_MAX; i++) {
        size_t i0 = i, k = 0, used;
        char w[32];
        /* a part [i0, i): a capital then small letters only (a name in
           capitals may be a family name read first), 4+ letters; its
           fold w (one letter a character) and in odd bit k when letter
           k bears an accent no letter confusion explains (one but on
           an e: é read for c, "Maré") */
        uint32_t odd = 0;
        bool ok = true;
        for (; i < gl && g[i] != '-' && g[i] != ' '; i += used) {
            const unsigned char *u = (const unsigned char *)g + i;
            char f;
            bool cap;
            if (u[0] < 0x80) {
                used = 1;
                cap = u[0] >= 'A' && u[0] <= 'Z';
                f = (char)(cap ? u[0] + 32 : u[0]);
            } else {
                f = ex_fold_char(u, gl - i, &used);
                cap = u[0] == 0xC3 && used == 2 && u[1] < 0xA0;
                if (f != 'e' && k < 32)
                    odd |= (uint32_t)1 << k;
            }
            ok = ok && cap == (i == i0) && k < sizeof w
                 && ((f >= 'a' && f <= 'z') || f == '0' || f == '1' || f == '|');
            if (ok)
                w[k++] = f;
        }
        if (!ok || k < 4 || ex_given_name_find(w, k))
            continue;
        const char *as = ex_ocr_given_name(w, k, odd);
        if (as) {
            /* the printed part in the span (a short search: a name) */
            size_t m = i - i0, at = from;
            while (at + m <= p->span.end && memcmp(c->text.s + at, g + i0, m))
                at++;
            if (at + m <= p->span.end) {
                if (!ex_ocr_note(c, at, at + m, EX_REPAIR_GIVEN))
                    return false;
                rp[nr].i0 = i0;
                rp[nr].i1 = i;
                rp[nr].as = as;
                nr++;
                from = at + m;
            }
        }
    }
    if (!nr)
        return true;
    size_t len = gl + 1;
    for (int r = 0; r < nr; r++)
        len += strlen(rp[r].as);
    char *out = ex_arena_alloc(&c->arena, len);
    if (!out) {
        c->oom = true;
        return false;
    }
    size_t o = 0, i = 0;
    for (int r = 0; r < nr; r++) {
        memcpy(out + o, g + i, rp[r].i0 - i);
        o += rp[r].i0 - i;
        size_t al = strlen(rp[r].as);
        memcpy(out + o, rp[r].as, al);
        o += al;
        i = rp[r].i1;
    }
    memcpy(out + o, g + i, gl - i);
    out[o + gl - i] = 0;
    p->given = out;
    return true;
}

/* given_fix_slow() when p's given name has a part that is none of: a
   lexicon name printed as a capital then small letters (Latin-1
   accents folded as ex_fold_char() does), a part of 3 letters or
   fewer.  Most given names are all such parts, checked here at the
   cost of a hash of each. */
static bool given_fix(ex_call *c, ex_person *p)
{
    /* ex_fold_char() of C3 80-BF */
    static const char lat[65] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    const unsigned char *q = (const unsigned char *)p->given;
    if (!q)
        return true;
    for (;;) {
        char w[32], f;
        /* the capital, then small letters */
        if (*q >= 'A' && *q <= 'Z') {
            f = (char)(*q++ + 32);
        } else if (*q == 0xC3 && q[1] >= 0x80 && q[1] < 0xA0) {
            f = lat[q[1] - 0x80];
            q += 2;
        } else {
            return given_fix_slow(c, p);
        }
        w[0] = f;
        size_t k = 1;
        unsigned h = (unsigned char)f;
        for (;;) {
            if ((unsigned)(*q - 'a') < 26u) {
                f = (char)*q++;
            } else if (*q == 0xC3 && q[1] >= 0xA0 && q[1] <= 0xBF) {
                f = lat[q[1] - 0x80];
                q += 2;
            } else {
                break;
            }
            if (k == sizeof w)
                return given_fix_slow(c, p);
            w[k++] = f;
            h = ex_given_hstep(h, f);
        }
        if ((*q && *q != '-' && *q != ' ') || (k >= 4 && !ex_given_name_at(w, k, h)))
            return given_fix_slow(c, p);
        if (!*q++)
            return true;
    }
}

bool ex_persons_given_fix(ex_call *c, ex_document *d)
{
    ex_person_vec *lists[] = {&d->att.present, &d->att.excused, &d->att.absent,
                              &d->att.advisory_present, &d->att.advisory_excused};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t i = 0; i < lists[l]->n; i++)
            if (!given_fix(c, &lists[l]->v[i]))
                return false;
    for (size_t i = 0; i < d->att.proxies.n; i++)
        if (!given_fix(c, &d->att.proxies.v[i].from) || !given_fix(c, &d->att.proxies.v[i].to))
            return false;
    if (d->president && !given_fix(c, d->president))
        return false;
    if (d->secretary && !given_fix(c, d->secretary))
        return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* Family names misread in one place (OCR): "pouvoir à M. Rémi PUECHI"
   where the same file prints "M. Rémi PUECH" twice or more (present
   list, secretary, a second deliberation's list).  A person whose
   family name is printed once in the file's session persons takes the
   spelling another person of the same given name holds at least twice,
   when the two differ by one letter (one inserted, dropped or replaced:
   folded to ASCII small letters and digits, 4 letters or more); a tie
   (one each) is left alone.  The persons are those of the attendance
   lists, the proxies, the presidents and secretaries (signatures are
   text), FAMILY_MAX at most (a file of more is left alone); a person is compared with those of the
   same given name only (a hash slot), so the pass is nearly linear. */

enum { FAMILY_MAX = 255, FAMILY_KEY = 40, FAMILY_SLOTS = 256 };

/* folded key of a name: ASCII small letters and digits; 0 when none or
   too long */
static size_t fam_key(const char *s, char *k)
{
    size_t o = 0, n = strlen(s), u;
    for (size_t i = 0; i < n; i += u) {
        char f = ex_fold_char((const unsigned char *)s + i, n - i, &u);
        if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) {
            if (o + 1 >= FAMILY_KEY)
                return 0;
            k[o++] = f;
        }
    }
    k[o] = 0;
    return o;
}

typedef struct fam_set {
    ex_person *p[FAMILY_MAX];
    unsigned char next[FAMILY_MAX];     /* chain of a slot, 0: end (index + 1) */
    unsigned char head[FAMILY_SLOTS];   /* index + 1 of a slot's first */
    unsigned char full[FAMILY_SLOTS];   /* the slots of 3 persons or more */
    size_t n, nfull;
} fam_set;

/* a person with a given name of 2+ bytes (the family name's length
   is checked on repair), chained in its given name's slot (a hash of its first three bytes:
   no loop over the name) */
static inline void fam_add(fam_set *f, ex_person *p)
{
    if (!p->family || !p->given)
        return;
    const unsigned char *g = (const unsigned char *)p->given;
    if (!g[0] || !g[1])
        return;
    unsigned h = ((g[0] | 32u) * 29u + (g[1] | 32u) * 5u + (g[2] | 32u)) % FAMILY_SLOTS;
    unsigned char h0 = f->head[h];
    /* the slot's third person: a slot to look at */
    if (h0 && f->next[h0 - 1] && !f->next[f->next[h0 - 1] - 1])
        f->full[f->nfull++] = (unsigned char)h;
    f->p[f->n] = p;
    f->next[f->n] = h0;
    f->head[h] = (unsigned char)(f->n + 1);
    f->n++;
}

/* a and b the same but for small and capital letters (ASCII, and the
   Latin-1 letters of UTF-8: "É" C3 89, "é" C3 A9) */
static bool same_fold(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x != y && ((x | 32u) != (y | 32u) || !(((x | 32u) >= 'a' && (x | 32u) <= 'z') || x >= 0x80)))
            return false;
        if (!x)
            return true;
    }
}

/* the persons of one slot (k of them, at ix): a family name printed
   once for its given name takes the one printed twice or more one
   letter apart */
static void fam_fix_slot(fam_set *f, const unsigned char *ix, size_t k)
{
    unsigned char cnt[FAMILY_MAX];
    bool twice = false;
    for (size_t i = 0; i < k; i++) {
        const ex_person *a = f->p[ix[i]];
        cnt[i] = 1;
        for (size_t j = 0; j < k; j++) {
            const ex_person *b = f->p[ix[j]];
            if (j != i && (b->family == a->family
                           || (!((a->family[0] ^ b->family[0]) & ~32) && !((a->family[1] ^ b->family[1]) & ~32)
                               && (!strcmp(a->family, b->family) || same_fold(a->family, b->family))))
                && (b->given == a->given || !strcmp(a->given, b->given) || same_fold(a->given, b->given))) {
                cnt[i] = 2;
                twice = true;
                break;
            }
        }
    }
    if (!twice)
        return;
    for (size_t i = 0; i < k; i++) {
        if (cnt[i] != 1)
            continue;
        ex_person *a = f->p[ix[i]];
        size_t la = strlen(a->family);
        for (size_t j = 0; j < k; j++) {
            ex_person *b = f->p[ix[j]];
            if (cnt[j] != 2 || !same_fold(a->given, b->given))
                continue;
            size_t lb = strlen(b->family);
            if (la > lb + 3 || lb > la + 3)
                continue;
            char ak[FAMILY_KEY], bk[FAMILY_KEY];
            size_t al = fam_key(a->family, ak), bl = fam_key(b->family, bk);
            /* one letter apart: one edit (ex_lev1), not none */
            if (al < 4 || bl < 4 || (al == bl && !memcmp(ak, bk, al)) || !ex_lev1(ak, al, bk, bl))
                continue;
            a->family = b->family;
            break;
        }
    }
}

bool ex_persons_family_fix(ex_call *c)
{
    size_t total = 0;
    for (size_t i = 0; i < c->docs.n; i++) {
        const ex_attendance *at = &c->docs.v[i].att;
        total += at->present.n + at->excused.n + at->absent.n + at->advisory_present.n
                 + at->advisory_excused.n + 2 * at->proxies.n + 2;
    }
    if (total > FAMILY_MAX)
        return true;    /* a file of many lists: left alone */
    fam_set f;
    memset(f.head, 0, sizeof f.head);
    f.n = f.nfull = 0;
    for (size_t i = 0; i < c->docs.n; i++) {
        ex_document *d = &c->docs.v[i];
        ex_person_vec *lists[] = {&d->att.present, &d->att.excused, &d->att.absent,
                                  &d->att.advisory_present, &d->att.advisory_excused};
        for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
            for (size_t j = 0; j < lists[l]->n; j++)
                fam_add(&f, &lists[l]->v[j]);
        for (size_t j = 0; j < d->att.proxies.n; j++) {
            fam_add(&f, &d->att.proxies.v[j].from);
            fam_add(&f, &d->att.proxies.v[j].to);
        }
        if (d->president)
            fam_add(&f, d->president);
        if (d->secretary)
            fam_add(&f, d->secretary);
    }
    /* a slot of three persons or more (one misread, two printed right) */
    for (size_t s = 0; s < f.nfull; s++) {
        unsigned char ix[FAMILY_MAX];
        size_t k = 0;
        for (unsigned char e = f.head[f.full[s]]; e; e = f.next[e - 1])
            ix[k++] = (unsigned char)(e - 1);
        fam_fix_slot(&f, ix, k);
    }
    return true;
}
