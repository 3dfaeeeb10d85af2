/*
 * structure_heading.c - helpers of the structure stage: text values
 * joined from pieces, and the heading of an act (issuer collectivity and
 * body, number, title, session date / place / convocation), read from
 * the heading zone up to the first visa, considérant, verb or article.
 */
#include "structure.h"

/* ------------------------------------------------------------------ */
/* Text helpers */

/* text value of [a, b) collapsed; NULL for an empty value */
const char *value(sctx *x, size_t a, size_t b)
{
    if (b <= a)
        return NULL;
    char *v = ex_text_value(x->c, x->t, a, b);
    if (!v || !*v)
        return NULL;
    return v;
}

/* How a piece that follows a line-end hyphen joins the text before it
   (out[0..o) ends with the hyphen): 0 with a blank (the hyphen is a
   separator: "2024 -"), 1 hyphen kept, no blank ("Saint-Aubin-des-" +
   "Landes", "Aix-" + "en-Provence"), 2 hyphen dropped ("pau-" +
   "vreté"). */
static int hyphen_join(const char *out, size_t o, const char *nx, size_t nn)
{
    if (o < 2 || out[o - 1] != '-' || out[o - 2] == ' ' || out[o - 2] == '-' || !nn)
        return 0;
    size_t cn;
    int cs = case_at(nx, nn, &cn);
    if (cs > 0 || digit(nx[0]))
        return 1;
    if (cs < 0) {
        static const char *const keep[] = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lez",
                                           "et", NULL};
        kwpre t = kw_pre(nx, nn);
        for (size_t i = 0; keep[i]; i++) {
            if (!kw_may(keep[i], t))
                continue;
            size_t m = kw(nx, nn, keep[i], false);
            if (m && (m == nn || nx[m] == '-' || is_blank(nx[m])))
                return 1;
        }
        return 2;
    }
    return 0;
}

/* join pieces (already text values) with one space */

/* an upper-case letter ends buf[0..n) / starts s[0..n) (ASCII or Latin-1) */
static bool upper_end(const char *buf, size_t n)
{
    unsigned char c = (unsigned char)buf[n - 1];
    if (c >= 'A' && c <= 'Z')
        return true;
    return n >= 2 && (unsigned char)buf[n - 2] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97;
}

void sb_add(sbuf *b, const char *s, size_t n)
{
    if (!n)
        return;
    if (b->n && b->n + 1 < sizeof b->buf) {
        /* line-end hyphenation: "pau-" + "vreté" */
        int hj = hyphen_join(b->buf, b->n, s, n);
        if (hj == 2)
            b->n--;
        else if (hj == 0)
            b->buf[b->n++] = ' ';
    }
    for (size_t i = 0; i < n && b->n + 1 < sizeof b->buf; i++) {
        char ch = s[i];
        if (ch == '\t' || ch == '\n' || ch == '\r')
            ch = ' ';
        if (ch == ' ' && b->n && b->buf[b->n - 1] == ' ')
            continue;
        /* "NORD- ATLANTIQUE": a blank OCR put after the hyphen of a
           compound in capitals */
        if (ch == ' ' && b->n >= 2 && b->buf[b->n - 1] == '-' && upper_end(b->buf, b->n - 1)
            && i + 1 < n && ex_upper_start(s + i + 1, n - i - 1))
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

const char *sb_str(sctx *x, sbuf *b)
{
    while (b->n && (b->buf[b->n - 1] == ' ' || b->buf[b->n - 1] == ','))
        b->n--;
    b->buf[b->n] = '\0';
    if (!b->n)
        return NULL;
    return ex_strndup(x->c, b->buf, b->n);
}

/* is the first segment of line i mostly upper case (a heading line) */
bool upper_line(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    return !(f->k & (K_BLANK | K_SKIP)) && li_letters(x, i) >= 3 && f->up >= 75;
}

/* first word of line i starts lower case */
static bool lower_start(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    size_t n;
    return f->b > f->a && case_at(x->s + f->a, f->b - f->a, &n) < 0;
}

/* line j starts with an opening quotation mark (« “ "), which the
   line's first text (f->a) leaves out as junk */
static bool open_quote(sctx *x, size_t j)
{
    size_t a = x->t->lines[j].start + x->t->lines[j].indent, b = x->li[j].b;
    const unsigned char *u = (const unsigned char *)x->s + a;
    return b > a + 1 && ((u[0] == 0xC2 && u[1] == 0xAB) || u[0] == '"'
                         || (b > a + 2 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x9C));
}

/* line j goes on with the title of line prev although it starts with a
   capital or a quotation mark ("... à l'association\n« Les Amis de
   l'Orgue » pour ..."): line prev is a full line (60 bytes or more) that
   ends with no stop, line j holds no colon when it starts with a
   capital, and a blank line (or the end of the heading zone) comes
   within 3 lines from j after a line with no stop: the title block ends
   there */
static bool authority_line(const char *p, size_t n);

/* the end of s[a, b) trimmed, without a lone mark . : ; standing after
   a blank and a token of 2 characters or less: an OCR tail of specks
   after a title's last word ("… de Liverrion . en ) Fe :", "Saint-Pierre
   4 ï ;"), no stop; a mark after a word ("ce qui suit :") or a number
   ("l'article 5 ;") stays */
static size_t speck_stop_cut(const char *s, size_t a, size_t b)
{
    size_t e = trim_end(s, a, b);
    if (e < a + 3 || !strchr(".:;", s[e - 1]) || !is_blank(s[e - 2]))
        return e;
    size_t t = trim_end(s, a, e - 1), w = t, chars = 0;
    while (w > a && !is_blank(s[w - 1])) {
        w--;
        if (digit(s[w]))
            return e;   /* "… l'article 5 ;": a number ends the clause */
        chars += ((unsigned char)s[w] & 0xC0) != 0x80;
    }
    return w > a && chars <= 2 ? t : e;
}

static bool title_cont(sctx *x, size_t prev, size_t j, size_t hz)
{
    const char *s = x->s;
    size_t pa = x->t->lines[prev].start, pb = x->li[prev].b;
    while (pb > pa && is_blank(s[pb - 1]))
        pb--;
    if (pb - pa < 60 || strchr(".:;!?", s[pb - 1]))
        return false;
    size_t a = x->t->lines[j].start + x->t->lines[j].indent, b = x->li[j].b, n;
    bool quote = open_quote(x, j);
    if (!quote && !(b > a && case_at(s + a, b - a, &n) > 0 && !memchr(s + a, ':', b - a)))
        return false;   /* (not a label line "Rapporteur : M. X") */
    /* nor a paragraph of prose in mixed case under a title in capitals
       ("OBJET : PRIX DE L'EAU … AU 1er JANVIER 2025" / "Le Président
       rappelle que …" + its next line: OCR dropped the blank between) */
    if (!quote && upper_line(x, prev) && !upper_line(x, j) && j + 1 < hz
        && !(x->li[j + 1].k & (K_BLANK | K_SKIP)))
        return false;
    /* nor the issuing authority's line ending with a comma ("Le
       Président de la Communauté d'agglomération …,"): the preamble
       right under the title once OCR dropped the blank line between */
    if (!quote && s[trim_end(s, a, b) - 1] == ',' && authority_line(s + a, b - a))
        return false;
    for (size_t k = j + 1; k <= j + 3; k++)
        if (k >= hz || (x->li[k].k & K_BLANK)) {
            /* the block's last line ends with no stop (not a paragraph
               of prose under the title) */
            size_t la = x->li[k - 1].a, lb = speck_stop_cut(s, la, x->li[k - 1].b);
            return lb > la && !strchr(".:;!?", s[lb - 1]);
        }
    return false;
}

/* an opening bracket in t[0..n) that no closing one follows */
static bool open_paren(const char *t, size_t n)
{
    int depth = 0;
    for (size_t k = 0; k < n; k++)
        if (t[k] == '(')
            depth++;
        else if (t[k] == ')' && depth > 0)
            depth--;
    return depth > 0;
}

/* s[a, b) closes a bracket opened before it: a ')' before any '(' */
static bool paren_closes(const char *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (s[k] == '(')
            return false;
        else if (s[k] == ')')
            return true;
    return false;
}

/* line j goes on with a title although it opens with a bracket:
   "(tranche 2) – Attribution du marché" (the bracket closes on the line,
   no colon inside it, a lower-case word or a digit opens it or the line
   goes on after it); not "(Rapporteur : M. X)", "(Annexe)" */
static bool bracket_cont(const sctx *x, size_t j)
{
    const char *s = x->s;
    size_t a = x->li[j].a, b = x->li[j].b;
    if (b - a < 4 || s[a] != '(')
        return false;
    size_t k = a + 1;
    while (k < b && s[k] != ')' && s[k] != '(' && s[k] != ':')
        k++;
    if (k >= b || s[k] != ')' || k == a + 1)
        return false;
    unsigned char c = (unsigned char)s[a + 1];
    return (c >= 'a' && c <= 'z') || digit(s[a + 1]) || trim_end(s, k + 1, b) > k + 1;
}

/* line j goes on with the title of line prev although it opens with a
   number: "... – Programme" / "2026 et attribution d'une enveloppe":
   line prev ends with no stop, line j opens with at most 4 digits, one
   blank and a lower-case word (or a code "2026 DAC 118" then a
   lower-case word); not a list item or a reference ("1. ...",
   "2026-0418 ...", "3) ..."), nor an amount ("2 000 € ...") */
static bool num_cont(sctx *x, size_t prev, size_t j)
{
    const char *s = x->s;
    size_t a = x->li[j].a, b = x->li[j].b, k = a, n;
    if (b - a < 6 || !digit(s[a]))
        return false;
    /* "… sur le projet de délibération" / "2026 DAC 118 portant …": a
       year-direction-rank code (the Conseil de Paris style) then a
       lower-case word */
    size_t yc = b - a >= 12 ? ex_year_code(s + a, b - a) : 0;
    if (yc && a + yc + 2 < b && s[a + yc] == ' ' && case_at(s + a + yc + 1, b - a - yc - 1, &n) < 0) {
        size_t pa = x->li[prev].a, pb = trim_end(s, pa, x->li[prev].b);
        return pb > pa && !strchr(".:;!?,", s[pb - 1]);
    }
    /* "… de la voirie communale" / "2026-2029 – lots n° 1 …": a range
       of years opening the line, then a blank (the title's period) */
    if (b - a >= 11 && ex_year_head(s, a) && digit(s[a + 2]) && digit(s[a + 3]) && s[a + 4] == '-'
        && ex_year_head(s, a + 5) && digit(s[a + 7]) && digit(s[a + 8]) && is_blank(s[a + 9])) {
        size_t pa = x->li[prev].a, pb = trim_end(s, pa, x->li[prev].b);
        return pb > pa && !strchr(".:;!?,", s[pb - 1]);
    }
    while (k < b && k < a + 5 && digit(s[k]))
        k++;
    /* a street number and its comma: "… logement communal situé" /
       "2, rue de l'Ancienne-Poste" (the street's kind after it; not "2,
       les travaux …") */
    if (k - a <= 4 && k + 3 < b && s[k] == ',' && s[k + 1] == ' ') {
        size_t st = ex_street_word(s + k + 2, b - k - 2);
        if (!st || k + 2 + st >= b || !is_blank(s[k + 2 + st]))
            return false;
        k++;
    }
    if (k - a > 4 || k + 2 >= b || s[k] != ' ' || case_at(s + k + 1, b - k - 1, &n) >= 0)
        return false;
    size_t pa = x->li[prev].a, pb = trim_end(s, pa, x->li[prev].b);
    return pb > pa && !strchr(".:;!?,", s[pb - 1]);
}

/* a dash opening line i ("– Conférence des financeurs"): the bytes of
   the dash and the blanks after it (from the line's first non-blank),
   or 0 */
static size_t dash_open(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    size_t a = x->t->lines[i].start + x->t->lines[i].indent; /* f->a is after the dash (junk) */
    const unsigned char *u = (const unsigned char *)x->s + a;
    size_t n = f->b > a ? f->b - a : 0, m = 0;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
        m = 3;
    else if (n >= 1 && u[0] == '-')
        m = 1;
    if (!m || m >= n || !is_blank((char)u[m]))
        return 0;
    while (m < n && is_blank((char)u[m]))
        m++;
    return m < n ? m : 0;
}

/* line j, right under the title line prev, goes on with a dash: "Convention
   avec la Caisse ... pour l'autonomie" / "– Conférence des financeurs
   2024-2026".  Not after a colon or a full stop (a list announced), and
   not when the line after it opens with a dash too (a dash list). */
static bool dash_part(sctx *x, size_t prev, size_t j, size_t hz)
{
    if (!dash_open(x, j))
        return false;
    const linfo *p = &x->li[prev];
    size_t pe = trim_end(x->s, p->a, p->b);
    if (pe <= p->a || x->s[pe - 1] == ':' || x->s[pe - 1] == ';' || x->s[pe - 1] == '.')
        return false;
    return !(j + 1 < hz && !(x->li[j + 1].k & (K_BLANK | K_SKIP)) && dash_open(x, j + 1));
}

/* s[a, a+4) is a year 19xx or 20xx */
static bool year4(const char *s, size_t a)
{
    return ex_year_head(s, a) && digit(s[a + 2]) && digit(s[a + 3]);
}

/* line i is a year alone ("2024"), a continuation of the title above it
   that lines.c marks as a lone page number, or a range of years alone
   ("2026-2032", "2026 - 2032", "2026–2032": the title's period) */
static bool year_line(sctx *x, size_t i)
{
    const linfo *f = &x->li[i];
    const char *s = x->s;
    size_t a = f->a, b = trim_end(s, f->a, f->b);
    if (b - a < 4 || !year4(s, a))
        return false;
    if (b - a == 4)
        return true;
    if (b - a < 9 || !year4(s, b - 4))
        return false;
    size_t k = a + 4, e = b - 4;
    while (k < e && is_blank(s[k]))
        k++;
    if (k < e && s[k] == '-')
        k++;
    else if (k + 3 <= e && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80
             && ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94))
        k += 3;
    else
        return false;
    while (k < e && is_blank(s[k]))
        k++;
    return k == e;
}

/* last word of a piece is a connector: the title goes on */
bool ends_connector(const char *s, size_t a, size_t b)
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
    kwpre t = kw_pre(s + w, b - w);
    for (size_t i = 0; con[i]; i++) {
        if (!kw_may(con[i], t))
            continue;
        size_t m = kw(s + w, b - w, con[i], false);
        if (m && m == b - w)
            return true;
    }
    return false;
}

/* the piece s[a, b) ends with the kind of a grouping of communes that
   its name must follow: "… de la communauté de communes" / "Cœur
   d'Astarac", "… de la communauté d'agglomération" / "Grand X" */
static bool ends_grouping_kind(const char *s, size_t a, size_t b)
{
    b = trim_end(s, a, b);
    size_t w = b;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    if (w == b || ((s[w] | 0x20) != 'c' && (s[w] | 0x20) != 'd'))
        return false;
    if (kw(s + w, b - w, "d'agglomeration", false) == b - w)
        return true;
    if (kw(s + w, b - w, "communes", false) != b - w)
        return false;
    size_t v = w;
    while (v > a && is_blank(s[v - 1]))
        v--;
    return v >= a + 2 && (s[v - 1] | 0x20) == 'e' && (s[v - 2] | 0x20) == 'd' && (v == a + 2 || is_blank(s[v - 3]));
}

/* ends_connector()'s answer read without the OCR letter confusions: a
   dash or a comma, or the last word printed as a connector ("de", "la",
   "à", "d'"); "des services ie" (a speck, which kw() reads as "le") is
   none.  Crossing a blank line needs this one */
static bool plain_connector(const char *s, size_t a, size_t b)
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
    size_t n = b - w;
    if (n == 2 && (unsigned char)s[w] == 0xC3 && ((unsigned char)s[w + 1] == 0xA0 || (unsigned char)s[w + 1] == 0x80))
        return true;    /* "à" */
    if (n == 4 && (s[w + 1] == (char)0xE2) && (unsigned char)s[w + 2] == 0x80 && (unsigned char)s[w + 3] == 0x99)
        n = 2;          /* "d’", "l’": as "d'" */
    static const char *const con[] = {"et", "de", "du", "des", "la", "le", "les", "a", "au", "aux", "en",
                                       "pour", "sur", "par", "avec", "dans", "d'", "l'", NULL};
    for (size_t i = 0; con[i]; i++) {
        size_t k = 0;
        if (strlen(con[i]) != n)
            continue;
        for (; k < n; k++) {
            char ch = s[w + k];
            if (ch >= 'A' && ch <= 'Z')
                ch = (char)(ch + 32);
            if ((unsigned char)ch >= 0x80 && con[i][k] == '\'')
                ch = '\'';
            if (ch != con[i][k])
                break;
        }
        if (k == n)
            return true;
    }
    return false;
}

/* the piece [a, b) ends with a dash after a blank ("financement -",
   "vente : –") */
static bool spaced_dash_end(const char *s, size_t a, size_t b)
{
    b = trim_end(s, a, b);
    size_t w = b;
    if (w > a && s[w - 1] == '-')
        w--;
    else if (w >= a + 3 && (unsigned char)s[w - 3] == 0xE2 && (unsigned char)s[w - 2] == 0x80
             && ((unsigned char)s[w - 1] == 0x93 || (unsigned char)s[w - 1] == 0x94))
        w -= 3;
    else
        return false;
    return w > a && is_blank(s[w - 1]);
}

/* next non-blank, non-skipped line after i, before lim (or lim) */
size_t next_line(sctx *x, size_t i, size_t lim)
{
    for (size_t j = i + 1; j < lim; j++)
        if (!(x->li[j].k & (K_BLANK | K_SKIP)))
            return j;
    return lim;
}

/* line j follows line prev in the same paragraph */
bool adjacent(sctx *x, size_t prev, size_t j)
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
        if (li_letters(x, j) < 3)
            continue;
        return j;
    }
    return lim;
}

/* end of an upper-case piece without OCR tail junk ("VILLE DE a",
   "MEMBRES oi sie") */
size_t upper_trim(const char *s, size_t a, size_t b)
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

/* end of a title line: blanks and OCR junk off, but a comma that ends
   the line stays ("... DU PAS-DE-CALAIS," + "TERRITOIRE ..."); sb_str
   drops it when it ends the whole title */
static size_t title_end(const char *s, size_t a, size_t b)
{
    size_t t = trim_end(s, a, b);
    /* (an OCR speck "." after a blank, no full stop: "… à Mme X, .") */
    if (t >= a + 3 && s[t - 1] == '.' && is_blank(s[t - 2]))
        t = trim_end(s, a, t - 1);
    if (t >= a + 2 && s[t - 1] == ',' && !is_blank(s[t - 2]) && s[t - 2] != ',')
        return t;
    return trim_end_junk(s, a, b);
}

/* end of a line of an upper-case title block: title_end(), and OCR
   tail junk after the capitals ("... MEMBRES oi sie : :") unless the
   line ends with the comma that continues the title */
static size_t block_line_end(const char *s, size_t a, size_t b)
{
    size_t e = title_end(s, a, b);
    if (e > a && s[e - 1] == ',')
        return e;
    /* trailing words of 1 to 3 lower-case letters after capitals */
    if (upper_pct(s, a, e, NULL) < 70)
        return e;
    for (;;) {
        size_t w = e;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        if (w <= a)
            return e;
        size_t L, n;
        int up = upper_pct(s, w, e, &L);
        bool letters_only = true;
        for (size_t q = w; q < e; q += n)
            if (!case_at(s + q, e - q, &n))
                letters_only = false;
        if (!(letters_only && up == 0 && L >= 1 && L <= 3))
            return e;
        e = trim_end_junk(s, a, w);
    }
}

/* ------------------------------------------------------------------ */
/* Heading fields */

/* "COLLÈGE A (professeurs …)", "COLLÈGE DES PERSONNELS BIATSS": an
   electoral collège heading of an attendance list (a university's, a
   chambre's board), no EPLE's name: after the key [0, m) a single
   letter, or de / des / du and a word of the members' groups */
static bool college_group(const char *p, size_t n, size_t m)
{
    static const char *const grp[] = {
        "personnels", "usagers", "etudiants", "salaries", "exploitants", "elus", "membres", "representants",
        "enseignants", "enseignants-chercheurs", "proprietaires", "employeurs", "administrateurs", "parents",
        "eleves", "agents", "titulaires", "suppleants", "associes", "beneficiaires", "locataires", "personnalites",
        "professeurs", "chercheurs", "doctorants", "anciens", "groupements", NULL};
    while (m < n && is_blank(p[m]))
        m++;
    if (m < n && p[m] >= 'A' && p[m] <= 'Z' && (m + 1 == n || is_blank(p[m + 1]) || p[m + 1] == '('))
        return true;
    size_t k = kw(p + m, n - m, "des", true);
    if (!k && !(k = kw(p + m, n - m, "du", true)) && !(k = kw(p + m, n - m, "de", true)))
        return false;
    m += k;
    while (m < n && is_blank(p[m]))
        m++;
    for (size_t i = 0; grp[i]; i++)
        if (kw(p + m, n - m, grp[i], true))
            return true;
    return false;
}

/* CR_CAP: the key counts only in a line in capitals (prefet*, college,
   lycee, centre hospitalier, ehpad); CR_APOS: it ends with an
   apostrophe (tried unbounded too); CR_BARE: a bare word ("COMMUNE"),
   only as a whole upper-case heading (below) */
enum { CR_CAP = 1, CR_APOS = 2, CR_BARE = 4 };
static const struct { const char *k; int r; unsigned fl; } cr_keys[] = {
    {"commune de", 3, 0}, {"commune d'", 3, CR_APOS}, {"commune nouvelle de", 3, 0}, {"commune nouvelle d'", 3, CR_APOS},
    {"ville de", 3, 0}, {"ville d'", 3, CR_APOS}, {"mairie de", 3, 0}, {"mairie d'", 3, CR_APOS}, {"communaute de communes", 3, 0}, {"communaute d'agglomeration", 3, 0},
    {"communaute urbaine", 3, 0}, {"communaute d'agglo", 3, 0}, {"metropole", 3, 0}, {"syndicat", 3, 0},
    {"sivom", 3, 0}, {"sivu", 3, 0}, {"smictom", 3, 0}, {"sictom", 3, 0}, {"pole metropolitain", 3, 0},
    {"petr", 3, 0}, {"pole d'equilibre territorial", 3, 0}, {"etablissement public territorial", 3, 0}, {"centre communal d'action sociale", 3, 0},
    {"centre intercommunal d'action sociale", 3, 0}, {"service departemental d'incendie", 3, 0},
    /* an EPLE's letterhead "COLLÈGE JEAN ROSTAND", "LYCÉE ..."
       (capitals only, as the prefect's) */
    {"college", 3, CR_CAP}, {"lycee", 3, CR_CAP},
    /* a public hospital's, an EHPAD's letterhead (capitals only) */
    {"centre hospitalier", 3, CR_CAP}, {"ehpad", 3, CR_CAP},
    {"departement de", 2, 0}, {"departement du", 2, 0}, {"departement des", 2, 0}, {"departement d'", 2, CR_APOS},
    {"region", 2, 0}, {"collectivite", 2, 0}, {"conseil departemental d", 2, 0},
    {"prefecture de", 1, 0}, {"prefecture du", 1, 0}, {"prefecture des", 1, 0}, {"prefecture d'", 1, CR_APOS},
    /* a prefect's letterhead "PRÉFET DE LA GIRONDE" (capitals only) */
    {"prefete de", 1, CR_CAP}, {"prefete du", 1, CR_CAP}, {"prefete des", 1, CR_CAP}, {"prefete d'", 1, CR_CAP | CR_APOS},
    {"prefet de", 1, CR_CAP}, {"prefet du", 1, CR_CAP}, {"prefet des", 1, CR_CAP}, {"prefet d'", 1, CR_CAP | CR_APOS},
    /* the collectivités of the Pacific (statute of their own): "POLYNÉSIE
       FRANÇAISE", "NOUVELLE-CALÉDONIE" and its three provinces (a
       province under the territory's line is the one that acts) */
    {"polynesie francaise", 2, 0}, {"nouvelle-caledonie", 2, 0}, {"province des iles", 3, 0},
    {"province nord", 3, 0}, {"province sud", 3, 0},
    /* an agglomération named without "communauté" ("AGGLOMÉRATION
       DU PAYS DE …": capitals only, as the EPLE's) */
    {"agglomeration du", 3, CR_CAP}, {"agglomeration de", 3, CR_CAP}, {"agglomeration d'", 3, CR_CAP | CR_APOS},
    {"commune", 3, CR_BARE}, {"ville", 3, CR_BARE}, {"departement", 2, CR_BARE}, {"prefete", 1, CR_CAP | CR_BARE},
    {"prefet", 1, CR_CAP | CR_BARE},
    /* the districts (EPCI until 1999: archives): "DISTRICT URBAIN DE
       LA HAUTE-VESLE", "District rural de …"; "DISTRICT DE …" in
       capitals only */
    {"district urbain", 3, 0}, {"district rural", 3, 0}, {"district de", 3, CR_CAP},
    {"district du", 3, CR_CAP}, {"district des", 3, CR_CAP}, {"district d'", 3, CR_CAP | CR_APOS},
};
/* the keys by first letter: their indexes + 1, in table order, 0
   ending each list (keep with the table) */
static const unsigned char cr_by_first[26][22] = {
    ['a' - 'a'] = {54, 55, 56},
    ['c' - 'a'] = {1, 2, 3, 4, 9, 10, 11, 12, 23, 24, 26, 28, 35, 36, 57},
    ['d' - 'a'] = {30, 31, 32, 33, 59, 62, 63, 64, 65, 66, 67},
    ['e' - 'a'] = {22, 29},
    ['l' - 'a'] = {27},
    ['m' - 'a'] = {7, 8, 13},
    ['n' - 'a'] = {50},
    ['p' - 'a'] = {19, 20, 21, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 60, 61},
    ['r' - 'a'] = {34},
    ['s' - 'a'] = {14, 15, 16, 17, 18, 25},
    ['v' - 'a'] = {5, 6, 58},
};

/* the table above and its index by first letter agree: every key is in
   its letter's list, once, and every list names keys of its letter (for
   the unit tests: the index is kept by hand) */
bool ex_st_collectivity_keys_ok(void)
{
    size_t nkeys = sizeof cr_keys / sizeof cr_keys[0];
    for (size_t i = 0; i < nkeys; i++) {
        unsigned char f = (unsigned char)cr_keys[i].k[0];
        if (f < 'a' || f > 'z')
            return false;
        size_t seen = 0;
        for (const unsigned char *li = cr_by_first[f - 'a']; *li; li++)
            seen += (size_t)*li == i + 1;
        if (seen != 1)
            return false;
    }
    for (int x = 0; x < 26; x++)
        for (const unsigned char *li = cr_by_first[x]; *li; li++)
            if (*li > nkeys || cr_keys[*li - 1].k[0] != 'a' + x)
                return false;
    return true;
}

static int collectivity_rank(const char *p, size_t n, size_t *kwlen)
{
    size_t nkeys = sizeof cr_keys / sizeof cr_keys[0];
    /* kw() compares an ASCII first byte as it is, lower-cased: only the
       keys with that first letter can match (no key starts with a letter
       kw() lets OCR confuse) */
    unsigned char b0 = n ? (unsigned char)p[0] : 0;
    char f0 = b0 >= 'A' && b0 <= 'Z' ? (char)(b0 + 32) : (char)b0;
    if (!n)
        return 0;
    /* a letterhead is capitalised: a line opening in lower case goes on
       a sentence ("… au profit du" / "syndicat intercommunal des eaux") */
    if (b0 >= 'a' && b0 <= 'z')
        return 0;
    /* "acdelmnprsv": the keys' first letters (keep with the table) */
    if (b0 < 0x80) {
        switch (f0) {
        case 'a': case 'c': case 'd': case 'e': case 'l': case 'm': case 'n': case 'p': case 'r': case 's': case 'v':
            break;
        default:
            return 0;
        }
    }
    /* "SECTION DE COMMUNE DE LA MONTAGNE DU PUECH": a section de commune
       (CGCT L. 2411-1), a legal person of its own inside its commune */
    if (f0 == 's') {
        size_t m = kw(p, n, "section de commune", true);
        if (m) {
            *kwlen = m;
            return 3;
        }
    }
    /* "CCAS DE BELLERIVE", "CIAS DU VAL D'ANCE": a (inter)communal
       centre d'action sociale by its acronym, with its place (the
       expansion alone on the next line names no place: not better) */
    if (f0 == 'c' && n > 8 && (p[1] == 'C' || p[1] == 'I') && p[2] == 'A' && p[3] == 'S' && p[4] == ' ') {
        static const char *const acr[] = {"ccas de", "ccas du", "ccas des", "ccas d'", "cias de", "cias du", "cias des", "cias d'"};
        for (size_t k = 0; k < sizeof acr / sizeof acr[0]; k++) {
            size_t m = kw(p, n, acr[k], k % 4 != 3);
            if (m) {
                *kwlen = m;
                return 3;
            }
        }
    }
    /* the upper-case share, computed when first needed (-1: not yet);
       bare: the CR_BARE keys allowed (-1: not decided yet) */
    int up = -1, bare = -1;
    /* an ASCII first byte: only the keys with its letter, in table order
       (the others are skipped by the test below); else every key */
    const unsigned char *li = b0 < 0x80 ? cr_by_first[f0 - 'a'] : NULL;
    for (size_t t = 0; li ? li[t] != 0 : t < nkeys; t++) {
        size_t i = li ? (size_t)li[t] - 1 : t;
        size_t m = kw(p, n, cr_keys[i].k, true);
        if (!m && (cr_keys[i].fl & CR_APOS))
            m = kw(p, n, cr_keys[i].k, false);
        /* the bare words (CR_BARE) only as a whole upper-case heading:
           "COMMUNE", not a table head "Commune . Opération"; decided
           when the first of them matches (none matching, the answer is
           0 either way: kw() and the test are pure) */
        if (m && (cr_keys[i].fl & CR_BARE)) {
            if (bare < 0) {
                size_t words = 0;
                for (size_t k = 0; k < n && words <= 3; k++)
                    if (!is_blank(p[k]) && (k == 0 || is_blank(p[k - 1])))
                        words++;
                bare = !(words > 3 || (up = upper_pct(p, 0, n, NULL)) < 70);
            }
            if (!bare)
                continue;
        }
        /* (the upper-case share only once such a key matched: both
           tests are pure) */
        if (m && (cr_keys[i].fl & CR_CAP)) {
            if (up < 0)
                up = upper_pct(p, 0, n, NULL);
            if (up < 70)
                continue; /* "Préfet de la région ...," under the authority */
            if (cr_keys[i].k[1] == 'o' && college_group(p, n, m))
                continue;
        }
        if (m) {
            *kwlen = m;
            return cr_keys[i].r;
        }
    }
    return 0;
}

