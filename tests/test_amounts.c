/* test_amounts.c - stage amounts: values (exact cents), texts, spans, tax,
   and what is not an amount. */
#include "testutil.h"

/* cur: the currency, NULL for "EUR" */
typedef struct { long long cents; const char *text; const char *tax; const char *cur; } want;

/* run the amounts stage on s; check the amounts found, in order, and
   that each span covers its text in s */
static void check(const extract_engine *e, const char *s, const want *w, size_t n)
{
    ex_call c;
    text_of(&c, e, s, strlen(s));
    assert_true(ex_find_amounts(&c));
    if (c.amounts.n != n) {
        for (size_t i = 0; i < c.amounts.n; i++)
            print_message("got %lld '%s'\n", (long long)c.amounts.v[i].cents, c.amounts.v[i].text);
    }
    assert_int_equal(c.amounts.n, n);
    for (size_t i = 0; i < n; i++) {
        const ex_amount *a = &c.amounts.v[i];
        assert_int_equal(a->cents, w[i].cents);
        assert_string_equal(a->currency, w[i].cur ? w[i].cur : "EUR");
        assert_string_equal(a->text, w[i].text);
        if (w[i].tax)
            assert_string_equal(a->tax, w[i].tax);
        else
            assert_null(a->tax);
        /* the span reads as the text (blanks and line ends collapsed) */
        char flat[256];
        flat_slice(&c.text, s, a->span.start, a->span.end, flat, sizeof flat);
        assert_string_equal(flat, w[i].text);
        if (i > 0)
            assert_true(c.amounts.v[i - 1].span.start < a->span.start);
    }
    ex_call_free(&c);
}

#define CHECK(s, ...) do { const want w_[] = {__VA_ARGS__}; \
        check(*state, s, w_, sizeof w_ / sizeof w_[0]); } while (0)
#define NONE(s) check(*state, s, NULL, 0)

/* OCR: one number word misread inside an amount in words ("einq" for
   "cinq"); never the first word ("ville deux cents euros" is not 1 200),
   never a short word, never outside such a phrase */
static void test_words_ocr_one_edit(void **state)
{
    CHECK("un montant de dix-huit mille einq cents euros versé",
          {1850000, "dix-huit mille einq cents euros", NULL, NULL});
    CHECK("soit deux mille trois cemts euros",
          {230000, "deux mille trois cemts euros", NULL, NULL});
    CHECK("versée à la ville deux cents euros", {20000, "deux cents euros", NULL, NULL});
    CHECK("une aide de trois cent euros", {30000, "trois cent euros", NULL, NULL});
    NONE("le vent euros");
}

/* OCR specks standing alone, or a speck on a line of its own, inside an
   amount in words: the words read without them; the text keeps them */
/* OCR: a colon read for the decimal comma before the currency ("21
   500:00 €"); a time is no amount */
/* a range with its currency printed once, after the second end: the
   bare first end is an amount too ("entre" ... "et", "de" ... "à") */
static void test_range_shared_currency(void **state)
{
    CHECK("des subventions comprises entre\n500 et 1 000 € chacune",
          {50000, "500", NULL, NULL}, {100000, "1 000 €", NULL, NULL});
    CHECK("qui passe de 10 000 à 15 000 euros.",
          {1000000, "10 000", NULL, NULL}, {1500000, "15 000 euros", NULL, NULL});
    CHECK("entre 2,5 et 3 M€", {250000000, "2,5", NULL, NULL}, {300000000, "3 M€", NULL, NULL});
    CHECK("de 500 € à 1 000 €", {50000, "500 €", NULL, NULL}, {100000, "1 000 €", NULL, NULL});
    /* not a range: no opener, a mismatched opener, a year */
    CHECK("les articles 3 et 500 €", {50000, "500 €", NULL, NULL});
    CHECK("de 300 et 500 €", {50000, "500 €", NULL, NULL});
    CHECK("entre 2024 et 2 000 €", {200000, "2 000 €", NULL, NULL});
}

static void test_colon_decimal(void **state)
{
    CHECK("Lot 2 : Papier PAPYRUS 21 500:00 € HT", {2150000, "21 500:00 €", "HT", NULL});
    CHECK("le tarif est de 6:20 € par repas", {620, "6:20 €", NULL, NULL});
    NONE("la séance est ouverte à 18:30 le 12:00");
}

/* "(en euros) :" ending a sentence's line, a table of columns under it:
   its number cells with decimals are amounts, "- 12 500,00" negative;
   the row labels' numbers ("011 – Charges") are none */
static void test_sentence_header_table(void **state)
{
    CHECK("APPROUVE le budget, arrêté par chapitre comme suit (en euros) :\n\n"
          "Chapitre                                 Dépenses          Recettes\n"
          "011 – Charges à caractère général    1 250 000,00\n"
          "012 – Charges de personnel             - 12 500,00\n"
          "73 – Impôts et taxes                                   1 310 000,00\n\n"
          "ARTICLE 2 : Le budget est exécutoire.\n",
          {125000000, "1 250 000,00", NULL, NULL}, {-1250000, "- 12 500,00", NULL, NULL},
          {131000000, "1 310 000,00", NULL, NULL});
    /* the header inside a sentence: no table read */
    NONE("le montant (en euros) est fixé par le conseil\n"
         "Chapitre    011    2024\n");
    /* "(montants\nen euros) :" cut by the line end (set BJ): the cells
       with decimals, not the year column; a "(…)" row and a TOTAL row
       (its first cell one blank after the word) stay in the table */
    CHECK("Le tableau des annuités s'établit ainsi (montants\n"
          "en euros) :\n\n"
          "    Année    Capital       Intérêts\n"
          "    2027     60 000,00     40 623,75\n"
          "    (…)\n"
          "    2046     60 000,00      1 293,76\n"
          "    TOTAL 1 200 000,00    419 175,13\n\n"
          "Article 3 : Le Président est autorisé à signer.\n",
          {6000000, "60 000,00", NULL, NULL}, {4062375, "40 623,75", NULL, NULL},
          {6000000, "60 000,00", NULL, NULL}, {129376, "1 293,76", NULL, NULL},
          {120000000, "1 200 000,00", NULL, NULL}, {41917513, "419 175,13", NULL, NULL});
    /* set BZ: a dashed rule under the header, capital section captions
       over the rows, a cell one blank after its label's letter */
    CHECK("dont la balance s'établit comme suit (montants en euros) :\n\n"
          " Chap.  Libellé                          Dépenses        Recettes\n"
          " -------------------------------------------------------------\n"
          " SECTION DE FONCTIONNEMENT\n"
          " 012    Charges de personnel assimilés 1 618 000,00\n"
          " 70     Produits des services                          236 500,00\n"
          " SECTION D'INVESTISSEMENT\n"
          " 16     Emprunts et dettes            128 000,00\n"
          " -------------------------------------------------------------\n\n"
          "Après en avoir délibéré, DÉCIDE :\n",
          {161800000, "1 618 000,00", NULL, NULL}, {23650000, "236 500,00", NULL, NULL},
          {12800000, "128 000,00", NULL, NULL});
    /* signed cells: "+ " / "- " kept in the text, one blank after a
       label's ")", a glued "+8 400,00" */
    CHECK("équilibrée comme suit (en euros) :\n\n"
          "  Section         Article     Libellé                Montant\n"
          "  Fonctionnement  6156        Maintenance        - 15 000,00\n"
          "  Fonctionnement  615221      Entretien          + 15 000,00\n"
          "  Investissement  2031-041    Frais (d'ordre) - 8 400,00\n"
          "  Investissement  2313-041    Constructions      +8 400,00\n"
          "                  Total des virements                 0,00\n\n"
          "ARTICLE 2 : RAPPELLE les taux.\n",
          {-1500000, "- 15 000,00", NULL, NULL}, {1500000, "+ 15 000,00", NULL, NULL},
          {-840000, "- 8 400,00", NULL, NULL}, {840000, "+8 400,00", NULL, NULL},
          {0, "0,00", NULL, NULL});
    /* a capital line of prose after the table ends it; a number one
       blank after a digit is no cell */
    CHECK("comme suit (en euros) :\n\n"
          "  Chapitre        Dépenses\n"
          "  Article 2026 12 500,00    1 000,00\n"
          "LE CONSEIL MUNICIPAL\n\n"
          "Fonctionnement    2 000,00\n",
          {100000, "1 000,00", NULL, NULL});
    /* cut by the line end but inside the sentence: no table */
    NONE("le tableau (montants\n"
         "en euros) est annexé\n\n"
         "    Année    Capital       Intérêts\n"
         "    2027     60 000,00     40 623,75\n");
}

