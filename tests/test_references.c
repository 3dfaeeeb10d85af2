/* test_references.c - stage references: cited acts, code articles.

   Table-driven (testutil.h): a row is one text and what its references
   hold, by index; a field left out is not checked. */
#include "testutil.h"

#include <stdio.h>

enum { REF_MAX = 8, ART_MAX = 4, NOT_MAX = 2 };

/* what reference i holds (NULL / unset: not checked, TT_NULL: none);
   date is yyyymmdd (D(y, m, d)), TT(0) no date; span: the exact view
   bytes of the reference */
typedef struct ref_want {
    const char *kind, *number, *code, *text, *span;
    tt_num date, narticles, nranges;
    const char *articles[ART_MAX];
    const char *ranges[2];
} ref_want;
#define D(y, m, d) TT((y) * 10000 + (m) * 100 + (d))

/* a text, the number of references (n exact, or at least min_n), numbers
   no reference may have, then the references by index */
typedef struct ref_row {
    const char *in;
    tt_num n, min_n;
    const char *no_number[NOT_MAX];
    ref_want refs[REF_MAX];
} ref_row;

/* run the recognizers over the whole text */
static void run(ex_call *c, const extract_engine *e, const char *s)
{
    text_of(c, e, s, strlen(s));
    assert_true(ex_find_dates(c));
    assert_true(ex_find_references(c));
}

static bool want_any(const ref_want *w)
{
    static const ref_want none;
    return memcmp(w, &none, sizeof none) != 0;
}

/* the span covers exactly the view bytes of text */
static void check_span(const tt_ctx *t, const ex_call *c, ex_span sp, const char *text)
{
    if (!text)
        return;
    char buf[512];
    tt_true(t, sp.start <= sp.end && sp.end <= c->text.len && sp.end - sp.start < sizeof buf);
    tt_int(t, sp.end - sp.start, strlen(text));
    size_t n = sp.end - sp.start < sizeof buf ? sp.end - sp.start : 0;
    memcpy(buf, c->text.s + sp.start, n);
    buf[n] = '\0';
    tt_str(t, buf, text);
}

static void check_ref(const tt_ctx *t, const ex_call *c, const ex_reference *r, const ref_want *w)
{
    tt_str(t, r->kind, w->kind);
    tt_str(t, r->number, w->number);
    tt_str(t, r->code, w->code);
    tt_str(t, r->text, w->text);
    check_span(t, c, r->span, w->span);
    if (w->date.set) {
        tt_int(t, r->date.y, w->date.v / 10000);
        tt_int(t, r->date.m, w->date.v / 100 % 100);
        tt_int(t, r->date.d, w->date.v % 100);
    }
    tt_opt(t, r->articles.n, w->narticles);
    tt_opt(t, r->nranges, w->nranges);
    for (size_t i = 0; i < ART_MAX; i++)
        if (w->articles[i]) {
            tt_true(t, i < r->articles.n);
            if (i < r->articles.n)
                tt_str(t, r->articles.v[i], w->articles[i]);
        }
    for (size_t i = 0; i < 2; i++)
        if (w->ranges[i]) {
            tt_true(t, i < 2 * r->nranges);
            if (i < 2 * r->nranges)
                tt_str(t, r->ranges[i], w->ranges[i]);
        }
}

static void check_row(const tt_ctx *t, const extract_engine *e, const ref_row *row)
{
    ex_call c;
    run(&c, e, row->in);
    tt_opt(t, c.references.n, row->n);
    if (row->min_n.set)
        tt_true(t, c.references.n >= (size_t)row->min_n.v);
    for (size_t i = 0; i < REF_MAX; i++)
        if (want_any(&row->refs[i])) {
            char name[64];  /* failures name the reference: "ref 2 in rows[0]" */
            snprintf(name, sizeof name, "ref %zu in %s", i, t->table);
            const tt_ctx rt = {name, t->i, t->in};
            tt_true(&rt, i < c.references.n);
            if (i < c.references.n)
                check_ref(&rt, &c, &c.references.v[i], &row->refs[i]);
        }
    /* every reference has a kind and a non-empty span inside the view */
    for (size_t i = 0; i < c.references.n; i++) {
        const ex_reference *x = &c.references.v[i];
        tt_true(t, x->kind != NULL);
        tt_true(t, x->span.start < x->span.end && x->span.end <= c.text.len);
    }
    for (size_t k = 0; k < NOT_MAX && row->no_number[k]; k++)
        for (size_t i = 0; i < c.references.n; i++)
            tt_true(t, !c.references.v[i].number || strcmp(c.references.v[i].number, row->no_number[k]));
    ex_call_free(&c);
}

#define CHECK_ROWS(rows) \
    TT_EACH(r, t, rows) \
    check_row(&t, *state, r)

static void test_acts_with_number_and_date(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens ;\n"
              "Vu la délibération n°2021-257 du Conseil départemental en date du 01/07/2021 ;\n"
              "Vu l'arrêté préfectoral n° 79-2023-12-18-00004 du 18 décembre 2023 ;\n"
              "Vu le règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013 ;\n",
        .n = TT(4),
        .refs = {{.kind = "loi", .number = "2000-321", .date = D(2000, 4, 12), .code = TT_NULL,
                  .span = "loi n° 2000-321 du 12 avril 2000"},
                 {.kind = "deliberation", .number = "2021-257", .date = D(2021, 7, 1),
                  .text = "délibération n°2021-257 du Conseil départemental en date du 01/07/2021"},
                 {.kind = "arrete", .number = "79-2023-12-18-00004"},
                 {.kind = "reglement", .number = "1407/2013", .date = D(2013, 12, 18)}},
    }};
    CHECK_ROWS(rows);
}

/* a reference cut at a line's end before an INDENTED continuation
   holding its date ("décret n° 2021-1311" / "     du 7 octobre 2021 ;",
   a dash bullet's body): the indent is no column gap; a column gap
   inside one line still ends the reference */
static void test_indented_date_line(void **state)
{
    static const ref_row rows[] = {
        {.in = "- a été publiée conformément à l'article L. 2131-1 et au décret n° 2021-1311\n"
               "     du 7 octobre 2021 ;\n",
         .min_n = TT(1),
         .refs = {{.kind = "decret", .number = "2021-1311", .date = D(2021, 10, 7)}}},
        {.in = "- a été publiée conformément au décret n° 2021-1311          du 7 octobre 2021 ;\n",
         .n = TT(1), .refs = {{.kind = "decret", .number = "2021-1311", .date = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* a Paris-style act code ("délibération 2023 DVD 87") is the number,
   its blanks kept; "le projet de délibération" (a draft) cites no act;
   a paragraph number after a code article ("L.2122-22, 4° du CGCT") is
   no article of its own */
static void test_year_code_draft_and_paragraph(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la délibération 2023 DVD 87 du 4 juillet 2023 approuvant le programme ;\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .number = "2023 DVD 87", .date = D(2023, 7, 4),
                   .span = "délibération 2023 DVD 87 du 4 juillet 2023"}}},
        /* a function word in capitals is no direction code (ex_year_code()) */
        {.in = "Vu la délibération 2024 DES 12 adoptée ;\n", .n = TT(0)},
        {.in = "Vu le projet de délibération en date du 23 septembre 2025 par lequel M. le Maire lui propose ;\n",
         .n = TT(0)},
        /* a letters suffix after a number with a slash */
        {.in = "VU la délibération n° 24/212 AC de l’Assemblée de Corse du 19 décembre 2024,\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "24/212 AC", .date = D(2024, 12, 19)}}},
        {.in = "Vu la délibération n° 2024-12 DU CONSEIL du 3 mars 2024 ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2024-12"}}},
        /* a code of 2-4 capitals after a number without a slash, before
           "du", a punctuation mark or the line's end (no function word,
           no month, no word going on) */
        {.in = "Vu la délibération n° 2025-88 APF du 12 décembre 2025 portant budget ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-88 APF", .date = D(2025, 12, 12)}}},
        {.in = "Vu l’arrêté n° 412 CM du 20 mars 2026 soumettant un projet ;\n",
         .n = TT(1), .refs = {{.kind = "arrete", .number = "412 CM", .date = D(2026, 3, 20)}}},
        {.in = "Vu la délibération n° 2025-14 MAI 2025 du conseil ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-14"}}},
        {.in = "Vu la délibération n° 2025-14 EN date du 3 mars 2025 ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-14"}}},
        {.in = "Vu la délibération n° 2025-14 SDIS relative au budget ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-14"}}},
        /* at the line's end 3 capitals at least (two may be a speck) */
        {.in = "Vu la délibération n° 2025-14 APF\nportant budget ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-14 APF"}}},
        {.in = "Vu la délibération n° 2025-14 SR\nportant budget ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2025-14"}}},
        /* a code's structure named before its articles */
        {.in = "VU le code général des collectivités territoriales, titre II, livre IV, de la\n"
               "quatrième partie, et notamment ses articles L. 4421-1 à L. 4426-1,\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.4421-1", "L.4426-1"}}}},
        {.in = "Décision prise en application de l’article L.2122-22, 4° du CGCT.\n"
               "Vu l’article L.2122-22, 4°, du CGCT ;\n",
         .n = TT(2),
         .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.2122-22"}},
                  {.kind = "code", .narticles = TT(1), .articles = {"L.2122-22"}}}},
        /* the code's scope ("applicable aux communes de …") between its
           name and its articles */
        {.in = "Vu le code général des collectivités territoriales applicable aux communes\n"
               "de la Polynésie française, et notamment ses articles L. 2121-29 et\n"
               "L. 2311-7 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2121-29", "L.2311-7"},
                               .span = "code général des collectivités territoriales applicable aux communes\n"
                                       "de la Polynésie française, et notamment ses articles L. 2121-29 et\n"
                                       "L. 2311-7"}}},
        /* not past a clause end ("applicable … ; Vu …, notamment") */
        {.in = "Vu le code général des collectivités territoriales applicable aux communes ;\n"
               "Vu la loi n° 2004-192, et notamment ses articles 20 et 43 ;\n",
         .refs = {{.kind = "code", .narticles = TT(0)}}},
        /* an act cited with no end mark, then the next visa indented
           after blank lines: that visa's articles are its own, the act
           takes none; negative: the same clause on the act's own line */
        {.in = "Vu la délibération n° 79-12\n\n\n     Vu le Code des communes, et notamment ses articles "
               "L.163-1 à L.163-18 ;\n",
         .n = TT(2),
         .refs = {{.kind = "deliberation", .number = "79-12", .narticles = TT(0)},
                  {.kind = "code", .narticles = TT(2), .articles = {"L.163-1", "L.163-18"}}}},
        {.in = "Vu la délibération n° 79-12, et notamment ses articles 2 et 3 ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "79-12", .narticles = TT(2),
                               .articles = {"2", "3"}}}},
        /* an item or alinéa number between two articles: the list goes on */
        {.in = "Vu le code général des collectivités territoriales, et notamment ses articles L. 2122-22, 5°,\n"
               "et L. 2122-23 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}}}},
        {.in = "Vu les articles L. 2122-22 (4°) et L. 2122-23 du code général des collectivités territoriales ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}}}},
        {.in = "Vu les articles L. 2212-2, alinéa 3, et R. 2212-1 du code général des collectivités territoriales ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2212-2", "R.2212-1"}}}},
        /* negative: no code article after the note (the code's name, a
           number of agents) */
        {.in = "Vu l’article L. 2122-22, 4°, du CGCT et la délibération du conseil ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.2122-22"},
                               .span = "article L. 2122-22, 4°, du CGCT"}}},
        {.in = "Vu l’article L. 2122-22, 4°, et 3 agents du service ;\n",
         .n = TT(0)},
        /* a bare "l'article L. 2541-12," after the CGCT was named: the
           CGCT's (a CGCT-shaped number, the last code named) */
        {.in = "Le conseil, convoqué conformément à l'article L. 2541-2 du code général des collectivités "
               "territoriales, a désigné, conformément à l'article L. 2541-12, M. X pour présider.\n",
         .n = TT(2),
         .refs = {{.kind = "code", .articles = {"L.2541-2"}},
                  {.kind = "code", .code = "code général des collectivités territoriales",
                   .narticles = TT(1), .articles = {"L.2541-12"}, .span = "article L. 2541-12"}}},
        /* negative: the last code another one; a number no CGCT's
           ("L. 429-2"); "ses articles" (a code OCR garbled before it) */
        {.in = "Vu l'article L. 2123-1 du code de la commande publique ; conformément à l'article L. 2124-2, "
               "le marché est passé.\n",
         .n = TT(1)},
        {.in = "Vu l'article L. 2541-2 du code général des collectivités territoriales ; conformément à "
               "l'article L. 429-2, la chasse est louée.\n",
         .n = TT(1)},
        {.in = "Vu l'article L. 2541-2 du code général des collectivités territoriales ;\n"
               "Vu le code de la commande big et notamment ses articles L. 2124-2 et R. 2162-4 ;\n",
         .n = TT(1)},
        /* a provincial code: the territory belongs to its name */
        {.in = "Vu le code de l'environnement de la province Sud ;\n",
         .n = TT(1), .refs = {{.kind = "code", .code = "code de l'environnement de la province Sud",
                               .span = "code de l'environnement de la province Sud"}}},
    };
    CHECK_ROWS(rows);
}

/* a commune's name holding a lower-case connector ("sur", "en", "sous"),
   hyphenated or between two capitalised words, is part of the gap
   between the act and its date; a lower-case "sur" between plain words
   still ends it */
