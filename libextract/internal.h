/*
 * internal.h - types shared by the stages of libextract (never installed).
 *
 * The pipeline (see README "Architecture"):
 *   decode.c    bytes -> view text (UTF-8, NFC, typographic spaces folded)
 *               + the one offset map back to source bytes
 *   lines.c     view -> lines, pages, running headers/footers, clean text
 *   tokenize.c  view -> tokens (debug dump, lexicon lookups)
 *   numbers.c, amounts.c, dates.c, references.c, identifiers.c
 *               recognizers: mentions over the whole text
 *   ocrmodel.c  the OCR confusion model and the record of its repairs
 *               (repair.c reports them after assembly)
 *   segment.c   acts and their sections (structure)
 *   persons.c, attendance.c, votes.c
 *   assemble.c  mentions -> documents by position
 *   json.c      documents -> JSON text (the only file that includes json-c)
 *
 * Positions: every stage speaks in offsets into the view text (t->s);
 * only json.c converts them to source byte offsets, through ex_src_off().
 * Memory: everything a call makes lives in its arena (ex_call.arena) and
 * is freed at once with the result.
 */
#ifndef EXTRACT_INTERNAL_H
#define EXTRACT_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

#include "extract.h"

/* EX_SIMD: the SSE2 loops (x86-64 always has SSE2) are built; each sits
   next to a plain C loop that gives the same answers, used on other
   targets and when built with -DEX_NO_SIMD (.ci/run checks that build:
   make check with its expected outputs). */
#if defined(__SSE2__) && !defined(EX_NO_SIMD)
#define EX_SIMD 1
#include <emmintrin.h>
#endif
/* EX_AVX2: beside some SSE2 loops, an AVX2 one (32 bytes a step) in a
   function of its own built for AVX2 (EX_TARGET_AVX2), run only when
   the engine's avx2 is set: extract_engine_new() sets it once when the
   CPU has AVX2 (and the system saves its registers).  Both loops give
   the same answers (test_api checks the corpus with avx2 cleared).
   GCC and clang on x86; not with -DEX_NO_SIMD nor -DEX_NO_AVX2. */
#if defined(EX_SIMD) && !defined(EX_NO_AVX2) && (defined(__x86_64__) || defined(__i386__)) \
    && defined(__GNUC__)
#define EX_AVX2 1
#define EX_TARGET_AVX2 __attribute__((target("avx2")))
#include <immintrin.h>
#endif

struct ex_call;

#define EX_UNUSED(x) ((void)(x))
#define EX_NULLNUM (-1L)   /* a count that is not printed: JSON null */

/* ------------------------------------------------------------------ */
/* Allocation: all library allocations go through the engine allocator. */

typedef struct ex_alloc {
    void *(*malloc_fn)(size_t, void *);
    void *(*realloc_fn)(void *, size_t, void *);
    void (*free_fn)(void *, void *);
    void *ud;
} ex_alloc;

void *ex_malloc(const ex_alloc *a, size_t n);
void *ex_realloc(const ex_alloc *a, void *p, size_t n);
void ex_free(const ex_alloc *a, void *p);

/* A bump arena: chunks from the allocator, freed all at once. */
typedef struct ex_arena_chunk ex_arena_chunk;
typedef struct ex_arena {
    const ex_alloc *alloc;
    ex_arena_chunk *head;
} ex_arena;

void ex_arena_init(ex_arena *ar, const ex_alloc *alloc);
void *ex_arena_alloc(ex_arena *ar, size_t n);          /* 8-aligned, zeroed */
void *ex_arena_alloc_raw(ex_arena *ar, size_t n);      /* 8-aligned, not zeroed */
char *ex_arena_strndup(ex_arena *ar, const char *s, size_t n);
char *ex_arena_strdup(ex_arena *ar, const char *s);
void ex_arena_free(ex_arena *ar);

/* Growable arrays allocated from the allocator (not the arena):
   EX_VEC(T) name;  ex_vec_push(call, &name) returns a zeroed slot or NULL. */
#define EX_VEC(T) struct { T *v; size_t n, cap; }
typedef EX_VEC(char) ex_vec_any;
void *ex_vec_push_(const ex_alloc *a, void *vec, size_t elsize);
void ex_vec_free_(const ex_alloc *a, void *vec);
/* append a copy of every element of from to to (same element type);
   false when out of memory (to then holds a prefix of them) */
bool ex_vec_append_(const ex_alloc *a, void *to, const void *from, size_t elsize);
/* a stable sort of n elements of 'size' bytes (equal elements keep
   their order, on every libc), allocation-free; an array already in
   order (cmp() <= 0 for every two neighbours) is left as it is after one
   pass: the recognizers' candidates mostly come in text order. */
void ex_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
/* ex_sort()'s order (the same stable result) through a buffer of n
   elements from a: O(n log n) for the long arrays of a whole text; false
   when the buffer cannot be had (the array then unchanged or in another
   order of the same elements; the caller fails with out of memory).
   Small or in-order arrays take no buffer. */
bool ex_sort_buf(const ex_alloc *a, void *base, size_t n, size_t size,
                 int (*cmp)(const void *, const void *));
/* while there is room, the slot is taken and zeroed inline (a memset
   of a size known here); the call only to grow (vec is evaluated more
   than once: no side effects in it) */
static inline void *ex_vec_slot_(void *slot, size_t elsize)
{
    memset(slot, 0, elsize);
    return slot;
}
#define ex_vec_push(alloc, vec) \
    ((vec)->n < (vec)->cap \
         ? (__typeof__((vec)->v))ex_vec_slot_((vec)->v + (vec)->n++, sizeof *(vec)->v) \
         : (__typeof__((vec)->v))ex_vec_push_((alloc), (vec), sizeof *(vec)->v))
#define ex_vec_free(alloc, vec) ex_vec_free_((alloc), (vec))
#define ex_vec_append(alloc, to, from) \
    ex_vec_append_((alloc), (to), (from), sizeof *(to)->v + 0 * sizeof((to)->v - (from)->v))

/* w is one of the words of the NULL-terminated list (folded words,
   compared exactly) */
static inline bool ex_in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (**list == *w && !strcmp(w, *list))
            return true;
    return false;
}

/* an ASCII digit */
static inline bool ex_is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* a blank inside a line: space or tab */
static inline bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t';
}

/* a line break: LF, CR, or the form feed of a page break */
static inline bool is_nl(char ch)
{
    return ch == '\n' || ch == '\r' || ch == '\f';
}

/* a blank, or the "|" column rule of a ruled table ("| Pour | Contre |") */
static inline bool is_sep(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '|';
}

/* the length of a typographic single quote at p (before lim): ‘ or ’
   (E2 80 98, E2 80 99), else 0 */
static inline size_t curly_quote_len(const char *s, size_t p, size_t lim)
{
    if (p + 2 < lim && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80
        && ((unsigned char)s[p + 2] == 0x98 || (unsigned char)s[p + 2] == 0x99))
        return 3;
    return 0;
}

/* the length of an OCR speck at p: ‘ ’ ' _ . , ; (not "/" nor "-",
   which print a zero, nor "|", read as a 1), else 0 */
static inline size_t speck_len(const char *s, size_t p, size_t lim)
{
    if (p >= lim)
        return 0;
    if (s[p] == '\'' || s[p] == '_' || s[p] == '.' || s[p] == ',' || s[p] == ';')
        return 1;
    return curly_quote_len(s, p, lim);
}

/* a mark a label's colon is printed or read as: ':', ';' (OCR reads a
   colon so, typists strike one) or '=' (forms: "Pour = 12"); the label
   readers of attendance.c and votes.c colon_after() take the same set */
static inline bool ex_colon_mark(char ch)
{
    return ch == ':' || ch == ';' || ch == '=';
}

/* OCR: a colon read as a lone "{", "}", "!" or "i" standing between
   blanks at q (lo <= q < lim: lo the label's end); the caller checks
   what follows it (a civility, a count) */
