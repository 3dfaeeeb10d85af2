/* test_identifiers.c - stage identifiers: SIRET, SIREN, ACTES ids,
   postal codes, phones, e-mails, IBAN, URLs. */
#include "testutil.h"

static void run(ex_call *c, const extract_engine *e, const char *s)
{
    text_of(c, e, s, strlen(s));
    assert_true(ex_find_identifiers(c));
}

static const ex_identifier *id(const ex_call *c, size_t i)
{
    assert_true(i < c->identifiers.n);
    return &c->identifiers.v[i];
}

static void assert_id(const ex_call *c, size_t i, const char *kind, const char *value,
                      const char *printed)
{
    const ex_identifier *x = id(c, i);
    assert_string_equal(x->kind, kind);
    assert_string_equal(x->value, value);
    assert_span_is(c, x->span, printed);
}

/* A row of an identifier table: the input, the number of identifiers,
   then the identifiers expected by index: kind, value and printed text
   (NULL: not checked). */
enum { ID_ROW_MAX = 8 };
typedef struct id_row {
    const char *in;
    size_t n;
    struct {
        const char *kind, *value, *printed;
    } ids[ID_ROW_MAX];
} id_row;

static void check_ids(const tt_ctx *t, const extract_engine *e, const id_row *r)
{
    ex_call c;
    run(&c, e, r->in);
    tt_int(t, c.identifiers.n, r->n);
    for (size_t i = 0; i < ID_ROW_MAX && i < r->n; i++) {
        tt_true(t, i < c.identifiers.n);
        const ex_identifier *x = &c.identifiers.v[i];
        tt_str(t, x->kind, r->ids[i].kind);
        tt_str(t, x->value, r->ids[i].value);
        if (r->ids[i].printed) {
            tt_true(t, x->span.start <= x->span.end && x->span.end <= c.text.len);
            char buf[128];
            size_t n = x->span.end - x->span.start;
            snprintf(buf, sizeof buf, "%.*s", (int)n, c.text.s + x->span.start);
            tt_str(t, buf, r->ids[i].printed);
        }
    }
    ex_call_free(&c);
}