static void test_place_connector_in_gap(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la délibération du conseil municipal de Marcy-sur-Anse du 11 mars 2025 ;\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .date = D(2025, 3, 11),
                   .span = "délibération du conseil municipal de Marcy-sur-Anse du 11 mars 2025"}}},
        {.in = "Vu la délibération du conseil municipal de Marcy sur Anse du 11 mars 2025 ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .date = D(2025, 3, 11)}}},
        {.in = "Vu la délibération du conseil municipal de Villiers-en-Bière du 3 juin 2024 ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .date = D(2024, 6, 3)}}},
        {.in = "Vu la délibération du conseil sur les tarifs du 3 juin 2024 ;\n", .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* a règlement's name holding "à", "au", "aux" ("d'aide aux
   associations") before "adopté le" / "en date du": one reference;
   negatives: after such a preposition a plain "du" + date is no
   connector, and other acts still stop at "aux" */
static void test_reglement_name_preposition(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le règlement départemental d'aide aux associations adopté le 15 décembre\n2025 ;\n",
         .n = TT(1),
         .refs = {{.kind = "reglement", .date = D(2025, 12, 15),
                   .span = "règlement départemental d'aide aux associations adopté le 15 décembre\n2025"}}},
        {.in = "Vu le règlement départemental d'aide à la culture adopté le 3 mars 2024 ;\n",
         .n = TT(1), .refs = {{.kind = "reglement", .date = D(2024, 3, 3)}}},
        {.in = "Vu le règlement des aides aux clubs en date du 3 mars 2024 ;\n",
         .n = TT(1), .refs = {{.kind = "reglement", .date = D(2024, 3, 3)}}},
        {.in = "Vu le règlement applicable aux associations du 15 décembre 2025 ;\n", .n = TT(0)},
        {.in = "Vu la délibération relative aux associations adoptée le 15 décembre 2025 ;\n", .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* " – " + a bare qualifier + the act's number ("arrêté de mise en
   sécurité – procédure urgente n° …") and "mise en …" (no preposition
   ending the gap): one reference; negatives: "remise en" still ends the
   gap, a dash before a determiner does not take a later number */
static void test_dash_qualifier_and_mise_en(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu l'arrêté de mise en sécurité – procédure urgente n° PH-2026-04 du 26 janvier 2026 ;\n",
         .n = TT(1),
         .refs = {{.kind = "arrete", .number = "PH-2026-04", .date = D(2026, 1, 26),
                   .span = "arrêté de mise en sécurité – procédure urgente n° PH-2026-04 du 26 janvier 2026"}}},
        {.in = "Vu l'arrêté de mise en demeure du 3 mars 2025 ;\n",
         .n = TT(1), .refs = {{.kind = "arrete", .date = D(2025, 3, 3)}}},
        {.in = "Vu l'arrêté de remise en état du 3 mars 2025 ;\n", .n = TT(0)},
        {.in = "Vu l'arrêté de péril – le conseil municipal n° 12 du 3 mars 2025 ;\n",
         .no_number = {"12"}},
    };
    CHECK_ROWS(rows);
}

/* a paragraph in a right-hand column wrapping at the same indent ("Vu
   pour être annexé à la délibération" / "du Conseil de District en date
   du" / "12 février 1975."): one reference across its lines; negatives:
   the next line indented otherwise, or the act's line holding a column
   gap (two columns side by side), is a column gap ending the act */
static void test_right_column_wrap(void **state)
{
    static const ref_row rows[] = {
        {.in = "                    Vu pour être annexé à la délibération\n"
               "                    du Conseil de District en date du\n"
               "                    12 février 1975.\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .date = D(1975, 2, 12),
                   .span = "délibération\n                    du Conseil de District en date du\n"
                           "                    12 février 1975"}}},
        {.in = "                    Vu pour être annexé à la délibération\n"
               "          du Conseil de District en date du\n"
               "          12 février 1975.\n",
         .n = TT(0)},
        {.in = "Le Président,       Vu pour être annexé à la délibération\n"
               "                    du Conseil de District en date du\n"
               "                    12 février 1975.\n",
         .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* plural act words before a ":" and a list of places each with its
   act's date in brackets: ONE reference from the act word to the last
   date (the closing bracket left out), number and date null; a single
   item or an item without its date in brackets gives none */
static void test_concordant_acts_bracket_dates(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu les délibérations concordantes des conseils municipaux des communes\n"
               "membres : Marcy-sur-Anse (11 mars 2025), Vernay (14 mars\n"
               "2025), Saint-Paul-des-Prés\n(27 mars 2025) et Belval-le-Haut (2 avril 2025) ;\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .number = TT_NULL, .date = TT(0),
                   .span = "délibérations concordantes des conseils municipaux des communes\n"
                           "membres : Marcy-sur-Anse (11 mars 2025), Vernay (14 mars\n"
                           "2025), Saint-Paul-des-Prés\n(27 mars 2025) et Belval-le-Haut (2 avril 2025"}}},
        /* OCR: a blank line inside an item, "{" read for the bracket */
        {.in = "Vu les délibérations concordantes des communes membres : Vernay {14 mars 2025),\n"
               "Saint-Paul-des-Prés\n\n(27 mars 2025) et Belval (2 avril 2025) ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = TT_NULL, .date = TT(0)}}},
        {.in = "Vu les délibérations concordantes des communes membres : Vernay (14 mars 2025) ;\n",
         .n = TT(0)},
        {.in = "Vu les délibérations concordantes des communes membres : Vernay, Belval (2 avril 2025) ;\n",
         .n = TT(0)},
        /* no colon: from the first place's bracket on, the last item a
           body named by its place ("et du conseil communautaire de …") */
        {.in = "Vu les délibérations concordantes des conseils municipaux de Vernac\n"
               "(12 mars 2026), Lussan (14 mars 2026) et du conseil\n"
               "communautaire de la communauté de communes du Haut-Garlandais\n(26 mars 2026) ;\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .number = TT_NULL, .date = TT(0),
                   .span = "délibérations concordantes des conseils municipaux de Vernac\n"
                           "(12 mars 2026), Lussan (14 mars 2026) et du conseil\n"
                           "communautaire de la communauté de communes du Haut-Garlandais\n(26 mars 2026"}}},
        /* one bracketed date only, or a lower-case word before the bracket: none */
        {.in = "Vu les délibérations concordantes des conseils municipaux de Vernac (12 mars 2026) ;\n",
         .n = TT(0)},
        {.in = "Vu les délibérations concordantes des conseils municipaux (12 mars 2026), Lussan (14 mars 2026) ;\n",
         .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* a number holding a letters prefix and one blank: "n° DCM 2024/018"
   (the blank kept); a capitalised function word ("n° DU 12") or a
   lower-case word is no prefix */
static void test_number_letters_prefix(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la délibération n° DCM 2024/018 du 9 février 2024 relative aux mesures d'urgence ;\n"
               "Vu l'arrêté n° CAB 23-117 du 3 mars 2023 ;\n",
         .n = TT(2),
         .refs = {{.kind = "deliberation", .number = "DCM 2024/018", .date = D(2024, 2, 9),
                   .span = "délibération n° DCM 2024/018 du 9 février 2024"},
                  {.kind = "arrete", .number = "CAB 23-117"}}},
        {.in = "Vu la délibération n° DU 2024 relative aux tarifs ;\n"
               "Vu la délibération n° dcm 2024/018 relative aux tarifs ;\n",
         .no_number = {"DU 2024", "dcm 2024/018"}},
    };
    CHECK_ROWS(rows);
}

/* a typewriter's "N." for N° after the act word */
static void test_number_sign_dot(void **state)
{
    static const ref_row rows[] = {{
        .in = "VU LA LOI N. 88-13 DU 5 JANVIER 1988 D'AMELIORATION ;\n",
        .n = TT(1),
        .refs = {{.kind = "loi", .number = "88-13", .date = D(1988, 1, 5)}},
    }};
    CHECK_ROWS(rows);
}

static void test_acts_date_only_and_bare_number(void **state)
{
    static const ref_row rows[] = {{
        .in = "VU la loi 2021-1900 du 30 décembre 2021 de finances pour 2022 ;\n"
              "VU le décret du 20 juillet 2022 portant nomination ;\n"
              "VU la décision de la directrice générale de la cohésion sociale du 10 mars 2014 ;\n"
              "Vu la circulaire préfectorale du 2 décembre 2022 ;\n",
        .n = TT(4),
        .refs = {{.kind = "loi", .number = "2021-1900"},
                 {.kind = "decret", .number = TT_NULL, .date = D(2022, 7, 20)},
                 {.kind = "decision", .date = D(2014, 3, 10)},
                 {.kind = "circulaire"}},
    }};
    CHECK_ROWS(rows);
}

/* several acts in one phrase: one reference, date null */
static void test_conventions_and_placeholders(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la convention de partenariat signée le 14 février 2022 entre la Région et la Banque ;\n"
              "Vu la délibération de la Commission Permanente en date du xxxx autorisant le Président ;\n"
              "Vu les avenants 2020 et 2021 de la convention bassin minier, signés en date des "
              "12/11/2020 et 16/12/2021, joints en annexe ;\n"
              "Vu le protocole d'accord associant l'État et la Région en date du 9 novembre 2018 ;\n"
              "Vu le rapport du Président ;\n"
              "Vu l'avis de la commission réunie le 6 novembre 2023 ;\n",
        .n = TT(3),
        .refs = {{.kind = "convention", .date = D(2022, 2, 14)},
                 {.kind = "convention", .date = TT(0)},
                 {.kind = "other", .date = D(2018, 11, 9)}},
    }};
    CHECK_ROWS(rows);
}

/* "du même code": the last code named; an abbreviation: the full name;
   a range lists both ends */
static void test_code_articles(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le Code Général des Collectivités Territoriales, et notamment ses articles "
              "L.2212-1, L.2212-2, L.2213-1\net L.2213-2 ;\n"
              "Vu le Code général des impôts, et notamment ses articles 1636 B sexies et 1639 A ;\n"
              "au sens de l'article R.417-10 du code de la route, et aux articles L.325-1 et "
              "suivants du même code.\n"
              "Conformément à l'article L.5214-16 du CGCT, le montant est fixé.\n"
              "Vu le Code de l’Action Sociale et des Familles et notamment ses articles L.262-1 à\n"
              "L.263-2-1 ;\n",
        .n = TT(6),
        .refs = {{.kind = "code", .code = "Code Général des Collectivités Territoriales",
                  .narticles = TT(4), .articles = {[3] = "L.2213-2"}},
                 {.narticles = TT(2), .articles = {"1636Bsexies", "1639A"}},
                 {.code = "code de la route", .span = "article R.417-10 du code de la route"},
                 {.code = "code de la route", .articles = {"L.325-1"}},
                 {.code = "Code général des collectivités territoriales"},
                 {.narticles = TT(2), .articles = {[1] = "L.263-2-1"}}},
    }, {
        /* OCR "du même codé" (é for e); negative: "du même codex" */
        .in = "VU le Code général des collectivités territoriales, notamment son article L.2224-31 ;\n"
              "VU l'article L.2224-35 du même codé relatif aux réseaux ;\n"
              "VU l'article L.2224-36 du même codex ;\n",
        .n = TT(2),
        .refs = {{.articles = {"L.2224-31"}},
                 {.code = "Code général des collectivités territoriales", .articles = {"L.2224-35"}}},
    }};
    CHECK_ROWS(rows);
}

static void test_article_of_an_act(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l’application de l’article 10 "
              "de la loi n° 2000-321 du 12 avril 2000 ;\n"
              "Les crédits sont inscrits à l'article 6574, chapitre 65.\n"
              "Le présent arrêté sera affiché ; l'article 4 de la présente convention s'applique.\n",
        .n = TT(2),
        .refs = {{.kind = "decret"},
                 {.kind = "loi", .narticles = TT(1), .articles = {"10"},
                  .span = "article 10 de la loi n° 2000-321 du 12 avril 2000"}},
    }, {
        /* a decimal article of a dated arrêté, kept as printed */
        .in = "en méconnaissance de l'article 4.3.2 de l'arrêté préfectoral du 14 octobre 2019 susvisé ;\n",
        .n = TT(1),
        .refs = {{.kind = "arrete", .number = TT_NULL, .narticles = TT(1), .articles = {"4.3.2"},
                  .span = "article 4.3.2 de l'arrêté préfectoral du 14 octobre 2019"}},
    }, {
        /* the act's own decimal article (no act after it): no reference;
           a date is no decimal article */
        .in = "Les prescriptions de l'article 1.2.1 sont applicables.\n"
              "Vu l'article 12.05.2019 de l'arrêté préfectoral du 14 octobre 2019 ;\n",
        .n = TT(1),
        .refs = {{.kind = "arrete", .narticles = TT(0), .span = "arrêté préfectoral du 14 octobre 2019"}},
    }};
    CHECK_ROWS(rows);
}

/* the articles named after an act ("…, et notamment son article 94")
   stop at another act cited in between: "…, modifiée par la
   délibération n° … du …, et notamment son point 6" is two references,
   and "son point 6" is no article of either; "son article 6" after the
   nested act is that act's; after a code too, only an article word (OCR
   "aiticles") opens articles */
static void test_act_articles_stop_at_nested_act(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la délibération n° 2021-118 du 3 juin 2021 portant délégation au Bureau, modifiée "
               "par la délibération n° 2022-040 du 7 avril 2022, et notamment son point 4 relatif aux "
               "marchés ;\n",
         .n = TT(2),
         .refs = {{.number = "2021-118", .narticles = TT(0),
                   .span = "délibération n° 2021-118 du 3 juin 2021"},
                  {.number = "2022-040", .date = D(2022, 4, 7), .narticles = TT(0)}}},
        {.in = "Vu la délibération n° 2021-118 du 3 juin 2021 portant délégation au Bureau, modifiée "
               "par la délibération n° 2022-040 du 7 avril 2022, et notamment son article 6 ;\n"
               "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale, et "
               "notamment son article 94 ;\n",
         .n = TT(3),
         .refs = {{.narticles = TT(0)},
                  {.narticles = TT(1), .articles = {"6"}},
                  {.kind = "loi", .narticles = TT(1), .articles = {"94"}}}},
        {.in = "Vu le code général des collectivités territoriales, et notamment son annexe 3 ;\n"
               "Vu le code de l'urbanisme, notamment ses aiticles L.421-1 et R.421-1 ;\n",
         .n = TT(2),
         .refs = {{.narticles = TT(0)}, {.narticles = TT(2)}}},
    };
    CHECK_ROWS(rows);
}

static void test_own_heading_is_not_a_reference(void **state)
{
    static const ref_row rows[] = {{
        .in = "ARRÊTÉ MUNICIPAL N° 2024-087\n"
              "portant réglementation du stationnement\n"
              "Vu la délibération n° 2023-085 du 14 décembre 2023 ;\n"
              "Procès-verbal arrêté en séance du 23/05/2024.\n",
        .n = TT(1),
        .refs = {{.number = "2023-085"}},
    }, {
        /* an OCR speck before the heading: still the act's own; a list
           dash is no speck (an item citing a decision) */
        .in = "DÉCISION DU PRÉSIDENT\n"
              ". Décision n° DP-2025-084 du 14 octobre 2025\n"
              "Vu la délibération n° 2020-058 du 16 juillet 2020 ;\n"
              "Il est rendu compte :\n"
              "- Décision n° DP-2025-012 du 3 février 2025 ;\n",
        .n = TT(2),
        .no_number = {"DP-2025-084"},
        .refs = {{.number = "2020-058"}, {.number = "DP-2025-012"}},
    }, {
        /* ... but under "SOMMAIRE" a sommaire entry whose leaders OCR
           lost: it cites the act */
        .in = "SOMMAIRE\n"
              "ARRÊTÉS DU MAIRE\n"
              "\n"
              ". Arrêté n° 2024-ST-071 du 3 juillet 2024 portant interdiction\n",
        .n = TT(1),
        .refs = {{.number = "2024-ST-071"}},
    }};
    CHECK_ROWS(rows);
}