/* A money table whose column gaps OCR collapsed to one blank (and with
   blank lines put between its rows): each row's last numbers are cut
   into the table's cells (the most cells any row needs; "98400" lost
   its blanks, "250 300 12 100 238 200" kept them); the amounts are the
   cells under the money headers: the last ones when the headers end
   the header line, all when "(montants en €)" opens it, the cells with
   decimals of the rows below a header of words after "(en euros) :" */
static void test_flat_table(void **state)
{
    CHECK("Bénéficiaire Commune Opération Montant (€)\n\n"
          "Association Arc Ville-Haute Travaux (4 lots) 12 000\n\n"
          "Club Bec Lot 2 7 500\n"
          "TOTAL 19 500.\n\n"
          "Article 3 : Le Maire est autorisé à signer.\n",
          {1200000, "12 000", NULL, NULL}, {750000, "7 500", NULL, NULL}, {1950000, "19 500", NULL, NULL});
    CHECK("Commune (montants en €) Dotation Retenue Solde\n\n"
          "Aval 250 300 12 100 238 200\n"
          "Amont 98400 4100 94 300\n\n"
          "Les autres communes sont inchangées.\n",
          {25030000, "250 300", NULL, NULL}, {1210000, "12 100", NULL, NULL}, {23820000, "238 200", NULL, NULL},
          {9840000, "98400", NULL, NULL}, {410000, "4100", NULL, NULL}, {9430000, "94 300", NULL, NULL});
    CHECK("Prestation Tarif 2025 (€ HT) Tarif 2026 (€ HT)\n"
          "Repas adulte 4,10 : 4,25\n"
          "Repas enfant 2,80 2,95\n",
          {410, "4,10", NULL, NULL}, {425, "4,25", NULL, NULL}, {280, "2,80", NULL, NULL}, {295, "2,95", NULL, NULL});
    CHECK("le budget est arrêté comme suit (en euros) :\n\n"
          "Chapitre Dépenses Recettes\n\n"
          "011 – Charges générales 1 200 000,00\n\n"
          "012 – Personnel - 8 000,00\n"
          "TOTAL 1192 000,00 1 192 000,00\n",
          {120000000, "1 200 000,00", NULL, NULL}, {-800000, "- 8 000,00", NULL, NULL},
          {119200000, "1192 000,00", NULL, NULL}, {119200000, "1 192 000,00", NULL, NULL});
    /* "(montants en€)" glued, a '.' group separator ("1.148 880") */
    CHECK("Commune (montants en€) Dotation Retenue\n"
          "Aval 1.250 300 12 100\n"
          "Amont 98400 4100\n",
          {125030000, "1.250 300", NULL, NULL}, {1210000, "12 100", NULL, NULL},
          {9840000, "98400", NULL, NULL}, {410000, "4100", NULL, NULL});
    /* OCR: a '-' for the blank between two groups of 3 digits before
       decimals ("1 020-000,00"); not 4 digits before it ("2024-500,00"),
       nor with no decimals after ("120-000") */
    CHECK("Chapitre Libellé Dépenses (€) Recettes (€)\n"
          "21 Immobilisations corporelles 388 600,00\n"
          "23 Immobilisations en cours 1 020-000,00\n"
          "021 Virement de la section de fonctionnement 296-600,00\n",
          {38860000, "388 600,00", NULL, NULL}, {102000000, "1 020-000,00", NULL, NULL},
          {29660000, "296-600,00", NULL, NULL});
    CHECK("Chapitre Libellé Dépenses (€) Recettes (€)\n"
          "21 Immobilisations corporelles 388 600,00\n"
          "23 Immobilisations en cours 2024-500,00\n",
          {38860000, "388 600,00", NULL, NULL});
    /* a negative cell in brackets ending the row ("(12 900,00)") or
       with a minus glued to its head ("-2 300,00"), a zero cell; not a
       bracket left unopened ("12 900,00)": the table ends), nor a dash
       glued after a word ("RD-12": a label's number) */
    CHECK("Section Chap. Article Libellé Dépenses (€) Recettes (€)\n"
          "INV 21 2135 Installations générales 18 400,00\n"
          "INV 23 2313 Constructions en cours (12 900,00)\n\n"
          "FON 011 615221 Entretien de bâtiments -2 300,00\n"
          "TOTAL FONCTIONNEMENT 0,00 0,00\n",
          {1840000, "18 400,00", NULL, NULL}, {-1290000, "(12 900,00)", NULL, NULL},
          {-230000, "-2 300,00", NULL, NULL}, {0, "0,00", NULL, NULL}, {0, "0,00", NULL, NULL});
    CHECK("Chapitre Libellé Dépenses (€) Recettes (€)\n"
          "21 Immobilisations corporelles 18 400,00\n"
          "23 Constructions 12 900,00)\n"
          "24 Voirie 5 000,00\n",
          {1840000, "18 400,00", NULL, NULL});
    CHECK("Chapitre Libellé Dépenses (€) Recettes (€)\n"
          "21 Voirie RD-12 300,00\n",
          {30000, "300,00", NULL, NULL});
    /* OCR: a money header's "€" misread after a column word ("Recettes
       (6)", "Montant EUR"): a money column still, with the line's other
       money header */
    CHECK("Chapitre Libellé Dépenses (€) Recettes (6)\n\n"
          "011 Charges générales 612 400,00\n"
          "70 Produits des services 186 500,00\n"
          "TOTAL 612 400,00 186 500,00\n",
          {61240000, "612 400,00", NULL, NULL}, {18650000, "186 500,00", NULL, NULL},
          {61240000, "612 400,00", NULL, NULL}, {18650000, "186 500,00", NULL, NULL});
    CHECK("Lot Montant EUR Part (€)\n"
          "Voirie 12 500 4 000\n",
          {1250000, "12 500", NULL, NULL}, {400000, "4 000", NULL, NULL});
    /* not after another word (the cells of "(€)" only), nor a bare "6"
       (the header "(€)" not ending its line: no table) */
    CHECK("Lot Travaux (6) Part (€)\n"
          "Voirie 12 500 4 000\n",
          {400000, "4 000", NULL, NULL});
    NONE("Chapitre Dépenses (€) Recettes 6\n"
         "Voirie 12 500 4 000\n");
    /* a header inside its line: no table */
    NONE("le coût (€) est partagé entre\nles communes 12 et 14\n");
}

