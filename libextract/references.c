/*
 * references.c - stage references: cited legal acts and code articles.
 *
 * One global scan for trigger words, in text order:
 *   - an act word (loi, décret, arrêté, délibération, convention...):
 *     qualifiers ("préfectoral", "(UE)"), a number ("n° 2021-257",
 *     "loi 2021-1900"), then a short gap ("du Conseil régional") up to a
 *     date connector ("du", "en date du", "signée le") followed by a date
 *     found by dates.c.  An act is a reference when it has a number or a
 *     date; "en date du xxxx" (a placeholder) ends the search.
 *   - "article(s) LIST du|de la ..." followed by a code name, an
 *     abbreviation (CGCT...), "du même code" / "dudit code" or an act:
 *     the articles belong to that code or act ("article 10 de la loi
 *     n° 2000-321 du 12 avril 2000" is one loi reference).
 *   - a code name ("Code général des collectivités territoriales, et
 *     notamment ses articles L.2121-29 et ...").
 * The act's own number is not a reference: a capitalised act word
 * opening its line with a number ("Délibération n° 2023-36",
 * "ARRÊTÉ MUNICIPAL N° 2024-087") is a heading, unless the line opens
 * with an item number ("1. DÉLIBÉRATION N° 2024-012 – ...") or the text
 * holds two such headings or more with different numbers (the items of
 * a procès-verbal).
 * OCR: accents optional in act words, "n°" read as n* n' no N9, blanks
 * inside numbers, O/l/I/S/B read for digits in the numeric parts of a
 * number or an article, code names matched at a bounded edit distance.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum ref_kind {
    K_LOI = 0, K_LOI_ORGANIQUE, K_ORDONNANCE, K_DECRET, K_ARRETE, K_CIRCULAIRE,
    K_INSTRUCTION, K_DELIBERATION, K_DECISION, K_REGLEMENT, K_DIRECTIVE,
    K_CONVENTION, K_OTHER, K_CODE, K_NKINDS
};

static const char *const kind_names[K_NKINDS] = {
    "loi", "loi_organique", "ordonnance", "decret", "arrete", "circulaire",
    "instruction", "deliberation", "decision", "reglement", "directive",
    "convention", "other", "code"
};

enum { RX_TRIGGER = 0, RX_NUM, RX_BARENUM, RX_CONN, RX_ART, RX_ARTSEP,
       RX_ARTTAIL, RX_QUAL, RX_ARTCLAUSE, RX_ITEM, RX_CODEART, RX_N };

/* "et" glued by OCR to the code article after it: "5etL.3313-1" (after
   a digit), "L. 2541-13 etL, 1612-12" (after a blank, the article's
   "." read ","; RX_ARTSEP), "R. 610-5 etR:632-1" (read ":"), before a
   code letter and a digit */
#define GLUED_ET "(?-i:et[LRD][.,:]?\\s?\\d)"
/* "et" (OCR: "êt", "ét") glued after an article's last digit, a blank
   before the next one: "L.2212-2êt L.2213-1" */
#define GLUED_ET2 "(?-i:(?:e|\xC3\xA8|\xC3\xA9|\xC3\xAA)t[ \\t]+[LRD]\\.?\\s?\\d)"
/* "à" of a range glued after an article's last digit, a blank before the
   next code article: "R. 181-1à R. 181-56", or none: "R.181-1àR. 181-56" (OCR) */
#define GLUED_A "(?-i:\xC3\xA0[ \\t]*[LRD]\\.?\\s?\\d)"

/* "en date " before du/des, an OCR speck [.,:;'’] glued after "en" or
   "date" ("en. date du") */
#define EN_DATE "en(?:[.,:;'’])?\\s+date(?:[.,:;'’])?\\s+"

/* OCR: a speck over a vowel read as an accent inside an act word
   ("délibérätion", "délibératiôn", "conventiôn", "décisiön"): the vowels
   of the words' unaccented syllables take any accent (the first letter
   of a word stays as printed: the prefilter reads it; trigger_prefix()
   folds them back) */
#define VA "[aàâä]"
#define VE "[eéèêë]"
#define VO "[oôö]"

static const ex_pattern ref_patterns[] = {
    /* trigger words: group 1 act word, 2 article, 3 code, 4 abbreviation
       "loi", "décret", "DÉLIBÉRATION", "deliberation", "articles",
       "Code", "CGCT"; OCR "Gode" for "Code" (G only where trigger_at()
       reads a code's name after it: gode_at()); OCR "loi organiquie" (up
       to four letters after "organiq") */
    {RX_TRIGGER,
     "\\G(?:(?:(?<![\\p{L}\\d])|(?<=(?<![\\p{L}\\d])P))(?:(?i)(lois?\\s+organiq\\p{L}{1,4}|lois?|ordonnances?|d[ée]crets?"
     "|arr[êeé]t[ée]s?|circulaires?|instr[uüù]ctions?|d[ée][l1I]ib[ée]r" VA "ti" VO "ns?"
     "|d[ée]cisi" VO "ns?|r[èeé]g[l1I][eéè]ments?|directives?|conv" VE "nti" VO "ns?"
     "|contractualisations?|contrats?|march[ée]s?|avenants?|protocoles?|actes?\\s+du\\s+conseil\\s+d['’]administration)|(articles?|art\\.)|([cg]od[eé]s?))"
     "(?![\\p{L}\\d])"
     "|(?<![\\p{L}\\d])(CGCT|CASF|CGI|CGPPP|CCH|CSP|CRPA|CJA|CSS|CPI|CMF|CGFP|CESEDA)"
     "(?![\\p{L}\\d]))"},
    /* number after n°: "n° 2021-257", "N°DGCS/SD1B/2019/196", "n*2023-CP- 1142",
       "no 12", "N. 95-127" (typewriter), "numéro 4", OCR "h° 2023-5", "ri° 92-1194" (n read as h or ri,
       a digit next), OCR "n°-AP-24-12-03" (a speck "-" after the
       sign), "n° DCM 2024/018" (a letters prefix and one
       blank: kept only when ex_number_prefix() takes it, num_ok()).  The marks after "n" are the list shared with
       ex_number_sign_before() (internal.h).  That helper is not used here:
       it reads backwards from a number another pattern found, while this
       regex reads forwards from the act word and captures the number; and
       the helper's forms (the union of its callers') also take "n." before
       anything and a bare "n", which would add matches here ("loi n 12"). */
    {RX_NUM,
     "\\G(?:(?i:n\\s?[" EX_NUMBER_SIGN_MARKS "]|n[o0](?=\\s*\\d)|n\\.(?=[ ]?\\d)|num[ée]ro)|(?:h|ri)°(?=\\s?\\d)|NOR(?=\\s*:?\\s*[A-Z]{4}\\d))\\s*[.:-]?\\s*"
     "((?:[A-Z]{2,4}\\x20(?=\\d))?[A-Za-z0-9]+(?:(?:[-/_]\\s?|\\.(?!d[uû]s?[ \\t\\n]))[A-Za-z0-9]+)*)"},
    /* bare number right after the act word: "loi 2021-1900",
       "délibération DGASOL/2022/241", "règlement (UE) 2016/679", a
       Paris-style code "délibération 2023 DVD 87" (year, direction,
       rank) */
    {RX_BARENUM, "\\G(?=[A-Z0-9/-]*\\d)(\\d{4}\\x20[A-Z]{2,6}\\x20\\d{1,5}|[A-Z0-9]+(?:[-/][A-Za-z0-9]+)+)(?![\\p{L}\\d])"},
    /* date connector: "du", "en date du", "signée le", "signés en date des";
       OCR: a speck glued after "en" or "date" ("en. date du", "en date, du"),
       "dû" for "du" ("loi n° 2000-321 dû 12 avril 2000": a date must follow) */
    {RX_CONN,
     "\\G(?i)(?:(" EN_DATE "du|sign[ée]e?s?[\\s-]+(?:" EN_DATE "du|le)|conclue?s?\\s+le|notifi[ée]e?s?\\s+le"
     "|adopt[ée]e?s?\\s+le)|(" EN_DATE "des|sign[ée]e?s?[\\s-]+(?:" EN_DATE "des|les))"
     "|(d[uû])|(des))(?![\\p{L}\\d])\\s*[‘'’]?"},
    /* a paragraph in roman numerals glued to a code article ("L.5214-16V":
       article L.5214-16, its § V): skipped by parse_articles() */
#define ROMAN_PARA "(?:I{1,3}|IV|VI{0,3}|IX|X)"
    /* one article number: "L.3121-14", "L. 2121-29", "R:417-10", "LO 1112-1",
       "L.2121.15" (dotted form, read L.2121-15), not a paragraph number
       ("L.2122-22, 4° du CGCT": RX_ARTTAIL's),
       "105", "1636 B sexies", "1639 A", "1609 nonies C", "L.2O12-1" (OCR),
       a decimal article of an act "4.3.2" ("l'article 4.3.2 de l'arrêté
       préfectoral du …": up to four levels, kept as printed);
       OCR "E. 2125-1" (L read E, a dot and a code number after: read L) */
    {RX_ART,
     "\\G(?:(?:L\\.?\\s?O\\.?|[LRDA]|E(?=\\.\\s?\\d{3,4}-\\d))\\s?[.:,*]{0,2}\\s?[0-9OIl](?:[0-9OIl]|\\s?-\\s?(?=[0-9OIl])|\\.(?=\\d)|(?<=\\d):(?=\\d))*"
     "|\\d{1,3}(?:\\.\\d{1,3}){1,3}(?![.-]?\\d)|\\d+(?:-\\d+)*(?:\\s\\p{Lu}(?![\\p{L}\\d])|(?<![\\d-]\\d)(?<=1)er)?(?!°))"
     "(?:\\s(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)(?!\\p{L})"
     "(?:[ ][A-Z](?![\\p{L}\\d]))?)?"
     "(?:(?![\\p{L}\\d])|(?<=\\d)(?=" ROMAN_PARA "(?![\\p{L}\\d]))|(?<=\\d)(?=" GLUED_ET ")|(?<=\\d)(?=" GLUED_ET2 ")|(?<=\\d)(?=" GLUED_A "))"},
    /* between two articles: ", ", " et ", " à ", ", et ", " ou ", OCR "-à ",
       OCR "et" glued to both ("L.3312-5etL.3313-1"), OCR "et." glued to
       the next one ("L.511-22 et.R.511-1"), OCR "et -" at a line end */
    /* OCR, first: a speck next to the line break after "et", "ou", "à"
       or a comma, before a code article: at the line end ("et -\nL.2125-1",
       "et *\nR. 123-7", "et:\nR. 2123-1", "L. 2213-1, .\nL. 2213-6"), at
       the next line's start ("et\n‘R. 123-7", "L. 2213-1,\n. L. 2213-6")
       or both */
    {RX_ARTSEP, /* OCR: a speck glued after the comma ("L.2212-1,.L. 2212-2") */
                "\\G,[.:*][ \\t]*(?=[LRD]\\.?\\s?\\d)|"
                "\\G(?:\\s(?:et|ou|\xC3\xA0)|\\s*,)(?:\\s*[-.:;,*|=‘'’][ \\t]*\\n\\s*(?:[.,*|=‘'’][ \\t]*)?"
                "|[ \\t]*\\n[ \\t]*[.,*|=‘'’][ \\t]*)(?=[LRD][.:]?\\s?\\d)"
                "|\\G(?i)\\s*(?:,\\s*(?:et\\s+)?|\\s(?:et|à|a|ou)\\s+|-(?:à|a)\\s+)"
                /* OCR: "et." glued to the next article, "et" read "ét" or
                   upper case ("L.452-26 ét.L.452-29", "L 2121-29 ET.L 2241-1") */
                "|\\G\\s(?:et|\xC3\xA9t|ou)\\.(?=(?-i:[LRD])\\.?\\s?\\d)"
                /* OCR: "et" glued to the next article, after the last one
                   ("L.3312-5etL.3313-1"), after a blank ("L. 2541-13 etL,
                   1612-12"), at a line start ("L.3221-3\netL.3221-9"), a
                   speck before it ("L.2121-17\n.etL.2121-29", "L. 411-1\n.
                   etL.411-11") */
                "|\\G\\s*(?:\\n[ \\t]*[.,*‘'’][ \\t]*)?(?=" GLUED_ET ")et"
                /* OCR: "et" read "ef" ("L.215-7 ef R.211-66"); a speck ending
                   the line before "et" opening the next one ("L.4211-1 :\net L.4221-1") */
                "|\\G\\sef[ \\t]+(?=(?-i:[LRD])\\.?\\s?\\d)"
                "|\\G[ \\t]*[.:;,*|=‘'’-][ \\t]*\\n[ \\t]*(?:et|ou)[ \\t]+(?=(?-i:[LRD])\\.?\\s?\\d)"
                "|\\G(?=" GLUED_ET2 ")(?:e|\xC3\xA8|\xC3\xA9|\xC3\xAA)t[ \\t]+"
                /* OCR: "à" glued after the first end of a range ("R. 181-1à R. 181-56") */
                "|\\G(?=" GLUED_A ")\xC3\xA0[ \\t]*"
                /* OCR: a comma read ";" before a code article ("L.5211-2; L.5211-10") */
                "|\\G;[ \\t]+(?=[LRD]\\.\\d)"
                /* OCR: a speck glued between the article and "et", "ou" or
                   "à", before a code article ("L.2121-7.et L. 2122-8",
                   "L. 429-2’à\\nL.429-17") */
                "|\\G[.:’'‘](?:et|ou|\xC3\xA0)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=(?-i:[LRD])[.:]?\\s?\\d)"},
    /* after the list: "et suivants", ", alinéa 2", then "du", "de la",
       "de l'", "dudit", "du même" (OCR "du même codé", as the trigger's
       "codé") */
    {RX_ARTTAIL,
     "\\G(?i)(?:\\s+et\\s+suivants)?(?:\\s*,?\\s*(?:alin[ée]a|al\\.)\\s*\\d+)?(?:\\s*,?\\s*\\d+°,?)?"
     "(?:\\s+|\\.(?=\\p{Ll}))(?:(dudit|de\\s+ce|du\\s+m[êe]me|de\\s+ce\\s+m[êe]me)\\s+cod[eé](?![\\p{L}])"
     "|(?:du|de\\s+la|de\\s+l['’]|de|des)"
     /* OCR: a speck next to the line break before the code or act
        ("suivants du .\ncode de justice", "du\n‘code"), first; one
        glued after the word on its line ("R. 2194-8 du. code de la
        commande publique"), or glued to both before "code" ("L. 2541-13
        du.code général …") */
     "(?:\\s*[.,:;*|=‘'’][ \\t]*\\n\\s*|[ \\t]*\\n[ \\t]*[.,*|=‘'’][ \\t]*|[.,:;][ \\t]+|\\.(?=code )"
     /* a curly quote glued after the word ("R.2194-8 du‘code de la
        commande publique") */
     "|[‘’][ \\t]*|\\s*))"},
    /* act qualifiers: "préfectoral", "municipal", "(UE)", "interministériel" */
    {RX_QUAL,
     "\\G(?i)(?:\\((?:UE|CE|CEE|Euratom)\\)|pr[ée]fectora(?:l|le|ux|les)"
     "|inter-?pr[ée]fectora(?:l|le|ux|les)|municipa(?:l|le|ux|les)"
     "|(?:inter)?minist[ée]rie(?:l|lle|ls|lles)|conjointe?s?|cadres?|organiques?"
     "|modificati(?:f|ve|fs|ves)|rectificati(?:f|ve|fs|ves)|d[ée]partementa(?:l|le|ux|les)"
     "|r[ée]giona(?:l|le|ux|les)|communautaires?|ex[ée]cutoires?"
     /* "loi organique modifiée n° 99-209 du 19 mars 1999" */
     "|modifi[ée]e?s?(?=\\s+n))(?![\\p{L}\\d])"},
    /* after a code name: ", et notamment ses articles", "notamment son article",
       "en son article", "et en particulier l'article" (OCR "aiticles",
       "notammèent", "sès articles", "son.article", a stray quote after
       the comma, a speck "|" "," "." ending the line: "ses |\narticles",
       "ses ,\narticles", after the article word: "son article |\nL. 3221-4",
       "articles -\nL.421-1", a stray digit opening the article word's
       line: "ses\n5. articles L. 2121-29", or a speck "*" ("ses\n*
       articles L. 132-1"), a hyphen
       for the blank: "notamment-ses articles", "ses articles-L. 3121-15",
       "et-notamment ses articles";
       a speck before "et" ("territoriales, -et notamment", "communes,
       .et notamment"), a curly quote between "son" and the article word
       ("son ‘\narticle"), up to three specks after the article word
       ("son article : :\n. L.2121-29"), up to two before it ("ses : :\n\n
       articles"), a stray quote before "et" ("publique, 'et notamment"),
       a colon for the comma after the code's name ("environnement: et
       notamment") or glued for the blank ("son:article"); the code's
       abbreviation
       in brackets before: "(CGCT), notamment son article"); group 1
       the article word, checked by clause_word() ("son point 6", "son
       annexe 2" are no articles) */
    {RX_ARTCLAUSE,
     "\\G(?i)(?:\\s*\\((?-i:[A-Z]{2,8})\\))?"
     /* "…, titre II, livre IV, de la quatrième partie, et notamment ses articles" */
     "(?:\\s*,\\s*(?:titre|livre|chapitre|section)\\s+(?:[IVXLC]+|\\d+)(?:er)?(?![\\p{L}\\d]))*"
     "(?:\\s*,?\\s*de\\s+la\\s+\\p{L}+\\s+partie)?"
     "\\s*[,;:]?['’‘]?\\s*(?:(?:[-.'’‘]\\s?)?(?:et|\xC3\xA9t)[:;]?(?:\\s+|-(?=\\p{L})|(?=notamment)))?(?:notamment|nota\\p{L}{4,7}|\\p{L}{0,3}t\\p{L}{1,2}m\\p{L}{1,4}t"
     "|en\\s+particulier|en)(?:[:.]?\\s+|-|[:.])"
     "(?:[s$§][eéè]s|[s$§][oôóò]n|les|le|l['’])(?:\\s*(?:[|:;,.‘’*-]{1,2}\\s+){0,2}|[.:]|[ \\t]*\\n[ \\t]*\\d[.,]?[ \\t]+)['‘’]?"
     "(\\p{L}{5,9})(?:\\.?[ \\t]*\\n[ \\t]*[.,*|=‘'’][ \\t]*(?=[LRD]\\.?\\s?\\d)"
     "|\\.?\\s+(?:(?:[.,:;'‘’|*=-]\\s+){1,3}(?=[LRD]\\.?\\s?\\d))?|-(?=[LRD]\\.?[ \\t]?\\d)"
     /* a colon speck glued after the article word ("ses articles: L,
       21242 et"), a code article after it */
     "|[:;][ \\t]*(?=[LRD][.,]?[ \\t]?\\d))"},
    /* an item number opening a line: "1. ", "2) ", "12 - " */
    {RX_ITEM, "\\G[ \\t]*\\d{1,3}\\s*[.)°-]\\s+"},
    /* the code before the number: "CGCT, art. L. 2122-22",
       "CGCT article L.2121-29" */
    /* … also "CGI (art. 1407 et s.)", "CGCT, notamment ses art. L.2121-29" */
    {RX_CODEART, "\\G(?:\\s*\\([A-Z]{2,8}\\))?\\s*[,(]?\\s*(?i:(?:et\\s+)?notamment\\s+s(?:es|on)\\s+)?"
     "(?i:art\\.|articles?)\\s*(?=[LRDA0-9])"},
};
#define N_REF_PATTERNS (sizeof ref_patterns / sizeof ref_patterns[0])

/* the code names' lexicon (below): its size, and the number of
   symbols of a folded name (a-z, blank, apostrophe, hyphen) */
enum { N_CODE_NAMES = 52, N_FOLD_SYMS = 29 };

typedef struct gap_word {
    const char *w;
    unsigned char f;
} gap_word;
enum { MAX_GAP_WORDS = 160 };

typedef struct ref_engine {
    ex_regex rx[N_REF_PATTERNS];
    /* per code name (codes[] below), for match_code(): its key's length,
       its symbols with their counts (nsym of them), and the names in the
       order of their window kn + kn / 12 + 1 (shortest first) */
    unsigned char klen[N_CODE_NAMES];
    unsigned char nsym[N_CODE_NAMES];
    unsigned char sym[N_CODE_NAMES][N_FOLD_SYMS];
    unsigned char cnt[N_CODE_NAMES][N_FOLD_SYMS];
    unsigned char order[N_CODE_NAMES];
    /* how much of the text match_code() folds: one more than the
       longest window kn + kn / 12 + 1, so that every test made on the
       folded text f (its length nf, f[j] for j <= the window) is the
       same as with the 96 characters read before */
    unsigned char fold_cap;
    /* the words ending the gap between an act and its date (the lists
       stop_any, term_words, stop_strong, subject_verbs below), sorted */
    gap_word gap[MAX_GAP_WORDS];
    size_t ngap;
    /* gap[gap_lo[x - 'a'] .. gap_lo[x - 'a' + 1]): the words starting
       with the letter x */
    unsigned char gap_lo[27];
} ref_engine;

static void code_tables(ref_engine *re);
static bool gap_table(ref_engine *re);

bool ex_references_init(extract_engine *e)
{
    ref_engine *re = ex_malloc(&e->alloc, sizeof *re);
    if (!re)
        return false;
    memset(re, 0, sizeof *re);
    if (!ex_rx_compile(e, ref_patterns, N_REF_PATTERNS, re->rx)) {
        ex_free(&e->alloc, re);
        return false;
    }
    code_tables(re);
    if (!gap_table(re)) {
        ex_rx_free(re->rx, N_REF_PATTERNS);
        ex_free(&e->alloc, re);
        return false;
    }
    e->references = re;
    return true;
}

void ex_references_free(extract_engine *e)
{
    ref_engine *re = e->references;
    if (!re)
        return;
    ex_rx_free(re->rx, N_REF_PATTERNS);
    ex_free(&e->alloc, re);
    e->references = NULL;
}

/* ------------------------------------------------------------------ */
/* Code names: folded key (lowercase ASCII, one blank, ' for apostrophes)
   and the name printed when the text's form is not usable (an
   abbreviation, an OCR-damaged name). */

static const struct { const char *key, *name, *abbr; } codes[] = {
    {"code general des collectivites territoriales", "Code général des collectivités territoriales", "CGCT"},
    {"code de l'action sociale et des familles", "Code de l'action sociale et des familles", "CASF"},
    {"code general des impots", "Code général des impôts", "CGI"},
    {"code general de la propriete des personnes publiques", "Code général de la propriété des personnes publiques", "CGPPP"},
    {"code de la construction et de l'habitation", "Code de la construction et de l'habitation", "CCH"},
    {"code de la sante publique", "Code de la santé publique", "CSP"},
    {"code des relations entre le public et l'administration", "Code des relations entre le public et l'administration", "CRPA"},
    {"code de justice administrative", "Code de justice administrative", "CJA"},
    {"code de la securite sociale", "Code de la sécurité sociale", "CSS"},
    {"code de la propriete intellectuelle", "Code de la propriété intellectuelle", "CPI"},
    {"code monetaire et financier", "Code monétaire et financier", "CMF"},
    {"code general de la fonction publique", "Code général de la fonction publique", "CGFP"},
    {"code de l'entree et du sejour des etrangers et du droit d'asile", "Code de l'entrée et du séjour des étrangers et du droit d'asile", "CESEDA"},
    {"code de la commande publique", "Code de la commande publique", NULL},
    {"code de la route", "Code de la route", NULL},
    {"code de la voirie routiere", "Code de la voirie routière", NULL},
    {"code de l'urbanisme", "Code de l'urbanisme", NULL},
    {"code de l'environnement", "Code de l'environnement", NULL},
    {"code de l'education", "Code de l'éducation", NULL},
    {"code de l'energie", "Code de l'énergie", NULL},
    {"code du travail", "Code du travail", NULL},
    {"code civil", "Code civil", NULL},
    {"code penal", "Code pénal", NULL},
    {"code de procedure penale", "Code de procédure pénale", NULL},
    {"code de procedure civile", "Code de procédure civile", NULL},
    {"code de commerce", "Code de commerce", NULL},
    {"code electoral", "Code électoral", NULL},
    {"code forestier", "Code forestier", NULL},
    {"code minier", "Code minier", NULL},
    {"code du patrimoine", "Code du patrimoine", NULL},
    {"code du sport", "Code du sport", NULL},
    {"code du tourisme", "Code du tourisme", NULL},
    {"code des transports", "Code des transports", NULL},
    {"code rural et de la peche maritime", "Code rural et de la pêche maritime", NULL},
    {"code rural", "Code rural", NULL},
    {"code des juridictions financieres", "Code des juridictions financières", NULL},
    {"code de la defense", "Code de la défense", NULL},
    {"code de la securite interieure", "Code de la sécurité intérieure", NULL},
    {"code des assurances", "Code des assurances", NULL},
    {"code de la consommation", "Code de la consommation", NULL},
    {"code de l'expropriation pour cause d'utilite publique", "Code de l'expropriation pour cause d'utilité publique", NULL},
    {"code de la mutualite", "Code de la mutualité", NULL},
    {"code des postes et des communications electroniques", "Code des postes et des communications électroniques", NULL},
    {"code de l'organisation judiciaire", "Code de l'organisation judiciaire", NULL},
    {"code de l'artisanat", "Code de l'artisanat", NULL},
    {"code de l'aviation civile", "Code de l'aviation civile", NULL},
    {"code des douanes", "Code des douanes", NULL},
    {"code du cinema et de l'image animee", "Code du cinéma et de l'image animée", NULL},
    {"code de la famille et de l'aide sociale", "Code de la famille et de l'aide sociale", NULL},
    {"code des communes", "Code des communes", NULL},
    {"code de la sante", "Code de la santé", NULL},
    {"code de l'action sociale", "Code de l'action sociale et des familles", NULL},
};
#define N_CODES (sizeof codes / sizeof codes[0])
_Static_assert(N_CODES == N_CODE_NAMES, "N_CODE_NAMES: the size of codes[]");