/* a sommaire entry (dot leaders on its line or the next) cites the act:
   a reference; under a "SOMMAIRE" line of its page, an entry whose
   leaders are not printed (a scan dropped them) too, when it or one of
   the two text lines after it ends with a page number (one blank line
   passed over: "… navette\n\nestivale … saison 2026 3"); the same line
   without leaders or page number, or away from a sommaire, is a
   heading */
static void test_toc_entries_are_references(void **state)
{
    static const ref_row rows[] = {{
        .in = "SOMMAIRE\n"
              "\n"
              "Arrêté n° 2024-ST-071 du 3 juillet 2024 portant interdiction de la circulation\n"
              "rue des Écoles ........................................ page 2\n"
              "Arrêté n° 2024-AG-019 du 22 août 2024 portant délégation ............ page 3\n"
              "\n"
              "Arrêté n° 2024-ST-088 du 16 septembre 2024 portant autorisation\n"
              "\n"
              "du domaine public ...................... page 4\n",
        .n = TT(3),
        .refs = {{.kind = "arrete", .number = "2024-ST-071", .date = D(2024, 7, 3),
                  .span = "Arrêté n° 2024-ST-071 du 3 juillet 2024"},
                 {.number = "2024-AG-019"}, {.number = "2024-ST-088"}},
    }, {
        .in = "SOMMAIRE\n"
              "\n"
              "Décision n° DP-2026-041 du 4 mars 2026 – Attribution du marché de\n"
              "maintenance des équipements de vidéoprotection 2\n"
              "\n"
              "Décision n° DP-2026-047 du 12 mars 2026 – Tarifs de la navette\n"
              "\n"
              "estivale du lac de Sirvaux – saison 2026 3\n",
        .n = TT(2),
        .refs = {{.kind = "decision", .number = "DP-2026-041", .date = D(2026, 3, 4),
                  .span = "Décision n° DP-2026-041 du 4 mars 2026"},
                 {.kind = "decision", .number = "DP-2026-047", .date = D(2026, 3, 12)}},
    }, {
        /* negative: no page number (a year, "l'article 3"), no
           sommaire above on the page */
        .in = "SOMMAIRE\n"
              "\n"
              "Décision n° DP-2026-041 du 4 mars 2026 – Attribution du marché\n"
              "de vidéoprotection 2026\n"
              "\n"
              "Décision n° DP-2026-047 du 12 mars 2026 en application de\n"
              "l'article 3\n",
        .n = TT(0),
        .no_number = {"DP-2026-041", "DP-2026-047"},
    }, {
        .in = "SOMMAIRE\n"
              "\f"
              "Décision n° DP-2026-052 du 24 mars 2026 – Demande de\n"
              "subvention 5\n",
        .n = TT(0),
        .no_number = {"DP-2026-052"},
    }};
    CHECK_ROWS(rows);
}

/* a convention named by a few words (up to six) before its number
   ("convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars
   2022"); not past a capitalised word or the line's end */
static void test_convention_name_before_number(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022 ;\n"
              "Vu la convention avec la Région n° 12 ;\n",
        .min_n = TT(1),
        .no_number = {"12"},
        .refs = {{.kind = "convention", .number = "2022-CULT-045", .date = D(2022, 3, 14),
                  .span = "convention pluriannuelle d'objectifs n° 2022-CULT-045 du 14 mars 2022"}},
    }, {
        /* five words ("et de moyens"); not eight */
        .in = "Vu la convention pluriannuelle d'objectifs et de moyens n° CPOM-2025-03\n"
              "signée le 14 février 2025 ;\n"
              "Vu la convention passée entre les deux parties pour toute la période n° 3 ;\n",
        .min_n = TT(1),
        .no_number = {"3"},
        .refs = {{.kind = "convention", .number = "CPOM-2025-03", .date = D(2025, 2, 14),
                  .span = "convention pluriannuelle d'objectifs et de moyens n° CPOM-2025-03\n"
                          "signée le 14 février 2025"}},
    }, {
        /* not past another act's word: the number is that act's */
        .in = "Convention annexée à la délibération n° 2026-052 – ACTES :\n"
              "069-216904128-20260512-2026_052-DE\n",
        .n = TT(1),
        .refs = {{.kind = "deliberation", .number = "2026-052", .date = TT(0),
                  .span = "délibération n° 2026-052"}},
    }, {
        /* a name without an act word still reaches its number */
        .in = "Vu la convention de mise à disposition n° 12 ;\n",
        .n = TT(1),
        .refs = {{.kind = "convention", .number = "12"}},
    }};
    CHECK_ROWS(rows);
}

static void test_minutes_items_are_references(void **state)
{
    static const ref_row rows[] = {{
        .in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
              "1. DÉLIBÉRATION N° 2024-012 – VOTE DES TAUX\n"
              "Adopté à l'unanimité.\n"
              "2. DÉLIBÉRATION N° 2024-013 – BUDGET PRIMITIF\n",
        .n = TT(2),
        .refs = {{.kind = "deliberation", .number = "2024-012", .date = TT(0),
                  .span = "DÉLIBÉRATION N° 2024-012"}},
    }};
    CHECK_ROWS(rows);
}

/* a compte rendu sommaire lists its délibérations one a line, "n° X :
   title – adoptée ...", under a line introducing them as délibérations:
   each number is a deliberation reference (the item headings of a
   procès-verbal are); not without that line, not in a text that is no
   minutes, not a single item (the act's own number line) */
static void test_listed_deliberations(void **state)
{
    static const ref_row rows[] = {
        {.in = "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "\n"
               "Le Conseil municipal a adopté les délibérations suivantes :\n"
               "\n"
               "n° 2024-048 : Tarifs de la cantine – adoptée à l'unanimité\n"
               "N° 2024-049 – Vente d'un terrain – adoptée par 17 voix pour\n"
               "\n"
               "La séance est levée à 21 h 40.\n"
               "n° 2024-050 : une ligne hors de la liste\n",
         .n = TT(2),
         .refs = {{.kind = "deliberation", .number = "2024-048", .span = "n° 2024-048"},
                  {.number = "2024-049", .span = "N° 2024-049"}}},
        /* OCR: a speck opening an item line, an item's end wrapped on
           the next line; negative: a second line under it ends the list */
        {.in = "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "\n"
               "Le Conseil municipal a adopté les délibérations suivantes :\n"
               "\n"
               "n° 2024-048 : Tarifs de la cantine – adoptée à l'unanimité\n"
               ". n° 2024-049 : Vente d'un terrain – adoptée à\n"
               ": l'unanimité. ode ne : 2\n"
               "n° 2024-050 : Subvention au comité – adoptée par 20 voix pour et 1\n"
               "abstention\n"
               "La séance est levée à 21 h 40.\n"
               "n° 2024-051 : une ligne hors de la liste\n",
         .n = TT(3),
         .refs = {{.kind = "deliberation", .number = "2024-048"},
                  {.number = "2024-049", .span = "n° 2024-049"},
                  {.number = "2024-050"}}},
        {.in = "COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Ordre du jour :\n"
               "n° 1 : Tarifs de la cantine\n"
               "n° 2 : Vente d'un terrain\n",
         .n = TT(0)},
        {.in = "RAPPORT AU CONSEIL MUNICIPAL\n"
               "Les délibérations suivantes :\n"
               "n° 2024-048 : Tarifs de la cantine\n"
               "n° 2024-049 : Vente d'un terrain\n",
         .n = TT(0)},
        {.in = "COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Délibération adoptée :\n"
               "n° 2024-048 : Tarifs de la cantine\n",
         .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* OCR noise; then "notammèent", "L:.2212-2", a blank line in the list,
   "-à" glued; negative: a dash then "à" after a plain number is no
   article list */
static void test_ocr_noise(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la deliberation n* 2O23-12 du 16 mars 2023 ;\n"
               "Vu l'arrete prefectoral no 2022-10-73 du 10 août 2022 ;\n"
               "Vu le Code genéral des co1lectivités territoriales, et notamment ses aiticles "
               "L.2l21-29 et R:417-10 ;\n"
               "pris en application de Particle 105 du décret n° 2012-1246 du 7 novembre 2012 ;\n",
         .n = TT(4),
         .refs = {{.kind = "deliberation", .number = "2023-12"},
                  {.kind = "arrete"},
                  {.code = "Code général des collectivités territoriales",
                   .articles = {"L.2121-29", "R.417-10"}},
                  {.articles = {"105"}}}},
        {.in = "VU le Code général des collectivités territoriales, et notammèent ses articles "
               "L.2212-1, L:.2212-2\n"
               "\n"
               "et L.2213-1 à L:2213-6 ;\n"
               "Vu le Code de l'environnement, et notamment ses articles L.2224-12-1-à L.2224-12-4 ;\n",
         .n = TT(2),
         .refs = {{.narticles = TT(4), .articles = {[1] = "L.2212-2", [3] = "L.2213-6"}},
                  {.narticles = TT(2), .articles = {[1] = "L.2224-12-4"}}}},
        {.in = "Vu le décret h° 2023-5 du 3 janvier 2023 ;\nVu le décret h° du 3 mars 2023 ;\n",
         .n = TT(2),
         .refs = {{.kind = "decret", .number = "2023-5", .date = D(2023, 1, 3)},
                  {.number = TT_NULL}}},
        /* OCR "ri°" for n° before a number; "ri" alone no sign (no
           number, the act left out) */
        {.in = "Vu le décret ri° 92-1194 du 4 novembre 1992 ;\nVu le décret ri 92-1195 du 4 novembre 1992 ;\n",
         .n = TT(1),
         .refs = {{.kind = "decret", .number = "92-1194", .date = D(1992, 11, 4)}}},
        /* OCR: a speck glued after the comma (",.L."), "E" read for L
           before a code article number; "E. 12" (no code number) none */
        {.in = "Vu le code général des collectivités territoriales, notamment ses articles\n"
               "L.2212-1,.L. 2212-2etL. 2213-6 ;\n"
               "Vu le code général de la propriété des personnes publiques, notamment ses\n"
               "articles L. 2122-1 à L. 2122-3 et E. 2125-1 ;\n"
               "Vu le code de la route, notamment son article E. 12 ;\n",
         .n = TT(3),
         .refs = {{.narticles = TT(3), .articles = {"L.2212-1", "L.2212-2", "L.2213-6"}},
                  {.narticles = TT(3), .articles = {[2] = "L.2125-1"}},
                  {.narticles = TT(0)}}},
        /* OCR "[a" for "la" inside a code's name: the code's full name */
        {.in = "au sens de l'article R417-10 du code de [a\nroute ;\n",
         .n = TT(1),
         .refs = {{.code = "Code de la route", .narticles = TT(1), .articles = {"R417-10"}}}},
        {.in = "Vu le Code de la route, et notamment ses articles R.110-2, RA411-8, R.411-25 et "
               "R.417-10 ;\n"
               "Vu le Code de la voirie routière, et notamment ses articles L.113-2, voir L.141-3 ;\n",
         .n = TT(2),
         .refs = {{.narticles = TT(3), .articles = {[1] = "R.411-25", [2] = "R.417-10"}},
                  {.narticles = TT(1)}}},
        {.in = "Vu l'article L.511-15 du code delà construction .\net de l'habitation ;\n",
         .n = TT(1),
         .refs = {{.code = "Code de la construction et de l'habitation", .articles = {"L.511-15"}}}},
        {.in = "Vu les statuts approuvés par arrêté préfectoral :\nn° 2019-1842 du 16 décembre 2019 ;\n"
               "Vu l'arrêté préfectoral:\nn° 2020-11 du 3 mars 2020 ;\n",
         .n = TT(1),
         .refs = {{.kind = "arrete", .number = "2019-1842", .date = D(2019, 12, 16)}}},
        /* OCR: a speck opening the line of the number sign or of a code
           article, a blank after it; negative: a speck glued to the
           number sign, and one before a word that is no number sign */
        {.in = "pris pour l'application de l'article 10 de la loi :\n: n° 2000-321 du 12 avril 2000 ;\n"
               "Vu la loi\n: n° 2015-991 du 7 août 2015 ;\n"
               "conditions requises par l'article\n‘ L.5211-20 du code général des collectivités territoriales ;\n"
               "Vu le décret\n:n° 2001-495 ;\n"
               "Vu la loi :\n: notamment la section 2 du 12 avril 2000 ;\n",
         .n = TT(3),
         .refs = {{.kind = "loi", .number = "2000-321", .date = D(2000, 4, 12), .articles = {"10"}},
                  {.kind = "loi", .number = "2015-991", .date = D(2015, 8, 7)},
                  {.code = "code général des collectivités territoriales", .articles = {"L.5211-20"}}}},
        /* the code's abbreviation in brackets before the article clause
           or the article */
        {.in = "Vu le Code général des collectivités territoriales (CGCT), notamment son article "
               "L. 5211-10 ;\nVu le code de l'urbanisme (CU), article L. 421-1 ;\n",
         .n = TT(2),
         .refs = {{.code = "Code général des collectivités territoriales", .articles = {"L.5211-10"}},
                  {.code = "code de l'urbanisme", .articles = {"L.421-1"}}}},
        {.in = "Vu le Code de la route, et notamment son article R.110-2 ; le tarif 12-à compter du "
               "1er mai.\n",
         .n = TT(1),
         .refs = {{.narticles = TT(1)}}},
    };
    CHECK_ROWS(rows);
}

/* an act word as the subject of the document, or followed by a term
   ("à compter du", "pour une durée de"), is not a citation */
static void test_terms_are_not_citations(void **state)
{
    static const ref_row rows[] = {{
        .in = "La convention est conclue pour une durée de trois ans à compter du 15 avril 2024.\n"
              "La présente convention prend effet à compter du 1er janvier 2025.\n"
              "Le présent arrêté est applicable jusqu'au 31 décembre 2024.\n"
              "Une convention prendra effet à compter du 2 mai 2024.\n"
              "Vu la convention du 12 mars 2020 relative au fonds de concours ;\n"
              "Vu la convention n° 2021-12 signée le 3 février 2021 ;\n",
        .n = TT(2),
        .refs = {{.kind = "convention", .span = "convention du 12 mars 2020", .date = D(2020, 3, 12)},
                 {.kind = "convention", .number = "2021-12",
                  .span = "convention n° 2021-12 signée le 3 février 2021"}},
    }};
    CHECK_ROWS(rows);
}

/* the words after an accented first syllable that only look like act
   words ("décembre", "délégué", "Décidé", "réglé") are no triggers; the
   act words with the same three letters still are, capitalised or not */
static void test_accented_prefix_words(void **state)
{
    static const ref_row rows[] = {{
        .in = "Le 3 décembre 2024, le délégué a été désigné ; DÉCIDÉ à l'unanimité.\n"
              "Vu le Décret n° 2024-101 du 5 février 2024 ;\n"
              "Vu la DÉLIBÉRATION n° 2023-45 du 12 décembre 2023 ;\n"
              "Vu la décision n° 2022-7 du 1er mars 2022 ;\n"
              "Vu le règlement n° 12 du 2 avril 2021 ; la somme est réglée.\n",
        .n = TT(4),
        .refs = {{.kind = "decret", .number = "2024-101"},
                 {.kind = "deliberation", .number = "2023-45"},
                 {.kind = "decision", .number = "2022-7"},
                 {.kind = "reglement", .number = "12"}},
    }};
    CHECK_ROWS(rows);
}

/* an act cited on a line that carries a page marker ("Page 2", "PAGE
   3/4", "Page" alone at the end) is page furniture, not a reference;
   "Pages" or "Pagination" is no page marker */
static void test_page_marker_line(void **state)
{
    static const ref_row rows[] = {{
        .in = "Délibération n° 2024-10 du 4 mars 2024 Page 2\n"
              "Vu la délibération n° 2024-11 du 4 mars 2024 PAGE 3/4\n"
              "Arrêté n° 2024-12 du 4 mars 2024 - Page\n"
              "Vu la délibération n° 2024-13 du 4 mars 2024 (Pages jaunes) ;\n"
              "Vu l'arrêté n° 2024-14 du 4 mars 2024 sur la Pagination ;\n",
        .n = TT(2),
        .refs = {{.number = "2024-13"}, {.number = "2024-14"}},
    }};
    CHECK_ROWS(rows);
}

/* the articles named later in the act's clause: after a long stretch
   without punctuation, after a comma; none after the clause's ';' */
static void test_act_articles_far_in_clause(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la "
              "République et relative aux compétences des collectivités, et notamment son article 94 ;\n"
              "Vu la loi n° 2014-58 du 27 janvier 2014 de modernisation de l'action publique territoriale "
              "; l'article 12 de la convention reste applicable.\n",
        .n = TT(2),
        .refs = {{.number = "2015-991", .narticles = TT(1), .articles = {"94"}},
                 {.number = "2014-58", .narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* "et suivants" belongs to the cited articles, in both word orders */
static void test_articles_and_following(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le Code général des collectivités territoriales, et notamment ses articles "
              "L.5212-1 et suivants ;\n"
              "en application des articles L.5211-1 et suivants du CGCT ;\n",
        .n = TT(2),
        .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.5212-1"},
                  .span = "Code général des collectivités territoriales, et notamment ses articles "
                          "L.5212-1 et suivants"},
                 {.code = "Code général des collectivités territoriales",
                  .span = "articles L.5211-1 et suivants du CGCT"}},
    }};
    CHECK_ROWS(rows);
}

