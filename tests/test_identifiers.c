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

static void test_letterhead(void **state)
{
    ex_call c;
    const char s[] =
        "8 rue de la République – 14790 BERNIÈRES-LA-VALLÉE\n"
        "Tél. 02.31.26.44.90 – police.municipale@bernieres-la-vallee.fr\n"
        "www.cc-valdargenson.fr – SIREN 200 041 887\n"
        "ID : 014-211406210-20240226-2024_087-AR\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 6);
    assert_id(&c, 0, "postal_code", "14790", "14790");
    assert_id(&c, 1, "phone", "0231264490", "02.31.26.44.90");
    assert_id(&c, 2, "email", "police.municipale@bernieres-la-vallee.fr",
              "police.municipale@bernieres-la-vallee.fr");
    assert_id(&c, 3, "url", "www.cc-valdargenson.fr", "www.cc-valdargenson.fr");
    assert_id(&c, 4, "siren", "200041887", "200 041 887");
    assert_id(&c, 5, "acte", "014-211406210-20240226-2024_087-AR",
              "014-211406210-20240226-2024_087-AR");
    ex_call_free(&c);
}

static void test_siret(void **state)
{
    ex_call c;
    /* labelled, unlabelled in a table (Luhn), split over two lines */
    const char s[] =
        "SARL COUVERTURES RIMBAULT, SIRET 512 347 899 00027, 12 rue des Ardoisiers\n"
        "Commune de Saint-Aubin\n214 401 556\n00011\n"
        "montant 123 456 789 01234 sans rapport\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 2);
    assert_id(&c, 0, "siret", "51234789900027", "512 347 899 00027");
    assert_id(&c, 1, "siret", "21440155600011", "214 401 556\n00011");
    ex_call_free(&c);
}

/* OCR specks between a SIRET's SIREN and its line-broken NIC (Luhn
   still decides: a wrong number with the same specks is not one) */
static void test_siret_specks(void **state)
{
    ex_call c;
    const char s[] =
        "Communauté de communes\n\n200 067 312 \xe2\x80\xa6 .\n00013\nMaison des services\n"
        "montant 200 067 312 .\n00014 sans rapport\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 1);
    assert_id(&c, 0, "siret", "20006731200013", "200 067 312 \xe2\x80\xa6 .\n00013");
    ex_call_free(&c);
}

static void test_postal_codes_and_not(void **state)
{
    ex_call c;
    const char s[] =
        "3 avenue de la Gare – BP 40012      ID : 079-200041887-20240409-2024_057-DE\n"
        "CS 62039 – 59014 Lille Cédex ; 62018 ARRAS CEDEX 9\n"
        "un montant de 35000 EUR en 2024 ; le code activité : 030450191912 « Bassin »\n"
        "page code CP20221017-32\n"
        "sis 4 rue des Tanneurs, 36100\nISSOUDUN-SUR-ARGENCE, pour un montant de 12500\n"
        "LE CONSEIL approuve.\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 4);
    assert_string_equal(id(&c, 0)->kind, "acte");
    assert_id(&c, 1, "postal_code", "59014", "59014");
    assert_id(&c, 2, "postal_code", "62018", "62018");
    assert_id(&c, 3, "postal_code", "36100", "36100");   /* the town on the next line */
    ex_call_free(&c);
    /* the town on the next line, capitalised, compound or before a
       comma; not a sentence's first word */
    run(&c, *state,
        "dont le siège est 4 place du Marché, 24200\nSarlat-la-Canéda, SIRET à venir ;\n"
        "la subvention de l'année 2023, 12500\nLes crédits sont inscrits.\n");
    assert_int_equal(c.identifiers.n, 1);
    assert_id(&c, 0, "postal_code", "24200", "24200");
    ex_call_free(&c);
    /* budget table rows: article numbers, not postal codes */
    run(&c, *state,
        "Chap.      Article   Libellé                          Montant\n"
        "21         21312     Bâtiments scolaires              38 000,00 €\n"
        "011        60632     Fournitures                       2 500,00 €\n");
    assert_int_equal(c.identifiers.n, 0);
    ex_call_free(&c);
}