static inline bool ex_ocr_lone_colon(const char *s, size_t q, size_t lo, size_t lim)
{
    char ch = s[q];
    return (ch == '{' || ch == '}' || ch == '!' || ch == 'i') && q > lo && is_blank(s[q - 1]) && q + 1 < lim
           && is_blank(s[q + 1]);
}

/* The French words of one letter, ASCII, either case: "a" and "y" stand
   alone in any text; with elided, also l d n s c j m t, which stand
   alone once a scan lost the apostrophe of their elision ("l avis"),
   and x, the multiplication sign ("3 x 2").  à is two bytes: the
   callers that take it test it.  segment.c debris_word() (a token
   before a blank in a line's debris) takes the words only, ocr.c
   french_single() and its ASCII fast path (a token alone) the elided
   letters too. */
static inline bool ex_fr_one_letter(char ch, bool elided)
{
    unsigned char l = (unsigned char)ch | 0x20;
    if (l < 'a' || l > 'z')
        return false;
    return l == 'a' || l == 'y' || (elided && memchr("ldnscjmtx", l, 9));
}

/* an upper-case letter starts s[0..n), n >= 1: ASCII A-Z or a Latin-1
   capital À..Þ in UTF-8 (not ×) */
static inline bool ex_upper_start(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] >= 'A' && u[0] <= 'Z')
        return true;
    return n >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97;
}

/* A growable byte buffer. */
typedef struct ex_buf {
    char *s;
    size_t len, cap;
} ex_buf;
bool ex_buf_put(const ex_alloc *a, ex_buf *b, const char *s, size_t n);
bool ex_buf_putc(const ex_alloc *a, ex_buf *b, char c);
bool ex_buf_printf(const ex_alloc *a, ex_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ex_buf_free(const ex_alloc *a, ex_buf *b);

/* ------------------------------------------------------------------ */
/* The view text and its offset map (decode.c, lines.c). */

typedef enum ex_encoding {
    EX_ENC_UTF8 = 0,
    EX_ENC_CP1252,
    EX_ENC_UTF16LE,
    EX_ENC_UTF16BE
} ex_encoding;

/* Offset map: sorted anchors; for view offset p, with k the last anchor
   with view <= p, the source offset is src[k] + (p - view[k]), capped to
   the next anchor's src.  Only spots where the view stops being a byte
   copy of the source get an anchor, so UTF-8 input costs nothing. */
typedef struct ex_anchor {
    size_t view, src;
} ex_anchor;

enum ex_line_flags {
    EX_LINE_BLANK = 1u << 0,      /* only blanks */
    EX_LINE_FURNITURE = 1u << 1,  /* running header/footer, page number */
    EX_LINE_STAMP = 1u << 2,      /* ACTES stamp line (Envoye/Recu/ID...) */
    EX_LINE_LONE_NUMBER = 1u << 3, /* internal to lines.c */
    EX_LINE_FOOTER = 1u << 4      /* a page's number, which closes the page:
                                     "Page 2/5", "2/5" alone, a page counter
                                     "...   1/3" after a wide gap (furniture
                                     when it runs; footer even when alone) */
};

typedef struct ex_line {
    size_t start, end;   /* view offsets; end excludes the line break */
    size_t next;         /* view offset of the next line's start */
    uint32_t page;       /* 0-based page (form feeds) */
    uint32_t flags;      /* EX_LINE_* */
    size_t indent;       /* leading blanks, in characters */
} ex_line;

typedef struct ex_text {
    char *s;             /* view: UTF-8, NFC, NUL-terminated */
    size_t len;
    ex_anchor *anchors;
    size_t nanchors;
    size_t src_len;      /* size of the original input */
    ex_encoding encoding;
    ex_line *lines;
    size_t nlines;
    uint32_t npages;
    uint32_t *line_blk;  /* line holding each 32-byte block's first
                            byte (lines.c, for ex_line_at()); NULL: none */
    size_t nblk;
} ex_text;

const char *ex_encoding_name(ex_encoding e);
/* source byte offset of view offset p */
size_t ex_src_off(const ex_text *t, size_t p);
/* both ends of a span at once (ex_src_off() of each) */
void ex_src_span(const ex_text *t, size_t p0, size_t p1, size_t *s0, size_t *s1);
/* index of the line holding view offset p (binary search) */
/* the line holding view offset p (ex_line_at()): by the block table,
   32 bytes a block (a few lines start in one at most: the walk below
   is short; inline, at many calls); without the table (no lines, or
   too many) by a binary search (lines.c) */
#define EX_LINE_BLK_SHIFT 5
size_t ex_line_at_search(const ex_text *t, size_t p);
static inline size_t ex_line_at(const ex_text *t, size_t p)
{
    if (t->line_blk) {
        /* the line of p's block, then on past the lines that start in
           the block at or before p */
        size_t b = p >> EX_LINE_BLK_SHIFT, li = t->line_blk[b < t->nblk ? b : t->nblk - 1];
        while (li + 1 < t->nlines && t->lines[li + 1].start <= p)
            li++;
        return li;
    }
    return ex_line_at_search(t, p);
}
/* true when p lies in a furniture line (running header/footer) */
static inline bool ex_is_furniture(const ex_text *t, size_t p)
{
    return t->nlines && (t->lines[ex_line_at(t, p)].flags & EX_LINE_FURNITURE) != 0;
}
/* The contract's text value of view range [a, b): blanks and line breaks
   collapsed to one space, line-end hyphenation repaired, furniture lines
   dropped, trimmed.  Arena-allocated; NULL only when out of memory. */
char *ex_text_value(struct ex_call *c, const ex_text *t, size_t a, size_t b);
/* [a, b) shrunk to leave out blanks at both ends */
static inline void ex_trim(const ex_text *t, size_t *a, size_t *b)
{
    const char *s = t->s;
    while (*a < *b && (s[*a] == ' ' || s[*a] == '\t' || s[*a] == '\n'
                       || s[*a] == '\r' || s[*a] == '\f'))
        (*a)++;
    while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t' || s[*b - 1] == '\n'
                       || s[*b - 1] == '\r' || s[*b - 1] == '\f'))
        (*b)--;
}

/* ------------------------------------------------------------------ */
/* Tokens (tokenize.c). */

typedef enum ex_tok_kind {
    EX_TOK_WORD = 1,   /* letters, inner hyphens/apostrophes: Jean-Claude */
    EX_TOK_NUMBER,     /* 1 745 883 / 18 450,00 / 2022 */
    EX_TOK_ABBREV,     /* M. Mme N° n° art. L.2121-29 */
    EX_TOK_ELISION,    /* l' d' qu' */
    EX_TOK_PUNCT,
    EX_TOK_SYMBOL      /* EUR sign, %, section sign... */
} ex_tok_kind;

typedef struct ex_token {
    size_t start, end;  /* view offsets */
    ex_tok_kind kind;
} ex_token;

typedef EX_VEC(ex_token) ex_token_vec;
bool ex_tokenize(const ex_alloc *a, const ex_text *t, ex_token_vec *out);
/* The token starting at or after *pos: true with *tk filled and *pos
   moved past it; false at the end of the text.  Allocates nothing
   (ex_tokenize() is this in a loop). */
bool ex_token_next(const ex_text *t, size_t *pos, ex_token *tk);
const char *ex_tok_kind_name(ex_tok_kind k);

/* ------------------------------------------------------------------ */
/* Extracted elements (the contract's objects).  Strings are arena
   strings or NULL (JSON null); counts use EX_NULLNUM for null. */

typedef struct ex_span {
    size_t start, end;  /* view offsets */
} ex_span;

typedef struct ex_date_val {
    int y, m, d;        /* y == 0: no date */
} ex_date_val;

typedef struct ex_person {
    const char *civility;   /* "M.", "Mme", "Mlle", "Dr", "Me" or NULL */
    const char *given;
    const char *family;
    const char *text;
    const char *role;       /* extra: ", Maire" -> "Maire" */
    const char *note;       /* extra: "(a partir de 11 h 50)" */
    const char *substitute_for; /* extra: "(supplee M. X)" */
    ex_span span;
} ex_person;
typedef EX_VEC(ex_person) ex_person_vec;