static void test_letterhead(void **state)
{
    static const id_row rows[] = {
        {.in = "8 rue de la République – 14790 BERNIÈRES-LA-VALLÉE\n"
               "Tél. 02.31.26.44.90 – police.municipale@bernieres-la-vallee.fr\n"
               "www.cc-valdargenson.fr – SIREN 200 041 887\n"
               "ID : 014-211406210-20240226-2024_087-AR\n",
         .n = 6,
         .ids = {[0] = {"postal_code", "14790", "14790"},
                 [1] = {"phone", "0231264490", "02.31.26.44.90"},
                 [2] = {"email", "police.municipale@bernieres-la-vallee.fr", "police.municipale@bernieres-la-vallee.fr"},
                 [3] = {"url", "www.cc-valdargenson.fr", "www.cc-valdargenson.fr"},
                 [4] = {"siren", "200041887", "200 041 887"},
                 [5] = {"acte", "014-211406210-20240226-2024_087-AR", "014-211406210-20240226-2024_087-AR"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* a bare SIREN in brackets after a name in capitals (Luhn key); not
   a bracketed number after lower case, nor one failing the key */
static void test_siren_in_brackets(void **state)
{
    static const id_row rows[] = {
        {.in = "Émetteur :                  COMMUNE DE BRESSAC-LE-HAUT (212401236)\n",
         .n = 1, .ids = {[0] = {"siren", "212401236", "212401236"}}},
        {.in = "Émetteur : COMMUNE DE BRESSAC-LE-HAUT (212401237)\n", .n = 0},
        {.in = "le dossier de la commune (212401236)\n", .n = 0},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

static void test_siret(void **state)
{
    static const id_row rows[] = {
        /* labelled, unlabelled in a table (Luhn), split over two lines */
        {.in = "SARL COUVERTURES RIMBAULT, SIRET 512 347 899 00027, 12 rue des Ardoisiers\n"
               "Commune de Saint-Aubin\n214 401 556\n00011\n"
               "montant 123 456 789 01234 sans rapport\n",
         .n = 2,
         .ids = {[0] = {"siret", "51234789900027", "512 347 899 00027"},
                 [1] = {"siret", "21440155600011", "214 401 556\n00011"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR specks between a SIRET's SIREN and its line-broken NIC, or
   between two digit groups on one line (Luhn still decides: a wrong
   number with the same specks is not one) */
static void test_siret_specks(void **state)
{
    static const id_row rows[] = {
        {.in = "Communauté de communes\n\n200 067 312 \xe2\x80\xa6 .\n00013\nMaison des services\n"
               "montant 200 067 312 .\n00014 sans rapport\n",
         .n = 1,
         .ids = {[0] = {"siret", "20006731200013", "200 067 312 \xe2\x80\xa6 .\n00013"}}},
        /* a speck between two digit groups on the line ("907. 00017",
           "182-00018", " ,"), kept only when the Luhn key holds: the same
           specks on a wrong number give none, labelled or not; dots
           alone between the groups are no speck (labelled: kept) */
        {.in = "appartenant à l'EARL du Petit Bouchet (SIRET 518 735 907. 00017).\n"
               "Tél. 05 53 91 44 27 — SIRET 212 403 182-00018 : 5\n"
               "lot 1 : SARL Durand (793 041 823 ,00014)\n"
               "SIRET 518 735 907. 00018, SIRET 212 403 182-00019, 518 735 907 ;00018\n"
               "SIRET 512.347.899.00028\n",
         .n = 5,
         .ids = {[0] = {"siret", "51873590700017", "518 735 907. 00017"},
                 [1] = {"phone", "0553914427", "05 53 91 44 27"},
                 [2] = {"siret", "21240318200018", "212 403 182-00018"},
                 [3] = {"siret", "79304182300014", "793 041 823 ,00014"},
                 [4] = {"siret", "51234789900028", "512.347.899.00028"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

static void test_postal_codes_and_not(void **state)
{
    static const id_row rows[] = {
        {.in = "3 avenue de la Gare – BP 40012      ID : 079-200041887-20240409-2024_057-DE\n"
               "CS 62039 – 59014 Lille Cédex ; 62018 ARRAS CEDEX 9\n"
               "un montant de 35000 EUR en 2024 ; le code activité : 030450191912 « Bassin »\n"
               "page code CP20221017-32\n"
               "sis 4 rue des Tanneurs, 36100\nISSOUDUN-SUR-ARGENCE, pour un montant de 12500\n"
               "LE CONSEIL approuve.\n",
         .n = 4,
         .ids = {[0] = {"acte", NULL, NULL},
                 [1] = {"postal_code", "59014", "59014"},
                 [2] = {"postal_code", "62018", "62018"},
                 [3] = {"postal_code", "36100", "36100"}}},   /* the town on the next line */
        /* the town on the next line, capitalised, compound or before a
           comma; not a sentence's first word */
        {.in = "dont le siège est 4 place du Marché, 24200\nSarlat-la-Canéda, SIRET à venir ;\n"
               "la subvention de l'année 2023, 12500\nLes crédits sont inscrits.\n",
         .n = 1,
         .ids = {[0] = {"postal_code", "24200", "24200"}}},
        /* in brackets after a capitalised town; not after a common word */
        {.in = "chez Me Durand, notaire a BOURG-LES-PRES (21370), et Val-Doux (38410).\n"
               "les habitants (15000) du canton.\n",
         .n = 2,
         .ids = {[0] = {"postal_code", "21370", "21370"},
                 [1] = {"postal_code", "38410", "38410"}}},
        /* ending its line alone under the letterhead's commune, or
           after a street and a dash */
        {.in = "RÉPUBLIQUE FRANÇAISE\nCOMMUNE DE MONTREDON-SUR-VÈRE\n81140\n\nEXTRAIT DU REGISTRE\n"
               "Place de la Mairie – 81140\n",
         .n = 2,
         .ids = {[0] = {"postal_code", "81140", "81140"},
                 [1] = {"postal_code", "81140", "81140"}}},
        /* 96 (a fictitious département's, as its ACTES ids "096-…") is
           read; 00 and 99 are no département */
        {.in = "et des Solidarités, 4, rue des Minimes, 96100 Saint-Aubin-sur-Brève.\n"
               "4, rue des Minimes, 99100 Saint-Aubin ; 4, rue des Minimes, 00100 Saint-Aubin.\n",
         .n = 1,
         .ids = {[0] = {"postal_code", "96100", "96100"}}},
        /* not so: alone under another line, after a dash without a
           street, under a commune line in lower case */
        {.in = "Total des dépenses\n81140\n\nle lot B – 81140\nCommune de Truc\n81140\n",
         .n = 0},
        /* budget table rows: article numbers, not postal codes */
        {.in = "Chap.      Article   Libellé                          Montant\n"
               "21         21312     Bâtiments scolaires              38 000,00 €\n"
               "011        60632     Fournitures                       2 500,00 €\n",
         .n = 0},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR: a speck between a postal code and its town, glued or after
   blanks, or a blank line before the town: read after a street ("rue",
   "place", ...) on the code's line only */
static void test_postal_code_ocr_specks(void **state)
{
    static const id_row rows[] = {
        {.in = "Hôtel de Ville — 2, rue Amiral-Lacaze — 97437. Piton-Sainte-Anne\n"
               "Place de la Mairie — 31450'Saint-Félix-de-Gardouch\n"
               "dont le siège est 4 place du Marché; 24200”\nSarlat-la-Canéda, SIRET à venir ;\n"
               "siège est 12 rue de la Gare, 36000-Châteauroux (SIRET à venir).\n"
               "sis 4 rue des Tanneurs, 36100  :\nISSOUDUN-SUR-ARGENCE, pour un montant de 12500\n"
               "14 avenue de l'Occitanie, 31800\n\nSaint-Gaudens, SIRET à venir.\n",
         .n = 6,
         .ids = {[0] = {"postal_code", "97437", "97437"},
                 [1] = {"postal_code", "31450", "31450"},
                 [2] = {"postal_code", "24200", "24200"},
                 [3] = {"postal_code", "36000", "36000"},
                 [4] = {"postal_code", "36100", "36100"},
                 [5] = {"postal_code", "31800", "31800"}}},
        /* the street kinds of the shared lexicon (ex_street_word()):
           "hameau", "voie", "allée" in capitals */
        {.in = "Hameau de Ceyrac, 12740. Malvézie-sur-Dourdou\n"
               "3 voie romaine, 31450'Saint-Félix-de-Gardouch\n"
               "5 ALLÉE DES TILLEULS, 36000-CHÂTEAUROUX\n",
         .n = 3,
         .ids = {[0] = {"postal_code", "12740", "12740"},
                 [1] = {"postal_code", "31450", "31450"},
                 [2] = {"postal_code", "36000", "36000"}}},
        /* the town ending a list item (" ;", "."): "47000.Agen ;" */
        {.in = "- société TRAVAUX DU SUD, 14, avenue de la Gare, 47000.Agen ;\n"
               "- services techniques, 3 rue Neuve, 47310.Estillac.\n",
         .n = 2,
         .ids = {[0] = {"postal_code", "47000", "47000"},
                 [1] = {"postal_code", "47310", "47310"}}},
        /* negative: the same glued town, no street before it */
        {.in = "la subvention de 47000.Agen ;\n", .n = 0},
        /* not without a street before it */
        {.in = "la population atteint 12500. Saint-Martin compte aussi 31450'Saint-Paul\n"
               "le montant de 24200 :\nLES CRÉDITS sont inscrits ; 36000-Châteauroux, 31800\n\nSaint-Gaudens.\n",
         .n = 0},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

static void test_phone_iban_url(void **state)
{
    static const id_row rows[] = {
        {.in = "Tél : +33 (0)3 21 21 62 62 – IBAN FR76 3000 1007 9412 3456 7890 185\n"
               "saisi par l'application Télérecours sur le site www.telerecours.fr.\n"
               "https://www.example.fr/actes/2024 ; faux IBAN FR76 3000 1007 9412 3456 7890 186\n",
         .n = 4,
         .ids = {[0] = {"phone", "+33321216262", "+33 (0)3 21 21 62 62"},
                 [1] = {"iban", "FR7630001007941234567890185", "FR76 3000 1007 9412 3456 7890 185"},
                 [2] = {"url", "www.telerecours.fr", "www.telerecours.fr"},
                 [3] = {"url", "https://www.example.fr/actes/2024", "https://www.example.fr/actes/2024"}}},
        /* overseas country codes; not a sum "+262 euros" nor "+590 123" */
        {.in = "Tél. : +262 262 47 18 30 – Fax : +596 596 12.34.56 – +689 40 12 34 56\n"
               "soit +262 euros de plus ; écart +590 123 ; total +687 27 12 34.\n",
         .n = 4,
         .ids = {[0] = {"phone", "+262262471830", "+262 262 47 18 30"},
                 [1] = {"phone", "+596596123456", "+596 596 12.34.56"},
                 [2] = {"phone", "+68940123456", "+689 40 12 34 56"},
                 [3] = {"phone", "+687271234", "+687 27 12 34"}}},
        /* OCR: a ':' for the blank after the first pair; not an hour
           ("08:30 à 12:00", "05:53 65 21": three pairs) */
        {.in = "Tél. 05:53 65 21 40 ; ouvert de 08:30 à 12:00, relevé à 05:53 65 21\n",
         .n = 1,
         .ids = {[0] = {"phone", "0553652140", "05:53 65 21 40"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* eight-digit phone numbers (before 1996): after "(16)"/"(1)" or a
   phone label only; the value is the eight digits */
static void test_phone_eight_digits(void **state)
{
    static const id_row rows[] = {
        {.in = "Secrétariat - Tél. 45.12.34.56 - Télécopie : (16) 45 12 34 57\n"
               "Le lot 45 12 34 56 est vendu ; Téléphone 45 12 34 56 78 90.\n",
         .n = 2,
         .ids = {[0] = {"phone", "45123456", "45.12.34.56"},
                 [1] = {"phone", "45123457", "(16) 45 12 34 57"}}},
        /* six digits (New Caledonia) after a phone label only; not after
           "(16)", not before another group ("71.59.20. 14", a scan's
           blank in an eight-digit number), not without a label */
        {.in = "BP 50 – 98820 Wé – Lifou\nTél. : 45 52 00 – Courriel : a@b.nc\n"
               "Tél. 71.59.20. 14 ; (16) 45 52 01 ; le lot 45 52 02 est vendu.\n",
         .n = 3,
         .ids = {[0] = {"postal_code", "98820", "98820"},
                 [1] = {"phone", "455200", "45 52 00"},
                 [2] = {"email", "a@b.nc", "a@b.nc"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* ACTES ids: department, SIREN, date, number, nature; split in parts */
static void test_actes_parts(void **state)
{
    ex_call c;
    const char s[] =
        "ID : 062-226200012-20221017-CP20221418-DE\n"
        "ID : 02A-200012345-20240105-2024_003-AR\n"
        "ID : 974-219740115-20231231-A12-CC\n"
        "ID : 100-226200012-20221017-CP20221418-DE\n"     /* no such department */
        "ID : 062-226200012-20221017-CP20221418-ZZ\n";    /* no such nature */
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 3);
    assert_id(&c, 0, "acte", "062-226200012-20221017-CP20221418-DE",
              "062-226200012-20221017-CP20221418-DE");
    ex_actes_parts p;
    assert_true(ex_actes_split(id(&c, 0)->value, &p));
    assert_string_equal(p.department, "062");
    assert_string_equal(p.siren, "226200012");
    assert_string_equal(p.date, "2022-10-17");
    assert_string_equal(p.number, "CP20221418");
    assert_string_equal(p.nature, "DE");
    assert_true(ex_actes_split(id(&c, 1)->value, &p));
    assert_string_equal(p.department, "02A");
    assert_string_equal(p.number, "2024_003");
    assert_string_equal(p.nature, "AR");
    assert_true(ex_actes_split(id(&c, 2)->value, &p));
    assert_string_equal(p.department, "974");
    assert_string_equal(p.date, "2023-12-31");
    assert_false(ex_actes_split("062-226200012-20221317-X-DE", &p));   /* month 13 */
    assert_false(ex_actes_split("062-226200012-20221017--DE", &p));    /* no number */
    ex_call_free(&c);
}

static void test_ocr_noise(void **state)
{
    static const id_row rows[] = {
        {.in = "ID : 062-2 16274308-20240328-2024 014-DE\n"
               "AD: 079:200041887-20240409-2024_057-DE\n"
               "ID : 014-211406210-20240226-2024 0B7-AR\n"
               "le site www-telerecours.fr. SIRET 5l2 347 899 00027 ; Tél. 02 43 98 4l 07\n"
               "Identifiant : 024-212403182-20250318-AR2025 031:AR à\n",
         .n = 7,
         .ids = {[0] = {"acte", "062-216274308-20240328-2024_014-DE", "062-2 16274308-20240328-2024 014-DE"},
                 [1] = {NULL, "079-200041887-20240409-2024_057-DE", NULL},
                 [2] = {NULL, "014-211406210-20240226-2024_087-AR", NULL},
                 [3] = {"url", "www.telerecours.fr", "www-telerecours.fr"},
                 [4] = {"siret", "51234789900027", "5l2 347 899 00027"},
                 [5] = {"phone", "0243984107", "02 43 98 4l 07"},
                 [6] = {"acte", "024-212403182-20250318-AR2025_031-AR", NULL}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* an ACTES id wrapped by the page layout after a hyphen at a line end
   (OCR specks after the hyphen too) is one id; a line end after a
   hyphen followed by no ACTES shape joins nothing */
static void test_actes_wrapped(void **state)
{
    static const id_row rows[] = {
        {.in = "Reçu en préfecture le 18/11/2024 ID : 031-200054781-20241115-\n"
               "CP2411078-DE\n"
               "ID : 062-226200012-20221017- ° .\n"
               "2022_14-AR : :\n"
               "ID : 062-226200012-\n"
               "20221017-CP20221418-DE\n"
               "ID : 062-226200012-20221017-\n"
               "Le Conseil-DE\n",
         .n = 3,
         .ids = {[0] = {"acte", "031-200054781-20241115-CP2411078-DE", "031-200054781-20241115-\nCP2411078-DE"},
                 [1] = {"acte", "062-226200012-20221017-2022_14-AR", "062-226200012-20221017- ° .\n2022_14-AR"},
                 [2] = {"acte", "062-226200012-20221017-CP20221418-DE", "062-226200012-\n20221017-CP20221418-DE"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR put a blank after an underscore of an ACTES local number
   ("2024_ 046") or before it ("D2025 _14"): dropped, not read as another
   '_'; letters read for digits in a segment before it are still
   repaired; a blank alone still reads as the '_' */
static void test_actes_blank_after_underscore(void **state)
{
    static const id_row rows[] = {
        {.in = "ID : 044-214401283-20240326-2024_ 046-DE\n"
               "ID : 072-257201236-20240305-CS_2O24_ 07-DE\n"
               "Tél. 04 79 38 52 10 ID : 073-217301563-20250312-D2025 _14-DE\n"
               "ID : 073-217301563-20250312-D2025 14-DE\n",
         .n = 5,
         .ids = {[0] = {"acte", "044-214401283-20240326-2024_046-DE", "044-214401283-20240326-2024_ 046-DE"},
                 [1] = {"acte", "072-257201236-20240305-CS_2024_07-DE", "072-257201236-20240305-CS_2O24_ 07-DE"},
                 [3] = {"acte", "073-217301563-20250312-D2025_14-DE", "073-217301563-20250312-D2025 _14-DE"},
                 [4] = {"acte", "073-217301563-20250312-D2025_14-DE", "073-217301563-20250312-D2025 14-DE"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR puts a blank before or after the '@' of an e-mail: one e-mail,
   its value without the blank, when all of it is in lower case; a
   capitalised word before " @", or blanks on both sides, make none */
static void test_email_blank_at(void **state)
{
    static const id_row rows[] = {
        {.in = "Tel. : secretariat @syndicat-eaux.fr ; accueil@ mairie-exemple.fr\n"
               "Suivez Instagram @ville.officielle et x @ y.fr\n",
         .n = 2,
         .ids = {[0] = {"email", "secretariat@syndicat-eaux.fr", "secretariat @syndicat-eaux.fr"},
                 [1] = {"email", "accueil@mairie-exemple.fr", "accueil@ mairie-exemple.fr"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR accents in a domain ("térres") and the dot before the top-level
   domain read ':' ("caux:fr", "www-telerecours:fr"): the value without
   them; a ':' in a URL's path stays */
static void test_email_url_ocr_domain(void **state)
{
    static const id_row rows[] = {
        {.in = "courriel : assemblees@agglo-caux:fr\n"
               "contact@t\xc3\xa9rres-arguenon.bzh\n"
               "le site www-telerecours:fr.\n"
               "voir https://www.x.fr/a:b\n",
         .n = 4,
         .ids = {[0] = {"email", "assemblees@agglo-caux.fr", "assemblees@agglo-caux:fr"},
                 [1] = {"email", "contact@terres-arguenon.bzh", "contact@t\xc3\xa9rres-arguenon.bzh"},
                 [2] = {"url", "www.telerecours.fr", "www-telerecours:fr"},
                 [3] = {"url", "https://www.x.fr/a:b", "https://www.x.fr/a:b"}}},
        /* a slash or the colon of the scheme lost: the value with "://";
           "http:x.fr" (no slash) is no URL */
        {.in = "sur le site https:/www.mairie-x.fr/plu. Les observations\n"
               "(https//www.ville-y.fr) ou http:/x-z.fr/a\n"
               "voir http:ville.fr\n",
         .n = 3,
         .ids = {[0] = {"url", "https://www.mairie-x.fr/plu", "https:/www.mairie-x.fr/plu"},
                 [1] = {"url", "https://www.ville-y.fr", "https//www.ville-y.fr"},
                 [2] = {"url", "http://x-z.fr/a", "http:/x-z.fr/a"}}},
        /* the second t of the scheme read i or l: the value with "https";
           not without the "://" ("htips" alone, a word) */
        {.in = "consultables sur htips://www.paylocal-services.fr/rgpd. Le\n"
               "voir htlps//www.ville-y.fr ; les htips du site\n",
         .n = 2,
         .ids = {[0] = {"url", "https://www.paylocal-services.fr/rgpd", "htips://www.paylocal-services.fr/rgpd"},
                 [1] = {"url", "https://www.ville-y.fr", "htlps//www.ville-y.fr"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* a local number that is a well-formed prefixed number ("B2025014",
   "D2024_031": capitals then digits) keeps its letters; a letter among
   the digits is still OCR ("2024_0B7", "2O24_O46") */
static void test_actes_letter_prefix(void **state)
{
    static const id_row rows[] = {
        {.in = "ID : 038-253800123-20250312-B2025014-DE\n"
               "ID : 038-253800123-20250312-D2025_031-AI\n"
               "ID : 038-253800123-20250312-2O25_O46-DE\n",
         .n = 3,
         .ids = {[0] = {"acte", "038-253800123-20250312-B2025014-DE", "038-253800123-20250312-B2025014-DE"},
                 [1] = {NULL, "038-253800123-20250312-D2025_031-AI", NULL},
                 [2] = {NULL, "038-253800123-20250312-2025_046-DE", NULL}}},
        /* digits then a letter suffix keep the letter */
        {.in = "ID : 038-253800123-20250312-2025_12B-DE\n",
         .n = 1,
         .ids = {[0] = {"acte", "038-253800123-20250312-2025_12B-DE", "038-253800123-20250312-2025_12B-DE"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* a table row wrapped under a SIRET's column: the SIREN with the row's
   next cells after it, its NIC on the next line under the same column
   (other wrapped cells beside it), kept when the 14 digits pass Luhn;
   the text is the SIREN and the NIC.  Not when Luhn fails, nor when the
   next line's digits stand under another column. */
static size_t sirets(const ex_call *c, const ex_identifier **first)
{
    size_t n = 0;
    *first = NULL;
    for (size_t i = 0; i < c->identifiers.n; i++)
        if (!strcmp(c->identifiers.v[i].kind, "siret") && !n++)
            *first = &c->identifiers.v[i];
    return n;
}

static void test_siret_row_wrap(void **state)
{
    static const struct {
        const char *in, *value, *text;
    } rows[] = {
        {"6   Entente   Châteauneuf   790 123 541   Grand prix   4 200 €\n"
         "                            00027\n", "79012354100027", "790 123 541 00027"},
        {"17  Association du         Mende         194 800 124   Raid multisports   850 €\n"
         "    Henri-Bourrillon                     00019\n",
         "19480012400019", "194 800 124 00019"},
        /* Luhn fails */
        {"6   Entente   Châteauneuf   790 123 541   Grand prix   4 200 €\n"
         "                            00028\n", NULL, NULL},
        /* the digits under another column */
        {"6   Entente   Châteauneuf   790 123 541   Grand prix   4 200 €\n"
         "     00027\n", NULL, NULL},
        {"6   Entente   Châteauneuf   790 123 541   Grand prix   4 200 €\n"
         "                                      00027\n", NULL, NULL},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        ex_call c;
        run(&c, *state, rows[i].in);
        const ex_identifier *x;
        size_t n = sirets(&c, &x);
        if (rows[i].value) {
            assert_int_equal(n, 1);
            assert_string_equal(x->value, rows[i].value);
            assert_string_equal(x->text, rows[i].text);
        } else
            assert_int_equal(n, 0);
        ex_call_free(&c);
    }
}

/* OCR / page layout: a phone cut by a line break between two pairs (a
   speck before it), a postal code at a line end before a town and a
   parenthesis */
static void test_wrapped_phone_and_postal(void **state)
{
    static const id_row rows[] = {
        {.in = "adressée au service des sports (05 61 .\n22 33 44 - sports@ville.fr).\n"
               "par la société Alpha Travaux, 2 rue du Port, 31000\nToulouse (SIRET à venir) ;\n"
               "soit 05 61\n\n22 33 44 pièces.\n"
               "Tél. 02.41:22.33.44\n",
         .n = 4,
         .ids = {[0] = {"phone", "0561223344", "05 61 .\n22 33 44"},
                 [1] = {"email", NULL, NULL},
                 [2] = {"postal_code", "31000", "31000"},
                 [3] = {"phone", "0241223344", "02.41:22.33.44"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* the RCS number is the SIREN ("RCS de <ville> sous le n° ...", "RCS
   <ville> B ..."), Luhn-checked: a number failing it is none */
static void test_rcs_siren(void **state)
{
    static const id_row rows[] = {
        {.in = "société immatriculée au RCS de Clermont-Ferrand sous le n° 512 347 899,\n"
               "filiale inscrite au RCS Saint-Pierre B 200 041 887 ;\n"
               "RCS d'Annecy 200041887.\n"
               "RCS de Lyon 512 347 898 (erroné).\n",
         .n = 3,
         .ids = {[0] = {"siren", "512347899", "512 347 899"},
                 [1] = {"siren", "200041887", "200 041 887"},
                 [2] = {"siren", "200041887", "200041887"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR: a speck "-" "." ":" between a SIREN's digit groups; kept only
   when the Luhn key holds (the same specks on a wrong number: none) */
static void test_siren_specks(void **state)
{
    static const id_row rows[] = {
        {.in = "SIREN : 237 500-012\nSIREN 200.041.887\nSIREN : 200 041-886\n",
         .n = 2,
         .ids = {[0] = {"siren", "237500012", "237 500-012"},
                 [1] = {"siren", "200041887", "200.041.887"}}},
        /* specks between the label and the number (across a line end);
           not a label followed by other words or numbers first */
        {.in = "le Parc, SIREN\n..253 900 120, dont le siège ; inscrit au SIREN, 2024 : 253 900 120\n",
         .n = 1,
         .ids = {[0] = {"siren", "253900120", "253 900 120"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

/* OCR: a SIRET's NIC cut 3 + 2 by a blank ("483 172 052 000 19": kept
   labelled "SIRET" and with its Luhn key only); an ACTES id whose hyphen
   after the department is doubled ("030- -213004716-…"); a postal code
   after a street with two specks after it and a blank line before its
   town ("12740 :.\n\nMalvézie-sur-Dourdou") */
static void test_ocr_split_nic_and_specks(void **state)
{
    static const id_row rows[] = {
        {.in = "(SIRET: 483 172 052 000 19), dont le siège est 6; chemin des Vergnes, 12740 :.\n\n"
               "Malvézie-sur-Dourdou, a proposé par courrier\n"
               "Identifiant : 030- -213004716-20250916-2025064-DE\n",
         .n = 3,
         .ids = {[0] = {"siret", "48317205200019", "483 172 052 000 19"},
                 [1] = {"postal_code", "12740", "12740"},
                 [2] = {"acte", "030-213004716-20250916-2025064-DE", "030- -213004716-20250916-2025064-DE"}}},
        /* negative: no "SIRET" label, or the Luhn key fails; a postal
           code with the specks and blank line but no street before it */
        {.in = "le total 483 172 052 000 19 pour\n"
               "(SIRET: 483 172 052 000 18), dont\n"
               "le montant de la dépense est de 12740 :.\n\nMalvézie-sur-Dourdou, a proposé\n",
         .n = 0},
        /* the nature DE read with an accent: DE; not a word going on
           after it, nor another nature so read */
        {.in = "Accusé de réception en préfecture ;\n025-253505762-20240918-CS2024_23-DÉ\n"
               "Date ; 025-253505762-20240918-CS2024_24-DÉS ; 025-253505762-20240918-CS2024_25-AÉ\n",
         .n = 1,
         .ids = {[0] = {"acte", "025-253505762-20240918-CS2024_23-DE", "025-253505762-20240918-CS2024_23-DÉ"}}},
    };
    TT_EACH(r, t, rows)
        check_ids(&t, *state, r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letterhead),
        cmocka_unit_test(test_siret),
        cmocka_unit_test(test_siren_in_brackets),
        cmocka_unit_test(test_siret_specks),
        cmocka_unit_test(test_postal_codes_and_not),
        cmocka_unit_test(test_postal_code_ocr_specks),
        cmocka_unit_test(test_phone_iban_url),
        cmocka_unit_test(test_phone_eight_digits),
        cmocka_unit_test(test_actes_parts),
        cmocka_unit_test(test_ocr_noise),
        cmocka_unit_test(test_actes_wrapped),
        cmocka_unit_test(test_actes_blank_after_underscore),
        cmocka_unit_test(test_actes_letter_prefix),
        cmocka_unit_test(test_email_blank_at),
        cmocka_unit_test(test_email_url_ocr_domain),
        cmocka_unit_test(test_wrapped_phone_and_postal),
        cmocka_unit_test(test_siret_row_wrap),
        cmocka_unit_test(test_rcs_siren),
        cmocka_unit_test(test_siren_specks),
        cmocka_unit_test(test_ocr_split_nic_and_specks),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