/* the symbol index of a folded character (fold_at()), or -1 */
static int fold_sym(char ch)
{
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a';
    return ch == ' ' ? 26 : ch == '\'' ? 27 : ch == '-' ? 28 : -1;
}

/* the engine's tables of the code names (match_code()) */
static void code_tables(ref_engine *re)
{
    for (size_t e = 0; e < N_CODES; e++) {
        const char *key = codes[e].key;
        size_t kn = strlen(key);
        unsigned char h[N_FOLD_SYMS] = {0};
        re->klen[e] = (unsigned char)kn;
        for (size_t i = 0; i < kn; i++) {
            int y = fold_sym(key[i]);
            if (y >= 0)
                h[y]++;
        }
        re->nsym[e] = 0;
        for (int y = 0; y < N_FOLD_SYMS; y++)
            if (h[y]) {
                re->sym[e][re->nsym[e]] = (unsigned char)y;
                re->cnt[e][re->nsym[e]++] = h[y];
            }
        /* insertion by window, stable */
        size_t w = kn + kn / 12 + 1, k = e;
        while (k > 0) {
            size_t o = re->order[k - 1], ow = re->klen[o] + re->klen[o] / 12 + 1;
            if (ow <= w)
                break;
            re->order[k] = re->order[k - 1];
            k--;
        }
        re->order[k] = (unsigned char)e;
        if (w + 1 > re->fold_cap)
            re->fold_cap = (unsigned char)(w + 1);
    }
    if (re->fold_cap > 96)
        re->fold_cap = 96;      /* MAXF of match_code() */
}

/* ------------------------------------------------------------------ */
/* Small text helpers */


/* fold the UTF-8 character at s[0..n) to a lowercase ASCII letter, '\''
   for apostrophes, ' ' for blanks; digits OCR takes for letters in names
   (1 -> l, 0 -> o); 0 for anything else.  *used: bytes consumed. */
/* fold_at()'s ASCII bytes (its first branch, a table: the bytes not
   listed fold to 0) */
static const char fold_at_ascii[128] = {
    ['\t'] = ' ', ['\n'] = ' ', ['\r'] = ' ', [' '] = ' ', ['\''] = '\'', ['-'] = '-', ['0'] = 'o',
    ['1'] = 'l', ['|'] = 'l',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

static char fold_at_slow(const char *s, size_t n, size_t *used);

/* (an ASCII byte, most calls: inline, from the table) */
static inline char fold_at(const char *s, size_t n, size_t *used)
{
    unsigned char b = (unsigned char)s[0];
    if (b < 0x80) {
        *used = 1;
        return fold_at_ascii[b];
    }
    return fold_at_slow(s, n, used);
}

static char fold_at_slow(const char *s, size_t n, size_t *used)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char b = u[0];
    *used = 1;
    if (b < 0x80) {
        if (b >= 'A' && b <= 'Z')
            return (char)(b + 32);
        if (b >= 'a' && b <= 'z')
            return (char)b;
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r')
            return ' ';
        if (b == '\'')
            return '\'';
        if (b == '1' || b == '|')
            return 'l';
        if (b == '0')
            return 'o';
        if (b == '-')
            return '-';
        return 0;
    }
    size_t k = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
    if (k > n)
        k = n;
    *used = k;
    if (b == 0xC3 && k == 2) {
        static const char map[64] =
            "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts"
            "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
        return map[u[1] & 0x3F];
    }
    if (b == 0xC5 && k == 2 && (u[1] == 0x92 || u[1] == 0x93))
        return 'o';
    if (b == 0xE2 && k == 3 && u[1] == 0x80 && (u[2] == 0x98 || u[2] == 0x99))
        return '\'';
    return 0;
}

/* the folded word at p (letters only) into w; returns its end */
static size_t word_at(const ex_text *t, size_t p, char *w, size_t cap)
{
    size_t k = 0;
    while (p < t->len) {
        size_t u;
        unsigned char b = (unsigned char)t->s[p];
        if (b < 0x80) {
            /* fold_at()'s ASCII case: a letter or the end of the word */
            if (!((b | 32) >= 'a' && (b | 32) <= 'z'))
                break;
            if (k + 1 < cap)
                w[k++] = (char)(b | 32);
            p++;
            continue;
        }
        char f = fold_at(t->s + p, t->len - p, &u);
        if (!(f >= 'a' && f <= 'z'))
            break;
        if (k + 1 < cap)
            w[k++] = f;
        p += u;
    }
    w[k] = 0;
    return p;
}

/* the trigger word [a, b) folded (OCR digits read as letters: "dé1ibération") */
static void trigger_word(const ex_text *t, size_t a, size_t b, char *w, size_t cap)
{
    size_t k = 0;
    while (a < b && k + 1 < cap) {
        size_t u;
        char f = fold_at(t->s + a, b - a, &u);
        if (f >= 'a' && f <= 'z')
            w[k++] = f;
        else if (f == ' ')
            break;
        a += u;
    }
    w[k] = 0;
}

/* a quote at i, a blank after it before b */
static bool quote_before_blank(const ex_text *t, size_t i, size_t b)
{
    size_t k = t->s[i] == '\'' ? 1 : curly_quote_len(t->s, i, b);
    return k && i + k < b && (t->s[i + k] == ' ' || t->s[i + k] == '\n');
}

/* the printed name [a, b) is usable as is: no digit read for a letter */
static bool clean_name(const ex_text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ex_is_digit(t->s[i]) || t->s[i] == '|'
            || t->s[i] == '.' || t->s[i] == ',' || t->s[i] == ':' || t->s[i] == '['
            || t->s[i] == ';' || t->s[i] == '>' || t->s[i] == '_'
            || quote_before_blank(t, i, b))
            return false;   /* (a speck "." "," ":" ";" ">" glued between two words, or a
                               quote before a blank) */
    return true;
}

/* p past blanks; at most one line break (not a blank line); *cols set when
   a run of 4 blanks or more (a column gap) was crossed */
static size_t skip_blank_run(const ex_text *t, size_t p, bool *blank_line, bool *cols);
/* (no blank at p, most calls: inline) */
static inline size_t skip_blank(const ex_text *t, size_t p, bool *blank_line, bool *cols)
{
    if (p < t->len) {
        char ch = t->s[p];
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n' && ch != '\f') {
            *blank_line = false;
            if (cols)
                *cols = false;
            return p;
        }
    }
    return skip_blank_run(t, p, blank_line, cols);
}
static size_t skip_blank_run(const ex_text *t, size_t p, bool *blank_line, bool *cols)
{
    int nl = 0, run = 0;
    *blank_line = false;
    if (cols)
        *cols = false;
    while (p < t->len) {
        char ch = t->s[p];
        if (ch == ' ' || ch == '\t' || ch == '\r') {
            if (++run >= 4 && cols)
                *cols = true;
            p++;
        } else if (ch == '\n' || ch == '\f') {
            if (++nl >= 2) {
                *blank_line = true;
                return p;
            }
            run = 0;
            p++;
        } else
            break;
    }
    return p;
}

/* the blanks [p, q) hold one line break, the line after it indented by
   as many spaces (4 or more) as the line before it, that line one block
   (no run of 4 blanks inside it): a paragraph printed in a right-hand
   column wrapping ("Vu pour être annexé à la délibération" / "du Conseil
   de District en date du" / "12 février 1975."), no column gap */
static bool wrap_same_indent(const ex_text *t, size_t p, size_t q)
{
    const char *s = t->s;
    size_t nl = p;
    while (nl < q && s[nl] != '\n')
        nl++;
    if (nl >= q)
        return false;
    size_t ind = q - nl - 1;
    if (ind < 4 || memchr(s + nl + 1, '\n', ind) || memchr(s + nl + 1, '\t', ind))
        return false;
    /* the line before: its start within 240 bytes */
    size_t a = nl, lim = nl > 240 ? nl - 240 : 0;
    while (a > lim && s[a - 1] != '\n')
        a--;
    if (a > 0 && s[a - 1] != '\n')
        return false;
    size_t k = a;
    while (k < nl && s[k] == ' ')
        k++;
    if (k - a != ind)
        return false;
    int run = 0;
    for (size_t x = k; x < nl; x++) {
        run = s[x] == ' ' || s[x] == '\t' ? run + 1 : 0;
        if (run >= 4 && x + 1 < nl)
            return false;
    }
    return true;
}

/* the first date starting in [from, from + slack] with only blanks or
   quotes before it */
static const ex_date *date_near(const ex_call *c, size_t from, size_t slack)
{
    const ex_date *d = ex_date_at(c, from, from + slack + 1);
    if (!d || !d->value.y)
        return NULL;
    for (size_t i = from; i < d->span.start; i++) {
        unsigned char ch = (unsigned char)c->text.s[i];
        if ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))
            return NULL;
    }
    return d;
}

/* the date d opens a period: "du 1er septembre 2026 au 6 juillet 2027"
   (a date after "au", only blanks between) */
static bool period_start(const ex_call *c, const ex_date *d)
{
    const ex_text *t = &c->text;
    bool bl;
    char w[4];
    size_t z = skip_blank(t, d->span.end, &bl, NULL);
    size_t ze = word_at(t, z, w, sizeof w);
    return !bl && ze == z + 2 && !strcmp(w, "au") && date_near(c, ze, 3);
}

/* a letter OCR reads for a digit, or -1 (the model's table, ocrmodel.c) */
static int ocr_digit(char ch)
{
    return ch >= '0' && ch <= '9' ? -1 : ex_ocr_digit(ch, EX_OCR_REFERENCE);
}

/* repair the segments (between - / _) of a number mostly made of digits */
static void fix_number(char *s)
{
    size_t n = strlen(s), st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '-' && s[i] != '/' && s[i] != '_' && s[i] != '.')
            continue;
        size_t dg = 0, ocr = 0;
        bool other = false;
        for (size_t k = st; k < i; k++) {
            if (ex_is_digit(s[k]))
                dg++;
            else if (ocr_digit(s[k]) >= 0)
                ocr++;
            else
                other = true;
        }
        if (!other && ocr && dg >= 2 && ocr <= dg / 2 + 1 && !ex_ocr_letter_prefix(s + st, i - st)
            && !ex_ocr_letter_suffix(s + st, i - st))
            for (size_t k = st; k < i; k++)
                if (!ex_is_digit(s[k]))
                    s[k] = (char)('0' + ocr_digit(s[k]));
        st = i + 1;
    }
}

/* s[a..b) without blanks (and line breaks), arena copy */
static char *compact(ex_call *c, size_t a, size_t b)
{
    char *out = ex_arena_alloc(&c->arena, b - a + 1);
    if (!out) {
        c->oom = true;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = a; i < b; i++) {
        char ch = c->text.s[i];
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
            out[k++] = ch;
    }
    out[k] = 0;
    return out;
}

/* Record as OCR repairs (ocrmodel.c) the letters of s[a..b) that the
   value v reads as digits.  v is s[a..b) without blanks, with 'dropped'
   stray dots (or specks [:;,] after a separator) left out ("L:.2212-2",
   "2020-:017") and some characters changed. */
static bool note_read(ex_call *c, size_t a, size_t b, const char *v, size_t dropped)
{
    const char *s = c->text.s;
    size_t k = 0;
    for (size_t i = a; i < b && v[k]; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
            continue;
        if (dropped && ((ch == '.' && v[k] != '.')
                        || ((ch == ':' || ch == ';' || ch == ',') && k
                            && (v[k - 1] == '-' || v[k - 1] == '/')))) {
            dropped--;
            continue;
        }
        if (ch != v[k] && v[k] >= '0' && v[k] <= '9' && ex_ocr_digit(ch, EX_OCR_REFERENCE) == v[k] - '0'
            && !ex_ocr_note(c, i, i + 1, EX_REPAIR_DIGIT))
            return false;
        k++;
    }
    return true;
}

/* an article number as printed without blanks, OCR-repaired:
   "L. 2121-29" -> "L.2121-29", "R:417-10" -> "R.417-10", "L:.2212-2" ->
   "L.2212-2", "L.2O12-1" */
static char *article_value(ex_call *c, size_t a, size_t b)
{
    char *v = compact(c, a, b);
    if (!v)
        return NULL;
    size_t n = strlen(v);
    size_t i = 0;
    /* letter prefix */
    while (i < n && ((v[i] >= 'A' && v[i] <= 'Z') || v[i] == '.' || v[i] == ':'
                     || v[i] == ',' || v[i] == '*')
           && !(i > 0 && ocr_digit(v[i]) >= 0 && i + 1 < n && ex_is_digit(v[i + 1]))) {
        if (v[i] == ':' || v[i] == ',')
            v[i] = '.';
        i++;
        if (i >= 3)
            break;
    }
    if (i == 0)
        return v;   /* "1636Bsexies" as printed */
    /* "L:.2212-2" (OCR): one dot after the letters */
    size_t k = 1, dropped = 0;
    while (k < i && v[k] == '.' && k + 1 < i && v[k + 1] == '.') {
        memmove(v + k, v + k + 1, n - k);
        n--;
        i--;
        dropped++;
    }
    bool ocr = false;
    if (v[0] == 'E') {  /* OCR "E. 2125-1" (RX_ART) */
        v[0] = 'L';
        ocr = true;
    }
    for (; i < n; i++)
        if ((v[i] == '.' || v[i] == ':') && i > 0 && ex_is_digit(v[i - 1]) && i + 1 < n && ex_is_digit(v[i + 1]))
            v[i] = '-';     /* the dotted form "L.2121.15", OCR "L.2122:7" */
        else if (!ex_is_digit(v[i]) && v[i] != '-' && ocr_digit(v[i]) >= 0) {
            v[i] = (char)('0' + ocr_digit(v[i]));
            ocr = true;
        }
    if (ocr && !note_read(c, a, b, v, dropped))
        return NULL;
    return v;
}

/* ------------------------------------------------------------------ */
/* Code names */

typedef struct code_match {
    int idx;        /* index in codes[], or -1 */
    size_t end;     /* view offset after the name */
    int dist;       /* edit distance (0: printed exactly) */
} code_match;

/* OCR: the "." at q, glued after a word of a code's name, is a speck
   when a lowercase word follows, glued or after one blank
   ("collectivités.territoriales", "code. général"): a typed period
   ends a sentence (a capital after it) */
static bool speck_dot_in_name(const ex_text *t, size_t q)
{
    size_t r = q + 1;
    if (r < t->len && (t->s[r] == ' ' || t->s[r] == '\n'))
        r++;
    if (r >= t->len)
        return false;
    unsigned char x = (unsigned char)t->s[r];
    return (x >= 'a' && x <= 'z')
           || (x == 0xC3 && r + 1 < t->len && (unsigned char)t->s[r + 1] >= 0xA0);
}

/* a lower-case letter at p (ASCII or a Latin-1 accented one) */
static bool lower_at(const ex_text *t, size_t p)
{
    if (p >= t->len)
        return false;
    unsigned char x = (unsigned char)t->s[p];
    return (x >= 'a' && x <= 'z')
           || (x == 0xC3 && p + 1 < t->len && (unsigned char)t->s[p + 1] >= 0xA0);
}

/* the length of an OCR speck at q at a line's edge: speck_len(), ':'
   or '>'; else 0 */
static size_t edge_speck_len(const ex_text *t, size_t q)
{
    size_t k = speck_len(t->s, q, t->len);
    if (!k && q < t->len && (t->s[q] == ':' || t->s[q] == '>'))
        k = 1;
    return k;
}

/* OCR: a speck (edge_speck_len()) at q opening its line (only blanks
   back to a line break), a blank after it ("\n: n° 2000-321",
   "\n‘ L.5211-20"): the offset past the blanks after it, else q */
static size_t line_open_speck(const ex_text *t, size_t q)
{
    size_t k = edge_speck_len(t, q);
    if (!k || q + k >= t->len || (t->s[q + k] != ' ' && t->s[q + k] != '\t'))
        return q;
    size_t b = q;
    while (b > 0 && (t->s[b - 1] == ' ' || t->s[b - 1] == '\t'))
        b--;
    if (b == 0 || t->s[b - 1] != '\n')
        return q;
    size_t r = q + k;
    while (r < t->len && (t->s[r] == ' ' || t->s[r] == '\t'))
        r++;
    return r;
}

/* OCR: a speck at a line's edge inside a code's name: at q a speck
   (edge_speck_len()) ending its line, after a blank or glued
   ("collectivités :\nterritoriales", "code de’\nla route"), or opening
   the next line (line_open_speck(): "code\n: de la commande"); the
   name goes on with a lower-case letter on the next line: the offset
   of that letter, else q */
static size_t speck_at_wrap(const ex_text *t, size_t q)
{
    size_t k = edge_speck_len(t, q);
    if (!k)
        return q;
    size_t r = q + k;
    while (r < t->len && (t->s[r] == ' ' || t->s[r] == '\t'))
        r++;
    if (r < t->len && t->s[r] == '\n') {
        r++;
        while (r < t->len && (t->s[r] == ' ' || t->s[r] == '\t'))
            r++;
        return lower_at(t, r) ? r : q;
    }
    r = line_open_speck(t, q);
    return r > q && lower_at(t, r) ? r : q;
}

/* match a code name at p (p at "code"/"Code"): the lexicon entry of
   smallest edit distance (bounded), longest first on ties */
static code_match match_code_x(const ref_engine *re, const ex_text *t, size_t p, bool cross)
{
    enum { MAXF = 96 };
    char f[MAXF];
    size_t off[MAXF + 1];
    size_t nf = 0, q = p;
    bool sp = false;
    /* the names are read in f[0..fold_cap) (fold_cap <= MAXF: see
       code_tables()), so the folding ends there */
    while (q < t->len && nf < re->fold_cap) {
        size_t u;
        char ch = fold_at(t->s + q, t->len - q, &u);
        /* OCR: a speck "." between blanks ("code delà construction .\n
           et de l'habitation"): typed text has no blank before a period */
        if (!ch && sp && nf && t->s[q] == '.' && q + 1 < t->len
            && (t->s[q + 1] == ' ' || t->s[q + 1] == '\n')) {
            q++;
            continue;
        }
        /* OCR: a speck "." glued between two letters ("collectivités.territoriales"):
           typed text has a blank after a period; a ":" so, glued on both
           sides ("des:collectivités") */
        if (!ch && !sp && nf && f[nf - 1] >= 'a' && f[nf - 1] <= 'z'
            && ((t->s[q] == '.' && speck_dot_in_name(t, q))
                || (t->s[q] == ':' && q + 1 < t->len && t->s[q + 1] != ' ' && t->s[q + 1] != '\n'
                    && speck_dot_in_name(t, q)))) {
            off[nf] = q;
            f[nf++] = ' ';
            sp = true;
            q++;
            continue;
        }
        /* OCR: a speck "," glued after "code", a lower-case word after
           one blank ("du code, de la commande publique"): no code's name
           holds a comma there */
        if (!ch && !sp && nf == 4 && !memcmp(f, "code", 4) && t->s[q] == ',' && speck_dot_in_name(t, q)) {
            off[nf] = q;
            f[nf++] = ' ';
            sp = true;
            q++;
            continue;
        }
        /* OCR: "[a" for "la" after a blank ("code de [a\nroute") */
        if (!ch && sp && nf && t->s[q] == '[' && q + 2 < t->len && t->s[q + 1] == 'a'
            && (t->s[q + 2] == ' ' || t->s[q + 2] == '\n')) {
            off[nf] = q;
            f[nf++] = 'l';
            sp = false;
            q++;
            continue;
        }
        /* OCR: a speck at a line's edge (speck_at_wrap()), or a quote
           glued after a word of 2 letters or more, then a blank and a
           lower-case word ("des’ collectivités"); not after an elided
           word ("l'", "qu'") */
        if ((!ch || ch == '\'') && nf) {
            bool word2 = nf >= 2 && f[nf - 1] >= 'a' && f[nf - 1] <= 'z' && f[nf - 2] >= 'a'
                         && f[nf - 2] <= 'z' && !(f[nf - 2] == 'q' && f[nf - 1] == 'u');
            size_t r = ch != '\'' || sp || word2 ? speck_at_wrap(t, q) : q;
            if (r == q && ch == '\'' && word2 && q + u + 1 < t->len && t->s[q + u] == ' '
                && lower_at(t, q + u + 1))
                r = q + u + 1;
            if (r > q) {
                if (!sp) {
                    off[nf] = q;
                    f[nf++] = ' ';
                }
                sp = true;
                q = r;
                continue;
            }
        }
        if (!ch)
            break;
        if (ch == ' ') {
            if (t->s[q] == '\n' && q + 1 < t->len && t->s[q + 1] == '\n') {
                /* cross: one blank line OCR put inside the name
                   ("collectivités\n\nterritoriales"), a lower-case
                   letter after it (past a speck "." opening the line:
                   "des\n\n. collectivités") */
                size_t r = q + 2;
                if (r + 2 < t->len && t->s[r] == '.' && t->s[r + 1] == ' ' && t->s[r + 2] >= 'a' && t->s[r + 2] <= 'z')
                    r += 2;
                if (!cross || !(r < t->len && t->s[r] >= 'a' && t->s[r] <= 'z'))
                    break;
                if (!sp && nf) {
                    off[nf] = q;
                    f[nf++] = ' ';
                }
                sp = true;
                q = r;
                continue;
            }
            if (!sp && nf) {
                off[nf] = q;
                f[nf++] = ' ';
            }
            sp = true;
            q += u;
            continue;
        }
        if (ch == '-' && sp)
            break;
        sp = false;
        off[nf] = q;
        f[nf++] = ch;
        q += u;
    }
    off[nf] = q;
    code_match best = {-1, p, 1000};
    size_t best_len = 0;
    /* exact (folded) names first: the longest wins */
    for (size_t e = 0; e < N_CODES; e++) {
        const char *key = codes[e].key;
        size_t kn = re->klen[e];
        if (kn > nf || kn <= best_len || memcmp(key, f, kn) != 0)
            continue;
        if (kn < nf && ((f[kn] >= 'a' && f[kn] <= 'z') || f[kn] == '\''))
            continue;
        best.idx = (int)e;
        best.dist = 0;
        best.end = off[kn];
        best_len = kn;
    }
    if (best.idx >= 0)
        return best;
    /* A necessary condition of a distance <= maxd to a prefix f[0..j)
       with j <= lim: kn - maxd of the key's symbols at least are
       matched, so found in f[0..lim) (multiset intersection).  Tested
       for every name first, in the order of their windows (the counts
       of f[0..lim) grown as lim grows); the names that pass are then
       read in the lexicon's order, as before. */
    uint64_t pass = 0;
    {
        unsigned char hf[N_FOLD_SYMS] = {0};
        size_t got = 0;
        for (size_t o = 0; o < N_CODES; o++) {
            size_t e = re->order[o];
            size_t kn = re->klen[e], maxd = kn / 12;
            size_t lim = kn + maxd + 1 < nf ? kn + maxd + 1 : nf;
            while (got < lim) {
                int y = fold_sym(f[got++]);
                if (y >= 0)
                    hf[y]++;
            }
            /* the key's symbols not found in f[0..lim): at most maxd */
            size_t missing = 0, i = 0;
            for (; i < re->nsym[e]; i++) {
                unsigned char a = re->cnt[e][i], b = hf[re->sym[e][i]];
                if (a > b && (missing += (size_t)(a - b)) > maxd)
                    break;
            }
            if (i == re->nsym[e])
                pass |= (uint64_t)1 << e;
        }
    }
    for (size_t e = 0; e < N_CODES; e++) {
        const char *key = codes[e].key;
        size_t kn = re->klen[e];
        int maxd = (int)(kn / 12);
        if (kn > nf + (size_t)maxd || !(pass >> e & 1))
            continue;
        /* quick filter: the folded text must agree with the key on most of
           its first 12 letters (each edit shifts at most what follows) */
        if (maxd == 0) {
            if (memcmp(key, f, kn < nf ? kn : nf) != 0)
                continue;
        } else {
            size_t h = kn < 12 ? kn : 12, miss = 0;
            if (h > nf)
                h = nf;
            for (size_t i = 5; i < h; i++)
                miss += key[i] != f[i];
            if (miss > (size_t)(2 * maxd) + 1)
                continue;
        }
        /* Levenshtein of key against every prefix of f, in the band
           |i - j| <= maxd: a cell outside it is at least |i - j| > maxd,
           and only cells <= maxd are used (kept, or for the early end),
           so the band's cells are computed exactly with BIG outside it
           (a cell <= maxd never comes from a cell > maxd) */
        enum { BIG = 1 << 20 };
        int prev[MAXF + 2], cur[MAXF + 2];
        size_t lim = kn + (size_t)maxd + 1 < nf ? kn + (size_t)maxd + 1 : nf;
        size_t md = (size_t)maxd;
        for (size_t j = 0; j <= lim + 1 && j <= md + 1; j++)
            prev[j] = j <= md ? (int)j : BIG;
        bool dead = false;
        for (size_t i = 1; i <= kn && !dead; i++) {
            size_t jlo = i > md ? i - md : 0, jhi = i + md < lim ? i + md : lim;
            int rowmin = BIG;
            if (jlo == 0) {
                cur[0] = (int)i;
                rowmin = cur[0];
                jlo = 1;
            } else {
                cur[jlo - 1] = BIG;
            }
            for (size_t j = jlo; j <= jhi; j++) {
                int d = prev[j - 1] + (key[i - 1] != f[j - 1]);
                if (prev[j] + 1 < d)
                    d = prev[j] + 1;
                if (cur[j - 1] + 1 < d)
                    d = cur[j - 1] + 1;
                cur[j] = d;
                if (d < rowmin)
                    rowmin = d;
            }
            if (jhi + 1 <= lim + 1)
                cur[jhi + 1] = BIG;
            size_t clo = jlo > 1 ? jlo - 1 : 0;
            memcpy(prev + clo, cur + clo, sizeof(int) * (jhi + 2 - clo));
            dead = rowmin > maxd;   /* no prefix can come back under the bound */
        }
        if (dead)
            continue;
        for (size_t j = kn > (size_t)maxd ? kn - (size_t)maxd : 1; j <= lim; j++) {
            if (prev[j] > maxd)
                continue;
            /* must end at a word end */
            if (j < nf && f[j] >= 'a' && f[j] <= 'z')
                continue;
            if (j < nf && f[j] == '\'')
                continue;
            if (prev[j] < best.dist || (prev[j] == best.dist && kn > best_len)) {
                best.idx = (int)e;
                best.dist = prev[j];
                best.end = off[j];
                if (j > 0 && f[j - 1] == ' ')
                    best.end = off[j - 1];
                best_len = kn;
            }
        }
    }
    if (best.idx < 0)
        best.end = p;
    return best;
}

