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
#define _GNU_SOURCE 1   /* memmem */
#include "structure.h"

#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* Engine patterns */

enum { RX_FAIT, RX_A_PLACE, RX_BARE_PLACE, RX_ACTES_ID, RX_N };

/* a day in words then a month (the lookaheads of the place/date lines
   below): "vingt-quatre novembre", "trente et un mai" */
#define EX_DAY_WORDS_MONTH \
    "(?:(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize" \
    "|vingt|trente|et)[ \\t-]+){1,4}(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t" \
    "|septembre|octobre|novembre|d[ée]cembre)\\b"

static const ex_pattern seg_patterns[RX_N] = {
    /* "Fait à Arras, le 17 octobre 2022", "Signé électroniquement à
       Nantes, le 20 novembre 2023", "Fait à Nantes, en deux exemplaires
       originaux, le ....", "Fait à  , le"; OCR "Fait à Arras; le", "Fait
   à Arras, lé 17 octobre" */
    {RX_FAIT, "(?:Fait|FAIT|fait|Sign[ée]e?|SIGN[ÉE]E?|D[ée]lib[ée]r[ée]|D[ÉE]LIB[ÉE]R[ÉE])"
              "(?:[ \\t]+(?:[ée]lectroniquement|[ÉE]LECTRONIQUEMENT))?[ \\t]*(?:à|a|À|A)[ \\t]+"
              "([^,;\\n]{0,60}?)[ \\t]*[,;](?:[^,\\n]{0,60},)?[ \\t]*(?:(?:le|LE)\\b|lé(?=[ \\t]))"},
    /* "À Villiers-sur-Erve, le 13 octobre 2023" (or "le quatorze mars
       deux mille vingt-quatre"); a typewriter's capitals:
       "A VILLERS-LES-AUBRAS, LE 11 MARS 2002" */
    {RX_A_PLACE, "(?<![\\p{L}\\p{N}])(?:À|à|A)[ \\t]+(\\p{Lu}[^,\\n]{0,50}?)[ \\t]*,[ \\t]*(?:le|LE)[ \\t]+"
                 "(?=\\d|1er|1ER|premier|PREMIER|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b"
                 "|" EX_DAY_WORDS_MONTH ")"},
    /* "ARRAS, le 17 octobre 2022" (anchored at a segment start); the day
       in words before a month: "Orbagny, le vingt-quatre novembre deux
       mille vingt-cinq" */
    {RX_BARE_PLACE, "(\\p{Lu}[\\p{L}'’ -]{1,40}?)[ \\t]*,[ \\t]*le[ \\t]+(?=\\d|1er|premier|" EX_DAY_WORDS_MONTH ")"},
    /* ACTES id: 053-215328105-20231012-2023_36-DE */
    {RX_ACTES_ID, "\\b\\d{3}-\\s?[0-9A-Z]{9}\\s?-\\d{8}-[0-9A-Za-z_.-]{1,40}?-(?:DE|AR|AI|CC|BF|AU|CA|CN|AC)\\b"},
};

typedef struct seg_engine {
    ex_regex rx[RX_N];
    ex_regex arx[RX_N];     /* the same, anchored at compile time (JIT) */
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
    if (!ex_rx_compile_anchored(e, seg_patterns, RX_N, se->arx)) {
        ex_rx_free(se->rx, RX_N);
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
    ex_rx_free(se->arx, RX_N);
    ex_free(&e->alloc, se);
    e->segment = NULL;
}

/* Cheap tests that tell when a pattern cannot match (false: it cannot;
   true: it may), so most lines never reach pcre2_match().  Each tests
   only what the pattern's first characters require, case-sensitively
   as the patterns are compiled (no PCRE2_CASELESS): */
/* RX_FAIT can start at q: Fait FAIT fait, Sign SIGN, D then é e É E */
static bool fait_head(const unsigned char *u, size_t q, size_t end)
{
    if (end - q < 4)
        return false;
    switch (u[q]) {
    case 'F':
        return (u[q + 1] == 'a' && u[q + 2] == 'i' && u[q + 3] == 't')
               || (u[q + 1] == 'A' && u[q + 2] == 'I' && u[q + 3] == 'T');
    case 'f':
        return u[q + 1] == 'a' && u[q + 2] == 'i' && u[q + 3] == 't';
    case 'S':
        return (u[q + 1] == 'i' && u[q + 2] == 'g' && u[q + 3] == 'n')
               || (u[q + 1] == 'I' && u[q + 2] == 'G' && u[q + 3] == 'N');
    case 'D':
        return u[q + 1] == 'e' || u[q + 1] == 'E'
               || (u[q + 1] == 0xC3 && (u[q + 2] == 0xA9 || u[q + 2] == 0x89));
    default:
        return false;
    }
}

/* e or é at u[q] (upper: E or É): its bytes, 0 for none */
static size_t e_acute(const unsigned char *u, size_t q, size_t end, bool upper)
{
    if (q < end && u[q] == (upper ? 'E' : 'e'))
        return 1;
    return end - q >= 2 && u[q] == 0xC3 && u[q + 1] == (upper ? 0x89 : 0xA9) ? 2 : 0;
}

/* RX_FAIT's "(à|a|À|A)[ \t]+" after its head ending at h, after
   "[ \t]*" or "[ \t]+([ée]lectroniquement|[ÉE]LECTRONIQUEMENT)[ \t]*" */
static bool fait_a_at(const unsigned char *u, size_t h, size_t end)
{
    size_t r = h;
    while (r < end && (u[r] == ' ' || u[r] == '\t'))
        r++;
    for (int pass = 0; pass < 2; pass++) {
        size_t w = r;
        if (w < end && (u[w] == 'a' || u[w] == 'A'))
            w++;
        else if (end - w >= 2 && u[w] == 0xC3 && (u[w + 1] == 0xA0 || u[w + 1] == 0x80))
            w += 2;
        if (w > r && w < end && (u[w] == ' ' || u[w] == '\t'))
            return true;
        if (pass || r == h)
            return false;
        /* the adverb */
        size_t m;
        if ((m = e_acute(u, r, end, false)) && end - r - m >= 15 && !memcmp(u + r + m, "lectroniquement", 15))
            r += m + 15;
        else if ((m = e_acute(u, r, end, true)) && end - r - m >= 15 && !memcmp(u + r + m, "LECTRONIQUEMENT", 15))
            r += m + 15;
        else
            return false;
        while (r < end && (u[r] == ' ' || u[r] == '\t'))
            r++;
    }
    return false;
}

/* RX_FAIT's head at q in full (Fait FAIT fait, Sign[ée]e?, SIGN[ÉE]E?,
   D[ée]lib[ée]r[ée], D[ÉE]LIB[ÉE]R[ÉE]; fait_head() true) with "à" after it */
static bool fait_head_a(const unsigned char *u, size_t q, size_t end)
{
    if (u[q] == 'F' || u[q] == 'f')
        return fait_a_at(u, q + 4, end);
    bool up = u[q + 1] == 'I' || u[q + 1] == 'E' || (u[q + 1] == 0xC3 && u[q + 2] == 0x89);
    size_t r = q + 1, m;
    if (u[q] == 'S') {
        r = q + 4;
        if (!(m = e_acute(u, r, end, up)))
            return false;
        r += m;
        if (fait_a_at(u, r, end))
            return true;
        return r < end && u[r] == (up ? 'E' : 'e') && fait_a_at(u, r + 1, end);
    }
    /* D: [ée] lib [ée] r [ée] */
    if (!(m = e_acute(u, r, end, up)))
        return false;
    r += m;
    if (end - r < 3 || memcmp(u + r, up ? "LIB" : "lib", 3))
        return false;
    r += 3;
    if (!(m = e_acute(u, r, end, up)))
        return false;
    r += m;
    if (r >= end || u[r] != (up ? 'R' : 'r'))
        return false;
    r++;
    if (!(m = e_acute(u, r, end, up)))
        return false;
    return fait_a_at(u, r + m, end);
}

/* RX_FAIT's tail from its head at q: no part before its first comma can
   hold one, nor the optional part between it and a second one; "le"
   follows one of them after blanks */
static bool le_at(const unsigned char *r)
{
    return (r[0] == 'l' && r[1] == 'e') || (r[0] == 'L' && r[1] == 'E');
}

/* (RX_FAIT also takes OCR "lé"; "le\b": no ASCII word byte after it,
   "lé" before a blank) */
static bool le_after_comma(const unsigned char *c, const unsigned char *e)
{
    const unsigned char *r = c + 1;
    while (r < e && (*r == ' ' || *r == '\t'))
        r++;
    if (e - r >= 2 && le_at(r))
        return e - r == 2 || !(r[2] == '_' || digit((char)r[2]) || ((r[2] | 0x20) >= 'a' && (r[2] | 0x20) <= 'z'));
    return e - r >= 4 && r[0] == 'l' && r[1] == 0xC3 && r[2] == 0xA9 && (r[3] == ' ' || r[3] == '\t');
}

static bool fait_tail(const unsigned char *u, size_t q, size_t end)
{
    /* the first comma, or an OCR ';' for it */
    const unsigned char *c = u + q;
    while (c < u + end && *c != ',' && *c != ';' && *c != '\n')
        c++;
    if (c == u + end || *c == '\n')
        return false;
    if (le_after_comma(c, u + end))
        return true;
    c = memchr(c + 1, ',', (size_t)(u + end - c - 1));
    return c && le_after_comma(c, u + end);
}

/* RX_A_PLACE can start at q: A à À, then a blank */
static bool a_place_head(const unsigned char *u, size_t q, size_t end)
{
    if (u[q] == 'A')
        return end - q >= 2 && is_blank((char)u[q + 1]);
    return u[q] == 0xC3 && end - q >= 3 && (u[q + 1] == 0x80 || u[q + 1] == 0xA0)
           && is_blank((char)u[q + 2]);
}

/* "[ \t]*(le|LE)[ \t]+" after the comma at c: the offset past it when a
   character follows (the lookaheads below need one; the subject ends at
   end), else 0 */
static size_t comma_le(const unsigned char *u, size_t c, size_t end)
{
    size_t r = c + 1;
    while (r < end && (u[r] == ' ' || u[r] == '\t'))
        r++;
    if (end - r < 3 || !le_at(u + r) || (u[r + 2] != ' ' && u[r + 2] != '\t'))
        return 0;
    r += 3;
    while (r < end && (u[r] == ' ' || u[r] == '\t'))
        r++;
    return r < end ? r : 0;
}

/* RX_A_PLACE's tail from q (past its A / à / À): [ \t]+, \p{Lu} (an
   ASCII capital or a byte >= 0x80), then its first comma ([^,\n] cannot
   cross one), "le" and the lookahead's first character (\d: a digit or
   a byte >= 0x80; 1er; premier; a weekday, caseless: l m j v s d; a day
   in words: any ASCII letter then) */
static bool a_place_tail(const unsigned char *u, size_t q, size_t end)
{
    if (q >= end || (u[q] != ' ' && u[q] != '\t'))
        return false;
    while (q < end && (u[q] == ' ' || u[q] == '\t'))
        q++;
    if (q >= end || !((u[q] >= 'A' && u[q] <= 'Z') || u[q] >= 0x80))
        return false;
    const unsigned char *c = memchr(u + q + 1, ',', end - q - 1);
    size_t r = c ? comma_le(u, (size_t)(c - u), end) : 0;
    if (!r)
        return false;
    /* (a weekday, premier, a day in words: a lowercase letter) */
    return digit((char)u[r]) || u[r] >= 0x80 || ((u[r] | 0x20) >= 'a' && (u[r] | 0x20) <= 'z');
}

static bool rx_may(const char *s, int which, size_t from, size_t end, bool anchored)
{
    const unsigned char *u = (const unsigned char *)s;
    switch (which) {
    case RX_FAIT:
        if (anchored)
            return fait_head(u, from, end) && fait_head_a(u, from, end) && fait_tail(u, from, end);
        /* each possible first byte's occurrences (memchr) */
        for (const char *c1 = "FfSD"; *c1; c1++)
            for (const char *h = memchr(s + from, *c1, end - from); h;
                 h = memchr(h + 1, *c1, (size_t)(s + end - h - 1)))
                if (fait_head(u, (size_t)(h - s), end) && fait_head_a(u, (size_t)(h - s), end) && fait_tail(u, (size_t)(h - s), end))
                    return true;
        return false;
    case RX_A_PLACE:
        /* a head (A, or à / À of two bytes) and its tail */
        if (anchored)
            return from < end && a_place_head(u, from, end) && a_place_tail(u, from + (u[from] == 'A' ? 1 : 2), end);
        for (const char *c1 = "A\xC3"; *c1; c1++)
            for (const char *h = memchr(s + from, *c1, end - from); h;
                 h = memchr(h + 1, *c1, (size_t)(s + end - h - 1)))
                if (a_place_head(u, (size_t)(h - s), end) && a_place_tail(u, (size_t)(h - s) + (*c1 == 'A' ? 1 : 2), end))
                    return true;
        return false;
    case RX_BARE_PLACE: {
        /* \p{Lu}: an ASCII capital or a character of 2 bytes or more;
           then at least one character, and the comma */
        if (!anchored)
            return true;
        if (end - from < 3 || !((u[from] >= 'A' && u[from] <= 'Z') || u[from] >= 0x80))
            return false;
        /* [\p{L}'’ -]{1,40}?[ \t]*, : the comma is the first byte that is
           no ASCII letter, ', blank, - or byte >= 0x80 (all of \p{L} and
           ’), then le and the lookahead's \d (a digit or a byte >= 0x80),
           1er, premier or a day in words (a lowercase letter) */
        size_t q = from + 1;
        while (q < end && (((u[q] | 0x20) >= 'a' && (u[q] | 0x20) <= 'z') || u[q] >= 0x80 || u[q] == '\''
                           || u[q] == ' ' || u[q] == '\t' || u[q] == '-'))
            q++;
        if (q >= end || u[q] != ',')
            return false;
        size_t r = comma_le(u, q, end);
        return r && (digit((char)u[r]) || u[r] >= 0x80 || (u[r] >= 'a' && u[r] <= 'z'));
    }
    case RX_ACTES_ID: {
        /* 27 bytes at least (3 + 1 + 9 + 1 + 8 + 1 + 1 + 1 + 2); a '-'
           after three digits (\d under PCRE2_UCP: an ASCII digit or a
           character of 2 bytes or more, whose bytes are all >= 0x80) */
        if (end - from < 27)
            return false;
        for (const char *h = memchr(s + from + 3, '-', end - from - 3); h;
             h = memchr(h + 1, '-', (size_t)(s + end - h - 1))) {
            size_t p = (size_t)(h - s);
            bool ok = true;
            for (size_t k = p - 3; k < p; k++)
                if (!digit(s[k]) && u[k] < 0x80)
                    ok = false;
            if (ok)
                return true;
        }
        return false;
    }
    default:
        return true;
    }
}

/* match rx in the view range [from, end): returns true with the
   ovector in c->md */
static bool rx_in(ex_call *c, int which, size_t from, size_t end, bool anchored)
{
    const seg_engine *se = c->eng->segment;
    if (!se || from > end)
        return false;
    if (!rx_may(c->text.s, which, from, end, anchored))
        return false;
    /* anchored: the copy compiled anchored (PCRE2_ANCHORED at match
       time would leave the JIT for the interpreter) */
    /* (ex_rx_exec(): the JIT code called directly) */
    return ex_rx_exec(c, anchored ? &se->arx[which] : &se->rx[which], end, from, 0) > 0;
}

/* fold_c() (structure_text.c) with its ASCII case inline: one byte,
   A-Z lowered, any other ASCII byte itself */
static inline char fold_c_a(const unsigned char *u, size_t len, size_t *n)
{
    if (u[0] < 0x80) {
        *n = 1;
        return (char)((u[0] >= 'A' && u[0] <= 'Z') ? u[0] + 32 : u[0]);
    }
    return fold_c(u, len, n);
}

/* ---- labels ---- */

/* line i (opening "n° …" in lower case) goes on a sentence of the line
   before it: that line is a text line (60 bytes or more) and ends with a
   lower-case letter ("… délibération" / "n° 2020-087 du …"), so its
   number is a citation, not the act's own number line */
static bool sentence_goes_on(const ex_text *t, size_t i)
{
    if (i == 0)
        return false;
    const ex_line *l = &t->lines[i - 1];
    size_t e = l->end;
    while (e > l->start && is_blank(t->s[e - 1]))
        e--;
    if (e < l->start + 60 || (l->flags & EX_LINE_BLANK))
        return false;
    unsigned char u = (unsigned char)t->s[e - 1];
    return (u >= 'a' && u <= 'z') || (u >= 0xA0 && u <= 0xBF && (unsigned char)t->s[e - 2] == 0xC3);
}

/* p[0..n) is "du|de la|de l'|des" + at most four words of letters (the
   body: "Bureau", "Comité syndical", "Conseil municipal") + N° */
static bool body_then_numero(const char *p, size_t n)
{
    size_t q = kw(p, n, "du ", false);
    if (!q)
        q = kw(p, n, "de la ", false);
    if (!q)
        q = kw(p, n, "de l'", false);
    if (!q)
        q = kw(p, n, "des ", false);
    if (!q)
        return false;
    for (int w = 0; w <= 4; w++) {
        while (q < n && is_blank(p[q]))
            q++;
        if (w > 0 && numero_at(p + q, n - q))
            return true;
        size_t a = q;
        while (q < n && (letter_at(p + q, n - q) || p[q] == '-' || p[q] == '\''))
            q += (unsigned char)p[q] >= 0x80 ? 2 : 1;   /* letter_at(): 2-byte letters */
        if (q > n || q == a || (q < n && !is_blank(p[q])))
            return false;
    }
    return false;
}

/* "CD n° 2025/07", "CM N° 12": a short capital abbreviation of the body
   (comité de direction, conseil municipal, bureau communautaire: two or
   three capitals, a word of its own) then N° at p */
static bool abbrev_then_numero(const char *p, size_t n)
{
    size_t q = 0;
    while (q < n && q < 4 && p[q] >= 'A' && p[q] <= 'Z')
        q++;
    if (q < 2 || q > 3 || q >= n || !is_blank(p[q]))
        return false;
    while (q < n && is_blank(p[q]))
        q++;
    return numero_at(p + q, n - q) > 0;
}

/* "Décision n° 12", "Décision du Président n° 4": the word "décision",
   then N° or a body and N° (body_then_numero()), then a token holding a
   digit: bytes up to that token, or 0 */
static size_t decision_numero(const char *p, size_t n)
{
    size_t q = kw(p, n, "decision ", false);
    /* OCR: a letter of the word misread ("DECISTON N° 2025-DEC-016", one
       edit: kw_fuzzy()), a number sign after it still asked; in
       capitals only (the second letter E or É: the test the many lines
       opening "De", "Dé" fail before any call) */
    if (!q && n > 12 && (p[1] == 'E' || ((unsigned char)p[1] == 0xC3 && (unsigned char)p[2] == 0x89))
        && (q = kw_fuzzy(p, n, "decision", true)) && !(q < n && is_blank(p[q])))
        q = 0;
    if (!q)
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    size_t nm = numero_at(p + q, n - q);
    if (!nm) {
        if (!body_then_numero(p + q, n - q))
            return 0;
        while (q < n && !(is_blank(p[q - 1]) && (nm = numero_at(p + q, n - q))))
            q++;
        if (!nm)
            return 0;
    }
    q += nm;
    while (q < n && is_blank(p[q]))
        q++;
    for (size_t r = q; r < n && !is_blank(p[r]); r++)
        if (digit(p[r]))
            return q;
    return 0;
}

/* act heading label at p[0..n) (junk skipped); returns the type or 0 */
/* A line printed letter-spaced ("A R R Ê T E", "D É C I D E :", two
   blanks between letters or one): each word one letter (one UTF-8
   character), five letters or more, an optional ':' after.  The letters
   joined into buf (cap 32, *bn bytes).  Returns the length of the spaced
   word (to its last letter) or 0. */
static size_t spaced_letters(const char *p, size_t n, char buf[32], size_t *bn)
{
    size_t q = 0, end = 0, letters = 0;
    *bn = 0;
    while (q < n) {
        size_t cl = ((unsigned char)p[q] & 0xE0) == 0xC0 ? 2 : 1;
        if (q + cl > n || !letter_at(p + q, n - q))
            break;
        if (*bn + cl >= 32)
            return 0;
        memcpy(buf + *bn, p + q, cl);
        *bn += cl;
        letters++;
        q += cl;
        end = q;
        size_t g = q;
        while (q < n && is_blank(p[q]))
            q++;
        if (q < n && (q - g < 1 || q - g > 2))
            break;
    }
    size_t r = end;
    while (r < n && is_blank(p[r]))
        r++;
    if (r < n && p[r] == ':')
        r++;
    while (r < n && is_blank(p[r]))
        r++;
    return letters >= 5 && r >= n ? end : 0;
}

/* A label line whose act word is printed letter-spaced (typewriter
   emphasis: "A R R E T E   N° 83-15", "D E L I B E R A T I O N",
   "C O N V E N T I O N :"): the line with each spaced word joined
   ("ARRETE N° 83-15") in buf (cap bytes), for act_label() to read as it
   reads the printed word.  A spaced word is single letters (one UTF-8
   character, a blank or the line's end after each) one or two blanks
   apart; the first has five letters or more, later ones two or more
   ("D U"); the rest of the line is copied as printed.  Returns the
   length in buf, or 0 (no such first word, or it does not fit). */
static size_t despaced_label(const char *p, size_t n, char *buf, size_t cap)
{
    size_t q = 0, bn = 0;
    for (int w = 0;; w++) {
        size_t r = q, letters = 0, wb = bn;
        if (w && bn + 1 < cap)
            buf[bn++] = ' ';
        while (r < n) {
            size_t cl = ((unsigned char)p[r] & 0xE0) == 0xC0 ? 2 : 1;
            if (r + cl > n || !letter_at(p + r, n - r) || (r + cl < n && !is_blank(p[r + cl])))
                break;
            if (bn + cl >= cap)
                return 0;
            memcpy(buf + bn, p + r, cl);
            bn += cl;
            letters++;
            r += cl;
            q = r;   /* after the word's last letter */
            size_t g = r;
            while (r < n && is_blank(p[r]))
                r++;
            if (r - g > 2)
                break;  /* a wider gap ends the word */
        }
        if (letters < (w ? 2u : 5u)) {
            if (!w)
                return 0;
            bn = wb;   /* no spaced word here: the tail as printed */
            break;
        }
        while (q < n && is_blank(p[q]))
            q++;
        if (q >= n)
            return bn;
    }
    if (bn + 1 + (n - q) >= cap)
        return 0;
    buf[bn++] = ' ';
    memcpy(buf + bn, p + q, n - q);
    return bn + (n - q);
}

/* a verb line printed letter-spaced (spaced_letters()) whose letters
   read as a whole verb of verb_at(): the length of the spaced verb */
static size_t verb_at(const char *p, size_t n);
static size_t spaced_verb_at(const char *p, size_t n)
{
    char buf[32];
    size_t bn, end = spaced_letters(p, n, buf, &bn);
    return end && verb_at(buf, bn) == bn ? end : 0;
}

/* The words between "Arrêté" and its number sign, one table for both
   readers: AQ_SIGN the number sign itself ("n" needs AQ_BARE: a word end
   or "o" after it: "N°", "No", "N 12"), AQ_HEAD a
   word that makes "ARRÊTÉ <word>" a label line (act_label()), AQ_QUAL a
   qualifier that may stand before N° (arrete_qualified_number(): "ARRÊTÉ
   MUNICIPAL PERMANENT N° 8").  The order is the order of the tests: the
   first word that matches is taken. */
enum { AQ_SIGN = 1, AQ_BARE = 2, AQ_HEAD = 4, AQ_QUAL = 8 };
static const struct {
    const char *w;
    unsigned char f;
} arrete_words[] = {
    {"n", AQ_SIGN | AQ_BARE},
    {"municipal", AQ_HEAD | AQ_QUAL},
    {"prefectoral", AQ_HEAD | AQ_QUAL},
    {"du ", AQ_HEAD},
    {"de ", AQ_HEAD},
    {"portant", AQ_HEAD},
    {"permanent", AQ_HEAD | AQ_QUAL},
    {"temporaire", AQ_HEAD | AQ_QUAL},
    {"conjoint", AQ_HEAD | AQ_QUAL},
    {"individuel", AQ_HEAD | AQ_QUAL},
    {"interprefectoral", AQ_HEAD | AQ_QUAL},
    /* the same kinds printed with a hyphen ("ARRÊTÉ INTER-PRÉFECTORAL
       N° 2026-112"), and the inter-département kind */
    {"inter-prefectoral", AQ_HEAD | AQ_QUAL},
    {"interdepartemental", AQ_HEAD | AQ_QUAL},
    {"inter-departemental", AQ_HEAD | AQ_QUAL},
    {"no", AQ_SIGN},
    {"reglementaire", AQ_HEAD | AQ_QUAL},
    {"du maire", AQ_QUAL},
    {"de la maire", AQ_QUAL},
    {"du president", AQ_QUAL},
    {"de la presidente", AQ_QUAL},
    {NULL, 0},
};

/* "temporaire n° VOI-12", "municipal permanent n° 8", "du maire n° 3":
   one to three qualifiers of an arrêté (AQ_QUAL of arrete_words[]) then
   N° at p.  True when the number sign follows them. */
static bool arrete_qualified_number(const char *p, size_t n)
{
    size_t q = 0;
    for (int k = 0; k < 3; k++) {
        size_t xm = 0;
        for (size_t i = 0; arrete_words[i].w && !xm; i++)
            if (arrete_words[i].f & AQ_QUAL)
                xm = kw(p + q, n - q, arrete_words[i].w, false);
        if (!xm || (q + xm < n && letter_at(p + q + xm, n - q - xm) && !(p[q + xm] == 'e' || p[q + xm] == 'E')))
            return false;
        q += xm;
        if (q < n && (p[q] == 'e' || p[q] == 'E') && !(q + 1 < n && letter_at(p + q + 1, n - q - 1)))
            q++; /* "municipale", "temporaire" already ends in e */
        while (q < n && is_blank(p[q]))
            q++;
        if (numero_at(p + q, n - q))
            return true;
    }
    return false;
}

/* up: line i0's upper-case percent (li_up(): the first test asks it);
   c0: p's first character folded (fold_c()).  Always inlined (structure.h
   EX_ST_INLINE), as vote_at(), preamble_at(), stamp_at() and stamp_cut():
   classify(), their only caller, asks them of most lines, and the call
   cost more than some of their answers */
EX_ST_INLINE int act_label(sctx *x, size_t i0, const char *p, size_t n, char c0, bool *numline, bool *decision)
{
    size_t m;
#define up li_up(x, i0)
    *numline = false;
    *decision = false;
    /* "LISTE DES DÉLIBÉRATIONS du conseil communautaire du …" (the list
       a council publishes, CGCT L. 2121-25): the minutes' kind, each
       item a délibération (as "COMPTE RENDU SOMMAIRE") */
    if (c0 == 'l')
        return (kw(p, n, "liste des deliberations", false) || kw(p, n, "liste des actes", false)) && up >= 70
               ? EX_DOC_PROCES_VERBAL : 0;
    /* up (a pass over the segment) only once a key matched: the key
       tests are pure, so the order does not change the answer */
    /* (OCR "DÉCISION-N° 2025-DEC-015": a hyphen read for the blank) */
    if (((m = kw(p, n, "decision ", false)) || ((m = kw(p, n, "decision-", false)) && m < n && (p[m] == 'N' || p[m] == 'n')))
        && up >= 70) {
        /* "DÉCISION DU MAIRE N° DM-2024-038", "DÉCISION DU PRÉSIDENT
           N° 12", "DÉCISION N° 2024-05": the number line of an act
           without a type of its own */
        static const char *const nx[] = {"du maire", "de la maire", "du president", "de la presidente", "n", NULL};
        for (size_t i = 0; nx[i]; i++) {
            size_t xm = kw(p + m, n - m, nx[i], i < 4);
            if (xm && (i < 4 || (m + 1 < n && (!letter_at(p + m + 1, n - m - 1) || p[m + 1] == 'o' || p[m + 1] == 'O')))) {
                *numline = *decision = true;
                return 0;
            }
        }
        /* any other function before N° and a number: "DÉCISION DU
           DIRECTEUR GÉNÉRAL N° DG-2026-041", "DÉCISION DE LA DIRECTRICE
           N° 12" (decision_numero(): at most four words) */
        if (decision_numero(p, n))
            *numline = *decision = true;
        return 0;
    }
    /* "Décision n° DP-2025-084 du 14 octobre 2025", "DÉCISION N° 12 du
       5 mai 2025", "Décision du Président n° 4": the number line in
       mixed case (as "Délibération n° 2023-36" below); a capital D
       opening the line (not "décision n° 12 du …" in a sentence) */
    if (p[0] == 'D' && (m = decision_numero(p, n))) {
        *numline = *decision = true;
        return 0;
    }
    if ((m = kw(p, n, "extrait ", false))) {
        if (kw(p + m, n - m, "du registre", false) || kw(p + m, n - m, "des deliberations", false)
            || kw(p + m, n - m, "du proces", false) || kw(p + m, n - m, "de deliberation", false)
            || kw(p + m, n - m, "de la deliberation", false))
            return EX_DOC_DELIBERATION;
        return 0;
    }
    /* "ACTE DU CONSEIL D'ADMINISTRATION N° 2025-12" (collèges, lycées:
       their board's délibération is an "acte"), "ACTE DU BUREAU N° 4":
       the word, a body, the number sign on the line in capitals */
    if (c0 == 'a' && (m = kw(p, n, "acte ", false))) {
        static const char *const bx[] = {"du conseil", "de la commission", "du comite", "du bureau", NULL};
        /* "Acte n° 2026-014" alone on its line (an EPLE's act under its
           séance heading: the board's délibération, as above) */
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        size_t nm = p[0] == 'A' && q < n && (p[q] == 'n' || p[q] == 'N') ? numero_at(p + q, n - q) : 0;
        if (nm) {
            bool dg = false;
            for (q += nm; q < n && is_blank(p[q]); q++)
                ;
            size_t t0 = q;
            for (; q < n && !is_blank(p[q]); q++)
                dg |= digit(p[q]);
            /* (not a transmission's id "Acte n° 045-200091759-20260421-…-AR") */
            if (q - t0 > 16)
                dg = false;
            while (q < n && is_blank(p[q]))
                q++;
            if (dg && q == n)
                return EX_DOC_DELIBERATION;
        }
        size_t b = 0;
        for (size_t i = 0; bx[i] && !b; i++)
            b = kw(p + m, n - m, bx[i], true);
        if (!b || up < 70)
            return 0;
        for (size_t r = m + b; r < n && r < m + b + 90; r++)
            if ((p[r] == 'N' || p[r] == 'n') && is_blank(p[r - 1]) && numero_at(p + r, n - r))
                return EX_DOC_DELIBERATION;
        return 0;
    }
    /* "DCM N° 2026/041", "DCC N° 12": the abbreviation of a council's
       délibération (municipal, communautaire, syndical) alone before N°,
       the number line */
    if (p[0] == 'D' && n > 6 && p[1] == 'C' && (p[2] == 'M' || p[2] == 'C' || p[2] == 'S')
        && abbrev_then_numero(p, n)) {
        *numline = true;
        return 0;
    }
    /* kw_fuzzy() reads "deliberation" only where c0 is d or e: kw() and
       the split reading (kw_may()) need d first, the one-edit reading d
       or e first, or d second with e or l (OCR: i 1 | !) first */
    if ((c0 == 'd' || c0 == 'e') && (m = kw_fuzzy(p, n, "deliberation", false))) {
        /* "DELIBERATIONN. 14/2002": OCR glued the number sign to the
           act word (numero_at() reads it, the word ends there) */
        if (m < n && letter_at(p + m, n - m) && !(p[m] == 'S' || p[m] == 's') && !(p[m] == 'N' && numero_at(p + m, n - m)))
            return 0;
        if (up >= 70)
            return EX_DOC_DELIBERATION;
        size_t q = m + other_lang_tail(p + m, n - m);   /* "Délibération / Erabakia n° …" */
        while (q < n && is_blank(p[q]))
            q++;
        /* "Délibération n° 2023-36"; not "délibération n° 12), M. X"
           (a list line that goes on) */
        if (q < n && (p[q] == 'n' || p[q] == 'N') && p[0] == 'D')
            *numline = true;
        /* "Délibération du Bureau n° B2025-014", "Délibération du Comité
           syndical n° 12", "Délibération CD n° 2025/07": the body (or
           its abbreviation) between the word and N° */
        else if (p[0] == 'D' && (body_then_numero(p + q, n - q) || abbrev_then_numero(p + q, n - q)))
            *numline = true;
        /* "Délibération MA 14 2026-031", "Délibération 2026 DAE 12": a
           code alone after the word, with no N° (the Paris style) */
        else if (p[0] == 'D' && q > m && q < n && code_alone(p + q, n - q))
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
        for (size_t i = 0; arrete_words[i].w; i++) {
            unsigned f = arrete_words[i].f;
            if (!(f & (AQ_SIGN | AQ_HEAD)))
                continue;
            size_t xm = kw(p + q, n - q, arrete_words[i].w, false);
            if (xm) {
                if ((f & AQ_BARE) && !(q + 1 < n && (!letter_at(p + q + 1, n - q - 1) || p[q + 1] == 'o' || p[q + 1] == 'O')))
                    continue;
                /* "ARRÊTÉ MUNICIPAL N° 12 portant ...": the label in
                   capitals, its title in lower case on the same line */
                size_t L1, L2;
                if (up >= 70 || (upper_pct(p, 0, m, &L1) == 100 && L1 >= 6
                                 && upper_pct(p, q, q + xm, &L2) == 100 && L2 >= 1))
                    return EX_DOC_ARRETE;
                if (((f & AQ_SIGN) || arrete_qualified_number(p + q, n - q)) && p[0] == 'A') {
                    *numline = true;
                    return 0;
                }
                return 0;
            }
        }
        return 0;
    }
    /* "RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE", "Relevé de
       décisions du Conseil": the summary list of a meeting's decisions
       (each item a "Décision n° …" heading), the minutes' kind; in
       capitals, or capitalised with a body after it (not "relevé des
       décisions est affiché …" in a sentence) */
    if (c0 == 'r' && ((m = kw(p, n, "releve des decisions", true)) || (m = kw(p, n, "releve de decisions", true)))) {
        if (up >= 70)
            return EX_DOC_PROCES_VERBAL;
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        if (p[0] == 'R' && (q >= n || kw(p + q, n - q, "du bureau", true) || kw(p + q, n - q, "du conseil", true)
                            || kw(p + q, n - q, "du comite", true) || kw(p + q, n - q, "de la commission", true)))
            return EX_DOC_PROCES_VERBAL;
        return 0;
    }
    /* none of the keys below can start with d or e: kw() takes a key's
       first letter only (avenant, rapport, proces, compte), and
       kw_fuzzy()'s one-edit reading of "convention" needs c, o or 0
       first, or c second (then c, o, 0 or n first): no up for them */
    if (c0 == 'd' || c0 == 'e')
        return 0;
    /* nor, for the same reasons, "convention" where c0 is a, r or p:
       there only avenant, rapport, proces can, their first two letters
       as kw() reads them (kw_may()); and where c0 is c, "compte" and
       "convention" need o (or 0) second, the one-edit reading o, 0 or n
       (t.c1 unknown, 0: not filtered) */
    {
        kwpre t = kw_pre(p, n);
        if ((c0 == 'a' && !kw_may("av", t)) || (c0 == 'r' && !kw_may("ra", t)) || (c0 == 'p' && !kw_may("pr", t))
            || (c0 == 'c' && t.c1 && t.c1 != 'o' && t.c1 != 'n'))
            return 0;
    }
    /* where c0 is a, r or p only avenant, rapport, or a "proces..." key
       (all of them begin "proces": kw() matches it where they match) can
       answer, with up >= 70 or (rapport) without: those pure tests
       first, up (a pass over the segment) only after one matched */
    if ((c0 == 'a' && !kw(p, n, "avenant", true)) || (c0 == 'r' && !kw(p, n, "rapport", true))
        || (c0 == 'p' && !kw(p, n, "proces", false)))
        return 0;
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
            /* "RAPPORT. N° 08": a speck (OCR) before the number sign */
            if (q == m && q + 1 < n && p[q] == '.' && is_blank(p[q + 1])) {
                size_t r = q + 1;
                while (r < n && is_blank(p[r]))
                    r++;
                if (r < n && p[r] == 'N' && numero_at(p + r, n - r))
                    return EX_DOC_RAPPORT;
            }
            if (kw(p + q, n - q, "n", false) || kw(p + q, n - q, "du president", false)
                || kw(p + q, n - q, "de la presidente", false)  /* (as "DÉCISION DE LA PRÉSIDENTE") */
                || kw(p + q, n - q, "au conseil", false) || kw(p + q, n - q, "de presentation", false)
                || kw(p + q, n - q, "a la commission", false)
                /* "RAPPORT D'ANALYSE DES OFFRES (synthèse)": the
                   procurement report, often annexed to the act it led
                   to (a "Vu le rapport d'analyse …" visa is no
                   capitals line; OCR: "D' ANALYSE") */
                || kw(p + q, n - q, "d'analyse", true) || kw(p + q, n - q, "d' analyse", true))
                return EX_DOC_RAPPORT;
            /* "RAPPORT DE LA CLECT N° 2025-02", "RAPPORT DU BUREAU N° 4":
               a body's name in capitals before the number sign */
            size_t d = kw(p + q, n - q, "de la ", false);
            if (!d)
                d = kw(p + q, n - q, "du ", false);
            if (!d)
                d = kw(p + q, n - q, "des ", false);
            if (!d)
                d = kw(p + q, n - q, "de l'", false);
            for (size_t r = q + d; d && r < n && r < q + 90; r++)
                if (p[r] == 'N' && is_blank(p[r - 1]) && numero_at(p + r, n - r)) {
                    size_t L2;
                    return upper_pct(p, q, r, &L2) == 100 ? EX_DOC_RAPPORT : 0;
                }
            return 0;
        }
        /* OCR splits the hyphen from a word: "PROCÈS- VERBAL" */
        if ((m = kw(p, n, "proces-verbal", false)) || (m = kw(p, n, "proces verbal", false))
            || (m = kw(p, n, "proces- verbal", false)) || (m = kw(p, n, "proces -verbal", false))
            || (m = kw(p, n, "compte rendu de la seance", false))
            || (m = kw(p, n, "compte-rendu de la seance", false))
            || (m = kw(p, n, "compte rendu de seance", false))
            || (m = kw(p, n, "compte rendu du conseil", false))
            || (m = kw(p, n, "compte-rendu du conseil", false))
            /* a commission's minutes ("COMPTE RENDU DE LA COMMISSION
               DES FINANCES"): a whole session's minutes too */
            || (m = kw(p, n, "compte rendu de la commission", false))
            || (m = kw(p, n, "compte-rendu de la commission", false))
            || (m = kw(p, n, "compte rendu sommaire", false))
            /* a verbatim transcript ("COMPTE RENDU INTÉGRAL DES
               DÉBATS", "COMPTE RENDU DES DÉBATS"): the whole séance */
            || (m = kw(p, n, "compte rendu integral", false))
            || (m = kw(p, n, "compte-rendu integral", false))
            || (m = kw(p, n, "compte rendu des debats", false))) {
            /* "PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
               (EXTRAIT)": an extract of the register, as "EXTRAIT DU
               PROCÈS-VERBAL …" */
            size_t e = n;
            while (e > m && is_blank(p[e - 1]))
                e--;
            if (e >= m + 9 && p[e - 1] == ')' && p[e - 9] == '('
                && kw(p + e - 8, 7, "extrait", false) == 7)
                return EX_DOC_DELIBERATION;
            return EX_DOC_PROCES_VERBAL;
        }
    } else if (c0 == 'r' && (m = kw(p, n, "rapport", true)) && m < n && is_blank(p[m])) {
        /* "RAPPORT N° 1-03 Séance plénière du 21 juin 2024": OCR (or a
           narrow page) joined the label and the séance heading of the
           right column into one segment; the label in capitals and its
           number sign still make it a label line (as ARRÊTÉ above) */
        size_t q = m, L1;
        while (q < n && is_blank(p[q]))
            q++;
        if (q < n && p[q] == 'N' && numero_at(p + q, n - q) && upper_pct(p, 0, m, &L1) == 100 && L1 == 7)
            return EX_DOC_RAPPORT;
    }
    return 0;
