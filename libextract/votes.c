/*
 * votes.c - stage votes: vote tallies and results.
 *
 * One combined pattern finds the parts of a vote; a (*MARK) tells which:
 *
 *   "Pour : 42 voix (Groupe A ; Groupe B)"     for (+ for_groups)
 *   "Contre : 0 voix", "ONT VOTE CONTRE : /"   against ("/" is 0)
 *   "Abstention(s) : 3", "SE SONT ABSTENUS : /" abstention
 *   "Ne prend pas part au vote : 1"            not_voting
 *   "; M. X ne prend pas part au vote."        not_voting (persons named)
 *   "Absents sans délégation de vote : 2"      absent_without_proxy
 *   "Votants : 14"                             voting (for the check)
 *   "par 12 voix pour, 3 contre et 2 abstentions" (one sentence)
 *   "à l'unanimité"                            unanimous
 *   "(Adopté)", "est adoptée", "rejeté"        result
 *
 * Parts close to each other (a few lines apart) make one vote; a vote
 * needs a count for, a unanimity, or a result standing on its own line
 * ("ADOPTÉ").  Keys are folded (see ex_fold_pattern in ocrmodel.c), so
 * "ONT VOTE POUR", "Abstention", "a l'unanimite" (OCR) match alike.
 *
 * Extra keys: against_groups and abstention_groups (like for_groups:
 * "Contre : 8 voix (groupe X)"), not_voting_persons (the persons named
 * as not taking part: "Ne prend pas part au vote : 1 (M. X)", "Ne prend
 * pas part au vote : M. X", "; M. X ne prend pas part au vote"),
 * blank_or_void ("Votes blancs ou nuls : 1").
 *
 * The clerk's checks: diagnostics (severity "warning", span: the vote's
 * span), printed values never changed:
 *
 *   code                   when
 *   vote.sum_mismatch      for + against + abstention (+ blank_or_void)
 *                          is neither the voters ("Votants", in the vote
 *                          or the attendance counts) nor the voters
 *                          once not_voting is added
 *   vote.unanimous_against "à l'unanimité" with a printed against > 0
 *   vote.not_voting_list   persons named as not voting, and not as many
 *                          as the printed not_voting count
 */
#define _GNU_SOURCE 1   /* memrchr */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    V_FOR = 1, V_AGAINST, V_ABST, V_NPPV, V_ABSNP, V_VOTANTS, V_PAR, V_UNAN,
    V_ADOPT, V_REJECT, V_BLANK,
    V_GROUP     /* "Groupe X : pour" (no pattern: a V_FOR/AGAINST/ABST read so) */
};


static const ex_pattern parts[] = {
    /* "ONT VOTE POUR : 14", "Pour : 42 voix" (colon checked in C) */
    {V_FOR, "(?:(?:ont )?vot(?:es?|ent) )?pour"},
    /* "ONT VOTE CONTRE : /", "Contre : 0 voix" */
    {V_AGAINST, "(?:(?:ont )?vot(?:es?|ent) )?contre"},
    /* "SE SONT ABSTENUS : /", "Abstentions : 3 voix"; the abbreviation
       of a vote box ("ABST. : 3", "Abst : 3"; colon checked in C) */
    {V_ABST, "(?:se sont abstenu(?:s|es?)?|s'est abstenue?|s'abstien(?:t|nent)|abstentions?|abstenu(?:s|es?)?|abst\\.?)"},
    /* "Ne prend pas part au vote : 1", "N'a pas pris part au vote"; OCR
       "au VOIE" (T read as I: "au voie" is no French), "au, vote" (a speck
       before the noun) */
    {V_NPPV, "(?:ne (?:prend|prennent|prenant|participe|participent|participant) pas (?:part )?(?:au|a ce|aux)(?:,|;)? (?:votes?|voies?)"
             "|n'(?:a|ont) pas pris part (?:au|a ce|aux) (?:votes?|voies?)|non(?:-| )participation(?: au vote)?"
             "|refus de vote|nppv)"},
    /* "Votes blancs ou nuls : 1", "Bulletins blancs : 2" ("nul(?:|s)",
       not "nu(?:l|ls)": the same tries in the same order, and "nul" a
       run of letters for the keyword) */
    {V_BLANK, "(?:(?:votes?|bulletins?) )?(?:blancs? (?:ou|et) nul(?:|s|e|es)|blancs?|nul(?:|s))"},
    /* "Absents sans délégation de vote : 2" */
    {V_ABSNP, "absents? sans (?:delegation(?: de vote)?|pouvoirs?|procurations?)"},
    /* "Votants : 14" */
    {V_VOTANTS, "(?:nombre de )?votants"},
    /* "par 12 voix pour"; OCR "12 voix-pôur" (a hyphen for the blank;
       the fold takes "ô" for "o"), "(9 voix: :\npour)", "6 voix: pour"
       (a speck glued after "voix": ". " or ": ", not ", " or "; " that
       may separate a label, "15 voix, pour : 12"); "Vote : 6:" / "voix
       pour" (a colon glued to the count, not a "." that may end a
       sentence, "article 6. Voix pour : 12"); a blank inside the noun
       ("13 V OIX POUR"); weighted voices "6 voix pondérées pour" */
    {V_PAR, "\\d{1,3}:? v ?oix(?: ponderees?)?(?:-| |(?:\\.|:) (?:(?:\\.|:|;|,) )?)pour"},
    /* "à l'unanimité" (OCR "à Punanimité": l' read P) */
    {V_UNAN, "(?:a )?l'unanimite|p?unanimite"},
    /* "(Adopté)", "La délibération est adoptée" */
    {V_ADOPT, "adopte(?:e|s|es)?"},
    /* "rejeté", "n'est pas adoptée" */
    {V_REJECT, "(?:rejete(?:e|s|es)?|n'est pas adopte(?:e|s|es)?|non adopte(?:e|s|es)?)"},
};
#define NPARTS (sizeof parts / sizeof parts[0])

/* inside a "par N voix pour" sentence; counts in digits or in words
   ("une voix contre", "vingt et une abstentions": NUMW, read by the
   number layer, ex_number_words()).  NUMW repeats its word with "*",
   not "{0,4}": PCRE2 compiles a bounded repeat as that many copies
   (4 M instructions more at engine creation), and a bound would read
   "deux cent quatre-vingt-dix-sept" (six words) from "cent".  The
   search stays inside one sentence (sentence_end(), 400 bytes). */
enum { S_AGAINST = 1, S_ABST, S_NPPV };
#define NUMW1 "(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze" \
              "|seize|vingts?|trente|quarante|cinquante|soixante|cents?)"
#define NUMW NUMW1 "(?:(?:-et-| et |-| )" NUMW1 ")*"
static const ex_pattern sentence_parts[] = {
    /* "3 contre", "3 voix contre", "aucune voix contre", OCR "3 voix-contre",
       "2 voix" / ". contre" (a speck opening the wrapped line), "1 voix -" /
       "contre" (one ending the line: not "12 voix - contre" on one line,
       a tally "Pour : 12 voix - Contre : 3"), "3 voix contie"
       (the r read as i: only after "voix"), "et" glued to the count
       ("13 voix pour et5 contre", as for the abstentions below) */
    {S_AGAINST, "(?:et(?=\\d))?(\\d{1,3}|aucune?|" NUMW ") (?:(?:voix(?: ponderees?)?(?:-| )(?:(?:\\.|:|;|,) )?)?contre|voix contie"
                "|voix [-|] *\\n\\s*contre)"},
    /* "2 abstentions"; OCR: a hyphen for the blank ("1-abstention"),
       "et" glued to the count ("19 voix pour et2 abstentions": the
       match starts at "et", parse_sentence() reads the count after it),
       "À" for 1 ("et À abstention", see parse_sentence()), a speck "*"
       or "." opening the wrapped line ("1" / "" / "* abstention"; not
       "sur 14. Abstention de M. X" on one line) */
    {S_ABST, "(?:et(?=\\d))?(\\d{1,3}|aucune?|\xc3\x80|" NUMW ")(?: |-|\\s*\\n\\s*[*.] )abstentions?"},
    /* "1 ne prend pas part au vote" */
    {S_NPPV, "(\\d{1,3}) (?:membres? |conseillers? |elus? )?(?:ne (?:prend|prennent|participe|participent) pas"
             "|n'(?:a|ont) pas pris part|refus)"},
};
#define NSPARTS (sizeof sentence_parts / sizeof sentence_parts[0])

/* The parts' keywords (see ex_rxset in internal.h): every part contains
   one of them, and at most a bounded number of letters and digits
   before it (the longest: "ne prennent pas part a ce vote", 20).
   ex_rxset_build() checks both facts on each part above and fails (no
   engine) when a part breaks them: a new part needs its keyword here. */
static const char part_keys[] =
    "pour|contre|vote|voie|abst|particip|blanc|bulletin|nul|absent|votant|voix|unanimite|adopte|rejete|nppv";

typedef struct vote_engine {
    ex_rxset rx;            /* the parts (first member: tests/test_rxset.c) */
    ex_regex srx;
} vote_engine;

static const char vpre[] = "(?i)(?<![\\p{L}\\p{N}])(?:";
static const char vpost[] = ")(?![\\p{L}])";

static bool build(extract_engine *e, const ex_pattern *tab, size_t n, ex_regex *out)
{
    ex_buf b = {0};
    bool ok = ex_buf_put(&e->alloc, &b, vpre, strlen(vpre));
    for (size_t i = 0; ok && i < n; i++) {
        char *p = ex_fold_pattern(&e->alloc, tab[i].pattern);
        if (!p) {
            ok = false;
            break;
        }
        ok = ex_buf_printf(&e->alloc, &b, "%s(?:%s)(*MARK:%d)", i ? "|" : "", p, tab[i].kind);
        ex_free(&e->alloc, p);
    }
    ok = ok && ex_buf_put(&e->alloc, &b, vpost, strlen(vpost)) && ex_buf_putc(&e->alloc, &b, 0);
    if (!ok) {
        ex_buf_free(&e->alloc, &b);
        return false;
    }
    ex_pattern pat = {0, b.s};
    ok = ex_rx_compile(e, &pat, 1, out);
    ex_buf_free(&e->alloc, &b);
    return ok;
}

bool ex_votes_init(extract_engine *e)
{
    vote_engine *ve = ex_malloc(&e->alloc, sizeof *ve);
    if (!ve)
        return false;
    memset(&ve->srx, 0, sizeof ve->srx);  /* (ve->rx: ex_rxset_build() zeroes it first) */
    if (!ex_rxset_build(e, vpre, vpost, parts, NPARTS, part_keys, NULL, &ve->rx)) {
        ex_free(&e->alloc, ve);
        return false;
    }
    /* no test after the keyword (ex_rxset.nfa) for the parts: pcre2
       refuses their candidates at about the test's own cost, and the
       candidates that match pay for it (measured: 0.2 M instructions
       more a corpus pass with it) */
    for (size_t k = 0; k < ve->rx.nkeys; k++)
        ve->rx.nfa[k].n = 0;
    if (!build(e, sentence_parts, NSPARTS, &ve->srx)) {
        ex_rxset_free(e, &ve->rx);
        ex_free(&e->alloc, ve);
        return false;
    }
    e->votes = ve;
    return true;
}

void ex_votes_free(extract_engine *e)
{
    vote_engine *ve = e->votes;
    if (!ve)
        return;
    ex_rxset_free(e, &ve->rx);
    ex_rx_free(&ve->srx, 1);
    ex_free(&e->alloc, ve);
    e->votes = NULL;
}

/* ------------------------------------------------------------------ */

typedef struct part {
    int kind;
    size_t a, b;            /* the whole part, count and groups included */
    long val;
    size_t ga, gb;          /* groups: inside the parentheses */
    size_t pa, pb;          /* V_NPPV: the range naming the persons */
    bool alone;             /* a result on its own line */
    bool named;             /* V_NPPV counted from the persons named */
    bool names;             /* a side counted from its list of names (names_count()) */
    long against, abst, nppv; /* V_PAR: the rest of the sentence */
    int gkind;              /* V_GROUP: V_FOR, V_AGAINST or V_ABST */
    size_t tab;             /* read from a table (table_cell): the label's end, else 0;
                               item_table(): the table's end */
    size_t row;             /* a row of a table of items (item_table()): its start + 1, else 0 */
    long item;              /* that row's item number */
    size_t oa, ob;          /* that row's object */
    size_t tstart;          /* that table's header line */
    size_t hpos;            /* that row's item heading in the body + 1 (drop_recapped()), else 0 */
} part;
typedef EX_VEC(part) part_vec;

/* after a "D" read for a 0 at q-1: blanks, then the limit, a line end
   or a separator "-", "–", "—", ",", ";" (then a blank or a line end) */
static bool d_zero(const char *s, size_t q, size_t lim)
{
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || is_nl(s[q]))
        return true;
    size_t w = s[q] == '-' || s[q] == ',' || s[q] == ';' ? 1
               : q + 2 < lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
                       && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94)
                   ? 3 : 0;
    return w && q > 0 && is_blank(s[q - 1]) && (q + w >= lim || is_blank(s[q + w]) || is_nl(s[q + w]));
}

static bool line_rest_empty(const char *s, size_t p, size_t lim);

/* after a letter read for a digit at q-1: d_zero(), or blanks then the
   next label of a flattened tally ("Contre : D Abstentions 2") */
static bool alone_count_end(const char *s, size_t q, size_t lim)
{
    if (d_zero(s, q, lim))
        return true;
    if (q >= lim || !is_blank(s[q]))
        return false;
    while (q < lim && is_blank(s[q]))
        q++;
    static const char *const labels[] = {"pour", "contre", "abstention", NULL};
    for (size_t k = 0; labels[k]; k++) {
        size_t m = ex_match_fold(s + q, lim - q, labels[k]);
        if (m && (q + m >= lim || s[q + m] == 's' || !ex_num_is_letter(s + q + m, lim - q - m)))
            return true;
    }
    return false;
}

/* OCR "l", "I", "i" for a 1 standing alone at p as a count: before a
   separator, the line end or the next label, or with a dash glued to it
   ("Contre :. i- Abstention : 1"; not "l'ensemble", "I." nor "i Martin") */
static bool one_alone(const char *s, size_t p, size_t lim)
{
    return p < lim && (s[p] == 'l' || s[p] == 'I' || s[p] == 'i')
           && (alone_count_end(s, p + 1, lim)
               || (p + 2 < lim && s[p + 1] == '-' && (is_blank(s[p + 2]) || is_nl(s[p + 2]))));
}

/* a printed count at p: digits (OCR O -> 0, l/I -> 1), "/" or "-" for
   none, "néant", "aucun(e)", "zéro", number words; *end after it */
static bool vcount(ex_call *c, size_t p, size_t lim, long *val, size_t *end)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || s[p] == ':'))
        p++;
    /* OCR: a speck before the digits ("Pour : ‘25", "Contre : _ 2") */
    {
        size_t k = speck_len(s, p, lim), q = p + k;
        while (k && q < lim && is_blank(s[q]))
            q++;
        if (k && q < lim && ((s[q] >= '0' && s[q] <= '9') || one_alone(s, q, lim)))
            p = q;
    }
    if (p >= lim)
        return false;
    /* OCR "Ô" or "ô" for a zero standing alone ("Abstention : Ô",
       "Contre ; ô — Abstentions : 3") */
    if (p + 1 < lim && (unsigned char)s[p] == 0xC3
        && ((unsigned char)s[p + 1] == 0x94 || (unsigned char)s[p + 1] == 0xB4)
        && !(p + 2 < lim && ex_num_is_letter(s + p + 2, lim - p - 2))) {
        *val = 0;
        *end = p + 2;
        return true;
    }
    if (s[p] == '/' || (s[p] == '-' && (p + 1 >= lim || is_blank(s[p + 1]) || is_nl(s[p + 1])))) {
        *val = 0;
        *end = p + 1;
        return true;
    }
    size_t m;
    if ((m = ex_match_fold(s + p, lim - p, "neant")) || (m = ex_match_fold(s + p, lim - p, "aucune"))
        || (m = ex_match_fold(s + p, lim - p, "aucun")) || (m = ex_match_fold(s + p, lim - p, "zero"))) {
        *val = 0;
        *end = p + m;
        return true;
    }
    /* OCR "B" for 8, "S" for 5 standing alone as the count ("Pour : B-
       Contre : 1"): a capital alone is no word of a tally */
    if ((s[p] == 'B' || s[p] == 'S') && (p + 1 >= lim || !(ex_num_is_letter(s + p + 1, lim - p - 1)
                                                          || (s[p + 1] >= '0' && s[p + 1] <= '9')
                                                          || s[p + 1] == '.' || s[p + 1] == '\''))) {
        *val = s[p] == 'B' ? 8 : 5;
        *end = p + 1;
        return true;
    }
    /* OCR "D" for a 0 standing alone as the count, ending its line or
       before a separator ("Contre : 2 — Abstentions : D"; not "D." nor
       "D Martin") */
    if (s[p] == 'D' && alone_count_end(s, p + 1, lim)) {
        *val = 0;
        *end = p + 1;
        return true;
    }
    /* OCR "À" for a 1 standing alone as the count, before a separator
       or specks ending its line ("Abstention : À : :"; not "À compter
       du", "À Villiers") */
    if (p + 1 < lim && (unsigned char)s[p] == 0xC3 && (unsigned char)s[p + 1] == 0x80
        && (alone_count_end(s, p + 2, lim) || line_rest_empty(s, p + 2, lim))) {
        *val = 1;
        *end = p + 2;
        return true;
    }
    /* OCR "l", "I", "i" for a 1 standing alone */
    if (one_alone(s, p, lim)) {
        *val = 1;
        *end = p + 1;
        return true;
    }
    size_t q = p;
    long v = 0;
    int digits = 0, n = 0;
    while (q < lim && n < 4) {
        /* a pipe after a digit, before a letter or blanks then a
           letter, is the cell rule of a vote box, not a 1 ("CONTRE :
           4|ABST.:3| NPPV:1"; "Pour : 1|" ending the line stays 11) */
        if (s[q] == '|' && digits) {
            size_t r = q + 1;
            while (r < lim && is_blank(s[r]))
                r++;
            if (r < lim && ex_num_is_letter(s + r, lim - r))
                break;
        }
        /* the shared digit reader: O o -> 0, l I | -> 1 */
        int d = ex_num_digit(s[q], true);
        if (d < 0)
            break;
        digits += s[q] >= '0' && s[q] <= '9';
        v = v * 10 + d;
        n++;
        q++;
    }
    if (n && (digits || n == 1)) {
        /* followed by a letter: not a count (a dash is fine: "8— Contre");
           a letter read as a digit may open a number word ("onze") */
        if (!(q < lim && ex_num_is_letter(s + q, lim - q))) {
            if (!digits && n == 1 && s[p] != 'O')
                return false;
            *val = v;
            *end = q;
            return true;
        }
        if (digits)
            return false;
    }
    size_t used = 0;
    long long w = ex_number_words(s + p, lim - p, &used);
    if (w >= 0 && used > 0 && w < 100000) {
        *val = (long)w;
        *end = p + used;
        return true;
    }
    return false;
}

/* after a label: blanks, a colon (OCR junk tolerated: dots before it,
   a colon read ';' or a lone "{", "}", "!", "i" with a digit after it
   ("Abstentions i 2")) */
static bool colon_after(const ex_call *c, size_t p, size_t lim, size_t *after)
{
    const char *s = c->text.s;
    size_t q = p;
    /* (OCR specks before the colon: "Abstention': groupe X", "Pour ‘ :") */
    while (q < lim && q < p + 6) {
        if (is_blank(s[q]) || s[q] == '.' || s[q] == '\'' || s[q] == ',')
            q++;
        else if (q + 3 <= lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
                 && ((unsigned char)s[q + 2] == 0x98 || (unsigned char)s[q + 2] == 0x99))
            q += 3;
        else
            break;
    }
    /* "Pour / Alde : 11": the other language's label after the French */
    if (q < lim && s[q] == '/') {
        size_t ol = ex_st_other_lang_tail(s + p, lim - p);
        if (ol) {
            q = p + ol;
            while (q < lim && is_blank(s[q]))
                q++;
        }
    }
    if (q < lim && ex_colon_mark(s[q])) {
        *after = q + 1;
        return true;
    }
    if (q < lim && ex_ocr_lone_colon(s, q, p, lim) && q + 2 < lim && ex_is_digit(s[q + 2])) {
        *after = q + 2;
        return true;
    }
    return false;
}

/* a label opening its line, then a leader: a run of dots ("......",
   "…") and blanks holding at least three dots, or of at least two
   blanks, then a count ending the line ("Pour ......... 9", "Contre
   0", "Pour ...... 9 voix"): the tally printed as a form.  *after: the count's start. */
static bool leader_after(ex_call *c, size_t a, size_t b, size_t lim, size_t *after)
{
    const char *s = c->text.s;
    const ex_line *l = &c->text.lines[ex_line_at(&c->text, a)];
    for (size_t q = l->start; q < a; q++)
        if (!is_blank(s[q]))
            return false;
    size_t dots, blanks, q = ex_leader_end(s, b, lim, &dots, &blanks);
    if (dots < 3 && blanks < 2)
        return false;
    long v;
    size_t e;
    if (!vcount(c, q, lim, &v, &e))
        return false;
    while (e < lim && is_blank(s[e]))
        e++;
    e += ex_match_fold(s + e, lim - e, "voix");     /* "Pour ...... 9 voix" */
    while (e < lim && (is_blank(s[e]) || s[e] == '.'))
        e++;
    if (e < lim && !is_nl(s[e]))
        return false;
    *after = q;
    return true;
}

/* the labels of a tally ("Vote :", "Résultat du vote :"), longest
   first; OCR "VOIE" (T read as I) */
static const char *const vote_labels[] = {"resultat du vote", "resultats du vote", "votes", "vote", "voies",
                                          "voie", NULL};

/* the length of a bullet mark at p an OCR reads before a line's label:
   "*", "•" (E2 80 A2), "©" (C2 A9), "°" (C2 B0), else 0 */
static size_t vote_bullet_len(const char *s, size_t p, size_t lim)
{
    if (p >= lim)
        return 0;
    if (s[p] == '*')
        return 1;
    if (p + 2 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
        && (unsigned char)s[p + 2] == 0xA2)
        return 3;
    if (p + 1 < lim && (unsigned char)s[p] == 0xC2
        && ((unsigned char)s[p + 1] == 0xA9 || (unsigned char)s[p + 1] == 0xB0))
        return 2;
    return 0;
}

/* the line before a opens with "Vote :" / "Votes :" / "Résultat du
   vote :" (labels of a tally then need no colon of their own), a dash
   item's "- " before it ("- Vote : pour 16 – contre 2") */
static bool vote_line_here(const ex_call *c, size_t a)
{
    const char *s = c->text.s;
    /* back to the line start, at most 120 bytes: the loop
       "while (i > 0 && s[i - 1] != '\n' && a - i < 120) i--" */
    size_t lo = a > 120 ? a - 120 : 0;
    const char *nl = a > lo ? memrchr(s + lo, '\n', a - lo) : NULL;
    size_t i = nl ? (size_t)(nl - s) + 1 : lo;
    /* (a page break's form feed opening the line: "\fVOTE : Pour 20") */
    while (i < a && (is_blank(s[i]) || s[i] == '\f'))
        i++;
    /* (OCR: the dash glued to the label, "-Vote :", or a speck "." "_"
       for it; a speck ":" standing alone before it, ": Vote :") */
    if (i + 1 < a && (s[i] == '-' || s[i] == '.' || s[i] == '_' || (s[i] == ':' && is_blank(s[i + 1])))) {
        i++;
        while (i < a && is_blank(s[i]))
            i++;
    } else {
        /* OCR: a bullet or speck read before the label and a blank
           ("* Vote :", "• Vote :", "© Vote :", "° Vote :") */
        size_t b = vote_bullet_len(s, i, a);
        if (b && i + b < a && is_blank(s[i + b])) {
            i += b;
            while (i < a && is_blank(s[i]))
                i++;
        }
    }
    size_t m = 0;
    for (size_t k = 0; vote_labels[k] && !m; k++)
        m = ex_match_fold(s + i, a - i, vote_labels[k]);
    if (!m)
        return false;
    i += m;
    while (i < a && is_blank(s[i]))
        i++;
    /* OCR: a quote glued before the colon ("Vote’: Pour 15") */
    i += curly_quote_len(s, i, a) + (i < a && s[i] == '\'');
    return i < a && s[i] == ':';
}

/* a dash (" –", " —", " -") ending the line before the one that opens at
   a: the tally goes on there ("Vote : pour 16 – contre 2 –\nabstention 0.");
   the position of the dash, or SIZE_MAX */
static size_t dash_ended_line_before(const ex_call *c, size_t a)
{
    const char *s = c->text.s;
    size_t i = a;
    while (i > 0 && is_blank(s[i - 1]))
        i--;
    if (i == 0 || s[i - 1] != '\n')
        return SIZE_MAX;
    i--;
    while (i > 0 && (is_blank(s[i - 1]) || s[i - 1] == '\r'))
        i--;
    size_t d;
    if (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80
        && ((unsigned char)s[i - 1] == 0x93 || (unsigned char)s[i - 1] == 0x94))
        d = i - 3;
    else if (i >= 1 && s[i - 1] == '-')
        d = i - 1;
    else
        return SIZE_MAX;
    return d > 0 && is_blank(s[d - 1]) ? d : SIZE_MAX;
}

/* a line opening at q with a tally's label and its colon: "Pour : 24",
   "Contre : 2", "Abstentions : 0" */
static bool tally_label_line(const char *s, size_t q, size_t lim)
{
    static const char *const labels[] = {"pour", "contre", "abstentions", "abstention", NULL};
    while (q < lim && is_blank(s[q]))
        q++;
    for (size_t k = 0; labels[k]; k++) {
        size_t m = ex_match_fold(s + q, lim - q, labels[k]);
        if (!m)
            continue;
        q += m;
        while (q < lim && is_blank(s[q]))
            q++;
        return q < lim && s[q] == ':';
    }
    return false;
}