typedef struct ex_proxy {
    ex_person from, to;
    ex_span span;
} ex_proxy;
typedef EX_VEC(ex_proxy) ex_proxy_vec;

typedef struct ex_clause {
    const char *text;
    ex_span span;
} ex_clause;
typedef EX_VEC(ex_clause) ex_clause_vec;

typedef struct ex_article {
    const char *number;
    const char *heading;
    const char *text;
    ex_span span;
} ex_article;
typedef EX_VEC(ex_article) ex_article_vec;

typedef EX_VEC(const char *) ex_str_vec;

/* Arena-owned lists, made once and never grown (votes' extra keys). */
typedef struct ex_str_list {
    const char **v;
    size_t n;
} ex_str_list;
typedef struct ex_person_list {
    ex_person *v;
    size_t n;
} ex_person_list;

typedef enum ex_vote_result { EX_RESULT_NULL = 0, EX_ADOPTED, EX_REJECTED } ex_vote_result;

typedef struct ex_vote {
    long for_, against, abstention, not_voting, absent_without_proxy;
    bool unanimous;
    ex_str_vec for_groups;
    ex_str_list against_groups, abstention_groups;  /* extra keys */
    ex_person_list not_voting_persons;              /* extra key */
    long blank_or_void;     /* extra: "Votes blancs ou nuls : 1" */
    ex_vote_result result;
    ex_span span;
} ex_vote;
typedef EX_VEC(ex_vote) ex_vote_vec;

typedef struct ex_signature {
    const char *role;
    const char *name;
    const char *place;
    ex_date_val date;
    ex_span span;
} ex_signature;
typedef EX_VEC(ex_signature) ex_signature_vec;

typedef struct ex_amount {
    int64_t cents;          /* value * 100, exact */
    const char *currency;   /* "EUR" */
    const char *tax;        /* "HT", "TTC" or NULL */
    const char *text;
    ex_span span;
} ex_amount;
typedef EX_VEC(ex_amount) ex_amount_vec;

typedef struct ex_date {
    ex_date_val value;
    const char *text;
    ex_span span;
} ex_date;
typedef EX_VEC(ex_date) ex_date_vec;

typedef struct ex_reference {
    const char *kind;       /* "loi", "decret", "code", ... */
    const char *number;
    ex_date_val date;
    const char *code;       /* full name of the code, or NULL */
    ex_str_vec articles;
    const char **ranges;    /* nranges pairs (first, last) of article ranges
                               "L.214-1 à L.214-6" (arena), or NULL */
    size_t nranges;
    const char *text;
    ex_span span;
    bool annex;             /* cited by an annex heading opening its line
                               ("ANNEXE À LA DÉLIBÉRATION N° …") */
} ex_reference;
typedef EX_VEC(ex_reference) ex_reference_vec;

typedef struct ex_identifier {
    const char *kind;       /* "siret", "siren", "acte", "postal_code", ... */
    const char *value;
    const char *text;
    ex_span span;
} ex_identifier;
typedef EX_VEC(ex_identifier) ex_identifier_vec;

/* The parts of an ACTES transmission id "062-226200012-20221017-
   CP20221418-DE" (identifiers.c): NUL-terminated, date in ISO form. */
typedef struct ex_actes_parts {
    char department[4];     /* "062", "02A", "974" */
    char siren[10];
    char date[11];          /* "2022-10-17" */
    char number[64];        /* the collectivity's own act number */
    char nature[3];         /* DE AR AI CC BF AU */
} ex_actes_parts;

/* Split a normalised ACTES id; false when it is not one (department,
   date or nature out of range). */
bool ex_actes_split(const char *value, ex_actes_parts *parts);

typedef struct ex_diag {
    const char *severity;   /* "error", "warning", "info" */
    const char *code;       /* "decode.invalid_utf8", "vote.sum_mismatch" */
    const char *message;
    ex_span span;
    bool has_span;
} ex_diag;
typedef EX_VEC(ex_diag) ex_diag_vec;

typedef struct ex_transmission {
    bool present;
    ex_date_val sent, received, published;
    const char *id;
} ex_transmission;

typedef struct ex_attendance {
    ex_person_vec present, excused, absent, advisory_present, advisory_excused;
    ex_proxy_vec proxies;
    long in_office, present_count, represented, voting;
    long quorum;            /* extra; set null by ex_attendance_fill */
    /* not printed: a count's later value, "Votants : 19 (20 à partir du
       point 4)", for the consistency checks; EX_NULLNUM when none */
    long present_later, voting_later;
} ex_attendance;

/* An item of a proces-verbal (extra key "items"). */
typedef struct ex_item {
    const char *number;
    const char *title;
    ex_article_vec articles;
    ex_vote_vec votes;
    ex_span span;
} ex_item;
typedef EX_VEC(ex_item) ex_item_vec;

typedef enum ex_doc_type {
    EX_DOC_OTHER = 0, EX_DOC_DELIBERATION, EX_DOC_ARRETE, EX_DOC_CONVENTION,
    EX_DOC_RAPPORT, EX_DOC_PROCES_VERBAL
} ex_doc_type;

typedef struct ex_document {
    ex_doc_type type;
    ex_span span;
    const char *collectivity, *body;
    const char *number;
    const char *title;
    ex_date_val session_date;
    const char *session_place;
    ex_date_val convened_on;
    ex_person *president, *secretary;   /* NULL: null */
    ex_attendance att;
    ex_clause_vec visas, considerants;
    const char *decision_verb;
    ex_span decision_span;
    ex_article_vec articles;
    ex_vote_vec votes;
    ex_signature_vec signatures;
    ex_amount_vec amounts;
    ex_date_vec dates;
    ex_reference_vec references;
    ex_identifier_vec identifiers;
    ex_transmission transmission;
    ex_item_vec items;
    double ocr_quality;     /* < 0: not computed */
} ex_document;
typedef EX_VEC(ex_document) ex_document_vec;

/* ------------------------------------------------------------------ */
/* Engine and call. */

/* A compiled pattern table entry. */
typedef struct ex_pattern {
    int kind;               /* recognizer-specific */
    const char *pattern;    /* PCRE2, UTF mode; example in a comment */
} ex_pattern;

typedef struct ex_regex {
    pcre2_code *code;
    int kind;
    bool jit;               /* JIT-compiled: ex_rx_exec() calls it directly */
} ex_regex;

struct extract_engine {
    ex_alloc alloc;
    size_t max_size;
    pcre2_general_context *gctx;      /* caller's allocator */
    pcre2_general_context *jit_gctx;  /* system allocator, compiled patterns */
    /* one compiled table per recognizer; each module owns its slot */
    void *numbers, *amounts, *dates, *references, *identifiers;
    void *segment, *persons, *attendance, *votes;
    /* the label sets of attendance and votes (first members of their
       slots), whose keyword occurrences one pass finds (engine.c) */
    struct ex_rxgroup *rxgroup;
    /* the AVX2 loops are run (EX_AVX2: the CPU has AVX2); a test may
       clear it before the first call to run the SSE2 loops instead */
    bool avx2;
};

/* An OCR repair recorded by the code that read a value through the
   confusion model (ocrmodel.c): the printed span and what was repaired.
   repair.c keeps those that belong to a value the output holds. */
typedef enum ex_repair_kind {
    EX_REPAIR_DIGIT = 1,    /* a letter read as a digit inside a number */
    EX_REPAIR_CURRENCY,     /* "E" / "C" read as the euro sign */
    EX_REPAIR_FIRST,        /* "Ler" read as "1er" */
    EX_REPAIR_MONTH,        /* a month name matched through a confusion */
    EX_REPAIR_KEYWORD,      /* a keyword matched with a confusion or one edit */
    EX_REPAIR_CIVILITY,     /* a misread civility ("Mine" for Mme) */
    EX_REPAIR_GLUED,        /* a given name glued to the family name */
    EX_REPAIR_ARTNUM,       /* an article number OCR lost, counted on */
    EX_REPAIR_GIVEN         /* a misread given name read as a lexicon name */
} ex_repair_kind;

