/* test_dates.c - stage dates: values, texts, spans, ranges, words, OCR,
   and what is not a date. */
#include "testutil.h"

typedef struct { int y, m, d; const char *text; } want;

static void check(const extract_engine *e, const char *s, const want *w, size_t n)
{
    ex_call c;
    text_of(&c, e, s, strlen(s));
    assert_true(ex_find_dates(&c));
    if (c.dates.n != n) {
        for (size_t i = 0; i < c.dates.n; i++)
            print_message("got %04d-%02d-%02d '%s'\n", c.dates.v[i].value.y,
                          c.dates.v[i].value.m, c.dates.v[i].value.d, c.dates.v[i].text);
    }
    assert_int_equal(c.dates.n, n);
    for (size_t i = 0; i < n; i++) {
        const ex_date *d = &c.dates.v[i];
        assert_int_equal(d->value.y, w[i].y);
        assert_int_equal(d->value.m, w[i].m);
        assert_int_equal(d->value.d, w[i].d);
        assert_string_equal(d->text, w[i].text);
        char flat[256];
        flat_slice(&c.text, s, d->span.start, d->span.end, flat, sizeof flat);
        assert_string_equal(flat, w[i].text);
        if (i > 0)
            assert_true(c.dates.v[i - 1].span.start < d->span.start);
    }
    /* ex_date_at finds them */
    if (n)
        assert_ptr_equal(ex_date_at(&c, 0, c.text.len), &c.dates.v[0]);
    ex_call_free(&c);
}

#define CHECK(s, ...) do { const want w_[] = {__VA_ARGS__}; \
        check(*state, s, w_, sizeof w_ / sizeof w_[0]); } while (0)
#define NONE(s) check(*state, s, NULL, 0)

static void test_month_names(void **state)
{
    CHECK("REUNION DU 17 OCTOBRE 2022", {2022, 10, 17, "17 OCTOBRE 2022"});
    CHECK("Fait à Arras, le 17 octobre 2022", {2022, 10, 17, "17 octobre 2022"});
    CHECK("au plus tard le 1er mars 2024.", {2024, 3, 1, "1er mars 2024"});
    CHECK("le 1ER MARS 2024", {2024, 3, 1, "1ER MARS 2024"});
    CHECK("signée le  10  juillet  2019 ;", {2019, 7, 10, "10 juillet 2019"});
    CHECK("du patrimoine le 23\nmai 2023.", {2023, 5, 23, "23 mai 2023"});
    CHECK("le 4 février 2019, le 2 fevrier 2020 et le 10 AOUT 2022",
          {2019, 2, 4, "4 février 2019"}, {2020, 2, 2, "2 fevrier 2020"},
          {2022, 8, 10, "10 AOUT 2022"});
    CHECK("le 4 janv. 2024, le 5 févr. 2024, le 9 sept. 2024",
          {2024, 1, 4, "4 janv. 2024"}, {2024, 2, 5, "5 févr. 2024"},
          {2024, 9, 9, "9 sept. 2024"});
}

/* a street named after a date ("avenue du 8-Mai-1945"): its day,
   capitalised month and year joined by hyphens, no date */
static void test_street_named_after_a_date(void **state)
{
    NONE("Le stationnement est interdit avenue du 8-Mai-1945 et place du 19-Mars-1962.");
    CHECK("avenue du 8-Mai-1945, le 8 mai 2025", {2025, 5, 8, "8 mai 2025"});
    /* a footnote mark glued after the year: ¹ ² ³, U+2070-2079, "(1)" */
    CHECK("sur convocation du 13 mai 2026\xC2\xB9.", {2026, 5, 13, "13 mai 2026"});
    CHECK("le 2 juin 2025\xE2\x81\xB4 et le 3 juin 2025(2)",
          {2025, 6, 2, "2 juin 2025"}, {2025, 6, 3, "3 juin 2025"});
    /* not a digit nor a letter glued there */
    NONE("le 13 mai 20261 ;");
    NONE("le 13 mai 2026a ;");
    /* a day and month ending a line, the year opening the next line as
       a table row's cell (a column gap after it): no date; in prose the
       year on the next line still is the date's */
    NONE("    2026         12 000,00 €        avant le 30 avril\n"
         "    2027         12 500,00 €        avant le 30 avril\n");
    CHECK("versée avant le 30 avril\n2027 au plus tard.", {2027, 4, 30, "30 avril 2027"});
}

static void test_weekday(void **state)
{
    CHECK("Liste affichée le vendredi 5 avril 2024.", {2024, 4, 5, "vendredi 5 avril 2024"});
    CHECK("PROCÈS-VERBAL DU JEUDI 28 MARS 2024", {2024, 3, 28, "JEUDI 28 MARS 2024"});
}

