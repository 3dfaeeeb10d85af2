/* test_lines.c - stage lines: line ends, pages, furniture, text values. */
#include <stdio.h>

#include "testutil.h"

static void test_line_ends(void **state)
{
    ex_call c;
    const char s[] = "Vu la loi ;\r\nVu le code ;\rConsidérant\nDÉCIDE";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.nlines, 4);
    assert_int_equal(c.text.lines[0].end, 11);
    assert_int_equal(c.text.lines[1].start, 13);   /* after CRLF */
    assert_int_equal(c.text.lines[2].start, 26);   /* after CR */
    assert_int_equal(ex_line_at(&c.text, 30), 2);
    ex_call_free(&c);
}

static void test_form_feed_pages(void **state)
{
    ex_call c;
    const char s[] = "Article 1 : texte\n\fArticle 2 : suite\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.npages, 2);
    size_t l2 = ex_line_at(&c.text, (size_t)(strstr(c.text.s, "Article 2") - c.text.s));
    assert_int_equal(c.text.lines[l2].page, 1);
    assert_int_equal(c.text.lines[0].page, 0);
    ex_call_free(&c);
}

static void test_furniture(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNE DE TRONGET\n"
        "Délibération n° 2024-12\n"
        "le conseil approuve\n"
        "Commune de Tronget – Délibération du 12/03/2024\n"
        "Page 1/2\n"
        "\f"
        "Commune de Tronget – Délibération du 12/03/2024\n"
        "suite du texte\n"
        "   7   \n"
        "CP20221017-32\n"
        "fin\n"
        "Commune de Tronget – Délibération du 12/03/2024\n"
        "Page 2/2\n";
    text_of(&c, *state, s, sizeof s - 1);
    /* lines: 0 COMMUNE, 1 Délibération, 2 le conseil, 3 footer, 4 Page 1/2,
       5 (empty line ended by the form feed), 6 footer again at the top of
       page 2, 7 suite, 8 lone number, 9 page code, 10 fin, 11 footer,
       12 Page 2/2 */
    const ex_line *L = c.text.lines;
    assert_int_equal(c.text.nlines, 13);
    assert_false(L[0].flags & EX_LINE_FURNITURE);   /* issuer at top of page 1 */
    assert_false(L[2].flags & EX_LINE_FURNITURE);
    assert_true(L[3].flags & EX_LINE_FURNITURE);    /* repeated footer */
    assert_true(L[4].flags & EX_LINE_FURNITURE);    /* Page 1/2 */
    assert_true(L[6].flags & EX_LINE_FURNITURE);    /* footer slipped to the top of page 2 */
    assert_false(L[7].flags & EX_LINE_FURNITURE);
    assert_true(L[8].flags & EX_LINE_FURNITURE);    /* lone page number */
    assert_true(L[9].flags & EX_LINE_FURNITURE);    /* page code */
    assert_false(L[10].flags & EX_LINE_FURNITURE);
    assert_true(L[11].flags & EX_LINE_FURNITURE);
    /* of these, only the page numbering closes a page (segment.c) */
    assert_true(L[4].flags & EX_LINE_FOOTER);
    assert_true(L[12].flags & EX_LINE_FOOTER);
    assert_false(L[3].flags & EX_LINE_FOOTER);      /* running footer text */
    assert_false(L[6].flags & EX_LINE_FOOTER);
    assert_false(L[8].flags & EX_LINE_FOOTER);      /* lone page number */
    assert_false(L[9].flags & EX_LINE_FOOTER);      /* page code */
    assert_false(L[1].flags & EX_LINE_FOOTER);
    ex_call_free(&c);
}

/* a running footer above "Page n/m", printed twice with no form feed:
   the same text above two counters is furniture; a line above one
   counter only, or another text above the other, is not */
static void test_footer_above_counter_no_ff(void **state)
{
    static const struct {
        const char *s;
        bool furn;
    } rows[] = {
        {"Texte du relevé.\nDépartement de X – Commission permanente du 20 avril 2026\nPage 1/2\n"
         "suite du texte\nDépartement de X – Commission permanente du 20 avril 2026\nPage 2/2\n", true},
        {"Texte du relevé.\nDépartement de X – Commission permanente du 20 avril 2026\nPage 1/2\n"
         "suite du texte\nAutre ligne de fin du document imprimé\nPage 2/2\n", false},
        {"Texte du relevé.\nDépartement de X – Commission permanente du 20 avril 2026\nPage 1/2\n"
         "suite du texte\n", false},
    };
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        ex_call c;
        text_of(&c, *state, rows[r].s, strlen(rows[r].s));
        const ex_line *L = c.text.lines;
        assert_int_equal((L[1].flags & EX_LINE_FURNITURE) != 0, rows[r].furn);
        assert_false(L[0].flags & EX_LINE_FURNITURE);
        assert_false(L[3].flags & EX_LINE_FURNITURE);
        ex_call_free(&c);
    }
}