#undef up
}

/* "Séance du 5 mars 2024 – Délibération n° CS-2024-07": the act's own
   number after a dash separator, its act word capitalised (a sentence
   citing "la délibération n° ..." is lower case) */
/* the test at q (q >= 1, q + 4 < n): a blank, '-' or '–' / '—' then a
   blank, a capitalised act word and its number */
static bool dash_numline_at(const char *p, size_t n, size_t q)
{
    if (!is_blank(p[q - 1]))
        return false;
    size_t dl = 0;
    if (p[q] == '-')
        dl = 1;
    else if ((unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
             && ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94))
        dl = 3;
    if (!dl || !is_blank(p[q + dl]))
        return false;
    size_t r = q + dl;
    while (r < n && is_blank(p[r]))
        r++;
    size_t cn;
    if (r >= n || case_at(p + r, n - r, &cn) <= 0)
        return false;
    size_t m = kw_fuzzy(p + r, n - r, "deliberation", true);
    if (!m)
        m = kw(p + r, n - r, "arrete", true);
    if (!m)
        m = kw(p + r, n - r, "decision", true);
    if (!m)
        return false;
    r += m;
    while (r < n && is_blank(p[r]))
        r++;
    return numero_at(p + r, n - r) != 0 || dash_code_len(p + r, n - r) != 0;
}

/* "Comité syndical – séance du 2 juin 2026      Délibération CS 2026/07":
   the act's own number line printed in the line's right-hand cell after
   a wide gap (p[0..n): the line's last segment), as after a dash
   (numline_after_dash()): a capitalised "Délibération", then N° or a
   code alone with a '-' or '/' (dash_code_len()) ending the line.  The
   délibération only: the K_NUMLINE typing reads it (not the cell's
   first letter, the line's) */
static bool numline_right_cell(const char *p, size_t n)
{
    if (n < 16 || p[0] != 'D')
        return false;
    size_t m = kw_fuzzy(p, n, "deliberation", true);
    if (!m || m >= n || !is_blank(p[m]))
        return false;
    while (m < n && is_blank(p[m]))
        m++;
    return numero_at(p + m, n - m) != 0 || dash_code_len(p + m, n - m) != 0;
}

/* avail: bytes that may be read from p (the view's, p[n] onwards too) */
/* q0 >= 1: no such q in [1, q0) (stamp_cut()'s scan of the same bytes) */
static bool numline_after_dash(const char *p, size_t n, size_t avail, size_t q0)
{
    /* dash_numline_at() fails at every q but a '-' or a byte 0xE2 after
       a blank: only those q in [q0, n - 4) are tried */
    size_t q = q0;
#ifdef EX_SIMD
    /* sixteen q at a time (the loads read p[q - 1, q + 16), q + 16 <=
       avail: past n when the view goes on; those q fail k + 4 < n and
       the block that reaches n - 4 is the last, so the plain loop below
       only runs at the view's end) */
    for (; q + 4 < n && q + 16 <= avail; q += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(p + q));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + q - 1));
        __m128i dash = _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('-')), _mm_cmpeq_epi8(w, _mm_set1_epi8((char)0xE2)));
        __m128i bl = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
        for (unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(dash, bl)); z; z &= z - 1) {
            size_t k = q + (size_t)__builtin_ctz(z);
            if (k + 4 < n && dash_numline_at(p, n, k))
                return true;
        }
        if (q + 20 >= n)
            return false; /* every k with k + 4 < n was in the block */
    }
    for (; q + 4 < n; q++)
        if ((p[q] == '-' || (unsigned char)p[q] == 0xE2) && dash_numline_at(p, n, q))
            return true;
    return false;
#else
    (void)avail;
    /* the loop only visits the offsets of those bytes (memchr) */
    const char *hy = NULL, *e2 = NULL;
    size_t hq = 0, eq = 0;  /* the searches ran up to these offsets */
    for (; q + 4 < n; q++) {
        if (hq < q) {
            hy = memchr(p + q, '-', n - 4 - q);
            hq = hy ? (size_t)(hy - p) : n;
        }
        if (eq < q) {
            e2 = memchr(p + q, 0xE2, n - 4 - q);
            eq = e2 ? (size_t)(e2 - p) : n;
        }
        q = hq < eq ? hq : eq;
        if (q + 4 >= n)
            break;
        if (dash_numline_at(p, n, q))
            return true;
    }
    return false;
#endif
}

/* OCR junk only in [a, b): tokens of two letters at most ("Entre :. ;
   ee ; : ue te") */
static bool junk_tail(const char *s, size_t a, size_t b)
{
    size_t run = 0;
    for (size_t q = a; q < b; q++) {
        if (is_blank(s[q])) {
            run = 0;
            continue;
        }
        if (digit(s[q]) || ++run > 2)
            return false;
    }
    return true;
}

/* after "ENTRE" at p[m..n): a colon after a blank, or a '-' after a
   blank (an OCR speck; the colon glued before it: "ENTRE -", "ENTRE:
   -"), then OCR junk only (junk_tail()) */
static bool entre_junk(const char *p, size_t m, size_t n)
{
    size_t q = m < n && p[m] == ':' ? m + 1 : m;
    bool colon = q > m;
    size_t r = q;
    while (r < n && is_blank(p[r]))
        r++;
    if (r == q || r >= n)
        return false;
    if (p[r] == '-' || (p[r] == ':' && !colon))
        return junk_tail(p, r + 1, n);
    return false;
}

/* an article opens p: "le ", "la ", "les ", "l'" */
static bool article_word(const char *p, size_t n)
{
    return kw(p, n, "le ", false) || kw(p, n, "la ", false) || kw(p, n, "les ", false) || kw(p, n, "l'", false);
}

/* the "il ..." operative phrases of a contract: bytes or 0 */
static size_t convenu_keys(const char *p, size_t n)
{
    size_t m;
    if ((m = kw(p, n, "il est convenu ce qui suit", false)) || (m = kw(p, n, "il a ete convenu ce qui suit", false))
        || (m = kw(p, n, "il est convenu et arrete ce qui suit", false))
        || (m = kw(p, n, "il a ete convenu et arrete ce qui suit", false))
        || (m = kw(p, n, "il a ete arrete et convenu ce qui suit", false))
        || (m = kw(p, n, "il est arrete et convenu ce qui suit", false)))
        return m;
    return 0;
}

/* convenu_keys(), where OCR put a speck between two words of the
   phrase, glued or apart ("IL A‘ÉTÉ CONVENU CE QUI SUIT", "IL EST.
   CONVENU", "IL A ÉTÉ _ CONVENU"): the phrase read again on a copy of its
   first bytes with each speck (speck_len(): ' ’ ‘ . , _ ;) made blanks,
   byte for byte (the length kept), and a J opening it read as I ("JL
   EST CONVENU"); only for a line opening "il" (or "Jl") + a blank or a
   speck */
static size_t convenu_at(const char *p, size_t n)
{
    size_t m = convenu_keys(p, n);
    if (m || n < 26 || (p[1] | 0x20) != 'l' || letter_at(p + 2, n - 2))
        return m;
    char buf[96];
    size_t bn = n < sizeof buf ? n : sizeof buf;
    bool sp = false;
    for (size_t q = 0; q < bn; q++) {
        buf[q] = p[q];
        if (q == 0 && p[0] == 'J') {
            buf[0] = 'I';   /* OCR: "JL EST CONVENU ..." (J for I) */
            sp = true;
        }
        if (q < 2)
            continue;
        size_t k = speck_len(p, q, bn);
        for (size_t j = 0; j < k; j++)
            buf[q + j] = ' ';
        if (k) {
            sp = true;
            q += k - 1;
        }
    }
    return sp ? convenu_keys(buf, bn) : 0;
}

/* convenu_at()'s phrase as the verb's text: each speck it read as a
   blank (and the blanks around it) one blank ("IL A‘ÉTÉ CONVENU CE QUI
   SUIT" -> "IL A ÉTÉ CONVENU CE QUI SUIT"); v is changed in place */
static void convenu_specks_out(char *v)
{
    size_t r = 0, w = 0, len = strlen(v);
    bool gap = false;
    while (v[r]) {
        size_t k = r >= 2 ? speck_len(v, r, len) : 0;
        if (k) {
            gap = true;
            r += k;
            continue;
        }
        if (gap) {
            /* the blanks around the speck, one kept */
            while (w > 0 && is_blank(v[w - 1]))
                w--;
            while (is_blank(v[r]))
                r++;
            v[w++] = ' ';
            gap = false;
            continue;
        }
        v[w++] = v[r++];
    }
    v[w] = 0;
}

/* "DÉCIDE DE REPORTER l'examen …", "SURSEOIT À STATUER sur …": after
   an operative verb in capitals ending at p[m], its infinitive in
   capitals ("DE", "D'" or "À" then one word of 4 letters or more),
   the capital run ending where a lower-case word, ':' or the line end
   follows (not a line all in capitals, "DECIDE DE FINANCER LA PART …",
   nor "DÉCIDE de reporter").  Returns the run's end or 0. */
static size_t caps_infinitive_end(const char *p, size_t n, size_t m)
{
    size_t q = m, cn;
    if (q >= n || !is_blank(p[q]))
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    if (n - q >= 3 && p[q] == 'D' && p[q + 1] == 'E' && is_blank(p[q + 2]))
        q += 3;
    else if (n - q >= 3 && p[q] == 'D' && p[q + 1] == '\'')
        q += 2;
    else if (n - q >= 3 && (unsigned char)p[q] == 0xC3 && (unsigned char)p[q + 1] == 0x80 && is_blank(p[q + 2]))
        q += 3;
    else
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    size_t w = q;
    while (w < n && !is_blank(p[w]) && p[w] != ',' && p[w] != ':')
        w++;
    size_t L;
    if (w == q || upper_pct(p, q, w, &L) < 100 || L < 4)
        return 0;
    size_t r = w;
    while (r < n && is_blank(p[r]))
        r++;
    if (r >= n || p[r] == ':' || (r > w && case_at(p + r, n - r, &cn) < 0))
        return w;
    return 0;
}

/* "À l'unanimité, DÉCIDE …", "À la majorité (15 voix pour, …), REFUSE
   …", "Par 17 voix pour et 4 voix contre, SURSEOIT …": a tally opening
   the line, its verb in capitals after a comma on the same line */
static bool vote_lead_at(const char *p, size_t n)
{
    if (kw(p, n, "a l'unanimite", false) || kw(p, n, "a la majorite", false))
        return memchr(p, ',', n) != NULL;
    size_t m = kw(p, n, "par ", false);
    return m && m < n && digit(p[m]) && memchr(p, ',', n) != NULL;
}

/* the decision verb at p[0..n): bytes of the verb or 0 */
static size_t verb_at(const char *p, size_t n)
{
    size_t m;
    /* the "il ..." keys need a first character kw() reads as i (i 1 l |
       !, and accented i: kw_pre()'s class l) */
    kwpre t = kw_pre(p, n);
    if ((t.c0 == 'l' || (n > 1 && p[0] == 'J' && (p[1] | 0x20) == 'l')) && (m = convenu_at(p, n)))
        return m;
    /* the first person plural of the old form ("Nous, Maire de ...,
       ARRÊTONS :", "DÉCIDONS :", "ORDONNONS :") after the third person
       (indices 0 and 1 are tested below) */
    static const char *const verbs[] = {"decide",   "arrete",   "delibere",  "decident",  "decrete", "arretent",
                                        "arretons", "decidons", "ordonnons", "decretons", NULL};
    /* a verb's stem first, once for the verbs that share it ("decid":
       indices 0 3 7; "arret": 1 5 6; "decret": 4 9; kw() reads a key from
       its start on, so without the stem none of them is there): -1 not
       tried yet, 0 absent, 1 there */
    static const char *const stems[] = {"decid", "arret", "decret"};
    static const signed char stem_of[] = {0, 1, -1, 0, 2, 1, 1, 0, -1, 2};
    int stem[3] = {-1, -1, -1};
    /* kw_may() passes a verb only where t.c0 is its first letter (d, a
       or o, each its own class) and t.c1 is unknown (0) or its second
       (e for the d verbs, r for the others): each letter's indices, in
       the list's order, after that test made once */
    static const signed char by_d[] = {0, 2, 3, 4, 7, 9, -1}, by_a[] = {1, 5, 6, -1}, by_o[] = {8, -1};
    const signed char *ix;
    if (t.c0 == 'd')
        ix = by_d;
    else if (t.c0 == 'a')
        ix = by_a;
    else if (t.c0 == 'o')
        ix = by_o;
    else
        return 0;
    if (t.c1 && t.c1 != (t.c0 == 'd' ? 'e' : 'r'))
        return 0;
    for (; *ix >= 0; ix++) {
        size_t i = (size_t)*ix;
        int si = stem_of[i];
        if (si >= 0) {
            if (stem[si] < 0)
                stem[si] = kw(p, n, stems[si], false) != 0;
            if (!stem[si])
                continue;
        }
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
        /* the rest: nothing, ':' or junk, or " de ..." / " d'..."
           (the other language's label first: "DÉCIDE / ERABAKITZEN DU :") */
        size_t q = m + other_lang_tail(p + m, n - m);
        while (q < n && (is_blank(p[q]) || p[q] == ':' || p[q] == '.' || p[q] == '-'))
            q++;
        bool tail_ok = q >= n;
        {
            /* "ARRÊTE CE QUI SUIT :", "Décide ce qui suit :": the line as
               printed is the verb (the colon out); not "ARRÊTE ce qui
               suit l'avis …" going on */
            size_t r = m;
            while (r < n && is_blank(p[r]))
                r++;
            size_t cq = r < n && (p[r] == 'c' || p[r] == 'C') ? kw(p + r, n - r, "ce qui suit", true) : 0;
            if (cq) {
                size_t e = r + cq, z = e;
                while (z < n && (is_blank(p[z]) || p[z] == ':' || p[z] == '.'))
                    z++;
                if (z >= n && p[0] >= 'A' && p[0] <= 'Z')
                    return e;
            }
        }
        {
            /* "Décide, à l'unanimité :", "DÉCIDE à la majorité des
               suffrages exprimés :" */
            size_t r = m;
            while (r < n && (is_blank(p[r]) || p[r] == ','))
                r++;
            size_t e = n;
            while (e > r && is_blank(p[e - 1]))
                e--;
            if ((kw(p + r, n - r, "a l'unanimite", false) || kw(p + r, n - r, "a la majorite", false))
                && e > r && (p[e - 1] == ':' || p[e - 1] == ','))
                tail_ok = true;
        }
        if (!tail_ok) {
            /* OCR junk only: short tokens */
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
                           || kw(p + m, n - m, " que ", false))) {
                size_t e = caps_infinitive_end(p, n, m);
                return e ? e : m;
            }
        } else if (tail_ok && i != 1 && p[0] >= 'A' && p[0] <= 'Z') {
            return m; /* "Décide :" */
        } else if (tail_ok && i == 1 && p[0] == 'A') {
            return m; /* "Arrête :" */
        }
    }
    return 0;
}

/* an ordinal word at p ("deuxième", "TROISIÈME", "second"): its value,
   *len its bytes; 0 for none ("premier" is read by the caller) */
static int ordinal_word(const char *p, size_t n, size_t *len)
{
    static const char *const ord[] = {"deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme",
                                      "septieme", "huitieme", "neuvieme", "dixieme", "onzieme",
                                      "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme",
                                      NULL};
    char w[16];
    size_t used = ex_num_fold_word(p, n, w, sizeof w);
    if (!used)
        return 0;
    if (strcmp(w, "second") == 0 || strcmp(w, "seconde") == 0) {
        *len = used;
        return 2;
    }
    for (int k = 0; ord[k]; k++)
        if (strcmp(w, ord[k]) == 0) {
            *len = used;
            return k + 2;
        }
    return 0;
}

/* a cardinal number word at p ("DEUX", "trois", "UN"; 1 to 16 and
   20): its value, *len its bytes; 0 for none ("Article deux du présent
   arrêté" is turned away by article_at()'s lower-case test after it) */
static int cardinal_word(const char *p, size_t n, size_t *len)
{
    static const char *const card[] = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
                                       "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
                                       "seize", NULL};
    char w[16];
    size_t used = ex_num_fold_word(p, n, w, sizeof w);
    if (!used)
        return 0;
    for (int k = 0; card[k]; k++)
        if (strcmp(w, card[k]) == 0) {
            *len = used;
            return k + 1;
        }
    if (strcmp(w, "vingt") == 0) {
        *len = used;
        return 20;
    }
    return 0;
}

/* a roman numeral in capitals at p, II to XX ("ARTICLE III :"), and
   the lone "I" when one is set (article_at() reads a lone "I" as the
   digit 1: "ARTICLE I" there is an OCR'd "ARTICLE 1"), not before a
   letter or a digit: its value, *len its bytes; 0 for none */
static int roman_word(const char *p, size_t n, bool one, size_t *len)
{
    static const char *const rom[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                                      "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", NULL};
    size_t k = 0;
    while (k < n && k < 6 && (p[k] == 'I' || p[k] == 'V' || p[k] == 'X'))
        k++;
    if (!k || (k == 1 && p[0] == 'I' && !one) || (k < n && (letter_at(p + k, n - k) || digit(p[k]))))
        return 0;
    for (int i = 0; rom[i]; i++)
        if (strlen(rom[i]) == k && !memcmp(p, rom[i], k)) {
            *len = k;
            return i + 1;
        }
    return 0;
}

/* "I. – pendant la mise en place du circuit ;", "II) pendant …": a
   sub-item marked by a roman numeral (I to XX, a dot or a bracket, then
   a dash or a lower-case word), which goes on the clause ending with ':'
   above it; not "I. Objet" nor "IV. LES TARIFS" (headings) */
static bool roman_item(const char *p, size_t n)
{
    size_t q = 0, cn;
    if (!roman_word(p, n, true, &q))
        return false;
    if (q >= n || (p[q] != '.' && p[q] != ')'))
        return false;
    q++;
    if (q >= n || !is_blank(p[q]))
        return false;
    while (q < n && is_blank(p[q]))
        q++;
    if (q >= n)
        return false;
    if (p[q] == '-' || (q + 2 < n && (unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
                        && ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94)))
        return true;
    return case_at(p + q, n - q, &cn) < 0;
}

/* article heading at p (junk skipped): returns the bytes of "Article 1er"
   and sets num ("1") */