static void test_phone_iban_url(void **state)
{
    ex_call c;
    const char s[] =
        "Tél : +33 (0)3 21 21 62 62 – IBAN FR76 3000 1007 9412 3456 7890 185\n"
        "saisi par l'application Télérecours sur le site www.telerecours.fr.\n"
        "https://www.example.fr/actes/2024 ; faux IBAN FR76 3000 1007 9412 3456 7890 186\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 4);
    assert_id(&c, 0, "phone", "+33321216262", "+33 (0)3 21 21 62 62");
    assert_id(&c, 1, "iban", "FR7630001007941234567890185", "FR76 3000 1007 9412 3456 7890 185");
    assert_id(&c, 2, "url", "www.telerecours.fr", "www.telerecours.fr");
    assert_id(&c, 3, "url", "https://www.example.fr/actes/2024", "https://www.example.fr/actes/2024");
    ex_call_free(&c);
}

/* eight-digit phone numbers (before 1996): after "(16)"/"(1)" or a
   phone label only; the value is the eight digits */
static void test_phone_eight_digits(void **state)
{
    ex_call c;
    const char s[] =
        "Secrétariat - Tél. 45.12.34.56 - Télécopie : (16) 45 12 34 57\n"
        "Le lot 45 12 34 56 est vendu ; Téléphone 45 12 34 56 78 90.\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 2);
    assert_id(&c, 0, "phone", "45123456", "45.12.34.56");
    assert_id(&c, 1, "phone", "45123457", "(16) 45 12 34 57");
    ex_call_free(&c);
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
    ex_call c;
    const char s[] =
        "ID : 062-2 16274308-20240328-2024 014-DE\n"
        "AD: 079:200041887-20240409-2024_057-DE\n"
        "ID : 014-211406210-20240226-2024 0B7-AR\n"
        "le site www-telerecours.fr. SIRET 5l2 347 899 00027 ; Tél. 02 43 98 4l 07\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 6);
    assert_id(&c, 0, "acte", "062-216274308-20240328-2024_014-DE",
              "062-2 16274308-20240328-2024 014-DE");
    assert_string_equal(id(&c, 1)->value, "079-200041887-20240409-2024_057-DE");
    assert_string_equal(id(&c, 2)->value, "014-211406210-20240226-2024_087-AR");
    assert_id(&c, 3, "url", "www.telerecours.fr", "www-telerecours.fr");
    assert_id(&c, 4, "siret", "51234789900027", "5l2 347 899 00027");
    assert_id(&c, 5, "phone", "0243984107", "02 43 98 4l 07");
    ex_call_free(&c);
}

/* an ACTES id wrapped by the page layout after a hyphen at a line end
   (OCR specks after the hyphen too) is one id; a line end after a
   hyphen followed by no ACTES shape joins nothing */
static void test_actes_wrapped(void **state)
{
    ex_call c;
    const char s[] =
        "Reçu en préfecture le 18/11/2024 ID : 031-200054781-20241115-\n"
        "CP2411078-DE\n"
        "ID : 062-226200012-20221017- ° .\n"
        "2022_14-AR : :\n"
        "ID : 062-226200012-\n"
        "20221017-CP20221418-DE\n"
        "ID : 062-226200012-20221017-\n"
        "Le Conseil-DE\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 3);
    assert_id(&c, 0, "acte", "031-200054781-20241115-CP2411078-DE",
              "031-200054781-20241115-\nCP2411078-DE");
    assert_id(&c, 1, "acte", "062-226200012-20221017-2022_14-AR",
              "062-226200012-20221017- ° .\n2022_14-AR");
    assert_id(&c, 2, "acte", "062-226200012-20221017-CP20221418-DE",
              "062-226200012-\n20221017-CP20221418-DE");
    ex_call_free(&c);
}