static void test_stamp_not_furniture(void **state)
{
    ex_call c;
    const char s[] =
        "Envoyé en préfecture le 16/10/2023\nPage 1/2\ntexte\n\f"
        "Envoyé en préfecture le 16/10/2023\nPage 2/2\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_true(c.text.lines[0].flags & EX_LINE_STAMP);
    assert_false(c.text.lines[0].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[3].flags & EX_LINE_FURNITURE);
    ex_call_free(&c);
}

/* a stamp line indented (blanks, tabs) is one too; a line whose stamp
   phrase does not open it is none */
static void test_indented_stamp(void **state)
{
    ex_call c;
    const char s[] =
        "  \t Reçu en préfecture le 16/10/2023\n"
        "\tID : 062-226200014-20231016-XX\n"
        "Le document reçu en préfecture le 16/10/2023\n"
        "   \n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_true(c.text.lines[0].flags & EX_LINE_STAMP);
    assert_int_equal(c.text.lines[0].indent, 4);
    assert_true(c.text.lines[1].flags & EX_LINE_STAMP);
    assert_false(c.text.lines[2].flags & EX_LINE_STAMP);
    assert_true(c.text.lines[3].flags & EX_LINE_BLANK);
    assert_false(c.text.lines[3].flags & EX_LINE_STAMP);
    ex_call_free(&c);
}

/* "Date de réception préfecture : 06/03/2026" under each act's ACTES id
   is a stamp line (never running furniture: its date changes); a
   sentence opening with "Date" is none */
static void test_reception_date_stamp(void **state)
{
    ex_call c;
    const char s[] =
        "Date de réception préfecture : 06/03/2026\n"
        "DATE DE TÉLÉTRANSMISSION : 24/03/2026\n"
        "Date de la réception des offres : 06/03/2026\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_true(c.text.lines[0].flags & EX_LINE_STAMP);
    assert_true(c.text.lines[1].flags & EX_LINE_STAMP);
    assert_false(c.text.lines[2].flags & EX_LINE_STAMP);
    ex_call_free(&c);
}

static const char *value(ex_call *c, const char *needle_a, const char *needle_b)
{
    const char *a = strstr(c->text.s, needle_a);
    const char *b = strstr(a, needle_b) + strlen(needle_b);
    return ex_text_value(c, &c->text, (size_t)(a - c->text.s), (size_t)(b - c->text.s));
}

static void test_text_value(void **state)
{
    ex_call c;
    const char s[] =
        "STRATÉGIE   DE LUTTE CONTRE LA PAU-\n"
        "VRETÉ et la pau-\nvreté de Jean-\nMarc, Mme Maïté MULOT-\n"
        "FRISCOURT, au Pas-\nde-Calais, ci-\ndessous,  fin.\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(value(&c, "STRATÉGIE", "fin."),
                        "STRATÉGIE DE LUTTE CONTRE LA PAU-VRETÉ et la pauvreté de "
                        "Jean-Marc, Mme Maïté MULOT-FRISCOURT, au Pas-de-Calais, "
                        "ci-dessous, fin.");
    ex_call_free(&c);
}

static void test_text_value_skips_furniture(void **state)
{
    ex_call c;
    const char s[] =
        "Article 5 : la somme sera acquit-\n"
        "Page 1/2\n\f"
        "tée avant le début.\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(value(&c, "la somme", "début."),
                        "la somme sera acquittée avant le début.");
    ex_call_free(&c);
}

/* the ACTES stamp at the top of the next page is furniture for a value
   begun on an earlier page (the hyphen repair goes across it); a stamp
   line inside the page's body, or a value begun in the stamp, keeps it */
static void test_text_value_skips_page_top_stamp(void **state)
{
    ex_call c;
    const char s[] =
        "Envoyé en préfecture le 12/05/2026\nID : 058-215803164-20260511-2026_041-DE\n\n"
        "Article 2 : la somme sera acquit-\n\n      Page 1/2\n\f"
        "      Envoyé en préfecture le 12/05/2026\n      Reçu en préfecture le 12/05/2026\n"
        "      Publié le 13/05/2026\n      ID : 058-215803164-20260511-2026_041-DE\n\n"
        "tée avant le début.\nArticle 3 : Le présent arrêté sera\n"
        "affiché le 14/05/2026 en mairie.\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(value(&c, "la somme", "début."), "la somme sera acquittée avant le début.");
    assert_string_equal(value(&c, "Envoyé", "2026_041-DE"),
                        "Envoyé en préfecture le 12/05/2026 ID : 058-215803164-20260511-2026_041-DE");
    assert_string_equal(value(&c, "Le présent", "mairie."),
                        "Le présent arrêté sera affiché le 14/05/2026 en mairie.");
    ex_call_free(&c);
}

