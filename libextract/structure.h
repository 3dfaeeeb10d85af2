/*
 * structure.h - shared by the structure stage (segment.c) and its helper
 * files: structure_text.c (folding, labels matching, line segments,
 * person names and signature roles) and structure_heading.c (text values
 * and an act's heading: issuer, number, title, session).  Never
 * installed; the helpers get an ex_st_ prefix through the defines below.
 */
#ifndef EXTRACT_STRUCTURE_H
#define EXTRACT_STRUCTURE_H

#include "internal.h"

#include <string.h>


#define adjacent(...) ex_st_adjacent(__VA_ARGS__)
#define case_at(...) ex_st_case_at(__VA_ARGS__)
#define civility_word(...) ex_st_civility_word(__VA_ARGS__)
#define ends_connector(...) ex_st_ends_connector(__VA_ARGS__)
#define fold_c(...) ex_st_fold_c(__VA_ARGS__)
#define heading(...) ex_st_heading(__VA_ARGS__)
#define is_role(...) ex_st_is_role(__VA_ARGS__)
#define speck_tail(...) ex_st_speck_tail(__VA_ARGS__)
#define comma_letter_speck(...) ex_st_comma_letter_speck(__VA_ARGS__)
#define fr_two_letters(...) ex_st_fr_two_letters(__VA_ARGS__)
#define junk_len(...) ex_st_junk_len(__VA_ARGS__)
#define kw(...) ex_st_kw(__VA_ARGS__)
#define kw_fuzzy(...) ex_st_kw_fuzzy(__VA_ARGS__)
#define letter_at(...) ex_st_letter_at(__VA_ARGS__)
#define line_number(...) ex_st_line_number(__VA_ARGS__)
#define line_segs(...) ex_st_line_segs(__VA_ARGS__)
#define next_line(...) ex_st_next_line(__VA_ARGS__)
#define numero_at(...) ex_st_numero_at(__VA_ARGS__)
#define other_lang_tail(...) ex_st_other_lang_tail(__VA_ARGS__)
#define name_role(...) ex_st_name_role(__VA_ARGS__)
#define parse_names(...) ex_st_parse_names(__VA_ARGS__)
#define role_noun(...) ex_st_role_noun(__VA_ARGS__)
#define sb_add(...) ex_st_sb_add(__VA_ARGS__)
#define sb_str(...) ex_st_sb_str(__VA_ARGS__)
#define skip_junk(...) ex_st_skip_junk(__VA_ARGS__)
#define stamp_phrase_kw(...) ex_st_stamp_phrase_kw(__VA_ARGS__)
#define trim_end(...) ex_st_trim_end(__VA_ARGS__)
#define trim_end_junk(...) ex_st_trim_end_junk(__VA_ARGS__)
#define upper_line(...) ex_st_upper_line(__VA_ARGS__)
#define upper_pct(...) ex_st_upper_pct(__VA_ARGS__)
#define upper_trim(...) ex_st_upper_trim(__VA_ARGS__)
#define value(...) ex_st_value(__VA_ARGS__)

