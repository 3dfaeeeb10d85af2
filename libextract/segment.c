/*
 * segment.c - stage segment: split the text into acts and fill their
 * structural fields (issuer, number, title, session, visas,
 * considerants, decision verb, articles, signatures, PV items, ACTES
 * transmission stamp).
 *
 * One linear pass classifies every line from the labels found at its
 * start (a lexicon matched accent-, case- and OCR-insensitively: "0" for
 * "o", "1"/"l"/"|" for "i"/"l", one edit allowed in long keywords, OCR
 * junk such as ". : ‘ *" skipped before the label).  A second pass cuts
 * the file into acts at their heading labels (DELIBERATION, EXTRAIT DU
 * REGISTRE, ARRETE N°, CONVENTION, RAPPORT N°, PROCES-VERBAL, a new
 * OBJET :) once the current act has a body; each act then runs a small
 * state machine over its own lines: heading zone (issuer, number, title,
 * session) up to the first visa / considérant / verb / article, then the
 * body (clauses, decision, articles, items, votes), then the signature
 * block.  Two-column layouts are read as segments of a line separated
 * by runs of blanks.  Helpers for the heading and the signatures live in
 * this file too; every pass is linear in the act's length.
 */
#include "internal.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Character helpers */

/* ASCII-fold one UTF-8 character to lowercase ASCII ('?' when none);
   *n gets the bytes consumed. */
static char fold_c(const unsigned char *s, size_t len, size_t *n)
{
    unsigned char b = s[0];
    *n = 1;
    if (b < 0x80)
        return (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    if (b == 0xC3 && len >= 2) {
        *n = 2;
        static const char map[64] =
            "aaaaaaaceeeeiiii" "dnooooo*ouuuuyts"
            "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";
        return map[s[1] & 0x3F];
    }
    if (b == 0xC5 && len >= 2 && (s[1] == 0x92 || s[1] == 0x93)) {
        *n = 2;
        return 'o';
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
static bool letter_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return false;
    if ((u[0] >= 'a' && u[0] <= 'z') || (u[0] >= 'A' && u[0] <= 'Z'))
        return true;
    if (u[0] == 0xC3 && n > 1 && u[1] >= 0x80 && u[1] != 0x97 && u[1] != 0xB7)
        return true;
    if (u[0] == 0xC5 && n > 1 && (u[1] == 0x92 || u[1] == 0x93))
        return true;
    return false;
}

/* 1 upper, -1 lower, 0 not a letter; *n bytes */
static int case_at(const char *s, size_t len, size_t *n)
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
        return u[1] == 0x92 ? 1 : u[1] == 0x93 ? -1 : 0;
    }
    size_t k;
    fold_c(u, len, &k);
    *n = k;
    return 0;
}

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

static bool digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* OCR-tolerant equality of a key letter and a folded text letter */
static bool ceq(char k, char f)
{
    if (k == f)
        return true;
    if (k == 'o' && f == '0')
        return true;
    if ((k == 'i' || k == 'l') && (f == '1' || f == 'l' || f == 'i' || f == '|' || f == '!'))
        return true;
    return false;
}

/* Prefix match of an ASCII lowercase key at s[0..n): accents and case
   folded, OCR confusions tolerated, ' ' in the key matches one or more
   blanks (or none before a digit / after an apostrophe), '\'' matches
   ' ’ ‘.  With 'bound', the match must end at a word end.  Returns the
   bytes matched or 0. */
static size_t kw(const char *s, size_t n, const char *key, bool bound)
{
    size_t i = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (const char *k = key; *k; k++) {
        if (*k == ' ') {
            size_t j = i;
            while (j < n && is_blank(s[j]))
                j++;
            if (j == i && !(k > key && k[-1] == '\'') && !(j < n && digit(s[j])))
                return 0;
            i = j;
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
            continue;
        }
        size_t used;
        char f = fold_c(u + i, n - i, &used);
        if (!ceq(*k, f))
            return 0;
        i += used;
    }
    if (bound && i < n && letter_at(s + i, n - i))
        return 0;
    return i;
}

/* One word key (no blanks), at least 7 letters: one edit allowed
   (substitution, insertion, deletion).  Returns the bytes matched. */
static size_t kw_fuzzy(const char *s, size_t n, const char *key, bool bound)
{
    size_t m = kw(s, n, key, bound);
    if (m)
        return m;
    size_t kl = strlen(key);
    if (kl < 7 || n < kl - 1)
        return 0;
    {
        /* one edit: the first or second letter lines up */
        size_t u0, u1 = 0;
        char f0 = fold_c((const unsigned char *)s, n, &u0);
        char f1 = u0 < n ? fold_c((const unsigned char *)s + u0, n - u0, &u1) : 0;
        if (!(ceq(key[0], f0) || ceq(key[1], f0) || ceq(key[0], f1)))
            return 0;
        if (!(ceq(key[1], f1) || ceq(key[2], f1) || ceq(key[1], f0) || ceq(key[2], f0)))
            return 0;
    }
    /* fold up to kl + 1 characters of the text (letters, digits, '-') */
    char f[64];
    size_t off[65];
    size_t fn = 0, i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (i < n && fn < kl + 1 && fn < 63) {
        size_t used;
        char ch = fold_c(u + i, n - i, &used);
        if (!((ch >= 'a' && ch <= 'z') || digit(ch) || ch == '-' || ch == '|' || ch == '!'))
            break;
        off[fn] = i;
        f[fn++] = ch;
        i += used;
    }
    off[fn] = i;
    /* edit distance of key against each prefix of f */
    size_t prev[66], cur[66];
    for (size_t j = 0; j <= fn; j++)
        prev[j] = j;
    for (size_t a = 1; a <= kl; a++) {
        cur[0] = a;
        for (size_t j = 1; j <= fn; j++) {
            size_t cost = ceq(key[a - 1], f[j - 1]) ? 0 : 1;
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            cur[j] = best;
        }
        memcpy(prev, cur, (fn + 1) * sizeof *prev);
    }
    /* prefer the prefix of the key's length, then shorter, then longer */
    static const int order[3] = {0, -1, 1};
    for (int o = 0; o < 3; o++) {
        long j = (long)kl + order[o];
        if (j < 1 || (size_t)j > fn)
            continue;
        if (prev[j] <= 1) {
            size_t end = off[j];
            if (bound && end < n && letter_at(s + end, n - end))
                continue;
            return end;
        }
    }
    return 0;
}

/* OCR junk and bullets that may precede a label at a line start */
static size_t junk_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return 0;
    if (strchr(" \t.:;,'\"*+_|-~`^><=#", u[0]) && u[0])
        return 1;
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xB0 || u[1] == 0xB7 || u[1] == 0xA9
                                   || u[1] == 0xAB || u[1] == 0xBB || u[1] == 0xA7))
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80
        && (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0x98 || u[2] == 0x99
            || u[2] == 0x9C || u[2] == 0x9D || u[2] == 0xA2 || u[2] == 0xA6))
        return 3;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x86 && u[2] == 0x92) /* → */
        return 3;
    return 0;
}

static size_t skip_junk(const char *s, size_t a, size_t b)
{
    size_t k;
    while (a < b && (k = junk_len(s + a, b - a)) > 0)
        a += k;
    return a;
}