static void test_lone_number_in_text(void **state)
{
    ex_call c;
    const char s[] =
        "une subvention de\n54\n460 € est versée le\n7\n\nnovembre 2023.\n"
        "BOP 304\n   12 \n\nDirection départementale\n";
    text_of(&c, *state, s, sizeof s - 1);
    const ex_line *L = c.text.lines;
    assert_false(L[1].flags & EX_LINE_FURNITURE);  /* 54, then 460 € */
    assert_false(L[3].flags & EX_LINE_FURNITURE);  /* 7, then novembre */
    assert_true(L[7].flags & EX_LINE_FURNITURE);   /* 12: a page number */
    ex_call_free(&c);
}

static void test_hyphen_trailing_blank(void **state)
{
    ex_call c;
    const char s[] = "salle de Saint-Aubin-des- \nLandes et la pau- \nvreté\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_string_equal(value(&c, "salle", "vreté"),
                        "salle de Saint-Aubin-des-Landes et la pauvreté");
    ex_call_free(&c);
}

/* a line closed by a running page counter is furniture; a lone
   fraction in a table row is not */
static void test_page_counter_lines(void **state)
{
    ex_call c;
    const char s[] =
        "le montant est imputé au chapitre\n"
        "CP du 20/11/2023 – Délibération n° CP-2023-11-27                 1/3\n"
        "65738 du budget.\n"
        "Part de la commune                                      1/2\n"
        "CP du 20/11/2023 – Rapport n° 27                                 3/3\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.nlines, 5);
    assert_true(c.text.lines[1].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[2].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[3].flags & EX_LINE_FURNITURE);
    assert_true(c.text.lines[4].flags & EX_LINE_FURNITURE);
    assert_true(c.text.lines[1].flags & EX_LINE_FOOTER);
    assert_true(c.text.lines[4].flags & EX_LINE_FOOTER);
    /* a counter seen once may close a page too (segment.c ends an act
       there): footer, not furniture */
    assert_true(c.text.lines[3].flags & EX_LINE_FOOTER);
    assert_false(c.text.lines[2].flags & EX_LINE_FOOTER);
    ex_call_free(&c);
}

/* a counter printed with a blank each side of its slash ("1 / 2") runs
   as "1/2" does; "1 /2" (one side only) is no counter */
static void test_page_counter_spaced(void **state)
{
    ex_call c;
    const char s[] =
        "le délai de recours contentieux.\n"
        "Département de X – Arrêté n° 2026-DRM-0147                   1 / 2\n"
        "Part de la commune                                      1 /2\n"
        "Département de X – Arrêté n° 2026-DRM-0147                   2 / 2\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.nlines, 4);
    assert_true(c.text.lines[1].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[2].flags & EX_LINE_FOOTER);
    assert_true(c.text.lines[3].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[0].flags & EX_LINE_FURNITURE);
    ex_call_free(&c);
}

/* the first line of a page that repeats a number of the footer above
   it, then a blank line: a running header printed once; not when it
   shares no number, nor when the text goes on under it */
static void test_page_header_once(void **state)
{
    ex_call c;
    const char s[] =
        "Le droit de place est fixé à 12,50 € par\n"
        "\n"
        "Arrêté n° A2024-112                                   Page 1/2\n"
        "\n"
        "Commune de Cazouls – Arrêté du Maire n° A2024-112 du 6 décembre 2024\n"
        "\n"
        "chalet et par jour.\n"
        "Arrêté n° A2024-112                                   Page 2/3\n"
        "Vu l'arrêté n° 2023-045 du 2 mai 2023 ;\n"
        "\n"
        "Arrêté n° A2024-112                                   Page 3/3\n"
        "L'arrêté n° A2024-112 est publié.\n"
        "Il entre en vigueur.\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.nlines, 13);
    assert_true(c.text.lines[2].flags & EX_LINE_FOOTER);
    assert_true(c.text.lines[4].flags & EX_LINE_FURNITURE);   /* the header */
    assert_false(c.text.lines[6].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[8].flags & EX_LINE_FURNITURE);  /* no shared number */
    assert_false(c.text.lines[11].flags & EX_LINE_FURNITURE); /* text goes on under it */
    ex_call_free(&c);
}

/* a typed continuation page's running header, printed once after a
   lone page number "- 1 -": a line ending with "(suite)", or two fields
   parted by a wide gap repeating a word of the letterhead; not a line
   with no wide gap, nor one sharing no letterhead word, nor without
   the page number
   above it, nor when the text goes on under it */