/* a dash (" – ", " — ", " - ") just before a, on a line whose previous
   line opens with "Vote :": the tally runs over the line break inside a
   side's names ("VOTE : Pour 20 – Contre 4 (X, Y," / "Z) – Abstentions
   2"); true when so */
static bool dash_before_vote_line(const ex_call *c, size_t a)
{
    const char *s = c->text.s;
    size_t i = a;
    while (i > 0 && is_blank(s[i - 1]))
        i--;
    if (i == a)
        return false;
    if (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80
        && ((unsigned char)s[i - 1] == 0x93 || (unsigned char)s[i - 1] == 0x94))
        i -= 3;
    else if (i >= 1 && s[i - 1] == '-')
        i--;
    else
        return false;
    if (i == 0 || !is_blank(s[i - 1]))
        return false;
    size_t lo = i > 200 ? i - 200 : 0;
    const char *nl = memrchr(s + lo, '\n', i - lo);
    return nl && nl > s && vote_line_here(c, (size_t)(nl - s));
}

static bool vote_line(const ex_call *c, size_t a)
{
    if (vote_line_here(c, a))
        return true;
    size_t d = dash_ended_line_before(c, a);
    return (d != SIZE_MAX && vote_line_here(c, d)) || dash_before_vote_line(c, a);
}

/* "groupe A (14), groupe B (8)": from p (a "groupe"), groups each with
   its count in brackets, joined by "," or "et" (a name may run over a
   line break); the number of groups read, *gb the end of the last
   bracket */
static int group_counts(ex_call *c, size_t p, size_t lim, size_t *gb)
{
    const char *s = c->text.s;
    int n = 0;
    for (;;) {
        if (!ex_match_fold(s + p, lim - p, "groupe"))
            return n;
        size_t q = p;
        int nl = 0;
        while (q < lim && s[q] != '(' && s[q] != ')' && s[q] != ';' && s[q] != ':' && q - p < 200)
            if (s[q++] == '\n' && ++nl > 1)
                return n;
        if (q >= lim || s[q] != '(')
            return n;
        long v;
        size_t e2;
        if (!vcount(c, q + 1, lim, &v, &e2))
            return n;
        size_t r = e2;
        while (r < lim && is_blank(s[r]))
            r++;
        r += ex_match_fold(s + r, lim - r, "voix");
        while (r < lim && is_blank(s[r]))
            r++;
        if (r >= lim || s[r] != ')')
            return n;
        n++;
        *gb = ++r;
        /* the next group: after "," or "et" */
        while (r < lim && is_blank(s[r]))
            r++;
        if (r < lim && s[r] == ',')
            r++;
        else if (ex_match_fold(s + r, lim - r, "et ") == 3)
            r += 3;
        else
            return n;
        while (r < lim && (is_blank(s[r]) || is_nl(s[r])))
            r++;
        p = r;
    }
}

/* "Pour : 30 – groupe A (19), groupe B (11)": after a side's count
   (x->b), a dash then groups each with its count in brackets; fills x
   (ga, gb, b); false when not this form */
static bool dash_groups(ex_call *c, part *x, size_t lim)
{
    const char *s = c->text.s;
    size_t q = x->b;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q < lim && s[q] == '-')
        q++;
    else if (q + 2 < lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
             && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
        q += 3;
    else
        return false;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t ge = 0;
    if (group_counts(c, q, lim, &ge) < 1)
        return false;
    x->ga = q;
    x->gb = ge;
    x->b = ge;
    return true;
}

/* a group's name cut by the line break at q ([a, q) the names so far):
   the line ends with a comma or a small word that cannot end a name
   ("groupe Écologistes de\nBrenne (5)", "groupes A, B et\nC (38 voix)") */
static bool group_name_cut(const char *s, size_t a, size_t q)
{
    static const char *const words[] = {"de", "du", "des", "d'", "et", "la", "le", "les", "l'", "pour",
                                         "en", "au", "aux", NULL};
    size_t e = q;
    while (e > a && (is_blank(s[e - 1]) || s[e - 1] == '\r'))
        e--;
    if (e > a && s[e - 1] == ',')
        return true;
    size_t w = e;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    /* (an OCR speck glued before the word: "Écologistes ‘de") */
    if (e - w > 3 && (unsigned char)s[w] == 0xE2 && (unsigned char)s[w + 1] == 0x80
        && ((unsigned char)s[w + 2] == 0x98 || (unsigned char)s[w + 2] == 0x99))
        w += 3;
    else if (e - w > 1 && (s[w] == '\'' || s[w] == '`'))
        w++;
    if (w == a || (s[w] < 'a' || s[w] > 'z'))
        return false;
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == e - w && !memcmp(s + w, words[k], e - w))
            return true;
    return false;
}

/* several groups each with its count in brackets in the vote's
   paragraph around p ("groupe A (14), groupe B (8)": "(N)" then "," or
   "et" and "groupe"), at most 400 bytes either side, not across a blank
   line */
static bool per_group_counts_near(const ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    size_t a = p, b = p;
    while (a > 0 && p - a < 400 && !(s[a - 1] == '\n' && a > 1 && s[a - 2] == '\n'))
        a--;
    while (b < lim && b - p < 400 && !(s[b] == '\n' && b + 1 < lim && s[b + 1] == '\n'))
        b++;
    for (const char *r = memchr(s + a, ')', b - a); r; r = memchr(r + 1, ')', (size_t)(s + b - r - 1))) {
        size_t q = (size_t)(r - s) + 1;
        while (q < b && is_blank(s[q]))
            q++;
        if (q < b && s[q] == ',')
            q++;
        else if (ex_match_fold(s + q, b - q, "et ") == 3)
            q += 3;
        else
            continue;
        while (q < b && (is_blank(s[q]) || is_nl(s[q])))
            q++;
        if (ex_match_fold(s + q, b - q, "groupe"))
            return true;
        if (r + 1 >= s + b)
            break;
    }
    return false;
}

/* "groupes A, B et C (52 voix)" after a label: the groups, then the count
   in parentheses (a name may run over one line break: group_name_cut());
   fills x (val, b, ga, gb); false when not this form */
static bool groups_then_count(ex_call *c, size_t p, size_t lim, part *x)
{
    const char *s = c->text.s;
    while (p < lim && is_blank(s[p]))
        p++;
    if (!ex_match_fold(s + p, lim - p, "groupe"))
        return false;
    size_t q = p;
    bool cut = false;
    while (q < lim && s[q] != '(' && q - p < 300) {
        if (s[q] == ';' || s[q] == ':')
            return false;
        if (s[q] == '\n') {
            if (cut || !group_name_cut(s, p, q))
                return false;
            cut = true;
        }
        q++;
    }
    if (q >= lim || s[q] != '(')
        return false;
    long v;
    size_t e2;
    if (!vcount(c, q + 1, lim, &v, &e2))
        return false;
    size_t r = e2;
    while (r < lim && is_blank(s[r]))
        r++;
    size_t m = ex_match_fold(s + r, lim - r, "voix");
    if (m)
        r += m;
    while (r < lim && is_blank(s[r]))
        r++;
    if (r >= lim || s[r] != ')')
        return false;
    /* "groupe A (14), groupe B (8)": each group's count, no total
       printed (the counts are not summed); so is a bare count after one
       group among such lists ("... groupe D (11) – Abstention : groupe E
       (3)"; "groupe E (3 voix)" is the side's, and so is "Contre : groupe
       C (8) ;" beside "Pour : groupes A et B (35 voix)") */
    size_t ge = 0;
    int ng = group_counts(c, p, lim, &ge);
    if (ng > 1 || (ng == 1 && !m && !ex_match_fold(s + p, lim - p, "groupes") && per_group_counts_near(c, p, lim))) {
        x->val = EX_NULLNUM;
        x->ga = p;
        x->gb = ge;
        x->b = ge;
        return true;
    }
    x->val = v;
    x->ga = p;
    x->gb = q;
    x->b = r + 1;
    return true;
}

static bool full_stop(const ex_call *c, size_t q, size_t lim);

/* "Pour : groupes A et B ;", "Contre : groupe C ;": groups named
   after a label without a count (x->val stays null); the names run to
   ";", a bracket, a full stop, " – " or the line's end (the next line
   goes on after a trailing "et" or ","); fills x (b, ga, gb) */
static bool groups_no_count(ex_call *c, size_t p, size_t lim, part *x)
{
    const char *s = c->text.s;
    while (p < lim && is_blank(s[p]))
        p++;
    size_t m = ex_match_fold(s + p, lim - p, "groupes ");
    if (!m)
        m = ex_match_fold(s + p, lim - p, "groupe ");
    if (!m)
        return false;
    size_t q = p + m, stop = lim < p + 250 ? lim : p + 250;
    while (q < stop) {
        char ch = s[q];
        if (ch == ';') {
            /* "groupe A ; groupe B ;\ngroupe C": the list goes on */
            size_t r = q + 1;
            while (r < stop && (is_blank(s[r]) || is_nl(s[r])))
                r++;
            if (r < stop && ex_match_fold(s + r, stop - r, "groupe ")) {
                q = r;
                continue;
            }
        }
        if (ch == ';' || ch == '(' || ch == ')' || full_stop(c, q, lim))
            break;
        if ((unsigned char)ch == 0xE2 && q + 2 < lim && (unsigned char)s[q + 1] == 0x80
            && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94) && q > p && is_blank(s[q - 1]))
            break;      /* " – Contre : ..." */
        if (ch == '\n') {
            size_t r = q;
            while (r > p && (is_blank(s[r - 1]) || s[r - 1] == '\r'))
                r--;
            bool more = (r > p && s[r - 1] == ',') || (r >= p + 3 && ex_match_fold(s + r - 3, 3, " et") == 3);
            /* a name in guillemets cut by the line end: "« Ensemble
               pour\nSaint-Aurèle »" */
            int open = 0;
            for (size_t k = p; !more && k + 1 < q; k++)
                if ((unsigned char)s[k] == 0xC2 && ((unsigned char)s[k + 1] == 0xAB || (unsigned char)s[k + 1] == 0xBB))
                    open += (unsigned char)s[k + 1] == 0xAB ? 1 : -1;
            if (!more && open <= 0)
                break;
        }
        q++;
    }
    size_t e = q;
    while (e > p && (is_blank(s[e - 1]) || is_nl(s[e - 1])))
        e--;
    if (q >= stop || e <= p + m)
        return false;
    x->ga = p;
    x->gb = e;
    x->b = e;
    return true;
}

/* "voix" and "(Groupe A ; Groupe B)" after a count */
static size_t after_count(ex_call *c, size_t p, size_t lim, size_t *ga, size_t *gb)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, lim - q, "voix");
    if (m) {
        q += m;
        p = q;
    }
    while (q < lim && is_blank(s[q]))
        q++;
    *ga = *gb = 0;
    if (q < lim && s[q] == '(') {
        size_t r = q + 1;
        int nl = 0;
        while (r < lim && s[r] != ')' && s[r] != '(' && r < q + 600) {
            if (s[r] == '\n' && ++nl > 4)
                break;
            r++;
        }
        if (r < lim && s[r] == ')') {
            *ga = q + 1;
            *gb = r;
            return r + 1;
        }
    }
    return p;
}

/* a result alone on its line: "(Adopté)", "- ADOPTÉ :"; OCR specks
   around it: a quote mark before it ("‘Adopté."), after its full stop
   runs of one or two lower-case letters between blanks ("Adopté. i",
   "Adopté. . : : ie": no word of a sentence opens so) */
static bool line_alone(const ex_call *c, size_t a, size_t b)
{
    const ex_text *t = &c->text;
    const ex_line *l = &t->lines[ex_line_at(t, a)];
    const char *s = t->s;
    for (size_t q = l->start; q < a; q++) {
        if (q + 3 <= a && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
            && ((unsigned char)s[q + 2] >= 0x98 && (unsigned char)s[q + 2] <= 0x9D)) {
            q += 2;     /* ‘ ’ “ ” */
            continue;
        }
        if (!is_blank(s[q]) && s[q] != '(' && s[q] != ':' && s[q] != '-' && s[q] != '*' && s[q] != '.')
            return false;
    }
    bool stop = b < l->end && s[b] == '.';
    for (size_t q = b; q < l->end; q++) {
        if (stop && s[q] >= 'a' && s[q] <= 'z' && is_blank(s[q - 1])) {
            size_t r = q;
            while (r < l->end && s[r] >= 'a' && s[r] <= 'z')
                r++;
            if (r - q <= 2 && (r == l->end || is_blank(s[r]) || s[r] == '\r')) {
                q = r - 1;
                continue;
            }
        }
        if (!is_blank(s[q]) && s[q] != ')' && s[q] != '.' && s[q] != ':' && s[q] != ',' && s[q] != ';'
            && s[q] != '-' && s[q] != '"' && (unsigned char)s[q] < 0x80)
            return false;
    }
    return true;
}

/* "ADOPTE le budget primitif" inside an item's sentence ("…, après en
   avoir délibéré, ADOPTE le budget …"): the word s[a..b) in capitals
   then a determiner (le, la, les, l', un, une, ce, cette, ces): an
   operative verb before its object, no result.  "ADOPTÉ à l'unanimité",
   "Adopté le 3 mars" (not capitals) are none */
static bool caps_verb_object(const char *s, size_t a, size_t b, size_t end)
{
    static const char *const dets[] = {"le ", "la ", "les ", "l'", "un ", "une ", "ce ", "cette ", "ces ", NULL};
    for (size_t q = a; q < b; q++)
        if (!(s[q] >= 'A' && s[q] <= 'Z'))
            return false;
    if (b >= end || s[b] != ' ')
        return false;
    size_t q = b + 1;
    for (size_t k = 0; dets[k]; k++) {
        size_t m = strlen(dets[k]);
        if (q + m <= end && !memcmp(s + q, dets[k], m))
            return true;
    }
    return false;
}

/* ("vot" takes "vote") */
static const char *const unan_verbs[] = {"adopt", "approuv", "vot", "delibere", "decide", "accept",
                                         "emet", "autorise", "prend acte", NULL};

/* a voting verb of unan_verbs starts in [from, a) */
static bool unan_verb_in(const char *s, size_t from, size_t a)
{
    for (size_t q = from; q < a; q++) {
        /* an ASCII byte other than the first letters of the verbs (a,
           d, e, p, v; either case: b | 0x20 is one of them only for
           those letters) starts none of them (ex_match_fold() compares
           it first) */
        unsigned b = (unsigned char)s[q] | 0x20;
        bool ascii = (unsigned char)s[q] < 0x80;
        if (ascii && b != 'a' && b != 'd' && b != 'e' && b != 'p' && b != 'v')
            continue;
        /* (an ASCII letter: only the verbs starting with it) */
        for (size_t k = 0; unan_verbs[k]; k++)
            if ((!ascii || (unsigned char)unan_verbs[k][0] == b) && ex_match_fold(s + q, a - q, unan_verbs[k]))
                return true;
    }
    return false;
}

/* "avis" (an opinion of a committee) starts in [from, a): an ASCII
   byte other than "a" (either case) starts no match */
static bool avis_in(const char *s, size_t from, size_t a)
{
    for (size_t q = from; q < a; q++)
        if (((unsigned char)s[q] >= 0x80 || (s[q] | 0x20) == 'a') && ex_match_fold(s + q, a - q, "avis"))
            return true;
    return false;
}

/* "à l'unanimité" says a vote when a voting verb or a line start is
   close before it (90 bytes), or a voting verb opens its sentence
   further back ("Le Conseil municipal, après en avoir délibéré, ACCORDE
   une subvention … conformément à l'article L. 2311-7 du code général
   des collectivités territoriales, à l'unanimité.": from the last ". "
   or ".\n" after a small letter, at most 400 bytes back), and no "avis"
   (an opinion of a committee) close before it */
static bool unan_context(const ex_call *c, size_t a, size_t lo)
{
    const char *s = c->text.s;
    size_t from = a > lo + 90 ? a - 90 : lo;
    if (avis_in(s, from, a))
        return false;
    if (unan_verb_in(s, from, a))
        return true;
    const ex_line *l = &c->text.lines[ex_line_at(&c->text, a)];
    size_t q = l->start;
    while (q < a && (is_blank(s[q]) || s[q] == '(' || s[q] == '-'))
        q++;
    if (q == a)
        return true;
    /* the sentence's start further back: a voting verb there */
    size_t near = from, far = a > lo + 400 ? a - 400 : lo;
    while (from > far && !(s[from] == '.' && (s[from + 1] == ' ' || s[from + 1] == '\n') && from > lo
                           && s[from - 1] >= 'a' && s[from - 1] <= 'z'))
        from--;
    return from < near && unan_verb_in(s, from, near + 10 < a ? near + 10 : a);
}

/* "Avis favorable à l'unanimité." alone on its line (a commission's
   minutes closing a point), "La commission émet un avis favorable à
   l'unanimité.": the avis is voted.  The phrase ends the line ("." then
   blanks); "Vu l'avis favorable à l'unanimité de la commission", "Avis
   de la commission … :" / "favorable à l'unanimité." (a report citing
   an avis) are none */
static bool avis_line(const ex_call *c, size_t a, size_t b)
{
    const char *s = c->text.s;
    const ex_line *l = &c->text.lines[ex_line_at(&c->text, a)];
    size_t q = l->start;
    while (q < a && is_blank(s[q]))
        q++;
    if (a < q + 15 || !ex_match_fold(s + a - 15, 15, "avis favorable "))
        return false;
    if (a - 15 != q) {
        /* "La commission émet un avis favorable" */
        if (!(s[q] >= 'A' && s[q] <= 'Z') || ex_match_fold(s + q, a - q, "vu "))
            return false;
        /* the phrase ends at a: 23 bytes, 24 with "é"/"É" */
        bool emet = false;
        for (size_t w = 23; w <= 24 && !emet; w++)
            emet = a >= q + w && ex_match_fold(s + a - w, w, "emet un avis favorable ") == w;
        if (!emet)
            return false;
    }
    if (b >= l->end || s[b] != '.')
        return false;
    /* (OCR specks after it: "à l'unanimité. . s 4", one character
       apart each) */
    for (size_t e = b + 1; e < l->end; e++) {
        if (is_blank(s[e]) || s[e] == '\r' || strchr(".,:;'-", s[e]))
            continue;
        if (!is_blank(s[e - 1]) || (e + 1 < l->end && !is_blank(s[e + 1]) && s[e + 1] != '\r')
            || (unsigned char)s[e] >= 0x80)
            return false;
    }
    return true;
}

/* "…, le Conseil municipal, à l'unanimité," (the verb in an article
   after it: "M. le Maire ayant repris la présidence, le Conseil
   municipal, à l'unanimité, / Article 2 : d'affecter …"): the assembly
   named right before the phrase and its comma says the vote */
static bool assembly_before(const ex_call *c, size_t a, size_t lo)
{
    const char *s = c->text.s;
    size_t q = a;
    while (q > lo && (is_blank(s[q - 1]) || is_nl(s[q - 1])))
        q--;
    /* (the "à" before "l'unanimité", when the match left it) */
    if (q >= lo + 2 && (unsigned char)s[q - 2] == 0xC3 && (unsigned char)s[q - 1] == 0xA0)
        q -= 2;
    else if (q > lo + 1 && s[q - 1] == 'a' && is_blank(s[q - 2]))
        q--;
    while (q > lo && (is_blank(s[q - 1]) || is_nl(s[q - 1])))
        q--;
    if (q == lo || s[q - 1] != ',')
        return false;
    size_t from = q > lo + 40 ? q - 40 : lo;
    static const char *const bodies[] = {"conseil municipal", "conseil communautaire", "conseil syndical",
                                         "comite syndical", "conseil departemental", "conseil regional",
                                         "bureau communautaire", "conseil d'administration", NULL};
    for (size_t w = from; w + 6 < q; w++) {
        if ((s[w] | 0x20) != 'c' && (s[w] | 0x20) != 'b')
            continue;
        if (w > lo && !is_blank(s[w - 1]) && !is_nl(s[w - 1]))
            continue;
        for (size_t k = 0; bodies[k]; k++) {
            size_t m = ex_match_fold(s + w, q - 1 - w, bodies[k]);
            if (m && w + m == q - 1)
                return true;
        }
    }
    return false;
}

/* "Le Comité syndical, à l'unanimité, FIXE le prix ...": an operative
   verb in capitals (4+ letters, then a blank) right after the phrase and
   its comma says the vote too */
static bool verb_in_capitals_after(const ex_call *c, size_t b, size_t lim)
{
    const char *s = c->text.s;
    size_t q = b;
    while (q < lim && (is_blank(s[q]) || s[q] == ','))
        q++;
    if (q == b || q >= lim)
        return false;
    /* the verb opening the next line, the phrase ending its own with the
       comma ("…, la commission, à l'unanimité," / "ADMET à présenter …"),
       a blank line between at most */
    if (s[q - 1] == ',' && (is_nl(s[q]) || s[q] == '\r')) {
        size_t nl = 0;
        while (q < lim && (is_blank(s[q]) || is_nl(s[q]) || s[q] == '\r'))
            nl += is_nl(s[q++]);
        if (nl > 2 || q >= lim)
            return false;
    }
    size_t w = q, letters = 0;
    while (w < lim && !is_blank(s[w]) && s[w] != '\n') {
        unsigned char ch = (unsigned char)s[w];
        if (ch >= 'A' && ch <= 'Z')
            letters++;
        else if (ch == 0xC3 && w + 1 < lim && (unsigned char)s[w + 1] >= 0x80 && (unsigned char)s[w + 1] < 0x9F)
            letters++, w++;     /* É È À Ê ... */
        else
            return false;
        w++;
    }
    if (letters < 4)
        return false;
    static const char *const verbs[] = {"approuve", "adopte", "decide", "fixe", "autorise", "accepte",
                                        "valide", "attribue", "accorde", "designe", "emet", "vote",
                                        "sollicite", "confirme", "prend", "donne", "arrete", "admet", NULL};
    for (size_t k = 0; verbs[k]; k++) {
        size_t m = ex_match_fold(s + q, w - q, verbs[k]);
        if (m == w - q)
            return true;
    }
    return false;
}

/* a full stop at q that ends a sentence: followed by a blank or the end,
   and not the dot of a civility ("M. X", "MM. X et Y") */
static bool full_stop(const ex_call *c, size_t q, size_t lim)
{
    const char *s = c->text.s;
    if (s[q] != '.' || !(q + 1 >= lim || is_blank(s[q + 1]) || is_nl(s[q + 1])))
        return false;
    size_t w = q;
    while (w > 0 && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
        w--;
    /* an OCR speck: a dot standing apart, the sentence going on in lower
       case ("2 voix" / ". contre (...) et 1 abstention") or with a count
       then a word in lower case, specks ":" ";" apart ("19 voix pour et
       . :" / "2 abstentions") */
    if (w == q && (q == 0 || is_blank(s[q - 1]) || is_nl(s[q - 1]))) {
        size_t r = q + 1;
        while (r < lim && r < q + 12 && (is_blank(s[r]) || is_nl(s[r]) || s[r] == ':' || s[r] == ';'))
            r++;
        if (r < lim && s[r] >= 'a' && s[r] <= 'z')
            return false;
        size_t d = r;
        while (d < lim && d < r + 3 && s[d] >= '0' && s[d] <= '9')
            d++;
        if (d > r && d + 1 < lim && is_blank(s[d]) && s[d + 1] >= 'a' && s[d + 1] <= 'z')
            return false;
    }
    if (w > 0 && ((unsigned char)s[w - 1] >= 0x80 || (s[w - 1] >= '0' && s[w - 1] <= '9')))
        return true;
    static const char *const abbr[] = {"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Me", NULL};
    for (size_t k = 0; abbr[k]; k++)
        if (q - w == strlen(abbr[k]) && memcmp(s + w, abbr[k], q - w) == 0)
            return false;
    return true;
}

/* end of the sentence from p: its full stop (outside parentheses), a
   blank line, lim or p + max */
/* at p (a line start): the heading of the next item of a list of acts
   ("n° 2024-050 : Tarifs ... – adoptée à l'unanimité", "N° 12 -",
   "Délibération n° ...", "Point n° 3"): a vote sentence does not run
   into it */
static bool item_line(const ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    while (p < lim && is_blank(s[p]))
        p++;
    /* the item's rank before it: "4. Délibération n° 2026-033 – …",
       "4) Délibération n° …" */
    size_t r = p;
    while (r < lim && r < p + 3 && s[r] >= '0' && s[r] <= '9')
        r++;
    if (r > p && r + 1 < lim && (s[r] == '.' || s[r] == ')') && is_blank(s[r + 1])) {
        r += 2;
        while (r < lim && is_blank(s[r]))
            r++;
        if (ex_match_fold(s + r, lim - r, "deliberation "))
            p = r;
    }
    /* a bare item number, then a dash: "2026-030 – Budget primitif
       2026 – adopté (…)", "12 - Tarifs …" (a compte rendu sommaire's
       item lines) */
    if (r > p && s[r - 1] >= '0' && s[r - 1] <= '9') {
        size_t e = r;
        while (e < lim && e < p + 16 && ((s[e] >= '0' && s[e] <= '9') || s[e] == '-' || s[e] == '/'))
            e++;
        if (e < lim && is_blank(s[e]) && s[e - 1] >= '0' && s[e - 1] <= '9') {
            while (e < lim && is_blank(s[e]))
                e++;
            if (e + 3 < lim && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80
                && ((unsigned char)s[e + 2] == 0x93 || (unsigned char)s[e + 2] == 0x94) && is_blank(s[e + 3]))
                return true;
            if (e + 1 < lim && s[e] == '-' && is_blank(s[e + 1]))
                return true;
        }
    }
    size_t m = 0;
    if ((m = ex_match_fold(s + p, lim - p, "deliberation ")) || (m = ex_match_fold(s + p, lim - p, "point ")))
        p += m;
    size_t q = p + ex_st_numero_at(s + p, lim - p);
    if (q == p)
        return false;
    while (q < lim && is_blank(s[q]))
        q++;
    return q < lim && s[q] >= '0' && s[q] <= '9';
}

/* at q: a ";" ending an item of a dash list, the next line opening the
   next item ("– chapitre 012 : adopté par 17 voix pour et 4 voix contre
   ;" / "– chapitres 20 et 21 : adoptés par 19 voix pour ..."): the vote
   sentence ends there */
static bool item_semicolon(const char *s, size_t q, size_t lim)
{
    if (s[q] != ';')
        return false;
    q++;
    while (q < lim && (is_blank(s[q]) || s[q] == '\r'))
        q++;
    if (q >= lim || s[q] != '\n')
        return false;
    q++;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = 0;
    if (q < lim && (s[q] == '-' || s[q] == '*'))
        m = 1;
    else if (q + 2 < lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
             && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94
                 || (unsigned char)s[q + 2] == 0xA2))
        m = 3;      /* – — • */
    return m && q + m < lim && is_blank(s[q + m]);
}