typedef struct ex_repair {
    size_t a, b;            /* view offsets of the printed repaired text */
    ex_repair_kind kind;
} ex_repair;
typedef EX_VEC(ex_repair) ex_repair_vec;

/* a candidate start of anchored patterns (see ex_rx_match_starts) */
typedef struct ex_start {
    size_t pos;
    unsigned kinds;
} ex_start;
typedef EX_VEC(ex_start) ex_start_vec;

/* a keyword occurrence of label sets (see ex_rxset_scan): offset,
   A(k) the ASCII letters and digits in [0, k), the keys found at k
   (bit i of the group's set j: bit 32 * j + i) */
typedef struct ex_rxocc {
    size_t k, a;
    uint64_t keys;
} ex_rxocc;
typedef EX_VEC(ex_rxocc) ex_rxocc_vec;

/* Per-call state: owned by one thread for one extraction. */
typedef struct ex_call {
    const extract_engine *eng;
    const ex_alloc *alloc;
    ex_arena arena;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    bool oom;               /* an allocation failed: the call fails */
    ex_text text;
    /* mentions over the whole text, in text order */
    ex_amount_vec amounts;
    ex_date_vec dates;
    ex_reference_vec references;
    ex_identifier_vec identifiers;
    ex_diag_vec diags;
    ex_document_vec docs;
    ex_repair_vec repairs;  /* OCR repairs as made (ocrmodel.c) */
    /* the amounts' candidate starts, found in the dates' pass over the
       text (dates.c; done: amounts.c need not scan) */
    ex_start_vec amount_starts;
    bool amount_starts_done;
    /* the keyword occurrences of the label sets over the whole text,
       found once (ex_rxset_scan): of the engine's group, or of a set
       outside it ('by') */
    struct {
        const void *by;
        ex_rxocc_vec v;
    } rxocc[2];
} ex_call;

/* Call lifecycle (engine.c), also for unit tests:
   ex_call_init(&c, eng); ex_call_text(&c, bytes, n) (decode + lines);
   ex_call_pipeline(&c) (recognizers, segment, attendance, votes,
   assemble); ex_call_free(&c) always, even after a failure. */
bool ex_call_init(ex_call *c, const extract_engine *e);
bool ex_call_text(ex_call *c, const void *data, size_t len);
bool ex_call_pipeline(ex_call *c);
void ex_call_free(ex_call *c);

/* Regex helpers (engine.c). */
bool ex_rx_compile(const extract_engine *e, const ex_pattern *tab, size_t n,
                   ex_regex *out);
/* The same patterns with PCRE2_ANCHORED at compile time (JIT). */
bool ex_rx_compile_anchored(const extract_engine *e, const ex_pattern *tab, size_t n,
                            ex_regex *out);
void ex_rx_free(ex_regex *rx, size_t n);
/* A stage's pattern table compiled into an array from the engine's
   allocator (NULL on failure), and its release (NULL is a no-op). */
ex_regex *ex_rx_table_new(extract_engine *e, const ex_pattern *tab, size_t n);
void ex_rx_table_free(extract_engine *e, ex_regex *rx, size_t n);
/* Match at or after 'from' in [0, t->len); returns rc > 0 on a match,
   with the ovector in c->md. Errors and no match give <= 0. */
int ex_rx_match(ex_call *c, const ex_regex *rx, size_t from, uint32_t opts);
/* The first match starting in [from, limit) (ex_rx_match() with the
   matches starting at or after limit dropped, without scanning past
   limit); <= 0 when there is none. */
int ex_rx_search(ex_call *c, const ex_regex *rx, size_t from, size_t limit, uint32_t opts);
/* The bare match of rx in the subject [0, len) of the view (len <=
   c->text.len) from 'from' <= len, options among PCRE2_NOTBOL,
   PCRE2_NOTEOL, PCRE2_NOTEMPTY(_ATSTART) (PCRE2_ANCHORED: compile the
   pattern anchored): pcre2_jit_match() when rx is JIT-compiled (what
   pcre2_match() would call, without its checks), else pcre2_match();
   no UTF check (the view is valid UTF-8).  rc as pcre2_match(), with
   c->oom set on PCRE2_ERROR_NOMEMORY. */
int ex_rx_exec(ex_call *c, const ex_regex *rx, size_t len, size_t from, uint32_t opts);
/* A label set: an alternation "pre (?:alt)(*MARK:kind)|... post", where
   pre starts with (?<![\p{L}\p{N}]), compiled anchored.  The
   alternatives are folded keys (ex_fold_pattern(): ex_rxset_build()
   folds them).  'keys' ("present|absent|...", lower-case ASCII words)
   are the set's keywords: ex_rxset_build() checks, from the syntax of
   each alternative, that (a) every match contains one of the keywords
   (as a run of literal letters of the alternative) and (b) before the
   first keyword of a match there are at most win[key] bytes that are
   ASCII letters or digits; it fails (the engine is not made) when an
   alternative breaks (a) or (b).  ex_rxset_scan() gives the result of
   the unanchored search in [from, limit) (match, mark): the keyword
   occurrences (with the fold's tolerance) of the whole text are found
   once per call (ex_rxset_occ(): one pass for the engine's two sets,
   c->rxocc), and the pattern is tried, in increasing order and once,
   only at the word starts p with a keyword occurrence k >= p such that
   [p, k) holds at most win[key] ASCII letters or digits, p's byte may
   start a match whose first keyword is key (kstart), and every two
   bytes in a row of [p, k] may follow each other in a match of an
   alternative where key may come first (big[key], read from the
   syntax), and the characters from k on may be read by the automaton
   of key (nfa[key], from the syntax: the positions reached from those
   starting key in the alternatives) from a position starting key to
   one ending an alternative, then followed, when post is
   ")(?![\p{L}])", by the end of the text or a byte that is no ASCII
   letter: the same first match as trying every position.  A set of 2
   to 32 alternatives is tried one alternative at a time (each compiled
   alone: pre, the alternative with its shared pieces written in place,
   its mark, post), in order, only those where a key that passed those
   tests may come first, whose own positions of the key's automaton
   reached an end there (an alternative's positions follow only its
   own), and whose matches may start with p's byte: the
   first to match is the alternation's (pre's look-behind is atomic,
   post follows the alternation alone); the whole alternation is then
   not compiled (its text: whole).  Else the whole alternation is
   compiled, each alternative behind a look-ahead at its first character
   (the ASCII bytes its matches can start with, or any other character),
   which changes no match.  pre and
   post match no character.  An alternative of kind 0 gets no mark: it
   writes its own, (*MARK:k) at the end of each of its branches (several
   labels behind one shared prefix).  defs (NULL, or NULL-terminated): pieces of
   text shared by several alternatives (written in them as they are),
   compiled once and called where they occur. */
