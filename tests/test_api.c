/* test_api.c - the public API: engine, results, JSON, statuses, dumps,
   allocation failures, and byte-exact spans across encodings. */
#include "testutil.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>

static void test_version_strerror(void **state)
{
    (void)state;
    assert_string_equal(extract_version(), EXTRACT_VERSION_STRING);
    assert_string_equal(extract_strerror(EXTRACT_OK), "success");
    assert_string_equal(extract_strerror(EXTRACT_ERR_NOMEM), "out of memory");
    assert_non_null(extract_strerror((extract_status)999));
}

static void test_bad_arguments(void **state)
{
    extract_result *r = (extract_result *)1;
    assert_int_equal(extract_buffer(NULL, "x", 1, NULL, &r), EXTRACT_ERR_INVALID);
    assert_null(r);
    assert_int_equal(extract_buffer(*state, NULL, 5, NULL, &r), EXTRACT_ERR_INVALID);
    assert_int_equal(extract_buffer(*state, "x", 1, NULL, NULL), EXTRACT_ERR_INVALID);
    extract_options o = {0};
    extract_engine *e = (extract_engine *)1;
    o.abi_version = 99;
    assert_int_equal(extract_engine_new(&o, &e), EXTRACT_ERR_ABI);
    assert_null(e);
    o.abi_version = EXTRACT_OPTIONS_ABI;
    o.malloc_fn = NULL;
    o.free_fn = (void (*)(void *, void *))1; /* only one of three: invalid */
    assert_int_equal(extract_engine_new(&o, &e), EXTRACT_ERR_INVALID);
    assert_int_equal(extract_file(*state, "/nonexistent/file.txt", &r), EXTRACT_ERR_IO);
    extract_result_free(NULL);
    extract_engine_free(NULL);
    extract_free(NULL);
}

static void test_max_size(void **state)
{
    (void)state;
    extract_options o = {0};
    o.abi_version = EXTRACT_OPTIONS_ABI;
    o.max_size = 4;
    extract_engine *e;
    assert_int_equal(extract_engine_new(&o, &e), EXTRACT_OK);
    extract_result *r;
    assert_int_equal(extract_buffer(e, "12345", 5, NULL, &r), EXTRACT_ERR_TOO_LARGE);
    assert_int_equal(extract_buffer(e, "1234", 4, NULL, &r), EXTRACT_OK);
    extract_result_free(r);
    extract_engine_free(e);
}