/* the text [p, q) ends open, on " et" or ",": a blank line after it
   (OCR puts some inside a wrapped sentence: "par 17 voix pour et" /
   "" / "4 voix contre") does not end the sentence */
static bool open_end(const char *s, size_t p, size_t q)
{
    while (q > p && (is_blank(s[q - 1]) || s[q - 1] == '\r'))
        q--;
    if (q > p && s[q - 1] == ',')
        return true;
    return q >= p + 3 && is_blank(s[q - 3]) && (s[q - 2] == 'e' || s[q - 2] == 'E')
           && (s[q - 1] == 't' || s[q - 1] == 'T');
}

static size_t sentence_end(const ex_call *c, size_t p, size_t lim, size_t max)
{
    const char *s = c->text.s;
    size_t q = p;
    int depth = 0;
    while (q < lim && q < p + max) {
        if (s[q] == '(')
            depth++;
        else if (s[q] == ')' && depth)
            depth--;
        else if (!depth && (full_stop(c, q, lim) || item_semicolon(s, q, lim)))
            break;
        else if (s[q] == '\n' && q + 1 < lim && (s[q + 1] == '\n' || (s[q + 1] == '\r'))
                 && !open_end(s, p, q))
            break;
        else if (s[q] == '\n' && item_line(c, q + 1, lim))
            break;
        q++;
    }
    return q;
}

/* "7 voix contre, " / "7 voix contre et " (a line end allowed) ending
   at a, the start of a "N voix pour": the count against printed before
   the count for; *v that count, *na its first digit (not before lo) */
static bool contre_first(ex_call *c, size_t lo, size_t a, long *v, size_t *na)
{
    const char *s = c->text.s;
    size_t q = a;
    while (q > lo && (is_blank(s[q - 1]) || is_nl(s[q - 1]) || s[q - 1] == '\r'))
        q--;
    if (q > lo && s[q - 1] == ',')
        q--;
    else if (q >= lo + 3 && (s[q - 1] == 't' || s[q - 1] == 'T') && (s[q - 2] == 'e' || s[q - 2] == 'E')
             && is_blank(s[q - 3]))
        q -= 3;
    else
        return false;
    while (q > lo && is_blank(s[q - 1]))
        q--;
    if (q < lo + 13 || !ex_match_fold(s + q - 6, 6, "contre") || !is_blank(s[q - 7]))
        return false;
    q -= 7;
    if (!ex_match_fold(s + q - 4, 4, "voix") || !is_blank(s[q - 5]))
        return false;
    q -= 5;
    size_t d = q;
    while (d > lo && q - d < 3 && s[d - 1] >= '0' && s[d - 1] <= '9')
        d--;
    if (d == q || (d > lo && (s[d - 1] >= '0' && s[d - 1] <= '9')) || (d > lo && !is_blank(s[d - 1])))
        return false;
    size_t e2;
    if (!vcount(c, d, q, v, &e2))
        return false;
    *na = d;
    return true;
}

static void parse_sentence(ex_call *c, part *p, size_t lim)
{
    const vote_engine *ve = c->eng->votes;
    const char *s = c->text.s;
    /* the sentence: up to a full stop outside parentheses, a blank line */
    size_t end = sentence_end(c, p->b, lim, 400);
    size_t from = p->b;
    while (from < end) {
        int rc = ex_rx_search(c, &ve->srx, from, end, 0);
        if (rc <= 0)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        if (ov[0] >= end)
            break;
        int kind = ex_mark_kind(c);
        long v = 0;
        size_t e2;
        size_t va = ov[0];
        if ((kind == S_ABST || kind == S_AGAINST) && (s[va] == 'e' || s[va] == 'E') && s[va + 1] == 't')
            va += 2;    /* "et2 abstentions", "et5 contre" (OCR) */
        if (kind == S_ABST && (unsigned char)s[va] == 0xC3) {
            /* OCR "À" for a 1: "2 contre et À abstention"; "à" (the
               pattern is caseless) is no count */
            if ((unsigned char)s[va + 1] != 0x80) {
                from = ov[1];
                continue;
            }
            v = 1;
        } else if (!vcount(c, va, ov[1], &v, &e2))
            v = 0;
        if (kind == S_AGAINST && p->against == EX_NULLNUM)
            p->against = v;
        else if (kind == S_ABST && p->abst == EX_NULLNUM)
            p->abst = v;
        else if (kind == S_NPPV && p->nppv == EX_NULLNUM)
            p->nppv = v;
        if (ov[1] > p->b)
            p->b = ov[1];
        from = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
    /* parentheses right after the last count belong to the vote */
    size_t r = p->b;
    while (r < end && is_blank(s[r]))
        r++;
    if (r < end && s[r] == '(') {
        while (r < end && s[r] != ')')
            r++;
        if (r < end)
            p->b = r + 1;
    }
}

static long persons_in(ex_call *c, size_t q, size_t a);
static long role_not_voting(const ex_call *c, size_t q, size_t a, size_t b);

static bool letter_at(const char *s, size_t q)
{
    unsigned char ch = (unsigned char)s[q];
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
}

/* "M. X, administrateur de la SPL, ne prend pas part au vote", "MM. X
   et Y ne prennent pas part au vote": the persons named in the clause
   before the phrase at a (back to ';', ':', a full stop, a blank line or
   lo); their number, 0 when none is named ("Le Maire ne prend pas...") */
/* the blank line(s) before the line opening at q (the last line break
   before them at nl) sit inside a sentence: the text before them ends
   on a lower-case letter, the line at q opens with one */
static bool blank_line_inside(const char *s, size_t lo, size_t nl, size_t q, size_t a)
{
    while (q < a && is_blank(s[q]))
        q++;
    if (!(q < a && ((s[q] >= 'a' && s[q] <= 'z') || ((unsigned char)s[q] == 0xC3 && q + 1 < a
                                                        && (unsigned char)s[q + 1] >= 0xA0))))
        return false;
    while (nl > lo && (is_blank(s[nl - 1]) || is_nl(s[nl - 1]) || s[nl - 1] == '\r'))
        nl--;
    return nl > lo && s[nl - 1] >= 'a' && s[nl - 1] <= 'z';
}

static long named_not_voting(ex_call *c, size_t lo, size_t a, size_t *from)
{
    const char *s = c->text.s;
    if (a > lo + 300)
        lo = a - 300;
    size_t q = a;
    while (q > lo) {
        char ch = s[q - 1];
        if (ch == ';' || ch == ':' || (ch == '.' && full_stop(c, q - 1, a)))
            break;
        if (ch == '\n') {
            /* a blank line ends the sentence (not the CR of a CRLF);
               OCR puts some inside one: a word before it, one in lower
               case after it ("membres du bureau de" / "" /
               "l'association …, ne prennent pas part au vote") */
            size_t r = q - 1;
            while (r > lo && (is_blank(s[r - 1]) || s[r - 1] == '\r'))
                r--;
            if (r > lo && s[r - 1] == '\n' && !blank_line_inside(s, lo, r - 1, q, a))
                break;
        }
        q--;
    }
    *from = q;
    return persons_in(c, q, a);
}

/* "; le Maire ne prend pas part au vote.": the clause [q, a) is one
   role ("le Maire", "Mme la Présidente", "le rapporteur"), the verb [a,
   b) singular: one person not voting (1), else 0.  A dash between
   blanks also opens the clause: "Abstentions : 3 (…) – M. le Maire ne
   prend pas part au vote." (the tally's parts in one line) */
static long role_not_voting(const ex_call *c, size_t q, size_t a, size_t b)
{
    const char *s = c->text.s;
    if (!(ex_match_fold(s + a, b - a, "ne prend ") || ex_match_fold(s + a, b - a, "ne participe ")
          || ex_match_fold(s + a, b - a, "n'a pas")))
        return 0;
    for (size_t r = a; r > q + 1; r--) {
        /* the last " - ", " – " or " — " before a */
        if (!is_blank(s[r - 1]))
            continue;
        size_t d = r - 1;
        if (d > q && s[d - 1] == '-')
            d -= 1;
        else if (d > q + 2 && (unsigned char)s[d - 3] == 0xE2 && (unsigned char)s[d - 2] == 0x80
                 && ((unsigned char)s[d - 1] == 0x93 || (unsigned char)s[d - 1] == 0x94))
            d -= 3;
        else
            continue;
        if (d > q && (is_blank(s[d - 1]) || is_nl(s[d - 1]))) {
            q = r;
            break;
        }
    }
    while (q < a && (is_blank(s[q]) || is_nl(s[q])))
        q++;
    static const char *const civ[] = {"monsieur ", "madame ", "m. ", "mme ", NULL};
    for (size_t k = 0; civ[k]; k++) {
        size_t m = ex_match_fold(s + q, a - q, civ[k]);
        if (m) {
            q += m;
            break;
        }
    }
    size_t m = ex_match_fold(s + q, a - q, "le ");
    if (!m)
        m = ex_match_fold(s + q, a - q, "la ");
    if (!m)
        m = ex_match_fold(s + q, a - q, "l'");
    if (!m)
        return 0;
    q += m;
    static const char *const role[] = {"maire", "presidente", "president", "vice-presidente", "vice-president",
                                       "premier adjoint", "premiere adjointe", "adjointe", "adjoint",
                                       "rapporteure", "rapporteur", "conseillere", "conseiller", "elue", "elu",
                                       "delegue", "deleguee", NULL};
    for (size_t k = 0; role[k]; k++) {
        size_t n = ex_match_fold(s + q, a - q, role[k]);
        if (!n || (q + n < a && letter_at(s, q + n)))
            continue;
        /* the role, then blanks or a short apposition in commas */
        size_t r = q + n;
        while (r < a && (is_blank(s[r]) || is_nl(s[r])))
            r++;
        if (r == a || s[r] == ',')
            return 1;
    }
    return 0;
}

/* the line holding a opens at a (only blanks before it on its line) */
static bool line_opens_at(const char *s, size_t a)
{
    while (a > 0 && is_blank(s[a - 1]))
        a--;
    return a == 0 || s[a - 1] == '\n';
}

/* nothing but blanks and specks (. : ; ' - _) from p to the end of its
   line (or lim) */
static bool line_rest_empty(const char *s, size_t p, size_t lim)
{
    for (; p < lim && s[p] != '\n'; p++)
        if (!is_blank(s[p]) && !strchr(".:;'-_", s[p]))
            return false;
    return true;
}

/* OCR: a full stop between b and the colon ending at after (the colon
   a speck after the sentence's end), and no capital nor digit on the
   rest of the line (specks read as small words: "ne prend pas part au
   vote. : à su"): no count nor person follows */
static bool stop_then_junk(const char *s, size_t b, size_t after, size_t lim)
{
    bool stop = false;
    for (size_t q = b; q + 1 < after; q++)
        stop |= s[q] == '.';
    if (!stop)
        return false;
    for (size_t q = after; q < lim && s[q] != '\n'; q++)
        if ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= '0' && s[q] <= '9'))
            return false;
    return true;
}

/* the number of persons with a civility named in [a, b); -1: out of memory */
static long persons_in(ex_call *c, size_t q, size_t a)
{
    ex_person_vec v = {0};
    if (!ex_persons_list(c, q, a, &v)) {
        ex_vec_free(c->alloc, &v);
        return -1;
    }
    long n = 0;
    for (size_t i = 0; i < v.n; i++)
        if (v.v[i].civility)
            n++;
    ex_vec_free(c->alloc, &v);
    return n;
}

/* "(19 voix)", "(19 voix pour)" at p (after blanks): the number of votes
   of a unanimity; the end after ")" and *count, else p */
static size_t unan_count(const ex_call *c, size_t p, size_t lim, long *count)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || s[q] != '(')
        return p;
    size_t d = ++q;
    long v = 0;
    while (q < lim && q < d + 3 && s[q] >= '0' && s[q] <= '9')
        v = v * 10 + (s[q++] - '0');
    if (q == d || q >= lim || !is_blank(s[q]))
        return p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (!ex_match_fold(s + q, lim - q, "voix"))
        return p;
    q += 4;
    while (q < lim && is_blank(s[q]))
        q++;
    if (ex_match_fold(s + q, lim - q, "pour"))
        q += 4;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || s[q] != ')')
        return p;
    *count = v;
    return q + 1;
}

/* the abstentions printed with a unanimity at p (after blanks): "moins
   2 abstentions", "(3 abstentions)", "(une abstention)": the end and *ab,
   else p */
static size_t unan_abst(ex_call *c, size_t p, size_t lim, long *ab)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    bool br = q < lim && s[q] == '(';
    if (br)
        q++;
    else if (ex_match_fold(s + q, lim - q, "moins "))
        q += 6;
    else
        return p;
    long v;
    size_t e;
    size_t cl = lim - q > 24 ? q + 24 : lim;
    if (!vcount(c, q, cl, &v, &e) || v == EX_NULLNUM || v <= 0)
        return p;
    q = e;
    while (q < lim && is_blank(s[q]))
        q++;
    if (!ex_match_fold(s + q, lim - q, "abstention"))
        return p;
    q += 10;
    if (q < lim && (s[q] == 's' || s[q] == 'S'))
        q++;
    if (br) {
        while (q < lim && is_blank(s[q]))
            q++;
        if (q >= lim || s[q] != ')')
            return p;
        q++;
    }
    *ab = v;
    return q;
}

/* "à l'unanimité des membres présents", "... des suffrages exprimés":
   a short complement up to the full stop belongs to the vote; so does a
   count of votes in brackets after it or after the unanimity ("à
   l'unanimité des membres présents et représentés (19 voix).", also
   before a ';': *count, else EX_NULLNUM) */
static size_t unan_complement(const ex_call *c, size_t b, size_t lim, long *count)
{
    const char *s = c->text.s;
    size_t q = b;
    *count = EX_NULLNUM;
    while (q < lim && is_blank(s[q]))
        q++;
    if (!(ex_match_fold(s + q, lim - q, "des ") || ex_match_fold(s + q, lim - q, "de la ")
          || ex_match_fold(s + q, lim - q, "du ")))
        return unan_count(c, b, lim, count);
    /* "à l'unanimité des voix (72 voix), autorise …": the count in
       brackets closing the complement before a comma */
    for (size_t r = q; r < lim && r < q + 60; r++) {
        if (s[r] == '(') {
            size_t k = unan_count(c, r, lim, count);
            if (k > r && k < lim && s[k] == ',')
                return k;
            *count = EX_NULLNUM;
            break;
        }
        if (s[r] == '\n' || s[r] == ',' || s[r] == ';' || s[r] == '.' || (s[r] >= '0' && s[r] <= '9'))
            break;
    }
    size_t e = sentence_end(c, q, lim, 80);
    /* "(21 voix) ; M. X ne prend pas part au vote.": the clause after
       the ';' is another part (named_not_voting()) */
    for (size_t r = q; r < e; r++)
        if (s[r] == ';') {
            e = r;
            break;
        }
    if (e >= lim || (s[e] != '.' && s[e] != ';'))
        return b;
    for (size_t r = q; r < e; r++) {
        if (s[r] == '(') {
            size_t k = unan_count(c, r, e, count);
            while (k < e && is_blank(s[k]))
                k++;
            if (k == e && *count != EX_NULLNUM)
                return e;
            *count = EX_NULLNUM;
            return b;
        }
        if (s[r] == '\n' || s[r] == ',' || s[r] == ';' || (s[r] >= '0' && s[r] <= '9'))
            return b;
    }
    return e;
}

/* the words that introduce a part belong to the vote: "par 9 voix pour"
   (not "9 voix pour"), "Vote : Pour : 15", "Résultat du vote : ..." */
static size_t statement_start(const ex_call *c, const part *x, size_t lo)
{
    const char *s = c->text.s;
    size_t q = x->a;
    while (q > lo && is_blank(s[q - 1]))
        q--;
    if (x->kind == V_PAR) {
        if (q >= lo + 3 && q < x->a && ex_match_fold(s + q - 3, 3, "par")
            && (q == lo + 3 || !((s[q - 4] >= 'a' && s[q - 4] <= 'z') || (s[q - 4] >= 'A' && s[q - 4] <= 'Z')
                                 || (unsigned char)s[q - 4] >= 0x80)))
            return q - 3;
        return x->a;
    }
    if (x->kind == V_FOR && q > lo && s[q - 1] == ':') {
        size_t r = q - 1;
        while (r > lo && is_blank(s[r - 1]))
            r--;
        const char *const *lab = vote_labels;
        for (size_t k = 0; lab[k]; k++) {
            size_t n = strlen(lab[k]);
            if (r >= lo + n && ex_match_fold(s + r - n, n, lab[k]) == n
                && (r == lo + n || !((s[r - n - 1] >= 'a' && s[r - n - 1] <= 'z')
                                     || (s[r - n - 1] >= 'A' && s[r - n - 1] <= 'Z')
                                     || (unsigned char)s[r - n - 1] >= 0x80)))
                return r - n;
        }
    }
    return x->a;
}

/* [q, e) after a group's vote word: blanks and . ; , only, or OCR
   specks: at most two tokens of one or two letters or marks, no digit,
   none a French word ("Non-inscrits : pOur ee"); one accented letter
   alone ending the line, the next line not going on in lower case, is a
   speck too ("Groupe X : Pour à") */
static bool junk_tail(const ex_text *t, size_t q, size_t e)
{
    static const char *const words[] = {"a", "y", "au", "de", "du", "en", "et", "la", "le", "ou", "un", "ne", NULL};
    const char *s = t->s;
    size_t ntok = 0;
    while (q < e) {
        if (is_blank(s[q]) || s[q] == '.' || s[q] == ';' || s[q] == ',' || s[q] == '\r') {
            q++;
            continue;
        }
        size_t r = q;
        while (r < e && !is_blank(s[r]))
            r++;
        if (r - q == 2 && (unsigned char)s[q] == 0xC3 && ntok == 0) {
            size_t z = r, nx = e;
            while (z < e && (is_blank(s[z]) || s[z] == '\r'))
                z++;
            while (nx < t->len && (is_nl(s[nx]) || is_blank(s[nx])))
                nx++;
            if (z == e && !(nx < t->len && s[nx] >= 'a' && s[nx] <= 'z'))
                return true;
        }
        if (r - q > 2 || ++ntok > 2)
            return false;
        for (size_t i = q; i < r; i++)
            if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || s[i] == ':' || s[i] == '\''
                  || s[i] == '-' || s[i] == '|'))
                return false;
        for (size_t k = 0; words[k]; k++)
            if (strlen(words[k]) == r - q && ex_match_fold(s + q, r - q, words[k]) == r - q)
                return false;
        q = r;
    }
    return true;
}

/* "Groupe X : pour", "Non-inscrits : contre", "Groupe Y : abstention":
   one line per group, the group's name as the label, the vote word
   ending the line.  Makes x a V_GROUP part (ga, gb: the name). */
static bool group_line(const ex_call *c, part *x)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, x->a)];
    /* (the colon before the label first: most "pour" of prose have
       none; junk_tail() after it) */
    size_t q = x->a;
    while (q > ln->start && is_blank(s[q - 1]))
        q--;
    if (q == ln->start || s[q - 1] != ':')
        return false;
    if (!junk_tail(t, x->b, ln->end))
        return false;
    size_t gb = q - 1, ga = ln->start;
    while (gb > ln->start && is_blank(s[gb - 1]))
        gb--;
    while (ga < gb && (is_blank(s[ga]) || s[ga] == '-' || s[ga] == '*'))
        ga++;
    if (gb < ga + 3 || gb > ga + 150)
        return false;
    /* a name: no digit, no colon, no parenthesis; not a vote's label
       ("Vote : pour", "Avis de la commission : pour") */
    for (size_t r = ga; r < gb; r++)
        if ((s[r] >= '0' && s[r] <= '9') || s[r] == ':' || s[r] == '(' || s[r] == ')')
            return false;
    static const char *const notgroup[] = {"vote", "voie", "resultat", "scrutin", "avis", "decision", "proposition",
                                           "position", NULL};
    for (size_t k = 0; notgroup[k]; k++)
        if (ex_match_fold(s + ga, gb - ga, notgroup[k]))
            return false;
    x->gkind = x->kind;
    x->kind = V_GROUP;
    x->ga = ga;
    x->gb = gb;
    x->a = ga;
    return true;
}

/* characters (not bytes) from ls to p */
static size_t chars_to(const char *s, size_t ls, size_t p)
{
    size_t n = 0, q = ls;
#ifdef EX_SIMD
    /* sixteen bytes at a time (as attendance.c col_of()): a continuation
       byte (0x80-0xBF) is a signed byte below -64; the others each start
       a character */
    const __m128i lim = _mm_set1_epi8(-64);
    for (; q < p && p - q >= 16; q += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + q));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, lim));
        n += 16 - (size_t)__builtin_popcount(m);
    }
#endif
    for (; q < p; q++)
        n += ((unsigned char)s[q] & 0xC0) != 0x80;
    return n;
}

/* A vote printed as a two-row table, labels over numbers by column:
       "VOTE          Pour        Contre        Abstention"
       "                9            0               1"
   x: a V_FOR / V_AGAINST / V_ABST label without a colon, standing apart
   on a line without digits (two blanks or the line's edge each side);
   the line has a "Pour" and a "Contre" cell; the next text line (one
   blank line allowed) holds nothing but counts
   (at least two); the count under the label (column overlap, one column
   of slack) is its value, when exactly one is.  A table ruled with "|"
   reads the same: "|" separates cells like blanks, a rule line
   "+----+----+" between the rows is skipped.  x->b becomes the
   count's end, x->tab the label's end; a "Vote" / "Résultat du vote"
   cell opening the line (other cells may follow it) opens the part. */
static bool table_cell(ex_call *c, part *x, size_t end)
{
    const char *s = c->text.s;
    size_t a = x->a, b = x->b, ls = a, le = b;
    /* the label stands apart on its right: two blanks or the line end
       after it (the tests below reject the others, after the line's
       bounds are read: most labels in prose fail here) */
    if (b >= end || (s[b] != '\n' && !is_sep(s[b]))
        || (is_sep(s[b]) && b + 1 < end && s[b + 1] != '\n' && !is_sep(s[b + 1])))
        return false;
    while (ls > 0 && s[ls - 1] != '\n' && a - ls < 300)
        ls--;
    while (le < end && s[le] != '\n' && le - b < 300)
        le++;
    if ((ls > 0 && s[ls - 1] != '\n') || le >= end || s[le] != '\n')
        return false;
    size_t r = b;
    while (r < le && is_sep(s[r]))
        r++;
    if (r < le && r < b + 2)
        return false;
    size_t f = ls;      /* the line's first cell */
    while (f < a && is_sep(s[f]))
        f++;
    if (f < a && !(is_sep(s[a - 1]) && is_sep(s[a - 2])))
        return false;
    bool pour = false, contre = false;  /* a vote's table has both */
    for (size_t q = ls; q < le; q++) {
        if (s[q] >= '0' && s[q] <= '9')
            return false;
        if (q == ls || is_sep(s[q - 1])) {
            size_t m = ex_match_fold(s + q, le - q, "pour");
            pour |= m && (q + m == le || is_sep(s[q + m]));
            m = ex_match_fold(s + q, le - q, "contre");
            contre |= m && (q + m == le || is_sep(s[q + m]));
        }
    }
    if (!pour || !contre)
        return false;
    /* the next text line (a blank line or a rule line "+----+" between) */
    size_t ns = le + 1, ne = ns;
    for (int k = 0; k < 2; k++) {
        ne = ns;
        while (ne < end && s[ne] != '\n')
            ne++;
        size_t q = ns;
        while (q < ne && is_blank(s[q]))
            q++;
        if (q < ne && !ex_rule_line(s, ns, ne))
            break;
        if (k == 1 || ne >= end)
            return false;
        ns = ne + 1;
    }
    size_t la = chars_to(s, ls, a), lb = chars_to(s, ls, b), hits = 0, ntok = 0, vb = 0;
    long val = 0;
    for (size_t q = ns; q < ne;) {
        if (is_sep(s[q]) || s[q] == '\r') {
            q++;
            continue;
        }
        size_t te = q, e2;
        long v;
        while (te < ne && !is_sep(s[te]) && s[te] != '\r')
            te++;
        if (!vcount(c, q, te, &v, &e2) || e2 != te || ++ntok > 8)
            return false;
        size_t na = chars_to(s, ns, q), nb = chars_to(s, ns, te);
        if (na <= lb && nb >= la) {
            val = v;
            vb = te;
            hits++;
        }
        q = te;
    }
    if (ntok < 2 || hits != 1)
        return false;
    const char *const *head = vote_labels;
    for (size_t k = 0; f < a && head[k]; k++) {
        size_t m = ex_match_fold(s + f, a - f, head[k]);
        if (m && (f + m == a || (is_sep(s[f + m]) && f + m + 1 < a && is_sep(s[f + m + 1])))) {
            x->a = f;
            break;
        }
    }
    x->val = val;
    x->tab = b;
    x->b = vb;
    return true;
}

/* the line [ls, le) is one tally label alone ("Pour", "Contre",
   "Abstention(s)"): its kind, else 0 */
static int stacked_label(const char *s, size_t ls, size_t le)
{
    while (le > ls && (is_blank(s[le - 1]) || s[le - 1] == '\r'))
        le--;
    while (ls < le && is_blank(s[ls]))
        ls++;
    if (le - ls < 4 || le - ls > 11)
        return 0;
    static const struct { const char *w; int k; } lab[] = {
        {"pour", V_FOR}, {"contre", V_AGAINST}, {"abstention", V_ABST}, {"abstentions", V_ABST}};
    for (size_t k = 0; k < sizeof lab / sizeof *lab; k++)
        if (ex_match_fold(s + ls, le - ls, lab[k].w) == le - ls)
            return lab[k].k;
    return 0;
}

