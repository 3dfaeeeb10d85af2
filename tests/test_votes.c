/*
 * test_votes.c - votes.c: tallies, groups, unanimity, results, the sum
 * check, OCR variants.
 */
#include "testutil.h"

static const ex_vote_vec *run(fx *f, const char *s)
{
    fx_run(f, s);
    assert_true(f->c.docs.n >= 1);
    for (size_t i = 0; i < f->c.docs.n; i++)
        if (f->c.docs.v[i].votes.n)
            return &f->c.docs.v[i].votes;
    return &f->c.docs.v[0].votes;
}

/* A row of a vote table (testutil.h): the input, the number of votes
   (n exact, or at least min_n), diagnostics the call has (diag) or has
   not (no_diag), "no vote, or the first vote's count is not x"
   (first_not_for_, first_not_abstention), then what each vote holds by index
   (unset / NULL: not checked): counts, result, unanimity, the groups of
   each side and the persons not voting (their number and names by
   index), the span (the first occurrence of span, or span_from ...
   span_to) and where it starts (span_start: the first occurrence of that
   text in the input). */
enum { VOTE_MAX = 4, LIST_MAX = 4, DIAG_MAX = 2 };
typedef struct vote_want {
    tt_num for_, against, abstention, not_voting, blank_or_void, absent_without_proxy, result;
    tt_num unanimous;
    tt_num n_for_groups, n_against_groups, n_abstention_groups, n_nv_persons;
    const char *for_groups[LIST_MAX], *against_groups[LIST_MAX], *abstention_groups[LIST_MAX];
    const char *nv_family[LIST_MAX], *nv_civility[LIST_MAX], *nv_role[LIST_MAX];
    const char *span, *span_from, *span_to, *span_start;
} vote_want;
typedef struct vote_row {
    const char *in;
    tt_num n, min_n, first_not_for_, first_not_abstention;
    const char *diag[DIAG_MAX], *no_diag[DIAG_MAX];
    vote_want v[VOTE_MAX];
} vote_row;

static bool want_any(const vote_want *w)
{
    static const vote_want none;
    return memcmp(w, &none, sizeof none) != 0;
}

/* the strings of a list expected by a row, by index */
static void check_list(const tt_ctx *t, const char *what, const char *const *got, size_t n,
                       const char *const *want)
{
    for (size_t i = 0; i < LIST_MAX; i++)
        if (want[i]) {
            if (i >= n) {
                char g[16];
                snprintf(g, sizeof g, "%zu long", n);
                tt_fail_(t, __FILE__, __LINE__, what, g, want[i]);
            }
            tt_str(t, got[i], want[i]);
        }
}

static void check_vote(const tt_ctx *t, const ex_call *c, const char *in, const ex_vote *x,
                       const vote_want *w)
{
    tt_opt(t, x->for_, w->for_);
    tt_opt(t, x->against, w->against);
    tt_opt(t, x->abstention, w->abstention);
    tt_opt(t, x->not_voting, w->not_voting);
    tt_opt(t, x->blank_or_void, w->blank_or_void);
    tt_opt(t, x->absent_without_proxy, w->absent_without_proxy);
    tt_opt(t, x->result, w->result);
    tt_opt(t, x->unanimous, w->unanimous);
    tt_opt(t, x->for_groups.n, w->n_for_groups);
    tt_opt(t, x->against_groups.n, w->n_against_groups);
    tt_opt(t, x->abstention_groups.n, w->n_abstention_groups);
    tt_opt(t, x->not_voting_persons.n, w->n_nv_persons);
    check_list(t, "for_groups", (const char *const *)x->for_groups.v, x->for_groups.n,
               w->for_groups);
    check_list(t, "against_groups", (const char *const *)x->against_groups.v,
               x->against_groups.n, w->against_groups);
    check_list(t, "abstention_groups", (const char *const *)x->abstention_groups.v,
               x->abstention_groups.n, w->abstention_groups);
    for (size_t i = 0; i < LIST_MAX; i++)
        if (w->nv_family[i] || w->nv_civility[i] || w->nv_role[i]) {
            tt_true(t, i < x->not_voting_persons.n);
            tt_str(t, x->not_voting_persons.v[i].family, w->nv_family[i]);
            tt_str(t, x->not_voting_persons.v[i].civility, w->nv_civility[i]);
            tt_str(t, x->not_voting_persons.v[i].role, w->nv_role[i]);
        }
    tt_span(t, c, x->span, w->span ? w->span : w->span_from, w->span ? NULL : w->span_to);
    if (w->span_start) {
        const char *a = strstr(in, w->span_start);
        tt_true(t, a != NULL);
        tt_int(t, x->span.start, a - in);
    }
}

static void check_votes(const tt_ctx *t, const vote_row *r)
{
    fx f;
    const ex_vote_vec *v = run(&f, r->in);
    tt_opt(t, v->n, r->n);
    if (r->min_n.set)
        tt_true(t, v->n >= (size_t)r->min_n.v);
    if (r->first_not_for_.set && v->n)
        tt_true(t, v->v[0].for_ != r->first_not_for_.v);
    if (r->first_not_abstention.set && v->n)
        tt_true(t, v->v[0].abstention != r->first_not_abstention.v);
    for (size_t k = 0; k < DIAG_MAX; k++) {
        if (r->diag[k])
            tt_true(t, call_has_diag(&f.c, r->diag[k]));
        if (r->no_diag[k])
            tt_true(t, !call_has_diag(&f.c, r->no_diag[k]));
    }
    for (size_t i = 0; i < VOTE_MAX; i++)
        if (want_any(&r->v[i])) {
            char name[64];  /* failures name the vote: "vote 1 of rows" */
            snprintf(name, sizeof name, "vote %zu of %s", i, t->table);
            const tt_ctx vt = {name, t->i, t->in};
            tt_true(&vt, i < v->n);
            if (i < v->n)
                check_vote(&vt, &f.c, r->in, &v->v[i], &r->v[i]);
        }
    fx_done(&f);
}

/* the groups printed under a tally's line ("Ont voté pour : groupe A ;
   groupe B ;" / "groupe C.") are that vote's, not a second vote */