#define EX_RXSET_MAXKEYS 32
#define EX_RXSET_KEYLEN 16
#define EX_RXSET_MAXWIN 120
#define EX_RXSET_NFAPOS 128     /* the positions of a key's automaton */
#define EX_RXSET_NFAW (EX_RXSET_NFAPOS / 64)
#define EX_RXSET_MAXAFTER 24    /* the characters the test after the keyword reads */
typedef struct ex_rxnfa {
    unsigned n;                           /* positions; 0: no test */
    uint64_t init[EX_RXSET_NFAW];         /* ... starting the key */
    uint64_t end[EX_RXSET_NFAW];          /* ... ending an alternative */
    uint64_t acc[64][EX_RXSET_NFAW];      /* ... that may be a character of
                                             symbol y (sym[]; any character
                                             other than ASCII: SY_NA) */
    uint64_t fol[EX_RXSET_NFAPOS][EX_RXSET_NFAW];    /* ... that may follow */
    uint8_t palt[EX_RXSET_NFAPOS];        /* ... the alternative of each
                                             (those of the first 32) */
    uint64_t apos[EX_RXSET_MAXKEYS][EX_RXSET_NFAW];  /* ... of alternative a */
    uint32_t anyalt;                      /* the alternatives (of the first
                                             32) whose positions did not fit:
                                             no test */
    uint32_t acut[EX_RXSET_MAXAFTER];     /* the alternatives whose positions
                                             stop after character i (too many
                                             to reach further) */
    uint8_t kn;                           /* the key's length when kc holds
                                             the positions reached reading its
                                             letters (no end before the last);
                                             0: none */
    uint64_t kc[EX_RXSET_NFAW];
} ex_rxnfa;
typedef struct ex_rxset {
    ex_regex rx;
    size_t nkeys;
    unsigned maxwin;                      /* the largest win[] */
    char key[EX_RXSET_MAXKEYS][EX_RXSET_KEYLEN];
    uint8_t klen[EX_RXSET_MAXKEYS];
    uint16_t win[EX_RXSET_MAXKEYS];
    uint32_t byfirst[26];                 /* keys by first letter */
    uint32_t first[128];                  /* keys whose first letter can be this byte */
    uint32_t pair[128][128];              /* ... first two letters these bytes */
    uint32_t third[128];                  /* ... third letter this byte */
    uint32_t lnext[128];                  /* the second letters of the keys whose
                                             first letter can be this byte */
    uint32_t lnext1[64];                  /* ... this U+00C0..U+00FF (low 6 bits) */
    uint8_t stop[256][256];               /* 1: the keyword scan looks at the
                                             bytes x y closer (pair[x][y] or
                                             first[x] set, a UTF-8 lead x) */
    uint64_t start[2];                    /* ASCII bytes a match can start with
                                             (from the syntax, with the fold) */
    uint8_t startb[256];                  /* 1: a match may start with this byte
                                             (start[], or a lead byte >= 0xC0) */
    uint64_t kstart[EX_RXSET_MAXKEYS][2]; /* ... a match whose first keyword
                                             is key k */
    uint8_t sym[256];                     /* byte -> symbol of big[] (letters
                                             without case, digits, blanks,
                                             each punctuation mark, other
                                             controls, bytes >= 0x80) */
    uint64_t big[EX_RXSET_MAXKEYS][64];   /* symbol x may be followed by y in a
                                             match of an alternative where key k
                                             may come first: bit y of [k][x] */
    uint32_t kat0;                        /* keys whose keyword may start a match */
    uint32_t nafirst;                     /* keys of a match that may start with
                                             a character other than ASCII and
                                             no letter (see rxa_first()) */
    bool post_nl;                         /* post is ")(?![\p{L}])" */
    ex_rxnfa nfa[EX_RXSET_MAXKEYS];       /* each key's automaton */
    /* each alternative compiled alone (NULL for a set of one or of
       more than 32): ex_rxset_scan() tries, in order, only those where
       one of the keys that passed the tests at p may come first
       (keyalts) and whose matches may start with p's byte (bytealts):
       the first of them to match is the alternation's match */
    size_t nalt;
    ex_regex *alt;
    char *whole;                          /* then the whole alternation's text
                                             (rx not compiled) */
    uint32_t keyalts[EX_RXSET_MAXKEYS];   /* the alternatives where key k
                                             may come first (bit i) */
    uint32_t bytealts[256];               /* ... whose matches may start
                                             with this byte */
} ex_rxset;
bool ex_rxset_build(extract_engine *e, const char *pre, const char *post,
                    const ex_pattern *alts, size_t n, const char *keys,
                    const char *const *defs, ex_rxset *out);
void ex_rxset_free(const extract_engine *e, ex_rxset *set);
int ex_rxset_scan(ex_call *c, const ex_rxset *set, size_t from, size_t limit);
/* The keyword occurrences of the whole text for 'set' (found at the
   first call): the set's keys are the bits (occ.keys >> *shift) &
   0xFFFFFFFF.  NULL when out of memory (c->oom set). */
const ex_rxocc_vec *ex_rxset_occ(ex_call *c, const ex_rxset *set, unsigned *shift);
/* The engine's group (engine.c, after the stages): the sets of
   e->attendance and e->votes (first members of their slots) scanned
   together.  false when out of memory. */
bool ex_rxgroup_build(extract_engine *e);
void ex_rxgroup_free(extract_engine *e);
/* The key letters ('a'..'z', bit 0 = 'a') a folded caseless key letter
   can match at code point cp (the tolerance of ex_fold_pattern(): case,
   accents, o/0, i/l/1/|; PCRE2's caseless sets: s/U+017F, k/U+212A). */
uint32_t ex_fold_letters(int32_t cp);
/* Candidate starts of anchored (\G) patterns, found by a stage's own
   one-pass byte filter (a necessary condition, so a superset of the
   real starts): each offset with the patterns (bit 1 << kind) that may
   match there, in text order.  ex_rx_match_starts() gives the first
   match at a kept offset >= from of the pattern of bit 'bit', moving
   *si on (rc > 0: the ovector in c->md; <= 0: none, or an error): the
   same match as a search of the whole text from 'from'. */
int ex_rx_match_starts(ex_call *c, const ex_regex *rx, const ex_start_vec *st, size_t *si,
                       size_t from, unsigned bit);
/* amounts.c: the amount patterns that may start at p, a byte among
   [0-9(E] or 0xE2 (0 for another); *ra, *rb: the last run of number
   bytes read (1 and 0 before the first) */
unsigned ex_amount_kinds_at(const char *s, size_t n, size_t p, size_t *ra, size_t *rb);
/* the same at a digit p (s[n] the view's NUL) after no ASCII letter,
   digit or '_', or where ex_amount_glued_de() holds: its A_AFTER test
   without the lookbehind, which the caller made */
unsigned ex_amount_after_at(const char *s, size_t n, size_t p, size_t *ra, size_t *rb);
/* OCR lost the blank between "de" and a number: "d'un montant de8535 €"
   (A_AFTER's lookbehind lets an amount start there, as after "à2 091
   420 €"; the word "de" alone before it) */
static inline bool ex_amount_glued_de(const char *s, size_t p)
{
    return p >= 3 && s[p - 2] == 'd' && s[p - 1] == 'e' && (s[p - 3] == ' ' || s[p - 3] == '\n');
}
/* the two digits at p open a year of these acts (1900-2099) */
static inline bool ex_year_head(const char *s, size_t p)
{
    return (s[p] == '1' && s[p + 1] == '9') || (s[p] == '2' && s[p + 1] == '0');
}
/* at most one edit (substitution, insertion, deletion) between the
   short byte strings a[0..la) and b[0..lb) (persons.c's civility and
   connector words, numbers.c's OCR'd number words) */
static inline bool ex_lev1(const char *a, size_t la, const char *b, size_t lb)
{
    if (la > lb + 1 || lb > la + 1)
        return false;
    size_t i = 0, j = 0, ed = 0;
    while (i < la && j < lb) {
        if (a[i] == b[j]) {
            i++;
            j++;
            continue;
        }
        if (++ed > 1)
            return false;
        if (la > lb)
            i++;
        else if (lb > la)
            j++;
        else {
            i++;
            j++;
        }
    }
    ed += (la - i) + (lb - j);
    return ed <= 1;
}
/* the first offset >= p whose byte is marked in tab, or n (four bytes a
   step while none is) */
static inline size_t ex_skip_unmarked(const unsigned char *tab, const char *s, size_t p, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    while (p + 4 <= n && !(tab[u[p]] | tab[u[p + 1]] | tab[u[p + 2]] | tab[u[p + 3]]))
        p += 4;
    while (p < n && !tab[u[p]])
        p++;
    return p;
}
/* SSE2 16-byte block tests for the recognizers' candidate skips (EX_SIMD:
   see the top of this file). */
#ifdef EX_SIMD
static inline __m128i ex_v_load(const char *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}
/* 0xFF where the byte is b */
static inline __m128i ex_v_eq(__m128i x, int b)
{
    return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)b));
}
/* 0xFF where the byte is in [lo, hi] (0 <= lo <= hi < 0x80): the
   unsigned test x - lo <= hi - lo, as a signed compare of x - lo - 128
   (two instructions) */
static inline __m128i ex_v_in(__m128i x, int lo, int hi)
{
    return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - lo))),
                          _mm_set1_epi8((char)(hi - lo - 127)));
}
/* x with ASCII letters in lower case (bit 5 set on every byte: a byte
   folds to a lower-case letter only when it is that letter's case) */