/* the code name at p (match_code_x()); where none is read, the same
   across one blank line inside the name (OCR): a name read without
   crossing stays as it was */
static code_match match_code(const ref_engine *re, const ex_text *t, size_t p)
{
    code_match m = match_code_x(re, t, p, false);
    if (m.idx < 0)
        m = match_code_x(re, t, p, true);
    return m;
}

/* ------------------------------------------------------------------ */
/* The reference builder */

typedef struct ref_state {
    ex_call *c;
    const ref_engine *re;
    const char *last_code;      /* the last code named, for "du même code" */
    ex_reference_vec headings;  /* own-number candidates, settled at the end */
    EX_VEC(size_t) footers;     /* references on running-title-like lines */
    const char *rg[40];         /* article ranges of the list being read: */
    size_t nrg;                 /* pairs (first, last) */
    unsigned char minutes;      /* minutes_text(): 0 not read yet, 1 no, 2 yes */
} ref_state;

typedef struct act_result {
    bool ok;
    int kind;
    size_t num_a, num_b;        /* number span (num_b == 0: none) */
    const ex_date *date;
    bool multi;                 /* several dates: date null */
    bool speck;                 /* a speck inside the number (speck_in_number()) */
    size_t end;
    bool multi_num;             /* several numbers: number and date null */
} act_result;

/* w starts with the word p (strncmp(w, p, strlen(p)) == 0) */
static bool starts_with(const char *w, const char *p)
{
    for (; *p; p++, w++)
        if (*w != *p)
            return false;
    return true;
}

static int act_kind(const char *w)
{
    /* w: the folded trigger word, possibly two words ("lois organiques");
       the prefixes tested by their first letter */
    switch (w[0]) {
    case 'l':
        if (starts_with(w, "loi"))
            return strstr(w, "organique") ? K_LOI_ORGANIQUE : K_LOI;
        break;
    case 'o':
        if (starts_with(w, "ordonnance")) return K_ORDONNANCE;
        break;
    case 'd':
        if (starts_with(w, "decret")) return K_DECRET;
        /* "deiib": "deIibération", the l read as I by OCR */
        if (starts_with(w, "delib") || starts_with(w, "deiib")) return K_DELIBERATION;
        if (starts_with(w, "decision")) return K_DECISION;
        if (starts_with(w, "directive")) return K_DIRECTIVE;
        break;
    case 'a':
        if (starts_with(w, "arret")) return K_ARRETE;
        if (starts_with(w, "avenant")) return K_CONVENTION;
        /* "l'acte du conseil d'administration n° 2024-31" (collèges,
           lycées): their board's délibération */
        if (starts_with(w, "acte")) return K_DELIBERATION;
        break;
    case 'c':
        if (starts_with(w, "circulaire")) return K_CIRCULAIRE;
        if (starts_with(w, "convention") || starts_with(w, "contractualisation")
            || starts_with(w, "contrat"))
            return K_CONVENTION;
        break;
    case 'm':
        if (starts_with(w, "march")) return K_CONVENTION;   /* marché (public) */
        break;
    case 'i':
        if (starts_with(w, "instruction")) return K_INSTRUCTION;
        break;
    case 'r':
        if (starts_with(w, "reg")) return K_REGLEMENT;
        break;
    default:
        break;
    }
    return K_OTHER;  /* protocole */
}

static bool weak_kind(int k) { return k == K_CONVENTION || k == K_OTHER; }

/* words that end the gap between an act and its date */
static const char *const stop_any[] = {
    "relatif", "relative", "relatifs", "relatives", "portant", "approuvant",
    "autorisant", "fixant", "modifiant", "prenant", "creant", "visant",
    "concernant", "instituant", "reglementant", "accordant", "designant",
    "attribuant", "definissant", "pris", "prise", "prises", "adoptant", "qui", "dont",
    "approuve", "approuvee", "approuves", "approuvees", "adopte", "adoptee",
    "vu", "considerant", "article", "articles", "code", NULL
};
static const char *const stop_strong[] = {
    "en", "pour", "par", "a", "avec", "sur", "dans", "ou", "entre",
    "que", "sous", "afin", "au", "aux", "lors", "selon", "vers", "chez", "est",
    "sont", "ont", "sera", "ne", "se", "il", "elle", "ce", "cette", "ces",
    "ayant", "etant", "precite", "precitee", "susvise", "susvisee", "joint",
    "jointe", "annexe", "ci", "modifie", "modifiee", "signe", "signee", "seance",
    "reunion", NULL
};

/* words that open a term, not a citation: "à compter du 15 avril 2024",
   "jusqu'au", "pour une durée de trois ans", "à partir du" */
static const char *const term_words[] = {
    "compter", "jusqu", "duree", "partir", "echeance", NULL
};
/* verbs after an act word used as a subject ("La convention est conclue
   pour...", "Le présent arrêté sera publié"): the act itself, not a
   citation */
static const char *const subject_verbs[] = {
    "est", "sont", "sera", "seront", "prend", "prendra", "prennent", "entre",
    "entrera", "peut", "pourra", "pourront", "fait", "vise",
    "porte", "definit", "precise", "fixe", "regit", "annule", "remplace",
    "abroge", "prevoit", "comporte", "lie", "engage", NULL
};

/* determiners: a qualifier after " – " holds none ("arrêté de mise en
   sécurité – procédure urgente n° …", not "– le conseil municipal") */
static const char *const determiners[] = {
    "le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette",
    "ces", "son", "sa", "ses", "leur", "leurs", NULL
};

/* the lists (W_ flags) holding the folded word w: a binary search of the
   engine's merged table of the five lists above (gap_table()) */
enum { W_ANY = 1, W_TERM = 2, W_STRONG = 4, W_SUBJ = 8, W_DET = 16 };
static unsigned gap_flags(const ref_engine *re, const char *w)
{
    size_t lo = 0, hi = re->ngap;
    if (w[0] >= 'a' && w[0] <= 'z') {
        lo = re->gap_lo[w[0] - 'a'];
        hi = re->gap_lo[w[0] - 'a' + 1];
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *g = re->gap[mid].w;
        /* strcmp()'s order (unsigned chars), the bytes compared inline
           (the words are short) */
        const unsigned char *x = (const unsigned char *)g, *y = (const unsigned char *)w;
        while (*x && *x == *y) {
            x++;
            y++;
        }
        int r = (int)*x - (int)*y;
        if (!r)
            return re->gap[mid].f;
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int gap_cmp(const void *x, const void *y)
{
    const gap_word *a = x, *b = y;
    return strcmp(a->w, b->w);
}

/* the engine's merged table of the gap lists: sorted, one entry per word
   with the lists holding it; false when MAX_GAP_WORDS is too small */
static bool gap_table(ref_engine *re)
{
    static const struct { const char *const *list; unsigned f; } lists[] = {
        {stop_any, W_ANY}, {term_words, W_TERM}, {stop_strong, W_STRONG},
        {subject_verbs, W_SUBJ}, {determiners, W_DET},
    };
    size_t n = 0;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (const char *const *w = lists[l].list; *w; w++) {
            if (n == MAX_GAP_WORDS)
                return false;
            re->gap[n].w = *w;
            re->gap[n++].f = (unsigned char)lists[l].f;
        }
    ex_sort(re->gap, n, sizeof *re->gap, gap_cmp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k && !strcmp(re->gap[k - 1].w, re->gap[i].w))
            re->gap[k - 1].f |= re->gap[i].f;
        else
            re->gap[k++] = re->gap[i];
    }
    re->ngap = k;
    /* the letters' ranges (the table is in strcmp() order) */
    size_t i = 0;
    for (int x = 0; x < 27; x++) {
        while (i < k && (unsigned char)re->gap[i].w[0] < 'a' + x)
            i++;
        re->gap_lo[x] = (unsigned char)i;
    }
    return true;
}

/* the ASCII letters and digits */
static const unsigned char ascii_alnum[256] = {
#define R8(x) [x] = 1, [x + 1] = 1, [x + 2] = 1, [x + 3] = 1, [x + 4] = 1, [x + 5] = 1, [x + 6] = 1, [x + 7] = 1
    R8('0'), ['8'] = 1, ['9'] = 1, R8('A'), R8('I'), R8('Q'), ['Y'] = 1, ['Z'] = 1,
    R8('a'), R8('i'), R8('q'), ['y'] = 1, ['z'] = 1,
#undef R8
};

static bool trigger_prefix(const ex_text *t, size_t p);

/* RX_BARENUM's year-direction-rank alternative ("2023 DVD 87", the one
   holding a blank) is the format of ex_year_code(), which also rules out
   a function word or a currency in capitals ("2024 DES 12"): the regex
   finds it, ex_year_code() decides */
static bool barenum_ok(const ex_text *t, const PCRE2_SIZE *ov)
{
    size_t a = ov[2], n = ov[3] - ov[2];
    return !memchr(t->s + a, ' ', n) || ex_year_code(t->s + a, n) == n;
}

/* Can pattern RX_QUAL, RX_NUM, RX_BARENUM, RX_CONN, RX_ARTSEP or
   RX_ARTTAIL match at q?  Its first characters, a necessary condition (caseless letters: none of
   them has a non-ASCII case variant), so that pcre2 is called only
   when it may match. */
static inline bool may_match(int pat, const ex_text *t, size_t q)
{
    if (q >= t->len)
        return true;    /* let the pattern answer */
    unsigned char a = (unsigned char)t->s[q];
    unsigned char b = q + 1 < t->len ? (unsigned char)(t->s[q + 1] | 32) : 0;
    unsigned char b0 = q + 1 < t->len ? (unsigned char)t->s[q + 1] : 0;
    switch (pat) {
    case RX_QUAL: {     /* (UE) préfectoral interministériel municipal conjoint
                           cadre organique modificatif rectificatif départemental
                           régional communautaire exécutoire: the first two
                           letters (caseless, none with a case out of ASCII),
                           the third after d[ée] (p); a byte >= 0x80 where
                           [ée] reads is checked for é or É (C3 A9, C3 89) */
        unsigned char c2 = q + 2 < t->len ? (unsigned char)t->s[q + 2] : 0;
        unsigned char c3 = q + 3 < t->len ? (unsigned char)t->s[q + 3] : 0;
        if (a == '(')
            return b == 'u' || b == 'c' || b == 'e';
        if (a < 'A')
            return false;
        switch (a | 32) {
        case 'p': return b == 'r';
        case 'i': return b == 'n';
        case 'm': return b == 'u' || b == 'i' || b == 'o';
        case 'c': return b == 'o' || b == 'a';
        case 'o': return b == 'r';
        case 'r': return b == 'e' || (b0 == 0xC3 && (c2 == 0xA9 || c2 == 0x89));
        case 'd':
            return (b == 'e' && (c2 | 32) == 'p')
                   || (b0 == 0xC3 && (c2 == 0xA9 || c2 == 0x89) && (c3 | 32) == 'p');
        case 'e': return b == 'x';
        default: return false;
        }
    }
    case RX_NUM:        /* n°, no, numéro, NOR, OCR h° ri° */
        return (a | 32) == 'n' || (a == 'h' && b0 == 0xC2)
               || (a == 'r' && b0 == 'i' && q + 2 < t->len && (unsigned char)t->s[q + 2] == 0xC2);
    case RX_BARENUM:    /* [A-Z0-9] */
        return (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9');
    case RX_CONN: {     /* en date, signé, conclu, adopté, notifié, du, des */
        /* the bytes after the first two (0 past the end): "en" before
           a blank (\s: ASCII or not) or a speck [.,:;'] ([’]: >= 0x80),
           "sig", "concl", "ado", "not", "du" or
           "des" before no ASCII letter or digit ((?![\p{L}\d])); none
           of these letters but s has a case out of ASCII */
        unsigned char c2 = q + 2 < t->len ? (unsigned char)t->s[q + 2] : 0;
        unsigned char c3 = q + 3 < t->len ? (unsigned char)t->s[q + 3] : 0;
        switch (a | 32) {
        case 'e':
            return b == 'n' && (c2 >= 0x80 || c2 == ' ' || c2 == '\t' || c2 == '\n'
                                || c2 == '\r' || c2 == '\f' || c2 == '\v' || c2 == '.'
                                || c2 == ',' || c2 == ':' || c2 == ';' || c2 == '\'');
        case 's': return b == 'i' && (c2 | 32) == 'g';
        case 'c': return b == 'o' && (c2 | 32) == 'n' && (c3 | 32) == 'c';
        case 'a': return b == 'd' && (c2 | 32) == 'o';
        case 'n': return b == 'o' && (c2 | 32) == 't';     /* notifié le */
        case 'd':
            if (b == 'u')
                return !ascii_alnum[c2];
            if (b0 == 0xC3 && c2 == 0xBB)   /* OCR "dû" */
                return !ascii_alnum[c3];
            /* (caseless s: also the long s, C5 BF) */
            return b == 'e' && ((c2 | 32) == 's' ? !ascii_alnum[c3] : c2 == 0xC5);
        default: return false;
        }
    }
    case RX_ARTSEP:     /* \s* then ",", "-à", or \s and et/à/a/ou/ef
                           (caseless), or an OCR speck . : ; * | = ' (the
                           curly quotes: >= 0x80); \s out of ASCII is left
                           to pcre2 */
    case RX_ARTTAIL: {  /* [\s,]* then "et suivants", "alinéa", "al.", a
                           digit (\d out of ASCII left to pcre2), "du",
                           "de", "dudit" (caseless) */
        size_t r = q;
        while (r < t->len && (t->s[r] == ' ' || t->s[r] == '\t' || t->s[r] == '\n'
                              || t->s[r] == '\r' || t->s[r] == '\f' || t->s[r] == '\v'
                              || (pat == RX_ARTTAIL && t->s[r] == ',')))
            r++;
        if (r >= t->len)
            return false;
        unsigned char x = (unsigned char)t->s[r], lx = x | 32;
        if (x >= 0x80)
            return true;
        if (pat == RX_ARTSEP)
            return x == ',' || x == '-' || x == ';' || lx == 'e' || lx == 'a' || lx == 'o'
                   || x == '.' || x == ':' || x == '*' || x == '|' || x == '=' || x == '\'';
        return lx == 'e' || lx == 'a' || lx == 'd' || x == '.' || (x >= '0' && x <= '9');
    }
    default:
        return true;
    }
}

static bool has_digit(const ex_text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ex_is_digit(t->s[i]))
            return true;
    return false;
}

/* the number RX_NUM captured at [a, b) holds a digit (or is a code in
   capitals a speck glues to its digits, speck_in_number()); a letters prefix
   and a blank ("DCM 2024/018") only when ex_number_prefix() takes it
   (no function word: "n° DU 12" is none) */
static size_t speck_in_number(const ex_text *t, size_t a, size_t b);

static bool num_ok(const ex_text *t, size_t a, size_t b)
{
    if (!has_digit(t, a, b))
        return speck_in_number(t, a, b) != b;   /* OCR "n° CP:2026-05-22" */
    size_t k = a;
    while (k < b && t->s[k] >= 'A' && t->s[k] <= 'Z')
        k++;
    return !(k < b && t->s[k] == ' ') || ex_number_prefix(t->s + a, b - a) > 0;
}

/* OCR: a speck inside a number RX_NUM captured at [a, b) that holds a
   '-' or '/' already: for a separator, glued between an ASCII letter
   or digit and a digit ("n° 2023-DRCL:118": ':' or ';', a ',' only
   after a letter: "12,5" is a decimal), or glued after a separator
   ("n° 2020-:017": ':' ';' ','), or after a year alone ("n° 2000:321":
   ':' ';'), or after a code in capitals ("n° CP:2026-05-22", its tail
   holding a '-' or '/'); then the number's parts go on
   ([A-Za-z0-9] runs joined by '-' or '/', the first a digit), and no
   letter or digit follows.  Returns the number's end, b when none. */
static size_t speck_in_number(const ex_text *t, size_t a, size_t b)
{
    const char *s = t->s;
    if (b <= a || b + 2 >= t->len)
        return b;
    size_t q = b;
    bool after_sep = s[q] == '-' || s[q] == '/';
    if (after_sep)
        q++;
    char sp = s[q], pv = s[b - 1];
    bool letter = (pv | 32) >= 'a' && (pv | 32) <= 'z';
    if (!(sp == ':' || sp == ';' || (sp == ',' && (letter || after_sep))) || !(letter || ex_is_digit(pv)))
        return b;
    /* (or a year's four digits before ':' ';': "loi n° 2000:321", the
       year-rank number of a loi or a décret) */
    bool year = b - a == 4 && ex_is_digit(s[a + 2]) && ex_is_digit(s[a + 3])
                && ((s[a] == '1' && s[a + 1] == '9') || (s[a] == '2' && s[a + 1] == '0')) && sp != ',';
    /* (or a code in capitals before ':' ';': "n° CP:2026-05-22", its
       tail then holding a '-' or '/') */
    bool code = !after_sep && !year && sp != ',' && b - a >= 2 && b - a <= 6;
    for (size_t k = a; code && k < b; k++)
        code = s[k] >= 'A' && s[k] <= 'Z';
    if (!after_sep && !year && !code && !memchr(s + a, '-', b - a) && !memchr(s + a, '/', b - a))
        return b;
    size_t e = q + 1;
    if (!(e < t->len && ex_is_digit(s[e])))
        return b;
    while (e < t->len && e - q <= 24) {
        if (ascii_alnum[(unsigned char)s[e]])
            e++;
        else if ((s[e] == '-' || s[e] == '/') && e + 1 < t->len && ascii_alnum[(unsigned char)s[e + 1]])
            e += 2;
        else
            break;
    }
    if (e < t->len && (ascii_alnum[(unsigned char)s[e]] || s[e] == '_' || (unsigned char)s[e] >= 0x80))
        return b;
    if (code && !memchr(s + q, '-', e - q) && !memchr(s + q, '/', e - q))
        return b;
    return e;
}

/* OCR: a scan blank inside the last group of a number RX_NUM captured at
   [a, b) ("n° PREF-DCL-BE-2026-0 102 du 9 mars 2026"): the number ends
   with a year (19xx / 20xx), a separator and 1 to 3 digits, one blank,
   then 1 to 4 digits that complete the group (3 to 5 digits in all),
   then "du" and a date, or the line's end.  Returns the number's end
   past the digits, b when none ("n° 2026-0 du 3 mars": no digits after
   the blank; "n° 2026-12 3 délibérations": no date after them). */
static size_t blank_in_number(const ex_call *c, size_t a, size_t b)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t g = b;
    while (g > a && ex_is_digit(s[g - 1]))
        g--;
    size_t l = b - g;
    if (l < 1 || l > 3 || g < a + 5 || (s[g - 1] != '-' && s[g - 1] != '/') || b + 2 >= t->len
        || s[b] != ' ' || !ex_is_digit(s[b + 1]))
        return b;
    const char *y = s + g - 5;
    if (!(ex_is_digit(y[0]) && ex_is_digit(y[1]) && ex_is_digit(y[2]) && ex_is_digit(y[3])
          && ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')))
        || (g - 5 > a && ascii_alnum[(unsigned char)s[g - 6]]))
        return b;
    size_t e = b + 1;
    while (e < t->len && ex_is_digit(s[e]))
        e++;
    size_t m = e - b - 1;
    if (m > 4 || l + m < 3 || l + m > 5)
        return b;
    if (e >= t->len || s[e] == '\n')
        return e;
    if (s[e] != ' ')
        return b;
    char w[8];
    size_t we = word_at(t, e + 1, w, sizeof w);
    return !strcmp(w, "du") && date_near(c, we, 3) ? e : b;
}

/* "convention pluriannuelle d'objectifs n° 2022-CULT-045",
   "convention pluriannuelle d'objectifs et de moyens n° CPOM-2025-03",
   "convention d'occupation temporaire du domaine public n° 12": the
   words of a convention's name (1 to 6 words in lower case, on the
   same line)
   before its number sign; returns where the number sign starts, or p
   when no number sign follows them */
static size_t convention_name(ex_call *c, const ex_regex *rx, size_t p)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    bool bl, cols;
    size_t q = skip_blank(t, p, &bl, &cols);
    if (bl || cols || (may_match(RX_NUM, t, q) && ex_rx_match(c, &rx[RX_NUM], q, 0) > 0))
        return p;
    for (int words = 0; words < 6; words++) {
        size_t w = q;
        while (w < t->len) {
            unsigned char ch = (unsigned char)s[w];
            if ((ch >= 'a' && ch <= 'z') || ch == '\'' || ch == '-')
                w++;
            else if (ch == 0xC3 && w + 1 < t->len && (unsigned char)s[w + 1] >= 0xA0)
                w += 2;     /* à é è ê ô ... */
            else if (ch == 0xE2 && w + 2 < t->len && (unsigned char)s[w + 1] == 0x80
                     && (unsigned char)s[w + 2] == 0x99)
                w += 3;     /* ’ */
            else
                break;
        }
        if (w == q || (w < t->len && !(s[w] == ' ' || s[w] == '\t')))
            return p;
        /* another act named in between: "Convention annexée à la
           délibération n° …" (the number is the délibération's) */
        if (w - q >= 3 && (s[q] == 'd' || s[q] == 'a' || s[q] == 'l' || s[q] == 'o')) {
            static const char *const acts[] = {
                "deliberation", "deliberations", "arrete", "arretes", "decision", "decisions",
                "decret", "decrets", "loi", "lois", "ordonnance", "ordonnances", NULL
            };
            char aw[16];
            word_at(t, q, aw, sizeof aw);
            if (ex_in_list(aw, acts))
                return p;
        }
        q = skip_blank(t, w, &bl, &cols);
        if (bl || cols)
            return p;
        if (may_match(RX_NUM, t, q) && ex_rx_match(c, &rx[RX_NUM], q, 0) > 0
            && num_ok(t, ex_ov(c)[2], ex_ov(c)[3]))
            return w;
    }
    return p;
}

