/*
 * test_attendance.c - attendance.c: labels, lists, proxies, counts,
 * president and secretary, two-column layouts, OCR variants.
 */
#include <stdio.h>

#include "testutil.h"

/* runs the whole pipeline; the attendance lives in the first document
   that has any */
static const ex_document *run(fx *f, const char *s)
{
    fx_run(f, s);
    assert_true(f->c.docs.n >= 1);
    for (size_t i = 0; i < f->c.docs.n; i++)
        if (f->c.docs.v[i].att.present.n || f->c.docs.v[i].president)
            return &f->c.docs.v[i];
    return &f->c.docs.v[0];
}

/* A row of an attendance table: the input, then (unset: not checked)
   the counts, the sizes of the lists, and by index in the lists (NULL:
   not checked, TT_NULL: none) the family names, the other fields of the
   present and excused members and the spans (the first occurrence of
   the text), the proxies (giver, receiver, the receiver's given name,
   span); the president and the secretary (TT(1): there is one, TT(0):
   none; pres_has_role TT(1): a role) and their fields; diagnostics the
   call has (diag) or has not (no_diag). */
enum { ATT_ROW_MAX = 8, ATT_DIAG_MAX = 2 };
typedef struct att_row {
    const char *in;
    tt_num in_office, present_count, represented, voting, quorum;
    tt_num n_present, n_excused, n_absent, n_proxies, n_advisory_present, n_advisory_excused;
    const char *present[ATT_ROW_MAX], *excused[ATT_ROW_MAX], *absent[ATT_ROW_MAX];
    const char *present_given[ATT_ROW_MAX], *present_civility[ATT_ROW_MAX],
        *present_role[ATT_ROW_MAX], *present_text[ATT_ROW_MAX], *present_note[ATT_ROW_MAX],
        *present_span[ATT_ROW_MAX];
    const char *excused_role[ATT_ROW_MAX], *excused_span[ATT_ROW_MAX];
    const char *adv_present[ATT_ROW_MAX], *adv_present_role[ATT_ROW_MAX], *adv_excused[ATT_ROW_MAX];
    const char *proxy_from[ATT_ROW_MAX], *proxy_to[ATT_ROW_MAX], *proxy_to_given[ATT_ROW_MAX],
        *proxy_span[ATT_ROW_MAX];
    tt_num president, pres_has_role, secretary;
    const char *pres_family, *pres_given, *pres_civility, *pres_role, *pres_text, *pres_span;
    const char *sec_family, *sec_given, *sec_civility, *sec_role;
    const char *diag[ATT_DIAG_MAX], *no_diag[ATT_DIAG_MAX];
} att_row;

/* one field (at offset off in ex_person) of a list's persons expected by
   a row, by index */
static void check_field(const tt_ctx *t, const char *what, const ex_person_vec *v, size_t off,
                        const char *const *want)
{
    for (size_t i = 0; i < ATT_ROW_MAX; i++)
        if (want[i]) {
            if (i >= v->n) {
                char g[16];
                snprintf(g, sizeof g, "%zu long", v->n);
                tt_fail_(t, __FILE__, __LINE__, what, g, want[i]);
            }
            tt_str(t, *(const char *const *)((const char *)&v->v[i] + off), want[i]);
        }
}
#define check_families(t, what, v, want) check_field(t, what, v, offsetof(ex_person, family), want)

/* the spans of a list's persons (or proxies) expected by a row, by index */
static void check_spans(const tt_ctx *t, const ex_call *c, const void *v, size_t stride,
                        size_t off, size_t n, const char *const *want)
{
    for (size_t i = 0; i < ATT_ROW_MAX; i++)
        if (want[i]) {
            tt_true(t, i < n);
            tt_span(t, c, *(const ex_span *)((const char *)v + i * stride + off), want[i], NULL);
        }
}

/* the president or the secretary */
static void check_officer(const tt_ctx *t, const ex_person *p, tt_num there, const char *family,
                          const char *given, const char *civility, const char *role)
{
    tt_opt(t, p != NULL, there);
    if (!p) {
        tt_true(t, !family && !given && !civility && !role);
        return;
    }
    tt_str(t, p->family, family);
    tt_str(t, p->given, given);
    tt_str(t, p->civility, civility);
    tt_str(t, p->role, role);
}

static void check_att(const tt_ctx *t, const att_row *r)
{
    fx f;
    const ex_document *d = run(&f, r->in);
    const ex_attendance *a = &d->att;
    tt_opt(t, a->in_office, r->in_office);
    tt_opt(t, a->present_count, r->present_count);
    tt_opt(t, a->represented, r->represented);
    tt_opt(t, a->voting, r->voting);
    tt_opt(t, a->quorum, r->quorum);
    tt_opt(t, a->present.n, r->n_present);
    tt_opt(t, a->excused.n, r->n_excused);
    tt_opt(t, a->absent.n, r->n_absent);
    tt_opt(t, a->proxies.n, r->n_proxies);
    tt_opt(t, a->advisory_present.n, r->n_advisory_present);
    tt_opt(t, a->advisory_excused.n, r->n_advisory_excused);
    check_families(t, "present", &a->present, r->present);
    check_field(t, "present given", &a->present, offsetof(ex_person, given), r->present_given);
    check_field(t, "present civility", &a->present, offsetof(ex_person, civility),
                r->present_civility);
    check_field(t, "present role", &a->present, offsetof(ex_person, role), r->present_role);
    check_field(t, "present text", &a->present, offsetof(ex_person, text), r->present_text);
    check_field(t, "present note", &a->present, offsetof(ex_person, note), r->present_note);
    check_spans(t, &f.c, a->present.v, sizeof(ex_person), offsetof(ex_person, span), a->present.n,
                r->present_span);
    check_families(t, "excused", &a->excused, r->excused);
    check_field(t, "excused role", &a->excused, offsetof(ex_person, role), r->excused_role);
    check_spans(t, &f.c, a->excused.v, sizeof(ex_person), offsetof(ex_person, span), a->excused.n,
                r->excused_span);
    check_families(t, "absent", &a->absent, r->absent);
    check_families(t, "advisory_present", &a->advisory_present, r->adv_present);
    check_field(t, "advisory_present role", &a->advisory_present, offsetof(ex_person, role),
                r->adv_present_role);
    check_families(t, "advisory_excused", &a->advisory_excused, r->adv_excused);
    for (size_t i = 0; i < ATT_ROW_MAX; i++)
        if (r->proxy_from[i] || r->proxy_to[i] || r->proxy_to_given[i]) {
            tt_true(t, i < a->proxies.n);
            tt_str(t, a->proxies.v[i].from.family, r->proxy_from[i]);
            tt_str(t, a->proxies.v[i].to.family, r->proxy_to[i]);
            tt_str(t, a->proxies.v[i].to.given, r->proxy_to_given[i]);
        }
    check_spans(t, &f.c, a->proxies.v, sizeof(ex_proxy), offsetof(ex_proxy, span), a->proxies.n,
                r->proxy_span);
    check_officer(t, d->president, r->president, r->pres_family, r->pres_given, r->pres_civility,
                  r->pres_role);
    if (!d->president) {
        tt_true(t, !r->pres_has_role.set && !r->pres_text && !r->pres_span);
    } else {
        if (r->pres_has_role.set)
            tt_int(t, d->president->role != NULL, r->pres_has_role.v);
        tt_str(t, d->president->text, r->pres_text);
        tt_span(t, &f.c, d->president->span, r->pres_span, NULL);
    }
    check_officer(t, d->secretary, r->secretary, r->sec_family, r->sec_given, r->sec_civility,
                  r->sec_role);
    for (size_t k = 0; k < ATT_DIAG_MAX; k++) {
        if (r->diag[k])
            tt_true(t, call_has_diag(&f.c, r->diag[k]));
        if (r->no_diag[k])
            tt_true(t, !call_has_diag(&f.c, r->no_diag[k]));
    }
    fx_done(&f);
}

static const char pv[] =
    "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
    "Nombre de conseillers\n"
    "En exercice : 19\n"
    "Présents : 15\n"
    "Représentés : 2\n"
    "Votants : 17\n"
    "\n"
    "Le Conseil Municipal, légalement convoqué, s'est réuni sous la présidence de Madame Françoise DELATTRE, Maire.\n"
    "Étaient présents : Mme Françoise DELATTRE, Maire, M. Jean-Luc CARON,\n"
    "Mme Lucie HAMEL, Adjoints, M. Hugo MARCHAND, Conseillers municipaux.\n"
    "\n"
    "Absents excusés ayant donné pouvoir : M. Paul RENARD a donné pouvoir à Mme Lucie HAMEL ;\n"
    "Mme Karima BENALI a donné pouvoir à M. Jean-Luc CARON.\n"
    "Absent excusé : M. Grégory LEMAIRE. Absente : Mme Julie DUBREUCQ.\n"
    "Secrétaire de séance : M. Thomas VASSEUR.\n"
    "Madame la Maire ouvre la séance.\n";