/* "et suivants" after an article does not end the list when a
   separator and another article follow it */
static void test_articles_and_following_list(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code de l'environnement, notamment ses articles L.122-1 et suivants, R.122-2 et "
              "suivantes et R.123-5 ;\n"
              "en application des articles L.2224-7 et suivants et R.2224-19 du CGCT ;\n",
        .n = TT(2),
        .refs = {{.kind = "code", .narticles = TT(3), .articles = {"L.122-1", "R.122-2", "R.123-5"},
                  .span = "code de l'environnement, notamment ses articles L.122-1 et suivants, "
                          "R.122-2 et suivantes et R.123-5"},
                 {.narticles = TT(2), .articles = {[1] = "R.2224-19"},
                  .span = "articles L.2224-7 et suivants et R.2224-19 du CGCT"}},
    }};
    CHECK_ROWS(rows);
}

/* "et son article LIST" after a code's list (after "et suivants" too)
   goes on with the same code's articles, its ranges kept after the
   first list's; "et l'article 9 des statuts" is another act's */
static void test_articles_and_its_article(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code de l'urbanisme, notamment ses articles L.151-1 et suivants et son article "
              "R.151-3 ;\n"
              "Vu le code de la voirie routière, notamment ses articles L.111-1 à L.111-4, et ses\n"
              "articles R.141-2 à R.141-9 ;\n"
              "Vu le code rural, notamment son article L.211-2 et l'article 9 des statuts ;\n",
        .n = TT(3),
        .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.151-1", "R.151-3"},
                  .span = "code de l'urbanisme, notamment ses articles L.151-1 et suivants et son "
                          "article R.151-3"},
                 {.narticles = TT(4), .articles = {"L.111-1", "L.111-4", "R.141-2", "R.141-9"},
                  .nranges = TT(2)},
                 {.narticles = TT(1), .articles = {"L.211-2"}}},
    }};
    CHECK_ROWS(rows);
}

/* a tax code article with a Latin ordinal and a letter, the number cut
   by a line end: "1609 nonies C" -> "1609noniesC" */
static void test_article_latin_letter(void **state)
{
    static const ref_row rows[] = {{
        .in = "Le montant est fixé selon le IV de l'article 1609\n"
              "nonies C du code général des impôts et l'article 1518 bis A du même code.\n",
        .n = TT(2),
        .refs = {{.kind = "code", .narticles = TT(1), .articles = {"1609noniesC"},
                  .span = "article 1609\nnonies C du code général des impôts"},
                 {.narticles = TT(1), .articles = {"1518bisA"}}},
    }};
    CHECK_ROWS(rows);
}

/* "L.2121.15" is read L.2121-15; "du même code" is the last code named;
   a code before its articles; ranges keep both ends and are noted */
static void test_dotted_abbreviated_and_ranges(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code général des collectivités territoriales ;\n"
              "Vu les articles L2121-29 et L.2121.15 du même code ;\n"
              "Vu le CGCT, art. L. 2122-22 ;\n"
              "Vu les articles L.214-1 à L.214-6 et R.214-1 du code de l'environnement ;\n",
        .n = TT(4),
        .refs = {[1] = {.code = "code général des collectivités territoriales", .narticles = TT(2),
                        .articles = {"L2121-29", "L.2121-15"}, .nranges = TT(0),
                        .span = "articles L2121-29 et L.2121.15 du même code"},
                 [2] = {.code = "Code général des collectivités territoriales", .narticles = TT(1),
                        .articles = {"L.2122-22"}, .span = "CGCT, art. L. 2122-22"},
                 [3] = {.code = "code de l'environnement", .narticles = TT(3), .nranges = TT(1),
                        .ranges = {"L.214-1", "L.214-6"}}},
    }, {
        /* the abbreviation first, in brackets after another word: "art."
           and an article make it a citation of the code */
        .in = "Vu la délibération portant délégation au Président (CGCT art. L2122-22 4°) ;\n",
        .n = TT(1),
        .refs = {{.code = "Code général des collectivités territoriales", .narticles = TT(1),
                  .articles = {"L2122-22"}, .span = "CGCT art. L2122-22"}},
    }, {
        /* the abbreviation alone after another word: no reference */
        .in = "l'avis rendu au Président (CGCT) sans délai, CGCT 2026 ;\n",
        .n = TT(0),
    }};
    CHECK_ROWS(rows);
}

/* a paragraph in roman numerals glued to a code article ("L.5214-16V")
   is the article's paragraph: the article is L.5214-16 */
static void test_glued_roman_paragraph(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code général des collectivités territoriales, notamment son article L.5214-16V ;\n"
              "Vu les articles L.5211-1 et L.5214-16IV du code de l'environnement ;\n",
        .n = TT(2),
        .refs = {{.narticles = TT(1), .articles = {"L.5214-16"},
                  .span = "code général des collectivités territoriales, notamment son article "
                          "L.5214-16V"},
                 {.narticles = TT(2), .articles = {[1] = "L.5214-16"},
                  .code = "code de l'environnement"}},
    }};
    CHECK_ROWS(rows);
}

/* "loi ... portant ..., et notamment son article 94": the article belongs
   to the act; not past the end of the clause */
static void test_act_then_its_articles(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la "
              "République, et\nnotamment son article 94 ;\n"
              "Vu le décret n° 2004-374 du 29 avril 2004 relatif aux préfets ; notamment son article 3\n",
        .n = TT(2),
        .refs = {{.kind = "loi", .narticles = TT(1), .articles = {"94"},
                  .text = "loi n° 2015-991 du 7 août 2015 portant nouvelle organisation "
                          "territoriale de la République, et notamment son article 94"},
                 {.narticles = TT(0), .span = "décret n° 2004-374 du 29 avril 2004"}},
    }};
    CHECK_ROWS(rows);
}

/* a "décision modificative" (budget document) is cited only when dated;
   also cut by a line break after "décision" */
static void test_budget_amendment(void **state)
{
    static const ref_row rows[] = {{
        .in = "APPROUVE la décision modificative n° 1 du budget principal ;\n"
              "ADOPTE la décision\nmodificative n° 3 telle que présentée ;\n"
              "Vu la décision modificative n° 2 du 12 mars 2024 ;\n",
        .n = TT(1),
        .refs = {{.kind = "decision", .number = "2"}},
    }};
    CHECK_ROWS(rows);
}

/* "avenant" is an act word (kind convention), its prefix passing the
   byte filters ("ave", not "ava"); cited only when dated: "l'avenant n° 1
   au lot n° 3" (the one the act approves) is none; "avenants 2020 et
   2021 ... signés en date des ..." one reference from its first word */
static void test_avenant(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu l'avenant n° 1 du 20 avril 2023 ;\n"
              "Toutes les clauses de l'avenant n° 2024-03 du 18 octobre\n2024 demeurent.\n"
              "Article 1 : D'approuver l'avenant n° 1 au lot n° 3 du marché ;\n"
              "Vu les avenants 2020 et 2021 de la convention cadre, signés en date des 12/11/2020 "
              "et 16/12/2021 ;\n",
        .n = TT(3),
        .refs = {{.kind = "convention", .number = "1", .date = D(2023, 4, 20),
                  .text = "avenant n° 1 du 20 avril 2023"},
                 {.kind = "convention", .number = "2024-03", .date = D(2024, 10, 18)},
                 {.kind = "convention", .text = "avenants 2020 et 2021 de la convention cadre, signés en "
                                                "date des 12/11/2020 et 16/12/2021"}},
    }};
    CHECK_ROWS(rows);
}

/* every act word of the trigger pattern, as written, capitalised and
   in capitals, after "Vu", inside a sentence and after "l'", cited
   with a number and a date: one reference of its kind.  The trigger's
   byte filters (trigger_prefix(), third_ok(), fourth_ok(), the
   first-byte and SIMD tables of references.c) are hand-written
   necessary conditions of the pattern: a word they refuse is silently
   lost (the "avenant" of 2026-12-02 was, for four days) */
static void upper_utf8(char *d, const char *s)
{
    for (; *s; s++, d++) {
        unsigned char ch = (unsigned char)*s;
        if (ch >= 'a' && ch <= 'z')
            *d = (char)(ch - 32);
        else if (ch == 0xC3 && (unsigned char)s[1] >= 0xA0 && (unsigned char)s[1] <= 0xBE) {
            *d++ = *s++;                    /* é -> É: Latin-1 lower case minus 32 */
            *d = (char)((unsigned char)*s - 32);
        } else
            *d = *s;
    }
    *d = '\0';
}

static void test_every_trigger_word(void **state)
{
    static const struct { const char *word, *kind; } words[] = {
        {"loi", "loi"}, {"lois", "loi"}, {"loi organique", "loi_organique"},
        {"ordonnance", "ordonnance"}, {"ordonnances", "ordonnance"},
        {"décret", "decret"}, {"decret", "decret"}, {"décrets", "decret"},
        {"arrêté", "arrete"}, {"arrete", "arrete"}, {"arrété", "arrete"}, {"arrêtés", "arrete"},
        {"circulaire", "circulaire"}, {"instruction", "instruction"},
        {"délibération", "deliberation"}, {"deliberation", "deliberation"},
        {"délibérations", "deliberation"},
        {"décision", "decision"}, {"decision", "decision"},
        {"règlement", "reglement"}, {"reglement", "reglement"}, {"réglement", "reglement"},
        {"directive", "directive"},
        {"convention", "convention"}, {"conventions", "convention"},
        {"contractualisation", "convention"}, {"contrat", "convention"},
        {"marché", "convention"}, {"avenant", "convention"}, {"avenants", "convention"},
        {"protocole", "other"},
        {"acte du conseil d'administration", "deliberation"},
    };
    static const char *const frames[] = {"Vu %s n° 2021-12 du 3 mars 2021 ;\n",
                                         "Conformément à %s n° 2021-12 du 3 mars 2021, il est dit.\n",
                                         "Vu l'%s n° 2021-12 du 3 mars 2021 ;\n"};
    for (size_t i = 0; i < TT_N(words); i++)
        for (int form = 0; form < 3; form++)
            for (size_t f = 0; f < TT_N(frames); f++) {
                char w[64], in[160];
                strcpy(w, words[i].word);
                if (form == 1)
                    w[0] = (char)(w[0] - 32);
                else if (form == 2)
                    upper_utf8(w, words[i].word);
                snprintf(in, sizeof in, frames[f], w);
                const ref_row row = {.in = in, .n = TT(1),
                                     .refs = {{.kind = words[i].kind, .number = "2021-12",
                                               .date = D(2021, 3, 3)}}};
                const tt_ctx t = {"words", i, in};
                check_row(&t, *state, &row);
            }
}

/* "marché" (a public contract) is an act word of kind convention cited
   by its number and a date ("notifié le" a date connector); "contrat"
   one cited by a number or a date; not a market ("le marché du 14
   juillet", "le marché de Noël du …"), the marché the act awards (no
   date), "le marché initial et de l'avenant n° 1 du …" (the avenant's),
   nor an undated contract ("le contrat de travail") */