static void test_words_specks(void **state)
{
    CHECK("une subvention de quinze mille . euros versée",
          {1500000, "quinze mille . euros", NULL, NULL});
    CHECK("soit douze\n‘\nmille euros", {1200000, "douze ‘ mille euros", NULL, NULL});
    CHECK("soit deux cent . quatre mille ‘ d'euros",
          {20400000, "deux cent . quatre mille ‘ d'euros", NULL, NULL});
    /* a speck glued to a word is a punctuation mark: only the words after it */
    CHECK("le tarif reste de dix. Cinq euros", {500, "Cinq euros", NULL, NULL});
    /* ... but a '.' glued to a number word, a blank and a word in lower
       case after it, is a speck on its line too; a ',' is not */
    CHECK("pour un montant de trente-six. mille euros", {3600000, "trente-six. mille euros", NULL, NULL});
    CHECK("les lots six, mille euros", {100000, "mille euros", NULL, NULL});
    /* a ':' or ';' glued to the words on both sides (no typeset colon):
       a speck; not with a blank after it, nor before a capital */
    CHECK("portée à deux cent quatre mille:huit cents euros",
          {20480000, "deux cent quatre mille:huit cents euros", NULL, NULL});
    CHECK("soit trois mille;cinq cents euros", {350000, "trois mille;cinq cents euros", NULL, NULL});
    CHECK("Montant maximal: huit cents euros", {80000, "huit cents euros", NULL, NULL});
    CHECK("le lot six:Huit cents euros", {80000, "Huit cents euros", NULL, NULL});
    NONE("en mille, euros");
    /* across a line break only: "=" or "|" alone, "-" ending its line,
       ". , ; :" glued to a word before a word in lower case */
    CHECK("à la somme de trois millions sept cent quatre-vingt-dix-sept mille\n= six cents euros",
          {379760000, "trois millions sept cent quatre-vingt-dix-sept mille = six cents euros", NULL, NULL});
    CHECK("au prix de douze mille cinq.\ncents euros (12 500 €)",
          {1250000, "douze mille cinq. cents euros", NULL, NULL}, {1250000, "12 500 €", NULL, NULL});
    CHECK("une redevance de mille huit cents:\n\neuros", {180000, "mille huit cents: euros", NULL, NULL});
    CHECK("soit deux mille |\ntrois cents euros", {230000, "deux mille | trois cents euros", NULL, NULL});
    /* "-" ending its line (its text joins as a hyphen): the speck */
    const char *dash = "mille -\ntrois", *bullet = "mille\n- trois";
    assert_int_equal(ex_num_word_speck(dash, strlen(dash) - 5), 6);
    assert_int_equal(ex_num_word_speck(bullet, strlen(bullet) - 5), 0);
    /* a sentence's end (a capital after it), a dash opening a line, a
       speck inside a line: the words after it only */
    CHECK("soit deux mille.\nCent euros sont versés", {10000, "Cent euros", NULL, NULL});
    CHECK("les lots deux mille\n- trois cents euros", {30000, "trois cents euros", NULL, NULL});
    CHECK("soit deux mille = trois cents euros", {30000, "trois cents euros", NULL, NULL});
    /* OCR of a double-spaced page: one blank line inside the words, the
       word after it in lower case; not before a capital, not two blank
       lines */
    CHECK("de 8 500 € (huit mille\n\ncinq cents euros)",
          {850000, "8 500 €", NULL, NULL}, {850000, "huit mille cinq cents euros", NULL, NULL});
    CHECK("au total dix\n\nCinq cents euros sont versés", {50000, "Cinq cents euros", NULL, NULL});
    CHECK("soit huit mille\n\n\ncinq cents euros", {50000, "cinq cents euros", NULL, NULL});
    /* a hyphen glued to a number word, a blank after it: one compound
       ("quarante- cinq"); not a dash with a blank before it, nor after
       a word that is no number */
    CHECK("d'un montant de quarante- cinq mille euros (45 000 €)",
          {4500000, "quarante- cinq mille euros", NULL, NULL}, {4500000, "45 000 €", NULL, NULL});
    CHECK("Montant - cinq mille euros", {500000, "cinq mille euros", NULL, NULL});
    CHECK("la prime- cinq euros", {500, "cinq euros", NULL, NULL});
}

/* OCR: a quote glued to the end of a number word, a blank or a line end
   after it, is a speck too (no French word ends elided before a blank):
   the whole amount, not only the words after the quote */
static void test_words_glued_quote(void **state)
{
    CHECK("d'un montant inférieur à quatre’\nmille euros hors taxes",
          {400000, "quatre’ mille euros", "HT", NULL});
    CHECK("soit trois' cents euros", {30000, "trois' cents euros", NULL, NULL});
    /* a page break ("\n\f") inside the words */
    CHECK("fixée à 4 650 000 € (quatre\n\fmillions six cent cinquante mille euros).",
          {465000000, "4 650 000 €", NULL, NULL}, {465000000, "quatre millions six cent cinquante mille euros", NULL, NULL});
    /* still a punctuation mark when not a quote */
    CHECK("le tarif reste de dix. Cinq euros", {500, "Cinq euros", NULL, NULL});
    /* a quote glued to the number words on both sides: a speck, not an
       elision ("d’un", "quelqu’un" are: the words after it only) */
    CHECK("pour un montant de cent trois mille’sept cent quarante euros",
          {10374000, "cent trois mille’sept cent quarante euros", NULL, NULL});
    CHECK("au prix d’un euro", {100, "un euro", NULL, NULL});
}

static void test_currency_after(void **state)
{
    CHECK("l'attribution d'un montant total de 500 000 €, dans les termes",
          {50000000, "500 000 €", NULL, NULL});
    CHECK("Montant : 500.000 EUR pour 2022", {50000000, "500.000 EUR", NULL, NULL});
    CHECK("une aide de 1 000 000 euros versée", {100000000, "1 000 000 euros", NULL, NULL});
    CHECK("l'amende forfaitaire de 135 euros prévue", {13500, "135 euros", NULL, NULL});
    CHECK("soit 2,50 € par mètre carré", {250, "2,50 €", NULL, NULL});
    CHECK("le montant minimal est fixé à 1.200 € et", {120000, "1.200 €", NULL, NULL});
    /* OCR: a quote speck glued between the number and "euros" */
    CHECK("une amende de la quatrième classe, soit 750'euros au plus",
          {75000, "750'euros", NULL, NULL});
    NONE("le secteur 750'europe");
    /* or "€" */
    CHECK("le prix passerait de 241,20'€ à 248 € HT", {24120, "241,20'€", NULL, NULL},
          {24800, "248 €", "HT", NULL});
    NONE("l'indice 241,20'a");
}

/* francs (acts before 2002): FRF; a bare "F" only where money is
   spoken of; other francs are not FRF */