static void test_numeric(void **state)
{
    CHECK("Reçu en préfecture le 02/04/2024", {2024, 4, 2, "02/04/2024"});
    CHECK("le 17-10-2022 et le 17.10.2022 puis 2022-10-17",
          {2022, 10, 17, "17-10-2022"}, {2022, 10, 17, "17.10.2022"},
          {2022, 10, 17, "2022-10-17"});
    /* two-digit years: 00-69 -> 20xx, 70-99 -> 19xx, only with "/" */
    CHECK("en date du 01/07/21 et du 03/02/85", {2021, 7, 1, "01/07/21"},
          {1985, 2, 3, "03/02/85"});
    NONE("groupe de marchandises 10.02.01).");
    /* an ordinal day in numeric form: the first only */
    CHECK("réunie le 1er/03/2025 puis le 1er.04.2024", {2025, 3, 1, "1er/03/2025"},
          {2024, 4, 1, "1er.04.2024"});
    NONE("le 2er/03/2025");
}

static void test_words(void **state)
{
    CHECK("L'an deux mil vingt-trois, le douze octobre à vingt heures trente",
          {2023, 10, 12, "L'an deux mil vingt-trois, le douze octobre"});
    CHECK("L’an deux mille vingt-quatre, le vingt-huit mars à dix-neuf heures",
          {2024, 3, 28, "L’an deux mille vingt-quatre, le vingt-huit mars"});
    CHECK("L'an deux mil vingt-trois, le trente novembre",
          {2023, 11, 30, "L'an deux mil vingt-trois, le trente novembre"});
    /* a weekday between "le" and the day (words or digits) */
    CHECK("L'an deux mille vingt-six, le jeudi vingt et un mai à dix-huit heures",
          {2026, 5, 21, "L'an deux mille vingt-six, le jeudi vingt et un mai"});
    CHECK("L'an deux mille vingt-six, le Samedi 3 octobre,",
          {2026, 10, 3, "L'an deux mille vingt-six, le Samedi 3 octobre"});
    CHECK("s'est réunie le vendredi dix-sept novembre deux mille vingt-trois à dix heures",
          {2023, 11, 17, "vendredi dix-sept novembre deux mille vingt-trois"});
    /* OCR: a hyphen for the blank between the day and the month; not a
       word that is no day ("Saint-novembre") */
    CHECK("convoqué le treize-novembre deux mille vingt-cinq, s'est réuni",
          {2025, 11, 13, "treize-novembre deux mille vingt-cinq"});
    CHECK("le vingt-et-un-novembre deux mille vingt-cinq", {2025, 11, 21, "vingt-et-un-novembre deux mille vingt-cinq"});
    NONE("le Saint-novembre deux mille vingt-cinq");
    /* "dix-sept mille" is a number: "sept" joined by a hyphen to the
       number word before it, or without its period, is no abbreviated
       month before a year in words */
    NONE("un emprunt de DIX-SEPT MILLE CENT SOIXANTE NOUVEAUX FRANCS");
    NONE("un prêt de dix-sept mille francs, dix sept mille cent francs");
    CHECK("le dix-sept septembre mil neuf cent soixante",
          {1960, 9, 17, "dix-sept septembre mil neuf cent soixante"});
    CHECK("le premier octobre deux mille vingt-quatre,",
          {2024, 10, 1, "premier octobre deux mille vingt-quatre"});
    /* a hyphen between "deux" and "mille" (OCR or the writer's variant) */
    CHECK("convoqué le vingt et un novembre deux-mille vingt-cinq,",
          {2025, 11, 21, "vingt et un novembre deux-mille vingt-cinq"});
    NONE("le vingt novembre quatre-mille vingt-cinq");
    /* OCR: a colon speck glued to the month ("mars: deux mille"); a
       month with no day before it, or a colon with no blank after it,
       stays none */
    CHECK("s'est réunie le lundi seize mars: deux mille vingt-six, à dix heures",
          {2026, 3, 16, "lundi seize mars: deux mille vingt-six"});
    NONE("versé en mars: deux mille euros");
    NONE("le seize mars:deux mille vingt-six");
}