static size_t assembly_at(const char *p, size_t n);

/* a collectivity in mixed case goes on on line j ("Syndicat
   Intercommunal d'Adduction" + "d'Eau Potable de la Vallée"): j opens
   with de / du / des / d' (then la / l' / les) and a capital, and names
   no assembly ("du Conseil municipal") */
static bool mixed_continuation(sctx *x, size_t j)
{
    const char *s = x->s;
    size_t a = x->li[j].a, b = x->li[j].b, m;
    if (!(m = kw(s + a, b - a, "du ", false)) && !(m = kw(s + a, b - a, "de ", false))
        && !(m = kw(s + a, b - a, "des ", false)) && !(m = kw(s + a, b - a, "d'", false)))
        return false;
    if (s[a] != 'd')
        return false;
    a += m;
    while (a < b && is_blank(s[a]))
        a++;
    if ((m = kw(s + a, b - a, "la ", false)) || (m = kw(s + a, b - a, "les ", false))
        || (m = kw(s + a, b - a, "l'", false)))
        a += m;
    size_t cn;
    return a < b && case_at(s + a, b - a, &cn) > 0 && !assembly_at(s + a, b - a);
}

/* The French départements (names folded: lower case, no accents; a
   hyphen also read as a blank), for the bracket that follows a
   collectivity's name on a letterhead: "Ville de X (Hérault)". */
static const char *const departements[] = {
    "ain", "aisne", "allier", "alpes-de-haute-provence", "hautes-alpes", "alpes-maritimes", "ardeche",
    "ardennes", "ariege", "aube", "aude", "aveyron", "bouches-du-rhone", "calvados", "cantal", "charente",
    "charente-maritime", "cher", "correze", "corse-du-sud", "haute-corse", "corse", "cote-d'or", "cotes-d'armor",
    "creuse", "dordogne", "doubs", "drome", "eure", "eure-et-loir", "finistere", "gard", "haute-garonne",
    "gers", "gironde", "herault", "ille-et-vilaine", "indre", "indre-et-loire", "isere", "jura", "landes",
    "loir-et-cher", "loire", "haute-loire", "loire-atlantique", "loiret", "lot", "lot-et-garonne", "lozere",
    "maine-et-loire", "manche", "marne", "haute-marne", "mayenne", "meurthe-et-moselle", "meuse", "morbihan",
    "moselle", "nievre", "nord", "oise", "orne", "pas-de-calais", "puy-de-dome", "pyrenees-atlantiques",
    "hautes-pyrenees", "pyrenees-orientales", "bas-rhin", "haut-rhin", "rhone", "haute-saone",
    "saone-et-loire", "sarthe", "savoie", "haute-savoie", "paris", "seine-maritime", "seine-et-marne",
    "yvelines", "deux-sevres", "somme", "tarn", "tarn-et-garonne", "var", "vaucluse", "vendee", "vienne",
    "haute-vienne", "vosges", "yonne", "territoire de belfort", "essonne", "hauts-de-seine",
    "seine-saint-denis", "val-de-marne", "val-d'oise", "guadeloupe", "martinique", "guyane", "la reunion",
    "reunion", "mayotte", NULL
};

/* p[0..n) is the whole name of a département (case and accents
   folded, "Côtes d'Armor" as "Côtes-d'Armor") */
static bool departement_name(const char *p, size_t n)
{
    for (size_t i = 0; departements[i]; i++) {
        if (kw(p, n, departements[i], true) == n)
            return true;
        if (strchr(departements[i], '-')) {
            char k[32];
            size_t kl = strlen(departements[i]);
            if (kl >= sizeof k)
                continue;
            for (size_t j = 0; j <= kl; j++)
                k[j] = departements[i][j] == '-' ? ' ' : departements[i][j];
            if (kw(p, n, k, true) == n)
                return true;
        }
    }
    return false;
}

/* "Ville de Lunel-Viel (Hérault)": a département in brackets after a
   collectivity's name is no part of it; the end of s[a..b) without it
   (b when the bracket holds anything else: "(ex-Saint-X)") */
static size_t departement_cut(const char *s, size_t a, size_t b)
{
    size_t e = trim_end(s, a, b);
    /* (OCR may read the closing bracket '}' or ']': "(Hérault}") */
    if (e < a + 4 || (s[e - 1] != ')' && s[e - 1] != '}' && s[e - 1] != ']'))
        return b;
    size_t o = e - 1;
    while (o > a && s[o - 1] != '(' && e - o < 40)
        o--;
    /* "Neuvy-le-Bois(Indre)": OCR may lose the blank before the
       bracket; a letter there is as good (a département name must
       still fill the bracket) */
    if (o <= a + 1 || s[o - 1] != '('
        || !(is_blank(s[o - 2]) || ((s[o - 2] | 0x20) >= 'a' && (s[o - 2] | 0x20) <= 'z')
             || (unsigned char)s[o - 2] >= 0x80))
        return b;
    size_t ia = o, ib = e - 1;
    while (ia < ib && is_blank(s[ia]))
        ia++;
    ib = trim_end(s, ia, ib);
    if (ib <= ia || !departement_name(s + ia, ib - ia))
        return b;
    return trim_end(s, a, o - 1);
}

/* OCR: a token of one or two letters standing apart at the end of
   s[a, e), a lower-case one in it, no French word (fr_two_letters()),
   specks after it on the line (trim_end_junk() cut them: e is before
   b's blanks): the end before it, else e ("Pôle Aménagement et
   Mobilités He : ;", "Direction de la Culture io . :") */
static size_t junk_word_tail(const char *s, size_t a, size_t e, size_t b)
{
    if (trim_end(s, a, b) == e)
        return e;
    size_t w = e;
    bool lower = false;
    while (w > a && e - w < 3 && ((s[w - 1] | 32) >= 'a' && (s[w - 1] | 32) <= 'z')) {
        lower |= s[w - 1] >= 'a';
        w--;
    }
    if (!lower || e - w > 2 || w < a + 3 || !is_blank(s[w - 1]))
        return e;
    char lw[2] = {(char)(s[w] | 32), e - w == 2 ? (char)(s[w + 1] | 32) : 0};
    if (e - w == 2 && fr_two_letters(lw))
        return e;
    return trim_end(s, a, w);
}

/* The right column of a two-column letterhead joined to the
   collectivity's name by OCR (the column gap read as one blank, or as
   a lone '.', ':' or ';' between blanks): the end of s[a..b) before
   it, else b.  The right column is recognised by a lone punctuation
   mark between blanks (no name holds one), or by the words that open
   such a column: an ACTES stamp phrase (stamp_phrase_kw(), shared with
   segment.c's stamp_cut(); "ID" also read "{D", or glued "ID:"), an ACTES identifier
   "ddd-ddddddddd-", "Registre des …", "Page N", "Réf.", "République
   française" - an OCR speck (a quote, '-' or '*') may stand glued before
   the word.  Searched after the collectivity's
   keyword only (from a + kl). */
static size_t ocr_column_cut(const char *s, size_t a, size_t kl, size_t b)
{
    for (size_t q = a + kl + 1; q < b; q++) {
        if (!is_blank(s[q - 1]) || is_blank(s[q]))
            continue;
        if ((s[q] == '.' || s[q] == ':' || s[q] == ';') && (q + 1 == b || is_blank(s[q + 1])))
            return trim_end(s, a, q);
        size_t r = q;
        if (b - r >= 3 && (unsigned char)s[r] == 0xE2 && (unsigned char)s[r + 1] == 0x80
            && ((unsigned char)s[r + 2] == 0x98 || (unsigned char)s[r + 2] == 0x99))
            r += 3;
        else if (s[r] == '\'' || s[r] == '`' || s[r] == '"' || s[r] == '-' || s[r] == '*')
            r++;    /* (a speck glued before the word: "X -Date de réception") */
        size_t n = b - r;
        /* "COMMUNE DE X RÉPUBLIQUE FRANÇAISE": the motto of the right
           column is never part of a collectivity's name */
        if (stamp_phrase_kw(s, r, b) || kw(s + r, n, "registre des", false) || kw(s + r, n, "ref :", false)
            || kw(s + r, n, "republique francaise", true)
            || kw(s + r, n, "ref.", false) || kw(s + r, n, "date de teletransmission", false)
            || kw(s + r, n, "date de reception", false))
            return trim_end(s, a, q);
        /* the session line of the right column, capitalised ("Réunion du
           jeudi 12 décembre 2024"; "LA RÉUNION" in capitals is a name) */
        if ((s[r] == 'R' || s[r] == 'S' || (unsigned char)s[r] == 0xC3) && n > 4
            && (kw(s + r, n, "reunion du ", false) || kw(s + r, n, "seance du ", false))) {
            size_t l2 = (unsigned char)s[r] == 0xC3 ? r + 2 : r + 1;
            if (l2 < b && ((s[l2] >= 'a' && s[l2] <= 'z') || (unsigned char)s[l2] == 0xC3))
                return trim_end(s, a, q);
        }
        /* the assembly heading the right column, in capitals
           ("SERVICE DÉPARTEMENTAL D'INCENDIE CONSEIL D'ADMINISTRATION") */
        if (s[r] >= 'A' && s[r] <= 'Z' && r + 1 < b && s[r + 1] >= 'A' && s[r + 1] <= 'Z'
            && assembly_at(s + r, n))
            return trim_end(s, a, q);
        /* the département line of the right column, in mixed case
           ("COMMUNE DE HOHENBRUCK-SUR-MODER Département du Bas-Rhin"; a
           name in capitals holds "DÉPARTEMENT") */
        if (s[r] == 'D' && n > 14 && ((s[r + 1] == 'e' && s[r + 2] == 'p') || ((unsigned char)s[r + 1] == 0xC3 && (unsigned char)s[r + 2] == 0xA9))) {
            size_t m = kw(s + r, n, "departement ", false);
            if (m && (kw(s + r + m, n - m, "du ", false) || kw(s + r + m, n - m, "de la ", false)
                      || kw(s + r + m, n - m, "des ", false) || kw(s + r + m, n - m, "de l'", false)
                      || kw(s + r + m, n - m, "de ", false)))
                return trim_end(s, a, q);
        }
        /* "ID :" with its I read as '{' or '[' (kw() takes 1 l | ! for it) */
        if (n >= 4 && (s[r] == '{' || s[r] == '[') && kw(s + r + 1, n - 1, "d :", false))
            return trim_end(s, a, q);
        /* "ID:" glued to its colon, in capitals */
        if (n >= 3 && s[r] == 'I' && s[r + 1] == 'D' && s[r + 2] == ':')
            return trim_end(s, a, q);
        size_t m = kw(s + r, n, "page ", false);
        if (m && m < n && digit(s[r + m]))
            return trim_end(s, a, q);
        size_t d = 0;
        while (d < n && digit(s[r + d]))
            d++;
        if (d == 3 && n > 13 && s[r + 3] == '-') {
            size_t e = 0;
            while (e < 9 && digit(s[r + 4 + e]))
                e++;
            if (e == 9 && s[r + 13] == '-')
                return trim_end(s, a, q);
        }
    }
    return b;
}

/* the end of a collectivity's name s[a..b): without a right column OCR
   joined to it, nor a département in brackets */
/* A name in capitals followed by short words holding a lower-case
   letter, OCR specks of the page ("COMMUNE DE MONTREVEL fe Fr",
   "DÉPARTEMENT DE LA NIÈVRE Le"): the end of s[a..b) before them, b
   when the name itself holds a lower-case letter (a mixed-case name:
   "Commune de Vieux-Mesnil") or the words are longer than two letters
   (a word of the name) */
static size_t lower_tail_cut(const char *s, size_t a, size_t b)
{
    size_t e = trim_end(s, a, b), w = e;
    for (;;) {
        size_t q = w;
        while (q > a && !is_blank(s[q - 1]))
            q--;
        if (q <= a || w - q > 2)
            break;
        bool lower = false;
        for (size_t r = q; r < w; r++)
            lower |= s[r] >= 'a' && s[r] <= 'z';
        if (!lower)
            break;
        w = trim_end(s, a, q);
    }
    if (w == e)
        return b;
    for (size_t r = a; r < w; r++)
        if (s[r] >= 'a' && s[r] <= 'z')
            return b;
    return w;
}

static size_t collectivity_end(const char *s, size_t a, size_t b)
{
    size_t kl = 0;
    if (collectivity_rank(s + a, b - a, &kl))
        b = ocr_column_cut(s, a, kl, b);
    return lower_tail_cut(s, a, departement_cut(s, a, b));
}

/* a capital ends at sb[q] (ASCII, or the second byte of C3 80..9E) */
static bool cap_end(const sbuf *sb, size_t q)
{
    unsigned char b = (unsigned char)sb->buf[q];
    return (b >= 'A' && b <= 'Z') || (q > 0 && (unsigned char)sb->buf[q - 1] == 0xC3 && b >= 0x80 && b <= 0x9E);
}

/* a capital starts at sb[q] */
static bool cap_start(const sbuf *sb, size_t q)
{
    unsigned char b = (unsigned char)sb->buf[q];
    return (b >= 'A' && b <= 'Z')
           || (b == 0xC3 && q + 1 < sb->n && (unsigned char)sb->buf[q + 1] >= 0x80 && (unsigned char)sb->buf[q + 1] <= 0x9E);
}

/* the characters of the word ending at sb[q] (back to a blank, '-',
   '\'' or the start) */
static size_t word_chars_before(const sbuf *sb, size_t from, size_t q)
{
    size_t n = 0;
    for (size_t r = q + 1; r > from && sb->buf[r - 1] != ' ' && sb->buf[r - 1] != '-' && sb->buf[r - 1] != '\'';
         r--)
        n += ((unsigned char)sb->buf[r - 1] & 0xC0) != 0x80;
    return n;
}

static void sb_cut(sbuf *sb, size_t q)
{
    memmove(sb->buf + q, sb->buf + q + 1, sb->n - q - 1);
    sb->n--;
}

/* OCR repairs of a collectivity's name (each is no character of a
   typed name):
   - ':' between capitals for the hyphen ("SUR:LOIRE"); after an
     article (LA, LE, LES, DE, DU, DES) for the blank ("DE LA:NIÈVRE");
   - '.' glued between two words of capitals ("LA.CHAPELLE", "MIXTE.DES"):
     a blank; '.' glued to a word of 4 capitals or more before a blank
     ("SYNDICAT MIXTE. DU BASSIN"): dropped (abbreviations: "ST.", "STE.");
   - "SAJNT", "SA1NT", "SAlNT" (I read J, 1, l) for SAINT;
   - a blank after a hyphen glued to a letter ("Lunel- Viel"). */
static void collectivity_repair(sbuf *sb, size_t from)
{
    for (size_t q = from + 1; q + 1 < sb->n; q++) {
        unsigned char n = (unsigned char)sb->buf[q + 1];
        char ch = sb->buf[q];
        if (ch == ':' && cap_end(sb, q - 1) && ((n >= 'A' && n <= 'Z') || n == 0xC3)) {
            static const char *const art[] = {"LA", "LE", "LES", "DE", "DU", "DES", NULL};
            size_t w = q;
            while (w > from && sb->buf[w - 1] != ' ' && sb->buf[w - 1] != '-')
                w--;
            bool after_art = false;
            for (size_t k = 0; art[k] && !after_art; k++)
                after_art = q - w == strlen(art[k]) && !memcmp(sb->buf + w, art[k], q - w);
            sb->buf[q] = after_art ? ' ' : '-';
        } else if (ch == '.' && cap_end(sb, q - 1)) {
            size_t wl = word_chars_before(sb, from, q - 1);
            if (cap_start(sb, q + 1) && wl >= 2) {
                size_t r = q + 1, nl = 0;
                while (r < sb->n && sb->buf[r] != ' ' && sb->buf[r] != '.' && sb->buf[r] != '-')
                    nl += ((unsigned char)sb->buf[r++] & 0xC0) != 0x80;
                if (nl >= 2)
                    sb->buf[q] = ' ';
            } else if (n == ' ' && wl >= 4) {
                sb_cut(sb, q);
                q--;
            }
        } else if (ch == '-' && n == ' ' && sb->buf[q - 1] != ' ' && q + 2 < sb->n && sb->buf[q + 2] != '-'
                   && sb->buf[q + 2] != ' ') {
            sb_cut(sb, q + 1);
        } else if (ch == '-' && n == ' ' && sb->buf[q - 1] != ' ' && q + 3 < sb->n && sb->buf[q + 2] == '-'
                   && sb->buf[q + 3] != ' ' && sb->buf[q + 3] != '-') {
            /* OCR: the hyphen doubled around a blank ("ROQUEFEUIL-
               -SUR-ANCE") */
            sb_cut(sb, q + 1);
            sb_cut(sb, q + 1);
        }
    }
    /* "SAJNT" (a word start) */
    for (size_t q = from; q + 5 <= sb->n; q++) {
        if ((q > from && sb->buf[q - 1] != ' ' && sb->buf[q - 1] != '-') || memcmp(sb->buf + q, "SA", 2)
            || !(sb->buf[q + 2] == 'J' || sb->buf[q + 2] == '1' || sb->buf[q + 2] == 'l')
            || memcmp(sb->buf + q + 3, "NT", 2))
            continue;
        size_t e = q + 5;
        if (e < sb->n && sb->buf[e] == 'E')
            e++;
        if (e == sb->n || sb->buf[e] == ' ' || sb->buf[e] == '-')
            sb->buf[q + 2] = 'I';
    }
}

/* the left block's part of a continuation line under two letterhead
   blocks joined by the scan: up to the second block's preposition, the
   next word "DU", "DE" or "DES" in capitals standing alone after the
   first one's ("DE LA HAUTE-VARDELLE DU BAS-LIMARGUE" -> "DE LA
   HAUTE-VARDELLE"; an elided "D'AZUR" is inside a name); from a (after
   the first preposition) to b, b when there is none */
static size_t twin_cut(const char *s, size_t a, size_t b)
{
    static const char *const preps[] = {"DU", "DE", "DES", NULL};
    for (size_t q = a + 1; q < b; q++) {
        if (!is_blank(s[q - 1]) || is_blank(s[q]))
            continue;
        for (size_t k = 0; preps[k]; k++) {
            size_t n = strlen(preps[k]);
            if (q + n < b && !memcmp(s + q, preps[k], n) && is_blank(s[q + n]))
                return trim_end(s, a, q);
        }
    }
    return b;
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
    /* a two-column letterhead joined by OCR with one blank: the
       capitals' collectivity, then the assembly of the right column in
       mixed case ("VILLE DE SAINT-X Conseil municipal") */
    for (size_t q = a + 1; q + 2 < b; q++) {
        if (s[q] >= 'a' && s[q] <= 'z')
            break;      /* the collectivity is in capitals */
        if (s[q] == ' ' && s[q + 1] >= 'A' && s[q + 1] <= 'Z' && s[q + 2] >= 'a' && s[q + 2] <= 'z'
            && assembly_at(s + q + 1, b - q - 1)) {
            b = trim_end(s, a, q);
            break;
        }
    }
    /* two prefects' letterheads on one line, the gap shrunk by the scan
       ("PRÉFET DE LA HAUTE-GARLANDE PRÉFÈTE DE L'ARDELLE"): the first */
    if (s[a] == 'P' && (kw(s + a, b - a, "prefet ", false) || kw(s + a, b - a, "prefete ", false)))
        for (size_t q = a + 7; q + 8 < b; q++) {
            /* one prefect with two titles: "PRÉFET DE LA RÉGION X PRÉFET
               DE Y", "PRÉFET DE LA ZONE DE DÉFENSE … PRÉFET DE Y" */
            if (s[q] == ' ' && (kw(s + q + 1, b - q - 1, "region ", false)
                                || kw(s + q + 1, b - q - 1, "zone ", false)))
                break;
            if (s[q] == ' ' && s[q + 1] == 'P'
                && (kw(s + q + 1, b - q - 1, "prefet ", false) || kw(s + q + 1, b - q - 1, "prefete ", false))) {
                b = trim_end(s, a, q);
                break;
            }
        }
    b = collectivity_end(s, a, b);
    /* two letterhead blocks side by side joined by the scan: the same
       word twice ("PRÉFET PRÉFET" over "DE LA HAUTE-VARDELLE DU
       BAS-LIMARGUE"): the left block's word alone, and below the left
       block's part of the continuation (twin_cut()) */
    bool twin = false;
    {
        size_t w1 = a;
        while (w1 < b && !is_blank(s[w1]))
            w1++;
        size_t w2 = w1;
        while (w2 < b && is_blank(s[w2]))
            w2++;
        if (w1 - a >= 4 && b - w2 == w1 - a && !memcmp(s + a, s + w2, w1 - a)) {
            twin = true;
            b = w1;
        }
    }
    sb_add(&sb, s + a, b - a);
    collectivity_repair(&sb, 0);
    /* "COMMUNE DE'SAINT-X": an OCR speck read as an apostrophe after
       DE, which elides only before a vowel or h ("D'ARGENSON") */
    for (size_t q = 2; q + 1 < sb.n; q++)
        if (sb.buf[q] == '\'' && (q == 2 || sb.buf[q - 3] == ' ') && (sb.buf[q - 2] == 'D' || sb.buf[q - 2] == 'd')
            && (sb.buf[q - 1] == 'E' || sb.buf[q - 1] == 'e') && sb.buf[q + 1] >= 'B' && sb.buf[q + 1] <= 'Z'
            && !strchr("EHIOUY", sb.buf[q + 1]))
            sb.buf[q] = ' ';
    /* continuation: "RÉGION" + "NORD-ATLANTIQUE", "VILLE DE" + "BERNIÈRES",
       "COMMUNAUTÉ DE COMMUNES" + "DU VAL D'ARGENSON" */
    size_t kl = 0;
    collectivity_rank(s + a, b - a, &kl);
    bool bare = trim_end_junk(s, a + kl, b) <= a + kl;
    bool dangling = ends_connector(s, a, b) && s[b - 1] != ',';
    size_t j = next_content(x, i, lim, 4);
    /* (its right column OCR joined to it cut: "VAL DE GASCOGNE Date de
       télétransmission : …") */
    size_t jb = j < lim ? ocr_column_cut(s, x->li[j].a, 0, x->li[j].b) : 0;
    if (j < lim
        && (jb < x->li[j].b ? upper_pct(s, x->li[j].a, jb, NULL) >= 75
                            : upper_line(x, j) || (!upper_line(x, i) && mixed_continuation(x, j)))
        && jb - x->li[j].a <= 60 && !(x->li[j].k & (K_LBL | K_NUMBER | K_NUMLINE))) {
        const linfo *g = &x->li[j];
        size_t ka;
        size_t pm = kw(s + g->a, g->b - g->a, "du ", false);
        if (!pm && !(pm = kw(s + g->a, g->b - g->a, "de ", false)) && !(pm = kw(s + g->a, g->b - g->a, "des ", false)))
            pm = kw(s + g->a, g->b - g->a, "d'", false);
        bool cont_prep = pm != 0;
        /* not the assembly after a lost registre line ("COMMUNE DE X" +
           "DU CONSEIL MUNICIPAL": OCR lost "EXTRAIT DU REGISTRE DES
           DELIBERATIONS" above it) */
        if (pm) {
            size_t ga = g->a + pm;
            while (ga < g->b && is_blank(s[ga]))
                ga++;
            if (ga < g->b && assembly_at(s + ga, g->b - ga))
                cont_prep = false;
        }
        /* (nor the assembly's line under a name that is its key whole:
           "POLYNÉSIE FRANÇAISE" / "ASSEMBLÉE DE LA POLYNÉSIE FRANÇAISE") */
        if ((bare || dangling || cont_prep) && !collectivity_rank(s + g->a, jb - g->a, &ka)
            && !(bare && (s[g->a] == 'A' || s[g->a] == 'C' || s[g->a] == 'B') && assembly_at(s + g->a, jb - g->a))) {
            size_t gb = upper_trim(s, g->a, jb);
            if (twin)
                gb = twin_cut(s, g->a + pm, gb);
            size_t from = sb.n;
            sb_add(&sb, s + g->a, gb - g->a);
            collectivity_repair(&sb, from);
        }
    }
    return sb_str(x, &sb);
}


/* a word of an organism's name at a word start in p[0..n): "VAL DE
   SOMME HABITAT", "OFFICE PUBLIC DE L'HABITAT", "SDIS DE LA SOMME",
   "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE" */
static bool organism_word(const char *p, size_t n, bool first_only)
{
    static const char *const words[] = {
        "habitat", "office", "syndicat", "sdis", "service departemental d'incendie", "centre de gestion",
        "centre intercommunal", "etablissement", "agence", "regie", "caisse des ecoles", "entente",
        "institution", "opac", "oph", "epf", "ccas", "cias", "parc naturel", NULL
    };
    for (size_t q = 0; q < n && !(first_only && q > 0); q++) {
        if (q > 0 && !is_blank(p[q - 1]) && p[q - 1] != '\'')
            continue;
        /* an ASCII letter is compared lower-cased ("É" folds in kw()) */
        unsigned char b = (unsigned char)p[q];
        char ch = (char)(b | 0x20);
        for (size_t i = 0; words[i]; i++)
            if ((b >= 0x80 || words[i][0] == ch) && kw(p + q, n - q, words[i], true))
                return true;
    }
    return false;
}

/* the collectivity of an établissement public whose letterhead names no
   commune, département... ("VAL DE SOMME HABITAT" + "Office Public de
   l'Habitat" above "CONSEIL D'ADMINISTRATION"): the first line in
   capitals of the lines [from, body) that names an organism (or whose
   next line opens with one), not a label, a number line, "RÉPUBLIQUE
   FRANÇAISE" or furniture */