/* the trigger at ta goes on a sentence: a letter, a digit, an
   apostrophe or a comma before it on its line ("de la loi", "l'arrêté"),
   not a line start */
static bool inside_sentence(const ex_text *t, size_t ta)
{
    size_t q = ta;
    while (q > 0 && (t->s[q - 1] == ' ' || t->s[q - 1] == '\t'))
        q--;
    if (q == 0)
        return false;
    unsigned char ch = (unsigned char)t->s[q - 1];
    if (q == ta)    /* glued: "l'arrêté", "l’arrêté" (’ ends in 0x99) */
        return ch == '\'' || ch == 0x99;
    return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || ch >= 0x80 || ch == ',';
}

/* a ":" after a blank ending the line, the act's number sign opening
   the next one ("arrêté préfectoral :\nn° 2019-1842 du ...", an OCR
   speck or a typed colon): not the end of a singular act's words (after
   a plural, "les délibérations suivantes :", a list follows) */
static bool speck_colon_before_number(ex_call *c, const ex_regex *rx, size_t q)
{
    const ex_text *t = &c->text;
    if (q == 0 || t->s[q - 1] != ' ')
        return false;
    size_t z = q + 1;
    while (z < t->len && (t->s[z] == ' ' || t->s[z] == '\t'))
        z++;
    if (z >= t->len || t->s[z] != '\n')
        return false;
    z++;
    while (z < t->len && (t->s[z] == ' ' || t->s[z] == '\t'))
        z++;
    z = line_open_speck(t, z);     /* OCR: "loi :\n: n° 2000-321" */
    return z < t->len && (t->s[z] | 32) == 'n'
           && ex_rx_match(c, &rx[RX_NUM], z, 0) > 0;
}

/* OCR: a speck ":" ";" "|" standing alone at q (a blank before it)
   between an act's words and its date, on the same line or at the
   line's end ("arrêté préfectoral n° 46-2019-06-112 :\ndu 21 juin 2019"):
   true when a date connector with a date right after it follows (the
   speck is stepped over); a list or a clause after it stops the act */
static bool speck_before_date(ex_call *c, const ex_regex *rx, size_t q)
{
    const ex_text *t = &c->text;
    char ch = t->s[q];
    if ((ch != ':' && ch != ';' && ch != '|') || q == 0)
        return false;
    /* OCR: the speck glued between the number and the connector, for
       the blank ("n° 2025-019:du 8 avril 2025") */
    bool glued = (ch == ':' || ch == ';') && ex_is_digit(t->s[q - 1]) && q + 1 < t->len
                 && (t->s[q + 1] == 'd' || t->s[q + 1] == 'e');
    if (t->s[q - 1] != ' ' && t->s[q - 1] != '\t' && !glued)
        return false;
    size_t z = q + 1;
    while (z < t->len && (t->s[z] == ' ' || t->s[z] == '\t'))
        z++;
    if (z < t->len && t->s[z] == '\n')
        z++;
    while (z < t->len && (t->s[z] == ' ' || t->s[z] == '\t'))
        z++;
    unsigned char c0 = z < t->len ? (unsigned char)(t->s[z] | 32) : 0;
    if ((z == q + 1 && !glued) || !(c0 == 'd' || c0 == 'e' || c0 == 's' || c0 == 'c' || c0 == 'a'))
        return false;
    if (ex_rx_match(c, &rx[RX_CONN], z, 0) <= 0)
        return false;
    return date_near(c, ex_ov(c)[1], 3) != NULL;
}

/* "mise en demeure", "mise en sécurité", "mises en service": the "en"
   at q (its word ending at we) after "mise(s)" is part of the act's
   name, no preposition ending the gap */
static bool mise_en(const ex_text *t, size_t q)
{
    size_t b = q;
    while (b > 0 && is_blank(t->s[b - 1]))
        b--;
    if (b == q)
        return false;
    size_t a = b;
    while (a > 0 && ((t->s[a - 1] | 32) >= 'a' && (t->s[a - 1] | 32) <= 'z'))
        a--;
    if (a > 0 && (unsigned char)t->s[a - 1] >= 0x80)
        return false;   /* "remise": a letter before, not ASCII */
    return (b - a == 4 && ex_match_fold(t->s + a, 4, "mise"))
           || (b - a == 5 && ex_match_fold(t->s + a, 5, "mises"));
}

/* after a dash at q (" – " or " — "): 1 to 3 bare lower-case words (no
   gap stop word, no determiner) then the act's number: "arrêté de mise
   en sécurité – procédure urgente n° PH-2026-04" goes on over the
   qualifier to its number; where the number opens (0: not so) */
static size_t dash_qualifier(ex_call *c, const ex_regex *rx, const ref_engine *re, size_t q)
{
    const ex_text *t = &c->text;
    size_t p = q + 3;
    int words = 0;
    while (p < t->len && words <= 3) {
        size_t z = p;
        while (z < t->len && is_blank(t->s[z]))
            z++;
        if (z == p || z >= t->len)
            return 0;
        if (words && (t->s[z] == 'n' || t->s[z] == 'N') && ex_rx_match(c, &rx[RX_NUM], z, 0) > 0
            && num_ok(t, ex_ov(c)[2], ex_ov(c)[3]))
            return z;
        if (!(t->s[z] >= 'a' && t->s[z] <= 'z'))
            return 0;
        char w[32];
        size_t we = word_at(t, z, w, sizeof w);
        if (we == z || gap_flags(re, w))
            return 0;
        p = we;
        words++;
    }
    return 0;
}

/* [q, we) (word w) is a lower-case connector inside a place name:
   "sur", "sous", "en", "au", "aux" between two hyphens
   ("Brézolles-sur-Loire", "Saint-Julien-en-Born") or between two
   capitalised words one blank apart ("Brézolles sur Loire"): no end of
   the gap between an act and its date ("la délibération du conseil
   municipal de Marcy-sur-Anse du 11 mars 2025") */
static bool place_connector(const ex_text *t, size_t q, size_t we, const char *w)
{
    static const char *const conn[] = {"sur", "sous", "en", "au", "aux", NULL};
    const char *s = t->s;
    if (q < 2 || we + 1 >= t->len || !ex_in_list(w, conn) || !(s[q] >= 'a' && s[q] <= 'z'))
        return false;
    if (s[q - 1] == '-' && s[we] == '-')
        return ex_num_is_letter(s + q - 2, 1) || ((unsigned char)s[q - 2] & 0xC0) == 0x80;
    if (s[q - 1] != ' ' || s[we] != ' ' || !ex_upper_start(s + we + 1, t->len - we - 1))
        return false;
    size_t b = q - 1;   /* the previous word: capitalised */
    while (b > 0 && (ex_num_is_letter(s + b - 1, 1) || ((unsigned char)s[b - 1] & 0x80) || s[b - 1] == '-'))
        b--;
    return b < q - 1 && ex_upper_start(s + b, q - 1 - b);
}

/* the first character at or after p that is no blank nor line end */
static size_t skip_ws(const ex_text *t, size_t p)
{
    while (p < t->len && (t->s[p] == ' ' || t->s[p] == '\t' || t->s[p] == '\n'))
        p++;
    return p;
}

/* an item of a bracketed date list naming a body by its place, after
   the first item: "du conseil communautaire de la communauté de
   communes du Haut-Garlandais" ([w, o): "du", "de la", "des" first, a
   capitalised last word) */
static bool body_item(const char *s, size_t w, size_t o)
{
    if (o - w < 6 || s[w] != 'd' || (s[w + 1] != 'u' && s[w + 1] != 'e'))
        return false;
    size_t k = w + 2 + (s[w + 1] == 'e' && s[w + 2] == 's');    /* after "du", "de", "des" */
    if (!(is_blank(s[k]) || is_nl(s[k])))
        return false;
    size_t e = o;
    while (e > w && (is_blank(s[e - 1]) || is_nl(s[e - 1])))
        e--;
    size_t b = e;
    while (b > w && !(is_blank(s[b - 1]) || is_nl(s[b - 1])))
        b--;
    return b > w && b < e && ex_upper_start(s + b, e - b);
}

/* after the ":" at q of a plural act's words, a list of places each
   with its act's date in brackets ("des communes membres : Ville-A
   (11 mars 2025), Ville-B (14 mars 2025) et Ville-C (2 avril 2025)"):
   the end of the last date (the closing bracket left out), 0 for none
   (fewer than two items, an item without its bracketed date) */
static size_t bracket_date_list(const ex_call *c, size_t q)
{
    const ex_text *t = &c->text;
    const char *s = t->s;
    size_t end = 0, items = 0;
    for (size_t p = q + 1; p < t->len;) {
        size_t o = p;
        /* the name (OCR may put a blank line inside it, or read the
           bracket as "{") */
        while (o < t->len && o < p + 80 && s[o] != '(' && s[o] != '{' && s[o] != ';' && s[o] != ':'
               && s[o] != '.' && s[o] != ')')
            o++;
        size_t w = p;
        while (w < o && (s[w] == ' ' || s[w] == '\t' || s[w] == '\n'))
            w++;
        if (o >= t->len || (s[o] != '(' && s[o] != '{') || w == o
            || !(ex_upper_start(s + w, o - w) || (items && body_item(s, w, o))))
            break;   /* each item a place's name, then its bracket */
        const ex_date *d = date_near(c, o + 1, 1);
        if (!d || d->span.end >= t->len || s[d->span.end] != ')')
            break;
        end = d->span.end;
        items++;
        p = d->span.end + 1;
        /* then ", ", " et " or ", et " before the next item */
        size_t z = skip_ws(t, p);
        if (z < t->len && s[z] == ',')
            z = skip_ws(t, z + 1);
        if (z + 3 < t->len && s[z] == 'e' && s[z + 1] == 't' && (s[z + 2] == ' ' || s[z + 2] == '\n'))
            z = skip_ws(t, z + 2);
        if (z == skip_ws(t, p))
            break;
        p = z;
    }
    return items >= 2 ? end : 0;
}

/* Parse an act at trigger [ta, tb) of kind k; a reference when it has a
   number or a date */
/* "n° 2024-031 [du …] et n° 2025-012": a plural act word's next number
   ("et" then a number sign), read from p; the end of that number, or 0 */
static size_t and_number(ex_call *c, const ex_regex *rx, size_t p)
{
    const ex_text *t = &c->text;
    bool bl, cols;
    size_t q = skip_blank(t, p, &bl, &cols);
    if (bl || cols || q + 3 >= t->len || t->s[q] != 'e' || t->s[q + 1] != 't'
        || (t->s[q + 2] != ' ' && t->s[q + 2] != '\n'))
        return 0;
    q = skip_blank(t, q + 2, &bl, &cols);
    if (bl || cols || q >= t->len || (t->s[q] | 32) != 'n')
        return 0;
    if (!(may_match(RX_NUM, t, q) && ex_rx_match(c, &rx[RX_NUM], q, 0) > 0
          && num_ok(t, ex_ov(c)[2], ex_ov(c)[3])))
        return 0;
    PCRE2_SIZE *ov = ex_ov(c);
    size_t nb = ex_number_suffix(t->s, ov[2], ov[3], t->len);
    return nb > ov[1] ? nb : ov[1];
}

static act_result parse_act(ref_state *st, size_t ta, size_t tb, int k, bool plural)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    const ex_regex *rx = st->re->rx;
    act_result r = {false, k, 0, 0, NULL, false, false, tb, false};
    size_t multi_end = 0;
    bool weak = weak_kind(k);
    size_t p = tb, last = tb;
    bool upper = ex_is_upper_word(t->s + ta, tb - ta);
    bool bl, cols;
    /* qualifiers, then a number */
    for (int guard = 0; guard < 4; guard++) {
        size_t q = skip_blank(t, p, &bl, &cols);
        if (bl || cols)
            break;
        if (may_match(RX_QUAL, t, q) && ex_rx_match(c, &rx[RX_QUAL], q, 0) > 0) {
            p = last = ex_ov(c)[1];
            continue;
        }
        break;
    }
    if (k == K_CONVENTION)
        p = convention_name(c, rx, p);
    {
        size_t q = skip_blank(t, p, &bl, &cols);
        if (bl && !cols && !upper && inside_sentence(t, ta)) {
            /* OCR put a blank line between the lines of a sentence: "de la
               loi" + blank line + "n° 2000-321 du ..."; only a number sign
               with a number after it */
            bool bl2, cols2;
            size_t q2 = skip_blank(t, q + 1, &bl2, &cols2);
            if (!bl2 && !cols2 && q2 < t->len && (t->s[q2] == 'n' || t->s[q2] == 'N')
                && may_match(RX_NUM, t, q2) && ex_rx_match(c, &rx[RX_NUM], q2, 0) > 0
                && has_digit(t, ex_ov(c)[2], ex_ov(c)[3])) {
                q = q2;
                bl = false;
            } else if (!bl2 && !cols2 && q2 < t->len && (t->s[q2] == 'd' || t->s[q2] == 'e')
                       && may_match(RX_CONN, t, q2) && ex_rx_match(c, &rx[RX_CONN], q2, 0) > 0
                       && date_near(c, ex_ov(c)[1], 3)) {
                /* ... or a date connector with its date: "la loi" + blank
                   line + "du 1er juillet 1901" (the gap goes on there) */
                p = q = q2;
                bl = false;
            }
        }
        if (!bl && !cols) {
            if (may_match(RX_NUM, t, q) && ex_rx_match(c, &rx[RX_NUM], q, 0) > 0
                && num_ok(t, ex_ov(c)[2], ex_ov(c)[3])) {
                PCRE2_SIZE *ov = ex_ov(c);
                r.num_a = ov[2];
                /* "n° 24/212 AC": a letters suffix */
                size_t nb = speck_in_number(t, ov[2], ov[3]);
                r.speck = nb != ov[3];
                if (!r.speck)
                    nb = blank_in_number(c, ov[2], nb);
                r.num_b = ex_number_suffix(t->s, ov[2], nb, t->len);
                p = last = r.num_b > ov[1] ? r.num_b : ov[1];
            } else if (!plural && !weak && may_match(RX_BARENUM, t, q)
                       && ex_rx_match(c, &rx[RX_BARENUM], q, 0) > 0 && barenum_ok(t, ex_ov(c))
                       && !date_near(c, q, 0)) {
                PCRE2_SIZE *ov = ex_ov(c);
                r.num_a = ov[2];
                r.num_b = ov[3];
                p = last = ov[1];
            }
        }
    }
    /* the act word as the subject of a sentence: "La convention est
       conclue pour une durée de trois ans à compter du 15 avril 2024" */
    if (!r.num_b) {
        size_t q = skip_blank(t, p, &bl, &cols);
        char w[16];
        size_t we = word_at(t, q, w, sizeof w);
        if (!bl && !cols && we > q && (gap_flags(st->re, w) & W_SUBJ)
            && !(we < t->len && (ex_is_digit(t->s[we]) || t->s[we] == '.')))
            return r;
    }
    /* the gap up to a date connector */
    size_t window = weak ? 280 : 110;
    size_t limit = p + window;
    int words = 0;
    /* a règlement's name holding "à", "au", "aux" ("règlement
       départemental d'aide aux associations adopté le …"): the gap goes
       on, then only "adopté le", "en date du" (a strong connector) ends
       it ("le règlement applicable aux associations du …" is none) */
    bool reg_prep = false;
    while (p < t->len && p < limit) {
        size_t q = skip_blank(t, p, &bl, &cols);
        if (bl && !cols && !upper && r.num_b && inside_sentence(t, ta)) {
            /* OCR put a blank line inside the sentence after the number:
               "la délibération n° CS-2025-031" + blank line + "du 25 juin
               2025." (only a date connector with its date after it) */
            bool bl2, cols2;
            size_t q2 = skip_blank(t, q + 1, &bl2, &cols2);
            if (!bl2 && !cols2 && q2 < t->len && (t->s[q2] == 'd' || t->s[q2] == 'e')
                && may_match(RX_CONN, t, q2) && ex_rx_match(c, &rx[RX_CONN], q2, 0) > 0
                && date_near(c, ex_ov(c)[1], 3)) {
                q = q2;
                bl = false;
            }
        }
        if (cols && !bl && q < t->len && t->s[q] == 'd') {
            /* the next line's indent, not a column gap: "décret n°
               2021-1311" / "     du 7 octobre 2021 ;" (a dash bullet's
               body; a date connector with its date after it) */
            size_t nlp = p;
            while (nlp < q && t->s[nlp] != '\n')
                nlp++;
            if (nlp < q && nlp - p < 4 && may_match(RX_CONN, t, q) && ex_rx_match(c, &rx[RX_CONN], q, 0) > 0
                && date_near(c, ex_ov(c)[1], 3))
                cols = false;
        }
        if (cols && !bl && wrap_same_indent(t, p, q))
            cols = false;
        if (bl || cols || q >= t->len)
            break;
        if (plural && r.num_b && !r.multi_num && t->s[q] == 'e') {
            /* "délibérations n° 2024-031 et n° 2025-012": several acts */
            size_t e2 = and_number(c, rx, q);
            if (e2) {
                r.multi_num = true;
                p = multi_end = e2;
                limit = p + window;
                continue;
            }
        }
        if (q > p && t->s[q - 1] == '\n' && upper)
            break;   /* a heading in capitals does not run over lines */
        if (q > p && t->s[q - 1] == '\n') {
            /* a new line opening a clause or an item ends the act */
            char w[16];
            word_at(t, q, w, sizeof w);
            if (!strcmp(w, "vu") || !strcmp(w, "considerant") || !strcmp(w, "article")
                || t->s[q] == '-' || ex_is_digit(t->s[q])
                || ((unsigned char)t->s[q] == 0xE2 && (unsigned char)t->s[q + 1] == 0x80))
                break;
        }
        unsigned char c0 = (unsigned char)(t->s[q] | 32);
        if ((c0 == 'd' || c0 == 'e' || c0 == 's' || c0 == 'c' || c0 == 'a' || c0 == 'n')
            && may_match(RX_CONN, t, q) && ex_rx_match(c, &rx[RX_CONN], q, 0) > 0) {
            PCRE2_SIZE *ov = ex_ov(c);
            bool strong_conn = ov[2] != PCRE2_UNSET;
            bool plural_conn = ov[4] != PCRE2_UNSET || ov[8] != PCRE2_UNSET;
            if (reg_prep && !strong_conn)
                break;
            bool strong_plural = ov[4] != PCRE2_UNSET;
            size_t after = ov[1];
            const ex_date *d = date_near(c, after, 3);
            if (d && words && !strong_conn && !plural_conn && period_start(c, d))
                break;   /* "mise à disposition du gymnase du 1er septembre
                            2026 au 6 juillet 2027": a period, not the
                            act's date */
            if (d) {
                r.end = d->span.end;
                if (plural_conn) {
                    /* "des 12/11/2020 et 16/12/2021": several acts */
                    size_t e = d->span.end;
                    size_t z = skip_blank(t, e, &bl, NULL);
                    char w[8];
                    size_t ze = word_at(t, z, w, sizeof w);
                    if (!bl && !strcmp(w, "et")) {
                        const ex_date *d2 = date_near(c, ze, 3);
                        if (d2)
                            r.end = d2->span.end;
                    }
                    r.multi = true;
                } else if (plural && !r.num_b && weak) {
                    break;   /* "les conventions correspondantes, conclues
                                pour la période du …": not one act */
                } else {
                    r.date = d;   /* also plural without a number: "les
                                     arrêtés du maire du 31 mars 2026",
                                     acts of one date, read as the singular
                                     "l'arrêté du maire du …" is */
                    size_t e2;
                    if (plural && r.num_b && !r.multi_num && (e2 = and_number(c, rx, d->span.end))) {
                        /* "délibérations n° 2024-031 du 4 avril 2024 et
                           n° 2025-012 du 6 février 2025": several acts */
                        r.multi_num = true;
                        p = multi_end = e2;
                        limit = p + window;
                        continue;
                    }
                }
                r.ok = true;
                return r;
            }
            if (strong_conn || strong_plural)
                break;   /* "en date du xxxx": a placeholder */
            /* "du Nord": a plain preposition, go on */
            p = ov[1];
            if (p == q)
                p++;
            words++;
            continue;
        }
        if (!r.num_b && !weak && (c0 == 'n' || c0 == 'h' || c0 == 'r') && ex_rx_match(c, &rx[RX_NUM], q, 0) > 0
            && num_ok(t, ex_ov(c)[2], ex_ov(c)[3])) {
            PCRE2_SIZE *ov = ex_ov(c);
            r.num_a = ov[2];
            r.num_b = speck_in_number(t, ov[2], ov[3]);
            r.speck = r.num_b != ov[3];
            p = last = r.num_b > ov[1] ? r.num_b : ov[1];
            continue;
        }
        unsigned char ch = (unsigned char)t->s[q];
        if (ch == ':' && !r.num_b && !weak && !plural && speck_colon_before_number(c, rx, q)) {
            p = q + 1;
            continue;
        }
        /* OCR: a speck opening the line of the number sign ("de la
           loi\n: n° 2000-321") */
        if (!r.num_b && !weak && !plural && (ch < 0x80 ? ch != 'n' && ch != 'N' : ch == 0xE2)) {
            size_t z = line_open_speck(t, q);
            if (z > q && z < t->len && (t->s[z] | 32) == 'n' && ex_rx_match(c, &rx[RX_NUM], z, 0) > 0) {
                p = z;
                continue;
            }
        }
        if ((ch == ':' || (ch == '(' && q > ta && q + 1 < t->len && ex_is_digit(t->s[q + 1]))) && plural
            && !r.num_b) {
            /* "délibérations concordantes des communes : A (date), B
               (date) et C (date)": one citation of several acts; so
               without the colon, from the first item's name ("des
               conseils municipaux de A\n(date), B (date) et du conseil
               communautaire de … (date)") */
            size_t from = q;
            if (ch == '(') {
                size_t e = q;
                while (e > ta && (is_blank(t->s[e - 1]) || is_nl(t->s[e - 1])))
                    e--;
                from = e;
                while (from > ta && !(is_blank(t->s[from - 1]) || is_nl(t->s[from - 1])))
                    from--;
                from = from > ta && ex_upper_start(t->s + from, e - from) ? from - 1 : 0;
            }
            size_t le = from ? bracket_date_list(c, from) : 0;
            if (le) {
                r.end = le;
                r.multi = r.ok = true;
                return r;
            }
        }
        if (!plural && speck_before_date(c, rx, q)) {
            p = q + 1;
            continue;
        }
        if ((ch == ',' || ch == ';') && r.num_b && q <= r.num_b + 1 && !upper && inside_sentence(t, ta)) {
            /* OCR: a speck after the number, then a blank line it put
               inside the sentence: "n° CS-2025-031 ;" + blank line + "du
               25 juin 2025" (a date connector with its date only) */
            bool bl1, cols1, bl2, cols2;
            size_t z = skip_blank(t, q + 1, &bl1, &cols1);
            size_t q2 = bl1 && !cols1 ? skip_blank(t, z + 1, &bl2, &cols2) : t->len;
            if (q2 < t->len && !bl2 && !cols2 && (t->s[q2] == 'd' || t->s[q2] == 'e')
                && may_match(RX_CONN, t, q2) && ex_rx_match(c, &rx[RX_CONN], q2, 0) > 0
                && date_near(c, ex_ov(c)[1], 3)) {
                p = q2;
                continue;
            }
        }
        if (ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '(' || ch == ')')
            break;
        if (ch == '.' && (q + 1 >= t->len || t->s[q + 1] == ' ' || t->s[q + 1] == '\n')) {
            /* a sentence end, unless OCR dropped a dot before a lower-case word */
            size_t z = skip_blank(t, q + 1, &bl, NULL);
            if (bl || z >= t->len || !(t->s[z] >= 'a' && t->s[z] <= 'z'))
                break;
        }
        if (ch == 0xE2 && q + 2 < t->len && (unsigned char)t->s[q + 1] == 0x80
            && ((unsigned char)t->s[q + 2] == 0x93 || (unsigned char)t->s[q + 2] == 0x94)) {
            if (!r.num_b && !weak && dash_qualifier(c, rx, st->re, q)) {
                p = q + 3;
                continue;
            }
            break;   /* " – " */
        }
        if (ch == ',' && !weak)
            break;
        char w[32];
        size_t we = word_at(t, q, w, sizeof w);
        if (we == q) {
            /* not a word: a number, a quote, a comma... step over it */
            size_t u = 1;
            while (q + u < t->len && ((unsigned char)t->s[q + u] & 0xC0) == 0x80)
                u++;
            if (ex_is_digit(t->s[q]) && !weak)
                break;
            p = q + u;
            continue;
        }
        unsigned wf = gap_flags(st->re, w);
        if (k == K_REGLEMENT && !r.num_b && !plural && (wf & W_STRONG) && w[0] == 'a'
            && (!w[1] || (w[1] == 'u' && (!w[2] || (w[2] == 'x' && !w[3]))))) {
            reg_prep = true;   /* "d'aide aux", "d'aide à la culture" */
            if (++words > 12)
                break;
            p = we;
            continue;
        }
        if ((wf & (W_ANY | W_TERM))
            || (!weak && (wf & W_STRONG) && !place_connector(t, q, we, w) && !mise_en(t, q)))
            break;
        /* another act word */
        if (trigger_prefix(t, q) && ex_rx_match(c, &rx[RX_TRIGGER], q, 0) > 0
            && ex_ov(c)[2] != PCRE2_UNSET) {
            char aw[32];
            trigger_word(t, ex_ov(c)[0], ex_ov(c)[1], aw, sizeof aw);
            int k2 = act_kind(aw);
            if (!(weak && weak_kind(k2)))
                break;
        }
        if (++words > (weak ? 40 : 12))
            break;
        p = we;
    }
    if (r.num_b) {
        r.ok = true;
        r.end = multi_end ? multi_end : r.num_b;
    }
    EX_UNUSED(last);
    return r;
}