static size_t article_at(const char *p, size_t n, char *num, size_t numcap)
{
    size_t m = 0;
    bool weak = false;  /* the word read with its first or second letter misread */
    if (n > 10 && (unsigned char)p[0] == 0xC3 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x84
        && (m = kw(p + 2, n - 2, "rticle", true))) {
        /* OCR: an accent on the capital ("Ârticle 9 Exécution"), a
           number in digits right after (checked below) */
        m += 2;
        weak = true;
    } else if (!(p[0] == 'A' || p[0] == 'a'))
        return 0;
    if (p[0] == 'a' && !(n > 1 && p[1] == 'r'))
        return 0;
    if (weak) {
        /* (read above) */
    } else if ((m = kw_fuzzy(p, n, "article", false))) {
        if (p[0] == 'a')
            return 0;
    } else if ((m = kw(p, n, "art.", false)) || (m = kw(p, n, "art ", false))) {
        if (p[0] == 'a')
            return 0;
    } else if ((m = kw(p, n, "art, ", false)) && p[0] == 'A' && m < n && digit(p[m])) {
        /* OCR "Art, 3 - ...": the period read as a comma, a number
           right after */
    } else if (p[0] == 'A' && n > 10
               && ((((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z') && (m = kw(p + 2, n - 2, "ticle", true)))
                   || ((unsigned char)p[1] == 0xC3 && (unsigned char)p[2] >= 0x80 && (unsigned char)p[2] <= 0xBF
                       && (m = kw(p + 3, n - 3, "ticle", true)) && ++m))) {
        /* OCR: the second letter misread ("Aiticle 2 :", "Aïticle 2 :",
           which kw_fuzzy() leaves: its first two letters must line up),
           a number in digits right after (checked below) */
        m += 2;
        weak = true;
    } else {
        return 0;
    }
    size_t q = m;
    /* OCR: a speck "." glued after the word before the number
       ("Article.2 :"), or its blank read as a hyphen or a quote
       ("Article-2 :", "Article'3 :", "Article‘3 :") */
    if (p[0] == 'A' && q + 1 < n && p[q - 1] != '.' && (p[q] == '.' || p[q] == '-' || p[q] == '\'') && digit(p[q + 1]))
        q++;
    else if (p[0] == 'A' && q + 3 < n && (unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
             && ((unsigned char)p[q + 2] == 0x98 || (unsigned char)p[q + 2] == 0x99) && digit(p[q + 3]))
        q += 3;
    while (q < n && is_blank(p[q]))
        q++;
    if (weak && !(q > m && q < n && digit(p[q])))
        return 0;
    size_t ns = q, nl = 0, olen = 0;
    int ow;
    if (p[0] == 'A' && q < n && (p[q] == ':' || (p[q] == '.' && q > m && !weak && q + 1 < n && is_blank(p[q + 1])))) {
        /* "ARTICLE: : Délégation ...", "Article . Les tarifs ...": OCR
           lost the number; an empty num asks push_article() to count it
           from the article before */
        num[0] = '\0';
        return q;
    }
    if (kw(p + q, n - q, "premier", true) || kw(p + q, n - q, "unique", true)) {
        q += kw(p + q, n - q, "premier", true) ? 7 : 6;
        if (numcap > 1) {
            num[0] = '1';
            nl = 1;
        }
    } else if (p[0] == 'A' && q > m && kw(p + q, n - q, "dernier", true)) {
        /* "Article dernier :", "ARTICLE DERNIER -": the last article,
           numbered by its position; "+" asks push_article() for the
           number after the previous article's (no repair) */
        q += 7;
        if (numcap > 1) {
            num[0] = '+';
            nl = 1;
        }
    } else if ((ow = ordinal_word(p + q, n - q, &olen)) > 0
               || (p[0] == 'A' && (ow = cardinal_word(p + q, n - q, &olen)) > 0)
               || (p[0] == 'A' && (ow = roman_word(p + q, n - q, false, &olen)) > 0)) {
        /* "ARTICLE DEUXIÈME. –", "Article troisième :", "ARTICLE DEUX
           :", "ARTICLE III –" */
        q += olen;
        if (numcap > 2)
            nl = (size_t)snprintf(num, numcap, "%d", ow);
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
        } else if (!nl && q == ns && q + 1 < n
                   && (p[q] == 'l' || p[q] == 'I' || p[q] == 'L' || p[q] == '|' || p[q] == 't')
                   && kw(p + q + 1, n - q - 1, "er", true)) {
            /* "Article ler :" (OCR read the 1 of "1er" as a letter, as
               dates.c reads "ler janvier"; "ter" with no number before
               it is no "2 ter" either) */
            num[nl++] = '1';
            q++;
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
        /* "Article 6 et dernier -": the number printed, the words after
           it skipped */
        size_t r = q;
        while (r < n && is_blank(p[r]))
            r++;
        if (r > q && r + 3 < n && p[r] == 'e' && p[r + 1] == 't' && is_blank(p[r + 2])) {
            size_t r2 = r + 2;
            while (r2 < n && is_blank(p[r2]))
                r2++;
            if ((e = kw(p + r2, n - r2, "dernier", true)))
                q = r2 + e;
        }
    }
    /* "Article 4 bis", "Article 2 ter" */
    {
        size_t r = q;
        while (r < n && is_blank(p[r]))
            r++;
        static const char *const lat[] = {"bis", "ter", "quater", "quinquies", NULL};
        for (size_t k = 0; lat[k] && r > q; k++) {
            size_t m2 = kw(p + r, n - r, lat[k], true);
            size_t L = strlen(lat[k]);
            if (m2 && nl > 0 && (p[r] == 'b' || p[r] == 't' || p[r] == 'q' || p[r] == 'B' || p[r] == 'T' || p[r] == 'Q')
                && nl + 1 + L < numcap) {
                num[nl++] = ' ';
                for (size_t j = 0; j < L; j++)
                    num[nl++] = lat[k][j];
                q = r + m2;
                break;
            }
        }
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

/* a hierarchical article heading article_at() turns away: "Article
   1.1.1 – Exploitant …", "ARTICLE 2.2 : Exécution" (ICPE arrêtés: TITRE
   and CHAPITRE lines between, no "Article 1" of their own): the keyword
   with a capital, two to four numbers parted by periods (an OCR blank
   after a period kept), then a dash or a colon.  Returns the bytes up to
   the number and sets num ("1.1.1"), else 0.  classify() takes it only
   when no article of the act bears its first number ("4.1" under
   "Article 4" is part of article 4's text). */
static size_t decimal_article_at(const char *p, size_t n, char *num, size_t numcap)
{
    size_t m = kw(p, n, "article", false), q, nl = 0, parts = 0;
    if (!m || p[0] != 'A' || m >= n || !is_blank(p[m]))
        return 0;
    for (q = m; q < n && is_blank(p[q]);)
        q++;
    for (;;) {
        size_t d = 0;
        while (q < n && digit(p[q]) && d < 3 && nl + 1 < numcap) {
            num[nl++] = p[q++];
            d++;
        }
        if (!d || (q < n && digit(p[q])))
            return 0;
        parts++;
        if (q + 1 < n && p[q] == '.' && parts < 4) {
            size_t r = q + 1;
            if (r + 1 < n && is_blank(p[r]))
                r++;
            if (digit(p[r]) && nl + 2 < numcap) {
                num[nl++] = '.';
                q = r;
                continue;
            }
        }
        break;
    }
    if (parts < 2)
        return 0;
    num[nl] = '\0';
    size_t end = q, r = q;
    while (r < n && is_blank(p[r]))
        r++;
    if (r < n && (p[r] == ':' || p[r] == '-'))
        return end;
    if (r + 2 < n && (unsigned char)p[r] == 0xE2 && (unsigned char)p[r + 1] == 0x80
        && ((unsigned char)p[r + 2] == 0x93 || (unsigned char)p[r + 2] == 0x94))
        return end;
    return 0;
}

/* classify()'s article_at() memo of line i (x->arts, in line order: a
   binary search), or NULL when it did not match there */
static const struct art_memo *art_memo_at(const sctx *x, size_t i)
{
    const struct art_memo *am = NULL;
    for (size_t lo = 0, hi = x->arts.n; lo < hi;) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->arts.v[mid].line < i)
            lo = mid + 1;
        else {
            if (x->arts.v[mid].line == i)
                am = &x->arts.v[mid];
            hi = mid;
        }
    }
    return am;
}

/* an article classify() took before bears num's first number ("4"
   for "4.1"); a hierarchical heading does not stop at a number of its
   own ("1" for "1.1.1" after "1.2.1") */
static bool act_article_numbered(const sctx *x, const char *num)
{
    size_t d = strcspn(num, ".");
    for (size_t k = 0; k < x->arts.n; k++) {
        const char *o = x->arts.v[k].num;
        if (strlen(o) == d && !memcmp(o, num, d))
            return true;
    }
    return false;
}

/* "TITRE II – DISPOSITIONS FINALES", "CHAPITRE 1.2 – NATURE DES
   INSTALLATIONS" at p: the keyword in capitals (or with a capital),
   a roman or decimal number, then a dash or a colon */
static bool part_heading_at(const char *p, size_t n)
{
    size_t m = 0, q, r;
    if (p[0] == 'T' || p[0] == 'C')
        m = kw(p, n, "titre", false) ? 5 : kw(p, n, "chapitre", false) ? 8 : 0;
    if (!m || m >= n || !is_blank(p[m]))
        return false;
    for (q = m; q < n && is_blank(p[q]);)
        q++;
    r = q;
    while (r < n && (digit(p[r]) || p[r] == '.' || p[r] == 'I' || p[r] == 'V' || p[r] == 'X'))
        r++;
    if (r == q || r - q > 8 || (r < n && !is_blank(p[r])))
        return false;
    while (r < n && is_blank(p[r]))
        r++;
    return r < n
           && (p[r] == ':' || p[r] == '-'
               || (r + 2 < n && (unsigned char)p[r] == 0xE2 && (unsigned char)p[r + 1] == 0x80
                   && ((unsigned char)p[r + 2] == 0x93 || (unsigned char)p[r + 2] == 0x94)));
}

/* line i, after a blank line inside an open article, is a TITRE or
   CHAPITRE heading followed by an article (other such headings
   between): a structure heading of the act, no text of the article
   before it */
static bool part_heading_line(sctx *x, size_t i, size_t lim)
{
    for (size_t j = i, k = 0; j < lim && k < 3; k++) {
        const linfo *g = &x->li[j];
        if (g->k & K_ARTICLE)
            return k > 0;
        if (!part_heading_at(x->s + g->a, g->b - g->a) || j == 0 || !(x->li[j - 1].k & K_BLANK))
            return false;
        j = next_line(x, j, lim);
    }
    return false;
}

/* a vote-result participle in lower case opening the line inside a
   sentence: "rejetées sans traitement dans le ruisseau …" (the eaux of
   the line before), not "adoptée à l'unanimité", "rejeté par 12 voix",
   "adopté sans opposition", "adoptée." (a result: a vote line) */
static bool result_in_sentence(const char *p, size_t n)
{
    size_t m = (p[0] == 'r') ? kw(p, n, "rejete", false) : (p[0] == 'a') ? kw(p, n, "adopte", false) : 0;
    if (!m)
        return false;
    while (m < n && (p[m] == 'e' || p[m] == 's'))
        m++;
    if (m >= n || !is_blank(p[m]))
        return false;
    while (m < n && is_blank(p[m]))
        m++;
    if (m >= n || !(p[m] >= 'a' && p[m] <= 'z'))
        return false;
    static const char *const goon[] = {"a ", "a l'", "au ", "aux ", "par ", "avec ", "en ", "sans opposition",
                                       "sans vote", "sans observation", "unanimement", "l'unanimite", "et ", NULL};
    for (size_t k = 0; goon[k]; k++)
        if (kw(p + m, n - m, goon[k], false))
            return false;
    return true;
}

/* p[0..n) opens with a civility word (civility_word()'s list) */
static bool opens_civility(const char *p, size_t n)
{
    size_t w = 0;
    while (w < n && !is_blank(p[w]) && p[w] != ',')
        w++;
    return civility_word(p, w);
}

/* "ne prend pas part au vote", "ne participe pas au vote", "ne
   prennent pas part au vote" somewhere in p[0..n) */
static bool no_part_in_vote(const char *p, size_t n)
{
    for (size_t q = 0; q + 12 < n; q++)
        if ((p[q] == 'n' || p[q] == 'N') && (q == 0 || is_blank(p[q - 1]))
            && (kw(p + q, n - q, "ne prend pas part", false) || kw(p + q, n - q, "ne prennent pas part", false)
                || kw(p + q, n - q, "ne participe pas au vote", false)
                || kw(p + q, n - q, "ne participent pas au vote", false)))
            return true;
    return false;
}

/* the paragraph's line i (p[0..n)) goes on at line i + 1 (no blank
   line between, line i not ended by a period) and that line holds the
   clause: "Mme X et M. Y, membres du bureau de l'Union\nsportive, ne
   prennent pas part au vote." (the sentence cut by the line end) */
static bool no_part_next_line(const ex_text *t, const char *s, size_t i, const char *p, size_t n)
{
    if (i + 1 >= t->nlines || (t->lines[i + 1].flags & EX_LINE_BLANK) || t->lines[i + 1].page != t->lines[i].page)
        return false;
    size_t e = n;
    while (e && is_blank(p[e - 1]))
        e--;
    if (!e || p[e - 1] == '.' || p[e - 1] == ':' || p[e - 1] == ';')
        return false;
    const ex_line *l = &t->lines[i + 1];
    return no_part_in_vote(s + l->start, l->end - l->start);
}

/* a line opening with the label "Ne prennent pas part au vote : M. X,
   Mme Y" ("Ne prend pas part au vote :", "Ne participe(nt) pas au vote
   :"): a vote block line.  The label and its ':' only; a wrapped
   sentence's "ne prend pas part au vote et quitte la salle" is not one */
static bool no_part_label_at(const char *p, size_t n)
{
    size_t m;
    if (!(m = kw(p, n, "ne prennent pas part au vote", true)) && !(m = kw(p, n, "ne prend pas part au vote", true))
        && !(m = kw(p, n, "ne participent pas au vote", true)) && !(m = kw(p, n, "ne participe pas au vote", true)))
        return false;
    while (m < n && is_blank(p[m]))
        m++;
    return m < n && p[m] == ':';
}

/* a ballot announced in the present: "il est procédé à un vote" ("au
   vote", "à un scrutin", "au scrutin") somewhere in p[0..n): "À la
   demande de sept conseillers, il est procédé à un vote par scrutin
   public (article L. 3121-15 du CGCT)."  The vote's first line (it ends
   the last article).  "Il sera procédé …" or "de procéder à un vote"
   (an article's own decision) are none */
static bool ballot_announced(const char *p, size_t n)
{
    for (size_t q = 0; q + 20 < n; q++) {
#ifdef EX_SIMD
        /* 16 offsets a step to the next 'i' / 'I' after a blank or a
           comma (the test below; offset 0 by it): loads from q - 1 to
           q + 15, inside p[0..n) */
        /* (the offsets left, q to n - 21, fewer than 16 in the last
           step: the others masked off, and none found, none is) */
        if (q > 0)
            for (;; q += 16) {
                const __m128i prev = ex_v_load(p + q - 1);
                const __m128i lead = _mm_or_si128(_mm_or_si128(ex_v_eq(prev, ' '), ex_v_eq(prev, '\t')),
                                                  ex_v_eq(prev, ','));
                unsigned k = ex_v_mask(_mm_and_si128(lead, ex_v_eq(ex_v_low(ex_v_load(p + q)), 'i')));
                size_t left = n - 20 - q;
                if (left < 16)
                    k &= (1u << left) - 1;
                if (k) {
                    q += (size_t)__builtin_ctz(k);
                    break;
                }
                if (left <= 16)
                    return false;
            }
#endif
        if ((p[q] != 'i' && p[q] != 'I') || (q && !is_blank(p[q - 1]) && p[q - 1] != ','))
            continue;
        size_t m = kw(p + q, n - q, "il est procede ", false);
        if (!m)
            continue;
        const char *r = p + q + m;
        size_t rn = n - q - m;
        if (kw(r, rn, "a un vote", true) || kw(r, rn, "au vote", true) || kw(r, rn, "a un scrutin", true)
            || kw(r, rn, "au scrutin", true))
            return true;
    }
    return false;
}

/* vote block lines */
/* p[0..n) after "Le conseil ": at most three words (the body's
   adjective: "municipal", "communautaire", "d'administration") then
   "adopte" and the act itself ("la délibération", "la présente
   délibération", "cette délibération", "le projet de délibération"):
   "Le conseil municipal adopte la délibération à l'unanimité." is a
   vote sentence; "Le conseil municipal adopte le budget …" (a decision)
   and "Le conseil municipal, après en avoir délibéré, DÉCIDE" are none */
static bool council_adopts(const char *p, size_t n)
{
    static const char *const acts[] = {"la deliberation", "la presente deliberation", "cette deliberation",
                                       "le projet de deliberation", NULL};
    size_t q = 0;
    for (int w = 0; w < 4 && q < n; w++) {
        while (q < n && is_blank(p[q]))
            q++;
        size_t m = kw(p + q, n - q, "adopte ", false);
        if (m) {
            q += m;
            while (q < n && is_blank(p[q]))
                q++;
            for (size_t k = 0; acts[k]; k++)
                if (kw(p + q, n - q, acts[k], true))
                    return true;
            return false;
        }
        /* the next word: letters, inner hyphens and apostrophes */
        size_t a = q;
        while (q < n && (letter_at(p + q, n - q) || p[q] == '-' || p[q] == '\''))
            q += (unsigned char)p[q] >= 0x80 ? 2 : 1;
        if (q == a || q > n || (q < n && !is_blank(p[q])))
            return false;
    }
    return false;
}

EX_ST_INLINE bool vote_at(const char *p, size_t n)
{
    /* the keys by their first letter (kw() matches a key only where its
       first letter, folded, is the text's: kw_pre(), kw_may()); any
       match that passes its test below answers, in any order */
    static const char *const keys_a[] = {"adopte", "adoptee", "a l'unanimite", "adopte a l'unanimite", NULL};
    static const char *const keys_d[] = {"dans les conditions de vote", NULL};
    static const char *const keys_l[] = {"la deliberation est adoptee", "le projet de deliberation est adopte",
                                         "les conditions de vote suivantes", "le conseil ", NULL};
    static const char *const keys_m[] = {"mis aux voix", NULL};
    static const char *const keys_o[] = {"ont vote", NULL};
    static const char *const keys_p[] = {"pour : ", "pour: ", NULL};
    static const char *const keys_r[] = {"resultat du vote", "resultats du vote", "resultat du scrutin",
                                         "resultats du scrutin", "resultat des votes", "resultats des votes", "rejete", NULL};
    static const char *const keys_v[] = {"vote :", "votes :", "vote:", "vote a main levee", "vote", "votes",
                                         "votants :", "votants:", "vote electronique", "vote au scrutin",
                                         "vote a bulletin", "vote par appel", "vote par groupe", "votent pour :",
                                         "votent pour:", "votent contre :", "votent contre:", NULL};
    static const char *const keys_paren[] = {"(adopte", "(rejete", NULL};
    kwpre t = kw_pre(p, n);
    const char *const *keys;
    switch (t.c0) {
    case 'a': keys = keys_a; break;
    case 'd': keys = keys_d; break;
    case 'l': keys = keys_l; break;
    case 'm': keys = keys_m; break;
    case 'o': keys = keys_o; break;
    case 'p': keys = keys_p; break;
    case 'r': keys = keys_r; break;
    case 'v': keys = keys_v; break;
    case '(': keys = keys_paren; break;
    default: return false;
    }
    /* but for a and l, a letter's keys share their first two characters
       (or, for '(', a first one kw_may() does not filter on): kw_may()
       gives each the same answer, asked once */
    bool shared = t.c0 != 'a' && t.c0 != 'l';
    if (shared && !kw_may(keys[0], t))
        return false;
    /* the v keys all begin "vot": past a one-byte v and o, an ASCII third
       byte kw() reads as t ('t' or 'T') or none of them matches */
    if (t.c0 == 'v' && n >= 3 && (unsigned char)p[1] < 0x80 && (unsigned char)p[2] < 0x80 && (p[2] | 0x20) != 't')
        return false;
    /* the l keys' second letters are a and e ("la …", "le …", "les …"):
       a known other one (t.c1: "l'…", "Il …", "1. …") fails kw_may() for
       each */
    if (t.c0 == 'l' && t.c1 && t.c1 != 'a' && t.c1 != 'e')
        return false;
    for (size_t i = 0; keys[i]; i++) {
        if (!shared && !kw_may(keys[i], t))
            continue;
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
        if (!strncmp(keys[i], "votants", 7)) {
            /* a tally line "Votants : 28 – Pour : 25 – Contre : 2", not
               the count "Votants : 11" of an attendance block */
            size_t q = m;
            while (q < n && is_blank(p[q]))
                q++;
            if (!(q < n && digit(p[q])))
                continue;
            while (q < n && digit(p[q]))
                q++;
            while (q < n && !((p[q] >= 'a' && p[q] <= 'z') || (p[q] >= 'A' && p[q] <= 'Z')))
                q++;
            if (!(q < n && (kw(p + q, n - q, "pour", false) || kw(p + q, n - q, "exprimes", false)
                            || kw(p + q, n - q, "suffrages", false))))
                continue;
        }
        if (!strcmp(keys[i], "vote") || !strcmp(keys[i], "votes")) {
            /* the heading "VOTE" alone on its line; "Vote / Bozketa :"
               (the other language's label after it) as "Vote :" */
            size_t ol = other_lang_tail(p + m, n - m);
            size_t q = m + ol;
            while (q < n && is_blank(p[q]))
                q++;
            if (q < n && !(ol && p[q] == ':'))
                continue;
        }
        if (!strncmp(keys[i], "vote ", 5) && strcmp(keys[i], "vote a main levee") && p[0] != 'V')
            continue;   /* "Vote électronique :" heads a line; a wrapped
                           sentence's "vote au scrutin secret" does not */
        if (!strcmp(keys[i], "le conseil ") && !council_adopts(p + m, n - m))
            continue;
        if (!strcmp(keys[i], "adopte") || !strcmp(keys[i], "rejete")) {
            /* "Adopté à ...", "ADOPTE" not "Adoptée par délibération ..." */
            if (m < n && letter_at(p + m, n - m) && !(p[m] == 'e' || p[m] == 'E'))
                continue;
        }
        return true;
    }
    return false;
}

/* an operative verb of a verb list or of a decision sentence, printed in
   capitals: "- APPROUVE le programme ...", "..., après en avoir
   délibéré, APPROUVE le compte ...", "AUTORISE le Président à ...".
   The first one is the decision verb of an act that prints no DÉCIDE
   (contract: the first operative verb).  Capitals only, followed by
   the end of the line, ':' or a lower-case word (not a title in
   capitals: "FIXATION DES TARIFS").  Returns the bytes of the verb. */
static size_t weak_verb_rest(const char *p, size_t n);
/* (an ASCII first byte that is no capital, or a capital before an ASCII
   small letter, most calls: 0 inline, as weak_verb_rest() answers) */
static inline size_t weak_verb_at(const char *p, size_t n)
{
    if (n && (unsigned char)p[0] < 0x80
        && (!(p[0] >= 'A' && p[0] <= 'Z') || (n >= 2 && p[1] >= 'a' && p[1] <= 'z')))
        return 0;
    return weak_verb_rest(p, n);
}
static size_t weak_verb_rest(const char *p, size_t n)
{
    /* "approuve", "approuvent", "autorise", "accepte", "valide",
       "sollicite", "designe", "attribue", "accorde", "prend acte", "emet",
       "fixe", "confirme", "charge", "donne", "adopte", "decide", "arrete",
       "delibere", "abroge", "modifie", "precise", "approuvons", "declare",
       "ecarte", "rejette", "proclame", "elit", "nomme", "refuse", "reporte",
       "surseoit", "admet", "affecte", tried in
       that order: kw_may() passes only the verbs whose first letter is
       the text's (t.c0; none starts with i or l), so the list of that
       letter, in the same order, gives the same answer */
    static const char *const verbs_a[] = {"approuve", "approuvent", "autorise", "accepte", "attribue", "accorde",
                                          "adopte", "arrete", "abroge", "approuvons", "admet", "affecte", NULL};
    static const char *const verbs_c[] = {"confirme", "charge", NULL};
    static const char *const verbs_d[] = {"designe", "donne", "decide", "delibere", "declare", NULL};
    static const char *const verbs_e[] = {"emet", "ecarte", "elit", NULL};
    static const char *const verbs_f[] = {"fixe", NULL};
    static const char *const verbs_m[] = {"modifie", NULL};
    static const char *const verbs_n[] = {"nomme", NULL};
    static const char *const verbs_p[] = {"prend acte", "precise", "proclame", NULL};
    static const char *const verbs_r[] = {"rejette", "refuse", "reporte", NULL};
    static const char *const verbs_s[] = {"sollicite", "surseoit", NULL};
    static const char *const verbs_v[] = {"valide", NULL};
    size_t cn;
    if (!n || case_at(p, n, &cn) <= 0)
        return 0;
    /* an ASCII capital then an ASCII lower-case letter: the first verb
       that matches (4 bytes at least) fails the capitals test below, and
       the answer is 0 either way */
    if (n >= 2 && (unsigned char)p[0] < 0x80 && p[1] >= 'a' && p[1] <= 'z')
        return 0;
    kwpre t = kw_pre(p, n);
    const char *const *verbs;
    switch (t.c0) {
    case 'a': verbs = verbs_a; break;
    case 'c': verbs = verbs_c; break;
    case 'd': verbs = verbs_d; break;
    case 'e': verbs = verbs_e; break;
    case 'f': verbs = verbs_f; break;
    case 'm': verbs = verbs_m; break;
    case 'n': verbs = verbs_n; break;
    case 'p': verbs = verbs_p; break;
    case 'r': verbs = verbs_r; break;
    case 's': verbs = verbs_s; break;
    case 'v': verbs = verbs_v; break;
    default: return 0;
    }
    for (size_t i = 0; verbs[i]; i++) {
        if (!kw_may(verbs[i], t))
            continue;
        size_t m = kw(p, n, verbs[i], true);
        if (!m)
            continue;
        size_t L;
        if (upper_pct(p, 0, m, &L) < 100 || L < 4)
            return 0;
        /* ADOPTÉ, ARRÊTÉ, DÉLIBÉRÉ, DÉCIDÉ: participles and nouns */
        if ((unsigned char)p[m - 2] == 0xC3 && (unsigned char)p[m - 1] == 0x89)
            return 0;
        size_t q = caps_infinitive_end(p, n, m);
        if (q)
            return q;
        q = m;
        if (q < n && p[q] == ',')
            q++;
        while (q < n && is_blank(p[q]))
            q++;
        if (q >= n || p[q] == ':')
            return m;
        if (q == m)
            return 0;
        /* "PROCLAME M. X vice-président", "DÉSIGNE Mme Y": the verb of an
           election, a civility then the person */
        if (kw(p + q, n - q, "m. ", false) || kw(p + q, n - q, "mme ", false) || kw(p + q, n - q, "mm. ", false)
            || kw(p + q, n - q, "mmes ", false) || kw(p + q, n - q, "madame ", false)
            || kw(p + q, n - q, "monsieur ", false))
            return m;
        if (case_at(p + q, n - q, &cn) < 0 || p[q] == '\'' || kw(p + q, n - q, "l'", false)
            || kw(p + q, n - q, "d'", false)) {
            /* "l'", "d'" then a lower-case word; a lower-case word */
            size_t w = q;
            while (w < n && !is_blank(p[w]))
                w++;
            size_t WL;
            if (upper_pct(p, q, w, &WL) < 50 || WL <= 1)
                return m;
        }
        /* "ATTRIBUE Le marché", OCR "ATTRIBUE Îe marché": an article
           (OCR letters tolerated) not in capitals, then a word */
        {
            static const char *const arts[] = {"le ", "la ", "les ", "un ", "une ", "des ", "du ", "au ", "aux ", NULL};
            for (size_t k = 0; arts[k]; k++) {
                size_t am = kw(p + q, n - q, arts[k], false), AL;
                if (am && upper_pct(p, q, q + am, &AL) < 100 && AL >= 2)
                    return m;
            }
        }
        return 0;
    }
    return 0;
}

/* "ÉMET UN AVIS FAVORABLE" (a conseil d'arrondissement's or a
   commission's avis), "émet un avis défavorable sur …" (in prose, caps
   false): the verb phrase, its adjective (favorable, défavorable,
   réservé) included when printed the same way; all in capitals when
   caps.  Returns its bytes (then the line ends, ':' or a lower-case
   word follows) or 0. */
static size_t avis_verb_at(const char *p, size_t n, bool caps)
{
    static const char *const adj[] = {"favorable", "defavorable", "reserve", NULL};
    size_t m = kw(p, n, "emet un avis", true), L;
    if (!m || (caps ? upper_pct(p, 0, m, &L) < 100 : upper_pct(p, 0, m, &L) > 0))
        return 0;
    size_t q = m;
    while (q < n && is_blank(p[q]))
        q++;
    for (size_t k = 0; adj[k] && q > m; k++) {
        size_t am = kw(p + q, n - q, adj[k], true);
        if (am && (caps ? upper_pct(p, q, q + am, &L) == 100 : upper_pct(p, q, q + am, &L) == 0)) {
            m = q + am;
            break;
        }
    }
    q = m;
    while (q < n && is_blank(p[q]))
        q++;
    size_t cn;
    if (q >= n || p[q] == ':' || (q > m && case_at(p + q, n - q, &cn) < 0))
        return m;
    return 0;
}

/* "PROCLAME ET DÉSIGNE": two operative verbs of weak_verb_at()'s list in
   capitals joined by "ET" (the verb as printed, contract).  Returns the
   bytes of the three words or 0 (not "PROCLAME ET DÉSIGNE M. X": the
   caller wants the line to end after them). */
static size_t two_verbs_at(const char *p, size_t n)
{
    size_t w = 0;
    while (w < n && !is_blank(p[w]))
        w++;
    if (w < 4 || w + 4 >= n || weak_verb_at(p, w) != w)
        return 0;
    size_t q = w;
    while (q < n && is_blank(p[q]))
        q++;
    if (q + 3 >= n || p[q] != 'E' || p[q + 1] != 'T' || !is_blank(p[q + 2]))
        return 0;
    q += 2;
    while (q < n && is_blank(p[q]))
        q++;
    size_t m = weak_verb_at(p + q, n - q);
    return m >= 4 ? q + m : 0;
}

/* p[0..n) opens with an operative verb in capitals as a word of its own
   ("AUTORISE M. LE MAIRE A SIGNER ...", whatever follows it) */
static bool verb_word_line(const char *p, size_t n)
{
    size_t w = 0;
    while (w < n && !is_blank(p[w]) && p[w] != ',')
        w++;
    return w >= 4 && weak_verb_at(p, w) == w;
}

/* "Approuve l'avant-projet ...", "Autorise le Maire à ...": an operative
   verb (weak_verb_at()'s list, third person) with its first letter
   only in capitals, then a blank and a lower-case word or an elided
   article.  Returns the bytes of the verb. */
static size_t article_verb_at(const char *p, size_t n)
{
    static const char *const verbs[] = {
        "approuve", "autorise", "accepte", "valide", "sollicite", "designe", "attribue", "accorde",
        "prend acte", "emet", "fixe", "confirme", "charge", "adopte", "decide", "abroge", "modifie",
        "declare", "ecarte", "rejette", "proclame", "elit", "nomme", "affecte", NULL
    };
    if (n < 4 || !((p[0] >= 'A' && p[0] <= 'Z') || ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0x89)))
        return 0;
    kwpre t = kw_pre(p, n);
    for (size_t i = 0; verbs[i]; i++) {
        if (!kw_may(verbs[i], t))
            continue;
        size_t m = kw(p, n, verbs[i], true);
        if (!m)
            continue;
        size_t L;
        /* one capital: "Approuve", not "APPROUVE" (weak_verb_at()) */
        if (upper_pct(p, 0, m, &L) > 30 || L < 4)
            return 0;
        /* "Adopté", "Décidé": participles */
        if ((unsigned char)p[m - 2] == 0xC3 && (unsigned char)p[m - 1] == 0xA9)
            return 0;
        if (m >= n || p[m] != ' ')
            return 0;
        size_t q = m + 1;
        if (q < n && ((p[q] >= 'a' && p[q] <= 'z') || (unsigned char)p[q] == 0xC3))
            return m;
        return 0;
    }
    return 0;
}

/* The keys: "apres en avoir delibere", "apres avoir delibere", "apres
   avoir entendu", "apres en avoir debattu", "le conseil municipal",
   "le conseil communautaire", "le conseil departemental", "le conseil
   regional", "le conseil metropolitain", "le conseil syndical", "le
   comite syndical", "la commission permanente", "le bureau",
   "l'assemblee", "entendu l'expose", "entendu le rapport", "sur
   proposition", "sur le rapport", "le conseil d'administration", "le
   conseil d'arrondissement".  kw()
   reads a key left to right without going back, so a key matches where
   its head up to a blank matches and its tail matches after the bytes
   the head took: each head is read once for the keys that share it. */
EX_ST_INLINE bool preamble_at(const char *p, size_t n)
{
    /* OCR: "en-avoir" (a hyphen for the blank) */
    static const char *const apres[] = {"en avoir delibere", "avoir delibere", "avoir entendu",
                                        "en avoir debattu", "en-avoir delibere", NULL};
    static const char *const conseil[] = {"municipal", "communautaire", "departemental", "regional",
                                          "metropolitain", "syndical", "d'administration",
                                          "d'arrondissement", NULL};
    static const char *const le[] = {"comite syndical", "bureau", NULL};
    static const char *const entendu[] = {"l'expose", "le rapport", NULL};
    static const char *const sur[] = {"proposition", "le rapport", NULL};
    kwpre t = kw_pre(p, n);
    const char *const *tails = NULL;
    size_t m = 0;
    switch (t.c0) {
    case 'a':
        if (kw_may("ap", t) && (m = kw(p, n, "apres ", false)))
            tails = apres;
        break;
    case 'l': /* class l: the key's l (OCR: i 1 | !) */
        if (kw_may("le", t) && (m = kw(p, n, "le ", false))) {
            size_t c = kw(p + m, n - m, "conseil ", false);
            /* OCR: the noun misread by one letter, "Le Congeil
               communautaire" (a body word must follow) */
            if (!c && m < n && (p[m] | 0x20) == 'c' && (c = ex_ocr_kw_edit1(p + m, n - m, "conseil", true))) {
                while (m + c < n && is_blank(p[m + c]))
                    c++;
            }
            if (c) {
                for (size_t i = 0; conseil[i]; i++)
                    if (kw(p + m + c, n - m - c, conseil[i], false))
                        return true;
            }
            tails = le;
            break;
        }
        return (kw_may("la", t) && kw(p, n, "la commission permanente", false)) || kw(p, n, "l'assemblee", false);
    case 'e':
        if (kw_may("en", t) && (m = kw(p, n, "entendu ", false)))
            tails = entendu;
        break;
    case 's':
        if (kw_may("su", t) && (m = kw(p, n, "sur ", false)))
            tails = sur;
        break;
    default:
        break;
    }
    for (size_t i = 0; tails && tails[i]; i++)
        if (kw(p + m, n - m, tails[i], false))
            return true;
    return false;
}

/* "Le Conseil APPROUVE le procès-verbal ...": "Le Conseil" then, as
   the next word, a decision verb in capitals (verb_at(), weak_verb_at()) */
EX_ST_INLINE bool council_verb(const char *p, size_t n)
{
    size_t q = kw(p, n, "le conseil ", false);
    if (!q)
        return false;
    while (q < n && is_blank(p[q]))
        q++;
    size_t w = q;
    while (w < n && !is_blank(p[w]) && p[w] != ',' && p[w] != ':')
        w++;
    size_t m = verb_at(p + q, n - q);
    if (!m)
        m = weak_verb_at(p + q, n - q);
    return m && m == w - q && upper_pct(p, q, w, NULL) == 100;
}

/* "… fait procéder au vote. Le Conseil" / "communautaire APPROUVE le
   compte …": the subject wrapped, "Le Conseil" ending line i - 1, the
   line opening with its body word then the verb in capitals; the verb's
   offset in p (its length in *vm, *strong: verb_at()'s), else 0 */
static size_t wrapped_council_verb(const ex_text *t, size_t i, const char *p, size_t n, size_t *vm, bool *strong)
{
    static const char *const body[] = {"municipal", "communautaire", "departemental", "regional",
                                       "metropolitain", "syndical", NULL};
    if (i == 0)
        return 0;
    /* the line above first (one byte: most lines end otherwise) */
    const ex_line *pl = &t->lines[i - 1];
    const char *s = t->s;
    size_t e = trim_end(s, pl->start, pl->end);
    if (e < pl->start + 10 || (s[e - 1] | 0x20) != 'l' || kw(s + e - 10, 10, "le conseil", false) != 10
        || (e > pl->start + 10 && !is_blank(s[e - 11])))
        return 0;
    size_t q = 0;
    for (size_t k = 0; body[k] && !q; k++)
        q = kw(p, n, body[k], true);
    if (!q || q >= n || !is_blank(p[q]))
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    size_t w = q;
    while (w < n && !is_blank(p[w]) && p[w] != ',' && p[w] != ':')
        w++;
    size_t m = verb_at(p + q, n - q);
    *strong = m != 0;
    if (!m)
        m = weak_verb_at(p + q, n - q);
    if (!m || m != w - q || upper_pct(p, q, w, NULL) != 100)
        return 0;
    *vm = m;
    return q;
}

/* "Le Conseil, après en avoir délibéré, DÉCIDE de ...", "La Commission,
   après avoir délibéré, ...": an article, a few words (the body, not
   one of preamble_at()'s) and a comma, then the deliberation phrase on
   the same line */
EX_ST_INLINE bool body_comma_delibere(const char *p, size_t n)
{
    size_t q = kw(p, n, "le ", false);
    if (!q)
        q = kw(p, n, "la ", false);
    if (!q)
        q = kw(p, n, "l'", false);
    if (!q)
        return false;
    size_t lim = n < q + 48 ? n : q + 48;
#ifdef EX_SIMD
    /* sixteen bytes a step while they lie before lim: the first of
       , . ; : */
    for (; lim - q >= 16; q += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + q));
        unsigned z = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(';')), _mm_cmpeq_epi8(v, _mm_set1_epi8(':')))));
        if (z) {
            q += (size_t)__builtin_ctz(z);
            break;
        }
    }
#endif
    while (q < lim && p[q] != ',' && p[q] != '.' && p[q] != ';' && p[q] != ':')
        q++;
    if (q >= lim || p[q] != ',')
        return false;
    q++;
    while (q < n && is_blank(p[q]))
        q++;
    return kw(p + q, n - q, "apres en avoir delibere", false) || kw(p + q, n - q, "apres avoir delibere", false)
           || kw(p + q, n - q, "apres en-avoir delibere", false);
}

/* "…, le Conseil municipal, après en avoir délibéré, FIXE le prix …": the
   deliberation phrase inside a line that opens mid-sentence (a PV's item
   told in prose; the caller tries only lines opening with a lower-case
   letter or an l: "Le Maire propose … Après en avoir délibéré, …"); the
   offset of its "avoir", 0 when the line holds none */
/* the first "avoir d" wholly in h[0..len) (memmem()'s answer), NULL
   when none: its "av" pairs found sixteen offsets at a time (avail:
   the bytes that may be read from h, the view's; the offsets past len
   are masked off) */
static const char *avoir_d(const char *h, size_t len, size_t avail)
{
    size_t q = 0;
    if (len < 7)
        return NULL;
#ifdef EX_SIMD
    for (; q + 6 < len && q + 17 <= avail; q += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(h + q));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(h + q + 1));
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('a')),
                                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('v'))));
        for (; z; z &= z - 1) {
            size_t k = q + (size_t)__builtin_ctz(z);
            if (k + 7 > len)
                return NULL; /* (the later ones are past it too) */
            if (!memcmp(h + k, "avoir d", 7))
                return h + k;
        }
    }
#else
    (void)avail;
#endif
    for (; q + 7 <= len; q++)
        if (h[q] == 'a' && !memcmp(h + q, "avoir d", 7))
            return h + q;
    return NULL;
}

/* avail: the bytes that may be read from p (the view's, p[n] on too) */
EX_ST_INLINE size_t mid_delibere(const char *p, size_t n, size_t avail)
{
    for (const char *h = n > 16 ? avoir_d(p + 1, n - 1, avail - 1) : NULL; h;
         h = avoir_d(h + 1, (size_t)(p + n - h - 1), avail - (size_t)(h + 1 - p))) {
        size_t q = (size_t)(h - p);
        if (!kw(h, n - q, "avoir delibere", false) || !is_blank(p[q - 1]))
            continue;
        /* "après en avoir", "après avoir": the word(s) before it */
        size_t r = q - 1;
        if (r >= 3 && (p[r - 1] == 'n' || p[r - 1] == 'N') && (p[r - 2] == 'e' || p[r - 2] == 'E')
            && is_blank(p[r - 3]))
            r -= 3;
        size_t w = r;
        while (w > 0 && !is_blank(p[w - 1]))
            w--;
        if (kw(p + w, n - w, "apres ", false) == r + 1 - w)
            return q;
    }
    return 0;
}

/* the line's last nw words, s[ls..e) trimmed, are key (folded): "…, après
   en" ends with "apres en" (2 words) */
static bool ends_words(const char *s, size_t ls, size_t e, const char *key, int nw)
{
    while (e > ls && is_blank(s[e - 1]))
        e--;
    size_t w = e;
    for (int k = 0; k < nw; k++) {
        while (w > ls && is_blank(s[w - 1]))
            w--;
        while (w > ls && !is_blank(s[w - 1]))
            w--;
    }
    return w < e && (w == ls || is_blank(s[w - 1])) && kw(s + w, e - w, key, false) == e - w;
}

/* the deliberation phrase cut by the line end before line i (p[0..n)):
   "… le conseil municipal, après en\navoir délibéré, FIXE les taux …",
   "… après en avoir\ndélibéré, FIXE …", "… après\navoir délibéré, …";
   the offset in p past the phrase's words, 0 when the line does not open
   with its rest.  The line before (one blank line between allowed: OCR),
   on the same page, must end with the phrase's start */
static size_t cut_delibere(const ex_text *t, const char *s, size_t i, const char *p, size_t n)
{
    size_t h = i;
    if (h > 1 && (t->lines[h - 1].flags & EX_LINE_BLANK))
        h--;
    if (h == 0 || (t->lines[h - 1].flags & EX_LINE_BLANK) || t->lines[h - 1].page != t->lines[i].page)
        return 0;
    size_t ls = t->lines[h - 1].start, le = t->lines[h - 1].end;
    size_t m;
    if (p[0] == 'a' || p[0] == 'A') {
        if (!(m = kw(p, n, "avoir delibere", true)))
            return 0;
        return ends_words(s, ls, le, "apres en", 2) || ends_words(s, ls, le, "apres", 1) ? m : 0;
    }
    if (!(m = kw(p, n, "delibere", true)))
        return 0;
    return ends_words(s, ls, le, "apres en avoir", 3) || ends_words(s, ls, le, "apres avoir", 2) ? m : 0;
}

/* "Le Conseil municipal, après en avoir délibéré," then, at the start of
   the next line (one blank line allowed between), "Décide de fixer ..."
   or "Décident d'approuver ...": the capitalised verb followed by its
   complement is the decision (verb_at() takes it alone only in capitals
   or before ':'), because the preamble line before it ends with a
   comma. */
/* a list item's marker opening p[0..n): "1°) ", "1°. ", "2) ", "3. ",
   "1° - " (digits, an optional degree sign, then ')' '.' or a dash) and
   its blanks: the bytes of the marker, or 0 (a dash or a bullet the
   junk skip already took) */
static size_t item_marker_len(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t q = 0;
    while (q < n && q < 2 && digit(p[q]))
        q++;
    if (!q)
        return 0;
    if (q + 1 < n && u[q] == 0xC2 && u[q + 1] == 0xB0)
        q += 2;
    while (q < n && is_blank(p[q]))
        q++;
    if (q < n && (p[q] == ')' || p[q] == '.' || p[q] == '-'))
        q++;
    else
        return 0;
    size_t b = q;
    while (q < n && is_blank(p[q]))
        q++;
    return q > b ? q : 0;
}

/* "Après en avoir délibéré," [then "À l'unanimité des membres présents,"]
   then the first item of the dispositif list: "1°) Approuve le projet
   …", "- Approuve le projet …", "1°) APPROUVE le projet …": the verb
   opening the item (capitals or a capital initial then a lower-case
   word) is the operative verb (contract: the first operative verb).
   Sets K_WVERB (the decision only where none came before). */
static bool list_verb_after_preamble(sctx *x, size_t i)
{
    linfo *f = &x->li[i];
    /* up the lines first (flags, cheap): blank lines, at most one
       majority line, then the preamble ending with ',' or ':' and no
       verb of its own */
    bool maj = false, pre = false;

    for (size_t j = i, steps = 0; j-- > 0 && steps < 4; steps++) {
        const linfo *g = &x->li[j];
        if (g->k & K_BLANK)
            continue;
        if (g->a >= g->b)
            return false;
        const char *gp = x->s + g->a;
        size_t gn = g->b - g->a;
        if (!maj && !(g->k & K_PREAMBLE)
            && (kw(gp, gn, "a l'unanimite", false) || kw(gp, gn, "a la majorite", false))) {
            maj = true;
            continue;
        }
        if (!(g->k & K_PREAMBLE) || (g->k & (K_VERB | K_WVERB)))
            return false;
        size_t ge = trim_end(x->s, g->a, g->b);
        if (ge == g->a || (x->s[ge - 1] != ',' && x->s[ge - 1] != ':'))
            return false;
        pre = true;
        break;
    }
    if (!pre)
        return false;
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    size_t q = item_marker_len(p, n);
    size_t m = weak_verb_at(p + q, n - q);
    /* "Décide" capitalised: verb_after_preamble()'s own rule (its
       complement "de", "d'", "que" required) */
    if (!m && !kw(p + q, n - q, "decide", true))
        m = article_verb_at(p + q, n - q);
    if (m < 4)
        return false;
    f->k |= K_WVERB;
    f->va = f->a + q;
    f->vb = f->a + q + m;
    return true;
}

/* f in capitals under the line g (index j, no preamble, not blank):
   verb_after_preamble()'s rule for a sentence that does not end on a
   preamble line */
static void verb_below_comma(sctx *x, linfo *f, size_t j)
{
    const linfo *g = &x->li[j];
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    if (n >= 2 && p[1] >= 'a' && p[1] <= 'z')
        return;
    size_t ge = trim_end(x->s, g->a, g->b);
    /* a line in capitals only (flags and two bytes first) under a
       line ending with ',' that goes on a preamble ("Après en avoir
       délibéré, la commission, à l'unanimité des membres à voix" /
       "délibérative," / "ATTRIBUE :") or ends with a tally ("…, la
       commission, à l'unanimité," / "ADMET à présenter …"): the
       operative verb alone on its line below is read as after a
       preamble (weak_verb_at() below) */
    if (ge == g->a || x->s[ge - 1] != ',')
        return;
    /* (OCR: a blank line inside the wrapped sentence) */
    size_t h = j > 1 && (x->li[j - 1].k & K_BLANK) ? j - 2 : j - 1;
    bool wrapped = j > 0 && (x->li[h].k & K_PREAMBLE) && !(x->li[h].k & (K_VERB | K_WVERB));
    if (!wrapped) {
        /* the tally after the line's last comma but one */
        size_t c = ge - 1;
        while (c > g->a && x->s[c - 1] != ',')
            c--;
        if (c == g->a)
            return;
        while (c < ge && is_blank(x->s[c]))
            c++;
        if (!kw(x->s + c, ge - c, "a l'unanimite", false) && !kw(x->s + c, ge - c, "a la majorite", false))
            return;
    }
    size_t m = weak_verb_at(p, n), q = m;
    while (q < n && is_blank(p[q]))
        q++;
    /* "ATTRIBUE :" alone, or the verb then ':' at the line's end */
    if (m >= 4 && upper_pct(p, 0, m, NULL) == 100 && (q >= n || p[q] == ':' || p[n - 1] == ':')) {
        f->k |= K_VERB;
        f->k &= ~(uint32_t)K_WVERB;
        f->va = f->a;
        f->vb = f->a + m;
    }
}

EX_ST_INLINE void verb_after_preamble(sctx *x, size_t i)
{
    linfo *f = &x->li[i];
    if ((f->k & (K_VERB | K_BLANK | K_SKIP)) || f->a >= f->b)
        return;
    /* (list_verb_after_preamble() only under a preamble line among the
       4 above, flags only: most lines have none) */
    const linfo *li = x->li;
    uint32_t up = (i > 0 ? li[i - 1].k : 0) | (i > 1 ? li[i - 2].k : 0) | (i > 2 ? li[i - 3].k : 0)
                  | (i > 3 ? li[i - 4].k : 0);
    if (!(f->k & K_WVERB) && (up & K_PREAMBLE) && list_verb_after_preamble(x, i))
        return;
    size_t j = i;
    if (j > 1 && (x->li[j - 1].k & K_BLANK))
        j--;
    const linfo *g = &x->li[j - 1];
    if (!(g->k & K_PREAMBLE) || g->a >= g->b) {
        /* (one byte each first: g ends with ',' (or a blank), f opens
           with a capital) */
        if (g->a < g->b && (x->s[g->b - 1] == ',' || is_blank(x->s[g->b - 1]) || x->s[g->b - 1] == '\r')
            && x->s[f->a] >= 'A' && x->s[f->a] <= 'Z' && !(g->k & (K_VERB | K_WVERB)))
            verb_below_comma(x, f, j - 1);
        return;
    }
    size_t ge = trim_end(x->s, g->a, g->b);
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    /* the preamble's sentence wrapped: "… à l'unanimité des votants (9
       voix" / "pour), DÉCIDE :": a verb in capitals after a comma ends
       the line, nothing but ':' after it */
    for (size_t c0 = n; c0-- > 0;) {
        if (p[c0] != ',')
            continue;
        size_t v = c0 + 1;
        while (v < n && is_blank(p[v]))
            v++;
        size_t m = v < n ? verb_at(p + v, n - v) : 0;
        size_t q = v + m;
        while (m && q < n && (is_blank(p[q]) || p[q] == ':'))
            q++;
        if (m >= 4 && q >= n && upper_pct(p, v, v + m, NULL) == 100) {
            f->k |= K_VERB;
            f->k &= ~(uint32_t)K_WVERB;
            f->va = f->a + v;
            f->vb = f->a + v + m;
            return;
        }
        break;      /* the last comma only */
    }
    if (!(p[0] >= 'A' && p[0] <= 'Z'))
        return;
    /* "Après en avoir délibéré, le conseil d'administration" then
       "ADOPTE" (or "APPROUVE :") alone on its line: an operative verb
       of weak_verb_at()'s list in capitals, nothing but ':' or '.'
       after it, is the decision verb as "DÉCIDE" alone would be */
    {
        size_t m = weak_verb_at(p, n), q;
        if (!m)
            m = two_verbs_at(p, n);
        q = m;
        while (q < n && (is_blank(p[q]) || p[q] == ':' || p[q] == '.'))
            q++;
        if (m >= 4 && q >= n && upper_pct(p, 0, m, NULL) == 100) {
            f->k |= K_VERB;
            f->k &= ~(uint32_t)K_WVERB;
            f->va = f->a;
            f->vb = f->a + m;
            return;
        }
    }
    if (ge == g->a || x->s[ge - 1] != ',')
        return;
    static const char *const verbs[] = {"decident", "decide", NULL};
    for (size_t k = 0; verbs[k]; k++) {
        size_t m = kw(p, n, verbs[k], true);
        if (!m)
            continue;
        if (kw(p + m, n - m, " de ", false) || kw(p + m, n - m, " d'", false) || kw(p + m, n - m, " que ", false)) {
            f->k |= K_VERB;
            f->k &= ~(uint32_t)K_WVERB;
            f->va = f->a;
            f->vb = f->a + m;
        }
        return;
    }
}

/* An item heading of minutes without "n°" at p: "Délibération 2024-31 :
   Tarifs de la cantine", "DÉLIBÉRATION 2024-31 – ...", "2024-013 – BUDGET
   PRIMITIF 2024" (a number with a '-' or '/' inside, then a dash and a
   title in capitals).  Sets the number [*na, *nb) and the title start *ta
   (offsets in p). */
static bool bare_item(const char *p, size_t n, size_t *na, size_t *nb, size_t *ta)
{
    size_t q = 0, m;
    bool word = false;
    /* a digit must follow (p[q] below): none in the line, no item */
    {
        size_t d = 0;
#ifdef EX_SIMD
        /* sixteen bytes a step while they lie in p[0, n) (signed
           compares: no byte >= 0x80 is taken) */
        for (; n - d >= 16; d += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + d));
            if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                                _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)))))
                break;
        }
#endif
        while (d < n && !digit(p[d]))
            d++;
        if (d >= n)
            return false;
    }
    if ((m = kw_fuzzy(p, n, "deliberation", true))) {
        q = m;
        while (q < n && is_blank(p[q]))
            q++;
        word = true;
    }
    if (q >= n || !digit(p[q]))
        return false;
    size_t w = q, digits = 0;
    bool inner = false;
    while (w < n && !is_blank(p[w]) && p[w] != ':') {
        if (digit(p[w]))
            digits++;
        else if (p[w] == '-' || p[w] == '/' || p[w] == '.')
            inner = true;
        else if (!((p[w] >= 'A' && p[w] <= 'Z') || p[w] == '_'))
            return false;
        w++;
    }
    if (digits < 2 || (!word && (!inner || w - q < 5)))
        return false;
    *na = q;
    *nb = w;
    size_t r = w;
    while (r < n && is_blank(p[r]))
        r++;
    size_t sl = 0;
    if (r < n && (p[r] == ':' || p[r] == '-'))
        sl = 1;
    else if (r + 2 < n && (unsigned char)p[r] == 0xE2 && (unsigned char)p[r + 1] == 0x80
             && ((unsigned char)p[r + 2] == 0x93 || (unsigned char)p[r + 2] == 0x94))
        sl = 3;
    if (!sl || (!word && p[r] == ':'))
        return false;
    r += sl;
    while (r < n && is_blank(p[r]))
        r++;
    size_t letters;
    int up = upper_pct(p, r, n, &letters);
    if (letters < 4 || (!word && up < 70))
        return false;
    *ta = r;
    return true;
}