/* OCR put a blank after an underscore of an ACTES local number
   ("2024_ 046"): dropped, not read as another '_'; letters read for
   digits in a segment before it are still repaired */
static void test_actes_blank_after_underscore(void **state)
{
    ex_call c;
    const char s[] =
        "ID : 044-214401283-20240326-2024_ 046-DE\n"
        "ID : 072-257201236-20240305-CS_2O24_ 07-DE\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 2);
    assert_id(&c, 0, "acte", "044-214401283-20240326-2024_046-DE", "044-214401283-20240326-2024_ 046-DE");
    assert_id(&c, 1, "acte", "072-257201236-20240305-CS_2024_07-DE", "072-257201236-20240305-CS_2O24_ 07-DE");
    ex_call_free(&c);
}

/* OCR puts a blank before or after the '@' of an e-mail: one e-mail,
   its value without the blank, when all of it is in lower case; a
   capitalised word before " @", or blanks on both sides, make none */
static void test_email_blank_at(void **state)
{
    ex_call c;
    const char s[] =
        "Tel. : secretariat @syndicat-eaux.fr ; accueil@ mairie-exemple.fr\n"
        "Suivez Instagram @ville.officielle et x @ y.fr\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 2);
    assert_id(&c, 0, "email", "secretariat@syndicat-eaux.fr", "secretariat @syndicat-eaux.fr");
    assert_id(&c, 1, "email", "accueil@mairie-exemple.fr", "accueil@ mairie-exemple.fr");
    ex_call_free(&c);
}

/* a local number that is a well-formed prefixed number ("B2025014",
   "D2024_031": capitals then digits) keeps its letters; a letter among
   the digits is still OCR ("2024_0B7", "2O24_O46") */
static void test_actes_letter_prefix(void **state)
{
    ex_call c;
    const char s[] =
        "ID : 038-253800123-20250312-B2025014-DE\n"
        "ID : 038-253800123-20250312-D2025_031-AI\n"
        "ID : 038-253800123-20250312-2O25_O46-DE\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 3);
    assert_id(&c, 0, "acte", "038-253800123-20250312-B2025014-DE", "038-253800123-20250312-B2025014-DE");
    assert_string_equal(id(&c, 1)->value, "038-253800123-20250312-D2025_031-AI");
    assert_string_equal(id(&c, 2)->value, "038-253800123-20250312-2025_046-DE");
    ex_call_free(&c);
}

/* the RCS number is the SIREN ("RCS de <ville> sous le n° ...", "RCS
   <ville> B ..."), Luhn-checked: a number failing it is none */
static void test_rcs_siren(void **state)
{
    ex_call c;
    const char s[] =
        "société immatriculée au RCS de Clermont-Ferrand sous le n° 512 347 899,\n"
        "filiale inscrite au RCS Saint-Pierre B 200 041 887 ;\n"
        "RCS d'Annecy 200041887.\n"
        "RCS de Lyon 512 347 898 (erroné).\n";
    run(&c, *state, s);
    assert_int_equal(c.identifiers.n, 3);
    assert_id(&c, 0, "siren", "512347899", "512 347 899");
    assert_id(&c, 1, "siren", "200041887", "200 041 887");
    assert_id(&c, 2, "siren", "200041887", "200041887");
    ex_call_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letterhead),
        cmocka_unit_test(test_siret),
        cmocka_unit_test(test_siret_specks),
        cmocka_unit_test(test_postal_codes_and_not),
        cmocka_unit_test(test_phone_iban_url),
        cmocka_unit_test(test_phone_eight_digits),
        cmocka_unit_test(test_actes_parts),
        cmocka_unit_test(test_ocr_noise),
        cmocka_unit_test(test_actes_wrapped),
        cmocka_unit_test(test_actes_blank_after_underscore),
        cmocka_unit_test(test_actes_letter_prefix),
        cmocka_unit_test(test_email_blank_at),
        cmocka_unit_test(test_rcs_siren),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