static bool push_ref(ref_state *st, ex_reference_vec *vec, int kind, size_t a, size_t b,
                     const char *number, const ex_date *date, const char *code,
                     const ex_str_vec *arts)
{
    ex_call *c = st->c;
    ex_reference *r = ex_vec_push(c->alloc, vec);
    if (!r) {
        c->oom = true;
        return false;
    }
    r->kind = kind_names[kind];
    r->number = number;
    if (date)
        r->date = date->value;
    r->code = code;
    if (arts) {
        r->articles = *arts;
        if (st->nrg) {
            r->ranges = ex_arena_alloc(&c->arena, st->nrg * sizeof *r->ranges);
            if (!r->ranges) {
                c->oom = true;
                return false;
            }
            memcpy(r->ranges, st->rg, st->nrg * sizeof *r->ranges);
            r->nranges = st->nrg / 2;
        }
    }
    st->nrg = 0;
    r->text = ex_text_value(c, &c->text, a, b);
    r->span.start = a;
    r->span.end = b;
    return r->text != NULL;
}

/* v with a blank inserted before its byte at (a copy in the arena) */
static char *blank_at(ex_call *c, const char *v, size_t at)
{
    size_t n = strlen(v);
    char *w = ex_arena_alloc(&c->arena, n + 2);
    if (!w) {
        c->oom = true;
        return NULL;
    }
    memcpy(w, v, at);
    w[at] = ' ';
    memcpy(w + at + 1, v + at, n - at + 1);
    return w;
}

static char *number_value(ex_call *c, const act_result *r)
{
    if (!r->num_b)
        return NULL;
    /* a year-direction-rank code keeps its blanks: "2023 DVD 87" */
    if (ex_year_code(c->text.s + r->num_a, r->num_b - r->num_a) == r->num_b - r->num_a)
        return ex_strndup(c, c->text.s + r->num_a, r->num_b - r->num_a);
    char *v = compact(c, r->num_a, r->num_b);
    if (!v)
        return NULL;
    /* a speck in the number (speck_in_number()): dropped after a
       separator, else read as the number's separator before it */
    char sep = '-';
    size_t w = 0, dropped = 0;
    for (size_t x = 0; r->speck && v[x]; x++) {
        char ch = v[x];
        if (ch == '-' || ch == '/')
            sep = ch;
        else if (ch == ':' || ch == ';' || ch == ',') {
            if (w && (v[w - 1] == '-' || v[w - 1] == '/')) {
                dropped++;
                continue;
            }
            ch = sep;
        }
        v[w++] = ch;
    }
    if (r->speck)
        v[w] = 0;
    fix_number(v);
    /* record each letter read as a digit (the model, ocrmodel.c) */
    if (!note_read(c, r->num_a, r->num_b, v, dropped))
        return NULL;
    /* a letters suffix keeps its blank: "24/212 AC" */
    {
        const char *s = c->text.s;
        size_t sp = r->num_b;
        while (sp > r->num_a && s[sp - 1] != ' ')
            sp--;
        size_t n = strlen(v), k = r->num_b - sp;
        if (sp > r->num_a + 1 && ex_number_suffix(s, r->num_a, sp - 1, c->text.len) == r->num_b && n > k
            && !(v = blank_at(c, v, n - k)))
            return NULL;
    }
    /* a letters prefix keeps its blank: "DCM 2024/018" */
    size_t pre = ex_number_prefix(c->text.s + r->num_a, r->num_b - r->num_a);
    if (pre)
        v = blank_at(c, v, pre - 1);
    return v;
}

/* the folded word before p on the same line ("" at the line start),
   past blanks and one apostrophe ("l'article") */
static void prev_word(const ex_text *t, size_t p, char *w, size_t cap)
{
    size_t wa, wb;
    ex_word_before(t->s, 0, p, EX_WB_APOS, &wa, &wb, w, cap);
}

/* a table of contents entry: line li or one of the two lines after it
   holds dot leaders ("Arrêté n° 2024-ST-071 du 3 juillet 2024 portant
   ..." + "rue des Écoles ........ page 2"): it cites the act, it is not
   the act's own heading */
static bool toc_entry(const ex_text *t, size_t li)
{
    for (size_t j = li; j < t->nlines && j <= li + 2; j++) {
        const ex_line *l = &t->lines[j];
        if (j > li && (l->flags & EX_LINE_BLANK))
            break;
        const char *q = memchr(t->s + l->start, '.', l->end - l->start);
        while (q) {
            size_t r = (size_t)(q - t->s);
            if (r + 5 <= l->end && !memcmp(q, ".....", 5))
                return true;
            q = r + 1 < l->end ? memchr(q + 1, '.', l->end - r - 1) : NULL;
        }
    }
    return false;
}

/* a line opening with "SOMMAIRE" among the 8 lines before line li: li
   is in a table of contents */
static bool toc_below(const ex_text *t, size_t li)
{
    for (size_t j = li; j > 0 && j + 8 > li; j--) {
        const ex_line *l = &t->lines[j - 1];
        size_t a = l->start;
        while (a < l->end && (t->s[a] == ' ' || t->s[a] == '\t'))
            a++;
        if (ex_match_fold(t->s + a, l->end - a, "sommaire"))
            return true;
    }
    return false;
}

/* line l ends with a page number of one to three digits after a word
   ("… de vidéoprotection 2", "… (DSIL) 5", "… saison 2026 3"; not
   "Arrêté n° 12", not "l'article 3", not a year "saison 2026") */