static inline __m128i ex_v_low(__m128i x)
{
    return _mm_or_si128(x, _mm_set1_epi8(0x20));
}
/* 0xFF on ASCII letters and digits */
static inline __m128i ex_v_alnum(__m128i x)
{
    return _mm_or_si128(ex_v_in(x, '0', '9'), ex_v_in(ex_v_low(x), 'a', 'z'));
}
static inline unsigned ex_v_mask(__m128i x)
{
    return (unsigned)_mm_movemask_epi8(x);
}
#endif
/* the same tests on 32 bytes (EX_AVX2: see the top of this file) */
#ifdef EX_AVX2
EX_TARGET_AVX2 static inline __attribute__((always_inline)) __m256i ex_w_load(const char *p)
{
    return _mm256_loadu_si256((const __m256i *)(const void *)p);
}
EX_TARGET_AVX2 static inline __attribute__((always_inline)) __m256i ex_w_eq(__m256i x, int b)
{
    return _mm256_cmpeq_epi8(x, _mm256_set1_epi8((char)b));
}
EX_TARGET_AVX2 static inline __attribute__((always_inline)) __m256i ex_w_in(__m256i x, int lo, int hi)
{
    return _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(hi - lo - 127)),
                             _mm256_add_epi8(x, _mm256_set1_epi8((char)(0x80 - lo))));
}
EX_TARGET_AVX2 static inline __attribute__((always_inline)) __m256i ex_w_low(__m256i x)
{
    return _mm256_or_si256(x, _mm256_set1_epi8(0x20));
}
EX_TARGET_AVX2 static inline __attribute__((always_inline)) unsigned ex_w_mask(__m256i x)
{
    return (unsigned)_mm256_movemask_epi8(x);
}
/* Tables of 32-byte rows of one byte (EX_W_ROW(b)), for loops that
   compare with many bytes: read through the pointer ex_w_hide() gives,
   which the compiler does not follow, each row is a memory operand
   (else GCC builds each vector constant from an integer register, three
   instructions, again at each use in a loop short of registers) */
#define EX_W_R4(x) (unsigned char)(x), (unsigned char)(x), (unsigned char)(x), (unsigned char)(x)
#define EX_W_ROW(x) {EX_W_R4(x), EX_W_R4(x), EX_W_R4(x), EX_W_R4(x), \
                     EX_W_R4(x), EX_W_R4(x), EX_W_R4(x), EX_W_R4(x)}
static inline const void *ex_w_hide(const void *p)
{
    __asm__("" : "+r"(p));
    return p;
}
#endif
/* Match anchored at 'at' exactly. */
int ex_rx_match_at(ex_call *c, const ex_regex *rx, size_t at);
static inline PCRE2_SIZE *ex_ov(ex_call *c) { return pcre2_get_ovector_pointer(c->md); }
/* the kind of the alternative that matched last: its (*MARK:%d) read
   as strtol() reads it (0 when there is none) */
static inline int ex_mark_kind(const ex_call *c)
{
    PCRE2_SPTR m = pcre2_get_mark(c->md);
    if (!m)
        return 0;
    bool neg = *m == '-';
    long v = 0;
    for (m += neg; *m >= '0' && *m <= '9' && v < 100000000; m++)
        v = v * 10 + (*m - '0');
    return (int)(neg ? -v : v);
}

/* Diagnostics (a failed push sets c->oom). */
void ex_diag_add(ex_call *c, const char *severity, const char *code,
                 const char *message, size_t a, size_t b, bool has_span);

/* Arena strings for a call. */
char *ex_strndup(ex_call *c, const char *s, size_t n);
char *ex_strdup(ex_call *c, const char *s);

/* ------------------------------------------------------------------ */
/* Stage entry points.  Each returns false only when out of memory (and
   then sets c->oom).  *_init compiles the stage's tables into the
   engine slot; *_free releases them; both are called by engine.c. */

bool ex_decode(ex_call *c, const unsigned char *data, size_t len);
bool ex_lines_build(ex_call *c);

#define EX_STAGE(name) \
    bool ex_##name##_init(extract_engine *e); \
    void ex_##name##_free(extract_engine *e)
EX_STAGE(numbers);
EX_STAGE(amounts);
EX_STAGE(dates);
EX_STAGE(references);
EX_STAGE(identifiers);
EX_STAGE(segment);
EX_STAGE(persons);
EX_STAGE(attendance);
EX_STAGE(votes);
#undef EX_STAGE

/* Recognizers over the whole text, in this order (dates first: the
   others may look dates up with ex_date_at()). */
bool ex_find_dates(ex_call *c);
int ex_month_name(const char *s, size_t n);
int ex_month_word(const char *s, size_t n);     /* abbreviations too */
bool ex_find_amounts(ex_call *c);
bool ex_find_identifiers(ex_call *c);
bool ex_find_references(ex_call *c);
/* Structure: split into documents, fill their structural fields. */
bool ex_segment(ex_call *c);
/* Per document, after ex_segment. */
bool ex_attendance_fill(ex_call *c, ex_document *d);
bool ex_votes_fill(ex_call *c, ex_document *d);
/* A new document at the end of c->docs with every count null
   (EX_NULLNUM) and ocr_quality unset; NULL when out of memory. */
ex_document *ex_doc_new(ex_call *c);
/* A vote with every count null. */
void ex_vote_init(ex_vote *v);
/* Give each document the mentions inside its span. */
bool ex_assemble(ex_call *c);

/* OCR quality estimate of every document (ocr.c). */
bool ex_ocr_quality(ex_call *c);
/* repair.c: one ocr.repair diagnostic per value read through an OCR
   confusion (after assembly) */
bool ex_ocr_repairs(ex_call *c);

/* Shared helpers of the number and date layers. */
/* The date mention starting at or after view offset 'from' and
   starting before 'limit', or NULL. */
const ex_date *ex_date_at(const ex_call *c, size_t from, size_t limit);
/* A day and month printed without a year at p ("cinq mai", "5 mai"):
   the end of the month name with *m and *d, or 0. */
size_t ex_date_day_month(const ex_call *c, size_t p, size_t limit, int *m, int *d);
/* Add a date at [a, b) of the value v (its year implied by the caller)
   to c->dates, kept sorted; false when out of memory. */
bool ex_date_insert(ex_call *c, size_t a, size_t b, ex_date_val v);
/* Parse French number words at s[0..n) ("vingt et un",
   "quatre-vingt-dix-sept", "deux mille vingt-quatre", "mil"): returns the
   value and sets *used to the bytes consumed, or -1 when no number. */
long long ex_number_words(const char *s, size_t n, size_t *used);
long long ex_number_words_ocr(const char *s, size_t n, size_t *used);
/* The shared number layer (numbers.c; see the comments there):
   accent/case folding of one letter, letter test, folding of a word into
   out, a digit with OCR confusions (O->0, l/I/|->1) when ocr, the integer
   of digits in s[a, b) past thousands separators, the word before p, and
   the text value of a number span. */
char ex_num_fold(const char *s, size_t len, size_t *n);
bool ex_num_is_letter_mb(const char *s, size_t len);
/* (an ASCII byte, most calls: inline; ex_num_fold() takes A-Z a-z) */
static inline bool ex_num_is_letter(const char *s, size_t len)
{
    unsigned char b = (unsigned char)s[0];
    if (b < 0x80)
        return (unsigned)((b | 0x20) - 'a') < 26;
    return ex_num_is_letter_mb(s, len);
}
size_t ex_num_fold_word(const char *s, size_t len, char *out, size_t cap);
int ex_num_digit(char ch, bool ocr);
long long ex_num_int(const char *s, size_t a, size_t b, bool ocr);
bool ex_num_prev_word(const char *s, size_t p, bool comma, size_t *wa, size_t *wb);
/* OCR: a speck standing alone right before view offset p (blanks and
   line ends apart, at most two line ends on each side): one of
   . , ; : ' ‘ ’ _ * with a blank or a line end before it; across a line
   break = | alone, "-" ending its line, . , ; : glued to a word before
   a word in lower case; the offset before the speck, else 0 */