static void test_continuation_header(void **state)
{
    static const struct {
        const char *foot, *head, *after;
        bool furniture;
    } rows[] = {
        {" - 1 -", "S.I.V.O.M. de Valbois - Comité du 4.6.1979 - Délibération n° 79-12 (suite)", "", true},
        {" - 1 -", "District urbain de Valbois-le-Haut      Convention O.M. Courmas", "", true},
        {" - 1 -", "District urbain de Valbois-le-Haut - Convention O.M. Courmas", "", false},
        {" - 1 -", "Commune de Lizières          Convention O.M. Courmas", "", false},
        {"fin du texte.", "S.I.V.O.M. de Valbois - Délibération n° 79-12 (suite)", "", false},
        {" - 1 -", "S.I.V.O.M. de Valbois - Délibération n° 79-12 (suite)", "et la suite.\n", false},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char s[600];
        snprintf(s, sizeof s,
                 "DISTRICT URBAIN DE VALBOIS-LE-HAUT\n"
                 "\n"
                 "Le tarif est fixé par le comité.\n"
                 "\n"
                 "%s\n"
                 "\f%s\n"
                 "%s"
                 "\n"
                 "ARTICLE 3 - REVISION\n",
                 rows[i].foot, rows[i].head, rows[i].after);
        ex_call c;
        text_of(&c, *state, s, strlen(s));
        size_t h = ex_line_at(&c.text, (size_t)(strchr(c.text.s, '\f') + 1 - c.text.s));
        assert_int_equal(c.text.lines[h].page, 1);
        assert_int_equal((c.text.lines[h].flags & EX_LINE_FURNITURE) != 0, rows[i].furniture);
        assert_false(c.text.lines[0].flags & EX_LINE_FURNITURE);
        ex_call_free(&c);
    }
}

/* the running header printed once also when the footer's OCR lost one
   byte of the shared number ("P2023-17" under "P2023-117"); another
   number is no match */
static void test_page_header_once_ocr(void **state)
{
    static const struct {
        const char *foot, *head;
        bool furniture;
    } rows[] = {
        {"P2023-117", "P2023-117", true},
        {"P2023-17", "P2023-117", true},
        {"P2023-11", "P2023-117", true},
        {"P2023-45", "P2023-117", false},
        {"P2023-1178", "P2023-117", false},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char s[400];
        snprintf(s, sizeof s,
                 "Le tarif est fixé par\n"
                 "\n"
                 "Décision n° %s à Page 1/2\n"
                 "\n"
                 "Ville de Valbois – Décision du Maire n° %s du 3 mai 2023\n"
                 "\n"
                 "jour de marché.\n",
                 rows[i].foot, rows[i].head);
        ex_call c;
        text_of(&c, *state, s, strlen(s));
        assert_true(c.text.lines[2].flags & EX_LINE_FOOTER);
        assert_int_equal((c.text.lines[4].flags & EX_LINE_FURNITURE) != 0, rows[i].furniture);
        ex_call_free(&c);
    }
}

/* a page counter alone on its line closes a page; a date alone does not */
static void test_footer_lines(void **state)
{
    ex_call c;
    const char s[] = "texte\n2/5\n05/10/2023\nfin                          17/06/2024\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_int_equal(c.text.nlines, 4);
    assert_false(c.text.lines[0].flags & EX_LINE_FOOTER);
    assert_true(c.text.lines[1].flags & EX_LINE_FOOTER);
    assert_false(c.text.lines[2].flags & EX_LINE_FOOTER);
    assert_false(c.text.lines[3].flags & EX_LINE_FOOTER);
    ex_call_free(&c);
}

/* OCR splits "Page 1/2" off a running footer: still the same footer */
static void test_footer_with_split_page_marker(void **state)
{
    ex_call c;
    const char s[] =
        "texte de la page un\n"
        "Commune de Villiers – Délibération n° 2023-36 du 12/10/2023 Page\n"
        "\n"
        "1/2\n"
        "\f"
        "texte de la page deux\n"
        "Commune de Villiers – Délibération n° 2023-36 du 12/10/2023:\n"
        "Page 2/2\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_true(c.text.lines[1].flags & EX_LINE_FURNITURE);
    assert_false(c.text.lines[0].flags & EX_LINE_FURNITURE);
    size_t l = ex_line_at(&c.text, (size_t)(strstr(c.text.s, "12/10/2023:") - c.text.s));
    assert_true(c.text.lines[l].flags & EX_LINE_FURNITURE);
    ex_call_free(&c);
}

/* OCR misreads a running footer's page number as short words ("1/2" ->
   "Re une", "2/2" -> "ra"): after the footer's last number they do not
   make two footers different; longer words do */