static bool ends_with_page_number(const ex_text *t, const ex_line *l)
{
    const char *s = t->s;
    size_t b = l->end;
    while (b > l->start && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    size_t d = b;
    while (d > l->start && ex_is_digit(s[d - 1]) && b - d <= 3)
        d--;
    if (d == b || b - d > 3 || d == l->start || s[d - 1] != ' ')
        return false;
    size_t w = d;
    while (w > l->start && s[w - 1] == ' ')
        w--;
    size_t v = w;
    while (v > l->start && s[v - 1] != ' ' && s[v - 1] != '\t' && s[v - 1] != '\'')
        v--;
    if (v == w)
        return false;
    /* the word before it is no number sign ("n°", "no") and no word that
       a number follows in running text */
    if (w - v == 3 && (s[v] | 0x20) == 'n' && (unsigned char)s[v + 1] == 0xC2
        && ((unsigned char)s[v + 2] == 0xB0 || (unsigned char)s[v + 2] == 0xBA))
        return false;
    static const char *const sign[] = {"no", "n", "numero", "article", "articles", "art.", "alinea",
                                       "chapitre", "titre", "annexe", NULL};
    for (size_t k = 0; sign[k]; k++)
        if (ex_match_fold(s + v, w - v, sign[k]) == w - v)
            return false;
    return true;
}

/* a table of contents entry whose dot leaders are not printed (an OCR
   that dropped them): line li follows a "SOMMAIRE" line of its page (30
   lines back at most) and it, or one of the two text lines after it (one blank
   line between passed over, up to the next entry opening as li does),
   ends with a page number ("SOMMAIRE" … "Décision n° DP-2026-041 du 4
   mars 2026 – Attribution du marché de" + "maintenance des équipements
   de vidéoprotection 2") */
static bool toc_entry_bare(const ex_text *t, size_t li)
{
    bool under = false;
    for (size_t j = li; j > 0 && j + 30 > li && !under; j--) {
        const ex_line *l = &t->lines[j - 1];
        if (l->page != t->lines[li].page)
            break;
        size_t a = l->start;
        while (a < l->end && (t->s[a] == ' ' || t->s[a] == '\t'))
            a++;
        under = ex_match_fold(t->s + a, l->end - a, "sommaire") != 0;
    }
    if (!under)
        return false;
    const ex_line *e = &t->lines[li];
    size_t lead = e->end - e->start < 4 ? e->end - e->start : 4;
    int texts = 0, blanks = 0;
    for (size_t j = li; j < t->nlines && texts < 3; j++) {
        const ex_line *l = &t->lines[j];
        if (l->flags & EX_LINE_BLANK) {
            if (++blanks > 1)
                break;
            continue;
        }
        if (j > li && l->end - l->start >= lead && !memcmp(t->s + l->start, t->s + e->start, lead))
            break;
        if (ends_with_page_number(t, l))
            return true;
        texts++;
    }
    return false;
}

/* true when the act word at ta opens its line (only blanks before),
   capitalised: a heading.  *item set when an item number opens it. */
static bool heading_position(ref_state *st, size_t ta, bool *item)
{
    const ex_text *t = &st->c->text;
    *item = false;
    size_t li = ex_line_at(t, ta);
    size_t ls = t->lines[li].start;
    unsigned char ch = (unsigned char)t->s[ta];
    bool cap = (ch >= 'A' && ch <= 'Z') || ch == 0xC3;
    if (!cap)
        return false;
    size_t i = ls;
    while (i < ta && (t->s[i] == ' ' || t->s[i] == '\t'))
        i++;
    /* an OCR speck before it, apart: ". Décision n° DP-2025-084 du …" (a
       dot, comma or quote; not a list dash); not under a "SOMMAIRE" line
       (an entry whose dot leaders OCR lost: ". Arrêté n° 2024-ST-071 du
       3\n…" cites the act) */
    size_t k = i;
    if (k < ta && (t->s[k] == '.' || t->s[k] == ',' || t->s[k] == '\''))
        k++;
    else if (k + 2 < ta && (unsigned char)t->s[k] == 0xE2 && (unsigned char)t->s[k + 1] == 0x80
             && ((unsigned char)t->s[k + 2] == 0x98 || (unsigned char)t->s[k + 2] == 0x99))
        k += 3;
    if (k > i && k < ta && (t->s[k] == ' ' || t->s[k] == '\t')) {
        while (k < ta && (t->s[k] == ' ' || t->s[k] == '\t'))
            k++;
        if (k == ta && !toc_below(t, li))
            i = ta;
    }
    if (i == ta)
        return !toc_entry(t, li) && !toc_entry_bare(t, li);
    if (ex_rx_match(st->c, &st->re->rx[RX_ITEM], ls, 0) > 0 && ex_ov(st->c)[1] == ta) {
        *item = true;
        return true;
    }
    return false;
}

/* 2 when the line holding p carries a page marker ("Page 1/2", "Page"):
   page furniture; 1 when the act word follows a title and a dash on its
   line ("Commune de X – Délibération n° ..."); 0 otherwise */
static int footer_line(ref_state *st, size_t p)
{
    const ex_text *t = &st->c->text;
    size_t li = ex_line_at(t, p);
    const ex_line *l = &t->lines[li];
    const char *s = t->s;
    /* each 'P' of the line that four bytes fit after (memchr()) */
    for (const char *q = s + l->start, *qe = s + l->end;
         qe - q >= 4 && (q = memchr(q, 'P', (size_t)(qe - q) - 3)) != NULL; q++) {
        size_t i = (size_t)(q - s);
        if (!memcmp(s + i, "Page", 4) || !memcmp(s + i, "PAGE", 4)) {
            bool lb = i == l->start || s[i - 1] == ' ' || s[i - 1] == '\t';
            bool rb = i + 4 == l->end || s[i + 4] == ' ' || ex_is_digit(s[i + 4]);
            if (lb && rb)
                return 2;
        }
    }
    for (size_t i = l->start; i + 2 < p; i++) {
        if (s[i] != ' ')
            continue;
        size_t d = 0;
        if (s[i + 1] == '-')
            d = 1;
        else if ((unsigned char)s[i + 1] == 0xE2 && (unsigned char)s[i + 2] == 0x80
                 && ((unsigned char)s[i + 3] == 0x93 || (unsigned char)s[i + 3] == 0x94))
            d = 3;
        if (d && i + 1 + d < p && s[i + 1 + d] == ' ')
            return 1;
    }
    return 0;
}

/* the act word at ta follows an annex heading opening its line (the
   act's own number there is no reference: assemble.c, own_number()):
   "ANNEXE À LA DÉLIBÉRATION N° …", "Annexe 2 à l'arrêté n° …",
   "ANNEXES AU DÉCRET …", "Annexe n° 1 de la délibération …" (an annex
   number: "n°", then up to four digits or capitals) */
static bool annex_heading(const ex_text *t, size_t ta)
{
    const char *s = t->s;
    size_t i = t->lines[ex_line_at(t, ta)].start;
    /* (blanks, and OCR specks: "-Vu pour être annexé …") */
    while (i < ta && (s[i] == ' ' || s[i] == '\t' || s[i] == '-' || s[i] == '.' || s[i] == ',' || s[i] == '\''))
        i++;
    /* the certification stamp of an annex: "Vu pour être annexé à
       l'arrêté préfectoral n° …", "… annexée à mon arrêté …" */
    size_t m = ex_match_fold(s + i, ta - i, "vu pour etre annexe");
    bool stamp = m != 0;
    if (!m)
        m = ex_match_fold(s + i, ta - i, "annexe");
    if (!m)
        return false;
    i += m;
    if (stamp && i < ta && (s[i] == 'e' || s[i] == 'E'))
        i++;
    if (i < ta && (s[i] == 's' || s[i] == 'S'))
        i++;
    if (i >= ta || s[i] != ' ')
        return false;
    static const char *const link[] = {"a la ", "a l'", "au ", "aux ", "de la ", "de l'", "du ",
                                       "a mon ", "a notre ", NULL};
    for (int pass = 0; pass < (stamp ? 1 : 2); pass++) {
        while (i < ta && s[i] == ' ')
            i++;
        for (size_t k = 0; link[k]; k++) {
            size_t n = ex_match_fold(s + i, ta - i, link[k]);
            if (n) {
                size_t j = i + n;
                while (j < ta && s[j] == ' ')
                    j++;
                return j == ta;
            }
        }
        if (pass)
            break;
        /* the annex number: "n° 2", "II", "A" */
        if (ta - i > 3 && (s[i] == 'n' || s[i] == 'N') && (unsigned char)s[i + 1] == 0xC2
            && (unsigned char)s[i + 2] == 0xB0) {
            i += 3;
            while (i < ta && s[i] == ' ')
                i++;
        }
        size_t a = i;
        while (i < ta && i - a < 5 && (ex_is_digit(s[i]) || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        if (i == a || i - a > 4 || i >= ta || s[i] != ' ')
            return false;
    }
    return false;
}

/* an item or alinéa number right after an article ending at b, before
   the next article of the list ("L. 2122-22, 5°, et L. 2122-23",
   "L. 2122-22 (5°) et L. 2122-23", "L. 2122-22, alinéa 4, et
   L. 2122-23"): the end of the note (its comma included), else b.  The
   caller checks that a separator and a code article follow. */
static size_t item_note(const ex_text *t, size_t b)
{
    const char *s = t->s;
    size_t r = b;
    while (r < t->len && (s[r] == ' ' || s[r] == '\t'))
        r++;
    if (r < t->len && s[r] == ',')
        r++;
    while (r < t->len && (s[r] == ' ' || s[r] == '\t' || s[r] == '\n'))
        r++;
    if (r >= t->len || !(ex_is_digit(s[r]) || s[r] == '(' || (s[r] | 32) == 'a'))
        return b;
    bool paren = s[r] == '(';
    if (paren)
        r++;
    size_t m = ex_match_fold(s + r, t->len - r, "alinea");
    if (!m)
        m = ex_match_fold(s + r, t->len - r, "al.");
    if (m) {
        r += m;
        while (r < t->len && s[r] == ' ')
            r++;
    }
    size_t d = r;
    while (r < t->len && r - d < 3 && ex_is_digit(s[r]))
        r++;
    if (r == d || r - d > 2)
        return b;
    if (!m) {
        /* "5°" (the degree sign, C2 B0) */
        if (r + 1 >= t->len || (unsigned char)s[r] != 0xC2 || (unsigned char)s[r + 1] != 0xB0)
            return b;
        r += 2;
    } else if (r < t->len && ex_is_digit(s[r]))
        return b;
    if (paren) {
        if (r >= t->len || s[r] != ')')
            return b;
        r++;
    }
    if (r < t->len && s[r] == ',')
        r++;
    return r;
}

/* an article list at p: fills arts, returns the end (p when none) */
/* " et suivants" (or "suivantes") right after an article ending at b:
   the end of "suivants", else b */
static size_t and_following(const ex_text *t, size_t b)
{
    const char *s = t->s;
    size_t q = b;
    while (q < t->len && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n'))
        q++;
    size_t m = q > b ? ex_match_fold(s + q, t->len - q, "et") : 0;
    if (!m)
        return b;
    size_t r = q + m, r0 = r;
    while (r < t->len && (s[r] == ' ' || s[r] == '\t' || s[r] == '\n'))
        r++;
    size_t m2 = r > r0 ? ex_match_fold(s + r, t->len - r, "suivant") : 0;
    if (!m2)
        return b;
    r += m2;
    if (r < t->len && (s[r] == 'e' || s[r] == 'E'))
        r++;
    if (r < t->len && (s[r] == 's' || s[r] == 'S'))
        r++;
    if (r < t->len && ((s[r] | 32) >= 'a' && (s[r] | 32) <= 'z'))
        return b;
    return r;
}

/* the end of a paragraph in roman numerals glued at p (RX_ART's
   ROMAN_PARA: its letters only, the pattern checked the rest), else p */
static size_t roman_para(const ex_text *t, size_t p)
{
    size_t q = p;
    while (q < t->len && (t->s[q] == 'I' || t->s[q] == 'V' || t->s[q] == 'X'))
        q++;
    return q;
}

/* A code article whose number OCR cut with a blank ("L.52 14:16" for
   L.5214-16, the hyphen read as ':'): v is the value read up to b, and
   a digit follows b after one blank.  Rebuilt into *out (its end in
   *nb) when the two pieces give 3 or 4 digits before a hyphen then 1 to
   3 digits after it ([:.-] printed); 0 when rebuilt, 1 when not (the
   article is dropped, never kept truncated), 2 when v holds a hyphen
   already (a whole number: "L.153-41 2°"), -1 on OOM. */
static int cut_article(ex_call *c, const char *v, size_t b, char **out, size_t *nb)
{
    const char *s = c->text.s;
    size_t n = c->text.len, i = 0, d1 = 0;
    while (v[i] && !ex_is_digit(v[i]))
        i++;
    for (size_t k = i; v[k]; k++) {
        if (!ex_is_digit(v[k]))
            return 2;   /* a hyphen already: not a cut number */
        d1++;
    }
    size_t q = b + 1, d2 = 0;
    while (q < n && ex_is_digit(s[q]))
        q++, d2++;
    if (d1 + d2 < 3 || d1 + d2 > 4 || q >= n || (s[q] != ':' && s[q] != '-' && s[q] != '.'))
        return 1;
    size_t r = q + 1, d3 = 0;
    while (r < n && ex_is_digit(s[r]))
        r++, d3++;
    if (d3 < 1 || d3 > 3 || (r < n && (ex_is_digit(s[r]) || ((s[r] | 32) >= 'a' && (s[r] | 32) <= 'z'))))
        return 1;
    size_t vl = strlen(v);
    char *w = ex_arena_alloc(&c->arena, vl + d2 + d3 + 2);
    if (!w) {
        c->oom = true;
        return -1;
    }
    memcpy(w, v, vl);
    memcpy(w + vl, s + b + 1, d2);
    w[vl + d2] = '-';
    memcpy(w + vl + d2 + 1, s + q + 1, d3);
    w[vl + d2 + 1 + d3] = 0;
    if (!ex_ocr_note(c, b, r, EX_REPAIR_DIGIT))
        return -1;
    *out = w;
    *nb = r;
    return 0;
}

/* OCR: the end of a range of code articles, or an article of a list,
   printed with its letter read as '1' and its hyphen lost ("L.2213-1 à
   122136:" for L.2213-6, "L.2213-1 et 122132" for L.2213-2): v, all
   digits, is '1', the article before's number before its hyphen, then
   1 to 3 digits; rebuilt from the article before (prev) into *out,
   else *out unchanged.  False on OOM. */
static bool range_end_rebuilt(ex_call *c, const char *prev, const char *v, char **out)
{
    size_t pl = 0, dl = 0, vl = strlen(v);
    while (prev[pl] && !ex_is_digit(prev[pl]))
        pl++;
    if (pl == 0 || (prev[0] != 'L' && prev[0] != 'l') || v[0] != '1')
        return true;
    while (ex_is_digit(prev[pl + dl]))
        dl++;
    if (prev[pl + dl] != '-' || dl < 3 || vl < dl + 2 || vl > dl + 4 || memcmp(v + 1, prev + pl, dl) != 0)
        return true;
    for (size_t k = 0; k < vl; k++)
        if (!ex_is_digit(v[k]))
            return true;
    char *w = ex_arena_alloc(&c->arena, pl + vl + 1);
    if (!w) {
        c->oom = true;
        return false;
    }
    memcpy(w, prev, pl + dl);
    w[pl + dl] = '-';
    memcpy(w + pl + dl + 1, v + 1 + dl, vl - 1 - dl);
    w[pl + vl] = 0;
    *out = w;
    return true;
}

/* OCR: an article of a list read beyond repair ("R.110-2, RA411-8,
   R.411-25": "." read as "A").  At q, after a separator of the list, a
   token of at most 16 bytes opening with L, R or D and holding a digit,
   then a separator and an article RX_ART reads: the offset of that
   article (the token is dropped, the list goes on); 0 otherwise. */
static size_t skip_unread_article(ref_state *st, size_t q)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    const ex_regex *rx = st->re->rx;
    if (q >= t->len || (t->s[q] != 'L' && t->s[q] != 'R' && t->s[q] != 'D'))
        return 0;
    size_t e = q;
    bool digit = false;
    while (e < t->len && e - q <= 16 && t->s[e] != ' ' && t->s[e] != ',' && t->s[e] != ';'
           && t->s[e] != '\n' && t->s[e] != '\t') {
        digit |= ex_is_digit(t->s[e]);
        e++;
    }
    if (!digit || e - q > 16 || !may_match(RX_ARTSEP, t, e) || ex_rx_match(c, &rx[RX_ARTSEP], e, 0) <= 0)
        return 0;
    size_t n = ex_ov(c)[1];
    if (ex_rx_match(c, &rx[RX_ART], n, 0) <= 0 || ex_ov(c)[0] != n)
        return 0;
    return n;
}

/* a dot standing before a code article at q, after a blank or a line
   end (".R.2123-1 à R.2123-7": an OCR speck), or a hyphen so ("ses
   articles\n-L. 3211-1", "et\n-1.2122-7-2"; first: glued to the
   article word too, "article-L. 2121-25"): the article's start, else q */
static size_t speck_dot_article(const ex_text *t, size_t q, bool first)
{
    const char *s = t->s;
    /* OCR: a speck opening the line ("l'article\n‘ L.5211-20") */
    size_t z = line_open_speck(t, q);
    if (z > q && z + 2 < t->len && (s[z] == 'L' || s[z] == 'R' || s[z] == 'D')
        && (s[z + 1] == '.' || ex_is_digit(s[z + 1])))
        return z;
    if (q + 3 >= t->len || (s[q] != '.' && s[q] != '-'))
        return q;
    bool apart = q == 0 || s[q - 1] == ' ' || s[q - 1] == '\n' || s[q - 1] == '\t';
    if (!apart && !(s[q] == '-' && first && ((s[q - 1] >= 'a' && s[q - 1] <= 'z') || (s[q - 1] >= 'A' && s[q - 1] <= 'Z'))))
        return q;
    if ((s[q + 1] == 'L' || s[q + 1] == 'R' || s[q + 1] == 'D') && (s[q + 2] == '.' || ex_is_digit(s[q + 2])))
        return q + 1;
    /* "-1.2122-7-2": one_for_l_article() reads the "1." */
    if (s[q] == '-' && apart && s[q + 1] == '1' && (s[q + 2] == '.' || s[q + 2] == ','))
        return q + 1;
    return q;
}

/* OCR: "L." of a code article read "EL" (tesseract), after a blank or
   a line end: "ses articles\nEL 3211-1 et L. 3211-2".  "EL", a blank,
   3 to 5 digits and a hyphen: the article's "L", else q */
static size_t el_article(const ex_text *t, size_t q)
{
    const char *s = t->s;
    if (q + 4 >= t->len || s[q] != 'E' || s[q + 1] != 'L' || s[q + 2] != ' '
        || (q > 0 && s[q - 1] != ' ' && s[q - 1] != '\n' && s[q - 1] != '\t'))
        return q;
    size_t d = q + 3;
    while (d < t->len && ex_is_digit(s[d]))
        d++;
    return d - (q + 3) >= 3 && d - (q + 3) <= 5 && d + 1 < t->len && s[d] == '-' && ex_is_digit(s[d + 1]) ? q + 1 : q;
}

/* OCR: "L." of a code article read "1." or "1," (tesseract), after a
   blank or a line end: "des articles 1.2113-17 et L.2511-15".  "1", the
   dot or comma, 3 to 5 digits, a hyphen and a digit (no article of an
   act or a contract is numbered so): the offset of the digits after the
   dot, else q */
static size_t one_for_l_article(const ex_text *t, size_t q)
{
    const char *s = t->s;
    if (q + 6 >= t->len || s[q] != '1' || (s[q + 1] != '.' && s[q + 1] != ',')
        || (q > 0 && s[q - 1] != ' ' && s[q - 1] != '\n' && s[q - 1] != '\t'
            && !(s[q - 1] == '-' && (q == 1 || s[q - 2] == ' ' || s[q - 2] == '\n' || s[q - 2] == '\t'))))
        return q;
    size_t d = q + 2;
    while (d < t->len && ex_is_digit(s[d]))
        d++;
    return d - (q + 2) >= 3 && d - (q + 2) <= 5 && d + 1 < t->len && s[d] == '-' && ex_is_digit(s[d + 1]) ? q + 2 : q;
}

/* OCR: a speck read as a word of one or two lower-case letters before
   the first code article, after a blank ("ses articles ee\nL. 2122-4 et
   L. 2122-7": tesseract's reading of a mark at the line end): the
   article's start after it, else q.  No French word of that length
   ("et", "du", "de", "le", "la", "en", "ou", "au", "un", "a", "y", ...)
   is taken for a speck; the article must be a code article ("L." "R."
   "D." or the letter glued to its digits). */
static size_t speck_word_article(const ex_text *t, size_t q)
{
    static const char *const words[] = {"a", "y", "et", "du", "de", "le", "la", "en", "ou", "au", "un",
                                        "il", "on", "ce", "se", "sa", "si", "ne", "ni", "ma", "me", "ta",
                                        "te", "tu", NULL};
    const char *s = t->s;
    if (q == 0 || (s[q - 1] != ' ' && s[q - 1] != '\n'))
        return q;
    size_t e = q;
    while (e < t->len && e - q < 3 && s[e] >= 'a' && s[e] <= 'z')
        e++;
    if (e == q || e - q > 2 || e >= t->len || (s[e] != ' ' && s[e] != '\n'))
        return q;
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == e - q && !memcmp(s + q, words[k], e - q))
            return q;
    size_t r = e;
    while (r < t->len && s[r] == ' ')
        r++;
    if (r < t->len && s[r] == '\n')
        r++;
    while (r < t->len && s[r] == ' ')
        r++;
    if (r + 2 < t->len && (s[r] == 'L' || s[r] == 'R' || s[r] == 'D')
        && (ex_is_digit(s[r + 1]) || (s[r + 1] == '.' && (ex_is_digit(s[r + 2]) || s[r + 2] == ' '))))
        return r;
    return q;
}

static size_t parse_articles(ref_state *st, size_t p, ex_str_vec *arts)
{
    ex_call *c = st->c;
    const ex_regex *rx = st->re->rx;
    size_t end = p, q = p;
    bool range = false;     /* the separator before this article was "à" */
    st->nrg = 0;
    for (int n = 0; n < 40; n++) {
        q = speck_dot_article(&c->text, q, n == 0);
        if (!n)
            q = speck_word_article(&c->text, q);
        size_t el = el_article(&c->text, q);
        bool el_read = el > q;
        q = el;
        size_t one = el_read ? q : one_for_l_article(&c->text, q);
        bool one_read = one > q;
        if (one_read && !ex_ocr_note(c, q, q + 1, EX_REPAIR_DIGIT))
            return p;
        q = one;
        if (ex_rx_match(c, &rx[RX_ART], q, 0) <= 0) {
            size_t nq = n && !range ? skip_unread_article(st, q) : 0;
            if (!nq)
                break;
            q = nq;
            continue;
        }
        PCRE2_SIZE *ov = ex_ov(c);
        size_t a = ov[0], b = ov[1], rb = roman_para(&c->text, b);
        /* a glued paragraph ("L.5214-16V") only after a code article */
        if (rb > b && c->text.s[a] >= '0' && c->text.s[a] <= '9')
            break;
        /* a trailing blank before a capital that belongs to the next word */
        char *v = article_value(c, a, b);
        if (v && el_read && v[0] == 'L' && ex_is_digit(v[1])) {
            /* "EL 3211-1": read "L.3211-1" */
            size_t vl = strlen(v);
            char *w = ex_arena_alloc(&c->arena, vl + 2);
            if (!w) {
                c->oom = true;
                return p;
            }
            w[0] = 'L';
            w[1] = '.';
            memcpy(w + 2, v + 1, vl);
            v = w;
        }
        if (v && one_read) {
            /* "1.2113-17": read "L.2113-17" */
            size_t vl = strlen(v);
            char *w = ex_arena_alloc(&c->arena, vl + 3);
            if (!w) {
                c->oom = true;
                return p;
            }
            w[0] = 'L';
            w[1] = '.';
            memcpy(w + 2, v, vl + 1);
            v = w;
        }
        if (v && rb == b && !ex_is_digit(c->text.s[a]) && b + 1 < c->text.len && c->text.s[b] == ' '
            && ex_is_digit(c->text.s[b + 1])) {
            int k = cut_article(c, v, b, &v, &rb);
            if (k < 0)
                return p;
            if (k == 1)
                break;  /* "L.52 14" that cannot be rebuilt: dropped */
        }
        if (v && arts->n && ex_is_digit(v[0]) && !range_end_rebuilt(c, arts->v[arts->n - 1], v, &v))
            return p;
        b = rb;
        const char **slot = v ? ex_vec_push(c->alloc, arts) : NULL;
        if (!slot) {
            c->oom = true;
            return p;
        }
        *slot = v;
        end = b;
        if (range && arts->n >= 2 && st->nrg + 2 <= sizeof st->rg / sizeof *st->rg) {
            /* "L.214-1 à L.214-6": both ends are listed, the range noted */
            st->rg[st->nrg++] = arts->v[arts->n - 2];
            st->rg[st->nrg++] = v;
        }
        /* "L.421-1 et suivants, R.421-1 et suivants et R.423-1": the list
           goes on after "et suivants" when a separator follows it (the
           loop stops at the next round when no article comes after) */
        size_t sv = and_following(&c->text, b);
        if (sv > b && may_match(RX_ARTSEP, &c->text, sv) && ex_rx_match(c, &rx[RX_ARTSEP], sv, 0) > 0) {
            q = ex_ov(c)[1];
            range = false;
            continue;
        }
        /* "L. 2122-22, 5°, et L. 2122-23": an item number between two
           articles (a code article after the separator) */
        size_t nb = item_note(&c->text, b);
        if (nb > b && may_match(RX_ARTSEP, &c->text, nb) && ex_rx_match(c, &rx[RX_ARTSEP], nb, 0) > 0) {
            size_t r = ex_ov(c)[1];
            const char *ts = c->text.s;
            if (r + 1 < c->text.len && (ts[r] == 'L' || ts[r] == 'R' || ts[r] == 'D')
                && (ex_is_digit(ts[r + 1]) || ((ts[r + 1] == '.' || ts[r + 1] == ' ') && r + 2 < c->text.len
                                              && (ex_is_digit(ts[r + 2])
                                                  || (ts[r + 2] == ' ' && r + 3 < c->text.len
                                                      && ex_is_digit(ts[r + 3]))))))
                b = nb;
        }
        if (!may_match(RX_ARTSEP, &c->text, b) || ex_rx_match(c, &rx[RX_ARTSEP], b, 0) <= 0)
            break;
        q = ex_ov(c)[1];
        range = false;
        for (size_t i = b; i + 1 < q; i++)
            if ((c->text.s[i] == 'a' && c->text.s[i + 1] == ' ')
                || ((unsigned char)c->text.s[i] == 0xC3 && (unsigned char)c->text.s[i + 1] == 0xA0))
                range = true;
    }
    return end;
}

/* every article of arts numbered as the CGCT's: "L.2541-12",
   "R.2121-9", "D.1611-1" (L, R or D, four digits, the first 1 to 7 -
   the CGCT's parts -, a hyphen and digits; not "L.429-2" nor "12") */
static bool code_shaped(const ex_str_vec *arts)
{
    for (size_t k = 0; k < arts->n; k++) {
        const char *v = arts->v[k];
        if (!(v[0] == 'L' || v[0] == 'R' || v[0] == 'D') || v[1] != '.' || v[2] < '1' || v[2] > '7')
            return false;
        size_t i = 2;
        while (ex_is_digit(v[i]))
            i++;
        if (i != 6 || v[i] != '-' || !ex_is_digit(v[i + 1]))
            return false;
    }
    return true;
}

/* "article(s) LIST du|de la ..." at trigger [ta, tb) */
static bool parse_article_ref(ref_state *st, size_t ta, size_t tb, size_t *next)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    const ex_regex *rx = st->re->rx;
    ex_str_vec arts = {0};
    size_t q = tb;
    while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t' || t->s[q] == '\n'))
        q++;
    size_t le = parse_articles(st, q, &arts);
    if (!arts.n || c->oom)
        goto none;
    if (!may_match(RX_ARTTAIL, t, le) || ex_rx_match(c, &rx[RX_ARTTAIL], le, 0) <= 0) {
        /* "conformément à l'article L. 2541-12, M. X …": code articles
           (L., R., D. with a hyphenated number) and no act after them
           are the last code named's */
        if (!st->last_code || !code_shaped(&arts))
            goto none;
        size_t e = le;
        while (e > ta && (t->s[e - 1] == ' ' || t->s[e - 1] == '\n' || t->s[e - 1] == '\t'))
            e--;
        if (e < t->len && t->s[e] != ',' && t->s[e] != ';' && t->s[e] != '.' && t->s[e] != '\n')
            goto none;
        char w[8];
        prev_word(t, ta, w, sizeof w);
        if ((strcmp(w, "l") && strcmp(w, "les"))
            || !ex_match_fold(st->last_code, strlen(st->last_code), "code general des collectivites territoriales"))
            goto none;     /* "à l'article", "les articles"; not "ses articles" */
        if (!push_ref(st, &c->references, K_CODE, ta, e, NULL, NULL, st->last_code, &arts))
            goto fail;
        *next = e;
        return true;
    }
    PCRE2_SIZE *ov = ex_ov(c);
    size_t after = ov[1];
    if (ov[2] != PCRE2_UNSET) {
        /* "du même code", "dudit code" */
        if (!st->last_code)
            goto none;
        if (!push_ref(st, &c->references, K_CODE, ta, after, NULL, NULL, st->last_code, &arts))
            goto fail;
        *next = after;
        return true;
    }
    /* a code, an abbreviation or an act */
    if (ex_rx_match(c, &rx[RX_TRIGGER], after, 0) <= 0)
        goto none;
    ov = ex_ov(c);
    size_t wa = ov[0], wb = ov[1];
    if (ov[6] != PCRE2_UNSET) {          /* "code ..." */
        code_match m = match_code(st->re, t, wa);
        if (m.idx < 0)
            goto none;
        const char *name = m.dist == 0 && clean_name(t, wa, m.end)
                           ? ex_text_value(c, t, wa, m.end) : codes[m.idx].name;
        if (!name)
            goto fail;
        st->last_code = name;
        if (!push_ref(st, &c->references, K_CODE, ta, m.end, NULL, NULL, name, &arts))
            goto fail;
        *next = m.end;
        return true;
    }
    if (ov[8] != PCRE2_UNSET) {          /* "CGCT" */
        for (size_t i = 0; i < N_CODES; i++)
            if (codes[i].abbr && strlen(codes[i].abbr) == wb - wa
                && !memcmp(codes[i].abbr, t->s + wa, wb - wa)) {
                st->last_code = codes[i].name;
                if (!push_ref(st, &c->references, K_CODE, ta, wb, NULL, NULL,
                              codes[i].name, &arts))
                    goto fail;
                *next = wb;
                return true;
            }
        goto none;
    }
    if (ov[2] != PCRE2_UNSET) {          /* an act */
        char w[40];
        trigger_word(t, wa, wb, w, sizeof w);
        int k = act_kind(w);
        if (k == K_LOI && wb - wa > 5)
            k = K_LOI_ORGANIQUE;
        act_result r = parse_act(st, wa, wb, k, false);
        if (!r.ok || weak_kind(k))
            goto none;
        if (!push_ref(st, &c->references, r.kind, ta, r.end, number_value(c, &r),
                      r.multi ? NULL : r.date, NULL, &arts))
            goto fail;
        *next = r.end;
        return true;
    }
none:
    ex_vec_free(c->alloc, &arts);
    return false;
fail:
    ex_vec_free(c->alloc, &arts);
    c->oom = true;
    return false;
}

static size_t code_articles(ref_state *st, size_t p, ex_str_vec *arts);

/* a code named at ta inside the title of the act cited just before it,
   in the same clause: "l'ordonnance n° 2018-1074 du 26 novembre 2018
   portant partie législative du code de la commande publique" (the
   code is the act's object, not a citation of its own) */
static bool in_act_title(ref_state *st, size_t ta)
{
    const ex_call *c = st->c;
    if (!c->references.n)
        return false;
    const ex_reference *r = &c->references.v[c->references.n - 1];
    if (r->code || r->span.end > ta || ta - r->span.end > 240)
        return false;
    const char *s = c->text.s;
    bool title = false;
    for (size_t i = r->span.end; i < ta; i++) {
        char ch = s[i];
        if (ch == ';' || ch == ':' || ch == '(' || ch == ')' || (ch == '.' && s[i + 1] == ' ')
            || (ch == '\n' && s[i + 1] == '\n'))
            return false;
        if (!title && (ch == 'p' || ch == 'r') && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n')
            && (ex_match_fold(s + i, ta - i, "portant ") || ex_match_fold(s + i, ta - i, "relatif")
                || ex_match_fold(s + i, ta - i, "relative")))
            title = true;
    }
    return title;
}

static size_t code_articles(ref_state *st, size_t p, ex_str_vec *arts);

/* "code général des collectivités territoriales applicable aux communes
   de la Polynésie française, et notamment ses articles …": the code's
   scope ("applicable(s) à/aux …", up to the next comma, 120 bytes, no
   ';' or '.') between its name at p and its articles; returns the end
   of the citation (end when none) */
static size_t code_applicable_articles(ref_state *st, size_t p, ex_str_vec *arts, size_t end)
{
    const ex_text *t = &st->c->text;
    size_t q = p;
    while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\n'))
        q++;
    if (q >= t->len || (t->s[q] | 32) != 'a' || !ex_match_fold(t->s + q, t->len - q, "applicable"))
        return end;
    size_t lim = t->len - q > 120 ? q + 120 : t->len;
    for (size_t r = q; r < lim; r++) {
        if (t->s[r] == ';' || t->s[r] == '.')
            return end;
        if (t->s[r] == ',') {
            size_t e = code_articles(st, r, arts);
            return arts->n ? e : end;
        }
    }
    return end;
}

/* "code de l'environnement de la province Sud": an overseas territory
   after a code's name at p names a local code (a province's of
   Nouvelle-Calédonie, the Polynésie française's), part of its name; the
   end of the territory, p when none */
static size_t code_territory(const ex_text *t, size_t p)
{
    static const char *const terr[] = {"de la province sud", "de la province nord", "de la province des iles loyaute",
                                       "de la polynesie francaise", "de la nouvelle-caledonie",
                                       "de nouvelle-caledonie", NULL};
    size_t q = p;
    while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\n'))
        q++;
    if (q == p || q >= t->len || (t->s[q] | 32) != 'd')
        return p;
    for (size_t k = 0; terr[k]; k++) {
        size_t m = ex_match_fold(t->s + q, t->len - q, terr[k]);
        unsigned char nx = q + m < t->len ? (unsigned char)t->s[q + m] : 0;
        if (m && !((nx | 32) >= 'a' && (nx | 32) <= 'z') && nx < 0x80)
            return q + m;
    }
    return p;
}

/* "Code ... [, et notamment ses articles LIST]" at trigger [ta, tb) */
static bool parse_code_ref(ref_state *st, size_t ta, size_t tb, size_t *next)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    char w[16];
    prev_word(t, ta, w, sizeof w);
    if (!strcmp(w, "meme") && st->last_code) {
        /* "vu le même code, notamment son article R. 2124-1": the last
           code named (also an abbreviation), when articles follow */
        ex_str_vec arts = {0};
        size_t end = code_articles(st, tb, &arts);
        if (!arts.n || c->oom) {
            ex_vec_free(c->alloc, &arts);
            return false;
        }
        size_t a = ta;
        while (a > 0 && t->s[a - 1] == ' ')
            a--;
        while (a > 0 && ((((unsigned char)t->s[a - 1] | 32) >= 'a' && ((unsigned char)t->s[a - 1] | 32) <= 'z')
                         || (unsigned char)t->s[a - 1] >= 0x80))
            a--;
        if (!push_ref(st, &c->references, K_CODE, a, end, NULL, NULL, st->last_code, &arts)) {
            ex_vec_free(c->alloc, &arts);
            c->oom = true;
            return false;
        }
        *next = end;
        return true;
    }
    if (!strcmp(w, "meme") || !strcmp(w, "dudit") || !strcmp(w, "ce"))
        return false;
    code_match m = match_code(st->re, t, ta);
    if (m.idx < 0)
        return false;
    size_t te = code_territory(t, m.end);
    const char *name = te > m.end && clean_name(t, ta, te) ? ex_text_value(c, t, ta, te)
                       : m.dist == 0 && clean_name(t, ta, m.end)
                       ? ex_text_value(c, t, ta, m.end) : codes[m.idx].name;
    if (te > m.end)
        m.end = te;
    if (!name)
        return false;
    st->last_code = name;
    ex_str_vec arts = {0};
    size_t end = code_articles(st, m.end, &arts);
    if (!c->oom && !arts.n)
        end = code_applicable_articles(st, m.end, &arts, end);
    if (!c->oom && !arts.n && in_act_title(st, ta)) {
        *next = end;
        return true;
    }
    if (c->oom || !push_ref(st, &c->references, K_CODE, ta, end, NULL, NULL, name, &arts)) {
        ex_vec_free(c->alloc, &arts);
        return false;
    }
    *next = end;
    return true;
}

/* RX_ARTCLAUSE matched (ovector in c->md): its word (group 1) is
   "article" or "articles", at most one edit apart for OCR ("aiticles");
   "son point 6", "son annexe", "son chapitre" are none */
static bool clause_word(ex_call *c)
{
    PCRE2_SIZE *ov = ex_ov(c);
    if (ov[2] == PCRE2_UNSET)
        return false;
    char w[16];
    size_t n = 0;
    for (size_t q = ov[2]; q < ov[3] && n + 1 < sizeof w;) {
        size_t u;
        char f = fold_at(c->text.s + q, ov[3] - q, &u);
        w[n++] = f;
        q += u ? u : 1;
    }
    w[n] = 0;
    return ex_lev1(w, n, "article", 7) || ex_lev1(w, n, "articles", 8);
}

/* "et son article LIST", ", et ses articles LIST" after a code's article list ending at p: the code's further articles
   appended to arts (their ranges to st's); returns the end (p when
   none) */
static size_t code_articles_more(ref_state *st, size_t p, ex_str_vec *arts)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    size_t q = skip_ws(t, p);
    if (q < t->len && t->s[q] == ',')
        q = skip_ws(t, q + 1);
    size_t m = ex_match_fold(t->s + q, t->len - q, "et");
    if (!m || q + m >= t->len || (t->s[q + m] != ' ' && t->s[q + m] != '\n'))
        return p;
    q = skip_ws(t, q + m);
    /* (the possessive only: "et l'article 9 des statuts" is another act's) */
    static const char *const det[] = {"son", "ses", NULL};
    for (m = 0; det[m]; m++) {
        size_t k = ex_match_fold(t->s + q, t->len - q, det[m]);
        if (k && q + k < t->len && (t->s[q + k] == ' ' || t->s[q + k] == '\n')) {
            q = skip_ws(t, q + k);
            break;
        }
    }
    if (!det[m])
        return p;
    m = ex_match_fold(t->s + q, t->len - q, "article");
    if (!m)
        return p;
    q += m;
    if (q < t->len && (t->s[q] == 's' || t->s[q] == 'S'))
        q++;
    if (q >= t->len || (t->s[q] != ' ' && t->s[q] != '\n'))
        return p;
    q = skip_ws(t, q);
    const char *rg[sizeof st->rg / sizeof *st->rg];
    size_t nrg = st->nrg;
    memcpy(rg, st->rg, nrg * sizeof *rg);
    ex_str_vec more = {0};
    size_t le = parse_articles(st, q, &more);
    size_t end = p;
    if (more.n && !c->oom) {
        if (!ex_vec_append(c->alloc, arts, &more))
            c->oom = true;
        else
            end = le;
        /* the ranges of both lists, the first list's first */
        size_t n2 = st->nrg;
        if (nrg + n2 > sizeof st->rg / sizeof *st->rg)
            n2 = 0;
        memmove(st->rg + nrg, st->rg, n2 * sizeof *rg);
        memcpy(st->rg, rg, nrg * sizeof *rg);
        st->nrg = nrg + n2;
    } else {
        memcpy(st->rg, rg, nrg * sizeof *rg);
        st->nrg = nrg;
    }
    ex_vec_free(c->alloc, &more);
    return end;
}

/* the articles cited right after a code's name or abbreviation at p:
   ", et notamment ses articles LIST [et suivants]", ", art. LIST";
   fills arts, returns the end of the citation (p when none) */