static const char *organism_value(sctx *x, size_t from, size_t body)
{
    const char *s = x->s;
    for (size_t i = from; i < body && i < from + 12; i++) {
        const linfo *f = &x->li[i];
        if (f->k & (K_BLANK | K_SKIP))
            continue;
        if ((f->k & (K_LBL | K_NUMBER | K_NUMLINE | K_SIG | K_OBJET)) || f->b - f->a > 80 || !upper_line(x, i)
            || li_letters(x, i) < 4)
            continue;
        const char *p = s + f->a;
        size_t n = f->b - f->a;
        if (kw(p, n, "republique", true) || kw(p, n, "extrait", true) || kw(p, n, "liberte", true)
            || assembly_at(p, n))
            continue;
        bool named = organism_word(p, n, false);
        if (!named) {
            /* the name alone, its kind on the line under it */
            size_t j = next_line(x, i, body);
            named = j == i + 1 && !upper_line(x, j)
                    && organism_word(s + x->li[j].a, x->li[j].b - x->li[j].a, true);
        }
        if (!named)
            continue;
        sbuf sb = {.n = 0};
        sb_add(&sb, p, upper_trim(s, f->a, f->b) - f->a);
        /* its name in guillemets on the line under its kind
           ("ÉTABLISSEMENT PUBLIC DE COOPÉRATION CULTURELLE" / "« PÔLE
           DES ARTS DE LA CÔTE VERMEILLE »"): one name, joined */
        size_t j = next_line(x, i, body);
        if (j == i + 1 && !(x->li[j].k & (K_LBL | K_NUMBER | K_NUMLINE | K_SIG | K_OBJET))) {
            size_t ja = x->t->lines[j].start, jb = trim_end(s, ja, x->t->lines[j].end);
            while (ja < jb && is_blank(s[ja]))
                ja++;
            /* (OCR: a speck of one or two letters after it, "» te") */
            for (size_t e = jb; e > ja + 2 && e + 4 >= jb; e--)
                if ((unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xBB) {
                    if (e == jb || is_blank(s[e]))
                        jb = e;
                    break;
                }
            if (jb - ja > 4 && jb - ja <= 80 && (unsigned char)s[ja] == 0xC2 && (unsigned char)s[ja + 1] == 0xAB
                && (unsigned char)s[jb - 2] == 0xC2 && (unsigned char)s[jb - 1] == 0xBB) {
                sb_add(&sb, " ", 1);
                sb_add(&sb, s + ja, jb - ja);
            }
        }
        return sb_str(x, &sb);
    }
    return NULL;
}

/* "CONSEIL DU 7e ARRONDISSEMENT", "Conseil du 1er arrondissement",
   "CONSEIL DU VIIe ARRONDISSEMENT" (Paris, Lyon, Marseille): the
   council of an arrondissement, its ordinal between "du" and
   "arrondissement"; bytes or 0 */
static size_t arrondissement_at(const char *p, size_t n)
{
    size_t m = kw(p, n, "conseil du ", false);
    if (!m)
        return 0;
    size_t q = m, d = 0, r = 0;
    while (q < n && p[q] >= '0' && p[q] <= '9' && d < 2) {
        q++;
        d++;
    }
    if (!d)     /* a roman ordinal: I V X, 1 to 5 */
        while (q < n && (p[q] == 'I' || p[q] == 'V' || p[q] == 'X') && r < 5) {
            q++;
            r++;
        }
    if (!d && !r)
        return 0;
    /* the ordinal's suffix: e, er, ème, eme, è */
    size_t sfx = kw(p + q, n - q, "eme", false);
    if (!sfx)
        sfx = kw(p + q, n - q, "er", false);
    if (!sfx)
        sfx = kw(p + q, n - q, "e", false);
    if (!sfx)
        return 0;
    q += sfx;
    if (q >= n || !is_blank(p[q]))
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    size_t a = kw(p + q, n - q, "arrondissement", true);
    return a ? q + a : 0;
}

/* "CONSEIL D'ARRONDISSEMENTS DU 3e SECTEUR": the council of a sector of
   Marseille (several arrondissements, plural), with its sector when
   printed ("du 3e secteur"); bytes or 0 */
static size_t sector_council_at(const char *p, size_t n)
{
    size_t m = kw(p, n, "conseil d'arrondissements", true);
    if (!m)
        return 0;
    size_t q = m;
    while (q < n && is_blank(p[q]))
        q++;
    size_t du = kw(p + q, n - q, "du ", false);
    if (!du)
        return m;
    q += du;
    size_t d = 0;
    while (q < n && p[q] >= '0' && p[q] <= '9' && d < 2) {
        q++;
        d++;
    }
    size_t sfx = d ? kw(p + q, n - q, "eme", false) : 0;
    if (d && !sfx)
        sfx = kw(p + q, n - q, "er", false);
    if (d && !sfx)
        sfx = kw(p + q, n - q, "e", false);
    if (!sfx || q + sfx >= n || !is_blank(p[q + sfx]))
        return m;
    q += sfx;
    while (q < n && is_blank(p[q]))
        q++;
    size_t sc = kw(p + q, n - q, "secteur", true);
    return sc ? q + sc : m;
}

/* assembly keyword at p: bytes or 0 */
/* "CONSEIL DE LA COMMUNE DÉLÉGUÉE DE FONTENELLES": the council of a
   commune déléguée (of a commune nouvelle), with its name as printed up
   to the end of p[0..n) (the line's segment); bytes or 0 */
static size_t delegated_council_at(const char *p, size_t n)
{
    size_t m = kw(p, n, "conseil de la commune deleguee ", false);
    if (!m)
        return 0;
    size_t d = kw(p + m, n - m, "de ", false);
    if (!d)
        d = kw(p + m, n - m, "d'", false);
    if (!d || m + d >= n)
        return 0;
    /* the name ends at punctuation, a dash between blanks or a column gap */
    size_t e = m + d, lim = n - e > 80 ? e + 80 : n;    /* (a name: bounded) */
    while (e < lim && p[e] != ',' && p[e] != ';' && p[e] != '(' && p[e] != '.'
           && !(is_blank(p[e]) && e + 2 < lim && (is_blank(p[e + 1]) || p[e + 1] == '-'
                                                || (unsigned char)p[e + 1] == 0xE2)))
        e++;
    while (e > m + d && is_blank(p[e - 1]))
        e--;
    return e > m + d ? e : 0;
}

/* s[a, b) is the assembly 'key' and nothing else (blanks and OCR
   junk apart) */
static bool bare_assembly(const char *s, size_t a, size_t b, const char *key)
{
    size_t m = kw(s + a, b - a, key, true);
    return m && trim_end_junk(s, a + m, b) <= a + m;
}

/* a capital letter at p (ASCII, or a two-byte À..Ý): its length, else 0 */
static size_t cap_at(const char *p, size_t n)
{
    unsigned char c = (unsigned char)p[0];
    if (c >= 'A' && c <= 'Z')
        return 1;
    if (c == 0xC3 && n > 1 && (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9D)
        return 2;
    return 0;
}

/* a commission named by its kind, in capitals: "COMMISSION DES
   FINANCES", "COMMISSION DE L'URBANISME ET DES TRAVAUX" (a commission's
   minutes: the commission is the body); its length (capital words to the
   first other character), else 0.  Capitals only: "la commission des
   finances" in a sentence is no heading */
static size_t commission_kind_at(const char *p, size_t n)
{
    if (n < 16 || memcmp(p, "COMMISSION ", 11) != 0)
        return 0;
    size_t q = 11;
    static const char *const seps[] = {"DES ", "DE LA ", "DE L'", "DU ", "D'", NULL};
    size_t m = 0;
    for (size_t k = 0; seps[k] && !m; k++)
        if (q + strlen(seps[k]) < n && !memcmp(p + q, seps[k], strlen(seps[k])))
            m = strlen(seps[k]);
    if (!m)
        return 0;
    q += m;
    /* words of capitals; a lone capital after a blank (an OCR speck,
       "FINANCES É") ends the name before it, "D'" / "L'" go on */
    size_t end = 0, letters = 0;
    while (q < n) {
        size_t k = 0, c;
        while (q < n && (c = cap_at(p + q, n - q)))
            q += c, k++;
        if (k == 0 || (k == 1 && !(q < n && p[q] == '\'')))
            break;
        if (k > 1 && letters == 0 && (q < n && ((p[q] >= 'a' && p[q] <= 'z') || (unsigned char)p[q] >= 0x80)))
            return 0;   /* lower case glued after the kind */
        letters += k;
        end = q;
        if (q + 1 < n && (p[q] == ' ' || p[q] == '-' || p[q] == '\'') && cap_at(p + q + 1, n - q - 1))
            q++;
        else
            break;
    }
    /* (the kind a word of 3+ letters) */
    return letters >= 3 ? end : 0;
}

static size_t assembly_at(const char *p, size_t n)
{
    static const char *const keys[] = {
        /* "ASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL": the heading names
           the plenary assembly of the council (before "conseil ...") */
        "assemblee pleniere du conseil regional", "assemblee pleniere du conseil departemental",
        "assemblee pleniere du conseil general", "assemblee pleniere du conseil territorial",
        /* "ASSEMBLÉE PLÉNIÈRE" alone: the région's plenary assembly */
        "assemblee pleniere", "commission permanente", "conseil municipal", "conseil communautaire", "conseil departemental",
        "conseil regional", "conseil metropolitain", "conseil syndical", "comite syndical",
        "bureau communautaire", "bureau syndical", "bureau municipal", "conseil d'administration",
        "conseil de communaute", "conseil general", "conseil territorial", "conseil de la metropole",
        "conseil de territoire", "assemblee generale ordinaire", "assemblee generale extraordinaire",
        "assemblee generale mixte", "assemblee generale", "assemblee deliberante", "comite de direction",
        "conseil d'exploitation", "bureau metropolitain", "conseil d'arrondissement", "bureau",
        "commission d'appel d'offres", "commission de delegation de service public", "conseil de metropole",
        "commission locale d'evaluation des charges transferees", "conseil de surveillance",
        /* the assemblies of the collectivités à statut particulier */
        "assemblee de corse", "assemblee de guyane", "assemblee de martinique", "conseil executif",
        /* ... and of the Pacific: the assembly of the Polynésie française,
           of a province of Nouvelle-Calédonie (its bureau: "BUREAU DE
           L'ASSEMBLÉE DE LA PROVINCE"), Wallis-et-Futuna's, the congrès */
        "assemblee de la polynesie francaise", "assemblee de la province", "assemblee territoriale",
        "congres de la nouvelle-caledonie",
        /* a section de commune's assembly (CGCT L. 2411-2) */
        "commission syndicale",
        /* the Conseil de Paris (a collectivité à statut particulier) */
        "conseil de paris", NULL
    };
    /* Each key starts with one of these words: kw() reads a key from its
       start, one character after the other, so a key matches only where
       its first word does; each word is tried once. */
    static const char *const first[] = {"assemblee", "commission", "conseil", "comite", "bureau", "congres"};
    static const unsigned char grp[] = {0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 3, 4, 4, 4, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 3, 2, 4, 2, 4, 1, 1, 2, 1, 2, 0, 0, 0, 2, 0, 0, 0, 5, 1, 2}; /* keys[i] starts with first[grp[i]] */
    /* (their first letters: a, c, b; kw() takes a key only where its
       first letter is the text's first character, read as kw_pre()
       classes it) */
    static const unsigned char flen[] = {9, 10, 7, 6, 6, 7};   /* strlen(first[w]) */
    kwpre t = kw_pre(p, n);
    char c0 = t.c0;
    if (c0 != 'a' && c0 != 'c' && c0 != 'b')
        return 0;
    /* nc[w]: once first[w] matched (kw() reads a key one character after
       the other, greedily: the key's first word takes the bytes that
       kw(first[w]) took, m), what the key's next characters " X" need
       there: the blank run after m (none only before a digit), then a
       character that kw() takes for the letter X exactly when its class
       (kw_cls(), as kw_may() reads it) is X's; nc[w] is that class, 0
       when " X" cannot match (every key of the group but the bare
       first word: "bureau").  A key whose X has another class fails:
       it is not tried. */
    /* (the first words are tried at once, kw() being pure; those that
       kw_may() rejects fail, not tried; none matching, no key does) */
    int ok[6] = {0};
    char nc[6] = {0};
    bool any = false;
    for (size_t w = 0; w < 6; w++) {
        size_t m0 = kw_may(first[w], t) ? kw(p, n, first[w], false) : 0;
        ok[w] = m0 != 0;
        if (m0) {
            any = true;
            size_t j = m0;
            while (j < n && is_blank(p[j]))
                j++;
            if (j < n && (j > m0 || digit(p[j]))) {
                const unsigned char *u = (const unsigned char *)p + j;
                size_t used;
                nc[w] = kw_cls(u[0] < 0x80 ? (char)((u[0] >= 'A' && u[0] <= 'Z') ? u[0] + 32 : u[0])
                                           : fold_c(u, n - j, &used));
            }
        }
    }
    if (!any)
        return 0;
    for (size_t i = 0; keys[i]; i++) {
        size_t w = grp[i];
        if (!ok[w])
            continue;
        if (keys[i][flen[w]] == ' ') {
            char k = keys[i][flen[w] + 1];     /* a lower-case letter */
            if ((k == 'i' ? 'l' : k) != nc[w])
                continue;
        }
        size_t m = kw(p, n, keys[i], true);
        if (m)
            return m;
    }
    if (ok[1]) {
        size_t m = commission_kind_at(p, n);
        if (m)
            return m;
    }
    if (!ok[2])
        return 0;
    size_t m = arrondissement_at(p, n);
    if (!m)
        m = delegated_council_at(p, n);
    return m ? m : sector_council_at(p, n);
}

/* line [a, b) opens with a year-direction-rank code and a title after
   it: "2025 DVD 45 Convention de financement …" (a capital after the
   code's blank) */
static bool year_code_title(const char *s, size_t a, size_t b)
{
    size_t m = ex_year_code(s + a, b - a);
    if (!m || a + m + 1 >= b || s[a + m] != ' ')
        return false;
    unsigned char c = (unsigned char)s[a + m + 1];
    return (c >= 'A' && c <= 'Z') || c == 0xC3;
}

/* the end of "(ACRONYM)" after the blanks at e (capitals in brackets:
   "(CLECT)", "(CAO)"), else e */
static size_t acronym_end(const char *s, size_t e, size_t b)
{
    size_t q = e;
    while (q < b && is_blank(s[q]))
        q++;
    if (q >= b || s[q] != '(')
        return e;
    size_t k = q + 1;
    while (k < b && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    return k - q >= 3 && k < b && s[k] == ')' ? k + 1 : e;
}

/* body from an assembly keyword at view offset p in line i: "COMMISSION
   PERMANENTE" [+ "DU CONSEIL DEPARTEMENTAL", possibly on the next line] */
static const char *assembly_value(sctx *x, size_t i, size_t p, size_t lim, size_t cb)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    /* cb: the end of the right-hand cell that holds p (a letterhead of
       two columns), else 0: the line's first segment */
    bool cell = cb > f->b;
    size_t b = cell ? trim_end_junk(s, p, cb) : trim_end_junk(s, f->a, f->b);
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
    /* two assemblies on one line split by a dash, the second ending it
       ("CONSEIL RÉGIONAL – ASSEMBLÉE PLÉNIÈRE"): the printed line whole,
       as "ASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL" */
    if (p == f->a && q + 2 < b && (s[q] == '-' || ((unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
                                                   && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94)))) {
        size_t r = q + (s[q] == '-' ? 1 : 3);
        if (r < b && is_blank(s[r])) {
            while (r < b && is_blank(s[r]))
                r++;
            if ((c2 = assembly_at(s + r, b - r)) && r + c2 == b) {
                sb_add(&sb, s + p, b - p);
                return sb_str(x, &sb);
            }
        }
    }
    /* a métropole's "CONSEIL DE TERRITOIRE DU PAYS DE X" opening its
       line: one of several, its territory is part of its name */
    if (sep && p == f->a && kw(s + p, b - p, "conseil de territoire", false) && b - q <= 60
        && upper_pct(s, p, b, NULL) >= 90) {
        sb_add(&sb, s + p, b - p);
        return sb_str(x, &sb);
    }
    /* the assembly's name with its acronym, alone on its line */
    size_t ae = acronym_end(s, e, b);
    if (ae > e && ae == b && p == f->a)
        e = ae;
    sb_add(&sb, s + p, e - p);
    if (q >= b && !cell) {
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

/* q is just after an elided article opening a word: "L'" or "D'"
   (ASCII or typographic apostrophe) after a blank or the line's start a
   ("DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE") */
static bool elided_article(const char *s, size_t a, size_t q)
{
    size_t k;
    if (q >= a + 2 && s[q - 1] == '\'')
        k = q - 2;
    else if (q >= a + 4 && (unsigned char)s[q - 1] == 0x99 && (unsigned char)s[q - 2] == 0x80
             && (unsigned char)s[q - 3] == 0xE2)
        k = q - 4;
    else
        return false;
    return (s[k] == 'L' || s[k] == 'D' || s[k] == 'l' || s[k] == 'd') && (k == a || is_blank(s[k - 1]));
}

/* A public body's letterhead printing its name first, in capitals, and
   its legal form on the next line: "BRÉVENNE HABITAT" / "Office public
   de l'habitat de la Brévenne", "SPL VALLÉE DE L'ORBE AMÉNAGEMENT" /
   "Société publique locale au capital de …": the name's line (the first
   line of the act, 60 bytes at most, no digit), or SIZE_MAX */
static size_t trade_name_line(sctx *x, size_t l0, size_t hz)
{
    static const char *const forms[] = {"office public de l'habitat", "office public d'amenagement",
                                        "societe publique locale", "societe d'economie mixte",
                                        "societe anonyme d'economie mixte",
                                        "etablissement public", NULL};
    const char *s = x->s;
    size_t i = l0;
    while (i < hz && (x->li[i].k & (K_BLANK | K_SKIP)))
        i++;
    if (i >= hz || x->li[i].b - x->li[i].a > 60 || x->li[i].b - x->li[i].a < 4 || li_up(x, i) < 90)
        return SIZE_MAX;
    for (size_t q = x->li[i].a; q < x->li[i].b; q++)
        if (digit(s[q]))
            return SIZE_MAX;
    size_t j = next_line(x, i, hz);
    if (j >= hz || !adjacent(x, i, j) || li_up(x, j) >= 60)
        return SIZE_MAX;
    const char *p = s + x->li[j].a;
    size_t n = x->li[j].b - x->li[j].a;
    for (size_t k = 0; forms[k]; k++)
        if (kw(p, n, forms[k], true))
            return i;
    return SIZE_MAX;
}

/* the end of an authority line "Le Maire de la Commune de X," before
   its last comma and any OCR junk after it ("..., a À ù"); 0 when the
   line does not end with a comma */
static size_t authority_end(const char *s, size_t a, size_t b)
{
    b = trim_end(s, a, b);
    /* OCR: a speck "." glued after the comma ("… de Saint-Martin-d'Arvieu,.") */
    if (b >= a + 2 && s[b - 1] == '.' && s[b - 2] == ',')
        b--;
    for (int k = 0; k < 4 && b > a && s[b - 1] != ','; k++) {
        size_t w = b;
        while (w > a && !is_blank(s[w - 1]))
            w--;
        size_t L;
        upper_pct(s, w, b, &L);
        if (w <= a || L > 2 || b - w > 3)
            return 0;
        for (size_t q = w; q < b; q++)
            if (digit(s[q]))
                return 0;
        b = trim_end(s, a, w);
    }
    return b > a && s[b - 1] == ',' ? b - 1 : 0;
}

/* "Nous, " opening the old first-person form of an arrêté ("Nous, Maire
   de la commune de X,", "Nous, le Préfet de ...,"): the bytes up to the
   authority's first word, 0 for any other text */
static size_t nous_at(const char *p, size_t n)
{
    size_t m = kw(p, n, "nous", true);
    if (!m)
        return 0;
    while (m < n && is_blank(p[m]))
        m++;
    if (m >= n || p[m] != ',')
        return 0;
    m++;
    while (m < n && is_blank(p[m]))
        m++;
    return m;
}

/* the article of an authority at p: bytes of "le " / "la " or 0 */
static size_t auth_article(const char *p, size_t n)
{
    size_t m = kw(p, n, "le ", false);
    if (!m)
        m = kw(p, n, "la ", false);
    /* OCR: a speck '.' glued for the blank, a capital after it ("Le.Maire") */
    if (!m && n > 4 && (p[0] == 'L' || p[0] == 'l') && (p[1] == 'e' || p[1] == 'a') && p[2] == '.'
        && p[3] >= 'A' && p[3] <= 'Z')
        m = 3;
    return m;
}

/* an authority title at p[0..n), its article printed or not ("Le Maire",
   "Maire" after "Nous,"): the bytes of the title, 0 for none; *fem for
   a feminine title */
static size_t auth_title(const char *p, size_t n, bool *fem)
{
    /* (a public body's director: "Le Directeur général," opening the
       visas of his décision) */
    static const char *const titles[] = {"maire", "prefete", "prefet", "presidente", "president",
                                         "directrice generale", "directeur general", NULL};
    size_t a = auth_article(p, n), m;
    while (a && a < n && is_blank(p[a]))
        a++;
    for (size_t k = 0; titles[k]; k++)
        if ((m = kw(p + a, n - a, titles[k], true))) {
            *fem = k == 1 || k == 3 || k == 5;
            return a + m;
        }
    return 0;
}

/* a line opening with the authority that issues an arrêté: "Le Maire
   de ...", "La Préfète ...", "Le Président ...", or after "Nous," with or
   without the article ("Nous, Maire de la commune de ...,") */
static bool authority_line(const char *p, size_t n)
{
    bool fem;
    size_t nq = nous_at(p, n);
    if (!nq && !auth_article(p, n))
        return false;
    return auth_title(p + nq, n - nq, &fem) != 0;
}

/* an authority line in capitals WITHOUT its comma ("LE PRÉFET DE LA
   LOZANNE"), its next line the visas or an honour line ("Chevalier de
   la Légion d'honneur", "Officier de …") the visas follow: the
   authority issuing the act all the same */
static bool caps_authority(sctx *x, size_t i)
{
    if (li_up(x, i) < 90 || (x->li[i].k & K_SKIP))
        return false;
    size_t j = next_line(x, i, x->nl);
    for (int k = 0; k < 3 && j < x->nl; k++) {
        const linfo *g = &x->li[j];
        if (g->k & K_VISA)
            return true;
        const char *p = x->s + g->a;
        size_t n = g->b - g->a;
        if (!kw(p, n, "chevalier ", false) && !kw(p, n, "officier ", false) && !kw(p, n, "commandeur ", false)
            && !kw(p, n, "grand officier ", false))
            return false;
        j = next_line(x, j, x->nl);
    }
    return false;
}

/* "La présidente,          La secrétaire de séance,": two roles side
   by side on one line (signatures on two columns), each ending with a
   comma, the right one no authority: no authority issuing the act */
static bool side_roles(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t e = trim_end(s, f->a, x->t->lines[i].end);
    if (e <= f->a || s[e - 1] != ',')
        return false;
    /* a run of three blanks or more, then a capital, before the end */
    size_t run = 0;
    for (size_t q = f->a; q + 1 < e; q++) {
        if (is_blank(s[q])) {
            run++;
            continue;
        }
        if (run >= 3 && s[q] >= 'A' && s[q] <= 'Z') {
            size_t r = trim_end(s, f->a, q);
            /* (not two authorities of a joint act: "Le préfet de X,
               La préfète de Y,") */
            return r > f->a && s[r - 1] == ',' && !authority_line(s + q, e - q);
        }
        run = 0;
    }
    return false;
}

/* "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ" (a heading label line in
   capitals): "du comité" ending the line names the body; *pos its
   start */
static bool comite_at(sctx *x, size_t i, size_t *pos)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t e = trim_end_junk(s, f->a, f->b);
    for (size_t q = f->a + 3; q + 6 <= e; q++) {
        if (s[q - 1] != ' ' || (s[q] != 'C' && s[q] != 'c'))
            continue;
        size_t m = kw(s + q, e - q, "comite", true);
        if (m && q + m == e && kw(s + q - 3, 3, "du ", false) && li_up(x, i) >= 70) {
            *pos = q;
            return true;
        }
    }
    return false;
}

/* the authority of an arrêté without its territory: "Le Maire de la
   Commune de X," -> "Le Maire", "Le Préfet de la Gironde," -> "Le
   Préfet", "Le Président du Conseil départemental du Nord," -> "Le
   Président du Conseil départemental" (an assembly stays) */
static const char *authority_value(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t a = f->a, b = authority_end(s, f->a, f->b);
    if (!b)
        b = trim_end_junk(s, f->a, f->b);
    sbuf sb = {.n = 0};
    size_t nq = nous_at(s + a, b - a);
    if (nq) {
        /* "Nous, Maire de ..." -> "Le Maire": the article the
           third-person form prints */
        bool fem = false;
        a += nq;
        size_t art = auth_article(s + a, b - a);
        if (!art && auth_title(s + a, b - a, &fem))
            sb_add(&sb, fem ? "La " : "Le ", 3);
        else if (art && (s[a] == 'l' || s[a] == 'L')) {
            /* "Nous, le Maire de ..." -> "Le Maire" */
            sb_add(&sb, s[a + 1] == 'a' || s[a + 1] == 'A' ? "La" : "Le", 2);
            a += 2;
        }
    } else if (b - a > 4 && s[a + 2] == '.' && auth_article(s + a, b - a) == 3) {
        /* OCR "Le.Maire" -> "Le Maire" */
        sb_add(&sb, s + a, 2);
        sb_add(&sb, " ", 1);
        a += 3;
    }
    for (size_t q = a + 3; q + 3 < b; q++) {
        if (s[q] != ' ')
            continue;
        size_t r = q + 1, m;
        /* (OCR "dela" for "de la": "Le Président dela Communauté …") */
        if ((m = kw(s + r, b - r, "de la ", false)) || (m = kw(s + r, b - r, "de l'", false))
            || (m = kw(s + r, b - r, "du ", false)) || (m = kw(s + r, b - r, "des ", false))
            || (m = kw(s + r, b - r, "de ", false)) || (m = kw(s + r, b - r, "d'", false))
            || (m = kw(s + r, b - r, "dela ", false))) {
            size_t am = assembly_at(s + r + m, b - r - m);
            if (am) {
                /* (the assembly's own name read whole: "de l'Assemblée
                   de la province Sud" is no territory after it) */
                q = r + m + am - 1;
                continue;
            }
            b = trim_end(s, a, q);
            break;
        }
    }
    sb_add(&sb, s + a, b - a);
    return sb_str(x, &sb);
}

/* "Le Préfet de la Gironde," -> "Préfet de la Gironde": the prefect's
   title when no letterhead names the issuer */
static const char *prefect_value(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t a = f->a, b = authority_end(s, f->a, f->b);
    if (!b)
        return NULL;
    size_t nq = nous_at(s + a, b - a);
    a += nq;
    size_t m = auth_article(s + a, f->b - a);
    if (!m && !nq)
        return NULL;
    a += m;
    size_t r = kw(s + a, b - a, "prefete", true);
    if (!r)
        r = kw(s + a, b - a, "prefet", true);
    if (!r || a + r >= b)
        return NULL;
    sbuf sb = {.n = 0};
    sb_add(&sb, s + a, b - a);
    return sb_str(x, &sb);
}

/* the number after N° at view offset p: the first token with a digit
   ("2022-418", "36/2023", "2023-CP-1142"; after a letters prefix and a
   blank, ex_number_prefix(): "DCM 2024/112"), then dash-separated groups of
   at most 3 upper-case tokens holding a digit ("2022 – UO DDETS 62 – DS
   N° 42080881"); a title after a dash ("2024-012 – VOTE DES TAUX") or a
   lower-case word ends it */
static const char *number_value(sctx *x, size_t p, size_t b)
{
    const char *s = x->s;
    size_t p0 = p;
    while (p < b && (is_blank(s[p]) || s[p] == ':' || s[p] == '.'))
        p++;
    /* a hyphen glued to the sign before a digit (a scan's blank, "N°-2026-03
       – Mars 2026"): no part of the number */
    if (p == p0 && p + 1 < b && s[p] == '-' && digit(s[p + 1]))
        p++;
    /* first token */
    size_t w = p;
    while (w < b && !is_blank(s[w]))
        w++;
    if (p == p0 && w - p == 1 && digit(s[p])) {
        /* OCR "N°2 2023-CP-1142": a lone digit glued to the sign before
           a number of letters, digits and dashes is debris of the sign */
        size_t q = w, t;
        while (q < b && is_blank(s[q]))
            q++;
        bool d2 = false, dash = false, letter = false;
        for (t = q; t < b && !is_blank(s[t]); t++) {
            d2 |= digit(s[t]);
            dash |= s[t] == '-';
            letter |= (s[t] >= 'A' && s[t] <= 'Z') || (s[t] >= 'a' && s[t] <= 'z');
        }
        if (t - q >= 5 && d2 && dash && letter) {
            p = q;
            w = t;
        }
    }
    size_t st = p;
    /* a letters prefix and one blank before the number: "DCM 2024/112" */
    size_t pre = ex_number_prefix(s + p, b - p);
    if (pre && w == p + pre - 1) {
        w = p + pre;
        while (w < b && !is_blank(s[w]))
            w++;
    }
    bool dig = false, hyph = false;
    for (size_t q = p; q < w; q++) {
        dig |= digit(s[q]);
        hyph |= s[q] == '-';
    }
    /* OCR: a blank after the hyphen of a capitals prefix, "DP- 2026-041":
       the prefix (1-6 capitals and its hyphen) holds no digit, the piece
       after the blank opens with one (joined below as a gap: it must be) */
    bool bare_prefix = false;
    if (!dig && w - p >= 2 && w - p <= 7 && s[w - 1] == '-' && w + 1 < b && is_blank(s[w]) && digit(s[w + 1])) {
        dig = bare_prefix = true;
        for (size_t q = p; q + 1 < w; q++)
            dig &= s[q] >= 'A' && s[q] <= 'Z';
    }
    if (!dig)
        return NULL;
    size_t tok_end = w;   /* the first token's end (colon_hyphen_ocr()) */
    /* OCR blanks after a hyphen inside the number: "2023-CP- 1142",
       "2025-DEC- -016" (the hyphen doubled), "2025- DEC- 017": one or
       two blanks, then a piece of digits and capitals (and hyphens) that
       holds a digit or ends with a hyphen (not a word: "2024- VOTE", "12-
       Tarifs"); after an underscore the same ("DEL2026_ 031"); at most 3
       gaps [gap_a[k], gap_b[k]) left out */
    size_t gap_a[3], gap_b[3], ngap = 0, o_from = SIZE_MAX;
    while (ngap < 3 && w + 1 < b && (s[w - 1] == '-' || s[w - 1] == '_') && is_blank(s[w])) {
        size_t q = w + 1;
        if (q < b && is_blank(s[q]))
            q++;
        size_t g = q < b && s[q] == '-' ? q + 1 : q; /* the doubled hyphen */
        size_t t = g;
        bool pdig = false, bad = false;
        while (t < b && !is_blank(s[t])) {
            pdig |= digit(s[t]);
            bad |= !(digit(s[t]) || (s[t] >= 'A' && s[t] <= 'Z') || s[t] == '-');
            t++;
        }
        if (bad && !ngap && g == q) {
            /* OCR: "2026- o41.." (a letter o for a 0 after the blank
               that follows the year's hyphen, dots after it): the first
               token a year and its hyphen, the piece 2 to 4 digits and
               o's (2 digits at least); its o's are read as 0 below */
            size_t t2 = t, nd = 0, no = 0;
            while (t2 > g && s[t2 - 1] == '.')
                t2--;
            for (size_t r = g; r < t2; r++) {
                nd += digit(s[r]);
                no += s[r] == 'o' || s[r] == 'O';
            }
            if (w - p == 5 && digit(s[p]) && digit(s[p + 1]) && digit(s[p + 2]) && digit(s[p + 3]) && nd >= 2
                && no >= 1 && nd + no == t2 - g && t2 - g <= 4) {
                o_from = g;
                gap_a[ngap] = w;
                gap_b[ngap++] = g;
                w = t2;
            }
            break;
        }
        if (bad || t == g || t - g > 12 || s[g] == '-' || !(pdig || s[t - 1] == '-'))
            break;
        gap_a[ngap] = w;
        gap_b[ngap++] = g;
        w = t;
    }
    if (bare_prefix && !ngap)
        return NULL;
    size_t joined = ngap;
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
        /* a title ending with a figure ("1-01 – BUDGET SUPPLÉMENTAIRE
           2026"), not a code ("2022 – UO DDETS 62"): words of letters
           before a last token of digits, one of them of 6 letters or
           more, or the digits a year */
        size_t words = 0, longest = 0, ldig = 0;
        bool year = false;
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
            size_t nl = 0, nd = 0;
            for (size_t r = g; r < t; r++) {
                gdig |= digit(s[r]);
                lower |= s[r] >= 'a' && s[r] <= 'z';
                nd += digit(s[r]);
                /* a letter: an ASCII capital, or a UTF-8 lead byte */
                nl += (s[r] >= 'A' && s[r] <= 'Z') || (unsigned char)s[r] >= 0xC0;
            }
            ldig = nd == t - g ? nd : 0;
            year = ldig == 4 && (s[g] == '1' || s[g] == '2') && (s[g + 1] == '9' || s[g + 1] == '0');
            if (nd == 0 && nl) {
                words++;
                if (nl > longest)
                    longest = nl;
            }
            ntok++;
            gend = t;
            g = t;
        }
        if (!gdig || lower || ntok == 0 || ntok > 3)
            break;
        if (ldig && words + 1 == ntok && words && (longest >= 6 || year))
            break;
        end = gend;
        p = gend;
    }
    while (end > st && !(digit(s[end - 1]) || (s[end - 1] >= 'A' && s[end - 1] <= 'Z') || (s[end - 1] >= 'a' && s[end - 1] <= 'z')))
        end--;
    if (end <= st)
        return NULL;
    /* "N° 25/147 AC": a letters suffix */
    if (!joined)
        end = ex_number_suffix(s, st, end, b);
    /* a spaced em dash read by OCR for the en dash: " — " -> " – " */
    char *v = ex_strndup(x->c, s + st, end - st);
    /* OCR: a hyphen of the number read as a colon ("CS:2024-017",
       "B-2024:045"): in its first token, which holds another hyphen, a
       ':' between a capital or a digit and a digit is a '-' ("12:30",
       no hyphen, is left alone) */
    if (v && hyph)
        for (size_t q = st + 1; q + 1 < tok_end && q + 1 < end; q++)
            if (s[q] == ':' && digit(s[q + 1]) && (digit(s[q - 1]) || (s[q - 1] >= 'A' && s[q - 1] <= 'Z')))
                v[q - st] = '-';
    if (v && joined) {
        /* the gaps left out, from the last one back */
        for (size_t k = ngap; k-- > 0;)
            if (gap_b[k] <= end)
                memmove(v + (gap_a[k] - st), v + (gap_b[k] - st), end - gap_b[k] + 1);
        /* the o's read for 0 (one gap before them) */
        if (o_from != SIZE_MAX && ngap == 1)
            for (char *q = v + (gap_a[0] - st); *q; q++)
                if (*q == 'o' || *q == 'O')
                    *q = '0';
    }
    /* OCR: a speck ':' glued between a capital and the hyphen after it
       ("CA:-2025-52"): left out */
    if (v && hyph)
        for (char *q = v + 1; *q; q++)
            if (q[0] == ':' && q[1] == '-' && q[-1] >= 'A' && q[-1] <= 'Z')
                memmove(q, q + 1, strlen(q + 1) + 1);
    if (v)
        for (char *q = v; (q = strstr(q, "\xE2\x80\x94")) != NULL; q += 3)
            if (q > v && (q[-1] == ' ' || q[3] == ' '))
                q[2] = (char)0x93;
    return v;
}

/* find N° in the first segment of line i and read the number */
/* An act label printed at the right of another line, after a wide gap
   ("Séance du mardi 14 mai 2024      Délibération n° CA-2024-09", "Ville
   de …      Convention n° 2025-DP-012"): the
   right-hand cell read as a line of its own.  Returns the act's number
   or NULL. */
/* the act words of an act label printed in a line's right-hand cell
   (right_cell_number(), tail_cell_number()) */
static const char *const cell_acts[] = {"deliberation", "arrete", "decision", "convention", "avenant", NULL};

static const char *right_cell_number(sctx *x, size_t i)
{
    const char *const *acts = cell_acts;
    const char *s = x->s;
    seg sg[MAXSEG];
    size_t ns = line_segs(x->t, &x->t->lines[i], sg, 5);
    if (ns < 2)
        return NULL;
    size_t a = sg[ns - 1].a, b = sg[ns - 1].b;
    for (size_t k = 0; acts[k]; k++) {
        size_t m = kw(s + a, b - a, acts[k], true);
        if (!m)
            continue;
        while (a + m < b && is_blank(s[a + m]))
            m++;
        size_t nm = numero_at(s + a + m, b - a - m);
        if (nm)
            return number_value(x, a + m + nm, b);
        /* "Délibération CS 2026/07": a code alone with a '-' or '/',
           no N° (as after a dash, dash_code_number()) */
        size_t len = k == 0 && m > 0 && is_blank(s[a + m - 1]) ? dash_code_len(s + a + m, b - a - m) : 0;
        if (!len)
            return NULL;
        sbuf sb = {.n = 0};
        sb_add(&sb, s + a + m, len);
        return sb_str(x, &sb);
    }
    return NULL;
}

/* OCR debris between two cells of a line: ':' '.' ';' ',' '|' '_' and
   quotes, an ASCII or em/en dash */
static size_t cell_debris(const char *s, size_t q, size_t b)
{
    if (q >= b)
        return 0;
    if (strchr(":.;,|_'-", s[q]))
        return 1;
    const unsigned char *u = (const unsigned char *)s + q;
    if (q + 2 < b && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94 || u[2] == 0x98 || u[2] == 0x99))
        return 3;
    return 0;
}