/* A vote table of a PDF text extraction, one cell a line: the labels
   "Pour" / "Contre" / "Abstention" each alone on its line, then as many
   lines each holding one count alone, in the same order; the label x
   (alone on its line) takes the count of its rank */
static bool stacked_cell(ex_call *c, part *x, size_t end)
{
    const char *s = c->text.s;
    size_t ls = x->b, le = x->b;  /* (the label's line: "vote\nPour" matched from the line above) */
    while (ls > 0 && s[ls - 1] != '\n')
        ls--;
    while (le < end && s[le] != '\n')
        le++;
    if (le >= end || !stacked_label(s, ls, le))
        return false;
    size_t rank = 0, n = 1;
    bool pour = x->kind == V_FOR, contre = x->kind == V_AGAINST;
    for (size_t q = ls; q > 0 && rank < 4;) {  /* labels above */
        size_t pe = q - 1, ps = pe;
        if (ps > 0 && s[ps - 1] == '\n')
            ps--, pe--;     /* (OCR: one blank line between cells) */
        while (ps > 0 && s[ps - 1] != '\n')
            ps--;
        int k = stacked_label(s, ps, pe);
        if (!k)
            break;
        pour |= k == V_FOR;
        contre |= k == V_AGAINST;
        rank++;
        q = ps;
    }
    size_t q = le + 1;
    for (; q < end && n + rank < 5; n++) {     /* labels below */
        if (s[q] == '\n')
            q++;
        size_t qe = q;
        while (qe < end && s[qe] != '\n')
            qe++;
        int k = stacked_label(s, q, qe);
        if (!k)
            break;
        pour |= k == V_FOR;
        contre |= k == V_AGAINST;
        q = qe + 1;
    }
    n += rank;
    if (!pour || !contre || n < 2)
        return false;
    /* the counts: n lines, one count alone each */
    for (size_t r = 0; r < n; r++) {
        if (q < end && s[q] == '\n')
            q++;
        if (q >= end)
            return false;
        size_t qe = q;
        while (qe < end && s[qe] != '\n')
            qe++;
        size_t a = q;
        while (a < qe && is_blank(s[a]))
            a++;
        long v;
        size_t e2;
        if (a >= qe || s[a] < '0' || s[a] > '9' || !vcount(c, a, qe, &v, &e2)
            || !line_rest_empty(s, e2, qe))
            return false;
        if (r == rank) {
            while (ls < le && is_blank(s[ls]))
                ls++;
            x->a = ls;
            x->val = v;
            x->tab = x->b;
            x->b = e2;
        }
        q = qe + 1;
    }
    return true;
}

/* A vote table by group: a header line of cells (two blanks or "|"
   apart) with "Pour" and "Contre" (also "Abstention(s)", "NPPV"; a first
   cell such as "Groupe" names the rows), then rows of a label and counts
   under the columns ("–" for none), one a line:
       "Groupe              Pour   Contre   Abstention   NPPV"
       "Union pour X          14        –            –      –"
       "Non-inscrits           1        –            –      1"
       "Total                 15        5            6      1"
   The "Total" row gives the counts (without one: the sum of the rows);
   a group with a count in a column goes to that column's groups
   (for_groups, against_groups, abstention_groups), in the order
   printed; the NPPV column is not_voting. */
enum { TAB_COLS = 8, TAB_ROWS = 24 };
typedef struct tcell {
    size_t a, b;        /* bytes */
    size_t ca, cb;      /* characters from the line start */
} tcell;

/* the cells of the line [ls, le): runs of text split at "|" or two
   blanks; their number, max + 1 when more than max (max <= TAB_COLS + 1) */
static size_t line_cells(const char *s, size_t ls, size_t le, tcell *out, size_t max)
{
    ex_span sp[TAB_COLS + 1];
    size_t n = ex_cells(s, ls, le, EX_CELLS_BAR, 2, sp, max);
    for (size_t k = 0; k < n && k < max; k++) {
        out[k].a = sp[k].start;
        out[k].b = sp[k].end;
        out[k].ca = chars_to(s, ls, sp[k].start);
        out[k].cb = chars_to(s, ls, sp[k].end);
    }
    return n;
}

/* the column kind a header cell names, 0 for another cell */
static int header_kind(const char *s, const tcell *t)
{
    static const struct { const char *k; int kind; } h[] = {
        {"pour", V_FOR}, {"contre", V_AGAINST}, {"abstentions", V_ABST}, {"abstention", V_ABST},
        {"abstenus", V_ABST}, {"abst.", V_ABST}, {"nppv", V_NPPV}, {"ne prend pas part", V_NPPV},
        {"ne prennent pas part", V_NPPV}, {NULL, 0}};
    for (size_t k = 0; h[k].k; k++)
        if (ex_match_fold(s + t->a, t->b - t->a, h[k].k) == t->b - t->a)
            return h[k].kind;
    return 0;
}

/* a count cell: a count read whole, or a dash alone ("–", "—", "-")
   for none (0) */
static bool cell_count(ex_call *c, const tcell *t, long *v)
{
    const char *s = c->text.s;
    size_t n = t->b - t->a;
    if ((n == 1 && s[t->a] == '-')
        || (n == 3 && (unsigned char)s[t->a] == 0xE2 && (unsigned char)s[t->a + 1] == 0x80
            && ((unsigned char)s[t->a + 2] == 0x93 || (unsigned char)s[t->a + 2] == 0x94))) {
        *v = 0;
        return true;
    }
    size_t e2;
    return vcount(c, t->a, t->b, v, &e2) && e2 == t->b;
}

/* the header column of a count cell: the one it overlaps (one
   character of slack), else the nearest within three; -1 when none */
static int cell_column(const tcell *hd, const int *kind, size_t nh, const tcell *t)
{
    int best = -1;
    size_t bd = 4;
    for (size_t k = 0; k < nh; k++) {
        if (!kind[k])
            continue;
        size_t d = t->cb + 1 < hd[k].ca ? hd[k].ca - t->cb : t->ca > hd[k].cb + 1 ? t->ca - hd[k].cb : 0;
        if (d < bd) {
            bd = d;
            best = (int)k;
        }
    }
    return best;
}

/* "Résultat du vote :" alone on the line above a table's header hl
   opens the tally x */
static void tally_opener(const ex_call *c, const ex_line *hl, part *x)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    if (hl > t->lines) {
        const ex_line *pl = hl - 1;
        size_t q = pl->start;
        while (q < pl->end && is_blank(s[q]))
            q++;
        size_t r = pl->end;
        while (r > q && (is_blank(s[r - 1]) || s[r - 1] == '\r'))
            r--;
        if (r > q && s[r - 1] == ':' && vote_line(c, r))
            x->a = q;
    }
}

/* the rows of a table by group as they are read (group_table(),
   group_flat()) */
typedef struct gtab {
    long tot[TAB_COLS], sum[TAB_COLS];  /* the "Total" row; the others summed */
    bool has_total;
    size_t ngroups, nrows, tend;
    part gp[TAB_ROWS * 3];              /* the groups, as V_GROUP parts */
} gtab;

static void gtab_init(gtab *g, size_t tend)
{
    memset(g->tot, 0, sizeof g->tot);
    memset(g->sum, 0, sizeof g->sum);
    g->has_total = false;
    g->ngroups = g->nrows = 0;
    g->tend = tend;
}

/* a row ending at row_end, its label [la, lb), val[k] in the columns k
   of kind[k] (those set[k], all when set is NULL); total: the "Total"
   row.  A group with a count in a column goes to its groups. */
static void gtab_row(gtab *g, const int *kind, size_t nk, const bool *set, const long *val, size_t la,
                     size_t lb, bool total, size_t row_end)
{
    g->nrows++;
    g->tend = row_end;
    for (size_t k = 0; k < nk; k++) {
        if (set && !set[k])
            continue;
        if (total)
            g->tot[k] = val[k];
        else
            g->sum[k] += val[k];
        if (total || val[k] <= 0 || kind[k] == V_NPPV)
            continue;
        part *y = &g->gp[g->ngroups++];
        memset(y, 0, sizeof *y);
        y->kind = V_GROUP;
        y->gkind = kind[k];
        y->a = y->ga = la;
        y->b = y->gb = lb;
        y->val = y->against = y->abst = y->nppv = EX_NULLNUM;
    }
    g->has_total |= total;
}

/* the tallies of the table read in g: "for" in x (from a0 to the
   table's end), then the groups, then the other columns (kind[k], its
   header at cola[k]; kind 0: no count column) in ex[] (*nx) */
static void gtab_result(const ex_call *c, const gtab *g, part *x, const ex_line *hl, size_t a0,
                        const int *kind, const size_t *cola, size_t nk, part *ex, size_t *nx)
{
    size_t n = 0;
    for (size_t k = 0; k < nk; k++) {
        long v = g->has_total ? g->tot[k] : g->sum[k];
        if (kind[k] == V_FOR) {
            x->val = v;
            continue;
        }
        if (!kind[k])
            continue;
        part *y = &ex[g->ngroups + n++];
        memset(y, 0, sizeof *y);
        y->kind = kind[k];
        y->a = cola[k];
        y->b = g->tend;
        y->val = v;
        y->against = y->abst = y->nppv = EX_NULLNUM;
    }
    memcpy(ex, g->gp, g->ngroups * sizeof g->gp[0]);
    *nx = g->ngroups + n;
    x->b = g->tend;
    x->a = a0;
    tally_opener(c, hl, x);
}

/* x: a V_FOR label "Pour" of such a header; on success x is the tally
   "for" (a: the header, or the "Résultat du vote :" line above it; b:
   the table's end) and ex[] (*nx) the other columns' tallies and the
   groups (V_GROUP parts) */
static bool group_table(ex_call *c, part *x, size_t end, part *ex, size_t *nx)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    /* "Pour" stands apart: "|", two blanks or the line's edge each side
       (most words "pour" of prose fail here), on a short line */
    if (x->b < end && !is_nl(s[x->b]) && s[x->b] != '|'
        && !(is_blank(s[x->b]) && x->b + 1 < end && (is_sep(s[x->b + 1]) || is_nl(s[x->b + 1]))))
        return false;
    if (x->a > 0 && !is_nl(s[x->a - 1]) && s[x->a - 1] != '|'
        && !(is_blank(s[x->a - 1]) && x->a > 1 && (is_sep(s[x->a - 2]) || is_nl(s[x->a - 2]))))
        return false;
    const ex_line *hl = &t->lines[ex_line_at(t, x->a)];
    if (hl->end - hl->start > 400)
        return false;
    tcell hd[TAB_COLS];
    int kind[TAB_COLS];
    size_t nh = line_cells(s, hl->start, hl->end, hd, TAB_COLS);
    if (nh < 3 || nh > TAB_COLS)
        return false;
    bool pour = false, contre = false, on_cell = false;
    for (size_t k = 0; k < nh; k++) {
        kind[k] = header_kind(s, &hd[k]);
        pour |= kind[k] == V_FOR;
        contre |= kind[k] == V_AGAINST;
        on_cell |= hd[k].a == x->a && kind[k] == V_FOR;
        for (size_t q = hd[k].a; q < hd[k].b; q++)
            if (s[q] >= '0' && s[q] <= '9')
                return false;
    }
    if (!pour || !contre || !on_cell)
        return false;
    size_t first_col = hd[nh - 1].ca;
    for (size_t k = 0; k < nh; k++)
        if (kind[k] && hd[k].ca < first_col)
            first_col = hd[k].ca;
    gtab g;
    gtab_init(&g, hl->end);
    size_t li = (size_t)(hl - t->lines) + 1;
    for (; li < t->nlines && t->lines[li].start < end && g.nrows < TAB_ROWS; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->end - ln->start > 400)
            break;
        if (ex_rule_line(s, ln->start, ln->end))
            continue;
        tcell rc[TAB_COLS + 1];
        size_t nr = line_cells(s, ln->start, ln->end, rc, TAB_COLS + 1);
        if (nr < 2 || nr > TAB_COLS + 1 || rc[0].cb + 1 >= first_col)
            break;
        /* the label, then counts under the columns */
        long val[TAB_COLS];
        bool set[TAB_COLS] = {false}, ok = true;
        for (size_t k = 1; ok && k < nr; k++) {
            long v;
            int col = cell_column(hd, kind, nh, &rc[k]);
            ok = col >= 0 && !set[col] && cell_count(c, &rc[k], &v);
            if (ok) {
                set[col] = true;
                val[col] = v;
            }
        }
        if (!ok)
            break;
        bool total = ex_match_fold(s + rc[0].a, rc[0].b - rc[0].a, "total") != 0;
        gtab_row(&g, kind, nh, set, val, rc[0].a, rc[0].b, total, ln->end);
    }
    if (!g.nrows)
        return false;
    size_t cola[TAB_COLS];
    for (size_t k = 0; k < nh; k++)
        cola[k] = hd[k].a;
    gtab_result(c, &g, x, hl, hd[0].a, kind, cola, nh, ex, nx);
    return true;
}

/* A recap table of a procès-verbal's items, one row per voted item:
       "N°   Objet                         Pour   Contre   Abst.   Résultat"
       "1    Approbation du PV du 10 ...     13      0        1      Adopté"
       "5    Acquisition de la parcelle …     5      7        2      Rejeté"
   the header's first cell names the item numbers ("N°", "No", "Point",
   "Item"), the second the objects (no count column), the count columns
   hold "Pour" and "Contre" (header_kind()), a "Résultat" cell may end
   it; a row: the item's number under the first cell, its object (text
   cells left of the counts), counts under the columns ("Pour" at
   least), a result word last ("Adopté(e)(s)", "Rejeté(e)(s)", "Non
   adopté"; "… à l'unanimité" unanimous).  Blank and rule lines between
   rows are passed over.  Each row is one vote: its parts carry row (the
   row's start + 1: no vote mixes them with other parts), item, the
   object [oa, ob) and the header's start; the first row's "for" is x,
   the other parts go to ex[] (*nx); x->tab: the table's end (the scan
   goes on there). */
enum { ITAB_ROWS = 24, ITAB_PARTS = 6 };

/* the header cell of the item numbers: "N°", "N°.", "No", "Num.", "Point" */
static bool item_number_header(const char *s, const tcell *t)
{
    size_t n = t->b - t->a;
    const char *p = s + t->a;
    if ((n == 3 || (n == 4 && p[3] == '.')) && (p[0] == 'N' || p[0] == 'n') && (unsigned char)p[1] == 0xC2
        && (unsigned char)p[2] == 0xB0)
        return true;    /* "N°" */
    static const char *const h[] = {"no", "no.", "num", "num.", "numero", "point", "points", "item", NULL};
    for (size_t k = 0; h[k]; k++)
        if (strlen(h[k]) == n && ex_match_fold(p, n, h[k]) == n)
            return true;
    return false;
}

/* a row's item number: 1 to 3 digits, a "." or ")" may follow; -1 else */
static long item_number_cell(const char *s, const tcell *t)
{
    size_t q = t->a, e = t->b;
    if (e > q && (s[e - 1] == '.' || s[e - 1] == ')'))
        e--;
    if (e <= q || e - q > 3)
        return -1;
    long v = 0;
    for (; q < e; q++) {
        if (s[q] < '0' || s[q] > '9')
            return -1;
        v = v * 10 + (s[q] - '0');
    }
    return v;
}

/* a row's identifier cell when the table has no object column
   ("CP-2026-06-104", "2026-041", "D/12"): letters, digits and "-", "/",
   "." without a blank, a digit last, 24 bytes at most */
static bool item_id_cell(const char *s, const tcell *t)
{
    if (t->b - t->a > 24 || t->b <= t->a || s[t->b - 1] < '0' || s[t->b - 1] > '9')
        return false;
    for (size_t q = t->a; q < t->b; q++)
        if (!((s[q] >= '0' && s[q] <= '9') || (s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= 'a' && s[q] <= 'z')
              || s[q] == '-' || s[q] == '/' || s[q] == '.'))
            return false;
    return true;
}

/* a row's label in a table by budget section ("Fonctionnement",
   "Section d'investissement"): letters, blanks, "'" and "-", no digit,
   a letter first, 40 bytes at most */
static bool section_label_cell(const char *s, const tcell *t)
{
    if (t->b <= t->a || t->b - t->a > 40 || !ex_num_is_letter(s + t->a, t->b - t->a))
        return false;
    for (size_t q = t->a; q < t->b; q++)
        if ((s[q] >= '0' && s[q] <= '9') || s[q] == ':' || s[q] == ',' || s[q] == ';')
            return false;
    return true;
}

/* a row's result cell: V_ADOPT / V_REJECT, 0 for another cell; *unan
   when it says "à l'unanimité" */
static int result_cell(const char *s, const tcell *t, bool *unan)
{
    size_t n = t->b - t->a;
    const char *p = s + t->a;
    int k = ex_match_fold(p, n, "adopte") ? V_ADOPT
            : ex_match_fold(p, n, "rejete") || ex_match_fold(p, n, "non adopte") ? V_REJECT : 0;
    *unan = false;
    for (size_t q = 0; k && q + 9 <= n; q++)
        if (ex_match_fold(p + q, n - q, "unanimite")) {
            *unan = true;
            break;
        }
    return k;
}

/* the parts of a row of a table of items into tmp[n..]: the "for"
   (column fc), the other columns set in order (kind[0..nk)), the result
   res (its cell at resa) and the unanimity; the row [ra, rb), its item
   number, object [oa, ob) and the header's start ts; the new n */
static size_t itab_emit(part *tmp, size_t n, const int *kind, size_t nk, const bool *set, const long *val,
                        size_t fc, int res, bool unan, size_t ra, size_t rb, size_t resa, long item, size_t oa,
                        size_t ob, size_t ts)
{
    size_t n0 = n;
    for (size_t col = 0; col <= nk + 1; col++) {
        int kd = col == 0 ? V_FOR
                 : col <= nk ? (set[col - 1] && kind[col - 1] != V_FOR ? kind[col - 1] : 0)
                 : res;
        if (!kd)
            continue;
        part *y = &tmp[n++];
        memset(y, 0, sizeof *y);
        y->kind = kd;
        y->val = col == 0 ? val[fc] : col <= nk ? val[col - 1] : EX_NULLNUM;
        y->against = y->abst = y->nppv = EX_NULLNUM;
        y->a = col > nk ? resa : ra;
        y->b = rb;
        y->alone = col > nk;
        if (col > nk && unan) {
            tmp[n] = *y;
            tmp[n++].kind = V_UNAN;
        }
    }
    for (size_t q = n0; q < n; q++) {
        tmp[q].row = ra + 1;
        tmp[q].item = item;
        tmp[q].oa = oa;
        tmp[q].ob = ob;
        tmp[q].tstart = ts;
    }
    return n;
}

/* a table of items read: its first part tmp[0] becomes x (x->tab: the
   table's end tend), the other n - 1 go to ex[] (*nx); true */
static bool itab_out(part *x, const part *tmp, size_t n, size_t tend, part *ex, size_t *nx)
{
    *x = tmp[0];
    x->tab = tend;
    memcpy(ex, tmp + 1, (n - 1) * sizeof tmp[0]);
    *nx = n - 1;
    return true;
}

/* a line of rule marks and blanks only ("+ + - + +", "-----+----") */
static bool mark_line(const char *s, size_t a, size_t b)
{
    bool mark = false;
    for (size_t q = a; q < b; q++) {
        if (s[q] == '-' || s[q] == '+' || s[q] == '=' || s[q] == '|' || s[q] == '_')
            mark = true;
        else if (!is_blank(s[q]) && s[q] != '\r')
            return false;
    }
    return mark;
}

static bool item_flat(ex_call *c, part *x, const ex_line *hl, size_t end, part *ex, size_t *nx);
static bool item_table(ex_call *c, part *x, size_t end, part *ex, size_t *nx)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    /* "Pour" stands apart on its right: two blanks, "|" or the line
       end; or one blank in a flattened header (item_flat()) */
    bool flat = x->b + 1 < end && s[x->b] == ' ' && !is_sep(s[x->b + 1]);
    if (x->b < end && !is_nl(s[x->b]) && s[x->b] != '|'
        && !(x->b + 1 < end && is_sep(s[x->b]) && is_sep(s[x->b + 1])) && !flat)
        return false;
    const ex_line *hl = &t->lines[ex_line_at(t, x->a)];
    if (hl->end - hl->start > 400)
        return false;
    /* both readers ask the header's first cell (hd[0] below, item_flat()'s
       tk[0]) to name the item numbers: its first token (blanks and '|'
       passed over) is asked first, before the line is cut into cells
       ("pour" in prose fails here) */
    size_t fa = hl->start, fb;
    while (fa < hl->end && is_sep(s[fa]))
        fa++;
    for (fb = fa; fb < hl->end && !is_sep(s[fb]); fb++)
        ;
    tcell h0 = {fa, fb, 0, 0};
    /* "Section  Pour  Contre  Abstention": one vote per budget section
       row ("Fonctionnement  11  2  1") */
    bool sect = !item_number_header(s, &h0)
                && (ex_match_fold(s + fa, fb - fa, "section") == fb - fa
                    || ex_match_fold(s + fa, fb - fa, "sections") == fb - fa);
    if (!sect && !item_number_header(s, &h0))
        return false;
    tcell hd[TAB_COLS];
    int kind[TAB_COLS];
    size_t nh = line_cells(s, hl->start, hl->end, hd, TAB_COLS);
    if (nh == 1 && !sect)
        return item_flat(c, x, hl, end, ex, nx);    /* "N° Objet Pour Contre …" */
    /* "N° rapport", "N° de la délibération": the number token opens
       the cell (no digit in it, checked below) */
    if (flat || nh < 4 || nh > TAB_COLS || (!item_number_header(s, &hd[0]) && hd[0].a != fa))
        return false;
    bool pour = false, contre = false, on_cell = false;
    size_t first_col = SIZE_MAX, fc = 0;
    for (size_t k = 0; k < nh; k++) {
        kind[k] = k ? header_kind(s, &hd[k]) : 0;
        pour |= kind[k] == V_FOR;
        contre |= kind[k] == V_AGAINST;
        on_cell |= hd[k].a == x->a && kind[k] == V_FOR;
        if (kind[k] == V_FOR)
            fc = k;
        if (kind[k] && hd[k].ca < first_col)
            first_col = hd[k].ca;
        for (size_t q = hd[k].a; q < hd[k].b; q++)
            if (s[q] >= '0' && s[q] <= '9')
                return false;
    }
    /* no object column: the counts follow the item's number or
       identifier ("N° rapport | Pour | Contre | …") */
    bool noobj = kind[1] != 0;
    if (!pour || !contre || !on_cell || (!noobj && hd[1].cb >= first_col) || (sect && !noobj))
        return false;
    part tmp[ITAB_ROWS * ITAB_PARTS];
    size_t n = 0, rows = 0, tend = hl->end, gap = 0;
    for (size_t li = (size_t)(hl - t->lines) + 1; li < t->nlines && t->lines[li].start < end && rows < ITAB_ROWS;
         li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->end - ln->start > 400)
            break;
        if (ex_rule_line(s, ln->start, ln->end))
            continue;
        if (noobj && rows == 0 && mark_line(s, ln->start, ln->end))
            continue;   /* the rule under the header, OCR "+ + - + +" */
        tcell rc[TAB_COLS + 1];
        size_t nr = line_cells(s, ln->start, ln->end, rc, TAB_COLS + 1);
        if (nr == 0) {
            if (++gap > 1)
                break;
            continue;   /* one blank line between rows */
        }
        gap = 0;
        if (n + nh + 2 > ITAB_ROWS * ITAB_PARTS)
            break;
        /* the number under the first header cell, the object's first
           cell under the second (one character of slack) */
        long item = nr >= 3 && nr <= TAB_COLS + 1 ? item_number_cell(s, &rc[0]) : -1;
        /* a "|"-ruled row of as many cells as the header: its cells
           by rank, whatever their columns (OCR: "CP-2026-06-104 | 30 | 6") */
        bool byrank = noobj && nr == nh && memchr(s + ln->start, '|', ln->end - ln->start)
                      && memchr(s + hl->start, '|', hl->end - hl->start);
        if (noobj) {
            if (nr < 3 || nr > TAB_COLS + 1
                || (sect ? !section_label_cell(s, &rc[0]) : item < 0 && !item_id_cell(s, &rc[0]))
                || (!byrank && rc[0].cb + 1 >= first_col))
                break;
        } else if (item < 0 || rc[0].cb > hd[1].ca || rc[1].ca + 1 < hd[1].ca || rc[1].ca > hd[1].ca + 1
                   || rc[1].cb + 1 >= first_col) {
            break;
        }
        size_t k = noobj ? 1 : 2;
        while (!byrank && k < nr && rc[k].cb + 1 < first_col)
            k++;    /* the object cut by two blanks */
        size_t ob = rc[k - 1].b;
        long val[TAB_COLS];
        bool set[TAB_COLS] = {false}, ok = true, unan = false;
        int res = 0;
        for (; ok && k < nr; k++) {
            long v;
            int col = byrank ? (kind[k] ? (int)k : -1) : cell_column(hd, kind, nh, &rc[k]);
            if (col >= 0 && !set[col] && cell_count(c, &rc[k], &v)) {
                set[col] = true;
                val[col] = v;
            } else {
                ok = k + 1 == nr && (res = result_cell(s, &rc[k], &unan)) != 0;
            }
        }
        if (!ok || !set[fc])
            break;
        n = itab_emit(tmp, n, kind, nh, set, val, fc, res, unan, rc[0].a, rc[nr - 1].b, rc[nr - 1].a, item,
                      noobj ? rc[0].a : rc[1].a, ob, hl->start);
        rows++;
        tend = ln->end;
    }
    return rows && itab_out(x, tmp, n, tend, ex, nx);
}