static void test_source_and_keys(void **state)
{
    extract_result *r;
    assert_int_equal(extract_buffer(*state, "abc", 3, NULL, &r), EXTRACT_OK);
    json_object *root = extract_result_tree(r), *src, *v;
    assert_true(json_object_object_get_ex(root, "schema_version", &v));
    assert_int_equal(json_object_get_int(v), 1);
    assert_true(json_object_object_get_ex(root, "source", &src));
    assert_true(json_object_object_get_ex(src, "path", &v));
    assert_null(v);
    assert_true(json_object_object_get_ex(src, "size", &v));
    assert_int_equal(json_object_get_int(v), 3);
    assert_true(json_object_object_get_ex(src, "sha256", &v));
    assert_string_equal(json_object_get_string(v),
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_string_equal(extract_result_source_encoding(r), "utf-8");
    json_object *docs;
    assert_true(json_object_object_get_ex(root, "documents", &docs));
    assert_int_equal(json_object_array_length(docs), extract_result_document_count(r));
    assert_true(json_object_object_get_ex(root, "diagnostics", &v));
    /* every key of the contract in every document */
    static const char *const keys[] = {
        "type", "span", "issuer", "number", "title", "session", "attendance", "visas",
        "considerants", "decision", "articles", "votes", "signatures", "amounts",
        "dates", "references", "identifiers"};
    for (size_t i = 0; i < json_object_array_length(docs); i++) {
        json_object *d = json_object_array_get_idx(docs, i), *att, *counts;
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            assert_true(json_object_object_get_ex(d, keys[k], NULL));
        assert_true(json_object_object_get_ex(d, "attendance", &att));
        assert_true(json_object_object_get_ex(att, "counts", &counts));
        assert_true(json_object_is_type(counts, json_type_object));
    }
    size_t n;
    char *s = extract_result_json(r, EXTRACT_JSON_COMPACT, &n);
    assert_non_null(s);
    assert_int_equal(strlen(s), n);
    assert_null(strchr(s, '\n'));
    extract_free(s);
    s = extract_result_json(r, EXTRACT_JSON_PRETTY, NULL);
    assert_non_null(strchr(s, '\n'));
    extract_free(s);
    extract_result_free(r);
}

/* the pretty layout keeps strings whole: quotes, backslashes and
   structural characters inside a value, as json-c reads them back */
static void test_pretty_strings(void **state)
{
    const char doc[] =
        "COMMUNE DE X\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "OBJET : Projet \"A, B : {C} [D]\" \\chemin\\\" fin\n"
        "Vu le code général des collectivités territoriales ;\n"
        "DÉCIDE :\n"
        "Article 1 : D'approuver.\n";
    extract_result *r;
    assert_int_equal(extract_buffer(*state, doc, sizeof doc - 1, "q.txt", &r), EXTRACT_OK);
    char *c = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
    char *p = extract_result_json(r, EXTRACT_JSON_PRETTY, NULL);
    json_object *jc = json_tokener_parse(c), *jp = json_tokener_parse(p);
    assert_non_null(jc);
    assert_non_null(jp);
    assert_true(json_object_equal(jc, jp));
    json_object *docs, *d0, *title;
    assert_true(json_object_object_get_ex(jp, "documents", &docs));
    d0 = json_object_array_get_idx(docs, 0);
    assert_true(json_object_object_get_ex(d0, "title", &title));
    assert_string_equal(json_object_get_string(title), "Projet \"A, B : {C} [D]\" \\chemin\\\" fin");
    json_object_put(jc);
    json_object_put(jp);
    extract_free(c);
    extract_free(p);
    extract_result_free(r);
}

/* json-c's escape of one byte (the contract's layout), for the test below */
static size_t ref_escape(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': memcpy(o, "\\\"", 2); return 2;
    case '\\': memcpy(o, "\\\\", 2); return 2;
    case '\b': memcpy(o, "\\b", 2); return 2;
    case '\f': memcpy(o, "\\f", 2); return 2;
    case '\n': memcpy(o, "\\n", 2); return 2;
    case '\r': memcpy(o, "\\r", 2); return 2;
    case '\t': memcpy(o, "\\t", 2); return 2;
    default:
        if (c < 0x20) {
            o[0] = '\\'; o[1] = 'u'; o[2] = '0'; o[3] = '0';
            o[4] = hex[c >> 4]; o[5] = hex[c & 15];
            return 6;
        }
        o[0] = (char)c;
        return 1;
    }
}

/* strings of every length from 0 to 69, clean or with one byte to
   escape at each position (the writer takes short strings by words and
   blocks that overlap, longer ones in runs): the exact bytes json-c
   writes, in both layouts, read back whole */
static void test_string_escapes(void **state)
{
    static const unsigned char odd[] = {'"', '\\', '\n', '\t', 0x01, 0x1f, 0x7f, 0xc3, '/'};
    char path[80], want[600], got[600];
    for (size_t n = 0; n < 70; n++) {
        for (size_t k = 0; k <= sizeof odd; k++) {
            for (size_t at = 0; at < (k < sizeof odd ? n : 1); at++) {
                for (size_t i = 0; i < n; i++)
                    path[i] = (char)('a' + (i * 7 + n) % 26);
                if (k < sizeof odd)
                    path[at] = (char)odd[k];
                path[n] = '\0';
                size_t m = 0;
                want[m++] = '"';
                for (size_t i = 0; i < n; i++)
                    m += ref_escape(want + m, (unsigned char)path[i]);
                want[m++] = '"';
                want[m] = '\0';
                extract_result *r;
                assert_int_equal(extract_buffer(*state, "x", 1, path, &r), EXTRACT_OK);
                for (int pretty = 0; pretty < 2; pretty++) {
                    char *s = extract_result_json(r, pretty ? EXTRACT_JSON_PRETTY : EXTRACT_JSON_COMPACT, NULL);
                    assert_non_null(s);
                    const char *key = pretty ? "\"path\": " : "\"path\":";
                    char *v = strstr(s, key);
                    assert_non_null(v);
                    v += strlen(key);
                    assert_true(strlen(v) > m);
                    memcpy(got, v, m);
                    got[m] = '\0';
                    assert_string_equal(got, want);
                    assert_true(v[m] == ',' || v[m] == '\n');
                    json_object *root = json_tokener_parse(s), *src, *p;
                    assert_non_null(root);
                    assert_true(json_object_object_get_ex(root, "source", &src));
                    assert_true(json_object_object_get_ex(src, "path", &p));
                    assert_string_equal(json_object_get_string(p), path);
                    json_object_put(root);
                    extract_free(s);
                }
                extract_result_free(r);
            }
        }
    }
}