static void test_ranges(void **state)
{
    CHECK("du 15 janvier 2024 au 31 janvier 2024", {2024, 1, 15, "15 janvier 2024"},
          {2024, 1, 31, "31 janvier 2024"});
    CHECK("du 15 au 31 janvier 2024", {2024, 1, 15, "15"}, {2024, 1, 31, "31 janvier 2024"});
    /* "des D1 et D2 MOIS AAAA" (as "les D1 et D2"): the first day alone */
    CHECK("des 10 et 17 novembre 2024", {2024, 11, 10, "10"}, {2024, 11, 17, "17 novembre 2024"});
    CHECK("du 20 décembre au 5 janvier 2024", {2023, 12, 20, "20 décembre"},
          {2024, 1, 5, "5 janvier 2024"});
    CHECK("Du lundi 4 mars 2024 à 8 h 00 au vendredi 15 mars 2024 à 18 h 00",
          {2024, 3, 4, "lundi 4 mars 2024"}, {2024, 3, 15, "vendredi 15 mars 2024"});
    CHECK("le mercredi 6 mars 2024 et le mercredi 13\nmars 2024,",
          {2024, 3, 6, "mercredi 6 mars 2024"}, {2024, 3, 13, "mercredi 13 mars 2024"});
    /* two weekdays sharing one month: the weekday opens the first day */
    CHECK("programmés lundi 2 et mardi 3 mars 2026 imposent",
          {2026, 3, 2, "lundi 2"}, {2026, 3, 3, "mardi 3 mars 2026"});
    CHECK("Lundi 2 et mardi 3 mars 2026, les étals",
          {2026, 3, 2, "Lundi 2"}, {2026, 3, 3, "mardi 3 mars 2026"});
    CHECK("les 2 et 3 mars 2026", {2026, 3, 2, "2"}, {2026, 3, 3, "3 mars 2026"});
    /* no weekday, no opener; the first day not before the second */
    CHECK("alinéa 2 et mardi 3 mars 2026", {2026, 3, 3, "mardi 3 mars 2026"});
    CHECK("lundi 5 et mardi 3 mars 2026", {2026, 3, 3, "mardi 3 mars 2026"});
}

/* "les D1, D2 et D3 MOIS AAAA": each day of the list is a date */
static void test_day_lists(void **state)
{
    CHECK("Les permanences se tiendront les 6, 13 et 20 mars 2024 en mairie.",
          {2024, 3, 6, "6"}, {2024, 3, 13, "13"}, {2024, 3, 20, "20 mars 2024"});
    CHECK("ouverture des 1er, 8, 15 et 22 avril 2024",
          {2024, 4, 1, "1er"}, {2024, 4, 8, "8"}, {2024, 4, 15, "15"},
          {2024, 4, 22, "22 avril 2024"});
    /* no "les"/"des" before the list; days not rising */
    CHECK("aux alinéas 6, 13 et 20 mars 2024", {2024, 3, 20, "20 mars 2024"});
    CHECK("les 16, 13 et 20 mai 2024", {2024, 5, 20, "20 mai 2024"});
}

static void test_not_dates(void **state)
{
    NONE("au plus tard le 31 décembre de chaque année");
    NONE("placé auprès du Ministère depuis mars 2018,");
    NONE("ID : 053-215328105-20231012-2023_36-DE");
    NONE("l'arrêté préfectoral n° 79-2023-12-18-00004 du préfet");
    NONE("le 31/02/2024 et le 30 février 2024");
    NONE("Page 1/2 - pour la période 2019-2021");
    NONE("DGCS/SD1/2019/24 relative");
    NONE("Vu la délibération n° 2021-07-02 et la décision numéro 2022-12-31");
    /* OCR: a colon for the hyphen of an act number's code (set BJ O1) */
    NONE("la délibération n° CP:2026-05-22 et la décision n° DEC:2025-11-03");
}

/* a date-shaped day the month lacks is reported (diagnostic
   date.invalid on its text), not listed */
static void test_invalid_dates_diagnosed(void **state)
{
    typedef struct {
        const char *in;
        long ndates;
        const char *date;           /* the first date's text */
        long ninvalid;
        const char *invalid[2];     /* the texts of the date.invalid spans, each once */
    } row;
    static const row rows[] = {
        {.in = "le 31/02/2024, le 30 février 2023 et le 29/02/2024 ; arrêté 2022-10-73",
         .ndates = 1, .date = "29/02/2024", .ninvalid = 2,
         .invalid = {"31/02/2024", "30 février 2023"}},
    };
    TT_EACH(r, t, rows) {
        ex_call c;
        text_of(&c, *state, r->in, strlen(r->in));
        assert_true(ex_find_dates(&c));
        tt_int(&t, c.dates.n, r->ndates);
        tt_str(&t, c.dates.n ? c.dates.v[0].text : NULL, r->date);
        long n = 0, seen[2] = {0, 0};
        for (size_t i = 0; i < c.diags.n; i++) {
            const ex_diag *d = &c.diags.v[i];
            if (strcmp(d->code, "date.invalid"))
                continue;
            char got[64];
            snprintf(got, sizeof got, "%.*s", (int)(d->span.end - d->span.start),
                     c.text.s + d->span.start);
            size_t k = 0;
            while (k < 2 && (!r->invalid[k] || strcmp(got, r->invalid[k])))
                k++;
            tt_str(&t, got, k < 2 ? got : "one of the invalid texts");
            seen[k < 2 ? k : 0]++;
            n++;
        }
        tt_int(&t, n, r->ninvalid);
        for (size_t k = 0; k < 2; k++)
            if (r->invalid[k])
                tt_int(&t, seen[k], 1);
        ex_call_free(&c);
    }
}