static void test_francs(void **state)
{
    CHECK("le marché est passé pour un montant de 12 500 F HT.",
          {1250000, "12 500 F", "HT", "FRF"});
    CHECK("soit 12 500 francs, ou 3 000,50 FRF, ou 800 FF.",
          {1250000, "12 500 francs", NULL, "FRF"},
          {300050, "3 000,50 FRF", NULL, "FRF"}, {80000, "800 FF", NULL, "FRF"});
    NONE("la parcelle cadastrée 12 F est classée.");
    NONE("une aide de 500 francs CFA versée");
    NONE("une aide de 500 F CFA versée");
    NONE("un prix de 500 francs suisses");
    /* the franc CFP (ISO 4217 XPF): "F CFP", "francs pacifique", "XPF",
       the span up to the word after the franc */
    CHECK("pour un montant total de 412 500 000 F CFP, soit 3 456 750 euros",
          {41250000000, "412 500 000 F CFP", NULL, "XPF"},
          {345675000, "3 456 750 euros", NULL, "EUR"});
    CHECK("soit 165 000 000 francs pacifique en 2026",
          {16500000000, "165 000 000 francs pacifique", NULL, "XPF"});
    CHECK("  - tribu de Hnathalo (Lifou) : 4 500 000 F CFP ;",
          {450000000, "4 500 000 F CFP", NULL, "XPF"});
    CHECK("un montant de 247 500 000 XPF au chapitre 908",
          {24750000000, "247 500 000 XPF", NULL, "XPF"});
    NONE("la référence 2026 XPFA est classée.");
    /* "F.CFP" (a dot glued between), "N millions de francs CFP" (a
       multiplier then the franc), OCR "E.CFP" for "F.CFP" */
    CHECK("L'aide est fixée à 180 000 F.CFP par hectare, dans la limite de\n1 440 000 F.CFP par bénéficiaire.",
          {18000000, "180 000 F.CFP", NULL, "XPF"}, {144000000, "1 440 000 F.CFP", NULL, "XPF"});
    CHECK("L'enveloppe globale est de 25 millions\nde francs CFP.",
          {2500000000, "25 millions de francs CFP", NULL, "XPF"});
    CHECK("un emprunt de 3 millions de francs remboursable",
          {300000000, "3 millions de francs", NULL, "FRF"});
    CHECK("L'aide est fixée à 180 000 E.CFP par hectare",
          {18000000, "180 000 E.CFP", NULL, "XPF"});
    /* not a dot then another word ("F. Dupont"), nor "F.CFA" */
    CHECK("le montant de 500 F. CFA", {50000, "500 F", NULL, "FRF"});
    NONE("une aide de 500 F.CFA versée");
    /* the sentence goes on across a blank line (OCR) into a paragraph
       opening in lower case: the money words before it count */
    CHECK("un emprunt auprès de la Caisse,\n\nle surplus, soit 920 F, étant prélevé.",
          {92000, "920 F", NULL, "FRF"});
    /* not across a blank line before a new paragraph (a capital) */
    NONE("un emprunt auprès de la Caisse.\n\nLe lot, soit 920 F, est classé.");
    /* OCR "E" for "F" in an act in francs: francs; not when an amount
       has a real euro sign or word */
    CHECK("pour un montant de\n150 000 E HT, soit 180 900 F T.T.C.",
          {15000000, "150 000 E", "HT", "FRF"}, {18090000, "180 900 F", "TTC", "FRF"});
    CHECK("pour un montant de\n150 000 E HT, soit 180 900 € T.T.C.",
          {15000000, "150 000 E", "HT", "EUR"}, {18090000, "180 900 €", "TTC", "EUR"});
    /* the francs of 1960: "NF" after or before the figures, "nouveaux
       francs", "anciens francs" (across a line end), "Frs": FRF, the
       value as printed */
    CHECK("du nouveau franc, NF 25 000. Le devis porte la dépense à 28 600 NF ;",
          {2500000, "NF 25 000", NULL, "FRF"}, {2860000, "28 600 NF", NULL, "FRF"});
    CHECK("soit 17 160 nouveaux francs (1 716 000\nanciens francs), couverte",
          {1716000, "17 160 nouveaux francs", NULL, "FRF"},
          {171600000, "1 716 000 anciens francs", NULL, "FRF"});
    CHECK("un emprunt de DIX-SEPT MILLE CENT SOIXANTE NOUVEAUX FRANCS remboursable",
          {1716000, "DIX-SEPT MILLE CENT SOIXANTE NOUVEAUX FRANCS", NULL, "FRF"});
    CHECK("soit environ\n92 000 Frs, par un emprunt.", {9200000, "92 000 Frs", NULL, "FRF"});
    /* not a norm ("NF 15-100", "NF 1234", "NF EN"), not "ans", "nouvelles" */
    NONE("selon la norme NF 15-100 et la norme NF 1234 ;");
    NONE("la norme NF EN 1 234 ; pendant 12 ans, 3 nouvelles classes, 5 anciennes");
    /* a bare "F" ending an item of a list, in an act that gave an amount
       in francs before */
    CHECK("le devis porte à 184 500 F T.T.C. la dépense.\n\n"
          "Devis estimatif : terrassements 61 200 F ; chaussée 98 300 F ; ouvrages\n"
          "d'art 25 000 F.",
          {18450000, "184 500 F", "TTC", "FRF"}, {6120000, "61 200 F", NULL, "FRF"},
          {9830000, "98 300 F", NULL, "FRF"}, {2500000, "25 000 F", NULL, "FRF"});
    /* not without an amount in francs before */
    NONE("Parcelles : section 12 200 F ; section 13 400 F.");
    /* a number grouped by dots in thousands (typewriter) before a bare
       "F": francs without a money word; not a dotted decimal, not a
       group of other than three digits, not an area */
    CHECK("CETTE PARCELLE AVAIT ETE ESTIMEE A 82.000 F EN 1995",
          {8200000, "82.000 F", NULL, "FRF"});
    CHECK("ESTIMEE A 1.250.000 F", {125000000, "1.250.000 F", NULL, "FRF"});
    NONE("UNE SUPERFICIE DE 2.450 M2 ET UNE AUTRE DE 2.45 F");
    NONE("LA PARCELLE 82 000 F EST CLASSEE, LA PARCELLE 2.5 F AUSSI");
}

/* francs in words: FRF as euros in words (cents in words, tax after);
   "franc" as an adjective, hyphenated or another franc is no amount */
static void test_francs_words(void **state)
{
    CHECK("pour un montant de trois mille deux cents francs toutes taxes comprises (3 200 F).",
          {320000, "trois mille deux cents francs", "TTC", "FRF"},
          {320000, "3 200 F", NULL, "FRF"});
    CHECK("une indemnité de cent vingt francs et cinquante centimes par jour",
          {12050, "cent vingt francs et cinquante centimes", NULL, "FRF"});
    CHECK("un emprunt de deux millions de francs", {200000000, "deux millions de francs", NULL, "FRF"});
    CHECK("cédé pour un franc symbolique", {100, "un franc", NULL, "FRF"});
    NONE("la fête a remporté un franc succès auprès des habitants");
    NONE("les deux francs-tireurs du village");
    NONE("trois cents francs CFA");
    /* the franc CFP in words: XPF, the span to "CFP" */
    CHECK("2 850 000 F CFP (deux millions\nhuit cent cinquante mille francs CFP) est attribuée",
          {285000000, "2 850 000 F CFP", NULL, "XPF"},
          {285000000, "deux millions huit cent cinquante mille francs CFP", NULL, "XPF"});
    NONE("des échanges francs et directs");
}

static void test_tax(void **state)
{
    CHECK("pour un montant de 18 450,00 € HT, soit 22 140,00 € TTC.",
          {1845000, "18 450,00 €", "HT", NULL}, {2214000, "22 140,00 €", "TTC", NULL});
    CHECK("la salle des sports (620 000 €\nTTC) et", {62000000, "620 000 €", "TTC", NULL});
}

static void test_multipliers(void **state)
{
    CHECK("une enveloppe globale de 2,5 M€. Pour 2024, plafonnée à 500 k€, dont\n150 k€ réservés",
          {250000000, "2,5 M€", NULL, NULL}, {50000000, "500 k€", NULL, NULL},
          {15000000, "150 k€", NULL, NULL});
    /* OCR "ke" for "k€"; not "Me" */
    CHECK("- voirie et réseaux : 850 ke ;", {85000000, "850 ke", NULL, NULL});
    NONE("les 3 Me DUPONT et associés");
    CHECK("un programme de 2,5 millions d'euros en 2024",
          {250000000, "2,5 millions d'euros", NULL, NULL});
    CHECK("l'aménagement de la rue (1,1 M€).", {110000000, "1,1 M€", NULL, NULL});
    CHECK("un programme de 12 M€ ;", {1200000000, "12 M€", NULL, NULL});
}