/* The right-hand act label of right_cell_number() after OCR joined the
   two cells with one blank, or with a speck between blanks ("Séance du
   mardi 14 mai 2024 : Délibération n° CA-2024-09", "Nombre de conseillers
   . Délibération n° 2024-019"): the line opens with "Séance" / "Réunion"
   / "Nombre" (a session or a count line, never a title), or is the
   letterhead's collectivity line (letterhead: "Ville de X Convention n°
   2025-DP-012"), a capitalised "Délibération" / "Arrêté" / "Décision" /
   "Convention" / "Avenant" after a blank, N° and one token ending the
   line.  Returns the act's number (*cut: where the text before the
   label ends) or NULL. */
static const char *tail_cell_number(sctx *x, size_t i, bool letterhead, size_t *cut)
{
    static const char *const heads[] = {"seance", "reunion", "nombre", NULL};
    const char *const *acts = cell_acts;
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t a = f->a, b = f->b;
    bool head = letterhead;
    for (size_t k = 0; heads[k] && !head; k++)
        head = kw(s + a, b - a, heads[k], true) != 0;
    if (!head)
        return NULL;
    /* the last token of the line, after N° */
    while (b > a && (is_blank(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ':' || s[b - 1] == ';'))
        b--;
    size_t t = b;
    while (t > a && !is_blank(s[t - 1]))
        t--;
    for (size_t q = a + 1; q + 2 < t; q++) {
        if (!is_blank(s[q - 1]) || !(s[q] == 'D' || s[q] == 'A' || s[q] == 'C'))
            continue;
        for (size_t k = 0; acts[k]; k++) {
            size_t m = kw(s + q, t - q, acts[k], true);
            if (!m)
                continue;
            /* a blank, or blanks around one speck, before the label */
            size_t r = q - 1;
            while (r > a && is_blank(s[r - 1]))
                r--;
            size_t dl = r > a ? cell_debris(s, r - 1, r) : 0;
            if (!dl && r >= a + 3)
                dl = cell_debris(s, r - 3, r) == 3 ? 3 : 0;
            if (dl) {
                r -= dl;
                if (r == a || !is_blank(s[r - 1]))
                    return NULL;
            }
            size_t p = q + m;
            while (p < t && is_blank(s[p]))
                p++;
            size_t nm = numero_at(s + p, t - p);
            if (!nm)
                return NULL;
            p += nm;
            while (p < t && is_blank(s[p]))
                p++;
            if (p != t) {
                /* OCR: a blank after the number's hyphen ("n° 2026-
                   o41..", "n° 2023-CP- 1142"): the two pieces, read by
                   number_value() (its gaps) */
                size_t e = p;
                while (e < t && !is_blank(s[e]))
                    e++;
                size_t g = e;
                while (g < t && is_blank(s[g]))
                    g++;
                if (e == p || s[e - 1] != '-' || g != t)
                    return NULL;
                /* (both pieces taken, not the first alone: "2026- ob1") */
                const char *v = number_value(x, p, b);
                if (!v || strlen(v) < e - p)
                    return NULL;
                *cut = r;
                return v;
            }
            *cut = r;
            return number_value(x, t, b);
        }
    }
    return NULL;
}

/* An act's own number printed without N° on its label line, before the
   title ("DÉLIBÉRATION 2025-027 : Travaux ...", "Délibération 24-031 –
   Tarifs"): two groups of digits joined by '-' or '/', one of them a
   year (19xx, 20xx; or a two-digit year before three digits: "25-027"),
   the other of one to four digits (not a date, not a bare integer),
   then a colon or a dash and a title of letters.  Returns the bytes of
   the number or 0. */
static size_t bare_number_at(const char *p, size_t n)
{
    size_t a = 0;
    while (a < n && digit(p[a]))
        a++;
    if (a == 0 || a >= n || (p[a] != '-' && p[a] != '/'))
        return 0;
    size_t b = a + 1;
    while (b < n && digit(p[b]))
        b++;
    size_t l2 = b - a - 1;
    if (l2 == 0 || l2 > 4 || (b < n && !is_blank(p[b])))
        return 0;
    bool y1 = a == 4 && (p[0] == '1' || p[0] == '2') && (p[1] == '9' || p[1] == '0');
    bool y2 = l2 == 4 && (p[a + 1] == '1' || p[a + 1] == '2') && (p[a + 2] == '9' || p[a + 2] == '0');
    if (!(y1 || y2 || (a == 2 && l2 == 3)) || (y1 && y2) || (!y1 && a > 4))
        return 0;
    size_t q = b;
    while (q < n && is_blank(p[q]))
        q++;
    if (q == b || q >= n)
        return 0;
    if (p[q] == ':' || p[q] == '-')
        q++;
    else if (q + 2 < n && (unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
             && ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94))
        q += 3;
    else
        return 0;
    while (q < n && is_blank(p[q]))
        q++;
    size_t L;
    size_t e = q;
    while (e < n && !is_blank(p[e]))
        e++;
    upper_pct(p, q, e, &L);
    return L >= 2 ? b : 0;
}

/* "DÉLIBÉRATION 2025-027 : Travaux ...": the act word opening line i,
   then its number printed without N° (bare_number_at()); the number's
   start, *len its bytes, or SIZE_MAX.  Read by the heading only (a
   procès-verbal's items keep their own reading of such lines). */
static size_t bare_label_number(sctx *x, size_t i, size_t *len)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t a = f->a, b = f->b;
    size_t m = kw(s + a, b - a, "deliberation", true);
    if (!m || a + m >= b || !is_blank(s[a + m]))
        return SIZE_MAX;
    size_t q = a + m;
    while (q < b && is_blank(s[q]))
        q++;
    *len = bare_number_at(s + q, b - q);
    /* "Délibération MA 14 2026-031": a code alone on the line */
    if (!*len && code_alone(s + q, b - q))
        *len = b - q;
    return *len ? q : SIZE_MAX;
}

/* the line p[0, n) opens with "procès-verbal" (OCR's blanks around the
   hyphen too) or "PV", then blanks and a number sign */
/* after an act word ending at m: blanks, an optional acronym of the
   body in capitals ("PV CAO n° 2026-02"; OCR "PV-CAO n° …"), then the
   number sign */
static bool act_number_tail(const char *p, size_t n, size_t m)
{
    bool dash = m + 1 < n && p[m] == '-' && p[m + 1] >= 'A' && p[m + 1] <= 'Z';
    if (m >= n || (!is_blank(p[m]) && !dash))
        return false;
    while (m < n && (is_blank(p[m]) || dash)) {
        m++;
        dash = false;
    }
    size_t r = m;
    while (r < n && r < m + 9 && p[r] >= 'A' && p[r] <= 'Z')
        r++;
    if (r >= m + 2 && r < n && is_blank(p[r])) {
        while (r < n && is_blank(p[r]))
            r++;
        m = r;
    }
    return m < n && (p[m] == 'n' || p[m] == 'N') && numero_at(p + m, n - m);
}

static bool pv_number_line(const char *p, size_t n)
{
    size_t m = kw(p, n, "pv", true);
    if (!m && !(m = kw(p, n, "proces-verbal", true)) && !(m = kw(p, n, "proces verbal", true))
        && !(m = kw(p, n, "proces- verbal", true)) && !(m = kw(p, n, "proces -verbal", true)))
        return false;
    return act_number_tail(p, n, m);
}

const char *line_number(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t b = f->b;
    /* "DELIBERATIONN. 14/2002": OCR glued the number sign to the act
       word opening the line */
    size_t glued = f->a + kw(s + f->a, b - f->a, "deliberation", false);
    for (size_t q = f->a; q + 1 < b; q++) {
        if ((s[q] == 'N' || s[q] == 'n') && (q == f->a || q == glued || !letter_at(s + q - 1, 1))) {
            size_t m = numero_at(s + q, b - q);
            if (m)
                return number_value(x, q + m, b);
        }
    }
    return NULL;
}

/* "Séance du … – Délibération 2026-DCA-022" (K_NUMDASH with no N°):
   the code after the last dash and act word of line i ending it
   (dash_code_len()), as a string, or NULL */
static const char *dash_code_number(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    for (size_t q = f->b; q > f->a + 1; q--) {
        size_t d = q - 1, m;
        if (!(s[d] == '-' || ((unsigned char)s[d] == 0x93 && d >= f->a + 2 && (unsigned char)s[d - 2] == 0xE2)
              || ((unsigned char)s[d] == 0x94 && d >= f->a + 2 && (unsigned char)s[d - 2] == 0xE2)))
            continue;
        size_t r = q;
        while (r < f->b && is_blank(s[r]))
            r++;
        if (r == q || !((m = kw(s + r, f->b - r, "deliberation", true)) || (m = kw(s + r, f->b - r, "arrete", true))
                        || (m = kw(s + r, f->b - r, "decision", true))))
            continue;
        r += m;
        while (r < f->b && is_blank(s[r]))
            r++;
        size_t len = dash_code_len(s + r, f->b - r);
        if (!len)
            return NULL;
        sbuf sb = {.n = 0};
        sb_add(&sb, s + r, len);
        return sb_str(x, &sb);
    }
    return NULL;
}

/* bare_label_number()'s number as a string, or NULL */
static const char *bare_line_number(sctx *x, size_t i)
{
    size_t len, q = bare_label_number(x, i, &len);
    if (q == SIZE_MAX)
        return NULL;
    sbuf sb = {.n = 0};
    sb_add(&sb, x->s + q, len);
    return sb_str(x, &sb);
}

/* ---- the "s'est réuni ..." sentence, read in its column ---- */