static inline bool digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* "MA 14 2026-031", "2026 DAE 12", "2025-027": the rest p[0..n) of a
   label line is a code alone (the act's number printed without N°):
   one to four words of capitals, digits, '-' or '/', blanks between, a
   year (19xx, 20xx) among its digit runs, the last word ending with a
   digit, at most 32 bytes.  True when it is. */
static inline bool code_alone(const char *p, size_t n)
{
    if (n == 0 || n > 32 || !(p[n - 1] >= '0' && p[n - 1] <= '9'))
        return false;
    size_t words = 0, run = 0;
    bool year = false, in = false;
    for (size_t q = 0; q < n; q++) {
        char ch = p[q];
        if (ch == ' ' || ch == '\t') {
            in = false;
            run = 0;
            continue;
        }
        if (!in && ++words > 4)
            return false;
        in = true;
        if (ch >= '0' && ch <= '9') {
            if (++run == 4 && (p[q - 3] == '1' || p[q - 3] == '2') && (p[q - 2] == '9' || p[q - 2] == '0')
                && !(q + 1 < n && p[q + 1] >= '0' && p[q + 1] <= '9'))
                year = true;
        } else if ((ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '/')
            run = 0;
        else
            return false;
    }
    return year;
}

/* "Séance du 3 juillet 2026 – Délibération 2026-DCA-022": the act's
   code printed without N° after the act word, ending the line (blanks
   after it only): code_alone() with a '-' or '/' inside (not a year
   alone).  Its bytes, or 0. */
static inline size_t dash_code_len(const char *p, size_t n)
{
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
        n--;
    if (n < 6 || !((p[0] >= '0' && p[0] <= '9') || (p[0] >= 'A' && p[0] <= 'Z')) || !code_alone(p, n))
        return 0;
    for (size_t q = 1; q + 1 < n; q++)
        if (p[q] == '-' || p[q] == '/')
            return n;
    return 0;
}

/* Segments: parts of a line separated by runs of 3 blanks or more
   (two-column layouts). */
typedef struct seg {
    size_t a, b;    /* view offsets, trimmed */
    size_t col;     /* column of a, in characters */
} seg;

#define MAXSEG 8

/* Line classification (segment.c) */
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
    K_NUMBER = 1u << 17,    /* line starts with N° / (N° */
    K_WVERB = 1u << 18,     /* an operative verb in capitals ("- APPROUVE
                               le ..."): the decision when none came
                               before (verb span in va, vb) */
    K_COVER = 1u << 19,     /* "RECUEIL DES ACTES ADMINISTRATIFS" */
    K_NUMDASH = 1u << 20,   /* K_NUMLINE after a dash: "Séance du 5 mars
                               2024 – Délibération n° CS-2024-07" */
    K_ITEMB = 1u << 21,     /* an item heading without "n°": "Délibération
                               2024-31 : Tarifs", "2024-013 – BUDGET
                               PRIMITIF" (K_ITEM in a procès-verbal) */
    K_NR_NAME = 1u << 22,   /* K_NAME is known (name_role()) */
    K_NR_ROLE = 1u << 23,   /* K_ROLE is known (name_role()) */
    K_DECISION = 1u << 24,  /* "DÉCISION DU MAIRE N° ...": a décision taken
                               by an executive (by delegation), with
                               K_NUMLINE; its act stays of type other (the
                               contract's deliberation is a body's decision) */
    K_SPACED = 1u << 25     /* K_LBL read from a label printed letter-spaced
                               ("C O N V E N T I O N": despaced_label()) */
};

typedef struct linfo {
    size_t a, b;        /* first segment, junk skipped, trimmed */
    uint32_t k;
    uint8_t ltype;      /* ex_doc_type of a K_LBL line */
    uint8_t up;         /* upper-case percent of the first segment;
                           UP_UNKNOWN until li_up() computes it */
    uint16_t letters;   /* valid only where up is known (li_up()) */
    size_t va, vb;      /* verb span when K_VERB */
} linfo;

/* article_at()'s match at the first segment of line `line`: m bytes,
   the number it wrote (segment.c) */
struct art_memo {
    size_t line, m;
    char num[16];
};

/* Per-call context */
typedef struct sctx {
    ex_call *c;
    const ex_text *t;
    const char *s;
    linfo *li;
    size_t nl;
    bool dbl;           /* the act is double-spaced (OCR): one blank line
                           between two lines does not part them */
    size_t hole_a, hole_b;  /* view bytes the act's article texts leave
                               out (its OBJET line moved by the scan,
                               act.objet); hole_a == hole_b: none */
    /* line_segs(gap 3) of the lines classify() read, kept for the later
       readers of the same line (li_segs()): line i's sn[i] segments from
       segv.v[so[i]]; sn[i] == SN_UNKNOWN when classify() did not read
       them (blank lines) */
    EX_VEC(seg) segv;
    size_t *so;
    uint8_t *sn;
    /* the lines where classify()'s article_at() matched, in line order,
       with its answer (bytes and number) for start_article(), which
       asks the same of the same text (segment.c) */
    EX_VEC(struct art_memo) arts;
    /* the first " / " (a slash between blanks: a bilingual label's) at
       or after slash_from: slash_at (SIZE_MAX: none), for classify() */
    size_t slash_from, slash_at;
    /* the text's case profile, known once asked (no_lower()): 1 when it
       holds no lower-case letter (typed all in capitals), -1 when it
       does, 0 not asked yet */
    signed char nolower;
} sctx;
#define SN_UNKNOWN 255

/* An act: its lines and view span */
typedef struct act {
    size_t l0, l1;      /* lines [l0, l1) */
    size_t start, end;  /* view offsets */
    int type;
    size_t label;       /* label line or SIZE_MAX */
    size_t objet;       /* its OBJET line the scan moved into the body,
                           beside a page's furniture, or SIZE_MAX */
} act;
typedef EX_VEC(act) act_vec;

/* A small string builder for joined values */
typedef struct sbuf {
    char buf[1024];
    size_t n;
} sbuf;

bool adjacent(sctx *x, size_t prev, size_t j);
/* x->li[i].k with K_NAME and K_ROLE known, those of want at least
   (segment.c) */
uint32_t name_role(sctx *x, size_t i, uint32_t want);
bool ends_connector(const char *s, size_t a, size_t b);
void heading(sctx *x, const act *A, ex_document *d, size_t hz);
const char *line_number(sctx *x, size_t i);
size_t next_line(sctx *x, size_t i, size_t lim);
void sb_add(sbuf *b, const char *s, size_t n);
const char *sb_str(sctx *x, sbuf *b);
bool upper_line(sctx *x, size_t i);
size_t upper_trim(const char *s, size_t a, size_t b);
const char *value(sctx *x, size_t a, size_t b);
/* an ACTES stamp phrase ("Envoyé en préfecture", "Reçu en préfecture",
   "Publié le", "Accusé de réception", "ID : " + a digit, capital
   "Affiché le ") begins at s[q] (the text up to b): segment.c */
bool stamp_phrase_kw(const char *s, size_t q, size_t b);

/* numero_at(): ex_st_numero_at, declared in internal.h (votes.c uses it too) */
int ex_st_case_at_mb(const char *s, size_t len, size_t *n);
/* (an ASCII byte, most calls: inline, as case_at() in structure_text.c
   reads it; the others there) */
static inline int case_at(const char *s, size_t len, size_t *n)
{
    unsigned char b = (unsigned char)s[0];
    if (b < 0x80) {
        *n = 1;
        return b >= 'A' && b <= 'Z' ? 1 : b >= 'a' && b <= 'z' ? -1 : 0;
    }
    return ex_st_case_at_mb(s, len, n);
}
char ex_st_fold_c_mb(const unsigned char *s, size_t len, size_t *n);
/* (an ASCII byte, most calls: inline, lower case; structure_text.c the
   others) */
static inline char fold_c(const unsigned char *s, size_t len, size_t *n)
{
    unsigned char b = s[0];
    if (b < 0x80) {
        *n = 1;
        return (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    }
    return ex_st_fold_c_mb(s, len, n);
}
bool is_role(const char *s, size_t a, size_t b);
/* the collectivities' letterhead keys and their by-letter index agree
   (structure_heading.c; for the unit tests) */
bool ex_st_collectivity_keys_ok(void);
size_t speck_tail(const char *s, size_t a, size_t e);
/* s[a, e) without a small letter standing alone after its final comma
   ("La Maire du 7e arrondissement, j": an OCR speck between two
   signature columns): the end after the comma, else e */
size_t comma_letter_speck(const char *s, size_t a, size_t e);
/* the two lower-case ASCII letters at p are a French word ("le", "en",
   "et" …) */
bool fr_two_letters(const char *p);
size_t junk_len(const char *s, size_t n);
size_t ex_st_kw_slow(const char *s, size_t n, const char *key, bool bound);
/* ex_st_kw_slow() with the key's first k characters already read (plain
   letters, each matched by one ASCII byte of s): the same answer */
size_t ex_st_kw_from(const char *s, size_t n, const char *key, bool bound, size_t k);

/* kw(): see structure_text.c.  An ASCII first byte that cannot be the
   key's first letter fails here, without the call (most calls); so does
   an ASCII second byte after it, when the key's second character is a
   plain one too (not ' ', '\'', the end), and a third ASCII byte after
   those two likewise: kw_slow() compares them the same way.  The
   characters so tested are not read again (ex_st_kw_from()).  Always inlined: the key is a constant at most
   calls, and the tests on it fold away. */
#if defined(__GNUC__) || defined(__clang__)
#define EX_ST_INLINE static inline __attribute__((always_inline))
#else
#define EX_ST_INLINE static inline
#endif
/* kw_cls() of an ASCII byte lowered (A-Z), by the byte
   (structure_text.c) */
extern const char ex_st_cls_ascii[128];
/* an ASCII byte b fails the key character k as kw() compares them
   (folded b neither k nor an OCR reading of it, ex_ocr_letter_eq()):
   for a lower-case letter k, exactly when the classes of b folded and
   of k differ (kw_may() below: kw_cls() gives i the class l, and o
   that of 0; no other letter shares its class) */
EX_ST_INLINE bool kw_ne(unsigned char b, char k)
{
    if ((unsigned char)(k - 'a') < 26)
        return ex_st_cls_ascii[b] != (k == 'i' ? 'l' : k);
    char f = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    return f != k && !ex_ocr_letter_eq(k, f);
}
/* kw()'s step at a key character c (key[i]: a blank or an apostrophe)
   after i plain characters matched one ASCII byte each, the bytes s[0,
   i): false when ex_st_kw_from() fails there at once, read from the
   byte s[i] alone (an ASCII one): a blank of the key needs a blank, a
   '-' or '.' (glued between two words) or a digit (none before it);
   an apostrophe needs ' or ` (or the three bytes of ’ ‘).  (key[i - 1],
   a plain character, is no apostrophe.) */
EX_ST_INLINE bool kw_step_may(const char *s, size_t n, size_t i, char c)
{
    if (i >= n)
        return false;
    unsigned char b = (unsigned char)s[i];
    if (b >= 0x80)
        return true;
    if (c == ' ')
        return b == ' ' || b == '\t' || b == '-' || b == '.' || (b >= '0' && b <= '9');
    return b == '\'' || b == '`';
}
/* the fold of C3 80 .. C3 BF by the second byte (structure_text.c) */
extern const char ex_st_fold_latin1[64];
EX_ST_INLINE size_t kw(const char *s, size_t n, const char *key, bool bound)
{
    if (n && (unsigned char)s[0] < 0x80 && key[0] != ' ' && key[0] != '\'' && key[0]) {
        unsigned char b = (unsigned char)s[0];
        if (kw_ne(b, key[0]))
            return 0;
        if (key[1] != ' ' && key[1] != '\'' && key[1]) {
            if (n < 2)
                return 0;
            b = (unsigned char)s[1];
            if (b < 0x80) {
                if (kw_ne(b, key[1]))
                    return 0;
                /* the same for a third ASCII byte */
                if (key[2] != ' ' && key[2] != '\'' && key[2]) {
                    if (n < 3)
                        return 0;
                    b = (unsigned char)s[2];
                    if (b < 0x80) {
                        if (kw_ne(b, key[2]))
                            return 0;
                        /* and a fourth */
                        if (key[3] != ' ' && key[3] != '\'' && key[3]) {
                            if (n < 4)
                                return 0;
                            b = (unsigned char)s[3];
                            if (b < 0x80) {
                                if (kw_ne(b, key[3]))
                                    return 0;
                                return ex_st_kw_from(s, n, key, bound, 4);
                            }
                        }
                        return ex_st_kw_from(s, n, key, bound, 3);
                    }
                } else if (key[2] && !kw_step_may(s, n, 2, key[2])) {
                    return 0;
                } else if (key[2] == ' ' && key[3] && key[3] != ' ' && key[3] != '\'') {
                    /* "le projet …": blanks, then the next word's first
                       character, an ASCII byte compared as above */
                    size_t j = 2;
                    while (j < n && (s[j] == ' ' || s[j] == '\t'))
                        j++;
                    if (j > 2) {
                        if (j >= n)
                            return 0;
                        if ((unsigned char)s[j] < 0x80 && kw_ne((unsigned char)s[j], key[3]))
                            return 0;
                    }
                }
                return ex_st_kw_from(s, n, key, bound, 2);
            }
            /* a second character C3 xx ("Dé…"), a key letter: folded as
               ex_st_kw_from() folds it, then a third ASCII byte after it */
            if (b == 0xC3 && n >= 3 && (unsigned char)(key[1] - 'a') < 26) {
                char f = ex_st_fold_latin1[(unsigned char)s[2] & 0x3F];
                if ((f == 'i' ? 'l' : f) != (key[1] == 'i' ? 'l' : key[1]))
                    return 0;
                if (key[2] != ' ' && key[2] != '\'' && key[2]
                    && (n < 4 || ((unsigned char)s[3] < 0x80 && kw_ne((unsigned char)s[3], key[2]))))
                    return 0;
            }
        } else if (key[1] && !kw_step_may(s, n, 1, key[1])) {
            return 0;
        }
        return ex_st_kw_from(s, n, key, bound, 1);
    }
    if (!n)
        return 0;   /* (what ex_st_kw_slow() answers) */
    /* a key opening with a letter, a first byte >= 0x80 (the branch
       above takes the ASCII ones): C3 xx (é, À ...) folded by the
       Latin-1 table as ex_st_kw_from() folds it, a key letter of
       another class failing; fold_c() reads any other character but
       C5 xx (œ, Ÿ) as '?', which no letter matches */
    if ((unsigned char)(key[0] - 'a') < 26) {
        unsigned char b0 = (unsigned char)s[0];
        if (b0 == 0xC3 && n >= 2) {
            char f = ex_st_fold_latin1[(unsigned char)s[1] & 0x3F];
            if ((f == 'i' ? 'l' : f) != (key[0] == 'i' ? 'l' : key[0]))
                return 0;
        } else if (b0 != 0xC5) {
            return 0;
        }
    }
    return ex_st_kw_slow(s, n, key, bound);
}
/* Trying a list of keys at one text: kw_pre() reads the text's first
   two characters once as kw() does (folded, and classed as the OCR
   model reads them: '0' with 'o'; '1' 'i' 'l' '|' '!' together, as a
   key's i or l takes each of them); kw_may() then tells from a key's
   first two characters whether kw() can match it there at all (false:
   it cannot, whatever the bound).  A lower-case key letter k and a
   folded text character f are equal for kw() (f == k or
   ex_ocr_letter_eq(k, f)) exactly when their classes are; a key
   character that is no such letter is not filtered on. */
typedef struct kwpre {
    char c0;    /* class of the first character; 1 for none */
    char c1;    /* class of the second one when the first is one byte,
                   else 0 (not filtered on) */
} kwpre;
static inline char kw_cls(char f)
{
    return f == '0' ? 'o' : (f == '1' || f == 'i' || f == '|' || f == '!') ? 'l' : f;
}
static inline kwpre kw_pre(const char *s, size_t n)
{
    kwpre r = {1, 0};
    if (!n)
        return r;
    const unsigned char *u = (const unsigned char *)s;
    size_t k;
    if (u[0] >= 0x80) {
        r.c0 = kw_cls(fold_c(u, n, &k));
        return r;
    }
    r.c0 = ex_st_cls_ascii[u[0]];
    if (n >= 2)
        r.c1 = u[1] < 0x80 ? ex_st_cls_ascii[u[1]] : kw_cls(fold_c(u + 1, n - 1, &k));
    return r;
}
static inline bool kw_may(const char *key, kwpre t)
{
    /* a lower-case key letter: its class (only i changes, to l) */
    char k = key[0];
    if ((unsigned char)(k - 'a') >= 26)
        return true;
    if ((k == 'i' ? 'l' : k) != t.c0)
        return false;
    k = key[1];
    return !t.c1 || (unsigned char)(k - 'a') >= 26 || (k == 'i' ? 'l' : k) == t.c1;
}
/* the steps of kw_fuzzy() below (structure_text.c) */
#define fold_prefix(...) ex_st_fold_prefix(__VA_ARGS__)
#define edit1_may(...) ex_st_edit1_may(__VA_ARGS__)
#define second_letter_misread(...) ex_st_second_letter_misread(__VA_ARGS__)
size_t fold_prefix(const char *s, size_t n, size_t max, char *f);
bool edit1_may(const char *key, size_t kl, const char *f, size_t fn);
size_t second_letter_misread(const char *s, size_t n, const char *key, size_t kl, bool bound, char *f,
                             size_t fn);
/* kw_fuzzy(): see structure_text.c (one edit allowed in long keys, a
   second letter misread, a word cut by a stray blank).  Always inlined:
   the key is a constant at every call, and its length and the tests on
   its first letters fold away. */
EX_ST_INLINE size_t kw_fuzzy(const char *s, size_t n, const char *key, bool bound)
{
    size_t m = kw(s, n, key, bound);
    /* ex_ocr_kw_edit1() matches a prefix of kl - 1 to kl + 1 such
       characters only (kl: the key's length, 7 at least): a text whose
       first kl - 1 characters are not all of them cannot match, and
       skips its edit-distance table; so does one that edit1_may()
       rejects */
    /* First ex_ocr_kw_edit1()'s own test of the text's first two
       characters (f0, f1: fold_prefix() folds them as it does; not
       both in the class, the table cannot match). */
    char f[64];
    const unsigned char *u = (const unsigned char *)s;
    size_t f2, kl = 0, fn = SIZE_MAX;  /* fn: fold_prefix(s, n, kl + 1, f) once read */
    char f0 = 0, f1 = 0;
    if (m)
        f2 = 0;
    else if (n >= 2 && u[0] < 0x80 && u[1] < 0x80) {
        /* fold_prefix(s, n, 2, f) on two ASCII bytes, inline */
        f2 = 0;
        for (size_t i = 0; i < 2; i++) {
            char ch = (char)((u[i] >= 'A' && u[i] <= 'Z') ? u[i] + 32 : u[i]);
            if (!((ch >= 'a' && ch <= 'z') || digit(ch) || ch == '-' || ch == '|' || ch == '!'))
                break;
            f[f2++] = ch;
        }
    } else
        f2 = fold_prefix(s, n, 2, f);
    if (f2 == 2) {
        kl = strlen(key);
        f0 = f[0];
        f1 = f[1];
        if (kl >= 7 && kl < 62 && (ex_ocr_letter_eq(key[0], f0) || ex_ocr_letter_eq(key[1], f0) || ex_ocr_letter_eq(key[0], f1))
            && (ex_ocr_letter_eq(key[1], f1) || ex_ocr_letter_eq(key[2], f1) || ex_ocr_letter_eq(key[1], f0) || ex_ocr_letter_eq(key[2], f0))) {
            fn = fold_prefix(s, n, kl + 1, f);
            if (fn >= kl - 1 && edit1_may(key, kl, f, fn))
                m = ex_ocr_kw_edit1(s, n, key, bound);
        } else if (kl >= 62) {
            m = ex_ocr_kw_edit1(s, n, key, bound); /* (no such key) */
        }
    }
    if (m)
        return m;
    /* second_letter_misread() needs the text's first kl characters folded
       (fold_prefix(), so f2 == 2: its first two are f0 f1, as read
       above), the first one the key's, the second a letter that is not */
    if (f2 == 2 && ex_ocr_letter_eq(key[0], f0) && !ex_ocr_letter_eq(key[1], f1) && f1 >= 'a' && f1 <= 'z'
        && (m = second_letter_misread(s, n, key, kl, bound, f, fn)))
        return m;
    /* ex_ocr_kw_split() needs kw() to take the text's first word, of 2
       characters at least, for the key's head: the text's first two
       characters must be the key's as kw() reads them (kw_may()) */
    if (!kw_may(key, kw_pre(s, n)))
        return 0;
    return ex_ocr_kw_split(s, n, key, bound);
}
bool letter_at(const char *s, size_t n);
size_t line_segs(const ex_text *t, const ex_line *l, seg *out, size_t gap);
/* line_segs(x->t, &x->t->lines[i], out, 3), from the copy classify()
   kept when there is one (segment.c) */
#define li_segs(...) ex_st_li_segs(__VA_ARGS__)
size_t li_segs(const sctx *x, size_t i, seg *out);
size_t parse_names(const char *s, size_t a, size_t b, size_t *ra, size_t *rb, size_t max);
bool role_noun(const char *s, size_t n);
/* a civility word: "M.", "Mme", "Madame", "Mlle", "MM.", "Dr" */
bool civility_word(const char *s, size_t n);
size_t skip_junk(const char *s, size_t a, size_t b);
/* s[a, b) without its trailing blanks: its new end (inline: a few
   bytes read, at many calls) */
static inline size_t trim_end(const char *s, size_t a, size_t b)
{
    while (b > a && is_blank(s[b - 1]))
        b--;
    return b;
}
size_t trim_end_junk(const char *s, size_t a, size_t b);
int upper_pct(const char *s, size_t a, size_t b, size_t *letters);
/* the words of s[a, e) (runs of bytes but ' ' and '\t'), counted while
   fewer than cap (an answer >= cap: cap words or more) */
#define word_count(...) ex_st_word_count(__VA_ARGS__)
size_t word_count(const char *s, size_t a, size_t e, size_t cap);

/* the upper-case percent and letter count of line i's first segment
   [a, b), computed at the first call (classify() leaves UP_UNKNOWN:
   most lines are never asked) */
#define UP_UNKNOWN 255
static inline int li_up(sctx *x, size_t i)
{
    linfo *f = &x->li[i];
    if (f->up == UP_UNKNOWN) {
        size_t letters;
        f->up = (uint8_t)upper_pct(x->s, f->a, f->b, &letters);
        f->letters = (uint16_t)(letters > 65535 ? 65535 : letters);
    }
    return f->up;
}
static inline size_t li_letters(sctx *x, size_t i)
{
    li_up(x, i);
    return x->li[i].letters;
}

#endif /* EXTRACT_STRUCTURE_H */