static void test_words_amounts(void **state)
{
    CHECK("l'État contribuera à hauteur de 1 000 000 € (un million d’euros) réparti",
          {100000000, "1 000 000 €", NULL, NULL},
          {100000000, "un million d’euros", NULL, NULL});
    CHECK("Une subvention exceptionnelle de mille deux cents euros (1 200 €) est attribuée",
          {120000, "mille deux cents euros", NULL, NULL}, {120000, "1 200 €", NULL, NULL});
    CHECK("trois milliards d'euros", {300000000000LL, "trois milliards d'euros", NULL, NULL});
    /* cents in words after the euros */
    CHECK("soit quatre mille cent douze euros et soixante-quinze centimes par an",
          {411275, "quatre mille cent douze euros et soixante-quinze centimes", NULL, NULL});
    CHECK("soit neuf cents euros et\ncinq centimes toutes taxes comprises",
          {90005, "neuf cents euros et cinq centimes", "TTC", NULL});
    /* OCR: a speck opening the cents' line (set AZ poor) */
    CHECK("soit sept mille huit cent douze euros et\n: cinquante centimes toutes taxes comprises",
          {781250, "sept mille huit cent douze euros et : cinquante centimes", "TTC", NULL});
    /* not a speck glued to a word, nor one in the middle of its line */
    CHECK("soit neuf cents euros et\n:cinq centimes", {90000, "neuf cents euros", NULL, NULL});
    CHECK("soit neuf cents euros et : cinq centimes", {90000, "neuf cents euros", NULL, NULL});
    /* "et" then no cents: the euros alone */
    CHECK("trois cents euros et deux ans", {30000, "trois cents euros", NULL, NULL});
    /* a unit, not an amount */
    NONE("Montants en millions d'euros");
}

static void test_line_breaks(void **state)
{
    CHECK("le produit attendu s'établit à 1 254 300 €, contre 1 207\n200 € en 2023",
          {125430000, "1 254 300 €", NULL, NULL}, {120720000, "1 207 200 €", NULL, NULL});
    CHECK("le recours à l'emprunt (450 000\n€) lui paraissant",
          {45000000, "450 000 €", NULL, NULL});
    CHECK("pour un montant de 54 \n460 €\n", {5446000, "54 460 €", NULL, NULL});
}

static void test_currency_before(void **state)
{
    CHECK("Prix : € 500 par an", {50000, "€ 500", NULL, NULL});
    /* OCR: a table row's letter cell read "€" before a lone small
       number with another number cell after it: no amount; a sign
       before a small number then words is one */
    NONE("Adjoint administratif principal 2e cl. € 2 2 p/8oe 2,00");
    CHECK("Prix : € 12 par personne", {1200, "€ 12", NULL, NULL});
    /* a percentage after a currency is not an amount */
    CHECK("1 150 000,00 € 25 %\n287 500,00 €",
          {115000000, "1 150 000,00 €", NULL, NULL}, {28750000, "287 500,00 €", NULL, NULL});
}

/* a number after "n°" is no head of the amount after it */
static void test_number_sign(void **state)
{
    CHECK("Montant du marché n° 7 482 500,00 € HT", {48250000, "482 500,00 €", "HT", NULL});
    CHECK("article no 12 150 €", {15000, "150 €", NULL, NULL});
    CHECK("tranche N°2 310 000 €", {31000000, "310 000 €", NULL, NULL});
}

static void test_not_amounts(void **state)
{
    NONE("Vu la délibération n° 2022-418 du Conseil départemental");
    NONE("SIRET 512 347 899 00027, 12 rue des Ardoisiers, 53200 CHÂTEAU-GONTIER");
    NONE("Tél. 02 43 98 41 07 – prix : 60 % ; valeur technique : 40 %");
    NONE("au budget primitif 2023, à l'opération 214, code 0304, article 6574");
    NONE("Article 3 : le taux est fixé à 50 %.");
    NONE("une équipe E et une équipe C");
}

static void test_ocr(void **state)
{
    /* € read as E or C where the context says money */
    CHECK("pour un montant de 1 200 E versé", {120000, "1 200 E", NULL, NULL});
    CHECK("TOTAL 18 450,00 C", {1845000, "18 450,00 C", NULL, NULL});
    NONE("le lot 3 C et le bâtiment 12 E");
    /* "£" read for "€" under the same condition; not without money
       words, nor glued to a word */
    CHECK("autofinancement communal 57 520 £, soit 30,86 %", {5752000, "57 520 £", NULL, NULL});
    CHECK("pour un montant de 1 200 £ versé", {120000, "1 200 £", NULL, NULL});
    NONE("le lot 3 £ et le bâtiment 12 £");
    NONE("pour un montant de 1 200 £x versé");
    /* the blank lost between "de" / "à" and the number */
    CHECK("d'un montant de8535€ versé", {853500, "8535€", NULL, NULL});
    CHECK("fixée à2 091 420 € TTC", {209142000, "2 091 420 €", "TTC", NULL});
    NONE("le code2 000 € et le mode2 €");
    /* digits read as letters, lost blanks, ";" for the decimal comma */
    CHECK("un montant de 1O 5OO €", {1050000, "1O 5OO €", NULL, NULL});
    CHECK("soit 22 140;00 € TTC", {2214000, "22 140;00 €", "TTC", NULL});
    CHECK("Fonctionnement 6457,50€ et 18.450,00 €", {645750, "6457,50€", NULL, NULL},
          {1845000, "18.450,00 €", NULL, NULL});
    CHECK("1150 000,00 € 25 %", {115000000, "1150 000,00 €", NULL, NULL});
    /* without cents: a head that cannot be a year (OCR lost the blank
       of "2 208 000 €"); a year's head stays a year ("en 2023 500 €",
       and 1xxx: "en 1998 500 €") */
    CHECK("soit 2208 000 € TTC.", {220800000, "2208 000 €", "TTC", NULL});
    CHECK("en 2023 500 € versés", {50000, "500 €", NULL, NULL});
    CHECK("en 1998 500 € versés", {50000, "500 €", NULL, NULL});
    /* a year before an amount with cents is no head of it */
    CHECK("subvention 2025 248 600,00 € HT", {24860000, "248 600,00 €", "HT", NULL});
    CHECK("Région 1998 3 400 000,50 €", {340000050, "3 400 000,50 €", NULL, NULL});
    CHECK("enveloppe globale de 2,5 ME. Pour", {250000000, "2,5 ME", NULL, NULL});
    CHECK("l'amende de 135.euros prévue", {13500, "135.euros", NULL, NULL});
    /* OCR (blind set AY): a blank after the decimal comma of a
       grouped number ("1 184 600, 00 €"; not after a short number nor
       before one digit or three); "€" read "E" glued to the tax
       ("EHT", "ETTC"; not a word "EHPAD"); a mark "20/20", "17,97/20"
       after a stray "€" is no amount */
    CHECK("montant annuel de 1 184 600, 00 € HT", {118460000, "1 184 600, 00 €", "HT", NULL});
    CHECK("initial : 245 800,00 EHT;", {24580000, "245 800,00 E", "HT", NULL});
    CHECK("soit 309 708,00 ETTC.", {30970800, "309 708,00 E", "TTC", NULL});
    CHECK("les lots 12, 50 € et", {5000, "50 €", NULL, NULL});
    CHECK("places 245 800, 5 € et", {500, "5 €", NULL, NULL});
    NONE("le site 245 800 EHPAD");
    NONE("SERVICES € 20/20 17,5/20");
    NONE("00 € 17,97/20 14,5/20");
    CHECK("soit € 1 200,50 par an", {120050, "€ 1 200,50", NULL, NULL});
    /* a dash speck glued before "€"; not before a word, nor a range */
    CHECK("isolées 5 500-€\n", {550000, "5 500-€", NULL, NULL});
    NONE("les lots 2-euros sont");
    /* OCR: a dash speck before "euros" after the decimals (set BJ O4) */
    CHECK("soit 7 622,45-euros pour", {762245, "7 622,45-euros", NULL, NULL});
    NONE("les lots 12,5-euros sont");
    /* a dot speck glued before "€" after a blank (blind set BE O3); not
       a sentence's full stop before another word */
    CHECK("pour un montant de 38 420,00 .€ HT.", {3842000, "38 420,00 .€", "HT", NULL});
    NONE("le lot 12 . Euromarché");
    CHECK("de 500-1 000 € par an", {100000, "1 000 €", NULL, NULL});
    /* OCR's dash for the blank before the last group, the currency
       right after it (blind set AE O2); an ascending pair is a range
       (its last number alone, as before), a code's tail no amount */
    CHECK("au capital de 250-000 €, dont", {25000000, "250-000 €", NULL, NULL});
    CHECK("soit 1 250-000,00 euros HT", {125000000, "1 250-000,00 euros", "HT", NULL});
    CHECK("de 150-200 € par mois", {20000, "200 €", NULL, NULL});
    NONE("le lot 2024-250-000 € et");
    NONE("le code 12.250-000 € et");
    /* the head of the number lost: no amount from its tail */
    NONE("+ 055,00 € ne");
}