static void test_footer_with_misread_page_number(void **state)
{
    static const struct {
        const char *tail1, *tail2;
        bool furniture;
    } rows[] = {
        {"Re une", "ra", true},
        {"; 1/2", "; 2/2", true},
        {"suite", "fin du texte", false},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char s[400];
        snprintf(s, sizeof s,
                 "texte de la page un\n"
                 "Syndicat du Val Vert – Comité du 12/10/2023 %s\n"
                 "\f"
                 "texte de la page deux\n"
                 "«. Syndicat du Val Vert – Comité du 12/10/2023 %s\n",
                 rows[i].tail1, rows[i].tail2);
        ex_call c;
        text_of(&c, *state, s, strlen(s));
        size_t l = ex_line_at(&c.text, (size_t)(strstr(c.text.s, "«.") - c.text.s));
        assert_int_equal((c.text.lines[1].flags & EX_LINE_FURNITURE) != 0, rows[i].furniture);
        assert_int_equal((c.text.lines[l].flags & EX_LINE_FURNITURE) != 0, rows[i].furniture);
        assert_false(c.text.lines[0].flags & EX_LINE_FURNITURE);
        ex_call_free(&c);
    }
}

/* one act a page: the letterhead and the signature printed again on each
   page are each act's, no running lines; the page footer under them is
   furniture; a two-page act keeps its running header furniture */
static void test_one_act_a_page_reprint(void **state)
{
    ex_call c;
    const char s[] =
        "DÉPARTEMENT DU NORD-EST\n"
        "2, rue de la Gare – 59000 Ville\n"
        "\n"
        "DÉLIBÉRATION N° 24-01\n"
        "texte du premier acte\n"
        "Le Président,\n"
        "Jean MOREL\n"
        "Conseil du 2 mai 2024 – Délibération n° 24-01      Page 1/1\n"
        "\f"
        "DÉPARTEMENT DU NORD-EST\n"
        "2, rue de la Gare – 59000 Ville\n"
        "\n"
        "DÉLIBÉRATION N° 24-02\n"
        "texte du second acte\n"
        "Le Président,\n"
        "Jean MOREL\n"
        "Conseil du 2 mai 2024 – Délibération n° 24-02      Page 1/1\n";
    text_of(&c, *state, s, sizeof s - 1);
    const ex_line *L = c.text.lines;
    size_t p2 = ex_line_at(&c.text, (size_t)(strstr(c.text.s, "\f") - c.text.s) + 1);
    assert_false(L[0].flags & EX_LINE_FURNITURE);
    assert_false(L[1].flags & EX_LINE_FURNITURE);
    assert_false(L[p2].flags & EX_LINE_FURNITURE);        /* letterhead again */
    assert_false(L[p2 + 1].flags & EX_LINE_FURNITURE);
    assert_false(L[6].flags & EX_LINE_FURNITURE);         /* the signer */
    assert_false(L[p2 + 6].flags & EX_LINE_FURNITURE);
    assert_true(L[7].flags & EX_LINE_FURNITURE);          /* the footer */
    assert_true(L[p2 + 7].flags & EX_LINE_FURNITURE);
    ex_call_free(&c);

    const char s2[] =
        "DÉPARTEMENT DU NORD-EST\n"
        "2, rue de la Gare – 59000 Ville\n"
        "DÉLIBÉRATION N° 24-01\n"
        "texte du premier acte\n"
        "Le Président,\n"
        "Jean MOREL\n"
        "\f"
        "DÉPARTEMENT DU NORD-EST\n"
        "2, rue de la Gare – 59000 Ville\n"
        "suite du premier acte\n"
        "Le Président,\n"
        "Jean MOREL\n";
    text_of(&c, *state, s2, sizeof s2 - 1);
    assert_true(c.text.lines[0].flags & EX_LINE_FURNITURE);   /* page 2 opens no act */
    assert_true(c.text.lines[5].flags & EX_LINE_FURNITURE);
    ex_call_free(&c);
}

/* the flags of the line holding the n-th (0-based) copy of needle */
static uint32_t flags_of(const ex_call *c, const char *needle, int nth)
{
    const char *p = c->text.s;
    for (;;) {
        p = strstr(p, needle);
        assert_non_null(p);
        if (nth-- == 0)
            break;
        p++;
    }
    return c->text.lines[ex_line_at(&c->text, (size_t)(p - c->text.s))].flags;
}

/* A recueil, one act a page, no running header: each page opens with
   its act's heading (an act word, an author, "N°" and a number that
   changes) and closes with the signature (role ending with ',' / name);
   neither is a running line.  The heading printed on two pages with
   the same number, a collectivity header on every page, and a footer
   under the role stay furniture. */