/* lines of an ACTES stamp beyond those lines.c marks */
EX_ST_INLINE bool stamp_at(ex_call *c, const char *p, size_t n, size_t a)
{
    size_t u0;
    char c0 = n ? fold_c_a((const unsigned char *)p, n, &u0) : 0;
    /* kw() reads the first character folded as c0 is, and takes for a
       key's first letter only that letter (for 'i': also 1 l | !, its
       OCR readings): only the keys of c0 are tried */
    bool key = false;
    switch (c0) {
    case 'e':
        key = kw(p, n, "envoye en prefecture", false);
        break;
    case 'r':
        key = kw(p, n, "recu en prefecture", false);
        break;
    case 'p':
        key = kw(p, n, "publie le", false);
        break;
    case 'i': case '1': case 'l': case '|': case '!':
        key = kw(p, n, "id :", false) || kw(p, n, "id:", false);
        break;
    case 'd':
        key = kw(p, n, "date de teletransmission", false) || kw(p, n, "date de reception prefecture", false);
        break;
    case 'a':
        key = kw(p, n, "accuse de reception", false) || kw(p, n, "accuse certifie executoire", false)
              || kw(p, n, "affiche le", false);
        break;
    case '(':
        key = kw(p, n, "(transmise en prefecture", false) || kw(p, n, "(transmis en prefecture", false);
        break;
    default:
        break;
    }
    if (key)
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
   préfecture le ...", "DÉPARTEMENT DE L'INDRE Affiché le ..."), or b */
/* the stamp phrase that may start at q (after a blank); the test of its
   first two letters inline, the phrases apart */
static inline bool stamp_phrase(const char *s, size_t q, size_t b)
{
    /* the two letters as one number, each byte | 0x20 (a byte of 0x80
       or more stays one) */
    unsigned v = ((unsigned)(unsigned char)s[q] | ((unsigned)(unsigned char)s[q + 1] << 8)) | 0x2020u;
#define PAIR(a, b) ((unsigned)(a) | ((unsigned)(b) << 8))
    switch (v) {
    case PAIR('e', 'n'): case PAIR('r', 'e'): case PAIR('p', 'u'): case PAIR('a', 'c'): case PAIR('a', 'f'):
    case PAIR('i', 'd'):
        return stamp_phrase_kw(s, q, b);  /* structure.h: ex_st_stamp_phrase_kw() */
    default:
        return false;
    }
#undef PAIR
}

/* the stamp phrase at q, tested in full (shared with the letterhead's
   collectivity: structure_heading.c ocr_column_cut()) */
bool stamp_phrase_kw(const char *s, size_t q, size_t b)
{
    size_t n = b - q;
    return kw(s + q, n, "envoye en prefecture", false) || kw(s + q, n, "recu en prefecture", false)
           || kw(s + q, n, "publie le", false) || kw(s + q, n, "accuse de reception", false)
           || (kw(s + q, n, "id : ", false) && n > 6 && digit(s[q + 5]))
           /* "DÉPARTEMENT DE L'INDRE Affiché le 05/04/2024": capitalised
              (prose says "sera affiché le") */
           || (s[q] == 'A' && kw(s + q, n, "affiche le ", false));
}

/* len: the view's length (s[0, len) may be read past b); *dq: the
   first k > a with a '-' or a byte 0xE2 after a blank (numline_after_dash()'s
   candidates), or the end of the bytes scanned for them (a + 1: none) */
EX_ST_INLINE size_t stamp_cut(const char *s, size_t a, size_t b, size_t len, size_t *dq)
{
    *dq = a + 1;
    if (a + 7 >= b)
        return b;
    bool dfound = false;
    /* q in [a + 1, b - 7] after a blank: the blanks p = q - 1 in [a,
       lim), eight bytes at a time where the byte order allows it (the
       flag of a byte x xor ' ' or xor '\t': bit 7 of ~(((x & 0x7F) +
       0x7F) | x), set when x is 0, no carry between bytes) */
    size_t p = a, lim = b - 7;
#ifdef EX_SIMD
    /* sixteen p at a time: a blank at p and, at p + 1, a byte that | 0x20
       is the first letter of one of stamp_phrase()'s pairs (e r p a i);
       only those p are tried, in order (the loads read s[p, p + 17),
       p + 17 <= len: past lim when the view goes on; those p are not
       tried, and the block that reaches lim is the last, so the plain
       loops below only run at the view's end) */
    for (; p < lim && len - p >= 17; p += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 1));
        __m128i v = _mm_or_si128(v0, _mm_set1_epi8(0x20));
        __m128i bl = _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(w, _mm_set1_epi8('\t')));
        if (!dfound) {
            __m128i dash = _mm_or_si128(_mm_cmpeq_epi8(v0, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v0, _mm_set1_epi8((char)0xE2)));
            unsigned dz = (unsigned)_mm_movemask_epi8(_mm_and_si128(dash, bl));
            if (dz) {
                *dq = p + (size_t)__builtin_ctz(dz) + 1;
                dfound = true;
            } else {
                *dq = p + 17;
            }
        }
        __m128i f = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('e')), _mm_cmpeq_epi8(v, _mm_set1_epi8('r'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('p')), _mm_cmpeq_epi8(v, _mm_set1_epi8('a'))));
        f = _mm_or_si128(f, _mm_cmpeq_epi8(v, _mm_set1_epi8('i')));
        for (unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(bl, f)); z; z &= z - 1) {
            size_t q = p + (size_t)__builtin_ctz(z) + 1;
            if (q > lim)
                break;
            if (stamp_phrase(s, q, b))
                return trim_end(s, a, q);
        }
        if (lim - p <= 16)
            return b;
    }
#else
    (void)len;
    (void)dfound;
#endif
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F, high = ones * 0x80;
    for (; lim - p >= 8; p += 8) {
        uint64_t w;
        memcpy(&w, s + p, 8);
        uint64_t x1 = w ^ (ones * ' '), x2 = w ^ (ones * '\t');
        uint64_t z = (~(((x1 & low7) + low7) | x1) | ~(((x2 & low7) + low7) | x2)) & high;
        for (; z; z &= z - 1) {
            size_t q = p + (size_t)(__builtin_ctzll(z) >> 3) + 1;
            if (stamp_phrase(s, q, b))
                return trim_end(s, a, q);
        }
    }
#endif
    for (; p < lim; p++)
        if (is_blank(s[p]) && stamp_phrase(s, p + 1, b))
            return trim_end(s, a, p + 1);
    return b;
}

/* after a typewriter's "N." (capital N): at most one blank, then a
   number in two parts ("14/2002", "95-127"); not "N. 47" (a plot, a
   road), which a plain "N." before any digit would take for an act's */
static bool typewriter_number(const char *p, size_t n)
{
    size_t q = n > 0 && p[0] == ' ' ? 1 : 0;
    size_t d = q;
    while (d < n && digit(p[d]))
        d++;
    return d > q && d + 1 < n && (p[d] == '/' || p[d] == '-') && digit(p[d + 1]);
}

/* "N°", "n°", "N*", "Nº", "N®", "No ", "Ne " (OCR), "N. 14/2002" (typewriter) at p:
   bytes of the mark or 0 */
size_t numero_at(const char *p, size_t n)
{
    if (n < 2 || (p[0] != 'N' && p[0] != 'n'))
        return 0;
    const unsigned char *u = (const unsigned char *)p;
    size_t q;
    if (u[1] == 0xC2 && n > 2 && (u[2] == 0xB0 || u[2] == 0xBA || u[2] == 0xAE))
        q = 3;
    else if (u[1] == '*' || u[1] == '\'')
        q = 2;
    else if (n > 3 && u[1] == 0xE2 && u[2] == 0x80 && u[3] == 0x99)
        q = 4;
    else if (u[1] == 'o' || u[1] == 'O' || (p[0] == 'N' && u[1] == 'e')) {
        /* (OCR: "Ne 2025-014" for "N° 2025-014": a digit after it) */
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
    else if (p[0] == 'N' && u[1] == '.' && typewriter_number(p + 2, n - 2))
        q = 2;      /* a typewriter's "N. 14/2002" */
    else
        return 0;
    return q;
}

/* line i is the text's first line that is no blank */
static bool first_text_line(const sctx *x, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (!(x->t->lines[j].flags & EX_LINE_BLANK))
            return false;
    return true;
}

/* skip_junk() (structure_text.c), without the call where [a, b) is empty
   or opens with an ASCII letter or digit: junk_len() takes none of them,
   so its answer is a */
static inline size_t skip_junk_a(const char *s, size_t a, size_t b)
{
    unsigned char ch = a < b ? (unsigned char)s[a] : 0;
    if (a >= b || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || (ch >= '0' && ch <= '9'))
        return a;
    return skip_junk(s, a, b);
}

/* a quoted article opening line i at a: « and blanks only before a
   (the junk skipped), and the line before (blank lines aside) ending
   with a colon: "… est remplacé par les dispositions suivantes :" /
   "« Article 5 – Montant …" (not OCR specks: "«. Article 4", "“Article
   2" after an article's last line) */
static bool quoted_article(const sctx *x, size_t i, size_t a)
{
    const unsigned char *u = (const unsigned char *)x->s;
    const ex_line *l = &x->t->lines[i];
    size_t q = l->start + l->indent;
    if (!(q + 1 < a && u[q] == 0xC2 && u[q + 1] == 0xAB))
        return false;
    for (q += 2; q < a;) {
        if (u[q] == ' ' || u[q] == '\t')
            q++;
        else if (u[q] == 0xC2 && q + 1 < a && u[q + 1] == 0xA0)
            q += 2;     /* a no-break space */
        else
            return false;
    }
    for (size_t j = i; j-- > 0;) {
        const ex_line *p = &x->t->lines[j];
        if (p->flags & EX_LINE_BLANK)
            continue;
        size_t e = trim_end(x->s, p->start, p->end);
        return e > p->start && x->s[e - 1] == ':';
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Per-call context */


/* classify()'s test of a line [ls, le) for a ',' or ';' then blanks
   and "le" (either case) inside it, read from one scan of the view that
   the lines share in their order (each line was read through before):
   a separator at q passes when r, the first byte after q that is no
   blank, has r + 1 < le and "le" at r (read in the line, r stops at le:
   the same answer).  The first separator of the line with "le" after
   its blanks decides: a later one q2 is no blank, so r <= q2 < its own
   r, and it fails where the first one fails. */
typedef struct comma_cur {
    bool ok;        /* q and r read */
    size_t q, r;    /* the first such separator from where the scan was
                       last asked (SIZE_MAX: none), its "le" at r */
} comma_cur;

/* (or l and a two-byte letter: RX_FAIT's OCR "lé") */
static inline bool le_word(const char *r)
{
    return (r[0] | 0x20) == 'l' && ((r[1] | 0x20) == 'e' || (unsigned char)r[1] == 0xC3);
}

/* the first ',' or ';' at or after p with "le" at r, its first non-blank
   byte after it, r + 1 < len (then *rp = r); SIZE_MAX for none */
static size_t next_comma_le(const char *s, size_t len, size_t p, size_t *rp)
{
#ifdef EX_SIMD
    /* thirty-two bytes at a time (commas are rare), then sixteen, while
       whole loads fit in the view */
    for (; p < len && len - p >= 32; p += 32) {
        __m128i w0 = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        __m128i w1 = _mm_loadu_si128((const __m128i *)(const void *)(s + p + 16));
        __m128i m0 = _mm_or_si128(_mm_cmpeq_epi8(w0, _mm_set1_epi8(',')), _mm_cmpeq_epi8(w0, _mm_set1_epi8(';')));
        __m128i m1 = _mm_or_si128(_mm_cmpeq_epi8(w1, _mm_set1_epi8(',')), _mm_cmpeq_epi8(w1, _mm_set1_epi8(';')));
        if (_mm_movemask_epi8(_mm_or_si128(m0, m1)) == 0)
            continue;
        uint32_t z = (uint32_t)_mm_movemask_epi8(m0) | ((uint32_t)_mm_movemask_epi8(m1) << 16);
        for (; z; z &= z - 1) {
            size_t q = p + (size_t)__builtin_ctz(z), r = q + 1;
            while (r < len && is_blank(s[r]))
                r++;
            if (r + 1 < len && le_word(s + r)) {
                *rp = r;
                return q;
            }
        }
    }
    for (; p < len && len - p >= 16; p += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8(',')),
                                                              _mm_cmpeq_epi8(w, _mm_set1_epi8(';'))));
        for (; z; z &= z - 1) {
            size_t q = p + (size_t)__builtin_ctz(z), r = q + 1;
            while (r < len && is_blank(s[r]))
                r++;
            if (r + 1 < len && le_word(s + r)) {
                *rp = r;
                return q;
            }
        }
    }
#endif
    for (; p < len; p++) {
        if (s[p] != ',' && s[p] != ';')
            continue;
        size_t r = p + 1;
        while (r < len && is_blank(s[r]))
            r++;
        if (r + 1 < len && le_word(s + r)) {
            *rp = r;
            return p;
        }
    }
    return SIZE_MAX;
}

/* the test of the line [ls, le), the lines asked in increasing order */
static bool comma_le_in(const char *s, size_t len, comma_cur *cc, size_t ls, size_t le)
{
    /* a q read from a start <= ls: none in [start, q), so when q >= ls
       it is the first one from ls on (SIZE_MAX: none at all) */
    if (!cc->ok || cc->q < ls) {
        cc->q = next_comma_le(s, len, ls, &cc->r);
        cc->ok = true;
    }
    return cc->q < le && cc->r + 1 < le;
}

/* A contract's own number printed apart, as a convention's is
   ("Convention n° 2024-DEV-014", classify()): a capitalised "Contrat" /
   "CONTRAT" or "Marché" opening the line, or any of the four act words
   with a short qualifier of words before the sign ("Contrat de
   concession n° DSP-2026-02", "Convention de mise à disposition n°
   2025-14"); then N°, ONE token and the line's end (or " du " and a
   date: "Marché n° 2025-14 du 3 mars 2025"): a label of its own, not a
   sentence citing another contract ("Contrat n° 2021-03 conclu avec
   …" goes on).  p[0] is 'C', 'A' or 'M'.  Returns true for such a
   line (strict: a convention's or an avenant's too, with the same
   line end). */
static bool contract_number_line(const char *p, size_t n, bool strict)
{
    size_t m = 0;
    bool conv = false;
    if (p[0] == 'C') {
        if ((m = kw(p, n, "convention", true)))
            conv = true;
        else
            m = kw(p, n, "contrat", true);
    } else if (p[0] == 'A') {
        if ((m = kw(p, n, "avenant", true)))
            conv = true;
    } else if (p[0] == 'M') {
        m = kw(p, n, "marche", true);
    }
    if (!m || m >= n || !is_blank(p[m]))
        return false;
    size_t q = m;
    while (q < n && is_blank(p[q]))
        q++;
    size_t nm = numero_at(p + q, n - q);
    if (nm && conv && !strict)
        return false;   /* (classify()'s own test: any end) */
    if (!nm) {
        /* the qualifier: "de"/"d'" then up to seven words of letters
           (hyphens, apostrophes, "à"), 50 bytes at most */
        size_t w0 = q;
        if (!(kw(p + q, n - q, "de", true) || kw(p + q, n - q, "d'", false)))
            return false;
        for (int words = 0; q < n && words < 7; words++) {
            if ((nm = numero_at(p + q, n - q)))
                break;
            size_t w = q;
            while (w < n && !is_blank(p[w]) && !digit(p[w]) && p[w] != ',' && p[w] != ';' && p[w] != ':'
                   && p[w] != '.' && p[w] != '(')
                w++;
            if (w == q || (w < n && !is_blank(p[w])))
                return false;
            q = w;
            while (q < n && is_blank(p[q]))
                q++;
        }
        if (!nm || q - w0 > 50)
            return false;
    }
    q += nm;
    while (q < n && is_blank(p[q]))
        q++;
    size_t t0 = q;
    while (q < n && !is_blank(p[q]))
        q++;
    if (q == t0)
        return false;
    while (q < n && (is_blank(p[q]) || p[q] == '.' || p[q] == ',' || p[q] == ';' || p[q] == ':'))
        q++;
    return q == n || kw(p + q, n - q, "du", true) || kw(p + q, n - q, "en date du", true);
}

/* OCR debris opening a line before a capital: a token of one or two
   lower-case ASCII letters that is no French word ("ue Contrat n°
   DSP-2026-02", the residue of a scanned mark): its bytes with the
   blanks after it, or 0.  The words of one letter are
   ex_fr_one_letter()'s (internal.h) without the elided letters (here
   a blank follows the token, where an elision has its apostrophe:
   "l Avenant" is debris); those of two letters are only here. */
static size_t debris_word(const char *p, size_t n)
{
    size_t w = 0;
    while (w < n && w < 3 && p[w] >= 'a' && p[w] <= 'z')
        w++;
    if (w == 0 || w > 2 || w >= n || !is_blank(p[w]))
        return 0;
    if (w == 1 && ex_fr_one_letter(p[0], false))
        return 0;
    if (w == 2 && fr_two_letters(p))
        return 0;
    while (w < n && is_blank(p[w]))
        w++;
    return w;
}

/* a token of two lower-case ASCII letters at the end of a heading that is
   no French word nor a unit ("Publicité ae", "nomenclature mn en"): OCR
   debris, as debris_word()'s at a line start; "ha", "km", "kg" … are
   units ("Superficie en ha"); so is one accented small letter alone
   ("Publicité î"), but à */
static bool tail_debris_word(const char *p, size_t n)
{
    static const char units[][3] = {"ha", "km", "kg", "cm", "mm", "ml", "mg", "cl", "dl", "hl", "kw", "mw",
                                    "gw", "kv", "mv", "db", "hz", "ms", "st"};
    if (n == 2 && (unsigned char)p[0] == 0xC3)
        return (unsigned char)p[1] > 0xA0 && (unsigned char)p[1] <= 0xBF && (unsigned char)p[1] != 0xB7;
    if (n != 2 || !(p[0] >= 'a' && p[0] <= 'z') || !(p[1] >= 'a' && p[1] <= 'z') || fr_two_letters(p))
        return false;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (!memcmp(units[k], p, 2))
            return false;
    return true;
}

/* "Erabakia / Délibération n° 2026-027", "ERABAKITZEN DU / DÉCIDE :",
   "Gaia / Objet : …", "Bozketa / Vote : Alde / Pour : 11": a label in a
   regional language (Basque, Breton, Occitan, Alsatian, Corsican,
   Catalan …) printed before the French one. The other side is one to
   four words (letters, inner hyphens and apostrophes, an abbreviation's
   dot) then blanks, '/' and blanks; the French half must be a label
   classify() reads at a line's start (an act's numbered label, an Objet,
   a decision verb, a vote line): its offset, or 0. A slash among the
   line's first 48 bytes is the cheap test first. */
/* a " / " (a slash with a blank on each side; "12/03/2026" has none)
   starts in [a, b): x->slash_at, the text's first one at or after
   x->slash_from, found again only when a line before it is asked about
   after one past it (the lines come in order: one pass over the text) */
static bool slash_near(sctx *x, size_t a, size_t b)
{
    const char *s = x->s;
    size_t len = x->t->len;
    if (!(x->slash_from <= a && a <= x->slash_at)) {
        size_t q = a;
        const char *p;
        x->slash_at = SIZE_MAX;
        while (q < len && (p = memchr(s + q, '/', len - q))) {
            size_t k = (size_t)(p - s);
            if (k > 0 && k + 1 < len && is_blank(s[k - 1]) && is_blank(s[k + 1])) {
                x->slash_at = k - 1;    /* (the blank before it) */
                break;
            }
            q = k + 1;
        }
        x->slash_from = a;
    }
    return x->slash_at < b;
}

/* one word of another language's label at p[q..n): letters, inner
   hyphens and apostrophes, an abbreviation's dot; its end, q for none */
static size_t other_lang_word(const char *p, size_t n, size_t q)
{
    size_t a = q;
    while (q < n && (letter_at(p + q, n - q) || (q > a && (p[q] == '-' || p[q] == '\''))))
        q += (unsigned char)p[q] >= 0x80 ? 2 : 1;
    if (q > n)
        return a;
    if (q > a && q < n && p[q] == '.')
        q++;
    return q;
}

/* "Objet / Gaia : …", "DÉCIDE / ERABAKITZEN DU :", "Vote / Bozketa :":
   the French label first, at p its end; the other language's label
   after it (blanks, '/', blanks, one to four words, then a ':' or the
   line's end): its bytes, or 0 */
size_t other_lang_tail(const char *p, size_t n)
{
    size_t q = 0;
    while (q < n && is_blank(p[q]))
        q++;
    if (q >= n || p[q] != '/')
        return 0;
    size_t r = ++q;
    /* (a line break after the slash, where p runs over lines: "Abstentions
       /\nAbstentzioak : 2") */
    while (r < n && (is_blank(p[r]) || p[r] == '\n' || p[r] == '\r'))
        r++;
    if (r == q)
        return 0;
    for (int w = 0; w < 4; w++) {
        size_t e = other_lang_word(p, n, r);
        if (e == r)
            return 0;
        r = e;
        while (r < n && is_blank(p[r]))
            r++;
        /* (the number sign after it: "Délibération / Erabakia n° 27") */
        if (r >= n || p[r] == ':' || (r > e && numero_at(p + r, n - r)))
            return e;
        if (r == e)
            return 0;
    }
    return 0;
}

static size_t other_lang_label(const char *p, size_t n)
{
    if (n < 8)
        return 0;
    size_t q = 0, r = 0;
    for (int w = 0;; w++) {
        if (w == 4)
            return 0;
        size_t a = q;
        q = other_lang_word(p, n, q);
        if (q == a || q >= n)
            return 0;
        r = q;
        while (r < n && is_blank(p[r]))
            r++;
        if (r == q || r >= n)
            return 0;
        if (p[r] == '/')
            break;
        q = r;
    }
    size_t f = ++r;
    while (r < n && is_blank(p[r]))
        r++;
    if (r == f || r >= n)
        return 0;
    const char *h = p + r;
    size_t hn = n - r, m;
    /* "Objet :" */
    if ((m = kw(h, hn, "objet", false))) {
        while (m < hn && is_blank(h[m]))
            m++;
        return m < hn && h[m] == ':' ? r : 0;
    }
    /* "Délibération n° …", "Arrêté n° …", "Décision n° …" */
    static const char *const acts[] = {"deliberation", "arrete", "decision", NULL};
    for (size_t k = 0; acts[k]; k++)
        if ((m = kw(h, hn, acts[k], true))) {
            while (m < hn && is_blank(h[m]))
                m++;
            if (numero_at(h + m, hn - m))
                return r;
        }
    if (verb_at(h, hn) || vote_at(h, hn))
        return r;
    return 0;
}

/* the count of copies after "Fait en" / "Fait à X, en": blanks, a
   number in digits or words ("deux", "3"), blanks, "exemplaire(s)" */
static bool copies_at(const char *p, size_t n)
{
    size_t q = 0, used = 0;
    while (q < n && is_blank(p[q]))
        q++;
    if (q < n && digit(p[q]))
        while (q < n && digit(p[q]))
            q++;
    else if (q < n && ex_number_words(p + q, n - q, &used) > 0 && used > 0)
        q += used;
    else
        return false;
    while (q < n && is_blank(p[q]))
        q++;
    return q < n && kw(p + q, n - q, "exemplaire", false);
}

/* classify()'s cheap first test of its word verb in capitals ("ie
   DÉCIDE :"): p[0, n) (n <= 40; avail bytes readable from p, the view
   and its NUL) holds six bytes or more that are A-Z or >= 0x80.  A word
   of six letters all in upper case (upper_pct() 100) needs them: each
   upper-case letter is A-Z or opens with a byte >= 0x80. */
static inline bool six_caps_bytes(const char *p, size_t n, size_t avail)
{
#ifdef EX_SIMD
    if (avail >= 48) {
        uint64_t m = 0;
        for (size_t k = 0; k < 3 && 16 * k < n; k++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
            __m128i cap = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            /* (the sign bit of v: a byte >= 0x80) */
            m |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(cap, v)) << (16 * k);
        }
        m &= ((uint64_t)1 << n) - 1;
        for (int k = 0; k < 5; k++)
            m &= m - 1;
        return m != 0;
    }
#else
    (void)avail;
#endif
    size_t c = 0;
    for (size_t q = 0; q < n; q++) {
        unsigned char ch = (unsigned char)p[q];
        c += (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
    }
    return c >= 6;
}

/* Always inlined (structure.h EX_ST_INLINE) into ex_segment(), its only
   caller, once a line, as the tests only it asks of most lines
   (act_label() above, mid_delibere(), body_comma_delibere(),
   council_verb(), and verb_after_preamble() in ex_segment()): the calls
   cost more than many of their answers */
EX_ST_INLINE void classify(sctx *x, size_t i, comma_cur *cc)
{
    const ex_text *t = x->t;
    const ex_line *l = &t->lines[i];
    linfo *f = &x->li[i];
    const char *s = x->s;
    /* every field set here (ex_segment() leaves the array uninitialised):
       the early returns below keep these values */
    *f = (linfo){.k = 0};
    if (l->flags & EX_LINE_BLANK) {
        f->k = K_BLANK;
        f->a = f->b = l->start;
        return;
    }
    /* the segments go straight to the copy kept for li_segs(), room for
       MAXSEG made first (MAXSEG < SN_UNKNOWN); a local array when there
       is none */
    seg sl[MAXSEG], *sg = sl;
    if (x->segv.cap - x->segv.n < MAXSEG) {
        size_t cap = x->segv.cap * 2 + MAXSEG;
        seg *v = cap <= SIZE_MAX / sizeof *v ? ex_realloc(x->c->alloc, x->segv.v, cap * sizeof *v) : NULL;
        if (v) {
            x->segv.v = v;
            x->segv.cap = cap;
        } else {
            x->c->oom = true;
        }
    }
    if (x->segv.cap - x->segv.n >= MAXSEG)
        sg = x->segv.v + x->segv.n;
    size_t ns = line_segs(t, l, sg, 3);
    if (sg != sl) {
        x->so[i] = x->segv.n;
        x->sn[i] = (uint8_t)ns;
        x->segv.n += ns;
    }
    if (!ns) {
        f->k = K_BLANK;
        f->a = f->b = l->start;
        return;
    }
    size_t a = skip_junk_a(s, sg[0].a, sg[0].b);
    size_t b = sg[0].b;
    /* OCR: a "(" the scan made of the page's edge before the text's
       first line, a capital after it and no ")" on the line: "(CENTRE DE
       GESTION ...", "(CONVENTION TRIPARTITE N° ..." */
    if (s[a] == '(' && a + 1 < b && ex_upper_start(s + a + 1, b - a - 1) && first_text_line(x, i)
        && !memchr(s + a, ')', l->end - a))
        a++;
    /* "Gaia / Objet : …": the line read from its French label (a " / "
       among its first 48 bytes: the text's next one, found once for
       the lines before it) */
    if (!(l->flags & EX_LINE_FURNITURE) && slash_near(x, a, b < a + 48 ? b : a + 48))
        a += other_lang_label(s + a, b - a);
    f->a = a;
    f->b = b;
    int st = -1; /* stamp_at(x->c, s + a, b - a, a) once known */
    size_t dq = a + 1; /* numline_after_dash()'s first candidate (stamp_cut()) */
    if (!(l->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) && a < b) {
        st = stamp_at(x->c, s + a, b - a, a);
        if (!st) {
            size_t cb = stamp_cut(s, a, b, t->len, &dq);
            if (cb != b)
                st = -1; /* [a, b) changes: ask again below */
            b = cb;
            f->b = b;
        }
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
    char c0 = fold_c_a((const unsigned char *)p, n, &u0);
    /* c0 as a bit among the lower-case letters: "FIRST" tests below */
#define LB(ch) (1u << ((ch) - 'a'))
    uint32_t cb = (c0 >= 'a' && c0 <= 'z') ? LB(c0) : 0;
    if ((l->flags & EX_LINE_STAMP)
        || ((((cb & (LB('e') | LB('r') | LB('p') | LB('i') | LB('d') | LB('a'))) || c0 == '(') || digit(c0)) && (st >= 0 ? st : stamp_at(x->c, p, n, a)))) {
        f->k |= K_SKIP | K_STAMP;
        return;
    }
    /* [a, b) is final: its upper-case percent on demand (li_up()) */
    f->up = UP_UNKNOWN;
    bool numline, decision = false;
    numline = false;
    int lt = (cb & (LB('e') | LB('d') | LB('a') | LB('c') | LB('r') | LB('p') | LB('l'))) ? act_label(x, i, p, n, c0, &numline, &decision) : 0;
    /* the act word letter-spaced: "A R R E T E   N° 83-15" read as
       "ARRETE N° 83-15" (the spaced verb alone, "A R R E T E", is no
       label there either); its number sign three blanks or more after
       it (the next segment) is the label line's too */
    if (!lt && !numline && n >= 9 && n <= 120 && is_blank(p[1]) && (cb & (LB('e') | LB('d') | LB('a') | LB('c') | LB('r') | LB('p')))) {
        char dl[128];
        size_t dn = despaced_label(p, n, dl, sizeof dl), nb = b;
        if (dn && ns >= 2 && sg[1].b - sg[1].a < 40 && dn + 1 + (sg[1].b - sg[1].a) < sizeof dl
            && (s[sg[1].a] == 'N' || s[sg[1].a] == 'n') && numero_at(s + sg[1].a, sg[1].b - sg[1].a)) {
            dl[dn++] = ' ';
            memcpy(dl + dn, s + sg[1].a, sg[1].b - sg[1].a);
            dn += sg[1].b - sg[1].a;
            nb = sg[1].b;
        }
        if (dn && (lt = act_label(x, i, dl, dn, c0, &numline, &decision)))
            f->k |= K_SPACED;
        if ((lt || numline) && nb != b) {
            b = f->b = nb;
            n = b - a;
        }
    }
    if (decision)
        f->k |= K_DECISION;
    if (lt) {
        f->k |= K_LBL;
        f->ltype = (uint8_t)lt;
    }
    if (!numline && !lt && n <= 160 && (numline = numline_after_dash(p, n, t->len - a, dq - a)))
        f->k |= K_NUMDASH;
    /* (the act's number line in the line's right-hand cell) */
    if (!numline && !lt && ns >= 2 && b == sg[0].b
        && (numline = numline_right_cell(s + sg[ns - 1].a, sg[ns - 1].b - sg[ns - 1].a)))
        f->k |= K_NUMDASH;
    if (numline)
        f->k |= K_NUMLINE;
    /* a recueil's title: "RECUEIL DES ACTES ADMINISTRATIFS", "RECUEIL
       DES DÉCISIONS DU MAIRE N° 2025-04" (in capitals) */
    if (c0 == 'r' && (kw(p, n, "recueil des actes", false) || kw(p, n, "recueil des decisions", false)
                      || kw(p, n, "recueil des arretes", false))
        && li_up(x, i) >= 70)
        f->k |= K_COVER;
    /* (numero_at()'s own first test inline: most lines fail it) */
    if (((p[0] == 'N' || (p[0] == 'n' && !sentence_goes_on(t, i))) && numero_at(p, n))
        || (s[sg[0].a] == '(' && numero_at(s + sg[0].a + 1, sg[0].b - sg[0].a - 1)))
        f->k |= K_NUMBER;
    else if (c0 == 'c' || c0 == 'a') {
        /* "Convention n° 2024-DEV-014" printed apart (top right) */
        size_t cm = p[0] == 'C' ? kw(p, n, "convention", true) : p[0] == 'A' ? kw(p, n, "avenant", true) : 0;
        if (cm) {
            /* OCR: a dot speck for the blank ("Convention.n° 2025-CPO-0142") */
            if (cm + 1 < n && p[cm] == '.' && (p[cm + 1] == 'n' || p[cm + 1] == 'N'))
                cm++;
            while (cm < n && is_blank(p[cm]))
                cm++;
            if (numero_at(p + cm, n - cm))
                f->k |= K_NUMBER;
        }
        if (!(f->k & K_NUMBER) && (p[0] == 'C' || p[0] == 'A') && contract_number_line(p, n, false))
            f->k |= K_NUMBER;
    } else if (p[0] == 'M' && contract_number_line(p, n, false))
        f->k |= K_NUMBER;   /* "Marché n° 2025-14" */
    else if (p[0] >= 'a' && p[0] <= 'z' && n > 3 && (is_blank(p[1]) || is_blank(p[2]))) {
        /* "ue Contrat n° DSP-2026-02": debris before the label, which
           then ends the line */
        size_t dw = debris_word(p, n);
        if (dw && dw < n && (p[dw] == 'C' || p[dw] == 'A' || p[dw] == 'M') && contract_number_line(p + dw, n - dw, true))
            f->k |= K_NUMBER;
    }
    size_t m;
    if (c0 == 'o' && (m = kw(p, n, "objet", false)) && m < n) {
        size_t q = m + other_lang_tail(p + m, n - m);    /* "Objet / Gaia :" */
        while (q < n && is_blank(p[q]))
            q++;
        /* (OCR: a speck glued before the colon, "Objet.: Tarifs ...") */
        size_t sk = speck_len(p, q, n);
        if (sk && q + sk < n && p[q + sk] == ':')
            q += sk;
        /* (OCR: ';' or '+' for the colon, "OBJET + Fonds de ..."; '!'
           for it, a blank or a quote speck after it, "Objet !'Mobilités") */
        if (q < n && (p[q] == ':' || ((p[q] == ';' || p[q] == '+') && q + 1 < n && is_blank(p[q + 1]))
                      || (p[q] == '!' && q + 2 < n && (is_blank(p[q + 1]) || p[q + 1] == '\''))))
            f->k |= K_OBJET;
    }
    /* "AFFAIRE : Affectation de …": the object under another label (a
       colon right after the word; not "Affaire suivie par :") */
    if (c0 == 'a' && (m = kw(p, n, "affaire", true)) && m < n) {
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        if (q < n && p[q] == ':')
            f->k |= K_OBJET;
    }
    /* "Vu pour acceptation," "Vu et approuvé," "Vu et validé, le
       Directeur général des services," over a signature: a mention of
       the signatory's assent, no visa */
    if (c0 == 'v' && (kw(p, n, "vu pour acceptation", false) || kw(p, n, "vu pour accord", false)
                      || kw(p, n, "vu et approuve", false) || kw(p, n, "vu et accepte", false)
                      || kw(p, n, "vu et valide", false) || kw(p, n, "vu et verifie", false))) {
        f->k |= K_SIG;
    } else if (c0 == 'v' && kw(p, n, "vu pour etre annexe", false)) {
        /* "Vu pour être annexé à l'arrêté préfectoral n° X du …" after
           the signature: an annex's certification stamp, no visa */
    } else if (c0 == 'v' && (m = kw(p, n, "vu", false)) && (m == n || p[m] == ' ' || p[m] == '\t' || p[m] == '\'' || p[m] == ':' || p[m] == ','
                                        /* OCR: a speck "." glued before the article ("Vu. le Code"),
                                           or for the blank ("Vu.le Code") */
                                        || (p[m] == '.' && m + 1 < n && is_blank(p[m + 1]) && article_word(p + m + 2, n - m - 2))
                                        || (p[m] == '.' && article_word(p + m + 1, n - m - 1))
                                        /* a hyphen speck for the blank ("Vu-le marché") */
                                        || (p[m] == '-' && article_word(p + m + 1, n - m - 1))
                                        || (unsigned char)p[m] == 0xE2 || article_word(p + m, n - m)))
        f->k |= K_VISA;
    else if (((c0 == 'v' && p[0] == 'V' && p[1] >= 'a' && p[1] <= 'z') || (p[0] == 'Y' && (p[1] == 'u' || p[1] == 'U')))
             && n > 5 && is_blank(p[2])) {
        /* OCR "Va l'avis de ...", "Vo le code ...", "Yu le code ...": "Vu"
           with one letter misread, only before an article (l' le la les
           du des); "YU le code" for the capitals "VU" */
        size_t q = 2;
        while (q < n && is_blank(p[q]))
            q++;
        if (kw(p + q, n - q, "l'", false) || kw(p + q, n - q, "le ", false) || kw(p + q, n - q, "la ", false)
            || kw(p + q, n - q, "les ", false) || kw(p + q, n - q, "du ", false) || kw(p + q, n - q, "des ", false))
            f->k |= K_VISA;
    }
    if ((cb & (LB('c') | LB('o'))) && kw_fuzzy(p, n, "considerant", false))
        f->k |= K_CONSID;
    bool pre = (cb & (LB('a') | LB('l') | LB('e') | LB('s'))) && preamble_at(p, n);
    /* (not a line in lower case that goes on the line above, cut after
       a word: "… soumettant un projet de délibération à" /
       "l'assemblée de la Polynésie française ;" ends a visa) */
    if (pre && p[0] >= 'a' && p[0] <= 'z' && i > 0 && !(x->li[i - 1].k & (K_BLANK | K_SKIP))) {
        const ex_line *pl = &t->lines[i - 1];
        size_t pe = trim_end(s, pl->start, pl->end);
        if (pe > pl->start && ((unsigned char)s[pe - 1] >= 0x80 || ex_num_is_letter(s + pe - 1, 1)))
            pre = false;
    }
    if (pre)
        f->k |= K_PREAMBLE;
    size_t mid = 0;
    bool bcd = false;
    /* (j: "JL EST CONVENU", OCR's J for I) */
    if ((cb & (LB('d') | LB('a') | LB('i') | LB('o') | LB('j'))) && (m = verb_at(p, n))) {
        f->k |= K_VERB;
        f->va = a;
        f->vb = a + m;
    } else if (ns == 1 && (pre || (c0 == 'l' && ((bcd = body_comma_delibere(p, n)) || council_verb(p, n)))
                           || (((p[0] >= 'a' && p[0] <= 'z') || c0 == 'l') && (mid = mid_delibere(p, n, t->len - a)))
                           || ((c0 == 'a' || c0 == 'd') && (mid = cut_delibere(t, s, i, p, n)))
                           || ((c0 == 'a' || c0 == 'p') && vote_lead_at(p, n)))) {
        /* "Après en avoir délibéré, DÉCIDE :", "Le Conseil communautaire,
           après en avoir délibéré, APPROUVE le compte ...", "Le Conseil
           DÉCIDE d'adhérer ...", "Le Conseil APPROUVE le ..." on one line:
           the first word in capitals that is a verb (after the
           deliberation phrase when the line opens mid-sentence) */
        size_t vm0;
        for (size_t q = a + mid; q + 4 < b; q++) {
            if (!(s[q] == ',' || is_blank(s[q])) || is_blank(s[q + 1]))
                continue;
            size_t r = q + 1;
            while (r < b && is_blank(s[r]))
                r++;
            size_t cn;
            if (r >= b)
                continue;
            /* "…, après en avoir délibéré, émet un avis favorable sur …" */
            if (((s[r] == 'e' && s[r + 1] == 'm')
                 || ((unsigned char)s[r] == 0xC3 && (unsigned char)s[r + 1] == 0xA9 && r + 2 < b && s[r + 2] == 'm'))
                && (vm0 = avis_verb_at(s + r, b - r, false))) {
                f->k |= K_VERB;
                f->va = r;
                f->vb = r + vm0;
                break;
            }
            if (case_at(s + r, b - r, &cn) <= 0)
                continue;
            /* "APRES EN AVOIR DELIBERE" is no verb */
            if (q >= a + 5 && kw(s + q - 5, b - q + 5, "avoir", false))
                continue;
            size_t vm = verb_at(s + r, b - r);
            if (vm && upper_pct(s, r, r + vm, NULL) >= 80) {
                f->k |= K_VERB;
                f->va = r;
                f->vb = r + vm;
                break;
            }
            if ((vm = weak_verb_at(s + r, b - r))) {
                f->k |= K_WVERB;
                f->va = r;
                f->vb = r + vm;
                break;
            }
        }
    } else if ((c0 == 'c' || c0 == 'm' || c0 == 'd' || c0 == 'r' || c0 == 's')
               && (mid = wrapped_council_verb(t, i, p, n, &m, &bcd))) {
        /* "… Le Conseil" / "communautaire APPROUVE le compte …" */
        f->k |= bcd ? K_VERB : K_WVERB;
        f->va = a + mid;
        f->vb = a + mid + m;
        bcd = false;
    } else if ((cb & (LB('a') | LB('d') | LB('c') | LB('e') | LB('f') | LB('m') | LB('n') | LB('p') | LB('r') | LB('s') | LB('v'))) && (m = weak_verb_at(p, n)) && li_up(x, i) < 70) {
        /* "- APPROUVE le programme ..." (the bullet is junk) */
        f->k |= K_WVERB;
        f->va = a;
        f->vb = a + m;
    } else if ((cb & (LB('a') | LB('d') | LB('c') | LB('e') | LB('f') | LB('m') | LB('n') | LB('p') | LB('r') | LB('s') | LB('v')))
               && a > l->start + l->indent && s[l->start + l->indent] == '-' && verb_word_line(p, n)) {
        /* a dash list all in capitals (a typewritten act): "- APPROUVE LE
           PROJET …", "- SOLLICITE DU F.A.C.E. …" (the verb a word of its
           own after the bullet; not "- SUBVENTION DU FONDS …") */
        size_t w = 0;
        while (w < n && !is_blank(p[w]) && p[w] != ',')
            w++;
        f->k |= K_WVERB;
        f->va = a;
        f->vb = a + w;
    }
    /* "Le Conseil, après en avoir délibéré, à l'unanimité," with no verb
       on its line (the verb paragraphs follow): the preamble, which ends
       the visas above it */
    if (bcd && !(f->k & (K_VERB | K_WVERB)))
        f->k |= K_PREAMBLE;
    /* the verb word below holds 6 capitals or more among at most 40
       letters (n <= 40), so the line's letters are 6 or more and its
       upper-case share (li_up()) at least 600 / 40: the loop's own
       tests imply both (not asked); six bytes A-Z or >= 0x80 first
       (six_caps_bytes(): most short lines have fewer) */
    if (!(f->k & K_VERB) && n <= 40 && six_caps_bytes(p, n, t->len - a)) {
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
            /* (a word of one or two bytes: two letters at most, neither
               test below holds) */
            size_t L = 0;
            int up = w - q >= 3 ? upper_pct(p, q, w, &L) : 0;
            size_t m2 = 0;
            if (vq == SIZE_MAX && L >= 6 && up == 100 && (m2 = verb_at(p + q, n - q)) && m2 <= w - q)
                vq = q, vm = m2;
            else if (L > 2)
                others_short = false;
            if (!others_short)
                break; /* no verb: the words after it need no look */
            q = w;
        }
        if (vq != SIZE_MAX && others_short) {
            f->k |= K_VERB;
            f->va = a + vq;
            f->vb = a + vq + vm;
        }
    }
    /* "ÉMET UN AVIS FAVORABLE" (in capitals: li_up() of a short line) */
    if (c0 == 'e' && (p[0] == 'E' || ((unsigned char)p[0] == 0xC3 && (unsigned char)p[1] == 0x89)) && n <= 120
        && !(f->k & (K_VERB | K_WVERB)) && (m = avis_verb_at(p, n, true))) {
        f->k |= K_VERB;
        f->va = a;
        f->vb = a + m;
    }
    if (!(f->k & K_VERB) && n <= 60 && (cb & (LB('a') | LB('d') | LB('o'))) && (m = spaced_verb_at(p, n))) {
        f->k |= K_VERB;
        f->va = a;
        f->vb = a + m;
    }
    char num[16];
    /* not a quoted article, an article of the text that the act
       amends, opening its line: "« Article 5 – Montant de la
       contribution" under "… est remplacé par les dispositions
       suivantes :" */
    if (c0 == 'a'
        && ((m = article_at(p, n, num, sizeof num)) || ((m = decimal_article_at(p, n, num, sizeof num)) && !act_article_numbered(x, num)))
        && !quoted_article(x, i, a)) {
        f->k |= K_ARTICLE;
        /* kept for start_article() (a memo) */
        struct art_memo *am = ex_vec_push(x->c->alloc, &x->arts);
        if (!am) {
            x->c->oom = true;
            return;
        }
        am->line = i;
        am->m = m;
        memcpy(am->num, num, sizeof am->num);
    }
    /* "ADOPTE :" alone on its line (the Polynésie française's verb line,
       as "DÉCIDE :"): the present tense in capitals, unaccented, then a
       colon: the decision verb, not a vote's result ("ADOPTÉ", "ADOPTE",
       "Adopté à l'unanimité" have no colon) */
    bool adopte_verb = false;
    if (c0 == 'a' && p[0] == 'A' && n >= 7 && n <= 16 && !(f->k & K_VERB) && !memcmp(p, "ADOPTE", 6)) {
        size_t q = 6;
        while (q < n && is_blank(p[q]))
            q++;
        size_t r = q + 1;   /* (OCR specks after it: "ADOPTE : :") */
        while (r < n && (is_blank(p[r]) || p[r] == ':' || p[r] == '.'))
            r++;
        if (q < n && p[q] == ':' && r >= n) {
            adopte_verb = true;
            f->k |= K_VERB;
            f->k &= ~(uint32_t)K_WVERB;
            f->va = a;
            f->vb = a + 6;
        }
    }
    if (!adopte_verb && ((cb & (LB('d') | LB('a') | LB('v') | LB('o') | LB('r') | LB('p') | LB('m') | LB('l'))) || c0 == '(')
        && vote_at(p, n) && !result_in_sentence(p, n))
        f->k |= K_VOTE;
    /* "M. X, intéressé à l'affaire, ne prend pas part au vote et quitte
       la salle." opening a paragraph: the vote's first line (it ends
       the last article) */
    else if (c0 == 'm' && i > 0 && (x->li[i - 1].k & K_BLANK) && opens_civility(p, n)
             && (no_part_in_vote(p, n) || no_part_next_line(t, s, i, p, n)))
        f->k |= K_VOTE;
    /* "Ne prennent pas part au vote : M. Serge X, Mme Odile Y" (it ends
       the last article too) */
    else if (c0 == 'n' && no_part_label_at(p, n))
        f->k |= K_VOTE;
    /* "À la demande de sept conseillers, il est procédé à un vote par
       scrutin public …" opening a paragraph (not an article's heading):
       the ballot's announcement, the vote's first line */
    else if (i > 0 && (x->li[i - 1].k & K_BLANK) && !(f->k & K_ARTICLE) && ballot_announced(p, n))
        f->k |= K_VOTE;
    /* "ENTRE :", "ENTRE LES SOUSSIGNÉS :" (the parties follow); OCR
       junk after the colon, or after a speck '-' standing for it
       ("ENTRE -", "ENTRE: -") */
    if (c0 == 'e' && ((m = kw(p, n, "entre les soussignes", true)) || (m = kw(p, n, "entre les soussignees", true))
                      || (m = kw(p, n, "entre", true))) && (m == n || trim_end_junk(s, a + m, b) == a + m
                                                      || entre_junk(p, m, n)))
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
    {
        size_t na, nb, ta;
        if (!(f->k & (K_ITEM | K_LBL | K_NUMLINE | K_NUMBER)) && (c0 == 'd' || digit(p[0]))
            && bare_item(p, n, &na, &nb, &ta))
            f->k |= K_ITEMB;
    }
    /* signature block starters, in any column: all hold ", le" (OCR:
       "; le" in RX_FAIT) */
    bool comma = comma_le_in(s, t->len, cc, l->start, l->end);
    for (size_t g = 0; comma && g < ns; g++) {
        size_t ga = skip_junk_a(s, sg[g].a, sg[g].b);
        if (ga >= sg[g].b)
            continue;
        if (rx_in(x->c, RX_FAIT, ga, l->end, false) || rx_in(x->c, RX_A_PLACE, ga, l->end, false)
            || rx_in(x->c, RX_BARE_PLACE, ga, sg[g].b, true)) {
            f->k |= K_SIG;
            break;
        }
    }
    /* (Alsace-Moselle registers: "Ainsi délibéré en séance les jour,
       mois et an susdits." / "Suivent les signatures au registre.";
       "Pour extrait certifié conforme," over "À X, le …" without "Fait",
       a capital P: not "… / pour extrait certifié conforme aux …") */
    if ((cb & (LB('f') | LB('p') | LB('a') | LB('s')))
        && (kw(p, n, "fait et delibere", false) || kw(p, n, "pour extrait conforme", false)
            || kw(p, n, "pour copie conforme", false) || kw(p, n, "ainsi fait", false)
            || (p[0] == 'P' && (kw(p, n, "pour extrait certifie conforme", false)
                                || kw(p, n, "pour copie certifiee conforme", false)))
            || kw(p, n, "ainsi delibere", false) || kw(p, n, "suivent les signatures", false)))
        f->k |= K_SIG;
    /* "Fait en deux exemplaires originaux.", "FAIT EN 3 EXEMPLAIRES"
       opening its line with a capital, no place nor date (the place and
       date printed under each signature): it ends the last article like
       "Fait à …, le …"; not "... est\nfait en deux exemplaires" */
    if (c0 == 'f' && p[0] == 'F' && (m = kw(p, n, "fait en", true)) && copies_at(p + m, n - m))
        f->k |= K_SIG;
    /* OCR: "Fait à Cassagnes-sur-Olt," ending its line, its date moved
       away or lost ("Fait à Cassagnes-sur-Olt, |" then "Le Maire," then
       "e 4 novembre 2025"): the place alone (a capital, no other comma,
       60 bytes at most) ends the last article as "Fait à …, le …" does */
    if (c0 == 'f' && p[0] == 'F' && !(f->k & K_SIG) && (m = kw(p, n, "fait a", true))) {
        size_t q = a + m;
        while (q < l->end && is_blank(s[q]))
            q++;
        size_t e = speck_tail(s, q, trim_end(s, q, l->end));
        if (q + 1 < e && e - q <= 60 && s[e - 1] == ',' && ex_upper_start(s + q, e - q)
            && !memchr(s + q, ',', e - 1 - q))
            f->k |= K_SIG;
        /* OCR "Fait à X,, Je 15 juin 2026": "le" read "Je" / "Ie" / "1e"
           (the place a capital, its comma within 60 bytes) */
        const char *cm = q < e && ex_upper_start(s + q, e - q) ? memchr(s + q, ',', e - q < 60 ? e - q : 60) : NULL;
        if (!(f->k & K_SIG) && cm) {
            size_t r = (size_t)(cm - s);
            while (r < e && (s[r] == ',' || is_blank(s[r])))
                r++;
            /* "Fait à Vérannes, en deux exemplaires," (no date: each
               party signs under it): the place then the count of copies
               ends the last article as "Fait en deux exemplaires" does */
            size_t em = r < e ? kw(s + r, e - r, "en", true) : 0;
            if (em && copies_at(s + r + em, e - r - em))
                f->k |= K_SIG;
        }
        if (!(f->k & K_SIG) && cm) {
            size_t r = (size_t)(cm - s);
            while (r < e && (s[r] == ',' || is_blank(s[r])))
                r++;
            if (r + 3 < e && (s[r] == 'J' || s[r] == 'I' || s[r] == '1' || s[r] == 'l' || s[r] == 'L')
                && s[r + 1] == 'e' && is_blank(s[r + 2]) && digit(s[r + 3]))
                f->k |= K_SIG;
        }
    }
    /* K_NAME and K_ROLE: on demand, name_role() */
#undef LB
}