/* trailing blanks and junk (" :", " .", "‘") off [a, b) */
static size_t trim_end_junk(const char *s, size_t a, size_t b)
{
    for (;;) {
        while (b > a && is_blank(s[b - 1]))
            b--;
        if (b > a && strchr(".:;,'\"*+_|~`^", s[b - 1]) && s[b - 1]) {
            b--;
            continue;
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

static size_t trim_end(const char *s, size_t a, size_t b)
{
    while (b > a && is_blank(s[b - 1]))
        b--;
    return b;
}

/* share of upper case among the letters of [a, b), in percent; *letters
   gets the letter count */
static int upper_pct(const char *s, size_t a, size_t b, size_t *letters)
{
    size_t up = 0, lo = 0;
    for (size_t i = a; i < b;) {
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

/* ------------------------------------------------------------------ */
/* Segments: parts of a line separated by runs of 3 blanks or more
   (two-column layouts). */

typedef struct seg {
    size_t a, b;    /* view offsets, trimmed */
    size_t col;     /* column of a, in characters */
} seg;

#define MAXSEG 8

static size_t line_segs(const ex_text *t, const ex_line *l, seg *out, size_t gap)
{
    const char *s = t->s;
    size_t n = 0, col = 0, i = l->start;
    while (i < l->end && n < MAXSEG) {
        while (i < l->end && is_blank(s[i])) {
            i++;
            col++;
        }
        if (i >= l->end)
            break;
        seg *g = &out[n++];
        g->a = i;
        g->col = col;
        size_t last = i;
        while (i < l->end) {
            if (is_blank(s[i])) {
                size_t j = i;
                while (j < l->end && is_blank(s[j]))
                    j++;
                if (j - i >= gap || j == l->end) {
                    col += j - i;
                    i = j;
                    break;
                }
                col += j - i;
                i = j;
                continue;
            }
            if (((unsigned char)s[i] & 0xC0) != 0x80)
                col++;
            i++;
            last = i;
        }
        g->b = last;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Engine patterns */

enum { RX_FAIT, RX_A_PLACE, RX_BARE_PLACE, RX_ACTES_ID, RX_N };

static const ex_pattern seg_patterns[RX_N] = {
    /* "Fait à Arras, le 17 octobre 2022", "Signé électroniquement à
       Nantes, le 20 novembre 2023", "Fait à Nantes, en deux exemplaires
       originaux, le ....", "Fait à  , le" */
    {RX_FAIT, "(?:Fait|FAIT|fait|Sign[ée]e?|SIGN[ÉE]E?|D[ée]lib[ée]r[ée]|D[ÉE]LIB[ÉE]R[ÉE])"
              "(?:[ \\t]+(?:[ée]lectroniquement|[ÉE]LECTRONIQUEMENT))?[ \\t]*(?:à|a|À|A)[ \\t]+"
              "([^,\\n]{0,60}?)[ \\t]*,(?:[^,\\n]{0,60},)?[ \\t]*le\\b"},
    /* "À Villiers-sur-Erve, le 13 octobre 2023" */
    {RX_A_PLACE, "(?<![\\p{L}\\p{N}])(?:À|à|A)[ \\t]+(\\p{Lu}[^,\\n]{0,50}?)[ \\t]*,[ \\t]*le[ \\t]+"
                 "(?=\\d|1er|premier|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b)"},
    /* "ARRAS, le 17 octobre 2022" (anchored at a segment start) */
    {RX_BARE_PLACE, "(\\p{Lu}[\\p{L}'’ -]{1,40}?)[ \\t]*,[ \\t]*le[ \\t]+(?=\\d|1er|premier)"},
    /* ACTES id: 053-215328105-20231012-2023_36-DE */
    {RX_ACTES_ID, "\\b\\d{3}-\\s?[0-9A-Z]{9}\\s?-\\d{8}-[0-9A-Za-z_.-]{1,40}?-(?:DE|AR|AI|CC|BF|AU|CA|CN|AC)\\b"},
};

typedef struct seg_engine {
    ex_regex rx[RX_N];
} seg_engine;

bool ex_segment_init(extract_engine *e)
{
    seg_engine *se = ex_malloc(&e->alloc, sizeof *se);
    if (!se)
        return false;
    memset(se, 0, sizeof *se);
    if (!ex_rx_compile(e, seg_patterns, RX_N, se->rx)) {
        ex_free(&e->alloc, se);
        return false;
    }
    e->segment = se;
    return true;
}

void ex_segment_free(extract_engine *e)
{
    seg_engine *se = e->segment;
    if (!se)
        return;
    ex_rx_free(se->rx, RX_N);
    ex_free(&e->alloc, se);
    e->segment = NULL;
}

/* match rx in the view range [from, end): returns true with the
   ovector in c->md */
static bool rx_in(ex_call *c, int which, size_t from, size_t end, bool anchored)
{
    const seg_engine *se = c->eng->segment;
    if (!se || from > end)
        return false;
    int rc = pcre2_match(se->rx[which].code, (PCRE2_SPTR)c->text.s, end, from,
                         PCRE2_NO_UTF_CHECK | (anchored ? PCRE2_ANCHORED : 0),
                         c->md, c->mctx);
    return rc > 0;
}

/* ------------------------------------------------------------------ */
/* Line classification */

enum {
    K_BLANK = 1u << 0,
    K_SKIP = 1u << 1,       /* furniture or stamp: never content */
    K_LBL = 1u << 2,        /* act heading label (type in ltype) */
    K_NUMLINE = 1u << 3,    /* "Délibération n° 2023-36" (mixed case) */
    K_OBJET = 1u << 4,
    K_VISA = 1u << 5,
    K_CONSID = 1u << 6,
    K_VERB = 1u << 7,
    K_ARTICLE = 1u << 8,
    K_VOTE = 1u << 9,
    K_SIG = 1u << 10,       /* "Fait à", place/date line, "Signé" */
    K_PREAMBLE = 1u << 11,  /* "Après en avoir délibéré", "Le Conseil ..." */
    K_ENTRE = 1u << 12,     /* "Entre :" (parties of a convention) */
    K_ITEM = 1u << 13,      /* "1. DÉLIBÉRATION N° 2024-012 – ..." */
    K_NAME = 1u << 14,      /* the line is person names only */
    K_ROLE = 1u << 15,      /* signature role line */
    K_STAMP = 1u << 16,     /* ACTES stamp (also K_SKIP) */
    K_NUMBER = 1u << 17     /* line starts with N° / (N° */
};

typedef struct linfo {
    size_t a, b;        /* first segment, junk skipped, trimmed */
    uint32_t k;
    uint8_t ltype;      /* ex_doc_type of a K_LBL line */
    uint8_t up;         /* upper-case percent of the first segment */
    uint16_t letters;
    size_t va, vb;      /* verb span when K_VERB */
} linfo;

/* ---- names ---- */

static bool is_particle(const char *s, size_t n)
{
    static const char *const p[] = {"de", "du", "des", "le", "la", "van", "von", "di", "da", "del", "d'", NULL};
    for (size_t i = 0; p[i]; i++) {
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
    for (size_t i = 0; civ[i]; i++) {
        size_t m = kw(s, n, civ[i], false);
        if (m == n)
            return 3;
    }
    if (is_particle(s, n))
        return 4;
    size_t up = 0, lo = 0, other = 0;
    bool first_up = false;
    for (size_t i = 0; i < n;) {
        size_t k;
        int c = case_at(s + i, n - i, &k);
        if (i == 0)
            first_up = c > 0;
        if (c > 0)
            up++;
        else if (c < 0)
            lo++;
        else if (s[i] != '-' && s[i] != '\'' && !(k == 3 && (unsigned char)s[i] == 0xE2))
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

/* Person names in [a, b): "Jean-Claude LEROY", "Jean-Claude LEROY
   Jacques BILLANT", "Mme Anne-Sophie LE GALL".  Fills up to max
   ranges; returns the count, 0 when the range is not only names
   (trailing OCR junk tolerated). */
static size_t parse_names(const char *s, size_t a, size_t b, size_t *ra, size_t *rb, size_t max)
{
    size_t w_a[24], w_b[24];
    int w_k[24];
    size_t nw = 0;
    size_t i = a;
    while (i < b && nw < 24) {
        while (i < b && (is_blank(s[i]) || s[i] == ','))
            i++;
        if (i >= b)
            break;
        size_t j = i;
        while (j < b && !is_blank(s[j]) && s[j] != ',')
            j++;
        size_t we = j;
        if (we > i && s[we - 1] == '.' && !(we - i == 2 && (s[i] == 'M' || s[i] == 'J')))
            we--;
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
        size_t st = k;
        if (w_k[k] == 3)
            k++;
        size_t g0 = k;
        while (k < nw && w_k[k] == 1)
            k++;
        size_t ng = k - g0;
        size_t f0 = k;
        while (k < nw && (w_k[k] == 2 || (w_k[k] == 4 && k + 1 < nw && w_k[k + 1] == 2 && k > f0)))
            k++;
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

/* ---- roles ---- */

static bool role_noun(const char *s, size_t n)
{
    static const char *const nouns[] = {
        "maire", "president", "presidente", "prefet", "prefete", "sous-prefet",
        "sous-prefete", "directeur", "directrice", "secretaire", "representant",
        "representante", "beneficiaire", "vice-president", "vice-presidente",
        "adjoint", "adjointe", "conseiller", "conseillere", "delegue", "deleguee",
        "tresorier", "tresoriere", "chef", "cheffe", "ordonnateur", "doyen",
        "premier", "premiere", "maire-adjoint", "administrateur", "administratrice",
        "gerant", "gerante", "responsable", "commissaire", "ministre", "recteur",
        "rectrice", "comptable", "payeur", "agent", NULL
    };
    for (size_t i = 0; nouns[i]; i++)
        if (kw(s, n, nouns[i], true))
            return true;
    return false;
}

/* a signature role line: "Le Maire,", "LE PRESIDENT DU CONSEIL
   DEPARTEMENTAL,", "Pour le Président du Conseil départemental,",
   "La secrétaire de séance,", "Le Bénéficiaire (signature et cachet)" */
static bool is_role(const char *s, size_t a, size_t b)
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
        if (!m)
            return false;
        size_t q = m;
        /* "Le Premier Vice-Président", "La Première adjointe" */
        if (!role_noun(p + q, n - q))
            return false;
    }
    /* ends with ',' or is short without a verb or a sentence end */
    size_t e = trim_end(s, a, b);
    char last = s[e - 1];
    if (last == '.' || last == ';' || last == ':')
        return false;
    size_t words = 0;
    for (size_t i = a; i < e; i++)
        if (!is_blank(s[i]) && (i == a || is_blank(s[i - 1])))
            words++;
    static const char *const verbs[] = {" est ", " sont ", " a ", " ont ", " sera ", " peut ", " doit ", " rappelle ", " indique ", " ouvre ", " presente ", " se ", NULL};
    for (size_t i = 0; verbs[i]; i++) {
        for (size_t q = a; q + strlen(verbs[i]) <= e; q++)
            if (s[q] == ' ' && kw(s + q, e - q, verbs[i], false))
                return false;
    }
    if (last == ',')
        return words <= 16;
    return words <= (pour ? 10u : 12u);
}

static size_t numero_at(const char *p, size_t n);

/* ---- labels ---- */

/* act heading label at p[0..n) (junk skipped); returns the type or 0 */
static int act_label(const char *p, size_t n, int up, bool *numline)
{
    size_t m;
    *numline = false;
    if ((m = kw(p, n, "extrait ", false))) {
        if (kw(p + m, n - m, "du registre", false) || kw(p + m, n - m, "des deliberations", false)
            || kw(p + m, n - m, "du proces", false) || kw(p + m, n - m, "de deliberation", false)
            || kw(p + m, n - m, "de la deliberation", false))
            return EX_DOC_DELIBERATION;
        return 0;
    }
    if ((m = kw_fuzzy(p, n, "deliberation", false))) {
        if (m < n && letter_at(p + m, n - m) && !(p[m] == 'S' || p[m] == 's'))
            return 0;
        if (up >= 70)
            return EX_DOC_DELIBERATION;
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        if (q < n && (p[q] == 'n' || p[q] == 'N'))
            *numline = true;
        return 0;
    }
    if ((m = kw(p, n, "arrete", false))) {
        /* ARRÊTÉ MUNICIPAL N°..., not the verb ARRÊTE */
        size_t q = m;
        if (q < n && letter_at(p + q, n - q) && !(kw(p + q, n - q, "s", true)))
            return 0;
        while (q < n && (is_blank(p[q]) || p[q] == 'S' || p[q] == 's'))
            q++;
        if (q >= n || p[q] == ':')
            return 0;
        static const char *const nx[] = {"n", "municipal", "prefectoral", "du ", "de ", "portant", "permanent",
                                         "temporaire", "conjoint", "individuel", "interprefectoral", "no", NULL};
        for (size_t i = 0; nx[i]; i++) {
            if (kw(p + q, n - q, nx[i], i == 0 ? false : true) || kw(p + q, n - q, nx[i], false)) {
                if (i == 0 && !(q + 1 < n && (!letter_at(p + q + 1, n - q - 1) || p[q + 1] == 'o' || p[q + 1] == 'O')))
                    continue;
                if (up >= 70)
                    return EX_DOC_ARRETE;
                if (i == 0 || i == 11) {
                    *numline = true;
                    return 0;
                }
                return 0;
            }
        }
        return 0;
    }
    if (up >= 70) {
        if ((m = kw_fuzzy(p, n, "convention", false)) || (m = kw(p, n, "avenant", true))) {
            if (m < n && letter_at(p + m, n - m))
                return 0;
            return EX_DOC_CONVENTION;
        }
        if ((m = kw(p, n, "rapport", true))) {
            size_t q = m;
            while (q < n && is_blank(p[q]))
                q++;
            if (kw(p + q, n - q, "n", false) || kw(p + q, n - q, "du president", false)
                || kw(p + q, n - q, "au conseil", false) || kw(p + q, n - q, "de presentation", false)
                || kw(p + q, n - q, "a la commission", false))
                return EX_DOC_RAPPORT;
            return 0;
        }
        if ((m = kw(p, n, "proces-verbal", false)) || (m = kw(p, n, "proces verbal", false))
            || (m = kw(p, n, "compte rendu de la seance", false))
            || (m = kw(p, n, "compte-rendu de la seance", false)))
            return EX_DOC_PROCES_VERBAL;
    }
    return 0;
}

/* the decision verb at p[0..n): bytes of the verb or 0 */
static size_t verb_at(const char *p, size_t n)
{
    size_t m;
    if ((m = kw(p, n, "il est convenu ce qui suit", false)) || (m = kw(p, n, "il a ete convenu ce qui suit", false))
        || (m = kw(p, n, "il est convenu et arrete ce qui suit", false)))
        return m;
    static const char *const verbs[] = {"decide", "arrete", "delibere", "decident", "decrete", "arretent", NULL};
    for (size_t i = 0; verbs[i]; i++) {
        m = kw(p, n, verbs[i], true);
        if (!m)
            continue;
        /* ARRÊTÉ / Arrêté (the noun) ends with an accented é */
        if (m >= 2 && (unsigned char)p[m - 2] == 0xC3 && ((unsigned char)p[m - 1] == 0x89 || (unsigned char)p[m - 1] == 0xA9))
            continue;
        {
            size_t q = m;
            while (q < n && is_blank(p[q]))
                q++;
            if (numero_at(p + q, n - q))
                continue;
        }
        size_t L;
        int up = upper_pct(p, 0, m, &L);
        /* the rest: nothing, ':' or junk, or " de ..." / " d'..." */
        size_t q = m;
        while (q < n && (is_blank(p[q]) || p[q] == ':' || p[q] == '.' || p[q] == '-'))
            q++;
        bool tail_ok = q >= n;
        if (!tail_ok) {
            /* OCR junk only: short tokens */
            size_t letters;
            upper_pct(p, q, n, &letters);
            size_t longest = 0, run = 0;
            for (size_t j = q; j < n; j++) {
                if (is_blank(p[j]) || p[j] == ':' || p[j] == ';') {
                    run = 0;
                    continue;
                }
                if (digit(p[j]))
                    run = 9;
                run++;
                if (run > longest)
                    longest = run;
            }
            tail_ok = longest <= 3;
        }
        if (up >= 80 && L >= 6) {
            if (tail_ok)
                return m;
            /* "DÉCIDE de maintenir", "DÉCIDE d'attribuer" */
            if (i == 0 && (kw(p + m, n - m, " de ", false) || kw(p + m, n - m, " d'", false)
                           || kw(p + m, n - m, " que ", false)))
                return m;
        } else if (tail_ok && i != 1 && p[0] >= 'A' && p[0] <= 'Z') {
            return m; /* "Décide :" */
        } else if (tail_ok && i == 1 && p[0] == 'A') {
            return m; /* "Arrête :" */
        }
    }
    return 0;
}

/* article heading at p (junk skipped): returns the bytes of "Article 1er"
   and sets num ("1") */
static size_t article_at(const char *p, size_t n, char *num, size_t numcap)
{
    size_t m = 0;
    if (!(p[0] == 'A' || p[0] == 'a'))
        return 0;
    if (p[0] == 'a' && !(n > 1 && p[1] == 'r'))
        return 0;
    if ((m = kw_fuzzy(p, n, "article", false))) {
        if (p[0] == 'a')
            return 0;
    } else if ((m = kw(p, n, "art.", false)) || (m = kw(p, n, "art ", false))) {
        if (p[0] == 'a')
            return 0;
    } else {
        return 0;
    }
    size_t q = m;
    while (q < n && is_blank(p[q]))
        q++;
    size_t ns = q, nl = 0;
    if (kw(p + q, n - q, "premier", true) || kw(p + q, n - q, "unique", true)) {
        q += kw(p + q, n - q, "premier", true) ? 7 : 6;
        if (numcap > 1) {
            num[0] = '1';
            nl = 1;
        }
    } else {
        /* digits, OCR l/I/O inside */
        size_t digits = 0;
        while (q < n && nl + 1 < numcap) {
            char ch = p[q];
            if (digit(ch)) {
                num[nl++] = ch;
                digits++;
            } else if ((ch == 'l' || ch == 'I' || ch == '|') && (q + 1 >= n || !letter_at(p + q + 1, n - q - 1) || digits)) {
                num[nl++] = '1';
            } else if ((ch == 'O' || ch == 'o') && digits) {
                num[nl++] = '0';
            } else {
                break;
            }
            q++;
        }
        if (!nl && q == ns && (kw(p + q, n - q, "er", true) || kw(p + q, n - q, "ere", true))) {
            /* "Article er :" (OCR lost the 1) */
            num[nl++] = '1';
        } else if (!nl || q == ns)
            return 0;
        if (nl > 3)
            return 0;
        /* 1er, 1ER, 1e, 1°, 1ère */
        size_t e;
        if ((e = kw(p + q, n - q, "er", true)) || (e = kw(p + q, n - q, "ere", true))
            || (e = kw(p + q, n - q, "e", true)))
            q += e;
        else if (q + 1 < n && (unsigned char)p[q] == 0xC2 && (unsigned char)p[q + 1] == 0xB0)
            q += 2;
    }
    num[nl] = '\0';
    /* "4.1" or "2-1" sub-numbering: not an article */
    if (q + 1 < n && (p[q] == '.' || p[q] == '-') && digit(p[q + 1]))
        return 0;
    /* "Article 4 de la présente convention": a sentence */
    size_t r = q;
    while (r < n && is_blank(p[r]))
        r++;
    if (r < n && p[r] >= 'a' && p[r] <= 'z')
        return 0;
    if (r < n && letter_at(p + r, n - r) && r == q)
        return 0; /* glued letters "Article 2bis"? keep it simple */
    return q;
}

/* vote block lines */
static bool vote_at(const char *p, size_t n)
{
    static const char *const keys[] = {
        "dans les conditions de vote", "adopte", "adoptee", "(adopte", "vote :", "votes :",
        "vote:", "ont vote", "resultat du vote", "resultats du vote", "la deliberation est adoptee",
        "rejete", "(rejete", "a l'unanimite", "adopte a l'unanimite", "pour : ", "pour: ",
        "le projet de deliberation est adopte", "mis aux voix", "vote a main levee", NULL
    };
    for (size_t i = 0; keys[i]; i++) {
        size_t m = kw(p, n, keys[i], false);
        if (!m)
            continue;
        if (!strncmp(keys[i], "pour", 4)) {
            size_t q = m;
            while (q < n && is_blank(p[q]))
                q++;
            if (!(q < n && (digit(p[q]) || kw(p + q, n - q, "unanimite", false))))
                continue;
        }
        if (!strcmp(keys[i], "adopte") || !strcmp(keys[i], "rejete")) {
            /* "Adopté à ...", "ADOPTE" not "Adoptée par délibération ..." */
            if (m < n && letter_at(p + m, n - m) && !(p[m] == 'e' || p[m] == 'E'))
                continue;
        }
        return true;
    }
    return false;
}

static bool preamble_at(const char *p, size_t n)
{
    static const char *const keys[] = {
        "apres en avoir delibere", "apres avoir delibere", "apres avoir entendu", "apres en avoir debattu",
        "le conseil municipal", "le conseil communautaire", "le conseil departemental",
        "le conseil regional", "le conseil metropolitain", "le conseil syndical", "le comite syndical",
        "la commission permanente", "le bureau", "l'assemblee", "entendu l'expose", "entendu le rapport",
        "sur proposition", "sur le rapport", "le conseil d'administration", NULL
    };
    for (size_t i = 0; keys[i]; i++)
        if (kw(p, n, keys[i], false))
            return true;
    return false;
}

/* lines of an ACTES stamp beyond those lines.c marks */
static bool stamp_at(ex_call *c, const char *p, size_t n, size_t a)
{
    if (kw(p, n, "envoye en prefecture", false) || kw(p, n, "recu en prefecture", false)
        || kw(p, n, "publie le", false) || kw(p, n, "id :", false) || kw(p, n, "id:", false)
        || kw(p, n, "date de teletransmission", false) || kw(p, n, "date de reception prefecture", false)
        || kw(p, n, "accuse de reception", false) || kw(p, n, "accuse certifie executoire", false)
        || kw(p, n, "(transmise en prefecture", false) || kw(p, n, "(transmis en prefecture", false)
        || kw(p, n, "affiche le", false))
        return true;
    /* an ACTES id alone on its line */
    if (n >= 20 && n <= 60 && digit(p[0]) && rx_in(c, RX_ACTES_ID, a, a + n, true)) {
        PCRE2_SIZE *ov = ex_ov(c);
        if (ov[1] >= a + n - 2)
            return true;
    }
    return false;
}

/* OCR merges columns: the first offset in [a, b) where an ACTES stamp
   phrase begins after other text ("COMMUNAUTÉ DE COMMUNES Envoyé en
   préfecture le ..."), or b */
static size_t stamp_cut(const char *s, size_t a, size_t b)
{
    for (size_t q = a + 1; q + 6 < b; q++) {
        if (!is_blank(s[q - 1]))
            continue;
        char ch = s[q] | 0x20, c2 = s[q + 1] | 0x20;
        if (!((ch == 'e' && c2 == 'n') || (ch == 'r' && c2 == 'e') || (ch == 'p' && c2 == 'u')
              || (ch == 'a' && c2 == 'c') || (ch == 'i' && c2 == 'd')))
            continue;
        size_t n = b - q;
        if (kw(s + q, n, "envoye en prefecture", false) || kw(s + q, n, "recu en prefecture", false)
            || kw(s + q, n, "publie le", false) || kw(s + q, n, "accuse de reception", false)
            || (kw(s + q, n, "id : ", false) && n > 6 && digit(s[q + 5])))
            return trim_end(s, a, q);
    }
    return b;
}

/* "N°", "n°", "N*", "Nº", "No " (OCR) at p: bytes of the mark or 0 */
static size_t numero_at(const char *p, size_t n)
{
    if (n < 2 || (p[0] != 'N' && p[0] != 'n'))
        return 0;
    const unsigned char *u = (const unsigned char *)p;
    size_t q;
    if (u[1] == 0xC2 && n > 2 && (u[2] == 0xB0 || u[2] == 0xBA))
        q = 3;
    else if (u[1] == '*' || u[1] == '\'')
        q = 2;
    else if (n > 3 && u[1] == 0xE2 && u[2] == 0x80 && u[3] == 0x99)
        q = 4;
    else if (u[1] == 'o' || u[1] == 'O') {
        q = 2;
        if (q < n && u[q] == '.')
            q++;
        size_t r = q;
        while (r < n && is_blank(p[r]))
            r++;
        if (!(r < n && digit(p[r])))
            return 0;
    } else if (u[1] == ' ' && n > 3 && u[2] == 0xC2 && u[3] == 0xB0)
        q = 4;
    else
        return 0;
    return q;
}

/* ------------------------------------------------------------------ */
/* Per-call context */

typedef struct sctx {
    ex_call *c;
    const ex_text *t;
    const char *s;
    linfo *li;
    size_t nl;
    bool dbl;           /* the act is double-spaced (OCR): one blank line
                           between two lines does not part them */
} sctx;

static void classify(sctx *x, size_t i)
{
    const ex_text *t = x->t;
    const ex_line *l = &t->lines[i];
    linfo *f = &x->li[i];
    const char *s = x->s;
    f->k = 0;
    if (l->flags & EX_LINE_BLANK) {
        f->k = K_BLANK;
        f->a = f->b = l->start;
        return;
    }
    seg sg[MAXSEG];
    size_t ns = line_segs(t, l, sg, 3);
    if (!ns) {
        f->k = K_BLANK;
        f->a = f->b = l->start;
        return;
    }
    size_t a = skip_junk(s, sg[0].a, sg[0].b);
    size_t b = sg[0].b;
    f->a = a;
    f->b = b;
    if (!(l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) && a < b && !stamp_at(x->c, s + a, b - a, a)) {
        b = stamp_cut(s, a, b);
        f->b = b;
    }
    if (l->flags & EX_LINE_FURNITURE) {
        f->k |= K_SKIP;
        return;
    }
    const char *p = s + a;
    size_t n = b - a;
    if (a >= b) {
        f->k = K_BLANK;
        return;
    }
    /* first letter, folded: each label is only tried where it can start */
    size_t u0;
    char c0 = fold_c((const unsigned char *)p, n, &u0);
#define FIRST(set) (strchr(set, c0) != NULL && c0)
    if ((l->flags & EX_LINE_STAMP) || ((FIRST("erpida(") || digit(c0)) && stamp_at(x->c, p, n, a))) {
        f->k |= K_SKIP | K_STAMP;
        return;
    }
    size_t letters;
    f->up = (uint8_t)upper_pct(s, a, b, &letters);
    f->letters = (uint16_t)(letters > 65535 ? 65535 : letters);
    bool numline;
    numline = false;
    int lt = FIRST("edacrp") ? act_label(p, n, f->up, &numline) : 0;
    if (lt) {
        f->k |= K_LBL;
        f->ltype = (uint8_t)lt;
    }
    if (numline)
        f->k |= K_NUMLINE;
    if (numero_at(p, n) || (s[sg[0].a] == '(' && numero_at(s + sg[0].a + 1, sg[0].b - sg[0].a - 1)))
        f->k |= K_NUMBER;
    size_t m;
    if (c0 == 'o' && (m = kw(p, n, "objet", false)) && m < n) {
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        if (q < n && p[q] == ':')
            f->k |= K_OBJET;
    }
    if (c0 == 'v' && (m = kw(p, n, "vu", false)) && (m == n || p[m] == ' ' || p[m] == '\t' || p[m] == '\'' || p[m] == ':'
                                        || (unsigned char)p[m] == 0xE2 || kw(p + m, n - m, "le ", false)
                                        || kw(p + m, n - m, "la ", false) || kw(p + m, n - m, "les ", false)
                                        || kw(p + m, n - m, "l'", false)))
        f->k |= K_VISA;
    if (FIRST("co") && kw_fuzzy(p, n, "considerant", false))
        f->k |= K_CONSID;
    bool pre = FIRST("ales") && preamble_at(p, n);
    if (pre)
        f->k |= K_PREAMBLE;
    if (FIRST("dai") && (m = verb_at(p, n))) {
        f->k |= K_VERB;
        f->va = a;
        f->vb = a + m;
    } else if (ns == 1 && pre) {
        /* "Après en avoir délibéré, DÉCIDE :" on one line */
        for (size_t q = a; q + 6 < b; q++) {
            if (s[q] == ',' && q + 2 < b) {
                size_t r = q + 1;
                while (r < b && is_blank(s[r]))
                    r++;
                size_t vm = verb_at(s + r, b - r);
                if (vm && upper_pct(s, r, r + vm, NULL) >= 80) {
                    f->k |= K_VERB;
                    f->va = r;
                    f->vb = r + vm;
                    break;
                }
            }
        }
    }
    if (!(f->k & K_VERB) && n <= 40) {
        /* ": ie DÉCIDE : à è à" (OCR junk around the verb) */
        size_t vq = SIZE_MAX, vm = 0;
        bool others_short = true;
        for (size_t q = 0; q < n;) {
            while (q < n && is_blank(p[q]))
                q++;
            size_t w = q;
            while (w < n && !is_blank(p[w]))
                w++;
            if (w == q)
                break;
            size_t L;
            int up = upper_pct(p, q, w, &L);
            size_t m2 = 0;
            if (vq == SIZE_MAX && L >= 6 && up == 100 && (m2 = verb_at(p + q, n - q)) && m2 <= w - q)
                vq = q, vm = m2;
            else if (L > 2)
                others_short = false;
            q = w;
        }
        if (vq != SIZE_MAX && others_short) {
            f->k |= K_VERB;
            f->va = a + vq;
            f->vb = a + vq + vm;
        }
    }
    char num[8];
    if (c0 == 'a' && article_at(p, n, num, sizeof num))
        f->k |= K_ARTICLE;
    if (FIRST("dav(orpml") && vote_at(p, n))
        f->k |= K_VOTE;
    if (c0 == 'e' && (m = kw(p, n, "entre", true)) && (m == n || trim_end_junk(s, a + m, b) == a + m))
        f->k |= K_ENTRE;
    /* "1. DÉLIBÉRATION N° 2024-012 – ..." */
    if (digit(p[0])) {
        size_t q = 0;
        while (q < n && digit(p[q]))
            q++;
        if (q <= 3) {
            while (q < n && (p[q] == '.' || p[q] == ')' || p[q] == '-' || is_blank(p[q])))
                q++;
            if ((m = kw_fuzzy(p + q, n - q, "deliberation", false)) || (m = kw(p + q, n - q, "arrete", false))) {
                size_t r = q + m;
                while (r < n && is_blank(p[r]))
                    r++;
                if (numero_at(p + r, n - r))
                    f->k |= K_ITEM;
            }
        }
    }
    /* signature block starters, in any column: all hold ", le" */
    bool comma = false;
    for (const char *q = memchr(s + l->start, ',', l->end - l->start); q && !comma;
         q = memchr(q + 1, ',', (size_t)(s + l->end - q - 1))) {
        const char *r = q + 1;
        while (r < s + l->end && is_blank(*r))
            r++;
        comma = r + 1 < s + l->end && (r[0] | 0x20) == 'l' && (r[1] | 0x20) == 'e';
    }
    for (size_t g = 0; comma && g < ns; g++) {
        size_t ga = skip_junk(s, sg[g].a, sg[g].b);
        if (ga >= sg[g].b)
            continue;
        if (rx_in(x->c, RX_FAIT, ga, l->end, false) || rx_in(x->c, RX_A_PLACE, ga, l->end, false)
            || rx_in(x->c, RX_BARE_PLACE, ga, sg[g].b, true)) {
            f->k |= K_SIG;
            break;
        }
    }
    if (FIRST("fpa") && (kw(p, n, "fait et delibere", false) || kw(p, n, "pour extrait conforme", false)
        || kw(p, n, "pour copie conforme", false) || kw(p, n, "ainsi fait", false)))
        f->k |= K_SIG;
    size_t ra[4], rb[4];
    if (l->end - l->start <= 200 && parse_names(s, a, trim_end(s, l->start, l->end), ra, rb, 4))
        f->k |= K_NAME;
    if (FIRST("lp") && is_role(s, a, b))
        f->k |= K_ROLE;
#undef FIRST
}

/* ------------------------------------------------------------------ */
/* Act boundaries */

typedef struct act {
    size_t l0, l1;      /* lines [l0, l1) */
    size_t start, end;  /* view offsets */
    int type;
    size_t label;       /* label line or SIZE_MAX */
} act;
typedef EX_VEC(act) act_vec;

/* a short header line above a label: "Pôle Solidarités", "BOP 304 ...",
   "DEPARTEMENT DU PAS-DE-CALAIS", "Annexe à la délibération n° ..." */
static bool header_like(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    if (f->k & (K_NAME | K_ROLE | K_SIG | K_VOTE | K_VERB | K_ARTICLE | K_VISA | K_CONSID))
        return false;
    size_t a = f->a, b = trim_end(x->s, f->a, f->b);
    if (b <= a)
        return true;
    if (b - a > 80)
        return false;
    char last = x->s[b - 1];
    if (last == '.' || last == ';' || last == ')' || last == ',')
        return false;
    return true;
}

static size_t walk_back(sctx *x, size_t lab, size_t floor)
{
    const ex_text *t = x->t;
    size_t start = lab;
    size_t seen = 0;
    uint32_t page = t->lines[lab].page;
    size_t j = lab;
    while (j > floor) {
        j--;
        if (t->lines[j].page != page) {
            /* the act begins its page: start at the page's first line */
            size_t k = j + 1;
            return k > floor ? k : floor;
        }
        const linfo *f = &x->li[j];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        if (!header_like(x, j) || ++seen > 14)
            break;
        start = j;
    }
    return start;
}

static bool split_acts(sctx *x, act_vec *acts)
{
    ex_call *c = x->c;
    act *cur = ex_vec_push(c->alloc, acts);
    if (!cur)
        goto oom;
    cur->l0 = 0;
    cur->type = 0;
    cur->label = SIZE_MAX;
    bool body = false, has_verb = false;
    for (size_t i = 0; i < x->nl; i++) {
        const linfo *f = &x->li[i];
        uint32_t k = f->k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        bool start_new = false;
        int nt = 0;
        if (k & K_LBL) {
            nt = f->ltype;
            if (cur->type == 0 && !body) {
                cur->type = nt;
                cur->label = i;
            } else if (body && !(cur->type == EX_DOC_PROCES_VERBAL && nt == EX_DOC_DELIBERATION)) {
                start_new = true;
            }
        } else if ((k & K_OBJET) && has_verb && cur->type != EX_DOC_PROCES_VERBAL) {
            start_new = true;
            nt = 0;
        } else if ((k & K_NUMLINE) && cur->type == 0 && !body) {
            cur->type = x->s[f->a] == 'A' || x->s[f->a] == 'a' ? EX_DOC_ARRETE : EX_DOC_DELIBERATION;
        }
        if (start_new) {
            size_t floor = cur->l0 + 1;
            size_t st = walk_back(x, i, floor);
            cur->l1 = st;
            cur = ex_vec_push(c->alloc, acts);
            if (!cur)
                goto oom;
            cur->l0 = st;
            cur->type = nt;
            cur->label = i;
            body = false;
            has_verb = false;
            continue;
        }
        if (k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_VOTE | K_SIG))
            body = true;
        if (k & (K_VERB | K_ARTICLE))
            has_verb = true;
    }
    cur->l1 = x->nl;
    /* offsets: each act from its first line's start; the first at 0 */
    for (size_t i = 0; i < acts->n; i++) {
        act *a = &acts->v[i];
        a->start = i == 0 ? 0 : x->t->lines[a->l0].start;
    }
    for (size_t i = 0; i < acts->n; i++)
        acts->v[i].end = i + 1 < acts->n ? acts->v[i + 1].start : x->t->len;
    return true;
oom:
    c->oom = true;
    return false;
}

/* ------------------------------------------------------------------ */
/* Text helpers */

/* text value of [a, b) collapsed; NULL for an empty value */
static const char *value(sctx *x, size_t a, size_t b)
{
    if (b <= a)
        return NULL;
    char *v = ex_text_value(x->c, x->t, a, b);
    if (!v || !*v)
        return NULL;
    return v;
}

/* join pieces (already text values) with one space */
typedef struct sbuf {
    char buf[1024];
    size_t n;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (!n)
        return;
    if (b->n && b->n + 1 < sizeof b->buf) {
        /* line-end hyphenation: "pau-" + "vreté" */
        if (b->buf[b->n - 1] == '-' && n && s[0] >= 'a' && s[0] <= 'z' && b->n >= 2 && b->buf[b->n - 2] != ' ')
            b->n--;
        else
            b->buf[b->n++] = ' ';
    }
    for (size_t i = 0; i < n && b->n + 1 < sizeof b->buf; i++) {
        char ch = s[i];
        if (ch == '\t' || ch == '\n' || ch == '\r')
            ch = ' ';
        if (ch == ' ' && b->n && b->buf[b->n - 1] == ' ')
            continue;
        b->buf[b->n++] = ch;
    }
    while (b->n && b->buf[b->n - 1] == ' ')
        b->n--;
    /* do not cut a UTF-8 sequence */
    while (b->n && ((unsigned char)b->buf[b->n - 1] & 0xC0) == 0x80) {
        size_t k = b->n - 1;
        while (k > 0 && ((unsigned char)b->buf[k] & 0xC0) == 0x80)
            k--;
        unsigned char lead = (unsigned char)b->buf[k];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (b->n - k >= need)
            break;
        b->n = k;
    }
    b->buf[b->n] = '\0';
}

static const char *sb_str(sctx *x, sbuf *b)
{
    while (b->n && (b->buf[b->n - 1] == ' ' || b->buf[b->n - 1] == ','))
        b->n--;
    b->buf[b->n] = '\0';
    if (!b->n)
        return NULL;
    return ex_strndup(x->c, b->buf, b->n);
}

/* is the first segment of line i mostly upper case (a heading line) */
static bool upper_line(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    return !(f->k & (K_BLANK | K_SKIP)) && f->letters >= 3 && f->up >= 75;
}

/* first word of line i starts lower case */
static bool lower_start(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    size_t n;
    return f->b > f->a && case_at(x->s + f->a, f->b - f->a, &n) < 0;
}

/* last word of a piece is a connector: the title goes on */
static bool ends_connector(const char *s, size_t a, size_t b)
{
    b = trim_end(s, a, b);
    if (b <= a)
        return false;
    char last = s[b - 1];
    if (last == '-' || last == ',' || (b >= a + 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80
                                        && ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94)))
        return true;
    size_t w = b;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    static const char *const con[] = {"et", "de", "du", "des", "la", "le", "les", "a", "au", "aux", "en",
                                       "pour", "sur", "par", "avec", "dans", "d'", "l'", NULL};
    for (size_t i = 0; con[i]; i++) {
        size_t m = kw(s + w, b - w, con[i], false);
        if (m && m == b - w)
            return true;
    }
    return false;
}

/* next non-blank, non-skipped line after i, before lim (or lim) */
static size_t next_line(sctx *x, size_t i, size_t lim)
{
    for (size_t j = i + 1; j < lim; j++)
        if (!(x->li[j].k & (K_BLANK | K_SKIP)))
            return j;
    return lim;
}

/* line j follows line prev in the same paragraph */
static bool adjacent(sctx *x, size_t prev, size_t j)
{
    if (j == prev + 1)
        return true;
    if (x->dbl && j == prev + 2 && (x->li[prev + 1].k & K_BLANK))
        return true;
    return false;
}

/* the next line with some letters after i (junk lines skipped), within
   'gap' lines */
static size_t next_content(sctx *x, size_t i, size_t lim, size_t gap)
{
    for (size_t j = i + 1; j < lim && j <= i + gap; j++) {
        const linfo *f = &x->li[j];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        if (f->letters < 3)
            continue;
        return j;
    }
    return lim;
}

/* end of an upper-case piece without OCR tail junk ("VILLE DE a",
   "MEMBRES oi sie") */
static size_t upper_trim(const char *s, size_t a, size_t b)
{
    b = trim_end_junk(s, a, b);
    if (upper_pct(s, a, b, NULL) < 70)
        return b;
    for (;;) {
        size_t w = b;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        if (w <= a)
            return b;
        size_t L;
        int up = upper_pct(s, w, b, &L);
        if (!((L <= 3 && up == 0 && b - w <= 4) || L <= 1))
            return b;
        b = trim_end_junk(s, a, w);
    }
}

/* ------------------------------------------------------------------ */
/* Heading fields */

static int collectivity_rank(const char *p, size_t n, size_t *kwlen)
{
    static const struct { const char *k; int r; } keys[] = {
        {"commune de", 3}, {"commune d'", 3}, {"ville de", 3}, {"ville d'", 3}, {"mairie de", 3},
        {"mairie d'", 3}, {"communaute de communes", 3}, {"communaute d'agglomeration", 3},
        {"communaute urbaine", 3}, {"communaute d'agglo", 3}, {"metropole", 3}, {"syndicat", 3},
        {"sivom", 3}, {"sivu", 3}, {"smictom", 3}, {"sictom", 3}, {"pole metropolitain", 3},
        {"petr", 3}, {"etablissement public territorial", 3}, {"centre communal d'action sociale", 3},
        {"departement de", 2}, {"departement du", 2}, {"departement des", 2}, {"departement d'", 2},
        {"region", 2}, {"collectivite", 2}, {"conseil departemental d", 2},
        {"prefecture de", 1}, {"prefecture du", 1}, {"prefecture des", 1}, {"prefecture d'", 1},
        {"commune", 3}, {"ville", 3}, {"departement", 2},
    };
    size_t nkeys = sizeof keys / sizeof keys[0];
    /* the bare words only as a whole upper-case heading: "COMMUNE", not
       a table head "Commune . Opération" */
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        if (!is_blank(p[i]) && (i == 0 || is_blank(p[i - 1])))
            words++;
    if (words > 3 || upper_pct(p, 0, n, NULL) < 70)
        nkeys -= 3;
    for (size_t i = 0; i < nkeys; i++) {
        size_t m = kw(p, n, keys[i].k, true);
        if (!m && keys[i].k[strlen(keys[i].k) - 1] == '\'')
            m = kw(p, n, keys[i].k, false);
        if (m) {
            *kwlen = m;
            return keys[i].r;
        }
    }
    return 0;
}

/* collectivity at line i (first segment), joined with its continuation */
static const char *collectivity_value(sctx *x, size_t i, size_t lim)
{
    sbuf sb = {.n = 0};
    const linfo *f = &x->li[i];
    const char *s = x->s;
    /* cut at " – " / " - " separators */
    size_t a = f->a, b = upper_trim(s, f->a, f->b);
    for (size_t q = a + 1; q + 2 < b; q++) {
        if (s[q] == ' ' && (s[q + 1] == '-' || ((unsigned char)s[q + 1] == 0xE2 && (unsigned char)s[q + 2] == 0x80))) {
            size_t r = q + 1 + (s[q + 1] == '-' ? 1 : 3);
            if (r < b && s[r] == ' ') {
                b = trim_end(s, a, q);
                break;
            }
        }
    }
    sb_add(&sb, s + a, b - a);
    /* continuation: "RÉGION" + "NORD-ATLANTIQUE", "VILLE DE" + "BERNIÈRES",
       "COMMUNAUTÉ DE COMMUNES" + "DU VAL D'ARGENSON" */
    size_t kl = 0;
    collectivity_rank(s + a, b - a, &kl);
    bool bare = trim_end_junk(s, a + kl, b) <= a + kl;
    bool dangling = ends_connector(s, a, b) && s[b - 1] != ',';
    size_t j = next_content(x, i, lim, 4);
    if (j < lim && upper_line(x, j) && x->li[j].b - x->li[j].a <= 60
        && !(x->li[j].k & (K_LBL | K_NUMBER | K_NUMLINE))) {
        const linfo *g = &x->li[j];
        size_t ka;
        bool cont_prep = kw(s + g->a, g->b - g->a, "du ", false) || kw(s + g->a, g->b - g->a, "de ", false)
                         || kw(s + g->a, g->b - g->a, "des ", false) || kw(s + g->a, g->b - g->a, "d'", false);
        if ((bare || dangling || cont_prep) && !collectivity_rank(s + g->a, g->b - g->a, &ka)) {
            size_t gb = upper_trim(s, g->a, g->b);
            sb_add(&sb, s + g->a, gb - g->a);
        }
    }
    return sb_str(x, &sb);
}

/* assembly keyword at p: bytes or 0 */
static size_t assembly_at(const char *p, size_t n)
{
    static const char *const keys[] = {
        "commission permanente", "conseil municipal", "conseil communautaire", "conseil departemental",
        "conseil regional", "conseil metropolitain", "conseil syndical", "comite syndical",
        "bureau communautaire", "bureau syndical", "bureau municipal", "conseil d'administration",
        "conseil de communaute", "conseil general", "conseil territorial", "conseil de la metropole",
        "conseil de territoire", "assemblee generale", "assemblee deliberante", "comite de direction",
        "conseil d'exploitation", "bureau metropolitain", "bureau", NULL
    };
    for (size_t i = 0; keys[i]; i++) {
        size_t m = kw(p, n, keys[i], true);
        if (m)
            return m;
    }
    return 0;
}

/* body from an assembly keyword at view offset p in line i: "COMMISSION
   PERMANENTE" [+ "DU CONSEIL DEPARTEMENTAL", possibly on the next line] */
static const char *assembly_value(sctx *x, size_t i, size_t p, size_t lim)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t b = trim_end_junk(s, f->a, f->b);
    size_t m = assembly_at(s + p, b - p);
    size_t e = p + m;
    sbuf sb = {.n = 0};
    /* " du conseil régional" / " de la commission permanente" */
    size_t q = e, c2;
    while (q < b && is_blank(s[q]))
        q++;
    size_t sep = kw(s + q, b - q, "du ", false);
    if (!sep)
        sep = kw(s + q, b - q, "de la ", false);
    if (!sep)
        sep = kw(s + q, b - q, "de l'", false);
    if (sep && (c2 = assembly_at(s + q + sep, b - q - sep))) {
        sb_add(&sb, s + p, q + sep + c2 - p);
        return sb_str(x, &sb);
    }
    sb_add(&sb, s + p, e - p);
    if (q >= b) {
        size_t j = next_line(x, i, lim);
        if (j < lim && j - i <= 2) {
            const linfo *g = &x->li[j];
            size_t gb = trim_end_junk(s, g->a, g->b);
            size_t sp = kw(s + g->a, gb - g->a, "du ", false);
            if (!sp)
                sp = kw(s + g->a, gb - g->a, "de la ", false);
            if (sp && (c2 = assembly_at(s + g->a + sp, gb - g->a - sp)))
                sb_add(&sb, s + g->a, sp + c2);
        }
    }
    return sb_str(x, &sb);
}

/* the authority of an arrêté: "Le Maire de la Commune de X," -> "Le
   Maire"; "Le Préfet du Calvados," kept */
static const char *authority_value(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t a = f->a, b = trim_end_junk(s, f->a, f->b);
    for (size_t q = a; q + 4 < b; q++) {
        if (s[q] == ' ' && (kw(s + q, b - q, " de la commune", false) || kw(s + q, b - q, " de la ville", false)
                            || kw(s + q, b - q, " de la metropole", false)
                            || kw(s + q, b - q, " de la communaute", false))) {
            b = q;
            break;
        }
    }
    sbuf sb = {.n = 0};
    sb_add(&sb, s + a, b - a);
    return sb_str(x, &sb);
}

/* the number after N° at view offset p: the first token with a digit
   ("2022-418", "36/2023", "2023-CP-1142"), then dash-separated groups of
   at most 3 upper-case tokens holding a digit ("2022 – UO DDETS 62 – DS
   N° 42080881"); a title after a dash ("2024-012 – VOTE DES TAUX") or a
   lower-case word ends it */
static const char *number_value(sctx *x, size_t p, size_t b)
{
    const char *s = x->s;
    while (p < b && (is_blank(s[p]) || s[p] == ':' || s[p] == '.'))
        p++;
    size_t st = p;
    /* first token */
    size_t w = p;
    while (w < b && !is_blank(s[w]))
        w++;
    bool dig = false;
    for (size_t q = p; q < w; q++)
        dig |= digit(s[q]);
    if (!dig)
        return NULL;
    size_t end = w;
    p = w;
    for (;;) {
        size_t q = p;
        while (q < b && is_blank(s[q]))
            q++;
        /* a separator dash */
        size_t dl = 0;
        if (q < b && s[q] == '-')
            dl = 1;
        else if (q + 2 < b && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
                 && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
            dl = 3;
        if (!dl || q + dl >= b || !is_blank(s[q + dl]))
            break;
        /* the group after it */
        size_t g = q + dl, ntok = 0, gend = g;
        bool gdig = false, lower = false;
        while (g < b) {
            while (g < b && is_blank(s[g]))
                g++;
            if (g >= b)
                break;
            if (s[g] == '-' || (unsigned char)s[g] == 0xE2)
                break;
            size_t t = g;
            while (t < b && !is_blank(s[t]))
                t++;
            for (size_t r = g; r < t; r++) {
                gdig |= digit(s[r]);
                lower |= s[r] >= 'a' && s[r] <= 'z';
            }
            ntok++;
            gend = t;
            g = t;
        }
        if (!gdig || lower || ntok == 0 || ntok > 3)
            break;
        end = gend;
        p = gend;
    }
    while (end > st && !(digit(s[end - 1]) || (s[end - 1] >= 'A' && s[end - 1] <= 'Z') || (s[end - 1] >= 'a' && s[end - 1] <= 'z')))
        end--;
    if (end <= st)
        return NULL;
    /* a spaced em dash read by OCR for the en dash: " — " -> " – " */
    char *v = ex_strndup(x->c, s + st, end - st);
    if (v)
        for (char *q = v; (q = strstr(q, "\xE2\x80\x94")) != NULL; q += 3)
            if (q > v && (q[-1] == ' ' || q[3] == ' '))
                q[2] = (char)0x93;
    return v;
}

/* find N° in the first segment of line i and read the number */
static const char *line_number(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t b = f->b;
    for (size_t q = f->a; q + 1 < b; q++) {
        if ((s[q] == 'N' || s[q] == 'n') && (q == f->a || !letter_at(s + q - 1, 1))) {
            size_t m = numero_at(s + q, b - q);
            if (m)
                return number_value(x, q + m, b);
        }
    }
    return NULL;
}

/* ---- the "s'est réuni ..." sentence, read in its column ---- */

static size_t column_stream(sctx *x, size_t i, size_t pos, size_t lim, char *out, size_t cap)
{
    const ex_text *t = x->t;
    const char *s = x->s;
    seg sg[MAXSEG];
    size_t ns = line_segs(t, &t->lines[i], sg, 3);
    size_t col = 0, o = 0;
    for (size_t g = 0; g < ns; g++)
        if (pos >= sg[g].a && pos <= sg[g].b) {
            col = sg[g].col;
            size_t n = sg[g].b - pos;
            if (n > cap - 1)
                n = cap - 1;
            memcpy(out, s + pos, n);
            o = n;
            break;
        }
    size_t blanks = 0;
    for (size_t j = i + 1; j < lim && j <= i + 8 && o + 2 < cap; j++) {
        if (x->li[j].k & K_SKIP)
            continue;
        if (x->li[j].k & K_BLANK) {
            if (++blanks > 1)
                break;
            continue;
        }
        blanks = 0;
        ns = line_segs(t, &t->lines[j], sg, 3);
        size_t pick = SIZE_MAX;
        for (size_t g = 0; g < ns; g++)
            if (sg[g].col + 4 >= col && sg[g].col <= col + 4)
                pick = g;
        if (pick == SIZE_MAX && ns == 1 && (col < 8 || sg[0].col > col))
            pick = 0;
        if (pick == SIZE_MAX) {
            if (ns == 1)
                continue; /* a line of the other column only */
            break;
        }
        out[o++] = ' ';
        size_t n = sg[pick].b - sg[pick].a;
        if (o + n > cap - 1)
            n = cap - 1 - o;
        memcpy(out + o, s + sg[pick].a, n);
        o += n;
    }
    out[o] = '\0';
    return o;
}

/* the place in a "s'est réuni(e) ..." stream */
static const char *place_value(sctx *x, const char *st, size_t n)
{
    /* up to "sous la présidence" or a sentence end */
    size_t end = n;
    for (size_t q = 0; q < n; q++) {
        if (kw(st + q, n - q, "sous la presidence", false) || st[q] == '.' || st[q] == ';') {
            end = q;
            break;
        }
    }
    size_t p = 0;
    while (p < end) {
        size_t pe = p;
        while (pe < end && st[pe] != ',')
            pe++;
        /* prepositions in the part [p, pe) */
        for (size_t q = p; q < pe; q++) {
            if (q > p && !is_blank(st[q - 1]))
                continue;
            size_t m = 0;
            if ((m = kw(st + q, pe - q, "dans ", false)) || (m = kw(st + q, pe - q, "au ", false))
                || (m = kw(st + q, pe - q, "en ", false)))
                ;
            else if ((unsigned char)st[q] == 0xC3 && q + 2 < pe && ((unsigned char)st[q + 1] == 0xA0
                                                                   || (unsigned char)st[q + 1] == 0x80)
                     && st[q + 2] == ' ')
                m = 3;
            else if (st[q] == 'a' && q + 1 < pe && st[q + 1] == ' ')
                m = 2;
            if (!m)
                continue;
            size_t r = q + m;
            while (r < pe && is_blank(st[r]))
                r++;
            bool au = kw(st + q, pe - q, "au ", false) != 0;
            size_t art = kw(st + r, pe - r, "la ", false);
            if (!art)
                art = kw(st + r, pe - r, "l'", false);
            if (!art)
                art = kw(st + r, pe - r, "le ", false);
            r += art;
            if (r >= pe)
                continue;
            /* not a time, a session, the usual place */
            static const char *const bad[] = {"seance", "session", "lieu habituel", "heure", "h ", "present",
                                              "nombre", "vertu", "application", "date", "son ", "sa ", "ses ",
                                              "visioconference", "raison", "date", "vue", "presence", "mairie, sous", NULL};
            bool rej = digit(st[r]);
            for (size_t k = 0; bad[k] && !rej; k++)
                if (kw(st + r, pe - r, bad[k], false))
                    rej = true;
            size_t used;
            if (!rej && ex_number_words(st + r, pe - r, &used) >= 0 && used > 0)
                rej = true;
            if (rej)
                continue;
            if (au) {
                /* "au lieu habituel": rejected above; "au siège de ..." keeps "siège de" */
            }
            size_t e = pe;
            while (e > r && is_blank(st[e - 1]))
                e--;
            size_t pl;
            upper_pct(st, r, e, &pl);
            if (e <= r || pl < 3)
                continue;
            sbuf sb = {.n = 0};
            sb_add(&sb, st + r, e - r);
            return sb_str(x, &sb);
        }
        p = pe + 1;
    }
    return NULL;
}

static void heading(sctx *x, const act *A, ex_document *d, size_t hz)
{
    ex_call *c = x->c;
    const char *s = x->s;
    int best_rank = 0;
    size_t coll_line = SIZE_MAX;
    size_t label = A->label;
    bool want_session = d->type != EX_DOC_ARRETE && d->type != EX_DOC_CONVENTION;
    bool got_date = false, got_conv = false, got_place = false;
    int tries_date = 0, tries_conv = 0; /* bounded look-ups: linear time */
    size_t entre = SIZE_MAX;
    size_t body_assembly = SIZE_MAX, body_unit = SIZE_MAX, body_auth = SIZE_MAX;
    size_t assembly_pos = 0;
    size_t mixed_line = SIZE_MAX, mixed_pos = 0; /* "le Conseil municipal de ..." */
    const char *title = NULL;

    for (size_t i = A->l0; i < hz; i++) {
        const linfo *f = &x->li[i];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        const char *p = s + f->a;
        size_t n = f->b - f->a;
        if (f->k & K_ENTRE) {
            entre = i;
            break;
        }
        size_t kl;
        int r = collectivity_rank(p, n, &kl);
        if (r > best_rank && (f->up >= 60 || n <= 60) && n <= 90) {
            best_rank = r;
            coll_line = i;
        }
        /* body */
        if (body_assembly == SIZE_MAX && (f->up >= 70 || (f->k & K_LBL))) {
            for (size_t q = f->a; q < f->b; q++) {
                if (q > f->a && !is_blank(s[q - 1]) && s[q - 1] != '-')
                    continue;
                if (assembly_at(s + q, f->b - q)) {
                    body_assembly = i;
                    assembly_pos = q;
                    break;
                }
            }
        }
        if (body_assembly == SIZE_MAX && mixed_line == SIZE_MAX && i < A->l0 + 80) {
            for (size_t q = f->a; q + 8 < f->b; q++) {
                if ((s[q] | 0x20) != 'c' || (q > f->a && !is_blank(s[q - 1])))
                    continue;
                size_t am = assembly_at(s + q, f->b - q);
                if (am && am > 8) {
                    mixed_line = i;
                    mixed_pos = q;
                    break;
                }
            }
        }
        if (body_unit == SIZE_MAX && n <= 80 && (kw(p, n, "pole ", false) || kw(p, n, "direction ", false)
                                                 || kw(p, n, "service ", false)))
            body_unit = i;
        if (body_auth == SIZE_MAX && (kw(p, n, "le maire", true) || kw(p, n, "la maire", true)
                                      || kw(p, n, "le prefet", true) || kw(p, n, "la prefete", true)
                                      || kw(p, n, "le president", true) || kw(p, n, "la presidente", true))
            && x->s[trim_end(s, f->a, f->b) - 1] == ',')
            body_auth = i;
        /* number */
        if (!d->number && d->type != EX_DOC_PROCES_VERBAL && (f->k & (K_LBL | K_NUMBER | K_NUMLINE)))
            d->number = line_number(x, i);
        /* OBJET */
        if (!title && (f->k & K_OBJET)) {
            size_t q = f->a + kw(p, n, "objet", false);
            while (q < f->b && (is_blank(s[q]) || s[q] == ':' || s[q] == '\'' || s[q] == '.'))
                q++;
            sbuf sb = {.n = 0};
            size_t qe = trim_end_junk(s, q, f->b);
            sb_add(&sb, s + q, qe - q);
            size_t prev = i;
            for (size_t j = i + 1; j < hz && j <= i + 6; j++) {
                const linfo *g = &x->li[j];
                if (g->k & K_SKIP)
                    continue;
                bool conn = ends_connector(s, x->li[prev].a, x->li[prev].b);
                if (g->k & K_BLANK) {
                    if (conn || (x->dbl && j == prev + 1))
                        continue;
                    break;
                }
                if (g->k & (K_VISA | K_CONSID | K_NUMBER | K_LBL | K_ARTICLE | K_VERB))
                    break;
                if (!(conn || lower_start(x, j) || (upper_line(x, j) && upper_line(x, i))))
                    break;
                sb_add(&sb, s + g->a, trim_end_junk(s, g->a, g->b) - g->a);
                prev = j;
            }
            title = sb_str(x, &sb);
        }
        /* session */
        if (want_session) {
            size_t ln_end = x->t->lines[i].end;
            for (size_t q = x->t->lines[i].start; q < ln_end; q++) {
                if (q > x->t->lines[i].start && letter_at(s + q - 1, 1))
                    continue;
                char ch = s[q] | 0x20;
                if (ch != 's' && ch != 'r' && ch != 'l' && ch != 'c' && ch != 'd')
                    continue;
                size_t m;
                if (!got_date && tries_date < 6 && ((m = kw(s + q, ln_end - q, "seance du", false)) || (m = kw(s + q, ln_end - q, "reunion du", false))
                                  || (m = kw(s + q, ln_end - q, "session du", false)) || (m = kw(s + q, ln_end - q, "l'an ", false))
                                  || (m = kw(s + q, ln_end - q, "seance publique du", false)))) {
                    const ex_date *dt = ex_date_at(c, q, q + m + 120);
                    tries_date++;
                    if (dt) {
                        d->session_date = dt->value;
                        got_date = true;
                    }
                }
                if (!got_conv && tries_conv < 6 && ((m = kw(s + q, ln_end - q, "date de convocation", false))
                                  || (m = kw(s + q, ln_end - q, "date de la convocation", false)))) {
                    const ex_date *dt = ex_date_at(c, q + m, q + m + 400);
                    tries_conv++;
                    if (dt && dt->span.start < A->end) {
                        d->convened_on = dt->value;
                        got_conv = true;
                    }
                }
                if (!got_conv && tries_conv < 6 && (m = kw(s + q, ln_end - q, "convoque", false))) {
                    size_t r = q + m;
                    while (r < ln_end && (s[r] == 'e' || s[r] == 's' || s[r] == 'E' || s[r] == 'S'))
                        r++;
                    size_t r2 = r;
                    while (r2 < x->t->len && (is_blank(s[r2]) || s[r2] == '\n'))
                        r2++;
                    size_t lm = kw(s + r2, x->t->len - r2, "le", true);
                    if (lm) {
                        const ex_date *dt = ex_date_at(c, r2, r2 + lm + 40);
                        tries_conv++;
                        if (dt) {
                            d->convened_on = dt->value;
                            got_conv = true;
                        }
                    }
                }
                if (!got_place && ((m = kw(s + q, ln_end - q, "s'est reuni", false))
                                   || (m = kw(s + q, ln_end - q, "s 'est reuni", false))
                                   || (m = kw(s + q, ln_end - q, "se sont reunis", false)))) {
                    char st[400];
                    size_t sn = column_stream(x, i, q + m, hz, st, sizeof st);
                    size_t k0 = 0;
                    while (k0 < sn && (st[k0] == 'e' || st[k0] == 's'))
                        k0++;
                    d->session_place = place_value(x, st + k0, sn - k0);
                    got_place = true;
                }
            }
        }
    }

    /* collectivity */
    if (coll_line != SIZE_MAX)
        d->collectivity = collectivity_value(x, coll_line, hz);
    /* body */
    if (d->type == EX_DOC_ARRETE && body_auth != SIZE_MAX)
        d->body = authority_value(x, body_auth);
    else if ((d->type == EX_DOC_DELIBERATION || d->type == EX_DOC_PROCES_VERBAL || d->type == EX_DOC_OTHER)
             && body_assembly != SIZE_MAX)
        d->body = assembly_value(x, body_assembly, assembly_pos, hz);
    else if (body_unit != SIZE_MAX && (body_assembly == SIZE_MAX || body_unit < body_assembly)) {
        const linfo *f = &x->li[body_unit];
        sbuf sb = {.n = 0};
        sb_add(&sb, s + f->a, trim_end_junk(s, f->a, f->b) - f->a);
        size_t j = next_line(x, body_unit, hz);
        if (j < hz && adjacent(x, body_unit, j) && lower_start(x, j))
            sb_add(&sb, s + x->li[j].a, trim_end_junk(s, x->li[j].a, x->li[j].b) - x->li[j].a);
        d->body = sb_str(x, &sb);
    } else if (body_assembly != SIZE_MAX)
        d->body = assembly_value(x, body_assembly, assembly_pos, hz);
    else if (body_auth != SIZE_MAX)
        d->body = authority_value(x, body_auth);
    else if (mixed_line != SIZE_MAX && d->type != EX_DOC_CONVENTION) {
        sbuf sb = {.n = 0};
        sb_add(&sb, s + mixed_pos, assembly_at(s + mixed_pos, x->li[mixed_line].b - mixed_pos));
        d->body = sb_str(x, &sb);
    }

    /* title from the act label */
    if (!title && label != SIZE_MAX && label < hz) {
        sbuf sb = {.n = 0};
        if (d->type == EX_DOC_CONVENTION || d->type == EX_DOC_PROCES_VERBAL) {
            const linfo *f = &x->li[label];
            sb_add(&sb, s + f->a, trim_end_junk(s, f->a, f->b) - f->a);
            size_t prev = label;
            for (size_t j = label + 1; j < hz && j <= label + 10; j++) {
                const linfo *g = &x->li[j];
                if (g->k & (K_SKIP | K_BLANK))
                    continue;
                if (g->k & (K_NUMBER | K_ENTRE | K_VISA | K_LBL | K_NUMLINE | K_PREAMBLE | K_VERB))
                    break;
                if (kw(s + g->a, g->b - g->a, "nombre", true) || kw(s + g->a, g->b - g->a, "en exercice", false)
                    || kw(s + g->a, g->b - g->a, "l'an ", false) || kw(s + g->a, g->b - g->a, "preambule", false)
                    || kw(s + g->a, g->b - g->a, "vu ", false))
                    break;
                bool adj = adjacent(x, prev, j);
                if (!(upper_line(x, j) || (adj && d->type == EX_DOC_CONVENTION && g->b - g->a <= 90)))
                    break;
                sb_add(&sb, s + g->a, trim_end_junk(s, g->a, g->b) - g->a);
                prev = j;
            }
            title = sb_str(x, &sb);
        } else if (d->type == EX_DOC_ARRETE) {
            const linfo *f = &x->li[label];
            /* the rest of the label line after the number */
            size_t q = f->a;
            for (; q < f->b; q++) {
                size_t m = (s[q] == 'N' || s[q] == 'n') ? numero_at(s + q, f->b - q) : 0;
                if (m) {
                    q += m;
                    while (q < f->b && is_blank(s[q]))
                        q++;
                    while (q < f->b && !is_blank(s[q]))
                        q++;
                    break;
                }
            }
            size_t qa = skip_junk(s, q, f->b);
            if (qa < f->b && lower_start(x, label) == false) {
                size_t e = trim_end_junk(s, qa, f->b);
                size_t letters;
                upper_pct(s, qa, e, &letters);
                if (letters >= 4)
                    sb_add(&sb, s + qa, e - qa);
            }
            for (size_t j = label + 1; j < hz && j <= label + 8; j++) {
                const linfo *g = &x->li[j];
                if (g->k & K_SKIP)
                    continue;
                if (g->k & K_BLANK) {
                    if (sb.n && !(x->dbl && !(x->li[j - 1].k & K_BLANK)))
                        break;
                    continue;
                }
                if (g->k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE))
                    break;
                if (!(lower_start(x, j) || x->s[g->a] == '(' || x->s[x->t->lines[j].start] == '('))
                    break;
                size_t ga = x->s[x->t->lines[j].start] == '(' ? x->t->lines[j].start : g->a;
                sb_add(&sb, s + ga, trim_end_junk(s, ga, g->b) - ga);
            }
            title = sb_str(x, &sb);
        }
    }
    /* deliberation / rapport: the first upper-case block after the label */
    if (!title) {
        size_t from = label != SIZE_MAX ? label + 1 : A->l0;
        size_t blk0 = SIZE_MAX, last = SIZE_MAX;
        sbuf sb = {.n = 0};
        for (size_t j = from; j < hz; j++) {
            const linfo *g = &x->li[j];
            if (g->k & (K_SKIP | K_BLANK))
                continue;
            const char *p = s + g->a;
            size_t n = g->b - g->a;
            bool excl = (g->k & (K_NUMBER | K_NUMLINE | K_LBL | K_STAMP)) || j == body_assembly || j == coll_line
                        || kw(p, n, "reunion", true) || kw(p, n, "seance", true) || kw(p, n, "presidence", true)
                        || kw(p, n, "session", true) || kw(p, n, "du ", false) || kw(p, n, "republique", true)
                        || kw(p, n, "pole ", false) || kw(p, n, "direction ", false) || digit(p[0]);
            if (blk0 != SIZE_MAX) {
                if (upper_line(x, j) && !(g->k & (K_NUMBER | K_NUMLINE | K_LBL))) {
                    sb_add(&sb, p, trim_end_junk(s, g->a, g->b) - g->a);
                    last = j;
                    continue;
                }
                break;
            }
            size_t letters;
            if (excl || !upper_line(x, j))
                continue;
            upper_pct(s, g->a, g->b, &letters);
            /* not a list of names: "M. X, Mme Y" */
            bool civ = false;
            for (size_t q = g->a; q + 3 < g->b; q++)
                if ((q == g->a || s[q - 1] == ' ') && (kw(s + q, g->b - q, "m. ", false) || kw(s + q, g->b - q, "mme ", false)))
                    civ = true;
            char lc = s[trim_end(s, g->a, g->b) - 1];
            if (civ || letters < 12 || (g->k & (K_NAME | K_ROLE)) || lc == '.')
                continue;
            blk0 = j;
            last = j;
            sb_add(&sb, p, trim_end_junk(s, g->a, g->b) - g->a);
        }
        EX_UNUSED(last);
        if (blk0 != SIZE_MAX)
            title = sb_str(x, &sb);
    }
    d->title = title;

    /* a convention's first party: "La Région Nord-Atlantique, représentée" */
    if (!d->collectivity && d->type == EX_DOC_CONVENTION && entre != SIZE_MAX) {
        size_t j = next_line(x, entre, A->l1);
        if (j < A->l1) {
            const linfo *g = &x->li[j];
            const char *p = s + g->a;
            size_t n = g->b - g->a;
            size_t m = kw(p, n, "la ", false);
            if (!m)
                m = kw(p, n, "le ", false);
            if (!m)
                m = kw(p, n, "l'", false);
            size_t kl;
            if (m && collectivity_rank(p + m, n - m, &kl) >= 2) {
                size_t e = m;
                while (e < n && p[e] != ',')
                    e++;
                sbuf sb = {.n = 0};
                sb_add(&sb, p + m, e - m);
                d->collectivity = sb_str(x, &sb);
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* Body: clauses, decision, articles, items */

typedef struct open_clause {
    bool on;
    bool visa;
    size_t a, last;     /* start offset, end of the last line */
    size_t last_line;
} open_clause;

static bool push_clause(sctx *x, ex_document *d, open_clause *oc)
{
    if (!oc->on)
        return true;
    oc->on = false;
    ex_clause *cl = ex_vec_push(x->c->alloc, oc->visa ? &d->visas : &d->considerants);
    if (!cl) {
        x->c->oom = true;
        return false;
    }
    cl->span.start = oc->a;
    cl->span.end = oc->last;
    cl->text = value(x, oc->a, oc->last);
    return !x->c->oom;
}

typedef struct open_article {
    bool on;
    size_t a, body, last;
    char num[8];
    const char *heading;
} open_article;

static bool push_article(sctx *x, ex_article_vec *v, open_article *oa)
{
    if (!oa->on)
        return true;
    oa->on = false;
    ex_article *ar = ex_vec_push(x->c->alloc, v);
    if (!ar) {
        x->c->oom = true;
        return false;
    }
    ar->number = ex_strdup(x->c, oa->num);
    ar->heading = oa->heading;
    ar->span.start = oa->a;
    ar->span.end = oa->last > oa->a ? oa->last : oa->a;
    ar->text = oa->body < oa->last ? value(x, oa->body, oa->last) : NULL;
    if (!ar->text)
        ar->text = ex_strdup(x->c, "");
    return !x->c->oom;
}

/* open an article at line i */
static void start_article(sctx *x, size_t i, size_t lim, open_article *oa)
{
    const linfo *f = &x->li[i];
    const char *s = x->s;
    size_t m = article_at(s + f->a, f->b - f->a, oa->num, sizeof oa->num);
    oa->on = true;
    oa->a = f->a;
    oa->heading = NULL;
    size_t q = f->a + m;
    size_t le = x->t->lines[i].end;
    /* separator */
    while (q < le && (is_blank(s[q]) || s[q] == ':' || s[q] == '-' || s[q] == '.' || s[q] == ')'
                      || ((unsigned char)s[q] == 0xE2 && q + 2 < le && (unsigned char)s[q + 1] == 0x80
                          && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
                      || ((unsigned char)s[q] == 0xC2 && q + 1 < le && (unsigned char)s[q + 1] == 0xA9))) {
        q += ((unsigned char)s[q] == 0xE2) ? 3 : ((unsigned char)s[q] == 0xC2) ? 2 : 1;
    }
    size_t e = trim_end(s, q, le);
    oa->last = e > f->a ? e : le;
    if (q >= e) {
        /* "Article 1 :" alone: the body is on the next lines */
        size_t j = next_line(x, i, lim);
        oa->body = j < lim ? x->li[j].a : e;
        return;
    }
    /* heading or body on the heading line */
    size_t letters;
    int up = upper_pct(s, q, e, &letters);
    size_t he = trim_end_junk(s, q, e);
    char lastc = s[e - 1];
    size_t words = 0;
    for (size_t r = q; r < he; r++)
        if (!is_blank(s[r]) && (r == q || is_blank(s[r - 1])))
            words++;
    size_t j = next_line(x, i, lim);
    bool next_upper_start = false, blank_between = j > i + (x->dbl ? 2 : 1);
    if (j < lim) {
        size_t nn;
        next_upper_start = case_at(s + x->li[j].a, x->li[j].b - x->li[j].a, &nn) > 0 || digit(s[x->li[j].a]);
    }
    bool is_heading = false;
    if (letters >= 2 && up >= 80 && he - q <= 120)
        is_heading = true;
    else if (he - q <= 80 && lastc != ',' && lastc != ';' && lastc != '.' && next_upper_start
             && (blank_between || words <= 8) && !ends_connector(s, q, he))
        is_heading = true;
    if (is_heading) {
        he = upper_trim(s, q, he);
        size_t hl;
        upper_pct(s, q, he, &hl);
        if (hl < 3)
            is_heading = false;
    }
    if (is_heading && j < lim) {
        oa->heading = value(x, q, he);
        oa->body = x->li[j].a;
    } else {
        oa->body = q;
    }
}

/* ------------------------------------------------------------------ */
/* Signatures */

/* end of a role line: blanks and OCR junk off, a comma kept (the last
   one is dropped when the role is made) */
static size_t role_end(const char *s, size_t a, size_t b)
{
    for (;;) {
        b = trim_end(s, a, b);
        if (b > a && s[b - 1] != ',' && strchr(".:;'\"*+_|~`^-", s[b - 1]) && s[b - 1]) {
            b--;
            continue;
        }
        return b;
    }
}

typedef struct rgroup {
    sbuf role;
    size_t a, b;        /* span */
    size_t col;
    size_t last_line;
    bool named, closed;
    size_t nb;          /* name end */
    const char *name;
} rgroup;

static bool signatures(sctx *x, ex_document *d, size_t z0, size_t l1)
{
    const char *s = x->s;
    ex_call *c = x->c;
    const char *place = NULL;
    ex_date_val date = {0, 0, 0};
    bool have_pd = false;
    rgroup g[8];
    size_t ng = 0;
    bool any = false;
    /* orphan names (no role) */
    size_t orph_a[8], orph_b[8];
    size_t norph = 0;
    for (size_t i = z0; i < l1; i++) {
        const linfo *f = &x->li[i];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        const ex_line *l = &x->t->lines[i];
        /* place/date */
        if ((f->k & K_SIG) && !have_pd) {
            seg sg[MAXSEG];
            size_t ns = line_segs(x->t, l, sg, 3);
            for (size_t k = 0; k < ns && !have_pd; k++) {
                size_t ga = skip_junk(s, sg[k].a, sg[k].b);
                PCRE2_SIZE *ov = ex_ov(c);
                size_t le_pos = 0;
                bool hit = false;
                if (rx_in(c, RX_FAIT, ga, l->end, false) || rx_in(c, RX_A_PLACE, ga, l->end, false)) {
                    hit = true;
                } else if (rx_in(c, RX_BARE_PLACE, ga, sg[k].b, true)) {
                    hit = true;
                }
                if (!hit)
                    continue;
                ov = ex_ov(c);
                le_pos = ov[1];
                if (ov[2] != PCRE2_UNSET && ov[3] > ov[2]) {
                    sbuf sb = {.n = 0};
                    size_t pa = ov[2], pb = trim_end(s, ov[2], ov[3]);
                    sb_add(&sb, s + pa, pb - pa);
                    place = sb_str(x, &sb);
                }
                have_pd = true;
                /* the date right after "le", on this line (or wrapped) */
                size_t q = le_pos;
                while (q < l->end && is_blank(s[q]))
                    q++;
                if (q < l->end && (digit(s[q]) || letter_at(s + q, l->end - q))) {
                    const ex_date *dt = ex_date_at(c, le_pos, l->end);
                    if (dt)
                        date = dt->value;
                }
            }
        }
        /* role and name segments */
        seg sg[MAXSEG];
        size_t ns = line_segs(x->t, l, sg, 3);
        for (size_t k = 0; k < ns; k++) {
            size_t ga = skip_junk(s, sg[k].a, sg[k].b);
            size_t gb = sg[k].b;
            if (ga >= gb)
                continue;
            const char *p = s + ga;
            size_t n = gb - ga;
            if (kw(p, n, "signe", true) || kw(p, n, "(signe", false) || kw(p, n, "(signature", false))
                continue;
            /* columns glued by OCR or a narrow gap: "La secrétaire de séance,
               Fait à X, le ...", "Claire ROUSSEL Le Président,", "Le
               Président du Conseil Départemental Le Préfet," */
            size_t pieces_a[4] = {ga}, pieces_b[4] = {gb};
            size_t np = 1;
            for (size_t q = ga + 2; q + 3 < gb && np < 4; q++) {
                if (!is_blank(s[q - 1]))
                    continue;
                char ch = s[q];
                bool cut = false;
                if (ch == 'F' || ch == 'f' || ch == 'S' || ch == 'A' || (unsigned char)ch == 0xC3) {
                    if (rx_in(c, RX_FAIT, q, l->end, true) || rx_in(c, RX_A_PLACE, q, l->end, true))
                        cut = true;
                }
                if (!cut && (ch == 'L' || ch == 'P') && is_role(s, q, gb)) {
                    size_t m = kw(s + q, gb - q, "pour ", false);
                    size_t art = kw(s + q + m, gb - q - m, "le ", false);
                    if (!art)
                        art = kw(s + q + m, gb - q - m, "la ", false);
                    if (art && (m || role_noun(s + q + art, gb - q - art)))
                        cut = true;
                }
                if (cut) {
                    pieces_b[np - 1] = trim_end(s, pieces_a[np - 1], q);
                    pieces_a[np] = q;
                    pieces_b[np] = gb;
                    np++;
                }
            }
            for (size_t pi = 0; pi < np; pi++) {
                size_t pa = pieces_a[pi], pb = pieces_b[pi];
                if (is_role(s, pa, pb)) {
                    /* same group: the line right after, same column, unnamed */
                    rgroup *G = NULL;
                    if (ng && !kw(s + pa, pb - pa, "pour ", false)) {
                        for (size_t q = ng; q > 0; q--) {
                            rgroup *h = &g[q - 1];
                            if (!h->named && !h->closed && adjacent(x, h->last_line, i)
                                && (h->col + 6 >= sg[k].col && h->col <= sg[k].col + 6)) {
                                G = h;
                                break;
                            }
                        }
                    }
                    size_t rb = role_end(s, pa, pb);
                    if (G) {
                        sb_add(&G->role, s + pa, rb - pa);
                        G->last_line = i;
                        G->b = pb;
                    } else if (ng < 8) {
                        G = &g[ng++];
                        memset(G, 0, sizeof *G);
                        sb_add(&G->role, s + pa, rb - pa);
                        G->a = pa;
                        G->b = pb;
                        G->col = sg[k].col;
                        G->last_line = i;
                    }
                    any = true;
                    continue;
                }
                size_t ra[4], rbn[4];
                size_t nn = parse_names(s, pa, pb, ra, rbn, 4);
                if (nn && (any || have_pd)) {
                    for (size_t w = 0; w < nn; w++) {
                        rgroup *G = NULL;
                        for (size_t q = 0; q < ng; q++)
                            if (!g[q].named) {
                                G = &g[q];
                                break;
                            }
                        if (G) {
                            G->named = true;
                            G->name = ex_strndup(c, s + ra[w], rbn[w] - ra[w]);
                            G->nb = rbn[w];
                        } else if (norph < 8) {
                            orph_a[norph] = ra[w];
                            orph_b[norph] = rbn[w];
                            norph++;
                        }
                    }
                    continue;
                }
                /* a continuation line of an open role: "Préfet du Nord",
                   "du Pas-de-Calais," */
                if (ng && !(f->k & (K_SIG)) && pb - pa <= 60) {
                    size_t nc;
                    bool cont = case_at(s + pa, pb - pa, &nc) < 0 || role_noun(s + pa, pb - pa);
                    if (cont) {
                        rgroup *G = NULL;
                        size_t bestd = SIZE_MAX;
                        for (size_t q = 0; q < ng; q++) {
                            if (g[q].named || i > g[q].last_line + 3)
                                continue;
                            size_t dd = g[q].col > sg[k].col ? g[q].col - sg[k].col : sg[k].col - g[q].col;
                            if (dd < bestd) {
                                bestd = dd;
                                G = &g[q];
                            }
                        }
                        if (G) {
                            sb_add(&G->role, s + pa, role_end(s, pa, pb) - pa);
                            G->last_line = i;
                        }
                    }
                }
            }
        }
        /* a blank-separated new role closes nothing; a line that is
           neither closes groups stacked above */
    }
    for (size_t q = 0; q < ng; q++) {
        ex_signature *sg = ex_vec_push(c->alloc, &d->signatures);
        if (!sg) {
            c->oom = true;
            return false;
        }
        sg->role = sb_str(x, &g[q].role);
        sg->name = g[q].named ? g[q].name : NULL;
        sg->place = place;
        sg->date = date;
        sg->span.start = g[q].a;
        sg->span.end = g[q].named ? g[q].nb : g[q].b;
    }
    for (size_t q = 0; q < norph; q++) {
        ex_signature *sg = ex_vec_push(c->alloc, &d->signatures);
        if (!sg) {
            c->oom = true;
            return false;
        }
        sg->role = NULL;
        sg->name = ex_strndup(c, s + orph_a[q], orph_b[q] - orph_a[q]);
        sg->place = place;
        sg->date = date;
        sg->span.start = orph_a[q];
        sg->span.end = orph_b[q];
    }
    return !c->oom;
}

/* ------------------------------------------------------------------ */
/* ACTES transmission stamp */

static void transmission(sctx *x, ex_document *d, const act *A)
{
    ex_call *c = x->c;
    const char *s = x->s;
    ex_transmission *tr = &d->transmission;
    for (size_t i = A->l0; i < A->l1; i++) {
        const linfo *f = &x->li[i];
        const ex_line *l = &x->t->lines[i];
        if (f->k & K_BLANK)
            continue;
        /* a stamp line, or a line whose first segment was cut before a
           stamp (right column) */
        if (!(f->k & K_STAMP) && !(l->flags & EX_LINE_STAMP) && trim_end(s, l->start, l->end) <= f->b + 2)
            continue;
        /* the stamp may sit in the right column */
        seg sg[MAXSEG];
        size_t ns = line_segs(x->t, l, sg, 3);
        for (size_t k = 0; k < ns; k++) {
            size_t a = skip_junk(s, sg[k].a, sg[k].b), b = sg[k].b;
            const char *p = s + a;
            size_t n = b - a;
            ex_date_val *slot = NULL;
            if (kw(p, n, "envoye en prefecture", false) || kw(p, n, "date de teletransmission", false)
                || kw(p, n, "(transmise en prefecture", false) || kw(p, n, "(transmis en prefecture", false))
                slot = &tr->sent;
            else if (kw(p, n, "recu en prefecture", false) || kw(p, n, "date de reception prefecture", false))
                slot = &tr->received;
            else if (kw(p, n, "publie le", false))
                slot = &tr->published;
            if (slot || kw(p, n, "id", true) || digit(p[0]) || kw(p, n, "accuse", false))
                tr->present = true;
            if (slot && !slot->y) {
                const ex_date *dt = ex_date_at(c, a, b);
                if (dt)
                    *slot = dt->value;
            }
            if (!tr->id && rx_in(c, RX_ACTES_ID, a, b, false)) {
                PCRE2_SIZE *ov = ex_ov(c);
                char buf[96];
                size_t o = 0;
                for (size_t q = ov[0]; q < ov[1] && o + 1 < sizeof buf; q++)
                    if (!is_blank(s[q]))
                        buf[o++] = s[q];
                tr->id = ex_strndup(c, buf, o);
                tr->present = true;
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* One act */

static bool fill_act(sctx *x, const act *A, ex_document *d)
{
    ex_call *c = x->c;
    const char *s = x->s;
    d->type = (ex_doc_type)A->type;
    d->span.start = A->start;
    d->span.end = A->end;
    {
        size_t nb = 0, pairs = 0;
        for (size_t i = A->l0; i + 2 < A->l1; i++) {
            if (x->li[i].k & K_BLANK)
                continue;
            nb++;
            if ((x->li[i + 1].k & K_BLANK) && !(x->li[i + 2].k & K_BLANK))
                pairs++;
        }
        x->dbl = nb >= 6 && pairs * 2 > nb;
    }

    /* heading zone: up to the first visa / considérant / verb / article */
    size_t hz = A->l1;
    for (size_t i = A->l0; i < A->l1; i++) {
        uint32_t k = x->li[i].k;
        if (k & (K_SKIP | K_BLANK))
            continue;
        if (k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_ITEM)) {
            hz = i;
            break;
        }
    }
    heading(x, A, d, hz);
    if (c->oom)
        return false;

    /* body */
    open_clause oc = {0};
    open_article oa = {0};
    ex_item *item = NULL;
    size_t body_end_line = hz;     /* last line of clauses / articles / votes */
    bool in_vote = false, seen_verb = false;
    size_t item_last = 0;
    for (size_t i = hz; i < A->l1; i++) {
        const linfo *f = &x->li[i];
        uint32_t k = f->k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        size_t le = trim_end(s, x->t->lines[i].start, x->t->lines[i].end);
        bool boundary = (k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_VOTE | K_SIG | K_ITEM | K_PREAMBLE | K_LBL)) != 0;
        /* a role line followed by a name closes the body */
        bool sig_role = false;
        if ((k & K_ROLE) && (oa.on || seen_verb)) {
            size_t j = i;
            for (int hop = 0; hop < 3; hop++) {
                j = next_line(x, j, A->l1);
                if (j >= A->l1)
                    break;
                if (x->li[j].k & K_NAME) {
                    sig_role = true;
                    break;
                }
                if (!(x->li[j].k & K_ROLE) && !kw(s + x->li[j].a, x->li[j].b - x->li[j].a, "signe", true))
                    break;
            }
        }
        if (sig_role)
            boundary = true;
        /* clauses */
        if (oc.on) {
            bool close = boundary;
            if (!close) {
                /* a new paragraph after a clause that ended */
                size_t pe = oc.last;
                while (pe > oc.a && is_blank(s[pe - 1]))
                    pe--;
                char lc = pe > oc.a ? s[pe - 1] : 0;
                size_t nn;
                bool up_start = case_at(s + f->a, f->b - f->a, &nn) > 0 || digit(s[f->a]);
                unsigned char r0 = (unsigned char)s[x->t->lines[i].start + x->t->lines[i].indent];
                bool quote = r0 == 0xC2 || r0 == '"' || r0 == 0xE2;
                if ((lc == ';' || lc == '.' || lc == ':') && up_start && !quote)
                    close = true;
                if (in_vote)
                    close = true;
            }
            if (close) {
                if (!push_clause(x, d, &oc))
                    return false;
            } else {
                oc.last = le;
                oc.last_line = i;
                continue;
            }
        }
        if (k & K_ITEM && d->type == EX_DOC_PROCES_VERBAL) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            if (item) {
                item->span.end = item_last;
            }
            item = ex_vec_push(c->alloc, &d->items);
            if (!item) {
                c->oom = true;
                return false;
            }
            item->span.start = f->a;
            item_last = le;
            item->number = line_number(x, i);
            /* title: after the number and a dash, plus upper-case lines */
            size_t q = f->a;
            for (; q < f->b; q++) {
                size_t m = (s[q] == 'N' || s[q] == 'n') ? numero_at(s + q, f->b - q) : 0;
                if (m) {
                    q += m;
                    while (q < f->b && is_blank(s[q]))
                        q++;
                    while (q < f->b && !is_blank(s[q]))
                        q++;
                    break;
                }
            }
            while (q < f->b && (is_blank(s[q]) || s[q] == '-' || s[q] == ':' || (unsigned char)s[q] >= 0x80)) {
                if ((unsigned char)s[q] >= 0x80) {
                    size_t jl = junk_len(s + q, f->b - q);
                    if (!jl)
                        break;
                    q += jl;
                } else
                    q++;
            }
            sbuf sb = {.n = 0};
            sb_add(&sb, s + q, trim_end_junk(s, q, f->b) - q);
            for (size_t j = i + 1; j < A->l1 && j <= i + 3; j++) {
                if (x->li[j].k & (K_SKIP | K_BLANK))
                    break;
                if (!upper_line(x, j) || (x->li[j].k & (K_VISA | K_ARTICLE)))
                    break;
                sb_add(&sb, s + x->li[j].a, trim_end_junk(s, x->li[j].a, x->li[j].b) - x->li[j].a);
            }
            item->title = sb_str(x, &sb);
            in_vote = false;
            body_end_line = i;
            continue;
        }
        if (k & (K_VISA | K_CONSID)) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            oc.on = true;
            oc.visa = (k & K_VISA) != 0 && !((k & K_CONSID) && !(k & K_VISA));
            oc.a = f->a;
            oc.last = le;
            oc.last_line = i;
            in_vote = false;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (k & K_VERB) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            if (!d->decision_verb) {
                d->decision_verb = ex_strndup(c, s + f->va, f->vb - f->va);
                d->decision_span.start = f->va;
                d->decision_span.end = f->vb;
            }
            seen_verb = true;
            in_vote = false;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (k & K_ARTICLE) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            start_article(x, i, A->l1, &oa);
            in_vote = false;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (k & K_VOTE) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            in_vote = true;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if ((k & K_SIG) || sig_role) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            in_vote = false;
            continue;
        }
        if (oa.on) {
            oa.last = le;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (in_vote) {
            /* vote lines go on until a blank-separated paragraph */
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (item && !(k & K_SIG))
            item_last = le;
    }
    if (!push_clause(x, d, &oc) || !push_article(x, &d->articles, &oa))
        return false;
    if (item)
        item->span.end = item_last;
    /* items get a copy of the articles inside their span */
    for (size_t it = 0; it < d->items.n; it++) {
        ex_item *m = &d->items.v[it];
        for (size_t q = 0; q < d->articles.n; q++) {
            const ex_article *ar = &d->articles.v[q];
            if (ar->span.start >= m->span.start && ar->span.start < m->span.end) {
                ex_article *cp = ex_vec_push(c->alloc, &m->articles);
                if (!cp) {
                    c->oom = true;
                    return false;
                }
                *cp = *ar;
            }
        }
    }

    /* signatures: after the last clause / article / vote line */
    size_t z0 = body_end_line + 1;
    if (z0 < A->l0)
        z0 = A->l0;
    if (d->type == EX_DOC_RAPPORT && hz >= A->l1)
        z0 = A->l0 + (A->l1 - A->l0) / 2;
    if (!signatures(x, d, z0, A->l1))
        return false;

    transmission(x, d, A);

    /* type from the content when no label said it */
    if (d->type == EX_DOC_OTHER && d->decision_verb) {
        const char *v = d->decision_verb;
        size_t n = strlen(v);
        if (kw(v, n, "arrete", false))
            d->type = EX_DOC_ARRETE;
        else if (kw(v, n, "il ", false))
            d->type = EX_DOC_CONVENTION;
        else
            d->type = EX_DOC_DELIBERATION;
    }
    return !c->oom;
}

bool ex_segment(ex_call *c)
{
    const ex_text *t = &c->text;
    if (!t->nlines || !t->len) {
        ex_document *d = ex_doc_new(c);
        if (!d)
            return false;
        d->span.start = 0;
        d->span.end = t->len;
        return true;
    }
    sctx x = {.c = c, .t = t, .s = t->s, .nl = t->nlines};
    x.li = ex_malloc(c->alloc, t->nlines * sizeof *x.li);
    if (!x.li) {
        c->oom = true;
        return false;
    }
    memset(x.li, 0, t->nlines * sizeof *x.li);
    for (size_t i = 0; i < t->nlines; i++)
        classify(&x, i);
    act_vec acts = {0};
    bool ok = split_acts(&x, &acts);
    for (size_t i = 0; ok && i < acts.n; i++) {
        ex_document *d = ex_doc_new(c);
        if (!d) {
            ok = false;
            break;
        }
        ok = fill_act(&x, &acts.v[i], d);
    }
    ex_vec_free(c->alloc, &acts);
    ex_free(c->alloc, x.li);
    return ok && !c->oom;
}