size_t ex_num_word_speck(const char *s, size_t p);
char *ex_num_text(ex_call *c, size_t a, size_t b);
/* Parse a person at [a, b) of the view (persons.c): civility, given,
   family, role; false when the range is not a name. */
bool ex_person_parse(ex_call *c, size_t a, size_t b, ex_person *out);

/* Person lists in the order printed (persons.c). */
bool ex_persons_list(ex_call *c, size_t a, size_t b, ex_person_vec *out);
/* OCR: each given name of d's persons (attendance lists, proxies,
   president, secretary) misread by one confusion reads as the lexicon
   name it stands for (persons.c; false when out of memory). */
bool ex_persons_given_fix(ex_call *c, ex_document *d);
bool ex_persons_family_fix(ex_call *c);
/* Lists over several ranges (a column of a two-column layout), with
   proxies: every person in order goes to out (when not NULL) except the
   receivers of proxies; pairs go to px (when not NULL). *stop: where the
   list ended.  mode PL_PROXY (persons.c): a bare "à" links two persons. */
bool ex_persons_list_rg(ex_call *c, const ex_span *rg, size_t nrg, int mode,
                        ex_person_vec *out, ex_proxy_vec *px, size_t *stop);

/* The OCR confusion model (ocrmodel.c; the model is described there).
   Digits: the letters read as a digit inside a number (EX_OCR_NUMBER:
   O o -> 0, l I | -> 1), inside a reference number or an identifier's
   digit segment (wider tables); -1 when ch is neither. */
enum { EX_OCR_NONE = 0, EX_OCR_NUMBER, EX_OCR_REFERENCE, EX_OCR_IDENTIFIER };
int ex_ocr_digit(char ch, int table);
/* s[0..n) (a segment of a number or of an identifier, between its
   separators) is a well-formed prefixed number: one to three capitals
   then two digits or more ("B2025", "DM2024", "S12"); its letters are a
   prefix, never OCR'd digits.  O Q I Z (read as 0 0 1 2 where a number
   starts: "O46", "Z024") do not make a prefix. */
bool ex_ocr_letter_prefix(const char *s, size_t n);
/* s[0..n) is two digits or more then one capital letter other than O Q
   I Z ("12B", "2024S"): a number with a letter suffix, whose letter is
   never an OCR'd digit (a clean "n° 2024-12B" keeps its B). */
bool ex_ocr_letter_suffix(const char *s, size_t n);
/* a keyword letter k (lower-case ASCII) against a folded text letter f:
   equal, or an OCR confusion (o/0, i l/1 l i | !) */
static inline bool ex_ocr_letter_eq(char k, char f)
{
    if (k == f)
        return true;
    if (k == 'o' && f == '0')
        return true;
    if ((k == 'i' || k == 'l') && (f == '1' || f == 'l' || f == 'i' || f == '|' || f == '!'))
        return true;
    return false;
}
/* A folded lower-case ASCII key regex -> an accent- and OCR-tolerant
   PCRE2 pattern; allocated with al, NULL when out of memory. */
char *ex_fold_pattern(const ex_alloc *al, const char *key);
/* what ex_fold_pattern() writes for a blank of the key */
#define EX_FOLD_BLANK "(?:[\\s'’‘]*|\\.)"
/* The bounded one-edit part of the keyword matcher: a one-word key of
   7+ letters at s[0..n) with one substitution, insertion or deletion
   (confusions of ex_ocr_letter_eq free); the bytes matched or 0. */
size_t ex_ocr_kw_edit1(const char *s, size_t n, const char *key, bool bound);
/* A key of 6+ letters cut once by one or two blanks between two of its
   letters (pieces of 2+ letters: "Artic le"); the bytes matched or 0. */
size_t ex_ocr_kw_split(const char *s, size_t n, const char *key, bool bound);
/* the currency token s[a..b) that amounts.c's pattern matched ends with
   the letter E or C, or the sign "£", that OCR reads for the euro sign
   ("E", "ME", "k C", "£") */
bool ex_ocr_currency_letter(const char *s, size_t a, size_t b);
/* The lexicon of French given names (libextract/given_names.c, made by
   make from data/given_names.txt): sorted by fold (lower-case ASCII,
   accents folded as ex_fold_char() does), one entry per fold. */
typedef struct ex_given_name {
    const char *fold;       /* "frederic" */
    const char *name;       /* "Frédéric" */
} ex_given_name;
extern const ex_given_name ex_given_names[];
extern const size_t ex_given_names_n;
/* the folds hashed (h = ex_given_hstep(h, byte) over the fold from 0):
   slot h holds an entry's index + 1 (0: none), a taken slot sends on
   to the next (made by make with the table) */
extern const uint16_t ex_given_hash[4096];
static inline unsigned ex_given_hstep(unsigned h, char ch)
{
    return (h * 31u + (unsigned char)ch) & 4095u;
}
/* the lexicon's name whose fold is w[0..n) (lower-case ASCII), or NULL;
   ex_given_name_at(): the same with h the hash of w */
const char *ex_given_name_find(const char *w, size_t n);
const char *ex_given_name_at(const char *w, size_t n, unsigned h);
/* A given name w[0..n) (folded, lower-case; OCR's digits and '|' kept
   as printed) that is no lexicon name but becomes exactly one through
   one OCR confusion of the model (ocrmodel.c): that lexicon name; NULL
   when w is a lexicon name, has no such neighbour or has two or more.
   Bit i of odd: letter i was printed with a mark no letter confusion
   explains (an accent other than on an e: "Marüne"), so it is read as
   printed. */
const char *ex_ocr_given_name(const char *w, size_t n, uint32_t odd);
/* Record a repair [a, b) of the given kind (false when out of memory). */
bool ex_ocr_note(ex_call *c, size_t a, size_t b, ex_repair_kind kind);
/* Record the letters of s[a..b) that the table reads as digits (one
   record per run of them), for a number the caller read with that table. */
bool ex_ocr_note_digits(ex_call *c, size_t a, size_t b, int table);
/* Record a keyword read at s[a..a+m) (m bytes matched by the tolerant
   matcher) when it is none of the keys spelled plainly (accents and case
   folded): the matcher went through a confusion or an edit. */
bool ex_ocr_note_keyword(ex_call *c, size_t a, size_t m, const char *const *plain);

/* JSON rendering (json.c).  ex_render(): the JSON text of a call's
   documents and diagnostics (after the pipeline; the call's text view and
   lines are not used, its offset map is), json-c's PRETTY|SPACED layout
   if pretty, else PLAIN; malloc memory (extract_free()), NULL when out of
   memory.  src: what "source" says, computed while the input was at hand
   (ex_sha256_hex(): the lower-case hex SHA-256 of the input).  The
   json-c tree of compact JSON text (NULL when out of memory) and its
   release. */
typedef struct ex_source_info {
    const char *path;   /* NULL: null */
    size_t size;
    char sha256[65];
} ex_source_info;
void ex_sha256_hex(const unsigned char *data, size_t len, char hex[65]);
char *ex_render(const ex_call *c, const ex_source_info *src, bool pretty, size_t *out_len);
struct json_object;
struct json_object *ex_json_tree(const char *s, size_t n);
void ex_json_tree_free(struct json_object *o);

/* Number signs (tokenize.c).  The marks read after "n" for "numéro"
   ("n°" and its OCR readings "nº", "n*", "n'", "n’", "n9"), as the body of
   a regex character class: references.c's RX_NUM and
   ex_number_sign_before() use this one list. */
#define EX_NUMBER_SIGN_MARKS "°º*'’9"
/* A number sign token ends just before view offset p, blanks and
   ":" "," "." between them allowed: "n°", "N°", "n °", a mark of
   EX_NUMBER_SIGN_MARKS after "n", "no", "No", "n0", "n." and a bare "n",
   "numero", "numéro" (case- and accent-insensitive), not preceded by a
   letter.  Sets *start (when not NULL) to where the sign starts. */