/* The same table flattened by OCR, its column gaps read as one blank:
       "Groupe Pour Contre Abstention NPPV"
       "Union pour X 14 - - -"
       "Écologistes et solidaires _ . 6 —"
       "Total 15 5 6 1"
   The header: words naming the rows, then nothing but K >= 3 column
   words (with "Pour" and "Contre"; a speck may end the line); a row: a
   label with a letter, then its last K tokens, each a count or a mark
   of none (dashes, "_", ".", "+", OCR for "–"), in the columns' order
   (a row is no table row when its label would be empty).  A line that
   ends in a count but is no such row (a count misread as letters, two
   cells glued) is passed over; the table then needs its "Total" row,
   which gives the counts (else the sum of the rows, when all were
   read).  The table ends at a line that is neither, or after "Total"
   (one blank line inside allowed). */

/* a flattened table's count cell [a, b): a count read whole (a speck
   ". , : ° '" after its digits allowed; OCR "S" / "B" alone for 5 / 8),
   or a mark of none */
static bool flat_count(ex_call *c, size_t a, size_t b, long *v)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    bool none = true;
    for (size_t q = a; q < b && none;) {
        if (s[q] == '-' || s[q] == '_' || s[q] == '.' || s[q] == '+' || s[q] == '~' || s[q] == '=') {
            q++;
        } else if (q + 3 <= b && s[q] == 0xE2 && s[q + 1] == 0x80 && (s[q + 2] == 0x93 || s[q + 2] == 0x94)) {
            q += 3;
        } else {
            none = false;
        }
    }
    if (none) {
        *v = 0;
        return true;
    }
    /* (OCR "S" for 5, "B" for 8 alone in the cell: vcount() reads them) */
    if (!ex_is_digit((char)s[a]) && s[a] != 'O' && s[a] != 'o' && !(b == a + 1 && (s[a] == 'S' || s[a] == 'B')))
        return false;
    size_t e2;
    if (!vcount(c, a, b, v, &e2))
        return false;
    while (e2 < b && (s[e2] == '.' || s[e2] == ',' || s[e2] == ':' || s[e2] == '\''))
        e2++;
    /* (a degree sign, or an OCR no-break space glued to the count, a
       speck after it) */
    if (e2 + 2 <= b && (unsigned char)s[e2] == 0xC2 && ((unsigned char)s[e2 + 1] == 0xB0 || (unsigned char)s[e2 + 1] == 0xA0)) {
        e2 += 2;
        while (e2 < b && (s[e2] == '.' || s[e2] == ',' || s[e2] == ':' || s[e2] == '\''))
            e2++;
    }
    return e2 == b;
}


enum { FLAT_TOKS = 24 };

/* the tokens tk[0..n) stand one blank apart (a flattened line; a table
   whose header kept its gaps is read by column, or not at all) */
static bool flat_line(const char *s, const ex_span *tk, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (tk[i].start - tk[i - 1].end != 1 || !is_blank(s[tk[i - 1].end]))
            return false;
    return true;
}

/* the line [a, b) a row of K cells: *lab its label (specks at its end
   cut), val[] the cells; false when it is not */
static bool flat_row(ex_call *c, size_t a, size_t b, size_t k, ex_span *lab, long *val)
{
    const char *s = c->text.s;
    ex_span tk[FLAT_TOKS];
    size_t n = ex_cells(s, a, b, EX_CELLS_BAR, 1, tk, FLAT_TOKS);
    if (n > FLAT_TOKS || n < k + 1 || memchr(s + a, '|', b - a))
        return false;
    for (size_t i = 0; i < k; i++)
        if (!flat_count(c, tk[n - k + i].start, tk[n - k + i].end, &val[i]))
            return false;
    size_t m = n - k;
    while (m > 0) {     /* specks ending the label */
        bool alnum = false;
        for (size_t q = tk[m - 1].start; q < tk[m - 1].end && !alnum; q++)
            alnum = ex_num_is_letter(s + q, tk[m - 1].end - q) || ex_is_digit(s[q]);
        if (alnum)
            break;
        m--;
    }
    if (!m)
        return false;
    lab->start = tk[0].start;
    lab->end = tk[m - 1].end;
    for (size_t q = lab->start; q < lab->end; q++)
        if (ex_num_is_letter(s + q, lab->end - q))
            return true;
    return false;
}

/* the column words of a flattened header's tokens tk[0..n): words
   naming the rows first (f: the first column word), then nothing but
   column words (kind[0..*k), at most TAB_COLS); *at: the column of the
   token ending at xb (SIZE_MAX: none); *flags: FH_POUR, FH_CONTRE,
   FH_NPPV, FH_DIGIT (a digit in a token).  False when a word follows the
   first column word or there are more columns. */
enum { FH_POUR = 1, FH_CONTRE = 2, FH_NPPV = 4, FH_DIGIT = 8 };
static bool flat_header(const char *s, const ex_span *tk, size_t n, size_t xb, int *kind, size_t *k,
                        size_t *f, size_t *at, unsigned *flags)
{
    *f = n;
    *k = 0;
    *at = SIZE_MAX;
    *flags = 0;
    for (size_t i = 0; i < n; i++) {
        tcell tc = {tk[i].start, tk[i].end, 0, 0};
        int kd = header_kind(s, &tc);
        for (size_t q = tk[i].start; q < tk[i].end; q++)
            if (ex_is_digit(s[q]))
                *flags |= FH_DIGIT;
        if (!kd) {
            if (*f < n)
                return false;   /* a word after the first column word */
            continue;
        }
        if (*f == n)
            *f = i;
        if (*k == TAB_COLS)
            return false;
        if (tk[i].end == xb)    /* (x may hold "Vote" before: "vote pour") */
            *at = *k;
        kind[(*k)++] = kd;
        *flags |= kd == V_FOR ? FH_POUR : kd == V_AGAINST ? FH_CONTRE : kd == V_NPPV ? FH_NPPV : 0;
    }
    return true;
}

/* the quick test of a flattened header at x: one blank then another
   column word, or the line's end (blanks or a speck before it) after x
   (most "pour" / "contre" of prose fail here, before the line is cut
   into tokens) */
static bool flat_next(const ex_call *c, const part *x, size_t end)
{
    const char *s = c->text.s;
    size_t q = x->b;
    bool speck = false;
    while (q < end && is_blank(s[q]))
        q++;
    if (q + 1 < end && s[q] && strchr(".,:;'_-|", s[q]) && (q > x->b || is_blank(s[q + 1]) || is_nl(s[q + 1]))) {
        q++;    /* a speck ("Contre . Abstentions", "Contre. Abstentions") */
        speck = true;
    }
    while (q < end && is_blank(s[q]))
        q++;
    if (q >= end || is_nl(s[q]))
        return true;
    /* (the column words start with p c a n) */
    char f = (char)(s[q] | 0x20);
    if ((speck ? q > x->b + 4 : q != x->b + 1) || !(f == 'p' || f == 'c' || f == 'a' || f == 'n'))
        return false;
    size_t e = q;
    while (e < end && !is_blank(s[e]) && !is_nl(s[e]))
        e++;
    tcell tc = {q, e, 0, 0};
    if (header_kind(s, &tc))
        return true;
    tc.b -= e > q + 1 && (s[e - 1] == '.' || s[e - 1] == ',');   /* a speck ending it: "Contre." */
    return header_kind(s, &tc) != 0;
}

/* The table of items flattened by OCR, its gaps read as one blank:
       "N° Objet Pour Contre Abst. Résultat"
       "2 DMn°2- budget principal 2026 11 2 1 Adopté"
       "3 Tarifs de la restauration scolaire 2027 14 0 O0 Adopté"
   the header one blank between its words: the item-number word, object
   words, then nothing but K column words (with "Pour" and "Contre"), a
   last word may follow ("Résultat"); a row: its item number, object
   words (a letter among them), K counts (flat_count()), a result
   (result_cell()) to the line's end or nothing.  A line opening with a
   number that is no such row ("1 Approbation … 13.0 1 Adopté": two
   counts glued by a speck) is passed over; the table ends at another
   line (one blank line between rows allowed).  As item_table(). */
static bool item_flat(ex_call *c, part *x, const ex_line *hl, size_t end, part *ex, size_t *nx)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    ex_span tk[FLAT_TOKS];
    size_t n = ex_cells(s, hl->start, hl->end, EX_CELLS_BAR, 1, tk, FLAT_TOKS);
    if (n < 5 || n > FLAT_TOKS || !flat_line(s, tk, n))
        return false;
    /* (OCR specks ending the header: "… Abst. Résultat -") */
    while (n > 5 && tk[n - 1].end - tk[n - 1].start <= 3) {
        bool alnum = false;
        for (size_t q = tk[n - 1].start; q < tk[n - 1].end && !alnum; q++)
            alnum = ex_num_is_letter(s + q, tk[n - 1].end - q) || ex_is_digit(s[q]);
        if (alnum)
            break;
        n--;
    }
    tcell h0 = {tk[0].start, tk[0].end, 0, 0};
    if (!item_number_header(s, &h0))
        return false;
    int kind[TAB_COLS];
    size_t k = 0, f = 0, fc = 0;
    bool pour = false, contre = false, on = false;
    for (size_t i = 1; i < n; i++) {
        tcell tc = {tk[i].start, tk[i].end, 0, 0};
        int kd = header_kind(s, &tc);
        for (size_t q = tk[i].start; q < tk[i].end; q++)
            if (ex_is_digit(s[q]))
                return false;
        if (!kd) {
            if (k && i + 1 < n)
                return false;   /* a word between or after the columns but the last */
            continue;
        }
        if (!k)
            f = i;
        if (k == TAB_COLS || (k && f + k != i))
            return false;
        if (kd == V_FOR)
            fc = k;
        pour |= kd == V_FOR;
        contre |= kd == V_AGAINST;
        on |= tk[i].start == x->a && kd == V_FOR;
        kind[k++] = kd;
    }
    if (!pour || !contre || !on || f < 2)
        return false;
    part tmp[ITAB_ROWS * ITAB_PARTS];
    size_t np = 0, rows = 0, tend = hl->end, gap = 0;
    for (size_t li = (size_t)(hl - t->lines) + 1; li < t->nlines && t->lines[li].start < end && rows < ITAB_ROWS;
         li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->end - ln->start > 400)
            break;
        ex_span rt[FLAT_TOKS];
        size_t nr = ex_cells(s, ln->start, ln->end, EX_CELLS_BAR, 1, rt, FLAT_TOKS);
        if (nr == 0) {
            if (++gap > 1)
                break;
            continue;
        }
        gap = 0;
        tcell r0 = {rt[0].start, rt[0].end, 0, 0};
        long item = nr <= FLAT_TOKS ? item_number_cell(s, &r0) : -1;
        if (item < 0)
            break;
        if (np + k + 2 > ITAB_ROWS * ITAB_PARTS)
            break;
        /* the result: the first word from which the rest is one */
        size_t j = nr, resa = 0;
        int res = 0;
        bool unan = false;
        for (size_t i = k + 2; i < nr && !res; i++) {
            tcell tc = {rt[i].start, ln->end, 0, 0};
            while (tc.b > tc.a && (is_blank(s[tc.b - 1]) || s[tc.b - 1] == '\r' || s[tc.b - 1] == '.'))
                tc.b--;
            /* (a speck glued before it: ":Adopté") */
            if (tc.b - tc.a > 6 && (s[tc.a] == ':' || s[tc.a] == '.' || s[tc.a] == '\'' || s[tc.a] == ','))
                tc.a++;
            if ((res = result_cell(s, &tc, &unan)) != 0) {
                j = i;
                resa = rt[i].start;
            }
        }
        if (j < k + 2)
            continue;
        long val[TAB_COLS];
        bool set[TAB_COLS], ok = true;
        for (size_t i = 0; i < k && ok; i++) {
            ok = flat_count(c, rt[j - k + i].start, rt[j - k + i].end, &val[i]) && val[i] < 1000;
            set[i] = true;
        }
        bool letter = false;
        for (size_t q = rt[1].start; q < rt[j - k - 1].end && !letter; q++)
            letter = ex_num_is_letter(s + q, rt[j - k - 1].end - q);
        if (!letter || (!ok && !res))
            continue;   /* a row misread: passed over */
        if (!ok) {
            /* its counts misread, its result read ("2 DM n° 2 - : 12 1
               Adopté"): the item's vote without counts (its place among
               the items kept) */
            for (size_t i = 0; i < k; i++) {
                val[i] = EX_NULLNUM;
                set[i] = false;
            }
        }
        size_t rb = res ? ln->end : rt[nr - 1].end;
        while (rb > rt[0].start && (is_blank(s[rb - 1]) || s[rb - 1] == '\r'))
            rb--;
        np = itab_emit(tmp, np, kind, k, set, val, fc, res, unan, rt[0].start, rb, resa, item, rt[1].start,
                       rt[j - k - 1].end, hl->start);
        rows++;
        tend = ln->end;
    }
    return rows && itab_out(x, tmp, np, tend, ex, nx);
}

/* x: a V_FOR label "Pour" of a flattened header (see above); on success
   as group_table() */
static bool group_flat(ex_call *c, part *x, size_t end, part *ex, size_t *nx)
{
    if (!flat_next(c, x, end))
        return false;
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *hl = &t->lines[ex_line_at(t, x->a)];
    /* (a header ruled with "|" is no flattened one) */
    if (hl->end - hl->start > 200 || memchr(s + hl->start, '|', hl->end - hl->start))
        return false;
    ex_span tk[FLAT_TOKS];
    size_t n = ex_cells(s, hl->start, hl->end, EX_CELLS_BAR, 1, tk, FLAT_TOKS);
    if (n > FLAT_TOKS || n < 4)
        return false;
    /* a speck may end the header */
    if (tk[n - 1].end - tk[n - 1].start == 1 && !ex_num_is_letter(s + tk[n - 1].start, 1)
        && !ex_is_digit(s[tk[n - 1].start]))
        n--;
    if (!flat_line(s, tk, n))
        return false;
    int kind[TAB_COLS];
    size_t f, k, at;
    unsigned fl;
    if (!flat_header(s, tk, n, x->b, kind, &k, &f, &at, &fl) || (fl & FH_DIGIT) || f == 0 || k < 3
        || (fl & (FH_POUR | FH_CONTRE)) != (FH_POUR | FH_CONTRE) || at == SIZE_MAX || kind[at] != V_FOR)
        return false;
    bool skipped = false;
    gtab g;
    gtab_init(&g, hl->end);
    size_t li = (size_t)(hl - t->lines) + 1;
    int blanks = 0;
    for (; li < t->nlines && t->lines[li].start < end && g.nrows < TAB_ROWS && !g.has_total; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & EX_LINE_BLANK) {
            if (++blanks > 1)
                break;
            continue;
        }
        if (ln->end - ln->start > 200)
            break;
        long val[TAB_COLS];
        ex_span lab;
        if (!flat_row(c, ln->start, ln->end, k, &lab, val)) {
            /* ending in a count: a row misread, passed over */
            size_t r = ln->end;
            while (r > ln->start && (is_blank(s[r - 1]) || s[r - 1] == '\r'))
                r--;
            size_t q = ln->start;
            while (q < r && is_blank(s[q]))
                q++;
            if (r > q && ex_is_digit(s[r - 1]) && ex_num_is_letter(s + q, r - q)
                && !memchr(s + q, '|', r - q)) {
                skipped = true;
                blanks = 0;
                continue;
            }
            break;
        }
        blanks = 0;
        bool total = ex_match_fold(s + lab.start, lab.end - lab.start, "total") != 0;
        gtab_row(&g, kind, k, NULL, val, lab.start, lab.end, total, ln->end);
    }
    if (!g.nrows || (skipped && !g.has_total))
        return false;
    size_t cola[TAB_COLS];
    for (size_t j = 0; j < k; j++)
        cola[j] = tk[f + j].start;
    gtab_result(c, &g, x, hl, tk[0].start, kind, cola, k, ex, nx);
    return true;
}

/* a flattened header's token [a, b) is a head-count column ("Votants",
   "Présents", "Exprimés"): its cell in the row is no tally */
static bool count_column(const char *s, size_t a, size_t b)
{
    static const char *const w[] = {"votants", "presents", "exprimes", NULL};
    for (size_t k = 0; w[k]; k++)
        if (ex_match_fold(s + a, b - a, w[k]) == b - a)
            return true;
    return false;
}

/* The two-row table flattened by OCR, its gaps read as one blank:
       "VOTE Pour Contre Abstention"          "Votants Pour Contre Abstentions"
       "9 0 1"                                "13 12 0 1"
   x: a V_FOR / V_AGAINST / V_ABST label of a line holding a vote label
   ("Vote", "Résultat du vote"), or L head-count columns (count_column()),
   or nothing, then nothing but K >= 2 column words with "Pour" and
   "Contre" (no digit, no "|"); the next text line (one blank line
   allowed) holds exactly L + K counts (or marks of none), one of them
   (not x's) may be a short cell the scan garbled ("il" for 11); the
   count at x's place among the column words is its value.  A head
   count read is at least "pour" + "contre" read (else the row is a
   misread, or no row of this table).  x as table_cell() leaves it. */
static bool flat_cell(ex_call *c, part *x, size_t end)
{
    if (!flat_next(c, x, end))
        return false;
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, x->a);
    const ex_line *hl = &t->lines[li];
    if (hl->end - hl->start > 200 || memchr(s + hl->start, '|', hl->end - hl->start))
        return false;
    ex_span tk[FLAT_TOKS];
    size_t n = ex_cells(s, hl->start, hl->end, EX_CELLS_BAR, 1, tk, FLAT_TOKS);
    if (n > FLAT_TOKS || n < 2 || !flat_line(s, tk, n))
        return false;
    /* the scan's specks out: a token of punctuation alone (". Votants",
       "Contre . Abstentions"), one ending a word ("Contre.") */
    size_t n2 = 0;
    for (size_t i = 0; i < n; i++) {
        size_t e = tk[i].end;
        while (e > tk[i].start && s[e - 1] && strchr(".,:;'_-", s[e - 1]))
            e--;
        if (e == tk[i].start)
            continue;
        tcell tc = {tk[i].start, tk[i].end, 0, 0};
        if (header_kind(s, &tc))
            e = tk[i].end;  /* ("Abst.") */
        tk[n2].start = tk[i].start;
        tk[n2++].end = e;
    }
    n = n2;
    if (n < 2)
        return false;
    int kind[TAB_COLS];
    size_t f, k, at;
    unsigned fl;
    if (!flat_header(s, tk, n, x->b, kind, &k, &f, &at, &fl) || (fl & FH_NPPV)
        || (fl & (FH_POUR | FH_CONTRE)) != (FH_POUR | FH_CONTRE) || at == SIZE_MAX)
        return false;
    size_t opener = tk[0].start, lead = 0;
    if (f > 0) {
        /* the words before: a vote label, whole, or head-count columns */
        size_t q = tk[0].start, e = tk[f - 1].end, m = 0;
        for (size_t j = 0; vote_labels[j] && !m; j++) {
            m = ex_match_fold(s + q, e - q, vote_labels[j]);
            if (m != e - q)
                m = 0;
        }
        if (!m) {
            while (lead < f && count_column(s, tk[lead].start, tk[lead].end))
                lead++;
            if (lead < f)
                return false;
            opener = x->a;
        }
    } else {
        opener = x->a;
    }
    /* the next text line */
    size_t ni = li + 1;
    if (ni < t->nlines && (t->lines[ni].flags & EX_LINE_BLANK))
        ni++;
    if (ni >= t->nlines || t->lines[ni].start >= end)
        return false;
    const ex_line *vl = &t->lines[ni];
    enum { FC_MAX = TAB_COLS + 3 };
    ex_span vt[FC_MAX + 1];
    size_t nv = ex_cells(s, vl->start, vl->end, EX_CELLS_BAR, 1, vt, FC_MAX + 1);
    if (lead > 2 || nv != lead + k || memchr(s + vl->start, '|', vl->end - vl->start))
        return false;
    at += lead;
    long val[FC_MAX];
    bool ok[FC_MAX];
    size_t bad = 0;
    for (size_t i = 0; i < nv; i++) {
        ok[i] = flat_count(c, vt[i].start, vt[i].end, &val[i])
                && !(vt[i].end - vt[i].start == 1 && s[vt[i].start] == '.');
        if (!ok[i] && (i == at || vt[i].end - vt[i].start > 3 || ++bad > 1 || nv < 3))
            return false;
    }
    /* a head count holds "pour" + "contre" */
    long sum = 0;
    bool both = true;
    for (size_t j = 0; j < k; j++)
        if (kind[j] == V_FOR || kind[j] == V_AGAINST) {
            both &= ok[lead + j];
            sum += ok[lead + j] ? val[lead + j] : 0;
        }
    for (size_t i = 0; i < lead && both; i++)
        if (ok[i] && val[i] < sum)
            return false;
    x->val = val[at];
    x->tab = x->b;
    x->b = vt[at].end;
    x->a = opener;
    return true;
}

/* a "Vote :" / "Votes :" label ends right before q (blanks apart) */
static bool vote_label_before(const ex_call *c, size_t lo, size_t q)
{
    const char *s = c->text.s;
    while (q > lo && is_blank(s[q - 1]))
        q--;
    if (q == lo || s[q - 1] != ':')
        return false;
    q--;
    while (q > lo && is_blank(s[q - 1]))
        q--;
    for (size_t k = 2; vote_labels[k]; k++) {     /* "votes", "vote", OCR "voie(s)" */
        size_t n = strlen(vote_labels[k]);
        if (q >= lo + n && ex_match_fold(s + q - n, n, vote_labels[k]) == n
            && (q == lo + n || !letter_at(s, q - n - 1)))
            return true;
    }
    return false;
}

/* the persons named after a side's count ("Ont voté pour (8) : Mme A,
   M. B (par procuration), …" / "Ont voté contre : 2 – M. C, M. D."),
   from p: a dash or colon, then a list opening with a civility, running to
   its full stop (outside brackets) or the end of a line not ending in
   "," or "et"; the list's end, p when there is none (the names make no
   count: the printed one is the vote's); -1 (SIZE_MAX): out of memory */
static size_t names_after(ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q < lim && (s[q] == ':' || s[q] == '-'))
        q++;
    else if (q + 2 < lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
             && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
        q += 3;
    while (q < lim && is_blank(s[q]))
        q++;
    /* the first word a civility ("— Contre : 3 (M. X)" is none) */
    static const char *const civ[] = {"M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Monsieur", "Madame",
                                      "Messieurs", "Mesdames", "Dr", "Docteur", NULL};
    bool civil = false;
    for (size_t k = 0; !civil && civ[k]; k++) {
        size_t n = strlen(civ[k]);
        civil = q + n < lim && memcmp(s + q, civ[k], n) == 0 && (is_blank(s[q + n]) || s[q + n] == '.');
    }
    if (!civil)
        return p;
    size_t e = q, stop = lim < q + 600 ? lim : q + 600;
    int depth = 0;
    while (e < stop) {
        if (s[e] == '(')
            depth++;
        else if (s[e] == ')' && depth)
            depth--;
        else if (!depth && full_stop(c, e, lim) && !(s[e] == '.' && s[e - 1] == ','))
            break;      /* (OCR ",." after a name: a speck, no full stop) */
        else if (s[e] == '\n') {
            /* the list goes on after "," or "et" (OCR: over a blank line) */
            size_t r = e;
            while (r > q && (is_blank(s[r - 1]) || is_nl(s[r - 1])))
                r--;
            if (r > q + 1 && s[r - 1] == '.' && s[r - 2] == ',')
                r--;
            if (!open_end(s, q, r))
                break;
        }
        e++;
    }
    if (e >= stop)
        return p;
    long n = persons_in(c, q, e);
    if (n < 0)
        return SIZE_MAX;
    return n > 0 ? e : p;
}

static bool close_parts(const ex_call *c, size_t a, size_t b);
/* OCR: "Vote : Pour : 15 – Contre : 0 – Abétentions : 2": after a side's
   count (p: its end), on the same line, a separator then "abstention(s)"
   misread by one edit (no keyword for the label scan), a colon and a
   count: the abstention part, in *y */
static bool ocr_abst_after(ex_call *c, size_t p, size_t lim, part *y)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && (is_blank(s[q]) || s[q] == '-' || s[q] == ',' || s[q] == ';' || s[q] == '/'))
        q++;
    if (q + 2 < lim && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80
        && ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
        q += 3;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || (s[q] | 0x20) != 'a' || ex_match_fold(s + q, lim - q, "absten"))
        return false;
    size_t m = ex_ocr_kw_edit1(s + q, lim - q, "abstentions", true);
    if (!m)
        m = ex_ocr_kw_edit1(s + q, lim - q, "abstention", true);
    size_t after, e2;
    long v;
    if (!m || !colon_after(c, q + m, lim, &after) || !vcount(c, after, lim, &v, &e2))
        return false;
    memset(y, 0, sizeof *y);
    y->kind = V_ABST;
    y->a = q;
    y->b = e2;
    y->val = v;
    y->against = y->abst = y->nppv = EX_NULLNUM;
    return true;
}


/* "Ont voté pour : M. A, Mme B, M. C.", "S'est abstenu : M. Z." (no
   figure printed): a side's label, then a clean list of persons, each
   with a civility and nothing else between the separators (",", ";",
   " et "); the count is the number of names; fills x (val, b); false
   when not this form (a role, a group, a word in the list); c->oom set
   on out of memory */
static bool names_count(ex_call *c, size_t after, size_t lim, part *x)
{
    const char *s = c->text.s;
    size_t e = names_after(c, after, lim);
    if (e == SIZE_MAX) {
        c->oom = true;
        return false;
    }
    if (e <= after)
        return false;
    size_t q = after;
    while (q < e && (is_blank(s[q]) || s[q] == ':' || s[q] == '-'))
        q++;
    /* the items between the separators */
    long items = 1;
    for (size_t r = q; r < e; r++) {
        if (s[r] == '(' || s[r] == ')')
            return false;
        if (s[r] == ',' || s[r] == ';')
            items++;
        else if (s[r] == ' ' && r + 4 < e && ex_match_fold(s + r, e - r, " et ") == 4)
            items++;
    }
    ex_person_vec v = {0};
    if (!ex_persons_list(c, q, e, &v)) {
        ex_vec_free(c->alloc, &v);
        return false;
    }
    bool clean = v.n > 0 && (long)v.n == items;
    for (size_t i = 0; i < v.n && clean; i++)
        clean = v.v[i].civility && v.v[i].family && !v.v[i].role && !v.v[i].note;
    long n = (long)v.n;
    ex_vec_free(c->alloc, &v);
    if (!clean)
        return false;
    x->val = n;
    x->b = e;
    x->names = true;
    return true;
}