static void test_marche_contrat(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le marché n° 2023-15 notifié le 3 mars 2023 ;\n"
              "le marché du 14 juillet 2025 aura lieu place de la mairie.\n"
              "Le marché de Noël du 12 décembre 2025 est ouvert.\n"
              "Vu le contrat pluriannuel d'objectifs et de moyens signé le\n2 février 2023 ;\n"
              "le contrat de travail de Mme X ;\n"
              "VU LE MARCHÉ N° 2022-04 DU 5 MAI 2022 ;\n"
              "Article 1er : Le marché n° 2024-012 relatif à la fourniture de repas est attribué.\n"
              "les clauses du marché initial et de l'avenant n° 1 du 18 octobre 2024 ;\n",
        .n = TT(4),
        .refs = {{.kind = "convention", .number = "2023-15", .date = D(2023, 3, 3),
                  .text = "marché n° 2023-15 notifié le 3 mars 2023"},
                 {.kind = "convention", .number = TT_NULL, .date = D(2023, 2, 2),
                  .text = "contrat pluriannuel d'objectifs et de moyens signé le 2 février 2023"},
                 {.kind = "convention", .number = "2022-04", .date = D(2022, 5, 5)},
                 {.kind = "convention", .number = "1", .text = "avenant n° 1 du 18 octobre 2024"}},
    }};
    CHECK_ROWS(rows);
}

/* OCR: "dû" for the date connector "du" ("loi n° 2000-321 dû 12 avril
   2000"; a date must follow: "le montant dû 12 ..." has none after a
   reference); a stray "5. " opening the article word's line after
   "notamment ses" ("ses\n5. articles L. 2121-29 et L. 2241-1"); not a
   digit before another word ("notamment ses\n5. annexes") */
static void test_ocr_du_and_stray_item(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu l'article 10 de la loi n° 2000-321 dû 12 avril 2000 relative aux droits ;\n"
              "Vu le code général des collectivités territoriales, et notamment ses\n"
              "5. articles L. 2121-29 et L. 2241-1 ;\n"
              "Vu le décret n° 95-562 dû 6 mai 1995 ;\n",
        .n = TT(3),
        .refs = {{.kind = "loi", .number = "2000-321", .date = D(2000, 4, 12)},
                 {.kind = "code", .narticles = TT(2), .articles = {"L.2121-29", "L.2241-1"}},
                 {.kind = "decret", .number = "95-562", .date = D(1995, 5, 6)}},
    }, {
        .in = "Vu le code général des collectivités territoriales, et notamment ses\n"
              "5. annexes ;\n",
        .n = TT(1),
        .refs = {{.kind = "code", .narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* "délibération" read by OCR without its accent and with 1 or I for its
   l ("de1ibération", "deIibération") is tried as a reference */
static void test_unaccented_ocr_deliberation(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la de1ibération n° 2023-41 du 27 mars 2023 ;\n"
              "Vu la deIibération n° 2023-42 du 28 mars 2023 ;\n",
        .n = TT(2),
        .refs = {{.kind = "deliberation", .number = "2023-41"},
                 {.kind = "deliberation", .number = "2023-42"}},
    }};
    CHECK_ROWS(rows);
}

/* OCR read a speck over a vowel of the act word as an accent
   ("délibérätion", "Délibératiôn", "conventiôn", "décisiön"): still the
   act word; not a longer word so printed ("décisiönnaire") */
static void test_ocr_accent_speck_act_word(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la délibérätion n° 2023-41 du 27 mars 2023 ;\n"
              "Vu la Délibératiôn n° 2023-42 du 28 mars 2023 ;\n"
              "Vu la conventiôn n° 2023-43 du 29 mars 2023 ;\n"
              "Vu la décisiön n° 2023-44 du 30 mars 2023 ;\n",
        .n = TT(4),
        .refs = {{.kind = "deliberation", .number = "2023-41"},
                 {.kind = "deliberation", .number = "2023-42"},
                 {.kind = "convention", .number = "2023-43"},
                 {.kind = "decision", .number = "2023-44"}},
    }, {
        .in = "Le décisiönnaire n° 2023-45 signe.\n",
        .n = TT(0),
    }};
    CHECK_ROWS(rows);
}

/* OCR put a blank line inside a sentence, between the act word and its
   number sign ("de la loi" + blank line + "n° 2000-321 du ..."): one
   reference; not after an act word opening its line, nor before other
   text than a number sign */
static void test_ocr_blank_line_before_number(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la "
              "loi\n"
              "\n"
              "n° 2000-321 du 12 avril 2000 ;\n"
              "Le Maire rappelle la délibération\n"
              "\n"
              "relative aux tarifs.\n"
              "Délibération\n"
              "\n"
              "n° 2024-048 : Tarifs de la cantine.\n",
        .n = TT(2),
        .refs = {[1] = {.kind = "loi", .number = "2000-321", .narticles = TT(1), .articles = {"10"}}},
    }, {
        /* ... or a date connector with its date ("régie par la loi" +
           blank line + "du 1er juillet 1901"); not "du" before other
           words */
        .in = "L'association est régie par la loi\n"
              "\n"
              "du 1er juillet 1901 relative au contrat d'association.\n"
              "Le Maire rappelle la délibération\n"
              "\n"
              "du conseil municipal relative aux tarifs.\n",
        .n = TT(1),
        .refs = {{.kind = "loi", .number = TT_NULL, .date = D(1901, 7, 1),
                  .span = "loi\n\ndu 1er juillet 1901"}},
    }, {
        /* the blank line after the number, before the date connector
           with its date (blind set AE R1); "du" before other words ends
           the act at its number */
        .in = "Le Président, dûment habilité par la délibération du comité syndical n° CS-2025-031\n"
              "\n"
              "du 25 juin 2025.\n"
              "Le Maire rappelle la délibération n° 2024-12\n"
              "\n"
              "du conseil municipal relative aux tarifs.\n",
        .n = TT(2),
        .refs = {{.kind = "deliberation", .number = "CS-2025-031", .date = D(2025, 6, 25),
                  .span = "délibération du comité syndical n° CS-2025-031\n\ndu 25 juin 2025"},
                 {.kind = "deliberation", .number = "2024-12", .date = TT(0),
                  .span = "délibération n° 2024-12"}},
    }, {
        /* a speck after the number ("," glued, " ;" apart) before that
           blank line; negative: a ";" before another clause, a "," and
           a word after it */
        .in = "Le Président, dûment habilité par la délibération du comité syndical n° CS-2025-031,\n"
              "\n"
              "du 25 juin 2025.\n"
              "Le Maire, habilité par la délibération du conseil n° 2025-044 ;\n"
              "\n"
              "du 3 juillet 2025.\n"
              "Vu la délibération n° 2024-12 ;\n"
              "\n"
              "Vu le budget du 25 juin 2025.\n"
              "habilité par la délibération n° 2024-13, prise\n"
              "\n"
              "du 25 juin 2025.\n",
        .n = TT(4),
        .refs = {{.kind = "deliberation", .number = "CS-2025-031", .date = D(2025, 6, 25),
                  .span = "délibération du comité syndical n° CS-2025-031,\n\ndu 25 juin 2025"},
                 {.kind = "deliberation", .number = "2025-044", .date = D(2025, 7, 3),
                  .span = "délibération du conseil n° 2025-044 ;\n\ndu 3 juillet 2025"},
                 {.kind = "deliberation", .number = "2024-12", .date = TT(0),
                  .span = "délibération n° 2024-12"},
                 {.kind = "deliberation", .number = "2024-13", .date = TT(0),
                  .span = "délibération n° 2024-13"}},
    }};
    CHECK_ROWS(rows);
}

/* a number segment that is a well-formed prefixed number ("B2024-031",
   "S12-2024") keeps its letters: B is no OCR'd 8 there; a letter among
   digits still is ("2O24-0B7") */
static void test_number_letter_prefix_kept(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la délibération n° B2024-031 du 3 avril 2024 ;\n"
              "Vu l'arrêté n° S12-2024 du 5 mai 2024 ;\n"
              "Vu la délibération n° 2O24-0B7 du 6 juin 2024 ;\n",
        .n = TT(3),
        .refs = {{.number = "B2024-031"}, {.number = "S12-2024"}, {.number = "2024-087"}},
    }, {
        .in = "Vu la délibération n° 2024-12B du 3 avril 2024 ;\n"
              "Vu l'arrêté n° 2024-045S du 5 mai 2024 ;\n",
        .n = TT(2),
        .refs = {{.number = "2024-12B"}, {.number = "2024-045S"}},
    }};
    CHECK_ROWS(rows);
}

/* OCR noise in the clause after a code's name: a stray quote after
   the comma, "sès", "son.article", a speck "|" ending the line, "et"
   glued between two articles, a dash speck after "et" at a line end */
static void test_ocr_article_clause(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code de l'environnement,’ et notamment sès articles L.211-7 et L.215-14 ;\n"
              "Vu le code de la route, et notamment son.article R.411-8 ;\n"
              "Vu le code rural et de la pêche maritime, et notamment ses |\n"
              "articles L.143-1 à L.143-7 ;\n"
              "Vu le code général des collectivités territoriales, et notamment ses articles "
              "L.3312-5etL.3313-1 ;\n"
              "Vu le code de la voirie routière, et notamment ses articles L.113-2 et -\n"
              "L.116-1 ;\n"
              "Vu le code général des collectivités territoriales (CGCT), et notamment ses ,\n"
              "articles L.2122-22 et L.2122-23 ;\n"
              "dans un délai de trente jours (article R.2192-10 du code, de la commande publique).\n",
        .n = TT(7),
        .refs = {{.narticles = TT(2), .articles = {[1] = "L.215-14"}},
                 {.narticles = TT(1), .articles = {"R.411-8"}},
                 {.narticles = TT(2), .articles = {[1] = "L.143-7"}},
                 {.narticles = TT(2), .articles = {"L.3312-5", "L.3313-1"}},
                 {.narticles = TT(2), .articles = {"L.113-2", "L.116-1"}},
                 {.narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}},
                 {.code = "Code de la commande publique", .narticles = TT(1), .articles = {"R.2192-10"}}},
    }, {
        /* a dash glued after "et"; "notamment" with its "n" read "ri"
           after a quote speck */
        .in = "Vu le code général des collectivités territoriales, et-notamment ses\n"
              "articles L. 1612-11 et L. 2311-1 ;\n"
              "Vu le code général des collectivités territoriales, ‘et riotamment ses\n"
              "articles L. 2121-29 à L. 2121-34 et L. 5211-1;\n",
        .n = TT(2),
        .refs = {{.narticles = TT(2), .articles = {"L.1612-11", "L.2311-1"}},
                 {.narticles = TT(3), .articles = {"L.2121-29", "L.2121-34", "L.5211-1"}}},
    }, {
        /* "et-" before another word: no clause */
        .in = "Vu le code général des collectivités territoriales, et-ainsi ses articles L. 1612-11 ;\n",
        .min_n = TT(1),
        .refs = {{.narticles = TT(0), .span = "code général des collectivités territoriales"}},
    }};
    CHECK_ROWS(rows);
}

/* OCR "et" glued to the next code article after a blank ("L. 2541-13
   etL, 1612-12", its "." read ","), after a speck opening the line
   ("L. 411-1\n. etL.411-11"), a speck "*" opening the article word's
   line ("ses\n* articles"), a speck glued to "du" and "code" ("L.
   2541-13 du.code"); not "et" glued to a word ("et Lille", "etLES 12") */
static void test_ocr_glued_et_blank(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code général des collectivités territoriales, notamment ses articles\n"
              "L. 2541-12, L. 2541-13 etL, 1612-12 ;\n"
              "Vu le code rural et de la pêche maritime, notamment ses articles L. 411-1\n"
              ". etL.411-11; j à ; : :\n"
              "VU le code de l'expropriation pour cause d'utilité publique, notamment ses\n"
              "* articles L. 132-1, L. 132-2etR. 131-1 à R. 132-4; | ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(3), .articles = {"L.2541-12", "L.2541-13", "L.1612-12"}},
                 {.narticles = TT(2), .articles = {"L.411-1", "L.411-11"}},
                 {.narticles = TT(4), .articles = {"L.132-1", "L.132-2", "R.131-1", "R.132-4"}}},
    }, {
        /* a speck glued between "du" and "code" */
        .in = "conformément à l'article\nL. 2541-13 du.code général des collectivités territoriales, le. conseil\n",
        .n = TT(1),
        .refs = {{.kind = "code", .code = "code général des collectivités territoriales", .narticles = TT(1),
                  .articles = {"L.2541-13"}}},
    }, {
        .in = "Vu le code rural, notamment ses articles L. 411-1 et Lille ;\n"
              "Vu le code rural, notamment ses articles L. 411-2 etLES 12 ;\n",
        .n = TT(2),
        .refs = {{.narticles = TT(1), .articles = {"L.411-1"}}, {.narticles = TT(1), .articles = {"L.411-2"}}},
    }};
    CHECK_ROWS(rows);
}

/* OCR specks glued around the words between an act's number and its
   date, or between two code articles: "n° 2025-019:du 8 avril 2025" (a
   colon for the blank), "n° 1.du 18 octobre 2024" (a dot glued before
   "du": not part of the number), "L.2121-7.et L. 2122-8", "L. 429-2’à\n
   L.429-17" (a speck glued before "et" or "à").  Negative: a colon glued
   before words that are no date connector ends the act; a speck glued
   before "et" not followed by a code article ends the list */
static void test_ocr_glued_speck_connector(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu la délibération n° 2025-019:du 8 avril 2025 adoptant le budget ;\n"
              "Toutes les clauses de l'avenant n° 1.du 18 octobre 2024 demeurent applicables.\n",
        .n = TT(2),
        .refs = {{.kind = "deliberation", .number = "2025-019", .date = D(2025, 4, 8)},
                 {.kind = "convention", .number = "1", .date = D(2024, 10, 18)}},
    }, {
        .in = "en application des articles L.2121-7.et L. 2122-8 du code général des collectivités territoriales ;\n"
              "Vu le code de l'environnement, et notamment ses articles L. 429-2\xE2\x80\x99\xC3\xA0\n"
              "L.429-17; : :\n",
        .n = TT(2),
        .refs = {{.narticles = TT(2), .articles = {"L.2121-7", "L.2122-8"}},
                 {.narticles = TT(2), .articles = {"L.429-2", "L.429-17"}, .nranges = TT(1)}},
    }, {
        .in = "Vu la délibération n° 2025-018:des communes membres ;\n"
              "Vu le code rural, notamment ses articles L. 411-1.et Lille ;\n",
        .n = TT(2),
        .refs = {{.kind = "deliberation", .number = "2025-018", .date = TT(0)},
                 {.narticles = TT(1), .articles = {"L.411-1"}}},
    }};
    CHECK_ROWS(rows);
}

/* a code article whose number OCR cut with a blank: rebuilt when the
   pieces make a whole number, dropped otherwise, never kept truncated */