/* a sign before the number after ":", "=" or "(" (a moins-value in an
   avenant's financial block): the value signed, the text with the sign;
   not a list item's dash, a range, nor the first of an inline list */
static void test_signed(void **state)
{
    CHECK("Montant du présent avenant : - 12 500,00 € HT (moins-value)\n",
          {-1250000, "- 12 500,00 €", "HT", NULL});
    CHECK("Avenant n° 1 : + 23 400,00 € HT (+ 1,57 %)\n", {2340000, "+ 23 400,00 €", "HT", NULL});
    CHECK("Écart = -0,75 €\n", {-75, "-0,75 €", NULL, NULL});
    CHECK("le solde (−1 200,00 €) reporté\n", {-120000, "−1 200,00 €", NULL, NULL});
    CHECK("- 4 000 € pour la commune\n", {400000, "4 000 €", NULL, NULL});
    CHECK("une aide de 10 000 - 12 000 €\n", {1200000, "12 000 €", NULL, NULL});
    CHECK("répartis : - 5 000 € pour A - 3 000 € pour B\n", {500000, "5 000 €", NULL, NULL},
          {300000, "3 000 €", NULL, NULL});
    /* a table cell's sign after a column gap (two negative cells on one
       row); a sign glued to the number after a word; "de - 12 500,00 €"
       (a minus after "de", "à", "soit") */
    CHECK("Investissement     612 480,90 €     -74 265,50 €\n", {61248090, "612 480,90 €", NULL, NULL},
          {-7426550, "-74 265,50 €", NULL, NULL});
    CHECK("Résultat     -74 265,50 €     - 1 000,00 €\n", {-7426550, "-74 265,50 €", NULL, NULL},
          {-100000, "- 1 000,00 €", NULL, NULL});
    CHECK("un déficit de -74 265,50 € est constaté\n", {-7426550, "-74 265,50 €", NULL, NULL});
    CHECK("soit - 12 500,00 € au total\n", {-1250000, "- 12 500,00 €", NULL, NULL});
    CHECK("porté à − 3 000 €\n", {-300000, "− 3 000 €", NULL, NULL});
    /* a sign opening an ASCII table's cell: "| -21 520,00 € |" */
    CHECK("| 022 | Dépenses imprévues | -21 520,00 € |\n", {-2152000, "-21 520,00 €", NULL, NULL});
    /* no sign: a bullet at a line start (even after blanks or glued), a
       range after a number or a currency with one blank, a dash opening
       an aside, a spaced dash after another word, a '+' after a word
       (OCR's '1': "de + 500 €") */
    CHECK("    -74 265,50 € pour la voirie\n", {7426550, "74 265,50 €", NULL, NULL});
    CHECK("de 10 000 € -12 500 € environ\n", {1000000, "10 000 €", NULL, NULL}, {1250000, "12 500 €", NULL, NULL});
    CHECK("de 10 000 -12 500 € environ\n", {1250000, "12 500 €", NULL, NULL});
    CHECK("soit – 12 500,00 € au total\n", {1250000, "12 500,00 €", NULL, NULL});
    CHECK("les sommes - 5 000 € pour A\n", {500000, "5 000 €", NULL, NULL});
    CHECK("un montant maximal de + 500 €\n", {50000, "500 €", NULL, NULL});
    CHECK("| 022 | Dépenses - 21 520,00 € |\n", {2152000, "21 520,00 €", NULL, NULL});
    /* a sign apart from its number by a run of blanks in a right-aligned
       column (its text with the blanks collapsed); after one blank only
       an ASCII sign ending the line's last cell */
    CHECK("  Chap. 022 – D 022 – Dépenses imprévues     -   4 500,00 €\n", {-450000, "- 4 500,00 €", NULL, NULL});
    CHECK("  Total dépenses de fonctionnement     +   4 000,00 €\n", {400000, "+ 4 000,00 €", NULL, NULL});
    CHECK("  Chap. 021 – R 021 – Virement de la section -  1 500,00 €\n", {-150000, "- 1 500,00 €", NULL, NULL});
    /* not so: a dash between one blank and a run in prose, a speck
       before a cell that another follows, a dash alone */
    CHECK("Objet –  4 500 € pour la voirie\n", {450000, "4 500 €", NULL, NULL});
    CHECK("Case de columbarium : la case -  450,00€ 460,00 €\n", {45000, "450,00€", NULL, NULL},
          {46000, "460,00 €", NULL, NULL});
    CHECK("Objet - 4 500 €\n", {450000, "4 500 €", NULL, NULL});
    /* OCR flattened the columns to one blank: a sign after a word, the
       amount ending its line, beside a line ending with a signed cell
       (a blank line between at most) */
    CHECK("Chap. 011 — D 6068 — Fournitures + 3 200,00 €\n"
          "\n"
          "Chap. 022 — D 022 — Dépenses imprévues - 4 500,00 €\n",
          {320000, "3 200,00 €", NULL, NULL}, {-450000, "- 4 500,00 €", NULL, NULL});
    CHECK("Chap. 21 — D 2183 - Matériel informatique - 2000,00 €\n"
          "Total dépenses d'investissement + 16 500,00 €\n",
          {-200000, "- 2000,00 €", NULL, NULL}, {1650000, "16 500,00 €", NULL, NULL});
    /* not so: no signed cell beside, text after the amount, a text
       line between, an unsigned amount beside */
    CHECK("Objet - 4 500 €\n"
          "Total 3 200,00 €\n",
          {450000, "4 500 €", NULL, NULL}, {320000, "3 200,00 €", NULL, NULL});
    CHECK("Dépenses imprévues - 4 500,00 € en plus\n"
          "Total + 4 000,00 €\n",
          {450000, "4 500,00 €", NULL, NULL}, {400000, "4 000,00 €", NULL, NULL});
    CHECK("Dépenses imprévues - 4 500,00 €\n"
          "Recettes\n"
          "Total + 4 000,00 €\n",
          {450000, "4 500,00 €", NULL, NULL}, {400000, "4 000,00 €", NULL, NULL});
}