static void test_pv_block(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = pv,
         .in_office = TT(19), .present_count = TT(15), .represented = TT(2), .voting = TT(17),
         .n_present = TT(4), .n_excused = TT(3), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {[3] = "MARCHAND"}, .present_role = {"Maire"},
         .excused = {"RENARD", "BENALI", "LEMAIRE"}, .absent = {"DUBREUCQ"}, .proxy_to = {"HAMEL"},
         .proxy_to_given = {[1] = "Jean-Luc"}, .president = TT(1), .pres_family = "DELATTRE",
         .pres_civility = "Mme", .pres_span = "Madame Françoise DELATTRE", .secretary = TT(1),
         .sec_family = "VASSEUR"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "AVAIENT DONNÉ PROCURATION :" opening a line after the present list:
   the auxiliary and "donné" belong to the label, not to the list (a
   name "AVAIENT DONNÉ" before it); "X à Y" proxies read */
static void test_gave_label_line(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "SÉANCE PUBLIQUE DU 26 MARS 2026\n"
               "Conseillers en exercice : 7 / Présents : 3 / Procurations : 2 / Votants : 5\n"
               "ÉTAIENT PRÉSENTS :\n"
               "BOISFER Henri ; TITÉCA Marlène ; NELSON Ruddy.\n"
               "\n"
               "AVAIENT DONNÉ PROCURATION :\n"
               "FANFANT Rosette à NELSON Ruddy ; KANCEL Alex à TITÉCA Marlène.\n"
               "\n"
               "ÉTAIENT ABSENTS : LUBIN Harry.\n",
         .present_count = TT(3), .n_present = TT(3), .n_proxies = TT(2), .n_absent = TT(1),
         .present = {[2] = "NELSON"}},
        /* the same list with "Procurations :" alone: unchanged */
        {.in = "SÉANCE PUBLIQUE DU 26 MARS 2026\n"
               "ÉTAIENT PRÉSENTS :\n"
               "BOISFER Henri ; TITÉCA Marlène ; NELSON Ruddy.\n"
               "\n"
               "PROCURATIONS :\n"
               "FANFANT Rosette à NELSON Ruddy ; KANCEL Alex à TITÉCA Marlène.\n",
         .n_present = TT(3), .n_proxies = TT(2), .present = {[2] = "NELSON"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "M. X, Président, ouvre la séance": X presides; the absent list
   before the sentence ends at it; a president named before wins */
static void test_president_opens_session(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "COMITÉ SYNDICAL DU 9 AVRIL 2024\n"
               "Présents : M. Alain ROBIN, Mme Brigitte SIMON, M. Claude LAURENT.\n"
               "Absents : M. Victor BLANC, Mme Yvette GUERIN\n"
               "Le quorum étant atteint, M. Alain ROBIN, Président, ouvre la séance à 18 h 30.\n"
               "Mme Brigitte SIMON est désignée secrétaire de séance.\n",
         .n_absent = TT(2), .president = TT(1), .pres_family = "ROBIN", .secretary = TT(1),
         .sec_family = "SIMON"},
        {.in = "Le Conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               "Présents : M. Paul GIRARD, Mme Anne MARTIN, M. Jean DUPONT.\n"
               "M. Jean DUPONT, Maire adjoint, ouvre la séance.\n",
         .president = TT(1), .pres_family = "GIRARD"},
        /* OCR read ';' for the comma after the name; the sentence before
       ends with a full stop at a line end */
        {.in = "Présents : M. Alain ROBIN, Mme Brigitte SIMON.\n"
               "Le quorum étant atteint, M. Alain ROBIN; Président, ouvre la séance à 18 h 30.\n",
         .president = TT(1), .pres_family = "ROBIN"},
        /* OCR: a speck after "présidence"; the civility left at the line
       end, the name after a blank line */
        {.in = "Le Conseil municipal s'est réuni à la mairie, sous la présidence. de M. Jean-Pierre LAVERGNE, Maire.\n",
         .president = TT(1), .pres_family = "LAVERGNE"},
        /* the speck opening the next line: "présidence\n. de Mme X" */
        {.in = "Le Conseil municipal s'est réuni à la mairie, salle des fêtes, sous la présidence\n"
               ". de Mme Catherine VAUTRIN-LEBLOND, Maire.\n",
         .president = TT(1), .pres_family = "VAUTRIN-LEBLOND"},
        /* negative: "Présidence" closing a sentence, another one after it */
        {.in = "Le rapport est transmis à la Présidence.\nLe Conseil municipal prend acte de M. Paul GIRARD.\n",
         .president = TT(0)},
        {.in = "le comité syndical s’est réuni à la salle des fêtes, sous la présidence de M.\n"
               "\n"
               "Bernard CAYLA, Président.\n",
         .president = TT(1), .pres_family = "CAYLA", .pres_given = "Bernard"},
        /* (the civility's dot lost: "de M") */
        {.in = "le comité syndical s’est réuni à la salle des fêtes, sous la présidence de M\n"
               "\n"
               "Bernard CAYLA, Président.\n",
         .president = TT(1), .pres_family = "CAYLA", .pres_given = "Bernard"},
        /* the person presiding as the SUBJECT of "a pris la présidence",
           an apposition between them: not the next name (the secretary) */
        {.in = "M. Louis FABRE, doyen d'âge de l'assemblée, a pris ensuite la présidence\n"
               "de la séance. Mme Julie ROCHE, benjamine, a été désignée\n"
               "secrétaire de séance.\n",
         .president = TT(1), .pres_family = "FABRE", .secretary = TT(1), .sec_family = "ROCHE"},
        /* the adviser keeping the séance's secretariat is its secretary */
        {.in = "Étaient présents : Mme Anne VIDAL, Présidente ; M. Luc MOLINIER.\n"
               "Avec voix consultative : M. Laurent GIRAUDEAU, directeur, qui assure le\n"
               "secrétariat de la séance ; Mme Sylvie ROUSSEL, trésorière.\n",
         .secretary = TT(1), .sec_family = "GIRAUDEAU"},
        {.in = "Étaient présents : Mme Anne VIDAL, Présidente ; M. Luc MOLINIER.\n"
               "Avec voix consultative : M. Laurent GIRAUDEAU, directeur du secrétariat général.\n",
         .secretary = TT(0)},
        {.in = "M. Louis FABRE, doyen d'âge, a pris la présidence de l'assemblée. Mme Julie ROCHE\n"
               "a été désignée secrétaire de séance.\n",
         .president = TT(1), .pres_family = "FABRE"},
        /* (OCR "à pris") */
        {.in = "M. Louis FABRE, doyen d'âge, à pris ensuite la présidence de la séance. Mme Julie ROCHE\n"
               "a été désignée secrétaire de séance.\n",
         .president = TT(1), .pres_family = "FABRE"},
        {.in = "Mme Claire BESSON, Maire, assure la présidence.\n",
         .president = TT(1), .pres_family = "BESSON"},
        /* an elliptic second designation: "et Mme X, fonction, secrétaire
           de séance." (no verb of its own) */
        {.in = "L'assemblée est présidée par M. Paul GIRARD. Mme Anne MARTIN est désignée scrutateur et\n"
               "Mme Julie ROCHE, directrice générale, secrétaire de séance.\n",
         .secretary = TT(1), .sec_family = "ROCHE"},
        /* (negative: no "et" before the civility) */
        {.in = "Le rapport de Mme Julie ROCHE, directrice générale, secrétaire de séance.\n",
         .secretary = TT(0)},
        /* negative: no person subject of the verb (the clause before
           ends at ';'; a name inside a clause, not its subject) */
        {.in = "M. Paul GIRARD, Maire, a lu le rapport ; le doyen d'âge a pris ensuite la présidence de la séance.\n",
         .president = TT(0)},
        {.in = "Le doyen, qui connaît M. Jean DUPONT depuis longtemps, a pris la présidence.\n",
         .president = TT(0)},
        /* OCR: the speck ending the line after "présidence" */
        {.in = "Le Conseil municipal s'est réuni à la mairie, sous la présidence .\n"
               "de Mme Nathalie GIRAUD, Maire.\n",
         .president = TT(1), .pres_family = "GIRAUD"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
    fx f;
    /* OCR: a speck left at the line end inside the name: the names
       without it, the text as printed over the span */
    const ex_document *d = run(&f,
        "Le conseil communautaire s'est réuni à la salle intercommunale, sous la présidence de M. Bernard .\n"
        "JACQUEMIN, Président.\n");
    assert_non_null(d->president);
    assert_string_equal(d->president->given, "Bernard");
    assert_string_equal(d->president->family, "JACQUEMIN");
    assert_string_equal(d->president->text, "M. Bernard . JACQUEMIN");
    {
        char *sp = ex_text_value(&f.c, &f.c.text, d->president->span.start, d->president->span.end);
        assert_non_null(sp);
        assert_string_equal(sp, d->president->text);
    }
    fx_done(&f);
}

/* the doyen d'âge presides: "M. X, le plus âgé des membres" is no role
   (also cut by the line break after "plus"); "M. X, Maire" keeps its */
static void test_president_doyen_no_role(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "La séance a été ouverte sous la présidence de M. Henri BOURDARIAS, le plus\n"
               "âgé des membres du conseil municipal, qui a déclaré les membres installés.\n",
         .president = TT(1), .pres_family = "BOURDARIAS", .pres_role = TT_NULL},
        {.in = "La séance a été ouverte sous la présidence de Mme Paule DELMAS, la plus âgée des membres.\n",
         .president = TT(1), .pres_family = "DELMAS", .pres_role = TT_NULL},
        {.in = "Le Conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n",
         .president = TT(1), .pres_role = "Maire", .pres_has_role = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the member elected to preside the act ("le conseil municipal élit M.
   X, premier adjoint, président de séance pour l'examen du compte
   administratif"; "M. X est élu président de séance"): the act's
   president over "sous la présidence de"; a "Président de séance :" label
   and a président de séance named with no election keep the rule before */
static void test_president_elected_for_item(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Le conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               "Présidence de la séance pour ce point : conformément à l'article L. 2121-14 du code\n"
               "général des collectivités territoriales, le conseil municipal élit M. Denis KLEIN,\n"
               "premier adjoint, président de séance pour l'examen du compte administratif.\n",
         .president = TT(1), .pres_family = "KLEIN", .pres_role = "premier adjoint"},
        {.in = "Le conseil municipal s'est réuni sous la présidence de Mme Anne VIDAL, Maire.\n"
               "Mme Sophie MARTY est élue présidente de séance ; Mme la Maire quitte la salle.\n",
         .president = TT(1), .pres_family = "MARTY"},
        /* no election: the president of the séance sentence stays */
        {.in = "Le conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               "M. Paul GIRARD, président de séance, donne la parole à M. Denis KLEIN.\n",
         .president = TT(1), .pres_family = "GIRARD"},
        {.in = "Le conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire.\n"
               "M. Denis KLEIN, élu en 2020, rappelle le rôle du président de séance.\n",
         .president = TT(1), .pres_family = "GIRARD"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the séance sentence going on after the president's role ("...,
   Présidente du Conseil régional, sur convocation du ...") is no part of
   the role; a role going on after a comma is ("Maire, délégué ...") */
static void test_president_role_before_convocation(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Le Conseil régional, réuni le jeudi 11 décembre 2025, sous la présidence de\n"
               "Mme Corinne BRESSOLLES, Présidente du Conseil régional, sur convocation\n"
               "du 25 novembre 2025,\n",
         .president = TT(1), .pres_role = "Présidente du Conseil régional", .pres_has_role = TT(1)},
        {.in = "Le Conseil municipal s'est réuni sous la présidence de M. Paul GIRARD, Maire, sur la convocation "
               "qui leur a été adressée.\n",
         .president = TT(1), .pres_role = "Maire", .pres_has_role = TT(1)},
        /* negative: "sur" without a convocation stays in the role */
        {.in = "Le Conseil s'est réuni sous la présidence de M. Paul GIRARD, délégué sur le secteur nord.\n",
         .president = TT(1), .pres_role = "délégué sur le secteur nord", .pres_has_role = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* no presidence sentence: the present member listed with the role
   "Président(e)" presided; a vice-président or another role does not;
   a presidence sentence wins */
static void test_president_from_present_list(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "BUREAU SYNDICAL\nSéance du 3 juin 2024\n"
               "Membres présents : M. Luc MOREL ; Mme Agnès PERRIN, Présidente ; M. Henri VIDAL.\n"
               "Excusé : M. Marc ROUX.\n",
         .president = TT(1), .pres_family = "PERRIN", .pres_civility = "Mme",
         .pres_span = "Mme Agnès PERRIN"},
        {.in = "BUREAU SYNDICAL\nSéance du 3 juin 2024\n"
               "Membres présents : M. Luc MOREL, Vice-Président ; Mme Agnès PERRIN, Trésorière.\n",
         .president = TT(0)},
        {.in = "Le Bureau s'est réuni sous la présidence de M. Luc MOREL.\n"
               "Membres présents : M. Luc MOREL ; Mme Agnès PERRIN, Présidente ; M. Henri VIDAL.\n",
         .president = TT(1), .pres_family = "MOREL"},
        /* the function after whom the member represents, after a comma */
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents : Mme Lucie TORRENT, représentante de la Région, Présidente ;\n"
               "M. Jordi ROIG, représentant de la commune.\n",
         .president = TT(1), .pres_family = "TORRENT"},
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents : M. Luc CASTEL, représentant de la commune, Président-Directeur général ;\n"
               "M. Jordi ROIG, représentant de la commune.\n",
         .president = TT(1), .pres_family = "CASTEL"},
        /* (not a vice-president after the comma) */
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents : Mme Lucie TORRENT, représentante de la Région, Vice-Présidente ;\n"
               "M. Jordi ROIG, représentant de la commune.\n",
         .president = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Administrateurs présents ou représentés :" (a present label; an entry
   "X, représentée par Y" is a proxy, X not present); "Avec voix
   consultative :" opening a line (the advisory members present) */
static void test_present_or_represented(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Administrateurs présents ou représentés :\n"
               "- M. Luc CASTEL, représentant de la commune de Lunas ;\n"
               "- Mme Corinne ABADIE, représentant de la commune de Roquebrun,\n"
               "  représentée par M. Luc CASTEL (pouvoir du 12 mars 2026) ;\n"
               "- M. Thierry VIDAL, représentant de la commune de Vieussan.\n",
         .n_present = TT(2), .present = {"CASTEL", "VIDAL"}, .n_proxies = TT(1),
         .proxy_from = {"ABADIE"}, .proxy_to = {"CASTEL"}},
        /* a text in capitals without accents: "A" for "à" between a
           name in capitals and a civility is the proxy's arrow */
        {.in = "ETAIENT PRESENTS : MM. FAUCHER, DURAND.\n"
               "ABSENTS EXCUSES AYANT DONNE POUVOIR : M. BOUYGUES A M. FAUCHER.\n",
         .n_excused = TT(1), .excused = {"BOUYGUES"}, .n_proxies = TT(1),
         .proxy_from = {"BOUYGUES"}, .proxy_to = {"FAUCHER"}},
        /* the holder's civility in capitals too ("MME", "MMES"), on the
           next line */
        {.in = "ETAIENT PRESENTS : MM. FAUCHER, DURAND, MMES MARTIN, ROUX.\n"
               "ABSENTS EXCUSES AYANT DONNE POUVOIR : MME LAPORTE A\nMME MARTIN.\n",
         .n_excused = TT(1), .excused = {"LAPORTE"}, .n_proxies = TT(1),
         .proxy_from = {"LAPORTE"}, .proxy_to = {"MARTIN"}},
        /* negative: "A" before no civility stays a given name's initial */
        {.in = "Excusés : M. DURAND A, Mme Anne PETIT.\n", .n_proxies = TT(0)},
        {.in = "Excusés : MME DURAND A\nMEYER, MME PETIT.\n", .n_proxies = TT(0)},
        {.in = "COMITÉ SYNDICAL\nSéance du 3 juin 2024\n"
               "Délégués présents ou représentés : M. Luc CASTEL, M. Thierry VIDAL.\n",
         .n_present = TT(2), .present = {"CASTEL", "VIDAL"}},
        /* (a plain present label keeps its entries) */
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents :\n"
               "- M. Luc CASTEL ;\n"
               "- Mme Corinne ABADIE, représentée par M. Luc CASTEL ;\n"
               "- M. Thierry VIDAL.\n",
         .present = {"CASTEL", "ABADIE", "VIDAL"}},
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents : M. Luc CASTEL ; M. Thierry VIDAL.\n"
               "Avec voix consultative : M. Olivier CAZES, directeur ;\n"
               "Mme Inès RIBAS, agent comptable.\n",
         .n_present = TT(2), .n_advisory_present = TT(2), .adv_present = {"CAZES", "RIBAS"}},
        /* (not in a sentence, not without its colon) */
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 3 juin 2024\n"
               "Présents : M. Luc CASTEL ; M. Thierry VIDAL.\n"
               "Avec voix consultative, M. Olivier CAZES assiste à la séance.\n",
         .n_advisory_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* blind set CA: a capital heading line (no colon) under a list line
   ends its last name ("COLLÈGE B (…)", "PERSONNALITÉS EXTÉRIEURES");
   not a family cut by the line end after a particle ("M. Stéphane LE" /
   "CORRE (pouvoir à …)") or after a given name ("M. Yann" / "LE BRIS");
   "Assistaient en outre, avec voix consultative :"; "Membres élus : 45"
   right above the present count is the in-office count */
static void test_ca_college_headings(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 14 avril 2026\n\n"
               "COLLÈGE A (professeurs des universités)\n"
               "Présents : M. Étienne FAVROT, Mme Corinne BÉAL\n"
               "COLLÈGE B (autres enseignants-chercheurs, enseignants et chercheurs)\n"
               "Présents : M. Arnaud PESCHE, M. Serge NOGARET\n"
               "PERSONNALITÉS EXTÉRIEURES\n"
               "Présents : Mme Françoise DELPECH\n\n"
               "Assistaient en outre, avec voix consultative : Mme Élodie FARGE,\n"
               "directrice générale ; M. Thierry VALADE, commissaire du Gouvernement.\n",
         .n_present = TT(5), .present = {"FAVROT", "BÉAL", "PESCHE", "NOGARET", "DELPECH"},
         .n_advisory_present = TT(2), .adv_present = {"FARGE", "VALADE"}},
        {.in = "CONSEIL D'ADMINISTRATION\nSéance du 14 avril 2026\n\n"
               "Présents : Mme Lydie PERRAUD, M. Stéphane LE\n"
               "CORRE (pouvoir à Mme Sylvie GOURIOU), M. Yann\n"
               "LE BRIS.\n",
         .present = {"PERRAUD", "LE CORRE", "LE BRIS"}},
        {.in = "ASSEMBLÉE GÉNÉRALE\nSéance du 22 juin 2026\n\n"
               "Membres élus : 45\nMembres présents : 29\nMembres représentés : 6\n",
         .in_office = TT(45), .present_count = TT(29), .represented = TT(6)},
        /* (not across a blank line, not a count below the present one) */
        {.in = "ASSEMBLÉE GÉNÉRALE\nSéance du 22 juin 2026\n\n"
               "Membres élus : 45\n\nMembres présents : 29\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(29)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "… annexée à la présente ;" ends a decision line: "la présente" is the
   act, no "Présents" label, and the dash line after it no present member
   (a "Présente :" label opening a line stays one) */
static void test_la_presente_no_label(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Étaient présents : M. Luc MOREL, Mme Agnès PERRIN.\n\n"
               "Après en avoir délibéré, le Conseil municipal :\n"
               "– APPROUVE la modification du plan telle qu'annexée à la présente ;\n"
               "– DIT que la présente délibération sera affichée en mairie.\n",
         .n_present = TT(2), .present = {"MOREL", "PERRIN"}},
        {.in = "Présente : Mme Agnès PERRIN.\n",
         .n_present = TT(1), .present = {"PERRIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static const char twocol[] =
    " Nombre de conseillers :           L'an deux mil vingt-trois, le douze octobre, le Conseil\n"
    " En exercice : 15                  Municipal s'est réuni sous la\n"
    " Présents : 12                     présidence de Monsieur Gérard TESSIER, Maire.\n"
    " Votants : 14\n"
    " Date de convocation :             Présents : TESSIER Gérard, BOSSU Evelyne,\n"
    " 05/10/2023                        FOUCHER Sandrine, HUBERT Marie-Claude.\n"
    "                                   Absents excusés : LEROUX Damien.\n"
    "                                   Pouvoirs : LEROUX Damien à TESSIER Gérard.\n"
    "                                   Secrétaire de séance : FOUCHER Sandrine.\n"
    "\n"
    "Objet : Travaux\n";

static void test_two_columns(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = twocol,
         .in_office = TT(15), .present_count = TT(12), .voting = TT(14), .n_present = TT(4),
         .n_excused = TT(1), .n_proxies = TT(1), .present = {[2] = "FOUCHER"},
         .present_given = {[2] = "Sandrine"}, .present_span = {[2] = "FOUCHER Sandrine"},
         .proxy_to = {"TESSIER"}, .pres_given = "Gérard", .secretary = TT(1),
         .sec_family = "FOUCHER", .sec_civility = TT_NULL},
        /* the secretary's label in the RIGHT column, nothing after it:
           the name under it in that column, not the left column's */
        {.in = "Présents :                                   Absents :\n"
               "     M. Gérard BOUCHARD                      M. Kévin MARTINAT\n"
               "     Mme Audrey BERTHIER                     Secrétaire de séance :\n"
               "     M. Olivier NAULIN                       Mme Audrey BERTHIER\n"
               "     Mme Josiane PICARD\n\nObjet : Travaux\n",
         .secretary = TT(1), .sec_family = "BERTHIER", .sec_given = "Audrey"},
        /* negative: the label alone on its line, the name under it */
        {.in = "Présents : M. Gérard BOUCHARD, M. Kévin MARTINAT.\n"
               "Secrétaire de séance :\n"
               "Mme Audrey BERTHIER           M. Olivier NAULIN\n\nObjet : Travaux\n",
         .secretary = TT(1), .sec_family = "BERTHIER"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static const char inline_counts[] =
    "sous la présidence de M. Jean-Marc VIGNERON, Président du Conseil régional.\n"
    "Membres en exercice : 61 – Présents : 49 – Représentés : 8 – Votants : 57\n"
    "Étaient présents : M. Jean-Marc VIGNERON, Mme Anne-Sophie LE GALL.\n"
    "Étaient excusés et avaient donné pouvoir : Mme Karine ROYER (pouvoir à M. Bruno LE MOAL), M. Didier LORRE\n"
    "(pouvoir à Mme Marie GUILLOU).\n"
    "Assistaient également sans voix délibérative : M. Henri QUÉMÉNER, Président du Conseil économique, social et\n"
    "environnemental régional ; Mme Delphine ARNAUD, Directrice générale des services.\n"
    "Excusé sans voix délibérative : M. Jean-Pierre LE BRAS, Payeur régional.\n"
    "Mme Anne-Sophie LE GALL a été désignée secrétaire de séance.\n";

static void test_inline_counts_and_advisory(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = inline_counts,
         .in_office = TT(61), .present_count = TT(49), .represented = TT(8), .voting = TT(57),
         .n_excused = TT(2), .n_proxies = TT(2), .n_advisory_present = TT(2),
         .n_advisory_excused = TT(1),
         .adv_present_role = {"Président du Conseil économique, social et environnemental régional"},
         .adv_excused = {"LE BRAS"}, .proxy_to = {[1] = "GUILLOU"}, .secretary = TT(1),
         .sec_family = "LE GALL"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static const char ocr[] =
    "PRÉSIDENCE DE MONSIEUR JEAN-CLAUDE LEROY\n"
    "Secretaire : Mme Emmanuelle LAPOUILLE\n"
    "Etaient presents : M. Jean-Claude LEROY, Mme Mireille HINGREZ, M:\n"
    "Daniel MACIEJASZ, Mme Valérie CUVILLIER.\n"
    "Excuse(s) : M. Ludovic LOQUET.\n"
    "Absént : M. Bruno COUSEIN.\n"
    "En exercice : 4O\n";

static void test_ocr_labels(void **st)
{
    (void)st;
    static const att_row rows[] = {
        /* in_office 40: O read as 0 */
        {.in = ocr,
         .in_office = TT(40), .n_present = TT(4), .n_excused = TT(1), .n_absent = TT(1),
         .present = {[2] = "MACIEJASZ"}, .pres_given = "JEAN-CLAUDE", .sec_family = "LAPOUILLE"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a hyphen for the blank of "en exercice" in a counts line */
static void test_ocr_hyphen_in_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délégués en-exercice : 9 — Présents : 7 — Pouvoir : 1 — Votants : 8\n"
               "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul ROUX.\n",
         .in_office = TT(9), .present_count = TT(7)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static void test_no_labels_no_attendance(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "ARTICLE 1 : Les parties présentes conviennent de ce qui suit.\n"
               "M. Jean DUPONT représente la société.\n",
         .in_office = TT(EX_NULLNUM), .n_present = TT(0), .president = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static void test_count_mismatch_diag(void **st)
{
    (void)st;
    fx f;
    run(&f, "En exercice : 10\nPrésents : 9\nReprésentés : 3\nÉtaient présents : M. Jean DUPONT.\n");
    bool found = false;
    for (size_t i = 0; i < f.c.diags.n; i++)
        found |= strcmp(f.c.diags.v[i].code, "attendance.count_mismatch") == 0;
    assert_true(found);
    fx_done(&f);
}

/* a person appears once per list: an excused member named again in a
   following "X a donné pouvoir à Y" sentence is in excused once, and in
   proxies */
static const char excused_then_proxy[] =
    "Délégués présents : M. Jean MARTIN, Mme Odile BRETEAU, M. Roland PERCHERON.\n"
    "Absents excusés : M. Gérard FOUQUET, M. Yves CHEVREUIL, Mme Anne-Sophie\n"
    "GUILLOU.\n"
    "M. Yves CHEVREUIL a donné pouvoir à M. Roland PERCHERON ; Mme Anne-Sophie GUILLOU a donné\n"
    "pouvoir à Mme Odile BRETEAU.\n"
    "Absents : M. Franck TESSÉ.\n";

static void test_excused_then_proxy_sentence(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = excused_then_proxy,
         .n_excused = TT(3), .n_absent = TT(1), .n_proxies = TT(2),
         .excused = {"FOUQUET", "CHEVREUIL", "GUILLOU"},
         .excused_span = {[2] = "Mme Anne-Sophie\nGUILLOU"}, .proxy_from = {"CHEVREUIL", "GUILLOU"},
         .proxy_to = {"PERCHERON", "BRETEAU"}},
        /* two persons with one family name stay two */
        {.in = "Présents : M. Jean MARTIN.\nExcusés : M. MARTIN, Mme MARTIN.\n",
         .n_excused = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static size_t ndiags(const fx *f)
{
    return f->c.diags.n;
}

/* the span of the first diagnostic with this code */
static ex_span diag_span(const fx *f, const char *code)
{
    for (size_t i = 0; i < f->c.diags.n; i++)
        if (strcmp(f->c.diags.v[i].code, code) == 0)
            return f->c.diags.v[i].span;
    fail();
    ex_span z = {0, 0};
    return z;
}

static void test_quorum_and_abbreviated_label(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Nbre de membres en exercice : 53 Quorum : 27\n"
               "Présents : M. Jean DUPONT.\n",
         .in_office = TT(53), .quorum = TT(27)},
        {.in = "En exercice : 15\nLe quorum étant atteint, la séance est ouverte.\n"
               "Présents : M. Jean DUPONT.\n",
         .in_office = TT(15), .quorum = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Quorum atteint : 6 membres présents sur 7." (a bureau's relevé): 6
   present, 7 in office; not "sur" then a word, nor a smaller number */
static void test_present_sur_in_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Membres du bureau présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Quorum atteint : 6 membres présents sur 7.\n",
         .in_office = TT(7), .present_count = TT(6)},
        {.in = "Quorum atteint : 6 membres présents sur la liste.\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(6)},
        {.in = "Quorum atteint : 6 membres présents sur 2 sites.\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(6)},
        /* a board's member noun between the count and "présents" */
        {.in = "Le quorum étant atteint (7 administrateurs présents sur 11), le conseil\n"
               "peut valablement délibérer.\n",
         .in_office = TT(11), .present_count = TT(7)},
        {.in = "Le quorum étant atteint (7 administratrices présentes), le conseil délibère.\n",
         .present_count = TT(7)},
        /* (another noun: no count) */
        {.in = "Le quorum étant atteint (7 usagers présents sur 11), le conseil délibère.\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a number ending the line above a label is not its count ("... n° 1"
   then "Membres en exercice : 23"); "33 conseillers en exercice" is */
static void test_count_not_from_line_above(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Objet : Décision modificative n° 1\n\n"
               "Membres en exercice : 23      Présents : 17      Votants : 19\n",
         .in_office = TT(23),
         .present_count = TT(17)},
        {.in = "Le conseil, 33 conseillers en exercice, s'est réuni.\n",
         .in_office = TT(33)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: the colon after a count label read as a dash ("Membres en
   exercice - 23 - Présents : 18", "… - 19" at the line end); not a word
   ("- Liste"), a year ("- 2025") or a date ("- 12 juin") after it */
static void test_ocr_dash_for_count_colon(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "Membres en exercice - 23 - Présents : 18 -Représentés : 3 — Votants : 21\n",
         .in_office = TT(23), .present_count = TT(18), .represented = TT(3), .voting = TT(21)},
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Nombre de conseillers en exercice - 19\n"
               "Présents – 15 – Votants : 17\n",
         .in_office = TT(19), .present_count = TT(15), .voting = TT(17)},
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Membres en exercice - Liste jointe en annexe\n"
               "Conseillers en exercice - 2025\n"
               "Membres du conseil d'administration - 12 juin 2025\n",
         .in_office = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "présents ou suppléés : 15" is the present count; "Participaient à
   titre consultatif :" lists advisory members */
static void test_substituted_and_consultative(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Membres de la commission (un délégué par commune) : 9\n"
               "Présents : 7 – Représenté : 1 – Absent : 1\n",
         .in_office = TT(9),
         .present_count = TT(7)},
        {.in = "Délégués en exercice : 20\n"
               "Délégués présents ou suppléés : 15 – Pouvoirs : 3 – Votants : 18\n",
         .in_office = TT(20),
         .present_count = TT(15),
         .voting = TT(18)},
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Participaient à titre consultatif : M. Paul GIRARD, directeur ; Mme Léa NOEL, comptable.\n",
         .n_present = TT(2),
         .present = {"DUPONT", "MARTIN"},
         .n_advisory_present = TT(2)},
        /* "Membre représenté : X, pouvoir à Y": X gave a proxy, X is not
           present */
        {.in = "Présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Membre représenté : M. Luc BERNARD (Vauclair), pouvoir à\n"
               "M. Jean DUPONT\n"
               "Membre absent : Mme Rose PETIT (Montclar)\n",
         .n_present = TT(2),
         .n_proxies = TT(1),
         .proxy_from = {"BERNARD"},
         .proxy_to = {"DUPONT"},
         .n_absent = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static void test_counts_in_words(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 3 mai 2024 : dix-neuf conseillers en exercice.\n"
               "Présents : M. Jean DUPONT.\n",
         .in_office = TT(19)},
        {.in = "Le conseil municipal, composé de vingt-trois membres, s'est réuni.\n"
               "Présents : M. Jean DUPONT.\n",
         .in_office = TT(23)},
        {.in = "Vingt et un conseillers en exercice ; présents : M. Jean DUPONT.\n",
         .in_office = TT(21)},
        /* a committee's members are not the members in office */
        {.in = "Présents : M. Jean DUPONT.\n"
               "Le conseil DÉCIDE de créer une commission composée de cinq membres.\n",
         .in_office = TT(EX_NULLNUM)},
        /* a word that is not a number before the label */
        {.in = "Les conseillers en exercice sont convoqués.\nPrésents : M. Jean DUPONT.\n",
         .in_office = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static void test_flattened_counts(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "MEMBRES EN EXERCICE 19 PRESENTS 15 REPRESENTES 2 VOTANTS 17\n"
               "Présents : M. Jean DUPONT.\n",
         .in_office = TT(19), .present_count = TT(15), .represented = TT(2), .voting = TT(17),
         .no_diag = {"attendance.voting_mismatch"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* counts as a table: labels on one line, numbers on the next; or each
   label over its number */
static void test_table_counts(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "En exercice   Présents   Représentés   Votants\n"
               "    19           15           2           17\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(19),
         .present_count = TT(15),
         .represented = TT(2),
         .voting = TT(17),
         .n_present = TT(1)},
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
               "MEMBRES EN EXERCICE\n19\nPRESENTS\n15\nVOTANTS :\n17\n\nÉtaient présents : M. Jean DUPONT.\n",
         .in_office = TT(19),
         .present_count = TT(15),
         .voting = TT(17)},
        /* not a table: as many numbers as labels, but words too; a list below */
        {.in = "En exercice   Présents   Votants\n  19 conseillers, 15 et 17\n"
               "Présents :\nM. Jean DUPONT, M. Paul MARTIN.\n",
         .in_office = TT(EX_NULLNUM),
         .voting = TT(EX_NULLNUM),
         .n_present = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a table of counts with a column that is no count ("afférents") and a
   row header: each label takes the number under it, by column */
static void test_table_counts_by_column(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "  Nombre de membres    afférents    en exercice    présents    représentés    votants\n"
               "                          23           21            17           3             20\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(21),
         .present_count = TT(17),
         .represented = TT(3),
         .voting = TT(20),
         .n_present = TT(1)},
        /* the numbers under no label (not aligned): no count read */
        {.in = "  Nombre de membres    afférents    en exercice    présents    votants\n"
               "23 21 17 3 20\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(EX_NULLNUM),
         .present_count = TT(EX_NULLNUM),
         .voting = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a counts table ruled with "|" and "+----+" rule lines: the rules are
   column separators, the rule lines are skipped; columns that are no
   count (a vote's) are left */
static void test_table_counts_ruled(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "+-------------+----------+-------------+---------+------+--------+\n"
               "| En exercice | Présents | Représentés | Votants | Pour | Contre |\n"
               "+-------------+----------+-------------+---------+------+--------+\n"
               "|     27      |    21    |      4      |   25    |  24  |   1    |\n"
               "+-------------+----------+-------------+---------+------+--------+\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(27),
         .present_count = TT(21),
         .represented = TT(4),
         .voting = TT(25),
         .n_present = TT(1)},
        /* only count columns, no rule line between the rows */
        {.in = "| Membres en exercice | Présents | Votants |\n"
               "|         15          |    12    |   14    |\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(15),
         .present_count = TT(12),
         .voting = TT(14)},
        /* labels cut over the two rows, the colon with the figures
           ("| Membres en | Présents |" / "| exercice : 27 | : 21 |") */
        {.in = "+-------------------+----------+-------------+----------+\n"
               "| Membres en        | Présents | Représentés | Votants  |\n"
               "| exercice : 27     | : 21     | : 3         | : 24     |\n"
               "+-------------------+----------+-------------+----------+\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(27),
         .present_count = TT(21),
         .represented = TT(3),
         .voting = TT(24)},
        /* not a word cell with no colon ("| exercice 27 |"), nor another
           word than "exercice" under "en" */
        {.in = "| Membres en        | Présents |\n"
               "| exercice 27       | 21       |\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(EX_NULLNUM),
         .present_count = TT(EX_NULLNUM)},
        {.in = "| Membres en        | Présents |\n"
               "| fonction : 27     | : 21     |\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(EX_NULLNUM)},
        /* a row of words under the ruled labels: no count */
        {.in = "| En exercice | Présents | Votants |\n"
               "+-------------+----------+---------+\n"
               "| dix-neuf    | quinze   | 17      |\n\n"
               "Étaient présents : M. Jean DUPONT.\n",
         .in_office = TT(EX_NULLNUM),
         .present_count = TT(EX_NULLNUM),
         .voting = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* each consistency check, with its own code and the counts' span */
static void test_count_diagnostics(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "En exercice : 10\nPrésents : 12\nÉtaient présents : M. Jean DUPONT.\n",
         .diag = {"attendance.present_exceeds_office"}, .no_diag = {"attendance.count_mismatch"}},
        {.in = "En exercice : 19\nPrésents : 2\n"
               "Étaient présents : M. Jean DUPONT, M. Paul MARTIN, Mme Anne PETIT.\n",
         .diag = {"attendance.present_list"}},
        {.in = "Pouvoirs : 2\nÉtaient présents : M. Jean DUPONT.\n"
               "M. Luc BLANC a donné pouvoir à M. Jean DUPONT.\n",
         .diag = {"attendance.proxies_list"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
    fx f;
    /* consistent: no diagnostic */
    run(&f, "En exercice : 19\nPrésents : 3\nReprésentés : 1\nVotants : 4\n"
            "Présents : M. Jean DUPONT, M. Paul MARTIN, Mme Anne PETIT.\n"
            "Pouvoirs : M. Luc BLANC à M. Jean DUPONT.\n");
    assert_int_equal(ndiags(&f), 0);
    fx_done(&f);
    run(&f, "En exercice : 19\nPrésents : 15\nReprésentés : 2\nVotants : 18\n");
    assert_true(call_has_diag(&f.c, "attendance.voting_mismatch"));
    ex_span sp = diag_span(&f, "attendance.voting_mismatch");
    assert_span_first(&f.c, sp, "Présents : 15\nReprésentés : 2\nVotants : 18");
    fx_done(&f);
    /* a count with its later value: the list may match either */
    const ex_document *d = run(&f, "En exercice : 19\nPrésents : 2 (3 à partir du point 4)\nVotants : 2 (3 à partir du point 4)\n"
                                   "Étaient présents : M. Jean DUPONT, M. Paul MARTIN, Mme Anne PETIT (arrivée au point 4).\n");
    /* the printed count, not the later one */
    assert_int_equal(d->att.present_count, 2);
    assert_int_equal(d->att.present_later, 3);
    assert_int_equal(d->att.voting_later, 3);
    assert_false(call_has_diag(&f.c, "attendance.present_list"));
    fx_done(&f);
}

/* proxy forms and presence notes */
static void test_proxy_forms_and_notes(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Étaient présents : M. Jean DUPONT, Maire, M. Paul MARTIN, 1er adjoint, Mme Anne PETIT, arrivée au point 4,\n"
               "M. Luc BLANC (jusqu'à la délibération n° 12).\n"
               "Excusés : Mme Claire ROUX (délégation de vote à M. Jean DUPONT).\n"
               "Pouvoirs : procuration de M. Alain LEROY à Mme Anne PETIT ; Mme Julie MOREAU représentée par M. Paul MARTIN.\n"
               "M. le Maire ouvre la séance.\n",
         .n_present = TT(4), .n_excused = TT(1), .n_proxies = TT(3),
         .present_role = {"Maire", "1er adjoint", TT_NULL},
         .present_note = {[2] = "arrivée au point 4", [3] = "jusqu'à la délibération n° 12"},
         .excused = {"ROUX"}, .proxy_from = {[1] = "LEROY", [2] = "MOREAU"},
         .proxy_to = {"DUPONT", "PETIT", "MARTIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a name over two lines of the right column: its text leaves out what
   the left column prints between the two parts */
static void test_column_name_text(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = " votants : 29                Étaient présents : M. Alain GUÉRIN, Président, Mme Brigitte\n"
               " 03/04/2024                  BAUDOUIN, M. Henri-\n"
               "                             Paul MOINARD-DUBOIS.\n",
         .n_present = TT(3), .present = {[1] = "BAUDOUIN"}, .present_given = {[2] = "Henri-Paul"},
         .present_text = {[1] = "Mme Brigitte BAUDOUIN", [2] = "M. Henri-Paul MOINARD-DUBOIS"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a left-column list beside a right column of counts and dates: the
   counts are read, the list leaves the right column out */
static const char left_list[] =
    "sous la présidence de M. Jean-Marie PONSARD, Président.\n"
    "                                                    Nombre de délégués\n"
    "Délégués titulaires présents :                      MEMBRES EN EXERCICE      45\n"
    "M. Jean-Marie PONSARD, Président, Mme Colette       PRESENTS                 38\n"
    "ARNOULD, M. Christian                               REPRESENTES               4\n"
    "BARBIER, M. Jean-                                   VOTANTS                  42\n"
    "Luc DIDIER, Mme Chantal VILLAIN.                    Date de convocation :\n"
    "Délégués excusés : M. Lucien HABERT.                17/06/2024\n"
    "Secrétaire de séance : Mme Chantal VILLAIN.\n";

static void test_left_list_right_counts(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = left_list,
         .in_office = TT(45), .present_count = TT(38), .represented = TT(4), .voting = TT(42),
         .n_present = TT(5), .n_excused = TT(1), .present = {[2] = "BARBIER"},
         .present_given = {[3] = "Jean-Luc"}, .present_role = {"Président"},
         .present_text = {[1] = "Mme Colette ARNOULD", [3] = "M. Jean-Luc DIDIER"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the same layout after OCR: the column gap is gone, the counts sit
   inside the list's lines and are cut out of it */
static const char left_list_ocr[] =
    "présidence de M. Jean-Marie PONSARD, Président.\n\n"
    "Délégués titulaires présents : MEMBRES EN EXERCICE 45\n\n"
    "M. Jean-Marie PONSARD, Président, Mme Colette ARNOULD, PRESENTS 38\n\n"
    "M. Bernard AUBRIOT, M. Christian REPRESENTES 4\n"
    "BARBIER, M. Éric BONNAY, Mme VOTANTS 42\n\n"
    "Nicole BOUCHER, M. Jean- Date de convocation :\n\n"
    "Luc DIDIER, M. Philippe Date d'affichage : 17/06/2024\n"
    "GOBILLOT.\n"
    "Délégués excusés : M. Lucien HABERT.\n";

static void test_left_list_counts_flattened(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = left_list_ocr,
         .in_office = TT(45), .present_count = TT(38), .represented = TT(4), .voting = TT(42),
         .n_present = TT(8), .n_excused = TT(1),
         .present = {[1] = "ARNOULD", [3] = "BARBIER", [7] = "GOBILLOT"},
         .present_given = {[3] = "Christian", [5] = "Nicole", [6] = "Jean-Luc", [7] = "Philippe"},
         .present_civility = {[5] = "Mme"}, .present_role = {[1] = TT_NULL},
         .present_text = {[6] = "M. Jean-Luc DIDIER"}},
        /* a count with a colon after a list still ends it */
        {.in = "Étaient présents : M. Jean DUPONT, M. Paul MARTIN. Votants : 14\n"
               "M. Luc BLANC est désigné secrétaire de séance.\n",
         .voting = TT(14), .n_present = TT(2)},
        /* the margin's date label OPENING a line inside the list, the
           wrapped name's family name after it ("M. Yves" / "Date
           d'affichage : BARRAULT, …"): cut out of the name */
        {.in = "Présents : Mme Hélène MARTEL, M. Yves\n"
               "Date d'affichage : BARRAULT, Mme Monique CHAUVIN, M. Didier\n"
               "PELLISSIER.\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(4), .present = {"MARTEL", "BARRAULT", "CHAUVIN", "PELLISSIER"},
         .present_given = {[1] = "Yves"}, .present_text = {[1] = "M. Yves BARRAULT"}},
        /* negative: the label alone on its line with its date after the
           list stays out of it, the list unchanged */
        {.in = "Présents : Mme Hélène MARTEL, M. Yves BARRAULT.\n"
               "Date d'affichage : 26 février 2026\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(2), .present = {"MARTEL", "BARRAULT"}, .present_given = {[1] = "Yves"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* counts in a sentence, in words or digits before their word */
static void test_counts_in_prose(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Sur les vingt-sept conseillers en exercice, vingt-trois étaient présents et trois "
               "représentés, soit\nvingt-six votants.\nPrésents : PERRIN Alain, BOSSU Evelyne.\n",
         .in_office = TT(27),
         .present_count = TT(23),
         .represented = TT(3),
         .voting = TT(26)},
        {.in = "Conseillers : 19 en exercice, 15 présents, 2 représentés, 17 votants.\n"
               "Présents : M. Jean DUPONT.\n",
         .present_count = TT(15),
         .represented = TT(2),
         .voting = TT(17)},
        /* a singular label after a count of one */
        {.in = "Le Conseil, composé de 19 membres en exercice, dont 17 présents et\n"
               "1 représenté, peut ainsi valablement délibérer.\nPrésents : M. Jean DUPONT.\n",
         .in_office = TT(19),
         .present_count = TT(17),
         .represented = TT(1)},
        /* not a count: a feminine participle after "n° 1" */
        {.in = "Présents : M. Jean DUPONT.\nVu la requête n° 1 présentée par M. Paul MARTIN.\n",
         .present_count = TT(EX_NULLNUM)},
        /* not a count: a masculine participle after "n° 1" (an
           amendment's number), nor after "N° 1" */
        {.in = "Présents : M. Jean DUPONT.\nAmendement n° 1 présenté par M. Serge VALAT : porter le tarif à 27 €.\n",
         .present_count = TT(EX_NULLNUM)},
        {.in = "Présents : M. Jean DUPONT.\nAMENDEMENT N° 1 présenté par M. Serge VALAT.\n",
         .present_count = TT(EX_NULLNUM)},
        /* still a count: "1 présent" after a comma */
        {.in = "Conseillers : 3 en exercice, 1 présent, 1 représenté, 2 votants.\nPrésents : M. Jean DUPONT.\n",
         .present_count = TT(1)},
        /* not counts: a year, a number, a singular participle */
        {.in = "Présents : M. Jean DUPONT.\nVU la demande du 2 septembre 2024 présentée par la SARL.\n"
               "Vu la requête n° 123 présentée par M. Paul MARTIN.\n",
         .present_count = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Absents représentés :" and a "Procuration de X à Y." sentence give proxies */
static void test_represented_absents(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Étaient présents : Mme Hélène GAUTIER, M. Daniel ROCHE, Mme Solène MARCHETTI.\n"
               "Absents représentés : Mme Lucienne PASQUIER représentée par M. Daniel ROCHE.\n"
               "Procuration de M. Yannick BRIAND à Mme Solène MARCHETTI.\n"
               "Absente excusée : Mme Josiane MEUNIER.\n",
         .n_proxies = TT(2),
         .n_present = TT(3),
         .n_excused = TT(1),
         .n_absent = TT(0),
         .proxy_from = {[0] = "PASQUIER", [1] = "BRIAND"},
         .proxy_to = {[0] = "ROCHE", [1] = "MARCHETTI"}},
        /* "procuration" in prose is no list */
        {.in = "Étaient présents : M. Jean DUPONT.\n"
               "Procuration est donnée au Maire pour signer les actes.\n",
         .n_proxies = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Représentés :" with names (no count) is a list of proxies; "X par
   Y" is a proxy in such a list (and under "Absents représentés :"), a
   count after "Représentés :" stays a count; "par" in a present list
   makes no proxy */
static void test_represented_list_par(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Membres en exercice : 9 – Présents : 3 – Représentés : 3 – Votants : 6\n"
               "\n"
               "Présents : Mme Claire MORIN, M. Jean DUPONT, Mme Anne MARTIN.\n"
               "\n"
               "Représentés : M. Serge ADAM par Mme Claire MORIN, Mme Christine LEROY par\n"
               "M. Jean DUPONT, M. Karim BENALI par Mme Anne MARTIN.\n"
               "\n"
               "Absents : M. Hervé DURAND.\n",
         .represented = TT(3), .n_present = TT(3), .n_absent = TT(1), .n_proxies = TT(3),
         .proxy_from = {"ADAM", "LEROY"}, .proxy_to = {"MORIN", "DUPONT", "MARTIN"},
         .proxy_span = {[1] = "Mme Christine LEROY par\nM. Jean DUPONT"}},
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Absents représentés : M. Paul GIRARD par Mme Anne MARTIN.\n",
         .n_proxies = TT(1), .proxy_from = {"GIRARD"}, .proxy_to = {"MARTIN"}},
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN par intérim, M. Paul GIRARD.\n",
         .n_present = TT(3), .n_proxies = TT(0)},
        /* "Étaient représentés :" names WITHOUT civility, "X par Y"
           (one pair cut by the line end), proxies only; not a count,
           nor "Étaient représentés : les communes de A et B" (no pair) */
        {.in = "Conseillers en exercice : 9\nPrésents : 3\nReprésentés : 2\n"
               "Étaient présents : Claire MORIN, Jean DUPONT, Anne MARTIN.\n"
               "Étaient représentés : Serge ADAM par Claire MORIN, Christine LEROY par\n"
               "Jean DUPONT.\n"
               "Étaient excusés : Hervé DURAND.\n",
         .represented = TT(2), .n_present = TT(3), .n_excused = TT(1), .n_proxies = TT(2),
         .proxy_from = {"ADAM", "LEROY"}, .proxy_to = {"MORIN", "DUPONT"}},
        {.in = "Étaient présents : Claire MORIN, Jean DUPONT.\n"
               ".… Étaient représentés : Serge ADAM par Claire MORIN.\n",
         .n_present = TT(2), .n_proxies = TT(1), .proxy_from = {"ADAM"}, .proxy_to = {"MORIN"}},
        {.in = "Étaient présents : Claire MORIN, Jean DUPONT.\n"
               "Étaient représentés : les communes de Fabas par convention, Lavelanet.\n",
         .n_present = TT(2), .n_proxies = TT(0)},
        /* OCR put a blank line before "par" (set BN): the pair and the
           list go on; not a blank line then a present list's lower-case
           prose */
        {.in = "Présents : Mme Claire MORIN, M. Jean DUPONT, Mme Anne MARTIN.\n"
               "\n"
               "Représentés : M. Serge ADAM par Mme Claire MORIN, Mme Maud LEROY\n"
               "\n"
               "par M. Jean DUPONT, M. Karim BENALI par Mme Anne MARTIN.\n"
               "\n"
               "Absents : M. Hervé DURAND.\n",
         .n_present = TT(3), .n_absent = TT(1), .n_proxies = TT(3),
         .proxy_from = {"ADAM", "LEROY", "BENALI"}, .proxy_to = {"MORIN", "DUPONT", "MARTIN"}},
        {.in = "Présents : Mme Claire MORIN, M. Jean DUPONT\n"
               "\n"
               "par délégation du conseil.\n",
         .n_present = TT(2), .n_proxies = TT(0)},
        /* the member's noun before it: "Administrateur représenté :" */
        {.in = "Administrateurs présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Administratrice représentée : Mme Rose LENOIR (pouvoir à M. Jean DUPONT).\n",
         .n_present = TT(2), .n_proxies = TT(1), .proxy_from = {"LENOIR"}, .proxy_to = {"DUPONT"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* label words misread by OCR: "dant donné" for "ayant donné" */
static void test_ocr_label_word(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Excusé(s) dant donné délégation de vote : M. Franck AUBERTIN (délégation de "
               "vote à M. Jean DUPONT), Mme Lucie BERNARD (délégation de vote à Mme Anne "
               "MARTIN).\n",
         .n_present = TT(2),
         .n_excused = TT(2),
         .n_proxies = TT(2),
         .excused = {[0] = "AUBERTIN"}},
        /* negative: prose with "donné" after another word is no label */
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Le maire a donné lecture du rapport de M. Paul DURAND.\n",
         .n_present = TT(2),
         .n_excused = TT(0),
         .n_proxies = TT(0)},
        /* a sentence ending in "membres présents." then OCR specks and a
           colon: no list of the heading that follows */
        {.in = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Adopté à l'unanimité des membres présents. : -\n"
               "3, DÉLIBÉRATION N° 2024-033 — AVANCE REMBOURSABLE À LA SPL\n",
         .n_present = TT(2)},
        /* positive: a label with a speck before its colon at a line start */
        {.in = "Étaient présents. : M. Jean DUPONT, Mme Anne MARTIN.\n",
         .n_present = TT(2)},
        /* a brace for the closing bracket of "(e)": "Absent(e}s :" */
        {.in = "Présent(e)s : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Absent(e}s : M. Fred MOUNIEN, Mme Josette DAMBURY.\n",
         .n_present = TT(2),
         .n_absent = TT(2)},
        /* negative: a brace elsewhere is no mark */
        {.in = "Présent(e)s : M. Jean DUPONT, Mme Anne MARTIN.\n"
               "Absent}s : M. Fred MOUNIEN, Mme Josette DAMBURY.\n",
         .n_present = TT(2),
         .n_absent = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Présents (3) :": a count in brackets between a list label and its
   colon is the count, and the list follows */
static void test_count_in_brackets(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-12\n"
               "Présents (3) : M. Paul MARTIN, Mme Anne PETIT, M. Luc ROUX\n"
               "Pouvoirs (1) : Mme Léa MOREL à M. Paul MARTIN\n"
               "Absent (1) : M. Marc BLANC\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le projet est approuvé.\n",
         .n_present = TT(3),
         .present_count = TT(3),
         .represented = TT(1),
         .n_proxies = TT(1),
         .n_absent = TT(1),
         .present = {[2] = "ROUX"},
         .absent = {[0] = "BLANC"},
         .proxy_from = {[0] = "MOREL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table: header of column labels, one row per member with a
   mark under its column, the holder's name in the proxy column */
static void test_roll_call_table(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Nom Prénom              Présent    Excusé    Absent    Pouvoir à\n"
               "MARTIN Paul               X\n"
               "PETIT Anne                x\n"
               "MOREL Léa                            X                 MARTIN Paul\n"
               "BLANC Marc                                     X\n"
               "ROUX Luc                                       X       PETIT Anne\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN"}, .present_given = {"Paul"}, .excused = {"MOREL"},
         .absent = {"BLANC"}, .present_span = {[1] = "PETIT Anne"}, .proxy_from = {"MOREL", "ROUX"},
         .proxy_to = {"MARTIN", "PETIT"}},
        /* two name columns "Nom   Prénom" (the family name first, no
           civility), blanks aligned as a PDF export prints them */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Nom         Prénom      Présent   Excusé   Pouvoir à\n"
               "MARTIN      Paul        X\n"
               "PETIT       Anne-Lise   X\n"
               "MOREL       Léa                   X        Paul MARTIN\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_absent = TT(0), .n_proxies = TT(1),
         .present = {"MARTIN", "PETIT"}, .present_given = {"Paul", "Anne-Lise"},
         .present_text = {"MARTIN Paul"}, .present_span = {"MARTIN      Paul"}, .excused = {"MOREL"},
         .proxy_from = {"MOREL"}, .proxy_to = {"MARTIN"}, .proxy_to_given = {"Paul"}},
        /* the given name's column first: "Prénom   Nom" */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Prénom      Nom         Présent   Absent\n"
               "Paul        MARTIN      X\n"
               "Léa         MOREL                 X\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(1), .n_absent = TT(1), .present = {"MARTIN"}, .present_given = {"Paul"},
         .present_text = {"Paul MARTIN"}, .absent = {"MOREL"}},
        /* no second name column ("Nom   Nom", "Nom   Service"): no table */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Nom         Nom         Présent   Excusé\n"
               "MARTIN      Paul        X\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(0), .n_excused = TT(0)},
        /* the second cell no given name ("12 rue"): the row is no member */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Nom         Prénom      Présent   Excusé\n"
               "MARTIN      12 rue      X\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(0), .n_excused = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table followed by a "Pouvoir : X à Y" line of its own:
   the table is still read, the member the line names is a proxy only
   (no absent), his row's holder no second proxy */
static void test_roll_call_then_proxy_line(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Nom Prénom              Présent    Excusé    Absent    Pouvoir à\n"
               "MARTIN Paul               X\n"
               "PETIT Anne                x\n"
               "MOREL Léa                            X\n"
               "BLANC Marc                                     X\n"
               "ROUX Luc                                       X       PETIT Anne\n"
               "\n"
               "Pouvoir : M. Luc ROUX à Mme Anne PETIT.\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(2),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MARTIN"},
         .excused = {[0] = "MOREL"},
         .absent = {[0] = "BLANC"},
         .proxy_from = {[0] = "ROUX"},
         .proxy_to = {[0] = "PETIT"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table whose presence column holds a word per row: the
   plain "name | presence" form */
static void test_roll_call_presence_words(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "Conseiller                  Présence\n"
               "M. Paul MARTIN              Présent\n"
               "Mme Anne PETIT              Présente\n"
               "Mme Léa MOREL               Excusée\n"
               "M. Marc BLANC               Absent\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(2),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .present = {[0] = "MARTIN", [1] = "PETIT"},
         .excused = {[0] = "MOREL"},
         .absent = {[0] = "BLANC"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a "Situation" column after a weights column and the members'
   collectivity ("Membre / secteur"), the header underlined; a cell on
   two lines names the substitute ("excusé, suppléé par" / "Mme X": X
   present, the member excused) or the proxy's holder */
static void test_roll_call_situation(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "COMITÉ SYNDICAL\nDélibération n° 2026-033\n"
               "\n"
               " Membre / secteur          Voix  Délégué titulaire          Situation\n"
               " ------------------------  ----  -------------------------  ---------------------\n"
               " Secteur de Bourganeuf        4  M. Hervé MOUTARDE          présent\n"
               "                              4  Mme Lucie FAYE             présente\n"
               " Secteur de Chénérailles      4  M. Alain TIXIER            excusé, suppléé par\n"
               "                                                            Mme Claire BOUDET\n"
               " Secteur d'Évaux              4  Mme Nadine LAGRANGE        pouvoir à\n"
               "                                                            M. Hervé MOUTARDE\n"
               " Secteur de Felletin          4  M. Karim BELKACEM          absent\n"
               " ------------------------  ----\n"
               " TOTAL                       20\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(3),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MOUTARDE", [1] = "FAYE", [2] = "BOUDET"},
         .excused = {"TIXIER"},
         .absent = {"BELKACEM"},
         .proxy_from = {[0] = "LAGRANGE"},
         .proxy_to = {[0] = "MOUTARDE"}},
        /* negative: "suppléé par" without "excusé": the member in no list */
        {.in = "COMITÉ SYNDICAL\nDélibération n° 2026-033\n"
               "\n"
               " Membre / secteur          Voix  Délégué titulaire          Situation\n"
               " Secteur de Bourganeuf        4  M. Hervé MOUTARDE          présent\n"
               " Secteur de Chénérailles      4  M. Alain TIXIER            suppléé par\n"
               "                                                            Mme Claire BOUDET\n"
               " Secteur de Felletin          4  M. Louis PERRIN            présent\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(3),
         .n_excused = TT(0),
         .present = {[0] = "MOUTARDE", [1] = "BOUDET", [2] = "PERRIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the presence column's label in capitals, blanks and a tab after it
   (the header is told by its last cell: the line's trailing blanks are
   no cell) */
static void test_roll_call_presence_header_tail(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 3 MAI 2024\n"
               "\n"
               "NOM                         PRÉSENCE  \t \n"
               "M. Paul MARTIN              Présent\n"
               "Mme Léa MOREL               Excusée\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(1), .n_excused = TT(1), .present = {"MARTIN"}, .excused = {"MOREL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* titular and substitute columns, a collectivity column, the presence
   a code explained by a legend under the table: the sitting substitute
   is present, the member who gave a proxy only in the proxy line */
static void test_roll_call_presence_codes(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "Commune          Titulaire            Suppléant            Présence\n"
               "Aval             M. Paul MARTIN       Mme Rose NOËL        Tit.\n"
               "Amont            Mme Anne PETIT       M. Jean VIDAL        Sup.\n"
               "Les Coteaux      Mme Léa MOREL        M. Henri FAURE       E\n"
               "Le Val           M. Marc BLANC        Mme Iris GARNIER     Abs.\n"
               "La Plaine        M. Luc ROUX          M. Noé SIMON         Pv\n"
               "\n"
               "Légende : Tit. = titulaire présent, Sup. = suppléant présent, E = excusé,\n"
               "Abs. = absent, Pv = pouvoir.\n"
               "Pouvoir : M. Luc ROUX à M. Paul MARTIN.\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(2),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MARTIN", [1] = "VIDAL"},
         .excused = {[0] = "MOREL"},
         .absent = {[0] = "BLANC"},
         .proxy_from = {[0] = "ROUX"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a presence-code table ruled with "|" whose last column is "Présent",
   the legend "CODE : meaning" entries between dashes ("T : le titulaire
   siège – S : le suppléant siège"); a ruled "Présent" column of X marks
   beside no other status column is no presence-code table */
static void test_roll_call_status_ruled(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "| Commune     | Titulaire        | Suppléant        | Présent |\n"
               "|-------------|------------------|------------------|---------|\n"
               "| Aval        | M. Paul MARTIN   | Mme Rose NOËL    | T       |\n"
               "| Amont       | Mme Anne PETIT   | M. Jean VIDAL    | S       |\n"
               "| Les Coteaux | Mme Léa MOREL    | M. Henri FAURE   | E       |\n"
               "| Le Val      | M. Marc BLANC    | Mme Iris GARNIER | A       |\n"
               "| La Plaine   | M. Luc ROUX      | M. Noé SIMON     | P       |\n"
               "\n"
               "T : le titulaire siège – S : le suppléant siège – E : excusé – P : a donné\n"
               "pouvoir – A : absent\n"
               "\n"
               "Pouvoir : M. Luc ROUX à M. Paul MARTIN.\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(2),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MARTIN", [1] = "VIDAL"},
         .excused = {[0] = "MOREL"},
         .absent = {[0] = "BLANC"},
         .proxy_from = {[0] = "ROUX"}},
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "| Commune     | Titulaire        | Présent |\n"
               "|-------------|------------------|---------|\n"
               "| Aval        | M. Paul MARTIN   | X       |\n"
               "| Amont       | Mme Anne PETIT   | X       |\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(0),
         .n_excused = TT(0),
         .n_absent = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table ruled with "|": cells cut at the rules, the rule
   line under the header skipped, the collectivity column no part of the
   name, X under Présent / Excusé / Absent, the holder in "Pouvoir à" */
static void test_roll_call_ruled(void **st)
{
    (void)st;
    fx f;
    const ex_document *d = run(&f,
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "Délibération n° 2024-07\n"
        "\n"
        "| Nom               | Collectivité      | Présent | Excusé | Absent | Pouvoir à       |\n"
        "|-------------------|-------------------|---------|--------|--------|-----------------|\n"
        "| M. Paul MARTIN    | Commune de Aval   |    X    |        |        |                 |\n"
        "| Mme Anne PETIT    | CC des Coteaux    |    X    |        |        |                 |\n"
        "| Mme Léa MOREL     | CC des Coteaux    |         |   X    |        | M. Paul MARTIN  |\n"
        "| M. Marc BLANC     | Département       |         |        |   X    |                 |\n"
        "| M. Luc ROUX       | Région            |         |        |   X    | Mme Anne PETIT  |\n"
        "\n"
        "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
        "Article 1 : Le programme est approuvé.\n");
    assert_int_equal(d->att.present.n, 2);
    assert_string_equal(d->att.present.v[0].family, "MARTIN");
    assert_span_first(&f.c, d->att.present.v[1].span, "Mme Anne PETIT");
    assert_int_equal(d->att.excused.n, 1);
    assert_string_equal(d->att.excused.v[0].family, "MOREL");
    assert_int_equal(d->att.absent.n, 1);
    assert_string_equal(d->att.absent.v[0].family, "BLANC");
    assert_int_equal(d->att.proxies.n, 2);
    assert_string_equal(d->att.proxies.v[0].from.family, "MOREL");
    assert_string_equal(d->att.proxies.v[0].to.family, "MARTIN");
    assert_string_equal(d->att.proxies.v[1].from.family, "ROUX");
    assert_span_is(&f.c, d->att.proxies.v[1].to.span, "Mme Anne PETIT");
    fx_done(&f);
}

/* a roll-call table without rules with a commune column between the
   name and the marks: the commune is skipped */
static void test_roll_call_commune_column(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 3 MAI 2024\n"
               "\n"
               "Nom Prénom          Commune           Présent    Excusé    Pouvoir à\n"
               "MARTIN Paul         Aval                X\n"
               "PETIT Anne          Les Coteaux         X\n"
               "MOREL Léa           Les Coteaux                   X        MARTIN Paul\n"
               "\n"
               "Le Conseil communautaire, après en avoir délibéré, APPROUVE le compte rendu.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1), .excused = {"MOREL"},
         .present_span = {[1] = "PETIT Anne"}, .proxy_to = {"MARTIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a list ends where the act's prose starts on the next line, blank line
   or not: the capitals verb of "Le Conseil municipal, ..., DÉCIDE" is
   not a name */
static void test_list_ends_at_prose(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-12\n"
               "Présents : M. Paul MARTIN, Mme Anne PETIT\n"
               "Absent : M. Marc BLANC\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_present = TT(2),
         .n_absent = TT(1),
         .absent = {[0] = "BLANC"}},
        /* an article's heading is no name: "suppléante;" (OCR ';' for
           '.') ending an article's sentence is no label with its list
           below */
        {.in = "ARRÊTÉ MUNICIPAL N° 2024/R/11\n"
               "Le Maire,\n"
               "ARRÊTE\n"
               "ARTICLE 2 – En cas d'absence, M. Paul ARNAL sera remplacé par Mme Anne VIALA,\n"
               "mandataire suppléante;\n"
               "\n"
               "ARTICLE 3- Le montant de l'encaisse est fixé à 1 200 €.\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Administrateurs présents avec voix délibérative :" is the present list */
static void test_present_with_deliberative_voice(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "DÉLIBÉRATION DU CONSEIL D'ADMINISTRATION N° 2024-27\n"
               "Administrateurs présents avec voix délibérative : M. Paul MARTIN, Mme Anne PETIT\n"
               "Présents avec voix consultative : M. Luc ROUX, directeur général\n"
               "\n"
               "Le Conseil d'administration, après en avoir délibéré, APPROUVE le budget.\n",
         .n_present = TT(2), .n_advisory_present = TT(1), .present = {[1] = "PETIT"},
         .adv_present = {"ROUX"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR "Pros." for "Présents :" opening its line, then a civility: the
   present list; not inside a line, nor without a civility after it */
static void test_present_ocr_pros(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 OCTOBRE 2024\n"
               ". Pros. Mme Véronique BRÉMAUD, M. Thierry GUILLOTEAU, Mme Karine ROBIN,\n"
               "M. Jean-Marc DAVIAUD.\n"
               "Excusés : M. Paul ROUX.\n",
         .n_present = TT(4), .present = {[0] = "BRÉMAUD", [3] = "DAVIAUD"}},
        /* not inside a line, nor without a civility after it */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 OCTOBRE 2024\n"
               "Les avis sont partagés, pros. M. Jean DUPONT, M. Paul ROUX.\n",
         .n_present = TT(0)},
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 OCTOBRE 2024\n"
               "Pros. et cons. M. Jean DUPONT, M. Paul ROUX.\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a table of lists flattened side by side: column headers without colon
   ("TITULAIRES PRÉSENTS   SUPPLÉANTS   POUVOIRS"), each column read as its
   header's list by the header cells' columns; a pouvoir on two lines of
   its column ("X (commune)" / "à Y") */
static void test_list_table_columns(void **st)
{
    (void)st;
    static const att_row rows[] = {
        /* the first column, then the second */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n"
               "\n"
               "Délégués en exercice : 9 – Présents : 5 – Pouvoirs : 2 – Votants : 7\n"
               "\n"
               "TITULAIRES PRÉSENTS              SUPPLÉANTS                  POUVOIRS\n"
               "M. Paul MARTIN (Aulnay)          Mme Léa MOREL (Brion)       Mme Anne PETIT (Aulnay)\n"
               "Mme Rose DUPRÉ (Aulnay)                                      à M. Paul MARTIN\n"
               "M. Luc ROUX (Cerny)                                          M. Marc BLANC (Dorat)\n"
               "M. Yves SIMON (Dorat)                                        à Mme Rose DUPRÉ\n"
               "\n"
               "Absents : M. Jean LEROY (Cerny).\n"
               "\n"
               "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .present_count = TT(5), .represented = TT(2), .n_present = TT(5), .n_absent = TT(1),
         .n_proxies = TT(2),
         .present = {[0] = "MARTIN", [1] = "DUPRÉ", [3] = "SIMON", [4] = "MOREL"},
         .absent = {"LEROY"}, .present_span = {"M. Paul MARTIN"}, .proxy_from = {"PETIT", "BLANC"},
         .proxy_to = {"MARTIN", "DUPRÉ"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table of X marks whose column gaps OCR lost ("NOM
   Prénom Présent Absent Pouvoir à"): read only where the counts make it
   certain - the rows before the first holder's row (a speck for a mark:
   "5,6") present when as many as "Présents : N", the holders' rows
   proxies, the rows after them absent (the one other status column)
   when the table is as long as the members in office; else nothing;
   the holders' cells in a block of their own after the rows: the
   present rows alone */
static void test_roll_call_marks_flattened(void **st)
{
    (void)st;
#define FM_ROWS "NOM Prénom Présent Absent Pouvoir à\n" \
                "MARTIN Paul X\n\nPETIT Anne X\n\nMOREL Luc x\nROUX Léa 5,6\n\n" \
                "BLANC Marc X MARTIN Paul\nNOIR Ève X PETIT Anne\n" \
                "VIDAL Yves X\n\nFAURE Rose X\n\n" \
                "Secrétaire de séance : Mme Anne PETIT\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n"
#define FM_HEAD "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2024-31\n\n"
    static const att_row rows[] = {
        {.in = FM_HEAD "Membres en exercice : 8 Présents : 4 Pouvoirs : 2 Votants : 6\n\n" FM_ROWS,
         .n_present = TT(4), .n_absent = TT(2), .n_excused = TT(0), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT", "MOREL", "ROUX"}, .absent = {"VIDAL", "FAURE"},
         .proxy_from = {"BLANC", "NOIR"}, .proxy_to = {"MARTIN", "PETIT"}},
        /* no members in office printed: the rows after the holders' in
           no list */
        {.in = FM_HEAD "Présents : 4 Pouvoirs : 2 Votants : 6\n\n" FM_ROWS,
         .n_present = TT(4), .n_absent = TT(0), .n_proxies = TT(2)},
        /* the counts disagree: nothing */
        {.in = FM_HEAD "Membres en exercice : 8 Présents : 5 Pouvoirs : 2 Votants : 7\n\n" FM_ROWS,
         .n_present = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        {.in = FM_HEAD "Membres en exercice : 8 Présents : 4 Pouvoirs : 3 Votants : 7\n\n" FM_ROWS,
         .n_present = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        /* no count of the present: nothing */
        {.in = FM_HEAD FM_ROWS, .n_present = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        /* the header's words in brackets ("Présent(e)"); three status
           columns: the rows after the holders' in no list (absent or
           excused: not known) */
        {.in = FM_HEAD "Membres en exercice : 8 Présents : 4 Pouvoirs : 2 Votants : 6\n\n"
               "Nom Prénom(s) Présent(e) Excusé(e) Absent(e) Pouvoir donné à\n"
               "MARTIN Paul X\nPETIT Anne X\nMOREL Luc x\nROUX Léa X\n"
               "BLANC Marc X MARTIN Paul\nNOIR Ève X PETIT Anne\nVIDAL Yves X\nFAURE Rose X\n\n"
               "Secrétaire de séance : Mme Anne PETIT\n",
         .n_present = TT(4), .n_absent = TT(0), .n_excused = TT(0), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT", "MOREL", "ROUX"}, .proxy_from = {"BLANC", "NOIR"}},
        /* the holders' cells in a block of their own after the rows (OCR):
           the present rows only */
        {.in = FM_HEAD "Membres en exercice : 8 Présents : 4 Pouvoirs : 2 Votants : 6\n\n"
               "NOM Prénom Présent Absent Pouvoir à\n"
               "MARTIN Paul X\nPETIT Anne X\nMOREL Luc x\nROUX Léa X\n\n"
               "BLANC Marc\nNOIR Ève\n\nX MARTIN Paul\nX PETIT Anne\n\nVIDAL Yves X\nFAURE Rose X\n\n"
               "Secrétaire de séance : Mme Anne PETIT\n",
         .n_present = TT(4), .n_absent = TT(0), .n_proxies = TT(0),
         .present = {"MARTIN", "PETIT", "MOREL", "ROUX"}},
    };
#undef FM_ROWS
#undef FM_HEAD
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* two lists side by side whose column gap OCR lost ("Présents :
   Excusés / Pouvoirs :" on one line): a row of two persons is split at
   the second civility (not one after "à"), a row of one person is the
   left list's unless it closes the right column's bracket, a label
   after a row's person ("Mme C ROUX Absent :") opens a new right list;
   read only when the present count agrees (else as before: no present
   list), when a row has two persons, and none after a comma */
static void test_two_lists_flattened(void **st)
{
    (void)st;
#define TL_HEAD "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n" \
                "Présents : Excusés / Pouvoirs :\n\n" \
                "Mme Anne FABRE M. Paul BRUN (pouvoir à\n" \
                "M. Luc CAUSSE Mme Anne FABRE)\n\n" \
                "Mme Rose DELTOUR Mme Nina VIDAL (pouvoir à\n" \
                "Mme Rose DELTOUR)\n" \
                "M. Marc GINESTE M. Hugo ROQUES\n\n" \
                "M. Jean CAYROU\n" \
                "Mme Lise MAZARS Absent :\n\n" \
                "M. Yves NOUGIER M. Rémi TRÉMOLET\n" \
                "Mme Eva PUECH\n\n"
#define TL_TAIL "\nSecrétaire de séance : Mme Rose DELTOUR\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n"
    static const att_row rows[] = {
        {.in = TL_HEAD "Conseillers en exercice : 12 – Présents : 8 – Représentés : 2 – Votants : 10\n" TL_TAIL,
         .n_present = TT(8), .n_excused = TT(3), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"FABRE", "CAUSSE", "DELTOUR", "GINESTE", "CAYROU", "MAZARS", "NOUGIER", "PUECH"},
         .excused = {"BRUN", "VIDAL", "ROQUES"}, .absent = {"TRÉMOLET"},
         .proxy_from = {"BRUN", "VIDAL"}, .proxy_to = {"FABRE", "DELTOUR"}},
        /* a right column of proxies "X à Y" (the holder after "à" opens
           no column) */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Étaient présents : Pouvoirs :\n\n"
               "Mme Anne FABRE M. Paul BRUN à Mme Anne FABRE\n"
               "M. Luc CAUSSE Mme Nina VIDAL à M. Luc CAUSSE\n\n"
               "Mme Rose DELTOUR\nM. Marc GINESTE\n\n"
               "Présents : 4 – Représentés : 2 – Votants : 6\n" TL_TAIL,
         .n_present = TT(4), .n_excused = TT(0), .n_proxies = TT(2),
         .present = {"FABRE", "CAUSSE", "DELTOUR", "GINESTE"}, .proxy_from = {"BRUN", "VIDAL"},
         .proxy_to = {"FABRE", "CAUSSE"}},
        /* OCR specks after the header's second label */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Excusés / Pouvoirs : Fe : :\n"
               "Mme Anne FABRE M. Paul BRUN (pouvoir à\n"
               "M. Luc CAUSSE Mme Anne FABRE)\n"
               "Mme Rose DELTOUR M. Hugo ROQUES\n\n"
               "Conseillers en exercice : 5 – Présents : 3 – Représentés : 1 – Votants : 4\n" TL_TAIL,
         .n_present = TT(3), .n_excused = TT(2), .n_proxies = TT(1),
         .present = {"FABRE", "CAUSSE", "DELTOUR"}, .excused = {"BRUN", "ROQUES"}},
        /* the counts disagree: read as before (no present list) */
        {.in = TL_HEAD "Conseillers en exercice : 12 – Présents : 9 – Représentés : 2 – Votants : 11\n" TL_TAIL,
         .n_present = TT(0)},
        /* no row of two persons: not read so (the proxy's holder after
           "à" opens no second person) */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Excusés :\n"
               "Mme Anne FABRE\n"
               "M. Paul BRUN à Mme Anne FABRE\n" TL_TAIL,
         .n_present = TT(0)},
        /* a civility after a comma: a list in one cell, not read so */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Excusés :\n"
               "Mme Anne FABRE, M. Paul BRUN\n"
               "M. Luc CAUSSE Mme Rose DELTOUR\n" TL_TAIL,
         .n_present = TT(0)},
        /* OCR: a civility misread ("Mmé", "Mnie": the row's second
           person, the bracket's close), debris ".," after a name (no
           list in one cell), "pouvoirà" (the blank lost) */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : : Excusés / Pouvoirs :\n\n"
               "Mme Anne FABRE . + M. Paul BRUN (pouvoirà *\n"
               "M. Luc CAUSSE . . . Mmé Anne FABRE) :\n"
               "Mme Rose DELTOUR., Mnie Nina VIDAL (pouvoir à\n"
               "M. Luc CAUSSE)\n"
               "M. Marc GINESTE\n\n"
               "Conseillers en exercice : 6 – Présents : 4 – Représentés : 2 – Votants : 6\n" TL_TAIL,
         .n_present = TT(4), .n_excused = TT(2), .n_proxies = TT(2),
         .present = {"FABRE", "CAUSSE", "DELTOUR", "GINESTE"}, .excused = {"BRUN", "VIDAL"},
         .proxy_from = {"BRUN", "VIDAL"}, .proxy_to = {"FABRE", "CAUSSE"}},
        /* a comma after a letter still makes a list in one cell */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Excusés :\n"
               "Mme Anne FABRE ., M. Paul BRUN\n"
               "M. Luc CAUSSE, Mnie Rose DELTOUR\n" TL_TAIL,
         .n_present = TT(0)},
        /* the secretary's label in the right column ("Mme C ROUX
           Secrétaire de séance :"): the right part of the row under it
           is the secretary, the left part still present; the right
           column's absent list goes on before it */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Absents excusés ayant donné pouvoir :\n\n"
               "M. Paul BRUN Mme Anne FABRE à M. Paul BRUN\n"
               "Mme Lise NOEL M. Luc CAUSSE à Mme Lise NOEL\n"
               "M. Marc GINESTE\n\n"
               "Mme Rose DELTOUR Absents :\n\n"
               "M. Hugo ROQUES Mme Nina VIDAL\n\n"
               "Mme Eva PUECH Secrétaire de séance :\n\n"
               "M. Jean CAYROU Mme Eva PUECH\n\n"
               "Mme Rita SALLES\n\n"
               "Conseillers en exercice : 11 – Présents : 8 – Votants : 10\n"
               "\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(8), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"BRUN", "NOEL", "GINESTE", "DELTOUR", "ROQUES", "PUECH", "CAYROU", "SALLES"},
         .excused = {"FABRE", "CAUSSE"}, .absent = {"VIDAL"},
         .proxy_from = {"FABRE", "CAUSSE"}, .proxy_to = {"BRUN", "NOEL"},
         .secretary = TT(1), .sec_family = "PUECH", .sec_given = "Eva"},
        /* the same, the name under the secretary's label on the next
           line with no blank line between: the right part still */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Absents excusés ayant donné pouvoir :\n"
               "M. Paul BRUN Mme Anne FABRE à M. Paul BRUN\n"
               "Mme Eva PUECH Secrétaire de séance :\n"
               "M. Jean CAYROU Mme Eva PUECH\n"
               "\nConseillers en exercice : 4 – Présents : 3 – Votants : 4\n"
               "\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(3), .n_excused = TT(1), .n_proxies = TT(1),
         .present = {"BRUN", "PUECH", "CAYROU"}, .excused = {"FABRE"},
         .secretary = TT(1), .sec_family = "PUECH", .sec_given = "Eva"},
        /* the secretary's name after its label on the row */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents : Absents excusés ayant donné pouvoir :\n"
               "M. Paul BRUN Mme Anne FABRE à M. Paul BRUN\n"
               "Mme Eva PUECH Secrétaire de séance : Mme Rita SALLES\n"
               "M. Jean CAYROU\nMme Rita SALLES\n"
               "\nConseillers en exercice : 5 – Présents : 4 – Votants : 5\n"
               "\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(4), .n_excused = TT(1), .n_proxies = TT(1),
         .present = {"BRUN", "PUECH", "CAYROU", "SALLES"}, .excused = {"FABRE"},
         .secretary = TT(1), .sec_family = "SALLES", .sec_given = "Rita"},
        /* negative: a one-column list whose person is followed by a
           proxy "à M. X" on its line stays one proxy (no split there) */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-04\n\n"
               "Présents :\n"
               "M. Paul BRUN\n"
               "Mme Lise NOEL\n\n"
               "Absents excusés ayant donné pouvoir :\n"
               "Mme Anne FABRE à M. Paul BRUN\n\n"
               "Secrétaire de séance :\n"
               "Mme Lise NOEL\n"
               "\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1),
         .present = {"BRUN", "NOEL"}, .excused = {"FABRE"},
         .proxy_from = {"FABRE"}, .proxy_to = {"BRUN"},
         .secretary = TT(1), .sec_family = "NOEL"},
    };
#undef TL_HEAD
#undef TL_TAIL
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the same table after OCR joined its cells with one blank and wrapped
   its rows: a row starts at a line opening with a civility; its persons
   are present but for a pouvoir, the giver last in its row, "à Y" in the
   next row; specks around the header's cells; a row with more persons
   than columns reads nothing */
static void test_list_table_flattened(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n"
               "\n"
               "Délégués en exercice : 9 – Présents : 5 – Pouvoirs : 2 – Votants : 7\n"
               "\n"
               "TITULAIRES PRÉSENTS SUPPLÉANTS : : POUVOIRS\n"
               "\n"
               "M. Paul MARTIN (Aulnay) Mme Léa MOREL (Brion) Mme\n"
               "Anne PETIT (Aulnay)\n"
               "\n"
               "Mme Rose DUPRÉ (Aulnay) à M.\n"
               "Paul MARTIN\n"
               "M. Luc ROUX (Cerny) M. Marc BLANC\n"
               "(Dorat)\n"
               "\n"
               ". M. Yves SIMON (Dorat) : à Mme Rose\n"
               "DUPRÉ\n"
               "\n"
               "Absents : M. Jean LEROY (Cerny).\n"
               "\n"
               "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_present = TT(5), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "MOREL", "DUPRÉ", "ROUX", "SIMON"},
         .present_span = {"M. Paul MARTIN"}, .proxy_from = {"PETIT", "BLANC"},
         .proxy_to = {"MARTIN", "DUPRÉ"}},
        /* poor scans: blank lines inside cells ("Mme" + "Anne", "à Mme
       Rose" + "DUPRÉ", a place alone), a full stop among the specks of a
       cell, "àM." and "M.Luc" glued */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n"
               "\n"
               "* TITULAIRES PRÉSENTS : -SUPPLÉANTS. “ POUVOIRS\n"
               "M. Paul MARTIN (Aulnay) - M. Hugo MOREL (Brion) Mme\n"
               "\n"
               ": Anne PETIT (Aulnay) :\n"
               "Mme Rose DUPRÉ (Aulnay). ; : àM.\n"
               "Paul MARTIN\n"
               "M.Luc ROUX (Cerny) * M. Marc BLANC\n"
               "\n"
               ". (Dorat) . :\n"
               ". M. Yves SIMON (Dorat) : à Mme Rose\n"
               "\n"
               ": DUPRÉ :\n"
               "\n"
               "Absents : M. Jean LEROY (Cerny).\n",
         .n_present = TT(5), .n_proxies = TT(2), .present = {[3] = "ROUX"},
         .proxy_from = {"PETIT", "BLANC"}, .proxy_to = {"MARTIN", "DUPRÉ"}},
        /* four persons in a row of a three-column table: not this shape */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n"
               "\n"
               "TITULAIRES PRÉSENTS SUPPLÉANTS POUVOIRS\n"
               "M. Paul MARTIN Mme Léa MOREL Mme Anne PETIT M. Luc ROUX\n"
               "Mme Rose DUPRÉ à M. Paul MARTIN\n"
               "\n"
               "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_present = TT(0), .n_proxies = TT(0)},
        /* "PRÉSENTS EXCUSÉS ABSENTS" flattened: lists side by side, each
       filled from the top, a row's persons fill its columns from the
       left (OCR blank lines between the rows) */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "PRÉSENTS EXCUSÉS ABSENTS\n"
               "\n"
               "M. Paul MARTIN Mme Léa MOREL M. Luc ROUX\n"
               "Mme Anne PETIT M. Marc BLANC\n"
               "\n"
               "Mme Rose DUPRÉ\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_present = TT(3), .n_excused = TT(2), .n_absent = TT(1), .present = {[2] = "DUPRÉ"},
         .excused = {[1] = "BLANC"}, .absent = {"ROUX"}},
        /* a row longer than the one above it: no lists filled from the top */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "PRÉSENTS EXCUSÉS ABSENTS\n"
               "M. Paul MARTIN\n"
               "Mme Anne PETIT M. Marc BLANC\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_excused = TT(0), .n_absent = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a name cut by a spaced dash at a line end (OCR "M. Michel -" + blank
   line + "THIÉRY"): its text keeps the blank after the dash, as its
   span reads ("Jean-" + "Marc" still joins) */
static void test_name_text_spaced_dash(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
               "\n"
               "Étaient présents : Mme Élise VIDAL, M. Michel -\n"
               "\n"
               "THIBAUD, Mme Rose LENOIR, M. Jean-\n"
               "Marc COSTE.\n"
               "\n"
               "Le Conseil municipal, après en avoir délibéré, DÉCIDE d'approuver le projet.\n",
         .n_present = TT(4), .present = {[1] = "THIBAUD"},
         .present_text = {[1] = "M. Michel - THIBAUD", [3] = "M. Jean-Marc COSTE"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the same in mixed case with an excused column, a first column squeezed
   against the next one (one blank) and a line of prose under the table */
static void test_list_table_mixed_case(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL\n"
               "\n"
               "Membres présents          Excusés                Procurations\n"
               "M. Paul MARTIN            Mme Léa MOREL          M. Marc BLANC\n"
               "Mme Anne-Sophie DE LA ROCHE Mme Ida VIDAL        à M. Paul MARTIN\n"
               "M. Luc ROUX\n"
               "Le quorum étant atteint, la séance est ouverte.\n",
         .n_present = TT(3),
         .n_excused = TT(2),
         .n_proxies = TT(1),
         .present = {[1] = "DE LA ROCHE", [2] = "ROUX"},
         .excused = {[0] = "MOREL", [1] = "VIDAL"},
         .proxy_from = {[0] = "BLANC"},
         .proxy_to = {[0] = "MARTIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* Lists grouped by commune ("COMMUNE : M. X, Mme Y ;", one group a
   line, blank lines between them as OCR leaves) or by college ("Membres
   élus : ...", "Membres nommés : ..." after a full stop): the group
   labels are no persons and do not end the list */
static void test_group_labels_in_lists(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "CONSEIL COMMUNAUTAIRE DU 3 MARS 2025\n"
               "Étaient présents :\n"
               "BELLEFONTAINE : M. Yann RIVOAL, Mme Odette KERBRAT ;\n"
               "\n"
               "SAINT-AUBIN-DES-PRÉS : Mme Lise TANGUY ;\n"
               "\n"
               "LE VAL DORÉ : M. Hervé LE GALL.\n"
               "Absents excusés :\n"
               "Membres élus : M. Loïc JAOUEN.\n"
               "Membres désignés : Mme Anne GOURIOU (pouvoir à M. Yann RIVOAL).\n"
               "\n"
               "Le Conseil communautaire, après en avoir délibéré, DÉCIDE d'approuver le rapport.\n",
         .n_present = TT(4),
         .n_excused = TT(2),
         .n_proxies = TT(1),
         .present = {[0] = "RIVOAL", [2] = "TANGUY", [3] = "LE GALL"},
         .excused = {[0] = "JAOUEN", [1] = "GOURIOU"},
         .proxy_to = {[0] = "RIVOAL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "sous la présidence du Colonel X": "du" as "de", the rank left out */
static void test_presidence_du_rank(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "DÉLIBÉRATION N° 2024-07\n\n"
               "Le conseil d'administration s'est réuni le 3 mars 2024 à 10 h, "
               "sous la présidence du Colonel Paul BERTIN.\n"
               "Étaient présents : M. Jean PETIT, Commandant Luc MOREAU.\n",
         .n_present = TT(2), .present_given = {[1] = "Luc"}, .president = TT(1),
         .pres_family = "BERTIN", .pres_given = "Paul", .pres_civility = TT_NULL},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the opening of a séance with one proxy in the list (LEROY to DUPONT) */
#define LEAVING_HEAD                                                         \
    "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 AVRIL 2024\n\n"    \
    "Présents : 3 - Pouvoirs : 1 - Votants : 4\n"                            \
    "Étaient présents : M. Jean DUPONT, Mme Marie MARTIN, M. Paul DURAND.\n" \
    "Absente ayant donné pouvoir : Mme Anne LEROY à M. Jean DUPONT.\n\n"     \
    "1. Budget primitif\n\nLe Conseil municipal APPROUVE le budget.\n"       \
    "Adopté à l'unanimité.\n\n"

/* a member leaving during the séance gives a proxy ("M. X quitte la
   séance à 20 h 15 et donne pouvoir à Mme Y.", "Départ de Mme X, qui
   donne procuration à M. Y"), read after the lists: a list that names the
   same proxy keeps its own entry, and the opening counts are not checked
   against it.  No leaving word, or no named giver: no proxy. */
static void test_leaving_member_proxy(void **st)
{
    (void)st;
    static const att_row rows[] = {
        /* the same proxy printed in the list too: once, the list's */
        {.in = "DÉLIBÉRATION N° 2024-012\n\n"
               "Mme Anne LEROY quitte la séance à 19 h 45 et donne pouvoir à M. Jean DUPONT.\n\n"
               "Présents : M. Jean DUPONT, Mme Marie MARTIN.\n"
               "Pouvoirs : Mme Anne LEROY à M. Jean DUPONT\n\n"
               "Le Conseil municipal DÉCIDE :\nArticle 1 : d'approuver.\n",
         .n_proxies = TT(1), .proxy_span = {"Mme Anne LEROY à M. Jean DUPONT"}},
        /* a proxy repeats another only with the same giver AND the same
           holder (same_proxy()): the member who leaves, comes back and
           leaves again gives two proxies, one a period, both kept */
        {.in = LEAVING_HEAD
         "M. Paul DURAND quitte la séance à 20 h 15 et donne pouvoir à Mme Marie MARTIN.\n\n"
         "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n\n"
         "M. Paul DURAND rejoint la séance à 20 h 40.\n\n"
         "3. Subventions\n\nAdopté à l'unanimité.\n\n"
         "M. Paul DURAND quitte la séance à 21 h 30 et donne pouvoir à M. Jean DUPONT.\n\n"
         "4. Personnel\n\nAdopté par 3 voix pour.\n",
         .n_proxies = TT(3), .proxy_from = {"LEROY", "DURAND", "DURAND"},
         .proxy_to = {"DUPONT", "MARTIN", "DUPONT"}},
        /* two givers to one holder: two proxies (irregular, a member
           holds one proxy at most, but printed so: the second giver is
           no repeat of the first) */
        {.in = LEAVING_HEAD
         "M. Paul DURAND quitte la séance à 20 h 15 et donne pouvoir à M. Jean DUPONT.\n\n"
         "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n",
         .n_proxies = TT(2), .proxy_from = {"LEROY", "DURAND"}, .proxy_to = {"DUPONT", "DUPONT"}},
        /* the sentence wrapped before "pouvoir" (one line break) */
        {.in = LEAVING_HEAD
         "M. Paul DURAND quitte la séance avant le vote du point n° 2 et donne\n"
         "pouvoir à Mme Marie MARTIN.\n\n"
         "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n",
         .n_proxies = TT(2), .proxy_from = {"LEROY", "DURAND"}, .proxy_to = {"DUPONT", "MARTIN"}},
        /* negative: a blank line between (a new paragraph) */
        {.in = LEAVING_HEAD
         "M. Paul DURAND quitte la séance avant le vote du point n° 2 et donne\n\n"
         "pouvoir à Mme Marie MARTIN.\n\n"
         "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n",
         .n_proxies = TT(1), .proxy_from = {"LEROY"}, .proxy_to = {"DUPONT"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
    fx f;
    const char *head = LEAVING_HEAD;
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s", head,
             "M. Paul DURAND quitte la séance à 20 h 15 et donne pouvoir à Mme Marie MARTIN.\n\n"
             "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n");
    const ex_document *d = run(&f, buf);
    assert_int_equal(d->att.proxies.n, 2);
    assert_string_equal(d->att.proxies.v[0].from.family, "LEROY");
    const ex_proxy *p = &d->att.proxies.v[1];
    assert_string_equal(p->from.family, "DURAND");
    assert_null(p->from.note);
    assert_string_equal(p->to.family, "MARTIN");
    assert_string_equal(p->to.given, "Marie");
    assert_span_from_to(&f.c, p->span, "M. Paul DURAND quitte", "Mme Marie MARTIN");
    assert_false(call_has_diag(&f.c, "attendance.proxies_list"));
    fx_done(&f);
    /* OCR: a speck ":" between the hour and "h" (or an hour "20:15")
       is no sentence break */
    snprintf(buf, sizeof buf, "%s%s", head,
             "M. Paul DURAND quitte la séance à 20:h 15 et donne pouvoir à Mme Marie MARTIN.\n\n"
             "2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n");
    d = run(&f, buf);
    assert_int_equal(d->att.proxies.n, 2);
    assert_string_equal(d->att.proxies.v[1].from.family, "DURAND");
    assert_string_equal(d->att.proxies.v[1].to.family, "MARTIN");
    fx_done(&f);
    snprintf(buf, sizeof buf, "%s%s", head, "M. Paul DURAND quitte la séance à 20:15 et donne pouvoir à Mme Marie MARTIN.\n");
    d = run(&f, buf);
    assert_int_equal(d->att.proxies.n, 2);
    assert_string_equal(d->att.proxies.v[1].from.family, "DURAND");
    fx_done(&f);
    snprintf(buf, sizeof buf, "%s%s", head, "Départ de Mme Marie MARTIN à 21 h, qui donne procuration à M. Paul DURAND.\n");
    d = run(&f, buf);
    assert_int_equal(d->att.proxies.n, 2);
    assert_string_equal(d->att.proxies.v[1].from.family, "MARTIN");
    assert_string_equal(d->att.proxies.v[1].to.family, "DURAND");
    fx_done(&f);
    /* no leaving: a delegation, not a proxy; no giver named */
    snprintf(buf, sizeof buf, "%s%s", head,
             "M. Jean DUPONT donne pouvoir à Mme Marie MARTIN pour signer la convention.\n\n"
             "Le Président quitte la séance et donne pouvoir à M. Paul DURAND.\n");
    d = run(&f, buf);
    assert_int_equal(d->att.proxies.n, 1);
    fx_done(&f);
}

/* the nominal departure, no verb: "Départ de Mme X après le point 4,
   pouvoir à M. Y.", "Départ de Mme X, pouvoir à M. Y.", "Départ de Mme X
   après le point 4 (pouvoir à M. Y)." give X -> Y (span from the giver
   to the holder); a comma without "Départ de" opening the sentence
   ("Arrivée de ...", "Au départ de ...", a bare name) gives none */
static void test_leaving_member_nominal(void **st)
{
    (void)st;
    static const struct {
        const char *line;
        bool proxy;
    } rows[] = {
        {"Départ de Mme Marie MARTIN après le point 4, pouvoir à M. Paul DURAND.\n", true},
        {"Départ de Mme Marie MARTIN, pouvoir à M. Paul DURAND.\n", true},
        {"Départ de Mme Marie MARTIN à 21 h 40, pouvoir à M. Paul DURAND.\n", true},
        {"Départ de Mme Marie MARTIN après le point 4 (pouvoir à M. Paul DURAND).\n", true},
        {"Arrivée de Mme Marie MARTIN, pouvoir à M. Paul DURAND.\n", false},
        {"Au départ de Mme Marie MARTIN, pouvoir à M. Paul DURAND.\n", false},
        {"Mme Marie MARTIN, pouvoir à M. Paul DURAND.\n", false},
    };
    const char *head = LEAVING_HEAD;
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        fx f;
        char buf[2048];
        snprintf(buf, sizeof buf, "%s%s\n2. Tarifs\n\nAdopté par 3 voix pour et 1 voix contre.\n", head,
                 rows[k].line);
        const ex_document *d = run(&f, buf);
        assert_int_equal(d->att.proxies.n, rows[k].proxy ? 2 : 1);
        if (rows[k].proxy) {
            const ex_proxy *p = &d->att.proxies.v[1];
            assert_string_equal(p->from.family, "MARTIN");
            assert_string_equal(p->to.family, "DURAND");
            size_t a = view_at(&f.c, "Départ de Mme Marie", 0) + strlen("Départ de ");
            const char *e = strstr(f.c.text.s + a, "M. Paul DURAND");
            assert_non_null(e);
            assert_int_equal(p->span.start, a);
            assert_int_equal(p->span.end, (size_t)(e - f.c.text.s) + strlen("M. Paul DURAND"));
        }
        fx_done(&f);
    }
}

/* "Membres du Bureau : 10", "Nombre de membres du bureau : 10": the
   bureau's members in office; names after the label are no count, and
   "Membres du bureau présents : ..." stays the present list */
static void test_bureau_members_in_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "BUREAU COMMUNAUTAIRE DU 3 FÉVRIER 2025\n"
               "Membres du bureau présents : M. Hervé COLIN, Mme Sarah BRUNET\n"
               "Membres du bureau excusés : M. Noël FABRE\n",
         .in_office = TT(EX_NULLNUM), .n_present = TT(2), .n_excused = TT(1),
         .present = {[1] = "BRUNET"}},
        {.in = "BUREAU COMMUNAUTAIRE DU 3 FÉVRIER 2025\nMembres du Bureau : 12\nPrésents : 9\nVotants : 10\n"
               "Membres présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = TT(12), .present_count = TT(9), .n_present = TT(2)},
        {.in = "BUREAU SYNDICAL DU 3 FÉVRIER 2025\nNombre de membres du bureau : 12\nPrésents : 9\n"
               "Étaient présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = TT(12), .present_count = TT(9), .n_present = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the in-office count under a body's members ("Membres de la commission
   syndicale : 6", "Membres du conseil municipal : 19") and a bare "en
   fonction : 22" (an Alsace-Moselle margin box cut from "Nombre de
   conseillers"); not "Membres de" another group, "en fonction de"
   in prose after a number, nor a body's members before "présents :" */
static void test_body_members_in_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Nombre de conseillers\n\nélus : 23\n\nen fonction : 22\n\nprésents : 16\n\nprocurations : 3\n",
         .in_office = TT(22), .present_count = TT(16), .represented = TT(3)},
        {.in = "Membres de la commission syndicale : 6 – Présents : 4 – Pouvoir : 1 –\nVotants : 5\n",
         .in_office = TT(6), .present_count = TT(4), .represented = TT(1), .voting = TT(5)},
        {.in = "Membres du conseil municipal : 19\nPrésents : 15\n", .in_office = TT(19), .present_count = TT(15)},
        {.in = "Membres du conseil de surveillance : 9\nPrésents : 7\n", .in_office = TT(9), .present_count = TT(7)},
        /* a dot leader or an OCR dash for the colon stays read */
        {.in = "Membres du conseil municipal ........ 19\nPrésents : 15\n", .in_office = TT(19),
         .present_count = TT(15)},
        {.in = "Membres du comité syndical – 20 – Présents : 18\n", .in_office = TT(20), .present_count = TT(18)},
        {.in = "Membres de la chorale : 6\nPrésents : 4\n", .in_office = TT(EX_NULLNUM), .present_count = TT(4)},
        {.in = "Les aides sont réparties entre les 12 en fonction de la surface.\nPrésents : 4\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(4)},
        {.in = "Séance du 3 mars 2025\n"
               "Membres du conseil municipal présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = TT(EX_NULLNUM), .n_present = TT(2), .present = {"COLIN", "BRUNET"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* advisory attendees in one running sentence, words between the verb
   and "sans voix délibérative" ("à la réunion", "à la séance", none);
   not "sans voix délibérative" alone, nor "assistaient à la réunion"
   without "également" or "sans voix" */
static void test_advisory_at_meeting(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Membres présents : M. Aimé CALMELS, Mme Rose BOUSQUET.\n"
               "Assistaient également à la réunion, sans voix délibérative : M. Rémi\n"
               "LACAZE, maire de la commune de rattachement, et Mme Claudine MAUREL,\n"
               "conseillère foncière à la chambre d'agriculture.\n",
         .n_present = TT(2), .n_advisory_present = TT(2), .adv_present = {"LACAZE", "MAUREL"}},
        {.in = "Membres présents : M. Aimé CALMELS, Mme Rose BOUSQUET.\n"
               "Assistaient également à la séance, sans voix délibérative : M. Rémi LACAZE, maire.\n",
         .n_present = TT(2), .n_advisory_present = TT(1), .adv_present = {"LACAZE"}},
        {.in = "Membres présents : M. Aimé CALMELS, Mme Rose BOUSQUET.\n"
               "Assistaient également à la réunion : M. Rémi LACAZE, maire.\n",
         .n_present = TT(2), .n_advisory_present = TT(1), .adv_present = {"LACAZE"}},
        {.in = "Membres présents : M. Aimé CALMELS, Mme Rose BOUSQUET.\n"
               "Sans voix délibérative : M. Rémi LACAZE, Mme Claudine MAUREL.\n",
         .n_present = TT(2), .n_advisory_present = TT(0)},
        {.in = "Membres présents : M. Aimé CALMELS, Mme Rose BOUSQUET.\n"
               "Assistaient à la réunion : M. Rémi LACAZE, maire.\n",
         .n_advisory_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR glue in labels and remarks: "donné.pouvoir" (a full stop read
   for the blank), "(pouvoir: à Y)" inside a person's entry (no
   "Pouvoirs :" label), "Nombre depouvoirs:2" (words glued) */
static void test_ocr_glued_labels(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Membres excusés ayant donné.pouvoir : M. Jean BERNARD (pouvoir à "
               "Mme Anne MARTIN).\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1), .excused = {"BERNARD"}},
        {.in = "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Membres excusés ayant donné pouvoir : M. Jean BERNARD (pouvoir:\n"
               "à Mme Anne MARTIN), Mme Lucie ROBERT (pouvoir à M. Paul DURAND).\n",
         .n_excused = TT(2), .n_proxies = TT(2), .excused = {[1] = "ROBERT"},
         .proxy_from = {"BERNARD"}, .proxy_to = {"MARTIN"}},
        {.in = "Nombre de membres en exercice : 12\n"
               "Nombre depouvoirs:2\n"
               "Nombre de votants : 10\n"
               "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n",
         .represented = TT(2), .voting = TT(10)},
        /* "4Q": Q read for 0 after a digit */
        {.in = "Délégués en exercice : 4Q— Présents : 31 — Votants : 36\n"
               "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n",
         .in_office = TT(40), .present_count = TT(31)},
        /* "voix. délibérative": a full stop after "voix" (OCR) */
        {.in = "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Assistait sans voix. délibérative : Mme Claire PETIT, secrétaire générale.\n",
         .n_advisory_present = TT(1), .adv_present = {"PETIT"}},
        /* "avec-voix": a hyphen OCR read for the blank, specks after the
       colon, the list on the next lines */
        {.in = "Étaient présents avec-voix délibérative: ; : : -\n"
               "Représentants du Département : Mme Anne MARTIN, Présidente, M. Paul DURAND.\n"
               "\n"
               "Excusé : M. Jean PETIT.\n",
         .n_present = TT(2), .present = {[1] = "DURAND"}},
        /* negative: a full stop after a blank ends a sentence, no label */
        {.in = "Membres présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Le rapport est adopté. Pouvoir est donné au maire de signer.\n",
         .n_present = TT(2), .n_excused = TT(0), .n_proxies = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a ruled roll-call table after OCR: a blank line between the rows,
   the rule line read as empty cells, the "X" of the first mark column
   glued to the collectivity cell when the "|" before it is lost (fewer
   cells than the header), a row with an unreadable mark passed over */
static void test_roll_call_ruled_ocr(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "| Nom | Collectivité | Présent | Excusé | Pouvoir à |\n"
               "\n"
               "| | | | | |\n"
               "\n"
               "| M. Paul MARTIN | Commune de Aval FX | | |\n"
               "\n"
               "| Mme Anne PETIT | CC des Coteaux | x | | |\n"
               "| Mme Léa MOREL | CC des Coteaux | | X |M. Paul MARTIN |\n"
               "\n"
               "| M. Marc BLANC | Département | Fe |\n"
               "\n"
               "| M. Luc ROUX | Région le X | |\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(3),
         .n_excused = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MARTIN", [1] = "PETIT", [2] = "ROUX"},
         .excused = {[0] = "MOREL"},
         .proxy_to = {[0] = "MARTIN"}},
        /* negative: a full row with an empty mark cell and a collectivity
           ending in a short word gets no mark */
        {.in = "Délibération n° 2024-08\n"
               "\n"
               "| Nom | Commune | Présent | Excusé |\n"
               "|-----|---------|---------|--------|\n"
               "| M. Paul MARTIN | Eu | X | |\n"
               "| M. Marc BLANC | Saint-Jean de By | | |\n"
               "| Mme Léa MOREL | Oô | | X |\n",
         .n_present = TT(1),
         .n_excused = TT(1),
         .excused = {[0] = "MOREL"}},
        /* the header's first "|" read "[", other bars "[" "{", a row's
           opening bar lost or read "I" glued on, a damaged rule line
           under the header and an unreadable first row passed over */
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "[Nom ‘: | Collectivité . | Présent | Excusé | Pouvoir à |\n"
               "«| 5 À | de ee |\n"
               "| M. Jean RIVIÈRE | CC des Coteaux | PR\n"
               "M. Paul MARTIN | Commune de Aval | X | | |\n"
               "{Mme Anne PETIT | CC des Coteaux | x | | |\n"
               ": | Mme Léa MOREL [CC des Coteaux | | X |M. Paul MARTIN |\n"
               "IM. Marc BLANC | Département | X | |\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(3),
         .n_excused = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "MARTIN", [1] = "PETIT", [2] = "BLANC"},
         .excused = {[0] = "MOREL"},
         .proxy_from = {[0] = "MOREL"},
         .proxy_to = {[0] = "MARTIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "sous la présidence de M. Prénom" with the family name in capitals
   opening the next line: the whole name; a name that is whole on its
   line keeps the next line out ("MAIRE", a label in capitals) */
static void test_presidence_name_cut(void **st)
{
    (void)st;
    static const struct {
        const char *name, *given, *family;
    } cases[] = {
        {"M. Gaston\nVERNIER, Président.", "Gaston", "VERNIER"},
        {"Mme Odile\nDE LA FAYE.", "Odile", "DE LA FAYE"},
        {"M. Gaston VERNIER\nPRÉSIDENT", "Gaston", "VERNIER"},
        {"Mme Odile VARENNE\nÉTAIENT PRÉSENTS : M. Gaston VERNIER.", "Odile", "VARENNE"},
        /* one blank line OCR put inside the name */
        {"M. Gaston\n\nVERNIER, président.", "Gaston", "VERNIER"},
        /* "de" ending its line, OCR specks on both sides of the blank
           line before the name */
        {".\n\n: Mme Odile VARENNE, présidente.", "Odile", "VARENNE"},
        /* an OCR speck left at the line end inside the name */
        {"Monsieur Gaston :\nVERNIER, Président.", "Gaston", "VERNIER"},
        {"Mme Odile .\nDE LA FAYE.", "Odile", "DE LA FAYE"},
        /* a family name in capitals cut by the line end before the
           role's comma; not a role in capitals */
        {"Mme Anne de LA TOUR\nD'AUVERGNE, Maire.", "Anne", "de LA TOUR D'AUVERGNE"},
        {"M. Gaston DUPONT\nDE LA MOTTE, Président.", "Gaston", "DUPONT DE LA MOTTE"},
        {"M. Gaston VERNIER\nMAIRE, en séance publique.", "Gaston", "VERNIER"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char s[512];
        snprintf(s, sizeof s,
                 "Le comité syndical s'est réuni à la salle des fêtes, sous la présidence de %s\n"
                 "\n"
                 "Présents : M. Gaston VERNIER, Mme Odile VARENNE, M. Rémi COSTE.\n",
                 cases[k].name);
        fx f;
        const ex_document *d = run(&f, s);
        assert_non_null(d->president);
        assert_non_null(d->president->given);
        assert_string_equal(d->president->given, cases[k].given);
        assert_string_equal(d->president->family, cases[k].family);
        fx_done(&f);
    }
    /* a speck glued to the name ("Gaston,": no speck) or no name in
       capitals on the next line: the line's reading stays */
    static const char *const neg[] = {"Monsieur Gaston :\nles membres présents, Président.",
                                      "Monsieur Gaston,\nVERNIER, Président."};
    for (size_t k = 0; k < sizeof neg / sizeof neg[0]; k++) {
        char s[512];
        snprintf(s, sizeof s, "Le comité syndical s'est réuni à la salle des fêtes, sous la présidence de %s\n", neg[k]);
        fx f;
        const ex_document *d = run(&f, s);
        if (d->president)
            assert_true(!d->president->family || strcmp(d->president->family, "VERNIER"));
        fx_done(&f);
    }
}

/* the two roll-call readers share the column a cell falls under (a mark
   centred under its label may start left of it) and what a cell says: an
   X under a status column, a word or a legend code in a presence column */
static void test_roll_call_cell_status(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "COMPTE RENDU DE LA SÉANCE DU COMITÉ\n\n"
               "Nom                    Présent   Excusé   Absent   Pouvoir à\n"
               "M. Jean DUPONT           X\n"
               "Mme Marie DURAND               X\n"
               "M. Paul MARTIN                              X\n"
               "Mme Anne PETIT                                      M. Jean DUPONT\n\n"
               "Le comité DÉCIDE.\n",
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"DUPONT"}, .excused = {"DURAND"}, .absent = {"MARTIN"},
         .proxy_from = {"PETIT"}, .proxy_to = {"DUPONT"}},
        {.in = "COMPTE RENDU DE LA SÉANCE DU COMITÉ\n\n"
               "Délégué titulaire        Commune         Présence\n"
               "M. Jean DUPONT           Ville-A         T\n"
               "Mme Marie DURAND         Ville-B         Exc.\n"
               "M. Paul MARTIN           Ville-C         absent\n\n"
               "T = titulaire présent ; Exc. = excusé\n\n"
               "Le comité DÉCIDE.\n",
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(0),
         .present = {"DUPONT"}, .excused = {"DURAND"}, .absent = {"MARTIN"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Excusés représentés :" (and "Membres excusés et représentés :"):
   excused, each with the proxy in brackets; "Absents représentés :"
   gives proxies only (as "Absents ayant donné pouvoir"), no excused */
static void test_excused_represented(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Absents représentés : M. Jean BERNARD (pouvoir à Mme Anne MARTIN).\n",
         .n_excused = TT(0), .n_absent = TT(0), .n_proxies = TT(1)},
        {.in = "Présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Excusés représentés : M. Jean BERNARD (pouvoir à Mme Anne MARTIN), Mme Lucie ROBERT (pouvoir à "
               "M. Paul DURAND).\n",
         .n_present = TT(2), .n_excused = TT(2), .n_proxies = TT(2), .excused = {"BERNARD"},
         .proxy_from = {[1] = "ROBERT"}, .proxy_to = {[1] = "DURAND"}},
        {.in = "Présents : Mme Anne MARTIN, M. Paul DURAND.\n"
               "Membres excusées et représentées : M. Jean BERNARD (pouvoir à Mme Anne MARTIN), Mme Lucie ROBERT (pouvoir à "
               "M. Paul DURAND).\n",
         .n_present = TT(2), .n_excused = TT(2), .n_proxies = TT(2), .excused = {"BERNARD"},
         .proxy_from = {[1] = "ROBERT"}, .proxy_to = {[1] = "DURAND"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* attendance written as prose in the séance's paragraph: a label of
   "étai(en)t" after a full stop or a semicolon, with or without a colon
   ("Étaient présents les conseillers municipaux suivants :"), a list
   closed by a clause (", formant la majorité …"), lower-case "étaient
   excusés" / "était absent" after a semicolon, and an excused member
   whose proxy is told by a relative clause ("X, qui avait donné
   procuration à Y"): X is excused and gives a proxy to Y */
static void test_attendance_in_prose(void **st)
{
    (void)st;
#define PROSE_HEAD "Le conseil municipal s'est réuni à la mairie sous la présidence de M. Jean DUPONT, Maire. "
#define PROSE_TAIL " M. Paul MARTIN a été désigné secrétaire de séance.\n\nLe conseil municipal DÉCIDE.\n"
    static const att_row rows[] = {
        {.in = PROSE_HEAD "Étaient présents les conseillers municipaux suivants : M. Jean DUPONT, "
               "M. Paul MARTIN, Mme Anne LEROY, formant la majorité des membres en fonction ; étaient "
               "excusés M. Marc PETIT, qui avait donné procuration à Mme Anne LEROY, et Mme Claire "
               "ROUX ; était absent M. Luc FAURE." PROSE_TAIL,
         .n_present = TT(3), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"DUPONT", "MARTIN", "LEROY"}, .excused = {"PETIT", "ROUX"}, .absent = {"FAURE"},
         .proxy_from = {"PETIT"}, .proxy_to = {"LEROY"}},
        {.in = PROSE_HEAD "Étaient présents : M. Jean DUPONT, M. Paul MARTIN, constituant le quorum ; "
               "était excusée Mme Claire ROUX, ayant donné pouvoir à M. Paul MARTIN ; étaient absents "
               "M. Luc FAURE et Mme Inès BRUN." PROSE_TAIL,
         .n_present = TT(2), .n_excused = TT(1), .n_absent = TT(2), .n_proxies = TT(1),
         .present = {"DUPONT", "MARTIN"}, .excused = {"ROUX"}, .absent = {"FAURE", "BRUN"},
         .proxy_from = {"ROUX"}, .proxy_to = {"MARTIN"}},
        {.in = PROSE_HEAD "Étaient présents MM. Jean DUPONT, Paul MARTIN ; était excusé M. Marc PETIT, "
               "qui a donné pouvoir à M. Jean DUPONT." PROSE_TAIL,
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1),
         .present = {"DUPONT", "MARTIN"}, .excused = {"PETIT"},
         .proxy_from = {"PETIT"}, .proxy_to = {"DUPONT"}},
        /* "suivants :" after words that name no members: no list */
        {.in = "Le conseil municipal s'est réuni à la mairie.\n\n"
               "M. Paul MARTIN présente les ajustements suivants :\n\n"
               "SECTION DE FONCTIONNEMENT\nDÉPENSES Chapitre 011\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
    /* the relative clause is no role of the giver */
    fx f;
    const ex_document *d = run(&f, rows[0].in);
    assert_true(d->att.excused.n >= 1);
    assert_null(d->att.excused.v[0].role);
    fx_done(&f);
#undef PROSE_HEAD
#undef PROSE_TAIL
}

/* "Membres du comité de direction : 12", "Nombre de membres composant
   le conseil d'administration : 24" and the like: the assembly's
   members, i.e. its members in office (as "Membres du Bureau : 12");
   "Membres du comité syndical présents : M. X" stays a list */
static void test_assembly_members_in_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "RÉUNION DU COMITÉ DE DIRECTION\nMembres du comité de direction : 12\nPrésents : 9\n"
               "Présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = TT(12), .present_count = TT(9), .n_present = TT(2)},
        {.in = "SÉANCE DU COMITÉ SYNDICAL\nMembres du comité syndical : 20\nVotants : 17\n",
         .in_office = TT(20), .voting = TT(17)},
        {.in = "SÉANCE DU CONSEIL D'ADMINISTRATION\nMembres du conseil d'administration : 15\n"
               "Présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = TT(15), .n_present = TT(2)},
        {.in = "SÉANCE DU CONSEIL D'ADMINISTRATION\n"
               "Nombre de membres composant le conseil d'administration : 24\nPrésents : 14\n",
         .in_office = TT(24), .present_count = TT(14)},
        {.in = "SÉANCE DU COMITÉ SYNDICAL\nMembres composant le comité syndical : 18\nVotants : 17\n",
         .in_office = TT(18), .voting = TT(17)},
        {.in = "SÉANCE DU COMITÉ SYNDICAL\n"
               "Membres du comité syndical présents : M. Hervé COLIN, Mme Sarah BRUNET\n",
         .in_office = {true, EX_NULLNUM}, .n_present = TT(2), .present = {"COLIN", "BRUNET"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll call whose column gaps the scan lost (cells one blank apart):
   the header holds column words only, each row is read by its persons
   (a collectivity in capitals before them no person), in the header's
   order, then its code; a code the legend does not explain (an OCR'd
   "+") passes its row over, a one-letter code doubled ("TT") is that
   code, a blank line inside the table is passed over; a prose line
   ending in "présence" is no header */
static void test_roll_call_flat(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "Commune membre Délégué titulaire Délégué suppléant Présence\n"
               "Aval M. Paul MARTIN Mme Rose NOËL T\n"
               "Amont Mme Anne PETIT M. Jean VIDAL S\n"
               "\n"
               "CC VAL VERT Mme Léa MOREL M. Henri FAURE Exc.\n"
               "Le Val M. Marc BLANC Mme Iris GARNIER A\n"
               "La Plaine M. Luc ROUX M. Noé SIMON +\n"
               "Le Bourg M. Jean CARON Mme Eva MAS TT\n"
               "\n"
               "Présence : T = titulaire présent ; S = suppléant siégeant ; Exc. = excusé ;\n"
               "A = absent.\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(3),
         .n_excused = TT(1),
         .n_absent = TT(1),
         .present = {[0] = "MARTIN", [1] = "VIDAL", [2] = "CARON"},
         .excused = {[0] = "MOREL"},
         .absent = {[0] = "BLANC"}},
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
               "Délibération n° 2024-07\n"
               "\n"
               "Les délégués suivants ont signalé leur présence\n"
               "Aval M. Paul MARTIN Mme Rose NOËL T\n"
               "\n"
               "T = titulaire présent\n"
               "\n"
               "Le Comité syndical, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll call with a presence column of words and a holder's column
   after it, its column gaps lost by the scan: the name ends after the
   capitals and one given name (the commune after it is no name), the
   status is the first status word, a civility after it opens the
   holder; specks, a damaged civility ("M;", "M" alone, "M.X", "M.'X")
   or a lost one (a row after the first opening with capitals), blank
   lines or one debris line between the rows are passed over; the same
   header with its cells 2+ blanks apart is roll_call()'s (not read
   twice), and two rows are no table */
static void test_roll_call_flat_holder(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL\n"
               "Délibération n° 2025-11\n"
               "\n"
               "Conseiller(ère) : Commune Présence Pouvoir donné à\n"
               "\n"
               "M. ALBERT Jean . Val-la-Haute © Présent <\n"
               "Mme BRUN Claire - Val-la-Haute Présente\n"
               "M. CARON Paul . Val-la-Haute Excusé Mme BRUN Claire\n"
               "\n"
               "Poe\n"
               "\n"
               "M; DUMAS Marc-Henri : Bois-Vert  Absent\n"
               "‘M ESTIENNE Luc  Bois-Vert . Présent\n"
               "M.FABRE Anne-Marie Les Prés -Excusée .\n"
               "M. de LA ROCHE Yves Les Prés Présent\n"
               "Mme Rose GIRAUD Les Prés : Présente\n"
               ". MORIN Luc Les Prés  Excusé\n"
               "M.'NOEL Jean Les Prés Présent\n"
               "\n"
               "Le Conseil, après en avoir délibéré, DÉCIDE :\n"
               "Article 1 : Le programme est approuvé.\n",
         .n_present = TT(6),
         .n_excused = TT(3),
         .n_absent = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "ALBERT", [1] = "BRUN", [2] = "ESTIENNE", [3] = "de LA ROCHE", [4] = "GIRAUD", [5] = "NOEL"},
         .excused = {[0] = "CARON", [1] = "FABRE", [2] = "MORIN"},
         .absent = {[0] = "DUMAS"},
         .proxy_from = {[0] = "CARON"},
         .proxy_to = {[0] = "BRUN"}},
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL\n"
               "Délibération n° 2025-11\n"
               "\n"
               "Conseiller(ère)        Commune         Présence    Pouvoir donné à\n"
               "M. ALBERT Jean         Val-la-Haute    Présent\n"
               "Mme BRUN Claire        Val-la-Haute    Présente\n"
               "M. CARON Paul          Val-la-Haute    Excusé      Mme BRUN Claire\n"
               "\n"
               "Le Conseil, après en avoir délibéré, DÉCIDE :\n",
         .n_present = TT(2),
         .n_excused = TT(1),
         .n_proxies = TT(1),
         .present = {[0] = "ALBERT", [1] = "BRUN"},
         .excused = {[0] = "CARON"}},
        {.in = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL\n"
               "Délibération n° 2025-11\n"
               "\n"
               "Conseiller(ère) : Commune Présence Pouvoir donné à\n"
               "M. ALBERT Jean . Val-la-Haute Présent\n"
               "M. CARON Paul . Val-la-Haute Excusé\n"
               "\n"
               "Le Conseil, après en avoir délibéré, DÉCIDE :\n",
         .n_excused = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a represented count above the members in office (a colon OCR read as
   a digit) is voting - present when its digits end with that, else
   none; a possible one stays */
static void test_represented_above_office(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 14 octobre 2024\nMembres en exercice : 20\n"
               "Présents : 15 – Représentés 53 – Votants : 18\n",
         .in_office = TT(20), .present_count = TT(15), .represented = TT(3), .voting = TT(18)},
        {.in = "Séance du 14 octobre 2024\nMembres en exercice : 20\n"
               "Présents : 15 – Représentés 47 – Votants : 18\n",
         .in_office = TT(20), .present_count = TT(15), .represented = TT(EX_NULLNUM), .voting = TT(18)},
        {.in = "Séance du 14 octobre 2024\nMembres en exercice : 20\n"
               "Présents : 15 – Représentés : 4 – Votants : 18\n",
         .in_office = TT(20), .present_count = TT(15), .represented = TT(4), .voting = TT(18)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll call with a presence column whose proxy cell names the holder
   ("Pouvoir à M. X", or the legend's code before it: "P à M. X"): the
   proxy from the row's member, who is in no other list; a bare "P" with
   a "Pouvoir :" line gives that line's proxy once, and the legend's last
   meaning ends at the blank line before that line ("A = absent" stays
   absent, not read with the "Pouvoir" below it) */
static void test_roll_call_status_proxy_cell(void **st)
{
    (void)st;
#define RC_HEAD "COMPTE RENDU DE LA SÉANCE DU COMITÉ SYNDICAL\n\n" \
                "Délégué titulaire        Commune         Présence\n" \
                "M. Jean DUPONT           Ville-A         T\n" \
                "Mme Marie DURAND         Ville-B         Exc.\n"
#define RC_TAIL "Mme Anne PETIT           Ville-D         A\n\n" \
                "T = titulaire présent ; Exc. = excusé ; P = a donné pouvoir ; A = absent\n\n"
    static const att_row rows[] = {
        {.in = RC_HEAD "M. Paul MARTIN           Ville-C         Pouvoir à M. Jean DUPONT\n" RC_TAIL
               "Le comité DÉCIDE.\n",
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .absent = {"PETIT"}, .proxy_from = {"MARTIN"}, .proxy_to = {"DUPONT"}},
        {.in = RC_HEAD "M. Paul MARTIN           Ville-C         P à M. Jean DUPONT\n" RC_TAIL
               "Le comité DÉCIDE.\n",
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .absent = {"PETIT"}, .proxy_from = {"MARTIN"}, .proxy_to = {"DUPONT"}},
        {.in = RC_HEAD "M. Paul MARTIN           Ville-C         P\n" RC_TAIL
               "Pouvoir : M. Paul MARTIN à M. Jean DUPONT.\n\nLe comité DÉCIDE.\n",
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .proxy_from = {"MARTIN"}, .proxy_to = {"DUPONT"}},
    };
#undef RC_HEAD
#undef RC_TAIL
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll call by collectivity whose status is a legend's code in
   brackets after each name ("(P)", "(E)", "(A)", "(Pv à M. X)", a long
   cell pushing the next one to a line of its own) and a legend "CODE :
   meaning" whose entries a dash separates: a sitting substitute is
   present, "excusé (suppléé)" is excused, the proxy is a proxy only, a
   name without a code in no list; without the legend, no list; read
   bracket by bracket, also when OCR lost the column gaps */
static void test_roll_call_bracket_codes(void **st)
{
    (void)st;
#define BR_HEAD "COMPTE RENDU DU COMITÉ SYNDICAL\n\n" \
                "COMMUNE        DÉLÉGUÉS TITULAIRES              DÉLÉGUÉS SUPPLÉANTS\n" \
                "Ville-A        M. Jean DUPONT (P)               M. Luc MOREAU\n" \
                "               Mme Marie DURAND (E)             Mme Rose LEROY (P)\n" \
                "Ville-B        M. Paul MARTIN (Pv à M. Jean DUPONT)\n" \
                "                                                M. Hugo FAURE\n" \
                "               Mme Anne PETIT (A)               M. Yves GARNIER\n\n"
    static const att_row rows[] = {
        {.in = BR_HEAD "P : présent – E : excusé (suppléé) – A : absent – Pv : absent ayant donné pouvoir\n\n"
               "Le comité DÉCIDE.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"DUPONT", "LEROY"}, .excused = {"DURAND"}, .absent = {"PETIT"},
         .proxy_from = {"MARTIN"}, .proxy_to = {"DUPONT"}},
        {.in = BR_HEAD "Le comité DÉCIDE.\n",
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        /* OCR: the column gaps lost, blank lines between the rows */
        {.in = "COMPTE RENDU DU COMITÉ SYNDICAL\n\n"
               "COMMUNE DÉLÉGUÉS TITULAIRES DÉLÉGUÉS SUPPLÉANTS\n"
               "Ville-A M. Jean DUPONT (P) M. Luc MOREAU\n\n"
               "Mme Marie DURAND (E) Mme Rose LEROY (P)\n"
               "Ville-B M. Paul MARTIN (Pv à M. Jean DUPONT)\n\n"
               "Mme Anne PETIT (A) M. Yves GARNIER\n"
               "P : présent – E : excusé (suppléé) – A : absent – Pv : absent ayant donné pouvoir\n\n"
               "Le comité DÉCIDE.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"DUPONT", "LEROY"}, .excused = {"DURAND"}, .absent = {"PETIT"},
         .proxy_from = {"MARTIN"}, .proxy_to = {"DUPONT"}},
    };
#undef BR_HEAD
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table with one column of status words ("Présence") and a
   holder column ("Pouvoir donné à"), a rule line under the header: the
   word gives the list, the holder a proxy (an excused member with a
   holder stays excused; an absent one is a proxy only) */
static void test_roll_call_presence_and_holder(void **st)
{
    (void)st;
#define RC_HEAD "DÉLIBÉRATION DU CONSEIL COMMUNAUTAIRE N° 2024-31\n\n" \
                "Conseiller(ère)        Commune        Présence    Pouvoir donné à\n"
#define RC_ROWS "M. MARTIN Paul         Aval           Présent\n" \
                "Mme PETIT Anne         Les Coteaux    Présente\n" \
                "M. MOREL Luc           Les Coteaux    Excusé      M. MARTIN Paul\n" \
                "Mme ROUX Léa           Aval           Excusée\n" \
                "M. BLANC Marc          Aval           Absent\n" \
                "Mme NOIR Ève           Aval           Absente     Mme PETIT Anne\n\n" \
                "Le Conseil communautaire DÉCIDE.\n"
    static const att_row rows[] = {
        {.in = RC_HEAD RC_ROWS,
         .n_present = TT(2), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT"}, .excused = {"MOREL", "ROUX"}, .absent = {"BLANC"},
         .proxy_from = {"MOREL", "NOIR"}, .proxy_to = {"MARTIN", "PETIT"}},
        {.in = RC_HEAD "---------------------  -------------  ----------  ---------------\n" RC_ROWS,
         .n_present = TT(2), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT"}, .excused = {"MOREL", "ROUX"}, .absent = {"BLANC"},
         .proxy_from = {"MOREL", "NOIR"}, .proxy_to = {"MARTIN", "PETIT"}},
    };
#undef RC_HEAD
#undef RC_ROWS
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a roll-call table without rules, its columns aligned by blanks: one
   status column of code letters, the legend over the header ("Liste
   d'émargement (P : présent, A : absent, E : excusé)"), or none and the
   usual letters under "Statut"; a proxy column after it ("Pouvoir à
   NOM") gives the proxy.  Negatives: two columns of names under no
   status column, and a "Statut" column of sums, are no roll call.  The
   same table with its column gaps lost by OCR (one blank, blank lines
   between rows) is read by its rows' last token (or the token before
   "Pouvoir à"); a row whose code OCR lost is present only when the
   printed counts say so */
static void test_roll_call_status_codes_blank_aligned(void **st)
{
    (void)st;
#define BA_HEAD "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2025-12\n\n"
#define BA_TAIL "\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n"
    static const att_row rows[] = {
        {.in = BA_HEAD "Liste d'émargement (P : présent, A : absent, E : excusé)\n\n"
               "   Conseiller municipal        Présence    Pouvoir\n"
               "   MARTIN Paul                    P\n"
               "   PETIT Anne                     P\n"
               "   MOREL Luc                      E        Pouvoir à MARTIN\n"
               "   BLANC Marc                     A\n"
               "   ROUX Léa                       E        Pouvoir à PETIT Anne\n" BA_TAIL,
         .n_present = TT(2), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT"}, .excused = {"MOREL", "ROUX"}, .absent = {"BLANC"},
         .proxy_from = {"MOREL", "ROUX"}, .proxy_to = {"MARTIN", "PETIT"}},
        {.in = BA_HEAD "Nom                  Statut\n"
               "M. Paul MARTIN       P\n"
               "Mme Anne PETIT       E\n"
               "M. Marc BLANC        A\n" BA_TAIL,
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1),
         .present = {"MARTIN"}, .excused = {"PETIT"}, .absent = {"BLANC"}},
        {.in = BA_HEAD "Liste des conseillers\n\n"
               "   MARTIN Paul                    PETIT Anne\n"
               "   MOREL Luc                      BLANC Marc\n" BA_TAIL,
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0)},
        {.in = BA_HEAD "Nom                  Statut      Pouvoir\n"
               "DUPONT Jean          1 200 €\n"
               "MARTIN Paul          3 400 €\n" BA_TAIL,
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0)},
        /* the first table after OCR: the column gaps one blank, blank
           lines between rows, two codes lost ("DURAND Yves" and a speck,
           "LEROY Rose" alone): present since the counts say so (7 rows, 7 in
           office, 4 present: 2 codes P read) */
        {.in = BA_HEAD "Conseillers en exercice : 7\nPrésents : 4\n\n"
               "Liste d'émargement (P : présent, A : absent, E : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul P\n\nPETIT Anne P\n\nMOREL Luc E Pouvoir à MARTIN\nBLANC Marc A\n\n"
               "DURAND Yves .\nLEROY Rose\nROUX Léa E Pouvoir à PETIT Anne\n" BA_TAIL,
         .n_present = TT(4), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT", "DURAND", "LEROY"}, .excused = {"MOREL", "ROUX"}, .absent = {"BLANC"},
         .proxy_from = {"MOREL", "ROUX"}, .proxy_to = {"MARTIN", "PETIT"}, .proxy_to_given = {NULL, "Anne"}},
        /* feminine member words, an adjective ("Élues régionales") */
        {.in = BA_HEAD "Élues régionales Présence Pouvoir\n"
               "MARTIN Paule P\nPETIT Anne E Pouvoir à MARTIN Paule\nBLANC Marie A\n" BA_TAIL,
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"MARTIN"}, .excused = {"PETIT"}, .absent = {"BLANC"}},
        /* OCR specks between a name and its code, or after the code */
        {.in = BA_HEAD "Liste d'émargement (P : présent, A : absent, E : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul . : :  P\n\nPETIT Anne P, : £\nBLANC Marc : A\n" BA_TAIL,
         .n_present = TT(2), .n_absent = TT(1), .present = {"MARTIN", "PETIT"}, .absent = {"BLANC"},
         .present_text = {"MARTIN Paul", "PETIT Anne"}},
        /* OCR letters of debris after a one-capital code ("P ee i :");
           negative: a lower-case word after the name is no debris of a
           code ("ROUX Léa de" has none) */
        {.in = BA_HEAD "Liste d'émargement (P : présent, A : absent, E : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul P\n\nPETIT Anne P ee i :\nBLANC Marc A ne\nROUX Léa de\n" BA_TAIL,
         .n_present = TT(2), .n_absent = TT(1), .present = {"MARTIN", "PETIT"}, .absent = {"BLANC"},
         .present_text = {"MARTIN Paul", "PETIT Anne"}},
        /* OCR: specks before a row (": VALETTE Olivier P"), a legend
           entry lost ("À ‘absent": the usual letter A, its status
           explained by no other code, is read; "À" folds to it) */
        {.in = BA_HEAD "Liste d'émargement (P : présent, À ‘absent, E : excusé)\n\n"
               "Conseiller municipal . Présence Pouvoir\n\n"
               "MARTIN Paul P\nPETIT Anne E . Pouvoir à MARTIN\nBLANC Marc : . . À\n\n"
               ":  ROUX Léa P\n\n: DE SERRES Anne-Marie P\n" BA_TAIL,
         .n_present = TT(3), .n_excused = TT(1), .n_absent = TT(1),
         .present = {"MARTIN", "ROUX", "DE SERRES"}, .excused = {"PETIT"}, .absent = {"BLANC"}},
        /* a legend that gives "A" another status, or absence another
           code: no usual "A" */
        {.in = BA_HEAD "Liste d'émargement (P : présent, A : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul P\nPETIT Anne A\nBLANC Marc E\n" BA_TAIL,
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(0), .present = {"MARTIN"}, .excused = {"PETIT"}},
        {.in = BA_HEAD "Liste d'émargement (P : présent, Abs : absent, E : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul P\nPETIT Anne A\nBLANC Marc Abs\n" BA_TAIL,
         .n_present = TT(1), .n_absent = TT(1), .present = {"MARTIN"}, .absent = {"BLANC"}},
        /* the counts do not say so (5 present): the members alone in no
           list */
        {.in = BA_HEAD "Conseillers en exercice : 7\nPrésents : 5\n\n"
               "Liste d'émargement (P : présent, A : absent, E : excusé)\n\n"
               "Conseiller municipal Présence Pouvoir\n\n"
               "MARTIN Paul P\n\nPETIT Anne P\n\nMOREL Luc E Pouvoir à MARTIN\nBLANC Marc A\n\n"
               "DURAND Yves\nLEROY Rose\nROUX Léa E Pouvoir à PETIT Anne\n" BA_TAIL,
         .n_present = TT(2), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"MARTIN", "PETIT"}},
        /* no legend: the usual letters ("Exc." too) */
        {.in = BA_HEAD "Conseiller municipal Présence Pouvoir donné à\n"
               "MARTIN Paul P\nPETIT Anne Exc.\nBLANC Marc A\n" BA_TAIL,
         .n_present = TT(1), .n_excused = TT(1), .n_absent = TT(1),
         .present = {"MARTIN"}, .excused = {"PETIT"}, .absent = {"BLANC"}},
        /* no presence column ("Conseiller municipal Pouvoir"), or a word
           after the proxy column's that is none of its words: no table */
        {.in = BA_HEAD "Conseiller municipal Pouvoir\n"
               "MARTIN Paul P\nPETIT Anne E\nBLANC Marc A\n" BA_TAIL,
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0)},
        {.in = BA_HEAD "Conseiller municipal Présence Pouvoir Commune\n"
               "MARTIN Paul P\nPETIT Anne E\nBLANC Marc A\n" BA_TAIL,
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0)},
    };
#undef BA_HEAD
#undef BA_TAIL
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* counts printed with a dot leader ("EN EXERCICE .......... 11", blanks
   among the dots) and "Présents à l'ouverture : 15"; negatives: one or
   two dots before the number are no leader */
static void test_count_leaders_and_opening(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "SEANCE DU 8 MARS 2002\nNOMBRE DE CONSEILLERS\n     EN EXERCICE .......... 11\n"
               "     PRESENTS ............. 8\n     VOTANTS . . . . . . . 10\n",
         .in_office = TT(11), .present_count = TT(8), .voting = TT(10)},
        {.in = "Séance du 14 octobre 2024\n"
               "Conseillers en exercice : 19 – Présents à l'ouverture : 15 – Représentés : 2 – Votants : 17\n",
         .in_office = TT(19), .present_count = TT(15), .represented = TT(2), .voting = TT(17)},
        {.in = "Séance du 14 octobre 2024\nPrésents à l’ouverture de la séance : 12\n",
         .present_count = TT(12)},
        {.in = "Séance du 14 octobre 2024\nVotants .. 10\n",
         .voting = TT(EX_NULLNUM)},
        /* "…" (OCR of a dot leader) counts as three dots, as in votes */
        {.in = "Séance du 14 octobre 2024\nEN EXERCICE ………. 11\n",
         .in_office = TT(11)},
        /* a calendar row: a date after the leader is no count
           ("délégation ……… 11/12/2025", corpusBT) */
        {.in = "Séance du 5 mars 2026\nDélibération sur le principe de la\n"
               "  délégation ........................ 11/12/2025\n",
         .represented = TT(EX_NULLNUM)},
        {.in = "Séance du 5 mars 2026\n  POUVOIRS ........................ 3\n",
         .represented = TT(3)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "à l'unanimité des membres présents :" ends the preamble of the
   decision: a majority, no list label (the verb under it is no name) */
/* a right column of counts flattened into a list by OCR, the gap read
   as specks: a count label in capitals after names ("M. Christian
   REPRESENTES :4") is cut out of the list, not its end; a quote speck
   glued before a count ("PRESENTS ‘38") */
static void test_flattened_count_column(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 24 juin 2024\n"
               "Délégués titulaires présents :\n"
               "M. Jean-Marie PONSARD, Président, Mme Colette ARNOULD,\n"
               "M. Bernard AUBRIOT, Mme Sylviane BALTHAZARD, M. Christian REPRESENTES :4\n"
               "BARBIER, M. Éric BONNAY, Mme Nicole BOUCHER.\n"
               "\n"
               "Le quorum est atteint.\n",
         .n_present = TT(7), .represented = TT(4), .present = {"PONSARD", [6] = "BOUCHER"}},
        {.in = "Séance du 24 juin 2024\nNombre de conseillers municipaux en exercice : ‘15\n",
         .in_office = TT(15)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a transposed roll-call table: one column per member commune, rows
   "Titulaire" / "Suppléant" / "Présent" (T: the titulaire sat, S: the
   suppléant; words or legend codes for the others) */
static void test_transposed_roll_call(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "COMITÉ SYNDICAL\nSéance du 3 mars 2025\n\n"
               "+---------+----------+----------+----------+----------+\n"
               "| Commune | Aubrac   | Vareilles | Nasbinals | Prades  |\n"
               "+---------+----------+----------+----------+----------+\n"
               "| Délégué titulaire | M. Jean ROUX | Mme Anne VIDAL | M. Luc MOLINIER | Mme Eva COSTES |\n"
               "| Délégué suppléant | Mme Rose BRU | M. Marc SAGNES | M. Yves CAYROU | M. Noël BOYER |\n"
               "| Présence | T | S | E | A |\n"
               "+---------+----------+----------+----------+----------+\n"
               "(E : excusé ; A : absent)\n\n"
               "Le comité, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le prix est fixé.\n",
         .n_present = TT(2), .present = {"ROUX", "SAGNES"}, .n_excused = TT(1), .excused = {"MOLINIER"},
         .n_absent = TT(1), .absent = {"COSTES"}},
        /* printed order: the titulaires' row, then the suppléants' */
        {.in = "COMITÉ SYNDICAL\nSéance du 3 mars 2025\n\n"
               "| Commune | Aubrac | Vareilles | Nasbinals |\n"
               "| Titulaire | M. Jean ROUX | Mme Anne VIDAL | M. Luc MOLINIER |\n"
               "| Suppléant | Mme Rose BRU | M. Marc SAGNES | M. Yves CAYROU |\n"
               "| Présent | S | T | Excusé |\n\n"
               "Le comité, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le prix est fixé.\n",
         .n_present = TT(2), .present = {"VIDAL", "BRU"}, .n_excused = TT(1), .excused = {"MOLINIER"}},
        /* no presence row: no roll call read */
        {.in = "COMITÉ SYNDICAL\nSéance du 3 mars 2025\n\n"
               "| Commune | Aubrac | Vareilles | Nasbinals |\n"
               "| Titulaire | M. Jean ROUX | Mme Anne VIDAL | M. Luc MOLINIER |\n"
               "| Suppléant | Mme Rose BRU | M. Marc SAGNES | M. Yves CAYROU |\n\n"
               "Le comité, après en avoir délibéré, DÉCIDE :\nArticle 1er : Le prix est fixé.\n",
         .n_present = TT(0), .n_excused = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a "– Commune : person" list whose rows OCR parted with blank lines:
   each row goes on the list (a label word, "Absents", still ends it) */
static void test_dash_place_rows_after_blank_lines(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Réunion du 3 mars 2025\nMembres présents :\n\n– Aubrac : M. Jean ROUX, président\n\n"
               "– Saint-Côme-d’Olt : Mme Anne VIDAL\n\n– Nasbinals : M. Luc MOLINIER\n\n"
               "Membre absent : M. Yves CAYROU (Prades)\n",
         .n_present = TT(3), .present = {"ROUX", "VIDAL", "MOLINIER"}, .n_absent = TT(1), .absent = {"CAYROU"}},
        /* no dash: a word and a colon after a blank line is no row */
        {.in = "Réunion du 3 mars 2025\nMembres présents : M. Jean ROUX, Mme Anne VIDAL\n\n"
               "Exeusés : M. Luc MOLINIER\n",
         .n_present = TT(2), .present = {"ROUX", "VIDAL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a hospital's conseil de surveillance: members with a voting voice
   counted in office, present members under long college headings,
   an advisory member excused */
static void test_surveillance_colleges(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du jeudi 19 juin 2025\n"
               "Membres à voix délibérative : 9 – Présents : 4 – Votants : 4\n\n"
               "Membres présents avec voix délibérative :\n\n"
               "Collège des représentants des collectivités territoriales :\n"
               "Mme Anne VIDAL, maire de Prades, Présidente ;\nM. Luc MOLINIER, conseiller départemental.\n\n"
               "Collège des représentants du personnel médical et non médical :\n"
               "Dr Yves CAYROU, représentant la commission médicale d’établissement.\n\n"
               "Collège des personnalités qualifiées et des représentants des usagers :\n"
               "Mme Rose BRU, représentante des usagers.\n\n"
               "Excusé avec voix consultative : M. Marc SAGNES, directeur des soins.\n",
         .in_office = TT(9), .present_count = TT(4), .n_present = TT(4),
         .present = {"VIDAL", "MOLINIER", "CAYROU", "BRU"}, .n_excused = TT(0), .n_advisory_excused = TT(1)},
        /* OCR: a speck opening a line after a heading, a speck for a
           heading's colon */
        {.in = "Séance du jeudi 19 juin 2025\n"
               "Membres présents avec voix délibérative :\n\n"
               "Collège des représentants des collectivités territoriales :\n"
               "Mme Anne VIDAL, maire de Prades, Présidente.\n\n"
               "Collège des représentants du personnel médical et non médical :\n\n"
               ". Dr Yves CAYROU, représentant la commission médicale.\n\n"
               "Collège des personnalités qualifiées et des représentants des usagers *\n\n"
               "Mme Rose BRU, représentante des usagers.\n",
         .n_present = TT(3), .present = {"VIDAL", "CAYROU", "BRU"}},
        /* OCR: blank lines between the dash bullets of a present list
           ("- représentante du personnel :", "- personne qualifiée :") */
        {.in = "Sous la présidence de Mme Anne VIDAL, étaient présents :\n\n"
               "- représentants de la commune : Mme Anne VIDAL, M. Luc MOLINIER ;\n\n"
               "- représentante du personnel : Mme Karima BENSAÏD (aide-soignante) ;\n\n"
               "- personne qualifiée : Dr Michel ARNAUD.\n\n"
               "Excusés : M. Serge COUDERC.\n",
         .n_present = TT(4), .present = {"VIDAL", "MOLINIER", "BENSAÏD", "ARNAUD"}, .n_excused = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* attendance by quality (a procurement committee): "• Président : M.
   X, …" presides and is present; role lines under a heading "MEMBRES À
   VOIX CONSULTATIVE" are advisory, "(excusé)" / ", excusée." sending
   one to the advisory excused; an item's ", présent ;" is no label */
static void test_role_labels(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "MEMBRES À VOIX DÉLIBÉRATIVE\n"
               "• Président : M. Hervé BOSREDON, adjoint au maire\n"
               "• Titulaires présents : Mme Sylvie LACHAUD, M. Didier PEYRONNET\n"
               "• Titulaire excusée : Mme Corinne FAUCHER\n\n"
               "MEMBRES À VOIX CONSULTATIVE\n"
               "• Comptable public : Mme Marion TEXIER, trésorière (présente)\n"
               "• Représentant de la DGCCRF : M. Alain BUISSON (excusé)\n",
         .n_present = TT(3), .present = {"BOSREDON", "LACHAUD", "PEYRONNET"}, .present_role = {"adjoint au maire"},
         .n_excused = TT(1), .excused = {"FAUCHER"}, .n_advisory_present = TT(1), .adv_present = {"TEXIER"},
         .adv_present_role = {"trésorière"}, .n_advisory_excused = TT(1), .adv_excused = {"BUISSON"},
         .president = TT(1), .pres_family = "BOSREDON"},
        /* (OCR "+" for the bullets) */
        {.in = "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "MEMBRES À VOIX DÉLIBÉRATIVE\n\n"
               "+ Président : M. Hervé BOSREDON, adjoint au maire\n\n"
               "+ Titulaires présents : Mme Sylvie LACHAUD, M. Didier PEYRONNET\n",
         .n_present = TT(3), .present = {"BOSREDON", "LACHAUD", "PEYRONNET"}, .president = TT(1),
         .pres_family = "BOSREDON"},
        /* en-dash items with their status after a comma */
        {.in = "Le cinq mars deux mille vingt-six, la commission s'est réunie.\n\n"
               "Étaient présents (voix délibérative) :\n"
               "– Mme Danielle JOURDAIN, présidente de la commission ;\n"
               "– M. Olivier GALLOIS, titulaire.\n\n"
               "Avec voix consultative :\n"
               "– M. Thierry RENARD, comptable public, présent ;\n"
               "– Mme Estelle BAUDOIN, représentante de la DGCCRF, excusée.\n",
         .n_present = TT(2), .present = {"JOURDAIN", "GALLOIS"}, .n_advisory_present = TT(1),
         .adv_present = {"RENARD"}, .adv_present_role = {"comptable public"}, .n_advisory_excused = TT(1),
         .adv_excused = {"BAUDOIN"}},
        /* unbulleted role lines under the voice headings */
        {.in = "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "MEMBRES À VOIX DÉLIBÉRATIVE\n"
               "Président : M. Hervé BOSREDON, adjoint au maire\n"
               "Titulaires présents : Mme Sylvie LACHAUD, M. Didier PEYRONNET\n"
               "Titulaire excusée : Mme Corinne FAUCHER\n\n"
               "MEMBRES À VOIX CONSULTATIVE\n"
               "Comptable public : Mme Marion TEXIER, trésorière (présente)\n"
               "Représentant de la DGCCRF : M. Alain BUISSON (excusé)\n",
         .n_present = TT(3), .present = {"BOSREDON", "LACHAUD", "PEYRONNET"}, .present_role = {"adjoint au maire"},
         .n_excused = TT(1), .excused = {"FAUCHER"}, .n_advisory_present = TT(1), .adv_present = {"TEXIER"},
         .adv_present_role = {"trésorière"}, .n_advisory_excused = TT(1), .adv_excused = {"BUISSON"},
         .president = TT(1), .pres_family = "BOSREDON"},
        /* near miss: unbulleted, no voice heading: a "Président : M. X"
           line over the list (a heading of the record) is no member */
        {.in = "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n"
               "Président : M. Hervé BOSREDON\n\n"
               "Titulaires présents : Mme Sylvie LACHAUD, M. Didier PEYRONNET\n",
         .n_present = TT(2), .present = {"LACHAUD", "PEYRONNET"}},
        /* near misses: a role line under the voting members' heading is
           no advisory member; a role other than "Président" there is no
           label */
        {.in = "PROCÈS-VERBAL DE LA RÉUNION DU JEUDI 9 AVRIL 2026\n\n"
               "MEMBRES À VOIX DÉLIBÉRATIVE\n"
               "• Titulaires présents : Mme Sylvie LACHAUD, M. Didier PEYRONNET\n"
               "• Rapporteur : M. Paul VIDAL (présent)\n",
         .present = {"LACHAUD", "PEYRONNET"}, .n_advisory_present = TT(0), .n_advisory_excused = TT(0),
         .president = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a SDIS's advisory members: the voice before the list word
   ("Membres à voix consultative présents :", "Membres sans voix
   délibérative excusés :") or after it ("Membres présents à voix
   consultative :"); the voting members' "à voix délibérative" lists
   stay present / excused */
static void test_advisory_voice_in_label(void **st)
{
    (void)st;
#define SDIS_HEAD "Séance du 3 octobre 2025\n\n" \
    "Membres à voix délibérative présents :\nM. Paul ROCHE, Mme Anne VIDAL, M. Luc MARTY.\n\n" \
    "Membres à voix délibérative excusés :\nM. Yves BRU, Mme Rose CAYROU.\n\n"
    static const att_row rows[] = {
        {.in = SDIS_HEAD "Membres à voix consultative présents :\n"
               "Colonel Franck MOREAU, directeur départemental ;\nMme Anne LAGARDE, payeuse départementale.\n\n"
               "Membres à voix consultative excusés :\nM. Marc BESSE, président de l'union départementale.\n",
         .n_present = TT(3), .n_excused = TT(2), .n_advisory_present = TT(2), .n_advisory_excused = TT(1),
         .present = {"ROCHE", "VIDAL", "MARTY"}, .excused = {"BRU", "CAYROU"}},
        {.in = SDIS_HEAD "Membres présents à voix consultative :\n"
               "Colonel Franck MOREAU, directeur départemental ;\nMme Anne LAGARDE, payeuse départementale.\n\n"
               "Membres sans voix délibérative excusés :\nM. Marc BESSE, président de l'union départementale.\n",
         .n_present = TT(3), .n_excused = TT(2), .n_advisory_present = TT(2), .n_advisory_excused = TT(1)},
        /* OCR: junk after a list label, its count printed above */
        {.in = "Séance du 3 octobre 2025\n\nPrésents : 3 – Votants : 3\n\n"
               "Membres à voix délibérative présents : 2 À £\nM. Paul ROCHE, Mme Anne VIDAL, M. Luc MARTY.\n",
         .present_count = TT(3), .n_present = TT(3), .present = {"ROCHE", "VIDAL", "MARTY"}},
        /* negative: no count printed elsewhere, "Présents : 2" is the count */
        {.in = "Séance du 3 octobre 2025\n\nPrésents : 2 À £\nM. Paul ROCHE, Mme Anne VIDAL.\n",
         .present_count = TT(2)},
        /* negative: "à voix délibérative" is no advisory voice */
        {.in = SDIS_HEAD, .n_present = TT(3), .n_excused = TT(2), .n_advisory_present = TT(0),
         .n_advisory_excused = TT(0)},
    };
#undef SDIS_HEAD
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* Alsace-Moselle: "Conseillers en fonction" in office; a presence
   column's legend code "Pv = excusé ayant donné procuration" is excused
   (the proxy printed apart) */
static void test_presence_legend_excused_proxy(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du lundi 12 mai 2025\nConseillers en fonction : 5\nConseillers présents : 3\n\n"
               "Feuille de présence :\n\n"
               "  Nom et prénom              Fonction               Présence\n"
               "  SCHNEIDER Marc             Maire                  P\n"
               "  WEBER Odile                1re adjointe           P\n"
               "  KLEIN Thierry              2e adjoint             Pv\n"
               "  FUCHS Brigitte             3e adjointe            P\n"
               "  ROTH Pierre                conseiller             A\n\n"
               "Légende : P = présent(e) – A = absent(e) – Pv = excusé ayant donné\nprocuration (voir ci-dessous)\n\n"
               "Procurations : M. Thierry KLEIN à Mme Odile WEBER.\n",
         .in_office = TT(5), .n_present = TT(3), .n_excused = TT(1), .excused = {"KLEIN"}, .n_absent = TT(1),
         .n_proxies = TT(1)},
        /* the same table after OCR lost its column gaps: a "Nom et
           prénom" column, rows of a family name in capitals and a
           given name (no civility) */
        {.in = "Séance du lundi 12 mai 2025\nConseillers présents : 3\n\n"
               "Feuille de présence :\n\n"
               "Nom et prénom Fonction Présence\n"
               "SCHNEIDER Marc Maire P\n"
               "WEBER Odile 1re adjointe P\n"
               "KLEIN Thierry 2e adjoint Pv\n"
               "FUCHS Brigitte 3e adjointe P\n"
               "ROTH Pierre conseiller A\n\n"
               "Légende : P = présent(e) – A = absent(e) – Pv = excusé(e)\nayant donné procuration\n",
         .n_present = TT(3), .present = {"SCHNEIDER", "WEBER", "FUCHS"}, .n_excused = TT(1),
         .excused = {"KLEIN"}, .n_absent = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

static void test_majority_of_members_present(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 18 septembre 2025\nDélégués en exercice : 6 – Présents : 5\n\n"
               "Le comité syndical, après en avoir délibéré, à main levée, à l’unanimité des membres présents :\n\n"
               "DÉCIDE\n\nArticle 1er : Le prix est fixé.\n",
         .present_count = TT(5), .n_present = TT(0)},
        {.in = "Séance du 18 septembre 2025\n"
               "Le conseil, après en avoir délibéré, à la majorité des membres présents :\n\nDÉCIDE\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* Delegates in prose paragraphs per member EPCI headed by their weights
   ("– Communauté de communes X (40 voix, 4 délégués de 10 voix) :"),
   under "présents ou représentés, par membre :"; "M. X, suppléant,
   siégeant pour Mme Y, empêchée": Y in no list.  Negatives: a bracket
   holding a civility is no group heading (the list ends there); "M. X,
   siégeant avec voix consultative" keeps the next name */
static void test_present_prose_per_epci(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 2 juin 2026\n"
               "Étaient présents ou représentés, par membre :\n\n"
               "– Communauté de communes des Monts (40 voix, 4 délégués de 10 voix) :\n"
               "Mme Anne DUPRAZ, M. Noël GRIVET ; M. Cédric BOSSU,\n"
               "suppléant, siégeant pour Mme Yvette CHAMPION, empêchée ;\n\n"
               "– Communauté de communes du Haut-Val (36 voix, 4 délégués de 9 voix) :\n"
               "M. Roland MICHEL ; Mme Ginette BERGER ayant\n"
               "donné pouvoir à M. Roland MICHEL.\n\n"
               "Était excusé : M. Jérôme LACROIX.\n",
         .n_present = TT(4), .present = {"DUPRAZ", "GRIVET", "BOSSU", "MICHEL"},
         .n_proxies = TT(1), .proxy_from = {"BERGER"}, .proxy_to = {"MICHEL"},
         .n_excused = TT(1), .excused = {"LACROIX"}},
        {.in = "Séance du 2 juin 2026\n"
               "Présents :\n"
               "M. Paul ROCHE, siégeant avec voix consultative, Mme Anne DUPRAZ.\n",
         .n_present = TT(2), .present = {"ROCHE", "DUPRAZ"}},
        {.in = "Séance du 2 juin 2026\n"
               "Présents :\n"
               "M. Paul ROCHE, Mme Anne DUPRAZ,\n"
               "Communauté de communes X (M. Luc VIAL) : rapport.\n",
         .n_present = TT(2), .present = {"ROCHE", "DUPRAZ"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "sous la prési-" / "dence de Mme X": the president over the hyphen;
   not "prési-" / "dent du syndicat" (no "présidence") */
static void test_presidence_hyphenated(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Le comité syndical s'est réuni le 2 juin 2026, sous la prési-\n"
               "dence de Mme Armelle DUMAS, Présidente.\n\nPrésents : M. Paul ROCHE.\n",
         .president = TT(1), .pres_family = "DUMAS"},
        {.in = "Le comité syndical s'est réuni le 2 juin 2026 avec le prési-\n"
               "dent du syndicat, Mme Armelle DUMAS.\n\nPrésents : M. Paul ROCHE.\n",
         .president = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* An émargement annex of dot-leader rows, no label: statuses, the
   substitute on the next line, a proxy; fewer than three rows: none */
static void test_leader_roll(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Le comité syndical s'est réuni le 8 avril 2026.\n\n"
               "ANNEXE – LISTE D'ÉMARGEMENT\n"
               "Collège urbain\n"
               "  Ville de Mer (12 voix)\n"
               "     M. Paul LEROUX (titulaire) ............ présent\n"
               "     Mme Anne RAGUET (titulaire) ........... présente\n"
               "     M. Didier COLIN (titulaire) ........... absent – suppléé par\n"
               "        M. Romain PIAT (suppléant)\n"
               "     Mme Sylvie GARNIER (titulaire) ........ pouvoir à M. LEROUX\n"
               "     M. Bruno VALLET (titulaire) ........... excusé\n",
         .n_present = TT(3), .present = {"LEROUX", "RAGUET", "PIAT"},
         .n_absent = TT(1), .absent = {"COLIN"}, .n_excused = TT(1), .excused = {"VALLET"},
         .n_proxies = TT(1), .proxy_from = {"GARNIER"}, .proxy_to = {"LEROUX"}},
        {.in = "Le comité syndical s'est réuni le 8 avril 2026.\n\n"
               "     M. Paul LEROUX (titulaire) ............ présent\n"
               "     Mme Anne RAGUET (titulaire) ........... présente\n",
         .n_present = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* A present label with a "par <noun>" qualifier, the delegates listed
   by member collectivity ("Communauté de communes X : M. A, Mme B."):
   the collectivity heads a group, it is no person and does not end the
   list; a sitting substitute is present */
static void test_present_by_member_collectivity(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 3 mars 2025\n"
               "Délégués présents, par membre :\n"
               "Communauté de communes des Deux Vallons : M. Jean ARNAL, Mme Rose\n"
               "BEZIAT, M. Luc COSTES.\n"
               "Communauté d’agglomération du Pays de Serre : Mme Inès DURAND,\n"
               "M. Paul ESPIE, suppléant de M. Guy FABRE.\n"
               "Commune de Montalric :\n"
               "Mme Anne GARRIC.\n\n"
               "Délégué absent : M. Noël HUC.\n",
         .n_present = TT(6), .present = {"ARNAL", "BEZIAT", "COSTES", "DURAND", "ESPIE", "GARRIC"},
         .n_absent = TT(1), .absent = {"HUC"}},
        /* "Présents par commune :"; OCR: a dash bullet before a group,
           a hyphen for the blank after the civility */
        {.in = "Séance du 3 mars 2025\n"
               "Présents par commune :\n"
               "- Commune de Lavaur-Haut : M. Jean ARNAL, Mme Rose BEZIAT.\n"
               "Commune de Saint-Pons : Mme-Inès DURAND, M. Paul ESPIE.\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(4), .present = {"ARNAL", "BEZIAT", "DURAND", "ESPIE"}, .n_absent = TT(1)},
        /* members by political group ("Groupe X : M. A, Mme B."): each
           group paragraph goes on with the list */
        {.in = "Séance du 3 mars 2025\n"
               "Présents :\n"
               "Groupe Printemps Citoyen : Mme Rose BEZIAT, M. Jean\n"
               "ARNAL.\n"
               "Groupe Union pour Valbonne : M. Luc COSTES, Mme Inès DURAND.\n"
               "Groupe Écologiste : M. Paul ESPIE.\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(5), .present = {"BEZIAT", "ARNAL", "COSTES", "DURAND", "ESPIE"},
         .n_absent = TT(1), .absent = {"HUC"}},
        /* no civility after the colon: no group label, the list ends */
        {.in = "Séance du 3 mars 2025\n"
               "Présents : M. Jean ARNAL, Mme Rose BEZIAT.\n"
               "Groupe de travail : réuni le 2 mars.\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(2), .present = {"ARNAL", "BEZIAT"}, .n_absent = TT(1)},
        /* a board's colleges, each a dash list under its lead-in line
           ("Administrateurs représentant les actionnaires privés :"):
           the second college goes on with the list */
        {.in = "Réunion du 15 avril 2026\n"
               "Sont présents ou représentés :\n\n"
               "Administrateurs représentant la collectivité (Ville de Lyon) :\n"
               "- M. Jean ARNAL ;\n"
               "- Mme Rose BEZIAT.\n\n"
               "Administrateurs représentant les actionnaires privés :\n"
               "- Mme Inès DURAND, représentant permanent de la Caisse X ;\n"
               "- M. Paul ESPIE.\n\n"
               "Absent excusé : M. Noël HUC.\n",
         .n_present = TT(4), .present = {"ARNAL", "BEZIAT", "DURAND", "ESPIE"}},
        /* a lead-in with no civility after it (past the line break and
           its dash) is no college: the list ends */
        {.in = "Réunion du 15 avril 2026\n"
               "Sont présents : M. Jean ARNAL, Mme Rose BEZIAT.\n\n"
               "Administrateurs représentant les actionnaires privés :\n"
               "- néant.\n\n"
               "Absent excusé : M. Noël HUC.\n",
         .n_present = TT(2), .present = {"ARNAL", "BEZIAT"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR specks after a list label's colon ("Étaient présents: ‘ - 1.
   de"): the list starts on the next line; a count there is no speck */
static void test_specks_after_label(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 3 mars 2025\n"
               "Étaient présents: ‘ - 1. de\n"
               ". ARGENVILLE : M. Jean ARNAL, Mme Rose BEZIAT ;\n"
               "BÉRULLE : M. Luc COSTES.\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(3), .present = {"ARNAL", "BEZIAT", "COSTES"}, .n_absent = TT(1)},
        /* the label took the marks, letters of a speck left, then a
           blank line ("présents : - ne\n\n") */
        {.in = "Séance du 3 mars 2025\n\n"
               "Étaient présents : M. Paul DURAND, Mme Anne FAURE.\n\n"
               "Membres à voix consultative présents : - ne\n\n"
               "Colonel Franck MOREAU, directeur départemental ;\n"
               "Lieutenant-colonel Luc RIBIÈRE, directeur adjoint ;\n"
               "Mme Rose BEZIAT, payeuse départementale.\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(2), .present = {"DURAND", "FAURE"}, .n_advisory_present = TT(3),
         .adv_present = {"MOREAU", "RIBIÈRE", "BEZIAT"}, .n_absent = TT(1)},
        {.in = "Séance du 3 mars 2025\n"
               "Présents : 12\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(0), .n_absent = TT(1), .absent = {"HUC"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR put a blank line inside a present list: a row of the same shape
   after it goes on with the list ("Canton de X : Mme A\n\nCanton de
   Y : M. B", a two-column row with a speck for its gap "Mme A * M.
   B"); a label of another kind or prose after it ends the list */
static void test_blank_line_inside_grouped_list(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 17 novembre 2025\n"
               "Étaient présents :\n"
               "Canton de Brévilliers : Mme Hélène CASTAGNET, M. Joël VERMOREL\n\n"
               "Canton de Saint-Aubin-sur-Brève-1 : Mme Agnès DUFRESNOY, M. Pascal LEMERCIER\n"
               "Canton des Hauts-de-Ravelle : Mme Nathalie GRIBEAUVAL\n\n"
               "Absents excusés :\n"
               "Canton de Monthelon : M. Franck HOUZET\n",
         .n_present = TT(5), .present = {"CASTAGNET", "VERMOREL", "DUFRESNOY", "LEMERCIER", "GRIBEAUVAL"},
         .n_excused = TT(1), .excused = {"HOUZET"}},
        {.in = "Séance du 25 septembre 2025\n"
               "Étaient présents :\n"
               "Mme Claire MONTAGNON M. Bernard AUTHIER\n\n"
               "Mme Sophie BERTHELOT * M. Didier CHAMBRIER\n"
               "Mme Odile GIRERD : M. Marc HUGONNARD\n\n"
               "Absent : M. Noël HUC.\n",
         .n_present = TT(6), .present = {"MONTAGNON", "AUTHIER", "BERTHELOT", "CHAMBRIER", "GIRERD", "HUGONNARD"},
         .n_absent = TT(1)},
        /* negative: after the blank line, a row opening with another
           word ("Commission des finances : M. X") is no row of the list */
        {.in = "Séance du 17 novembre 2025\n"
               "Étaient présents :\n"
               "Canton de Brévilliers : Mme Hélène CASTAGNET, M. Joël VERMOREL\n\n"
               "Commission des finances : M. Pascal LEMERCIER\n",
         .n_present = TT(2), .present = {"CASTAGNET", "VERMOREL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* attendance in prose: "Étaient présents tous les conseillers …, à
   l'exception de M. X, excusé, qui avait donné pouvoir à Mme Y, et de
   Mme Z, absente." -> X excused (proxy X -> Y), Z absent, no present
   name; "sauf M. A et Mme B, excusés" (a plural status for both),
   "excepté M. C, représenté par M. D" (a proxy, giver excused);
   negative: no "présents"/"tous" before the exception ("Toutes les
   subventions présentées sont accordées, sauf M. X, …"), no civility
   after it */
static void test_prose_exception(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n\n"
               "Étaient présents tous les conseillers municipaux en exercice, à l'exception\n"
               "de M. Olivier GARNIER, excusé, qui avait donné pouvoir à Mme Nathalie\n"
               "BRIAND, et de Mme Sophie LEMAIRE, absente.\n\n"
               "Vu le code général des collectivités territoriales ;\n",
         .n_present = TT(0), .n_excused = TT(1), .excused = {"GARNIER"}, .n_absent = TT(1), .absent = {"LEMAIRE"},
         .n_proxies = TT(1), .proxy_from = {"GARNIER"}, .proxy_to = {"BRIAND"}},
        {.in = "Séance du 27 mai 2025\n\n"
               "Tous les membres sont présents sauf M. Paul ROUX et Mme Anne VIDAL, excusés.\n",
         .n_present = TT(0), .n_excused = TT(2), .excused = {"ROUX", "VIDAL"}, .n_absent = TT(0), .n_proxies = TT(0)},
        {.in = "Séance du 27 mai 2025\n\n"
               "Étaient présents l'ensemble des délégués, excepté M. Luc BRUN, représenté par\n"
               "M. Marc DUPRÉ, et Mme Rose HUC, absente.\n",
         .n_excused = TT(1), .excused = {"BRUN"}, .n_absent = TT(1), .absent = {"HUC"}, .n_proxies = TT(1),
         .proxy_from = {"BRUN"}, .proxy_to = {"DUPRÉ"}},
        /* in capitals, "hormis", "À L'EXCEPTION" (the 16-byte candidate
           scan of prose_exception() tests the byte after the first) */
        {.in = "SEANCE DU 27 MAI 2025\n\n"
               "ETAIENT PRESENTS TOUS LES CONSEILLERS EN EXERCICE, A L'EXCEPTION DE M. Paul ROUX, EXCUSE.\n",
         .n_excused = TT(1), .excused = {"ROUX"}, .n_absent = TT(0), .n_proxies = TT(0)},
        {.in = "Séance du 27 mai 2025\n\n"
               "Tous les conseillers en exercice étaient présents, hormis Mme Anne VIDAL, absente.\n",
         .n_excused = TT(0), .n_absent = TT(1), .absent = {"VIDAL"}, .n_proxies = TT(0)},
        {.in = "Séance du 27 mai 2025\n\n"
               "TOUS LES DÉLÉGUÉS SONT PRÉSENTS, À L'EXCEPTION DE Mme Anne VIDAL, ABSENTE.\n",
         .n_excused = TT(0), .n_absent = TT(1), .absent = {"VIDAL"}, .n_proxies = TT(0)},
        {.in = "Séance du 27 mai 2025\n\n"
               "Les demandes présentées sont accordées, sauf M. Paul ROUX, absent du dossier.\n",
         .n_excused = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        {.in = "Séance du 27 mai 2025\n\n"
               "Étaient présents tous les conseillers, sauf le représentant de l'État, excusé.\n",
         .n_excused = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "… propose de désigner Mme X\ncomme secrétaire de séance ; Mme X est
   désignée à l'unanimité et accepte cette fonction.": the name before
   "comme" (first mention, no role from the sentence after the ';');
   "Secrétaire de séance ; Mme Y" (no "comme": the ';' an OCR colon)
   still reads the name after it */
static void test_secretary_comme(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Secrétaire de séance ; Mme Anne VIDAL\n",
         .secretary = TT(1), .sec_family = "VIDAL"},
        /* "comme" ending the line above the label (a speech's sentence) */
        {.in = "Séance du 18 mai 2026\n\n"
               "Mme la Présidente. – Je vous propose de désigner M. Loïc HAMON comme\n"
               "secrétaire de séance. (Assentiment.)\n",
         .secretary = TT(1), .sec_family = "HAMON"},
        /* not across a paragraph */
        {.in = "Séance du 18 mai 2026\n\n"
               "Mme la Présidente. – Je vous propose de désigner M. Loïc HAMON comme\n\n"
               "secrétaire de séance. (Assentiment.)\n",
         .secretary = TT(0)},
        /* a ballot's "votants" is no attendance count; the counts' line is */
        {.in = "Séance du 18 mai 2026\n\n"
               "Résultats : votants 39 ; blancs et nuls 3 ; exprimés 36.\n"
               "Conseillers en exercice : 42 – Présents : 34 – Pouvoirs : 4 – Votants : 38\n",
         .voting = TT(38)},
        {.in = "Séance du 18 mai 2026\n\n"
               "Résultats : votants 39 ; blancs et nuls 3 ; exprimés 36.\n",
         .voting = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
    fx f;
    const ex_document *d = run(&f,
        "Séance du 27 mai 2025\n\n"
        "Mme la Maire ouvre la séance et propose de désigner Mme Claire DUVAL\n"
        "comme secrétaire de séance ; Mme Claire DUVAL est désignée à l'unanimité\n"
        "et accepte cette fonction.\n");
    assert_non_null(d->secretary);
    assert_string_equal(d->secretary->family, "DUVAL");
    assert_null(d->secretary->role);
    assert_int_equal(d->secretary->span.start, view_at(&f.c, "Mme Claire DUVAL", 0));
    fx_done(&f);
}

/* a substitute sitting is present: "Délégués suppléants siégeant avec
   voix délibérative :" (and "Suppléants siégeant :", "… présents avec
   voix délibérative :", "Délégués siégeant :") is a present list; the
   member replaced, cut by a line end after "suppléant de", is no person
   of it; not "suppléants non siégeant", "sans voix délibérative" */
static void test_substitutes_sitting(void **st)
{
    (void)st;
#define SM_HEAD "Séance du mardi 10 mars 2026\n\n" \
    "Délégués titulaires présents : M. Alain MÉNARD, Mme Françoise HERVÉ.\n\n"
#define SM_SUBST " M. Bruno COLLET, suppléant de\nM. Joël HAMON ; Mme Isabelle DANIEL, suppléante de Mme Régine LE CALVEZ.\n\n" \
    "Délégués absents : M. Frédéric BERTHELOT.\n"
    static const att_row rows[] = {
        {.in = SM_HEAD "Délégués suppléants siégeant avec voix délibérative :" SM_SUBST,
         .n_present = TT(4), .n_absent = TT(1), .present = {"MÉNARD", "HERVÉ", "COLLET", "DANIEL"}},
        {.in = SM_HEAD "DÉLÉGUÉS SUPPLÉANTS SIÉGEANT :" SM_SUBST,
         .n_present = TT(4), .present = {"MÉNARD", "HERVÉ", "COLLET", "DANIEL"}},
        {.in = SM_HEAD "Suppléants siégeant avec voix délibérative :" SM_SUBST,
         .n_present = TT(4), .present = {"MÉNARD", "HERVÉ", "COLLET", "DANIEL"}},
        {.in = SM_HEAD "Délégués suppléants présents avec voix délibérative :" SM_SUBST,
         .n_present = TT(4), .present = {"MÉNARD", "HERVÉ", "COLLET", "DANIEL"}},
        {.in = SM_HEAD "Délégués suppléants siégeant en remplacement d'un titulaire :" SM_SUBST,
         .n_present = TT(4), .present = {"MÉNARD", "HERVÉ", "COLLET", "DANIEL"}},
        {.in = "Séance du mardi 10 mars 2026\n\nDélégués siégeant avec voix délibérative : "
               "M. Alain MÉNARD, Mme Françoise HERVÉ.\n",
         .n_present = TT(2), .present = {"MÉNARD", "HERVÉ"}},
        /* negative: not sitting, no deliberative voice */
        {.in = SM_HEAD "Délégués suppléants non siégeant :" SM_SUBST, .n_present = TT(2), .n_absent = TT(1)},
        {.in = SM_HEAD "Délégués suppléants sans voix délibérative :" SM_SUBST, .n_present = TT(2)},
    };
#undef SM_HEAD
#undef SM_SUBST
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a speck between a count label and its count ("Présents :. 15",
   "Votants : ‘ 17", "Présents . 16"); not a sentence's end "présents.
   12" nor a speck before no count */
static void test_ocr_speck_before_count(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Conseillers en exercice : 19 — Présents :. 15 — Pouvoirs : 2 — Votants : ‘ 17\n",
         .in_office = TT(19), .present_count = TT(15), .represented = TT(2), .voting = TT(17)},
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Conseillers en exercice : 19 — Présents , 16- Représentés : 2— Votants _ 18\n",
         .in_office = TT(19), .present_count = TT(16), .represented = TT(2), .voting = TT(18)},
        /* a quote speck glued between the label and its colon */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Membres en exercice : 29\nMembres présents : 24\nMembres votants’: 27\n",
         .in_office = TT(29), .present_count = TT(24), .voting = TT(27)},
        /* negative */
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Le maire remercie les conseillers présents. 12 questions sont inscrites.\n"
               "Présents :. M. Paul ROCHE, Mme Anne VIDAL.\n",
         .present_count = TT(EX_NULLNUM), .n_present = TT(2)},
        {.in = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
               "Membres votants’: M. Paul ROCHE.\n",
         .voting = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the old register form's voting line: "Nombre de membres qui ont pris
   part à la délibération …. 10" (the members who voted); not "n'ayant
   pas pris part au vote" (the ballot form's line a.) */
static void test_voting_took_part(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Nombre de membres afférents au Conseil Municipal ......... 11\n"
               "Nombre de membres en exercice ............................ 11\n"
               "Nombre de membres qui ont pris part à la délibération .... 10\n",
         .in_office = TT(11), .voting = TT(10)},
        {.in = "Membres en exercice : 15\n"
               "Membres ayant pris part au vote : 14\n",
         .in_office = TT(15), .voting = TT(14)},
        /* the printed form's label without a subject, on one line or
           on two lines of a left column (right-column text after each) */
        {.in = "Membres en exercice : 15\n"
               "Qui ont pris part à la délibération : 13\n",
         .in_office = TT(15), .voting = TT(13)},
        {.in = "Membres en exercice : 15\n"
               "Ayant pris part au vote : 12\n",
         .in_office = TT(15), .voting = TT(12)},
        {.in = "En exercice : 15               le conseil municipal, dûment\n"
               "Qui ont pris part              convoqué, s'est réuni à la mairie,\n"
               "à la délibération : 14         sous la présidence du Maire.\n",
         .in_office = TT(15), .voting = TT(14)},
        /* negative */
        {.in = "Membres en exercice : 15\n"
               "a. Nombre de conseillers présents n'ayant pas pris part au vote ....... 0\n",
         .in_office = TT(15), .voting = TT(EX_NULLNUM)},
        /* no subject in prose (no colon, not opening its line), and "Qui
           ont pris part" whose next line goes on with prose */
        {.in = "Membres en exercice : 15\n"
               "Les élus qui ont pris part au vote ont approuvé, 9 voix pour.\n",
         .in_office = TT(15), .voting = TT(EX_NULLNUM)},
        {.in = "Membres en exercice : 15\n"
               "Ceux qui ont pris part à la délibération : 11 ont signé.\n",
         .in_office = TT(15), .voting = TT(EX_NULLNUM)},
        {.in = "En exercice : 15               le conseil municipal, dûment\n"
               "Qui ont pris part              convoqué, s'est réuni à la mairie,\n"
               "aux débats : 14                sous la présidence du Maire.\n",
         .in_office = TT(15), .voting = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a president's name cut by the line end in a right column, a left
   column's text on the next line before its family name ("sous la
   présidence de Mme Hélène" / "à la délibération : 17      MARCHETTI,
   Maire."): one name, its text without the left column's words;
   negative: the next line's text not at the column */
static void test_president_cut_by_left_column(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Nombre de membres              L'an deux mille vingt-six, le cinq mars à\n"
               "En exercice : 19               vingt heures, le Conseil municipal s'est\n"
               "Votants : 17                   réuni à la mairie, sous la présidence de Mme Hélène\n"
               "Date de convocation :          MARCHETTI, Maire.\n"
               "\n"
               "Présents : Mme Hélène MARCHETTI, M. Paul ROUX.\n",
         .president = TT(1), .pres_family = "MARCHETTI", .pres_given = "Hélène",
         .pres_text = "Mme Hélène MARCHETTI"},
        /* negative: the next line's text is not at the right column's
           place (the left text runs past it) */
        {.in = "Nombre de membres              L'an deux mille vingt-six, le cinq mars à\n"
               "En exercice : 19               vingt heures, le Conseil municipal s'est\n"
               "Votants : 17                   réuni à la mairie, sous la présidence de Mme Hélène\n"
               "Date de convocation : 26 février 2026      MARCHETTI, Maire.\n"
               "\n"
               "Présents : Mme Hélène MARCHETTI, M. Paul ROUX.\n",
         .president = TT(1), .pres_family = "Hélène"},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a blank line inside a present list after a comma, a role going
   on after it ("Mme X,\n\nvice-présidente, M. Y"): the list goes on;
   negative: no comma before the blank line (a sentence after it) */
static void test_blank_line_before_role(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 16 avril 2026\n"
               "Présents : Mme Odile PERRAULT,\n"
               "\n"
               "vice-présidente, M. Hervé GUÉRINEAU, Mme Line MARCHAIS.\n"
               "Absente : Mme Yvette LORIOT.\n",
         .n_present = TT(3), .present = {[0] = "PERRAULT", [2] = "MARCHAIS"}, .n_absent = TT(1)},
        {.in = "Séance du 16 avril 2026\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL,\n"
               "\n"
               "adjointe, M. Marc GIRAUD.\n",
         .n_present = TT(3), .present = {[2] = "GIRAUD"}},
        /* negative */
        {.in = "Séance du 16 avril 2026\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "\n"
               "adjointe au maire, M. Marc GIRAUD présente le rapport.\n",
         .n_present = TT(2), .present = {[1] = "VIDAL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: the colon after a label read as "{", "}", "!" or "i" standing
   alone between blanks, a civility after it ("Secrétaire de séance {
   Mme X"), or as ';', or printed '=' (a form); negative: no civility
   after a brace, no label's colon */
static void test_ocr_colon_as_brace(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Secrétaire de séance { Mme Anne VIDAL.\n",
         .secretary = TT(1), .sec_family = "VIDAL"},
        {.in = "Séance du 27 mai 2025\n"
               "Présents ! M. Paul ROUX, Mme Anne VIDAL.\n",
         .n_present = TT(2), .present = {[1] = "VIDAL"}},
        /* the colon marks of ex_colon_mark(): ';' and a form's '=' */
        {.in = "Séance du 27 mai 2025\n"
               "Présents ; M. Paul ROUX, Mme Anne VIDAL.\n",
         .n_present = TT(2), .present = {[1] = "VIDAL"}},
        {.in = "Séance du 27 mai 2025\n"
               "Présents = M. Paul ROUX, Mme Anne VIDAL.\n",
         .n_present = TT(2), .present = {[1] = "VIDAL"}},
        /* a lone "." between blanks, a civility after it */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Absents . M. Marc BLANC, Mme Lise NOEL.\n",
         .n_absent = TT(2), .absent = {"BLANC", "NOEL"}},
        /* negative */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Secrétaire de séance { la liste est close.\n",
         .secretary = TT(0)},
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Absents . la liste est close. M. Marc BLANC\n",
         .n_absent = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* the excused label joined to the proxies' word ("Excusés / Pouvoirs :",
   "Excusés et pouvoirs :", "Absents excusés / procurations :"): the
   names under it are excused, "(pouvoir à Y)" gives the proxy; in one
   column and in two columns side by side */
static void test_excused_slash_proxies_label(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Excusés / Pouvoirs : M. Guy BLANC (pouvoir à M. Paul ROUX), Mme Lise NOEL.\n",
         .n_present = TT(2), .n_excused = TT(2), .n_proxies = TT(1), .excused = {"BLANC", "NOEL"},
         .proxy_from = {"BLANC"}, .proxy_to = {"ROUX"}},
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Excusés et pouvoirs : M. Guy BLANC (pouvoir à M. Paul ROUX).\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1), .excused = {"BLANC"}, .proxy_to = {"ROUX"}},
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Absents excusés / procurations : M. Guy BLANC (pouvoir à M. Paul ROUX).\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1), .excused = {"BLANC"}, .proxy_to = {"ROUX"}},
        /* two columns: the labels side by side, the names under them */
        {.in = "Séance du 27 mai 2025\n"
               "Présents :                          Excusés / Pouvoirs :\n"
               "M. Paul ROUX                        M. Guy BLANC (pouvoir à\n"
               "Mme Anne VIDAL                      M. Paul ROUX)\n"
               "M. Marc DURAND                      Mme Lise NOEL\n"
               "Mme Julie MOREL\n"
               "                                    Absent :\n"
               "M. Hugo PETIT                       M. Yves LEROY\n\n"
               "Secrétaire de séance : Mme Anne VIDAL\n",
         .n_present = TT(5), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(1),
         .present = {"ROUX", "VIDAL", "DURAND", "MOREL", "PETIT"}, .excused = {"BLANC", "NOEL"},
         .absent = {"LEROY"}, .proxy_from = {"BLANC"}, .proxy_to = {"ROUX"}},
        /* negative: two labels, a colon between ("Excusés : … Pouvoirs :"):
           the proxies' own label */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Excusés : Mme Lise NOEL. Pouvoirs : M. Guy BLANC à M. Paul ROUX.\n",
         .n_present = TT(2), .n_excused = TT(1), .excused = {"NOEL"}, .n_proxies = TT(1), .proxy_to = {"ROUX"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR reads the "c" of "excusés" as an "e": "Absents exeusés :",
   "Exeusés : M. X (pouvoir à M. Y)" are the excused labels */
static void test_ocr_excused_c_as_e(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Absents exeusés : M. Guy BLANC, qui a donné pouvoir à M. Paul ROUX ; Mme Lise NOEL.\n",
         .n_present = TT(2), .n_excused = TT(2), .n_proxies = TT(1), .excused = {"BLANC", "NOEL"},
         .proxy_to = {"ROUX"}},
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Exeusés : M. Guy BLANC (pouvoir à M. Paul ROUX), Mme Lise NOEL.\n",
         .n_present = TT(2), .n_excused = TT(2), .excused = {"BLANC", "NOEL"}},
        /* negative: a longer word is no label */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Exeuser : M. Guy BLANC, Mme Lise NOEL.\n",
         .n_excused = TT(0)},
        /* OCR reads an "o" as "ü" ("pouvüir", "dünné"): the label holds */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Excusés ayant donné pouvüir : Mme Lise NOEL à M. Paul ROUX.\n",
         .n_present = TT(2), .n_excused = TT(1), .n_proxies = TT(1), .excused = {"NOEL"},
         .proxy_to = {"ROUX"}},
        /* negative: "ü" for two letters ("ou") */
        {.in = "Séance du 27 mai 2025\n"
               "Présents : M. Paul ROUX, Mme Anne VIDAL.\n"
               "Excusés ayant donné püvoir : Mme Lise NOEL à M. Paul ROUX.\n",
         .n_excused = TT(0), .n_proxies = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a count label of the count row with one letter misread
   ("Présenis : 23", "Repiésentés : 4", "Pouvois : 3") is read */
static void test_ocr_count_label_one_edit(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice : 29 Présenis : 23 | Repiésentés : 4 Votants : 27\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(29), .present_count = TT(23), .represented = TT(4), .voting = TT(27)},
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice : 21 Présents : 16 Pouvois : 3 Votants : 19\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(21), .present_count = TT(16), .represented = TT(3), .voting = TT(19)},
        /* the colon read as a lone "+" between blanks */
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice + 24 – Présents : 19 – Votants : 22\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(24), .present_count = TT(19), .voting = TT(22)},
        /* negative: a "+" glued to the number ("+24"), no count */
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice +24 – Présents : 19 – Votants : 22\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(EX_NULLNUM), .present_count = TT(19), .voting = TT(22)},
        /* negative: two letters off, or off the count row */
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice : 29 Prisenis : 23 Votants : 27\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(29), .present_count = TT(EX_NULLNUM), .voting = TT(27)},
        {.in = "Séance du 27 mai 2025\n"
               "Membres en exercice : 29 Votants : 27\n"
               "Présenis : 23\n",
         .in_office = TT(29), .present_count = TT(EX_NULLNUM), .voting = TT(27)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: the counts stacked one a line under the in-office count, a
   label one letter off ("PRESENIS 12", "VOTANIS 14") and no colon */
static void test_ocr_stacked_count_labels(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 27 mai 1996\n"
               "NOMBRE DE CONSEILLERS :\n"
               "EN EXERCICE 15\n"
               "PRESENIS 12\n"
               "VOTANTS 14\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(12), .voting = TT(14)},
        {.in = "Séance du 27 mai 1996\n"
               "EN EXERCICE ... 15\n"
               "PRÉSENTS 12\n"
               "VOTANIS ... 14\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(12), .voting = TT(14)},
        /* negative: a speck number before the count, a count above the
           members in office, a blank line between, two letters off */
        {.in = "Séance du 27 mai 1996\n"
               "EN EXERCICE 15\n"
               "PRÉSENTS 12\n"
               "VOTANIS 5... 14\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(12), .voting = TT(EX_NULLNUM)},
        {.in = "Séance du 27 mai 1996\n"
               "EN EXERCICE 15\n"
               "PRESENIS 112\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(EX_NULLNUM)},
        {.in = "Séance du 27 mai 1996\n"
               "EN EXERCICE 15\n"
               "\n"
               "PRESENIS 12\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(EX_NULLNUM)},
        {.in = "Séance du 27 mai 1996\n"
               "EN EXERCICE 15\n"
               "PRISENIS 12\n"
               "\n"
               "Le conseil, après en avoir délibéré, approuve.\n",
         .in_office = TT(15), .present_count = TT(EX_NULLNUM)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a family name misread in one place ("PUECHI") takes the
   spelling the same given name holds twice or more in the file */
static void test_ocr_family_name_one_place(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Séance du 9 avril 2026\n"
               "Présents : M. Rémi PUECH, Mme Sylvie ESCANDE.\n"
               "Secrétaire de séance : M. Rémi PUECH.\n"
               "Excusée : Mme Chantal MARTY (pouvoir à M. Rémi PUECHI).\n",
         .n_present = TT(2), .proxy_from = {"MARTY"}, .proxy_to = {"PUECH"}, .sec_family = "PUECH"},
        /* negative: a tie (once each), another given name */
        {.in = "Séance du 9 avril 2026\n"
               "Présents : M. Rémi PUECH, Mme Sylvie ESCANDE.\n"
               "Excusée : Mme Chantal MARTY (pouvoir à M. Rémi PUECHI).\n",
         .n_present = TT(2), .proxy_from = {"MARTY"}, .proxy_to = {"PUECHI"}},
        {.in = "Séance du 9 avril 2026\n"
               "Présents : M. Rémi PUECH, Mme Sylvie ESCANDE.\n"
               "Secrétaire de séance : M. Rémi PUECH.\n"
               "Excusée : Mme Chantal MARTY (pouvoir à M. Paul PUECHI).\n",
         .n_present = TT(2), .proxy_from = {"MARTY"}, .proxy_to = {"PUECHI"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* An arrêté has no séance: the members it names composing a commission
   ("– titulaire : M. X, maire de Y ;" / "suppléante : Mme Z, …") are no
   attendance (set AZ); the same lines in a délibération still open a
   substitutes' list (the rule is the arrêté's) */
#define COMPOSITION(HEAD, AUTH, VERB)                                    \
    HEAD "\n"                                                            \
    "\n"                                                                 \
    AUTH "\n"                                                            \
    "\n"                                                                 \
    "Vu le code de l'environnement ;\n"                                  \
    "\n"                                                                 \
    VERB "\n"                                                            \
    "\n"                                                                 \
    "Article 1er – La commission est composée comme suit :\n"            \
    "   – titulaire : M. Louis FABRE, maire de Salers ;\n"               \
    "     suppléante : Mme Anne ROUX, maire de Murat ;\n"                \
    "   – titulaire : Mme Julie BRUN, conseillère départementale ;\n"    \
    "     suppléant : M. Paul VIDAL.\n"                                  \
    "\n"                                                                 \
    "Article 2 – Le présent acte sera publié.\n"                         \
    "\n"                                                                 \
    "Fait à Aurillac, le 3 mars 2025\n"
static void test_arrete_members_no_attendance(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "PRÉFET DU CANTAL\n\n" COMPOSITION("ARRÊTÉ PRÉFECTORAL N° 2025-DDT-0099\nportant composition de la "
                                                  "commission locale",
                                                  "LE PRÉFET DU CANTAL,", "ARRÊTE"),
         .n_present = TT(0), .n_excused = TT(0), .n_absent = TT(0), .n_proxies = TT(0)},
        {.in = "COMMUNE DE SALERS\n\n" COMPOSITION("DÉLIBÉRATION N° 2025-099\nportant composition de la "
                                                   "commission locale",
                                                   "Le conseil municipal, après en avoir délibéré,", "DÉCIDE :"),
         .n_present = TT(3), .present = {"ROUX", "BRUN", "VIDAL"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}
#undef COMPOSITION

/* OCR: the no-break space and ";" closing a proxy read as a capital "À"
   ending its line before a blank line ("X à M. Y À" / blank / "M. Z à
   Mme W."): debris, no arrow from Y to Z; a capital "À" wrapping a
   capitals line with no blank line after it is still the arrow */
static void test_ocr_capital_a_proxy_debris(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "COMMUNE DE BELVAL\nSÉANCE DU 3 AVRIL 2025\n\n"
               "Présents : M. Jean DURAND, Mme Paule MARTIN.\n"
               "Absents excusés ayant donné pouvoir : Mme Valérie DUCHÊNE à M. Jean DURAND À\n"
               "\n"
               "M. Kévin TISSIER à Mme Paule MARTIN.\n"
               "\n"
               "Secrétaire de séance : Mme Paule MARTIN.\n",
         .n_excused = TT(2), .excused = {"DUCHÊNE", "TISSIER"}, .n_proxies = TT(2),
         .proxy_from = {"DUCHÊNE", "TISSIER"}, .proxy_to = {"DURAND", "MARTIN"}},
        {.in = "COMMUNE DE BELVAL\nSÉANCE DU 3 AVRIL 2025\n\n"
               "PRÉSENTS : M. JEAN DURAND, MME PAULE MARTIN.\n"
               "ABSENTS EXCUSÉS AYANT DONNÉ POUVOIR : MME VALÉRIE DUCHÊNE À\n"
               "M. JEAN DURAND.\n"
               "\n"
               "SECRÉTAIRE DE SÉANCE : MME PAULE MARTIN.\n",
         .n_excused = TT(1), .excused = {"DUCHÊNE"}, .n_proxies = TT(1), .proxy_from = {"DUCHÊNE"},
         .proxy_to = {"DURAND"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "Excusés sans pouvoir :", "Excusés n'ayant pas donné pouvoir :": an
   excused list whose label says no proxy was given; not "Excusés sans
   objet" nor a proxy list "Pouvoirs :" */
static void test_excused_without_proxy(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : M. Jean MARTIN.\nExcusés sans pouvoir : Mme Carole DUVAL, M. Hervé LACROIX.\n"
               "Absents : M. Kevin BOYER.\n",
         .n_present = TT(1), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(0),
         .excused = {"DUVAL", "LACROIX"}},
        {.in = "Présents : M. Jean MARTIN.\nAbsents excusés n'ayant pas donné pouvoir : Mme Carole DUVAL.\n",
         .n_excused = TT(1), .n_proxies = TT(0), .excused = {"DUVAL"}},
        {.in = "Présents : M. Jean MARTIN.\nExcusée, sans procuration : Mme Carole DUVAL.\n",
         .n_excused = TT(1), .excused = {"DUVAL"}},
        /* no colon after the tail: no label */
        {.in = "Présents : M. Jean MARTIN.\nExcusés sans pouvoir de vote M. Paul ROY.\n",
         .n_excused = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "M. et Mme BERNARD" (a couple, "et" may end the line): two persons,
   M. and Mme, with the group's family and span; not "M. Paul ROY et Mme
   Anne ROY" (two persons each with a name) */
static void test_couple_civilities(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : Mmes Hélène LEROY et Sylvie MOREAU, M. et\nMme BERNARD, M. Yann LE GOFF.\n",
         .n_present = TT(5), .present = {"LEROY", "MOREAU", "BERNARD", "BERNARD", "LE GOFF"},
         .present_civility = {[1] = "Mme", [2] = "M.", [3] = "Mme", [4] = "M."},
         .present_given = {[2] = TT_NULL, [3] = TT_NULL},
         .present_span = {[2] = "M. et\nMme BERNARD", [3] = "M. et\nMme BERNARD"}},
        {.in = "Présents : Monsieur et Madame DUVAL, M. Yann LE GOFF.\n",
         .n_present = TT(3), .present = {"DUVAL", "DUVAL", "LE GOFF"},
         .present_civility = {"M.", "Mme", "M."}},
        {.in = "Présents : M. Paul ROY et Mme Anne ROY, M. Yann LE GOFF.\n",
         .n_present = TT(3), .present = {"ROY", "ROY", "LE GOFF"}, .present_given = {"Paul", "Anne"},
         .present_span = {"M. Paul ROY", "Mme Anne ROY"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* a free-standing proxy sentence after a list's full stop ("M. X a
   donné procuration à M. Y.") is a proxy, its giver no member of the
   list above (a blank line between too: OCR); a list of such sentences
   keeps its members */
static void test_proxy_sentence_after_list(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : M. Luc HAMON, M. Jean ROUX.\nAbsents non excusés : M. Kevin BOYER.\n"
               "M. Olivier DELMAS a donné procuration à M. Luc HAMON.\n",
         .n_absent = TT(1), .absent = {"BOYER"}, .n_proxies = TT(1), .proxy_from = {"DELMAS"},
         .proxy_to = {"HAMON"}},
        {.in = "Présents : M. Luc HAMON, M. Jean ROUX.\nAbsents non excusés : M. Kevin BOYER.\n\n"
               "M. Olivier DELMAS a donné procuration à M. Luc HAMON.\n",
         .n_absent = TT(1), .absent = {"BOYER"}, .n_proxies = TT(1)},
        {.in = "Présents : M. Luc HAMON, M. Jean ROUX.\nExcusés : M. Paul ROY a donné pouvoir à M. Luc HAMON.\n"
               "M. Olivier DELMAS a donné pouvoir à M. Jean ROUX.\n",
         .n_excused = TT(2), .excused = {"ROY", "DELMAS"}, .n_proxies = TT(2)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a hyphen for the blank in "présidence-de M. X"; not
   "présidence-des commissions" */
static void test_presidence_hyphen_de(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Le conseil s'est réuni sous la présidence-de M. Gaston VERNIER, Maire.\n\n"
               "Présents : M. Gaston VERNIER, Mme Odile VARENNE.\n",
         .president = TT(1), .pres_family = "VERNIER", .pres_given = "Gaston"},
        {.in = "Le conseil approuve la présidence-des commissions par M. Gaston VERNIER.\n\n"
               "Présents : Mme Odile VARENNE, M. Rémi COSTE.\n",
         .president = TT(0)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: one capital letter split off a family name before the entry's
   end ("Mme Emma ROLLAN D,") is glued back; not "A" (a verb in
   capitals), not a short word before it ("LE D") */
static void test_ocr_split_family_letter(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : Mme Emma ROLLAN D, M. Jules PETIT.\n",
         .n_present = TT(2), .present = {"ROLLAND", "PETIT"}, .present_given = {"Emma", "Jules"}},
        {.in = "Présents : Mme Emma ROLLAN A, M. Jules PETIT.\n", .present = {"ROLLAN", "PETIT"}},
        {.in = "Présents : Mme Emma LE D, M. Jules PETIT.\n", .present = {[1] = "PETIT"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* an excused label cut onto two lines of a left column, its second half
   ("procuration :") opening the next line at the label's column between
   a giver and his holder: one excused-with-proxy list (the cell is no
   list word), as printed and after OCR closed the gap to one blank;
   negative: the next line's left cell is another label */
static void test_excused_label_split_in_column(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents :                     M. Jean DUPONT, Mme Anne LEROY,\n"
               "                               M. Paul MARTIN\n"
               "Excusés ayant donné            Mme Claire ROUX (procuration à\n"
               "procuration :                  M. Jean DUPONT), M. Marc PETIT\n"
               "                               (procuration à Mme Anne LEROY)\n"
               "Absents :                      M. Luc FAURE\n",
         .n_present = TT(3), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .present = {"DUPONT", "LEROY", "MARTIN"}, .excused = {"ROUX", "PETIT"}, .absent = {"FAURE"},
         .proxy_from = {"ROUX", "PETIT"}, .proxy_to = {"DUPONT", "LEROY"}},
        {.in = "Présents : M. Jean DUPONT, Mme Anne LEROY, M. Paul MARTIN\n"
               "Excusés ayant donné Mme Claire ROUX (procuration à\n"
               "procuration : M. Jean DUPONT), M. Marc PETIT\n"
               "(procuration à Mme Anne LEROY)\n"
               "Absents : M. Luc FAURE\n",
         .n_present = TT(3), .n_excused = TT(2), .n_absent = TT(1), .n_proxies = TT(2),
         .excused = {"ROUX", "PETIT"}, .proxy_from = {"ROUX", "PETIT"}, .proxy_to = {"DUPONT", "LEROY"}},
        /* negative: the next line's left cell is the absent label */
        {.in = "Présents :                     M. Jean DUPONT, Mme Anne LEROY\n"
               "Excusés ayant donné            Mme Claire ROUX (procuration à M. Jean DUPONT)\n"
               "Absents :                      M. Luc FAURE\n",
         .n_absent = TT(1), .absent = {"FAURE"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* OCR: a stray "à" ending the line of a present member's given name, a
   blank line, then his family name ("M. Romain à" / "" / "CAYLA, …"): no
   proxy arrow, the list goes on; negative: in a proxy list, and before a
   civility, "à" stays the arrow */
static void test_ocr_stray_a_before_blank_line(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "Présents : Mme Sabine ROUS, M. Romain à\n\nCAYLA, Mme Justine RAYNAL, M. Bastien DAURES.\n",
         .n_present = TT(4), .n_proxies = TT(0), .present = {"ROUS", "CAYLA", "RAYNAL", "DAURES"}},
        /* negative */
        {.in = "Présents : Mme Sabine ROUS.\nPouvoirs : Mme Renée ALAUX à\n\nM. Thierry LACAZE.\n",
         .n_present = TT(1), .n_proxies = TT(1), .proxy_from = {"ALAUX"}, .proxy_to = {"LACAZE"}},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

/* "ÉTAIENT PRÉSENTS" alone on its line (no colon), then a college's
   label line and its names: the list starts under the heading and the
   college labels stay inside it; not a bare heading whose next line is
   no college label */
static void test_bare_heading_college_labels(void **st)
{
    (void)st;
    static const att_row rows[] = {
        {.in = "ÉTAIENT PRÉSENTS\n\n"
               "Collège des employeurs – représentants des communes affiliées :\n"
               "M. Jean PARIS, Président ; Mme Anne LYON ;\n"
               "M. Paul NICE.\n"
               "Collège des employeurs – représentants des établissements affiliés :\n"
               "Mme Rose METZ.\n\n"
               "EXCUSÉS : M. Yves BREST.\n",
         .n_present = TT(4), .present = {"PARIS", "LYON", "NICE", "METZ"}, .n_excused = TT(1)},
        /* negative: a sentence under the heading */
        {.in = "ÉTAIENT PRÉSENTS\n\n"
               "Le conseil siège en formation plénière :\n"
               "M. Jean PARIS ; Mme Anne LYON.\n\n"
               "EXCUSÉS : M. Yves BREST.\n",
         .n_present = TT(0), .n_excused = TT(1)},
    };
    TT_EACH(r, t, rows)
        check_att(&t, r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count_leaders_and_opening),
        cmocka_unit_test(test_bare_heading_college_labels),
        cmocka_unit_test(test_present_by_member_collectivity),
        cmocka_unit_test(test_specks_after_label),
        cmocka_unit_test(test_blank_line_inside_grouped_list),
        cmocka_unit_test(test_prose_exception),
        cmocka_unit_test(test_secretary_comme),
        cmocka_unit_test(test_majority_of_members_present),
        cmocka_unit_test(test_presence_legend_excused_proxy),
        cmocka_unit_test(test_surveillance_colleges),
        cmocka_unit_test(test_dash_place_rows_after_blank_lines),
        cmocka_unit_test(test_transposed_roll_call),
        cmocka_unit_test(test_flattened_count_column),
        cmocka_unit_test(test_represented_above_office),
        cmocka_unit_test(test_roll_call_flat),
        cmocka_unit_test(test_roll_call_flat_holder),
        cmocka_unit_test(test_pv_block),
        cmocka_unit_test(test_group_labels_in_lists),
        cmocka_unit_test(test_gave_label_line),
        cmocka_unit_test(test_president_opens_session),
        cmocka_unit_test(test_president_doyen_no_role),
        cmocka_unit_test(test_president_elected_for_item),
        cmocka_unit_test(test_president_role_before_convocation),
        cmocka_unit_test(test_president_from_present_list),
        cmocka_unit_test(test_present_or_represented),
        cmocka_unit_test(test_ca_college_headings),
        cmocka_unit_test(test_la_presente_no_label),
        cmocka_unit_test(test_two_columns),
        cmocka_unit_test(test_inline_counts_and_advisory),
        cmocka_unit_test(test_ocr_labels),
        cmocka_unit_test(test_ocr_hyphen_in_office),
        cmocka_unit_test(test_no_labels_no_attendance),
        cmocka_unit_test(test_count_mismatch_diag),
        cmocka_unit_test(test_excused_then_proxy_sentence),
        cmocka_unit_test(test_quorum_and_abbreviated_label),
        cmocka_unit_test(test_counts_in_words),
        cmocka_unit_test(test_substituted_and_consultative),
        cmocka_unit_test(test_flattened_counts),
        cmocka_unit_test(test_table_counts),
        cmocka_unit_test(test_count_diagnostics),
        cmocka_unit_test(test_proxy_forms_and_notes),
        cmocka_unit_test(test_column_name_text),
        cmocka_unit_test(test_left_list_right_counts),
        cmocka_unit_test(test_left_list_counts_flattened),
        cmocka_unit_test(test_counts_in_prose),
        cmocka_unit_test(test_represented_absents),
        cmocka_unit_test(test_count_in_brackets),
        cmocka_unit_test(test_represented_list_par),
        cmocka_unit_test(test_roll_call_table),
        cmocka_unit_test(test_roll_call_then_proxy_line),
        cmocka_unit_test(test_roll_call_presence_words),
        cmocka_unit_test(test_roll_call_situation),
        cmocka_unit_test(test_roll_call_presence_header_tail),
        cmocka_unit_test(test_roll_call_presence_codes),
        cmocka_unit_test(test_roll_call_ruled),
        cmocka_unit_test(test_roll_call_commune_column),
        cmocka_unit_test(test_list_ends_at_prose),
        cmocka_unit_test(test_present_with_deliberative_voice),
        cmocka_unit_test(test_ocr_label_word),
        cmocka_unit_test(test_count_not_from_line_above),
        cmocka_unit_test(test_present_sur_in_office),
        cmocka_unit_test(test_table_counts_by_column),
        cmocka_unit_test(test_table_counts_ruled),
        cmocka_unit_test(test_list_table_columns),
        cmocka_unit_test(test_list_table_flattened),
        cmocka_unit_test(test_two_lists_flattened),
        cmocka_unit_test(test_roll_call_marks_flattened),
        cmocka_unit_test(test_name_text_spaced_dash),
        cmocka_unit_test(test_list_table_mixed_case),
        cmocka_unit_test(test_presidence_du_rank),
        cmocka_unit_test(test_leaving_member_proxy),
        cmocka_unit_test(test_leaving_member_nominal),
        cmocka_unit_test(test_bureau_members_in_office),
        cmocka_unit_test(test_body_members_in_office),
        cmocka_unit_test(test_advisory_at_meeting),
        cmocka_unit_test(test_ocr_glued_labels),
        cmocka_unit_test(test_roll_call_ruled_ocr),
        cmocka_unit_test(test_presidence_name_cut),
        cmocka_unit_test(test_present_ocr_pros),
        cmocka_unit_test(test_roll_call_cell_status),
        cmocka_unit_test(test_excused_represented),
        cmocka_unit_test(test_attendance_in_prose),
        cmocka_unit_test(test_assembly_members_in_office),
        cmocka_unit_test(test_roll_call_status_proxy_cell),
        cmocka_unit_test(test_roll_call_status_ruled),
        cmocka_unit_test(test_roll_call_status_codes_blank_aligned),
        cmocka_unit_test(test_roll_call_bracket_codes),
        cmocka_unit_test(test_roll_call_presence_and_holder),
        cmocka_unit_test(test_ocr_dash_for_count_colon),
        cmocka_unit_test(test_advisory_voice_in_label),
        cmocka_unit_test(test_role_labels),
        cmocka_unit_test(test_substitutes_sitting),
        cmocka_unit_test(test_ocr_speck_before_count),
        cmocka_unit_test(test_voting_took_part),
        cmocka_unit_test(test_blank_line_before_role),
        cmocka_unit_test(test_president_cut_by_left_column),
        cmocka_unit_test(test_ocr_colon_as_brace),
        cmocka_unit_test(test_ocr_excused_c_as_e),
        cmocka_unit_test(test_excused_slash_proxies_label),
        cmocka_unit_test(test_ocr_count_label_one_edit),
        cmocka_unit_test(test_ocr_stacked_count_labels),
        cmocka_unit_test(test_ocr_family_name_one_place),
        cmocka_unit_test(test_arrete_members_no_attendance),
        cmocka_unit_test(test_ocr_capital_a_proxy_debris),
        cmocka_unit_test(test_excused_without_proxy),
        cmocka_unit_test(test_couple_civilities),
        cmocka_unit_test(test_proxy_sentence_after_list),
        cmocka_unit_test(test_presidence_hyphen_de),
        cmocka_unit_test(test_ocr_split_family_letter),
        cmocka_unit_test(test_excused_label_split_in_column),
        cmocka_unit_test(test_ocr_stray_a_before_blank_line),
        cmocka_unit_test(test_present_prose_per_epci),
        cmocka_unit_test(test_presidence_hyphenated),
        cmocka_unit_test(test_leader_roll),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
