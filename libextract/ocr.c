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
 *         token of their own), isolated letters that are not French words.
 * quality = good / (good + 2 * bad), rounded to 2 decimals; a document
 * with fewer than 20 tokens gets 1.0 unless it has bad tokens.  Clean
 * typed text scores ~0.97-1.0, office scans ~0.90-0.97, poor scans lower.
 */
#include "internal.h"

#include <math.h>
#include <string.h>

static bool is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

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
        else if (is_digit(b))
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
    while (d < n && is_digit((unsigned char)s[d]))
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
    if (n != 1)
        return false;
    return strchr("aAyYlLdDnNsScCjJmMtTxX", s[0]) != NULL;
}

static bool stray_symbol(const unsigned char *s, size_t n)
{
    if (n == 1)
        return strchr("|~^_{}\\*#@<>=", s[0]) != NULL;
    if (n == 2 && s[0] == 0xC2)
        return s[1] == 0xA2 || s[1] == 0xAE || s[1] == 0xA9 || s[1] == 0xA6 || s[1] == 0xAC;
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
        return s[2] == 0x98 || s[2] == 0x9A || s[2] == 0x9E; /* ‘ ‚ „ */
    return false;
}

bool ex_ocr_quality(ex_call *c)
{
    /* tokens streamed once over the text (no token array: the
       documents come in text order); cur is the token looked at, nx the
       one after it (a number glued to a word looks at its neighbour) */
    const ex_text *t = &c->text;
    size_t pos = 0, li = 0;
    ex_token cur = {0}, nx = {0};
    bool have_cur = c->docs.n && ex_token_next(t, &pos, &cur);
    bool have_nx = have_cur && ex_token_next(t, &pos, &nx);
#define ADVANCE() \
    (have_cur = have_nx, cur = nx, have_nx = have_nx && ex_token_next(t, &pos, &nx))
    for (size_t k = 0; k < c->docs.n; k++) {
        ex_document *d = &c->docs.v[k];
        size_t good = 0, bad = 0;
        while (have_cur && cur.start < d->span.start)
            ADVANCE();
        for (; have_cur && cur.start < d->span.end; ADVANCE()) {
            const ex_token *tk = &cur;
            const char *s = t->s + tk->start;
            size_t n = tk->end - tk->start;
            /* furniture test with a cursor over the lines (tokens come
               in text order): no search per token */
            while (li + 1 < t->nlines && t->lines[li + 1].start <= tk->start)
                li++;
            if (li < t->nlines && (t->lines[li].flags & EX_LINE_FURNITURE))
                continue;
            switch (tk->kind) {
            case EX_TOK_WORD: {
                shape sh;
                word_shape((const unsigned char *)s, n, &sh);
                if (sh.digit && sh.letters) {
                    if (ordinal(s, n))
                        good++;
                    else
                        bad++;
                } else if (sh.flip && sh.lower > 1) {
                    bad++;
                } else if (sh.letters == 1 && !french_single(s, n)) {
                    bad++;
                } else {
                    good++;
                }
                break;
            }
            case EX_TOK_NUMBER: {
                /* a number glued to letters: "2O23" is split by the
                   tokenizer into number + word; look at the neighbour */
                if (have_nx && nx.start == tk->end && nx.kind == EX_TOK_WORD
                    && !ordinal(s, nx.end - tk->start))
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
                if (stray_symbol((const unsigned char *)s, n))
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
#undef ADVANCE
    return true;
}