/* a value whose escapes make the JSON many times the input: the
   writer's buffer, sized from the input and the elements, grows */
static void test_escapes_grow(void **state)
{
    enum { N = 6000 };
    char *path = malloc(N + 1), *want = malloc(6 * N + 3);
    assert_non_null(path);
    assert_non_null(want);
    size_t m = 0;
    want[m++] = '"';
    for (size_t i = 0; i < N; i++) {
        path[i] = (char)(i % 3 ? 0x01 : '"');
        m += ref_escape(want + m, (unsigned char)path[i]);
    }
    path[N] = '\0';
    want[m++] = '"';
    want[m] = '\0';
    extract_result *r;
    assert_int_equal(extract_buffer(*state, "x", 1, path, &r), EXTRACT_OK);
    for (int pretty = 0; pretty < 2; pretty++) {
        size_t len = 0;
        char *s = extract_result_json(r, pretty ? EXTRACT_JSON_PRETTY : EXTRACT_JSON_COMPACT, &len);
        assert_non_null(s);
        assert_int_equal(strlen(s), len);
        assert_true(len > 4 * N);   /* 4.7 bytes a byte: more than any estimate of "x" */
        assert_non_null(strstr(s, want));
        json_object *root = json_tokener_parse(s), *src, *p;
        assert_non_null(root);
        assert_true(json_object_object_get_ex(root, "source", &src));
        assert_true(json_object_object_get_ex(src, "path", &p));
        assert_string_equal(json_object_get_string(p), path);
        json_object_put(root);
        extract_free(s);
    }
    extract_result_free(r);
    free(path);
    free(want);
}

static void test_empty_input(void **state)
{
    extract_result *r;
    assert_int_equal(extract_buffer(*state, "", 0, "empty.txt", &r), EXTRACT_OK);
    char *s = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
    assert_non_null(strstr(s, "\"path\":\"empty.txt\""));
    assert_non_null(strstr(s, "\"size\":0"));
    extract_free(s);
    extract_result_free(r);
}

/* ---- allocation failures: every Nth allocation fails in turn ---- */

typedef struct counting {
    long live;       /* allocations not yet freed */
    long count;      /* allocations made */
    long fail_at;    /* the allocation number that fails (-1: none) */
} counting;

static void *c_malloc(size_t n, void *ud)
{
    counting *k = ud;
    if (k->count++ == k->fail_at)
        return NULL;
    void *p = malloc(n);
    if (p)
        k->live++;
    return p;
}

static void *c_realloc(void *p, size_t n, void *ud)
{
    counting *k = ud;
    if (k->count++ == k->fail_at)
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        k->live++;
    return q;
}

static void c_free(void *p, void *ud)
{
    counting *k = ud;
    if (p)
        k->live--;
    free(p);
}