static void test_recueil_page_edges(void **state)
{
    ex_call c;
    const char s[] =
        "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL\n"
        "RECUEIL DES ACTES ADMINISTRATIFS\n"
        "sommaire\n"
        "\f"
        "DÉCISION DU PRÉSIDENT N° DP-2026-041\n"
        "\n"
        "Objet : premier acte\n"
        "DÉCIDE :\n"
        "Fait à Morlange, le 4 mars 2026\n"
        "Le Président,\n"
        "Gérard VAUCHERET\n"
        "\f"
        "DÉCISION DU PRÉSIDENT N° DP-2026-047\n"
        "\n"
        "Objet : deuxième acte\n"
        "DÉCIDE :\n"
        "Fait à Morlange, le 12 mars 2026\n"
        "Le Président,\n"
        "Gérard VAUCHERET\n"
        "\f"
        "DÉCISION DU PRÉSIDENT N° DP-2026-052\n"
        "\n"
        "Objet : troisième acte\n"
        "DÉCIDE :\n"
        "Fait à Morlange, le 24 mars 2026\n"
        "Le Président,\n"
        "Gérard VAUCHERET\n";
    text_of(&c, *state, s, sizeof s - 1);
    assert_false(flags_of(&c, "DÉCISION DU PRÉSIDENT N° DP-2026-041", 0) & EX_LINE_FURNITURE);
    assert_false(flags_of(&c, "DÉCISION DU PRÉSIDENT N° DP-2026-047", 0) & EX_LINE_FURNITURE);
    assert_false(flags_of(&c, "DÉCISION DU PRÉSIDENT N° DP-2026-052", 0) & EX_LINE_FURNITURE);
    for (int k = 0; k < 3; k++) {
        assert_false(flags_of(&c, "Le Président,", k) & EX_LINE_FURNITURE);
        assert_false(flags_of(&c, "Gérard VAUCHERET", k) & EX_LINE_FURNITURE);
    }
    ex_call_free(&c);

    /* negative: the same heading (the same number) on both pages of one
       act (a running header), a role without the name under it, a footer under the
       role */
    const char s2[] =
        "RECUEIL DES ACTES ADMINISTRATIFS\n"
        "sommaire\n"
        "\f"
        "DÉCISION DU PRÉSIDENT N° DP-2026-041\n"
        "Objet : premier acte\n"
        "Le Président,\n"
        "Recueil 2026-03 – édition 1\n"
        "\f"
        "DÉCISION DU PRÉSIDENT N° DP-2026-041 -\n"   /* an OCR speck */
        "suite du premier acte\n"
        "Le Président,\n"
        "Recueil 2026-03 – édition 2\n";
    text_of(&c, *state, s2, sizeof s2 - 1);
    for (int k = 0; k < 2; k++) {
        assert_true(flags_of(&c, "DÉCISION DU PRÉSIDENT", k) & EX_LINE_FURNITURE);
        assert_true(flags_of(&c, "Le Président,", k) & EX_LINE_FURNITURE);
        assert_true(flags_of(&c, "Recueil 2026-03", k) & EX_LINE_FURNITURE);
    }
    ex_call_free(&c);
}

/* ex_word_before(): the folded word ending before p, its bounds, the
   blanks / punctuation / apostrophe / line ends / commas passed over by
   flag, hyphens and non-letters by flag, the lower bound, the cap */
