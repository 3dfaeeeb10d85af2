/*
 * fuzz_extract.c - libFuzzer harness for libextract (make fuzz).
 *
 * The first byte of an input holds option bits, the next two a number N;
 * the rest is the text handed to the library:
 *   bit 0  compact JSON (else pretty)
 *   bit 1  extract_dump(LINES) too
 *   bit 2  extract_dump(TOKENS) too
 *   bit 3  the engine with a small max_size (512 bytes: bigger inputs
 *          must give EXTRACT_ERR_TOO_LARGE)
 *   bit 4  the engine whose allocator fails at its Nth allocation of the
 *          call: the call must return EXTRACT_ERR_NOMEM if that
 *          allocation came (else succeed), and free every allocation it
 *          made either way
 *   bit 5  a path ("fuzz.txt") instead of NULL
 * Inputs shorter than 3 bytes are text with all bits clear.
 *
 * Every result is checked: the tree is walked and every "span" must be
 * [a, b] with 0 <= a <= b <= len; the JSON text must be non-empty.  A
 * broken invariant or a leak from the counting allocator calls abort(),
 * which libFuzzer reports as a crash.  (Global state is fine here: this
 * is a test program, one input at a time.)
 */
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

typedef struct counting {
    long live;      /* blocks not yet freed */
    long count;     /* allocations made */
    long fail_at;   /* allocation number that fails, -1: none */
} counting;

static counting k = {0, 0, -1};

static void *c_malloc(size_t n, void *ud)
{
    counting *c = ud;
    if (c->count++ == c->fail_at)
        return NULL;
    void *p = malloc(n);
    if (p)
        c->live++;
    return p;
}

static void *c_realloc(void *p, size_t n, void *ud)
{
    counting *c = ud;
    if (c->count++ == c->fail_at)
        return NULL;
    void *q = realloc(p, n);
    if (q && !p)
        c->live++;
    return q;
}

static void c_free(void *p, void *ud)
{
    counting *c = ud;
    if (p)
        c->live--;
    free(p);
}

#define SMALL_MAX 512

static extract_engine *plain, *small, *failing;

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_extract: invariant broken: %s\n", what);
        abort();
    }
}

static void walk(struct json_object *o, size_t len)
{
    switch (json_object_get_type(o)) {
    case json_type_object: {
        json_object_object_foreach(o, key, val) {
            if (strcmp(key, "span") == 0 && val) {
                check(json_object_is_type(val, json_type_array)
                          && json_object_array_length(val) == 2, "span is [a, b]");
                int64_t a = json_object_get_int64(json_object_array_get_idx(val, 0));
                int64_t b = json_object_get_int64(json_object_array_get_idx(val, 1));
                check(a >= 0 && a <= b && (uint64_t)b <= len, "0 <= span a <= b <= len");
            } else if (val) {
                walk(val, len);
            }
        }
        break;
    }
    case json_type_array:
        for (size_t i = 0; i < json_object_array_length(o); i++)
            walk(json_object_array_get_idx(o, i), len);
        break;
    default:
        break;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    extract_options o = {0};
    o.abi_version = EXTRACT_OPTIONS_ABI;
    if (extract_engine_new(&o, &plain) != EXTRACT_OK)
        abort();
    o.max_size = SMALL_MAX;
    if (extract_engine_new(&o, &small) != EXTRACT_OK)
        abort();
    o.max_size = 0;
    o.malloc_fn = c_malloc;
    o.realloc_fn = c_realloc;
    o.free_fn = c_free;
    o.alloc_ud = &k;
    if (extract_engine_new(&o, &failing) != EXTRACT_OK)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned bits = 0, n = 0;
    if (size >= 3) {
        bits = data[0];
        n = (unsigned)data[1] | (unsigned)data[2] << 8;
        data += 3;
        size -= 3;
    }
    const char *path = (bits & 32) ? "fuzz.txt" : NULL;
    const extract_engine *e = plain;
    if (bits & 8) {
        e = small;
    } else if (bits & 16) {
        e = failing;
    }
    long live0 = k.live;
    k.fail_at = (bits & 16) ? k.count + n : -1;

    extract_result *r = (extract_result *)1;
    extract_status st = extract_buffer(e, data, size, path, &r);
    if (e == failing) {
        /* NOMEM exactly when the failing allocation came */
        check(st == (k.count > k.fail_at ? EXTRACT_ERR_NOMEM : EXTRACT_OK),
              "NOMEM iff an allocation failed");
    } else if (e == small && size > SMALL_MAX) {
        check(st == EXTRACT_ERR_TOO_LARGE, "TOO_LARGE past max_size");
    } else {
        check(st == EXTRACT_OK, "status OK");
    }
    check((st == EXTRACT_OK) == (r != NULL), "result iff OK");
    if (r) {
        struct json_object *root = extract_result_tree(r);
        check(root != NULL, "tree");
        walk(root, size);
        size_t jlen = 0;
        char *s = extract_result_json(r, (bits & 1) ? EXTRACT_JSON_COMPACT : EXTRACT_JSON_PRETTY,
                                      &jlen);
        check(s != NULL && jlen > 0 && strlen(s) == jlen, "JSON text");
        extract_free(s);
        (void)extract_result_document_count(r);
        (void)extract_result_diagnostic_count(r);
        check(extract_result_source_encoding(r) != NULL, "encoding");
        extract_result_free(r);
    }
    for (int kind = 1; kind <= 2; kind++) {
        if (!(bits & (1u << kind)))
            continue;
        char *d = (char *)1;
        size_t dlen;
        st = extract_dump(e, data, size, (extract_dump_kind)kind, &d, &dlen);
        check((st == EXTRACT_OK) == (d != NULL), "dump iff OK");
        if (d)
            check(strlen(d) == dlen, "dump length");
        extract_free(d);
    }
    k.fail_at = -1;
    check(k.live == live0, "the counting allocator got back every block");
    return 0;
}