static void test_money_column(void **state)
{
    CHECK("Opération                     Montant (€)\n"
          "Voirie rue Haute                  12 500\n"
          "Éclairage public                   3 200,50\n"
          "\n"
          "Le Conseil approuve en 2024.\n",
          {1250000, "12 500", NULL, NULL}, {320050, "3 200,50", NULL, NULL});
    /* a total row after one blank line belongs to the table */
    CHECK("Bénéficiaire                  Montant (€)\n"
          "Club sportif                      3 200,50\n"
          "Comité des fêtes                     800\n"
          "\n"
          "TOTAL                             4 000,50\n"
          "\n"
          "Délibéré en 2024, 12 voix.\n",
          {320050, "3 200,50", NULL, NULL}, {80000, "800", NULL, NULL},
          {400050, "4 000,50", NULL, NULL});
    /* OCR: one blank line between two rows; the row after it ends in a
       column where a cell above ended: still the table (both columns) */
    CHECK("Chapitre  Libellé              Dépenses (€)    Recettes (€)\n"
          "16        Emprunts               142 000,00      450 000,00\n"
          "23        Travaux              1 020 000,00\n"
          "\n"
          "021       Virement                               296 600,00\n"
          "          TOTAL                1 162 000,00      746 600,00\n",
          {14200000, "142 000,00", NULL, NULL}, {45000000, "450 000,00", NULL, NULL},
          {102000000, "1 020 000,00", NULL, NULL}, {29660000, "296 600,00", NULL, NULL},
          {116200000, "1 162 000,00", NULL, NULL}, {74660000, "746 600,00", NULL, NULL});
    /* a negative cell: in brackets "(12 900,00)", after a minus
       "-2 300,00", "− 2 300,00" (U+2212, one blank), each a cell of its
       own; not a minus glued to a word before it, not "(soit …)" */
    CHECK("Chap.  Libellé                  Dépenses (€)    Recettes (€)\n"
          "23     Constructions             (12 900,00)\n"
          "011    Entretien                  -2 300,00\n"
          "022    Imprévus                 \xE2\x88\x92 1 500,00      2 300,00\n",
          {-1290000, "(12 900,00)", NULL, NULL}, {-230000, "-2 300,00", NULL, NULL},
          {-150000, "\xE2\x88\x92 1 500,00", NULL, NULL}, {230000, "2 300,00", NULL, NULL});
    CHECK("Chap.  Libellé                  Dépenses (€)    Recettes (€)\n"
          "23     Travaux du lot n° 3 -2 900,00\n"
          "011    Entretien (Lot             1 300,00)\n",
          {290000, "2 900,00", NULL, NULL}, {130000, "1 300,00", NULL, NULL});
    /* OCR: a '-' for the blank between two groups of 3 digits before
       decimals */
    CHECK("Chapitre  Libellé              Dépenses (€)    Recettes (€)\n"
          "16        Emprunts               142 000,00      450 000,00\n"
          "23        Travaux              1 020-000,00\n",
          {14200000, "142 000,00", NULL, NULL}, {45000000, "450 000,00", NULL, NULL},
          {102000000, "1 020-000,00", NULL, NULL});
    /* not a line whose number ends elsewhere, nor prose ending where
       a cell ended */
    CHECK("Opération                     Montant (€)\n"
          "Voirie rue Haute                  12 500\n"
          "\n"
          "Lot 2                             12 500 4\n",
          {1250000, "12 500", NULL, NULL});
    CHECK("Opération                     Montant (€)\n"
          "Voirie rue Haute                  12 500\n"
          "\n"
          "Le conseil a voté pour ce lot, un 12 500\n",
          {1250000, "12 500", NULL, NULL});
    /* OCR: "Recettes (6)", "Dépenses (E" (the "€" misread) beside a
       money header: money columns too; not after another word ("Lot
       (6)"), not without a money header on the line */
    CHECK("Chapitre  Libellé        Dépenses (€)    Recettes (6)\n"
          "70        Produits                         186 500,00\n"
          "          TOTAL            12 000,00       186 500,00\n",
          {18650000, "186 500,00", NULL, NULL}, {1200000, "12 000,00", NULL, NULL},
          {18650000, "186 500,00", NULL, NULL});
    CHECK("Chapitre  Libellé        Dépenses (E     Recettes (€)\n"
          "011       Charges          12 000,00\n",
          {1200000, "12 000,00", NULL, NULL});
    CHECK("Lot (6)       Montant (€)     Délai (E)\n"
          "12            3 000,00        45\n",
          {300000, "3 000,00", NULL, NULL});
    NONE("Chapitre  Libellé        Dépenses (6)    Recettes (6)\n"
         "011       Charges          12 000,00\n");
    /* a tariff grid with the "(€ TTC)" header under its column names:
       capital section sub-headings over rows (after a blank line too)
       and a row of words in the money column ("gratuit") keep the table
       going; bare cells are amounts */
    CHECK("Service                     Unité           Tarif 2027\n"
          "                                            (€ TTC)\n"
          "CIMETIÈRE\n"
          "Dispersion des cendres      l'acte          gratuit\n"
          "Concession (double)         la concession   1 280,00\n"
          "\n"
          "RÉGIE DE TRANSPORT « LIGNE »\n"
          "Abonnement annuel           l'année         120,00\n",
          {128000, "1 280,00", NULL, NULL}, {12000, "120,00", NULL, NULL});
    /* a capital line over a row with its number outside the column, or
       over prose, and a line of prose end it */
    CHECK("Service                     Unité           Tarif 2027\n"
          "                                            (€ TTC)\n"
          "Concession (double)         la concession   1 280,00\n"
          "\n"
          "ANNEXE\n"
          "Lot 2    45                                  \n"
          "Annexe au tableau          l'acte           120,00\n",
          {128000, "1 280,00", NULL, NULL});
    CHECK("Service                     Unité           Tarif 2027\n"
          "                                            (€ TTC)\n"
          "Concession (double)         la concession   1 280,00\n"
          "Le conseil approuve ces tarifs pour la durée.\n"
          "Concession (simple)         la concession   120,00\n",
          {128000, "1 280,00", NULL, NULL});
    /* "(montants en €)" in the first header cell: the columns right of
       it (not the label column) */
    CHECK("Commune (montants en €)     AC 2025      Charges\n"
          "Verdoyer 2024             1 245 300       96 420\n"
          "TOTAL                     1 245 300       96 420\n"
          "\n"
          "Fin du tableau.\n",
          {124530000, "1 245 300", NULL, NULL}, {9642000, "96 420", NULL, NULL},
          {124530000, "1 245 300", NULL, NULL}, {9642000, "96 420", NULL, NULL});
}

/* A flattened tariff table under a header of money units alone on its
   line ("(€ TTC) (€ TTC)"): section headings in capitals, rows whose
   cells carry their own currency (read by the currency pattern), with a
   unit after it ("14,30 €/m2"), and free rows ("gratuit gratuit") do not
   end it, so a row printed without its currency further down is still
   read; a line of prose ends it (a row after it is none) */
static void test_flat_tariff_rows(void **state)
{
    CHECK("Service Unité Tarif 2026 Tarif 2027\n\n"
          "(€ TTC) (€ TTC)\n"
          "CIMETIÈRE\n"
          "Concession trentenaire la concession 320,00€ 330,00 €\n"
          "Dispersion des cendres l'acte gratuit gratuit\n"
          "Terrasse ouverte m2/an 14,00 €/m2 14,30 €/m2\n"
          "SALLES MUNICIPALES\n"
          "Abonnement annuel l'année 120,00 125,00\n"
          "Ces tarifs s'appliquent à compter du premier janvier.\n"
          "Photocopie la page 0,20 0,25\n",
          {32000, "320,00€", NULL, NULL}, {33000, "330,00 €", NULL, NULL}, {1400, "14,00 €", NULL, NULL},
          {1430, "14,30 €", NULL, NULL}, {12000, "120,00", NULL, NULL}, {12500, "125,00", NULL, NULL});
    /* a row of other words first: the table ends there */
    NONE("Service Unité Tarif 2026 Tarif 2027\n\n"
         "(€ TTC) (€ TTC)\n"
         "Voir le règlement intérieur de la salle\n"
         "Abonnement annuel l'année 120,00 125,00\n");
}

/* OCR debris in a money table whose column gaps OCR collapsed: a dash
   or a quote alone after a row's last cell ("455 000,00 : -",
   "112 000,00 : '") is no end of the table; one row whose number the
   scan garbled ("31270000" in a decimals table) is passed over when a
   row that can be cut follows (two in a row end the table) */