static size_t column_stream(sctx *x, size_t i, size_t pos, size_t lim, char *out, size_t cap)
{
    const char *s = x->s;
    seg sg[MAXSEG];
    size_t ns = li_segs(x, i, sg);
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
        ns = li_segs(x, j, sg);
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
        int hj = hyphen_join(out, o, s + sg[pick].a, sg[pick].b - sg[pick].a);
        if (hj == 2)
            o--;
        else if (hj == 0)
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

/* a comma (blanks between) just before q, on the line from a */
static bool comma_before(const char *s, size_t a, size_t q)
{
    while (q > a && is_blank(s[q - 1]))
        q--;
    return q > a && s[q - 1] == ',';
}

/* line j goes on a title in capitals: in capitals itself (90 % of its
   letters, 4 at least), no digit (not "SÉANCE DU 25 JUIN 2026"), no colon,
   no flag of a clause, a signature or a label, a blank line (or the
   heading's end) right after it */
static bool caps_title_cont(sctx *x, size_t j, size_t hz)
{
    const linfo *g = &x->li[j];
    if (g->k & (K_BLANK | K_VISA | K_CONSID | K_VERB | K_WVERB | K_ARTICLE | K_PREAMBLE | K_SIG | K_LBL | K_NUMBER
                | K_NUMLINE | K_OBJET | K_VOTE))
        return false;
    if (j + 1 < hz && !(x->li[j + 1].k & K_BLANK))
        return false;
    for (size_t q = g->a; q < g->b; q++)
        if (digit(x->s[q]) || x->s[q] == ':')
            return false;
    size_t letters;
    return upper_pct(x->s, g->a, g->b, &letters) >= 90 && letters >= 4;
}

static const char *objet_title_at(sctx *x, size_t i, size_t hz, size_t o);
static bool hanging_cont(const sctx *x, size_t i, size_t q, size_t prev, size_t j);

/* the title printed on an act's label line after its number and a
   colon or a dash ("Délibération n° 2024-021 : Vente d'un terrain",
   "DÉLIBÉRATION N° 2024-013 – BUDGET PRIMITIF"), joined with the
   lines after it that start in lower case; NULL when there is none */
static const char *label_line_title(sctx *x, size_t label, size_t hz, bool *numbered)
{
    const char *s = x->s;
    const linfo *f = &x->li[label];
    size_t q = f->a, m = 0;
    for (; q < f->b; q++)
        if ((s[q] == 'N' || s[q] == 'n') && (q == f->a || is_blank(s[q - 1]))
            && (m = numero_at(s + q, f->b - q)))
            break;
    if (!m) {
        /* "DÉLIBÉRATION 2025-027 : title": the number without N° */
        size_t len;
        if ((q = bare_label_number(x, label, &len)) == SIZE_MAX)
            return NULL;
    }
    *numbered = true;
    q += m;
    while (q < f->b && is_blank(s[q]))
        q++;
    size_t w = q;
    while (w < f->b && !is_blank(s[w]) && s[w] != ':')
        w++;
    bool dig = false;
    for (size_t k = q; k < w; k++)
        dig |= digit(s[k]);
    if (!dig)
        return NULL;
    q = w;
    while (q < f->b && is_blank(s[q]))
        q++;
    size_t sl = 0;
    if (q < f->b && (s[q] == ':' || s[q] == '-' || ((s[q] == '_' || s[q] == '+') && q + 1 < f->b && is_blank(s[q + 1]))))
        sl = 1;   /* (OCR: "_" or "+" between blanks for the dash) */
    else if (q + 2 < f->b && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
             && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
        sl = 3;
    if (!sl)
        return NULL;
    q += sl;
    while (q < f->b && is_blank(s[q]))
        q++;
    /* "Délibération n° 2026-022 – Objet : Attribution du …": the title
       after the label, read as an OBJET line's (its continuation lines) */
    if ((s[q] == 'O' || s[q] == 'o') && kw(s + q, f->b - q, "objet", true)) {
        size_t r = q + 5;
        while (r < f->b && is_blank(s[r]))
            r++;
        if (r < f->b && s[r] == ':')
            return objet_title_at(x, label, hz, q);
    }
    size_t e = title_end(s, q, f->b), letters;
    bool caps = upper_pct(s, q, e, &letters) >= 90;
    if (letters < 4)
        return NULL;
    sbuf sb = {.n = 0};
    sb_add(&sb, s + q, e - q);
    for (size_t j = label + 1; j < hz && j <= label + 4; j++) {
        const linfo *g = &x->li[j];
        if (g->k & K_SKIP)
            continue;
        if (caps && j == label + 1 && caps_title_cont(x, j, hz)) {
            /* a title in capitals cut by the line end: "N° 2026-058 –
               CRÉATION D'UN POSTE … DU TABLEAU" / "DES EFFECTIFS" */
            sb_add(&sb, s + g->a, title_end(s, g->a, g->b) - g->a);
            break;
        }
        if ((g->k & (K_BLANK | K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_PREAMBLE)) || !lower_start(x, j))
            break;
        sb_add(&sb, s + g->a, title_end(s, g->a, g->b) - g->a);
    }
    return sb_str(x, &sb);
}

/* line i prints an act's kind and its number and nothing else
   ("Délibération n° 2026/027"): the number is the line's last word */
static bool bare_kind_number(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t q = f->a, m = 0;
    for (; q < f->b && q < f->a + 40; q++)
        if ((s[q] == 'N' || s[q] == 'n') && q > f->a && is_blank(s[q - 1]) && (m = numero_at(s + q, f->b - q)))
            break;
    if (!m)
        return false;
    size_t e = trim_end_junk(s, f->a, f->b);   /* (OCR specks after it: "2026/027 : . :") */
    q += m;
    while (q < e && is_blank(s[q]))
        q++;
    if (q == e)
        return false;
    while (q < e && !is_blank(s[q]))
        q++;
    return q == e;
}

/* the colon at q of a heading line [a, b) is inside it, no label's:
   two words or more before it, a lower-case word after it
   ("Restauration scolaire : mise en place …") */
static bool inner_colon(const char *s, size_t a, size_t q, size_t b)
{
    size_t words = 0;
    for (size_t r = a; r < q; r++)
        words += !is_blank(s[r]) && (r == a || is_blank(s[r - 1]));
    size_t r = q + 1;
    while (r < b && is_blank(s[r]))
        r++;
    return words >= 2 && r < b && ((s[r] >= 'a' && s[r] <= 'z') || ((unsigned char)s[r] == 0xC3 && r + 1 < b
                                                                     && (unsigned char)s[r + 1] >= 0xA0));
}

/* the lines in lower case opening with "portant", "relative à",
   "relatif à" right under the label line (one blank line apart at most)
   that prints the kind, the number and maybe the date and nothing else;
   NULL when there are none */
static const char *under_label_title(sctx *x, size_t label, size_t hz)
{
    static const char *const opens[] = {"portant ", "relative a", "relatif a", "relatives a", "relatifs a", NULL};
    const char *s = x->s;
    const linfo *f = &x->li[label];
    size_t j = next_line(x, label, hz);
    if (j >= hz || j > label + 2 || !lower_start(x, j)
        || (x->li[j].k & (K_SKIP | K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_PREAMBLE)))
        return NULL;
    const linfo *g = &x->li[j];
    bool open = false;
    for (size_t k = 0; opens[k] && !open; k++)
        open = kw(s + g->a, g->b - g->a, opens[k], false) != 0;
    if (!open)
        return NULL;
    /* the label line: its number, then only a date up to its end */
    size_t q = f->a, m = 0;
    for (; q < f->b; q++)
        if ((s[q] == 'N' || s[q] == 'n') && (q == f->a || is_blank(s[q - 1])) && (m = numero_at(s + q, f->b - q)))
            break;
    if (!m)
        return NULL;
    const ex_date *dt = ex_date_at(x->c, q + m, f->b);
    size_t e = trim_end(s, f->a, f->b);
    if (dt ? dt->span.end != e : false)
        return NULL;
    if (!dt) {
        /* no date: the number is the line's last word */
        q += m;
        while (q < e && is_blank(s[q]))
            q++;
        while (q < e && !is_blank(s[q]))
            q++;
        if (q != e)
            return NULL;
    }
    sbuf sb = {.n = 0};
    for (size_t k = j; k < hz && k <= j + 3; k++) {
        const linfo *h = &x->li[k];
        if (h->k & K_SKIP)
            continue;
        if ((h->k & (K_BLANK | K_VISA | K_CONSID | K_VERB | K_ARTICLE | K_PREAMBLE)) || !lower_start(x, k))
            break;
        sb_add(&sb, s + h->a, title_end(s, h->a, h->b) - h->a);
    }
    return sb_str(x, &sb);
}

/* after a place's building at p (its ',' or, OCR, a ';' or specks
   ": .", ", :_."): the start of a room word ("salle des mariages"), or
   0 */
static size_t room_after(const char *st, size_t p, size_t end)
{
    static const char *const rooms[] = {"salle ", "salon ", "espace ", "auditorium", "amphitheatre",
                                        "foyer ", "grande salle", "petite salle", NULL};
    size_t r = p, marks = 0;
    while (r < end && (is_blank(st[r]) || st[r] == ',' || st[r] == ';' || st[r] == ':' || st[r] == '.'
                       || st[r] == '_')) {
        marks += !is_blank(st[r]);
        r++;
    }
    if (!marks || marks > 4)
        return 0;
    for (size_t k = 0; rooms[k]; k++)
        if (kw(st + r, end - r, rooms[k], false))
            return r;
    return 0;
}

/* the word ending at st[e] (blanks before e skipped) is a function
   word no sentence ends with: du de des la le les au aux */
static bool function_word_before(const char *st, size_t e)
{
    static const char *const words[] = {"du", "de", "des", "la", "le", "les", "au", "aux", NULL};
    while (e > 0 && is_blank(st[e - 1]))
        e--;
    size_t w = e;
    while (w > 0 && e - w <= 3 && !is_blank(st[w - 1]))
        w--;
    /* (two or three letters, the first d, l or a) */
    if (e - w < 2 || e - w > 3 || (w > 0 && !is_blank(st[w - 1])) || !((st[w] | 0x20) == 'd' || (st[w] | 0x20) == 'l' || (st[w] | 0x20) == 'a'))
        return false;
    for (size_t k = 0; words[k]; k++)
        if (e - w == strlen(words[k]) && kw(st + w, e - w, words[k], false) == e - w)
            return true;
    return false;
}

/* OCR: the dot at st[q] glued to a word no sentence ends with (an article
   or preposition: "dans la salle du.\nconseil de la mairie"), a word in
   lower case after it: a speck */
static bool function_word_dot(const char *st, size_t q, size_t n)
{
    size_t r = q + 1;
    if (q == 0 || is_blank(st[q - 1]) || r >= n || !is_blank(st[r]))
        return false;
    while (r < n && is_blank(st[r]))
        r++;
    return r < n && st[r] >= 'a' && st[r] <= 'z' && function_word_before(st, q);
}

/* OCR: the dot at st[q] glued between two lower-case letters ("à
   la.mairie", "au siège du.syndicat", "réuni en.séance"): a speck for
   the blank (no sentence ends without a blank after its dot) */
static bool glued_letters_dot(const char *st, size_t q, size_t n)
{
    if (q == 0 || q + 1 >= n)
        return false;
    unsigned char b = (unsigned char)st[q - 1], c = (unsigned char)st[q + 1];
    if (!((b >= 'a' && b <= 'z') || (b >= 0x80 && b <= 0xBF)))
        return false;
    /* (a capital after a function word: "salle du.Conseil") */
    return (c >= 'a' && c <= 'z') || c == 0xC3 || (c >= 'A' && c <= 'Z' && function_word_before(st, q));
}

/* OCR: the dot at st[q] glued to a word in lower case, then a function
   word in lower case ("dans la salle du conseil. de la mairie"): no
   sentence opens with "de" (but "la": "à la mairie annexe. la séance
   est ouverte" ends the place) */
static bool dot_before_function_word(const char *st, size_t q, size_t n)
{
    static const char *const words[] = {"de ", "du ", "des ", "d'", NULL};
    if (q == 0 || !(st[q - 1] >= 'a' && st[q - 1] <= 'z'))
        return false;
    size_t r = q + 1;
    if (r >= n || !is_blank(st[r]))
        return false;
    while (r < n && is_blank(st[r]))
        r++;
    if (r >= n || st[r] != 'd')
        return false;
    for (size_t k = 0; words[k]; k++)
        if (kw(st + r, n - r, words[k], false))
            return true;
    return false;
}

/* st[a, b) into sb without OCR specks: a ':' or '.' standing between
   blanks ("siège de : . l'Office", "salle du . conseil"), or glued to a word
   before a lower-case one ("salle du. conseil", "conseil: de la") */
/* the end of a token of OCR specks only at st[q] (before b), standing
   after a blank and before a blank or b: . : ; * _ | ' " ~ ` ^ and the
   typographic … ‘ ’ “ ” ("salle *_ polyvalente", "salle .… polyvalente");
   else 0 */
static size_t speck_token(const char *st, size_t q, size_t b)
{
    size_t t = q;
    while (t < b && !is_blank(st[t])) {
        unsigned char ch = (unsigned char)st[t];
        if (ch < 0x80 && ch && strchr(".:;*_|'\"~`^", ch))
            t++;
        else if (ch == 0xE2 && t + 2 < b && (unsigned char)st[t + 1] == 0x80
                 && memchr("\xA6\x98\x99\x9C\x9D", st[t + 2], 5))
            t += 3;
        else
            return 0;
    }
    return t > q ? t : 0;
}

static void place_add(sbuf *sb, const char *st, size_t a, size_t b)
{
    char buf[400];
    size_t o = 0;
    for (size_t q = a; q < b && o + 1 < sizeof buf; q++) {
        /* OCR: a token of specks only between two words, and its blank */
        size_t t;
        if (q > a && is_blank(st[q - 1]) && (unsigned char)st[q] > ' ' && !((st[q] | 0x20) >= 'a' && (st[q] | 0x20) <= 'z')
            && (t = speck_token(st, q, b)) && t < b) {
            q = t;
            continue;
        }
        if ((st[q] == ':' || st[q] == '.') && q > a && is_blank(st[q - 1]) && (q + 1 >= b || is_blank(st[q + 1])))
            continue;
        /* OCR specks glued to a word: "salle du. conseil", "salle du
           conseil: de la mairie" (a lower-case word after them) */
        if (st[q] == '.' && (function_word_dot(st, q, b) || dot_before_function_word(st, q, b)))
            continue;
        if (st[q] == ',' && q > a && !is_blank(st[q - 1]) && function_word_before(st, q))
            continue;

        if (st[q] == '.' && q > a && glued_letters_dot(st, q, b)) {
            buf[o++] = ' ';
            continue;
        }
        if (st[q] == ':' && q > a && ((st[q - 1] | 0x20) >= 'a' && (st[q - 1] | 0x20) <= 'z') && q + 2 < b
            && is_blank(st[q + 1]) && st[q + 2] >= 'a' && st[q + 2] <= 'z')
            continue;
        /* OCR: a colon for the blank between two lower-case words
           ("salle du conseil:de la mairie") */
        if (st[q] == ':' && q > a && st[q - 1] >= 'a' && st[q - 1] <= 'z' && q + 1 < b && st[q + 1] >= 'a'
            && st[q + 1] <= 'z') {
            buf[o++] = ' ';
            continue;
        }
        buf[o++] = st[q];
    }
    /* OCR: a name cut after its hyphen ("Saint-Aubin-des- ‘\nLandes",
       the speck left out above): the blank before a capital goes */
    size_t w = 0;
    for (size_t r = 0; r < o; r++) {
        if (buf[r] == ' ' && w >= 2 && buf[w - 1] == '-' && (buf[w - 2] | 0x20) >= 'a' && (buf[w - 2] | 0x20) <= 'z'
            && r + 1 < o && ((buf[r + 1] >= 'A' && buf[r + 1] <= 'Z') || (unsigned char)buf[r + 1] == 0xC3))
            continue;
        buf[w++] = buf[r];
    }
    sb_add(sb, buf, w);
}

/* "Date de convocation", "Date de la convocation" at s (OCR: one edit
   in "convocation", "Date de la convoeation"): its bytes, or 0 */
static size_t conv_label(const char *s, size_t n)
{
    /* (kw() reads a key from its start on: without "date de " none of
       the keys below is there; most calls, at any "d...") */
    if (!kw(s, n, "date de ", false))
        return 0;
    size_t m = kw(s, n, "date de convocation", false);
    if (!m)
        m = kw(s, n, "date de la convocation", false);
    if (m)
        return m;
    size_t m0 = kw(s, n, "date de la ", false);
    if (!m0)
        m0 = kw(s, n, "date de ", false);
    size_t e = m0 ? ex_ocr_kw_edit1(s + m0, n - m0, "convocation", true) : 0;
    return e ? m0 + e : 0;
}

/* the dot at st[q] is in a token of marks only, between blanks and
   after a blank ("séance “. publique": a quote and a dot OCR made of a
   speck), with no letter nor digit */
static bool speck_mark(const char *st, size_t q, size_t n)
{
    size_t a = q, b = q;
    while (a > 0 && !is_blank(st[a - 1]))
        a--;
    while (b < n && !is_blank(st[b]))
        b++;
    if (a == 0 || b - a > 4)
        return false;
    for (size_t k = a; k < b; k++) {
        unsigned char ch = (unsigned char)st[k];
        if ((ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || (ch >= 0xC3 && ch < 0xE2))
            return false;
    }
    return true;
}

/* OCR: a dot glued to a month name, the year after it (a line break
   between): "réunie le vendredi 21 novembre.\n2025 à l'Hôtel de Région";
   a speck, not a sentence end */
static bool month_dot(const char *st, size_t q, size_t n)
{
    size_t w = q;
    while (w > 0 && !is_blank(st[w - 1]))
        w--;
    if (q - w < 3 || q - w > 10)
        return false;
    size_t y = q + 1;
    while (y < n && is_blank(st[y]))
        y++;
    if (y == q + 1 || y + 4 > n || !digit(st[y]) || !digit(st[y + 1]) || !digit(st[y + 2]) || !digit(st[y + 3])
        || (y + 4 < n && !is_blank(st[y + 4])) || !(st[y] == '1' || st[y] == '2'))
        return false;
    return ex_month_name(st + w, q - w) != 0;
}

/* "sous la présidence" at st, OCR: an apostrophe or a hyphen for the
   blank after "sous" ("mairie sous'la présidence de M. X") */
static bool presidence_at(const char *st, size_t n)
{
    size_t m = kw(st, n, "sous", false);
    if (!m || m >= n)
        return false;
    if (st[m] == '\'' || st[m] == '-')
        m++;
    else if (m + 3 <= n && (unsigned char)st[m] == 0xE2 && (unsigned char)st[m + 1] == 0x80
             && ((unsigned char)st[m + 2] == 0x98 || (unsigned char)st[m + 2] == 0x99))
        m += 3;
    else if (!is_blank(st[m]))
        return false;
    while (m < n && is_blank(st[m]))
        m++;
    if (kw(st + m, n - m, "la presidence", false))
        return true;
    /* OCR: a lone speck after "la" ("sous la :" / "présidence-de M. X") */
    size_t l = kw(st + m, n - m, "la", false);
    if (!l || m + l + 2 >= n || !is_blank(st[m + l]))
        return false;
    m += l;
    while (m < n && (is_blank(st[m]) || st[m] == '\n'))
        m++;
    if (m + 1 < n && (st[m] == ':' || st[m] == '.' || st[m] == ',' || st[m] == ';')
        && (is_blank(st[m + 1]) || st[m + 1] == '\n'))
        m++;
    else
        return false;
    while (m < n && (is_blank(st[m]) || st[m] == '\n'))
        m++;
    return kw(st + m, n - m, "presidence", false) != 0;
}

/* "sur la convocation", "sur convocation", "après convocation",
   "suivant convocation" at st (a word start): the convocation phrase
   that may follow the place without a comma ("salle du conseil de la
   mairie sur la convocation qui leur a été adressée le …") */
static bool convocation_phrase_at(const char *st, size_t n)
{
    size_t m = kw(st, n, "sur ", false);
    if (!m)
        m = kw(st, n, "apres ", false);
    if (!m)
        m = kw(st, n, "suivant ", false);
    if (!m)
        return false;
    while (m < n && is_blank(st[m]))
        m++;
    size_t a = kw(st + m, n - m, "la ", false);
    if (!a)
        a = kw(st + m, n - m, "sa ", false);
    if (!a)
        a = kw(st + m, n - m, "leur ", false);
    m += a;
    while (m < n && is_blank(st[m]))
        m++;
    return kw(st + m, n - m, "convocation", false) != 0;
}

/* a part of a "s'est réuni(e) ..." stream after its comma, st[p, pe):
   opening with a room word ("salle du conseil de la direction
   départementale"), the room as printed; else NULL */
static const char *comma_room(sctx *x, const char *st, size_t p, size_t pe)
{
    static const char *const rooms[] = {"salle ", "salon ", "auditorium", "amphitheatre", NULL};
    size_t r = p;
    while (r < pe && is_blank(st[r]))
        r++;
    bool room = false;
    for (size_t k = 0; rooms[k] && !room; k++)
        room = kw(st + r, pe - r, rooms[k], false) != 0;
    size_t e = pe;
    while (e > r && is_blank(st[e - 1]))
        e--;
    size_t pl;
    upper_pct(st, r, e, &pl);
    if (!room || pl < 8)
        return NULL;
    sbuf sb = {.n = 0};
    place_add(&sb, st, r, e);
    return sb_str(x, &sb);
}

/* after "séance" (ending at r): at most two words ("publique", "est",
   "extraordinaire") then "ouverte" on the line (before e); the offset
   past it, else 0 */
static size_t ouverte_after(const char *s, size_t r, size_t e)
{
    for (int w = 0; w < 3; w++) {
        while (r < e && is_blank(s[r]))
            r++;
        size_t m = kw(s + r, e - r, "ouverte", true);
        if (m)
            return r + m;
        while (r < e && !is_blank(s[r]) && s[r] != ',' && s[r] != '.')
            r++;
        if (r >= e || !is_blank(s[r]))
            return 0;
    }
    return 0;
}

/* the place in a "s'est réuni(e) ..." stream */
static const char *place_value(sctx *x, const char *st, size_t n)
{
    /* up to "sous la présidence" or a sentence end (not a full stop
       standing between blanks or glued to "à", not a ';' before a room:
       OCR specks and a comma misread, "à la mairie, : . salle des
       mariages", "à. 18 heures", "à la mairie; salle du conseil") */
    size_t end = n;
    for (size_t q = 0; q < n; q++) {
        if (st[q] == '.' && q > 0 && is_blank(st[q - 1]) && (q + 1 >= n || is_blank(st[q + 1])))
            continue;
        /* "en séance “.\npublique": a dot in a speck of marks alone
           between blanks */
        if (st[q] == '.' && speck_mark(st, q, n))
            continue;
        /* "à. 18 heures": no sentence ends with "à" */
        if (st[q] == '.' && q >= 2 && (unsigned char)st[q - 2] == 0xC3 && (unsigned char)st[q - 1] == 0xA0
            && (q == 2 || is_blank(st[q - 3])))
            continue;
        if (st[q] == ';' && room_after(st, q, n))
            continue;
        if (st[q] == '.' && (month_dot(st, q, n) || function_word_dot(st, q, n)))
            continue;
        /* OCR: "à la.mairie", "salle du conseil. de la mairie"; a dot
           glued between a word and digits ("à 14 h.30", "le 19.09.2025")
           ends no sentence either */
        if (st[q] == '.' && (glued_letters_dot(st, q, n) || dot_before_function_word(st, q, n)
                             || (q > 0 && !is_blank(st[q - 1]) && q + 1 < n && digit(st[q + 1]))
                             || (q > 0 && digit(st[q - 1]) && q + 1 < n && st[q + 1] == 'h')))
            continue;
        /* a ';' standing apart after a function word ("à l'Hôtel du ;\n
           Département"): a speck */
        if (st[q] == ';' && q >= 3 && is_blank(st[q - 1]) && function_word_before(st, q - 1))
            continue;
        /* OCR "s'est réuni. à la mairie": a dot glued to the verb, a
           lower-case word after it (no sentence ends with the verb
           before its place) */
        if (st[q] == '.' && q == 0 && n > 2 && is_blank(st[1])
            && ((st[2] >= 'a' && st[2] <= 'z') || (unsigned char)st[2] == 0xC3))
            continue;
        if (((st[q] | 0x20) == 's' && presidence_at(st + q, n - q)) || st[q] == '.' || st[q] == ';') {
            end = q;
            break;
        }
        /* "… de la mairie sur la convocation qui …": no comma before it */
        if (((st[q] | 0x20) == 's' || (st[q] | 0x20) == 'a') && q > 0 && is_blank(st[q - 1])
            && convocation_phrase_at(st + q, n - q)) {
            end = q;
            break;
        }
    }
    /* "s'est réuni salle du conseil de l'Hôtel de Ville, ...": a room
       word right after the verb, no preposition */
    {
        static const char *const rooms0[] = {"salle ", "salon ", "auditorium", "amphitheatre", NULL};
        size_t r = 0;
        while (r < end && is_blank(st[r]))
            r++;
        bool room = false;
        for (size_t k = 0; rooms0[k] && !room; k++)
            room = kw(st + r, end - r, rooms0[k], false) != 0;
        if (room) {
            size_t e = r;
            while (e < end && st[e] != ',')
                e++;
            while (e > r && is_blank(st[e - 1]))
                e--;
            sbuf sb = {.n = 0};
            sb_add(&sb, st + r, e - r);
            return sb_str(x, &sb);
        }
    }
    size_t p = 0;
    while (p < end) {
        size_t pe = p;
        /* (OCR: a comma after a function word is a speck, "salle
           polyvalente de, Saint-Aubin") */
        while (pe < end && !(st[pe] == ',' && !function_word_before(st, pe)) && !(st[pe] == ';' && room_after(st, pe, end)))
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
            /* "A LA MAIRIE", "A L'HOTEL DE VILLE": capitals printed
               without their accent (an article must follow) */
            else if (st[q] == 'A' && q + 1 < pe && st[q + 1] == ' '
                     && (kw(st + q + 2, pe - q - 2, "la ", false) || kw(st + q + 2, pe - q - 2, "le ", false)
                         || kw(st + q + 2, pe - q - 2, "l'", false)))
                m = 2;
            if (!m)
                continue;
            size_t r = q + m;
            while (r < pe && is_blank(st[r]))
                r++;
            /* OCR: a speck standing alone after the preposition ("s'est
               réuni à .\nl'Espace Lorvanne") */
            if (r + 2 < pe && is_blank(st[r - 1]) && (st[r] == '.' || st[r] == ':' || st[r] == ',') && is_blank(st[r + 1])) {
                r++;
                while (r < pe && is_blank(st[r]))
                    r++;
            }
            bool au = kw(st + q, pe - q, "au ", false) != 0;
            size_t art = kw(st + r, pe - r, "la ", false);
            if (!art)
                art = kw(st + r, pe - r, "l'", false);
            if (!art)
                art = kw(st + r, pe - r, "le ", false);
            /* OCR: a hyphen for the blank ("dans la-salle du conseil") */
            if (!art && ((art = kw(st + r, pe - r, "la-", false)) || (art = kw(st + r, pe - r, "le-", false)))
                && !(r + art < pe && st[r + art] >= 'a' && st[r + art] <= 'z'))
                art = 0;
            /* or a dot ("à la.mairie") */
            if (!art && ((art = kw(st + r, pe - r, "la.", false)) || (art = kw(st + r, pe - r, "le.", false)))
                && !(r + art < pe && st[r + art] >= 'a' && st[r + art] <= 'z'))
                art = 0;
            r += art;
            /* OCR: a speck after the article ("à la :\nmairie annexe") */
            if (art && r + 1 < pe && (st[r] == ':' || st[r] == '.' || st[r] == ',' || st[r] == ';')
                && is_blank(st[r + 1])) {
                r++;
                while (r < pe && is_blank(st[r]))
                    r++;
            }
            if (r >= pe)
                continue;
            /* not a time, a session, the usual place */
            static const char *const bad[] = {"seance", "session", "lieu habituel", "heure", "h ", "present",
                                              "nombre", "vertu", "application", "date", "son ", "sa ", "ses ",
                                              "visioconference", "raison", "date", "vue", "presence", "mairie, sous", NULL};
            bool rej = digit(st[r]);
            kwpre t = kw_pre(st + r, pe - r);
            for (size_t k = 0; bad[k] && !rej; k++)
                if (kw_may(bad[k], t) && kw(st + r, pe - r, bad[k], false))
                    rej = true;
            /* OCR: specks between "lieu" and "habituel" ("DANS LE LIEU:
               ee\nHABITUEL DE SES SEANCES"): the usual place too */
            size_t lm2 = rej ? 0 : kw(st + r, pe - r, "lieu", false);
            for (size_t z = r + lm2; lm2 && z < pe && z < r + lm2 + 10 && !rej; z++)
                rej = is_blank(st[z - 1]) && kw(st + z, pe - z, "habituel", false);
            /* ... or a speck "," standing apart after it, which ended the
               part ("DANS LE LIEU ,\nHABITUEL DE SES SEANCES") */
            if (lm2 && !rej && pe < end && st[pe] == ',' && pe > r + lm2 && is_blank(st[pe - 1])) {
                size_t z = r + lm2;
                while (z < pe && is_blank(st[z]))
                    z++;
                if (z == pe) {
                    z = pe + 1;
                    while (z < end && (is_blank(st[z]) || st[z] == '\n'))
                        z++;
                    rej = kw(st + z, end - z, "habituel", false) != 0;
                }
            }
            size_t used;
            if (!rej && ex_number_words(st + r, pe - r, &used) >= 0 && used > 0)
                rej = true;
            /* "en assemblée plénière le jeudi …", "en réunion
               ordinaire", "en formation plénière", "en bureau": the
               session's kind, no place ("en mairie" is one) */
            static const char *const kinds[] = {"assemblee", "reunion", "formation", "pleniere", "commission",
                                                "bureau", "comite", NULL};
            if (!rej && !art && (st[q] | 0x20) == 'e' && st[q + 1] == 'n')
                for (size_t k = 0; kinds[k] && !rej; k++)
                    rej = kw(st + r, pe - r, kinds[k], false) != 0;
            if (rej)
                continue;
            if (au) {
                /* "au lieu habituel": rejected above; "au siège de ..." keeps "siège de" */
            }
            size_t e = pe;
            /* "à la mairie en séance publique": the session's kind
               after the place ends it */
            for (size_t z = r + 1; z + 9 <= pe; z++)
                if ((st[z] | 0x20) == 'e' && is_blank(st[z - 1]) && kw(st + z, pe - z, "en seance", false)) {
                    e = z;
                    break;
                }
            while (e > r && is_blank(st[e - 1]))
                e--;
            size_t pl;
            upper_pct(st, r, e, &pl);
            if (e <= r || pl < 3)
                continue;
            sbuf sb = {.n = 0};
            /* "à la mairie, salle des mariages,": the room goes with its
               building (after OCR specks, or a ';' for the comma: the
               value reads "building, room") */
            size_t r2 = pe < end ? room_after(st, pe, end) : 0;
            if (r2) {
                size_t e2 = r2;
                while (e2 < end && st[e2] != ',')
                    e2++;
                while (e2 > r2 && is_blank(st[e2 - 1]))
                    e2--;
                if (st[pe] == ',' && r2 == pe + 2 && st[pe + 1] == ' ') {
                    e = e2;     /* as printed */
                } else {
                    place_add(&sb, st, r, e);
                    if (sb.n + 1 < sizeof sb.buf)
                        sb.buf[sb.n++] = ',';
                    r = r2;
                    e = e2;
                }
            } else if (pe < end && st[pe] == ',') {
                /* "à l'Hôtel de Région, à Orléans,": the town goes with
                   its building, as printed */
                size_t c1 = pe + 1;
                while (c1 < end && is_blank(st[c1]))
                    c1++;
                if (c1 + 3 < end && (unsigned char)st[c1] == 0xC3 && (unsigned char)st[c1 + 1] == 0xA0
                    && st[c1 + 2] == ' ' && ex_upper_start(st + c1 + 3, end - c1 - 3)) {
                    size_t e2 = c1 + 3;
                    while (e2 < end && st[e2] != ',' && !digit(st[e2]))
                        e2++;
                    while (e2 > c1 && is_blank(st[e2 - 1]))
                        e2--;
                    if ((e2 == end || st[e2] == ',') && e2 - c1 <= 50)
                        e = e2;
                }
            }
            place_add(&sb, st, r, e);
            return sb_str(x, &sb);
        }
        /* "le 3 octobre 2025 à 14 h 30, salle du conseil de la direction,":
           a room word opening a part after a comma, no preposition */
        if (p > 0 && st[p - 1] == ',') {
            const char *v = comma_room(x, st, p, pe);
            if (v)
                return v;
        }
        p = pe + 1;
    }
    return NULL;
}

/* "Lieu :", "Lieu de la séance :", "Lieu de réunion :" at p: the bytes
   up to the colon's end, 0 for none */
static size_t place_label(const char *p, size_t n)
{
    static const char *const quals[] = {"de la seance", "de seance", "de la reunion", "de reunion", NULL};
    size_t m = kw(p, n, "lieu", true);
    if (!m)
        return 0;
    /* "Lieu<TAB>Salle des fêtes" (a word processor's label column): a
       TAB after the label then a capital stands for the colon */
    bool tab = m < n && p[m] == '\t';
    while (m < n && is_blank(p[m]))
        m++;
    if (tab && m < n && p[m] >= 'A' && p[m] <= 'Z')
        return m;
    for (size_t k = 0; quals[k]; k++) {
        size_t r = kw(p + m, n - m, quals[k], true);
        if (r) {
            m += r;
            break;
        }
    }
    while (m < n && is_blank(p[m]))
        m++;
    return m < n && p[m] == ':' ? m + 1 : 0;
}

/* "salle du conseil, 14 h 00", "…, à 14h30", "… – 9 h": the hour after
   a place's comma or dash is no part of it: the end before it (else b) */
static size_t hour_tail(const char *s, size_t a, size_t b)
{
    size_t e = b;
    while (e > a && (is_blank(s[e - 1]) || s[e - 1] == '.'))
        e--;
    size_t q = e;
    while (q > a && e - q < 2 && s[q - 1] >= '0' && s[q - 1] <= '9')
        q--;
    while (q > a && is_blank(s[q - 1]))
        q--;
    if (q > a && (s[q - 1] == 'h' || s[q - 1] == 'H'))
        q--;
    else if (q == e || q <= a || s[q - 1] != ':')
        return b;
    else
        q--;    /* "14:00" */
    while (q > a && is_blank(s[q - 1]))
        q--;
    size_t d = q;
    while (q > a && d - q < 2 && s[q - 1] >= '0' && s[q - 1] <= '9')
        q--;
    if (q == d || q <= a || !is_blank(s[q - 1]))
        return b;
    while (q > a && is_blank(s[q - 1]))
        q--;
    if (q >= a + 2 && (s[q - 1] | 0x20) == 'a' && s[q - 2] == ' ')
        q -= 2; /* "à" unaccented */
    else if (q >= a + 3 && (unsigned char)s[q - 2] == 0xC3 && (unsigned char)s[q - 1] == 0xA0 && s[q - 3] == ' ')
        q -= 3; /* "à" */
    while (q > a && is_blank(s[q - 1]))
        q--;
    if (q > a && s[q - 1] == ',')
        q--;
    else if (q >= a + 3 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80
             && ((unsigned char)s[q - 1] == 0x93 || (unsigned char)s[q - 1] == 0x94))
        q -= 3;
    else if (q > a && s[q - 1] == '-')
        q--;
    else
        return b;
    while (q > a && is_blank(s[q - 1]))
        q--;
    return q > a ? q : b;
}

/* the building words opening a place (place_under(), place_dash()) */
static const char *const place_buildings[] = {
    "maison", "mairie", "salle", "hotel", "espace", "foyer", "centre", "siege", "locaux", "auditorium",
    "amphitheatre", "salon", "chateau", "pavillon", "palais", "batiment", "halle", "gymnase", "bureaux",
    "grande salle", "petite salle", NULL
};

/* The place printed alone on the line under a session's date line
   ("Réunion du lundi 16 juin 2025 à 14 h 00" + "Salle des fêtes de X"):
   the next line, short, capitalised, opening with a building word (a
   lexicon), no label (no colon), no list item, no heading in capitals
   nor any line of the act's structure; NULL for none */
static const char *place_under(sctx *x, size_t i, size_t lim)
{
    static const char *const *const buildings = place_buildings;
    const char *s = x->s;
    size_t j = next_line(x, i, lim);
    if (j >= lim || j > i + 2)
        return NULL;
    const linfo *g = &x->li[j];
    size_t a = g->a, b = trim_end(s, g->a, g->b), cn;
    if (b - a < 4 || b - a > 80 || (g->k & (K_SKIP | K_LBL | K_NUMBER | K_NUMLINE | K_OBJET | K_VISA | K_CONSID
                                           | K_VERB | K_ARTICLE | K_PREAMBLE | K_SIG))
        || upper_line(x, j) || case_at(s + a, b - a, &cn) <= 0 || memchr(s + a, ':', b - a))
        return NULL;
    for (size_t k = 0; buildings[k]; k++)
        if (kw(s + a, b - a, buildings[k], true)) {
            if (s[b - 1] == '.')
                b--;
            sbuf sb = {.n = 0};
            sb_add(&sb, s + a, b - a);
            return sb_str(x, &sb);
        }
    return NULL;
}

/* The place printed on the session's date line itself, a member after
   a dash ("Séance du lundi 2 février 2026 – 18 h 30 – salle du conseil,
   Castelvieil"): the first member after " – " / " - " that opens with a
   building word (place_under()'s lexicon), to the line's end, a final
   period left out; NULL for none */
static const char *place_dash(sctx *x, size_t i)
{
    const char *s = x->s;
    const linfo *g = &x->li[i];
    size_t a = g->a, b = trim_end(s, g->a, g->b);
    for (size_t q = a; q + 2 < b; q++) {
        if (!is_blank(s[q]))
            continue;
        size_t r = q + 1;
        if (s[r] == '-')
            r++;
        else if (r + 2 < b && (unsigned char)s[r] == 0xE2 && (unsigned char)s[r + 1] == 0x80
                 && ((unsigned char)s[r + 2] == 0x93 || (unsigned char)s[r + 2] == 0x94))
            r += 3;
        else
            continue;
        if (r >= b || !is_blank(s[r]))
            continue;
        while (r < b && is_blank(s[r]))
            r++;
        size_t e = b;
        if (e > r && s[e - 1] == '.')
            e--;
        if (e - r < 4 || e - r > 80 || memchr(s + r, ':', e - r))
            continue;
        for (size_t k = 0; place_buildings[k]; k++)
            if (kw(s + r, e - r, place_buildings[k], true)) {
                sbuf sb = {.n = 0};
                sb_add(&sb, s + r, e - r);
                return sb_str(x, &sb);
            }
    }
    return NULL;
}

/* the value of a label at view offset a up to b (its line's end): up to
   a next label on the same line (" – Heure : 18 h 30"), a final period
   left out; NULL when empty */
static const char *label_text(sctx *x, size_t a, size_t b)
{
    const char *s = x->s;
    while (a < b && is_blank(s[a]))
        a++;
    for (size_t q = a; q + 2 < b; q++) {
        size_t dl = 0;
        if (is_blank(s[q]) && s[q + 1] == '-')
            dl = 2;
        else if (is_blank(s[q]) && q + 3 < b && (unsigned char)s[q + 1] == 0xE2 && (unsigned char)s[q + 2] == 0x80
                 && ((unsigned char)s[q + 3] == 0x93 || (unsigned char)s[q + 3] == 0x94))
            dl = 4;
        if (!dl || q + dl >= b || !is_blank(s[q + dl]))
            continue;
        /* a few words then a colon: the next label */
        size_t r = q + dl, words = 0;
        while (r < b && s[r] != ':' && words <= 4) {
            while (r < b && is_blank(s[r]))
                r++;
            if (r < b && s[r] != ':')
                words++;
            while (r < b && !is_blank(s[r]) && s[r] != ':')
                r++;
        }
        if (r < b && s[r] == ':' && words >= 1 && words <= 4) {
            b = q;
            break;
        }
    }
    b = trim_end(s, a, b);
    if (b > a && s[b - 1] == '.')
        b = trim_end(s, a, b - 1);
    size_t letters;
    upper_pct(s, a, b, &letters);
    if (letters < 3)
        return NULL;
    sbuf sb = {.n = 0};
    sb_add(&sb, s + a, b - a);
    return sb_str(x, &sb);
}

/* the first q in [q, e) where a word that a session key may start
   starts: s[q] is s r l c or d (either case), s[q + 1] is one that
   session_pair() lets follow it, and q is the line start ls or s[q - 1]
   no ASCII letter (letter_at() with one byte); e when none.  Eight bytes at a time where the byte order allows it: y, the
   bytes lower-cased on 7 bits (no carry between them below), flags an
   ASCII letter where y + 0x1F has bit 7 and y + 5 not, a byte equal to
   c where (y ^ c) + 0x7F has not. */
static inline bool ascii_letter(char ch)
{
    return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
}

/* c0 c1 (c0: s r l c or d, either case) can open a key of the session
   tests of heading() as kw() reads them: every one starts se / s' / s
   + blank ("s 'est"), re, l' / li (lieu: an i, or what OCR makes of it),
   co and da (a byte >= 0x80 not filtered on: é, ’, à ...) */
static inline bool session_pair(unsigned char c0, unsigned char c1)
{
    if (c1 >= 0x80)
        return true;
    char f = (char)((c1 >= 'A' && c1 <= 'Z') ? c1 + 32 : c1);
    switch (c0 | 0x20) {
    case 's':
        return f == 'e' || f == '\'' || f == '`' || f == ' ' || f == '\t';
    case 'r':
        return f == 'e';
    case 'l':
        return f == '\'' || f == '`' || f == 'i' || f == '1' || f == 'l' || f == '|' || f == '!';
    case 'c':
        return f == 'o' || f == '0';
    default: /* d */
        return f == 'a';
    }
}

static size_t session_word(const char *s, size_t ls, size_t q, size_t e)
{
#if defined(EX_SIMD)
    /* SSE2: sixteen bytes a step (loads from q - 1 to q + 15, all before
       e): s[q] lower-cased (| 0x20: only the two cases of a letter give
       it) one of s r l c d, and s[q - 1] no ASCII letter (the same test,
       ex_v_in() unsigned: no byte >= 0x80 is one), except at the line
       start ls */
    if (q > 0) {
        for (; q < e && e - q >= 16; q += 16) {
            const __m128i lo = ex_v_low(ex_v_load(s + q));
            const __m128i m = _mm_or_si128(_mm_or_si128(ex_v_eq(lo, 's'), ex_v_eq(lo, 'r')),
                                           _mm_or_si128(ex_v_eq(lo, 'l'),
                                                        _mm_or_si128(ex_v_eq(lo, 'c'), ex_v_eq(lo, 'd'))));
            const __m128i pl = ex_v_in(ex_v_low(ex_v_load(s + q - 1)), 'a', 'z');
            unsigned hit = ex_v_mask(_mm_andnot_si128(pl, m));
            if (q == ls)
                hit |= ex_v_mask(m) & 1u;
            /* (s[k + 1]: at most s[e], the view's NUL at its end) */
            for (; hit; hit &= hit - 1) {
                size_t k = q + (size_t)__builtin_ctz(hit);
                if (session_pair((unsigned char)s[k], (unsigned char)s[k + 1]))
                    return k;
            }
        }
    }
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) \
    && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F, high = ones * 0x80;
    for (; e - q >= 8 && q < e; q += 8) {
        uint64_t w;
        memcpy(&w, s + q, 8);
        uint64_t y = (w | (ones * 0x20)) & low7, ascii = ~w & high;
        uint64_t letter = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x7F - 'z')) & ascii;
        uint64_t prev = (letter << 8) | (q > ls && ascii_letter(s[q - 1]) ? 0x80u : 0u);
        uint64_t xs = y ^ (ones * 's'), xr = y ^ (ones * 'r'), xl = y ^ (ones * 'l');
        uint64_t xc = y ^ (ones * 'c'), xd = y ^ (ones * 'd');
        uint64_t nz = ((xs + low7) | xs) & ((xr + low7) | xr) & ((xl + low7) | xl)
                      & ((xc + low7) | xc) & ((xd + low7) | xd);
        uint64_t hit = ~nz & ascii & ~prev & high;
        /* (s[k + 1]: at most s[e], the view's NUL at its end) */
        for (; hit; hit &= hit - 1) {
            size_t k = q + (size_t)(__builtin_ctzll(hit) >> 3);
            if (session_pair((unsigned char)s[k], (unsigned char)s[k + 1]))
                return k;
        }
    }
#endif
    for (; q < e; q++) {
        if (q > ls && ascii_letter(s[q - 1]))
            continue;
        char ch = s[q] | 0x20;
        if ((ch == 's' || ch == 'r' || ch == 'l' || ch == 'c' || ch == 'd')
            && session_pair((unsigned char)s[q], (unsigned char)s[q + 1]))
            return q;
    }
    return e;
}

/* "Séance du jeudi 13 juin 2024", "Réunion du ...", "Session ...",
   "L'an ...": the session line under a label, not a title */
static bool session_line(const char *p, size_t n)
{
    static const char *const keys[] = {"seance ", "reunion ", "session ", "l'an ", NULL};
    for (size_t i = 0; keys[i]; i++)
        if (kw(p, n, keys[i], false))
            return true;
    return false;
}

/* "Séance-ordinaire du …", "Réunion-du …": a session word whose blank
   OCR read as a hyphen glued to the lower-case word after it (kw()
   takes such a hyphen only inside a key, not for its last blank) */
static bool session_hyphen(const char *p, size_t n)
{
    size_t m = kw(p, n, "seance", false);
    if (!m)
        m = kw(p, n, "reunion", false);
    return m && m + 1 < n && p[m] == '-' && p[m + 1] >= 'a' && p[m + 1] <= 'z';
}

/* p past the blanks and line breaks from p */
static size_t skip_gap(const char *s, size_t n, size_t p)
{
    while (p < n && (is_blank(s[p]) || s[p] == '\n'))
        p++;
    return p;
}