static void test_ocr(void **state)
{
    CHECK("Envoyé en préfecture le 16/ 10/2023", {2023, 10, 16, "16/ 10/2023"});
    CHECK("intervenue le Ler juillet 2023 et le Ier mars 2024",
          {2023, 7, 1, "Ler juillet 2023"}, {2024, 3, 1, "Ier mars 2024"});
    NONE("Lei juin 2024 ; Ler 2024");
    /* the "e" of "1er" read "é"; not after another day */
    CHECK("abrogée à compter du 1ér janvier 2026, le 1ÉR MARS 2026", {2026, 1, 1, "1ér janvier 2026"},
          {2026, 3, 1, "1ÉR MARS 2026"});
    NONE("le 2ér janvier 2026");
    CHECK("il entre en vigueur le Ter juin 2024.", {2024, 6, 1, "Ter juin 2024"});
    NONE("Ter juin ; Tir juin 2024 ; ATer juin 2024");
    /* 1er read "ter" (lower case) or with a blank before "er" */
    CHECK("créée au ter janvier 2024 par l'arrêté, le l er mars 2025 et le I er avril 2025",
          {2024, 1, 1, "ter janvier 2024"}, {2025, 3, 1, "l er mars 2025"},
          {2025, 4, 1, "I er avril 2025"});
    NONE("compter janvier 2024 ; ater juin 2024 ; ter juin ; 2 ter juin 2024");
    /* 1er read "Îer" (the 1 read as Î), glued or with a blank */
    CHECK("la convention prend effet au Îer avril 2025 et finit le Î er mai 2026",
          {2025, 4, 1, "Îer avril 2025"}, {2026, 5, 1, "Î er mai 2026"});
    NONE("l'Île-de-France avril 2025 ; MÎer juin 2024 ; Îer juin ; Îles juin 2024 ; Ïer juin 2024");
    /* 1er its 1 lost: "er" alone (a line's start or after a blank or a
       speck); not glued to a word, nor after another day ("3 er") */
    CHECK("avant le\n\ner octobre 2024 et la loi du\n. er juillet 1901",
          {2024, 10, 1, "er octobre 2024"}, {1901, 7, 1, "er juillet 1901"});
    NONE("le premier octobre 2024 ; le 3 er juin 2024 ; Ber mai 2024 ; er mai ; 2er juin 2024");
    CHECK("la fête aura lieu le 29 juin.2025..", {2025, 6, 29, "29 juin.2025"});
    /* a scan blank before the year's last digit; "à" glued after the
       year before an hour or a blank */
    CHECK("par délibération du 25 septembre 201 7 :", {2017, 9, 25, "25 septembre 201 7"});
    CHECK("réuni le vendredi 21 juin 2024à9h 30, jusqu'au 23 juin 2024à 2 h 00",
          {2024, 6, 21, "vendredi 21 juin 2024"}, {2024, 6, 23, "23 juin 2024"});
    NONE("le 25 septembre 20 17 ; le 25 septembre 201 75 ; le 3 mai 2024àb");
    NONE("le 3 mai 2024ème ; le 25 septembre 301 7");
    NONE("le 29 juin.20255 ; le 29 juin.2O2");
    CHECK("le l2/03/2024 puis le 1O mars 2024", {2024, 3, 12, "l2/03/2024"},
          {2024, 3, 10, "1O mars 2024"});
    CHECK("légalement convoqué le 21\nmiars 2024,", {2024, 3, 21, "21 miars 2024"});
    CHECK("en date du 10-juillet 2019", {2019, 7, 10, "10-juillet 2019"});
    CHECK("Le7 mars 2017 à Oignies", {2017, 3, 7, "7 mars 2017"});
    CHECK("du 11 mars. 2024 :", {2024, 3, 11, "11 mars. 2024"});
    CHECK("le 2 decembre 2022 et le 10 aout 2022", {2022, 12, 2, "2 decembre 2022"},
          {2022, 8, 10, "10 aout 2022"});
    CHECK("L'an deux millé vingt-quatre, le neuf avril",
          {2024, 4, 9, "L'an deux millé vingt-quatre, le neuf avril"});
    CHECK("L'an deux mil'vingt-trois, le douze octobre à vingt heures",
          {2023, 10, 12, "L'an deux mil'vingt-trois, le douze octobre"});
    /* rn read for m; a quote or a colon for a blank */
    CHECK("convoqué le 24 novernbre 2023", {2023, 11, 24, "24 novernbre 2023"});
    CHECK("Séance du 13'juin 2024, consulté le 18 avril:2024",
          {2024, 6, 13, "13'juin 2024"}, {2024, 4, 18, "18 avril:2024"});
    /* in or nr read for m; a comma or colon after the day, a quote or a
       hyphen after the month */
    CHECK("du 24 d\xc3\xa9" "ceinbre 2019 et du 1er nrars 2025",
          {2019, 12, 24, "24 d\xc3\xa9" "ceinbre 2019"}, {2025, 3, 1, "1er nrars 2025"});
    CHECK("le 18:novembre 2024, du Ler, juillet 1901", {2024, 11, 18, "18:novembre 2024"},
          {1901, 7, 1, "Ler, juillet 1901"});
    /* a semicolon speck after the day (blind set AY O7); not two
       semicolons, nor one after a number of another kind */
    CHECK("Vareilles, le 12; juin 2026", {2026, 6, 12, "12; juin 2026"});
    NONE("lots 12;; juin 2026 et");
    NONE("2024; juin 2026 et");
    CHECK("le 1er octobre\xe2\x80\x99 2024, le 2 ao\xc3\xbbt'2024 et le 1er septembre-2024",
          {2024, 10, 1, "1er octobre\xe2\x80\x99 2024"}, {2024, 8, 2, "2 ao\xc3\xbbt'2024"},
          {2024, 9, 1, "1er septembre-2024"});
    /* negative: in / nr in other words, a hyphen to a number of another kind */
    NONE("le 12 marin 2024, le 4 avril-12, le 3 sinrars 2024");
    /* negative: other words with rn, a colon before a number of another kind */
    NONE("le 12 tournoi 2024, le 3 mars: 15 votants");
    /* in or rn read for the m opening the month ("inars", "rnars",
       "inai"): the month is read back; not another word so opened */
    CHECK("du 14 inars 2022, le 3 rnars 2021 et le 9 inai 2020", {2022, 3, 14, "14 inars 2022"},
          {2021, 3, 3, "3 rnars 2021"}, {2020, 5, 9, "9 inai 2020"});
    NONE("soit 12 inscrits 2024, 3 rnaires 2021, 14 ininars 2022");
    /* a degree sign speck glued after the month ("11 mars°2025"); not
       two of them, nor before a two-digit number */
    CHECK("du 11 mars\xc2\xb0" "2025 adoptant", {2025, 3, 11, "11 mars\xc2\xb0" "2025"});
    NONE("le 3 juin\xc2\xb0\xc2\xb0" "2021, le 12 mars\xc2\xb0" "25");
    /* a speck opening the month's line; the slashes of a date lost */
    CHECK("au plus tard le-31\n\xe2\x80\x98 décembre 2026. Rs",
          {2026, 12, 31, "31 \xe2\x80\x98 décembre 2026"});
    CHECK("le 5\n\n. mars 2024", {2024, 3, 5, "5 . mars 2024"});
    CHECK("arrêté en séance du 23052024 et publié le 30052024.",
          {2024, 5, 23, "23052024"}, {2024, 5, 30, "30052024"});
    /* a left quote between the day and the month on one line, as a
       right quote ("du 2 ‘octobre 2025") */
    CHECK("Vu l'avis du 2 ‘octobre 2025 ; le 31 ‘ décembre 2026",
          {2025, 10, 2, "2 ‘octobre 2025"}, {2026, 12, 31, "31 ‘ décembre 2026"});
    /* one or two specks opening the year's line ("18 octobre\n: 2024");
       not a hyphen (a list's item), nor three specks */
    CHECK("de l'avenant du 18 octobre\n: 2024 non contraires", {2024, 10, 18, "18 octobre : 2024"});
    CHECK("du 18 octobre\n.\xe2\x80\xa6 2024 non", {2024, 10, 18, "18 octobre .\xe2\x80\xa6 2024"});
    NONE("la séance du 12 mars\n- 2025 : approbation; le 3 juin\n.:; 2024");
    /* one or two specks apart ENDING the month's line, the year on the
       next ("4 juin :\n2026.", "3 mars .\n2026"); not glued to the
       month after a letter, nor three specks, nor a hyphen */
    CHECK("le bilan a été remis le 4 juin :\n2026. M. X", {2026, 6, 4, "4 juin : 2026"});
    CHECK("sur convocation du 3 mars .\n2026.", {2026, 3, 3, "3 mars . 2026"});
    NONE("le 3 juin .:;\n2024, le 12 mars -\n2025 : approbation");
    /* negative: a speck glued to the month at a line start, two specks,
       eight digits not after du/le/au, or no date */
    NONE("le 31\n‘décembre 2026, le 2 ‘ ‘octobre 2025");
    NONE("SIRET 23052024, n° 23052024, du  23052024, du 31132024, du 230520241, du 23052024-1");
    /* a hyphen glued after le/du; ";" for "," in L'an ... */
    CHECK("Envoyé en préfecture le-04/04/2024 *", {2024, 4, 4, "04/04/2024"});
    CHECK("Reçu en préfecture le.03/12/2026", {2026, 12, 3, "03/12/2026"});
    CHECK("L'an deux mille vingt-quatre; le cinq mars à dix-huit heures",
          {2024, 3, 5, "L'an deux mille vingt-quatre; le cinq mars"});
    /* two specks for the comma, "le" glued after them or after one */
    CHECK("L'an deux mille vingt-cinq;:le neuf septembre à vingt heures",
          {2025, 9, 9, "L'an deux mille vingt-cinq;:le neuf septembre"});
    CHECK("L'an deux mille vingt-cinq,le trois avril",
          {2025, 4, 3, "L'an deux mille vingt-cinq,le trois avril"});
    /* negative: three specks, a full stop alone */
    NONE("L'an deux mille vingt-cinq;;;le neuf mars. L'an deux mille vingt-cinq.le dix mars");
    /* a speck glued after a year word, a blank after it; not glued on
       both sides, nor words that are no year */
    CHECK("L'an deux mille: vingt-quatre, le vingt-huit juin à dix-sept heures",
          {2024, 6, 28, "L'an deux mille: vingt-quatre, le vingt-huit juin"});
    NONE("L'an deux mille:vingt-quatre, le huit juin. L'an dernier: le cinq mars");
    /* "mal" for "mai" (the i read as l) in a date's place only */
    CHECK("L'an mil neuf cent quatre-vingt-quatorze, le douze mal à vingt heures ; le 3 mal 2024",
          {1994, 5, 12, "L'an mil neuf cent quatre-vingt-quatorze, le douze mal"}, {2024, 5, 3, "3 mal 2024"});
    NONE("il n'y a pas de mal 2024 ; le mal ; le mal de 2024 ; un mal 2024");
    /* "Je" for "le" in L'an ... (the l read as J); not "je" nor "Ja" */
    CHECK("L'an deux mille vingt-quatre, Je vingt-trois novembre à dix heures",
          {2024, 11, 23, "L'an deux mille vingt-quatre, Je vingt-trois novembre"});
    NONE("L'an deux mille vingt-quatre, je vingt-trois novembre. L'an deux mille vingt-quatre, Ja six mai");
    /* "le" glued before the day words of a date in words; not a word
       that only starts so ("lequel", "Leurs") */
    CHECK("Votants : 8\nLetrois juillet deux mille vingt-quatre, à dix-sept heures",
          {2024, 7, 3, "trois juillet deux mille vingt-quatre"});
    NONE("lequel juillet deux mille vingt ; Leurs juin deux mille vingt ; Lesept mai");
    /* a table's amount column glued after a day and month: a currency
       after the "year" makes it an amount; not "Europe", nor a number
       after the year */
    NONE("Harmonie municipale Concert du 11 novembre 1200 € ; le 3 mars 2024 euros ; le 8 mai 1945 EUR");
    CHECK("le 4 mai 2024 Europe ; le 11 novembre 2024 500 €",
          {2024, 5, 4, "4 mai 2024"}, {2024, 11, 11, "11 novembre 2024"});
    /* a quote speck glued before the day; not one before a number */
    CHECK("L'AN MIL NEUF CENT QUATRE-VINGT-SEIZE, LE \xE2\x80\x98" "DOUZE MARS, à vingt heures",
          {1996, 3, 12, "L'AN MIL NEUF CENT QUATRE-VINGT-SEIZE, LE \xE2\x80\x98" "DOUZE MARS"});
    NONE("L'AN MIL NEUF CENT QUATRE-VINGT-SEIZE, LE \xE2\x80\x98" "12 MARS");
    /* a hyphen for the blank before the month (not inside the day's words) */
    CHECK("L'an deux mille vingt-quatre, le vingt-quatre-juin à dix-huit heures",
          {2024, 6, 24, "L'an deux mille vingt-quatre, le vingt-quatre-juin"});
    CHECK("L'an deux mille vingt-quatre, le vingt-six septembre à",
          {2024, 9, 26, "L'an deux mille vingt-quatre, le vingt-six septembre"});
    /* a hyphen glued after the "le" of L'an ..., le ... */
    CHECK("L'an deux mille vingt-cinq, le-trois juillet à vingt heures",
          {2025, 7, 3, "L'an deux mille vingt-cinq, le-trois juillet"});
    /* negative: a hyphen after another word or a code */
    NONE("pile-04/04/2024, CD-12/04/2024, pile.04/04/2024");
    /* a misread digit of the year: 0 read as 6/8/9, 2 read as 3 */
    CHECK("la délibération du 12 décembre 2623 et celle du 25 septembre 3017",
          {2023, 12, 12, "12 décembre 2623"}, {2017, 9, 25, "25 septembre 3017"});
    CHECK("reçu le 04/12/2823", {2023, 12, 4, "04/12/2823"});
    /* negative: other years of 2100-3099 stay as they are (or no date) */
    CHECK("le 12 décembre 2523", {2523, 12, 12, "12 décembre 2523"});
    NONE("le 04/12/2523, le 12 mars 3123");    /* an OCR quote glued before a day word ("vingt ‘et un"): the day is
       21, not the "un" after it; a stray full stop between them is no
       blank the number words pass over (the day is then the "un") */
    CHECK("Le vingt ‘et un novembre deux mille vingt-cinq, le conseil",
          {2025, 11, 21, "vingt ‘et un novembre deux mille vingt-cinq"});
    CHECK("Le vingt . et un mars deux mille vingt.", {2020, 3, 1, "un mars deux mille vingt"});
}