/* a printed count at a ("… adoptée par 11 voix pour, 2 voix contre et 1
   abstention." after the names): the sides counted from their names in
   the run of parts close before it are dropped (the printed one is the
   vote's) */
static void drop_names_before(const ex_call *c, part_vec *pv, size_t a)
{
    size_t j = pv->n, next = a;
    while (j > 0 && close_parts(c, pv->v[j - 1].b, next)) {
        j--;
        next = pv->v[j].a;
        if (pv->v[j].names) {
            memmove(pv->v + j, pv->v + j + 1, (pv->n - j - 1) * sizeof *pv->v);
            pv->n--;
        }
    }
}

/* the last part found before a (close to it) is a side's printed count
   ("Vote : Pour : 18  Contre : 3  Abstention : 0" above "Ont voté contre :
   M. A, …"): the names after it make no count of their own */
static bool printed_before(const ex_call *c, const part_vec *pv, size_t a)
{
    if (!pv->n)
        return false;
    const part *y = &pv->v[pv->n - 1];
    return (y->kind == V_FOR || y->kind == V_AGAINST || y->kind == V_ABST || y->kind == V_PAR) && !y->names
           && y->val != EX_NULLNUM && close_parts(c, y->b, a);
}

/* "Ont voté pour (8) : Mme A, …", "Se sont abstenues (2) : …": the
   count in brackets between a side's label and its colon (b: the label's
   end), the persons named after it (names_after()); fills x (val, b);
   false when not this form; c->oom set on out of memory */
static bool bracket_count(ex_call *c, size_t b, size_t lim, part *x)
{
    const char *s = c->text.s;
    size_t q = b;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || s[q] != '(')
        return false;
    long v;
    size_t e2, after;
    if (!vcount(c, q + 1, lim, &v, &e2))
        return false;
    q = e2;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, lim - q, "voix");
    q += m;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || s[q] != ')' || !colon_after(c, q + 1, lim, &after))
        return false;
    size_t e = names_after(c, after, lim);
    if (e == SIZE_MAX) {
        c->oom = true;
        return false;
    }
    x->val = v;
    x->b = e > after ? e : q + 1;
    return true;
}

/* "30 pour, 4 contre, 2 abstentions", "Vote : 5 pour, 2 contre": a count
   right before "pour" (x: the V_FOR part of "pour"), with no "voix", read
   as "par 30 voix pour" (x becomes a V_PAR part) when the word ends the
   count ("pour," "pour)" "pour et", not "pour cent") and the statement
   says a vote: a count against or of abstentions follows in the
   sentence, or it opens a bracket or follows "Vote :" */
static bool count_pour(ex_call *c, part *x, size_t lo, size_t lim)
{
    const char *s = c->text.s;
    size_t q = x->a;
    if (q <= lo + 1 || s[q - 1] != ' ')
        return false;
    size_t e = q - 1, da = e;
    while (da > lo && e - da < 3 && s[da - 1] >= '0' && s[da - 1] <= '9')
        da--;
    /* (the label's 4 characters counted after the digits before it:
       most "pour" of prose have none) */
    if (da == e || chars_to(s, x->a, x->b) != 4 || (da > lo && (letter_at(s, da - 1) || (s[da - 1] >= '0' && s[da - 1] <= '9') || s[da - 1] == ','
                                || s[da - 1] == '.' || s[da - 1] == '/')))
        return false;
    size_t r = x->b;
    while (r < lim && is_blank(s[r]))
        r++;
    if (!(r >= lim || is_nl(s[r]) || s[r] == ',' || s[r] == ';' || s[r] == '.' || s[r] == ')'
          || ((unsigned char)s[r] == 0xE2 && r + 2 < lim && (unsigned char)s[r + 1] == 0x80)    /* – */
          || (s[r] == '-' && r + 1 < lim && is_blank(s[r + 1]))
          || (ex_match_fold(s + r, lim - r, "et ") == 3)))
        return false;
    part y = *x;
    y.kind = V_PAR;
    y.a = da;
    y.val = 0;
    for (size_t k = da; k < e; k++)
        y.val = y.val * 10 + (s[k] - '0');
    parse_sentence(c, &y, lim);
    size_t o = da;
    while (o > lo && is_blank(s[o - 1]))
        o--;
    bool bracket = o > lo && s[o - 1] == '(';
    if (y.against == EX_NULLNUM && y.abst == EX_NULLNUM && !bracket && !vote_label_before(c, lo, da))
        return false;
    if (bracket) {
        /* "(30 pour, 4 contre, 2 abstentions)": the bracket's end too */
        size_t b = y.b;
        while (b < lim && is_blank(s[b]))
            b++;
        if (b < lim && s[b] == ')')
            y.b = b + 1;
    }
    *x = y;
    return true;
}

/* "par six voix pour, une voix contre et une abstention": a count in
   words before "voix pour" (x: the V_FOR part of "pour"), read by the
   number layer, as "par 6 voix pour" (x becomes a V_PAR part) when
   "par" opens it or the sentence gives a count against or of
   abstentions ("chacun dispose d'une voix pour ..." is none) */
static bool words_pour(ex_call *c, part *x, size_t lo, size_t lim)
{
    const char *s = c->text.s;
    size_t q = x->a;
    while (q > lo && (is_blank(s[q - 1]) || s[q - 1] == '-'))
        q--;
    if (q < lo + 5 || q == x->a || ex_match_fold(s + q - 4, 4, "voix") != 4)
        return false;
    size_t e = q - 4;       /* the number words end before "voix" */
    while (e > lo && (is_blank(s[e - 1]) || s[e - 1] == '\n'))
        e--;
    if (e == q - 4)
        return false;
    /* back word by word (at most 6), keeping the earliest start whose
       words all read as one number */
    size_t w = e, best = e;
    long long val = -1;
    for (int k = 0; k < 6 && w > lo; k++) {
        size_t r = w;
        while (r > lo && letter_at(s, r - 1))
            r--;
        if (r == w)
            break;
        size_t used = 0;
        long long v = ex_number_words(s + r, e - r, &used);
        if (v > 0 && v < 1000 && used == e - r) {
            best = r;
            val = v;
        }
        w = r;
        while (w > lo && (is_blank(s[w - 1]) || s[w - 1] == '-' || s[w - 1] == '\n'))
            w--;
    }
    if (val < 0 || (best > lo && (s[best - 1] == '\'' || letter_at(s, best - 1))))
        return false;
    part y = *x;
    y.kind = V_PAR;
    y.a = best;
    y.val = (long)val;
    parse_sentence(c, &y, lim);
    size_t o = best;
    while (o > lo && is_blank(s[o - 1]))
        o--;
    bool par = o >= lo + 3 && ex_match_fold(s + o - 3, 3, "par") == 3 && (o == lo + 3 || !letter_at(s, o - 4));
    if (!par && y.against == EX_NULLNUM && y.abst == EX_NULLNUM)
        return false;
    *x = y;
    return true;
}

/* "par 12 voix contre 3", "par 12 voix contre 3 / et 2 abstentions":
   the old short form, the count for before "voix contre", the count
   against after it (x: the V_AGAINST part of "contre"), read as "par 12
   voix pour, 3 contre" (x becomes a V_PAR part) when "par" opens it and
   the count after "contre" stands alone (digits, not a date or an
   amount: "contre 3 voix pour" is the other order, contre_first()) */
static bool par_contre(ex_call *c, part *x, size_t lo, size_t lim)
{
    const char *s = c->text.s;
    size_t q = x->a;
    if (x->b - x->a != 6 || q < lo + 11 || s[q - 1] != ' ' || ex_match_fold(s + q - 5, 4, "voix") != 4
        || s[q - 6] != ' ')
        return false;
    size_t e = q - 6, da = e;
    while (da > lo && e - da < 3 && s[da - 1] >= '0' && s[da - 1] <= '9')
        da--;
    if (da == e || da < lo + 4 || s[da - 1] != ' ' || ex_match_fold(s + da - 4, 3, "par") != 3
        || (da > lo + 4 && letter_at(s, da - 5)))
        return false;
    size_t r = x->b;
    while (r < lim && is_blank(s[r]))
        r++;
    size_t ra = r;
    long ag = 0;
    while (r < lim && r - ra < 3 && s[r] >= '0' && s[r] <= '9')
        ag = ag * 10 + (s[r++] - '0');
    if (r == ra || (r < lim && ((s[r] >= '0' && s[r] <= '9') || letter_at(s, r) || s[r] == '.' || s[r] == '/'
                                || s[r] == '%')))
        return false;
    size_t w = r;
    while (w < lim && is_blank(s[w]))
        w++;
    if (ex_match_fold(s + w, lim - w, "voix") || ex_match_fold(s + w, lim - w, "pour")
        || (w < lim && (s[w] == 'F' || s[w] == '%' || (s[w] >= '0' && s[w] <= '9')))
        || (w + 2 < lim && (unsigned char)s[w] == 0xE2 && (unsigned char)s[w + 1] == 0x82))
        return false;   /* "contre 3 voix pour", "contre 3 F", "contre 3 000", "contre 3 €" */
    part y = *x;
    y.kind = V_PAR;
    y.a = da;
    y.val = 0;
    for (size_t k = da; k < e; k++)
        y.val = y.val * 10 + (s[k] - '0');
    y.against = ag;
    y.b = r;
    parse_sentence(c, &y, lim);
    *x = y;
    return true;
}

/* "à la majorité (6 voix contre : M. X, Mme Y, …)": the count against
   opening a bracket after the majority, the opponents' names up to its
   closing bracket (on the next line at most); the end after the bracket
   and *against, else q */
static size_t majority_against(ex_call *c, size_t q, size_t lim, long *against)
{
    const char *s = c->text.s;
    size_t r = q;
    while (r < lim && is_blank(s[r]))
        r++;
    if (r >= lim || s[r] != '(')
        return q;
    r++;
    long v;
    size_t e;
    if (!vcount(c, r, lim - r > 24 ? r + 24 : lim, &v, &e) || v == EX_NULLNUM || v <= 0)
        return q;
    while (e < lim && is_blank(s[e]))
        e++;
    size_t m = ex_match_fold(s + e, lim - e, "voix contre");
    if (!m)
        m = ex_match_fold(s + e, lim - e, "contre");
    if (!m || (e + m < lim && letter_at(s, e + m)))
        return q;
    size_t nls = 0;
    for (r = e + m; r < lim && r < e + m + 400; r++) {
        if (s[r] == ')') {
            *against = v;
            return r + 1;
        }
        if (s[r] == '(' || (s[r] == '\n' && ++nls > 1))
            return q;
    }
    return q;
}

/* "à la majorité de 92 % des voix": the share after the majority (no
   count: a percentage is no number of votes) and its "des voix" /
   "des suffrages exprimés"; the end past them, else q */
static size_t majority_percent(const ex_call *c, size_t q, size_t lim)
{
    const char *s = c->text.s;
    size_t r = q;
    while (r < lim && is_blank(s[r]))
        r++;
    size_t m = ex_match_fold(s + r, lim - r, "de ");
    if (!m)
        return q;
    r += m;
    size_t d = r;
    while (r < lim && r < d + 6 && (ex_is_digit(s[r]) || (s[r] == ',' && r > d && r + 1 < lim && ex_is_digit(s[r + 1]))))
        r++;
    if (r == d || ex_is_digit(s[r]))
        return q;
    while (r < lim && is_blank(s[r]))
        r++;
    if (r < lim && s[r] == '%')
        r++;
    else if ((m = ex_match_fold(s + r, lim - r, "pour cent")) != 0)
        r += m;
    else
        return q;
    size_t e = r;
    while (r < lim && is_blank(s[r]))
        r++;
    static const char *const of[] = {"des suffrages exprimes", "des voix exprimees", "des voix", "des suffrages", NULL};
    for (size_t k = 0; of[k]; k++) {
        m = ex_match_fold(s + r, lim - r, of[k]);
        if (m && !(r + m < lim && letter_at(s, r + m)))
            return r + m;
    }
    return e;
}

/* "Adopté à la majorité.", "La délibération est adoptée à la majorité
   des suffrages exprimés.": a result said as a vote (x: the V_ADOPT or
   V_REJECT part), at the start of its line or sentence or after "est",
   "sont", "a été", the phrase ending the statement; x->b runs over it */
static bool majority_after(ex_call *c, part *x, size_t lo, size_t lim)
{
    const char *s = c->text.s;
    size_t q = x->b;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, lim - q, "a la majorite");
    if (!m)
        return false;
    q += m;
    size_t r = q;
    while (r < lim && is_blank(s[r]))
        r++;
    static const char *const adj[] = {"absolue", "relative", "simple", "qualifiee", NULL};
    for (size_t k = 0; adj[k]; k++) {
        size_t n = ex_match_fold(s + r, lim - r, adj[k]);
        if (n && !(r + n < lim && letter_at(s, r + n))) {
            q = r + n;
            break;
        }
    }
    long cnt, ag = EX_NULLNUM;
    size_t pq = majority_percent(c, q, lim), q0 = q;
    q = unan_complement(c, pq, lim, &cnt);
    q = majority_against(c, q, lim, &ag);
    r = q;
    while (r < lim && is_blank(s[r]))
        r++;
    /* "à la majorité de 92 % des voix, la Commune de X s'étant
       abstenue.": the clause after the comma is no count */
    if (!(r >= lim || is_nl(s[r]) || s[r] == '.' || s[r] == ';' || s[r] == ')' || s[r] == '('
          || (pq != q0 && s[r] == ',')))
        return false;
    /* before: a line start ("(", "-" apart), a full stop, or the verb */
    size_t b = x->a;
    while (b > lo && is_blank(s[b - 1]))
        b--;
    bool ok = b == lo || is_nl(s[b - 1]) || s[b - 1] == '(' || s[b - 1] == '-' || s[b - 1] == '*'
              || (s[b - 1] == '.' && full_stop(c, b - 1, x->a));
    static const char *const aux[] = {"est", "sont", "ete", NULL};
    for (size_t k = 0; !ok && aux[k]; k++) {
        size_t n = strlen(aux[k]);
        ok = b >= lo + n && ex_match_fold(s + b - n, n, aux[k]) == n && (b == lo + n || !letter_at(s, b - n - 1));
    }
    if (!ok)
        return false;
    x->b = q;
    if (ag != EX_NULLNUM)
        x->against = ag;
    return true;
}

/* "La délibération est adoptée.", "La motion est rejetée.": a result
   said of the act itself, the sentence alone on its line (x: the
   V_ADOPT or V_REJECT part; nothing after it but the full stop) */
static bool act_result(const ex_call *c, const part *x)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *l = &t->lines[ex_line_at(t, x->a)];
    size_t q = x->b;
    while (q < l->end && is_blank(s[q]))
        q++;
    if (q < l->end && s[q] == '.')
        q++;
    while (q < l->end && (is_blank(s[q]) || s[q] == '\r'))
        q++;
    if (q < l->end)
        return false;
    size_t a = l->start;
    while (a < x->a && is_blank(s[a]))
        a++;
    static const char *const subj[] = {"la deliberation est ", "la presente deliberation est ",
                                       "cette deliberation est ", "le projet de deliberation est ",
                                       "la proposition est ", "la motion est ", "la resolution est ",
                                       "le rapport est ", NULL};
    for (size_t k = 0; subj[k]; k++)
        if (ex_match_fold(s + a, x->a - a, subj[k]) == x->a - a)
            return true;
    return false;
}

/* A necessary condition of the table readers of a label (flat_cell(),
   table_cell(), item_table() / item_flat(), group_table(), group_flat()):
   each asks a header cell reading "contre" (header_kind() or
   ex_match_fold(), in the line's bounds) on the label's line:
   table_cell() on the line between the '\n' around it (300 bytes at most
   each side), the others on its ex_line (a part of that line, cut at
   '\r' / '\f' too), 400 bytes at most.  Both lie within the bytes read
   here: the line between the '\n' around [a, b), 400 bytes at most each
   side.  "contre" folded can only start at a 'c', a 'C' or a 0xC3 byte
   that ex_fold_char() folds to 'c' (the next byte's low six bits 7: "ç",
   "Ç"); it folds no other byte above 0x7F to 'c'.  Most "pour" of prose
   fail here, before the readers cut the line into cells. */
static bool contre_near(const ex_call *c, size_t a, size_t b)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    /* the line between the '\n': a's ex_line, joined to its neighbours
       over a '\r' / '\f' (rare but for the "\r\n" end: one byte) */
    const ex_line *l = &t->lines[ex_line_at(t, a)];
    size_t lo = l->start, hi = l->end;
    while (lo > 0 && s[lo - 1] != '\n' && a - lo < 400)
        lo--;
    while (hi < t->len && s[hi] != '\n' && hi - b < 400)
        hi++;
    if (a - lo > 400)
        lo = a - 400;
    if (hi > b + 400)
        hi = b + 400;
    const unsigned char *u = (const unsigned char *)s;
    size_t q = lo;
#ifdef EX_SIMD
    for (; hi - q >= 16; q += 16) {
        __m128i x = ex_v_load(s + q);
        unsigned m = ex_v_mask(_mm_or_si128(ex_v_eq(ex_v_low(x), 'c'), ex_v_eq(x, 0xC3)));
        while (m) {
            size_t r = q + (size_t)__builtin_ctz(m);
            m &= m - 1;
            if ((u[r] != 0xC3 || (r + 1 < hi && (u[r + 1] & 0x3F) == 7)) && ex_match_fold(s + r, hi - r, "contre"))
                return true;
        }
    }
#endif
    for (; q < hi; q++)
        if (((u[q] | 0x20) == 'c' || (u[q] == 0xC3 && q + 1 < hi && (u[q + 1] & 0x3F) == 7))
            && ex_match_fold(s + q, hi - q, "contre"))
            return true;
    return false;
}

static bool find_parts(ex_call *c, const ex_document *d, part_vec *pv)
{
    const vote_engine *ve = c->eng->votes;
    const char *s = c->text.s;
    size_t p = d->span.start, end = d->span.end;
    size_t prev_b = d->span.start;     /* end of the last part */
    while (p < end) {
        int rc = ex_rxset_scan(c, &ve->rx, p, end);
        if (rc <= 0)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t a = ov[0], b = ov[1];
        if (a >= end)
            break;
        int kind = ex_mark_kind(c);
        p = b > a ? b : a + 1;
        if (!kind || ex_is_furniture(&c->text, a))
            continue;
        /* a plural mark glued to the label: "ABSTENTION(S)", "Abstenu(e)s"
           (its letter is no count: "(S)" is no 5) */
        if (b + 2 < end && s[b] == '(' && ((s[b + 1] | 0x20) == 's' || (s[b + 1] | 0x20) == 'e')) {
            size_t q = b + 2;
            if (q < end && (s[q] | 0x20) == 's' && (s[b + 1] | 0x20) == 'e')
                q++;
            if (q < end && s[q] == ')') {
                q++;
                if (q < end && (s[q] | 0x20) == 's' && !(q + 1 < end && ((s[q + 1] | 0x20) >= 'a' && (s[q + 1] | 0x20) <= 'z')))
                    q++;
                b = q;
                p = b;
            }
        }
        part x, extra[TAB_ROWS * 3 + TAB_COLS > ITAB_ROWS * ITAB_PARTS ? TAB_ROWS * 3 + TAB_COLS
                                                                       : ITAB_ROWS * ITAB_PARTS];
        size_t nextra = 0;
        memset(&x, 0, sizeof x);
        x.kind = kind;
        x.a = a;
        x.b = b;
        x.val = EX_NULLNUM;
        x.against = x.abst = x.nppv = EX_NULLNUM;
        switch (kind) {
        case V_FOR:
        case V_AGAINST:
        case V_ABST:
        case V_NPPV:
        case V_ABSNP:
        case V_VOTANTS:
        case V_BLANK: {
            size_t after, e2;
            long v;
            if (kind == V_NPPV && !colon_after(c, b, end, &after) && table_cell(c, &x, end))
                break;      /* "Pour  Contre  NPPV" over "15  5  1" */
            /* "M. X, ..., ne prend pas part au vote:" (OCR read the full
               stop ':'): a colon after the clause, no person after it,
               the persons before it on its line */
            bool nppv_clause = kind == V_NPPV && colon_after(c, b, end, &after) && !line_opens_at(s, a)
                               && (line_rest_empty(s, after, end) || stop_then_junk(s, b, after, end));
            /* "Vote : pour 28, contre 0, abstentions 3, ne prend pas
               part au vote 1": in a "Vote :" line, the count right after
               the phrase (ending the clause) */
            if (kind == V_NPPV && !nppv_clause && !colon_after(c, b, end, &after) && vote_line(c, a)
                && vcount(c, b, end, &v, &e2)
                && (e2 >= end || s[e2] == ',' || s[e2] == ';' || s[e2] == '.' || s[e2] == '\n' || s[e2] == '\r')) {
                x.val = v;
                x.b = e2;
                break;
            }
            if (kind == V_NPPV && (nppv_clause || !colon_after(c, b, end, &after))) {
                /* "; M. X ne prend pas part au vote." */
                size_t from;
                long n = named_not_voting(c, prev_b, a, &from);
                if (n < 0)
                    return false;
                if (n == 0 && !(n = role_not_voting(c, from, a, b)))
                    continue;
                x.val = n;
                x.named = true;
                x.pa = from;
                x.pb = a;
                size_t e3 = sentence_end(c, b, end, 200);
                if (e3 < end && s[e3] == '.')
                    x.b = e3;
                break;
            }
            if (kind == V_NPPV && !vcount(c, after, end, &v, &e2)) {
                /* "Ne prend pas part au vote : M. X" */
                size_t e3 = sentence_end(c, after, end, 300);
                /* the names end at their line when the next one opens a
                   tally: "... Mme Odile Y\nPour : 24 – Contre : 2" */
                for (size_t q = after; q < e3; q++)
                    if (s[q] == '\n' && tally_label_line(s, q + 1, e3)) {
                        e3 = q;
                        while (e3 > after && (is_blank(s[e3 - 1]) || s[e3 - 1] == '\r'))
                            e3--;
                        break;
                    }
                long n = persons_in(c, after, e3);
                if (n < 0)
                    return false;
                if (n == 0)
                    continue;
                x.val = n;
                x.pa = after;
                x.pb = e3;
                x.b = e3;
                break;
            }
            if ((kind == V_FOR || kind == V_AGAINST || kind == V_ABST) && b < end && s[b] == '\n'
                && stacked_cell(c, &x, end))
                break;      /* "Pour" / "Contre" / "Abstention" over "8" / "0" / "1" */
            if (kind == V_FOR && count_pour(c, &x, prev_b, end))
                break;      /* "30 pour, 4 contre" */
            if (kind == V_FOR && words_pour(c, &x, prev_b, end))
                break;      /* "par six voix pour" */
            if (kind == V_AGAINST && par_contre(c, &x, prev_b, end))
                break;      /* "par 12 voix contre 3" */
            if ((kind == V_FOR || kind == V_AGAINST || kind == V_ABST) && bracket_count(c, b, end, &x))
                break;      /* "Ont voté pour (8) : Mme A, M. B." */
            if (c->oom)
                return false;
            bool colon = colon_after(c, b, end, &after);
            /* the table readers below need a "contre" cell on the line */
            bool tab = !colon && (kind == V_FOR || kind == V_AGAINST || kind == V_ABST) && contre_near(c, x.a, x.b);
            if (tab && flat_cell(c, &x, end))
                break;      /* OCR "VOTE Pour Contre" over "9 0" */
            if (!colon && (kind == V_FOR || kind == V_AGAINST || kind == V_ABST)
                && vote_line(c, a)) {
                after = b;      /* "Vote : Pour 15 – Contre 2 – Abstentions 0" */
                colon = true;
            }
            if (!colon && kind != V_NPPV && leader_after(c, a, b, end, &after))
                colon = true;   /* "Pour ......... 9" */
            if (!colon && (kind == V_FOR || kind == V_AGAINST || kind == V_ABST) && group_line(c, &x))
                break;      /* "Groupe X : pour" */
            if (tab && !colon && table_cell(c, &x, end))
                break;      /* "Pour  Contre" over "9  0" */
            if (tab && !colon && kind == V_FOR && item_table(c, &x, end, extra, &nextra))
                break;      /* "N°  Objet  Pour  Contre" over "1  Approbation …  13  0" */
            if (tab && !colon && kind == V_FOR
                && (group_table(c, &x, end, extra, &nextra) || group_flat(c, &x, end, extra, &nextra)))
                break;      /* "Groupe  Pour  Contre" over "Groupe A  14  –" */
            if (!colon)
                continue;
            /* "Abstention :" ending its line, the count opening the next
               one ("Abstention :\n12 (Groupe ...)") */
            if (kind == V_FOR || kind == V_AGAINST || kind == V_ABST) {
                size_t q = after;
                while (q < end && is_blank(s[q]))
                    q++;
                if (q + 1 < end && s[q] == '\n' && s[q + 1] >= '0' && s[q + 1] <= '9')
                    after = q + 1;
            }
            /* "Pour : groupes A, B et C (52 voix)": groups, then the count */
            bool side = kind == V_FOR || kind == V_AGAINST || kind == V_ABST;
            if (!(side && groups_then_count(c, after, end, &x))) {
                if (vcount(c, after, end, &v, &e2)) {
                    x.val = v;
                    x.b = after_count(c, e2, end, &x.ga, &x.gb);
                    if (side && x.gb == x.ga) {
                        /* "Ont voté contre : 2 – M. C, M. D." */
                        size_t e3 = names_after(c, x.b, end);
                        if (e3 == SIZE_MAX)
                            return false;
                        if (e3 != x.b || !dash_groups(c, &x, end))
                            x.b = e3;   /* else "30 – groupe A (19), ..." */
                    }
                } else if (!(side && groups_no_count(c, after, end, &x))
                           && !(side && !printed_before(c, pv, a) && names_count(c, after, end, &x))) {
                    if (c->oom)
                        return false;
                    continue;   /* "Pour : groupes A et B ;": no count */
                }
            }
            if (kind == V_NPPV && x.gb > x.ga) {
                /* "Ne prennent pas part au vote : 2 (M. X, Mme Y)" */
                x.pa = x.ga;
                x.pb = x.gb;
            }
            if (kind != V_FOR && kind != V_AGAINST && kind != V_ABST)
                x.ga = x.gb = 0;
            break;
        }
        case V_PAR: {
            size_t e2, ca;
            long v, ag;
            if (!vcount(c, a, b, &v, &e2))
                continue;
            x.val = v;
            parse_sentence(c, &x, end);
            /* "par 7 voix contre, 5 voix pour et 1 abstention": the
               count against printed first */
            if (x.against == EX_NULLNUM && contre_first(c, prev_b, a, &ag, &ca)) {
                x.against = ag;
                x.a = ca;
            }
            break;
        }
        case V_UNAN:
            if (!unan_context(c, a, d->span.start) && !verb_in_capitals_after(c, b, end)
                && !avis_line(c, a, b) && !assembly_before(c, a, d->span.start))
                continue;
            x.b = unan_complement(c, b, end, &x.val);
            /* "à l'unanimité moins 2 abstentions", "… des suffrages
               exprimés (3 abstentions)" */
            if (x.val == EX_NULLNUM) {
                size_t q = x.b;
                if (q == b) {
                    /* the complement "des suffrages exprimés" before the bracket */
                    while (q < end && is_blank(s[q]))
                        q++;
                    q += ex_match_fold(s + q, end - q, "des suffrages exprimes");
                }
                size_t e = unan_abst(c, q, end, &x.abst);
                if (e != q)
                    x.b = e;
            }
            break;
        case V_ADOPT:
        case V_REJECT:
            /* "ADOPTE" alone after "Après en avoir délibéré, le
               conseil d'administration": the act's decision verb
               (segment.c), no result */
            if (d->decision_verb && d->decision_span.start == a && d->decision_span.end == b)
                continue;
            if (caps_verb_object(s, a, b, end))
                continue;
            x.alone = line_alone(c, a, b) || majority_after(c, &x, prev_b, end) || act_result(c, &x);
            break;
        }
        /* "(Adopté)": the closing parenthesis too */
        if ((kind == V_ADOPT || kind == V_REJECT) && x.b < end && s[x.b] == ')')
            x.b++;
        /* the full stop ending the statement: "... et 1 abstention." */
        {
            size_t q = x.b;
            while (q < end && is_blank(s[q]))
                q++;
            if (q < end && full_stop(c, q, end))
                x.b = q + 1;
        }
        if ((kind == V_FOR || kind == V_AGAINST) && x.val != EX_NULLNUM && !x.tab && nextra == 0
            && ocr_abst_after(c, x.b, end, &extra[0]))
            nextra = 1;     /* "Contre : 0 – Abétentions : 2" */
        x.a = statement_start(c, &x, prev_b);
        if (x.val != EX_NULLNUM && !x.names)
            drop_names_before(c, pv, x.a);
        part *y = ex_vec_push(c->alloc, pv);
        if (!y) {
            c->oom = true;
            return false;
        }
        *y = x;
        for (size_t k = 0; k < nextra; k++) {
            part *z = ex_vec_push(c->alloc, pv);
            if (!z) {
                c->oom = true;
                return false;
            }
            *z = extra[k];
        }
        /* a table's labels: the next one is on the same line */
        size_t xb = x.tab ? x.tab : x.b;
        p = xb > p ? xb : p;
        prev_b = xb;
    }
    return true;
}