size_t li_segs(const sctx *x, size_t i, seg *out)
{
    size_t ns = x->sn[i];
    if (ns == SN_UNKNOWN)
        return line_segs(x->t, &x->t->lines[i], out, 3);
    memcpy(out, x->segv.v + x->so[i], ns * sizeof *out);
    return ns;
}

/* x->li[i].k with K_NAME and K_ROLE set as they apply, those of want at
   least (each computed at the first call that wants it for the line:
   K_NR_NAME / K_NR_ROLE then mark it known): few lines are ever asked
   (signature blocks, heading zones), and parse_names() is the costliest
   test of a line */
uint32_t name_role(sctx *x, size_t i, uint32_t want)
{
    linfo *f = &x->li[i];
    if (f->k & (K_BLANK | K_SKIP))
        return f->k;   /* classify() returned before these tests */
    const ex_line *l = &x->t->lines[i];
    const char *s = x->s;
    size_t a = f->a, b = f->b;
    if ((want & K_NAME) && !(f->k & K_NR_NAME)) {
        size_t ra[4], rb[4];
        f->k |= K_NR_NAME;
        if (l->end - l->start <= 200 && parse_names(s, a, trim_end(s, l->start, l->end), ra, rb, 4))
            f->k |= K_NAME;
    }
    if ((want & K_ROLE) && !(f->k & K_NR_ROLE)) {
        size_t u0;
        char c0 = fold_c((const unsigned char *)s + a, b - a, &u0);
        f->k |= K_NR_ROLE;
        if ((c0 == 'l' || c0 == 'p') && is_role(s, a, b))
            f->k |= K_ROLE;
    }
    return f->k;
}

/* ------------------------------------------------------------------ */
/* An act printed in plain lower case */

/* "arrêté n° 2024-14", "délibération n° 12", "décision n° DM-3": an act
   word in lower case opening the line, then a number sign and a token
   holding a digit.  Returns the act's type (EX_DOC_*), -1 for a
   décision (an act of type other, as "DÉCISION DU MAIRE N° ..."), 0 when
   the line is none. */
static int lower_label_at(const char *p, size_t n)
{
    size_t m = 0;
    int type = 0;
    if (p[0] == 'a' && (m = kw(p, n, "arrete", true))) {
        /* the noun ends with é; "arrête" is the verb */
        if (!(m >= 2 && (unsigned char)p[m - 2] == 0xC3 && (unsigned char)p[m - 1] == 0xA9))
            return 0;
        type = EX_DOC_ARRETE;
    } else if (p[0] == 'd' && (m = kw(p, n, "deliberation", true)))
        type = EX_DOC_DELIBERATION;
    else if (p[0] == 'd' && (m = kw(p, n, "decision", true)))
        type = -1;
    else
        return 0;
    while (m < n && is_blank(p[m]))
        m++;
    size_t nm = numero_at(p + m, n - m);
    if (!nm)
        return 0;
    m += nm;
    while (m < n && is_blank(p[m]))
        m++;
    for (; m < n && !is_blank(p[m]); m++)
        if (digit(p[m]))
            return type;
    return 0;
}

/* "arrête :", "décide :", "arrêtent :", "décident :" in lower case alone
   on the line (the colon only after the verb): bytes of the verb or 0 */
static size_t lower_verb_at(const char *p, size_t n)
{
    static const char *const verbs[] = {"arrete", "arretent", "decide", "decident", NULL};
    if (p[0] != 'a' && p[0] != 'd')
        return 0;
    for (size_t i = 0; verbs[i]; i++) {
        if (verbs[i][0] != p[0])
            continue;
        size_t m = kw(p, n, verbs[i], true);
        if (!m || ((unsigned char)p[m - 2] == 0xC3 && (unsigned char)p[m - 1] == 0xA9))
            continue;
        size_t q = m;
        while (q < n && is_blank(p[q]))
            q++;
        if (q >= n || p[q] != ':')
            return 0;
        q++;
        while (q < n && is_blank(p[q]))
            q++;
        return q >= n ? m : 0;
    }
    return 0;
}

/* line i opens a paragraph: the first line, or a blank or skipped line
   before it */
static bool para_start(const sctx *x, size_t i)
{
    return i == 0 || (x->li[i - 1].k & (K_BLANK | K_SKIP));
}

/* the lines after a lower-case label line i (up to the next label, 80
   lines at most) hold a visa or a considérant, then a decision verb
   (classified, or in lower case) or an article */
static bool lower_act_after(sctx *x, size_t i)
{
    bool clause = false;
    for (size_t j = i + 1; j < x->nl && j <= i + 80; j++) {
        const linfo *g = &x->li[j];
        if (g->k & (K_BLANK | K_SKIP))
            continue;
        if (g->k & K_LBL)
            return false;
        if (g->k & (K_VISA | K_CONSID)) {
            clause = true;
            continue;
        }
        if (g->k & (K_VERB | K_ARTICLE))
            return clause;
        if (clause && para_start(x, j) && lower_verb_at(x->s + g->a, g->b - g->a))
            return true;
    }
    return false;
}

/* the text line before line i (one or two blank lines apart: OCR puts
   blank lines between the lines of a paragraph) ends with a connector
   ("(jusqu'à la" + "délibération n° 12), M. X"): line i goes on with
   its sentence */
static bool after_connector(const sctx *x, size_t i)
{
    for (size_t j = i, nb = 0; j-- > 0 && nb <= 2;) {
        const linfo *g = &x->li[j];
        if (g->k & K_BLANK) {
            nb++;
            continue;
        }
        return !(g->k & K_SKIP) && ends_connector(x->s, g->a, g->b);
    }
    return false;
}

/* line i is the noun "ARRÊTÉ" / "Arrêté" alone (a colon or a dot after
   it), the next text line (two blank lines at most between) an article */
static bool noun_as_verb(const sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    size_t m = kw(p, n, "arrete", true);
    /* (the noun's final é: the verb, "ARRÊTE", is read elsewhere) */
    if (m < 2 || (unsigned char)p[m - 2] != 0xC3 || ((unsigned char)p[m - 1] != 0x89 && (unsigned char)p[m - 1] != 0xA9))
        return false;
    for (size_t q = m; q < n; q++)
        if (!is_blank(p[q]) && p[q] != ':' && p[q] != '.')
            return false;
    for (size_t j = i + 1, nb = 0; j < x->nl && nb <= 2; j++) {
        const linfo *g = &x->li[j];
        if (g->k & (K_BLANK | K_SKIP)) {
            nb++;
            continue;
        }
        return (g->k & K_ARTICLE) != 0;
    }
    return false;
}

/* An act printed in plain lower case ("arrêté n° 2024-14" + "portant
   ..." + "vu ..." + "considérant ..." + "arrête :" + "Art. 1 - ..."):
   classify() takes an act word for a label, and "arrête :" for the
   verb, only capitalised; here they are so in lower case when the lines
   around agree.  The verb: alone on its line with its colon, opening a
   paragraph, after a visa or a considérant (60 lines at most before).
   The label: opening a paragraph, not ending as a sentence part (';'
   ',' '.'), before visas or considérants then a verb or articles
   (lower_act_after()).  A citation ("vu l'arrêté n° 2019-12 du ...", a
   sentence wrapped onto "arrêté n° ... ;") stays a reference.  One pass,
   a bounded look-ahead at the rare label candidates only. */
static void lower_case_acts(sctx *x)
{
    size_t last_clause = SIZE_MAX;
    for (size_t i = 0; i < x->nl; i++) {
        linfo *f = &x->li[i];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        if (f->k & (K_VISA | K_CONSID)) {
            last_clause = i;
            continue;
        }
        /* OCR put an accent on the verb: "ARRÊTÉ" alone on its line
           where the verb stands (a visa or considérant at most 6 lines
           before, an article next): the verb, not the noun of a new
           act's label */
        if ((x->s[f->a] | 0x20) == 'a' && last_clause != SIZE_MAX && i - last_clause <= 6
            && !(f->k & (K_VERB | K_ARTICLE)) && noun_as_verb(x, i)) {
            f->k &= ~(uint32_t)(K_LBL | K_NUMLINE | K_WVERB);
            f->k |= K_VERB;
            f->va = f->a;
            f->vb = f->a + kw(x->s + f->a, f->b - f->a, "arrete", true);
            continue;
        }
        if (f->k & K_LBL)
            last_clause = SIZE_MAX;
        if (f->k & (K_LBL | K_NUMLINE | K_VERB | K_ARTICLE))
            continue;
        const char *p = x->s + f->a;
        size_t n = f->b - f->a;
        if (n < 6 || (p[0] != 'a' && p[0] != 'd') || !para_start(x, i))
            continue;
        size_t m;
        if (last_clause != SIZE_MAX && i - last_clause <= 60 && (m = lower_verb_at(p, n))) {
            f->k |= K_VERB;
            f->k &= ~(uint32_t)K_WVERB;
            f->va = f->a;
            f->vb = f->a + m;
            continue;
        }
        int type = lower_label_at(p, n);
        if (!type)
            continue;
        size_t e = trim_end(x->s, f->a, f->b);
        char last = x->s[e - 1];
        if (last == ';' || last == ',' || last == '.' || after_connector(x, i) || !lower_act_after(x, i))
            continue;
        if (type > 0) {
            f->k |= K_LBL;
            f->ltype = (uint8_t)type;
        } else
            f->k |= K_NUMLINE | K_DECISION;
        last_clause = SIZE_MAX;
    }
}

/* ------------------------------------------------------------------ */
/* Act boundaries */


/* a sommaire line with dot leaders: "Arrêté n° ... ...... page 2" */
static bool dot_leaders(sctx *x, size_t i)
{
    const ex_line *l = &x->t->lines[i];
    for (size_t q = l->start; q + 5 <= l->end; q++)
        if (!memcmp(x->s + q, ".....", 5))
            return true;
    return false;
}

/* a short header line above a label: "Pôle Solidarités", "BOP 304 ...",
   "DEPARTEMENT DU PAS-DE-CALAIS", "Annexe à la délibération n° ..." */
static bool header_like(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    if ((f->k & (K_SIG | K_VOTE | K_VERB | K_ARTICLE | K_VISA | K_CONSID)) || (name_role(x, i, K_NAME | K_ROLE) & (K_NAME | K_ROLE)))
        return false;
    size_t a = f->a, b = trim_end(x->s, f->a, f->b);
    if (b <= a)
        return true;
    if (b - a > 80)
        return false;
    char last = x->s[b - 1];
    if (last == '.' || last == ';' || last == ')' || last == ',')
        return false;
    return !dot_leaders(x, i);
}

/* line i is a filing stamp line: "Transmis en préfecture le … –
   Publié le …", "Identifiant : 051-215103219-20251014-2025071-DE" */
static bool stamp_line(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    if ((f->k & K_STAMP) || (x->t->lines[i].flags & EX_LINE_STAMP))
        return true;
    if ((f->k & K_BLANK) || f->b <= f->a)
        return false;
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    return kw(p, n, "transmis en prefecture", false) || kw(p, n, "transmise en prefecture", false)
           || rx_in(x->c, RX_ACTES_ID, f->a, f->b, false);
}

/* line j is a pipe table's row ("| 2026-001 | 22/01/2026 | Tarifs … |",
   a recueil's table of its acts) or a rule line ("=====", "_____",
   "* * *") between acts: no heading line of the act below it */
static bool row_or_rule(const sctx *x, size_t j)
{
    const ex_line *l = &x->t->lines[j];
    const char *p = x->s + l->start;
    size_t n = l->end - l->start;
    if (n >= 5 && p[0] == '|')
        return true;
    return ex_rule_chars(x->s, l->start, l->end, "=_-*") >= 3;
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
        if (stamp_line(x, j)) {
            /* the filing stamp right under the previous act's signature
               ("La Maire," / "Catherine X" / "Transmis en préfecture le
               …" / "Identifiant : …-DE") closes that act: the next one
               starts below it */
            size_t q = j;
            while (q > floor && ((x->li[q - 1].k & (K_BLANK | K_SKIP)) || stamp_line(x, q - 1)))
                q--;
            if (q > 0 && ((x->li[q - 1].k & K_SIG) || (name_role(x, q - 1, K_NAME | K_ROLE) & (K_NAME | K_ROLE))))
                return start;
        }
        if ((f->k & K_SKIP) && dot_leaders(x, j))
            break; /* a sommaire (its "page 2" made it furniture) */
        if (t->lines[j].flags & EX_LINE_FOOTER)
            break; /* a page footer ("Page 2/4", "... 1/3") ends the previous act */
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        if (!header_like(x, j) || ++seen > 14 || row_or_rule(x, j))
            break;
        start = j;
    }
    return start;
}

/* A rapport's closing formula in lines [from, to): "Je vous prie de
   bien vouloir en délibérer." ("Je vous demande de bien vouloir
   délibérer", "Je vous propose d'en délibérer"): a line opening "Je
   vous" whose text (or the next line's, the formula wrapped) holds
   "délibérer". The rapport ends with it and its signature; an act
   heading after it opens the act voted on the rapport */
static bool rapport_closed(const sctx *x, size_t from, size_t to)
{
    const char *s = x->s;
    for (size_t i = from; i < to; i++) {
        const linfo *f = &x->li[i];
        if ((f->k & (K_BLANK | K_SKIP)) || s[f->a] != 'J' || !kw(s + f->a, f->b - f->a, "je vous", true))
            continue;
        for (size_t j = i; j < to && j <= i + 1; j++) {
            const ex_line *l = &x->t->lines[j];
            for (const char *p = memchr(s + l->start, 'd', l->end - l->start); p;
                 p = memchr(p + 1, 'd', (size_t)(s + l->end - p - 1)))
                if (kw(p, (size_t)(s + l->end - p), "deliberer", true))
                    return true;
        }
    }
    return false;
}

/* the lines [from, to) hold a body of prose: three lines of running
   text (at least 40 bytes, mostly lower case), as a rapport's exposé
   ("Mesdames, Messieurs, / Par délibération n° … notre assemblée a …")
   before the act voted on it */
static bool prose_between(sctx *x, size_t from, size_t to)
{
    size_t seen = 0;
    for (size_t j = from; j < to; j++) {
        const linfo *g = &x->li[j];
        if ((g->k & (K_BLANK | K_SKIP)) || g->b - g->a < 40)
            continue;
        if (li_up(x, j) < 40 && ++seen >= 3)
            return true;
    }
    return false;
}

/* line i opens its page (a page's first line after a form feed) */
static bool page_top(const sctx *x, size_t i)
{
    return i > 0 && i < x->nl && x->t->lines[i - 1].page != x->t->lines[i].page;
}

/* the line before line i (blank lines apart) is a page counter
   telling the document's LAST page, "Page 1/1", "Page 3/3": a piece
   ends there, the next line opens another */
static bool last_page_before(const sctx *x, size_t i)
{
    size_t j = i;
    while (j > 0 && (x->li[j - 1].k & K_BLANK))
        j--;
    if (j == 0 || !(x->li[j - 1].k & K_SKIP))
        return false;
    const ex_line *l = &x->t->lines[j - 1];
    const char *s = x->s;
    size_t q = l->start, e = l->end;
    while (q < e && is_blank(s[q]))
        q++;
    if (e - q < 8 || !kw(s + q, e - q, "page", true))
        return false;
    q += 4;
    while (q < e && is_blank(s[q]))
        q++;
    long n1 = 0, n2 = 0;
    size_t d = q;
    while (q < e && q < d + 3 && s[q] >= '0' && s[q] <= '9')
        n1 = n1 * 10 + (s[q++] - '0');
    if (q == d || q >= e || s[q] != '/')
        return false;
    d = ++q;
    while (q < e && q < d + 3 && s[q] >= '0' && s[q] <= '9')
        n2 = n2 * 10 + (s[q++] - '0');
    while (q < e && (is_blank(s[q]) || s[q] == '\r'))
        q++;
    return q > d && q == e && n1 == n2;
}

/* lines i and j print the same act number (or i is none) */
static bool same_number_line(sctx *x, size_t i, size_t j)
{
    if (i == SIZE_MAX)
        return false;
    const char *a = line_number(x, i), *b = line_number(x, j);
    return a && b && !strcmp(a, b);
}

/* signed_off of split_acts() at line i: once true it stays so (until
   the next verb resets it); otherwise the lines [*from, i) are asked,
   blank and skipped lines apart, and *from moves to i */
static bool signed_since(sctx *x, bool *signed_off, size_t *from, size_t i)
{
    if (*signed_off)
        return true;
    for (size_t j = *from; j < i; j++) {
        uint32_t k = x->li[j].k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        if ((k & K_SIG) || (name_role(x, j, K_NAME) & K_NAME)) {
            *signed_off = true;
            return true;
        }
    }
    *from = i;
    return false;
}

/* the line before or after line i (blank lines apart) is page
   furniture: a running header or footer, a page counter */
static bool beside_furniture(const sctx *x, size_t i)
{
    size_t j = i;
    while (j > 0 && (x->li[j - 1].k & K_BLANK))
        j--;
    if (j > 0 && (x->li[j - 1].k & K_SKIP))
        return true;
    for (j = i + 1; j < x->nl && (x->li[j].k & K_BLANK); j++)
        ;
    return j < x->nl && (x->li[j].k & K_SKIP);
}

/* Line i is the heading of an extract of the minutes of a séance, not
   of the register of délibérations: "EXTRAIT DU PROCÈS-VERBAL DE LA
   SÉANCE PLÉNIÈRE" (also "… DE SÉANCE"; OCR "PROCÈS- VERBAL"); act_label()
   types it as a délibération's extract ("Extrait du procès-verbal de la
   séance du 12 mars 2024" over one délibération), split_acts() makes it
   a procès-verbal once a rapport heading falls inside it */
static bool minutes_extract(sctx *x, size_t i)
{
    if (i == SIZE_MAX)
        return false;
    const char *p = x->s + x->li[i].a;
    size_t n = x->li[i].b - x->li[i].a;
    size_t m = kw(p, n, "extrait du", true);
    if (!m)
        return false;
    while (m < n && is_blank(p[m]))
        m++;
    size_t v = 0;
    static const char *const pv[] = {"proces-verbal", "proces verbal", "proces- verbal", "proces -verbal", NULL};
    for (size_t k = 0; pv[k] && !v; k++)
        v = kw(p + m, n - m, pv[k], true);
    if (!v)
        return false;
    m += v;
    while (m < n && is_blank(p[m]))
        m++;
    return kw(p + m, n - m, "de la seance", true) || kw(p + m, n - m, "de seance", true);
}

/* act a, typed a procès-verbal by its label, is the register's page of
   ONE délibération: the label reads "PROCÈS-VERBAL DES DÉLIBÉRATIONS …"
   (the register's own wording, as "EXTRAIT DU REGISTRE DES
   DÉLIBÉRATIONS"; not "PROCÈS-VERBAL DE LA SÉANCE"), and the act holds
   exactly one line opening with its number "N° 2026-058 – TITLE", before
   any visa, verb or article, and no item heading ("1. DÉLIBÉRATION N° …"):
   one numbered item, decided and signed, is a délibération (the minutes
   of a whole session hold several items) */
static bool pv_one_item(sctx *x, const act *a)
{
    if (a->label == SIZE_MAX)
        return false;
    const char *p = x->s + x->li[a->label].a;
    size_t n = x->li[a->label].b - x->li[a->label].a;
    size_t m = kw(p, n, "proces-verbal", false);
    if (!m)
        m = kw(p, n, "proces verbal", false);
    if (!m)
        return false;
    while (m < n && is_blank(p[m]))
        m++;
    if (!kw(p + m, n - m, "des deliberations", true))
        return false;
    size_t num = SIZE_MAX;
    bool body = false;
    for (size_t i = a->label + 1; i < a->l1; i++) {
        uint32_t k = x->li[i].k;
        if (k & (K_ITEM | K_ITEMB))
            return false;
        if ((k & K_NUMBER) && x->s[x->li[i].a] == 'N') {
            if (num != SIZE_MAX || body)
                return false;
            num = i;
        }
        if (k & (K_VISA | K_CONSID | K_VERB | K_WVERB | K_ARTICLE))
            body = true;
    }
    return num != SIZE_MAX && body;
}

/* a délibération's number line that carries its own OBJET after a
   dash: "Délibération n° 2026-022 – Objet : Attribution du marché"
   (a register printing the séance block once, then each act opening
   with its number and object on one line); not "délibération n° 12 –
   …" cited in a sentence (no "Objet" label after the dash) */
static bool numline_objet(const char *p, size_t n)
{
    for (size_t q = 1; q + 6 < n; q++) {
        if (!(p[q] == 'O' || p[q] == 'o') || !is_blank(p[q - 1]))
            continue;
        size_t m = kw(p + q, n - q, "objet", true);
        if (!m)
            continue;
        /* a dash ("-", "–", "—"; OCR: "+" or "_" between blanks) before
           the label */
        size_t r = q - 1;
        while (r > 0 && is_blank(p[r]))
            r--;
        if (!(p[r] == '-' || (unsigned char)p[r] == 0x93 || (unsigned char)p[r] == 0x94
              || ((p[r] == '+' || p[r] == '_') && is_blank(p[r - 1]))))
            return false;
        m += q;
        while (m < n && is_blank(p[m]))
            m++;
        return m < n && p[m] == ':';
    }
    return false;
}

/* The label at line i, with no number, is the letterhead printed again
   after a page footer ("Page 1/2" / "RÉPUBLIQUE FRANÇAISE" / … /
   "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS …") and the text goes on with
   an article of the same act (no number, objet or séance after it):
   page furniture, not a new act */
static bool letterhead_again(sctx *x, size_t i, size_t floor, size_t *from)
{
    if (line_number(x, i))
        return false;
    size_t j = i + 1;
    while (j < x->nl && (x->li[j].k & (K_BLANK | K_SKIP)))
        j++;
    if (j >= x->nl || (x->li[j].k & (K_ARTICLE | K_NUMBER | K_NUMLINE | K_LBL | K_OBJET)) != K_ARTICLE)
        return false;
    size_t st = walk_back(x, i, floor);
    *from = st;
    while (st > floor && (x->li[st - 1].k & K_BLANK))
        st--;
    return st > floor && (x->t->lines[st - 1].flags & EX_LINE_FOOTER);
}

/* line i is a bare page number: "1" … "999" alone on its line */
static bool bare_page_number(const sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    size_t n = f->b - f->a;
    const char *p = x->s + f->a;
    if (f->b <= f->a || n > 3 || p[0] < '1' || p[0] > '9'
        || trim_end(x->s, f->a, x->t->lines[i].end) != f->b) /* (not a table row's first cell) */
        return false;
    for (size_t q = 1; q < n; q++)
        if (p[q] < '0' || p[q] > '9')
            return false;
    return true;
}

/* line p's text is one of the text's last 3 lines (the page footer
   printed again at the end: "Commune de X – Délibération n° 2026-018") */
static bool footer_again(const sctx *x, size_t p)
{
    const linfo *f = &x->li[p];
    size_t n = f->b - f->a;
    size_t seen = 0;
    for (size_t j = x->nl; j > p + 1 && seen < 3;) {
        j--;
        const linfo *g = &x->li[j];
        if ((g->k & K_BLANK) || g->b <= g->a)
            continue;
        seen++;
        if (g->b - g->a == n && !memcmp(x->s + g->a, x->s + f->a, n))
            return true;
    }
    return false;
}

/* Line i is an annex's heading: "ANNEXE 1", "ANNEXE II – RÉPARTITION
   …", "Annexe n° 2 à la délibération n° AP-2025-12-31", "Annexe 1 –
   Convention", "ANNEXE À LA DÉLIBÉRATION N° …", "ANNEXE : RÈGLEMENT …",
   "ANNEXE" alone: the word with a capital opening a paragraph (or a
   page), then nothing, a rank (digits, a roman numeral, "n°" and a
   number, "unique") or a link word ("à la", "au", "de la", "du"), then
   the end, a dash, a colon or a link word.  Not "annexe n° 2." ending
   an article's sentence (lower case), nor "Annexe 2 de la convention
   précise …" (no paragraph start before it is rare; the rank then a
   verb is not asked: split_acts() asks annex_articles() too) */
static bool annex_heading(const sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    if (n < 6 || n > 120 || p[0] != 'A')
        return false;
    size_t m = kw(p, n, "annexe", true);
    if (!m)
        return false;
    if (i > 0 && !(x->li[i - 1].k & K_BLANK) && !page_top(x, i))
        return false;
    size_t q = m;
    while (q < n && is_blank(p[q]))
        q++;
    if (q >= n)
        return true;
    size_t r = q, nm = numero_at(p + q, n - q), L = 0;
    if (nm) {
        r = q + nm;
        while (r < n && is_blank(p[r]))
            r++;
    }
    size_t d = r;
    while (d < n && digit(p[d]))
        d++;
    if (d == r && roman_word(p + r, n - r, true, &L))
        d = r + L;  /* "ANNEXE I", "ANNEXE IV" */
    else if (d == r && (L = kw(p + r, n - r, "unique", true)))
        d = r + L;
    if (d == r && nm)
        return false;
    q = d;
    while (q < n && is_blank(p[q]))
        q++;
    if (q >= n || p[q] == ':' || p[q] == '-'
        || (q + 2 < n && (unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
            && ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94)))
        return true;
    return kw(p + q, n - q, "a la ", false) || kw(p + q, n - q, "au ", false) || kw(p + q, n - q, "aux ", false)
           || kw(p + q, n - q, "de la ", false) || kw(p + q, n - q, "du ", false);
}