static void test_flat_table_debris(void **state)
{
    CHECK("Chapitre Libellé Crédits votés (€)\n\n"
          "66 Charges financières 38 000,00 .\n\n"
          "023 Virement à la section d'investissement 455 000,00 : -\n"
          ": TOTAL DÉPENSES DE FONCTIONNEMENT . 2 418 650,00\n\n"
          "21 Immobilisations corporelles 31270000\n"
          "23 Immobilisations en cours : . 587 500,00\n"
          "16 Emprunts et dettes assimilées 112 000,00 : '\n"
          "TOTAL DÉPENSES D'INVESTISSEMENT . 1036 200,00 .\n\n"
          "Après en avoir délibéré, le Conseil municipal DÉCIDE :\n",
          {3800000, "38 000,00", NULL, NULL}, {45500000, "455 000,00", NULL, NULL},
          {241865000, "2 418 650,00", NULL, NULL}, {58750000, "587 500,00", NULL, NULL},
          {11200000, "112 000,00", NULL, NULL}, {103620000, "1036 200,00", NULL, NULL});
    /* negative: two garbled rows end the table; the prose after it
       (a number with decimals ending a line) is no cell */
    CHECK("Chapitre Libellé Crédits votés (€)\n"
          "66 Charges financières 38 000,00\n"
          "21 Immobilisations corporelles 31270000\n"
          "Vu la délibération n° 2025-12\n"
          "le solde reporté de 12 500,00\n",
          {3800000, "38 000,00", NULL, NULL});
}

/* OCR specks in a flattened money table: specks alone after the last
   header ("Recettes (€)  :": no column layout), glued before a row's
   first cell ("‘1 036 200,00", "_.2418650,00"), a dash glued after a
   cell's decimals ("3454 850,00- 3 454 850,00"), a mark alone ending a
   row ("38000,00 ©", "112 000,00 < <", "24 000,00 *") */
static void test_flat_table_specks(void **state)
{
    CHECK("dépenses et en recettes comme suit :\n"
          "Section Dépenses (€) Recettes (€)  :\n"
          "Fonctionnement _.2418650,00 2 418 650,00\n\n"
          "Investissement 1 036 200,00 \xE2\x80\x98" "1 036 200,00\n"
          "TOTAL 3454 850,00- 3 454 850,00\n",
          {241865000, "2418650,00", NULL, NULL}, {241865000, "2 418 650,00", NULL, NULL},
          {103620000, "1 036 200,00", NULL, NULL}, {103620000, "1 036 200,00", NULL, NULL},
          {345485000, "3454 850,00", NULL, NULL}, {345485000, "3 454 850,00", NULL, NULL});
    CHECK("Chapitre Libellé. : Crédits votés (€)\n"
          "65 Autres charges de gestion courante 214 850,00\n"
          "-66 . Chargesfinancières : 38000,00 \xC2\xA9\n"
          "20 Immobilisations incorporelles * 24 000,00 *\n"
          "16 Emprunts et dettes assimilées 112 000,00 < <\n",
          {21485000, "214 850,00", NULL, NULL}, {3800000, "38000,00", NULL, NULL},
          {2400000, "24 000,00", NULL, NULL}, {11200000, "112 000,00", NULL, NULL});
    /* negative: a quote glued to a word before the number ("l'2"), a
       dash glued after a number without decimals ("2024-"): no cell
       boundary there, the number before it is no cell */
    CHECK("Chapitre Libellé Crédits votés (€)\n"
          "65 Autres charges courante 214 850,00\n"
          "66 Charges l'3 500,00\n"
          "67 Charges exercice 2024- 12 500,00\n"
          "Vu la délibération n° 2025-12\n",
          {21485000, "214 850,00", NULL, NULL}, {50000, "500,00", NULL, NULL},
          {1250000, "12 500,00", NULL, NULL});
}

/* OCR in a flattened tariff table: its header unit misread "(€ TIC)",
   specks around section headings and rows with their own currency
   ("CIMETIÈRE . : .", "SALLES MUNICIPALES : “", "330,00 €:", ". Case
   …"), a page break (blank line, page number, blank line), a junk word
   after a row's last cell ("28,60 €/m2 en"), a dot glued after a cell's
   decimals ("120,00. 120,00"): the rows without currency are read */
static void test_flat_tariff_specks(void **state)
{
    CHECK("Service : Unité Ton 2026 Tarif 2027\n"
          ": (E TTC) : (€ TIC)\n\n"
          "CIMETIÈRE . : .\n\n"
          "Concession trentenaire (simple) la concession 320,00€ : 330,00 €:\n"
          ". Concession cinquantenaire: (double) la concession 1250,00 1 280,00\n"
          "SALLES MUNICIPALES : \xE2\x80\x9C\n\n"
          "Salle des fêtes — extérieurs _ leweek-end 480,00 € 490,00 €\n"
          "\f25\n\n"
          "Terrasse fermée mes m?/an. 28,00 €/m2 28,60 €/m2 en\n"
          "OCCUPATION DU DOMAINE PUBLIC : -\n"
          "Abonnement annuel scolaire =. Fannée 120,00. 120,00\n",
          {32000, "320,00€", NULL, NULL}, {33000, "330,00 €", NULL, NULL}, {125000, "1250,00", NULL, NULL},
          {128000, "1 280,00", NULL, NULL}, {48000, "480,00 €", NULL, NULL}, {49000, "490,00 €", NULL, NULL},
          {2800, "28,00 €", NULL, NULL}, {2860, "28,60 €", NULL, NULL}, {12000, "120,00", NULL, NULL},
          {12000, "120,00", NULL, NULL});
    /* negative: a heading in capitals with a junk word after it, a line
       of words, end the table */
    NONE("Service Unité Tarif 2026 Tarif 2027\n"
         "(€ TTC) (€ TTC)\n"
         "CIMETIÈRE en\n"
         "Abonnement annuel l'année 120,00 125,00\n");
}

/* cents in words after the francs or euros without "et": "… FRANCS
   CINQUANTE CENTIMES"; not when other words stand between */
static void test_cents_words_without_et(void **state)
{
    CHECK("SOIT SOIXANTE-CINQ MILLE DEUX CENT\n  CINQUANTE-SEPT FRANCS CINQUANTE CENTIMES, PAR UN EMPRUNT",
          {6525750, "SOIXANTE-CINQ MILLE DEUX CENT CINQUANTE-SEPT FRANCS CINQUANTE CENTIMES", NULL, "FRF"});
    CHECK("soit douze euros cinquante centimes par repas",
          {1250, "douze euros cinquante centimes", NULL, NULL});
    /* negative: "par" between the euros and the centimes */
    CHECK("soit douze euros par jour et cinquante centimes par repas",
          {1200, "douze euros", NULL, NULL});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_currency_after),
        cmocka_unit_test(test_colon_decimal),
        cmocka_unit_test(test_range_shared_currency),
        cmocka_unit_test(test_sentence_header_table),
        cmocka_unit_test(test_flat_table),
        cmocka_unit_test(test_francs),
        cmocka_unit_test(test_francs_words),
        cmocka_unit_test(test_tax),
        cmocka_unit_test(test_multipliers),
        cmocka_unit_test(test_words_amounts),
        cmocka_unit_test(test_line_breaks),
        cmocka_unit_test(test_currency_before),
        cmocka_unit_test(test_number_sign),
        cmocka_unit_test(test_not_amounts),
        cmocka_unit_test(test_ocr),
        cmocka_unit_test(test_words_ocr_one_edit),
        cmocka_unit_test(test_words_specks),
        cmocka_unit_test(test_words_glued_quote),
        cmocka_unit_test(test_money_column),
        cmocka_unit_test(test_signed),
        cmocka_unit_test(test_flat_table_debris),
        cmocka_unit_test(test_flat_tariff_rows),
        cmocka_unit_test(test_cents_words_without_et),
        cmocka_unit_test(test_flat_table_specks),
        cmocka_unit_test(test_flat_tariff_specks),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