static void test_alloc_failures(void **state)
{
    (void)state;
    static const char doc[] =
        "COMMUNE DE TRONGET\nDélibération n° 2024-12\nObjet : Travaux\n"
        "Présents : M. Jean DUPONT, Mme Anne MARTIN.\nVu le Code général des "
        "collectivités territoriales ;\nDÉCIDE :\nArticle 1er : un montant de 1 200 € "
        "le 5 mars 2024.\nPour : 12 Contre : 0\n";
    bool succeeded = false;
    for (long n = 0; n < 100000 && !succeeded; n++) {
        counting k = {0, 0, n};
        extract_options o = {0};
        o.abi_version = EXTRACT_OPTIONS_ABI;
        o.malloc_fn = c_malloc;
        o.realloc_fn = c_realloc;
        o.free_fn = c_free;
        o.alloc_ud = &k;
        extract_engine *e = NULL;
        extract_status st = extract_engine_new(&o, &e);
        if (st == EXTRACT_OK) {
            extract_result *r = NULL;
            st = extract_buffer(e, doc, sizeof doc - 1, NULL, &r);
            if (st == EXTRACT_OK) {
                succeeded = k.count <= n; /* the failing allocation never came */
                assert_non_null(r);
                extract_result_free(r);
            } else {
                assert_int_equal(st, EXTRACT_ERR_NOMEM);
                assert_null(r);
            }
            extract_engine_free(e);
        } else {
            assert_true(st == EXTRACT_ERR_NOMEM || st == EXTRACT_ERR_PATTERN);
            assert_null(e);
        }
        assert_int_equal(k.live, 0);
    }
    assert_true(succeeded);
}

/* Each corpus/NAME.txt document, with the Nth allocation of the call
   failing for every N from 0 until a call makes all its allocations: each
   failing call must return EXTRACT_ERR_NOMEM with no result and give back
   every block; the last one must succeed with the same JSON as a call
   without the failing allocator.  One engine (engine creation under
   failures is tested above): N counts from the start of each call.  A
   call makes a few hundred allocations at most (arena chunks, vectors),
   so every document is affordable. */
static void alloc_failures_doc(const extract_engine *plain, const char *name)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/%s", top ? top : ".", name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char doc[1 << 20];
    size_t len = fread(doc, 1, sizeof doc, f);
    fclose(f);
    assert_true(len > 1000 && len < sizeof doc);

    extract_result *r = NULL;
    assert_int_equal(extract_buffer(plain, doc, len, "doc.txt", &r), EXTRACT_OK);
    char *want = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
    assert_non_null(want);
    extract_result_free(r);

    counting k = {0, 0, -1};
    extract_options o = {0};
    o.abi_version = EXTRACT_OPTIONS_ABI;
    o.malloc_fn = c_malloc;
    o.realloc_fn = c_realloc;
    o.free_fn = c_free;
    o.alloc_ud = &k;
    extract_engine *e = NULL;
    assert_int_equal(extract_engine_new(&o, &e), EXTRACT_OK);
    long live0 = k.live, n;
    bool succeeded = false;
    for (n = 0; n < 1000000 && !succeeded; n++) {
        k.fail_at = k.count + n;
        r = NULL;
        extract_status st = extract_buffer(e, doc, len, "doc.txt", &r);
        if (k.count > k.fail_at) {     /* the failing allocation came */
            if (st != EXTRACT_ERR_NOMEM)
                fail_msg("%s: allocation %ld of the call failed, yet status %d", name, n,
                         (int)st);
            assert_null(r);
        } else {
            assert_int_equal(st, EXTRACT_OK);
            assert_non_null(r);
            char *got = extract_result_json(r, EXTRACT_JSON_COMPACT, NULL);
            assert_string_equal(got, want);
            extract_free(got);
            extract_result_free(r);
            succeeded = true;
        }
        k.fail_at = -1;
        if (k.live != live0)
            fail_msg("%s: allocation %ld failed: %ld blocks leaked", name, n, k.live - live0);
    }
    assert_true(succeeded);
    printf("# %s: %ld calls, the last one with all its allocations\n", name, n);
    extract_engine_free(e);
    assert_int_equal(k.live, 0);
    extract_free(want);
}

static void test_alloc_failures_corpus(void **state)
{
    static const char *const docs[] = {
        "commune-arrete-stationnement-2024.txt", "commune-extrait-2023-36.txt",
        "commune-pv-seance-2024-03-28.txt", "epci-conseil-communautaire-2024-057.txt",
        "region-deliberation-2023-cp-1142.txt", "cd62-cp-2022-418.txt"};
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
        alloc_failures_doc(*state, docs[i]);
}