/* the first byte of a line item_line() may take: a digit, a blank, or
   the first letter of "délibération", "point", "n°" (either case) */
static inline bool item_first(char ch)
{
    char l = (char)(ch | 0x20);
    return (ch >= '0' && ch <= '9') || ch == ' ' || ch == '\t' || l == 'd' || l == 'p' || l == 'n';
}

/* an item's heading opens a line in [a, b) (at most 400 bytes): a
   sentence naming a member not voting after it is the next item's
   ("… adoptée à l'unanimité." / "4. Délibération n° 2026-033 – …" /
   "Mme X, présidente du comité, ne prend pas part au vote.") */
static bool item_between(const ex_call *c, size_t a, size_t b)
{
    const char *s = c->text.s;
    if (b < a || b - a > 400)
        return false;
    for (size_t q = a; q < b; q++)
        if (s[q] == '\n' && q + 1 < b && item_first(s[q + 1]) && item_line(c, q + 1, b))
            return true;
    return false;
}

/* two parts belong to one vote: little text between them */
static bool close_parts(const ex_call *c, size_t a, size_t b)
{
    if (b < a)
        return true;
    if (b - a > 160)
        return false;
    const char *s = c->text.s;
    size_t nl = 0, text = 0;
    for (size_t q = a; q < b; q++) {
        if (s[q] == '\n') {
            /* the next item's heading between them ("… adoptée à
               l'unanimité." / "4. Délibération n° 2026-033 – …" / "M. X
               ne prend pas part au vote."): two votes */
            if (++nl <= 3 && q + 1 < b && item_first(s[q + 1]) && item_line(c, q + 1, b))
                return false;
        } else if (!is_blank(s[q]) && s[q] != '\r')
            text++;
    }
    return nl <= 3 && text <= 60;
}

/* "Ne prend pas part au vote : M. X (intéressé, …)." as a label opening
   its line (x: the persons counted), then the item's text, then the
   vote's tally or result y (at most 400 bytes on, no item heading
   between): the persons are that vote's not_voting */
static bool nppv_label_before(const ex_call *c, const part *x, const part *y)
{
    if (x->kind != V_NPPV || x->named || x->pb <= x->pa || x->val == EX_NULLNUM || y->named || y->row
        || !(y->kind == V_FOR || y->kind == V_PAR || y->kind == V_UNAN || y->kind == V_ADOPT || y->kind == V_REJECT)
        || y->a < x->b || y->a - x->b > 400 || !line_opens_at(c->text.s, x->a))
        return false;
    return !item_between(c, x->b, y->a);
}

/* [a, b) between a "Groupe X : pour" line and the next part: lines of
   the same block whose vote is unreadable ("Groupe Y : _—", OCR) or
   said in words ("Non-inscrits : Ne prend pas part au vote"), blank
   lines: at most four lines, each a label, its last colon, then at most
   40 bytes */
static bool group_gap(const ex_call *c, size_t a, size_t b)
{
    if (b < a || b - a > 400)
        return false;
    const char *s = c->text.s;
    size_t q = a, lines = 0;
    while (q < b && !is_nl(s[q]))
        q++;    /* the rest of the group's line */
    while (q < b) {
        q++;
        size_t e = q;
        while (e < b && !is_nl(s[e]))
            e++;
        if (e == b)
            break;      /* the next part's line */
        size_t f = q;
        while (f < e && (is_blank(s[f]) || s[f] == '\r'))
            f++;
        if (f < e) {
            size_t k = e;     /* the last colon (OCR specks: ": Groupe Y : _—") */
            while (k > f && s[k - 1] != ':')
                k--;
            if (++lines > 4 || k <= f + 1 || k - f > 151 || e - k > 40)
                return false;
        }
        q = e;
    }
    return true;
}

/* the group name s[x, y) at the end of out */
static bool push_group(ex_call *c, ex_str_vec *out, size_t x, size_t y)
{
    char *g = ex_text_value(c, &c->text, x, y);
    if (!g)
        return false;
    const char **slot = ex_vec_push(c->alloc, out);
    if (!slot) {
        c->oom = true;
        return false;
    }
    *slot = g;
    return true;
}

/* "groupe" at p, a blank or a line break after it ("groupe\nA") */
static bool group_word(const char *s, size_t p, size_t lim)
{
    size_t m = ex_match_fold(s + p, lim - p, "groupe");
    return m && p + m < lim && (is_blank(s[p + m]) || is_nl(s[p + m]));
}

/* the name s[x, y) is printed elsewhere in the text (outside [ga, gb))
   as a group of its own: "groupe " before it, then (after blanks) ',',
   '(', ';', '.', ')' or the line's end after it ("Au nom du groupe
   Brenne Avenir, M. X"; not "groupe Écologie et Solidarités") */
static bool group_named_elsewhere(const ex_call *c, size_t x, size_t y, size_t ga, size_t gb)
{
    const char *s = c->text.s;
    size_t n = c->text.len, len = y - x, from = 0;
    /* only within the document holding the name: a search of the whole
       text per group name would make the pass quadratic in the number
       of documents of a file */
    size_t lo = 0, hi = c->docs.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->docs.v[mid].span.end <= ga)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < c->docs.n && c->docs.v[lo].span.start <= ga) {
        from = c->docs.v[lo].span.start;
        n = c->docs.v[lo].span.end;
    }
    for (const char *h = memmem(s + from, n - from, s + x, len); h; h = memmem(h + 1, (size_t)(s + n - h - 1), s + x, len)) {
        size_t a = (size_t)(h - s), b = a + len;
        if (a >= ga && a < gb)
            continue;
        if (a < 7 || !ex_match_fold(s + a - 7, 7, "groupe ") || (a > 7 && letter_at(s, a - 8)))
            continue;
        while (b < n && is_blank(s[b]))
            b++;
        if (b >= n || strchr(",(;.)\n", s[b]))
            return true;
        if (b + 1 >= n)
            break;
    }
    return false;
}

/* a name of a shared plural in guillemets: "groupes « A » et « B »"
   gives A and B (a single "groupe « A »" keeps them as printed) */
static void unquote(const ex_call *c, size_t *x, size_t *y)
{
    const unsigned char *u = (const unsigned char *)c->text.s;
    if (*y >= *x + 5 && u[*x] == 0xC2 && u[*x + 1] == 0xAB && u[*y - 2] == 0xC2 && u[*y - 1] == 0xBB) {
        size_t a = *x + 2, b = *y - 2;
        ex_trim(&c->text, &a, &b);
        if (a < b) {
            *x = a;
            *y = b;
        }
    }
}

static bool copy_groups(ex_call *c, ex_str_vec *out, size_t ga, size_t gb)
{
    const char *s = c->text.s;
    /* "groupes A, B, C": a shared plural prefix, the names split at
       commas (group names printed one by one keep their commas:
       "Groupe Socialiste, Républicain et Citoyen ; ...") */
    bool plural = false;
    {
        size_t x = ga, y = gb;
        ex_trim(&c->text, &x, &y);
        size_t m = ex_match_fold(s + x, y - x, "groupes ");
        /* (OCR: a speck glued after it, "groupes. A, B et C") */
        if (!m && (m = ex_match_fold(s + x, y - x, "groupes")) != 0)
            m = x + m + 1 < y && strchr(".,'", s[x + m]) && is_blank(s[x + m + 1]) ? m + 2 : 0;
        if (m && !memchr(s + x, ';', y - x)) {
            plural = true;
            ga = x + m;
        }
    }
    /* "groupes A et B": the one " et " before a capital ends A
       ("groupes Union pour X et Écologistes et solidaires"); with none or
       several, one name; after commas, in the last name ("groupes A, B
       et C") */
    size_t et = 0;
    if (plural) {
        /* "groupes A, B et C": so the last name after the commas */
        size_t from = ga;
        for (size_t q = ga; q < gb; q++)
            if (s[q] == ',')
                from = q + 1;
        int n = 0;
        for (size_t q = from; q + 4 < gb; q++)
            if (is_blank(s[q]) && ex_match_fold(s + q + 1, 3, "et ") == 3 && q + 4 < gb && ex_upper_start(s + q + 4, gb - q - 4)) {
                et = q;
                n++;
            }
        if (n != 1)
            et = 0;
        /* after commas the "et" may be a name's own ("groupes A,
           Écologie et Solidarités"): it ends a name only when the
           document names the part before it as a group of its own
           elsewhere ("Au nom du groupe Brenne Avenir, M. X") */
        if (et && from > ga) {
            size_t x = from, y = et;
            ex_trim(&c->text, &x, &y);
            if (x >= y || !group_named_elsewhere(c, x, y, ga, gb))
                et = 0;
        }
    }
    size_t a = ga;
    int inq = 0;    /* inside « »: a ':' there is the name's (OCR speck) */
    for (size_t q = ga; q <= gb; q++) {
        if (q + 1 < gb && (unsigned char)s[q] == 0xC2 && ((unsigned char)s[q + 1] == 0xAB || (unsigned char)s[q + 1] == 0xBB))
            inq += (unsigned char)s[q + 1] == 0xAB ? 1 : -1;
        if (et && q == et) {
            size_t x = a, y = q;
            ex_trim(&c->text, &x, &y);
            unquote(c, &x, &y);
            if (x < y && !push_group(c, out, x, y))
                return false;
            q += 3;
            a = q + 1;
            continue;
        }
        bool cut = q == gb || s[q] == ';' || (s[q] == ':' && inq <= 0) || (plural && s[q] == ',');
        if (!cut && s[q] == ',') {
            /* "Groupe A, Groupe B": a comma before the next "groupe" */
            size_t r = q + 1;
            while (r < gb && (s[r] == ' ' || s[r] == '\t' || s[r] == '\n'))
                r++;
            cut = group_word(s, r, gb);
        }
        size_t skip = 1;
        if (!cut && is_blank(s[q]) && q > ga && s[q - 1] == ')' && ex_match_fold(s + q + 1, gb - q - 1, "et ") == 3) {
            /* "groupe A (14) et groupe B (8)" */
            size_t r = q + 4;
            while (r < gb && (is_blank(s[r]) || is_nl(s[r])))
                r++;
            cut = group_word(s, r, gb);
            skip = 4;
        }
        if (!cut && plural && is_blank(s[q]) && q > ga + 1 && (unsigned char)s[q - 1] == 0xBB
            && (unsigned char)s[q - 2] == 0xC2 && ex_match_fold(s + q + 1, gb - q - 1, "et") == 2) {
            /* "groupes « A » et « B »" (a line break after "et") */
            size_t r = q + 3;
            while (r < gb && (is_blank(s[r]) || is_nl(s[r])))
                r++;
            if (r > q + 3 && r + 1 < gb && (unsigned char)s[r] == 0xC2 && (unsigned char)s[r + 1] == 0xAB) {
                cut = true;
                skip = r - q;
            }
        }
        if (!cut)
            continue;
        size_t x = a, y = q;
        ex_trim(&c->text, &x, &y);
        a = q + skip;
        if (x >= y)
            continue;
        /* "groupe A (14)": the group's count in brackets, not its name */
        if (s[y - 1] == ')') {
            size_t o = y - 1;
            while (o > x && s[o - 1] != '(' && s[o - 1] != ')')
                o--;
            if (o > x && s[o - 1] == '(') {
                size_t r = o;
                while (r < y - 1 && is_blank(s[r]))
                    r++;
                size_t d = r;
                while (r < y - 1 && s[r] >= '0' && s[r] <= '9')
                    r++;
                bool num = r > d;
                while (r < y - 1 && is_blank(s[r]))
                    r++;
                r += ex_match_fold(s + r, y - 1 - r, "voix");
                while (r < y - 1 && is_blank(s[r]))
                    r++;
                if (num && r == y - 1) {
                    size_t y2 = o - 1;
                    ex_trim(&c->text, &x, &y2);
                    if (x < y2)
                        y = y2;
                }
            }
        }
        /* persons, not groups */
        if (ex_match_fold(s + x, y - x, "m. ") || ex_match_fold(s + x, y - x, "mme "))
            return true;
        /* "(12 délégués)", "(3 conseillers : ...)": a count of members,
           no group */
        {
            size_t r = x;
            while (r < y && s[r] >= '0' && s[r] <= '9')
                r++;
            if (r > x && r + 1 < y && is_blank(s[r]) && !ex_upper_start(s + r + 1, y - r - 1))
                continue;
        }
        /* "(néant)", "(aucun)": no group */
        if (ex_match_fold(s + x, y - x, "neant") == y - x || ex_match_fold(s + x, y - x, "aucun") == y - x
            || ex_match_fold(s + x, y - x, "aucune") == y - x)
            continue;
        if (plural)
            unquote(c, &x, &y);
        if (!push_group(c, out, x, y))
            return false;
    }
    return true;
}

/* the groups in [ga, gb) as an arena list (against_groups, ...) */
static bool group_list(ex_call *c, ex_str_list *out, size_t ga, size_t gb)
{
    ex_str_vec tmp = {0};
    bool ok = copy_groups(c, &tmp, ga, gb);
    if (ok && tmp.n) {
        out->v = ex_arena_alloc(&c->arena, tmp.n * sizeof *out->v);
        if (!out->v) {
            c->oom = true;
            ok = false;
        } else {
            memcpy(out->v, tmp.v, tmp.n * sizeof *out->v);
            out->n = tmp.n;
        }
    }
    ex_vec_free(c->alloc, &tmp);
    return ok;
}

/* The groups of the lines "Groupe X : pour" (V_GROUP parts) of a vote:
   for_groups, against_groups, abstention_groups, after those already
   there */
static bool group_votes(ex_call *c, ex_vote *v, const part *pv, size_t i0, size_t i1)
{
    ex_str_vec ag = {0}, ab = {0};
    bool ok = true;
    for (size_t i = i0; ok && i < i1; i++) {
        const part *p = &pv[i];
        if (p->kind != V_GROUP)
            continue;
        ex_str_vec *out = p->gkind == V_FOR ? &v->for_groups : p->gkind == V_AGAINST ? &ag : &ab;
        ok = copy_groups(c, out, p->ga, p->gb);
    }
    for (int k = 0; ok && k < 2; k++) {
        ex_str_vec *tmp = k ? &ab : &ag;
        ex_str_list *out = k ? &v->abstention_groups : &v->against_groups;
        if (!tmp->n)
            continue;
        const char **nv = ex_arena_alloc(&c->arena, (out->n + tmp->n) * sizeof *nv);
        if (!nv) {
            c->oom = true;
            ok = false;
            break;
        }
        if (out->n)
            memcpy(nv, out->v, out->n * sizeof *nv);
        memcpy(nv + out->n, tmp->v, tmp->n * sizeof *nv);
        out->v = nv;
        out->n += tmp->n;
    }
    ex_vec_free(c->alloc, &ag);
    ex_vec_free(c->alloc, &ab);
    return ok;
}

/* the persons with a civility named in [a, b) as an arena list */
static bool person_list(ex_call *c, ex_person_list *out, size_t a, size_t b)
{
    ex_person_vec tmp = {0};
    bool ok = ex_persons_list(c, a, b, &tmp);
    size_t n = 0;
    for (size_t i = 0; ok && i < tmp.n; i++)
        n += tmp.v[i].civility != NULL;
    if (ok && n) {
        out->v = ex_arena_alloc(&c->arena, n * sizeof *out->v);
        if (!out->v) {
            c->oom = true;
            ok = false;
        } else {
            out->n = 0;
            for (size_t i = 0; i < tmp.n; i++)
                if (tmp.v[i].civility)
                    out->v[out->n++] = tmp.v[i];
        }
    }
    ex_vec_free(c->alloc, &tmp);
    return ok;
}

/* a warning with a message made of fmt and up to two numbers */
static void diag2(ex_call *c, const char *code, const char *fmt, long x, long y, ex_span sp)
{
    char buf[160];
    snprintf(buf, sizeof buf, fmt, x, y);
    const char *m = ex_strdup(c, buf);
    if (m)
        ex_diag_add(c, "warning", code, m, sp.start, sp.end, true);
}

/* The clerk's checks (see the table at the top); printed values are
   never changed.  voting: "Votants" printed with the vote, or null. */
/* the voters' total printed as changed before the vote at a, at most
   20 000 bytes back ("Arrivée de Mme X (17 votants à partir du point
   4)": "N votants à partir" / "à compter"), the nearest; else
   EX_NULLNUM */
static long voters_from_here(const ex_call *c, const ex_document *d, size_t a)
{
    const char *s = c->text.s;
    size_t lo = a > d->span.start + 20000 ? a - 20000 : d->span.start;
    for (size_t q = a; q > lo; q--) {
        size_t p = q - 1, m = ex_match_fold(s + p, a - p, "votants");
        if (!m || p < lo + 2 || s[p - 1] != ' ' || s[p - 2] < '0' || s[p - 2] > '9')
            continue;
        size_t e = p + m;
        while (e < a && is_blank(s[e]))
            e++;
        if (!ex_match_fold(s + e, a - e, "a partir") && !ex_match_fold(s + e, a - e, "a compter"))
            continue;
        size_t k = p - 1;
        long v = 0, mul = 1;
        while (k > lo && s[k - 1] >= '0' && s[k - 1] <= '9' && mul < 10000) {
            v += (s[k - 1] - '0') * mul;
            mul *= 10;
            k--;
        }
        return v;
    }
    return EX_NULLNUM;
}

/* the nearest "votants : N" label before the vote at a, at most 1 000
   bytes back, on a mismatch only: a vote that prints its own count of
   voters ("Pour ce vote : présents : 15 – représentés : 1 – votants :
   16.", the maire out of the room for his compte administratif); the
   attendance's own label, when nearest, gives the attendance's total.
   EX_NULLNUM when none. */
static long voters_label_before(const ex_call *c, const ex_document *d, size_t a)
{
    const char *s = c->text.s;
    size_t lo = a > d->span.start + 1000 ? a - 1000 : d->span.start;
    for (size_t q = a; q > lo; q--) {
        size_t p = q - 1;
        if ((s[p] | 0x20) != 'v')
            continue;
        size_t m = ex_match_fold(s + p, a - p, "votants");
        if (!m || (p > lo && ((s[p - 1] | 0x20) >= 'a' && (s[p - 1] | 0x20) <= 'z')))
            continue;
        size_t e = p + m;
        while (e < a && is_blank(s[e]))
            e++;
        if (e >= a || s[e] != ':')
            continue;
        e++;
        while (e < a && is_blank(s[e]))
            e++;
        long v = 0;
        size_t e0 = e;
        while (e < a && e - e0 < 4 && s[e] >= '0' && s[e] <= '9')
            v = v * 10 + (s[e++] - '0');
        return e > e0 && (e >= a || !(s[e] >= '0' && s[e] <= '9')) ? v : EX_NULLNUM;
    }
    return EX_NULLNUM;
}

/* A weighted vote (a syndicat's "voix pondérées"): the tally counted in
   voices, "Pour : 70 voix (13 délégués) – Contre : 8 voix …", its total
   a count of voices printed before it in the document, "Voix
   représentées : 84" ("voix" opening a label of at most three more
   words, a colon, that number): no comparison with the voters (the
   delegates).  The vote's text holds "voix"; checked on a mismatch only. */
static bool weighted_total(const ex_call *c, const ex_document *d, const ex_vote *v, long sum)
{
    const char *s = c->text.s;
    bool voix = false;
    for (size_t q = v->span.start; q + 4 <= v->span.end && !voix; q++)
        voix = (s[q] | 0x20) == 'v' && ex_match_fold(s + q, v->span.end - q, "voix");
    if (!voix)
        return false;
    /* "par 6 voix pondérées pour et 2 voix pondérées contre": voices
       said weighted, no count of delegates */
    for (size_t q = v->span.start; q + 6 <= v->span.end; q++)
        if ((s[q] | 0x20) == 'p' && ex_match_fold(s + q, v->span.end - q, "ponder"))
            return true;
    for (size_t q = d->span.start; q + 4 <= v->span.start; q++) {
        if ((s[q] | 0x20) != 'v' || (q > d->span.start && ((s[q - 1] | 0x20) >= 'a' && (s[q - 1] | 0x20) <= 'z'))
            || !ex_match_fold(s + q, v->span.start - q, "voix"))
            continue;
        /* up to three words, then the colon, on the line */
        size_t r = q + 4;
        int words = 0;
        while (r < v->span.start && words <= 3 && s[r] != ':' && !is_nl(s[r])) {
            if (s[r] >= '0' && s[r] <= '9')
                break;
            if (is_blank(s[r]) && r + 1 < v->span.start && !is_blank(s[r + 1]))
                words++;
            r++;
        }
        if (r >= v->span.start || s[r] != ':' || words > 3)
            continue;
        r++;
        while (r < v->span.start && is_blank(s[r]))
            r++;
        long n = 0;
        size_t r0 = r;
        while (r < v->span.start && r - r0 < 5 && s[r] >= '0' && s[r] <= '9')
            n = n * 10 + (s[r++] - '0');
        if (r > r0 && (r >= v->span.start || !(s[r] >= '0' && s[r] <= '9')) && n == sum)
            return true;
    }
    return false;
}

static void check_vote(ex_call *c, const ex_document *d, const ex_vote *v, long voting)
{
    if (voting == EX_NULLNUM)
        voting = d->att.voting;
    /* "Votants : 19 (20 à partir du point 4)", or that new total printed
       before the vote */
    long later = voting == d->att.voting ? d->att.voting_later : EX_NULLNUM;
    if (voting != EX_NULLNUM && v->for_ != EX_NULLNUM
        && (v->against != EX_NULLNUM || v->abstention != EX_NULLNUM)) {
        long sum = v->for_ + (v->against == EX_NULLNUM ? 0 : v->against)
                   + (v->abstention == EX_NULLNUM ? 0 : v->abstention)
                   + (v->blank_or_void == EX_NULLNUM ? 0 : v->blank_or_void);
        long sum2 = sum + (v->not_voting == EX_NULLNUM ? 0 : v->not_voting);
        /* (the text before the vote looked at only on a mismatch) */
        if (sum != voting && sum2 != voting && later == EX_NULLNUM && voting == d->att.voting)
            later = voters_from_here(c, d, v->span.start);
        if (sum != voting && sum2 != voting && (later == EX_NULLNUM || (sum != later && sum2 != later))
            && voting == d->att.voting) {
            long own = voters_label_before(c, d, v->span.start);
            if (own != EX_NULLNUM)
                later = own;
        }
        if (sum != voting && sum2 != voting && (later == EX_NULLNUM || (sum != later && sum2 != later))
            && !weighted_total(c, d, v, sum))
            diag2(c, "vote.sum_mismatch", "for + against + abstention = %ld, but %ld voters",
                  v->not_voting != EX_NULLNUM && sum2 != sum ? sum2 : sum, voting, v->span);
    }
    if (v->unanimous && v->against != EX_NULLNUM && v->against > 0)
        diag2(c, "vote.unanimous_against", "unanimity printed, but %ld against", v->against, 0,
              v->span);
    if (v->not_voting != EX_NULLNUM && v->not_voting_persons.n
        && (long)v->not_voting_persons.n != v->not_voting)
        diag2(c, "vote.not_voting_list", "%ld not voting printed, %ld persons named", v->not_voting,
              (long)v->not_voting_persons.n, v->span);
}