static size_t code_articles(ref_state *st, size_t p, ex_str_vec *arts)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    size_t end = p;
    if ((ex_rx_match(c, &st->re->rx[RX_ARTCLAUSE], p, 0) > 0 && clause_word(c))
        || ex_rx_match(c, &st->re->rx[RX_CODEART], p, 0) > 0) {
        size_t le = parse_articles(st, ex_ov(c)[1], arts);
        if (arts->n) {
            end = le;
            /* "ses articles L.5212-1 et suivants" */
            size_t q = end;
            while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t' || t->s[q] == '\n'))
                q++;
            size_t m2 = ex_match_fold(t->s + q, t->len - q, "et");
            if (m2) {
                size_t r2 = q + m2;
                while (r2 < t->len && (t->s[r2] == ' ' || t->s[r2] == '\t' || t->s[r2] == '\n'))
                    r2++;
                size_t m3 = r2 > q + m2 ? ex_match_fold(t->s + r2, t->len - r2, "suivant") : 0;
                if (m3) {
                    r2 += m3;
                    if (r2 < t->len && (t->s[r2] == 's' || t->s[r2] == 'S'))
                        r2++;
                    if (!(r2 < t->len && ((t->s[r2] | 32) >= 'a' && (t->s[r2] | 32) <= 'z')))
                        end = r2;
                }
            }
            /* "ses articles L.5721-1 et suivants et son article L.2224-31" */
            end = code_articles_more(st, end, arts);
        }
    }
    return end;
}

static bool trigger_at(ex_call *c, const ref_engine *re, size_t i);

/* an act cited in [a, b): an act word that parse_act() reads as a
   reference ("modifiée par la délibération n° 2023-012 du 2 février
   2023") */
static bool act_cited_in(ref_state *st, size_t a, size_t b)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    for (size_t q = a; q < b && !c->oom; q++) {
        if (!trigger_at(c, st->re, q))
            continue;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t ta = ov[0], tb = ov[1];
        if (ov[2] == PCRE2_UNSET)
            continue;   /* an article or a code */
        char w[40];
        trigger_word(t, ta, tb, w, sizeof w);
        int k = act_kind(w);
        size_t wl = strlen(w);
        bool plural = wl && w[wl - 1] == 's' && k != K_OTHER && strcmp(w, "loi");
        if (parse_act(st, ta, tb, k, plural).ok)
            return true;
    }
    return false;
}

/* "loi n° 2015-991 du 7 août 2015 portant nouvelle organisation ...,
   et notamment son article 94": the articles named later in the same
   clause (before ";", a sentence end or a new line opening a clause,
   and before another act cited: "…, modifiée par la délibération n° …
   du …, et notamment son article 6" are the other act's) belong to the
   act; fills arts, returns the end of the citation (p when none) */
static size_t act_articles(ref_state *st, size_t p, ex_str_vec *arts)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    size_t lim = t->len - p > 400 ? p + 400 : t->len;
    /* the bytes the loop below acts on: the others are passed over */
    static const unsigned char stop[256] = {[';'] = 1, ['.'] = 1, ['\n'] = 1, [','] = 1};
    for (size_t i = p; i < lim; i++) {
#ifdef EX_SIMD
        /* 16 bytes a step while they fit below lim */
        while (lim - i >= 16) {
            const __m128i x = ex_v_load(t->s + i);
            unsigned m = ex_v_mask(_mm_or_si128(_mm_or_si128(ex_v_eq(x, ';'), ex_v_eq(x, '.')),
                                                _mm_or_si128(ex_v_eq(x, '\n'), ex_v_eq(x, ','))));
            if (m) {
                i += (size_t)__builtin_ctz(m);
                break;
            }
            i += 16;
        }
#endif
        while (i < lim && !stop[(unsigned char)t->s[i]])
            i++;
        if (i >= lim)
            break;
        char ch = t->s[i];
        if (ch == '.' && i + 1 < lim && (t->s[i + 1] == ' ' || t->s[i + 1] == '\n')) {
            /* a sentence end, unless OCR put a speck before a lower-case
               word ("comptable .\npublique, et notamment ses articles"),
               maybe another speck opening the next line ("comptable .\n-
               publique") */
            bool bl;
            size_t z = skip_blank(t, i + 1, &bl, NULL);
            if (!bl && z + 1 < lim && (t->s[z] == '-' || t->s[z] == '.' || t->s[z] == ',' || t->s[z] == '\'')
                && t->s[z + 1] == ' ') {
                z++;
                while (z < lim && (t->s[z] == ' ' || t->s[z] == '\t'))
                    z++;
            }
            if (bl || z >= lim || !(t->s[z] >= 'a' && t->s[z] <= 'z'))
                break;
            continue;
        }
        if (ch == ';')
            break;
        if (ch == '\n') {
            /* the next visa, indented or after blank lines ("… n° 79-12"
               / blank / "     Vu le Code …, et notamment ses articles"):
               its articles are its own */
            size_t z = i + 1;
            while (z < lim && (is_blank(t->s[z]) || is_nl(t->s[z])))
                z++;
            if (z + 3 < lim && ex_match_fold(t->s + z, lim - z, "vu "))
                break;
        }
        if (ch != ',')
            continue;
        size_t q = i + 1;
        while (q < lim && (t->s[q] == ' ' || t->s[q] == '\n'))
            q++;
        if (ex_match_fold(t->s + q, lim - q, "et") && q + 2 < lim
            && (t->s[q + 2] == ' ' || t->s[q + 2] == '\n')) {
            q += 2;
            while (q < lim && (t->s[q] == ' ' || t->s[q] == '\n'))
                q++;
        }
        if (!ex_match_fold(t->s + q, lim - q, "notamment")
            && !ex_match_fold(t->s + q, lim - q, "en particulier"))
            continue;
        if (ex_rx_match_at(c, &st->re->rx[RX_ARTCLAUSE], i) <= 0 || !clause_word(c))
            return p;
        size_t at = ex_ov(c)[1];
        if (act_cited_in(st, p, i))
            return p;
        size_t le = parse_articles(st, at, arts);
        return arts->n ? le : p;
    }
    return p;
}

/* "procès-verbal", "compte rendu", "liste des délibérations", "relevé
   des décisions" at j
   (caseless, a blank or a hyphen between the words) */
static bool minutes_words_at(const ex_text *t, size_t j, size_t n)
{
    char ch = t->s[j] | 0x20;
    if (ch == 'r') {
        /* "relevé des décisions", "relevé de décisions" */
        size_t m1 = ex_match_fold(t->s + j, n - j, "releve de");
        if (!m1 || j + m1 + 1 >= n)
            return false;
        m1 += (t->s[j + m1] | 0x20) == 's';
        return t->s[j + m1] == ' ' && ex_match_fold(t->s + j + m1 + 1, n - j - m1 - 1, "decisions");
    }
    const char *w1 = ch == 'p' ? "proces" : ch == 'c' ? "compte" : ch == 'l' ? "liste" : NULL;
    const char *w2 = ch == 'p' ? "verbal" : ch == 'c' ? "rendu" : "des deliberations";
    if (!w1)
        return false;
    size_t m1 = ex_match_fold(t->s + j, n - j, w1);
    return m1 && j + m1 < n && (t->s[j + m1] == '-' || t->s[j + m1] == ' ')
           && ex_match_fold(t->s + j + m1 + 1, n - j - m1 - 1, w2);
}

/* true when the text opens as minutes of a session (procès-verbal,
   compte rendu, the list of a session's délibérations): its items'
   headings are references */
static bool minutes_text_read(const ex_text *t)
{
    size_t n = t->len < 4000 ? t->len : 4000;
    size_t i = 0;
#ifdef EX_SIMD
    /* 16 positions a step: only a p, c or l (caseless) before an r, o
       or i (caseless) or a non-ASCII byte, or "rel" (caseless), is tried
       (ex_match_fold() reads those); the loads stay below n */
    for (; i + 28 <= n; i += 16) {
        const __m128i a = ex_v_low(ex_v_load(t->s + i));
        const __m128i b1 = ex_v_load(t->s + i + 1), b = ex_v_low(b1);
        const __m128i hi = _mm_cmplt_epi8(b1, _mm_setzero_si128());
        const __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_and_si128(ex_v_eq(a, 'p'), _mm_or_si128(ex_v_eq(b, 'r'), hi)),
                         _mm_and_si128(ex_v_eq(a, 'c'), _mm_or_si128(ex_v_eq(b, 'o'), hi))),
            _mm_or_si128(_mm_and_si128(ex_v_eq(a, 'l'), ex_v_eq(b, 'i')),
                         _mm_and_si128(_mm_and_si128(ex_v_eq(a, 'r'), ex_v_eq(b, 'e')),
                                       ex_v_eq(ex_v_low(ex_v_load(t->s + i + 2)), 'l'))));
        for (unsigned k = ex_v_mask(m); k; k &= k - 1)
            if (minutes_words_at(t, i + (size_t)__builtin_ctz(k), n))
                return true;
    }
#endif
    for (; i + 12 < n; i++)
        if (minutes_words_at(t, i, n))
            return true;
    return false;
}

/* (read once per text) */
static bool minutes_text(ref_state *st)
{
    if (!st->minutes)
        st->minutes = minutes_text_read(&st->c->text) ? 2 : 1;
    return st->minutes == 2;
}

/* true when the byte before p ends a letter or a digit */
static bool after_word_char(const ex_text *t, size_t p)
{
    if (!p)
        return false;
    unsigned char pv = (unsigned char)t->s[p - 1];
    if (pv < 0x80)
        return (pv >= '0' && pv <= '9') || ((pv | 32) >= 'a' && (pv | 32) <= 'z');
    /* a multi-byte character: find its lead byte */
    size_t i = p - 1;
    while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80 && p - i < 4)
        i--;
    unsigned char lead = (unsigned char)t->s[i];
    return lead == 0xC3 || lead == 0xC4 || lead == 0xC5;   /* Latin letters */
}

/* trigger_prefix()'s folding of an ASCII byte of the word: lower case,
   i and 1 read as l, the other digits as '#'; 0 (the word ends) on the
   other bytes */
static const char trig_run_fold[128] = {
    ['0'] = '#', ['1'] = 'l', ['2'] = '#', ['3'] = '#', ['4'] = '#', ['5'] = '#', ['6'] = '#',
    ['7'] = '#', ['8'] = '#', ['9'] = '#', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
    ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'l', ['J'] = 'j', ['K'] = 'k',
    ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
    ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
    ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
    ['g'] = 'g', ['h'] = 'h', ['i'] = 'l', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm',
    ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
    ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* folded first three letters at p are one of the trigger prefixes */
static bool trigger_prefix(const ex_text *t, size_t p)
{
    char w[4];
    size_t k = 0, q = p;
    if (p + 3 <= t->len) {
        unsigned char a = (unsigned char)t->s[p], b = (unsigned char)t->s[p + 1],
                      d = (unsigned char)t->s[p + 2];
        if (a < 0x80 && b < 0x80 && d < 0x80) {
            a |= 32;
            b |= 32;
            d |= 32;
            if (a == 'd' && b == 'e' && (d == '1' || d == 'i'))
                d = 'l';    /* "de1ibération", "deIibération" (OCR) */
            if (!(a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && d >= 'a' && d <= 'z'))
                return false;
            w[0] = (char)a;
            w[1] = (char)b;
            w[2] = (char)d;
            k = 3;
        }
    }
    while (k < 3 && q < t->len) {
        size_t u;
        char f = fold_at(t->s + q, t->len - q, &u);
        if (!(f >= 'a' && f <= 'z'))
            return false;
        w[k++] = f;
        q += u;
    }
    if (k < 3)
        return false;
    /* the trigger words with that prefix, folded as below (each may
       take a final s), and "art" (art.) */
    const char *wa = NULL, *wb = NULL, *wc = NULL;
    size_t na = 0, nb = 0, nc = 0;      /* their lengths */
    bool art = false;           /* wb is "art" (no final s) */
    switch (w[0]) {
    case 'l':
        if (w[1] == 'o' && w[2] == 'i')
            wa = "lol", na = 3;                                  /* loi(s) [organique(s)] */
        break;
    case 'o':
        if (w[1] == 'r' && w[2] == 'd')
            wa = "ordonnance", na = 10;
        break;
    case 'd':
        if (w[1] == 'e' && w[2] == 'c')
            wa = "decret", na = 6, wb = "declslon", nb = 8;      /* décret(s), décision(s) */
        else if (w[1] == 'e' && w[2] == 'l')
            wa = "dellberatlon", na = 12;                        /* délibération(s) */
        else if (w[1] == 'i' && w[2] == 'r')
            wa = "dlrectlve", na = 9;                            /* directive(s) */
        break;
    case 'a':
        if (w[1] == 'r' && w[2] == 'r')
            wa = "arrete", na = 6;                               /* arrêté(s) */
        else if (w[1] == 'r' && w[2] == 't')
            wa = "artlcle", na = 7, wb = "art", nb = 3, art = true; /* article(s), art. */
        else if (w[1] == 'v' && w[2] == 'e')
            wa = "avenant", na = 7;
        else if (w[1] == 'c' && w[2] == 't')
            wa = "acte", na = 4;   /* acte(s) du conseil d'administration */
        break;
    case 'c':
        if (w[1] == 'i' && w[2] == 'r')
            wa = "clrculalre", na = 10;                          /* circulaire(s) */
        else if (w[1] == 'o' && w[2] == 'n')
            wa = "conventlon", na = 10, wb = "contractuallsatlon", nb = 18, wc = "contrat", nc = 7;
        else if (w[1] == 'o' && w[2] == 'd')
            wa = "code", na = 4;
        break;
    case 'i':
        if (w[1] == 'n' && w[2] == 's')
            wa = "lnstructlon", na = 11;                         /* instruction(s) */
        break;
    case 'r':
        if (w[1] == 'e' && w[2] == 'g')
            wa = "reglement", na = 9;                            /* règlement(s) */
        break;
    case 'p':
        if (w[1] == 'r' && w[2] == 'o')
            wa = "protocole", na = 9;
        break;
    case 'm':
        if (w[1] == 'a' && w[2] == 'r')
            wa = "marche", na = 6;                               /* marché(s) */
        break;
    default:
        break;
    }
    if (!wa)
        return false;
    /* The trigger pattern takes the whole word: its characters are ASCII
       letters, '1', U+00C0-U+00FF letters or the long s (caseless s),
       and no letter or digit follows it.  So the run from p of ASCII
       letters and digits, U+00C0-U+00FF letters (not x, /) and long s
       (all letters or digits) is the word matched ("art" before its
       dot, "loi" before "organique").  Each character of the run is
       folded: lower case, accents dropped from a, e, o and u (VA, VO:
       OCR's specks), i and 1 read
       as l ([l1I] in the pattern), long s as s, any other character as
       '#'; the folded run must be one of the words above (folded the
       same way, the pattern's classes [ée] [êeé] [uüù] [l1I] ... all
       fold to the letter written), or one with a final s. */
    const unsigned char *u = (const unsigned char *)t->s;
    char f[20];
    size_t r = 0, q2 = p;
    while (q2 < t->len && r < 20) {
        unsigned char ch = u[q2];
        if (ch < 0x80) {
            if (!(f[r] = trig_run_fold[ch]))
                break;
            q2++;
        } else if (q2 + 1 < t->len && ((ch == 0xC3 && (u[q2 + 1] & 0xC0) == 0x80
                                        && u[q2 + 1] != 0x97 && u[q2 + 1] != 0xB7)
                                       || (ch == 0xC5 && u[q2 + 1] == 0xBF))) {
            unsigned char l = u[q2 + 1] | 0x20;     /* Latin-1 lower case */
            f[r] = ch == 0xC5 ? 's' : (l >= 0xA8 && l <= 0xAB) ? 'e'
                   : (l >= 0xB9 && l <= 0xBC) ? 'u' : (l >= 0xA0 && l <= 0xA4) ? 'a'
                   : (l >= 0xB2 && l <= 0xB6) ? 'o' : '#';
            q2 += 2;
        } else {
            break;
        }
        r++;
    }
    for (int k2 = 0; k2 < 3; k2++) {
        const char *x = k2 == 2 ? wc : k2 ? wb : wa;
        if (!x)
            break;
        size_t n = k2 == 2 ? nc : k2 ? nb : na;
        if ((r == n || (r == n + 1 && f[n] == 's' && !(k2 == 1 && art))) && !memcmp(f, x, n))
            return true;
    }
    return false;
}

/* a, b, d (ASCII bytes | 32; a and b letters): one of the three-letter
   prefixes of trigger_prefix()'s switch.  When the three bytes at p are
   ASCII, trigger_prefix() is false unless they fold (| 32) to one of
   them (no other ASCII byte folds to a letter). */
static bool third_ok(char a, char b, char d)
{
    switch (a) {
    case 'l': return b == 'o' && d == 'i';
    case 'o': return b == 'r' && d == 'd';
    /* d, e, then c or l, or OCR's 1 / I for the l of "délibération"
       read without its accent ("de1ibération", "deIibération") */
    case 'd': return (b == 'e' && (d == 'c' || d == 'l' || d == '1' || d == 'i')) || (b == 'i' && d == 'r');
    case 'a': return (b == 'r' && (d == 'r' || d == 't')) || (b == 'v' && d == 'e') || (b == 'c' && d == 't');
    case 'c': return (b == 'i' && d == 'r') || (b == 'o' && (d == 'n' || d == 'd'));
    case 'i': return b == 'n' && d == 's';
    case 'r': return b == 'e' && d == 'g';
    case 'p': return b == 'r' && d == 'o';
    case 'm': return b == 'a' && d == 'r';
    default: return false;
    }
}

/* a, b, d: a prefix third_ok() accepts; e: the byte after it.  The
   fourth character of the trigger words with that prefix (caseless; no
   other character is a case of these letters): ordonnance, décret,
   décision, délibération, directive, arrêté, article, art., avenant,
   acte, circulaire, convention, contractualisation, contrat, code,
   instruction, règlement, protocole, marché ("loi" is not tested) */
static inline bool fourth_ok(char a, char b, char d, unsigned char e)
{
    unsigned char f = e | 32;
    switch (a) {
    case 'l': return true;
    case 'o': return f == 'o';
    case 'd':
        if (b == 'i')
            return f == 'e';
        return d == 'c' ? (f == 'r' || f == 'i') : f == 'i';
    case 'a':
        if (b == 'v')
            return f == 'n';
        if (b == 'c')
            return f == 'e';    /* acte */
        return d == 'r' ? (f == 'e' || e >= 0x80) : (f == 'i' || e == '.');
    case 'c':
        if (b == 'i')
            return f == 'c';
        /* (OCR: "Codé", an accent speck on the e of "code") */
        return d == 'n' ? (f == 'v' || f == 't') : f == 'e' || e == 0xC3;
    case 'i': return f == 't';
    case 'r': return f == 'l' || f == 'i' || e == '1';
    case 'p': return f == 't';
    case 'm': return f == 'c';  /* marché */
    default: return false;
    }
}

/* the run of ASCII capitals at i is one of the trigger pattern's code
   abbreviations (CGCT, CASF...) and no ASCII lower case letter or digit
   follows it: a necessary condition of that branch of the pattern
   ((?![\p{L}\d]) after it; a byte >= 0x80 after it is left to pcre2) */
static bool code_abbr_at(const unsigned char *s, size_t n, size_t i)
{
    static const char *const abbr[] = {
        "CGCT", "CASF", "CGI", "CGPPP", "CCH", "CSP", "CRPA", "CJA", "CSS", "CPI", "CMF",
        "CGFP", "CESEDA",
    };
    size_t e = i;
    while (e < n && s[e] >= 'A' && s[e] <= 'Z')
        e++;
    if (e - i < 3 || e - i > 6 || (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= '0' && s[e] <= '9'))))
        return false;
    for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
        if (strlen(abbr[k]) == e - i && !memcmp(abbr[k], s + i, e - i))
            return true;
    return false;
}

/* OCR: "Gode" read for "Code" (the confusable C/G) at i, a code's
   name after it (match_code() reads one: the G one edit of the name's
   budget, so a short name, read exactly only, is never taken) */
static bool gode_at(const ref_engine *re, const ex_text *t, size_t i)
{
    const unsigned char *s = (const unsigned char *)t->s;
    size_t n = t->len;
    if (!(i + 4 < n && (s[i + 1] | 32) == 'o' && (s[i + 2] | 32) == 'd'))
        return false;
    size_t e = i + 3;
    if ((s[e] | 32) == 'e')
        e++;
    else if (s[e] == 0xC3 && (s[e + 1] == 0xA9 || s[e + 1] == 0x89))
        e += 2;
    else
        return false;
    if (e < n && (ascii_alnum[s[e]] || s[e] >= 0x80))
        return false;
    return match_code(re, t, i).idx >= 0;
}

/* true when a trigger starts at i (its match left in c->md).  C tests
   first, each a necessary condition of the trigger pattern matching at
   i; pcre2 is called only when they all hold. */
static bool trigger_at(ex_call *c, const ref_engine *re, size_t i)
{
    const ex_text *t = &c->text;
    const unsigned char *s = (const unsigned char *)t->s;
    /* the first letters of the triggers' words (see trigger_prefix(); CGCT
       and the like start with C): ASCII letters, no other character
       being any case of them */
    static const unsigned char first[256] = {
        ['l'] = 1, ['o'] = 1, ['d'] = 1, ['a'] = 1, ['c'] = 1, ['i'] = 1, ['r'] = 1, ['p'] = 1,
        ['L'] = 1, ['O'] = 1, ['D'] = 1, ['A'] = 1, ['C'] = 1, ['I'] = 1, ['R'] = 1, ['P'] = 1,
        ['g'] = 1, ['G'] = 1, ['m'] = 1, ['M'] = 1,
    };
    /* the second letters of the prefixes of trigger_prefix(), by first
       letter: lo or de di ar av ac ci co in re pr ma */
#define B_(x) ((uint32_t)1 << ((x) - 'a'))
    static const uint32_t pairs[26] = {
        ['a' - 'a'] = B_('r') | B_('v') | B_('c'), ['c' - 'a'] = B_('i') | B_('o'),
        ['d' - 'a'] = B_('e') | B_('i'), ['i' - 'a'] = B_('n'), ['l' - 'a'] = B_('o'),
        ['o' - 'a'] = B_('r'), ['p' - 'a'] = B_('r'), ['r' - 'a'] = B_('e'), ['m' - 'a'] = B_('a'),
    };
#undef B_
    unsigned char ch = s[i];
    if (!first[ch])
        return false;
    /* after_word_char(), its ASCII case here */
    unsigned char pv = i ? s[i - 1] : ' ';
    if (pv < 0x80 ? ascii_alnum[pv] : after_word_char(t, i)) {
        /* "Particle", "Pinstruction": l' read as P */
        if (!(i >= 1 && s[i - 1] == 'P' && !after_word_char(t, i - 1)))
            return false;
    }
    bool cand;
    size_t n = t->len;
    unsigned char c1 = i + 1 < n ? s[i + 1] : 0, c2 = i + 2 < n ? s[i + 2] : 0;
    if ((ch | 32) == 'g')
        cand = gode_at(re, t, i);   /* OCR "Gode" */
    else if (ch == 'C' && i + 2 < n && c1 >= 'A' && c1 <= 'Z' && c2 >= 'A' && c2 <= 'Z')
        cand = code_abbr_at(s, n, i) || trigger_prefix(t, i);  /* CGCT, CASF...; CODE */
    else if (c1 >= 0x80) {
        /* a second letter out of ASCII: the é of d[ée] or the è, e, é of
           r[èeé]g (caseless: C3 A9 89, C3 A8 88) */
        unsigned char f = ch | 32, c2l = c2 | 0x20;
        unsigned char c3 = i + 3 < n ? s[i + 3] : 0;
        if (!(c1 == 0xC3 && (c2l == 0xA9 || (f == 'r' && c2l == 0xA8))
              && ((f == 'd' && ((c3 | 32) == 'c' || (c3 | 32) == 'l' || (c3 | 32) == 'i' || c3 == '1'))
                  || (f == 'r' && (c3 | 32) == 'g'))))
            cand = false;   /* and the third: d[ée][cl1I] r[èeé]g */
        else if (!fourth_ok((char)f, 'e', (char)(c3 | 32), i + 4 < n ? s[i + 4] : 0))
            cand = false;   /* and the fourth, as after an ASCII e ("décembre", "délégué") */
        else
            cand = trigger_prefix(t, i);
    } else if (i + 1 < n && ((c1 | 32) >= 'a' && (c1 | 32) <= 'z')
               && !(pairs[(ch | 32) - 'a'] >> ((c1 | 32) - 'a') & 1))
        cand = false;   /* two ASCII letters no trigger prefix opens with */
    else if (i + 2 < n && c2 >= 0x80)
        cand = false;   /* the third letters of the words are ASCII */
    else if (i + 2 < n && !third_ok((char)(ch | 32), (char)(c1 | 32), (char)(c2 | 32)))
        cand = false;   /* three ASCII bytes, not a prefix of trigger_prefix() */
    else if (i + 2 < n && !fourth_ok((char)(ch | 32), (char)(c1 | 32), (char)(c2 | 32),
                                     i + 3 < n ? s[i + 3] : 0))
        cand = false;   /* nor the fourth character of a word with that prefix */
    else
        cand = trigger_prefix(t, i);
    return cand && ex_rx_match(c, &re->rx[RX_TRIGGER], i, 0) > 0;
}