static void test_groups_under_tally(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 4 : M. le Maire est chargé de l'exécution de la présente délibération.\n\n"
               "Votants : 46 – Pour : 35 – Contre : 8 – Abstentions : 3\n"
               "Ont voté pour : groupe Ensemble ; groupe Écologistes et Solidaires ;\n"
               "groupe Communiste et Citoyen.\n"
               "Ont voté contre : groupe Agir.\n"
               "Se sont abstenus : groupe Centre et Indépendants.\n"
               "Adopté.\n\nPour extrait conforme,\n",
         .n = TT(1),
         .v = {{.for_ = TT(35), .against = TT(8), .abstention = TT(3), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(3),
                .for_groups = {[0] = "groupe Ensemble", [2] = "groupe Communiste et Citoyen"},
                .n_against_groups = TT(1), .against_groups = {"groupe Agir"},
                .n_abstention_groups = TT(1), .span_from = "Votants", .span_to = "Adopté."}}},
        /* groups without counts ("Votent pour : Groupe A, …", "S'abstient :
           Groupe C."), the result sentence after them */
        {.in = "Amendement n° 3 déposé par le groupe Agir : porter le montant à 900 euros.\n"
               "Votent pour : Groupe Agir, Groupe Centre.\n"
               "Votent contre : Groupe Ensemble.\n"
               "S'abstient : Groupe Écologistes, Solidaires et Citoyens.\n"
               "L'amendement n° 3 est rejeté.\n\nDélibère :\n",
         .n = TT(1),
         .v = {{.result = TT(EX_REJECTED), .n_for_groups = TT(2), .n_against_groups = TT(1),
                .n_abstention_groups = TT(1),
                .abstention_groups = {"Groupe Écologistes, Solidaires et Citoyens"},
                .span_from = "Votent pour", .span_to = "est rejeté."}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a compte rendu sommaire's item lines opening with a bare number and a
   dash ("2026-030 – Budget primitif 2026 – adopté (14 pour, …)"), a
   vote wrapped onto an indented line before: one vote per item, a tally
   never takes the next item's counts; a line opening with a count ("15
   voix pour …", no dash after it) still continues the sentence */
static void test_bare_number_items(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Délibérations examinées :\n\n"
               "2026-029 – Vote des taux d'imposition 2026 (taxe foncière bâti : 18,42 %)\n"
               "           – adopté par 15 voix pour et 3 abstentions\n"
               "2026-030 – Budget primitif 2026 – adopté (14 pour, 3 contre, 1 abstention)\n"
               "2026-031 – Tarifs de la cantine scolaire – adopté à l'unanimité\n"
               "2026-032 – Acquisition de la parcelle AB 112 – rejeté\n"
               "           (6 pour, 12 contre)\n\nLe Maire,\n",
         .n = TT(4),
         .v = {{.for_ = TT(15), .against = TT(EX_NULLNUM), .abstention = TT(3), .result = TT(EX_ADOPTED)},
               {.for_ = TT(14), .against = TT(3), .abstention = TT(1), .result = TT(EX_ADOPTED)},
               {.unanimous = TT(true), .result = TT(EX_ADOPTED)},
               {.for_ = TT(6), .against = TT(12), .result = TT(EX_REJECTED)}}},
        {.in = "Le budget primitif 2026 est adopté par\n"
               "15 voix pour, 3 voix contre et 1 abstention.\n\nLe Maire,\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(3), .abstention = TT(1), .result = TT(EX_ADOPTED)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Ne prennent pas part au vote : M. X, Mme Y" (no full stop) between a
   "Résultat du vote :" alone on its line and the tally "Pour : 24 – ...":
   the names end at their line, the tally is read; names that run on to
   the next line ("..., Mme Y,\nM. Z") are still read whole */
static void test_not_voting_names_before_tally(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 : De dire que la dépense sera imputée au budget.\n\n"
               "Résultat du vote :\n"
               "Ne prennent pas part au vote : M. Serge ROUX, Mme Odile BRUN\n"
               "Pour : 24 – Contre : 2 – Abstentions : 0\n"
               "La délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(24), .against = TT(2), .abstention = TT(0), .not_voting = TT(2),
                .n_nv_persons = TT(2)}}},
        {.in = "Article 3 : De dire que la dépense sera imputée au budget.\n\n"
               "Ne prennent pas part au vote : M. Serge ROUX, Mme Odile BRUN,\n"
               "M. Paul NOËL\n\n"
               "Pour : 24 – Contre : 2 – Abstentions : 0\n",
         .n = TT(1),
         .v = {{.for_ = TT(24), .not_voting = TT(3)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* blind set CA: "ne prend pas part au vote 1" in a "Vote :" line (the
   count after the phrase); not in a sentence ("… ne prend pas part au
   vote 1 fois" gives no count) */
static void test_nppv_count_after_phrase(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 – Le budget est adopté.\n\n"
               "Vote : pour 28, contre 0, abstentions 3, ne prend pas part au vote 1\n"
               "La délibération est adoptée.\n",
         .v = {{.for_ = TT(28), .against = TT(0), .abstention = TT(3), .not_voting = TT(1)}}},
        {.in = "Article 3 – Le budget est adopté.\n\n"
               "Vote : pour 28, contre 0, abstentions 3, ne prend pas part au vote 1 fois\n",
         .v = {{.for_ = TT(28), .not_voting = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a nominative vote: each side's count in brackets before its colon, the
   persons named after it (no groups); the sides' lists do not part them;
   "Se sont abstenues", "S'est abstenu", and "Ont voté contre : 2 – names" */
static void test_nominative_vote(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 : Madame la Maire est autorisée à signer l'acte.\n\n"
               "M. Denis FAURE, intéressé à l'affaire, ne prend pas part au vote et\n"
               "quitte la salle.\n\n"
               "Ont voté pour (8) : Mme Claire AUBERT, M. Bernard CLOS (par procuration),\n"
               "M. Paul BRUN, Mme Agnès CAIN, Mme Lucie GIRAUD, M. Hugues JOLY,\n"
               "Mme Sandrine PETIT, M. Rémi TESSIER.\n"
               "Ont voté contre (2) : M. Olivier MARC, M. Yann ZELLER.\n"
               "Se sont abstenues (2) : Mme Nadia LEBRUN, Mme Véronique VIDAL.\n"
               "La délibération est adoptée.\n\nFait et délibéré les jour, mois et an susdits.\n",
         .n = TT(1),
         .v = {{.for_ = TT(8), .against = TT(2), .abstention = TT(2), .not_voting = TT(1),
                .result = TT(EX_ADOPTED), .n_for_groups = TT(0), .span_from = "M. Denis",
                .span_to = "est adoptée."}}},
        {.in = "Après en avoir délibéré :\n\nOnt voté pour : 9 – M. Jean AUBRY, Mme Anne BOIS, M. Luc CARON,\n"
               "Mme Julie DUVAL, M. Marc EYMARD, Mme Rose FAURE, M. Guy GARNIER, M. Loïc HUET,\n"
               "Mme Inès JAMET.\nOnt voté contre : 2 – M. Olivier MARC, M. Yann ZELLER.\n"
               "Se sont abstenus : 1 – M. Paul NOËL.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(2), .abstention = TT(1), .n_for_groups = TT(0)}}},
        {.in = "Après en avoir délibéré :\n\nPour (9) : M. Jean AUBRY, Mme Anne BOIS, M. Luc CARON,\n"
               "Mme Julie DUVAL, M. Marc EYMARD, Mme Rose FAURE, M. Guy GARNIER, M. Loïc HUET,\n"
               "Mme Inès JAMET.\nContre (0) : néant.\nS'est abstenu (1) : M. Paul NOËL.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(0), .abstention = TT(1), .n_for_groups = TT(0)}}},
        /* OCR: a blank line inserted after a line ending in "," */
        {.in = "Après en avoir délibéré :\n\nOnt voté pour (9) : M. Jean AUBRY, Mme Anne BOIS, M. Luc CARON,\n\n"
               "Mme Julie DUVAL, M. Marc EYMARD, Mme Rose FAURE, M. Guy GARNIER, M. Loïc HUET,\n"
               "Mme Inès JAMET.\n\nOnt voté contre (2) : M. Olivier MARC, M. Yann ZELLER.\n\n"
               "Se sont abstenus (1) : M. Paul NOËL.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(2), .abstention = TT(1), .n_for_groups = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a nominative vote without figures: each side's count is the number of
   names of its clean list ("Ont voté pour : M. A, Mme B, …" 11, "Ont
   voté contre : M. X, Mme Y." 2, "S'est abstenu : M. Z." 1); a list with
   a role or a word in it gives no count */
static void test_nominative_vote_names_counted(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 : D'imputer la dépense au chapitre 21 du budget.\n\n"
               "Ont voté pour : M. Gérard POULAIN, Mme Martine DELAGE, Mme Sylvie BOURDEAU,\n"
               "M. Olivier CHASSAGNE, M. Alain TEYSSANDIER, Mme Corinne ROUGERIE,\n"
               "M. Bernard VERGNOLLE, Mme Isabelle MAZEAUD, M. Thierry DESBORDES,\n"
               "Mme Nathalie PEYRONNET et M. Didier LABRUNE.\n"
               "Ont voté contre : M. Jean-Pierre FAUCHER, Mme Patricia LEYMARIE.\n"
               "S'est abstenu : M. Pascal JOUANNY.\n"
               "La délibération est adoptée.\n\nFait à Saint-Valdrin, le 03.10.2025\n",
         .n = TT(1),
         .v = {{.for_ = TT(11), .against = TT(2), .abstention = TT(1), .result = TT(EX_ADOPTED),
                .span_from = "Ont voté pour", .span_to = "est adoptée."}}},
        /* the figures printed after the names: one vote, the printed one */
        {.in = "Article 3 : D'imputer la dépense au chapitre 21 du budget.\n\n"
               "Ont voté pour : M. Gérard POULAIN, Mme Martine DELAGE, Mme Sylvie BOURDEAU.\n"
               "Ont voté contre : M. Jean-Pierre FAUCHER, Mme Patricia LEYMARIE.\n"
               "La délibération est adoptée par 4 voix pour et 2 voix contre.\n",
         .n = TT(1),
         .v = {{.for_ = TT(4), .against = TT(2)}}},
        /* OCR: ",." after a name (a speck, no full stop), a blank line
           after it */
        {.in = "Article 3 : D'imputer la dépense au chapitre 21 du budget.\n\n"
               "Ont voté pour : M. Gérard POULAIN, Mme Martine DELAGE, M. Thierry DESBORDES,.\n\n"
               "Mme Nathalie PEYRONNET, M. Didier LABRUNE.\n\n"
               "Ont voté contre : M. Jean-Pierre FAUCHER, Mme Patricia LEYMARIE.\n"
               "La délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(5), .against = TT(2), .result = TT(EX_ADOPTED)}}},
        /* negative: a role inside the list, no count */
        {.in = "Article 3 : D'imputer la dépense au chapitre 21 du budget.\n\n"
               "Ont voté pour : M. Gérard POULAIN, Président, Mme Martine DELAGE.\n"
               "La délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR: "Abstentions" misread by one edit after the other sides' counts
   on a vote line ("Abétentions : 2", its colon read ';' or "i"); a word
   two edits away is none */
static void test_ocr_abstention_label_edit(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 : Les tarifs sont fixés.\n\n"
               "Vote : Pour : 15 – Contre : 0 – Abétentions : 2\nLa délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(0), .abstention = TT(2)}}},
        /* negative: "Absences : 2" is no abstention */
        {.in = "Article 3 : Les tarifs sont fixés.\n\n"
               "Vote : Pour : 15 – Contre : 0 – Absences : 2\nLa délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.abstention = TT(EX_NULLNUM)}}},
        /* its colon read ';' or a lone "i" (ex_colon_mark(),
           ex_ocr_lone_colon()) */
        {.in = "Article 3 : Les tarifs sont fixés.\n\n"
               "Vote : Pour : 15 – Contre : 0 – Abétentions ; 2\nLa délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(0), .abstention = TT(2)}}},
        {.in = "Article 3 : Les tarifs sont fixés.\n\n"
               "Vote : Pour : 15 – Contre : 0 – Abétentions i 2\nLa délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(0), .abstention = TT(2)}}},
        /* negative: a lone "i" before a word is no colon */
        {.in = "Article 3 : Les tarifs sont fixés.\n\n"
               "Vote : Pour : 15 – Contre : 0 – Abétentions i deux\nLa délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.abstention = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the unanimity's count in brackets before a ';' and a member not voting */
static void test_unanimity_count_then_nppv(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Délibération n° 2025-091 – Subvention au club\n"
               "Le conseil attribue une subvention de 2 000 € au club.\n"
               "Adopté à l'unanimité des suffrages exprimés (21 voix) ; M. Paul ROBIN ne\n"
               "prend pas part au vote.\n\n",
         .n = TT(1),
         .v = {{.for_ = TT(21), .not_voting = TT(1), .result = TT(EX_ADOPTED), .unanimous = TT(true)}}},
        /* OCR: a speck before "vote" */
        {.in = "Délibération n° 2025-091 – Subvention au club\n"
               "Adopté à l'unanimité ; M. Paul ROBIN ne\n"
               "prend pas part au, vote.\n\n",
         .n = TT(1),
         .v = {{.not_voting = TT(1)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a tally printed on its own line then again in the deciding sentence
   ("Résultat : Pour : 10 – Contre : 3 – Abstention : 1." / "Le Conseil,
   après en avoir délibéré, par 10 voix pour, 3 voix contre et 1
   abstention :") is one vote (the first print's span); other counts, a
   sentence between, or the next row of a table give two */
static void test_tally_repeated_in_sentence(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "  DURAND Paul ........ Contre\n\n"
               "Résultat : Pour : 10 – Contre : 3 – Abstention : 1.\n\n"
               "Le Conseil municipal, après en avoir délibéré, par 10 voix pour, 3 voix\n"
               "contre et 1 abstention :\n\n"
               "DÉCIDE de céder le bien.\n",
         .n = TT(1),
         .v = {{.for_ = TT(10), .against = TT(3), .abstention = TT(1), .result = TT(EX_ADOPTED),
                .span_start = "Pour : 10"}}},
        /* near misses: other counts; a sentence between; two table rows */
        /* OCR: a speck "-" or "|" ending the line between "voix" and
           "contre" */
        {.in = "Le Conseil municipal, après en avoir délibéré, par 16 voix pour, 1 voix -\n"
               "contre et 1 abstention :\n\nDÉCIDE de céder le bien.\n",
         .n = TT(1), .v = {{.for_ = TT(16), .against = TT(1), .abstention = TT(1)}}},
        {.in = "Le Comité syndical, après en avoir délibéré, par 14 voix pour, 0 voix |\n"
               "contre.et 1 abstention :\n\nDÉCIDE de céder le bien.\n",
         .n = TT(1), .v = {{.for_ = TT(14), .against = TT(0), .abstention = TT(1)}}},
        {.in = "Résultat : Pour : 10 – Contre : 3 – Abstention : 1.\n\n"
               "Le Conseil municipal, après en avoir délibéré, par 11 voix pour, 3 voix\n"
               "contre et 1 abstention :\n\n"
               "DÉCIDE de céder le bien.\n",
         .n = TT(2)},
        {.in = "Résultat : Pour : 10 – Contre : 3 – Abstention : 1.\n\n"
               "Le point suivant porte sur la voirie. Le Conseil municipal, par 10 voix pour, 3 voix\n"
               "contre et 1 abstention :\n\n"
               "DÉCIDE de refaire la voirie.\n",
         .n = TT(2)},
        {.in = "N°   Objet                         Pour   Contre   Abst.   Résultat\n"
               "3    Tarifs de la cantine            14      0        0      Adopté\n"
               "4    Convention d'éclairage          14      0        0      Adopté\n",
         .min_n = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "La délibération est adoptée." alone: a vote with its result only */
static void test_act_result_alone(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 : Madame la Maire est autorisée à signer l'acte.\n\n"
               "La délibération est adoptée.\n\nFait et délibéré les jour, mois et an susdits.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED), .unanimous = TT(false)}}},
        {.in = "La motion est rejetée.\n",
         .n = TT(1),
         .v = {{.result = TT(EX_REJECTED)}}},
        /* inside a sentence: no vote */
        {.in = "Considérant que la délibération est adoptée chaque année par le conseil,\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_groups_block(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "Dans les conditions de vote ci-dessous :\n\n"
               "Pour  :  42 voix  (Groupe  Socialiste,  Républicain  et  Citoyen ;  Groupe  Communiste  et\n"
               "Républicain ; Groupe Union pour le Pas-de-Calais  ; Non-inscrit)\n"
               "Contre : 0 voix \n"
               "Abstention : 0 voix \n"
               "Absents sans délégation de vote :  2  (Groupe Union pour le Pas-de-Calais)\n\n"
               "(Adopté)\n\nLE PRESIDENT\n",
         .n = TT(1),
         .v = {{.for_ = TT(42), .against = TT(0), .abstention = TT(0), .not_voting = TT(EX_NULLNUM),
                .absent_without_proxy = TT(2), .result = TT(EX_ADOPTED), .unanimous = TT(false),
                .n_for_groups = TT(4),
                .for_groups = {[0] = "Groupe Socialiste, Républicain et Citoyen", [3] = "Non-inscrit"},
                .span_from = "Pour", .span_to = "(Adopté)"}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* groups separated by commas, each named "Groupe ...": one group each;
   a comma inside a group's name stays (test_groups_block) */
/* a two-row table: labels over numbers, read by column; a column that
   is no tally ("Votants") is left */
static void test_vote_table(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        /* numbers under no label, or a header without "Contre": no vote */
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "   VOTE     Pour     Contre     Abstention\n"
               "9 0 1\n\nFait à Lyon.\n",
         .n = TT(0)},
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "   Tarif     Pour     les     associations\n"
               "              50       80\n\nFait à Lyon.\n",
         .n = TT(0)},
        /* a PDF text extraction: one cell a line, labels then counts
           (OCR: a blank line between the cells) */
        {.in = "Article 3 : Les crédits sont inscrits.\nRésultat du vote\nPour\nContre\nAbstention\n8\n0\n1\n"
               "Délibération adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(8), .against = TT(0), .abstention = TT(1), .result = TT(EX_ADOPTED),
                .unanimous = TT(false), .span_start = "Pour"}}},
        {.in = "Article 3 : Les crédits sont inscrits.\n\nPour\n\nContre\n\n12\n\n3\n\nFait à Lyon.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(3)}}},
        /* near misses: fewer counts than labels; a word "Pour" alone
           without "Contre" */
        {.in = "Article 3 : Les crédits sont inscrits.\nPour\nContre\nAbstention\n8\n0\nFait à Lyon.\n",
         .first_not_for_ = TT(8)},
        {.in = "Article 3 : Les crédits sont inscrits.\nPour\nAbstention\n8\n1\nFait à Lyon.\n",
         .first_not_for_ = TT(8)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
    fx f;
    const char *s =
        "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
        "   RÉSULTAT DU VOTE     Votants     Pour     Contre     Abstentions\n"
        "                           17        12         3            2\n\n"
        "Fait et délibéré les jour, mois et an susdits.\n";
    const ex_vote_vec *v = run(&f, s);
    assert_int_equal(v->n, 1);
    const ex_vote *x = &v->v[0];
    assert_int_equal(x->for_, 12);
    assert_int_equal(x->against, 3);
    assert_int_equal(x->abstention, 2);
    assert_int_equal(x->result, EX_ADOPTED);
    /* the span: from the "RÉSULTAT DU VOTE" cell to the last count */
    const char *a = strstr(s, "RÉSULTAT"), *b = strstr(s, "2\n\nFait") + 1;
    assert_int_equal(x->span.start, (size_t)(a - s));
    assert_int_equal(x->span.end, (size_t)(b - s));
    fx_done(&f);
}

/* a vote table ruled with "|": the rules separate the cells, the rule
   line between the rows is skipped; the count columns ("Votants") are
   left */
static void test_vote_table_ruled(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "+---------+------+--------+-------------+\n"
               "| Votants | Pour | Contre | Abstentions |\n"
               "+---------+------+--------+-------------+\n"
               "|   22    |  18  |   1    |      3      |\n"
               "+---------+------+--------+-------------+\n\n"
               "Fait et délibéré les jour, mois et an susdits.\n",
         .n = TT(1),
         .v = {{.for_ = TT(18), .against = TT(1), .abstention = TT(3), .result = TT(EX_ADOPTED),
                .unanimous = TT(false)}}},
        /* no rule line, one blank line between the rows */
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "| Pour | Contre | Abstention |\n\n"
               "|  9   |   0    |     1      |\n\nFait à Lyon.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(0), .abstention = TT(1)}}},
        /* a ruled table with "Pour" but no "Contre" cell (a tariff): no vote */
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "| Tarif | Pour | les | associations |\n"
               "+-------+------+-----+--------------+\n"
               "|  A    |  50  |     |      80      |\n\nFait à Lyon.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_groups_comma_list(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "Pour : 22 (Groupe Creuse Avenir, Groupe Union des Indépendants)\n"
               "Contre : 5 (Groupe Socialiste, Républicain et Citoyen)\n"
               "Abstention : 0\n",
         .n = TT(1),
         .v = {{.n_for_groups = TT(2),
                .for_groups = {"Groupe Creuse Avenir", "Groupe Union des Indépendants"},
                .n_against_groups = TT(1),
                .against_groups = {"Groupe Socialiste, Républicain et Citoyen"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* weighted votes: a bracket counting the members ("(9 délégués)",
   "(2 conseillers : M. X, Mme Y)") names no group */
static void test_groups_member_count(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "Pour : 27 voix (9 délégués)\n"
               "Contre : 4 voix (2 conseillers : M. Paul VIDAL, Mme Anne ROUX)\n"
               "Abstentions : 2 voix (1 délégué)\n",
         .n = TT(1),
         .v = {{.for_ = TT(27), .against = TT(4), .n_for_groups = TT(0), .n_against_groups = TT(0),
                .n_abstention_groups = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the tally printed as a form: each label opens its line, a dotted
   leader (or a run of blanks) before the count */
static void test_dotted_leader(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 2 : Le budget est approuvé.\n\n"
               "Votants ................ 21\n"
               "Pour ................... 17\n"
               "Contre ................. 3\n"
               "Abstention ............. 1\n\n"
               "La proposition est adoptée à la majorité.\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .against = TT(3), .abstention = TT(1), .result = TT(EX_ADOPTED)}}},
        /* a majority given as a share of the votes, a participial clause
           after the comma: adopted, no count, not unanimous */
        {.in = "DEUXIÈME RÉSOLUTION – Comptes\n"
               "L'assemblée générale approuve les comptes.\n"
               "Cette résolution est adoptée à la majorité de 92 % des voix, la Commune\n"
               "de Belval s'étant abstenue.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .abstention = TT(EX_NULLNUM), .unanimous = TT(0), .result = TT(EX_ADOPTED),
                .span = "adoptée à la majorité de 92 % des voix"}}},
        /* (negative: no share after "de", a clause after the comma) */
        {.in = "DEUXIÈME RÉSOLUTION – Comptes\n"
               "L'assemblée générale approuve les comptes.\n"
               "Cette résolution est adoptée à la majorité de ses membres, la Commune\n"
               "de Belval s'étant abstenue.\n",
         .n = TT(0)},
        {.in = "Article 2 : Le budget est approuvé.\n\n"
               "Pour        12 voix\n"
               "Contre      2 voix\n"
               "Abstention  0\n\n"
               "Adopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(2), .abstention = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the tally's labels in two languages, "Pour / Alde : 11" (the French
   first, the other language's label, one to four words, before the
   colon; the slash may end the line) and "Alde / Pour : 11"; five words
   after the slash are no label */
static void test_other_language_labels(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 3 – de fixer la date d'achèvement des travaux.\n\n"
               "Vote / Bozketa : Pour / Alde : 11 – Contre / Kontra : 1 – Abstentions /\n"
               "Abstentzioak : 2 (M. Michel DUHALDE, Mme Arantxa URRUTY).\n",
         .n = TT(1),
         .v = {{.for_ = TT(11), .against = TT(1), .abstention = TT(2), .result = TT(EX_ADOPTED)}}},
        {.in = "Article 3 – de fixer la date d'achèvement des travaux.\n\n"
               "Bozketa / Vote : Alde / Pour : 11 – Kontra / Contre : 1 – Abstentzioak /\n"
               "Abstentions : 2 (M. Michel DUHALDE, Mme Arantxa URRUTY).\n",
         .n = TT(1),
         .v = {{.for_ = TT(11), .against = TT(1), .abstention = TT(2), .result = TT(EX_ADOPTED)}}},
        /* "Contre / a b c d e : 1": no label after the slash (its 1 is
           not read as the count against) */
        {.in = "Article 3 – de fixer la date d'achèvement des travaux.\n\n"
               "Vote : Pour : 11 – Contre / bat bi hiru lau bost : 1.\n",
         .v = {{.for_ = TT(11), .against = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_slash_means_zero(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "- d'autoriser le Maire à signer.\n"
               "ONT VOTE POUR : 14                 ONT VOTE CONTRE : /"
               "                  SE SONT ABSTENUS : /\n"
               "Fait et délibéré en séance.\n",
         .n = TT(1),
         .v = {{.for_ = TT(14), .against = TT(0), .abstention = TT(0), .result = TT(EX_ADOPTED),
                .unanimous = TT(false)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_pv_items(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "1. DÉLIBÉRATION N° 2024-012 – VOTE DES TAUX\n"
               "Le Conseil Municipal, après en avoir délibéré, DÉCIDE de maintenir les taux.\n"
               "Adopté à l'unanimité.\n\n"
               "2. DÉLIBÉRATION N° 2024-013 – BUDGET PRIMITIF\n"
               "M. Hugo MARCHAND indique que son groupe votera contre ce budget.\n"
               "Adopté à la majorité par 12 voix pour, 3 contre (M. Hugo MARCHAND, Mme Agnès PRÉVOST, M.\n"
               "Cédric LOUVET) et 2 abstentions (Mme Virginie COUSIN, M. Bernard FLAHAUT).\n\n"
               "3. DÉLIBÉRATION N° 2024-014 – SUBVENTION\n"
               "Mme Lucie HAMEL quitte la salle et ne prend pas part au vote.\n"
               "Vote : Pour : 15 – Contre : 0 – Abstention : 0 – Ne prennent pas part au vote : 2. La délibération\n"
               "est adoptée.\n\n"
               "4. DÉLIBÉRATION N° 2024-015 – MOTION\n"
               "Pour : 3 – Contre : 12 – Abstention : 2. La motion est rejetée.\n",
         .n = TT(4),
         .v = {[0] = {.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED), .unanimous = TT(true)},
               [1] = {.for_ = TT(12), .against = TT(3), .abstention = TT(2), .unanimous = TT(false),
                      .n_for_groups = TT(0)},
               [2] = {.for_ = TT(15), .not_voting = TT(2), .result = TT(EX_ADOPTED)},
               [3] = {.result = TT(EX_REJECTED)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a procès-verbal's items voted in a final recap table, one row per
   item ("N°  Objet  Pour  Contre  Abst.  Résultat"): each row is one
   vote (span: the row), the item's bare "Adopté." in the body the same
   vote, not another (the item found by its number and a word of the
   row's object) */
static void test_item_recap_table(void **st)
{
    (void)st;
#define ITEMS_BODY "1. Approbation du procès-verbal de la séance du 3 mars 2025\n\n" \
                   "Le procès-verbal n'appelle pas d'observation.\nAdopté.\n\n" \
                   "2. Délibération n° 2025-011 : Tarifs de la cantine scolaire\n\n" \
                   "Le conseil municipal FIXE le prix du repas.\nAdopté.\n\n" \
                   "3. Délibération n° 2025-012 : Vente du terrain communal\n\n" \
                   "Le conseil municipal est invité à AUTORISER la vente.\n" \
                   "La proposition est mise aux voix.\n\nRÉCAPITULATIF DES VOTES\n\n"
    static const vote_row rows[] = {
        {.in = ITEMS_BODY
               "N°   Objet                        Pour   Contre   Abst.   Résultat\n"
               "1    Approbation du PV              13      0        1      Adopté\n"
               "2    Tarifs de la cantine           11      2        1      Adopté\n"
               "3    Vente du terrain communal       4      9        0      Rejeté\n\n"
               "La séance est levée à vingt-deux heures.\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(13), .against = TT(0), .abstention = TT(1), .result = TT(EX_ADOPTED),
                      .unanimous = TT(false),
                      .span = "1    Approbation du PV              13      0        1      Adopté"},
               [1] = {.for_ = TT(11), .against = TT(2), .abstention = TT(1), .result = TT(EX_ADOPTED),
                      .span = "2    Tarifs de la cantine           11      2        1      Adopté"},
               [2] = {.for_ = TT(4), .against = TT(9), .abstention = TT(0), .result = TT(EX_REJECTED),
                      .span = "3    Vente du terrain communal       4      9        0      Rejeté"}}},
        /* "N°." header, rows one blank line apart, a unanimity in the
           result cell, no result column for the last row */
        {.in = "N°.  Objet                         Pour   Contre   Résultat\n\n"
               "1.   Budget primitif 2025            15      0      Adopté à l'unanimité\n\n"
               "2.   Tarifs de l'eau                 12      3\n\nFait à Lyon.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(15), .unanimous = TT(true), .result = TT(EX_ADOPTED)},
               [1] = {.for_ = TT(12), .against = TT(3), .result = TT(EX_ADOPTED), .unanimous = TT(false)}}},
        /* the body's item 1 shares no word with row 1's object: its
           "Adopté." stays a vote of its own */
        {.in = "1. Budget annexe de l'eau\n\nLe conseil municipal APPROUVE le budget.\nAdopté.\n\n"
               "N°   Objet                        Pour   Contre   Abst.   Résultat\n"
               "1    Approbation du PV              13      0        1      Adopté\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED)}, [1] = {.for_ = TT(13)}}},
        /* flattened by OCR (one blank between the words): row 1's
           counts glued by a speck ("13.0 1") are not read, its result
           is: the row is the item's vote, without counts (its body's
           "Adopté." the same vote) */
        {.in = ITEMS_BODY
               "N° Objet Pour Contre Abst. Résultat\n\n"
               "1 Approbation du PV 13.0 1 Adopté\n"
               "2 Tarifs de la cantine 11 2 1 Adopté\n\n"
               "3 Vente du terrain communal 4 9 O0 Rejeté\n\n"
               "La séance est levée à vingt-deux heures.\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED), .span = "1 Approbation du PV 13.0 1 Adopté"},
               [1] = {.for_ = TT(11), .against = TT(2), .abstention = TT(1),
                      .span = "2 Tarifs de la cantine 11 2 1 Adopté"},
               [2] = {.for_ = TT(4), .against = TT(9), .abstention = TT(0), .result = TT(EX_REJECTED)}}},
        /* more OCR damage: a speck ending the header ("Résultat -"), a
           speck glued to a result (":Adopté"), the body's items "1:" and
           "2," (misread full stops): still one vote per item */
        {.in = "1: Approbation du procès-verbal de la séance du 3 mars 2025\n\n"
               "Le procès-verbal n'appelle pas d'observation.\nAdopté.\n\n"
               "2, Délibération n° 2025-011 : Tarifs de la cantine scolaire\n\n"
               "Le conseil municipal FIXE le prix du repas.\nAdopté.\n\nRÉCAPITULATIF DES VOTES\n\n"
               "N° Objet Pour Contre Abst. Résultat -\n\n"
               "1 Approbation du PV 13 0° 1 :Adopté\n"
               "2 Tarifs de la cantine - : 12 1 Adopté\n\n"
               "La séance est levée à vingt-deux heures.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(13), .against = TT(0), .abstention = TT(1), .result = TT(EX_ADOPTED)},
               [1] = {.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED),
                      .span = "2 Tarifs de la cantine - : 12 1 Adopté"}}},
        /* OCR "S" for a 5 and "B" for an 8 alone in a count cell; a
           capital glued to a word ("Sa") is no count: the row without counts */
        {.in = "N° Objet Pour Contre Abst. Résultat\n"
               "1 Approbation du PV 13 0 1 Adopté\n"
               "2 Vente de la parcelle S 7 2 Rejeté\n"
               "3 Tarifs de la cantine B 4 2 Adopté\n"
               "4 Tarifs du camping Sa 4 2 Adopté\n",
         .n = TT(4),
         .v = {[0] = {.for_ = TT(13)},
               [1] = {.for_ = TT(5), .against = TT(7), .abstention = TT(2), .result = TT(EX_REJECTED)},
               [2] = {.for_ = TT(8), .against = TT(4), .abstention = TT(2)},
               [3] = {.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED)}}},
        /* a row of misread counts and no result: passed over */
        {.in = "N° Objet Pour Contre Abst. Résultat\n"
               "1 Approbation du PV 13 0 1 Adopté\n"
               "2 Tarifs de la cantine - : 12 1 Reeé\n",
         .n = TT(1), .v = {[0] = {.for_ = TT(13)}}},
        /* flattened, a word after the count columns that is not the last
           ("Pour Contre Abst. Résultat final"): no table of items */
        {.in = "N° Objet Pour Contre Abst. Résultat du vote\n"
               "2 Tarifs de la cantine 11 2 1 Adopté\n",
         .n = TT(0)},
        /* no item number column: no table of items */
        {.in = "Objet                        Pour   Contre   Abst.   Résultat\n"
               "Approbation du PV              13      0        1      Adopté\n"
               "Tarifs de la cantine           11      2        1      Adopté\n",
         .n = TT(0)},
    };
#undef ITEMS_BODY
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* set BZ: a vote table per budget section ("Section  Pour  Contre
   Abstention", one row a section): one vote a row, the row labels no
   groups; a "Groupe" header stays a table by group (one vote) */
static void test_bz_section_votes(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Résultat des votes par section :\n\n"
               " Section               Pour    Contre    Abstention\n"
               " Fonctionnement         11       2           1\n"
               " Investissement         14       0           0\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(11), .against = TT(2), .abstention = TT(1),
                      .span = "Fonctionnement         11       2           1"},
               [1] = {.for_ = TT(14), .against = TT(0), .abstention = TT(0)}}},
        {.in = " Groupe                Pour    Contre    Abstention\n"
               " Majorité               11       2           1\n"
               " Opposition             14       0           0\n",
         .n = TT(1), .v = {[0] = {.for_ = TT(25)}}},
        /* a row label with a digit: no section row (read by group) */
        {.in = " Section               Pour    Contre    Abstention\n"
               " Section 2              11       2           1\n",
         .n = TT(1), .v = {[0] = {.for_ = TT(11)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* set BD: a vote table keyed by the rapport's identifier, no object
   column ("N° rapport | Pour | Contre | … | Résultat"), ruled or aligned,
   cells by rank when "|"-ruled (OCR: no alignment); a roll call and the
   count sentence of one ballot; "unanimité moins 2 abstentions";
   "ABSTENTION(S) : 1"; "groupes « A » et « B »"; a "Ne prend pas part
   au vote : M. X" label before the item's text */
static void test_bd_votes(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "N° rapport      | Pour | Contre | Abstention | NPPV | Résultat\n"
               "----------------+------+--------+------------+------+---------\n"
               "CP-2026-06-104  |  30  |    6   |      4     |   –  | Adopté\n"
               "CP-2026-06-105  |  34  |    0   |      4     |   2  | Adopté\n"
               "CP-2026-06-107  |  18  |   20   |      2     |   –  | Rejeté\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(30), .against = TT(6), .abstention = TT(4), .not_voting = TT(0),
                      .result = TT(EX_ADOPTED), .span = "CP-2026-06-104  |  30  |    6   |      4     |   –  | Adopté"},
               [1] = {.for_ = TT(34), .against = TT(0), .not_voting = TT(2)},
               [2] = {.for_ = TT(18), .against = TT(20), .result = TT(EX_REJECTED)}}},
        /* aligned with blanks, "Ne prend pas part" and "Décision" headers */
        {.in = "N° rapport     Pour   Contre   Abstentions   Ne prend pas part   Décision\n"
               "2026-03-11       30        6             4                   -   Adopté\n"
               "2026-03-12       34        0             4                   2   Adopté\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(30), .against = TT(6), .abstention = TT(4), .not_voting = TT(0)},
               [1] = {.for_ = TT(34), .not_voting = TT(2), .result = TT(EX_ADOPTED)}}},
        /* OCR: "|" one blank apart, the rule under the header in specks */
        {.in = "N° rapport | Pour | Contre | Abstention | NPPV | Résultat\n+ + - + +\n\n"
               "CP-2026-06-104 | 30 | 6 | 4 | — | Adopté\n"
               "CP-2026-06-105 | 34 | 0 | 4 | 2 | Adopté\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(30), .against = TT(6), .abstention = TT(4)}, [1] = {.not_voting = TT(2)}}},
        /* no number header: no table of rapports */
        {.in = "Rapport         | Pour | Contre | Abstention | Résultat\n"
               "CP-2026-06-104  |  30  |    6   |      4     | Adopté\n",
         .n = TT(0)},
        /* a row whose first cell is a word: not a rapport's identifier */
        {.in = "N° rapport      | Pour | Contre | Abstention | Résultat\n"
               "Total           |  30  |    6   |      4     | Adopté\n",
         .n = TT(0)},
        /* a roll call then the sentence with the same counts: one vote,
           the sentence's span */
        {.in = "Ont voté pour (15) : Mme AUBRY, M. CAMBOU, Mme DELPECH, M. FABRE,\n"
               "M. GARRIGUES, Mme LACAZE, M. LAFON, Mme MARTY, M. NOUGUÉ, M. PONS,\n"
               "Mme RIGAL, M. SABATIÉ, M. TEYSSIER, Mme VIGUIÉ, M. VIDAL.\n"
               "Ont voté contre (8) : M. BOUSQUET, Mme CALMETTES, M. DELMAS, M. ESCUDIÉ,\n"
               "Mme FOURNIÉ, M. MOULY, M. ROQUES, Mme SÉGUY.\n"
               "Se sont abstenus (2) : Mme RESSEGUIER, M. VAYSSE.\n"
               "Le conseil communautaire APPROUVE le transfert de la compétence eau potable\n"
               "au 1er janvier 2027 par 15 voix pour, 8 voix contre et 2 abstentions.\n",
         .n = TT(1),
         .v = {[0] = {.for_ = TT(15), .against = TT(8), .abstention = TT(2), .result = TT(EX_ADOPTED),
                      .span_start = "par 15 voix pour"}}},
        /* other counts: two votes */
        {.in = "Ont voté pour (15) : Mme AUBRY, M. CAMBOU.\n"
               "Ont voté contre (8) : M. BOUSQUET, Mme CALMETTES.\n"
               "Le conseil APPROUVE le transfert par 14 voix pour, 8 voix contre et 2 abstentions.\n",
         .n = TT(2)},
        /* the abstentions of a unanimity */
        {.in = "Adopté à l'unanimité moins 2 abstentions.\n",
         .n = TT(1), .v = {[0] = {.unanimous = TT(true), .abstention = TT(2), .for_ = TT(EX_NULLNUM)}}},
        {.in = "Adopté à l'unanimité des suffrages exprimés (3 abstentions).\n",
         .n = TT(1), .v = {[0] = {.unanimous = TT(true), .abstention = TT(3)}}},
        {.in = "Adopté à l'unanimité (3 voix).\n",
         .n = TT(1), .v = {[0] = {.unanimous = TT(true), .for_ = TT(3), .abstention = TT(EX_NULLNUM)}}},
        /* a plural mark glued to the label: no count */
        {.in = "POUR : 21\nCONTRE : 2\nABSTENTION(S) : 1\nLe compte administratif est approuvé.\n",
         .n = TT(1), .no_diag = {"vote.sum_mismatch"},
         .v = {[0] = {.for_ = TT(21), .against = TT(2), .abstention = TT(1)}}},
        {.in = "Pour : 21 – Contre : 2 – Abstenu(e)s : 3\n",
         .n = TT(1), .v = {[0] = {.abstention = TT(3)}}},
        /* shared plural, names in guillemets split at "et", one cut by
           the line end */
        {.in = "Vote : Pour : groupes « Saint-Aurèle Demain » et « Ensemble pour\n"
               "Saint-Aurèle », M. Henri VASSAL (non inscrit) ; Contre : néant ;\n"
               "Abstention : groupe « Agir autrement ».\nLe vœu est ADOPTÉ.\n",
         .n = TT(1),
         .v = {[0] = {.n_for_groups = TT(2), .for_groups = {"Saint-Aurèle Demain", "Ensemble pour Saint-Aurèle"},
                      .against = TT(0), .result = TT(EX_ADOPTED)}}},
        /* one group in guillemets keeps them */
        {.in = "Pour : groupe « Ensemble pour Saint-Aurèle » ; Contre : néant.\nAdopté.\n",
         .n = TT(1), .v = {[0] = {.n_for_groups = TT(1), .for_groups = {"groupe « Ensemble pour Saint-Aurèle »"}}}},
        /* the label of a member not voting, the item's text, then the vote */
        {.in = "Ne prend pas part au vote : M. Paul DELORME (intéressé, président de\n"
               "l'association).\n"
               "Le conseil municipal ATTRIBUE une subvention exceptionnelle de 12 500 € à\n"
               "l'association, en application de l'article L.2311-7 du CGCT.\n"
               "Adopté à l'unanimité des suffrages exprimés (47 voix).\n",
         .n = TT(1),
         .v = {[0] = {.for_ = TT(47), .not_voting = TT(1), .unanimous = TT(true),
                      .span_start = "Adopté à l'unanimité"}}},
        /* the next item's heading between: not this vote's */
        {.in = "Ne prend pas part au vote : M. Paul DELORME (intéressé).\n\n"
               "4. Délibération n° 2026-074 – Vœu pour la ligne\n"
               "Adopté à l'unanimité.\n",
         .v = {[0] = {.not_voting = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR specks around a result alone on its line: a quote mark before it,
   one- or two-letter specks after its full stop; a sentence after it
   is no speck */
static void test_result_alone_specks(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "1. Approbation du procès-verbal\n\nLe procès-verbal n'appelle pas d'observation.\n- Adopté. i\n\n"
               "2. Tarifs de la cantine\n\nLe conseil municipal FIXE le prix du repas.\nAdopté. . : : ie\n\n"
               "3. Convention\n\nLe conseil municipal AUTORISE le Maire à signer.\n\u2018Adopté. : : :\n",
         .n = TT(3),
         .v = {[0] = {.result = TT(EX_ADOPTED)}, [1] = {.result = TT(EX_ADOPTED)}, [2] = {.result = TT(EX_ADOPTED)}}},
        {.in = "1. Approbation du procès-verbal\n\nLe procès-verbal n'appelle pas d'observation.\n"
               "Adopté. Le Maire rappelle la date du prochain conseil.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a commission's minutes closing a point: "Avis favorable à
   l'unanimité." alone on its line (OCR specks after it apart) and "La
   commission émet un avis favorable à l'unanimité." are votes, as
   "Adopté à l'unanimité." is; not "Vu l'avis favorable à l'unanimité
   de la commission", a report's "Avis de la commission … :" /
   "favorable à l'unanimité.", nor the phrase going on after it */
static void test_avis_unanimity(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Point 1 – Compte administratif 2025\n"
               "M. X présente les résultats.\n"
               "Avis favorable à l'unanimité.\n\n"
               "Point 2 – Affectation du résultat\n"
               "Avis favorable à l'unanimité. . s 4\n\n"
               "Point 3 – Garantie d'emprunt\n"
               "La commission émet un avis favorable à l'unanimité.\n",
         .n = TT(3),
         .v = {[0] = {.unanimous = TT(true), .result = TT(EX_ADOPTED)},
               [1] = {.unanimous = TT(true), .result = TT(EX_ADOPTED)},
               [2] = {.unanimous = TT(true), .result = TT(EX_ADOPTED)}}},
        {.in = "Vu l'avis favorable à l'unanimité de la commission des finances du 3 mars 2026 ;\n\n"
               "Avis de la commission Aménagement du 22 octobre 2024 :\n"
               "favorable à l'unanimité.\n\n"
               "Avis favorable à l'unanimité des membres sous réserve des travaux.\n\n"
               "Vu l'avis favorable à l'unanimité.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "…, le Conseil municipal, à l'unanimité," with the verb in an article
   after it (no verb before): the assembly named right before the phrase
   says the vote; not the phrase after another noun ("le rapport, à
   l'unanimité") */
static void test_assembly_unanimity(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "M. le Maire ayant repris la présidence, le Conseil municipal, à\n"
               "l'unanimité,\n\n"
               "Article 2 : d'affecter le résultat.\n",
         .n = TT(1),
         .v = {[0] = {.unanimous = TT(true), .result = TT(EX_ADOPTED)}}},
        {.in = "Le Bureau communautaire, à l'unanimité,\n\nArticle 1 : d'accepter l'offre.\n",
         .n = TT(1),
         .v = {[0] = {.unanimous = TT(true)}}},
        {.in = "Le rapport de la commission, à l'unanimité,\n\nArticle 1 : Le texte.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the next item's heading "4. Délibération n° …" with one blank line
   around it missing: item 3's vote ends before it; the member not
   voting named after it belongs to item 4's vote; a member named before
   the tally of the same item still counts there */
static void test_item_heading_ends_vote(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Vote : Pour : 14 – Contre : 0 – Abstention : 0\n"
               "La délibération est adoptée à l'unanimité.\n\n"
               "4. Délibération n° 2026-033 – Subvention au comité des fêtes\n"
               "Mme Nadine PEYRET, présidente du comité des fêtes, ne prend pas part au\n"
               "vote. M. X demande si la subvention a été utilisée.\n\n"
               "Vote : Pour : 13 – Contre : 0 – Abstention : 0\n"
               "La délibération est adoptée.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(14), .not_voting = TT(EX_NULLNUM)},
               [1] = {.for_ = TT(13), .not_voting = TT(1)}}},
        {.in = "Vote : Pour : 14 – Contre : 0 – Abstention : 0\n"
               "La délibération est adoptée à l'unanimité.\n"
               "4. Délibération n° 2026-033 – Subvention au comité des fêtes\n\n"
               "Mme Nadine PEYRET, présidente du comité des fêtes, ne prend pas part au\n"
               "vote.\n",
         .v = {[0] = {.for_ = TT(14), .not_voting = TT(EX_NULLNUM)}}},
        /* negative: no heading between, the member is this vote's */
        {.in = "Subvention au comité des fêtes.\n"
               "Mme Nadine PEYRET, présidente du comité des fêtes, ne prend pas part au vote.\n"
               "Vote : Pour : 13 – Contre : 0 – Abstention : 0\n",
         .n = TT(1),
         .v = {[0] = {.for_ = TT(13), .not_voting = TT(1)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "ADOPTE le budget primitif" inside an item's sentence that is not the
   act's decision verb (an earlier item's "FIXE" is): an operative verb
   before its object, no result; the vote is the count line alone.
   "ADOPTÉ à l'unanimité." is still a result */
static void test_caps_verb_object_no_result(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Point 1 – Délibération n° 2026-014 : Vote des taux\n"
               "Le conseil municipal, après en avoir délibéré, FIXE les taux pour 2026.\n"
               "ADOPTÉ à l'unanimité.\n\n"
               "Point 2 – Délibération n° 2026-015 : Budget primitif\n"
               "Le conseil municipal, après en avoir délibéré, ADOPTE le budget primitif\n"
               "2026, voté par chapitre.\n"
               "Votants : 18 – Pour : 16 – Contre : 2\n",
         .n = TT(2),
         .v = {[0] = {.result = TT(EX_ADOPTED), .unanimous = TT(true)},
               [1] = {.for_ = TT(16), .against = TT(2), .span_from = "Votants",
                      .span_to = "Contre : 2"}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* an OCR speck opening the wrapped line of a vote sentence ("2 voix" /
   ". contre (...)") neither ends the sentence nor hides the count; a dot
   standing apart before a capital still ends it */
static void test_sentence_speck(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Après en avoir délibéré, le Conseil Municipal, par 12 voix pour, 2 voix\n"
               ". contre (Monsieur Paul FROGER, Madame Anne LEROUX) et 1 abstention\n"
               "(Monsieur Thomas GODIN) : DÉCIDE d'attribuer la subvention.\n\n"
               "Le Conseil, par 9 voix pour . Les 2 abstentions de la séance précédente sont rappelées.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(12), .against = TT(2), .abstention = TT(1)},
               [1] = {.for_ = TT(9), .abstention = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR in a vote sentence: "contie" for "contre" after "voix"; a hyphen for the blank before "abstention"
   ("1-abstention"), "et" glued to the count ("et2 abstentions"); not a
   count glued after another word ("article2 abstentions") */
static void test_sentence_ocr_abstention(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le comité syndical, par 11 voix pour, 3 voix contre et 1-abstention, APPROUVE le projet.\n\n"
               "Adopté par 19 voix pour et2 abstentions (Mme Julie ANDRIEU, M. Pascal GODEY).\n\n"
               "Adopté par 9 voix pour, article2 abstentions.\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(11), .against = TT(3), .abstention = TT(1)},
               [1] = {.for_ = TT(19), .abstention = TT(2)},
               [2] = {.for_ = TT(9), .abstention = TT(EX_NULLNUM)}}},
        /* OCR: "et" glued to the against count too ("et5 contre"); not
           a count glued after another word ("article5 contre") */
        {.in = "La section d'investissement est adoptée par 13 voix pour et5 contre.\n\n"
               "Adopté par 9 voix pour, article5 contre.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(13), .against = TT(5)}, [1] = {.for_ = TT(9), .against = TT(EX_NULLNUM)}}},
        /* OCR "contie" for "contre" after "voix"; not after a bare count */
        {.in = "Le comité syndical, par 11 voix pour,\n* 3 voix contie et 1-abstention, APPROUVE le projet.\n\n"
               "Adopté par 9 voix pour, 2 contie.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(11), .against = TT(3), .abstention = TT(1)},
               [1] = {.for_ = TT(9), .against = TT(EX_NULLNUM)}}},
        /* OCR "À" for 1 before "abstention" ("2 contre’et À abstention");
           a lower-case "à" is no count */
        {.in = "Adopté par 25 voix pour, 2 contre\xe2\x80\x99" "et À abstention:\n\n"
               "Adopté par 9 voix pour, 2 contre, vote à abstention libre.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(25), .against = TT(2), .abstention = TT(1)},
               [1] = {.for_ = TT(9), .against = TT(2), .abstention = TT(EX_NULLNUM)}}},
        /* OCR: a speck "*" opening the line between a count and its word
           ("(10 pour, 3 contre, 1" / "" / "* abstention)"); a dot standing
           apart before the next count ("19 voix pour ét . :" / "2
           abstentions"); not a speck after a word, nor an item number "2." */
        {.in = "Délibération n° 2025-04 — Tarifs — Adopté (10 pour, 3 contre, 1\n\n* abstention). die a\n\n"
               "Délibération n° 2025-05 — Motion — Rejeté (4 pour, 8 contre, 2\n\n. abstentions).\n\n"
               "ADOPTE le budget : chapitres 20 et 21 : adoptés par 19 voix pour ét . :\n2 abstentions ; à a ;\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(10), .against = TT(3), .abstention = TT(1)},
               [1] = {.for_ = TT(4), .against = TT(8), .abstention = TT(2)},
               [2] = {.for_ = TT(19), .abstention = TT(2)}}},
        {.in = "Adopté par 12 voix pour et 2 voix contre sur 14. Abstention de M. X au vote.\n\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(2), .abstention = TT(EX_NULLNUM)}}},
        {.in = "Adopté (10 pour, 3 contre, note\n* abstention du groupe X)\n\n"
               "Le budget est adopté par 19 voix pour . :\n2. Tarifs : 3 abstentions au vote.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(10), .abstention = TT(EX_NULLNUM)},
               [1] = {.for_ = TT(19), .abstention = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the count against printed BEFORE the count for ("par 7 voix contre,\n5
   voix pour et 1 abstention", "par 7 voix contre et 5 voix pour"): the
   against count and the result; only "N voix contre" then "," or "et"
   right before the count for joins, not across a full stop */
static void test_sentence_contre_first(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le conseil municipal rejette la proposition par 7 voix contre,\n5 voix pour et 1 abstention.\n\n"
               "Le conseil, par 7 voix contre et 5 voix pour, rejette la motion.\n\n"
               "Le conseil, par 3 voix contre, 9 voix pour, adopte le budget.\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(5), .against = TT(7), .abstention = TT(1), .result = TT(EX_REJECTED),
                      .span_start = "par 7 voix contre"},
               [1] = {.for_ = TT(5), .against = TT(7), .result = TT(EX_REJECTED)},
               [2] = {.for_ = TT(9), .against = TT(3), .result = TT(EX_ADOPTED)}}},
        /* negatives: "contre" without "voix", a count of another word, a
           full stop between */
        {.in = "Le conseil, par 3 contre, 9 voix pour, adopte le budget.\n\n"
               "Il y eut 7 voix contre. 5 voix pour le projet modifié.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(9), .against = TT(EX_NULLNUM)}, [1] = {.for_ = TT(5), .against = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the old short form "par 12 voix contre 3" (no "pour"): the count
   before "voix contre" is the count for, the one after it against; the
   sentence's abstentions after a line end too.  Not without "par", nor
   when the count after "contre" opens a number, an amount or a year */
static void test_sentence_par_voix_contre(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le comite syndical, par 12 voix contre 3,\n\nDECIDE de fixer la taxe.\n\n"
               "Le Conseil, par 14 voix contre 1\net 2 abstentions, APPROUVE le compte.\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(12), .against = TT(3), .abstention = TT(EX_NULLNUM), .result = TT(EX_ADOPTED),
                      .span_start = "par 12 voix contre 3"},
               [1] = {.for_ = TT(14), .against = TT(1), .abstention = TT(2)}}},
        /* negatives */
        {.in = "Le Conseil, appuyé par 12 voix contre 3 000, APPROUVE.\n\n"
               "Le Conseil, réunis à 12 voix contre 3, APPROUVE.\n\n"
               "Le Conseil adopte le texte par 5 voix contre 3.5 F, soit.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "M. X, ..., ne prend pas part au vote:" (OCR read the full stop as a
   colon, nothing after it on the line) names the person before it; the
   label opening a line still takes the persons after it */
static void test_nppv_clause_colon(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Vote : Pour : 20 ; Contre : 2 ; Abstention : néant.\n"
               "M. Paul PRIGENT, conseiller municipal, ne prend pas part.au\xe2\x80\x99vote:\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.not_voting = TT(1)}}},
        {.in = "Pour : 20\nContre : 2\nNe prennent pas part au vote :\nM. Paul PRIGENT, Mme Anne ROUX\n",
         .n = TT(1),
         .v = {{.not_voting = TT(2)}}},
        /* OCR specks after the full stop ("vote. : à su", "vote. : / ;"):
           the person before it; not when a count or a person follows */
        {.in = "Adopté par 27 voix pour, 0 contre et 1 abstention ; M. Patrice LHOMME, administrateur de la SPL, ne\n"
               "prend pas part au vote. : à su\n\n"
               "Vote : 17 pour, 0 contre, 0 abstention : M. Jean-Marc DAVIAUD, président de l'association, ne\n"
               "prend pas part au vote. : / ;\n",
         .n = TT(2),
         .v = {[0] = {.not_voting = TT(1), .n_nv_persons = TT(1), .nv_family = {"LHOMME"}},
               [1] = {.not_voting = TT(1), .n_nv_persons = TT(1), .nv_family = {"DAVIAUD"}}}},
        /* OCR: a blank line inside the clause naming the persons (a word
           in lower case on both sides); not after a sentence's end, nor
           before a line opening in capitals */
        {.in = "Adopté par 17 voix pour. M. Loïc PAPIN et Mme Anne DUBREUIL, membres du bureau de\n\n"
               "l'association « Les Amis de la Prée », ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .not_voting = TT(2), .n_nv_persons = TT(2)}}},
        {.in = "Adopté par 17 voix pour. M. Loïc PAPIN et Mme Anne DUBREUIL sont présents.\n\n"
               "le président de l'association, ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .n_nv_persons = TT(0)}}},
        {.in = "Adopté par 17 voix pour. M. Loïc PAPIN et Mme Anne DUBREUIL, membres du bureau de\n\n"
               "L'association, ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .n_nv_persons = TT(0)}}},
        {.in = "Pour : 20\nContre : 0\nNe prennent pas part au vote. : 2\n",
         .n = TT(1),
         .v = {{.not_voting = TT(2)}}},
        {.in = "Pour : 20\nContre : 0\nNe prennent pas part au vote. : M. Paul PRIGENT, Mme Anne ROUX\n",
         .n = TT(1),
         .v = {{.not_voting = TT(2)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR "B" for 8 and "S" for 5 standing alone as a tally's count; a
   capital opening a word is no count */
static void test_count_letter_digit(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Votants : 10 — Pour : B- Contre : 1 — Abstention : 1\n",
         .n = TT(1),
         .v = {{.for_ = TT(8), .against = TT(1)}}},
        {.in = "Pour : S voix — Contre : 2\n",
         .n = TT(1),
         .v = {{.for_ = TT(5)}}},
        {.in = "Pour : Bernard MARTIN — Contre : 2\n",
         .first_not_for_ = TT(8)},
        /* "D" for 0 alone, ending its line or before a separator; not "D."
           nor "D" before a word */
        {.in = "Pour : 24 - Contre : 2 — Abstentions : D\n",
         .n = TT(1),
         .v = {{.against = TT(2), .abstention = TT(0)}}},
        {.in = "Pour : 24 — Abstentions : D — Contre : 2\n",
         .n = TT(1),
         .v = {{.abstention = TT(0)}}},
        {.in = "Pour : 24 - Contre : 2 — Abstentions : D. MARTIN\n",
         .first_not_abstention = TT(0)},
        {.in = "Pour : 24 - Contre : 2 — Abstentions : D MARTIN\n",
         .first_not_abstention = TT(0)},
        /* "À" for 1 alone, before specks ending its line or a separator;
           not "À" opening a phrase ("À compter du", "À Villiers") */
        {.in = ". Votants : 10 — Pour : 8 — Contre : 1 — Abstention : À : :\nAinsi fait.\n",
         .n = TT(1),
         .v = {{.for_ = TT(8), .against = TT(1), .abstention = TT(1)}}},
        {.in = "Pour : 24 — Abstentions : À — Contre : 2\n",
         .n = TT(1),
         .v = {{.abstention = TT(1), .against = TT(2)}}},
        {.in = "Pour : 24 - Contre : 2 — Abstentions : À compter du 1er janvier\n",
         .first_not_abstention = TT(1)},
        {.in = "Pour : 24 - Contre : 2 — Abstentions : À Villiers\n",
         .first_not_abstention = TT(1)},
        /* "D" before the next label of a flattened tally */
        {.in = "Résultat du vote : Pour :.7 Contre : D Abstentions 2\n",
         .n = TT(1),
         .v = {{.for_ = TT(7), .against = TT(0)}}},
        /* "l", "I", "i" for 1 alone, a dash glued ("i-"), a speck before it;
           not "l'ensemble", "I." nor "i" before a word */
        {.in = "Résultat du vote : Pour : 16— Contre :. i- Abstention : 1\n",
         .n = TT(1),
         .v = {{.for_ = TT(16), .against = TT(1), .abstention = TT(1)}}},
        {.in = "Pour : 24 — Contre : I — Abstention : l\n",
         .n = TT(1),
         .v = {{.against = TT(1), .abstention = TT(1)}}},
        {.in = "Pour : 24 — Abstentions : l'ensemble du groupe\n",
         .first_not_abstention = TT(1)},
        {.in = "Pour : 24 — Abstentions : I. MARTIN\n",
         .first_not_abstention = TT(1)},
        {.in = "Pour : 24 — Abstentions : i Martin\n",
         .first_not_abstention = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* weighted voices ("par 6 voix pondérées pour et 2 voix pondérées
   contre"): the counts as printed, no comparison with the voters; an
   adjective other than "pondérées" between "voix" and "pour" is no count */
static void test_weighted_voices_sentence(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Votants : 9\n\nAprès en avoir délibéré, les délégués du collège eau ne prenant pas part au\n"
               "vote, par 6 voix pondérées pour et 2 voix pondérées contre (Mme Anne BRUN),\n"
               "DÉCIDE d'approuver le tarif.\n",
         .n = TT(1),
         .v = {{.for_ = TT(6), .against = TT(2), .abstention = TT(EX_NULLNUM)}},
         .no_diag = {"vote.sum_mismatch"}},
        {.in = "Le comité, par 12 voix exprimées pour et 2 voix exprimées contre le projet, en débat.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR: a bullet or speck before the tally's label ("* Vote : pour 3,
   …", "• Vote : …") does not hide the line; glued to a word it is no
   bullet */
static void test_vote_label_ocr_bullet(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le conseil APPROUVE le rapport.\n* Vote : pour 3, contre 0, abstention 0.\n\n"
               "Le conseil AUTORISE le président.\nVote : pour 12, contre 0, abstention 0.\n",
         .n = TT(2),
         .v = {{.for_ = TT(3), .against = TT(0), .abstention = TT(0)},
               {.for_ = TT(12), .against = TT(0), .abstention = TT(0)}}},
        {.in = "Le conseil APPROUVE le rapport.\n\xe2\x80\xa2 Vote : pour 7, contre 1, abstention 0.\n",
         .n = TT(1),
         .v = {{.for_ = TT(7), .against = TT(1), .abstention = TT(0)}}},
        {.in = "Le conseil APPROUVE le rapport.\n*Vote : pour 3, contre 0, abstention 0.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_sum_mismatch(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Votants : 14\nPour : 12\nContre : 1\nAbstention : 0\n(Adopté)\n",
         .diag = {"vote.sum_mismatch"}},
        {.in = "Votants : 14\nPour : 12\nContre : 2\nAbstention : 0\n(Adopté)\n",
         .no_diag = {"vote.sum_mismatch"}},
        /* voters that change during the session: either count is right */
        {.in = "Votants : 19 (20 à partir du point 4)\n\nLe Conseil DÉCIDE.\nPour : 8 – Contre : 11 – "
               "Votes blancs ou nuls : 1\nRejeté.\n",
         .no_diag = {"vote.sum_mismatch"}},
        {.in = "Votants : 19 (20 à partir du point 4)\n\nLe Conseil DÉCIDE.\nPour : 8 – Contre : 14 – "
               "Votes blancs ou nuls : 1\nRejeté.\n",
         .diag = {"vote.sum_mismatch"}},
        /* the new total printed at an arrival, before the vote */
        {.in = "Présents : 15 - Votants : 16\n\nArrivée de M. Paul MARTIN à 20 h (17 votants à partir du "
               "point 3).\n\nLe Conseil DÉCIDE.\nPour : 15 – Contre : 2 – Abstention : 0\nAdopté.\n",
         .no_diag = {"vote.sum_mismatch"}},
        {.in = "Présents : 15 - Votants : 16\n\nLe Conseil DÉCIDE.\nPour : 15 – Contre : 2 – Abstention : 0\n"
               "Adopté.\n\nArrivée de M. Paul MARTIN à 20 h (17 votants à partir du point 3).\n",
         .diag = {"vote.sum_mismatch"}},
        /* the vote's own count of voters printed before it (the maire
           out of the room for his compte administratif) */
        {.in = "DÉLIBÉRATION N° 2026-021\n\nConseillers en exercice : 19 | Présents : 16 | "
               "Représentés : 2 | Votants : 18\n\nM. le Maire quitte la salle au moment du vote.\n"
               "Pour ce vote : présents : 15 – représentés : 1 – votants : 16.\n\n"
               "Le conseil municipal, après en avoir délibéré,\n\nARTICLE 1 – Le compte est approuvé.\n"
               "Vote : Pour : 14 – Contre : 0 – Abstentions : 2.\n",
         .no_diag = {"vote.sum_mismatch"}},
        /* that count does not match the vote either: still a mismatch */
        {.in = "DÉLIBÉRATION N° 2026-021\n\nConseillers en exercice : 19 | Présents : 16 | "
               "Représentés : 2 | Votants : 18\n\nM. le Maire quitte la salle au moment du vote.\n"
               "Pour ce vote : présents : 15 – représentés : 1 – votants : 16.\n\n"
               "Le conseil municipal, après en avoir délibéré,\n\nARTICLE 1 – Le compte est approuvé.\n"
               "Vote : Pour : 13 – Contre : 0 – Abstentions : 2.\n",
         .diag = {"vote.sum_mismatch"}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_no_false_votes(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Par délibération du 15 septembre 2022, le Conseil a adopté le règlement.\n"
               "La commission a émis un avis favorable à l'unanimité.\n"
               "Pour 2024, l'enveloppe est plafonnée ; la lutte contre la pauvreté.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Le Comité syndical, à l'unanimité, FIXE le prix": the verb in
   capitals after the phrase says the vote; "à l'unanimité de ses
   membres, a souhaité" (no vote verb) does not */
static void test_unanimity_before_capital_verb(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Vu le code général des collectivités territoriales,\n"
               "Le Comité syndical, à l'unanimité, FIXE le prix du mètre cube à 1,85 €.\n",
         .n = TT(1),
         .v = {{.unanimous = TT(true)}}},
        {.in = "Vu le code général des collectivités territoriales,\n"
               "Le comité des fêtes, à l'unanimité de ses membres, a souhaité le report.\n",
         .n = TT(0)},
        /* the verb opening the next line, a blank line between ("…, la
           commission, à l'unanimité," / "ADMET à présenter une offre :");
           not a word in capitals after a sentence's end */
        {.in = "Au regard des garanties professionnelles, la commission, à l'unanimité,\n\n"
               "ADMET à présenter une offre :\n  • SOCIÉTÉ DES EAUX ;\n",
         .n = TT(1),
         .v = {{.unanimous = TT(true)}}},
        {.in = "Le comité des fêtes, réuni à l'unanimité de ses membres,\n\n"
               "PROGRAMME DE L'ANNÉE :\n  • bal ;\n",
         .n = TT(0)},
        /* the voting verb ("délibéré") opening a long sentence, more than
           90 bytes before the phrase (a code cited between) */
        {.in = "Le Conseil municipal, après en avoir délibéré, ACCORDE une subvention de\n"
               "1 200 € au comité des fêtes, conformément à l'article L. 2311-7 du code\n"
               "général des collectivités territoriales, à l'unanimité.\n",
         .n = TT(1),
         .v = {{.unanimous = TT(true)}}},
        /* not from an earlier sentence (its ". " after a small letter) */
        {.in = "Le Conseil municipal a délibéré sur le rapport.\n"
               "La subvention de 1 200 € au comité des fêtes, prévue par l'article L. 2311-7 du code\n"
               "général des collectivités territoriales, a été reçue à l'unanimité des membres.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_ocr(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Vote : Pour : l5 — Contre : O = Abstention : 0 : Ne prennent pas part au vote : 2. "
               "La délibération\n* est adoptée. : ie -\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(0), .abstention = TT(0), .not_voting = TT(2),
                .result = TT(EX_ADOPTED)}}},
        /* a dash glued to a count, a stray quote inside a label */
        {.in = "Résultat du scrutin : Pour : 8— Contre : 11 — Votes blancs ou‘nuls : 1\n. Rejeté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(8), .against = TT(11), .blank_or_void = TT(1), .result = TT(EX_REJECTED)}}},
        /* a count glued to a word is no count */
        {.in = "Pour : 8ème fois, le Conseil examine le dossier.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR debris in a one-line tally: a speck before a count ("‘25",
   "_ 2"), "Ô" for a zero standing alone, "VOIE" (T read as I) for the
   "Vote :" label and in "ne prend pas part au vote"; a speck before a
   word is still no count, "voie" elsewhere no label */
static void test_ocr_specks_voie(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil approuve le budget annexe.\n\n"
               "VOIE : Pour ‘25 _ Contre _ 2 | Abstention Ô — Ne prend pas part au VOIE : 1\n"
               "\nFait et délibéré les jour, mois et an susdits.\n",
         .n = TT(1),
         .v = {{.for_ = TT(25), .against = TT(2), .abstention = TT(0), .not_voting = TT(1),
                .span_from = "VOIE :", .span_to = "VOIE : 1"}}},
        {.in = "Le Conseil approuve le budget annexe.\n\nPour : 19 ’ Contre : ‘3 _ Abstentions : , 1\n",
         .n = TT(1),
         .v = {{.for_ = TT(19), .against = TT(3), .abstention = TT(1)}}},
        {.in = "Pour : ‘ la voirie communale, la voie : Pour accès au parking.\n",
         .n = TT(0)},
        /* a lowercase "ô" for a zero standing alone, after a colon read ';' */
        {.in = "Le Conseil approuve les tarifs.\n\nPour : 14- Contre ; ô — Abstentions : 3\n",
         .n = TT(1),
         .v = {{.for_ = TT(14), .against = TT(0), .abstention = TT(3)}}},
        /* "ô" opening a word is no count */
        {.in = "Le Conseil approuve les tarifs.\n\nPour : 14 – Contre : ôté – Abstentions : 3\n",
         .n = TT(1),
         .v = {{.for_ = TT(14), .against = TT(EX_NULLNUM), .abstention = TT(3)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR accents and hyphens inside the phrases of a vote sentence:
   "voix-pôur", "voix pôur", "voix-cóntre", "30 pôur, 4 contre" */
static void test_ocr_accented_phrases(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil, après en avoir délibéré, par 21 voix-pôur, 3 voix-cóntre et "
               "2 abstentiôns, APPROUVE le plan.\n",
         .n = TT(1),
         .v = {{.for_ = TT(21), .against = TT(3), .abstention = TT(2)}}},
        {.in = "Le plan est adopté à la majorité (17 pôur, 4 contre, 1 abstention).\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .against = TT(4), .abstention = TT(1)}}},
        /* "voix-pour" must still follow a count */
        {.in = "Une voix-pour la commune, dit le maire.\n",
         .n = TT(0)},
        /* specks glued after "voix", across the line break */
        {.in = "Le Conseil municipal, après en avoir délibéré, à l'unanimité des votants (9 voix: :\n"
               "pour), DÉCIDE d'approuver l'acquisition.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .unanimous = TT(true)}}},
        {.in = "Le Conseil, après en avoir délibéré, par 12 voix. pour et 3 contre, APPROUVE le plan.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(3)}}},
        /* a comma after "voix" may separate a label: no "par N voix pour" */
        {.in = "Suffrages exprimés : 15 voix, pour la liste A.\n",
         .n = TT(0)},
        /* a colon glued to the count ("Vote : 6:" / "voix pour") */
        {.in = "Le Conseil approuve le compte administratif 2023. Vote : 6:\n"
               "voix pour ; le Maire ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(6), .not_voting = TT(1)}}},
        /* not a full stop after the count: no "par N voix pour" */
        {.in = "Le Conseil modifie l'article 6. Voix pour la liste A.\n",
         .n = TT(0)},
        /* a blank inside the noun ("13 V OIX POUR"); not "13 V. OIX" nor a
               lone "V" without a count */
        {.in = "ADOPTE PAR 13 V OIX POUR ET 1 ABSTENTION.\n",
         .n = TT(1),
         .v = {{.for_ = TT(13), .abstention = TT(1)}}},
        {.in = "Annexe V OIX pour la commune.\n",
         .n = TT(0)},
        /* the majority naming only the opponents in a bracket over two
           lines: the count against; not a bracket without "contre" */
        {.in = "Le Conseil APPROUVE les propositions ci-dessus.\n"
               "Adopté à la majorité (6 voix contre : M. Luc FABRE, Mme Anne ROQUES,\n"
               "M. Yves BARTHE, Mme Inès COMBES, M. Paul MARTY, Mme Léa VIDAL).\n",
         .n = TT(1),
         .v = {{.against = TT(6), .for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED)}}},
        {.in = "Le Conseil APPROUVE les propositions ci-dessus.\n"
               "Adopté à la majorité (6 élus de l'opposition).\n",
         .n = TT(1),
         .v = {{.against = TT(EX_NULLNUM), .result = TT(EX_ADOPTED)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the span covers the whole statement: its full stop, a complement of
   the unanimity, a trailing "M. X ne prend pas part au vote" clause;
   not_voting counts the persons named */
static void test_statement_spans(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil, après en avoir délibéré, APPROUVE le budget.\n"
               "Adopté par 25 voix pour, 2 contre et 1 abstention.\n\n"
               "Le Conseil DÉCIDE d'adhérer au groupement.\n"
               "Adopté à l'unanimité des membres présents.\n\n"
               "Le Conseil, après en avoir délibéré, DÉCIDE d'accorder l'avance.\n"
               "Adopté par 27 voix pour, 0 contre et 1 abstention ; M. Paul DURAND, "
               "administrateur de la société, ne\nprend pas part au vote.\n",
         .n = TT(3),
         .v = {[0] = {.not_voting = TT(EX_NULLNUM),
                      .span = "Adopté par 25 voix pour, 2 contre et 1 abstention."},
               [1] = {.unanimous = TT(true), .span = "Adopté à l'unanimité des membres présents."},
               [2] = {.for_ = TT(27), .abstention = TT(1), .not_voting = TT(1),
                      .span = "Adopté par 27 voix pour, 0 contre et 1 abstention ; M. Paul DURAND, "
                              "administrateur de la société, ne\nprend pas part au vote."}}},
        {.in = "Le Conseil DÉCIDE d'attribuer la subvention.\n"
               "Adopté à l'unanimité ; MM. Jean MARTIN et Luc PETIT ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(2),
                .span = "Adopté à l'unanimité ; MM. Jean MARTIN et Luc PETIT ne prennent pas part au vote."}}},
        /* "par 9 voix pour": the span opens at "par"; "Vote :" opens it too */
        {.in = "Après en avoir délibéré, le conseil municipal, par 9 voix pour et 1 contre,\nDÉCIDE :\n",
         .n = TT(1),
         .v = {{.span = "par 9 voix pour et 1 contre"}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the clerk's check counts the members who did not vote */
static void test_sum_with_not_voting(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Conseillers en exercice : 32 – Présents : 27 – Pouvoirs : 2 – Votants : 29\n\n"
               "Le Conseil DÉCIDE d'accorder l'avance.\n"
               "Adopté par 27 voix pour, 0 contre et 1 abstention ; Mme Anne ROUX ne participe pas au vote.\n",
         .no_diag = {"vote.sum_mismatch"}},
        {.in = "Conseillers en exercice : 32 – Présents : 27 – Pouvoirs : 2 – Votants : 29\n\n"
               "Le Conseil DÉCIDE d'accorder l'avance.\n"
               "Adopté par 25 voix pour, 2 contre et 1 abstention.\n",
         .diag = {"vote.sum_mismatch"}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* extra keys: groups on each side, the persons not voting */
static void test_side_groups_and_not_voting_persons(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 45 voix (groupe A ; groupe B)\n"
               "Contre : 8 voix (groupe Rassemblement)\n"
               "Abstentions : 3 voix (groupe Insoumis)\n"
               "Ne prend pas part au vote : 1 (M. Erwan KERVELLA, président de la SCIC)\n"
               "(Adopté)\n",
         .n = TT(1),
         .no_diag = {"vote.not_voting_list"},
         .v = {{.not_voting = TT(1), .n_for_groups = TT(2), .n_against_groups = TT(1),
                .against_groups = {"groupe Rassemblement"}, .n_abstention_groups = TT(1),
                .abstention_groups = {"groupe Insoumis"}, .n_nv_persons = TT(1),
                .nv_family = {[0] = "KERVELLA"}, .nv_role = {[0] = "président de la SCIC"}}}},
        /* persons named in the parentheses of "Contre" are not groups */
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Adopté par 12 voix pour, 3 contre (M. Hugo MARCHAND, Mme Agnès PRÉVOST, M. Cédric LOUVET).\n",
         .n = TT(1),
         .v = {{.against = TT(3), .n_against_groups = TT(0), .n_nv_persons = TT(0)}}},
        /* against_groups 0: "(néant)" is no group */
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 20\nContre : 0 (néant)\nAbstention : 0\n(Adopté)\n",
         .n = TT(1),
         .v = {{.against = TT(0), .n_against_groups = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "M. X, …, ne prend pas part au vote." printed just before the item's
   result line is that vote's not_voting (the span from the name); far
   from any tally it stays context */
static void test_not_voting_before_result(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "2. DÉLIBÉRATION N° 2025/3/014 – Subventions aux associations\n\n"
               "Le Conseil d'arrondissement DÉCIDE d'attribuer les subventions suivantes.\n\n"
               "Mme Odile RAVEL, trésorière de l'association Quartier Vivant, ne prend pas part\n"
               "au vote.\n\n"
               "Adopté par 21 voix pour et 4 voix contre.\n",
         .n = TT(1),
         .v = {{.for_ = TT(21), .against = TT(4), .not_voting = TT(1), .n_nv_persons = TT(1),
                .nv_family = {[0] = "RAVEL"}, .span_start = "Mme Odile"}}},
        /* the sentence far above the vote (more than three lines): context */
        {.in = "Mme Odile RAVEL quitte la salle et ne prend pas part au vote.\n"
               "Le Conseil municipal,\n"
               "Vu le code général des collectivités territoriales ;\n"
               "Vu le budget primitif 2025 ;\n"
               "Considérant l'intérêt local du projet ;\n"
               "Après en avoir délibéré, DÉCIDE d'attribuer la subvention.\n"
               "Adopté par 21 voix pour et 4 voix contre.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
    fx f;
    /* right before a tally that prints its own count: the count is the
       vote's, the sentence stays context (no person listed, no warning) */
    const char *s = "Mme Odile RAVEL quitte la salle et ne prend pas part au vote.\n"
        "Vote : Pour : 15 – Contre : 0 – Abstention : 0 – Ne prennent pas part au vote : 2.\n";
    const ex_vote_vec *v = run(&f, s);
    assert_int_equal(v->n, 1);
    assert_int_equal(v->v[0].not_voting, 2);
    assert_int_equal(v->v[0].not_voting_persons.n, 0);
    assert_true(v->v[0].span.start >= (size_t)(strstr(s, "Vote :") - s));
    assert_int_equal(f.c.diags.n, 0);
    fx_done(&f);
}

/* the sentence naming the member not voting right before a tally that
   opens with its voters ("Votants : 17 – Pour : 16 – ..."): that vote's
   not_voting, span from the name; a session's count line "Votants : 17"
   with no "Pour" after it takes nothing */
static void test_not_voting_before_votants(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Point 4 – Délibération n° 2026-016 : Subventions aux associations\n"
               "Le conseil municipal ATTRIBUE aux associations locales des subventions\n"
               "d'un montant total de 18 450 €. Mme Magali GAYRAUD, présidente du comité des fêtes, ne\n"
               "prend pas part au vote.\n"
               "Votants : 17 – Pour : 16 – Contre : 0 – Abstention : 1\n",
         .n = TT(1),
         .v = {{.for_ = TT(16), .abstention = TT(1), .not_voting = TT(1), .n_nv_persons = TT(1),
                .span_start = "Mme Magali"}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
    fx f;
    /* negative: "Votants" alone (a count line), then the tally far below */
    const ex_vote_vec *v = run(&f, "Mme Magali GAYRAUD ne prend pas part au vote.\n"
                "Votants : 17\n\n"
                "Le conseil municipal ATTRIBUE les subventions aux associations locales\n"
                "selon le tableau annexé au présent procès-verbal de la séance.\n"
                "Les crédits sont inscrits au budget primitif de l'exercice en cours.\n"
                "La dépense sera imputée au chapitre 65 du budget communal.\n\n"
                "Pour : 16 – Contre : 0 – Abstention : 1\n");
    assert_true(v->n >= 1);
    assert_int_equal(v->v[v->n - 1].not_voting, EX_NULLNUM);
    fx_done(&f);
}

/* "Le conseil municipal,\nà l'unanimité, APPROUVE le projet ..." then the
   item's count line in the same paragraph ("Votants : 18 – Pour : 18 –
   Contre : 0", or right after the paragraph): one vote, the tally's
   counts and span, unanimous; a tally with members against, or after
   another paragraph, stays another vote */
static void test_unanimity_then_tally(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le coût des travaux est estimé à 146 800,00 € HT. Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux,\n"
               "soit 35 % du montant HT.\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(1),
         .v = {{.for_ = TT(18), .against = TT(0), .result = TT(EX_ADOPTED), .unanimous = TT(true),
                .span_start = "Votants"}}},
        /* the tally right after the paragraph (a blank line between): one */
        {.in = "Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux.\n\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(1),
         .v = {{.for_ = TT(18), .unanimous = TT(true)}}},
        /* negative: two against, or another paragraph between: two votes */
        {.in = "Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux.\n"
               "Votants : 18 – Pour : 16 – Contre : 2\n",
         .n = TT(2)},
        {.in = "Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux.\n\n"
               "Les travaux débuteront à l'été.\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(2)},
        /* OCR: a blank line inside the sentence (after a comma, before a
           small letter) does not end the paragraph: one vote */
        {.in = "Le conseil municipal,\n\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux,\n\n"
               "soit 35 % du montant HT.\n\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(1),
         .v = {{.for_ = TT(18), .unanimous = TT(true)}}},
        /* negative: after a full stop, or before a capital, the blank
           line still ends the paragraph: two votes */
        {.in = "Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux.\n\n"
               "soit 35 % du montant HT.\n\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(2)},
        {.in = "Le conseil municipal,\n"
               "à l'unanimité, APPROUVE le projet et SOLLICITE de l'État une subvention\n"
               "de 51 380 € au titre de la dotation d'équipement des territoires ruraux,\n\n"
               "Les travaux débuteront à l'été.\n"
               "Votants : 18 – Pour : 18 – Contre : 0\n",
         .n = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Ne prend pas part au vote : M. X" and "; M. X ne prend pas part au vote" */
static void test_not_voting_named(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 20 – Contre : 0 – Abstention : 0\n"
               "Ne prennent pas part au vote : M. Paul DURAND, Mme Anne ROUX.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(2), .n_nv_persons = TT(2), .nv_family = {[1] = "ROUX"}}}},
        {.in = "Le Conseil DÉCIDE d'attribuer la subvention.\n"
               "Adopté à l'unanimité ; MM. Jean MARTIN et Luc PETIT ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.n_nv_persons = TT(2), .nv_family = {[1] = "PETIT"}, .nv_civility = {[0] = "M."}}}},
        /* a role, no person: one not voting (a role phrase counts one
           person, corpus G), nobody named */
        {.in = "Le Conseil DÉCIDE d'attribuer la subvention.\n"
               "Adopté à l'unanimité. Le Maire ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(1), .n_nv_persons = TT(0)}}},
        /* a printed count that the names do not match */
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 20 – Contre : 0 – Abstention : 0\n"
               "Ne prennent pas part au vote : 2 (M. Paul DURAND)\n",
         .diag = {"vote.not_voting_list"}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_blank_or_void(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        /* no sum_mismatch: 20 + 3 + 2 + 1 = 26 */
        {.in = "Votants : 26\n"
               "Pour : 20\nContre : 3\nAbstentions : 2\nVotes blancs ou nuls : 1\n(Adopté)\n",
         .n = TT(1),
         .no_diag = {"vote.sum_mismatch"},
         .v = {{.for_ = TT(20), .blank_or_void = TT(1)}}},
        {.in = "Votants : 26\nPour : 20\nContre : 3\nAbstentions : 2\n(Adopté)\n",
         .diag = {"vote.sum_mismatch"},
         .v = {{.blank_or_void = TT(EX_NULLNUM)}}},
        /* "blanc" in prose is not a count */
        {.in = "Le livre blanc de la mobilité est approuvé.\nAdopté à l'unanimité.\n",
         .n = TT(1),
         .v = {{.blank_or_void = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

static void test_unanimous_against(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        /* against 2: printed values kept */
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Adopté à l'unanimité (Pour : 14, Contre : 2, Abstention : 0).\n",
         .n = TT(1),
         .diag = {"vote.unanimous_against"},
         .v = {{.against = TT(2), .unanimous = TT(true)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Adopté à l'unanimité (Pour : 14, Contre : 0, Abstention : 0).\n",
         .no_diag = {"vote.unanimous_against"}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the issue's other forms */
static void test_more_forms(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil régional, par 45 voix pour et 8 voix contre, DÉCIDE d'approuver.\n",
         .n = TT(1),
         .v = {{.for_ = TT(45), .against = TT(8), .abstention = TT(EX_NULLNUM),
                .result = TT(EX_ADOPTED)}}},
        {.in = "La motion présentée par le groupe d'opposition est mise aux voix.\n\nRejeté\n\n"
               "La séance est levée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .result = TT(EX_REJECTED)}}},
        /* "rejeté" inside a sentence with no vote around it is not a vote */
        {.in = "Le recours gracieux a été rejeté par le tribunal administratif le 3 mai 2023.\n",
         .n = TT(0)},
        {.in = "ONT VOTE POUR : 12\nONT VOTE CONTRE : /\nSE SONT ABSTENUS : -\n",
         .n = TT(1),
         .v = {{.against = TT(0), .abstention = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Vote : Pour 15 – Contre 2 – Abstentions 0": labels without colons
   after "Vote :"; not "pour 2024" in a sentence */
static void test_vote_line_without_colons(void **state)
{
    (void)state;
    static const vote_row rows[] = {
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Vote : Pour 15 – Contre 2 – Abstentions 0\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(2), .abstention = TT(0)}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE.\nPour 15 voix contre la fermeture pour 2024.\n",
         .n = TT(0)},
        /* OCR: a speck ":" opening the line, a quote glued before the
           label's colon ("Vote’:"); not a colon glued to a word before */
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               ": Vote\xe2\x80\x99: Pour 15 — Contre 2 — Abstentions 0 :\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(2), .abstention = TT(0)}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE.\nObjet: Vote\xe2\x80\x99: Pour 15 voix contre la fermeture pour 2024.\n",
         .n = TT(0)},
        /* the tally running over the line break inside a side's names:
           the dash before "Abstentions 2" continues the "VOTE :" line;
           a page break's form feed before "VOTE" */
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "\fVOTE : Pour 20 — Contre 4 (MONTOUT Serge, DÉSIR Louis,\n"
               "ROSAMONT Hugues) — Abstentions 2\nADOPTÉ À LA MAJORITÉ.\n",
         .n = TT(1),
         .v = {{.for_ = TT(20), .against = TT(4), .abstention = TT(2)}}},
        /* negative: no "Vote :" line before the dash */
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Le projet (voir annexe, pièce\n"
               "jointe) – Abstentions 2\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Pour : groupes A, B, C (52 voix)": groups before the count, the
   shared plural prefix dropped, names split at commas */
static void test_groups_before_count(void **state)
{
    (void)state;
    static const vote_row rows[] = {
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Pour : groupes Union pour les Hautes-Terres, Écologie et Solidarités, Territoires et Ruralité (52 voix)\n"
               "Contre : groupe Rassemblement (12 voix)\n"
               "Abstention : 5 voix\n",
         .n = TT(1),
         .v = {{.for_ = TT(52), .against = TT(12), .abstention = TT(5), .n_for_groups = TT(3),
                .for_groups = {"Union pour les Hautes-Terres", "Écologie et Solidarités", "Territoires et Ruralité"},
                .n_against_groups = TT(1), .against_groups = {"groupe Rassemblement"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "à l'unanimité ... (19 voix)": unanimous, all 19 for; a bracket that is
   not a count of votes leaves for null */
static void test_unanimity_with_count(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil municipal APPROUVE le procès-verbal.\n"
               "Adopté à l'unanimité des membres présents et représentés (19 voix).\n",
         .n = TT(1),
         .v = {{.for_ = TT(19), .unanimous = TT(true), .span_from = "Adopté",
                .span_to = "(19 voix)."}}},
        {.in = "Le Conseil municipal APPROUVE le projet.\nAdopté à l'unanimité (12 voix pour).\n",
         .n = TT(1),
         .v = {{.for_ = TT(12)}}},
        {.in = "Le Conseil municipal APPROUVE le projet.\nAdopté à l'unanimité des membres présents (article 3).\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .unanimous = TT(true)}}},
        /* the bracket closing the complement before a comma */
        {.in = "Le comité syndical, à l'unanimité des voix (72 voix), autorise le Président\n"
               "à signer la convention.\n",
         .n = TT(1),
         .v = {{.for_ = TT(72), .unanimous = TT(true), .span_to = "(72 voix)"}}},
        /* negative: a bracket that is no count before the comma */
        {.in = "Le comité syndical, à l'unanimité des voix (article 9), autorise le Président\n"
               "à signer la convention.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .unanimous = TT(true)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a tally per collège then its "Total" line: the counts are the
   Total line's; without one, the first line's */
static void test_college_tally_total(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le comité syndical DÉCIDE de fixer le tarif.\n"
               "\n"
               "Résultat du vote :\n"
               "  Collège urbain : 30 voix pour, 12 voix contre\n"
               "  Collège rural  : 30 voix pour, 0 voix contre\n"
               "  Total          : 60 voix pour, 12 voix contre, 0 abstention – adopté\n",
         .n = TT(1),
         .v = {{.for_ = TT(60), .against = TT(12), .abstention = TT(0)}}},
        {.in = "Le comité syndical DÉCIDE de fixer le tarif.\n"
               "\n"
               "Résultat du vote :\n"
               "  Collège urbain : 0 voix pour, 42 voix contre\n"
               "  Collège rural  : 30 voix pour, 0 voix contre\n"
               "  Total          : 30 voix pour, 42 voix contre – rejeté\n",
         .n = TT(1),
         .v = {{.for_ = TT(30), .against = TT(42), .abstention = TT(EX_NULLNUM)}}},
        /* negative: no Total line, the first line's counts stay */
        {.in = "Le comité syndical DÉCIDE de fixer le tarif.\n"
               "\n"
               "Résultat du vote :\n"
               "  Collège urbain : 30 voix pour, 12 voix contre\n"
               "  Collège rural  : 30 voix pour, 0 voix contre\n",
         .n = TT(1),
         .v = {{.for_ = TT(30), .against = TT(12)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* persons named before "ne prennent pas part au vote" with a long
   apposition, after the tally: one vote */
static void test_not_voting_after_apposition(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil municipal ATTRIBUE les subventions.\n"
               "Adopté par 17 voix pour. M. Loïc PAPIN et Mme Anne DUBREUIL, membres du bureau de\n"
               "l'association « Les Amis de la Prée », ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(17), .not_voting = TT(2), .n_nv_persons = TT(2),
                .nv_family = {[1] = "DUBREUIL"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a compte rendu sommaire: one line per act, each with its vote, no blank
   line between them: a vote sentence stops at the next item's line */
static void test_votes_on_item_lines(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "COMPTE RENDU SOMMAIRE DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "n° 2024-049 : Décision modificative n° 2 – adoptée par 17 voix pour et 4 contre\n"
               "n° 2024-050 : Tarifs 2024-2025 – adoptée à l'unanimité\n"
               "n° 2024-051 : Subvention de 1 500 € – adoptée par 20 voix pour et 1 abstention\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(17), .against = TT(4), .abstention = TT(EX_NULLNUM)},
               [1] = {.unanimous = TT(true)},
               [2] = {.for_ = TT(20), .abstention = TT(1)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* one line per group, "Groupe X : pour" / "Non-inscrits : pour": the
   group names go to for_groups (against_groups, abstention_groups); a
   second block of group lines after a result is the next vote's; a
   label that is no group ("Avis de la commission : pour") is none */
static void test_group_lines(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 1 : D'attribuer les aides.\n\n"
               "VOTE\n"
               "Groupe Union et Progrès : pour\n"
               "Groupe Socialiste, Radical et Apparentés : pour\n"
               "Groupe Rassemblement : contre\n"
               "Groupe Écologistes : abstention\n"
               "Non-inscrits : pour\n"
               "Pour : 13 – Contre : 3 – Abstention : 3\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(13), .against = TT(3), .abstention = TT(3), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(3),
                .for_groups = {"Groupe Union et Progrès", "Groupe Socialiste, Radical et Apparentés", "Non-inscrits"},
                .n_against_groups = TT(1), .against_groups = {"Groupe Rassemblement"},
                .n_abstention_groups = TT(1), .abstention_groups = {"Groupe Écologistes"}}}},
        {.in = "Groupe A : pour\nGroupe B : contre\nPour : 10 – Contre : 5\nADOPTÉ\n"
               "Groupe A : contre\nGroupe B : pour\nPour : 5 – Contre : 10\nREJETÉ\n",
         .n = TT(2),
         .v = {[0] = {.n_for_groups = TT(1), .for_groups = {"Groupe A"}},
               [1] = {.result = TT(EX_REJECTED), .n_for_groups = TT(1), .for_groups = {"Groupe B"}}}},
        {.in = "Avis de la commission : pour\nPour : 10 – Contre : 5\n",
         .n = TT(1),
         .v = {{.n_for_groups = TT(0)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR specks after a group's vote word ("Non-inscrits : pOur ee"): still
   a group line; a French word after it ("pour la") makes none */
static void test_group_lines_specks(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "VOTE\n"
               "Groupe Union : pour .\n"
               "Groupe Avenir : contre '\n"
               "Non-inscrits : pOur ee\n"
               "Groupe Centre : pour la\n"
               "Pour : 13 – Contre : 3\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.n_for_groups = TT(2), .for_groups = {"Groupe Union", "Non-inscrits"},
                .n_against_groups = TT(1), .against_groups = {"Groupe Avenir"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* OCR: one line of a per-group block whose position is unreadable
   ("Groupe C : _—") drops itself only, the lines of the block after it
   ("Non-inscrits : Ne prend pas part au vote") too; one accented letter
   alone after the vote word ends a group line ("Pour à"), not when the
   next line goes on in lower case; a long line between a group line and
   the result still parts them */
static void test_group_lines_unreadable(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Résultat du vote :\n"
               "Groupe Union : Pour à\n"
               "Groupe Avenir : Pour\n"
               "Groupe Rassemblement : Contre\n"
               "Groupe Centre et apparentés : _—\n"
               "Non-inscrits : Ne prend pas part au vote\n"
               "\n"
               "Adopté à la majorité.\n",
         .n = TT(1),
         .v = {{.result = TT(EX_ADOPTED), .n_for_groups = TT(2),
                .for_groups = {"Groupe Union", "Groupe Avenir"}, .n_against_groups = TT(1),
                .against_groups = {"Groupe Rassemblement"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
    fx f;
    const ex_vote_vec *v = run(&f,
        "Résultat du vote :\n"
        "Groupe Union : Pour à\n"
        "l'exception de M. Paul DURAND\n"
        "Groupe Avenir : Pour\n"
        "Article 2 : La présente délibération sera transmise au représentant de l'État dans le "
        "département.\n"
        "Adopté à la majorité.\n");
    for (size_t k = 0; k < v->n; k++)
        for (size_t g = 0; g < v->v[k].for_groups.n; g++)
            assert_string_not_equal(v->v[k].for_groups.v[g], "Groupe Union");
    assert_int_equal(v->v[v->n - 1].result, EX_ADOPTED);
    assert_int_equal(v->v[v->n - 1].for_groups.n, 0);
    fx_done(&f);
}

/* counts with no "voix": "(30 pour, 4 contre, 2 abstentions)", "Vote :
   5 pour, 2 contre (MM. X et Y)."; "Adopté à la majorité." alone is a
   vote (adopted, not unanimous); "30 pour cent", "adopté à la majorité
   le ..." (a past act) are none */
static void test_counts_without_voix(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "- de dire que les crédits sont inscrits au budget.\n\n"
               "Adopté à la majorité (30 pour, 4 contre, 2 abstentions).\n\n"
               "Fait à Rouen, le 27 septembre 2024\n",
         .n = TT(1),
         .v = {{.for_ = TT(30), .against = TT(4), .abstention = TT(2), .result = TT(EX_ADOPTED),
                .unanimous = TT(false),
                .span = "Adopté à la majorité (30 pour, 4 contre, 2 abstentions)."}}},
        {.in = "Le Conseil approuve la convention constitutive. Vote : 5 pour, 2 contre (MM. GALY et LAFFONT).\n",
         .n = TT(1),
         .v = {{.for_ = TT(5), .against = TT(2), .abstention = TT(EX_NULLNUM),
                .result = TT(EX_ADOPTED), .span = "5 pour, 2 contre (MM. GALY et LAFFONT)."}}},
        {.in = "Vote : 12 pour.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12)}}},
        {.in = "- d'approuver le programme.\n\nAdopté à la majorité.\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .result = TT(EX_ADOPTED), .unanimous = TT(false),
                .span = "Adopté à la majorité."}}},
        {.in = "La délibération est adoptée à la majorité des suffrages exprimés.\n",
         .n = TT(1),
         .v = {{.result = TT(EX_ADOPTED)}}},
        {.in = "Le taux passe de 20 pour cent à 30 pour, dit-on, 2 ans.\n"
               "Vu le règlement adopté à la majorité le 12 mars 2020 ;\n"
               "Les 3 pour 1000 de la taxe.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "; le Maire ne prend pas part au vote.": a role as the subject counts
   one person; plural roles and a council are no count */
static void test_role_not_voting(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil approuve le compte administratif 2023. Vote : 6\n"
               "voix pour ; le Maire ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(6), .not_voting = TT(1), .n_nv_persons = TT(0)}}},
        {.in = "Adopté par 12 voix pour ; Mme la Présidente, intéressée, ne participe pas au vote.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(1)}}},
        {.in = "Adopté par 12 voix pour ; les adjoints ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.not_voting = TT(EX_NULLNUM)}}},
        /* the tally's parts joined by dashes: the role after the last
           dash between blanks (a bracket of names before it) */
        {.in = "Vote : Pour : 15 – Contre : 0 – Abstentions : 3 (Mme Brigitte LANG,\n"
               "M. Raymond HEIN, M. Christophe HUBER représenté) – M. le Maire ne prend pas\n"
               "part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(0), .abstention = TT(3), .not_voting = TT(1),
                .n_nv_persons = TT(0)}}},
        {.in = "Vote : Pour : 15 - Contre : 0 - Abstentions : 3 - le rapporteur ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .not_voting = TT(1)}}},
        /* no role after the dash: no count */
        {.in = "Vote : Pour : 15 – Contre : 0 – Abstentions : 3 – les élus du groupe ne prennent pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .not_voting = TT(EX_NULLNUM)}}},
        {.in = "Vote : Pour : 15 – Contre : 0 – Abstentions : 3 – Saint-Jean le Maire ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .not_voting = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Abstention :" ending its line, the count on the next line; a count
   after a blank line is not taken */
static void test_count_on_next_line(void **state)
{
    (void)state;
    static const vote_row rows[] = {
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Vote : Pour : 20 (Groupe Avenir) – Contre : 0 – Abstention :\n"
               "7 (Groupe Renouveau)\nADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(20), .against = TT(0), .abstention = TT(7), .n_abstention_groups = TT(1),
                .abstention_groups = {"Groupe Renouveau"}}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Vote : Pour : 20 – Contre : 0 – Abstention :\n\n7 lots sont attribués.\n",
         .n = TT(1),
         .first_not_abstention = TT(7)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* votes in a dash list, each item ending with " ;" and wrapped inside
   its sentence: one vote an item, in order (the ";" before the next
   "–" / "-" item ends the sentence) */
static void test_dash_list_items(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "APPROUVE le budget annexe 2025, voté par section, selon les votes suivants :\n"
               "   – section de fonctionnement : adoptée par 23 voix pour et\n"
               "     5 voix contre ;\n"
               "   – section d'investissement : adoptée par 25 voix pour et\n"
               "     3 abstentions ;\n"
               "   – annexes : adoptées à l'unanimité ;\n\n"
               "AUTORISE le Président à signer tout document.\n",
         .n = TT(3),
         .v = {[0] = {.for_ = TT(23), .against = TT(5), .abstention = TT(EX_NULLNUM),
                      .result = TT(EX_ADOPTED), .span_from = "adoptée par 23",
                      .span_to = "5 voix contre"},
               [1] = {.for_ = TT(25), .against = TT(EX_NULLNUM), .abstention = TT(3),
                      .result = TT(EX_ADOPTED), .unanimous = TT(false)},
               [2] = {.result = TT(EX_ADOPTED), .unanimous = TT(true)}}},
        /* one line an item, "- " bullets */
        {.in = "Les votes sont les suivants :\n"
               "- chapitre 011 : adopté par 10 voix pour et 2 voix contre ;\n"
               "- chapitre 65 : adopté par 11 voix pour et 1 abstention ;\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(10), .against = TT(2), .abstention = TT(EX_NULLNUM)},
               [1] = {.for_ = TT(11), .abstention = TT(1)}}},
        /* a ";" inside the sentence, no list item after it: the sentence goes on */
        {.in = "Adopté par 27 voix pour, 0 contre et 1 abstention ; M. Paul DURAND ne prend pas part au vote.\n",
         .n = TT(1),
         .v = {{.abstention = TT(1), .not_voting = TT(1)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* counts in words inside the deciding sentence ("par six voix pour, une
   voix contre et une abstention :"), read by the number layer; no
   "par" and no other count: no vote */
static void test_counts_in_words(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil municipal, après en avoir délibéré, par neuf voix pour, deux voix contre et une\n"
               "abstention :\n\n"
               "- APPROUVE le règlement intérieur.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(2), .abstention = TT(1), .result = TT(EX_ADOPTED),
                .unanimous = TT(false), .span_from = "par neuf voix pour", .span_to = "abstention"}}},
        {.in = "Adopté par vingt et une voix pour et onze abstentions.\n",
         .n = TT(1),
         .v = {{.for_ = TT(21), .against = TT(EX_NULLNUM), .abstention = TT(11)}}},
        {.in = "Rejeté par quatre voix pour et dix-sept voix contre.\n",
         .n = TT(1),
         .v = {{.for_ = TT(4), .against = TT(17), .result = TT(EX_REJECTED)}}},
        /* a count of six words ("deux cent quatre-vingt-dix-sept"): read
               whole, not from its second word (197) */
        {.in = "Adopté par trois cent douze voix pour et deux cent quatre-vingt-dix-sept voix contre.\n",
         .n = TT(1),
         .v = {{.for_ = TT(312), .against = TT(297)}}},
        /* "une voix" that is no tally */
        {.in = "Chaque délégué dispose d'une voix pour l'élection du bureau.\n",
         .n = TT(0)},
        {.in = "Le président a une voix pour départager les votes.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a vote table by group: the Total row gives the counts, the NPPV
   column not_voting, the groups with a count go to the column's groups;
   "–" cells are none; without a Total row the rows are summed */
static void test_group_table(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 2 : D'approuver le programme.\n\n"
               "Résultat du vote :\n"
               "   Groupe                         Pour     Contre     Abstention     NPPV\n"
               "   Alliance des territoires         21          –              –        –\n"
               "   Gauche, écologie et progrès       –          –              9        –\n"
               "   Avenir citoyen                    –          7              –        –\n"
               "   Indépendants                      2          1              –        2\n"
               "   Total                            23          8              9        2\n"
               "ADOPTÉ\n\n"
               "                                           Le Président,\n",
         .n = TT(1),
         .v = {{.for_ = TT(23), .against = TT(8), .abstention = TT(9), .not_voting = TT(2),
                .result = TT(EX_ADOPTED), .unanimous = TT(false), .n_for_groups = TT(2),
                .for_groups = {"Alliance des territoires", "Indépendants"},
                .n_against_groups = TT(2), .against_groups = {"Avenir citoyen", "Indépendants"},
                .n_abstention_groups = TT(1), .abstention_groups = {"Gauche, écologie et progrès"},
                .span_from = "Résultat du vote :", .span_to = "ADOPTÉ"}}},
        /* ruled with "|", no Total row: the sum of the rows */
        {.in = "Le Conseil DÉCIDE d'approuver le plan.\n\n"
               "| Groupe        | Pour | Contre | Abstentions |\n"
               "|---------------|------|--------|-------------|\n"
               "| Majorité      |   12 |      – |           – |\n"
               "| Opposition    |    – |      4 |           1 |\n\n"
               "Fait à Lyon, le 3 mars 2024.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(4), .abstention = TT(1), .not_voting = TT(EX_NULLNUM),
                .result = TT(EX_ADOPTED), .n_for_groups = TT(1), .for_groups = {"Majorité"}}}},
        /* a table of something else (no "Contre" column): no vote */
        {.in = "Tarifs :\n"
               "   Public                 Pour la journée     Pour la semaine\n"
               "   Adultes                       12                  50\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* the same tables flattened by OCR (one blank for each column gap): the
   last K tokens of a row are its cells, in the header's order; OCR marks
   for "–" ("_", ".", "—", "+") are none; a row misread (a count read as
   letters) is passed over when the Total row gives the counts */
static void test_flat_tables(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 2 : D'approuver le programme.\n\n"
               "Résultat du vote :\n"
               "Groupe Pour Contre Abstention NPPV\n"
               "Alliance des territoires 21 - - -\n"
               "Gauche, écologie et progrès _ . 9 —\n"
               "\n"
               "Avenir citoyen _— 7 — —\n"
               "Indépendants . 2 1 — 2°\n"
               "Total 23 8 9 2\n\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(23), .against = TT(8), .abstention = TT(9), .not_voting = TT(2),
                .result = TT(EX_ADOPTED), .n_for_groups = TT(2),
                .for_groups = {"Alliance des territoires", "Indépendants"},
                .n_against_groups = TT(2), .against_groups = {"Avenir citoyen"},
                .n_abstention_groups = TT(1), .abstention_groups = {"Gauche, écologie et progrès"},
                .span_from = "Résultat du vote :", .span_to = "ADOPTÉ"}}},
        /* a row misread: passed over, the Total row counts */
        {.in = "Le Conseil DÉCIDE d'approuver le plan.\n\n"
               "Groupe Pour Contre Abst. NPPV\n"
               "Majorité municipale 15 0 0 0\n"
               "Ensemble pour la ville JD 9 0\n"
               "Opposition 0 4 1 0\n"
               "Total 24 4 1 0\n\n"
               "Fait à Lyon, le 3 mars 2024.\n",
         .n = TT(1),
         .v = {{.for_ = TT(24), .against = TT(4), .abstention = TT(1), .n_for_groups = TT(1),
                .for_groups = {"Majorité municipale"}}}},
        /* the two-row table: the count at the label's place */
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "VOTE Pour Contre Abstention\n"
               "9 0 1\n\nFait à Lyon.\n",
         .n = TT(1),
         .v = {{.for_ = TT(9), .against = TT(0), .abstention = TT(1), .result = TT(EX_ADOPTED),
                .span_from = "VOTE Pour", .span_to = "0 1"}}},
        /* as many numbers as labels, but not a vote's table (no "Contre"),
           or one number short: no vote */
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "Pour Abstention\n"
               "9 1\n\nFait à Lyon.\n",
         .n = TT(0)},
        {.in = "Après en avoir délibéré, DÉCIDE d'approuver.\n\n"
               "VOTE Pour Contre Abstention\n"
               "9 1\n\nFait à Lyon.\n",
         .n = TT(0)},
        /* a head-count column first ("Votants"): its cell is no tally;
           the scan's specks and a no-break space glued to a count pass */
        {.in = "Le conseil municipal APPROUVE le compte de gestion.\n"
               ". Votants Pour Contre. Abstentions\n"
               "14 12\xC2\xA0 2 0:\n\nPoint suivant.\n",
         .n = TT(1),
         .v = {{.for_ = TT(12), .against = TT(2), .abstention = TT(0), .result = TT(EX_ADOPTED),
                .span_from = "Pour", .span_to = "2 0:"}}},
        /* one short cell garbled (not the label's): that side null */
        {.in = "Le conseil municipal APPROUVE le compte de gestion.\n"
               "Votants Pour Contre Abstentions\n"
               "12 11 0 il\n\nPoint suivant.\n",
         .n = TT(1),
         .v = {{.for_ = TT(11), .against = TT(0), .abstention = TT(EX_NULLNUM)}}},
        /* the head count below "pour" + "contre": a misread or no such
           row, no vote; a word that is no head count before the columns,
           or one count short: no vote */
        {.in = "Le conseil municipal APPROUVE le compte de gestion.\n"
               "Votants Pour Contre Abstentions\n"
               "13 43 0 0\n\nPoint suivant.\n",
         .n = TT(0)},
        {.in = "Le conseil municipal APPROUVE le compte de gestion.\n"
               "Membres Pour Contre Abstentions\n"
               "13 13 0 0\n\nPoint suivant.\n",
         .n = TT(0)},
        {.in = "Le conseil municipal APPROUVE le compte de gestion.\n"
               "Votants Pour Contre Abstentions\n"
               "13 13 0\n\nPoint suivant.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
    fx f;
    /* ... without a Total row the sum would be wrong: no table */
    const ex_vote_vec *v = run(&f, "Le Conseil DÉCIDE d'approuver le plan.\n\n"
                "Groupe Pour Contre Abst. NPPV\n"
                "Majorité municipale 15 0 0 0\n"
                "Ensemble pour la ville JD 9 0\n"
                "Opposition 0 4 1 0\n\n"
                "Fait à Lyon, le 3 mars 2024.\n");
    for (size_t i = 0; i < v->n; i++) {
        assert_int_equal(v->v[i].for_, EX_NULLNUM);
        assert_int_equal(v->v[i].for_groups.n, 0);
    }
    fx_done(&f);
}

/* groups named without a count ("Pour : groupes A et B ; Contre : groupe
   C ; Abstention : néant."): for_groups A and B (the shared plural
   left out; the one " et " before a capital splits, an " et " inside
   a name stays), for null */
static void test_groups_without_counts(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Article 2 : D'autoriser le Président à signer la convention.\n\n"
               "Vote : Pour : groupes Ensemble pour la Vallée et Démocrates et progressistes ;\n"
               "Contre : groupe Rassemblement local ; Abstention : néant.\n"
               "M. Denis MORVAN, conseiller municipal, ne prend pas part au vote.\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .against = TT(EX_NULLNUM), .abstention = TT(0),
                .not_voting = TT(1), .result = TT(EX_ADOPTED), .n_for_groups = TT(2),
                .for_groups = {"Ensemble pour la Vallée", "Démocrates et progressistes"},
                .n_against_groups = TT(1), .against_groups = {"groupe Rassemblement local"},
                .span_from = "Vote : Pour", .span_to = "ADOPTÉ"}}},
        /* a count, then the groups in brackets: the same split */
        {.in = "Pour : 20 (groupes Avenir commun et Écologie solidaire)\nContre : 3\n",
         .n = TT(1),
         .v = {{.for_ = TT(20), .n_for_groups = TT(2), .for_groups = {[1] = "Écologie solidaire"}}}},
        /* two " et " before a capital: ambiguous, one name */
        {.in = "Pour : 20 (groupes Écologie et Solidarités et Territoires)\nContre : 3\n",
         .n = TT(1),
         .v = {{.n_for_groups = TT(1)}}},
        /* "Pour : groupe ..." alone, with no other part of a vote: no vote */
        {.in = "Représentants désignés. Pour : groupe de travail communal.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Pour : groupe A (14), groupe B (8)": each group's count in brackets,
   no side total printed: the counts are not summed, every group kept */
static void test_group_counts(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Mis aux voix, l'amendement est rejeté.\n"
               "Pour : groupe Avenir commun (14), groupe Ruralité\n"
               "vivante (8) – Contre : groupe Écologie solidaire (19), groupe\n"
               "Territoires unis (11) – Abstention : groupe Gauche citoyenne (3).\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .against = TT(EX_NULLNUM), .abstention = TT(EX_NULLNUM),
                .result = TT(EX_REJECTED), .n_for_groups = TT(2),
                .for_groups = {"groupe Avenir commun", "groupe Ruralité vivante"},
                .n_against_groups = TT(2),
                .against_groups = {"groupe Écologie solidaire", "groupe Territoires unis"},
                .n_abstention_groups = TT(1), .abstention_groups = {"groupe Gauche citoyenne"}}}},
        /* joined by "et"; "(5 voix)" after one group is the side's count */
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : groupe A (14) et groupe B (8)\nContre : groupe C (5 voix)\n(Adopté)\n",
         .n = TT(1),
         .v = {{.for_ = TT(EX_NULLNUM), .against = TT(5), .n_for_groups = TT(2),
                .for_groups = {"groupe A", "groupe B"}, .against_groups = {"groupe C"}}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a group's count in bare brackets is the side's count when no list of
   per-group counts stands beside it ("Contre : groupe C (8) ;" beside
   "Pour : groupes A et B (35 voix)"); a name cut by a line break after a
   small word keeps its count ("groupe Écologistes de\nBrenne (5)");
   "groupes A, B et C": the last "et" splits when the document names the
   part before it as a group of its own.  Negative rows: per-group lists
   (test_group_counts: null), "groupes A, Écologie et Solidarités" (one
   name), a line break after a name's last word (no count over it) */
static void test_group_bare_count(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil départemental, après en avoir délibéré, APPROUVE le budget.\n"
               "Pour : groupes Union pour la Serre et Serre Avenir (35 voix) ;\n"
               "Contre : groupe Gauche solidaire (8) ; Abstention : groupe Écologistes de\n"
               "Serre (5).\n"
               "Le rapport est adopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(35), .against = TT(8), .abstention = TT(5), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(2), .for_groups = {"Union pour la Serre", "Serre Avenir"},
                .against_groups = {"groupe Gauche solidaire"},
                .abstention_groups = {"groupe Écologistes de Serre"}}}},
        {.in = "Au nom du groupe Serre Avenir, M. Paul MARTIN salue le projet.\n"
               "Le Conseil départemental ATTRIBUE la subvention proposée.\n"
               "Pour : groupes Union pour la Serre, Serre Avenir et Écologistes de\n"
               "Serre (38 voix) ; Contre : 0 ; Abstention : groupe Gauche solidaire (8) ;\n"
               "Ne prennent pas part au vote : 2.\n"
               "Le rapport est adopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(38), .against = TT(0), .abstention = TT(8), .not_voting = TT(2),
                .n_for_groups = TT(3),
                .for_groups = {"Union pour la Serre", "Serre Avenir", "Écologistes de Serre"}}}},
        /* OCR: a speck before a label's colon ("Abstention': groupe"),
           a speck after "groupes" ("groupes. A, B et C") */
        {.in = "Au nom du groupe Serre Avenir, M. Paul MARTIN salue le projet.\n"
               "Le Conseil départemental APPROUVE le budget.\n"
               "Pour : groupes. Union pour la Serre, Serre Avenir et Écologistes de\n"
               "Serre (38 voix) ; Contre ‘ : 0 ; Abstention': groupe Gauche solidaire (8) ;\n"
               "Le rapport est adopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(38), .against = TT(0), .abstention = TT(8), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(3),
                .for_groups = {"Union pour la Serre", "Serre Avenir", "Écologistes de Serre"},
                .abstention_groups = {"groupe Gauche solidaire"}}}},
        /* "groupesX" (no blank) is no plural prefix; a word before the
           colon is no speck */
        {.in = "Le Conseil départemental APPROUVE le budget.\n"
               "Pour : groupes.Union pour la Serre, Serre Avenir (38 voix) ;\n"
               "Contre : 0 ; Abstention x: 3\n",
         .n = TT(1),
         .v = {{.for_ = TT(38), .against = TT(0), .abstention = TT(EX_NULLNUM), .n_for_groups = TT(1)}}},
        /* no group "Écologie" of its own: one name */
        {.in = "Le Conseil régional APPROUVE le schéma.\n"
               "Pour : groupes Union pour la Région, Écologie et Solidarités (45 voix)\n"
               "Contre : groupe Rassemblement régional (12 voix)\n"
               "Le rapport est adopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(45), .against = TT(12), .n_for_groups = TT(2),
                .for_groups = {"Union pour la Région", "Écologie et Solidarités"}}}},
        /* a line break after a name's own word: the bracket below is no
           count of it */
        {.in = "Le Conseil départemental APPROUVE le budget.\n"
               "Pour : groupe Serre Avenir\n"
               "(adopté par 35 voix) ;\n",
         .first_not_for_ = TT(35)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "Pour : 30 – groupe A (19), groupe B (11)": the side's total, then its
   groups with their counts; the list does not break the vote block */
static void test_dash_group_counts(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 30 – groupe Avenir commun (19), groupe Écologie et\n"
               "solidarités (11)\n"
               "Contre : 22 – groupe Ruralité vivante (14), groupe\n"
               "Territoires unis (8)\n"
               "Abstention : 3 – groupe Gauche citoyenne (3)\n"
               "La délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(30), .against = TT(22), .abstention = TT(3), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(2),
                .for_groups = {"groupe Avenir commun", "groupe Écologie et solidarités"},
                .n_against_groups = TT(2), .against_groups = {[1] = "groupe Territoires unis"},
                .n_abstention_groups = TT(1), .span_from = "Pour : 30", .span_to = "adoptée."}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n"
               "Pour : 30 – groupe Avenir commun (19), groupe Écologie et solidarités (11) – "
               "Contre : 22 – groupe Ruralité vivante (14), groupe Territoires unis (8) – "
               "Abstention : 3 – groupe Gauche citoyenne (3)\n"
               "La délibération est adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(30), .against = TT(22), .abstention = TT(3), .result = TT(EX_ADOPTED),
                .n_for_groups = TT(2),
                .for_groups = {"groupe Avenir commun", "groupe Écologie et solidarités"},
                .n_against_groups = TT(2), .against_groups = {[1] = "groupe Territoires unis"},
                .n_abstention_groups = TT(1), .span_from = "Pour : 30", .span_to = "adoptée."}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* "NPPV" (ne prend pas part au vote) as a label: "NPPV : 1" and an
   NPPV column of a two-row table give not_voting */
static void test_nppv_label(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Total : Pour : 15 – Contre : 5 – Abstention : 6 – NPPV : 1\nADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .abstention = TT(6), .not_voting = TT(1)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "   Pour    Contre    Abstention    NPPV\n"
               "    15        5          6          2\n"
               "ADOPTÉ\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(5), .abstention = TT(6), .not_voting = TT(2)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* an electronic vote box: abbreviated "ABST." / "Abst" labels give the
   abstention, and pipes glued to the counts are cell rules, not 1s
   ("CONTRE : 4|ABST.:3| NPPV:1"); negatives: a pipe ending the line
   stays an OCR 1, and "abstrait" is no label */
static void test_vote_box_abbrev(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Nombre de votants : 58 | POUR : 50 | CONTRE : 4 | ABST. : 3 | NPPV : 1\n"
               "Délibération adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(50), .against = TT(4), .abstention = TT(3), .not_voting = TT(1)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Nombre de votants : 20 | Pour : 15 | Contre : 2 | Abst : 3\nAdopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(2), .abstention = TT(3)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Nombre de votants : 58 | POUR : 50 | CONTRE : 4|ABST.:3| NPPV:1\n"
               "Délibération adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(50), .against = TT(4), .abstention = TT(3), .not_voting = TT(1)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Nombre de votants : 58|POUR : 50|CONTRE : 4|ABSTENTION : 3|NPPV : 1\n"
               "Délibération adoptée.\n",
         .n = TT(1),
         .v = {{.for_ = TT(50), .against = TT(4), .abstention = TT(3), .not_voting = TT(1)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\nPour : 1|\nAdopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(11)}}},
        {.in = "Le Conseil DÉCIDE d'approuver.\n\n"
               "Pour : 15 – Contre : 2\nAbstrait : 3\nAdopté.\n",
         .n = TT(1),
         .v = {{.for_ = TT(15), .against = TT(2), .abstention = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a blank line inside a wrapped vote sentence left open by " et" or ","
   (OCR) does not end it; after a closed line it does */
static void test_blank_line_in_open_sentence(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "APPROUVE le budget selon les votes suivants :\n"
               "   – section A : adoptée par 17 voix pour et\n\n"
               "     4 voix contre ;\n"
               "   – section B : adoptée par 19 voix pour,\n\n"
               "     2 abstentions ;\n",
         .n = TT(2),
         .v = {[0] = {.for_ = TT(17), .against = TT(4)},
               [1] = {.for_ = TT(19), .abstention = TT(2)}}},
        {.in = "Adopté par 17 voix pour.\n\n4 voix contre le projet de la commune voisine.\n",
         .n = TT(1),
         .v = {{.against = TT(EX_NULLNUM)}}},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a "Vote :" tally going on after a dash ending its line ("contre 2 –\n
   abstention 0."), and a dash item's "- " before "Vote :"; negatives: no
   dash at the line end, or a line that is no vote line before the dash */
static void test_vote_line_dash_continued(void **st)
{
    (void)st;
    static const vote_row rows[] = {
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Vote : pour 16 – contre 2 (Mme A et M. B) –\nabstention 0.\n",
         .n = TT(1),
         .v = {{.for_ = TT(16), .against = TT(2), .abstention = TT(0), .span_from = "Vote",
                .span_to = "abstention 0."}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "- Vote : pour 16 – contre 2 – abstention 0.\n",
         .n = TT(1),
         .v = {{.for_ = TT(16), .against = TT(2), .abstention = TT(0)}}},
        /* OCR: the dash glued to the label, a speck "." glued to a count */
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "-Vote : pour 14 — contre 0 — abstention.0. :\n",
         .n = TT(1),
         .v = {{.for_ = TT(14), .against = TT(0), .abstention = TT(0)}}},
        /* OCR "à Punanimité" (l' read P) */
        {.in = "DÉLIBÉRATION\nLe comité, après en avoir délibéré, à main levée, à Punanimité :\n"
               "DÉCIDE d'approuver.\n",
         .n = TT(1),
         .v = {{.unanimous = TT(1)}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Vote : pour 16 – contre 2.\nabstention 3 pour le lot voisin.\n",
         .n = TT(1),
         .v = {{.for_ = TT(16), .against = TT(2), .abstention = TT(EX_NULLNUM)}}},
        {.in = "DÉLIBÉRATION\nLe Conseil DÉCIDE d'approuver.\n"
               "Le projet présenté par la commission –\nabstention 2 sur ce point.\n",
         .n = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_votes(&t, r);
}

/* a weighted vote: the tally in voices ("Pour : 70 voix (13 délégués)"),
   its total the printed "Voix représentées : 84", is not compared with
   the delegates voting; a total that matches no voices count, or a
   tally with no "voix", still is */
static void test_weighted_vote_no_sum_mismatch(void **st)
{
    (void)st;
    fx f;
#define SM_COUNTS "Délégués en exercice : 18 – Délégués présents : 14 – Pouvoirs : 2 –\nVotants : 16\n" \
    "Voix en exercice : 100 – Voix représentées : 84\n\nLe Comité syndical DÉCIDE.\n\n"
    run(&f, SM_COUNTS "Vote (voix pondérées) :\nPour : 70 voix (13 délégués) – Contre : 8 voix (2 délégués) – "
                      "Abstention : 6 voix (1 délégué)\nLa délibération est adoptée.\n");
    assert_false(call_has_diag(&f.c, "vote.sum_mismatch"));
    fx_done(&f);
    /* negative: 70 + 8 + 5 = 83 is no printed voices count */
    run(&f, SM_COUNTS "Vote (voix pondérées) :\nPour : 70 voix (13 délégués) – Contre : 8 voix (2 délégués) – "
                      "Abstention : 5 voix (1 délégué)\nLa délibération est adoptée.\n");
    assert_true(call_has_diag(&f.c, "vote.sum_mismatch"));
    fx_done(&f);
    /* negative: no "voix" in the tally */
    run(&f, SM_COUNTS "Pour : 70 – Contre : 8 – Abstention : 6\nLa délibération est adoptée.\n");
    assert_true(call_has_diag(&f.c, "vote.sum_mismatch"));
    fx_done(&f);
#undef SM_COUNTS
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_groups_block),
        cmocka_unit_test(test_not_voting_names_before_tally),
        cmocka_unit_test(test_groups_under_tally),
        cmocka_unit_test(test_bare_number_items),
        cmocka_unit_test(test_act_result_alone),
        cmocka_unit_test(test_unanimity_count_then_nppv),
        cmocka_unit_test(test_nominative_vote),
        cmocka_unit_test(test_groups_member_count),
        cmocka_unit_test(test_vote_line_dash_continued),
        cmocka_unit_test(test_vote_table),
        cmocka_unit_test(test_vote_table_ruled),
        cmocka_unit_test(test_groups_comma_list),
        cmocka_unit_test(test_slash_means_zero),
        cmocka_unit_test(test_pv_items),
        cmocka_unit_test(test_item_recap_table),
        cmocka_unit_test(test_bd_votes),
        cmocka_unit_test(test_bz_section_votes),
        cmocka_unit_test(test_result_alone_specks),
        cmocka_unit_test(test_caps_verb_object_no_result),
        cmocka_unit_test(test_avis_unanimity),
        cmocka_unit_test(test_assembly_unanimity),
        cmocka_unit_test(test_item_heading_ends_vote),
        cmocka_unit_test(test_sentence_speck),
        cmocka_unit_test(test_sentence_ocr_abstention),
        cmocka_unit_test(test_sentence_contre_first),
        cmocka_unit_test(test_sentence_par_voix_contre),
        cmocka_unit_test(test_count_letter_digit),
        cmocka_unit_test(test_nppv_clause_colon),
        cmocka_unit_test(test_sum_mismatch),
        cmocka_unit_test(test_weighted_voices_sentence),
        cmocka_unit_test(test_vote_label_ocr_bullet),
        cmocka_unit_test(test_no_false_votes),
        cmocka_unit_test(test_unanimity_before_capital_verb),
        cmocka_unit_test(test_ocr),
        cmocka_unit_test(test_ocr_specks_voie),
        cmocka_unit_test(test_ocr_accented_phrases),
        cmocka_unit_test(test_statement_spans),
        cmocka_unit_test(test_sum_with_not_voting),
        cmocka_unit_test(test_side_groups_and_not_voting_persons),
        cmocka_unit_test(test_unanimity_with_count),
        cmocka_unit_test(test_college_tally_total),
        cmocka_unit_test(test_not_voting_after_apposition),
        cmocka_unit_test(test_votes_on_item_lines),
        cmocka_unit_test(test_count_on_next_line),
        cmocka_unit_test(test_not_voting_named),
        cmocka_unit_test(test_not_voting_before_result),
        cmocka_unit_test(test_blank_or_void),
        cmocka_unit_test(test_unanimous_against),
        cmocka_unit_test(test_more_forms),
        cmocka_unit_test(test_vote_line_without_colons),
        cmocka_unit_test(test_groups_before_count),
        cmocka_unit_test(test_group_lines),
        cmocka_unit_test(test_group_lines_specks),
        cmocka_unit_test(test_group_lines_unreadable),
        cmocka_unit_test(test_counts_without_voix),
        cmocka_unit_test(test_role_not_voting),
        cmocka_unit_test(test_dash_list_items),
        cmocka_unit_test(test_counts_in_words),
        cmocka_unit_test(test_group_table),
        cmocka_unit_test(test_flat_tables),
        cmocka_unit_test(test_groups_without_counts),
        cmocka_unit_test(test_group_counts),
        cmocka_unit_test(test_dash_group_counts),
        cmocka_unit_test(test_group_bare_count),
        cmocka_unit_test(test_nppv_label),
        cmocka_unit_test(test_vote_box_abbrev),
        cmocka_unit_test(test_not_voting_before_votants),
        cmocka_unit_test(test_unanimity_then_tally),
        cmocka_unit_test(test_blank_line_in_open_sentence),
        cmocka_unit_test(test_dotted_leader),
        cmocka_unit_test(test_other_language_labels),
        cmocka_unit_test(test_nominative_vote_names_counted),
        cmocka_unit_test(test_ocr_abstention_label_edit),
        cmocka_unit_test(test_tally_repeated_in_sentence),
        cmocka_unit_test(test_weighted_vote_no_sum_mismatch),
        cmocka_unit_test(test_nppv_count_after_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