static void test_word_before(void **state)
{
    (void)state;
    typedef struct {
        const char *in;
        size_t lo, p;   /* p 0: the end of in */
        unsigned flags;
        bool found;
        const char *w;  /* NULL: w not asked (cap 0) */
        size_t cap;     /* 0: 16 */
        tt_num a, b;
    } row;
    static const row rows[] = {
        {.in = "Vu le Code", .p = 6, .found = true, .w = "le", .a = TT(3), .b = TT(5)},
        /* accents folded, non-ASCII letters in the word */
        {.in = "Arrêté présent   loi", .p = 19, .found = true, .w = "present"},
        /* EX_WB_ASCII: ASCII letters only (the accented letter stops it) */
        {.in = "Arrêté présent   loi", .p = 19, .flags = EX_WB_ASCII, .found = true, .w = "sent"},
        /* EX_WB_PUNCT: ':' ',' and line ends passed over too */
        {.in = "BP :\n 75001", .p = 6, .found = false, .w = ""},
        {.in = "BP :\n 75001", .p = 6, .flags = EX_WB_PUNCT, .found = true, .w = "bp"},
        /* EX_WB_APOS: one apostrophe, ASCII or U+2019 */
        {.in = "dans l'article", .p = 7, .found = false},
        {.in = "dans l'article", .p = 7, .flags = EX_WB_APOS, .found = true, .w = "l"},
        {.in = "dans l\u2019article", .p = 9, .flags = EX_WB_APOS, .found = true, .w = "l",
         .a = TT(5), .b = TT(6)},
        /* the lower bound: the word is cut there */
        {.in = "il donne pouvoir", .lo = 5, .p = 9, .found = true, .a = TT(5), .b = TT(8)},
        {.in = "il donne pouvoir", .lo = 8, .p = 9, .found = false, .w = ""},
        /* the fold stops at the run's first non-letter; the bounds keep it all */
        {.in = "donne\u2019 x", .p = 9, .found = true, .w = "donne", .a = TT(0), .b = TT(8)},
        /* at most cap - 1 letters: the word's first ones */
        {.in = "anticonstitutionnel x", .p = 20, .found = true, .w = "ant", .cap = 4, .a = TT(0),
         .b = TT(19)},
        /* EX_WB_NL2: at most two line ends passed over */
        {.in = "mille\n\n", .flags = EX_WB_NL2, .found = true, .w = "mille", .a = TT(0), .b = TT(5)},
        {.in = "mille\n\n\n", .flags = EX_WB_NL2, .found = false},
        {.in = "mille\n", .found = false},
        /* EX_WB_COMMA: commas passed over */
        {.in = "lundi, ", .flags = EX_WB_COMMA, .found = true, .w = "lundi"},
        {.in = "lundi, ", .found = false},
        /* EX_WB_HYPHEN: inner hyphens in the run, leading ones dropped,
           none as its last byte */
        {.in = "le vingt-trois ", .flags = EX_WB_HYPHEN, .found = true, .w = "vingt",
         .a = TT(3), .b = TT(14)},
        {.in = "le vingt-trois ", .found = true, .w = "trois", .a = TT(9), .b = TT(14)},
        {.in = "x --mille", .flags = EX_WB_HYPHEN, .found = true, .w = "mille", .a = TT(4),
         .b = TT(9)},
        {.in = "vingt-", .flags = EX_WB_HYPHEN, .found = false},
        /* EX_WB_LETTER: a non-ASCII character only when a letter */
        {.in = "n\u00b0ab", .flags = EX_WB_LETTER, .found = true, .w = "ab", .a = TT(3), .b = TT(5)},
        {.in = "n\u00b0ab", .found = true, .a = TT(0), .b = TT(5)},
        {.in = "d\u00e9j\u00e0", .flags = EX_WB_LETTER, .found = true, .w = "deja", .a = TT(0),
         .b = TT(6)},
    };
    TT_EACH(r, t, rows) {
        char w[16];
        size_t a = SIZE_MAX, b = SIZE_MAX, cap = r->cap ? r->cap : sizeof w;
        size_t p = r->p ? r->p : strlen(r->in);
        bool found = ex_word_before(r->in, r->lo, p, r->flags, &a, &b, r->w ? w : NULL,
                                    r->w ? cap : 0);
        tt_int(&t, found, r->found);
        tt_str(&t, r->w ? w : NULL, r->w);
        tt_opt(&t, a, r->a);
        tt_opt(&t, b, r->b);
    }
}

/* the cells [start, end) of ex_cells() as "a~b~c" (empty cells as "") */
static const char *cells_str(const char *s, unsigned flags, size_t gap, size_t max, size_t *n,
                             char *buf, size_t cap)
{
    ex_span cl[16];
    *n = ex_cells(s, 0, strlen(s), flags, gap, cl, max);
    size_t k = 0;
    buf[0] = 0;
    for (size_t i = 0; i < *n && i < max; i++) {
        int w = snprintf(buf + k, cap - k, "%s%.*s", i ? "~" : "", (int)(cl[i].end - cl[i].start),
                         s + cl[i].start);
        assert_true(w >= 0 && (size_t)w < cap - k);
        k += (size_t)w;
    }
    return buf;
}

/* ex_cells(): gap-separated and pipe-ruled table lines, empty cells,
   the overflow count */