/* "qui leur a été ", "qui lui a été ", "qui leur ont été " at s (the
   phrase may run across a line break), between "convocation" and its
   participle of sending: its bytes with the blanks after it, or 0 */
static size_t sent_clause(const char *s, size_t n, size_t q)
{
    size_t m = kw(s + q, n - q, "qui", true);
    if (!m)
        return 0;
    size_t r = skip_gap(s, n, q + m);
    static const char *const pron[] = {"leur", "lui", "vous", "nous", NULL};
    size_t pm = 0;
    for (size_t k = 0; pron[k] && !pm; k++)
        pm = kw(s + r, n - r, pron[k], true);
    if (!pm)
        return 0;
    r = skip_gap(s, n, r + pm);
    size_t am = kw(s + r, n - r, "a", true);
    if (!am)
        am = kw(s + r, n - r, "ont", true);
    if (!am)
        return 0;
    r = skip_gap(s, n, r + am);
    size_t em = kw(s + r, n - r, "ete", true);
    if (!em)
        return 0;
    return skip_gap(s, n, r + em) - q;
}

/* "se" ending line i at q, "sont réunis" opening the next line (the
   sentence "… les administrateurs de la société se / sont réunis au
   siège social"): the bytes from q to the end of "réunis", else 0 */
static size_t se_sont_reunis(sctx *x, size_t i, size_t q, size_t hz)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    if (q + 2 != f->b || !kw(s + q, 2, "se", true) || (q > f->a && !is_blank(s[q - 1])) || i + 1 >= hz)
        return 0;
    const linfo *g = &x->li[i + 1];
    if (g->k & (K_BLANK | K_SKIP))
        return 0;
    size_t m = kw(s + g->a, g->b - g->a, "sont reunis", false);
    return m ? g->a + m - q : 0;
}

/* "du Président-Directeur général ", "de la Présidente ": the convener
   between "convocation" and its participle ("sur convocation du
   Président-Directeur général adressée le 3 mars 2026"): "du", "de la",
   "de l'" and at most four words (letters, hyphens, apostrophes; line
   breaks between), up to the participle at the returned offset from q
   (0: none; sent: the participles) */
static size_t convener_clause(const char *s, size_t n, size_t q, const char *const *sent)
{
    size_t m = kw(s + q, n - q, "du", true);
    if (!m)
        m = kw(s + q, n - q, "de la", true);
    if (!m)
        m = kw(s + q, n - q, "de l'", false);
    /* "sur convocation de son Président adressée le …" */
    if (!m)
        m = kw(s + q, n - q, "de son", true);
    if (!m)
        m = kw(s + q, n - q, "de sa", true);
    if (!m)
        m = kw(s + q, n - q, "de leur", true);
    if (!m)
        return 0;
    size_t r = q + m;
    for (int w = 0; w < 5; w++) {
        r = skip_gap(s, n, r);
        if (w > 0)
            for (size_t k = 0; sent[k]; k++)
                if (kw(s + r, n - r, sent[k], true))
                    return r - q;
        size_t a = r;
        while (r < n && (letter_at(s + r, n - r) || s[r] == '-' || s[r] == '\'' || (unsigned char)s[r] >= 0x80))
            r++;
        if (r == a || w == 4)
            return 0;
    }
    return 0;
}

/* the date starting exactly at p, into *out */
static bool date_right_at(const ex_call *c, size_t p, ex_date_val *out)
{
    const ex_date *dt = ex_date_at(c, p, p + 1);
    if (!dt)
        return false;
    *out = dt->value;
    return true;
}

/* a verb in the future after a council named in the exposé ("le conseil
   municipal statuera", "se prononcera", "délibérera"): that council
   will decide later, it is not the act's body.  The word after view
   offset q in line i (or opening the next line), past "se"/"s'". */
static bool future_verb_after(sctx *x, size_t i, size_t q)
{
    const char *s = x->s;
    size_t b = x->li[i].b;
    while (q < b && is_blank(s[q]))
        q++;
    if (q >= b) {
        size_t j = next_line(x, i, x->nl);
        if (j >= x->nl || j != i + 1)
            return false;
        q = x->li[j].a;
        b = x->li[j].b;
    }
    if (kw(s + q, b - q, "se ", false))
        q += 3;
    else if (kw(s + q, b - q, "s'", false))
        q += 2;
    size_t w = q;
    while (w < b && ((s[w] >= 'a' && s[w] <= 'z') || (unsigned char)s[w] >= 0x80))
        w++;
    if (w - q < 4 || (w < b && !is_blank(s[w]) && s[w] != ',' && s[w] != '.'))
        return false;
    return (s[w - 2] == 'r' && s[w - 1] == 'a')
           || (w - q >= 6 && s[w - 4] == 'r' && s[w - 3] == 'o' && s[w - 2] == 'n' && s[w - 1] == 't');
}

static size_t c_at(const char *s, size_t q, size_t e);

/* an assembly's name wrapped over a line end, in a sentence ("…, à
   vingt heures, le conseil" / "municipal, légalement convoqué …"): a word
   in the last bytes of line i opening an assembly's name (assembly_at(),
   more than 8 bytes, as the one-line reading) whose rest opens line j,
   the next line of the paragraph (before hz).  Sets *pos (the name's
   view offset on line i), *next (j) and *tail (its bytes on line j, from
   li[j].a); not a council that will decide later (future_verb_after()). */
static bool wrapped_assembly_at(sctx *x, size_t i, size_t b, size_t hz, size_t *pos, size_t *next, size_t *tail)
{
    const char *s = x->s;
    size_t a = x->li[i].a;
    size_t j = next_line(x, i, hz);
    /* (next_line() gives hz when no line follows: no li[hz] read) */
    if (j >= hz || !adjacent(x, i, j))
        return false;
    size_t ja = x->li[j].a, jb = x->li[j].b;
    char buf[96];
    /* (the name's words on line i: at most 40 bytes) */
    for (size_t q = c_at(s, b - a > 40 ? b - 40 : a, b - 6); q < b - 6; q = c_at(s, q + 1, b - 6)) {
        if (q > a && !is_blank(s[q - 1]))
            continue;
        size_t n1 = b - q, n2 = jb - ja;
        if (n2 > sizeof buf - n1 - 1)
            n2 = sizeof buf - n1 - 1;
        memcpy(buf, s + q, n1);
        buf[n1] = ' ';
        memcpy(buf + n1 + 1, s + ja, n2);
        size_t am = assembly_at(buf, n1 + 1 + n2);
        if (am > 8 && am > n1 + 1) {
            if (future_verb_after(x, j, ja + (am - n1 - 1)))
                return false;
            *pos = q;
            *next = j;
            *tail = am - n1 - 1;
            return true;
        }
    }
    return false;
}

/* (the pre-test inline: a line of running text, cut inside the name, a
   letter last, no punctuation) */
static inline bool wrapped_assembly(sctx *x, size_t i, size_t hz, size_t *pos, size_t *next, size_t *tail)
{
    const char *s = x->s;
    size_t a = x->li[i].a, b = x->li[i].b;
    if (b - a < 40)
        return false;
    b = trim_end(s, a, b);
    unsigned char e = (unsigned char)s[b - 1];
    if (b - a < 40 || (e < 0x80 && !((e | 0x20) >= 'a' && (e | 0x20) <= 'z')))
        return false;
    return wrapped_assembly_at(x, i, b, hz, pos, next, tail);
}

/* the assembly's name read at mixed_pos of line ml (wrapped_assembly():
   its tail bytes opening line nl, the line end as one blank) into sb */
static void mixed_value(sctx *x, sbuf *sb, size_t ml, size_t pos, size_t nl, size_t tail)
{
    const char *s = x->s;
    if (!tail) {
        sb_add(sb, s + pos, assembly_at(s + pos, x->li[ml].b - pos));
        return;
    }
    sb_add(sb, s + pos, trim_end(s, pos, x->li[ml].b) - pos);
    sb_add(sb, " ", 1);
    sb_add(sb, s + x->li[nl].a, tail);
}

/* [a, b) is a table row: a gap of three blanks or more between two
   cells, the one after it opening with a digit (a price, a mark) */
static bool cell_row(const char *s, size_t a, size_t b)
{
    for (size_t q = a + 1; q + 3 < b; q++)
        if (s[q] == ' ' && s[q + 1] == ' ' && s[q + 2] == ' ' && s[q - 1] != ' ') {
            size_t r = q + 3;
            while (r < b && s[r] == ' ')
                r++;
            if (r < b && digit(s[r]))
                return true;
            q = r;
        }
    return false;
}

/* the line opening at a, up to q, announces an annex to another
   record: "Annexe au procès-verbal de la commission … du 2 juin 2026"
   (that record's date is no séance of this document) */
static bool annexe_line(const char *s, size_t a, size_t q)
{
    return q > a && (s[a] == 'A' || s[a] == 'a') && (kw(s + a, q - a, "annexe au ", false)
                                                     || kw(s + a, q - a, "annexe a la ", false));
}

/* The title an "OBJET :" line i opens, with its continuation lines
   before line hz */
static const char *objet_title(sctx *x, size_t i, size_t hz)
{
    return objet_title_at(x, i, hz, x->li[i].a);
}

/* objet_title() of the "Objet" label at offset o of line i (on the
   number line: "Délibération n° 2026-022 – Objet : …") */
static const char *objet_title_at(sctx *x, size_t i, size_t hz, size_t o)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    size_t q = o + kw(s + o, f->b - o, "objet", false);
    if (q == o)
        q += kw(s + o, f->b - o, "affaire", true);     /* "AFFAIRE : …" */
    q += other_lang_tail(s + q, f->b - q);     /* "Objet / Gaia : …" */
    while (q < f->b && (is_blank(s[q]) || s[q] == ':' || s[q] == '\'' || s[q] == '.' || s[q] == ';'
                        || s[q] == '+' || s[q] == '!'))
        q++;
    sbuf sb = {.n = 0};
    size_t qe = title_end(s, q, f->b);
    sb_add(&sb, s + q, qe - q);
    size_t prev = i;
    bool tight = false;     /* a line joined right under another */
    for (size_t j = i + 1; j < hz && j <= i + 6; j++) {
        const linfo *g = &x->li[j];
        if (g->k & K_SKIP) {
            /* "... – Répartition" / "2024": a year alone right
               under the title (lines.c took it for a page
               number) ends it */
            if (!(g->k & K_STAMP) && j == prev + 1 && year_line(x, j)) {
                sb_add(&sb, s + g->a, title_end(s, g->a, g->b) - g->a);
                break;
            }
            continue;
        }
        bool conn = ends_connector(s, x->li[prev].a, x->li[prev].b);
        if (g->k & K_BLANK) {
            /* "... plan de financement -" + blank line + "Le dix-huit
               septembre ...": a dash after a blank ending the line
               (often an OCR speck) leads over the blank line only
               to capitals or a lower-case start, not to prose */
            if (conn && spaced_dash_end(s, x->li[prev].a, x->li[prev].b)) {
                size_t k = next_line(x, j, hz);
                if (k < hz && !upper_line(x, k) && !lower_start(x, k))
                    break;
            }
            /* a double-spaced act (OCR) crosses one blank line,
               unless the title already went on without one: its
               own spacing says the blank is a paragraph break;
               nor after a continuation line a colon ends ("...
               BRULES" :": the body announced) */
            size_t pe = trim_end(s, x->li[prev].a, x->li[prev].b);
            bool colon = prev > i && pe > x->li[prev].a && s[pe - 1] == ':';
            if (conn && plain_connector(s, x->li[prev].a, x->li[prev].b))
                continue;
            /* (nor to a paragraph whose lines follow each other with
               no blank: the scan's blank lines stop there, "OBJET : …"
               / blank / "MONSIEUR LE MAIRE EXPOSE …" + its next line) */
            if (x->dbl && j == prev + 1 && !tight && !colon) {
                size_t k = next_line(x, j, hz);
                if (!(k + 1 < hz && !(x->li[k + 1].k & (K_BLANK | K_SKIP))))
                    continue;
            }
            break;
        }
        if (g->k & (K_VISA | K_CONSID | K_ARTICLE | K_VERB))
            break;
        /* "… des mobilités actives" / "2026-2032": a range of years
           alone right under a title line ending with no stop ends it */
        if (j == prev + 1 && digit(s[g->a]) && year_line(x, j)) {
            size_t pe = trim_end(s, x->li[prev].a, x->li[prev].b);
            if (pe > x->li[prev].a && !strchr(".:;!?", s[pe - 1]))
                sb_add(&sb, s + g->a, title_end(s, g->a, g->b) - g->a);
            break;
        }
        /* "(parcelle cadastrée section AB" / "n° 212) – ...": a
           bracket the title leaves open, closed on the next line
           (which a number or a label may open) */
        bool paren = j == prev + 1 && open_paren(sb.buf, sb.n) && paren_closes(s, g->a, g->b);
        if ((g->k & (K_NUMBER | K_LBL)) && !paren)
            break;
        /* the dash kept: "… l'autonomie – Conférence …" (also
           before a lower-case word) */
        bool dash = j == prev + 1 && dash_part(x, prev, j, hz);
        if (!(paren || conn || lower_start(x, j) || (upper_line(x, j) && upper_line(x, i)) || dash
              || (j == prev + 1 && (title_cont(x, prev, j, hz) || bracket_cont(x, j) || num_cont(x, prev, j)
                                    || hanging_cont(x, i, q, prev, j)))))
            break;
        /* the dash kept: "… l'autonomie – Conférence …" */
        size_t ga = dash || open_quote(x, j) ? x->t->lines[j].start + x->t->lines[j].indent : g->a;
        sb_add(&sb, s + ga, title_end(s, ga, g->b) - ga);
        tight = tight || j == prev + 1;
        prev = j;
    }
    /* no title ends with a dash or a colon after a blank (OCR
       specks: "... de vente : -") */
    while (sb.n >= 2 && sb.buf[sb.n - 2] == ' '
           && (sb.buf[sb.n - 1] == '-' || sb.buf[sb.n - 1] == ':'))
        sb.n -= 2;
    while (sb.n >= 4 && sb.buf[sb.n - 4] == ' ' && (unsigned char)sb.buf[sb.n - 3] == 0xE2
           && (unsigned char)sb.buf[sb.n - 2] == 0x80
           && ((unsigned char)sb.buf[sb.n - 1] == 0x93 || (unsigned char)sb.buf[sb.n - 1] == 0x94))
        sb.n -= 4;
    return sb_str(x, &sb);
}

/* line j goes on with a title set with a HANGING INDENT ("AFFAIRE :
   Affectation de …" / "          2026 – programme …"): right under line
   prev that ends with no stop, its first character in the column of the
   title's first character q on the label's line i (4 or more) */
static bool hanging_cont(const sctx *x, size_t i, size_t q, size_t prev, size_t j)
{
    const char *s = x->s;
    size_t ind = x->t->lines[j].indent;
    if (j != prev + 1 || ind < 4)
        return false;
    size_t col = 0;
    for (size_t k = x->t->lines[i].start; k < q; k++)
        col += ((unsigned char)s[k] & 0xC0) != 0x80;
    if (col != ind)
        return false;
    size_t pa = x->li[prev].a, pb = trim_end(s, pa, x->li[prev].b);
    return pb > pa && !strchr(".:;!?", s[pb - 1]);
}

/* the view's s[a..b) holds no digit (a date written in words) */
static bool no_digit(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return false;
    return true;
}

/* OCR turns a digit of the séance's year into another ("SÉANCE DU 22
   SEPTEMBRE 2095"); words never read as another valid year.  Another
   date of the heading lines [l0, hz) with the same day and month but
   another year wins over the séance date dt when it is in words ("le
   vingt-deux septembre deux mille vingt-cinq"), or when it agrees with
   the convocation's year (or the next) and dt's year is 2 or more off */
/* "s'est réuni en séance plénière le jeudi 26 juin 2025 à ...", "réuni
   le 14 mars 2024": the first date in [from, lim) when the word right
   before it is "le" and no '.' or ';' comes between (the sentence goes
   on), else NULL */
static const ex_date *date_after_le(const ex_call *c, size_t from, size_t lim)
{
    const char *s = c->text.s;
    const ex_date *dt = ex_date_at(c, from, lim);
    if (!dt)
        return NULL;
    size_t e = dt->span.start;
    for (size_t q = from; q < e; q++)
        if (s[q] == '.' || s[q] == ';')
            return NULL;
    while (e > from && (is_blank(s[e - 1]) || s[e - 1] == '\n'))
        e--;
    if (e < from + 2 || (s[e - 1] | 0x20) != 'e' || (s[e - 2] | 0x20) != 'l'
        || (e > 2 && !(is_blank(s[e - 3]) || s[e - 3] == '\n')))
        return NULL;
    return dt;
}

/* a date in s[from, lim) before any full stop or semicolon (OCR may
   have garbled the "le" before it: "réunie / Je lundi 18 mars 2024") */
static bool date_in_clause(const ex_call *c, size_t from, size_t lim)
{
    const char *s = c->text.s;
    const ex_date *dt = ex_date_at(c, from, lim);
    if (!dt)
        return false;
    for (size_t q = from; q < dt->span.start; q++)
        if (s[q] == '.' || s[q] == ';')
            return false;
    return true;
}

static void seance_year(sctx *x, const act *A, ex_document *d, const ex_date *dt, size_t hz)
{
    const ex_call *c = x->c;
    const char *s = x->s;
    if (hz <= A->l0 || no_digit(s, dt->span.start, dt->span.end))
        return;
    size_t a = x->t->lines[A->l0].start, b = x->t->lines[hz - 1].end;
    const ex_date *o = ex_date_at(c, a, b);
    int cy = d->convened_on.y;
    bool off = cy && (dt->value.y - cy >= 2 || cy - dt->value.y >= 2);
    for (; o && o < c->dates.v + c->dates.n && o->span.start < b; o++) {
        if (o == dt || o->value.m != dt->value.m || o->value.d != dt->value.d
            || o->value.y == dt->value.y)
            continue;
        if (no_digit(s, o->span.start, o->span.end)
            || (off && (o->value.y == cy || o->value.y == cy + 1))) {
            d->session_date = o->value;
            return;
        }
    }
}

/* "régulièrement convoqué le cinq mai" (no year) in the séance block:
   the convocation precedes the séance by at most 31 days, its year is
   the séance's (the year before for a month after the séance's); the
   convocation date (when 'conv': none read elsewhere) and a date of the
   act.  False when out of memory. */
static bool convened_yearless(ex_call *c, ex_document *d, size_t a, size_t b, int m, int dd, bool conv)
{
    ex_date_val sv = d->session_date;
    if (!sv.y || ex_date_at(c, a, b))
        return true;
    ex_date_val v = {sv.m > m || (sv.m == m && sv.d >= dd) ? sv.y : sv.y - 1, m, dd};
    /* days before the séance: month lengths are 28..31, a bound is enough */
    int gap = (sv.y - v.y) * 372 + (sv.m - m) * 31 + (sv.d - dd);
    bool leap = v.y % 4 == 0 && (v.y % 100 != 0 || v.y % 400 == 0);
    if (gap < 0 || gap > 31 || (m == 2 && dd == 29 && !leap))
        return true;
    if (conv)
        d->convened_on = v;
    return ex_date_insert(c, a, b, v);
}

/* the first q in [q, e) where s[q] is 'c' or 'C', else e (16 bytes a
   step with SSE2, all read before e) */
static size_t c_at(const char *s, size_t q, size_t e)
{
#ifdef EX_SIMD
    for (; q < e && e - q >= 16; q += 16) {
        unsigned m = ex_v_mask(ex_v_eq(_mm_or_si128(ex_v_load(s + q), _mm_set1_epi8(0x20)), 'c'));
        if (m)
            return q + (size_t)__builtin_ctz(m);
    }
#endif
    while (q < e && (s[q] | 0x20) != 'c')
        q++;
    return q;
}

/* line j is a date alone, right under a minutes' heading: "Vendredi 20
   mars 2026" (the séance's date, as "Séance du vendredi 20 mars 2026");
   not "20 mars 2026 : ouverture" */
static bool bare_date_line(sctx *x, size_t j)
{
    const linfo *g = &x->li[j];
    if (g->b - g->a > 40 || !digit(x->s[trim_end(x->s, g->a, g->b) - 1]))
        return false;
    const ex_date *dt = ex_date_at(x->c, g->a, g->b);
    return dt && dt->span.start == g->a && dt->span.end == trim_end(x->s, g->a, g->b);
}

/* A séance sentence opened by its date, without "L'an": "Le lundi
   vingt-trois novembre deux mille vingt-six, à neuf heures trente, le
   Conseil départemental …, régulièrement convoqué le 13 novembre 2026,
   s'est réuni …" (also "Le 23 novembre 2026, …").  Line i opens a
   sentence (the act's first line, or after a blank line or a line
   ending with '.' or ':') with a capital "Le" and a date right after
   it; the same sentence (no '.' or ';' before) reaches "réuni(e)(s)" or
   "assemblé(e)(s)" within 400 bytes.  The date, or NULL. */
static const ex_date *seance_opening_date(sctx *x, const act *A, size_t i)
{
    const char *s = x->s;
    const linfo *f = &x->li[i];
    if (s[f->a] != 'L' || f->b - f->a < 8 || !(s[f->a + 1] == 'e' || s[f->a + 1] == 'E') || !is_blank(s[f->a + 2]))
        return NULL;
    size_t j = i;
    while (j > A->l0 && (x->li[j - 1].k & K_SKIP))
        j--;
    if (j > A->l0 && !(x->li[j - 1].k & K_BLANK)) {
        size_t pe = trim_end(s, x->li[j - 1].a, x->li[j - 1].b);
        if (pe <= x->li[j - 1].a || (s[pe - 1] != '.' && s[pe - 1] != ':'))
            return NULL;
    }
    size_t r = f->a + 2;
    while (r < f->b && is_blank(s[r]))
        r++;
    const ex_date *dt = ex_date_at(x->c, r, r + 1);
    if (!dt)
        return NULL;
    size_t lim = x->t->len;
    if (lim > dt->span.end + 400)
        lim = dt->span.end + 400;
    for (size_t q = dt->span.end; q < lim; q++) {
        if (s[q] == '.' || s[q] == ';') {
            /* OCR's stray dot ending a line that the next line goes on
               in lower case ("… d'appel d'offres de la." / "communauté
               de communes, convoquée …"): no end */
            size_t t = q + 1;
            while (t < lim && (s[t] == ' ' || s[t] == '\t'))
                t++;
            if (s[q] == ';' || t + 1 >= lim || s[t] != '\n')
                return NULL;
            t++;
            while (t < lim && (s[t] == ' ' || s[t] == '\t'))
                t++;
            if (t >= lim || !(s[t] >= 'a' && s[t] <= 'z'))
                return NULL;
            continue;
        }
        if (!(is_blank(s[q - 1]) || s[q - 1] == '\n'))
            continue;
        size_t m = kw(s + q, lim - q, "reuni", false);
        if (!m)
            m = kw(s + q, lim - q, "assemble", false);
        if (!m)
            continue;
        size_t t = q + m;
        if (t < lim && (s[t] == 'e' || s[t] == 'E'))
            t++;
        if (t < lim && (s[t] == 's' || s[t] == 'S'))
            t++;
        if (t >= lim || !letter_at(s + t, lim - t))
            return dt;
    }
    return NULL;
}

/* a letterhead printed again after a page footer, below the act's
   heading zone [hz, A->l1): the line of capitals naming a collectivity
   among the 5 text lines after the footer ("Page 1/2" / "RÉPUBLIQUE
   FRANÇAISE" / "DÉPARTEMENT DU TARN" / "COMMUNE DE X"), the best rank */
static size_t late_letterhead(sctx *x, const act *A, size_t hz)
{
    size_t best = SIZE_MAX;
    int best_rank = 1;
    for (size_t i = hz; i < A->l1; i++) {
        /* (a page footer, or a bare page number line "1") */
        const linfo *g = &x->li[i];
        if (!(x->t->lines[i].flags & EX_LINE_FOOTER)
            && !(g->b > g->a && g->b - g->a <= 3 && x->s[g->a] >= '1' && x->s[g->a] <= '9'
                 && (g->b - g->a == 1 || (x->s[g->b - 1] >= '0' && x->s[g->b - 1] <= '9'
                                          && x->s[g->a + (g->b - g->a) / 2] >= '0' && x->s[g->a + (g->b - g->a) / 2] <= '9'))))
            continue;
        for (size_t j = i + 1, seen = 0; j < A->l1 && seen < 5; j++) {
            const linfo *f = &x->li[j];
            size_t kl;
            int r;
            if ((f->k & K_BLANK) || f->b <= f->a)
                continue;   /* (OCR: blank lines between) */
            if (++seen, (f->k & K_STAMP) || f->b - f->a > 60)
                continue;
            if ((r = collectivity_rank(x->s + f->a, f->b - f->a, &kl)) > best_rank
                && upper_pct(x->s, f->a, f->b, NULL) == 100) {
                best_rank = r;
                best = j;
            }
        }
        if (best != SIZE_MAX)
            break;
    }
    return best;
}

/* a two-column letterhead emitted last, its cells one per line: "COMMUNE
   DE" alone in capitals among the act's last 12 lines, the name on the
   next line in capitals within 2 lines (the motto "Liberté – Égalité –
   Fraternité" of the other column between): "COMMUNE DE X" */
static const char *split_letterhead(sctx *x, const act *A, size_t hz)
{
    const char *s = x->s;
    for (size_t i = A->l1 > hz + 12 ? A->l1 - 12 : hz; i + 1 < A->l1; i++) {
        const linfo *f = &x->li[i];
        if ((f->k & K_BLANK) || f->b <= f->a || (s[f->a] != 'C' && s[f->a] != 'V')
            || (kw(s + f->a, f->b - f->a, "commune de", true) != f->b - f->a
                && kw(s + f->a, f->b - f->a, "ville de", true) != f->b - f->a))
            continue;
        for (size_t j = i + 1; j < A->l1 && j <= i + 2; j++) {
            const linfo *g = &x->li[j];
            if ((g->k & K_BLANK) || g->b <= g->a || g->b - g->a > 50 || upper_pct(s, g->a, g->b, NULL) < 100
                || memchr(s + g->a, ' ', g->b - g->a))
                continue;
            sbuf sb = {.n = 0};
            sb_add(&sb, s + f->a, f->b - f->a);
            sb_add(&sb, " ", 1);
            sb_add(&sb, s + g->a, g->b - g->a);
            return sb_str(x, &sb);
        }
    }
    return NULL;
}