/* A page break emitted in the middle of an act by a PDF extraction: a
   footer (a page counter, "… – page 1", a bare page number "1"), then
   a letterhead block of short heading lines (one in capitals), then
   the act goes on with an article: the letterhead lines are page
   furniture (no article's text, no new act); so is the running footer
   line above the counter when the text ends with it again */
static void page_break_letterhead(sctx *x)
{
    for (size_t i = 1; i + 2 < x->nl; i++) {
        if (!(x->t->lines[i].flags & EX_LINE_FOOTER) && !bare_page_number(x, i))
            continue;
        size_t j = i + 1, n = 0;
        bool caps = false;
        for (; j < x->nl && n <= 6; j++) {
            uint32_t k = x->li[j].k;
            if (k & (K_BLANK | K_SKIP))
                continue;
            if ((k & (K_NUMBER | K_NUMLINE | K_OBJET | K_PREAMBLE | K_ENTRE | K_ITEM)) || !header_like(x, j)
                || (x->s[x->li[j].a] == 'A' && annex_heading(x, j)))
                break; /* (an annex's heading opens the annex: no furniture) */
            caps |= li_up(x, j) >= 90;
            n++;
        }
        if (!n || n > 6 || !caps || j >= x->nl || !(x->li[j].k & K_ARTICLE))
            continue;
        for (size_t q = i + 1; q < j; q++)
            x->li[q].k |= K_SKIP;
        size_t p = i;
        while (p > 0 && (x->li[p - 1].k & K_BLANK))
            p--;
        if (p > 0 && !(x->li[p - 1].k & (K_SKIP | K_ARTICLE)) && footer_again(x, p - 1))
            x->li[p - 1].k |= K_SKIP;
        i = j;
    }
}

/* OCR of a recueil: "DÉCISION DU PRÉSIDENT N° DP-2026-047" in capitals
   opening its page (only blank or furniture lines above it on the
   page) after an act's body, with another number than the act's own
   (num_line): the next act, although the scan lost the previous one's
   verb or signature (the "Vu" lines are all that is left of it) */
static bool decision_page_top(sctx *x, size_t i, size_t num_line)
{
    size_t j = i;
    while (j > 0 && x->t->lines[j - 1].page == x->t->lines[i].page && (x->li[j - 1].k & (K_BLANK | K_SKIP)))
        j--;
    return page_top(x, j) && li_up(x, i) >= 70 && line_number(x, i) && !same_number_line(x, num_line, i);
}

/* OCR of a recueil: the first "Vu" line after the cover and sommaire,
   on a later page than the cover's label, whose heading the scan lost
   or garbled ("Dble: Alban . marché ..." for "DÉCISION DU PRÉSIDENT N°
   DP-2026-041"): a sommaire holds no visa, an act opens at the top of
   that page.  *at gets the page's first line that is no blank or
   furniture (no act heading, no dot leaders of the sommaire between it
   and the visa) */
static bool visa_after_cover(sctx *x, size_t label, size_t i, size_t *at)
{
    if (label == SIZE_MAX || x->t->lines[i].page <= x->t->lines[label].page)
        return false;
    size_t j = i;
    while (j > label + 1 && x->t->lines[j - 1].page == x->t->lines[i].page)
        j--;
    if (x->t->lines[j].page != x->t->lines[i].page)
        return false;
    for (size_t q = j; q < i; q++) {
        uint32_t k = x->li[q].k;
        if (k & (K_LBL | K_DECISION | K_NUMLINE | K_NUMBER | K_COVER | K_VISA | K_CONSID))
            return false;
        if ((k & K_SKIP) && dot_leaders(x, q))
            return false;
    }
    while (j < i && (x->li[j].k & (K_BLANK | K_SKIP)))
        j++;
    *at = j;
    return true;
}

/* a recueil's first act after its cover and sommaire: its number line
   "Arrêté n° 13-2026-03-10-001 du 10 mars 2026" (or "Délibération n°
   CP-2026-03-021 – Séance du …") whose paragraph (up to the next blank
   line) holds no dot leaders and no page number: not a sommaire entry
   ("Arrêté n° … du … portant … / … ....... page 2"); the sommaire's
   furniture (dot leaders) above it, and visas below it before another
   number line */
static bool numline_after_cover(sctx *x, size_t i)
{
    size_t j = i, seen = 0;
    for (; j < x->nl && !(x->li[j].k & K_BLANK); j++)
        if (dot_leaders(x, j))
            return false;
    for (; j < x->nl && seen < 12; j++) {
        uint32_t k = x->li[j].k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        if (k & (K_VISA | K_CONSID | K_PREAMBLE))
            return true;
        if ((k & (K_NUMLINE | K_LBL | K_COVER)) || dot_leaders(x, j))
            return false;
        seen++;
    }
    return false;
}

/* a letter's place-date at the top right of the letterhead, beside its
   first column ("VILLE DE X <spaces> X, le 24 avril 2026") before the
   act's label: the act's date, not a signature block closing an act
   (a place-date alone on its line, or in the first column, still is) */
static bool letterhead_place_date(const sctx *x, size_t i)
{
    seg sg[MAXSEG];
    size_t ns = li_segs(x, i, sg);
    if (ns < 2)
        return false;
    size_t ga = skip_junk_a(x->s, sg[0].a, sg[0].b);
    return ga < sg[0].b && !rx_in(x->c, RX_FAIT, ga, sg[0].b, false)
           && !rx_in(x->c, RX_A_PLACE, ga, sg[0].b, false)
           && !rx_in(x->c, RX_BARE_PLACE, ga, sg[0].b, true);
}

/* The annex headed at line i is a text with ARTICLES of its own (a
   règlement d'intervention, a charte, statuts): its first article,
   within 40 lines of text and before any act label, "Entre" of parties,
   visa, preamble, verb or another annex heading, is numbered 1
   ("Article 1er – Objet": the numbering restarts).  A table, a list of
   beneficiaries or a plan de financement has none */
static bool annex_articles(sctx *x, size_t i)
{
    size_t seen = 0;
    for (size_t j = i + 1; j < x->nl && seen < 40; j++) {
        uint32_t k = x->li[j].k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        seen++;
        if (k & (K_LBL | K_ENTRE | K_VISA | K_CONSID | K_PREAMBLE | K_VERB | K_WVERB))
            return false;
        if (k & K_ARTICLE) {
            const struct art_memo *am = art_memo_at(x, j);
            return am && !strcmp(am->num, "1");
        }
        if (annex_heading(x, j))
            return false;
    }
    return false;
}

static bool split_acts(sctx *x, act_vec *acts)
{
    ex_call *c = x->c;
    page_break_letterhead(x);
    act *cur = ex_vec_push(c->alloc, acts);
    if (!cur)
        goto oom;
    cur->l0 = 0;
    cur->type = 0;
    cur->label = SIZE_MAX;
    cur->objet = SIZE_MAX;
    bool body = false, has_verb = false, signed_off = false, cover = false;
    bool objet = false;     /* the current act has an OBJET line */
    bool voted = false;     /* the current act has a vote line in its body */
    /* signed_off: a line after the last verb (from it on) is a signature
       line or names a person; the lines [sig_from, i) are not yet asked
       (name_role() is costly: asked only when signed_off is) */
    size_t sig_from = SIZE_MAX;
    size_t num_line = SIZE_MAX;    /* the current act's first number line */
    for (size_t i = 0; i < x->nl; i++) {
        const linfo *f = &x->li[i];
        uint32_t k = f->k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        bool start_new = false;
        int nt = 0;
        size_t at = SIZE_MAX;   /* the new act's first line, when no label opens it */
        if (cur->type == 0 && !body && !cover && i > cur->l0 && last_page_before(x, i) && li_up(x, i) >= 70) {
            /* a piece of paperwork ends with its last page's counter
               ("Page 1/1" then a form feed): the next letterhead, in capitals, opens
               another (an accusé de réception, then a bordereau) */
            start_new = true;
        } else if ((k & K_COVER) && cur->type == 0 && !body && cur->label == SIZE_MAX) {
            /* a recueil's cover and sommaire: a document of its own,
               type other, up to the first act's label */
            cover = true;
            cur->label = i;
        } else if (k & K_LBL) {
            nt = f->ltype;
            /* the minutes of a séance (or an extract of them) hold their
               rapports as items: "PROCÈS-VERBAL DE LA SÉANCE PLÉNIÈRE" or
               "EXTRAIT DU PROCÈS-VERBAL DE LA SÉANCE …" then "RAPPORT N°
               1-01 – BUDGET SUPPLÉMENTAIRE 2026" (not an extract of the
               register, whose rapports each hold a délibération:
               rapport_decided()) */
            if (nt == EX_DOC_RAPPORT && (cur->type == EX_DOC_PROCES_VERBAL
                                         || (cur->type == EX_DOC_DELIBERATION && minutes_extract(x, cur->label)))) {
                cur->type = EX_DOC_PROCES_VERBAL;
                continue;
            }
            if (cur->type == 0 && !body && !cover) {
                cur->type = nt;
                cur->label = i;
            } else if ((body || (cover && line_number(x, i))) /* not "ARRÊTÉS DU MAIRE" in a sommaire */
                       && !(cur->type == EX_DOC_PROCES_VERBAL && nt == EX_DOC_DELIBERATION)) {
                size_t lh;
                if (has_verb && cur->label != SIZE_MAX && letterhead_again(x, i, cur->label + 1, &lh)) {
                    for (; lh <= i; lh++)   /* furniture: no article's text */
                        x->li[lh].k |= K_SKIP;
                    continue;
                }
                start_new = true;
            } else if (cur->type == EX_DOC_RAPPORT && nt != EX_DOC_RAPPORT && nt != EX_DOC_PROCES_VERBAL
                       && !cover && cur->label != SIZE_MAX && li_up(x, i) >= 70
                       && prose_between(x, cur->label + 1, i)) {
                /* a heading in capitals naming another act kind than the
                   rapport's after its exposé in prose: "RAPPORT N° 12" /
                   "Mesdames, Messieurs, …" / signature, then the
                   letterhead again and "DÉLIBÉRATION" (or "COMMISSION
                   PERMANENTE" / "DÉLIBÉRATION n° 2026-CP-0412"): the act
                   voted on the rapport opens (the exposé has no visa or
                   verb: no body).  Not after a délibération's prose: an
                   "EXTRAIT DES DÉLIBÉRATIONS" séance sentence then
                   "RAPPORT N° 1-03" items is one register */
                start_new = true;
            } else if (cur->type == EX_DOC_RAPPORT && nt != EX_DOC_RAPPORT && nt != EX_DOC_PROCES_VERBAL
                       && cur->label != SIZE_MAX
                       && (rapport_closed(x, cur->label + 1, i)
                           || (nt == EX_DOC_DELIBERATION && line_number(x, i)
                               && page_top(x, walk_back(x, i, cur->label + 1))))) {
                /* "RAPPORT DU PRÉSIDENT N° 12" … "Je vous prie de bien
                   vouloir en délibérer." / role / name, then the
                   letterhead again and "DÉLIBÉRATION N° AP-2026-06-0112":
                   the rapport has no body of visas or verb; its closing
                   formula ends it, the act voted on it follows (a scan
                   that lost the formula's page bottom: the numbered
                   DÉLIBÉRATION heading opening a new page, its
                   letterhead above it, the same) */
                start_new = true;
            }
        } else if ((k & K_OBJET) && has_verb && cur->type != EX_DOC_PROCES_VERBAL) {
            if (!objet && cur->objet == SIZE_MAX && beside_furniture(x, i)
                && !signed_since(x, &signed_off, &sig_from, i)) {
                /* the act's own OBJET line, which the scan moved beside
                   the next page's header or counter before the act was
                   signed: its title, page furniture for the body */
                cur->objet = i;
                x->li[i].k |= K_SKIP;
                continue;
            }
            start_new = true;
            nt = 0;
        } else if ((k & K_DECISION) && cover && !body && li_up(x, i) >= 70 && line_number(x, i)) {
            /* a recueil's first act after its cover: "DÉCISION N°
               2025-DEC-014" in capitals, no type of its own (a sommaire's
               "Décision n° 12 du …" line in lower case opens nothing) */
            start_new = true;
            nt = 0;
        } else if ((k & K_NUMLINE) && cover && !body && !(k & K_DECISION) && numline_after_cover(x, i)) {
            start_new = true;
            nt = x->s[f->a] == 'A' || x->s[f->a] == 'a' ? EX_DOC_ARRETE : EX_DOC_DELIBERATION;
        } else if ((k & K_DECISION) && body && cur->type != EX_DOC_PROCES_VERBAL && decision_page_top(x, i, num_line)) {
            start_new = true;
            nt = 0;
        } else if ((k & K_VISA) && cover && !body && visa_after_cover(x, cur->label, i, &at)) {
            start_new = true;
            nt = 0;
        } else if ((k & K_DECISION) && cur->type == 0 && !body && !cover) {
            /* labelled, of type other ("DÉCISION DU PRÉSIDENT" then
               "Décision n° DP-2025-084": the number line types nothing) */
            if (cur->label == SIZE_MAX)
                cur->label = i;
        } else if ((k & K_NUMLINE) && cur->type == 0 && !body && !cover) {
            cur->type = x->s[f->a] == 'A' || x->s[f->a] == 'a' ? EX_DOC_ARRETE : EX_DOC_DELIBERATION;
        } else if ((k & K_NUMLINE) && has_verb && cur->type != EX_DOC_PROCES_VERBAL && i > 0
                   && (x->li[i - 1].k & K_BLANK) && (x->s[f->a] == 'A' || x->s[f->a] == 'D')
                   && signed_since(x, &signed_off, &sig_from, i)
                   && !same_number_line(x, num_line, i)) {
            /* a recueil: "Arrêté n° 2024-13 du 5 mars 2024" opens a
               paragraph after an act that was decided and signed (not
               a running title "Commune de X – Délibération n° ...", nor
               the act's own number repeated) */
            start_new = true;
            /* "DÉCISION N° 2025-DEC-015": no type of its own (other, as
               the same act alone in a file) */
            nt = (k & K_DECISION) ? 0 : x->s[f->a] == 'A' ? EX_DOC_ARRETE : EX_DOC_DELIBERATION;
        } else if ((k & K_NUMLINE) && (has_verb || voted) && cur->type == EX_DOC_DELIBERATION && x->s[f->a] == 'D'
                   && !(k & (K_DECISION | K_NUMDASH)) && i > 0 && (x->li[i - 1].k & K_BLANK)
                   && !same_number_line(x, num_line, i) && numline_objet(x->s + f->a, f->b - f->a)) {
            /* a register printing its séance block once: "Délibération
               n° 2026-021 – Objet : …" / Vu … / "Le Conseil …, après en
               avoir délibéré, APPROUVE …" / "Adopté à l'unanimité." then
               "Délibération n° 2026-022 – Objet : …": once the act is
               decided (its verb, or its vote when a scan lost the verb)
               the next one opens (unsigned: one signature closes
               the register) */
            start_new = true;
            nt = EX_DOC_DELIBERATION;
        } else if (has_verb && x->s[f->a] == 'A' && annex_heading(x, i) && signed_since(x, &signed_off, &sig_from, i)
                   && annex_articles(x, i)) {
            /* an annex after the act was decided and signed, that is a
               text with articles of its own ("ANNEXE 3" / "RÈGLEMENT
               D'INTERVENTION …" / "Article 1 – …"): a document of its
               own, type other (its articles are not the act's; an annex
               that is a table stays in the act) */
            start_new = true;
            nt = 0;
        }
        if ((k & (K_LBL | K_NUMLINE | K_NUMBER)) && num_line == SIZE_MAX && !start_new)
            num_line = i;
        if (k & K_OBJET)
            objet = true;
        if (start_new) {
            size_t floor = cur->l0 + 1;
            if (cur->label != SIZE_MAX && cur->label + 1 > floor)
                floor = cur->label + 1; /* the act keeps its own label */
            size_t st = at != SIZE_MAX ? at : walk_back(x, i, floor);
            cur->l1 = st;
            cur = ex_vec_push(c->alloc, acts);
            if (!cur)
                goto oom;
            cur->l0 = st;
            cur->type = nt;
            cur->label = at != SIZE_MAX ? SIZE_MAX : i;
            cur->objet = SIZE_MAX;
            body = false;
            has_verb = false;
            signed_off = false;
            sig_from = SIZE_MAX;
            cover = false;
            objet = (k & K_OBJET) != 0;
            voted = false;
            num_line = i;
            continue;
        }
        if ((k & K_VOTE) && body)
            voted = true;
        if ((k & (K_VISA | K_CONSID | K_VERB | K_WVERB | K_ARTICLE | K_VOTE | K_SIG))
            && !((k & K_SIG) && !body && cur->type == 0 && cur->label == SIZE_MAX
                 && letterhead_place_date(x, i)))
            body = true;
        if (k & (K_VERB | K_WVERB | K_ARTICLE)) {
            has_verb = true;
            signed_off = false;
            sig_from = i;
        }
    }
    cur->l1 = x->nl;
    for (size_t i = 0; i < acts->n; i++)
        if (acts->v[i].type == EX_DOC_PROCES_VERBAL && pv_one_item(x, &acts->v[i]))
            acts->v[i].type = EX_DOC_DELIBERATION;
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
/* Body: clauses, decision, articles, items */

typedef struct open_clause {
    bool on;
    bool visa;
    size_t a, last;     /* start offset, end of the last line */
    size_t last_line;
} open_clause;

/* OCR's ';' read as '3' at a clause's end: "... ses articles 1379 et
   1407 3" (the lone digit after a number or a word that numbers
   nothing: "son article 3", "n° 3", "l'annexe 3" keep theirs) */
static bool semicolon_as_3(const char *s, size_t a, size_t pe)
{
    static const char *const numbering[] = {"article", "articles", "n°", "no", "alinea", "alinéa", "annexe",
                                            "point", "chapitre", "titre", "section", "lot", "livre", "tome",
                                            "page", "partie", "paragraphe", "numero", "numéro", "tranche", "phase",
                                            "catégorie", "categorie", "classe", "zone", "niveau", "échelon",
                                            "echelon", "groupe", "type", "rang", "secteur", "îlot", "ilot", "bis",
                                            NULL};
    if (pe < a + 3 || s[pe - 1] != '3' || !is_blank(s[pe - 2]))
        return false;
    size_t p = pe - 2;
    while (p > a && is_blank(s[p - 1]))
        p--;
    size_t w = p;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    if (w == p || !((s[p - 1] >= '0' && s[p - 1] <= '9') || (s[p - 1] | 32) >= 'a'))
        return false;
    if (s[p - 1] >= '0' && s[p - 1] <= '9')
        return true;
    for (int k = 0; numbering[k]; k++)
        if (kw(s + w, p - w, numbering[k], true) == p - w)
            return false;
    return p - w >= 3;
}

/* a token [w, e) of 1 or 2 OCR specks: lone punctuation ("; : |") */
static bool speck_token(const char *s, size_t w, size_t e)
{
    if (e - w > 2)
        return false;
    for (size_t q = w; q < e; q++)
        if (!strchr(".:;,|'*_~^`", s[q]) || !s[q])
            return false;
    return true;
}

/* the last character of a clause [a, pe) (pe after its last non-blank),
   OCR specks after its end left out: "... d'orientation budgétaire : :
   : ee", "... monuments historiques ; ee à", "... 1379 et 1407 ; : |"
   end with ':' and ';' (at most 3 tokens of 1 or 2 lower-case letters
   or punctuation specks after the ';' '.' or ':'); "... 1407 3" (';'
   read as '3': semicolon_as_3()) ends with ';' */
/* the lines (a, b] hold a vote and no article, clause or verb: a
   vote printed after the signature */
static bool in_vote_after(const sctx *x, size_t a, size_t b)
{
    bool vote = false;
    for (size_t j = a + 1; j <= b && j < x->nl; j++) {
        if (x->li[j].k & (K_ARTICLE | K_VISA | K_CONSID | K_VERB | K_ITEM))
            return false;
        vote |= (x->li[j].k & K_VOTE) != 0;
    }
    return vote;
}

/* "Sur rapport", "Sur le rapport", "Sur proposition", "Sur la
   proposition" opening a line */
static bool sur_formula(const char *p, size_t n)
{
    size_t m = kw(p, n, "sur ", false);
    if (!m)
        return false;
    return kw(p + m, n - m, "rapport", false) || kw(p + m, n - m, "le rapport", false)
           || kw(p + m, n - m, "proposition", false) || kw(p + m, n - m, "la proposition", false);
}

/* the dot at d ends "M.", "MM." or "Dr." (a blank or a at before it) */
static bool civility_dot(const char *s, size_t a, size_t d)
{
    size_t w = d;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    return (d - w == 1 && s[w] == 'M') || (d - w == 2 && s[w] == 'M' && s[w + 1] == 'M')
           || (d - w == 2 && s[w] == 'D' && s[w + 1] == 'r');
}

/* a two-letter function word no clause ends with: de du et la le au en ou */
static bool function_word2(const char *w)
{
    static const char words[] = "de" "du" "et" "la" "le" "au" "en" "ou";
    for (size_t k = 0; k + 1 < sizeof words; k += 2)
        if ((w[0] | 0x20) == words[k] && (w[1] | 0x20) == words[k + 1])
            return true;
    return false;
}

static char clause_last(const char *s, size_t a, size_t pe)
{
    size_t e = pe;
    if (semicolon_as_3(s, a, pe))
        return ';';
    for (int k = 0; k < 3; k++) {
        size_t w = e;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        if (w <= a)
            break;
        size_t L = 0, cn;
        bool low = true;
        for (size_t q = w; q < e && low; q += cn) {
            if (case_at(s + q, e - q, &cn) >= 0 || !cn)
                low = false;
            L++;
        }
        if (speck_token(s, w, e))
            low = true, L = e - w;
        if (!low || L > 2)
            break;
        size_t p = w;
        while (p > a && is_blank(s[p - 1]))
            p--;
        /* (a function word ending the line after a ';' or ':' goes on,
           no speck: "… 420 € ; de" / "50 ans : 750 € ;", "n° 245 ; et" /
           "246"; after a '.' a speck: "d'intérêt. de") */
        if (k == 0 && e - w == 2 && p > a && (s[p - 1] == ';' || s[p - 1] == ':') && function_word2(s + w))
            break;
        /* (not the dot of a civility before an article: "par lequel M.
           le" / "Maire …") */
        if (p > a && s[p - 1] == '.' && civility_dot(s, a, p - 1))
            break;
        if (p > a && (s[p - 1] == ';' || s[p - 1] == '.' || s[p - 1] == ':'))
            return s[p - 1];
        e = p;
    }
    return s[pe - 1];
}

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
    char num[16];
    size_t kwl;             /* bytes of the heading up to the number */
    const char *heading;
} open_article;

/* the text value of [a, b) without the hole [x->hole_a, x->hole_b)
   inside it */
static const char *value_around(sctx *x, size_t a, size_t b)
{
    const char *u = value(x, a, x->hole_a), *v = value(x, x->hole_b, b);
    if (!u || !v)
        return u ? u : v;
    size_t nu = strlen(u), nv = strlen(v);
    char *out = ex_arena_alloc(&x->c->arena, nu + nv + 2);
    if (!out) {
        x->c->oom = true;
        return NULL;
    }
    memcpy(out, u, nu);
    out[nu] = ' ';
    memcpy(out + nu + 1, v, nv + 1);
    return out;
}

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
    if (oa->num[0] == '+') {
        /* "Article dernier": the number after the previous article's */
        long prev = v->n > 1 ? strtol(v->v[v->n - 2].number, NULL, 10) : 0;
        snprintf(oa->num, sizeof oa->num, "%u", prev >= 0 && prev < 998 ? (unsigned)prev + 1 : 1u);
    } else if (!oa->num[0]) {
        /* a heading whose number OCR lost: the next number in the act
           (1 for its first article), recorded as a repair */
        long prev = v->n > 1 ? strtol(v->v[v->n - 2].number, NULL, 10) : 0;
        unsigned k = prev >= 0 && prev < 998 ? (unsigned)prev + 1 : 1;
        snprintf(oa->num, sizeof oa->num, "%u", k % 1000);
        if (!ex_ocr_note(x->c, oa->a, oa->a + oa->kwl, EX_REPAIR_ARTNUM))
            return false;
    }
    ar->number = ex_strdup(x->c, oa->num);
    ar->heading = oa->heading;
    ar->span.start = oa->a;
    ar->span.end = oa->last > oa->a ? oa->last : oa->a;
    if (x->hole_a < x->hole_b && oa->body < x->hole_a && x->hole_b < oa->last)
        ar->text = value_around(x, oa->body, oa->last);
    else
        ar->text = oa->body < oa->last ? value(x, oa->body, oa->last) : NULL;
    if (!ar->text)
        ar->text = ex_strdup(x->c, "");
    return !x->c->oom;
}

/* the bytes of an OCR speck of a heading's debris at k (before e), else
   0: speck_len()'s (‘ ’ ' _ . , ;) and wider on purpose, any lone
   punctuation (: " * + | ~ ` ^ # -) or a typographic double quote or
   ellipsis (“ ” …): in the tail of a heading none of them is text,
   whereas speck_len() serves within text, where - and | read as
   digits; speck_before(): the same, ending at e */
static size_t speck_at(const char *s, size_t k, size_t e)
{
    size_t n = speck_len(s, k, e);
    if (n)
        return n;
    unsigned char ch = (unsigned char)s[k];
    if (ch && strchr(":\"*+|~`^#-", ch))
        return 1;
    if (ch == 0xE2 && k + 2 < e && (unsigned char)s[k + 1] == 0x80) {
        unsigned char c3 = (unsigned char)s[k + 2];
        if (c3 == 0x9C || c3 == 0x9D || c3 == 0xA6)
            return 3;
    }
    return 0;
}

static size_t speck_before(const char *s, size_t a, size_t e)
{
    if (e > a && speck_at(s, e - 1, e) == 1)
        return 1;
    if (e >= a + 3 && speck_at(s, e - 3, e) == 3)
        return 3;
    return 0;
}

/* s[a, b) holds only stray symbols of a scan: < > = | ~ ^ ` £ © */
static bool stray_symbols(const char *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        unsigned char ch = (unsigned char)s[k];
        if (ch == 0xC2 && k + 1 < b && ((unsigned char)s[k + 1] == 0xA3 || (unsigned char)s[k + 1] == 0xA9)) {
            k++;
            continue;
        }
        if (!ch || !strchr("<>=|~^`", ch))
            return false;
    }
    return a < b;
}

/* the token before w (after a) is lone punctuation standing apart
   ("Durée . 2": a number after it is debris, not "Tranche 2") */
static bool junk_before(const char *s, size_t a, size_t w)
{
    size_t e = w;
    while (e > a && is_blank(s[e - 1]))
        e--;
    size_t t = e;
    while (t > a && !is_blank(s[t - 1]))
        t--;
    if (t == e || t == a)
        return false;
    for (size_t k = t; k < e; k++)
        if (!s[k] || !strchr(".:;,'*_|~-=<>", s[k]))
            return false;
    return true;
}

/* OCR debris after an article heading ("Sanctions 4 es : : nn",
   "MONTANT DE LA SUBVENTION ’ Fi", "Durée “on A . : ie. .",
   "Résiliation à : : . ."): a run of short tokens at the end (1-2
   letters, 1-2 digits, lone punctuation, specks glued to them) that
   holds punctuation and a short word that is not in capitals; returns
   where the heading ends without it, or b.  The first word always
   stays. */
static size_t heading_debris(const char *s, size_t a, size_t b)
{
    size_t p = b, start = b;
    bool junk = false, word = false, num = false, anynum = false;
    for (;;) {
        while (p > a && is_blank(s[p - 1]))
            p--;
        size_t w = p;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        if (w <= a || p == w)
            break;
        /* the token's core: its specks left out on both ends */
        size_t lo = w, hi = p, n;
        while (lo < hi && (n = speck_at(s, lo, hi)))
            lo += n;
        while (hi > lo && (n = speck_before(s, lo, hi)))
            hi -= n;
        bool isjunk = lo == hi, isword = !isjunk, isnum = !isjunk && hi - lo <= 2, caps = true;
        size_t letters = 0, digits = 0;
        for (size_t k = lo; k < hi; k += n ? n : 1) {
            int cs = case_at(s + k, hi - k, &n);
            if (cs == 0)
                isword = false;
            else
                letters++;
            if (cs < 0)
                caps = false;
            if (!digit(s[k]))
                isnum = false;
            else
                digits++;
        }
        /* a token of stray symbols only ("<", ">", "=", "£", "©") is
           debris too (not "€", "%", "°": they mean something) */
        if (!isjunk && !letters && !digits && stray_symbols(s, lo, hi))
            isjunk = true;
        if (letters > 2)
            isword = false;
        if (!isjunk && !isword && !isnum)
            break;
        if (isword && caps && letters > 1)
            break;      /* "DE", "ET": words of a heading in capitals */
        /* a bare token of two letters that is no word ("Publicité ae") */
        if (isword && lo == w && hi == p && tail_debris_word(s + lo, hi - lo))
            isjunk = true;
        junk = junk || isjunk || lo > w || hi < p;
        word = word || isword;
        num = num || (isnum && junk_before(s, a, w));
        anynum = anynum || isnum;
        start = w;
        p = w;
    }
    /* (a tail of debris only, "> :", goes too) */
    return junk && (word || num || !anynum) ? trim_end(s, a, start) : b;
}

/* "D'approuver ...", "D’affecter ...": an elided "de" then a word in
   lower case opens [a, b) (the infinitive of a decision's article) */
static bool elided_clause(const char *s, size_t a, size_t b)
{
    if (b - a < 4 || (s[a] != 'D' && s[a] != 'd'))
        return false;
    size_t q = a + 1;
    if (s[q] == '\'')
        q++;
    else if (b - q >= 3 && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 && (unsigned char)s[q + 2] == 0x99)
        q += 3;
    else
        return false;
    size_t n;
    return q < b && case_at(s + q, b - q, &n) < 0;
}

/* the text holds no lower-case letter (a document typed all in
   capitals, "ARTICLE 1 : D'ACQUERIR LA PARCELLE ..."): there, capitals
   tell no heading from a sentence.  One scan of the text, up to its
   first small letter, the first time it is asked. */
static bool no_lower(sctx *x)
{
    if (!x->nolower) {
        const char *s = x->t->s;
        size_t n = x->t->len, r = 0;
        while (r < n && !(s[r] >= 'a' && s[r] <= 'z'))
            r++;
        x->nolower = r < n ? -1 : 1;
    }
    return x->nolower > 0;
}

/* "Les tarifs municipaux sont fixés comme suit à compter du 1er janvier
   2027 :" (then a blank line and a table): a clause that announces what
   follows is the article's text, not its heading.  [a, b) holds a finite
   verb of a sentence, in lower case: an auxiliary or a modal ("est",
   "sont", "sera", "seront", "ont", "peut", "peuvent", "doit",
   "doivent"), or the phrase "comme suit".  A heading's nouns ("Tarifs
   applicables :", "Modalités de versement de la subvention :") hold
   none.  Only asked of a line that ends with ':'. */
static bool colon_clause(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"est", "sont", "sera", "seront", "ont", "peut", "peuvent", "doit",
                                        "doivent", "comme suit", NULL};
    for (size_t r = a; r < b; r++) {
        if (is_blank(s[r]) || (r > a && !is_blank(s[r - 1])))
            continue;
        /* lower-case words only: a capital word is a name or a heading's */
        if (!(s[r] >= 'a' && s[r] <= 'z'))
            continue;
        for (size_t i = 0; verbs[i]; i++) {
            size_t m = kw(s + r, b - r, verbs[i], true);
            if (m)
                return true;
        }
    }
    return false;
}

/* ": Ho 4: Les subventions ...": the heading of the article after
   article prev whose keyword OCR printed as noise: a token of 1 to 3
   ASCII letters, capitalised, that is no French word, then prev + 1 and
   a colon, then a capitalised body.  Returns the bytes up to the number
   (num set) or 0.  Only asked inside an open article (fill_act()). */
static size_t garbled_article_at(const char *p, size_t n, const char *prev, char *num, size_t numcap)
{
    static const char *const words[] = {"a", "au", "aux", "ce", "de", "des", "du", "en", "et", "il", "la", "le",
                                        "les", "ne", "ni", "on", "ou", "par", "sa", "se", "ses", "si", "son",
                                        "sur", "un", "une", "y", NULL};
    char *end;
    long pn = strtol(prev, &end, 10);
    if (end == prev || *end || pn < 1 || pn > 98 || !(p[0] >= 'A' && p[0] <= 'Z'))
        return 0;
    size_t w = 0;
    while (w < n && ((p[w] >= 'a' && p[w] <= 'z') || (p[w] >= 'A' && p[w] <= 'Z')))
        w++;
    if (w > 3 || w >= n || !is_blank(p[w]))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == w && kw(p, w, words[i], true))
            return 0;
    size_t q = w;
    while (q < n && is_blank(p[q]))
        q++;
    size_t d = q;
    long v = 0;
    while (q < n && digit(p[q]) && q - d < 3)
        v = v * 10 + (p[q++] - '0');
    if (q == d || v != pn + 1 || q - d + 1 > numcap)
        return 0;
    size_t e = q;
    while (e < n && is_blank(p[e]))
        e++;
    if (e >= n || p[e] != ':')
        return 0;
    e++;
    while (e < n && is_blank(p[e]))
        e++;
    size_t cn;
    if (e >= n || case_at(p + e, n - e, &cn) <= 0)
        return 0;
    memcpy(num, p + d, q - d);
    num[q - d] = '\0';
    return q;
}

/* "Art. 1 – Objet. La Région participe …", "Article 2 - Montant. Le
   montant …": a RUN-IN heading, a short title up to its first full stop
   with the article's text after it on the same line.  [a, e) is the
   line after the article's number and separator.  The title: a capital
   first, one to six words of letters, blanks, apostrophes and hyphens
   (no digit, no comma, colon or bracket), its last word of three
   letters or more ("M.", "art." are abbreviations), then '.', a blank
   and a capital.  A sentence is no title: its first word a determiner,
   pronoun or preposition ("La vente d'alcool aux mineurs est
   interdite. L'association …"), an operative verb ("Approuve le
   règlement. Le …"), an infinitive clause, or a finite verb in lower
   case ("Délégation est donnée. …").  Returns where the title ends
   (the period) or 0; *body where the text opens. */
static size_t runin_heading(const char *s, size_t a, size_t e, size_t *body)
{
    /* (folded; an apostrophe matches ' and ’; "a" is "à", "des" "dès") */
    static const char *const lead[] = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce",
                                       "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "il",
                                       "elle", "ils", "elles", "on", "nul", "tout", "toute", "tous", "toutes",
                                       "chaque", "aucun", "aucune", "a", "au", "aux", "en", "dans", "pour",
                                       "par", "sur", "sous", "apres", "avant", "selon", "lorsque", "si",
                                       "monsieur", "madame", NULL};
    size_t n;
    if (e - a < 8 || case_at(s + a, e - a, &n) <= 0)
        return 0;
    size_t p = a, lw = a;       /* lw: where the last word opens */
    while (p < e && s[p] != '.') {
        unsigned char ch = (unsigned char)s[p];
        if (p - a > 60 || digit(s[p]) || ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')'
            || ch == '[' || ch == ']' || ch == '"' || ch == '/' || ch == 0xC2)
            return 0;   /* (0xC2: « », a no-break space) */
        if (is_blank(s[p]))
            lw = p + 1;
        p += ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : ch >= 0xC0 ? 2 : 1;
    }
    if (p >= e || p - a > 60 || p - lw < 3 || word_count(s, a, p, 9) > 6)
        return 0;
    size_t r = p + 1;
    if (r >= e || !is_blank(s[r]))
        return 0;
    while (r < e && is_blank(s[r]))
        r++;
    if (r >= e || case_at(s + r, e - r, &n) <= 0)
        return 0;
    /* (the words of the first letter only; none opens with a byte >=
       0x80: "à" folds to "a", tried under any first letter) */
    char c0 = (char)(s[a] | 0x20);
    for (size_t i = 0; lead[i]; i++)
        if ((lead[i][0] == c0 || (unsigned char)s[a] >= 0x80)
            && kw(s + a, p - a, lead[i], lead[i][strlen(lead[i]) - 1] != '\''))
            return 0;
    if (article_verb_at(s + a, p - a) || elided_clause(s, a, p) || colon_clause(s, a, p))
        return 0;
    *body = r;
    return p;
}

/* open an article at line i */
_Static_assert(sizeof ((open_article *)0)->num == sizeof ((struct art_memo *)0)->num,
               "start_article() copies classify()'s number");