#ifdef EX_SIMD
/* next_trigger()'s test of the first three bytes of a trigger word, as
   classes (one a pair of first letters): the offset j is kept when
   trig_first[s[j]] & trig_second[s[j + 1]] & (trig_third[s[j + 2]] |
   TF_ANY3) is not 0.  Caseless (| 0x20, which merges only a letter's two
   cases), the prefixes of third_ok() (lo-i, or-d, pr-o, ar-[rt], av-e,
   ac-t, ma-r, de-[cli1], di-r, ci-r, co-[nd], in-s, re-g), go-d (gode_at()),
   "C" and two capitals (the CGCT... branch; "C" before a capital and
   another byte is read as above), d and r before a byte 0xC3 (d[ée],
   r[èé]; their third byte is not tested): trigger_at() is false at the
   other offsets (a third byte >= 0x80 after two ASCII letters: false
   there too). */
enum {
    TF_LO = 0x1, TF_OR = 0x2, TF_PR = 0x4, TF_AR = 0x8, TF_AV = 0x10, TF_AC = 0x20,
    TF_DE = 0x40, TF_DI = 0x80, TF_CI = 0x100, TF_CO = 0x200, TF_GO = 0x400, TF_IN = 0x800,
    TF_RE = 0x1000, TF_CU = 0x2000, TF_DC3 = 0x4000, TF_RC3 = 0x8000, TF_MA = 0x10000,
};
#define TF_ANY3 (TF_DC3 | TF_RC3)
static const uint32_t trig_first[256] = {
    ['A'] = TF_AR | TF_AV | TF_AC, ['C'] = TF_CI | TF_CO | TF_CU,
    ['D'] = TF_DE | TF_DI | TF_DC3, ['G'] = TF_GO, ['I'] = TF_IN, ['L'] = TF_LO, ['O'] = TF_OR,
    ['P'] = TF_PR, ['R'] = TF_RE | TF_RC3, ['a'] = TF_AR | TF_AV | TF_AC, ['c'] = TF_CI | TF_CO,
    ['d'] = TF_DE | TF_DI | TF_DC3, ['g'] = TF_GO, ['i'] = TF_IN, ['l'] = TF_LO, ['o'] = TF_OR,
    ['p'] = TF_PR, ['r'] = TF_RE | TF_RC3, ['M'] = TF_MA, ['m'] = TF_MA,
};
static const uint32_t trig_second[256] = {
    ['A'] = TF_MA | TF_CU, ['B'] = TF_CU, ['C'] = TF_AC | TF_CU, ['D'] = TF_CU,
    ['E'] = TF_DE | TF_RE | TF_CU, ['F'] = TF_CU, ['G'] = TF_CU, ['H'] = TF_CU,
    ['I'] = TF_DI | TF_CI | TF_CU, ['J'] = TF_CU, ['K'] = TF_CU, ['L'] = TF_CU, ['M'] = TF_CU,
    ['N'] = TF_IN | TF_CU, ['O'] = TF_LO | TF_CO | TF_GO | TF_CU, ['P'] = TF_CU, ['Q'] = TF_CU,
    ['R'] = TF_OR | TF_PR | TF_AR | TF_CU, ['S'] = TF_CU, ['T'] = TF_CU, ['U'] = TF_CU,
    ['V'] = TF_AV | TF_CU, ['W'] = TF_CU, ['X'] = TF_CU, ['Y'] = TF_CU, ['Z'] = TF_CU,
    ['a'] = TF_MA, ['c'] = TF_AC, ['e'] = TF_DE | TF_RE, ['i'] = TF_DI | TF_CI, ['n'] = TF_IN,
    ['o'] = TF_LO | TF_CO | TF_GO, ['r'] = TF_OR | TF_PR | TF_AR, ['v'] = TF_AV,
    [0xC3] = TF_DC3 | TF_RC3,
};
static const uint32_t trig_third[256] = {
    ['1'] = TF_DE, ['A'] = TF_CU, ['B'] = TF_CU, ['C'] = TF_DE | TF_CU,
    ['D'] = TF_OR | TF_CO | TF_GO | TF_CU, ['E'] = TF_AV | TF_CU, ['F'] = TF_CU, ['G'] = TF_RE | TF_CU,
    ['H'] = TF_CU, ['I'] = TF_LO | TF_DE | TF_CU, ['J'] = TF_CU, ['K'] = TF_CU,
    ['L'] = TF_DE | TF_CU, ['M'] = TF_CU, ['N'] = TF_CO | TF_CU, ['O'] = TF_PR | TF_CU,
    ['P'] = TF_CU, ['Q'] = TF_CU, ['R'] = TF_AR | TF_DI | TF_CI | TF_MA | TF_CU, ['S'] = TF_IN | TF_CU,
    ['T'] = TF_AR | TF_AC | TF_CU, ['U'] = TF_CU, ['V'] = TF_CU, ['W'] = TF_CU, ['X'] = TF_CU,
    ['Y'] = TF_CU, ['Z'] = TF_CU, ['c'] = TF_DE, ['d'] = TF_OR | TF_CO | TF_GO, ['e'] = TF_AV,
    ['g'] = TF_RE, ['i'] = TF_LO | TF_DE, ['l'] = TF_DE, ['n'] = TF_CO, ['o'] = TF_PR,
    ['r'] = TF_AR | TF_DI | TF_CI | TF_MA, ['s'] = TF_IN, ['t'] = TF_AR | TF_AC,
};
#endif

/* the next trigger at or after pos (its match left in c->md), or t->len:
   a byte loop over the text, trigger_at() where the first letter of a
   trigger word starts a word */
static size_t next_trigger(ex_call *c, const ref_engine *re, size_t pos)
{
    const unsigned char *s = (const unsigned char *)c->text.s;
    size_t n = c->text.len;
    /* trigger_at()'s first[], and NUL: the view is NUL-terminated (and
       holds no other NUL: decode.c reads them as spaces), so the loop
       passing over the other bytes stops at its end without a bound
       test */
    static const unsigned char stop[256] = {
        ['l'] = 1, ['o'] = 1, ['d'] = 1, ['a'] = 1, ['c'] = 1, ['i'] = 1, ['r'] = 1, ['p'] = 1,
        ['L'] = 1, ['O'] = 1, ['D'] = 1, ['A'] = 1, ['C'] = 1, ['I'] = 1, ['R'] = 1, ['P'] = 1,
        ['g'] = 1, ['G'] = 1, ['m'] = 1, ['M'] = 1, [0] = 1,
    };
    size_t i = pos;
#ifdef EX_SIMD
    /* 16 positions a step, the word starts found with SSE2, then by
       table look-ups (trig_first[]) only those whose first bytes can
       open a trigger word (necessary conditions of trigger_at()'s tests before
       trigger_prefix()) and whose byte before is no ASCII letter or digit other than P;
       trigger_at() is false at the others.  Loads from i - 1 to i + 17:
       inside the view and its NUL. */
    if (i == 0) {
        if (trigger_at(c, re, 0))
            return 0;
        i = 1;
    }
    for (; i + 18 <= n; i += 16) {
        /* the byte before: not an ASCII letter or digit, or P; the byte:
           a to r, not e, caseless (trig_first[]'s letters) */
        const __m128i pv = ex_v_load((const char *)s + i - 1);
        const __m128i a = ex_v_low(ex_v_load((const char *)s + i));
        const __m128i bad = _mm_or_si128(_mm_andnot_si128(ex_v_eq(pv, 'P'), ex_v_alnum(pv)),
                                         ex_v_eq(a, 'e'));
        unsigned k = ex_v_mask(_mm_andnot_si128(bad, ex_v_in(a, 'a', 'r')));
        for (; k; k &= k - 1) {
            size_t j = i + (size_t)__builtin_ctz(k);
            /* the first three bytes: trig_first[] ... */
            if (!(trig_first[s[j]] & trig_second[s[j + 1]] & (trig_third[s[j + 2]] | TF_ANY3)))
                continue;
            if (trigger_at(c, re, j))
                return j;
        }
    }
#endif
    for (; i < n; i++) {
        while (!stop[s[i]])
            i++;
        if (i >= n)
            break;
        if (i && ascii_alnum[s[i - 1]] && s[i - 1] != 'P')
            continue;   /* trigger_at() is false */
        if (trigger_at(c, re, i))
            return i;
    }
    return n;
}

static int ref_cmp(const void *x, const void *y)
{
    const ex_reference *a = x, *b = y;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    return 0;
}

/* "n° 2024-048 : Vente d'un terrain ... – adoptée à l'unanimité": a
   line opening with a number sign, a number, then ':' or a dash and the
   item's text.  Sets the span of "n° 2024-048" [*a, *b) and of the
   number [*na, *nb). */
static bool item_number_line(const ex_text *t, const ex_line *l, size_t *a, size_t *b, size_t *na, size_t *nb)
{
    const char *s = t->s;
    size_t q = l->start;
    while (q < l->end && (s[q] == ' ' || s[q] == '\t'))
        q++;
    /* OCR: a speck opening the line, a blank after it (". n° 2024-049") */
    size_t k = speck_len(s, q, l->end);
    if (k && q + k < l->end && s[q + k] == ' ') {
        q += k;
        while (q < l->end && (s[q] == ' ' || s[q] == '\t'))
            q++;
    }
    if (q >= l->end || (s[q] != 'n' && s[q] != 'N'))
        return false;
    size_t m = ex_st_numero_at(s + q, l->end - q);
    if (!m)
        return false;
    size_t r = q + m;
    while (r < l->end && (s[r] == ' ' || s[r] == '\t'))
        r++;
    size_t w = r;
    bool dig = false;
    while (w < l->end && s[w] != ' ' && s[w] != '\t' && s[w] != ':') {
        dig |= ex_is_digit(s[w]);
        w++;
    }
    if (!dig)
        return false;
    size_t e = w;
    while (e < l->end && (s[e] == ' ' || s[e] == '\t'))
        e++;
    if (!(e < l->end && (s[e] == ':' || s[e] == '-'
                         || (e + 2 < l->end && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80
                             && ((unsigned char)s[e + 2] == 0x93 || (unsigned char)s[e + 2] == 0x94)))))
        return false;
    *a = q;
    *b = w;
    *na = r;
    *nb = w;
    return true;
}

/* the line names délibérations and ends with ':' ("Le Conseil municipal
   a adopté les délibérations suivantes :") */
static bool deliberations_intro(const ex_text *t, const ex_line *l)
{
    const char *s = t->s;
    size_t e = l->end;
    while (e > l->start && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e == l->start || s[e - 1] != ':')
        return false;
    for (size_t q = l->start; q + 7 < e; q++)
        if ((s[q] == 'd' || s[q] == 'D') && (q == l->start || s[q - 1] == ' ' || s[q - 1] == '\'')
            && ex_match_fold(s + q, e - q, "deliberation"))
            return true;
    return false;
}

/* listed_deliberations()'s pass over the lines up to its first item
   line read while intro holds: without one it pushes nothing (and
   allocates nothing), so minutes_text() (a scan of the text's first
   4000 bytes) need not be read for it.  While intro is false, a line
   not ending with ':' (blanks after it) leaves it false whatever it is
   (deliberations_intro() is false there, an item line does not change
   it), and is passed over without item_number_line() */
static bool listed_item_after_intro(const ex_text *t)
{
    const char *s = t->s;
    bool intro = false;
    for (size_t i = 0; i < t->nlines; i++) {
        const ex_line *l = &t->lines[i];
        if (l->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        if (!intro) {
            size_t e = l->end;
            while (e > l->start && (s[e - 1] == ' ' || s[e - 1] == '\t'))
                e--;
            if (e == l->start || s[e - 1] != ':')
                continue;
        }
        size_t a, b, na, nb;
        if (!item_number_line(t, l, &a, &b, &na, &nb)) {
            intro = deliberations_intro(t, l);
            continue;
        }
        if (intro)
            return true;
    }
    return false;
}

/* strcmp() of two strings held through pointers (bsearch, ex_sort) */
static int str_ptr_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The items of a compte rendu listed one a line under a line that
   introduces them as délibérations ("... a adopté les délibérations
   suivantes :" + "n° 2024-048 : Tarifs ... – adoptée à l'unanimité"):
   their numbers are `deliberation` references, as the item headings
   "Délibération n° ..." of a procès-verbal are (contract).  Two items
   at least with different numbers; in a minutes text only.  One line
   right under an item line is its end, wrapped (OCR re-wraps the
   lines: "... – adoptée à\n: l'unanimité"): the list goes on.  One pass
   over the lines. */
static bool listed_deliberations(ref_state *st)
{
    ex_call *c = st->c;
    const ex_text *t = &c->text;
    ex_reference_vec found = {0};
    bool intro = false, ok = true;
    size_t distinct = 0, item = SIZE_MAX;
    const char *first = NULL;
    for (size_t i = 0; i < t->nlines && ok; i++) {
        const ex_line *l = &t->lines[i];
        if (l->flags & (EX_LINE_BLANK | EX_LINE_FURNITURE | EX_LINE_STAMP))
            continue;
        size_t a, b, na, nb;
        if (!item_number_line(t, l, &a, &b, &na, &nb)) {
            if (!(intro && item != SIZE_MAX && i == item + 1))
                intro = deliberations_intro(t, l);
            continue;
        }
        item = i;
        if (!intro)
            continue;
        char *v = compact(c, na, nb);
        if (!v) {
            ok = false;
            break;
        }
        fix_number(v);
        if (!first) {
            first = v;
            distinct = 1;
        } else if (strcmp(first, v))
            distinct = 2;
        ok = push_ref(st, &found, K_DELIBERATION, a, b, v, NULL, NULL, NULL);
    }
    if (ok && distinct >= 2) {
        for (size_t i = 0; i < found.n; i++) {
            ex_reference *r = ex_vec_push(c->alloc, &c->references);
            if (!r) {
                c->oom = true;
                ok = false;
                break;
            }
            *r = found.v[i];
        }
        ex_sort(c->references.v, c->references.n, sizeof *c->references.v, ref_cmp);
    }
    ex_vec_free(c->alloc, &found);
    return ok && !c->oom;
}

bool ex_find_references(ex_call *c)
{
    const ref_engine *re = c->eng->references;
    if (!re || !c->text.len)
        return true;
    const ex_text *t = &c->text;
    ref_state st = {c, re, NULL, {0, 0, 0}, {0, 0, 0}, {0}, 0, 0};
    size_t pos = 0;
    while (pos < t->len && !c->oom) {
        size_t at = next_trigger(c, re, pos);
        if (at >= t->len)
            break;
        PCRE2_SIZE *ov = ex_ov(c);
        size_t ta = ov[0], tb = ov[1];
        bool act = ov[2] != PCRE2_UNSET, art = ov[4] != PCRE2_UNSET;
        bool code = ov[6] != PCRE2_UNSET;
        size_t next = tb > ta ? tb : ta + 1;
        if (art) {
            parse_article_ref(&st, ta, tb, &next);
        } else if (code) {
            parse_code_ref(&st, ta, tb, &next);
        } else if (ov[8] != PCRE2_UNSET) {
            /* "Vu le CGCT", "au sens du CGCT": a code cited by its abbreviation */
            char pw[8];
            prev_word(t, ta, pw, sizeof pw);
            /* or anywhere when "art." and an article follow: "(CGCT
               art. L2122-22 4°)" */
            if (!strcmp(pw, "le") || !strcmp(pw, "du") || !strcmp(pw, "au")
                || ex_rx_match(c, &st.re->rx[RX_CODEART], tb, 0) > 0) {
                for (size_t i = 0; i < N_CODES; i++)
                    if (codes[i].abbr && strlen(codes[i].abbr) == tb - ta
                        && !memcmp(codes[i].abbr, t->s + ta, tb - ta)) {
                        st.last_code = codes[i].name;
                        ex_str_vec arts = {0};
                        size_t end = code_articles(&st, tb, &arts);
                        if (c->oom || !push_ref(&st, &c->references, K_CODE, ta, end, NULL,
                                                NULL, codes[i].name, &arts)) {
                            ex_vec_free(c->alloc, &arts);
                            c->oom = true;
                        }
                        next = end > next ? end : next;
                        break;
                    }
            }
        } else if (act) {
            char w[40];
            trigger_word(t, ta, tb, w, sizeof w);
            size_t we = tb;
            int k = act_kind(w);
            if (k == K_LOI && tb - ta > 5)
                k = K_LOI_ORGANIQUE;   /* "loi organique": two words matched */
            size_t wl = strlen(w);
            bool plural = we > ta && wl && w[wl - 1] == 's' && k != K_OTHER
                          && strcmp(w, "loi");
            if (!strcmp(w, "lois"))
                plural = true;
            char pw[16];
            prev_word(t, ta, pw, sizeof pw);
            /* the act read once: the tests below that need it, then the reference */
            act_result r = {0};
            bool parsed = false;
            bool skip = !strcmp(pw, "present") || !strcmp(pw, "presente")
                        || !strcmp(pw, "presents") || !strcmp(pw, "presentes");
            /* "le projet de délibération en date du …": a draft (this
               act's own), no act cited */
            if (!skip && (!strcmp(pw, "de") || !strcmp(pw, "d"))) {
                size_t wa, wb;
                char w2[12];
                if (ex_word_before(t->s, 0, ta, EX_WB_APOS, &wa, &wb, pw, sizeof pw)
                    && ex_word_before(t->s, 0, wa, EX_WB_APOS, &wa, &wb, w2, sizeof w2)
                    && (!strcmp(w2, "projet") || !strcmp(w2, "projets")))
                    skip = true;
            }
            if (k == K_ARRETE && pw[0]) {
                /* "Procès-verbal arrêté en séance": a participle */
                static const char *const det[] = {
                    "l", "le", "les", "un", "d", "du", "des", "de", "par", "cet",
                    "ce", "vu", "au", "aux", "son", "notre", "ledit", "leur", "a",
                    "nouvel", "dernier", "present", "p", NULL
                };
                if (!ex_in_list(pw, det))
                    skip = true;
            }
            if (!skip && k == K_DECISION) {
                /* "décision modificative n° 1 du budget", "décision
                   budgétaire modificative n° 2": a budget document, a
                   reference only when dated ("décision\nmodificative":
                   also across a line break) */
                size_t q = tb;
                while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t' || t->s[q] == '\n'))
                    q++;
                size_t bm = ex_match_fold(t->s + q, t->len - q, "budgetaire");
                if (bm) {
                    q += bm;
                    while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t' || t->s[q] == '\n'))
                        q++;
                }
                if (ex_match_fold(t->s + q, t->len - q, "modificative")) {
                    r = parse_act(&st, ta, tb, k, plural);
                    parsed = true;
                    skip = !r.ok || !r.date;
                }
            }
            /* "l'avenant n° 1 au lot n° 3", "Montant de l'avenant n° 1" (the
               one the act approves, or a rank in a contract's list): a
               reference only when dated ("l'avenant n° 1 du 18 octobre
               2024") */
            if (!skip && !strcmp(w, "avenant")) {
                r = parse_act(&st, ta, tb, k, plural);
                parsed = true;
                skip = !r.ok || !r.date;
            }
            /* "le marché n° 2024-MT-07 notifié le …": a marché (public
               contract) is cited by its number right after the word and
               a date; "le marché n° 2024-012 relatif à …" (the one the
               act awards), "le marché initial et l'avenant n° 1 du …",
               "le marché du 14 juillet" (a market) are none */
            if (!skip && !strncmp(w, "march", 5)) {
                size_t q = tb;
                while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t' || t->s[q] == '\n'))
                    q++;
                r = parse_act(&st, ta, tb, k, plural);
                parsed = true;
                skip = !r.ok || !r.num_b || !r.date || (t->s[q] | 32) != 'n';
            }
            if (!skip) {
                if (!parsed)
                    r = parse_act(&st, ta, tb, k, plural);
                if (r.ok) {
                    bool item = false;
                    bool head = heading_position(&st, ta, &item);
                    int fl = head ? 0 : footer_line(&st, ta);
                    if (fl == 2) {
                        pos = r.end > next ? r.end : next;
                        continue;
                    }
                    if (fl == 1 && r.num_b) {
                        size_t *ix = ex_vec_push(c->alloc, &st.footers);
                        if (!ix) {
                            c->oom = true;
                            break;
                        }
                        *ix = c->references.n;
                    }
                    ex_reference_vec *dst = head && !item ? &st.headings : &c->references;
                    ex_str_vec arts = {0};
                    size_t end = head ? r.end : act_articles(&st, r.end, &arts);
                    if (c->oom || !push_ref(&st, dst, r.kind, ta, end,
                                            r.multi_num ? NULL : number_value(c, &r),
                                            r.multi || r.multi_num ? NULL : r.date, NULL, &arts)) {
                        ex_vec_free(c->alloc, &arts);
                        c->oom = true;
                        break;
                    }
                    if (!head && (r.num_b || r.date) && annex_heading(t, ta))
                        dst->v[dst->n - 1].annex = true;
                    next = end > next ? end : next;
                }
            }
        }
        pos = next;
    }
    bool ok = !c->oom;
    /* "Commune de X – Délibération n° 2023-36 du 12/10/2023": a running
       title the line model missed (OCR noise), when it repeats the number
       of the act's own heading */
    if (ok && st.footers.n && st.headings.n) {
        /* the headings' numbers sorted, each footer's looked up (not
           every heading per footer: quadratic in a file of many acts) */
        const char **hn = ex_malloc(c->alloc, st.headings.n * sizeof *hn);
        size_t nh = 0;
        if (hn) {
            for (size_t h = 0; h < st.headings.n; h++)
                if (st.headings.v[h].number)
                    hn[nh++] = st.headings.v[h].number;
        }
        if (!hn || !ex_sort_buf(c->alloc, hn, nh, sizeof *hn, str_ptr_cmp)) {
            ex_free(c->alloc, hn);
            c->oom = true;
            ok = false;
        }
        size_t w = 0, f = 0;
        for (size_t i = 0; ok && i < c->references.n; i++) {
            bool drop = false;
            if (f < st.footers.n && st.footers.v[f] == i) {
                f++;
                const char *num = c->references.v[i].number;
                drop = num && nh && bsearch(&num, hn, nh, sizeof *hn, str_ptr_cmp);
            }
            if (drop) {
                ex_vec_free(c->alloc, &c->references.v[i].articles);    /* owned */
                continue;
            }
            c->references.v[w++] = c->references.v[i];
        }
        if (ok) {
            c->references.n = w;
            ex_free(c->alloc, hn);
        }
    }
    ex_vec_free(c->alloc, &st.footers);
    /* headings: two different numbers or more (not in furniture) are the
       items of a procès-verbal, hence references */
    if (ok && st.headings.n) {
        size_t distinct = 0;
        const char *first = NULL;
        for (size_t i = 0; i < st.headings.n; i++) {
            const ex_reference *h = &st.headings.v[i];
            if (ex_is_furniture(t, h->span.start) || !h->number)
                continue;
            if (!first) {
                first = h->number;
                distinct = 1;
            } else if (strcmp(first, h->number) && distinct < 2)
                distinct = 2;
        }
        if (distinct >= 2 && minutes_text(&st)) {
            for (size_t i = 0; i < st.headings.n && ok; i++) {
                ex_reference *r = ex_vec_push(c->alloc, &c->references);
                if (!r) {
                    c->oom = true;
                    ok = false;
                    break;
                }
                *r = st.headings.v[i];
            }
            ex_sort(c->references.v, c->references.n, sizeof *c->references.v, ref_cmp);
        }
    }
    ex_vec_free(c->alloc, &st.headings);
    if (ok && listed_item_after_intro(&c->text) && minutes_text(&st))
        ok = listed_deliberations(&st);
    return ok && !c->oom;
}
