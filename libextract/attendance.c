/*
 * attendance.c - stage attendance: present, excused, absent, proxies,
 * counts, president and secretary of the session.
 *
 * One combined pattern finds the labels of a document ("Étaient
 * présents :", "Absents excusés ayant donné pouvoir :", "Pouvoirs :",
 * "En exercice : 15", "sous la présidence de", "Secrétaire de séance :",
 * "X a été désigné(e) secrétaire de séance"...); the kind of each label
 * is told by a (*MARK).  Labels are written as folded keys (lower-case
 * ASCII) and expanded at init into accent- and OCR-tolerant classes
 * (é/è/ê/e, o/0, l/1/I), so "Etaient presents", "Excuse(s)", "Absént"
 * match the same entries.
 *
 * A list runs from its label to the next label of the same column (or
 * the list's own end: a sentence or a blank line followed by non-names,
 * see persons.c).  Two-column layouts (counts on the left, lists on the
 * right on the same lines) are read column by column: a label that
 * follows a run of 3+ blanks, or starts an indented line, reads its
 * continuation lines from its own column only.
 *
 * Counts are the printed numbers, in digits (OCR O/0, l/1 read back) or
 * in words (ex_number_words: "Présents : quinze", "dix-neuf conseillers
 * en exercice", "Le conseil municipal, composé de vingt-trois membres"),
 * never computed.  "Quorum : 27" goes to the extra key counts.quorum.
 *
 * Diagnostics (severity "warning"; span: the printed counts concerned,
 * label to number; never a change to a printed number):
 *
 *   code                               when
 *   attendance.present_exceeds_office  present > in_office
 *   attendance.count_mismatch          present + represented > in_office
 *                                      (present itself <= in_office)
 *   attendance.voting_mismatch         present + represented != voting
 *                                      (no represented printed: present
 *                                      > voting)
 *   attendance.present_list            the present list has names, and
 *                                      not as many as "Présents : N"
 *   attendance.proxies_list            proxies are listed, and not as
 *                                      many as the represented count
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    K_PRESENT = 1, K_SUBST, K_EXCUSED, K_EXC_PROXY, K_ABSENT, K_ABS_PROXY,
    K_ADV_PRESENT, K_ADV_EXCUSED, K_PROXY, K_REPR, K_INOFFICE, K_VOTING,
    K_SECRETARY, K_PRESIDENT, K_PRESIDENCE, K_DESIGNE, K_NUM_INOFFICE,
    K_QUORUM, K_COMPOSED, K_DATELABEL, K_OPENS
};


/* the plural and feminine marks of a label word, repeated ("Absent(e)s",
   "Présent(es)", "Excusé(e)(s)"; OCR reads the closing bracket as a
   brace: "Absent(e}s"); written as few alternatives as the label-set
   scan allows (no classes): the JIT tries each of them after the word
   of every label alternative it runs (2.9 instructions per input byte
   for the nine alternatives spelled out) */
#define PL "(?:e|s|\\((?:es?|s)(?:\\)|\\}))*"
/* the nouns of an assembly's members, plural (PRE) */
#define MEMBERS "(?:membres|conseillers|conseilleres|delegues|elus)"
#define PRE "(?:(?:etaient|etait|sont|" MEMBERS \
    "(?: titulaires| municipaux| communautaires| departementaux| regionaux" \
    "| du bureau(?: communautaire| syndical)?)?) )?"
/* the auxiliary may be misread by OCR ("dant donné délégation"): any
   short word before "donné pouvoir|procuration|délégation" */
#define GAVE "(?:et )?(?:ayant|avaient|avait|ont|qui ont|\\p{L}{2,7}) donne (?:pouvoir|procuration|delegation)(?: de vote)?"

/* the mark of a branch of a label of kind 0 (see ex_rxset_build()) */
#define MARK(k) "(*MARK:" #k ")"
_Static_assert(K_PRESENT == 1 && K_EXCUSED == 3 && K_EXC_PROXY == 4 && K_ABSENT == 5
                   && K_ABS_PROXY == 6 && K_ADV_EXCUSED == 8,
               "MARK() numbers");

/* Label keys (folded); the order matters: the longest reading first. */
static const ex_pattern labels[] = {
    /* "Étaient présents, sans voix délibérative :" (before the present
       labels below, which read its start; it matches nowhere one of
       the others behind PRE does: moved before them) */
    {K_ADV_PRESENT, "(?:etai(?:en)?t )?(?:egalement )?present" PL "(?: egalement)?,? "
                    "(?:sans voix\\.? deliberative|avec voix\\.? consultative)"},
    /* The labels read behind PRE (an optional word: "Étaient",
       "Membres du bureau", ...), each ending with its own mark
       (kind 0): PRE is matched once for all of them (PRE X | PRE Y as
       PRE (?:X|Y), the same first match: PRE ends with a blank and its
       words start with none of "absent", "excuse", "non", "present",
       nor does one of them and a longer one before such a word, so
       only one way through PRE may be followed by any of them).  The
       order of the alternatives is kept but for pairs that never both
       match at one place (the ones moved start with other words).
       "Excusé(s) sans voix délibérative :" ("voix. délibérative": a
       full stop OCR put after "voix", here and below); "Excusé avec
       voix consultative :" (a member with an advisory voice, excused);
       "Absents sans voix délibérative :" (after the labels with
       "excuse" where it was: each of those reads "excuse" where it
       reads "sans"); "Absents excusés ayant donné pouvoir :",
       "Étaient excusés et avaient donné pouvoir :"; "Excusés
       représentés :", "Membres excusés et représentés :"; "Absents
       excusés :", "Excusé(s) :"; "Absents ayant donné procuration :";
       "Absents représentés :"; "Absent(s) :", "Absents non excusés :";
       "Étaient présents :", "Présents : 12", "Membres présents :",
       "Administrateurs présents avec voix délibérative :", "Présents à
       l'ouverture : 15", "Présents à l'ouverture de la séance :" (the
       count at the opening; arrivals come later), "Délégués présents
       ou suppléés : 14" (a substitute sitting is present): "present"
       PL once for these four (the same first match: the three tails
       start with a comma, a blank or "a", "o", which PL cannot read,
       so they match only after the longest PL; the empty tail is tried
       there first too); "(?:absent PL )?excuse PL" once for its five
       tails the same way (four start with a comma or a blank, the last
       is empty; "absent PL " reads a blank only after its longest PL,
       and "Absents sans voix" moved after them matches where none of
       them does); "Excusés / Pouvoirs :", "Excusés et pouvoirs :",
       "Excusés & procurations :" are excused with their proxies (each
       entry with its proxy when it has one: "M. X (pouvoir à M. Y)"),
       not a label "Pouvoirs :"; OCR reads the "c" of "excusés" as an "e" ("Absents
       exeusés :", "Exeusés : M. X"): "exeuse" is read as "excuse"
       (no French word) */
    {0, PRE "(?:(?:absent" PL " )?(?:excuse|exeuse)" PL "(?:,? sans voix\\.? deliberative" MARK(8)
            "|,? avec voix\\.? consultative" MARK(8)
            "|,? " GAVE MARK(4)
            "|,? (?:et )?represente" PL MARK(4)
            "| ?(?:/|&|et|ou) (?:pouvoir|procuration)s?" MARK(3)
            "|" MARK(3) ")"
            "|absent" PL ",? sans voix\\.? deliberative" MARK(8)
            "|(?:absent" PL "|non present" PL "),? " GAVE MARK(6)
            "|absent" PL ",? represente" PL MARK(6)
            "|absent" PL "(?: non excuse" PL ")?" MARK(5)
            "|present" PL "(?:,? (?:avec|ayant)(?: |-)voix\\.? deliberative"
            "| a l'ouverture(?: de (?:la )?seance)?| ou supplee" PL "|)" MARK(1) ")"},
    /* "Assistaient également, sans voix délibérative :", "Assistaient
       également à la réunion, sans voix délibérative :", "Assistaient
       également à la séance :" (these four,
       "S'étaient fait excuser" and "Délégués suppléants" match nowhere
       one of the labels above does: moved after them) */
    {K_ADV_PRESENT, "(?:assistai(?:en)?t|assistant|assistent|participai(?:en)?t)(?: egalement)?,? "
                    "(?:a (?:la|cette) (?:seance|reunion),? )?(?:sans voix\\.? deliberative|avec voix\\.? consultative)"},
    {K_ADV_PRESENT, "(?:assistai(?:en)?t|assistant|assistent) egalement(?: a (?:la|cette) (?:seance|reunion))?"},
    /* "Participaient à titre consultatif :" */
    {K_ADV_PRESENT, "(?:assistai(?:en)?t|assistant|assistent|participai(?:en)?t|participant|participent)"
                    "(?: egalement)?,? a titre consultatif"},
    {K_ADV_PRESENT, "(?:etai(?:en)?t )?egalement present" PL},
    /* "S'étaient fait excuser :" */
    {K_EXCUSED, "s'etai(?:en)?t fait(?:e|s|es)? excuser"},
    /* "Délégués suppléants :", "Délégués suppléants présents :"; a
       substitute sitting is present: "Délégués suppléants siégeant avec
       voix délibérative :", "Suppléants siégeant :", "Délégués suppléants
       présents avec voix délibérative :", "… siégeant en remplacement
       d'un titulaire :" (not "suppléants non siégeant", "sans voix
       délibérative": no colon after the label, as "Délégués suppléants"
       before them) */
    {K_SUBST, "(?:delegue" PL " )?suppleant" PL "(?: present" PL ")?(?: siegeant"
              "(?: en remplacement d(?:'une?|es?) (?:titulaire|delegue)" PL "(?: absent" PL ")?)?)?"
              "(?:,? (?:avec|ayant) voix\\.? deliberative)?"},
    /* "Délégués titulaires siégeant :", "Délégués siégeant avec voix
       délibérative :" */
    {K_PRESENT, "delegue" PL "(?: titulaire" PL ")? siegeant(?:,? (?:avec|ayant) voix\\.? deliberative)?"},
    /* OCR "Pros." for "Présents :" (checked in C: opening its line, then
       a civility: ". Pros. Mme Véronique BRÉMAUD, M. ...") */
    {K_PRESENT, "pros"},
    {K_PRESENT, "(?:nombre|nbre|nb\\.?) (?:de )?present" PL},
    /* "Pouvoirs : 5", "Pouvoirs :", "Procurations :", "Nombre de
       pouvoirs : 3" (read whole: "Nombre depouvoirs:3", OCR) */
    {K_PROXY, "(?:(?:nombre|nbre|nb\\.?) (?:de )?)?(?:pouvoir|procuration|delegation|mandat)s?(?: de vote)?(?: donne" PL "| recu" PL ")?"},
    /* "Représentés : 2", "Administrateur représenté : Mme X (pouvoir à
       M. Y)" */
    {K_REPR, "(?:nombre de )?(?:(?:" MEMBERS "|membre|conseiller|conseillere|delegue|elu"
             "|administrateurs?|administratrices?) )?represente" PL},
    /* The counts of members in office, behind one optional "Nombre
       de" (NB "(?:de |d')?": read once for the eight, the same first
       match: after it comes a letter, and no text is read by two ways
       through NB, or by NB and a word after it).  "Nombre de
       conseillers en exercice : 33", "En exercice : 15", OCR "Délégués
       en-exercice : 8" (a hyphen for the blank); "Conseillers en
       fonction : 15" (Alsace-Moselle); "Membres du Bureau : 10",
       "Nombre de membres du bureau : 10": the bureau's members are its
       members in office ("Membres du Bureau présents : M. X" is
       K_PRESENT above; a list of names after it is no count and stays
       out); "Membres du comité de direction : 12", "Membres du comité
       syndical : 20", "Membres du conseil d'administration : 15" (the
       same for the assembly's other names); "Nombre de membres
       composant le conseil d'administration : 24", "Membres composant
       le comité syndical : 18"; "Membres à voix délibérative : 15" (a
       conseil de surveillance's voting members; "Membres présents avec
       voix délibérative :" is K_PRESENT above); "Membres de la
       commission : 12", "Membres de la commission (un représentant par
       commune) : 12"; the members of the other bodies ("Membres de la
       commission syndicale : 6", "Membres du conseil municipal : 19":
       a known body's name only, and before a colon, see find_labels());
       "en fonction : 22" alone (a Moselle margin box whose "Nombre de
       conseillers" heads "élus", "en fonction", "présents"; before a
       colon too) */
    {K_INOFFICE, "(?:(?:nombre|nbre|nb\\.?) (?:de |d')?)?"
                 "(?:(?:(?:conseillers|membres|delegues|elus)(?: municipaux"
                 "| communautaires| departementaux| regionaux| titulaires)? )?en(?:(?: |-)exercice| fonction)"
                 "|membres (?:du (?:bureau|comite|conseil)|de la commission)(?: syndicale?| communautaire"
                 "| municipal| metropolitain| departemental| regional| permanente| de direction| directeur"
                 "| d'administration| d'exploitation| de surveillance)?"
                 "|membres composant (?:le |la |l')?(?:conseil|comite|bureau"
                 "|assemblee|commission)(?: d'administration| municipal| syndical| communautaire| de direction"
                 "| departemental| regional| permanente)?"
                 "|membres (?:a|avec|ayant) voix\\.? deliberative)"},
    /* "Quorum : 27" (extra key) */
    {K_QUORUM, "quorum(?: requis)?"},
    /* "Date de convocation :", "Date d'affichage :" (a header column
       beside the lists: cut out of a list that OCR flattened into it) */
    {K_DATELABEL, "date (?:de (?:la )?convocation|d'affichage|de publication|d'envoi|de transmission)"},
    /* "Le conseil municipal, composé de vingt-trois membres" */
    {K_COMPOSED, "compose(?:e)? de"},
    /* "Votants : 14" */
    {K_VOTING, "(?:(?:nombre|nbre|nb\\.?) (?:de )?)?votants"},
    /* the old register form's line "Nombre de membres qui ont pris part
       à la délibération …. 10", "Membres ayant pris part au vote : 10"
       (the members who voted; not "n'ayant pas pris part au vote"); the
       printed form's "Qui ont pris part à la délibération : 17",
       "Ayant pris part au vote : 17" (no subject: a label opening its
       line or column, before a colon, checked in find_labels()) and its
       two lines "Qui ont pris part" / "à la délibération : 17" (the
       second line's words read in C, vote_label_tail()) */
    {K_VOTING, "(?:(?:(?:nombre|nbre|nb\\.?) (?:de )?)?(?:membres|conseillers) )?"
               "(?:qui ont|ayant) pris part(?: (?:a la deliberation|au vote))?"},
    /* "M. X a été désigné(e) secrétaire de séance" */
    {K_DESIGNE, "(?:a ete |est |ont ete |sont )?(?:designe|elu|nomme|choisi)" PL
                " (?:pour remplir les fonctions de |comme |en qualite de |pour )?secretaire"},
    /* "Secrétaire de séance :", "Secrétaire :" */
    {K_SECRETARY, "secretaire(?: de (?:la )?seance)?"},
    /* "Président de séance :" */
    {K_PRESIDENT, "president" PL " de (?:la )?seance"},
    /* "M. X, Président, ouvre la séance à 18 h 30" (the person before) */
    {K_OPENS, "(?:(?:president|presidente|maire)(?: de (?:la )?seance)?,? )?ouvre la seance"},
    /* "sous la présidence de", "PRESIDENCE DE", "présidée par" (OCR: a
       speck after the noun, "présidence. de") */
    {K_PRESIDENCE, "(?:sous )?(?:la )?presidence\\.? d(?:e|u)"},
    {K_PRESIDENCE, "preside" PL " par"},
    /* "Présidence : M. X, Maire" (a label of the session block) */
    {K_PRESIDENT, "presidence"},
    /* "33 conseillers en exercice" (on one line: not "n° 1\n\nMembres
       en exercice : 23") */
    {K_NUM_INOFFICE, "\\d{1,3}\\h+(?:conseillers|membres|delegues|elus)(?: municipaux| communautaires"
                     "| departementaux| regionaux)? en exercice"},
};
#define NLABELS (sizeof labels / sizeof labels[0])

/* The labels' keywords (see ex_rxset in internal.h): every label
   contains one of them, and at most a bounded number of letters and
   digits before it (the longest: "nombre de conseillers communautaires
   en exercice", 35).  ex_rxset_build() checks both facts on each label
   above and fails (no engine) when a label breaks them: a new label
   needs its keyword here ("presidence" is read by "preside", "compose"
   and "composant" by "compos", "Membres du conseil d'administration"
   by "membres": "conseil", a key in nearly every text, cost 5
   instructions a byte; at most 32 keys, EX_RXSET_MAXKEYS). */
static const char label_keys[] =
    "absent|excuse|assist|particip|present|deleg|suppleant|pouvoir|procuration|mandat"
    "|represente|exercice|quorum|date|compos|votants|designe|elu|nomme|choisi|secretaire"
    "|preside|ouvre|bureau|comite|membres|commission|deliberative|fonction|pros|pris|exeuse";

#define PRE_RX "(?i)(?<![\\p{L}\\p{N}])(?:"
#define POST_RX ")(?![\\p{L}])"

typedef struct att_engine {
    ex_rxset rx;            /* the labels (first member: tests/test_rxset.c) */
} att_engine;

bool ex_attendance_init(extract_engine *e)
{
    att_engine *ae = ex_malloc(&e->alloc, sizeof *ae);
    /* (PRE, read once, is written in place: no call) */
    static const char *const shared[] = {GAVE, PL, NULL};
    if (!ae || !ex_rxset_build(e, PRE_RX, POST_RX, labels, NLABELS, label_keys, shared, &ae->rx)) {
        ex_free(&e->alloc, ae);
        return false;
    }
    e->attendance = ae;
    return true;
}

void ex_attendance_free(extract_engine *e)
{
    att_engine *ae = e->attendance;
    if (!ae)
        return;
    ex_rxset_free(e, &ae->rx);
    ex_free(&e->alloc, ae);
    e->attendance = NULL;
}

/* ------------------------------------------------------------------ */

typedef struct label {
    int kind;
    size_t a, b;        /* the label */
    size_t after;       /* after the colon (or b) */
    bool colon;
    bool right;         /* in a right column */
    bool bounds;        /* a real label: ends the list before it */
    size_t cut;         /* a count inside a list's lines: its end (else 0) */
    size_t col;         /* column of the label start (characters) */
    size_t pa, pb;      /* "Présents (18) :": the count in brackets (else pa == pb) */
    int table;          /* a column header of a table of lists (list_table):
                           1, 2 for the line's first header */
    bool sec;           /* a secretary label with its colon (kind -1 once read) */
    bool orrepr;        /* "présents ou représentés :": a giver is not present */
    size_t ca, cb;      /* a label cut onto the next line of its column: that
                           line's cell ("procuration :") to skip (else ca == cb) */
} label;
typedef EX_VEC(label) label_vec;
typedef EX_VEC(ex_span) span_vec;

static size_t col_of(const char *s, size_t ls, size_t p)
{
    size_t n = 0, q = ls;
#ifdef EX_SIMD
    /* sixteen bytes at a time: a continuation byte (0x80-0xBF) is a
       signed byte below -64; the others each start a character */
    const __m128i lim = _mm_set1_epi8(-64);
    for (; q < p && p - q >= 16; q += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + q));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, lim));
        n += 16 - (size_t)__builtin_popcount(m);
    }
#endif
    for (; q < p; q++)
        if (((unsigned char)s[q] & 0xC0) != 0x80)
            n++;
    return n;
}

/* view offset of column col on line [ls, le) (or le) */
static size_t off_of_col(const char *s, size_t ls, size_t le, size_t col)
{
    size_t n = 0, q = ls;
    while (q < le && n < col) {
        q++;
        while (q < le && ((unsigned char)s[q] & 0xC0) == 0x80)
            q++;
        n++;
    }
    return q;
}

/* the printed count at p: digits (OCR O/o -> 0, l/I/| -> 1) or words */
static bool parse_count(ex_call *c, size_t p, size_t lim, long *val, size_t *end)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || s[p] == ':' || s[p] == '='))
        p++;
    /* OCR: a quote speck glued before the digits ("PRESENTS ‘38") */
    if (p + 3 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
        && ((unsigned char)s[p + 2] == 0x98 || (unsigned char)s[p + 2] == 0x99) && s[p + 3] >= '0' && s[p + 3] <= '9')
        p += 3;
    size_t q = p;
    long v = 0;
    int digits = 0, n = 0;
    while (q < lim && n < 4) {
        /* the shared digit reader: O o -> 0, l I | -> 1; and, after a
           digit, Q -> 0 ("en exercice : 4Q—", OCR) */
        int d = ex_num_digit(s[q], true);
        if (d < 0 && s[q] == 'Q' && digits)
            d = 0;
        if (d < 0)
            break;
        digits += s[q] >= '0' && s[q] <= '9';
        v = v * 10 + d;
        n++;
        q++;
    }
    if (n && digits) {
        /* followed by a non-letter */
        unsigned char nx = q < lim ? (unsigned char)s[q] : ' ';
        /* a letter (not a dash: "8— Contre", OCR) or a digit goes on the word */
        if (!((q < lim && ex_num_is_letter(s + q, lim - q)) || (nx >= '0' && nx <= '9'))) {
            *val = v;
            *end = q;
            return true;
        }
        return false;
    }
    size_t used = 0;
    long long w = ex_number_words(s + p, lim - p, &used);
    if (w >= 0 && used > 0 && w < 100000) {
        *val = (long)w;
        *end = p + used;
        while (*end > p && (is_blank(s[*end - 1]) || is_nl(s[*end - 1]) || s[*end - 1] == '-'))
            (*end)--;
        return true;
    }
    return false;
}

/* the width of a dash at p: "-" 1, "–" "—" 3, else 0 */
static size_t dash_width(const char *s, size_t p, size_t lim)
{
    if (p < lim && s[p] == '-')
        return 1;
    if (p + 3 <= lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
        && ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94))
        return 3;
    return 0;
}

/* OCR: the colon after a count label read as a dash, the label at b
   opening its line or after a dash: "Membres en exercice - 23 - Présents
   : 18", "… en exercice - 23" at the line end.  A dash between blanks,
   a count of one to three digits, then a dash (blanks before it) or the
   line end; not "Membres en exercice - Liste", not a year ("- 2025") or
   a date ("- 12 juin").  The count's value and its end. */
static bool dash_count(ex_call *c, size_t a, size_t b, size_t lim, long *val, size_t *end)
{
    const char *s = c->text.s;
    if (b >= lim || !is_blank(s[b]))
        return false;
    size_t p = b, w;
    while (p < lim && is_blank(s[p]))
        p++;
    if (!(w = dash_width(s, p, lim)) || p + w >= lim || !is_blank(s[p + w]))
        return false;
    p += w;
    while (p < lim && is_blank(s[p]))
        p++;
    if (p >= lim || s[p] < '0' || s[p] > '9')
        return false;
    long v;
    size_t e;
    if (!parse_count(c, p, lim, &v, &e) || e - p > 3)
        return false;
    size_t r = e;
    while (r < lim && is_blank(s[r]))
        r++;
    if (r < lim && !is_nl(s[r]) && !dash_width(s, r, lim))
        return false;
    /* the label opens its line, or a dash stands before it */
    const ex_text *t = &c->text;
    size_t ls = t->lines[ex_line_at(t, a)].start, q = a;
    while (q > ls && is_blank(s[q - 1]))
        q--;
    if (q > ls && s[q - 1] != '-' && !(q >= ls + 3 && dash_width(s, q - 3, q) == 3))
        return false;
    *val = v;
    *end = e;
    return true;
}

/* OCR: a speck between a count label (its colon) and the count,
   "Présents :. 15", "Présents : ‘ 15", "Présents . 16": one mark of
   . , ; _ ' ‘ ’ at p (blanks around it), then the digits; for a label
   with no colon (need_blank) a blank before the mark (not "présents.
   12", a sentence's end).  The count's value and its end. */
static bool speck_count(ex_call *c, size_t p, size_t lim, bool need_blank, long *val, size_t *end)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (need_blank && q == p)
        return false;
    size_t k = speck_len(s, q, lim);
    if (!k)
        return false;
    q += k;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q >= lim || s[q] < '0' || s[q] > '9')
        return false;
    return parse_count(c, q, lim, val, end);
}

static bool word_byte(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
}

/* a count in words printed just before the label at a ("dix-neuf
   conseillers en exercice"): the longest run of number words that ends
   at a (blanks apart), at most 8 words back, within [lo, a) */
static bool count_before(ex_call *c, size_t lo, size_t a, long *val, size_t *start)
{
    const char *s = c->text.s;
    size_t e = a;
    while (e > lo && is_blank(s[e - 1]))
        e--;
    if (e == a || e == lo)
        return false;
    if (s[e - 1] >= '0' && s[e - 1] <= '9') {
        /* "15 présents" */
        size_t q = e;
        while (q > lo && e - q < 3 && s[q - 1] >= '0' && s[q - 1] <= '9')
            q--;    /* at most 3 digits: not "2024 présentée" */
        if (q > lo && (word_byte((unsigned char)s[q - 1]) || (s[q - 1] >= '0' && s[q - 1] <= '9')
                       || s[q - 1] == ',' || s[q - 1] == '.' || s[q - 1] == '/'))
            return false;
        /* "Amendement n° 1 présenté par M. X": a number after its sign
           ("n°", "N°", "nº") numbers an item, it counts no one */
        size_t r = q;
        while (r > lo && is_blank(s[r - 1]))
            r--;
        if (r >= lo + 2 && (unsigned char)s[r - 2] == 0xC2 && ((unsigned char)s[r - 1] == 0xB0 || (unsigned char)s[r - 1] == 0xBA))
            return false;
        *val = (long)ex_num_int(s, q, e, false);
        *start = q;
        return true;
    }
    if (!word_byte((unsigned char)s[e - 1]))
        return false;
    size_t q = e;
    bool found = false;
    for (int words = 0; words < 8 && q > lo; words++) {
        /* back to the start of this word */
        while (q > lo && word_byte((unsigned char)s[q - 1]))
            q--;
        size_t used = 0;
        long long w = ex_number_words(s + q, e - q, &used);
        if (w >= 0 && w < 100000 && q + used >= e) {
            *val = (long)w;
            *start = q;
            found = true;     /* go on: "vingt et un" is read from "un" on */
        }
        /* the separator before: blanks or a hyphen, one line break */
        size_t r = q;
        while (r > lo && (is_blank(s[r - 1]) || s[r - 1] == '-' || s[r - 1] == '\n'))
            r--;
        if (r == q || r == lo || !word_byte((unsigned char)s[r - 1]))
            break;
        q = r;
    }
    return found;
}

static bool starts_civility(const ex_call *c, size_t p, size_t lim);
/* "(7 administrateurs présents sur 11)": the count before the board's
   member noun ("administrateurs", "administratrices", which the labels'
   member nouns do not hold) before the label at a */
static bool admin_count_before(ex_call *c, size_t lo, size_t a, long *val, size_t *start)
{
    const char *s = c->text.s;
    size_t e = a;
    while (e > lo && is_blank(s[e - 1]))
        e--;
    size_t q = e;
    while (q > lo && word_byte((unsigned char)s[q - 1]))
        q--;
    if (q == e || (s[q] != 'a' && s[q] != 'A'))
        return false;
    size_t m = ex_match_fold(s + q, e - q, "administrat");
    if (!m || (e - q != m + 4 && e - q != m + 5)
        || !(ex_match_fold(s + q + m, e - q - m, "eurs") || ex_match_fold(s + q + m, e - q - m, "rices")))
        return false;
    return count_before(c, lo, q, val, start);
}


/* after a label: blanks, then a colon (OCR junk tolerated); sets *after.
   A count in brackets may stand before the colon ("Présents (18) :",
   "Pouvoirs (3) :"): its digits' span goes to *pa, *pb (else *pa == *pb). */
static bool colon_after(const ex_call *c, size_t p, size_t lim, size_t *after, size_t *pa, size_t *pb)
{
    const char *s = c->text.s;
    size_t q = p, junk = 0;
    *pa = *pb = p;
    while (q < lim && q < p + 8) {
        char ch = s[q];
        if (is_blank(ch)) {
            q++;
            continue;
        }
        if (ch == '(' && *pa == *pb) {
            size_t r = q + 1;
            while (r < lim && r < q + 4 && s[r] >= '0' && s[r] <= '9')
                r++;
            if (r > q + 1 && r < lim && s[r] == ')') {
                *pa = q + 1;
                *pb = r;
                p = q = r + 1;      /* the colon is looked for after it */
                continue;
            }
            /* "Membres de la commission (un représentant par commune) :
               12": an aside in words before the colon */
            if (r == q + 1) {
                while (r < lim && r < q + 60 && s[r] != ')' && s[r] != '(' && s[r] != '\n' && s[r] != ':'
                       && !(s[r] >= '0' && s[r] <= '9'))
                    r++;
                size_t e = r + 1;
                while (e < lim && is_blank(s[e]))
                    e++;
                if (r < lim && s[r] == ')' && r > q + 3 && e < lim && s[e] == ':') {
                    p = q = r + 1;
                    continue;
                }
            }
            break;
        }
        if (ex_colon_mark(ch)) {
            q++;
            while (q < lim && (is_blank(s[q]) || s[q] == ':' || s[q] == '-'))
                q++;
            *after = q;
            return true;
        }
        /* OCR: the colon read as a lone "." between blanks, a civility
           after it ("Absents . M. Patrick X") */
        if (ch == '.' && q > p && is_blank(s[q - 1]) && q + 1 < lim && is_blank(s[q + 1])
            && starts_civility(c, q + 1, lim)) {
            q++;
            while (q < lim && is_blank(s[q]))
                q++;
            *after = q;
            return true;
        }
        if ((ch == '.' || ch == ',' || ch == '-') && junk < 2) {
            junk++;
            q++;
            continue;
        }
        /* OCR: the colon read as a lone "{", "}", "!" or "i", a civility
           after it ("Secrétaire de séance { Mme X") */
        if (ex_ocr_lone_colon(s, q, p, lim) && starts_civility(c, q + 1, lim)) {
            q++;
            while (q < lim && is_blank(s[q]))
                q++;
            *after = q;
            return true;
        }
        /* OCR: the colon read as a lone "+" between blanks, a count
           after it ("Membres en exercice + 24") */
        if (ch == '+' && q > p && q + 1 < lim && is_blank(s[q + 1])) {
            size_t r = q + 1;
            while (r < lim && is_blank(s[r]))
                r++;
            if (r < lim && s[r] >= '0' && s[r] <= '9') {
                *after = r;
                return true;
            }
        }
        break;
    }
    *pa = *pb = p;
    *after = p;
    return false;
}

static bool starts_civility(const ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || is_nl(s[p])))
        p++;
    static const char *const civ[] = {"m. ", "mme ", "mm. ", "mmes ", "monsieur ", "madame ", "mesdames",
                                      "messieurs", "mlle ", NULL};
    for (size_t k = 0; civ[k]; k++)
        if (ex_match_fold(s + p, lim - p, civ[k]))
            return true;
    return false;
}

static bool members_word(const ex_call *c, size_t p, size_t lim, size_t *end);

/* "Étaient présents les conseillers municipaux suivants :": the words
   naming the members between a list label and its colon (at most five
   words not in capitals, on the label's line, one of them a members word
   (members_word()), the last "suivant(e)s"); sets *after, *pa, *pb as
   colon_after().  Not "présente les ajustements suivants :". */
static bool members_tail(const ex_call *c, size_t p, size_t lim, size_t *after, size_t *pa, size_t *pb)
{
    const char *s = c->text.s;
    size_t q = p;
    bool members = false;
    for (int w = 0; w < 5; w++) {
        while (q < lim && is_blank(s[q]))
            q++;
        size_t a = q;
        if (q < lim && s[q] >= 'A' && s[q] <= 'Z')
            return false;   /* a name, "MM." */
        while (q < lim && ((s[q] >= 'a' && s[q] <= 'z') || (s[q] >= 'A' && s[q] <= 'Z')
                           || (unsigned char)s[q] >= 0x80))
            q++;
        if (q == a)
            return false;
        size_t e;
        if (members_word(c, a, q, &e) && e == q)
            members = true;
        /* "suivant", "suivante", "suivants", "suivantes" */
        size_t m = ex_match_fold(s + a, q - a, "suivant");
        const char *x = s + a + m;
        size_t rest = m ? q - a - m : 3;
        bool fe = rest >= 1 && rest <= 2 && (x[0] | 0x20) == 'e', fs = rest >= 1 && rest <= 2 && (x[rest - 1] | 0x20) == 's';
        if (members && (rest == 0 || (rest == 1 && (fe || fs)) || (rest == 2 && fe && fs)))
            return colon_after(c, q, lim, after, pa, pb);
    }
    return false;
}

/* "Excusés sans pouvoir :", "Excusés n'ayant pas donné pouvoir :",
   "Absents excusés, sans procuration :": the words after an excused
   label saying no proxy was given (the members are excused all the
   same; kept out of the labels' pattern set, near PCRE2's size limit);
   on the label's line, before a colon; sets *end after them */
static bool no_proxy_tail(const ex_call *c, size_t p, size_t lim, size_t *end)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q < lim && s[q] == ',')
        q++;
    while (q < lim && is_blank(s[q]))
        q++;
    static const char *const neg[] = {"sans ", "n'ayant pas donne ", "n'ayant pas donnee ",
                                      "n'ayant pas donnes ", "n'ayant pas donnees ", "n'ont pas donne ",
                                      "n'avaient pas donne ", NULL};
    size_t m = 0;
    for (size_t k = 0; neg[k] && !m; k++)
        m = ex_match_fold(s + q, lim - q, neg[k]);
    if (!m)
        return false;
    q += m;
    while (q < lim && is_blank(s[q]))
        q++;
    static const char *const noun[] = {"pouvoirs", "pouvoir", "procurations", "procuration", "delegation de vote",
                                       NULL};
    size_t n = 0;
    for (size_t k = 0; noun[k] && !n; k++)
        n = ex_match_fold(s + q, lim - q, noun[k]);
    if (!n)
        return false;
    q += n;
    size_t after, pa, pb;
    if (!colon_after(c, q, lim, &after, &pa, &pb))
        return false;
    *end = q;
    return true;
}

/* "Administrateurs présents ou représentés :", "Membres présents ou
   représentés :", "Délégués présents ou représentés :": a present label
   with the represented members listed in it (each one's proxy said in
   his entry, "Mme X, représentée par M. Y"); the words "ou
   représenté(e)(s)" after a present label, on its line, before a colon
   (a C check: the label set is near PCRE2's size limit); sets *after,
   *pa, *pb as colon_after() */
static bool qualifier_tail(const ex_call *c, size_t p, size_t lim, size_t *after, size_t *pa, size_t *pb);
static bool or_repr_tail(const ex_call *c, size_t p, size_t lim, size_t *after, size_t *pa, size_t *pb)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, lim - q, "ou ");
    if (!m)
        return false;
    q += m;
    while (q < lim && is_blank(s[q]))
        q++;
    m = ex_match_fold(s + q, lim - q, "represente");
    if (!m)
        return false;
    q += m;
    /* "représentés", "représentées", "représenté(e)s" */
    while (q < lim && (s[q] == 'e' || s[q] == 's' || s[q] == '(' || s[q] == ')'))
        q++;
    /* (a qualifier before the colon: "présents ou représentés, par
       membre :") */
    return colon_after(c, q, lim, after, pa, pb) || qualifier_tail(c, q, lim, after, pa, pb);
}

/* "Délégués présents, par membre :", "Présents par commune :": a
   qualifier "par <noun>" (one to three words, no digit) between a list
   label and its colon, on the label's line; sets *after, *pa, *pb as
   colon_after() */
static bool qualifier_tail(const ex_call *c, size_t p, size_t lim, size_t *after, size_t *pa, size_t *pb)
{
    const char *s = c->text.s;
    size_t q = p;
    while (q < lim && is_blank(s[q]))
        q++;
    if (q < lim && s[q] == ',')
        q++;
    while (q < lim && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, lim - q, "par ");
    if (!m)
        return false;
    q += m;
    for (int w = 0; w < 3; w++) {
        while (q < lim && is_blank(s[q]))
            q++;
        size_t a = q;
        while (q < lim && ((s[q] >= 'a' && s[q] <= 'z') || (s[q] >= 'A' && s[q] <= 'Z') || s[q] == '-'
                           || s[q] == '\'' || (unsigned char)s[q] >= 0x80))
            q++;
        if (q == a)
            return false;
        if (colon_after(c, q, lim, after, pa, pb))
            return true;
    }
    return false;
}

/* the words of an advisory voice at p: "voix consultative", "sans voix
   délibérative" (OCR "voix." too); returns their end, or 0 */
static size_t advisory_voice_rest(const char *s, size_t p, size_t lim);
static inline size_t advisory_voice_at(const char *s, size_t p, size_t lim)
{
    /* an ASCII byte other than s, v (either case: b | 0x20 is 's' or
       'v' only for those letters) starts neither "sans " nor "voix"
       (ex_match_fold() compares it first): most calls, inline */
    unsigned b = p < lim ? (unsigned char)s[p] : 0x80;
    if (b < 0x80 && (b | 0x20) != 's' && (b | 0x20) != 'v')
        return 0;
    return advisory_voice_rest(s, p, lim);
}
static size_t advisory_voice_rest(const char *s, size_t p, size_t lim)
{
    size_t m = ex_match_fold(s + p, lim - p, "sans ");
    size_t q = p + m;
    size_t v = ex_match_fold(s + q, lim - q, "voix");
    if (!v)
        return 0;
    q += v;
    if (q < lim && s[q] == '.')
        q++;
    if (q >= lim || s[q] != ' ')
        return 0;
    q++;
    size_t w = ex_match_fold(s + q, lim - q, m ? "deliberative" : "consultative");
    return w ? q + w : 0;
}

/* "Membres à voix consultative présents :", "Membres sans voix
   délibérative excusés :" (the voice before the list word, on its line),
   "Membres présents à voix consultative :" (after it, before the colon):
   a present, excused or absent label of the advisory members; sets
   *kind (K_ADV_PRESENT or K_ADV_EXCUSED) and, for the voice after, *b
   to its end */
static bool advisory_label(const ex_call *c, size_t a, size_t *b, int *kind)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    if (*kind != K_PRESENT && *kind != K_EXCUSED && *kind != K_ABSENT)
        return false;
    const ex_line *ln = &t->lines[ex_line_at(t, a)];
    int adv = *kind == K_PRESENT ? K_ADV_PRESENT : K_ADV_EXCUSED;
    /* before: "Membres à voix consultative " (a short line start) */
    if (a - ln->start <= 60)
        for (size_t q = ln->start; q < a; q++) {
            size_t e = advisory_voice_at(s, q, a);
            while (e && e < a && is_blank(s[e]))
                e++;
            if (e == a) {
                *kind = adv;
                return true;
            }
        }
    /* after: ", à voix consultative", " avec voix consultative" */
    size_t q = *b;
    while (q < ln->end && is_blank(s[q]))
        q++;
    if (q < ln->end && s[q] == ',')
        q++;
    while (q < ln->end && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, ln->end - q, "a ");
    if (!m)
        m = ex_match_fold(s + q, ln->end - q, "avec ");
    size_t e = advisory_voice_at(s, q + m, ln->end);
    if (!e || (!m && !ex_match_fold(s + q, ln->end - q, "sans ")))
        return false;
    *kind = adv;
    *b = e;
    return true;
}

/* OCR: "sous la présidence\n. de Mme X" (a speck of one or two marks
   between "présidence" and its "de"/"du", the line end before it): the
   label "présidence" (K_PRESIDENT, no colon) read as "sous la présidence
   de" (K_PRESIDENCE, *b after "de"); false when not this form */
static bool presidence_speck(const ex_call *c, size_t a, size_t *b, int *kind)
{
    const char *s = c->text.s;
    size_t lim = c->text.len;
    if (*kind != K_PRESIDENT || ex_match_fold(s + a, *b - a, "presidence") != *b - a)
        return false;
    size_t q = *b, nl = 0;
    /* OCR: a hyphen for the blank, "présidence-de M. X" */
    if (q + 4 < lim && s[q] == '-' && (ex_match_fold(s + q + 1, lim - q - 1, "de ")
                                       || ex_match_fold(s + q + 1, lim - q - 1, "du "))) {
        *kind = K_PRESIDENCE;
        *b = q + 3;
        return true;
    }
    while (q < lim && (is_blank(s[q]) || s[q] == '\n' || s[q] == '\r'))
        nl += s[q++] == '\n';
    size_t m0 = q;
    while (q < lim && q < m0 + 2 && (s[q] == '.' || s[q] == ',' || s[q] == ':' || s[q] == ';' || s[q] == '\''))
        q++;
    /* (or the speck ends the line: "présidence ." / "de Mme X") */
    if (q == m0 || q >= lim || !(is_blank(s[q]) || s[q] == '\n' || s[q] == '\r'))
        return false;
    while (q < lim && (is_blank(s[q]) || s[q] == '\n' || s[q] == '\r'))
        nl += s[q++] == '\n';
    if (nl > 1)
        return false;
    if (!ex_match_fold(s + q, lim - q, "de ") && !ex_match_fold(s + q, lim - q, "du "))
        return false;
    *kind = K_PRESIDENCE;
    *b = q + 2;
    return true;
}

/* "M. X, doyen d'âge de l'assemblée, a pris ensuite la présidence de
   la séance", "Mme X assure la présidence": the person presiding is the
   SUBJECT of a verb of taking before the label at a ("la présidence",
   "présidence"; lexicon below, an adverb between them passed over, OCR
   "à pris"), not the name after it; true with the person in *p */
static bool person_before(ex_call *c, const ex_document *d, size_t a, ex_person *p);

/* the person p ends at e, or its apposition does: "M. X, doyen d'âge
   de l'assemblée" (one comma, no other clause, 80 bytes at most) */
static bool subject_ends(const ex_call *c, const ex_person *p, size_t e)
{
    const char *s = c->text.s;
    size_t q = p->span.end;
    if (q == e)
        return true;
    if (q > e || e - q > 80 || s[q] != ',')
        return false;
    for (q++; q < e; q++)
        if (s[q] == ',' || s[q] == ';' || s[q] == ':' || s[q] == '(')
            return false;
    return true;
}

/* the next line, from p (a line end) to lim, opens with one to three
   words in capitals (letters, apostrophes, hyphens), none a role
   ("MAIRE", "PRÉSIDENT"), then a comma: the rest of a family name cut
   by the line end before its role ("… de LA TOUR" / "D'AUVERGNE,
   Maire.", "… M. Jean DUPONT" / "DE LA MOTTE, Maire.") */
static bool caps_word_then_comma(const char *s, size_t p, size_t lim)
{
    static const char *const roles[] = {"maire", "president", "presidente", "adjoint", "adjointe",
                                        "vice-president", "vice-presidente", "conseiller", "conseillere",
                                        "secretaire", "doyen", "doyenne", "directeur", "directrice", NULL};
    while (p < lim && (is_blank(s[p]) || is_nl(s[p])))
        p++;
    for (int w = 0; w < 3; w++) {
        size_t a = p;
        int letters = 0;
        while (p < lim) {
            unsigned char ch = (unsigned char)s[p];
            if (ch >= 'A' && ch <= 'Z') {
                p++;
                letters++;
            } else if (ch == 0xC3 && p + 1 < lim && (unsigned char)s[p + 1] >= 0x80
                       && (unsigned char)s[p + 1] <= 0x9E) {
                p += 2;
                letters++;
            } else if ((ch == '\'' || ch == '-') && p > a) {
                p++;
            } else if (ch == 0xE2 && p + 2 < lim && (unsigned char)s[p + 1] == 0x80
                       && (unsigned char)s[p + 2] == 0x99 && p > a) {
                p += 3;
            } else {
                break;
            }
        }
        if (letters < 2)
            return false;
        for (size_t k = 0; roles[k]; k++)
            if (ex_match_fold(s + a, p - a, roles[k]) == p - a)
                return false;
        if (p < lim && s[p] == ',')
            return true;
        if (!(p < lim && s[p] == ' '))
            return false;
        p++;
    }
    return false;
}

static bool presidence_subject(ex_call *c, const ex_document *d, size_t a, ex_person *p)
{
    static const char *const verb[] = {"pris", "repris", "prend", "reprend", "assure", "assume",
                                       "assurera", "occupe", NULL};
    static const char *const adv[] = {"ensuite", "alors", "donc", "aussitot", "immediatement",
                                      "desormais", NULL};
    const char *s = c->text.s;
    size_t wa, wb, lo = d->span.start;
    if (ex_match_fold(s + a, c->text.len - a, "sous "))
        return false;
    if (!ex_word_before(s, lo, a, EX_WB_NL2, &wa, &wb, NULL, 0))
        return false;
    /* (the label "présidence" without its article) */
    if (ex_match_fold(s + wa, wb - wa, "la") == wb - wa && !ex_word_before(s, lo, wa, EX_WB_NL2, &wa, &wb, NULL, 0))
        return false;
    for (size_t k = 0; adv[k]; k++)
        if (ex_match_fold(s + wa, wb - wa, adv[k]) == wb - wa) {
            if (!ex_word_before(s, lo, wa, EX_WB_NL2, &wa, &wb, NULL, 0))
                return false;
            break;
        }
    size_t k = 0;
    while (verb[k] && ex_match_fold(s + wa, wb - wa, verb[k]) != wb - wa)
        k++;
    if (!verb[k])
        return false;
    size_t e = wa, xa, xb;
    /* (the auxiliary: "a pris", OCR "à pris") */
    if (ex_word_before(s, lo, e, EX_WB_NL2, &xa, &xb, NULL, 0)
        && (ex_match_fold(s + xa, xb - xa, "a") == xb - xa || ex_match_fold(s + xa, xb - xa, "avait") == xb - xa))
        e = xa;
    while (e > lo && (is_blank(s[e - 1]) || is_nl(s[e - 1]) || s[e - 1] == ','))
        e--;
    return person_before(c, d, e, p) && subject_ends(c, p, e);
}

/* "…, Maire. Étaient présents M. A, …", "… ; étaient excusés M. B, …":
   a list label of the verb "étai(en)t" inside a paragraph, after the end
   of a sentence or clause ('.', ';', ':'), a civility after it */
static bool prose_label(const ex_call *c, const ex_document *d, const label *l)
{
    const char *s = c->text.s;
    if (!ex_match_fold(s + l->a, l->b - l->a, "etai"))
        return false;
    size_t q = l->a;
    while (q > d->span.start && is_blank(s[q - 1]))
        q--;
    if (q == d->span.start || !(s[q - 1] == '.' || s[q - 1] == ';' || s[q - 1] == ':'))
        return false;
    return starts_civility(c, l->b, d->span.end);
}

/* ", formant la majorité des membres en fonction ;": a clause closing a
   list of names written in prose; the list ends at its comma (b when
   none) */
static size_t closing_clause(const char *s, size_t a, size_t b)
{
    static const char *const cl[] = {
        "formant ", "constituant ", "lesquels ", "lesquelles ", "qui forment ", "qui constituent ",
        "soit la majorite", "soit le quorum", "representant la majorite", "la majorite ", "le quorum ",
        NULL};
    for (size_t q = a; q < b; q++) {
        /* the next comma (memchr(): the bytes between are passed over) */
        const char *cp = memchr(s + q, ',', b - q);
        if (!cp)
            break;
        q = (size_t)(cp - s);
        size_t r = q + 1;
        while (r < b && is_blank(s[r]))
            r++;
        for (size_t k = 0; cl[k]; k++)
            if (ex_match_fold(s + r, b - r, cl[k]))
                return q;
    }
    return b;
}

static bool count_kind(int k)
{
    return k == K_PRESENT || k == K_PROXY || k == K_REPR || k == K_INOFFICE || k == K_VOTING
        || k == K_QUORUM;
}

/* "Résultats : votants 39 ; blancs et nuls 3 ; exprimés 36": a
   ballot's result (an election's), its "votants" no attendance count -
   "blancs", "nuls" or "exprimés" opening a word after the count cb on
   its line */
static bool ballot_result(const ex_text *t, size_t cb)
{
    const char *s = t->s;
    size_t e = t->lines[ex_line_at(t, cb)].end;
    static const char *const w[] = {"blanc", "nul", "exprim", "suffrages", NULL};
    for (size_t q = cb; q < e; q++) {
        if (q > cb && word_byte((unsigned char)s[q - 1]))
            continue;
        for (size_t k = 0; w[k]; k++)
            if (ex_match_fold(s + q, e - q, w[k]))
                return true;
    }
    return false;
}

/* the counts, in the order of csp[] in ex_attendance_fill */
enum { C_INOFFICE, C_PRESENT, C_REPR, C_VOTING, C_QUORUM, C_N };

static int count_slot(int kind)
{
    switch (kind) {
    case K_PRESENT: return C_PRESENT;
    case K_PROXY:
    case K_REPR: return C_REPR;
    case K_INOFFICE: return C_INOFFICE;
    case K_QUORUM: return C_QUORUM;
    default: return C_VOTING;
    }
}

static long *count_ptr(ex_attendance *at, int k)
{
    switch (k) {
    case C_INOFFICE: return &at->in_office;
    case C_PRESENT: return &at->present_count;
    case C_REPR: return &at->represented;
    case C_QUORUM: return &at->quorum;
    default: return &at->voting;
    }
}

/* after a count: "membres", "conseillers"... (sets *end after it) */
static bool members_word(const ex_call *c, size_t p, size_t lim, size_t *end)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || is_nl(s[p])))
        p++;
    static const char *const w[] = {"membres", "conseillers", "conseilleres", "delegues", "elus", NULL};
    for (size_t k = 0; w[k]; k++) {
        size_t m = ex_match_fold(s + p, lim - p, w[k]);
        if (m && (p + m >= lim || !((s[p + m] >= 'a' && s[p + m] <= 'z') || (unsigned char)s[p + m] >= 0x80))) {
            *end = p + m;
            return true;
        }
    }
    return false;
}

static bool list_kind(int k)
{
    return k == K_PRESENT || k == K_SUBST || k == K_EXCUSED || k == K_EXC_PROXY || k == K_ABSENT
        || k == K_ABS_PROXY || k == K_ADV_PRESENT || k == K_ADV_EXCUSED || k == K_PROXY;
}

/* drop from out[n0..] the persons who give one of px's proxies (the
   same span) */
static void drop_givers(ex_person_vec *out, size_t n0, const ex_proxy_vec *px)
{
    size_t w = n0;
    for (size_t k = n0; k < out->n; k++) {
        bool gave = false;
        for (size_t j = 0; j < px->n && !gave; j++)
            gave = px->v[j].from.span.start == out->v[k].span.start && px->v[j].from.span.end == out->v[k].span.end;
        if (!gave)
            out->v[w++] = out->v[k];
    }
    out->n = w;
}

/* where the names of a list of this kind go, and the persons parser's
   mode (1: the names are proxy givers, "X à Y"); pouvoirs, procurations,
   représentés: proxies only (NULL) */
static ex_person_vec *list_out(ex_document *d, int kind, int *mode)
{
    *mode = kind == K_EXC_PROXY || !(kind == K_PRESENT || kind == K_SUBST || kind == K_EXCUSED
                                     || kind == K_ABSENT || kind == K_ADV_PRESENT
                                     || kind == K_ADV_EXCUSED);
    switch (kind) {
    case K_PRESENT:
    case K_SUBST:
        return &d->att.present;
    case K_EXCUSED:
    case K_EXC_PROXY:
        return &d->att.excused;
    case K_ABSENT:
        return &d->att.absent;
    case K_ADV_PRESENT:
        return &d->att.advisory_present;
    case K_ADV_EXCUSED:
        return &d->att.advisory_excused;
    default:
        return NULL;
    }
}

/* "Ont signé au registre les membres présents :", "Signent les membres
   présents :": the signatories of the register, a mention printed after
   the act, no attendance list (a word "sign…" before the label on its
   line, close before it) */
static bool signers_mention(const ex_call *c, size_t a)
{
    const ex_text *t = &c->text;
    const ex_line *ln = &t->lines[ex_line_at(t, a)];
    /* within 48 bytes before the label (bounded: linear time on a
       line of thousands of labels) */
    size_t from = a - ln->start > 48 ? a - 48 : ln->start;
    for (size_t q = from; q + 4 <= a; q++)
        if ((q == ln->start || is_blank(t->s[q - 1])) && ex_match_fold(t->s + q, a - q, "sign"))
            return true;
    return false;
}

/* "après en avoir délibéré, à l'unanimité des membres présents :",
   "à la majorité des membres présents": the majority of a vote, no list
   (the word before the label is "des", the one before it "unanimité"
   or "majorité") */
static bool majority_mention(const ex_call *c, size_t lo, size_t a)
{
    const char *s = c->text.s;
    size_t wa, wb, xa, xb;
    char w[8], x[12];
    if (!ex_word_before(s, lo, a, EX_WB_LETTER, &wa, &wb, w, sizeof w) || strcmp(w, "des"))
        return false;
    if (!ex_word_before(s, lo, wa, EX_WB_LETTER, &xa, &xb, x, sizeof x))
        return false;
    /* (OCR "à Punanimité": l' read P) */
    return !strcmp(x, "unanimite") || !strcmp(x, "punanimite") || !strcmp(x, "majorite");
}

/* "X (pouvoir : à Y)": OCR put a colon after "pouvoir" inside a
   person's remark; "à" (or "a") after the colon is the receiver's
   preposition, so this is no "Pouvoirs :" label */
static bool proxy_remark(const ex_call *c, const label *l, size_t end)
{
    const char *s = c->text.s;
    size_t q = l->after;
    while (q < end && (is_blank(s[q]) || is_nl(s[q])))
        q++;
    size_t w = q + 2 <= end && (unsigned char)s[q] == 0xC3 && (unsigned char)s[q + 1] == 0xA0 ? 2
               : q < end && (s[q] == 'a' || s[q] == 'A') ? 1 : 0;
    return l->kind == K_PROXY && l->colon && w && q + w < end && (is_blank(s[q + w]) || is_nl(s[q + w]));
}

static size_t ft_speck(const char *s, size_t q, size_t b);
static bool ft_civ(const char *s, size_t a, size_t b);

/* OCR "Pros." for the label "Présents :" at s[a..b): its line opens
   with it (specks and blanks apart: ". Pros."), a capital P, then "."
   or ":" and a civility ("Pros. Mme Véronique BRÉMAUD, M. ..."); *after:
   the civility */
static bool ocr_present_label(const ex_call *c, size_t a, size_t b, size_t *after)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, a)];
    size_t q = ln->start, k = 0;
    while (q < a && (is_blank(s[q]) || (k = ft_speck(s, q, a)) != 0))
        q += is_blank(s[q]) ? 1 : k;
    if (q != a || s[a] != 'P' || b >= ln->end || (s[b] != '.' && s[b] != ':'))
        return false;
    q = b + 1;
    while (q < ln->end && is_blank(s[q]))
        q++;
    if (q == b + 1 || !ft_civ(s, q, ln->end))
        return false;
    *after = q;
    return true;
}


/* The members who took part in the vote without a subject or a tail
   (K_VOTING's "pris part" labels, not "Votants"): "Qui ont pris part à
   la délibération : 17", "Ayant pris part au vote : 17" must open their
   line or column and stand before a colon; "Qui ont pris part" with no
   tail is read only as the printed form's two lines (a left column:
   "Qui ont pris part" / "à la délibération : 17", the second line's
   words at the label's column, right-column text after each): its
   colon's end goes to l->after.  False: no label. */
static bool vote_label(const ex_call *c, label *l, size_t end)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t a = l->a, b = l->b;
    bool bare = ex_match_fold(s + a, b - a, "qui ") || ex_match_fold(s + a, b - a, "ayant ");
    bool tail = !(b - a >= 4 && ex_match_fold(s + b - 4, 4, "part"));
    size_t li = ex_line_at(t, a);
    const ex_line *ln = &t->lines[li];
    size_t q = a;
    while (q > ln->start && is_blank(s[q - 1]))
        q--;
    bool opens = q == ln->start || a - q >= 3;
    if (tail)
        return !bare || (l->colon && opens);
    /* two lines: the rest of the first line blank or a column gap */
    if (!opens || l->colon || li + 1 >= t->nlines)
        return false;
    q = b;
    while (q < ln->end && is_blank(s[q]))
        q++;
    if (q < ln->end && q - b < 3)
        return false;
    const ex_line *nx = &t->lines[li + 1];
    if (nx->start >= end)
        return false;
    size_t col = col_of(s, ln->start, a), r = nx->start;
    while (r < nx->end && is_blank(s[r]))
        r++;
    size_t rc = col_of(s, nx->start, r);
    if (r >= nx->end || rc + 2 < col || rc > col + 2)
        return false;
    size_t n = ex_match_fold(s + r, nx->end - r, "a la deliberation");
    if (!n)
        n = ex_match_fold(s + r, nx->end - r, "au vote");
    size_t pa, pb;
    if (!n || !colon_after(c, r + n, nx->end, &l->after, &pa, &pb) || pb > pa)
        return false;
    l->colon = true;
    return true;
}

/* "– M. X, comptable public, présent ;": a status word after a comma
   ending a list item, its ';' the item's end, not a label's colon */
static bool item_status(const ex_call *c, const label *l)
{
    const char *s = c->text.s;
    if (!l->colon || (l->kind != K_PRESENT && l->kind != K_EXCUSED) || l->a < 2)
        return false;
    size_t q = l->b;
    while (q < l->after && is_blank(s[q]))
        q++;
    if (q >= l->after || s[q] != ';')
        return false;
    q = l->a;
    while (q > 0 && is_blank(s[q - 1]))
        q--;
    return q > 0 && s[q - 1] == ',';
}

/* An excused label cut onto two lines of a left column (the label set is
   full: a C check): "Excusés ayant donné      Mme X (procuration à" /
   "procuration :             M. Y), …" - the first line's label with no
   colon ends with "ayant donné" (or "qui ont", "ont", "avaient",
   "avait" donné) and a column gap (one blank before a civility: OCR
   closes the gap), its second half ("procuration :", "pouvoir :",
   "délégation de vote :") opens the next line at the label's column,
   with its colon.  The label becomes an excused-with-proxy label: the
   list starts after the column gap of the first line (or after the
   colon when the first line has no value), the next line's cell is
   skipped (l->ca, l->cb) and the scan goes on after it (*next). */
static bool split_gave_label(const ex_call *c, label *l, size_t end, size_t *next)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, l->a);
    const ex_line *ln = &t->lines[li];
    size_t q = l->b;
    if (q >= ln->end || s[q] != ' ' || li + 1 >= t->nlines)
        return false;
    q++;
    static const char *const aux[] = {"ayant donne", "qui ont donne", "ont donne", "avaient donne", "avait donne",
                                      NULL};
    size_t m = 0;
    for (size_t k = 0; aux[k] && !m; k++)
        m = ex_match_fold(s + q, ln->end - q, aux[k]);
    if (!m)
        return false;
    q += m;
    while (q < ln->end && (s[q] | 0x20) == 'e')
        q++;
    while (q < ln->end && (s[q] | 0x20) == 's')
        q++;
    size_t lb = q;
    while (q < ln->end && is_blank(s[q]))
        q++;
    if (q < ln->end && q - lb < 3 && !(q > lb && starts_civility(c, q, ln->end)))
        return false;   /* words after it: no column gap (OCR closes it to one
                           blank before a civility) */
    const ex_line *nx = &t->lines[li + 1];
    if (nx->start >= end)
        return false;
    size_t col = col_of(s, ln->start, l->a), r = nx->start;
    while (r < nx->end && is_blank(s[r]))
        r++;
    size_t rc = col_of(s, nx->start, r);
    if (r >= nx->end || rc + 2 < col || rc > col + 2)
        return false;
    static const char *const noun[] = {"procurations", "procuration", "pouvoirs", "pouvoir", "delegation de vote",
                                       "delegations de vote", NULL};
    size_t n = 0;
    for (size_t k = 0; noun[k] && !n; k++)
        n = ex_match_fold(s + r, nx->end - r, noun[k]);
    size_t after, pa, pb;
    if (!n || !colon_after(c, r + n, nx->end, &after, &pa, &pb) || pb > pa)
        return false;
    l->kind = K_EXC_PROXY;
    l->b = lb;
    l->colon = true;
    l->after = q < ln->end ? q : after;
    l->pa = l->pb = lb;
    l->ca = r;
    l->cb = after;
    *next = after;
    return true;
}

/* "AVAIENT DONNÉ PROCURATION :", "Ayant donné pouvoir :" opening a line
   (the label set is full: a C check): the proxies label reads only its
   noun; the auxiliary and "donné" before it, alone from the line's
   start, belong to the label (not to the list before it).  The label's
   new start, or a when not this form. */
static size_t gave_label_start(const ex_call *c, size_t a)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, a)];
    size_t ls = ln->start;
    while (ls < a && is_blank(s[ls]))
        ls++;
    if (a - ls < 9)
        return a;
    static const char *const aux[] = {"ayant donne", "qui ont donne", "ont donne", "avaient donne", "avait donne",
                                      NULL};
    size_t m = 0;
    for (size_t k = 0; aux[k] && !m; k++)
        m = ex_match_fold(s + ls, a - ls, aux[k]);
    if (!m)
        return a;
    size_t q = ls + m;
    while (q < a && ((s[q] | 0x20) == 'e' || (s[q] | 0x20) == 's'))
        q++;
    if (q == a || !is_blank(s[q]))
        return a;
    while (q < a && is_blank(s[q]))
        q++;
    return q == a ? ls : a;
}

static bool find_labels(ex_call *c, const ex_document *d, label_vec *lv)
{
    const att_engine *ae = c->eng->attendance;
    const char *s = c->text.s;
    const ex_text *t = &c->text;
    size_t p = d->span.start, end = d->span.end;
    /* the last label's line, place and column: the next label on the
       same line counts on from there (labels come in text order) */
    size_t cl_ls = (size_t)-1, cl_p = 0, cl_col = 0;
    while (p < end) {
        int rc = ex_rxset_scan(c, &ae->rx, p, end);
        if (rc <= 0)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t a = ov[0], b = ov[1];
        if (a >= end)
            break;
        int kind = ex_mark_kind(c);
        p = b > a ? b : a + 1;
        if (!kind || ex_is_furniture(t, a))
            continue;
        /* "Absents sans délégation de vote", "avec voix\\.? consultative" */
        if (kind != K_ADV_PRESENT && kind != K_ADV_EXCUSED && a >= d->span.start + 5) {
            size_t q = a;
            while (q > d->span.start && is_blank(s[q - 1]))
                q--;
            if (q >= d->span.start + 4 && (ex_match_fold(s + q - 4, 4, "sans") || ex_match_fold(s + q - 4, 4, "avec")))
                continue;
        }
        if (kind == K_PRESENT && (signers_mention(c, a) || majority_mention(c, d->span.start, a)))
            continue;
        /* "… annexée à la présente ;": the article "la" before it makes
           "présente" the act ("la présente délibération"), no label */
        if (kind == K_PRESENT && a >= d->span.start + 3 && s[a - 1] == ' '
            && (s[a - 3] | 0x20) == 'l' && (s[a - 2] | 0x20) == 'a'
            && (a == d->span.start + 3 || !(((s[a - 4] | 0x20) >= 'a' && (s[a - 4] | 0x20) <= 'z')
                                            || (unsigned char)s[a - 4] >= 0x80)))
            continue;
        size_t ocr_after = 0;
        if (kind == K_PRESENT && b - a == 4 && ex_match_fold(s + a, 4, "pros") && !ocr_present_label(c, a, b, &ocr_after))
            continue;
        if (!advisory_label(c, a, &b, &kind))
            presidence_speck(c, a, &b, &kind);
        label *l = ex_vec_push(c->alloc, lv);
        if (!l) {
            c->oom = true;
            return false;
        }
        l->kind = kind;
        l->a = a;
        l->b = b;
        l->colon = colon_after(c, b, end, &l->after, &l->pa, &l->pb);
        if (ocr_after) {    /* "Pros. Mme X" */
            l->colon = true;
            l->after = ocr_after;
            l->pa = l->pb = b;
        }
        if (!l->colon && kind == K_EXCUSED && no_proxy_tail(c, b, t->lines[ex_line_at(t, a)].end, &l->b)) {
            /* "Excusés sans pouvoir :": the label is read to its colon,
               the scan goes on after its "pouvoir" */
            b = l->b;
            p = b;
            l->colon = colon_after(c, b, end, &l->after, &l->pa, &l->pb);
        }
        if (!l->colon && kind == K_EXCUSED && s[b] == ' ' && split_gave_label(c, l, end, &p))
            kind = l->kind;
        if (!l->colon && list_kind(kind) && kind != K_PROXY)
            l->colon = members_tail(c, b, t->lines[ex_line_at(t, a)].end, &l->after, &l->pa, &l->pb);
        if (!l->colon && list_kind(kind) && kind != K_PROXY)
            l->colon = qualifier_tail(c, b, t->lines[ex_line_at(t, a)].end, &l->after, &l->pa, &l->pb);
        if (!l->colon && kind == K_PRESENT && (s[b] == ' ' || s[b] == '\t'))
            l->colon = l->orrepr = or_repr_tail(c, b, t->lines[ex_line_at(t, a)].end, &l->after, &l->pa, &l->pb);
        if (kind == K_PROXY && l->colon && a > t->lines[ex_line_at(t, a)].start)
            l->a = a = gave_label_start(c, a);
        if (proxy_remark(c, l, end) || item_status(c, l)) {
            lv->n--;
            continue;
        }
        if (kind == K_VOTING && (s[b - 1] | 0x20) != 's' && !vote_label(c, l, end)) {
            lv->n--;
            continue;
        }
        /* "en fonction" alone and a body's members ("Membres du conseil
           municipal", "Membres de la commission syndicale") followed by
           a word are no count: "réparties en fonction de …", "Membres du
           conseil municipal présents : …" (a colon, a dot leader or an
           OCR dash before the count stay read) */
        if (kind == K_INOFFICE && !l->colon && b - a >= 9
            && (ex_match_fold(s + a, b - a, "en fonction") == b - a || ex_match_fold(s + a, b - a, "membres d"))) {
            size_t q = b;
            while (q < end && is_blank(s[q]))
                q++;
            unsigned char ch = q < end ? (unsigned char)s[q] : 0;
            if (((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch == 0xC3) {
                lv->n--;
                continue;
            }
        }
        const ex_line *ln = &t->lines[ex_line_at(t, a)];
        if (ln->start == cl_ls && a >= cl_p)
            l->col = cl_col + col_of(s, cl_p, a);
        else
            l->col = col_of(s, ln->start, a);
        cl_ls = ln->start;
        cl_p = a;
        cl_col = l->col;
        size_t q = a;
        while (q > ln->start && is_blank(s[q - 1]))
            q--;
        l->right = (q == ln->start && l->col >= 8) || (q > ln->start && a - q >= 3);
    }
    return true;
}

/* "sous la prési-" / "dence de Mme X, Présidente.": the noun
   "présidence" hyphenated over a line end (find_labels() reads no word
   cut so): the lines of the act ending with a hyphen after letters, the
   letters before it and the first word of the next line folded together
   read "presidence", then "de" / "du" and a blank: a K_PRESIDENCE label
   from the first part to after "de", put in text order.  Only when no
   presidence label was read (one pass over the act's lines, the line ends
   only); false on memory failure. */
static bool split_presidence(ex_call *c, const ex_document *d, label_vec *lv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    for (size_t k = 0; k < lv->n; k++)
        if (lv->v[k].kind == K_PRESIDENCE || lv->v[k].kind == K_PRESIDENT)
            return true;
    size_t l0 = ex_line_at(t, d->span.start);
    for (size_t li = l0; li + 1 < t->nlines && t->lines[li + 1].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        size_t e = ln->end;
        while (e > ln->start && is_blank(s[e - 1]))
            e--;
        if (e < ln->start + 4 || s[e - 1] != '-')
            continue;
        /* the letters before the hyphen (2 to 9 bytes: "pré", "prési",
           "présiden") */
        size_t w = e - 1;
        while (w > ln->start && e - 1 - w < 12 && word_byte((unsigned char)s[w - 1]))
            w--;
        if (e - 1 - w < 3 || e - 1 - w > 11 || (w > ln->start && !is_blank(s[w - 1])))
            continue;
        const ex_line *nx = &t->lines[li + 1];
        size_t r = nx->start, lim = nx->end < d->span.end ? nx->end : d->span.end;
        while (r < lim && is_blank(s[r]))
            r++;
        char buf[16];
        size_t o = 0, q = w, n;
        while (q < e - 1 && o < sizeof buf - 1) {
            buf[o++] = ex_fold_char((const unsigned char *)s + q, e - 1 - q, &n);
            q += n;
        }
        q = r;
        while (q < lim && word_byte((unsigned char)s[q]) && o < sizeof buf - 1) {
            buf[o++] = ex_fold_char((const unsigned char *)s + q, lim - q, &n);
            q += n;
        }
        buf[o] = '\0';
        if (strcmp(buf, "presidence") || q >= lim || !is_blank(s[q]))
            continue;
        while (q < lim && is_blank(s[q]))
            q++;
        size_t m = ex_match_fold(s + q, lim - q, "de ");
        if (!m)
            m = ex_match_fold(s + q, lim - q, "du ");
        if (!m)
            continue;
        label *l = ex_vec_push(c->alloc, lv);
        if (!l) {
            c->oom = true;
            return false;
        }
        size_t at = lv->n - 1;
        while (at > 0 && lv->v[at - 1].a > w)
            at--;
        memmove(lv->v + at + 1, lv->v + at, (lv->n - 1 - at) * sizeof *l);
        lv->v[at] = (label){.kind = K_PRESIDENCE, .a = w, .b = q + m - 1, .after = q + m - 1,
                            .col = col_of(s, ln->start, w)};
        return true;
    }
    return true;
}

/* "Assistaient en outre, avec voix consultative :", "Assistait
   aussi, sans voix délibérative :" (the verb, an adverb of addition the
   label set does not hold, then the voice): the label's length from a,
   0 when not this form */
static size_t assist_voice(const char *s, size_t a, size_t b)
{
    static const char *const adv[] = {"en outre", "aussi", "en plus", NULL};
    size_t q = a + ex_match_fold(s + a, b - a, "assist");
    if (q == a)
        return 0;
    while (q < b && s[q] >= 'a' && s[q] <= 'z')
        q++;
    while (q < b && is_blank(s[q]))
        q++;
    size_t o = 0;
    for (size_t k = 0; adv[k] && !o; k++)
        o = ex_match_fold(s + q, b - q, adv[k]);
    if (!o)
        return 0;
    q += o;
    if (q < b && s[q] == ',')
        q++;
    while (q < b && is_blank(s[q]))
        q++;
    size_t m = ex_match_fold(s + q, b - q, "avec ");
    size_t e = advisory_voice_at(s, q + m, b);
    if (!e || (!m && !ex_match_fold(s + q, b - q, "sans ")))
        return 0;
    return e - a;
}

/* "Avec voix consultative : M. X, directeur ; Mme Y, agent comptable."
   opening a line: the label of the advisory members present, as
   "Assistaient avec voix consultative :" (a C check: the label set is
   near PCRE2's size limit, and its keys are full); inserted into lv in
   text order.  Only the 8 lines after each list label's are read (the
   attendance block), those opening with 'A' / 'a' only. */
static bool voice_labels(ex_call *c, const ex_document *d, label_vec *lv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t next = 0;    /* the first line not read yet */
    for (size_t i = 0; i < lv->n; i++) {
        if (!list_kind(lv->v[i].kind))
            continue;
        size_t li = ex_line_at(t, lv->v[i].a) + 1, l1 = li + 8;
        if (li < next)
            li = next;
        if (l1 > t->nlines)
            l1 = t->nlines;
        for (; li < l1; li++) {
            const ex_line *ln = &t->lines[li];
            size_t a = ln->start;
            if ((s[a] | 0x20) != 'a' || a >= d->span.end || (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE)))
                continue;
            size_t m = ex_match_fold(s + a, ln->end - a, "avec voix consultative");
            if (!m)
                m = assist_voice(s, a, ln->end);
            if (!m)
                continue;
            label nl;
            memset(&nl, 0, sizeof nl);
            nl.kind = K_ADV_PRESENT;
            nl.a = a;
            nl.b = a + m;
            nl.colon = colon_after(c, nl.b, d->span.end, &nl.after, &nl.pa, &nl.pb);
            if (!nl.colon)
                continue;
            size_t k = i + 1;
            while (k < lv->n && lv->v[k].a < a)
                k++;
            if (k < lv->n && lv->v[k].a < nl.after)
                continue;   /* a label there already */
            if (!ex_vec_push(c->alloc, lv)) {
                c->oom = true;
                return false;
            }
            memmove(lv->v + k + 1, lv->v + k, (lv->n - 1 - k) * sizeof *lv->v);
            lv->v[k] = nl;
        }
        next = l1;
    }
    return true;
}

/* the bullet opening a list line at p ("•", "–", "—", "-", "*", "·";
   OCR "+" for "•") and a blank after it: where the line's text starts */
static size_t skip_bullet(const char *s, size_t p, size_t e)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t p0 = p;
    if (p < e && (s[p] == '-' || s[p] == '*' || s[p] == '+'))
        p++;
    else if (p + 2 < e && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0xA2 || u[p + 2] == 0x93 || u[p + 2] == 0x94))
        p += 3;
    else if (p + 1 < e && u[p] == 0xC2 && u[p + 1] == 0xB7)
        p += 2;
    if (p > p0 && p < e && !is_blank(s[p]))
        return p0;  /* "-5", "*NOTE" */
    while (p < e && is_blank(s[p]))
        p++;
    return p;
}

/* the voice of the heading nearest above line li (at most 12 lines up,
   not past line lo): 1 "à voix consultative" / "sans voix délibérative",
   -1 "à voix délibérative", 0 none */
static int voice_above(const ex_call *c, size_t li, size_t lo)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    for (size_t k = li; k > lo && k + 12 > li; k--) {
        const ex_line *ln = &t->lines[k - 1];
        size_t e = ln->end - ln->start > 80 ? ln->start + 80 : ln->end;
        for (size_t q = ln->start; q < e; q++) {
            if ((s[q] | 0x20) != 'v' && (s[q] | 0x20) != 's')
                continue;
            if (q > ln->start && !is_blank(s[q - 1]))
                continue;
            if (advisory_voice_at(s, q, e))
                return 1;
            size_t m = ex_match_fold(s + q, e - q, "voix ");
            if (m && ex_match_fold(s + q + m, e - q - m, "deliberative"))
                return -1;
        }
    }
    return 0;
}

/* a heading "MEMBRES À VOIX DÉLIBÉRATIVE" / "Membres à voix
   consultative" on one of the 6 lines above line l0 (one byte tested
   first on each) */
static bool members_heading(const ex_call *c, size_t l0)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    for (size_t k = l0; k > 0 && k + 6 > l0; k--) {
        const ex_line *ln = &t->lines[k - 1];
        if ((s[ln->start] | 0x20) == 'm' && ex_match_fold(s + ln->start, ln->end - ln->start, "membres ")
            && voice_above(c, k, k - 1))
            return true;
    }
    return false;
}

/* Attendance by quality: "• Président : M. X, adjoint au maire" (the
   member presiding, present), "• Comptable public : Mme Y, trésorière
   (présente)" under a heading "MEMBRES À VOIX CONSULTATIVE" (an advisory
   member): a role (capital, words only) then a colon and a civility, at
   a line start (a bullet before it), near a bulleted list label (4
   lines before it to 8 after), with no label on the line.  A C check (the label set
   is full); inserted into lv in text order; *pres the president line's
   list start (else 0). */
static bool role_labels(ex_call *c, const ex_document *d, label_vec *lv, size_t *pres)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    label add[8];
    size_t nadd = 0, next = 0, j = 0;
    *pres = 0;
    for (size_t i = 0; i < lv->n && nadd < 8; i++) {
        if (!list_kind(lv->v[i].kind))
            continue;
        /* (the list label's line opens with a bullet: "• Titulaires
           présents :", "– Titulaire excusée :") */
        size_t l0 = ex_line_at(t, lv->v[i].a), li = l0 > 4 ? l0 - 4 : 0, l1 = l0 + 9;
        /* (or, unbulleted, a capital opens the label's line under a voice
           heading "MEMBRES À VOIX DÉLIBÉRATIVE": "Titulaires présents :";
           then any capital opens a role line, and the label takes the
           words before it: "Titulaires" is no role of the member above) */
        bool bare = false;
        size_t a0 = t->lines[l0].start;
        if (skip_bullet(s, a0, lv->v[i].a) == a0) {
            unsigned char h = (unsigned char)s[a0];
            if (!((h >= 'A' && h <= 'Z') || h == 0xC3) || a0 == lv->v[i].a || lv->v[i].a > a0 + 30
                || s[lv->v[i].a - 1] != ' ')
                continue;
            size_t q = a0;
            while (q < lv->v[i].a && (((s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z') || (unsigned char)s[q] >= 0x80
                                      || s[q] == ' ' || s[q] == '\''))
                q++;
            if (q != lv->v[i].a || (i && lv->v[i - 1].b > a0) || !members_heading(c, l0))
                continue;
            lv->v[i].a = a0;
            bare = true;
        }
        if (l0 < next)
            continue;
        if (li < next)
            li = next;
        if (l1 > t->nlines)
            l1 = t->nlines;
        for (; li < l1 && nadd < 8; li++) {
            const ex_line *ln = &t->lines[li];
            if (ln->start < d->span.start || ln->end > d->span.end || (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE)))
                continue;
            /* (a bullet or "Président" opens the line: one byte first) */
            unsigned char c0 = (unsigned char)s[ln->start];
            if (c0 != '-' && c0 != '*' && c0 != '+' && c0 != 0xE2 && c0 != 0xC2 && c0 != 'P'
                && !(bare && ((c0 >= 'A' && c0 <= 'Z') || c0 == 0xC3)))
                continue;
            size_t a = skip_bullet(s, ln->start, ln->end), q = a, lim = a + 50;
            unsigned char ch = a < ln->end ? (unsigned char)s[a] : 0;
            if (!((ch >= 'A' && ch <= 'Z') || ch == 0xC3))
                continue;
            if (lim > ln->end)
                lim = ln->end;
            if (!memchr(s + a, ':', lim - a))
                continue;
            while (q < lim && s[q] != ':'
                   && (((s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z') || (unsigned char)s[q] >= 0x80 || s[q] == ' '
                       || s[q] == '\'' || s[q] == '-'))
                q++;
            if (q >= lim || s[q] != ':' || q < a + 4)
                continue;
            size_t b = q, after = q + 1;
            while (b > a && is_blank(s[b - 1]))
                b--;
            while (after < ln->end && is_blank(s[after]))
                after++;
            if (!starts_civility(c, after, ln->end))
                continue;
            while (j < lv->n && lv->v[j].a < ln->start)
                j++;
            if (j < lv->n && lv->v[j].a < after)
                continue;   /* a label there already ("(présente)" after is none) */
            int voice = voice_above(c, li, l0 > 12 ? l0 - 12 : 0);
            int kind;
            if (voice > 0)
                kind = K_ADV_PRESENT;
            else if (!*pres && ex_match_fold(s + a, b - a, "president"))
                kind = K_PRESENT;
            else
                continue;
            label *nl = &add[nadd++];
            memset(nl, 0, sizeof *nl);
            nl->kind = kind;
            nl->a = a;
            nl->b = b;
            nl->colon = true;
            nl->after = nl->pa = nl->pb = after;
            nl->col = col_of(s, ln->start, a);
            if (kind == K_PRESENT)
                *pres = after;
        }
        next = l1;
    }
    for (size_t n = 0; n < nadd; n++) {
        size_t k = 0;
        while (k < lv->n && lv->v[k].a < add[n].a)
            k++;
        if (!ex_vec_push(c->alloc, lv)) {
            c->oom = true;
            return false;
        }
        memmove(lv->v + k + 1, lv->v + k, (lv->n - 1 - k) * sizeof *lv->v);
        lv->v[k] = add[n];
    }
    return true;
}

/* the status ending an advisory member's role: ", excusée", "(excusé)"
   (2), ", présent", "(présente)" (1), else 0; *cut where it starts */
static int role_status(const char *r, size_t *cut)
{
    size_t n = strlen(r), e = n;
    while (e && (is_blank(r[e - 1]) || r[e - 1] == '.' || r[e - 1] == ';'))
        e--;
    bool br = e && r[e - 1] == ')';
    if (br)
        e--;
    size_t w = e;
    while (w && r[w - 1] != ' ' && r[w - 1] != ',' && r[w - 1] != '(')
        w--;
    if (w == e || w > e)
        return 0;
    size_t m, st = 0;
    if ((m = ex_match_fold(r + w, e - w, "excuse")) && e - w - m <= 2)
        st = 2;
    else if ((m = ex_match_fold(r + w, e - w, "present")) && e - w - m <= 2)
        st = 1;
    /* (the word's ending: "", "e", "s", "es") */
    size_t x = w + m;
    if (!st || (e > x && !((e - x == 1 && (r[x] == 'e' || r[x] == 's')) || (e - x == 2 && r[x] == 'e' && r[x + 1] == 's'))))
        return 0;
    size_t q = w;
    if (q && (br ? r[q - 1] != '(' : r[q - 1] != ',' && r[q - 1] != ' '))
        return 0;
    if (q && (r[q - 1] == '(' || r[q - 1] == ' '))
        q--;
    while (q && (is_blank(r[q - 1]) || r[q - 1] == ','))
        q--;
    *cut = q;
    return (int)st;
}

/* the advisory members added at n0.. with an excused status go to the
   advisory excused; statuses are cut from roles */
static bool advisory_status(ex_call *c, ex_document *d, size_t n0)
{
    ex_person_vec *v = &d->att.advisory_present;
    for (size_t k = n0; k < v->n;) {
        ex_person *p = &v->v[k];
        size_t cut;
        int st = p->role ? role_status(p->role, &cut) : 0;
        if (st) {
            p->role = cut ? ex_strndup(c, p->role, cut) : NULL;
            if (cut && !p->role)
                return false;
        } else if (p->note && (st = role_status(p->note, &cut)) && !cut) {
            p->note = NULL;     /* "(excusé)" read as a note */
        }
        if (st != 2) {
            k++;
            continue;
        }
        ex_person *np = ex_vec_push(c->alloc, &d->att.advisory_excused);
        if (!np)
            return false;
        *np = v->v[k];
        memmove(v->v + k, v->v + k + 1, (v->n - k - 1) * sizeof *v->v);
        v->n--;
    }
    return true;
}

static bool person_in(ex_call *c, size_t a, size_t b, bool last, ex_person *out);

/* the line feeds in s[a, b) (a few bytes between two words) */
static size_t line_breaks(const char *s, size_t a, size_t b)
{
    size_t k = 0;
    for (; a < b; a++)
        k += s[a] == '\n';
    return k;
}

/* an election verb among the words of s[a, b): "élit", "élu(e)",
   "désigne", "désigné(e)", "nomme", "nommé(e)" */
static bool election_verb_in(const char *s, size_t a, size_t b)
{
    static const char *const verbs[] = {"elit", "elu", "elue", "designe", "designee", "nomme", "nommee", NULL};
    for (size_t q = a; q < b;) {
        char w[12];
        size_t n = (q == a || !word_byte((unsigned char)s[q - 1]))
                       ? ex_num_fold_word(s + q, b - q, w, sizeof w) : 0;
        if (!n) {
            q++;
            continue;
        }
        if ((q + n >= b || !word_byte((unsigned char)s[q + n])) && ex_in_list(w, verbs))
            return true;
        q += n;
    }
    return false;
}

/* The member elected to preside an act before the label
   "président(e) de séance" at a with no colon: "le conseil municipal
   élit M. X, premier adjoint, président de séance pour l'examen du
   compte administratif", "M. X est élu président de séance": the person
   opening at the last civility of the 160 bytes before, at most 48
   bytes (no '.', ';' nor ':') from the label, an election verb in the
   48 bytes before the person or between it and the label */
static bool elected_president(ex_call *c, const ex_document *d, size_t a, ex_person *out)
{
    const char *s = c->text.s;
    size_t lo = a > d->span.start + 160 ? a - 160 : d->span.start;
    size_t q = a;
    while (q > lo && !((is_blank(s[q - 1]) || is_nl(s[q - 1])) && !is_blank(s[q]) && starts_civility(c, q, a)))
        q--;
    if (q <= lo || !person_in(c, q, a, false, out) || out->span.start != q || a - out->span.end > 48)
        return false;
    for (size_t k = out->span.end; k < a; k++)
        if (s[k] == '.' || s[k] == ';' || s[k] == ':')
            return false;
    /* between the name and the label: an apposition in commas ("M. X,
       premier adjoint,"), then only the words of the election ("est
       élu", "a été désignée comme", "en qualité de") */
    static const char *const link[] = {"est", "a", "ete", "elu", "elue", "designe", "designee", "nomme",
                                       "nommee", "comme", "en", "qualite", "de", NULL};
    size_t g = out->span.end;
    if (g < a && s[g] == ',') {
        g++;
        while (g < a && s[g] != ',')
            g++;
        g += g < a;
    }
    while (g < a) {
        char w[12];
        size_t n = ex_num_fold_word(s + g, a - g, w, sizeof w);
        if (!n) {
            if (!is_blank(s[g]) && !is_nl(s[g]) && s[g] != ',')
                return false;
            g++;
            continue;
        }
        if (!ex_in_list(w, link))
            return false;
        g += n;
    }
    size_t vb = q > lo + 48 ? q - 48 : lo;
    if (!election_verb_in(s, vb, q) && !election_verb_in(s, out->span.end, a))
        return false;
    /* a role only in apposition after a comma ("M. X, premier adjoint,"),
       not the verb read as one ("Mme X est élue") */
    if (out->role && s[out->span.end] != ',')
        out->role = NULL;
    return true;
}

/* "Représentés :" with no count after it and at the start of its line
   (or of its column): the label of a list of proxies ("Représentés : M.
   X par Mme Y, ..."), as "Absents représentés :" */
static bool repr_list(const ex_call *c, const ex_document *d, const label *l)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
    size_t q = l->a;
    while (q > ln->start && (is_blank(s[q - 1]) || s[q - 1] == '-'))
        q--;
    /* ("Étaient représentés :" at a line start too, OCR specks apart
       before it: ".… Étaient") */
    size_t w = ln->start, m;
    for (;;) {
        if (w < q && (is_blank(s[w]) || s[w] == '.' || s[w] == ':' || s[w] == ',' || s[w] == '\''))
            w++;
        else if (w + 3 <= q && (unsigned char)s[w] == 0xE2 && (unsigned char)s[w + 1] == 0x80)
            w += 3;     /* … ‘ ’ */
        else
            break;
    }
    bool verb = q > w && (((m = ex_match_fold(s + w, q - w, "etaient")) && w + m == q)
                          || ((m = ex_match_fold(s + w, q - w, "etait")) && w + m == q));
    if (!(q == ln->start || l->right || verb))
        return false;
    if (starts_civility(c, l->after, d->span.end))
        return true;
    /* names without civility, the first entry a pair "Anne CHABAUD par
       Richard OLIVESI": a word in capitals (2+ letters) then " par " and
       a capital, before any "," ";" "." or line end (bounded: 80 bytes) */
    size_t lim = l->after + 80 < d->span.end ? l->after + 80 : d->span.end;
    size_t caps = 0;
    for (size_t r = l->after; r < lim; r++) {
        char ch = s[r];
        if (ch == ',' || ch == ';' || ch == '.' || ch == '\n' || ch == '(' || (ch >= '0' && ch <= '9'))
            return false;
        if (ch >= 'A' && ch <= 'Z') {
            caps++;
            continue;
        }
        if (ch == ' ' && caps >= 2 && r + 5 < lim && !memcmp(s + r, " par ", 5) && s[r + 5] >= 'A'
            && s[r + 5] <= 'Z')
            return true;
        if (!((unsigned char)ch == 0xC3 || ((unsigned char)ch >= 0x80 && caps)) && ch != '-' && ch != '\'')
            caps = 0;
    }
    return false;
}

/* A line that opens the act's prose ends a list printed above it with no
   blank line between ("Absent : M. X\nLe Conseil municipal, après en avoir
   délibéré, DÉCIDE ..."): the openers below, and an article's heading,
   never start a line of names. */
static bool prose_opener(const char *s, size_t a, size_t b)
{
    static const char *const op[] = {
        "le conseil ", "la commission ", "le comite ", "le bureau ", "l'assemblee ",
        "apres ", "vu ", "considerant ", "sur proposition", "sur le rapport", "la seance ", "l'ordre du jour",
        "ordre du jour", NULL};
    while (a < b && is_blank(s[a]))
        a++;
    /* the openers and "article " start with a, c, l, o, s or v:
       ex_match_fold() compares an ASCII first byte, in lower case, with
       the key's first letter first (most lines) */
    unsigned char f = a < b ? (unsigned char)s[a] | 0x20 : 0;
    if (a < b && (unsigned char)s[a] < 0x80 && f != 'a' && f != 'c' && f != 'l' && f != 'o' && f != 's'
        && f != 'v')
        return false;
    for (size_t i = 0; op[i]; i++)
        if (ex_match_fold(s + a, b - a, op[i]))
            return true;
    /* an article's heading: "ARTICLE 3- Le montant …", "Article premier" */
    size_t m = ex_match_fold(s + a, b - a, "article ");
    if (m) {
        while (a + m < b && is_blank(s[a + m]))
            m++;
        return a + m < b && ((s[a + m] >= '0' && s[a + m] <= '9') || ex_match_fold(s + a + m, b - a - m, "premier")
                             || ex_match_fold(s + a + m, b - a - m, "unique"));
    }
    return false;
}

/* UTF-8 letter case at s[p] (Latin-1 letters and œ): 1 upper, -1 lower,
   0 no letter; *n its byte length */
static int heading_case(const char *s, size_t p, size_t lim, size_t *n)
{
    unsigned char ch = (unsigned char)s[p];
    *n = 1;
    if (ch >= 'A' && ch <= 'Z')
        return 1;
    if (ch >= 'a' && ch <= 'z')
        return -1;
    if ((ch == 0xC3 || ch == 0xC5) && p + 1 < lim) {
        unsigned char c2 = (unsigned char)s[p + 1];
        *n = 2;
        if (ch == 0xC3 && c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97)
            return 1;
        if (ch == 0xC3 && c2 >= 0xA0 && c2 <= 0xBF && c2 != 0xB7)
            return -1;
        if (ch == 0xC5 && (c2 == 0x92 || c2 == 0x93))
            return c2 == 0x92 ? 1 : -1;
    }
    return 0;
}

/* A group heading of capitals under a list line ("Présents : …, Mme
   Corinne BÉAL" / "COLLÈGE B (autres enseignants-chercheurs, …)",
   "PERSONNALITÉS EXTÉRIEURES"): the line [a, b) opens with a capital,
   has no lower-case letter nor punctuation outside brackets (closed),
   two words, no civility; the line above [pa, pb) ends with a whole
   name (capitals after a given name or a civility), so that a family
   name cut by the line end ("M. Yann" / "LE BRIS") is not taken */
static bool list_heading(const ex_call *c, size_t pa, size_t pb, size_t a, size_t b)
{
    const char *s = c->text.s;
    size_t n;
    while (a < b && is_blank(s[a]))
        a++;
    while (b > a && is_blank(s[b - 1]))
        b--;
    if (a >= b || heading_case(s, a, b, &n) != 1 || starts_civility(c, a, b))
        return false;
    int depth = 0;
    size_t words = 0;
    for (size_t q = a; q < b; q += n) {
        char ch = s[q];
        n = 1;
        if (ch == '(') {
            depth++;
            continue;
        }
        if (ch == ')') {
            depth--;
            continue;
        }
        if (depth > 0)
            continue;
        if (ch == ':' || ch == ',' || ch == ';' || ch == '.' || (ch >= '0' && ch <= '9'))
            return false;
        int k = heading_case(s, q, b, &n);
        if (k < 0)
            return false;
        if (k && (q == a || is_blank(s[q - 1])))
            words++;
    }
    if (words < 2 || depth != 0)
        return false;   /* (not "CORRE (pouvoir à" under "M. Stéphane LE") */
    /* the line above: capital words back to a given name or a civility */
    while (pb > pa && is_blank(s[pb - 1]))
        pb--;
    size_t caps = 0;
    for (;;) {
        size_t w = pb;
        while (w > pa && !is_blank(s[w - 1]))
            w--;
        if (w >= pb)
            return false;
        bool lower = false, upper = false;
        for (size_t q = w; q < pb; q += n) {
            int k = heading_case(s, q, pb, &n);
            lower |= k < 0;
            upper |= k > 0;
        }
        if (!lower && upper && s[pb - 1] != ',' && s[pb - 1] != '.' && s[pb - 1] != ';') {
            /* a particle ending the line ("M. Stéphane LE" / "CORRE"):
               the family goes on below */
            static const char *const part[] = {"le", "la", "de", "du", "des", "di", "da", "van", "von", "del", NULL};
            if (!caps)
                for (size_t k = 0; part[k]; k++)
                    if (ex_match_fold(s + w, pb - w, part[k]) == pb - w)
                        return false;
            caps++;
            pb = w;
            while (pb > pa && is_blank(s[pb - 1]))
                pb--;
            continue;
        }
        /* a given name ("Corinne", "Jean-Pierre") or a civility */
        return caps && ((lower && heading_case(s, w, pb, &n) == 1) || (pb - w == 2 && s[w] == 'M' && s[w + 1] == '.'));
    }
}

/* [a, b) holds only OCR specks: tokens of two letters or digits at
   most, none a civility nor a count, one of them punctuation alone
   ("‘ - 1. de") */
static bool speck_rest(const ex_call *c, size_t a, size_t b)
{
    const char *s = c->text.s;
    size_t ntok = 0, specks = 0;
    for (size_t q = a; q < b;) {
        if (is_blank(s[q])) {
            q++;
            continue;
        }
        if (starts_civility(c, q, b))
            return false;
        size_t alnum = 0, digits = 0, t0 = q;
        for (; q < b && !is_blank(s[q]); q++) {
            unsigned char ch = (unsigned char)s[q];
            alnum += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                     || ch >= 0xC0;
            digits += ch >= '0' && ch <= '9';
        }
        if (alnum > 2 || (digits && digits == q - t0))
            return false;   /* a word, or a count ("Présents : 12") */
        specks += !alnum;
        ntok++;
    }
    return ntok > 0 && specks > 0;
}

/* Ranges of a list from its label: its column on each line, up to bound. */
static bool list_ranges(ex_call *c, const label *l, size_t bound, size_t rcol, span_vec *rv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, l->after);
    const ex_line *ln = &t->lines[li];
    /* left column with prose on its right: cut the lines at that column */
    size_t colB = (size_t)-1;
    if (!l->right) {
        for (size_t q = l->after; q < ln->end; q++) {
            if (is_blank(s[q])) {
                size_t r = q;
                while (r < ln->end && is_blank(s[r]))
                    r++;
                if (r - q >= 3 && r < ln->end && !starts_civility(c, r, ln->end)) {
                    size_t col = col_of(s, ln->start, r);
                    unsigned char ch = (unsigned char)s[r];
                    bool lower = (ch >= 'a' && ch <= 'z') || (ch == 0xC3 && r + 1 < ln->end
                                                              && (unsigned char)s[r + 1] >= 0xA0);
                    if (col >= 20 && lower)
                        colB = col;
                    break;
                }
                q = r;
            }
        }
        /* labels of a right column beside the list ("MEMBRES EN
           EXERCICE 45" right of "Délégués présents :") */
        if (colB == (size_t)-1 && rcol != (size_t)-1 && rcol >= 20)
            colB = rcol;
    }
    for (; li < t->nlines; li++) {
        ln = &t->lines[li];
        if (ln->start >= bound)
            break;
        size_t a = ln->start, b = ln->end < bound ? ln->end : bound;
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (ln->flags & EX_LINE_BLANK) {
            ex_span *r = ex_vec_push(c->alloc, rv);
            if (!r)
                goto oom;
            r->start = r->end = ln->start;
            continue;
        }
        if (l->after >= ln->start && l->after <= ln->end) {
            a = l->after;
            /* OCR specks after the label's colon ("Étaient présents: ‘ -
               1. de"): the list starts on the next line; the label may
               have taken the marks among them, leaving letters alone
               ("présents : - ne"): read from the label's end then (a
               short rest only) */
            if (speck_rest(c, a, b) || (l->colon && l->b < a && b - a <= 8 && speck_rest(c, l->b, b)))
                continue;
        } else if (l->cb > l->ca && l->ca >= ln->start && l->ca < ln->end) {
            a = l->cb;  /* the cell of the label's second line (split_gave_label()) */
        } else if (l->right) {
            /* first text at or right of the label's column, after a gap */
            size_t from = off_of_col(s, ln->start, ln->end, l->col > 3 ? l->col - 3 : 0);
            size_t q = from;
            while (q < b) {
                if (!is_blank(s[q]) && (q == ln->start || (q >= ln->start + 2 && is_blank(s[q - 1])
                                                           && (q - from < 3 || is_blank(s[q - 2]))))) {
                    /* text at the column: accept it if it starts there */
                    bool gap = q == ln->start;
                    size_t k = q;
                    while (k > ln->start && is_blank(s[k - 1]))
                        k--;
                    gap = gap || k == ln->start || q - k >= 2;
                    if (gap)
                        break;
                }
                q++;
            }
            if (q >= b)
                continue;   /* nothing in this column on this line */
            a = q;
        }
        if (colB != (size_t)-1) {
            size_t cut = off_of_col(s, ln->start, ln->end, colB > 3 ? colB - 3 : 0);
            /* end at the start of the blank run before the right column */
            size_t q = a;
            size_t e2 = b;
            if (a >= cut && col_of(s, ln->start, a) + 3 >= colB)
                q = e2 = b = a;     /* the line holds only the right column */
            while (q < b) {
                if (is_blank(s[q])) {
                    size_t r = q;
                    while (r < b && is_blank(s[r]))
                        r++;
                    if (r - q >= 3 && r >= cut) {
                        e2 = q;
                        break;
                    }
                    q = r;
                } else {
                    q++;
                }
            }
            b = e2;
        }
        if (a < b) {
            ex_span *r = ex_vec_push(c->alloc, rv);
            if (!r)
                goto oom;
            r->start = a;
            r->end = b;
        }
    }
    return true;
oom:
    c->oom = true;
    return false;
}

/* OCR: a hyphen for the blank after a civility ("Mme-Nadine X", "M.-Paul
   Y"), past blanks and line breaks from p */
static bool civility_dash(const ex_call *c, size_t p, size_t lim)
{
    const char *s = c->text.s;
    while (p < lim && (is_blank(s[p]) || is_nl(s[p])))
        p++;
    static const char *const civ[] = {"m.-", "mme-", "mmes-", "mlle-", NULL};
    for (size_t k = 0; civ[k]; k++) {
        size_t m = ex_match_fold(s + p, lim - p, civ[k]);
        if (m && p + m < lim && s[p + m] >= 'A' && s[p + m] <= 'Z')
            return true;
    }
    return false;
}

/* "Communauté de communes X : M. A, Mme B.", "Commune de Y :" / "Mme C":
   a collectivity (or college) heading the members it sends, at the start
   of a list's line: a collectivity word (lexicon), at most 14 words on
   the line, no civility among them, a colon, then (past line breaks) a
   civility.  A group label: no person and not the end of the list.
   Returns the offset after the colon (0: none). */
static size_t group_prefix(const ex_call *c, size_t a, size_t b, size_t lim)
{
    static const char *const coll[] = {
        "commune ", "communes ", "ville ", "communaute ", "metropole ", "syndicat ", "college ", "departement ",
        "region ", "epci ", "etablissement ", "pole ", "sivu ", "sivom ", "groupe ",
        /* a board's college: "Administrateurs représentant les
           actionnaires privés :" */
        "administrateurs representant ", "administratrices representant ", NULL};
    const char *s = c->text.s;
    /* (a dash bullet, OCR specks: "- Communauté …", ". Commune …") */
    for (int n = 0; a < b && n < 4; n++) {
        size_t w;
        if (is_blank(s[a]) || s[a] == '.' || s[a] == '*')
            a++;
        else if ((w = dash_width(s, a, b)))
            a += w;     /* "-", "–", "—" */
        else
            break;
        while (a < b && is_blank(s[a]))
            a++;
    }
    /* (a capital first: most lines open with a civility, "M.", "Mme") */
    unsigned char c0 = a < b ? (unsigned char)s[a] : 0, c1 = a + 1 < b ? (unsigned char)s[a + 1] : 0;
    if (!(c0 >= 'A' && c0 <= 'Z') || !strchr("CVMSDREPGA", c0)
        || (c0 == 'M' && (c1 == '.' || c1 == 'm' || c1 == 'M' || c1 == 'l')))
        return 0;
    size_t k = 0;
    while (coll[k] && !ex_match_fold(s + a, b - a, coll[k]))
        k++;
    if (!coll[k])
        return 0;
    int words = 0;
    for (size_t q = a; q < b; q++) {
        char ch = s[q];
        if (ch == ':') {
            /* (the members may follow as a dash list on the next lines:
               "… actionnaires privés :" / "- Mme X ;") */
            size_t r = q + 1, w;
            while (r < lim && (is_blank(s[r]) || is_nl(s[r])))
                r++;
            if (r > b && (w = dash_width(s, r, lim)))
                for (r += w; r < lim && is_blank(s[r]); r++)
                    ;
            else
                r = q + 1;
            if (q == a || !(starts_civility(c, r, lim) || civility_dash(c, r, lim)))
                return 0;
            for (q++; q < b && is_blank(s[q]); q++)
                ;
            return q;
        }
        /* (a bracket of weights after the name: "Communauté de
           communes X (40 voix, 4 délégués de 10 voix) :", its count
           words and digits passed over; closed on the line, after a
           word, no civility in it) */
        if (ch == '(' && q > a && words < 14) {
            size_t r = q + 1;
            while (r < b && s[r] != ')' && s[r] != '(' && s[r] != ';' && !starts_civility(c, r, b))
                r++;
            if (r < b && s[r] == ')') {
                q = r;
                continue;
            }
            return 0;
        }
        if (ch == ';' || ch == '(' || ch == ',' || (ch >= '0' && ch <= '9'))
            return 0;
        if (is_blank(ch) && q + 1 < b && !is_blank(s[q + 1])) {
            if (++words > 14 || starts_civility(c, q + 1, b))
                return 0;
        }
    }
    return 0;
}

/* "ÉTAIENT PRÉSENTS" alone on its line (no colon), then a college's
   label opening the next non-empty line ("Collège des employeurs –
   représentants des communes affiliées :" / "M. X, Président ; …"):
   the heading's list starts there (the group labels stay inside it,
   see group_prefix()).  The label opens its line (checked by the
   caller) and nothing but blanks follows it there. */
static bool heading_group(const ex_call *c, const ex_document *d, const label *l)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, l->a);
    const ex_line *ln = &t->lines[li];
    for (size_t q = l->b; q < ln->end; q++)
        if (!is_blank(s[q]))
            return false;
    for (size_t k = li + 1; k < t->nlines && k <= li + 2; k++) {
        const ex_line *nx = &t->lines[k];
        if (nx->start >= d->span.end)
            return false;
        size_t q = nx->start;
        while (q < nx->end && is_blank(s[q]))
            q++;
        if (q == nx->end)
            continue;       /* a blank line between */
        return group_prefix(c, q, nx->end, d->span.end) != 0;
    }
    return false;
}

/* leave [a, b) out of the ranges (a count printed inside a list) */
static bool cut_ranges(ex_call *c, span_vec *rv, size_t a, size_t b)
{
    for (size_t i = 0; i < rv->n; i++) {
        ex_span *r = &rv->v[i];
        if (r->end <= a || r->start >= b)
            continue;
        if (r->start >= a && r->end <= b) {
            /* all of it: dropped (an empty range would read as a blank line) */
            memmove(&rv->v[i], &rv->v[i + 1], (rv->n - i - 1) * sizeof rv->v[0]);
            rv->n--;
            i--;
        } else if (r->start < a && r->end > b) {
            /* split: [start, a) and [b, end) */
            ex_span tail = {b, r->end};
            r->end = a;
            if (!ex_vec_push(c->alloc, rv)) {
                c->oom = true;
                return false;
            }
            memmove(&rv->v[i + 2], &rv->v[i + 1], (rv->n - i - 2) * sizeof rv->v[0]);
            rv->v[i + 1] = tail;
            i++;
        } else if (r->start < a) {
            r->end = a;
        } else {
            r->start = b;
        }
    }
    return true;
}

static bool same_family(const ex_person *a, const ex_person *b)
{
    return a->family && b->family && strcmp(a->family, b->family) == 0;
}

/* FNV-1a of a string (NULL hashes as "") */
static uint64_t str_hash(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return (h ^ 0xff) * 0x100000001b3ull;
}

static bool same_proxy(const ex_proxy *a, const ex_proxy *b)
{
    return same_family(&a->from, &b->from) && same_family(&a->to, &b->to);
}

/* Append the proxies of px not already in the document's (same giver and
   receiver family names).  Long lists go through a hash table keyed on
   both family names, so that 200,000 proxies stay linear. */
static bool add_proxies(ex_call *c, ex_document *d, const ex_proxy_vec *px)
{
    ex_proxy_vec *out = &d->att.proxies;
    size_t *tab = NULL, cap = 0;
    if (out->n + px->n > 64) {
        cap = 128;
        while (cap < (out->n + px->n) * 2)
            cap *= 2;
        if (cap > SIZE_MAX / sizeof(size_t) || !(tab = ex_malloc(c->alloc, cap * sizeof *tab)))
            goto oom;
        memset(tab, 0, cap * sizeof *tab);  /* index + 1, 0: empty */
    }
    for (size_t i = 0, n0 = out->n; i < n0 + px->n; i++) {
        const ex_proxy *p = i < n0 ? &out->v[i] : &px->v[i - n0];
        bool keyed = p->from.family && p->to.family;  /* else never a repeat */
        size_t h = 0;
        bool dup = false;
        if (tab && keyed) {
            h = (size_t)str_hash(str_hash(0xcbf29ce484222325ull, p->from.family), p->to.family)
                & (cap - 1);
            if (i >= n0)
                for (size_t q = h; tab[q] && !dup; q = (q + 1) & (cap - 1))
                    dup = same_proxy(&out->v[tab[q] - 1], p);
        } else if (!tab && i >= n0) {
            for (size_t k = 0; k < out->n && !dup; k++)
                dup = same_proxy(&out->v[k], p);
        }
        if (dup)
            continue;
        if (i >= n0) {
            ex_proxy *np = ex_vec_push(c->alloc, out);
            if (!np)
                goto oom;
            *np = *p;
        }
        if (tab && keyed) {
            size_t q = h;
            while (tab[q])
                q = (q + 1) & (cap - 1);
            tab[q] = (i >= n0 ? out->n - 1 : i) + 1;
        }
    }
    ex_free(c->alloc, tab);
    return true;
oom:
    ex_free(c->alloc, tab);
    c->oom = true;
    return false;
}

static bool same_person(const ex_person *a, const ex_person *b)
{
    if (!same_family(a, b))
        return false;
    if (a->civility && b->civility && strcmp(a->civility, b->civility) != 0)
        return false;   /* "M. MARTIN, Mme MARTIN" */
    if (!a->given || !b->given)
        return !a->given && !b->given;
    return strcmp(a->given, b->given) == 0;
}

/* A person appears once per list: "Absents excusés : M. A, M. B." then
   "M. B a donné pouvoir à M. C" names B again - keep the first mention.
   Only entries from index n0 on (just added) are checked. */
/* Short lists compare each new entry with the kept ones; long ones use a
   hash table of the kept entries keyed on family + given name (equal
   persons have both equal), so a list of 200,000 names stays linear. */
static bool drop_repeats(ex_call *c, ex_person_vec *out, size_t n0)
{
    size_t w = n0;
    if (out->n <= 64) {
        /* each entry's hash of family + given first (equal persons have
           equal hashes; no family: never a repeat), same_person() only
           on equal hashes */
        uint64_t hv[64];
        for (size_t i = 0; i < out->n; i++)
            hv[i] = out->v[i].family ? str_hash(str_hash(0xcbf29ce484222325ull, out->v[i].family),
                                                out->v[i].given) : 0;
        for (size_t i = n0; i < out->n; i++) {
            bool dup = false;
            if (out->v[i].family)
                for (size_t k = 0; k < w && !dup; k++)
                    dup = hv[k] == hv[i] && same_person(&out->v[k], &out->v[i]);
            if (!dup) {
                hv[w] = hv[i];
                out->v[w++] = out->v[i];
            }
        }
        out->n = w;
        return true;
    }
    size_t cap = 128;
    while (cap < out->n * 2)
        cap *= 2;
    if (cap > SIZE_MAX / sizeof(size_t))
        goto oom;
    size_t *tab = ex_malloc(c->alloc, cap * sizeof *tab);  /* index + 1, 0: empty */
    if (!tab)
        goto oom;
    memset(tab, 0, cap * sizeof *tab);
    for (size_t i = 0; i < out->n; i++) {
        const ex_person *p = &out->v[i];
        size_t h = p->family ? (size_t)str_hash(str_hash(0xcbf29ce484222325ull, p->family),
                                                p->given) & (cap - 1) : 0;
        bool dup = false;
        if (i >= n0 && p->family) {
            for (size_t q = h; tab[q] && !dup; q = (q + 1) & (cap - 1))
                dup = same_person(&out->v[tab[q] - 1], p);
        }
        if (dup)
            continue;
        if (i >= n0)
            out->v[w++] = *p;
        if (p->family) {    /* no family: never a repeat of anyone */
            size_t q = h;
            while (tab[q])
                q = (q + 1) & (cap - 1);
            tab[q] = (i >= n0 ? w - 1 : i) + 1;
        }
    }
    ex_free(c->alloc, tab);
    out->n = w;
    return true;
oom:
    c->oom = true;
    return false;
}

static ex_person *new_person(ex_call *c, const ex_person *p)
{
    ex_person *x = ex_arena_alloc(&c->arena, sizeof *x);
    if (!x) {
        c->oom = true;
        return NULL;
    }
    *x = *p;
    return x;
}

/* "le plus âgé des membres", "la plus âgée": the words after the
   presiding member's name describe the doyen d'âge, no role */
static bool superlative_role(const char *r)
{
    size_t n = strlen(r);
    size_t m = ex_match_fold(r, n, "le plus");
    if (!m)
        m = ex_match_fold(r, n, "la plus");
    return m && (m == n || is_blank(r[m]));
}

/* the first person of v whose role is "Président" / "Présidente"
   (not a vice-président, nor "président de la commission ..."), or
   "Président-Directeur général" / "Présidente-directrice générale"; the
   role or its last part after a comma (the function after whom the
   member represents: "représentante de la Région, Présidente"), or NULL */
static const ex_person *present_president(const ex_person_vec *v)
{
    static const char *const fn[] = {"presidente", "president", "president-directeur general",
                                     "presidente-directrice generale", NULL};
    for (size_t i = 0; i < v->n; i++) {
        const char *r = v->v[i].role;
        if (!r)
            continue;
        size_t n = strlen(r);
        const char *cm = strrchr(r, ',');
        if (cm) {
            r = cm + 1;
            while (*r == ' ')
                r++;
            n = strlen(r);
        }
        for (size_t k = 0; fn[k]; k++)
            if (ex_match_fold(r, n, fn[k]) == n)
                return &v->v[i];
    }
    return NULL;
}

/* the first person in [a, b) */
static bool person_in(ex_call *c, size_t a, size_t b, bool last, ex_person *out)
{
    ex_span rg = {a, b};
    ex_person_vec v = {0};
    bool ok = ex_persons_list_rg(c, &rg, 1, 0, &v, NULL, NULL);
    bool found = ok && v.n;
    if (found)
        *out = v.v[last ? v.n - 1 : 0];
    ex_vec_free(c->alloc, &v);
    return found;
}

/* the name cut by the line break with an OCR speck left at the line
   end ("de Monsieur Alain :" / "DELPEYROUX, Président."): a blank and
   specks (":" "." "'" "_") from pe (the end of the name read on the
   line) to e (its last character); read again over the line without
   them and the next line (up to b2, b: the line's end), a given name
   then a family name in capitals */
static bool name_cut_by_speck(ex_call *c, size_t a, size_t pe, size_t e, size_t b, size_t b2,
                              ex_person *out)
{
    const char *s = c->text.s;
    size_t q = pe, k = 0;
    if (q >= e || !is_blank(s[q]))
        return false;
    while (q < e && is_blank(s[q]))
        q++;
    while (q < e && (s[q] == ':' || s[q] == '.' || s[q] == '\'' || s[q] == '_'))
        q++, k++;
    if (q != e || !k)
        return false;
    while (b < b2 && (is_nl(s[b]) || is_blank(s[b])))
        b++;
    ex_span rg[2] = {{a, pe}, {b, b2}};
    ex_person_vec v = {0};
    bool found = ex_persons_list_rg(c, rg, 2, 0, &v, NULL, NULL) && v.n && v.v[0].given && v.v[0].family
                 && v.v[0].span.end > b && ex_is_upper_word(v.v[0].family, strlen(v.v[0].family));
    if (found) {
        *out = v.v[0];
        /* the text as printed over the span, specks included (the
           contract's noisy text; the given and family names without
           them): "M. Bernard . JACQUEMIN" */
        const char *tx = ex_text_value(c, &c->text, out->span.start, out->span.end);
        if (tx)
            out->text = tx;
        else
            c->oom = true;
    }
    ex_vec_free(c->alloc, &v);
    return found;
}

/* the name cut by the line break in a right column, a left column's text
   on the next line before its second half ("… sous la présidence de Mme
   Hélène" / "à la délibération : 17         MARCHETTI, Maire."): the
   label at la starts a right column (3+ blanks before the column's text,
   at character 20 or more); the next line's text at that column (3+
   blanks before it) is read with [a, e) as one name, a given name then a
   family name in capitals (the text without the left column's words, as
   a list's columns) */
static bool name_cut_by_column(ex_call *c, size_t la, size_t a, size_t e, ex_person *out)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, la);
    const ex_line *ln = &t->lines[li];
    if (li + 1 >= t->nlines || e > ln->end)
        return false;
    /* the start of the column's text on the label's line */
    size_t q = la;
    for (;;) {
        while (q > ln->start && !is_blank(s[q - 1]))
            q--;
        size_t k = q;
        while (k > ln->start && is_blank(s[k - 1]))
            k--;
        if (k == ln->start || q - k >= 3)
            break;
        q = k;
    }
    size_t col = col_of(s, ln->start, q);
    if (col < 20 || q == ln->start)
        return false;
    const ex_line *nx = &t->lines[li + 1];
    if (nx->flags & EX_LINE_BLANK)
        return false;
    size_t r = off_of_col(s, nx->start, nx->end, col > 2 ? col - 2 : 0);
    while (r < nx->end && is_blank(s[r]))
        r++;
    size_t rc = col_of(s, nx->start, r);
    if (r >= nx->end || rc > col + 2 || r < nx->start + 3 || !is_blank(s[r - 1]) || !is_blank(s[r - 2])
        || !is_blank(s[r - 3]))
        return false;
    ex_span rg[2] = {{a, e}, {r, nx->end}};
    ex_person_vec v = {0};
    bool found = ex_persons_list_rg(c, rg, 2, 0, &v, NULL, NULL) && v.n && v.v[0].given && v.v[0].family
                 && v.v[0].span.start >= a && v.v[0].span.end > r
                 && ex_is_upper_word(v.v[0].family, strlen(v.v[0].family));
    if (found)
        *out = v.v[0];
    ex_vec_free(c->alloc, &v);
    return found;
}

/* the person in the sentence before a (up to ':' (not an hour's), ';', a
   full stop that is not the dot of "M.", or a blank line; 200 bytes at most): "M. X a
   été désigné secrétaire", "M. X, Président, ouvre la séance" */
static size_t sentence_start(const ex_call *c, const ex_document *d, size_t a)
{
    const char *s = c->text.s;
    size_t lo = a > d->span.start + 200 ? a - 200 : d->span.start;
    size_t q = a;
    /* (a colon glued between a number and the next character is no
       break: an hour "20:10", OCR "à 20:h 10") */
    while (q > lo && !(s[q - 1] == ':' && !(q >= 2 && s[q - 2] >= '0' && s[q - 2] <= '9' && q < a
                                            && !is_blank(s[q]) && !is_nl(s[q])))
           && s[q - 1] != ';'
           && !(s[q - 1] == '.' && q < a && (is_blank(s[q]) || is_nl(s[q])) && q >= 3
                && !(s[q - 2] == 'M' && !((unsigned char)s[q - 3] >= 'A')))
           && !(is_nl(s[q - 1]) && q >= 2 && is_nl(s[q - 2])))
        q--;
    return q;
}

static bool person_before(ex_call *c, const ex_document *d, size_t a, ex_person *p)
{
    return person_in(c, sentence_start(c, d, a), a, true, p);
}

/* the folded word ending at b (blanks before b skipped, not before lo)
   is key: all of it, no character other than the key's letters */
static bool word_before_is(const char *s, size_t lo, size_t b, const char *key)
{
    size_t wa, wb;
    return ex_word_before(s, lo, b, 0, &wa, &wb, NULL, 0)
           && ex_match_fold(s + wa, wb - wa, key) == wb - wa;
}

/* "M. X quitte la séance à 20 h 15 et donne pouvoir à Mme Y.", "Départ
   de M. X, qui donne procuration à M. Y": a member leaving during the
   séance gives a proxy.  l is the "pouvoir" / "procuration" of such a
   sentence (a K_PROXY label with no colon); the proxy goes to *out when
   the word before it is "donne", a person follows "à", and the sentence
   before names a leaving (lexicon below) and a person.  The nominal
   "Départ de Mme X après le point 4, pouvoir à M. Y." / "Départ de Mme
   X (pouvoir à M. Y)" has no verb: there a comma or an opening bracket
   right before the word, and the sentence opens with "Départ de". */
static bool leave_proxy(ex_call *c, const ex_document *d, const label *l, ex_proxy *out)
{
    static const char *const leave[] = {"quitte ", "quittent ", "ayant quitte ", "se retire", "se retirent",
                                        "s'absente", "depart de ", NULL};
    const char *s = c->text.s;
    size_t e = d->span.end;
    bool nominal = false;
    /* (the sentence wrapped before the word: "… et donne" / "pouvoir à
       M. Y.": one line break, no blank line) */
    size_t wl = l->a;
    while (wl > d->span.start && is_blank(s[wl - 1]))
        wl--;
    if (wl > d->span.start + 1 && s[wl - 1] == '\n' && s[wl - 2] != '\n')
        wl--;
    if (!word_before_is(s, d->span.start, wl, "donne")) {
        size_t p = l->a;
        while (p > d->span.start && is_blank(s[p - 1]))
            p--;
        if (p == d->span.start || (s[p - 1] != ',' && s[p - 1] != '('))
            return false;
        nominal = true;
    }
    size_t r = l->b;
    while (r < e && is_blank(s[r]))
        r++;
    size_t m = ex_match_fold(s + r, e - r, "a ");
    if (!m)
        return false;
    r += m;
    size_t q = sentence_start(c, d, l->a);
    size_t v = q;
    for (; v < l->a; v++) {
        size_t k = 0;
        if (v > q && !is_blank(s[v - 1]) && !is_nl(s[v - 1]))
            continue;
        /* an ASCII byte other than the words' first letters (q, a, s, d;
           either case) starts none of them (ex_match_fold() compares it
           first) */
        unsigned b = (unsigned char)s[v] | 0x20;
        if ((unsigned char)s[v] < 0x80 && b != 'q' && b != 'a' && b != 's' && b != 'd')
            continue;
        while (leave[k] && !ex_match_fold(s + v, l->a - v, leave[k]))
            k++;
        if (leave[k])
            break;
    }
    if (v >= l->a)
        return false;
    if (nominal) {
        /* "Départ de" opening the sentence (blanks, a dash or a bracket
           before it) */
        size_t w = q, u = v;
        while (w < v && (is_blank(s[w]) || is_nl(s[w]) || s[w] == '-' || s[w] == '('))
            w++;
        while (u > q && is_blank(s[u - 1]))
            u--;
        if ((w != v && !is_nl(s[u - 1])) || !ex_match_fold(s + v, l->a - v, "depart de "))
            return false;
    }
    size_t b = r + 120 < e ? r + 120 : e;
    for (size_t k = r; k < b; k++)
        if (is_nl(s[k]) && k + 1 < b && is_nl(s[k + 1])) {
            b = k;
            break;
        }
    ex_proxy px;
    memset(&px, 0, sizeof px);
    /* the giver: before the leaving word, or after "départ de" */
    size_t fa = v > q ? q : v + ex_match_fold(s + v, l->a - v, "depart de ");
    size_t fb = v > q ? v : l->a;
    if (!person_in(c, fa, fb, false, &px.from) || !person_in(c, r, b, false, &px.to) || px.to.span.start != r
        || !px.from.family || !px.to.family)
        return false;
    px.from.note = px.to.note = NULL;   /* "quitte la séance ... et donne", "." */
    px.span.start = px.from.span.start;
    px.span.end = px.to.span.end;
    *out = px;
    return true;
}

/* the character column of p on its line (UTF-8 continuation bytes
   not counted) */
static size_t char_col(const char *s, size_t start, size_t p)
{
    size_t n = 0;
    for (size_t q = start; q < p; q++)
        n += ((unsigned char)s[q] & 0xC0) != 0x80;
    return n;
}

/* a label [a, after) standing in the RIGHT column of a two-column block
   ("Mme Audrey BERTHIER <blanks> Secrétaire de séance :"), nothing after
   it on its line: the start of the cell of the next line under it (a
   run of 3 blanks or more before it, its column within 4 of the
   label's: "M. Olivier NAULIN <blanks> Mme Audrey BERTHIER"); else 0 */
static size_t right_column_below(const ex_text *t, size_t a, size_t after)
{
    const char *s = t->s;
    size_t li = ex_line_at(t, a);
    const ex_line *ln = &t->lines[li];
    size_t q = after;
    while (q < ln->end && is_blank(s[q]))
        q++;
    if (q < ln->end || li + 1 >= t->nlines)
        return 0;
    /* a gap of 3 blanks or more before the label, text before the gap */
    size_t g = a;
    while (g > ln->start && is_blank(s[g - 1]))
        g--;
    if (a - g < 3 || g == ln->start)
        return 0;
    size_t col = char_col(s, ln->start, a);
    const ex_line *nx = &t->lines[li + 1];
    if (nx->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
        return 0;
    size_t r = nx->start, run = 0;
    while (r < nx->end && is_blank(s[r]))
        r++;
    for (; r < nx->end; r++) {
        if (is_blank(s[r])) {
            run++;
            continue;
        }
        if (run >= 3) {
            size_t cc = char_col(s, nx->start, r);
            return cc + 4 >= col && cc <= col + 4 ? r : 0;
        }
        run = 0;
    }
    return 0;
}

static size_t line_end_after(const ex_text *t, size_t p, int extra)
{
    size_t li = ex_line_at(t, p);
    for (int k = 0; k < extra && li + 1 < t->nlines; k++) {
        if (t->lines[li + 1].flags & EX_LINE_BLANK)
            break;
        li++;
    }
    return t->lines[li].end;
}

/* The numbers of a line that holds only numbers (at most 3 digits
   each) and blanks (or the "|" rules of a ruled table: "|  33  |  25  |"):
   their spans in nv (at most max); 0 when the line has anything else. */
static size_t line_numbers(const ex_call *c, const ex_line *ln, ex_span *nv, size_t max)
{
    const char *s = c->text.s;
    size_t n = 0, q = ln->start;
    bool ruled = false;
    while (q < ln->end) {
        if (is_sep(s[q])) {
            ruled |= s[q] == '|';
            q++;
            continue;
        }
        /* a ruled box whose labels are cut over two rows ("| Membres en
           | Présents |" / "| exercice : 27 | : 21 |"): a cell's number
           after its label's colon (letters and blanks before it) */
        if (ruled && (s[q] < '0' || s[q] > '9')) {
            size_t r = q;
            while (r < ln->end && s[r] != ':' && s[r] != '|' && (s[r] < '0' || s[r] > '9'))
                r++;
            if (r >= ln->end || s[r] != ':')
                return 0;
            q = r + 1;
            continue;
        }
        size_t r = q;
        while (r < ln->end && s[r] >= '0' && s[r] <= '9')
            r++;
        if (r == q || r - q > 3 || n >= max || (r < ln->end && !is_sep(s[r])))
            return 0;
        nv[n].start = q;
        nv[n].end = r;
        n++;
        q = r;
    }
    return n;
}

/* the next line after line li that is not blank (at most one blank line
   or rule line "+----+----+" between), or NULL */
static const ex_line *next_text_line(const ex_text *t, size_t li, size_t end)
{
    for (size_t k = li + 1; k < t->nlines && k <= li + 2; k++) {
        if (t->lines[k].start >= end)
            return NULL;
        /* a page number is no count; but a lone number right under its
           label (lines.c may take it for a page number) is */
        if ((t->lines[k].flags & EX_LINE_STAMP) || ((t->lines[k].flags & EX_LINE_FURNITURE) && k != li + 1))
            return NULL;
        if (!(t->lines[k].flags & EX_LINE_BLANK) && !ex_rule_line(t->s, t->lines[k].start, t->lines[k].end))
            return &t->lines[k];
    }
    return NULL;
}

/* The members in office of a ruled box whose label is cut over its two
   rows ("| Membres en | …" over "| exercice : 27 | …"): a cell of line ln
   ending with "en", the cell under it opening with "exercice" then ':'
   and the number.  Sets in_office (csp: its span) when none was read. */
static void cut_inoffice(ex_call *c, ex_document *d, const ex_line *ln, const ex_line *nx, ex_span *csp)
{
    const char *s = c->text.s;
    if (d->att.in_office != EX_NULLNUM || ln->end - ln->start < 8)
        return;
    size_t a = ln->start;
    while (a < ln->end && is_blank(s[a]))
        a++;
    if (a >= ln->end || s[a] != '|')
        return;
    for (size_t q = a + 1; q < ln->end; q++) {
        if (s[q] != '|')
            continue;
        size_t e = q;
        while (e > a && is_blank(s[e - 1]))
            e--;
        /* the cell [a + 1, q) ends with the word "en" */
        if (e >= a + 3 && (s[e - 2] | 0x20) == 'e' && (s[e - 1] | 0x20) == 'n' && is_sep(s[e - 3])) {
            size_t ca = col_of(s, ln->start, a + 1);
            /* the cell of nx in the same column */
            size_t k = nx->start, col = 0;
            while (k < nx->end && col < ca) {
                col += ((unsigned char)s[k] & 0xC0) != 0x80;
                k++;
            }
            while (k < nx->end && is_blank(s[k]))
                k++;
            size_t m = ex_match_fold(s + k, nx->end - k, "exercice");
            if (m) {
                k += m;
                while (k < nx->end && is_blank(s[k]))
                    k++;
                if (k < nx->end && s[k] == ':') {
                    k++;
                    while (k < nx->end && is_blank(s[k]))
                        k++;
                    size_t r = k;
                    while (r < nx->end && r < k + 4 && s[r] >= '0' && s[r] <= '9')
                        r++;
                    if (r > k && r < k + 4 && (r >= nx->end || is_sep(s[r]))) {
                        d->att.in_office = (long)ex_num_int(s, k, r, false);
                        csp[C_INOFFICE].start = a + 1;
                        csp[C_INOFFICE].end = r;
                    }
                }
            }
            return;
        }
        a = q;
    }
}

/* A table of counts with other columns among the labels, read by
   column: "Nombre de conseillers  afférents  en exercice  présents" over
   "11  11  8": the n labels from lb (at least two) each stand apart (two
   blanks or the line's edge each side) and have exactly one of the k
   numbers nv[] of line nx under them (column overlap, one column of
   slack); the numbers under no label (another column) are left.  On
   success nv[] holds the labels' numbers in their order. */
static bool column_numbers(const ex_call *c, const ex_line *ln, const ex_line *nx, const label *lb,
                           size_t n, ex_span *nv, size_t k)
{
    const char *s = c->text.s;
    ex_span got[8];
    if (n < 2)
        return false;
    for (size_t x = 0; x < n; x++) {
        const label *m = &lb[x];
        if ((m->a > ln->start && !(m->a >= ln->start + 2 && is_sep(s[m->a - 1]) && is_sep(s[m->a - 2])))
            || (m->b < ln->end && !(m->b + 1 < ln->end && is_sep(s[m->b]) && is_sep(s[m->b + 1]))))
            return false;
        size_t la = col_of(s, ln->start, m->a), lb_ = col_of(s, ln->start, m->b), hits = 0;
        for (size_t y = 0; y < k; y++) {
            size_t na = col_of(s, nx->start, nv[y].start), nb = col_of(s, nx->start, nv[y].end);
            if (na <= lb_ && nb >= la) {
                got[x] = nv[y];
                hits++;
            }
        }
        if (hits != 1 || (x > 0 && got[x].start <= got[x - 1].start))
            return false;
    }
    memcpy(nv, got, n * sizeof *nv);
    return true;
}

/* Counts laid out as a table: a line of count labels with nothing after
   them, the numbers on the next line in the same order
       "En exercice   Présents   Représentés   Votants"
       "    19           15           2           17"
   or one label over its number ("MEMBRES EN EXERCICE" / "19"), also
   ruled with "|" and "+----+" rule lines ("| Présents | Votants |" /
   "+----+----+" / "|  25  |  31  |").  The labels read are turned into
   counts (kind -1). */
static void table_counts(ex_call *c, ex_document *d, label_vec *lv, ex_span *csp)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t i = 0;
    while (i < lv->n) {
        label *l = &lv->v[i];
        if (!count_kind(l->kind)) {
            i++;
            continue;
        }
        /* the count labels of this line, each with nothing but blanks
           (or a colon) up to the next one or the line end */
        size_t li = ex_line_at(t, l->a), j = i, n = 0;
        const ex_line *ln = &t->lines[li];
        bool ok = true, kinds = true;
        while (j < lv->n && lv->v[j].a < ln->end) {
            label *m = &lv->v[j];
            if (!count_kind(m->kind)) {
                ok = kinds = false;
                break;
            }
            size_t lim = j + 1 < lv->n && lv->v[j + 1].a < ln->end ? lv->v[j + 1].a : ln->end;
            for (size_t q = m->b; ok && q < lim; q++)     /* (up to the first other byte) */
                if (!is_sep(s[q]) && s[q] != ':')
                    ok = false;
            j++;
            n++;
        }
        /* the labels must start the line (or a column of it) */
        for (size_t q = ln->start; ok && q < l->a; q++)
            if (!is_sep(s[q]))
                ok = false;
        if (kinds && n >= 1 && n <= 8) {
            const ex_line *nx = next_text_line(t, li, d->span.end);
            ex_span nv[8];
            size_t k = nx ? line_numbers(c, nx, nv, 8) : 0;
            if (!(ok && k == n) && k > 0)
                k = column_numbers(c, ln, nx, &lv->v[i], n, nv, k) ? n : 0;
            else if (!ok)
                k = 0;
            if (k == n && nx && (s[ln->start] == '|' || s[ln->start] == ' '))
                cut_inoffice(c, d, ln, nx, csp);
            if (k == n) {
                for (size_t x = 0; x < n; x++) {
                    label *m = &lv->v[i + x];
                    int slot_k = count_slot(m->kind);
                    long *slot = count_ptr(&d->att, slot_k);
                    if (*slot == EX_NULLNUM) {
                        *slot = (long)ex_num_int(s, nv[x].start, nv[x].end, false);
                        csp[slot_k].start = m->a;
                        csp[slot_k].end = nv[x].end;
                    }
                    m->kind = -1;
                    m->bounds = true;
                }
            }
        }
        i = j > i ? j : i + 1;
    }
}

/* "composé de N membres" counts the members in office only when it
   speaks of the deliberating body ("Le conseil municipal, composé de"),
   not of a committee or a jury */
static bool body_before(const ex_call *c, size_t lo, size_t a)
{
    const char *s = c->text.s;
    size_t from = a > lo + 80 ? a - 80 : lo;
    static const char *const body[] = {"conseil municipal", "conseil communautaire", "conseil syndical",
                                       "comite syndical", "conseil departemental", "conseil regional",
                                       "conseil metropolitain", "conseil general", NULL};
    bool found = false;
    for (size_t q = from; q < a; q++) {
        if (s[q] == '.' || s[q] == ';')
            found = false;  /* another sentence */
        for (size_t k = 0; body[k]; k++)
            if (ex_match_fold(s + q, a - q, body[k]))
                found = true;
    }
    return found;
}

static void diag_counts(ex_call *c, const char *code, const char *fmt, long x, long y, ex_span p,
                        ex_span q)
{
    char buf[160];
    snprintf(buf, sizeof buf, fmt, x, y);
    const char *m = ex_strdup(c, buf);
    size_t a = p.start < q.start ? p.start : q.start;
    size_t b = p.end > q.end ? p.end : q.end;
    if (m)
        ex_diag_add(c, "warning", code, m, a, b, b > a);
}

/* A represented count above the members in office cannot be (a colon
   OCR read as a digit: "Représentés : 3" -> "Représentés 53"): it is
   present + represented = voting's difference when its digits end with
   it, else none */
static void repair_represented(ex_attendance *at)
{
    const long N = EX_NULLNUM;
    if (at->represented == N || at->in_office == N || at->represented <= at->in_office)
        return;
    long want = at->present_count != N && at->voting != N ? at->voting - at->present_count : -1;
    long m = 10;
    while (want >= m)
        m *= 10;
    at->represented = want >= 0 && at->represented % m == want ? want : N;
}

/* The clerk's checks on the printed counts (see the table at the top);
   csp: where each count is printed.  Never changes a count. */
static void check_counts(ex_call *c, const ex_document *d, const ex_span *csp)
{
    const ex_attendance *at = &d->att;
    const long N = EX_NULLNUM;
    if (at->in_office != N && at->present_count != N) {
        if (at->present_count > at->in_office)
            diag_counts(c, "attendance.present_exceeds_office", "%ld present, %ld in office",
                        at->present_count, at->in_office, csp[C_PRESENT], csp[C_INOFFICE]);
        else if (at->represented != N && at->present_count + at->represented > at->in_office)
            diag_counts(c, "attendance.count_mismatch", "present + represented = %ld, %ld in office",
                        at->present_count + at->represented, at->in_office, csp[C_PRESENT],
                        csp[C_INOFFICE]);
    }
    if (at->present_count != N && at->voting != N) {
        long rep = at->represented == N ? 0 : at->represented;
        /* with no represented count printed, only more present than voters is wrong */
        if (at->represented != N ? at->present_count + rep != at->voting : at->present_count > at->voting)
            diag_counts(c, "attendance.voting_mismatch", "present + represented = %ld, %ld voting",
                        at->present_count + rep, at->voting, csp[C_PRESENT], csp[C_VOTING]);
    }
    if (at->present_count != N && at->present.n && (long)at->present.n != at->present_count
        && (long)at->present.n != at->present_later)
        diag_counts(c, "attendance.present_list", "%ld present printed, %ld names listed",
                    at->present_count, (long)at->present.n, csp[C_PRESENT], csp[C_PRESENT]);
    if (at->represented != N && at->proxies.n && (long)at->proxies.n != at->represented)
        diag_counts(c, "attendance.proxies_list", "%ld represented printed, %ld proxies listed",
                    at->represented, (long)at->proxies.n, csp[C_REPR], csp[C_REPR]);
}

/* ------------------------------------------------------------------ */
/* Roll-call tables: a header line "NOM Prénom   Présent   Absent   Pouvoir à"
   (two or more column labels, each after a gap of 2+ blanks), then one row
   per member: the name (surname first or not), a mark (X, x, ×, ✓, oui)
   under a column, and in a proxy column the holder's name.  A member
   marked present goes to present, absent to absent, excused to excused;
   a holder's name makes a proxy (an absent member with a proxy is a
   proxy only, as "Absents ayant donné pouvoir"; an excused one stays
   excused too).  A column of the member's collectivity or commune
   ("Nom   Collectivité   Présent   Excusé") is skipped.  One
   "Présence" / "Statut" column of status words before the proxy column
   ("Conseiller   Commune   Présence   Pouvoir donné à", rows "M. X Jean
   Ville   Excusé   Mme Y Anne") stands for the mark columns; a rule
   line under the header is skipped.  A table ruled
   with "|" ("| Nom | Collectivité | Présent | Excusé | Pouvoir à |",
   rule lines "|----|----|" skipped) is cut at the rules and read cell by
   cell: the name column is the first one before the mark columns that is
   no collectivity column, any other column is skipped.  OCR of a ruled
   table: one blank line between rows, a rule line read as empty cells
   ("| | | |"), a row with fewer cells than the header whose cell before
   the first mark column ends with a 1-2 character speck (the "|" before
   that column lost, its "X" glued on: a mark there), a member's row with
   no readable mark passed over.  Tried only when the labels gave no
   present nor absent list (a "Pouvoir : X à Y" line under the table may
   have given proxies: a member it names is no absent and his row's
   holder no second proxy). */

enum { RC_PRESENT = 1, RC_ABSENT, RC_EXCUSED, RC_PROXY, RC_SKIP };
#define RC_MAXCOL 6
#define RC_MAXPIPE 10   /* cells of a ruled line */

/* the folded words of a roll-call table's name column ("Nom", "Prénoms") */
static const char *const name_nouns[] = {"nom", "noms", "prenom", "prenoms", NULL};

/* a column of the member's collectivity, commune, group (folded word) */
static bool rc_skip_word(const char *w)
{
    static const char *const words[] = {
        "collectivite", "collectivites", "commune", "communes", "structure", "structures",
        "organisme", "organismes", "etablissement", "etablissements", "epci", "qualite",
        "fonction", "fonctions", "groupe", "college", "canton", "secteur", "territoire",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (words[i][0] == w[0] && !strcmp(w, words[i]))    /* (the first byte without the call) */
            return true;
    return false;
}

/* the column kind of the folded word w, or 0 */
static int rc_word(const char *w)
{
    static const struct { const char *w; int k; } words[] = {
        {"present", RC_PRESENT}, {"presente", RC_PRESENT}, {"presents", RC_PRESENT}, {"presentes", RC_PRESENT},
        {"absent", RC_ABSENT}, {"absente", RC_ABSENT}, {"absents", RC_ABSENT}, {"absentes", RC_ABSENT},
        {"excuse", RC_EXCUSED}, {"excusee", RC_EXCUSED}, {"excuses", RC_EXCUSED}, {"excusees", RC_EXCUSED},
        {"pouvoir", RC_PROXY}, {"pouvoirs", RC_PROXY}, {"procuration", RC_PROXY}, {"procurations", RC_PROXY},
        {"represente", RC_PROXY}, {"representee", RC_PROXY}, {"mandataire", RC_PROXY},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (words[i].w[0] == w[0] && !strcmp(w, words[i].w))  /* (the first byte without the call) */
            return words[i].k;
    return 0;
}

/* the cells of line [a, b): runs of text separated by 2+ blanks (at
   most max: the first ones) */
static size_t rc_cells(const char *s, size_t a, size_t b, ex_span *cells, size_t max)
{
    size_t n = ex_cells(s, a, b, 0, 2, cells, max);
    return n > max ? max : n;
}

/* the folded header word of a column of status words ("Présence",
   "Statut") */
static bool rc_presence_word(const char *w)
{
    return !strcmp(w, "presence") || !strcmp(w, "presences") || !strcmp(w, "statut");
}

/* a cell that is a mark: X x × ✓ ✔ oui */
static bool rc_mark(const char *s, ex_span cl)
{
    size_t n = cl.end - cl.start;
    const char *p = s + cl.start;
    if (n == 1)
        return *p == 'X' || *p == 'x';
    if (n == 2)
        return !memcmp(p, "\xC3\x97", 2);
    if (n == 3)
        return !memcmp(p, "\xE2\x9C\x93", 3) || !memcmp(p, "\xE2\x9C\x94", 3) || ex_match_fold(p, 3, "oui") == 3;
    return false;
}

/* The two roll-call readers (roll_call(): X-mark columns, one per
   status; roll_call_status(): one presence column of words or legend
   codes) share the status values (ST_* below extend RC_*), the column a
   cell falls under and what a cell says. */
typedef struct st_code st_code;
static int st_cell(const char *s, ex_span cl, const st_code *codes, size_t ncode);

/* the column (of ncol, header cells starting at character columns col)
   a row's cell starting at character column cc falls under: the last
   one whose label starts before it or at most 3 characters after it (a
   mark centred under a long label starts right of it, under a short
   one a little left of it) */
static size_t rc_column(const size_t *col, size_t ncol, size_t cc)
{
    size_t j = 0;
    while (j + 1 < ncol && col[j + 1] <= cc + 3)
        j++;
    return j;
}

/* the status cell cl gives under a column of kind ck: a mark column
   (RC_PRESENT, RC_ABSENT, RC_EXCUSED) gives its own status for a mark;
   a presence column ('p') the status its word or its legend code says
   (codes); 0 for none (a proxy column's cell is a holder, no status) */
static int rc_cell_status(const char *s, ex_span cl, int ck, const st_code *codes, size_t ncode)
{
    if (ck == 'p')
        return st_cell(s, cl, codes, ncode);
    if (ck == RC_PRESENT || ck == RC_ABSENT || ck == RC_EXCUSED)
        return rc_mark(s, cl) ? ck : 0;
    return 0;
}

/* line [a, b) ruled with "|": its first text is a "|" */
static bool rc_ruled(const char *s, size_t a, size_t b)
{
    while (a < b && is_blank(s[a]))
        a++;
    return a < b && s[a] == '|';
}

/* the cells of a ruled line [a, b): the text between two "|", trimmed
   (an empty cell is start == end); 0 when more than max */
static size_t rc_pipe_cells(const char *s, size_t a, size_t b, ex_span *cells, size_t max)
{
    size_t n = ex_cells(s, a, b, EX_CELLS_PIPE | EX_CELLS_EMPTY, 0, cells, max);
    return n > max ? 0 : n;
}

/* OCR of a ruled table: "[" "{" "]" "}" read for a "|" */
static bool rc_ocr_bar(char ch)
{
    return ch == '|' || ch == '[' || ch == '{' || ch == ']' || ch == '}';
}

/* line [a, b) is the header of a ruled table whose first "|" OCR read
   "[" or "{" ("[Nom | Collectivité | Présent |"): that first, three "|"
   after it at least */
static bool rc_ocr_ruled(const char *s, size_t a, size_t b)
{
    while (a < b && is_blank(s[a]))
        a++;
    if (a >= b || (s[a] != '[' && s[a] != '{'))
        return false;
    size_t n = 0;
    for (size_t q = a + 1; q < b; q++)
        n += s[q] == '|';
    return n >= 3;
}

/* the cells of line [a, b) of such a table: between two rc_ocr_bar()
   characters, trimmed (an empty cell is start == end), the text before
   the first one a cell when it holds a letter ("M. X | CC Y | X |", its
   opening "|" lost; "IM. X |": read as "I" glued on), not when it is
   specks (": | M. X"); 0 when more than max or no bar in the line */
static size_t rc_ocr_cells(const char *s, size_t a, size_t b, ex_span *cells, size_t max)
{
    size_t n = 0, q = a;
    while (q < b && !rc_ocr_bar(s[q]))
        q++;
    if (q >= b)
        return 0;
    for (size_t x = a; x < q; x++)
        if (ex_num_is_letter(s + x, q - x)) {
            size_t y = q;
            while (x < y && is_blank(s[x]))
                x++;
            /* "IM. X", "lMme Y": the opening bar read as a letter glued on */
            if (y - x > 2 && (s[x] == 'I' || s[x] == 'l') && s[x + 1] == 'M')
                x++;
            while (y > x && is_blank(s[y - 1]))
                y--;
            cells[n].start = x;
            cells[n].end = y;
            n++;
            break;
        }
    for (q++; q < b;) {
        size_t e = q;
        while (e < b && !rc_ocr_bar(s[e]))
            e++;
        size_t x = q, y = e;
        while (x < y && is_blank(s[x]))
            x++;
        while (y > x && is_blank(s[y - 1]))
            y--;
        q = e + 1;
        if (e >= b && x == y)
            break;      /* after the closing rule */
        if (n == max)
            return 0;
        cells[n].start = x;
        cells[n].end = y;
        n++;
    }
    return n;
}

/* a ruled line whose cells are all empty ("| | | |"): a rule line whose
   dashes the OCR lost */
static bool rc_empty_row(const ex_span *cells, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (cells[k].end > cells[k].start)
            return false;
    return n > 0;
}

/* the cell before the first mark column ends with a speck of one or two
   characters after a blank ("CC Val de Dorne FX", "Département le X"):
   the OCR lost the "|" before the mark column and read its "X" glued to
   this cell (the row then has fewer cells than the header) */
static bool rc_merged_mark(const char *s, ex_span cl)
{
    size_t e = cl.end, w = e, nch = 0;
    while (w > cl.start && !is_blank(s[w - 1])) {
        w--;
        nch += ((unsigned char)s[w] & 0xC0) != 0x80;
    }
    return w > cl.start && nch >= 1 && nch <= 2;
}

static bool rc_member_who(ex_call *c, ex_document *d, ex_person who, int mark, ex_span holder);

/* one member's row: the name at [a, b), its mark, the holder's name */
static bool rc_member(ex_call *c, ex_document *d, size_t a, size_t b, int mark, ex_span holder)
{
    ex_person who;
    memset(&who, 0, sizeof who);
    if (!ex_person_parse(c, a, b, &who))
        return false;
    return rc_member_who(c, d, who, mark, holder);
}

/* the same, the name in the cells of the header's two name columns
   ("Nom   Prénom": fam the family name's cell, giv the given name's):
   the family cell must read as a family name alone (no civility), the
   given cell be one word or two of letters; text "FAMILY Given" in the
   cells' order, the span over both */
static bool rc_member2(ex_call *c, ex_document *d, ex_span fam, ex_span giv, int mark, ex_span holder)
{
    const char *s = c->text.s;
    ex_person who;
    memset(&who, 0, sizeof who);
    if (!ex_person_parse(c, fam.start, fam.end, &who) || !who.family || who.given || who.civility
        || who.span.start != fam.start || who.span.end != fam.end)
        return false;
    size_t nw = 0;
    for (size_t q = giv.start; q < giv.end; q++) {
        unsigned char ch = (unsigned char)s[q];
        if (ch == ' ' && ++nw > 1)
            return false;
        if (ch < 0x80 && ch != ' ' && ch != '-' && ch != '\'' && !ex_num_is_letter(s + q, giv.end - q))
            return false;
    }
    if (!ex_num_is_letter(s + giv.start, giv.end - giv.start))
        return false;
    size_t lf = fam.end - fam.start, lg = giv.end - giv.start;
    char *g = ex_strndup(c, s + giv.start, lg), *tx = ex_arena_alloc_raw(&c->arena, lf + lg + 2);
    if (!g || !tx)
        return c->oom = true, false;
    const ex_span first = fam.start < giv.start ? fam : giv, second = fam.start < giv.start ? giv : fam;
    memcpy(tx, s + first.start, first.end - first.start);
    tx[first.end - first.start] = ' ';
    memcpy(tx + (first.end - first.start) + 1, s + second.start, second.end - second.start);
    tx[lf + lg + 1] = '\0';
    who.given = g;
    who.text = tx;
    who.role = who.note = NULL;
    who.span = (ex_span){first.start, second.end};
    return rc_member_who(c, d, who, mark, holder);
}

static bool rc_member_who(ex_call *c, ex_document *d, ex_person who, int mark, ex_span holder)
{
    /* a proxy printed apart from the table ("Pouvoir : X à Y" under it)
       says where an absent member's vote went: a proxy only */
    bool gave = false;
    for (size_t i = 0; i < d->att.proxies.n && !gave; i++)
        gave = same_family(&d->att.proxies.v[i].from, &who);
    ex_person_vec *out = NULL;
    if (mark == RC_PRESENT)
        out = &d->att.present;
    else if (mark == RC_ABSENT && !holder.end && !gave)
        out = &d->att.absent;
    else if (mark == RC_EXCUSED)
        out = &d->att.excused;
    if (out) {
        ex_person *pp = ex_vec_push(c->alloc, out);
        if (!pp)
            return c->oom = true, false;
        *pp = who;
    }
    if (holder.end && !gave) {
        ex_person to;
        memset(&to, 0, sizeof to);
        if (ex_person_parse(c, holder.start, holder.end, &to)) {
            ex_proxy *px = ex_vec_push(c->alloc, &d->att.proxies);
            if (!px)
                return c->oom = true, false;
            px->from = who;
            px->to = to;
            px->span.start = who.span.start;
            px->span.end = to.span.end;
        }
    }
    return true;
}

/* a roll-call table ruled with "|" whose header is line li (see above) */
static bool roll_call_ruled(ex_call *c, ex_document *d, size_t li)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    ex_span cells[RC_MAXPIPE];
    const ex_line *ln = &t->lines[li];
    /* (OCR read the header's first "|" as "[": the table's bars are read
       with rc_ocr_cells(), a row is a line with two bars, one damaged
       rule line under the header is passed over) */
    bool ocr = !rc_ruled(s, ln->start, ln->end);
    size_t n = ocr ? rc_ocr_cells(s, ln->start, ln->end, cells, RC_MAXPIPE)
                   : rc_pipe_cells(s, ln->start, ln->end, cells, RC_MAXPIPE);
    if (n < 3)
        return true;
    int kind[RC_MAXCOL];
    size_t idx[RC_MAXCOL], ncol = 0, namec = n;
    bool seen_present = false;
    for (size_t k = 0; k < n; k++) {
        char w[16];
        size_t wl = ex_num_fold_word(s + cells[k].start, cells[k].end - cells[k].start, w, sizeof w);
        int kd = wl ? rc_word(w) : 0;
        if (kd) {
            if (namec == n || ncol == RC_MAXCOL)
                return true;    /* no name column before the marks */
            seen_present |= kd == RC_PRESENT;
            kind[ncol] = kd;
            idx[ncol++] = k;
        } else if (namec == n && !ncol && cells[k].end > cells[k].start && !(wl && rc_skip_word(w)))
            namec = k;
    }
    if (ncol < 2 || !seen_present)
        return true;
    size_t rows = 0, nhead = n, damaged = 0;
    bool gap = false;       /* a blank line since the last row */
    for (li++; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (ln->flags & EX_LINE_BLANK) {
            /* OCR puts one blank line between the rows */
            if (rows && gap)
                break;
            gap = rows > 0;
            continue;
        }
        if (!rc_ruled(s, ln->start, ln->end) && !ex_rule_line(s, ln->start, ln->end)
            && !(ocr && rc_ocr_cells(s, ln->start, ln->end, cells, RC_MAXPIPE) >= 2)) {
            if (ocr && !rows && !damaged++)
                continue;
            break;
        }
        if (ex_rule_line(s, ln->start, ln->end))
            continue;
        n = ocr ? rc_ocr_cells(s, ln->start, ln->end, cells, RC_MAXPIPE)
                : rc_pipe_cells(s, ln->start, ln->end, cells, RC_MAXPIPE);
        if (rc_empty_row(cells, n))
            continue;   /* the rule line, its dashes lost (OCR) */
        if (namec >= n || cells[namec].end == cells[namec].start)
            break;
        int mark = 0;
        ex_span holder = {0, 0};
        bool bad = false;
        for (size_t j = 0; j < ncol && !bad; j++) {
            if (idx[j] >= n || cells[idx[j]].end == cells[idx[j]].start)
                continue;
            int st = rc_cell_status(s, cells[idx[j]], kind[j], NULL, 0);
            if (st && !mark)
                mark = st;
            else if (kind[j] == RC_PROXY && !holder.end)
                holder = cells[idx[j]];
            else
                bad = true;
        }
        if (!bad && !mark && !holder.end && n < nhead && idx[0] > namec + 1 && kind[0] != RC_PROXY
            && rc_merged_mark(s, cells[idx[0] - 1]))
            mark = kind[0];
        if (bad || (!mark && !holder.end)) {
            /* a member's row the OCR left unreadable inside the table is
               passed over (its name cell is a person) */
            ex_person who;
            memset(&who, 0, sizeof who);
            if ((rows || ocr) && ex_person_parse(c, cells[namec].start, cells[namec].end, &who)) {
                gap = false;
                continue;
            }
            if (c->oom)
                return false;
            if (ocr && !rows && !damaged++)
                continue;
            break;
        }
        if (!rc_member(c, d, cells[namec].start, cells[namec].end, mark, holder)) {
            if (c->oom)
                return false;
            if (ocr && !rows && !damaged++)
                continue;
            break;
        }
        rows++;
        gap = false;
    }
    return !c->oom;
}

/* roll_call()'s header test: the first e in [p, hi) where two blanks
   follow a byte that is neither a blank nor a line break (the gap after
   a cell's text, which a line of 2 cells or more holds: rc_cells() on a
   line without one finds a cell at most, and indentation is none); hi
   when none.  16 bytes a step (SSE2): most documents hold no table, and
   this one scan of their lines replaces a rc_cells() call per line */
static size_t rc_next_gap(const char *s, size_t p, size_t hi)
{
    if (p == 0)
        p = 1;
#ifdef EX_SIMD
    for (; p + 17 <= hi; p += 16) {
        const __m128i x = ex_v_load(s + p), y = ex_v_load(s + p + 1);
        const __m128i bx = _mm_or_si128(ex_v_eq(x, ' '), ex_v_eq(x, '\t'));
        const __m128i by = _mm_or_si128(ex_v_eq(y, ' '), ex_v_eq(y, '\t'));
        unsigned m = ex_v_mask(_mm_and_si128(bx, by));
        /* (a run's first pair only: the byte before the others is a
           blank) */
        for (m &= ~(m << 1); m; m &= m - 1) {
            size_t e = p + (size_t)__builtin_ctz(m);
            if (!is_blank(s[e - 1]) && !is_nl(s[e - 1]))
                return e;
        }
    }
#endif
    for (; p + 1 < hi; p++)
        if (is_blank(s[p]) && is_blank(s[p + 1]) && !is_blank(s[p - 1]) && !is_nl(s[p - 1]))
            return p;
    return hi;
}

static bool roll_call(ex_call *c, ex_document *d)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, d->span.start);
    int kind[RC_MAXCOL];
    size_t col[RC_MAXCOL], ncol = 0, nname = 1;
    bool gfirst = false;    /* two name columns, "Prénom" first */
    /* (the lines' gaps: gl the next line holding one, SIZE_MAX none; read
       up to the end of the document's last line) */
    size_t hi = d->span.end > d->span.start && li < t->nlines ? t->lines[ex_line_at(t, d->span.end - 1)].end : 0;
    size_t gp = li < t->nlines && hi ? rc_next_gap(s, t->lines[li].start, hi) : hi;
    size_t gl = gp < hi ? ex_line_at(t, gp) : SIZE_MAX;
    /* the header */
    for (; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP | EX_LINE_BLANK))
            continue;
        if (rc_ruled(s, ln->start, ln->end) || rc_ocr_ruled(s, ln->start, ln->end)) {
            size_t n0 = d->att.present.n + d->att.excused.n + d->att.absent.n + d->att.proxies.n;
            if (!roll_call_ruled(c, d, li))
                return false;
            if (d->att.present.n + d->att.excused.n + d->att.absent.n + d->att.proxies.n > n0)
                return true;
            continue;
        }
        if (gl != SIZE_MAX && gl < li) {
            gp = rc_next_gap(s, ln->start, hi);
            gl = gp < hi ? ex_line_at(t, gp) : SIZE_MAX;
        }
        if (gl != li)
            continue;   /* no gap: one cell at most */
        ex_span cells[RC_MAXCOL + 2];
        size_t n = rc_cells(s, ln->start, ln->end, cells, RC_MAXCOL + 2);
        if (n < 3 || n > RC_MAXCOL + 1)
            continue;
        ncol = 0;
        size_t nmark = 0;
        bool seen_present = false;
        nname = 1;
        for (size_t k = 1; k < n; k++) {
            char w[16];
            size_t wl = ex_num_fold_word(s + cells[k].start, cells[k].end - cells[k].start, w, sizeof w);
            int kd = wl ? rc_word(w) : 0;
            /* a second name column right after the first ("Nom
               Prénom", "Prénom   Nom"): the row's first two cells are
               the member's name */
            if (k == 1 && !kd && wl == cells[k].end - cells[k].start && ex_in_list(w, name_nouns)) {
                char w0[16];
                if (ex_num_fold_word(s + cells[0].start, cells[0].end - cells[0].start, w0, sizeof w0)
                        == cells[0].end - cells[0].start
                    && ex_in_list(w0, name_nouns) && w0[0] != w[0]) {
                    nname = 2;
                    gfirst = w0[0] == 'p';
                    continue;
                }
            }
            if (!kd && wl && rc_skip_word(w) && !nmark)
                kd = RC_SKIP;   /* "Collectivité" before the mark columns */
            if (!kd && wl && rc_presence_word(w) && !seen_present)
                kd = 'p';       /* one column of status words */
            if (!kd) {
                ncol = nmark = 0;
                break;
            }
            seen_present |= kd == RC_PRESENT || kd == 'p';
            nmark += kd != RC_SKIP;
            kind[ncol] = kd;
            col[ncol++] = col_of(s, ln->start, cells[k].start);
        }
        if (nmark >= 2 && seen_present && col[0] >= 10)
            break;
        ncol = 0;
    }
    if (!ncol)
        return true;
    /* the rows */
    size_t rows = 0;
    for (li++; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (ln->flags & EX_LINE_BLANK) {
            if (rows)
                break;
            continue;
        }
        if (!rows && ex_rule_line(s, ln->start, ln->end))
            continue;   /* the header's underline */
        ex_span cells[RC_MAXCOL + 2];
        size_t n = rc_cells(s, ln->start, ln->end, cells, RC_MAXCOL + 2);
        if (n < nname + 1 || cells[0].start != ln->start || col_of(s, ln->start, cells[nname].start) + 3 < col[0]
            || (nname == 2 && col_of(s, ln->start, cells[1].start) + 3 >= col[0]))
            break;
        int mark = 0;
        ex_span holder = {0, 0};
        bool bad = false;
        for (size_t k = nname; k < n && !bad; k++) {
            size_t cc = col_of(s, ln->start, cells[k].start);
            size_t j = rc_column(col, ncol, cc);
            int st = rc_cell_status(s, cells[k], kind[j], NULL, 0);
            if (cc + 6 < col[j])
                bad = true;
            else if (kind[j] == RC_SKIP)
                continue;   /* the member's collectivity */
            else if (st && !mark)
                mark = st;
            else if (kind[j] == RC_PROXY && !holder.end)
                holder = cells[k];
            else
                bad = true;
        }
        if (bad || (!mark && !holder.end))
            break;
        if (nname == 2 ? !rc_member2(c, d, cells[gfirst], cells[!gfirst], mark, holder)
                       : !rc_member(c, d, cells[0].start, cells[0].end, mark, holder)) {
            if (c->oom)
                return false;
            break;
        }
        rows++;
    }
    return !c->oom;
}

/* ------------------------------------------------------------------ */
/* Roll-call tables with a presence column: a header line whose cells
   (2+ blanks apart) are a name column ("Nom", "Délégué", "Délégué
   titulaire"), maybe a substitute's column ("Délégué suppléant"),
   collectivity columns (skipped) and a "Présence" / "Statut" column; one
   row per member, the presence cell a word ("Présent", "Excusée",
   "Absent", "Pouvoir", "Suppléé") or a code explained by a legend under
   the table ("T = titulaire présent ; S = suppléant siégeant ; Exc. =
   excusé ; P = a donné pouvoir ; A = absent").  Present -> the name
   column's member in present; substitute sitting -> the substitute in
   present (the member he replaces in no list); excused, absent -> the
   member in excused / absent; a proxy -> nothing (its holder is printed
   elsewhere: "Pouvoir : X à Y"). */

enum { ST_PRESENT = RC_PRESENT, ST_EXCUSED = RC_EXCUSED, ST_ABSENT = RC_ABSENT, ST_PROXY = RC_PROXY,
       ST_SUBST = RC_SKIP + 1 };
#define ST_MAXCOL 6
#define ST_MAXCODE 8

/* the status a folded text says: the first keyword in [a, b) */
static int st_meaning(const char *s, size_t a, size_t b)
{
    static const struct { const char *k; int st; } keys[] = {
        {"supplean", ST_SUBST}, {"supplee", ST_SUBST}, {"remplace", ST_SUBST},
        {"pouvoir", ST_PROXY}, {"procuration", ST_PROXY}, {"represent", ST_PROXY},
        {"excuse", ST_EXCUSED}, {"present", ST_PRESENT}, {"absent", ST_ABSENT},
        /* "T : le titulaire siège" (after "suppléant": "le suppléant siège") */
        {"siege", ST_PRESENT},
    };
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        for (size_t q = a; q < b; q++)
            if ((q == a || !ex_num_is_letter(s + q - 1, 1)) && ex_match_fold(s + q, b - q, keys[k].k))
                return keys[k].st;
    return 0;
}

struct st_code {
    char code[8];
    int st;
};

/* [p, b) starts with a blank line's rest: blanks, then a line end */
static bool st_blank_after(const char *s, size_t p, size_t b)
{
    while (p < b && is_blank(s[p]))
        p++;
    return p < b && is_nl(s[p]);
}

/* [m, b) starts with a dash between two legend entries ("P : présent –
   E : excusé"): a blank, then "–", "—" or "-", then a blank */
static bool st_entry_dash(const char *s, size_t m, size_t b)
{
    if (m + 2 >= b || !is_blank(s[m]))
        return false;
    size_t q = m + 1;
    if (s[q] == '-')
        q++;
    else if (b - q >= 3 && (!memcmp(s + q, "\xE2\x80\x93", 3) || !memcmp(s + q, "\xE2\x80\x94", 3)))
        q += 3;
    else
        return false;
    return q < b && is_blank(s[q]);
}

/* the status a legend's meaning [a, m) says: the words before a bracket
   ("excusé (suppléé)": excused, the bracket says who sat for him), else
   the whole meaning; excused when a proxy's meaning says "excusé" */
static int st_legend_meaning(const char *s, size_t a, size_t m)
{
    size_t o = a;
    while (o < m && s[o] != '(')
        o++;
    int st = o < m ? st_meaning(s, a, o) : 0;
    if (!st)
        st = st_meaning(s, a, m);
    /* "excusé ayant donné pouvoir": an excused member (the proxy is
       printed apart, "Procurations : X à Y") */
    if (st == ST_PROXY)
        for (size_t q = a; q < m; q++)
            if ((q == a || !ex_num_is_letter(s + q - 1, 1)) && ex_match_fold(s + q, m - q, "excuse"))
                return ST_EXCUSED;
    return st;
}

/* the legend's entries "CODE = meaning" in [a, b), or "CODE : meaning"
   when sep is ':' (the first one may open a bracket: "(P : présent, A :
   absent, E : excusé)"; meanings end at ";", ",", a full stop or a blank
   line: not "A = absent\n\nPouvoir : X à Y", read as a proxy; with ':'
   also at a dash between two entries); the number of entries */
static size_t st_legend(const char *s, size_t a, size_t b, char sep, st_code *out, size_t max)
{
    size_t n = 0;
    for (size_t q = a; q < b && n < max; q++) {
        if (s[q] != sep)
            continue;
        size_t e = q;
        while (e > a && is_blank(s[e - 1]))
            e--;
        size_t k = e;
        while (k > a && !is_blank(s[k - 1]) && !is_nl(s[k - 1]) && s[k - 1] != ';' && s[k - 1] != ':'
               && s[k - 1] != ',' && s[k - 1] != '(' && e - k < 6)
            k--;
        size_t m = q + 1;
        while (m < b && s[m] != ';' && s[m] != ',' && s[m] != sep
               && !(s[m] == '.' && (m + 1 >= b || is_blank(s[m + 1]) || is_nl(s[m + 1])))
               && !(is_nl(s[m]) && st_blank_after(s, m + 1, b)) && !(sep == ':' && st_entry_dash(s, m, b)))
            m++;
        if (sep == ':' && k > a && !is_blank(s[k - 1]) && !is_nl(s[k - 1]) && s[k - 1] != ';'
            && s[k - 1] != ',' && s[k - 1] != '(')
            continue;   /* the end of a longer word ("Présents : 6") */
        int st = st_legend_meaning(s, q + 1, m);
        if (k == e || !st || !ex_num_fold_word(s + k, e - k, out[n].code, sizeof out[n].code))
            continue;
        out[n++].st = st;
    }
    return n;
}

/* the usual letters P, A, E (and "Exc.") added to the ncode codes of a
   legend that explains neither the letter nor its status (OCR lost its
   entry's colon: "(P : présent, À ‘absent, E : excusé)"); with no
   legend, all of them */
static size_t st_usual_codes(st_code *codes, size_t ncode)
{
    static const st_code usual[] = {{"p", ST_PRESENT}, {"a", ST_ABSENT}, {"e", ST_EXCUSED}, {"exc", ST_EXCUSED}};
    size_t n = ncode;
    for (size_t u = 0; u < sizeof usual / sizeof usual[0] && n < ST_MAXCODE; u++) {
        bool taken = false;
        for (size_t i = 0; i < ncode && !taken; i++)
            taken = codes[i].st == usual[u].st || !strcmp(codes[i].code, usual[u].code);
        if (!taken)
            codes[n++] = usual[u];
    }
    return n;
}

/* the status of the presence cell cl: a word, else a legend's code */
static int st_cell(const char *s, ex_span cl, const st_code *codes, size_t ncode)
{
    char w[8];
    size_t wl = ex_num_fold_word(s + cl.start, cl.end - cl.start, w, sizeof w);
    /* the code alone, or before its holder ("P à M. X", "P par Mme Y") */
    size_t q = cl.start + wl;
    while (wl && q < cl.end && is_blank(s[q]))
        q++;
    bool holder = q > cl.start + wl && (ex_match_fold(s + q, cl.end - q, "a ") || ex_match_fold(s + q, cl.end - q, "par "));
    if (wl && (cl.start + wl + 1 >= cl.end || holder)) {
        for (size_t i = 0; i < ncode; i++)
            if (!strcmp(codes[i].code, w))
                return codes[i].st;
        /* a one-letter code OCR doubled ("TT" for "T") */
        if (wl == 2 && w[0] == w[1])
            for (size_t i = 0; i < ncode; i++)
                if (codes[i].code[0] == w[0] && !codes[i].code[1])
                    return codes[i].st;
    }
    if (cl.end - cl.start < 4)
        return 0;
    return st_meaning(s, cl.start, cl.end);
}

/* The words of a roll-call table's member column header, folded
   ("Conseillers", "Délégués", "Élue"), for the header readers
   (st_header_cell(), lt_qualifier(), fs_header(), fm_header(); each adds
   its own few); those of its name column ("Nom", "Prénoms"): name_nouns */
static const char *const member_nouns[] = {"delegue", "delegues", "membre", "membres", "conseiller",
                                           "conseillers", "conseillere", "conseilleres", "elu", "elus",
                                           "elue", "elues", NULL};

/* the kind of a header cell: 'n' name, 's' substitute, 'c' skipped,
   'p' presence, 0 none */
static int st_header_cell(const char *s, ex_span cl)
{
    char w[16];
    size_t wl = ex_num_fold_word(s + cl.start, cl.end - cl.start, w, sizeof w);
    if (!wl)
        return 0;
    if ((w[0] == 'p' || w[0] == 's')
        && (!strcmp(w, "presence") || !strcmp(w, "presences") || !strcmp(w, "statut") || !strcmp(w, "situation")))
        return cl.start + wl == cl.end ? 'p' : 0;
    /* a column of the members' weights ("Voix") is skipped too */
    if (rc_skip_word(w) || (cl.start + wl == cl.end && !strcmp(w, "voix")))
        return 'c';
    static const char *const more[] = {"nom", "noms", "titulaire", "titulaires", "representant",
                                       "representants", "suppleant", "suppleants", NULL};
    /* (the lists' first letters before the lists: d m c e, n t r s) */
    if (((w[0] == 'd' || w[0] == 'm' || w[0] == 'c' || w[0] == 'e') && ex_in_list(w, member_nouns))
        || ((w[0] == 'n' || w[0] == 't' || w[0] == 'r' || w[0] == 's') && ex_in_list(w, more))) {
        for (size_t q = cl.start; q < cl.end; q++)
            if (ex_match_fold(s + q, cl.end - q, "suppleant"))
                return 's';
        /* "Membre / secteur d'énergie", "Membre (commune)": a later word
           of a collectivity makes it the members' collectivity column */
        for (size_t q = cl.start + wl; q < cl.end;) {
            if (!ex_num_is_letter(s + q, cl.end - q)) {
                q++;
                continue;
            }
            char x[16];
            size_t xl = ex_num_fold_word(s + q, cl.end - q, x, sizeof x);
            if (!xl)
                break;
            if (rc_skip_word(x))
                return 'c';
            q += xl;
        }
        return 'n';
    }
    return 0;
}

/* the folded word w of a presence column that is the table's last one:
   "Présence", "Statut", or "Présent" over codes ("| Présent |" over "T",
   "E", "A"; a column of X marks gives no status) */
static bool st_last_presence_word(const char *w)
{
    /* (they start with p or s: the first byte without the calls) */
    return (w[0] == 'p' || w[0] == 's')
           && (!strcmp(w, "presence") || !strcmp(w, "presences") || !strcmp(w, "statut") || !strcmp(w, "present")
               || !strcmp(w, "presents") || !strcmp(w, "situation"));
}

/* [a, b) is a proxy column's word alone ("Pouvoir", "Procurations") */
static bool st_proxy_word(const char *s, size_t a, size_t b)
{
    char w[16];
    /* (rc_word()'s proxy words start with p, r or m: no other byte folds
       to those, ex_num_fold() folds no character but ASCII to them) */
    unsigned char f0 = (unsigned char)s[a] | 0x20;
    return b - a >= 7 && b - a <= 13 && (f0 == 'p' || f0 == 'r' || f0 == 'm')
           && ex_num_fold_word(s + a, b - a, w, sizeof w) == b - a && rc_word(w) == RC_PROXY;
}


/* the words of a proxy column's header in a roll-call table: its noun
   ("Pouvoir", "Procuration") and the words after it ("donné à", "à",
   "par"), folded (st_header_tail(), st_flat_header(), fs_header(),
   fm_header()) */
static const char *const proxy_nouns[] = {"pouvoir", "pouvoirs", "procuration", "procurations", NULL};
static const char *const proxy_links[] = {"donne", "donnee", "a", "par", NULL};

/* line [a, b) may be roll_call_status()'s header: its last cell, a
   single word (2+ blanks or a "|" before it), is a presence column's
   word, so the line's last blank-separated token folds to one (the
   closing "|" of a ruled header passed over: "| Titulaire | Présent |",
   and a proxy column's word after it: "Présence    Pouvoir") */
static bool st_header_tail(const char *s, size_t a, size_t b)
{
    while (b > a && is_blank(s[b - 1]))
        b--;
    if (b > a && s[b - 1] == '|')
        for (b--; b > a && is_blank(s[b - 1]);)
            b--;
    /* (the line's last character folds to the last letter of a presence
       word, e s t, of a proxy link, e a r, or of a proxy word, r s n e:
       an ASCII byte that is none of them, in either case, ends the test
       before the token is read; most lines end otherwise) */
    if (b > a && (unsigned char)s[b - 1] < 0x80) {
        unsigned char z = (unsigned char)s[b - 1] | 0x20;
        if (z != 'e' && z != 's' && z != 't' && z != 'a' && z != 'r' && z != 'n')
            return false;
    }
    /* the line's last token [q, b): read once, for the proxy column's
       word and, when it is none, for the presence word */
    size_t q = b;
    while (q > a && !is_blank(s[q - 1]))
        q--;
    /* "Pouvoir donné à", "Pouvoir à": the proxy column's word before
       them (up to two short words, their blanks one or more) */
    for (int k = 0; k < 2 && q > a + 1 && b - q <= 7; k++) {
        /* (the words start with a, p or d: any other ASCII first byte
           folds to another letter or stops the fold, without it; most
           lines end with another word) */
        unsigned char f0 = (unsigned char)s[q];
        if (f0 < 0x80 && (f0 | 0x20) != 'a' && (f0 | 0x20) != 'p' && (f0 | 0x20) != 'd')
            break;
        char w[8];
        size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
        if (q + wl != b || !ex_in_list(w, proxy_links))
            break;
        size_t e = q;
        while (e > a && is_blank(s[e - 1]))
            e--;
        size_t r = e;
        while (r > a && !is_blank(s[r - 1]))
            r--;
        if (r == e || (!st_proxy_word(s, r, e) && (k || !ex_num_fold_word(s + r, e - r, w, sizeof w)
                                                   || (strcmp(w, "donne") && strcmp(w, "donnee")))))
            break;
        b = e;
        q = r;
    }
    /* (st_proxy_word()'s length and first byte tests first, without the
       call: most lines end with another word) */
    if (q >= a + 1 && is_blank(s[q - 1]) && b - q >= 7 && b - q <= 13
        && (((unsigned char)s[q] | 0x20) == 'p' || ((unsigned char)s[q] | 0x20) == 'r' || ((unsigned char)s[q] | 0x20) == 'm')
        && st_proxy_word(s, q, b)) {
        /* the proxy column's word (after 2+ blanks, or one in a header
           whose column gaps OCR lost: "Présence Pouvoir"): the token
           before it */
        b = q;
        while (b > a && is_blank(s[b - 1]))
            b--;
        q = b;
        while (q > a && !is_blank(s[q - 1]))
            q--;
    }
    if (q == a || b - q < 6 || b - q > 18)
        return false;
    /* the presence words all start with p or s: an ASCII first byte
       that is neither (either case) folds to another letter or stops
       the fold (st_last_presence_word() false), without the fold */
    unsigned char f = (unsigned char)s[q];
    if (f < 0x80 && (f | 0x20) != 'p' && (f | 0x20) != 's')
        return false;
    char w[16];
    size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
    return q + wl == b && st_last_presence_word(w);
}

/* a proxy row whose presence cell names the holder ("Pouvoir à M. X",
   "P à Mme Y", "Représenté par M. Z"): the proxy from the row's member
   (with no holder in the cell, the proxy is that of a "Pouvoir :" line
   elsewhere, or none); the proxy's span ends at end when that is after
   the holder (the bracket closing "(Pv à M. X)") */
static bool st_proxy_cell(ex_call *c, ex_document *d, ex_span who, ex_span cell, size_t end)
{
    ex_proxy px;
    memset(&px, 0, sizeof px);
    if (!person_in(c, cell.start, cell.end, false, &px.to) || !px.to.family
        || !ex_person_parse(c, who.start, who.end, &px.from) || !px.from.family)
        return !c->oom;
    px.from.note = px.from.role = px.to.note = px.to.role = NULL;
    px.span.start = px.from.span.start;
    px.span.end = end > px.to.span.end ? end : px.to.span.end;
    ex_proxy_vec one = {0};
    ex_proxy *np = ex_vec_push(c->alloc, &one);
    if (!np)
        return c->oom = true, false;
    *np = px;
    bool ok = add_proxies(c, d, &one);
    ex_vec_free(c->alloc, &one);
    return ok;
}

/* A roll-call table whose column gaps the scan lost (cells one blank
   apart: "Courvières M. Bernard JOUFFROY Mme Alice GIRARDOT T"): its
   header holds column words only ("Collectivité membre Délégué
   titulaire Délégué suppléant Présence"), and each row is read by its
   persons, in the header's order, then its last token, the presence
   code.  st_flat_header(): the person columns' kinds in order into
   kind ('n' the member, 's' the substitute: a "suppléant" word), 'p'
   last; their number with 'p', 0 when [a, b) is no such header. */
static size_t st_flat_header(const char *s, size_t a, size_t b, int *kind, bool *proxy)
{
    /* the adjective of a member column's word ("Conseiller municipal") */
    static const char *const adj[] = {"municipal", "municipale", "municipaux", "municipales",
                                      "communautaire", "communautaires", "syndical", "syndicaux",
                                      "departemental", "departementale", "departementaux", "departementales",
                                      "regional", "regionale", "regionaux", "regionales", NULL};
    size_t pn = SIZE_MAX, ps = SIZE_MAX, nw = 0;
    bool pres = false;
    int prev = 0;   /* the kind of the word before */
    char w[16];
    *proxy = false;
    for (size_t q = a; q < b;) {
        if (!ex_num_is_letter(s + q, b - q)) {
            if (s[q] >= '0' && s[q] <= '9')
                return 0;
            q++;
            continue;
        }
        size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
        if (!wl)
            return 0;   /* a long word */
        if (pres) {
            /* a word after the presence column's: the proxy column's
               only ("Présence Pouvoir", "Présence Pouvoir donné à"),
               its noun first */
            if (!ex_in_list(w, proxy_nouns) && !(*proxy && ex_in_list(w, proxy_links)))
                return 0;
            *proxy = true;
            q += wl;
            continue;
        }
        size_t at = nw++;
        q += wl;
        if (prev == 'n') {
            size_t i = 0;
            while (adj[i] && strcmp(w, adj[i]))
                i++;
            if (adj[i])
                continue;   /* (prev stays 'n': "Conseillers municipaux titulaires") */
        }
        char nx[16] = "";
        size_t r = q;
        while (r < b && (is_blank(s[r]) || s[r] == '.'))
            r++;
        ex_num_fold_word(s + r, b - r, nx, sizeof nx);
        int k = st_header_cell(s, (ex_span){q - wl, q});
        prev = k;
        /* "Nom et prénom(s)": one name column */
        if (!k && at > 0 && pn == at - 1 && !strcmp(w, "et"))
            continue;
        if (!k && at > 0 && (!strcmp(w, "prenom") || !strcmp(w, "prenoms")))
            continue;
        if (k == 'p')
            pres = true;
        else if (k == 's' || !strcmp(w, "suppleant") || !strcmp(w, "suppleants"))
            ps = ps == SIZE_MAX ? at : ps;
        else if (k == 'n' && strcmp(nx, "suppleant") && strcmp(nx, "suppleants"))
            pn = pn == SIZE_MAX ? at : pn;
        else if (k != 'c' && k != 'n')
            return 0;
    }
    if (!pres || pn == SIZE_MAX)
        return 0;
    size_t n = 0;
    if (ps != SIZE_MAX && ps < pn)
        kind[n++] = 's';
    kind[n++] = 'n';
    if (ps != SIZE_MAX && ps > pn)
        kind[n++] = 's';
    kind[n++] = 'p';
    return n;
}

/* line li as a row of a flat table of np person columns: exactly np
   persons before its last token, a short code or a status word (in
   *code); with a proxy column (holder not NULL) the code may be
   followed by the proxy's words and its holder ("MOREL Luc E Pouvoir à
   MARTIN": *holder the text after "à", else empty).  The persons in v
   (the caller frees it); false on no row, *bare set when the line is
   the np persons alone (a row whose code OCR lost) */
static bool st_flat_row(ex_call *c, size_t li, size_t np, ex_person_vec *v, ex_span *code, ex_span *holder,
                        bool *bare)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t a = t->lines[li].start, b = t->lines[li].end;
    *bare = false;
    while (b > a && is_blank(s[b - 1]))
        b--;
    /* (OCR specks before the row: ": VALETTE Olivier P") */
    size_t sk = 0;  /* set whenever it is read */
    while (a < b && (is_blank(s[a]) || (sk = ft_speck(s, a, b)) != 0))
        a += is_blank(s[a]) ? 1 : sk;
    size_t first = a;
    if (holder) {
        *holder = (ex_span){0, 0};
        /* "Pouvoir à X", "Procuration donnée à X", "Pouvoir par X" */
        for (size_t q = a; q < b; q++) {
            if ((s[q] | 0x20) != 'p' || (q > a && !is_blank(s[q - 1])))
                continue;
            char w[16];
            size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
            if (!wl || rc_word(w) != RC_PROXY)
                continue;
            size_t r = q + wl, m = 0;
            while (r < b && is_blank(s[r]))
                r++;
            size_t dl = ex_num_fold_word(s + r, b - r, w, sizeof w);
            if (dl && (!strcmp(w, "donne") || !strcmp(w, "donnee")))
                for (r += dl; r < b && is_blank(s[r]);)
                    r++;
            if (!(m = ex_match_fold(s + r, b - r, "a ")))
                m = ex_match_fold(s + r, b - r, "par ");
            if (!m)
                continue;
            *holder = (ex_span){r + m, b};
            b = q;
            while (b > a && is_blank(s[b - 1]))
                b--;
            break;
        }
    }
    size_t q = b;
    for (;;) {
        q = b;
        while (q > a && !is_blank(s[q - 1]))
            q--;
        /* OCR specks after the code ("P, : £"): tokens of no letter nor
           digit passed over */
        bool speck = q > a;
        for (size_t r = q; r < b && speck; r++)
            speck = !ex_num_is_letter(s + r, b - r) && !(s[r] >= '0' && s[r] <= '9');
        if (!speck)
            break;
        for (b = q; b > a && is_blank(s[b - 1]);)
            b--;
    }
    /* OCR letters of debris after a one-capital code ("P ee i :"):
       tokens of one or two lower-case letters (specks among them)
       passed over when a capital letter alone stands before them */
    if (q > a && b - q <= 2 && s[q] >= 'a' && s[q] <= 'z') {
        size_t e2 = b, q2 = q;
        for (;;) {
            bool low = e2 - q2 <= 2, punct = true;
            for (size_t r = q2; r < e2; r++) {
                low = low && s[r] >= 'a' && s[r] <= 'z';
                punct = punct && !ex_num_is_letter(s + r, e2 - r) && !(s[r] >= '0' && s[r] <= '9');
            }
            if (!low && !punct)
                break;
            for (e2 = q2; e2 > a && is_blank(s[e2 - 1]);)
                e2--;
            for (q2 = e2; q2 > a && !is_blank(s[q2 - 1]);)
                q2--;
            if (q2 == a || q2 == e2)
                break;
        }
        if (q2 > a && e2 == q2 + 1 && s[q2] >= 'A' && s[q2] <= 'Z') {
            q = q2;
            b = e2;
        }
    }
    if (q == a)
        return false;
    *code = (ex_span){q, b};
    for (int pass = 0; pass < 2; pass++) {
        /* pass 0: the persons before the code; pass 1 (no row): the
           line is the persons alone */
        size_t pe = pass ? b : q;
        if (pass && ((holder && holder->end) || np != 1))
            return false;
        /* OCR specks between the name and the code ("MAZOYER Gilbert .
           : :  P", "VALETTE Olivier : P") */
        for (size_t k = 0; !pass && pe > a && (is_blank(s[pe - 1]) || (k = ft_speck(s, pe - 1, pe)) != 0
                                               || (pe >= a + 3 && ft_speck(s, pe - 3, pe) == 3));)
            pe -= is_blank(s[pe - 1]) || k ? 1 : 3;
        v->n = 0;
        if (!ex_persons_list(c, a, pe, v))
            return false;
        /* the members' persons have a civility (a collectivity's capitals
           before them, "CC Val Jura", may read as a name) */
        size_t k = 0;
        bool ok = true;
        for (size_t i = 0; i < v->n && ok; i++)
            if (v->v[i].civility)
                v->v[k++] = v->v[i];
            else if (k)
                ok = false;
        if (!ok)
            continue;
        /* a member's row without civility, "SCHNEIDER Marc  Maire  P" (a
           "Nom et prénom" column): the family name in capitals, the given
           name */
        if (!k && np == 1 && v->n == 1 && v->v[0].family && v->v[0].given
            && ex_is_upper_word(v->v[0].family, strlen(v->v[0].family)) && strlen(v->v[0].family) >= 2
            && !memchr(s + a, ':', pe - a) && !memchr(s + a, '=', pe - a))
            k = 1;
        v->n = k;
        if (!pass && k == np && (b - q <= 5 || st_meaning(s, q, b)))
            return true;
        /* the line is one person (the given name last): its code lost */
        if (pass && k == 1 && v->v[0].span.end == b && v->v[0].given && !v->v[0].civility
            && v->v[0].span.start == first)
            *bare = true;
    }
    return false;
}

/* roll_call_status() on the flat table whose header is line hl (kinds
   from st_flat_header(), nk of them; proxy: a proxy column after the
   presence column's): the rows (a blank line or one other line between
   two is passed over), then the legend (up to 5 lines after them, "CODE
   = meaning" or "CODE : meaning", else up to 3 lines over the header,
   else the usual letters P, A, E, Exc.); a row whose code no legend
   explains is passed over (an OCR'd code: "JL", "+").  Rows of a member
   alone, whose code OCR lost, between two rows: present when the printed
   counts say so (as many of them as the present count lacks, and the
   table as long as the members in office when that is printed), else in
   no list. */
#define ST_FLAT_MAXROWS 200
static bool st_flat_table(ex_call *c, ex_document *d, size_t hl, const int *kind, size_t nk, bool proxy)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    ex_person_vec v = {0};
    ex_span code, holder;
    bool bare;
    size_t last = hl + 1, other = 0;
    for (size_t li = hl + 1; li < t->nlines && t->lines[li].start < d->span.end && other < 2; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & EX_LINE_BLANK)
            continue;
        if (!(ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            && st_flat_row(c, li, nk - 1, &v, &code, proxy ? &holder : NULL, &bare))
            last = li + 1, other = 0;
        else if (c->oom)
            break;
        else if (!bare)
            other++;
    }
    st_code codes[ST_MAXCODE];
    size_t ncode = 0;
    for (int leg = 0; leg < 4 && !ncode && !c->oom; leg++) {
        /* after the rows ('=', then ':'), then over the header (the
           same) */
        size_t la, lb, nl = 0;
        if (leg < 2) {
            la = lb = last;
            for (; lb < t->nlines && t->lines[lb].start < d->span.end && nl < 5; lb++)
                nl += !(t->lines[lb].flags & EX_LINE_BLANK);
        } else {
            la = lb = hl;
            for (; la > 0 && t->lines[la - 1].start >= d->span.start && nl < 3; la--)
                nl += !(t->lines[la - 1].flags & EX_LINE_BLANK);
        }
        if (la < lb && lb <= t->nlines)
            ncode = st_legend(s, t->lines[la].start, t->lines[lb - 1].end, leg & 1 ? ':' : '=', codes, ST_MAXCODE);
    }
    ncode = st_usual_codes(codes, ncode);
    /* the rows' statuses (0: none, -1: a member alone) and the counts */
    size_t nrow = 0, nbare = 0, npres = 0;
    signed char st_of[ST_FLAT_MAXROWS];
    for (size_t li = hl + 1; li < last && !c->oom && nrow < ST_FLAT_MAXROWS; li++) {
        if (t->lines[li].flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (st_flat_row(c, li, nk - 1, &v, &code, proxy ? &holder : NULL, &bare)) {
            int st = st_cell(s, code, codes, ncode);
            st_of[nrow++] = (signed char)st;
            npres += st == ST_PRESENT || st == ST_SUBST;
        } else if (bare) {
            st_of[nrow++] = -1;
            nbare++;
        }
    }
    /* the members alone present when the counts say so */
    long pc = d->att.present_count, io = d->att.in_office;
    bool bare_present = nbare && pc != EX_NULLNUM && pc >= 0 && (size_t)pc == npres + nbare
                        && (io == EX_NULLNUM || (size_t)io == nrow);
    for (size_t li = hl + 1, r = 0; li < last && !c->oom && r < nrow; li++) {
        if (t->lines[li].flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        bool row = st_flat_row(c, li, nk - 1, &v, &code, proxy ? &holder : NULL, &bare);
        if (!row && !bare)
            continue;
        int st = st_of[r++];
        if (st < 0)
            st = bare_present ? ST_PRESENT : 0;
        int want = st == ST_SUBST ? 's' : 'n';
        ex_person_vec *out = st == ST_PRESENT || st == ST_SUBST ? &d->att.present
                             : st == ST_EXCUSED ? &d->att.excused : st == ST_ABSENT ? &d->att.absent : NULL;
        for (size_t j = 0; out && j + 1 < nk; j++) {
            if (kind[j] != want)
                continue;
            ex_person *pp = ex_vec_push(c->alloc, out);
            if (!pp) {
                c->oom = true;
                break;
            }
            *pp = v.v[j];
        }
        /* the holder of a proxy column ("… E Pouvoir à MARTIN") */
        if (row && proxy && holder.end > holder.start && !c->oom)
            for (size_t j = 0; j + 1 < nk; j++)
                if (kind[j] == 'n' && !st_proxy_cell(c, d, v.v[j].span, holder, 0))
                    break;
    }
    ex_vec_free(c->alloc, &v);
    return !c->oom;
}

/* A roll-call table whose status is a legend's code in brackets after
   each name ("COMMUNE   DÉLÉGUÉS TITULAIRES   DÉLÉGUÉS SUPPLÉANTS" over
   rows "Ville-A   M. Jean X (P)   Mme Anne Y (E)", a holder after the
   proxy's code: "(Pv à M. Paul Z)"; the legend "P : présent – E :
   excusé – …" under the rows).  The rows are read bracket by bracket,
   not by columns (OCR may lose the column gaps and put blank lines
   between the rows).  st_bracket_header(): line [a, b) is the header:
   2+ words, all words of collectivity or member columns, one of a
   member at least (no presence column: roll_call_status() reads those) */
static bool st_bracket_header(const char *s, size_t a, size_t b)
{
    size_t nw = 0, nn = 0;
    for (size_t q = a; q < b;) {
        if (!ex_num_is_letter(s + q, b - q)) {
            if (s[q] >= '0' && s[q] <= '9')
                return false;
            q++;
            continue;
        }
        size_t e = q;
        while (e < b && (ex_num_is_letter(s + e, b - e) || ((unsigned char)s[e] & 0xC0) == 0x80))
            e++;
        int kd = st_header_cell(s, (ex_span){q, e});
        if (kd != 'c' && kd != 'n' && kd != 's')
            return false;
        nw++;
        nn += kd == 'n';
        q = e;
    }
    return nw >= 2 && nn > 0;
}

/* the bracket "(CODE…)" opening at o on a row, closing at or before b:
   the person printed right before it, from lo on, in the list the code
   says (a substitute sitting: present; a proxy with its holder: the
   proxy only, its span to the closing bracket); a bracket without a
   known code gives nothing.  *close: the closing bracket, or o. */
static bool st_bracket_cell(ex_call *c, ex_document *d, size_t lo, size_t o, size_t b, const st_code *codes,
                            size_t ncode, size_t *close)
{
    const char *s = c->text.s;
    size_t e = o + 1;
    while (e < b && s[e] != ')' && s[e] != '(')
        e++;
    *close = o;
    if (e >= b || s[e] != ')' || e == o + 1)
        return true;
    *close = e;
    size_t we = o;
    while (we > lo && is_blank(s[we - 1]))
        we--;
    int st = st_cell(s, (ex_span){o + 1, e}, codes, ncode);
    ex_person_vec *out = st == ST_PRESENT || st == ST_SUBST ? &d->att.present
                         : st == ST_EXCUSED ? &d->att.excused : st == ST_ABSENT ? &d->att.absent : NULL;
    if (!out && st != ST_PROXY)
        return true;
    ex_person_vec v = {0};
    if (!ex_persons_list(c, lo, we, &v)) {
        ex_vec_free(c->alloc, &v);
        return !c->oom;
    }
    bool ok = true;
    const ex_person *p = v.n ? &v.v[v.n - 1] : NULL;
    if (p && p->civility && p->family && p->span.end == we) {
        if (st == ST_PROXY)
            ok = st_proxy_cell(c, d, p->span, (ex_span){o + 1, e}, e + 1);
        else {
            ex_person *pp = ex_vec_push(c->alloc, out);
            if (!pp)
                ok = !(c->oom = true);
            else
                *pp = *p;
        }
    }
    ex_vec_free(c->alloc, &v);
    return ok;
}

/* roll_call_status() on the bracket table whose header is line hl: the
   legend is the first line after it with a "CODE : meaning" entry (its
   entries on it and the next line, two at least; 30 lines at most
   after the header), the rows are the lines between; nothing without
   a legend */
static bool st_bracket_table(ex_call *c, ex_document *d, size_t hl)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    st_code codes[ST_MAXCODE];
    size_t ncode = 0, leg = hl + 1;
    for (; leg < t->nlines && leg <= hl + 30 && t->lines[leg].start < d->span.end; leg++) {
        const ex_line *ln = &t->lines[leg];
        if ((ln->flags & EX_LINE_BLANK) || !st_legend(s, ln->start, ln->end, ':', codes, ST_MAXCODE))
            continue;
        size_t le = leg + 1 < t->nlines ? t->lines[leg + 1].end : ln->end;
        ncode = st_legend(s, ln->start, le, ':', codes, ST_MAXCODE);
        break;
    }
    if (ncode < 2)
        return true;
    for (size_t li = hl + 1; li < leg; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP | EX_LINE_BLANK))
            continue;
        for (size_t q = ln->start, lo = ln->start; q < ln->end; q++) {
            if (s[q] != '(')
                continue;
            size_t close;
            if (!st_bracket_cell(c, d, lo, q, ln->end, codes, ncode, &close))
                return false;
            if (close > q) {
                lo = close + 1;
                q = close;  /* the next bracket may follow this one at once */
            }
        }
    }
    return !c->oom;
}

/* [a, b) holds two brackets that may hold a legend's code after a
   name: "X (P)", "Y (Pv à M. Z)", "W ( E)": a letter (blanks apart),
   '(', a blank maybe, an upper-case letter and at most 2 more letters,
   then ')' or a blank (st_bracket_table() reads nothing without them:
   its header test, word by word, is asked only then) */
static bool has_code_bracket(const char *s, size_t a, size_t b)
{
    int got = 0;
    for (const char *p = memchr(s + a, '(', b - a); p; p = memchr(p + 1, '(', (size_t)(s + b - p - 1))) {
        size_t o = (size_t)(p - s), w = o;
        while (w > a && is_blank(s[w - 1]))
            w--;
        if (w == a || w == o || !(((s[w - 1] | 0x20) >= 'a' && (s[w - 1] | 0x20) <= 'z') || (unsigned char)s[w - 1] >= 0x80))
            continue;
        size_t q = o + 1;
        if (q < b && is_blank(s[q]))
            q++;
        if (q >= b || s[q] < 'A' || s[q] > 'Z')
            continue;
        size_t k = q + 1;
        while (k < b && k - q < 4 && (((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z') || ((unsigned char)s[k] >= 0x80)))
            k++;
        if (k - q <= 3 && k < b && (s[k] == ')' || is_blank(s[k])) && ++got == 2)
            return true;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* A transposed roll-call table: ruled with "|", ONE COLUMN PER MEMBER
   SEAT (a member commune each), its rows labelled in the first column:
   the members ("Titulaire", "Délégué titulaire"), maybe their
   substitutes ("Suppléant"), and the presence ("Présent", "Présence",
   "Statut") whose cell under each seat says who sat: "T" the member
   (titulaire), "S" the substitute (suppléant), a word ("Excusé",
   "Absent", "Présent", "Pouvoir") or a mark; a code the legend under
   the table gives ("E : excusé") when no word.  Present -> the member
   (or the substitute who sat) in present, the other in no list;
   excused, absent -> the member in that list; a proxy -> nothing (its
   holder is printed elsewhere).  The persons in printed order: the
   members' row, then the substitutes'. */

#define TR_MAXROW 6

/* the kind of a transposed table's row label cl: 'n' members, 's'
   substitutes, 'p' presence, 'c' skipped ("Commune"), 0 none */
static int tr_row_kind(const char *s, ex_span cl)
{
    char w[16];
    size_t wl = ex_num_fold_word(s + cl.start, cl.end - cl.start, w, sizeof w);
    if (wl && cl.start + wl == cl.end
        && (!strcmp(w, "present") || !strcmp(w, "presents") || !strcmp(w, "presente") || !strcmp(w, "presentes")))
        return 'p';
    return st_header_cell(s, cl);
}

/* the status a transposed table's presence cell cl says (ST_*), the
   codes of its legend last */
static int tr_cell(const char *s, ex_span cl, bool subst_row, const st_code *codes, size_t ncode)
{
    char w[8];
    size_t wl = ex_num_fold_word(s + cl.start, cl.end - cl.start, w, sizeof w);
    if (!wl || cl.start + wl != cl.end)
        return cl.end - cl.start >= 4 ? st_meaning(s, cl.start, cl.end) : 0;
    if (!strcmp(w, "t"))
        return ST_PRESENT;
    if (!strcmp(w, "s") && subst_row)
        return ST_SUBST;
    if (wl >= 4) {
        int st = st_meaning(s, cl.start, cl.end);
        if (st)
            return st;
    }
    for (size_t i = 0; i < ncode; i++)
        if (!strcmp(codes[i].code, w))
            return codes[i].st;
    return rc_mark(s, cl) ? ST_PRESENT : 0;
}

/* the member row's person in column j pushed into out */
static bool tr_push(ex_call *c, ex_person_vec *out, ex_span cl)
{
    ex_person who;
    memset(&who, 0, sizeof who);
    if (cl.end == cl.start || !ex_person_parse(c, cl.start, cl.end, &who) || !who.family)
        return !c->oom;
    ex_person *pp = ex_vec_push(c->alloc, out);
    if (!pp)
        return c->oom = true, false;
    *pp = who;
    return true;
}

/* the transposed table whose first ruled line is li, if it is one;
   *next the line after it */
static bool tr_table(ex_call *c, ex_document *d, size_t li, size_t *next)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    ex_span cells[TR_MAXROW][RC_MAXPIPE];
    size_t ncell = 0, nrow = 0, rn = TR_MAXROW, rs = TR_MAXROW, rp = TR_MAXROW;
    for (; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        if (ex_rule_line(s, ln->start, ln->end))
            continue;
        if (!rc_ruled(s, ln->start, ln->end) || nrow == TR_MAXROW)
            break;
        size_t n = rc_pipe_cells(s, ln->start, ln->end, cells[nrow], RC_MAXPIPE);
        if (n < 3 || (ncell && n != ncell))
            break;
        ncell = n;
        int k = tr_row_kind(s, cells[nrow][0]);
        size_t *slot = k == 'n' ? &rn : k == 's' ? &rs : k == 'p' ? &rp : NULL;
        if (slot) {
            if (*slot != TR_MAXROW)
                break;
            *slot = nrow;
        }
        nrow++;
    }
    *next = li;
    if (rn == TR_MAXROW || rp == TR_MAXROW)
        return true;
    /* the legend: the non-blank lines (up to 3) right under the table */
    st_code codes[ST_MAXCODE];
    size_t ncode = 0, lend = li;
    while (lend < t->nlines && lend < li + 3 && t->lines[lend].start < d->span.end
           && !(t->lines[lend].flags & EX_LINE_BLANK))
        lend++;
    if (lend > li) {
        /* (the legend in brackets: "(E : excusé ; A : absent)") */
        size_t la = t->lines[li].start + (s[t->lines[li].start] == '(');
        ncode = st_legend(s, la, t->lines[lend - 1].end, '=', codes, ST_MAXCODE);
        if (!ncode)
            ncode = st_legend(s, la, t->lines[lend - 1].end, ':', codes, ST_MAXCODE);
    }
    int st[RC_MAXPIPE];
    size_t known = 0;
    for (size_t j = 1; j < ncell; j++) {
        st[j] = tr_cell(s, cells[rp][j], rs != TR_MAXROW, codes, ncode);
        known += st[j] != 0;
    }
    if (known < 2)
        return true;
    for (size_t j = 1; j < ncell; j++) {
        ex_person_vec *out = st[j] == ST_PRESENT ? &d->att.present
                             : st[j] == ST_EXCUSED ? &d->att.excused
                             : st[j] == ST_ABSENT ? &d->att.absent : NULL;
        if (out && !tr_push(c, out, cells[rn][j]))
            return false;
    }
    for (size_t j = 1; j < ncell; j++)
        if (st[j] == ST_SUBST && !tr_push(c, &d->att.present, cells[rs][j]))
            return false;
    return true;
}

static bool roll_call_transposed(ex_call *c, ex_document *d)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    /* (no "|" in the document's lines: no ruled line, rc_ruled(); one
       memchr() in place of the test of each line) */
    if (d->span.end > d->span.start && t->nlines) {
        size_t lo = t->lines[ex_line_at(t, d->span.start)].start, hi = t->lines[ex_line_at(t, d->span.end - 1)].end;
        if (hi <= lo || !memchr(s + lo, '|', hi - lo))
            return true;
    }
    for (size_t li = ex_line_at(t, d->span.start); li < t->nlines && t->lines[li].start < d->span.end;) {
        const ex_line *ln = &t->lines[li];
        if (!(ln->flags & EX_LINE_BLANK) && rc_ruled(s, ln->start, ln->end)) {
            size_t next;
            if (!tr_table(c, d, li, &next))
                return false;
            if (d->att.present.n || d->att.excused.n || d->att.absent.n)
                return true;
            li = next > li ? next : li + 1;
        } else {
            li++;
        }
    }
    return true;
}

static bool roll_call_status(ex_call *c, ex_document *d)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li = ex_line_at(t, d->span.start);
    int kind[ST_MAXCOL], flat[4];
    size_t col[ST_MAXCOL], ncol = 0, nflat = 0, flat_li = 0, bracket_li = SIZE_MAX;
    bool ruled = false, flat_proxy = false;
    bool brackets = d->span.end > d->span.start && has_code_bracket(s, d->span.start, d->span.end);
    for (; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP | EX_LINE_BLANK))
            continue;
        if (!st_header_tail(s, ln->start, ln->end)) {
            if (brackets && bracket_li == SIZE_MAX && st_bracket_header(s, ln->start, ln->end))
                bracket_li = li;
            continue;
        }
        ex_span cells[ST_MAXCOL + 1];
        /* a table ruled with "|" ("| Commune | Titulaire | Suppléant |
           Présent |", rule lines "|---|---|" skipped): read cell by cell */
        ruled = rc_ruled(s, ln->start, ln->end);
        size_t n = ruled ? rc_pipe_cells(s, ln->start, ln->end, cells, ST_MAXCOL + 1)
                         : rc_cells(s, ln->start, ln->end, cells, ST_MAXCOL + 1);
        if (n < 2 && !ruled && !nflat && (nflat = st_flat_header(s, ln->start, ln->end, flat, &flat_proxy)))
            flat_li = li;
        if (n < 2 || n > ST_MAXCOL)
            continue;
        size_t np = 0, nn = 0;
        for (size_t k = 0; k < n; k++) {
            kind[k] = st_header_cell(s, cells[k]);
            if (!kind[k] && k + 1 == n) {
                /* "Présent" as the last column's label */
                char w[16];
                size_t wl = ex_num_fold_word(s + cells[k].start, cells[k].end - cells[k].start, w, sizeof w);
                if (wl && cells[k].start + wl == cells[k].end && st_last_presence_word(w))
                    kind[k] = 'p';
            }
            if (!kind[k] && k + 1 == n && k > 0 && kind[k - 1] == 'p'
                && st_proxy_word(s, cells[k].start, cells[k].end))
                kind[k] = 'x';   /* "Présence    Pouvoir": the holders */
            col[k] = col_of(s, ln->start, cells[k].start);
            np += kind[k] == 'p';
            nn += kind[k] == 'n';
            if (!kind[k])
                np = 2;
        }
        if (np == 1 && nn >= 1 && (kind[n - 1] == 'p' || (n > 2 && kind[n - 1] == 'x'))) {
            ncol = n;
            break;
        }
    }
    if (!ncol) {
        if (nflat)
            return st_flat_table(c, d, flat_li, flat, nflat, flat_proxy);
        return bracket_li == SIZE_MAX || st_bracket_table(c, d, bracket_li);
    }
    size_t pc = kind[ncol - 1] == 'x' ? ncol - 2 : ncol - 1;   /* the presence column */
    /* the rows, then the legend (up to 4 lines after them) */
    size_t first = li + 1, last = first;
    for (; last < t->nlines && t->lines[last].start < d->span.end; last++) {
        const ex_line *ln = &t->lines[last];
        if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            break;
        if (ruled && !rc_ruled(s, ln->start, ln->end))
            break;
    }
    size_t lend = last, nl = 0;
    for (; lend < t->nlines && t->lines[lend].start < d->span.end && nl < 5; lend++)
        nl += !(t->lines[lend].flags & EX_LINE_BLANK);
    st_code codes[ST_MAXCODE];
    size_t ncode = 0;
    if (last < t->nlines && lend > last)
        ncode = st_legend(s, t->lines[last].start, t->lines[lend - 1].end, '=', codes, ST_MAXCODE);
    /* the legend "T : le titulaire siège – S : le suppléant siège – …" */
    if (!ncode && last < t->nlines && lend > last)
        ncode = st_legend(s, t->lines[last].start, t->lines[lend - 1].end, ':', codes, ST_MAXCODE);
    /* else the legend over the header, up to 3 lines before it ("Liste
       d'émargement (P : présent, A : absent, E : excusé)") */
    size_t lb = li;
    for (nl = 0; lb > 0 && t->lines[lb - 1].start >= d->span.start && nl < 3; lb--)
        nl += !(t->lines[lb - 1].flags & EX_LINE_BLANK);
    if (!ncode && lb < li)
        ncode = st_legend(s, t->lines[lb].start, t->lines[li - 1].end, '=', codes, ST_MAXCODE);
    if (!ncode && lb < li)
        ncode = st_legend(s, t->lines[lb].start, t->lines[li - 1].end, ':', codes, ST_MAXCODE);
    /* no legend: the usual letters under a "Présence" or "Statut" column */
    if (!ncode) {
        static const st_code usual[] = {{"p", ST_PRESENT}, {"a", ST_ABSENT}, {"e", ST_EXCUSED}};
        memcpy(codes, usual, sizeof usual);
        ncode = sizeof usual / sizeof usual[0];
    }
    for (size_t r = first; r < last; r++) {
        const ex_line *ln = &t->lines[r];
        ex_span cells[ST_MAXCOL + 1], by[ST_MAXCOL];
        memset(by, 0, sizeof by);
        if (ruled) {
            if (ex_rule_line(s, ln->start, ln->end))
                continue;
            size_t n = rc_pipe_cells(s, ln->start, ln->end, cells, ST_MAXCOL + 1);
            if (n != ncol)
                break;
            for (size_t k = 0; k < n; k++)
                by[k] = cells[k];
        } else {
            if (ex_rule_line(s, ln->start, ln->end))
                continue;   /* the header's underline "----  ----" */
            size_t n = rc_cells(s, ln->start, ln->end, cells, ST_MAXCOL + 1);
            if (n < 2 || n > ncol)
                break;
            for (size_t k = 0; k < n; k++) {
                size_t cc = col_of(s, ln->start, cells[k].start);
                by[rc_column(col, ncol, cc)] = cells[k];
            }
            /* the presence cell's second line alone under it ("excusé,
               suppléé par" / "Mme X", "pouvoir à" / "M. Y"): one cell */
            if (by[pc].end && pc + 1 == ncol && r + 1 < last) {
                const ex_line *nx = &t->lines[r + 1];
                ex_span c2[2];
                if (rc_cells(s, nx->start, nx->end, c2, 2) == 1
                    && rc_column(col, ncol, col_of(s, nx->start, c2[0].start)) == pc
                    && col_of(s, nx->start, c2[0].start) + 3 >= col[pc]) {
                    by[pc].end = c2[0].end;
                    r++;
                }
            }
        }
        if (!by[pc].end)
            break;
        int st = rc_cell_status(s, by[pc], kind[pc], codes, ncode);
        if (!st)
            break;
        int want = st == ST_SUBST ? 's' : 'n';
        ex_span who = {0, 0};
        for (size_t j = 0; j + 1 < ncol && !who.end; j++)
            if (kind[j] == want)
                who = by[j];
        /* no substitute's column: the cell names him ("excusé, suppléé
           par Mme X": X present, the member excused or absent when the
           cell says so, else in no list) */
        if (st == ST_SUBST && !who.end && !ruled) {
            ex_person sub, tit;
            memset(&sub, 0, sizeof sub);
            memset(&tit, 0, sizeof tit);
            ex_span mc = {0, 0};
            for (size_t j = 0; j + 1 < ncol && !mc.end; j++)
                if (kind[j] == 'n')
                    mc = by[j];
            int ts = 0;
            for (size_t q = by[pc].start; q < by[pc].end && !ts; q++)
                if (q == by[pc].start || !ex_num_is_letter(s + q - 1, 1)) {
                    if (ex_match_fold(s + q, by[pc].end - q, "excuse"))
                        ts = ST_EXCUSED;
                    else if (ex_match_fold(s + q, by[pc].end - q, "absent"))
                        ts = ST_ABSENT;
                }
            if (ts && mc.end && ex_person_parse(c, mc.start, mc.end, &tit)) {
                ex_person *pp = ex_vec_push(c->alloc, ts == ST_EXCUSED ? &d->att.excused : &d->att.absent);
                if (!pp)
                    return c->oom = true, false;
                *pp = tit;
            }
            if (person_in(c, by[pc].start, by[pc].end, false, &sub) && sub.family) {
                ex_person *pp = ex_vec_push(c->alloc, &d->att.present);
                if (!pp)
                    return c->oom = true, false;
                *pp = sub;
            }
            if (c->oom)
                return false;
            continue;
        }
        ex_person_vec *out = st == ST_PRESENT || st == ST_SUBST ? &d->att.present
                             : st == ST_EXCUSED ? &d->att.excused : st == ST_ABSENT ? &d->att.absent : NULL;
        if (st == ST_PROXY && who.end && !st_proxy_cell(c, d, who, by[pc], 0))
            return false;
        /* the proxy column's cell "Pouvoir à ROUVIÈRE Chantal": the holder
           after "à" or "par" */
        if (pc + 1 < ncol && by[pc + 1].end && who.end) {
            ex_span h = by[pc + 1];
            size_t q = h.start;
            while (q < h.end && !is_blank(s[q]))
                q++;
            while (q < h.end && is_blank(s[q]))
                q++;
            size_t m = ex_match_fold(s + q, h.end - q, "a ");
            if (!m)
                m = ex_match_fold(s + q, h.end - q, "par ");
            char w[16];
            if (m && ex_num_fold_word(s + h.start, q - h.start, w, sizeof w) && rc_word(w) == RC_PROXY
                && !st_proxy_cell(c, d, who, (ex_span){q + m, h.end}, 0))
                return false;
        }
        if (!out || !who.end)
            continue;
        ex_person p;
        memset(&p, 0, sizeof p);
        if (!ex_person_parse(c, who.start, who.end, &p)) {
            if (c->oom)
                return false;
            continue;
        }
        ex_person *pp = ex_vec_push(c->alloc, out);
        if (!pp)
            return c->oom = true, false;
        *pp = p;
    }
    return !c->oom;
}

/* ------------------------------------------------------------------ */
/* Tables of lists: a header line whose cells (runs of text 2+ blanks
   apart) are all list labels without colon, each alone in its cell or
   after qualifiers ("TITULAIRES PRÉSENTS   SUPPLÉANTS   POUVOIRS",
   "Présents   Excusés   Absents"), then the columns side by side under
   it, as pdftotext flattens a table: each column is read as its header's
   list (suppléants are present, a pouvoirs column gives proxies "X" /
   "à Y"), cut at the header cells' start columns, in column order.  The
   rows end at a blank line, a bounding label or a prose line. */

/* a word that may qualify a column header ("TITULAIRES PRÉSENTS") */
static bool lt_qualifier(const char *w)
{
    return ex_in_list(w, member_nouns) || !strcmp(w, "titulaire") || !strcmp(w, "titulaires");
}

static bool lt_kind(int k)
{
    return list_kind(k) || k == K_REPR;
}

/* the labels from lv[i] on its line, when they make a table header:
   marks them (table 2 for the first, 1 for the others) */
static void list_table_header(ex_call *c, label_vec *lv, size_t i)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, lv->v[i].a)];
    ex_span cells[RC_MAXCOL + 1];
    size_t n = rc_cells(s, ln->start, ln->end, cells, RC_MAXCOL + 1);
    if (n < 2 || n > RC_MAXCOL || i + n > lv->n)
        return;
    for (size_t k = 0; k < n; k++) {
        const label *l = &lv->v[i + k];
        if (!lt_kind(l->kind) || l->colon || l->table || l->a < cells[k].start || l->b != cells[k].end)
            return;
        /* before the label in its cell: qualifier words only */
        for (size_t q = cells[k].start; q < l->a;) {
            char w[16];
            size_t m = ex_num_fold_word(s + q, l->a - q, w, sizeof w);
            if (!m || !lt_qualifier(w) || q + m >= l->a || !is_blank(s[q + m]))
                return;
            q += m + 1;
        }
    }
    /* no other label on the line */
    if (i + n < lv->n && lv->v[i + n].a < ln->end)
        return;
    for (size_t k = 0; k < n; k++) {
        label *l = &lv->v[i + k];
        l->table = k ? 1 : 2;
        l->right = false;   /* no right-column label beside a list above */
        l->bounds = true;
        l->col = col_of(s, ln->start, cells[k].start);
    }
}

/* Read the table whose header's first label is lv[i]; bound: where the
   rows end at the latest. */
static bool list_table(ex_call *c, ex_document *d, const label_vec *lv, size_t i, size_t bound)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t ncol = 0, col[RC_MAXCOL];
    int kind[RC_MAXCOL];
    while (i + ncol < lv->n && ncol < RC_MAXCOL && lv->v[i + ncol].table == (ncol ? 1 : 2)) {
        col[ncol] = lv->v[i + ncol].col;
        kind[ncol] = lv->v[i + ncol].kind;
        ncol++;
    }
    span_vec rg[RC_MAXCOL];
    memset(rg, 0, sizeof rg);
    ex_proxy_vec px = {0};
    bool ok = true;
    size_t rows = 0;
    for (size_t li = ex_line_at(t, lv->v[i].a) + 1; li < t->nlines && t->lines[li].start < bound; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (ln->flags & EX_LINE_BLANK) {
            if (rows)
                break;
            continue;
        }
        if (prose_opener(s, ln->start, ln->end))
            break;
        ex_span cells[2 * RC_MAXCOL];
        size_t n = rc_cells(s, ln->start, ln->end, cells, 2 * RC_MAXCOL);
        ex_span cur[RC_MAXCOL];
        memset(cur, 0, sizeof cur);
        bool row = n > 0;
        for (size_t k = 0; k < n && row; k++) {
            ex_span cl = cells[k];
            while (cl.start < cl.end) {
                size_t cc = col_of(s, ln->start, cl.start);
                /* the column whose header starts nearest at or before the cell */
                size_t j = 0;
                while (j + 1 < ncol && col[j + 1] <= cc + 2)
                    j++;
                if (cc + 3 < col[j]) {
                    row = false;    /* left of the first column */
                    break;
                }
                ex_span part = cl;
                if (j + 1 < ncol && col_of(s, ln->start, cl.end) > col[j + 1] + 2) {
                    /* the cell runs into the next column (one blank
                       between them): split at a blank right at its start */
                    size_t cut = off_of_col(s, ln->start, ln->end, col[j + 1] > 2 ? col[j + 1] - 2 : 0);
                    size_t hi = off_of_col(s, ln->start, ln->end, col[j + 1] + 2);
                    size_t q = cut;
                    while (q < hi && !(is_blank(s[q]) && q + 1 < cl.end && !is_blank(s[q + 1])))
                        q++;
                    if (q >= hi || q <= cl.start) {
                        row = false;    /* text across the columns: prose */
                        break;
                    }
                    part.end = q;
                    cl.start = q + 1;
                } else {
                    cl.start = cl.end;
                }
                if (!cur[j].end)
                    cur[j].start = part.start;
                cur[j].end = part.end;
            }
        }
        if (!row)
            break;
        rows++;
        for (size_t j = 0; j < ncol; j++) {
            if (!cur[j].end)
                continue;
            ex_span *r = ex_vec_push(c->alloc, &rg[j]);
            if (!r) {
                ok = false;
                goto done;
            }
            *r = cur[j];
        }
    }
    for (size_t j = 0; j < ncol && ok; j++) {
        if (!rg[j].n)
            continue;
        int mode;
        ex_person_vec *out = list_out(d, kind[j], &mode);
        px.n = 0;
        size_t n0 = out ? out->n : 0;
        ok = ex_persons_list_rg(c, rg[j].v, rg[j].n, mode, out, &px, NULL) && add_proxies(c, d, &px)
             && (!out || drop_repeats(c, out, n0));
    }
done:
    ex_vec_free(c->alloc, &px);
    for (size_t j = 0; j < RC_MAXCOL; j++)
        ex_vec_free(c->alloc, &rg[j]);
    if (!ok)
        c->oom = true;
    return ok;
}

/* A table of lists flattened by OCR: the header's cells joined with
   one blank ("TITULAIRES PRÉSENTS SUPPLÉANTS POUVOIRS", specks between
   them tolerated), and each row's cells joined too, a row wrapped over
   lines ("M. A (X) M. B (Y) Mme\nC (Z)", "Mme D (X) à M.\nA").  Only
   the shape [present, suppléants?, pouvoirs] is read: the persons of
   a row are present, except a proxy pair split over two rows, the giver
   last in its row (column 3), the receiver "à Y" in the next row.  A
   row starts at a line opening with a civility; the table ends at a
   bounding label, prose, or a line without civility after a blank
   line. */

/* a speck of OCR debris: . , : ; ' ‘ ’ “ ” « » _ | * + - */
static size_t ft_speck(const char *s, size_t q, size_t b)
{
    if (q >= b)
        return 0;
    if (strchr(".,:;'_|*+-", s[q]) && s[q])
        return 1;
    const unsigned char *u = (const unsigned char *)s + q;
    if (q + 1 < b && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
        return 2;
    if (q + 2 < b && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9D)
        return 3;
    return 0;
}

/* a civility at a: "M." "M:" "Mme" "Mlle" "MM." "Monsieur" "Madame"
   (OCR "Mme.X") */
static bool ft_civ(const char *s, size_t a, size_t b)
{
    if (b - a < 3 || s[a] != 'M')
        return false;
    if ((s[a + 1] == '.' || s[a + 1] == ':' || s[a + 1] == '!' || s[a + 1] == ',')
        && (is_blank(s[a + 2]) || s[a + 2] == '\n' || s[a + 2] == '\r'))
        return true;
    /* OCR "M.Franck" */
    if (s[a + 1] == '.' && ((s[a + 2] >= 'A' && s[a + 2] <= 'Z') || (unsigned char)s[a + 2] == 0xC3))
        return true;
    /* "Mme X", OCR "Mme.X" */
    static const char *const civ[] = {"Mme", "Mlle", "MM.", "Monsieur", "Madame", NULL};
    for (size_t i = 0; civ[i]; i++) {
        size_t m = strlen(civ[i]);
        if (b - a > m && !memcmp(s + a, civ[i], m)
            && (is_blank(s[a + m]) || s[a + m] == '\n' || s[a + m] == '\r' || (s[a + m] == '.' && i < 2)))
            return true;
    }
    /* OCR "Mmé", "Mrne", "Mine", "Mnie" (the model of ocrmodel.c: its
       e accented, its m read as rn / in / ni), then one blank and a
       capital */
    size_t q = a + 1;
    if (s[q] == 'm')
        q++;
    else if (q + 1 < b && (((s[q] == 'r' || s[q] == 'i') && s[q + 1] == 'n') || (s[q] == 'n' && s[q + 1] == 'i')))
        q += 2;
    else
        return false;
    if (q < b && s[q] == 'e')
        q++;
    else if (q + 1 < b && (unsigned char)s[q] == 0xC3 && ((unsigned char)s[q + 1] == 0xA9 || (unsigned char)s[q + 1] == 0xA8))
        q += 2;
    else
        return false;
    return q + 1 < b && is_blank(s[q]) && ((s[q + 1] >= 'A' && s[q + 1] <= 'Z') || (unsigned char)s[q + 1] == 0xC3);
}

/* the line [a, b) opens (specks and blanks apart) with a civility */
static bool ft_civility_line(const char *s, size_t a, size_t b)
{
    size_t k = 0;   /* set whenever it is read (a gcc -O2 false alarm) */
    while (a < b && (is_blank(s[a]) || (k = ft_speck(s, a, b)) != 0))
        a += is_blank(s[a]) ? 1 : k;
    return a < b && ft_civ(s, a, b);
}

/* the persons of the row [a, b), one cell from each civility to the
   next (a cell's debris, a full stop in it, cannot end the row's list) */
static bool ft_row_persons(ex_call *c, size_t a, size_t b, ex_person_vec *pv)
{
    const char *s = c->text.s;
    size_t ca = SIZE_MAX;
    for (size_t q = a; q <= b; q++) {
        bool civ = q < b && (q == a || !((s[q - 1] | 0x20) >= 'a' && (s[q - 1] | 0x20) <= 'z'))
                   && ft_civ(s, q, b);
        if (!civ && q < b)
            continue;
        if (ca != SIZE_MAX && !ex_persons_list(c, ca, q, pv))
            return false;
        ca = q;
    }
    return true;
}

/* the row [a, b) ends inside a cell (OCR put a blank line in it): its
   last word, specks apart, is a civility or "à" ("... Mme" + "Nadine X",
   "à M." + "Y"), or the line at n opens with a bracket ("(Commune)") */
static bool ft_dangling(const char *s, size_t a, size_t b, size_t n, size_t ne)
{
    size_t k = 0;   /* set whenever it is read (a gcc -O2 false alarm) */
    while (n < ne && (is_blank(s[n]) || ((k = ft_speck(s, n, ne)) && s[n] != '(')))
        n += is_blank(s[n]) ? 1 : k;
    if (n < ne && s[n] == '(')
        return true;
    while (b > a) {
        if (is_blank(s[b - 1]) || s[b - 1] == '\r')
            b--;
        else if (s[b - 1] != '.' && ft_speck(s, b - 1, b))
            b--;
        else if (b >= a + 3 && (unsigned char)s[b - 3] == 0xE2 && ft_speck(s, b - 3, b) == 3)
            b -= 3;
        else
            break;
    }
    size_t w = b;
    while (w > a && !is_blank(s[w - 1]))
        w--;
    static const char *const dang[] = {"M.", "M", "M:", "Mme", "Mme.", "Mlle", "MM.", "\xC3\xA0", NULL};
    for (size_t i = 0; dang[i]; i++)
        if (b - w == strlen(dang[i]) && !memcmp(s + w, dang[i], b - w))
            return true;
    /* "à Mme Christelle" + "OSMONT": a civility, then a given name in
       mixed case only */
    size_t v = w;
    while (v > a && is_blank(s[v - 1]))
        v--;
    size_t u = v;
    while (u > a && !is_blank(s[u - 1]))
        u--;
    if (v == w || !ft_civ(s, u, b) || b - w < 2 || !(s[w] >= 'A' && s[w] <= 'Z'))
        return false;
    for (size_t q = w + 1; q < b; q++)
        if (s[q] >= 'a' && s[q] <= 'z')
            return true;
    return false;
}

static bool flat_table(ex_call *c, ex_document *d, const label_vec *lv, size_t i, size_t ncol, size_t bound,
                       bool *fits);

/* "PRÉSENTS EXCUSÉS ABSENTS": a header of lists side by side, each
   column a list of its own (present first, then excused and / or
   absent, no colon): a row's persons fill its columns from the left */
static bool ft_columns(const label_vec *lv, size_t i, size_t n)
{
    if (lv->v[i].kind != K_PRESENT || lv->v[i].colon)
        return false;
    for (size_t k = 1; k < n; k++) {
        int kk = lv->v[i + k].kind;
        if ((kk != K_EXCUSED && kk != K_ABSENT) || lv->v[i + k].colon || kk == lv->v[i + k - 1].kind)
            return false;
    }
    return true;
}

/* the labels from lv[i] make a flattened header (see above) and the
   rows under it have the table's shape (a dry run of flat_table(), up to
   the next bounding label): marks them (table 3 for the first, 1 for the
   others); false only when out of memory */
static bool flat_table_header(ex_call *c, const ex_document *d, label_vec *lv, size_t i)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[ex_line_at(t, lv->v[i].a)];
    size_t n = 0;
    while (i + n < lv->n && lv->v[i + n].a < ln->end && n < RC_MAXCOL)
        n++;
    if (n < 2 || n > 3 || (i + n < lv->n && lv->v[i + n].a < ln->end))
        return true;
    if (lv->v[i].kind != K_PRESENT)
        return true;
    if (!ft_columns(lv, i, n) && ((n == 3 && lv->v[i + 1].kind != K_SUBST)
                                  || !(lv->v[i + n - 1].kind == K_PROXY || lv->v[i + n - 1].kind == K_ABS_PROXY)))
        return true;
    /* around the labels: qualifier words, blanks and specks only */
    size_t q = ln->start;
    for (size_t k = 0; k <= n; k++) {
        size_t lim = k < n ? lv->v[i + k].a : ln->end;
        while (q < lim) {
            size_t m;
            if (is_blank(s[q]) || s[q] == '\r') {
                q++;
                continue;
            }
            if ((m = ft_speck(s, q, lim))) {
                q += m;
                continue;
            }
            char w[16];
            m = ex_num_fold_word(s + q, lim - q, w, sizeof w);
            if (!m || !lt_qualifier(w))
                return true;
            q += m;
        }
        if (k < n)
            q = lv->v[i + k].b;
    }
    size_t bound = d->span.end, li = ex_line_at(t, lv->v[i].a);
    for (size_t k = i + n; k < lv->n; k++)
        if (lv->v[k].bounds && ex_line_at(t, lv->v[k].a) > li) {
            bound = t->lines[ex_line_at(t, lv->v[k].a)].start;
            break;
        }
    bool fits = false;
    if (!flat_table(c, NULL, lv, i, n, bound, &fits))
        return false;
    if (!fits)
        return true;
    for (size_t k = 0; k < n; k++) {
        label *l = &lv->v[i + k];
        l->table = k ? 1 : 3;
        l->right = false;
        l->bounds = true;
    }
    return true;
}

/* the person p of a row is a proxy's receiver: "à" right before it
   (blanks, line ends and specks apart; "àM." glued) */
static bool ft_receiver(const char *s, size_t lo, size_t a)
{
    size_t q = a;
    while (q > lo && (is_blank(s[q - 1]) || s[q - 1] == '\n' || s[q - 1] == '\r'))
        q--;
    if (q >= lo + 2 && (unsigned char)s[q - 2] == 0xC3 && ((unsigned char)s[q - 1] == 0xA0 || (unsigned char)s[q - 1] == 0x80))
        return q == lo + 2 || is_blank(s[q - 3]) || s[q - 3] == '\n' || ft_speck(s, q - 3, q - 2);
    return false;
}

typedef struct ft_row {
    size_t p0, n;           /* its persons: pv[p0, p0 + n) */
} ft_row;

/* Read the flattened table whose header is lv[i, i + ncol); bound:
   where the rows end at the latest.  *fits: the rows have the shape (no
   row with more persons than columns, every receiver with a giver, two
   rows at least); only then, and when d is not NULL, the persons and
   proxies go to d.  false only when out of memory. */
static bool flat_table(ex_call *c, ex_document *d, const label_vec *lv, size_t i, size_t ncol, size_t bound,
                       bool *fits)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    *fits = false;
    enum { MAXROWS = 200 };
    ex_person_vec pv = {0};
    ex_proxy_vec px = {0};
    bool ok = true, shape = true;
    ft_row rows[MAXROWS];
    size_t nrows = 0;
    size_t ra = SIZE_MAX, rb = 0;
    bool blank = false;
    for (size_t li = ex_line_at(t, lv->v[i].a) + 1;; li++) {
        bool end = li >= t->nlines || t->lines[li].start >= bound;
        const ex_line *ln = end ? NULL : &t->lines[li];
        bool start = false;
        if (!end) {
            if (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP))
                continue;
            if (ln->flags & EX_LINE_BLANK) {
                blank = true;
                continue;
            }
            start = ft_civility_line(s, ln->start, ln->end);
            if (prose_opener(s, ln->start, ln->end)
                || (!start && (ra == SIZE_MAX || (blank && !ft_dangling(s, ra, rb, ln->start, ln->end)))))
                end = true;
        }
        if ((end || start) && ra != SIZE_MAX) {
            /* the row [ra, rb) */
            if (nrows == MAXROWS) {
                shape = false;
                break;
            }
            size_t p0 = pv.n;
            if (!ft_row_persons(c, ra, rb, &pv)) {
                ok = false;
                break;
            }
            rows[nrows].p0 = p0;
            rows[nrows].n = pv.n - p0;
            if (!rows[nrows].n || rows[nrows].n > ncol) {
                shape = false;
                break;
            }
            nrows++;
            ra = SIZE_MAX;
        }
        if (end)
            break;
        if (start)
            ra = ln->start;
        rb = ln->end;
        blank = false;
    }
    if (!ok || !shape || nrows < 2)
        goto done;
    if (ft_columns(lv, i, ncol)) {
        /* lists side by side, each filled from the top: a row has no
           more persons than the one above it, and no receiver */
        for (size_t r = 0; r < nrows && shape; r++) {
            shape = !r || rows[r].n <= rows[r - 1].n;
            for (size_t k = 0; k < rows[r].n && shape; k++) {
                const ex_person *p = &pv.v[rows[r].p0 + k];
                shape = !ft_receiver(s, k ? pv.v[rows[r].p0 + k - 1].span.end
                                          : t->lines[ex_line_at(t, p->span.start)].start,
                                     p->span.start);
            }
        }
        if (!shape)
            goto done;
        *fits = true;
        for (size_t r = 0; d && r < nrows && ok; r++)
            for (size_t k = 0; k < rows[r].n && ok; k++) {
                int mode;
                ex_person *y = ex_vec_push(c->alloc, list_out(d, lv->v[i + k].kind, &mode));
                if (y)
                    *y = pv.v[rows[r].p0 + k];
                ok = y != NULL;
            }
        goto done;
    }
    /* the proxies: a receiver's giver is the last person of the row
       before, in the pouvoirs column (a row of 2 persons or more) */
    {
        bool used[MAXROWS];
        memset(used, 0, sizeof used);
        for (size_t r = 0; r < nrows && shape; r++)
            for (size_t k = 0; k < rows[r].n; k++) {
                ex_person *p = &pv.v[rows[r].p0 + k];
                if (!ft_receiver(s, k ? pv.v[rows[r].p0 + k - 1].span.end : t->lines[ex_line_at(t, p->span.start)].start,
                                 p->span.start))
                    continue;
                if (k == 0 || r == 0 || used[r - 1] || rows[r - 1].n < 2) {
                    shape = false;
                    break;
                }
                used[r - 1] = true;
                ex_proxy *x = ex_vec_push(c->alloc, &px);
                if (!x) {
                    ok = false;
                    goto done;
                }
                x->from = pv.v[rows[r - 1].p0 + rows[r - 1].n - 1];
                x->to = *p;
                x->span.start = x->from.span.start;
                x->span.end = p->span.end;
                p->span.start = p->span.end = 0;    /* not present */
            }
        if (!shape)
            goto done;
        *fits = true;
        if (!d)
            goto done;
        int mode;
        ex_person_vec *out = list_out(d, K_PRESENT, &mode);
        size_t n0 = out->n;
        for (size_t r = 0; r < nrows; r++)
            for (size_t k = 0; k < rows[r].n; k++) {
                const ex_person *p = &pv.v[rows[r].p0 + k];
                if (p->span.end == 0 || (used[r] && k == rows[r].n - 1))
                    continue;
                ex_person *y = ex_vec_push(c->alloc, out);
                if (!y) {
                    ok = false;
                    goto done;
                }
                *y = *p;
            }
        ok = add_proxies(c, d, &px) && drop_repeats(c, out, n0);
    }
done:
    ex_vec_free(c->alloc, &pv);
    ex_vec_free(c->alloc, &px);
    if (!ok)
        c->oom = true;
    return ok;
}

/* ------------------------------------------------------------------ */
/* A roll-call table with a presence column of words and a holder's
   column after it whose column gaps the scan lost ("Conseiller(ère) :
   Commune Présence Pouvoir donné à" over rows "M. A Jean . Ville-X
   Présent", "Mme B Anne Ville-X Excusée Mme C Marie"): the header holds
   a name column's word, collectivity words, the presence word, then the
   holder column's words (no substitute column: st_flat_table() reads
   those).  Each row opens with a civility; its status is its first
   status word, the name before it ends after the family name in
   capitals and one given name ("M. A Jean", "Mme Jean A"), the rest up
   to the status being the collectivity; a civility after the status
   opens the holder.  The rows' blank lines and one debris line between
   two rows are passed over.  Read only for a header whose cells are not
   2+ blanks apart (roll_call() reads those) and three rows at least. */

#define FS_MAXROWS 200
#define FS_MAXTOK 24

typedef struct fs_row {
    size_t na, ne;      /* the member's name */
    int mark;           /* RC_PRESENT, RC_ABSENT, RC_EXCUSED */
    ex_span holder;     /* the proxy's holder (end 0: none) */
} fs_row;

/* line [a, b) is such a header (see above) */
static bool fs_header(const char *s, size_t a, size_t b)
{
    int stage = 0;      /* 0: before the presence word, 1: after it */
    bool name = false, proxy = false;
    char w[16];
    /* (a cheap test first: the presence word's "ence" or "tut") */
    size_t e = a;
    while (e + 3 <= b && !((s[e] | 0x20) == 'e' && (s[e + 1] | 0x20) == 'n' && (s[e + 2] | 0x20) == 'c')
           && !((s[e] | 0x20) == 't' && (s[e + 1] | 0x20) == 'u' && (s[e + 2] | 0x20) == 't'))
        e++;
    if (e + 3 > b)
        return false;
    for (size_t q = a; q < b;) {
        if (s[q] == '(') {  /* "Conseiller(ère)" */
            while (q < b && s[q] != ')')
                q++;
            continue;
        }
        if (!ex_num_is_letter(s + q, b - q)) {
            if (s[q] >= '0' && s[q] <= '9')
                return false;
            q++;
            continue;
        }
        size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
        if (!wl)
            return false;
        q += wl;
        bool known = false;
        if (!stage) {
            if (!strcmp(w, "presence") || !strcmp(w, "presences") || !strcmp(w, "statut")) {
                stage = 1;
                continue;
            }
            known = ex_in_list(w, member_nouns) || ex_in_list(w, name_nouns);
            name |= known;
            known = known || rc_skip_word(w);
        } else {
            bool noun = ex_in_list(w, proxy_nouns);
            known = noun || ex_in_list(w, proxy_links);
            proxy |= noun;
        }
        if (!known)
            return false;
    }
    return name && stage && proxy;
}

/* the end of a civility at q (specks before it passed over by the
   caller): "M." "M:" "M;" "M" "Mme" "Mlle" "Madame" "Monsieur" "MM.",
   glued to the name ("M.X", "Mme.X"); 0 for none */
static size_t fs_civ_end(const char *s, size_t q, size_t b)
{
    if (b - q < 3 || s[q] != 'M')
        return 0;
    bool up2 = (s[q + 2] >= 'A' && s[q + 2] <= 'Z') || (unsigned char)s[q + 2] == 0xC3;
    if (s[q + 1] == '.' && up2)
        return q + 2;   /* "M.X" */
    if (s[q + 1] == '.' && b - q > 3 && (s[q + 2] == '\'' || s[q + 2] == ',') && s[q + 3] >= 'A' && s[q + 3] <= 'Z')
        return q + 3;   /* "M.'X": a speck glued between */
    if (strchr(".:;,!", s[q + 1]) && is_blank(s[q + 2]))
        return q + 2;
    if (is_blank(s[q + 1])) {
        size_t r = q + 1;
        while (r < b && is_blank(s[r]))
            r++;
        return r < b && s[r] >= 'A' && s[r] <= 'Z' ? q + 1 : 0;
    }
    if (!ft_civ(s, q, b))
        return 0;
    size_t e = q;
    while (e < b && !is_blank(s[e]) && s[e] != '.')
        e++;
    return e < b && s[e] == '.' ? e + 1 : e;
}

/* a token's class: 'U' capitals, 'P' a particle, 'C' capitalised, 0 */
static int fs_class(const char *s, ex_span tk)
{
    size_t n = tk.end - tk.start;
    const char *p = s + tk.start;
    static const char *const part[] = {"de", "du", "des", "d'", "le", "la", "van", "von", "da", "di", NULL};
    for (size_t i = 0; part[i]; i++)
        if (n == strlen(part[i]) && !memcmp(p, part[i], n))
            return 'P';
    if (n >= 2 && ex_is_upper_word(p, n))
        return 'U';
    const unsigned char *u = (const unsigned char *)p;
    if (n >= 2 && ((u[0] >= 'A' && u[0] <= 'Z') || (u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E)))
        return 'C';
    return 0;
}

/* the row at line [a, b) (see above) into *r, inside: after a row;
   false on no row */
static bool fs_row_read(const char *s, size_t a, size_t b, bool inside, fs_row *r)
{
    size_t q = a, k = 0, skip = 0;
    while (q < b && skip < 6 && !ex_num_is_letter(s + q, b - q) && !(s[q] >= '0' && s[q] <= '9')) {
        k = ft_speck(s, q, b);
        q += k ? k : 1;
        skip++;
    }
    size_t ce = q < b ? fs_civ_end(s, q, b) : 0;
    /* a row whose civility OCR lost (". X Jean Ville Excusée"): its
       family name in capitals opens it, inside the table only */
    if (!ce && inside) {
        size_t e = q;
        while (e < b && !is_blank(s[e]))
            e++;
        if (e - q >= 3 && fs_class(s, (ex_span){q, e}) == 'U')
            ce = q;
    }
    if (!ce)
        return false;
    /* the tokens after the civility, specks trimmed off both ends */
    ex_span tk[FS_MAXTOK];
    size_t nt = 0;
    for (size_t p = ce; p < b && nt < FS_MAXTOK;) {
        while (p < b && is_blank(s[p]))
            p++;
        size_t e = p;
        while (e < b && !is_blank(s[e]))
            e++;
        size_t x = p, y = e;
        while (x < y && (k = ft_speck(s, x, y)) != 0)
            x += k;
        for (bool more = true; more && y > x;) {
            more = false;
            if (s[y - 1] != '\'' && ft_speck(s, y - 1, y))
                y--, more = true;
            else if (y >= x + 3 && (unsigned char)s[y - 3] == 0xE2 && ft_speck(s, y - 3, y) == 3)
                y -= 3, more = true;
        }
        if (y > x)
            tk[nt++] = (ex_span){x, y};
        p = e;
    }
    /* the status: the first status word after a name */
    size_t st = SIZE_MAX;
    for (size_t i = 1; i < nt && st == SIZE_MAX; i++) {
        char w[16];
        size_t n = tk[i].end - tk[i].start;
        if (ex_num_fold_word(s + tk[i].start, n, w, sizeof w) != n)
            continue;
        int m = rc_word(w);
        if (m == RC_PRESENT || m == RC_ABSENT || m == RC_EXCUSED) {
            st = i;
            r->mark = m;
        }
    }
    if (st == SIZE_MAX)
        return false;
    /* the name's end */
    size_t i = 0, ne = 0;
    int c0 = fs_class(s, tk[0]);
    if (c0 == 'U' || (c0 == 'P' && st > 1 && fs_class(s, tk[1]) == 'U')) {
        while (i < st && (fs_class(s, tk[i]) == 'U' || fs_class(s, tk[i]) == 'P'))
            i++;
        if (fs_class(s, tk[i - 1]) != 'U')
            return false;
        ne = tk[i - 1].end;
        if (i < st && fs_class(s, tk[i]) == 'C')
            ne = tk[i].end;
    } else if (c0 == 'C') {
        while (i < st && i < 2 && fs_class(s, tk[i]) == 'C')
            i++;
        size_t j = i;
        while (j < st && (fs_class(s, tk[j]) == 'U' || fs_class(s, tk[j]) == 'P'))
            j++;
        if (j == i || fs_class(s, tk[j - 1]) != 'U')
            return false;
        ne = tk[j - 1].end;
    } else
        return false;
    /* a civility as the civility of the parsed name (a damaged one, "M;",
       is left out) */
    r->na = ft_civ(s, q, b) ? q : tk[0].start;
    r->ne = ne;
    r->holder = (ex_span){0, 0};
    if (st + 1 < nt && fs_civ_end(s, tk[st + 1].start, b)) {
        r->holder.start = tk[st + 1].start;
        r->holder.end = tk[nt - 1].end;
    }
    return true;
}

/* the table whose header is in d's span, its rows read and given to d,
   the labels inside it marked table 4 (no list of their own); false
   only when out of memory */
static bool flat_status_table(ex_call *c, ex_document *d, label_vec *lv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t hl = SIZE_MAX;
    /* the header's line: that of a proxy label (its "Pouvoir": no search
       of every line) */
    for (size_t i = 0, last = SIZE_MAX; i < lv->n && hl == SIZE_MAX; i++) {
        if (lv->v[i].kind != K_PROXY)
            continue;
        size_t li = ex_line_at(t, lv->v[i].a);
        const ex_line *ln = &t->lines[li];
        if (li == last || (ln->flags & (EX_LINE_FURNITURE | EX_LINE_STAMP)) || ln->end - ln->start > 120)
            continue;
        last = li;
        ex_span cells[3];
        if (fs_header(s, ln->start, ln->end) && rc_cells(s, ln->start, ln->end, cells, 3) < 3)
            hl = li;
    }
    if (hl == SIZE_MAX)
        return true;
    fs_row *rows = ex_malloc(c->alloc, FS_MAXROWS * sizeof *rows);
    if (!rows)
        return c->oom = true, false;
    size_t nr = 0, other = 0, last = t->lines[hl].end;
    for (size_t li = hl + 1; li < t->nlines && t->lines[li].start < d->span.end && other < 2 && nr < FS_MAXROWS;
         li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (prose_opener(s, ln->start, ln->end))
            break;
        if (fs_row_read(s, ln->start, ln->end, nr > 0, &rows[nr])) {
            nr++;
            other = 0;
            last = ln->end;
        } else
            other++;
    }
    bool ok = true;
    if (nr >= 3) {
        for (size_t r = 0; r < nr && ok; r++)
            if (!rc_member(c, d, rows[r].na, rows[r].ne, rows[r].mark, rows[r].holder))
                ok = !c->oom;
        for (size_t i = 0; i < lv->n; i++)
            if (lv->v[i].a >= t->lines[hl].start && lv->v[i].a < last) {
                lv->v[i].table = 4;
                lv->v[i].bounds = true;
            }
    }
    ex_free(c->alloc, rows);
    return ok;
}

/* ------------------------------------------------------------------ */
/* A roll-call table of X marks whose column gaps OCR lost ("NOM Prénom
   Présent Absent Pouvoir à" over rows "BONNIN Gérard X", "ARNAUD Régis
   X BONNIN Gérard"): which column a mark was in is lost, so the table is
   read only where the printed counts make it certain, in the usual
   order of such a table (the present members first, then those who
   gave a proxy and the others): when the rows before the first row that
   names a holder are all rows of one mark (X, or a speck OCR made of
   it: "5,6") and as many as "Présents : N", they are present; the rows
   naming a holder give proxies (as many as the represented count when
   it is printed, or none read: OCR may print their cells in a block
   after the table); the rows of one mark after them are of the one other
   status column (absent or excused) when the header has exactly one and
   the table is as long as the members in office (when printed), else in
   no list.  Otherwise nothing is read. */

#define FM_MAXROWS 200

/* the header of such a table at [a, b): name words ("NOM Prénom",
   "Conseiller municipal"), then two status columns' words or more
   (présent first), then a proxy column's ("Pouvoir à", "Pouvoir donné
   à", "Procuration"); *other: the one status column after présent
   (RC_ABSENT, RC_EXCUSED), 0 when there are more */
static bool fm_header(const char *s, size_t a, size_t b, int *other)
{
    static const char *const more[] = {"municipal", "municipaux", "et", NULL};
    int stage = 0;      /* 0 names, 1 statuses, 2 proxy */
    size_t nst = 0, nname = 0;
    bool pres = false;
    *other = 0;
    char w[16];
    for (size_t q = a; q < b;) {
        if (s[q] == '(') {  /* "Présent(e)", "Prénom(s)" */
            while (q < b && s[q] != ')')
                q++;
            continue;
        }
        if (is_blank(s[q]) || s[q] == '\r' || s[q] == ')' || s[q] == '/') {
            q++;
            continue;
        }
        size_t wl = ex_num_fold_word(s + q, b - q, w, sizeof w);
        if (!wl)
            return false;
        q += wl;
        int k = rc_word(w);
        if (stage == 0 && !k) {
            if (!ex_in_list(w, member_nouns) && !ex_in_list(w, name_nouns) && !ex_in_list(w, more))
                return false;
            nname++;
            continue;
        }
        if (k == RC_PRESENT || k == RC_ABSENT || k == RC_EXCUSED) {
            if (stage > 1 || (!nst && k != RC_PRESENT) || (nst && k == RC_PRESENT))
                return false;
            stage = 1;
            pres |= k == RC_PRESENT;
            if (nst++ == 1)
                *other = k;
            else
                *other = 0;
            continue;
        }
        if (k == RC_PROXY && stage == 1) {
            stage = 2;
            continue;
        }
        if (stage == 2 && ex_in_list(w, proxy_links))
            continue;
        return false;
    }
    return nname && pres && nst >= 2 && stage == 2;
}

/* a mark cell of such a row: X x × ✓, or a speck of at most 3 bytes
   holding no letter ("5,6", "*") */
static bool fm_mark(const char *s, size_t a, size_t b)
{
    if (rc_mark(s, (ex_span){a, b}))
        return true;
    if (b - a > 3)
        return false;
    for (size_t q = a; q < b; q++)
        if (ex_num_is_letter(s + q, b - q) || (unsigned char)s[q] >= 0x80)
            return false;
    return true;
}

typedef struct fm_row {
    size_t na, ne;      /* the member's name */
    ex_span holder;     /* the proxy's holder (end 0: none) */
} fm_row;

/* line [a, b) as a row: a name (a family name in capitals and a given
   name, no more), one mark, maybe a holder's name after it */
static bool fm_row_read(ex_call *c, size_t a, size_t b, fm_row *r)
{
    const char *s = c->text.s;
    while (a < b && is_blank(s[a]))
        a++;
    while (b > a && (is_blank(s[b - 1]) || s[b - 1] == '\r'))
        b--;
    /* the mark: the third token or later, the first one that is one */
    size_t q = a, nt = 0, m = SIZE_MAX, me = 0;
    while (q < b && m == SIZE_MAX) {
        size_t e = q;
        while (e < b && !is_blank(s[e]))
            e++;
        if (nt++ >= 2 && fm_mark(s, q, e))
            m = q, me = e;
        q = e;
        while (q < b && is_blank(s[q]))
            q++;
    }
    if (m == SIZE_MAX)
        return false;
    size_t ne = m;
    while (ne > a && is_blank(s[ne - 1]))
        ne--;
    ex_person p;
    memset(&p, 0, sizeof p);
    if (!ex_person_parse(c, a, ne, &p) || !p.family || !p.given || p.span.start != a || p.span.end != ne
        || !ex_is_upper_word(p.family, strlen(p.family)))
        return false;
    r->na = a;
    r->ne = ne;
    r->holder = (ex_span){0, 0};
    q = me;
    while (q < b && is_blank(s[q]))
        q++;
    if (q < b) {
        ex_person h;
        memset(&h, 0, sizeof h);
        if (!ex_person_parse(c, q, b, &h) || !h.family || h.span.start != q || h.span.end != b)
            return false;
        r->holder = (ex_span){q, b};
    }
    return true;
}

/* the table in d's span, if it is one and the counts make it certain */
static bool flat_marks(ex_call *c, ex_document *d)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    long pc = d->att.present_count;
    if (pc == EX_NULLNUM || pc <= 0)
        return true;
    size_t hl = SIZE_MAX;
    int other = 0;
    for (size_t li = ex_line_at(t, d->span.start); li < t->nlines && t->lines[li].start < d->span.end; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP) || ln->end - ln->start > 100)
            continue;
        /* (a cheap test first: the first byte of a name word, "Nom",
           "Conseiller", "Membre", "Délégué", "Elu") */
        unsigned char f = (unsigned char)s[ln->start] | 0x20;
        if (f != 'n' && f != 'c' && f != 'm' && f != 'e' && f != 'd')
            continue;
        ex_span cells[2];
        if (fm_header(s, ln->start, ln->end, &other) && rc_cells(s, ln->start, ln->end, cells, 2) < 2) {
            hl = li;
            break;
        }
    }
    if (hl == SIZE_MAX)
        return true;
    fm_row *rows = ex_malloc(c->alloc, FM_MAXROWS * sizeof *rows);
    if (!rows)
        return c->oom = true, false;
    size_t nr = 0;
    for (size_t li = hl + 1; li < t->nlines && t->lines[li].start < d->span.end && nr < FM_MAXROWS; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (!fm_row_read(c, ln->start, ln->end, &rows[nr]))
            break;
        nr++;
    }
    /* the rows before the first holder's, the holders' rows, the rest */
    size_t first = 0, nh = 0;
    while (first < nr && !rows[first].holder.end)
        first++;
    for (size_t r = first; r < nr; r++)
        nh += rows[r].holder.end != 0;
    size_t last = first;    /* after the last holder's row */
    for (size_t r = first; r < nr; r++)
        if (rows[r].holder.end)
            last = r + 1;
    bool ok = true;
    long rp = d->att.represented, io = d->att.in_office;
    /* (no holder's row read: OCR may have put the proxies' cells in a
       block of their own after the rows, "ARNAUD Régis" … "X BONNIN
       Gérard": the present rows are read, the rest is not) */
    if (!c->oom && (size_t)pc == first && (rp == EX_NULLNUM || (size_t)rp == nh || !nh)) {
        bool rest = other && io != EX_NULLNUM && io == (long)nr;
        for (size_t r = 0; r < nr && ok; r++) {
            int mark = r < first ? RC_PRESENT : rows[r].holder.end ? other : r >= last && rest ? other : 0;
            if (r >= first && !rows[r].holder.end && !mark)
                continue;
            if (r >= first && r < last && !rows[r].holder.end)
                continue;   /* a row of one mark among the holders' */
            if (!rc_member(c, d, rows[r].na, rows[r].ne, mark, rows[r].holder))
                ok = !c->oom;
        }
    }
    ex_free(c->alloc, rows);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Two lists side by side whose column gap OCR lost: "Présents :
   Excusés / Pouvoirs :" on one line (two list labels with their colons
   and nothing else, OCR specks apart), then rows "Mme A FABRE M. B ROUX (pouvoir à" of
   one blank between the columns, OCR's blank lines among them.  A row
   with two persons (a civility opening the second: not one after "à",
   "par", "de", "et", nor inside a bracket) is split there, its second
   part the right column's; a row of one person is the left column's,
   unless it closes the right column's open bracket ("Mme A FABRE)"
   under "(pouvoir à"); a list label met after the row's person ("Mme C
   MAZARS Absent :") opens a new right-column list.  The rows end at a
   line that opens with no civility.  Read only when one row at least
   has two persons, none after a comma ("M. A, Mme B": a list in one
   cell), and the printed counts agree (a present list of as many names
   as "Présents : N"), else the labels are read as they are. */

#define TC_MAXGRP 4

/* the folded word ending right before p (blanks skipped) is one of
   "à", "par", "de", "et" */
static bool tc_linked(const char *s, size_t lo, size_t p)
{
    while (p > lo && is_blank(s[p - 1]))
        p--;
    size_t w = p;
    while (w > lo && !is_blank(s[w - 1]))
        w--;
    char f[8];
    if (w == p || ex_num_fold_word(s + w, p - w, f, sizeof f) != p - w)
        return false;
    return !strcmp(f, "a") || !strcmp(f, "par") || !strcmp(f, "de") || !strcmp(f, "et");
}

/* [a, b) holds blanks and specks only */
static bool tc_empty(const char *s, size_t a, size_t b)
{
    size_t k = 0;   /* set whenever it is read */
    while (a < b && (is_blank(s[a]) || s[a] == '\r' || (k = ft_speck(s, a, b)) != 0))
        a += is_blank(s[a]) || s[a] == '\r' ? 1 : k;
    return a >= b;
}

static bool tc_push(ex_call *c, span_vec *v, size_t a, size_t b)
{
    const char *s = c->text.s;
    while (b > a && (is_blank(s[b - 1]) || s[b - 1] == '\r'))
        b--;
    if (b <= a)
        return true;
    ex_span *r = ex_vec_push(c->alloc, v);
    if (!r)
        return c->oom = true, false;
    *r = (ex_span){a, b};
    return true;
}

/* the table whose header holds lv[i] and lv[i + 1] (see above): read
   into d when it is one, its labels marked table 5; false only when
   out of memory */
static bool tc_table(ex_call *c, ex_document *d, label_vec *lv, size_t i)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t li0 = ex_line_at(t, lv->v[i].a);
    span_vec rg[1 + TC_MAXGRP];
    int kind[1 + TC_MAXGRP];
    size_t lab[1 + TC_MAXGRP];      /* the label of each list */
    memset(rg, 0, sizeof rg);
    size_t ng = 2, rows = 0, two = 0, k = i + 2;
    kind[0] = lv->v[i].kind, kind[1] = lv->v[i + 1].kind;
    lab[0] = i, lab[1] = i + 1;
    int depth = 0;  /* the right column's open brackets */
    int sec = 0;    /* 1: a secretary label ended a row, 2: its name read */
    ex_span secsp = {0, 0};
    size_t secrow = 0;  /* the start of the row that holds its name */
    bool ok = true, fits = true;
    for (size_t li = li0 + 1; li < t->nlines && t->lines[li].start < d->span.end && fits; li++) {
        const ex_line *ln = &t->lines[li];
        if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        size_t q = ln->start, e = ln->end, m = 0;
        while (q < e && (is_blank(s[q]) || (m = ft_speck(s, q, e)) != 0))
            q += is_blank(s[q]) ? 1 : m;
        if (q >= e || !ft_civ(s, q, e) || prose_opener(s, q, e))
            break;
        /* (the labels that end nothing passed over: "(pouvoir à") */
        while (k < lv->n && (lv->v[k].a < ln->start || (!list_kind(lv->v[k].kind) && !lv->v[k].bounds)))
            k++;
        /* a label on the row: a list's (or the secretary's) after the
           person, else the end */
        size_t la = e;
        bool secl = false, named = false;
        if (k < lv->n && lv->v[k].a < e) {
            const label *m2 = &lv->v[k];
            secl = m2->sec && !sec;
            /* (the secretary's name may follow its label on the row) */
            size_t r = m2->after;
            while (r < e && is_blank(s[r]))
                r++;
            named = secl && r < e && ft_civ(s, r, e);
            if ((!secl && (!list_kind(m2->kind) || ng == 1 + TC_MAXGRP)) || !m2->colon || m2->table
                || (k + 1 < lv->n && lv->v[k + 1].a < e)
                || !(named || tc_empty(s, m2->after, e) || speck_rest(c, m2->after, e)))
                break;
            la = m2->a;
            if (named)
                secsp = (ex_span){r, e}, secrow = ln->start;
        }
        /* the second person's civility */
        size_t split = SIZE_MAX;
        int ldepth = 0;
        for (size_t p = q + 1; p < la; p++) {
            if (s[p] == '(')
                ldepth++;
            else if (s[p] == ')' && ldepth > 0)
                ldepth--;
            else if (!ldepth && is_blank(s[p - 1]) && ft_civ(s, p, la) && !tc_linked(s, q, p)) {
                size_t w = p;
                while (w > q && is_blank(s[w - 1]))
                    w--;
                /* "M. A, Mme B": a list in one cell (OCR debris ".,"
                   after a name is none) */
                if ((s[w - 1] == ',' || s[w - 1] == ';') && !(w - 1 > q && s[w - 2] == '.'))
                    fits = false;
                split = p;
                break;
            }
        }
        if (!fits)
            break;
        if (la < e) {
            /* "Mme C MAZARS Absent :": one person, then a new list */
            if (split != SIZE_MAX || ldepth) {
                fits = false;
                break;
            }
            ok = tc_push(c, &rg[0], q, la);
            if (secl) {
                sec = named ? 2 : 1;
            } else {
                kind[ng] = lv->v[k].kind;
                lab[ng++] = k;
                sec = 0;
            }
            depth = 0;
            rows++;
            continue;
        }
        size_t r0 = split;
        if (split == SIZE_MAX) {
            /* one person: the right column's when it closes its bracket */
            bool closes = false;
            for (size_t p = q; p < e && depth > 0 && !closes; p++)
                closes = s[p] == ')';
            if (closes)
                r0 = q;
            else if (ldepth) {
                fits = false;
                break;
            }
        }
        if (r0 > q)
            ok = ok && tc_push(c, &rg[0], q, r0 == SIZE_MAX ? e : r0);
        if (r0 != SIZE_MAX && sec) {
            /* the name under "Secrétaire de séance :"; one only */
            if (sec == 2) {
                fits = false;
                break;
            }
            secsp = (ex_span){r0, e};
            secrow = ln->start;
            sec = 2;
        } else if (r0 != SIZE_MAX) {
            ok = ok && tc_push(c, &rg[ng - 1], r0, e);
            for (size_t p = r0; p < e; p++)
                depth += s[p] == '(' ? 1 : s[p] == ')' && depth > 0 ? -1 : 0;
        }
        two += split != SIZE_MAX;
        rows++;
        if (!ok)
            break;
    }
    /* the lists read apart, then checked against the counts */
    ex_person_vec pv[1 + TC_MAXGRP];
    memset(pv, 0, sizeof pv);
    ex_proxy_vec px = {0};
    fits = fits && ok && rows >= 2 && two >= 1;
    for (size_t g = 0; g < ng && fits && ok; g++) {
        int mode;
        list_out(d, kind[g], &mode);
        ok = ex_persons_list_rg(c, rg[g].v, rg[g].n, mode, &pv[g], &px, NULL);
        if (ok && kind[g] == K_PRESENT && d->att.present_count != EX_NULLNUM
            && (long)pv[g].n != d->att.present_count)
            fits = false;
    }
    for (size_t g = 0; g < ng && fits && ok; g++) {
        int mode;
        ex_person_vec *out = list_out(d, kind[g], &mode);
        size_t n0 = out ? out->n : 0;
        for (size_t j = 0; out && j < pv[g].n && ok; j++) {
            ex_person *y = ex_vec_push(c->alloc, out);
            if (y)
                *y = pv[g].v[j];
            ok = y != NULL;
        }
        ok = ok && (!out || drop_repeats(c, out, n0));
        label *l = &lv->v[lab[g]];
        l->table = 5;
        l->right = false;
        l->bounds = true;
    }
    if (fits && ok)
        ok = add_proxies(c, d, &px);
    /* the secretary read there, over a name the label's own reader took
       from the row under it (its left column's) */
    ex_person sp;
    if (fits && ok && sec == 2 && person_in(c, secsp.start, secsp.end, false, &sp)
        && (!d->secretary || (d->secretary->span.start >= secrow && d->secretary->span.start < secsp.end)))
        ok = (d->secretary = new_person(c, &sp)) != NULL;
    for (size_t g = 0; g < 1 + TC_MAXGRP; g++) {
        ex_vec_free(c->alloc, &rg[g]);
        ex_vec_free(c->alloc, &pv[g]);
    }
    ex_vec_free(c->alloc, &px);
    if (!ok)
        c->oom = true;
    return ok;
}

/* the headers of two_col tables in d (see above) */
static bool two_col_lists(ex_call *c, ex_document *d, label_vec *lv)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    for (size_t i = 0; i + 1 < lv->n; i++) {
        const label *l0 = &lv->v[i], *l1 = &lv->v[i + 1];
        if (!list_kind(l0->kind) || !list_kind(l1->kind) || !l0->colon || !l1->colon || l0->table || l1->table
            || l0->right || l1->right)
            continue;
        const ex_line *ln = &t->lines[ex_line_at(t, l0->a)];
        if (l1->a >= ln->end || (i + 2 < lv->n && lv->v[i + 2].a < ln->end)
            || !tc_empty(s, ln->start, l0->a) || !tc_empty(s, l0->after, l1->a)
            || !(tc_empty(s, l1->after, ln->end) || speck_rest(c, l1->after, ln->end)))
            continue;
        if (!tc_table(c, d, lv, i))
            return false;
        i++;
    }
    return true;
}

/* OCR: "Membres à voix délibérative présents : 2 À £" over "M. A, Mme
   B, …": a list label's "count" (cb: its end) followed on its line by
   marks and one-letter tokens only, its count already printed elsewhere,
   the next line opening with a civility: junk, the label a list's */
static bool junk_count(const ex_call *c, ex_document *d, const label *l, size_t cb)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    if (!list_kind(l->kind) || *count_ptr(&d->att, count_slot(l->kind)) == EX_NULLNUM)
        return false;
    const ex_line *ln = &t->lines[ex_line_at(t, cb)];
    size_t q = cb, junk = 0;
    while (q < ln->end) {
        while (q < ln->end && is_blank(s[q]))
            q++;
        size_t w = q, letters = 0;
        while (q < ln->end && !is_blank(s[q])) {
            unsigned char ch = (unsigned char)s[q];
            if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
                letters++;
            else if (ch >= 0xC3 && ch <= 0xC5 && q + 1 < ln->end && (unsigned char)s[q + 1] >= 0x80)
                letters++, q++;
            else if (ch >= '0' && ch <= '9')
                return false;
            q++;
        }
        if (q > w && letters > 1)
            return false;   /* a word */
        junk += q > w;
    }
    return junk > 0 && starts_civility(c, ln->end, d->span.end);
}

/* "/12/2025" at p (after a count's digits): the count is a date's day,
   "délégation ........ 11/12/2025" (a calendar row, no count) */
static bool slash_date_at(const char *s, size_t p, size_t lim)
{
    for (int part = 0; part < 2; part++) {
        if (p >= lim || s[p] != '/')
            return false;
        size_t q = ++p;
        while (p < lim && p - q < 4 && s[p] >= '0' && s[p] <= '9')
            p++;
        if (p == q)
            return false;
    }
    return true;
}

/* the folded key somewhere in [a, b) at a word start */
static bool pa_has(const char *s, size_t a, size_t b, const char *key)
{
    for (size_t q = a; q < b; q++)
        if ((q == a || !word_byte((unsigned char)s[q - 1])) && ex_match_fold(s + q, b - q, key))
            return true;
    return false;
}

/* the end of the prose sentence from a: its full stop (not that of a
   civility "M." / "MM." or of an initial "J."), a blank line or lim */
static size_t pa_sentence_end(const char *s, size_t a, size_t lim)
{
    for (size_t q = a; q < lim; q++) {
        if (is_nl(s[q]) && q + 1 < lim && is_nl(s[q + 1]))
            return q;
        if (s[q] != '.' || (q + 1 < lim && !is_blank(s[q + 1]) && !is_nl(s[q + 1])))
            continue;
        size_t w = q;
        while (w > a && ((s[w - 1] >= 'a' && s[w - 1] <= 'z') || (s[w - 1] >= 'A' && s[w - 1] <= 'Z')))
            w--;
        size_t n = q - w;
        static const char *const abbr[] = {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", NULL};
        bool civ = n == 1 && s[w] >= 'A' && s[w] <= 'Z';
        for (size_t k = 0; abbr[k] && !civ; k++)
            civ = n == strlen(abbr[k]) && !memcmp(s + w, abbr[k], n);
        if (!civ)
            return q;
    }
    return lim;
}

/* [a, b) ends with a proxy's words, the holder following ("…, qui avait
   donné pouvoir à", "ayant donné procuration à", "représenté par") */
static bool pa_proxy_tail(const char *s, size_t a, size_t b)
{
    static const char *const keys[] = {"pouvoir a", "pouvoir au", "procuration a", "procuration au",
                                       "delegation a", "delegation de vote a", "pouvoir de vote a",
                                       "represente par", "representee par", "represente(e) par", NULL};
    while (b > a && (is_blank(s[b - 1]) || is_nl(s[b - 1])))
        b--;
    for (size_t k = 0; keys[k]; k++) {
        size_t n = strlen(keys[k]);
        /* (the key's folded length is its byte length but for "à", "é":
           try the few starts before b) */
        for (size_t q = b > n + 4 ? b - n - 4 : a; q < b; q++)
            if (ex_match_fold(s + q, b - q, keys[k]) == b - q && (q == a || !word_byte((unsigned char)s[q - 1])))
                return true;
    }
    return false;
}

/* prose_exception()'s next candidate at or after q in [lo, hi): a byte
   that may open one of its words (a, s, e, h in either case, or 0xC3:
   "à", "É"...; ex_match_fold() folds no other byte to those letters) at
   a word start (lo, or the byte before no letter and below 0x80: not
   word_byte()); hi when none.  16 bytes a step (SSE2), testing the next
   byte too (ex_match_fold() folds only these to the key's second
   letter); most documents
   hold no list of the absent, and this scan reads all of their text */
static size_t pe_next(const char *s, size_t lo, size_t hi, size_t q)
{
    const unsigned char *u = (const unsigned char *)s;
    if (q == lo && q < hi) {
        unsigned char ch = u[q] | 32;
        if (ch == 'a' || ch == 's' || ch == 'e' || ch == 'h' || u[q] == 0xC3)
            return q;
        q++;
    }
#ifdef EX_SIMD
    for (; q + 16 <= hi; q += 16) {
        const __m128i cur = ex_v_load(s + q), prev = ex_v_load(s + q - 1);
        const __m128i next = ex_v_load(s + q + 1);     /* (s[hi] is readable: the NUL) */
        const __m128i low = ex_v_low(cur), nlow = ex_v_low(next), nc3 = ex_v_eq(next, 0xC3);
        /* and the next byte one the word's second letter may be: "a " / "à
           ", "sa" / "sà", "ex", "ho" / "hò" / "hœ" (0xC5) */
        const __m128i a = _mm_and_si128(ex_v_eq(low, 'a'), ex_v_eq(next, ' '));
        const __m128i sa = _mm_and_si128(ex_v_eq(low, 's'), _mm_or_si128(ex_v_eq(nlow, 'a'), nc3));
        const __m128i ex = _mm_and_si128(ex_v_eq(low, 'e'), ex_v_eq(nlow, 'x'));
        const __m128i ho = _mm_and_si128(ex_v_eq(low, 'h'),
                                         _mm_or_si128(_mm_or_si128(ex_v_eq(nlow, 'o'), nc3), ex_v_eq(next, 0xC5)));
        const __m128i cand = _mm_or_si128(_mm_or_si128(a, sa),
                                          _mm_or_si128(_mm_or_si128(ex, ho), ex_v_eq(cur, 0xC3)));
        /* word_byte(): an ASCII letter, or a byte >= 0x80 (negative) */
        const __m128i word = _mm_or_si128(ex_v_in(ex_v_low(prev), 'a', 'z'),
                                          _mm_cmplt_epi8(prev, _mm_setzero_si128()));
        unsigned k = ex_v_mask(_mm_andnot_si128(word, cand));
        if (k)
            return q + (size_t)__builtin_ctz(k);
    }
#endif
    for (; q < hi; q++) {
        unsigned char ch = u[q] | 32;
        if ((ch == 'a' || ch == 's' || ch == 'e' || ch == 'h' || u[q] == 0xC3) && !word_byte(u[q - 1]))
            return q;
    }
    return hi;
}

/* prose_exception()'s next candidate as pe_next() gives it, asked only
   in the 10 bytes before a byte every one of its words holds (the first
   found at or after q): the "x" of "exc" ("excepté", "à l'exception":
   ex_match_fold() folds only an ASCII x to x, an "e" or "é"... before
   it, a "c" or "ç" after it), the "f" of "uf" ("sauf": a "u" or "ù"...
   before it) or the "h" of "ho" ("hormis": an "o", "ò"... or "œ" after
   it), at most 9 bytes after the word's first byte ("à l'" with a curly
   apostrophe, "é": 9).  The words start only where pe_next() says; 16
   bytes a step (SSE2), the neighbours tested only in a block holding an
   x, f or h: most documents hold no such word */
static size_t pe_feature(const char *s, size_t q, size_t hi)
{
    const unsigned char *u = (const unsigned char *)s;
    if (q == 0)
        q = 1;
#ifdef EX_SIMD
    for (; q + 16 <= hi; q += 16) {
        const __m128i cur = ex_v_low(ex_v_load(s + q));
        const __m128i cx = ex_v_eq(cur, 'x'), cf = ex_v_eq(cur, 'f'), ch = ex_v_eq(cur, 'h');
        if (!ex_v_mask(_mm_or_si128(cx, _mm_or_si128(cf, ch))))
            continue;
        const __m128i prev = ex_v_low(ex_v_load(s + q - 1));
        const __m128i next = ex_v_load(s + q + 1);     /* (s[hi] is readable: the NUL) */
        const __m128i acc = _mm_cmplt_epi8(_mm_add_epi8(prev, _mm_set1_epi8((char)(0x80 - 0xA8))),
                                           _mm_set1_epi8((char)(-128 + 4)));   /* é è ê ë (either case) */
        const __m128i ucc = _mm_cmplt_epi8(_mm_add_epi8(prev, _mm_set1_epi8((char)(0x80 - 0xB9))),
                                           _mm_set1_epi8((char)(-128 + 4)));   /* ù ú û ü */
        const __m128i nlow = ex_v_low(next);
        const __m128i x = _mm_and_si128(_mm_and_si128(cx, _mm_or_si128(ex_v_eq(prev, 'e'), acc)),
                                        _mm_or_si128(ex_v_eq(nlow, 'c'), ex_v_eq(next, 0xC3)));
        const __m128i f = _mm_and_si128(cf, _mm_or_si128(ex_v_eq(prev, 'u'), ucc));
        const __m128i h = _mm_and_si128(ch, _mm_or_si128(ex_v_eq(nlow, 'o'),
                                                         _mm_or_si128(ex_v_eq(next, 0xC3), ex_v_eq(next, 0xC5))));
        unsigned k = ex_v_mask(_mm_or_si128(x, _mm_or_si128(f, h)));
        if (k)
            return q + (size_t)__builtin_ctz(k);
    }
#endif
    for (; q < hi; q++) {
        unsigned char ch = u[q] | 32, pv = u[q - 1] | 32, nx = q + 1 < hi ? u[q + 1] : 0;
        if ((ch == 'x' && (pv == 'e' || (pv >= 0xA8 && pv <= 0xAB)) && ((nx | 32) == 'c' || nx == 0xC3))
            || (ch == 'f' && (pv == 'u' || (pv >= 0xB9 && pv <= 0xBC)))
            || (ch == 'h' && ((nx | 32) == 'o' || nx == 0xC3 || nx == 0xC5)))
            return q;
    }
    return hi;
}

static size_t pe_next_word(const char *s, size_t lo, size_t hi, size_t q)
{
    while (q < hi) {
        size_t f = pe_feature(s, q, hi);
        if (f >= hi)
            return hi;
        size_t w = f >= q + 9 ? f - 9 : q, e = pe_next(s, lo, f + 1, w);
        if (e <= f)
            return e;
        q = f + 1;
    }
    return hi;
}

/* Attendance in prose, no list printed: "Étaient présents tous les
   conseillers municipaux en exercice, à l'exception de M. X, excusé, qui
   avait donné pouvoir à Mme Y, et de Mme Z, absente." ("sauf", "excepté",
   "hormis"): the members named after the exception go to excused
   ("excusé(e)(s)", "empêché") or absent ("absent(e)(s)"; "absents
   excusés" excused), a status printed once after several names applies
   to them all ("sauf M. X et Mme Y, excusés"); "qui avait donné pouvoir
   à", "ayant donné procuration à", "représenté par" before a name: a
   proxy (span giver to holder), its giver excused when no status is
   printed.  The present are not named: that list stays empty.  The
   sentence must say the members are present ("présents", "tous"/"toutes"
   or "l'ensemble" before the exception) and a civility must follow the
   exception's word ("toutes les subventions présentées sauf ..." no) */
static bool prose_exception(ex_call *c, ex_document *d)
{
    const char *s = c->text.s;
    size_t lo = d->span.start, hi = d->span.end;
    static const char *const trig[] = {"a l'exception", "sauf", "excepte", "exceptes", "hormis", NULL};
    for (size_t q = pe_next_word(s, lo, hi, lo); q < hi; q = pe_next_word(s, lo, hi, q + 1)) {
        size_t m = 0;
        for (size_t k = 0; trig[k] && !m; k++)
            if ((m = ex_match_fold(s + q, hi - q, trig[k])) && q + m < hi && word_byte((unsigned char)s[q + m])
                && s[q + m - 1] != '\'')
                m = 0;
        if (!m)
            continue;
        /* the sentence before: present members, all of them */
        size_t ss = sentence_start(c, d, q);
        if (!(pa_has(s, ss, q, "presents") || pa_has(s, ss, q, "presentes") || pa_has(s, ss, q, "present "))
            || !(pa_has(s, ss, q, "tous ") || pa_has(s, ss, q, "toutes ") || pa_has(s, ss, q, "l'ensemble ")))
            continue;
        size_t r = q + m;
        /* (OCR specks opening the next line: "à l'exception\n+ de M. X") */
        while (r < hi && (is_blank(s[r]) || is_nl(s[r]) || s[r] == '+' || s[r] == '*' || s[r] == '|' || s[r] == '~'))
            r++;
        /* "de", "des", "du" (a line end may follow), "d'" */
        size_t w = ex_match_fold(s + r, hi - r, "des");
        if (!w)
            w = ex_match_fold(s + r, hi - r, "de");
        if (!w)
            w = ex_match_fold(s + r, hi - r, "du");
        if (w && r + w < hi && (is_blank(s[r + w]) || is_nl(s[r + w])))
            r += w;
        else if ((w = ex_match_fold(s + r, hi - r, "d'")))
            r += w;
        if (!starts_civility(c, r, hi))
            continue;
        size_t e = pa_sentence_end(s, r, hi - r > 800 ? r + 800 : hi);
        /* the civilities of the clause */
        size_t cv[32], ncv = 0;
        for (size_t p = r; p < e && ncv < 32; p++)
            if (!is_blank(s[p]) && !is_nl(s[p]) && (p == r || is_blank(s[p - 1]) || is_nl(s[p - 1]) || s[p - 1] == '(')
                && starts_civility(c, p, e))
                cv[ncv++] = p;
        enum { PS_NONE, PS_EXC, PS_ABS };
        ex_person who[32];
        int st[32];
        bool gave[32], holder[32];
        size_t nw = 0, pend = 0;    /* names with no status yet from pend */
        for (size_t i = 0; i < ncv; i++) {
            size_t nx = i + 1 < ncv ? cv[i + 1] : e;
            size_t ne = cv[i];
            while (ne < nx && s[ne] != ',' && s[ne] != ';' && s[ne] != '(' && s[ne] != ')')
                ne++;
            ex_person p;
            if (!person_in(c, cv[i], ne, false, &p) || p.span.start != cv[i])
                break;
            who[nw] = p;
            st[nw] = PS_NONE;
            gave[nw] = holder[nw] = false;
            if (i > 0 && gave[nw - 1] && !holder[nw - 1])
                holder[nw] = true;
            /* the words after the name, up to the next civility */
            size_t ta = p.span.end, tb = nx;
            int k = pa_has(s, ta, tb, "excuse") || pa_has(s, ta, tb, "empeche") ? PS_EXC
                    : pa_has(s, ta, tb, "absent") ? PS_ABS : PS_NONE;
            if (i + 1 < ncv && pa_proxy_tail(s, ta, tb))
                gave[nw] = true;
            nw++;
            if (k != PS_NONE) {
                /* the holder's status is its giver's ("à Mme Y, excusée"
                   is not read) */
                size_t from = pend;
                for (size_t j = from; j < nw; j++)
                    if (!holder[j])
                        st[j] = k;
                pend = nw;
            }
            if (holder[nw - 1] && k == PS_NONE)
                pend = nw;
        }
        if (!nw)
            continue;
        ex_proxy_vec px = {0};
        bool any = false;
        for (size_t j = 0; j < nw; j++) {
            if (holder[j])
                continue;
            int k = st[j];
            if (k == PS_NONE && gave[j] && j + 1 < nw)
                k = PS_EXC;
            if (k == PS_NONE)
                continue;
            ex_person_vec *out = k == PS_EXC ? &d->att.excused : &d->att.absent;
            ex_person *np = ex_vec_push(c->alloc, out);
            if (!np)
                goto oom;
            *np = who[j];
            any = true;
            if (gave[j] && j + 1 < nw) {
                ex_proxy *pp = ex_vec_push(c->alloc, &px);
                if (!pp)
                    goto oom;
                pp->from = who[j];
                pp->to = who[j + 1];
                pp->span.start = who[j].span.start;
                pp->span.end = who[j + 1].span.end;
            }
        }
        bool ok = add_proxies(c, d, &px);
        ex_vec_free(c->alloc, &px);
        if (!ok)
            return false;
        if (any)
            return true;
        continue;
    oom:
        ex_vec_free(c->alloc, &px);
        c->oom = true;
        return false;
    }
    return true;
}

/* a count label at p one letter from key (ex_ocr_kw_edit1) and not
   spelled right (right: the labels read that one), for a count still
   missing: the label's length, else 0 (ocr_count_labels(),
   stacked_count_labels()) */
typedef struct { const char *key, *right; int slot; } misread_key;

static size_t misread_count_label(ex_document *d, const char *s, size_t p, size_t le,
                                  const misread_key *k)
{
    if (*count_ptr(&d->att, k->slot) != EX_NULLNUM || ex_match_fold(s + p, le - p, k->right))
        return 0;
    return ex_ocr_kw_edit1(s + p, le - p, k->key, true);
}

/* OCR: the counts stacked one a line under the in-office count ("EN
   EXERCICE 15" / "PRESENIS 12" / "VOTANIS 14", the old register's
   block whose dotted leaders OCR dropped), a label one edit from
   "présents", "représentés" or "votants" (ex_ocr_kw_edit1) opening its
   line, then blanks, dots or a colon, a count and the line's end: read
   on the lines right under the in-office count's (which ends its
   line: no count row "En exercice : 29 Votants : 27"; no blank line
   between, at most three), for a count still missing and no more than
   the members in office; a label spelled right was read by the labels */
static void stacked_count_labels(ex_call *c, ex_document *d, ex_span *csp)
{
    static const misread_key keys[] = {
        {"presents", "present", C_PRESENT}, {"votants", "votant", C_VOTING},
        {"representes", "represent", C_REPR},
    };
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_span *sp = &csp[C_INOFFICE];
    if (sp->end <= sp->start)
        return;
    size_t li0 = ex_line_at(t, sp->start), e0 = sp->end;
    while (e0 < t->lines[li0].end && is_blank(s[e0]))
        e0++;
    if (e0 < t->lines[li0].end)
        return;         /* the in-office count ends its line: a block, not a row */
    for (size_t li = li0 + 1; li < t->nlines && li <= li0 + 3; li++) {
        size_t ls = t->lines[li].start, le = t->lines[li].end;
        while (ls < le && is_blank(s[ls]))
            ls++;
        if (ls >= le || t->lines[li].start >= d->span.end)
            return;     /* a blank line ends the block */
        char ch = s[ls] | 32;
        if (!(ch == 'p' || ch == 'v' || ch == 'r'))
            continue;
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
            size_t m = misread_count_label(d, s, ls, le, &keys[k]);
            if (!m)
                continue;
            long *slot = count_ptr(&d->att, keys[k].slot);
            size_t q = ls + m;
            while (q < le && (is_blank(s[q]) || s[q] == '.' || s[q] == ':'))
                q++;
            long v;
            size_t cb, e;
            if (q > ls + m && parse_count(c, q, le, &v, &cb)) {
                for (e = cb; e < le && is_blank(s[e]); e++)
                    ;
                /* no more than the members in office */
                if (e == le && (d->att.in_office == EX_NULLNUM || v <= d->att.in_office)) {
                    *slot = v;
                    csp[keys[k].slot].start = ls;
                    csp[keys[k].slot].end = cb;
                }
            }
            break;
        }
    }
}

/* "Membres élus : 45" / "Membres présents : 29" (a chambre consulaire's
   count block): the elected members are the members in office; read on
   the line right above the present count's, opening with "Membres
   élus" or "Élus", a colon and a count ending the line, no less than the
   present count, when no in-office count was read */
static void elected_count(ex_call *c, ex_document *d, ex_span *csp)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_span *sp = &csp[C_PRESENT];
    if (d->att.in_office != EX_NULLNUM || sp->end <= sp->start || d->att.present_count == EX_NULLNUM)
        return;
    size_t li = ex_line_at(t, sp->start);
    if (li == 0 || (t->lines[li - 1].flags & EX_LINE_BLANK))
        return;
    size_t ls = t->lines[li - 1].start, le = t->lines[li - 1].end;
    while (ls < le && is_blank(s[ls]))
        ls++;
    size_t m = ex_match_fold(s + ls, le - ls, "membres elus");
    if (!m)
        m = ex_match_fold(s + ls, le - ls, "elus");
    if (!m)
        return;
    size_t q = ls + m;
    while (q < le && is_blank(s[q]))
        q++;
    if (q >= le || s[q] != ':')
        return;
    long v;
    size_t cb, e;
    if (!parse_count(c, q, le, &v, &cb))
        return;
    for (e = cb; e < le && is_blank(s[e]); e++)
        ;
    if (e == le && v >= d->att.present_count) {
        d->att.in_office = v;
        csp[C_INOFFICE].start = ls;
        csp[C_INOFFICE].end = cb;
    }
}

/* OCR: a count label of the count row with one letter misread
   ("Membres en exercice : 29 Présenis : 23 | Repiésentés : 4 Votants :
   27", "Piésents : 38", "Pouvois : 3", "Pouvairs : 1"), one edit from
   "présents", "représentés" or "pouvoirs" (ex_ocr_kw_edit1) and followed
   by a colon and a count: read on the lines of the in-office and voting
   counts only (a count row), for a count still missing; a word spelled
   right there ("Présente", "Pouvoir") was read by the labels */
static void ocr_count_labels(ex_call *c, ex_document *d, ex_span *csp)
{
    static const misread_key keys[] = {
        {"presents", "present", C_PRESENT}, {"pouvoirs", "pouvoir", C_REPR},
        {"representes", "represent", C_REPR},
    };
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t done = (size_t)-1;
    for (int r = 0; r < 2; r++) {
        const ex_span *sp = &csp[r ? C_VOTING : C_INOFFICE];
        if (sp->end <= sp->start)
            continue;
        size_t li = ex_line_at(t, sp->start);
        if (li == done)
            continue;
        done = li;
        size_t ls = t->lines[li].start, le = t->lines[li].end;
        for (size_t p = ls; p < le; p++) {
            char ch = s[p];
            if (!(ch == 'p' || ch == 'P' || ch == 'r' || ch == 'R'))
                continue;
            if (p > ls && ((s[p - 1] >= 'a' && s[p - 1] <= 'z') || (s[p - 1] >= 'A' && s[p - 1] <= 'Z')
                           || (unsigned char)s[p - 1] >= 0x80))
                continue;
            for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
                size_t m = misread_count_label(d, s, p, le, &keys[k]);
                if (!m)
                    continue;
                long *slot = count_ptr(&d->att, keys[k].slot);
                size_t q = p + m;
                while (q < le && is_blank(s[q]))
                    q++;
                if (q >= le || s[q] != ':')
                    continue;
                long v;
                size_t cb;
                if (parse_count(c, q, le, &v, &cb)) {
                    *slot = v;
                    csp[keys[k].slot].start = p;
                    csp[keys[k].slot].end = cb;
                }
                break;
            }
        }
    }
    stacked_count_labels(c, d, csp);
}

/* "Mme Y est désignée scrutateur et Mme X, directrice générale,
   secrétaire de séance.": the second designation is elliptic (no verb):
   the person after "et" (the first civility going back, no ';' or ':'
   between), her function between commas, then the label at a (no colon)
   ending the sentence; into *p */
static bool elliptic_secretary(ex_call *c, const ex_document *d, size_t a, size_t b, ex_person *p)
{
    const char *s = c->text.s;
    size_t r = b;
    while (r < d->span.end && is_blank(s[r]))
        r++;
    if (!(r < d->span.end && (s[r] == '.' || s[r] == ';')))
        return false;
    size_t e = a;
    while (e > d->span.start && (is_blank(s[e - 1]) || is_nl(s[e - 1])))
        e--;
    if (!(e > d->span.start && s[e - 1] == ','))
        return false;
    e--;
    size_t lo = e > d->span.start + 120 ? e - 120 : d->span.start;
    /* (the first civility going back must follow "et") */
    for (size_t q = e; q > lo; q--) {
        if (s[q - 1] == ';' || s[q - 1] == ':')
            return false;
        if (!((is_blank(s[q - 1]) || is_nl(s[q - 1])) && !is_blank(s[q])))
            continue;
        if (!starts_civility(c, q, e))
            continue;
        size_t wa, wb;
        if (!ex_word_before(s, lo, q, EX_WB_NL2, &wa, &wb, NULL, 0) || wb - wa != 2
            || ex_match_fold(s + wa, 2, "et") != 2)
            return false;
        return person_in(c, q, e, false, p) && p->span.start == q;
    }
    return false;
}

/* the person of v whose role says it keeps the séance's secretariat
   ("directeur, qui assure le secrétariat de la séance"), or NULL */
static const ex_person *secretariat_person(const ex_person_vec *v)
{
    for (size_t k = 0; k < v->n; k++) {
        const char *r = v->v[k].role;
        size_t n = r ? strlen(r) : 0;
        for (size_t i = 0; i + 12 <= n; i++)
            if ((r[i] == 's' || r[i] == 'S') && (i == 0 || r[i - 1] == ' ')
                && (ex_match_fold(r + i, n - i, "secretariat de la seance")
                    || ex_match_fold(r + i, n - i, "secretariat de seance")))
                return &v->v[k];
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* An émargement list of dot-leader rows with no label nor table header
   (an annex after the signatures: "ANNEXE – LISTE D'ÉMARGEMENT" /
   "Collège urbain" / "  Communauté … (30 voix)" / "     M. Philippe
   LEMAIRE (titulaire) ........ présent"): a row opens (indent apart)
   with a civility, the member up to a bracket or the leader (three dots
   or more), then the status cell (st_meaning()): present, excused,
   absent -> that list; "absent – suppléé par" / "excusé, suppléé par"
   -> the member excused or absent as the cell says, the substitute named
   after it (on the line, or alone on the next line, no leader there)
   present; "pouvoir à M. X" -> a proxy.  The group lines between rows
   are passed over.  Read only when no list was found and with three
   rows at least (lr_row(): a capital first, then a leader on the line);
   not in an arrêté. */

/* line li is such a row: the member's span *who, the status cell *cell
   and its status (0: no row) */
static int lr_row(ex_call *c, size_t li, ex_span *who, ex_span *cell)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    const ex_line *ln = &t->lines[li];
    if (ln->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
        return 0;
    size_t q = ln->start, e = ln->end;
    while (q < e && is_blank(s[q]))
        q++;
    while (e > q && is_blank(s[e - 1]))
        e--;
    if (q + 8 > e || !(s[q] >= 'A' && s[q] <= 'Z'))
        return 0;
    const char *dd = q + 3 < e ? memchr(s + q, '.', e - q) : NULL;
    while (dd && !((size_t)(dd - s) + 2 < e && dd[1] == '.' && dd[2] == '.'))
        dd = (size_t)(dd - s) + 1 < e ? memchr(dd + 1, '.', e - (size_t)(dd - s) - 1) : NULL;
    if (!dd || !starts_civility(c, q, e))
        return 0;
    size_t r = (size_t)(dd - s), dots, blanks, st = ex_leader_end(s, r, e, &dots, &blanks);
    if (dots < 3 || st >= e)
        return 0;
    size_t ne = r;
    const char *br = memchr(s + q, '(', r - q);
    if (br)
        ne = (size_t)(br - s);
    while (ne > q && is_blank(s[ne - 1]))
        ne--;
    who->start = q;
    who->end = ne;
    cell->start = st;
    cell->end = e;
    return ne > q ? st_meaning(s, st, e) : 0;
}

static bool leader_roll(ex_call *c, ex_document *d)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    if (d->type == EX_DOC_ARRETE || !t->nlines || d->span.end <= d->span.start)
        return true;
    size_t l0 = ex_line_at(t, d->span.start), rows = 0;
    ex_span who, cell;
    for (size_t li = l0; li < t->nlines && t->lines[li].start < d->span.end && rows < 3; li++)
        rows += lr_row(c, li, &who, &cell) != 0;
    if (rows < 3)
        return true;
    for (size_t li = l0; li < t->nlines && t->lines[li].start < d->span.end; li++) {
        int st = lr_row(c, li, &who, &cell);
        if (!st)
            continue;
        ex_person p, sub;
        memset(&p, 0, sizeof p);
        memset(&sub, 0, sizeof sub);
        if (st == ST_PROXY) {
            if (!st_proxy_cell(c, d, who, cell, 0))
                return false;
            continue;
        }
        int ts = st;
        if (st == ST_SUBST) {
            /* the member's own status in the cell ("absent – suppléé
               par"), the substitute after it or on the next line */
            ts = 0;
            for (size_t q = cell.start; q < cell.end && !ts; q++)
                if (q == cell.start || !ex_num_is_letter(s + q - 1, 1)) {
                    if (ex_match_fold(s + q, cell.end - q, "excuse"))
                        ts = ST_EXCUSED;
                    else if (ex_match_fold(s + q, cell.end - q, "absent"))
                        ts = ST_ABSENT;
                }
            bool got = person_in(c, cell.start, cell.end, false, &sub) && sub.family;
            if (!got && li + 1 < t->nlines && t->lines[li + 1].start < d->span.end) {
                ex_span w2, c2;
                const ex_line *nx = &t->lines[li + 1];
                if (!(nx->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE)) && !lr_row(c, li + 1, &w2, &c2)) {
                    size_t q = nx->start, e = nx->end;
                    while (q < e && is_blank(s[q]))
                        q++;
                    const char *br = memchr(s + q, '(', e - q);
                    if (br)
                        e = (size_t)(br - s);
                    if (starts_civility(c, q, e) && person_in(c, q, e, false, &sub) && sub.family) {
                        got = true;
                        li++;
                    }
                }
            }
            if (!got)
                memset(&sub, 0, sizeof sub);
        }
        ex_person_vec *out = ts == ST_PRESENT ? &d->att.present
                             : ts == ST_EXCUSED ? &d->att.excused : ts == ST_ABSENT ? &d->att.absent : NULL;
        if (out && ex_person_parse(c, who.start, who.end, &p) && p.family) {
            ex_person *pp = ex_vec_push(c->alloc, out);
            if (!pp)
                return c->oom = true, false;
            *pp = p;
        }
        if (sub.family) {
            sub.note = sub.role = NULL;
            ex_person *pp = ex_vec_push(c->alloc, &d->att.present);
            if (!pp)
                return c->oom = true, false;
            *pp = sub;
        }
        if (c->oom)
            return false;
    }
    return !c->oom;
}

bool ex_attendance_fill(ex_call *c, ex_document *d)
{
    if (!c->eng->attendance || d->span.end <= d->span.start)
        return true;
    const ex_text *t = &c->text;
    const char *s = t->s;
    label_vec lv = {0};
    span_vec rv = {0};
    ex_proxy_vec px = {0}, leave = {0};
    ex_span csp[C_N];               /* where each count is printed */
    memset(csp, 0, sizeof csp);
    d->att.quorum = EX_NULLNUM;     /* the extra key's null (see ex_doc_new) */
    d->att.present_later = d->att.voting_later = EX_NULLNUM;
    size_t pres = 0;
    if (!find_labels(c, d, &lv) || (lv.n && (!voice_labels(c, d, &lv) || !role_labels(c, d, &lv, &pres))))
        goto fail;
    if (!split_presidence(c, d, &lv))
        goto fail;
    /* An arrêté has no séance: a member list in it ("titulaire : M. X,
       maire de Y ; / suppléante : Mme Z, …" composing a commission, a
       jury named by an arrêté) names members, not an attendance; its
       list labels are dropped (the counts are kept) */
    if (d->type == EX_DOC_ARRETE) {
        size_t k = 0;
        for (size_t i = 0; i < lv.n; i++)
            if (!list_kind(lv.v[i].kind))
                lv.v[k++] = lv.v[i];
        lv.n = k;
    }
    table_counts(c, d, &lv, csp);
    if (!flat_status_table(c, d, &lv))
        goto fail;
    for (size_t i = 0, last = (size_t)-1; i < lv.n; i++) {
        /* the first label of a line only (a header is a short line) */
        size_t li = ex_line_at(t, lv.v[i].a);
        if (li != last && lt_kind(lv.v[i].kind) && !lv.v[i].colon
            && t->lines[li].end - t->lines[li].start <= 400)
            list_table_header(c, &lv, i);
        if (li != last && lv.v[i].kind == K_PRESENT && !lv.v[i].table
            && t->lines[li].end - t->lines[li].start <= 200 && !flat_table_header(c, d, &lv, i))
            goto fail;
        last = li;
    }
    for (size_t i = 0; i < lv.n; i++) {
        label *l = &lv.v[i];
        if (l->table)
            continue;   /* a table's column header (list_table) */
        /* counts: "Présents : 12" */
        if (count_kind(l->kind) || l->kind == K_NUM_INOFFICE || l->kind == K_COMPOSED) {
            long v;
            bool got = false;
            size_t ca = l->a, cb = l->b;    /* the count's span */
            if (l->kind == K_NUM_INOFFICE) {
                got = parse_count(c, l->a, l->b, &v, &cb);
                cb = l->b;
                l->kind = K_INOFFICE;
            } else if (l->kind == K_COMPOSED) {
                /* "composé de vingt-trois membres" */
                got = body_before(c, d->span.start, l->a) && parse_count(c, l->b, d->span.end, &v, &cb)
                      && members_word(c, cb, d->span.end, &cb);
                l->kind = K_INOFFICE;
            } else if (l->colon && l->pb > l->pa && list_kind(l->kind)) {
                /* "Présents (18) : M. A, ...": the count, then the list */
                int k = count_slot(l->kind);
                long *slot = count_ptr(&d->att, k);
                if (*slot == EX_NULLNUM && parse_count(c, l->pa, l->pb, &v, &cb) && cb == l->pb) {
                    *slot = v;
                    csp[k].start = l->pa;
                    csp[k].end = l->pb;
                }
            } else if (l->colon) {
                got = parse_count(c, l->after, d->span.end, &v, &cb)
                      || (count_kind(l->kind) && speck_count(c, l->after, d->span.end, false, &v, &cb));
                if (got && junk_count(c, d, l, cb))
                    got = false;    /* "… présents : 2 À £" over the names */
                if (got && l->kind == K_VOTING && ballot_result(t, cb))
                    got = false;    /* "Votants : 21 – Blancs : 2 – Exprimés : 19" */
            } else {
                /* "Présents 12" with no colon (OCR, flattened columns),
                   "EN EXERCICE .......... 11" (a dot leader: three dots
                   or more, blanks among them) */
                size_t dots, blanks, q = ex_leader_end(s, l->b, d->span.end, &dots, &blanks);
                if (dots && dots < 3)
                    q = l->b;
                if (q > l->b && q < d->span.end && s[q] >= '0' && s[q] <= '9')
                    got = parse_count(c, q, d->span.end, &v, &cb) && !slash_date_at(s, cb, d->span.end);
                /* "Résultats : votants 39 ; blancs et nuls 3 ; …" */
                if (got && l->kind == K_VOTING && ballot_result(t, cb))
                    got = false;
                /* OCR: "Membres en exercice - 23 - Présents : 18" */
                if (!got)
                    got = dash_count(c, l->a, l->b, d->span.end, &v, &cb);
                /* OCR: "Présents . 16" (a speck for the colon) */
                if (!got && count_kind(l->kind))
                    got = speck_count(c, l->b, d->span.end, true, &v, &cb);
                /* OCR: a speck glued between the label and its colon,
                   "Membres votants’: 27" */
                if (!got && count_kind(l->kind)) {
                    size_t k = speck_len(s, l->b, d->span.end), q = l->b + k;
                    if (k && q < d->span.end && ex_colon_mark(s[q])) {
                        q++;
                        while (q < d->span.end && is_blank(s[q]))
                            q++;
                        if (q < d->span.end && s[q] >= '0' && s[q] <= '9')
                            got = parse_count(c, q, d->span.end, &v, &cb);
                    }
                }
            }
            /* "dix-neuf conseillers en exercice", "vingt-trois étaient
               présents et trois représentés, soit vingt-six votants";
               a singular label after a count of one: "dont 17 présents
               et 1 représenté" (not a feminine "n° 1 présentée par") */
            if (!got && (l->kind == K_INOFFICE || (!l->colon && (l->kind == K_PRESENT || l->kind == K_REPR
                                                                 || l->kind == K_VOTING)))
                && (count_before(c, d->span.start, l->a, &v, &ca)
                    || (l->kind == K_PRESENT && admin_count_before(c, d->span.start, l->a, &v, &ca)))
                && (l->kind == K_INOFFICE || s[l->b - 1] == 's' || s[l->b - 1] == ')'
                    || (v == 1 && s[l->b - 1] != 'e' && s[l->b - 1] != 'E'))) {
                got = true;
                cb = l->b;
                /* "6 membres présents sur 7" (a quorum sentence): the
                   members in office after "sur" */
                size_t q = l->b, e2;
                long v2;
                while (q < d->span.end && is_blank(s[q]))
                    q++;
                if (l->kind == K_PRESENT && d->att.in_office == EX_NULLNUM && q + 5 < d->span.end && s[q] == 's'
                    && s[q + 1] == 'u' && s[q + 2] == 'r' && is_blank(s[q + 3]) && s[q + 4] >= '0' && s[q + 4] <= '9'
                    && parse_count(c, q + 4, d->span.end, &v2, &e2) && v2 >= v) {
                    d->att.in_office = v2;
                    csp[C_INOFFICE].start = q + 4;
                    csp[C_INOFFICE].end = e2;
                }
            }
            if (got) {
                int k = count_slot(l->kind);
                long *slot = count_ptr(&d->att, k);
                if (*slot == EX_NULLNUM) {
                    *slot = v;
                    csp[k].start = ca;
                    csp[k].end = cb;
                    /* "Présents : 17 (18 à partir du point 4)" */
                    size_t q = cb, e2;
                    long v2;
                    while (q < d->span.end && is_blank(s[q]))
                        q++;
                    if (q < d->span.end && s[q] == '(' && (k == C_PRESENT || k == C_VOTING)
                        && parse_count(c, q + 1, d->span.end, &v2, &e2))
                        *(k == C_PRESENT ? &d->att.present_later : &d->att.voting_later) = v2;
                }
                l->kind = -1;   /* a count, not a list */
                l->bounds = true;
                /* "M. Christian REPRESENTES 4" (a column flattened by OCR):
                   a count with no colon (or its label in capitals,
                   "REPRESENTES :4") after other text on its line is cut
                   out of a list, not its end */
                bool caps = true;   /* the label in capitals ("REPRESENTES :4") */
                for (size_t r = l->a; r < l->b && caps; r++)
                    caps = !(s[r] >= 'a' && s[r] <= 'z');
                if ((!l->colon || caps) && ca == l->a) {
                    const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
                    size_t q = l->a;
                    while (q > ln->start && is_blank(s[q - 1]))
                        q--;
                    if (q > ln->start && !l->right) {
                        l->bounds = false;
                        l->cut = cb;
                    }
                }
                continue;
            }
            /* "Représentés : M. X par Mme Y, ..." at a line start: no
               count, a list of proxies */
            if (l->kind == K_REPR && l->colon && repr_list(c, d, l))
                l->kind = K_ABS_PROXY;
            if (!list_kind(l->kind)) {
                l->kind = -1;
                continue;
            }
        }
        if (l->kind == K_DATELABEL) {
            /* never ends a list; after list text on its line
               (OCR-flattened columns), cut out with its date; so too
               at its line's start before list text ("Date d'affichage :
               BARRAULT, Mme …": the margin column's label inside a name
               the right column wrapped) */
            l->kind = -1;
            l->bounds = false;
            const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
            size_t q = l->a;
            while (q > ln->start && is_blank(s[q - 1]))
                q--;
            if (l->colon && !l->right) {
                size_t e = l->after;
                const ex_date *dt = ex_date_at(c, l->after, ln->end);
                if (dt && dt->span.start >= l->after)
                    e = dt->span.end;
                size_t r = e;
                while (r < ln->end && is_blank(s[r]))
                    r++;
                if (q > ln->start || (r < ln->end && ex_is_upper_word(s + r, 1)))
                    l->cut = e;
            }
            continue;
        }
        if (l->kind == K_PRESIDENCE) {
            if (!d->president) {
                ex_person p;
                bool found = presidence_subject(c, d, l->a, &p);
                for (int extra = 0; extra < 2 && !found; extra++) {
                    size_t b = line_end_after(t, l->b, extra);
                    if (b > d->span.end)
                        b = d->span.end;
                    found = person_in(c, l->b, b, false, &p);
                    /* the name cut by the line break ("de M. Bernard\n
                       JOUFFROY, Président."): the line's reading ends
                       it with a given name alone (no family name in
                       capitals), the reading over two lines starts at
                       the same place and adds the family name in
                       capitals */
                    ex_person p2;
                    size_t b2 = line_end_after(t, l->b, 1), e = b;
                    /* (one blank line OCR put inside the name: "de M.
                       Henri" / "" / "TIXIER, président.") */
                    if (b2 == b) {
                        size_t li = ex_line_at(t, l->b);
                        if (li + 2 < t->nlines && (t->lines[li + 1].flags & EX_LINE_BLANK)
                            && !(t->lines[li + 2].flags & EX_LINE_BLANK))
                            b2 = t->lines[li + 2].end;
                    }
                    if (b2 > d->span.end)
                        b2 = d->span.end;
                    while (e > l->b && is_blank(s[e - 1]))
                        e--;
                    if (found && !extra && b2 > b && p.span.end >= e && !p.given && p.family
                        && !ex_is_upper_word(p.family, strlen(p.family)) && person_in(c, l->b, b2, false, &p2)
                        && p2.span.start == p.span.start && p2.span.end > b && p2.given && p2.family
                        && ex_is_upper_word(p2.family, strlen(p2.family)))
                        p = p2;
                    else if (found && !extra && b2 > b && !p.given && p.family
                             && !ex_is_upper_word(p.family, strlen(p.family))
                             && name_cut_by_speck(c, l->b, p.span.end, e, b, b2, &p2)
                             && p2.span.start == p.span.start)
                        p = p2;
                    else if (found && !extra && b2 > b && p.family && p.span.end >= e
                             && caps_word_then_comma(s, b, b2) && person_in(c, l->b, b2, false, &p2)
                             && p2.span.start == p.span.start && p2.span.end > b && p2.family
                             && strlen(p2.family) > strlen(p.family)
                             && !strncmp(p2.family, p.family, strlen(p.family)))
                        p = p2;     /* "de Mme Anne de LA TOUR" / "D'AUVERGNE, Maire." */
                    else if (found && !extra && !p.given && p.family && p.span.end >= e
                             && !ex_is_upper_word(p.family, strlen(p.family))
                             && name_cut_by_column(c, l->a, l->b, e, &p2) && p2.span.start == p.span.start)
                        p = p2;
                }
                /* "sous la présidence de" ending its line, the name after
                   one blank line (OCR inserted it) */
                size_t pl = ex_line_at(t, l->b);
                if (!found && pl + 2 < t->nlines && (t->lines[pl + 1].flags & EX_LINE_BLANK)
                    && !(t->lines[pl + 2].flags & EX_LINE_BLANK) && t->lines[pl + 2].end <= d->span.end) {
                    /* (OCR specks apart: "présidence de." / "" / ": Mme
                       X") */
                    size_t q = l->b, k = 0;
                    while (q < t->lines[pl].end && (is_blank(s[q]) || (k = ft_speck(s, q, t->lines[pl].end))))
                        q += is_blank(s[q]) ? 1 : k;
                    /* (the civility left at the line end: "présidence de M." /
                       "" / "Bernard CAYLA, Président.": the name is
                       read without it; OCR may lose its dot: "de M") */
                    {
                        static const char *const civ[] = {"M.", "M", "Mme", "Mme.", "Monsieur", "Madame", NULL};
                        size_t e = t->lines[pl].end;
                        while (e > q && is_blank(s[e - 1]))
                            e--;
                        for (size_t ci = 0; civ[ci]; ci++)
                            if (e - q == strlen(civ[ci]) && !memcmp(s + q, civ[ci], e - q))
                                q = t->lines[pl].end;
                    }
                    size_t r = t->lines[pl + 2].start;
                    while (r < t->lines[pl + 2].end && (is_blank(s[r]) || (k = ft_speck(s, r, t->lines[pl + 2].end))))
                        r += is_blank(s[r]) ? 1 : k;
                    /* the name opens that line ("M. X, Président ...") */
                    if (q == t->lines[pl].end)
                        found = person_in(c, r, t->lines[pl + 2].end, false, &p) && p.span.start == r;
                }
                if (found && p.role && superlative_role(p.role))
                    p.role = NULL;      /* "M. X, le plus âgé des membres" */
                if (found && !(d->president = new_person(c, &p)))
                    goto fail;
            }
            l->kind = -1;
            l->bounds = true;
            continue;
        }
        if (l->kind == K_PRESIDENT || l->kind == K_SECRETARY) {
            ex_person **slot = l->kind == K_PRESIDENT ? &d->president : &d->secretary;
            /* "… propose de désigner Mme X\ncomme secrétaire de séance ;
               Mme X est désignée à l'unanimité et accepte cette
               fonction.": the name right before "comme" (the ';' that
               follows is no label colon: the sentence after it is no
               name with a role) */
            /* ("… désigner M. X comme\nsecrétaire de séance.": "comme"
               may end the line above, not a paragraph above) */
            size_t wa, wb;
            if (l->kind == K_SECRETARY && !*slot
                && ex_word_before(s, d->span.start, l->a, EX_WB_NL2, &wa, &wb, NULL, 0)
                && ex_match_fold(s + wa, wb - wa, "comme") == wb - wa
                && line_breaks(s, wb, l->a) <= 1) {
                ex_person p;
                size_t e = wa;
                while (e > d->span.start && (is_blank(s[e - 1]) || is_nl(s[e - 1])))
                    e--;
                /* (the last civility of the 80 bytes before: the
                   sentence is prose, not a list of names) */
                size_t q = e, lo2 = e > d->span.start + 80 ? e - 80 : d->span.start;
                while (q > lo2 && !((is_blank(s[q - 1]) || is_nl(s[q - 1])) && !is_blank(s[q]) && starts_civility(c, q, e)))
                    q--;
                if (q > lo2 && person_in(c, q, e, false, &p) && p.span.start == q && p.span.end == e) {
                    if (!(*slot = new_person(c, &p)))
                        goto fail;
                    l->kind = -1;
                    l->bounds = true;
                    continue;
                }
            }
            if (l->kind == K_SECRETARY && !l->colon && !*slot) {
                ex_person p;
                if (elliptic_secretary(c, d, l->a, l->b, &p)) {
                    if (!(*slot = new_person(c, &p)))
                        goto fail;
                    l->kind = -1;
                    l->bounds = false;
                    continue;
                }
            }
            /* the member elected to preside this act (the mayor
               withdraws for a compte administratif): its president, over
               "sous la présidence de"; not in a procès-verbal, whose
               session the mayor presides */
            if (l->kind == K_PRESIDENT && d->type != EX_DOC_PROCES_VERBAL) {
                ex_person p;
                if (elected_president(c, d, l->a, &p)) {
                    if (!(*slot = new_person(c, &p)))
                        goto fail;
                    l->kind = -1;
                    l->bounds = false;
                    continue;
                }
            }
            /* "Mme X assure la présidence." (no "de" after it) */
            if (l->kind == K_PRESIDENT && !l->colon && !*slot
                && ex_match_fold(s + l->a, l->b - l->a, "presidence") == l->b - l->a) {
                ex_person p;
                if (presidence_subject(c, d, l->a, &p)) {
                    if (!(*slot = new_person(c, &p)))
                        goto fail;
                    l->kind = -1;
                    l->bounds = true;
                    continue;
                }
            }
            if (l->colon && !*slot) {
                ex_person p;
                size_t b = line_end_after(t, l->after, 1);
                if (i + 1 < lv.n && lv.v[i + 1].a < b)
                    b = lv.v[i + 1].a;
                if (b > d->span.end)
                    b = d->span.end;
                size_t rc = right_column_below(t, l->a, l->after);
                if (rc && rc < b && person_in(c, rc, t->lines[ex_line_at(t, rc)].end, false, &p)) {
                    if (!(*slot = new_person(c, &p)))
                        goto fail;
                } else if (person_in(c, l->after, b, false, &p) && !(*slot = new_person(c, &p))) {
                    goto fail;
                }
            }
            l->bounds = l->colon;
            l->sec = l->kind == K_SECRETARY && l->colon;
            l->kind = -1;
            continue;
        }
        if (l->kind == K_OPENS) {
            /* the name right before the label ("M. X, Président, ouvre",
               "M. X ouvre"); not "M. le Maire ouvre la séance" */
            ex_person p;
            size_t e = l->a;
            while (e > d->span.start && (is_blank(s[e - 1]) || s[e - 1] == ',' || s[e - 1] == ';'))
                e--;    /* (OCR reads ';' for ',') */
            if (person_before(c, d, e, &p) && p.span.end == e) {
                if (!d->president && !(d->president = new_person(c, &p)))
                    goto fail;
                l->a = p.span.start;    /* lists end before the sentence */
            }
            l->kind = -1;
            l->bounds = true;
            continue;
        }
        if (l->kind == K_DESIGNE) {
            if (!d->secretary) {
                ex_person p;
                if (person_before(c, d, l->a, &p)) {
                    if (!(d->secretary = new_person(c, &p)))
                        goto fail;
                    l->a = p.span.start;    /* lists end before the sentence */
                }
            }
            l->kind = -1;
            l->bounds = true;
            continue;
        }
        if (!list_kind(l->kind))
            continue;
        /* "Adopté à l'unanimité des membres présents. :" (OCR specks
           after a sentence): a full stop right after the label, prose
           before it on its line - the end of a sentence, not a label */
        if (l->colon && l->b < d->span.end && s[l->b] == '.') {
            const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
            size_t q = ln->start;
            while (q < l->a && (is_blank(s[q]) || s[q] == '-' || s[q] == '.' || s[q] == ':'))
                q++;
            if (q < l->a)
                l->colon = false;
        }
        /* a list label needs a colon, or a civility right after it at a line start */
        if (!l->colon) {
            const ex_line *ln = &t->lines[ex_line_at(t, l->a)];
            size_t q = ln->start;
            while (q < l->a && (is_blank(s[q]) || s[q] == '-' || s[q] == '.'))
                q++;
            size_t r = l->b;
            if (l->kind == K_PROXY) {
                /* "Procuration de M. X à M. Y." */
                while (r < d->span.end && is_blank(s[r]))
                    r++;
                size_t m = ex_match_fold(s + r, d->span.end - r, "de ");
                r = m ? r + m : l->b;
            }
            if ((q != l->a && !prose_label(c, d, l))
                || !(starts_civility(c, r, d->span.end) || (q == l->a && heading_group(c, d, l)))) {
                ex_proxy lp, *np;
                if (l->kind == K_PROXY && leave_proxy(c, d, l, &lp)) {
                    if (!(np = ex_vec_push(c->alloc, &leave)))
                        goto fail;
                    *np = lp;
                }
                if (c->oom)
                    goto fail;
                l->kind = -1;
                continue;
            }
            l->after = l->b;
        }
        l->bounds = true;
    }
    if (!two_col_lists(c, d, &lv))
        goto fail;
    /* lists */
    for (size_t i = 0; i < lv.n; i++) {
        label *l = &lv.v[i];
        if (l->table) {
            if (l->table == 2) {
                size_t bound = d->span.end;
                size_t li = ex_line_at(t, l->a);
                for (size_t k = i + 1; k < lv.n; k++)
                    if (lv.v[k].bounds && !lv.v[k].table && ex_line_at(t, lv.v[k].a) > li) {
                        bound = t->lines[ex_line_at(t, lv.v[k].a)].start;
                        break;
                    }
                if (!list_table(c, d, &lv, i, bound))
                    goto fail;
            } else if (l->table == 3) {
                size_t ncol = 1, bound = d->span.end;
                while (i + ncol < lv.n && lv.v[i + ncol].table == 1 && ncol < 3)
                    ncol++;
                size_t li = ex_line_at(t, l->a);
                for (size_t k = i + ncol; k < lv.n; k++)
                    if (lv.v[k].bounds && ex_line_at(t, lv.v[k].a) > li) {
                        bound = t->lines[ex_line_at(t, lv.v[k].a)].start;
                        break;
                    }
                bool fits;
                if (!flat_table(c, d, &lv, i, ncol, bound, &fits))
                    goto fail;
            }
            continue;
        }
        if (!list_kind(l->kind))
            continue;
        size_t bound = d->span.end;
        for (size_t k = i + 1; k < lv.n; k++) {
            const label *m = &lv.v[k];
            if (!m->bounds || m->a <= l->a)
                continue;
            if (m->table) {
                /* a table header under the list */
                bound = t->lines[ex_line_at(t, m->a)].start;
                break;
            }
            /* a label of the same column, or on the list's own line
               (not one of a right column beside a left-column list) */
            if (m->right == l->right || (ex_line_at(t, m->a) == ex_line_at(t, l->a) && !(m->right && !l->right))) {
                bound = m->a;
                /* (a bullet before the label: "• Titulaires présents :") */
                size_t ls = t->lines[ex_line_at(t, m->a)].start;
                if (ls < m->a && ls > l->a && skip_bullet(s, ls, m->a) > ls)
                    bound = ls;
                break;
            }
        }
        for (size_t li = ex_line_at(t, l->a) + 1; li < t->nlines && t->lines[li].start < bound; li++)
            if (prose_opener(s, t->lines[li].start, t->lines[li].end)
                || (!(t->lines[li - 1].flags & EX_LINE_BLANK)
                    && list_heading(c, t->lines[li - 1].start, t->lines[li - 1].end, t->lines[li].start,
                                    t->lines[li].end))) {
                bound = t->lines[li].start;
                break;
            }
        bound = closing_clause(s, l->after, bound);
        /* the column of right-column labels beside a left-column list */
        size_t rcol = (size_t)-1;
        if (!l->right) {
            size_t l0 = ex_line_at(t, l->a), l1 = ex_line_at(t, bound < t->len ? bound : t->len - 1);
            for (size_t k = 0; k < lv.n; k++) {
                const label *m = &lv.v[k];
                if (!m->right || m->a <= l->a)
                    continue;
                size_t ml = ex_line_at(t, m->a);
                if (ml < l0 || ml > l1)
                    continue;
                if (m->col < rcol)
                    rcol = m->col;
            }
        }
        rv.n = 0;
        if (!list_ranges(c, l, bound, rcol, &rv))
            goto fail;
        for (size_t k = i + 1; k < lv.n && lv.v[k].a < bound; k++)
            if (lv.v[k].cut && !cut_ranges(c, &rv, lv.v[k].a, lv.v[k].cut))
                goto fail;
        /* "Communauté de communes X : M. A, …" (members by collectivity):
           the group's name is left out */
        for (size_t k = 0; k < rv.n;) {
            size_t g = rv.v[k].end > rv.v[k].start ? group_prefix(c, rv.v[k].start, rv.v[k].end, d->span.end) : 0;
            size_t n1 = rv.n;
            if (g && !cut_ranges(c, &rv, rv.v[k].start, g))
                goto fail;
            if (rv.n == n1)
                k++;    /* (a range that was all name is dropped: k is the next one) */
        }
        if (!rv.n)
            continue;
        int mode;
        ex_person_vec *out = list_out(d, l->kind, &mode);
        px.n = 0;
        size_t n0 = out ? out->n : 0;
        if (!ex_persons_list_rg(c, rv.v, rv.n, mode, out, &px, NULL) || !add_proxies(c, d, &px))
            goto fail;
        /* "Administrateurs présents ou représentés : … Mme X, représentée
           par M. Y": X gave a proxy, she is not present */
        if (l->orrepr && out && px.n)
            drop_givers(out, n0, &px);
        if (out && !drop_repeats(c, out, n0))
            goto fail;
        if (l->kind == K_ADV_PRESENT && !advisory_status(c, d, n0))
            goto fail;
    }
    if (!d->att.present.n && !d->att.absent.n && !roll_call(c, d))
        goto fail;
    if (!d->att.present.n && !d->att.absent.n && !d->att.excused.n && !roll_call_transposed(c, d))
        goto fail;
    if (!d->att.present.n && !d->att.absent.n && !d->att.excused.n && !roll_call_status(c, d))
        goto fail;
    if (!d->att.present.n && !d->att.absent.n && !d->att.excused.n && !d->att.proxies.n && !flat_marks(c, d))
        goto fail;
    if (!d->att.present.n && !d->att.absent.n && !d->att.excused.n && !d->att.proxies.n && !prose_exception(c, d))
        goto fail;
    if (!d->att.present.n && !d->att.absent.n && !d->att.excused.n && !d->att.proxies.n && !leader_roll(c, d))
        goto fail;
    /* "• Président : M. X, …" (role_labels): the member listed there */
    for (size_t k = 0; pres && !d->president && k < d->att.present.n; k++)
        if (d->att.present.v[k].span.start == pres && !(d->president = new_person(c, &d->att.present.v[k])))
            goto fail;
    /* no presidence sentence: the present member listed with the role
       "Président(e)" ("Mme X, Présidente ; M. Y ; ...") presided */
    if (!d->president) {
        const ex_person *pp = present_president(&d->att.present);
        if (pp && !(d->president = new_person(c, pp)))
            goto fail;
    }
    elected_count(c, d, csp);
    /* no secretary label: the member (or adviser) listed as keeping the
       séance's secretariat ("M. X, directeur, qui assure le secrétariat
       de la séance ;") is its secretary */
    if (!d->secretary) {
        const ex_person *sp = secretariat_person(&d->att.advisory_present);
        if (!sp)
            sp = secretariat_person(&d->att.present);
        if (sp && !(d->secretary = new_person(c, sp)))
            goto fail;
    }
    ocr_count_labels(c, d, csp);
    repair_represented(&d->att);
    check_counts(c, d, csp);
    /* proxies of members leaving during the séance: after the lists' (a
       list that names the same proxy keeps its own) and out of the
       counts' check (the counts are those of the séance's opening) */
    if (leave.n && !add_proxies(c, d, &leave))
        goto fail;
    ex_vec_free(c->alloc, &lv);
    ex_vec_free(c->alloc, &rv);
    ex_vec_free(c->alloc, &px);
    ex_vec_free(c->alloc, &leave);
    return !c->oom;
fail:
    ex_vec_free(c->alloc, &lv);
    ex_vec_free(c->alloc, &rv);
    ex_vec_free(c->alloc, &px);
    ex_vec_free(c->alloc, &leave);
    c->oom = true;
    return false;
}