static void start_article(sctx *x, size_t i, size_t lim, open_article *oa)
{
    const linfo *f = &x->li[i];
    const char *s = x->s;
    char prev[sizeof oa->num];
    memcpy(prev, oa->num, sizeof prev);
    size_t m = 0;
    /* classify()'s article_at() of this same text, when it matched: the
       same bytes, and the same number (article_at() writes the number
       and its NUL alone when it matches; the num arrays have the same
       size) */
    const struct art_memo *am = art_memo_at(x, i);
    if (am) {
        m = am->m;
        memcpy(oa->num, am->num, strlen(am->num) + 1);
    } else
        m = article_at(s + f->a, f->b - f->a, oa->num, sizeof oa->num);
    if (!m && (m = garbled_article_at(s + f->a, f->b - f->a, prev, oa->num, sizeof oa->num))) {
        /* the keyword printed as noise: a repair */
        size_t w = 0;
        while (!is_blank(s[f->a + w]))
            w++;
        if (!ex_ocr_note(x->c, f->a, f->a + w, EX_REPAIR_KEYWORD))
            return;
    }
    /* the keyword read through the OCR model ("Articie", "ARTlCLE") */
    static const char *const plain[] = {"article", "art.", "art ", NULL};
    size_t kwl = 0;
    if (m && !(kwl = kw_fuzzy(s + f->a, m, "article", false)))
        kwl = (kwl = kw(s + f->a, m, "art.", false)) ? kwl : kw(s + f->a, m, "art ", false);
    if (!ex_ocr_note_keyword(x->c, f->a, kwl, plain))
        return;
    bool prev_headed = oa->heading != NULL;    /* the act's previous article */
    oa->on = true;
    oa->a = f->a;
    oa->kwl = m;
    oa->heading = NULL;
    size_t q = f->a + m;
    size_t le = x->t->lines[i].end;
    /* separator */
    while (q < le && (is_blank(s[q]) || s[q] == ':' || s[q] == '-' || s[q] == '.' || s[q] == ')' || s[q] == '='
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
    size_t hd = heading_debris(s, q, e);
    size_t he = trim_end_junk(s, q, hd);
    /* counted up to 9 (any count >= 9 gives the same answers: only
       <= 3, <= 4, <= 6, <= 8 and >= 5 are asked) */
    size_t words = word_count(s, q, he, 9);
    /* a lone period after a short heading is OCR debris ("Sanctions ."),
       not a sentence end */
    char lastc = e - q >= 3 && s[e - 1] == '.' && is_blank(s[e - 2]) && he > q && words <= 4
                 ? s[he - 1] : s[e - 1];
    /* a run of two debris tokens or more after the heading ("Délais et
       voies de recours : : ;", "Exécution : : : ;"): its last mark is no
       sentence end either; one lone mark keeps its weight below */
    if (he > q && he < e) {
        size_t toks = 0;
        for (size_t r = he; r < e && toks < 2; r++)
            if (!is_blank(s[r]) && is_blank(s[r - 1]))
                toks++;
        if (toks >= 2)
            lastc = s[he - 1];
    }
    /* OCR specks after a sentence's glued period ("Les frais de dossier
       s'élèvent à 250 €. : ;", "La commune défendra dans l'instance
       susvisée. :"): five words or more, the period ends a clause, not
       a heading (trim_end_junk() took it off he) */
    if (hd < e && hd - q >= 3 && s[hd - 1] == '.' && !is_blank(s[hd - 2]) && s[hd - 2] != '.' && words >= 5)
        lastc = '.';
    size_t j = next_line(x, i, lim);
    /* OCR: "ARTICLE 4 - Conditions de la contribution ;", "ARTICLE 13 —
       Résiliation de la convention." under headed articles: a stray ';'
       or '.' after a short heading (the previous article of the act has
       a heading, the next line is no article) is debris; so is a lone
       one after 3 words at most under any article ("Article 1er. Objet
       ;"): no clause is that short; a glued ',' only under headed
       articles ("Article 3 – Délai d'exécution,") */
    if ((lastc == ';' || lastc == '.' || (lastc == ',' && prev_headed && !is_blank(s[e - 2])))
        && e - q >= 3 && j < lim && !(x->li[j].k & K_ARTICLE)) {
        size_t r = e - 1;
        while (r > q && is_blank(s[r - 1]))
            r--;
        /* a lone speck after 8 words at most, a glued period after 6 */
        if (r > q && (prev_headed || (r < e - 1 && words <= 3)) && words <= (r < e - 1 ? 8u : 6u)
            && (ex_num_is_letter(s + r - 1, 1) || ((unsigned char)s[r - 1] >= 0x80)))
            lastc = s[r - 1];
    }
    bool next_upper_start = false, blank_between = j > i + (x->dbl ? 2 : 1);
    if (j < lim) {
        size_t nn;
        next_upper_start = case_at(s + x->li[j].a, x->li[j].b - x->li[j].a, &nn) > 0 || digit(s[x->li[j].a]);
        if (digit(s[x->li[j].a])) {
            /* "... au budget départemental" + "2024, chapitre 65": a
               number followed by a comma goes on the sentence ("12 mois à
               compter" may open a body under "Durée") */
            size_t r = x->li[j].a;
            while (r < x->li[j].b && digit(s[r]))
                r++;
            if (r < x->li[j].b && s[r] == ',')
                next_upper_start = false;
        }
    }
    bool is_heading = false;
    /* in a text without small letters, a line in capitals is a heading by
       the layout alone (below); an elided "D'" opens the infinitive
       clause ("D'IMPUTER LA DEPENSE ...") */
    bool caps_text = letters >= 2 && up >= 80 && no_lower(x);
    bool caps_clause = caps_text && he - q >= 3 && s[q] == 'D' && s[q + 1] == '\'';
    if (letters >= 2 && up >= 80 && he - q <= 120 && !caps_text)
        is_heading = true;
    else if (!caps_clause && he - q <= 80 && lastc != ',' && lastc != ';' && lastc != '.' && next_upper_start
             && (blank_between || words <= 8) && !ends_connector(s, q, he))
        is_heading = true;
    /* "- Article 3 : D'approuver la convention-t" (OCR cut the line): a
       decision's infinitive clause is the body, never a heading */
    if (is_heading && elided_clause(s, q, he))
        is_heading = false;
    /* "Les tarifs ... sont fixés comme suit ... :" over a blank line: a
       clause of five words or more ending with ':' is the body */
    if (is_heading && up < 80 && lastc == ':' && words >= 5 && colon_clause(s, q, he))
        is_heading = false;
    /* OCR: the same clause whose colon went into debris ("Délégation de
       fonctions et de signature est donnée à :" -> "... donnée"), or whose
       line lost a blank ("... est donnée à M..Frédéric" / "LAMBLIN, …":
       8 words): five words or more holding "est" / "sont" … is a
       sentence, no heading (only on a line that lost something: debris
       cut off, or a glued double dot) */
    if (is_heading && up < 80 && words >= 5 && (he < e || memmem(s + q, he - q, "..", 2)) && colon_clause(s, q, he))
        is_heading = false;
    if (is_heading) {
        he = upper_trim(s, q, he);
        size_t hl;
        upper_pct(s, q, he, &hl);
        if (hl < 3)
            is_heading = false;
    }
    size_t rbody, rend;
    if (is_heading && j < lim) {
        oa->heading = value(x, q, he);
        oa->body = x->li[j].a;
    } else if (!is_heading && !caps_text && (rend = runin_heading(s, q, e, &rbody))) {
        oa->heading = value(x, q, rend);
        oa->body = rbody;
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
    b = comma_letter_speck(s, a, speck_tail(s, a, trim_end(s, a, b)));
    for (;;) {
        b = trim_end(s, a, b);
        if (b > a && s[b - 1] != ',' && strchr(".:;'\"*+_|~`^-", s[b - 1]) && s[b - 1]) {
            b--;
            continue;
        }
        return b;
    }
}

/* a prefect's role of a région ("Le Préfet de la région ...") */
static bool role_has_region(const sbuf *r)
{
    bool prefect = false;
    for (size_t i = 0; i < r->n; i++) {
        if (i && r->buf[i - 1] != ' ')
            continue;
        if (kw(r->buf + i, r->n - i, "prefet", false))
            prefect = true;
        else if (prefect && kw(r->buf + i, r->n - i, "region", true))
            return true;
    }
    return false;
}

/* an amount cell: digits with blanks, no-break spaces, '.' or ',' as
   separators, then "€", "EUR" or "euros" ("12 000 €", "1.500,00 EUR") */
static bool amount_cell(const char *s, size_t a, size_t b)
{
    size_t i = a;
    bool dg = false;
    while (i < b) {
        unsigned char ch = (unsigned char)s[i];
        if (digit(s[i])) {
            dg = true;
            i++;
        } else if (ch == ' ' || ch == '\t' || ch == '.' || ch == ',') {
            i++;
        } else if (ch == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA0) {
            i += 2;
        } else if (ch == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80
                   && (unsigned char)s[i + 2] == 0xAF) {
            i += 3;
        } else {
            break;
        }
    }
    if (!dg || i == a)
        return false;
    size_t n = b - i;
    if (n == 3 && memcmp(s + i, "\xE2\x82\xAC", 3) == 0)
        return true;
    return (n == 3 && kw(s + i, n, "eur", false)) || (n == 5 && kw(s + i, n, "euros", false));
}

/* a row number cell: one to three digits, maybe "." or ")" */
static bool rownum_cell(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && i - a < 4 && digit(s[i]))
        i++;
    if (i == a || i - a > 3)
        return false;
    if (i < b && (s[i] == '.' || s[i] == ')'))
        i++;
    return i == b;
}

/* a table row ("2    Mme Laura BORDENAVE    Arudy (64)    12 000 €"):
   three cells or more, separated by runs of blanks, the first a row
   number or another one an amount.  An annex table after the signature
   is no signature block. */
static bool table_row(const char *s, const seg *sg, size_t ns)
{
    if (ns < 3)
        return false;
    if (rownum_cell(s, sg[0].a, sg[0].b))
        return true;
    for (size_t k = 1; k < ns; k++)
        if (amount_cell(s, sg[k].a, sg[k].b))
            return true;
    return false;
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

/* line i is right under line prev, or under it across one to three
   blank lines that a scan put between a signature's role and its name
   ("La Présidente du Conseil régional," / blank / "Catherine LE GOFF") */
static bool under_blanks(sctx *x, size_t prev, size_t i)
{
    if (adjacent(x, prev, i))
        return true;
    if (i <= prev + 1 || i > prev + 4)
        return false;
    for (size_t j = prev + 1; j < i; j++)
        if (!(x->li[j].k & K_BLANK))
            return false;
    return true;
}

/* line i, furniture but no page footer nor stamp, is one name and
   nothing else, maybe after an OCR speck (". Catherine LE GOFF"): its
   span [*na, *nb) */
static bool furniture_name_line(sctx *x, size_t i, size_t *na, size_t *nb)
{
    const linfo *f = &x->li[i];
    const ex_line *l = &x->t->lines[i];
    if ((l->flags & (EX_LINE_FOOTER | EX_LINE_STAMP)) || (f->k & K_STAMP) || f->a >= f->b)
        return false;
    seg sg[MAXSEG];
    if (li_segs(x, i, sg) != 1)
        return false;
    size_t ra[2], rb[2];
    size_t b = trim_end(x->s, f->a, f->b);
    size_t a = skip_junk_a(x->s, f->a, b);
    if (a >= b || parse_names(x->s, a, b, ra, rb, 2) != 1 || ra[0] != a || trim_end(x->s, rb[0], b) != rb[0])
        return false;
    *na = ra[0];
    *nb = rb[0];
    return true;
}

/* Line i, furniture but no page footer, right under the last line of an
   open unnamed role group (blank lines between: under_blanks()): when it
   is one name and nothing else, maybe after an OCR speck (". Catherine
   LE GOFF"), it names that group (a running line of two pages, not a
   header or footer). */
static void furniture_name(sctx *x, rgroup *g, size_t ng, size_t i)
{
    const linfo *f = &x->li[i];
    const ex_line *l = &x->t->lines[i];
    if ((l->flags & (EX_LINE_FOOTER | EX_LINE_STAMP)) || f->a >= f->b)
        return;
    rgroup *G = NULL;
    for (size_t q = ng; q > 0; q--) {
        rgroup *h = &g[q - 1];
        if (!h->named && !h->closed && under_blanks(x, h->last_line, i)) {
            G = h;
            break;
        }
    }
    if (!G)
        return;
    size_t na, nb;
    if (!furniture_name_line(x, i, &na, &nb))
        return;
    G->named = true;
    G->name = ex_strndup(x->c, x->s + na, nb - na);
    G->nb = nb;
}

/* a furniture line (no page footer, no stamp) of one name and nothing
   else, maybe after an OCR speck (". Catherine LE GOFF"), comes right
   after line i, across blank lines (under_blanks()): the signatory's name
   repeated as the last line of two pages under their role */
static bool furniture_name_after(sctx *x, size_t i, size_t lim)
{
    size_t j = i + 1;
    while (j < lim && j <= i + 4 && (x->li[j].k & K_BLANK))
        j++;
    size_t na, nb;
    return j < lim && j <= i + 4 && (x->li[j].k & K_SKIP) && under_blanks(x, i, j) && furniture_name_line(x, j, &na, &nb);
}

/* signatures() cuts a segment only at q after a blank where s[q] is F f
   S A or 0xC3 (a place/date) or L P (a role): the first such q in [q,
   lim), or lim (q >= 1) */
static size_t cut_cand(const char *s, size_t q, size_t lim)
{
#ifdef EX_SIMD
    /* sixteen q at a time (the loads read s[q - 1, q + 16) <= lim) */
    for (; q < lim && lim - q >= 16; q += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + q));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + q - 1));
        __m128i c = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('F')), _mm_cmpeq_epi8(w, _mm_set1_epi8('f'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('S')), _mm_cmpeq_epi8(w, _mm_set1_epi8('A'))));
        c = _mm_or_si128(c, _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8((char)0xC3)),
                                         _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('L')), _mm_cmpeq_epi8(w, _mm_set1_epi8('P')))));
        __m128i bl = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
        unsigned z = (unsigned)_mm_movemask_epi8(_mm_and_si128(c, bl));
        if (z)
            return q + (size_t)__builtin_ctz(z);
    }
#endif
    for (; q < lim; q++) {
        char ch = s[q];
        if (is_blank(s[q - 1]) && (ch == 'F' || ch == 'f' || ch == 'S' || ch == 'A' || (unsigned char)ch == 0xC3
                                   || ch == 'L' || ch == 'P'))
            return q;
    }
    return lim;
}

/* s[a..b) is one person's name in mixed case, given name(s) then the
   family name, each word capitalised ("Jean-Pierre Dupont", "Paul
   Martin", "Marie de Lacroix"): 2 to 4 words of letters (hyphen,
   apostrophe), a particle only inside, no role noun and no word of an
   institution ("Conseil Municipal", "Hôtel de Ville"); a comma may end
   it.  With caps, every word in capitals, a typewriter's "ROGER
   FAIVRE-PIERRET" (particles too, "JEAN DE LA FONTAINE"), and no comma
   at its end (a role's continuation: "DU PAS-DE-CALAIS,").  Returns the
   name's end, or 0. */
static size_t mixed_case_name(const char *s, size_t a, size_t b, bool caps)
{
    static const char *const inst[] = {"conseil", "commune", "ville", "mairie", "hotel", "communaute", "syndicat",
                                       "departement", "departemental", "region", "regional", "municipal",
                                       "communautaire", "syndical", "bureau", "comite", "commission", "service",
                                       "direction", "pole", "republique", "prefecture", "assemblee", "centre",
                                       "maison", "salle", "place", "rue", "saint", "sainte", "pour", "fait", "par", "delegation",
                                       "signe", "signature", "copie", "certifie", "conforme", "extrait",
                                       "ampliation", "les", NULL};
    b = trim_end(s, a, b);
    if (b > a && s[b - 1] == ',') {
        if (caps)
            return 0;
        b = trim_end(s, a, b - 1);
    }
    size_t nw = 0, q = a;
    bool last_particle = false;
    while (q < b) {
        size_t w = q;
        while (w < b && !is_blank(s[w]))
            w++;
        size_t cn, n = w - q;
        bool particle = n <= 3 && (kw(s + q, n, "de", true) || kw(s + q, n, "du", true) || kw(s + q, n, "des", true)
                                   || kw(s + q, n, "le", true) || kw(s + q, n, "la", true))
                        && (caps ? s[q] >= 'A' && s[q] <= 'Z' : s[q] >= 'a' && s[q] <= 'z');
        if (particle) {
            if (!nw)
                return 0;
        } else {
            /* a capital, then lower-case letters (a hyphen or an
               apostrophe before another capital) */
            if (case_at(s + q, n, &cn) <= 0 || n < 2)
                return 0;
            size_t lower = 0;
            for (size_t r = q + cn; r < w;) {
                int cs = case_at(s + r, w - r, &cn);
                if (cs < 0)
                    lower++;
                else if (cs > 0) {
                    if (!caps && s[r - 1] != '-' && s[r - 1] != '\'')
                        return 0;
                } else if (s[r] != '-' && s[r] != '\'')
                    return 0;
                r += cn;
            }
            if ((caps ? lower != 0 : !lower) || role_noun(s + q, n)
                || (!nw && (kw(s + q, n, "le", true) || kw(s + q, n, "la", true) || kw(s + q, n, "l'", false))))
                return 0;
            for (size_t k = 0; inst[k]; k++)
                if (kw(s + q, n, inst[k], true))
                    return 0;
        }
        last_particle = particle;
        nw++;
        while (w < b && is_blank(s[w]))
            w++;
        q = w;
    }
    return nw >= 2 && nw <= 4 && !last_particle ? b : 0;
}

/* a copy's signature mark before the name: "(signé) ", "(Signé) ",
   "(s) ", "Signé : ": the bytes up to the name (0 when none, or when
   nothing follows it) */
static size_t signed_mark_len(const char *p, size_t n)
{
    size_t q = 0, m;
    if (n > 1 && p[0] == '(') {
        if ((m = kw(p + 1, n - 1, "signe", true)))
            q = 1 + m;
        else if (n > 2 && (p[1] == 's' || p[1] == 'S') && p[2] == ')')
            q = 2;
        else
            return 0;
        if (q >= n || p[q] != ')')
            return 0;
        q++;
    } else if ((m = kw(p, n, "signe", true))) {
        q = m;
        while (q < n && is_blank(p[q]))
            q++;
        /* "Signé électroniquement par : X", "Signé par : X" */
        if (q < n && p[q] != ':') {
            size_t r = q + kw(p + q, n - q, "electroniquement", true);
            while (r < n && is_blank(p[r]))
                r++;
            if ((m = kw(p + r, n - r, "par", true))) {
                q = r + m;
                while (q < n && is_blank(p[q]))
                    q++;
            }
        }
        if (q >= n || p[q] != ':')
            return 0;
        q++;
    } else {
        return 0;
    }
    size_t b = q;
    while (q < n && is_blank(p[q]))
        q++;
    return q > b && q < n ? q : 0;
}

/* s[a..b) is a family name alone in capitals, the signature of an old
   typed copy ("ROUVIÈRE", "FAIVRE-PIERRET"): one word of 3 letters or
   more, all capitals (hyphen, apostrophe), no role noun, no word of an
   institution, not the copyist's "ILLISIBLE".  Returns its end or 0. */
static size_t caps_surname(const char *s, size_t a, size_t b)
{
    b = trim_end(s, a, b);
    if (b > a && s[b - 1] == '.')
        b--;
    size_t letters = 0, cn;
    for (size_t r = a; r < b; r += cn) {
        int cs = case_at(s + r, b - r, &cn);
        if (cs > 0)
            letters++;
        else if (cs < 0 || !(s[r] == '-' || s[r] == '\'') || r == a)
            return 0;
    }
    if (letters < 3 || role_noun(s + a, b - a))
        return 0;
    /* an institution's word in capitals ("MAIRIE", "COMMUNE"), a mark */
    static const char *const no[] = {"illisible", "conseil", "commune", "ville", "mairie", "republique",
                                     "prefecture", "signe", "signature", "copie", "conforme", "extrait",
                                     "ampliation", "departement", "region", "adopte", "annexe", NULL};
    for (size_t k = 0; no[k]; k++)
        if (kw(s + a, b - a, no[k], true))
            return 0;
    return b;
}

/* the role group h is a delegation's "Pour le préfet et par
   délégation," / "P/O le Maire,": the signatory's own role follows */
static bool pour_role(const rgroup *h)
{
    return h->role.n && (kw(h->role.buf, h->role.n, "pour ", false) || kw(h->role.buf, h->role.n, "p/o ", false));
}

/* line i continues the unnamed "Pour ..." role group h across one
   blank line that OCR put between its lines ("Pour la Région," / blank /
   "Le Président du Conseil régional,"): a "Pour" role is always followed
   by the signatory's own */
static bool pour_gap(sctx *x, const rgroup *h, size_t i)
{
    return i == h->last_line + 2 && (x->li[i - 1].k & K_BLANK) && pour_role(h);
}

/* Line i, furniture but no page footer, right under the signature's
   place/date line (line pd) and before any role: when it is one role and
   nothing else ("Le Président du Conseil départemental,"), it opens a
   role group (the role and the name as the last lines of two pages both
   repeat as running lines; furniture_name() reads the name under it);
   or, right under an open unnamed "Pour …" group (or one blank line
   below it: pour_gap()), it goes on that group's role. */
static void furniture_role(sctx *x, rgroup *g, size_t *ng, size_t i, size_t pd)
{
    const linfo *f = &x->li[i];
    const ex_line *l = &x->t->lines[i];
    if ((l->flags & (EX_LINE_FOOTER | EX_LINE_STAMP)) || f->a >= f->b)
        return;
    /* the delegate's own role right under an open, unnamed "Pour le
       préfet et par délégation," group (the same delegate signs two acts
       of a recueil: role and name repeat as running lines) goes on
       that group's role */
    rgroup *h = *ng ? &g[*ng - 1] : NULL;
    bool cont = h && !h->named && !h->closed && ((h->last_line + 1 == i && pour_role(h)) || pour_gap(x, h, i));
    if (!cont && (*ng || pd == SIZE_MAX || !adjacent(x, pd, i)))
        return;
    seg sg[MAXSEG];
    if (li_segs(x, i, sg) != 1)
        return;
    size_t b = trim_end(x->s, f->a, f->b);
    if (!is_role(x->s, f->a, b))
        return;
    size_t rb = role_end(x->s, f->a, b);
    if (rb <= f->a)
        return;
    if (cont) {
        sb_add(&h->role, x->s + f->a, rb - f->a);
        h->last_line = i;
        h->b = b;
        return;
    }
    rgroup *G = &g[(*ng)++];
    memset(G, 0, sizeof *G);
    sb_add(&G->role, x->s + f->a, rb - f->a);
    G->a = f->a;
    G->b = b;
    G->col = sg[0].col;
    G->last_line = i;
}

/* the word before q (after ga) is a civility: "M. LE MAIRE" names the
   mayor inside a sentence ("- D'AUTORISER M. LE MAIRE A SIGNER ..."), no
   column of a signature block starts there */
static bool civility_before(const char *s, size_t ga, size_t q)
{
    size_t e = q;
    while (e > ga && is_blank(s[e - 1]))
        e--;
    size_t w = e;
    while (w > ga && !is_blank(s[w - 1]))
        w--;
    return w < e && civility_word(s + w, e - w);
}

/* line i is two signature headings side by side or more, each "Pour
   le / la / l' / les …," ending with its comma ("Pour la Région,
   Pour l'établissement,"): the parties of a convention sign under it */
static bool pour_parties_line(const sctx *x, size_t i)
{
    const char *s = x->s;
    const ex_line *l = &x->t->lines[i];
    size_t le = trim_end(s, l->start, l->end);
    if (le <= x->li[i].a || s[le - 1] != ',' || !kw(s + x->li[i].a, le - x->li[i].a, "pour ", false))
        return false;
    seg sg[MAXSEG];
    size_t ns = li_segs(x, i, sg);
    if (ns < 2)
        return false;
    for (size_t k = 0; k < ns; k++) {
        size_t a = sg[k].a, b = trim_end(s, sg[k].a, sg[k].b);
        size_t m = kw(s + a, b - a, "pour ", false);
        if (!m || b - a > 60 || s[b - 1] != ',')
            return false;
        if (!kw(s + a + m, b - a - m, "le ", false) && !kw(s + a + m, b - a - m, "la ", false)
            && !kw(s + a + m, b - a - m, "les ", false) && !kw(s + a + m, b - a - m, "l'", false))
            return false;
    }
    return true;
}

/* the end of a name piece s[a, b) without the OCR specks after it: those
   standing apart (speck_tail()) and a ':' ';' or '_' glued to its last
   word */
static size_t name_tail(const char *s, size_t a, size_t b)
{
    b = speck_tail(s, a, trim_end(s, a, b));
    while (b > a + 1 && (s[b - 1] == ':' || s[b - 1] == ';' || s[b - 1] == '_'))
        b--;
    b = trim_end(s, a, b);
    /* OCR: a lone capital standing apart after a family name in capitals
       ("Hélène MARCHADIER À"): a speck, no initial (an initial comes
       before the family name) */
    if (b >= a + 5 && (is_blank(s[b - 2]) || is_blank(s[b - 3]))) {
        size_t w = b;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        size_t cn, cn2;
        if (w > a + 3 && case_at(s + w, b - w, &cn) > 0 && w + cn == b) {
            size_t e = trim_end(s, a, w), v = e;
            while (v > a && !is_blank(s[v - 1]))
                v--;
            if (v > a && e - v >= 2 && case_at(s + v, e - v, &cn2) > 0 && case_at(s + v + cn2, e - v - cn2, &cn2) > 0)
                b = e;
        }
    }
    /* OCR: a short noise word after the name ("Marion PÉLISSIER Noe"):
       exactly three words, a given name (a capital then lower case), a
       family name in capitals, then 2 or 3 letters, a capital then lower
       case, ending the piece; the name keeps its first two words
       ("DUPONT Léa", family name first, keeps its given name) */
    size_t wa[4], wb[4], nw = 0, q = a;
    while (q < b && nw < 4) {
        wa[nw] = q;
        while (q < b && !is_blank(s[q]))
            q++;
        wb[nw++] = q;
        while (q < b && is_blank(s[q]))
            q++;
    }
    if (nw != 3 || q < b || wb[2] - wa[2] < 2 || wb[2] - wa[2] > 3)
        return b;
    int want[3] = {-1, 1, -1};     /* the case after each word's capital */
    for (size_t k = 0; k < 3; k++) {
        size_t cn, letters = 0;
        if (case_at(s + wa[k], wb[k] - wa[k], &cn) <= 0)
            return b;
        for (size_t r = wa[k] + cn; r < wb[k]; r += cn) {
            int cs = case_at(s + r, wb[k] - r, &cn);
            if (cs != want[k] && !(k < 2 && (s[r] == '-' || s[r] == '\'')))
                return b;
            letters += cs != 0;
        }
        if (!letters || (k == 2 && (wb[k] - wa[k]) != letters + 1))
            return b;   /* (the noise word in ASCII letters only) */
    }
    return wb[1];
}

/* a recipients' list label opening p[0..n): "Ampliation adressée à :",
   "Ampliation :", "Ampliations :", "Copie à :", "Copie adressée à :",
   "Copies :", "Destinataires :".  Not "Copie certifiée conforme" (a
   certification, a signature may follow) */
static bool recipients_label(const char *p, size_t n)
{
    static const char *const keys[] = {"ampliation", "ampliations", "copie", "copies", "destinataire",
                                       "destinataires", NULL};
    if (!n)
        return false;
    char c0 = (char)(p[0] | 0x20);
    if (c0 != 'a' && c0 != 'c' && c0 != 'd')
        return false;
    for (size_t k = 0; keys[k]; k++) {
        size_t m = kw(p, n, keys[k], true);
        if (!m)
            continue;
        while (m < n && is_blank(p[m]))
            m++;
        if (m == n || p[m] == ':')
            return true;
        size_t v;
        if ((v = kw(p + m, n - m, "adressee a", true)) || (v = kw(p + m, n - m, "adressees a", true))
            || (v = kw(p + m, n - m, "a", true)) || (v = kw(p + m, n - m, "pour information", true)))
            return true;
    }
    return false;
}

/* OCR: a role whose closing comma was read as a dot ("Le Maire." /
   "Gérald BONNEVIE", "Le Maire, | La Secrétaire de séance." / "Yannick
   LE GOFF : Katell MORVAN"): [a, b) ends with one '.' glued to its last
   word, is a role without it, and the next line, or the one after a
   blank, before lim, is person names.  Returns the role's end (before
   the dot), or 0. */
static size_t dot_role(sctx *x, size_t i, size_t a, size_t b, size_t lim)
{
    const char *s = x->s;
    /* (a role opens with L or P: Le, La, L', Pour) */
    if ((s[a] != 'L' && s[a] != 'P') || b > a + 80)
        return 0;
    b = trim_end(s, a, b);
    if (b < a + 5 || s[b - 1] != '.' || s[b - 2] == '.' || is_blank(s[b - 2]))
        return 0;
    size_t j = i + 1;
    if (j < lim && (x->li[j].k & K_BLANK))
        j++;
    if (j >= lim || (x->li[j].k & (K_BLANK | K_SKIP)) || !is_role(s, a, b - 1))
        return 0;
    return (name_role(x, j, K_NAME) & K_NAME) ? b - 1 : 0;
}

/* is_role(s, pa, pb) for a piece [pa, pb) of line i: name_role()'s
   answer when it asked is_role() of that same span (the line's first
   segment [f->a, f->b), whose first character folds to l or p: K_ROLE
   is then is_role()'s answer, kept), else is_role() itself */
static bool piece_role(const sctx *x, size_t i, size_t pa, size_t pb)
{
    const linfo *f = &x->li[i];
    if ((f->k & K_NR_ROLE) && pa == f->a && pb == f->b) {
        size_t u0;
        char c0 = fold_c((const unsigned char *)x->s + pa, pb - pa, &u0);
        if (c0 == 'l' || c0 == 'p')
            return (f->k & K_ROLE) != 0;
    }
    return is_role(x->s, pa, pb);
}

/* a signatory's name s[a, b) without its civility ("Mme Sylvie
   BOUSQUET" signs "Sylvie BOUSQUET": the contract's names carry none):
   its new start */
static size_t civility_skip(const char *s, size_t a, size_t b)
{
    size_t w = a;
    while (w < b && !is_blank(s[w]))
        w++;
    if (w == a || w >= b || !civility_word(s + a, w - a))
        return a;
    while (w < b && is_blank(s[w]))
        w++;
    return w < b ? w : a;
}

/* An electronic signature block: "Signé électroniquement par : X" (the
   name read at na) then, on the next lines, "Date de signature :
   30/03/2026" (the signature's own date) and "Qualité : Maire" (its
   role): sg takes them, its span from the mark's line */
static void esign_block(sctx *x, ex_signature *sg, size_t na)
{
    ex_call *c = x->c;
    const ex_text *t = x->t;
    const char *s = x->s;
    size_t li = ex_line_at(t, na), a = t->lines[li].start;
    while (a < na && is_blank(s[a]))
        a++;
    if (!(s[a] == 'S' || s[a] == 's') || !kw(s + a, na - a, "signe", true) || !kw(s + a, na - a, "signe electroniquement", true))
        return;
    /* (OCR: a blank line between the block's lines) */
    bool gap = false;
    for (size_t j = li + 1; j < t->nlines && j <= li + 6; j++) {
        const ex_line *l = &t->lines[j];
        size_t q = l->start, e = l->end, m;
        while (q < e && is_blank(s[q]))
            q++;
        if (q == e && gap)
            break;
        if ((gap = q == e))
            continue;
        bool qual = (m = kw(s + q, e - q, "qualite", true)) != 0;
        if (!qual && !(m = kw(s + q, e - q, "date de signature", true)))
            break;
        q += m;
        while (q < e && is_blank(s[q]))
            q++;
        if (q >= e || s[q] != ':')
            break;
        q++;
        while (q < e && is_blank(s[q]))
            q++;
        size_t b = trim_end(s, q, e);
        if (b <= q)
            break;
        if (qual && !sg->role) {
            sg->role = ex_strndup(c, s + q, b - q);
        } else if (!qual) {
            const ex_date *dt = ex_date_at(c, q, b);
            if (dt)
                sg->date = dt->value;
        }
    }
    sg->span.start = a;
}

/* line i (z0 <= i < l1) stands between two lines of text, no blank
   line on either side: a row of a list or a table ("GAEC del" / "Mme
   Inès LACROUTS" / "EARL Ferme du Touch" of an annex a poor scan kept),
   not a name signed alone */
static bool list_row(const sctx *x, size_t z0, size_t l1, size_t i)
{
    if (i <= z0 || i + 1 >= l1 || (x->li[i - 1].k & (K_BLANK | K_SKIP)) || (x->li[i + 1].k & (K_BLANK | K_SKIP)))
        return false;
    /* (the line above ends with a letter or a digit: a row, not a role
       whose comma OCR turned into specks, "Le Maire, ..." / "Paul
       MARTIN" / "Transmis le …" once the blank lines are lost) */
    size_t pa = x->li[i - 1].a, pe = trim_end(x->s, pa, x->li[i - 1].b);
    unsigned char ch = pe > pa ? (unsigned char)x->s[pe - 1] : 0;
    return ch >= 0x80 || digit((char)ch) || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
}