/* ---- the same tokens, with spans into each encoding's own bytes ---- */

static size_t to_cps(const char *s, uint32_t *cp)
{
    size_t n = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        if (*u < 0x80) {
            cp[n++] = *u++;
        } else if ((*u & 0xE0) == 0xC0) {
            cp[n++] = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
            u += 2;
        } else {
            cp[n++] = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
            u += 3;
        }
    }
    return n;
}

static char *dump(const extract_engine *e, const char *data, size_t n)
{
    char *out;
    assert_int_equal(extract_dump(e, data, n, EXTRACT_DUMP_TOKENS, &out, NULL), EXTRACT_OK);
    return out;
}

/* the token text column of a dump (span columns removed) */
static void strip_spans(char *d)
{
    char *w = d;
    for (char *line = d; *line;) {
        char *nl = strchr(line, '\n');
        char *t1 = strchr(line, '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        char *from = t2 ? t2 + 1 : line;
        size_t len = (size_t)((nl ? nl + 1 : line + strlen(line)) - from);
        memmove(w, from, len);
        w += len;
        line = nl ? nl + 1 : line + strlen(line);
    }
    *w = '\0';
}

static void test_encodings_same_tokens(void **state)
{
    const char *utf8 = "Arrêté n° 2024-12 : l’État verse 1 200 € à Mme Hélène GÉRARD.\r\n"
                       "Reçu le 5 février 2024\n";
    uint32_t cp[256];
    size_t n = to_cps(utf8, cp);
    char w1252[256], u16[600];
    size_t nw = 0, nu = 0;
    u16[nu++] = (char)0xFF;
    u16[nu++] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        w1252[nw++] = (char)(cp[i] == 0x20AC ? 0x80 : cp[i] == 0x2019 ? 0x92 : cp[i]);
        u16[nu++] = (char)(cp[i] & 0xFF);
        u16[nu++] = (char)(cp[i] >> 8);
    }
    char *d8 = dump(*state, utf8, strlen(utf8));
    char *dw = dump(*state, w1252, nw);
    char *du = dump(*state, u16, nu);
    /* each span points at that token's bytes in its own file: check the
       euro sign and "Hélène" in every encoding */
    const char *src[3] = {utf8, w1252, u16};
    char *dumps[3] = {d8, dw, du};
    for (int k = 0; k < 3; k++) {
        char *line = strstr(dumps[k], "\tsymbol\t€\n");
        assert_non_null(line);
        while (line > dumps[k] && line[-1] != '\n')
            line--;
        size_t a = strtoul(line, &line, 10), b = strtoul(line + 1, NULL, 10);
        if (k == 0)
            assert_memory_equal(src[0] + a, "€", 3);
        else if (k == 1)
            assert_true(b - a == 1 && (unsigned char)src[1][a] == 0x80);
        else
            assert_true(b - a == 2 && (unsigned char)src[2][a] == 0xAC && src[2][a + 1] == 0x20);
        line = strstr(dumps[k], "\tword\tHélène\n");
        assert_non_null(line);
        while (line > dumps[k] && line[-1] != '\n')
            line--;
        a = strtoul(line, &line, 10);
        b = strtoul(line + 1, NULL, 10);
        size_t want = k == 0 ? 8 : k == 1 ? 6 : 12;
        assert_int_equal(b - a, want);
        assert_true(src[k][a] == 'H');
    }
    strip_spans(d8);
    strip_spans(dw);
    strip_spans(du);
    assert_string_equal(d8, dw);
    assert_string_equal(d8, du);
    extract_free(d8);
    extract_free(dw);
    extract_free(du);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_strerror),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_max_size),
        cmocka_unit_test(test_source_and_keys),
        cmocka_unit_test(test_pretty_strings),
        cmocka_unit_test(test_string_escapes),
        cmocka_unit_test(test_escapes_grow),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_alloc_failures_corpus),
        cmocka_unit_test(test_encodings_same_tokens),
    };
    return cmocka_run_group_tests(tests, eng_setup, eng_teardown);
}