void heading(sctx *x, const act *A, ex_document *d, size_t hz)
{
    ex_call *c = x->c;
    const char *s = x->s;
    int best_rank = 0;
    size_t coll_line = SIZE_MAX;
    size_t coll_a = 0, coll_b = 0;  /* a right-column collectivity (else coll_a == coll_b) */
    size_t label = A->label;
    bool want_session = d->type != EX_DOC_ARRETE && d->type != EX_DOC_CONVENTION;
    bool got_date = false, got_conv = false, got_place = false;
    size_t date_line = SIZE_MAX; /* "Réunion du lundi 16 juin 2025 à 14 h 00" opening its line */
    const ex_date *seance_dt = NULL;    /* where the séance date was read */
    size_t yl_a = 0, yl_b = 0;  /* "convoqué le cinq mai": day and month, no year */
    int yl_m = 0, yl_d = 0;
    int tries_date = 0, tries_conv = 0; /* bounded look-ups: linear time */
    size_t entre = SIZE_MAX;
    size_t body_assembly = SIZE_MAX, body_unit = SIZE_MAX, body_auth = SIZE_MAX;
    size_t unit_a = 0;              /* the unit after a dash on body_unit's line (else 0) */
    size_t assembly_pos = 0;
    size_t assembly_cell = 0;   /* the end of its right-hand cell, else 0 */
    size_t mixed_line = SIZE_MAX, mixed_pos = 0; /* "le Conseil municipal de ..." */
    size_t mixed_next = 0, mixed_tail = 0;  /* wrapped_assembly(): its next line, the bytes there */
    const char *title = NULL;
    size_t dash_num = SIZE_MAX;
    const char *right_num = NULL;   /* right_cell_number() */
    size_t cut;                     /* (tail_cell_number()) */
    size_t code_line = SIZE_MAX;    /* year_code_title() */
    size_t tn_line;                 /* trade_name_line() */
    size_t cover_at = SIZE_MAX;     /* a recueil cover's title line (K_COVER) */

    for (size_t i = A->l0; i < hz; i++) {
        const linfo *f = &x->li[i];
        /* once the letterhead above the act's label has named a
           collectivity, one named below the label is the act's object
           ("DÉPARTEMENT DE X" / "ARRÊTÉ D'ALIGNEMENT" / "Commune de Y –
           Lieu-dit …"), not its issuer: no better rank from there */
        int coll_top = coll_line != SIZE_MAX && label != SIZE_MAX && coll_line < label && i > label ? 0 : 3;
        if (f->k & (K_BLANK | K_SKIP)) {
            /* a register page's letterhead beside its page number
               ("Commune de X        Page 37", furniture for lines.c) in
               the act's first lines still names the commune */
            size_t kl;
            int rs;
            /* (a région's or département's letterhead in capitals,
               "RÉGION LITTORAL-ET-PIÉMONTS" printed again at the top of
               the act's page, taken for a running header, the same) */
            if ((f->k & K_SKIP) && !(f->k & (K_BLANK | K_STAMP)) && best_rank < coll_top && i < A->l0 + 4
                && f->b > f->a && f->b - f->a <= 60 && (rs = collectivity_rank(s + f->a, f->b - f->a, &kl)) > best_rank
                && (rs == 3 || (rs == 2 && upper_pct(s, f->a, f->b, NULL) == 100))) {
                best_rank = rs;
                coll_line = i;
                coll_a = f->a;
                coll_b = trim_end(s, f->a, f->b);
            }
            continue;
        }
        const char *p = s + f->a;
        size_t n = f->b - f->a;
        if (f->k & K_ENTRE) {
            entre = i;
            break;
        }
        /* (3 is the best rank: none better after it) */
        size_t kl;
        int r;
        if (best_rank < coll_top && n <= 90 && (n <= 60 || i < A->l0 + 6 || li_up(x, i) >= 60)
            && (r = collectivity_rank(p, n, &kl)) > best_rank
            && (n <= 60 || li_up(x, i) >= 60
                /* a right column OCR joined to it ("COMMUNE DE X Date de
                   réception préfecture : …"): the name before it */
                || (i < A->l0 + 6 && ocr_column_cut(s, f->a, kl, f->b) - f->a <= 60))) {
            best_rank = r;
            coll_line = i;
            coll_a = coll_b = 0;
            /* OCR joined the letterhead and the act's number printed at
               its right with one blank ("Ville de X Convention n°
               2025-DP-012"): the collectivity ends before the label */
            const char *tn;
            if (!d->number && d->type != EX_DOC_PROCES_VERBAL && !right_num
                && (tn = tail_cell_number(x, i, true, &cut))) {
                right_num = tn;
                coll_a = f->a;
                coll_b = trim_end(s, f->a, cut);
            }
        }
        /* "SMICTOM DE LA HAUTE-ORVALLE – Service de la commande
           publique": the letterhead and its service on one line, a
           dash between them (the line too long, or too mixed, for the
           test above): the name before the dash, the unit after it */
        if (best_rank < coll_top && i < A->l0 + 6 && n > 60 && n <= 140 && body_unit == SIZE_MAX) {
            for (size_t q = 1; q + 6 < n && q <= 60; q++) {
                size_t dl = p[q] == '-' ? 1 : ((unsigned char)p[q] == 0xE2 && (unsigned char)p[q + 1] == 0x80
                                               && ((unsigned char)p[q + 2] == 0x93 || (unsigned char)p[q + 2] == 0x94)) ? 3 : 0;
                if (!dl || !is_blank(p[q - 1]) || !is_blank(p[q + dl]))
                    continue;
                size_t u = q + dl;
                while (u < n && is_blank(p[u]))
                    u++;
                if (!(kw(p + u, n - u, "service ", false) || kw(p + u, n - u, "direction ", false)
                      || kw(p + u, n - u, "pole ", false)))
                    break;
                size_t ce = trim_end(s, f->a, f->a + q - 1);
                if (ce > f->a && (r = collectivity_rank(p, ce - f->a, &kl)) > best_rank) {
                    best_rank = r;
                    coll_line = i;
                    coll_a = f->a;
                    coll_b = ce;
                    body_unit = i;
                    unit_a = f->a + u;
                }
                break;
            }
        }
        /* "COMMUNE DE X" / "SECTION DE COMMUNE DE Y": the section under
           its commune's letterhead line is the one that acts (the
           commune is its attachment) */
        if (best_rank == 3 && coll_line != SIZE_MAX && i - coll_line <= 3 && !coll_a && (p[0] == 'S' || p[0] == 's')
            && n <= 90 && kw(p, n, "section de commune", true)) {
            size_t j = coll_line + 1;
            while (j < i && (x->li[j].k & K_BLANK))
                j++;     /* (OCR: blank lines between) */
            if (j == i)
                coll_line = i;
        }
        /* a letterhead of two columns flattened on one line: "République
           française      Commune de Vieux-Mesnil" (the right column after
           a gap of 3+ blanks, in the first lines of the act) */
        if (best_rank < coll_top && i < A->l0 + 6) {
            const ex_line *l = &x->t->lines[i];
            size_t q = f->b, ra = q;
            while (ra < l->end && is_blank(s[ra]))
                ra++;
            /* ... OCR joined with one blank: "République française
               Commune de X" (the left column's motto, then the name) */
            size_t rf = kw(p, n, "republique francaise ", false);
            if (rf)     /* (OCR specks between: ".… Commune de X") */
                rf = skip_junk(s, f->a + rf, f->b) - f->a;
            bool joined = rf && rf < n && !is_blank(p[rf]);
            if (joined)
                ra = f->a + rf;
            if ((ra - q >= 3 || joined) && ra < l->end) {
                size_t rb = ra;
                while (rb < l->end && !(is_blank(s[rb]) && rb + 2 < l->end && is_blank(s[rb + 1]) && is_blank(s[rb + 2])))
                    rb++;
                rb = trim_end(s, ra, rb);
                if (rb - ra <= 60 && (r = collectivity_rank(s + ra, rb - ra, &kl)) > best_rank) {
                    best_rank = r;
                    coll_line = i;
                    coll_a = ra;
                    coll_b = rb;
                }
            }
        }
        /* "CONSEIL DÉPARTEMENTAL" alone in the letterhead, then
           "COMMISSION PERMANENTE" alone: the commission deliberates */
        /* (the key tests before li_up(): all pure, the cheapest first) */
        if (body_assembly != SIZE_MAX && body_assembly != i && !(f->k & K_OBJET)
            && bare_assembly(s, f->a, f->b, "commission permanente") && li_up(x, i) >= 70
            && (bare_assembly(s, assembly_pos, assembly_cell ? assembly_cell : x->li[body_assembly].b, "conseil departemental")
                || bare_assembly(s, assembly_pos, assembly_cell ? assembly_cell : x->li[body_assembly].b, "conseil regional"))) {
            body_assembly = i;
            assembly_pos = f->a;
            assembly_cell = 0;
        }
        /* body (not from the subject: "OBJET : ÉLECTION DU BUREAU") */
        /* a line in mixed case that is an assembly's name alone, maybe
           with its acronym ("Commission locale d'évaluation des charges
           transférées (CLECT)") */
        size_t am0;
        if (body_assembly == SIZE_MAX && !(f->k & K_OBJET) && i < A->l0 + 12 && (am0 = assembly_at(p, n))
            && li_up(x, i) < 70) {
            if (acronym_end(s, f->a + am0, trim_end_junk(s, f->a, f->b)) == trim_end_junk(s, f->a, f->b)) {
                body_assembly = i;
                assembly_pos = f->a;
            }
        }
        if (body_assembly == SIZE_MAX && !(f->k & K_OBJET) && ((f->k & (K_LBL | K_NUMLINE)) || li_up(x, i) >= 70)) {
            for (size_t q = f->a; q < f->b; q++) {
                if (q > f->a && !is_blank(s[q - 1]) && s[q - 1] != '-' && !elided_article(s, f->a, q))
                    continue;
                if (assembly_at(s + q, f->b - q)) {
                    body_assembly = i;
                    assembly_pos = q;
                    break;
                }
            }
        }
        /* a letterhead of two columns flattened on the same lines: the
           right-hand cell (after 3+ blanks) read as a line of its own
           ("12740 X          EXTRAIT DU REGISTRE" / "mairie@x.fr
           DU CONSEIL MUNICIPAL": the registre's assembly is the body) */
        if (body_assembly == SIZE_MAX && !(f->k & K_OBJET) && i < A->l0 + 12
            && x->t->lines[i].end > f->b + 3) {
            seg sg[MAXSEG];
            size_t ns = li_segs(x, i, sg);
            for (size_t g = 1; g < ns && body_assembly == SIZE_MAX; g++) {
                if (sg[g].a < f->b || upper_pct(s, sg[g].a, sg[g].b, NULL) < 70)
                    continue;
                for (size_t q = sg[g].a; q < sg[g].b; q++) {
                    if (q > sg[g].a && !is_blank(s[q - 1]) && s[q - 1] != '-')
                        continue;
                    if (assembly_at(s + q, sg[g].b - q)) {
                        body_assembly = i;
                        assembly_pos = q;
                        assembly_cell = sg[g].b;
                        break;
                    }
                }
            }
        }
        if (body_assembly == SIZE_MAX && mixed_line == SIZE_MAX && !(f->k & K_OBJET) && i < A->l0 + 80) {
            size_t qe = f->b > f->a + 8 ? f->b - 8 : f->a;
            for (size_t q = c_at(s, f->a, qe); q < qe; q = c_at(s, q + 1, qe)) {
                if (q > f->a && !is_blank(s[q - 1]))
                    continue;
                size_t am = assembly_at(s + q, f->b - q);
                if (am && am > 8 && !future_verb_after(x, i, q + am)) {
                    mixed_line = i;
                    mixed_pos = q;
                    break;
                }
            }
            if (mixed_line == SIZE_MAX && wrapped_assembly(x, i, hz, &mixed_pos, &mixed_next, &mixed_tail))
                mixed_line = i;
        }
        /* (a service that is the collectivity, "SERVICE DÉPARTEMENTAL
           D'INCENDIE ...", is no unit) */
        if (body_unit == SIZE_MAX && n <= 80 && (kw(p, n, "pole ", false) || kw(p, n, "direction ", false)
                                                 || kw(p, n, "service ", false))
            && !(i == coll_line && coll_a == coll_b) && cover_at == SIZE_MAX)
            body_unit = i;
        if (body_auth == SIZE_MAX && authority_line(p, n) && !side_roles(x, i)) {
            if (authority_end(s, f->a, f->b))
                body_auth = i;
            /* (the authority line wrapped before its comma: "Le Président
               du Syndicat intercommunal … des écoles du Val" /
               "d'Amblène,": the next line, in lower case, ends it) */
            else if (i + 1 < x->nl && !(f->k & K_SKIP)) {
                const linfo *g = &x->li[i + 1];
                if (!(g->k & (K_BLANK | K_SKIP | K_VISA | K_CONSID | K_VERB | K_ARTICLE)) && g->b > g->a
                    && g->b - g->a <= 60 && authority_end(s, g->a, g->b) && lower_start(x, i + 1))
                    body_auth = i;
                else if (caps_authority(x, i))
                    body_auth = i;
            }
        }
        if ((f->k & K_COVER) && d->type == EX_DOC_OTHER && cover_at == SIZE_MAX)
            cover_at = i;
        /* number */
        /* a recueil's own number on its title line: "RECUEIL DES
           DÉCISIONS DU MAIRE N° 2025-04" */
        if (!d->number && d->type == EX_DOC_OTHER && (f->k & K_COVER) && (d->number = line_number(x, i)))
            ;
        else if (!d->number && d->type == EX_DOC_OTHER && cover_at != SIZE_MAX && next_line(x, cover_at, hz) == i
                 && !(f->k & (K_LBL | K_NUMLINE)) && (d->number = line_number(x, i)))
            ; /* the line under the cover's title: "Mars 2026 – Fascicule n° 2026-03" */
        else if (!d->number && d->type != EX_DOC_PROCES_VERBAL && (f->k & (K_LBL | K_NUMBER | K_NUMLINE))) {
            /* "Séance du ... – Délibération n° X" only when no heading
               line of its own prints the number */
            if ((f->k & K_NUMDASH) && !(f->k & (K_LBL | K_NUMBER))) {
                if (dash_num == SIZE_MAX)
                    dash_num = i;
            } else if (!(d->number = line_number(x, i)))
                d->number = bare_line_number(x, i);
        }
        /* a procès-verbal's own number on a line of its own opening
           with the act word: "Procès-verbal n° CAO-2026-03",
           "PROCÈS-VERBAL N° …", "PV n° …" (not an item's "Délibération
           n° …" line, read by the items) */
        else if (!d->number && d->type == EX_DOC_PROCES_VERBAL && (p[0] | 0x20) == 'p' && pv_number_line(p, n))
            d->number = line_number(x, i);
        /* "N° CDSP-2026-01" alone on a short line of a procès-verbal's
           heading: its own number */
        else if (!d->number && d->type == EX_DOC_PROCES_VERBAL && p[0] == 'N' && n <= 32 && (f->k & K_NUMBER)
                 && (d->number = line_number(x, i)))
            ;
        /* a report's own number line in mixed case, "Rapport n°
           RAO-2026-07" (in capitals the act label reads it) */
        else if (!d->number && d->type == EX_DOC_RAPPORT && p[0] == 'R' && act_number_tail(p, n, kw(p, n, "rapport", true))
                 && (d->number = line_number(x, i)))
            ;
        /* "2025 DVD 45 Convention de financement …" (the Conseil de
           Paris style): the act's code opens its title block */
        else if (!d->number && d->type != EX_DOC_PROCES_VERBAL && !(f->k & K_SKIP) && code_line == SIZE_MAX
                 && year_code_title(s, f->a, f->b)) {
            sbuf sb = {.n = 0};
            sb_add(&sb, p, ex_year_code(p, n));
            d->number = sb_str(x, &sb);
            code_line = i;
        }
        /* "DÉLIBÉRATION 2025-027 : title" (no N°): the act's number */
        else if (!d->number && d->type != EX_DOC_PROCES_VERBAL && !(f->k & K_SKIP)
                 && (d->number = bare_line_number(x, i)))
            ;
        else if (!d->number && d->type != EX_DOC_PROCES_VERBAL && right_num == NULL && !(f->k & K_SKIP))
            right_num = f->b < x->t->lines[i].end ? right_cell_number(x, i) : tail_cell_number(x, i, false, &cut);
        /* OBJET */
        if (!title && (f->k & K_OBJET))
            title = objet_title(x, i, hz);
        /* session */
        /* (every test below off: the loop would end at its first word) */
        if (want_session && !((got_date || tries_date >= 6) && (got_conv || tries_conv >= 6) && got_place)) {
            size_t ln_end = x->t->lines[i].end;
            size_t ln_start = x->t->lines[i].start;
            /* "Le lundi vingt-trois novembre deux mille vingt-six, à …,
               le Conseil départemental … s'est réuni" */
            if (!got_date && tries_date < 6 && !(f->k & K_SKIP) && x->s[f->a] == 'L') {
                const ex_date *dt = seance_opening_date(x, A, i);
                if (dt) {
                    tries_date++;
                    d->session_date = dt->value;
                    seance_dt = dt;
                    got_date = true;
                }
            }
            for (size_t q = session_word(s, ln_start, ln_start, ln_end); q < ln_end;
                 q = session_word(s, ln_start, q + 1, ln_end)) {
                char ch = s[q] | 0x20;
                /* every test below is off once its field is read (or
                   tried 6 times) */
                if ((got_date || tries_date >= 6) && (got_conv || tries_conv >= 6) && got_place)
                    break;
                size_t m;
                /* ch: the word's first letter, ASCII (session_word()); a
                   key matches only where it is the key's first letter
                   (no key below starts with i, the only one kw() lets an
                   'l' stand for): the ch tests only skip kw() calls that
                   fail */
                if (!got_date && tries_date < 6 && (ch == 's' || ch == 'r' || ch == 'l')
                    && ((m = kw(s + q, ln_end - q, "seance du", false)) || (m = kw(s + q, ln_end - q, "reunion du", false))
                                  || (m = kw(s + q, ln_end - q, "session du", false)) || (m = kw(s + q, ln_end - q, "l'an ", false))
                                  || (m = kw(s + q, ln_end - q, "seance publique du", false))
                                  || (m = kw(s + q, ln_end - q, "seance ordinaire du", false))
                                  || (m = kw(s + q, ln_end - q, "seance extraordinaire du", false))
                                  || (m = kw(s + q, ln_end - q, "seance pleniere du", false)))) {
                    const ex_date *dt = ex_date_at(c, q, q + m + 120);
                    tries_date++;
                    if (dt) {
                        d->session_date = dt->value;
                        seance_dt = dt;
                        got_date = true;
                        if (q == f->a)
                            date_line = i;
                    }
                }
                /* "Séance des 10, 11 et 12 mars 2026": a session of
                   several days, its first day right after */
                else if (!got_date && tries_date < 6 && ch == 's' && (m = kw(s + q, ln_end - q, "seance des ", false))) {
                    const ex_date *dt = ex_date_at(c, q + m, ln_end);
                    tries_date++;
                    if (dt && dt->span.start == q + m) {
                        d->session_date = dt->value;
                        seance_dt = dt;
                        got_date = true;
                        if (q == f->a)
                            date_line = i;
                    }
                }
                /* "COMMISSION PERMANENTE DU 20 NOVEMBRE 2023", "Conseil
                   municipal du 12 mars 2024": a date right after */
                if (!got_date && tries_date < 6 && ch == 'c' && (m = assembly_at(s + q, ln_end - q))
                    && !annexe_line(s, f->a, q)) {
                    size_t r = q + m;
                    while (r < ln_end && is_blank(s[r]))
                        r++;
                    size_t dm = kw(s + r, ln_end - r, "du ", false);
                    if (dm) {
                        const ex_date *dt = ex_date_at(c, r + dm, ln_end);
                        tries_date++;
                        if (dt && dt->span.start <= r + dm + 1) {
                            d->session_date = dt->value;
                            seance_dt = dt;
                            got_date = true;
                        }
                    }
                }
                if (!got_conv && tries_conv < 6 && ch == 'd' && (m = conv_label(s + q, ln_end - q))) {
                    const ex_date *dt = ex_date_at(c, q + m, q + m + 400);
                    tries_conv++;
                    if (dt && dt->span.start < A->end) {
                        d->convened_on = dt->value;
                        got_conv = true;
                    }
                }
                /* "sur convocation du 2 juillet 2024", "convocation en
                   date du ...": the date right after (a line break may
                   come after "convocation": "sur convocation\ndu 25
                   novembre 2025") */
                if (!got_conv && tries_conv < 6 && ch == 'c' && (m = kw(s + q, ln_end - q, "convocation", true))) {
                    size_t r2 = skip_gap(s, x->t->len, q + m), dm = kw(s + r2, x->t->len - r2, "du", true);
                    if (!dm)
                        dm = kw(s + r2, x->t->len - r2, "en date du", true);
                    if (dm && (r2 + dm <= ln_end || q + m == trim_end(s, q + m, ln_end))) {
                        tries_conv++;
                        got_conv = date_right_at(c, skip_gap(s, x->t->len, r2 + dm), &d->convened_on);
                    }
                }
                /* "Convocation : 06/09/2024" (a label of the session
                   block, other labels may follow on its line): the date
                   right after the colon */
                if (!got_conv && tries_conv < 6 && ch == 'c' && (m = kw(s + q, ln_end - q, "convocation", true))) {
                    size_t r2 = q + m;
                    while (r2 < ln_end && is_blank(s[r2]))
                        r2++;
                    if (r2 < ln_end && s[r2] == ':') {
                        /* "Convocation : le 3 février 2025" */
                        r2 = skip_gap(s, x->t->len, r2 + 1);
                        size_t lm = kw(s + r2, x->t->len - r2, "le ", false);
                        if (!lm)
                            lm = kw(s + r2, x->t->len - r2, "du ", false);
                        tries_conv++;
                        got_conv = date_right_at(c, skip_gap(s, x->t->len, r2 + lm), &d->convened_on);
                    }
                }
                /* "sur convocation adressée le 6 juin 2024", "convocation
                   envoyée / faite / transmise le ...": a participle of
                   sending, then "le" and the date right after (the
                   phrase may run across a line break) */
                if (!got_conv && tries_conv < 6 && ch == 'c'
                    && ((m = kw(s + q, ln_end - q, "convocation", true)) || (m = kw(s + q, ln_end - q, "convocations", true)))) {
                    static const char *const sent[] = {"adressee", "envoyee", "faite", "transmise", "notifiee",
                                                       "expediee", "adressees", "envoyees", "faites",
                                                       "transmises", "notifiees", "expediees", "en date du", NULL};
                    size_t r2 = q + m, pm = 0;
                    r2 = skip_gap(s, x->t->len, r2);
                    /* "sur la convocation qui leur a été adressée le 23
                       mars 2026": a relative clause before the participle */
                    r2 += sent_clause(s, x->t->len, r2);
                    /* "sur convocation du Président adressée le …" */
                    r2 += convener_clause(s, x->t->len, r2, sent);
                    for (size_t k = 0; sent[k] && !pm; k++)
                        pm = kw(s + r2, x->t->len - r2, sent[k], true);
                    /* "sur convocation du président en date du 5 juin
                       2026": the date right after */
                    if (pm && kw(s + r2, x->t->len - r2, "en date du", true) == pm) {
                        tries_conv++;
                        got_conv = date_right_at(c, skip_gap(s, x->t->len, r2 + pm), &d->convened_on);
                    } else if (pm) {
                        r2 += pm;
                        r2 = skip_gap(s, x->t->len, r2);
                        size_t lm = kw(s + r2, x->t->len - r2, "le", true);
                        if (lm) {
                            r2 += lm;
                            tries_conv++;
                            got_conv = date_right_at(c, skip_gap(s, x->t->len, r2), &d->convened_on);
                        }
                    }
                }
                /* "il a été à nouveau convoqué le 15 novembre pour le
                   mardi 19 novembre" (a second convocation after a séance
                   without quorum): the convocation of this séance, over
                   the first one read before it */
                bool again = false;
                if (got_conv && ch == 'c' && kw(s + q, ln_end - q, "convoque", false)) {
                    size_t r = q;   /* "à nouveau" before it, maybe on the line above */
                    while (r > A->start && (is_blank(s[r - 1]) || s[r - 1] == '\n'))
                        r--;
                    again = r >= 7 && r - 7 >= A->start && kw(s + r - 7, 7, "nouveau", false);
                }
                /* (a convocation already read, e.g. from a "Date de la
                   convocation :" line: still read the sentence's date
                   without a year, a date of the act) */
                bool conv_open = !got_conv || again;
                if ((conv_open || !yl_b) && tries_conv < 6 && ch == 'c' && (m = kw(s + q, ln_end - q, "convoque", false))) {
                    size_t cv = q + m;
                    while (cv < ln_end && (s[cv] == 'e' || s[cv] == 's' || s[cv] == 'E' || s[cv] == 'S'))
                        cv++;
                    size_t r2 = cv;
                    /* OCR: a speck glued after the participle, for the
                       blank or before it ("convoqué:le 6 octobre 2026") */
                    if (cv + 1 < ln_end && (s[cv] == ':' || s[cv] == ';' || s[cv] == '.' || s[cv] == ',')
                        && (s[cv + 1] == 'l' || s[cv + 1] == 'L' || is_blank(s[cv + 1])))
                        r2++;
                    r2 = skip_gap(s, x->t->len, r2);
                    /* "convoqué par son président le 11 septembre": the
                       convener (a few words, no punctuation) before "le" */
                    if (kw(s + r2, x->t->len - r2, "par ", false)) {
                        for (size_t e = r2 + 4; e + 3 < x->t->len && e < r2 + 70; e++) {
                            if (s[e] == ',' || s[e] == ';' || s[e] == '.' || s[e] == ':')
                                break;
                            const ex_date *de;
                            if ((is_blank(s[e - 1]) || s[e - 1] == '\n') && kw(s + e, x->t->len - e, "le ", false)
                                && (de = ex_date_at(c, e, e + 60)) && de->span.start <= e + 16) {
                                r2 = e;     /* (a date right after it: not "par le président") */
                                break;
                            }
                        }
                    }
                    size_t lm = kw(s + r2, x->t->len - r2, "le", true);
                    if (lm) {
                        const ex_date *dt = ex_date_at(c, r2, r2 + lm + 40);
                        tries_conv++;
                        /* the date right after "le" (a weekday between):
                           not a later one when OCR lost the day ("convoquée
                           le\nnovembre 2023, s'est réunie le vendredi
                           dix-sept novembre ...") */
                        size_t q2 = r2 + lm;
                        q2 = skip_gap(s, x->t->len, q2);
                        /* OCR: a speck after "le" ("convoqué le.27 février"),
                           or two around a line break ("convoqué le .\n\n. 10
                           novembre 2025"); a quote speck too ("convoqué
                           le’\n9 septembre 2025"), a symbol opening the
                           date's line ("convoqué le\n* vingt-six janvier
                           deux mille vingt-six": junk_len()) */
                        for (int sp = 0; sp < 2 && q2 < x->t->len; sp++) {
                            size_t sl = s[q2] == '.' || s[q2] == ',' || s[q2] == ':' || s[q2] == '-'
                                        || s[q2] == '\'' ? 1 : 0;
                            if (!sl && q2 + 2 < x->t->len && (unsigned char)s[q2] == 0xE2
                                && (unsigned char)s[q2 + 1] == 0x80
                                && ((unsigned char)s[q2 + 2] == 0x98 || (unsigned char)s[q2 + 2] == 0x99))
                                sl = 3;     /* ‘ ’ */
                            if (!sl && q2 > 0 && s[q2 - 1] == '\n')
                                sl = junk_len(s + q2, x->t->len - q2);
                            /* a letter alone ending the line after "le"
                               (a speck read "ù", "i"; not "a", "à", "y") */
                            if (!sl && sp == 0 && q2 + 1 < x->t->len && is_blank(s[q2 - 1])) {
                                size_t ll = (unsigned char)s[q2] == 0xC3 && q2 + 2 < x->t->len ? 2
                                            : (s[q2] >= 'a' && s[q2] <= 'z' && s[q2] != 'a' && s[q2] != 'y');
                                size_t e2 = q2 + ll;
                                while (ll && e2 < x->t->len && is_blank(s[e2]))
                                    e2++;
                                if (ll && e2 < x->t->len && s[e2] == '\n'
                                    && !(ll == 2 && (unsigned char)s[q2 + 1] == 0xA0))
                                    sl = ll;
                            }
                            if (!sl)
                                break;
                            q2 = skip_gap(s, x->t->len, q2 + sl);
                        }
                        if (dt && dt->span.start > q2) {
                            static const char *const days[] = {"lundi", "mardi", "mercredi", "jeudi",
                                                               "vendredi", "samedi", "dimanche", NULL};
                            size_t wm = 0;
                            for (size_t k = 0; days[k] && !wm; k++)
                                wm = kw(s + q2, x->t->len - q2, days[k], true);
                            size_t q3 = q2 + wm;
                            while (wm && q3 < x->t->len && (is_blank(s[q3]) || s[q3] == '\n'))
                                q3++;
                            if (!wm || q3 != dt->span.start)
                                dt = NULL;
                        }
                        /* the end of q2's line ("CONVOQUE LE\nSEIZE MARS":
                           the date on the next line) */
                        const char *nl2 = q2 < x->t->len ? memchr(s + q2, '\n', x->t->len - q2) : NULL;
                        size_t le2 = nl2 ? (size_t)(nl2 - s) : x->t->len;
                        if (dt) {
                            if (conv_open) {
                                d->convened_on = dt->value;
                                got_conv = true;
                            }
                        } else if (!yl_b && (yl_b = ex_date_day_month(c, q2, le2, &yl_m, &yl_d)))
                            yl_a = skip_gap(s, x->t->len, q2);   /* "le cinq mai": no year */
                    }
                }
                /* "Lieu : salle du conseil municipal", "Lieu de la
                   séance : ..." (a label opening its line) */
                if (!got_place && ch == 'l' && q == f->a && (m = place_label(s + q, ln_end - q))) {
                    /* (a label column: "Lieu :" alone in its cell, the
                       value after a wide gap in the line's next cell; an
                       hour after the place's comma cut: "…, 14 h 00") */
                    size_t pe = trim_end(s, q + m, f->b) > q + m ? f->b : ln_end;
                    d->session_place = label_text(x, q + m, hour_tail(s, q + m, pe));
                    got_place = d->session_place != NULL;
                }
                if (!got_place && ch == 's' && ((m = kw(s + q, ln_end - q, "s'est reuni", false))
                                   || (m = kw(s + q, ln_end - q, "s 'est reuni", false))
                                   || (m = kw(s + q, ln_end - q, "se sont reunis", false))
                                   /* ("se" / "sont réunis": a line break between) */
                                   || (m = se_sont_reunis(x, i, q, hz)))) {
                    char st[400];
                    size_t sn = column_stream(x, q + m > ln_end ? i + 1 : i, q + m, hz, st, sizeof st);
                    size_t k0 = 0;
                    while (k0 < sn && (st[k0] == 'e' || st[k0] == 's'))
                        k0++;
                    d->session_place = place_value(x, st + k0, sn - k0);
                    got_place = true;
                    if (!got_date && tries_date < 6) {
                        const ex_date *dt = date_after_le(c, q + m, q + m + 160);
                        if (dt) {
                            d->session_date = dt->value;
                            seance_dt = dt;
                            got_date = true;
                        }
                    }
                }
                /* "... le Bureau s'est\nréuni au siège de ...": the
                   participle opening the next line */
                if (!got_place && ch == 's' && (m = kw(s + q, ln_end - q, "s'est", true))) {
                    size_t r = q + m, jl0;
                    /* (OCR: specks standing apart after it, "s'est .") */
                    for (;;) {
                        if (r < ln_end && (is_blank(s[r]) || s[r] == '\r'))
                            r++;
                        else if (r < ln_end && is_blank(s[r - 1]) && (jl0 = junk_len(s + r, ln_end - r)) > 0)
                            r += jl0;
                        else
                            break;
                    }
                    if (r == ln_end) {
                        char st[400];
                        size_t sn = column_stream(x, i, r, hz, st, sizeof st), k0 = 0, mm, jl = 0;
                        /* (OCR: a speck opening the next line, "s'est\n+ réuni") */
                        while (k0 < sn && (is_blank(st[k0]) || (jl = junk_len(st + k0, sn - k0)) > 0))
                            k0 += is_blank(st[k0]) ? 1 : jl;
                        if ((mm = kw(st + k0, sn - k0, "reuni", false))) {
                            k0 += mm;
                            while (k0 < sn && (st[k0] == 'e' || st[k0] == 's'))
                                k0++;
                            d->session_place = place_value(x, st + k0, sn - k0);
                            got_place = d->session_place != NULL;
                        }
                    }
                }
                /* "Le Conseil régional, réuni en séance plénière le 14
                   mars 2024 à l'Hôtel de Région, sous la présidence ...":
                   the participle alone, after the body's comma */
                if (!got_place && ch == 'r' && comma_before(s, x->t->lines[i].start, q)
                    && ((m = kw(s + q, ln_end - q, "reuni", true)) || (m = kw(s + q, ln_end - q, "reunie", true))
                        || (m = kw(s + q, ln_end - q, "reunis", true)) || (m = kw(s + q, ln_end - q, "reunies", true)))) {
                    char st[400];
                    size_t sn = column_stream(x, i, q + m, hz, st, sizeof st);
                    /* a séance's participle: its date follows ("réuni en
                       séance plénière le 14 mars 2024 …") or a place
                       does ("réuni à la mairie", "en l'Hôtel de …",
                       "dans la salle …"); not "un comité, réuni au moins
                       une fois par an, …" in a rapport's prose */
                    const ex_date *dt = date_after_le(c, q + m, q + m + 160);
                    size_t k0 = 0;
                    while (k0 < sn && is_blank(st[k0]))
                        k0++;
                    if (dt || kw(st + k0, sn - k0, "a", true) || kw(st + k0, sn - k0, "en", true)
                        || kw(st + k0, sn - k0, "dans", true) || date_in_clause(c, q + m, q + m + 160)) {
                        d->session_place = place_value(x, st, sn);
                        got_place = d->session_place != NULL;
                    }
                    if (!got_date && tries_date < 6 && dt) {
                        d->session_date = dt->value;
                        seance_dt = dt;
                        got_date = true;
                    }
                }
                /* "Séance publique ouverte à 20 h 00 à la mairie, sous
                   la présidence …", "La séance est ouverte à 18 h dans
                   la salle du conseil": the place after the opening
                   participle of a séance (ouverte_after()) */
                size_t om;
                if (!got_place && ch == 's' && (m = kw(s + q, ln_end - q, "seance", true))
                    && (om = ouverte_after(s, q + m, ln_end))) {
                    char st[400];
                    size_t sn = column_stream(x, i, om, hz, st, sizeof st);
                    d->session_place = place_value(x, st, sn);
                    got_place = d->session_place != NULL;
                }
            }
        }
    }

    /* "Réunion du lundi 16 juin 2025 à 14 h 00" + "Maison du tourisme
       de X": no séance sentence, the place printed alone under the
       date line, or on it after a dash */
    if (want_session && !got_place && date_line != SIZE_MAX) {
        d->session_place = place_dash(x, date_line);
        if (!d->session_place)
            d->session_place = place_under(x, date_line, hz);
    }
    /* "Dans sa séance du 14 avril 2026, sous la présidence de …" (the
       Polynésie française's form): the séance sentence after the visas
       and considérants, before the verb or the first article; its date
       right after the key */
    if (want_session && !got_date && d->type == EX_DOC_DELIBERATION) {
        for (size_t i = hz; i < A->l1 && i < hz + 60; i++) {
            const linfo *f = &x->li[i];
            if (f->k & (K_VERB | K_ARTICLE | K_SIG))
                break;
            if ((f->k & (K_BLANK | K_SKIP)) || (s[f->a] != 'D' && s[f->a] != 'E'))
                continue;
            size_t m = kw(s + f->a, f->b - f->a, "dans sa seance du", false);
            if (!m)
                m = kw(s + f->a, f->b - f->a, "en sa seance du", false);
            const ex_date *dt = m ? ex_date_at(c, f->a + m, x->t->lines[i].end) : NULL;
            if (dt && dt->span.start <= f->a + m + 1) {
                d->session_date = dt->value;
                break;
            }
        }
    }
    if (seance_dt)
        seance_year(x, A, d, seance_dt, hz);
    if (yl_b && !convened_yearless(c, d, yl_a, yl_b, yl_m, yl_d, !got_conv))
        return;
    if (!d->number && dash_num != SIZE_MAX && !(d->number = line_number(x, dash_num))
        && !(d->number = dash_code_number(x, dash_num)) && x->li[dash_num].b < x->t->lines[dash_num].end)
        d->number = right_cell_number(x, dash_num);   /* (numline_right_cell()) */
    if (!d->number)
        d->number = right_num;
    /* collectivity */
    if (coll_line != SIZE_MAX && coll_b > coll_a) {
        sbuf sb = {.n = 0};
        sb_add(&sb, s + coll_a, collectivity_end(s, coll_a, upper_trim(s, coll_a, coll_b)) - coll_a);
        collectivity_repair(&sb, 0);
        d->collectivity = sb_str(x, &sb);
    } else if (coll_line != SIZE_MAX)
        d->collectivity = collectivity_value(x, coll_line, hz);
    else if (d->type == EX_DOC_ARRETE && body_auth != SIZE_MAX)
        d->collectivity = prefect_value(x, body_auth);
    else if ((tn_line = trade_name_line(x, A->l0, hz)) != SIZE_MAX) {
        sbuf sb = {.n = 0};
        size_t ta = x->li[tn_line].a, tb = trim_end_junk(s, ta, x->li[tn_line].b);
        /* (OCR specks after the name: "BRÉVENNE HABITAT !") */
        for (size_t w = tb; w > ta;) {
            size_t v = w;
            while (v > ta && !is_blank(s[v - 1]))
                v--;
            bool speck = v > ta;
            for (size_t q = v; q < w && speck; q++)
                speck = !(letter_at(s + q, w - q) || digit(s[q]) || (unsigned char)s[q] >= 0x80);
            if (!speck)
                break;
            tb = w = trim_end(s, ta, v);
        }
        sb_add(&sb, s + ta, tb - ta);
        d->collectivity = sb_str(x, &sb);
    } else if (body_assembly != SIZE_MAX)
        d->collectivity = organism_value(x, A->l0, body_assembly);
    /* no letterhead above the act: one printed again after a page
       footer, or emitted last with its cells one per line */
    if (!d->collectivity && (coll_line = late_letterhead(x, A, hz)) != SIZE_MAX)
        d->collectivity = collectivity_value(x, coll_line, A->l1);
    if (!d->collectivity)
        d->collectivity = split_letterhead(x, A, hz);
    /* body */
    /* the authority that issues the act ("Le Maire de X," before the
       visas) is its body, not a service named in the letterhead */
    bool auth_visas = false;    /* the authority line opens the visas */
    size_t cpos = 0;
    if (body_auth != SIZE_MAX && d->type == EX_DOC_OTHER && body_assembly == SIZE_MAX) {
        size_t j = next_line(x, body_auth, x->nl);
        auth_visas = j < x->nl && (x->li[j].k & K_VISA);
    }
    if (body_auth != SIZE_MAX && (d->type == EX_DOC_ARRETE || auth_visas))
        d->body = authority_value(x, body_auth);
    else if ((d->type == EX_DOC_DELIBERATION || d->type == EX_DOC_PROCES_VERBAL || d->type == EX_DOC_OTHER)
             && body_assembly != SIZE_MAX)
        d->body = assembly_value(x, body_assembly, assembly_pos, hz, assembly_cell);
    /* a délibération whose letterhead prints a service ("Direction des
       finances") but whose preamble names the deliberating assembly ("Le
       Conseil municipal s'est réuni ..."): the assembly is the body; so
       is a session's minutes' ("LISTE DES DÉLIBÉRATIONS" / "du conseil
       communautaire du mardi …") */
    else if ((d->type == EX_DOC_DELIBERATION || d->type == EX_DOC_PROCES_VERBAL) && body_assembly == SIZE_MAX
             && mixed_line != SIZE_MAX) {
        sbuf sb = {.n = 0};
        mixed_value(x, &sb, mixed_line, mixed_pos, mixed_next, mixed_tail);
        d->body = sb_str(x, &sb);
    } else if (body_unit != SIZE_MAX && (body_assembly == SIZE_MAX || body_unit < body_assembly
                                         /* "RAPPORT DE LA PRÉSIDENTE AU CONSEIL RÉGIONAL" /
                                            … / "Direction de l'Éducation": the assembly in a
                                            rapport's heading is its addressee, the service
                                            line its body */
                                         || (d->type == EX_DOC_RAPPORT && body_assembly == label))) {
        const linfo *f = &x->li[body_unit];
        size_t ua = unit_a ? unit_a : f->a;
        sbuf sb = {.n = 0};
        sb_add(&sb, s + ua, junk_word_tail(s, ua, trim_end_junk(s, ua, f->b), f->b) - ua);
        size_t j = next_line(x, body_unit, hz);
        if (j < hz && adjacent(x, body_unit, j) && lower_start(x, j))
            sb_add(&sb, s + x->li[j].a, trim_end_junk(s, x->li[j].a, x->li[j].b) - x->li[j].a);
        d->body = sb_str(x, &sb);
    } else if (body_assembly != SIZE_MAX)
        d->body = assembly_value(x, body_assembly, assembly_pos, hz, assembly_cell);
    /* "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ": the body the heading names */
    else if (d->type == EX_DOC_PROCES_VERBAL && label != SIZE_MAX && comite_at(x, label, &cpos)) {
        sbuf sb = {.n = 0};
        sb_add(&sb, s + cpos, trim_end_junk(s, cpos, x->li[label].b) - cpos);
        d->body = sb_str(x, &sb);
    } else if (body_auth != SIZE_MAX)
        d->body = authority_value(x, body_auth);
    /* (not a recueil's cover: "prises par délégation du conseil
       municipal" names who delegated, no body of the cover) */
    else if (mixed_line != SIZE_MAX && d->type != EX_DOC_CONVENTION
             && !(label != SIZE_MAX && (x->li[label].k & K_COVER))) {
        sbuf sb = {.n = 0};
        mixed_value(x, &sb, mixed_line, mixed_pos, mixed_next, mixed_tail);
        d->body = sb_str(x, &sb);
    }

    /* "Arrêté n° 17-2024-03-001 du 3 mars 2024" (mixed case, no label):
       the number line heads the title */
    if (label == SIZE_MAX && d->type == EX_DOC_ARRETE)
        for (size_t i = A->l0; i < hz && label == SIZE_MAX; i++)
            if ((x->li[i].k & K_NUMLINE) && !(x->li[i].k & K_SKIP))
                label = i;
    /* title from the act label */
    if (!title && label != SIZE_MAX && label < hz) {
        sbuf sb = {.n = 0};
        if (d->type == EX_DOC_CONVENTION || d->type == EX_DOC_PROCES_VERBAL
            || (d->type == EX_DOC_OTHER && (x->li[label].k & K_COVER))) {
            const linfo *f = &x->li[label];
            /* a label printed letter-spaced ("C O N V E N T I O N" over
               "RELATIVE A …"): the typewriter's emphasised act word is
               no part of the title, the subject lines under it are (the
               label line as printed when none follows) */
            bool spaced = (f->k & K_SPACED) != 0;
            if (!spaced)
                sb_add(&sb, s + f->a, title_end(s, f->a, f->b) - f->a);
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
                /* "COMPTE RENDU DU CONSEIL MUNICIPAL" + "Séance ordinaire du
                   mercredi 12 juin 2024" or "du mardi 9 avril 2024" on the
                   next line: the session line in lower case is part of a
                   minutes' title */
                /* ... also after one blank line inside a centred heading
                   block (both lines indented) */
                bool centred = !adj && j <= prev + 2 && x->t->lines[j].indent >= 4
                               && x->t->lines[prev].indent >= 4;
                bool pv_session = (adj || centred) && d->type == EX_DOC_PROCES_VERBAL && g->b - g->a <= 90
                                  && (kw(s + g->a, g->b - g->a, "seance ", false)
                                      || kw(s + g->a, g->b - g->a, "reunion ", false)
                                      || session_hyphen(s + g->a, g->b - g->a)
                                      || (kw(s + g->a, g->b - g->a, "du ", false)
                                          && ex_date_at(x->c, g->a, g->b))
                                      || bare_date_line(x, j));
                /* a convention's mixed-case line after the title's
                   quoted name closed at its line end ("« … station de
                   Bournaguet »" + "Marché n° 2024-MT-07 notifié le …"
                   in a double-spaced scan): the title ended there
                   (OCR specks apart after it: "Bournaguet » :"); a
                   lower-case start goes on ("… » pour 2025") */
                size_t pe = trim_end(s, x->li[prev].a, x->li[prev].b);
                while (pe >= x->li[prev].a + 2 && strchr(".:;,'", s[pe - 1]) && is_blank(s[pe - 2]))
                    pe = trim_end(s, x->li[prev].a, pe - 1);
                bool closed = prev > label && pe >= x->li[prev].a + 2 && (unsigned char)s[pe - 2] == 0xC2
                              && (unsigned char)s[pe - 1] == 0xBB && !lower_start(x, j);
                if (!(upper_line(x, j) || (adj && d->type == EX_DOC_CONVENTION && g->b - g->a <= 90 && !closed)
                      || pv_session))
                    break;
                size_t ge = title_end(s, g->a, g->b);
                if (pv_session && !upper_line(x, j)) {
                    /* the session line ends with its date (OCR debris after it) */
                    const ex_date *dt = ex_date_at(x->c, g->a, g->b);
                    if (dt && dt->span.end <= ge)
                        ge = dt->span.end;
                }
                /* (a quoted line with its opening quote, which g->a
                   leaves out as junk: "« Renouvellement de …") */
                size_t ga = open_quote(x, j) ? x->t->lines[j].start + x->t->lines[j].indent : g->a;
                sb_add(&sb, s + ga, ge - ga);
                prev = j;
            }
            if (spaced && !sb.n)
                sb_add(&sb, s + f->a, title_end(s, f->a, f->b) - f->a);
            title = sb_str(x, &sb);
        } else if (d->type == EX_DOC_ARRETE
                   || (d->type == EX_DOC_OTHER
                       && kw(s + x->li[label].a, x->li[label].b - x->li[label].a, "decision", true))) {
            /* (a "DÉCISION N° …" heading over its "portant …" lines, as
               an arrêté's) */
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
            /* "N° DDTM-2024-0412 du 18 juin 2024 portant ...": the act's
               date is not its title */
            {
                size_t dm = kw(s + qa, f->b - qa, "du ", false);
                if (!dm)
                    dm = kw(s + qa, f->b - qa, "en date du ", false);
                if (!dm)
                    dm = kw(s + qa, f->b - qa, "le ", false);
                const ex_date *dt = dm ? ex_date_at(c, qa, f->b) : NULL;
                if (dt && dt->span.start <= qa + dm + 1 && dt->span.end <= f->b) {
                    qa = dt->span.end;
                    while (qa < f->b && (is_blank(s[qa]) || s[qa] == ','))
                        qa++;
                    qa = skip_junk(s, qa, f->b);
                }
            }
            /* (a label in lower case, "arrêté n° 12 portant ...", is
               K_LBL: lower_case_acts() in segment.c) */
            if (qa < f->b && (lower_start(x, label) == false || (x->li[label].k & K_LBL))) {
                size_t e = title_end(s, qa, f->b);
                size_t letters;
                upper_pct(s, qa, e, &letters);
                if (letters >= 4)
                    sb_add(&sb, s + qa, e - qa);
            }
            size_t last_piece_a = 0, last_piece_b = 0, last_j = SIZE_MAX;
            for (size_t j = label + 1; j < hz && j <= label + 8; j++) {
                const linfo *g = &x->li[j];
                if (g->k & K_SKIP)
                    continue;
                if (g->k & K_BLANK) {
                    /* (OCR: one blank line after a piece ending with a
                       connector, "… à l'occasion de la" / blank / "Fête
                       de la Saint-Jean") */
                    if (sb.n && !(x->dbl && !(x->li[j - 1].k & K_BLANK))
                        && !(!(x->li[j - 1].k & K_BLANK) && last_piece_b > last_piece_a
                             && ends_connector(s, last_piece_a, last_piece_b) && j + 1 < hz
                             && !(x->li[j + 1].k & (K_BLANK | K_SKIP | K_PREAMBLE | K_SIG))
                             && x->li[j + 1].b - x->li[j + 1].a <= 60
                             && !memchr(s + x->li[j + 1].a, ',', x->li[j + 1].b - x->li[j + 1].a)))
                        break;
                    continue;
                }
                if (g->k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE))
                    break;
                /* a quoted name opens the line ("... à l'association" +
                   "« Répit Aidants Berry » au titre ..."): it goes on */
                size_t la = x->t->lines[j].start;
                while (la < g->b && is_blank(s[la]))
                    la++;
                const unsigned char *ug = (const unsigned char *)x->s + la;
                bool quote = sb.n && g->b - la >= 3
                             && ((ug[0] == 0xC2 && ug[1] == 0xAB)
                                 || (ug[0] == 0xE2 && ug[1] == 0x80 && ug[2] == 0x9C) || ug[0] == '"');
                /* "ARRÊTÉ MUNICIPAL N° 2024-PM-087" + "Réglementation
                   temporaire de la circulation ..." right under it (a
                   capitalised line in lower case, no blank line between),
                   and the lines a connector carries on ("... à l'occasion
                   de la" + "Fête de la Saint-Jean") */
                size_t nn;
                bool first_cap = !sb.n && (j == label + 1 || (j == label + 2 && (x->li[label + 1].k & K_BLANK)))
                                 && !upper_line(x, j)
                                 && g->b - g->a <= 90
                                 && case_at(s + g->a, g->b - g->a, &nn) > 0
                                 && !(g->k & (K_SIG | K_PREAMBLE | K_NUMBER | K_NUMLINE | K_LBL))
                                 && !(name_role(x, j, K_NAME | K_ROLE) & (K_NAME | K_ROLE));
                bool carried = sb.n && last_piece_b > last_piece_a
                               && (ends_connector(s, last_piece_a, last_piece_b)
                                   || ends_grouping_kind(s, last_piece_a, last_piece_b))
                               && !upper_line(x, j);
                /* "ARRÊTÉ N° 2026-AP-044" + "DE MISE EN SÉCURITÉ –
                   PROCÉDURE ORDINAIRE" + "portant ...": the line in
                   capitals right under the number (OCR: one blank line
                   between them), opening with "DE",
                   "D'" or "DU", names the act's kind (as "ARRÊTÉ DE
                   VOIRIE N° ..."): it belongs to the label when a line
                   in lower case follows it; the title starts there */
                if (!sb.n && j <= label + 2 && j == next_line(x, label, hz) && upper_line(x, j)
                    && (kw(s + g->a, g->b - g->a, "de ", false) || kw(s + g->a, g->b - g->a, "d'", false)
                        || kw(s + g->a, g->b - g->a, "du ", false))) {
                    size_t nx = next_line(x, j, hz);
                    if (nx == j + 1 && lower_start(x, nx) && !(x->li[nx].k & (K_VISA | K_CONSID | K_VERB | K_ARTICLE)))
                        continue;
                }
                /* "Autorisation temporaire …" + "et d'occupation du domaine
                   public" + "Fête locale du Comité des fêtes": a short
                   capitalised subtitle line right under the title's lines
                   in lower case, the heading block ending with it (a
                   blank line after it, no stop at its end) */
                bool subtitle = false;
                if (sb.n && last_j != SIZE_MAX && last_j > label + 1 && (j == last_j + 1 || (x->dbl && j == last_j + 2))
                    && !upper_line(x, j) && g->b - g->a <= 60 && case_at(s + g->a, g->b - g->a, &nn) > 0
                    && (j + 1 >= hz || (x->li[j + 1].k & K_BLANK))
                    && !(g->k & (K_SIG | K_PREAMBLE | K_NUMBER | K_NUMLINE | K_LBL | K_STAMP | K_OBJET))
                    && !(name_role(x, j, K_NAME | K_ROLE) & (K_NAME | K_ROLE))) {
                    size_t te = title_end(s, g->a, g->b);
                    subtitle = te > g->a && ex_num_is_letter(s + te - 1, 1) && !memchr(s + g->a, ':', te - g->a);
                }
                if (!(lower_start(x, j) || quote || first_cap || carried || subtitle || x->s[g->a] == '('
                      || x->s[x->t->lines[j].start] == '('))
                    break;
                size_t ga = x->s[x->t->lines[j].start] == '(' ? x->t->lines[j].start : quote ? la : g->a;
                /* "ARRÊTÉ N° 2024-DGA-0457" + "du Président du Conseil
                   départemental" + "portant ...": the line naming the
                   authority belongs to the label, as in "ARRÊTÉ DU MAIRE
                   N° ..."; the title starts at "portant" */
                if (!sb.n) {
                    size_t pm = kw(s + ga, g->b - ga, "du ", false);
                    if (!pm)
                        pm = kw(s + ga, g->b - ga, "de la ", false);
                    if (pm && role_noun(s + ga + pm, g->b - ga - pm))
                        continue;
                }
                sb_add(&sb, s + ga, title_end(s, ga, g->b) - ga);
                last_piece_a = ga;
                last_piece_b = title_end(s, ga, g->b);
                last_j = j;
                if (subtitle)
                    break;
            }
            title = sb_str(x, &sb);
        }
    }
    /* "DÉLIBÉRATION N° 2026-31 APF DU 14 AVRIL 2026" (kind, number, date:
       nothing else on the line) + "portant …" / "relative à …" in lower
       case right under it or after one blank line: those lines are the
       title (not a letterhead line, nor the enacting body's) */
    /* (no label: "Délibération n° 2026-112/BAPIL du 9 mars 2026" in
       mixed case, the first number line) */
    if (!title && d->type == EX_DOC_DELIBERATION) {
        size_t ul = label;
        for (size_t i = A->l0; ul == SIZE_MAX && i < hz && i < A->l0 + 20; i++)
            if ((x->li[i].k & K_NUMLINE) && !(x->li[i].k & K_SKIP))
                ul = i;
        if (ul != SIZE_MAX && ul < hz && (x->li[ul].k & (K_LBL | K_NUMLINE | K_NUMBER)))
            title = under_label_title(x, ul, hz);
    }
    /* "Délibération n° 2024-021 : Vente d'un terrain communal": the title
       after the number and a colon or a dash on the label line, with
       its lower-case continuation lines */
    /* (an act typed later, from its body, has type other here: only
       "Délibération 2025-027 : title" is read then) */
    bool typed = d->type == EX_DOC_DELIBERATION || d->type == EX_DOC_RAPPORT;
    /* "2025 DVD 45 Convention … de la gare\n– Approbation …": the rest of
       the code's line and the lines of its block */
    if (!title && code_line != SIZE_MAX) {
        sbuf sb = {.n = 0};
        const linfo *f = &x->li[code_line];
        size_t q = f->a + ex_year_code(s + f->a, f->b - f->a);
        while (q < f->b && is_blank(s[q]))
            q++;
        sb_add(&sb, s + q, title_end(s, q, f->b) - q);
        /* (a line opening with a quote or a dash keeps it) */
        for (size_t j = code_line + 1; j < hz && j < code_line + 5 && !(x->li[j].k & (K_BLANK | K_SKIP)); j++) {
            size_t ja = x->t->lines[j].start + x->t->lines[j].indent;
            sb_add(&sb, s + ja, title_end(s, ja, x->li[j].b) - ja);
        }
        title = sb_str(x, &sb);
    }
    if (!title && (typed || d->type == EX_DOC_OTHER)) {
        /* the first heading line that prints a number ("EXTRAIT DU
           REGISTRE ..." above it holds none) */
        bool numbered = false;
        for (size_t i = A->l0; i < hz && !numbered; i++)
            if (((typed && (x->li[i].k & (K_LBL | K_NUMLINE | K_NUMBER)))
                 || bare_label_number(x, i, &(size_t){0}) != SIZE_MAX)
                && !(x->li[i].k & K_SKIP))
                title = label_line_title(x, i, hz, &numbered);
    }
    /* "DÉLIBÉRATION N° 2024-DEL-088" (or "DÉCISION N° 2025-D-117") + a
       blank line + a heading block of its own in mixed case ("Pôle
       santé ... – Approbation de ..." + its lower-case continuation or a
       quoted one: "« Menuiseries »"), no "OBJET :": that block is the
       title (not a later table title in capitals). A heading, not a
       sentence: capitalised, no colon, no full stop at its end, one to
       three lines, a blank line after it. */
    /* (a label line then its number on the next line: "RAPPORT AU CONSEIL
       DE TERRITOIRE" / "N° CT4-2025-061-CT") */
    size_t numl = label;
    if (label != SIZE_MAX && label + 1 < hz && next_line(x, label, hz) == label + 1
        && ((x->li[label + 1].k & K_NUMBER) || bare_kind_number(x, label + 1)))
        numl = label + 1;   /* (or "Rapport n° RAO-2026-07" in mixed case) */
    /* (no label: the first number line in mixed case, when the title
       line follows it right under: "Délibération n° 2026/027") */
    size_t lb = label;
    if (lb == SIZE_MAX && !title && d->type == EX_DOC_DELIBERATION) {
        for (size_t i = A->l0; i < hz && i < A->l0 + 20; i++)
            if ((x->li[i].k & K_NUMLINE) && !(x->li[i].k & K_SKIP)) {
                if (next_line(x, i, hz) == i + 1 && bare_kind_number(x, i))
                    lb = numl = i;
                break;
            }
    }
    if (!title && (d->type == EX_DOC_DELIBERATION || d->type == EX_DOC_OTHER || d->type == EX_DOC_RAPPORT)
        && lb != SIZE_MAX && lb < hz && (x->li[lb].k & (K_LBL | K_NUMBER | K_NUMLINE))) {
        size_t j = next_line(x, numl, hz);
        size_t nn;
        /* (or right under a line of the kind and number alone:
           "Délibération n° 2026/027" / "Restauration scolaire : mise en
           place …", a colon inside the heading before lower case) */
        bool tight = j == numl + 1 && j < hz && bare_kind_number(x, numl);
        if (j < hz && (j > numl + 1 || tight) && !upper_line(x, j) && case_at(s + x->li[j].a, x->li[j].b - x->li[j].a, &nn) > 0
            && !(x->li[j].k & (K_SIG | K_PREAMBLE | K_NUMBER | K_NUMLINE | K_LBL | K_VISA | K_CONSID | K_VERB
                               | K_ARTICLE | K_STAMP | K_OBJET | K_ENTRE))
            && !(name_role(x, j, K_NAME | K_ROLE) & (K_NAME | K_ROLE)) && j != mixed_line && j != body_unit
            && j != coll_line && !session_line(s + x->li[j].a, x->li[j].b - x->li[j].a)) {
            size_t k = j, m = 1;
            bool ok = true;
            for (size_t q = x->li[j].a; q < x->li[j].b; q++)
                if (s[q] == ':' && !(tight && inner_colon(s, x->li[j].a, q, x->li[j].b)))
                    ok = false;
            for (size_t g = next_line(x, k, hz); ok && g < hz && g == k + 1; g = next_line(x, k, hz)) {
                if (!(lower_start(x, g) || open_quote(x, g)) || ++m > 3)
                    ok = false;
                for (size_t q = x->li[g].a; ok && q < x->li[g].b; q++)
                    if (s[q] == ':')
                        ok = false;
                k = g;
            }
            /* a blank line after the block */
            if (ok && k + 1 < hz && !(x->li[k + 1].k & K_BLANK))
                ok = false;
            size_t te = ok ? trim_end(s, x->li[k].a, x->li[k].b) : 0;
            if (ok && te > x->li[k].a && s[te - 1] != '.' && s[te - 1] != ',' && s[te - 1] != ';') {
                sbuf sb = {.n = 0};
                for (size_t g = j; g <= k; g = next_line(x, g, hz)) {
                    /* (a quoted line with its opening quote) */
                    size_t ga = g > j && open_quote(x, g) ? x->t->lines[g].start + x->t->lines[g].indent
                                                          : x->li[g].a;
                    sb_add(&sb, s + ga, title_end(s, ga, x->li[g].b) - ga);
                }
                title = sb_str(x, &sb);
            }
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
            /* a table's row ("API RESTAURATION SUD      3,42 €      …"):
               its cells are never a title */
            if (cell_row(s, g->a, x->t->lines[j].end)) {
                if (blk0 != SIZE_MAX)
                    break;
                continue;
            }
            if (blk0 != SIZE_MAX) {
                /* (not the séance line under the title block: "SÉANCE DU
                   24 OCTOBRE 2025") */
                if (upper_line(x, j) && !(g->k & (K_NUMBER | K_NUMLINE | K_LBL)) && !kw(p, n, "seance", true)
                    && !kw(p, n, "reunion", true) && !kw(p, n, "session", true)) {
                    sb_add(&sb, p, block_line_end(s, g->a, g->b) - g->a);
                    last = j;
                    continue;
                }
                break;
            }
            size_t letters;
            if (excl || !upper_line(x, j))
                continue;
            /* the label's assembly on its own line ("DÉLIBÉRATION N° 25/147
               AC" / "DE L'ASSEMBLÉE DE CORSE"): not the title */
            if (label != SIZE_MAX && j == next_line(x, label, hz)) {
                size_t dm = kw(p, n, "de l'", false);
                if (!dm)
                    dm = kw(p, n, "de la ", false);
                if (!dm)
                    dm = kw(p, n, "de ", false);
                size_t am = dm ? assembly_at(p + dm, n - dm) : 0;
                if (am && trim_end_junk(s, g->a + dm + am, g->b) <= g->a + dm + am)
                    continue;
            }
            upper_pct(s, g->a, g->b, &letters);
            /* not a list of names: "M. X, Mme Y" */
            bool civ = false;
            for (size_t q = g->a; q + 3 < g->b; q++)
                if ((q == g->a || s[q - 1] == ' ') && (kw(s + q, g->b - q, "m. ", false) || kw(s + q, g->b - q, "mme ", false)))
                    civ = true;
            /* a sentence ends with a full stop; a dot standing apart
               (" .") is an OCR speck */
            size_t te = trim_end(s, g->a, g->b);
            bool stop = s[te - 1] == '.' && !(te >= g->a + 2 && is_blank(s[te - 2]));
            if (civ || letters < 12 || (name_role(x, j, K_NAME | K_ROLE) & (K_NAME | K_ROLE)) || stop)
                continue;
            blk0 = j;
            last = j;
            sb_add(&sb, p, block_line_end(s, g->a, g->b) - g->a);
        }
        EX_UNUSED(last);
        if (blk0 != SIZE_MAX)
            title = sb_str(x, &sb);
    }
    /* the OBJET line the scan moved into the body (split_acts()) */
    if (!title && A->objet != SIZE_MAX)
        title = objet_title(x, A->objet, A->objet + 1);
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
            /* OCR: a hyphen for the blank, a capital after it ("La-Commune de X") */
            if (!m && n > 4 && (p[0] == 'L' || p[0] == 'l') && (p[1] == 'a' || p[1] == 'e') && p[2] == '-'
                && p[3] >= 'A' && p[3] <= 'Z')
                m = 3;
            size_t kl;
            if (m && collectivity_rank(p + m, n - m, &kl) >= 2) {
                size_t e = m;
                while (e < n && p[e] != ',')
                    e++;
                e = departement_cut(p, m, e);
                sbuf sb = {.n = 0};
                sb_add(&sb, p + m, e - m);
                d->collectivity = sb_str(x, &sb);
            }
        }
    }
}