/* ex_sort() (the dates' candidates): an array in order is left as it
   is, ties included; another is sorted as qsort() sorts it, ties in
   their order (glibc's merge sort) */
typedef struct { int key, tag; } keyed;

static int keyed_cmp(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

static void test_sort_in_order(void **st)
{
    (void)st;
    enum { KMAX = 6 };
    typedef struct {
        const char *in;             /* what the row is */
        size_t n;
        keyed v[KMAX];              /* the array sorted */
        int keys[KMAX], tags[KMAX]; /* what it holds after */
    } row;
    static const row rows[] = {
        {.in = "in order, ties", .n = 5, .v = {{1, 0}, {2, 1}, {2, 2}, {2, 3}, {5, 4}},
         .keys = {1, 2, 2, 2, 5}, .tags = {0, 1, 2, 3, 4}},
        {.in = "out of order, ties kept in their order", .n = 6,
         .v = {{5, 0}, {2, 1}, {9, 2}, {2, 3}, {1, 4}, {5, 5}},
         .keys = {1, 2, 2, 5, 5, 9}, .tags = {4, 1, 3, 0, 5, 2}},
        {.in = "no element", .n = 0, .v = {{7, 0}}, .keys = {7}, .tags = {0}},
        {.in = "one element", .n = 1, .v = {{7, 0}}, .keys = {7}, .tags = {0}},
    };
    TT_EACH(r, t, rows) {
        keyed v[KMAX];
        memcpy(v, r->v, sizeof v);
        ex_sort(v, r->n, sizeof v[0], keyed_cmp);
        for (size_t i = 0; i < (r->n ? r->n : 1); i++) {
            tt_int(&t, v[i].key, r->keys[i]);
            tt_int(&t, v[i].tag, r->tags[i]);
        }
    }
}

/* ex_sort() and ex_sort_buf() against a reference over pseudo-random arrays: every length
   to 300 around the run and merge sizes, few distinct keys (many ties),
   elements small (rotated through a buffer) and large (rotated by
   reversals): the keys ascending, ties in their first order */
typedef struct { int key, tag; char pad[300]; } big_keyed;

static int big_cmp(const void *a, const void *b)
{
    const big_keyed *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

/* the reference order: the key, then the first position */
static int ref_cmp(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return (x->key > y->key) - (x->key < y->key);
    return (x->tag > y->tag) - (x->tag < y->tag);
}

/* an allocator for ex_sort_buf(): the C library's, or none at all
   (ud non-NULL: every allocation fails) */
static void *t_malloc(size_t n, void *ud) { return ud ? NULL : malloc(n); }
static void *t_realloc(void *p, size_t n, void *ud) { return ud ? NULL : realloc(p, n); }
static void t_free(void *p, void *ud) { (void)ud; free(p); }

static void test_sort_stable(void **st)
{
    (void)st;
    enum { N = 300 };
    static keyed v[N], ref[N], b[N], f[N];
    static big_keyed w[N];
    static int no;
    const ex_alloc libc = {t_malloc, t_realloc, t_free, NULL}, none = {t_malloc, t_realloc, t_free, &no};
    unsigned seed = 12345;
    for (size_t n = 0; n <= N; n += (n < 70 ? 1 : 23)) {
        for (int round = 0; round < 4; round++) {
            int span = round == 0 ? 3 : round == 1 ? 17 : round == 2 ? 1000 : 1;
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                /* round 3: descending, with ties */
                int k = round == 3 ? (int)(n - i) / 2 : (int)((seed >> 16) % (unsigned)span);
                v[i] = (keyed){k, (int)i};
                w[i].key = k;
                w[i].tag = (int)i;
                memset(w[i].pad, (int)(i & 0x7f), sizeof w[i].pad);
            }
            memcpy(ref, v, n * sizeof *v);
            memcpy(b, v, n * sizeof *v);
            memcpy(f, v, n * sizeof *v);
            qsort(ref, n, sizeof *ref, ref_cmp);
            ex_sort(v, n, sizeof *v, keyed_cmp);
            ex_sort(w, n, sizeof *w, big_cmp);
            /* ex_sort_buf(): the same order through its buffer; with
               no memory, false once a buffer is needed (the array then
               as it was), true below that (no buffer taken) */
            assert_true(ex_sort_buf(&libc, b, n, sizeof *b, keyed_cmp));
            keyed f0[N];
            memcpy(f0, f, n * sizeof *f);
            bool done = ex_sort_buf(&none, f, n, sizeof *f, keyed_cmp);
            bool in_order = true;
            for (size_t i = 1; i < n; i++)
                in_order = in_order && f0[i - 1].key <= f0[i].key;
            assert_int_equal(done, n <= 64 || in_order);
            if (!done)
                assert_memory_equal(f, f0, n * sizeof *f);
            for (size_t i = 0; i < n; i++) {
                assert_int_equal(b[i].key, ref[i].key);
                assert_int_equal(b[i].tag, ref[i].tag);
                if (done) {
                    assert_int_equal(f[i].key, ref[i].key);
                    assert_int_equal(f[i].tag, ref[i].tag);
                }
                assert_int_equal(v[i].key, ref[i].key);
                assert_int_equal(v[i].tag, ref[i].tag);
                assert_int_equal(w[i].key, ref[i].key);
                assert_int_equal(w[i].tag, ref[i].tag);
                assert_int_equal(w[i].pad[0], ref[i].tag & 0x7f);
                assert_int_equal(w[i].pad[sizeof w[i].pad - 1], ref[i].tag & 0x7f);
            }
        }
    }
}

/* OCR: a table row's left rule "|" read as "1" glued to its first
   cell's date ("113/10/2025"): the date after the "1", at a line start
   in a row holding a "|" only; never a day 1DD that is one's shape
   elsewhere (no "|" after it, mid-line, "140/10/2025") */
static void test_table_rule_read_one(void **state)
{
    CHECK("| Période | Section |\n113/10/2025 – 17/10/2025 | PR 14 |\n",
          {2025, 10, 13, "13/10/2025"}, {2025, 10, 17, "17/10/2025"});
    NONE("113/10/2025 sans tableau\n");
    NONE("| a | b |\nle n° 113/10/2025 | x |\n140/10/2025 | x |\n");
}

/* OCR: a speck glued between two number words of a year in words
   ("MIL NEUF.CENT QUATRE-VINGT-SEPT") is read as a blank; a year cut
   there that cannot be read on gives no date (not 1009); a full stop
   after a whole year keeps it */
static void test_year_words_speck(void **state)
{
    CHECK("LE VINGT-CINQ MARS\nMIL NEUF.CENT QUATRE-VINGT-SEPT",
          {1987, 3, 25, "VINGT-CINQ MARS MIL NEUF.CENT QUATRE-VINGT-SEPT"});
    CHECK("le cinq mars mil neuf cent quatre-vingt-sept.Le maire",
          {1987, 3, 5, "cinq mars mil neuf cent quatre-vingt-sept"});
    NONE("le vingt-cinq mars mil neuf.Des travaux");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sort_in_order),
        cmocka_unit_test(test_sort_stable),
        cmocka_unit_test(test_month_names),
        cmocka_unit_test(test_street_named_after_a_date),
        cmocka_unit_test(test_weekday),
        cmocka_unit_test(test_numeric),
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_ranges),
        cmocka_unit_test(test_day_lists),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_invalid_dates_diagnosed),
        cmocka_unit_test(test_ocr),
        cmocka_unit_test(test_table_rule_read_one),
        cmocka_unit_test(test_year_words_speck),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