static void test_cells(void **state)
{
    (void)state;
    typedef struct {
        const char *in;
        unsigned flags;
        size_t gap, max;    /* max 0: 8 */
        const char *cells;  /* the cells "a~b~c" */
        tt_num n;           /* what ex_cells() returns */
    } row;
    static const row rows[] = {
        /* gap of two blanks; one blank stays inside a cell; trailing blank */
        {.in = "  Jean DUPONT   X\tx    présent ", .gap = 2, .cells = "Jean DUPONT~X\tx~présent",
         .n = TT(3)},
        /* long line (the 16-byte loop and its tail) */
        {.in = "Madame Marie-Hélène LEFEBVRE-DURAND  X                     excusée", .gap = 2,
         .cells = "Madame Marie-Hélène LEFEBVRE-DURAND~X~excusée"},
        /* a gap in the last sixteen pairs; a blank alone at the end */
        {.in = "ABCDEFGHIJKLMNOPQRS  T U ", .gap = 2, .cells = "ABCDEFGHIJKLMNOPQRS~T U"},
        /* gap 1: every blank separates; gap 3: two blanks do not */
        {.in = "a b  c   d", .gap = 1, .cells = "a~b~c~d"},
        {.in = "a b  c   d", .gap = 3, .cells = "a b  c~d"},
        /* without EX_CELLS_BAR a "|" is text; with it, it separates */
        {.in = "Groupe  Pour |Contre|  NPPV", .gap = 2, .cells = "Groupe~Pour |Contre|~NPPV",
         .n = TT(3)},
        {.in = "Groupe  Pour |Contre||  NPPV", .flags = EX_CELLS_BAR, .gap = 2,
         .cells = "Groupe~Pour~Contre~NPPV", .n = TT(4)},
        /* more than max: max + 1, the first max filled */
        {.in = "a  b  c  d", .gap = 2, .max = 2, .cells = "a~b", .n = TT(3)},
        {.in = "a  b", .gap = 2, .max = 2, .cells = "a~b", .n = TT(2)},
        /* pipe-ruled: text before the first "|" dropped, empty cells kept
           with EX_CELLS_EMPTY, nothing after the closing rule */
        {.in = "  | Nom |  X | | excusé |  ", .flags = EX_CELLS_PIPE | EX_CELLS_EMPTY,
         .cells = "Nom~X~~excusé", .n = TT(4)},
        {.in = "  | Nom |  X | | excusé |  ", .flags = EX_CELLS_PIPE, .cells = "Nom~X~excusé",
         .n = TT(3)},
        /* no closing rule: the text after the last "|" is a cell */
        {.in = "| Nom | X", .flags = EX_CELLS_PIPE | EX_CELLS_EMPTY, .cells = "Nom~X", .n = TT(2)},
        {.in = "| a | b | c |", .flags = EX_CELLS_PIPE | EX_CELLS_EMPTY, .max = 2, .cells = "a~b",
         .n = TT(3)},
        {.in = "no rule at all", .flags = EX_CELLS_PIPE, .cells = "", .n = TT(0)},
    };
    TT_EACH(r, t, rows) {
        char buf[256];
        size_t n;
        tt_str(&t, cells_str(r->in, r->flags, r->gap, r->max ? r->max : 8, &n, buf, sizeof buf),
               r->cells);
        tt_opt(&t, n, r->n);
    }
}

/* ex_rule_chars(): the rule characters of a rule line drawn with the
   given ones (blanks and a table's frame "+", ":", "|" between), 0 when
   the line holds anything else; ex_rule_line() the table readers' own */
static void test_rule_chars(void **state)
{
    (void)state;
    typedef struct {
        const char *in;
        const char *rules;
        long n;             /* what ex_rule_chars() returns */
    } row;
    static const row rows[] = {
        {.in = "+-----+-----+", .rules = "-=", .n = 10},
        {.in = "|----|:---|", .rules = "-=", .n = 7},
        {.in = "  ======\t\r", .rules = "-=", .n = 6},
        /* "_" and "*" only where the reader names them */
        {.in = "_____", .rules = "-=", .n = 0},
        {.in = "__ __ --", .rules = "-=_", .n = 6},
        {.in = "* * *", .rules = "=_-*", .n = 3},
        {.in = "-=-=-", .rules = "=_-*", .n = 5},
        /* a frame alone draws no rule; any other character: no rule line */
        {.in = "| : + |", .rules = "-=", .n = 0},
        {.in = "----- 12 -----", .rules = "-=", .n = 0},
        {.in = "------------a", .rules = "-=_", .n = 0},
        {.in = "*** Article 1 ***", .rules = "=_-*", .n = 0},
        {.in = "", .rules = "-=", .n = 0},
    };
    TT_EACH(r, t, rows) {
        size_t n = strlen(r->in);
        tt_int(&t, ex_rule_chars(r->in, 0, n, r->rules), r->n);
        if (!strcmp(r->rules, "-="))
            tt_int(&t, ex_rule_line(r->in, 0, n), r->n > 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_form_feed_pages),
        cmocka_unit_test(test_furniture),
        cmocka_unit_test(test_footer_above_counter_no_ff),
        cmocka_unit_test(test_stamp_not_furniture),
        cmocka_unit_test(test_continuation_header),
        cmocka_unit_test(test_indented_stamp),
        cmocka_unit_test(test_reception_date_stamp),
        cmocka_unit_test(test_text_value),
        cmocka_unit_test(test_text_value_skips_furniture),
        cmocka_unit_test(test_text_value_skips_page_top_stamp),
        cmocka_unit_test(test_lone_number_in_text),
        cmocka_unit_test(test_hyphen_trailing_blank),
        cmocka_unit_test(test_page_counter_lines),
        cmocka_unit_test(test_page_counter_spaced),
        cmocka_unit_test(test_page_header_once),
        cmocka_unit_test(test_page_header_once_ocr),
        cmocka_unit_test(test_footer_with_split_page_marker),
        cmocka_unit_test(test_footer_with_misread_page_number),
        cmocka_unit_test(test_footer_lines),
        cmocka_unit_test(test_one_act_a_page_reprint),
        cmocka_unit_test(test_recueil_page_edges),
        cmocka_unit_test(test_word_before),
        cmocka_unit_test(test_cells),
        cmocka_unit_test(test_rule_chars),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