bool ex_number_sign_before(const char *s, size_t p, size_t *start);
/* A number sign starting at p[0] ("N°", "n°", "N*", "Nº", "n’", "No "
   before a digit): the bytes of the sign, or 0 (segment.c). */
size_t ex_st_numero_at(const char *p, size_t n);
/* "Objet / Gaia : …", "Pour / Alde : 11": the other language's label
   after a French one (" / " and one to four words before a ':' or the
   line's end): its bytes, or 0 (segment.c; votes.c uses it too) */
size_t ex_st_other_lang_tail(const char *p, size_t n);

/* A rule line [a, b) of s drawn with the characters of rules: only
   those, blanks and the frame of a table drawn in text ("+", ":",
   "|"); the count of rule characters it holds, 0 when the line holds
   anything else.  The readers take their characters and least count:
   ex_rule_line() "-=" (1), amounts.c's table under its header "-=_"
   (5), segment.c's rule between two acts "=_-*" (3: "* * *"). */
static inline size_t ex_rule_chars(const char *s, size_t a, size_t b, const char *rules)
{
    size_t n = 0;
    for (; a < b; a++) {
        char ch = s[a];
        const char *r = rules;
        while (*r && *r != ch)
            r++;
        if (*r)
            n++;
        else if (ch != '+' && ch != ':' && ch != '|' && !is_blank(ch) && ch != '\r')
            return 0;
    }
    return n;
}

/* A rule line of a table drawn in text, [a, b) of s: only "-", "=",
   "+", ":", "|" and blanks, with at least one "-" or "=" ("+----+----+",
   "|----|:---|", "======"): no content; the readers of ruled tables
   (attendance.c's roll calls and counts, votes.c's vote table) skip it. */
static inline bool ex_rule_line(const char *s, size_t a, size_t b)
{
    return ex_rule_chars(s, a, b, "-=") > 0;
}

/* The cells of a table line [a, b) of s (ex_cells()), into cells:
   - gap-separated (flags 0): runs of text that gap blanks or more
     (' ', '\t') separate, trimmed; with EX_CELLS_BAR a "|" separates too
     (and counts as a blank of a gap): "Groupe  Pour | Contre";
   - pipe-ruled (EX_CELLS_PIPE): the text between two "|", trimmed, from
     the first "|" on ("| Nom | X |"); an empty cell (start == end) is kept
     with EX_CELLS_EMPTY; text after the last "|" is a cell when not empty.
   The number of cells, or max + 1 when there are more than max (cells
   then holds the first max). */
enum { EX_CELLS_PIPE = 1u << 0, EX_CELLS_BAR = 1u << 1, EX_CELLS_EMPTY = 1u << 2 };
size_t ex_cells(const char *s, size_t a, size_t b, unsigned flags, size_t gap, ex_span *cells, size_t max);

/* Small text helpers (lines.c). */
bool ex_is_upper_word(const char *s, size_t n);
/* a dot leader from p ("Pour ......... 9", "EN EXERCICE . . . . 11"):
   dots, "…" (three dots) and blanks up to lim; the offset after it, the
   dots in *dots and the blanks in *blanks */
size_t ex_leader_end(const char *s, size_t p, size_t lim, size_t *dots, size_t *blanks);
/* the letters prefix of an act number at s[0] ("DCM " of "DCM 2024/112":
   2-4 capitals, one blank, a digit; no function word): its bytes, or 0 */
size_t ex_number_prefix(const char *s, size_t n);
/* a year-direction-rank act code at s[0] ("2025 DVD 45"): its bytes, or 0 */
size_t ex_year_code(const char *s, size_t n);
/* a letters suffix after an act number [a, b) holding a slash ("25/147
   AC"): its end, else b */
size_t ex_number_suffix(const char *s, size_t a, size_t b, size_t lim);
/* The word ending before view offset p, not before lo (ex_word_before()):
   the blanks before p passed over (' ', '\t'; with EX_WB_PUNCT also ':',
   ',' and '\n'), then with EX_WB_APOS one apostrophe (' or U+2019), then
   the run of letters ending there: ASCII letters and every byte of a
   non-ASCII character (EX_WB_ASCII: ASCII letters only; EX_WB_LETTER:
   the non-ASCII characters that are letters, ex_num_is_letter()).  With
   EX_WB_NL2 at most two line ends (a page break "\n\f" one) are passed over before it, with
   EX_WB_COMMA commas; with EX_WB_HYPHEN inner hyphens belong to the run
   (not its last byte) and its leading hyphens are dropped.  Its bounds
   go to [*wa, *wb); when cap > 0, w receives it folded (ex_fold_char())
   up to its first character that is not a letter, at most cap - 1
   letters.  False (w "") when the run is empty. */
enum {
    EX_WB_PUNCT = 1u << 0, EX_WB_APOS = 1u << 1, EX_WB_ASCII = 1u << 2,
    EX_WB_NL2 = 1u << 3, EX_WB_COMMA = 1u << 4, EX_WB_HYPHEN = 1u << 5, EX_WB_LETTER = 1u << 6
};
bool ex_word_before(const char *s, size_t lo, size_t p, unsigned flags, size_t *wa, size_t *wb,
                    char *w, size_t cap);
/* one UTF-8 character folded as ex_match_fold() reads it: ASCII in lower
   case, Latin-1 letters and the oe ligature to a lower-case ASCII letter,
   anything else '?'; *n: the bytes it takes (at most len) */
char ex_fold_char_mb(const unsigned char *s, size_t len, size_t *n);
/* the fold of 0xC3 and a byte c: ex_fold_c3[c & 0x3F] (U+00C0..U+00FF) */
extern const char ex_fold_c3[64];
/* (ASCII and U+00C0..U+00FF, most calls: inline; lines.c the others) */
static inline char ex_fold_char(const unsigned char *s, size_t len, size_t *n)
{
    unsigned char b = s[0];
    if (b < 0x80) {
        *n = 1;
        return (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
    }
    if (b == 0xC3 && len >= 2) {
        *n = 2;
        return ex_fold_c3[s[1] & 0x3F];
    }
    return ex_fold_char_mb(s, len, n);
}
/* the kind of street an address names at s[0..n): "rue", "avenue",
   "allée", "lieu-dit" … (any case, accents folded), a whole word (a
   blank, a line break or the end after it); its length, else 0.  One
   lexicon for structure_heading.c num_cont() ("2, rue de …" continues an
   Objet) and identifiers.c street_before() (a postal code after an
   address) */
size_t ex_street_word(const char *s, size_t n);
/* case- and accent-insensitive compare of an ASCII lowercase key
   against view bytes (accents folded: e.g. "deliberation" matches
   "DÉLIBÉRATION"); returns the bytes matched or 0 */
size_t ex_match_fold_slow(const char *s, size_t n, const char *key);
/* (an ASCII first byte that is not the key's first letter fails
   without the call: most calls; so does, after it, an ASCII second byte
   that is not the key's second character, unless that is an apostrophe
   or the end, and after two ASCII bytes a third one the same way:
   ex_match_fold_slow() compares them the same way) */
static inline size_t ex_match_fold(const char *s, size_t n, const char *key)
{
    if (n && (unsigned char)s[0] < 0x80 && key[0] && key[0] != '\'') {
        unsigned char b = (unsigned char)s[0];
        if ((char)((b >= 'A' && b <= 'Z') ? b + 32 : b) != key[0])
            return 0;
        if (key[1] && key[1] != '\'') {
            if (n < 2)
                return 0;
            b = (unsigned char)s[1];
            if (b < 0x80 && (char)((b >= 'A' && b <= 'Z') ? b + 32 : b) != key[1])
                return 0;
            /* the same for the third byte, after two ASCII ones */
            if (b < 0x80 && key[2] && key[2] != '\'') {
                if (n < 3)
                    return 0;
                b = (unsigned char)s[2];
                if (b < 0x80 && (char)((b >= 'A' && b <= 'Z') ? b + 32 : b) != key[2])
                    return 0;
            }
        }
    }
    return ex_match_fold_slow(s, n, key);
}

#endif /* EXTRACT_INTERNAL_H */