/* A tally per collège then its "Total" line, read as one sentence
   ("Collège urbain : 30 voix pour, 12 voix contre" / "Collège rural :
   …" / "Total : 60 voix pour, 12 voix contre, 0 abstention"): the
   counts are the Total line's.  total_tally(): a line after the first of
   [a, b) opening with "Total :" whose counts are "N voix pour", "N voix
   contre", "N abstention(s)" (commas, "et" between): true and the
   counts printed (the others EX_NULLNUM) when "pour" is among them */
static bool total_tally(ex_call *c, size_t a, size_t b, long *pour, long *contre, long *abst)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t l0 = ex_line_at(t, a), l1 = ex_line_at(t, b > a ? b - 1 : a);
    for (size_t li = l0 + 1; li <= l1 && li < t->nlines; li++) {
        size_t q = t->lines[li].start, e = t->lines[li].end;
        while (q < e && is_blank(s[q]))
            q++;
        if (e - q < 6 || !ex_match_fold(s + q, e - q, "total"))
            continue;
        q += 5;
        while (q < e && is_blank(s[q]))
            q++;
        if (q >= e || s[q] != ':')
            continue;
        q++;
        long v[3] = {EX_NULLNUM, EX_NULLNUM, EX_NULLNUM};
        for (;;) {
            while (q < e && (is_blank(s[q]) || s[q] == ','))
                q++;
            if (e - q > 3 && ex_match_fold(s + q, e - q, "et "))
                q += 3;
            long n;
            size_t ne;
            if (q >= e || !(s[q] >= '0' && s[q] <= '9') || !vcount(c, q, e, &n, &ne) || n == EX_NULLNUM)
                break;
            q = ne;
            while (q < e && is_blank(s[q]))
                q++;
            if (ex_match_fold(s + q, e - q, "voix"))
                q += 4;
            while (q < e && is_blank(s[q]))
                q++;
            int k = ex_match_fold(s + q, e - q, "pour") ? 0 : ex_match_fold(s + q, e - q, "contre") ? 1
                    : ex_match_fold(s + q, e - q, "abstention") ? 2 : -1;
            if (k < 0 || v[k] != EX_NULLNUM)
                break;
            v[k] = n;
            q += k == 0 ? 4 : k == 1 ? 6 : 10;
            if (q < e && (s[q] == 's' || s[q] == 'S'))
                q++;
        }
        if (v[0] == EX_NULLNUM)
            return false;
        *pour = v[0];
        *contre = v[1];
        *abst = v[2];
        return true;
    }
    return false;
}

static bool make_vote(ex_call *c, ex_document *d, const part *pv, size_t i0, size_t i1)
{
    bool has_for = false, unan = false, alone = false, against = false, abst = false;
    for (size_t i = i0; i < i1; i++) {
        int k = pv[i].kind;
        /* groups named "for" without a count: a vote with other parts */
        has_for |= (k == V_FOR && (pv[i].val != EX_NULLNUM || i1 - i0 > 1)) || k == V_PAR;
        unan |= k == V_UNAN;
        alone |= (k == V_ADOPT || k == V_REJECT) && pv[i].alone;
        against |= k == V_AGAINST;
        abst |= k == V_ABST;
    }
    if (!(has_for || unan || alone || (against && abst)))
        return true;
    ex_vote *v = ex_vec_push(c->alloc, &d->votes);
    if (!v) {
        c->oom = true;
        return false;
    }
    ex_vote_init(v);
    v->blank_or_void = EX_NULLNUM;
    long voting = EX_NULLNUM;
    bool nv_named = false;
    const part *nv = NULL;      /* the part that gave not_voting */
    v->span.start = pv[i0].a;
    v->span.end = pv[i0].b;
    if (pv[i0].named && pv[i0].pb > pv[i0].pa) {
        /* "M. X, …, ne prend pas part au vote." opening the vote: from the name */
        size_t q = pv[i0].pa;
        while (q < pv[i0].pb && (is_blank(c->text.s[q]) || is_nl(c->text.s[q])))
            q++;
        v->span.start = q;
    }
    for (size_t i = i0; i < i1; i++) {
        const part *p = &pv[i];
        if (p->b > v->span.end)
            v->span.end = p->b;
        switch (p->kind) {
        case V_FOR:
            if (v->for_ == EX_NULLNUM) {
                v->for_ = p->val;
                if (p->gb > p->ga && !copy_groups(c, &v->for_groups, p->ga, p->gb))
                    return false;
            } else if (p->val == EX_NULLNUM && !v->for_groups.n && p->gb > p->ga
                       && !copy_groups(c, &v->for_groups, p->ga, p->gb)) {
                return false;   /* the groups printed under the tally */
            }
            break;
        case V_PAR: {
            long tf, ta, tb;
            bool tot = p->b > p->a + 40 && total_tally(c, p->a, p->b, &tf, &ta, &tb);
            if (v->for_ == EX_NULLNUM)
                v->for_ = tot ? tf : p->val;
            if (v->against == EX_NULLNUM)
                v->against = tot ? ta : p->against;
            if (v->abstention == EX_NULLNUM)
                v->abstention = tot ? tb : p->abst;
            if (p->nppv != EX_NULLNUM && (v->not_voting == EX_NULLNUM || nv_named)) {
                v->not_voting = p->nppv;
                nv_named = false;
            }
            break;
        }
        case V_AGAINST:
            if (v->against == EX_NULLNUM || (p->val == EX_NULLNUM && !v->against_groups.n)) {
                if (v->against == EX_NULLNUM)
                    v->against = p->val;
                if (p->gb > p->ga && !group_list(c, &v->against_groups, p->ga, p->gb))
                    return false;
            }
            break;
        case V_ABST:
            if (v->abstention == EX_NULLNUM || (p->val == EX_NULLNUM && !v->abstention_groups.n)) {
                if (v->abstention == EX_NULLNUM)
                    v->abstention = p->val;
                if (p->gb > p->ga && !group_list(c, &v->abstention_groups, p->ga, p->gb))
                    return false;
            }
            break;
        case V_BLANK:
            if (v->blank_or_void == EX_NULLNUM)
                v->blank_or_void = p->val;
            break;
        case V_NPPV:
            /* a printed count wins over the persons named */
            if (v->not_voting == EX_NULLNUM || (nv_named && !p->named)) {
                v->not_voting = p->val;
                nv_named = p->named;
                if (p->pb > p->pa)
                    nv = p;
            } else if (p->pb > p->pa && (!nv || nv->named)) {
                nv = p;     /* the persons of "... : 2 (M. X, Mme Y)" */
            }
            break;
        case V_ABSNP:
            if (v->absent_without_proxy == EX_NULLNUM)
                v->absent_without_proxy = p->val;
            break;
        case V_VOTANTS:
            if (voting == EX_NULLNUM)
                voting = p->val;
            break;
        case V_UNAN:
            v->unanimous = true;
            /* "à l'unanimité (19 voix)": all of them for */
            if (p->val != EX_NULLNUM && v->for_ == EX_NULLNUM)
                v->for_ = p->val;
            if (p->abst != EX_NULLNUM && v->abstention == EX_NULLNUM)
                v->abstention = p->abst;
            break;
        case V_ADOPT:
            if (v->result == EX_RESULT_NULL)
                v->result = EX_ADOPTED;
            /* "Adopté à la majorité (6 voix contre : …)" */
            if (p->against != EX_NULLNUM && v->against == EX_NULLNUM)
                v->against = p->against;
            break;
        case V_REJECT:
            if (v->result == EX_RESULT_NULL)
                v->result = EX_REJECTED;
            break;
        }
    }
    if (v->result == EX_RESULT_NULL) {
        if (v->unanimous)
            v->result = EX_ADOPTED;
        else if (v->for_ != EX_NULLNUM) {
            long ag = v->against == EX_NULLNUM ? 0 : v->against;
            if (v->for_ > ag)
                v->result = EX_ADOPTED;
            else if (v->for_ < ag)
                v->result = EX_REJECTED;
        }
    }
    if (nv && !person_list(c, &v->not_voting_persons, nv->pa, nv->pb))
        return false;
    if (!group_votes(c, v, pv, i0, i1))
        return false;
    check_vote(c, d, v, voting);
    return !c->oom;
}

/* the place of vote v among the items: its start, or for a row of a
   table of items its item's heading in the body */
static size_t vote_anchor(const ex_vote *v, const part_vec *pv)
{
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].row && pv->v[i].hpos && pv->v[i].a == v->span.start)
            return pv->v[i].hpos - 1;
    return v->span.start;
}

static bool copy_to_items(ex_call *c, ex_document *d, const part_vec *pv)
{
    for (size_t k = 0; k < d->items.n; k++) {
        ex_item *it = &d->items.v[k];
        if (it->votes.n)
            continue;
        for (size_t i = 0; i < d->votes.n; i++) {
            const ex_vote *v = &d->votes.v[i];
            size_t at = vote_anchor(v, pv);
            if (at < it->span.start || at >= it->span.end)
                continue;
            ex_vote *w = ex_vec_push(c->alloc, &it->votes);
            if (!w) {
                c->oom = true;
                return false;
            }
            *w = *v;
            memset(&w->for_groups, 0, sizeof w->for_groups);
            for (size_t g = 0; g < v->for_groups.n; g++) {
                const char **slot = ex_vec_push(c->alloc, &w->for_groups);
                if (!slot) {
                    c->oom = true;
                    return false;
                }
                *slot = v->for_groups.v[g];
            }
        }
    }
    return true;
}

/* "Le conseil municipal,\nà l'unanimité, APPROUVE le projet ...\n...\n
   Votants : 18 – Pour : 18 – Contre : 0": the unanimity said inside the
   item's sentence (a lone part ending at 'a') and the tally v at b
   opening a later line of the same paragraph, or the first line after
   it (blank lines between, no other text: OCR puts one there too), at
   most 400 bytes on, with a count for and no one against, are one vote.
   A blank line that OCR put inside the sentence (the line before it
   ends with a comma or a small letter, the line after it opens with a
   small letter: "ruraux,\n\nsoit 35 %") does not end the paragraph. */
static bool unan_tally(const ex_call *c, size_t a, size_t b, const ex_vote *v)
{
    if (b < a || b - a > 400 || v->for_ == EX_NULLNUM || (v->against != EX_NULLNUM && v->against != 0))
        return false;
    const char *s = c->text.s;
    size_t q = b;
    while (q > a && is_blank(s[q - 1]))
        q--;
    if (q == a || !is_nl(s[q - 1]))
        return false;   /* the tally does not open its line */
    bool line_text = true;  /* text seen on the current line */
    bool gap = false;       /* a blank line seen */
    bool open = false;      /* the last text line ends inside a sentence */
    unsigned char last = 0, prev = 0;   /* the last two bytes of text */
    for (q = a; q < b; q++) {
        if (s[q] == '\r')
            continue;   /* "\r\n": one line end */
        if (is_nl(s[q])) {
            if (line_text)
                open = last == ',' || (last >= 'a' && last <= 'z') || (prev == 0xC3 && last >= 0xA0);
            gap |= !line_text;
            line_text = false;
        } else if (!is_blank(s[q])) {
            unsigned char ch = (unsigned char)s[q];
            if (gap && !line_text && open
                && ((ch >= 'a' && ch <= 'z') || (ch == 0xC3 && q + 1 < b && (unsigned char)s[q + 1] >= 0xA0)))
                gap = false;    /* the sentence goes on past an OCR blank line */
            if (gap)
                return false;   /* another paragraph before the tally */
            line_text = true;
            prev = last;
            last = ch;
        }
    }
    return true;
}

/* "Résultat : Pour : 10 – Contre : 3 – Abstention : 1." then "Le
   Conseil municipal, après en avoir délibéré, par 10 voix pour, 3 voix
   contre et 1 abstention :": the tally w printed again by the deciding
   sentence opening right after v (its start at most 160 bytes after v's
   end, words between but no '.', ';', ':' or digit: no other sentence,
   no item heading, not the next row of a table), with the same counts (for and at least one other side printed) is
   the same vote, not a second one */
static bool repeated_tally(const ex_call *c, const ex_vote *v, const ex_vote *w)
{
    if (w->span.start < v->span.end || w->span.start - v->span.end > 160 || v->for_ == EX_NULLNUM
        || (v->against == EX_NULLNUM && v->abstention == EX_NULLNUM) || v->for_ != w->for_
        || v->against != w->against || v->abstention != w->abstention || v->not_voting != w->not_voting
        || v->unanimous != w->unanimous)
        return false;
    const char *s = c->text.s;
    bool word = false;
    for (size_t q = v->span.end; q < w->span.start; q++) {
        if (s[q] == '.' || s[q] == ';' || s[q] == ':' || (s[q] >= '0' && s[q] <= '9'))
            return false;
        word |= (s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z';
    }
    return word;
}

/* a roll call "Ont voté pour (15) : Mme A, M. B, … / Ont voté contre
   (8) : … / Se sont abstenus (2) : …" (v, opening with "Ont voté" or
   "Se sont abstenus") and the sentence that states the same counts
   ("par 15 voix pour, 8 voix contre et 2 abstentions"; w, after or
   before it) are one vote: the same for, against and abstention (two
   of them printed), at most 300 bytes apart, no item heading between;
   true when v is the roll call (the other keeps its span) */
static bool roll_call(const char *s, const ex_vote *v)
{
    size_t n = v->span.end - v->span.start;
    const char *p = s + v->span.start;
    return n > 12 && (ex_match_fold(p, n, "ont vote ") || ex_match_fold(p, n, "se sont abstenu"));
}

static bool roll_call_pair(const ex_call *c, const ex_vote *v, const ex_vote *w)
{
    if (w->span.start < v->span.end || w->span.start - v->span.end > 300 || v->for_ == EX_NULLNUM
        || (v->against == EX_NULLNUM && v->abstention == EX_NULLNUM) || v->for_ != w->for_
        || v->against != w->against || v->abstention != w->abstention || v->unanimous || w->unanimous)
        return false;
    const char *s = c->text.s;
    if (roll_call(s, v) == roll_call(s, w))
        return false;
    return !item_between(c, v->span.end, w->span.start);
}

/* the line at or after p opening with the item number n and ".", ")"
   or a dash ("1. Approbation …", "2) Budget", "3 – Tarifs"; OCR ":" or
   "," for the full stop), before
   lim: its start, SIZE_MAX when none */
static size_t item_heading(const char *s, size_t p, size_t lim, long n)
{
    char num[8];
    int w = snprintf(num, sizeof num, "%ld", n);
    for (size_t q = p; q < lim; q++) {
        if (q > p && s[q - 1] != '\n')
            continue;
        size_t r = q;
        while (r < lim && is_blank(s[r]))
            r++;
        if (w <= 0 || r + (size_t)w + 2 > lim || memcmp(s + r, num, (size_t)w) != 0)
            continue;
        r += (size_t)w;
        /* (OCR: "1:", "3," for "1.", "3.") */
        if (s[r] == '.' || s[r] == ')' || s[r] == ':' || s[r] == ',')
            r++;
        else if (is_blank(s[r]) && (s[r + 1] == '-' || (r + 3 < lim && (unsigned char)s[r + 1] == 0xE2)))
            r += 2;
        else
            continue;
        if (r < lim && (s[r] == ' ' || s[r] == '\t'))
            return q;
    }
    return SIZE_MAX;
}

/* a word of five letters at least of [oa, ob) (folded) is a word of
   [a, b) too */
static bool shared_word(const char *s, size_t oa, size_t ob, size_t a, size_t b)
{
    char w[32], v[32];
    for (size_t q = oa; q < ob;) {
        size_t n = ex_num_fold_word(s + q, ob - q, w, sizeof w);
        if (!n) {
            q++;
            continue;
        }
        q += n;
        if (strlen(w) < 5)
            continue;
        for (size_t r = a; r < b;) {
            size_t m = (r == a || !ex_num_is_letter(s + r - 1, 1)) ? ex_num_fold_word(s + r, b - r, v, sizeof v) : 0;
            if (!m) {
                r++;
                continue;
            }
            r += m;
            if (!strcmp(w, v))
                return true;
        }
    }
    return false;
}

/* A table of items (item_table()) gives each item's vote: the item's
   bare result in the body ("1. Approbation du procès-verbal …" /
   "Adopté.") is the same vote, not another.  The item: the last line
   before the table opening with the row's number ("1.", "2)"), whose
   heading (two lines) shares a word with the row's object, up to the
   line opening with the next number or the table; its results are
   dropped when it prints no count and no unanimity. */
static void drop_recapped(const ex_call *c, const ex_document *d, part_vec *pv)
{
    const char *s = c->text.s;
    bool any = false;
    for (size_t i = 0; i < pv->n && !any; i++)
        any = pv->v[i].row != 0;
    if (!any)
        return;
    for (size_t i = 0; i < pv->n; i++) {
        const part *r = &pv->v[i];
        if (!r->row || r->kind != V_FOR || r->item < 0 || (i > 0 && pv->v[i - 1].row == r->row))
            continue;
        size_t h = SIZE_MAX;
        for (size_t q = d->span.start, f; q < r->tstart && (f = item_heading(s, q, r->tstart, r->item)) != SIZE_MAX;
             q = f + 1)
            h = f;
        if (h == SIZE_MAX)
            continue;
        size_t he = h;
        for (int k = 0; k < 2 && he < r->tstart; k++) {
            while (he < r->tstart && s[he] != '\n')
                he++;
            if (k == 0 && he < r->tstart)
                he++;
        }
        if (!shared_word(s, r->oa, r->ob, h, he))
            continue;
        size_t ie = item_heading(s, h + 1, r->tstart, r->item + 1);
        if (ie == SIZE_MAX)
            ie = r->tstart;
        bool counted = false;
        for (size_t k = 0; k < pv->n; k++) {
            const part *y = &pv->v[k];
            if (!y->row && y->a >= h && y->a < ie && y->kind != V_ADOPT && y->kind != V_REJECT && y->kind
                && (y->val != EX_NULLNUM || y->kind == V_UNAN || y->kind == V_PAR))
                counted = true;
        }
        for (size_t k = i; k < pv->n && pv->v[k].row == r->row; k++)
            pv->v[k].hpos = h + 1;
        if (counted)
            continue;
        for (size_t k = 0; k < pv->n; k++) {
            part *y = &pv->v[k];
            if (!y->row && y->a >= h && y->a < ie && (y->kind == V_ADOPT || y->kind == V_REJECT))
                y->kind = 0;
        }
    }
    size_t w = 0;
    for (size_t i = 0; i < pv->n; i++)
        if (pv->v[i].kind)
            pv->v[w++] = pv->v[i];
    pv->n = w;
}

bool ex_votes_fill(ex_call *c, ex_document *d)
{
    if (!c->eng->votes || d->span.end <= d->span.start)
        return true;
    part_vec pv = {0};
    if (!find_parts(c, d, &pv))
        goto fail;
    drop_recapped(c, d, &pv);
    size_t i = 0;
    /* the last vote when it is a lone unanimity, and that part's end */
    size_t unan_vote = SIZE_MAX, unan_end = 0;
    while (i < pv.n) {
        /* "M. X quitte la salle et ne prend pas part au vote." before the
           vote: context, not part of the statement; but when the tally
           or the result follows it closely ("M. X, président de
           l'association, ne prend pas part au vote." / "Adopté par 25 voix
           pour et 3 voix contre."), it is this vote's not_voting */
        if (pv.v[i].named) {
            int k = i + 1 < pv.n ? pv.v[i + 1].kind : 0;
            /* also a tally opening with its voters ("... ne prend pas part
               au vote." / "Votants : 17 – Pour : 16 – Contre : 0"): the
               "Votants" part then its "Pour" close after it, not a
               count line of the session alone */
            bool votants = k == V_VOTANTS && i + 2 < pv.n
                           && (pv.v[i + 2].kind == V_FOR || pv.v[i + 2].kind == V_PAR)
                           && !pv.v[i + 2].named && close_parts(c, pv.v[i + 1].b, pv.v[i + 2].a);
            if (!((k == V_FOR || k == V_PAR || k == V_UNAN || k == V_ADOPT || k == V_REJECT || votants)
                  && !pv.v[i + 1].named && close_parts(c, pv.v[i].b, pv.v[i + 1].a))) {
                i++;
                continue;
            }
        }
        size_t j = i + 1;
        bool seen_for = pv.v[i].kind == V_FOR || pv.v[i].kind == V_PAR;
        bool seen_unan = pv.v[i].kind == V_UNAN;
        bool seen_res = pv.v[i].kind == V_ADOPT || pv.v[i].kind == V_REJECT;
        bool seen_group = pv.v[i].kind == V_GROUP;
        /* a part counted from the persons named before it ("M. X et Mme
           Y, membres du bureau de ..., ne prennent pas part au vote")
           starts with those names */
        while (j < pv.n
               && ((j == i + 1 && nppv_label_before(c, &pv.v[i], &pv.v[j]))
                   || (close_parts(c, pv.v[j - 1].b, pv.v[j].named ? pv.v[j].pa : pv.v[j].a)
                       && !(pv.v[j].named && item_between(c, pv.v[j - 1].b, pv.v[j].a)))
                   || (pv.v[j - 1].kind == V_GROUP && group_gap(c, pv.v[j - 1].b, pv.v[j].named ? pv.v[j].pa : pv.v[j].a)))) {
            int k = pv.v[j].kind;
            bool is_for = k == V_FOR || k == V_PAR;
            /* a row of a table of items is a vote of its own */
            if (pv.v[j].row != pv.v[j - 1].row)
                break;
            /* a second tally or a second result starts another vote (not
               the groups of the tally's sides: "Pour : 35 – Contre : 8"
               / "Ont voté pour : groupe A ; groupe B") */
            bool side_groups = (k == V_FOR || k == V_AGAINST || k == V_ABST) && pv.v[j].val == EX_NULLNUM
                               && pv.v[j].gb > pv.v[j].ga;
            if ((is_for && seen_for && !side_groups) || (k == V_UNAN && seen_unan)
                || ((k == V_ADOPT || k == V_REJECT) && seen_res))
                break;
            /* group lines again after the tally: the next vote's */
            if (k == V_GROUP && seen_group && pv.v[j - 1].kind != V_GROUP && (seen_for || seen_unan || seen_res))
                break;
            seen_group |= k == V_GROUP;
            seen_for |= is_for;
            seen_unan |= k == V_UNAN;
            seen_res |= k == V_ADOPT || k == V_REJECT;
            j++;
        }
        /* the named sentence before a tally that prints its own count of
           members not voting ("Ne prennent pas part au vote : 2") stays
           context: the count is the vote's */
        size_t i0 = i;
        for (size_t k = i + 1; pv.v[i].named && k < j; k++)
            if (pv.v[k].kind == V_NPPV && !pv.v[k].named)
                i0 = i + 1;
        size_t n0 = d->votes.n;
        if (!make_vote(c, d, pv.v, i0, j))
            goto fail;
        /* the label "Ne prend pas part au vote : M. X" before the item's
           text (not right before the tally) is context: the vote's span
           opens at its tally */
        if (d->votes.n == n0 + 1 && j > i0 + 1 && nppv_label_before(c, &pv.v[i0], &pv.v[i0 + 1])
            && !close_parts(c, pv.v[i0].b, pv.v[i0 + 1].a))
            d->votes.v[n0].span.start = pv.v[i0 + 1].a;
        if (d->votes.n == n0 + 1) {
            if (unan_vote != SIZE_MAX && unan_vote + 1 == n0 && unan_tally(c, unan_end, pv.v[i0].a, &d->votes.v[n0])) {
                /* one vote: the tally's counts, the sentence's unanimity */
                d->votes.v[n0].unanimous = true;
                d->votes.v[n0 - 1] = d->votes.v[n0];
                d->votes.n--;
            }
            else if (n0 > 0 && repeated_tally(c, &d->votes.v[n0 - 1], &d->votes.v[n0])) {
                /* one vote: the first print's span, the result said by either */
                if (d->votes.v[n0 - 1].result == EX_RESULT_NULL)
                    d->votes.v[n0 - 1].result = d->votes.v[n0].result;
                d->votes.n--;
            }
            else if (n0 > 0 && roll_call_pair(c, &d->votes.v[n0 - 1], &d->votes.v[n0])) {
                /* one vote: the count sentence's span, the result and
                   the members not voting said by either */
                ex_vote *v = &d->votes.v[n0 - 1], *w = &d->votes.v[n0];
                ex_vote *keep = roll_call(c->text.s, v) ? w : v, *other = keep == v ? w : v;
                if (keep->result == EX_RESULT_NULL)
                    keep->result = other->result;
                if (keep->not_voting == EX_NULLNUM)
                    keep->not_voting = other->not_voting;
                if (keep->for_groups.n == 0) {
                    ex_str_vec g = keep->for_groups;
                    keep->for_groups = other->for_groups;
                    other->for_groups = g;
                }
                ex_vec_free(c->alloc, &other->for_groups);
                if (keep == w)
                    *v = *w;
                d->votes.n--;
            }
            unan_vote = SIZE_MAX;
            if (j == i0 + 1 && pv.v[i0].kind == V_UNAN && !pv.v[i0].named) {
                unan_vote = d->votes.n - 1;
                unan_end = pv.v[i0].b;
            }
        }
        i = j;
    }
    bool ok = copy_to_items(c, d, &pv);
    ex_vec_free(c->alloc, &pv);
    return ok && !c->oom;
fail:
    ex_vec_free(c->alloc, &pv);
    c->oom = true;
    return false;
}