static void test_ocr_cut_article_number(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code général des collectivités territoriales, et notamment son article L.21 "
              "22:22 ;\n"
              "Vu le code de la route, et notamment son article R.41 1 ;\n"
              "Vu le code de l'urbanisme, et notamment ses articles L.153-36 et L.153-41 2° ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(1), .articles = {"L.2122-22"}},
                 {.narticles = TT(0)},
                 {.narticles = TT(2), .articles = {[1] = "L.153-41"}}},
    }};
    CHECK_ROWS(rows);
}

/* OCR: "notamment-ses articles" (a hyphen for the blank); the end of a
   range printed "122136" (L read as 1, the hyphen lost) is rebuilt from
   the range's first article, an article of a list ("et 131117") from the
   one before it; "L.2213-1 à 7", "et 142" stay as printed */
static void test_ocr_clause_hyphen_and_range_end(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code de la route, notamment-ses articles R.411-8 et R.417-10 ;\n"
              "Vu le code général des collectivités territoriales, notamment ses articles L.3121-1 à "
              "131219:\n"
              "Vu le code de l'urbanisme, notamment ses articles L.421-1 à 7 ;\n"
              "Vu le code rural, et notamment ses articles L.111-2 et.R.111-4 ;\n"
              "Vu le code de la voirie routière, et notamment ses articles L.3111-1, L.3111-4 et 131117 ;\n"
              "Vu le code forestier, et notamment ses articles L.3111-1 et 142 ;\n",
        .n = TT(6),
        .refs = {{.narticles = TT(2), .articles = {[1] = "R.417-10"}},
                 {.narticles = TT(2), .articles = {[1] = "L.3121-9"}},
                 {.narticles = TT(2), .articles = {[1] = "7"}},
                 {.narticles = TT(2), .articles = {[1] = "R.111-4"}},
                 {.narticles = TT(3), .articles = {[2] = "L.3111-7"}},
                 {.narticles = TT(2), .articles = {[1] = "142"}}},
    }, {
        /* a dot standing before a code article at a line start (OCR
           speck): the list is read */
        .in = "Vu le code général des collectivités territoriales, notamment ses articles\n"
              ".R.2123-1 à R.2123-7 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(2), .articles = {"R.2123-1", "R.2123-7"}}},
    }, {
        /* a speck "|" or "-" alone after the article word at a line end,
           before the article on the next line (a blank line between) */
        .in = "Vu le code général des collectivités territoriales, et notamment son article |\n"
              "L. 3221-4 ;\n"
              "Vu le code de la route, et notamment son article |\n\nL.411-8; : ;\n"
              "Vu le code de l'urbanisme, et notamment ses articles -\nL.421-1 et L.421-6 ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(1), .articles = {"L.3221-4"}},
                 {.narticles = TT(1), .articles = {"L.411-8"}},
                 {.narticles = TT(2), .articles = {"L.421-1", "L.421-6"}}},
    }, {
        /* a hyphen glued between the article word and "L. n" (a blank
           after the letter): "articles-L. 3121-15"; a word after the
           hyphen ("articles-Leurs") is none */
        .in = "Vu le code général des collectivités territoriales, et notamment ses\n"
              "articles-L. 3121-15 et L.3211-2 ;\n"
              "Vu le code de la route, et notamment son article-R. 411-8 ;\n"
              "Vu le code de l'urbanisme, et notamment ses articles-Leurs 12 ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(2), .articles = {"L.3121-15", "L.3211-2"}},
                 {.narticles = TT(1), .articles = {"R.411-8"}},
                 {.narticles = TT(0)}},
    }, {
        /* a colon speck glued after the article word (blind set AY O2):
           "articles: L, 21242 et / R. 2124-2", "article; R. 411-8"; a
           word after it ("articles: Leurs 12") is none */
        .in = "Vu le code de la commande publique, notamment ses articles: L. 2124-2 et\n"
              "R. 2124-2 ;\n"
              "Vu le code de la route, et notamment son article; R. 411-8 ;\n"
              "Vu le code de l'urbanisme, et notamment ses articles: Leurs 12 ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(2), .articles = {"L.2124-2", "R.2124-2"}},
                 {.narticles = TT(1), .articles = {"R.411-8"}},
                 {.narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* OCR specks and misreadings around a code's articles: "notamment" with
   a letter wrong ("natamment", "notimment"), a speck after it
   ("notamment.ses", "notamment: ses"), "ses" read "$es", a speck "."
   glued between two words of the code's name (the lexicon's name is
   output), a speck "." glued before "du code", a comma read ";" in the
   list */
static void test_ocr_specks_around_articles(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code de la route, natamment ses articles R.411-8 et R.417-10 ;\n"
              "Vu le code de l'urbanisme, et notimment son article L.421-1 ;\n"
              "Vu le code général des impôts, notamment.ses articles 1379 et 1407 ;\n"
              "Vu le code de l'environnement, notamment: son article L.211-7 ;\n"
              "Vu le code général des collectivités.territoriales, et notamment $es articles "
              "L.5211-2; L.5211-10 et L.2122-7 ;\n"
              "Vu l'article L.2213-1.du code général des collectivités territoriales ;\n",
        .n = TT(6),
        .refs = {{.narticles = TT(2), .articles = {[1] = "R.417-10"}},
                 {.narticles = TT(1), .articles = {"L.421-1"}},
                 {.narticles = TT(2), .articles = {[1] = "1407"}},
                 {.narticles = TT(1), .articles = {"L.211-7"}},
                 {.code = "Code général des collectivités territoriales", .narticles = TT(3),
                  .articles = {[1] = "L.5211-10"}},
                 {.narticles = TT(1), .articles = {"L.2213-1"}}},
    }};
    CHECK_ROWS(rows);
}

/* OCR: "L." of a code article read "EL" (tesseract): "EL", a blank, a
   number with a hyphen is the article "L.…", at the list's start or
   after its separator; "EL" before a number without a hyphen is not */