static bool signatures(sctx *x, ex_document *d, size_t z0, size_t l1)
{
    const char *s = x->s;
    ex_call *c = x->c;
    const char *place = NULL;
    ex_date_val date = {0, 0, 0};
    bool have_pd = false;
    size_t pd_line = SIZE_MAX;  /* the place/date line */
    rgroup g[8];
    size_t ng = 0;
    bool any = false;
    /* orphan names (no role) */
    size_t orph_a[8], orph_b[8];
    size_t norph = 0;
    bool recip = false;     /* in a recipients' list */
    bool gap = false;       /* a blank line since the list's last line */
    /* "Fait et délibéré les jour, mois et an susdits." right above the
       signatories' roles (no "Pour extrait conforme, À X, le …" nor "Au
       registre sont les signatures" between, whose date is the copy's):
       1 read, 2 on the line after it, 3 a role there, 4 none */
    bool susdits = false;
    int sus_state = 0;
    size_t sus_ng = 0;
    for (size_t i = z0; i < l1; i++) {
        const linfo *f = &x->li[i];
        /* "Ampliation adressée à :" and its list ("– M. Frédéric LAMBLIN
           ;"): recipients, no signatories.  The list goes on across a
           blank line (OCR) with an item opening with a dash or a bullet */
        if (f->k & K_BLANK) {
            gap = true;
        } else if (!(f->k & K_SKIP)) {
            if (recip && gap) {
                const ex_line *l = &x->t->lines[i];
                const unsigned char *u = (const unsigned char *)s + l->start + l->indent;
                size_t un = l->end - l->start - l->indent;
                recip = un && (u[0] == '-' || u[0] == '*'
                               || (un >= 3 && u[0] == 0xE2 && u[1] == 0x80
                                   && (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0xA2)));
            }
            gap = false;
            if (recip || recipients_label(s + f->a, f->b - f->a)) {
                recip = true;
                continue;
            }
        }
        if (f->k & K_SKIP) {
            /* the signatory's name as the last line of two pages, above
               their running footer ("Le Président du Conseil
               départemental," / "Arnaud VIALARET" / "... Page 1/3"),
               repeats as a running line: under a role it is the name */
            if (!(f->k & K_STAMP)) {
                furniture_role(x, g, &ng, i, pd_line);
                furniture_name(x, g, ng, i);
            }
            continue;
        }
        if (f->k & K_BLANK)
            continue;
        if (sus_state == 1) {
            sus_state = 2;
            sus_ng = ng;
        } else if (sus_state == 2)
            sus_state = ng > sus_ng ? 3 : 4;
        /* a decision-verb line is never a signature: "- AUTORISE M. LE
           MAIRE A SIGNER ..." after the decision (its "LE MAIRE ..." is
           no role) */
        if ((f->k & (K_VERB | K_WVERB)) || verb_word_line(s + f->a, f->b - f->a))
            continue;
        /* "Vu et approuvé, Mende, le 2 avril 1968 / Pour le Préfet, … /
           (signé) …" below the act's signature: the supervising
           authority's approval of an old act, no signature of the act */
        if (ng && (s[f->a] == 'V' || s[f->a] == 'v')) {
            /* (a place and a date after it: not the assent "Vu et
               approuvé," of a person named by the act, who signs) */
            size_t vm = kw(s + f->a, f->b - f->a, "vu et approuve", true);
            const ex_line *vl = &x->t->lines[i];
            size_t q = f->a + vm;
            while (vm && q < vl->end && !digit(s[q]))
                q++;
            if (vm && q < vl->end)
                break;
        }
        const ex_line *l = &x->t->lines[i];
        /* place/date */
        if ((f->k & K_SIG) && !have_pd && !susdits && f->b - f->a >= 12)
            for (size_t q = f->a; q + 6 <= f->b && !susdits; q++)
                if ((susdits = (s[q] == 's' || s[q] == 'S') && kw(s + q, f->b - q, "susdit", false)
                               && (q == f->a || is_blank(s[q - 1]))))
                    sus_state = 1;
        if ((f->k & K_SIG) && !have_pd) {
            seg sg[MAXSEG];
            size_t ns = li_segs(x, i, sg);
            for (size_t k = 0; k < ns && !have_pd; k++) {
                size_t ga = skip_junk_a(s, sg[k].a, sg[k].b);
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
                pd_line = i;
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
        size_t ns = li_segs(x, i, sg);
        if (table_row(s, sg, ns))
            continue;
        /* an annex table's column header ("Bénéficiaire   Commune
           Projet   Coût HT   Taux   Subvention"): three cells or more
           over a table row (the next line not blank) */
        if (ns >= 3 && i + 1 < l1 && !(x->li[i + 1].k & (K_BLANK | K_SKIP))) {
            seg sn[MAXSEG];
            size_t nn = li_segs(x, i + 1, sn);
            if (table_row(s, sn, nn))
                continue;
        }
        for (size_t k = 0; k < ns; k++) {
            size_t ga = skip_junk_a(s, sg[k].a, sg[k].b);
            size_t gb = sg[k].b;
            if (ga >= gb)
                continue;
            const char *p = s + ga;
            size_t n = gb - ga;
            /* "(signé) ROUVIÈRE", "Signé : Émile ROUVIÈRE": the name
               after the mark (a copy's signature) */
            bool marked = false;
            {
                size_t sm = (p[0] == '(' || p[0] == 'S' || p[0] == 's') ? signed_mark_len(p, n) : 0;
                if (sm) {
                    ga += sm;
                    p += sm;
                    n -= sm;
                    marked = true;
                }
            }
            if (!marked && (kw(p, n, "signe", true) || kw(p, n, "(signe", false) || kw(p, n, "(signature", false)))
                continue;
            /* columns glued by OCR or a narrow gap: "La secrétaire de séance,
               Fait à X, le ...", "Claire ROUSSEL Le Président,", "Le
               Président du Conseil Départemental Le Préfet," */
            size_t pieces_a[4] = {ga}, pieces_b[4] = {gb};
            size_t np = 1;
            size_t qlim = gb >= 3 ? gb - 3 : 0;
            for (size_t q = cut_cand(s, ga + 2, qlim); q < qlim && np < 4; q = cut_cand(s, q + 1, qlim)) {
                if (!is_blank(s[q - 1]))
                    continue;
                char ch = s[q];
                bool cut = false;
                if (ch == 'F' || ch == 'f' || ch == 'S' || ch == 'A' || (unsigned char)ch == 0xC3) {
                    if (rx_in(c, RX_FAIT, q, l->end, true) || rx_in(c, RX_A_PLACE, q, l->end, true))
                        cut = true;
                }
                if (!cut && (ch == 'L' || ch == 'P') && !civility_before(s, ga, q)
                    && (is_role(s, q, gb) || dot_role(x, i, q, gb, l1))) {
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
                size_t dr = 0;
                if (piece_role(x, i, pa, pb) || (dr = dot_role(x, i, pa, pb, l1))) {
                    if (dr)
                        pb = dr;
                    /* same group: the line right after, same column, unnamed */
                    rgroup *G = NULL;
                    if (ng && !kw(s + pa, pb - pa, "pour ", false)) {
                        for (size_t q = ng; q > 0; q--) {
                            rgroup *h = &g[q - 1];
                            if (!h->named && !h->closed && (adjacent(x, h->last_line, i) || pour_gap(x, h, i))
                                && (h->col + 6 >= sg[k].col && h->col <= sg[k].col + 6)) {
                                G = h;
                                break;
                            }
                        }
                    }
                    /* "La secrétaire de séance, Corinne ROQUES": the
                       role and its name on one line (a name after the
                       last comma) */
                    size_t cm = pb, ra1[2], rb1[2];
                    while (cm > pa + 4 && s[cm - 1] != ',')
                        cm--;
                    size_t na = cm;
                    while (na < pb && is_blank(s[na]))
                        na++;
                    size_t ne = name_tail(s, na, pb);
                    if (cm > pa + 4 && na > cm && na < ne
                        && parse_names(s, na, ne, ra1, rb1, 2) == 1 && ra1[0] == na && rb1[0] == ne) {
                        G = NULL;
                        pb = cm - 1;
                    } else
                        ne = 0;
                    size_t rb = role_end(s, pa, pb);
                    if (ne && ng < 8) {
                        G = &g[ng++];
                        memset(G, 0, sizeof *G);
                        sb_add(&G->role, s + pa, rb - pa);
                        G->a = pa;
                        G->b = pb;
                        G->col = sg[k].col;
                        G->last_line = i;
                        G->named = true;
                        size_t na0 = civility_skip(s, na, ne);
                        G->name = ex_strndup(c, s + na0, ne - na0);
                        G->nb = ne;
                        any = true;
                        continue;
                    }
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
                /* (OCR specks after the name: "Claire DUPONT:", "Jean
                   MARTIN - :") */
                pb = name_tail(s, pa, pb);
                size_t nn = parse_names(s, pa, pb, ra, rbn, 4);
                /* "Jean-Pierre Dupont" right under its role, in its
                   column: a name in mixed case (parse_names() wants the
                   family name in capitals) */
                if (!nn) {
                    /* (the group first: the name's test costs more) */
                    bool open = false;
                    for (size_t q = 0; q < ng && !open; q++) {
                        const rgroup *h = &g[q];
                        /* (or one line below a role line that ends it:
                           "Le Président du Conseil" / "Départemental,") */
                        bool under = adjacent(x, h->last_line, i)
                                     || (i == h->last_line + 2 && !(x->li[i - 1].k & (K_BLANK | K_SKIP))
                                         && x->li[i - 1].b > x->li[i - 1].a && s[x->li[i - 1].b - 1] == ',');
                        open = !h->named && !h->closed && under && h->col + 6 >= sg[k].col && h->col <= sg[k].col + 6;
                    }
                    size_t me;
                    if (open && ((me = mixed_case_name(s, pa, pb, false)) || (me = mixed_case_name(s, pa, pb, true))
                                 || (me = caps_surname(s, pa, pb)))) {
                        nn = 1;
                        ra[0] = pa;
                        rbn[0] = me;
                    }
                }
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
                            size_t na0 = civility_skip(s, ra[w], rbn[w]);
                            G->name = ex_strndup(c, s + na0, rbn[w] - na0);
                            G->nb = rbn[w];
                        } else if (norph < 8 && !list_row(x, z0, l1, i)) {
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
                    /* (not a date's piece moved under the role by OCR:
                       "e 4 novembre 2025", a year of four digits) */
                    for (size_t q = pa, run = 0; cont && q < pb; q++) {
                        run = digit(s[q]) ? run + 1 : 0;
                        cont = run < 4;
                    }
                    if (cont) {
                        rgroup *G = NULL;
                        size_t bestd = SIZE_MAX;
                        /* "Préfet du Nord" under two prefects side by
                           side is the second title of the regional
                           prefect ("Le Préfet de la région
                           Hauts-de-France, Préfet du Nord"): a
                           département's prefect has no other one */
                        bool prefect = kw(s + pa, pb - pa, "prefet", false) != 0;
                        for (size_t q = 0; q < ng; q++) {
                            if (g[q].named || i > g[q].last_line + 3)
                                continue;
                            size_t dd = g[q].col > sg[k].col ? g[q].col - sg[k].col : sg[k].col - g[q].col;
                            if (prefect && role_has_region(&g[q].role))
                                dd = 0;
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
    /* "les jour, mois et an susdits" with no place/date line of its own:
       the séance's date */
    if (sus_state == 2)
        sus_state = ng > sus_ng ? 3 : 4;
    if (sus_state == 3 && !have_pd && !date.y)
        date = d->session_date;
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
        if (g[q].named && !sg->role)
            esign_block(x, sg, g[q].a);
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
        esign_block(x, sg, orph_a[q]);
    }
    return !c->oom;
}

/* ------------------------------------------------------------------ */
/* A minutes' closing heading that no voted item runs through: "QUESTIONS
   ORALES" (maybe with its translation: "QUESTIONS ORALES / GOULENNOÙ
   …"), "Questions diverses", "Informations diverses", "Questions et
   informations diverses", maybe after its number ("6. Questions
   diverses"); a short line of its own (80 bytes at most) */
static bool items_end_heading(const char *p, size_t n)
{
    static const char *const keys[] = {"questions orales", "questions diverses", "informations diverses",
                                       "questions et informations diverses", "questions ecrites", NULL};
    if (n > 80 || n < 16)
        return false;
    size_t q = 0;
    while (q < n && q < 3 && digit(p[q]))
        q++;
    if (q && q < n && (p[q] == '.' || p[q] == ')')) {
        q++;
        while (q < n && is_blank(p[q]))
            q++;
    } else
        q = 0;
    char c0 = (char)(p[q] | 0x20);
    if (c0 != 'q' && c0 != 'i')
        return false;
    for (size_t k = 0; keys[k]; k++)
        if (kw(p + q, n - q, keys[k], true))
            return true;
    return false;
}

/* ACTES transmission stamp */

/* a transmission mention printed as a line of the act, not as a stamp
   (lines.c and stamp_at() leave it in the text): "Transmis en préfecture
   le 27/03/2026 – Publié le 27/03/2026", "Identifiant (de
   télétransmission) : 061-216103473-20260324-2026_018-DE" (the ACTES id
   on the line); not
   a sentence citing it ("cet acte, transmis en préfecture le …": the
   phrase opens the line) */
static bool transmission_line(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    const char *p = x->s + f->a;
    size_t n = f->b - f->a;
    if (n < 12 || (p[0] != 'T' && p[0] != 'I'))
        return false;
    if (p[0] == 'T')
        return kw(p, n, "transmis en prefecture le", false) || kw(p, n, "transmise en prefecture le", false);
    return kw(p, n, "identifiant", true) && rx_in(x->c, RX_ACTES_ID, f->a, x->t->lines[i].end, false);
}

/* the end of one part of a stamp segment [a, b): before a dash between
   blanks (" – ", " — ", " - "), which opens the next part ("Transmis en
   préfecture le 27/03/2026 – Publié le 27/03/2026"), or b; *next: where
   the next part begins */
static size_t stamp_part_end(const char *s, size_t a, size_t b, size_t *next)
{
    for (size_t q = a + 1; q + 1 < b; q++) {
        if (!is_blank(s[q - 1]))
            continue;
        size_t k = 0;
        if (s[q] == '-')
            k = 1;
        else if (q + 3 < b && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
                 && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
            k = 3;
        if (k && q + k < b && is_blank(s[q + k])) {
            *next = q + k + 1;
            return q - 1;
        }
    }
    *next = b;
    return b;
}

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
           stamp (right column), or a mention printed as a line */
        bool printed = transmission_line(x, i);
        if (!(f->k & K_STAMP) && !(l->flags & EX_LINE_STAMP) && trim_end(s, l->start, l->end) <= f->b + 2
            && !printed)
            continue;
        /* the stamp may sit in the right column */
        seg sg[MAXSEG];
        size_t ns = li_segs(x, i, sg);
        for (size_t k = 0; k < ns; k++) {
            size_t a = skip_junk_a(s, sg[k].a, sg[k].b), b = sg[k].b;
            /* a printed mention: each part after a dash read as well
               ("… – Publié le 27/03/2026") */
            for (size_t pa = a, nx; pa < b; pa = nx) {
                size_t pb = b;
                nx = b;
                if (printed) {
                    pb = stamp_part_end(s, pa, b, &nx);
                    while (nx < b && is_blank(s[nx]))
                        nx++;
                }
                const char *p = s + pa;
                size_t n = pb - pa;
                ex_date_val *slot = NULL;
                if (kw(p, n, "envoye en prefecture", false) || kw(p, n, "date de teletransmission", false)
                    || kw(p, n, "(transmise en prefecture", false) || kw(p, n, "(transmis en prefecture", false)
                    || (printed && (kw(p, n, "transmis en prefecture", false)
                                    || kw(p, n, "transmise en prefecture", false))))
                    slot = &tr->sent;
                else if (kw(p, n, "recu en prefecture", false) || kw(p, n, "date de reception prefecture", false))
                    slot = &tr->received;
                else if (kw(p, n, "publie le", false))
                    slot = &tr->published;
                if (slot || kw(p, n, "id", true) || digit(p[0]) || kw(p, n, "accuse", false))
                    tr->present = true;
                if (slot && !slot->y) {
                    const ex_date *dt = ex_date_at(c, pa, pb);
                    if (dt)
                        *slot = dt->value;
                }
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

/* A contract between parties that prints no operative phrase (or
   whose phrase the scan garbled): a heading line in capitals opening
   "CONTRAT" or "CONVENTION" ("CONTRAT DE CONCESSION DE SERVICE PUBLIC"),
   then "ENTRE LES SOUSSIGNÉS" (K_ENTRE; not a bare "ENTRE"), then the
   second party announced by "ET :" or closed by "d'autre part", all in
   the act's first 60 lines.  True for such an act. */
static bool parties_contract(sctx *x, const act *A)
{
    const char *s = x->s;
    int step = 0;   /* 1: heading seen, 2: "ENTRE LES SOUSSIGNÉS" seen */
    for (size_t i = A->l0; i < A->l1 && i < A->l0 + 60; i++) {
        const linfo *f = &x->li[i];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        const char *p = s + f->a;
        size_t n = f->b - f->a;
        if (f->k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE))
            return false;
        if (step == 0 && (p[0] == 'C') && (kw(p, n, "contrat", true) || kw(p, n, "convention", true))
            && upper_line(x, i))
            step = 1;
        else if (step == 1 && (f->k & K_ENTRE) && kw(p, n, "entre les soussign", false))
            step = 2;
        else if (step == 2 && (((p[0] == 'E' || p[0] == 'e') && kw(p, n, "et", true)
                                && trim_end_junk(s, f->a + 2, f->b) <= f->a + 2 + 2)
                               || kw(p, n, "d'autre part", false)))
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* One act */

/* pv_sentence_verb(): the next word of a sentence from r on line *i
   (its end *b): after the blanks, or at the start of the next line
   when r reached the end of this one and the next is text (no blank
   line between, one in a double-spaced scan: "Le conseil\ncommunautaire
   FIXE les tarifs"); *i and
   *b follow.  SIZE_MAX when the sentence cannot go on. */
static size_t pv_next_word(sctx *x, const act *A, size_t *i, size_t r, size_t *b)
{
    while (r < *b && is_blank(x->s[r]))
        r++;
    if (r < *b)
        return r;
    size_t j = *i + 1;
    /* (a scan that doubles the line spacing: one blank line between
       the lines of a paragraph, x->dbl) */
    if (x->dbl && j + 1 < A->l1 && (x->li[j].k & K_BLANK))
        j++;
    if (j >= A->l1 || (x->li[j].k & (K_SKIP | K_BLANK)))
        return SIZE_MAX;
    *i = j;
    *b = x->li[j].b;
    return x->li[j].a;
}

static void pv_sentence_verb(sctx *x, const act *A, ex_document *d)
{
    /* (a public body's or company's board: "Le conseil d'administration
       approuve le procès-verbal", "Le conseil de surveillance …") */
    static const char *const bodies[] = {"municipal", "communautaire", "syndical", "departemental",
                                         "regional", "metropolitain", "d'administration", "de surveillance",
                                         "d'exploitation", NULL};
    static const char *const verbs[] = {"approuve", "decide", "accepte", "autorise", "adopte", "valide",
                                        "fixe", "sollicite", "attribue", "accorde", "designe", "emet",
                                        "prend acte", "proclame", NULL};
    /* other subjects: the verb in capitals only ("Le comité DÉCIDE
       d'affecter", "la Présidente le PROCLAME"), after an object pronoun
       for a person */
    static const char *const subjects[] = {"le conseil", "le comite", "la commission", "le bureau",
                                           "l'assemblee", "la presidente", "le president", "la maire",
                                           "le maire", NULL};
    const char *s = x->s;
    for (size_t i = A->l0; i < A->l1; i++) {
        if (x->li[i].k & (K_SKIP | K_BLANK))
            continue;
        size_t a = x->li[i].a, b = x->li[i].b, e = b;
        while (e > a && is_blank(s[e - 1]))
            e--;
        for (size_t q = a; q + 2 <= e; q++) {
            if ((s[q] != 'L' && s[q] != 'l') || (q > a && !is_blank(s[q - 1])))
                continue;
            char c1 = s[q + 1];
            size_t m = 0, sj = 0, li = i, lb = b, r;
            if (q + 2 == e) {
                /* the article ending the line, the subject's noun opening
                   the next one: "que le\nConseil APPROUVE par 8 voix" */
                if (!(c1 == 'e' || c1 == 'a' || c1 == 'E' || c1 == 'A'))
                    continue;
                r = pv_next_word(x, A, &li, q + 2, &lb);
                if (r == SIZE_MAX || r >= lb)
                    continue;
                for (; subjects[sj] && !m; sj++)
                    if (subjects[sj][1] == (c1 | 0x20) && subjects[sj][2] == ' ')
                        m = kw(s + r, lb - r, subjects[sj] + 3, true);
                if (!m)
                    continue;
                r += m;
            } else {
                if (q + 8 > b)
                    continue;
                /* (the subject's first letters before any kw(): "le c…",
                   "la p…", "l'a…") */
                char c3 = (char)(s[q + 3] | 0x20);
                if (c1 == '\'' ? (s[q + 2] | 0x20) != 'a'
                                : !((c1 == 'e' || c1 == 'a' || c1 == 'E' || c1 == 'A') && s[q + 2] == ' '
                                    && (c3 == 'c' || c3 == 'p' || c3 == 'b' || c3 == 'm')))
                    continue;
                for (; subjects[sj] && !m; sj++)
                    m = kw(s + q, b - q, subjects[sj], true);
                if (!m)
                    continue;
                r = q + m;
            }
            bool caps = sj > 1, person = sj > 5;
            /* "Le conseil [body] verb", the words possibly on the next
               line: "Le conseil communautaire FIXE les tarifs" */
            r = pv_next_word(x, A, &li, r, &lb);
            for (size_t k = 0; r != SIZE_MAX && bodies[k]; k++) {
                size_t bm = kw(s + r, lb - r, bodies[k], true);
                if (bm) {
                    r = pv_next_word(x, A, &li, r + bm, &lb);
                    break;
                }
            }
            if (r != SIZE_MAX && r < lb && caps && !person && kw(s + r, lb - r, "permanente", true))
                r = pv_next_word(x, A, &li, r + 10, &lb);
            if (r != SIZE_MAX && r < lb && person) {
                size_t pm = kw(s + r, lb - r, "le", true);
                if (!pm)
                    pm = kw(s + r, lb - r, "la", true);
                if (!pm)
                    pm = kw(s + r, lb - r, "les", true);
                if (pm)
                    r = pv_next_word(x, A, &li, r + pm, &lb);
            }
            if (r == SIZE_MAX || r >= lb)
                continue;
            /* the verb in lower case, or a word in capitals */
            for (size_t k = 0; verbs[k]; k++) {
                size_t vm = kw(s + r, lb - r, verbs[k], true);
                if (vm && ((!caps && s[r] >= 'a' && s[r] <= 'z') || ex_is_upper_word(s + r, vm))) {
                    d->decision_verb = ex_strndup(x->c, s + r, vm);
                    d->decision_span.start = r;
                    d->decision_span.end = r + vm;
                    return;
                }
            }
        }
    }
}

/* An act headed "RAPPORT N° 2-07" in a séance's extract that holds its
   own decision: a "DÉCIDE" (or "Délibère") line, a vote line and "la
   présente délibération" or numbered articles is the délibération taken
   on the rapport (a rapport proper proposes: "Je vous propose ..."; it
   has no vote) */
static bool rapport_decided(sctx *x, const act *A)
{
    const char *s = x->s;
    bool verb = false, vote = false, self = false;
    for (size_t i = A->l0; i < A->l1 && !(verb && vote && self); i++) {
        uint32_t k = x->li[i].k;
        if (k & (K_BLANK | K_SKIP))
            continue;
        if ((k & K_VERB) && (kw(s + x->li[i].va, x->li[i].vb - x->li[i].va, "decide", false)
                             || kw(s + x->li[i].va, x->li[i].vb - x->li[i].va, "delibere", false)))
            verb = true;
        if (k & K_ARTICLE)
            self = true;
        if (k & K_VOTE)
            vote = true;
        if (!self) {
            const ex_line *l = &x->t->lines[i];
            for (const char *p = memchr(s + l->start, 'p', l->end - l->start); p;
                 p = memchr(p + 1, 'p', (size_t)(s + l->end - p - 1))) {
                size_t r = (size_t)(s + l->end - p);
                if (p > s + l->start && is_blank(p[-1]) && kw(p, r, "presente delibera", false)) {
                    self = true;
                    break;
                }
            }
        }
    }
    return verb && vote && self;
}

static bool fill_act(sctx *x, const act *A, ex_document *d)
{
    ex_call *c = x->c;
    const char *s = x->s;
    d->type = (ex_doc_type)A->type;
    if (d->type == EX_DOC_RAPPORT && rapport_decided(x, A))
        d->type = EX_DOC_DELIBERATION;
    d->span.start = A->start;
    d->span.end = A->end;
    x->hole_a = x->hole_b = 0;
    if (A->objet != SIZE_MAX) {
        x->hole_a = x->t->lines[A->objet].start;
        x->hole_b = x->t->lines[A->objet].end;
    }
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

    /* minutes: item headings without "n°" are items; so are the
       rapports' headings ("RAPPORT N° 1-01 – BUDGET SUPPLÉMENTAIRE
       2026": split_acts() kept them inside) */
    if (d->type == EX_DOC_PROCES_VERBAL)
        for (size_t i = A->l0; i < A->l1; i++)
            if ((x->li[i].k & K_ITEMB) || ((x->li[i].k & K_LBL) && x->li[i].ltype == EX_DOC_RAPPORT && i != A->label))
                x->li[i].k |= K_ITEM;
    /* heading zone: up to the first visa / considérant / verb / article */
    size_t hz = A->l1;
    for (size_t i = A->l0; i < A->l1; i++) {
        uint32_t k = x->li[i].k;
        if (k & (K_SKIP | K_BLANK))
            continue;
        if (k & (K_VISA | K_CONSID | K_VERB | K_WVERB | K_ARTICLE | K_ITEM)) {
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
    size_t sig_first = SIZE_MAX;   /* the first signature role after the articles */
    bool mid_sig = false;          /* an article opens after sig_first (a block between two articles) */
    size_t mid_end = SIZE_MAX;     /* (that article's line) */
    size_t mid_vote = SIZE_MAX;    /* a vote line after sig_first */
    bool in_vote = false, seen_verb = false;
    size_t item_last = 0;
    size_t item_stop = SIZE_MAX;   /* the item's end before a closing heading */
    for (size_t i = hz; i < A->l1; i++) {
        const linfo *f = &x->li[i];
        uint32_t k = f->k;
        if ((k & K_BLANK) && oc.on && adjacent(x, oc.last_line, i)) {
            /* a clause's ";" or "." printed alone on the next line (the
               line model reads it as junk) ends the clause */
            const ex_line *l = &x->t->lines[i];
            size_t pa = l->start;
            while (pa < l->end && is_blank(s[pa]))
                pa++;
            if (pa < l->end && (s[pa] == ';' || s[pa] == '.') && trim_end(s, pa, l->end) == pa + 1) {
                oc.last = pa + 1;
                oc.last_line = i;
            }
            continue;
        }
        if (k & (K_BLANK | K_SKIP))
            continue;
        /* a verb in capitals ("- APPROUVE ...") is the decision only when
           no verb came before it and it is not inside an article */
        if ((k & K_WVERB) && !d->decision_verb && !oa.on)
            k |= K_VERB;
        /* ": Ho 4: ..." after article 3: the next article's heading */
        if (oa.on && !(k & K_ARTICLE)) {
            char gn[16];
            if (garbled_article_at(s + f->a, f->b - f->a, oa.num, gn, sizeof gn))
                k |= K_ARTICLE;
        }
        size_t le = trim_end(s, x->t->lines[i].start, x->t->lines[i].end);
        /* "QUESTIONS ORALES": the last item ends before it */
        if (item && item_stop == SIZE_MAX && !(k & K_ITEM) && items_end_heading(s + f->a, f->b - f->a))
            item_stop = item_last;
        bool boundary = (k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_VOTE | K_SIG | K_ITEM | K_PREAMBLE | K_LBL)) != 0;
        /* a role line followed by a name closes the body */
        bool sig_role = false;
        if ((oa.on || seen_verb) && (name_role(x, i, K_ROLE) & K_ROLE)) {
            size_t j = i;
            /* (the name a running line: furniture_name_after()) */
            if (furniture_name_after(x, i, A->l1))
                sig_role = true;
            for (int hop = 0; hop < 3 && !sig_role; hop++) {
                j = next_line(x, j, A->l1);
                if (j >= A->l1)
                    break;
                if (name_role(x, j, K_NAME) & K_NAME) {
                    sig_role = true;
                    break;
                }
                /* (a mark between: "Signé", "[signé]", "(signé)") */
                const char *jp = s + x->li[j].a;
                size_t jn = x->li[j].b - x->li[j].a;
                if (!(name_role(x, j, K_ROLE) & K_ROLE) && !kw(jp, jn, "signe", true)
                    && !(jn > 6 && (jp[0] == '[' || jp[0] == '(') && kw(jp + 1, jn - 1, "signe", true)))
                    break;
            }
        }
        /* "Pour la Région,        Pour l'établissement," under the last
           article: the parties' signature blocks side by side, their
           names not printed (under each, a role) */
        if (!sig_role && oa.on && (s[f->a] == 'P' || s[f->a] == 'p') && pour_parties_line(x, i))
            sig_role = true;
        if (sig_role) {
            boundary = true;
            if (sig_first == SIZE_MAX && d->articles.n + (oa.on ? 1 : 0) > 0)
                sig_first = i;
        }
        /* clauses */
        if (oc.on) {
            bool close = boundary;
            if (!close) {
                /* a new paragraph after a clause that ended */
                size_t pe = oc.last;
                while (pe > oc.a && is_blank(s[pe - 1]))
                    pe--;
                char lc = pe > oc.a ? clause_last(s, oc.a, pe) : 0;
                size_t nn;
                bool up_start = case_at(s + f->a, f->b - f->a, &nn) > 0 || digit(s[f->a]);
                size_t r = x->t->lines[i].start + x->t->lines[i].indent;
                unsigned char r0 = (unsigned char)s[r], r1 = r + 1 < x->t->len ? (unsigned char)s[r + 1] : 0;
                /* (0xC2: "«" opens a quotation, "§ 3 – Dispositif" a new
                   section) */
                bool quote = (r0 == 0xC2 && r1 != 0xA7) || r0 == '"' || r0 == 0xE2;
                if (r0 == 0xC2 && r1 == 0xA7)
                    up_start = true;
                if ((lc == ';' || lc == '.' || lc == ':') && up_start && !quote
                    && !((lc == ':' || (lc == ';' && roman_item(s + x->li[oc.last_line].a,
                                                                x->li[oc.last_line].b - x->li[oc.last_line].a)))
                         && roman_item(s + f->a, f->b - f->a)))
                    close = true;   /* (the roman sub-items after ':' go on) */
                /* "SUR rapport du Président …", "Sur proposition de …"
                   after a visa ending with a comma: the deliberation's
                   formula, no visa's */
                if (!close && up_start && lc == ',' && sur_formula(s + f->a, f->b - f->a))
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
            if (item)
                item->span.end = item_stop != SIZE_MAX ? item_stop : item_last;
            item_stop = SIZE_MAX;
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
            size_t na, nb, ta;
            if (!item->number && bare_item(s + f->a, f->b - f->a, &na, &nb, &ta)) {
                /* "2024-013 – BUDGET PRIMITIF 2024" */
                item->number = ex_strndup(c, s + f->a + na, nb - na);
                if (!item->number)
                    return false;
                q = f->a + ta;
            } else {
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
            }
            sbuf sb = {.n = 0};
            sb_add(&sb, s + q, trim_end_junk(s, q, f->b) - q);
            for (size_t j = i + 1; j < A->l1 && j <= i + 3; j++) {
                if (x->li[j].k & (K_SKIP | K_BLANK))
                    break;
                /* a title cut by the line's end, going on in lower case
                   ("… de la maternité du centre\nhospitalier de X"): the
                   heading ends with no stop, the next line opens with a
                   lower-case word */
                const linfo *g = &x->li[j];
                size_t cn, he = trim_end(s, x->li[j - 1].a, x->li[j - 1].b);
                if (j == i + 1 && he > f->a && !strchr(".:;!?", s[he - 1]) && g->b - g->a <= 80
                    && !(g->k & (K_VISA | K_CONSID | K_ARTICLE | K_VOTE | K_VERB | K_SIG))
                    && case_at(s + g->a, g->b - g->a, &cn) < 0) {
                    sb_add(&sb, s + g->a, trim_end_junk(s, g->a, g->b) - g->a);
                    break;
                }
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
                char *v = ex_strndup(c, s + f->va, f->vb - f->va);
                /* "IL A‘ÉTÉ CONVENU …" (convenu_at()) */
                if (v && v[0] && (v[1] | 0x20) == 'l' && v[2] && !letter_at(v + 2, strlen(v + 2))) {
                    convenu_specks_out(v);
                    if (v[0] == 'J')
                        v[0] = 'I';   /* "JL EST CONVENU", "Jl est convenu" */
                }
                d->decision_verb = v;
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
            if (sig_first != SIZE_MAX && !mid_sig) {
                mid_sig = true;
                mid_end = mid_vote < i ? mid_vote : i;
            }
            start_article(x, i, A->l1, &oa);
            /* no DÉCIDE printed: "ARTICLE 1 – Approuve l'avant-projet
               ...": the operative verb opening the first article's body,
               capitalised as printed, is the decision (contract: the
               first operative verb) */
            if (!d->decision_verb && !seen_verb && d->articles.n == 0 && oa.on && !oa.heading && oa.body < f->b) {
                size_t vm = article_verb_at(s + oa.body, f->b - oa.body);
                /* "ARTICLE 1 : APPROUVE la décision modificative …": the
                   verb in capitals before a lower-case word (the next-line
                   case below) */
                if (!vm) {
                    size_t wm = weak_verb_at(s + oa.body, f->b - oa.body), g = oa.body + wm;
                    if (wm >= 4 && upper_pct(s, oa.body, g, NULL) == 100 && g + 1 < f->b && s[g] == ' '
                        && s[g + 1] >= 'a' && s[g + 1] <= 'z')
                        vm = wm;
                }
                if (vm) {
                    d->decision_verb = ex_strndup(c, s + oa.body, vm);
                    d->decision_span.start = oa.body;
                    d->decision_span.end = oa.body + vm;
                }
            } else if (!d->decision_verb && !seen_verb && d->articles.n == 0 && oa.on && !oa.heading) {
                /* "ARTICLE PREMIER :" alone, "APPROUVE le budget …" on the
                   next line: the verb in capitals opening the body */
                size_t j = next_line(x, i, A->l1);
                if (j < A->l1) {
                    const linfo *g = &x->li[j];
                    size_t vm = weak_verb_at(s + g->a, g->b - g->a);
                    if (vm >= 4 && upper_pct(s, g->a, g->a + vm, NULL) == 100 && g->a + vm + 1 < g->b
                        && s[g->a + vm] == ' ' && s[g->a + vm + 1] >= 'a' && s[g->a + vm + 1] <= 'z') {
                        d->decision_verb = ex_strndup(c, s + g->a, vm);
                        d->decision_span.start = g->a;
                        d->decision_span.end = g->a + vm;
                    }
                }
            }
            in_vote = false;
            body_end_line = i;
            item_last = le;
            continue;
        }
        if (k & K_VOTE) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            if (sig_first != SIZE_MAX && mid_vote == SIZE_MAX)
                mid_vote = i;
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
        if (oa.on && (s[f->a] == 'T' || s[f->a] == 'C') && part_heading_line(x, i, A->l1)) {
            if (!push_article(x, &d->articles, &oa))
                return false;
            body_end_line = i;
            item_last = le;
            continue;
        }
        /* "Annexe n° 2 à la délibération n° …" (its page's running
           header between): the annex the last article does not hold */
        if (oa.on && s[f->a] == 'A' && annex_heading(x, i)) {
            if (!push_article(x, &d->articles, &oa))
                return false;
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
        item->span.end = item_stop != SIZE_MAX ? item_stop : item_last;
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

    /* minutes printing no verb line: "Le Conseil approuve le compte
       administratif ...", the first operative verb after the body in
       a sentence, as printed */
    if (d->type == EX_DOC_PROCES_VERBAL && !d->decision_verb)
        pv_sentence_verb(x, A, d);

    /* signatures: after the last clause / article / vote line (the vote
       printed under the signature, "Cette proposition mise aux voix est
       adoptée." after the name: from the signature's role) */
    size_t z0 = body_end_line + 1;
    if (sig_first != SIZE_MAX && sig_first < z0 && in_vote_after(x, sig_first, body_end_line))
        z0 = sig_first;
    /* a block signed between two articles ("Le Président, / [signé] /
       X" of the item voted under another president, then "M. le Maire
       ayant repris la présidence, … Article 2 :"): read on its own,
       before the end's; the act's place/date line applies to it */
    size_t n_mid = 0;
    if (mid_sig && sig_first < mid_end && mid_end < z0) {
        /* (up to the first line of neither a role, a name nor a mark:
           "M. le Maire ayant repris la présidence, …") */
        for (size_t j = sig_first + 1; j < mid_end; j++) {
            if (x->li[j].k & (K_BLANK | K_SKIP))
                continue;
            const char *jp = s + x->li[j].a;
            size_t jn = x->li[j].b - x->li[j].a;
            if (!(name_role(x, j, K_ROLE | K_NAME) & (K_ROLE | K_NAME)) && !kw(jp, jn, "signe", true)
                && !(jn > 6 && (jp[0] == '[' || jp[0] == '(') && kw(jp + 1, jn - 1, "signe", true))) {
                mid_end = j;
                break;
            }
        }
        if (!signatures(x, d, sig_first, mid_end))
            return false;
        n_mid = d->signatures.n;
    }
    if (z0 < A->l0)
        z0 = A->l0;
    /* no clause, article, verb or item line (a rapport, a compte rendu
       sommaire of one-line items): the signature is in the second half */
    if (hz >= A->l1)
        z0 = A->l0 + (A->l1 - A->l0) / 2;
    if (!signatures(x, d, z0, A->l1))
        return false;
    for (size_t q = 0; q < n_mid && n_mid < d->signatures.n; q++) {
        ex_signature *sg = &d->signatures.v[q];
        const ex_signature *last = &d->signatures.v[d->signatures.n - 1];
        if (!sg->place && !sg->date.y) {
            sg->place = last->place;
            sg->date = last->date;
        }
    }

    transmission(x, d, A);

    /* type from the content when no label said it (nor a "DÉCISION N°"
       line of the heading: an act split at its OBJET line, a scan's
       signature unread, keeps its number line above the label) */
    bool dec_line = A->label != SIZE_MAX && (x->li[A->label].k & K_DECISION);
    for (size_t i = A->l0; !dec_line && d->type == EX_DOC_OTHER && i < hz && i < A->l1; i++)
        dec_line = (x->li[i].k & (K_DECISION | K_SKIP)) == K_DECISION;
    if (d->type == EX_DOC_OTHER && d->decision_verb && !dec_line) {
        const char *v = d->decision_verb;
        size_t n = strlen(v);
        char sp[32];
        size_t spn;
        if (spaced_letters(v, n, sp, &spn)) /* "A R R Ê T E" */
            v = sp, n = spn;
        if (kw(v, n, "arrete", false))
            d->type = EX_DOC_ARRETE;
        else if (kw(v, n, "il ", false))
            d->type = EX_DOC_CONVENTION;
        else
            d->type = EX_DOC_DELIBERATION;
    }
    /* "CONTRAT DE …" / "ENTRE LES SOUSSIGNÉS :" / "ET :", no phrase read */
    if (d->type == EX_DOC_OTHER && !d->decision_verb && parties_contract(x, A))
        d->type = EX_DOC_CONVENTION;
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
    sctx x = {.c = c, .t = t, .s = t->s, .nl = t->nlines, .slash_from = 1, .slash_at = 0};
    x.li = ex_malloc(c->alloc, t->nlines * sizeof *x.li);
    x.so = ex_malloc(c->alloc, t->nlines * sizeof *x.so);
    x.sn = ex_malloc(c->alloc, t->nlines);
    if (!x.li || !x.so || !x.sn) {
        ex_free(c->alloc, x.li);
        ex_free(c->alloc, x.so);
        ex_free(c->alloc, x.sn);
        c->oom = true;
        return false;
    }
    memset(x.sn, SN_UNKNOWN, t->nlines);
    /* about one segment a line (li_segs()): grown as needed */
    if (t->nlines <= SIZE_MAX / sizeof *x.segv.v - MAXSEG) {
        x.segv.cap = t->nlines + MAXSEG;
        x.segv.v = ex_malloc(c->alloc, x.segv.cap * sizeof *x.segv.v);
        if (!x.segv.v) {
            ex_free(c->alloc, x.li);
            ex_free(c->alloc, x.so);
            ex_free(c->alloc, x.sn);
            c->oom = true;
            return false;
        }
    }
    /* one pass: verb_after_preamble(i) reads lines i - 4 .. i only, all
       classified by then, and changes line i alone (classify() reads no
       other line) */
    comma_cur cc = {.ok = false};
    for (size_t i = 0; i < t->nlines; i++) {
        classify(&x, i, &cc);
        if (i)
            verb_after_preamble(&x, i);
    }
    lower_case_acts(&x);
    act_vec acts = {0};
    bool ok = split_acts(&x, &acts);
    size_t d0 = c->docs.n;  /* the file's first document */
    /* no cover, but the file opens with "Recueil des actes
       administratifs n° … – Communauté de communes de X" (its running
       header): a recueil of one collectivity, whose first act's
       letterhead issues the acts printed without one */
    bool recueil_top = false;
    for (size_t i = 0; i < t->nlines && i < 4; i++) {
        const ex_line *l = &t->lines[i];
        if (l->flags & EX_LINE_BLANK)
            continue;
        const char *p = t->s + l->start + l->indent;
        size_t n = l->end - l->start - l->indent;
        recueil_top = n > 20 && (p[0] == 'R' || p[0] == 'r') && kw(p, n, "recueil des actes", false);
        break;
    }
    for (size_t i = 0; ok && i < acts.n; i++) {
        ex_document *d = ex_doc_new(c);
        if (!d) {
            ok = false;
            break;
        }
        ok = fill_act(&x, &acts.v[i], d);
        /* a recueil's act without a letterhead of its own ("DÉCISION N°
           2025-DEC-015" under a rule line): the cover's letterhead
           ("VILLE DE X") issues every act the recueil holds; so does the
           first act's letterhead of any file of several acts ("SYNDICAT
           INTERCOMMUNAL DE X" / "DÉLIBÉRATION DU COMITÉ SYNDICAL N° …" …
           "ARRÊTÉ DU PRÉSIDENT N° …" with none above it: the act
           before it names it) issues an executive's act, an arrêté or a
           décision, printed without one (an assembly's act is
           assemble.c's: the same body, or nothing; a convention's
           parties sign it, none issues it) */
        if (ok && i > 0 && !d->collectivity) {
            if ((acts.v[0].label != SIZE_MAX && (x.li[acts.v[0].label].k & K_COVER)) || recueil_top)
                d->collectivity = c->docs.v[d0].collectivity;
            else if (d->type == EX_DOC_ARRETE || d->type == EX_DOC_OTHER)
                d->collectivity = c->docs.v[c->docs.n - 2].collectivity;
        }
    }
    ex_vec_free(c->alloc, &acts);
    ex_free(c->alloc, x.li);
    ex_free(c->alloc, x.so);
    ex_free(c->alloc, x.sn);
    ex_vec_free(c->alloc, &x.segv);
    ex_vec_free(c->alloc, &x.arts);
    return ok && !c->oom;
}