static void test_ocr_el_for_l_dot(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code général des collectivités territoriales, et notamment ses articles\n"
              "EL 3211-1 et L. 3211-2 ;\n"
              "Vu le code de la santé publique, notamment ses articles L. 3332-15 et\n"
              "EL 3353-1;\n",
        .n = TT(2),
        .refs = {{.narticles = TT(2), .articles = {"L.3211-1", "L.3211-2"}},
                 {.narticles = TT(2), .articles = {"L.3332-15", "L.3353-1"}}},
    }, {
        .in = "Vu le code de la santé publique, notamment ses articles L. 3332-15 et EL 33 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(1), .articles = {"L.3332-15"}}},
    }, {
        /* a speck read as a short word before the first article */
        .in = "Vu le code général des collectivités territoriales, et notamment ses articles ee\n"
              "L. 2122-4 et L. 2122-7 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(2), .articles = {"L.2122-4", "L.2122-7"}}},
    }, {
        /* a word of the sentence is no speck */
        .in = "Vu le code général des collectivités territoriales, et notamment ses articles et\n"
              "L. 2122-8 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* OCR around a code's articles: a speck "." glued after a word of the
   code's name before a blank ("code. général"), a hyphen for the blank
   before the list ("articles-L.3211-2"), a quote before the article word,
   ";" for the comma after the name, a colon for the hyphen inside a
   number ("L.2122:7"), a speck after "et" at a line end ("et .\nL: 5211-10") */
static void test_ocr_specks_in_code_clause(void **state)
{
    static const ref_row rows[] = {{
        .in = "Vu le code. général des collectivités territoriales, et notamment ses articles "
              "L.2122-18 à L.2122-20 ;\n"
              "Vu le code général des collectivités territoriales, notamment ses articles-L.3211-2, "
              "L.3221-3 ;\n"
              "Vu le code de la route, notamment ses ‘articles R.411-8 et R.417-10 ;\n"
              "Vu le code rural et de la pêche maritime, notamment son article L.361:1 ;\n"
              "Vu le code de l'urbanisme; et notamment ses articles L. 421-1 et .\n"
              "L: 421-6 ;\n",
        .n = TT(5),
        .refs = {{.code = "Code général des collectivités territoriales", .narticles = TT(2),
                  .articles = {"L.2122-18", "L.2122-20"}},
                 {.narticles = TT(2), .articles = {"L.3211-2", "L.3221-3"}},
                 {.narticles = TT(2), .articles = {"R.411-8", "R.417-10"}},
                 {.narticles = TT(1), .articles = {"L.361-1"}},
                 {.narticles = TT(2), .articles = {"L.421-1", "L.421-6"}}},
    }, {
        /* a ":" glued between two words of the name (the lexicon's name
           given); not one before a blank ("code : général"), nor one
           glued to a capital */
        .in = "Saisi en application de l'article L.2511-13 du code général des:collectivités\n"
              "territoriales, le conseil.\n"
              "Vu l'article L.2511-14 du code général des: collectivités territoriales ;\n"
              "Vu l'article L.2511-15 du code général des:Collectivités territoriales ;\n",
        .n = TT(1),
        .refs = {{.code = "Code général des collectivités territoriales", .narticles = TT(1),
                  .articles = {"L.2511-13"}}},
    }, {
        /* a speck at a line's edge inside the name: ending the line after
           a blank or glued, opening the next one, a quote glued before a
           blank (the lexicon's name given); not before a capital, nor a
           quote after an elided word ("l'") */
        .in = "Vu l'article L.5211-10 du code général des collectivités :\n"
              "territoriales. Le conseil.\n"
              "au sens de l'article R.417-10 du code de’\n"
              "la route, au droit du chantier.\n"
              "Vu l'article L.2113-6 du code\n"
              ": de la commande publique, le conseil.\n"
              "Vu l'article L.2333-78 du code général des’ collectivités >\n"
              "territoriales, finance.\n"
              "Vu l'article L.2511-14 du code général des :\n"
              "Collectivités territoriales ;\n"
              "Vu l'article L.421-1 du code de l'\n"
              "urbanisme ;\n",
        .n = TT(5),
        .refs = {{.code = "Code général des collectivités territoriales", .articles = {"L.5211-10"}},
                 {.code = "Code de la route", .articles = {"R.417-10"}},
                 {.code = "Code de la commande publique", .articles = {"L.2113-6"}},
                 {.code = "Code général des collectivités territoriales", .articles = {"L.2333-78"}},
                 {.code = "Code de l'urbanisme", .articles = {"L.421-1"}}},
    }, {
        /* a colon for the comma after the code's name, one glued for the
           blank between "son" and "article" (a blank line after it);
           negative: "son:point 6" is no article */
        .in = "Vu le code de l'environnement: et notamment ses articles L. 429-2 à\n"
              "L.429-17;\n"
              "Vu le code général des collectivités territoriales, et notamment son:article\n\n"
              "L:2241-1; : re . :\n"
              "Vu le code de l'urbanisme, et notamment son:point 6 ;\n",
        .n = TT(3),
        .refs = {{.narticles = TT(2), .articles = {"L.429-2", "L.429-17"}},
                 {.narticles = TT(1), .articles = {"L.2241-1"}},
                 {.narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* OCR: a blank line inside a code's name ("collectivités\n\nterritoriales"),
   an accent speck on "Codé", "$on" for "son", a speck "." opening the
   line of the articles after a blank line, specks between "ses"/"son"
   and the article word at a line end ("ses -:\narticles"), "et" glued
   to the next article at a line start ("L.421-3\netL.421-9") */
static void test_ocr_code_name_and_clause(void **state)
{
    static const ref_row rows[] = {{
        .in = "Il a pris acte des décisions prises en vertu de l'article L: 2122-22 du code général "
              "des collectivités\n\nterritoriales.\n"
              "VU le Codé général de la propriété des personnes publiques, et notamment ses articles "
              "L.2122-1 et L.2125-1 ;\n"
              "Vu le code général des collectivités territoriales, et notamment $on\narticle L.2311-7 ;\n"
              "Vu le code de l'action sociale et des familles, et notamment ses articles\n\n"
              ". L.123-4 à L.123-9 et R.123-23 ;\n"
              "Vu le code général des collectivités territoriales, et notamment ses -:\n"
              "articles L.5217-2, L.5217-10-1 et L.2311-3 ;\n"
              "Vu le code général des collectivités territoriales, notamment son :\narticle L.3211-2 ;\n"
              "Vu le code de l'urbanisme, notamment ses articles L.421-1, L.421-3\netL.421-9 ;\n"
              "Vu le code de la route, ét notamment ses articles L.2212-1, L.2212-2êt L.2213-1 ;\n",
        .n = TT(8),
        .refs = {{.code = "code général des collectivités territoriales", .narticles = TT(1),
                  .articles = {"L.2122-22"}},
                 {.narticles = TT(2), .articles = {"L.2122-1", "L.2125-1"}},
                 {.narticles = TT(1), .articles = {"L.2311-7"}},
                 {.narticles = TT(3), .articles = {"L.123-4", "L.123-9", "R.123-23"}},
                 {.narticles = TT(3), .articles = {"L.5217-2", "L.5217-10-1", "L.2311-3"}},
                 {.narticles = TT(1), .articles = {"L.3211-2"}},
                 {.narticles = TT(3), .articles = {"L.421-1", "L.421-3", "L.421-9"}},
                 {.narticles = TT(3), .articles = {"L.2212-1", "L.2212-2", "L.2213-1"}}},
    }, {
        /* a speck "." opening the line after a blank line inside the
           name ("des\n\n. collectivités"); not before a capital */
        .in = "conformément aux articles L. 2121-10 et L. 2122-8 du code général des\n"
              "\n"
              ". collectivités territoriales.\n"
              "Vu le code de la route\n"
              "\n"
              ". La séance est ouverte.\n",
        .n = TT(2),
        .refs = {{.code = "Code général des collectivités territoriales", .narticles = TT(2),
                  .articles = {"L.2121-10", "L.2122-8"}},
                 {.code = "code de la route"}},
    }};
    CHECK_ROWS(rows);
}

/* OCR specks inside an act's citation: glued after "en" or "date" of
   "en date du" */
static void test_ocr_specks_in_act_citation(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la délibération n° CD-2021-07-02 du Conseil départemental en. date du 1er juillet "
               "2021 ;\nVu l'arrêté n° 2024-12 en date, du 3 mars 2024 ;\n"
               "Vu la délibération du conseil en: date du xxxx ;\n",
         .n = TT(2),
         .refs = {{.kind = "deliberation", .number = "CD-2021-07-02", .date = D(2021, 7, 1),
                   .text = "délibération n° CD-2021-07-02 du Conseil départemental en. date du "
                           "1er juillet 2021"},
                  {.kind = "arrete", .number = "2024-12", .date = D(2024, 3, 3)}}},
        /* a speck "." at a line end inside the clause, another opening
           the next line: no sentence end before a lower-case word */
        {.in = "VU le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et "
               "comptable .\npublique, et notamment ses articles 22 et 190 ;\n"
               "VU le décret n° 2012-1247 du 7 novembre 2012 relatif à la gestion comptable .\n"
               "- publique, et notamment son article 5 ;\n"
               "Vu la loi n° 2000-1 du 2 mai 2000 relative aux droits. Et notamment son article 3 ;\n",
         .n = TT(3),
         .refs = {{.kind = "decret", .narticles = TT(2), .articles = {"22", "190"}},
                  {.kind = "decret", .narticles = TT(1), .articles = {"5"}},
                  {.kind = "loi", .narticles = TT(0)}}},
        /* a speck for a separator or after one inside a number */
        {.in = "l'arrêté préfectoral n° 2023-DRCL:118 du 20 décembre 2023 ;\n"
               "Vu la délibération n° 2020-:017 du 28 mai 2020 ;\n"
               "Vu la délibération n° 2024-45,12 du 3 juin 2024 ;\n",
         .n = TT(3),
         .refs = {{.kind = "arrete", .number = "2023-DRCL-118", .date = D(2023, 12, 20)},
                  {.kind = "deliberation", .number = "2020-017", .date = D(2020, 5, 28)},
                  {.kind = "deliberation", .number = "2024-45", .date = TT(0)}}},
        /* a ':' for the hyphen after a code in capitals (set BJ O1); not
           a code whose tail holds no separator */
        {.in = "Vu la délibération de la commission permanente n° CP:2026-05-22 du 18 mai 2026 ;\n"
               "Vu la délibération n° CP:12 du 3 juin 2024 ;\n",
         .n = TT(1),
         .refs = {{.kind = "deliberation", .number = "CP-2026-05-22", .date = D(2026, 5, 18)}}},
        /* "modifiée" between the act word and its number: a qualifier;
           "modifiée" after the date is no part of the reference */
        {.in = "Vu la loi organique modifiée n° 99-209 du 19 mars 1999 ;\n"
               "Vu la loi organique n° 2004-192 du 27 février 2004 modifiée portant statut ;\n",
         .n = TT(2),
         .refs = {{.kind = "loi_organique", .number = "99-209", .date = D(1999, 3, 19)},
                  {.kind = "loi_organique", .number = "2004-192", .date = D(2004, 2, 27)}}},
        /* a ':' for the hyphen after a year alone (a loi's year-rank
           number); not after other digits, nor a ',' */
        {.in = "Vu la loi n° 2000:321 du 12 avril 2000 ;\n"
               "Vu la délibération n° 12:30 du 3 juin 2024 ;\n"
               "Vu la loi n° 2000,5 du 12 avril 2000 ;\n",
         .n = TT(3),
         .refs = {{.kind = "loi", .number = "2000-321", .date = D(2000, 4, 12)},
                  {.kind = "deliberation", .number = "12", .date = TT(0)},
                  {.kind = "loi", .number = "2000", .date = TT(0)}}},
        /* a speck ":" ";" "|" alone between the number and "du DATE", on
           the line or at its end; no date without a blank after it or
           when no date follows */
        {.in = "Vu les statuts approuvés par l'arrêté préfectoral n° 46-2019-06-112 :\n"
               "du 21 juin 2019 ;\n"
               "Vu la délibération n° 2020-17 | en date du 28 mai 2020 ;\n"
               "Vu l'arrêté n° 2021-5 ; du conseil ;\n",
         .n = TT(3),
         .refs = {{.kind = "arrete", .number = "46-2019-06-112", .date = D(2019, 6, 21)},
                  {.kind = "deliberation", .number = "2020-17", .date = D(2020, 5, 28)},
                  {.kind = "arrete", .number = "2021-5", .date = TT(0)}}},
        /* a speck "-" between "n°" and the number; "n° -" with no number
           stays a dated act without one */
        {.in = "Vu la délibération n°-AP-24-12-03 du 13 décembre 2024 relative au budget ;\n"
               "Vu la délibération n° - du 3 mai 2024 ;\n",
         .n = TT(2),
         .refs = {{.kind = "deliberation", .number = "AP-24-12-03", .date = D(2024, 12, 13)},
                  {.kind = "deliberation", .number = TT_NULL, .date = D(2024, 5, 3)}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: a scan blank inside the last group of an act's number after its
   year, then a date or the line's end ("n° PREF-DCL-BE-2026-0 102 du 9
   mars 2026"); the "à" of a range glued to its first article ("R.
   181-1à R. 181-56").  Not a number with no digits after the blank
   ("n° 2026-0 du 3 mars"), nor a count after it ("n° 2024-12 15
   conseillers") */
static void test_ocr_blank_in_number_glued_range(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu l'arrêté interpréfectoral n° PREF-DCL-BE-2026-0 102 du 9 mars 2026 prescrivant "
               "l'enquête publique ;\n"
               "Vu l'arrêté n° 2024-0 27\ndu 3 mars 2024 portant délégation ;\n",
         .n = TT(2),
         .refs = {{.kind = "arrete", .number = "PREF-DCL-BE-2026-0102", .date = D(2026, 3, 9)},
                  {.kind = "arrete", .number = "2024-027", .date = D(2024, 3, 3)}}},
        {.in = "Vu le code de l'environnement, et notamment ses articles L. 214-1 à L. 214-6 et "
               "R. 181-1à R. 181-56 ;\n",
         .n = TT(1),
         .refs = {{.kind = "code", .narticles = TT(4), .articles = {[2] = "R.181-1", [3] = "R.181-56"}}}},
        /* no blank on either side of the "à" */
        {.in = "Vu le code de l'environnement, et notamment ses articles L. 512-1,R.181-1àR. 181-56 et "
               "R. 512-46-1 ;\n",
         .n = TT(1),
         .refs = {{.kind = "code", .narticles = TT(4), .nranges = TT(1),
                   .articles = {"L.512-1", "R.181-1", "R.181-56", "R.512-46-1"}}}},
        /* not so */
        {.in = "Vu l'arrêté n° 2026-0 du 3 mars 2026 ;\n"
               "Vu la délibération n° 2024-12 15 conseillers présents ;\n",
         .n = TT(2),
         .refs = {{.kind = "arrete", .number = "2026-0", .date = D(2026, 3, 3)},
                  {.kind = "deliberation", .number = "2024-12"}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: "Gode" for "Code" (confusable C/G) before a code's name; never
   before anything else, nor a short name (read exactly only) */
static void test_ocr_gode_for_code(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le Gode général des collectivités territoriales (CGCT), et notamment ses articles "
               "L. 3221-3 et L. 3221-11 ;\nVu l'article L. 421-1 du Gode de l'urbanisme ;\n"
               "Vu le Gode civil ;\nLe Gode de conduite interne s'applique.\n",
         .n = TT(2),
         .refs = {{.kind = "code", .code = "Code général des collectivités territoriales",
                   .narticles = TT(2), .articles = {"L.3221-3", "L.3221-11"}},
                  {.kind = "code", .code = "Code de l'urbanisme", .articles = {"L.421-1"}}}},
    };
    CHECK_ROWS(rows);
}

static void test_ocr_specks_at_article_line_break(void **state)
{
    static const ref_row rows[] = {{
        /* a speck at the line end after "et" or a comma, or at the next
           line's start, before the next code article */
        .in = "Vu le code de l'action sociale et des familles, notamment ses articles L. 123-5 et *\n"
              "R. 123-7 à R. 123-15 ;\n"
              "Vu le code de l'urbanisme, notamment ses articles L. 421-1 et\n‘R. 421-2 ;\n"
              "Vu le code général des collectivités territoriales, notamment ses articles L. 2213-1,\n"
              ". L. 2213-6 et L. 2215-4 ;\n"
              "Vu le code de la route, notamment ses articles R. 411-8, =\n| R. 411-25 ;\n",
        .n = TT(4),
        .refs = {{.narticles = TT(3), .articles = {"L.123-5", "R.123-7", "R.123-15"}},
                 {.narticles = TT(2), .articles = {"L.421-1", "R.421-2"}},
                 {.narticles = TT(3), .articles = {"L.2213-1", "L.2213-6", "L.2215-4"}},
                 {.narticles = TT(2), .articles = {"R.411-8", "R.411-25"}}},
    }, {
        /* the speck glued to "et" at the line end ("et:", blind set AB) */
        .in = "Vu le code de la commande publique, et notamment ses articles L. 2123-1 et:\n"
              "R. 2123-1 à R. 2123-7 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(3), .articles = {"L.2123-1", "R.2123-1", "R.2123-7"}}},
    }, {
        /* after the article word: a speck opening the next line */
        .in = "Vu le code général des collectivités territoriales, et notamment son article\n"
              "| L. 3221-4 ;\n",
        .n = TT(1),
        .refs = {{.narticles = TT(1), .articles = {"L.3221-4"}}},
    }, {
        /* a speck next to the line break between "du" and the code */
        .in = "Le présent arrêté peut faire l'objet d'un recours conformément aux articles "
              "R. 421-1 et suivants du .\ncode de justice administrative.\n"
              "Vu les articles L. 2122-22 et L. 2122-23 du\n‘code général des collectivités territoriales ;\n",
        .n = TT(2),
        .refs = {{.kind = "code", .code = "code de justice administrative",
                  .narticles = TT(1), .articles = {"R.421-1"}},
                 {.kind = "code", .narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}}},
    }, {
        /* a speck glued after "du" on its line, before the code (blind set
           AE O4); one before no code or act gives nothing */
        .in = "Il est conclu en application de l'article R. 2194-8 du. code de la commande publique.\n"
              "Vu les articles L. 2122-22 et L. 2122-23 du: code général des collectivités territoriales ;\n"
              "Conformément à l'article 4 du. Le contrat est modifié.\n",
        .n = TT(2),
        .refs = {{.kind = "code", .code = "code de la commande publique",
                  .narticles = TT(1), .articles = {"R.2194-8"}},
                 {.kind = "code", .narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}}},
    }, {
        /* a curly quote glued after "du" before the code; one before no
           code or act gives nothing */
        .in = "Considérant le seuil fixé par l'article R.2194-8 du\xe2\x80\x98" "code de la commande publique ;\n"
              "Conformément à l'article 4 du\xe2\x80\x99 Le contrat est modifié.\n",
        .n = TT(1),
        .refs = {{.kind = "code", .code = "code de la commande publique",
                  .narticles = TT(1), .articles = {"R.2194-8"}}},
    }, {
        /* no article after the speck: the list ends ("Vu" opens a line) */
        .in = "Vu le code général des collectivités territoriales, notamment ses articles L. 2122-22 et\n"
              ". Vu le code de la route ;\n",
        .n = TT(2),
        .refs = {{.narticles = TT(1), .articles = {"L.2122-22"}},
                 {.code = "code de la route", .narticles = TT(0)}},
    }};
    CHECK_ROWS(rows);
}

/* OCR in a code's "et notamment son article": "et" glued to
   "notamment" ("etnotamment"), "sôn" / "són" for "son": the article is
   the code's; a word merely opening with "et" is no connector */
static void test_notamment_ocr_glued(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le code général des collectivités territoriales, etnotamment sôn article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.1411-5"}}}},
        {.in = "Vu le code général des collectivités territoriales, et notamment són article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.1411-5"}}}},
        /* as before */
        {.in = "Vu le code général des collectivités territoriales, et notamment son article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.1411-5"}}}},
        {.in = "Vu le code général des collectivités territoriales, etsnotamment son article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: a speck colon glued to "et" before "notamment" ("et: notamment
   sés articles .\nL. 2121-29"); not another letter glued ("etx") */
static void test_notamment_speck_after_et(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le code général des collectivités territoriales, et: notamment sés articles .\n"
               "L. 2121-29 et L. 2331-2 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2121-29", "L.2331-2"}}}},
        {.in = "Vu le code général des collectivités territoriales, et; notamment son article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.1411-5"}}}},
        /* not so */
        {.in = "Vu le code général des collectivités territoriales, etx notamment son article L. 1411-5 ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: the connector between two code articles garbled: "et." glued to
   the next article with "et" read "ét" or in capitals, a speck before
   "et" glued at a line start, "et" read "ef", a speck ending the line
   before "et" opening the next one.  Not a lower-case letter after
   them, nor "ef" before no article */
static void test_ocr_article_connectors(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le code général de la fonction publique, et notamment ses articles L.452-26 ét.L.452-29 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.452-26", "L.452-29"}}}},
        {.in = "VU LE CODE GENERAL DES COLLECTIVITES TERRITORIALES, NOTAMMENT SES ARTICLES L 2121-29 ET.L 2241-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {[1] = "L2241-1"}}}},
        {.in = "Vu le code général des collectivités territoriales, et notamment ses articles L.2121-17\n"
               ".etL.2121-29 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.2121-17", "L.2121-29"}}}},
        {.in = "Vu le code de l'environnement, et notamment ses articles L.211-3, L.215-7 ef R.211-66 à R.211-70 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(4), .articles = {[2] = "R.211-66", [3] = "R.211-70"}}}},
        {.in = "Vu le code général des collectivités territoriales, et notamment ses articles L.1511-2, L.4211-1 :\n"
               "et L.4221-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(3), .articles = {[2] = "L.4221-1"}}}},
        /* not so */
        {.in = "Vu le code de la route, et notamment son article R.411-8 ;\net d 12 mètres de large ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"R.411-8"}}}},
        {.in = "Vu le code de la route, et notamment son article R.411-8 ef 2 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"R.411-8"}}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: "L." of a code article read "1." or "1," ("des articles 1.2113-17
   et L.2511-15", "ses articles 1.1111-10, L.3211-1"): read "L.".  Not
   a number of fewer than 3 digits or without a hyphen after the dot */
static void test_ocr_one_for_l_article(void **state)
{
    static const ref_row rows[] = {
        {.in = "Mme la Maire rappelle qu'en application des articles 1.2113-17 et L.2511-15 du code général "
               "des collectivités territoriales, le conseil est saisi.\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"L.2113-17", "L.2511-15"}}}},
        {.in = "Vu le Code général des collectivités territoriales, et notamment ses articles 1.1111-10, "
               "L.3211-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.1111-10", "L.3211-1"}}}},
        /* not so */
        {.in = "Vu le code de l'urbanisme, et notamment ses articles 1.21-3 et L.421-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"1"}}}},
        {.in = "Vu le code de l'urbanisme, et notamment ses articles 1.2113 et L.421-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"1"}}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: a hyphen standing before a code article ("ses articles\n-L.
   3211-1", "et\n-1.2122-7-2" with the "1." for "L."), or glued to the
   article word before the first one ("article-L. 2121-25").  Not a
   hyphen glued to a word before a later article, nor before another
   letter */
static void test_ocr_hyphen_before_article(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le code général des collectivités territoriales et notamment ses articles\n"
               "-L. 3211-1 et L. 3211-2; . ne : Cu\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.3211-1", "L.3211-2"}}}},
        {.in = "(liste affichée en application de l'article-L. 2121-25 du code général des collectivités "
               "territoriales)\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"L.2121-25"}}}},
        {.in = "Vu le code général des collectivités territoriales ;\n"
               "Le président donne lecture des articles L.2122-4, L.2122-7 et\n-1.2122-7-2 du même code.\n",
         .n = TT(2), .refs = {[1] = {.narticles = TT(3), .articles = {"L.2122-4", "L.2122-7", "L.2122-7-2"}}}},
        /* not so */
        {.in = "Vu le code des communes, et notamment ses articles L.121-26 et-L.121-27 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"L.121-26"}}}},
        {.in = "Vu le code des communes, et notamment ses articles\n-A. 121-26 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* OCR specks around a code's article clause: before "et" ("territoriales,
   -et notamment", "communes, .et notamment"), a curly quote between "son"
   and the article word at a line end, up to three specks after the
   article word ("son article : :\n. L.2121-29").  Not four specks, nor
   a speck before a word other than "et" */
static void test_ocr_specks_in_article_clause(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le code général des collectivités territoriales, -et notamment ses articles L.2122-22 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"L.2122-22"}}}},
        {.in = "Vu le code des communes, .et notamment son article L.121-26 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"L.121-26"}}}},
        {.in = "Vu le code général des collectivités territoriales, ét notamiment son ‘\narticle L.3211-2 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"L.3211-2"}}}},
        {.in = "Vu le code général des collectivités territoriales, notamment son article : :\n. L.2121-29 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(1), .articles = {"L.2121-29"}}}},
        /* two specks and a blank line before the article word, a
           stray quote before "et" */
        {.in = "Vu le code général des collectivités territoriales, et notamment ses : :\n\narticles L. 1612-11 et L. 2312-1 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.1612-11", "L.2312-1"}}}},
        {.in = "Vu le code de la commande publique, 'et notamment ses articles L. 2124-2 et R. 2161-2 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(2), .articles = {"L.2124-2", "R.2161-2"}}}},
        /* a hyphen for the blank after "et" (set AZ poor) */
        {.in = "Vu le code général des collectivités territoriales, et-notamment ses articles\nL. 2121-29, L. 2334-32 et L. 2334-39 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(3), .articles = {"L.2121-29", "L.2334-32", "L.2334-39"}}}},
        /* not so */
        {.in = "Vu le code général des collectivités territoriales, et notamment ses : : :\n\narticles L. 1612-11 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(0)}}},
        {.in = "Vu le code général des collectivités territoriales, notamment son article : : : :\nL.2121-29 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(0)}}},
        {.in = "Vu le code des communes, -ou notamment son article L.121-26 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(0)}}},
        /* a hyphen after "et" before another word */
        {.in = "Vu le code des communes, et-surtout son article L.121-26 ;\n",
         .n = TT(1), .refs = {{.narticles = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* several acts of one date without a number, read as the singular
   "l'arrêté du maire du …": "les arrêtés du maire du 31 mars 2026" is
   one arrete reference dated; not a weak kind's plural ("les
   conventions correspondantes, conclues pour la période du …") */
static void test_plural_acts_one_date(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu les arrêtés du maire du 31 mars 2026 portant délégation de fonctions aux adjoints ;\n",
         .n = TT(1), .refs = {{.kind = "arrete", .number = TT_NULL, .date = D(2026, 3, 31)}}},
        {.in = "Vu l'arrêté du maire du 31 mars 2026 portant délégation de fonctions ;\n",
         .n = TT(1), .refs = {{.kind = "arrete", .number = TT_NULL, .date = D(2026, 3, 31)}}},
        /* not so */
        {.in = "D'autoriser le Président à signer les conventions correspondantes, conclues pour la\n"
               "période du 1er janvier 2026 au 31 décembre 2026.\n",
         .n = TT(0)},
    };
    CHECK_ROWS(rows);
}

/* "du DATE au DATE" after a plain "du" with a noun before it is a
   period ("mise à disposition du gymnase du … au …"), not the act's
   date; a date alone, or "au" without a date after it, is the act's */
static void test_period_not_act_date(void **state)
{
    static const ref_row rows[] = {
        {.in = "Article 1 : De conclure une convention de\n"
               "mise à disposition du gymnase du 1er septembre 2026 au 6 juillet 2027.\n",
         .n = TT(0)},
        /* not so */
        {.in = "Article 1 : De résilier la convention de\n"
               "mise à disposition du gymnase du 1er septembre 2026.\n",
         .n = TT(1), .refs = {{.kind = "convention", .date = D(2026, 9, 1)}}},
        {.in = "Vu la délibération du conseil municipal du 3 mars 2026 au sujet des tarifs ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .date = D(2026, 3, 3)}}},
    };
    CHECK_ROWS(rows);
}

/* one phrase citing several numbered acts ("délibérations n° A du … et
   n° B du …", "délibérations n° A et n° B"): one reference, number and
   date null (output.md: several acts at once); a plural with one number,
   or two singular acts, keep their numbers */
static void test_plural_acts_several_numbers(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu ses délibérations n° 2021-014 du 3 mars 2021 et n° 2022-101 du 8\n"
               "décembre 2022 fixant les tarifs ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = TT_NULL, .date = TT(0),
                               .span = "délibérations n° 2021-014 du 3 mars 2021 et n° 2022-101 du 8\n"
                                       "décembre 2022"}}},
        {.in = "Les arrêtés n° 2020-7 et n° 2021-9 sont abrogés.\n",
         .n = TT(1), .refs = {{.kind = "arrete", .number = TT_NULL, .date = TT(0),
                               .span = "arrêtés n° 2020-7 et n° 2021-9"}}},
        /* not so */
        {.in = "Vu les délibérations n° 2021-014 du 3 mars 2021 susvisées ;\n",
         .n = TT(1), .refs = {{.kind = "deliberation", .number = "2021-014", .date = D(2021, 3, 3)}}},
        {.in = "Vu la délibération n° 2021-014 du 3 mars 2021 et la décision n° 2022-5 du 4 mai 2022 ;\n",
         .n = TT(2), .refs = {{.kind = "deliberation", .number = "2021-014"},
                              {.kind = "decision", .number = "2022-5"}}},
    };
    CHECK_ROWS(rows);
}

/* "art." after an abbreviated code ("CGCT, notamment ses art. …", "CGI
   (art. 1407 et s.)"); "le même code, notamment son article …" is the
   last code named, an abbreviation too (not without articles) */
static void test_abbreviated_code_articles(void **state)
{
    static const ref_row rows[] = {
        {.in = "vu le CGCT, notamment ses art. L.2122-22 et L.2122-23 ;\n"
               "vu le CGI (art. 1520 et s.) ;\n",
         .n = TT(2),
         .refs = {{.kind = "code", .code = "Code général des collectivités territoriales",
                   .narticles = TT(2), .articles = {"L.2122-22", "L.2122-23"}},
                  {.kind = "code", .code = "Code général des impôts", .narticles = TT(1),
                   .articles = {"1520"}, .span = "CGI (art. 1520"}}},
        {.in = "vu le CASF, art. L. 123-5 ;\nvu le même code, notamment son article R. 123-16 ;\n",
         .n = TT(2),
         .refs = {{.narticles = TT(1)},
                  {.kind = "code", .code = "Code de l'action sociale et des familles",
                   .articles = {"R.123-16"}, .span = "même code, notamment son article R. 123-16"}}},
        /* not so */
        {.in = "vu le CGCT ;\nvu le même code ;\n", .n = TT(1),
         .refs = {{.kind = "code", .narticles = TT(0)}}},
    };
    CHECK_ROWS(rows);
}

/* a code named in the title of the act cited just before it ("décret …
   portant partie réglementaire du code de X") is no reference of its
   own; the same code in its own clause, or with articles, is */
static void test_code_in_act_title(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu le décret n° 2019-110 du 5 mars 2019 portant partie réglementaire du code de\n"
               "l'éducation ;\n",
         .n = TT(1), .refs = {{.kind = "decret", .number = "2019-110"}}},
        /* not so */
        {.in = "Vu le décret n° 2019-110 du 5 mars 2019 ;\nVu le code de l'éducation ;\n",
         .n = TT(2), .refs = {{.kind = "decret"}, {.kind = "code", .narticles = TT(0)}}},
        {.in = "Vu le décret n° 2019-110 du 5 mars 2019 relatif à l'application de l'article\n"
               "L. 131-1 du code de l'éducation ;\n",
         .min_n = TT(2)},
    };
    CHECK_ROWS(rows);
}

/* OCR: a letter added in "organique" ("loi organiquie n° …") keeps the
   loi_organique kind; "loi" alone stays a loi */
static void test_ocr_loi_organique_letter(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu la loi organiquie n° 2021-467 du 19 avril 2021 relative à la simplification ;\n",
         .n = TT(1), .refs = {{.kind = "loi_organique", .number = "2021-467"}}},
        {.in = "Vu la loi organique n° 2021-467 du 19 avril 2021 ;\n",
         .n = TT(1), .refs = {{.kind = "loi_organique", .number = "2021-467"}}},
        /* not so */
        {.in = "Vu la loi n° 2021-467 du 19 avril 2021 organisant la consultation ;\n",
         .n = TT(1), .refs = {{.kind = "loi", .number = "2021-467"}}},
    };
    CHECK_ROWS(rows);
}

/* OCR: "et" glued to the next article whose "." was read ":" ("R. 610-5
   etR:632-1"); "et" glued to a word is no separator */
static void test_ocr_glued_et_colon(void **state)
{
    static const ref_row rows[] = {
        {.in = "Vu les articles R. 121-4 etR:121-9 du code de la route ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(2), .articles = {"R.121-4", "R.121-9"}}}},
        /* not so */
        {.in = "Vu l'article R. 121-4 du code de la route etRien ;\n",
         .n = TT(1), .refs = {{.kind = "code", .narticles = TT(1), .articles = {"R.121-4"}}}},
    };
    CHECK_ROWS(rows);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_acts_with_number_and_date),
        cmocka_unit_test(test_indented_date_line),
        cmocka_unit_test(test_plural_acts_one_date),
        cmocka_unit_test(test_period_not_act_date),
        cmocka_unit_test(test_plural_acts_several_numbers),
        cmocka_unit_test(test_abbreviated_code_articles),
        cmocka_unit_test(test_code_in_act_title),
        cmocka_unit_test(test_ocr_loi_organique_letter),
        cmocka_unit_test(test_ocr_glued_et_colon),
        cmocka_unit_test(test_year_code_draft_and_paragraph),
        cmocka_unit_test(test_place_connector_in_gap),
        cmocka_unit_test(test_concordant_acts_bracket_dates),
        cmocka_unit_test(test_number_sign_dot),
        cmocka_unit_test(test_acts_date_only_and_bare_number),
        cmocka_unit_test(test_conventions_and_placeholders),
        cmocka_unit_test(test_code_articles),
        cmocka_unit_test(test_article_of_an_act),
        cmocka_unit_test(test_own_heading_is_not_a_reference),
        cmocka_unit_test(test_toc_entries_are_references),
        cmocka_unit_test(test_convention_name_before_number),
        cmocka_unit_test(test_minutes_items_are_references),
        cmocka_unit_test(test_listed_deliberations),
        cmocka_unit_test(test_ocr_noise),
        cmocka_unit_test(test_terms_are_not_citations),
        cmocka_unit_test(test_articles_and_following),
        cmocka_unit_test(test_dotted_abbreviated_and_ranges),
        cmocka_unit_test(test_glued_roman_paragraph),
        cmocka_unit_test(test_act_then_its_articles),
        cmocka_unit_test(test_budget_amendment),
        cmocka_unit_test(test_avenant),
        cmocka_unit_test(test_marche_contrat),
        cmocka_unit_test(test_every_trigger_word),
        cmocka_unit_test(test_ocr_du_and_stray_item),
        cmocka_unit_test(test_unaccented_ocr_deliberation),
        cmocka_unit_test(test_ocr_accent_speck_act_word),
        cmocka_unit_test(test_number_letters_prefix),
        cmocka_unit_test(test_number_letter_prefix_kept),
        cmocka_unit_test(test_act_articles_stop_at_nested_act),
        cmocka_unit_test(test_articles_and_following_list),
        cmocka_unit_test(test_articles_and_its_article),
        cmocka_unit_test(test_article_latin_letter),
        cmocka_unit_test(test_ocr_blank_line_before_number),
        cmocka_unit_test(test_ocr_article_clause),
        cmocka_unit_test(test_ocr_glued_et_blank),
        cmocka_unit_test(test_ocr_cut_article_number),
        cmocka_unit_test(test_ocr_clause_hyphen_and_range_end),
        cmocka_unit_test(test_accented_prefix_words),
        cmocka_unit_test(test_page_marker_line),
        cmocka_unit_test(test_act_articles_far_in_clause),
        cmocka_unit_test(test_ocr_specks_around_articles),
        cmocka_unit_test(test_ocr_el_for_l_dot),
        cmocka_unit_test(test_ocr_specks_in_code_clause),
        cmocka_unit_test(test_ocr_code_name_and_clause),
        cmocka_unit_test(test_ocr_specks_in_act_citation),
        cmocka_unit_test(test_ocr_gode_for_code),
        cmocka_unit_test(test_notamment_speck_after_et),
        cmocka_unit_test(test_ocr_blank_in_number_glued_range),
        cmocka_unit_test(test_ocr_specks_at_article_line_break),
        cmocka_unit_test(test_notamment_ocr_glued),
        cmocka_unit_test(test_ocr_article_connectors),
        cmocka_unit_test(test_ocr_one_for_l_article),
        cmocka_unit_test(test_ocr_hyphen_before_article),
        cmocka_unit_test(test_ocr_specks_in_article_clause),
        cmocka_unit_test(test_ocr_glued_speck_connector),
        cmocka_unit_test(test_reglement_name_preposition),
        cmocka_unit_test(test_dash_qualifier_and_mise_en),
        cmocka_unit_test(test_right_column_wrap),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
